import Foundation
import PropertyBased
@testable import TailwatchCore
import Testing

/// The identifier stage reads its candidate pattern and the registration grammar's tables
/// without ICU (`TokenPattern`): each must answer exactly what `NSRegularExpression`
/// answers, on every fixture article and on texts and tokens built from the shapes the
/// patterns tell apart (FastPathIdentityTests holds the other fast paths).
struct IdentifierFastPathTests {
    /// Every regular expression of the grammar's tables, as the grammar anchors it.
    static func tablePatterns() throws -> [String] {
        let marks = try DataTable.resource("nationality_marks").records().map { $0["suffix_regex"] }
        let serials = try DataTable.resource("military_serials").records().map { $0["regex"] }
        return Array(Set((marks + serials).filter { !$0.isEmpty })).sorted()
    }

    static func icuWhole(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(location: 0, length: s.utf16.count)) != nil
    }

    /// Tokens the grammar is asked about: the candidates of every fixture article, their
    /// halves and tails, and the serial table's examples.
    static func fixtureTokens() throws -> [String] {
        var tokens: Set<String> = []
        for text in FastPathIdentityTests.fixtureTexts() {
            let units = Array(text.utf16)
            for m in IdentifierExtractor.candidate.matches(in: units) {
                let t = FoldedText.string(units[m.range.location..<(m.range.location + m.range.length)]).uppercased()
                let joined = t.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "_", with: "-")
                for form in [t, joined] {
                    tokens.insert(form)
                    for part in form.split(separator: "-") { tokens.insert(String(part)) }
                    for k in 1...4 { tokens.insert(String(form.dropFirst(k))) }
                }
            }
        }
        for r in try DataTable.resource("military_serials").records() { tokens.insert(r["example"]) }
        return tokens.sorted()
    }

    static let tokenUnits = ["A", "B", "H", "M", "N", "R", "Z", "0", "1", "2", "5", "7", "9", "19", "20", "-", "+", " ", "_",
                             "MM", "RA", "HZ", "135L", "\t", "\n", "é", "a"]
    static let tokens = Gen<String?>.element(of: tokenUnits).map { $0 ?? "" }.array(of: 0...8).map { $0.joined() }

    @Test func everyTablePatternIsReadWithoutICU() throws {
        for p in try Self.tablePatterns() {
            #expect(TokenPattern(p) != nil, "\(p) falls back to ICU")
        }
        #expect(IdentifierExtractor.candidate.bytewise != nil)
    }

    @Test func tablePatternsAnswerAsICUOnFixtureTokens() throws {
        let tokens = try Self.fixtureTokens()
        #expect(tokens.count > 500)
        var matched = 0
        for p in try Self.tablePatterns() {
            let re = try NSRegularExpression(pattern: "^(?:\(p))$")
            guard let fast = TokenPattern(p) else { continue }
            for t in tokens {
                let icu = Self.icuWhole(re, t)
                if icu { matched += 1 }
                if let answer = fast.matchesWhole(t) { #expect(answer == icu, "\(p) on \(t.debugDescription)") }
            }
        }
        #expect(matched > 100)
    }

    @Test func tablePatternsAnswerAsICUOnGeneratedTokens() async throws {
        let patterns = try Self.tablePatterns().map { ($0, try NSRegularExpression(pattern: "^(?:\($0))$"), TokenPattern($0)) }
        await propertyCheck(count: 3000, input: Self.tokens) { t in
            for (p, re, fast) in patterns {
                guard let fast, let answer = fast.matchesWhole(t) else { continue }
                #expect(answer == Self.icuWhole(re, t), "\(p) on \(t.debugDescription)")
            }
        }
    }

    /// Patterns outside the tables, for what the dialect reads that the tables do not use yet.
    @Test(arguments: ["a*", "(?:a|)*b", "[^A-Z]x", "[A-]", "[-A]", "a{2,}", "(?:ab)+", "x\\+y", "(?!AB)[A-Z]{2,3}", "A?B?C?"])
    func dialectAnswersAsICU(_ p: String) throws {
        let re = try NSRegularExpression(pattern: "^(?:\(p))$")
        let fast = try #require(TokenPattern(p))
        for t in ["", "a", "aa", "aaa", "b", "ab", "abab", "aab", "Ax", "xx", "1x", "A", "-", "A-", "x+y", "xy", "AB", "ABC", "AC", "ABCD", "C", "BC"] {
            #expect(fast.matchesWhole(t) == Self.icuWhole(re, t), "\(p) on \(t)")
        }
    }

    @Test(arguments: ["a??b", "a++", "\\d", ".", "^A", "A$", "[[A]]", "(?=A)", "(?<=A)B", "\\bA"])
    func patternsOutsideTheDialectStayWithICU(_ p: String) {
        #expect(TokenPattern(p) == nil)
    }

    @Test func spaceIsICUSpaceOnEveryUnit() throws {
        let re = try NSRegularExpression(pattern: #"^\s$"#)
        for u in 0..<0x10000 where !(0xD800...0xDFFF).contains(u) {
            let s = String(UnicodeScalar(UInt32(u))!)
            #expect(TokenPattern.UnitSet.space.contains(UInt16(u)) == Self.icuWhole(re, s), "U+\(String(u, radix: 16))")
        }
    }

    @Test func modelCodesAreTheScalarModelCodes() async throws {
        for t in try Self.fixtureTokens() + ["g550", "Su-24", "A-400m", "F/A-18", "C-130J-30", "", "-", "a b_c+d"] {
            #expect(AircraftCatalog.modelCode(t) == AircraftCatalog.modelCodeByScalars(t), "\(t.debugDescription)")
        }
        await propertyCheck(count: 1000, input: Self.texts) { t in
            #expect(AircraftCatalog.modelCode(t) == AircraftCatalog.modelCodeByScalars(t), "\(t.debugDescription)")
        }
    }

    static func candidatesAgree(_ text: String) -> Bool {
        let units = Array(text.utf16)
        return IdentifierExtractor.candidate.matchRanges(in: units) == IdentifierExtractor.candidate.matches(in: units).map(\.range)
    }

    @Test func candidatesAreICUCandidatesOnEveryFixture() {
        let texts = FastPathIdentityTests.fixtureTexts()
        #expect(texts.count > 50)
        for text in texts { #expect(Self.candidatesAgree(text), "\(text.prefix(80))") }
    }

    static let textUnits = ["A", "AB", "ABC", "1", "12", "123", "1234", "-", "- ", "_", "+", " ", "/", ".", ",", "a", "b",
                            "\u{00A0}", "\u{2009}", "\t", "\n", "GAF", "10+03", "RA-", "F-", "MM", "é", "ب", "🛩️", "5A", "N", "9"]
    static let texts = Gen<String?>.element(of: textUnits).map { $0 ?? "" }.array(of: 0...16).map { $0.joined() }

    @Test func candidatesAreICUCandidatesOnGeneratedTexts() async {
        await propertyCheck(count: 3000, input: Self.texts) { text in
            #expect(Self.candidatesAgree(text), "\(text.debugDescription)")
        }
    }
}
