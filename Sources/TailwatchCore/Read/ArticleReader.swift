import Foundation

/// One article file, decoded to text.
public struct ArticleInput: Sendable {
    public var path: String
    public var text: String
    /// Size of the file as read, before decoding.
    public var byteCount: Int
    /// What decoding changed ("UTF-16 decoded", "CRLF line ends"), for the record.
    public var notes: [String]
}

/// A file that could not be read, and why, as one line: `path: reason`.
public struct ReadFailure: Error, Sendable, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(Self.oneLine(path)): \(reason)" }

    /// A path fit for a one-line message: line breaks, tabs and other control
    /// characters a file name may hold are written as escapes (`\n`, `\u{1B}`).
    public static func oneLine(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return path }
        var out = ""
        for s in path.unicodeScalars {
            switch s {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if s.properties.generalCategory == .control { out += "\\u{\(String(s.value, radix: 16, uppercase: true))}" } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }
}

/// Finds article files under the paths a user gives and decodes them.
/// Decoding is strict: text must be UTF-8 (a BOM is dropped) or UTF-16 with a BOM;
/// anything else is reported, never guessed, so stored offsets mean what they say.
public enum ArticleReader {
    /// Files larger than this are refused rather than held in memory whole.
    public static let maximumBytes = 64 << 20
    public static let extensions: Set<String> = Set(["txt", "md", "text"]).union(HTMLArticle.extensions).union(JSONLinesFeed.extensions)
    public static let standardInput = "-"

    /// Expands files, directories (recursively, hidden entries skipped, symlink loops
    /// cut) and `-` into a sorted, de-duplicated list of article paths.
    public static func expand(paths: [String]) -> (files: [String], failures: [ReadFailure]) {
        let all = expandNamingSkipped(paths: paths)
        return (all.files, all.failures)
    }

    /// Formats news is also saved in, which ingest does not read: named, they fail with
    /// this reason; met in a folder, they are counted as skipped (they were passed over
    /// without a word, and an analyst could not tell a folder of HTML from an empty one).
    public static let unreadFormats: [String: String] = [
        "json": "JSON files are not read; write one article per line as .jsonl",
        "pdf": "PDF files are not read; save the article's text as .txt",
        "docx": "Word documents are not read; save the article's text as .txt",
    ]

    /// `expand`, and the files of `unreadFormats` met in folders, by extension.
    public static func expandNamingSkipped(paths: [String]) -> (files: [String], failures: [ReadFailure], skipped: [String: Int]) {
        var skipped: [String: Int] = [:]
        var files: [String] = []
        var failures: [ReadFailure] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            if path == standardInput {
                if seen.insert(path).inserted { files.append(path) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(ReadFailure(path: path, reason: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                if let reason = unreadFormats[(path as NSString).pathExtension.lowercased()] {
                    failures.append(ReadFailure(path: path, reason: reason))
                } else if seen.insert(path).inserted {
                    files.append(path)
                }
                continue
            }
            var found: [String] = []
            var visited = Set<String>()
            walk(directory: path, into: &found, visited: &visited, failures: &failures, skipped: &skipped)
            if found.isEmpty {
                failures.append(ReadFailure(path: path, reason: "no .txt, .md, .text, .html or .jsonl files in this directory"))
            }
            for f in found.sorted() where seen.insert(f).inserted { files.append(f) }
        }
        return (files, failures, skipped)
    }

    private static func walk(directory: String, into found: inout [String], visited: inout Set<String>, failures: inout [ReadFailure],
                             skipped: inout [String: Int])
    {
        let fm = FileManager.default
        let real = (try? fm.destinationOfSymbolicLink(atPath: directory)).map {
            $0.hasPrefix("/") ? $0 : (directory as NSString).deletingLastPathComponent + "/" + $0
        } ?? directory
        let canonical = URL(fileURLWithPath: real).resolvingSymlinksInPath().path
        guard visited.insert(canonical).inserted else { return }  // a symlink loop
        let entries: [String]
        do { entries = try fm.contentsOfDirectory(atPath: directory) } catch {
            failures.append(ReadFailure(path: directory, reason: "cannot list directory (permission denied?)"))
            return
        }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }  // dangling link
            if isDirectory.boolValue {
                walk(directory: full, into: &found, visited: &visited, failures: &failures, skipped: &skipped)
            } else if case let ext = (name as NSString).pathExtension.lowercased(), extensions.contains(ext) {
                // A .jsonl whose first line carries no article text is data (a gold file, an export), not a feed.
                if JSONLinesFeed.extensions.contains(ext) && !JSONLinesFeed.looksLikeFeed(path: full) {
                    skipped[ext, default: 0] += 1
                } else {
                    found.append(full)
                }
            } else if case let ext = (name as NSString).pathExtension.lowercased(), unreadFormats[ext] != nil {
                skipped[ext, default: 0] += 1
            }
        }
    }

    /// Reads and decodes one article.
    public static func read(path: String) -> Result<ArticleInput, ReadFailure> {
        let bytes: [UInt8]
        if path == standardInput {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            let fm = FileManager.default
            if let attributes = try? fm.attributesOfItem(atPath: path),
               let size = attributes[.size] as? Int, size > maximumBytes
            {
                return .failure(ReadFailure(path: path, reason: "file is \(size >> 20) MiB; the limit is \(maximumBytes >> 20) MiB"))
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                let reason = fm.fileExists(atPath: path) ? "cannot open (permission denied?)" : "no such file (removed while running?)"
                return .failure(ReadFailure(path: path, reason: reason))
            }
            defer { try? handle.close() }
            guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else {
                return .failure(ReadFailure(path: path, reason: "read error"))
            }
            if data.count > maximumBytes {
                return .failure(ReadFailure(path: path, reason: "file is larger than \(maximumBytes >> 20) MiB"))
            }
            bytes = Array(data)
        }
        let decoded = decode(bytes, path: path)
        guard HTMLArticle.extensions.contains((path as NSString).pathExtension.lowercased()) else { return decoded }
        // A page: its article text, title and date, not its markup.
        return decoded.flatMap { input in
            guard let page = HTMLArticle.page(fromHTML: input.text), !page.paragraphs.isEmpty else {
                return .failure(ReadFailure(path: path, reason: "HTML page with no text outside navigation and scripts"))
            }
            return .success(ArticleInput(path: path, text: page.text, byteCount: input.byteCount,
                                         notes: input.notes + ["article text taken from HTML"]))
        }
    }

    /// Decodes file bytes to article text: UTF-8 (BOM dropped) or UTF-16 with BOM;
    /// CRLF and CR become LF. Empty, binary and invalid text is a failure.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<ArticleInput, ReadFailure> {
        var notes: [String] = []
        var body = bytes[...]
        var text: String
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            let little = body.first == 0xFF
            body = body.dropFirst(2)
            guard body.count % 2 == 0 else { return .failure(ReadFailure(path: path, reason: "UTF-16 text with an odd number of bytes")) }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i < body.endIndex {
                let a = UInt16(body[i]), b = UInt16(body[i + 1])
                units.append(little ? a | b << 8 : a << 8 | b)
                i += 2
            }
            var out = ""
            var decoder = UTF16()
            var iterator = units.makeIterator()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let s): out.unicodeScalars.append(s)
                case .emptyInput: break loop
                case .error: return .failure(ReadFailure(path: path, reason: "invalid UTF-16 (unpaired surrogate)"))
                }
            }
            text = out
            notes.append("decoded from UTF-16")
        } else {
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3); notes.append("UTF-8 byte order mark dropped") }
            if let nul = body.firstIndex(of: 0) {
                return .failure(ReadFailure(path: path, reason: "binary file (NUL byte at offset \(nul))"))
            }
            if let bad = firstInvalidUTF8(body) {
                return .failure(ReadFailure(path: path, reason: "invalid UTF-8 at byte \(bad)"))
            }
            text = String(decoding: body, as: UTF8.self)
        }
        // On bytes: `String.contains(Character)` walks grapheme clusters (most of reading).
        if Self.utf8(of: text, contains: 0) { return .failure(ReadFailure(path: path, reason: "binary file (NUL character)")) }
        if Self.utf8(of: text, contains: 13) {
            // CRLF and lone CR to LF on bytes (Foundation's replacing walked the text twice).
            var lf: [UInt8] = []
            lf.reserveCapacity(text.utf8.count)
            var previousCR = false
            for b in text.utf8 {
                if b == 0x0A && previousCR { previousCR = false; continue }
                previousCR = b == 0x0D
                lf.append(previousCR ? 0x0A : b)
            }
            text = String(decoding: lf, as: UTF8.self)
            notes.append("CR line ends normalised")
        }
        if text.allSatisfy(\.isWhitespace) {
            return .failure(ReadFailure(path: path, reason: bytes.isEmpty ? "empty file" : "file holds only white space"))
        }
        return .success(ArticleInput(path: path, text: text, byteCount: bytes.count, notes: notes))
    }

    /// `text.utf8.contains(byte)` with `memchr` on the contiguous bytes: the generic
    /// sequence walk cost some 30 instructions a byte, twice per article.
    static func utf8(of text: String, contains byte: UInt8) -> Bool {
        let found: Bool? = text.utf8.withContiguousStorageIfAvailable { b in
            guard let base = b.baseAddress, b.count > 0 else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
        return found ?? text.utf8.contains(byte)
    }

    /// Offset (in the file) of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= end else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for j in 1..<length {
                let c = bytes[i + j]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
