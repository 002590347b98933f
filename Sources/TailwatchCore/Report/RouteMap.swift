/// What a report's map shows: the places an aircraft (or an airport's traffic) touched and the
/// routes between them, each route once however many flights took it.
public struct RouteMap: Sendable {
    /// A located origin or destination.
    public struct Stop: Sendable, Hashable {
        /// `Place.key`: HLLB, city:Rome, country:LY.
        public var key: String
        /// What the map prints next to the dot: "HLLB Benghazi", "Rome", "Libya".
        public var label: String
        public var point: GeoPoint
    }

    /// Flights from one stop to another (a return leg is another route).
    public struct Route: Sendable {
        public var from: Stop
        public var to: Stop
        /// The flights' dates as tables print them, in the events' order.
        public var dates: [String]
        /// The aircraft that flew it, in first-seen order.
        public var aircraft: [String]

        /// The great circle from `from` to `to`, a point every degree or so (at least 16 segments):
        /// smooth at any zoom the map uses.
        public var arc: [GeoPoint] {
            let degrees = from.point.centralAngle(to: to.point) * 180 / .pi
            return from.point.greatCircle(to: to.point, segments: max(16, Int(degrees.rounded(.up))))
        }
    }

    public private(set) var stops: [Stop] = []
    public private(set) var routes: [Route] = []

    /// Collects stops and routes from events; a place `locate` cannot place is left off the map
    /// (its flights still appear in the report's table).
    public init(events: [FlightEvent], locate: (Place) -> GeoPoint?) {
        var stopIndex: [String: Int] = [:]
        var routeIndex: [String: Int] = [:]
        func stop(_ place: Place?) -> Stop? {
            guard let place else { return nil }
            if let i = stopIndex[place.key] { return stops[i] }
            guard let point = locate(place) else { return nil }
            let s = Stop(key: place.key, label: Self.label(place), point: point)
            stopIndex[place.key] = stops.count
            stops.append(s)
            return s
        }
        for e in events where e.kind == .flight {
            let from = stop(e.origin), to = stop(e.destination)
            guard let from, let to, from.key != to.key else { continue }
            let key = from.key + "\u{1F}" + to.key
            if routeIndex[key] == nil {
                routeIndex[key] = routes.count
                routes.append(Route(from: from, to: to, dates: [], aircraft: []))
            }
            let i = routeIndex[key]!
            routes[i].dates.append(EventFormatter.dateLabel(e.date))
            if let id = e.identifier, !routes[i].aircraft.contains(id) { routes[i].aircraft.append(id) }
        }
    }

    /// Short enough to sit on a map: the code and name of an airport (`HLLB Benina`), a city's
    /// or country's name (`AnalystNames.mapLabel`).
    static func label(_ p: Place) -> String { AnalystNames.shared.mapLabel(p) }

    /// Every point the map must show: the arcs, and the stops no route reaches. A stop on a
    /// route counts through its arc, whose longitudes are unwrapped: Tokyo to San Francisco
    /// spans 139° to 238°, not the whole world from -122° to 139°.
    public var extent: [GeoPoint] {
        let routed = Set(routes.flatMap { [$0.from.key, $0.to.key] })
        return stops.filter { !routed.contains($0.key) }.map(\.point) + routes.flatMap(\.arc)
    }
}
