@testable import TailwatchCore
import XCTest

final class SpelledIdentifierReaderTests: XCTestCase {
    let reader = SpelledIdentifierReader(names: sharedKnowledge.letterNames, grammar: sharedKnowledge.registrations,
                                         modelCodes: sharedKnowledge.catalog.modelCodes)

    func spans(_ doc: Document) -> [NSRange] { reader.read(doc, Tokenizer.tokens(in: doc.folded)).map(\.range) }

    func canonical(_ text: String) -> [String] {
        let doc = Document(text)
        return reader.read(doc, Tokenizer.tokens(in: doc.folded)).map(\.value.canonical)
    }

    func testRegistrationsSpelledInArabicLetterNames() {
        assertSpans("أقلعت طائرة تحمل اسم ( ⟦4 إيكس- سي يو زد⟧) من مطار اللد", spans)
        assertSpans("هبطت الطائرة ⟦يو آر- سي إيه جي⟧ في مطار بنينا", spans)
        assertSpans("الطائرة ⟦إيه 6- إي إتش كيه⟧ القادمة من أبوظبي", spans)
        XCTAssertEqual(canonical("أقلعت الطائرة 4 إيكس- سي يو زد من اللد"), ["4X-CUZ"])
        XCTAssertEqual(canonical("الطائرة إيه 6- إي إتش كيه"), ["A6-EHK"])
        // "بي" is B or P: the reading the grammar takes wins.
        XCTAssertEqual(canonical("الطائرة بي 4- آر إم إيه"), ["P4-RMA"])
    }

    func testAWordBeforeTheMarkThatIsAlsoALetterNameIsLeftOut() {
        // "في" (in) is also V: "V4X-CUZ" is no mark, "4X-CUZ" is.
        XCTAssertEqual(canonical("هبطت في 4 إيكس- سي يو زد"), ["4X-CUZ"])
    }

    func testAcronymsAndTypesAreNoRegistrations() {
        assertSpans("قالت بي بي سي إن طائرة سي-130 هبطت", spans)
        assertSpans("مكتب إف بي آي وطائرة إف-16 وطائرة إم كيو-9", spans)
        assertSpans("أو في ال سي آي إيه", spans)
        // The mark's hyphen must be written.
        assertSpans("4 إيكس سي يو زد", spans)
    }
}
