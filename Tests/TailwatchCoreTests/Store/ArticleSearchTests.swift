import Foundation
import GRDB
@testable import TailwatchCore
import XCTest

final class ArticleSearchTests: TemporaryDirectoryTestCase {
    func testFindsWordsInEnglishAndArabicWithTheEventsOfEachHit() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let a = try write("a.txt", "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi today.")
        let b = try write("b.txt", "date 2020-06-09\nوهبطت الطائرة I-NEMO أمس في مطار بنينا ببنغازي")
        let c = try write("c.txt", "Nothing about aircraft here, only the weather in Benghazi.")
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [a, b, c])

        let english = try store.search("BENGHAZI")
        XCTAssertEqual(english.total, 2, "case does not matter")
        XCTAssertEqual(Set(english.hits.flatMap(\.paths)), [a, c])
        let hitA = try XCTUnwrap(english.hits.first { $0.paths == [a] })
        XCTAssertEqual(hitA.events.map(\.identifier), ["I-DIEM"])
        XCTAssertTrue(hitA.excerpt.contains("«Benghazi»"), hitA.excerpt)
        XCTAssertTrue(english.hits.first { $0.paths == [c] }?.events.isEmpty ?? false)

        // ى for ي and the clitic ب in front: the folded trigram index finds both.
        let arabic = try store.search("بنغازى")
        XCTAssertEqual(arabic.hits.map(\.paths), [[b]])
        XCTAssertEqual(arabic.hits[0].events.map(\.identifier), ["I-NEMO"])
        let match = try XCTUnwrap(arabic.hits[0].match)
        let text = try String(contentsOfFile: b, encoding: .utf8)
        XCTAssertEqual(String(decoding: Array(text.utf8)[match.start..<match.end], as: UTF8.self), "بنغازي", "offsets point into the original text")

        XCTAssertEqual(try store.search("Falcon Benghazi").total, 1, "every word must occur")
        XCTAssertEqual(try store.search("Tripoli").total, 0)
        XCTAssertThrowsError(try store.search("to in"))
    }

    func testAnArticleNoPathHoldsAnyMoreLeavesTheIndex() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let ingestor = Ingestor(store: store, knowledge: sharedKnowledge)
        let a = try write("a.txt", "I-DIEM flew from Rome to Benghazi on 8 June 2020.")
        _ = try ingestor.ingest(paths: [a])
        XCTAssertEqual(try store.search("Benghazi").total, 1)
        _ = try write("a.txt", "I-DIEM flew from Rome to Misrata on 9 June 2020.")
        _ = try ingestor.ingest(paths: [a])
        XCTAssertEqual(try store.search("Benghazi").total, 0)
        XCTAssertEqual(try store.search("Misrata").total, 1)
    }

    func testMigrationV2BackFillsArticlesStoredBefore() throws {
        let path = dir.appendingPathComponent("old.sqlite").path
        // A database as the v1 schema left it, with one article in it.
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO article (sha256, text, byte_count, extractor_version, ingested_at)
                VALUES ('abc', 'Il-76 RA-76846 landed at Benina, Benghazi.', 42, 1, '2026-11-26')
                """)
        }
        try queue.close()
        let store = try EventStore(path: path)
        XCTAssertEqual(try store.search("Benina").hits.map(\.sha256), ["abc"])
    }

    /// Issue 14: ingest leaves the index whole, so the first search has nothing to index.
    func testSearchRightAfterIngestFindsEveryArticleWithoutIndexing() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        let ingestor = Ingestor(store: store, knowledge: sharedKnowledge)
        let a = try write("a.txt", "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi today.")
        let b = try write("b.txt", "date 2020-06-09\nوهبطت الطائرة I-NEMO أمس في مطار بنينا ببنغازي")
        _ = try ingestor.ingest(paths: [a, b])
        // Read again (same content under a second path, and a re-read of a stored article): no second row.
        let c = try write("c.txt", "date 2020-06-09\nFalcon 900LX I-DIEM flew from Rome Ciampino to Benghazi today.")
        _ = try ingestor.ingest(paths: [c])
        func counts() throws -> (articles: Int, indexed: Int, pending: Bool) {
            try store.pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? -1,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM article_search") ?? -1,
                 try ArticleSearchIndex.hasPending(db))
            }
        }
        let before = try counts()
        XCTAssertEqual(before.articles, 2)
        XCTAssertEqual(before.indexed, 2, "each article indexed once, by ingest")
        XCTAssertFalse(before.pending)
        let indexedRows = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT s.body, a.text FROM article_search s JOIN article a ON a.rowid = s.rowid")
        }
        for r in indexedRows { XCTAssertEqual(r[0] as String, Document.fold(r[1] as String), "the folded text, under the article's rowid") }
        XCTAssertEqual(try store.pool.write { try ArticleSearchIndex.indexPending($0) }, 0, "a search would index nothing")

        XCTAssertEqual(Set(try store.search("Benghazi").hits.flatMap(\.paths)), [a, c])
        XCTAssertEqual(try store.search("بنغازى").hits.map(\.paths), [[b]])
    }

    /// A database from before "v6-search-in-ingest" whose last articles were never searched
    /// for: the migration indexes them, so the rows ingest adds after them leave no gap.
    func testMigrationV6IndexesArticlesAnOlderIngestLeftForTheFirstSearch() throws {
        let path = dir.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "desk-previous-article-date")
        try queue.write { db in
            for (sha, text) in [("abc", "Il-76 RA-76846 landed at Benina, Benghazi."), ("def", "An An-26 flew to Misrata from Benghazi.")] {
                try db.execute(sql: """
                    INSERT INTO article (sha256, text, byte_count, extractor_version, ingested_at)
                    VALUES (?, ?, 1, 1, '2026-11-26')
                    """, arguments: [sha, text])
                try db.execute(sql: "INSERT INTO article_path (path, sha256, seen_at) VALUES (?, ?, '2026-11-26')", arguments: [sha + ".txt", sha])
            }
            // The first was indexed by a search; the second came after it.
            try db.execute(sql: "INSERT INTO article_search (rowid, sha256, body) SELECT rowid, sha256, text FROM article WHERE sha256 = 'abc'")
        }
        try queue.close()
        let store = try EventStore(path: path)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article_search") }, 2)
        let a = try write("a.txt", "I-DIEM flew from Rome to Benghazi on 8 June 2020.")
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [a])
        XCTAssertEqual(try store.pool.write { try ArticleSearchIndex.indexPending($0) }, 0)
        XCTAssertEqual(Set(try store.search("Benghazi").hits.map(\.sha256)).count, 3)
        XCTAssertEqual(try store.search("Misrata").hits.map(\.sha256), ["def"])
    }

    func testTheIndexBodyIsTheFoldedText() throws {
        for text in ["", "plain ASCII, I-DIEM to HLLB", "وهبطت الطائرة أمس في مطار بنينا ببنغازى ١٨ يوليو", "ـمُطارِ\u{200F} «x» – Ḥaftar ‐ 2020",
                     "RA‑76846 landed; ﻻ ﷲ 🙂 e\u{301}"] {
            XCTAssertEqual(ArticleSearchIndex.body(text), Document.fold(text), text)
        }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Fixtures/articles").standardized.path
        let files = ArticleReader.expand(paths: [fixtures]).files
        XCTAssertGreaterThan(files.count, 20)
        for path in files {
            let text = try XCTUnwrap(try? String(contentsOfFile: path, encoding: .utf8), path)
            XCTAssertEqual(ArticleSearchIndex.body(text), Document.fold(text), path)
        }
    }

    /// Ingest's writer adds new articles to the index from a backlog: an article gone
    /// before it is added is passed over, and one a search indexed meanwhile is not added twice.
    func testABacklogPassesOverGoneArticlesAndRowsASearchAdded() throws {
        let store = try EventStore(path: dir.appendingPathComponent("db.sqlite").path)
        func article(_ path: String, _ text: String) -> EventStore.ArticleWrite {
            EventStore.ArticleWrite(path: path, sha256: SHA256.hex(Array(text.utf8)), text: text,
                                    reading: EventStore.ArticleReading(events: []), version: 1)
        }
        func rows() throws -> (articles: Int, indexed: Int) {
            try store.pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? -1, try Int.fetchOne(db, sql: "SELECT count(*) FROM article_search") ?? -1)
            }
        }
        let backlog = SearchBacklog()
        try store.write([article("a.txt", "An Il-76 landed at Benghazi.")], searchBacklog: backlog)
        XCTAssertEqual(try rows().indexed, 0, "held in the backlog")
        XCTAssertFalse(backlog.isEmpty)
        XCTAssertEqual(try store.search("Benghazi").total, 1, "a search indexes what the index lacks")
        try store.write([article("b.txt", "An An-26 flew to Misrata.")], searchBacklog: backlog)
        try store.write([article("b.txt", "An An-26 flew to Tobruk.")], searchBacklog: backlog)  // b.txt's first text is gone
        try store.flushSearchBacklog(backlog)
        XCTAssertTrue(backlog.isEmpty)
        XCTAssertEqual(try rows().articles, 2)
        XCTAssertEqual(try rows().indexed, 2)
        XCTAssertEqual(try store.search("Misrata").total, 0)
        XCTAssertEqual(try store.search("Tobruk").total, 1)
        XCTAssertEqual(try store.indexPendingSearch(), 0)

        // A backlog never added (a killed ingest): the next ingest indexes what it stored.
        try store.write([article("c.txt", "A C-130 left Sirte.")], searchBacklog: SearchBacklog())
        XCTAssertEqual(try rows().indexed, 2)
        _ = try Ingestor(store: store, knowledge: sharedKnowledge).ingest(paths: [])
        XCTAssertEqual(try rows().indexed, 3)
        XCTAssertEqual(try store.search("Sirte").total, 1)
    }
}
