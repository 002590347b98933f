import Foundation

/// ICAO codes airports went by before their current ones (`airport_former_codes.tsv`).
public struct FormerAirportCodes: Sendable {
    /// Former code → current code.
    public let current: [String: String]

    static let schema = TableSchema(columns: ["code", "former", "source"], required: ["code", "former", "source"])

    init(_ table: DataTable) throws {
        try Self.schema.validate(table)
        var map: [String: String] = [:]
        for row in table.records() {
            guard map[row["former"]] == nil else { throw KnowledgeError.malformed(table.name, "former code \(row["former"]) listed twice") }
            map[row["former"]] = row["code"]
        }
        current = map
    }

    /// Whether `code` names the airport whose current code is `airport` (the same code, or a former one).
    public func names(_ code: String, airport: String) -> Bool { code == airport || current[code] == airport }

    /// Loaded on first use; the table ships with the binary, so a bad row is a build defect and stops here loudly.
    public static let shared: FormerAirportCodes = {
        do { return try FormerAirportCodes(try DataTable.resource("airport_former_codes")) } catch {
            fatalError("airport_former_codes.tsv: \(error)")
        }
    }()
}
