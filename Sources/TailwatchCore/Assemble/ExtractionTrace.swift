import Foundation

extension ArticleExtractor {
    /// What each extractor found in one text, one line per finding, for
    /// `tailwatch extract --trace`: the way to see why an event came out as it did.
    public func trace(text: String) -> [String] {
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.units)
        let sentences = Scopes.sentences(in: doc.units, tokens: tokens)
        let folded = doc.foldedText
        var lines: [String] = []
        let ids = identifiers.extract(doc)
        let types = typeFinder.types(doc, tokens)
        let operators = typeFinder.operators(doc, tokens)
        let dateMentions = dates.extract(doc, tokens)
        for m in ids {
            lines.append("id     \(folded.substring(with: m.range)) → \(m.value.canonical) (\(m.value.country ?? "?"), \(m.value.kind.rawValue))")
        }
        for m in types {
            lines.append("type   \(folded.substring(with: m.range)) → \(m.value.designator)")
        }
        for m in operators {
            lines.append("oper   \(folded.substring(with: m.range)) → \(m.value.name)")
        }
        let all = findPlaces(doc, tokens, sentences, excluding: ids.map(\.range) + types.map(\.range) + operators.map(\.range) + dateMentions.map(\.range))
        let votes = countryVotes(all)
        for (si, s) in sentences.enumerated() {
            let inSentence = all.filter { s.tokens.contains($0.tokens.lowerBound) }
            for m in inSentence {
                let r = m.range(in: tokens)
                let place = resolve(m, votes).map(\.key) ?? "-"
                lines.append("place  s\(si) \(folded.substring(with: r)) → \(place) role=\(m.role?.rawValue ?? "-") cue=\(m.cue.joined(separator: " ")) airportWord=\(m.airportWord)")
            }
            for leg in buildLegs(inSentence, tokens, votes, folded: folded) {
                lines.append("leg    s\(si) p\(s.paragraph) \(leg.origin?.key ?? "-") → \(leg.destination?.key ?? "-")")
            }
        }
        for m in dateMentions {
            lines.append("date   \(folded.substring(with: m.range)) → \(m.value)")
        }
        for m in times.extract(doc) {
            lines.append("time   \(folded.substring(with: m.range)) → \(m.value)")
        }
        // The article's own date, which relative dates resolve against.
        if let a = extract(text: text, source: ArticleSource(path: "-", sha256: "")).articleDate {
            let conflict = a.headerConflict.map { " header-conflict=\($0.iso)" } ?? ""
            lines.append("anchor \(a.date.iso) basis=\(a.basis.rawValue) confidence=\(String(format: "%.2f", a.confidence))\(conflict)")
        }
        return lines
    }
}
