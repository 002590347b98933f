/// Where a stored place is on the map: an airport by its code, a city by its GeoNames
/// name and country (the most populous of that name). A country has no single point.
public struct PlaceLocator: Sendable {
    let gazetteer: Gazetteer
    private let cityIndex: [String: Int]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var index: [String: Int] = [:]
        for (i, c) in gazetteer.cities.enumerated() {
            let key = "\(c.name)|\(c.country)"
            if let j = index[key], gazetteer.cities[j].population >= c.population { continue }
            index[key] = i
        }
        cityIndex = index
    }

    public func coordinate(of place: Place?) -> Coordinate? {
        guard let place else { return nil }
        switch place.level {
        case .airport:
            guard let a = place.code.flatMap(gazetteer.airport(code:)) ?? place.icao.flatMap(gazetteer.airport(code:)) else { return nil }
            return Coordinate(latitude: a.latitude, longitude: a.longitude)
        case .city:
            guard let name = place.city ?? place.name, let country = place.country,
                  let i = cityIndex["\(name)|\(country)"] else { return nil }
            return Coordinate(latitude: gazetteer.cities[i].latitude, longitude: gazetteer.cities[i].longitude)
        case .country:
            return nil
        }
    }
}
