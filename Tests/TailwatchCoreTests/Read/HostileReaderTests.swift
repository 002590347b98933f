import Foundation
@testable import TailwatchCore
import XCTest

/// Files that fight back (issue 6), at the reader: each has a defined outcome.
final class HostileReaderTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-hostile-read-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

    func testInvalidUTF8IsReportedNotReplaced() {
        // Reported with its byte offset, never decoded with U+FFFD: stored offsets must
        // be offsets into the file's own text.
        let bytes = Array("Forl".utf8) + [0xEC] + Array(" and more".utf8)
        XCTAssertEqual(ArticleReader.decode(bytes, path: "a.txt").failure?.reason, "invalid UTF-8 at byte 4")
        XCTAssertEqual(ArticleReader.decode([0xF4, 0x90, 0x80, 0x80], path: "a.txt").failure?.reason, "invalid UTF-8 at byte 0")
        XCTAssertEqual(ArticleReader.decode(Array("ok".utf8) + [0xE2, 0x82], path: "a.txt").failure?.reason, "invalid UTF-8 at byte 2")
    }

    func testUTF16OddLengthsUnpairedSurrogatesAndNULsAreReported() {
        XCTAssertEqual(ArticleReader.decode([0xFF, 0xFE, 0x41], path: "a.txt").failure?.reason, "UTF-16 text with an odd number of bytes")
        XCTAssertEqual(ArticleReader.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], path: "a.txt").failure?.reason,
                       "invalid UTF-16 (unpaired surrogate)")
        XCTAssertEqual(ArticleReader.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], path: "a.txt").failure?.reason,
                       "binary file (NUL character)")
    }

    func testByteOrderMarksAndCRLFAreNotedAndGone() throws {
        let input = try ArticleReader.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb".utf8), path: "a.txt").get()
        XCTAssertEqual(input.text, "a\nb")
        XCTAssertEqual(input.notes, ["UTF-8 byte order mark dropped", "CR line ends normalised"])
        let be = try ArticleReader.decode([0xFE, 0xFF, 0x06, 0x28, 0x00, 0x0D, 0x00, 0x0A], path: "b.txt").get()
        XCTAssertEqual(be.text, "ب\n")
    }

    func testAFileOverTheCapIsRefusedBeforeItIsRead() throws {
        // 200 MB on one line, sparse: refused by its size, so memory stays bounded.
        let path = dir + "/huge.txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        let h = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: 200 << 20)
        try h.close()
        XCTAssertEqual(ArticleReader.read(path: path).failure?.reason, "file is 200 MiB; the limit is 64 MiB")
    }

    func testAFileRemovedBetweenListingAndReadingIsReported() throws {
        let path = dir + "/gone.txt"
        try "I-DIEM".write(toFile: path, atomically: true, encoding: .utf8)
        let (files, _) = ArticleReader.expand(paths: [dir])
        XCTAssertEqual(files, [path])
        try FileManager.default.removeItem(atPath: path)
        XCTAssertEqual(ArticleReader.read(path: path).failure?.description, "\(path): no such file (removed while running?)")
    }

    func testSymlinkLoopsAndDanglingLinksEndTheWalk() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/a/b", withIntermediateDirectories: true)
        try "x".write(toFile: dir + "/a/b/one.txt", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir + "/a/b/up", withDestinationPath: "../..")    // a loop through a relative link
        try fm.createSymbolicLink(atPath: dir + "/a/self", withDestinationPath: dir + "/a")  // a loop to itself
        try fm.createSymbolicLink(atPath: dir + "/a/dangling.txt", withDestinationPath: dir + "/nowhere.txt")
        try fm.createSymbolicLink(atPath: dir + "/x", withDestinationPath: dir + "/y")  // a loop of two links
        try fm.createSymbolicLink(atPath: dir + "/y", withDestinationPath: dir + "/x")
        let (files, failures) = ArticleReader.expand(paths: [dir])
        XCTAssertEqual(files, [dir + "/a/b/one.txt"])
        XCTAssertEqual(failures, [])
    }

    func testNamesWithNewlinesAreReportedOnOneLine() {
        XCTAssertEqual(ReadFailure(path: "a\nb\tc\u{1B}.txt", reason: "empty file").description, "a\\nb\\tc\\u{1B}.txt: empty file")
        XCTAssertEqual(ReadFailure(path: "طرابلس 'x' \"y\".txt", reason: "empty file").description, "طرابلس 'x' \"y\".txt: empty file")
    }
}
