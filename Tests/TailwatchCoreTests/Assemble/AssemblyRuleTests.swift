@testable import TailwatchCore
import XCTest

/// Events say which rules made them, and `extract --trace` shows the stages `extract` ran.
final class AssemblyRuleTests: XCTestCase {
    let extractor = ArticleExtractor(knowledge: sharedKnowledge)
    let article = """
        date 2021-10-06
        A cargo aircraft flew to Damascus on 5 October 2021, tracking data showed.

        The Il-76TD, registration EW-78843, departed Minsk National Airport and landed at Damascus International Airport. The jet continued to Benghazi.
        """

    func testRuleNamesAreUniqueAndEveryEventNamesOnlyKnownRules() {
        let names = AssemblyRule.all.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        let events = extractor.extract(text: article, source: ArticleSource(path: "t.txt", sha256: "x")).events
        let flights = events.filter { $0.kind == .flight }
        XCTAssertEqual(flights.count, 2)
        for e in flights {
            let rules = e.rules ?? []
            XCTAssertFalse(rules.isEmpty, "\(e)")
            for r in rules { XCTAssertTrue(names.contains(r), "unknown rule \(r)") }
        }
        // The second leg starts where the first ended, by the rule that says so.
        let second = flights.first { $0.destination?.key == "HLLB" }
        XCTAssertEqual(second?.origin?.key, "OSDI")
        XCTAssertEqual(second?.rules?.contains("itinerary.continued"), true, "\(String(describing: second?.rules))")
        XCTAssertEqual(flights.first?.rules?.contains("aircraft.in-sentence"), true)
    }

    func testTheTraceListsTheEventsExtractMakesWithTheirRules() {
        let events = extractor.extract(text: article, source: ArticleSource(path: "t.txt", sha256: "x")).events
        let lines = extractor.trace(text: article).filter { $0.hasPrefix("event  ") }
        XCTAssertEqual(lines.count, events.count, lines.joined(separator: "\n"))
        for (line, e) in zip(lines, events) {
            XCTAssertTrue(line.contains(e.identifier ?? "?"), line)
            XCTAssertTrue(line.hasSuffix("rules=" + (e.rules ?? []).joined(separator: " ")), line)
        }
        XCTAssertTrue(extractor.trace(text: article).contains { $0.hasPrefix("leg ") && $0.contains("aircraft=EW-78843") })
    }

    func testABadRowInAWordTableFailsLoudlyNamingItsTableAndRow() throws {
        let table = try DataTable(name: "assembly_words", text: "lang\tword\tkind\tvalue\nen\tfirst\tordinal\t0\nen\tsecond\tordinnal\t1\n")
        XCTAssertThrowsError(try AssemblyWords(table)) { error in
            // The kinds are listed sorted, as the schema declares them.
            let kinds = AssemblyWords.schema.allowed["kind"]!.sorted().joined(separator: ", ")
            XCTAssertEqual("\(error)", "resource assembly_words.tsv is malformed: row 2: kind 'ordinnal' is not one of \(kinds)")
        }
        let noValue = try DataTable(name: "assembly_words", text: "lang\tword\tkind\tvalue\nen\tfirst\tordinal\tone\n")
        XCTAssertThrowsError(try AssemblyWords(noValue))
        let noColumn = try DataTable(name: "assembly_words", text: "lang\tword\nen\tfirst\n")
        XCTAssertThrowsError(try AssemblyWords(noColumn))
    }
}
