import ArgumentParser
import Foundation
import TailwatchCore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every event, for other programs: JSON lines (the contract), JSON or CSV.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "jsonl, json, csv or table.")
    var format: OutputFormat = .jsonl

    func run() throws {
        try Console.run {
            let events = try global.openStore().allEvents()
            switch format {
            case .jsonl: print(EventFormatter.jsonLines(events), terminator: "")
            case .json: print(EventFormatter.jsonArray(events), terminator: "")
            case .csv: print(EventFormatter.csv(events), terminator: "")
            case .table: print(HistoryTable.render(events, aircraft: true, color: Console.color), terminator: "")
            }
        }
    }
}
