import Foundation

/// One article as the stateless map step writes it (`tailwatch extract --format
/// observations`, one JSON line per article) and `tailwatch ingest --observations` loads
/// it: the text and its hash, the path it was read at, the extractor version, the
/// article's own date and every event read from it. Enough to store the article exactly
/// as a direct ingest would, without the tables or the extractor on the loading side.
public struct ObservationRecord: Codable, Sendable, Equatable {
    public var sha256: String
    public var path: String
    public var extractorVersion: Int
    public var text: String
    public var articleDate: String?
    public var articleDateBasis: String?
    public var headerConflict: String?
    public var observations: [FlightEvent]

    enum CodingKeys: String, CodingKey {
        case sha256, path, text, observations
        case extractorVersion = "extractor_version"
        case articleDate = "article_date"
        case articleDateBasis = "article_date_basis"
        case headerConflict = "header_conflict"
    }

    public init(path: String, text: String, sha256: String, extraction: ArticleExtraction, version: Int = ArticleExtractor.version) {
        self.sha256 = sha256
        self.path = path
        self.extractorVersion = version
        self.text = text
        self.articleDate = extraction.articleDate?.date.iso
        self.articleDateBasis = extraction.articleDate?.basis.rawValue
        self.headerConflict = extraction.articleDate?.headerConflict?.iso
        self.observations = extraction.events
    }

    /// One JSON line (no newline).
    public func jsonLine() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    /// The extraction the record carries; throws a reason when a field does not read or
    /// the hash is not the text's.
    public func extraction() throws -> ArticleExtraction {
        guard SHA256.hex(Array(text.utf8)) == sha256 else { throw RecordError("sha256 is not the hash of the text") }
        var date: ArticleDate?
        if let iso = articleDate {
            guard let d = EventDate(iso: iso) else { throw RecordError("article_date \(iso) is not a date") }
            guard let raw = articleDateBasis, let basis = ArticleDate.Basis(rawValue: raw) else {
                throw RecordError("article_date_basis \(articleDateBasis ?? "null") is not a basis")
            }
            var conflict: EventDate?
            if let h = headerConflict {
                guard let c = EventDate(iso: h) else { throw RecordError("header_conflict \(h) is not a date") }
                conflict = c
            }
            date = ArticleDate(date: d, basis: basis, headerConflict: conflict)
        }
        return ArticleExtraction(events: observations, articleDate: date)
    }

    /// Reads one line; the reason when it does not.
    public static func parse(_ line: Substring) -> Result<ObservationRecord, RecordError> {
        do {
            return .success(try JSONDecoder().decode(ObservationRecord.self, from: Data(line.utf8)))
        } catch let e as DecodingError {
            switch e {
            case .keyNotFound(let key, _): return .failure(RecordError("no \(key.stringValue)"))
            case .typeMismatch(_, let c), .valueNotFound(_, let c):
                return .failure(RecordError("\(c.codingPath.map(\.stringValue).joined(separator: ".")): wrong type"))
            case .dataCorrupted: return .failure(RecordError("not a JSON object"))
            @unknown default: return .failure(RecordError("not an observation record"))
            }
        } catch {
            return .failure(RecordError("not an observation record"))
        }
    }
}

/// Why an observation line was refused.
public struct RecordError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
