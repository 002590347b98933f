import Foundation

/// Mention-level scores of aircraft identifiers (registrations and serials, hex
/// addresses, callsigns) against sentences with their gold mentions marked.
public struct IdentifierEvalReport: Sendable {
    public var sentences = 0
    public var scores: [String: FieldScore] = [:]
    /// Each miss and false alarm, for reading.
    public var details: [String] = []
    /// Sentences per second through the identifier extractors alone.
    public var sentencesPerSecond: Double = 0
}

public enum IdentifierEval {
    /// Reads a TSV of `lang<TAB>marked sentence` lines (see Fixtures/identifiers) and
    /// scores what the extractors find: a mention is right when its kind, written span
    /// and canonical form all agree.
    public static func run(path: String, knowledge: Knowledge) throws -> IdentifierEvalReport {
        let table = try DataTable(name: path, text: String(contentsOfFile: path, encoding: .utf8))
        let sentences = table.records().map { (lang: $0["lang"], sentence: MarkedSentence($0["sentence"])) }
        let extractor = ArticleExtractor(knowledge: knowledge)
        var report = IdentifierEvalReport()
        report.sentences = sentences.count
        for kind in MarkedSentence.kinds { report.scores[kind] = FieldScore() }
        let started = Date()
        for (lang, s) in sentences {
            let doc = Document(s.text)
            let found = extractor.aircraftMentions(in: doc, tokens: Tokenizer.tokens(in: doc.units))
            var predicted = found.identifiers.map {
                MarkedSentence.Mark(kind: "registration", written: doc.text(in: doc.byteRange($0.range)), canonical: $0.value.canonical)
            }
            predicted += found.codes.map {
                MarkedSentence.Mark(kind: $0.value.kind.rawValue, written: doc.text(in: doc.byteRange($0.range)), canonical: $0.value.value)
            }
            var unmatched = s.marks
            for p in predicted {
                report.scores[p.kind, default: FieldScore()].predicted += 1
                if let i = unmatched.firstIndex(of: p) {
                    report.scores[p.kind, default: FieldScore()].truePositives += 1
                    unmatched.remove(at: i)
                } else {
                    report.details.append("false \(p.kind) \(p.written) → \(p.canonical) [\(lang)] in: \(s.text)")
                }
            }
            for g in s.marks { report.scores[g.kind, default: FieldScore()].gold += 1 }
            for g in unmatched { report.details.append("missed \(g.kind) \(g.written) → \(g.canonical) [\(lang)] in: \(s.text)") }
        }
        let seconds = Date().timeIntervalSince(started)
        report.sentencesPerSecond = seconds > 0 ? Double(sentences.count) / seconds : 0
        return report
    }
}
