import ArgumentParser
import Foundation
import TailwatchCore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an aircraft's or an airport's timeline as one offline HTML page with a route map.",
        discussion: """
            tailwatch report I-DIEM --html i-diem.html
            tailwatch report --airport HLLB --since 2020 --html benina.html
            The page has no scripts and loads nothing from the network.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Registration, serial, hex address or callsign (I-DIEM, idiem, MM62243, A5B3A8, UAF1223).")
    var registration: String?

    @Option(help: "An airport or city instead of an aircraft: HLLB, BEN, Benina, Benghazi, بنغازي…")
    var airport: String?

    @Option(help: "With --airport: ISO country code to pick among places of the same name.")
    var country: String?

    @OptionGroup var dates: WindowOptions

    @Option(help: "The HTML file to write.")
    var html: String

    func validate() throws {
        if (registration == nil) == (airport == nil) {
            throw ValidationError("give either a registration or --airport QUERY")
        }
        if airport == nil && (country != nil || dates.since != nil || dates.until != nil) {
            throw ValidationError("--country, --since and --until go with --airport")
        }
    }

    func run() throws {
        try Console.run {
            let window = try dates.window()
            // Fail before the slow part (loading the tables) when the page could not be written anyway.
            let folder = URL(fileURLWithPath: html).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure("\(html): cannot write: no folder \(folder)")
            }
            let store = try global.openStore()
            // Only the gazetteer is needed (to resolve --airport and to place stops), not the
            // extraction tables Console.knowledge() would load as well.
            var loaded: Gazetteer?
            func gazetteer() throws -> Gazetteer {
                if let loaded { return loaded }
                do { loaded = try Gazetteer.load() } catch { throw Failure("cannot load built-in data: \(error)") }
                return loaded!
            }
            let title: String, subtitle: String?, events: [FlightEvent]
            if let registration {
                events = try store.history(identifier: try store.resolveIdentifier(registration))
                guard let e = events.first else {
                    throw Failure("\(registration): no such aircraft in \(global.databasePath)")
                }
                title = e.identifier ?? registration
                subtitle = [AircraftCountry.of(events).map { "registered \($0)" }, AnalystNames.shared.typeLabel(e), e.operatorName]
                    .compactMap { $0 }.joined(separator: " · ")
            } else {
                let place = try PlaceArgument.resolve(airport!, country: country, store: store)
                events = try store.board(place, window: window)
                title = place.label
                subtitle = "arrivals and departures" + (dates.since.map { " since \($0)" } ?? "") + (dates.until.map { " until \($0)" } ?? "")
            }
            let coastline: Coastline
            do { coastline = try Coastline.load() } catch { throw Failure("cannot load built-in data: \(error)") }
            let locator = PlaceLocator(gazetteer: try gazetteer(), coastline: coastline)
            let map = RouteMap(events: events, locate: locator.locate)
            let stamp = ISO8601DateFormatter().string(from: Date())
            let page = HTMLReport(title: title, subtitle: subtitle, events: events,
                                  map: SVGMap.render(map, coastline: coastline),
                                  footer: "Written by tailwatch from \(global.databasePath) at \(stamp).")
            do {
                try page.render().write(toFile: html, atomically: true, encoding: .utf8)
            } catch {
                throw Failure("\(html): cannot write: \((error as NSError).localizedDescription)")
            }
            print("\(html): \(events.count) events, \(map.routes.count) routes on the map")
        }
    }
}
