@testable import TailwatchCore
import XCTest

final class EventMergerTests: XCTestCase {
    let hllb = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina", city: "Benghazi", country: "LY")
    let lira = Place(level: .airport, code: "LIRA", icao: "LIRA", name: "Ciampino", city: "Rome", country: "IT")
    let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")
    let libya = Place(level: .country, name: "Libya", country: "LY")
    let june3 = EventDate(year: 2020, month: 6, day: 3)

    func flight(_ o: Place?, _ d: Place?, _ date: EventDate?, reg: String = "I-DIEM") -> FlightEvent {
        FlightEvent(registration: reg, origin: o, destination: d, date: date, confidence: 0.6)
    }

    func testTheSameLegToldTwiceMergesToTheMorePrecisePlace() {
        let merged = EventMerger.mergeAll([flight(nil, libya, june3), flight(nil, hllb, june3)])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged[0].destination?.code, "HLLB")
        XCTAssertGreaterThan(merged[0].confidence, 0.6)
    }

    func testHalvesOfOneLegJoin() {
        let merged = EventMerger.mergeAll([flight(lira, nil, june3), flight(nil, hllb, nil)])
        XCTAssertEqual(merged.map { "\($0.origin?.key ?? "-")>\($0.destination?.key ?? "-") \($0.date?.iso ?? "-")" }, ["LIRA>HLLB 2020-06-03"])
    }

    func testDifferentDatesPlacesOrAircraftStayApart() {
        XCTAssertEqual(EventMerger.mergeAll([flight(rome, hllb, june3), flight(rome, hllb, EventDate(year: 2020, month: 2, day: 13))]).count, 2)
        XCTAssertEqual(EventMerger.mergeAll([flight(lira, hllb, june3), flight(hllb, lira, june3)]).count, 2)
        XCTAssertEqual(EventMerger.mergeAll([flight(rome, hllb, june3), flight(rome, hllb, june3, reg: "I-NEMO")]).count, 2)
    }

    func testLegsOfOneChainNeverMerge() {
        // "reached Benghazi and left again": two legs of one sentence.
        let legs = [flight(nil, hllb, june3), flight(hllb, nil, june3)]
        XCTAssertEqual(EventMerger.mergeAll(legs, barrier: [7, 7]).count, 2)
    }
}
