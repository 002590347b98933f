/// Output formats the reporting commands share.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv
}

/// Renders events for people (tables) and programs (JSON lines, JSON, CSV).
/// The JSON field names are a contract: fields may be added, never renamed.
public enum EventFormatter {
    /// One event as a JSON object. `conflictsWith` (the ids of flights it disagrees with,
    /// see `FlightConflicts`) adds a `conflicts_with` field, as `history` gives it.
    public static func json(_ e: FlightEvent, conflictsWith: [Int64]? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", e.id.map { .int(Int($0)) } ?? .null),
            ("kind", .string(e.kind.rawValue)),
            ("registration", str(e.registration)),
            ("registration_country", str(e.registrationCountry)),
            ("aircraft_type", str(e.aircraftType)),
            ("type_designator", str(e.typeDesignator)),
            ("type_label", str(AnalystNames.shared.typeLabel(e))),
            ("operator", str(e.operatorName)),
            ("origin", place(e.origin)),
            ("destination", place(e.destination)),
            ("date", str(e.date?.iso)),
            ("date_precision", str(e.date?.precision.rawValue)),
            ("date_evidence", e.dateEvidence.map { d in
                .object([
                    ("basis", .string(d.basis.rawValue)), ("sha256", .string(d.sha256)),
                    ("start", d.start.map { .int($0) } ?? .null), ("end", d.end.map { .int($0) } ?? .null),
                    ("text", .string(d.text)), ("weekday_mismatch", .bool(d.weekdayMismatch)),
                    ("order_ambiguous", .bool(d.orderAmbiguous)),
                ])
            } ?? .null),
            ("time_utc", str(e.timeUTC)),
            ("time_kind", str(e.timeKind?.rawValue)),
            ("callsign", str(e.callsign)),
            ("icao_hex", str(e.icaoHex)),
            ("confidence", .double(Confidence.rounded(e.confidence))),
            ("sources", .array(e.sources.map { s in
                .object([
                    ("file", .string(s.file)), ("path", .string(s.path)), ("sha256", .string(s.sha256)),
                    ("start", .int(s.start)), ("end", .int(s.end)), ("snippet", .string(s.snippet)),
                ])
            })),
        ]
        if let conflictsWith { fields.append(("conflicts_with", .array(conflictsWith.map { .int(Int($0)) }))) }
        return .object(fields)
    }

    /// The ids of the flights each event conflicts with, for `json(_:conflictsWith:)`.
    public static func conflictIDs(_ events: [FlightEvent]) -> [[Int64]] {
        FlightConflicts.find(events).map { $0.compactMap { events[$0].id } }
    }

    static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    static func place(_ p: Place?) -> JSONValue {
        guard let p else { return .null }
        return .object([
            ("icao", str(p.icao)), ("iata", str(p.iata)), ("code", str(p.level == .airport ? p.code : nil)),
            ("name", str(p.name)), ("city", str(p.city)), ("country", str(p.country)), ("level", .string(p.level.rawValue)),
            ("label", .string(AnalystNames.shared.label(p))),
        ])
    }

    public static func jsonLines(_ events: [FlightEvent], conflicts: [[Int64]]? = nil) -> String {
        events.indices.map { json(events[$0], conflictsWith: conflicts?[$0]).rendered() + "\n" }.joined()
    }

    public static func jsonArray(_ events: [FlightEvent], conflicts: [[Int64]]? = nil) -> String {
        JSONValue.array(events.indices.map { json(events[$0], conflictsWith: conflicts?[$0]) }).rendered(pretty: true) + "\n"
    }

    public static let csvHeader = [
        "id", "kind", "registration", "registration_country", "aircraft_type", "type_designator", "operator",
        "origin", "origin_name", "origin_city", "origin_country", "destination", "destination_name", "destination_city",
        "destination_country", "date", "date_precision", "time_utc", "time_kind", "callsign", "icao_hex", "confidence",
        "sources", "first_file", "first_start", "first_end", "first_snippet",
    ]

    /// The columns `locator` adds, after the others: each end's position (an airport's
    /// runway, a city's GeoNames point; empty for a country or a place not in the tables).
    public static let csvPositionHeader = ["origin_lat", "origin_lon", "destination_lat", "destination_lon"]

    /// CSV with `csvHeader`; `conflicts` adds a column `conflicts_with` (ids joined by spaces);
    /// `locator` adds `csvPositionHeader` (`export --format csv`, for spreadsheets and GIS).
    public static func csv(_ events: [FlightEvent], conflicts: [[Int64]]? = nil, locator: PlaceLocator? = nil) -> String {
        var w = CSVWriter(header: csvHeader + (conflicts == nil ? [] : ["conflicts_with"]) + (locator == nil ? [] : csvPositionHeader))
        /// Five decimals: about a metre, as the tables give positions.
        func degrees(_ x: Double?) -> String? { x.map { String(format: "%.5f", $0) } }
        for (i, e) in events.enumerated() {
            var positions: [String?] = []
            if let locator {
                let from = locator.coordinate(of: e.origin), to = locator.coordinate(of: e.destination)
                positions = [degrees(from?.latitude), degrees(from?.longitude), degrees(to?.latitude), degrees(to?.longitude)]
            }
            let s = e.sources.first
            w.append([
                e.id.map { String($0) }, e.kind.rawValue, e.registration, e.registrationCountry, e.aircraftType,
                e.typeDesignator, e.operatorName, e.origin?.key, e.origin?.name, e.origin?.city, e.origin?.country,
                e.destination?.key, e.destination?.name, e.destination?.city, e.destination?.country, e.date?.iso,
                e.date?.precision.rawValue, e.timeUTC, e.timeKind?.rawValue, e.callsign, e.icaoHex,
                String(format2(e.confidence)), String(e.sources.count), s?.file, s.map { String($0.start) },
                s.map { String($0.end) }, s?.snippet,
            ] + (conflicts.map { [$0[i].map(String.init).joined(separator: " ")] } ?? []) + positions)
        }
        return w.text
    }

    /// "2020-06-08", "~2020-06" for a month-only date, "?" when unknown.
    public static func dateLabel(_ d: EventDate?) -> String {
        guard let d else { return "?" }
        return d.precision == .day ? d.iso : "~" + d.iso
    }

    /// "10:00 arr", "14:15 dep", "09:30" (seen), "" when no time is known.
    public static func timeLabel(_ e: FlightEvent) -> String {
        e.timeUTC.map { $0 + (e.timeKind == .arrival ? " arr" : e.timeKind == .departure ? " dep" : "") } ?? ""
    }

    /// A place for a table, by the name analysts use (`AnalystNames`): `EGVN RAF Brize Norton (BZZ)`,
    /// `Misrata (city)`, `Libya (country)`.
    public static func placeLabel(_ p: Place?) -> String { AnalystNames.shared.tableLabel(p) }

    /// An aircraft's type as analysts name it: `FA7X Dassault Falcon 7X` (`AnalystNames`).
    public static func typeLabel(_ e: FlightEvent) -> String { AnalystNames.shared.typeLabel(e) ?? "" }

    /// `0.9`, `0.83`: the rounded confidence as JSON writes it (`Confidence.rounded`).
    static func format2(_ x: Double) -> String { String(Confidence.rounded(x)) }
}
