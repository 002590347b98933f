import Foundation
import XCTest

/// Issue 15, "the analyst's desk", through the built binary: nothing lost from standard
/// input, any identifier, filters, tool behaviour.
final class DeskEndToEndTests: XCTestCase {
    var dir: URL!
    var db: String { dir.appendingPathComponent("desk.sqlite").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-desk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try EndToEndTests.run(args, database: db, stdin: stdin, environment: environment)
    }

    func ingestSeeds() throws {
        let r = try run(["ingest", EndToEndTests.packageRoot.appendingPathComponent("Fixtures/seeds").path,
                         EndToEndTests.packageRoot.appendingPathComponent("Fixtures/articles").path])
        XCTAssertEqual(r.status, 0, r.err)
    }

    // MARK: Nothing lost from stdin

    func testTwoArticlesPipedOneAfterTheOtherAreBothKept() throws {
        let a = "I-DIEM flew from Rome to Benghazi on 8 June 2020."
        let b = "SU-BEY flew from Cairo to Benghazi on 18 July 2020."
        XCTAssertEqual(try run(["ingest", "-"], stdin: a).status, 0)
        let second = try run(["ingest", "-"], stdin: b)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertTrue(second.out.contains("1 new"), second.out)
        for reg in ["I-DIEM", "SU-BEY"] {
            let h = try run(["history", reg, "--format", "json"])
            XCTAssertEqual(h.status, 0, "\(reg) lost: \(h.err)")
            XCTAssertTrue(h.out.contains("HLLB"), h.out)
        }
        // Each is stored at stdin: and its own hash prefix; the same text again adds nothing.
        let events = try run(["events", "--format", "jsonl"])
        let paths = Set(events.out.split(separator: "\n").compactMap { line -> String? in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let sources = o["sources"] as? [[String: Any]] else { return nil }
            return sources.first?["path"] as? String
        })
        XCTAssertEqual(paths.count, 2, "\(paths)")
        XCTAssertTrue(paths.allSatisfy { $0.hasPrefix("stdin:") && $0.count == "stdin:".count + 12 }, "\(paths)")
        XCTAssertTrue(try run(["ingest", "-"], stdin: a).out.contains("0 new, 1 unchanged"))
    }

    func testAPipedArticleCanBeNamed() throws {
        let r = try run(["ingest", "-", "--name", "wire/2020-06-09.txt"], stdin: "I-DIEM flew from Rome to Benghazi on 8 June 2020.")
        XCTAssertEqual(r.status, 0, r.err)
        let h = try run(["history", "I-DIEM", "--sources"])
        XCTAssertTrue(h.out.contains("wire/2020-06-09.txt"), h.out)
        // --name without - is a usage error.
        XCTAssertEqual(try run(["ingest", "--name", "x", dir.path]).status, 64)
    }

    // MARK: Any identifier

    func testHistoryAircraftReportAndExportAcceptSerialHexAndCallsign() throws {
        let article = "UAE Air Force C-17 serial 1223 (callsign UAF1223, hex 896457) landed at Benina on 2 April 2020 after flying from Abu Dhabi."
        XCTAssertEqual(try run(["ingest", "-"], stdin: article).status, 0)
        for query in ["1223", "896457", "UAF1223", "uaf-1223"] {
            let h = try run(["history", query])
            XCTAssertEqual(h.status, 0, "history \(query): \(h.err)")
            XCTAssertTrue(h.out.hasPrefix("1223: 1 flight"), "history \(query): \(h.out)")
            let a = try run(["aircraft", query, "--format", "json"])
            XCTAssertEqual(a.status, 0, "aircraft \(query): \(a.err)")
            XCTAssertTrue(a.out.contains("\"registration\": \"1223\""), a.out)
            let e = try run(["export", "--format", "csv", "--registration", query])
            XCTAssertEqual(e.status, 0, "export \(query): \(e.err)")
            XCTAssertEqual(e.out.split(whereSeparator: \.isNewline).count, 2, "export \(query): \(e.out)")
            let html = dir.appendingPathComponent("r.html").path
            let r = try run(["report", query, "--html", html])
            XCTAssertEqual(r.status, 0, "report \(query): \(r.err)")
        }
        XCTAssertEqual(try run(["history", "UAF9999"]).status, 1)
    }

    // MARK: Filters

    /// `events --format jsonl` with `args`, each line as an object.
    func events(_ args: [String]) throws -> [[String: Any]] {
        let r = try run(["events", "--format", "jsonl"] + args)
        XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
        return r.out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    func testFiltersNarrowEveryReportToWhatTheyName() throws {
        try ingestSeeds()
        let all = try events([])
        XCTAssertGreaterThan(all.count, 40)

        let strong = try events(["--min-confidence", "0.9"])
        XCTAssertTrue(strong.allSatisfy { ($0["confidence"] as? Double ?? 0) >= 0.9 })
        XCTAssertEqual(strong.count, all.filter { ($0["confidence"] as? Double ?? 0) >= 0.9 }.count)
        XCTAssertLessThan(strong.count, all.count)

        // A designator and its family's name give the same flights, in any language the article used.
        let f900 = try events(["--type", "F900"])
        XCTAssertEqual(f900.count, all.filter { $0["type_designator"] as? String == "F900" }.count)
        XCTAssertGreaterThan(f900.count, 3)
        XCTAssertEqual(try events(["--type", "Falcon 900"]).count, f900.count)
        XCTAssertEqual(try events(["--type", "f900"]).count, f900.count)

        let italian = try events(["--registry", "it"])
        XCTAssertTrue(italian.allSatisfy { $0["registration_country"] as? String == "IT" })
        XCTAssertEqual(italian.count, all.filter { $0["registration_country"] as? String == "IT" }.count)

        let airForce = try events(["--operator", "AIR FORCE"])
        XCTAssertGreaterThan(airForce.count, 3)
        XCTAssertTrue(airForce.allSatisfy { ($0["operator"] as? String ?? "").lowercased().contains("air force") })

        let military = try events(["--military"])
        XCTAssertGreaterThan(military.count, airForce.count / 2)
        XCTAssertFalse(military.contains { $0["registration"] as? String == "I-DIEM" }, "a civil registration of a civil operator")
        XCTAssertTrue(military.contains { $0["registration"] as? String == "MM62243" }, "an Italian military serial")

        // The same filters on history, airport, routes and export.
        let h = try run(["history", "I-DIEM", "--min-confidence", "0.85", "--format", "jsonl"])
        XCTAssertEqual(h.out.split(separator: "\n").count, 2, h.out)
        let board = try run(["airport", "HLLB", "--registry", "IT", "--format", "jsonl"])
        XCTAssertEqual(board.status, 0, board.err)
        XCTAssertTrue(board.out.contains("I-DIEM") && !board.out.contains("SU-BEY"), board.out)
        let routes = try run(["routes", "--type", "F900"])
        XCTAssertTrue(routes.out.contains("I-DIEM") && !routes.out.contains("RA-"), routes.out)
        let csv = try run(["export", "--format", "csv", "--military", "--registry", "IT"])
        XCTAssertTrue(csv.out.contains("MM62") && !csv.out.contains("I-DIEM"), csv.out)

        // Bad values: usage errors exit 64; a type no table knows is a data error (1), one line.
        XCTAssertEqual(try run(["events", "--min-confidence", "1.5"]).status, 64)
        XCTAssertEqual(try run(["events", "--registry", "ITA"]).status, 64)
        let unknown = try run(["history", "I-DIEM", "--type", "Zeppelin NT"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.err.split(separator: "\n").count, 1, unknown.err)
    }

    // MARK: Ambiguity that helps

    func testAnAmbiguousPlaceIsTheOneWithFlightsAndIsAskedOnlyWhenSeveralHaveSome() throws {
        XCTAssertEqual(try run(["ingest", "-"], stdin: "I-DIEM flew from Rome to Tripoli, Libya on 8 June 2020.").status, 0)
        // Only Tripoli, LY has a flight: the board is answered, and stderr says which was taken.
        let one = try run(["airport", "Tripoli"])
        XCTAssertEqual(one.status, 0, one.err)
        XCTAssertTrue(one.out.hasPrefix("Tripoli, LY: 1 flight"), one.out)
        XCTAssertTrue(one.err.contains("Tripoli, LY, the only place of that name with flights"), one.err)
        let between = try run(["routes", "--between", "Rome", "Tripoli"])
        XCTAssertEqual(between.status, 0, between.err)
        XCTAssertTrue(between.out.hasPrefix("Rome, IT ↔ Tripoli, LY: 1 flight"), between.out)

        // A flight to Tripoli, Lebanon too: now two candidates have flights, so the user is
        // asked, with each candidate's count.
        XCTAssertEqual(try run(["ingest", "-"], stdin: "OD-MEA flew from Beirut to Tripoli, Lebanon on 9 June 2020.").status, 0)
        let two = try run(["airport", "Tripoli"])
        XCTAssertEqual(two.status, 1)
        XCTAssertTrue(two.err.contains("Tripoli is ambiguous"), two.err)
        XCTAssertTrue(two.err.contains("Tripoli, LY (population") && two.err.contains("): 1 flight\n"), two.err)
        XCTAssertTrue(two.err.contains("Tripoli, LB (population"), two.err)
        XCTAssertTrue(two.err.contains("Trípoli, GR (population 26561): 0 flights"), two.err)
        XCTAssertEqual(try run(["airport", "Tripoli,LB"]).status, 0)
    }
}
