@testable import TailwatchCore
import XCTest

final class PlaceExtractorTests: XCTestCase {
    let knowledge = sharedKnowledge

    /// The legs the article extractor reads from one sentence, as `origin>destination` keys.
    func legs(_ text: String) -> [String] {
        let e = ArticleExtractor(knowledge: knowledge)
        let r = e.extract(text: "date 2021-03-03\n" + text + " reg:I-DIEM", source: ArticleSource(path: "t.txt", sha256: "x"))
        return r.events.filter { $0.kind == .flight }.map { "\($0.origin?.key ?? "-")>\($0.destination?.key ?? "-")" }
    }

    func testEnglishRoutes() {
        XCTAssertEqual(legs("Falcon from Rome Ciampino to Benghazi Benina #Libya."), ["LIRA>HLLB"])
        XCTAssertEqual(legs("It flew from Pisa to Misrata."), ["LIRP>HLMS"])
        XCTAssertEqual(legs("Falcon from Rome descending to #Benghazi."), ["city:Rome>HLLB"])
        XCTAssertEqual(legs("It resumed the flights between Rome and #Tripoli #Libya."), ["city:Rome>HLLM"])
        XCTAssertEqual(legs("It took off from Lampedusa and landed in Tripoli before returning to Italy."),
                       ["LICD>HLLM", "HLLM>country:IT"])
        XCTAssertEqual(legs("The jet is heading #Libya."), ["->country:LY"])
    }

    func testArabicRoutes() {
        XCTAssertEqual(legs("رحلة انطلقت من مطار روما شيامبينو الدولي في إيطاليا وهبطت بالقرب من بنغازي."), ["LIRA>HLLB"])
        XCTAssertEqual(legs("قامت برحلات سابقة إلى مطار بنينا في بنغازي."), ["->HLLB"])
        XCTAssertEqual(legs("طائرة شحن خرجت من مصراتة إلى إسطنبول."), ["HLMS>city:Istanbul"])
    }

    /// The places the article extractor finds in one sentence, as `name→key` (the name folded).
    func places(_ text: String) -> [String] {
        let e = ArticleExtractor(knowledge: knowledge)
        let m = e.readMentions("date 2021-03-03\n" + text + " reg:I-DIEM")
        let resolved = e.articlePlaces(m)
        return m.places.compactMap { p in resolved.place(of: p).map { "\(p.nameKeys.joined(separator: " "))→\($0.key)" } }
    }

    /// Names Arabic reporting writes that the tables lacked (Scripts/eval/probe_arabic_places.py):
    /// CLDR's Arabic exemplar cities (كابول, الخرطوم), bare names of bases and towns from
    /// airport_aliases.tsv, and a clitic on a two-letter first word ("بتل أبيب", "ببن غوريون").
    func testArabicNamesOfTheGenresPlaces() {
        XCTAssertEqual(legs("أقلعت من الدوحة وهبطت في كابول."), ["city:Doha>OAKB"])
        XCTAssertEqual(legs("أقلعت من الخرطوم وهبطت في مطار سرت."), ["HSSK>HLGD"])
        XCTAssertEqual(legs("أقلعت من قاعدة باغرام الجوية وهبطت في رامشتاين."), ["OAIX>ETAR"])
        XCTAssertEqual(legs("أقلعت من روستوف وهبطت بتل أبيب."), ["URRP>LLBG"])
        XCTAssertEqual(legs("أقلعت من مطار سوتشي وهبطت ببن غوريون."), ["URSS>LLBG"])
        XCTAssertEqual(legs("أقلعت من شيريميتيفو وهبطت في قاعدة عقبة بن نافع."), ["UUEE>HL77"])
        // "كابول" is also a town in Israel: the capital of Afghanistan is the one meant.
        XCTAssertEqual(places("هبطت في مطار كابول."), ["كابول→OAKB"])
    }

    /// Words GeoNames also lists as towns are not places: "البيت الأبيض" is no flight to El
    /// Obeid, "في إطار" none to Atar, "وإن" none to Van; a common word is not clitic + name
    /// ("كورونا" is not ك + Verona's "ورونا"; "برقة" not ب + Raqqa's "رقة").
    func testArabicCommonWordsAreNoPlaces() {
        XCTAssertEqual(places("قال البيت الأبيض إن الطائرة عبرت البحر الأبيض المتوسط في إطار مهمة."), [])
        XCTAssertEqual(places("ذكرت قناة الجزيرة أن هوية المالك مجهولة وإن الخبر لم يتأكد."), [])
        XCTAssertEqual(places("قال أنصار بشار الأسد إن الطائرة لم تكن عقبة أمام المحادثات في برقة بسبب كورونا."), [])
        // The names stay found where they are names: "مطار الأبيض", "مطار بشار".
        XCTAssertEqual(places("هبطت في مطار الأبيض."), ["مطار الابيض→HSOB"])
        XCTAssertEqual(places("هبطت في مطار بشار."), ["مطار بشار→DAOR"])
    }

    func testRussianRoutesAndCaseEndings() {
        XCTAssertEqual(legs("Самолёт вылетел из Москвы и приземлился в Хмеймиме."), ["city:Moscow>OSLK"])
        XCTAssertEqual(legs("Борт направился из Хмеймима в Ливию."), ["OSLK>country:LY"])
        XCTAssertEqual(legs("Ил-76 прибыл в Бенгази из Моздока."), ["RU-0152>HLLB"])
        // A capitalised word whose stem is no place.
        XCTAssertEqual(legs("Самолёт Иванова стоял на ремонте."), [])
    }

    func testTurkishCaseSuffixes() {
        XCTAssertEqual(legs("Ankara Esenboğa Havalimanı'ndan Trablus'a gitmek üzere kalkan jet."), ["LTAC>HLLM"])
    }

    func testDashesArrowsAndAirportTags() {
        XCTAssertEqual(legs("Cham Wings A320 Damascus #DAM - Benghazi #BEN, 4th rotation."), ["OSDI>HLLB"])
        XCTAssertEqual(legs("Jet Tripoli Mitiga ➝ Istanbul Airport (LTFM)."), ["HLLM>LTFM"])
        XCTAssertEqual(legs("Il-76 Sharjah–Benina this morning."), ["OMSJ>HLLB"])
    }

    func testFlightVerbsGiveInItsDirection() {
        XCTAssertEqual(legs("هبطت أمس في مطار معيتيقة قادمة من مطار تونس قرطاج الدولي."), ["DTTA>HLLM"])
        XCTAssertEqual(legs("It landed on Monday in Benghazi."), ["->HLLB"])
        XCTAssertEqual(legs("The jet is likely to land at the Air Force College in the city of Misrata."), ["->HLMS"])
    }

    func testStopsSplitALeg() {
        XCTAssertEqual(legs("It landed at Ben Gurion after a stop in Larnaca."), ["->LCLK", "LCLK>LLBG"])
        XCTAssertEqual(legs("حطت في مطار بن غوريون بعد توقف في قبرص."), ["->country:CY", "country:CY>LLBG"])
    }

    func testAndBackIsTheReturnLeg() {
        XCTAssertEqual(legs("It flew from Benina to Al Jufra and back."), ["HLLB>HL69", "HL69>HLLB"])
        XCTAssertEqual(legs("Volo da Pisa a Misurata, andata e ritorno."), ["LIRP>HLMS", "HLMS>LIRP"])
    }

    func testANamedAirportRefinesACountry() {
        XCTAssertEqual(legs("It is heading to western Libya, where it will land at Misrata."), ["->HLMS"])
        XCTAssertEqual(legs("Il-76 from Dubai to Kufra, Libya."), ["city:Dubai>HLKF"])
    }

    func testCityAirportNamesStayCityLevelWhenTheCityHasSeveral() {
        XCTAssertEqual(legs("It flew from Misrata to Istanbul Airport."), ["HLMS>city:Istanbul"])
        XCTAssertEqual(legs("It landed at Cairo International Airport from Rome's Ciampino airport."), ["LIRA>HECA"])
    }

    func testAirportNamesNewsWritesWithoutTheTablesName() {
        XCTAssertEqual(legs("وصلت الطائرة إلى مطار إسنبوغا قادمة من مطار ألماظة."), ["HEAZ>LTAC"])
        XCTAssertEqual(legs("انطلقت من بوفاريك باتجاه خليج سودا."), ["DAAK>LGSA"])
        XCTAssertEqual(legs("The Atlas flew from Brize to Amman Marka."), ["EGVN>OJAM"])
    }

    func testADepartureVerbTakesThePlaceItLeavesAsItsObject() {
        XCTAssertEqual(legs("وغادرت الطائرة A330 مصراتة متجهة إلى بنغازي."), ["HLMS>HLLB"])
        XCTAssertEqual(legs("The tanker left Sigonella for Souda Bay."), ["LICZ>LGSA"])
        // "registered to" is ownership, not a destination.
        XCTAssertEqual(legs("The jet, registered to a Delaware trust, flew to Misrata."), ["->HLMS"])
    }

    func testAPossessiveEndsTheName() {
        XCTAssertEqual(legs("The jet flew from Pisa to Tripoli's Mitiga airport."), ["LIRP>HLLM"])
    }

    func testMoreRouteWordsOfTheGenre() {
        XCTAssertEqual(legs("The A400M was inbound from Sigonella and flew back to Ankara."), ["LICZ>LTAC"], "Ankara's one public airport")
        XCTAssertEqual(legs("أقلعت الطائرة من مصراتة في اتجاه تونس قرطاج."), ["HLMS>DTTA"])
        XCTAssertEqual(legs("Il velivolo è decollato da Pisa alla volta di Misurata."), ["LIRP>HLMS"])
        // A place that names a clock is no end: "heure de Paris", "بتوقيت المغرب".
        XCTAssertEqual(legs("L'avion a décollé vers 9 h, heure de Paris, en direction de Niamey."), ["->DRRN"])
        XCTAssertEqual(legs("أقلعت على الساعة العاشرة بتوقيت المغرب، وحطت بمطار بنينا."), ["->HLLB"])
    }

    func testReturningToItsBaseEndsWhereTheLegBegan() {
        XCTAssertEqual(legs("The tanker took off from Sigonella, orbited for hours and returned to its base."), ["LICZ>LICZ"])
        XCTAssertEqual(legs("أقلعت الطائرة من مطار معيتيقة وحلقت فوق سرت ثم عادت إلى قاعدتها."), ["HLLM>HLLM"])
        // A leg with its end named keeps it.
        XCTAssertEqual(legs("It flew from Sigonella to Souda Bay, its base for the week."), ["LICZ>LGSA"])
    }

    func testTheSameAirportIsTheOneNamedLast() {
        XCTAssertEqual(legs("هبطت الطائرة في مطار معيتيقة، ثم أقلعت من المطار نفسه متجهة إلى مصراتة."), ["->HLLM", "HLLM>HLMS"])
        XCTAssertEqual(legs("It landed at Sigonella and left the same base for Souda Bay."), ["->LICZ", "LICZ>LGSA"])
    }

    func testPlacesWithoutRouteWordsMakeNoLeg() {
        XCTAssertEqual(legs("Prime Minister Abdul Hamid Dbeibah flew nowhere."), [])
        XCTAssertEqual(legs("It took off at 8:15, Paris time."), [])
        XCTAssertEqual(legs("A Kazakh-registered jet was seen."), [])
        XCTAssertEqual(legs("ستواصل قوات الوفاق التقدم نحو سرت."), [])
        XCTAssertEqual(legs("طائرة تابعة للسعودية."), [])
        XCTAssertEqual(legs("The minister met officials in Rome and Tripoli."), [])
        XCTAssertEqual(legs("The aircraft is based at Rome Ciampino."), [])
    }
}
