import ArgumentParser
import Foundation
import TailwatchCore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read article files (.txt, .md, .text; directories recursively; - for stdin) into the database.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    @Option(help: "The articles' publication date (YYYY-MM-DD): used over any date they carry; an article already stored is read again with it, its old date kept.")
    var date: String?

    @Option(help: "The path to store the article read from - under (default: stdin:<first 12 hex digits of its SHA-256>).")
    var name: String?

    func validate() throws {
        if let date, EventDate(iso: date) == nil { throw ValidationError("--date \(date): expected YYYY-MM-DD") }
        if name != nil && !paths.contains(ArticleReader.standardInput) {
            throw ValidationError("--name names the article read from standard input; give - among the paths")
        }
    }

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
                var ingestor = Ingestor(store: store, knowledge: knowledge)
                ingestor.standardInputName = name
                summary = try ingestor.ingest(paths: paths, givenDate: given) { done, total in
                    guard showProgress else { return }
                    let width = 30
                    let filled = total == 0 ? width : done * width / total
                    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                    FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
                    if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                }
            } catch {
                throw Failure("\(global.databasePath): write failed, nothing from the failing batch was stored: \(error)")
            }
            for f in summary.failures { Console.error(f.description) }
            print(summary.line)
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }
}
