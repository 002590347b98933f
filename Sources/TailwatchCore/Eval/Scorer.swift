/// Precision, recall and F1 of one field.
public struct FieldScore: Sendable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// Scores of a prediction against a gold file.
public struct EvalReport: Sendable {
    public var registration = FieldScore()
    public var date = FieldScore()
    public var origin = FieldScore()
    public var destination = FieldScore()
    public var event = FieldScore()
    public var files = 0
    public var negativeFiles = 0
    /// Flight events predicted in files the gold calls negative.
    public var eventsInNegativeFiles = 0
    /// Negative files with at least one predicted flight.
    public var negativeFilesWithEvents = 0
    /// Misses and false alarms of flights, counted by kind (`MissKind`).
    public var missKinds: [MissKind: Int] = [:]
    /// The same scores per language of the corpus's `sources.tsv`, when it has one.
    public var byLanguage: [(language: String, report: EvalReport)] = []
    /// Per-file misses and false alarms, for reading.
    public var details: [String] = []
    /// Scored flights at confidence ≥ 0.8, and how many of them are wholly right:
    /// whether "confidence" means what it says.
    public var confident = 0
    public var confidentRight = 0

    public var rows: [(String, FieldScore)] {
        [("registration", registration), ("date", date), ("origin", origin), ("destination", destination), ("event", event)]
    }
}

/// Aligns predicted events with gold lines file by file and counts agreement.
public enum Scorer {
    /// A predicted place in gold's terms: an airport code, `city:Name`, `country:CC`, or `name:…` matches.
    public static func placeMatches(_ gold: String?, _ p: Place?) -> Bool {
        guard let gold else { return p == nil }
        guard let p else { return false }
        if gold.hasPrefix("city:") {
            return p.level == .city && (p.city ?? p.name ?? "").compare(String(gold.dropFirst(5)), options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
        }
        if gold.hasPrefix("country:") { return p.level == .country && p.country == String(gold.dropFirst(8)) }
        if gold.hasPrefix("name:") {
            let n = TextFolding.key(String(gold.dropFirst(5)))
            return [p.name, p.city].compactMap { $0 }.contains { TextFolding.key($0).contains(n) }
        }
        // A former ICAO code names the same airport ("HSSS", Khartoum before 2021).
        let former = FormerAirportCodes.shared
        return p.level == .airport && ((p.code.map { former.names(gold, airport: $0) } ?? false) || p.icao == gold)
    }

    public static func score(gold: [GoldLine], predicted: [(file: String, event: FlightEvent)]) -> EvalReport {
        var r = EvalReport()
        let files = Set(gold.map(\.file))
        r.files = files.count
        let negatives = Set(gold.filter { $0.kind == .negative }.map(\.file))
        r.negativeFiles = negatives.count
        for file in files.sorted() {
            let g = gold.filter { $0.file == file }
            let p = predicted.filter { $0.file == file }.map(\.event)
            let flights = p.filter { $0.kind == .flight }
            if negatives.contains(file) {
                r.eventsInNegativeFiles += flights.count
                if !flights.isEmpty { r.negativeFilesWithEvents += 1 }
            }

            // Registrations: the set named, flights and mentions alike.
            let goldRegs = Set(g.filter { $0.kind == .flight || $0.kind == .mentionOnly }.compactMap(\.registration))
            let optionalRegs = Set(g.filter { $0.kind == .optional }.compactMap(\.registration))
            let predRegs = Set(p.compactMap(\.registration)).subtracting(optionalRegs.subtracting(goldRegs))
            r.registration.gold += goldRegs.count
            r.registration.predicted += predRegs.count
            r.registration.truePositives += goldRegs.intersection(predRegs).count
            for miss in goldRegs.subtracting(predRegs) { r.details.append("\(file): missed registration \(miss)") }
            for extra in predRegs.subtracting(goldRegs) { r.details.append("\(file): extra registration \(extra)") }

            // Align flights to gold flights (required and optional), best pairs first.
            let candidates = g.filter { $0.kind == .flight || $0.kind == .optional }
            var pairs: [(Int, Int, Int)] = []
            for (pi, e) in flights.enumerated() {
                for (gi, line) in candidates.enumerated() where line.registration == nil || line.registration == e.registration {
                    // A callsign-keyed gold flight (no registration) weighs a callsign match as a registration match.
                    let keyed = line.registration != nil || (line.callsign != nil && line.callsign == e.callsign)
                    // A date the gold states outweighs a gold line that states none (which accepts any).
                    let date = line.dates.contains { $0 != nil && $0 == e.date?.iso } ? 8 : dateOK(line, e) ? 7 : 0
                    let s = (keyed ? 16 : 0) + date
                        + (line.origins.contains { placeMatches($0, e.origin) } ? 4 : 0)
                        + (line.destinations.contains { placeMatches($0, e.destination) } ? 4 : 0)
                    if !keyed && s < 8 { continue }
                    pairs.append((s, pi, gi))
                }
            }
            pairs.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
            var usedP = Set<Int>(), usedG = Set<Int>()
            var matched: [(FlightEvent, GoldLine)] = []
            for (_, pi, gi) in pairs where !usedP.contains(pi) && !usedG.contains(gi) {
                usedP.insert(pi)
                usedG.insert(gi)
                matched.append((flights[pi], candidates[gi]))
            }
            let required = candidates.filter { $0.kind == .flight }
            let scored = matched.filter { $0.1.kind == .flight }
            let unmatchedPredictions = flights.indices.filter { !usedP.contains($0) }.map { flights[$0] }
            let counted = scored.map(\.0) + unmatchedPredictions
            let context = MissClassifier.FileContext(gold: g, predictions: p, matchedGold: scored.map(\.1))
            func note(_ kind: MissKind, _ text: String) {
                r.missKinds[kind, default: 0] += 1
                r.details.append("[\(kind.rawValue)] \(file): \(text)")
            }

            r.event.gold += required.count
            r.event.predicted += counted.count
            r.date.gold += required.filter { $0.dates.first! != nil }.count
            // A gold line with no date accepts any date (ANNOTATION-GUIDE §5): a date predicted
            // for it is neither right nor wrong.
            r.date.predicted += counted.filter { $0.date != nil }.count - scored.filter { $0.1.dates.first! == nil && $0.0.date != nil }.count
            r.origin.gold += required.filter { $0.origins.first! != nil }.count
            r.origin.predicted += counted.filter { $0.origin != nil }.count
            r.destination.gold += required.filter { $0.destinations.first! != nil }.count
            r.destination.predicted += counted.filter { $0.destination != nil }.count
            for (e, line) in scored {
                let d = dateOK(line, e), o = line.origins.contains { placeMatches($0, e.origin) }
                let t = line.destinations.contains { placeMatches($0, e.destination) }
                if d && e.date != nil && line.dates.first! != nil { r.date.truePositives += 1 }
                if o && e.origin != nil { r.origin.truePositives += 1 }
                if t && e.destination != nil { r.destination.truePositives += 1 }
                if e.confidence >= 0.8 { r.confident += 1 }
                if d && o && t {
                    r.event.truePositives += 1
                    if e.confidence >= 0.8 { r.confidentRight += 1 }
                } else {
                    note(MissClassifier.wrongFields(e, line, in: context), "\(e.registration ?? e.callsign ?? "?") \(e.origin?.key ?? "-")→\(e.destination?.key ?? "-") \(e.date?.iso ?? "-")"
                        + " vs gold \(line.origins.first!.flatMap { $0 } ?? "-")→\(line.destinations.first!.flatMap { $0 } ?? "-") \(line.dates.first!.flatMap { $0 } ?? "-")")
                }
            }
            r.confident += unmatchedPredictions.filter { $0.confidence >= 0.8 }.count
            for e in unmatchedPredictions {
                note(MissClassifier.unmatchedPrediction(isNegativeFile: negatives.contains(file)), "extra \(e.registration ?? e.callsign ?? "?") \(e.origin?.key ?? "-")→\(e.destination?.key ?? "-") \(e.date?.iso ?? "-")")
            }
            for (gi, line) in candidates.enumerated() where line.kind == .flight && !usedG.contains(gi) {
                note(MissClassifier.unmatchedGold(line, in: context), "missed \(line.registration ?? line.callsign ?? "?") \(line.origins.first!.flatMap { $0 } ?? "-")→\(line.destinations.first!.flatMap { $0 } ?? "-") \(line.dates.first!.flatMap { $0 } ?? "-")")
            }
        }
        return r
    }

    /// The guide: "A null `date` accepts any predicted date"; else the date or one of its alternatives.
    static func dateOK(_ line: GoldLine, _ e: FlightEvent) -> Bool {
        line.dates.first! == nil || line.dates.contains { $0 == e.date?.iso }
    }
}
