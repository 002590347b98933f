@testable import TailwatchCore
import XCTest

final class ArticleDateTests: XCTestCase {
    let june8 = EventDate(year: 2020, month: 6, day: 8)

    func testDayArithmeticAndWeekdays() {
        XCTAssertEqual(june8.weekday, 1)  // Monday
        XCTAssertEqual(june8.adding(days: -8)?.iso, "2020-05-31")
        XCTAssertEqual(EventDate(year: 2020, month: 3, day: 1).adding(days: -1)?.iso, "2020-02-29")
        XCTAssertEqual(EventDate(dayNumber: 0).iso, "1970-01-01")
    }

    func testAHeaderOlderThanTheTextLosesToIt() {
        let a = ArticleDate.estimate(given: nil, header: EventDate(year: 2020, month: 11), explicitDates: [june8, EventDate(year: 2020, month: 2, day: 13)])
        XCTAssertEqual(a?.date, june8)
        XCTAssertEqual(a?.basis, .text)
        XCTAssertEqual(a?.headerConflict?.iso, "2020-11")
    }

    func testRelativeDaysResolveAgainstTheAnchor() {
        let header = ArticleDate(date: EventDate(year: 2020, month: 4, day: 4), basis: .header)
        XCTAssertEqual(header.resolve(.relative(days: -1, weekday: 5))?.iso, "2020-04-03")  // أمس الجمعة
        XCTAssertEqual(header.resolve(.relative(days: 0, weekday: 6))?.iso, "2020-04-04")  // اليوم السبت
        XCTAssertEqual(header.resolve(.weekday(4))?.iso, "2020-04-02")  // الخميس
    }

    func testYesterdayWithAWeekdayFindsTheDayAfterTheLatestQuotedDate() {
        // The text's latest date is a Monday 8 June; "yesterday Monday" means the article is of the 9th.
        let inferred = ArticleDate(date: june8, basis: .text)
        XCTAssertEqual(inferred.resolve(.relative(days: -1, weekday: 1))?.iso, "2020-06-08")
    }

    func testYearlessDatesTakeTheYearThatPutsThemBefore() {
        let a = ArticleDate(date: EventDate(year: 2021, month: 2, day: 10), basis: .header)
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 12, day: 28, hint: .none))?.iso, "2020-12-28")
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 2, day: 3, hint: .none))?.iso, "2021-02-03")
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 6, day: 3, hint: .current))?.iso, "2021-06-03")
    }

    func testAMonthAnchorDatesRelativeDaysToItsMonthOnly() {
        let a = ArticleDate(date: EventDate(year: 2020, month: 6), basis: .header)
        // The guide: only the month known gives YYYY-MM ("yesterday", "on Sunday" under "date 2020-06").
        XCTAssertEqual(a.resolve(.relative(days: -1, weekday: nil))?.iso, "2020-06")
        XCTAssertEqual(a.resolve(.weekday(1))?.iso, "2020-06")
        XCTAssertEqual(a.resolve(.relativeMonth(-1))?.iso, "2020-05")
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 6, day: 3, hint: .none))?.iso, "2020-06-03")
    }

    func testHijriConversionAgainstUmmAlQuraPairs() {
        // Umm al-Qura dates (Saudi official calendar) the tabular rule hits exactly.
        let exact: [(HijriDate, String)] = [
            (HijriDate(year: 1441, month: 10, day: 15), "2020-06-07"),
            (HijriDate(year: 1441, month: 10, day: 1), "2020-05-24"),  // Eid al-Fitr 2020
            (HijriDate(year: 1441, month: 12, day: 10), "2020-07-31"),  // Eid al-Adha 2020
            (HijriDate(year: 1441, month: 9, day: 1), "2020-04-24"),  // Ramadan 2020
            (HijriDate(year: 1442, month: 1, day: 1), "2020-08-20"),  // New Year 1442
        ]
        for (h, g) in exact { XCTAssertEqual(h.gregorian?.iso, g, "\(h)") }
        // Where the tabular rule and Umm al-Qura part, by one day: the documented uncertainty.
        let umm = EventDate(year: 2020, month: 10, day: 7).dayNumber!  // 20 Safar 1442
        let tabular = HijriDate(year: 1442, month: 2, day: 20).gregorian!.dayNumber!
        XCTAssertLessThanOrEqual(abs(tabular - umm), 1)
        XCTAssertNil(HijriDate(year: 1442, month: 13, day: 1).gregorian)
    }

    func testYearlessDatesTakeTheYearNearestBeforeTheAnchor() {
        let a = ArticleDate(date: EventDate(year: 2021, month: 2, day: 10), basis: .header)
        // Two days after the anchor would be the future: the year before.
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 2, day: 12, hint: .none))?.iso, "2020-02-12")
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 2, day: 10, hint: .none))?.iso, "2021-02-10")
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 6, day: nil, hint: .past))?.iso, "2020-06")
        // A weekday "الماضي" is never the anchor's own day.
        let thursday = ArticleDate(date: EventDate(year: 2020, month: 2, day: 20), basis: .header)
        XCTAssertEqual(thursday.resolve(.pastWeekday(4))?.iso, "2020-02-13")
        XCTAssertEqual(thursday.resolve(.weekday(4))?.iso, "2020-02-20")
        XCTAssertEqual(june8.weekday, 1)
        XCTAssertEqual(ArticleDate(date: EventDate(year: 2020, month: 6, day: 10), basis: .header).resolve(.relativeWeek(-1))?.iso, "2020-06")
    }

    let extractor = ArticleExtractor(knowledge: sharedKnowledge)

    func anchor(_ text: String, given: EventDate? = nil) -> ArticleDate? {
        extractor.extract(text: text, source: ArticleSource(path: "a.txt", sha256: "x"), givenDate: given).articleDate
    }

    func testTheDatelineDatesTheArticle() {
        let wire = anchor("TRIPOLI, June 9 (Reuters) - A Turkish A400M landed at Mitiga yesterday. It left Kayseri on 3 June 2020.")
        XCTAssertEqual(wire?.date.iso, "2020-06-09")
        XCTAssertEqual(wire?.basis, .dateline)
        let arabic = anchor("طرابلس - 9 يونيو 2020: هبطت أمس طائرة شحن في مطار معيتيقة.")
        XCTAssertEqual(arabic?.date.iso, "2020-06-09")
        XCTAssertEqual(arabic?.basis, .dateline)
        // A header the dateline contradicts loses to it, and the conflict is kept.
        let conflict = anchor("date 2020-11\nNAIROBI, June 22, 2023 (Reuters) - Cargo planes landed.")
        XCTAssertEqual(conflict?.date.iso, "2023-06-22")
        XCTAssertEqual(conflict?.headerConflict?.iso, "2020-11")
        // A date in the running text is no dateline.
        XCTAssertNotEqual(anchor("The jet landed on June 9, 2020 - the third time this month.")?.basis, .dateline)
        // A date given on ingest is the user's word.
        XCTAssertEqual(anchor("TRIPOLI, June 9 (Reuters) - text", given: EventDate(year: 2020, month: 6, day: 10))?.basis, .given)
        XCTAssertGreaterThan(ArticleDate(date: june8, basis: .dateline).confidence, ArticleDate(date: june8, basis: .text).confidence)
    }

    func testTheLatestQuotedTweetDatesAnUndatedArticle() {
        let a = anchor("""
            Cham Wings A320 YK-BAG Damascus - Benghazi pic.twitter.com/x — Flight Intel (@FI_Levant) March 8, 2020

            The same jet flew again on Thursday.
            """)
        XCTAssertEqual(a?.date.iso, "2020-03-08")
        XCTAssertEqual(a?.basis, .tweet)
    }

    func testAWeekdayThatIsNotTheDatesLowersConfidence() {
        func event(_ text: String) -> FlightEvent? {
            extractor.extract(text: text, source: ArticleSource(path: "a.txt", sha256: "x")).events.first { $0.kind == .flight }
        }
        // 8 June 2020 was a Monday.
        let right = event("Falcon 900LX I-DIEM flew from Rome Ciampino to Benghazi Benina on Monday 8 June 2020.")
        let wrong = event("Falcon 900LX I-DIEM flew from Rome Ciampino to Benghazi Benina on Tuesday 8 June 2020.")
        XCTAssertEqual(right?.date?.iso, "2020-06-08")
        XCTAssertEqual(wrong?.date?.iso, "2020-06-08")
        XCTAssertEqual(right?.dateEvidence?.weekdayMismatch, false)
        XCTAssertEqual(wrong?.dateEvidence?.weekdayMismatch, true)
        XCTAssertEqual(wrong?.dateEvidence?.text, "Tuesday 8 June 2020")
        XCTAssertEqual(wrong?.dateEvidence?.basis, .explicit)
        XCTAssertLessThan(wrong!.confidence, right!.confidence)
    }

    func testEachEventCarriesTheSpanItsDateWasReadFrom() {
        let text = "date 2020-06-09\nأظهرت مواقع الرصد هبوط طائرة الفالكون I-DIEM أمس الإثنين في مطار بنينا قادمة من روما."
        let e = extractor.extract(text: text, source: ArticleSource(path: "a.txt", sha256: "x")).events.first { $0.kind == .flight }
        XCTAssertEqual(e?.date?.iso, "2020-06-08")
        let d = e?.dateEvidence
        XCTAssertEqual(d?.basis, .relative)
        XCTAssertEqual(d?.text, "أمس الإثنين")
        let bytes = Array(text.utf8)
        XCTAssertEqual(d.flatMap { String(decoding: bytes[$0.start!..<$0.end!], as: UTF8.self) }, "أمس الإثنين")
    }
}
