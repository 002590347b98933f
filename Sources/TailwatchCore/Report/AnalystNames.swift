import Foundation

/// The names analysts use, for every report: an airport by its own name and IATA code
/// ("RAF Brize Norton (BZZ)", not the GeoNames town "Carterton" it was joined to), a city
/// by its common English name ("Misrata", not "Misratah"), an aircraft type by its ICAO
/// designator and the manufacturer's model name ("FA7X Dassault Falcon 7X", however the
/// article wrote it). Stored events keep what was read; only what is shown changes.
///
/// Airport names are OurAirports' without the trailing "International Airport" or
/// "Airport" (the code and IATA beside them say it is an airport); `place_labels.tsv`
/// gives the names the tables get wrong (NAS Sigonella, Rome Ciampino, Al Jufra). City
/// names in countries GeoNames romanises from Arabic or Persian script lose the marks of
/// that romanisation (ā, ḩ, ş, ‘…), which English news does not write; the table gives
/// the exonyms (Hodeidah, Raqqa, Mecca).
public struct AnalystNames: Sendable {
    struct AirportNames: Sendable {
        var label: String?
        var route: String?
    }

    let airports: [String: AirportNames]
    /// `name|CC` → English name.
    let cities: [String: String]
    let types: [String: AircraftType]

    /// Loaded on first use from `place_labels.tsv` and `aircraft_types.tsv`; if a table is
    /// missing from the build, labels fall back to the stored names.
    public static let shared: AnalystNames = (try? AnalystNames(
        places: DataTable.resource("place_labels"), types: DataTable.resource("aircraft_types")))
        ?? AnalystNames(airports: [:], cities: [:], types: [:])

    init(airports: [String: AirportNames], cities: [String: String], types: [String: AircraftType]) {
        self.airports = airports
        self.cities = cities
        self.types = types
    }

    public init(places: DataTable, types typeTable: DataTable) {
        var airports: [String: AirportNames] = [:]
        var cities: [String: String] = [:]
        for r in places.records() {
            switch r["kind"] {
            case "airport": airports[r["key"]] = AirportNames(label: r.optional("label"), route: r.optional("route"))
            case "city": if let label = r.optional("label") { cities[r["key"]] = label }
            default: continue
            }
        }
        var types: [String: AircraftType] = [:]
        for r in typeTable.records() where types[r["designator"]] == nil {
            types[r["designator"]] = AircraftType(designator: r["designator"], manufacturer: r["manufacturer"], model: r["model"], family: r["family"])
        }
        self.airports = airports
        self.cities = cities
        self.types = types
    }

    /// The hand-kept keys, for the test that checks them against the gazetteer.
    public var airportKeys: [String] { airports.keys.sorted() }
    public var cityKeys: [String] { cities.keys.sorted() }

    // MARK: places

    /// An airport's own name as analysts write it: `Benina`, `RAF Brize Norton`, `NAS Sigonella`.
    public func airportName(_ p: Place) -> String {
        if let code = p.code ?? p.icao, let label = airports[code]?.label { return label }
        guard let name = p.name, !name.isEmpty else { return p.code ?? p.icao ?? "?" }
        for suffix in [" International Airport", " Airport"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// An airport's label: its name and IATA code, `RAF Brize Norton (BZZ)`; a city's English
    /// name; a country's name.
    public func label(_ p: Place) -> String {
        switch p.level {
        case .airport:
            let name = airportName(p)
            guard let iata = p.iata, !iata.isEmpty else { return name }
            return "\(name) (\(iata))"
        case .city: return cityName(p) ?? "?"
        case .country: return p.name ?? p.country ?? "?"
        }
    }

    /// A place in a table: the code before an airport's label (`EGVN RAF Brize Norton (BZZ)`),
    /// `Moscow (city)`, `Libya (country)`.
    public func tableLabel(_ p: Place?) -> String {
        guard let p else { return "?" }
        switch p.level {
        case .airport: return [p.code ?? p.icao ?? "", label(p)].filter { !$0.isEmpty }.joined(separator: " ")
        case .city: return "\(label(p)) (city)"
        case .country: return "\(label(p)) (country)"
        }
    }

    /// Short enough for a map: the code and the airport's name without IATA, a city's or country's name.
    public func mapLabel(_ p: Place) -> String {
        switch p.level {
        case .airport: return [p.code ?? p.icao ?? "", airportName(p)].filter { !$0.isEmpty }.joined(separator: " ")
        case .city, .country: return label(p)
        }
    }

    /// The name a route end goes by: an airport's city (LIRA and "Rome" are both Rome), but a
    /// military base by its own name (RAF Brize Norton, not Carterton) and a field the table
    /// names (Al Jufra, not Hūn); a city by its English name; a country by its name.
    public func routeName(_ p: Place) -> String {
        switch p.level {
        case .airport:
            if let code = p.code ?? p.icao, let route = airports[code]?.route { return route }
            if let name = p.name, Self.isBase(name) { return airportName(p) }
            return cityName(p) ?? airportName(p)
        case .city: return cityName(p) ?? "?"
        case .country: return p.name ?? p.country ?? "?"
        }
    }

    /// A city's common English name: the table's, else GeoNames' name, without the marks of
    /// an Arabic or Persian romanisation where the country writes in those scripts.
    public func cityName(_ p: Place) -> String? {
        guard let name = p.city ?? (p.level == .city ? p.name : nil) else { return nil }
        return cityName(name, country: p.country)
    }

    public func cityName(_ name: String, country: String?) -> String {
        if let english = cities["\(name)|\(country ?? "")"] { return english }
        guard let country, Self.arabicScriptCountries.contains(country) else { return name }
        return Self.withoutRomanisationMarks(name)
    }

    /// Countries whose place names GeoNames romanises from Arabic or Persian script.
    static let arabicScriptCountries: Set<String> = [
        "LY", "EG", "SD", "TN", "DZ", "MA", "MR", "SY", "LB", "JO", "IQ", "SA", "YE", "OM", "AE", "QA", "KW", "BH",
        "PS", "IR", "AF",
    ]

    /// `Suwayḩān` → `Suwayhan`, `Ta’if` → `Taif`: combining marks and the ‘ayn and hamza quotes dropped.
    static func withoutRomanisationMarks(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(u.value) || [0x2018, 0x2019, 0x02BC, 0x02BB, 0x02BE, 0x02BF].contains(u.value) { continue }
            out.append(u)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Whether an airport's name says it is a military base, which analysts name as such.
    static func isBase(_ name: String) -> Bool {
        let n = " " + name + " "
        return [" Air Base ", " Airbase ", " Air Force Base ", " Naval Air ", " Navy Air ", " Air Station ", " RAF ", " AFB ",
                " Military "].contains { n.contains($0) }
    }

    // MARK: types

    /// `FA7X Dassault Falcon 7X` for a type with a designator in the catalogue; what the
    /// article wrote otherwise (`Bayraktar TB2`), or the bare designator.
    public func typeLabel(designator: String?, written: String?) -> String? {
        guard let designator, !designator.isEmpty else { return written }
        guard let t = types[designator] else {
            guard let written, AircraftCatalog.modelCode(written) != designator else { return designator }
            return "\(designator) \(written)"
        }
        let firstWord = t.manufacturer.split(separator: " ").first.map(String.init) ?? t.manufacturer
        let model = t.model.hasPrefix(firstWord) ? t.model : "\(t.manufacturer) \(t.model)"
        return "\(designator) \(model)"
    }

    public func typeLabel(_ e: FlightEvent) -> String? { typeLabel(designator: e.typeDesignator, written: e.aircraftType) }
}
