import ArgumentParser
import Foundation
import TailwatchCore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where an aircraft has been: its flights, oldest first.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Registration, serial or hex address (I-DIEM, idiem, MM62243, A5B3A8).")
    var registration: String

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            let store = try global.openStore()
            let events = try store.history(identifier: try store.resolveIdentifier(registration))
            guard !events.isEmpty else {
                throw Failure("\(registration): no such aircraft in \(global.databasePath)")
            }
            switch format {
            case .table:
                let e = events[0]
                let header = [e.identifier ?? registration, e.registrationCountry.map { "registered \($0)" }, e.aircraftType, e.operatorName]
                    .compactMap { $0 }.joined(separator: " · ")
                print(header)
                print(EventFormatter.historyTable(events, color: Console.color), terminator: "")
            case .json: print(EventFormatter.jsonArray(events), terminator: "")
            case .jsonl: print(EventFormatter.jsonLines(events), terminator: "")
            case .csv: print(EventFormatter.csv(events), terminator: "")
            }
        }
    }
}
