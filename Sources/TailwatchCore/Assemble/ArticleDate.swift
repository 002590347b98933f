import Foundation

/// The article's own date, against which relative expressions resolve, with where it came
/// from and how far to trust it.
public struct ArticleDate: Sendable, Hashable {
    /// Where the article's date was read, strongest first.
    public enum Basis: String, Sendable {
        /// `ingest --date YYYY-MM-DD`.
        case given
        /// "TRIPOLI, June 9 (Reuters) -", "طرابلس - 9 يونيو": the article's own words.
        case dateline
        /// The collector's `date …` first line.
        case header
        /// The latest date of a quoted tweet ("— Name (@handle) June 8, 2020").
        case tweet
        /// The latest calendar date the text writes out.
        case text
    }
    public var date: EventDate
    public var basis: Basis
    /// Inferred from the latest date the text quotes: the article may be a day later.
    public var inferred: Bool { basis == .tweet || basis == .text }
    /// The header disagreed with the text and lost.
    public var headerConflict: EventDate?
    /// A month-only header that the text's latest date refined: the article lies somewhere in
    /// that month, on or after `date`, so a day counted from `date` is a guess.
    public var headerMonth: EventDate?

    public init(date: EventDate, basis: Basis, headerConflict: EventDate? = nil, headerMonth: EventDate? = nil) {
        self.date = date
        self.basis = basis
        self.headerConflict = headerConflict
        self.headerMonth = headerMonth
    }

    /// How far the anchor is trusted, 0…1: a date given on ingest is the user's word; a
    /// dateline or day header is the article's; a coarse header or a date inferred from
    /// the text may be off by days.
    public var confidence: Double {
        switch basis {
        case .given: return 1.0
        case .dateline: return 0.9
        case .header: return date.precision == .day ? 0.9 : 0.5
        case .tweet: return 0.7
        case .text: return 0.6
        }
    }

    /// `date 2020-11` or `date 2020-06-09` on the first line.
    static let header = try! NSRegularExpression(pattern: #"^\s*date\s+([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)"#)

    public static func headerDate(_ folded: String) -> (EventDate, NSRange)? {
        guard let m = header.firstMatch(in: folded, range: NSRange(location: 0, length: min(64, (folded as NSString).length))) else {
            return nil
        }
        return EventDate(iso: (folded as NSString).substring(with: m.range(at: 1))).map { ($0, m.range) }
    }

    /// A dateline's place: a name of up to five words, then a comma or dash, before the date.
    static let datelinePlace = try! NSRegularExpression(pattern: #"^\s*[\p{L}\p{M}][\p{L}\p{M} .'’]{1,40}\s*(?:\([^)\n]{1,30}\)\s*)?[,\-:]\s*$"#)
    /// What may follow a dateline's date: the agency and a dash, or the text.
    static let datelineTail = try! NSRegularExpression(pattern: #"^\s*(?:[0-9]{4}\s*)?(?:\([^)\n]{1,30}\)\s*)?[-:,]"#)

    /// The dateline among the text's date mentions: a day-precise date within the first
    /// 300 characters of the text (after the header), at the start of its line after a place
    /// name and a comma or dash ("TRIPOLI, June 9 (Reuters) -", "طرابلس - 9 يونيو:").
    public static func dateline(_ folded: String, _ mentions: [Mention<DateExpression>], after headerEnd: Int) -> Mention<DateExpression>? {
        let text = folded as NSString
        for m in mentions where m.location < headerEnd + 300 && m.location >= headerEnd {
            guard case .absolute(_, _, _?, _, _, _) = m.value else { continue }
            let newline = text.range(of: "\n", options: .backwards, range: NSRange(location: 0, length: m.location))
            let lineStart = max(headerEnd, newline.location == NSNotFound ? 0 : newline.location + 1)
            let prefix = text.substring(with: NSRange(location: lineStart, length: m.location - lineStart))
            guard datelinePlace.firstMatch(in: prefix, range: NSRange(location: 0, length: (prefix as NSString).length)) != nil else { continue }
            let tailLength = min(40, text.length - NSMaxRange(m.range))
            let tail = text.substring(with: NSRange(location: NSMaxRange(m.range), length: tailLength))
            if datelineTail.firstMatch(in: tail, range: NSRange(location: 0, length: (tail as NSString).length)) != nil { return m }
        }
        return nil
    }

    /// Chooses the anchor: a date given on ingest; a dateline (the article's own words,
    /// winning over a header it contradicts); a day-precise header; else the latest fully
    /// written date in the text (a quoted tweet's when that is the latest) when the header
    /// is coarse or contradicts it. A conflict with the header is recorded.
    public static func estimate(given: EventDate?, header: EventDate?, dateline: EventDate? = nil,
                                tweetDates: [EventDate] = [], explicitDates: [EventDate]) -> ArticleDate? {
        if let given { return ArticleDate(date: given, basis: .given) }
        if let dateline {
            let conflict = header.flatMap { $0.isCompatible(with: dateline) ? nil : $0 }
            return ArticleDate(date: dateline, basis: .dateline, headerConflict: conflict)
        }
        let latest = (explicitDates + tweetDates).filter { $0.precision == .day }.max()
        let latestBasis: Basis = latest.map { tweetDates.contains($0) } == true ? .tweet : .text
        if let header {
            if header.precision == .day { return ArticleDate(date: header, basis: .header) }
            guard let latest else { return ArticleDate(date: header, basis: .header) }
            if header.isCompatible(with: latest) { return ArticleDate(date: latest, basis: latestBasis, headerMonth: header) }
            // The text's dates are all older than the header's month: the header is a crawl date.
            return ArticleDate(date: latest, basis: latestBasis, headerConflict: header)
        }
        return latest.map { ArticleDate(date: $0, basis: latestBasis) }
    }

    /// Resolves an expression; nil when the anchor is too coarse for it.
    public func resolve(_ e: DateExpression) -> EventDate? {
        // "last week", "on Monday" in an article known only to be of February, whose latest
        // written date is the 3rd: the article may be weeks later; the month is what is known.
        if let month = headerMonth, inferred, e.countsFromArticleDay { return month }
        // "أقلعت اليوم الأحد" under a header of July 2019: the day is not known, the month is.
        if date.precision == .month, e.countsFromArticleDay || e.isWeekday { return date }
        switch e {
        case .absolute(let year?, let month, let day, _, _, _):
            return EventDate(year: year, month: month, day: day)
        case .absolute(nil, let month, let day, let hint, _, _):
            if hint == .current { return EventDate(year: date.year, month: month, day: day) }
            guard let anchorMonth = date.month else { return nil }
            // The year that puts the date nearest before the anchor: news tells of the past.
            // After an anchor inferred from the text's latest date (the article may be
            // later), a date up to a month after it still counts as its year's.
            let anchor = EventDate(year: date.year, month: anchorMonth, day: date.day ?? EventDate.daysIn(month: anchorMonth, year: date.year)).dayNumber ?? 0
            let slack = inferred && hint != .past ? 31 : 0
            for y in [date.year + 1, date.year, date.year - 1] {
                guard let n = EventDate(year: y, month: month, day: day ?? 1).dayNumber else { continue }
                if n <= anchor + slack { return EventDate(year: y, month: month, day: day) }
            }
            return nil
        case .hijri(let h):
            return h.gregorian
        case .relative(let days, let weekday):
            guard date.precision == .day else { return nil }
            let base = date.adding(days: days)!
            guard let weekday, base.weekday != weekday else { return base }
            if inferred, let next = date.adding(days: days + 1), next.weekday == weekday { return next }
            return latest(weekday: weekday, onOrBefore: inferred ? date.adding(days: 1)! : date)
        case .sequel(let days) where days < 0:
            // "قبل يومين" with no date told before it: days before the article's.
            return resolve(.relative(days: days, weekday: nil))
        case .sequel:
            return nil  // needs the story's running date; see ArticleExtractor
        case .relativeMonth(let offset):
            guard let month = date.month else { return nil }
            let index = date.year * 12 + (month - 1) + offset
            return EventDate(year: index / 12, month: index % 12 + 1, day: nil)
        case .dayOfRelativeMonth(let day, let offset):
            guard let month = date.month else { return nil }
            let index = date.year * 12 + (month - 1) + offset
            let (y, m) = (index / 12, index % 12 + 1)
            guard day <= EventDate.daysIn(month: m, year: y) else { return nil }
            return EventDate(year: y, month: m, day: day)
        case .relativeWeek(let offset):
            guard date.precision == .day, let d = date.adding(days: 7 * offset) else { return nil }
            return EventDate(year: d.year, month: d.month, day: nil)
        case .weekday(let w):
            guard date.precision == .day else { return nil }
            return latest(weekday: w, onOrBefore: inferred ? date.adding(days: 1)! : date)
        case .pastWeekday(let w):
            guard date.precision == .day, let before = date.adding(days: -1) else { return nil }
            return latest(weekday: w, onOrBefore: before)
        }
    }

    /// Whether a weekday written with a date ("الإثنين 8 يونيو") falls on it; nil when
    /// there is none to check.
    public static func weekdayAgrees(_ e: DateExpression, _ resolved: EventDate) -> Bool? {
        guard case .absolute(_, _, _?, _, let w?, _) = e, let actual = resolved.weekday else { return nil }
        return actual == w
    }

    private func latest(weekday w: Int, onOrBefore d: EventDate) -> EventDate? {
        guard let wd = d.weekday else { return nil }
        return d.adding(days: -((wd - w + 7) % 7))
    }
}
