@testable import TailwatchCore
import XCTest

final class IdentifierExtractorTests: XCTestCase {
    let extractor = IdentifierExtractor(grammar: sharedKnowledge.registrations, cues: sharedKnowledge.identifierCues, modelCodes: sharedKnowledge.catalog.modelCodes)

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

    func idsAfterTypes(_ doc: Document) -> [NSRange] {
        let types = TypeExtractor(catalog: sharedKnowledge.catalog).types(doc, Tokenizer.tokens(in: doc.folded))
        return extractor.extract(doc, typeRanges: types.map(\.range)).map(\.range)
    }

    func testGermanTacticalCodesWithTheirAirForceOrModel() {
        assertSpans("German Air Force A400M ⟦54+01⟧ over Crete", idsAfterTypes)
        assertSpans("Luftwaffe A321 ⟦15+01⟧ at Erbil", idsAfterTypes)
        assertSpans("the vote was 54+01 in favour, 10+03 against", idsAfterTypes)
    }

    func testNumberOnlySerialsNeedTheirModelOrSerialWordAndAnAirForce() {
        assertSpans("Egyptian Air Force C-130H ⟦1283⟧ landed at Benina", idsAfterTypes)
        assertSpans("US Navy C-40A BuNo ⟦166693⟧ left Sigonella", idsAfterTypes)
        assertSpans("طائرة سي-130 تابعة للقوات الجوية الإماراتية رقم ⟦1215⟧ هبطت", idsAfterTypes)
        // A quantity, a year, a number without a model or serial word, or no air force.
        assertSpans("the Egyptian Air Force C-130H 1500 km away", idsAfterTypes)
        assertSpans("Egyptian Air Force said 1283 troops and 2020 C-130H", idsAfterTypes)
        assertSpans("Air force C-130H 2019 delivery", idsAfterTypes)
        assertSpans("Cairo Airport C-130H 1283 tickets", idsAfterTypes)
    }

    func testMoroccanGreekAndHungarianAirForceSerials() {
        assertSpans("a Royal Moroccan Air Force KC-130H, ⟦CNA-OT⟧, left Kenitra", ids)
        assertSpans("Hellenic Air Force ERJ-145H serial ⟦145-374⟧ over Crete", idsAfterTypes)
        assertSpans("Hungarian Defence Forces A319, tail number ⟦604⟧, landed in Kyiv", idsAfterTypes)
        assertSpans("طائرة إماراتية من طراز C-130 تحمل الرقم العسكري ⟦1211⟧ هبطت في الخرطوم", idsAfterTypes)
        // Three digits need a serial word and an air force: a count, a flight number, a page;
        // the Embraer shape needs an air-force or registration word near.
        assertSpans("the Air Force flew 604 sorties", idsAfterTypes)
        assertSpans("the vote was 145-374 in the second round", idsAfterTypes)
        assertSpans("Hungarian Defence Forces said flight 606 was cancelled on page 212", idsAfterTypes)
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
