@testable import TailwatchCore
import XCTest

final class DateExtractorTests: XCTestCase {
    let extractor = DateExtractor(words: sharedKnowledge.calendar)

    func dates(_ doc: Document) -> [NSRange] {
        extractor.extract(doc, Tokenizer.tokens(in: doc.folded)).map(\.range)
    }

    func testFindsDatesInEveryFormTheGenreUses() {
        assertSpans("landed ⟦June 8, 2020⟧ at Benina", dates)
        assertSpans("on ⟦8 June 2020⟧ and ⟦8th of June⟧", dates)
        assertSpans("#Benghazi ⟦13Feb2020⟧ around 1000hrs UTC", dates)
        assertSpans("flights on ⟦2020-06-08⟧ and ⟦08/06/2020⟧", dates)
        assertSpans("انطلقت ⟦أمس⟧ ⟦٨ يونيو/حزيران الجاري⟧ من مطار روما", dates)
        assertSpans("وأخرى بتاريخ ⟦13 فبراير/شباط من العام الجاري⟧.", dates)
        assertSpans("بتاريخ ⟦7 يناير/كانون الثاني من العام الجاري⟧", dates)
        assertSpans("يوم ⟦7 جانفي 2021⟧ و⟦12 جويلية⟧", dates)
        assertSpans("حلت بمطار محمد الخامس يوم ⟦الأحد 16 غشت 2020⟧ وغادرت في ⟦3 شتنبر⟧", dates)
        assertSpans("⟦أمس الإثنين⟧، إلى بنغازي", dates)
        assertSpans("⟦أول أمس الخميس⟧ بعد توقف", dates)
        assertSpans("atterrato a Misurata il ⟦3 marzo 2021⟧", dates)
        assertSpans("décollé de Villacoublay le ⟦12 février 2022⟧", dates)
        assertSpans("⟦23 Aralık 2025⟧ tarihinde", dates)
        assertSpans("⟦yesterday⟧ and again on ⟦Thursday⟧", dates)
    }

    func testRussianMonthsAndRelativeDays() {
        assertSpans("самолёт вылетел ⟦5 января 2024⟧ из Москвы", dates)
        assertSpans("борт приземлился ⟦вчера⟧, а ⟦позавчера⟧ был в Сирии", dates)
        assertSpans("прибыл ⟦12 февраля⟧ и улетел ⟦сегодня⟧", dates)
        // A count of things, a house number and a day name that is no date word.
        assertSpans("5 самолётов и 12 бортов в доме 2024", dates)
    }

    func testStoryAndMonthRelativeWords() {
        assertSpans("⟦Le lendemain⟧, l'appareil a quitté Niamey", dates)
        assertSpans("⟦Il giorno prima⟧, un C-130J", dates)
        assertSpans("وفي ⟦صباح اليوم التالي⟧ واصلت الطائرة", dates)
        assertSpans("⟦Last month⟧, 9H-AMZ flew a patient", dates)
        // "the day after the attack" counts from the attack, which is no date we know.
        assertSpans("au lendemain de l'attaque", dates)
        let doc = Document("the next day; la veille; الشهر الماضي")
        XCTAssertEqual(extractor.extract(doc, Tokenizer.tokens(in: doc.folded)).map(\.value),
                       [.sequel(days: 1), .sequel(days: -1), .relativeMonth(-1)])
    }

    func testLogDaysMonthsAloneAndConjunctionsOnArabicDatePhrases() {
        // A log's "Thu 21st": a day of the article's month.
        assertSpans("⟦Thu 21st⟧ – a KC-767 out of Pratica di Mare", dates)
        assertSpans("⟦Saturday 2nd⟧: nothing moved at Sigonella", dates)
        XCTAssertEqual(values("Wed 9th"), [.dayOfRelativeMonth(day: 9, months: 0)])
        // Lower case "sat" is a verb; a plain number after a weekday is a count.
        assertSpans("the jet sat 3rd in the queue", dates)
        // A month alone after "in": that month of the article's year or the one before.
        assertSpans("In ⟦May⟧, the tanker flew twice to Misrata", dates)
        assertSpans("March on Tripoli, the general said", dates)
        // "و" written onto the first word.
        assertSpans("⟦وبعد يومين⟧ حطت الطائرة في مصراتة، ⟦وأمس⟧ غادرتها", dates)
    }

    func testIgnoresNumbersThatAreNotDates() {
        assertSpans("an F-16 and 24 Su-35 fighters worth $2 billion, COVID-19 cases 7007", dates)
        assertSpans("it may land at 10:45", dates)
    }

    func testParsesValues() {
        let doc = Document("٨ يونيو/حزيران الجاري")
        let found = extractor.extract(doc, Tokenizer.tokens(in: doc.folded)).map(\.value)
        XCTAssertEqual(found, [.absolute(year: nil, month: 6, day: 8, hint: .current)])
        let tweet = Document("13Feb2020")
        XCTAssertEqual(extractor.extract(tweet, Tokenizer.tokens(in: tweet.folded)).map(\.value),
                       [.absolute(year: 2020, month: 2, day: 13, hint: .none)])
    }

    func values(_ text: String) -> [DateExpression] {
        let doc = Document(text)
        return extractor.extract(doc, Tokenizer.tokens(in: doc.folded)).map(\.value)
    }

    func testHijriDatesOrdinalWordsAndBothDigitSets() {
        assertSpans("أقلعت الطائرة يوم ⟦١٥ شوال ١٤٤١ هـ⟧ من مطار جدة", dates)
        assertSpans("في ⟦10 ذو الحجة 1441 هـ⟧ الموافق ⟦31 يوليو 2020م⟧", dates)
        assertSpans("هبطت في بنغازي يوم ⟦۸ يونيو ۲۰۲۰⟧ قادمة من الإمارات", dates)
        assertSpans("في ⟦الثامن من يونيو الجاري⟧ هبطت الطائرة", dates)
        assertSpans("في ⟦الحادي والعشرين من يناير 2020⟧ وصلت", dates)
        assertSpans("بتاريخ ⟦٢٠٢٠/٦/٨⟧ غادرت", dates)
        XCTAssertEqual(values("١٥ شوال ١٤٤١ هـ"), [.hijri(HijriDate(year: 1441, month: 10, day: 15))])
        XCTAssertEqual(values("۸ يونيو ۲۰۲۰"), [.absolute(year: 2020, month: 6, day: 8, hint: .none)])
        XCTAssertEqual(values("الحادي والعشرين من يناير"), [.absolute(year: nil, month: 1, day: 21, hint: .none)])
        // "رجب" is also a man's name: no Hijri date without its year.
        assertSpans("قال رجب 15 شخصا", dates)
        // "الثاني" alone is any second thing, not a day.
        assertSpans("الطائرة الثاني يونيو", dates)
    }

    func testAWeekdayWrittenWithADateGoesWithIt() {
        assertSpans("came in on ⟦Tuesday, 4 February 2020⟧ from Sweihan", dates)
        assertSpans("هبطت يوم ⟦الإثنين 8 يونيو 2020⟧ في بنينا", dates)
        XCTAssertEqual(values("Tuesday, 4 February 2020"), [.absolute(year: 2020, month: 2, day: 4, hint: .none, weekday: 2)])
    }

    func testPastAndCurrentYearWordsAndRelativeWeeks() {
        XCTAssertEqual(values("13 فبراير الماضي"), [.absolute(year: nil, month: 2, day: 13, hint: .past)])
        XCTAssertEqual(values("12 luglio scorso"), [.absolute(year: nil, month: 7, day: 12, hint: .past)])
        XCTAssertEqual(values("في يونيو الماضي"), [.absolute(year: nil, month: 6, day: nil, hint: .past)])
        XCTAssertEqual(values("في مارس من العام الجاري"), [.absolute(year: nil, month: 3, day: nil, hint: .current)])
        XCTAssertEqual(values("الخميس الماضي"), [.pastWeekday(4)])
        XCTAssertEqual(values("last Thursday"), [.pastWeekday(4)])
        XCTAssertEqual(values("الأسبوع الماضي"), [.relativeWeek(-1)])
        XCTAssertEqual(values("the day before yesterday"), [.relative(days: -2, weekday: nil)])
        XCTAssertEqual(values("في 24 من الشهر الماضي"), [.dayOfRelativeMonth(day: 24, months: -1)])
        XCTAssertEqual(values("في الخامس عشر من الشهر الجاري"), [.dayOfRelativeMonth(day: 15, months: 0)])
        XCTAssertEqual(values("on the 15th of this month"), [.dayOfRelativeMonth(day: 15, months: 0)])
        XCTAssertEqual(values("8 of last month's 12 flights"), [.relativeMonth(-1)])
        XCTAssertEqual(values("In mid-June and earlier in July"), [.absolute(year: nil, month: 6, day: nil, hint: .none),
                                                                   .absolute(year: nil, month: 7, day: nil, hint: .none)])
    }

    func testANewspaperNamedForAWeekdayIsNoDate() {
        assertSpans("The Sunday Times said the jet belonged to a Gulf state", dates)
        assertSpans("landed on ⟦Sunday⟧ Haftar's forces said", dates)
        assertSpans("⟦Monday⟧: C-130 back at Sidi Barrani", dates)
    }

    func testSlashDatesAreDayFirstUnlessTheArticleWritesMonthFirst() {
        XCTAssertEqual(values("manifest dated 06/08/2020"),
                       [.absolute(year: 2020, month: 8, day: 6, hint: .none, orderAmbiguous: true)])
        XCTAssertEqual(values("manifest dated 13/06/2020"), [.absolute(year: 2020, month: 6, day: 13, hint: .none)])
        // An American story: "June 8, 2020" and never "8 June".
        XCTAssertEqual(values("The C-17 landed June 8, 2020; the manifest is dated 06/07/2020.").last,
                       .absolute(year: 2020, month: 6, day: 7, hint: .none, orderAmbiguous: true))
        // A tweet's signature is Twitter's format, not the writer's.
        XCTAssertEqual(values("YK-BAG Damascus - Benghazi 08/03/2020 pic.twitter.com/x — Flight Intel (@FI_Levant) March 8, 2020").first,
                       .absolute(year: 2020, month: 3, day: 8, hint: .none, orderAmbiguous: true))
    }
}
