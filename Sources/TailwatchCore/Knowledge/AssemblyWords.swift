import Foundation

/// The words the assembly stages read (`assembly_words.tsv`), as token keys.
public struct AssemblyWords: Sendable {
    public static let schema = TableSchema(
        columns: ["lang", "word", "kind", "value"], required: ["lang", "word", "kind"],
        allowed: [
            "lang": ["en", "ar", "it", "fr", "tr", "ru"],
            "kind": ["ordinal", "between", "return_to_base", "place_clause", "near", "place_joiner",
                     "international", "negation", "modality", "again", "mission", "ground", "ownership", "turn_back", "was_bound_for", "returned", "arriving_from", "another", "shuttle", "goods", "list_joiner", "cancelled", "update", "report", "take_off", "from_there", "habitual",
                     "denial", "negation_after", "modality_after"],
        ],
        integers: ["value"])

    /// "the second plane": which of several aircraft, 0 for the first.
    public let ordinals: KeyMap<Int>
    /// "between A and B" opens a route in general, not an aircraft's flight.
    public let between: KeySet
    /// "(returned) to its base": the leg ends where it began.
    public let returnToBase: PhraseList
    /// "where", "حيث": a clause about the place just named.
    public let placeClause: KeySet
    /// "near", "قرب" (joined keys): a place near the one before locates it.
    public let near: KeySet
    /// Words that may stand between two names of one place ("Benina in Benghazi").
    public let placeJoiners: KeySet
    /// "International": a name with it is an airport's own name.
    public let international: KeySet
    /// "did not", "لم", "не": the flight verb after it did not happen.
    public let negation: KeySet
    /// "would", "was due to", "من المقرر": the flight is planned or intended, not told.
    public let modality: PhraseList
    /// "took off again", "ripartito": a second take-off from where the aircraft is.
    public let again: PhraseList
    /// "flew a patrol", "in the air over", "مهمة استطلاع": a flight with no airport.
    public let mission: PhraseList
    /// "by armored vehicle", "شاحنات", "navire": the clause's route is not flown.
    public let ground: PhraseList
    /// "was sold to", "تم نقلها", "ceduto": the aircraft changed hands; its "to" is no flight.
    public let ownership: PhraseList
    /// "had to turn back", "diverted", "пришлось вернуться": the leg ends where it landed instead.
    public let turnBack: PhraseList
    /// "عادت إلى جدة بعد أن كانت متوجهة إلى المخا", "landed at Larnaca after being bound for
    /// Beirut": between the airport it landed at and the one it had been bound for.
    public let wasBoundFor: PhraseList
    /// "عادت", "بعودة", "returned": a flight that returned to A had left A.
    public let returned: KeySet
    /// "coming from", "قادمة", "proveniente": the first word of an origin cue that tells an arrival.
    public let arrivingFrom: KeySet
    /// "another", "un altro", "أخرى": beside a plane word, an aircraft other than the one told of.
    public let another: KeySet
    /// "rotations", "shuttled", "مكوكية": an aircraft's flights "between A and B" both ways.
    public let shuttle: KeySet
    /// "the delivery of arms to Yemen", "for shipping weapons to": goods sent, not a flight told.
    public let goods: PhraseList
    /// "and", "و", "e": the only words that may join identifiers listed together.
    public let listJoiners: KeySet
    /// "but the flight was cancelled", "ألغيت": the flight told before it did not happen.
    public let cancelled: PhraseList
    /// "UPDATE 27 August:", "AGGIORNAMENTO": a heading that re-dates what follows.
    public let update: PhraseList
    /// "said", "ذكرت", "сообщил": a date right after it is the report's, not the flight's.
    public let report: KeySet
    /// "took off", "أقلعت", "décollé": a take-off only an aircraft does.
    public let takeOff: PhraseList
    /// "from there", "da lì", "оттуда": the leg starts where the aircraft's last one ended.
    public let fromThere: PhraseList
    /// "usually", "weekly", "عادة", "يشغل": what an aircraft does as a rule, not a flight told.
    public let habitual: PhraseList
    /// "denied that", "a démenti que", "опровергли": anywhere before the leg in its sentence
    /// (a long subject or an apposition may stand between): the flight is denied.
    public let denial: PhraseList
    /// Verb-final languages (Turkish): a negated verb after the places ("Misrata'ya inmedi").
    public let negationAfter: PhraseList
    /// Verb-final languages (Turkish): a future or planned verb after the places ("Misrata'ya inecek").
    public let modalityAfter: PhraseList

    public init(_ table: DataTable) throws {
        try Self.schema.validate(table)
        var ordinals = KeyMap<Int>()
        var between = KeySet(), placeClause = KeySet(), near = KeySet()
        var placeJoiners = KeySet(), international = KeySet(), negation = KeySet()
        var returnToBase: [[String]] = [], modality: [[String]] = [], again: [[String]] = [], mission: [[String]] = [], ground: [[String]] = [], ownership: [[String]] = [], turnBack: [[String]] = [], wasBoundFor: [[String]] = [], returned = KeySet(), goods: [[String]] = []
        var listJoiners = KeySet(), arrivingFrom = KeySet(), another = KeySet(), shuttle = KeySet()
        var cancelled: [[String]] = [], update: [[String]] = []
        var report = KeySet()
        var takeOff: [[String]] = [], fromThere: [[String]] = [], habitual: [[String]] = []
        var denial: [[String]] = [], negationAfter: [[String]] = [], modalityAfter: [[String]] = []
        for r in table.records() {
            let keys = PhraseIndex<Int>.tokenKeys(r["word"])
            guard let first = keys.first else { continue }
            switch r["kind"] {
            case "ordinal":
                guard let v = Int(r["value"]) else { throw KnowledgeError.malformed(table.name, "ordinal \(r["word"]) has no value") }
                ordinals[first] = v
            case "between": between.insert(first)
            case "return_to_base": returnToBase.append(keys)
            case "place_clause": placeClause.insert(first)
            case "near": near.insert(keys.joined(separator: " "))
            case "place_joiner": placeJoiners.insert(first)
            case "international": international.insert(first)
            case "negation": negation.insert(first)
            case "modality": modality.append(keys)
            case "again": again.append(keys)
            case "mission": mission.append(keys)
            case "ground": ground.append(keys)
            case "ownership": ownership.append(keys)
            case "turn_back": turnBack.append(keys)
            case "was_bound_for": wasBoundFor.append(keys)
            case "returned": returned.insert(first)
            case "arriving_from": arrivingFrom.insert(first)
            case "another": another.insert(first)
            case "shuttle": shuttle.insert(first)
            case "goods": goods.append(keys)
            case "list_joiner": listJoiners.insert(first)
            case "cancelled": cancelled.append(keys)
            case "update": update.append(keys)
            case "report": report.insert(first)
            case "take_off": takeOff.append(keys)
            case "from_there": fromThere.append(keys)
            case "habitual": habitual.append(keys)
            case "denial": denial.append(keys)
            case "negation_after": negationAfter.append(keys)
            case "modality_after": modalityAfter.append(keys)
            default: break
            }
        }
        self.ordinals = ordinals
        self.between = between
        self.returnToBase = PhraseList(returnToBase)
        self.placeClause = placeClause
        self.near = near
        self.placeJoiners = placeJoiners
        self.international = international
        self.negation = negation
        self.modality = PhraseList(modality)
        self.again = PhraseList(again)
        self.mission = PhraseList(mission)
        self.ground = PhraseList(ground)
        self.ownership = PhraseList(ownership)
        self.turnBack = PhraseList(turnBack)
        self.wasBoundFor = PhraseList(wasBoundFor)
        self.returned = returned
        self.arrivingFrom = arrivingFrom
        self.another = another
        self.shuttle = shuttle
        self.goods = PhraseList(goods)
        self.listJoiners = listJoiners
        self.cancelled = PhraseList(cancelled)
        self.update = PhraseList(update)
        self.report = report
        self.takeOff = PhraseList(takeOff)
        self.fromThere = PhraseList(fromThere)
        self.habitual = PhraseList(habitual)
        self.denial = PhraseList(denial)
        self.negationAfter = PhraseList(negationAfter)
        self.modalityAfter = PhraseList(modalityAfter)
    }
}

/// Phrases (token keys) indexed by their first key, so a scan of a sentence looks each
/// token up once instead of comparing it with every phrase. The first keys are hashed as
/// bytes (`PhraseKey`, see `KeySet`): every token of a sentence is looked up.
public struct PhraseList: Sendable {
    private let byFirst: [PhraseKey: [[String]]]
    /// The first keys: a token whose bit is clear starts no phrase, with no dictionary lookup.
    private let firsts: KeyFilter

    public init(_ phrases: [[String]]) {
        byFirst = Dictionary(grouping: phrases.filter { !$0.isEmpty }, by: { PhraseKey($0[0]) })
        var firsts = KeyFilter()
        for k in byFirst.keys { firsts.insert(k) }
        self.firsts = firsts
    }

    /// Every phrase, in no order (for tests).
    var phrases: [[String]] { byFirst.values.flatMap { $0 } }

    /// The index of the first token in `range` where one of the phrases starts (and ends inside `range`).
    func firstMatch(in range: Range<Int>, _ tokens: [Token]) -> Int? {
        for k in range {
            guard firsts.mayContain(tokens[k].phrase), let candidates = byFirst[tokens[k].phrase] else { continue }
            for phrase in candidates where k + phrase.count <= range.upperBound {
                if phrase.indices.allSatisfy({ tokens[k + $0].key == phrase[$0] }) { return k }
            }
        }
        return nil
    }
}
