import Foundation

/// A named rule of assembly: what it does and an example of the text it reads. Every
/// event keeps the names of the rules that made it (`FlightEvent.rules`), printed by
/// `extract --trace` and `events --format json`, so a user can see why an event is there.
public struct AssemblyRule: Sendable, Hashable {
    /// Stage-prefixed, stable: `leg.route-word`, `aircraft.in-sentence`, `date.story`.
    public let name: String
    public let does: String
    public let example: String

    init(_ name: String, _ does: String, example: String) {
        self.name = name
        self.does = does
        self.example = example
    }
}

extension AssemblyRule {
    // Stage 3: clause frames — places with roles become legs.
    static let routeWord = AssemblyRule("leg.route-word", "a route word gives the place its role", example: "from Rome to Benghazi")
    static let verbGivesIn = AssemblyRule("leg.verb-gives-in", "a plain 'in' after a flight verb takes the verb's direction", example: "landed on Monday in Tripoli")
    static let departureVerbObject = AssemblyRule("leg.departure-object", "a departure verb's object is the origin", example: "It left Sirte")
    static let arrivalVerbObject = AssemblyRule("leg.arrival-object", "an arrival verb that takes an object ('reached') makes its object the destination", example: "وصلت الطائرة مطار بنينا")
    static let arrivingFrom = AssemblyRule("leg.arriving-from", "an aircraft 'coming from' somewhere, at an airport the sentence names, came to it", example: "an emergency at Baghdad airport over a plane coming from Iran")
    static let shuttle = AssemblyRule("leg.shuttle", "an aircraft's rotations or shuttle 'between A and B' are a flight each way", example: "the rotations of an Il-76 between Mali and Burkina Faso")
    static let turnBack = AssemblyRule("leg.turn-back", "a turn-back or diversion ends the leg where it landed, not where it was bound", example: "to St Petersburg, but had to turn back and land at Ostafyevo")
    static let placeClauseArrival = AssemblyRule("leg.where-it-landed", "a clause about the place just named that tells an arrival there, from an origin of its own, is the leg that ended there", example: "came from Misrata, where it had landed from Ramstein")
    static let oneplaceTwoNames = AssemblyRule("leg.one-place-two-names", "adjacent names of one place are one end", example: "Rome Ciampino")
    static let routeArrow = AssemblyRule("leg.route-arrow", "a dash or arrow between two names makes a route", example: "LIRA > HLLB")
    static let between = AssemblyRule("leg.between", "'between A and B' is a route, not yet a flight", example: "flights between Benghazi and Damascus")
    static let nameBeforeTo = AssemblyRule("leg.name-before-to", "a name right before 'to B' is the origin", example: "Minsk to Benghazi")
    static let comingFrom = AssemblyRule("leg.coming-from", "an origin told after the destination is the same leg's", example: "landed in Tripoli, coming from Tunis")
    static let stopSplitsLeg = AssemblyRule("leg.stop-splits", "a stop on the way splits the leg it lies on", example: "via Hmeimim")
    static let andBack = AssemblyRule("leg.and-back", "'and back', 'vv': the chain's legs flown the other way, in reverse order", example: "Damascus to Latakia to Benina vv")
    static let returnToBase = AssemblyRule("leg.return-to-base", "a leg that went back to its base ends where it began", example: "and returned to base")
    static let takeOffAgain = AssemblyRule("leg.again", "'took off again': a departure from where the aircraft last landed", example: "touched down at Misrata and took off again")
    static let mission = AssemblyRule("leg.mission", "a patrol, orbit or sighting in the air on a known day is a flight with no airport", example: "flew a SIGINT mission over the eastern Mediterranean on 18 September")
    static let notTold = AssemblyRule("clause.not-told", "a negated or planned flight is no flight", example: "did not fly to Benina; would fly next week")
    static let habitual = AssemblyRule("clause.habitual", "what an aircraft does as a rule, in a sentence with no day and no past flight verb, is no flight", example: "تقوم الطائرة عادة برحلات أسبوعية بين الشارقة والجفرة")
    // Stage 3: the clause's date.
    static let dateInSentence = AssemblyRule("date.sentence", "the date the sentence states", example: "landed in Benina on 2 April")
    static let dateTweetSignature = AssemblyRule("date.tweet-signature", "a quoted tweet's text takes the date of the signature line that closes it", example: "… en route to #Beirut / — spotter (@handle) August 5, 2020")
    static let dateInParagraph = AssemblyRule("date.paragraph", "the paragraph's date, before the sentence or a tweet's signature after it", example: "— spotter (@handle) June 8, 2020")
    static let dateRefined = AssemblyRule("date.refined", "a coarse date refined by a day of the paragraph within it", example: "4th rotation this week. 08/03/2020")
    static let dateNearestLeg = AssemblyRule("date.nearest-leg", "several legs and dates in a sentence: each leg takes the nearest", example: "A - B yesterday, and this morning B - C")
    static let dateNotInPlaceClause = AssemblyRule("date.not-in-place-clause", "a date in a clause about the place the leg ends at is not the leg's", example: "for Cairo, where the minister was due on Monday")
    static let dateNotReport = AssemblyRule("date.not-report", "beside another date, the date the news was told is not the flight's", example: "reports said on Wednesday that a jet landed yesterday")
    static let dateNotDateline = AssemblyRule("date.not-dateline", "the dateline opening the sentence dates the article, not the leg", example: "PISA, March 13, 2020 (Reuters) - … landed yesterday")
    // Stage 4: discourse — which aircraft a leg is about.
    static let aircraftInSentence = AssemblyRule("aircraft.in-sentence", "the identifier written in the leg's sentence", example: "I-DIEM from Rome to Benghazi")
    static let aircraftList = AssemblyRule("aircraft.list", "identifiers listed together share the leg", example: "EX-76031 and EX-76032 flew from Al Dhafra to Al Jufra")
    static let aircraftInParagraph = AssemblyRule("aircraft.in-paragraph", "the one identifier of the paragraph, or the one before the leg", example: "I-DIEM … It landed at Benina")
    static let aircraftOrdinal = AssemblyRule("aircraft.ordinal", "'the second plane' is the second identifier", example: "the second aircraft landed at Misrata")
    static let aircraftPlural = AssemblyRule("aircraft.plural", "'both planes' are every identifier of the paragraph", example: "both jets flew on to Al Jufra")
    static let aircraftByType = AssemblyRule("aircraft.by-type", "the one type a sentence names is the one aircraft of that type", example: "The C-17 left Benghazi")
    static let placeLocatedBy = AssemblyRule("leg.place-located-by", "a city told with 'in' (Arabic bi-) right after a base is where the base lies, no end of its own", example: "took off from Sweihan air base in the Emirati capital Abu Dhabi and landed at Al Khadim")
    static let backToWhereItLeft = AssemblyRule("itinerary.back-to-where-it-left", "a leg back to the city whose airport the aircraft left from on the leg before ends at that airport", example: "took off from Abu Dhabi International, landed at Ben Gurion, then took off back to Abu Dhabi")
    static let aircraftListedAfter = AssemblyRule("aircraft.listed-after", "planes told flying together, their registrations listed in the paragraph right after, are those aircraft", example: "three cargo planes left Sweihan for Al Khadim. The tracking data gives UP-I7652, UP-I7646 and UP-I7654")
    static let aircraftAnotherOperator = AssemblyRule("aircraft.another-operator", "a sentence naming another operator than the aircraft's tells another aircraft's flight", example: "the embassy staff left on a Turkish Airlines flight from Misrata (not the air force's A400M)")
    static let aircraftPreviousParagraph = AssemblyRule("aircraft.previous-paragraph", "'the same aircraft' after a paragraph about one aircraft", example: "Wednesday: the same aircraft left Benina")
    static let aircraftContinuing = AssemblyRule("aircraft.continuing", "the aircraft of the sentence before carries on as the subject", example: "It took off from Pratica di Mare. From there it flew on to Reykjavik")
    static let aircraftArticleOrdinal = AssemblyRule("aircraft.article-ordinal", "'the first flight' among the article's aircraft", example: "الرحلة الأولى")
    static let aircraftDominant = AssemblyRule("aircraft.dominant", "the article's main aircraft owns a leg told of 'the plane'", example: "the plane then flew to Cairo")
    static let aircraftCallsign = AssemblyRule("aircraft.callsign", "a callsign no registration owns keys the flight told in its sentence", example: "RFF7020, an Il-76, from Mozdok to Hmeimim")
    static let aircraftDominantCallsign = AssemblyRule("aircraft.dominant-callsign", "the one callsign of an article naming no registration keys the legs told of 'the plane'", example: "a plane took off from Tel Aviv … the flight carried the number RFF7162")
    static let typedOnly = AssemblyRule("aircraft.typed-only", "a type with no identifier in an article naming none is a typed flight", example: "A Royal Air Force C-130J landed at Benina")
    // Stage 5: itineraries.
    static let announcedDestination = AssemblyRule("itinerary.announced-destination", "a destination announced for a flight under way completes it", example: "took off from Ankara … The second flight will land at Al Watiya")
    static let fromThere = AssemblyRule("itinerary.from-there", "'from there' starts the leg where the aircraft last landed, days later too", example: "From there, on 9 September, it flew to Reykjavik")
    static let continuedFromLastEnd = AssemblyRule("itinerary.continued", "a leg with no origin starts where the aircraft's last leg ended", example: "the jet continued to Benghazi")
    static let storyDate = AssemblyRule("date.story", "an undated leg takes the day the story last stated", example: "On 5 October 2021 … It departed Minsk")
    static let articleDate = AssemblyRule("date.article", "an undated leg takes the article's stated date", example: "TRIPOLI, June 9 (Reuters) -")
    static let articleMonth = AssemblyRule("date.article-month", "an undated leg in a page dated by its month only is of that month", example: "date 2019-07 … later it left Misrata for Souda")

    /// Every rule, in the order the stages apply them.
    public static let all: [AssemblyRule] = [
        routeWord, verbGivesIn, departureVerbObject, arrivalVerbObject, oneplaceTwoNames, routeArrow, between, nameBeforeTo, placeClauseArrival, comingFrom, arrivingFrom, turnBack, shuttle,
        stopSplitsLeg, andBack, returnToBase, takeOffAgain, mission, notTold, habitual,
        dateInSentence, dateTweetSignature, dateInParagraph, dateRefined, dateNearestLeg, dateNotInPlaceClause, dateNotReport, dateNotDateline,
        aircraftInSentence, aircraftList, aircraftInParagraph, aircraftOrdinal, aircraftPlural, aircraftByType, aircraftPreviousParagraph, aircraftListedAfter, aircraftAnotherOperator, placeLocatedBy, backToWhereItLeft,
        aircraftContinuing, aircraftArticleOrdinal, aircraftDominant, aircraftCallsign, aircraftDominantCallsign, typedOnly,
        announcedDestination, fromThere, continuedFromLastEnd, storyDate, articleDate, articleMonth,
    ]
}
