/// Who flies a route and how often: flights grouped by direction, with both ends named
/// at city level (LIRA and "Rome" are one place, Rome), the aircraft on each and the
/// dates it was flown.
public struct RouteSummary: Sendable {
    /// One direction between two places.
    public struct Route: Sendable {
        public var from: String
        public var to: String
        public var flights: [FlightEvent]
        /// Aircraft with their flights on this route, most first.
        public var aircraft: [(identifier: String, flights: Int)]
        public var first: EventDate? { flights.compactMap(\.date).min() }
        public var last: EventDate? { flights.compactMap(\.date).max() }
    }

    public private(set) var routes: [Route] = []

    /// Every route among `events` whose two ends are known, busiest first.
    public init(events: [FlightEvent]) {
        var byKey: [String: Int] = [:]
        for e in events where e.kind == .flight {
            guard let o = e.origin, let d = e.destination else { continue }
            let from = Self.name(o), to = Self.name(d)
            let key = "\(from)|\(o.country ?? "")→\(to)|\(d.country ?? "")"
            if let i = byKey[key] { routes[i].flights.append(e) } else {
                byKey[key] = routes.count
                routes.append(Route(from: from, to: to, flights: [e], aircraft: []))
            }
        }
        for i in routes.indices {
            routes[i].aircraft = AirportBoard.tally(routes[i].flights.map { $0.identifier ?? "?" }).map { ($0.key, $0.count) }
        }
        routes.sort { ($0.flights.count, $1.from, $1.to) > ($1.flights.count, $0.from, $0.to) }
    }

    /// The flights between two places, either way: from `a` to `b` first, then back.
    public init(events: [FlightEvent], between a: PlaceSelection, and b: PlaceSelection) {
        let there = events.filter { a.matches($0.origin) && b.matches($0.destination) }
        let back = events.filter { b.matches($0.origin) && a.matches($0.destination) }
        for (flights, from, to) in [(there, a, b), (back, b, a)] where !flights.isEmpty {
            routes.append(Route(from: from.label, to: to.label, flights: flights,
                                aircraft: AirportBoard.tally(flights.map { $0.identifier ?? "?" }).map { ($0.key, $0.count) }))
        }
    }

    static func name(_ p: Place) -> String { HistorySummary.placeName(p) }

    /// The routes as a table: direction, flights, aircraft with counts, first and last date.
    public func table(color: Bool, width: Int? = nil) -> String {
        var t = TextTable(columns: ["from", "to", "flights", "aircraft", "first", "last"])
        t.dropOrder = ["first"]
        for r in routes {
            t.add([r.from, r.to, String(r.flights.count), r.aircraft.map { "\($0.identifier) ×\($0.flights)" }.joined(separator: ", "),
                   EventFormatter.dateLabel(r.first), EventFormatter.dateLabel(r.last)])
        }
        return t.render(maxWidths: [36, 36, nil, 60, nil, nil], color: color, width: width)
    }

    /// Every flight of every route, one line each, for `routes --between`.
    public func flightsTable(color: Bool, width: Int? = nil) -> String {
        var t = TextTable(columns: ["date", "time UTC", "aircraft", "type", "operator", "origin", "destination", "conf", "src"])
        t.dropOrder = ["operator", "src", "time UTC", "type", "conf"]
        for r in routes {
            for e in r.flights {
                t.add([EventFormatter.dateLabel(e.date), EventFormatter.timeLabel(e), e.identifier ?? "?", EventFormatter.typeLabel(e),
                       e.operatorName ?? "", EventFormatter.placeLabel(e.origin), EventFormatter.placeLabel(e.destination),
                       HistoryTable.confidenceLabel(e.confidence), String(e.sources.count)])
            }
        }
        return t.render(maxWidths: [nil, nil, nil, 32, 24, 34, 34, nil, nil], color: color, width: width)
    }
}
