/// What a map of some flights shows, whatever the file format: the places they touch
/// as points and each flight whose two ends are located as a great-circle line.
public struct FlightMap: Sendable {
    /// A place flights arrive at or leave, with how often.
    public struct Stop: Sendable {
        public var place: Place
        public var coordinate: GeoPoint
        public var arrivals: Int
        public var departures: Int
        /// Aircraft seen here, in order of first appearance.
        public var aircraft: [String]
    }

    /// One flight drawn as a line: one part, or two where it crosses the antimeridian.
    public struct Route: Sendable {
        public var event: FlightEvent
        public var from: GeoPoint
        public var to: GeoPoint
        public var parts: [[GeoPoint]]
        public var distanceKm: Double
    }

    public private(set) var stops: [Stop] = []
    public private(set) var routes: [Route] = []
    /// Flights not drawn as lines: an end unknown, country-level or not in the gazetteer,
    /// or both ends the same point.
    public private(set) var undrawn = 0

    public init(events: [FlightEvent], locator: PlaceLocator, stepDegrees: Double = 1) {
        var stopIndex: [String: Int] = [:]
        func visit(_ p: Place?, arriving: Bool, _ e: FlightEvent) -> GeoPoint? {
            guard let p, let c = locator.coordinate(of: p) else { return nil }
            let i: Int
            if let j = stopIndex[p.key] { i = j } else {
                i = stops.count
                stopIndex[p.key] = i
                stops.append(Stop(place: p, coordinate: c, arrivals: 0, departures: 0, aircraft: []))
            }
            if arriving { stops[i].arrivals += 1 } else { stops[i].departures += 1 }
            if let id = e.identifier, !stops[i].aircraft.contains(id) { stops[i].aircraft.append(id) }
            return c
        }
        for e in events where e.kind == .flight {
            let from = visit(e.origin, arriving: false, e)
            let to = visit(e.destination, arriving: true, e)
            guard let from, let to, from != to else { undrawn += 1; continue }
            let line = GreatCircle.path(from: from, to: to, stepDegrees: stepDegrees)
            routes.append(Route(event: e, from: from, to: to, parts: GreatCircle.splitAtAntimeridian(line),
                                distanceKm: GreatCircle.distanceKm(from, to)))
        }
    }
}
