import Foundation

/// A date expression of the text and the day it resolves to.
struct ResolvedDate {
    let mention: Mention<DateExpression>
    let date: EventDate
    var location: Int { mention.location }
}

/// A point of the story: from this byte on, undated legs happened on `date`.
struct StoryDate {
    let byte: Int
    let date: EventDate
    let mention: Mention<DateExpression>
}

/// Stage 2: the article's own date and every date expression resolved against it.
struct ArticleDates {
    /// The collector's `date …` first line and its range.
    let header: (date: EventDate, range: NSRange)?
    let dateline: Mention<DateExpression>?
    /// The article's date: what relative expressions resolve against.
    let anchor: ArticleDate?
    /// Date expressions in reading order with their days ("the next day" counted from the
    /// last day-precise date before it).
    let resolved: LocatedResolvedDates
    /// Where the story moves to a new day, in reading order.
    let story: [StoryDate]
    /// Locations of weekdays written with a date that does not fall on them.
    let weekdayMismatches: Set<Int>
    /// A quoted tweet's signature date ("— Name (@handle) August 5, 2020") by the paragraph
    /// it is written in.
    let tweetSignatures: [Int: ResolvedDate]

    /// The day the story last stated before a byte.
    func storyDate(before byte: Int) -> StoryDate? {
        var lo = 0, hi = story.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if story[mid].byte < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? story[lo - 1] : nil
    }
}

/// Resolved dates with the ones in a range found by binary search.
struct LocatedResolvedDates {
    let all: [ResolvedDate]
    private let located: LocatedMentions<Int>

    init(_ dates: [ResolvedDate]) {
        all = dates
        located = LocatedMentions(dates.enumerated().map { Mention($1.mention.range, $0) })
    }

    func inside(_ range: NSRange) -> [ResolvedDate] { located.inside(range).map { all[$0.value] } }
}

extension ArticleExtractor {
    /// Update headings: paragraphs of at most 10 words with an update word and a day.
    func updateHeadings(_ m: ArticleMentions, anchor: ArticleDate?) -> [(location: Int, date: EventDate)] {
        let words = knowledge.assemblyWords
        var out: [(location: Int, date: EventDate)] = []
        var firstOfParagraph: [Int: Sentence] = [:], lastOfParagraph: [Int: Sentence] = [:]
        for s in m.sentences {
            if firstOfParagraph[s.paragraph] == nil { firstOfParagraph[s.paragraph] = s }
            lastOfParagraph[s.paragraph] = s
        }
        let located = LocatedMentions(m.dates)
        for (p, first) in firstOfParagraph.sorted(by: { $0.key < $1.key }) {
            let last = lastOfParagraph[p]!
            let tokens = first.tokens.lowerBound..<last.tokens.upperBound
            guard tokens.count <= 10, firstPhrase(words.update, in: tokens, m.tokens) != nil else { continue }
            let span = NSRange(location: first.range.location, length: NSMaxRange(last.range) - first.range.location)
            for d in located.inside(span) {
                guard case .absolute(let y, let mo, let day?, _, _, _) = d.value else { continue }
                if let y { out.append((d.location, EventDate(year: y, month: mo, day: day))); break }
                guard let a = anchor?.date else { break }
                // The anchor's year, unless that puts it more than two months after the anchor.
                let same = EventDate(year: a.year, month: mo, day: day)
                let reference = EventDate(year: a.year, month: a.month ?? 1, day: a.day ?? 1)
                let ahead = (same.dayNumber ?? 0) - (reference.dayNumber ?? 0)
                out.append((d.location, ahead > 62 ? EventDate(year: a.year - 1, month: mo, day: day) : same))
                break
            }
        }
        return out
    }

    /// Stage 2.
    func dateArticle(_ m: ArticleMentions, givenDate: EventDate?) -> ArticleDates {
        let doc = m.doc
        let header = ArticleDate.headerDate(doc.folded)
        let dateMentions = m.dates
        // "During July 2024 … on Thursday 18 July": a month the text writes with its year gives
        // that year to its year-less days.
        let monthYears: [Int: Int] = Dictionary(dateMentions.compactMap { m -> (Int, Int)? in
            if case .absolute(let y?, let mo, nil, _, _, _) = m.value { return (mo, y) }
            return nil
        }, uniquingKeysWith: { a, b in max(a, b) })
        // Calendar dates the text writes out; a year-less one ("3–7 February") takes a
        // coarse header's year, so that a month header still anchors "Monday".
        let explicit = dateMentions.compactMap { m -> EventDate? in
            if let h = header, NSIntersectionRange(h.1, m.range).length > 0 { return nil }
            switch m.value {
            case .absolute(let y?, let mo, let d, _, _, _): return EventDate(year: y, month: mo, day: d)
            case .absolute(nil, let mo, let d?, _, _, _):
                if header == nil, let y = monthYears[mo] { return EventDate(year: y, month: mo, day: d) }
                guard let h = header?.0, h.precision != .day, let hm = h.month, mo <= hm, hm - mo <= 1 else { return nil }
                return EventDate(year: h.year, month: mo, day: d)
            default: return nil
            }
        }
        // "on Thursday (January 13th)" in an article that gives no year for it: the weekday
        // pins the year — the first after the latest year the text writes on which that
        // day is that weekday (background years come before the news), else the last before.
        var pinned: [Int: EventDate] = [:]
        let writtenYears = dateMentions.compactMap { m -> Int? in
            if case .absolute(let y?, _, _, _, _, _) = m.value { return y }
            return nil
        }
        if header == nil, givenDate == nil, let reference = writtenYears.max() {
            for d in dateMentions {
                guard case .absolute(nil, let mo, let day?, _, let w?, _) = d.value, monthYears[mo] == nil else { continue }
                let years = Array(reference...(reference + 6)) + (1...6).map { reference - $0 }
                if let y = years.first(where: { EventDate(year: $0, month: mo, day: day).weekday == w }) {
                    pinned[d.location] = EventDate(year: y, month: mo, day: day)
                }
            }
        }
        // A quoted tweet's own date ("— Name (@handle) July 2, 2019") anchors its "this
        // morning" and "yesterday", not the article's date.
        let folded = doc.foldedText
        func paragraph(of location: Int) -> Int? { m.layout.sentence(at: location)?.paragraph }
        var tweetDates: [Int: EventDate] = [:]
        var tweetSignatures: [Int: ResolvedDate] = [:]
        for d in dateMentions {
            guard case .absolute(let y?, let mo, let day?, _, _, _) = d.value else { continue }
            let lookback = max(0, d.location - 60)
            let before = folded.substring(with: NSRange(location: lookback, length: d.location - lookback))
            guard before.contains("@"), let p = paragraph(of: d.location) else { continue }
            tweetDates[p] = EventDate(year: y, month: mo, day: day)
            tweetSignatures[p] = ResolvedDate(mention: d, date: EventDate(year: y, month: mo, day: day))
        }
        // "TRIPOLI, June 9 (Reuters) -": a year-less dateline takes the year of the given date or
        // the header, else the one that puts it on or shortly after the latest date the text writes.
        let headerEnd = header.map { NSMaxRange($0.1) } ?? 0
        let datelineMention = ArticleDate.dateline(doc.folded, dateMentions, after: headerEnd)
        let datelineDate: EventDate? = datelineMention.flatMap { d in
            guard case .absolute(let y, let mo, let day?, _, _, _) = d.value else { return nil }
            if let y { return EventDate(year: y, month: mo, day: day) }
            if let year = givenDate?.year ?? header?.0.year { return EventDate(year: year, month: mo, day: day) }
            guard let latest = (explicit + pinned.values).max() else { return nil }
            return ArticleDate(date: latest, basis: .text).resolve(d.value)
        }
        let anchor = ArticleDate.estimate(given: givenDate, header: header?.0, dateline: datelineDate,
                                          tweetDates: Array(tweetDates.values), explicitDates: explicit + pinned.values)
        // "AGGIORNAMENTO 27 Agosto ore 11.30:": a short update heading with a day re-dates the
        // relative days that follow it ("questa mattina" is the 27th, not the article's day),
        // and may be after the article's own date (its year is the anchor's).
        let headings = updateHeadings(m, anchor: anchor)
        func heading(before location: Int) -> EventDate? { headings.last { $0.location < location }?.date }
        // Dates in reading order; "the next day" counts from the last day-precise date before it.
        var resolvedDates: [ResolvedDate] = []
        var storyDate: EventDate?
        // A weekday written with a date that does not fall on it: the date stands, with less trust.
        var weekdayMismatches = Set<Int>()
        for d in dateMentions {
            if let h = header, NSIntersectionRange(h.1, d.range).length > 0 { continue }
            let resolved: EventDate?
            if case .sequel(let days) = d.value {
                resolved = storyDate?.adding(days: days) ?? anchor?.resolve(d.value)
            } else if case .absolute(let y?, let mo, let day, _, _, _) = d.value {
                resolved = EventDate(year: y, month: mo, day: day)
            } else if let p = pinned[d.location] {
                resolved = p
            } else if let p = paragraph(of: d.location), let tweetDate = tweetDates[p] {
                resolved = ArticleDate(date: tweetDate, basis: .header).resolve(d.value)
            } else if let h = headings.first(where: { $0.location == d.location }) {
                resolved = h.date
            } else if let h = heading(before: d.location) {
                resolved = ArticleDate(date: h, basis: .header).resolve(d.value)
            } else {
                resolved = anchor?.resolve(d.value)
            }
            guard let resolved else { continue }
            if ArticleDate.weekdayAgrees(d.value, resolved) == false { weekdayMismatches.insert(d.location) }
            // Any day-precise date moves the story for "the next day"; only calendar dates
            // date the undated legs that follow (see `story`).
            if resolved.precision == .day { storyDate = resolved }
            resolvedDates.append(ResolvedDate(mention: d, date: resolved))
        }
        // The story's date at a byte offset: the last day-precise date stated before it.
        var story: [StoryDate] = resolvedDates.compactMap { r in
            guard r.date.precision == .day else { return nil }
            switch r.mention.value {
            case .absolute, .sequel, .hijri, .dayOfRelativeMonth: return StoryDate(byte: doc.byteRange(r.mention.range).start, date: r.date, mention: r.mention)
            default: return nil  // "yesterday" in passing does not move the story
            }
        }
        // "وصلت أمس الأربعاء طائرتان…": before any calendar date, a lede's relative day named
        // with its weekday dates the story.
        let firstCalendar = story.first?.byte ?? Int.max
        if let lede = resolvedDates.first(where: { r in
            if case .relative(_, _?) = r.mention.value, r.date.precision == .day { return doc.byteRange(r.mention.range).start < firstCalendar }
            return false
        }) {
            story.insert(StoryDate(byte: doc.byteRange(lede.mention.range).start, date: lede.date, mention: lede.mention), at: 0)
        }
        return ArticleDates(header: header.map { (date: $0.0, range: $0.1) }, dateline: datelineMention, anchor: anchor,
                            resolved: LocatedResolvedDates(resolvedDates), story: story, weekdayMismatches: weekdayMismatches,
                            tweetSignatures: tweetSignatures)
    }
}
