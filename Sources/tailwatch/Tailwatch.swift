import ArgumentParser
import Foundation
import TailwatchCore

@main
struct Tailwatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tailwatch",
        abstract: "Track government, military and cargo aircraft through the news.",
        discussion: "Ingest article files, then ask where an aircraft has been or what flew in and out of an airport.",
        version: BuildInfo.versionLine,
        subcommands: [Ingest.self, Reextract.self, Extract.self, History.self, Airport.self, Aircraft.self, Events.self,
                      Routes.self, Search.self, Export.self, Report.self, ImportAircraft.self,
                      Eval.self, EvalIdentifiers.self, EvalDates.self])
}

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $TAILWATCH_DB, else tailwatch.sqlite).")
    var db: String?

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["TAILWATCH_DB"] ?? "tailwatch.sqlite"
    }

    func openStore(mustExist: Bool = true) throws -> EventStore {
        let path = databasePath
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            throw Failure("\(path): no database here yet; run `tailwatch ingest PATH…` first")
        }
        do { return try EventStore(path: path) } catch { throw Failure("\(error)") }
    }
}

/// A one-line error for the user; the command exits 1.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("tailwatch: " + line + "\n").utf8))
    }

    /// A line for the user on stderr that is not an error (what was written, what was left out).
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Colours only on a terminal, and never with NO_COLOR set.
    static var color: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func knowledge() throws -> Knowledge {
        switch Knowledge.shared {
        case .success(let k): return k
        case .failure(let e): throw Failure("cannot load built-in data: \(e)")
        }
    }

    /// Runs a command body, turning failures into one line on stderr and exit 1.
    static func run(_ body: () throws -> Void) throws {
        do { try body() } catch let f as Failure {
            error(f.description)
            throw ExitCode(1)
        } catch let e as ExitCode {
            throw e
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
