import Foundation

/// An aircraft's flights as a terminal table: one numbered row per flight with its date
/// (`~2020-06` when only the month is known), UTC time, both ends with airport names,
/// type, operator, confidence, number of sources and the first source; conflicting
/// flights point at each other. With `sources`, every source of every flight follows;
/// with `aircraft`, a column names each row's aircraft (for tables of many aircraft).
public enum HistoryTable {
    public static func render(_ events: [FlightEvent], conflicts: [[Int]]? = nil, sources: Bool = false, aircraft: Bool = false,
                              color: Bool, width: Int? = nil) -> String {
        let conflicts = conflicts ?? FlightConflicts.find(events)
        // The conflict column only when there is one, to keep the usual table narrow.
        let showConflicts = conflicts.contains { !$0.isEmpty }
        var columns = ["#", "date", "time UTC", "origin", "destination", "type", "operator", "conf", "src", "first source"]
        var widths: [Int?] = [nil, nil, nil, 34, 34, 32, 24, nil, nil, 70]
        if showConflicts {
            columns.insert("conflict", at: 5)
            widths.insert(nil, at: 5)
        }
        if aircraft {
            columns.insert("aircraft", at: 2)
            widths.insert(nil, at: 2)
        }
        var t = TextTable(columns: columns)
        // On a narrow terminal the evidence goes first, the date, the places and the aircraft last.
        t.dropOrder = ["first source", "operator", "src", "time UTC", "conflict", "type", "conf"]
        for (i, e) in events.enumerated() {
            var row = [String(i + 1), EventFormatter.dateLabel(e.date), EventFormatter.timeLabel(e), placeWithName(e.origin),
                       placeWithName(e.destination), EventFormatter.typeLabel(e), e.operatorName ?? "",
                       confidenceLabel(e.confidence), String(e.sources.count), e.sources.first.map(sourceLabel) ?? ""]
            if showConflicts { row.insert(conflicts[i].map { "≠ #\($0 + 1)" }.joined(separator: " "), at: 5) }
            if aircraft { row.insert(e.identifier ?? "?", at: 2) }
            t.add(row)
        }
        let table = t.render(maxWidths: widths, color: color, width: width)
        guard sources else { return table }
        var out = table
        for (i, e) in events.enumerated() {
            out += "\n#\(i + 1) \(EventFormatter.dateLabel(e.date)) \(EventFormatter.placeLabel(e.origin)) → "
                + "\(EventFormatter.placeLabel(e.destination)): \(e.sources.count) source\(e.sources.count == 1 ? "" : "s")\n"
            for (n, s) in e.sources.enumerated() {
                out += "  [\(n + 1)] \(s.path) bytes \(s.start)–\(s.end)\n      \(TextTable.singleLine(s.snippet))\n"
            }
        }
        return out
    }

    /// `HLLB Benina (BEN)`, `EGVN RAF Brize Norton (BZZ)`: `placeLabel`, which names the airport.
    public static func placeWithName(_ p: Place?) -> String { EventFormatter.placeLabel(p) }

    /// Two decimals: `0.90` (`Confidence.label`).
    public static func confidenceLabel(_ c: Double) -> String { Confidence.label(c) }

    /// `file.txt: snippet`.
    public static func sourceLabel(_ s: EventSource) -> String { "\(s.file): \(s.snippet)" }
}
