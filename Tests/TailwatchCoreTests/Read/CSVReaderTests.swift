@testable import TailwatchCore
import XCTest

final class CSVReaderTests: XCTestCase {
    func records(_ text: String) throws -> [[String]] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        var reader = try CSVReader(path: file.path)
        var out: [[String]] = []
        while let r = reader.next() { out.append(r) }
        return out
    }

    func testDoubleQuotedRFC4180() throws {
        XCTAssertEqual(try records("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,,\"two\nlines\"\n"),
                       [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "", "two\nlines"]])
    }

    func testSingleQuotedOpenSkyExport() throws {
        XCTAssertEqual(try records("'icao24','owner'\n'a5b3a8','O''Brien, Ltd'\n"),
                       [["icao24", "owner"], ["a5b3a8", "O'Brien, Ltd"]])
    }

    func testLastLineWithoutNewlineAndChunkBoundaries() throws {
        // Longer than one 1 MiB chunk: fields split across reads stay whole.
        let row = "'" + String(repeating: "x", count: 999) + "','y'\n"
        let text = "'a','b'\n" + String(repeating: row, count: 1500) + "'end','z'"
        let r = try records(text)
        XCTAssertEqual(r.count, 1502)
        XCTAssertEqual(r[1000][0].count, 999)
        XCTAssertEqual(r.last, ["end", "z"])
    }
}
