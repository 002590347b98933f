import Foundation

/// Something an extractor found, located in `Document.folded` (UTF-16 units).
/// Converted to byte ranges of the original text when it becomes evidence.
public struct Mention<Value> {
    public var range: NSRange
    public var value: Value

    public init(_ range: NSRange, _ value: Value) {
        self.range = range
        self.value = value
    }

    public var location: Int { range.location }
    public var end: Int { range.location + range.length }
}

extension Mention: Sendable where Value: Sendable {}

/// Arabic one-letter clitics that attach to the next word: و (and), ف (so),
/// ب (in/at), ل (to), ك (like). Tried in this order when a word is not known as is.
enum ArabicClitics {
    static let single: [Character] = ["و", "ف", "ب", "ل", "ك"]

    /// The word without up to two leading clitics, longest strip last:
    /// "وبمطار" → ["بمطار", "مطار"]. Also "لل" → "ال".
    static let singleScalars: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0644, 0x0643]

    /// Whether the word starts with a clitic letter: one scalar compare, where
    /// `Character` access segments graphemes.
    @inline(__always) static func startsWithClitic(_ key: String) -> Bool {
        guard let f = key.unicodeScalars.first else { return false }
        return isClitic(f.value)
    }

    /// `singleScalars.contains(v)` without hashing: asked of nearly every Arabic token.
    @inline(__always) static func isClitic(_ v: UInt32) -> Bool {
        v == 0x0648 || v == 0x0641 || v == 0x0628 || v == 0x0644 || v == 0x0643
    }

    static func variants(_ key: String) -> [(stripped: String, clitics: String)] {
        guard startsWithClitic(key) else { return [] }
        if let plain = key.utf8.withContiguousStorageIfAvailable(plainArabicVariants), let plain { return plain }
        return variantsByScalars(key)
    }

    /// `variantsByScalars` for a key of plain Arabic letters (U+0621–U+064A, two UTF-8
    /// bytes each, nearly every key), cut on its bytes: building scalar arrays and
    /// scalar views was most of the cost of a lookup that tries the stripped forms. Nil
    /// for any other key.
    static func plainArabicVariants(_ b: UnsafeBufferPointer<UInt8>) -> [(stripped: String, clitics: String)]? {
        guard b.count % 2 == 0 else { return nil }
        var i = 0
        while i < b.count {
            let v = (UInt32(b[i]) & 0x1F) << 6 | (UInt32(b[i + 1]) & 0x3F)
            guard b[i] & 0xE0 == 0xC0, b[i + 1] & 0xC0 == 0x80, (0x0621...0x064A).contains(v) else { return nil }
            i += 2
        }
        let count = b.count / 2
        guard count > 3 else { return [] }
        func scalar(_ k: Int) -> UInt32 { (UInt32(b[2 * k]) & 0x1F) << 6 | (UInt32(b[2 * k + 1]) & 0x3F) }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[(2 * from)..<(2 * to)]), as: UTF8.self) }
        var out: [(String, String)] = []
        let once = text(1, count)
        if scalar(0) == 0x0644, scalar(1) == 0x0644 { out.append(("ا" + once, "ل")) }
        out.append((once, text(0, 1)))
        if isClitic(scalar(1)), count - 1 > 3 { out.append((text(2, count), text(0, 2))) }
        return out
    }

    /// The variants as first written, on scalars and `Character`s: what `variants` must give.
    static func variantsByScalars(_ key: String) -> [(stripped: String, clitics: String)] {
        guard startsWithClitic(key) else { return [] }
        // Plain Arabic letters (nearly every key) are one Character per scalar: the same
        // steps on scalars, without grapheme segmentation.
        let s = Array(key.unicodeScalars)
        if s.allSatisfy({ (0x0621...0x064A).contains($0.value) }) {
            guard s.count > 3 else { return [] }
            var out: [(String, String)] = []
            let once = String(String.UnicodeScalarView(s[1...]))
            if s[0].value == 0x0644, s[1].value == 0x0644 { out.append(("ا" + once, "ل")) }
            out.append((once, String(s[0])))
            if singleScalars.contains(s[1].value), s.count - 1 > 3 {
                var pair = String.UnicodeScalarView()
                pair.append(s[0])
                pair.append(s[1])
                out.append((String(String.UnicodeScalarView(s[2...])), String(pair)))
            }
            return out
        }
        guard let first = key.first, single.contains(first), key.count > 3 else { return [] }
        var out: [(String, String)] = []
        let once = String(key.dropFirst())
        if first == "ل", once.first == "ل" { out.append(("ا" + once, "ل")) }
        out.append((once, String(first)))
        if let second = once.first, single.contains(second), once.count > 3 {
            out.append((String(once.dropFirst()), String([first, second])))
        }
        return out
    }
}
