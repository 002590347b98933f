import Foundation
@testable import TailwatchCore
import XCTest

/// One rounding rule for confidence everywhere, and the filters' own rules (issue 15).
final class ConfidenceAndFilterTests: XCTestCase {
    func testAConfidenceEndingInFiveRoundsUpInEveryFormat() {
        let e = FlightEvent(registration: "I-DIEM", confidence: 0.825)
        XCTAssertEqual(Confidence.rounded(0.825), 0.83)
        XCTAssertEqual(Confidence.rounded(0.8249), 0.82)
        XCTAssertEqual(Confidence.rounded(0.9), 0.9)
        XCTAssertEqual(Confidence.label(0.825), "0.83")
        XCTAssertEqual(HistoryTable.confidenceLabel(0.825), "0.83")
        XCTAssertTrue(EventFormatter.jsonLines([e]).contains("\"confidence\":0.83"), EventFormatter.jsonLines([e]))
        XCTAssertTrue(EventFormatter.csv([e]).contains(",0.83,"), EventFormatter.csv([e]))
        // --min-confidence compares what is shown.
        XCTAssertTrue(EventFilter.Criteria(minConfidence: 0.83).passes(e))
        XCTAssertFalse(EventFilter.Criteria(minConfidence: 0.84).passes(e))
    }

    func testATypeIsItsDesignatorOrItsNameOrFamilyInAnyLanguage() throws {
        let catalog = sharedKnowledge.catalog
        XCTAssertEqual(EventFilter.designators(for: "F900", in: catalog), ["F900"])
        XCTAssertEqual(EventFilter.designators(for: "f900", in: catalog), ["F900"])
        XCTAssertTrue(EventFilter.designators(for: "Falcon 900", in: catalog).contains("F900"))
        XCTAssertTrue(EventFilter.designators(for: "داسو فالكون 900", in: catalog).contains("F900"))
        // A family name stands for every type of the family.
        let a320 = EventFilter.designators(for: "A320 family", in: catalog)
        XCTAssertTrue(a320.isSuperset(of: ["A320", "A321"]), "\(a320)")
        XCTAssertTrue(EventFilter.designators(for: "Zeppelin NT", in: catalog).isEmpty)
    }

    func testMilitaryIsAnAirForceOrAMilitarySerial() throws {
        let filter = try EventFilter(EventFilter.Criteria(military: true), knowledge: sharedKnowledge)
        XCTAssertTrue(filter.matches(FlightEvent(registration: "MM62243", confidence: 0.9)))
        XCTAssertTrue(filter.matches(FlightEvent(registration: "SU-BEY", operatorName: "Egyptian Air Force", confidence: 0.9)))
        XCTAssertFalse(filter.matches(FlightEvent(registration: "I-DIEM", operatorName: "Compagnia Aeronautica Italiana", confidence: 0.9)))
    }
}

extension EventFilter.Criteria {
    /// Whether an event passes these criteria alone (none of them needing the tables).
    func passes(_ e: FlightEvent) -> Bool { (try? EventFilter(self, knowledge: nil))?.matches(e) ?? false }
}
