/// Where an event's date was read: the expression's span in the article and how the date
/// follows from it. Stored with the event so an analyst can check a date against its words.
public struct DateEvidence: Hashable, Sendable, Codable {
    /// How the date follows from the expression.
    public enum Basis: String, Sendable, Codable, Hashable {
        /// A calendar date with its year: "8 June 2020", "2020-06-08", "13Feb2020".
        case explicit
        /// A calendar date whose year was chosen from the article's date: "8 June", "13 فبراير الماضي".
        case yearInferred = "year-inferred"
        /// A Hijri date converted by the tabular rule (±1 day): "١٥ شوال ١٤٤١ هـ".
        case hijri
        /// Counted from the article's date: "yesterday", "أمس الإثنين", "last month".
        case relative
        /// A weekday before the article's date: "on Thursday", "الخميس الماضي".
        case weekday
        /// The story's last stated date ("the next day", or a leg told after a dated one).
        case story
        /// The article's own date, the leg stating none: from the header, dateline or `--date`.
        case header, dateline, given, tweet, text
    }

    /// SHA-256 of the article the offsets point into (an event may have several sources).
    public var sha256: String
    /// UTF-8 byte offsets of the expression in the article text; nil for a date given on ingest.
    public var start: Int?
    public var end: Int?
    /// The expression as written ("أمس الإثنين"); empty for a date given on ingest.
    public var text: String
    public var basis: Basis
    /// A weekday written with the date did not fall on it ("Tuesday 8 June 2020").
    public var weekdayMismatch: Bool
    /// "08/06/2020": day and month could be either way round (read day-first unless the
    /// article writes its dates month-first).
    public var orderAmbiguous: Bool

    public init(sha256: String, start: Int?, end: Int?, text: String, basis: Basis, weekdayMismatch: Bool = false,
                orderAmbiguous: Bool = false) {
        self.sha256 = sha256
        self.start = start
        self.end = end
        self.text = text
        self.basis = basis
        self.weekdayMismatch = weekdayMismatch
        self.orderAmbiguous = orderAmbiguous
    }

    /// The basis an expression gives its date.
    public static func basis(of e: DateExpression) -> Basis {
        switch e {
        case .absolute(_?, _, _, _, _, _): return .explicit
        case .absolute(nil, _, _, _, _, _): return .yearInferred
        case .hijri: return .hijri
        case .relative, .relativeMonth, .relativeWeek, .dayOfRelativeMonth: return .relative
        case .weekday, .pastWeekday: return .weekday
        case .sequel: return .story
        }
    }
}
