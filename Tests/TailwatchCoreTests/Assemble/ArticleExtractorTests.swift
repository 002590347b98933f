@testable import TailwatchCore
import XCTest

/// Whole-article rules: which aircraft a leg belongs to, which date it takes.
final class ArticleExtractorTests: XCTestCase {
    let extractor = ArticleExtractor(knowledge: sharedKnowledge)

    /// Flights as `REG origin>destination date`.
    func flights(_ text: String) -> [String] {
        extractor.extract(text: text, source: ArticleSource(path: "t.txt", sha256: "x")).events
            .filter { $0.kind == .flight }
            .map { "\($0.registration ?? "?") \($0.origin?.key ?? "-")>\($0.destination?.key ?? "-") \($0.date?.iso ?? "-")" }
    }

    func testAnUndatedLegTakesTheDateTheStoryLastStated() {
        XCTAssertEqual(flights("""
            A cargo aircraft flew to Damascus on 5 October 2021, tracking data showed.

            The Il-76TD, registration EW-78843, is operated by a state carrier. It departed Minsk National Airport and landed at Damascus International Airport.
            """), ["EW-78843 UMMS>OSDI 2021-10-05"])
    }

    func testTheNextDayCountsFromTheStory() {
        XCTAssertEqual(flights("""
            date 2020-11
            La ministre s'est rendue lundi 10 août 2020 à Niamey à bord du Falcon 7X F-RAFB.

            Le lendemain, l'appareil a quitté Niamey pour N'Djamena.
            """), ["F-RAFB ->DRRN 2020-08-10", "F-RAFB DRRN>FTTJ 2020-08-11"])
    }

    func testAMonthWrittenWithItsYearDatesItsYearlessDays() {
        XCTAssertEqual(flights("""
            During March 2022, researchers counted a dozen cargo flights to Kufra.

            On Tuesday 15 March the Il-76 UP-I7645 took off from Sharjah and landed at Kufra.
            """), ["UP-I7645 OMSJ>HLKF 2022-03-15"])
    }

    func testALedesRelativeDayWithItsWeekdayDatesTheStory() {
        XCTAssertEqual(flights("""
            date 2022-05-12 هبطت في مطار معيتيقة أمس الأربعاء طائرة شحن تركية.

            وأظهرت البيانات أن الطائرة من طراز A400M وتحمل الرقم 16-0055 التابع لسلاح الجو التركي، وقد أقلعت من قاعدة قيصري.
            """), ["16-0055 LTAU>HLLM 2022-05-11"])
    }

    func testADateInAClauseAboutThePlaceIsNotTheLegs() {
        XCTAssertEqual(flights("""
            date 2023-05-09 The Falcon 7X SU-BTX landed in Benghazi on Sunday, 7 May 2023.

            After talks, the jet left for Misrata, where the envoy was due to meet the mayor on Tuesday.
            """), ["SU-BTX ->HLLB 2023-05-07", "SU-BTX HLLB>HLMS 2023-05-07"])
    }

    func testATypeNamedAloneIsTheArticlesOneAircraftOfThatType() {
        XCTAssertEqual(flights("""
            date 2023-03-02 On 1 March 2023 a Turkish Air Force A400M, serial 16-0055, landed at Mitiga. An Italian Air Force C-130J, MM62194, was parked nearby.

            In the evening the A400M left Mitiga for Sigonella, the data show.
            """), ["16-0055 ->HLLM 2023-03-01", "16-0055 HLLM>LICZ 2023-03-01"])
    }

    func testATypeWithoutAFlightVerbIsNoFlight() {
        XCTAssertEqual(flights("""
            date 2024-02-27 Two years on, the An-225 wreck still draws crowds to Hostomel.

            The Antonov An-225, registration UR-82060, was destroyed in its hangar in February 2022.
            """), [])
        // "from … to …" with the type is a flight, verb or none.
        XCTAssertEqual(flights("""
            date 2024-02-27 Jet SX-ABC was seen at Elefsis on 26 February 2024.

            The ERJ-135 is from Elefsis to Benina today.
            """), ["SX-ABC LGEL>HLLB 2024-02-27"])
    }

    func testBothAloneIsNoFleetOfAircraft() {
        XCTAssertEqual(flights("""
            date 2024-12-17 The ERJ-135 SX-ABC took off from Elefsis and landed at Benina.

            Athens wants to press both Libyan governments over the accord and over crossings from eastern Libya.
            """), ["SX-ABC LGEL>HLLB 2024-12-17"])
    }

    func testATweetsRelativeWordsCountFromTheTweet() {
        XCTAssertEqual(flights("""
            date 2019-07-05 قالت مصادر إن الطائرة وصلت.

            Il-76TD UR-CIG left Burgas #Bulgaria this morning and is now on final for Labraq #Libya. — Spotter (@spot) July 2, 2019
            """), ["UR-CIG LBBG>HLLQ 2019-07-02"])
    }

    func testALegWithoutOriginAfterAnotherStartsWhereThatOneEnded() {
        XCTAssertEqual(flights("""
            date 2019-09-17 The jet, N418GS, flew from Washington Dulles and landed at Cairo International Airport on Sunday, Sept. 15.

            After meetings, the jet continued to Benghazi's Benina airport on Monday.
            """), ["N418GS KIAD>HECA 2019-09-15", "N418GS HECA>HLLB 2019-09-16"])
    }

    func testARouteInASentenceAboutNoFlightBelongsToNoAircraft() {
        XCTAssertEqual(flights("""
            Falcon 900LX I-DIEM landed in Benghazi on 8 June 2020.

            The forces will continue to advance towards Sirte, the government said.
            """), ["I-DIEM ->HLLB 2020-06-08"])
    }

    func testAFarOffRouteNeedsASentenceThatSpeaksOfAnAircraft() {
        // People arrive too: "a delegation arrived in Tripoli" is not the Il-76's flight, but
        // the feminine Arabic verb (agreeing with الطائرة) and "was flown" speak of an aircraft.
        XCTAssertEqual(flights("""
            date 2020-06-21 An Il-76TD with registration RA-78196 took off from Misrata and landed at Cairo West.

            The central bank said it would unify the exchange rate.

            A delegation from Berlin arrived in Tripoli for talks, officials said.
            """), ["RA-78196 HLMS>HECW 2020-06-21"])
        XCTAssertEqual(flights("""
            date 2020-06-15 رصدت مواقع التتبع طائرة الشحن التركية 14-0013 التابعة لسلاح الجو التركي.

            وبعد ساعات عادت إلى تركيا.
            """), ["14-0013 ->country:TR 2020-06-15"])
    }

    func testOrdinalsPickTheAircraftOfThePreviousParagraph() {
        XCTAssertEqual(Set(flights("""
            The three planes took off from Isparta. The first had Reg: 21-0118, the second Reg: 18-0094.
            The first flight is likely to land at Misrata. The second flight will land at Al-Watiya Air Base.
            """)), ["21-0118 LTFC>HLMS -", "18-0094 LTFC>HL77 -"])
    }
}
