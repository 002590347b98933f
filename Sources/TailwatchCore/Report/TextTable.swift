import Foundation

/// A plain-text table for terminals. Widths count what a terminal shows (combining
/// marks take no cell, wide CJK two); right-to-left cells are wrapped in Unicode
/// first-strong isolates (U+2068 … U+2069) so Arabic cannot reorder the row around it.
public struct TextTable: Sendable {
    public let columns: [String]
    public private(set) var rows: [[String]] = []
    /// Columns (by name) that go first, in this order, when the table must fit a width.
    public var dropOrder: [String] = []

    public init(columns: [String]) { self.columns = columns }

    public mutating func add(_ row: [String]) {
        var r = row.map(Self.singleLine)
        if r.count < columns.count { r += Array(repeating: "", count: columns.count - r.count) }
        rows.append(Array(r.prefix(columns.count)))
    }

    /// The table, one line per row, columns cut to `maxWidths` (nil: no limit) with "…".
    /// The header is bold when `color` is set. With `width`, no line is wider than that
    /// (`fitted`) when the table can be made so.
    public func render(maxWidths: [Int?] = [], color: Bool = false, width: Int?) -> String {
        guard let width else { return render(maxWidths: maxWidths, color: color) }
        let (kept, limits) = fitted(width: width, maxWidths: maxWidths)
        if kept.count == columns.count && limits == maxWidths { return render(maxWidths: maxWidths, color: color) }
        var narrow = TextTable(columns: kept.map { columns[$0] })
        narrow.rows = rows.map { row in kept.map { row[$0] } }
        return narrow.render(maxWidths: limits, color: color)
    }

    /// How narrow a cut column (a name, a snippet) may be made before columns are dropped,
    /// and how narrow when nothing is left to drop.
    static let comfortableCutWidth = 20
    static let minimumCutWidth = 12

    /// The columns to keep and their widths so that a line fits `width` cells. Columns of
    /// `dropOrder` go, in its order, only while the rest would not fit even with every cut
    /// column (one with a width in `maxWidths`: names, snippets) at `comfortableCutWidth`;
    /// then the widest cut column loses a cell at a time until the table fits, down to that
    /// width (or `minimumCutWidth` when nothing is left to drop). Numbers, dates and codes
    /// are never cut.
    func fitted(width: Int, maxWidths: [Int?]) -> (columns: [Int], maxWidths: [Int?]) {
        var limits = columns.indices.map { $0 < maxWidths.count ? maxWidths[$0] : nil }
        var natural = columns.indices.map { i in
            ([columns] + rows).map { min(Self.displayWidth($0[i]), limits[i] ?? Int.max) }.max() ?? 0
        }
        var kept = Array(columns.indices)
        func total(_ w: (Int) -> Int) -> Int { kept.reduce(0) { $0 + w($1) } + 2 * max(0, kept.count - 1) }
        func floor(_ i: Int, _ cut: Int) -> Int { limits[i] == nil ? natural[i] : min(natural[i], cut) }
        for name in dropOrder where total({ floor($0, Self.comfortableCutWidth) }) > width {
            if let i = columns.firstIndex(of: name) { kept.removeAll { $0 == i } }
        }
        let cut = total({ floor($0, Self.comfortableCutWidth) }) > width ? Self.minimumCutWidth : Self.comfortableCutWidth
        while total({ natural[$0] }) > width,
              let i = kept.filter({ limits[$0] != nil && natural[$0] > cut }).max(by: { natural[$0] < natural[$1] })
        {
            natural[i] -= 1
            limits[i] = natural[i]
        }
        return (kept, kept.map { limits[$0] })
    }

    public func render(maxWidths: [Int?] = [], color: Bool = false) -> String {
        // Each cell cut and measured once (a board of 1,500 rows has 15,000 cells).
        var cut: [[String]] = []
        var cellWidths: [[Int]] = []
        cut.reserveCapacity(rows.count + 1)
        cellWidths.reserveCapacity(rows.count + 1)
        var widths = Array(repeating: 0, count: columns.count)
        var bytes = 0
        for row in [columns] + rows {
            var cells: [String] = []
            var ws: [Int] = []
            cells.reserveCapacity(row.count)
            ws.reserveCapacity(row.count)
            for (i, cell) in row.enumerated() {
                let limit = i < maxWidths.count ? maxWidths[i] : nil
                let c = limit.map { Self.truncate(cell, to: $0) } ?? cell
                let w = Self.displayWidth(c)
                widths[i] = max(widths[i], w)
                bytes += c.utf8.count
                cells.append(c)
                ws.append(w)
            }
            cut.append(cells)
            cellWidths.append(ws)
        }
        var out = ""
        out.reserveCapacity(bytes + cut.count * (widths.reduce(0, +) + 2 * widths.count + 8))
        var line = ""
        for (n, row) in cut.enumerated() {
            line.removeAll(keepingCapacity: true)
            for (i, cell) in row.enumerated() {
                if Self.containsRightToLeft(cell) {
                    line += "\u{2068}"
                    line += cell
                    line += "\u{2069}"
                } else {
                    line += cell
                }
                if i != row.count - 1 { line += String(repeating: " ", count: widths[i] - cellWidths[n][i] + 2) }
            }
            // Trailing spaces go (a space is never part of a longer character at the end).
            var trailing = 0
            for b in line.utf8.reversed() { if b == 0x20 { trailing += 1 } else { break } }
            if trailing > 0 { line.removeLast(trailing) }
            if n == 0 && color {
                out += "\u{1B}[1m"
                out += line
                out += "\u{1B}[0m\n"
            } else {
                out += line
                out += "\n"
            }
        }
        return out
    }

    /// The width of a string of printable ASCII only (its byte count), or nil.
    @inline(__always)
    static func printableASCIIWidth(_ s: String) -> Int? {
        let r: Int?? = s.utf8.withContiguousStorageIfAvailable { buf -> Int? in
            for b in buf where b < 0x20 || b >= 0x7F { return nil }
            return buf.count
        }
        return r ?? nil
    }

    /// Newlines and tabs as spaces. Nearly every cell has neither: those are returned as
    /// they are without Foundation (`replacingOccurrences` was a third of a board's time).
    static func singleLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return s }
        return s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    static func containsRightToLeft(_ s: String) -> Bool {
        // U+0590 and above start with a byte of 0xD6 or more in UTF-8: most cells have none.
        if let none = s.utf8.withContiguousStorageIfAvailable({ buf in !buf.contains { $0 >= 0xD6 } }), none { return false }
        return s.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFC).contains($0.value) }
    }

    /// Terminal cells a string takes.
    public static func displayWidth(_ s: String) -> Int {
        if let w = printableASCIIWidth(s) { return w }
        var w = 0
        for u in s.unicodeScalars { w += width(u) }
        return w
    }

    /// Columns one scalar takes. Printable ASCII and Arabic letters (nearly every cell)
    /// are answered without Unicode property lookups, which made a 121-flight history
    /// spend most of its time measuring its own cells.
    @inline(__always)
    static func width(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v >= 0x0620 && v <= 0x064A { return 1 }  // Arabic letters
        if v >= 0x064B && v <= 0x065F { return 0 }  // harakat
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if u.properties.isEmojiPresentation || (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
        {
            return 2
        }
        return 1
    }

    static func truncate(_ s: String, to width: Int) -> String {
        if let w = printableASCIIWidth(s) {
            // One character per byte: cut the bytes.
            guard w > width, width > 1 else { return s }
            return String(decoding: s.utf8.prefix(width - 1), as: UTF8.self) + "…"
        }
        guard displayWidth(s) > width, width > 1 else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = ch.unicodeScalars.reduce(0) { $0 + Self.width($1) }
            if used + w > width - 1 { break }
            used += w
            out.append(ch)
        }
        return out + "…"
    }
}
