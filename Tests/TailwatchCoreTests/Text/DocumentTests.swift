@testable import TailwatchCore
import XCTest

final class DocumentTests: XCTestCase {
    func testFoldsArabicLettersDigitsAndHyphens() {
        let doc = Document("أمس ٨ يونيو/حزيران I‑DIEM مُحَمَّد طـائرة")
        XCTAssertEqual(doc.folded, "امس 8 يونيو/حزيران I-DIEM محمد طايره")  // ئ folds to ي
    }

    func testByteRangesPointIntoTheOriginal() {
        let text = "وهبطت في بنغازي ــ reg:I‑DIEM"
        let doc = Document(text)
        let r = (doc.folded as NSString).range(of: "I-DIEM")
        XCTAssertEqual(doc.text(in: doc.byteRange(r)), "I‑DIEM")
        let b = (doc.folded as NSString).range(of: "بنغازي")
        XCTAssertEqual(doc.text(in: doc.byteRange(b)), "بنغازي")
    }

    func testDropsDirectionalMarksAndFoldsPresentationForms() {
        let doc = Document("\u{200F}\u{FEB7}\u{FEEE}x")  // RLM, sheen and waw presentation forms
        XCTAssertEqual(doc.folded, "شوx")
        XCTAssertEqual(doc.byteRange(NSRange(location: 0, length: 1)).start, 3)
    }

    func testKeyFoldsLatinDiacriticsAndCase() {
        XCTAssertEqual(TextFolding.key("Esenboğa Havalimanı"), "esenboga havalimani")
        XCTAssertEqual(TextFolding.key("Perşembe"), "persembe")
        XCTAssertEqual(TextFolding.key("الإثنين"), "الاثنين")
    }

    func testSentencesDoNotSplitInsideTypesOrAbbreviations() {
        let text = "An Italian Navy Piaggio P.180 (reg. MM62213) took off. It landed in Tripoli.\nNext line"
        let doc = Document(text)
        let tokens = Tokenizer.tokens(in: doc.folded)
        let s = Scopes.sentences(in: doc.folded, tokens: tokens)
        XCTAssertEqual(s.count, 3)
        XCTAssertEqual(s.map(\.paragraph), [0, 0, 1])
    }
}
