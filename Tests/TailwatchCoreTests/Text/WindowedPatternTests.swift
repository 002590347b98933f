import Foundation
import PropertyBased
@testable import TailwatchCore
import Testing

/// `WindowedPattern` and `FoldedText.string` replace whole-text ICU passes and the
/// standard library's UTF-16 decoding on the hot path; they must give what those give.
struct WindowedPatternTests {
    /// Texts built from what the patterns react to and what sits around them.
    static let pieces: [String] = [
        "I-DIEM", "5A-DCN", "54+01", "GAF 10+03", "1283", "166693", "N467AM", "33FE1C", "a5b3a8", "facade",
        "RCH123", "ASCOT 4417", "REACH 123", "IAM1403", "10:00Z", "1000hrs UTC", "0620 local", "9.45am",
        "14h30", "2020", "13Feb2020", "C-130J", "A400M", "(", ")", "/", "-", "+", ".", ",", " ", "  ", "\n",
        "\u{00A0}", "\u{2009}", "the", "Rome", "بنغازي", "الساعة", "١٤:٣٠", "🛩️", "e\u{0301}", "X", "Z", "ABC",
    ]
    static let texts = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }

    /// The patterns extraction runs, as it runs them.
    static let patterns: [(String, WindowedPattern)] = [
        ("candidate", IdentifierExtractor.candidate),
        ("hex", AircraftCodeExtractor.hexWord),
        ("callsign", AircraftCodeExtractor.callsignWord),
    ]

    /// Every group of every match, as the whole-text search reports it.
    static func wholeText(_ p: WindowedPattern, _ text: String) -> [[NSRange]] {
        p.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0) }
        }
    }

    @Test func windowedMatchesAreTheWholeTextMatches() async {
        await propertyCheck(count: 400, input: Self.texts) { text in
            let units = Array(text.utf16)
            for (name, p) in Self.patterns {
                let windowed = p.matches(in: units).map(\.ranges)
                #expect(windowed == Self.wholeText(p, text), "\(name) in \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: ["I-DIEM/33FE1C landed", "callsign ASCOT 4417, hex 43c6f1", "x 54+01 y GAF 10+03", "RCH 471 and REACH 123"])
    func examplesMatchAsAWholeTextSearchDoes(_ text: String) {
        for (name, p) in Self.patterns {
            #expect(p.matches(in: Array(text.utf16)).map(\.ranges) == Self.wholeText(p, text), "\(name)")
        }
        #expect(!Self.patterns[0].1.matches(in: Array(text.utf16)).isEmpty)
    }

    /// The time pattern reads only digit runs that can be an hour; times must still be found.
    @Test(arguments: [
        ("landed 10:00Z", 1), ("around 1000hrs UTC", 1), ("at 0620 local", 1), ("9.45am local time", 1),
        ("14h30 GMT", 1), ("saat 20.10", 1), ("الساعة ١٤:٣٠ بتوقيت غرينتش", 1), ("in 2020 some 1200 people", 0),
        ("1015 Z", 1), ("flight 12345 UTC", 0),
    ])
    func timesAreFoundAroundTheirDigits(_ text: String, _ count: Int) {
        #expect(TimeExtractor().extract(Document(text)).count == count, "\(text)")
    }

    @Test func stringFromUnitsIsTheStandardLibrarysDecoding() async {
        let units = Gen<UInt16>.oneOf(
            Gen.int(in: 0...0x7F).map { UInt16($0) }.eraseToAnySequence(),
            Gen.int(in: 0x80...0x7FF).map { UInt16($0) }.eraseToAnySequence(),
            Gen.int(in: 0x800...0xFFFF).map { UInt16($0) }.eraseToAnySequence(),
            Gen.int(in: 0xD800...0xDFFF).map { UInt16($0) }.eraseToAnySequence()
        ).array(of: 0...30)
        await propertyCheck(count: 500, input: units) { u in
            #expect(FoldedText.string(u[...]) == String(decoding: u, as: UTF16.self), "\(u)")
        }
        let pair: [UInt16] = [0x41, 0xD83D, 0xDEE9, 0x42]
        #expect(FoldedText.string(pair[1...]) == "🛩B")
    }
}

/// The hand-written ordinal-day reader replaces a regular expression; it must agree with it.
struct OrdinalDayTests {
    static let pattern = try! NSRegularExpression(pattern: #"^([0-9]{1,2})(st|nd|rd|th|er|eme|e|inci|nci|ncı|ıncı)?$"#)

    @Test(arguments: ["8", "08", "31", "8th", "1st", "2nd", "3rd", "1er", "2eme", "2e", "8inci", "9ncı", "5ıncı",
                      "123", "8x", "th", "", "8the", "٨", "8\u{0301}th", "99", "0", "12345678", "13feb2020"])
    func agreesWithThePattern(_ key: String) {
        let m = Self.pattern.firstMatch(in: key, range: NSRange(location: 0, length: key.utf16.count))
        let expected = m.flatMap { Int((key as NSString).substring(with: $0.range(at: 1))) }
        #expect(DateExtractor.ordinalDay(key) == expected, "\(key)")
    }
}
