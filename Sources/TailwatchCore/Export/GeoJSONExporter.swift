/// A flight map as GeoJSON (RFC 7946): a FeatureCollection of Points for the places and
/// LineStrings along the great circle for the flights (MultiLineStrings where a flight
/// crosses the antimeridian), positions as [longitude, latitude], with a `bbox`.
/// QGIS and geojson.io open it as it is.
public enum GeoJSONExporter {
    public static func export(_ map: FlightMap) -> String {
        var features: [JSONValue] = []
        for s in map.stops {
            features.append(feature(.object([("type", .string("Point")), ("coordinates", position(s.coordinate))]), [
                ("kind", .string("place")), ("code", EventFormatter.str(s.place.level == .airport ? s.place.code : nil)),
                ("name", EventFormatter.str(s.place.name)), ("city", EventFormatter.str(s.place.city)),
                ("country", EventFormatter.str(s.place.country)), ("level", .string(s.place.level.rawValue)),
                ("label", .string(EventFormatter.placeLabel(s.place))), ("arrivals", .int(s.arrivals)),
                ("departures", .int(s.departures)), ("aircraft", .array(s.aircraft.map { .string($0) })),
            ]))
        }
        for r in map.routes {
            let geometry: JSONValue = r.parts.count == 1
                ? .object([("type", .string("LineString")), ("coordinates", .array(r.parts[0].map(position)))])
                : .object([("type", .string("MultiLineString")), ("coordinates", .array(r.parts.map { .array($0.map(position)) }))])
            features.append(feature(geometry, [("kind", .string("flight"))] + flightProperties(r)))
        }
        // One feature per line: diffable, and a file of thousands of routes stays readable.
        var out = "{\"type\":\"FeatureCollection\","
        if let box = bbox(map) { out += "\"bbox\":" + JSONValue.array(box.map { .double($0) }).rendered() + "," }
        out += "\"features\":[\n" + features.map { $0.rendered() }.joined(separator: ",\n") + "\n]}\n"
        return out
    }

    /// The properties a flight carries on every map format.
    static func flightProperties(_ r: FlightMap.Route) -> [(String, JSONValue)] {
        let e = r.event
        return [
            ("id", e.id.map { .int(Int($0)) } ?? .null), ("registration", EventFormatter.str(e.identifier)),
            ("registration_country", EventFormatter.str(e.registrationCountry)),
            ("aircraft_type", EventFormatter.str(e.aircraftType)), ("operator", EventFormatter.str(e.operatorName)),
            ("date", EventFormatter.str(e.date?.iso)), ("date_precision", EventFormatter.str(e.date?.precision.rawValue)),
            ("time_utc", EventFormatter.str(e.timeUTC)),
            ("origin", .string(EventFormatter.placeLabel(e.origin))),
            ("destination", .string(EventFormatter.placeLabel(e.destination))),
            ("distance_km", .int(Int(r.distanceKm.rounded()))), ("confidence", .double(Confidence.rounded(e.confidence))),
            ("sources", .int(e.sources.count)), ("first_source", EventFormatter.str(e.sources.first?.file)),
        ]
    }

    static func feature(_ geometry: JSONValue, _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("Feature")), ("geometry", geometry), ("properties", .object(properties))])
    }

    /// [lon, lat] rounded to 5 decimals (about a metre).
    static func position(_ c: GeoPoint) -> JSONValue {
        .array([.double(round5(c.longitude)), .double(round5(c.latitude))])
    }

    static func round5(_ x: Double) -> Double { (x * 100_000).rounded() / 100_000 }

    /// [west, south, east, north] of every position. A map crossing the antimeridian gets
    /// none rather than a wrong one (RFC 7946 would need west > east there).
    static func bbox(_ map: FlightMap) -> [Double]? {
        if map.routes.contains(where: { $0.parts.count > 1 }) { return nil }
        let all = map.stops.map(\.coordinate) + map.routes.flatMap { $0.parts.flatMap { $0 } }
        guard !all.isEmpty else { return nil }
        return [all.map(\.longitude).min()!, all.map(\.latitude).min()!, all.map(\.longitude).max()!, all.map(\.latitude).max()!]
            .map(round5)
    }
}
