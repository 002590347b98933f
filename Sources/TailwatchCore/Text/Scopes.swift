import Foundation

/// A stretch of text that an event is read from: a sentence inside a paragraph.
public struct Sentence: Sendable {
    /// UTF-16 range in `Document.folded`.
    public var range: NSRange
    /// Index of the paragraph (line block) the sentence belongs to.
    public var paragraph: Int
    /// Indices into the document's token array.
    public var tokens: Range<Int>
}

/// Splits a document into paragraphs (lines) and sentences.
public enum Scopes {
    /// Words after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "reg", "no", "nr", "st", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "cpt", "maj",
        "approx", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "sgt", "adm", "gov", "sen", "rep",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ca", "fig",
    ]

    public static func sentences(in folded: String, tokens: [Token]) -> [Sentence] {
        sentences(in: Array(folded.utf16), tokens: tokens)
    }

    /// Sentences of folded text given as UTF-16 units (`Document.units`).
    public static func sentences(in units: [UInt16], tokens: [Token]) -> [Sentence] {
        var result: [Sentence] = []
        var paragraph = 0
        var start = 0
        var tokenIndex = 0

        func close(at end: Int) {
            // Tokens fully inside [start, end).
            var first = tokenIndex
            while first < tokens.count && tokens[first].location < start { first += 1 }
            var last = first
            while last < tokens.count && tokens[last].end <= end { last += 1 }
            if last > first {
                result.append(Sentence(range: NSRange(location: start, length: end - start), paragraph: paragraph, tokens: first..<last))
            }
            tokenIndex = last
            start = end
        }

        var i = 0
        while i < units.count {
            let u = units[i]
            if u == 0x0A {
                close(at: i)
                start = i + 1
                // Any line break starts a new paragraph; blank lines do not count, so that
                // "the paragraph before" is the text just above.
                if result.last?.paragraph == paragraph { paragraph += 1 }
            } else if u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026 {
                let next = i + 1 < units.count ? units[i + 1] : 0x20
                // Arabic text often runs on without a space: "في أبوظبي.ولفت".
                let arabicAfter = (0x0621...0x064A).contains(next) && i > 0 && (0x0621...0x064A).contains(units[i - 1])
                // Scraped pages glue sentences too: "in the press.Only a few", and a quoted
                // tweet after its pictograph: "@handle.✈ Fars Air".
                let latinRunOn = (0x41...0x5A).contains(next) && i > 1 && (0x61...0x7A).contains(units[i - 1]) && (0x61...0x7A).contains(units[i - 2])
                let pictographAfter = (0x2600...0x27BF).contains(next) || (0xD83C...0xD83E).contains(next)
                if next == 0x20 || next == 0x0A || next == 0x22 || next == 0x29 || arabicAfter || latinRunOn || pictographAfter {
                    if endsSentence(units: units, at: i) { close(at: i + 1) }
                }
            }
            i += 1
        }
        close(at: units.count)
        return result
    }

    private static func endsSentence(units: [UInt16], at dot: Int) -> Bool {
        guard units[dot] == 0x2E else { return true }
        // The word before the dot.
        var j = dot
        while j > 0 && Tokenizer.isWordUnit(units[j - 1]) { j -= 1 }
        let word = FoldedText.string(units[j..<dot])
        if word.count == 1 && word.first!.isLetter && word.first!.isUppercase { return false }  // initials, P.180
        if abbreviations.contains(word.lowercased()) { return false }
        // The next word: a lower-case Latin letter continues the sentence.
        var k = dot + 1
        while k < units.count && (units[k] == 0x20 || units[k] == 0x22) { k += 1 }
        if k < units.count && (0x61...0x7A).contains(units[k]) { return false }
        return true
    }
}
