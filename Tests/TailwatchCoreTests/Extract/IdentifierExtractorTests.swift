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

    func written(_ text: String) -> [String] { extractor.extract(Document(text)).map { $0.value.written ?? "=" } }

    func testUnderscoredSpacedAndSplitRegistrations() {
        assertSpans("أقلعت الطائرة ⟦RA_76512⟧ من موسكو", ids)
        assertSpans("رصد الرحلة ⟦RA_765 12⟧ فوق البحر", ids)
        assertSpans("two A330s, ⟦F- UJCA⟧ and ⟦F-UJCB⟧, flew south", ids)
        assertSpans("the Il-76 ⟦RA- 76512⟧ left Rostov", ids)
        XCTAssertEqual(canonical("رصد الرحلة RA_765 12 فوق البحر"), ["RA-76512"])
        XCTAssertEqual(written("رصد الرحلة RA_765 12 فوق البحر"), ["RA_765 12"])
        XCTAssertEqual(written("the aircraft F- UJCA and F-UJCB"), ["F- UJCA", "="])
        // A hyphen and a space before a word that fits no mark; a split number after a full registration.
        assertSpans("the A- TEAM and the B- SIDE", ids)
        assertSpans("⟦RA-76512⟧ 12 times", ids)
    }

    func testGluedToArabicAndReversedByBidiTyping() {
        assertSpans("طائرة رقم⟦SU-BTM⟧ هبطت في القاهرة", ids)
        XCTAssertEqual(canonical("طائرة بيلاروسية تحمل الرقم 76512-EW هبطت"), ["EW-76512"])
        XCTAssertEqual(written("طائرة بيلاروسية تحمل الرقم 76512-EW هبطت"), ["76512-EW"])
        XCTAssertEqual(canonical("طائرة سي-17 تابعة لسلاح الجو الأمريكي رقم 1003-10 هبطت"), ["10-1003"])
        // Left-to-right text keeps what it says.
        XCTAssertEqual(canonical("the number 76512-EW in the list"), [])
    }

    func testGluedMarksAfterARegistrationWordAndStrayHyphens() {
        XCTAssertEqual(canonical("طائرة عراقية ذات التسجيل YIAQB قادمة من طهران"), ["YI-AQB"])
        XCTAssertEqual(canonical("un Cessna immatriculé RA-6-718A en provenance de Bangui"), ["RA-6718A"])
        // No registration word: a glued letter word stays a word.
        XCTAssertEqual(canonical("the YIAQB protocol and RA-6-718A form"), [])
    }

    func testNavyBuNosAndNumberedSerials() {
        assertSpans("طائرة تابعة للبحرية الأمريكية من طراز بي-8 برقم تسجيل “⟦168430⟧” فوق البحر", idsAfterTypes)
        assertSpans("طائرة استطلاع كانت تحمل الرقم التمييزي ⟦168431⟧ وانطلقت من صقلية", idsAfterTypes)
        assertSpans("طائرة يونانية تابعة للقوات الجوية اليونانية برقم تسجيل ⟦375⟧ أقلعت", idsAfterTypes)
        assertSpans("⟦165432⟧ numaralı bir P-8A uçağı Sigonella'dan kalktı", idsAfterTypes)
        assertSpans("⟦11-2045⟧ numaralı RQ-4B Global Hawk da bölgedeydi", idsAfterTypes)
        // A number named only by a registration word, with no air force, model or aircraft-number word.
        assertSpans("قرار مجلس الأمن رقم تسجيل 168430 صدر أمس", idsAfterTypes)
        assertSpans("165432 numaralı karar yayımlandı", idsAfterTypes)
    }

    func testSerialsListedInBracketsAfterAType() {
        assertSpans("three KC-135R (⟦62-3510⟧, ⟦59-1460⟧, ⟦64-14830⟧) crossed eastbound", idsAfterTypes)
        assertSpans("two C-17A (⟦10-0213⟧ and ⟦10-0214⟧) landed", idsAfterTypes)
        // Scores and seasons listed after no serial stay numbers.
        assertSpans("the results (21-0118, 19-0020, 2021-22) were read out", idsAfterTypes)
    }

    func testMultinationalAndStateFleets() {
        assertSpans("a NATO RQ-4D (reg. ⟦MM-AV-SA0017⟧ – c/s MAGMA11) left Sigonella", ids)
        assertSpans("طائرة من طراز Gulfstream IV رقمها ⟦HZ-104⟧ أقلعت من الرياض", ids)
        assertSpans("the MM-AV-SA0017 form without context, HZ-1043 and HZ-10", ids)
    }

    func testCountryOfRegistry() {
        let found = extractor.extract(Document("I-DIEM and 5A-POL")).map { $0.value.country }
        XCTAssertEqual(found, ["IT", "LY"])
    }
}
