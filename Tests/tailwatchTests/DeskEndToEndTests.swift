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
}
