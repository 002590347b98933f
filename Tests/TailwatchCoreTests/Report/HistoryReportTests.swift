@testable import TailwatchCore
import XCTest

/// The summary line, the history table, the airport board and the routes, on events built by hand.
final class HistoryReportTests: XCTestCase {
    let hllb = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina International Airport", city: "Benghazi", country: "LY")
    let hllm = Place(level: .airport, code: "HLLM", icao: "HLLM", name: "Mitiga International Airport", city: "Tripoli", country: "LY")
    let lira = Place(level: .airport, code: "LIRA", icao: "LIRA", name: "Ciampino", city: "Rome", country: "IT")
    let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")

    func flight(_ reg: String, _ o: Place?, _ d: Place?, _ date: String?, article: String = "a", country: String = "IT") -> FlightEvent {
        FlightEvent(registration: reg, registrationCountry: country, origin: o, destination: d,
                    date: date.flatMap(EventDate.init(iso:)), confidence: 0.9,
                    sources: [EventSource(file: "\(article).txt", path: "x/\(article).txt", sha256: article, start: 0, end: 5, snippet: "text of \(article)")])
    }

    func testSummaryNamesSpanPlacesAndTheRouteFlownMostAtCityLevel() {
        let s = HistorySummary(identifier: "I-DIEM", events: [
            flight("I-DIEM", rome, hllb, "2020-02-13"), flight("I-DIEM", nil, hllb, "2020-06-03"),
            flight("I-DIEM", lira, hllb, "2020-06-08"), flight("I-DIEM", hllb, hllm, "2020-06-09"),
        ])
        XCTAssertEqual(s.flights, 4)
        XCTAssertEqual(s.firstSeen?.iso, "2020-02-13")
        XCTAssertEqual(s.lastSeen?.iso, "2020-06-09")
        XCTAssertEqual(s.placesVisited.map(\.key), ["HLLB", "LIRA", "HLLM"], "Rome (city) is covered by LIRA")
        XCTAssertEqual(s.topRoute?.from, "Rome")
        XCTAssertEqual(s.topRoute?.to, "Benghazi")
        XCTAssertEqual(s.topRoute?.count, 2)
        XCTAssertTrue(s.line.hasPrefix("I-DIEM: 4 flights, first seen 2020-02-13, last seen 2020-06-09"), s.line)
        XCTAssertTrue(s.line.contains("most frequent route Rome → Benghazi (2)"), s.line)
    }

    func testHistoryTableMarksApproximateDatesConflictsAndListsSources() {
        let events = [flight("I-DIEM", lira, hllb, "2020-05", article: "m"), flight("I-DIEM", lira, hllb, "2020-06-08", article: "a"),
                      flight("I-DIEM", lira, hllm, "2020-06-08", article: "b")]
        let table = HistoryTable.render(events, sources: true, color: false)
        XCTAssertTrue(table.contains("~2020-05"), table)
        XCTAssertTrue(table.contains("≠ #3") && table.contains("≠ #2"), table)
        XCTAssertTrue(table.contains("LIRA Rome Ciampino"), table)
        XCTAssertTrue(table.contains("HLLB Benina "), table)
        XCTAssertFalse(table.contains("Benghazi"), "an airport goes by its own name, not its city's")
        XCTAssertTrue(table.contains("a.txt: text of a"), table)
        XCTAssertTrue(table.contains("[1] x/b.txt bytes 0–5"), table)
        XCTAssertFalse(HistoryTable.render(Array(events.prefix(2)), color: false).contains("conflict"))
        let many = HistoryTable.render([flight("RA-1", lira, hllb, "2020-06-08")], aircraft: true, color: false)
        XCTAssertTrue(many.hasPrefix("#  date        aircraft") && many.contains("RA-1"), many)
    }

    func testBoardSplitsArrivalsAndDeparturesAndCountsAircraftAndCountries() {
        let benghazi = PlaceSelection(label: "Benghazi, LY", codes: ["HLLB"], city: ("Benghazi", "LY"))
        let events = [flight("I-DIEM", lira, hllb, "2020-06-08"), flight("RA-1", hllb, hllm, "2020-06-09", country: "RU"),
                      flight("I-DIEM", rome, Place(level: .city, name: "Benghazi", city: "Benghazi", country: "LY"), "2020-06-10")]
        let board = AirportBoard(place: benghazi, events: events)
        XCTAssertEqual(board.movements.map { $0.arriving ? "arr" : "dep" }, ["arr", "dep", "arr"])
        XCTAssertEqual(board.movements.map { $0.otherEnd?.key }, ["LIRA", "HLLM", "city:Rome"])
        XCTAssertEqual(board.perAircraft.map { "\($0.identifier) \($0.flights)" }, ["I-DIEM 2", "RA-1 1"])
        XCTAssertEqual(board.perCountry.map { "\($0.country) \($0.flights)" }, ["IT 2", "RU 1"])
        let text = board.render(color: false)
        XCTAssertTrue(text.contains("per country of registry: IT 2, RU 1"), text)
    }

    func testRoutesGroupByCityAndBetweenGoesBothWays() {
        let events = [flight("I-DIEM", lira, hllb, "2020-06-08"), flight("I-DIEM", rome, hllb, "2020-02-13"),
                      flight("I-FJTB", lira, hllb, "2020-10-21"), flight("I-DIEM", hllb, lira, "2020-06-09"),
                      flight("I-NEMO", rome, hllm, "2020-01-07")]
        let all = RouteSummary(events: events)
        XCTAssertEqual(all.routes.map { "\($0.from)>\($0.to) \($0.flights.count)" }, ["Rome>Benghazi 3", "Benghazi>Rome 1", "Rome>Tripoli 1"])
        XCTAssertEqual(all.routes[0].aircraft.map(\.identifier), ["I-DIEM", "I-FJTB"])
        let romeSel = PlaceSelection(label: "Rome, IT", codes: ["LIRA", "LIRF"], city: ("Rome", "IT"))
        let hllbSel = PlaceSelection(label: "HLLB", codes: ["HLLB"], city: nil)
        let between = RouteSummary(events: events, between: hllbSel, and: romeSel)
        XCTAssertEqual(between.routes.map { "\($0.from)>\($0.to) \($0.flights.count)" }, ["HLLB>Rome, IT 1", "Rome, IT>HLLB 3"])
        XCTAssertEqual(between.routes[1].first?.iso, "2020-02-13")
        XCTAssertEqual(between.routes[1].last?.iso, "2020-10-21")
    }
}
