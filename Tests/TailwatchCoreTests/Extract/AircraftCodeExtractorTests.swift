@testable import TailwatchCore
import XCTest

final class AircraftCodeExtractorTests: XCTestCase {
    let extractor = AircraftCodeExtractor(cues: sharedKnowledge.identifierCues)
    let identifiers = IdentifierExtractor(grammar: sharedKnowledge.registrations, cues: sharedKnowledge.identifierCues, modelCodes: sharedKnowledge.catalog.modelCodes)

    func codes(_ doc: Document) -> [NSRange] {
        extractor.extract(doc, identifiers: identifiers.extract(doc).map(\.range)).map(\.range)
    }

    func values(_ text: String) -> [String] {
        let doc = Document(text)
        return extractor.extract(doc, identifiers: identifiers.extract(doc).map(\.range)).map { "\($0.value.kind.rawValue):\($0.value.value)" }
    }

    func testHexAddressesNamedOrBesideARegistration() {
        assertSpans("Falcon 900LX I-DIEM (hex ⟦33FE1C⟧) over Crete", codes)
        assertSpans("icao24: ⟦a5b3a8⟧ squawking 7700", codes)
        assertSpans("Mode-S ⟦4B1805⟧ was seen over Malta", codes)
        assertSpans("I-DIEM/⟦33FE1C⟧ heading south", codes)
        assertSpans("الطائرة ذات الرمز السداسي ⟦738A3C⟧ هبطت", codes)
        XCTAssertEqual(values("hex a5b3a8"), ["hex:A5B3A8"])
    }

    func testWordsAndNumbersAreNoAddresses() {
        assertSpans("a decade of facade work, 123456 people and the accede vote", codes)
        assertSpans("I-DIEM (ACCEDE) and I-DIEM 202106", codes)
    }

    func testCallsignsByDesignatorTelephonyOrCue() {
        assertSpans("USAF C-17 ⟦RCH123⟧ from Ramstein", codes)
        assertSpans("as ⟦REACH 123⟧ over the Med", codes)
        assertSpans("C-17A s/n 07-7178 as ⟦RCH 471⟧ from Ramstein", codes)
        assertSpans("A400M CT-03 / ⟦BAF632⟧ inbound Niamey", codes)
        assertSpans("RAF Voyager ZZ336 callsign ⟦ASCOT 4417⟧ to Akrotiri", codes)
        assertSpans("Italian Air Force ⟦IAM1403⟧ to Misrata", codes)
        assertSpans("callsign ⟦XYZ12⟧ unknown to us", codes)
        assertSpans("نداء ⟦CTM1043⟧ فوق البحر", codes)
        XCTAssertEqual(values("as REACH 123 and ASCOT 4417"), ["callsign:RCH123", "callsign:RRR4417"])
        XCTAssertEqual(extractor.extract(Document("IAM1403")).first?.value.operatorName, "Italian Air Force")
    }

    func testLookAlikesAreNoCallsigns() {
        // Missiles, a designator written apart from its number, flight numbers, codes.
        assertSpans("SAM 6 batteries, PAT 3 and TK1234, MS804, COVID 19, ISO 9001, SA-2", codes)
        assertSpans("UNSCR 1973 and NATO 2030", codes)
    }
}
