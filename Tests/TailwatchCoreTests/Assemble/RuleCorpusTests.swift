import Foundation
@testable import TailwatchCore
import XCTest

/// The rule corpus (`Fixtures/rules/<lang>.txt`, format in `RuleCorpus`): every case of every
/// language through the extractor; the flights must be exactly the case's legs. A pending case
/// (`?form`) is expected to fail and fails the test once it passes, so that its mark is removed.
final class RuleCorpusTests: XCTestCase {
    static let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules")

    func loadCorpus() throws -> [RuleCorpus.Case] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.rulesDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(files.isEmpty, "no rule files in \(Self.rulesDirectory.path)")
        var cases: [RuleCorpus.Case] = []
        for name in files {
            let text = try String(contentsOf: Self.rulesDirectory.appendingPathComponent(name), encoding: .utf8)
            cases += try RuleCorpus.parse(text, file: "Fixtures/rules/" + name, language: String(name.dropLast(4)))
        }
        return cases
    }

    func testEveryCaseOfEveryLanguageGivesItsLegs() throws {
        let cases = try loadCorpus()
        let extractor = ArticleExtractor(knowledge: sharedKnowledge)
        struct Count { var cases = 0, negatives = 0, passing = 0, pending = 0 }
        var counts: [String: [String: Count]] = [:]
        var failures = 0, nowPassing = 0
        let listFailing = ProcessInfo.processInfo.environment["RULE_CORPUS_LIST"] == "1"
        for c in cases {
            let flights = extractor.extract(text: c.articleText, source: ArticleSource(path: "\(c.file):\(c.line)", sha256: "rules"))
                .events.filter { $0.kind == .flight }
            let ok = c.isSatisfied(by: flights)
            counts[c.language, default: [:]][c.form, default: Count()].cases += 1
            if c.isNegative { counts[c.language]![c.form]!.negatives += 1 }
            if ok { counts[c.language]![c.form]!.passing += 1 }
            if c.pending { counts[c.language]![c.form]!.pending += 1 }
            let got = flights.map(RuleCorpus.describe).joined(separator: " ; ")
            let report = """
                \(c.file):\(c.line): [\(c.form)] \(c.passage)
                    expected: \(c.isNegative ? "none" : c.legs.map(\.text).joined(separator: " ; "))
                    got:      \(got.isEmpty ? "none" : got)
                """
            // RULE_CORPUS_LIST=1 lists every failing case (pending or not), to update the marks.
            if !ok && listFailing { print("RULE-FAILS \(c.file):\(c.line)") }
            if ok && c.pending {
                nowPassing += 1
                XCTFail("now passes: remove its pending mark\n" + report)
            } else if !ok && !c.pending {
                failures += 1
                XCTFail("fails\n" + report)
            }
        }
        print(Self.table(counts.mapValues { $0.mapValues { ($0.cases, $0.negatives, $0.passing, $0.pending) } }))
        print("rule corpus: \(cases.count) cases, \(failures) failing, \(nowPassing) pending that now pass")
    }

    /// Per language and form: cases (negatives among them), passing, pending.
    static func table(_ counts: [String: [String: (cases: Int, negatives: Int, passing: Int, pending: Int)]]) -> String {
        var lines = ["language  form              cases  negative  passing  pending"]
        func row(_ l: String, _ f: String, _ c: (cases: Int, negatives: Int, passing: Int, pending: Int)) -> String {
            l.padding(toLength: 10, withPad: " ", startingAt: 0) + f.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: "%5d  %8d  %7d  %7d", c.cases, c.negatives, c.passing, c.pending)
        }
        var all = (cases: 0, negatives: 0, passing: 0, pending: 0)
        for language in counts.keys.sorted() {
            var sum = (cases: 0, negatives: 0, passing: 0, pending: 0)
            for form in RuleCorpus.forms {
                guard let c = counts[language]![form] else { continue }
                lines.append(row(language, form, c))
                sum = (sum.cases + c.cases, sum.negatives + c.negatives, sum.passing + c.passing, sum.pending + c.pending)
            }
            lines.append(row(language, "(all)", sum))
            all = (all.cases + sum.cases, all.negatives + sum.negatives, all.passing + sum.passing, all.pending + sum.pending)
        }
        lines.append(row("all", "", all))
        return lines.joined(separator: "\n")
    }

    func testTheFormatIsReadAsDocumented() throws {
        let cases = try RuleCorpus.parse("""
            # comment
            @date 2020-02-14
            route | Falcon I-DIEM flew from Ciampino to Benina. => I-DIEM LIRA>HLLB/city:Benghazi 2020-02-14
            ?mission @2021-05-05 | P-8A 168860 flew a patrol. ¶ Next paragraph. => 168860 ->- * ; callsign:RFF7020 name:Al Watiya>- -
            negation @- | It did not land. => none
            """, file: "x.txt", language: "en")
        XCTAssertEqual(cases.count, 3)
        XCTAssertEqual(cases[0].articleText, "date 2020-02-14\nFalcon I-DIEM flew from Ciampino to Benina.")
        XCTAssertEqual(cases[0].legs[0].destinations, ["HLLB", "city:Benghazi"])
        XCTAssertTrue(cases[1].pending)
        XCTAssertEqual(cases[1].articleText, "date 2021-05-05\nP-8A 168860 flew a patrol.\n\nNext paragraph.")
        XCTAssertEqual(cases[1].legs[1].key, .callsign("RFF7020"))
        XCTAssertEqual(cases[1].legs[1].origins, ["name:Al Watiya"])
        XCTAssertEqual(cases[1].legs[0].date, "*")
        XCTAssertNil(cases[1].legs[1].date)
        XCTAssertTrue(cases[2].isNegative)
        XCTAssertNil(cases[2].articleDate)
        let leg = cases[0].legs[0]
        XCTAssertTrue(leg.matches(FlightEvent(registration: "I-DIEM", origin: Place(level: .airport, code: "LIRA"),
                                              destination: Place(level: .city, city: "Benghazi"), date: EventDate(year: 2020, month: 2, day: 14))))
        XCTAssertFalse(leg.matches(FlightEvent(registration: "I-DIEM", origin: Place(level: .airport, code: "LIRA"),
                                               destination: Place(level: .airport, code: "HLLB"), date: nil)))
        XCTAssertThrowsError(try RuleCorpus.parse("flight | x => none", file: "x.txt", language: "en"))
        XCTAssertThrowsError(try RuleCorpus.parse("route | x => I-DIEM LIRA 2020-01-01", file: "x.txt", language: "en"))
    }
}
