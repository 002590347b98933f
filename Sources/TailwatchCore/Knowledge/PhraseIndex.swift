import Foundation

/// Finds known phrases (names, aliases) in a token sequence, longest first.
///
/// A phrase's key is its tokens' keys concatenated with no separator, so
/// "Falcon-900LX", "Falcon 900LX" and "falcon900lx" are one key, and so are
/// "بن غازي" and "بنغازي".
public struct PhraseIndex<Value: Sendable>: Sendable {
    private var entries: [PhraseKey: [Value]] = [:]
    /// Every key built from a proper prefix of a phrase's tokens: lets a scan stop early.
    private var prefixes: Set<PhraseKey> = []
    public private(set) var maxTokens = 1

    public init() {}

    /// An index from its parts as `GazetteerSnapshot` stored them.
    init(entries: [PhraseKey: [Value]], prefixes: Set<PhraseKey>, maxTokens: Int) {
        self.entries = entries
        self.prefixes = prefixes
        self.maxTokens = maxTokens
    }

    /// Every phrase key with its values, and every proper prefix key: what a snapshot stores.
    var parts: (entries: [PhraseKey: [Value]], prefixes: Set<PhraseKey>) { (entries, prefixes) }

    /// The tokens' keys of a phrase, as the index sees them.
    public static func tokenKeys(_ phrase: String) -> [String] {
        // Most names are plain ASCII ("Benina International Airport"): folding changes
        // nothing there and the tokens are the runs of letters and digits, lower-cased.
        // Loading the gazetteer tokenises some 300,000 names, so this path pays.
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            var keys: [String] = []
            var current: [UInt8] = []
            for b in phrase.utf8 {
                let lower = b | 0x20
                if (b >= 0x30 && b <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                    current.append(b >= 0x41 && b <= 0x5A ? lower : b)
                } else if !current.isEmpty {
                    keys.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { keys.append(String(decoding: current, as: UTF8.self)) }
            return keys
        }
        return Tokenizer.tokens(in: Document.fold(phrase)).map(\.key)
    }

    public mutating func insert(_ phrase: String, _ value: Value) {
        let keys = Self.tokenKeys(phrase)
        guard !keys.isEmpty else { return }
        insert(tokenKeys: keys, value)
    }

    public mutating func insert(tokenKeys keys: [String], _ value: Value) {
        var acc = ""
        for (i, k) in keys.enumerated() {
            acc += k
            if i < keys.count - 1 { prefixes.insert(PhraseKey(acc)) }
        }
        entries[PhraseKey(acc), default: []].append(value)
        maxTokens = max(maxTokens, min(keys.count, 8))
    }

    public func lookup(_ key: String) -> [Value] { entries[PhraseKey(key)] ?? [] }

    /// Every token key a match can start with: a whole one-token phrase or the start of a
    /// longer one. Several indexes' keys joined in one set let a scan skip the tokens none
    /// of them can match with one lookup instead of one per index.
    public var startKeys: Set<PhraseKey> { prefixes.union(entries.keys) }

    /// The longest phrase starting at `tokens[start]`, reading at most up to `limit`.
    /// `firstKey` replaces the first token's key (for clitic-stripped variants).
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int, firstKey: String? = nil)
        -> (count: Int, values: [Value])?
    {
        guard start < limit, maxTokens > 0 else { return nil }
        // The first token's key is looked up as it is; the joined key is built only when a
        // second token is read (most scans stop at the first: building and growing a
        // `String` per token was most of a failed lookup's cost).
        var key = firstKey.map(PhraseKey.init) ?? tokens[start].phrase
        var acc: String?
        var best: (Int, [Value])?
        var i = start
        while true {
            if let v = entries[key] { best = (i - start + 1, v) }
            if !prefixes.contains(key) { break }
            i += 1
            guard i < limit && i - start < maxTokens, adjacent(tokens[i - 1], tokens[i]) else { break }
            var joined = acc ?? key.string
            joined += tokens[i].key
            acc = joined
            key = PhraseKey(joined)
        }
        return best
    }

    /// Tokens of one phrase are separated by at most a space, hyphen, dot or apostrophe.
    private func adjacent(_ a: Token, _ b: Token) -> Bool {
        let gap = b.location - a.end
        return gap <= 2
    }
}

/// A phrase key hashed and compared as UTF-8 bytes.
///
/// Keys are folded text on both sides (tables and articles go through the same folding),
/// so byte equality is the equality wanted. `String`'s own `==` and `hash(into:)`
/// normalise non-ASCII text on every call: with Arabic keys that was a fifth of
/// extraction.
public struct PhraseKey: Hashable, Sendable {
    public let string: String
    /// FNV-1a of the bytes, computed once: a key is usually hashed more than once (an index's
    /// entries and then its prefixes, a set of start keys), and compared after each hit.
    private let fnv: UInt64

    @inline(__always) public init(_ string: String) {
        self.string = string
        self.fnv = Self.fnv(string)
    }

    /// Equal bytes have equal hashes: a differing hash answers at once, inlined into the
    /// hash tables' probe loops (a miss compares every occupied bucket it probes: three
    /// million calls for 300 dense articles); only equal hashes compare the bytes.
    @inline(__always) public static func == (a: PhraseKey, b: PhraseKey) -> Bool {
        a.fnv == b.fnv && sameBytes(a.string, b.string)
    }

    @inline(never) static func sameBytes(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        if x.isEmpty { return true }
        let same: Bool?? = x.withContiguousStorageIfAvailable { px in
            y.withContiguousStorageIfAvailable { py in memcmp(px.baseAddress!, py.baseAddress!, px.count) == 0 }
        }
        if let same, let same { return same }
        return x.elementsEqual(y)
    }

    /// The FNV-1a word spread by a multiply, for `KeyFilter`'s bit: its high bits mix every byte.
    @inline(__always) var filterHash: UInt64 { fnv &* 0x9E37_79B9_7F4A_7C15 }

    /// FNV-1a over the bytes, handed to the hasher as one word: feeding SipHash the bytes
    /// themselves cost more than the lookups they served.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fnv)
    }

    /// What `Set` and `Dictionary` ask for: the FNV-1a word mixed with the table's seed
    /// by a multiply-xorshift finaliser (MurmurHash3's fmix64), without SipHash. Even a
    /// one-word SipHash round (`Hasher.init` and `_finalize`) cost more than the FNV pass
    /// over a key; place, date and word lookups make millions per 5 MB of dense text.
    /// The order of a set of keys never reaches the output (it differs between runs
    /// whatever the hash, as Swift seeds hashing per process).
    public func _rawHashValue(seed: Int) -> Int {
        var h = fnv ^ UInt64(bitPattern: Int64(seed))
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return Int(Int64(bitPattern: h))
    }

    static func fnv(_ string: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let done: Void? = string.utf8.withContiguousStorageIfAvailable {
            for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        if done == nil { for b in string.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        return h
    }
}
