import Foundation

/// A match of a `WindowedPattern`: its capture groups as ranges in the whole text
/// (index 0 is the whole match; `NSNotFound` for a group that did not take part).
public struct PatternMatch: Sendable {
    public var ranges: [NSRange]
    public var range: NSRange { ranges[0] }
    public func range(at k: Int) -> NSRange { ranges[k] }
}

/// An `NSRegularExpression` run only on the stretches of a text where a match can lie.
///
/// ICU tries a pattern at every position of the text it is given, and Foundation copies
/// the whole text for every call: over a whole article that was hundreds of instructions
/// per byte for each pattern. A match can only consist of some units (upper-case letters,
/// digits, a hyphen…), so a byte-level pass finds the maximal runs of those units, keeps
/// the runs long enough to hold a match, and the pattern reads only those, each in a small
/// string with a margin on both sides that its lookarounds see (transparent bounds). No
/// match crosses a unit that cannot be part of one, so the matches are the ones a
/// whole-text search finds.
public struct WindowedPattern: Sendable {
    public let regex: NSRegularExpression
    /// Whether a unit can be part of a match.
    let member: @Sendable (UInt16) -> Bool
    /// Whether a unit counts towards `minimumCore` (the units a match cannot do without).
    let core: @Sendable (UInt16) -> Bool
    /// How many core units a run needs before it can hold a match.
    let minimumCore: Int
    /// Units a lookaround may read outside the run.
    let margin: Int
    /// `member` and `core` asked once of every UTF-16 unit (`memberBit`, `coreBit`): the
    /// windows are found with a table look-up per unit instead of two closure calls.
    let unitClasses: [UInt8]
    static let memberBit: UInt8 = 1, coreBit: UInt8 = 2
    /// The same pattern matched without ICU, when `TokenPattern` reads its dialect: for
    /// callers that need only the whole matches (`matchRanges`).
    let bytewise: TokenPattern?

    public init(_ pattern: String, margin: Int = 8, minimumCore: Int,
                member: @escaping @Sendable (UInt16) -> Bool, core: @escaping @Sendable (UInt16) -> Bool)
    {
        self.regex = try! NSRegularExpression(pattern: pattern)
        self.member = member
        self.core = core
        self.minimumCore = minimumCore
        self.margin = margin
        self.unitClasses = (0...0xFFFF).map { u in
            (member(UInt16(u)) ? Self.memberBit : 0) | (core(UInt16(u)) ? Self.coreBit : 0)
        }
        let bytewise = TokenPattern(pattern)
        self.bytewise = bytewise?.acceptsAnyScalar == false ? bytewise : nil
    }

    /// Every match in `units`, in order.
    public func matches(in units: [UInt16]) -> [PatternMatch] {
        Self.matches(regex, in: units, windows: windows(in: units), margin: margin)
    }

    /// The range of every match in `units`, in order: what `matches(in:)` gives as
    /// `range`, found without ICU when the pattern allows. A match never crosses a unit
    /// outside `member`, and a window ends at one, so starting at each position of the
    /// windows in turn and going on from each match's end finds what ICU finds in them.
    func matchRanges(in units: [UInt16]) -> [NSRange] {
        guard let bytewise else { return matches(in: units).map(\.range) }
        let windows = windows(in: units)
        var out: [NSRange] = []
        units.withUnsafeBufferPointer { b in
            for w in windows {
                var s = w.location
                while s < w.location + w.length {
                    if let e = bytewise.match(b, at: s) {
                        out.append(NSRange(location: s, length: e - s))
                        s = max(e, s + 1)
                    } else {
                        s += 1
                    }
                }
            }
        }
        return out
    }

    /// The stretches of `units` a match can lie in.
    func windows(in units: [UInt16]) -> [NSRange] {
        var windows: [NSRange] = []
        var i = 0
        let classes = unitClasses
        while i < units.count {
            guard classes[Int(units[i])] & Self.memberBit != 0 else { i += 1; continue }
            let start = i
            var cores = 0
            while i < units.count && classes[Int(units[i])] & Self.memberBit != 0 {
                if classes[Int(units[i])] & Self.coreBit != 0 { cores += 1 }
                i += 1
            }
            guard cores >= minimumCore else { continue }
            // Runs close together are read in one call: fewer calls, same matches.
            if let last = windows.last, start - (last.location + last.length) <= 32 {
                windows[windows.count - 1].length = i - last.location
            } else {
                windows.append(NSRange(location: start, length: i - start))
            }
        }
        return windows
    }

    /// The matches of `regex` inside each window (which must not cut a match in two),
    /// each read from a small string with `margin` units of context on both sides.
    public static func matches(_ regex: NSRegularExpression, in units: [UInt16], windows: [NSRange], margin: Int) -> [PatternMatch] {
        var out: [PatternMatch] = []
        for w in windows {
            let lo = max(0, w.location - margin), hi = min(units.count, w.location + w.length + margin)
            let piece = FoldedText.string(units[lo..<hi])
            let inner = NSRange(location: w.location - lo, length: w.length)
            for m in regex.matches(in: piece, options: [.withTransparentBounds, .withoutAnchoringBounds], range: inner) {
                out.append(PatternMatch(ranges: (0..<m.numberOfRanges).map {
                    let r = m.range(at: $0)
                    return r.location == NSNotFound ? r : NSRange(location: r.location + lo, length: r.length)
                }))
            }
        }
        return out
    }
}

/// Unit classes the windowed patterns are built from.
public enum UnitClass {
    @inline(__always) public static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
    @inline(__always) public static func isUpper(_ u: UInt16) -> Bool { u >= 0x41 && u <= 0x5A }
    @inline(__always) public static func isUpperOrDigit(_ u: UInt16) -> Bool { isDigit(u) || isUpper(u) }
    @inline(__always) public static func isHexDigit(_ u: UInt16) -> Bool {
        isDigit(u) || (u >= 0x41 && u <= 0x46) || (u >= 0x61 && u <= 0x66)
    }
    /// Every unit ICU's `\s` can match (a superset is harmless: windows only grow).
    @inline(__always) public static func isSpace(_ u: UInt16) -> Bool {
        (u >= 0x09 && u <= 0x0D) || u == 0x20 || u == 0x85 || u == 0xA0 || u == 0x1680
            || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000
    }
}
