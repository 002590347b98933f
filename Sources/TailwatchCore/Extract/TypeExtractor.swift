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
    /// Arabic names of Latin letters: "سي-130", "إم كيو-9", "بي-8 أيه" spell a model's code.
    let letterNames: LatinLetterNames?
    /// Token keys a type or an operator name can start with: the scans pass over every
    /// other token with one set lookup.
    let typeStarts: Set<PhraseKey>
    let operatorStarts: Set<PhraseKey>

    public init(catalog: AircraftCatalog, letterNames: LatinLetterNames? = nil) {
        self.catalog = catalog
        self.letterNames = letterNames
        typeStarts = catalog.typeNames.startKeys.union(catalog.manufacturers.map(PhraseKey.init))
        operatorStarts = catalog.operatorNames.startKeys
    }

    public func types(_ doc: Document, _ tokens: [Token]) -> [Mention<TypeMention>] {
        let text = doc.foldedText
        var out: [Mention<TypeMention>] = []
        var i = 0
        while i < tokens.count {
            // Not a type's first word and no digit for a sub-variant ("767a"): nothing starts here.
            // "سي-130": a model's code spelled in Arabic letter names.
            func spelled() -> Bool {
                guard tokens[i].isRightToLeft, let (n, values) = spelledModel(tokens, at: i),
                      let t = values.first.map({ catalog.types[$0] }) else { return false }
                let range = NSRange(location: tokens[i].location, length: tokens[i + n - 1].end - tokens[i].location)
                out.append(Mention(range, TypeMention(written: text.substring(with: range), designator: t.designator, family: t.family)))
                i += n
                return true
            }
            if !typeStarts.contains(tokens[i].phrase), !tokens[i].key.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                if !spelled() { i += 1 }
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
            } else if !spelled() {
                i += 1
            }
        }
        return out
    }

    /// "سي-130", "إم كيو-9 ريبر", "بي-8 أيه": a model code spelled in Arabic letter names and
    /// digits, read as the Latin code it spells (the longest run a type has; of a name two
    /// letters share, any reading that names a type).
    func spelledModel(_ tokens: [Token], at start: Int) -> (count: Int, values: [Int])? {
        guard let names = letterNames, names.letters[tokens[start].phrase] != nil else { return nil }
        var readings: [[String]] = []
        var hasDigits = false
        for j in start..<min(start + 5, tokens.count) {
            if j > start, tokens[j].location - tokens[j - 1].end > 1 { break }
            if let letters = names.letters[tokens[j].phrase] {
                readings.append(letters.map { String($0).lowercased() })
            } else if let split = digitsThenName(tokens[j].key, names) {
                // "إم كيو-4سي": the variant letter written onto the number.
                readings.append(split)
                hasDigits = true
            } else if tokens[j].isAllDigits || tokens[j].key.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }) {
                readings.append([tokens[j].key])
                hasDigits = hasDigits || tokens[j].key.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
            } else {
                break
            }
        }
        guard hasDigits else { return nil }
        for count in stride(from: readings.count, through: 2, by: -1) {
            var keys = [""]
            for r in readings.prefix(count) { keys = keys.flatMap { k in r.map { k + $0 } }.prefix(32).map { $0 } }
            // A code is letters then digits at least ("c130", "mq9"): no bare letters, no digits first.
            for key in keys where key.first?.isLetter == true && key.contains(where: \.isNumber) {
                let values = catalog.typeNames.lookup(key)
                if !values.isEmpty { return (count, values) }
            }
        }
        return nil
    }

    /// "4سي" → ["4c"]: ASCII digits with a letter name written onto them.
    private func digitsThenName(_ key: String, _ names: LatinLetterNames) -> [String]? {
        let digits = key.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < key.count, let letters = names.letters[String(key.dropFirst(digits.count))] else { return nil }
        return letters.map { digits + String($0).lowercased() }
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
