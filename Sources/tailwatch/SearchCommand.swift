import ArgumentParser
import Foundation
import TailwatchCore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the ingested articles, with the events read from each hit.",
        discussion: "Every word (three characters or more) must occur; matches inside words count, so Arabic words are found with their prefixes (وبنغازي).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Words to find (Benghazi, \"Falcon 900\", بنغازي).")
    var text: [String]

    @Option(help: "At most this many articles.")
    var limit = 20

    @Option(help: "table, json or jsonl (one object per article with its events).")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            if format == .csv { throw Failure("--format csv: search results are nested; use table, json or jsonl") }
            let query = text.joined(separator: " ")
            let store = try global.openStore()
            let result: (hits: [ArticleHit], total: Int)
            do { result = try store.search(query, limit: max(1, limit)) } catch let e as SearchError { throw Failure(e.description) }
            switch format {
            case .table:
                print("\(result.total) article\(result.total == 1 ? "" : "s") match \"\(query)\"" + (result.total > result.hits.count ? "; showing \(result.hits.count)" : ""))
                for h in result.hits {
                    print("\n\(h.paths.first ?? h.sha256)" + (h.paths.count > 1 ? " (+\(h.paths.count - 1) more paths)" : ""))
                    print("  " + h.excerpt)
                    if h.events.isEmpty { print("  no events read from it"); continue }
                    for e in h.events {
                        print("  \(e.kind == .flight ? "flight" : "mention") \(e.identifier ?? "?") \(EventFormatter.dateLabel(e.date)) "
                            + "\(EventFormatter.placeLabel(e.origin)) → \(EventFormatter.placeLabel(e.destination))")
                    }
                }
            case .json, .jsonl, .csv:
                let objects = result.hits.map { h in
                    JSONValue.object([
                        ("sha256", .string(h.sha256)), ("paths", .array(h.paths.map { .string($0) })),
                        ("match_start", h.match.map { .int($0.start) } ?? .null), ("match_end", h.match.map { .int($0.end) } ?? .null),
                        ("excerpt", .string(h.excerpt)), ("events", .array(h.events.map { EventFormatter.json($0) })),
                    ])
                }
                if format == .json { print(JSONValue.array(objects).rendered(pretty: true)) } else {
                    for o in objects { print(o.rendered()) }
                }
            }
        }
    }
}
