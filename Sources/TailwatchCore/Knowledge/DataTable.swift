import Foundation

/// A tab-separated data file from `Resources/`: `#` comment lines (source, licence),
/// one header row, then rows. Lists inside a cell are joined with `|`.
public struct DataTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]
    private let index: [String: Int]

    public init(name: String, text: String) throws {
        self.name = name
        var header: [String]?
        var rows: [[String]] = []
        // Split on bytes: Character-level splitting is the slow part of loading tables.
        var lines: [[String]] = []
        let bytes = Array(text.utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            var end = lineStart
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end > lineStart && bytes[lineStart] != 0x23 {
                var cells: [String] = []
                var cellStart = lineStart
                for k in lineStart...end where k == end || bytes[k] == 0x09 {
                    cells.append(String(decoding: bytes[cellStart..<k], as: UTF8.self))
                    cellStart = k + 1
                }
                lines.append(cells)
            }
            lineStart = end + 1
        }
        for cells in lines {
            if header == nil {
                header = cells
                continue
            }
            var row = cells
            if row.count < header!.count { row += Array(repeating: "", count: header!.count - row.count) }
            rows.append(row)
        }
        guard let header else { throw KnowledgeError.malformed(name, "no header row") }
        self.columns = header
        self.rows = rows
        self.index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Loads `Resources/NAME.tsv` from the module bundle.
    public static func resource(_ name: String) throws -> DataTable {
        try DataTable(name: name, text: String(contentsOf: resourceURL(name), encoding: .utf8))
    }

    /// Where `Resources/NAME.tsv` is in the module bundle.
    static func resourceURL(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "tsv")
        else { throw KnowledgeError.missing(name) }
        return url
    }

    public func column(_ name: String) throws -> Int {
        guard let i = index[name] else { throw KnowledgeError.malformed(self.name, "no column \(name)") }
        return i
    }

    /// Each row as a lookup by column name.
    public func records() -> [Record] { rows.map { Record(cells: $0, index: index) } }

    public struct Record: Sendable {
        let cells: [String]
        let index: [String: Int]

        public subscript(_ column: String) -> String {
            guard let i = index[column], i < cells.count else { return "" }
            return cells[i]
        }

        public func optional(_ column: String) -> String? {
            let v = self[column]
            return v.isEmpty ? nil : v
        }

        public func list(_ column: String) -> [String] {
            // Split on the bytes: Substring splitting and trimming were a fifth of loading
            // the gazetteer (its cities carry tens of names each).
            var cell = self[column]
            return cell.withUTF8 { bytes -> [String] in
                var out: [String] = []
                var start = 0
                for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x7C {
                    var lo = start, hi = k
                    while lo < hi && bytes[lo] == 0x20 { lo += 1 }
                    while hi > lo && bytes[hi - 1] == 0x20 { hi -= 1 }
                    if hi > lo { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)) }
                    start = k + 1
                }
                return out
            }
        }
    }
}

public enum KnowledgeError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case .missing(let n): return "resource \(n).tsv is missing from the build"
        case .malformed(let n, let why): return "resource \(n).tsv is malformed: \(why)"
        }
    }
}
