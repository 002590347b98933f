import Foundation

/// One row of a date-expression fixture (Fixtures/dates/dates.tsv): a sentence, the
/// article date it is read against, and the date (and UTC time) it states.
public struct DateFixtureRow: Sendable, Hashable {
    public var id: String
    public var language: String
    public var category: String
    public var anchor: EventDate
    /// nil: the sentence states no date (a negative).
    public var gold: EventDate?
    /// `HH:MM` UTC, or nil when the sentence gives no time.
    public var goldTime: String?
    public var text: String
    /// 1-based line in the file.
    public var line: Int
}

/// Reads a date fixture: tab-separated `id lang category anchor gold time text`, `#`
/// comments, a header row; `-` for no gold date or time.
public enum DateFixture {
    public struct BadRow: Error, CustomStringConvertible {
        public var description: String
    }

    /// The rows, and one message per malformed line (the file still loads without them).
    public static func load(_ path: String) throws -> (rows: [DateFixtureRow], errors: [String]) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw BadRow(description: "\(path): cannot read (\((error as NSError).localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw BadRow(description: "\(path): not UTF-8") }
        var rows: [DateFixtureRow] = []
        var errors: [String] = []
        var header: [String]?
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                header = cells
                let needed = ["id", "lang", "category", "anchor", "gold", "time", "text"]
                if let missing = needed.first(where: { !cells.contains($0) }) {
                    throw BadRow(description: "\(path):\(n + 1): header lacks the column \(missing)")
                }
                continue
            }
            guard cells.count == columns.count else {
                errors.append("\(path):\(n + 1): \(cells.count) cells, the header has \(columns.count)")
                continue
            }
            let cell = Dictionary(uniqueKeysWithValues: zip(columns, cells))
            guard let anchor = EventDate(iso: cell["anchor"]!), anchor.precision == .day else {
                errors.append("\(path):\(n + 1): anchor \(cell["anchor"]!) is not YYYY-MM-DD")
                continue
            }
            let goldCell = cell["gold"]!
            let gold = goldCell == "-" ? nil : EventDate(iso: goldCell)
            if goldCell != "-" && gold == nil {
                errors.append("\(path):\(n + 1): gold \(goldCell) is not YYYY-MM-DD, YYYY-MM or -")
                continue
            }
            let time = cell["time"]!
            if time != "-" && time.range(of: #"^[0-2][0-9]:[0-5][0-9]$"#, options: .regularExpression) == nil {
                errors.append("\(path):\(n + 1): time \(time) is not HH:MM or -")
                continue
            }
            rows.append(DateFixtureRow(id: cell["id"]!, language: cell["lang"]!, category: cell["category"]!, anchor: anchor,
                                       gold: gold, goldTime: time == "-" ? nil : time, text: cell["text"]!, line: n + 1))
        }
        if header == nil { throw BadRow(description: "\(path): no header row") }
        return (rows, errors)
    }
}
