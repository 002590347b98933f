import Foundation

/// Words around aircraft identifiers (`identifier_cues.tsv`) and the callsign prefixes
/// of operators (`callsign_prefixes.tsv`): what makes a number a serial, a six-digit
/// hex word an ICAO address, a letters-and-digits word a callsign.
public struct IdentifierCues: Sendable {
    /// Registration and air-force words: believable context for common serial shapes.
    public let context: [String]
    /// Air-force, navy and military words: the context a bare number needs.
    public let force: [String]
    /// Written right before a bare number: "serial", "BuNo", "رقم".
    public let serialWords: [String]
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
        context = phrases("context")
        force = phrases("force")
        serialWords = phrases("serial")
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

    /// `phrase` in `text` (folded by `TextFolding.latinBase`) at a word start: "reg" is
    /// not in "region", nor "raf" in "aircraft". Long phrases are stems ("immatricul" →
    /// immatricule); short ones must end there too.
    public static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: word, range: search) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
            if !(before.isLetter && before.isASCII), word.count > 4 || !(after.isLetter && after.isASCII) { return true }
            search = r.upperBound..<text.endIndex
        }
        return false
    }

    /// Whether `text` ends with one of `phrases` as whole words, ignoring trailing
    /// spaces and punctuation (": ", " #", " (").
    public static func endsWithPhrase(_ text: String, _ phrases: [String]) -> Bool {
        var t = Substring(TextFolding.latinBase(text))
        while let last = t.last, last == " " || last == ":" || last == "#" || last == "(" || last == "=" || last == "-" || last == "." {
            t = t.dropLast()
        }
        for p in phrases where t.hasSuffix(p) {
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
