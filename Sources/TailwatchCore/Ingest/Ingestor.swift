import Foundation

/// What one ingest run did, for its one-line summary.
public struct IngestSummary: Sendable {
    public var filesRead = 0
    public var new = 0
    public var unchanged = 0
    public var reextracted = 0
    /// Stored articles read again because `ingest --date` gave them a new date.
    public var redated = 0
    public var failures: [ReadFailure] = []
    /// Files of formats ingest does not read, met in folders, by extension (`html`: 2).
    public var skipped: [String: Int] = [:]
    public var events = 0
    public var aircraft = 0

    public var failed: Int { failures.count }

    /// `, 3 skipped (2 .html, 1 .json: not read)`, or nothing.
    var skippedNote: String {
        let n = skipped.values.reduce(0, +)
        guard n > 0 else { return "" }
        let kinds = skipped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) .\($0.key)" }
        return ", \(n) skipped (\(kinds.joined(separator: ", ")): not read)"
    }

    public var line: String {
        "\(filesRead) files read, \(new) new, \(unchanged) unchanged, \(reextracted) re-read, \(failed) failed"
            + (redated > 0 ? ", \(redated) re-dated" : "") + skippedNote + "; "
            + "\(events) flight events, \(aircraft) aircraft in the database"
    }
}

/// Reads article files, extracts their events in parallel and writes them in
/// batches, one transaction each: an article goes in whole or not at all.
public struct Ingestor: Sendable {
    public let store: EventStore
    public let extractor: ArticleExtractor
    public var batchSize = 64
    /// Batches before the first rebuild of the aircraft they touched; each later one waits
    /// twice as long as the one before (and there is always one at the end). A rebuild
    /// reads every observation of the aircraft it rebuilds, nearly all of them in a long
    /// run: at a fixed interval that was quadratic again (300k articles: 1.4 MB/s against
    /// 3.4 MB/s at 10k); doubling keeps all of them under twice the final one.
    public var firstRebuild = 256
    /// Threads that read and extract articles (the writer is one more). 1 reads them one
    /// after another; the events stored are the same for any number (a test holds it).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// The path an article read from standard input is stored at; nil: `stdin:` and the
    /// first 12 hex digits of its SHA-256, so that each piped article is its own (one fixed
    /// path made every piped article replace the one before).
    public var standardInputName: String?

    public init(store: EventStore, knowledge: Knowledge) {
        self.store = store
        self.extractor = ArticleExtractor(knowledge: knowledge)
    }

    /// Ingests `paths` (files, directories, `-`), then re-reads stored articles an
    /// older extractor version read. `progress` gets (done, total).
    public func ingest(paths: [String], givenDate: EventDate? = nil,
                       progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> IngestSummary
    {
        // Aircraft a killed run left marked are rebuilt, and articles it left out of the
        // search index indexed, before anything else.
        try Timeline.rebuildPending(store)
        try store.indexPendingSearch()
        var summary = IngestSummary()
        let (files, failures, skipped) = ArticleReader.expandNamingSkipped(paths: paths)
        // A JSON-lines feed is one article a line; its bad lines fail here, naming the line.
        let (items, feedFailures) = ArticleReader.articles(in: files)
        summary.failures = failures + feedFailures
        summary.skipped = skipped
        let version = ArticleExtractor.version
        try pipeline(items, into: &summary, progress: progress) { item in
            switch ArticleReader.read(item) {
            case .failure(let f): return .failure(f)
            case .success(let input):
                let sha = SHA256.hex(Array(input.text.utf8))
                let path = input.path == ArticleReader.standardInput ? Self.standardInputPath(sha256: sha, name: standardInputName) : input.path
                return prepare(ArticleKey(path: path, sha256: sha, text: input.text, version: version), givenDate: givenDate) {
                    extractor.extract(text: input.text, source: ArticleSource(path: path, sha256: sha), givenDate: givenDate)
                }
            }
        }
        return try finish(summary, givenDate: givenDate)
    }

    /// Loads what `tailwatch extract --format observations` wrote (one article per line,
    /// in the files' order, which a direct ingest of the same paths would have taken) and
    /// stores it as a direct ingest would: the same articles, paths, observations and
    /// rebuilt events. A line that does not read is a failure naming the file and line;
    /// the rest still goes in. Records of an older extractor are stored, then re-read.
    public func ingest(observationFiles: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> IngestSummary {
        try Timeline.rebuildPending(store)
        try store.indexPendingSearch()
        var summary = IngestSummary()
        var lines: [ObservationLine] = []
        for file in observationFiles {
            guard let data = FileManager.default.contents(atPath: file) else {
                summary.failures.append(ReadFailure(path: file, reason: "cannot read (no such file, or permission denied?)"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                summary.failures.append(ReadFailure(path: file, reason: "not UTF-8"))
                continue
            }
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy({ $0.isWhitespace }) {
                lines.append(ObservationLine(file: file, number: i + 1, line: line))
            }
        }
        try pipeline(lines, into: &summary, progress: progress) { item in
            let failure = { (why: String) in ReadFailure(path: "\(item.file):\(item.number)", reason: why) }
            switch ObservationRecord.parse(item.line) {
            case .failure(let e): return .failure(failure(e.description))
            case .success(let record):
                let extraction: ArticleExtraction
                do { extraction = try record.extraction() } catch { return .failure(failure("\(error)")) }
                return prepare(ArticleKey(path: record.path, sha256: record.sha256, text: record.text, version: record.extractorVersion),
                               givenDate: nil) { extraction }
            }
        }
        return try finish(summary, givenDate: nil)
    }

    /// The write for one article and whether it is new, as ingest decides: content the
    /// database holds, read by this version or a later one, is not read again.
    /// A date given to an article already stored corrects its date: it is read again.
    private func prepare(_ article: ArticleKey, givenDate: EventDate?,
                         extract: () -> ArticleExtraction) -> Result<PreparedArticle, ReadFailure>
    {
        let known: EventStore.Known
        do { known = try store.known(path: article.path, sha256: article.sha256) } catch {
            return .failure(ReadFailure(path: article.path, reason: "database: \(error)"))
        }
        let redate = known.needsRedate(to: givenDate)
        let current = (known.articleVersion ?? -1) >= article.version && !redate
        let write = EventStore.ArticleWrite(path: article.path, sha256: article.sha256, text: article.text,
                                            extraction: current ? nil : extract(), version: article.version)
        return .success(PreparedArticle(write: write, isNew: known.articleVersion == nil, redate: redate))
    }

    /// Prepares `items` in batches on the worker threads while the writer commits the
    /// batch before, counting them in `summary`; rebuilds the marked aircraft now and
    /// then (doubling intervals) and waits for the last batch.
    private func pipeline<Item: Sendable>(_ items: [Item], into summary: inout IngestSummary,
                                       progress: (@Sendable (Int, Int) -> Void)?,
                                       _ prepare: @Sendable (Item) -> Result<PreparedArticle, ReadFailure>) throws
    {
        var done = 0
        // The writer commits earlier batches while the cores extract the next: extraction
        // and SQLite overlap instead of taking turns.
        let writer = BatchWriter(store: store, depth: BatchWriter.defaultDepth)
        // The articles each of the last `depth` batches stores, which may not be committed
        // yet when the next batch asks the database what it holds (older ones are).
        var inFlight: [[String: Int]] = []
        var batches = 0
        var nextRebuild = max(1, firstRebuild)
        for start in stride(from: 0, to: items.count, by: batchSize) {
            let chunk = Array(items[start..<min(items.count, start + batchSize)])
            let results = parallelMap(chunk, workers: workers, prepare)
            var writes: [EventStore.ArticleWrite] = []
            var stores: [String: Int] = [:]
            for r in results {
                switch r {
                case .failure(let f): summary.failures.append(f)
                case .success(var prepared):
                    summary.filesRead += 1
                    // Content an earlier batch of this run stores is stored by the time this
                    // write is made: as when that batch had committed before this one was read,
                    // it is not read again (the same for any timing).
                    if prepared.write.reading != nil,
                       inFlight.contains(where: { ($0[prepared.write.sha256] ?? -1) >= prepared.write.version })
                    {
                        prepared = PreparedArticle(write: prepared.write.withoutReading, isNew: false, redate: false)
                    }
                    let w = prepared.write
                    if w.reading != nil { stores[w.sha256] = max(stores[w.sha256] ?? -1, w.version) }
                    // New content; stored but given a new date; stored but read by an older
                    // version; or nothing to do.
                    if prepared.isNew { summary.new += 1 } else if prepared.redate { summary.redated += 1 }
                    else if w.reading != nil { summary.reextracted += 1 } else { summary.unchanged += 1 }
                    writes.append(w)
                }
            }
            try writer.submit(writes)
            inFlight.append(stores)
            if inFlight.count > BatchWriter.defaultDepth { inFlight.removeFirst() }
            done += chunk.count
            progress?(done, items.count)
            // Now and then the marked aircraft are brought up to date, so that a long run
            // shows its flights to queries before it ends.
            batches += 1
            if batches == nextRebuild {
                try writer.finish()
                inFlight = []
                try Timeline.rebuildPending(store)
                nextRebuild *= 2
            }
        }
        try writer.close()
    }

    /// The end of a run: the marked aircraft rebuilt, stale articles re-read, the counts.
    private func finish(_ summary: IngestSummary, givenDate: EventDate?) throws -> IngestSummary {
        var summary = summary
        try Timeline.rebuildPending(store)
        summary.reextracted += try reextract(givenDate: givenDate)
        let counts = try store.counts()
        summary.events = counts.events
        summary.aircraft = counts.aircraft
        return summary
    }

    /// Where an article from standard input is stored: its given name, else `stdin:` and
    /// the first 12 hex digits of its hash.
    public static func standardInputPath(sha256: String, name: String?) -> String {
        name ?? "stdin:" + sha256.prefix(12)
    }

    /// Re-reads the stored text of every article an older extractor read.
    public func reextract(givenDate: EventDate? = nil) throws -> Int {
        let stale = try store.staleArticles(version: ArticleExtractor.version)
        for start in stride(from: 0, to: stale.count, by: batchSize) {
            let chunk = Array(stale[start..<min(stale.count, start + batchSize)])
            let writes = parallelMap(chunk, workers: workers) { a in
                EventStore.ArticleWrite(
                    path: a.path, sha256: a.sha256, text: a.text,
                    extraction: extractor.extract(text: a.text, source: ArticleSource(path: a.path, sha256: a.sha256), givenDate: givenDate),
                    version: ArticleExtractor.version)
            }
            try store.write(writes)
        }
        try Timeline.rebuildPending(store)
        return stale.count
    }
}

/// An article's identity and text as ingest is about to store it.
private struct ArticleKey {
    var path: String
    var sha256: String
    var text: String
    var version: Int
}

/// One article ready for the writer, and what ingest will count it as.
private struct PreparedArticle: Sendable {
    var write: EventStore.ArticleWrite
    var isNew: Bool
    var redate: Bool
}

/// One line of an observations file, with where it was read.
private struct ObservationLine: Sendable {
    var file: String
    var number: Int
    var line: Substring
}

/// Writes batches one at a time on its own thread, so that the caller can extract the
/// next batches meanwhile: up to `depth` batches wait their turn, so that a write that
/// takes long (one that adds the search backlog to the index) does not stop extraction.
/// New articles go to the search index through a backlog, added when it is large and by
/// `close`. A failed write is thrown by a later `submit`, `finish` or `close`; the batches
/// after it are not written (each batch is its own transaction).
final class BatchWriter: @unchecked Sendable {
    private let store: EventStore
    private let queue = DispatchQueue(label: "tailwatch.writer")
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var failure: Error?  // under `lock`
    private let backlog = SearchBacklog()  // used on `queue` only

    /// Batches that may wait for the writer: enough to keep extracting while the writer
    /// adds a search backlog of `SearchBacklog.limit` bytes (~0.3 s) to the index.
    static let defaultDepth = 8

    init(store: EventStore, depth: Int = BatchWriter.defaultDepth) {
        self.store = store
        slots = DispatchSemaphore(value: max(1, depth))
    }

    private var failed: Error? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    func submit(_ batch: [EventStore.ArticleWrite]) throws {
        if let failed { throw failed }
        slots.wait()
        queue.async(group: group) { [self] in
            defer { slots.signal() }
            guard failed == nil else { return }
            do { try store.write(batch, searchBacklog: backlog) } catch {
                lock.lock()
                failure = error
                lock.unlock()
            }
        }
    }

    /// Waits for the batches in flight; rethrows a failure.
    func finish() throws {
        group.wait()
        if let failed { throw failed }
    }

    /// Waits for the batches in flight, then adds what the search backlog holds to the index.
    func close() throws {
        try finish()
        try store.flushSearchBacklog(backlog)
    }
}

/// Maps in parallel on `workers` threads (all cores by default), keeping order. Each
/// thread takes the next item when it is done with one, so a long item holds up one
/// thread only. `workers` 1 maps on the calling thread.
func parallelMap<T: Sendable, U: Sendable>(_ items: [T], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                           _ transform: @Sendable (T) -> U) -> [U]
{
    if workers <= 1 || items.count <= 1 { return items.map(transform) }
    let box = ResultSlots<U>(items.count)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
        while true {
            lock.lock()
            let i = box.next
            box.next += 1
            lock.unlock()
            guard i < items.count else { return }
            let v = transform(items[i])
            lock.lock()
            box.values[i] = v
            lock.unlock()
        }
    }
    return box.values.map { $0! }
}

/// Output slots that parallel workers fill, each at its own index, and the next index to
/// take, under a lock.
private final class ResultSlots<U>: @unchecked Sendable {
    var values: [U?]
    var next = 0
    init(_ n: Int) { values = Array(repeating: nil, count: n) }
}
