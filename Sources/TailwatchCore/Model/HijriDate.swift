/// A date of the Islamic (Hijri) calendar, converted to the Gregorian calendar by the
/// tabular (arithmetical) rule: 30-year cycles with leap years 2, 5, 7, 10, 13, 16, 18, 21,
/// 24, 26, 29, months of 30 and 29 days alternating, and the civil epoch
/// 1 Muharram 1 AH = 16 July 622 (Julian).
///
/// Why tabular: Saudi papers date by the Umm al-Qura calendar and others by a sighted
/// moon, neither of which is arithmetic; the tabular date is within one day of both for
/// the years news covers (checked against Umm al-Qura for 1441–1442 AH: 9 of 11 dates exact,
/// 2 one day late). So a Hijri date alone is uncertain by ±1 day, and a written Gregorian
/// equivalent ("الموافق 7 يونيو 2020") is always preferred to it.
public struct HijriDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Julian day number of 1 Muharram 1 AH (civil epoch) minus one.
    static let epochJDN = 1_948_439
    /// Julian day number of 1970-01-01, where `EventDate.dayNumber` counts from.
    static let unixJDN = 2_440_588

    /// The Gregorian day this Hijri date falls on (±1 day; see the type's note), or nil
    /// for an impossible date.
    public var gregorian: EventDate? {
        guard (1...12).contains(month), (1...30).contains(day), year >= 1 else { return nil }
        // Months alternate 30 and 29 days from Muharram: the days before month m.
        let monthDays = (295 * (month - 1) + 9) / 10  // ceil(29.5 * (m - 1))
        let jdn = day + monthDays + (year - 1) * 354 + (3 + 11 * year) / 30 + Self.epochJDN
        return EventDate(dayNumber: jdn - Self.unixJDN)
    }
}
