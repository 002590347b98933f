/// The one line above an aircraft's history: when it was first and last seen, how many
/// flights, where it has been and the route it flies most.
public struct HistorySummary: Sendable {
    public var identifier: String
    public var flights: Int
    public var firstSeen: EventDate?
    public var lastSeen: EventDate?
    /// Airports, and cities where no airport of that city is known: Rome (city) is not
    /// listed next to LIRA Rome.
    public var placesVisited: [Place]
    /// The most frequent directed route between places named at city level (LIRA and
    /// "Rome" are both Rome), ties going to the route seen first.
    public var topRoute: (from: String, to: String, count: Int)?
    /// Pairs of flights that disagree (see `FlightConflicts`).
    public var conflicts: Int

    public init(identifier: String, events: [FlightEvent]) {
        self.identifier = identifier
        let flights = events.filter { $0.kind == .flight }
        self.flights = flights.count
        let dates = flights.compactMap(\.date)
        firstSeen = dates.min()
        lastSeen = dates.max()
        var places: [Place] = []
        for p in flights.flatMap({ [$0.origin, $0.destination] }).compactMap({ $0 }) where p.level != .country {
            if !places.contains(where: { $0.key == p.key }) { places.append(p) }
        }
        let airportCities = Set(places.filter { $0.level == .airport }.compactMap { p in p.city.map { "\($0)|\(p.country ?? "")" } })
        placesVisited = places.filter { p in
            p.level == .airport || !airportCities.contains("\(p.city ?? p.name ?? "")|\(p.country ?? "")")
        }
        var counts: [String: (from: String, to: String, count: Int, first: Int)] = [:]
        for (n, e) in flights.enumerated() {
            guard let o = e.origin.map(Self.placeName), let d = e.destination.map(Self.placeName) else { continue }
            counts["\(o)→\(d)", default: (o, d, 0, n)].count += 1
        }
        topRoute = counts.values.sorted { ($0.count, -$0.first) > ($1.count, -$1.first) }.first.map { ($0.from, $0.to, $0.count) }
        conflicts = FlightConflicts.find(flights).enumerated().reduce(0) { sum, pair in
            sum + pair.element.filter { $0 > pair.offset }.count
        }
    }

    /// The name a route end goes by: the city of an airport (a base by its own name), the
    /// city, the country, as analysts name them (`AnalystNames.routeName`).
    public static func placeName(_ p: Place) -> String { AnalystNames.shared.routeName(p) }

    /// `I-DIEM: 3 flights, first seen 2020-02-13, last seen 2020-06-08; airports: …; most frequent route Rome → Benghazi (2)`.
    public var line: String {
        var parts = ["\(identifier): \(flights) flight\(flights == 1 ? "" : "s")"]
        parts.append("first seen \(EventFormatter.dateLabel(firstSeen)), last seen \(EventFormatter.dateLabel(lastSeen))")
        var text = parts.joined(separator: ", ")
        if !placesVisited.isEmpty {
            let shown = placesVisited.prefix(6).map(EventFormatter.placeLabel).joined(separator: ", ")
            let more = placesVisited.count > 6 ? " and \(placesVisited.count - 6) more" : ""
            text += "; \(placesVisited.count) place\(placesVisited.count == 1 ? "" : "s") visited: \(shown)\(more)"
        }
        if let r = topRoute { text += "; most frequent route \(r.from) → \(r.to) (\(r.count))" }
        if conflicts > 0 { text += "; \(conflicts) conflict\(conflicts == 1 ? "" : "s") between sources" }
        return text
    }
}
