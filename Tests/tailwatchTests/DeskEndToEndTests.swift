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
        XCTAssertTrue(two.err.contains("Tripoli, GR (population 26561): 0 flights"), two.err)
        XCTAssertEqual(try run(["airport", "Tripoli,LB"]).status, 0)
    }

    // MARK: A tool that behaves like one

    func testVersionNamesTheReleaseTheExtractorAndTheSchema() throws {
        let r = try run(["--version"])
        XCTAssertEqual(r.status, 0, r.err)
        let line = r.out.trimmingCharacters(in: .newlines)
        XCTAssertNotNil(line.range(of: #"^tailwatch \d+\.\d+\.\d+ \(extractor version \d+, schema [a-z0-9-]+\)$"#, options: .regularExpression), line)
    }

    func testTraceSpeaksTheREADMEsWordsNotSwifts() throws {
        let article = "Yesterday (Monday) I-DIEM took off from Rome at 0615Z and landed in Benghazi on 8 June 2020; "
            + "it came back on 13 فبراير الماضي."
        let r = try run(["extract", "--trace", "-"], stdin: article)
        XCTAssertEqual(r.status, 0, r.err)
        let trace = (r.out + r.err).split(separator: "\n").filter { $0.hasPrefix("# ") }
        XCTAssertFalse(trace.isEmpty, r.out + r.err)
        for line in trace {
            XCTAssertFalse(line.contains("Optional(") || line.contains("TailwatchCore."), String(line))
        }
        let text = trace.joined(separator: "\n")
        XCTAssertTrue(text.contains("→ 2020-06-08"), text)
        XCTAssertTrue(text.contains("→ 06:15 UTC dep"), text)
        XCTAssertTrue(text.contains("→ article day -1 (Mon)"), text)
        XCTAssertTrue(text.contains("→ ????-02-13 (year: latest on or before the article)"), text)
    }

    // MARK: Correct a date

    func testADateGivenToAStoredArticleReReadsItAndKeepsTheOldDate() throws {
        let path = dir.appendingPathComponent("a.txt")
        try "date 2020-06-10\nFalcon 900LX I-DIEM flew yesterday from Rome Ciampino to Benghazi.\n".write(to: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["ingest", path.path]).status, 0)
        XCTAssertTrue(try run(["history", "I-DIEM"]).out.contains("2020-06-09"))
        // The collector's header was wrong: the article is of 2 July.
        let redate = try run(["ingest", "--date", "2020-07-02", path.path])
        XCTAssertEqual(redate.status, 0, redate.err)
        XCTAssertTrue(redate.out.contains("0 unchanged, 0 re-read, 0 failed, 1 re-dated"), redate.out)
        let h = try run(["history", "I-DIEM"])
        XCTAssertTrue(h.out.contains("2020-07-01") && !h.out.contains("2020-06-09"), h.out)
        // The same date again changes nothing; the old date is kept with its basis.
        XCTAssertTrue(try run(["ingest", "--date", "2020-07-02", path.path]).out.contains("1 unchanged"))
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", db, "SELECT article_date || '|' || article_date_basis || '|' || previous_article_date FROM article"]
        let out = Pipe()
        sqlite.standardOutput = out
        guard (try? sqlite.run()) != nil else { throw XCTSkip("sqlite3 not installed; the stored previous date is not checked") }
        let stored = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sqlite.waitUntilExit()
        XCTAssertEqual(stored, "2020-07-02|given|2020-06-10 (header)\n")
    }

    /// docs/tailwatch.1 (`make man`) lists every command and every option the binary's help
    /// lists: a page left behind after an option was added fails here.
    func testTheManPageIsTheHelpAndCompletionScriptsAreGenerated() throws {
        let man = try String(contentsOf: EndToEndTests.packageRoot.appendingPathComponent("docs/tailwatch.1"), encoding: .utf8)
        let top = try run(["--help"])
        /// The first capture of `pattern` on each line of `text` that matches.
        func captures(_ pattern: String, in text: Substring) -> [String] {
            let re = try! NSRegularExpression(pattern: pattern)
            return text.split(separator: "\n").compactMap { line in
                let l = String(line)
                guard let m = re.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)),
                      let r = Range(m.range(at: 1), in: l) else { return nil }
                return String(l[r])
            }
        }
        // "  history                 Where an aircraft has been…" under SUBCOMMANDS.
        let commands = captures(#"^  ([a-z][a-z-]*)(?: \(default\))?\s"#, in: top.out.components(separatedBy: "SUBCOMMANDS:").last![...])
        XCTAssertGreaterThan(commands.count, 10, top.out)
        for command in commands {
            XCTAssertTrue(man.contains(".It Em \(command)\n"), "\(command) is not in docs/tailwatch.1; run make man")
            // "  --min-confidence <min-confidence>", "  -o, --output <output>" under OPTIONS.
            let help = try run([command, "--help"]).out
            let options = captures(#"^\s+(?:-[a-zA-Z], )?--([a-z][a-z-]*)"#, in: help.components(separatedBy: "OPTIONS:").last![...])
            XCTAssertFalse(options.isEmpty, help)
            for option in options where option != "help" {
                // mdoc writes "-o, --output" as "Fl o , -output".
                XCTAssertTrue(man.contains("Fl -\(option)") || man.contains(" , -\(option)"), "\(command) --\(option) is not in docs/tailwatch.1; run make man")
            }
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try run(["--generate-completion-script", shell])
            XCTAssertEqual(script.status, 0, script.err)
            XCTAssertTrue(script.out.contains("min-confidence"), "\(shell) completion lacks the filters")
        }
    }

    /// Terminal cells a line takes (format characters such as the isolates and combining marks take none).
    func cells(_ line: Substring) -> Int {
        line.unicodeScalars.filter {
            ![.format, .nonspacingMark, .enclosingMark].contains($0.properties.generalCategory)
        }.count
    }

    func testTablesFitTheTerminalWidthAndWideKeepsEveryColumn() throws {
        try ingestSeeds()
        let narrow = ["COLUMNS": "80"]
        let tables: [(args: [String], header: String)] = [
            (["history", "I-DIEM"], "#  date"), (["airport", "HLLB"], "     date"), (["events", "--format", "table"], "#"),
            (["routes"], "from"), (["routes", "--between", "Rome", "Benghazi"], "date"), (["aircraft"], "aircraft"),
        ]
        for (args, header) in tables {
            let r = try run(args, environment: narrow)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            // Table lines: from the header on (the summary lines above are prose).
            let lines = r.out.split(separator: "\n")
            let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(header) }, "\(args): \(r.out)")
            for line in lines[start...] where !line.hasPrefix("per ") {
                XCTAssertLessThanOrEqual(cells(line), 80, "\(args): \(line)")
            }
            // Dates and the aircraft are kept; the evidence goes first.
            XCTAssertTrue(lines[start].contains("date") || args[0] == "aircraft" || args == ["routes"], "\(args): \(lines[start])")
        }
        let h = try run(["history", "I-DIEM"], environment: narrow).out
        XCTAssertFalse(h.contains("first source"), h)
        XCTAssertTrue(h.contains("2020-06-08") && h.contains("HLLB Benina (BEN)"), h)
        // --wide keeps every column, and so does output to a pipe with no $COLUMNS.
        for (args, env) in [(["history", "I-DIEM", "--wide"], narrow), (["history", "I-DIEM"], [:])] {
            let all = try run(args, environment: env).out
            XCTAssertTrue(all.contains("first source") && all.contains("operator"), "\(args) \(env): \(all)")
            XCTAssertGreaterThan(all.split(separator: "\n").map(cells).max() ?? 0, 120)
        }
    }

    // MARK: CSV exports carry positions

    func testCSVExportCarriesEachEndsLatitudeAndLongitude() throws {
        try ingestSeeds()
        let r = try run(["export", "--format", "csv", "--registration", "I-DIEM"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.first)
        XCTAssertEqual(Array(header.suffix(4)), ["origin_lat", "origin_lon", "destination_lat", "destination_lon"])
        // The 8 June flight, LIRA → HLLB: the same positions the GeoJSON export draws.
        let june = try XCTUnwrap(lines.first { $0.contains("2020-06-08") })
        XCTAssertEqual(Array(june.suffix(4)), ["41.79940", "12.59490", "32.09680", "20.26950"])
        // A flight from an unknown place has an empty origin position.
        let third = try XCTUnwrap(lines.first { $0.contains("2020-06-03") })
        XCTAssertEqual(Array(third.suffix(4)), ["", "", "32.09680", "20.26950"])
    }

    // MARK: Names analysts use

    func testReportsNamePlacesAndTypesAsAnalystsDoWhateverTheArticleWrote() throws {
        let articles = [
            "date 2023-03-14\nAn RAF Voyager, ZZ335, left RAF Brize Norton this morning and landed at NAS Sigonella in the afternoon.",
            "date 2022-11-02\nهبطت طائرة داسو فالكون 900 تحمل التسجيل 5A-UAA في مطار بنينا قادمة من معيتيقة أمس.",
            "date 2021-05-20\nTwo Airbus A320s of the airline flew in; one of them, SU-GCB, arrived at Misrata from Cairo on 19 May 2021.",
            "date 2022-11-05\nThe Ilyushin Il-76TD 5A-ILB flew from Benghazi to Al Jufra on 4 November 2022.",
        ]
        for (i, text) in articles.enumerated() {
            XCTAssertEqual(try run(["ingest", "-", "--name", "names/\(i).txt"], stdin: text).status, 0)
        }
        let brize = try run(["history", "ZZ335", "--wide"]).out
        XCTAssertTrue(brize.contains("EGVN RAF Brize Norton (BZZ)") && brize.contains("LICZ NAS Sigonella (NSY)"), brize)
        XCTAssertTrue(brize.contains("most frequent route RAF Brize Norton → NAS Sigonella (1)"), brize)
        XCTAssertFalse(brize.contains("Carterton") || brize.contains("Scordia"), brize)
        let falcon = try run(["history", "5A-UAA", "--wide"]).out
        // The type as analysts name it, not as the article wrote it (the words stay in the evidence column).
        XCTAssertTrue(falcon.contains("registered LY · F900 Dassault Falcon 900\n"), falcon)
        XCTAssertTrue(falcon.contains("  F900 Dassault Falcon 900  "), falcon)
        let airbus = try run(["history", "SU-GCB", "--wide"]).out
        XCTAssertTrue(airbus.contains("registered EG · A320 Airbus A320\n") && airbus.contains("  A320 Airbus A320  "), airbus)
        XCTAssertTrue(airbus.contains("HLMS Misrata (MRA)") && airbus.contains("route Cairo → Misrata"), airbus)
        let jufra = try run(["history", "5A-ILB", "--wide"]).out
        XCTAssertTrue(jufra.contains("HL69 Al Jufra") && jufra.contains("route Benghazi → Al Jufra (1)") && !jufra.contains("Hūn"), jufra)
        XCTAssertTrue(jufra.contains("IL76 Ilyushin Il-76"), jufra)
        let board = try run(["airport", "LICZ", "--wide"]).out
        XCTAssertTrue(board.hasPrefix("LICZ NAS Sigonella (NSY): 1 flight"), board)
        XCTAssertTrue(board.contains("from EGVN RAF Brize Norton (BZZ)"), board)
        XCTAssertTrue(try run(["routes"]).out.contains("RAF Brize Norton  NAS Sigonella"))
        let list = try run(["aircraft", "--wide"]).out
        XCTAssertTrue(list.contains("5A-UAA    LY       F900 Dassault Falcon 900 ") && !list.contains("داسو"), list)
        // What was written is still stored, and the JSON gives both.
        let json = try run(["history", "5A-UAA", "--format", "jsonl"]).out
        XCTAssertTrue(json.contains("\"aircraft_type\":\"داسو فالكون 900\"") && json.contains("\"type_label\":\"F900 Dassault Falcon 900\""), json)
        XCTAssertTrue(json.contains("\"label\":\"Mitiga (MJI)\""), json)
    }

    // MARK: Inputs not read are said to be

    func testFilesOfFormatsNotReadAreCountedOrNamedNeverPassedOverInSilence() throws {
        let folder = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "I-DIEM flew from Rome to Benghazi on 8 June 2020.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        for name in ["b.json", "c.JSON", "d.pdf"] {
            try "{}".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let r = try run(["ingest", folder.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("1 new, 0 unchanged, 0 re-read, 0 failed, 3 skipped (2 .json, 1 .pdf: not read); "), r.out)
        // Named on the command line, a file of a format not read is refused with the reason.
        let named = try run(["ingest", folder.appendingPathComponent("b.json").path])
        XCTAssertEqual(named.status, 1)
        XCTAssertEqual(named.err, "tailwatch: \(folder.appendingPathComponent("b.json").path): JSON files are not read; write one article per line as .jsonl\n")
    }

    func testAJSONLinesFeedGoesInOneArticleALineAndABadLineIsNamed() throws {
        let folder = dir.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let feed = folder.appendingPathComponent("wire.jsonl")
        try [
            #"{"url": "https://news.example/libya/falcon", "title": "Italian jet seen in Benghazi", "published": "2020-06-09T08:00:00+02:00", "text": "The Falcon 900LX I-DIEM flew yesterday from Rome Ciampino to Benghazi."}"#,
            #"{"body": "SU-BEY flew from Cairo to Benghazi the day before.", "date": "2020-07-19"}"#,
            #"{"url": "https://news.example/cut", "text": "5A-DCN flew from Tripoli"#,
            #"{"content": "OD-MEA flew from Beirut to Tripoli, Lebanon.", "date": "yesterday"}"#,
        ].joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let r = try run(["ingest", folder.path])
        XCTAssertEqual(r.status, 1, "a bad line fails the run: \(r.out)")
        XCTAssertTrue(r.out.hasPrefix("2 files read, 2 new, 0 unchanged, 0 re-read, 2 failed; "), r.out)
        XCTAssertEqual(r.err, "tailwatch: \(feed.path):3: not valid JSON\n"
            + "tailwatch: \(feed.path):4: date \"yesterday\" is not an ISO date (YYYY-MM-DD) or date-time\n")
        // The feed's date is the article's: "yesterday" is 8 June, "the day before" 18 July.
        func history(_ reg: String) throws -> [[String: Any]] {
            let r = try run(["history", reg, "--format", "jsonl"])
            XCTAssertEqual(r.status, 0, "\(reg): \(r.err)")
            return r.out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
        let diem = try history("I-DIEM")
        XCTAssertEqual(diem.map { $0["date"] as? String }, ["2020-06-08"])
        let source = try XCTUnwrap((diem.first?["sources"] as? [[String: Any]])?.first)
        XCTAssertEqual(source["path"] as? String, "https://news.example/libya/falcon", "the url is the article's path")
        let bey = try history("SU-BEY")
        XCTAssertEqual(bey.map { $0["date"] as? String }, ["2020-07-18"])
        XCTAssertEqual((bey.first?["sources"] as? [[String: Any]])?.first?["path"] as? String, "\(feed.path):2", "no url: file and line")
        XCTAssertEqual(try run(["history", "OD-MEA"]).status, 1, "the bad line's article did not go in")
        // The same feed again adds nothing; a fixed line goes in.
        XCTAssertTrue(try run(["ingest", feed.path]).out.hasPrefix("2 files read, 0 new, 2 unchanged"))
        let history = try run(["history", "I-DIEM", "--sources"]).out
        XCTAssertTrue(history.contains("[1] https://news.example/libya/falcon bytes "), history)
    }

    func testAnHTMLPageGoesInAsItsArticleTextTitleAndDate() throws {
        let folder = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = """
            <html><head><title>Jet lands | Site</title>
            <meta property="article:published_time" content="2020-06-09T08:00:00+02:00"></head>
            <body><nav><a href="/">SU-BEY flew from Cairo to Benghazi on 18 July 2020</a></nav>
            <script>var s = "I-NEMO flew from Rome to Tripoli on 1 June 2020";</script>
            <p>Trackers showed the Falcon 900LX <b>I-DIEM</b> flying yesterday from Rome Ciampino to Benghazi.</p></body></html>
            """
        try page.write(to: folder.appendingPathComponent("story.html"), atomically: true, encoding: .utf8)
        try page.write(to: dir.appendingPathComponent("named.htm"), atomically: true, encoding: .utf8)
        let r = try run(["ingest", folder.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("1 files read, 1 new"), r.out)
        // The date comes from the meta tag ("yesterday" is 8 June), the markup and the navigation stay out.
        let h = try run(["history", "I-DIEM", "--format", "jsonl"])
        XCTAssertTrue(h.out.contains("\"date\":\"2020-06-08\""), h.out)
        XCTAssertTrue(h.out.contains("LIRA") && h.out.contains("HLLB"), h.out)
        XCTAssertFalse(h.out.contains("<b>"), h.out)
        XCTAssertEqual(try run(["history", "SU-BEY"]).status, 1, "a link in the navigation became a flight")
        XCTAssertEqual(try run(["history", "I-NEMO"]).status, 1, "a script became a flight")
        // A named .htm file is read the same way (the same text: nothing new).
        XCTAssertTrue(try run(["ingest", dir.appendingPathComponent("named.htm").path]).out.contains("0 new, 1 unchanged"))
    }

    func testWatchIngestsFilesAsTheyArrive() throws {
        let inbox = dir.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = EndToEndTests.binary
        p.arguments = ["ingest", "--db", db, "--watch", inbox.path, "--interval", "0.2"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate(); p.waitUntilExit() } }

        /// Waits until `history reg` answers (the watcher ingested it), up to 30 s.
        func waitFor(_ reg: String) throws -> Bool {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if FileManager.default.fileExists(atPath: db), try run(["history", reg]).status == 0 { return true }
                Thread.sleep(forTimeInterval: 0.2)
            }
            return false
        }
        try "I-DIEM flew from Rome to Benghazi on 8 June 2020.".write(to: inbox.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try waitFor("I-DIEM"), "the first file was not ingested")
        // A second file later, in a subfolder: ingested too, while the first is left alone.
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("later"), withIntermediateDirectories: true)
        try "SU-BEY flew from Cairo to Benghazi on 18 July 2020.".write(to: inbox.appendingPathComponent("later/b.txt"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try waitFor("SU-BEY"), "the second file was not ingested")
        XCTAssertTrue(p.isRunning, "the watch stopped")
        // The summary line comes once the whole run is done (search index, labels), a moment
        // after the flight can be looked up: read until both lines are there (up to 30 s).
        let reader = out.fileHandleForReading
        let gotBoth = DispatchSemaphore(value: 0)
        let collected = LockedText()
        Thread.detachNewThread {
            while collected.lineCount < 2 {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                collected.append(chunk)
            }
            gotBoth.signal()
        }
        _ = gotBoth.wait(timeout: .now() + 30)
        p.terminate()
        p.waitUntilExit()
        let lines = collected.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "\(lines)")
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("1 files read, 1 new") }, "\(lines)")
    }
}

/// Text appended from one thread and read from another.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ d: Data) { lock.lock(); data.append(d); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
    var lineCount: Int { text.filter { $0 == "\n" }.count }
}
