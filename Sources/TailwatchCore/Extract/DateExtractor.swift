import Foundation

/// A date as the text gives it, before it is resolved against the article's date.
public enum DateExpression: Sendable, Hashable {
    public enum YearHint: Sendable, Hashable {
        /// No year: the one that puts the date nearest before the article's date.
        case none
        /// "الجاري", "من العام الجاري", "this year": the article's year.
        case current
    }
    /// A calendar date; `year` nil when not written.
    case absolute(year: Int?, month: Int, day: Int?, hint: YearHint)
    /// "yesterday", "أمس الإثنين", "oggi": days relative to the article, with a weekday if given.
    case relative(days: Int, weekday: Int?)
    /// "on Thursday", "الخميس": the latest such weekday on or before the article's date.
    case weekday(Int)
    /// "the next day", "le lendemain": days after the story's last stated date.
    case sequel(days: Int)
    /// "last month", "الشهر الماضي": a month relative to the article's.
    case relativeMonth(Int)
}

/// Finds dates in English, Arabic (three month-name families, both digit sets),
/// Italian, French and Turkish: "June 8, 2020", "8 June", "13Feb2020",
/// "2020-06-08", "08/06/2020", "٨ يونيو/حزيران الجاري", "أمس الإثنين".
public struct DateExtractor: Sendable {
    let words: CalendarWords

    public init(words: CalendarWords) { self.words = words }

    private static let compact = try! NSRegularExpression(pattern: #"^([0-9]{1,2})([a-z]{3,9})([0-9]{4})$"#)
    private static let ordinal = try! NSRegularExpression(pattern: #"^([0-9]{1,2})(st|nd|rd|th|er|eme|e|inci|nci|ncı|ıncı)?$"#)
    static let currentYearWords: Set<String> = ["الجاري", "الحالي", "الجاريه"]
    static let ambiguousEnglishMonths: Set<String> = ["may", "march", "mar", "jan", "jun", "dec", "aug", "sep", "oct", "nov", "feb", "apr", "jul"]

    public func extract(_ doc: Document, _ tokens: [Token]) -> [Mention<DateExpression>] {
        let units = Array(doc.folded.utf16)
        var out: [Mention<DateExpression>] = []
        var i = 0
        while i < tokens.count {
            if let (n, value) = parse(tokens, at: i, units) {
                let range = NSRange(location: tokens[i].location, length: tokens[i + n - 1].end - tokens[i].location)
                out.append(Mention(range, value))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    private func parse(_ t: [Token], at i: Int, _ units: [UInt16]) -> (Int, DateExpression)? {
        // "the next day": before "day" words of the article's calendar ("اليوم التالي" over "اليوم").
        if let (n, offsets) = words.sequelDays.longestMatch(in: t, at: i, limit: t.count), let offset = offsets.first {
            // "au lendemain de l'attaque", "the day after the vote": counted from that, not the story.
            let next = i + n < t.count ? t[i + n].key : ""
            if !["de", "d", "of", "after", "di", "del", "della", "من", "على"].contains(next) {
                return (n, .sequel(days: offset))
            }
            return nil
        }
        if let (n, offsets) = words.relativeMonths.longestMatch(in: t, at: i, limit: t.count), let offset = offsets.first {
            return (n, .relativeMonth(offset))
        }
        // Relative day, optionally with its weekday: "أمس الإثنين", "yesterday (Monday)".
        if let (n, offsets) = words.relativeDays.longestMatch(in: t, at: i, limit: t.count), let offset = offsets.first {
            var used = n
            var weekday: Int?
            if i + n < t.count, close(t[i + n - 1], t[i + n], units), let (wn, w) = words.weekdays.longestMatch(in: t, at: i + n, limit: t.count) {
                weekday = w.first
                used += wn
            }
            return (used, .relative(days: offset, weekday: weekday))
        }
        // ISO 2020-06-08 and day-first 08/06/2020.
        if let iso = numericDate(t, at: i, units) { return iso }
        // 13Feb2020
        if let m = Self.compact.firstMatch(in: t[i].key, range: NSRange(location: 0, length: t[i].key.utf16.count)) {
            let key = t[i].key as NSString
            if let month = words.months.lookup(key.substring(with: m.range(at: 2))).first,
               let day = Int(key.substring(with: m.range(at: 1))), let year = Int(key.substring(with: m.range(at: 3))),
               valid(year, month, day)
            {
                return (1, .absolute(year: year, month: month, day: day, hint: .none))
            }
        }
        // 8 June [2020], 8th of June, ٨ يونيو/حزيران الجاري, 13 فبراير/شباط من العام الجاري
        if let day = dayNumber(t[i]), i + 1 < t.count {
            var j = i + 1
            if ["of", "de", "di"].contains(t[j].key), j + 1 < t.count { j += 1 }
            if close(t[j - 1], t[j], units), let (mn, m) = month(t, at: j) {
                var end = j + mn
                end = skipSecondMonth(t, end, units)
                let (yearTokens, year, hint) = trailingYear(t, end, units)
                if year == nil || valid(year!, m, day) {
                    return (end + yearTokens - i, .absolute(year: year, month: m, day: day, hint: hint))
                }
            }
        }
        // June 8, 2020 / June 2020
        if let (mn, m) = month(t, at: i) {
            var end = i + mn
            end = skipSecondMonth(t, end, units)
            if end < t.count, close(t[end - 1], t[end], units), let day = dayNumber(t[end]) {
                let (yearTokens, year, hint) = trailingYear(t, end + 1, units)
                if year == nil || valid(year!, m, day) {
                    return (end + 1 + yearTokens - i, .absolute(year: year, month: m, day: day, hint: hint))
                }
            }
            let (yearTokens, year, hint) = trailingYear(t, end, units)
            if let year, yearTokens > 0 {
                return (end + yearTokens - i, .absolute(year: year, month: m, day: nil, hint: hint))
            }
        }
        // A weekday on its own.
        if let (n, w) = words.weekdays.longestMatch(in: t, at: i, limit: t.count), let weekday = w.first {
            return (n, .weekday(weekday))
        }
        return nil
    }

    private func month(_ t: [Token], at i: Int) -> (Int, Int)? {
        guard i < t.count, let (n, values) = words.months.longestMatch(in: t, at: i, limit: t.count), let m = values.first else {
            return nil
        }
        if n == 1, Self.ambiguousEnglishMonths.contains(t[i].key), !t[i].isCapitalized { return nil }
        return (n, m)
    }

    /// "يونيو/حزيران": the second family's name repeats the month.
    private func skipSecondMonth(_ t: [Token], _ end: Int, _ units: [UInt16]) -> Int {
        guard end < t.count, end > 0 else { return end }
        let gap = units[t[end - 1].end..<t[end].location]
        guard gap.contains(0x2F) || gap.contains(0x28) else { return end }
        if let (n, _) = words.months.longestMatch(in: t, at: end, limit: t.count) { return end + n }
        return end
    }

    private func trailingYear(_ t: [Token], _ j: Int, _ units: [UInt16]) -> (Int, Int?, DateExpression.YearHint) {
        guard j < t.count, close(t[j - 1], t[j], units) else { return (0, nil, .none) }
        if t[j].isAllDigits, t[j].length == 4, let y = Int(t[j].text), (1900...2100).contains(y) { return (1, y, .none) }
        if Self.currentYearWords.contains(t[j].key) { return (1, nil, .current) }
        // "من العام الجاري", "this year", "quest'anno"
        var k = j
        if k < t.count, ["من", "this", "of"].contains(t[k].key) { k += 1 }
        if k < t.count, ["العام", "عام", "السنه", "year"].contains(t[k].key) {
            if k + 1 < t.count, Self.currentYearWords.contains(t[k + 1].key) { return (k + 2 - j, nil, .current) }
            if k + 1 < t.count, t[k + 1].isAllDigits, let y = Int(t[k + 1].text), (1900...2100).contains(y) { return (k + 2 - j, y, .none) }
            if t[k].key == "year", k > j { return (k + 1 - j, nil, .current) }
        }
        return (0, nil, .none)
    }

    private func numericDate(_ t: [Token], at i: Int, _ units: [UInt16]) -> (Int, DateExpression)? {
        guard i + 2 < t.count, t[i].isAllDigits, t[i + 1].isAllDigits, t[i + 2].isAllDigits else { return nil }
        let sep1 = units[t[i].end..<t[i + 1].location]
        let sep2 = units[t[i + 1].end..<t[i + 2].location]
        guard sep1.count == 1, sep2.count == 1, sep1.first == sep2.first else { return nil }
        let a = Int(t[i].text)!, b = Int(t[i + 1].text)!, c = Int(t[i + 2].text)!
        if sep1.first == 0x2D, t[i].length == 4, valid(a, b, c) {
            return (3, .absolute(year: a, month: b, day: c, hint: .none))
        }
        if (sep1.first == 0x2F || sep1.first == 0x2E), t[i + 2].length == 4, valid(c, b, a) {
            return (3, .absolute(year: c, month: b, day: a, hint: .none))
        }
        return nil
    }

    private func dayNumber(_ token: Token) -> Int? {
        guard let m = Self.ordinal.firstMatch(in: token.key, range: NSRange(location: 0, length: token.key.utf16.count)),
              let d = Int((token.key as NSString).substring(with: m.range(at: 1))), (1...31).contains(d)
        else { return nil }
        return d
    }

    /// Tokens of one date are separated by spaces and light punctuation only.
    private func close(_ a: Token, _ b: Token, _ units: [UInt16]) -> Bool {
        let gap = b.location - a.end
        guard gap >= 0 && gap <= 3 else { return false }
        return units[a.end..<b.location].allSatisfy { [0x20, 0x2C, 0x2F, 0x2E, 0x2D, 0x28, 0x29].contains($0) }
    }

    private func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1900...2100).contains(y) && (1...12).contains(m) && d >= 1 && d <= EventDate.daysIn(month: m, year: y)
    }
}
