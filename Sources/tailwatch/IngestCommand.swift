import ArgumentParser
import Foundation
import TailwatchCore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read article files (.txt, .md, .text, .html; .jsonl feeds one article a line; directories recursively; - for stdin) into the database.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files, directories, or - for standard input (with --observations: observation files).")
    var paths: [String] = []

    @Flag(help: "The paths are what `tailwatch extract --format observations` wrote (one article per line); store them as a direct ingest of the articles would.")
    var observations = false

    @Option(help: "Keep watching this folder and ingest article files as they arrive or change, until interrupted.")
    var watch: String?

    @Option(help: "Seconds between looks at the --watch folder (a file is ingested once it is the same at two looks).")
    var interval: Double = 2

    @Option(help: "The articles' publication date (YYYY-MM-DD): used over any date they carry; an article already stored is read again with it, its old date kept.")
    var date: String?

    @Option(help: "The path to store the article read from - under (default: stdin:<first 12 hex digits of its SHA-256>).")
    var name: String?

    func validate() throws {
        if paths.isEmpty && watch == nil { throw ValidationError("give files, directories or - to ingest, or --watch DIR") }
        if !(interval > 0) { throw ValidationError("--interval \(interval): expected a number of seconds above 0") }
        if let date, EventDate(iso: date) == nil { throw ValidationError("--date \(date): expected YYYY-MM-DD") }
        if observations && watch != nil { throw ValidationError("--observations reads observation files; it does not watch a folder") }
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
            var ingestor = Ingestor(store: store, knowledge: knowledge)
            ingestor.standardInputName = name
            var failed = false
            if !paths.isEmpty {
                failed = try ingest(paths, with: ingestor, given: given, progress: isatty(STDERR_FILENO) == 1)
            }
            guard let watch else {
                if failed { throw ExitCode(1) }
                return
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: watch, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure("\(watch): no such folder to watch")
            }
            // One summary line per look that found files; a failing file is reported and
            // the watch goes on (it is tried again once it changes).
            var folder = FolderWatch(folder: watch)
            while true {
                let ready = folder.look()
                if !ready.isEmpty { _ = try ingest(ready, with: ingestor, given: given, progress: false) }
                Thread.sleep(forTimeInterval: interval)
            }
        }
    }

    /// One ingest run and its summary line; true when a file failed.
    private func ingest(_ paths: [String], with ingestor: Ingestor, given: EventDate?, progress showProgress: Bool) throws -> Bool {
        let summary: IngestSummary
        do {
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
        try Self.refreshFlightsView(store: ingestor.store, knowledge: try Console.knowledge())
        for f in summary.failures { Console.error(f.description) }
        // Written at once, not buffered: a --watch run's lines must reach a pipe as they happen.
        FileHandle.standardOutput.write(Data((summary.line + "\n").utf8))
        return !summary.failures.isEmpty
    }

    /// Brings the `flights` view's labels and positions up to date with the stored flights
    /// (after every ingest and re-extraction: SQL cannot read the built-in tables).
    static func refreshFlightsView(store: EventStore, knowledge: Knowledge) throws {
        let coastline: Coastline
        do { coastline = try Coastline.load() } catch { throw Failure("cannot load built-in data: \(error)") }
        let named = try store.flightPlacesAndTypes()
        let (places, types) = FlightsView.labels(places: named.places, types: named.types,
                                                 locator: PlaceLocator(gazetteer: knowledge.gazetteer, coastline: coastline))
        try store.replaceFlightLabels(places: places, types: types)
    }
}
