import ArgumentParser
import Foundation
import TailwatchCore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Where an aircraft has been: a summary line, then its flights, oldest first.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Registration, serial, hex address or callsign (I-DIEM, idiem, MM62243, A5B3A8, UAF1223).")
    var registration: String

    @Flag(help: "List every source of every flight (file, byte range, snippet).")
    var sources = false

    @OptionGroup var dates: WindowOptions

    @OptionGroup var filters: FilterOptions

    @OptionGroup var table: TableOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            let selection = try filters.selection(try dates.window())
            let store = try global.openStore()
            guard let out = try QueryOutput.history(store: store, registration: registration, selection: selection, sources: sources,
                                                    format: format, style: table.style)
            else { throw Failure("\(registration): no such aircraft in \(global.databasePath)") }
            print(out, terminator: "")
        }
    }
}
