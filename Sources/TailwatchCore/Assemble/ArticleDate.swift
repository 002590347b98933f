import Foundation

/// The article's own date, against which relative expressions resolve.
public struct ArticleDate: Sendable, Hashable {
    public enum Basis: String, Sendable { case given, header, text }
    public var date: EventDate
    public var basis: Basis
    /// Inferred from the latest date the text quotes: the article may be a day later.
    public var inferred: Bool { basis == .text }
    /// The header disagreed with the text and lost.
    public var headerConflict: EventDate?

    /// `date 2020-11` or `date 2020-06-09` on the first line.
    static let header = try! NSRegularExpression(pattern: #"^\s*date\s+([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)"#)

    public static func headerDate(_ folded: String) -> (EventDate, NSRange)? {
        guard let m = header.firstMatch(in: folded, range: NSRange(location: 0, length: min(64, (folded as NSString).length))) else {
            return nil
        }
        return EventDate(iso: (folded as NSString).substring(with: m.range(at: 1))).map { ($0, m.range) }
    }

    /// Chooses the anchor: a date given on ingest, a day-precise header, or the
    /// latest fully written date in the text when the header is coarse or contradicts it.
    public static func estimate(given: EventDate?, header: EventDate?, explicitDates: [EventDate]) -> ArticleDate? {
        if let given { return ArticleDate(date: given, basis: .given) }
        let latest = explicitDates.filter { $0.precision == .day }.max()
        if let header {
            if header.precision == .day { return ArticleDate(date: header, basis: .header) }
            guard let latest else { return ArticleDate(date: header, basis: .header) }
            if header.isCompatible(with: latest) { return ArticleDate(date: latest, basis: .text) }
            // The text's dates are all older than the header's month: the header is a crawl date.
            var a = ArticleDate(date: latest, basis: .text)
            a.headerConflict = header
            return a
        }
        return latest.map { ArticleDate(date: $0, basis: .text) }
    }

    /// Resolves an expression; nil when the anchor is too coarse for it.
    public func resolve(_ e: DateExpression) -> EventDate? {
        switch e {
        case .absolute(let year?, let month, let day, _):
            return EventDate(year: year, month: month, day: day)
        case .absolute(nil, let month, let day, let hint):
            if hint == .current { return EventDate(year: date.year, month: month, day: day) }
            guard let anchorMonth = date.month else { return nil }
            // The year that puts the date nearest the anchor. News tells of the past, so a
            // date after a stated anchor counts four times as far; after an anchor inferred
            // from the text's latest date (the article may be later) it counts as it is.
            let anchor = EventDate(year: date.year, month: anchorMonth, day: date.day ?? 28).dayNumber ?? 0
            let candidates = [date.year - 1, date.year, date.year + 1].compactMap { y -> (Int, Int)? in
                guard let n = EventDate(year: y, month: month, day: day ?? 15).dayNumber else { return nil }
                let distance = n > anchor ? (n - anchor) * (inferred ? 1 : 4) : anchor - n
                return (distance, y)
            }
            guard let year = candidates.min(by: { $0.0 < $1.0 })?.1 else { return nil }
            return EventDate(year: year, month: month, day: day)
        case .relative(let days, let weekday):
            guard date.precision == .day else { return nil }
            let base = date.adding(days: days)!
            guard let weekday, base.weekday != weekday else { return base }
            if inferred, let next = date.adding(days: days + 1), next.weekday == weekday { return next }
            return latest(weekday: weekday, onOrBefore: inferred ? date.adding(days: 1)! : date)
        case .sequel:
            return nil  // needs the story's running date; see ArticleExtractor
        case .relativeMonth(let offset):
            guard let month = date.month else { return nil }
            let index = date.year * 12 + (month - 1) + offset
            return EventDate(year: index / 12, month: index % 12 + 1, day: nil)
        case .weekday(let w):
            guard date.precision == .day else { return nil }
            return latest(weekday: w, onOrBefore: inferred ? date.adding(days: 1)! : date)
        }
    }

    private func latest(weekday w: Int, onOrBefore d: EventDate) -> EventDate? {
        guard let wd = d.weekday else { return nil }
        return d.adding(days: -((wd - w + 7) % 7))
    }
}
