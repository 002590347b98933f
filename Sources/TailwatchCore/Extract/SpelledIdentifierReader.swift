import Foundation

/// Arabic names of Latin letters (`latin_letter_names.tsv`), folded: "إيكس" → X, "بي" → B or P.
public struct LatinLetterNames: Sendable {
    /// Each folded name's letters, the commoner reading first.
    let letters: KeyMap<[Character]>
    /// Names that are also common words ("في", "او"): read last at the edge of a run.
    let alsoWords: KeySet

    static let schema = TableSchema(columns: ["lang", "name", "letter", "also_word"], required: ["lang", "name", "letter"],
                                    allowed: ["also_word": ["yes"]])

    init(_ table: DataTable) throws {
        try Self.schema.validate(table)
        var byName: [String: [Character]] = [:]
        var words = KeySet()
        for row in table.records() {
            guard row["letter"].count == 1, let letter = row["letter"].first, letter.isASCII, letter.isUppercase else {
                throw KnowledgeError.malformed(table.name, "letter '\(row["letter"])' is not one upper-case Latin letter")
            }
            let name = Document.fold(row["name"])
            if row["also_word"] == "yes" { words.insert(name) }
            if byName[name, default: []].contains(letter) { continue }  // two spellings folding alike
            byName[name, default: []].append(letter)
        }
        var map = KeyMap<[Character]>()
        for (name, list) in byName { map[name] = list }
        letters = map
        alsoWords = words
    }
}

/// Registrations spelled out in Arabic letter names: "4 إيكس- سي يو زد" is 4X-CUZ. A run of
/// letter names and digits is read only when the text writes the mark's hyphen in it and
/// the registration grammar takes the spelled string as a hyphenated civil mark: most
/// letter names are also words ("في" in, "او" or, "ال").
struct SpelledIdentifierReader: Sendable {
    let names: LatinLetterNames
    let grammar: RegistrationGrammar
    let modelCodes: Set<String>

    /// One token of a run: its possible readings, and whether a hyphen follows it.
    private struct Part {
        var token: Int
        var readings: [String]
        var isName: Bool
        var isWord: Bool
        var hyphenAfter: Bool
    }

    func read(_ doc: Document, _ tokens: [Token]) -> [Mention<AircraftIdentifier>] {
        var out: [Mention<AircraftIdentifier>] = []
        var run: [Part] = []
        func flush() {
            if let m = identify(run, doc, tokens) { out.append(m) }
            run.removeAll(keepingCapacity: true)
        }
        for (i, t) in tokens.enumerated() {
            let part: Part?
            if t.isRightToLeft, let letters = names.letters[t.phrase] {
                part = Part(token: i, readings: letters.map { String($0) }, isName: true, isWord: names.alsoWords.contains(t.phrase), hyphenAfter: false)
            } else if t.isAllDigits, t.length <= 4 {
                part = Part(token: i, readings: [t.key], isName: false, isWord: false, hyphenAfter: false)
            } else {
                part = nil
            }
            guard let part else { flush(); continue }
            if let last = run.last {
                switch gap(doc.units, from: tokens[last.token].end, to: t.location) {
                case .blank: break
                case .hyphen: run[run.count - 1].hyphenAfter = true
                case .other: flush()
                }
            }
            run.append(part)
        }
        flush()
        return out
    }

    private enum Gap { case blank, hyphen, other }

    /// What stands between two tokens: blanks only, blanks and one hyphen, or anything else.
    private func gap(_ units: [UInt16], from: Int, to: Int) -> Gap {
        var hyphens = 0
        for k in from..<to {
            switch units[k] {
            case 0x20, 0xA0: continue
            case 0x2D, 0x2010, 0x2011: hyphens += 1
            default: return .other
            }
        }
        return hyphens == 0 ? .blank : hyphens == 1 ? .hyphen : .other
    }

    /// The longest stretch of the run around its one hyphen that spells a registration.
    private func identify(_ run: [Part], _ doc: Document, _ tokens: [Token]) -> Mention<AircraftIdentifier>? {
        guard run.count >= 3, run.filter(\.isName).count >= 2 else { return nil }
        let hyphens = run.indices.filter { run[$0].hyphenAfter }
        guard hyphens.count == 1, let dash = hyphens.first, dash + 1 < run.count else { return nil }
        // Stretches with fewer common words at their edges first ("هبطت في 4 إيكس- …", "… جي في
        // مطار": "في" is "in" more often than V), then the longest, then the one starting later.
        struct Stretch { var lo: Int, hi: Int, edgeWords: Int }
        var stretches: [Stretch] = []
        for lo in 0...dash {
            for hi in (dash + 1)..<run.count {
                stretches.append(Stretch(lo: lo, hi: hi, edgeWords: (run[lo].isWord ? 1 : 0) + (run[hi].isWord ? 1 : 0)))
            }
        }
        stretches.sort { a, b in
            if a.edgeWords != b.edgeWords { return a.edgeWords < b.edgeWords }
            if a.hi - a.lo != b.hi - b.lo { return a.hi - a.lo > b.hi - b.lo }
            return a.lo > b.lo
        }
        for (lo, hi) in stretches.map({ ($0.lo, $0.hi) }) where run[lo...hi].filter(\.isName).count >= 2 {
            let marks = spellings(run[lo...dash])
            let suffixes = spellings(run[(dash + 1)...hi])
            for mark in marks {
                for suffix in suffixes {
                    let spelled = mark + "-" + suffix
                    guard let id = grammar.civil(spelled, hasContext: true), id.canonical == spelled,
                          !modelCodes.contains(AircraftCatalog.modelCode(spelled)) else { continue }
                    let start = tokens[run[lo].token].location
                    let range = NSRange(location: start, length: tokens[run[hi].token].end - start)
                    return Mention(range, id.writtenAs(doc.foldedText.substring(with: range)))
                }
            }
        }
        return nil
    }

    /// Every reading of a stretch of parts, the commoner letters first (at most 64).
    private func spellings(_ parts: ArraySlice<Part>) -> [String] {
        var out = [""]
        for p in parts {
            out = out.flatMap { prefix in p.readings.map { prefix + $0 } }
            if out.count > 64 { out = Array(out.prefix(64)) }
        }
        return out
    }
}
