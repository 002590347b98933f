import Foundation
@testable import TailwatchCore
import XCTest

/// The registration grammar against its own tables (issue 3): every nationality mark and
/// military serial format reads its example and refuses a suffix out of format; the whole
/// extractor finds registrations as news writes them and leaves look-alikes alone.
///
/// Not supported, on purpose: a hyphenated mark written without its hyphen, as in the
/// hashtag `#IDIEM` (see `testHyphenatedMarksNeedTheirHyphen`); `#I-DIEM` is read.
final class RegistrationGrammarTests: XCTestCase {
    let grammar = sharedKnowledge.registrations
    let extractor = IdentifierExtractor(grammar: sharedKnowledge.registrations, cues: sharedKnowledge.identifierCues, modelCodes: sharedKnowledge.catalog.modelCodes)

    // MARK: - The tables as the tests read them

    /// One row of `nationality_marks.tsv`.
    struct MarkRow {
        let prefix: String
        let country: String
        let suffix: NSRegularExpression
        let hyphenated: Bool
        let example: String

        init(_ r: DataTable.Record) throws {
            prefix = r["prefix"]
            country = r["country"]
            suffix = try NSRegularExpression(pattern: "^(?:\(r["suffix_regex"]))$")
            hyphenated = r["hyphen"] != "no"
            example = r["example"]
        }

        var label: String { "\(prefix) (\(country))" }
        /// The example without its mark (and hyphen).
        var exampleSuffix: String { String(example.dropFirst(prefix.count + (hyphenated ? 1 : 0))) }
        /// A registration of this mark with `suffix` after it, written the row's way.
        func written(_ suffix: String) -> String { hyphenated ? "\(prefix)-\(suffix)" : prefix + suffix }
    }

    /// One row of `military_serials.tsv`.
    struct SerialRow {
        let name: String
        let country: String
        let pattern: NSRegularExpression
        let canonical: String
        let needsContext: Bool
        let example: String

        init(_ r: DataTable.Record) throws {
            name = r["name"]
            country = r["country"]
            pattern = try NSRegularExpression(pattern: "^(?:\(r["regex"]))$")
            canonical = r["canonical"]
            needsContext = r["needs_context"] == "yes"
            example = r["example"]
        }

        /// The example in canonical form, by the rule the table's header states.
        var expectedCanonical: String {
            switch canonical {
            case "usaf":
                let digits = example.filter(\.isNumber)
                return String(digits.prefix(2)) + "-" + String(digits.dropFirst(2))
            case "upper": return example.uppercased()
            default: return example
            }
        }
    }

    static func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(location: 0, length: s.utf16.count)) != nil
    }

    func markRows() throws -> [MarkRow] {
        let rows = try DataTable.resource("nationality_marks").records().map(MarkRow.init)
        XCTAssertGreaterThan(rows.count, 200, "nationality_marks.tsv lost rows")
        return rows
    }

    func serialRows() throws -> [SerialRow] {
        let rows = try DataTable.resource("military_serials").records().map(SerialRow.init)
        XCTAssertGreaterThan(rows.count, 10, "military_serials.tsv lost rows")
        return rows
    }

    /// Suffixes that break `row`'s format, derived from its example: letters and digits
    /// swapped, one and two characters too long, and a mixed run longer than any format.
    /// Only those that no row of the same mark accepts are kept.
    static func brokenSuffixes(_ row: MarkRow, among rows: [MarkRow]) -> [String] {
        let body = row.exampleSuffix
        let swapped = String(body.map { $0.isNumber ? "Q" : "7" })
        let pad: Character = body.last?.isNumber == true ? "7" : "Q"
        let candidates = [swapped, body + String(pad), body + String([pad, pad]), "Q1Q1Q1Q"]
        let sameMark = rows.filter { $0.prefix == row.prefix }
        var out: [String] = []
        for c in candidates where !out.contains(c) && !sameMark.contains(where: { matches($0.suffix, c) }) {
            out.append(c)
        }
        return out
    }

    // MARK: - Helpers for running text

    /// "I-DIEM IT" for a civil registration, "MM62243 IT military" for a serial.
    static func describe(_ id: AircraftIdentifier) -> String {
        "\(id.canonical) \(id.country ?? "-")" + (id.kind == .military ? " military" : "")
    }

    /// Checks the extractor finds exactly the marked identifiers, read as `expected`.
    func assertAircraft(_ marked: String, _ expected: String..., file: StaticString = #filePath, line: UInt = #line) {
        let m = MarkedText(marked)
        let doc = Document(m.text)
        let found = extractor.extract(doc)
        XCTAssertEqual(found.map { doc.text(in: doc.byteRange($0.range)) }, m.expected, "in: \(m.text)", file: file, line: line)
        XCTAssertEqual(found.map { Self.describe($0.value) }, expected, "in: \(m.text)", file: file, line: line)
    }

    /// Checks the extractor finds nothing in `text`.
    func assertNoAircraft(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = extractor.extract(Document(text)).map { Self.describe($0.value) }
        XCTAssertEqual(found, [], "in: \(text)", file: file, line: line)
    }

    // MARK: - 1. Every nationality mark

    func testEveryNationalityMarkReadsItsExample() throws {
        for row in try markRows() {
            let id = grammar.identify(row.example, hasContext: false)
            XCTAssertEqual(id?.kind, .civil, "\(row.label): \(row.example) is not read as civil")
            XCTAssertEqual(id?.country, row.country, "\(row.label): \(row.example)")
            XCTAssertEqual(id?.canonical, row.example, "\(row.label): \(row.example)")
        }
    }

    func testEveryNationalityMarkRefusesASuffixOutOfFormat() throws {
        let rows = try markRows()
        for row in rows {
            let broken = Self.brokenSuffixes(row, among: rows)
            XCTAssertGreaterThanOrEqual(broken.count, 2, "\(row.label): too few out-of-format suffixes derived")
            for suffix in broken {
                let token = row.written(suffix)
                XCTAssertNil(grammar.identify(token, hasContext: true), "\(row.label): \(token) is read")
            }
        }
    }

    func testEveryNationalityMarkExampleIsFoundInRunningText() throws {
        for row in try markRows() {
            let text = "The jet \(row.example) landed at Benina."
            let found = extractor.extract(Document(text)).map(\.value)
            XCTAssertEqual(found.map(\.canonical), [row.example], "\(row.label) in: \(text)")
            XCTAssertEqual(found.first?.country, row.country, "\(row.label) in: \(text)")
        }
    }

    /// N467AM may also be written N-467AM; its canonical form has no hyphen.
    func testUnhyphenatedMarksAlsoReadWithAHyphen() throws {
        for row in try markRows() where !row.hyphenated {
            let token = "\(row.prefix)-\(row.exampleSuffix)"
            let id = grammar.identify(token, hasContext: false)
            XCTAssertEqual(id?.canonical, row.example, "\(row.label): \(token)")
            XCTAssertEqual(id?.country, row.country, "\(row.label): \(token)")
        }
    }

    /// IDIEM (as in the hashtag #IDIEM) is not read: without its hyphen a letter mark is not
    /// told from an ordinary word or code. A mark with a digit ("5ADCN", "A6EHK") is unusual
    /// enough to read without its hyphen, but only next to a registration word or a model.
    func testHyphenatedMarksNeedTheirHyphen() throws {
        for row in try markRows() where row.hyphenated {
            let token = row.prefix + row.exampleSuffix
            if row.prefix.contains(where: \.isNumber) {
                XCTAssertNil(grammar.identify(token, hasContext: false), "\(row.label): \(token) is read without context")
                XCTAssertEqual(grammar.identify(token, hasContext: true)?.country, row.country, "\(row.label): \(token)")
            } else {
                XCTAssertNil(grammar.identify(token, hasContext: true), "\(row.label): \(token) is read")
            }
        }
    }

    // MARK: - 2. Every military serial format

    func testEveryMilitarySerialReadsItsExample() throws {
        let rows = try serialRows()
        for (i, row) in rows.enumerated() {
            let id = grammar.identify(row.example, hasContext: true)
            XCTAssertEqual(id?.kind, .military, "\(row.name): \(row.example) is not read as military")
            XCTAssertEqual(id?.canonical, row.expectedCanonical, "\(row.name): \(row.example)")
            // Rows that share a shape (USAF/Turkish, Egyptian/UAE) give the first row's
            // country whatever the words around: the later row's country is not checked.
            if !rows[..<i].contains(where: { Self.matches($0.pattern, row.example) }) {
                XCTAssertEqual(id?.country, row.country, "\(row.name): \(row.example)")
            }
        }
    }

    func testMilitarySerialsThatNeedContextAreNotReadWithoutIt() throws {
        for row in try serialRows() {
            let id = grammar.identify(row.example, hasContext: false)
            if row.needsContext {
                XCTAssertNil(id, "\(row.name): \(row.example) is read without context")
            } else {
                XCTAssertEqual(id?.kind, .military, "\(row.name): \(row.example) needs no context")
            }
        }
    }

    // MARK: - 3. Registrations and serials as news writes them

    func testRegistrationsInRunningText() {
        // Marks written without a hyphen, with one or not.
        assertAircraft("Musk's Gulfstream ⟦N628TS⟧ flew to Austin", "N628TS US")
        assertAircraft("the Gulfstream ⟦N-628TS⟧ flew to Austin", "N628TS US")
        assertAircraft("a Boeing 747 ⟦JA8089⟧ at Haneda", "JA8089 JP")
        assertAircraft("a Boeing 747 ⟦JA-8089⟧ at Haneda", "JA8089 JP")
        assertAircraft("Korean Air ⟦HL7634⟧ left Incheon", "HL7634 KR")
        // The registration words of the genre.
        assertAircraft("Dassault Falcon 900LX reg:⟦I-DIEM⟧ heading #Libya", "I-DIEM IT")
        assertAircraft("the Falcon (reg. ⟦5A-DCN⟧) landed at Mitiga", "5A-DCN LY")
        assertAircraft("registration ⟦ST-WTA⟧ was seen in Khartoum", "ST-WTA SD")
        assertAircraft("#⟦I-DIEM⟧ over the Mediterranean", "I-DIEM IT")
        // Unicode hyphens inside the registration.
        assertAircraft("Falcon ⟦I\u{2010}DIEM⟧ from Rome", "I-DIEM IT")
        assertAircraft("Falcon ⟦I\u{2011}DIEM⟧ from Rome", "I-DIEM IT")
        assertAircraft("Falcon ⟦I\u{2013}DIEM⟧ from Rome", "I-DIEM IT")
        // Between Arabic words, with Arabic-Indic digits.
        assertAircraft("الطائرة ذات التسجيل ⟦5A-DCN⟧ هبطت", "5A-DCN LY")
        assertAircraft("هبطت طائرة ⟦TC-TKB⟧ في مطار معيتيقة", "TC-TKB TR")
        assertAircraft("طائرة إليوشن ⟦RA-٧٨٨٣٠⟧ وصلت", "RA-78830 RU")
        // Marks of the genre and the odd formats.
        assertAircraft("Il-76TD ⟦EX-76008⟧ from Dubai", "EX-76008 KG")
        assertAircraft("An-124 ⟦UR-82072⟧ at Hostomel", "UR-82072 UA")
        assertAircraft("the royal 747 ⟦HZ-HM1⟧ landed", "HZ-HM1 SA")
        assertAircraft("Emirates A380 ⟦A6-EDA⟧ diverted", "A6-EDA AE")
        assertAircraft("Cathay ⟦B-HNR⟧, China Eastern ⟦B-1791⟧ and EVA ⟦B-16701⟧", "B-HNR HK", "B-1791 CN", "B-16701 TW")
        assertAircraft("Bermuda-registered ⟦VP-BDK⟧ and ⟦VQ-BSS⟧", "VP-BDK BM", "VQ-BSS BM")
        assertAircraft("NATO E-3A ⟦LX-N90442⟧ over Romania", "LX-N90442 LU")
        assertAircraft("Air Algérie ⟦7T-VKA⟧ at Houari Boumediene", "7T-VKA DZ")
        assertAircraft("⟦C-GFAF⟧, ⟦CU-T1240⟧ and ⟦RP-C3441⟧", "C-GFAF CA", "CU-T1240 CU", "RP-C3441 PH")
        assertAircraft("Gulf Air ⟦A9C-BRF⟧ and Oman ⟦A4O-AA⟧", "A9C-BRF BH", "A4O-AA OM")
        assertAircraft("Turkish ⟦TC-JJE⟧, Libyan ⟦5A-ONE⟧ and Maltese ⟦9H-DFJ⟧.", "TC-JJE TR", "5A-ONE LY", "9H-DFJ MT")
        assertAircraft("EgyptAir ⟦SU-GDM⟧ to Cairo", "SU-GDM EG")
        assertAircraft("a Lufthansa A350 (⟦D-ABYA⟧) at Frankfurt", "D-ABYA DE")
        assertAircraft("Air France ⟦F-GSPA⟧; BA ⟦G-XLEA⟧.", "F-GSPA FR", "G-XLEA GB")
        assertAircraft("Laos ⟦RDPL-34567⟧ and Rwanda ⟦9XR-NU⟧", "RDPL-34567 LA", "9XR-NU RW")
        assertAircraft("Air Koryo Il-62 ⟦P-885⟧ in Vladivostok", "P-885 KP")
    }

    func testMilitarySerialsInRunningText() {
        assertAircraft("Italian Air Force C-130J ⟦MM62243⟧ landed", "MM62243 IT military")
        assertAircraft("a C-130J ⟦MM62194⟧ landed in Misrata", "MM62194 IT military")
        assertAircraft("A USAF C-17 (AF ⟦10-0205⟧) landed", "10-0205 US military")
        assertAircraft("Il-76MD ⟦RF-94291⟧ landed at Al Khadim", "RF-94291 RU military")
        assertAircraft("Voyager ⟦ZZ336⟧ landed at Akrotiri", "ZZ336 GB military")
        assertAircraft("RAF Hercules ⟦ZH866⟧ landed", "ZH866 GB military")
        assertAircraft("an A330 ⟦F-RARF⟧ of the French air force", "F-RARF FR military")
        assertAircraft("a Belgian C-130H (serial ⟦CH-01⟧)", "CH-01 BE military")
        assertAircraft("سي-17 تابعة لسلاح الجو الأمريكي رقم ⟦10-0205⟧", "10-0205 US military")
    }

    // MARK: - 3. Look-alikes

    /// Never a registration or serial, whatever the words around them.
    static let lookAlikes: [String] = [
        // Type designators.
        "F-16", "F-16V", "F-35A", "F-15E", "F-22", "F-4E", "F/A-18", "Il-76", "Il-76TD", "IL-76MD", "Il-78",
        "Su-24", "Su-35S", "SU-35", "Su-57", "SU-30SM", "MiG-29", "MIG-29", "MiG-31K", "C-130", "C-130J", "C-17",
        "C-5M", "C-295", "C-27J", "A-10", "A-50", "MQ-9", "MQ-1C", "TB-2", "TB2", "KC-135", "KC-46", "KC-10",
        "CH-47", "CH-53K", "CH-4", "CH-5", "UH-60", "AH-64", "Mi-17", "MI-17", "Mi-8", "Mi-24", "Ka-52", "An-124",
        "AN-124", "An-26", "A400M", "B-52", "B-1B", "B-2", "E-3", "E-3A", "E-7", "P-8", "P-8A", "P-3C", "RQ-4",
        "RQ-4B", "EC-135", "EC-725", "EC-130H", "RC-135", "HS-125", "HS-748", "CN-235", "ATR-72", "DHC-6",
        "PC-12", "L-39", "Tu-154", "TU-154", "TU-160", "Tu-22M3", "Yak-130", "YAK-130", "Z-10", "Z-10ME", "J-20",
        "J-10C", "JF-17", "Y-20", "H-6K", "KJ-500", "EF-2000", "V-22", "MV-22", "HH-60", "HC-130", "EP-3", "EP-3E",
        "CC-130J", "CP-140", "CT-114", "OH-58", "VH-92A", "YS-11", "TS-11", "T-50", "U-2", "X-37B", "G-550",
        "G-IV", "BD-700", "ERJ-145", "CRJ-200", "737-800", "777-300ER", "A320-200", "747-8F", "900LX", "2000-5",
        // Weapons.
        "S-300", "S-400", "S-300PMU2", "HQ-9", "HQ-16", "BM-21", "BM-30", "9K33", "9M133", "R-77", "R-73",
        "AIM-120", "AIM-9X", "Pantsir-S1", "ZU-23-2", "AK-47", "RPG-7", "SA-7", "T-72", "BMP-3", "TOS-1A",
        "MIM-104", "PAC-3", "IRIS-T", "SCALP-EG", "M142", "KN-23", "Kh-101", "HK-416",
        "P-800", "P-500", "P-700", "P-270",
        // Health.
        "COVID-19", "SARS-CoV-2", "MERS-CoV", "H1N1", "H5N1", "KN95", "FFP2", "2019-nCoV",
        // Dates and years.
        "2021-03-15", "2020-12-31", "15/03/2021", "2021", "1999",
        // Flight numbers.
        "TK1234", "MS804", "LN1052", "EK201", "QR1301", "LH400", "AF447", "MH17", "MH370", "PS752", "ET302",
        "PK303", "JT610", "SU1234", "W62801", "FZ1812",
        // Product codes, standards, forms.
        "XR-450", "ISO 9001", "PS-90A", "D-30KP", "CFM56-7B", "V2500", "RB211-524", "PW4000", "TFE731", "AS9100",
        "MIL-STD-810", "DO-178C", "USB-C", "H-1B", "F-1", "I-94", "DS-160",
        // Postal codes.
        "CH-8001", "D-10115", "F-75001", "I-00100", "A-1010", "LV-1050", "HR-10000", "SE-111 22", "FI-00100",
        "SW1A 1AA", "EC1A 1BB", "K1A 0B1", "100-0001", "LT-01100", "SI-1000", "TR-06100",
        // UN resolutions.
        "UNSCR 1973", "S/RES/2510", "A/RES/ES-11/1",
        // Other codes and words.
        "G7", "G20", "G-20", "D-Day", "D-DAY", "I-95", "UK-based", "UK-BASED", "EX-PRESIDENT", "UP-TO-DATE", "NATO",
        "UNSMIL", "P5+1", "FL350", "RWY 09L", "CO2", "N2O", "CH4", "DDG-51", "CVN-78", "F-230", "D-Link", "G-Star",
        "X-Men",
    ]

    /// Shapes that are a registration or serial when a registration or air-force word is
    /// near (N95 is a valid N-number, 13-0009 a fiscal-year serial): not aircraft in
    /// neutral sentences.
    static let lookAlikesWithoutContext: [String] = [
        "N95", "N1", "13-0009", "12-2020", "03-2021", "2021-22", "2019-2020", "06-12345", "1283", "165833", "10+03",
    ]

    func testLookAlikesAreNotAircraft() {
        XCTAssertGreaterThanOrEqual(Self.lookAlikes.count + Self.lookAlikesWithoutContext.count, 100)
        for x in Self.lookAlikes + Self.lookAlikesWithoutContext {
            assertNoAircraft("Officials said \(x) was discussed on Monday.")
            assertNoAircraft("قال مسؤولون إن \(x) نوقش يوم الاثنين")
        }
    }

    /// Context words count only as words: "raf" in "aircraft", "reg" in "region" and "tail"
    /// in "details" are none; a hyphen does not make "N-95" an aircraft; a year range shown
    /// right to left is no reversed serial.
    func testContextWordsAreWholeWordsAndShortShapesStayNumbers() {
        assertNoAircraft("the aircraft 12-2020 landed")
        assertNoAircraft("the region reported 13-0009")
        assertNoAircraft("details: 13-0009")
        assertNoAircraft("N-95 masks and Form N-400 on the road N-340")
        assertNoAircraft("أكد الجيش أن 2021-22 نوقش")
        assertNoAircraft("قال مسؤولون إن 2021-03 نوقش في الجيش")
        assertAircraft("C-17 AF ⟦10-0205⟧ landed at Benina", "10-0205 US military")
    }

    func testLookAlikesAreNotAircraftNearRegistrationWords() {
        for x in Self.lookAlikes {
            assertNoAircraft("The registration of the military aircraft was not \(x), the serial was unknown.")
            assertNoAircraft("أكد الجيش أن رقم تسجيل الطائرة ليس \(x)")
        }
    }
}
