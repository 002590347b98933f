/// A flight map as KML 2.2 for Google Earth: a folder of place pins and a folder of
/// flights drawn along the great circle, each with its date as a TimeStamp so the time
/// slider works, and the evidence in its description.
public enum KMLExporter {
    public static func export(_ map: FlightMap, title: String) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2">
            <Document>
            <name>\(escape(title))</name>
            <Style id="flight"><LineStyle><color>ff0055ff</color><width>2</width></LineStyle></Style>
            <Style id="place"><IconStyle><scale>0.8</scale></IconStyle></Style>
            <Folder><name>Places</name>

            """
        for s in map.stops {
            // Children in the order the KML 2.2 schema gives: name, description, time, style, geometry.
            out += "<Placemark><name>\(escape(EventFormatter.placeLabel(s.place)))</name>"
            out += "<description>\(escape("\(s.arrivals) arrivals, \(s.departures) departures: \(s.aircraft.joined(separator: ", "))"))</description>"
            out += "<styleUrl>#place</styleUrl><Point><coordinates>\(position(s.coordinate))</coordinates></Point></Placemark>\n"
        }
        out += "</Folder>\n<Folder><name>Flights</name>\n"
        for r in map.routes {
            let e = r.event
            let name = "\(e.identifier ?? "?") \(EventFormatter.dateLabel(e.date)) \(EventFormatter.placeLabel(e.origin)) → \(EventFormatter.placeLabel(e.destination))"
            out += "<Placemark><name>\(escape(name))</name><description>\(escape(description(r)))</description>"
            if let d = e.date { out += "<TimeStamp><when>\(d.iso)</when></TimeStamp>" }
            out += "<styleUrl>#flight</styleUrl>"
            let lines = r.parts.map { part in
                "<LineString><tessellate>1</tessellate><coordinates>\(part.map(position).joined(separator: " "))</coordinates></LineString>"
            }
            out += lines.count == 1 ? lines[0] : "<MultiGeometry>\(lines.joined())</MultiGeometry>"
            out += "</Placemark>\n"
        }
        out += "</Folder>\n</Document>\n</kml>\n"
        return out
    }

    static func description(_ r: FlightMap.Route) -> String {
        let e = r.event
        var lines = [[e.aircraftType, e.operatorName].compactMap { $0 }.joined(separator: ", "),
                     "confidence \(HistoryTable.confidenceLabel(e.confidence)), \(Int(r.distanceKm.rounded())) km"]
        lines += e.sources.map { "\($0.file): \($0.snippet)" }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// `lon,lat` as KML wants it.
    static func position(_ c: GeoPoint) -> String {
        "\(GeoJSONExporter.round5(c.longitude)),\(GeoJSONExporter.round5(c.latitude))"
    }

    static func escape(_ s: String) -> String { HTMLText.escape(s) }
}
