import Foundation

/// A date as the text gives it, before it is resolved against the article's date.
public enum DateExpression: Sendable, Hashable {
    public enum YearHint: Sendable, Hashable {
        /// No year: the one that puts the date nearest before the article's date.
        case none
        /// "الجاري", "من العام الجاري", "this year": the article's year.
        case current
        /// "13 فبراير الماضي", "12 luglio scorso": the latest such date on or before the article's.
        case past
    }
    /// A calendar date; `year` nil when not written; `weekday` when one is written with it
    /// ("الإثنين 8 يونيو", "Tuesday, 4 February"), to be checked against the date.
    /// `orderAmbiguous`: "08/06/2020", read day-first unless the article writes its dates
    /// month-first ("June 8, 2020") and never day-first.
    case absolute(year: Int?, month: Int, day: Int?, hint: YearHint, weekday: Int? = nil, orderAmbiguous: Bool = false)
    /// "١٥ شوال ١٤٤١ هـ": a Hijri date, converted by the tabular rule (±1 day).
    case hijri(HijriDate)
    /// "yesterday", "أمس الإثنين", "oggi": days relative to the article, with a weekday if given.
    case relative(days: Int, weekday: Int?)
    /// "on Thursday", "الخميس": the latest such weekday on or before the article's date.
    case weekday(Int)
    /// "الخميس الماضي", "last Thursday": the latest such weekday before the article's date.
    case pastWeekday(Int)
    /// "the next day", "le lendemain": days after the story's last stated date.
    case sequel(days: Int)
    /// "last month", "الشهر الماضي": a month relative to the article's.
    case relativeMonth(Int)
    /// "last week", "الأسبوع الماضي": a week relative to the article's; known to its month.
    case relativeWeek(Int)
    /// "24 من الشهر الماضي", "the 15th of this month": a day of a month relative to the article's.
    case dayOfRelativeMonth(day: Int, months: Int)

    /// "on Monday", "last Thursday".
    public var isWeekday: Bool {
        switch self {
        case .weekday, .pastWeekday: return true
        case .relative(_, let weekday): return weekday != nil
        default: return false
        }
    }

    /// Counted in days or weeks from the article's day ("yesterday", "last week"). A weekday
    /// is not: it names its day, usually within the week the story has reached.
    public var countsFromArticleDay: Bool {
        switch self {
        case .relative(_, let weekday): return weekday == nil
        case .relativeWeek: return true
        case .sequel(let days): return days < 0
        case .absolute, .hijri, .relativeMonth, .dayOfRelativeMonth, .weekday, .pastWeekday: return false
        }
    }
}

/// Finds dates in English, Arabic (three month-name families, both digit sets, ordinal
/// words, Hijri dates), Italian, French and Turkish: "June 8, 2020", "8 June", "13Feb2020",
/// "2020-06-08", "08/06/2020", "٨ يونيو/حزيران الجاري", "الثامن من يونيو", "أمس الإثنين",
/// "١٥ شوال ١٤٤١ هـ".
public struct DateExtractor: Sendable {
    let words: CalendarWords
    /// Keys a date can start with (digits aside): month, weekday, relative-day, month-part
    /// and ordinal words and "last". Most tokens are none of these and are passed over.
    let startKeys: Set<PhraseKey>

    public init(words: CalendarWords) {
        self.words = words
        var keys = Set(Self.pastWeekdayLeads.strings.map(PhraseKey.init))
        for index in [words.months, words.weekdays, words.relativeDays, words.sequelDays, words.relativeMonths,
                      words.relativeWeeks, words.monthParts, words.ordinalDays] {
            keys.formUnion(index.startKeys)
        }
        startKeys = keys
    }

    /// Whether a date can start at this token: a digit, or a calendar word.
    func mayStartDate(_ token: Token) -> Bool {
        if let first = token.key.utf8.first, first >= 0x30 && first <= 0x39 { return true }
        if startKeys.contains(token.phrase) || Self.weekdayAbbreviations.contains(token.phrase) { return true }
        // "وبعد", "وأمس": a conjunction written onto the first word. A first scalar other
        // than و or ف cannot start a first Character equal to either: that answer needs no
        // grapheme breaking (nearly every Arabic token takes it).
        guard token.isRightToLeft, let scalar = token.key.unicodeScalars.first, scalar.value == 0x0648 || scalar.value == 0x0641 else { return false }
        guard let first = token.key.first, first == "و" || first == "ف" else { return false }
        return startKeys.contains(PhraseKey(String(token.key.dropFirst())))
    }

    private static let compact = try! NSRegularExpression(pattern: #"^([0-9]{1,2})([a-z]{3,9})([0-9]{4})$"#)
    /// What may follow a day's one or two digits in one token: "8th", "1er", "2eme", Turkish "8inci".
    static let ordinalSuffixes: KeySet = ["", "st", "nd", "rd", "th", "er", "eme", "e", "inci", "nci", "ncı", "ıncı"]

    /// The number of a key that is one or two digits and an ordinal suffix ("8", "08", "8th"), else nil.
    /// (A check per date candidate: a regular expression there cost more than the rest of date reading.)
    static func ordinalDay(_ key: String) -> Int? {
        var digits = 0
        var value = 0
        for b in key.utf8 {
            guard b >= 0x30 && b <= 0x39 else { break }
            digits += 1
            value = value * 10 + Int(b - 0x30)
            if digits > 2 { return nil }
        }
        guard digits > 0, ordinalSuffixes.contains(String(decoding: Array(key.utf8.dropFirst(digits)), as: UTF8.self)) else { return nil }
        return value
    }

    static func mayBeCompact(_ key: String) -> Bool {
        let u = key.utf8
        guard u.count >= 8, let first = u.first, let last = u.last else { return false }
        return first >= 0x30 && first <= 0x39 && last >= 0x30 && last <= 0x39
    }
    static let ambiguousEnglishMonths: KeySet = ["may", "march", "mar", "jan", "jun", "dec", "aug", "sep", "oct", "nov", "feb", "apr", "jul"]
    /// Words before an English weekday that make it a date ("on Monday"), not a name ("Sunday Times").
    static let weekdayLeads: KeySet = ["on", "last", "this", "next", "since", "until", "by", "from", "late", "early", "and", "or"]
    /// Weekdays as logs abbreviate them ("Mon 14th"), read only capitalised before a day.
    static let weekdayAbbreviations: KeySet = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    /// Words after which a month alone is a date: "in March", "during May".
    static let monthLeads: KeySet = ["in", "during", "since", "until"]
    /// "last Thursday", "jeudi dernier" come as a word before or after the weekday.
    static let pastWeekdayLeads: KeySet = ["last", "past"]
    /// Words between the two days of a range ("the night of 9 to 10 March", "du 9 au 10 mars",
    /// "tra il 9 e il 10 marzo", "ليلة 9 إلى 10 مارس", "с 9 на 10 марта"): the range starts on the first.
    static let dayRangeJoiners = KeySet(["to", "and", "au", "et", "e", "il", "al", "و", "إلى", "حتى", "на", "по", "и", "ile"].map(Document.fold))

    public func extract(_ doc: Document, _ tokens: [Token]) -> [Mention<DateExpression>] {
        let units = doc.units
        var out: [Mention<DateExpression>] = []
        var monthFirstDates = 0, dayFirstDates = 0
        var i = 0
        while i < tokens.count {
            // "du 9 au 10 mars", "9-10 March": a flight over a night or a few days is dated by its first day.
            if let (n, value) = dayRange(tokens, at: i, units) {
                out.append(Mention(NSRange(location: tokens[i].location, length: tokens[i + n - 1].end - tokens[i].location), value))
                i += n
                continue
            }
            if mayStartDate(tokens[i]), var (n, value) = parse(tokens, at: i, units) ?? parseWithoutConjunction(tokens, at: i, units) {
                // "الإثنين 8 يونيو", "Tuesday, 4 February 2020": the weekday goes with the date,
                // to be checked against it.
                if case .weekday(let w) = value, i + n < tokens.count, close(tokens[i + n - 1], tokens[i + n], units),
                   let (dn, next) = parse(tokens, at: i + n, units),
                   case .absolute(let y, let m, let d?, let hint, nil, let ambiguous) = next
                {
                    n += dn
                    value = .absolute(year: y, month: m, day: d, hint: hint, weekday: w, orderAmbiguous: ambiguous)
                }
                if case .absolute(_, _, _?, _, _, false) = value, !isTweetSignature(tokens[i].location, units) {
                    if writtenMonthFirst(tokens, at: i) { monthFirstDates += 1 } else if !isNumeric(tokens[i]) { dayFirstDates += 1 }
                }
                let range = NSRange(location: tokens[i].location, length: tokens[i + n - 1].end - tokens[i].location)
                out.append(Mention(range, value))
                i += n
            } else {
                i += 1
            }
        }
        // An article that writes its dates month-first ("June 8, 2020") and never day-first
        // is American: its "06/08/2020" is June 8. A tweet's signature ("— @x June 8, 2020")
        // is Twitter's format, not the writer's, and does not count.
        if monthFirstDates > 0 && dayFirstDates == 0 {
            for k in out.indices {
                if case .absolute(let y, let m, let d?, let hint, let w, true) = out[k].value {
                    out[k].value = .absolute(year: y, month: d, day: m, hint: hint, weekday: w, orderAmbiguous: true)
                }
            }
        }
        return out
    }

    /// "وبعد يومين", "فأمس": an Arabic "و"/"ف" written onto a date phrase's first word.
    private func parseWithoutConjunction(_ tokens: [Token], at i: Int, _ units: [UInt16]) -> (Int, DateExpression)? {
        let token = tokens[i]
        guard token.isRightToLeft, let scalar = token.key.unicodeScalars.first, scalar.value == 0x0648 || scalar.value == 0x0641 else { return nil }
        guard let first = token.key.first, first == "و" || first == "ف", token.key.count > 2 else { return nil }
        let stripped = String(token.key.dropFirst())
        guard startKeys.contains(PhraseKey(stripped)) else { return nil }
        var slice = Array(tokens[i..<min(tokens.count, i + 8)])
        slice[0].key = stripped
        return parse(slice, at: 0, units)
    }

    /// "June 8", "Monday, June 8": the month name before the day.
    private func writtenMonthFirst(_ t: [Token], at i: Int) -> Bool {
        var j = i
        if let (n, _) = words.weekdays.longestMatch(in: t, at: j, limit: t.count) { j += n }
        return month(t, at: j) != nil
    }

    /// "2020-06-08", "13/06/2020": a date of numbers only says nothing of the writer's order.
    private func isNumeric(_ token: Token) -> Bool {
        guard token.isAllDigits, let after = token.after else { return false }
        return [0x2F, 0x2E, 0x2D].contains(after)
    }

    /// A date within 60 characters after an "@handle": a quoted tweet's signature.
    private func isTweetSignature(_ location: Int, _ units: [UInt16]) -> Bool {
        units[max(0, location - 60)..<location].contains(0x40)
    }

    private func parse(_ t: [Token], at i: Int, _ units: [UInt16]) -> (Int, DateExpression)? {
        // "the next day": before "day" words of the article's calendar ("اليوم التالي" over
        // "اليوم"), unless a longer relative phrase starts here ("the day before yesterday").
        let relative = words.relativeDays.longestMatch(in: t, at: i, limit: t.count)
        if let (n, offsets) = words.sequelDays.longestMatch(in: t, at: i, limit: t.count), let offset = offsets.first,
           n >= (relative?.count ?? 0)
        {
            // "au lendemain de l'attaque", "the day after the vote": counted from that, not the story.
            let next = i + n < t.count ? t[i + n].key : ""
            if ["de", "d", "of", "after", "di", "del", "della", "من", "على"].contains(next) { return nil }
            // "on January 12, the day before the stopover": English "before"/"after" ending the
            // phrase and a determiner next is a preposition naming another event, not a sequel.
            if ["before", "after"].contains(t[i + n - 1].key), ["the", "a", "an", "his", "her", "its", "their"].contains(next) {
                return nil
            }
            return (n, .sequel(days: offset))
        }
        if let (n, offsets) = words.relativeMonths.longestMatch(in: t, at: i, limit: t.count), let offset = offsets.first {
            return (n, .relativeMonth(offset))
        }
        if let (n, offsets) = words.relativeWeeks.longestMatch(in: t, at: i, limit: t.count), let offset = offsets.first {
            return (n, .relativeWeek(offset))
        }
        // Relative day, optionally with its weekday: "أمس الإثنين", "yesterday (Monday)".
        if let (n, offsets) = relative, let offset = offsets.first {
            var used = n
            var weekday: Int?
            if i + n < t.count, close(t[i + n - 1], t[i + n], units), let (wn, w) = words.weekdays.longestMatch(in: t, at: i + n, limit: t.count) {
                weekday = w.first
                used += wn
            }
            return (used, .relative(days: offset, weekday: weekday))
        }
        // ISO 2020-06-08, 2020/6/8 and day-first 08/06/2020.
        if let iso = numericDate(t, at: i, units) { return iso }
        // 13Feb2020
        // (Only a key that starts with a digit and ends with four can match: the pattern is
        // not run on the others.)
        if Self.mayBeCompact(t[i].key),
           let m = Self.compact.firstMatch(in: t[i].key, range: NSRange(location: 0, length: t[i].key.utf16.count)) {
            let key = t[i].key as NSString
            if let month = words.months.lookup(key.substring(with: m.range(at: 2))).first,
               let day = Int(key.substring(with: m.range(at: 1))), let year = Int(key.substring(with: m.range(at: 3))),
               valid(year, month, day)
            {
                return (1, .absolute(year: year, month: month, day: day, hint: .none))
            }
        }
        // 8 June [2020], 8th of June, الثامن من يونيو, ٨ يونيو/حزيران الجاري, ١٥ شوال ١٤٤١ هـ
        if let (dn, day) = dayNumber(t, at: i), i + dn < t.count {
            var j = i + dn
            if ["of", "de", "di", "من"].contains(t[j].key), j + 1 < t.count { j += 1 }
            if close(t[j - 1], t[j], units), let (mn, m) = month(t, at: j) {
                var end = j + mn
                end = skipSecondMonth(t, end, units)
                let (yearTokens, year, hint) = trailingYear(t, end, units)
                if year == nil || valid(year!, m, day) {
                    return (end + yearTokens - i, .absolute(year: year, month: m, day: day, hint: hint))
                }
            }
            // "24 من الشهر الماضي", "the 15th of this month" (a plain "8 of last month's flights" is a count).
            if j > i + dn, t[j - 1].key == "من" || !t[i].isAllDigits,
               let (rn, offsets) = words.relativeMonths.longestMatch(in: t, at: j, limit: t.count), let offset = offsets.first
            {
                return (j + rn - i, .dayOfRelativeMonth(day: day, months: offset))
            }
            if close(t[j - 1], t[j], units), let hijri = hijriDate(t, monthAt: j, day: day, units) {
                return (hijri.0 - i, .hijri(hijri.1))
            }
        }
        // June 8, 2020 / June 2020 / يونيو الماضي
        if let (mn, m) = month(t, at: i) {
            var end = i + mn
            end = skipSecondMonth(t, end, units)
            if end < t.count, close(t[end - 1], t[end], units), let (dn, day) = dayNumber(t, at: end), dn == 1 {
                let (yearTokens, year, hint) = trailingYear(t, end + 1, units)
                if year == nil || valid(year!, m, day) {
                    return (end + 1 + yearTokens - i, .absolute(year: year, month: m, day: day, hint: hint))
                }
            }
            let (yearTokens, year, hint) = trailingYear(t, end, units)
            if yearTokens > 0, year != nil || hint != .none {
                return (end + yearTokens - i, .absolute(year: year, month: m, day: nil, hint: hint))
            }
            // "In March, the same jet flew…": a capitalised month after "in"/"during" alone is
            // that month, the year that puts it on or before the article's date.
            if !t[i].isRightToLeft, t[i].isCapitalized, i > 0, Self.monthLeads.contains(t[i - 1].phrase),
               close(t[i - 1], t[i], units)
            {
                return (end - i, .absolute(year: nil, month: m, day: nil, hint: .none))
            }
        }
        // "mid-June", "late December", "منتصف يونيو", "fin juin": part of a month, known to the month.
        if let (pn, _) = words.monthParts.longestMatch(in: t, at: i, limit: t.count), i + pn < t.count,
           close(t[i + pn - 1], t[i + pn], units), let (mn, m) = month(t, at: i + pn)
        {
            let end = skipSecondMonth(t, i + pn + mn, units)
            let (yearTokens, year, hint) = trailingYear(t, end, units)
            return (end + yearTokens - i, .absolute(year: year, month: m, day: nil, hint: hint))
        }
        // "Mon 14th", "Tuesday 15th": a log's day of the month under its weekday, no month
        // written: a day of the article's month.
        if !t[i].isRightToLeft, i + 1 < t.count, close(t[i], t[i + 1], units) {
            let weekdayWords = words.weekdays.longestMatch(in: t, at: i, limit: i + 1)?.count == 1
            let abbreviated = t[i].isCapitalized && Self.weekdayAbbreviations.contains(t[i].phrase)
            if weekdayWords || abbreviated, let (dn, day) = dayNumber(t, at: i + 1), dn == 1,
               t[i + 1].key.contains(where: \.isLetter), month(t, at: i + 2) == nil,
               !(i + 2 < t.count && ["of", "de", "di"].contains(t[i + 2].key))
            {
                return (2, .dayOfRelativeMonth(day: day, months: 0))
            }
        }
        // "last Thursday"
        if Self.pastWeekdayLeads.contains(t[i].phrase), i + 1 < t.count, close(t[i], t[i + 1], units),
           let (n, w) = words.weekdays.longestMatch(in: t, at: i + 1, limit: t.count), let weekday = w.first
        {
            return (n + 1, .pastWeekday(weekday))
        }
        // A weekday on its own; "الخميس الماضي", "jeudi dernier": the one before this week's.
        if let (n, w) = words.weekdays.longestMatch(in: t, at: i, limit: t.count), let weekday = w.first {
            if i + n < t.count, close(t[i + n - 1], t[i + n], units), words.yearWords.lookup(t[i + n].key).first == .past {
                return (n + 1, .pastWeekday(weekday))
            }
            // "The Sunday Times", "Monday Night Football": a capitalised English weekday before
            // another capitalised word, with no "on"/"last" before it, is part of a name.
            if !t[i].isRightToLeft, t[i].isCapitalized, i + n < t.count, t[i + n].isCapitalized,
               units[t[i + n - 1].end..<t[i + n].location].elementsEqual([0x20]),
               month(t, at: i + n) == nil, i == 0 || !Self.weekdayLeads.contains(t[i - 1].phrase)
            {
                return nil
            }
            return (n, .weekday(weekday))
        }
        return nil
    }

    private func month(_ t: [Token], at i: Int) -> (Int, Int)? {
        guard i < t.count, let (n, values) = words.months.longestMatch(in: t, at: i, limit: t.count), let m = values.first else {
            return nil
        }
        if n == 1, Self.ambiguousEnglishMonths.contains(t[i].phrase), !t[i].isCapitalized { return nil }
        return (n, m)
    }

    /// "شوال ١٤٤١ هـ" after a day number: a Hijri month needs its year (1300–1500 AH) to
    /// be told from a name ("رجب" is also a man's name). Returns the end token index.
    private func hijriDate(_ t: [Token], monthAt j: Int, day: Int, _ units: [UInt16]) -> (Int, HijriDate)? {
        guard let (mn, values) = words.hijriMonths.longestMatch(in: t, at: j, limit: t.count), let m = values.first else { return nil }
        var end = j + mn
        guard end < t.count, close(t[end - 1], t[end], units), t[end].isAllDigits, let y = Int(t[end].text), (1300...1500).contains(y),
              day <= 30 else { return nil }
        end += 1
        // "هـ" (tatweel folded away) marks the Hijri year.
        if end < t.count, t[end].key == "ه", t[end].location - t[end - 1].end <= 1 { end += 1 }
        return (end, HijriDate(year: y, month: m, day: day))
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
        if t[j].isAllDigits, t[j].length == 4, let y = Int(t[j].text), (1900...2100).contains(y) {
            // "2021م": the Gregorian year's mark.
            if j + 1 < t.count, t[j + 1].key == "م", t[j + 1].location - t[j].end <= 1 { return (2, y, .none) }
            return (1, y, .none)
        }
        if let hint = words.yearWords.lookup(t[j].key).first { return (1, nil, hint) }
        // "من العام الجاري", "this year", "quest'anno"
        var k = j
        if k < t.count, ["من", "this", "of"].contains(t[k].key) { k += 1 }
        if k < t.count, ["العام", "عام", "السنه", "year"].contains(t[k].key) {
            if k + 1 < t.count, words.yearWords.lookup(t[k + 1].key).first == .current { return (k + 2 - j, nil, .current) }
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
        // Year first: 2020-06-08, and 2020/6/8 as Arabic papers write it.
        if sep1.first == 0x2D || sep1.first == 0x2F, t[i].length == 4, valid(a, b, c) {
            return (3, .absolute(year: a, month: b, day: c, hint: .none))
        }
        if (sep1.first == 0x2F || sep1.first == 0x2E), t[i + 2].length == 4, valid(c, b, a) {
            // Both under 13 and different: either could be the month.
            let ambiguous = a <= 12 && b <= 12 && a != b
            return (3, .absolute(year: c, month: b, day: a, hint: .none, orderAmbiguous: ambiguous))
        }
        return nil
    }

    /// A day of the month: "8", "8th", "1er", or the words "الثامن", "الحادي والعشرين".
    /// Returns how many tokens it takes.
    private func dayNumber(_ t: [Token], at i: Int) -> (Int, Int)? {
        let token = t[i]
        if let d = Self.ordinalDay(token.key), (1...31).contains(d) {
            return (1, d)
        }
        // Words only before "من"/"of" and a month: "الثاني" alone is any second thing.
        if let (n, values) = words.ordinalDays.longestMatch(in: t, at: i, limit: t.count), let d = values.first,
           i + n < t.count, ["من", "of"].contains(t[i + n].key)
        {
            return (n, d)
        }
        return nil
    }

    /// Tokens of one date are separated by spaces and light punctuation only.
    /// A bare day, one or two range words (or a dash), then a later day with its month: the first day.
    private func dayRange(_ t: [Token], at i: Int, _ units: [UInt16]) -> (Int, DateExpression)? {
        guard t[i].isAllDigits, t[i].length <= 2, let first = Self.ordinalDay(t[i].key), first >= 1, i + 1 < t.count else { return nil }
        var j = i + 1
        if t[j - 1].after == 0x2D || t[j - 1].after == 0x2013 {
            guard units[t[j - 1].end..<t[j].location].allSatisfy({ $0 == 0x2D || $0 == 0x2013 || $0 == 0x20 }) else { return nil }
        } else {
            while j < t.count, j - i <= 2, Self.dayRangeJoiners.contains(t[j].phrase) { j += 1 }
            guard j > i + 1 else { return nil }
        }
        guard j < t.count, let (n, second) = parse(t, at: j, units),
              case .absolute(let y, let m, let d?, let hint, nil, false) = second, first < d, d - first <= 7 else { return nil }
        return (j + n - i, .absolute(year: y, month: m, day: first, hint: hint, weekday: nil, orderAmbiguous: false))
    }

    private func close(_ a: Token, _ b: Token, _ units: [UInt16]) -> Bool {
        let gap = b.location - a.end
        guard gap >= 0 && gap <= 3 else { return false }
        // "1° agosto": the ordinal sign may follow the day.
        return units[a.end..<b.location].allSatisfy { [0x20, 0x2C, 0x2F, 0x2E, 0x2D, 0x28, 0x29, 0xB0, 0xBA].contains($0) }
    }

    private func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1900...2100).contains(y) && (1...12).contains(m) && d >= 1 && d <= EventDate.daysIn(month: m, year: y)
    }
}
