import Foundation

/// Russian case endings (`ru_case_endings.tsv`): the nominative forms a declined place
/// name may stand for, so that "Москвы", "Москву", "Хмеймиме" find "Москва", "Хмеймим".
public struct RussianEndings: Sendable {
    struct Rule: Sendable {
        var ending: [Unicode.Scalar]
        var nominative: String
    }

    private let rules: [Rule]

    public init(_ table: DataTable) throws {
        var rules: [Rule] = []
        for r in table.records() {
            let ending = r["ending"]
            guard !ending.isEmpty, ending.unicodeScalars.allSatisfy(Self.isCyrillic) else {
                throw KnowledgeError.malformed("ru_case_endings", "ending must be Cyrillic letters, got '\(ending)'")
            }
            let nominative = r["nominative"]
            guard nominative.unicodeScalars.allSatisfy(Self.isCyrillic) else {
                throw KnowledgeError.malformed("ru_case_endings", "nominative must be Cyrillic letters or empty, got '\(nominative)'")
            }
            rules.append(Rule(ending: Array(ending.unicodeScalars), nominative: nominative))
        }
        self.rules = rules.sorted { $0.ending.count > $1.ending.count }
    }

    /// The table bundled with the tool; a bad row stops the program at first use.
    public static let shared: RussianEndings = {
        do { return try RussianEndings(DataTable.resource("ru_case_endings")) } catch {
            fatalError("ru_case_endings.tsv: \(error)")
        }
    }()

    @inline(__always) static func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(s.value) }

    /// Candidate nominatives of a folded lower-case word, longest ending first; none for
    /// a word that is not Cyrillic (one scalar compare for every other word).
    public func nominatives(_ key: String) -> [String] {
        guard let first = key.unicodeScalars.first, Self.isCyrillic(first) else { return [] }
        let s = Array(key.unicodeScalars)
        var out: [String] = []
        for r in rules where s.count - r.ending.count >= 3 && s.suffix(r.ending.count).elementsEqual(r.ending) {
            var stem = String.UnicodeScalarView(s.dropLast(r.ending.count))
            stem.append(contentsOf: r.nominative.unicodeScalars)
            let form = String(stem)
            if !out.contains(form) { out.append(form) }
        }
        return out
    }
}
