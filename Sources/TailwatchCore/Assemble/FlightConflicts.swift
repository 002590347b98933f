/// Flights of one aircraft that cannot both be true: independent articles put it on the
/// same day on routes that neither merge nor chain.
///
/// The merger keeps such reports apart (their places are not compatible); this finds
/// them so reports can show the disagreement instead of silently listing two flights.
public enum FlightConflicts {
    /// For each index of `events`, the indices of the events it conflicts with (empty when none).
    public static func find(_ events: [FlightEvent]) -> [[Int]] {
        var out = Array(repeating: [Int](), count: events.count)
        // Only flights of one aircraft on one day can conflict: compare within those buckets.
        var buckets: [String: [Int]] = [:]
        for (i, e) in events.enumerated() {
            guard let id = e.identifier, let d = e.date, d.precision == .day else { continue }
            buckets["\(id)|\(d.iso)", default: []].append(i)
        }
        for group in buckets.values where group.count > 1 {
            for (n, i) in group.enumerated() {
                for j in group.dropFirst(n + 1) where conflict(events[i], events[j]) {
                    out[i].append(j)
                    out[j].append(i)
                }
            }
        }
        return out.map { $0.sorted() }
    }

    /// Whether two flights of one aircraft on one day disagree about where it went.
    public static func conflict(_ a: FlightEvent, _ b: FlightEvent) -> Bool {
        guard a.kind == .flight, b.kind == .flight, let id = a.identifier, id == b.identifier,
              let x = a.date, let y = b.date, x.precision == .day, x == y
        else { return false }
        // "Two articles give different destinations": the same article telling two legs is a chain.
        let articlesA = Set(a.sources.map(\.sha256))
        guard !b.sources.contains(where: { articlesA.contains($0.sha256) }) else { return false }
        // A → B then B → C the same day is two legs, not a disagreement.
        if compatible(a.destination, b.origin) || compatible(b.destination, a.origin) { return false }
        return disagree(a.destination, b.destination) || disagree(a.origin, b.origin)
    }

    private static func compatible(_ p: Place?, _ q: Place?) -> Bool {
        guard let p, let q else { return false }
        return p.isCompatible(with: q)
    }

    private static func disagree(_ p: Place?, _ q: Place?) -> Bool {
        guard let p, let q else { return false }
        return !p.isCompatible(with: q)
    }
}
