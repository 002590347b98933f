import Foundation

/// Stage 4: the aircraft an article tells of and what it says of each (type, operator,
/// country), and which of them each leg is about — across sentences: an identifier in the
/// sentence, the paragraph's, "the second plane", "both", a type named alone, the
/// article's main aircraft.
struct Discourse {
    /// Identifiers in the order the article first names them.
    let order: [String]
    /// The identifier named most often, when one is.
    let dominant: String?
    let info: [String: AircraftIdentifier]
    let typeOf: [String: TypeMention]
    let operatorOf: [String: String]
    /// Identifiers by the paragraph they are in.
    let byParagraph: [Int: [Mention<AircraftIdentifier>]]
    /// Callsigns no registration owns (none in their sentence, several in the article):
    /// their flights are keyed by the callsign.
    let freeCallsigns: LocatedMentions<AircraftCode>
}

/// The aircraft a leg was given to, and by which rule.
struct Attribution {
    var aircraft: [String]
    var rule: AssemblyRule?
    /// Flights known only by their callsign ("RFF7020, an Il-76, from Mozdok to Hmeimim").
    var callsigns: [AircraftCode] = []

    static let none = Attribution(aircraft: [], rule: nil)
}

extension ArticleExtractor {
    /// Stage 4, first half: what the article says of each aircraft.
    func readDiscourse(_ m: ArticleMentions) -> Discourse {
        let ids = m.identifiers.all
        let counts = Dictionary(ids.map { ($0.value.canonical, 1) }, uniquingKeysWith: +)
        let dominant: String? = {
            let sorted = counts.sorted { $0.value > $1.value }
            guard let top = sorted.first else { return nil }
            if sorted.count > 1 && sorted[1].value == top.value { return nil }
            return top.key
        }()
        var info = Dictionary(ids.map { ($0.value.canonical, $0.value) }, uniquingKeysWith: { a, _ in a })
        var typeOf = nearestByIdentifier(m, m.types)
        // The article's aircraft, its type told nowhere near it, is of the type the article names
        // most ("Ил-62М" three times, an Il-76 once in passing).
        if let dominant, typeOf[dominant] == nil {
            let byType = Dictionary(grouping: m.types.all, by: \.value.designator).sorted { $0.value.count > $1.value.count }
            if let top = byType.first, byType.count == 1 || byType[1].value.count < top.value.count {
                typeOf[dominant] = top.value[0].value
            }
        }
        // From afar, only an operator that could fly this aircraft: its own country's, or an
        // air force for a military serial ("Turkish Airlines resumed flights" is not 5A-ZAI's).
        let operatorMentionOf = nearestByIdentifier(m, m.operators) { id, op in
            op.country == id.country || (id.kind == .military && op.isMilitary)
        }
        // A serial shape several air forces share (US and Turkish "14-0013") belongs to the
        // air force named with it.
        for (id, op) in operatorMentionOf where op.isMilitary {
            if var i = info[id], i.kind == .military, let c = op.country { i.country = c; info[id] = i }
        }
        let owned = Set(CodeAttachment.owners(m.codes, m.identifiers, m.layout).map(\.code.location))
        let free = m.codes.filter { $0.value.kind == .callsign && !owned.contains($0.location) }
        return Discourse(order: uniqueInOrder(ids.map(\.value.canonical)), dominant: dominant, info: info, typeOf: typeOf,
                         operatorOf: operatorMentionOf.mapValues(\.name), byParagraph: m.layout.byParagraph(ids),
                         freeCallsigns: LocatedMentions(free))
    }

    /// The value found nearest each identifier: in its sentence first, then its paragraph.
    private func nearestByIdentifier<V: Equatable>(_ m: ArticleMentions, _ found: LocatedMentions<V>,
                                                   accept: (AircraftIdentifier, V) -> Bool = { _, _ in true }) -> [String: V] {
        var out: [String: V] = [:]
        let ids = m.identifiers.all
        let oneAircraft = Set(ids.map(\.value.canonical)).count == 1
        for id in ids where out[id.value.canonical] == nil {
            guard let s = m.layout.sentence(at: id.location) else { continue }
            for scope in [s.range, m.layout.paragraphRange(s.paragraph)] {
                if let best = found.inside(scope).min(by: { abs($0.location - id.location) < abs($1.location - id.location) }) {
                    out[id.value.canonical] = best.value
                    break
                }
            }
            // An article about one aircraft that names one operator (or type) in all: the
            // lede names it, the body the serial.
            if out[id.value.canonical] == nil, oneAircraft,
               let only = found.all.first, found.all.allSatisfy({ $0.value == only.value }), accept(id.value, only.value)
            {
                out[id.value.canonical] = only.value
            }
        }
        return out
    }

    /// Stage 4, second half: which aircraft a leg belongs to — the identifier in its
    /// sentence, else its paragraph's, else an ordinal ("the second plane") or plural ("the
    /// three planes") reference, else the one aircraft the article is about.
    /// Stage 4's result for every frame: one attribution per leg, in order. The aircraft of the
    /// sentence just before, in the same paragraph, carries on as the subject of one that
    /// names none ("…took off from Pratica di Mare on 6 September. From there, on the 9th, it
    /// flew on to Reykjavik").
    func attributeLegs(_ frames: [ClauseFrame], _ m: ArticleMentions, _ d: Discourse) -> [[Attribution]] {
        var out: [[Attribution]] = []
        var subject: (sentence: Int, paragraph: Int, aircraft: String)?
        for frame in frames {
            var continuing: String?
            if let s = subject, s.sentence == frame.sentenceIndex - 1, s.paragraph == frame.sentence.paragraph { continuing = s.aircraft }
            let attributions = frame.legs.map { attribute($0, in: frame, m, d, continuing: continuing) }
            out.append(attributions)
            let told = Set(attributions.flatMap(\.aircraft))
            subject = told.count == 1 ? (frame.sentenceIndex, frame.sentence.paragraph, told.first!) : nil
        }
        return out
    }

    func attribute(_ leg: Leg, in frame: ClauseFrame, _ m: ArticleMentions, _ d: Discourse, continuing: String? = nil) -> Attribution {
        let s = frame.sentence
        let tokens = m.tokens
        let flightWords = knowledge.flightWords
        let sentenceIDs = m.identifiers.inside(s.range)
        if !sentenceIDs.isEmpty {
            let before = sentenceIDs.filter { $0.location < leg.location }
            // "EX-76031 and EX-76032 flew from…", "three KC-135R (61-0284, 58-0100, 63-8871)":
            // identifiers listed together share the leg.
            let list = coordinatedList(ending: before.isEmpty ? Array(sentenceIDs) : before, m)
            if list.count > 1 { return Attribution(aircraft: list, rule: .aircraftList) }
            return Attribution(aircraft: [(before.last ?? sentenceIDs.first!).value.canonical], rule: .aircraftInSentence)
        }
        // "activity between the Emirates and Libya" is a route in general, not an aircraft's flight.
        if leg.between { return .none }
        // "RFF7020, an Il-76, from Mozdok to Hmeimim": a flight known by its callsign alone.
        let callsigns = d.freeCallsigns.inside(s.range)
        if !callsigns.isEmpty {
            // "the callsigns NOVA20 and NOVA22 … flew to Abu Dhabi": callsigns listed together share
            // the leg (the list nearest before it, else the first after it).
            let all = Array(callsigns)
            func listed(_ a: Int, _ b: Int) -> Bool { AircraftCodeExtractor.isListGap(m.doc.foldedText, from: all[a].end, to: all[b].location) }
            let lastBefore = all.lastIndex { $0.location < leg.location }
            var lo = lastBefore ?? 0, hi = lo
            if lastBefore != nil {
                while lo > 0, listed(lo - 1, lo) { lo -= 1 }
            } else {
                while hi + 1 < all.count, listed(hi, hi + 1) { hi += 1 }
            }
            return Attribution(aircraft: [], rule: .aircraftCallsign, callsigns: all[lo...hi].map(\.value))
        }
        let sentenceTokens = tokens[s.tokens]
        let ordinals = knowledge.assemblyWords.ordinals
        let ordinal = sentenceTokens.indices.last { i in
            tokens[i].location < leg.location && ordinals[tokens[i].phrase] != nil
                && ((i + 1 < s.tokens.upperBound && flightWords.plane.contains(tokens[i + 1].phrase))
                    || (i > s.tokens.lowerBound && flightWords.plane.contains(tokens[i - 1].phrase)))
        }.map { ordinals[tokens[$0].phrase]! }
        let plural = sentenceTokens.contains { flightWords.planes.contains($0.phrase) }
        // "planes", "طائرات": several aircraft; "flights" may all be one aircraft's, and "sites
        // that track flights" (مواقع تتبع الرحلات) open half the genre's sentences.
        let severalAircraft = sentenceTokens.contains { flightWords.planes.contains($0.phrase) && !flightWords.flightNouns.contains($0.phrase) }
        // A route in a sentence that names no aircraft, no type and no flight is not a flight
        // ("forces will advance towards Sirte").
        let aboutFlight = !frame.types.isEmpty || sentenceTokens.contains { flightWords.isFlightWord($0.phrase) }

        // "un secondo velivolo, un altro jet decollato da Roma", "طائرة أخرى": another aircraft than the one
        // the paragraph names.
        let another = knowledge.assemblyWords.another
        let anotherPlane = sentenceTokens.indices.contains { i in
            another.contains(tokens[i].phrase) && (max(s.tokens.lowerBound, i - 2)...min(s.tokens.upperBound - 1, i + 2)).contains {
                flightWords.plane.contains(tokens[$0].phrase) || flightWords.planes.contains(tokens[$0].phrase)
            }
        }
        if anotherPlane { return .none }
        let paragraphIDs = m.identifiers.inside(m.layout.paragraphRange(s.paragraph))
        let paragraphDistinct = uniqueInOrder(paragraphIDs.map(\.value.canonical))
        if !paragraphDistinct.isEmpty {
            if !aboutFlight && (leg.origin == nil || leg.destination == nil) { return .none }
            // "…its A320 took off from Tripoli for Istanbul" in a paragraph about an E-7T: a
            // different type named in the leg's own sentence is a different aircraft.
            if paragraphDistinct.count == 1, !frame.types.isEmpty, let known = d.typeOf[paragraphDistinct[0]]?.designator,
               !frame.types.contains(known)
            {
                return .none
            }
            if paragraphDistinct.count == 1 { return Attribution(aircraft: paragraphDistinct, rule: .aircraftInParagraph) }
            if let ordinal, ordinal < paragraphDistinct.count { return Attribution(aircraft: [paragraphDistinct[ordinal]], rule: .aircraftOrdinal) }
            if plural { return Attribution(aircraft: paragraphDistinct, rule: .aircraftPlural) }
            let before = paragraphIDs.filter { $0.location < leg.location }
            return Attribution(aircraft: [(before.last ?? paragraphIDs.first!).value.canonical], rule: .aircraftInParagraph)
        }
        // Identifiers of the paragraph just before: "the first flight is likely to land…".
        let previous = d.byParagraph[s.paragraph - 1] ?? []
        guard aboutFlight else { return .none }
        // "وغادرت الطائرة C-17 بنغازي": the one type a sentence names is the one aircraft of that
        // type the article names (a sentence naming several types is about a fleet).
        // A type with no flight verb and one end is no flight ("the Mriya's wreck draws visitors
        // to Hostomel"); "Falcon 900LX is from Rome Ciampino to Benghazi" is.
        let flightVerb = (frame.fromTo && leg.origin != nil && leg.destination != nil)
            || sentenceTokens.contains { flightWords.verbs.contains($0.phrase) || flightWords.role(ofVerb: $0.phrase) != nil }
        if frame.types.count == 1, flightVerb {
            let ofType = d.order.filter { d.typeOf[$0].map { frame.types.contains($0.designator) } == true }
            if ofType.count == 1 { return Attribution(aircraft: ofType, rule: .aircraftByType) }
        }
        let previousDistinct = uniqueInOrder(previous.map(\.value.canonical))
        if previousDistinct.count > 1 {
            if let ordinal, ordinal < previousDistinct.count { return Attribution(aircraft: [previousDistinct[ordinal]], rule: .aircraftOrdinal) }
            if plural { return Attribution(aircraft: previousDistinct, rule: .aircraftPlural) }
        }
        // "Three cargo planes left Sweihan and landed at Al Khadim." then, in the next paragraph,
        // "the tracking data gives UP-I7652, UP-I7646 and UP-I7654": planes told in the plural,
        // no aircraft named before, are the ones listed together right after.
        if plural, ordinal == nil, previousDistinct.isEmpty,
           !m.identifiers.all.contains(where: { $0.location < leg.location })
        {
            let next = d.byParagraph[s.paragraph + 1] ?? []
            let list = coordinatedList(ending: Array(next), m)
            if list.count > 1, list.count == uniqueInOrder(next.map(\.value.canonical)).count {
                return Attribution(aircraft: list, rule: .aircraftListedAfter)
            }
        }
        // "Wednesday: the same aircraft left Benina…" right after a paragraph about one aircraft.
        let namesAPlane = sentenceTokens.contains { flightWords.namesAircraft($0.phrase) }
        if previousDistinct.count == 1, ordinal == nil, !plural, namesAPlane {
            let id = previousDistinct[0]
            if let known = d.typeOf[id]?.designator, speaksOfAnotherType(than: known, frame, before: leg, m) { return .none }
            if speaksOfAnotherOperator(than: d.operatorOf[id], of: id, s, m, d) { return .none }
            return Attribution(aircraft: [id], rule: .aircraftPreviousParagraph)
        }
        // The subject of the sentence before carries on, when this one names no other aircraft.
        if let continuing, flightVerb, frame.types.isEmpty, ordinal == nil, !plural {
            return Attribution(aircraft: [continuing], rule: .aircraftContinuing)
        }
        // "الرحلة الأولى" after an article that names two aircraft: the first of them.
        if let ordinal, d.order.count > 1, ordinal < d.order.count {
            let id = d.order[ordinal]
            let known = d.typeOf[id]?.designator
            if frame.nearbyTypes.isEmpty || known.map(frame.nearbyTypes.contains) == true {
                return Attribution(aircraft: [id], rule: .aircraftArticleOrdinal)
            }
            return .none
        }
        // The article's aircraft owns a far-off route only where the sentence speaks of an
        // aircraft ("the plane", a type): "a delegation arrived in Tripoli" is not its flight.
        // "jets of that country often refuel in Cairo" speaks of planes in general, not of the one.
        if let dominant = d.dominant, !severalAircraft, namesAPlane || (!frame.types.isEmpty && flightVerb) {
            // A different type named here means a different aircraft.
            if let known = d.typeOf[dominant]?.designator, speaksOfAnotherType(than: known, frame, before: leg, m) { return .none }
            // "…left on a Turkish Airlines flight from Misrata" in an article about an air
            // force's A400M: another operator named here means another aircraft.
            if speaksOfAnotherOperator(than: d.operatorOf[dominant], of: dominant, s, m, d) { return .none }
            return Attribution(aircraft: [dominant], rule: .aircraftDominant)
        }
        // An article naming no registration and one callsign: "the plane" of its other
        // sentences flies under that callsign ("a plane took off from Tel Aviv… the flight
        // carried the number RFF7162").
        // Only a leg told by words, in the callsign's paragraph or the one before it: a dash
        // between two names far off ("(ANKARA) - …") is no retelling of its flight.
        if d.dominant == nil, m.identifiers.all.isEmpty, !severalAircraft, ordinal == nil, namesAPlane, frame.types.isEmpty || flightVerb,
           !leg.rules.contains(AssemblyRule.routeArrow.name)
        {
            let codes = d.freeCallsigns.all
            let near = codes.contains { m.layout.sentence(at: $0.location).map { (0...1).contains($0.paragraph - s.paragraph) } == true }
            if near, let first = codes.first, codes.allSatisfy({ $0.value.value == first.value.value }) {
                return Attribution(aircraft: [], rule: .aircraftDominantCallsign, callsigns: [first.value])
            }
        }
        return .none
    }

    /// Whether a sentence that names no identifier names operators, none of them one the
    /// article ties to the aircraft: its nearest operator, or any operator named in a paragraph
    /// that names the aircraft ("Italian intelligence" and "Italian government" both fly I-DIEM).
    private func speaksOfAnotherOperator(than known: String?, of id: String, _ s: Sentence, _ m: ArticleMentions, _ d: Discourse) -> Bool {
        guard let known else { return false }
        let here = m.operators.inside(s.range)
        guard !here.isEmpty, !here.contains(where: { $0.value.name == known }) else { return false }
        let paragraphs = Set(d.byParagraph.filter { $0.value.contains { $0.value.canonical == id } }.keys)
        let tied = paragraphs.flatMap { m.operators.inside(m.layout.paragraphRange($0)).map(\.value.name) }
        return !here.contains { tied.contains($0.value.name) }
    }

    /// Whether a sentence that names no identifier speaks of an aircraft of another type than
    /// `known`: a type it names, or, naming none, the types its paragraph names before the leg ("…a Russian Il-76
    /// landed in Cuba. The same aircraft flew to Venezuela" is not the article's Il-62M).
    private func speaksOfAnotherType(than known: String, _ frame: ClauseFrame, before leg: Leg, _ m: ArticleMentions) -> Bool {
        if !frame.types.isEmpty { return !frame.types.contains(known) }
        let paragraphTypes = Set(m.types.inside(m.layout.paragraphRange(frame.sentence.paragraph))
            .filter { $0.location < leg.location }.map(\.value.designator))
        return !paragraphTypes.isEmpty && !paragraphTypes.contains(known)
    }

    /// The identifiers listed with the last of `ids` (first of them when the leg comes first):
    /// written one after another with only commas, brackets, slashes or "and" between them.
    func coordinatedList(ending ids: [Mention<AircraftIdentifier>], _ m: ArticleMentions) -> [String] {
        guard ids.count > 1 else { return ids.map(\.value.canonical) }
        let folded = m.doc.foldedText
        let joiners = knowledge.assemblyWords.listJoiners
        var run = [ids[ids.count - 1]]
        for k in stride(from: ids.count - 2, through: 0, by: -1) {
            let a = ids[k], b = run[0]
            guard b.location >= a.end else { break }
            let gap = folded.substring(with: NSRange(location: a.end, length: b.location - a.end))
            // "CTM1001 (F-UJCS) and CTM1002 (F-UJCT)": a callsign or hex beside each identifier
            // is no word between them.
            let pieces = gap.split { $0.isWhitespace || "()[],/".contains($0) }.filter { !$0.contains(where: \.isNumber) }
            let words = pieces.flatMap { $0.split { !$0.isLetter } }.map { Document.fold(String($0)) }
            guard gap.count <= 24, words.joined().count <= 10, words.allSatisfy(joiners.contains) else { break }
            run.insert(a, at: 0)
        }
        return uniqueInOrder(run.map(\.value.canonical))
    }

    /// The type of the one aircraft a sentence tells a flight of, when it names no
    /// identifier: one type mention, no plural ("planes", "both"), a flight verb, and
    /// both ends known better than a country ("MiG-29 and Su-24 aircraft flying from Al
    /// Jufra" is activity, not a flight).
    func singleTypedAircraft(_ leg: Leg, _ s: Sentence, _ m: ArticleMentions) -> TypeMention? {
        guard !leg.between else { return nil }
        // Told by type alone, a flight needs both its ends ("a C-130J flew from Ankara to
        // Misrata"): "the P-8A operates from Sigonella" is the type's routine, not a flight.
        guard let o = leg.origin, let d = leg.destination, o.key != d.key else { return nil }
        // …and one end an airport: "departed Moscow for Ulyanovsk" names towns, not a tracked flight.
        guard o.level == .airport || d.level == .airport else { return nil }
        let inSentence = m.types.inside(s.range)
        guard inSentence.count == 1, let type = inSentence.first?.value else { return nil }
        if [leg.origin, leg.destination].contains(where: { $0?.level == .country }) { return nil }
        let words = m.tokens[s.tokens]
        let flightWords = knowledge.flightWords
        guard !words.contains(where: { flightWords.planes.contains($0.phrase) }),
              words.contains(where: { flightWords.role(ofVerb: $0.phrase) != nil || flightWords.namesAircraft($0.phrase) })
        else { return nil }
        return type
    }
}
