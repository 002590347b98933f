import Foundation

/// A time of day as written, with the zone it was given in.
public struct TimeMention: Sendable, Hashable {
    public enum Zone: Sendable, Hashable {
        case utc
        /// Local time at the place of the event.
        case local
        /// A fixed offset in minutes named in text ("بتوقيت الدوحة" is not resolved here).
        case unknown
    }
    public var hour: Int
    public var minute: Int
    public var zone: Zone
    public var kind: TimeKind?
}

/// Finds times: "1000hrs UTC", "08:45 hrs UTC", "10:00Z", "14:30 local", "saat 20.10".
public struct TimeExtractor: Sendable {
    public init() {}

    private static let pattern = try! NSRegularExpression(pattern:
        #"(?i)(?<![0-9:.])(?:(saat|at|around|about|approximately|ca\.?|alle|ore|vers|à)\s+)?([01]?[0-9]|2[0-3])(?:[:.h]([0-5][0-9])|([0-5][0-9])(?=\s?(?:hrs|hours|z\b|utc|gmt)))\s?(hrs|hours|h)?\s?(z\b|utc|gmt|local(?: time)?|lt\b)?"#)

    private static let arrivalWords = ["landing", "landed", "land", "arriv", "descend", "touch", "هبوط", "هبطت", "حطت", "atterr", "indi", "inis"]
    private static let departureWords = ["took off", "departed", "departure", "depart", "airborne", "take-off", "takeoff", "اقلعت", "اقلاع", "decoll", "kalk", "havalan", "décoll"]

    public func extract(_ doc: Document) -> [Mention<TimeMention>] {
        let text = doc.folded as NSString
        var out: [Mention<TimeMention>] = []
        for m in Self.pattern.matches(in: doc.folded, range: NSRange(location: 0, length: text.length)) {
            let lead = m.range(at: 1).location != NSNotFound ? text.substring(with: m.range(at: 1)).lowercased() : nil
            let unit = m.range(at: 5).location != NSNotFound
            let zoneWord = m.range(at: 6).location != NSNotFound ? text.substring(with: m.range(at: 6)).lowercased() : nil
            let hasColon = m.range(at: 3).location != NSNotFound
            // A bare "20.10" is a time only after "saat"/"at"/"around"; "1000" only with hrs/UTC.
            guard zoneWord != nil || unit || (lead != nil && hasColon) else { continue }
            let hour = Int(text.substring(with: m.range(at: 2)))!
            let minute = Int(text.substring(with: hasColon ? m.range(at: 3) : m.range(at: 4)))!
            let zone: TimeMention.Zone
            switch zoneWord {
            case "z", "utc", "gmt": zone = .utc
            case .some: zone = .local
            case nil: zone = lead == "saat" ? .local : .unknown
            }
            let lo = max(0, m.range.location - 60)
            let window = text.substring(with: NSRange(location: lo, length: m.range.location - lo)).lowercased()
            let kind: TimeKind? =
                Self.nearest(window, Self.arrivalWords) > Self.nearest(window, Self.departureWords) ? .arrival
                : (Self.nearest(window, Self.departureWords) >= 0 ? .departure : .observed)
            out.append(Mention(m.range, TimeMention(hour: hour, minute: minute, zone: zone, kind: kind)))
        }
        return out
    }

    /// Position of the last occurrence of any word in the window, or -1.
    private static func nearest(_ window: String, _ words: [String]) -> Int {
        var best = -1
        for w in words {
            if let r = window.range(of: w, options: .backwards) {
                best = max(best, window.distance(from: window.startIndex, to: r.lowerBound))
            }
        }
        return best
    }
}
