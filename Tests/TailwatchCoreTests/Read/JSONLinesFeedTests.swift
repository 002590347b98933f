import Foundation
import XCTest
@testable import TailwatchCore

/// `.jsonl` feeds: one article a line, text/body/content, url, date/published.
final class JSONLinesFeedTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tw-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func feed(_ lines: [String], name: String = "feed.jsonl") throws -> String {
        let path = dir.appendingPathComponent(name).path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testEachLineIsAnArticleWithItsURLTitleAndDate() throws {
        let path = try feed([
            #"{"url": "https://example.org/a", "title": "  Jet   lands ", "published": "2021-03-02T23:30:00-05:00", "text": "Body one.\r\nSecond line."}"#,
            #"{"body": "Body two.", "date": "2021-04-05"}"#,
            #"{"content": "Body three.", "date": "", "published": "2021-04-06 10:15"}"#,
            #"{"text": "", "body": "Body four."}"#,
        ])
        let (articles, failures) = JSONLinesFeed.read(path: path)
        XCTAssertEqual(failures, [])
        XCTAssertEqual(articles.map(\.path), ["https://example.org/a", "\(path):2", "\(path):3", "\(path):4"])
        // The date part as written (the publisher's day), the title, then the text; LF line ends.
        XCTAssertEqual(articles[0].text, "date 2021-03-02\n\nJet lands\n\nBody one.\nSecond line.")
        XCTAssertEqual(articles[1].text, "date 2021-04-05\n\nBody two.")
        XCTAssertEqual(articles[2].text, "date 2021-04-06\n\nBody three.", "an empty date gives way to published")
        XCTAssertEqual(articles[3].text, "Body four.", "an empty text gives way to body; no date, no header")
    }

    func testMarkupInTheTextIsReadAsAPagesBody() throws {
        let path = try feed([#"{"content": "<div><p>First <b>para</b> here.</p><script>var x = 1;</script><p>Second.</p></div>"}"#])
        XCTAssertEqual(JSONLinesFeed.read(path: path).articles.map(\.text), ["First para here.\n\nSecond."])
    }

    func testABadLineIsOneFailureNamingFileAndLineAndTheRestIsRead() throws {
        let path = try feed([
            #"{"text": "Good one.", "date": "2020-01-02"}"#,
            #"{"text": "Cut off"#,
            #"["text", "an array"]"#,
            #"{"title": "No body"}"#,
            #"{"text": "Bad date", "date": "last Tuesday"}"#,
            #"{"text": "Month only", "published": "2020-01"}"#,
            #"{"text": 42}"#,
            #"{"text": "Odd url", "url": 7}"#,
            #"{"text": "Bad time", "date": "2020-01-02Tnoon"}"#,
            "",
            "   ",
            #"{"text": "Good two."}"#,
        ])
        let (articles, failures) = JSONLinesFeed.read(path: path)
        XCTAssertEqual(articles.map(\.text), ["date 2020-01-02\n\nGood one.", "Good two."])
        XCTAssertEqual(articles.last?.path, "\(path):12", "blank lines still count")
        XCTAssertEqual(failures.map(\.description), [
            "\(path):2: not valid JSON",
            "\(path):3: not a JSON object (one article per line)",
            "\(path):4: no article text: none of text, body, content is a non-empty string",
            "\(path):5: date \"last Tuesday\" is not an ISO date (YYYY-MM-DD) or date-time",
            "\(path):6: published \"2020-01\" is not an ISO date (YYYY-MM-DD) or date-time",
            "\(path):7: text is not a string",
            "\(path):8: url is not a string",
            "\(path):9: date \"2020-01-02Tnoon\" is not an ISO date (YYYY-MM-DD) or date-time",
        ])
    }

    func testAFeedThatIsNotTextOrHoldsNothingIsOneFailure() throws {
        let empty = try feed([], name: "empty.jsonl")
        XCTAssertEqual(JSONLinesFeed.read(path: empty).failures.map(\.reason), ["empty file"])
        let blank = try feed(["", "  "], name: "blank.jsonl")
        XCTAssertEqual(JSONLinesFeed.read(path: blank).failures.map(\.reason), ["feed holds no article lines"])
        let binary = dir.appendingPathComponent("bin.jsonl").path
        try Data([0x7B, 0xFF, 0xFE, 0x7D]).write(to: URL(fileURLWithPath: binary))
        XCTAssertEqual(JSONLinesFeed.read(path: binary).failures.map(\.reason), ["invalid UTF-8 at byte 1"])
    }

    func testAGoldFileInAFolderIsSkippedNotReadAsAFeedButNamedItIsRead() throws {
        let gold = try feed([#"{"file": "a.txt", "registration": "I-DIEM", "date": "2020-06-08"}"#], name: "gold.jsonl")
        let broken = try feed(["not json at all"], name: "broken.jsonl")
        XCTAssertFalse(JSONLinesFeed.looksLikeFeed(path: gold))
        XCTAssertTrue(JSONLinesFeed.looksLikeFeed(path: broken), "a broken feed is read, so that its lines are reported")
        let expanded = ArticleReader.expandNamingSkipped(paths: [dir.path])
        XCTAssertEqual(expanded.files, [broken])
        XCTAssertEqual(expanded.skipped, ["jsonl": 1])
        // Named, it is read, and each line says what it lacks.
        XCTAssertEqual(ArticleReader.expandNamingSkipped(paths: [gold]).files, [gold])
        XCTAssertEqual(JSONLinesFeed.read(path: gold).failures.map(\.reason), ["no article text: none of text, body, content is a non-empty string"])
    }

    func testFoldersListFeedsAndFilesStayOneArticleEach() throws {
        let a = dir.appendingPathComponent("a.txt").path
        try "I-DIEM flew.".write(toFile: a, atomically: true, encoding: .utf8)
        let f = try feed([#"{"text": "one"}"#, #"{"text": "two"}"#])
        let expanded = ArticleReader.expandNamingSkipped(paths: [dir.path])
        XCTAssertEqual(expanded.files, [a, f])
        XCTAssertEqual(expanded.skipped, [:], "a feed is read, not skipped")
        let (items, failures) = ArticleReader.articles(in: expanded.files)
        XCTAssertEqual(failures, [])
        XCTAssertEqual(items.compactMap { try? ArticleReader.read($0).get().text }, ["I-DIEM flew.", "one", "two"])
    }
}
