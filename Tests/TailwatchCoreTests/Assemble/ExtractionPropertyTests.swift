import Foundation
import PropertyBased
@testable import TailwatchCore
import Testing

/// Properties of extraction over generated articles (issue 6): it never crashes, every
/// source range lies inside the text on character boundaries, and every snippet is the
/// text at its offsets. The inputs are built from the pieces extraction reacts to
/// (registrations, places, dates, route words in four languages) mixed with the
/// characters that shift offsets: multi-byte scripts, marks folding drops or expands,
/// decomposed accents, CR, emoji.
struct ExtractionPropertyTests {
    static let extractor = ArticleExtractor(knowledge: sharedKnowledge)

    static let pieces: [String] = [
        "I-DIEM", "EW-78843", "MM62243", "YK-BAG", "TC-SAB", "5A-DKA", "N12345", "A6-", "reg:", "I‑DIEM",
        " flew ", " from ", " to ", " landed at ", " departed ", " via ", "Rome", "Benghazi", "Benina", "Damascus",
        "Minsk National Airport", "Forlì", "Forli\u{0300}", "HLLB", "OSDI", "BEN", "Isparta", "Ankara'ya",
        "بنغازي", "بنغـــازي", "مطار بنينا", "طرابلس", "هبطت", "أقلعت", "من", "إلى", "\u{FEB7}\u{FEEE}", "\u{FEFB}",
        " on ", "8 June 2020", "June 8, 2020", "13Feb2020", "٨ يونيو/حزيران ٢٠٢٠", "21 ottobre 2020", "12 Mart 2021",
        "Monday", "yesterday", "أمس", "الإثنين", " 10:45 UTC", "saat 10.45", " date 2020-11\n", "Il-76TD", "Falcon 900LX",
        "\u{200F}", "\u{202B}", "\u{202C}", "\u{200B}", "\u{FEFF}", "\u{0640}", "\u{064E}", "\u{0301}", "\u{00AD}",
        ". ", ", ", "\n", "\n\n", "\r\n", "\t", "  ", "(", ")", "\"", "'", "/", "-", "–", "…", "🛩️", "👩‍✈️", "e\u{0301}",
        "𝐀", "ﷺ", "\u{2028}", "1", "2020", "٢٠", "#", "@",
    ]

    /// Articles of 0 to 60 pieces.
    static let articles = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...60).map { $0.joined() }

    /// Arbitrary text: any scalar outside the surrogates, with some spaces and newlines.
    static let noise = Gen<Character>.oneOf(
        Gen.unicodeScalar(in: "\u{1}"..."\u{D7FF}").map { Character($0) }.eraseToAnySequence(),
        Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}").map { Character($0) }.eraseToAnySequence(),
        Gen<Character?>.element(of: Array(" \n.,-") as [Character]).map { $0 ?? " " }.eraseToAnySequence()
    ).string(of: 0...200)

    static func check(_ text: String) {
        let extraction = extractor.extract(text: text, source: ArticleSource(path: "p.txt", sha256: "p"))
        let problems = EvidenceCheck.problems(in: extraction, text: text)
        #expect(problems.isEmpty, "\(problems) in \(text.debugDescription)")
        for e in extraction.events { #expect(!e.sources.isEmpty, "an event without evidence in \(text.debugDescription)") }
    }

    @Test func evidenceOfGeneratedArticlesPointsAtTheirText() async {
        await propertyCheck(count: 300, input: Self.articles) { Self.check($0) }
    }

    @Test func arbitraryTextNeverCrashesExtraction() async {
        await propertyCheck(count: 200, input: Self.noise) { Self.check($0) }
    }

    @Test func byteRangesOfAnyFoldedRangeStayInsideTheText() async {
        await propertyCheck(count: 300, input: Self.articles, Gen.int(in: 0...400), Gen.int(in: 0...400)) { text, a, b in
            let doc = Document(text)
            let count = (doc.folded as NSString).length
            let lo = min(a, b) % (count + 1), hi = min(count, lo + abs(a - b))
            let r = doc.byteRange(NSRange(location: lo, length: hi - lo))
            #expect(0 <= r.start && r.start <= r.end && r.end <= text.utf8.count, "\(r) for \(lo)..<\(hi) in \(text.debugDescription)")
        }
    }

    /// The checker itself: a snippet that is not the text at its offsets is caught.
    @Test func theCheckCatchesEvidenceThatPointsElsewhere() {
        let text = "I-DIEM flew from Rome to Benghazi on 8 June 2020."
        var extraction = Self.extractor.extract(text: text, source: ArticleSource(path: "p.txt", sha256: "p"))
        #expect(EvidenceCheck.problems(in: extraction, text: text).isEmpty)
        #expect(!extraction.events.isEmpty)
        extraction.events[0].sources[0].start += 1
        #expect(EvidenceCheck.problems(in: extraction, text: text).count == 1)
        extraction.events[0].sources[0].end = text.utf8.count + 5
        #expect(EvidenceCheck.problems(in: extraction, text: text).first?.contains("outside") == true)
    }
}
