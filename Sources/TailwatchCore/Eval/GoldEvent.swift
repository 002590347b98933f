import Foundation

/// One line of a gold file (format: Fixtures/seeds/README.md).
public struct GoldLine: Sendable {
    public enum Kind: Sendable { case flight, optional, negative, mentionOnly }
    public var file: String
    public var kind: Kind
    public var registration: String?
    public var origins: [String?]
    public var destinations: [String?]
    public var dates: [String?]
    public var timeUTC: String?
    /// The flight's callsign when the gold keys it by callsign (often with `registration` null).
    public var callsign: String? = nil
    /// The transponder's 24-bit address in hex, when the gold gives it.
    public var icaoHex: String? = nil

    /// Reads JSON lines; a malformed line is an error naming its line number.
    public static func read(_ text: String, name: String) throws -> [GoldLine] {
        var out: [GoldLine] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = obj["file"] as? String
            else { throw EvalError.malformedGold(name, n + 1) }
            func list(_ key: String) -> [String?] {
                [obj[key] as? String] + ((obj["\(key)_alt"] as? [String]) ?? []).map { Optional($0) }
            }
            let kind: Kind
            if obj["negative"] as? Bool == true { kind = .negative }
            else if obj["mention_only"] != nil { kind = .mentionOnly }
            else if obj["optional"] as? Bool == true { kind = .optional }
            else { kind = .flight }
            out.append(GoldLine(
                file: file, kind: kind,
                registration: (obj["registration"] as? String) ?? (obj["mention_only"] as? String),
                origins: list("origin"), destinations: list("destination"), dates: list("date"),
                timeUTC: obj["time_utc"] as? String,
                callsign: obj["callsign"] as? String, icaoHex: obj["icao_hex"] as? String))
        }
        return out
    }
}

public enum EvalError: Error, CustomStringConvertible {
    case malformedGold(String, Int)
    case missingCorpus(String)

    public var description: String {
        switch self {
        case .malformedGold(let f, let n): return "\(f): line \(n) is not a gold JSON object with a \"file\""
        case .missingCorpus(let d): return "\(d): corpus directory not found"
        }
    }
}
