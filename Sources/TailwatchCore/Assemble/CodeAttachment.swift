import Foundation

/// A hex address or callsign and the aircraft it belongs to.
struct CodeOwner {
    let code: Mention<AircraftCode>
    let owner: String
}

/// Hex addresses and callsigns joined to the aircraft they are written with.
enum CodeAttachment {
    /// An address in the US civil block names its N-number: "hex A5B3A8" is N467AM
    /// even when the text never writes the registration.
    static func identifiers(adding codes: [Mention<AircraftCode>], to ids: [Mention<AircraftIdentifier>]) -> [Mention<AircraftIdentifier>] {
        let named = Set(ids.map(\.value.canonical))
        let derived = codes.compactMap { c -> Mention<AircraftIdentifier>? in
            guard let n = c.value.registration, !named.contains(n) else { return nil }
            return Mention(c.range, AircraftIdentifier(canonical: n, country: "US", kind: .civil))
        }
        guard !derived.isEmpty else { return ids }
        return (ids + derived).sorted { $0.location < $1.location }
    }

    /// The aircraft each code belongs to: the registration its address computes to, else
    /// the nearest identifier in its sentence (the one before it first), else the
    /// article's only aircraft.
    static func owners(_ codes: [Mention<AircraftCode>], _ ids: LocatedMentions<AircraftIdentifier>,
                       _ layout: TextLayout) -> [CodeOwner]
    {
        let distinct = Set(ids.all.map(\.value.canonical))
        return codes.compactMap { c in
            if let n = c.value.registration, distinct.contains(n) { return CodeOwner(code: c, owner: n) }
            let sentence = layout.sentence(at: c.location)?.range ?? c.range
            let inSentence = ids.inside(sentence)
            let before = inSentence.last { $0.end <= c.location }
            let after = inSentence.first { $0.location >= c.end }
            if let owner = before ?? after { return CodeOwner(code: c, owner: owner.value.canonical) }
            if distinct.count == 1, let only = distinct.first { return CodeOwner(code: c, owner: only) }
            return nil
        }
    }

    /// Sets `icaoHex` on every event of the aircraft, and a callsign on the flight told in
    /// the callsign's sentence (or on the aircraft's only flight); a callsign's operator
    /// fills a missing operator.
    static func attach(_ codes: [Mention<AircraftCode>], ids: LocatedMentions<AircraftIdentifier>, layout: TextLayout,
                       doc: Document, to events: inout [FlightEvent])
    {
        var eventsOf: [String: [Int]] = [:]
        for (i, e) in events.enumerated() { if let r = e.registration { eventsOf[r, default: []].append(i) } }
        for found in owners(codes, ids, layout) {
            let code = found.code
            let mine = eventsOf[found.owner] ?? []
            switch code.value.kind {
            case .hex:
                for i in mine where events[i].icaoHex == nil { events[i].icaoHex = code.value.value }
            case .callsign:
                let byte = doc.byteRange(code.range).start
                var targets = mine.filter { i in events[i].sources.contains { $0.start <= byte && byte < $0.end } }
                let flights = mine.filter { events[$0].kind == .flight }
                if targets.isEmpty { targets = flights.count == 1 ? flights : mine.filter { events[$0].kind == .mention } }
                for i in targets where events[i].callsign == nil {
                    events[i].callsign = code.value.value
                    if events[i].operatorName == nil { events[i].operatorName = code.value.operatorName }
                }
            }
        }
    }
}
