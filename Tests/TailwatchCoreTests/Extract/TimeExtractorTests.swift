@testable import TailwatchCore
import XCTest

final class TimeExtractorTests: XCTestCase {
    let extractor = TimeExtractor()

    func times(_ doc: Document) -> [NSRange] { extractor.extract(doc).map(\.range) }

    func values(_ text: String) -> [String] {
        extractor.extract(Document(text)).map(\.value).map { t in
            let zone = t.zone == .utc ? "Z" : t.zone == .local ? "L" : "?"
            return String(format: "%02d:%02d", t.hour, t.minute) + zone + " " + (t.kind?.rawValue ?? "-")
        }
    }

    /// A time's span includes the word that introduces it ("at", "around", "saat").
    func testFindsTheGenresTimes() {
        assertSpans("#Benghazi 13Feb2020 ⟦around 1000hrs UTC⟧", times)
        assertSpans("07Jan2020, landing ⟦around 08:45 hrs UTC⟧", times)
        assertSpans("left Latakia (Hmeimim) ⟦at 05:40Z⟧ and flew", times)
        assertSpans("took off from Cairo West ⟦at 0715Z⟧, heading to Benina", times)
        assertSpans("landed at RAF Akrotiri ⟦at 21:05 local time⟧", times)
        assertSpans("bu akşam ⟦saat 20.10⟧'da havalanan", times)
    }

    func testZonesAndWhatTheTimeIsOf() {
        XCTAssertEqual(values("landing around 08:45 hrs UTC"), ["08:45Z arrival"])
        XCTAssertEqual(values("took off at 0715Z"), ["07:15Z departure"])
        XCTAssertEqual(values("seen over Egypt at 10:42Z"), ["10:42Z observed"])
        XCTAssertEqual(values("landed at 21:05 local time"), ["21:05L arrival"])
    }

    func testNumbersThatAreNotTimes() {
        assertSpans("a 10.5 tonne load, flight TK1234, 2020-06-08, 450 km east, COVID-19", times)
        assertSpans("Il-76TD 76008 and the A400 with 1000 litres", times)
    }

    func testArabicZonesAndTwelveHourClocks() {
        XCTAssertEqual(values("هبطت الطائرة الساعة ١٤:٣٠ بتوقيت غرينتش"), ["14:30Z arrival"])
        XCTAssertEqual(values("هبطت في تمام الساعة ١٠:٤٥ بالتوقيت المحلي"), ["10:45L arrival"])
        XCTAssertEqual(values("The Falcon took off from Mitiga at 9.45am local time"), ["09:45L departure"])
        XCTAssertEqual(values("landed at 9:10 p.m. local time"), ["21:10L arrival"])
        XCTAssertEqual(values("The A400M departed Misrata at 0620 local"), ["06:20L departure"])
        XCTAssertEqual(values("some 1200 local fighters"), [])
    }

    func testLocalTimesBecomeUTCWithThePlacesZoneOnThatDay() {
        let nine = TimeMention(hour: 9, minute: 5, zone: .local, kind: .departure)
        let rome = Place(level: .airport, code: "LIRA", name: "Ciampino", timeZone: "Europe/Rome")
        XCTAssertEqual(nine.utc(on: EventDate(year: 2021, month: 3, day: 3), at: rome), "08:05")  // CET
        XCTAssertEqual(nine.utc(on: EventDate(year: 2021, month: 6, day: 3), at: rome), "07:05")  // CEST
        XCTAssertNil(nine.utc(on: EventDate(year: 2021, month: 6, day: 3), at: nil))
        XCTAssertEqual(TimeMention(hour: 10, minute: 0, zone: .utc, kind: nil).utc(on: nil, at: nil), "10:00")
    }
}
