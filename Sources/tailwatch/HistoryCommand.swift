import ArgumentParser
import Foundation
import TailwatchCore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where an aircraft has been: a summary line, then its flights, oldest first.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Registration, serial or hex address (I-DIEM, idiem, MM62243, A5B3A8).")
    var registration: String

    @Flag(help: "List every source of every flight (file, byte range, snippet).")
    var sources = false

    @OptionGroup var dates: WindowOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            let window = try dates.window()
            let store = try global.openStore()
            let all = try store.history(identifier: try store.resolveIdentifier(registration))
            guard !all.isEmpty else {
                throw Failure("\(registration): no such aircraft in \(global.databasePath)")
            }
            let events = window.filter(all)
            let conflicts = EventFormatter.conflictIDs(events)
            switch format {
            case .table:
                let e = all[0]
                print(HistorySummary(identifier: e.identifier ?? registration, events: events).line)
                let card = [e.registrationCountry.map { "registered \($0)" }, e.aircraftType, e.operatorName].compactMap { $0 }
                if !card.isEmpty { print(card.joined(separator: " · ")) }
                if events.isEmpty { print("no flights in that window (\(all.count) in all)"); return }
                print(HistoryTable.render(events, sources: sources, color: Console.color), terminator: "")
            case .json: print(EventFormatter.jsonArray(events, conflicts: conflicts), terminator: "")
            case .jsonl: print(EventFormatter.jsonLines(events, conflicts: conflicts), terminator: "")
            case .csv: print(EventFormatter.csv(events, conflicts: conflicts), terminator: "")
            }
        }
    }
}
