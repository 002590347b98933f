@testable import TailwatchCore
import XCTest

final class TypeExtractorTests: XCTestCase {
    let extractor = TypeExtractor(catalog: sharedKnowledge.catalog)

    func types(_ doc: Document) -> [NSRange] { extractor.types(doc, Tokenizer.tokens(in: doc.folded)).map(\.range) }
    func operators(_ doc: Document) -> [NSRange] { extractor.operators(doc, Tokenizer.tokens(in: doc.folded)).map(\.range) }

    func designators(_ text: String) -> [String] {
        let doc = Document(text)
        return extractor.types(doc, Tokenizer.tokens(in: doc.folded)).map(\.value.designator)
    }

    func testTypesAsTheGenreWritesThem() {
        assertSpans("Italian Intelligence ⟦Dassault Falcon-900LX⟧ is from Rome", types)
        assertSpans("Turkish Air Force ⟦A400M⟧, 16-0055, was picked up", types)
        assertSpans("والطائرة تصنيع فرنسي من طراز ⟦Dassault Falcon-900LX⟧", types)
        assertSpans("طائرة شحن من طراز ⟦إليوشن Il-76TD⟧ وصلت", types)
        assertSpans("Egyptian Air Force ⟦C-130H⟧ SU-BEY took off", types)
        assertSpans("an Italian Air Force ⟦KC-767A⟧ (MM62226)", types)
    }

    func testModelCodesSpelledInArabicLetterNames() {
        let spelling = TypeExtractor(catalog: sharedKnowledge.catalog, letterNames: sharedKnowledge.letterNames)
        func designators(_ text: String) -> [String] {
            let doc = Document(text)
            return spelling.types(doc, Tokenizer.tokens(in: doc.folded)).map(\.value.designator)
        }
        XCTAssertEqual(designators("طائرة سي-17 وطائرة إف-16"), ["C17", "F16"])
        XCTAssertEqual(designators("طائرة كيه سي-135 وطائرة آر سي-135"), ["K35R", "R135"])
        XCTAssertEqual(designators("طائرة إيه 400 إم التركية"), ["A400"])
        // "بي" is B or P: the reading that names a type.
        XCTAssertEqual(designators("طائرة بي-8 بوسيدون"), ["P8"])
        // The variant letter written onto the number.
        XCTAssertEqual(designators("طائرة إم كيو-4سي"), ["Q4"])
        // Acronyms and years are no models.
        XCTAssertEqual(designators("قالت بي بي سي في 2020 إن إف بي آي"), [])
    }

    func testDesignators() {
        XCTAssertEqual(designators("Dassault Falcon 900LX"), ["F900"])
        XCTAssertEqual(designators("Ilyushin Il-76TD"), ["IL76"])
        XCTAssertEqual(designators("Lockheed C-130J"), ["C30J"])
        XCTAssertEqual(designators("An-124"), ["A124"])
        XCTAssertEqual(designators("إليوشن 76"), ["IL76"])
    }

    func testOperators() {
        assertSpans("⟦Italian intelligence⟧ agency (⟦Compagnia Aeronautica Italiana SpA⟧)", operators)
        assertSpans("⟦Cham Wings⟧ A320 YK-BAG Damascus", operators)
        assertSpans("a C-130J of the ⟦Italian Air Force⟧ (MM62194)", operators)
        assertSpans("شركة \"⟦أجنحة الشام⟧\" السورية", operators)
    }

    func testWordsThatAreNotTypesOrOperators() {
        assertSpans("the Atlas mountains, a hawk, the Typhoon season, a caravan of trucks", types)
        assertSpans("the minister said the government would fly home", operators)
    }
}
