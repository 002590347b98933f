import ArgumentParser
import TailwatchCore

/// `--since` and `--until`, shared by every command that reports flights over time.
struct WindowOptions: ParsableArguments {
    @Option(help: "Only flights that may have been on or after this date (YYYY[-MM[-DD]]).")
    var since: String?

    @Option(help: "Only flights that may have been on or before this date (YYYY[-MM[-DD]]).")
    var until: String?

    /// The options as a window; a bad date is a one-line failure naming the option.
    func window() throws -> DateWindow {
        do { return try DateWindow(since: since, until: until) } catch { throw Failure(error.message) }
    }
}
