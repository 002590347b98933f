@testable import TailwatchCore
import XCTest

/// Every stage is linear in the article's size: an article four times longer takes about
/// four times as long, never sixteen (a scan of the whole article per sentence or per
/// mention made a 5 MB wire digest run for minutes). The absolute figure (a 5 MB article in
/// under 10 s, release build) is `make bench-smoke`'s, not a unit test's.
final class LinearTimeTests: XCTestCase {
    let extractor = ArticleExtractor(knowledge: sharedKnowledge)

    /// Dense genre text of our own: aircraft, places, dates and times in every sentence.
    func digest(bytes: Int, oneLine: Bool) -> String {
        let posts = [
            "Italian Air Force KC-767A MM62226 from Pratica di Mare to Benina on 3 March 2021 around 0930 UTC.",
            "A UAE C-17 (serial 1223, hex 896457, callsign UAF1223) landed at Al Khadim yesterday after leaving Abu Dhabi.",
            "Il-76TD EW-78843 departed Minsk National Airport and landed at Damascus International Airport on 5 October 2021.",
            "وصلت أمس الأربعاء طائرة الشحن اليوشن 76 رقم UP-I7645 إلى مطار بنينا قادمة من الشارقة.",
            "Le Falcon 7X F-RAFB a quitté Niamey pour N'Djamena le lendemain.",
            "The second aircraft, YK-ATB, flew from Latakia to Benghazi and back the same day.",
        ]
        var out = "", k = 0
        while out.utf8.count < bytes {
            out += posts[k % posts.count] + (oneLine ? " " : (k % 3 == 2 ? "\n\n" : " "))
            k += 1
        }
        return out
    }

    func seconds(_ text: String) -> Double {
        let start = Date()
        _ = extractor.extract(text: text, source: ArticleSource(path: "long.txt", sha256: "x"))
        return Date().timeIntervalSince(start)
    }

    func testFourTimesTheTextTakesAboutFourTimesAsLong() {
        for oneLine in [false, true] {
            _ = seconds(digest(bytes: 20_000, oneLine: oneLine))  // warm the tables
            let small = seconds(digest(bytes: 60_000, oneLine: oneLine))
            let large = seconds(digest(bytes: 240_000, oneLine: oneLine))
            // Linear is 4; quadratic would be 16. 8 leaves room for a loaded machine.
            XCTAssertLessThan(large / small, 8, "oneLine=\(oneLine): 60 kB took \(small) s, 240 kB \(large) s")
        }
    }
}
