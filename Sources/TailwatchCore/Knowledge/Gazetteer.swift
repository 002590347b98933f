import Foundation

/// An airport row of `airports.tsv` (OurAirports joined with GeoNames and airportsdata).
public struct Airport: Sendable {
    public var code: String
    public var icao: String?
    public var iata: String?
    public var name: String
    public var type: String
    public var scheduled: Bool
    public var city: String?
    public var geonameID: Int?
    public var country: String
    public var latitude: Double
    public var longitude: Double
    public var timeZone: String?
    /// Other names (OurAirports keywords).
    public var aliases: [String] = []

    /// In use for flights a reader would expect: not closed, and scheduled service or a large/medium field.
    public var inUse: Bool {
        type != "closed" && (scheduled || type == "large_airport" || type == "medium_airport")
    }

    /// A public airport for the flights this genre follows: scheduled service, or a large or
    /// medium field named international or executive (VIP jets use those without a timetable).
    public var isPublicAirport: Bool {
        guard type != "closed" else { return false }
        if scheduled { return true }
        guard type == "large_airport" || type == "medium_airport" else { return false }
        return PhraseIndex<PlaceRef>.tokenKeys(name).contains(where: Gazetteer.publicAirportWords.contains)
    }

    public var place: Place {
        Place(level: .airport, code: code, icao: icao, iata: iata, name: name, city: city, country: country, timeZone: timeZone)
    }
}

/// A city row of `cities.tsv` (GeoNames).
public struct City: Sendable {
    public var geonameID: Int
    public var name: String
    public var country: String
    public var population: Int
    public var timeZone: String?
    public var latitude: Double
    public var longitude: Double
}

/// A country row of `countries.tsv` (pycountry with translations, hand-kept adjectives).
public struct Country: Sendable {
    public var iso2: String
    public var name: String
    /// GeoNames id of its capital city (countries.tsv `capital`).
    public var capitalGeonameID: Int? = nil
}

/// What a name in text can refer to.
public enum PlaceRef: Sendable, Hashable {
    case airport(Int)
    case city(Int)
    case country(Int)
    /// "Libyan", "الليبية": tells which country an article is about, not a place of a route.
    case adjective(Int)
    /// "Al Reef Air Base": a base or airfield no table knows, by its name as written (without
    /// the generic words); never in the name index.
    case base(name: String)
}

/// Airports, cities and countries with every name they go by, and the rules that
/// turn a name into the most precise place the text supports.
public struct Gazetteer: Sendable {
    public let airports: [Airport]
    public let cities: [City]
    public let countries: [Country]
    public let names: PhraseIndex<PlaceRef>
    private let airportsByCode: [String: Int]
    private let airportsByIATA: [String: Int]
    private let airportsByCity: [Int: [Int]]
    private let countryByISO: [String: Int]
    private let cityByGeonameID: [Int: Int]
    /// Every name of each city as joined token keys, sorted.
    let cityNames: [Int: [String]]

    /// Generic words in airport names, dropped to make the short names news uses.
    /// Words in an airport's name that say it is open to the public (see `Airport.isPublicAirport`).
    static let publicAirportWords: Set<String> = ["international", "intl", "executive"]

    static let genericAirportWords: Set<String> = [
        "international", "intl", "airport", "airfield", "air", "base", "airbase", "ab", "afb", "field",
        "aerodrome", "airstrip", "regional", "municipal", "aeroporto", "aeroport", "havalimani",
        "havaalani", "domestic", "military", "force", "raf", "naval", "station", "nas", "heliport",
        "مطار", "قاعده", "الدولي", "الجويه", "جويه", "العسكريه", "العسكري",
    ]

    /// Countries whose towns Arabic news names by their own Arabic names, small ones too.
    static let arabicReadingCountries: Set<String> = [
        "LY", "EG", "TN", "DZ", "MA", "MR", "SD", "SS", "TD", "NE", "ML", "SY", "LB", "IL", "PS", "JO", "IQ", "SA",
        "AE", "QA", "BH", "KW", "OM", "YE", "TR", "CY", "SO", "DJ", "KM",
    ]

    /// Latin words that are also place names somewhere; never read as places on their own.
    static let commonWords: Set<String> = [
        "of", "the", "and", "for", "from", "to", "in", "on", "at", "by", "as", "is", "it", "an", "or",
        "but", "not", "all", "new", "old", "can", "may", "will", "said", "says", "today", "now", "day",
        "more", "most", "also", "just", "well", "over", "under", "after", "before", "then", "than", "there",
        "here", "when", "where", "what", "who", "why", "how", "this", "that", "these", "those", "with",
        "without", "into", "onto", "about", "above", "below", "up", "down", "out", "off", "again", "once",
        "only", "own", "same", "so", "too", "very", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "first", "second", "third", "last", "next", "early", "late", "long",
        "short", "high", "low", "big", "small", "large", "good", "best", "bad", "man", "men", "war",
        "peace", "air", "sea", "land", "base", "city", "town", "port", "fort", "mount", "lake", "river",
        "island", "bay", "cape", "point", "center", "centre", "central", "north", "south", "east", "west",
        "union", "victoria", "royal", "army", "national", "international", "independence", "liberty", "hope", "mission", "reading", "mobile", "split",
        "nice", "bath", "sale", "bar", "of", "ede", "este", "para", "santa", "san", "la", "le", "el",
        "al", "de", "da", "di", "del", "della", "des", "du", "les", "los", "las", "das", "der", "die",
        "a", "e", "i", "o", "u", "y", "per", "con", "non", "come", "casa", "sud", "nord", "ovest", "est",
        "via", "roma", "stato", "governo", "marina", "amerika", "kan", "march", "may", "june", "july",
        "august", "april", "aurora", "paradise", "eagle", "falcon", "hawk", "condor", "atlas", "titan",
        "hercules", "globe", "general", "president", "premier", "minister", "republic", "government",
        "intelligence", "navy", "army", "force", "forces", "flight", "flights", "plane", "planes",
        "aircraft", "jet", "cargo", "military", "civil", "defence", "defense", "security", "data",
        "radar", "track", "tracking", "media", "news", "post", "press", "times", "star", "sun", "moon",
        // Aircraft makers: "an Antonov An-124" is no flight to Antonov airport (Hostomel).
        "antonov", "ilyushin", "tupolev", "sukhoi", "yakovlev", "boeing", "airbus", "embraer", "dassault",
        "gulfstream", "bombardier", "lockheed", "cessna", "beechcraft", "pilatus", "learjet", "fokker",
    ]

    /// `commonArabicWords` hashed as bytes (`KeySet`): the place match asks it of every Arabic
    /// token, and hashing Arabic `String`s normalises them on each lookup.
    static let commonArabicWordKeys = KeySet(commonArabicWords)

    /// Arabic words that GeoNames also lists as some town's name.
    static let commonArabicWords: Set<String> = [
        "من", "الى", "في", "على", "عن", "مع", "بعد", "قبل", "حتى", "منذ", "عند", "بين", "ان", "او",
        "ما", "لا", "لم", "لن", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",
        "اليوم", "امس", "وقال", "قال", "قالت", "وقالت", "الطائره", "طائره", "رحله", "مطار", "المطار",
        "الجيش", "القوات", "قوات", "حكومه", "الحكومه", "الوزير", "وزير", "رئيس", "الرئيس", "مدينه",
        "المدينه", "العاصمه", "الشرق", "الغرب", "الشمال", "الجنوب", "شرق", "غرب", "شمال", "جنوب",
        "الوطني", "الدولي", "الجوي", "الجويه", "السلام", "النصر", "الحريه", "الوحده", "الثوره",
        "الامل", "النور", "الفجر", "الكرامه", "الشهداء", "العين", "الدوله", "دوله", "الملك", "ملك",
        "الامير", "نحو", "طراز", "نوع", "طرازها", "التقدم", "كيف", "صور", "وقف", "لجنه", "عنه", "وفد", "وفدا",
        "امل", "كامل", "طرف", "الطرف", "دور", "دورا", "حديثه", "حديث", "فعاليه", "بركان", "حركه", "الحركه", "الجديد",
        "الجديده", "جديد", "جديده", "القايم", "القائم", "النار", "اطلاق", "السلطه", "الشعب", "الحدود", "الساحل", "عبر", "خلال", "بيان", "البيان", "مصدر", "مصادر", "موقع", "الموقع",
        // Found as false places by Scripts/eval/probe_arabic_places.py and in Arabic passages:
        // "وإن" (and that: Van), "في إطار" (within: Atar), "قناة الجزيرة" (Algiers' GeoNames name),
        // "هوية" (identity: Hue), "الأبيض" (white, البحر الأبيض: El Obeid), "الخبر" (the news:
        // Khobar), "بشار" (Bashar: Béchar), "عقبة" (obstacle: Aqaba, which is العقبة), "رقة"
        // (Raqqa is الرقة; "برقة", Cyrenaica, read as ب + رقة), "بحركة" (with a movement).
        "وان", "اطار", "الجزيره", "هويه", "الابيض", "الخبر", "بشار", "عقبه", "رقه", "بحركه", "كورونا",
        "الاشهر", "الباب", "الشروق", "الوادي", "القصر", "القبه", "الخميس", "ريم", "سمراء",
    ]

    public init(airports: [Airport], cities: [City], countries: [Country],
                cityNames: [(Int, [String])], countryNames: [(Int, [String])],
                adjectives: [(Int, [String])], airportAliases: [(String, String)])
    {
        let byCode = Self.airportCodes(airports)

        var index = PhraseIndex<PlaceRef>()
        func add(_ name: String, _ ref: PlaceRef) { add(keys: PhraseIndex<PlaceRef>.tokenKeys(name), ref) }
        func add(keys: [String], _ ref: PlaceRef) {
            guard let first = keys.first else { return }
            if keys.count == 1 {
                if first.count < 3 || Self.commonWords.contains(first) || Self.commonArabicWords.contains(first) { return }
                // Three-letter Arabic words are mostly common words; only big cities keep such names (دبي، حمص).
                if first.count == 3, first.unicodeScalars.first.map({ (0x0600...0x06FF).contains($0.value) }) == true,
                   case .city(let c) = ref, cities[c].population < 200_000 { return }
                if first.allSatisfy(\.isNumber) { return }
            }
            index.insert(tokenKeys: keys, ref)
        }
        func distinctive(_ keys: [String]) -> [String] { keys.filter { !Self.genericAirportWords.contains($0) } }
        func safe(_ keys: [String]) -> Bool {
            !keys.isEmpty && (keys.count > 1 || (keys[0].count >= 5 && !Self.commonWords.contains(keys[0])))
        }
        for (i, a) in airports.enumerated() {
            let cityKeys = a.city.map { PhraseIndex<PlaceRef>.tokenKeys($0) } ?? []
            // "Paris-Le Bourget Airport", "Berlin-Tegel Otto Lilienthal": the part after
            // the city's name is what people call the field.
            if let dash = a.name.firstIndex(where: { $0 == "-" || $0 == "–" }), !cityKeys.isEmpty,
               PhraseIndex<PlaceRef>.tokenKeys(String(a.name[..<dash])) == cityKeys
            {
                let rest = distinctive(PhraseIndex<PlaceRef>.tokenKeys(String(a.name[a.name.index(after: dash)...])))
                let part = rest.count <= 2 ? rest : Array(rest.prefix(1))
                if safe(part) {
                    index.insert(tokenKeys: part, .airport(i))
                    index.insert(tokenKeys: cityKeys + part, .airport(i))  // "Berlin Tegel"
                }
            }
            // Other names that are airport names ("Chkalovsky Airport", "Soluch Airfield").
            for alias in a.aliases {
                let keys = PhraseIndex<PlaceRef>.tokenKeys(alias)
                guard keys.count > 1, keys.contains(where: Self.genericAirportWords.contains) else { continue }
                let d = distinctive(keys)
                guard safe(d), d != cityKeys else { continue }
                index.insert(tokenKeys: keys, .airport(i))
                index.insert(tokenKeys: d, .airport(i))
            }
            add(a.name, .airport(i))
            let short = PhraseIndex<PlaceRef>.tokenKeys(a.name).filter { !Self.genericAirportWords.contains($0) }
            // A closed field's short name is the town's, not the field's: "Kayseri Airport" (closed,
            // at Develi) must not take "Kayseri" from Erkilet, the airport flights to Kayseri use.
            if a.type != "closed", !short.isEmpty, short.count < PhraseIndex<PlaceRef>.tokenKeys(a.name).count {
                let cityKey = a.city.map { PhraseIndex<PlaceRef>.tokenKeys($0).joined() }
                // "Benghazi Benina International" → "benina"; but never a bare city name ("Rome").
                if short.joined() != cityKey, !(short.count == 1 && (short[0].count < 4 || Self.commonWords.contains(short[0]))) {
                    index.insert(tokenKeys: short, .airport(i))
                }
            }
        }
        // Aliases are hand-kept and list every short form that is safe ("بنينا"); no
        // shorter form is derived from them ("قاعدة التقدم" must not make "التقدم" a place).
        for (code, alias) in airportAliases {
            guard let i = byCode[code] else { continue }
            add(alias, .airport(i))
            // "مطار الملك عبد العزيز الدولي" is written without its "International" as often as with it.
            let keys = PhraseIndex<PlaceRef>.tokenKeys(alias)
            if keys.count > 2, let last = keys.last, Self.publicAirportWords.contains(last) || last == "الدولي" {
                add(keys: Array(keys.dropLast()), .airport(i))
            }
        }
        let airportsByCityID = Self.airportLookups(airports).1
        // Each name is tokenised once: the city names are most of the start-up work.
        var namesOfCity: [Int: [String]] = [:]
        for (i, list) in cityNames {
            var seen = Set<String>()
            // Arabic writers name foreign towns only when they are large; GeoNames' Arabic
            // names of small foreign towns are often common words ("طراز", type).
            let arabicNamesCount = Self.arabicReadingCountries.contains(cities[i].country) || cities[i].population >= 500_000
            // A town with a public airport of its own is one flights are reported to (Berbera);
            // its long Arabic names only: short ones are words ("بن", "يكن").
            let longArabicNamesCount = !arabicNamesCount && cities[i].population >= 100_000
                && (airportsByCityID[cities[i].geonameID] ?? []).contains { airports[$0].isPublicAirport }
            // Other Latin names of small towns far from the genre's region are often plain
            // words ("Seen", "Egypt"); such a town is known by its own name only (the first two: name, ASCII name).
            let otherNamesCount = Self.arabicReadingCountries.contains(cities[i].country) || cities[i].population >= 100_000
            var ownNames = Set<String>()
            for (n, name) in list.enumerated() {
                let keys = PhraseIndex<PlaceRef>.tokenKeys(name)
                let joined = keys.joined()
                if n < 2 { ownNames.insert(joined) }
                guard seen.insert(joined).inserted else { continue }
                if !arabicNamesCount, name.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
                    guard longArabicNamesCount, joined.count >= 5, !joined.hasPrefix("ال"), !Self.commonArabicWords.contains(joined) else { continue }
                }
                if !otherNamesCount, !ownNames.contains(joined) { continue }
                add(keys: keys, .city(i))
            }
            namesOfCity[i] = seen.sorted()
        }
        for (i, list) in countryNames { for n in list { add(n, .country(i)) } }
        for (i, list) in adjectives { for n in list { add(n, .adjective(i)) } }
        self.init(airports: airports, cities: cities, countries: countries, names: index, cityNames: namesOfCity)
    }

    /// A gazetteer from its rows and name index (built above, or read back by
    /// `GazetteerSnapshot`); the lookups by code, city and country are derived here.
    init(airports: [Airport], cities: [City], countries: [Country], names: PhraseIndex<PlaceRef>, cityNames: [Int: [String]]) {
        self.airports = airports
        self.cities = cities
        self.countries = countries
        self.names = names
        self.cityNames = cityNames
        self.airportsByCode = Self.airportCodes(airports)
        (self.airportsByIATA, self.airportsByCity) = Self.airportLookups(airports)
        self.cityByGeonameID = Dictionary(cities.enumerated().map { ($1.geonameID, $0) }, uniquingKeysWith: { a, _ in a })
        self.countryByISO = Dictionary(countries.enumerated().map { ($1.iso2, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Airport index by code, then by ICAO code where that differs.
    private static func airportCodes(_ airports: [Airport]) -> [String: Int] {
        var byCode: [String: Int] = [:]
        for (i, a) in airports.enumerated() {
            byCode[a.code] = i
            if let icao = a.icao, byCode[icao] == nil { byCode[icao] = i }
        }
        // "HSSS": a former code finds the airport when no airport holds it now.
        for (former, current) in FormerAirportCodes.shared.current where byCode[former] == nil {
            if let i = byCode[current] { byCode[former] = i }
        }
        return byCode
    }

    /// Airport index by IATA code (the one in use where a code was reused) and airports by GeoNames city.
    private static func airportLookups(_ airports: [Airport]) -> ([String: Int], [Int: [Int]]) {
        var byIATA: [String: Int] = [:]
        var byCity: [Int: [Int]] = [:]
        for (i, a) in airports.enumerated() {
            if let iata = a.iata {
                if let j = byIATA[iata], airports[j].inUse && !a.inUse { } else { byIATA[iata] = i }
            }
            if let g = a.geonameID { byCity[g, default: []].append(i) }
        }
        return (byIATA, byCity)
    }

    /// The gazetteer built from the committed tables in `Resources/`, read from the
    /// snapshot cache when one was written for these tables and this binary.
    public static func load() throws -> Gazetteer {
        try GazetteerSnapshot.cached(build: loadTables)
    }

    /// The gazetteer built from the committed tables in `Resources/`.
    public static func loadTables() throws -> Gazetteer {
        let airportTable = try DataTable.resource("airports")
        var airports: [Airport] = airportTable.records().map { r in
            Airport(
                code: r["code"], icao: r.optional("icao"), iata: r.optional("iata"), name: r["name"],
                type: r["type"], scheduled: r["scheduled"] == "1", city: r.optional("city"),
                geonameID: Int(r["geonameid"]), country: r["country"],
                latitude: Double(r["lat"]) ?? 0, longitude: Double(r["lon"]) ?? 0, timeZone: r.optional("tz"),
                aliases: r.list("aliases"))
        }
        // Small towns far from the genre's region that no airport belongs to are never a
        // route end a reader would see; leaving them out halves the load.
        let joined = Set(airports.compactMap(\.geonameID))
        let cityRecords = try DataTable.resource("cities").records().filter { r in
            (Int(r["population"]) ?? 0) >= 15000 || arabicReadingCountries.contains(r["country"])
                || Int(r["geonameid"]).map(joined.contains) == true
        }
        // A city is named by GeoNames' ASCII form ("Reykjavik", "Tartus"): the spelling English
        // reporting and gold files use; the accented name stays one of its names to find it by.
        func englishName(_ r: DataTable.Record) -> String { r["asciiname"].isEmpty ? r["name"] : r["asciiname"] }
        let cityNameByID = Dictionary(cityRecords.map { (Int($0["geonameid"]) ?? 0, englishName($0)) }, uniquingKeysWith: { a, _ in a })
        for i in airports.indices {
            if let g = airports[i].geonameID, let name = cityNameByID[g] { airports[i].city = name }
        }
        let cities = cityRecords.map { r in
            City(geonameID: Int(r["geonameid"]) ?? 0, name: englishName(r), country: r["country"],
                 population: Int(r["population"]) ?? 0, timeZone: r.optional("tz"),
                 latitude: Double(r["lat"]) ?? 0, longitude: Double(r["lon"]) ?? 0)
        }
        let countryRecords = try DataTable.resource("countries").records()
        let countries = countryRecords.map { Country(iso2: $0["iso2"], name: $0["name"], capitalGeonameID: Int($0["capital"])) }
        let aliasRecords = try DataTable.resource("airport_aliases").records()
        return Gazetteer(
            airports: airports, cities: cities, countries: countries,
            cityNames: cityRecords.enumerated().map { ($0, [$1["name"], $1["asciiname"]] + $1.list("names").filter { !Self.isPersianSpelling($0) }) },
            countryNames: countryRecords.enumerated().map { ($0, [$1["name"]] + $1.list("names")) },
            adjectives: countryRecords.enumerated().map { ($0, $1.list("adjectives")) },
            airportAliases: aliasRecords.map { ($0["code"], $0["alias"]) })
    }

    /// GeoNames lists Persian and Urdu spellings beside the Arabic ones; folded to Arabic
    /// letters they read as Arabic words ("جیزه" Giza as "وجيزة", briefly). Arabic news
    /// writes none of ی ک گ پ چ ژ, so a name with one of them is not looked for.
    static func isPersianSpelling(_ name: String) -> Bool {
        name.unicodeScalars.contains { [0x06CC, 0x06A9, 0x06AF, 0x067E, 0x0686, 0x0698].contains($0.value) }
    }

    // MARK: Lookups

    public func airport(code: String) -> Airport? { airportsByCode[code.uppercased()].map { airports[$0] } }
    public func airport(iata: String) -> Airport? { airportsByIATA[iata.uppercased()].map { airports[$0] } }
    public func country(iso2: String) -> Country? { countryByISO[iso2.uppercased()].map { countries[$0] } }

    public func cityIndex(geonameID: Int) -> Int? { cityByGeonameID[geonameID] }

    /// The capital city of a country (an index of `cities`), when the tables know it.
    public func capital(ofCountry i: Int) -> Int? { countries[i].capitalGeonameID.flatMap(cityIndex(geonameID:)) }

    /// Every name of a city, as joined token keys.
    public func cityNameKeys(_ i: Int) -> Set<String> { Set(cityNames[i] ?? []) }

    /// Airports joined to a city.
    public func airports(inCity i: Int) -> [Airport] {
        (airportsByCity[cities[i].geonameID] ?? []).map { airports[$0] }
    }

    /// The place a city name stands for: its one airport in use, or the city itself.
    /// With `airportNamed` ("Dubai airport", "مطار الكفرة") a city whose fields are
    /// all small still resolves when exactly one is open.
    public func resolve(city i: Int, airportNamed: Bool = false) -> Place {
        let c = cities[i]
        let fields = airports(inCity: i)
        let inUse = fields.filter(\.inUse)
        if inUse.count == 1 { return inUse[0].place }
        // "Khartoum airport", "Baku airport": named as the city's airport, it is the one with
        // scheduled service when only one has it (the others are air bases or airfields).
        // A city's one public airport is "the" airport the guide means (Baku, Khartoum, Kinshasa);
        // an executive field beside it (Abu Dhabi's Al Bateen) makes two, and the city stays.
        let publicFields = inUse.filter(\.isPublicAirport)
        if publicFields.count == 1 { return publicFields[0].place }
        let scheduled = inUse.filter(\.scheduled)
        if airportNamed && scheduled.count == 1 { return scheduled[0].place }
        // A town whose one field is a small strip (Ndélé): flights there use it.
        if inUse.isEmpty, publicFields.isEmpty {
            let open = fields.filter { $0.type != "closed" }
            if open.count == 1 { return open[0].place }
        }
        if inUse.isEmpty && airportNamed {
            let open = fields.filter { $0.type != "closed" }
            if open.count == 1 { return open[0].place }
        }
        return Place(level: .city, name: c.name, city: c.name, country: c.country, timeZone: c.timeZone)
    }

    public func place(country i: Int) -> Place {
        Place(level: .country, name: countries[i].name, country: countries[i].iso2)
    }
}
