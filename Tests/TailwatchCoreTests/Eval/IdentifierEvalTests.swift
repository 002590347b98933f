@testable import TailwatchCore
import XCTest

final class IdentifierEvalTests: XCTestCase {
    func testMarksCarryKindWrittenFormAndCanonicalForm() {
        let s = MarkedSentence("Falcon ⟦I‑DIEM⟧ (hex ⟦hex:33fe1c|33FE1C⟧) as ⟦callsign:ASCOT 4417|RRR4417⟧ ok")
        XCTAssertEqual(s.text, "Falcon I‑DIEM (hex 33fe1c) as ASCOT 4417 ok")
        XCTAssertEqual(s.marks.map(\.kind), ["registration", "hex", "callsign"])
        XCTAssertEqual(s.marks.map(\.canonical), ["I-DIEM", "33FE1C", "RRR4417"])
        XCTAssertEqual(MarkedSentence("a ⟦note:x⟧").marks.first?.kind, "registration", "unknown kinds are text")
    }

    func testScoresCountMissesFalseAlarmsAndWrongCanonicalForms() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
        lang\tsentence
        en\tFalcon ⟦I-DIEM⟧ and Il-76 ⟦UR-CGW⟧ at Benina
        en\tno aircraft, an F-16 and ⟦ZZ999X⟧ here
        en\tC-17 ⟦10-0205|10-9999⟧ with US Air Force markings, and TC-TKB
        """.write(to: file, atomically: true, encoding: .utf8)
        let report = try IdentifierEval.run(path: file.path, knowledge: sharedKnowledge)
        let reg = try XCTUnwrap(report.scores["registration"])
        // Found: I-DIEM, UR-CGW, 10-0205 (wrong canonical in gold), TC-TKB (unmarked).
        XCTAssertEqual(reg.gold, 4)
        XCTAssertEqual(reg.predicted, 4)
        XCTAssertEqual(reg.truePositives, 2)
        XCTAssertEqual(report.details.filter { $0.hasPrefix("missed") }.count, 2)
        XCTAssertEqual(report.details.filter { $0.hasPrefix("false") }.count, 2)
    }
}
