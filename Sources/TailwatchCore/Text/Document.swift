import Foundation

/// An article's text as stored, with a folded copy for matching and a map from
/// every position of the folded copy back to UTF-8 byte offsets of the original.
///
/// Extractors match on `folded` (Arabic letters unified, harakat and tatweel
/// dropped, Arabic-Indic digits as ASCII, Unicode hyphens as `-`) and report
/// byte ranges of `text`, which is what evidence offsets point at.
public struct Document: Sendable {
    public let text: String
    public let folded: String
    /// `folded` as UTF-16 units, kept from building it: the tokenizer, sentence splitter
    /// and date and time readers index into them.
    public let units: [UInt16]
    /// For each UTF-16 unit of `folded` (and one past the end): the UTF-8 offset in `text`.
    private let byteOffsets: [Int32]

    /// The folded form of a short text (a name, a phrase), without the offset map.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch TextFolding.fold(s) {
            case .keep: out.append(s)
            case .drop: break
            case .replace(let r): out.append(r)
            case .expand(let list): out.append(contentsOf: list)
            }
        }
        return String(out)
    }

    public init(_ text: String) {
        self.text = text
        var units: [UInt16] = []
        var offsets: [Int32] = []
        // The folded text is also written as UTF-8 as it goes: a String made from UTF-8
        // bytes is only validated, while one decoded from UTF-16 units took Swift's slow
        // transcoding path (a tenth of extraction on Arabic text).
        var utf8: [UInt8] = []
        units.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        utf8.reserveCapacity(text.utf8.count)
        var byte: Int32 = 0
        func emit(_ s: Unicode.Scalar, at offset: Int32) {
            let v = s.value
            if v < 0x80 {
                units.append(UInt16(v))
                offsets.append(offset)
                utf8.append(UInt8(v))
                return
            }
            for u in UTF16.encode(s)! {
                units.append(u)
                offsets.append(offset)
            }
            utf8.append(contentsOf: UTF8.encode(s)!)
        }
        for s in text.unicodeScalars {
            let width = Int32(UTF8.width(s))
            switch TextFolding.fold(s) {
            case .keep: emit(s, at: byte)
            case .drop: break
            case .replace(let r): emit(r, at: byte)
            case .expand(let list): for r in list { emit(r, at: byte) }
            }
            byte += width
        }
        offsets.append(byte)
        self.folded = String(decoding: utf8, as: UTF8.self)
        self.units = units
        self.byteOffsets = offsets
    }

    public var byteCount: Int { text.utf8.count }

    /// Byte range in `text` of a range of UTF-16 units in `folded`.
    public func byteRange(_ range: NSRange) -> ByteRange {
        let lo = max(0, min(range.location, byteOffsets.count - 1))
        let hi = max(lo, min(range.location + range.length, byteOffsets.count - 1))
        let start = Int(byteOffsets[lo])
        // End at the byte after the last folded unit's source scalar.
        let end = hi > lo ? endOfSource(unit: hi - 1) : start
        return ByteRange(start, max(start, end))
    }

    private func endOfSource(unit: Int) -> Int {
        let start = byteOffsets[unit]
        var next = unit + 1
        while next < byteOffsets.count - 1 && byteOffsets[next] == start { next += 1 }
        return Int(byteOffsets[next])
    }

    /// The original text in a byte range.
    public func text(in range: ByteRange) -> String {
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.start, utf8.count)))
        let hi = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.end, utf8.count)))
        return String(text[lo..<hi])
    }

    /// A one-line snippet of at most `limit` characters around a range, whitespace collapsed.
    ///
    /// Every event's evidence is one: splitting by `Character` (grapheme breaking and a
    /// property lookup per character) was a twentieth of extraction on dense text. The
    /// whitespace is collapsed on scalars where that gives the same result
    /// (`collapsedWhitespace`), and the characters are counted only when the snippet has
    /// more scalars than the limit.
    public func snippet(_ range: ByteRange, limit: Int = 240) -> String {
        let raw = text(in: range)
        let collapsed = Self.collapsedWhitespace(raw) ?? raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        // A character is at least one scalar, a scalar at least one byte.
        if collapsed.utf8.count <= limit || collapsed.unicodeScalars.count <= limit || Self.hasAtMost(limit, collapsed) {
            return collapsed
        }
        return String(collapsed.prefix(limit - 1)) + "…"
    }

    /// `text.count <= n`, walking at most `n` characters: grapheme breaking a long sentence to
    /// its end only to compare its length with the limit cost more than the rest of the snippet.
    static func hasAtMost(_ n: Int, _ text: String) -> Bool {
        guard let i = text.index(text.startIndex, offsetBy: n, limitedBy: text.endIndex) else { return true }
        return i == text.endIndex
    }

    /// The snippet as first written, by `Character`: what `snippet` must equal.
    func snippetByCharacters(_ range: ByteRange, limit: Int = 240) -> String {
        let raw = text(in: range)
        let collapsed = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if collapsed.count <= limit { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }

    /// `text` with runs of whitespace scalars made one space and the ends trimmed, or nil
    /// when that could differ from splitting at whitespace `Character`s.
    ///
    /// A `Character` is whitespace when its first scalar is. A whitespace scalar starts a
    /// character of its own unless the scalar before it is a prepended mark (Unicode's
    /// grapheme rule GB9b: U+0600, U+06DD…), and that character holds more than it only if
    /// an extending or spacing mark follows (GB9, GB9a; CR LF is whitespace either way).
    /// So when every scalar next to a whitespace scalar is one of the plain kinds in
    /// `isPlainNeighbour` (no prepended, extending or spacing marks among them), scalars
    /// and characters split alike.
    ///
    /// Read and written as UTF-8 bytes: appending to a `String.UnicodeScalarView` scalar
    /// by scalar cost as much as the `Character` split it replaced.
    static func collapsedWhitespace(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var plain = true
            let collapsed = String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var pendingSpace = false
                var previous: UInt32?
                var previousWasSpace = false
                var i = 0
                while i < bytes.count {
                    let (u, width) = scalar(bytes, at: i)
                    let space = isWhitespace(u)
                    // A boundary between whitespace and the rest: both sides must be plain.
                    if let p = previous, space != previousWasSpace, !isPlainNeighbour(space ? p : u) {
                        plain = false
                        return 0
                    }
                    if space {
                        if n > 0 { pendingSpace = true }
                    } else {
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        for k in 0..<width { out[n + k] = bytes[i + k] }
                        n += width
                    }
                    previous = u
                    previousWasSpace = space
                    i += width
                }
                return n
            }
            return plain ? collapsed : nil
        }
    }

    /// The scalar value starting at byte `i` of valid UTF-8, and its width in bytes.
    @inline(__always)
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// Unicode's White_Space, which `Character.isWhitespace` reads from a character's first
    /// scalar; outside ASCII only U+0085, U+00A0, U+1680 and U+2000–U+3000 can have it.
    @inline(__always)
    private static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        guard v == 0x85 || v == 0xA0 || v == 0x1680 || (0x2000...0x3000).contains(v) else { return false }
        return Unicode.Scalar(v)!.properties.isWhitespace
    }

    /// Scalars that are never a prepended, extending or spacing mark: ASCII, Latin
    /// letters and Latin-1 signs, Arabic letters, digits and punctuation (not its marks
    /// or number signs), general punctuation, and whitespace itself.
    private static func isPlainNeighbour(_ u: UInt32) -> Bool {
        switch u {
        case 0..<0x80, 0xA0...0x24F: return true
        case 0x060C, 0x061B, 0x061F, 0x0621...0x064A, 0x0660...0x066D, 0x0671...0x06D5, 0x06F0...0x06F9: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        default: return isWhitespace(u)
        }
    }
}
