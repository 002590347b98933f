/// Why a gold flight was missed or a prediction raised a false alarm: one kind per miss,
/// so the misses of a corpus can be counted by cause (`tailwatch eval --kinds`).
public enum MissKind: String, CaseIterable, Sendable {
    case registrationNotRead = "registration not read"
    case callsignFlightMissed = "callsign flight missed"
    case legNotAttached = "leg not attached to its aircraft"
    case itineraryLegMissing = "itinerary leg missing"
    case missionFlightMissed = "mission/no-airport flight missed"
    case dateMissing = "date missing"
    case dateFromAnotherClause = "date from another clause"
    case dateWrong = "date wrong"
    case placeTooCoarse = "place too coarse or too fine"
    case originWrong = "origin wrong"
    case destinationWrong = "destination wrong"
    case falseEvent = "false event"
    case falseEventInNegativeFile = "false event in a negative file"
    case flightMissed = "flight missed (other)"
}

/// Pure classification of misses; `Scorer` calls it, tests call it directly.
public enum MissClassifier {
    /// What a file holds, for classifying one of its misses.
    public struct FileContext {
        public var gold: [GoldLine]
        public var predictions: [FlightEvent]
        /// Gold flights of this file matched to some prediction.
        public var matchedGold: [GoldLine]
        public init(gold: [GoldLine], predictions: [FlightEvent], matchedGold: [GoldLine]) {
            self.gold = gold
            self.predictions = predictions
            self.matchedGold = matchedGold
        }
    }

    /// A required gold flight no prediction was aligned with.
    public static func unmatchedGold(_ line: GoldLine, in context: FileContext) -> MissKind {
        let flights = context.predictions.filter { $0.kind == .flight }
        if let reg = line.registration {
            if !context.predictions.contains(where: { $0.registration == reg }) { return .registrationNotRead }
        } else if let callsign = line.callsign {
            if !flights.contains(where: { $0.callsign == callsign }) { return .callsignFlightMissed }
        }
        if line.origins.first! == nil && line.destinations.first! == nil { return .missionFlightMissed }
        let samePlaces = flights.contains { e in
            e.registration != line.registration
                && line.origins.contains { Scorer.placeMatches($0, e.origin) }
                && line.destinations.contains { Scorer.placeMatches($0, e.destination) }
        }
        if samePlaces { return .legNotAttached }
        if let reg = line.registration {
            if !flights.contains(where: { $0.registration == reg }) { return .legNotAttached }
            if context.matchedGold.contains(where: { $0.registration == reg }) { return .itineraryLegMissing }
        }
        return .flightMissed
    }

    /// A prediction aligned with a required gold flight that is not wholly right: the first wrong field.
    public static func wrongFields(_ e: FlightEvent, _ line: GoldLine, in context: FileContext) -> MissKind {
        if !Scorer.dateOK(line, e) {
            guard let iso = e.date?.iso else { return .dateMissing }
            let otherDates = context.gold.flatMap(\.dates).compactMap { $0 }
            return otherDates.contains(iso) ? .dateFromAnotherClause : .dateWrong
        }
        if !line.origins.contains(where: { Scorer.placeMatches($0, e.origin) }) {
            return isCoarserOrFiner(line.origins, e.origin) ? .placeTooCoarse : .originWrong
        }
        return isCoarserOrFiner(line.destinations, e.destination) ? .placeTooCoarse : .destinationWrong
    }

    /// A prediction aligned with no gold flight.
    public static func unmatchedPrediction(isNegativeFile: Bool) -> MissKind {
        isNegativeFile ? .falseEventInNegativeFile : .falseEvent
    }

    /// True when the predicted place names the same spot at another level: a country or city
    /// where gold has an airport there, or an airport where gold has its city or country.
    static func isCoarserOrFiner(_ gold: [String?], _ p: Place?) -> Bool {
        guard let p else { return false }
        return gold.compactMap { $0 }.contains { g in
            if g.hasPrefix("country:") { return p.level != .country && p.country == String(g.dropFirst(8)) }
            if g.hasPrefix("city:") {
                return p.level == .airport && (p.city ?? "").caseInsensitiveCompare(String(g.dropFirst(5))) == .orderedSame
            }
            if g.hasPrefix("name:") { return false }
            return p.level != .airport
        }
    }
}
