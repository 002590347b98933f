import ArgumentParser
import Foundation
import TailwatchCore

struct EvalDates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-dates",
        abstract: "Score date and time reading on a fixture of expressions: accuracy per language and form, and speed.")

    @Argument(help: "Fixture file (format: Fixtures/dates/dates.tsv).")
    var fixture: String

    @Option(name: .customLong("min-accuracy"), help: "Exit 1 if the accuracy is below this.")
    var minAccuracy: Double?

    @Option(name: .customLong("repeat"), help: "Read the fixture this many more times to time it (expressions per second).")
    var repeatCount: Int = 1

    @Flag(help: "List each expression read wrong.")
    var verbose = false

    func run() throws {
        try Console.run {
            let fixture: (rows: [DateFixtureRow], errors: [String])
            do { fixture = try DateFixture.load(self.fixture) } catch { throw Failure("\(error)") }
            for e in fixture.errors { Console.error(e) }
            guard !fixture.rows.isEmpty else { throw Failure("\(self.fixture): no expressions") }
            let extractor = ArticleExtractor(knowledge: try Console.knowledge())
            let e = DateEvaluation.run(fixture.rows, extractor: extractor, repeat: repeatCount)
            print("\(self.fixture): \(e.all.total) expressions, accuracy \(f(e.all.accuracy)) (\(e.all.right) right)")
            var t = TextTable(columns: ["group", "right", "total", "accuracy"])
            for (name, tally) in e.byLanguage.sorted(by: { $0.key < $1.key }) {
                t.add(["lang " + name, String(tally.right), String(tally.total), f(tally.accuracy)])
            }
            for (name, tally) in e.byCategory.sorted(by: { $0.key < $1.key }) {
                t.add([name, String(tally.right), String(tally.total), f(tally.accuracy)])
            }
            print(t.render(color: Console.color), terminator: "")
            if e.expressionsTimed > 0 {
                print(String(format: "speed: %d expressions in %.3f s, %.0f expressions/s", e.expressionsTimed, e.seconds, e.expressionsPerSecond))
            }
            if verbose {
                for m in e.misses {
                    print("  \(m.row.id) gold \(m.row.gold?.iso ?? "-") \(m.row.goldTime ?? "") read \(m.read.date?.iso ?? "-") "
                          + "\(m.read.timeUTC ?? "") [\(m.read.evidence?.text ?? "")]: \(m.row.text)")
                }
            }
            if !fixture.errors.isEmpty { throw ExitCode(1) }
            if let m = minAccuracy, e.all.accuracy + 1e-9 < m {
                Console.error("date accuracy \(f(e.all.accuracy)) is below the floor \(f(m))")
                throw ExitCode(1)
            }
        }
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
