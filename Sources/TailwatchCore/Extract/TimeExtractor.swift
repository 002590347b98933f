import Foundation

/// A time of day as written, with the zone it was given in.
public struct TimeMention: Sendable, Hashable {
    public enum Zone: Sendable, Hashable {
        case utc
        /// Local time at the place of the event.
        case local
        /// A fixed offset in minutes named in text ("بتوقيت الدوحة" is not resolved here).
        case unknown
    }
    public var hour: Int
    public var minute: Int
    public var zone: Zone
    public var kind: TimeKind?
}

extension TimeMention {
    /// `HH:MM` in UTC: a UTC time as written; a local time converted with the time zone of
    /// the place (an airport's, else its city's) on that date (summer time counts); nil when
    /// the zone is unknown or the place has no time zone.
    public func utc(on date: EventDate?, at place: Place?) -> String? {
        let hhmm = { (h: Int, m: Int) in String(format: "%02d:%02d", h, m) }
        switch zone {
        case .utc:
            return hhmm(hour, minute)
        case .local:
            guard let tzName = place?.timeZone, let tz = TimeZone(identifier: tzName) else { return nil }
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = tz
            let d = date ?? EventDate(year: 2020, month: 1, day: 1)
            guard let local = cal.date(from: DateComponents(year: d.year, month: d.month ?? 1, day: d.day ?? 1, hour: hour, minute: minute)) else {
                return nil
            }
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(identifier: "UTC")!
            let c = utc.dateComponents([.hour, .minute], from: local)
            return hhmm(c.hour ?? 0, c.minute ?? 0)
        case .unknown:
            return nil
        }
    }
}

/// Finds times: "1000hrs UTC", "08:45 hrs UTC", "10:00Z", "9.45am local time", "14:30 local",
/// "saat 20.10", "الساعة ١٤:٣٠ بتوقيت غرينتش".
public struct TimeExtractor: Sendable {
    public init() {}

    private static let pattern = try! NSRegularExpression(pattern:
        #"(?i)(?<![0-9:.])(?:(saat|at|around|about|approximately|ca\.?|alle|ore|vers|à|الساعه)\s+)?([01]?[0-9]|2[0-3])(?:[:.h]([0-5][0-9])|([0-5][0-9])(?=\s?(?:hrs|hours|z\b|utc|gmt|local\b)))(?:\s?([ap])\.?m\b\.?)?\s?(hrs|hours|h)?\s?(z\b|utc|gmt|local(?: time)?|lt\b|ب?توقيت [غج]رين[يت]?تش|بالتوقيت العالمي|بالتوقيت المحلي|بتوقيت [^\s.,]+)?"#)

    private static let arrivalWords = ["landing", "landed", "land", "arriv", "descend", "touch", "هبوط", "هبطت", "حطت", "atterr", "indi", "inis"]
    private static let departureWords = ["took off", "departed", "departure", "depart", "airborne", "take-off", "takeoff", "اقلعت", "اقلاع", "decoll", "kalk", "havalan", "décoll"]

    public func extract(_ doc: Document) -> [Mention<TimeMention>] {
        let units = doc.units
        /// A group's text, or nil when the group did not take part. Made from the document's
        /// UTF-16 units: `NSString.substring` on a bridged Swift string walked the text.
        func group(_ m: PatternMatch, _ k: Int) -> String? {
            let r = m.ranges[k]
            guard r.location != NSNotFound else { return nil }
            return FoldedText.string(units[r.location..<(r.location + r.length)])
        }
        var out: [Mention<TimeMention>] = []
        for m in Self.matches(in: doc) {
            let lead = group(m, 1)?.lowercased()
            // "9.45am": a 12-hour clock.
            let meridiem = group(m, 5)?.lowercased()
            let unit = m.ranges[6].location != NSNotFound
            let zoneWord = group(m, 7)?.lowercased()
            let hasColon = m.ranges[3].location != NSNotFound
            // A bare "20.10" is a time only after "saat"/"at"/"around"; "1000" only with hrs/UTC.
            guard zoneWord != nil || unit || (lead != nil && hasColon) else { continue }
            // "at 0620 local", but not "some 1200 local fighters".
            if !hasColon, !unit, lead == nil, zoneWord?.hasPrefix("local") == true { continue }
            var hour = Int(group(m, 2)!)!
            if let meridiem {
                guard (1...12).contains(hour) else { continue }
                hour = hour % 12 + (meridiem == "p" ? 12 : 0)
            }
            let minute = Int(group(m, hasColon ? 3 : 4)!)!
            let zone: TimeMention.Zone
            switch zoneWord {
            case "z", "utc", "gmt", "بالتوقيت العالمي": zone = .utc
            case .some(let w) where w.contains("رين"): zone = .utc  // بتوقيت غرينتش
            case .some: zone = .local
            case nil: zone = lead == "saat" || lead == "الساعه" ? .local : .unknown
            }
            let start = m.ranges[0].location
            let window = Array(FoldedText.string(units[max(0, start - 60)..<start]).lowercased().utf8)
            let arrival = Self.lastOccurrence(in: window, of: Self.arrivalKeys)
            let departure = Self.lastOccurrence(in: window, of: Self.departureKeys)
            let kind: TimeKind? = arrival > departure ? .arrival : (departure >= 0 ? .departure : .observed)
            out.append(Mention(m.ranges[0], TimeMention(hour: hour, minute: minute, zone: zone, kind: kind)))
        }
        return out
    }

    /// The pattern's matches, read only around digits: every time has one, and the pattern
    /// (a lead word, then digits, then a zone word) was a fifth of extraction when ICU
    /// tried it at every position of the text. Windows reach far enough before a digit run
    /// for the longest lead ("approximately ") and after it for the longest zone word.
    /// Each window is read in a small string of its own (`WindowedPattern`): handing ICU
    /// the whole article for every window made Foundation copy the article each time.
    static func matches(in doc: Document) -> [PatternMatch] {
        var windows: [NSRange] = []
        var i = 0
        let units = doc.units
        while i < units.count {
            guard units[i] >= 0x30 && units[i] <= 0x39 else { i += 1; continue }
            let start = i
            while i < units.count && units[i] >= 0x30 && units[i] <= 0x39 { i += 1 }
            guard Self.canStartTime(units, run: start..<i) else { continue }
            let lo = max(0, start - 24), hi = min(units.count, i + 48)
            if let last = windows.last, lo <= last.location + last.length {
                windows[windows.count - 1] = NSRange(location: last.location, length: hi - last.location)
            } else {
                windows.append(NSRange(location: lo, length: hi - lo))
            }
        }
        return WindowedPattern.matches(pattern, in: units, windows: windows, margin: 16)
    }

    /// Whether a run of digits can be a match's hour: one or two digits before `:`, `.` or
    /// `h` and a digit ("10:00", "9.45", "14h30"), or three or four digits before a unit
    /// or zone word ("1000hrs", "0620 local", "1015Z", "0900 UTC"). Years, counts and
    /// serials fail this at once and cost the pattern nothing.
    static func canStartTime(_ units: [UInt16], run: Range<Int>) -> Bool {
        let next = run.upperBound < units.count ? units[run.upperBound] : 0
        switch run.count {
        case 1, 2:
            guard next == 0x3A || next == 0x2E || next == 0x68 || next == 0x48 else { return false }
            let after = run.upperBound + 1
            return after < units.count && units[after] >= 0x30 && units[after] <= 0x39
        case 3, 4:
            var k = run.upperBound
            if k < units.count, UnitClass.isSpace(units[k]) { k += 1 }
            guard k < units.count else { return false }
            return "hHzZuUgGlL".utf16.contains(units[k])
        default:
            return false
        }
    }

    private static let arrivalKeys = arrivalWords.map { Array($0.utf8) }
    private static let departureKeys = departureWords.map { Array($0.utf8) }

    /// Byte position of the last occurrence of any word in the window, or -1. Only the
    /// order of the two kinds' positions matters, so bytes serve as well as characters.
    private static func lastOccurrence(in window: [UInt8], of words: [[UInt8]]) -> Int {
        var best = -1
        for w in words where w.count <= window.count {
            var p = window.count - w.count
            while p > best {
                if window[p] == w[0] && window[p..<(p + w.count)].elementsEqual(w) { best = p; break }
                p -= 1
            }
        }
        return best
    }
}
