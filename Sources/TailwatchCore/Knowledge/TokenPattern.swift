/// A regular expression of the small dialect the identifier tables and the candidate
/// pattern are written in (literals, `[A-Z0-9]` classes, `\s`, `?` `*` `+` `{m,n}`, `(…)`
/// and `(?:…|…)` groups, `(?!…)` lookaheads, fixed-length `(?<!…)` lookbehinds), matched
/// on ASCII bytes or UTF-16 units without ICU.
///
/// The registration grammar asks up to two dozen anchored patterns about each candidate
/// token; through `NSRegularExpression` each question bridged the token to an `NSString`
/// and set up an ICU matcher, tens of thousands of instructions for a five-letter token
/// (issue 14's profile: a quarter of the identifier stage, and the candidate search another
/// fifth). The matcher here backtracks in ICU's order (alternatives left to right, greedy
/// repetitions longest first), so the first match it finds from a position is the one ICU
/// reports, and whether a whole token matches is the same question either way. A pattern
/// using anything else is not compiled (`init` returns nil) and stays with ICU, as do
/// tokens that are not printable ASCII.
struct TokenPattern: Sendable {
    /// Which units a position accepts: ASCII by bitmap; above ASCII, none, ICU's `\s`
    /// spaces, or all (a negated class).
    struct UnitSet: Sendable {
        enum Above: Sendable { case none, spaces, all }
        var low: UInt64 = 0, high: UInt64 = 0
        var above = Above.none

        mutating func insert(_ b: UInt8) {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }

        @inline(__always) func contains<U: FixedWidthInteger & UnsignedInteger>(_ u: U) -> Bool {
            if u < 64 { return low & (1 << UInt64(u)) != 0 }
            if u < 128 { return high & (1 << UInt64(u - 64)) != 0 }
            switch above {
            case .none: return false
            case .all: return true
            case .spaces: return Self.isOtherSpace(UInt32(u))
            }
        }

        var inverted: UnitSet { UnitSet(low: ~low, high: ~high, above: .all) }

        func union(_ o: UnitSet) -> UnitSet {
            let above: Above = above == .all || o.above == .all ? .all : above == .spaces || o.above == .spaces ? .spaces : .none
            return UnitSet(low: low | o.low, high: high | o.high, above: above)
        }

        /// ICU's `\s` above ASCII (the White_Space property): all in the BMP, none a surrogate.
        static func isOtherSpace(_ u: UInt32) -> Bool {
            u == 0x85 || u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029
                || u == 0x202F || u == 0x205F || u == 0x3000
        }

        /// ICU's `\s`: tab to carriage return, space, and the others.
        static var space: UnitSet {
            var s = UnitSet(above: .spaces)
            for b: UInt8 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] { s.insert(b) }
            return s
        }
    }

    indirect enum Node: Sendable {
        case unit(UnitSet)
        case sequence([Node])
        case either([Node])
        case repeated(Node, min: Int, max: Int)
        case notFollowedBy(Node)
        /// A lookbehind of a fixed number of units.
        case notPrecededBy(Node, length: Int)
    }

    let root: Node
    /// The units a match can start with (every unit when a match can be empty), and the
    /// fewest and most units a match reads: most tokens and positions fail these at once.
    let first: UnitSet
    let lengths: ClosedRange<Int>
    /// The units a match cannot follow, when the pattern opens with a one-unit lookbehind
    /// (`(?<![A-Z0-9])…`): inside a word only its first unit needs trying.
    let notAfter: UnitSet?
    /// Whether some position accepts any unit above ASCII (a negated class): ICU reads
    /// those by scalar, so searching UTF-16 units would split surrogate pairs.
    let acceptsAnyScalar: Bool

    init?(_ pattern: String) {
        guard pattern.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        var parser = Parser(bytes: Array(pattern.utf8))
        guard let node = parser.alternation(), parser.i == parser.bytes.count else { return nil }
        root = node
        acceptsAnyScalar = parser.negated
        let (first, canBeEmpty) = Self.start(node)
        self.first = canBeEmpty ? UnitSet(low: ~0, high: ~0, above: .all) : first
        lengths = Self.minimumLength(node)...Self.maximumLength(node)
        if case .sequence(let nodes) = node, case .notPrecededBy(.unit(let set), 1)? = nodes.first {
            notAfter = set
        } else {
            notAfter = nil
        }
    }

    /// What a match of `node` can start with, and whether it can be empty.
    static func start(_ node: Node) -> (UnitSet, Bool) {
        switch node {
        case .unit(let set): return (set, false)
        case .sequence(let nodes):
            var set = UnitSet()
            for n in nodes {
                let (s, empty) = start(n)
                set = set.union(s)
                if !empty { return (set, false) }
            }
            return (set, true)
        case .either(let nodes):
            var set = UnitSet(), empty = false
            for n in nodes {
                let (s, e) = start(n)
                set = set.union(s)
                empty = empty || e
            }
            return (set, empty)
        case .repeated(let n, let lo, _):
            let (s, e) = start(n)
            return (s, e || lo == 0)
        case .notFollowedBy, .notPrecededBy: return (UnitSet(), true)
        }
    }

    static func minimumLength(_ node: Node) -> Int {
        switch node {
        case .unit: return 1
        case .sequence(let nodes): return nodes.reduce(0) { $0 + minimumLength($1) }
        case .either(let nodes): return nodes.map(minimumLength).min() ?? 0
        case .repeated(let n, let lo, _): return minimumLength(n) * lo
        case .notFollowedBy, .notPrecededBy: return 0
        }
    }

    /// At most `Int.max / 4` (unbounded).
    static func maximumLength(_ node: Node) -> Int {
        let unbounded = Int.max / 4
        switch node {
        case .unit: return 1
        case .sequence(let nodes): return min(unbounded, nodes.reduce(0) { min(unbounded, $0 + maximumLength($1)) })
        case .either(let nodes): return nodes.map(maximumLength).max() ?? 0
        case .repeated(let n, _, let hi):
            let one = maximumLength(n)
            return one == 0 ? 0 : hi >= unbounded / one ? unbounded : min(unbounded, one * hi)
        case .notFollowedBy, .notPrecededBy: return 0
        }
    }

    /// Whether the whole of `bytes` matches; nil when the bytes are not all printable ASCII
    /// (ICU reads those as it reads them: `$` before a final line break, scalars not bytes).
    func matchesWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in bytes where b < 0x20 || b >= 0x7F { return nil }
        guard lengths.contains(bytes.count), bytes.isEmpty || first.contains(bytes[0]) else { return false }
        return Self.match(root, bytes, 0) { $0 == bytes.count }
    }

    func matchesWhole(_ s: String) -> Bool? {
        var s = s
        return s.withUTF8 { matchesWhole($0) }
    }

    /// The end of the match ICU finds starting at `start` (lookarounds read the units
    /// around it), or nil.
    func match(_ units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
        if lengths.lowerBound > 0 && (start >= units.count || !first.contains(units[start])) { return nil }
        if let notAfter, start > 0, notAfter.contains(units[start - 1]) { return nil }
        var end: Int? = nil
        _ = Self.match(root, units, start) { e in end = e; return true }
        return end
    }

    /// Whether `node` matches from `i` with an end `k` accepts, trying ends in ICU's order.
    private static func match<U: FixedWidthInteger & UnsignedInteger>(
        _ node: Node, _ b: UnsafeBufferPointer<U>, _ i: Int, _ k: (Int) -> Bool) -> Bool
    {
        switch node {
        case .unit(let set):
            return i < b.count && set.contains(b[i]) && k(i + 1)
        case .sequence(let nodes):
            return sequence(nodes[...], b, i, k)
        case .either(let nodes):
            for n in nodes where match(n, b, i, k) { return true }
            return false
        case .repeated(let n, let lo, let hi):
            return repeated(Repetition(node: n, min: lo, max: hi), 0, b, i, k)
        case .notFollowedBy(let n):
            return !match(n, b, i, { _ in true }) && k(i)
        case .notPrecededBy(let n, let length):
            let from = i - length
            return !(from >= 0 && match(n, b, from, { $0 == i })) && k(i)
        }
    }

    private static func sequence<U: FixedWidthInteger & UnsignedInteger>(
        _ nodes: ArraySlice<Node>, _ b: UnsafeBufferPointer<U>, _ i: Int, _ k: (Int) -> Bool) -> Bool
    {
        guard let first = nodes.first else { return k(i) }
        return match(first, b, i) { j in sequence(nodes.dropFirst(), b, j, k) }
    }

    /// A node repeated between `min` and `max` times.
    private struct Repetition {
        var node: Node
        var min: Int
        var max: Int
    }

    /// Greedy: one more repetition first, then stop.
    private static func repeated<U: FixedWidthInteger & UnsignedInteger>(
        _ r: Repetition, _ count: Int, _ b: UnsafeBufferPointer<U>, _ i: Int, _ k: (Int) -> Bool) -> Bool
    {
        // A repetition that consumed nothing can only repeat itself: stop it (as ICU does).
        if count < r.max, match(r.node, b, i, { j in (j == i && count >= r.min) ? false : repeated(r, count + 1, b, j, k) }) {
            return true
        }
        return count >= r.min && k(i)
    }

    /// Recursive descent over the dialect; nil for anything outside it.
    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var negated = false

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func alternation() -> Node? {
            var branches: [Node] = []
            while true {
                guard let s = sequence() else { return nil }
                branches.append(s)
                guard peek == UInt8(ascii: "|") else { break }
                i += 1
            }
            return branches.count == 1 ? branches[0] : .either(branches)
        }

        mutating func sequence() -> Node? {
            var nodes: [Node] = []
            while let c = peek, c != UInt8(ascii: "|"), c != UInt8(ascii: ")") {
                guard let atom = atom(), let quantified = quantifier(atom) else { return nil }
                nodes.append(quantified)
            }
            return nodes.count == 1 ? nodes[0] : .sequence(nodes)
        }

        mutating func atom() -> Node? {
            guard let c = peek else { return nil }
            i += 1
            switch c {
            case UInt8(ascii: "("):
                var kind = UInt8(ascii: ":")
                if peek == UInt8(ascii: "?") {
                    guard i + 1 < bytes.count else { return nil }
                    kind = bytes[i + 1]
                    i += 2
                    if kind == UInt8(ascii: "<") {
                        guard peek == UInt8(ascii: "!") else { return nil }
                        i += 1
                    } else if kind != UInt8(ascii: ":") && kind != UInt8(ascii: "!") {
                        return nil
                    }
                }
                guard let inner = alternation(), peek == UInt8(ascii: ")") else { return nil }
                i += 1
                switch kind {
                case UInt8(ascii: "!"): return .notFollowedBy(inner)
                case UInt8(ascii: "<"):
                    guard let length = Self.fixedLength(inner) else { return nil }
                    return .notPrecededBy(inner, length: length)
                default: return inner
                }
            case UInt8(ascii: "["):
                return unitClass()
            case UInt8(ascii: "\\"):
                if peek == UInt8(ascii: "s") {
                    i += 1
                    return .unit(.space)
                }
                guard let e = escaped() else { return nil }
                var set = UnitSet()
                set.insert(e)
                return .unit(set)
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "]"), UInt8(ascii: "#"):
                return nil
            default:
                var set = UnitSet()
                set.insert(c)
                return .unit(set)
            }
        }

        /// How many units `node` always reads, when that is fixed.
        static func fixedLength(_ node: Node) -> Int? {
            switch node {
            case .unit: return 1
            case .sequence(let nodes):
                var total = 0
                for n in nodes {
                    guard let l = fixedLength(n) else { return nil }
                    total += l
                }
                return total
            case .either(let nodes):
                let lengths = nodes.map(fixedLength)
                guard let first = lengths.first, let l = first, lengths.allSatisfy({ $0 == l }) else { return nil }
                return l
            case .repeated(let n, let lo, let hi):
                guard lo == hi, let l = fixedLength(n) else { return nil }
                return l * lo
            case .notFollowedBy, .notPrecededBy: return nil
            }
        }

        /// The byte after a backslash, when it stands for itself (punctuation only: `\d`,
        /// `\b` and the like mean more than a byte).
        mutating func escaped() -> UInt8? {
            guard let e = peek, e < 0x7F, !(e >= 0x30 && e <= 0x39), !(e >= 0x41 && e <= 0x5A), !(e >= 0x61 && e <= 0x7A)
            else { return nil }
            i += 1
            return e
        }

        mutating func unitClass() -> Node? {
            var set = UnitSet()
            var negate = false
            if peek == UInt8(ascii: "^") { negate = true; i += 1 }
            while let c = peek, c != UInt8(ascii: "]") {
                i += 1
                var lo = c
                if c == UInt8(ascii: "\\") {
                    guard let e = escaped() else { return nil }
                    lo = e
                } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "&") {
                    return nil  // ICU's nested sets and set operations
                }
                if peek == UInt8(ascii: "-"), i + 1 < bytes.count, bytes[i + 1] != UInt8(ascii: "]") {
                    i += 1
                    var hi = bytes[i]
                    i += 1
                    if hi == UInt8(ascii: "\\") {
                        guard let e = escaped() else { return nil }
                        hi = e
                    } else if hi == UInt8(ascii: "[") {
                        return nil
                    }
                    guard lo <= hi else { return nil }
                    for b in lo...hi { set.insert(b) }
                } else {
                    set.insert(lo)
                }
            }
            // "[]" and "[^]" mean other things to ICU.
            guard peek == UInt8(ascii: "]"), set.low != 0 || set.high != 0 else { return nil }
            i += 1
            if negate { negated = true }
            return .unit(negate ? set.inverted : set)
        }

        mutating func quantifier(_ atom: Node) -> Node? {
            var node = atom
            while let c = peek {
                var lo = 0, hi = Int.max
                switch c {
                case UInt8(ascii: "?"): hi = 1; i += 1
                case UInt8(ascii: "*"): i += 1
                case UInt8(ascii: "+"): lo = 1; i += 1
                case UInt8(ascii: "{"):
                    i += 1
                    guard let m = number() else { return nil }
                    lo = m
                    hi = m
                    if peek == UInt8(ascii: ",") {
                        i += 1
                        hi = number() ?? Int.max
                    }
                    guard peek == UInt8(ascii: "}"), lo <= hi else { return nil }
                    i += 1
                default:
                    return node
                }
                // Lazy and possessive repetitions find other matches first: not read here.
                if peek == UInt8(ascii: "?") || peek == UInt8(ascii: "+") { return nil }
                switch node {
                case .notFollowedBy, .notPrecededBy, .repeated: return nil
                default: break
                }
                node = .repeated(node, min: lo, max: hi)
            }
            return node
        }

        mutating func number() -> Int? {
            var n: Int? = nil
            while let c = peek, c >= 0x30, c <= 0x39 {
                n = (n ?? 0) * 10 + Int(c - 0x30)
                guard n! < 1000 else { return nil }
                i += 1
            }
            return n
        }
    }
}
