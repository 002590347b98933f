import Foundation
import GRDB

/// One aircraft as a public aircraft database knows it (OpenSky Network's
/// aircraftDatabase.csv columns): what links a hex address to a registration.
public struct RegistryRecord: Sendable, Hashable {
    public var icao24: String
    public var registration: String?
    public var typecode: String?
    public var model: String?
    public var manufacturer: String?
    public var operatorName: String?
    public var operatorCallsign: String?
    public var operatorICAO: String?
    public var owner: String?

    public init(icao24: String, registration: String? = nil, typecode: String? = nil, model: String? = nil,
                manufacturer: String? = nil, operatorName: String? = nil, operatorCallsign: String? = nil,
                operatorICAO: String? = nil, owner: String? = nil)
    {
        self.icao24 = icao24
        self.registration = registration
        self.typecode = typecode
        self.model = model
        self.manufacturer = manufacturer
        self.operatorName = operatorName
        self.operatorCallsign = operatorCallsign
        self.operatorICAO = operatorICAO
        self.owner = owner
    }
}

extension EventStore {
    /// Adds or replaces records (by hex address) in one transaction.
    public func importRegistry(_ records: [RegistryRecord], source: String) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try pool.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO aircraft_registry
                    (icao24, registration, registration_key, typecode, model, manufacturer, operator,
                     operator_callsign, operator_icao, owner, source, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for r in records {
                try statement.execute(arguments: [
                    r.icao24, r.registration, r.registration.map(Self.identifierKey), r.typecode, r.model, r.manufacturer,
                    r.operatorName, r.operatorCallsign, r.operatorICAO, r.owner, source, now,
                ])
            }
        }
    }

    /// What the imported database says of a registration or a hex address.
    public func registryRecord(for query: String) throws -> RegistryRecord? {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM aircraft_registry WHERE registration_key = ? LIMIT 1",
                                       arguments: [Self.identifierKey(query)])
                ?? (Self.isHexAddress(query)
                    ? Row.fetchOne(db, sql: "SELECT * FROM aircraft_registry WHERE icao24 = ?", arguments: [query.uppercased()])
                    : nil)
            return row.map { r in
                RegistryRecord(icao24: r["icao24"], registration: r["registration"], typecode: r["typecode"], model: r["model"],
                               manufacturer: r["manufacturer"], operatorName: r["operator"], operatorCallsign: r["operator_callsign"],
                               operatorICAO: r["operator_icao"], owner: r["owner"])
            }
        }
    }

    public func registryCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM aircraft_registry") ?? 0 }
    }

    /// The identifier a query names, whatever an analyst has in hand: itself when events
    /// are stored under it (a registration, a serial, or the callsign of a flight told with
    /// no registration); else the aircraft whose events carry it as their hex address or
    /// callsign (`896457`, `UAF1223`); else the registration of a hex address (from the
    /// imported database, or computed for the US civil block); else the query unchanged.
    public func resolveIdentifier(_ query: String) throws -> String {
        let key = Self.identifierKey(query)
        let (stored, carrier) = try pool.read { db in
            let stored = try Bool.fetchOne(db, sql: Self.identifierExistsSQL, arguments: [key]) ?? false
            return (stored, stored ? nil : try String.fetchOne(db, sql: Self.identifierByCodeSQL, arguments: [key, key]))
        }
        if let carrier { return carrier }
        guard !stored, Self.isHexAddress(query) else { return query }
        if let reg = try registryRecord(for: query)?.registration { return reg }
        return USRegistryAddress.nNumber(ofHex: query.uppercased()) ?? query
    }

    /// `resolveIdentifier`'s statement (tests check its query plan).
    static let identifierExistsSQL = "SELECT EXISTS(SELECT 1 FROM event WHERE identifier_key = ?)"

    /// The aircraft whose events carry a hex address or callsign (both stored upper case,
    /// letters and digits, as the key is); the one with most events when several do.
    static let identifierByCodeSQL = """
        SELECT identifier FROM event WHERE icao_hex = ? OR callsign = ?
        GROUP BY identifier ORDER BY count(*) DESC, identifier LIMIT 1
        """

    static func isHexAddress(_ s: String) -> Bool {
        s.count == 6 && s.allSatisfy(\.isHexDigit)
    }
}
