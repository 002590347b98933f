import ArgumentParser
import Foundation
import TailwatchCore

/// `--wide`, and the width tables fit otherwise (commands that print tables).
struct TableOptions: ParsableArguments {
    @Flag(help: "Keep every column whatever the terminal's width (tables fit it otherwise: $COLUMNS, else the terminal's own width).")
    var wide = false

    /// Colour and width for this run's tables.
    var style: TableStyle { TableStyle(color: Console.color, width: wide ? nil : Self.width(ProcessInfo.processInfo.environment)) }

    /// The width to fit: `$COLUMNS` when set (a user's explicit choice, even for a pipe);
    /// else the terminal's own width when standard output is one (ioctl TIOCGWINSZ; 80 if
    /// it will not say); else none: output to a file or a pipe keeps every column, so that
    /// scripts and `| less -S` see the whole table.
    static func width(_ env: [String: String]) -> Int? {
        if let columns = env["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
