/// Decides when two reports are one flight, and combines them.
///
/// The same leg told twice (an Arabic paragraph and the tweet it quotes, or two
/// articles) becomes one event with several sources; the more precise place and
/// date win.
public enum EventMerger {
    /// Whether `a` and `b` can be the same flight leg.
    public static func canMerge(_ a: FlightEvent, _ b: FlightEvent) -> Bool {
        guard a.kind == .flight, b.kind == .flight, let id = a.identifier, id == b.identifier else { return false }
        // Two aircraft of one type are one flight only when one article tells it twice.
        if a.isTypeOnly, Set(a.sources.map(\.sha256)).isDisjoint(with: b.sources.map(\.sha256)) { return false }
        if let x = a.date, let y = b.date, !x.isCompatible(with: y) { return false }
        if let x = a.origin, let y = b.origin, !x.isCompatible(with: y) { return false }
        if let x = a.destination, let y = b.destination, !x.isCompatible(with: y) { return false }
        let originAgrees = a.origin != nil && b.origin != nil
        let destinationAgrees = a.destination != nil && b.destination != nil
        // One knows only where it left, the other only where it landed: two halves of a leg.
        let halves = (a.destination == nil && b.origin == nil) || (a.origin == nil && b.destination == nil)
        // …unless the one ends where the other begins: "landed at Beirut … left Beirut" is two
        // legs in a row, not one from Beirut to Beirut.
        if halves, !originAgrees, !destinationAgrees, let o = a.origin ?? b.origin, let d = a.destination ?? b.destination,
           o.isCompatible(with: d) { return false }
        return originAgrees || destinationAgrees || halves
    }

    /// `a` with what `b` adds: more precise places and date, missing fields, sources.
    public static func merge(_ a: FlightEvent, _ b: FlightEvent) -> FlightEvent {
        var m = a
        m.origin = morePrecise(a.origin, b.origin)
        m.destination = morePrecise(a.destination, b.destination)
        if let y = b.date, a.date == nil || y.precision > a.date!.precision {
            m.date = y
            m.dateEvidence = b.dateEvidence
        }
        if m.timeUTC == nil { m.timeUTC = b.timeUTC; m.timeKind = b.timeKind }
        m.aircraftType = a.aircraftType ?? b.aircraftType
        m.typeDesignator = a.typeDesignator ?? b.typeDesignator
        m.operatorName = a.operatorName ?? b.operatorName
        m.registrationCountry = a.registrationCountry ?? b.registrationCountry
        m.callsign = a.callsign ?? b.callsign
        m.icaoHex = a.icaoHex ?? b.icaoHex
        for s in b.sources where !m.sources.contains(s) { m.sources.append(s) }
        if let more = b.rules { m.rules = uniqueInOrder((a.rules ?? []) + more) }
        // Independent reports of the same leg raise confidence, with diminishing returns.
        m.confidence = min(0.98, max(a.confidence, b.confidence) + 0.5 * (1 - max(a.confidence, b.confidence)) * min(a.confidence, b.confidence))
        return m
    }

    static func morePrecise(_ a: Place?, _ b: Place?) -> Place? {
        guard let a else { return b }
        guard let b else { return a }
        return b.precisionRank > a.precisionRank ? b : a
    }

    /// Merges a list in order: each event joins the first earlier one it can be.
    /// `barrier` gives events that must stay apart (legs of one sentence's chain).
    public static func mergeAll(_ events: [FlightEvent], barrier: [Int]? = nil) -> [FlightEvent] {
        var out: [FlightEvent] = []
        var groups: [Set<Int>] = []
        // Only events of one aircraft can merge: each looks among its own aircraft's, not all.
        var byAircraft: [String: [Int]] = [:]
        for (i, e) in events.enumerated() {
            let chain = barrier?[i]
            let candidates = e.identifier.flatMap { byAircraft[$0] } ?? []
            if let j = candidates.first(where: { j in
                canMerge(out[j], e) && (chain == nil || !groups[j].contains(chain!))
            }) {
                out[j] = merge(out[j], e)
                if let chain { groups[j].insert(chain) }
            } else {
                out.append(e)
                groups.append(chain.map { [$0] } ?? [])
                if let id = e.identifier { byAircraft[id, default: []].append(out.count - 1) }
            }
        }
        return out
    }
}
