import Foundation

/// The rule corpus (`Fixtures/rules/<lang>.txt`): per language, passages with the flight legs
/// they must give, one case a line, read by one generic test (Duckling's corpus, for flights).
///
///     @date 2020-02-14
///     route | Falcon 900LX I-DIEM flew from Ciampino to Benina on 13 February. => I-DIEM LIRA>HLLB 2020-02-13
///     ?mission @2021-05-05 | Yesterday P-8A 168860 patrolled off Cyrenaica. => 168860 ->- 2021-05-04
///     negation | The Il-76 RA-78830 did not land at Benina. => none
///
/// - `@date YYYY-MM[-DD]` on its own line: the article date of the cases after it (given to the
///   extractor as the article's `date …` header line); `@YYYY-MM-DD` after a case's tag
///   overrides it for that case; `@-` gives no date header.
/// - A case: `[?]form [@date] | passage => legs`. A leading `?` marks it pending: a form the
///   extractor does not read yet; the test expects it to fail and fails when it passes.
/// - `form`: one of `RuleCorpus.forms`. ` ¶ ` in a passage is a paragraph break.
/// - `legs`: `none`, or legs joined by ` ; `, each `ID ORIGIN>DESTINATION DATE`:
///   `ID` a registration (`I-DIEM`), `callsign:RFF7020` (a flight keyed by its callsign,
///   registration null) or `hex:33FE1C`; places as gold writes them (`HLLB`, `city:Rome`,
///   `country:LY`, `name:Al Watiya`, `-` for null), alternatives joined by `/`
///   (`HLLM/city:Tripoli`), compared by `Scorer.placeMatches`; `DATE` `YYYY-MM-DD`, `YYYY-MM`,
///   `-` (no date) or `*` (any date).
/// - The flights (`kind == .flight`) extracted must be exactly the legs, in any order.
/// - `#` opens a comment line; blank lines are skipped.
public struct RuleCorpus: Sendable {
    /// The forms of issue 13, and the basic ones.
    public static let forms: [String] = [
        "route", "date", "mission", "itinerary", "several-aircraft", "arrival-loss",
        "callsign", "identifier", "russian", "negation",
    ]

    public struct Leg: Sendable, CustomStringConvertible {
        public enum Key: Sendable, Equatable {
            case registration(String), callsign(String), hex(String)
        }
        public var key: Key
        /// Gold-style places; `nil` is a null end.
        public var origins: [String?]
        public var destinations: [String?]
        /// `nil` is "no date"; `"*"` is any date.
        public var date: String?
        public var text: String

        public var description: String { text }

        /// Whether `event` is this leg: same aircraft, places as the scorer matches them, same date.
        public func matches(_ event: FlightEvent) -> Bool {
            switch key {
            case .registration(let r): if event.registration != r { return false }
            case .callsign(let c): if event.registration != nil || event.callsign != c { return false }
            case .hex(let h): if event.registration != nil || event.icaoHex?.uppercased() != h.uppercased() { return false }
            }
            guard origins.contains(where: { Scorer.placeMatches($0, event.origin) }),
                  destinations.contains(where: { Scorer.placeMatches($0, event.destination) })
            else { return false }
            if date == "*" { return true }
            return event.date?.iso == date
        }
    }

    public struct Case: Sendable {
        public var language: String
        public var file: String
        public var line: Int
        public var form: String
        public var pending: Bool
        /// The article date header given with the passage.
        public var articleDate: String?
        public var passage: String
        /// Empty: a negative case, no flight.
        public var legs: [Leg]

        /// The text the extractor reads: the date header line, then the passage.
        public var articleText: String {
            let body = passage.replacingOccurrences(of: " ¶ ", with: "\n\n")
            return articleDate.map { "date \($0)\n" + body } ?? body
        }

        public var isNegative: Bool { legs.isEmpty }

        /// Whether `flights` are exactly the expected legs (each leg one flight, no flight left over).
        public func isSatisfied(by flights: [FlightEvent]) -> Bool {
            guard flights.count == legs.count else { return false }
            // Small sets: try every assignment.
            func assign(_ i: Int, _ used: Set<Int>) -> Bool {
                if i == legs.count { return true }
                for (j, e) in flights.enumerated() where !used.contains(j) && legs[i].matches(e) {
                    if assign(i + 1, used.union([j])) { return true }
                }
                return false
            }
            return assign(0, [])
        }
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public var cases: [Case]

    /// A flight as the corpus writes a leg: `REG ORIGIN>DEST DATE`.
    public static func describe(_ e: FlightEvent) -> String {
        let id = e.registration ?? e.callsign.map { "callsign:" + $0 } ?? e.icaoHex.map { "hex:" + $0 } ?? "type:\(e.typeDesignator ?? "?")"
        return "\(id) \(e.origin?.key ?? "-")>\(e.destination?.key ?? "-") \(e.date?.iso ?? "-")"
    }

    /// Reads one language file; `language` is its name without extension.
    public static func parse(_ text: String, file: String, language: String) throws -> [Case] {
        var out: [Case] = []
        var defaultDate: String?
        for (n, raw) in text.components(separatedBy: "\n").enumerated() {
            let lineNo = n + 1
            func fail(_ reason: String) -> ParseError { ParseError(file: file, line: lineNo, reason: reason) }
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@date") {
                let value = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
                defaultDate = try parseHeaderDate(value, fail)
                continue
            }
            guard let bar = line.range(of: " | ") else { throw fail("a case is `form [@date] | passage => legs`") }
            guard let arrow = line.range(of: " => ", options: .backwards), arrow.lowerBound > bar.upperBound else {
                throw fail("no ` => ` before the expected legs")
            }
            var head = line[..<bar.lowerBound].split(separator: " ").map(String.init)
            guard !head.isEmpty else { throw fail("no form tag") }
            var form = head.removeFirst()
            let pending = form.hasPrefix("?")
            if pending { form.removeFirst() }
            guard forms.contains(form) else { throw fail("unknown form `\(form)` (one of \(forms.joined(separator: ", ")))") }
            var date = defaultDate
            for extra in head {
                guard extra.hasPrefix("@") else { throw fail("unexpected `\(extra)` before `|`") }
                date = try parseHeaderDate(String(extra.dropFirst()), fail)
            }
            let passage = line[bar.upperBound..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !passage.isEmpty else { throw fail("empty passage") }
            let legsText = line[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
            var legs: [Leg] = []
            if legsText != "none" {
                for part in legsText.components(separatedBy: " ; ") {
                    legs.append(try parseLeg(part.trimmingCharacters(in: .whitespaces), fail))
                }
            }
            out.append(Case(language: language, file: file, line: lineNo, form: form, pending: pending,
                            articleDate: date, passage: passage, legs: legs))
        }
        return out
    }

    static func parseHeaderDate(_ value: String, _ fail: (String) -> ParseError) throws -> String? {
        if value == "-" { return nil }
        guard EventDate(iso: value) != nil, value.count >= 7 else { throw fail("bad date `\(value)`") }
        return value
    }

    static func parseLeg(_ text: String, _ fail: (String) -> ParseError) throws -> Leg {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 3 else { throw fail("a leg is `ID ORIGIN>DESTINATION DATE`, not `\(text)`") }
        let id = words.first!, dateWord = words.last!
        let route = words.dropFirst().dropLast().joined(separator: " ")
        let ends = route.components(separatedBy: ">")
        guard ends.count == 2 else { throw fail("a route is `ORIGIN>DESTINATION`, not `\(route)`") }
        func places(_ s: String) throws -> [String?] {
            let alts = s.trimmingCharacters(in: .whitespaces).components(separatedBy: "/")
            return try alts.map { a -> String? in
                if a == "-" { return nil }
                if a.isEmpty { throw fail("empty place in `\(route)`") }
                return a
            }
        }
        let key: Leg.Key
        if id.hasPrefix("callsign:") { key = .callsign(String(id.dropFirst(9))) }
        else if id.hasPrefix("hex:") { key = .hex(String(id.dropFirst(4))) }
        else { key = .registration(id) }
        let date: String?
        switch dateWord {
        case "-": date = nil
        case "*": date = "*"
        default:
            guard EventDate(iso: dateWord) != nil, dateWord.count >= 7 else { throw fail("bad leg date `\(dateWord)`") }
            date = dateWord
        }
        return Leg(key: key, origins: try places(ends[0]), destinations: try places(ends[1]), date: date, text: text)
    }
}
