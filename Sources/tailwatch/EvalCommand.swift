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

    @Option(name: .customLong("min-date-f1"), help: "Exit 1 if date F1 is below this.")
    var minDateF1: Double?

    @Flag(help: "List each miss and false alarm, each prefixed by its kind.")
    var verbose = false

    @Flag(help: "Count the flights' misses and false alarms by kind.")
    var kinds = false

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
            print("negative files with >= 1 predicted flight: \(report.negativeFilesWithEvents) of \(report.negativeFiles)")
            if !report.byLanguage.isEmpty {
                var byLanguage = TextTable(columns: ["language", "files", "field", "precision", "recall", "F1", "tp", "predicted", "gold"])
                for (language, part) in report.byLanguage {
                    for (name, s) in part.rows.reversed() {
                        byLanguage.add([language, String(part.files), name, f(s.precision), f(s.recall), f(s.f1),
                                        String(s.truePositives), String(s.predicted), String(s.gold)])
                    }
                }
                print(byLanguage.render(color: Console.color), terminator: "")
            }
            if kinds {
                var kindTable = TextTable(columns: ["kind of miss or false alarm", "count"])
                for kind in MissKind.allCases { kindTable.add([kind.rawValue, String(report.missKinds[kind, default: 0])]) }
                print(kindTable.render(color: Console.color), terminator: "")
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
            if let m = minDateF1, report.date.f1 + 1e-9 < m {
                Console.error("date F1 \(f(report.date.f1)) is below the floor \(f(m))")
                failed = true
            }
            if failed { throw ExitCode(1) }
        }
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
