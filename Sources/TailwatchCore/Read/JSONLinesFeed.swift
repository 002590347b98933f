import Foundation

/// Where one article comes from: a file (or `-`), or a line of a JSON-lines feed, already read.
public enum ArticleItem: Sendable {
    case file(String)
    case read(ArticleInput)
}

/// A JSON-lines feed (`.jsonl`), as news scrapers write them: one JSON object per line, one
/// article each. The article's text is its `text`, `body` or `content` (the first that is a
/// non-empty string; markup in it is read as an HTML page's body is), its path its `url`
/// (else `FILE:LINE`), its date its `date` or `published` (an ISO date or date-time; the
/// date part as written). The text stored is an HTML page's: `date YYYY-MM-DD`, the `title`,
/// then the text, so that the extractor reads the feed's date as the article's.
public enum JSONLinesFeed {
    public static let extensions: Set<String> = ["jsonl"]

    /// The fields read, in the order they are looked for.
    public static let textFields = ["text", "body", "content"]
    public static let dateFields = ["date", "published"]

    /// The articles of a feed, and one failure per line that is not one (`FILE:LINE: reason`);
    /// blank lines are passed over. A feed that cannot be read at all is one failure.
    public static func read(path: String) -> (articles: [ArticleInput], failures: [ReadFailure]) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            return ([], [ReadFailure(path: path, reason: exists ? "cannot open (permission denied?)" : "no such file (removed while running?)")])
        }
        var bytes = Array(data)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let bad = ArticleReader.firstInvalidUTF8(bytes) {
            return ([], [ReadFailure(path: path, reason: "invalid UTF-8 at byte \(bad)")])
        }
        var articles: [ArticleInput] = []
        var failures: [ReadFailure] = []
        var number = 0
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            number += 1
            let line = bytes[lineStart..<end]
            lineStart = end + 1
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
            switch article(line: Array(line), file: path, number: number) {
            case .success(let a): articles.append(a)
            case .failure(let f): failures.append(f)
            }
        }
        if articles.isEmpty && failures.isEmpty {
            failures.append(ReadFailure(path: path, reason: bytes.isEmpty ? "empty file" : "feed holds no article lines"))
        }
        return (articles, failures)
    }

    /// Whether a file met in a folder is a feed of articles: false when its first non-blank
    /// line is a JSON object with none of `textFields` (a gold file, an export of events),
    /// which a folder walk counts as skipped; true otherwise, so that a broken feed is read
    /// and its lines reported.
    public static func looksLikeFeed(path: String) -> Bool {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return true }
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[start..<end]
            start = end + 1
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })))
                as? [String: Any] else { return true }
            return textFields.contains { object[$0] != nil }
        }
        return true
    }

    /// One line of a feed as an article, or why it is not one.
    static func article(line: [UInt8], file: String, number: Int) -> Result<ArticleInput, ReadFailure> {
        let at = "\(file):\(number)"
        func fail(_ reason: String) -> Result<ArticleInput, ReadFailure> { .failure(ReadFailure(path: at, reason: reason)) }
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
            return fail("not valid JSON")
        }
        guard let object = parsed as? [String: Any] else { return fail("not a JSON object (one article per line)") }
        func string(_ key: String) -> String?? {
            guard let v = object[key], !(v is NSNull) else { return .some(nil) }
            guard let s = v as? String else { return .none }
            return .some(s)
        }
        var body: String?
        for key in textFields where body == nil {
            switch string(key) {
            case .none: return fail("\(key) is not a string")
            case .some(let s?) where !s.allSatisfy(\.isWhitespace): body = s
            default: continue
            }
        }
        guard let body else { return fail("no article text: none of text, body, content is a non-empty string") }
        var path = at
        switch string("url") {
        case .none: return fail("url is not a string")
        case .some(let u?) where !u.trimmingCharacters(in: .whitespaces).isEmpty: path = u.trimmingCharacters(in: .whitespaces)
        default: break
        }
        var date: EventDate?
        for key in dateFields where date == nil {
            switch string(key) {
            case .none: return fail("\(key) is not a string")
            case .some(let d?) where !d.trimmingCharacters(in: .whitespaces).isEmpty:
                guard let day = isoDay(d) else { return fail("\(key) \"\(d)\" is not an ISO date (YYYY-MM-DD) or date-time") }
                date = day
            default: continue
            }
        }
        var title: String?
        if case .some(let t?) = string("title") {
            let collapsed = HTMLArticle.collapse(t)
            if !collapsed.isEmpty { title = collapsed }
        }
        // Scrapers often keep the body's markup: read it as a page's body is.
        var paragraphs = [body]
        if body.drop(while: \.isWhitespace).first == "<", let page = HTMLArticle.page(fromHTML: body), !page.paragraphs.isEmpty {
            paragraphs = page.paragraphs
            if let title, paragraphs.first == title { paragraphs.removeFirst() }
        }
        let text = HTMLArticle.Page(title: title, date: date, paragraphs: paragraphs).text
        // The checks of a file's text: no NUL, LF line ends.
        switch ArticleReader.decode(Array(text.utf8), path: at) {
        case .failure(let f): return .failure(f)
        case .success(var input):
            input.path = path
            input.byteCount = line.count
            input.notes.append("article read from line \(number) of a JSON-lines feed")
            return .success(input)
        }
    }

    /// `2020-06-08` from `2020-06-08`, `2020-06-08T10:00:00+02:00`, `2020-06-08 10:00`; nil for anything else.
    static func isoDay(_ value: String) -> EventDate? {
        let v = value.trimmingCharacters(in: .whitespaces)
        let utf8 = Array(v.utf8)
        guard utf8.count >= 10, utf8.count == 10 || utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") else { return nil }
        guard let day = EventDate(iso: String(v.prefix(10))), day.precision == .day else { return nil }
        if utf8.count > 10 {
            // A time must follow: HH:MM at least.
            let rest = Array(utf8[11...])
            guard rest.count >= 5, rest[2] == UInt8(ascii: ":"), rest[0...1].allSatisfy({ (0x30...0x39).contains($0) }),
                  rest[3...4].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        }
        return day
    }
}

extension ArticleReader {
    /// The articles of `files`: one per file, one per line of a JSON-lines feed. The lines of
    /// a feed that are not articles are failures naming the file and line.
    public static func articles(in files: [String]) -> (items: [ArticleItem], failures: [ReadFailure]) {
        var items: [ArticleItem] = []
        var failures: [ReadFailure] = []
        for path in files {
            guard path != standardInput, JSONLinesFeed.extensions.contains((path as NSString).pathExtension.lowercased()) else {
                items.append(.file(path))
                continue
            }
            let feed = JSONLinesFeed.read(path: path)
            items += feed.articles.map { .read($0) }
            failures += feed.failures
        }
        return (items, failures)
    }

    /// Reads one article: a file is read and decoded, a feed's line was read already.
    public static func read(_ item: ArticleItem) -> Result<ArticleInput, ReadFailure> {
        switch item {
        case .file(let path): return read(path: path)
        case .read(let input): return .success(input)
        }
    }
}
