import Foundation

/// What a data table must hold: its columns, the ones no row may leave empty, and the
/// values a column allows. A bad row fails loudly when the table loads, naming the table,
/// the row and the reason, instead of being read as nothing.
public struct TableSchema: Sendable {
    public var columns: [String]
    public var required: Set<String>
    public var allowed: [String: Set<String>]
    /// Columns whose value must be a whole number when present.
    public var integers: Set<String>

    public init(columns: [String], required: Set<String> = [], allowed: [String: Set<String>] = [:], integers: Set<String> = []) {
        self.columns = columns
        self.required = required
        self.allowed = allowed
        self.integers = integers
    }

    /// Throws for the first column missing from the header or the first row that breaks a rule.
    public func validate(_ table: DataTable) throws {
        for c in columns where !table.columns.contains(c) {
            throw KnowledgeError.malformed(table.name, "no column \(c) (columns: \(table.columns.joined(separator: ", ")))")
        }
        for (n, record) in table.records().enumerated() {
            let row = n + 1
            for c in required where record[c].isEmpty {
                throw KnowledgeError.malformed(table.name, "row \(row): \(c) is empty")
            }
            for (c, values) in allowed where !record[c].isEmpty && !values.contains(record[c]) {
                throw KnowledgeError.malformed(table.name, "row \(row): \(c) '\(record[c])' is not one of \(values.sorted().joined(separator: ", "))")
            }
            for c in integers where !record[c].isEmpty && Int(record[c]) == nil {
                throw KnowledgeError.malformed(table.name, "row \(row): \(c) '\(record[c])' is not a whole number")
            }
        }
    }
}

extension DataTable {
    /// Loads `Resources/NAME.tsv` and checks it against `schema`.
    public static func resource(_ name: String, schema: TableSchema) throws -> DataTable {
        let table = try resource(name)
        try schema.validate(table)
        return table
    }
}
