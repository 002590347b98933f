import ArgumentParser
import Foundation
import TailwatchCore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract events from article files without storing them (a dry run).")

    @Argument(help: "Article files, or - for standard input.")
    var paths: [String]

    @Flag(help: "Also list every identifier, type, place, leg, date and time found.")
    var trace = false

    func run() throws {
        try Console.run {
            let knowledge = try Knowledge.shared.get()
            let extractor = ArticleExtractor(knowledge: knowledge)
            var failed = false
            for path in paths {
                switch ArticleReader.read(path: path) {
                case .failure(let f):
                    Console.error(f.description)
                    failed = true
                case .success(let input):
                    let source = ArticleSource(path: path, sha256: SHA256.hex(Array(input.text.utf8)))
                    if trace { for line in extractor.trace(text: input.text) { print("# " + line) } }
                    print(EventFormatter.jsonLines(extractor.extract(text: input.text, source: source).events), terminator: "")
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
