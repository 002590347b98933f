import Foundation

/// What the query commands print, as one string: `tailwatch history`, `airport` and
/// `events` print exactly this, and `tailwatch-bench` times exactly this in process.
public enum QueryOutput {
    /// `tailwatch history REG`: nil when no event is stored for the aircraft (the command
    /// says so and exits 1).
    public static func history(store: EventStore, registration: String, window: DateWindow = DateWindow(),
                               sources: Bool = false, format: OutputFormat = .table, color: Bool = false) throws -> String?
    {
        try history(store: store, registration: registration, selection: EventSelection(window: window), sources: sources,
                    format: format, style: TableStyle(color: color))
    }

    /// `tailwatch history REG` with the filters of `selection` as well as its window.
    public static func history(store: EventStore, registration: String, selection: EventSelection,
                               sources: Bool = false, format: OutputFormat = .table, style: TableStyle = TableStyle()) throws -> String?
    {
        let all = try store.history(identifier: try store.resolveIdentifier(registration))
        guard !all.isEmpty else { return nil }
        let events = selection.apply(all)
        switch format {
        case .table:
            let e = all[0]
            var out = HistorySummary(identifier: e.identifier ?? registration, events: events).line + "\n"
            let card = [AircraftCountry.of(all).map { "registered \($0)" }, AnalystNames.shared.typeLabel(e), e.operatorName].compactMap { $0 }
            if !card.isEmpty { out += card.joined(separator: " · ") + "\n" }
            if events.isEmpty {
                let what = selection.filter.criteria.isEmpty ? "in that window" : "match the filters"
                return out + "no flights \(what) (\(all.count) in all)\n"
            }
            return out + HistoryTable.render(events, sources: sources, color: style.color, width: style.width)
        case .json: return EventFormatter.jsonArray(events, conflicts: EventFormatter.conflictIDs(events))
        case .jsonl: return EventFormatter.jsonLines(events, conflicts: EventFormatter.conflictIDs(events))
        case .csv: return EventFormatter.csv(events, conflicts: EventFormatter.conflictIDs(events))
        }
    }

    /// `tailwatch airport QUERY` once the place is resolved.
    public static func airport(store: EventStore, place: PlaceSelection, window: DateWindow = DateWindow(),
                               format: OutputFormat = .table, color: Bool = false) throws -> String
    {
        try airport(store: store, place: place, selection: EventSelection(window: window), format: format, style: TableStyle(color: color))
    }

    /// `tailwatch airport QUERY` with the filters of `selection` as well as its window.
    public static func airport(store: EventStore, place: PlaceSelection, selection: EventSelection,
                               format: OutputFormat = .table, style: TableStyle = TableStyle()) throws -> String
    {
        let events = selection.filter.apply(try store.board(place, window: selection.window))
        switch format {
        case .table: return AirportBoard(place: place, events: events).render(color: style.color, width: style.width)
        case .json: return EventFormatter.jsonArray(events)
        case .jsonl: return EventFormatter.jsonLines(events)
        case .csv: return EventFormatter.csv(events)
        }
    }

    /// `tailwatch events`.
    public static func events(store: EventStore, selection: EventSelection = EventSelection(), format: OutputFormat = .jsonl,
                              style: TableStyle = TableStyle()) throws -> String
    {
        let events = selection.apply(try store.allEvents())
        switch format {
        case .jsonl: return EventFormatter.jsonLines(events)
        case .json: return EventFormatter.jsonArray(events)
        case .csv: return EventFormatter.csv(events)
        case .table: return HistoryTable.render(events, aircraft: true, color: style.color, width: style.width)
        }
    }
}

extension PlaceSelection {
    /// `Tripoli,LY` as (`Tripoli`, `LY`) when no country is given apart; the query as it is otherwise.
    public static func splitCountry(_ query: String, country: String?) -> (query: String, country: String?) {
        if country == nil, let comma = query.lastIndex(of: ","),
           case let cc = query[query.index(after: comma)...].trimmingCharacters(in: .whitespaces),
           cc.count == 2, cc.allSatisfy({ $0.isASCII && $0.isLetter })
        {
            return (String(query[..<comma]), cc.uppercased())
        }
        return (query, country)
    }
}

extension EventStore {
    /// A place the stored events name, resolved without the gazetteer: an ICAO code
    /// (`HLLB`) or a city with its country as the events store it (`Benghazi`, `LY`).
    /// nil when the database alone cannot answer (the gazetteer must).
    public func storedPlace(_ query: String, country: String?) throws -> PlaceSelection? {
        let code = query.trimmingCharacters(in: .whitespaces)
        if country == nil, code.count == 4, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
           let place = try storedAirport(code: code)
        {
            return PlaceSelection(label: AnalystNames.shared.tableLabel(place), codes: [place.code ?? code.uppercased()], city: nil)
        }
        if let country, let codes = try storedCity(named: code, country: country) {
            return PlaceSelection(label: "\(code), \(country.uppercased())", codes: codes, city: (code, country.uppercased()))
        }
        return nil
    }
}
