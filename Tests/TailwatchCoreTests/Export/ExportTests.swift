import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import TailwatchCore
import XCTest

final class GreatCircleTests: XCTestCase {
    let rome = GeoPoint(latitude: 41.7994, longitude: 12.5949)
    let benghazi = GeoPoint(latitude: 32.0968, longitude: 20.2695)

    func testDistanceMatchesAKnownFigure() {
        // London Heathrow to New York JFK: 5,540 km along the great circle.
        let lhr = GeoPoint(latitude: 51.4706, longitude: -0.461941), jfk = GeoPoint(latitude: 40.639801, longitude: -73.7789)
        XCTAssertEqual(GreatCircle.distanceKm(lhr, jfk), 5540, accuracy: 15)
        XCTAssertEqual(GreatCircle.distanceKm(rome, rome), 0, accuracy: 1e-9)
    }

    func testPathStartsAndEndsAtTheAirportsAndEveryPointIsOnTheCircle() {
        let path = GreatCircle.path(from: rome, to: benghazi)
        XCTAssertEqual(path.first, rome)
        XCTAssertEqual(path.last, benghazi)
        XCTAssertGreaterThan(path.count, 10, "about one point per degree of arc")
        let total = GreatCircle.distanceKm(rome, benghazi)
        for p in path {
            XCTAssertEqual(GreatCircle.distanceKm(rome, p) + GreatCircle.distanceKm(p, benghazi), total, accuracy: 0.01)
        }
    }

    func testAGreatCircleBowsPoleward() {
        // Frankfurt to Los Angeles passes far north of both (over Greenland).
        let path = GreatCircle.path(from: GeoPoint(latitude: 50.03, longitude: 8.56), to: GeoPoint(latitude: 33.94, longitude: -118.41))
        XCTAssertGreaterThan(path.map(\.latitude).max()!, 60, "a straight line on the map never passes 50°N")
    }

    func testLinesCrossingTheAntimeridianAreCutThere() {
        // Tokyo Haneda to Anchorage: crosses 180°.
        let path = GreatCircle.path(from: GeoPoint(latitude: 35.55, longitude: 139.78), to: GeoPoint(latitude: 61.17, longitude: -149.99))
        let parts = GreatCircle.splitAtAntimeridian(path)
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts[0].last?.longitude, 180)
        XCTAssertEqual(parts[1].first?.longitude, -180)
        XCTAssertEqual(parts[0].last!.latitude, parts[1].first!.latitude, accuracy: 1e-9)
        XCTAssertEqual(GreatCircle.splitAtAntimeridian(GreatCircle.path(from: rome, to: benghazi)).count, 1)
    }
}

final class MapExportTests: XCTestCase {
    static let gazetteer = sharedKnowledge.gazetteer
    static let coastline = try! Coastline.load()

    let hllb = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina International Airport", city: "Benghazi", country: "LY")
    let lira = Place(level: .airport, code: "LIRA", icao: "LIRA", name: "Ciampino", city: "Rome", country: "IT")
    let rome = Place(level: .city, name: "Rome", city: "Rome", country: "IT")
    let libya = Place(level: .country, name: "Libya", country: "LY")

    func flight(_ o: Place?, _ d: Place?, _ date: String, reg: String = "I-DIEM", snippet: String = "I-DIEM from Rome to Benghazi") -> FlightEvent {
        FlightEvent(id: 1, registration: reg, registrationCountry: "IT", aircraftType: "Dassault Falcon 900LX", origin: o, destination: d,
                    date: EventDate(iso: date), confidence: 0.9,
                    sources: [EventSource(file: "a.txt", path: "a.txt", sha256: "00", start: 0, end: 10, snippet: snippet)])
    }

    func testPlacesAreLocatedFromTheGazetteerAndCountriesAreNot() {
        let locator = PlaceLocator(gazetteer: Self.gazetteer, coastline: Self.coastline)
        let b = try! XCTUnwrap(locator.coordinate(of: hllb))
        XCTAssertEqual(b.latitude, 32.1, accuracy: 0.1)
        XCTAssertEqual(b.longitude, 20.27, accuracy: 0.1)
        let r = try! XCTUnwrap(locator.coordinate(of: rome))
        XCTAssertEqual(r.latitude, 41.9, accuracy: 0.1)
        XCTAssertNil(locator.coordinate(of: libya))
    }

    func testGeoJSONIsValidRFC7946WithLinesAndPoints() throws {
        let map = FlightMap(events: [flight(lira, hllb, "2020-06-08"), flight(rome, hllb, "2020-02-13"), flight(nil, libya, "2020-06-03")],
                            locator: PlaceLocator(gazetteer: Self.gazetteer, coastline: Self.coastline))
        XCTAssertEqual(map.routes.count, 2)
        XCTAssertEqual(map.undrawn, 1)
        let text = GeoJSONExporter.export(map)
        XCTAssertEqual(GeoJSONValidator.validate(text), [])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let features = try XCTUnwrap(root["features"] as? [[String: Any]])
        let kinds = features.map { ($0["geometry"] as! [String: Any])["type"] as! String }
        XCTAssertEqual(kinds.filter { $0 == "Point" }.count, 3, "LIRA, HLLB, Rome")
        XCTAssertEqual(kinds.filter { $0 == "LineString" }.count, 2)
        // Longitude first: HLLB is at 20°E, 32°N.
        let hllbPoint = try XCTUnwrap(features.first { ($0["properties"] as! [String: Any])["code"] as? String == "HLLB" })
        let position = (hllbPoint["geometry"] as! [String: Any])["coordinates"] as! [Double]
        XCTAssertEqual(position[0], 20.27, accuracy: 0.1)
        XCTAssertEqual(position[1], 32.1, accuracy: 0.1)
        let line = try XCTUnwrap(features.first { ($0["geometry"] as! [String: Any])["type"] as? String == "LineString" })
        XCTAssertEqual((line["properties"] as! [String: Any])["registration"] as? String, "I-DIEM")
    }

    func testARouteAcrossThePacificIsAValidMultiLineString() throws {
        let hnd = Place(level: .airport, code: "RJTT", icao: "RJTT", name: "Haneda", city: "Tokyo", country: "JP")
        let anc = Place(level: .airport, code: "PANC", icao: "PANC", name: "Anchorage", city: "Anchorage", country: "US")
        let map = FlightMap(events: [flight(hnd, anc, "2021-01-01")], locator: PlaceLocator(gazetteer: Self.gazetteer, coastline: Self.coastline))
        let text = GeoJSONExporter.export(map)
        XCTAssertEqual(GeoJSONValidator.validate(text), [])
        XCTAssertTrue(text.contains("\"MultiLineString\""), text)
        // The validator itself catches an uncut crossing.
        let bad = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[179,60],[-179,61]]}}]}"#
        XCTAssertEqual(GeoJSONValidator.validate(bad).count, 1)
        XCTAssertFalse(GeoJSONValidator.validate(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[32.1,200]}}]}"#).isEmpty)
    }

    func testKMLIsWellFormedKML22WithPlacemarksForPlacesAndFlights() throws {
        let map = FlightMap(events: [flight(lira, hllb, "2020-06-08", snippet: "Rome & <Benghazi> \"quoted\" \u{1} بنغازي")],
                            locator: PlaceLocator(gazetteer: Self.gazetteer, coastline: Self.coastline))
        let text = KMLExporter.export(map, title: "I-DIEM & co")
        let doc = try XMLDocument(data: Data(text.utf8))
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.name, "kml")
        XCTAssertEqual(root.uri, "http://www.opengis.net/kml/2.2")
        let placemarks = try root.nodes(forXPath: "//*[local-name()='Placemark']")
        XCTAssertEqual(placemarks.count, 3, "two places and one flight")
        let coordinates = try root.nodes(forXPath: "//*[local-name()='LineString']/*[local-name()='coordinates']").map { $0.stringValue ?? "" }
        let first = try XCTUnwrap(coordinates.first?.split(separator: " ").first?.split(separator: ",").compactMap { Double($0) })
        XCTAssertEqual(first[0], 12.59, accuracy: 0.01, "longitude first")
        XCTAssertEqual(first[1], 41.80, accuracy: 0.01)
        let when = try root.nodes(forXPath: "//*[local-name()='when']").map { $0.stringValue }
        XCTAssertEqual(when, ["2020-06-08"])
        let description = try root.nodes(forXPath: "(//*[local-name()='Placemark'])[3]/*[local-name()='description']").first?.stringValue
        XCTAssertTrue(description?.contains("Rome & <Benghazi> \"quoted\"") == true, description ?? "")
    }
}
