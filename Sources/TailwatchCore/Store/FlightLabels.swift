import GRDB

/// What the `flights` view shows for one place or one type: the rows of flight_place and
/// flight_type (see the `desk-flights-view` migration).
public struct FlightPlaceLabel: Sendable, Equatable {
    public var key: String
    public var label: String
    public var latitude: Double?
    public var longitude: Double?

    public init(key: String, label: String, latitude: Double? = nil, longitude: Double? = nil) {
        self.key = key
        self.label = label
        self.latitude = latitude
        self.longitude = longitude
    }
}

public struct FlightTypeLabel: Sendable, Equatable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

extension EventStore {
    /// The key the view joins a place on: `airport:HLLB`, `city:Tripoli|LY`, `country:LY`
    /// (the same expression as the view's SQL).
    public static func flightPlaceKey(_ p: Place) -> String {
        switch p.level {
        case .airport: return "airport:" + (p.code ?? p.icao ?? "")
        case .city: return "city:" + (p.city ?? p.name ?? "") + "|" + (p.country ?? "")
        case .country: return "country:" + (p.country ?? "")
        }
    }

    /// The key the view joins a type on: the designator and the words written, `F900|داسو فالكون 900`.
    public static func flightTypeKey(designator: String?, written: String?) -> String {
        (designator ?? "") + "|" + (written ?? "")
    }

    /// Every place the stored flights name and every (designator, words written) pair any
    /// event names (mentions too: `aircraft` labels their types), once each.
    public func flightPlacesAndTypes() throws -> (places: [Place], types: [(designator: String?, written: String?)]) {
        try pool.read { db in
            var places: [Place] = []
            for end in ["origin", "destination"] {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT DISTINCT \(end)_level, \(end)_code, \(end)_icao, \(end)_iata, \(end)_name, \(end)_city, \(end)_country
                    FROM event WHERE kind = 'flight' AND \(end)_level IS NOT NULL
                    """)
                for r in rows {
                    guard let level = PlaceLevel(rawValue: r[0]) else { continue }
                    places.append(Place(level: level, code: r[1], icao: r[2], iata: r[3], name: r[4], city: r[5], country: r[6]))
                }
            }
            let types = try Row.fetchAll(db, sql: """
                SELECT DISTINCT type_designator, aircraft_type FROM event
                WHERE type_designator IS NOT NULL OR aircraft_type IS NOT NULL
                """).map { (designator: $0[0] as String?, written: $0[1] as String?) }
            return (places, types)
        }
    }

    /// Replaces the view's labels and positions in one transaction (a place named twice keeps its first row).
    public func replaceFlightLabels(places: [FlightPlaceLabel], types: [FlightTypeLabel]) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM flight_place")
            try db.execute(sql: "DELETE FROM flight_type")
            let place = try db.makeStatement(sql: "INSERT OR IGNORE INTO flight_place (key, label, latitude, longitude) VALUES (?, ?, ?, ?)")
            for p in places { try place.execute(arguments: [p.key, p.label, p.latitude, p.longitude]) }
            let type = try db.makeStatement(sql: "INSERT OR IGNORE INTO flight_type (key, label) VALUES (?, ?)")
            for t in types { try type.execute(arguments: [t.key, t.label]) }
        }
    }

    /// The label of each type as an article wrote it (`داسو فالكون 900` → `F900 Dassault Falcon 900`),
    /// from flight_type, for lists that know only the words written (`aircraft`).
    public func typeLabelsByWrittenType() throws -> [String: String] {
        try pool.read { db in
            var labels: [String: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT key, label FROM flight_type ORDER BY key") {
                let key: String = r[0]
                guard let bar = key.firstIndex(of: "|") else { continue }
                let written = String(key[key.index(after: bar)...])
                if !written.isEmpty, labels[written] == nil { labels[written] = r[1] }
            }
            return labels
        }
    }
}
