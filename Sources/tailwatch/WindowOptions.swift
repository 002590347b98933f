import ArgumentParser
import TailwatchCore

/// `--since` and `--until`, shared by every command that reports flights over time.
struct WindowOptions: ParsableArguments {
    @Option(help: "Only flights that may have been on or after this date (YYYY[-MM[-DD]]).")
    var since: String?

    @Option(help: "Only flights that may have been on or before this date (YYYY[-MM[-DD]]).")
    var until: String?

    /// A bad date is a usage error (exit 64, as a bad --format is), named with its option.
    func validate() throws {
        do { _ = try DateWindow(since: since, until: until) } catch { throw ValidationError(error.message) }
    }

    /// The options as a window (`validate` has checked them).
    func window() throws -> DateWindow {
        do { return try DateWindow(since: since, until: until) } catch { throw Failure(error.message) }
    }
}
