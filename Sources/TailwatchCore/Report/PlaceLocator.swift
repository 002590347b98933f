/// Puts a stored place on the map: an airport at its runway coordinates, a city at its
/// GeoNames position, a country at the centre of its largest landmass.
public struct PlaceLocator: Sendable {
    let gazetteer: Gazetteer
    let coastline: Coastline
    /// "name|country" → the most populous city of that name (stored places keep only name and country).
    private let cities: [String: City]

    public init(gazetteer: Gazetteer, coastline: Coastline) {
        self.gazetteer = gazetteer
        self.coastline = coastline
        var cities: [String: City] = [:]
        for c in gazetteer.cities {
            let key = "\(c.name)|\(c.country)"
            if let known = cities[key], known.population >= c.population { continue }
            cities[key] = c
        }
        self.cities = cities
    }

    /// Where the place is, or nil when the tables cannot tell (an airport code no longer listed).
    public func locate(_ place: Place) -> GeoPoint? {
        if place.level == .airport, let code = place.code ?? place.icao, let a = gazetteer.airport(code: code) {
            return GeoPoint(latitude: a.latitude, longitude: a.longitude)
        }
        if place.level != .country, let name = place.city, let country = place.country, let c = cities["\(name)|\(country)"] {
            return GeoPoint(latitude: c.latitude, longitude: c.longitude)
        }
        if place.level == .country, let country = place.country { return coastline.outline(iso2: country)?.labelPoint }
        return nil
    }

    /// Where an airport or a city is; nil for a country, which has no single point to
    /// export, and for a place the tables cannot tell.
    public func coordinate(of place: Place?) -> GeoPoint? {
        guard let place, place.level != .country else { return nil }
        return locate(place)
    }
}
