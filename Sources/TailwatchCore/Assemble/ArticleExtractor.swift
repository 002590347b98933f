import Foundation

/// Where an article came from, for the evidence of its events.
public struct ArticleSource: Sendable, Hashable {
    public var file: String
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.file = (path as NSString).lastPathComponent
        self.sha256 = sha256
    }
}

/// What one article yields.
public struct ArticleExtraction: Sendable {
    public var events: [FlightEvent]
    public var articleDate: ArticleDate?
}

/// Reads one article: runs every extractor, then assembles flight legs sentence
/// by sentence, attributes them to aircraft and merges what is told twice.
public struct ArticleExtractor: Sendable {
    /// Bumped whenever rules or tables change what is extracted; stored articles
    /// read by an older version are re-read on the next ingest.
    public static let version = 4

    let knowledge: Knowledge
    let identifiers: IdentifierExtractor
    let codeFinder: AircraftCodeExtractor
    let typeFinder: TypeExtractor
    let places: PlaceExtractor
    let dates: DateExtractor
    let times = TimeExtractor()

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        identifiers = IdentifierExtractor(grammar: knowledge.registrations, cues: knowledge.identifierCues, modelCodes: knowledge.catalog.modelCodes)
        codeFinder = AircraftCodeExtractor(cues: knowledge.identifierCues)
        typeFinder = TypeExtractor(catalog: knowledge.catalog)
        places = PlaceExtractor(gazetteer: knowledge.gazetteer, words: knowledge.routeWords)
        dates = DateExtractor(words: knowledge.calendar)
    }

    static let ordinals: [String: Int] = [
        "first": 0, "second": 1, "third": 2, "fourth": 3,
        "الاولي": 0, "الاول": 0, "الثانيه": 1, "الثاني": 1, "الثالثه": 2, "الثالث": 2, "الرابعه": 3,
        "primo": 0, "prima": 0, "secondo": 1, "seconda": 1, "terzo": 2, "terza": 2,
        "premier": 0, "premiere": 0, "deuxieme": 1, "troisieme": 2, "ilk": 0, "ikinci": 1, "ucuncu": 2,
    ]
    static let betweenWords: Set<String> = ["between", "بين", "tra", "fra", "entre", "arasinda"]
    /// "(returned) to its base": back where the leg began.
    static let returnToBase: [[String]] = [
        ["الي", "قاعدتها"], ["الي", "قاعدته"], ["to", "its", "base"], ["to", "base"], ["to", "its", "home", "base"],
        ["alla", "sua", "base"], ["alla", "base"], ["a", "sa", "base"], ["sa", "base"], ["ussune"],
    ]
    /// Words that open a clause about the place just named ("where", "حيث", "dove").
    static let placeClauseWords: Set<String> = ["where", "حيث", "dove"]

    public func extract(text: String, source: ArticleSource, givenDate: EventDate? = nil) -> ArticleExtraction {
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.units)
        let sentences = Scopes.sentences(in: doc.units, tokens: tokens)
        let aircraft = aircraftMentions(in: doc, tokens: tokens)
        let types = aircraft.types, codes = aircraft.codes
        let ids = CodeAttachment.identifiers(adding: codes, to: aircraft.identifiers)
        // Every event names an aircraft (an identifier, a code, or a type for a typed flight):
        // an article naming none has no event, so its operators, places and times are not
        // read — most news is such an article. Its own date is still read below.
        let namesAircraft = !ids.isEmpty || !types.isEmpty
        let operators = namesAircraft ? typeFinder.operators(doc, tokens) : []
        let dateMentions = dates.extract(doc, tokens)
        // A name inside an identifier, type, operator or date is not a place
        // ("Cham Wings", "YK-BAG", "الخميس").
        let taken = ids.map(\.range) + codes.map(\.range) + types.map(\.range) + operators.map(\.range) + dateMentions.map(\.range)
        let placeMentions = namesAircraft ? findPlaces(doc, tokens, sentences, excluding: taken) : []
        let timeMentions = namesAircraft ? times.extract(doc) : []

        // The article's date.
        let header = ArticleDate.headerDate(doc.folded)
        // Calendar dates the text writes out; a year-less one ("3–7 February") takes a
        // coarse header's year, so that a month header still anchors "Monday".
        // "During July 2024 … on Thursday 18 July": a month the text writes with its year gives
        // that year to its year-less days.
        let monthYears: [Int: Int] = Dictionary(dateMentions.compactMap { m -> (Int, Int)? in
            if case .absolute(let y?, let mo, nil, _, _, _) = m.value { return (mo, y) }
            return nil
        }, uniquingKeysWith: { a, b in max(a, b) })
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
        // A quoted tweet's own date ("— Name (@handle) July 2, 2019") anchors its "this
        // morning" and "yesterday", not the article's date.
        let folded = doc.foldedText
        func paragraph(of location: Int) -> Int? { sentences.first { NSLocationInRange(location, $0.range) }?.paragraph }
        var tweetDates: [Int: EventDate] = [:]
        for m in dateMentions {
            guard case .absolute(let y?, let mo, let d?, _, _, _) = m.value else { continue }
            let lookback = max(0, m.location - 60)
            let before = folded.substring(with: NSRange(location: lookback, length: m.location - lookback))
            guard before.contains("@"), let p = paragraph(of: m.location) else { continue }
            tweetDates[p] = EventDate(year: y, month: mo, day: d)
        }
        // "TRIPOLI, June 9 (Reuters) -": a year-less dateline takes the year of the given date or
        // the header, else the one that puts it on or shortly after the latest date the text writes.
        let headerEnd = header.map { NSMaxRange($0.1) } ?? 0
        let datelineMention = ArticleDate.dateline(doc.folded, dateMentions, after: headerEnd)
        let datelineDate: EventDate? = datelineMention.flatMap { m in
            guard case .absolute(let y, let mo, let d?, _, _, _) = m.value else { return nil }
            if let y { return EventDate(year: y, month: mo, day: d) }
            if let year = givenDate?.year ?? header?.0.year { return EventDate(year: year, month: mo, day: d) }
            guard let latest = explicit.max() else { return nil }
            return ArticleDate(date: latest, basis: .text).resolve(m.value)
        }
        let anchor = ArticleDate.estimate(given: givenDate, header: header?.0, dateline: datelineDate,
                                          tweetDates: Array(tweetDates.values), explicitDates: explicit)
        // Dates in reading order; "the next day" counts from the last day-precise date before it.
        var resolvedDates: [(Mention<DateExpression>, EventDate)] = []
        var storyDate: EventDate?
        // A weekday written with a date that does not fall on it: the date stands, with less trust.
        var weekdayMismatches = Set<Int>()
        for m in dateMentions {
            if let h = header, NSIntersectionRange(h.1, m.range).length > 0 { continue }
            let resolved: EventDate?
            if case .sequel(let days) = m.value {
                resolved = storyDate?.adding(days: days) ?? anchor?.resolve(m.value)
            } else if case .absolute(let y?, let mo, let d, _, _, _) = m.value {
                resolved = EventDate(year: y, month: mo, day: d)
            } else if let p = paragraph(of: m.location), let tweetDate = tweetDates[p] {
                resolved = ArticleDate(date: tweetDate, basis: .header).resolve(m.value)
            } else {
                resolved = anchor?.resolve(m.value)
            }
            guard let resolved else { continue }
            if ArticleDate.weekdayAgrees(m.value, resolved) == false { weekdayMismatches.insert(m.location) }
            // Any day-precise date moves the story for "the next day"; only calendar dates
            // date the undated legs that follow (see storyDates).
            if resolved.precision == .day { storyDate = resolved }
            resolvedDates.append((m, resolved))
        }
        // The story's date at a byte offset: the last day-precise date stated before it.
        var storyDates: [(byte: Int, date: EventDate, mention: Mention<DateExpression>)] = resolvedDates.compactMap { m, d in
            guard d.precision == .day else { return nil }
            switch m.value {
            case .absolute, .sequel, .hijri, .dayOfRelativeMonth: return (doc.byteRange(m.range).start, d, m)
            default: return nil  // "yesterday" in passing does not move the story
            }
        }
        // "وصلت أمس الأربعاء طائرتان…": before any calendar date, a lede's relative day named
        // with its weekday dates the story.
        let firstCalendar = storyDates.first?.byte ?? Int.max
        if let lede = resolvedDates.first(where: { m, d in
            if case .relative(_, _?) = m.value, d.precision == .day { return doc.byteRange(m.range).start < firstCalendar }
            return false
        }) {
            storyDates.insert((doc.byteRange(lede.0.range).start, lede.1, lede.0), at: 0)
        }

        let countryVotes = self.countryVotes(placeMentions)
        let idOrder = uniqueInOrder(ids.map(\.value.canonical))
        let idCounts = Dictionary(ids.map { ($0.value.canonical, 1) }, uniquingKeysWith: +)
        let dominant: String? = {
            let sorted = idCounts.sorted { $0.value > $1.value }
            guard let top = sorted.first else { return nil }
            if sorted.count > 1 && sorted[1].value == top.value { return nil }
            return top.key
        }()
        var idInfo = Dictionary(ids.map { ($0.value.canonical, $0.value) }, uniquingKeysWith: { a, _ in a })
        let typeOf = typesByIdentifier(ids, types, sentences)
        let operatorMentionOf = operatorsByIdentifier(ids, operators, sentences)
        let operatorOf = operatorMentionOf.mapValues(\.name)
        // A serial shape several air forces share (US and Turkish "14-0013") belongs to the
        // air force named with it.
        for (id, op) in operatorMentionOf where op.isMilitary {
            if var info = idInfo[id], info.kind == .military, let c = op.country { info.country = c; idInfo[id] = info }
        }

        var legs: [FlightEvent] = []
        var chains: [Int] = []
        for (si, s) in sentences.enumerated() {
            let inSentence = placeMentions.filter { $0.tokens.lowerBound >= s.tokens.lowerBound && $0.tokens.upperBound <= s.tokens.upperBound }
            var chain = buildLegs(inSentence, tokens, countryVotes, folded: folded)
            guard !chain.isEmpty else { continue }
            // "from Benina to Al Jufra and back": the same leg flown the other way.
            if let last = chain.last, let o = last.origin, let d = last.destination,
               let lastPlace = inSentence.last?.tokens.upperBound,
               knowledge.flightWords.returnPhrases.contains(where: { phrase in
                   (lastPlace..<s.tokens.upperBound).contains { k in
                       k + phrase.count <= s.tokens.upperBound && tokens[k..<(k + phrase.count)].map(\.key) == phrase
                   }
               })
            {
                chain.append(Leg(origin: d, destination: o, location: tokens[lastPlace - 1].location))
            }
            // "أقلعت من قاعدة براتيكا دي ماري … قبل أن تعود إلى قاعدتها", "…and returned to base":
            // a leg that only left somewhere and went back to its base ends where it began.
            if let last = chain.last, let o = last.origin, last.destination == nil,
               let lastPlace = inSentence.last?.tokens.upperBound,
               Self.returnToBase.contains(where: { phrase in
                   (lastPlace..<s.tokens.upperBound).contains { k in
                       k + phrase.count <= s.tokens.upperBound && tokens[k..<(k + phrase.count)].map(\.key) == phrase
                   }
               })
            {
                chain[chain.count - 1].destination = o
            }
            // "… is from Rome Ciampino to Benghazi": a place its words make an origin.
            let fromTo = inSentence.contains { $0.role == .origin && !$0.cue.isEmpty }
            let sentenceRange = s.range
            let sentenceIDs = ids.filter { NSLocationInRange($0.location, sentenceRange) }
            let paragraphRange = paragraphSpan(s.paragraph, sentences)
            let paragraphIDs = ids.filter { NSLocationInRange($0.location, paragraphRange) }
            // The sentence's own date; else the paragraph's, from before the sentence or, after
            // it, only a calendar date (a tweet's signature); a later "yesterday" tells of another flight.
            let paragraphDates = resolvedDates.filter { m, _ in
                guard NSLocationInRange(m.location, paragraphRange) else { return false }
                if m.location < sentenceRange.location { return true }
                if case .absolute = m.value { return true }
                return false
            }
            // "…departed for Cairo, where the minister was due to meet his counterpart on Monday":
            // a date in a clause about the place the leg ends at is not the leg's.
            let lastPlaceEnd = inSentence.last(where: { $0.role != nil }).map { tokens[$0.tokens.upperBound - 1].end } ?? sentenceRange.location
            let clauseStart = tokens[s.tokens].first { $0.location >= lastPlaceEnd && Self.placeClauseWords.contains($0.key) }?.location
            let sentenceDates = resolvedDates.filter { (m: Mention<DateExpression>, _: EventDate) -> Bool in
                guard NSLocationInRange(m.location, sentenceRange) else { return false }
                if let clauseStart, m.location > clauseStart { return false }
                return true
            }
            var dated = bestDate(in: sentenceRange, sentenceDates) ?? bestDate(in: paragraphRange, paragraphDates)
            // "4th rotation this week. 08/03/2020": a coarse date the sentence gives is refined
            // by a day of the paragraph that falls within it.
            if let coarse = dated, coarse.1.precision < .day, let fine = bestDate(in: paragraphRange, paragraphDates),
               fine.1.precision == .day, fine.1.isCompatible(with: coarse.1)
            {
                dated = fine
            }
            let time = timeMentions.first { NSLocationInRange($0.location, sentenceRange) }
            let sentenceTypes = types.filter { NSLocationInRange($0.location, sentenceRange) }.map(\.value.designator)
            // Types named around the sentence (its paragraph and the one before): a leg told
            // of "the first plane" after "two C-130H" is not the A400M named elsewhere.
            let previousParagraph = paragraphSpan(s.paragraph - 1, sentences)
            let nearbyTypes = Set(types.filter {
                NSLocationInRange($0.location, paragraphRange) || NSLocationInRange($0.location, previousParagraph)
            }.map(\.value.designator))

            // Several legs and several dates in one sentence ("A - B yesterday, and this
            // morning B - C"): each leg takes the date written nearest to it.
            let perLeg = chain.count > 1 && Set(sentenceDates.map(\.1)).count > 1
            for leg in chain {
                let legDated = perLeg
                    ? sentenceDates.min { abs($0.0.location - leg.location) < abs($1.0.location - leg.location) } ?? dated
                    : dated
                let date = legDated?.1
                let targets = attribute(leg: leg, sentence: s, sentenceIDs: sentenceIDs, paragraphIDs: paragraphIDs,
                                        articleIDs: idOrder, idParagraphs: ids, sentences: sentences, tokens: tokens,
                                        dominant: dominant, sentenceTypes: sentenceTypes, nearbyTypes: nearbyTypes, typeOf: typeOf,
                                        fromTo: fromTo)
                for id in targets {
                    let info = idInfo[id]
                    let direct = sentenceIDs.contains { $0.value.canonical == id }
                    let type = typeOf[id]
                    var e = FlightEvent(
                        kind: .flight, registration: id, registrationCountry: info?.country,
                        aircraftType: type?.written, typeDesignator: type?.designator, operatorName: operatorOf[id],
                        origin: leg.origin, destination: leg.destination, date: date,
                        dateEvidence: legDated.map { dateEvidence(doc, $0.0, source, mismatch: weekdayMismatches.contains($0.0.location)) },
                        confidence: confidence(direct: direct, date: date, leg: leg)
                            - (legDated.map { weekdayMismatches.contains($0.0.location) } == true ? 0.2 : 0),
                        sources: [evidence(doc, sentenceRange, source, header: header?.1)])
                    if let time { applyTime(time.value, to: &e) }
                    legs.append(e)
                    chains.append(si)
                }
                // "A Royal Air Force C-130J landed at Benina": a type with no identifier in an
                // article naming none still makes a flight, typed only.
                if targets.isEmpty, ids.isEmpty, let type = singleTypedAircraft(leg, s, tokens, types) {
                    var e = FlightEvent(
                        kind: .flight, aircraftType: type.written, typeDesignator: type.designator,
                        operatorName: nearest(operators, to: leg.location, in: sentenceRange)?.name,
                        origin: leg.origin, destination: leg.destination, date: date,
                        confidence: max(0.1, confidence(direct: false, date: date, leg: leg) - 0.2),
                        sources: [evidence(doc, sentenceRange, source, header: header?.1)])
                    if let time { applyTime(time.value, to: &e) }
                    legs.append(e)
                    chains.append(si)
                }
            }
        }
        var events = EventMerger.mergeAll(legs, barrier: chains)
        // "the jet continued to Benghazi": a leg with no origin after one of the same
        // aircraft that ended elsewhere, no earlier, starts where that one ended.
        for i in events.indices where events[i].kind == .flight && events[i].origin == nil && events[i].destination != nil {
            let start = events[i].sources.first?.start ?? 0
            guard let previous = events.indices.filter({ j in
                j != i && events[j].identifier == events[i].identifier && (events[j].sources.first?.start ?? 0) < start
            }).max(by: { (events[$0].sources.first?.start ?? 0) < (events[$1].sources.first?.start ?? 0) }) else { continue }
            let p = events[previous]
            guard let end = p.destination, let here = events[i].destination, end.key != here.key,
                  !contains(end, here), !contains(here, end) else { continue }
            if let a = p.date, let b = events[i].date, let na = a.dayNumber, let nb = b.dayNumber, nb < na || nb - na > 2 { continue }
            events[i].origin = end
            events[i].confidence = max(0.1, events[i].confidence - 0.1)
        }
        // Undated legs take the date the story last stated before them ("on 5 October
        // 2021 … It departed Minsk"), else the article's date when the article states it.
        for i in events.indices where events[i].date == nil {
            let start = events[i].sources.first?.start ?? 0
            if let told = storyDates.last(where: { $0.byte < start }) {
                events[i].date = told.date
                var e = dateEvidence(doc, told.mention, source, mismatch: weekdayMismatches.contains(told.mention.location))
                e.basis = .story
                events[i].dateEvidence = e
            } else if let anchor, !anchor.inferred, anchor.date.precision == .day {
                events[i].date = anchor.date
                events[i].dateEvidence = anchorEvidence(doc, anchor, source, header: header?.1, dateline: datelineMention)
            } else {
                continue
            }
            events[i].confidence = max(0.1, events[i].confidence - 0.15)
        }
        // Aircraft named without any flight.
        let flown = Set(events.compactMap(\.registration))
        for id in idOrder where !flown.contains(id) {
            let m = ids.first { $0.value.canonical == id }!
            let s = sentences.first { NSLocationInRange(m.location, $0.range) }?.range ?? m.range
            events.append(FlightEvent(
                kind: .mention, registration: id, registrationCountry: idInfo[id]?.country,
                aircraftType: typeOf[id]?.written, typeDesignator: typeOf[id]?.designator, operatorName: operatorOf[id],
                confidence: 0.6, sources: [evidence(doc, s, source, header: header?.1)]))
        }
        CodeAttachment.attach(codes, ids: ids, sentences: sentences, doc: doc, to: &events)
        return ArticleExtraction(events: events, articleDate: anchor)
    }

    // MARK: Legs

    func findPlaces(_ doc: Document, _ tokens: [Token], _ sentences: [Sentence], excluding taken: [NSRange]) -> [PlaceMention] {
        places.extract(doc, tokens, sentences: sentences).filter { m in
            let r = m.range(in: tokens)
            // Inside another mention ("Cham" of "Cham Wings") it is not a place; a place
            // name that holds one ("RAF Brize Norton") still is.
            return !taken.contains { t in
                let overlap = NSIntersectionRange(t, r).length
                let holdsIt = overlap == t.length && t.length < r.length
                return overlap > 0 && !holdsIt
            }
        }
    }

    struct Leg {
        var origin: Place?
        var destination: Place?
        /// Read from "between A and B": a route, not yet a flight.
        var between = false
        /// Folded location of the leg's first place: which identifier it follows.
        var location: Int
    }

    /// Turns a sentence's role-tagged places into legs: "from A to B", "A to B",
    /// "between A and B", "took off from A, landed in B before returning to C".
    func buildLegs(_ mentions: [PlaceMention], _ t: [Token], _ votes: [String: Int], folded: FoldedText) -> [Leg] {
        var items: [(place: Place, role: RouteRole?, m: PlaceMention)] = mentions.compactMap { m in
            resolve(m, votes).map { ($0, m.role, m) }
        }
        // "تابعة للسعودية" (belonging to Saudi Arabia): the "ل" clitic makes no destination of a country.
        for i in items.indices where items[i].m.cue == ["ل"] && items[i].place.level == .country { items[i].role = nil }
        // "هبطت أمس في مطار معيتيقة", "landed on Monday in Tripoli": a plain "in" after a flight
        // verb a few words back takes the verb's direction.
        for i in items.indices where items[i].role == .at {
            let cueStart = items[i].m.cueStart ?? items[i].m.tokens.lowerBound
            let from = max(0, cueStart - 6)
            guard from < cueStart else { continue }
            if let role = t[from..<cueStart].reversed().lazy.compactMap({ self.knowledge.flightWords.role(ofVerb: $0.key) }).first {
                items[i].role = role
            }
        }
        // "غادرت الطائرة C-17 بنغازي", "It left Sirte": a departure verb takes the place it
        // leaves as its object, with no preposition; a few words (the subject) may stand between.
        for i in items.indices where items[i].role == nil && items[i].m.cue.isEmpty {
            let start = items[i].m.tokens.lowerBound
            let previousEnd = i > 0 ? items[i - 1].m.tokens.upperBound : 0
            let from = max(previousEnd, start - 5)
            guard from < start else { continue }
            // The verb nearest the place, with no route word after it ("أقلعت نحو … الدوحة"
            // is where it went, "decollato dalla base di Gibuti" is read by its "dalla").
            guard let verb = t[from..<start].indices.last(where: { self.knowledge.flightWords.role(ofVerb: t[$0].key) != nil }),
                  self.knowledge.flightWords.role(ofVerb: t[verb].key) == .origin,
                  !t[(verb + 1)..<start].contains(where: { self.knowledge.routeWords.before[[$0.key]] != nil })
            else { continue }
            items[i].role = .origin
        }
        // Adjacent names of one place: "Rome Ciampino", "Benghazi Benina #Libya", "مطار بنينا في بنغازي".
        var k = 1
        while k < items.count {
            let a = items[k - 1], b = items[k]
            let gap = b.m.tokens.lowerBound - a.m.tokens.upperBound
            let joinable = gap == 0 || (gap <= 2 && t[a.m.tokens.upperBound..<b.m.tokens.lowerBound].allSatisfy {
                Self.placeJoiners.contains($0.key)
            }) || ((b.m.clitic == "ب") && gap == 0)
            let bRoleFree = b.role == nil || b.role == .at || b.m.cue == ["ب"] || (gap > 0 && ["in", "at", "في"].contains(b.m.cue.last ?? ""))
            if joinable && bRoleFree && (contains(a.place, b.place) || contains(b.place, a.place)) {
                let precise = a.place.precisionRank >= b.place.precisionRank ? a.place : b.place
                var merged = a.m
                merged.tokens = a.m.tokens.lowerBound..<b.m.tokens.upperBound
                items[k - 1] = (precise, a.role, merged)
                items.remove(at: k)
            } else {
                k += 1
            }
        }
        // "Damascus #DAM - Benghazi #BEN", "Sharjah–Benina", "LIRA > HLLB": a dash or arrow between two names.
        for i in items.indices.dropLast() where items[i].role == nil && items[i + 1].role == nil {
            let gapStart = t[items[i].m.tokens.upperBound - 1].end
            let gapEnd = t[items[i + 1].m.tokens.lowerBound].location
            guard gapEnd > gapStart, gapEnd - gapStart <= 6 else { continue }
            // "Sharjah (OMSJ) ➝ Benina": brackets and spaces around the arrow do not count.
            let gap = folded.substring(with: NSRange(location: gapStart, length: gapEnd - gapStart))
                .trimmingCharacters(in: CharacterSet(charactersIn: " ()[]#"))
            if !gap.isEmpty, gap.count <= 4, gap.unicodeScalars.allSatisfy(Self.isRouteArrow) {
                items[i].role = .origin
                items[i + 1].role = .destination
            }
        }
        // "قاعدة الخادم قرب المرج", "Chkalovsky near Moscow": a place "near" the one just
        // named locates it; it is no end of its own.
        var n = 1
        while n < items.count {
            let m = items[n].m
            if Self.nearWords.contains(m.cue.joined(separator: " ")), let cueStart = m.cueStart,
               cueStart - items[n - 1].m.tokens.upperBound <= 1
            {
                items.remove(at: n)
            } else {
                n += 1
            }
        }
        // "between A and B"; "A to B".
        var betweenStarts = Set<Int>()
        for i in items.indices {
            let m = items[i].m
            if let before = m.tokens.lowerBound > 0 ? t[m.tokens.lowerBound - 1].key : nil, Self.betweenWords.contains(before) {
                items[i].role = .origin
                betweenStarts.insert(i)
                if i + 1 < items.count {
                    let n = items[i + 1].m
                    let joined = n.clitic == "و" || (n.tokens.lowerBound > 0 && Self.conjunction(t[n.tokens.lowerBound - 1].key))
                    if joined { items[i + 1].role = .destination }
                }
            }
            if items[i].role == nil, i + 1 < items.count, items[i + 1].role == .destination,
               items[i + 1].m.cue.count == 1, items[i + 1].m.tokens.lowerBound - m.tokens.upperBound <= 1,
               // "… بتوقيت المغرب، وحطت بمطار بيروت": a verb is no "to" between two names.
               knowledge.flightWords.role(ofVerb: items[i + 1].m.cue[0]) == nil
            {
                items[i].role = .origin
            }
        }
        var legs: [Leg] = []
        var current: Leg?
        for (n, item) in items.enumerated() {
            switch item.role {
            case .origin? where betweenStarts.contains(n):
                if let c = current, c.origin != nil || c.destination != nil { legs.append(c) }
                current = Leg(origin: item.place, destination: nil, between: true, location: t[item.m.tokens.lowerBound].location)
            case .origin?:
                // "landed in Tripoli, coming from Tunis": the origin of the leg just told.
                if var c = current, c.origin == nil, let d = c.destination, d.key != item.place.key {
                    c.origin = item.place
                    current = c
                    continue
                }
                if let c = current, c.origin != nil || c.destination != nil { legs.append(c) }
                current = Leg(origin: item.place, destination: nil, location: t[item.m.tokens.lowerBound].location)
            case .destination?:
                // "قاعدة حميميم الروسية في اللاذقية": the same place named twice is one end.
                if let c = current, c.destination?.key == item.place.key { continue }
                // "heading to western Libya, where it will land at Misrata": the second names the first.
                if var c = current, let d = c.destination, d.level != .airport, contains(d, item.place) {
                    c.destination = item.place
                    c.location = t[item.m.tokens.lowerBound].location  // "where the first flight…" reads from here
                    current = c
                    continue
                }
                if var c = current {
                    if c.destination != nil {
                        legs.append(c)
                        c = Leg(origin: c.destination, destination: nil, location: t[item.m.tokens.lowerBound].location)
                    }
                    c.destination = item.place
                    current = c
                } else {
                    current = Leg(origin: nil, destination: item.place, location: t[item.m.tokens.lowerBound].location)
                }
            case .via?:
                // A stop on the way splits the leg it lies on: O→X, X→D.
                let at = t[item.m.tokens.lowerBound].location
                if var c = current {
                    if c.destination == nil {
                        c.destination = item.place
                        legs.append(c)
                        current = Leg(origin: item.place, destination: nil, location: at)
                    } else {
                        legs.append(Leg(origin: c.origin, destination: item.place, location: c.location))
                        c.origin = item.place
                        current = c
                    }
                } else {
                    legs.append(Leg(origin: nil, destination: item.place, location: at))
                    current = Leg(origin: item.place, destination: nil, location: at)
                }
            default:
                continue
            }
        }
        if let c = current { legs.append(c) }
        for i in legs.indices where legs[i].origin != nil && legs[i].origin?.key == legs[i].destination?.key { legs[i].origin = nil }
        // A country that holds the other end is context ("Kufra, Libya"), not an end.
        for i in legs.indices {
            if let o = legs[i].origin, let d = legs[i].destination, o.country == d.country {
                if o.level == .country && d.level != .country { legs[i].origin = nil }
                if d.level == .country && o.level != .country { legs[i].destination = nil }
            }
        }
        return legs.filter { $0.origin != nil || $0.destination != nil }
    }

    static let nearWords: Set<String> = ["near", "قرب", "بالقرب من", "nei pressi di", "pres de", "yakinindaki"]

    /// Words that may stand between two names of one place: "Benina in Benghazi", "Rome's
    /// Ciampino", Turkish "Trablus'taki Mitiga" (the Mitiga in Tripoli).
    static let placeJoiners: Set<String> = [
        "in", "at", "of", "near", "في", "di", "a", "de", "en", "airport", "مطار", "الدولي", "international", "s",
        "daki", "deki", "taki", "teki", "ndaki", "ndeki",
    ]

    /// Dashes and arrows that join two places into a route ("A - B", "A ➝ B", "A ✈ B").
    static func isRouteArrow(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x2D, 0x3E, 0x3D, 0x2013, 0x2014, 0x2708, 0xFE0F: return true
        case 0x2190...0x21FF, 0x2794...0x27BF, 0x27F0...0x27FF, 0x2900...0x297F, 0x2B00...0x2B2F: return true
        default: return false
        }
    }

    static func conjunction(_ key: String) -> Bool { PlaceExtractor.conjunctions.contains(key) }

    /// Whether `inner` lies within `outer` (airport in city, city in country).
    func contains(_ outer: Place, _ inner: Place) -> Bool {
        guard outer.precisionRank < inner.precisionRank || outer.code == inner.code && outer.level == inner.level else {
            return outer.level == .city && inner.level == .city && outer.city == inner.city
        }
        if outer.level == .country { return outer.country == inner.country }
        if outer.level == .city { return outer.city == inner.city && outer.country == inner.country }
        return outer.code == inner.code
    }

    /// A name's place: airports first, then the city the article's countries make likeliest.
    func resolve(_ m: PlaceMention, _ votes: [String: Int]) -> Place? {
        let g = knowledge.gazetteer
        var airports: [Airport] = []
        var cities: [Int] = []
        var countries: [Int] = []
        for ref in m.refs {
            switch ref {
            case .airport(let i): airports.append(g.airports[i])
            case .city(let i): cities.append(i)
            case .country(let i): countries.append(i)
            case .adjective: break
            }
        }
        func score(_ country: String, _ population: Int) -> Double {
            Double(votes[country] ?? 0) * 1e9 + Double(population)
        }
        // "Egypt" is a country before it is some town's other name; a city keeps its own name ("Djibouti").
        if let c = countries.first, !cities.contains(where: { g.cities[$0].name.lowercased() == g.countries[c].name.lowercased() }) {
            if airports.isEmpty { return g.place(country: c) }
        }
        if let city = cities.max(by: { score(g.cities[$0].country, g.cities[$0].population) < score(g.cities[$1].country, g.cities[$1].population) }) {
            // An airport alias that is also the city's name: the city rule decides (Rome stays Rome).
            if airports.isEmpty || airports.contains(where: { $0.city == g.cities[city].name }) {
                if airports.count == 1 && !g.cities[city].name.isEmpty && airports[0].city != g.cities[city].name { return airports[0].place }
                return g.resolve(city: city, airportNamed: m.airportWord)
            }
        }
        if !airports.isEmpty {
            let best = airports.max { a, b in
                (a.inUse ? 1 : 0, votes[a.country] ?? 0, rank(a.type)) < (b.inUse ? 1 : 0, votes[b.country] ?? 0, rank(b.type))
            }!
            // "Istanbul Airport", "مطار اسطنبول": a city's name with "airport" does not tell
            // which of its airports, when it has several in use.
            let distinctive = m.nameKeys.filter { !Gazetteer.genericAirportWords.contains($0) }
            // "Cairo International" is an airport's name: it names the main field.
            let international: Set<String> = ["international", "intl", "الدولي", "internazionale", "uluslararasi"]
            if !m.nameKeys.contains(where: international.contains),
               let cityIndex = best.geonameID.flatMap(g.cityIndex(geonameID:)),
               distinctive == PhraseIndex<PlaceRef>.tokenKeys(g.cities[cityIndex].name)
                || g.cityNameKeys(cityIndex).contains(distinctive.joined()),
               g.airports(inCity: cityIndex).filter(\.inUse).count > 1
            {
                return g.resolve(city: cityIndex)
            }
            return best.place
        }
        if let c = countries.first { return g.place(country: c) }
        return nil
    }

    private func rank(_ type: String) -> Int {
        ["large_airport": 3, "medium_airport": 2, "small_airport": 1][type] ?? 0
    }

    /// How often each country is named or implied in the article (for Tripoli, LY or LB).
    func countryVotes(_ mentions: [PlaceMention]) -> [String: Int] {
        let g = knowledge.gazetteer
        var votes: [String: Int] = [:]
        for m in mentions {
            for ref in m.refs {
                switch ref {
                case .country(let i), .adjective(let i): votes[g.countries[i].iso2, default: 0] += 2
                case .airport(let i): votes[g.airports[i].country, default: 0] += 1
                case .city: break
                }
            }
        }
        return votes
    }

    // MARK: Attribution

    /// Which aircraft a leg belongs to: the identifier in its sentence, else its
    /// paragraph's, else an ordinal ("the second plane") or plural ("the three
    /// planes") reference, else the one aircraft the article is about.
    func attribute(leg: Leg, sentence s: Sentence, sentenceIDs: [Mention<AircraftIdentifier>],
                   paragraphIDs: [Mention<AircraftIdentifier>], articleIDs: [String],
                   idParagraphs: [Mention<AircraftIdentifier>], sentences: [Sentence], tokens: [Token],
                   dominant: String?, sentenceTypes: [String], nearbyTypes: Set<String> = [],
                   typeOf: [String: TypeMention], fromTo: Bool = false) -> [String]
    {
        if !sentenceIDs.isEmpty {
            let before = sentenceIDs.filter { $0.location < leg.location }
            return [(before.last ?? sentenceIDs.first!).value.canonical]
        }
        // "activity between the Emirates and Libya" is a route in general, not an aircraft's flight.
        if leg.between { return [] }
        let sentenceTokens = tokens[s.tokens]
        let ordinal = sentenceTokens.indices.last { i in
            tokens[i].location < leg.location && Self.ordinals[tokens[i].key] != nil
                && ((i + 1 < s.tokens.upperBound && knowledge.flightWords.plane.contains(tokens[i + 1].key))
                    || (i > s.tokens.lowerBound && knowledge.flightWords.plane.contains(tokens[i - 1].key)))
        }.map { Self.ordinals[tokens[$0].key]! }
        let plural = sentenceTokens.contains { knowledge.flightWords.planes.contains($0.key) }
        // A route in a sentence that names no aircraft, no type and no flight is not a flight
        // ("forces will advance towards Sirte").
        let aboutFlight = !sentenceTypes.isEmpty || sentenceTokens.contains { knowledge.flightWords.isFlightWord($0.key) }

        let paragraphDistinct = uniqueInOrder(paragraphIDs.map(\.value.canonical))
        if !paragraphDistinct.isEmpty {
            if !aboutFlight && (leg.origin == nil || leg.destination == nil) { return [] }
            if paragraphDistinct.count == 1 { return paragraphDistinct }
            if let ordinal, ordinal < paragraphDistinct.count { return [paragraphDistinct[ordinal]] }
            if plural { return paragraphDistinct }
            let before = paragraphIDs.filter { $0.location < leg.location }
            return [(before.last ?? paragraphIDs.first!).value.canonical]
        }
        // Identifiers of the paragraph just before: "the first flight is likely to land…".
        let previous = idParagraphs.filter { m in
            sentences.contains { NSLocationInRange(m.location, $0.range) && $0.paragraph == s.paragraph - 1 }
        }
        guard aboutFlight else { return [] }
        // "وغادرت الطائرة C-17 بنغازي": the one type a sentence names is the one aircraft of that
        // type the article names (a sentence naming several types is about a fleet).
        // A type with no flight verb and one end is no flight ("the Mriya's wreck draws visitors
        // to Hostomel"); "Falcon 900LX is from Rome Ciampino to Benghazi" is.
        let flightVerb = (fromTo && leg.origin != nil && leg.destination != nil)
            || sentenceTokens.contains { knowledge.flightWords.verbs.contains($0.key) || knowledge.flightWords.role(ofVerb: $0.key) != nil }
        if sentenceTypes.count == 1, flightVerb {
            let ofType = articleIDs.filter { typeOf[$0].map { sentenceTypes.contains($0.designator) } == true }
            if ofType.count == 1 { return ofType }
        }
        let previousDistinct = uniqueInOrder(previous.map(\.value.canonical))
        if previousDistinct.count > 1 {
            if let ordinal, ordinal < previousDistinct.count { return [previousDistinct[ordinal]] }
            if plural { return previousDistinct }
        }
        // "Wednesday: the same aircraft left Benina…" right after a paragraph about one aircraft.
        let namesAPlane = sentenceTokens.contains { knowledge.flightWords.namesAircraft($0.key) }
        if previousDistinct.count == 1, ordinal == nil, !plural, namesAPlane {
            let id = previousDistinct[0]
            if let known = typeOf[id]?.designator, !sentenceTypes.isEmpty, !sentenceTypes.contains(known) { return [] }
            return [id]
        }
        // "الرحلة الأولى" after an article that names two aircraft: the first of them.
        if let ordinal, articleIDs.count > 1, ordinal < articleIDs.count {
            let id = articleIDs[ordinal]
            let known = typeOf[id]?.designator
            if nearbyTypes.isEmpty || known.map(nearbyTypes.contains) == true { return [id] }
            return []
        }
        // The article's aircraft owns a far-off route only where the sentence speaks of an
        // aircraft ("the plane", a type): "a delegation arrived in Tripoli" is not its flight.
        if let dominant, namesAPlane || (!sentenceTypes.isEmpty && flightVerb) || plural {
            // A different type named here means a different aircraft.
            if let known = typeOf[dominant]?.designator, !sentenceTypes.isEmpty, !sentenceTypes.contains(known) { return [] }
            return [dominant]
        }
        return []
    }

    /// The type named nearest each identifier: same sentence first, then paragraph.
    func typesByIdentifier(_ ids: [Mention<AircraftIdentifier>], _ types: [Mention<TypeMention>], _ sentences: [Sentence]) -> [String: TypeMention] {
        nearestByIdentifier(ids, types, sentences)
    }

    func operatorsByIdentifier(_ ids: [Mention<AircraftIdentifier>], _ ops: [Mention<OperatorMention>], _ sentences: [Sentence]) -> [String: OperatorMention] {
        // From afar, only an operator that could fly this aircraft: its own country's, or an
        // air force for a military serial ("Turkish Airlines resumed flights" is not 5A-ZAI's).
        nearestByIdentifier(ids, ops, sentences) { id, op in
            op.country == id.country || (id.kind == .military && op.isMilitary)
        }
    }

    private func nearestByIdentifier<V: Equatable>(_ ids: [Mention<AircraftIdentifier>], _ found: [Mention<V>], _ sentences: [Sentence],
                                                   accept: (AircraftIdentifier, V) -> Bool = { _, _ in true }) -> [String: V] {
        var out: [String: V] = [:]
        let oneAircraft = Set(ids.map(\.value.canonical)).count == 1
        for id in ids where out[id.value.canonical] == nil {
            guard let s = sentences.first(where: { NSLocationInRange(id.location, $0.range) }) else { continue }
            let scopes = [s.range, paragraphSpan(s.paragraph, sentences)]
            for scope in scopes {
                let candidates = found.filter { NSLocationInRange($0.location, scope) }
                if let best = candidates.min(by: { abs($0.location - id.location) < abs($1.location - id.location) }) {
                    out[id.value.canonical] = best.value
                    break
                }
            }
            // An article about one aircraft that names one operator (or type) in all: the
            // lede names it, the body the serial.
            if out[id.value.canonical] == nil, oneAircraft,
               let only = found.first, found.allSatisfy({ $0.value == only.value }), accept(id.value, only.value)
            {
                out[id.value.canonical] = only.value
            }
        }
        return out
    }

    // MARK: Helpers

    /// The type of the one aircraft a sentence tells a flight of, when it names no
    /// identifier: one type mention, no plural ("planes", "both"), a flight verb, and
    /// ends known better than a country ("MiG-29 and Su-24 aircraft flying from Al Jufra"
    /// is activity, not a flight).
    func singleTypedAircraft(_ leg: Leg, _ s: Sentence, _ tokens: [Token], _ types: [Mention<TypeMention>]) -> TypeMention? {
        guard !leg.between else { return nil }
        let inSentence = types.filter { NSLocationInRange($0.location, s.range) }
        guard inSentence.count == 1, let type = inSentence.first?.value else { return nil }
        if [leg.origin, leg.destination].contains(where: { $0?.level == .country }) { return nil }
        let words = tokens[s.tokens]
        let flightWords = knowledge.flightWords
        guard !words.contains(where: { flightWords.planes.contains($0.key) }),
              words.contains(where: { flightWords.role(ofVerb: $0.key) != nil || flightWords.namesAircraft($0.key) })
        else { return nil }
        return type
    }

    /// The mention in `range` nearest to a location.
    func nearest<V>(_ mentions: [Mention<V>], to location: Int, in range: NSRange) -> V? {
        mentions.filter { NSLocationInRange($0.location, range) }.min { abs($0.location - location) < abs($1.location - location) }?.value
    }

    func paragraphSpan(_ p: Int, _ sentences: [Sentence]) -> NSRange {
        let inPara = sentences.filter { $0.paragraph == p }
        guard let first = inPara.first, let last = inPara.last else { return NSRange(location: 0, length: 0) }
        return NSRange(location: first.range.location, length: last.range.location + last.range.length - first.range.location)
    }

    /// Explicit calendar dates beat relative ones; the most precise wins.
    /// The date a stretch of text states: a Gregorian calendar date before a Hijri one (whose
    /// conversion is ±1 day) before a relative one, the most precise of them, the first of equals.
    func bestDate(in range: NSRange, _ dates: [(Mention<DateExpression>, EventDate)]) -> (Mention<DateExpression>, EventDate)? {
        func rank(_ e: DateExpression) -> Int {
            switch e {
            case .absolute, .dayOfRelativeMonth: return 2
            case .hijri: return 1
            default: return 0
            }
        }
        let inside = dates.filter { NSLocationInRange($0.0.location, range) }
        guard let top = inside.map({ rank($0.0.value) }).max() else { return nil }
        let pool = inside.filter { rank($0.0.value) == top }
        return pool.reduce(nil) { best, d in best == nil || d.1.precision > best!.1.precision ? d : best }
    }

    /// The evidence of a date read from one expression.
    func dateEvidence(_ doc: Document, _ m: Mention<DateExpression>, _ source: ArticleSource, mismatch: Bool) -> DateEvidence {
        let bytes = doc.byteRange(m.range)
        var ambiguous = false
        if case .absolute(_, _, _, _, _, true) = m.value { ambiguous = true }
        return DateEvidence(sha256: source.sha256, start: bytes.start, end: bytes.end, text: doc.text(in: bytes),
                            basis: DateEvidence.basis(of: m.value), weekdayMismatch: mismatch, orderAmbiguous: ambiguous)
    }

    /// The evidence of a date taken from the article's own date.
    func anchorEvidence(_ doc: Document, _ anchor: ArticleDate, _ source: ArticleSource, header: NSRange?,
                        dateline: Mention<DateExpression>?) -> DateEvidence {
        let range: NSRange?
        switch anchor.basis {
        case .header: range = header
        case .dateline: range = dateline?.range
        default: range = nil
        }
        let basis = DateEvidence.Basis(rawValue: anchor.basis.rawValue) ?? .header
        guard let range else { return DateEvidence(sha256: source.sha256, start: nil, end: nil, text: "", basis: basis) }
        let bytes = doc.byteRange(range)
        return DateEvidence(sha256: source.sha256, start: bytes.start, end: bytes.end,
                            text: doc.text(in: bytes).trimmingCharacters(in: .whitespacesAndNewlines), basis: basis)
    }

    func confidence(direct: Bool, date: EventDate?, leg: Leg) -> Double {
        var c = direct ? 0.6 : 0.4
        if date?.precision == .day { c += 0.15 }
        if leg.origin != nil && leg.destination != nil { c += 0.1 }
        if leg.origin?.level == .airport || leg.destination?.level == .airport { c += 0.05 }
        return min(0.95, c)
    }

    func applyTime(_ t: TimeMention, to e: inout FlightEvent) {
        let place = t.kind == .arrival ? (e.destination ?? e.origin) : (e.origin ?? e.destination)
        guard let utc = t.utc(on: e.date, at: place) else { return }
        e.timeUTC = utc
        e.timeKind = t.kind == .observed ? .observed : t.kind
    }

    func evidence(_ doc: Document, _ range: NSRange, _ source: ArticleSource, header: NSRange?) -> EventSource {
        // The `date …` header line is the collector's note, not the article's words.
        var range = range
        if let h = header, range.location < NSMaxRange(h), NSMaxRange(range) > NSMaxRange(h) {
            let folded = doc.folded as NSString
            var start = NSMaxRange(h)
            while start < NSMaxRange(range), let c = Unicode.Scalar(folded.character(at: start)), c.properties.isWhitespace { start += 1 }
            range = NSRange(location: start, length: NSMaxRange(range) - start)
        }
        let bytes = doc.byteRange(range)
        return EventSource(file: source.file, path: source.path, sha256: source.sha256,
                           start: bytes.start, end: bytes.end, snippet: doc.snippet(bytes))
    }
}

func uniqueInOrder(_ list: [String]) -> [String] {
    var seen = Set<String>()
    return list.filter { seen.insert($0).inserted }
}
