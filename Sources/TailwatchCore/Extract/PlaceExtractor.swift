import Foundation

/// A place name found in text, with the role the words around it give it.
public struct PlaceMention: Sendable {
    public var refs: [PlaceRef]
    /// Token indices of the name.
    public var tokens: Range<Int>
    public var role: RouteRole?
    /// The route word that gave the role, as its token keys ("from", "هبطت في").
    public var cue: [String]
    /// "airport", "مطار", "base" stood next to the name.
    public var airportWord: Bool
    public var hashtag: Bool
    /// The Arabic clitic stripped from the name's first word ("و" in "وطرابلس").
    public var clitic: String
    /// The name's token keys, clitic stripped.
    public var nameKeys: [String] = []
    /// Token index where the route word starts (nil: none, or a clitic on the name).
    public var cueStart: Int?

    /// The name's span in the folded text.
    public func range(in t: [Token]) -> NSRange {
        NSRange(location: t[tokens.lowerBound].location, length: t[tokens.upperBound - 1].end - t[tokens.lowerBound].location)
    }
}

/// Finds places by longest match against the gazetteer and reads their route
/// role from the words before them (and Turkish case suffixes after them).
public struct PlaceExtractor: Sendable {
    let gazetteer: Gazetteer
    let words: RouteWords

    public init(gazetteer: Gazetteer, words: RouteWords) {
        self.gazetteer = gazetteer
        self.words = words
    }

    static let airportWords: KeySet = [
        "airport", "airbase", "base", "airfield", "aeroporto", "aeroport", "havalimani", "havaalani", "ussu",
        "مطار", "المطار", "قاعده", "القاعده", "لمطار", "بمطار",
    ]
    static let conjunctions: KeySet = ["and", "e", "et", "ve", "و"]
    /// Words that make "X-word" an adjective rather than a place ("Kazakh-registered").
    static let attributiveNouns: KeySet = [
        "time", "run", "route", "routes", "airspace", "border", "coast", "file", "crisis", "conflict", "talks",
        "desk", "office", "embassy", "government", "policy", "envoy", "operations",
    ]
    static let modifierWords: KeySet = ["registered", "flagged", "owned", "made", "built", "operated", "backed", "led", "born", "style"]

    public func extract(_ doc: Document, _ tokens: [Token], sentences: [Sentence]) -> [PlaceMention] {
        extract(doc, tokens, sentences: sentences, cached: true)
    }

    /// `cached: false` asks every question of the tokens afresh, as the extractor first did;
    /// `PlaceFastPathTests` hold the two equal.
    func extract(_ doc: Document, _ tokens: [Token], sentences: [Sentence], cached: Bool) -> [PlaceMention] {
        let f = PlaceTokenFacts(tokens, capitals: words.capitals, cached: cached)
        var out: [PlaceMention] = []
        for s in sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                if let m = capitalMention(tokens, at: i, sentence: s, f) {
                    out.append(m)
                    i = m.tokens.upperBound
                } else if let m = match(tokens, at: i, sentence: s, f) {
                    out.append(m)
                    i = m.tokens.upperBound
                } else if let m = namedBase(tokens, at: i, sentence: s, f) {
                    out.append(m)
                    i = m.tokens.upperBound
                } else if let m = sameAirport(tokens, at: i, sentence: s, after: out, f) {
                    out.append(m)
                    i = m.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    private func match(_ t: [Token], at i: Int, sentence s: Sentence, _ f: PlaceTokenFacts) -> PlaceMention? {
        let token = t[i]
        let hashtag = token.before == 0x23
        var found: (count: Int, values: [PlaceRef])?
        var clitic = ""
        if token.isAllDigits { return nil }
        // Latin names are capitalised (checked again below, after the lookups): most tokens
        // of English text are not, and need no lookup at all.
        if !token.isRightToLeft && !token.isCapitalized && !hashtag { return nil }
        if token.length == 4, !token.isRightToLeft, Self.isUppercase(token.text), gazetteer.airport(code: token.text) != nil,
           token.before == 0x28 || hashtag || token.after == 0x29,
           let idx = gazetteer.airports.firstIndex(where: { $0.code == token.text })
        {
            found = (1, [.airport(idx)])
        } else if token.length == 3, !token.isRightToLeft, Self.isUppercase(token.text),
                  hashtag || token.before == 0x28 && token.after == 0x29,
                  let airport = gazetteer.airport(iata: token.text), airport.inUse,
                  let idx = gazetteer.airports.firstIndex(where: { $0.code == airport.code }),
                  // "Damascus (DAM)", not a party's initials "(MPC)" after its French name: in
                  // brackets, a code follows a name of its own airport or city.
                  hashtag || namesItsAirport(airport, before: i, t, s)
        {
            // "#BEN", "(DAM)": an IATA code written as a tag.
            found = (1, [.airport(idx)])
        } else if let f = gazetteer.names.longestMatch(in: t, at: i, limit: possessiveLimit(t, i, s)) {
            found = f
        } else if token.isRightToLeft, !Gazetteer.commonArabicWordKeys.contains(token.phrase) {
            // A common word is not a clitic and a name: "كورونا" is not ك + Verona's "ورونا".
            for v in f.variants(i) {
                if let f = gazetteer.names.longestMatch(in: t, at: i, limit: s.tokens.upperBound, firstKey: v.stripped) {
                    found = f
                    clitic = v.clitics
                    break
                }
            }
            // "بتل أبيب", "ببن غوريون", "بأم جرس": a clitic on a two-letter first word. Such a
            // word alone is no name ("بن", "ام"), so only a name of several words counts.
            if found == nil, token.length == 3, ArabicClitics.startsWithClitic(token.key) {
                let stripped = String(token.key.unicodeScalars.dropFirst())
                if let f = gazetteer.names.longestMatch(in: t, at: i, limit: s.tokens.upperBound, firstKey: stripped), f.count > 1 {
                    found = f
                    clitic = String(token.key.unicodeScalars.prefix(1))
                }
            }
        } else {
            // A declined Russian name: "Москвы", "Хмеймиме" (ru_case_endings.tsv).
            for nominative in RussianEndings.shared.nominatives(token.key) {
                if let f = gazetteer.names.longestMatch(in: t, at: i, limit: possessiveLimit(t, i, s), firstKey: nominative) {
                    found = f
                    break
                }
            }
        }
        guard var (count, refs) = found else { return nil }
        // Latin names are capitalised; a lower-case word is a common noun ("nice", "split").
        if !token.isRightToLeft && !token.isCapitalized && !hashtag { return nil }
        if count == 1, !token.isRightToLeft, token.length <= 3, !hashtag, !Self.isUppercase(token.text) || token.length < 3 {
            return nil
        }
        // A Latin name of several words ends with a capitalised one ("Pratica di Mare", "Dar es
        // Salaam"): "Da lì" (from there) at a sentence's start is not the town of Dali.
        // ("Benina airport", "Mitiga international" end with a generic word and stay names.)
        // A shorter name that does end so still stands: "da Pisa è arrivato" is Pisa, though
        // GeoNames also lists a "Pisa E".
        while count > 1, !token.isRightToLeft, !hashtag, !t[i + count - 1].isCapitalized, !t[i + count - 1].isRightToLeft,
              !t[i + count - 1].isAllDigits, !Gazetteer.genericAirportWords.contains(t[i + count - 1].key)
        {
            guard let shorter = gazetteer.names.longestMatch(in: t, at: i, limit: i + count - 1) else { return nil }
            (count, refs) = shorter
        }
        // "Abdul Hamid Dbeibah": a one-word name between two capitalised words that are not
        // places is part of a person's name.
        if count == 1, !token.isRightToLeft, !hashtag, i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound {
            let before = t[i - 1], after = t[i + 1]
            if before.isCapitalized, after.isCapitalized, before.end + 1 == token.location, token.end + 1 == after.location,
               gazetteer.names.longestMatch(in: t, at: i - 1, limit: s.tokens.upperBound) == nil,
               gazetteer.names.longestMatch(in: t, at: i + 1, limit: s.tokens.upperBound) == nil
            {
                return nil
            }
        }
        let range = i..<(i + count)
        var mention = PlaceMention(refs: refs, tokens: range, role: nil, cue: [], airportWord: false, hashtag: hashtag, clitic: clitic)
        mention.nameKeys = t[range].map(\.key)
        if !clitic.isEmpty { mention.nameKeys[0] = String(mention.nameKeys[0].dropFirst(clitic.count)) }
        // "بمطار بغداد", "Baghdad airport" read as one name: it still names the city's airport.
        if mention.nameKeys.contains(where: Self.airportWords.contains) { mention.airportWord = true }
        // "Kazakh-registered", "Libya-based" firm: a name used as a modifier.
        let last = t[range.upperBound - 1]
        if last.after == 0x2D, range.upperBound < t.count, Self.modifierWords.contains(t[range.upperBound].phrase) { return nil }
        // "Paris time", "the Libya run", "Libya airspace": a name before such a noun is no route end.
        if !last.isRightToLeft, range.upperBound < s.tokens.upperBound, last.after == 0x20,
           Self.attributiveNouns.contains(t[range.upperBound].text)
        {
            return nil
        }
        // "بتوقيت المغرب", "heure de Paris", "ora di Roma": a place naming a clock is no route end.
        if i > s.tokens.lowerBound, Self.isClockWord(t, before: i, floor: s.tokens.lowerBound, f) { return nil }
        readRole(&mention, t, s, f)
        // A one-word town name must be a real city, be called an airport or city, or (in
        // Latin script, capitalised) follow a route word: "took off from Lampedusa".
        let routed = mention.role != nil && !token.isRightToLeft && mention.cue != ["ب"] && mention.cue != ["ل"]
        mention.refs = refs.filter { ref in
            if case .city(let c) = ref, count == 1, !hashtag {
                return gazetteer.cities[c].population >= 15000 || routed || precededByAirportWord(t, i, s, f)
            }
            return true
        }
        return mention.refs.isEmpty ? nil : mention
    }

    /// `s == s.uppercased()`, read on the bytes of ASCII text (no lower-case letter): the
    /// match asks it of every capitalised token of three or four letters, and `uppercased()`
    /// builds a string each time. Other text takes `uppercased()`.
    static func isUppercase(_ s: String) -> Bool {
        var lower = false
        for b in s.utf8 {
            if b >= 0x80 { return s == s.uppercased() }
            if b >= 0x61 && b <= 0x7A { lower = true }
        }
        return !lower
    }

    /// Whether one of the four words before token `i` is a word of the airport's name or city.
    private func namesItsAirport(_ a: Airport, before i: Int, _ t: [Token], _ s: Sentence) -> Bool {
        let own = Set(PhraseIndex<PlaceRef>.tokenKeys(a.name + " " + (a.city ?? "")))
        return t[max(s.tokens.lowerBound, i - 4)..<i].contains { own.contains($0.key) }
    }

    /// "Tripoli's Mitiga": an English possessive "'s" ends the name ("Tripoli" + "s" is not "Tripolis").
    private func possessiveLimit(_ t: [Token], _ i: Int, _ s: Sentence) -> Int {
        var k = i + 1
        while k < s.tokens.upperBound && k - i <= 6 {
            // Length first: comparing a non-ASCII key with "s" takes String's normalising path.
            if t[k].key.utf8.count == 1, t[k].key == "s", t[k].before == 0x27 || t[k].before == 0x2019, t[k - 1].end + 1 == t[k].location { return k }
            k += 1
        }
        return s.tokens.upperBound
    }

    static let clockWords: KeySet = ["توقيت", "heure", "ora", "saati"]

    /// Whether the words right before token `i` are "توقيت" (any clitic), "heure de", "ora di".
    static func isClockWord(_ t: [Token], before i: Int, floor: Int) -> Bool {
        isClockWord(t, before: i, floor: floor, PlaceTokenFacts(t, capitals: KeySet(), cached: false))
    }

    static let clockJoiners: KeySet = ["de", "d", "di", "del"]

    static func isClockWord(_ t: [Token], before i: Int, floor: Int, _ f: PlaceTokenFacts) -> Bool {
        var k = i - 1
        if f.cached ? clockJoiners.contains(t[k].phrase) : ["de", "d", "di", "del"].contains(t[k].key), k > floor { k -= 1 }
        let key = t[k].key
        return clockWords.contains(key) || f.variants(k).contains { clockWords.contains($0.stripped) }
    }

    /// What makes capitalised words a field's name: "Al Reef Air Base", "Kharkiv North Airfield".
    static let baseSuffixes: [[String]] = [["air", "base"], ["airbase"], ["air", "force", "base"], ["airfield"], ["air", "field"], ["airport"]]

    /// "Al Reef Air Base": one to three capitalised words no table knows, then a generic field
    /// word, name a base of their own (resolved as `name:Al Reef`).
    static let articles: KeySet = ["al", "el", "ad", "as", "ar", "at", "an"]

    private func namedBase(_ t: [Token], at i: Int, sentence s: Sentence, _ f: PlaceTokenFacts) -> PlaceMention? {
        let end = s.tokens.upperBound
        // The questions are pure: the cheap ones about the token's letters come first (most
        // tokens are not capitalised Latin words), and the article is looked up only then.
        if f.cached, t[i].isRightToLeft || !t[i].isCapitalized || t[i].isAllDigits { return nil }
        // "Al Reef", "El Gorah": an Arabic article opens the name.
        let article = (f.cached ? Self.articles.contains(t[i].phrase) : ["al", "el", "ad", "as", "ar", "at", "an"].contains(t[i].key))
            && i + 1 < end && t[i + 1].isCapitalized
        guard !t[i].isRightToLeft, t[i].isCapitalized, !t[i].isAllDigits, article || !Gazetteer.commonWords.contains(t[i].key) else { return nil }
        var k = i
        while k < end, k - i < 3, t[k].isCapitalized, !t[k].isAllDigits, !Gazetteer.genericAirportWords.contains(t[k].key) { k += 1 }
        // A name is followed by a capitalised field word: asked before the suffixes are compared.
        if f.cached, k <= i || k >= end || !t[k].isCapitalized { return nil }
        guard k > i, k < end,
              let suffix = Self.baseSuffixes.first(where: { sfx in k + sfx.count <= end && t[k..<(k + sfx.count)].map(\.key) == sfx }),
              t[k].isCapitalized
        else { return nil }
        let name = t[i..<k].map(\.text).joined(separator: " ")
        var m = PlaceMention(refs: [.base(name: name)], tokens: i..<(k + suffix.count), role: nil, cue: [], airportWord: true, hashtag: false, clitic: "")
        m.nameKeys = t[i..<k].map(\.key)
        readRole(&m, t, s, f)
        return m
    }

    /// Words that join "capital" to its country: "capital of Libya", "capitale della Libia".
    static let capitalJoiners: Set<String> = ["of", "de", "du", "di", "della", "del", "dell"]

    /// "the Libyan capital", "العاصمة الليبية", "capitale della Libia", "столицу Ливии": the
    /// country's capital city, when no name of it follows ("العاصمة الليبية طرابلس" is read by its name).
    private func capitalMention(_ t: [Token], at i: Int, sentence s: Sentence, _ f: PlaceTokenFacts) -> PlaceMention? {
        let end = s.tokens.upperBound
        func capitalWord(_ k: Int) -> (clitic: String, ok: Bool) {
            guard k < end else { return ("", false) }
            return f.capitalWord(k)
        }
        /// A country (or its adjective) written at `k`: its index and length.
        func country(at k: Int) -> (index: Int, count: Int)? {
            guard k < end else { return nil }
            var found = gazetteer.names.longestMatch(in: t, at: k, limit: end)
            if found == nil, !t[k].isRightToLeft {
                for nominative in RussianEndings.shared.nominatives(t[k].key) {
                    if let f = gazetteer.names.longestMatch(in: t, at: k, limit: end, firstKey: nominative) { found = f; break }
                }
            }
            guard let (count, refs) = found else { return nil }
            for ref in refs {
                switch ref {
                case .country(let c), .adjective(let c): return (c, count)
                case .airport, .city, .base: continue
                }
            }
            return nil
        }
        var span: Range<Int>, countryIndex: Int, clitic = ""
        let word = capitalWord(i)
        if word.ok {
            var k = i + 1
            if k < end, Self.capitalJoiners.contains(t[k].key) { k += 1 }
            guard let c = country(at: k) else { return nil }
            span = i..<(k + c.count)
            countryIndex = c.index
            clitic = word.clitic
        } else {
            // Most tokens have no capital word after them: look that up before the country.
            guard t[i].isCapitalized || t[i].isRightToLeft,
                  f.capitalWord(in: (i + 1)..<min(end, i + 10)),
                  let c = country(at: i) else { return nil }
            var k = i + c.count
            if k < end, t[k].key == "s", t[k].before == 0x27 || t[k].before == 0x2019 { k += 1 }  // "Libya's capital"
            let following = capitalWord(k)
            guard following.ok, following.clitic.isEmpty else { return nil }
            span = i..<(k + 1)
            countryIndex = c.index
        }
        // "العاصمة الأردنية عمّان": a name after the capital words that is only another country
        // (عمان is Oman's name too, once the shadda is folded away) is the capital written out.
        guard let city = gazetteer.capital(ofCountry: countryIndex) else { return nil }
        if let (count, refs) = span.upperBound < end ? gazetteer.names.longestMatch(in: t, at: span.upperBound, limit: end) : nil {
            // Read by its name, unless the name is also another country's and the capital's own.
            let otherCountry = refs.contains { if case .country(let c) = $0 { return c != countryIndex } else { return false } }
            let theCapital = refs.contains { if case .city(let c) = $0 { return c == city } else { return false } }
            guard otherCountry, theCapital || refs.allSatisfy({ if case .country = $0 { return true } else { return false } }),
                  word.ok, t[i].isRightToLeft else { return nil }
            span = span.lowerBound..<(span.upperBound + count)
        }
        var m = PlaceMention(refs: [.city(city)], tokens: span, role: nil, cue: [], airportWord: false, hashtag: false, clitic: clitic)
        m.nameKeys = PhraseIndex<PlaceRef>.tokenKeys(gazetteer.cities[city].name)
        readRole(&m, t, s, f)
        return m
    }

    static let sameWords: KeySet = ["نفسه", "نفسها", "ذاته", "ذاتها"]
    static let sameLeads: KeySet = ["same", "stesso", "stessa", "meme"]

    /// "هبطت في القاعدة ذاتها", "من المطار نفسه", "at the same airport", "dallo stesso aeroporto":
    /// the airport named last before it.
    private func sameAirport(_ t: [Token], at i: Int, sentence s: Sentence, after found: [PlaceMention], _ f: PlaceTokenFacts) -> PlaceMention? {
        guard i + 1 < s.tokens.upperBound else { return nil }
        let a = t[i].key, b = t[i + 1].key
        let arabic = t[i].isRightToLeft && Self.sameWords.contains(b)
            && (Self.airportWords.contains(a) || f.variants(i).contains { Self.airportWords.contains($0.stripped) })
        let latin = !t[i].isRightToLeft && Self.sameLeads.contains(a) && Self.airportWords.contains(b)
        guard arabic || latin else { return nil }
        guard let previous = found.last(where: { $0.refs.contains { if case .airport = $0 { return true } else { return false } } }),
              let airport = previous.refs.first(where: { if case .airport = $0 { return true } else { return false } })
        else { return nil }
        var m = PlaceMention(refs: [airport], tokens: i..<(i + 2), role: nil, cue: [], airportWord: true, hashtag: false, clitic: "")
        m.nameKeys = previous.nameKeys
        if arabic, let v = f.variants(i).first(where: { Self.airportWords.contains($0.stripped) }) { m.clitic = v.clitics }
        readRole(&m, t, s, f)
        return m
    }

    static let russianPlacePrepositions: Set<String> = ["в", "во", "на"]
    static let turkishBelonging: Set<String> = ["ait"]

    /// Whether a Russian name is written in the prepositional case: its first word ends in -е or
    /// -и and is not itself a name the gazetteer knows (an indeclinable "Триполи" stays whither).
    private func isRussianPrepositional(_ t: [Token], _ range: Range<Int>) -> Bool {
        let first = t[range.lowerBound]
        guard let last = first.key.unicodeScalars.last, last == "е" || last == "и",
              first.key.unicodeScalars.allSatisfy({ (0x0400...0x04FF).contains($0.value) })
        else { return false }
        if let direct = gazetteer.names.longestMatch(in: t, at: range.lowerBound, limit: range.upperBound), direct.count == range.count {
            return false
        }
        return true
    }

    static let cityWords: KeySet = ["مدينه", "بمدينه", "city", "town", "citta"]

    private func precededByAirportWord(_ t: [Token], _ i: Int, _ s: Sentence, _ f: PlaceTokenFacts) -> Bool {
        guard i > s.tokens.lowerBound else { return false }
        let k = t[i - 1].key
        return Self.airportWords.contains(k) || f.variants(i - 1).contains { Self.airportWords.contains($0.stripped) }
            || (f.cached ? Self.cityWords.contains(k) : ["مدينه", "بمدينه", "city", "town", "citta"].contains(k))
    }

    /// Whether token `k` alone is a country's adjective ("الكينية", "المالية") and nothing else.
    private func isCountryAdjective(_ t: [Token], _ k: Int) -> Bool {
        guard let (count, refs) = gazetteer.names.longestMatch(in: t, at: k, limit: k + 1), count == 1 else { return false }
        return refs.allSatisfy { if case .adjective = $0 { return true } else { return false } }
    }

    private func readRole(_ m: inout PlaceMention, _ t: [Token], _ s: Sentence, _ f: PlaceTokenFacts) {
        // After the name: generic airport words, then a Turkish suffix or "-bound".
        var k = m.tokens.upperBound - 1
        while k + 1 < s.tokens.upperBound, Self.airportWords.contains(t[k + 1].phrase), t[k + 1].location - t[k].end <= 1 {
            k += 1
            m.airportWord = true
        }
        if k + 1 < s.tokens.upperBound, t[k].after == 0x27 || t[k].after == 0x2D, t[k + 1].location == t[k].end + 1,
           let role = words.after[t[k + 1].phrase]
        {
            // "Sırbistan'a ait" (belonging to Serbia): a dative before "ait" names an owner, not
            // where a flight went.
            let owner = role == .destination && k + 2 < s.tokens.upperBound && Self.turkishBelonging.contains(t[k + 2].key)
            if (t[k].after == 0x27 || ["bound", "based"].contains(t[k + 1].key)) && !owner {
                m.role = role
                m.cue = [t[k + 1].key]
            }
        }
        // "Konya üzerinden": a postposition written as its own word after the name.
        if m.role == nil, k + 1 < s.tokens.upperBound, t[k + 1].location > t[k].end, let role = words.afterWords[t[k + 1].phrase] {
            m.role = role
            m.cue = [t[k + 1].key]
        }
        if m.clitic.hasSuffix("ب") { m.role = m.role ?? .at; m.cue = m.cue.isEmpty ? ["ب"] : m.cue }
        // "ل" is "to" and "of/belonging to" alike: like "ب", a flight verb before it decides.
        if m.clitic.hasSuffix("ل") { m.role = m.role ?? .at; m.cue = m.cue.isEmpty ? ["ل"] : m.cue }
        if m.role != nil && m.clitic.hasSuffix("ب") == false { return }

        // Before the name: skip fillers ("the airport of", "مطار"), then the longest route word.
        var j = m.tokens.lowerBound
        let floor = s.tokens.lowerBound
        var skipped = true
        while skipped {
            skipped = false
            for len in stride(from: min(words.maxFiller, j - floor), through: 1, by: -1) {
                // Keys whose first starts no filler are not built (most names have none before them).
                if !f.cached || words.fillers.mayStart(t[j - len].phrase) {
                    let keys = Array(t[(j - len)..<j].map(\.key))
                    if words.fillers.contains(keys) {
                        if keys.contains(where: Self.airportWords.contains) { m.airportWord = true }
                        j -= len
                        skipped = true
                        break
                    }
                }
                // "إلى العاصمة الكينية نيروبي", "في العاصمة المالية باماكو": a country's adjective
                // between a filler and the name is a filler too (the hand list names only a few).
                if len == 1, t[j - 1].isRightToLeft, j - 2 >= floor, isCountryAdjective(t, j - 1),
                   words.fillers.contains([t[j - 2].key]) || f.variants(j - 2).contains(where: { words.fillers.contains([$0.stripped]) })
                {
                    j -= 1
                    skipped = true
                    break
                }
                // "بمطار": a clitic on the filler carries the role.
                if len == 1, let v = f.variants(j - 1).first(where: { words.fillers.contains([$0.stripped]) }) {
                    m.airportWord = m.airportWord || Self.airportWords.contains(v.stripped)
                    if v.clitics.hasSuffix("ب") { m.role = .at; m.cue = ["ب"] }
                    if v.clitics.hasSuffix("ل") { m.role = .at; m.cue = ["ل"] }
                    j -= 1
                    skipped = true
                    break
                }
            }
        }
        for len in stride(from: min(words.maxBefore, j - floor), through: 1, by: -1) {
            // A Turkish suffix ("20.10'da") is not the Italian word "da".
            let first = t[j - len]
            if first.before == 0x27, j - len > 0, t[j - len - 1].end + 1 == first.location { continue }
            // One-letter cues ("a", "e": Italian and Turkish "to") are lower case; "A Kazakh…" is an article.
            if len == 1, first.key.count == 1, first.isCapitalized { continue }
            // Keys are built only when their first, as written or without a conjunction clitic,
            // starts some route phrase.
            if f.cached, !words.before.mayStart(first.phrase),
               !f.variants(j - len).contains(where: { ($0.clitics == "و" || $0.clitics == "ف") && words.before.mayStart(PhraseKey($0.stripped)) })
            {
                continue
            }
            var keys = Array(t[(j - len)..<j].map(\.key))
            // "مرورا بـبنغازي", "مرورا بمطار معيتيقة": the clitic "ب" ends a route word written before the name.
            if m.cue == ["ب"], let role = words.before[keys + ["ب"]], role != .none {
                m.role = role
                m.cue = keys + ["ب"]
                m.cueStart = j - len
                return
            }
            if var role = words.before[keys] {
                // "авиабазы Милденхолл в Великобритании": right after a name, a bare Russian
                // preposition before a name in the prepositional case locates the first place; it
                // tells where, not whither ("в Великобританию"). After a verb ("дозаправился в
                // Хмеймиме", "при заходе на посадку в Митиге") or a base word ("к авиабазе в
                // Латакии") it still ends the route, as before.
                if role == .destination, keys.count == 1, Self.russianPlacePrepositions.contains(keys[0]),
                   j - len - 1 >= floor, t[j - len - 1].isCapitalized, !words.fillers.contains([t[j - len - 1].key]),
                   isRussianPrepositional(t, m.tokens)
                {
                    role = .at
                }
                m.role = role == .none ? nil : role
                m.cue = role == .none ? [] : keys
                m.cueStart = j - len
                return
            }
            // "وهبطت", "فوصلت": a conjunction clitic on the route word.
            if let v = f.variants(j - len).first(where: { $0.clitics == "و" || $0.clitics == "ف" }) {
                keys[0] = v.stripped
                if let role = words.before[keys] {
                    m.role = role == .none ? nil : role
                    m.cue = role == .none ? [] : keys
                    m.cueStart = j - len
                    return
                }
            }
        }
    }
}

/// What `PlaceExtractor` asks of each token again and again, answered once per article: the
/// Arabic clitic variants of its key (asked by the capital-word look-ahead of up to nine
/// tokens for every capitalised or Arabic token, then by the name, filler and airport-word
/// readers) and whether it is a capital word. Built with `cached: false`, every answer is
/// computed afresh as the extractor first did (`PlaceFastPathTests` compare the two).
struct PlaceTokenFacts {
    let tokens: [Token]
    let cached: Bool
    let capitals: KeySet
    private let variantsByToken: [[(stripped: String, clitics: String)]]
    private let capitalByToken: [(clitic: String, ok: Bool)]
    /// For each token, the index of the first later token that is a capital word (or the count).
    private let nextCapital: [Int]

    init(_ tokens: [Token], capitals: KeySet, cached: Bool) {
        self.tokens = tokens
        self.cached = cached
        self.capitals = capitals
        guard cached else {
            variantsByToken = []
            capitalByToken = []
            nextCapital = []
            return
        }
        var variants: [[(stripped: String, clitics: String)]] = []
        variants.reserveCapacity(tokens.count)
        var capital: [(clitic: String, ok: Bool)] = []
        capital.reserveCapacity(tokens.count)
        for t in tokens {
            let v = ArabicClitics.variants(t.key)
            variants.append(v)
            capital.append(Self.capitalWord(t, v, capitals))
        }
        var next = Array(repeating: tokens.count, count: tokens.count)
        var following = tokens.count
        for k in stride(from: tokens.count - 1, through: 0, by: -1) {
            next[k] = following
            if capital[k].ok { following = k }
        }
        variantsByToken = variants
        capitalByToken = capital
        nextCapital = next
    }

    private static func capitalWord(_ t: Token, _ variants: [(stripped: String, clitics: String)], _ capitals: KeySet) -> (clitic: String, ok: Bool) {
        if capitals.contains(t.phrase) { return ("", true) }
        if t.isRightToLeft, let v = variants.first(where: { capitals.contains($0.stripped) }) { return (v.clitics, true) }
        return ("", false)
    }

    /// `ArabicClitics.variants` of token `k`'s key.
    @inline(__always) func variants(_ k: Int) -> [(stripped: String, clitics: String)] {
        cached ? variantsByToken[k] : ArabicClitics.variants(tokens[k].key)
    }

    /// Whether token `k` is a capital word ("capital", "العاصمه", "وعاصمه"), with its clitic.
    @inline(__always) func capitalWord(_ k: Int) -> (clitic: String, ok: Bool) {
        cached ? capitalByToken[k] : Self.capitalWord(tokens[k], ArabicClitics.variants(tokens[k].key), capitals)
    }

    /// Whether any token in `range` is a capital word.
    func capitalWord(in range: Range<Int>) -> Bool {
        guard cached else { return range.contains { capitalWord($0).ok } }
        guard let first = range.first else { return false }
        return capitalByToken[first].ok || nextCapital[first] < range.upperBound
    }
}
