import Foundation

/// Stage 1: everything the extractors find in one article, and where its sentences lie.
struct ArticleMentions {
    let doc: Document
    let tokens: [Token]
    let layout: TextLayout
    /// Types, registrations and serials, hex addresses and callsigns.
    let aircraft: AircraftMentions
    /// Identifiers as written plus the registrations US hex addresses compute to.
    let identifiers: LocatedMentions<AircraftIdentifier>
    let types: LocatedMentions<TypeMention>
    let operators: LocatedMentions<OperatorMention>
    let dates: [Mention<DateExpression>]
    let places: [PlaceMention]
    /// Place mentions grouped by the sentence holding all of their tokens.
    let placesBySentence: [[PlaceMention]]
    let times: LocatedMentions<TimeMention>

    var sentences: [Sentence] { layout.sentences }
    /// The headline: the first line of text (after a `date …` header), short and alone in its
    /// paragraph; nil when the article starts with its body.
    var headline: Sentence? {
        guard let first = sentences.first(where: { tokens[$0.tokens.lowerBound].key != "date" }),
              first.tokens.count <= 16, sentences.filter({ $0.paragraph == first.paragraph }).count == 1 else { return nil }
        return first
    }
    var codes: [Mention<AircraftCode>] { aircraft.codes }
    /// Every event names an aircraft (an identifier, a callsign, or a type for a typed flight).
    var namesAircraft: Bool { !identifiers.all.isEmpty || !aircraft.types.isEmpty || aircraft.codes.contains { $0.value.kind == .callsign } }
}

extension ArticleExtractor {
    /// Stage 1. An article naming no aircraft has no event, so its operators, places and
    /// times are not read — most news is such an article; its dates are (the article's own
    /// date is still wanted).
    func readMentions(_ text: String) -> ArticleMentions {
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.units)
        let layout = TextLayout(Scopes.sentences(in: doc.units, tokens: tokens))
        let aircraft = aircraftMentions(in: doc, tokens: tokens)
        let ids = CodeAttachment.identifiers(adding: aircraft.codes, to: aircraft.identifiers)
        let namesAircraft = !ids.isEmpty || !aircraft.types.isEmpty || aircraft.codes.contains { $0.value.kind == .callsign }
        let operators = namesAircraft ? typeFinder.operators(doc, tokens) : []
        let dateMentions = dates.extract(doc, tokens)
        // A name inside an identifier, type, operator or date is not a place
        // ("Cham Wings", "YK-BAG", "الخميس").
        let taken = ids.map(\.range) + aircraft.codes.map(\.range) + aircraft.types.map(\.range)
            + operators.map(\.range) + dateMentions.map(\.range)
        let places = namesAircraft ? findPlaces(doc, tokens, layout.sentences, excluding: taken) : []
        var bySentence = Array(repeating: [PlaceMention](), count: layout.sentences.count)
        for m in places {
            guard let i = layout.sentenceIndex(at: tokens[m.tokens.lowerBound].location) else { continue }
            let s = layout.sentences[i]
            if m.tokens.lowerBound >= s.tokens.lowerBound && m.tokens.upperBound <= s.tokens.upperBound { bySentence[i].append(m) }
        }
        return ArticleMentions(
            doc: doc, tokens: tokens, layout: layout, aircraft: aircraft, identifiers: LocatedMentions(ids),
            types: LocatedMentions(aircraft.types), operators: LocatedMentions(operators), dates: dateMentions,
            places: places, placesBySentence: bySentence, times: LocatedMentions(namesAircraft ? times.extract(doc) : []))
    }

    func findPlaces(_ doc: Document, _ tokens: [Token], _ sentences: [Sentence], excluding taken: [NSRange]) -> [PlaceMention] {
        // Taken ranges sorted by start, so each place checks only those that can overlap it.
        let sortedTaken = taken.sorted { $0.location < $1.location }
        var maxEnd: [Int] = []  // running maximum of the ends, for the overlap cut-off
        for t in sortedTaken { maxEnd.append(max(maxEnd.last ?? 0, NSMaxRange(t))) }
        return places.extract(doc, tokens, sentences: sentences).filter { m in
            let r = m.range(in: tokens)
            // Inside another mention ("Cham" of "Cham Wings") it is not a place; a place
            // name that holds one ("RAF Brize Norton") still is.
            var hi = 0, top = sortedTaken.count
            while hi < top {
                let mid = (hi + top) / 2
                if sortedTaken[mid].location < NSMaxRange(r) { hi = mid + 1 } else { top = mid }
            }
            var k = hi - 1
            while k >= 0 && maxEnd[k] > r.location {
                let t = sortedTaken[k]
                let overlap = NSIntersectionRange(t, r).length
                let holdsIt = overlap == t.length && t.length < r.length
                if overlap > 0 && !holdsIt { return false }
                k -= 1
            }
            return true
        }
    }
}
