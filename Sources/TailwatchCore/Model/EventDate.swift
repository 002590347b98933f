/// How much of a date is known.
public enum DatePrecision: String, Sendable, Codable, Hashable, Comparable {
    case year, month, day

    var rank: Int {
        switch self {
        case .year: return 0
        case .month: return 1
        case .day: return 2
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A calendar date (proleptic Gregorian) known to day, month or year.
public struct EventDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: DatePrecision { day != nil ? .day : (month != nil ? .month : .year) }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var iso: String {
        var s = String(format4(year))
        if let month { s += "-" + pad2(month) }
        if let day { s += "-" + pad2(day) }
        return s
    }

    public var description: String { iso }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let y = parts[0]!
        let m = parts.count > 1 ? parts[1] : nil
        let d = parts.count > 2 ? parts[2] : nil
        guard (1000...2999).contains(y) else { return nil }
        if let m, !(1...12).contains(m) { return nil }
        if let d, let m, !(1...EventDate.daysIn(month: m, year: y)).contains(d) { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Whether two dates could be the same day (one may be coarser).
    public func isCompatible(with other: EventDate) -> Bool {
        guard year == other.year else { return false }
        if let a = month, let b = other.month, a != b { return false }
        if let a = day, let b = other.day, a != b { return false }
        return true
    }

    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    // MARK: Day arithmetic (days since 1970-01-01), no Foundation calendars involved.

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a day-precision date (Howard Hinnant's algorithm).
    public var dayNumber: Int? {
        guard let m = month, let d = day else { return nil }
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> EventDate? {
        dayNumber.map { EventDate(dayNumber: $0 + days) }
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int? { dayNumber.map { (($0 % 7) + 7 + 4) % 7 } }
}

private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
