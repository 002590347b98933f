import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import TailwatchCore
import XCTest

/// The HTML report: escaping of article text, one map, a path per route, labelled airports.
final class HTMLReportTests: XCTestCase {
    static let coastline: Coastline = try! Coastline.load()

    let ciampino = Place(level: .airport, code: "LIRA", icao: "LIRA", name: "Ciampino", city: "Rome", country: "IT")
    let benina = Place(level: .airport, code: "HLLB", icao: "HLLB", name: "Benina International Airport", city: "Benghazi", country: "LY")
    let cairo = Place(level: .airport, code: "HECA", icao: "HECA", name: "Cairo International Airport", city: "Cairo", country: "EG")

    func source(_ snippet: String) -> EventSource {
        EventSource(file: "a<b>.txt", path: "/news/a<b>.txt", sha256: "00", start: 0, end: 10, snippet: snippet)
    }

    func events() -> [FlightEvent] {
        let date = EventDate(iso: "2020-06-08")
        return [
            FlightEvent(registration: "I-DIEM", aircraftType: "Falcon 900LX", origin: ciampino, destination: benina, date: date,
                        confidence: 0.86, sources: [source("<script>alert(\"x\")</script> Rome & Benghazi"), source("تبين أنها")]),
            // The same route again: one path, drawn thicker.
            FlightEvent(registration: "I-DIEM", origin: ciampino, destination: benina, date: EventDate(iso: "2020-06"), sources: [source("b")]),
            FlightEvent(registration: "I-DIEM", origin: benina, destination: cairo, date: date, sources: [source("c")]),
            // No origin: in the table, not on the map.
            FlightEvent(registration: "I-DIEM", destination: cairo, sources: [source("d")]),
        ]
    }

    func render(_ events: [FlightEvent]) -> (html: String, map: RouteMap) {
        let locator = PlaceLocator(gazetteer: sharedKnowledge.gazetteer, coastline: Self.coastline)
        let map = RouteMap(events: events, locate: locator.locate)
        let page = HTMLReport(title: "I-DIEM <x>", subtitle: "registered IT", events: events,
                              map: SVGMap.render(map, coastline: Self.coastline), footer: "from \"db\" & co")
        return (page.render(), map)
    }

    func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

    func testArticleTextIsEscapedEverywhere() {
        let html = render(events()).html
        XCTAssertFalse(html.contains("<script"), "a snippet's markup must stay text")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Rome &amp; Benghazi"))
        XCTAssertTrue(html.contains("a&lt;b&gt;.txt"))
        XCTAssertTrue(html.contains("<h1>I-DIEM &lt;x&gt;</h1>"))
        XCTAssertTrue(html.contains("from &quot;db&quot; &amp; co"))
        XCTAssertTrue(html.contains("<q dir=\"auto\">تبين أنها</q>"), "Arabic snippets lay out right to left")
        XCTAssertEqual(HTMLText.escape("'<&>\""), "&#39;&lt;&amp;&gt;&quot;")
    }

    func testPageIsSelfContainedWithOneMapAndEveryEventInTheTable() {
        let html = render(events()).html
        XCTAssertEqual(count("<svg", in: html), 1)
        XCTAssertEqual(count("<tr class=\"flight\">", in: html), 4)
        XCTAssertEqual(count("<li>", in: html), 5)
        XCTAssertTrue(html.contains("class=\"date approximate\">~2020-06<"))
        for external in ["<script", "<link", "<img", "@import", "url(http", "src=", "href=\"http"] {
            XCTAssertFalse(html.contains(external), "\(external) would need the network or run code")
        }
        // The only URL is the SVG namespace, an identifier browsers never fetch.
        XCTAssertEqual(count("http", in: html), 1)
    }

    func testMapHasAPathPerRouteAndLabelledAirports() throws {
        let (html, map) = render(events())
        XCTAssertEqual(map.routes.count, 2)
        XCTAssertEqual(map.routes[0].dates, ["2020-06-08", "~2020-06"])
        XCTAssertEqual(map.stops.map(\.key), ["LIRA", "HLLB", "HECA"])
        XCTAssertEqual(count("<path class=\"route\"", in: html), 2)
        for label in ["LIRA Rome Ciampino", "HLLB Benina", "HECA Cairo"] {
            XCTAssertTrue(html.contains(">\(label)</text>"), label)
        }
        // The repeated route is drawn thicker than the single flight.
        XCTAssertTrue(html.contains("stroke-width=\"3.1\" marker-end"))
        XCTAssertTrue(html.contains("stroke-width=\"2.5\" marker-end"))
        // Every route point lies inside the picture.
        let svg = String(html[html.range(of: "<svg")!.lowerBound..<html.range(of: "</svg>")!.upperBound])
        let viewBox = try XCTUnwrap(svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/))
        let (w, h) = (Double(viewBox.1)!, Double(viewBox.2)!)
        for match in svg.matches(of: /class="route" d="([^"]+)"/) {
            let numbers = match.1.split(whereSeparator: { $0 == " " || $0 == "M" || $0 == "L" }).compactMap { Double($0) }
            XCTAssertEqual(numbers.count % 2, 0)
            XCTAssertGreaterThan(numbers.count, 30, "an arc, not a straight segment")
            for (i, v) in numbers.enumerated() { XCTAssertTrue(v >= 0 && v <= (i % 2 == 0 ? w : h), "\(v) outside \(w)x\(h)") }
        }
    }

    func testMapIsWellFormedXML() {
        let html = render(events()).html
        let svg = String(html[html.range(of: "<svg")!.lowerBound..<html.range(of: "</svg>")!.upperBound])
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
    }

    func testAPacificCrossingIsCroppedToTheOceanNotTheWorld() throws {
        let tokyo = Place(level: .airport, code: "RJTT", city: "Tokyo", country: "JP")
        let sfo = Place(level: .airport, code: "KSFO", city: "San Francisco", country: "US")
        let points = ["RJTT": GeoPoint(latitude: 35.55, longitude: 139.78), "KSFO": GeoPoint(latitude: 37.62, longitude: -122.38)]
        let map = RouteMap(events: [FlightEvent(registration: "N1", origin: tokyo, destination: sfo)], locate: { points[$0.key] })
        let projection = MapProjection(fitting: map.extent)
        XCTAssertLessThan(projection.east - projection.west, 180)
        let svg = SVGMap.render(map, coastline: Self.coastline)
        for match in svg.matches(of: /<circle cx="([-0-9.]+)"/) {
            let x = try XCTUnwrap(Double(match.1))
            XCTAssertTrue(x >= 0 && x <= projection.width, "stop drawn off the map at x \(x)")
        }
    }

    func testNoRoutesGivesTheWorldAndStillAPage() {
        let html = render([FlightEvent(kind: .mention, registration: "I-DIEM", sources: [source("named")])]).html
        XCTAssertEqual(count("<svg", in: html), 1)
        XCTAssertEqual(count("class=\"route\" d=", in: html), 0)
        XCTAssertTrue(html.contains("named, no flight"))
        XCTAssertTrue(html.contains("0 flights"))
    }
}
