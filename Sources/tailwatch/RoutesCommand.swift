import ArgumentParser
import Foundation
import TailwatchCore

struct Routes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Who flies between places, and how often.",
        discussion: "Without --between, every route whose two ends are known, busiest first. Places are read as `airport` reads them.")

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .upToNextOption, help: "Two places (HLLB Rome, Benghazi \"مطار معيتيقة\"): the flights between them, either way.")
    var between: [String] = []

    @OptionGroup var dates: WindowOptions

    @OptionGroup var filters: FilterOptions

    @OptionGroup var table: TableOptions

    @Option(help: "table, json, jsonl or csv (json, jsonl and csv list the flights).")
    var format: OutputFormat = .table

    func validate() throws {
        if !between.isEmpty && between.count != 2 {
            throw ValidationError("--between takes two places, got \(between.count): \(between.joined(separator: " "))")
        }
    }

    func run() throws {
        try Console.run {
            let selection = try filters.selection(try dates.window())
            let store = try global.openStore()
            let summary: RouteSummary
            if between.count == 2 {
                let a = try PlaceArgument.resolve(between[0], country: nil, store: store)
                let b = try PlaceArgument.resolve(between[1], country: nil, store: store)
                let events = selection.apply(try store.board(a)).filter { $0.kind == .flight }
                summary = RouteSummary(events: events, between: a, and: b)
                if format == .table {
                    let n = summary.routes.reduce(0) { $0 + $1.flights.count }
                    print("\(a.label) ↔ \(b.label): \(n) flight\(n == 1 ? "" : "s")")
                }
            } else {
                summary = RouteSummary(events: selection.apply(try store.allEvents()))
            }
            let flights = summary.routes.flatMap(\.flights)
            switch format {
            case .table:
                guard !summary.routes.isEmpty else { return }
                print(summary.table(color: Console.color, width: table.style.width), terminator: "")
                if between.count == 2 { print(""); print(summary.flightsTable(color: Console.color, width: table.style.width), terminator: "") }
            case .json: print(EventFormatter.jsonArray(flights), terminator: "")
            case .jsonl: print(EventFormatter.jsonLines(flights), terminator: "")
            case .csv: print(EventFormatter.csv(flights), terminator: "")
            }
        }
    }
}
