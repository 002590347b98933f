@testable import TailwatchCore
import XCTest

final class DateWindowTests: XCTestCase {
    func d(_ s: String) -> EventDate { EventDate(iso: s)! }

    func testPartialBoundsCoverTheWholeMonthOrYear() throws {
        let june = try DateWindow(since: "2020-06", until: "2020-06")
        XCTAssertTrue(june.contains(d("2020-06-01")))
        XCTAssertTrue(june.contains(d("2020-06-30")))
        XCTAssertFalse(june.contains(d("2020-07-01")))
        XCTAssertFalse(june.contains(d("2020-05-31")))
        let year = try DateWindow(since: nil, until: "2020")
        XCTAssertTrue(year.contains(d("2020-12-31")))
        XCTAssertFalse(year.contains(d("2021-01-01")))
    }

    func testAnApproximateDateCountsWhenItMayFallInside() throws {
        let w = try DateWindow(since: "2020-06-15", until: nil)
        XCTAssertTrue(w.contains(d("2020-06")), "~2020-06 may be 20 June")
        XCTAssertFalse(w.contains(d("2020-05")))
        XCTAssertTrue(w.contains(d("2020")))
    }

    func testUndatedEventsOnlyWithoutBounds() throws {
        XCTAssertTrue(DateWindow().contains(nil))
        XCTAssertFalse(try DateWindow(since: "2020", until: nil).contains(nil))
    }

    func testBadValuesNameTheOption() {
        XCTAssertThrowsError(try DateWindow(since: "June", until: nil)) { XCTAssertTrue("\($0)".hasPrefix("--since June:"), "\($0)") }
        XCTAssertThrowsError(try DateWindow(since: nil, until: "2020-13")) { XCTAssertTrue("\($0)".hasPrefix("--until 2020-13:"), "\($0)") }
        XCTAssertThrowsError(try DateWindow(since: "2021", until: "2020-06")) { XCTAssertTrue("\($0)".contains("after"), "\($0)") }
    }
}
