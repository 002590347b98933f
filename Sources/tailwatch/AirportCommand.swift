import ArgumentParser
import Foundation
import TailwatchCore

struct Airport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "airport",
        abstract: "What arrived at and departed from an airport or city (ICAO, IATA, name, English or Arabic).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "HLLB, BEN, Benina, Benghazi, بنغازي, \"مطار بنينا\"…")
    var query: String

    @Option(help: "ISO country code to pick among places of the same name (Tripoli: LY or LB).")
    var country: String?

    @OptionGroup var dates: WindowOptions

    @OptionGroup var filters: FilterOptions

    @OptionGroup var table: TableOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            let selection = try filters.selection(try dates.window())
            let store = try global.openStore()
            let place = try PlaceArgument.resolve(query, country: country, store: store)
            print(try QueryOutput.airport(store: store, place: place, selection: selection, format: format, style: table.style),
                  terminator: "")
        }
    }
}
