import ArgumentParser
import Foundation
import TailwatchCore

/// Turns a user's place (`HLLB`, `BEN`, `Benghazi`, `بنغازي`) into the airports and city
/// it means, the same way for `airport`, `routes` and `export`.
enum PlaceArgument {
    /// `country` picks among places of one name; without it, `NAME,CC` (`Rome,IT`) does the same.
    static func resolve(_ query: String, country: String?, store: EventStore) throws -> PlaceSelection {
        let (query, country) = PlaceSelection.splitCountry(query, country: country)
        // An ICAO code the database already holds needs no gazetteer (1 s to load), nor does a
        // city with its country ("Benghazi,LY") written as the events store it. Without a
        // country the gazetteer must say whether the name is ambiguous (Tripoli LY or LB),
        // even when the events name only one of them.
        if let place = try store.storedPlace(query, country: country) { return place }
        switch AirportQuery(gazetteer: try Console.knowledge().gazetteer).resolve(query, country: country) {
        case .unknown:
            throw Failure("\(query): no airport or city by that name or code")
        case .ambiguous(let candidates):
            // The one place of that name the database has flights for is the one meant; the
            // user is asked only when two or more have some.
            let counted = try candidates.prefix(20).map { c in
                (candidate: c, flights: try store.board(c.selection).filter { $0.kind == .flight }.count)
            }
            let withFlights = counted.filter { $0.flights > 0 }
            if withFlights.count == 1, let only = withFlights.first {
                let others = counted.filter { $0.flights == 0 }.map(\.candidate.selection.label)
                Console.note("\(query): \(only.candidate.selection.label), the only place of that name with flights here"
                    + (others.isEmpty ? "" : " (not \(others.joined(separator: "; ")))"))
                return only.candidate.selection
            }
            Console.error("\(query) is ambiguous; add --country CC, write it as NAME,CC or use a code:")
            for c in counted {
                let n = "\(c.flights) flight\(c.flights == 1 ? "" : "s")"
                FileHandle.standardError.write(Data("  \(c.candidate.description): \(n)\n".utf8))
            }
            throw ExitCode(1)
        case .places(let label, let codes, let city):
            return PlaceSelection(label: label, codes: codes, city: city)
        }
    }
}
