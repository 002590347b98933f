import Foundation
@testable import TailwatchCore
import XCTest

/// One country of registry per aircraft, the same in the aircraft list and everywhere else.
final class AircraftCountryTests: TemporaryDirectoryTestCase {
    func testListAndCardAgreeOnTheCountryMostEventsGive() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let sha = String(repeating: "b", count: 64)
        let source = EventSource(file: "a.txt", path: "a.txt", sha256: sha, start: 0, end: 1, snippet: "x")
        let rome = Place(level: .city, code: nil, icao: nil, iata: nil, name: "Rome", city: "Rome", country: "IT")
        func flight(_ country: String, _ date: String) -> FlightEvent {
            FlightEvent(registration: "16-0055", registrationCountry: country, destination: rome, date: EventDate(iso: date),
                        confidence: 0.9, sources: [source])
        }
        // TR first (and alphabetically after US would lose a tie anyway), US twice.
        let events = [flight("TR", "2020-01-01"), flight("US", "2020-02-01"), flight("US", "2020-03-01")]
        try store.write([EventStore.ArticleWrite(path: "a.txt", sha256: sha, text: "x",
                                                 extraction: ArticleExtraction(events: events, articleDate: nil), version: 1)])
        try Timeline.rebuildPending(store)
        let stored = try store.history(identifier: "16-0055")
        XCTAssertEqual(stored.count, 3)
        XCTAssertEqual(AircraftCountry.of(stored), "US")
        XCTAssertEqual(try store.aircraft().first { $0.identifier == "16-0055" }?.country, "US")
        // A tie goes to the earliest dated event's country, in both.
        XCTAssertEqual(AircraftCountry.of(Array(stored.prefix(2))), "TR")
    }
}
