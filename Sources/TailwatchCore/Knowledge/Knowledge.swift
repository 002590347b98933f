import Foundation

/// Everything extraction reads from data: gazetteer, registration grammar,
/// aircraft types and operators, calendar words and route words. Loaded once.
public struct Knowledge: Sendable {
    public let gazetteer: Gazetteer
    public let registrations: RegistrationGrammar
    public let catalog: AircraftCatalog
    public let calendar: CalendarWords
    public let routeWords: RouteWords
    public let flightWords: FlightWords
    public let identifierCues: IdentifierCues
    public let assemblyWords: AssemblyWords
    public let letterNames: LatinLetterNames

    public static func load() throws -> Knowledge {
        Knowledge(
            gazetteer: try Gazetteer.load(),
            registrations: try RegistrationGrammar(
                marks: try DataTable.resource("nationality_marks"),
                serials: try DataTable.resource("military_serials")),
            catalog: AircraftCatalog(
                types: try DataTable.resource("aircraft_types"),
                operators: try DataTable.resource("operators")),
            calendar: try CalendarWords(
                months: try DataTable.resource("months"),
                weekdays: try DataTable.resource("weekdays"),
                relative: try DataTable.resource("relative_days"),
                sequel: try DataTable.resource("sequel_days"),
                relativeMonths: try DataTable.resource("relative_months"),
                relativeWeeks: try DataTable.resource("relative_weeks"),
                hijriMonths: try DataTable.resource("hijri_months"),
                ordinalDays: try DataTable.resource("ordinal_days"),
                yearWords: try DataTable.resource("year_words"),
                monthParts: try DataTable.resource("month_parts")),
            routeWords: try RouteWords(
                cues: try DataTable.resource("route_cues"),
                fillers: try DataTable.resource("place_fillers"),
                capitals: try DataTable.resource("capital_words")),
            flightWords: FlightWords(try DataTable.resource("flight_words")),
            identifierCues: IdentifierCues(
                cues: try DataTable.resource("identifier_cues"),
                prefixes: try DataTable.resource("callsign_prefixes")),
            assemblyWords: try AssemblyWords(try DataTable.resource("assembly_words")),
            letterNames: try LatinLetterNames(try DataTable.resource("latin_letter_names")))
    }

    /// Loaded on first use and shared: the tables are read-only.
    public static let shared: Result<Knowledge, Error> = Result { try load() }
}

/// Month, weekday and relative-day words of every language the genre uses.
public struct CalendarWords: Sendable {
    public let months: PhraseIndex<Int>
    public let weekdays: PhraseIndex<Int>
    public let relativeDays: PhraseIndex<Int>
    /// "the next day", "le lendemain": relative to the story's last date.
    public let sequelDays: PhraseIndex<Int>
    /// "last month", "الشهر الماضي": months relative to the article's.
    public let relativeMonths: PhraseIndex<Int>
    /// "last week", "الأسبوع الماضي": weeks relative to the article's date.
    public let relativeWeeks: PhraseIndex<Int>
    /// "شوال", "ذو الحجة": Hijri months (1 = محرم).
    public let hijriMonths: PhraseIndex<Int>
    /// "الثامن", "الحادي والعشرين": day numbers written as ordinal words.
    public let ordinalDays: PhraseIndex<Int>
    /// "الجاري", "الماضي", "scorso": what a word after a date says of its year.
    public let yearWords: PhraseIndex<DateExpression.YearHint>
    /// "mid", "late", "منتصف", "fin": words before a month that date within it.
    public let monthParts: PhraseIndex<Int>

    init(months m: DataTable, weekdays w: DataTable, relative r: DataTable, sequel q: DataTable, relativeMonths rm: DataTable,
         relativeWeeks rw: DataTable, hijriMonths hm: DataTable, ordinalDays od: DataTable, yearWords yw: DataTable,
         monthParts mp: DataTable) throws {
        var months = PhraseIndex<Int>()
        for row in m.records() { months.insert(row["name"], Int(row["month"]) ?? 0) }
        var weekdays = PhraseIndex<Int>()
        for row in w.records() { weekdays.insert(row["name"], Int(row["weekday"]) ?? 0) }
        var relative = PhraseIndex<Int>()
        for row in r.records() { relative.insert(row["phrase"], Int(row["offset"]) ?? 0) }
        self.months = months
        self.weekdays = weekdays
        self.relativeDays = relative
        var sequel = PhraseIndex<Int>()
        for row in q.records() { sequel.insert(row["phrase"], Int(row["offset"]) ?? 0) }
        self.sequelDays = sequel
        var relativeMonths = PhraseIndex<Int>()
        for row in rm.records() { relativeMonths.insert(row["phrase"], Int(row["offset"]) ?? 0) }
        self.relativeMonths = relativeMonths
        relativeWeeks = Self.index(rw, "phrase", "offset")
        hijriMonths = Self.index(hm, "name", "month")
        ordinalDays = Self.index(od, "phrase", "day")
        var years = PhraseIndex<DateExpression.YearHint>()
        for row in yw.records() { years.insert(row["word"], row["meaning"] == "past" ? .past : .current) }
        yearWords = years
        var parts = PhraseIndex<Int>()
        for row in mp.records() { parts.insert(row["phrase"], 0) }
        monthParts = parts
    }

    /// A phrase column keyed to a number column.
    private static func index(_ table: DataTable, _ phrase: String, _ number: String) -> PhraseIndex<Int> {
        var index = PhraseIndex<Int>()
        for row in table.records() { index.insert(row[phrase], Int(row[number]) ?? 0) }
        return index
    }
}

/// The role a route word gives the place next to it.
public enum RouteRole: String, Sendable {
    case origin, destination, at, via, base
    /// "south-east of Libya", "officials from Turkey": a route word that is not one here.
    case none
}

/// Route words ("from", "هبطت في", Turkish "'dan") and the fillers that may
/// stand between them and a place ("the airport of", "مطار").
public struct RouteWords: Sendable {
    /// Phrases read backwards from the place: keys are the phrase's token keys reversed.
    public let before: PhraseMap<RouteRole>
    /// Suffixes after the name (keys joined), hashed as bytes: asked after nearly every name.
    public let after: KeyMap<RouteRole>
    /// Postpositions written as a word of their own after the place (position=after_word:
    /// Turkish "Konya üzerinden", via Konya).
    public let afterWords: KeyMap<RouteRole>
    /// Phrases between a route word and the place ("the airport of"); the value is unused.
    public let fillers: PhraseMap<Bool>
    public let maxBefore: Int
    public let maxFiller: Int
    /// "capital", "العاصمه", "столицу": with a country beside it, the country's capital city.
    public let capitals: KeySet

    init(cues: DataTable, fillers f: DataTable, capitals c: DataTable) throws {
        var before = PhraseMap<RouteRole>()
        var after = KeyMap<RouteRole>(), afterWords = KeyMap<RouteRole>()
        for r in cues.records() {
            guard let role = RouteRole(rawValue: r["role"]) else { continue }
            let keys = PhraseIndex<Int>.tokenKeys(r["phrase"])
            if r["position"] == "after" {
                after[keys.joined()] = role
            } else if r["position"] == "after_word" {
                afterWords[keys.joined()] = role
            } else if before[keys] == nil {
                before[keys] = role
            }
        }
        self.afterWords = afterWords
        var fillers = PhraseMap<Bool>()
        for r in f.records() { fillers[PhraseIndex<Int>.tokenKeys(r["phrase"])] = true }
        self.before = before
        self.after = after
        self.fillers = fillers
        self.maxBefore = before.isEmpty ? 1 : before.longest
        self.maxFiller = fillers.isEmpty ? 1 : fillers.longest
        self.capitals = KeySet(c.records().compactMap { PhraseIndex<Int>.tokenKeys($0["word"]).first })
    }
}

/// Words that make a sentence about an aircraft or a flight (`flight_words.tsv`).
public struct FlightWords: Sendable {
    public let plane: KeySet
    public let planes: KeySet
    /// The plural nouns of `planes` that count flights, not aircraft ("flights", "رحلات"): one
    /// aircraft makes several, and sites "that track flights" track them all.
    public let flightNouns: KeySet
    public let verbs: KeySet
    public let arrivals: KeySet
    public let departures: KeySet
    /// "stop", "توقف", "scalo": "in X" after them is a stop on the way.
    public let stops: KeySet
    /// "and back", "ذهابا وإيابا": the leg just told was flown both ways.
    public let returnPhrases: PhraseList
    /// Verbs only an aircraft does ("landed", "was flown", Arabic feminine "هبطت" agreeing
    /// with الطائرة): they make a sentence speak of an aircraft without naming one.
    public let aircraftVerbs: KeySet
    /// Arrival verbs whose place is their object, with no preposition ("وصلت مطار بنينا").
    public let reaches: KeySet
    /// Verbs of languages that put the verb after its object (Turkish: "Ankara'dan kalkan uçak,
    /// Trablus'a indi"): a name after such a verb is never its object.
    public let verbFinal: KeySet
    static let verbFinalLanguages: Set<String> = ["tr"]

    init(_ table: DataTable) {
        var returnPhrases: [[String]] = []
        var aircraftVerbs = KeySet()
        var plane = KeySet(), planes = KeySet(), flightNouns = KeySet(), verbs = KeySet()
        var arrivals = KeySet(), departures = KeySet(), stops = KeySet(), reaches = KeySet(), verbFinal = KeySet()
        for r in table.records() {
            let keys = PhraseIndex<Int>.tokenKeys(r["word"])
            if Self.verbFinalLanguages.contains(r["lang"]), let key = keys.first { verbFinal.insert(key) }
            guard let key = keys.first else { continue }
            if r["kind"] == "back" { returnPhrases.append(keys); continue }
            switch r["kind"] {
            case "plane": plane.insert(key)
            case "planes": planes.insert(key)
            case "flights": planes.insert(key); flightNouns.insert(key)
            case "arrive": verbs.insert(key); arrivals.insert(key)
            case "depart": verbs.insert(key); departures.insert(key)
            case "stop": stops.insert(key)
            case "aircraft": aircraftVerbs.insert(key)
            case "reach": verbs.insert(key); arrivals.insert(key); reaches.insert(key)
            default: verbs.insert(key)
            }
        }
        self.arrivals = arrivals
        self.verbFinal = verbFinal
        self.departures = departures
        self.stops = stops
        self.returnPhrases = PhraseList(returnPhrases)
        self.aircraftVerbs = aircraftVerbs
        self.reaches = reaches
        self.plane = plane
        self.planes = planes
        self.flightNouns = flightNouns
        self.verbs = verbs
    }

    /// A token key and, for Arabic, the key without each clitic it may carry ("وهبطت" → "هبطت").
    private func forms(_ key: String) -> [String] { [key] + ArabicClitics.variants(key).map(\.stripped) }

    /// The role a flight verb gives "in X" after it: arrival verbs make a destination.
    /// Asked of every token of a sentence: the key as it is first, and the clitic-stripped
    /// forms only when it starts with a clitic letter (`forms` without building the list).
    public func role(ofVerb key: String) -> RouteRole? {
        if let role = role(ofForm: key) { return role }
        guard ArabicClitics.startsWithClitic(key) else { return nil }
        for v in ArabicClitics.variants(key) {
            if let role = role(ofForm: v.stripped) { return role }
        }
        return nil
    }

    private func role(ofForm k: String) -> RouteRole? {
        if stops.contains(k) { return .via }
        if arrivals.contains(k) { return .destination }
        if departures.contains(k) { return .origin }
        return nil
    }

    /// Whether a token key (clitics allowed) is a verb only an aircraft does ("هبطت", "landed").
    public func isAircraftVerb(_ key: String) -> Bool { forms(key).contains { aircraftVerbs.contains($0) } }

    /// Whether a token key (clitics allowed) is an arrival verb that takes its place as object.
    public func takesArrivalObject(_ key: String) -> Bool { forms(key).contains { reaches.contains($0) } }

    // The same questions asked with a token's `PhraseKey` (`Token.phrase`): its hash is
    // already computed, so the key as it is costs three set probes instead of three FNV
    // passes; the clitic-stripped forms are built only for a word starting with a clitic.
    // The stages ask them of every token of a sentence, for every leg.
    // `FlightWordsPhraseTests` hold each equal to its `String` form on every fixture token.

    /// `role(ofVerb: key.string)`.
    public func role(ofVerb key: PhraseKey) -> RouteRole? {
        if let role = role(ofForm: key) { return role }
        guard ArabicClitics.startsWithClitic(key.string) else { return nil }
        for v in ArabicClitics.variants(key.string) {
            if let role = role(ofForm: PhraseKey(v.stripped)) { return role }
        }
        return nil
    }

    private func role(ofForm k: PhraseKey) -> RouteRole? {
        if stops.contains(k) { return .via }
        if arrivals.contains(k) { return .destination }
        if departures.contains(k) { return .origin }
        return nil
    }

    /// Whether the key or, for a word starting with a clitic, one of its stripped forms passes.
    @inline(__always) private func anyForm(_ key: PhraseKey, _ test: (PhraseKey) -> Bool) -> Bool {
        if test(key) { return true }
        guard ArabicClitics.startsWithClitic(key.string) else { return false }
        return ArabicClitics.variants(key.string).contains { test(PhraseKey($0.stripped)) }
    }

    /// `isAircraftVerb(key.string)`.
    public func isAircraftVerb(_ key: PhraseKey) -> Bool { anyForm(key) { aircraftVerbs.contains($0) } }

    /// `takesArrivalObject(key.string)`.
    public func takesArrivalObject(_ key: PhraseKey) -> Bool { anyForm(key) { reaches.contains($0) } }

    /// `isFlightWord(key.string)`.
    public func isFlightWord(_ key: PhraseKey) -> Bool {
        anyForm(key) { plane.contains($0) || planes.contains($0) || verbs.contains($0) }
    }

    /// `namesAircraft(key.string)`.
    public func namesAircraft(_ key: PhraseKey) -> Bool { anyForm(key) { plane.contains($0) || aircraftVerbs.contains($0) } }

    /// Whether a token key (clitics allowed) is any of the words.
    public func isFlightWord(_ key: String) -> Bool {
        func known(_ k: String) -> Bool { plane.contains(k) || planes.contains(k) || verbs.contains(k) }
        if known(key) { return true }
        guard ArabicClitics.startsWithClitic(key) else { return false }
        return ArabicClitics.variants(key).contains { known($0.stripped) }
    }

    /// Whether a token key (clitics allowed) speaks of one aircraft: a plane word or an aircraft-only verb.
    public func namesAircraft(_ key: String) -> Bool {
        forms(key).contains { plane.contains($0) || aircraftVerbs.contains($0) }
    }
}
