import Foundation

/// Every place name of an article read in the light of the whole article: which countries
/// it names (Tripoli: LY or LB) and which airports of a city it names (Milan: Malpensa).
struct ArticlePlaces {
    /// The place of each name, by the index of its first token.
    private let byStart: [Int: Place]

    init(byStart: [Int: Place]) { self.byStart = byStart }

    func place(of m: PlaceMention) -> Place? { byStart[m.tokens.lowerBound] }
}

/// Which place a name is, and how places hold one another.
extension ArticleExtractor {
    /// Resolves every place name of the article. A city of several airports is the one of
    /// them the headline names ("alla volta di Milano" under a headline about Milano
    /// Malpensa); elsewhere it stays the city, as the guide asks.
    func articlePlaces(_ m: ArticleMentions) -> ArticlePlaces {
        let votes = countryVotes(m.places)
        func paragraph(_ p: PlaceMention) -> Int? { m.layout.sentence(at: m.tokens[p.tokens.lowerBound].location)?.paragraph }
        let headline = m.headline?.paragraph
        var resolved: [(mention: PlaceMention, place: Place, paragraph: Int?)] = []
        for p in m.places { if let place = resolve(p, votes) { resolved.append((p, place, paragraph(p))) } }
        func cityKey(_ p: Place) -> String { "\(p.city ?? "")|\(p.country ?? "")" }
        var airportsNamed: [String: [(code: String?, place: Place, paragraph: Int?)]] = [:]
        for r in resolved where r.place.level == .airport && r.place.city != nil {
            airportsNamed[cityKey(r.place), default: []].append((r.place.code, r.place, r.paragraph))
        }
        var byStart: [Int: Place] = [:]
        for r in resolved {
            var place = r.place
            if place.level == .city, let named = airportsNamed[cityKey(place)] {
                let near = named.filter { $0.paragraph != nil && $0.paragraph == headline && r.paragraph != headline }
                if Set(near.map(\.code)).count == 1 { place = near[0].place }
            }
            byStart[r.mention.tokens.lowerBound] = place
        }
        return ArticlePlaces(byStart: byStart)
    }

    /// Whether `inner` lies within `outer` (airport in city, city in country).
    func contains(_ outer: Place, _ inner: Place) -> Bool {
        guard outer.precisionRank < inner.precisionRank || outer.code == inner.code && outer.level == inner.level else {
            return outer.level == .city && inner.level == .city && outer.city == inner.city
        }
        if outer.level == .country { return outer.country == inner.country }
        if outer.level == .city { return outer.city == inner.city && outer.country == inner.country }
        return outer.code == inner.code
    }

    /// A name's place: airports first, then the city the article's countries make likeliest.
    func resolve(_ m: PlaceMention, _ votes: [String: Int]) -> Place? {
        let g = knowledge.gazetteer
        var airports: [Airport] = []
        var cities: [Int] = []
        var countries: [Int] = []
        var base: String?
        for ref in m.refs {
            switch ref {
            case .airport(let i): airports.append(g.airports[i])
            case .city(let i): cities.append(i)
            case .country(let i): countries.append(i)
            case .adjective: break
            case .base(let name): base = name
            }
        }
        // "Al Reef Air Base": a field no table has is known by its name (the guide's `name:`).
        if let base, airports.isEmpty, cities.isEmpty, countries.isEmpty {
            return Place(level: .airport, name: base)
        }
        func score(_ country: String, _ population: Int) -> Double {
            Double(votes[country] ?? 0) * 1e9 + Double(population)
        }
        // "Egypt" is a country before it is some town's other name; a city keeps its own name ("Djibouti").
        // Only the country's own city of its name counts (Djibouti, Kuwait); a town called
        // Venezuela in Cuba does not make "Venezuela" a city.
        if let c = countries.first, !cities.contains(where: {
            g.cities[$0].name.lowercased() == g.countries[c].name.lowercased() && g.cities[$0].country == g.countries[c].iso2
        }) {
            if airports.isEmpty { return g.place(country: c) }
            // "Mali" is the country, not Indonesia's Mali Airport: a country's name beats an
            // airport abroad that shares it, unless the text calls it an airport.
            if !m.airportWord, !airports.contains(where: { $0.country == g.countries[c].iso2 }) { return g.place(country: c) }
        }
        if let city = cities.max(by: { score(g.cities[$0].country, g.cities[$0].population) < score(g.cities[$1].country, g.cities[$1].population) }) {
            // An airport alias that is also the city's name: the city rule decides (Rome stays Rome).
            if airports.isEmpty || airports.contains(where: { $0.city == g.cities[city].name }) {
                if airports.count == 1 && !g.cities[city].name.isEmpty && airports[0].city != g.cities[city].name { return airports[0].place }
                return g.resolve(city: city, airportNamed: m.airportWord)
            }
        }
        if !airports.isEmpty {
            let best = airports.max { a, b in
                (a.inUse ? 1 : 0, votes[a.country] ?? 0, rank(a.type)) < (b.inUse ? 1 : 0, votes[b.country] ?? 0, rank(b.type))
            }!
            // "Istanbul Airport", "مطار اسطنبول": a city's name with "airport" does not tell
            // which of its airports, when it has several in use.
            let distinctive = m.nameKeys.filter { !Gazetteer.genericAirportWords.contains($0) }
            // "Cairo International" is an airport's name: it names the main field.
            if !m.nameKeys.contains(where: knowledge.assemblyWords.international.contains),
               let cityIndex = best.geonameID.flatMap(g.cityIndex(geonameID:)),
               distinctive == PhraseIndex<PlaceRef>.tokenKeys(g.cities[cityIndex].name)
                || g.cityNameKeys(cityIndex).contains(distinctive.joined()),
               g.airports(inCity: cityIndex).filter(\.inUse).count > 1
            {
                return g.resolve(city: cityIndex)
            }
            return best.place
        }
        if let c = countries.first { return g.place(country: c) }
        return nil
    }

    private func rank(_ type: String) -> Int {
        ["large_airport": 3, "medium_airport": 2, "small_airport": 1][type] ?? 0
    }

    /// How often each country is named or implied in the article (for Tripoli, LY or LB).
    func countryVotes(_ mentions: [PlaceMention]) -> [String: Int] {
        let g = knowledge.gazetteer
        var votes: [String: Int] = [:]
        for m in mentions {
            for ref in m.refs {
                switch ref {
                case .country(let i), .adjective(let i): votes[g.countries[i].iso2, default: 0] += 2
                case .airport(let i): votes[g.airports[i].country, default: 0] += 1
                case .city, .base: break
                }
            }
        }
        return votes
    }
}
