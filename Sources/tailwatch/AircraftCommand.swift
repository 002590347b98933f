import ArgumentParser
import Foundation
import TailwatchCore

struct Aircraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aircraft",
        abstract: "Every aircraft (registration, country of registry, type, events, first and last seen), or all that is known of one.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "One aircraft by registration, serial, hex address or callsign (I-DIEM, idiem, MM62243, 896457, UAF1223): its country, types, operators, airports and events.")
    var registration: String?

    @OptionGroup var table: TableOptions

    @Option(help: "table, json, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try Console.run {
            if let registration { return try showOne(registration) }
            let store = try global.openStore()
            let list = try store.aircraft()
            // Types as analysts name them (the flights view's labels), else as written.
            let labels = (try? store.typeLabelsByWrittenType()) ?? [:]
            func label(_ written: String?) -> String? { written.map { labels[$0] ?? $0 } }
            switch format {
            case .table:
                var t = TextTable(columns: ["aircraft", "country", "type", "operator", "flights", "mentions", "first seen", "last seen"])
                t.dropOrder = ["mentions", "operator", "first seen"]
                for a in list {
                    t.add([a.identifier, a.country ?? "", label(a.type) ?? "", a.operatorName ?? "", String(a.flights),
                           String(a.mentions), a.firstSeen ?? "", a.lastSeen ?? ""])
                }
                print(t.render(maxWidths: [nil, nil, 32, 28, nil, nil, nil, nil], color: Console.color, width: table.style.width), terminator: "")
            case .json, .jsonl:
                let values = list.map { a in
                    JSONValue.object([
                        ("registration", .string(a.identifier)), ("country", a.country.map { .string($0) } ?? .null),
                        ("aircraft_type", a.type.map { .string($0) } ?? .null),
                        ("type_label", label(a.type).map { .string($0) } ?? .null),
                        ("operator", a.operatorName.map { .string($0) } ?? .null),
                        ("flights", .int(a.flights)), ("mentions", .int(a.mentions)),
                        ("first_seen", a.firstSeen.map { .string($0) } ?? .null),
                        ("last_seen", a.lastSeen.map { .string($0) } ?? .null),
                    ])
                }
                if format == .json { print(JSONValue.array(values).rendered(pretty: true)) }
                else { for v in values { print(v.rendered()) } }
            case .csv:
                var w = CSVWriter(header: ["registration", "country", "aircraft_type", "operator", "flights", "mentions", "first_seen", "last_seen",
                                           "type_label"])
                for a in list {
                    w.append([a.identifier, a.country, a.type, a.operatorName, String(a.flights), String(a.mentions), a.firstSeen, a.lastSeen,
                              label(a.type)])
                }
                print(w.text, terminator: "")
            }
        }
    }

    /// What the stored events say about one aircraft.
    private func showOne(_ query: String) throws {
        let store = try global.openStore()
        let registration = try store.resolveIdentifier(query)
        let events = try store.history(identifier: registration)
        let registry = try store.registryRecord(for: registration)
        guard !events.isEmpty || registry != nil else { throw Failure("\(query): no such aircraft in \(global.databasePath)") }
        func distinct(_ values: [String?]) -> [String] {
            var seen = Set<String>()
            return values.compactMap { $0 }.filter { seen.insert($0).inserted }
        }
        func text(_ v: String?) -> JSONValue { v.map { .string($0) } ?? .null }
        let flights = events.filter { $0.kind == .flight }
        let dates = events.compactMap(\.date?.iso).sorted()
        let name = events.first?.identifier ?? registry?.registration ?? registration
        let hexes = distinct(events.map(\.icaoHex) + [registry?.icao24, USRegistryAddress.hex(ofNNumber: name)])
        let fields: [(String, JSONValue)] = [
            ("registration", .string(name)),
            ("country", text(AircraftCountry.of(events))),
            ("icao_hex", .array(hexes.map { .string($0) })),
            ("callsigns", .array(distinct(events.map(\.callsign)).map { .string($0) })),
            ("registry_type", text(registry?.typecode)),
            ("registry_model", text(registry.flatMap { r in r.model.map { [r.manufacturer, $0].compactMap { $0 }.joined(separator: " ") } })),
            ("registry_operator", text(registry?.operatorName)),
            ("registry_owner", text(registry?.owner)),
            ("aircraft_types", .array(distinct(events.map(\.aircraftType)).map { .string($0) })),
            ("type_designators", .array(distinct(events.map(\.typeDesignator)).map { .string($0) })),
            ("type_labels", .array(distinct(events.map(AnalystNames.shared.typeLabel)).map { .string($0) })),
            ("operators", .array(distinct(events.map(\.operatorName)).map { .string($0) })),
            ("airports", .array(distinct(flights.flatMap { [$0.origin.map(AnalystNames.shared.tableLabel), $0.destination.map(AnalystNames.shared.tableLabel)] }).map { .string($0) })),
            ("flights", .int(flights.count)), ("mentions", .int(events.count - flights.count)),
            ("sources", .int(events.reduce(0) { $0 + $1.sources.count })),
            ("first_seen", dates.first.map { .string($0) } ?? .null), ("last_seen", dates.last.map { .string($0) } ?? .null),
        ]
        // A field as one cell of CSV or of the table: lists joined with "; ", unknown empty.
        func cell(_ value: JSONValue) -> String? {
            switch value {
            case .string(let v): return v
            case .int(let v): return String(v)
            case .array(let items): return items.compactMap(cell).joined(separator: "; ")
            default: return nil
            }
        }
        switch format {
        case .json, .jsonl: print(JSONValue.object(fields).rendered(pretty: format == .json))
        case .csv:
            var w = CSVWriter(header: fields.map(\.0))
            w.append(fields.map { cell($0.1) })
            print(w.text, terminator: "")
        case .table:
            var t = TextTable(columns: ["", ""])
            for (name, value) in fields {
                t.add([name.replacingOccurrences(of: "_", with: " "), cell(value) ?? "?"])
            }
            print(t.render(color: false).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n"), terminator: "")
        }
    }
}
