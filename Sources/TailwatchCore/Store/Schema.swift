import GRDB

/// The database schema, one migration per version. Never edit a shipped
/// migration: add a new one.
public enum Schema {
    public static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    sha256 TEXT PRIMARY KEY NOT NULL,
                    text TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    extractor_version INTEGER NOT NULL,
                    article_date TEXT,
                    article_date_basis TEXT,
                    header_conflict TEXT,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE article_path (
                    path TEXT PRIMARY KEY NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES article(sha256) ON DELETE CASCADE,
                    seen_at TEXT NOT NULL
                );
                CREATE INDEX article_path_sha256 ON article_path(sha256);

                -- What one article says about one aircraft: the legs as read, the truth
                -- events are rebuilt from.
                CREATE TABLE observation (
                    id INTEGER PRIMARY KEY,
                    sha256 TEXT NOT NULL REFERENCES article(sha256) ON DELETE CASCADE,
                    identifier TEXT NOT NULL,
                    payload TEXT NOT NULL
                );
                CREATE INDEX observation_identifier ON observation(identifier);
                CREATE INDEX observation_sha256 ON observation(sha256);

                -- Flights and mentions, merged across articles.
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    identifier TEXT NOT NULL,
                    identifier_key TEXT NOT NULL,
                    registration TEXT,
                    registration_country TEXT,
                    aircraft_type TEXT,
                    type_designator TEXT,
                    operator TEXT,
                    origin_code TEXT, origin_level TEXT, origin_icao TEXT, origin_iata TEXT,
                    origin_name TEXT, origin_city TEXT, origin_country TEXT, origin_tz TEXT,
                    destination_code TEXT, destination_level TEXT, destination_icao TEXT, destination_iata TEXT,
                    destination_name TEXT, destination_city TEXT, destination_country TEXT, destination_tz TEXT,
                    date TEXT,
                    date_precision TEXT,
                    time_utc TEXT,
                    time_kind TEXT,
                    callsign TEXT,
                    icao_hex TEXT,
                    confidence REAL NOT NULL,
                    source_count INTEGER NOT NULL
                );
                CREATE INDEX event_identifier ON event(identifier_key, date);
                CREATE INDEX event_origin_code ON event(origin_code, date);
                CREATE INDEX event_destination_code ON event(destination_code, date);
                CREATE INDEX event_origin_city ON event(origin_city, origin_country, date);
                CREATE INDEX event_destination_city ON event(destination_city, destination_country, date);

                CREATE TABLE event_source (
                    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    file TEXT NOT NULL,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    snippet TEXT NOT NULL,
                    PRIMARY KEY (event_id, ordinal)
                );
                CREATE INDEX event_source_sha256 ON event_source(sha256);
                """)
        }
        m.registerMigration("v2-search") { db in
            // Full-text search (see ArticleSearchIndex): one row per article, sharing its
            // rowid, holding the folded text; filled here for the articles already stored.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE article_search USING fts5(sha256 UNINDEXED, body, tokenize = 'trigram');
                CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
                    DELETE FROM article_search WHERE rowid = old.rowid;
                END;
                """)
            let rows = try Row.fetchCursor(db, sql: "SELECT rowid, sha256, text FROM article")
            let insert = try db.makeStatement(sql: "INSERT INTO article_search (rowid, sha256, body) VALUES (?, ?, ?)")
            while let r = try rows.next() {
                try insert.execute(arguments: [r["rowid"] as Int64, r["sha256"] as String, Document.fold(r["text"] as String)])
            }
        }
        // Where each event's date was read (issue 4): the expression's byte span in which
        // article, its text and how the date follows from it; and how far the article's own
        // date is trusted.
        m.registerMigration("v3-date-evidence") { db in
            try db.execute(sql: """
                ALTER TABLE event ADD COLUMN date_basis TEXT;
                ALTER TABLE event ADD COLUMN date_evidence_sha256 TEXT;
                ALTER TABLE event ADD COLUMN date_evidence_start INTEGER;
                ALTER TABLE event ADD COLUMN date_evidence_end INTEGER;
                ALTER TABLE event ADD COLUMN date_evidence_text TEXT;
                ALTER TABLE event ADD COLUMN date_weekday_mismatch INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE event ADD COLUMN date_order_ambiguous INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE article ADD COLUMN article_date_confidence REAL;
                """)
        }
        // Aircraft imported from a public aircraft database (`tailwatch import-aircraft`).
        m.registerMigration("v4-aircraft-registry") { db in
            try db.execute(sql: """
                CREATE TABLE aircraft_registry (
                    icao24 TEXT PRIMARY KEY NOT NULL,
                    registration TEXT,
                    registration_key TEXT,
                    typecode TEXT,
                    model TEXT,
                    manufacturer TEXT,
                    operator TEXT,
                    operator_callsign TEXT,
                    operator_icao TEXT,
                    owner TEXT,
                    source TEXT NOT NULL,
                    imported_at TEXT NOT NULL
                );
                CREATE INDEX aircraft_registry_registration ON aircraft_registry(registration_key);
                """)
        }
        // Aircraft whose events an ingest has not rebuilt yet (written with the batch that
        // made them stale; rebuilt at the end of the run, or by the next ingest after a crash).
        m.registerMigration("v5-pending-rebuild") { db in
            try db.execute(sql: "CREATE TABLE pending_rebuild (identifier TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
        }
        // `history 896457`, `history UAF1223`: an aircraft looked up by the hex address or
        // the callsign its events carry (`EventStore.resolveIdentifier`).
        m.registerMigration("desk-code-indexes") { db in
            try db.execute(sql: """
                CREATE INDEX event_icao_hex ON event(icao_hex) WHERE icao_hex IS NOT NULL;
                CREATE INDEX event_callsign ON event(callsign) WHERE callsign IS NOT NULL;
                """)
        }
        // `ingest --date` on a stored article: the date it had before the user's, with its
        // basis (`2020-06-10 (header)`, `none (undated)`), kept when the given one replaces it.
        m.registerMigration("desk-previous-article-date") { db in
            try db.execute(sql: "ALTER TABLE article ADD COLUMN previous_article_date TEXT")
        }
        // Search ready when ingest ends (issue 14): ingest now adds each new article to
        // the search index as it stores it; a database written before indexed its articles
        // at the first search, so the ones it still lacks are indexed here, once.
        // FTS5 merges its segments less often (automerge 16 segments of a level instead of
        // 4, crisismerge 64 instead of 16): ingest commits a small segment per batch, and
        // merging them four at a time was a third of the index's cost (3.5 → 2.4 s of CPU
        // for 16 MB of dense articles in 64-article transactions). Results are the same: the
        // rows, ranks and counts do not depend on how the segments are merged.
        m.registerMigration("v6-search-in-ingest") { db in
            try db.execute(sql: """
                INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16);
                INSERT INTO article_search (article_search, rank) VALUES ('crisismerge', 64);
                """)
            try ArticleSearchIndex.indexPending(db)
        }
        // The `flights` view (issue 15): one readable row per flight, for Datasette and for
        // sqlite3, with the labels the reports print and both ends' positions. The labels and
        // positions come from the built-in tables, which SQL cannot read: they are kept in
        // flight_place and flight_type for the places and types the events name, and written
        // again after every ingest (`EventStore.replaceFlightLabels`).
        m.registerMigration("desk-flights-view") { db in
            try db.execute(sql: """
                CREATE TABLE flight_place (
                    key TEXT PRIMARY KEY NOT NULL,
                    label TEXT NOT NULL,
                    latitude REAL,
                    longitude REAL
                ) WITHOUT ROWID;
                CREATE TABLE flight_type (
                    key TEXT PRIMARY KEY NOT NULL,
                    label TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE VIEW flights AS
                SELECT e.id AS id,
                       e.identifier AS aircraft,
                       e.registration AS registration,
                       e.registration_country AS registry_country,
                       coalesce(t.label, e.aircraft_type, e.type_designator) AS type,
                       e.type_designator AS type_designator,
                       e.aircraft_type AS type_as_written,
                       e.operator AS operator,
                       e.date AS date,
                       e.date_precision AS date_precision,
                       e.time_utc AS time_utc,
                       coalesce(o.label, e.origin_name, e.origin_city, e.origin_country) AS origin,
                       e.origin_code AS origin_code,
                       e.origin_country AS origin_country,
                       o.latitude AS origin_lat,
                       o.longitude AS origin_lon,
                       coalesce(d.label, e.destination_name, e.destination_city, e.destination_country) AS destination,
                       e.destination_code AS destination_code,
                       e.destination_country AS destination_country,
                       d.latitude AS destination_lat,
                       d.longitude AS destination_lon,
                       CASE WHEN d.latitude IS NOT NULL THEN d.latitude ELSE o.latitude END AS latitude,
                       CASE WHEN d.latitude IS NOT NULL THEN d.longitude ELSE o.longitude END AS longitude,
                       round(e.confidence * 100 + 1e-9) / 100.0 AS confidence,
                       e.source_count AS sources,
                       (SELECT s.path FROM event_source s WHERE s.event_id = e.id ORDER BY s.ordinal LIMIT 1) AS first_source,
                       (SELECT s.snippet FROM event_source s WHERE s.event_id = e.id ORDER BY s.ordinal LIMIT 1) AS first_snippet
                FROM event e
                LEFT JOIN flight_place o ON o.key = CASE e.origin_level
                    WHEN 'airport' THEN 'airport:' || coalesce(e.origin_code, e.origin_icao, '')
                    WHEN 'city' THEN 'city:' || coalesce(e.origin_city, e.origin_name, '') || '|' || coalesce(e.origin_country, '')
                    WHEN 'country' THEN 'country:' || coalesce(e.origin_country, '') END
                LEFT JOIN flight_place d ON d.key = CASE e.destination_level
                    WHEN 'airport' THEN 'airport:' || coalesce(e.destination_code, e.destination_icao, '')
                    WHEN 'city' THEN 'city:' || coalesce(e.destination_city, e.destination_name, '') || '|' || coalesce(e.destination_country, '')
                    WHEN 'country' THEN 'country:' || coalesce(e.destination_country, '') END
                LEFT JOIN flight_type t ON t.key = coalesce(e.type_designator, '') || '|' || coalesce(e.aircraft_type, '')
                WHERE e.kind = 'flight';
                """)
        }
        return m
    }
}
