import Foundation

/// A run of letters or digits in a document's folded text.
public struct Token: Sendable {
    /// UTF-16 location and length in `Document.folded`.
    public var location: Int
    public var length: Int
    public var text: String
    /// `key` with its hash, computed once: the word lists and phrase indexes of every stage
    /// look most tokens up, and hashing the key again for each was a tenth of extraction.
    public private(set) var phrase: PhraseKey
    /// Lower case, Latin diacritics removed: what tables are keyed by.
    public var key: String {
        get { phrase.string }
        set { phrase = PhraseKey(newValue) }
    }
    public var isRightToLeft: Bool
    /// First letter upper case (Latin): names are capitalised, common words mostly not.
    public var isCapitalized: Bool
    public var isAllDigits: Bool
    /// The character right before the token (`#`, `'`, `-`, space…), or nil at the start.
    public var before: UInt16?
    /// The character right after the token, or nil at the end.
    public var after: UInt16?

    public var end: Int { location + length }
    public var range: NSRange { NSRange(location: location, length: length) }

    public init(location: Int, length: Int, text: String, key: String, isRightToLeft: Bool, isCapitalized: Bool,
                isAllDigits: Bool, before: UInt16?, after: UInt16?)
    {
        self.location = location
        self.length = length
        self.text = text
        self.phrase = PhraseKey(key)
        self.isRightToLeft = isRightToLeft
        self.isCapitalized = isCapitalized
        self.isAllDigits = isAllDigits
        self.before = before
        self.after = after
    }
}

/// Splits folded text into tokens: maximal runs of letters and digits.
public enum Tokenizer {
    public static func tokens(in folded: String) -> [Token] { tokens(in: Array(folded.utf16)) }

    /// Tokens of folded text given as UTF-16 units (`Document.units`).
    ///
    /// One pass over the units: a token's script and digit flags are read while its end is
    /// found, and its text and key are written as UTF-8 into one buffer for the document
    /// (the first version appended to a growing array per byte and read each token three
    /// more times). `tokensAsFirstWritten` is that version; `TokenizerFastPathTests` hold
    /// the two equal, field by field.
    public static func tokens(in units: [UInt16]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(units.count / 5)
        let n = units.count
        // Two bytes per unit is the most the simple path writes (longer forms take the slow one).
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * n + 2)
        defer { scratch.deallocate() }
        units.withUnsafeBufferPointer { u in
            var i = 0
            while i < n {
                let first = u[i]
                guard isWordUnit(first) else {
                    i += 1
                    continue
                }
                let start = i
                var rightToLeft = first >= 0x0590 && first <= 0x08FF
                var allDigits = first >= 0x30 && first <= 0x39
                i += 1
                // "و12": an Arabic clitic written onto a number is its own token.
                while i < n {
                    let v = u[i]
                    guard isWordUnit(v) && !isScriptBoundary(u[i - 1], v) else { break }
                    if v >= 0x0590 && v <= 0x08FF { rightToLeft = true }
                    if !(v >= 0x30 && v <= 0x39) { allDigits = false }
                    i += 1
                }
                // Plain ASCII and Arabic letters (nearly every token): UTF-8 written here, only
                // ASCII lowered for the key. Anything else takes the first version's path.
                var count = 0
                var simple = true
                var lowered = false
                for k in start..<i {
                    let v = u[k]
                    if v < 0x80 {
                        scratch[count] = UInt8(v)
                        count += 1
                        if v >= 0x41 && v <= 0x5A { lowered = true }
                    } else if v >= 0x0600 && v <= 0x06FF {
                        scratch[count] = UInt8(0xC0 | (v >> 6))
                        scratch[count + 1] = UInt8(0x80 | (v & 0x3F))
                        count += 2
                    } else {
                        simple = false
                        break
                    }
                }
                let text: String, key: String
                if simple {
                    text = String(decoding: UnsafeBufferPointer(start: scratch, count: count), as: UTF8.self)
                    if lowered {
                        for k in 0..<count where scratch[k] >= 0x41 && scratch[k] <= 0x5A { scratch[k] += 32 }
                        key = String(decoding: UnsafeBufferPointer(start: scratch, count: count), as: UTF8.self)
                    } else {
                        key = text
                    }
                } else {
                    text = FoldedText.string(units[start..<i])
                    key = TextFolding.latinBase(text)
                }
                tokens.append(Token(
                    location: start, length: i - start, text: text,
                    key: key,
                    isRightToLeft: rightToLeft,
                    isCapitalized: (0x41...0x5A).contains(first) || (first >= 0xC0 && first < 0x250 && text.first!.isUppercase)
                        || (0x0400...0x042F).contains(first),
                    isAllDigits: allDigits,
                    before: start > 0 ? u[start - 1] : nil,
                    after: i < n ? u[i] : nil))
            }
        }
        return tokens
    }

    /// The tokenizer as first written: what `tokens(in:)` must give.
    static func tokensAsFirstWritten(in units: [UInt16]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(units.count / 5)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var i = 0
        while i < units.count {
            guard isWordUnit(units[i]) else {
                i += 1
                continue
            }
            let start = i
            i += 1
            // "و12": an Arabic clitic written onto a number is its own token.
            while i < units.count && isWordUnit(units[i]) && !isScriptBoundary(units[i - 1], units[i]) { i += 1 }
            let slice = units[start..<i]
            let (text, key) = Self.textAndKey(slice, &scratch)
            let first = slice.first!
            tokens.append(Token(
                location: start, length: i - start, text: text,
                key: key,
                isRightToLeft: slice.contains { (0x0590...0x08FF).contains($0) },
                // Latin capitals, accented ones, and Cyrillic capitals (А-Я, Ё and the other
                // letters 0x0400-0x040F) for Russian place names.
                isCapitalized: (0x41...0x5A).contains(first) || (first >= 0xC0 && first < 0x250 && text.first!.isUppercase)
                    || (0x0400...0x042F).contains(first),
                isAllDigits: slice.allSatisfy { (0x30...0x39).contains($0) },
                before: start > 0 ? units[start - 1] : nil,
                after: i < units.count ? units[i] : nil))
        }
        return tokens
    }

    /// A token's text and key, built straight from its UTF-16 units: ASCII and Arabic
    /// (nearly every token) need no Unicode case mapping, only ASCII lower case.
    static func textAndKey(_ slice: ArraySlice<UInt16>, _ bytes: inout [UInt8]) -> (String, String) {
        // `bytes` is the caller's buffer, reused for every token: one allocation per
        // document instead of one per token.
        bytes.removeAll(keepingCapacity: true)
        var simple = true
        var lowered = false
        for u in slice {
            switch u {
            case 0..<0x80:
                bytes.append(UInt8(u))
                if u >= 0x41 && u <= 0x5A { lowered = true }
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (u >> 6)))
                bytes.append(UInt8(0x80 | (u & 0x3F)))
                if !(0x0600...0x06FF).contains(u) { simple = false }
            default:
                simple = false
                bytes.removeAll(keepingCapacity: true)
            }
            if !simple && bytes.isEmpty { break }
        }
        guard simple else {
            let text = FoldedText.string(slice)
            return (text, TextFolding.latinBase(text))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard lowered else { return (text, text) }
        for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] += 32 }
        return (text, String(decoding: bytes, as: UTF8.self))
    }

    @inline(__always)
    static func isScriptBoundary(_ a: UInt16, _ b: UInt16) -> Bool {
        let aDigit = (0x30...0x39).contains(a), bDigit = (0x30...0x39).contains(b)
        let aArabic = (0x0600...0x06FF).contains(a), bArabic = (0x0600...0x06FF).contains(b)
        return (aArabic && bDigit) || (aDigit && bArabic)
    }

    @inline(__always)
    static func isWordUnit(_ u: UInt16) -> Bool {
        if u < 0x80 {
            return (0x30...0x39).contains(u) || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u)
        }
        if (0x0600...0x06FF).contains(u) {
            // Arabic letters, not Arabic punctuation.
            return (0x0620...0x064A).contains(u) || (0x066E...0x06D3).contains(u) || (0x06FA...0x06FF).contains(u)
                || (0x064B...0x065F).contains(u)
        }
        if (0xD800...0xDFFF).contains(u) { return false }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
