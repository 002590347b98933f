import ArgumentParser
import Foundation
import TailwatchCore

struct Aircraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every aircraft: registration, country of registry, type, events, first and last seen.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            let list = try global.openStore().aircraft()
            switch format {
            case .table:
                var t = TextTable(columns: ["aircraft", "country", "type", "operator", "flights", "mentions", "first seen", "last seen"])
                for a in list {
                    t.add([a.identifier, a.country ?? "", a.type ?? "", a.operatorName ?? "", String(a.flights),
                           String(a.mentions), a.firstSeen ?? "", a.lastSeen ?? ""])
                }
                print(t.render(maxWidths: [nil, nil, 24, 28, nil, nil, nil, nil], color: Console.color), terminator: "")
            case .json, .jsonl:
                let values = list.map { a in
                    JSONValue.object([
                        ("registration", .string(a.identifier)), ("country", a.country.map { .string($0) } ?? .null),
                        ("aircraft_type", a.type.map { .string($0) } ?? .null),
                        ("operator", a.operatorName.map { .string($0) } ?? .null),
                        ("flights", .int(a.flights)), ("mentions", .int(a.mentions)),
                        ("first_seen", a.firstSeen.map { .string($0) } ?? .null),
                        ("last_seen", a.lastSeen.map { .string($0) } ?? .null),
                    ])
                }
                if format == .json { print(JSONValue.array(values).rendered(pretty: true)) }
                else { for v in values { print(v.rendered()) } }
            case .csv:
                var w = CSVWriter(header: ["registration", "country", "aircraft_type", "operator", "flights", "mentions", "first_seen", "last_seen"])
                for a in list {
                    w.append([a.identifier, a.country, a.type, a.operatorName, String(a.flights), String(a.mentions), a.firstSeen, a.lastSeen])
                }
                print(w.text, terminator: "")
            }
        }
    }
}
