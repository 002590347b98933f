import Foundation

/// Runs extraction over a corpus into a temporary database and scores it.
public enum Evaluator {
    /// Ingests the files a gold file names (found by base name under `corpus`)
    /// into a throwaway database and scores the events against the gold lines.
    public static func run(goldPath: String, corpus: String?, knowledge: Knowledge) throws -> EvalReport {
        let goldText = try String(contentsOfFile: goldPath, encoding: .utf8)
        let gold = try GoldLine.read(goldText, name: goldPath)
        let root = corpus ?? (goldPath as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            throw EvalError.missingCorpus(root)
        }
        let wanted = Set(gold.map(\.file))
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: root) {
            for case let rel as String in walker where wanted.contains((rel as NSString).lastPathComponent) {
                paths.append((root as NSString).appendingPathComponent(rel))
            }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tailwatch-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(path: dir.appendingPathComponent("eval.sqlite").path)
        _ = try Ingestor(store: store, knowledge: knowledge).ingest(paths: paths.sorted())
        let predicted = predictions(try store.allEvents(), filesByArticle: try store.fileNamesByArticle())
        var report = Scorer.score(gold: gold, predicted: predicted)
        report.details.sort()
        let languages = languagesByFile(corpus: root)
        for language in Set(languages.values).sorted() {
            let files = Set(languages.filter { $0.value == language }.keys)
            let part = Scorer.score(gold: gold.filter { files.contains($0.file) },
                                    predicted: predicted.filter { files.contains($0.file) })
            if part.files > 0 { report.byLanguage.append((language, part)) }
        }
        return report
    }

    /// Each event once for every file that tells it: the file of each of its sources, and
    /// every other file holding the same text as a source's article (`filesByArticle`,
    /// by SHA-256). Ingest stores identical files as one article read once, whose events
    /// name only one of the files (c1_010.txt and c2_002.txt in real/train are one text);
    /// the gold lists the flights in each file, so each is credited.
    static func predictions(_ events: [FlightEvent], filesByArticle: [String: [String]]) -> [(file: String, event: FlightEvent)] {
        var predicted: [(file: String, event: FlightEvent)] = []
        for e in events {
            let files = e.sources.flatMap { [$0.file] + (filesByArticle[$0.sha256] ?? []) }
            for file in uniqueInOrder(files) { predicted.append((file, e)) }
        }
        return predicted
    }

    /// The `language` column of the corpus's `sources.tsv` by file name; empty when there is none.
    public static func languagesByFile(corpus: String) -> [String: String] {
        let path = (corpus as NSString).appendingPathComponent("sources.tsv")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        return languagesByFile(sourcesTSV: text)
    }

    /// Parses a `sources.tsv` text (header with `file` and `language` columns).
    public static func languagesByFile(sourcesTSV text: String) -> [String: String] {
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first, let fileColumn = header.firstIndex(of: "file"),
              let languageColumn = header.firstIndex(of: "language") else { return [:] }
        var out: [String: String] = [:]
        for row in rows.dropFirst() where row.count > max(fileColumn, languageColumn) {
            out[row[fileColumn]] = row[languageColumn]
        }
        return out
    }
}
