import Foundation

/// A set of token keys (`Token.key`, `PhraseIndex.tokenKeys`), hashed and compared as
/// UTF-8 bytes like `PhraseKey`.
///
/// The word lists (flight verbs, airport words, route cues…) are asked about nearly every
/// token of an article about flights. `Set<String>` normalises non-ASCII text on every
/// hash and on every compare of unequal strings: on dense Arabic and English text the
/// hashing and comparing of `String`s was a sixth of extraction. Keys on both sides come
/// out of the same folding (`Document`, `Tokenizer`), so byte equality is the equality
/// wanted; `KeySetIdentityTests` hold the lookups equal to `Set<String>`'s on every
/// fixture token.
public struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var keys: Set<PhraseKey>
    private var filter = KeyFilter()

    public init() { keys = [] }

    public init<S: Sequence>(_ strings: S) where S.Element == String {
        keys = Set(strings.map(PhraseKey.init))
        for k in keys { filter.insert(k) }
    }

    public init(arrayLiteral strings: String...) { self.init(strings) }

    @inline(__always) public func contains(_ key: String) -> Bool { contains(PhraseKey(key)) }
    /// `contains(key.string)` with the key's hash already computed (`Token.phrase`).
    @inline(__always) public func contains(_ key: PhraseKey) -> Bool { filter.mayContain(key) && keys.contains(key) }

    public mutating func insert(_ key: String) {
        let k = PhraseKey(key)
        keys.insert(k)
        filter.insert(k)
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }
    /// The keys, in no order.
    public var strings: [String] { keys.map(\.string) }
}

/// Token keys mapped to values, hashed as bytes (see `KeySet`).
public struct KeyMap<Value: Sendable>: Sendable {
    private var values: [PhraseKey: Value] = [:]
    /// Holds every key ever given a value (a removed key may stay: the filter only says no).
    private var filter = KeyFilter()

    public init() {}

    public subscript(_ key: String) -> Value? {
        get { self[PhraseKey(key)] }
        set {
            let k = PhraseKey(key)
            values[k] = newValue
            filter.insert(k)
        }
    }

    /// `self[key.string]` with the key's hash already computed (`Token.phrase`).
    @inline(__always) public subscript(_ key: PhraseKey) -> Value? { filter.mayContain(key) ? values[key] : nil }

    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }
    /// The keys and values, in no order.
    public var pairs: [(String, Value)] { values.map { ($0.key.string, $0.value) } }
}

/// Phrases of several token keys mapped to values, hashed as bytes (see `KeySet`).
///
/// A phrase is its keys joined with U+001F, which no key holds (keys are runs of letters
/// and digits), so two phrases are one key exactly when their keys are equal one by one,
/// as with `[[String]: Value]`; a one-word phrase is its key as it is, with no copy.
public struct PhraseMap<Value: Sendable>: Sendable {
    private var values: [PhraseKey: Value] = [:]
    /// The first key of every phrase: a lookup whose first key is none of them is answered
    /// without joining the keys (route cues are tried at every length before every place).
    private var firsts: Set<PhraseKey> = []
    private var firstsFilter = KeyFilter()
    /// The most keys in a phrase.
    public private(set) var longest = 0

    public init() {}

    static func key(_ keys: [String]) -> PhraseKey {
        keys.count == 1 ? PhraseKey(keys[0]) : PhraseKey(keys.joined(separator: "\u{1F}"))
    }

    public subscript(_ keys: [String]) -> Value? {
        get {
            if let first = keys.first, !mayStart(PhraseKey(first)) { return nil }
            return values[Self.key(keys)]
        }
        set {
            // Phrases are only added (a table is read once): `firsts` never has to forget one.
            precondition(newValue != nil, "PhraseMap keeps every phrase it is given")
            values[Self.key(keys)] = newValue
            if let first = keys.first {
                firsts.insert(PhraseKey(first))
                firstsFilter.insert(PhraseKey(first))
            }
            longest = max(longest, keys.count)
        }
    }

    public func contains(_ keys: [String]) -> Bool { self[keys] != nil }

    /// `self[[key.string]]` with the key's hash already computed (`Token.phrase`), and no
    /// array built: a one-key phrase is stored as its key, and no joined key equals a token's
    /// key (joined keys hold U+001F).
    /// A one-key phrase's key is a first key: the first keys' filter answers most lookups.
    @inline(__always) public subscript(one key: PhraseKey) -> Value? { firstsFilter.mayContain(key) ? values[key] : nil }

    /// Whether some phrase starts with this key: when not, no lookup of keys starting with it
    /// can answer, and the caller need not build them.
    @inline(__always) public func mayStart(_ key: PhraseKey) -> Bool { firstsFilter.mayContain(key) && firsts.contains(key) }

    public var isEmpty: Bool { values.isEmpty }
}

/// A 512-bit filter of keys' hashes (one bit per key): a key whose bit is clear was never
/// inserted. Most tokens asked about a word list are in none; a `Set` lookup mixes the hash
/// and probes buckets, comparing each occupied one, where the filter is a multiply, a shift
/// and one load. It never says no to an inserted key, so lookups behind it answer as before.
struct KeyFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 8)

    @inline(__always) private static func slot(_ key: PhraseKey) -> (word: Int, bit: UInt64) {
        let h = key.filterHash
        return (Int(truncatingIfNeeded: h >> 61), 1 << ((h >> 55) & 63))
    }

    mutating func insert(_ key: PhraseKey) {
        let s = Self.slot(key)
        words[s.word] |= s.bit
    }

    @inline(__always) func mayContain(_ key: PhraseKey) -> Bool {
        let s = Self.slot(key)
        return words[s.word] & s.bit != 0
    }
}
