import ArgumentParser
import Foundation
import TailwatchCore

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold events: precision, recall and F1 per field and for whole events.")

    @Argument(help: "Gold file in JSON lines (format: Fixtures/seeds/README.md).")
    var gold: String

    @Option(help: "Directory holding the articles the gold names (default: the gold file's directory).")
    var corpus: String?

    @Option(name: .customLong("min-event-f1"), help: "Exit 1 if whole-event F1 is below this.")
    var minEventF1: Double?

    @Option(name: .customLong("min-registration-f1"), help: "Exit 1 if registration F1 is below this.")
    var minRegistrationF1: Double?

    @Flag(help: "List each miss and false alarm.")
    var verbose = false

    func run() throws {
        try Console.run {
            let report = try Evaluator.run(goldPath: gold, corpus: corpus, knowledge: try Console.knowledge())
            var t = TextTable(columns: ["field", "precision", "recall", "F1", "tp", "predicted", "gold"])
            for (name, s) in report.rows {
                t.add([name, f(s.precision), f(s.recall), f(s.f1), String(s.truePositives), String(s.predicted), String(s.gold)])
            }
            print("\(gold): \(report.files) files, \(report.event.gold) gold flights, "
                  + "\(report.eventsInNegativeFiles) events from \(report.negativeFiles) negative files")
            print(t.render(color: Console.color), terminator: "")
            if report.confident > 0 {
                print("confidence >= 0.8: \(report.confidentRight) of \(report.confident) flights wholly right "
                      + "(\(f(Double(report.confidentRight) / Double(report.confident))))")
            }
            if verbose { for d in report.details { print("  " + d) } }
            var failed = false
            if let m = minEventF1, report.event.f1 + 1e-9 < m {
                Console.error("whole-event F1 \(f(report.event.f1)) is below the floor \(f(m))")
                failed = true
            }
            if let m = minRegistrationF1, report.registration.f1 + 1e-9 < m {
                Console.error("registration F1 \(f(report.registration.f1)) is below the floor \(f(m))")
                failed = true
            }
            if failed { throw ExitCode(1) }
        }
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
