import Foundation

/// Where an article came from, for the evidence of its events.
public struct ArticleSource: Sendable, Hashable {
    public var file: String
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.file = (path as NSString).lastPathComponent
        self.sha256 = sha256
    }
}

/// What one article yields.
public struct ArticleExtraction: Sendable {
    public var events: [FlightEvent]
    public var articleDate: ArticleDate?
}

/// Reads one article in stages (Assemble/Stages), each a pass with a named result the next
/// one reads:
///
/// 1. `readMentions` → `ArticleMentions`: identifiers, types, operators, places, dates, times
/// 2. `dateArticle` → `ArticleDates`: the article's date and every date resolved against it
/// 3. `readClauses` → `[ClauseFrame]`: per sentence, its legs with their dates and roles
/// 4. `readDiscourse` + `attributeLegs` → `Discourse`, `[[Attribution]]`: which aircraft each leg is about
/// 5. `chainItineraries` → `Itineraries`: legs merged and chained per aircraft, undated ones dated
/// 6. `assembleEvents` → the events, with mentions and codes joined
///
/// The names of the rules (`AssemblyRule`) that made an event stay on it.
public struct ArticleExtractor: Sendable {
    /// Bumped whenever rules or tables change what is extracted; stored articles
    /// read by an older version are re-read on the next ingest.
    public static let version = 8

    let knowledge: Knowledge
    let identifiers: IdentifierExtractor
    let spelledIdentifiers: SpelledIdentifierReader
    let codeFinder: AircraftCodeExtractor
    let typeFinder: TypeExtractor
    let places: PlaceExtractor
    let dates: DateExtractor
    let times = TimeExtractor()

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        identifiers = IdentifierExtractor(grammar: knowledge.registrations, cues: knowledge.identifierCues, modelCodes: knowledge.catalog.modelCodes)
        spelledIdentifiers = SpelledIdentifierReader(names: knowledge.letterNames, grammar: knowledge.registrations, modelCodes: knowledge.catalog.modelCodes)
        codeFinder = AircraftCodeExtractor(cues: knowledge.identifierCues)
        typeFinder = TypeExtractor(catalog: knowledge.catalog, letterNames: knowledge.letterNames)
        places = PlaceExtractor(gazetteer: knowledge.gazetteer, words: knowledge.routeWords)
        dates = DateExtractor(words: knowledge.calendar)
    }

    public func extract(text: String, source: ArticleSource, givenDate: EventDate? = nil) -> ArticleExtraction {
        let stages = run(text: text, source: source, givenDate: givenDate)
        return ArticleExtraction(events: stages.events, articleDate: stages.dates.anchor)
    }

    /// Every stage's result for one article: what `extract` returns and `--trace` prints.
    struct StageResults {
        let mentions: ArticleMentions
        let dates: ArticleDates
        let frames: [ClauseFrame]
        let discourse: Discourse
        let attributions: [[Attribution]]
        let events: [FlightEvent]
    }

    func run(text: String, source: ArticleSource, givenDate: EventDate?) -> StageResults {
        let mentions = readMentions(text)                                   // 1
        let dates = dateArticle(mentions, givenDate: givenDate)             // 2
        let context = ArticleContext(mentions: mentions, dates: dates, source: source)
        let frames = readClauses(mentions, dates)                           // 3
        let discourse = readDiscourse(mentions)                             // 4
        let attributions = attributeLegs(frames, mentions, discourse)
        let itineraries = chainItineraries(frames, attributions, discourse, context)  // 5
        let events = assembleEvents(itineraries, discourse, context)        // 6
        return StageResults(mentions: mentions, dates: dates, frames: frames, discourse: discourse, attributions: attributions, events: events)
    }
}
