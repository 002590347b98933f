import ArgumentParser
import Foundation
import TailwatchCore

struct ImportAircraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-aircraft",
        abstract: "Load a public aircraft database export (OpenSky Network's aircraftDatabase.csv) to link hex addresses and registrations.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "CSV with an icao24 column and any of registration, typecode, model, manufacturername, operator, operatorcallsign, operatoricao, owner.")
    var file: String

    func run() throws {
        try Console.run {
            let store = try global.openStore(mustExist: false)
            let started = Date()
            let result: RegistryImportResult
            do { result = try RegistryImporter.run(path: file, store: store) } catch { throw Failure("\(error)") }
            for s in result.skipped { Console.error("\(file):\(s.line): skipped: \(s.reason)") }
            if result.skippedCount > result.skipped.count {
                Console.error("\(file): \(result.skippedCount - result.skipped.count) more lines skipped")
            }
            let seconds = Date().timeIntervalSince(started)
            print("imported \(result.imported) aircraft (\(result.withRegistration) with a registration), "
                  + "skipped \(result.skippedCount) lines, in \(String(format: "%.2f", seconds)) s")
            if result.skippedCount > 0 { throw ExitCode(1) }
        }
    }
}
