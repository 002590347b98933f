import Foundation
import XCTest

/// `import-aircraft`, and the hex addresses and callsigns that `aircraft` and `history` show.
extension EndToEndTests {
    func testImportAircraftLinksHexAddressesToRegistrations() throws {
        let sample = Self.packageRoot.appendingPathComponent("Fixtures/registry/aircraftDatabase-sample.csv").path
        let imported = try run(["import-aircraft", sample])
        // Two broken lines: named with their line numbers, counted, and the exit code says so.
        XCTAssertEqual(imported.status, 1)
        XCTAssertTrue(imported.out.contains("imported 5 aircraft (4 with a registration), skipped 2 lines"), imported.out)
        XCTAssertTrue(imported.err.contains("aircraftDatabase-sample.csv:6: skipped: icao24 \"zz0000\""), imported.err)
        XCTAssertTrue(imported.err.contains("aircraftDatabase-sample.csv:7: skipped: 7 fields"), imported.err)

        // The aircraft is known by its hex address too, with what the database says of it.
        let byHex = try run(["aircraft", "508035", "--format", "json"])
        XCTAssertEqual(byHex.status, 0, byHex.err)
        XCTAssertTrue(byHex.out.contains("\"registration\": \"UR-CGW\""), byHex.out)
        XCTAssertTrue(byHex.out.contains("\"registry_type\": \"IL76\""), byHex.out)
        XCTAssertTrue(byHex.out.contains("\"registry_operator\": \"Sample Cargo\""), byHex.out)
        // A quoted field with a comma stays one field.
        XCTAssertEqual(try run(["aircraft", "9A-CRL", "--format", "csv"]).status, 0)

        // Nothing known at all: one line, exit 1.
        let unknown = try run(["aircraft", "ABCDEF"])
        XCTAssertEqual(unknown.status, 1)
    }

    func testHexAndCallsignFromTheTextReachHistoryAndAircraft() throws {
        let article = dir.appendingPathComponent("hex.txt")
        try """
        date 2021-03-02
        German Air Force A400M 54+01 (hex 3F4F2A) flew from Wunstorf to Benghazi on 2 March 2021, callsign GAF123.
        Private jet hex A5B3A8 departed Malta for Misrata on 1 March 2021.
        """.write(to: article, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["ingest", article.path]).status, 0)
        let german = try run(["aircraft", "54+01", "--format", "json"])
        XCTAssertTrue(german.out.contains("\"icao_hex\": [\n    \"3F4F2A\""), german.out)
        XCTAssertTrue(german.out.contains("\"callsigns\": [\n    \"GAF123\""), german.out)
        // The address in the US block names its N-number, and history finds it by either.
        let byHex = try run(["history", "A5B3A8", "--format", "jsonl"])
        XCTAssertEqual(byHex.status, 0, byHex.err)
        XCTAssertTrue(byHex.out.contains("\"registration\":\"N467AM\""), byHex.out)
        XCTAssertTrue(byHex.out.contains("\"code\":\"HLMS\""), byHex.out)
    }
}

/// `airport NAME,CC` answered from the database gives the board the gazetteer gives.
extension EndToEndTests {
    func testACityWithItsCountryIsAnsweredLikeTheGazetteerAnswersIt() throws {
        XCTAssertEqual(try run(["ingest", Self.packageRoot.appendingPathComponent("Fixtures/seeds").path]).status, 0)
        let fast = try run(["airport", "Benghazi,LY"])
        XCTAssertEqual(fast.status, 0, fast.err)
        XCTAssertTrue(fast.out.hasPrefix("Benghazi, LY:"), fast.out)
        // An Arabic name goes through the gazetteer to the same city and the same board.
        let arabic = try run(["airport", "بنغازي"])
        XCTAssertEqual(arabic.out, fast.out)
        // Without a country an ambiguous name is the one place of that name with flights
        // here (issue 15): the same board as with its country.
        let tripoli = try run(["airport", "Tripoli"])
        XCTAssertEqual(tripoli.status, 0, tripoli.err)
        XCTAssertEqual(tripoli.out, try run(["airport", "Tripoli,LY"]).out)
    }
}
