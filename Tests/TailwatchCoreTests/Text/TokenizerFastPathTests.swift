import Foundation
import PropertyBased
@testable import TailwatchCore
import Testing

/// Issue 14: `Tokenizer.tokens(in:)` reads each token in one pass into one buffer per
/// document; it must give the first version's tokens, every field of every token.
struct TokenizerFastPathTests {
    static func fields(_ tokens: [Token]) -> [String] {
        tokens.map {
            "\($0.location) \($0.length) \($0.text.debugDescription) \($0.key.debugDescription) \($0.isRightToLeft) "
                + "\($0.isCapitalized) \($0.isAllDigits) \(String(describing: $0.before)) \(String(describing: $0.after))"
        }
    }

    static func compare(_ text: String) -> Int {
        let units = Document(text).units
        let fast = Tokenizer.tokens(in: units), slow = Tokenizer.tokensAsFirstWritten(in: units)
        #expect(fields(fast) == fields(slow), "\(text.prefix(80).debugDescription)")
        // The raw (unfolded) units too: the tokenizer must not rely on folding having run.
        let raw = Array(text.utf16)
        #expect(fields(Tokenizer.tokens(in: raw)) == fields(Tokenizer.tokensAsFirstWritten(in: raw)), "\(text.prefix(80).debugDescription)")
        return fast.count
    }

    @Test func tokensAreTheFirstVersionsOnEveryFixture() {
        var count = 0
        for text in FastPathIdentityTests.fixtureTexts() { count += Self.compare(text) }
        #expect(count > 10_000)
    }

    static let pieces: [String] = [
        " ", "-", "'", "\n", "I-DIEM", "Benghazi", "BENINA", "İstanbul", "Élysée", "Ünal", "ÇAĞ", "straße", "Москва", "МОСКВЫ",
        "ёж", "بنغازي", "وطرابلس", "و12", "12و", "٢٠٢٠", "۱۲", "ﻻ", "ﺑ", "שלום", "ܐܒ", "中文", "日本", "한국", "ǅ", "ᾼ", "Ω", "K",
        "e\u{0301}", "\u{064E}", "ـ", "\u{0670}", "A\u{0308}", "🛩️", "\u{1D400}", "𝐀𝐁", "x\u{200D}y", "2020", "A320", "a320neo",
        "\u{00C0}", "\u{0100}", "\u{024F}", "\u{0250}", "\u{0400}", "\u{042F}", "\u{0430}", "\u{08FF}", "\u{0590}", "\u{06FF}", "\u{0700}",
    ]
    static let texts = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...20).map { $0.joined() }

    @Test func tokensAreTheFirstVersionsOnGeneratedTexts() async {
        await propertyCheck(count: 1500, input: Self.texts) { text in
            _ = Self.compare(text)
        }
    }
}
