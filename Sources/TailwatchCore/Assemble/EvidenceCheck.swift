import Foundation

/// Checks that an extraction's evidence points into the text it was read from:
/// every source's byte range lies inside the text, on character boundaries, and its
/// snippet is the text found there. The fuzzer and the property tests assert it; a
/// stored offset that drifts would send a user to the wrong words.
public enum EvidenceCheck {
    /// One line per broken promise; empty when the evidence is sound.
    public static func problems(in extraction: ArticleExtraction, text: String) -> [String] {
        let doc = Document(text)
        let utf8 = text.utf8
        let count = utf8.count
        var problems: [String] = []
        for event in extraction.events {
            for s in event.sources {
                guard 0 <= s.start, s.start <= s.end, s.end <= count else {
                    problems.append("\(event.identifier ?? "?"): range \(s.start)..<\(s.end) outside 0..<\(count)")
                    continue
                }
                let lo = utf8.index(utf8.startIndex, offsetBy: s.start)
                let hi = utf8.index(utf8.startIndex, offsetBy: s.end)
                // A range that splits a scalar would make the stored evidence undecodable.
                guard lo.samePosition(in: text.unicodeScalars) != nil, hi.samePosition(in: text.unicodeScalars) != nil else {
                    problems.append("\(event.identifier ?? "?"): range \(s.start)..<\(s.end) splits a character")
                    continue
                }
                if s.snippet != doc.snippet(ByteRange(s.start, s.end)) {
                    problems.append("\(event.identifier ?? "?"): snippet \"\(s.snippet)\" is not the text at \(s.start)..<\(s.end)")
                }
            }
        }
        return problems
    }
}
