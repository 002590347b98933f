import XCTest
@testable import TailwatchCore

/// Places and types by the names analysts use (issue 15), whatever the tables or the article called them.
final class AnalystNamesTests: XCTestCase {
    let names = AnalystNames.shared

    func airport(_ code: String, _ iata: String?, _ name: String, city: String?, _ country: String) -> Place {
        Place(level: .airport, code: code, icao: code, iata: iata, name: name, city: city, country: country)
    }

    func testAnAirportIsLabelledByItsOwnNameAndIATANotTheTownItWasJoinedTo() {
        let brize = airport("EGVN", "BZZ", "RAF Brize Norton", city: "Carterton", "GB")
        XCTAssertEqual(names.label(brize), "RAF Brize Norton (BZZ)")
        XCTAssertEqual(names.tableLabel(brize), "EGVN RAF Brize Norton (BZZ)")
        XCTAssertEqual(names.routeName(brize), "RAF Brize Norton", "a base is a route end by its own name")
        let sigonella = airport("LICZ", "NSY", "Sigonella Navy Air Base", city: "Scordia", "IT")
        XCTAssertEqual(names.label(sigonella), "NAS Sigonella (NSY)")
        XCTAssertEqual(names.routeName(sigonella), "NAS Sigonella")
        let jufra = airport("HL69", nil, "Al Jufra Airport", city: "Hūn", "LY")
        XCTAssertEqual(names.label(jufra), "Al Jufra")
        XCTAssertEqual(names.routeName(jufra), "Al Jufra")
        // The generic words go; an airport in a city is a route end by its city.
        let benina = airport("HLLB", "BEN", "Benina International Airport", city: "Benghazi", "LY")
        XCTAssertEqual(names.tableLabel(benina), "HLLB Benina (BEN)")
        XCTAssertEqual(names.mapLabel(benina), "HLLB Benina")
        XCTAssertEqual(names.routeName(benina), "Benghazi")
        let dhafra = airport("OMAM", "DHF", "Al Dhafra Air Base", city: "Abu Dhabi", "AE")
        XCTAssertEqual(names.routeName(dhafra), "Al Dhafra Air Base")
        // Nothing but a code: the code.
        XCTAssertEqual(names.label(Place(level: .airport, code: "HL99")), "HL99")
    }

    func testACityIsLabelledByItsCommonEnglishName() {
        func city(_ name: String, _ country: String) -> Place { Place(level: .city, name: name, city: name, country: country) }
        XCTAssertEqual(names.label(city("Misratah", "LY")), "Misrata")
        XCTAssertEqual(names.label(city("Al Ḩudaydah", "YE")), "Hodeidah")
        XCTAssertEqual(names.tableLabel(city("Ar Raqqah", "SY")), "Raqqa (city)")
        // Romanisation marks go where the country writes in Arabic script, and only there.
        XCTAssertEqual(names.label(city("Suwayḩān", "AE")), "Suwayhan")
        XCTAssertEqual(names.label(city("Ta’if", "SA")), "Taif")
        XCTAssertEqual(names.label(city("Maiquetía", "VE")), "Maiquetía")
        XCTAssertEqual(names.label(city("Moscow", "RU")), "Moscow")
        // An airport's route end uses its city's English name.
        let misrata = airport("HLMS", "MRA", "Misrata International Airport", city: "Misratah", "LY")
        XCTAssertEqual(names.routeName(misrata), "Misrata")
        XCTAssertEqual(HistorySummary.placeName(misrata), "Misrata")
    }

    func testATypeIsItsDesignatorAndTheManufacturersModelWhateverTheArticleWrote() {
        XCTAssertEqual(names.typeLabel(designator: "FA7X", written: "داسو فالكون 7X"), "FA7X Dassault Falcon 7X")
        XCTAssertEqual(names.typeLabel(designator: "F900", written: "داسو فالكون 900"), "F900 Dassault Falcon 900")
        XCTAssertEqual(names.typeLabel(designator: "A320", written: "Airbus A320s"), "A320 Airbus A320")
        // The manufacturer is not said twice when the model already starts with it.
        XCTAssertEqual(names.typeLabel(designator: "GLF6", written: "G650ER"), "GLF6 Gulfstream G650")
        XCTAssertEqual(names.typeLabel(designator: "IL76", written: "اليوشن 76"), "IL76 Ilyushin Il-76")
        // Without a designator what was written stays; a designator not in the catalogue keeps the words too.
        XCTAssertEqual(names.typeLabel(designator: nil, written: "Bayraktar TB2"), "Bayraktar TB2")
        XCTAssertEqual(names.typeLabel(designator: "ZZZ9", written: "Mystery jet"), "ZZZ9 Mystery jet")
        XCTAssertEqual(names.typeLabel(designator: "ZZZ9", written: "ZZZ-9"), "ZZZ9")
        XCTAssertNil(names.typeLabel(designator: nil, written: nil))
    }

    func testEveryHandKeptKeyNamesAPlaceOfTheGazetteer() throws {
        let airports = Set(try DataTable.resource("airports").records().map { $0["code"] })
        for key in names.airportKeys { XCTAssertTrue(airports.contains(key), "place_labels.tsv: \(key) is not an airports.tsv code") }
        let cities = Set(try DataTable.resource("cities").records().map { "\($0["name"])|\($0["country"])" })
        for key in names.cityKeys { XCTAssertTrue(cities.contains(key), "place_labels.tsv: \(key) is not a cities.tsv name|country") }
        XCTAssertGreaterThan(names.airportKeys.count, 5)
        XCTAssertGreaterThan(names.cityKeys.count, 10)
    }

    func testJSONCarriesTheLabelsBesideWhatWasStored() {
        let e = FlightEvent(registration: "5A-DCN", aircraftType: "داسو فالكون 900", typeDesignator: "F900",
                            origin: airport("LICZ", "NSY", "Sigonella Navy Air Base", city: "Scordia", "IT"))
        let json = EventFormatter.json(e).rendered()
        XCTAssertTrue(json.contains("\"aircraft_type\":\"داسو فالكون 900\""), json)
        XCTAssertTrue(json.contains("\"type_label\":\"F900 Dassault Falcon 900\""), json)
        XCTAssertTrue(json.contains("\"label\":\"NAS Sigonella (NSY)\""), json)
        XCTAssertTrue(json.contains("\"city\":\"Scordia\""), "the stored city stays: \(json)")
    }
}
