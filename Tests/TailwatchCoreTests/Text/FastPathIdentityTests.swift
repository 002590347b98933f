import Foundation
import PropertyBased
@testable import TailwatchCore
import Testing

/// Issue 14: each fast path that replaces a slow one on the extraction hot path must give
/// exactly what the slow one gave, on every fixture article and on texts built from what
/// the two could disagree on (marks after spaces, prepended signs, CR LF, controls).
struct FastPathIdentityTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every article text under Fixtures/ (seeds, articles, blind, rules, fuzz regressions).
    static func fixtureTexts() -> [String] {
        let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { ["txt", "html"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path } ?? []
        return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    static let pieces: [String] = [
        "I-DIEM", "flew", "بنغازي", "مُحَمَّد", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{2009}", "\u{3000}",
        "\u{2028}", "\u{2029}", "\u{0301}", "e\u{0301}", "\u{064E}", "\u{0651}", "\u{0600}", "\u{06DD}", "\u{200D}",
        "\u{200C}", "\u{200F}", "\u{0903}", "\u{FF9E}", "\u{1F3FB}", "🛩️", "\"", "\\", "\u{0001}", "\u{001F}", "\u{0085}",
        "“quoted”", "—", "…", "é", "١٤:٣٠", "\u{E2}", "€",
    ]
    static let texts = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...30).map { $0.joined() }

    /// Every byte range of a text that starts and ends on scalar boundaries, up to `limit` of them.
    static func scalarRanges(_ text: String, step: Int) -> [ByteRange] {
        var bounds: [Int] = []
        var offset = 0
        for u in text.unicodeScalars {
            bounds.append(offset)
            offset += UTF8.width(u)
        }
        bounds.append(offset)
        var ranges: [ByteRange] = []
        var i = 0
        while i < bounds.count {
            var j = i
            while j < bounds.count {
                ranges.append(ByteRange(bounds[i], bounds[j]))
                j += max(1, step * 7)
            }
            i += max(1, step)
        }
        return ranges
    }

    static func escaped(_ s: String, _ f: (String, inout String) -> Void) -> String {
        var out = ""
        f(s, &out)
        return out
    }

    @Test func snippetsAreTheCharacterSnippetsOnEveryFixture() {
        let texts = Self.fixtureTexts()
        #expect(texts.count > 50)
        for text in texts {
            let doc = Document(text)
            // Every sentence, as events quote them, then a spread of other ranges.
            let tokens = Tokenizer.tokens(in: doc.units)
            for s in Scopes.sentences(in: doc.units, tokens: tokens) {
                let r = doc.byteRange(s.range)
                #expect(doc.snippet(r) == doc.snippetByCharacters(r))
                #expect(doc.snippet(r, limit: 20) == doc.snippetByCharacters(r, limit: 20))
            }
            for r in Self.scalarRanges(text, step: max(1, text.unicodeScalars.count / 40)) {
                #expect(doc.snippet(r) == doc.snippetByCharacters(r), "\(r) in \(text.prefix(40).debugDescription)")
            }
        }
    }

    @Test func snippetsAreTheCharacterSnippetsOnEdgeTexts() async {
        await propertyCheck(count: 600, input: Self.texts) { text in
            let doc = Document(text)
            for r in Self.scalarRanges(text, step: 1) {
                #expect(doc.snippet(r, limit: 5) == doc.snippetByCharacters(r, limit: 5), "\(r) in \(text.debugDescription)")
                #expect(doc.snippet(r) == doc.snippetByCharacters(r), "\(r) in \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [" \u{0301}x", "a\u{0600} b", "x \u{064E}y", "a\r\nb", "\u{200D} x", " \u{200C}", "\u{06DD}\n1"])
    func snippetsFallBackWhereScalarsAndCharactersDiffer(_ text: String) {
        let doc = Document(text)
        let r = ByteRange(0, text.utf8.count)
        #expect(doc.snippet(r) == doc.snippetByCharacters(r))
    }

    @Test func jsonEscapeIsTheScalarEscape() async {
        for text in Self.fixtureTexts() {
            #expect(Self.escaped(text, JSONValue.escape) == Self.escaped(text, JSONValue.escapeByScalars))
        }
        await propertyCheck(count: 600, input: Self.texts) { text in
            #expect(Self.escaped(text, JSONValue.escape) == Self.escaped(text, JSONValue.escapeByScalars), "\(text.debugDescription)")
        }
    }
}

/// `KeySet` and `PhraseMap` (bytes) replace `Set<String>` and `[[String]: V]` (canonical
/// equivalence) for the word lists: on every key the fixture articles' tokens give, and
/// every clitic-stripped form of one, they must answer alike.
struct KeySetIdentityTests {
    /// Every token key of every fixture article, with its Arabic clitic-stripped forms.
    static let fixtureKeys: [[String]] = FastPathIdentityTests.fixtureTexts().map { text in
        Tokenizer.tokens(in: Document(text).units).flatMap { [$0.key] + ArabicClitics.variants($0.key).map(\.stripped) }
    }

    @Test func keySetsAnswerAsStringSets() throws {
        let words = try Knowledge.shared.get().flightWords
        var sets: [KeySet] = [words.plane, words.planes, words.verbs, words.arrivals, words.departures, words.stops, words.aircraftVerbs]
        sets += [PlaceExtractor.airportWords, PlaceExtractor.conjunctions, PlaceExtractor.attributiveNouns, PlaceExtractor.modifierWords,
                 PlaceExtractor.clockWords, PlaceExtractor.sameWords, PlaceExtractor.sameLeads,
                 PlaceExtractor.articles, PlaceExtractor.clockJoiners, PlaceExtractor.cityWords]
        sets += [DateExtractor.ordinalSuffixes, DateExtractor.ambiguousEnglishMonths, DateExtractor.weekdayLeads,
                 DateExtractor.weekdayAbbreviations, DateExtractor.monthLeads, DateExtractor.pastWeekdayLeads]
        let a = try Knowledge.shared.get().assemblyWords
        sets += [a.between, a.placeClause, a.near, a.placeJoiners, a.international, a.negation, a.listJoiners, a.report]
        var hits = 0
        for set in sets {
            let strings = Set(set.strings)
            #expect(strings.count == set.count)
            for keys in Self.fixtureKeys {
                for k in keys where set.contains(k) != strings.contains(k) {
                    Issue.record("\(k.debugDescription): KeySet \(set.contains(k)), Set<String> \(strings.contains(k))")
                }
                hits += keys.filter(set.contains).count
            }
        }
        #expect(hits > 100)
    }

    @Test func cliticVariantsAreTheScalarVariants() {
        var keys = Self.fixtureKeys.flatMap { $0 }
        keys += ["وبمطار", "للطائرة", "ولل", "بنغازي", "فكان", "وکابل", "ب12", "وب", "بمطارٍ", "لندن", "لل", "وبب", "", "و"]
        var stripped = 0
        for k in keys {
            let fast = ArabicClitics.variants(k).map { "\($0.stripped)|\($0.clitics)" }
            #expect(fast == ArabicClitics.variantsByScalars(k).map { "\($0.stripped)|\($0.clitics)" }, "\(k.debugDescription)")
            stripped += fast.count
        }
        #expect(stripped > 100)
    }

    @Test func keyMapsAnswerAsStringDictionaries() throws {
        let ordinals = try Knowledge.shared.get().assemblyWords.ordinals
        let dictionary = Dictionary(uniqueKeysWithValues: ordinals.pairs)
        #expect(dictionary.count == ordinals.count && !dictionary.isEmpty)
        for keys in Self.fixtureKeys {
            for k in keys where ordinals[k] != dictionary[k] {
                Issue.record("\(k.debugDescription): KeyMap \(String(describing: ordinals[k])), dictionary \(String(describing: dictionary[k]))")
            }
        }
    }

    @Test func phraseMapsAnswerAsArrayKeyedDictionaries() {
        // Phrases of one to three keys taken from the fixtures, every third n-gram.
        var map = PhraseMap<Int>()
        var dictionary: [[String]: Int] = [:]
        for (t, keys) in Self.fixtureKeys.enumerated() {
            for n in 1...3 where keys.count >= n {
                for i in stride(from: t % 3, through: keys.count - n, by: 3) {
                    let phrase = Array(keys[i..<(i + n)])
                    if dictionary[phrase] == nil { dictionary[phrase] = i; map[phrase] = i }
                }
            }
        }
        #expect(map.longest == 3)
        for keys in Self.fixtureKeys {
            for n in 1...3 where keys.count >= n {
                for i in 0...(keys.count - n) {
                    let phrase = Array(keys[i..<(i + n)])
                    #expect(map[phrase] == dictionary[phrase], "\(phrase)")
                }
            }
        }
    }
}

/// `PhraseIndex.longestMatch` joins keys only from the second token on; it must find what
/// the first version (join every key, then look up) found, at every token of every fixture.
struct LongestMatchIdentityTests {
    /// The first version, over the index's own entries and prefixes.
    static func joiningEveryKey<V>(_ index: PhraseIndex<V>, _ tokens: [Token], at start: Int, limit: Int, firstKey: String? = nil) -> (Int, [V])? {
        let (entries, prefixes) = index.parts
        var acc = ""
        var best: (Int, [V])?
        var i = start
        while i < limit && i - start < index.maxTokens {
            if i > start, tokens[i].location - tokens[i - 1].end > 2 { break }
            acc += (i == start ? (firstKey ?? tokens[i].key) : tokens[i].key)
            let key = PhraseKey(acc)
            if let v = entries[key] { best = (i - start + 1, v) }
            if !prefixes.contains(key) { break }
            i += 1
        }
        return best
    }

    @Test func gazetteerAndCalendarMatchesAreTheJoinedKeyMatches() throws {
        let k = try Knowledge.shared.get()
        var found = 0
        for text in FastPathIdentityTests.fixtureTexts() {
            let tokens = Tokenizer.tokens(in: Document(text).units)
            for i in tokens.indices {
                for limit in [tokens.count, min(tokens.count, i + 2)] {
                    let fast = k.gazetteer.names.longestMatch(in: tokens, at: i, limit: limit)
                    let slow = Self.joiningEveryKey(k.gazetteer.names, tokens, at: i, limit: limit)
                    #expect(fast?.count == slow?.0 && fast.map { "\($0.values)" } == slow.map { "\($0.1)" }, "\(tokens[i].text)")
                    if fast != nil { found += 1 }
                }
                let variant = ArabicClitics.variants(tokens[i].key).first?.stripped
                let fast = k.gazetteer.names.longestMatch(in: tokens, at: i, limit: tokens.count, firstKey: variant)
                let slow = Self.joiningEveryKey(k.gazetteer.names, tokens, at: i, limit: tokens.count, firstKey: variant)
                #expect(fast?.count == slow?.0 && fast.map { "\($0.values)" } == slow.map { "\($0.1)" }, "\(tokens[i].text)")
                let month = k.calendar.months.longestMatch(in: tokens, at: i, limit: tokens.count)
                #expect(month.map { "\($0.count) \($0.values)" } == Self.joiningEveryKey(k.calendar.months, tokens, at: i, limit: tokens.count).map { "\($0.0) \($0.1)" })
            }
        }
        #expect(found > 1000)
    }
}

/// JSON written as bytes and cue words found in one pass must give what the first
/// versions gave, on what every fixture article yields.
struct OutputAndCueIdentityTests {
    @Test func renderedJSONIsTheStringRendering() throws {
        let extractor = ArticleExtractor(knowledge: try Knowledge.shared.get())
        var events = 0
        for text in FastPathIdentityTests.fixtureTexts() {
            let extraction = extractor.extract(text: text, source: ArticleSource(path: "fixture.txt", sha256: "0"))
            for e in extraction.events {
                let json = EventFormatter.json(e, conflictsWith: [1, 2])
                #expect(json.rendered() == json.renderedAsString())
                #expect(json.rendered(pretty: true) == json.renderedAsString(pretty: true))
                events += 1
            }
        }
        #expect(events > 50)
        let odd = JSONValue.object([("a\"b", .array([])), ("", .object([])), ("x", .array([.null, .bool(true), .int(-3), .double(0.5),
            .double(2), .double(.infinity), .string("\u{2028}\u{0}\t\\\"é")]))])
        #expect(odd.rendered() == odd.renderedAsString() && odd.rendered(pretty: true) == odd.renderedAsString(pretty: true))
    }

    @Test func cueWordsAreFoundAsWordByWord() throws {
        let cues = try Knowledge.shared.get().identifierCues
        var found = 0
        for text in FastPathIdentityTests.fixtureTexts() {
            let units = Document(text).units
            for start in stride(from: 0, to: units.count, by: 5) {
                let window = TextFolding.latinBase(FoldedText.string(units[start..<min(units.count, start + 64)]))
                for words in [cues.context, cues.force] {
                    let fast = words.found(in: window)
                    #expect(fast == words.foundWordByWord(in: window), "\(window.debugDescription)")
                    if fast { found += 1 }
                }
            }
        }
        #expect(found > 100)
    }
}

/// `IdentifierCues.endsWithPhrase` compares last characters before `hasSuffix`; it must
/// answer as the first version on the text before every position of every fixture.
struct EndsWithPhraseIdentityTests {
    static func firstVersion(_ text: String, _ phrases: [String]) -> Bool {
        var t = Substring(TextFolding.latinBase(text))
        while let last = t.last, last == " " || last == ":" || last == "#" || last == "(" || last == "=" || last == "-" || last == "." || IdentifierCues.quotes.contains(last) {
            t = t.dropLast()
        }
        for p in phrases where t.hasSuffix(p) {
            let start = t.index(t.endIndex, offsetBy: -p.count)
            if start == t.startIndex { return true }
            var before = t.index(before: start)
            if ArabicClitics.single.contains(t[before]), before > t.startIndex { before = t.index(before: before) }
            if !t[before].isLetter && !t[before].isNumber { return true }
        }
        return false
    }

    @Test func phrasesEndTextsAsBefore() throws {
        let cues = try Knowledge.shared.get().identifierCues
        let lists = [cues.serialWords + IdentifierExtractor.registrationWords, cues.serialWords, cues.strongSerialWords, cues.hexWords,
                     cues.callsignWords, ["", "x"]]
        var found = 0
        var texts = FastPathIdentityTests.fixtureTexts().flatMap { text -> [String] in
            let units = Document(text).units
            return stride(from: 0, to: units.count, by: 3).map { FoldedText.string(units[max(0, $0 - 24)..<$0]) }
        }
        texts += ["", " ", "e\u{0301}", "serial\u{0301}", "reg: ", "برقم", "والرقم (", "“"]
        for text in texts {
            for list in lists {
                let fast = IdentifierCues.endsWithPhrase(text, list)
                #expect(fast == Self.firstVersion(text, list), "\(text.debugDescription)")
                if fast { found += 1 }
            }
        }
        #expect(found > 50)
    }
}
