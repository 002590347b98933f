/// One country of registry per aircraft, the same in `aircraft`, `aircraft REG`, `history`
/// and `report`: a serial shape two air forces share (USAF and Turkish `16-0055`) can give
/// an aircraft's events different countries, and each command used to pick its own.
///
/// The rule: the country most of its events give; on a tie, the one given by the earliest
/// dated event (undated last); then alphabetical. `EventStore.aircraft()` applies the same
/// rule in SQL (`countrySQL`).
public enum AircraftCountry {
    public static func of(_ events: [FlightEvent]) -> String? {
        var tally: [String: (count: Int, first: String)] = [:]
        for e in events {
            guard let c = e.registrationCountry else { continue }
            let date = e.date?.iso ?? "~"  // "~" sorts after every date
            let old = tally[c] ?? (0, "~")
            tally[c] = (old.count + 1, min(old.first, date))
        }
        return tally.min { a, b in
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            if a.value.first != b.value.first { return a.value.first < b.value.first }
            return a.key < b.key
        }?.key
    }

    /// The same rule for the aircraft of the outer query's row `e`.
    static let countrySQL = """
        (SELECT registration_country FROM event x WHERE x.identifier = e.identifier AND x.registration_country IS NOT NULL
         GROUP BY registration_country ORDER BY count(*) DESC, min(coalesce(x.date, '~')), registration_country LIMIT 1)
        """
}
