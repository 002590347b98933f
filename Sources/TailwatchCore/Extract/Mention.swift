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
        return singleScalars.contains(f.value)
    }

    static func variants(_ key: String) -> [(stripped: String, clitics: String)] {
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
