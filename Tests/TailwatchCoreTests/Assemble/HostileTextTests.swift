import Foundation
@testable import TailwatchCore
import XCTest

/// Invisible and alternative spellings inside names and dates (issue 6): directional
/// marks, embeddings, tatweel, Arabic presentation forms, decomposed accents. The
/// defined outcome: the same flights as the plain spelling, with evidence that still
/// points at the text as written.
final class HostileTextTests: XCTestCase {
    let extractor = ArticleExtractor(knowledge: sharedKnowledge)

    func flights(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let extraction = extractor.extract(text: text, source: ArticleSource(path: "t.txt", sha256: "x"))
        XCTAssertEqual(EvidenceCheck.problems(in: extraction, text: text), [], file: file, line: line)
        return extraction.events.filter { $0.kind == .flight }
            .map { "\($0.registration ?? "?") \($0.origin?.key ?? "-")>\($0.destination?.key ?? "-") \($0.date?.iso ?? "-")" }
    }

    let arabic = "هبطت الطائرة I-DIEM في مطار بنينا في بنغازي يوم 8 يونيو 2020 قادمة من روما."
    let english = "I-DIEM flew from Forlì to Benghazi on 8 June 2020."

    func assertSame(_ variant: String, as plain: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = flights(plain, file: file, line: line)
        XCTAssertFalse(expected.isEmpty, "the plain spelling must yield a flight", file: file, line: line)
        XCTAssertEqual(flights(variant, file: file, line: line), expected, variant.debugDescription, file: file, line: line)
    }

    func testTatweelInsideNamesAndDates() {
        assertSame(arabic.replacingOccurrences(of: "بنغازي", with: "بنغـــازي")
            .replacingOccurrences(of: "يونيو", with: "يونـيو"), as: arabic)
    }

    func testDirectionalMarksInsideNamesAndDates() {
        assertSame(arabic.replacingOccurrences(of: "8 يونيو", with: "8\u{200F} يونيو\u{200F}")
            .replacingOccurrences(of: "بنينا", with: "بني\u{200F}نا"), as: arabic)
        assertSame(arabic.replacingOccurrences(of: "بنغازي", with: "\u{202B}بنغازي\u{202C}")
            .replacingOccurrences(of: "I-DIEM", with: "\u{202A}I-DIEM\u{202C}"), as: arabic)
        assertSame(english.replacingOccurrences(of: "8 June", with: "8\u{200F} June"), as: english)
    }

    func testArabicPresentationForms() {
        // بنغازي and بنينا written in isolated presentation forms (U+FE70–FEFF), as some PDFs export them.
        let forms: [Character: Character] = ["ب": "\u{FE8F}", "ن": "\u{FEE5}", "غ": "\u{FECD}", "ا": "\u{FE8D}", "ز": "\u{FEAF}", "ي": "\u{FEF1}"]
        let shaped = { (word: String) in String(word.map { forms[$0] ?? $0 }) }
        assertSame(arabic.replacingOccurrences(of: "بنغازي", with: shaped("بنغازي"))
            .replacingOccurrences(of: "بنينا", with: shaped("بنينا")), as: arabic)
    }

    func testDecomposedAndComposedAccentsReadAlike() {
        let decomposed = english.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array(english.unicodeScalars))
        assertSame(decomposed, as: english)
        assertSame(english.precomposedStringWithCanonicalMapping, as: english)
    }

    func testEveryCodePointOfThePresentationBlocksFolds() {
        // Unassigned ones and noncharacters (U+FBB2, U+FD40, U+FDD0, U+FE75) decompose to
        // themselves; folding used to recurse on them until the stack overflowed.
        for v in Array(0xFB50...0xFDFF) + Array(0xFE70...0xFEFC) {
            let s = Unicode.Scalar(UInt32(v))!
            let text = "I-DIEM \(s) flew from Rome to Benghazi on 8 June 2020 \(s)."
            XCTAssertFalse(Document(text).folded.isEmpty)
        }
        XCTAssertEqual(Document("\u{FBB2}\u{FD40}").folded, "\u{FBB2}\u{FD40}")
    }
}
