import Foundation

extension ArticleExtractor {
    /// What each extractor found in one text, one line per finding, for
    /// `tailwatch extract --trace`: the way to see why an event came out as it did.
    public func trace(text: String) -> [String] {
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.folded)
        let sentences = Scopes.sentences(in: doc.folded, tokens: tokens)
        let folded = doc.folded as NSString
        var lines: [String] = []
        for m in identifiers.extract(doc) {
            lines.append("id     \(folded.substring(with: m.range)) → \(m.value.canonical) (\(m.value.country ?? "?"), \(m.value.kind.rawValue))")
        }
        for m in typeFinder.types(doc, tokens) {
            lines.append("type   \(folded.substring(with: m.range)) → \(m.value.designator)")
        }
        for m in typeFinder.operators(doc, tokens) {
            lines.append("oper   \(folded.substring(with: m.range)) → \(m.value.name)")
        }
        let taken = identifiers.extract(doc).map(\.range) + typeFinder.types(doc, tokens).map(\.range)
            + typeFinder.operators(doc, tokens).map(\.range) + dates.extract(doc, tokens).map(\.range)
        let all = findPlaces(doc, tokens, sentences, excluding: taken)
        let votes = countryVotes(all)
        for (si, s) in sentences.enumerated() {
            let inSentence = all.filter { s.tokens.contains($0.tokens.lowerBound) }
            for m in inSentence {
                let r = NSRange(location: tokens[m.tokens.lowerBound].location,
                                length: tokens[m.tokens.upperBound - 1].end - tokens[m.tokens.lowerBound].location)
                let place = resolve(m, votes).map(\.key) ?? "-"
                lines.append("place  s\(si) \(folded.substring(with: r)) → \(place) role=\(m.role?.rawValue ?? "-") cue=\(m.cue.joined(separator: " ")) airportWord=\(m.airportWord)")
            }
            for leg in buildLegs(inSentence, tokens, votes, folded: folded) {
                lines.append("leg    s\(si) p\(s.paragraph) \(leg.origin?.key ?? "-") → \(leg.destination?.key ?? "-")")
            }
        }
        for m in dates.extract(doc, tokens) {
            lines.append("date   \(folded.substring(with: m.range)) → \(m.value)")
        }
        for m in times.extract(doc) {
            lines.append("time   \(folded.substring(with: m.range)) → \(m.value)")
        }
        return lines
    }
}
