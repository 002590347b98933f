import Foundation

/// A gold sentence with its expected mentions marked inside it:
/// `Falcon ⟦I-DIEM⟧ (hex ⟦hex:33FE1C⟧) as ⟦callsign:ASCOT 4417|RRR4417⟧`.
/// A mark is `[kind:]written[|canonical]`; kind defaults to `registration`, the
/// canonical form to the written one with Unicode hyphens as "-".
public struct MarkedSentence: Sendable {
    public struct Mark: Hashable, Sendable {
        public var kind: String
        public var written: String
        public var canonical: String
    }

    public let text: String
    public let marks: [Mark]

    public static let kinds: Set<String> = ["registration", "hex", "callsign"]

    public init(_ marked: String) {
        var text = "", inside: String?
        var marks: [Mark] = []
        for ch in marked {
            if ch == "⟦" {
                inside = ""
            } else if ch == "⟧", let body = inside {
                var kind = "registration", rest = Substring(body)
                if let colon = rest.firstIndex(of: ":"), Self.kinds.contains(String(rest[..<colon])) {
                    kind = String(rest[..<colon])
                    rest = rest[rest.index(after: colon)...]
                }
                let parts = rest.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let written = String(parts[0])
                let canonical = parts.count > 1 ? String(parts[1]) : Document.fold(written)
                marks.append(Mark(kind: kind, written: written, canonical: canonical))
                text += written
                inside = nil
            } else if inside != nil {
                inside!.append(ch)
            } else {
                text.append(ch)
            }
        }
        self.text = text
        self.marks = marks
    }
}
