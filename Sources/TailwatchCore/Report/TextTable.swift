import Foundation

/// A plain-text table for terminals. Widths count what a terminal shows (combining
/// marks take no cell, wide CJK two); right-to-left cells are wrapped in Unicode
/// first-strong isolates (U+2068 … U+2069) so Arabic cannot reorder the row around it.
public struct TextTable: Sendable {
    public let columns: [String]
    public private(set) var rows: [[String]] = []

    public init(columns: [String]) { self.columns = columns }

    public mutating func add(_ row: [String]) {
        var r = row.map(Self.singleLine)
        if r.count < columns.count { r += Array(repeating: "", count: columns.count - r.count) }
        rows.append(Array(r.prefix(columns.count)))
    }

    /// The table, one line per row, columns cut to `maxWidths` (nil: no limit) with "…".
    /// The header is bold when `color` is set.
    public func render(maxWidths: [Int?] = [], color: Bool = false) -> String {
        let cut: [[String]] = ([columns] + rows).map { row in
            row.enumerated().map { i, cell in
                let limit = i < maxWidths.count ? maxWidths[i] : nil
                return limit.map { Self.truncate(cell, to: $0) } ?? cell
            }
        }
        var widths = Array(repeating: 0, count: columns.count)
        for row in cut { for (i, c) in row.enumerated() { widths[i] = max(widths[i], Self.displayWidth(c)) } }
        var out = ""
        for (n, row) in cut.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let isolated = Self.containsRightToLeft(cell) ? "\u{2068}" + cell + "\u{2069}" : cell
                let pad = String(repeating: " ", count: widths[i] - Self.displayWidth(cell))
                line += (i == row.count - 1) ? isolated : isolated + pad + "  "
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += (n == 0 && color) ? "\u{1B}[1m" + line + "\u{1B}[0m\n" : line + "\n"
        }
        return out
    }

    /// Newlines and tabs as spaces. Nearly every cell has neither: those are returned as
    /// they are without Foundation (`replacingOccurrences` was a third of a board's time).
    static func singleLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return s }
        return s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    static func containsRightToLeft(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFC).contains($0.value) }
    }

    /// Terminal cells a string takes.
    public static func displayWidth(_ s: String) -> Int {
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
