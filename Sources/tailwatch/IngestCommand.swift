import ArgumentParser
import Foundation
import TailwatchCore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read article files (.txt, .md, .text; directories recursively; - for stdin) into the database.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files, directories, or - for standard input (with --observations: observation files).")
    var paths: [String]

    @Flag(help: "The paths are what `tailwatch extract --format observations` wrote (one article per line); store them as a direct ingest of the articles would.")
    var observations = false

    @Option(help: "The articles' publication date (YYYY-MM-DD) when files carry none.")
    var date: String?

    func run() throws {
        try Console.run {
            var given: EventDate?
            if let date {
                guard let d = EventDate(iso: date) else { throw Failure("--date \(date): expected YYYY-MM-DD") }
                given = d
            }
            let knowledge = try Console.knowledge()
            let store = try global.openStore(mustExist: false)
            let showProgress = isatty(STDERR_FILENO) == 1
            let summary: IngestSummary
            do {
                let ingestor = Ingestor(store: store, knowledge: knowledge)
                let progress: @Sendable (Int, Int) -> Void = { done, total in
                    guard showProgress else { return }
                    let width = 30
                    let filled = total == 0 ? width : done * width / total
                    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                    FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
                    if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                }
                summary = try observations ? ingestor.ingest(observationFiles: paths, progress: progress)
                    : ingestor.ingest(paths: paths, givenDate: given, progress: progress)
            } catch {
                throw Failure("\(global.databasePath): write failed, nothing from the failing batch was stored: \(error)")
            }
            for f in summary.failures { Console.error(f.description) }
            print(summary.line)
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }
}
