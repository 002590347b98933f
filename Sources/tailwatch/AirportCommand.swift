import ArgumentParser
import Foundation
import TailwatchCore

struct Airport: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What arrived at and departed from an airport or city (ICAO, IATA, name, English or Arabic).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "HLLB, BEN, Benina, Benghazi, بنغازي, \"مطار بنينا\"…")
    var query: String

    @Option(help: "ISO country code to pick among places of the same name (Tripoli: LY or LB).")
    var country: String?

    @Option(help: "Only events on or after this date (YYYY[-MM[-DD]]).")
    var since: String?

    @Option(help: "Only events on or before this date (YYYY[-MM[-DD]]).")
    var until: String?

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            for d in [since, until].compactMap({ $0 }) where EventDate(iso: d) == nil {
                throw Failure("\(d): expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            let store = try global.openStore()
            // An ICAO code the database already holds needs no gazetteer (1 s to load).
            let code = query.trimmingCharacters(in: .whitespaces)
            let resolved: AirportQueryResult
            if code.count == 4, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
               let place = try store.storedAirport(code: code)
            {
                resolved = .places(label: place.label, codes: [place.code ?? code.uppercased()], city: nil)
            } else {
                resolved = AirportQuery(gazetteer: try Console.knowledge().gazetteer).resolve(query, country: country)
            }
            switch resolved {
            case .unknown:
                throw Failure("\(query): no airport or city by that name or code")
            case .ambiguous(let candidates):
                Console.error("\(query) is ambiguous; add --country CC or use a code:")
                for c in candidates.prefix(20) { FileHandle.standardError.write(Data("  \(c)\n".utf8)) }
                throw ExitCode(1)
            case .places(let label, let codes, let city):
                let events = try store.board(codes: codes, city: city, since: since, until: until)
                switch format {
                case .table:
                    print("\(label): \(events.count) flights")
                    print(EventFormatter.boardTable(events, codes: Set(codes), city: city, color: Console.color), terminator: "")
                case .json: print(EventFormatter.jsonArray(events), terminator: "")
                case .jsonl: print(EventFormatter.jsonLines(events), terminator: "")
                case .csv: print(EventFormatter.csv(events), terminator: "")
                }
            }
        }
    }
}
