import Foundation
import GRDB

/// Full-text search over the articles' text (SQLite FTS5, trigram tokenizer).
///
/// The index holds each article's folded text (`Document.fold`: Arabic letter forms
/// unified, harakat dropped, Arabic-Indic digits as ASCII), so `بنغازى` finds `بنغازي`.
/// Trigrams match inside words, which Arabic needs: `بنغازي` is found in `وبنغازي` and
/// `ببنغازي`, where a word tokenizer would miss the clitic forms. Rows share the
/// article's rowid, so deleting an article drops its row (trigger of "v2-search").
///
/// Ingest adds the new articles' rows as it stores them (`EventStore.write`, the text
/// folded on the extraction threads, added a couple of megabytes at a time through a
/// `SearchBacklog`), so the index is complete when ingest ends and the first search only
/// queries it. Before schema "v6-search-in-ingest" the first search after an ingest
/// indexed what the ingest had stored (233 s after 300k articles); that migration indexes
/// what such a database still lacks, and `indexPending` stays as the catch-up for
/// anything stored without a row (an ingest killed before adding its backlog: the next
/// ingest, or a search, adds them).
public enum ArticleSearchIndex {
    /// An article's text as the index holds it: `Document.fold(text)`, written as UTF-8
    /// bytes (ASCII copied as it is) instead of appended scalar by scalar, which made
    /// folding a tenth of the index's cost.
    static func body(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 -> String in
            if !utf8.contains(where: { $0 >= 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            func put(_ s: Unicode.Scalar) { out.append(contentsOf: UTF8.encode(s)!) }
            var decoder = UTF8()
            var bytes = utf8.makeIterator()
            while case .scalarValue(let s) = decoder.decode(&bytes) {
                if s.value < 0x80 { out.append(UInt8(s.value)); continue }
                switch TextFolding.fold(s) {
                case .keep: put(s)
                case .drop: break
                case .replace(let r): put(r)
                case .expand(let list): list.forEach(put)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Adds one article's row (its rowid in `article`, its hash, its folded text).
    static func add(_ db: Database, rowID: Int64, sha256: String, body: String) throws {
        try db.cachedStatement(sql: "INSERT INTO article_search (rowid, sha256, body) VALUES (?, ?, ?)")
            .execute(arguments: [rowID, sha256, body])
    }

    /// Whether some article has no row in the index yet: one with a rowid above the
    /// index's highest (a new article always gets one). Two rowid lookups.
    static func hasPending(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT (SELECT coalesce(max(rowid), 0) FROM article) > (SELECT coalesce(max(rowid), 0) FROM article_search)
            """) ?? false
    }

    /// Indexes the articles stored since the index was last brought up to date: those
    /// with a rowid above the index's highest. Returns how many articles it indexed (0
    /// after any ingest by this version).
    @discardableResult
    static func indexPending(_ db: Database) throws -> Int {
        let high = try Int64.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM article_search") ?? 0
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, sha256, text FROM article WHERE rowid > ? ORDER BY rowid", arguments: [high])
        var count = 0
        while let r = try rows.next() {
            try add(db, rowID: r["rowid"], sha256: r["sha256"], body: body(r["text"]))
            count += 1
        }
        return count
    }

    /// Whether the index holds a row for the article with this rowid.
    static func hasRow(_ db: Database, rowID: Int64) throws -> Bool {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM article_search WHERE rowid = ?"), arguments: [rowID]) != nil
    }

    /// The words of a query as an FTS5 expression (every word must occur), folded as
    /// the index is. Words under three characters cannot be looked up by trigrams and
    /// are left out; nil when nothing is left.
    public static func matchExpression(_ query: String) -> (expression: String, words: [String])? {
        let words = Document.fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init).filter { $0.count >= 3 }
        guard !words.isEmpty else { return nil }
        return (words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " "), words)
    }
}

/// New articles stored but not yet added to the search index, with their folded text, in
/// the order stored (ascending rowids): ingest's writer adds them a couple of megabytes at
/// a time (`EventStore.write(_:searchBacklog:)`). Used by one writer at a time.
public final class SearchBacklog: @unchecked Sendable {
    struct Row {
        var rowID: Int64
        var sha256: String
        var body: String
    }

    /// Bytes of folded text held before they are added (about 1,300 dense articles):
    /// large enough that FTS5's segments and merges cost about what one bulk build does,
    /// small enough to stay a few megabytes of memory.
    public static let limit = 2_000_000

    private var rows: [Row] = []
    private(set) var bytes = 0

    public init() {}

    public var isEmpty: Bool { rows.isEmpty }

    func append(_ row: Row) {
        rows.append(row)
        bytes += row.body.utf8.count
    }

    /// Adds the held rows to the index in `db`'s transaction and empties the backlog. A row
    /// whose article is gone (its path now holds other content) or which the index holds
    /// already (a search made meanwhile indexes what it finds missing) is passed over.
    func flush(_ db: Database) throws {
        let alive = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE rowid = ? AND sha256 = ?")
        for r in rows where try Bool.fetchOne(alive, arguments: [r.rowID, r.sha256]) != nil {
            if try !ArticleSearchIndex.hasRow(db, rowID: r.rowID) {
                try ArticleSearchIndex.add(db, rowID: r.rowID, sha256: r.sha256, body: r.body)
            }
        }
        rows = []
        bytes = 0
    }
}

/// One article a search found: where it was read, the text around the first match
/// (the original text, not the folded one) and the events read from it.
public struct ArticleHit: Sendable {
    public var sha256: String
    public var paths: [String]
    /// UTF-8 byte range of the first match in the article text, when it could be placed.
    public var match: ByteRange?
    /// `… text before «match» text after …`, one line.
    public var excerpt: String
    public var events: [FlightEvent]
}

/// A search error the user can act on, one line.
public struct SearchError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

extension EventStore {
    /// Articles containing every word of `query` (best match first, at most `limit`), and
    /// how many articles match in all.
    public func search(_ query: String, limit: Int = 20) throws -> (hits: [ArticleHit], total: Int) {
        guard let (expression, words) = ArticleSearchIndex.matchExpression(query) else {
            throw SearchError(description: "\(query): give at least one word of three or more characters")
        }
        // Ingest keeps the index whole; should an article lack its row, it is indexed
        // first. A database opened read-only is searched as it is.
        if (try? pool.read({ try ArticleSearchIndex.hasPending($0) })) ?? false {
            _ = try? pool.write { db in try ArticleSearchIndex.indexPending(db) }
        }
        let rows: [(sha: String, text: String)]
        let total: Int
        (rows, total) = try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article_search WHERE article_search MATCH ?", arguments: [expression]) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.sha256, a.text FROM article_search s JOIN article a ON a.rowid = s.rowid
                WHERE article_search MATCH ? ORDER BY s.rank, a.sha256 LIMIT ?
                """, arguments: [expression, limit]).map { ($0["sha256"] as String, $0["text"] as String) }
            return (rows, total)
        }
        var hits: [ArticleHit] = []
        for r in rows {
            let paths = try pool.read { db in
                try String.fetchAll(db, sql: "SELECT path FROM article_path WHERE sha256 = ? ORDER BY path", arguments: [r.sha])
            }
            let ids = try pool.read { db in
                try Int64.fetchAll(db, sql: "SELECT DISTINCT event_id FROM event_source WHERE sha256 = ?", arguments: [r.sha])
            }
            let events = ids.isEmpty ? [] : try fetchEvents(
                where: "e.id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))", ids)
            let doc = Document(r.text)
            let found = (doc.folded as NSString).range(of: words[0], options: [.caseInsensitive])
            let match = found.location == NSNotFound ? nil : doc.byteRange(found)
            hits.append(ArticleHit(sha256: r.sha, paths: paths, match: match, excerpt: Self.excerpt(doc, match), events: events))
        }
        return (hits, total)
    }

    /// About 70 characters either side of the match, the match in «», whitespace collapsed.
    static func excerpt(_ doc: Document, _ match: ByteRange?, context: Int = 70) -> String {
        guard let match else { return doc.snippet(ByteRange(0, doc.byteCount), limit: 2 * context) }
        func oneLine(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        let before = doc.text(in: ByteRange(0, match.start)), after = doc.text(in: ByteRange(match.end, doc.byteCount))
        let head = before.count > context ? "…" + String(before.suffix(context)) : before
        let tail = after.count > context ? String(after.prefix(context)) + "…" : after
        let lead = before.last?.isWhitespace == true ? " " : "", trail = after.first?.isWhitespace == true ? " " : ""
        return oneLine(head) + lead + "«" + doc.text(in: match) + "»" + trail + oneLine(tail)
    }
}
