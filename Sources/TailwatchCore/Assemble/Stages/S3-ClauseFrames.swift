import Foundation

/// Whether a clause tells a flight as done.
enum Telling { case told, negated, planned }

/// Stage 3: what one sentence tells: its legs, each with the date the sentence gives it,
/// the time written, the types it names and the words that say it is about a flight.
struct ClauseFrame {
    let sentenceIndex: Int
    let sentence: Sentence
    var legs: [Leg]
    /// "… is from Rome Ciampino to Benghazi": a place its words make an origin.
    let fromTo: Bool
    let time: Mention<TimeMention>?
    /// Designators of the types the sentence names.
    let types: [String]
    /// Types named around the sentence (its paragraph and the one before).
    let nearbyTypes: Set<String>
}

extension ArticleExtractor {
    /// Stage 3: a frame for every sentence that tells at least one leg.
    func readClauses(_ m: ArticleMentions, _ dates: ArticleDates) -> [ClauseFrame] {
        let tokens = m.tokens
        let words = knowledge.assemblyWords
        let places = articlePlaces(m)
        var frames: [ClauseFrame] = []
        guard m.namesAircraft else { return [] }
        for (si, s) in m.sentences.enumerated() {
            let inSentence = m.placesBySentence[si]
            var chain = inSentence.isEmpty ? [] : buildLegs(inSentence, tokens, places, folded: m.doc.foldedText)
            let lastPlace = inSentence.last?.tokens.upperBound ?? s.tokens.lowerBound
            // "touched down at Misrata and took off again": a departure from where it landed.
            if let again = againDeparture(in: s, after: lastPlace, namesPlaces: !inSentence.isEmpty, tokens) {
                chain.append(Leg(origin: nil, destination: nil, location: tokens[again].location,
                                 rules: [AssemblyRule.takeOffAgain.name], form: .again))
            }
            // "did not fly to", "was due to fly from A to B": no flight was told. "(It took off
            // from Ankara.) The second flight will land at Al Watiya": the destination a flight
            // under way is announced to have (stage 5 joins it to that flight, or drops it).
            chain = chain.compactMap { leg in
                var leg = leg
                switch telling(leg, in: s, m) {
                case .told: return leg
                case .negated: return nil
                case .planned:
                    guard leg.form == .route, leg.origin == nil, leg.destination != nil else { return nil }
                    leg.planned = true
                    return leg
                }
            }
            // "flew a SIGINT mission over the eastern Mediterranean": a flight with no airport.
            if !chain.contains(where: { !$0.planned }), let cue = firstPhrase(words.mission, in: s.tokens, tokens) {
                let mission = Leg(origin: nil, destination: nil, location: tokens[cue].location,
                                  rules: [AssemblyRule.mission.name], form: .mission)
                if telling(mission, in: s, m) == .told { chain.append(mission) }
            }
            guard !chain.isEmpty else { continue }
            // "the rotations of an Il-76 between Mali and Ouagadougou": an aircraft's shuttle
            // between two places is a flight each way, not a route in general.
            if chain.contains(where: { $0.between && $0.origin != nil && $0.destination != nil }),
               tokens[s.tokens].contains(where: { words.shuttle.contains($0.phrase) })
            {
                chain = chain.flatMap { leg -> [Leg] in
                    guard leg.between, let o = leg.origin, let d = leg.destination else { return [leg] }
                    var there = leg
                    there.between = false
                    there.rules.append(AssemblyRule.shuttle.name)
                    var back = there
                    (back.origin, back.destination) = (d, o)
                    return [there, back]
                }
            }
            // One pass over the tokens after the last place, the phrases indexed by first key
            // (comparing a slice of keys to each phrase at each token built an array each time).
            func followedBy(_ phrases: PhraseList) -> Bool {
                phrases.firstMatch(in: lastPlace..<s.tokens.upperBound, tokens) != nil
            }
            // "from Benina to Al Jufra and back": the same leg flown the other way.
            // "Damascus to Latakia to Al Khadim vv": every leg of the chain, back in reverse order.
            if !inSentence.isEmpty, chain.allSatisfy({ $0.origin != nil && $0.destination != nil }), followedBy(knowledge.flightWords.returnPhrases) {
                let back = chain.reversed().map { leg in
                    Leg(origin: leg.destination, destination: leg.origin, location: tokens[lastPlace - 1].location, rules: leg.rules + [AssemblyRule.andBack.name])
                }
                chain.append(contentsOf: back)
            }
            // "أقلعت من قاعدة براتيكا دي ماري … قبل أن تعود إلى قاعدتها", "…and returned to base":
            // a leg that only left somewhere and went back to its base ends where it began.
            if !inSentence.isEmpty, let last = chain.last, let o = last.origin, last.destination == nil, followedBy(words.returnToBase) {
                chain[chain.count - 1].destination = o
                chain[chain.count - 1].rules.append(AssemblyRule.returnToBase.name)
            }
            let fromTo = inSentence.contains { $0.role == .origin && !$0.cue.isEmpty }
            let sentenceRange = s.range
            let paragraphRange = m.layout.paragraphRange(s.paragraph)
            // The sentence's own date; else the paragraph's, from before the sentence or, after
            // it, only a calendar date (a tweet's signature); a later "yesterday" tells of another flight.
            let paragraphDates = dates.resolved.inside(paragraphRange).filter { r in
                if r.location < sentenceRange.location { return true }
                // After the sentence, only a calendar date on a line of its own ("08/03/2020") or
                // in a sentence naming no place ("Here is what we saw on 19 November 2024"): one
                // beside other places tells of another flight ("it visited Syria in February 2016").
                // Both only just after the sentence: a date sentences later is another story's.
                guard case .absolute = r.mention.value, let k = m.layout.sentenceIndex(at: r.location) else { return false }
                return k - si <= 2 && m.sentences[k].tokens.count <= 8 || k - si == 1 && m.placesBySentence[k].isEmpty
            }
            // "…departed for Cairo, where the minister was due to meet his counterpart on Monday":
            // a date in a clause about the place the leg ends at is not the leg's.
            let lastPlaceEnd = inSentence.last(where: { $0.role != nil }).map { tokens[$0.tokens.upperBound - 1].end } ?? sentenceRange.location
            let clauseStart = tokens[s.tokens].first { $0.location >= lastPlaceEnd && words.placeClause.contains($0.phrase) }?.location
            // "PISA, March 13, 2020 (Reuters) - … landed at Misrata yesterday": the dateline is the
            // article's date, not the flight's; the sentence it opens dates the leg by its own words.
            let dateline = dates.dateline?.location
            let writtenInSentence = dates.resolved.inside(sentenceRange).filter { $0.location != dateline }
            let datelineDropped = dateline.map { NSLocationInRange($0, sentenceRange) } ?? false
            var sentenceDates = writtenInSentence.filter { r in
                if let clauseStart, r.location > clauseStart { return false }
                return true
            }
            // "Reports said on Wednesday 27 October that a jet landed in Saudi Arabia yesterday,
            // Tuesday": beside another date, the report's date is not the flight's.
            let flown = sentenceDates.filter { !isReportDate($0, in: s, m) }
            var reportDropped = false
            if !flown.isEmpty && flown.count < sentenceDates.count { sentenceDates = flown; reportDropped = true }
            let signature = tweetSignature(closing: s, m, dates)
            var dated = bestDate(sentenceDates).map { ($0, AssemblyRule.dateInSentence) }
                ?? signature.map { ($0, AssemblyRule.dateTweetSignature) }
                ?? bestDate(paragraphDates).map { ($0, AssemblyRule.dateInParagraph) }
            // "4th rotation this week. 08/03/2020": a coarse date the sentence gives is refined
            // by a day of the paragraph that falls within it.
            // Only a day written after the sentence refines it: one before it is an earlier story's.
            if let coarse = dated, coarse.0.date.precision < .day,
               let fine = bestDate(paragraphDates.filter { $0.location > sentenceRange.location }) ?? signature,
               fine.date.precision == .day, fine.date.isCompatible(with: coarse.0.date)
            {
                dated = (fine, AssemblyRule.dateRefined)
            }
            // Several legs and several dates in one sentence ("A - B yesterday, and this
            // morning B - C"): each leg takes the date written nearest to it.
            let perLeg = chain.count > 1 && Set(sentenceDates.map(\.date)).count > 1
            for i in chain.indices {
                // A leg's date is its take-off day: with the origin told after the landing and a day
                // for each, the date nearest the origin.
                let afterLanding = sentenceDates.filter { $0.location > chain[i].location }
                let takeOffAt = Set(sentenceDates.map(\.date)).count > 1 ? chain[i].originToldAt : nil
                if let o = takeOffAt, let nearest = afterLanding.min(by: { abs($0.location - o) < abs($1.location - o) }) {
                    chain[i].dated = nearest
                    chain[i].rules.append(AssemblyRule.dateNearestLeg.name)
                } else if perLeg, let nearest = sentenceDates.min(by: { abs($0.location - chain[i].location) < abs($1.location - chain[i].location) }) {
                    chain[i].dated = nearest
                    chain[i].rules.append(AssemblyRule.dateNearestLeg.name)
                } else if let (d, rule) = dated {
                    chain[i].dated = d
                    chain[i].rules.append(rule.name)
                }
                if let clauseStart, writtenInSentence.contains(where: { $0.location > clauseStart }) {
                    chain[i].rules.append(AssemblyRule.dateNotInPlaceClause.name)
                }
                if reportDropped { chain[i].rules.append(AssemblyRule.dateNotReport.name) }
                if datelineDropped { chain[i].rules.append(AssemblyRule.dateNotDateline.name) }
            }
            // "Da lì, il 9 settembre ha volato fino a Reykjavik": from where it last landed.
            if let there = firstPhrase(words.fromThere, in: s.tokens, tokens) {
                for i in chain.indices where chain[i].origin == nil && chain[i].destination != nil && tokens[there].location < chain[i].location {
                    chain[i].rules.append(AssemblyRule.fromThere.name)
                }
            }
            // A mission is told on a known day, or it is a type's general duty ("P-8As fly patrols").
            // An aircraft named by its own identifier in the sentence flew it, on the day the
            // article tells of ("Meanwhile MM62303 made a surveillance mission off Libya" in a
            // post of that day): it is dated later, by the story or the article.
            // Not where the mission word only names the aircraft's kind ("طائرة استطلاع", "a patrol
            // aircraft") or a report is retold ("the White House said that…").
            let namesOwnAircraft = !m.identifiers.inside(sentenceRange).isEmpty
            let articleDay = dates.anchor.map { $0.date.precision == .day && !$0.inferred } ?? false
            let reported = tokens[s.tokens].contains { words.report.contains($0.phrase) }
            let flightWords = knowledge.flightWords
            func kindOfPlane(_ leg: Leg) -> Bool {
                guard let i = s.tokens.first(where: { tokens[$0].location == leg.location }) else { return false }
                // "طائرة استطلاع", "a maritime patrol aircraft": a plane noun beside the word.
                return (i > s.tokens.lowerBound && flightWords.namesAircraft(tokens[i - 1].key))
                    || (i + 1 < s.tokens.upperBound && flightWords.namesAircraft(tokens[i + 1].key))
            }
            chain.removeAll { $0.form == .mission && $0.dated == nil && !(namesOwnAircraft && articleDay && !reported && !kindOfPlane($0)) }
            guard !chain.isEmpty else { continue }
            let previousParagraph = m.layout.paragraphRange(s.paragraph - 1)
            let nearbyTypes = Set((m.types.inside(paragraphRange) + m.types.inside(previousParagraph)).map(\.value.designator))
            frames.append(ClauseFrame(
                sentenceIndex: si, sentence: s, legs: chain, fromTo: fromTo,
                time: m.times.inside(sentenceRange).first,
                types: m.types.inside(sentenceRange).map(\.value.designator), nearbyTypes: nearbyTypes))
        }
        return frames
    }

    /// How a clause tells a leg: as flown; negated ("did not", "لم", "не"); or only planned
    /// ("would", "was due to", "من المقرر") — by the words before it within its clause.
    func telling(_ leg: Leg, in s: Sentence, _ m: ArticleMentions) -> Telling {
        let words = knowledge.assemblyWords
        let tokens = m.tokens
        // The leg's first token, and up to 12 words back to the clause's start.
        let at = firstToken(atOrAfter: leg.location, in: s, tokens)
        var from = at
        while from > s.tokens.lowerBound && at - from < 12 && !clauseBreak(between: tokens[from - 1], and: tokens[from], m) {
            from -= 1
        }
        // "heading to western Libya, where it will land at Misrata": a clause about the place
        // already told names it better; its "will" does not make the flight a plan.
        let refinesAPlace = tokens[from..<at].contains { words.placeClause.contains($0.phrase) }
        if tokens[from..<at].contains(where: { words.negation.contains($0.phrase) }) { return .negated }
        // "The ministry denied that MM62194, a C-130J of the air force, had landed": a denial
        // governs its whole complement, however long the subject.
        if firstPhrase(words.denial, in: s.tokens.lowerBound..<at, tokens) != nil { return .negated }
        // "16-0055 dün Misrata'ya inmedi", "yarın Misrata'ya inecek": a verb-final clause says
        // after its places whether the flight happened, up to the clause's end or a flight verb.
        var end = at
        while end < s.tokens.upperBound && (end == at || !clauseBreak(between: tokens[end - 1], and: tokens[end], m))
            && knowledge.flightWords.role(ofVerb: tokens[end].phrase) == nil && !knowledge.flightWords.verbs.contains(tokens[end].phrase)
        {
            end += 1
        }
        if firstPhrase(words.negationAfter, in: at..<end, tokens) != nil { return .negated }
        // "…from Ramstein to Souda Bay, but the flight was cancelled".
        if firstPhrase(words.cancelled, in: at..<s.tokens.upperBound, tokens) != nil { return .negated }
        // "transported by armored vehicle to the Gaza Strip": carried, but not flown.
        if firstPhrase(words.ground, in: from..<min(s.tokens.upperBound, at + 6), tokens) != nil { return .negated }
        // "was recently transferred to the Emirates": a change of hands, not a flight.
        if firstPhrase(words.ownership, in: from..<at, tokens) != nil { return .negated }
        // "the delivery of arms to Yemen": where goods went, no flight told.
        if firstPhrase(words.goods, in: from..<at, tokens) != nil { return .negated }
        if !refinesAPlace, firstPhrase(words.modality, in: from..<at, tokens) != nil { return .planned }
        // "تقوم الطائرة عادة برحلات أسبوعية بين …", "يشغل سلاح الجو الطائرة … من قاعدة …": what an
        // aircraft does as a rule, in a sentence that writes no day and no past flight verb.
        if firstPhrase(words.habitual, in: s.tokens, tokens) != nil,
           !m.dates.contains(where: { NSLocationInRange($0.location, s.range) }),
           !tokens[s.tokens].contains(where: { knowledge.flightWords.isAircraftVerb($0.phrase) })
        {
            return .negated
        }
        if firstPhrase(words.modalityAfter, in: at..<end, tokens) != nil { return .planned }
        return .told
    }

    /// Whether a comma, semicolon or colon (Latin or Arabic) stands between two tokens.
    private func clauseBreak(between a: Token, and b: Token, _ m: ArticleMentions) -> Bool {
        guard b.location > a.end else { return false }
        return Self.hasClauseMark(m.doc.units[a.end..<b.location])
    }

    /// Whether folded text holds a comma, semicolon or colon, Latin or Arabic. Each mark is one
    /// UTF-16 unit outside the surrogates, so the units answer as the decoded scalars do,
    /// without building a `String` per pair of tokens (`telling` asks it of a dozen pairs per leg).
    static func hasClauseMark(_ units: ArraySlice<UInt16>) -> Bool {
        units.contains { u in u == 0x2C || u == 0x3B || u == 0x3A || u == 0x060C || u == 0x061B }
    }

    /// `hasClauseMark` as first written, on the decoded text: what it must answer.
    static func hasClauseMarkByScalars(_ gap: String) -> Bool {
        gap.unicodeScalars.contains { [",", ";", ":", "\u{060C}", "\u{061B}"].contains($0) }
    }

    /// Whether a date is written within four words after a reporting word ("said on Tuesday").
    func isReportDate(_ d: ResolvedDate, in s: Sentence, _ m: ArticleMentions) -> Bool {
        let report = knowledge.assemblyWords.report
        let at = firstToken(atOrAfter: d.location, in: s, m.tokens)
        return m.tokens[max(s.tokens.lowerBound, at - 4)..<at].contains { report.contains($0.phrase) }
    }

    /// The index of the sentence's first token at or after a location (its end if none).
    func firstToken(atOrAfter location: Int, in s: Sentence, _ tokens: [Token]) -> Int {
        var lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].location < location { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The token index where the first of `phrases` starts inside `range`.
    func firstPhrase(_ phrases: PhraseList, in range: Range<Int>, _ tokens: [Token]) -> Int? {
        phrases.firstMatch(in: range, tokens)
    }

    /// "took off again", "left again": a departure verb with an "again" word right after it,
    /// after the sentence's last place. The index of the verb.
    /// Also "il n'a décollé que vers 20h20", "ripartito alle 18": in a sentence that names no
    /// place, a take-off only an aircraft does (not "left", which people do too).
    func againDeparture(in s: Sentence, after lastPlace: Int, namesPlaces: Bool, _ tokens: [Token]) -> Int? {
        let flightWords = knowledge.flightWords
        let words = knowledge.assemblyWords
        let from = max(lastPlace, s.tokens.lowerBound)
        for k in from..<s.tokens.upperBound where flightWords.role(ofVerb: tokens[k].phrase) == .origin {
            let after = (k + 1)..<min(s.tokens.upperBound, k + 5)
            if firstPhrase(words.again, in: after, tokens) != nil { return k }
        }
        return namesPlaces ? nil : firstPhrase(words.takeOff, in: from..<s.tokens.upperBound, tokens)
    }

    /// The date a stretch of text states: a Gregorian calendar date before a Hijri one (whose
    /// conversion is ±1 day) before a relative one, the most precise of them, the first of equals.
    /// The date of the quoted tweet a sentence is the text of: the signature line right after
    /// the sentence's paragraph ("… en route to #Beirut pic.twitter.com/…" then "— Name
    /// (@handle) August 5, 2020"), or in its own paragraph after it.
    func tweetSignature(closing s: Sentence, _ m: ArticleMentions, _ dates: ArticleDates) -> ResolvedDate? {
        if let own = dates.tweetSignatures[s.paragraph], own.location > s.range.location { return own }
        // Only the paragraph's last sentence is the tweet: prose before it is the article's.
        guard let next = dates.tweetSignatures[s.paragraph + 1], let i = m.layout.sentenceIndex(at: s.range.location),
              i + 1 < m.layout.sentences.count else { return nil }
        let following = m.layout.sentences[i + 1]
        return following.paragraph == s.paragraph + 1 && NSLocationInRange(next.location, following.range) ? next : nil
    }

    func bestDate(_ inside: [ResolvedDate]) -> ResolvedDate? {
        func rank(_ e: DateExpression) -> Int {
            switch e {
            case .absolute, .dayOfRelativeMonth: return 2
            case .hijri: return 1
            default: return 0
            }
        }
        guard let top = inside.map({ rank($0.mention.value) }).max() else { return nil }
        let pool = inside.filter { rank($0.mention.value) == top }
        return pool.reduce(nil) { best, d in best == nil || d.date.precision > best!.date.precision ? d : best }
    }
}
