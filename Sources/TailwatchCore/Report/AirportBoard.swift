/// An airport's (or a city's) arrivals and departures by date, like a departures board:
/// aircraft, type, operator and the other end of each flight, with how many flights each
/// aircraft and each country of registry made.
public struct AirportBoard: Sendable {
    /// One line of the board: a flight seen from this place.
    public struct Movement: Sendable {
        public var arriving: Bool
        public var event: FlightEvent
        /// Where it came from (arrivals) or went (departures).
        public var otherEnd: Place? { arriving ? event.origin : event.destination }
    }

    public let place: PlaceSelection
    public let movements: [Movement]
    /// Flights per aircraft, most first, then by identifier.
    public let perAircraft: [(identifier: String, flights: Int)]
    /// Flights per ISO country of registry (`?` when unknown), most first.
    public let perCountry: [(country: String, flights: Int)]
    public let flights: Int

    public init(place: PlaceSelection, events: [FlightEvent]) {
        self.place = place
        var moves: [Movement] = []
        for e in events {
            if place.matches(e.destination) { moves.append(Movement(arriving: true, event: e)) }
            if place.matches(e.origin) { moves.append(Movement(arriving: false, event: e)) }
        }
        movements = moves
        flights = events.count
        perAircraft = Self.tally(events.map { $0.identifier ?? "?" }).map { ($0.key, $0.count) }
        perCountry = Self.tally(events.map { $0.registrationCountry ?? "?" }).map { ($0.key, $0.count) }
    }

    static func tally(_ keys: [String]) -> [(key: String, count: Int)] {
        var counts: [String: Int] = [:]
        for k in keys { counts[k, default: 0] += 1 }
        return counts.map { (key: $0.key, count: $0.value) }.sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    /// The board as text: a heading, the table, and the two tallies.
    public func render(color: Bool, width: Int? = nil) -> String {
        var t = TextTable(columns: ["", "date", "time UTC", "aircraft", "type", "operator", "from / to", "conf", "src", "evidence"])
        t.dropOrder = ["evidence", "operator", "src", "time UTC", "type", "conf"]
        for m in movements {
            let e = m.event
            t.add([m.arriving ? "arr" : "dep", EventFormatter.dateLabel(e.date), EventFormatter.timeLabel(e), e.identifier ?? "?",
                   EventFormatter.typeLabel(e), e.operatorName ?? "",
                   (m.arriving ? "from " : "to ") + EventFormatter.placeLabel(m.otherEnd),
                   HistoryTable.confidenceLabel(e.confidence), String(e.sources.count), e.sources.first?.snippet ?? ""])
        }
        var out = "\(place.label): \(flights) flight\(flights == 1 ? "" : "s")\n"
        out += t.render(maxWidths: [nil, nil, nil, nil, 32, 24, 34, nil, nil, 50], color: color, width: width)
        guard flights > 0 else { return out }
        out += "per aircraft: " + perAircraft.map { "\($0.identifier) \($0.flights)" }.joined(separator: ", ") + "\n"
        out += "per country of registry: " + perCountry.map { "\($0.country) \($0.flights)" }.joined(separator: ", ") + "\n"
        return out
    }
}
