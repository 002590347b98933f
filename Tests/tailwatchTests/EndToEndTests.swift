import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Runs the built `tailwatch` binary on a temporary database.
final class EndToEndTests: XCTestCase {
    var dir: URL!

    static var binary: URL {
        // .build/debug/tailwatch next to the test bundle.
        // On Linux the bundle URL is the build folder itself; on macOS the .xctest inside it.
        let bundle = Bundle(for: EndToEndTests.self).bundleURL
        let candidates = [bundle.appendingPathComponent("tailwatch"),
                          bundle.deletingLastPathComponent().appendingPathComponent("tailwatch")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try Self.run(args, database: dir.appendingPathComponent("e2e.sqlite").path, stdin: stdin)
    }

    /// Runs the binary on `database` (TAILWATCH_DB), no colour; `environment` adds variables.
    static func run(_ args: [String], database: String, stdin: String? = nil,
                    environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String)
    {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["TAILWATCH_DB"] = database
        env["NO_COLOR"] = "1"
        // Tables fit $COLUMNS when it is set: the tests' output must not depend on the shell.
        env["COLUMNS"] = nil
        env.merge(environment) { _, new in new }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testIngestSeedsThenHistoryAndAirportBoard() throws {
        let seeds = Self.packageRoot.appendingPathComponent("Fixtures/seeds").path
        let ingest = try run(["ingest", seeds])
        XCTAssertEqual(ingest.status, 0, ingest.err)
        XCTAssertTrue(ingest.out.contains("5 files read, 5 new"), ingest.out)

        let again = try run(["ingest", seeds])
        XCTAssertTrue(again.out.contains("0 new, 5 unchanged"), again.out)

        for query in ["I-DIEM", "idiem", "I‑DIEM"] {
            let h = try run(["history", query])
            XCTAssertEqual(h.status, 0, h.err)
            XCTAssertTrue(h.out.contains("2020-02-13"), h.out)
            XCTAssertTrue(h.out.contains("2020-06-08"), h.out)
            XCTAssertTrue(h.out.contains("HLLB"), h.out)
        }
        for query in ["HLLB", "BEN", "Benina", "Benghazi", "بنغازي", "مطار بنينا"] {
            let board = try run(["airport", query])
            XCTAssertEqual(board.status, 0, "\(query): \(board.err)")
            XCTAssertTrue(board.out.contains("I-DIEM"), "\(query): \(board.out)")
        }
        let one = try run(["aircraft", "i-diem", "--format", "json"])
        XCTAssertEqual(one.status, 0, one.err)
        let card = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(one.out.utf8)) as? [String: Any])
        XCTAssertEqual(card["registration"] as? String, "I-DIEM")
        XCTAssertEqual(card["country"] as? String, "IT")
        XCTAssertEqual(card["flights"] as? Int, 3)
        XCTAssertEqual(card["first_seen"] as? String, "2020-02-13")
        XCTAssertEqual(try run(["aircraft", "X-NONE"]).status, 1)

        let jsonl = try run(["events", "--format", "jsonl"])
        let first = try XCTUnwrap(jsonl.out.split(separator: "\n").first)
        let obj = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        for key in ["id", "kind", "registration", "aircraft_type", "operator", "origin", "destination", "type_designator",
                    "date", "date_precision", "time_utc", "time_kind", "callsign", "icao_hex", "confidence", "sources"] {
            XCTAssertTrue(obj.keys.contains(key), "missing \(key)")
        }
        let source = try XCTUnwrap((obj["sources"] as? [[String: Any]])?.first)
        XCTAssertNotNil(source["sha256"] as? String)
        XCTAssertNotNil(source["start"] as? Int)
    }

    func testUnknownRegistrationSaysSoAndExitsOne() throws {
        try run(["ingest", "-"], stdin: "I-DIEM flew from Rome to Benghazi on 8 June 2020.")
        let h = try run(["history", "N12345"])
        XCTAssertEqual(h.status, 1)
        XCTAssertTrue(h.err.contains("N12345"), h.err)
        XCTAssertEqual(h.err.split(separator: "\n").count, 1)
    }

    func testBadInputIsReportedAndTheRestGoesIn() throws {
        let good = dir.appendingPathComponent("good.txt")
        try "I-DIEM flew from Rome to Benghazi on 8 June 2020.".write(to: good, atomically: true, encoding: .utf8)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = dir.appendingPathComponent("bin.txt")
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: binary)
        let r = try run(["ingest", good.path, empty.path, binary.path, dir.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.out.contains("1 new"), r.out)
        XCTAssertEqual(r.err.split(separator: "\n").count, 3, r.err)
        XCTAssertEqual(try run(["history", "I-DIEM"]).status, 0)
    }

    func testEvalDatesScoresAFixtureAndHoldsItsFloor() throws {
        let fixture = dir.appendingPathComponent("dates.tsv")
        try """
            # two right, one wrong gold, one malformed line
            id\tlang\tcategory\tanchor\tgold\ttime\ttext
            a\ten\trelative\t2020-06-10\t2020-06-09\t-\tThe jet landed at Mitiga yesterday.
            b\tar\tgregorian\t2020-06-10\t2020-06-08\t-\tهبطت الطائرة يوم ٨ يونيو/حزيران الجاري.
            c\ten\tabsolute\t2020-06-10\t2020-06-07\t-\tLanded on 8 June 2020.
            d\ten\tabsolute\tJune\t2020-06-07\t-\tbad anchor
            """.write(to: fixture, atomically: true, encoding: .utf8)
        let r = try run(["eval-dates", fixture.path, "--repeat", "0"])
        XCTAssertTrue(r.out.contains("3 expressions, accuracy 0.667 (2 right)"), r.out)
        XCTAssertTrue(r.err.contains("dates.tsv:6: anchor June is not YYYY-MM-DD"), r.err)
        XCTAssertEqual(r.status, 1)  // the malformed line
        let good = dir.appendingPathComponent("good.tsv")
        try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("d\t") }
            .joined(separator: "\n").write(to: good, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["eval-dates", good.path, "--repeat", "0", "--min-accuracy", "0.6"]).status, 0)
        let below = try run(["eval-dates", good.path, "--repeat", "0", "--min-accuracy", "0.97"])
        XCTAssertEqual(below.status, 1)
        XCTAssertTrue(below.err.contains("date accuracy 0.667 is below the floor 0.970"), below.err)
    }

    func testAmbiguousCityListsCandidates() throws {
        try run(["ingest", "-"], stdin: "I-DIEM flew from Rome to Benghazi on 8 June 2020.")
        let r = try run(["airport", "Tripoli"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("LY") && r.err.contains("LB"), r.err)
        XCTAssertEqual(try run(["airport", "Tripoli", "--country", "LY"]).status, 0)
    }

    func testReportWritesAnOfflineHTMLPageWithTheRoutesForAnAircraftAndAnAirport() throws {
        let ingest = try run(["ingest", Self.packageRoot.appendingPathComponent("Fixtures/seeds").path])
        XCTAssertEqual(ingest.status, 0, ingest.err)
        func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

        let file = dir.appendingPathComponent("I-DIEM.html")
        let r = try run(["report", "idiem", "--html", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        let html = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>I-DIEM</h1>"))
        XCTAssertEqual(count("<tr class=\"flight\">", in: html), 3)
        let dates = ["2020-02-13", "2020-06-03", "2020-06-08"].map { html.range(of: ">\($0)</td>")?.lowerBound }
        XCTAssertFalse(dates.contains(nil), "every flight's date in the table")
        XCTAssertEqual(dates.compactMap { $0 }, dates.compactMap { $0 }.sorted(), "oldest first")
        XCTAssertEqual(count("<svg", in: html), 1)
        XCTAssertGreaterThanOrEqual(count("<path class=\"route\"", in: html), 1)
        XCTAssertTrue(html.contains(">HLLB Benina</text>"), "Benina labelled on the map")
        XCTAssertTrue(html.contains("000_e54aa2a4c635e5fc.txt"), "sources name their file")
        XCTAssertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="))

        let board = dir.appendingPathComponent("HLLB.html")
        let b = try run(["report", "--airport", "HLLB", "--html", board.path])
        XCTAssertEqual(b.status, 0, b.err)
        let boardHTML = try String(contentsOf: board, encoding: .utf8)
        XCTAssertTrue(boardHTML.contains("<td class=\"aircraft\">I-DIEM</td>"), "HLLB's arrivals")
        XCTAssertGreaterThanOrEqual(count("<path class=\"route\"", in: boardHTML), 1)

        let missing = dir.appendingPathComponent("none.html")
        let unknown = try run(["report", "X-NONE", "--html", missing.path])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.err.split(separator: "\n").count, 1, unknown.err)
        XCTAssertTrue(unknown.err.contains("X-NONE"), unknown.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing.path))
        let unwritable = try run(["report", "I-DIEM", "--html", dir.appendingPathComponent("no/such/dir/x.html").path])
        XCTAssertEqual(unwritable.status, 1)
        XCTAssertTrue(unwritable.err.contains("x.html"), unwritable.err)
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// Issue 7's check: the seeds give I-DIEM three flights in date order, the 8 June one
    /// with its Arabic paragraph and the tweet as sources; I-NEMO one; HLLB shows the arrivals.
    func testSeedsTimelineHasThreeIDIEMFlightsAndTheBoardShowsTheirArrivals() throws {
        XCTAssertEqual(try run(["ingest", Self.packageRoot.appendingPathComponent("Fixtures/seeds").path]).status, 0)
        let h = try run(["history", "I-DIEM", "--format", "json"])
        XCTAssertEqual(h.status, 0, h.err)
        let flights = try XCTUnwrap(try json(h.out) as? [[String: Any]])
        XCTAssertEqual(flights.map { $0["date"] as? String }, ["2020-02-13", "2020-06-03", "2020-06-08"])
        XCTAssertTrue(flights.allSatisfy { ($0["conflicts_with"] as? [Any])?.isEmpty == true })
        let june8 = try XCTUnwrap(flights.last?["sources"] as? [[String: Any]]).compactMap { $0["snippet"] as? String }
        XCTAssertTrue(june8.contains { $0.contains("بنغازي") }, "the Arabic paragraph: \(june8)")
        XCTAssertTrue(june8.contains { $0.contains("Falcon-900LX is from Rome Ciampino to Benghazi") }, "the tweet: \(june8)")

        let table = try run(["history", "idiem", "--sources"])
        let lines = table.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("I-DIEM: 3 flights, first seen 2020-02-13, last seen 2020-06-08"), lines[0])
        XCTAssertTrue(lines[0].contains("most frequent route Rome → Benghazi (2)"), lines[0])
        XCTAssertTrue(table.out.contains("#3 2020-06-08 LIRA Rome Ciampino (CIA) → HLLB Benina (BEN): 3 sources"), table.out)
        XCTAssertTrue(table.out.contains("Fixtures/seeds/000_e54aa2a4c635e5fc.txt bytes 902–993"), table.out)

        let nemo = try run(["history", "I-NEMO", "--format", "json"])
        XCTAssertEqual((try json(nemo.out) as? [Any])?.count, 1)

        let board = try run(["airport", "HLLB"])
        XCTAssertEqual(board.status, 0, board.err)
        let arrivals = board.out.split(separator: "\n").filter { $0.hasPrefix("arr") && $0.contains("I-DIEM") }
        XCTAssertEqual(arrivals.map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }, ["2020-02-13", "2020-06-03", "2020-06-08"])
        XCTAssertTrue(board.out.contains("per aircraft: I-DIEM 3"), board.out)
        XCTAssertTrue(board.out.contains("per country of registry: IT 3"), board.out)
    }

    func testHistoryWindowsAndBadDates() throws {
        XCTAssertEqual(try run(["ingest", Self.packageRoot.appendingPathComponent("Fixtures/seeds").path]).status, 0)
        let june = try run(["history", "I-DIEM", "--since", "2020-06", "--format", "json"])
        XCTAssertEqual((try json(june.out) as? [[String: Any]])?.map { $0["date"] as? String }, ["2020-06-03", "2020-06-08"])
        let early = try run(["history", "I-DIEM", "--until", "2020-06-03", "--format", "json"])
        XCTAssertEqual((try json(early.out) as? [Any])?.count, 2)
        // A bad date is a usage error, as a bad --format is: exit 64, ArgumentParser's message and usage.
        let bad = try run(["history", "I-DIEM", "--since", "yesterday"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.err.hasPrefix("Error: --since yesterday: expected a date as YYYY, YYYY-MM or YYYY-MM-DD\n"), bad.err)
        let boardBad = try run(["airport", "HLLB", "--until", "2020-02-30"])
        XCTAssertEqual(boardBad.status, 64)
        XCTAssertTrue(boardBad.err.contains("--until 2020-02-30"), boardBad.err)
    }

    func testTwoArticlesDisagreeingAboutADestinationAreBothShownAsAConflict() throws {
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi today.\n".write(to: a, atomically: true, encoding: .utf8)
        try "date 2020-06-10\nFalcon 900LX I-DIEM flew yesterday from Rome Ciampino to Misrata.\n".write(to: b, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["ingest", a.path, b.path]).status, 0)
        let h = try run(["history", "I-DIEM"])
        XCTAssertTrue(h.out.contains("1 conflict between sources"), h.out)
        XCTAssertTrue(h.out.contains("≠ #2") && h.out.contains("≠ #1"), h.out)
        let flights = try XCTUnwrap(try json(try run(["history", "I-DIEM", "--format", "json"]).out) as? [[String: Any]])
        XCTAssertEqual(flights.compactMap { ($0["destination"] as? [String: Any])?["code"] as? String }.sorted(), ["HLLB", "HLMS"])
        XCTAssertEqual(flights.map { ($0["conflicts_with"] as? [Int])?.count }, [1, 1])
    }

    func testRoutesSearchAndExportsOnTheSeeds() throws {
        XCTAssertEqual(try run(["ingest", Self.packageRoot.appendingPathComponent("Fixtures/seeds").path]).status, 0)
        let routes = try run(["routes"])
        XCTAssertEqual(routes.status, 0, routes.err)
        let first = try XCTUnwrap(routes.out.split(separator: "\n").dropFirst().first)
        XCTAssertTrue(first.hasPrefix("Rome") && first.contains("Benghazi") && first.contains("I-DIEM ×2"), String(first))
        let between = try run(["routes", "--between", "HLLB", "Rome,IT"])
        XCTAssertEqual(between.status, 0, between.err)
        XCTAssertTrue(between.out.hasPrefix("HLLB Benina (BEN) ↔ Rome, IT: 2 flights"), between.out)
        XCTAssertEqual(try run(["routes", "--between", "HLLB"]).status, 64)

        let search = try run(["search", "بنغازي"])
        XCTAssertEqual(search.status, 0, search.err)
        XCTAssertTrue(search.out.contains("000_e54aa2a4c635e5fc.txt") && search.out.contains("flight I-DIEM 2020-06-08 LIRA Rome Ciampino (CIA) → HLLB Benina (BEN)"), search.out)
        let hits = try run(["search", "Ciampino", "--format", "jsonl"]).out.split(separator: "\n")
        let hit = try XCTUnwrap(try json(String(try XCTUnwrap(hits.first))) as? [String: Any])
        XCTAssertTrue((hit["excerpt"] as? String)?.contains("«Ciampino»") == true, "\(hit)")
        let found = try XCTUnwrap(hit["events"] as? [[String: Any]]).compactMap { $0["registration"] as? String }
        XCTAssertTrue(found.contains("I-DIEM"), "\(found)")
        let none = try run(["search", "zeppelin"])
        XCTAssertTrue(none.out.hasPrefix("0 articles match"), none.out)
        XCTAssertEqual(try run(["search", "to"]).status, 1)

        let geo = try run(["export", "--format", "geojson", "--registration", "I-DIEM"])
        XCTAssertEqual(geo.status, 0, geo.err)
        let collection = try XCTUnwrap(try json(geo.out) as? [String: Any])
        XCTAssertEqual(collection["type"] as? String, "FeatureCollection")
        let features = try XCTUnwrap(collection["features"] as? [[String: Any]])
        let lines = features.filter { ($0["geometry"] as? [String: Any])?["type"] as? String == "LineString" }
        XCTAssertEqual(lines.count, 2, "Rome → HLLB twice; 3 June has no origin")
        XCTAssertTrue(geo.err.contains("2 of 3 flights drawn"), geo.err)

        let kmlFile = dir.appendingPathComponent("out.kml")
        XCTAssertEqual(try run(["export", "--format", "kml", "--airport", "Benghazi", "-o", kmlFile.path]).status, 0)
        let parser = XMLParser(data: try Data(contentsOf: kmlFile))
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))")

        let csv = try run(["export", "--format", "csv", "--registration", "I-NEMO"])
        XCTAssertEqual(csv.out.split(separator: "\r\n").count, 2, csv.out)
        let all = try XCTUnwrap(try json(try run(["export", "--format", "json", "--airport", "HLLM"]).out) as? [[String: Any]])
        XCTAssertEqual(all.compactMap { $0["registration"] as? String }, ["I-NEMO"])
        XCTAssertEqual(try run(["export", "--format", "svg"]).status, 64)
    }
}
