@testable import TailwatchCore
import XCTest

final class IdentifierExtractorTests: XCTestCase {
    let extractor = IdentifierExtractor(grammar: sharedKnowledge.registrations)

    func ids(_ doc: Document) -> [NSRange] { extractor.extract(doc).map(\.range) }

    func canonical(_ text: String) -> [String] { extractor.extract(Document(text)).map(\.value.canonical) }

    func testCivilRegistrationsInTheirWrittenForms() {
        assertSpans("Dassault Falcon 900LX reg:⟦I-DIEM⟧ heading #Libya", ids)
        assertSpans("Falcon 900LX ⟦I‑DIEM⟧ from Rome", ids)
        assertSpans("طائرة تحمل رقم التسجيل ⟦P4-RMA⟧ هبطت", ids)
        assertSpans("رقم ⟦N467AM⟧ من طراز", ids)
        assertSpans("⟦5A-DCN⟧, ⟦TC-TKB⟧, ⟦RA-78830⟧, ⟦SU-BTT⟧ and ⟦UR-CGW⟧", ids)
        assertSpans("Il-76TD ⟦EX-76008⟧ from Dubai", ids)
        assertSpans("kuyruk numarası ⟦9H-DFJ⟧ olan", ids)
    }

    func testMilitarySerials() {
        assertSpans("Italian Navy Piaggio P.180 (registration ⟦MM62213⟧)", ids)
        assertSpans("the first plane had flight number Reg: ⟦21-0118⟧", ids)
        XCTAssertEqual(canonical("طائرة بوينغ (الرقم 0201-02) تابعة للجيش الأمريكي"), ["02-0201"])
        // A serial in brackets after a model name needs no other context word.
        assertSpans("a second A400M (⟦14-0028⟧) landed at Al Watiya", ids)
        assertSpans("the score was (14-0028) in the final", ids)
    }

    func testLookAlikesAreNotAircraft() {
        assertSpans("F-16, Il-76, Su-24, MiG-29, C-130, A-10, MQ-9, TB-2, COVID-19, Su-35S, F-35A, KC-135", ids)
        assertSpans("Boeing 737-800, A320-200, ISO 9001, model XR-450, flight TK1234, N95 masks", ids)
        assertSpans("the 2021-22 season, 19-20 June, scores of 13-0009 without context", ids)
    }

    func testCountryOfRegistry() {
        let found = extractor.extract(Document("I-DIEM and 5A-POL")).map { $0.value.country }
        XCTAssertEqual(found, ["IT", "LY"])
    }
}
