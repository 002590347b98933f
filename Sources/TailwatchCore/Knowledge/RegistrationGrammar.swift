import Foundation

/// A registration or serial read from text, in its canonical written form.
public struct AircraftIdentifier: Hashable, Sendable {
    public enum Kind: String, Sendable { case civil, military }
    public var canonical: String
    public var country: String?
    public var kind: Kind
    /// The text's own form when it differs from `canonical` ("RA_85586", "F- UJCH",
    /// "1003-10" reversed by right-to-left typing, "YIASI"): the gold's
    /// `registration_as_written`, kept as evidence. Not part of identity: two mentions of
    /// one aircraft written two ways are the same identifier.
    public var written: String? = nil

    public static func == (a: Self, b: Self) -> Bool {
        a.canonical == b.canonical && a.country == b.country && a.kind == b.kind
    }

    public func hash(into h: inout Hasher) {
        h.combine(canonical)
        h.combine(country)
        h.combine(kind)
    }
}

/// ICAO nationality marks with the format that follows each, and military serial
/// formats: which strings are aircraft identifiers, and of which country.
public struct RegistrationGrammar: Sendable {
    struct Mark: Sendable {
        var prefix: String
        var country: String
        var suffix: NSRegularExpression
        /// The same pattern read on bytes, when it is written in `TokenPattern`'s dialect.
        var suffixBytes: TokenPattern?
        var hyphenated: Bool
    }

    struct Serial: Sendable {
        var name: String
        var country: String
        var pattern: NSRegularExpression
        var patternBytes: TokenPattern?
        var canonical: String
        var needsContext: Bool
        /// Whether every match has a digit: most tokens of text have none, and a
        /// regular expression call costs as much as reading a sentence.
        var needsDigit: Bool
    }

    private let marks: [String: [Mark]]
    private let unhyphenated: [Mark]
    private let serials: [Serial]
    private let maxPrefix: Int

    public init(marks markTable: DataTable, serials serialTable: DataTable) throws {
        var marks: [String: [Mark]] = [:]
        var unhyphenated: [Mark] = []
        for r in markTable.records() {
            let prefix = r["prefix"].uppercased()
            guard !prefix.isEmpty, !r["suffix_regex"].isEmpty else { continue }
            let re = try NSRegularExpression(pattern: "^(?:\(r["suffix_regex"]))$")
            let mark = Mark(prefix: prefix, country: r["country"], suffix: re, suffixBytes: TokenPattern(r["suffix_regex"]),
                            hyphenated: r["hyphen"] != "no")
            marks[prefix, default: []].append(mark)
            if !mark.hyphenated { unhyphenated.append(mark) }
        }
        self.marks = marks
        self.unhyphenated = unhyphenated.sorted { $0.prefix.count > $1.prefix.count }
        self.maxPrefix = marks.keys.map(\.count).max() ?? 3
        self.serials = try serialTable.records().map { r in
            Serial(name: r["name"], country: r["country"],
                   pattern: try NSRegularExpression(pattern: "^(?:\(r["regex"]))$"), patternBytes: TokenPattern(r["regex"]),
                   canonical: r["canonical"], needsContext: r["needs_context"] == "yes",
                   needsDigit: !r["regex"].split(separator: "|").contains { !$0.contains("[0-9]") })
        }
    }

    /// Reads one candidate token (upper case, at most one hyphen). `hasContext` says
    /// whether a registration word or an air-force name stands near it, which the
    /// common-looking shapes need.
    public func identify(_ token: String, hasContext: Bool) -> AircraftIdentifier? {
        let t = token.uppercased()
        if let civil = civil(t, hasContext: hasContext) { return civil }
        return military(t, hasContext: hasContext)
    }

    func civil(_ t: String, hasContext: Bool) -> AircraftIdentifier? {
        if let dash = t.firstIndex(of: "-") {
            let prefix = String(t[..<dash])
            let suffix = String(t[t.index(after: dash)...])
            guard !suffix.contains("-"), let list = marks[prefix] else { return nil }
            for m in list where matches(m.suffix, m.suffixBytes, suffix) {
                // A mark written without a hyphen keeps its rule when one is added: "N-95" masks.
                if !m.hyphenated, prefix.count + suffix.count < 5, !hasContext { return nil }
                return AircraftIdentifier(canonical: m.hyphenated ? "\(prefix)-\(suffix)" : prefix + suffix, country: m.country, kind: .civil)
            }
            return nil
        }
        // Without a hyphen only marks written that way (N123AB, JA8089) are safe, and
        // short ones (N95, N1) only with a registration word nearby.
        for m in unhyphenated where t.hasPrefix(m.prefix) && t.count > m.prefix.count {
            let suffix = String(t.dropFirst(m.prefix.count))
            guard matches(m.suffix, m.suffixBytes, suffix) else { continue }
            if t.count < 5 && !hasContext { return nil }
            if !suffix.contains(where: \.isNumber) { return nil }
            return AircraftIdentifier(canonical: t, country: m.country, kind: .civil)
        }
        // A mark with a digit written without its hyphen ("5ADCN", "A6EHK") is unusual
        // enough to read next to a registration word or a model; letter marks ("IDIEM") never.
        guard hasContext else { return nil }
        for length in stride(from: min(maxPrefix, t.count - 1), through: 1, by: -1) {
            let prefix = String(t.prefix(length))
            guard prefix.contains(where: \.isNumber), let list = marks[prefix] else { continue }
            let suffix = String(t.dropFirst(length))
            for m in list where m.hyphenated && matches(m.suffix, m.suffixBytes, suffix) {
                return AircraftIdentifier(canonical: "\(prefix)-\(suffix)", country: m.country, kind: .civil)
            }
        }
        return nil
    }

    /// A registration written without its hyphen right after a registration word
    /// ("التسجيل YIASI", "reg. TCTKB"): letter marks too, which `civil` never reads glued.
    public func identifyUnhyphenated(_ token: String) -> AircraftIdentifier? {
        let t = token.uppercased()
        guard !t.contains("-"), t.count >= 4 else { return nil }
        for length in stride(from: min(maxPrefix, t.count - 2), through: 1, by: -1) {
            let prefix = String(t.prefix(length))
            guard let list = marks[prefix] else { continue }
            let suffix = String(t.dropFirst(length))
            for m in list where m.hyphenated && matches(m.suffix, m.suffixBytes, suffix) {
                return AircraftIdentifier(canonical: "\(prefix)-\(suffix)", country: m.country, kind: .civil)
            }
        }
        return nil
    }

    func military(_ t: String, hasContext: Bool) -> AircraftIdentifier? {
        let hasDigit = t.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        for s in serials where (hasDigit || !s.needsDigit) && matches(s.pattern, s.patternBytes, t) {
            if s.needsContext && !hasContext { continue }
            return AircraftIdentifier(canonical: canonicalSerial(t, rule: s.canonical), country: s.country, kind: .military)
        }
        return nil
    }

    private func canonicalSerial(_ t: String, rule: String) -> String {
        switch rule {
        case "usaf":
            let digits = t.filter(\.isNumber)
            if digits.count >= 6 { return String(digits.prefix(2)) + "-" + String(digits.dropFirst(2)) }
            return t
        case "upper": return t.uppercased()
        default: return t
        }
    }

    /// Whether the whole of `s` matches: on bytes when the pattern and the token allow,
    /// else through ICU.
    private func matches(_ re: NSRegularExpression, _ fast: TokenPattern?, _ s: String) -> Bool {
        if let fast, let answer = fast.matchesWhole(s) { return answer }
        return Self.icuMatches(re, s)
    }

    static func icuMatches(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(location: 0, length: s.utf16.count)) != nil
    }
}
