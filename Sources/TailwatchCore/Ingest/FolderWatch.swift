import Foundation

/// `ingest --watch DIR`: which article files in a folder are ready to ingest at each look.
///
/// A file is ready when its size and modification time are the same at two looks in a row
/// (a file still being written or copied waits for the next look) and differ from when it
/// was last handed out (a file changed later is handed out again; ingest then stores its
/// new text). Files are listed as `ingest` lists a folder.
public struct FolderWatch: Sendable {
    /// What identifies a version of a file without reading it.
    struct Stamp: Equatable, Sendable {
        var size: UInt64
        var modified: Date
    }

    public let folder: String
    private var previous: [String: Stamp] = [:]
    private var handedOut: [String: Stamp] = [:]

    public init(folder: String) { self.folder = folder }

    /// Looks at the folder once; returns the files ready since the last look, sorted.
    public mutating func look() -> [String] {
        let (files, _, _) = ArticleReader.expandNamingSkipped(paths: [folder])
        var now: [String: Stamp] = [:]
        var ready: [String] = []
        for path in files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? UInt64, let modified = attributes[.modificationDate] as? Date
            else { continue }
            let stamp = Stamp(size: size, modified: modified)
            now[path] = stamp
            if previous[path] == stamp && handedOut[path] != stamp {
                ready.append(path)
                handedOut[path] = stamp
            }
        }
        previous = now
        return ready
    }
}
