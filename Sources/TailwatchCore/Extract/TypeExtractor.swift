import Foundation

/// An aircraft type as written, with its ICAO designator.
public struct TypeMention: Sendable, Hashable {
    public var written: String
    public var designator: String
    public var family: String
}

/// An operator named in text, normalised to the operator table's name.
public struct OperatorMention: Sendable, Hashable {
    public var name: String
    /// Country of the operator (ISO alpha-2), and whether it is a military flying service.
    public var country: String? = nil
    public var isMilitary = false
}

/// Finds aircraft types ("Dassault Falcon-900LX", "إليوشن 76", "C-130J") and
/// operators ("Italian Air Force", "الموساد") by longest phrase match.
public struct TypeExtractor: Sendable {
    let catalog: AircraftCatalog
    /// Token keys a type or an operator name can start with: the scans pass over every
    /// other token with one set lookup.
    let typeStarts: Set<PhraseKey>
    let operatorStarts: Set<PhraseKey>

    public init(catalog: AircraftCatalog) {
        self.catalog = catalog
        typeStarts = catalog.typeNames.startKeys.union(catalog.manufacturers.map(PhraseKey.init))
        operatorStarts = catalog.operatorNames.startKeys
    }

    public func types(_ doc: Document, _ tokens: [Token]) -> [Mention<TypeMention>] {
        let text = doc.foldedText
        var out: [Mention<TypeMention>] = []
        var i = 0
        while i < tokens.count {
            // Not a type's first word and no digit for a sub-variant ("767a"): nothing starts here.
            if !typeStarts.contains(tokens[i].phrase), !tokens[i].key.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                i += 1
                continue
            }
            // A manufacturer word just before the model belongs to the mention.
            let hasMaker = catalog.manufacturers.contains(tokens[i].key) && i + 1 < tokens.count
            let at = hasMaker ? i + 1 : i
            if let (n, values) = catalog.typeNames.longestMatch(in: tokens, at: at, limit: tokens.count)
                ?? catalog.typeNames.longestMatch(in: tokens, at: i, limit: tokens.count).map({ ($0.count - (at - i), $0.values) })
                ?? variantMatch(tokens, at: at),
               n > 0, let t = values.first.map({ catalog.types[$0] })
            {
                let first = tokens[i]
                let last = tokens[at + n - 1]
                let range = NSRange(location: first.location, length: last.end - first.location)
                let written = text.substring(with: range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                // "إليوشن Il-76TD": maker and model named one after the other are one mention.
                if let prev = out.last, prev.value.designator == t.designator, range.location - prev.end <= 1 {
                    let joined = NSRange(location: prev.range.location, length: range.location + range.length - prev.range.location)
                    let text = text.substring(with: joined).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    out[out.count - 1] = Mention(joined, TypeMention(written: text, designator: t.designator, family: t.family))
                } else {
                    out.append(Mention(range, TypeMention(written: written, designator: t.designator, family: t.family)))
                }
                i = at + n
            } else {
                i += 1
            }
        }
        return out
    }

    /// "KC-767A", "C-130H3": a sub-variant letter after a known model's number names that model.
    func variantMatch(_ tokens: [Token], at start: Int) -> (count: Int, values: [Int])? {
        var acc = ""
        for j in start..<min(start + 3, tokens.count) {
            if j > start, tokens[j].location - tokens[j - 1].end > 1 { return nil }
            let key = tokens[j].key
            // One or two Latin letters after a digit ("767a", "130h"), read on bytes: this runs
            // for every token of every article.
            let bytes = key.utf8
            var end = bytes.endIndex
            var letters = 0
            while end > bytes.startIndex, letters < 3, case let b = bytes[bytes.index(before: end)], b >= 0x61 && b <= 0x7A {
                end = bytes.index(before: end)
                letters += 1
            }
            if (1...2).contains(letters), end > bytes.startIndex, case let d = bytes[bytes.index(before: end)], d >= 0x30 && d <= 0x39 {
                let values = catalog.typeNames.lookup(acc + String(key[..<end]))
                if !values.isEmpty { return (j - start + 1, values) }
            }
            acc += key
        }
        return nil
    }

    public func operators(_ doc: Document, _ tokens: [Token]) -> [Mention<OperatorMention>] {
        var out: [Mention<OperatorMention>] = []
        var i = 0
        while i < tokens.count {
            let key = tokens[i].key
            if !operatorStarts.contains(tokens[i].phrase), !(tokens[i].isRightToLeft && ArabicClitics.startsWithClitic(key)) {
                i += 1
                continue
            }
            if let (n, values) = catalog.operatorNames.longestMatch(in: tokens, at: i, limit: tokens.count)
                ?? ArabicClitics.variants(key).lazy.filter({ operatorStarts.contains(PhraseKey($0.stripped)) }).compactMap({
                    catalog.operatorNames.longestMatch(in: tokens, at: i, limit: tokens.count, firstKey: $0.stripped)
                }).first,
               let v = values.first
            {
                let range = NSRange(location: tokens[i].location, length: tokens[i + n - 1].end - tokens[i].location)
                out.append(Mention(range, OperatorMention(name: catalog.operators[v], country: catalog.operatorCountries[v], isMilitary: catalog.operatorKinds[v] == "air_force")))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }
}
