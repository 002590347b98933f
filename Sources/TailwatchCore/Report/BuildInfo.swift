/// What `tailwatch --version` prints: the release, and the versions that decide what a
/// stored database means (an article read by an older extractor is re-read on ingest;
/// a database with a migration this build does not know is refused).
public enum BuildInfo {
    /// The release. No tag has been cut yet: 0.x until the command contract is frozen.
    public static let release = "0.15.0"

    /// `tailwatch 0.15.0 (extractor version 4, schema desk-code-indexes)`.
    public static var versionLine: String {
        "tailwatch \(release) (extractor version \(ArticleExtractor.version), schema \(Schema.migrator.migrations.last ?? "?"))"
    }
}
