import Foundation
@testable import TailwatchCore
import XCTest

/// An aircraft looked up by whatever identifier an analyst has: registration, serial, hex
/// address or callsign (issue 15).
final class IdentifierLookupTests: TemporaryDirectoryTestCase {
    func store(with events: [FlightEvent]) throws -> EventStore {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let sha = String(repeating: "a", count: 64)
        let source = EventSource(file: "a.txt", path: "a.txt", sha256: sha, start: 0, end: 1, snippet: "x")
        let extraction = ArticleExtraction(events: events.map { var e = $0; e.sources = [source]; return e }, articleDate: nil)
        try store.write([EventStore.ArticleWrite(path: "a.txt", sha256: sha, text: "x", extraction: extraction, version: 1)])
        try Timeline.rebuildPending(store)
        return store
    }

    func testHexAndCallsignCarriedByEventsNameTheirAircraft() throws {
        let benina = Place(level: .airport, code: "HLLB", icao: "HLLB", iata: "BEN", name: "Benina", city: "Benghazi", country: "LY")
        let s = try store(with: [
            FlightEvent(registration: "1223", registrationCountry: "AE", destination: benina, date: EventDate(iso: "2020-04-02"),
                        callsign: "UAF1223", icaoHex: "896457", confidence: 0.9),
        ])
        for query in ["1223", "896457", "UAF1223", "uaf-1223", "uaf1223"] {
            XCTAssertEqual(try s.resolveIdentifier(query), "1223", query)
            XCTAssertEqual(try s.history(identifier: try s.resolveIdentifier(query)).count, 1, query)
        }
        // A code no event carries stays as it is (and finds nothing).
        XCTAssertEqual(try s.resolveIdentifier("UAF9999"), "UAF9999")
    }

    func testACallsignFlightWithNoRegistrationHasAHistory() throws {
        let s = try store(with: [FlightEvent(callsign: "RCH573", confidence: 0.8)])
        let events = try s.history(identifier: try s.resolveIdentifier("rch573"))
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.identifier, "RCH573")
        XCTAssertNil(events.first?.registration)
    }
}
