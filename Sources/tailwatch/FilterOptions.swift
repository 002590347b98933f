import ArgumentParser
import TailwatchCore

/// `--min-confidence`, `--type`, `--operator`, `--registry`, `--military`: the filters
/// `history`, `airport`, `routes`, `events` and `export` share (`EventFilter`).
struct FilterOptions: ParsableArguments {
    @Option(help: "Only flights of at least this confidence (0–1, as shown: two decimals, halves up).")
    var minConfidence: Double?

    @Option(help: "Only this aircraft type: ICAO designator (F900, C130) or name or family (\"Falcon 900\", Hercules).")
    var type: String?

    @Option(name: .customLong("operator"), help: "Only operators whose name contains this (any case or accents: \"air force\").")
    var operatorName: String?

    @Option(help: "Only aircraft registered in this country (ISO code: IT, LY, RU).")
    var registry: String?

    @Flag(help: "Only military aircraft (an air force operates them, or a military serial names them).")
    var military = false

    func validate() throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence \(minConfidence): expected a number from 0 to 1")
        }
        if let registry, registry.count != 2 || !registry.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw ValidationError("--registry \(registry): expected a two-letter ISO country code")
        }
    }

    var criteria: EventFilter.Criteria {
        EventFilter.Criteria(minConfidence: minConfidence, type: type, operatorName: operatorName, registry: registry, military: military)
    }

    /// The filter, loading the built-in tables only when `--type` or `--military` needs them.
    func filter() throws -> EventFilter {
        let c = criteria
        do { return try EventFilter(c, knowledge: c.needsKnowledge ? try Console.knowledge() : nil) } catch let e as EventFilterError {
            throw Failure(e.message)
        }
    }

    /// The window and the filters together.
    func selection(_ window: DateWindow) throws -> EventSelection { EventSelection(window: window, filter: try filter()) }
}
