import Foundation
@testable import TailwatchCore
import XCTest

/// Great circles, the map's projection and the coastline resource.
final class MapGeometryTests: XCTestCase {
    let ciampino = GeoPoint(latitude: 41.7994, longitude: 12.5949)
    let benina = GeoPoint(latitude: 32.0968, longitude: 20.2695)

    func testDistanceMatchesKnownFigures() {
        // Ciampino to Benina: 1,275 km by the haversine formula on a 6371 km sphere.
        XCTAssertEqual(ciampino.distanceKilometres(to: benina), 1275.1, accuracy: 0.5)
        // A quarter of the equator.
        XCTAssertEqual(GeoPoint(latitude: 0, longitude: 0).distanceKilometres(to: GeoPoint(latitude: 0, longitude: 90)),
                       6371 * .pi / 2, accuracy: 0.001)
        XCTAssertEqual(benina.distanceKilometres(to: benina), 0, accuracy: 1e-9)
    }

    func testGreatCircleIsEvenlySpacedAndBulgesPoleward() {
        let jfk = GeoPoint(latitude: 40.6398, longitude: -73.7789), lhr = GeoPoint(latitude: 51.4706, longitude: -0.4619)
        let arc = jfk.greatCircle(to: lhr, segments: 40)
        XCTAssertEqual(arc.count, 41)
        XCTAssertEqual(arc.first, jfk)
        XCTAssertEqual(arc.last, lhr)
        let step = jfk.distanceKilometres(to: lhr) / 40
        for (a, b) in zip(arc, arc.dropFirst()) { XCTAssertEqual(a.distanceKilometres(to: b), step, accuracy: 0.01) }
        // The shortest path from New York to London passes north of London's latitude, not along a straight line.
        XCTAssertGreaterThan(arc.map(\.latitude).max()!, 51.4706 + 0.5)
    }

    func testArcAcrossTheAntimeridianIsUnwrapped() {
        let tokyo = GeoPoint(latitude: 35.55, longitude: 139.78), sfo = GeoPoint(latitude: 37.62, longitude: -122.38)
        let arc = tokyo.greatCircle(to: sfo, segments: 50)
        for (a, b) in zip(arc, arc.dropFirst()) { XCTAssertLessThan(abs(b.longitude - a.longitude), 10) }
        XCTAssertEqual(arc.last!.longitude, -122.38 + 360, accuracy: 1e-9)
        XCTAssertGreaterThan(arc.map(\.latitude).max()!, 45)  // the route over the North Pacific
    }

    func testProjectionCropsToThePointsWithAMarginAndKeepsProportions() {
        let p = MapProjection(fitting: [ciampino, benina], width: 960)
        for point in [ciampino, benina] {
            let (x, y) = p.project(point)
            XCTAssertTrue(x > 960 * 0.1 && x < 960 * 0.9, "x \(x)")
            XCTAssertTrue(y > p.height * 0.1 && y < p.height * 0.9, "y \(y)")
        }
        XCTAssertLessThan(p.project(ciampino).y, p.project(benina).y)  // north is up
        XCTAssertLessThan(p.project(ciampino).x, p.project(benina).x)  // east is right
        XCTAssertTrue(p.height >= 960 * 0.45 - 1 && p.height <= 960 * 0.62 + 1, "height \(p.height)")
        // A degree of longitude is cos(centre latitude) of a degree of latitude.
        let mid = (p.north + p.south) / 2
        let o = GeoPoint(latitude: mid, longitude: 15)
        let dx = p.project(GeoPoint(latitude: mid, longitude: 16)).x - p.project(o).x
        let dy = p.project(o).y - p.project(GeoPoint(latitude: mid + 1, longitude: 15)).y
        XCTAssertEqual(dx / dy, cos(mid * .pi / 180), accuracy: 0.01)
        // One place alone still gets a region around it, not a point.
        let single = MapProjection(fitting: [benina])
        XCTAssertGreaterThanOrEqual(single.east - single.west, 12)
        XCTAssertEqual(single.project(benina).x, 480, accuracy: 0.5)
    }

    func testCoastlineLoadsEveryCountryWithPlausibleShapes() throws {
        let coastline = try Coastline.load()
        XCTAssertEqual(coastline.countries.count, 177)  // Natural Earth 1:110m admin 0
        let italy = try XCTUnwrap(coastline.outline(iso2: "it"))
        XCTAssertEqual(italy.name, "Italy")
        XCTAssertGreaterThanOrEqual(italy.rings.count, 3)  // mainland, Sicily, Sardinia
        let points = italy.rings.flatMap { $0 }
        XCTAssertTrue(points.allSatisfy { (35...48).contains($0.latitude) && (6...19).contains($0.longitude) })
        let libya = try XCTUnwrap(coastline.outline(iso2: "LY")).labelPoint
        XCTAssertEqual(libya.latitude, 27, accuracy: 2.5)
        XCTAssertEqual(libya.longitude, 17, accuracy: 2.5)
        // France's label is in Europe, not between Paris and French Guiana.
        let france = try XCTUnwrap(coastline.outline(iso2: "FR")).labelPoint
        XCTAssertTrue((43...50).contains(france.latitude) && (-2...7).contains(france.longitude), "\(france)")
        XCTAssertThrowsError(try Coastline(table: DataTable(name: "bad", text: "iso2\tiso3\tname\trings\nXX\tXXX\tX\t1,2 3\n")))
    }

    func testLocatorPlacesAirportsCitiesAndCountries() throws {
        let locator = PlaceLocator(gazetteer: sharedKnowledge.gazetteer, coastline: try Coastline.load())
        let hllb = try XCTUnwrap(locator.locate(Place(level: .airport, code: "HLLB")))
        XCTAssertEqual(hllb.latitude, 32.0968, accuracy: 0.001)
        let rome = try XCTUnwrap(locator.locate(Place(level: .city, city: "Rome", country: "IT")))
        XCTAssertEqual(rome.latitude, 41.9, accuracy: 0.1)
        XCTAssertEqual(rome.longitude, 12.5, accuracy: 0.1)
        XCTAssertNotNil(locator.locate(Place(level: .country, country: "LY")))
        XCTAssertNil(locator.locate(Place(level: .airport, code: "ZZZZ")))
    }
}
