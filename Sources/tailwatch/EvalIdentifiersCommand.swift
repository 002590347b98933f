import ArgumentParser
import Foundation
import TailwatchCore

struct EvalIdentifiers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-identifiers",
        abstract: "Score registration, serial, hex and callsign mentions against marked sentences.")

    @Argument(help: "Sentences with their mentions marked (format: Fixtures/identifiers/sentences.tsv).")
    var sentences: String

    @Option(name: .customLong("min-precision"), help: "Exit 1 if registration precision is below this.")
    var minPrecision: Double?

    @Option(name: .customLong("min-recall"), help: "Exit 1 if registration recall is below this.")
    var minRecall: Double?

    @Flag(help: "List each miss and false alarm.")
    var verbose = false

    func run() throws {
        try Console.run {
            let report = try IdentifierEval.run(path: sentences, knowledge: try Console.knowledge())
            var t = TextTable(columns: ["mention", "precision", "recall", "F1", "tp", "predicted", "gold"])
            for kind in ["registration", "hex", "callsign"] {
                guard let s = report.scores[kind] else { continue }
                t.add([kind, f(s.precision), f(s.recall), f(s.f1), String(s.truePositives), String(s.predicted), String(s.gold)])
            }
            print("\(sentences): \(report.sentences) sentences")
            print(t.render(color: Console.color), terminator: "")
            if verbose { for d in report.details { print("  " + d) } }
            guard let reg = report.scores["registration"] else { return }
            var failed = false
            if let m = minPrecision, reg.precision + 1e-9 < m {
                Console.error("registration precision \(f(reg.precision)) is below the floor \(f(m))")
                failed = true
            }
            if let m = minRecall, reg.recall + 1e-9 < m {
                Console.error("registration recall \(f(reg.recall)) is below the floor \(f(m))")
                failed = true
            }
            if failed { throw ExitCode(1) }
        }
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
