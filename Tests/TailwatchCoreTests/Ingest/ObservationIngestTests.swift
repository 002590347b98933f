import Foundation
import GRDB
@testable import TailwatchCore
import XCTest

/// The scale-out path: articles extracted elsewhere as observation records, then loaded;
/// the database must be the one a direct ingest of the same articles makes.
final class ObservationIngestTests: TemporaryDirectoryTestCase {
    /// Articles (paths, texts, versions, dates), observations and events, ids of events aside.
    private func dump(_ store: EventStore) throws -> [String] {
        let tables = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.sha256, a.text, a.byte_count, a.extractor_version, a.article_date, a.article_date_basis,
                       a.header_conflict, a.article_date_confidence, p.path
                FROM article a JOIN article_path p ON p.sha256 = a.sha256 ORDER BY p.path
                """).map { "\($0)" }
        } + observationDump(store)
        let events = try store.allEvents().map { e in
            var e = e
            e.id = nil
            return EventFormatter.json(e).rendered()
        }.sorted()
        return tables + events
    }

    /// What `tailwatch extract --format observations` writes for these paths.
    private func records(_ paths: [String]) throws -> [String] {
        let extractor = ArticleExtractor(knowledge: sharedKnowledge)
        return try ArticleReader.expand(paths: paths).files.map { path in
            let text = try ArticleReader.read(path: path).get().text
            let sha = SHA256.hex(Array(text.utf8))
            let extraction = extractor.extract(text: text, source: ArticleSource(path: path, sha256: sha))
            return try ObservationRecord(path: path, text: text, sha256: sha, extraction: extraction).jsonLine()
        }
    }

    func testLoadedObservationsMakeTheDatabaseADirectIngestMakes() throws {
        let paths = ["seeds", "articles", "blind"].map { ConcurrentIngestTests.fixtures.appendingPathComponent($0).path }
        let direct = try EventStore(path: dir.appendingPathComponent("direct.sqlite").path)
        let s1 = try Ingestor(store: direct, knowledge: sharedKnowledge).ingest(paths: paths)

        // Two files, as two map tasks would write them.
        let lines = try records(paths)
        let half = lines.count / 2
        let a = try write("part-00000", lines[..<half].joined(separator: "\n") + "\n")
        let b = try write("part-00001", lines[half...].joined(separator: "\n") + "\n")
        let loaded = try EventStore(path: dir.appendingPathComponent("loaded.sqlite").path)
        let s2 = try Ingestor(store: loaded, knowledge: sharedKnowledge).ingest(observationFiles: [a, b])

        // The direct ingest passes over the folders' gold.jsonl files (not article feeds) and
        // counts them as skipped; the articles read are the same.
        XCTAssertEqual(s1.skipped, ["jsonl": 2])
        var articles = s1
        articles.skipped = [:]
        XCTAssertEqual(articles.line, s2.line)
        XCTAssertGreaterThan(s1.events, 50)
        assertSameLines(try dump(loaded), try dump(direct), "database")

        // Loading them again adds nothing.
        let again = try Ingestor(store: loaded, knowledge: sharedKnowledge).ingest(observationFiles: [a, b])
        XCTAssertEqual(again.unchanged, lines.count)
        assertSameLines(try dump(loaded), try dump(direct), "database")
    }

    func testABadLineIsOneFailureNamingFileAndLineAndTheRestGoesIn() throws {
        let path = try write("a.txt", "date 2020-06-09\nFalcon 900LX I-DIEM from Rome Ciampino to Benghazi today.")
        let good = try records([path])[0]
        let lines = [
            "{not json",
            #"{"path":"x.txt"}"#,
            good.replacingOccurrences(of: "I-DIEM from", with: "I-NEMO from"),  // text no longer matches its hash
            good,
        ]
        let file = try write("obs.jsonl", lines.joined(separator: "\n"))
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let s = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(observationFiles: [file, dir.appendingPathComponent("missing.jsonl").path])
        let missing = dir.appendingPathComponent("missing.jsonl").path
        XCTAssertEqual(s.failures.map(\.description), [
            "\(missing): cannot read (no such file, or permission denied?)",
            "\(file):1: not a JSON object",
            "\(file):2: no sha256",
            "\(file):3: sha256 is not the hash of the text",
        ])
        XCTAssertEqual(s.new, 1)
        XCTAssertEqual(try store.history(identifier: "I-DIEM").count, 1)
    }
}
