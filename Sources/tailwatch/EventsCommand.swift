import ArgumentParser
import Foundation
import TailwatchCore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Every event, for other programs: JSON lines (the contract), JSON or CSV.")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var dates: WindowOptions

    @OptionGroup var filters: FilterOptions

    @OptionGroup var table: TableOptions

    @Option(help: "jsonl, json, csv or table.")
    var format: OutputFormat = .jsonl

    func run() throws {
        try Console.run {
            let selection = try filters.selection(try dates.window())
            print(try QueryOutput.events(store: try global.openStore(), selection: selection, format: format, style: table.style),
                  terminator: "")
        }
    }
}
