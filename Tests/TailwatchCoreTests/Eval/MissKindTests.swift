@testable import TailwatchCore
import XCTest

final class MissKindTests: XCTestCase {
    let hllb = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina", city: "Benghazi", country: "LY")
    let benghazi = Place(level: .city, name: "Benghazi", city: "Benghazi", country: "LY")
    let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")

    func gold(_ lines: String) throws -> [GoldLine] { try GoldLine.read(lines, name: "gold") }

    func context(_ g: [GoldLine], _ p: [FlightEvent], matched: [GoldLine] = []) -> MissClassifier.FileContext {
        MissClassifier.FileContext(gold: g, predictions: p, matchedGold: matched)
    }

    func testUnreadRegistrationAndCallsignAndMissionFlights() throws {
        let g = try gold("""
            {"file":"a.txt","registration":"I-DIEM","origin":"city:Rome","destination":"HLLB","date":null}
            {"file":"a.txt","registration":null,"callsign":"RRR123","origin":"city:Rome","destination":"HLLB","date":null}
            {"file":"a.txt","registration":"5A-ONE","origin":null,"destination":null,"date":null}
            """)
        let mentionOfMission = FlightEvent(kind: .mention, registration: "5A-ONE")
        let c = context(g, [mentionOfMission])
        XCTAssertEqual(MissClassifier.unmatchedGold(g[0], in: c), .registrationNotRead)
        XCTAssertEqual(MissClassifier.unmatchedGold(g[1], in: c), .callsignFlightMissed)
        XCTAssertEqual(MissClassifier.unmatchedGold(g[2], in: c), .missionFlightMissed)
    }

    func testLegOnAnotherAircraftOrOnlyAMentionIsNotAttached() throws {
        let g = try gold(#"{"file":"a.txt","registration":"I-DIEM","origin":"city:Rome","destination":"HLLB","date":null}"#)
        let onOther = FlightEvent(registration: "I-OTHR", origin: rome, destination: hllb)
        let mention = FlightEvent(kind: .mention, registration: "I-DIEM")
        XCTAssertEqual(MissClassifier.unmatchedGold(g[0], in: context(g, [onOther, mention])), .legNotAttached)
        XCTAssertEqual(MissClassifier.unmatchedGold(g[0], in: context(g, [mention])), .legNotAttached)
    }

    func testMissingLegOfAnAircraftWithOtherMatchedLegs() throws {
        let g = try gold("""
            {"file":"a.txt","registration":"I-DIEM","origin":"city:Rome","destination":"HLLB","date":null}
            {"file":"a.txt","registration":"I-DIEM","origin":"HLLB","destination":"city:Rome","date":null}
            """)
        let first = FlightEvent(registration: "I-DIEM", origin: rome, destination: hllb)
        XCTAssertEqual(MissClassifier.unmatchedGold(g[1], in: context(g, [first], matched: [g[0]])), .itineraryLegMissing)
    }

    func testWrongFieldsOfAMatchedFlight() throws {
        let g = try gold("""
            {"file":"a.txt","registration":"I-DIEM","origin":"city:Rome","destination":"HLLB","date":"2020-02-13"}
            {"file":"a.txt","registration":"I-DIEM","origin":"HLLB","destination":"city:Rome","date":"2020-02-20"}
            """)
        let c = context(g, [])
        let feb13 = EventDate(year: 2020, month: 2, day: 13)
        XCTAssertEqual(MissClassifier.wrongFields(FlightEvent(registration: "I-DIEM", origin: rome, destination: hllb), g[0], in: c), .dateMissing)
        XCTAssertEqual(MissClassifier.wrongFields(FlightEvent(registration: "I-DIEM", origin: rome, destination: hllb,
                                                              date: EventDate(year: 2020, month: 2, day: 20)), g[0], in: c), .dateFromAnotherClause)
        XCTAssertEqual(MissClassifier.wrongFields(FlightEvent(registration: "I-DIEM", origin: rome, destination: hllb,
                                                              date: EventDate(year: 2021, month: 1, day: 1)), g[0], in: c), .dateWrong)
        XCTAssertEqual(MissClassifier.wrongFields(FlightEvent(registration: "I-DIEM", origin: hllb, destination: hllb, date: feb13), g[0], in: c), .originWrong)
        XCTAssertEqual(MissClassifier.wrongFields(FlightEvent(registration: "I-DIEM", origin: rome, destination: benghazi, date: feb13), g[0], in: c), .placeTooCoarse)
        XCTAssertEqual(MissClassifier.wrongFields(FlightEvent(registration: "I-DIEM", origin: rome, destination: nil, date: feb13), g[0], in: c), .destinationWrong)
    }

    func testFalseEventsAreCountedApartInNegativeFiles() {
        XCTAssertEqual(MissClassifier.unmatchedPrediction(isNegativeFile: true), .falseEventInNegativeFile)
        XCTAssertEqual(MissClassifier.unmatchedPrediction(isNegativeFile: false), .falseEvent)
    }
}
