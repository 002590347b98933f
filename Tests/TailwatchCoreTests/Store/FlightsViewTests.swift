import Foundation
import GRDB
import XCTest
@testable import TailwatchCore

/// The `flights` SQL view (issue 15) end to end: articles ingested by the built binary, the
/// database then read with SQLite as Datasette or sqlite3 reads it.
final class FlightsViewTests: TemporaryDirectoryTestCase {
    static var binary: URL {
        // .build/debug/tailwatch beside the test bundle (on Linux the bundle URL is the build folder).
        let bundle = Bundle(for: FlightsViewTests.self).bundleURL
        let candidates = [bundle.appendingPathComponent("tailwatch"), bundle.deletingLastPathComponent().appendingPathComponent("tailwatch")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    var db: String { dir.appendingPathComponent("view.sqlite").path }

    @discardableResult
    func tailwatch(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args + ["--db", db]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func rows(_ sql: String) throws -> [Row] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: db, configuration: config).read { try Row.fetchAll($0, sql: sql) }
    }

    func testTheFlightsViewGivesEachFlightReadablyWithBothEndsPositions() throws {
        let a = try write("brize.txt", "date 2023-03-14\nAn RAF Voyager, ZZ335, left RAF Brize Norton this morning and landed at NAS Sigonella in the afternoon.")
        let b = try write("falcon.txt", "date 2022-11-02\nأقلعت طائرة داسو فالكون 900 تحمل التسجيل 5A-UAA من مطار معيتيقة أمس.")
        let c = try write("airbus.txt", "date 2021-05-20\nTwo Airbus A320s of the airline flew in; one of them, SU-GCB, arrived at Misrata from Amman on 19 May 2021.")
        let mention = try write("mention.txt", "date 2021-06-01\nThe registration 5A-XYZ was painted over last year.")
        let r = try tailwatch(["ingest", a, b, c, mention])
        XCTAssertEqual(r.status, 0, r.err)

        let flights = try rows("SELECT * FROM flights ORDER BY date")
        XCTAssertEqual(flights.map { $0["registration"] as String? }, ["SU-GCB", "5A-UAA", "ZZ335"], "flights only, no mentions")
        let airbus = flights[0]
        XCTAssertEqual(airbus["type"] as String?, "A320 Airbus A320")
        XCTAssertEqual(airbus["type_as_written"] as String?, "Airbus A320s")
        XCTAssertEqual(airbus["registry_country"] as String?, "EG")
        XCTAssertEqual(airbus["date"] as String?, "2021-05-19")
        XCTAssertEqual(airbus["origin"] as String?, "Amman")
        XCTAssertNil(airbus["origin_code"] as String?, "a city has no airport code")
        XCTAssertEqual(airbus["origin_lat"] as Double?, 31.9552)
        XCTAssertEqual(airbus["destination"] as String?, "Misrata (MRA)")
        XCTAssertEqual(airbus["destination_code"] as String?, "HLMS")
        XCTAssertEqual(airbus["destination_lat"] as Double?, 32.325)
        XCTAssertEqual(airbus["destination_lon"] as Double?, 15.061)
        XCTAssertEqual(airbus["first_source"] as String?, c)
        XCTAssertEqual(airbus["confidence"] as Double?, 0.9)

        let falcon = flights[1]
        XCTAssertEqual(falcon["type"] as String?, "F900 Dassault Falcon 900")
        XCTAssertEqual(falcon["origin"] as String?, "Mitiga (MJI)")
        XCTAssertNil(falcon["destination"] as String?)
        // The map point: the destination, else the origin.
        XCTAssertEqual(falcon["latitude"] as Double?, falcon["origin_lat"] as Double?)
        XCTAssertNotNil(falcon["latitude"] as Double?)

        let brize = flights[2]
        XCTAssertEqual(brize["origin"] as String?, "RAF Brize Norton (BZZ)")
        XCTAssertEqual(brize["origin_code"] as String?, "EGVN")
        XCTAssertEqual(brize["origin_lat"] as Double?, 51.75)
        XCTAssertEqual(brize["origin_lon"] as Double?, -1.5836)
        XCTAssertEqual(brize["destination"] as String?, "NAS Sigonella (NSY)")
        XCTAssertEqual(brize["latitude"] as Double?, 37.4017)
        XCTAssertEqual(brize["operator"] as String?, "Royal Air Force")
        XCTAssertEqual(brize["aircraft"] as String?, "ZZ335")

        // The view follows the events: a later ingest labels the places it brings.
        let more = try write("more.txt", "date 2022-11-05\nThe Ilyushin Il-76TD 5A-ILB flew from Benghazi to Al Jufra on 4 November 2022.")
        XCTAssertEqual(try tailwatch(["ingest", more]).status, 0)
        let jufra = try XCTUnwrap(try rows("SELECT * FROM flights WHERE registration = '5A-ILB'").first)
        XCTAssertEqual(jufra["destination"] as String?, "Al Jufra")
        XCTAssertEqual(jufra["destination_lat"] as Double?, 29.1981)
        XCTAssertEqual(jufra["type"] as String?, "IL76 Ilyushin Il-76")
        // A facet as Datasette counts one.
        let facet = try rows("SELECT registry_country, count(*) AS n FROM flights GROUP BY 1 ORDER BY 2 DESC, 1")
        XCTAssertEqual(facet.map { "\($0["registry_country"] as String? ?? "-") \($0["n"] as Int)" }, ["LY 2", "EG 1", "GB 1"])
    }

    func testEveryColumnTheDatasetteMetadataNamesIsAColumnOfTheView() throws {
        XCTAssertEqual(try tailwatch(["ingest", try write("a.txt", "I-DIEM flew from Rome to Benghazi on 8 June 2020.")]).status, 0)
        let columns = Set(try rows("PRAGMA table_info(flights)").map { $0["name"] as String })
        let data = try Data(contentsOf: Self.packageRoot.appendingPathComponent("datasette/metadata.json"))
        let metadata = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let table = try XCTUnwrap(((metadata["databases"] as? [String: Any])?["demo"] as? [String: Any])
            .flatMap { ($0["tables"] as? [String: Any])?["flights"] as? [String: Any] })
        let facets = try XCTUnwrap(table["facets"] as? [String])
        XCTAssertTrue(facets.contains("registry_country") && facets.contains("type") && facets.contains("operator"), "\(facets)")
        let described = try XCTUnwrap(table["columns"] as? [String: String])
        XCTAssertTrue(Set(described.keys).isSubset(of: columns), "described columns not in the view: \(Set(described.keys).subtracting(columns))")
        XCTAssertGreaterThan(described.count, 4)
        let map = try XCTUnwrap((table["plugins"] as? [String: Any])?["datasette-cluster-map"] as? [String: String])
        for name in facets + [map["latitude_column"], map["longitude_column"]].compactMap({ $0 }) {
            XCTAssertTrue(columns.contains(name), "\(name) is not a column of the flights view")
        }
    }
}
