import Foundation
import GRDB
@testable import TailwatchCore
import XCTest

/// Ingest extracts on several threads while one writer commits; what it stores must be
/// what one thread reading the articles one after another stores.
final class ConcurrentIngestTests: TemporaryDirectoryTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Fixtures").standardized

    /// Every observation in write order and every event with its sources (ids left
    /// out: rebuilds at different moments number them differently).
    private func contents(_ store: EventStore) throws -> (observations: [String], events: [String]) {
        let observations = try observationDump(store)
        let events = try store.allEvents().map { e in
            var e = e
            e.id = nil
            return EventFormatter.json(e).rendered()
        }.sorted()
        return (observations, events)
    }

    /// The same text in files of different batches: whatever the writer has committed when
    /// the later batch is read, the later file is not read again, as when one batch is
    /// written before the next is read; the events name the first file.
    func testTheSameTextInALaterBatchIsNotReadAgainWhateverTheWritersTiming() throws {
        let text = "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi today."
        var paths: [String] = []
        for name in ["a.txt", "b.txt", "c.txt", "d.txt"] {
            let url = dir.appendingPathComponent(name)
            try (name == "c.txt" ? "An An-26 5A-DOB flew from Tripoli to Misrata today." : text).write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        for round in 0..<6 {
            let store = try EventStore(path: dir.appendingPathComponent("db-\(round).sqlite").path)
            var ingestor = Ingestor(store: store, knowledge: sharedKnowledge)
            ingestor.batchSize = 1
            let summary = try ingestor.ingest(paths: paths)
            XCTAssertEqual([summary.new, summary.unchanged, summary.reextracted], [2, 2, 0], "round \(round)")
            XCTAssertEqual(try store.history(identifier: "I-DIEM").flatMap { $0.sources.map(\.file) }, ["a.txt"], "round \(round)")
        }
    }

    func testConcurrentIngestStoresWhatASequentialOneStores() throws {
        let paths = ["seeds", "articles", "blind"].map { Self.fixtures.appendingPathComponent($0).path }
        let sequentialStore = try EventStore(path: dir.appendingPathComponent("sequential.sqlite").path)
        var sequential = Ingestor(store: sequentialStore, knowledge: sharedKnowledge)
        sequential.workers = 1
        sequential.batchSize = 1
        let s1 = try sequential.ingest(paths: paths)

        let concurrentStore = try EventStore(path: dir.appendingPathComponent("concurrent.sqlite").path)
        var concurrent = Ingestor(store: concurrentStore, knowledge: sharedKnowledge)
        concurrent.workers = 4  // more threads than this machine's cores: they interleave
        concurrent.batchSize = 7
        concurrent.firstRebuild = 1  // rebuilds while later batches are still being written
        let s2 = try concurrent.ingest(paths: paths)

        XCTAssertEqual(s1.line, s2.line)
        XCTAssertGreaterThan(s1.events, 50)
        let a = try contents(sequentialStore), b = try contents(concurrentStore)
        XCTAssertGreaterThan(a.observations.count, 50)
        assertSameLines(a.observations, b.observations, "observations")
        assertSameLines(a.events, b.events, "events")
    }

    /// The pool keeps the order of its input whatever thread finishes first.
    func testParallelMapKeepsOrder() {
        let items = Array(0..<500)
        let out = parallelMap(items, workers: 3) { i -> Int in
            if i % 7 == 0 { usleep(200) }  // some items slower than others
            return i * 2
        }
        XCTAssertEqual(out, items.map { $0 * 2 })
        XCTAssertEqual(parallelMap(items, workers: 1) { $0 + 1 }, items.map { $0 + 1 })
    }
}

/// Two dumps equal, or a failure showing their sizes and the first lines that differ.
func assertSameLines(_ a: [String], _ b: [String], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    guard a != b else { return }
    let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    XCTFail("\(what): \(a.count) vs \(b.count) lines; first difference at \(i):\n\(i < a.count ? a[i] : "-")\n\(i < b.count ? b[i] : "-")",
            file: file, line: line)
}

/// Every observation in write order (ids included: they give the order events are merged
/// in), its JSON read and written again with sorted keys (JSONEncoder writes an object's
/// keys in an order of its own, which may differ from one encoding to the next).
func observationDump(_ store: EventStore) throws -> [String] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return try store.pool.read { db in
        try Row.fetchAll(db, sql: "SELECT id, sha256, identifier, payload FROM observation ORDER BY id").map { r in
            let event = try JSONDecoder().decode(FlightEvent.self, from: Data((r["payload"] as String).utf8))
            return "\(r["id"] as Int64) \(r["sha256"] as String) \(r["identifier"] as String) " + String(decoding: try encoder.encode(event), as: UTF8.self)
        }
    }
}
