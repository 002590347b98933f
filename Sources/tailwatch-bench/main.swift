// tailwatch-bench: query latency in process (issue 5).
//
//   tailwatch-bench --db FILE [--runs N] [--events-runs N] [--history REG]... [--airport PLACE]... [--events]
//                   [--out-dir DIR]
//
// Runs the code `tailwatch history`, `airport` and `events` run (QueryOutput, the table
// format, no colour) N times in this process and prints one JSON object per query:
// p50/p90/p99/min/max/mean in seconds of
//   "query": the query and its rendering on a freshly opened store (what a process does
//            after start-up and argument parsing),
//   "open":  opening the store (EventStore.init: the pool, the schema check),
//   "warm":  the query and its rendering again on one store kept open (statements cached).
// PLACE is what the database alone resolves: an ICAO code the events name (HLLB) or a
// city with its country (Benghazi,LY); names that need the gazetteer are refused.
// PLACE@SINCE@UNTIL adds --since/--until (HLLB@2020-06@2020-06).
// --out-dir writes each query's output to DIR/<n>.out so a caller can compare it with
// the command's own output (bench.sh does).
import Foundation
import TailwatchCore

struct Options {
    var db = ""
    var runs = 200
    var eventsRuns: Int?
    var history: [String] = []
    var airports: [String] = []
    var events = false
    var outDir: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tailwatch-bench: \(message)\n".utf8))
    exit(2)
}

func parse(_ args: [String]) -> Options {
    var o = Options()
    var i = 0
    func value() -> String {
        i += 1
        guard i < args.count else { fail("\(args[i - 1]) needs a value") }
        return args[i]
    }
    func count() -> Int {
        let v = value()
        guard let n = Int(v), n > 0 else { fail("\(args[i - 1]) \(v): expected a positive count") }
        return n
    }
    while i < args.count {
        switch args[i] {
        case "--db": o.db = value()
        case "--runs": o.runs = count()
        case "--events-runs": o.eventsRuns = count()
        case "--history": o.history.append(value())
        case "--airport": o.airports.append(value())
        case "--events": o.events = true
        case "--out-dir": o.outDir = value()
        case "-h", "--help":
            print("usage: tailwatch-bench --db FILE [--runs N] [--events-runs N] [--history REG]... [--airport PLACE]... [--events] [--out-dir DIR]")
            exit(0)
        default: fail("unknown argument \(args[i])")
        }
        i += 1
    }
    if o.db.isEmpty { fail("--db FILE is required") }
    if !FileManager.default.fileExists(atPath: o.db) { fail("\(o.db): no such file") }
    if o.history.isEmpty && o.airports.isEmpty && !o.events { fail("nothing to run: give --history, --airport or --events") }
    return o
}

@inline(never)
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func stats(_ xs: [Double]) -> String {
    let s = xs.sorted()
    func rank(_ q: Double) -> Double { s[max(0, Int((q * Double(s.count)).rounded(.up)) - 1)] }
    let mean = s.reduce(0, +) / Double(s.count)
    return String(format: #"{"p50": %.6f, "p90": %.6f, "p99": %.6f, "min": %.6f, "max": %.6f, "mean": %.6f}"#,
                  rank(0.5), rank(0.9), rank(0.99), s.first!, s.last!, mean)
}

let o = parse(Array(CommandLine.arguments.dropFirst()))
var queries: [(name: String, runs: Int, body: (EventStore) throws -> String)] = []
for reg in o.history {
    queries.append(("history \(reg)", o.runs, { store in
        guard let out = try QueryOutput.history(store: store, registration: reg) else { fail("history \(reg): no such aircraft") }
        return out
    }))
}
for q in o.airports {
    // PLACE@SINCE@UNTIL: the board with --since SINCE --until UNTIL (either may be empty).
    let parts = q.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
    let window: DateWindow
    do {
        window = try DateWindow(since: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil,
                                until: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
    } catch { fail("airport \(q): \(error)") }
    queries.append(("airport \(q)", o.runs, { store in
        let (query, country) = PlaceSelection.splitCountry(parts[0], country: nil)
        guard let place = try store.storedPlace(query, country: country) else {
            fail("airport \(parts[0]): not resolved by the database alone (give an ICAO code or NAME,CC)")
        }
        return try QueryOutput.airport(store: store, place: place, window: window)
    }))
}
if o.events {
    queries.append(("events --format jsonl", o.eventsRuns ?? max(5, o.runs / 10), { store in try QueryOutput.events(store: store) }))
}

if let dir = o.outDir { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
do {
    for (n, q) in queries.enumerated() {
        // One warm-up run: page cache and the code's first touches, as bench.sh does for processes.
        var output = try q.body(try EventStore(path: o.db))
        if let dir = o.outDir {
            try output.write(toFile: "\(dir)/\(n + 1).out", atomically: false, encoding: .utf8)
        }
        var open: [Double] = [], query: [Double] = [], warm: [Double] = []
        var bytes = 0
        for _ in 0..<q.runs {
            var store: EventStore!
            open.append(try seconds { store = try EventStore(path: o.db) })
            query.append(try seconds { output = try q.body(store); bytes = output.utf8.count })
        }
        let kept = try EventStore(path: o.db)
        for _ in 0..<q.runs { warm.append(try seconds { output = try q.body(kept); bytes = output.utf8.count }) }
        let lines = output.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let name = q.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        print(#"{"query": "\#(name)", "runs": \#(q.runs), "bytes": \#(bytes), "lines": \#(lines), "query_s": \#(stats(query)), "open_s": \#(stats(open)), "warm_s": \#(stats(warm))\#(o.outDir.map { #", "out": "\#($0)/\#(n + 1).out""# } ?? "")}"#)
    }
} catch {
    fail("\(error)")
}
