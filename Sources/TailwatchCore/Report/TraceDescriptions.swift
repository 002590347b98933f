import Foundation

// How `extract --trace` writes what the extractors found: in the words of the README
// (`2020-06-08`, `day -1 (Mon)`, `11:20 UTC arr`), never Swift's own dump of the value
// (`Optional(2020)`, `TailwatchCore.DateExpression.YearHint.none`), which the trace used
// to print and which tells an analyst nothing.

private let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

/// `Mon`, for the weekday numbers the extractors use (0 = Sunday).
private func weekdayName(_ n: Int) -> String { weekdayNames.indices.contains(n) ? weekdayNames[n] : "weekday \(n)" }

/// `+2`, `-1`: a signed offset.
private func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }

extension DateExpression: CustomStringConvertible {
    public var description: String {
        switch self {
        case .absolute(let year, let month, let day, let hint, let weekday, let orderAmbiguous):
            var s = (year.map { String(format: "%04d", $0) } ?? "????") + String(format: "-%02d", month)
                + (day.map { String(format: "-%02d", $0) } ?? "")
            switch hint {
            case .none: if year == nil { s += " (year: nearest before the article)" }
            case .current: s += " (year: the article's)"
            case .past: s += " (year: latest on or before the article)"
            }
            if let weekday { s += " " + weekdayName(weekday) }
            if orderAmbiguous { s += " (day/month order ambiguous)" }
            return s
        case .hijri(let h): return String(format: "Hijri %d-%02d-%02d", h.year, h.month, h.day)
        case .relative(let days, let weekday):
            return "article day \(signed(days))" + (weekday.map { " (" + weekdayName($0) + ")" } ?? "")
        case .weekday(let w): return "\(weekdayName(w)) on or before the article"
        case .pastWeekday(let w): return "last \(weekdayName(w)) before the article"
        case .sequel(let days): return "\(signed(days)) day\(abs(days) == 1 ? "" : "s") after the story's last date"
        case .relativeMonth(let m): return "article month \(signed(m))"
        case .relativeWeek(let w): return "article week \(signed(w))"
        case .dayOfRelativeMonth(let day, let months): return "day \(day) of article month \(signed(months))"
        }
    }
}

extension TimeMention: CustomStringConvertible {
    public var description: String {
        let zone: String
        switch self.zone {
        case .utc: zone = "UTC"
        case .local: zone = "local"
        case .unknown: zone = "zone unknown"
        }
        let kind: String
        switch self.kind {
        case .arrival: kind = " arr"
        case .departure: kind = " dep"
        case .observed: kind = " seen"
        case nil: kind = ""
        }
        return String(format: "%02d:%02d ", hour, minute) + zone + kind
    }
}
