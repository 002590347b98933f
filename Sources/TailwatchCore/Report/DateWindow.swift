import Foundation

/// The `--since` / `--until` bounds of a report, each a date known to year, month or day.
///
/// An event is in the window when the days it may have happened on overlap it: a
/// month-only `~2020-06` is inside `--since 2020-06-15`, because it may be 20 June.
/// Undated events are left out as soon as either bound is given.
public struct DateWindow: Sendable, Equatable {
    public var since: EventDate?
    public var until: EventDate?

    public init(since: EventDate? = nil, until: EventDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Parses the two option values; the error names the bad argument and why.
    public init(since: String?, until: String?) throws(DateWindowError) {
        func parse(_ option: String, _ value: String?) throws(DateWindowError) -> EventDate? {
            guard let value else { return nil }
            guard let d = EventDate(iso: value.trimmingCharacters(in: .whitespaces)) else {
                throw DateWindowError(message: "--\(option) \(value): expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return d
        }
        self.init(since: try parse("since", since), until: try parse("until", until))
        if let s = self.since, let u = self.until, s.firstDay > u.lastDay {
            throw DateWindowError(message: "--since \(s.iso) is after --until \(u.iso)")
        }
    }

    public var isUnbounded: Bool { since == nil && until == nil }

    public func contains(_ date: EventDate?) -> Bool {
        if isUnbounded { return true }
        guard let date else { return false }
        if let since, date.lastDay < since.firstDay { return false }
        if let until, date.firstDay > until.lastDay { return false }
        return true
    }

    public func filter(_ events: [FlightEvent]) -> [FlightEvent] {
        isUnbounded ? events : events.filter { contains($0.date) }
    }
}

/// A `--since`/`--until` value that is not a date, as one line for the user.
public struct DateWindowError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

extension EventDate {
    /// Day number of the first day the date may mean (1 January for a year).
    var firstDay: Int { EventDate(year: year, month: month ?? 1, day: day ?? 1).dayNumber! }

    /// Day number of the last day the date may mean (31 December for a year).
    var lastDay: Int {
        let m = month ?? 12
        return EventDate(year: year, month: m, day: day ?? EventDate.daysIn(month: m, year: year)).dayNumber!
    }
}
