import Foundation
import PropertyBased
@testable import TailwatchCore
import Testing

/// Issue 14: `PlaceExtractor` answers its per-token questions (clitic variants, capital
/// words, the look-ahead for a capital word) once per article. It must find exactly the
/// places, roles and cues it found asking them afresh at every call.
struct PlaceFastPathTests {
    static func described(_ places: [PlaceMention]) -> [String] { places.map { String(describing: $0) } }

    static func compare(_ extractor: PlaceExtractor, _ text: String) -> Int {
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.units)
        let sentences = Scopes.sentences(in: doc.units, tokens: tokens)
        let fast = extractor.extract(doc, tokens, sentences: sentences, cached: true)
        let slow = extractor.extract(doc, tokens, sentences: sentences, cached: false)
        #expect(described(fast) == described(slow), "\(text.prefix(80).debugDescription)")
        return fast.count
    }

    static func extractor() throws -> PlaceExtractor {
        let k = try Knowledge.shared.get()
        return PlaceExtractor(gazetteer: k.gazetteer, words: k.routeWords)
    }

    @Test func placesAreTheUncachedPlacesOnEveryFixture() throws {
        let extractor = try Self.extractor()
        var found = 0
        for text in FastPathIdentityTests.fixtureTexts() { found += Self.compare(extractor, text) }
        #expect(found > 500)
    }

    static let pieces: [String] = [
        " ", " ", " ", ". ", ", ", "'s ", "-", "\n", "العاصمة", "الليبية", "وعاصمة", "العاصمه", "طرابلس", "بنغازي", "وبنغازي",
        "بمطار", "المطار", "نفسه", "ذاتها", "القاعدة", "هبطت في", "وهبطت في", "من", "الى", "بتوقيت", "توقيت", "مدينة", "بمدينة",
        "capital", "the Libyan capital", "capital of", "Libya", "Libya's", "Tripoli", "Benghazi", "Mitiga", "from", "to",
        "landed at", "the same airport", "Al Reef Air Base", "Kharkiv North Airfield", "heure de", "ora di", "Paris", "Roma",
        "city of", "Rome", "(CIA)", "#BEN", "LIRA", "Istanbul'a", "Ankara'dan", "Москвы", "столицу", "Ливии", "Dar es Salaam",
        "Abdul Hamid Dbeibah", "Kazakh-registered", "Paris time", "and", "و", "stesso aeroporto", "dallo",
    ]
    static let texts = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...24).map { $0.joined() }

    @Test func placesAreTheUncachedPlacesOnGeneratedTexts() async throws {
        let extractor = try Self.extractor()
        await propertyCheck(count: 800, input: Self.texts) { text in
            _ = Self.compare(extractor, text)
        }
    }
}

/// `ArticleReader.utf8(of:contains:)` (memchr on the contiguous bytes) answers as
/// `text.utf8.contains`, on every fixture article and on edge texts.
struct ReaderFastPathTests {
    @Test func byteSearchIsTheSequenceSearch() async {
        let bytes: [UInt8] = [0, 10, 13, 0x20, 0xD8, 0xA8, 0xFF]
        var texts = FastPathIdentityTests.fixtureTexts()
        texts += ["", "\r", "a\r\nb", "\u{0}", "بنغازي\r", String(repeating: "x", count: 40) + "\r"]
        for text in texts {
            for b in bytes { #expect(ArticleReader.utf8(of: text, contains: b) == text.utf8.contains(b)) }
            // A bridged (non-native) string too, which may not be contiguous.
            let bridged = String(NSString(string: text))
            for b in bytes { #expect(ArticleReader.utf8(of: bridged, contains: b) == bridged.utf8.contains(b)) }
        }
        await propertyCheck(count: 300, input: FastPathIdentityTests.texts) { text in
            for b in bytes { #expect(ArticleReader.utf8(of: text, contains: b) == text.utf8.contains(b)) }
        }
    }
}
