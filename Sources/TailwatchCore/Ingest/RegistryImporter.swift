import Foundation

/// What one `import-aircraft` run did.
public struct RegistryImportResult: Sendable {
    public var imported = 0
    public var withRegistration = 0
    /// Lines left out, with why (first 20 kept; `skippedCount` counts all).
    public var skipped: [(line: Int, reason: String)] = []
    public var skippedCount = 0
}

/// Loads a public aircraft database export (OpenSky Network's aircraftDatabase.csv:
/// icao24, registration, typecode, model, manufacturername, operator,
/// operatorcallsign, operatoricao, owner, …) so that hex addresses and registrations
/// link up. Streams the file and writes in batches: a full export (~500,000 rows)
/// never sits in memory.
public enum RegistryImporter {
    static let columns = ["registration", "typecode", "model", "manufacturername", "operator", "operatorcallsign", "operatoricao", "owner"]

    public static func run(path: String, store: EventStore, batchSize: Int = 10_000) throws -> RegistryImportResult {
        var reader = try CSVReader(path: path)
        guard let header = reader.next()?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw CSVError.missingColumn(path, "icao24")
        }
        guard let hexColumn = header.firstIndex(of: "icao24") else { throw CSVError.missingColumn(path, "icao24") }
        let index = Dictionary(columns.compactMap { c in header.firstIndex(of: c).map { (c, $0) } }, uniquingKeysWith: { a, _ in a })
        var result = RegistryImportResult()
        var batch: [RegistryRecord] = []
        batch.reserveCapacity(batchSize)
        func skip(_ line: Int, _ reason: String) {
            result.skippedCount += 1
            if result.skipped.count < 20 { result.skipped.append((line, reason)) }
        }
        while let row = reader.next() {
            if row.count == 1 && row[0].isEmpty { continue }
            guard row.count == header.count else {
                skip(reader.line, "\(row.count) fields where the header has \(header.count)")
                continue
            }
            let hex = row[hexColumn].trimmingCharacters(in: .whitespaces).uppercased()
            guard EventStore.isHexAddress(hex) else {
                skip(reader.line, "icao24 \"\(row[hexColumn])\" is not a 24-bit hex address")
                continue
            }
            func value(_ c: String) -> String? {
                guard let i = index[c] else { return nil }
                let v = row[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            let record = RegistryRecord(
                icao24: hex, registration: value("registration")?.uppercased(), typecode: value("typecode")?.uppercased(),
                model: value("model"), manufacturer: value("manufacturername"), operatorName: value("operator"),
                operatorCallsign: value("operatorcallsign"), operatorICAO: value("operatoricao"), owner: value("owner"))
            batch.append(record)
            result.imported += 1
            if record.registration != nil { result.withRegistration += 1 }
            if batch.count == batchSize {
                try store.importRegistry(batch, source: (path as NSString).lastPathComponent)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try store.importRegistry(batch, source: (path as NSString).lastPathComponent) }
        return result
    }
}
