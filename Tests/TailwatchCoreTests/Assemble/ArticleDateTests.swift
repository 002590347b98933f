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

    func testAMonthAnchorCannotResolveRelativeDays() {
        let a = ArticleDate(date: EventDate(year: 2020, month: 6), basis: .header)
        XCTAssertNil(a.resolve(.relative(days: -1, weekday: nil)))
        XCTAssertEqual(a.resolve(.absolute(year: nil, month: 6, day: 3, hint: .none))?.iso, "2020-06-03")
    }
}
