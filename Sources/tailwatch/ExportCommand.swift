import ArgumentParser
import Foundation
import TailwatchCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Flights as CSV, JSON, GeoJSON (great-circle routes, airport points) or KML for Google Earth.",
        discussion: "Without --registration or --airport, every flight; with both, the flights matching both.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "csv, json, geojson or kml.")
    var format: ExportFormat

    @Option(help: "Only this aircraft's flights: registration, serial, hex address or callsign (I-DIEM, idiem, 896457, UAF1223).")
    var registration: String?

    @Option(help: "Only flights arriving at or leaving this airport or city (as `airport` reads it).")
    var airport: String?

    @Option(help: "ISO country code to pick among places of the same name, with --airport.")
    var country: String?

    @OptionGroup var dates: WindowOptions

    @OptionGroup var filters: FilterOptions

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        try Console.run {
            let selection = try filters.selection(try dates.window())
            let store = try global.openStore()
            var events: [FlightEvent]
            var titles: [String] = []
            if let registration {
                events = try store.history(identifier: try store.resolveIdentifier(registration))
                guard !events.isEmpty else { throw Failure("\(registration): no such aircraft in \(global.databasePath)") }
                titles.append(events[0].identifier ?? registration)
            } else {
                events = try store.allEvents()
            }
            if let airport {
                let place = try PlaceArgument.resolve(airport, country: country, store: store)
                let here = Set(try store.board(place).compactMap(\.id))
                events = events.filter { $0.id.map(here.contains) ?? false }
                titles.append(place.label)
            }
            events = selection.apply(events).filter { $0.kind == .flight }
            let text: String
            switch format {
            case .csv:
                let locator = PlaceLocator(gazetteer: try Console.knowledge().gazetteer, coastline: try Coastline.load())
                text = EventFormatter.csv(events, locator: locator)
            case .json: text = EventFormatter.jsonArray(events)
            case .geojson, .kml:
                let map = FlightMap(events: events, locator: PlaceLocator(gazetteer: try Console.knowledge().gazetteer, coastline: try Coastline.load()))
                let title = "tailwatch: " + (titles.isEmpty ? "all flights" : titles.joined(separator: " at "))
                text = format == .kml ? KMLExporter.export(map, title: title) : GeoJSONExporter.export(map)
                Console.note("\(map.routes.count) of \(events.count) flights drawn, \(map.stops.count) places"
                    + (map.undrawn > 0 ? "; \(map.undrawn) without two located ends" : ""))
            }
            if let output {
                do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                    throw Failure("\(output): cannot write: \(error.localizedDescription)")
                }
            } else {
                print(text, terminator: "")
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
