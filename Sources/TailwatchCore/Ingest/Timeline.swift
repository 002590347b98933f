import Foundation

/// How an aircraft's stored events follow from what the articles said about it: ingest
/// asks the store for an aircraft's observations, assembles them here and hands the
/// events back (`EventStore.rebuildPending(timeline:)`); the store never merges.
public enum Timeline {
    /// One aircraft's events from its observations (oldest first): flights merged
    /// (`EventMerger.mergeAll`), and a mention only for an aircraft with no flight at all,
    /// carrying every mention's sources.
    @Sendable public static func events(from observed: [FlightEvent]) -> [FlightEvent] {
        let flights = EventMerger.mergeAll(observed.filter { $0.kind == .flight })
        var mentions = observed.filter { $0.kind == .mention }
        if !flights.isEmpty { mentions = [] } else if mentions.count > 1 {
            var first = mentions[0]
            for m in mentions.dropFirst() { first.sources.append(contentsOf: m.sources) }
            mentions = [first]
        }
        return flights + mentions
    }

    /// Rebuilds the events of every aircraft the store has marked since they were last built.
    @discardableResult
    public static func rebuildPending(_ store: EventStore) throws -> Int {
        try store.rebuildPending(timeline: events(from:))
    }
}

extension EventStore.ArticleReading {
    /// What the store keeps of an extraction.
    public init(_ extraction: ArticleExtraction) {
        let d = extraction.articleDate
        self.init(events: extraction.events, date: d?.date.iso, dateBasis: d?.basis.rawValue, headerConflict: d?.headerConflict?.iso,
                  dateConfidence: d?.confidence)
    }
}

extension EventStore.ArticleWrite {
    /// An article to write with its extraction; nil: stored already, only the path is written.
    public init(path: String, sha256: String, text: String, extraction: ArticleExtraction?, version: Int) {
        self.init(path: path, sha256: sha256, text: text, reading: extraction.map(EventStore.ArticleReading.init), version: version)
    }
}

extension EventStore.ArticleWrite {
    /// The same article's path only, as for content stored already and read by this version.
    var withoutReading: EventStore.ArticleWrite {
        EventStore.ArticleWrite(path: path, sha256: sha256, text: text, reading: nil, version: version)
    }
}
