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
    static func variants(_ key: String) -> [(stripped: String, clitics: String)] {
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
