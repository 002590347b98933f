import Foundation
@testable import TailwatchCore
import XCTest

/// News pages read as articles: text, title and date; navigation, scripts and asides dropped.
final class HTMLArticleTests: XCTestCase {
    func testTitleDateAndBodyTextWithoutNavigationScriptsOrStyles() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Jet lands | Site</title>
            <meta property="og:title" content="Italian jet lands in Benghazi">
            <meta property="article:published_time" content="2020-06-09T08:00:00+02:00">
            <script>var a = "I-NEMO flew";</script><style>p{color:red}</style></head>
            <body><nav><a href="/">SU-BEY home</a></nav><aside>Most read: RA-86559</aside>
            <article><h1>Italian jet lands in Benghazi</h1><p>The Falcon <b>I-DIEM</b> flew
            from Rome to Benghazi.</p><p>It returned &amp; landed.</p></article>
            <footer>© Site</footer><script>track("UP-I7652")</script></body></html>
            """
        let page = try XCTUnwrap(HTMLArticle.page(fromHTML: html))
        XCTAssertEqual(page.title, "Italian jet lands in Benghazi")
        XCTAssertEqual(page.date?.iso, "2020-06-09")
        XCTAssertEqual(page.paragraphs, ["The Falcon I-DIEM flew from Rome to Benghazi.", "It returned & landed."])
        XCTAssertEqual(page.text, "date 2020-06-09\n\nItalian jet lands in Benghazi\n\nThe Falcon I-DIEM flew from Rome to Benghazi.\n\nIt returned & landed.")
        for hidden in ["I-NEMO", "SU-BEY", "RA-86559", "UP-I7652", "color"] { XCTAssertFalse(page.text.contains(hidden), hidden) }
    }

    func testBrokenMarkupIsRecoveredAndATimeElementDatesAPageWithoutMeta() throws {
        let page = try XCTUnwrap(HTMLArticle.page(fromHTML: "<title>t</title><p>one <time datetime=\"2021-03-12\">Friday</time><p>two<div>three"))
        XCTAssertEqual(page.date?.iso, "2021-03-12")
        XCTAssertEqual(page.paragraphs, ["one Friday", "two", "three"])
    }
}
