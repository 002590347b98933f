import Foundation
@testable import TailwatchCore
import Testing

/// Issue 14: the assembly stages' word questions asked with a token's `PhraseKey`, clause
/// marks read on UTF-16 units, "and back" phrases found in one pass, and the place match's
/// byte-level checks must answer exactly as the code they replaced, on every token of every
/// fixture article (and, for the marks, on edge texts).
struct AssemblyFastPathTests {
    /// Every token of every fixture article, with its document's units.
    static let fixtureDocs: [(units: [UInt16], tokens: [Token])] = FastPathIdentityTests.fixtureTexts().map { text in
        let doc = Document(text)
        return (doc.units, Tokenizer.tokens(in: doc.units))
    }

    @Test func flightWordQuestionsAnswerAsTheStringForms() throws {
        let words = try Knowledge.shared.get().flightWords
        var roles = 0
        for keys in KeySetIdentityTests.fixtureKeys {
            for k in keys {
                let p = PhraseKey(k)
                #expect(words.role(ofVerb: p) == words.role(ofVerb: k), "\(k.debugDescription)")
                #expect(words.isAircraftVerb(p) == words.isAircraftVerb(k), "\(k.debugDescription)")
                #expect(words.takesArrivalObject(p) == words.takesArrivalObject(k), "\(k.debugDescription)")
                #expect(words.isFlightWord(p) == words.isFlightWord(k), "\(k.debugDescription)")
                #expect(words.namesAircraft(p) == words.namesAircraft(k), "\(k.debugDescription)")
                if words.role(ofVerb: p) != nil { roles += 1 }
            }
        }
        #expect(roles > 100)
    }

    @Test func oneKeyPhraseLookupsAnswerAsArrayLookups() throws {
        let route = try Knowledge.shared.get().routeWords
        var hits = 0
        for keys in KeySetIdentityTests.fixtureKeys {
            for k in keys {
                let p = PhraseKey(k)
                #expect(route.before[one: p] == route.before[[k]], "\(k.debugDescription)")
                #expect((route.fillers[one: p] != nil) == route.fillers.contains([k]), "\(k.debugDescription)")
                if route.before[one: p] != nil { hits += 1 }
            }
        }
        #expect(hits > 100)
    }

    @Test func routeSuffixMapsAnswerAsStringDictionaries() throws {
        let route = try Knowledge.shared.get().routeWords
        for map in [route.after, route.afterWords] {
            let dictionary = Dictionary(uniqueKeysWithValues: map.pairs)
            #expect(dictionary.count == map.count && !dictionary.isEmpty)
            for keys in KeySetIdentityTests.fixtureKeys {
                for k in keys { #expect(map[PhraseKey(k)] == dictionary[k], "\(k.debugDescription)") }
            }
        }
    }

    @Test func characterLimitIsTheCount() {
        let texts = ["", "a", "ab", "e\u{0301}e\u{0301}", "🛩️🛩️🛩️", "\r\n\r\n", "مُحَمَّد"] + FastPathIdentityTests.fixtureTexts().prefix(20).map { String($0.prefix(300)) }
        for text in texts {
            for n in [0, 1, 2, 3, 5, 100, 239, 240, 241, 1000] {
                #expect(Document.hasAtMost(n, text) == (text.count <= n), "\(n) \(text.prefix(20).debugDescription)")
            }
        }
    }

    @Test func commonArabicWordKeysAnswerAsTheStringSet() {
        #expect(Gazetteer.commonArabicWordKeys.count == Gazetteer.commonArabicWords.count)
        var hits = 0
        for keys in KeySetIdentityTests.fixtureKeys {
            for k in keys {
                #expect(Gazetteer.commonArabicWordKeys.contains(PhraseKey(k)) == Gazetteer.commonArabicWords.contains(k), "\(k.debugDescription)")
                if Gazetteer.commonArabicWords.contains(k) { hits += 1 }
            }
        }
        #expect(hits > 50)
    }

    @Test func uppercaseIsTheUppercasedComparison() {
        var texts = Self.fixtureDocs.flatMap { $0.tokens.map(\.text) }
        texts += ["", "LIRA", "Lira", "BEN", "ÉTÉ", "été", "ÖZ", "ß", "SS", "ǅ", "ﬁ", "ΣΑΣ", "бен", "БЕН", "12", "A1", "a1", "İST", "ı"]
        for s in texts { #expect(PlaceExtractor.isUppercase(s) == (s == s.uppercased()), "\(s.debugDescription)") }
    }

    @Test func clauseMarksAreTheDecodedMarks() {
        var gaps = 0, marked = 0
        for (units, tokens) in Self.fixtureDocs {
            for i in tokens.indices.dropFirst() where tokens[i].location > tokens[i - 1].end {
                let range = tokens[i - 1].end..<tokens[i].location
                let fast = ArticleExtractor.hasClauseMark(units[range])
                #expect(fast == ArticleExtractor.hasClauseMarkByScalars(FoldedText.string(units[range])))
                gaps += 1
                if fast { marked += 1 }
            }
        }
        #expect(gaps > 1000 && marked > 100)
        // Surrogates, lone and paired, and the marks' neighbours in the Arabic block.
        let edges: [[UInt16]] = [[0xD800], [0xDC00, 0x2C], [0xD83D, 0xDEE9], [0x060B], [0x060C], [0x061A, 0x061B], [0x3A], [0x3B], [0xFF0C],
                                 [0x20, 0xD800, 0x20], [0x2C, 0xDFFF], []]
        for e in edges {
            #expect(ArticleExtractor.hasClauseMark(e[...]) == ArticleExtractor.hasClauseMarkByScalars(FoldedText.string(e[...])), "\(e)")
        }
    }

    /// The first version of stage 3's "followed by": every phrase tried at every token.
    static func followedByEveryPhrase(_ phrases: [[String]], _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        phrases.contains { phrase in
            range.contains { k in k + phrase.count <= range.upperBound && tokens[k..<(k + phrase.count)].map(\.key) == phrase }
        }
    }

    @Test func returnPhrasesAreFoundWhereEveryPhraseWasTried() throws {
        let k = try Knowledge.shared.get()
        var found = 0
        for list in [k.flightWords.returnPhrases, k.assemblyWords.returnToBase] {
            let phrases = list.phrases
            #expect(!phrases.isEmpty && phrases.allSatisfy { !$0.isEmpty })
            for (units, tokens) in Self.fixtureDocs {
                for s in Scopes.sentences(in: units, tokens: tokens) {
                    for start in s.tokens {
                        let range = start..<s.tokens.upperBound
                        let fast = list.firstMatch(in: range, tokens) != nil
                        #expect(fast == Self.followedByEveryPhrase(phrases, range, tokens))
                        if fast { found += 1 }
                    }
                }
            }
        }
        #expect(found > 0)
    }
}
