import Foundation
import XCTest

/// `tailwatch eval` on a copy of the seeds with a `sources.tsv` and one unreadable gold flight:
/// the per-language table, the kinds of misses, the verbose prefixes and the date floor.
extension EndToEndTests {
    func testLanguageTableKindsAndDateFloor() throws {
        let e2e = self
        let seeds = EndToEndTests.packageRoot.appendingPathComponent("Fixtures/seeds")
        let corpus = e2e.dir.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: seeds, to: corpus)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let languages = files.enumerated().map { "\($0.element)\t\($0.offset == 0 ? "it" : "en")" }
        try (["file\tlanguage"] + languages).joined(separator: "\n")
            .write(to: corpus.appendingPathComponent("sources.tsv"), atomically: true, encoding: .utf8)
        let gold = corpus.appendingPathComponent("gold.jsonl")
        let unreadable = #"{"file":"\#(files[1])","registration":"ZZ-NOPE","origin":"HLLB","destination":null,"date":null}"#
        try (String(contentsOf: gold, encoding: .utf8) + "\n" + unreadable + "\n").write(to: gold, atomically: true, encoding: .utf8)

        let r = try e2e.run(["eval", gold.path, "--corpus", corpus.path, "--kinds", "--verbose"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("language  files  field"), r.out)
        XCTAssertTrue(r.out.range(of: #"\nen +4 +event"#, options: String.CompareOptions.regularExpression) != nil, r.out)
        XCTAssertTrue(r.out.range(of: #"\nregistration not read +1\n"#, options: String.CompareOptions.regularExpression) != nil, r.out)
        XCTAssertTrue(r.out.contains("[registration not read] \(files[1]): missed ZZ-NOPE"), r.out)
        XCTAssertTrue(r.out.contains("negative files with >= 1 predicted flight: 0 of 3"), r.out)

        let below = try e2e.run(["eval", gold.path, "--corpus", corpus.path, "--min-date-f1", "1.01"])
        XCTAssertEqual(below.status, 1)
        XCTAssertTrue(below.err.contains("date F1 1.000 is below the floor 1.010"), below.err)
    }
}
