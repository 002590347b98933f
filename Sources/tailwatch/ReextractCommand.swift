import ArgumentParser
import Foundation
import TailwatchCore

struct Reextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Re-read the stored text of articles an older extractor version read.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Console.run {
            let store = try global.openStore()
            let n = try Ingestor(store: store, knowledge: try Console.knowledge()).reextract()
            try Ingest.refreshFlightsView(store: store, knowledge: try Console.knowledge())
            let c = try store.counts()
            print("\(n) articles re-read; \(c.events) flight events, \(c.aircraft) aircraft in the database")
        }
    }
}
