/// What `tailwatch airport QUERY` is asking for.
public enum AirportQueryResult: Sendable {
    /// Airport codes and, for a city, the city itself (events known only to city level).
    case places(label: String, codes: [String], city: (name: String, country: String)?)
    /// Several cities or airports answer to the name: the caller takes the one the events
    /// name, or the user picks with --country or a code.
    case ambiguous([AirportCandidate])
    case unknown
}

/// One of the places an ambiguous query may mean.
public struct AirportCandidate: Sendable {
    /// `Tripoli, LY (population 1302947)`, for the list the user picks from.
    public var description: String
    /// What the query would select if it meant this place.
    public var selection: PlaceSelection
}

/// Resolves a user's airport query: ICAO, IATA, airport name or city, English or Arabic.
public struct AirportQuery: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func resolve(_ query: String, country: String? = nil) -> AirportQueryResult {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        let upper = q.uppercased()
        if q.count == 4 || q.count == 3, q.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            if let a = gazetteer.airport(code: upper) ?? (q.count == 3 ? gazetteer.airport(iata: upper) : nil) {
                return .places(label: AnalystNames.shared.tableLabel(a.place), codes: [a.code], city: nil)
            }
        }
        var keys = PhraseIndex<PlaceRef>.tokenKeys(q)
        // "مطار بنينا", "Benina airport": the airport word is not part of the name.
        let generic = Gazetteer.genericAirportWords
        var refs = gazetteer.names.lookup(keys.joined())
        if refs.isEmpty {
            keys = keys.filter { !generic.contains($0) }
            refs = gazetteer.names.lookup(keys.joined())
        }
        var airports: [Airport] = []
        var cities: [City] = []
        for ref in refs {
            switch ref {
            case .airport(let i): airports.append(gazetteer.airports[i])
            case .city(let i): cities.append(gazetteer.cities[i])
            default: break
            }
        }
        if let country {
            airports = airports.filter { $0.country == country.uppercased() }
            cities = cities.filter { $0.country == country.uppercased() }
        }
        // One city per (name, country): GeoNames may list a name twice.
        var seen = Set<String>()
        cities = cities.sorted { $0.population > $1.population }.filter { seen.insert("\($0.name)|\($0.country)").inserted }
        if cities.count > 1 {
            return .ambiguous(cities.map { c in
                let idx = gazetteer.cities.firstIndex { $0.geonameID == c.geonameID }!
                let codes = uniqueInOrder(gazetteer.airports(inCity: idx).map(\.code))
                return AirportCandidate(description: "\(AnalystNames.shared.cityName(c.name, country: c.country)), \(c.country) (population \(c.population))",
                                        selection: PlaceSelection(label: "\(AnalystNames.shared.cityName(c.name, country: c.country)), \(c.country)", codes: codes, city: (c.name, c.country)))
            })
        }
        if let c = cities.first {
            let idx = gazetteer.cities.firstIndex { $0.geonameID == c.geonameID }!
            let codes = gazetteer.airports(inCity: idx).map(\.code) + airports.map(\.code)
            return .places(label: "\(AnalystNames.shared.cityName(c.name, country: c.country)), \(c.country)", codes: uniqueInOrder(codes), city: (c.name, c.country))
        }
        if !airports.isEmpty {
            let codes = uniqueInOrder(airports.map(\.code))
            if codes.count == 1 { return .places(label: AnalystNames.shared.tableLabel(airports[0].place), codes: codes, city: nil) }
            return .ambiguous(airports.map {
                AirportCandidate(description: AnalystNames.shared.tableLabel($0.place), selection: PlaceSelection(label: AnalystNames.shared.tableLabel($0.place), codes: [$0.code], city: nil))
            })
        }
        return .unknown
    }
}
