import Foundation

/// Words around aircraft identifiers (`identifier_cues.tsv`) and the callsign prefixes
/// of operators (`callsign_prefixes.tsv`): what makes a number a serial, a six-digit
/// hex word an ICAO address, a letters-and-digits word a callsign.
public struct IdentifierCues: Sendable {
    /// Registration and air-force words: believable context for common serial shapes.
    public let context: CueWords
    /// Air-force, navy and military words: the context a bare number needs.
    public let force: CueWords
    /// Written right before a bare number: "serial", "BuNo", "رقم".
    public let serialWords: [String]
    /// Written right after a bare number, naming it a serial: Turkish "157326 numaralı".
    public let serialAfter: [String]
    /// Serial words that name an aircraft's own number ("BuNo", "tail number"): the
    /// number after them needs no air force named near.
    public let strongSerialWords: [String]
    /// Right after a number, a quantity: "km", "troops".
    public let units: Set<String>
    /// Names an ICAO address that follows: "hex", "icao24", "Mode-S".
    public let hexWords: [String]
    /// Names a callsign that follows: "callsign", "c/s", "flying as".
    public let callsignWords: [String]
    /// By ICAO designator ("RCH") and by telephony word ("REACH").
    public let callsignPrefixes: [String: CallsignPrefix]

    public struct CallsignPrefix: Sendable, Hashable {
        public var designator: String?
        public var telephony: String
        public var operatorName: String
        public var country: String
        /// A common word ("SAM", "PAT"): read only joined to its number or after a callsign word.
        public var joinedOnly: Bool
    }

    init(cues: DataTable, prefixes: DataTable) {
        var byKind: [String: [String]] = [:]
        for r in cues.records() { byKind[r["kind"], default: []].append(TextFolding.key(r["phrase"])) }
        // Longest first, so "serial number" is tried before "serial".
        func phrases(_ kind: String) -> [String] { (byKind[kind] ?? []).sorted { $0.count > $1.count } }
        context = CueWords(phrases("context"))
        force = CueWords(phrases("force"))
        serialWords = phrases("serial")
        serialAfter = phrases("serial_after")
        strongSerialWords = phrases("serial_strong")
        units = Set(byKind["unit"] ?? [])
        hexWords = phrases("hex")
        callsignWords = phrases("callsign")
        var table: [String: CallsignPrefix] = [:]
        for r in prefixes.records() {
            let p = CallsignPrefix(designator: r.optional("designator"), telephony: r["telephony"],
                                   operatorName: r["operator"], country: r["country"], joinedOnly: r["joined_only"] == "yes")
            if let d = p.designator { table[d] = p }
            table[p.telephony] = table[p.telephony] ?? p
        }
        callsignPrefixes = table
    }

    /// Quotation marks around a number ("برقم تسجيل “169659”"): skipped like spaces.
    static let quotes: Set<Character> = ["\"", "“", "”", "«", "»", "'", "‘", "’"]

    /// Whether `text` starts with one of `phrases` as whole words, after spaces and
    /// quotation marks: "157326 numaralı".
    public static func startsWithPhrase(_ text: String, _ phrases: [String]) -> Bool {
        var t = Substring(TextFolding.latinBase(text))
        while let first = t.first, first == " " || quotes.contains(first) { t = t.dropFirst() }
        for p in phrases where t.hasPrefix(p) {
            let rest = t.dropFirst(p.count)
            if let next = rest.first, next.isLetter || next.isNumber { continue }
            return true
        }
        return false
    }

    /// Whether `text` ends with one of `phrases` as whole words, ignoring trailing
    /// spaces and punctuation (": ", " #", " (").
    ///
    /// `hasSuffix` compares characters from the end, so a phrase whose last character is
    /// not the text's cannot match: that one comparison is made first (each `hasSuffix`
    /// on a `Substring` walked graphemes backwards, fifty phrases per identifier candidate).
    public static func endsWithPhrase(_ text: String, _ phrases: [String]) -> Bool {
        var t = Substring(TextFolding.latinBase(text))
        while let last = t.last, last == " " || last == ":" || last == "#" || last == "(" || last == "=" || last == "-" || last == "." || Self.quotes.contains(last) {
            t = t.dropLast()
        }
        let tLast = t.last
        for p in phrases where (p.isEmpty || (tLast != nil && p.last == tLast)) && t.hasSuffix(p) {
            let start = t.index(t.endIndex, offsetBy: -p.count)
            if start == t.startIndex { return true }
            var before = t.index(before: start)
            // An Arabic clitic may lead the word: "برقم", "والرقم".
            if ArabicClitics.single.contains(t[before]), before > t.startIndex { before = t.index(before: before) }
            if !t[before].isLetter && !t[before].isNumber { return true }
        }
        return false
    }
}

/// Cue words looked for around a candidate, each kept as the UTF-8 bytes it is compared
/// with. A word counts at a word start: "reg" is not in "region", nor "raf" in
/// "aircraft"; a long one is a stem ("immatricul" → immatricule), a short one must end
/// there too. Compared on bytes: this runs for every cue around every candidate, and
/// Foundation's `range(of:)` cost a tenth of extraction.
public struct CueWords: Sendable {
    private let words: [(bytes: [UInt8], isStem: Bool)]
    /// The words starting with each byte value: the text is read once, and at each byte
    /// only the words that can start there are compared. Scanning the text once per word
    /// (a hundred words, every candidate's window) was most of identifier extraction.
    private let byFirstByte: [[Int]]

    init(_ phrases: [String]) {
        words = phrases.map { (Array($0.utf8), $0.unicodeScalars.count > 4) }
        var table = Array(repeating: [Int](), count: 256)
        for (k, w) in words.enumerated() { if let b = w.bytes.first { table[Int(b)].append(k) } }
        byFirstByte = table
    }

    /// Whether any of the words stands in `text` (folded by `TextFolding.latinBase`).
    public func found(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in
            for i in t.indices {
                for k in byFirstByte[Int(t[i])] where Self.wordStands(t, at: i, words[k].bytes, isStem: words[k].isStem) { return true }
            }
            return false
        }
    }

    /// The same question one word at a time, as first written: what `found` must answer.
    func foundWordByWord(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in words.contains { Self.containsWord(t, $0.bytes, isStem: $0.isStem) } }
    }

    /// Whether `w` is written at byte `i` of `t`, at a word start (and end, unless a stem).
    @inline(__always)
    private static func wordStands(_ t: UnsafeBufferPointer<UInt8>, at i: Int, _ w: [UInt8], isStem: Bool) -> Bool {
        guard i + w.count <= t.count else { return false }
        for k in 1..<w.count where t[i + k] != w[k] { return false }
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        let before = i > 0 ? t[i - 1] : 0x20
        let after = i + w.count < t.count ? t[i + w.count] : 0x20
        return !isASCIILetter(before) && (isStem || !isASCIILetter(after))
    }

    private static func containsWord(_ t: UnsafeBufferPointer<UInt8>, _ w: [UInt8], isStem: Bool) -> Bool {
        guard let first = w.first, w.count <= t.count else { return false }
        var i = 0
        while i + w.count <= t.count {
            if t[i] == first, wordStands(t, at: i, w, isStem: isStem) { return true }
            i += 1
        }
        return false
    }
}
