@testable import TailwatchCore
import XCTest

final class ScorerTests: XCTestCase {
    let hllb = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina", city: "Benghazi", country: "LY")
    let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")

    func gold(_ lines: String) throws -> [GoldLine] { try GoldLine.read(lines, name: "gold") }

    func testPlacesMatchInGoldTerms() {
        XCTAssertTrue(Scorer.placeMatches("HLLB", hllb))
        XCTAssertTrue(Scorer.placeMatches("city:Rome", rome))
        XCTAssertFalse(Scorer.placeMatches("city:Rome", hllb))
        XCTAssertTrue(Scorer.placeMatches("country:LY", Place(level: .country, name: "Libya", country: "LY")))
        XCTAssertTrue(Scorer.placeMatches("name:Benina", hllb))
        XCTAssertTrue(Scorer.placeMatches(nil, nil))
        XCTAssertFalse(Scorer.placeMatches(nil, hllb))
    }

    func testAFormerICAOCodeNamesTheSameAirport() {
        let khartoum = Place(level: .airport, code: "HSSK", icao: "HSSK", name: "Khartoum International Airport", city: "Khartoum", country: "SD")
        XCTAssertTrue(Scorer.placeMatches("HSSS", khartoum))
        XCTAssertTrue(Scorer.placeMatches("HSSK", khartoum))
        XCTAssertFalse(Scorer.placeMatches("HSSS", hllb))
        // And the gazetteer finds the airport by it, as `airport HSSS` does.
        XCTAssertEqual(sharedKnowledge.gazetteer.airport(code: "HSSS")?.code, "HSSK")
    }

    func testWholeEventsNeedEveryFieldAndNegativesCountFalseAlarms() throws {
        let g = try gold("""
            {"file":"a.txt","registration":"I-DIEM","origin":"city:Rome","destination":"HLLB","date":"2020-02-13"}
            {"file":"a.txt","registration":"I-DIEM","origin":null,"destination":"HLLB","destination_alt":["country:LY"],"date":"2020-06-03"}
            {"file":"b.txt","negative":true}
            """)
        let right = FlightEvent(registration: "I-DIEM", origin: rome, destination: hllb, date: EventDate(year: 2020, month: 2, day: 13))
        let wrongDate = FlightEvent(registration: "I-DIEM", destination: hllb, date: EventDate(year: 2020, month: 6, day: 4))
        let phantom = FlightEvent(registration: "F-16", destination: hllb)
        let r = Scorer.score(gold: g, predicted: [("a.txt", right), ("a.txt", wrongDate), ("b.txt", phantom)])
        XCTAssertEqual(r.event.truePositives, 1)
        XCTAssertEqual(r.event.predicted, 3)
        XCTAssertEqual(r.event.gold, 2)
        XCTAssertEqual(r.eventsInNegativeFiles, 1)
        XCTAssertEqual(r.registration.truePositives, 1)
        XCTAssertEqual(r.registration.predicted, 2)
        XCTAssertEqual(r.destination.truePositives, 2)
        XCTAssertEqual(r.date.truePositives, 1)
    }

    func testANullGoldDateAcceptsAnyDateAndLeavesTheDateFieldAlone() throws {
        // ANNOTATION-GUIDE §5: "A null `date` accepts any predicted date."
        let g = try gold(#"{"file":"a.txt","registration":"I-DIEM","origin":null,"destination":"HLLB","date":null,"date_alt":["2020-06"]}"#)
        let dated = FlightEvent(registration: "I-DIEM", destination: hllb, date: EventDate(year: 2020, month: 6, day: 4))
        let r = Scorer.score(gold: g, predicted: [("a.txt", dated)])
        XCTAssertEqual(r.event.truePositives, 1)
        XCTAssertEqual(r.date.gold, 0)
        XCTAssertEqual(r.date.predicted, 0)
        XCTAssertEqual(r.date.truePositives, 0)
        let undated = FlightEvent(registration: "I-DIEM", destination: hllb)
        XCTAssertEqual(Scorer.score(gold: g, predicted: [("a.txt", undated)]).event.truePositives, 1)
    }

    func testOptionalGoldIsNeitherMissedNorPenalised() throws {
        let g = try gold(#"{"file":"c.txt","optional":true,"registration":null,"origin":"HLLB","destination":null,"date":null}"#)
        let r = Scorer.score(gold: g, predicted: [])
        XCTAssertEqual(r.event.gold, 0)
        XCTAssertEqual(r.event.f1, 1)
    }
}

final class CallsignAndLanguageScoringTests: XCTestCase {
    func testCallsignKeyedGoldMatchesThePredictedCallsign() throws {
        let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")
        let g = try GoldLine.read(#"{"file":"a.txt","registration":null,"callsign":"RRR123","icao_hex":"43c6f1","origin":"city:Rome","destination":null,"date":null}"#, name: "gold")
        XCTAssertEqual(g[0].callsign, "RRR123")
        XCTAssertEqual(g[0].icaoHex, "43c6f1")
        // `other` agrees on origin, date and destination (8); `byCallsign` only on the callsign,
        // date and destination (8 + 4 + 2): the callsign weight makes it the one aligned.
        let byCallsign = FlightEvent(origin: nil, callsign: "RRR123")
        let other = FlightEvent(origin: rome, callsign: "XYZ9")
        let r = Scorer.score(gold: g, predicted: [("a.txt", other), ("a.txt", byCallsign)])
        XCTAssertEqual(r.event.gold, 1)
        XCTAssertEqual(r.missKinds[.originWrong], 1, "the callsign flight is the one aligned, and its origin is wrong")
        XCTAssertEqual(r.missKinds[.falseEvent], 1)
    }

    func testNegativeFilesWithEventsCountsFilesNotEvents() throws {
        let g = try GoldLine.read("""
            {"file":"n1.txt","negative":true}
            {"file":"n2.txt","negative":true}
            """, name: "gold")
        let a = FlightEvent(registration: "I-DIEM"), b = FlightEvent(registration: "I-OTHR")
        let r = Scorer.score(gold: g, predicted: [("n1.txt", a), ("n1.txt", b)])
        XCTAssertEqual(r.eventsInNegativeFiles, 2)
        XCTAssertEqual(r.negativeFilesWithEvents, 1)
        XCTAssertEqual(r.missKinds[.falseEventInNegativeFile], 2)
    }

    func testLanguagesComeFromTheSourcesTable() {
        let tsv = "file\tlanguage\tcategory\na.txt\tar\tpositive\nb.txt\ten\tnegative\n"
        XCTAssertEqual(Evaluator.languagesByFile(sourcesTSV: tsv), ["a.txt": "ar", "b.txt": "en"])
        XCTAssertEqual(Evaluator.languagesByFile(sourcesTSV: "file\tpublisher\na.txt\tX\n"), [:])
    }
}

/// Identical files are one stored article read once; each file's gold is still credited.
final class EvaluatorTests: TemporaryDirectoryTestCase {
    func testAFlightToldByTwoIdenticalFilesIsCreditedInEach() throws {
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let text = "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi Benina on 8 June 2020.\n"
        for name in ["a.txt", "b.txt"] { try text.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let gold = dir.appendingPathComponent("gold.jsonl")
        try """
            {"file":"a.txt","registration":"I-DIEM","origin":"LIRA","destination":"HLLB","date":"2020-06-08"}
            {"file":"b.txt","registration":"I-DIEM","origin":"LIRA","destination":"HLLB","date":"2020-06-08"}
            """.write(to: gold, atomically: true, encoding: .utf8)
        let r = try Evaluator.run(goldPath: gold.path, corpus: corpus.path, knowledge: sharedKnowledge)
        XCTAssertEqual(r.event.gold, 2)
        XCTAssertEqual(r.event.truePositives, 2, "\(r.details)")
        XCTAssertEqual(r.event.predicted, 2)
    }

    func testPredictionsNameEveryFileOfEachSourcesArticleOnce() {
        let s1 = EventSource(file: "a.txt", path: "/c/a.txt", sha256: "x", start: 0, end: 1, snippet: "")
        let s2 = EventSource(file: "c.txt", path: "/c/c.txt", sha256: "y", start: 0, end: 1, snippet: "")
        let e = FlightEvent(registration: "I-DIEM", confidence: 0.9, sources: [s1, s2])
        let p = Evaluator.predictions([e], filesByArticle: ["x": ["a.txt", "b.txt"], "y": ["c.txt"]])
        XCTAssertEqual(p.map(\.file), ["a.txt", "b.txt", "c.txt"])
    }
}
