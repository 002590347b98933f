import Foundation
import XCTest

/// Hostile and odd input through the built binary (issue 6): each case has a defined
/// outcome, a one-line error naming the file or argument where it fails, and the rest
/// of the batch still goes in. `make reliability` runs these with the unit cases.
final class HostileInputEndToEndTests: XCTestCase {
    var dir: URL!
    var db: String { dir.appendingPathComponent("hostile.sqlite").path }
    let flight = "I-DIEM flew from Rome to Benghazi on 8 June 2020."

    override func setUpWithError() throws {
        // Under /tmp rather than $TMPDIR, which may sit in a folder only its owner enters:
        // the unprivileged cases need to reach this one.
        dir = try UnprivilegedKit.makeReachableDirectory(prefix: "tw-hostile")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// Runs tailwatch; `unprivileged` drops to `nobody` when the tests run as root,
    /// since root reads and writes whatever the permission bits say.
    @discardableResult
    func run(_ args: [String], unprivileged: Bool = false) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        if unprivileged && geteuid() == 0 {
            // A copy of the binary in a folder `nobody` can reach: the checkout may lie in
            // a folder only its owner may enter (a home folder, a `mktemp -d` folder).
            let binary = try UnprivilegedKit.binary(in: dir)
            p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + args
        } else {
            p.executableURL = EndToEndTests.binary
            p.arguments = args
        }
        var env = ProcessInfo.processInfo.environment
        env["TAILWATCH_DB"] = db
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = dir.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    func assertOneLine(_ err: String, mentions: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = err.split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertEqual(lines.count, 1, err, file: file, line: line)
        XCTAssertTrue(err.contains(mentions), "\(mentions) not in: \(err)", file: file, line: line)
    }

    func testEncodingsAreDecodedOrReportedAndTheRestGoesIn() throws {
        let text = flight.replacingOccurrences(of: "I-DIEM", with: "I-DIEM")
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        _ = try write("utf16.txt", utf16)
        _ = try write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(flight.replacingOccurrences(of: "I-DIEM", with: "I-DIEN").utf8))
        _ = try write("crlf.txt", Array("Headline\r\n\r\nI-DIEO flew from Rome to Benghazi on 8 June 2020.\r\n".utf8))
        _ = try write("latin1.txt", Array("Forl".utf8) + [0xEC] + Array(" I-DIEP flew from Rome to Benghazi on 8 June 2020.".utf8))
        _ = try write("nul.txt", Array("I-DIEQ flew".utf8) + [0] + Array(" from Rome.".utf8))
        let r = try run(["ingest", dir.path])
        XCTAssertEqual(r.status, 1, "a failed file makes the exit code 1")
        XCTAssertTrue(r.out.contains("3 new"), r.out)
        XCTAssertTrue(r.err.contains("latin1.txt: invalid UTF-8 at byte 4"), r.err)
        XCTAssertTrue(r.err.contains("nul.txt: binary file (NUL byte at offset 11)"), r.err)
        XCTAssertEqual(r.err.split(separator: "\n").count, 2, r.err)
        for reg in ["I-DIEM", "I-DIEN", "I-DIEO"] {
            XCTAssertEqual(try run(["history", reg]).status, 0, reg)
        }
    }

    func testAFileOverTheSizeCapIsRefusedWithoutReadingIt() throws {
        // A 200 MB single line, sparse on disk: refused by its size, so memory stays bounded.
        let path = dir.appendingPathComponent("huge.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("I-DIEM ".utf8)))
        let h = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: 200_000_000)
        try h.close()
        _ = try write("ok.txt", Array(flight.utf8))
        let r = try run(["ingest", dir.path])
        XCTAssertEqual(r.status, 1)
        assertOneLine(r.err, mentions: "huge.txt: file is 190 MiB; the limit is 64 MiB")
        XCTAssertTrue(r.out.contains("1 new"), r.out)
    }

    func testUnreadableFilesAndDirectoriesAreReported() throws {
        let secret = try write("secret.txt", Array(flight.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret)
        let closed = dir.appendingPathComponent("closed")
        try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
        _ = try write("closed/inside.txt", Array(flight.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: closed.path)
        _ = try write("open.txt", Array(flight.utf8))
        // The database in a folder the unprivileged user may write.
        let writable = dir.appendingPathComponent("db")
        try FileManager.default.createDirectory(at: writable, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: writable.path)
        let r = try run(["ingest", "--db", writable.appendingPathComponent("x.sqlite").path, dir.path], unprivileged: true)
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertTrue(r.err.contains("secret.txt: cannot open (permission denied?)"), r.err)
        XCTAssertTrue(r.err.contains("closed: cannot list directory (permission denied?)"), r.err)
        XCTAssertTrue(r.out.contains("1 new"), r.out)
    }

    func testOddFileNamesGoInAndErrorsStayOnOneLine() throws {
        let names = ["with space.txt", "it's \"quoted\".txt", "طرابلس ١.txt", "semi;colon --x.txt"]
        for (i, name) in names.enumerated() {
            _ = try write(name, Array(flight.replacingOccurrences(of: "I-DIEM", with: "I-DIE\(["A", "B", "C", "D"][i])").utf8))
        }
        _ = try write("new\nline.txt", Array(flight.utf8))
        _ = try write("empty\nname.txt", [])
        let r = try run(["ingest", dir.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.out.contains("5 new"), r.out)
        // The newline in the failing file's name is shown escaped: one line per failure.
        assertOneLine(r.err, mentions: "empty\\nname.txt: empty file")
        let events = try run(["events", "--format", "jsonl"])
        for name in names + ["new\nline.txt"] {
            let escaped = name.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
            XCTAssertTrue(events.out.contains(escaped), "\(name) not among the sources")
        }
    }

    func testSQLMetaCharactersInEveryArgumentAreJustText() throws {
        let hostile = ["'; DROP TABLE event; --", "I-DIEM\" OR 1=1 --", "%", "_' UNION SELECT * FROM article --\\"]
        _ = try write("a.txt", Array(flight.utf8))
        XCTAssertEqual(try run(["ingest", dir.path]).status, 0)
        for h in hostile {
            for args in [["history", h], ["aircraft", h], ["airport", h]] {
                let r = try run(args)
                XCTAssertEqual(r.status, 1, "\(args): \(r.out)")
                XCTAssertEqual(r.err.split(separator: "\n").count, 1, "\(args): \(r.err)")
            }
            // Dates compare as text and a country only picks among places of one name: a
            // hostile value answers like any other value, or is a usage error (exit 64) whose
            // first line names the option.
            for option in ["--since", "--until"] {
                let r = try run(["airport", "HLLB", option, h])
                XCTAssertTrue(r.status == 0 || (r.status == 64 && r.err.hasPrefix("Error: \(option) ")), "\(option) \(h): \(r.err)")
            }
            let tripoli = try run(["airport", "Tripoli", "--country", h])
            XCTAssertEqual(tripoli.status, 1, "--country \(h) matched: \(tripoli.out)")
            XCTAssertEqual(tripoli.err.split(separator: "\n").count, 1, tripoli.err)
            XCTAssertEqual(try run(["ingest", "--date", h, dir.path]).status, 64, "--date \(h)")
        }
        // A database path full of meta-characters is only a file name.
        let odd = dir.appendingPathComponent("it's; DROP TABLE x; --.sqlite").path
        XCTAssertEqual(try run(["ingest", "--db", odd, dir.path]).status, 0)
        XCTAssertEqual(try run(["history", "--db", odd, "I-DIEM"]).status, 0)
        // Nothing was dropped or matched by a wildcard.
        let h = try run(["history", "I-DIEM"])
        XCTAssertEqual(h.status, 0, h.err)
        XCTAssertTrue(h.out.contains("HLLB"), h.out)
    }

    func testDatabasePathsThatCannotBeUsedSaySoInOneLine() throws {
        _ = try write("a.txt", Array(flight.utf8))
        let article = dir.appendingPathComponent("a.txt").path

        let folder = dir.appendingPathComponent("folder.sqlite")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var r = try run(["ingest", "--db", folder.path, article])
        XCTAssertEqual(r.status, 1)
        assertOneLine(r.err, mentions: "\(folder.path): cannot open database")

        let text = try write("notes.sqlite", Array("just some notes, not SQLite\n".utf8))
        r = try run(["ingest", "--db", text, article])
        XCTAssertEqual(r.status, 1)
        assertOneLine(r.err, mentions: "\(text): not a tailwatch database")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: text)), Data("just some notes, not SQLite\n".utf8), "left untouched")
        r = try run(["history", "--db", text, "I-DIEM"])
        assertOneLine(r.err, mentions: "\(text): not a tailwatch database")

        // Read-only: a database the user may read but not write.
        let locked = dir.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let roDB = locked.appendingPathComponent("ro.sqlite").path
        XCTAssertEqual(try run(["ingest", "--db", roDB, article]).status, 0)
        for f in try FileManager.default.contentsOfDirectory(atPath: locked.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: locked.appendingPathComponent(f).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        r = try run(["ingest", "--db", roDB, article], unprivileged: true)
        XCTAssertEqual(r.status, 1)
        assertOneLine(r.err, mentions: roDB)
        XCTAssertTrue(r.err.contains("read-only") || r.err.contains("readonly") || r.err.contains("permission"), r.err)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
    }
}
