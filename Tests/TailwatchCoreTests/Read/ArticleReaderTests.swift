@testable import TailwatchCore
import XCTest

final class ArticleReaderTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) -> Result<ArticleInput, ReadFailure> {
        ArticleReader.decode(bytes, path: "a.txt")
    }

    func testPlainUTF8AndBOM() throws {
        XCTAssertEqual(try decode(Array("I-DIEM هبطت".utf8)).get().text, "I-DIEM هبطت")
        XCTAssertEqual(try decode([0xEF, 0xBB, 0xBF] + Array("x".utf8)).get().text, "x")
    }

    func testUTF16WithBOMBothOrders() throws {
        let s = "بنغازي I-DIEM"
        let le: [UInt8] = [0xFF, 0xFE] + s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + s.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(try decode(le).get().text, s)
        XCTAssertEqual(try decode(be).get().text, s)
    }

    func testLineEndsBecomeLF() throws {
        XCTAssertEqual(try decode(Array("a\r\nb\rc".utf8)).get().text, "a\nb\nc")
    }

    func testFailuresNameTheReason() {
        XCTAssertEqual(decode([]).failure?.reason, "empty file")
        XCTAssertEqual(decode(Array(" \n ".utf8)).failure?.reason, "file holds only white space")
        XCTAssertEqual(decode([0x41, 0x00, 0x42]).failure?.reason, "binary file (NUL byte at offset 1)")
        XCTAssertEqual(decode([0x41, 0x42, 0xC3, 0x28]).failure?.reason, "invalid UTF-8 at byte 2")
        XCTAssertEqual(decode([0xED, 0xA0, 0x80]).failure?.reason, "invalid UTF-8 at byte 0")  // a surrogate
        XCTAssertEqual(decode([0xC0, 0xAF]).failure?.reason, "invalid UTF-8 at byte 0")  // overlong
        XCTAssertEqual(ReadFailure(path: "x/y.txt", reason: "empty file").description, "x/y.txt: empty file")
    }

    func testDirectoryWalkFindsArticlesSkipsHiddenAndSurvivesLoops() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tw-reader-\(UUID())").path
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/sub/.hidden", withIntermediateDirectories: true)
        for f in ["a.txt", "sub/b.md", "sub/c.TEXT", "sub/d.pdf", "sub/.hidden/e.txt", "name with 'quote' طرابلس.txt"] {
            try "x".write(toFile: root + "/" + f, atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: root + "/sub/loop", withDestinationPath: root)
        defer { try? fm.removeItem(atPath: root) }
        let (files, failures) = ArticleReader.expand(paths: [root, root + "/missing.txt"])
        XCTAssertEqual(files.map { String($0.dropFirst(root.count + 1)) },
                       ["a.txt", "name with 'quote' طرابلس.txt", "sub/b.md", "sub/c.TEXT"])
        XCTAssertEqual(failures, [ReadFailure(path: root + "/missing.txt", reason: "no such file or directory")])
    }

    func testEmptyDirectoryIsReported() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tw-empty-\(UUID())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, failures) = ArticleReader.expand(paths: [root])
        XCTAssertTrue(files.isEmpty)
        XCTAssertEqual(failures.first?.reason, "no .txt, .md, .text, .html or .jsonl files in this directory")
    }
}

extension Result {
    var failure: Failure? { if case .failure(let f) = self { return f } else { return nil } }
}
