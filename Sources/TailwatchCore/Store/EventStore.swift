import Foundation
import GRDB

/// Errors a user can act on, each one line.
public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(String, String)
    case notATailwatchDatabase(String)
    case newerSchema(String, [String])

    public var description: String {
        switch self {
        case .newerSchema(let path, let unknown):
            return "\(path): written by a newer tailwatch (schema \(unknown.sorted().joined(separator: ", "))); upgrade tailwatch to read it"
        case .cannotOpen(let path, let why): return "\(path): cannot open database: \(why)"
        case .notATailwatchDatabase(let path): return "\(path): not a tailwatch database (corrupt or another file)"
        }
    }
}

/// The SQLite file: articles, the paths they were seen at, what was read from
/// them, and the merged events the reports query.
public final class EventStore: Sendable {
    public let path: String
    let pool: DatabasePool

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.cannotOpen(path, "it is a directory")
        }
        do {
            pool = try Self.retryingWhileBusy {
                let pool = try DatabasePool(path: path, configuration: config)
                // A newer tailwatch's migrations are unknown here: refuse rather than guess.
                let migrator = Schema.migrator
                let applied = try pool.read { try migrator.appliedIdentifiers($0) }
                let unknown = applied.subtracting(migrator.migrations)
                if !unknown.isEmpty { throw StoreError.newerSchema(path, Array(unknown)) }
                // Up to date (every query command on an ingested database): no write transaction to open.
                if !applied.isSuperset(of: migrator.migrations) { try Self.migrate(pool) }
                return pool
            }
        } catch let e as DatabaseError where e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CORRUPT {
            throw StoreError.notATailwatchDatabase(path)
        } catch let e as DatabaseError {
            throw StoreError.cannotOpen(path, Self.reason(e))
        }
    }

    /// Runs `open` again while SQLite answers "database is locked" without waiting: while
    /// another process turns a new file into a WAL database, a connection can get
    /// SQLITE_BUSY that the busy timeout does not cover. Up to 10 s.
    static func retryingWhileBusy<T>(_ open: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(10)
        while true {
            do {
                return try open()
            } catch let e as DatabaseError where (e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED) && Date() < deadline {
                usleep(20_000)
            }
        }
    }

    /// Applies the migrations this database lacks. GRDB reads which are applied before it
    /// opens each migration's transaction, so two processes opening one new database at
    /// once can both start the same migration; the second fails ("table … already exists",
    /// "duplicate column name"; a migration that only writes rows, such as
    /// "v6-search-in-ingest", fails recording itself: "UNIQUE constraint failed:
    /// grdb_migrations.identifier") with its transaction rolled back, by which time the
    /// first has committed it: when the applied migrations grew meanwhile, it tries again.
    static func migrate(_ pool: DatabasePool) throws {
        for attempt in 0... {
            let before = try pool.read { try Schema.migrator.appliedIdentifiers($0) }
            do {
                try Schema.migrator.migrate(pool)
                return
            } catch let e as DatabaseError where (e.resultCode == .SQLITE_ERROR || e.resultCode == .SQLITE_CONSTRAINT) && attempt < 20 {
                let after = try pool.read { try Schema.migrator.appliedIdentifiers($0) }
                guard after.count > before.count else { throw e }
            }
        }
    }

    /// SQLite's message, with what to do about a read-only file.
    static func reason(_ e: DatabaseError) -> String {
        let message = e.message ?? "\(e.resultCode)"
        return e.resultCode == .SQLITE_READONLY ? message + " (no write permission on the file, its -wal/-shm or its folder)" : message
    }

    // MARK: Articles

    /// What the database holds for a path and a content hash.
    public struct Known: Sendable {
        public var shaAtPath: String?
        public var articleVersion: Int?
        /// The stored article's date and how it was chosen (`given` for `ingest --date`).
        public var articleDate: String?
        public var articleDateBasis: String?

        /// Whether an ingest given `date` must read the stored article again: it is stored,
        /// and not already dated with exactly that given date.
        public func needsRedate(to date: EventDate?) -> Bool {
            guard let date, articleVersion != nil else { return false }
            return !(articleDate == date.iso && articleDateBasis == "given")
        }
    }

    public func known(path: String, sha256: String) throws -> Known {
        try pool.read { db in
            let atPath = try String.fetchOne(db, sql: "SELECT sha256 FROM article_path WHERE path = ?", arguments: [path])
            let row = try Row.fetchOne(db, sql: "SELECT extractor_version, article_date, article_date_basis FROM article WHERE sha256 = ?",
                                       arguments: [sha256])
            return Known(shaAtPath: atPath, articleVersion: row?[0], articleDate: row?[1], articleDateBasis: row?[2])
        }
    }

    /// What was read from one article, as the store keeps it: its events (those with an
    /// identifier are its observations) and its own date. Ingest makes it from an
    /// extraction (`init(_: ArticleExtraction)` in Ingest/): the store speaks only the model.
    public struct ArticleReading: Sendable {
        public var events: [FlightEvent]
        /// The article's own date (`YYYY-MM-DD`…), how it was chosen (`header`, `given`…),
        /// a header date the text contradicts, and how far the date is trusted.
        public var date: String?
        public var dateBasis: String?
        public var headerConflict: String?
        public var dateConfidence: Double?

        public init(events: [FlightEvent], date: String? = nil, dateBasis: String? = nil, headerConflict: String? = nil,
                    dateConfidence: Double? = nil)
        {
            self.events = events
            self.date = date
            self.dateBasis = dateBasis
            self.headerConflict = headerConflict
            self.dateConfidence = dateConfidence
        }
    }

    /// One article to write, with what was read from it.
    public struct ArticleWrite: Sendable {
        public var path: String
        public var sha256: String
        public var text: String
        /// nil: the article is stored already and read by this version; only its path is written.
        public var reading: ArticleReading?
        public var version: Int
        /// The reading's observations (events with an identifier) as stored, encoded
        /// where the write is made (ingest's extraction threads) rather than by the one
        /// writer; nil when an event would not encode (the writer then encodes and throws).
        var observations: [(identifier: String, payload: String)]?
        /// The text as the search index holds it (`Document.fold`), folded where the write
        /// is made (the extraction threads) for an article the writer may be storing anew;
        /// nil when there is no reading (the article is stored already, and indexed).
        var searchBody: String?

        public init(path: String, sha256: String, text: String, reading: ArticleReading?, version: Int) {
            self.path = path
            self.sha256 = sha256
            self.text = text
            self.reading = reading
            self.version = version
            if let reading {
                observations = try? EventStore.encodeObservations(reading.events)
                searchBody = ArticleSearchIndex.body(text)
            }
        }
    }

    /// An article's events with an identifier, each as the JSON the observation table holds.
    static func encodeObservations(_ events: [FlightEvent]) throws -> [(identifier: String, payload: String)] {
        let encoder = JSONEncoder()
        return try events.compactMap { e in
            guard let id = e.identifier else { return nil }
            return (id, String(decoding: try encoder.encode(e), as: UTF8.self))
        }
    }

    /// Writes a batch in one transaction: each article with its text, path and
    /// observations, all or nothing. Returns how many aircraft the batch touched.
    ///
    /// The touched aircraft are marked (`pending_rebuild`, in the same transaction) and
    /// `rebuildPending(timeline:)` brings their events up to date later: rebuilding an
    /// aircraft reads all its observations, so doing it for every batch made a long ingest
    /// quadratic in the articles a busy aircraft appears in.
    ///
    /// Each new article goes into the search index: in this transaction, or, given a
    /// `searchBacklog`, into the backlog, which is added to the index in this transaction
    /// once it holds `SearchBacklog.limit` bytes, and by `flushSearchBacklog` (ingest's
    /// writer, at its end). The index then grows in chunks of a couple of megabytes rather
    /// than a batch at a time: FTS5 commits a segment per transaction and merges them, and
    /// per-batch segments made the index cost about twice as much CPU as one bulk build.
    @discardableResult
    public func write(_ batch: [ArticleWrite], searchBacklog: SearchBacklog? = nil) throws -> Int {
        try pool.write { db in
            var affected = Set<String>()
            let now = ISO8601DateFormatter().string(from: Date())
            for a in batch {
                // A path whose content changed lets go of its old article.
                if let old = try String.fetchOne(db.cachedStatement(sql: "SELECT sha256 FROM article_path WHERE path = ?"), arguments: [a.path]),
                   old != a.sha256
                {
                    try db.execute(sql: "DELETE FROM article_path WHERE path = ?", arguments: [a.path])
                    let still = try Int.fetchOne(db, sql: "SELECT count(*) FROM article_path WHERE sha256 = ?", arguments: [old]) ?? 0
                    if still == 0 {
                        affected.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT identifier FROM observation WHERE sha256 = ?", arguments: [old]))
                        try db.execute(sql: "DELETE FROM article WHERE sha256 = ?", arguments: [old])
                    }
                }
                if let reading = a.reading {
                    affected.formUnion(try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT identifier FROM observation WHERE sha256 = ?"),
                                                           arguments: [a.sha256]))
                    try db.cachedStatement(sql: "DELETE FROM observation WHERE sha256 = ?").execute(arguments: [a.sha256])
                    let stored = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM article WHERE sha256 = ?"), arguments: [a.sha256])
                    try db.cachedStatement(sql: """
                        INSERT INTO article (sha256, text, byte_count, extractor_version, article_date, article_date_basis, header_conflict,
                            ingested_at, article_date_confidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(sha256) DO UPDATE SET extractor_version = excluded.extractor_version,
                            previous_article_date = CASE WHEN excluded.article_date_basis = 'given'
                                AND coalesce(article.article_date_basis, '') != 'given'
                                THEN coalesce(article.article_date, 'none') || ' (' || coalesce(article.article_date_basis, 'undated') || ')'
                                ELSE article.previous_article_date END,
                            article_date = excluded.article_date, article_date_basis = excluded.article_date_basis,
                            header_conflict = excluded.header_conflict, article_date_confidence = excluded.article_date_confidence
                        """).execute(arguments: [a.sha256, a.text, a.text.utf8.count, a.version, reading.date,
                                         reading.dateBasis, reading.headerConflict, now, reading.dateConfidence])
                    // A new article goes into the search index (issue 14: whole when ingest
                    // ends); a stored one (read again) keeps its row: its text is the same.
                    if stored == nil {
                        let row = SearchBacklog.Row(rowID: db.lastInsertedRowID, sha256: a.sha256,
                                                    body: a.searchBody ?? ArticleSearchIndex.body(a.text))
                        if let searchBacklog { searchBacklog.append(row) } else {
                            try ArticleSearchIndex.add(db, rowID: row.rowID, sha256: row.sha256, body: row.body)
                        }
                    }
                    let insert = try db.cachedStatement(sql: "INSERT INTO observation (sha256, identifier, payload) VALUES (?, ?, ?)")
                    for (id, json) in try a.observations ?? Self.encodeObservations(reading.events) {
                        try insert.execute(arguments: [a.sha256, id, json])
                        affected.insert(id)
                    }
                }
                try db.cachedStatement(sql: """
                    INSERT INTO article_path (path, sha256, seen_at) VALUES (?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, seen_at = excluded.seen_at
                    """).execute(arguments: [a.path, a.sha256, now])
            }
            let mark = try db.cachedStatement(sql: "INSERT OR IGNORE INTO pending_rebuild (identifier) VALUES (?)")
            for id in affected { try mark.execute(arguments: [id]) }
            if let searchBacklog, searchBacklog.bytes >= SearchBacklog.limit { try searchBacklog.flush(db) }
            return affected.count
        }
    }

    /// Adds what `backlog` holds to the search index, in one transaction.
    public func flushSearchBacklog(_ backlog: SearchBacklog) throws {
        guard !backlog.isEmpty else { return }
        try pool.write { db in try backlog.flush(db) }
    }

    /// Indexes the stored articles the search index lacks (those a killed ingest stored
    /// without adding them); returns how many.
    @discardableResult
    public func indexPendingSearch() throws -> Int {
        guard try pool.read({ try ArticleSearchIndex.hasPending($0) }) else { return 0 }
        return try pool.write { db in try ArticleSearchIndex.indexPending(db) }
    }

    /// How the events of one aircraft follow from its observations (oldest first): the
    /// assembly's business, given by the caller (ingest's `Timeline.events`), so that the
    /// store only reads observations and writes events.
    public typealias TimelineBuilder = @Sendable (_ observations: [FlightEvent]) -> [FlightEvent]

    /// Rebuilds the events of every aircraft a write marked, a few hundred aircraft per
    /// transaction: reads each one's observations, hands them to `timeline`, and replaces
    /// its events with what it returns; each chunk's events and unmarking commit together,
    /// in the transaction that read the observations. Returns how many were rebuilt.
    @discardableResult
    public func rebuildPending(timeline: TimelineBuilder) throws -> Int {
        var total = 0
        while true {
            let n = try pool.write { db -> Int in
                let ids = try String.fetchAll(db, sql: "SELECT identifier FROM pending_rebuild ORDER BY identifier LIMIT 256")
                try rebuildEvents(db, identifiers: Set(ids), timeline: timeline)
                let unmark = try db.cachedStatement(sql: "DELETE FROM pending_rebuild WHERE identifier = ?")
                for id in ids { try unmark.execute(arguments: [id]) }
                return ids.count
            }
            total += n
            if n == 0 { return total }
        }
    }

    /// Articles read by an older extractor, to be read again.
    public func staleArticles(version: Int) throws -> [(sha256: String, path: String, text: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.sha256, a.text, (SELECT min(path) FROM article_path p WHERE p.sha256 = a.sha256) AS path
                FROM article a WHERE a.extractor_version < ? ORDER BY a.sha256
                """, arguments: [version]).map { ($0["sha256"], $0["path"] ?? "", $0["text"]) }
        }
    }

    /// Every identifier's events, rebuilt from its observations in all articles.
    ///
    /// The observations are read here, decoded and given to `timeline` on all cores (each
    /// aircraft's alone, so the result is the same as one by one), and the events inserted
    /// here in the aircraft's order.
    func rebuildEvents(_ db: Database, identifiers: Set<String>, timeline: TimelineBuilder) throws {
        let ids = identifiers.sorted()
        let select = try db.cachedStatement(sql: "SELECT payload FROM observation WHERE identifier = ? ORDER BY id")
        let payloads = try ids.map { try String.fetchAll(select, arguments: [$0]) }
        let rebuilt = parallelMap(Array(payloads.indices)) { i -> Result<[FlightEvent], Error> in
            Result { timeline(try Self.decodeObservations(payloads[i])) }
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM event WHERE identifier = ?")
        for (id, events) in zip(ids, rebuilt) {
            try delete.execute(arguments: [id])
            for e in try events.get() { try insert(db, e) }
        }
    }

    /// Observations from the JSON the observation table holds, in the given order.
    static func decodeObservations(_ payloads: [String]) throws -> [FlightEvent] {
        let decoder = JSONDecoder()
        return try payloads.map { try decoder.decode(FlightEvent.self, from: Data($0.utf8)) }
    }

    private func insert(_ db: Database, _ e: FlightEvent) throws {
        let id = e.identifier ?? ""
        var values: [DatabaseValueConvertible?] = [
            e.kind.rawValue, id, Self.identifierKey(id), e.registration, e.registrationCountry, e.aircraftType,
            e.typeDesignator, e.operatorName,
        ]
        for p in [e.origin, e.destination] {
            values += [p?.code, p?.level.rawValue, p?.icao, p?.iata, p?.name, p?.city, p?.country, p?.timeZone]
        }
        values += [e.date?.iso, e.date?.precision.rawValue, e.timeUTC, e.timeKind?.rawValue, e.callsign, e.icaoHex,
                   e.confidence, e.sources.count]
        let d = e.dateEvidence
        values += [d?.basis.rawValue, d?.sha256, d?.start, d?.end, d?.text, d?.weekdayMismatch == true ? 1 : 0, d?.orderAmbiguous == true ? 1 : 0]
        try db.cachedStatement(sql: """
            INSERT INTO event (kind, identifier, identifier_key, registration, registration_country, aircraft_type,
                type_designator, operator,
                origin_code, origin_level, origin_icao, origin_iata, origin_name, origin_city, origin_country, origin_tz,
                destination_code, destination_level, destination_icao, destination_iata, destination_name,
                destination_city, destination_country, destination_tz,
                date, date_precision, time_utc, time_kind, callsign, icao_hex, confidence, source_count,
                date_basis, date_evidence_sha256, date_evidence_start, date_evidence_end, date_evidence_text, date_weekday_mismatch,
                date_order_ambiguous)
            VALUES (\(Array(repeating: "?", count: values.count).joined(separator: ",")))
            """).execute(arguments: StatementArguments(values.map { $0?.databaseValue ?? .null }))
        let eventID = db.lastInsertedRowID
        let source = try db.cachedStatement(sql: """
            INSERT INTO event_source (event_id, ordinal, file, path, sha256, start, "end", snippet)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in e.sources.enumerated() {
            try source.execute(arguments: [eventID, i, s.file, s.path, s.sha256, s.start, s.end, s.snippet])
        }
    }

    /// A registration's search key: upper case, letters and digits only (I-DIEM, IDIEM, i‑diem).
    public static func identifierKey(_ s: String) -> String {
        String(TextFolding.key(s).uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    // MARK: Queries

    /// One aircraft's events, oldest first; undated last.
    public func history(identifier: String) throws -> [FlightEvent] {
        try fetchEvents(where: "e.identifier_key = ?", [Self.identifierKey(identifier)])
    }

    /// Events that arrive at or leave any of the given airport codes or city (name, country).
    /// An airport the stored events name by its code or IATA code, without the gazetteer:
    /// lets `airport HLLB` answer without loading the tables. Uses the code indexes.
    public func storedAirport(code: String) throws -> Place? {
        let c = code.uppercased()
        return try pool.read { db in
            for end in ["origin", "destination"] {
                if let row = try Row.fetchOne(db, sql: Self.storedAirportSQL(end: end), arguments: [c]) {
                    return Place(level: .airport, code: row[0], icao: row[1], iata: row[2], name: row[3], city: row[4], country: row[5])
                }
            }
            return nil
        }
    }

    /// The airport codes the events name in a city given by its stored (GeoNames English)
    /// name and its country, or nil when no event starts or ends there: `airport
    /// Benghazi,LY` answered without loading the gazetteer (0.6 s). Uses the city indexes.
    public func storedCity(named name: String, country: String) throws -> [String]? {
        try pool.read { db in
            var codes = Set<String>()
            var found = false
            for end in ["origin", "destination"] {
                for code in try Optional<String>.fetchAll(db, sql: Self.storedCitySQL(end: end), arguments: [name, country.uppercased()]) {
                    found = true
                    if let code { codes.insert(code) }
                }
            }
            return found ? codes.sorted() : nil
        }
    }

    /// `storedAirport`'s statement for one end ("origin" or "destination").
    static func storedAirportSQL(end: String) -> String {
        "SELECT \(end)_code, \(end)_icao, \(end)_iata, \(end)_name, \(end)_city, \(end)_country FROM event "
            + "WHERE \(end)_code = ? AND \(end)_level = 'airport' LIMIT 1"
    }

    /// `storedCity`'s statement for one end ("origin" or "destination").
    static func storedCitySQL(end: String) -> String {
        "SELECT DISTINCT \(end)_code FROM event WHERE \(end)_city = ? AND \(end)_country = ?"
    }

    /// Events that arrive at or leave a place (its airport codes, or the city itself),
    /// within a date window. Uses the code and city indexes.
    public func board(_ place: PlaceSelection, window: DateWindow = DateWindow()) throws -> [FlightEvent] {
        guard let (clause, args) = Self.boardClause(place, window: window) else { return [] }
        // The window is applied exactly here rather than in SQL: an approximate date overlaps it or not.
        return window.filter(try fetchEvents(where: clause, args).filter { place.matches($0.origin) || place.matches($0.destination) })
    }

    /// The WHERE clause and arguments of `board`: the ids from the code and city indexes,
    /// and, when the window has bounds, only the dates that may fall inside it, read from
    /// the same index (each ends with the date): a month of a busy airport reads that month.
    /// Stored dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so in text order a date may be on
    /// or after `since` when it is at or after it or one of its prefixes (`2020`, `2020-06`
    /// for `2020-06-15`), and on or before `until` when it sorts before `until` + "~"
    /// (`2020-06-30` and `2020-06` for `2020-06`). `window.filter` still decides after.
    /// nil: nothing to ask.
    static func boardClause(_ place: PlaceSelection, window: DateWindow) -> (String, [DatabaseValueConvertible])? {
        var clauses: [String] = []
        var args: [DatabaseValueConvertible] = []
        var dateClause = ""
        var dateArgs: [DatabaseValueConvertible] = []
        if let since = window.since {
            let iso = since.iso, year = String(iso.prefix(4)), month = String(iso.prefix(7))
            dateClause += " AND e.date >= ? AND (e.date >= ? OR e.date IN (?, ?))"
            dateArgs += [year, iso, year, month]
        }
        if let until = window.until {
            dateClause += " AND e.date < ?"
            dateArgs.append(until.iso + "~")
        }
        let codes = place.codes.sorted()
        if !codes.isEmpty {
            let marks = Array(repeating: "?", count: codes.count).joined(separator: ",")
            clauses.append("e.origin_code IN (\(marks))")
            args += codes + dateArgs
            clauses.append("e.destination_code IN (\(marks))")
            args += codes + dateArgs
        }
        if let city = place.city {
            clauses.append("(e.origin_city = ? AND e.origin_country = ?)")
            args += [city.name, city.country] + dateArgs
            clauses.append("(e.destination_city = ? AND e.destination_country = ?)")
            args += [city.name, city.country] + dateArgs
        }
        guard !clauses.isEmpty else { return nil }
        return ("e.id IN (" + clauses.map { "SELECT id FROM event e WHERE \($0)\(dateClause)" }.joined(separator: " UNION ") + ")", args)
    }

    public func allEvents() throws -> [FlightEvent] {
        try fetchEvents(where: "1", [])
    }

    /// The event columns `event(from:)` reads, by position (GRDB's by-name lookup lowercases
    /// the name on every access: it was a third of a board's time).
    static let eventColumns = """
        e.id, e.kind, e.registration, e.registration_country, e.aircraft_type, e.type_designator, e.operator,
        e.origin_level, e.origin_code, e.origin_icao, e.origin_iata, e.origin_name, e.origin_city, e.origin_country, e.origin_tz,
        e.destination_level, e.destination_code, e.destination_icao, e.destination_iata, e.destination_name,
        e.destination_city, e.destination_country, e.destination_tz,
        e.date, e.time_utc, e.time_kind, e.callsign, e.icao_hex, e.confidence,
        e.date_basis, e.date_evidence_sha256, e.date_evidence_start, e.date_evidence_end, e.date_evidence_text,
        e.date_weekday_mismatch, e.date_order_ambiguous
        """

    /// The statement `fetchEvents` runs for a WHERE clause (tests check its query plan).
    static func eventsSQL(where clause: String) -> String {
        """
        SELECT \(eventColumns) FROM event e WHERE \(clause)
        ORDER BY e.date IS NULL, e.date, e.time_utc IS NULL, e.time_utc, e.identifier, e.id
        """
    }

    /// The statement that reads the sources of `count` events.
    static func sourcesSQL(count: Int) -> String {
        let marks = count == 1 ? "?" : "?" + String(repeating: ",?", count: count - 1)
        return "SELECT event_id, file, path, sha256, start, \"end\", snippet FROM event_source WHERE event_id IN (\(marks)) ORDER BY event_id, ordinal"
    }

    func fetchEvents(where clause: String, _ args: [DatabaseValueConvertible]) throws -> [FlightEvent] {
        try pool.read { db in
            var events: [FlightEvent] = []
            let rows = try Row.fetchCursor(db, sql: Self.eventsSQL(where: clause), arguments: StatementArguments(args))
            while let r = try rows.next() { events.append(Self.event(from: r)) }
            guard !events.isEmpty else { return events }
            // Sources in one statement per 500 events (SQLite's default limit on variables is
            // far above; 500 keeps statements small), read by position.
            var position: [Int64: Int] = [:]
            position.reserveCapacity(events.count)
            for (i, e) in events.enumerated() { position[e.id!] = i }
            let ids = events.map { $0.id! }
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let rows = try Row.fetchCursor(db, sql: Self.sourcesSQL(count: part.count), arguments: StatementArguments(part))
                while let r = try rows.next() {
                    guard let i = position[r[0]] else { continue }
                    events[i].sources.append(EventSource(file: r[1], path: r[2], sha256: r[3], start: r[4], end: r[5], snippet: r[6]))
                }
            }
            return events
        }
    }

    /// One event from a row of `eventColumns`.
    static func event(from r: Row) -> FlightEvent {
        func place(_ i: Int) -> Place? {
            guard let level: String = r[i], let l = PlaceLevel(rawValue: level) else { return nil }
            return Place(level: l, code: r[i + 1], icao: r[i + 2], iata: r[i + 3], name: r[i + 4],
                         city: r[i + 5], country: r[i + 6], timeZone: r[i + 7])
        }
        return FlightEvent(
            id: r[0], kind: EventKind(rawValue: r[1]) ?? .flight, registration: r[2],
            registrationCountry: r[3], aircraftType: r[4],
            typeDesignator: r[5], operatorName: r[6], origin: place(7),
            destination: place(15), date: (r[23] as String?).flatMap(EventDate.init(iso:)),
            dateEvidence: (r[29] as String?).flatMap(DateEvidence.Basis.init(rawValue:)).map { basis in
                DateEvidence(sha256: r[30] ?? "", start: r[31], end: r[32],
                             text: r[33] ?? "", basis: basis, weekdayMismatch: (r[34] as Int?) == 1,
                             orderAmbiguous: (r[35] as Int?) == 1)
            },
            timeUTC: r[24], timeKind: (r[25] as String?).flatMap(TimeKind.init(rawValue:)),
            callsign: r[26], icaoHex: r[27], confidence: r[28])
    }

    /// Every aircraft with its events' span.
    public struct AircraftSummary: Sendable {
        public var identifier: String
        public var country: String?
        public var type: String?
        public var operatorName: String?
        public var flights: Int
        public var mentions: Int
        public var firstSeen: String?
        public var lastSeen: String?
    }

    public func aircraft() throws -> [AircraftSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT identifier, \(AircraftCountry.countrySQL) AS country,
                       (SELECT aircraft_type FROM event x WHERE x.identifier = e.identifier AND aircraft_type IS NOT NULL LIMIT 1) AS type,
                       (SELECT operator FROM event x WHERE x.identifier = e.identifier AND operator IS NOT NULL LIMIT 1) AS op,
                       sum(kind = 'flight') AS flights, sum(kind = 'mention') AS mentions,
                       min(date) AS first, max(date) AS last
                FROM event e WHERE identifier NOT LIKE 'type:%' GROUP BY identifier ORDER BY identifier
                """).map {
                AircraftSummary(identifier: $0["identifier"], country: $0["country"], type: $0["type"], operatorName: $0["op"],
                                flights: $0["flights"], mentions: $0["mentions"], firstSeen: $0["first"], lastSeen: $0["last"])
            }
        }
    }

    /// The file names (last path component) each stored article was seen at, by SHA-256,
    /// in path order: one article stands for every identical file ingested.
    public func fileNamesByArticle() throws -> [String: [String]] {
        try pool.read { db in
            var out: [String: [String]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT sha256, path FROM article_path ORDER BY sha256, path")
            while let r = try rows.next() {
                out[r[0], default: []].append(((r[1] as String) as NSString).lastPathComponent)
            }
            return out
        }
    }

    /// Counts for the ingest summary.
    public func counts() throws -> (articles: Int, events: Int, aircraft: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE kind = 'flight'") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT identifier) FROM event") ?? 0)
        }
    }

    /// The query plan SQLite picks for a statement (tests check no full scans).
    public func queryPlan(_ sql: String, _ args: [DatabaseValueConvertible]) throws -> [String] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(args)).map { $0["detail"] }
        }
    }
}
