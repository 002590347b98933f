import ArgumentParser
import Foundation
import TailwatchCore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract events from article files without storing them (a dry run).")

    @Argument(help: "Article files (a .jsonl feed is one article a line), or - for standard input.")
    var paths: [String]

    @Flag(help: "Also list every identifier, type, place, leg, date and time found.")
    var trace = false

    @Option(help: "events: one JSON line per event; observations: one JSON line per article (its hash, path, text, extractor version, date and events) for `ingest --observations`.")
    var format: ExtractFormat = .events

    func run() throws {
        try Console.run {
            let knowledge = try Knowledge.shared.get()
            let extractor = ArticleExtractor(knowledge: knowledge)
            var failed = false
            let (items, feedFailures) = ArticleReader.articles(in: paths)
            for f in feedFailures {
                Console.error(f.description)
                failed = true
            }
            for item in items {
                switch ArticleReader.read(item) {
                case .failure(let f):
                    Console.error(f.description)
                    failed = true
                case .success(let input):
                    let path = input.path
                    let source = ArticleSource(path: path, sha256: SHA256.hex(Array(input.text.utf8)))
                    if trace { for line in extractor.trace(text: input.text) { print("# " + line) } }
                    let extraction = extractor.extract(text: input.text, source: source)
                    switch format {
                    case .events: print(EventFormatter.jsonLines(extraction.events), terminator: "")
                    case .observations:
                        print(try ObservationRecord(path: path, text: input.text, sha256: source.sha256, extraction: extraction).jsonLine())
                    }
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case events, observations
}
