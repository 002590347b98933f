import Foundation
import GRDB
@testable import TailwatchCore
import XCTest

final class EventStoreTests: TemporaryDirectoryTestCase {
    func testSameContentTwiceAddsNothingAndChangedContentReplacesTheOld() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let ingestor = Ingestor(store: store, knowledge: sharedKnowledge)
        let a = try write("a.txt", "date 2020-06-09\nFalcon 900LX I-DIEM from Rome Ciampino to Benghazi today.")
        var s = try ingestor.ingest(paths: [a])
        XCTAssertEqual(s.new, 1)
        XCTAssertEqual(try store.history(identifier: "idiem").count, 1)
        s = try ingestor.ingest(paths: [a])
        XCTAssertEqual(s.new, 0)
        XCTAssertEqual(s.unchanged, 1)
        XCTAssertEqual(try store.counts().articles, 1)

        // The same text at a second path is one article seen twice.
        let b = try write("b.txt", try String(contentsOfFile: a, encoding: .utf8))
        s = try ingestor.ingest(paths: [b])
        XCTAssertEqual(s.unchanged, 1)
        XCTAssertEqual(try store.counts().articles, 1)

        // a.txt changes: the new text goes in; the old article stays because b.txt holds it.
        _ = try write("a.txt", "date 2020-06-10\nFalcon 900LX I-NEMO from Rome Ciampino to Benghazi today.")
        s = try ingestor.ingest(paths: [a])
        XCTAssertEqual(s.new, 1)
        XCTAssertEqual(try store.counts().articles, 2)

        // b.txt changes too: nothing holds the first text any more, so it goes.
        _ = try write("b.txt", "nothing about aircraft")
        _ = try ingestor.ingest(paths: [b])
        XCTAssertEqual(try store.counts().articles, 2)
        XCTAssertTrue(try store.history(identifier: "I-DIEM").isEmpty)
        XCTAssertEqual(try store.history(identifier: "I‑NEMO").count, 1)
    }

    func testDateEvidenceIsStoredAndReadBack() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let a = try write("a.txt", "date 2020-06-09\nFalcon 900LX I-DIEM from Rome Ciampino to Benghazi yesterday.")
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [a])
        let e = try XCTUnwrap(store.history(identifier: "I-DIEM").first)
        XCTAssertEqual(e.date?.iso, "2020-06-08")
        XCTAssertEqual(e.dateEvidence?.basis, .relative)
        XCTAssertEqual(e.dateEvidence?.text, "yesterday")
        XCTAssertEqual(e.dateEvidence?.sha256, e.sources.first?.sha256)
        let json = EventFormatter.json(e).rendered()
        XCTAssertTrue(json.contains(#""date_evidence":{"basis":"relative""#), json)
    }

    func testTheSameFlightInTwoArticlesIsOneEventWithTwoSources() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let a = try write("a.txt", "date 2020-06-08\nI-DIEM landed in Benghazi today from Rome.")
        let b = try write("b.txt", "date 2020-06-09\nوهبطت الطائرة I-DIEM أمس في مطار بنينا")
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [a, b])
        let h = try store.history(identifier: "I-DIEM")
        XCTAssertEqual(h.count, 1)
        XCTAssertEqual(h.first?.sources.count, 2)
        XCTAssertEqual(h.first?.destination?.code, "HLLB")
    }

    /// Ingest marks the aircraft a batch touched and rebuilds their events later; the
    /// events must be the ones a rebuild after every batch gives, whatever the batch size.
    func testDeferredRebuildGivesTheEventsOfARebuildAfterEveryBatch() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Fixtures/articles").standardized.path
        let eager = try EventStore(path: dir.appendingPathComponent("eager.sqlite").path)
        let paths = ArticleReader.expand(paths: [fixtures]).files
        let extractor = ArticleExtractor(knowledge: sharedKnowledge)
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let sha = SHA256.hex(Array(text.utf8))
            try eager.write([EventStore.ArticleWrite(
                path: path, sha256: sha, text: text,
                extraction: extractor.extract(text: text, source: ArticleSource(path: path, sha256: sha)),
                version: ArticleExtractor.version)])
            try Timeline.rebuildPending(eager)
        }
        let lazy = try EventStore(path: dir.appendingPathComponent("lazy.sqlite").path)
        var ingestor = Ingestor(store: lazy, knowledge: sharedKnowledge)
        ingestor.batchSize = 5
        ingestor.firstRebuild = 2
        _ = try ingestor.ingest(paths: [fixtures])
        func rendered(_ store: EventStore) throws -> [String] {
            try store.allEvents().map { e in
                var e = e
                e.id = nil
                return EventFormatter.json(e).rendered()
            }.sorted()
        }
        XCTAssertGreaterThan(try eager.counts().events, 20)
        XCTAssertEqual(try rendered(lazy), try rendered(eager))
    }

    /// The store does not assemble: a rebuild hands an aircraft's observations, in the
    /// order they were stored, to the timeline it is given and writes back what it returns.
    func testARebuildWritesTheEventsTheGivenTimelineReturns() throws {
        let text = "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi today. I-DIEM landed in Benghazi today."
        let sha = SHA256.hex(Array(text.utf8))
        let extraction = ArticleExtractor(knowledge: sharedKnowledge).extract(text: text, source: ArticleSource(path: "a.txt", sha256: sha))
        let source = EventSource(file: "b.txt", path: "b.txt", sha256: String(repeating: "b", count: 64), start: 0, end: 1, snippet: "x")
        let told = FlightEvent(registration: "I-DIEM", date: EventDate(iso: "2020-06-09"), confidence: 0.5, sources: [source])
        let writes = [
            EventStore.ArticleWrite(path: "a.txt", sha256: sha, text: text, extraction: extraction, version: ArticleExtractor.version),
            EventStore.ArticleWrite(path: "b.txt", sha256: source.sha256, text: "x", reading: EventStore.ArticleReading(events: [told]), version: 1),
        ]
        let observed = extraction.events.filter { $0.identifier == "I-DIEM" } + [told]
        XCTAssertGreaterThan(Timeline.events(from: observed).count, 0)

        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        try store.write(writes)
        let seen = Failures()
        let rebuilt = try store.rebuildPending { observations in
            seen.add(observations.map { EventFormatter.json($0).rendered() }.joined(separator: "\n"))
            return observations.reversed().map { var e = $0; e.confidence = 0.25; return e }
        }
        XCTAssertEqual(rebuilt, 1)
        XCTAssertEqual(seen.list, [observed.map { EventFormatter.json($0).rendered() }.joined(separator: "\n")], "stored order")
        let stored = try store.history(identifier: "I-DIEM")
        XCTAssertEqual(stored.count, observed.count)
        XCTAssertEqual(Set(stored.map(\.confidence)), [0.25])
        XCTAssertEqual(try Timeline.rebuildPending(store), 0, "nothing left marked")

        let assembled = try EventStore(path: dir.appendingPathComponent("assembled.sqlite").path)
        try assembled.write(writes)
        try Timeline.rebuildPending(assembled)
        XCTAssertEqual(try assembled.history(identifier: "I-DIEM").map { EventFormatter.json($0).rendered() }.count,
                       Timeline.events(from: observed).count)
    }

    /// A run killed after a batch committed and before the rebuild leaves its aircraft
    /// marked; the next ingest rebuilds them first.
    func testAircraftLeftMarkedByAKilledRunAreRebuiltByTheNextIngest() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let text = "date 2020-06-09\nFalcon 900LX I-DIEM from Rome Ciampino to Benghazi today."
        let sha = SHA256.hex(Array(text.utf8))
        let extraction = ArticleExtractor(knowledge: sharedKnowledge).extract(text: text, source: ArticleSource(path: "a.txt", sha256: sha))
        try store.write([EventStore.ArticleWrite(path: "a.txt", sha256: sha, text: text, extraction: extraction,
                                                 version: ArticleExtractor.version)])
        XCTAssertTrue(try store.history(identifier: "I-DIEM").isEmpty)
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [])
        XCTAssertEqual(try store.history(identifier: "I-DIEM").count, 1)
        XCTAssertEqual(try Timeline.rebuildPending(store), 0)
    }

    /// Two ingests started together on a new database both migrate it: the one that loses
    /// the race must wait for the other's migration, not fail ("table article already exists").
    func testStoresOpenedAtOnceOnANewDatabaseAllSucceed() throws {
        for round in 0..<8 {
            let path = dir.appendingPathComponent("race-\(round).sqlite").path
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try EventStore(path: path) } catch { failures.add("\(error)") }
            }
            XCTAssertEqual(failures.list, [], "round \(round)")
        }
    }

    /// The statements `history`, `airport` and `events` run, built by the code that runs
    /// them, each searched through an index: no full scan of a table.
    func testHistoryAndBoardQueriesUseIndexes() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let june = try DateWindow(since: "2020-06", until: "2020-06-30")
        let hllb = PlaceSelection(label: "HLLB", codes: ["HLLB"], city: nil)
        let benghazi = PlaceSelection(label: "Benghazi, LY", codes: ["HLLB", "HLLQ"], city: ("Benghazi", "LY"))
        var statements: [(name: String, sql: String, args: [DatabaseValueConvertible])] = [
            ("history", EventStore.eventsSQL(where: "e.identifier_key = ?"), ["IDIEM"]),
            ("resolveIdentifier", EventStore.identifierExistsSQL, ["IDIEM"]),
            ("resolveIdentifier by code", EventStore.identifierByCodeSQL, ["896457", "896457"]),
            ("sources", EventStore.sourcesSQL(count: 3), [1, 2, 3]),
            ("sources of one", EventStore.sourcesSQL(count: 1), [1]),
        ]
        for end in ["origin", "destination"] {
            statements.append(("storedAirport \(end)", EventStore.storedAirportSQL(end: end), ["HLLB"]))
            statements.append(("storedCity \(end)", EventStore.storedCitySQL(end: end), ["Benghazi", "LY"]))
        }
        for (name, place, window) in [("board HLLB", hllb, DateWindow()), ("board Benghazi,LY", benghazi, DateWindow()),
                                      ("board HLLB in June 2020", hllb, june), ("board Benghazi,LY in June 2020", benghazi, june)]
        {
            let (clause, args) = try XCTUnwrap(EventStore.boardClause(place, window: window))
            statements.append((name, EventStore.eventsSQL(where: clause), args))
        }
        for s in statements {
            let plan = try store.queryPlan(s.sql, s.args)
            XCTAssertFalse(plan.contains { $0.hasPrefix("SCAN") && $0 != "SCAN CONSTANT ROW" }, "\(s.name): full scan: \(plan)")
            XCTAssertTrue(plan.contains { $0.hasPrefix("SEARCH") }, "\(s.name): \(plan)")
            if s.name.hasPrefix("board") {
                // Every branch of the union reads its index, never the table.
                XCTAssertEqual(plan.filter { $0.contains("USING COVERING INDEX event_") }.count, s.name.contains(",LY") ? 4 : 2,
                               "\(s.name): \(plan)")
            }
            if s.name.hasSuffix("June 2020") {
                XCTAssertTrue(plan.contains { $0.contains("date>") && $0.contains("date<") }, "\(s.name): the window is not in the index search: \(plan)")
            }
        }
    }

    /// The window narrows the board in SQL by year only; the exact window still decides.
    func testBoardWindowKeepsApproximateDates() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let a = try write("a.txt", "date 2020-06-09\nFalcon 900LX I-DIEM from Rome Ciampino to Benghazi today.")
        let b = try write("b.txt", "date 2021-01-09\nFalcon 900LX I-NEMO from Rome Ciampino to Benghazi today.")
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [a, b])
        let hllb = PlaceSelection(label: "HLLB", codes: ["HLLB"], city: nil)
        func board(_ since: String?, _ until: String?) throws -> [String] {
            try store.board(hllb, window: try DateWindow(since: since, until: until)).compactMap(\.identifier)
        }
        XCTAssertEqual(try board(nil, nil), ["I-DIEM", "I-NEMO"])
        XCTAssertEqual(try board("2020-06-09", "2020-06-09"), ["I-DIEM"])
        XCTAssertEqual(try board("2020-06-10", nil), ["I-NEMO"])
        XCTAssertEqual(try board(nil, "2020"), ["I-DIEM"])
        XCTAssertEqual(try board("2021", "2021-01"), ["I-NEMO"])
        XCTAssertEqual(try board("2019", "2019-12-31"), [])
    }

    func testACorruptDatabaseIsReportedNotOverwritten() throws {
        let p = try write("bad.sqlite", String(repeating: "not a database ", count: 200))
        XCTAssertThrowsError(try EventStore(path: p)) { e in
            XCTAssertTrue("\(e)".contains("not a tailwatch database"), "\(e)")
        }
        XCTAssertTrue(try String(contentsOfFile: p, encoding: .utf8).hasPrefix("not a database"))
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var list: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
