/// How precisely a place is known.
public enum PlaceLevel: String, Sendable, Codable, Hashable {
    /// A specific airfield, with a code (ICAO, or the OurAirports ident for bases without one).
    case airport
    /// A city with several airports (or none in use), airport not named.
    case city
    /// Only the country.
    case country
}

/// An origin or destination, resolved against the gazetteer.
public struct Place: Hashable, Sendable, Codable {
    public var level: PlaceLevel
    /// OurAirports ident: the ICAO code where there is one, else a local ident (HL77).
    public var code: String?
    public var icao: String?
    public var iata: String?
    public var name: String?
    /// English city name as GeoNames gives it.
    public var city: String?
    /// ISO 3166-1 alpha-2.
    public var country: String?
    public var timeZone: String?

    public init(
        level: PlaceLevel, code: String? = nil, icao: String? = nil, iata: String? = nil,
        name: String? = nil, city: String? = nil, country: String? = nil, timeZone: String? = nil
    ) {
        self.level = level
        self.code = code
        self.icao = icao
        self.iata = iata
        self.name = name
        self.city = city
        self.country = country
        self.timeZone = timeZone
    }

    /// A short key: the airport code, `city:Name`, or `country:CC`: the form gold files use.
    public var key: String {
        switch level {
        case .airport: return code ?? icao ?? "name:\(name ?? "?")"
        case .city: return "city:\(city ?? name ?? "?")"
        case .country: return "country:\(country ?? "?")"
        }
    }

    /// Readable label for tables: `HLLB Benina (Benghazi)`.
    public var label: String {
        switch level {
        case .airport:
            var parts = [code ?? icao ?? ""]
            if let name { parts.append(name) }
            if let city, !(name ?? "").contains(city) { parts.append("(\(city))") }
            return parts.filter { !$0.isEmpty }.joined(separator: " ")
        case .city: return [city ?? name ?? "?", country.map { "(\($0))" } ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        case .country: return name ?? country ?? "?"
        }
    }

    /// Whether `other` could be the same place told less precisely (or more precisely).
    public func isCompatible(with other: Place) -> Bool {
        if let a = code, let b = other.code, level == .airport, other.level == .airport { return a == b }
        if let a = country, let b = other.country, a != b { return false }
        if level == .country || other.level == .country { return true }
        if let a = city, let b = other.city { return a == b }
        return level != .airport || other.level != .airport
    }

    /// A base or airfield known only by the name the text gives it (no code, no country).
    public var isUnknownField: Bool { level == .airport && code == nil && icao == nil && country == nil }

    /// Levels ordered from vaguest to most precise.
    public var precisionRank: Int {
        switch level {
        case .country: return 0
        case .city: return 1
        case .airport: return 2
        }
    }
}
