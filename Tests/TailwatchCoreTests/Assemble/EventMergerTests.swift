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

    func testALandingAndTheNextDepartureFromThereAreTwoLegsNotOne() {
        // "landed at Benina … (another sentence) it left Benina": not Benina to Benina.
        let legs = [flight(nil, hllb, june3), flight(hllb, nil, june3)]
        XCTAssertEqual(EventMerger.mergeAll(legs).count, 2)
        XCTAssertEqual(EventMerger.mergeAll([flight(nil, rome, june3), flight(lira, nil, june3)]).count, 2)
    }

    func testLegsOfOneChainNeverMerge() {
        // "reached Benghazi and left again": two legs of one sentence.
        let legs = [flight(nil, hllb, june3), flight(hllb, nil, june3)]
        XCTAssertEqual(EventMerger.mergeAll(legs, barrier: [7, 7]).count, 2)
    }
}

final class EventMergerCompatibilityTests: XCTestCase {
    let hllb = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina", city: "Benghazi", country: "LY")
    let hllm = Place(level: .airport, code: "HLLM", icao: "HLLM", name: "Mitiga", city: "Tripoli", country: "LY")
    let lira = Place(level: .airport, code: "LIRA", icao: "LIRA", name: "Ciampino", city: "Rome", country: "IT")
    let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")
    let benghazi = Place(level: .city, name: "Benghazi", city: "Benghazi", country: "LY")
    let libya = Place(level: .country, name: "Libya", country: "LY")
    let june8 = EventDate(year: 2020, month: 6, day: 8)

    func flight(_ o: Place?, _ d: Place?, _ date: EventDate?, article: String) -> FlightEvent {
        FlightEvent(registration: "I-DIEM", origin: o, destination: d, date: date, confidence: 0.6,
                    sources: [EventSource(file: article, path: article, sha256: article, start: 0, end: 1, snippet: article)])
    }

    func testACityAndOneOfItsAirportsAreOnePlace() {
        let merged = EventMerger.mergeAll([flight(rome, benghazi, june8, article: "a"), flight(lira, hllb, june8, article: "b")])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged[0].origin?.code, "LIRA")
        XCTAssertEqual(merged[0].destination?.code, "HLLB")
        XCTAssertEqual(merged[0].sources.map(\.file), ["a", "b"])
    }

    func testACountryAndACityInItAreOnePlaceButNotACityElsewhere() {
        XCTAssertEqual(EventMerger.mergeAll([flight(rome, libya, june8, article: "a"), flight(rome, benghazi, june8, article: "b")]).count, 1)
        let italy = Place(level: .country, name: "Italy", country: "IT")
        XCTAssertEqual(EventMerger.mergeAll([flight(rome, italy, june8, article: "a"), flight(rome, benghazi, june8, article: "b")]).count, 2)
    }

    func testAMonthOnlyDateJoinsADayInThatMonthAndTakesTheDay() {
        let merged = EventMerger.mergeAll([flight(rome, hllb, EventDate(year: 2020, month: 6), article: "a"),
                                           flight(rome, hllb, june8, article: "b")])
        XCTAssertEqual(merged.map { $0.date?.iso }, ["2020-06-08"])
        XCTAssertEqual(EventMerger.mergeAll([flight(rome, hllb, EventDate(year: 2020, month: 7), article: "a"),
                                             flight(rome, hllb, june8, article: "b")]).count, 2)
    }

    func testDuplicatesKeepEverySourceOnceAndMergingIsDeterministic() {
        let a = flight(lira, hllb, june8, article: "a"), b = flight(rome, hllb, june8, article: "b")
        let merged = EventMerger.mergeAll([a, b, a])
        XCTAssertEqual(merged.count, 1)
        XCTAssertEqual(merged[0].sources.map(\.file), ["a", "b"])
        XCTAssertEqual(EventMerger.mergeAll([a, b, a]), merged)
    }

    func testTwoArticlesGivingDifferentDestinationsStayTwoFlightsAndAreFlaggedAsAConflict() {
        let merged = EventMerger.mergeAll([flight(lira, hllb, june8, article: "a"), flight(lira, hllm, june8, article: "b")])
        XCTAssertEqual(merged.count, 2, "a conflict is never silently dropped")
        XCTAssertEqual(FlightConflicts.find(merged), [[1], [0]])
    }

    func testLegsOfOneDayThatChainOrComeFromOneArticleAreNoConflict() {
        // Rome → Benghazi, then Benghazi → Tripoli the same day: two legs.
        XCTAssertEqual(FlightConflicts.find([flight(lira, hllb, june8, article: "a"), flight(hllb, hllm, june8, article: "b")]), [[], []])
        // One article telling two different destinations is its own sequence, not a disagreement.
        XCTAssertEqual(FlightConflicts.find([flight(lira, hllb, june8, article: "a"), flight(lira, hllm, june8, article: "a")]), [[], []])
        // Different days never conflict.
        XCTAssertEqual(FlightConflicts.find([flight(lira, hllb, june8, article: "a"),
                                             flight(lira, hllm, EventDate(year: 2020, month: 6, day: 9), article: "b")]), [[], []])
    }
}
