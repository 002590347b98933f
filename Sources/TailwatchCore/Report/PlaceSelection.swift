/// A place a report is about, as `airport QUERY` resolved it: some airport codes and,
/// for a city, the city itself (events known only to city level).
public struct PlaceSelection: Sendable {
    /// How the place is shown: `HLLB Benina International Airport (Benghazi)`, `Benghazi, LY`.
    public var label: String
    public var codes: Set<String>
    public var city: (name: String, country: String)?

    public init(label: String, codes: [String], city: (name: String, country: String)?) {
        self.label = label
        self.codes = Set(codes)
        self.city = city
    }

    /// Whether an origin or destination is this place: one of its airports, or the city
    /// itself when the selection is a city. A country-level place never is.
    public func matches(_ p: Place?) -> Bool {
        guard let p else { return false }
        if p.level == .airport, let c = p.code, codes.contains(c) { return true }
        if let city, p.level == .city, p.city == city.name, p.country == city.country { return true }
        return false
    }
}
