#!/usr/bin/env python3
"""Probe how Arabic place names of the genre resolve.

For every name below it writes one-sentence Arabic articles of our own wording,
`... طائرة من طراز Il-76 تحمل الرقم EW-78843 أقلعت من X وهبطت في Y ...`, with the name as
origin in one and as destination in another, runs `tailwatch extract --trace` on each and
reports what the name resolved to (the `# place` and `# event` lines).

    python3 Scripts/eval/probe_arabic_places.py [--bin .build/debug/tailwatch] [--out FILE] [--misses]

Expected values: an airport code (OAKB), `city:Name` (GeoNames ASCII name: the city itself or
any airport airports.tsv joins to it), `country:XX`, or several joined by `/`. A result is
`ok`, `wrong` (resolved to another place) or `miss` (no place at that slot). NEGATIVES are
sentences with a registration and a word that is also some town's name used as a common word
or a news outlet's name: any place found in them is a false place.

Prints a summary line per group and the totals; `--misses` lists every miss and wrong row;
`--out` writes every row as TSV (group, expected, name, slot, got, status).
"""

from __future__ import annotations

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_harness as ph  # noqa: E402  (writing, batching, reading traces back)

# (group, expected, [names as Arabic reporting writes them]). Variants: hamza or not,
# ة/ه, ى/ي, with and without ال, "مطار X الدولي", "قاعدة X الجوية", transliterations,
# Latin names inside Arabic text.
PLACES: list[tuple[str, str, list[str]]] = [
    # Libya
    ("LY", "city:Tripoli/HLLM/HLLT", ["طرابلس", "طرابلس الغرب"]),
    ("LY", "HLLM", ["معيتيقة", "مطار معيتيقة", "مطار معيتيقه الدولي", "قاعدة معيتيقة الجوية", "Mitiga"]),
    ("LY", "HLLB/city:Benghazi", ["بنغازي", "بنغازى", "مطار بنينا", "بنينا", "مطار بنينا الدولي", "مطار بنغازي"]),
    ("LY", "HLMS/city:Misratah", ["مصراتة", "مصراته", "مطار مصراتة", "مطار مصراتة الدولي", "الكلية الجوية مصراتة"]),
    ("LY", "HL69/city:Hun", ["الجفرة", "الجفره", "قاعدة الجفرة", "قاعدة الجفرة الجوية", "مطار الجفرة", "Al Jufra"]),
    ("LY", "HL77", ["الوطية", "قاعدة الوطية", "قاعدة الوطية الجوية", "الوطيه", "عقبة بن نافع"]),
    ("LY", "HL59", ["الخادم", "قاعدة الخادم", "قاعدة الخادم الجوية", "مطار الخادم"]),
    ("LY", "HLLQ", ["الأبرق", "الابرق", "مطار الأبرق", "مطار الأبرق الدولي", "مطار الابرق"]),
    ("LY", "HLTQ/city:Tobruk", ["طبرق", "مطار طبرق", "قاعدة جمال عبد الناصر", "قاعدة جمال عبدالناصر الجوية"]),
    ("LY", "HLLS/city:Sabha", ["سبها", "مطار سبها", "مطار سبها الدولي"]),
    ("LY", "HLKF/city:Al Jawf", ["الكفرة", "الكفره", "مطار الكفرة"]),
    ("LY", "HLGD/city:Sirte", ["سرت", "مطار سرت", "القرضابية", "قاعدة القرضابية", "مطار القرضابية"]),
    ("LY", "HLZN/city:Zintan", ["الزنتان", "مطار الزنتان"]),
    ("LY", "HL66", ["تمنهنت", "قاعدة تمنهنت", "قاعدة تمنهنت الجوية"]),
    ("LY", "LY-BCQ/city:Brak", ["براك الشاطئ", "قاعدة براك الشاطئ", "مطار براك"]),
    ("LY", "HLGT/city:Ghat", ["غات", "مطار غات"]),
    ("LY", "HLZW/city:Zawiya/city:Az Zawiyah", ["الزاوية", "مطار الزاوية"]),
    ("LY", "HLLQ/HLBD/city:Al Bayda", ["البيضاء", "مطار البيضاء"]),
    ("LY", "HLNF/LY-0008", ["راس لانوف", "رأس لانوف"]),
    ("LY", "HLLQ/country:LY", ["ليبيا"]),
    # Syria
    ("SY", "OSDI/city:Damascus", ["دمشق", "مطار دمشق", "مطار دمشق الدولي"]),
    ("SY", "OSLK/city:Latakia", ["حميميم", "قاعدة حميميم", "قاعدة حميميم الجوية", "مطار حميميم", "Hmeimim", "Khmeimim", "اللاذقية", "اللاذقيه", "مطار باسل الأسد", "مطار الباسل"]),
    ("SY", "OSAP/city:Aleppo", ["حلب", "مطار حلب", "مطار حلب الدولي"]),
    ("SY", "OSDZ/city:Deir ez-Zor", ["دير الزور", "مطار دير الزور"]),
    ("SY", "OSKL/city:Qamishli", ["القامشلي", "مطار القامشلي"]),
    ("SY", "OS72", ["التيفور", "قاعدة التيفور", "مطار التيفور", "قاعدة تياس", "مطار تياس"]),
    ("SY", "OS65", ["الشعيرات", "قاعدة الشعيرات", "مطار الشعيرات"]),
    ("SY", "OS67", ["المزة", "مطار المزة", "مطار المزة العسكري"]),
    ("SY", "city:Homs", ["حمص"]),
    ("SY", "city:Tartus", ["طرطوس"]),
    ("SY", "OSPR/city:Tadmur", ["تدمر", "مطار تدمر"]),
    # Sudan, South Sudan
    ("SD", "HSSK/city:Khartoum", ["الخرطوم", "مطار الخرطوم", "مطار الخرطوم الدولي"]),
    ("SD", "HSPN/HSSP/city:Port Sudan", ["بورتسودان", "بور سودان", "مطار بورتسودان", "بورسودان"]),
    ("SD", "HSMN/HSMR/city:Merowe", ["مروي", "مطار مروي"]),
    ("SD", "SD-0001", ["وادي سيدنا", "قاعدة وادي سيدنا", "قاعدة وادي سيدنا الجوية"]),
    ("SD", "HSNN/city:Nyala", ["نيالا", "مطار نيالا"]),
    ("SD", "HSFS/city:El Fasher", ["الفاشر", "مطار الفاشر"]),
    ("SD", "HSGN/HSSG/city:Geneina", ["الجنينة", "الجنينه", "مطار الجنينة"]),
    ("SD", "HSKA/city:Kassala", ["كسلا", "مطار كسلا"]),
    ("SD", "HSDN/city:Dongola", ["دنقلا", "مطار دنقلا"]),
    ("SD", "HSOB/city:El Obeid", ["مطار الأبيض"]),  # bare الأبيض (white) is left out on purpose
    ("SS", "HJJJ/city:Juba", ["جوبا", "مطار جوبا"]),
    # Egypt
    ("EG", "HECA/city:Cairo", ["القاهرة", "القاهره", "مطار القاهرة", "مطار القاهرة الدولي"]),
    ("EG", "HEBA/city:Alexandria", ["الإسكندرية", "الاسكندرية", "الإسكندريه", "مطار برج العرب"]),
    ("EG", "HEAZ", ["ألماظة", "مطار ألماظة", "قاعدة ألماظة الجوية", "مطار الماظة"]),
    ("EG", "HEMM/city:Marsa Matruh", ["مرسى مطروح", "مرسي مطروح", "مطار مرسى مطروح", "مطروح"]),
    ("EG", "HE40/HESB", ["سيدي براني", "قاعدة سيدي براني", "قاعدة محمد نجيب", "قاعدة محمد نجيب العسكرية"]),
    ("EG", "HEGN/city:Hurghada", ["الغردقة", "الغردقه", "مطار الغردقة"]),
    ("EG", "HESH/city:Sharm el-Sheikh", ["شرم الشيخ", "مطار شرم الشيخ"]),
    ("EG", "HELX/city:Luxor", ["الأقصر", "الاقصر", "مطار الأقصر"]),
    ("EG", "HESN/city:Aswan", ["أسوان", "اسوان", "مطار أسوان"]),
    ("EG", "HESX/city:Giza", ["مطار سفنكس", "سفنكس"]),
    ("EG", "HEAR/city:Arish", ["العريش", "مطار العريش"]),
    ("EG", "HEBL/city:Abu Simbel", ["أبو سمبل"]),
    # Yemen
    ("YE", "OYSN/city:Sanaa", ["صنعاء", "صنعا", "مطار صنعاء", "مطار صنعاء الدولي"]),
    ("YE", "OYAA/city:Aden", ["عدن", "مطار عدن", "مطار عدن الدولي"]),
    ("YE", "OYRN/city:Mukalla", ["المكلا", "مطار الريان", "مطار الريان الدولي"]),
    ("YE", "OYSQ", ["سقطرى", "سقطرة", "مطار سقطرى"]),
    ("YE", "OYHD/city:Al Hudaydah", ["الحديدة", "الحديده", "مطار الحديدة"]),
    ("YE", "OYTZ/city:Taiz", ["تعز", "مطار تعز"]),
    ("YE", "OYSY/city:Sayun", ["سيئون", "مطار سيئون"]),
    ("YE", "OYMB/city:Marib", ["مأرب", "مارب", "مطار مأرب"]),
    # Gulf
    ("GULF", "OERK/city:Riyadh", ["الرياض", "مطار الملك خالد", "مطار الملك خالد الدولي"]),
    ("GULF", "OEJN/city:Jeddah", ["جدة", "جده", "مطار الملك عبدالعزيز", "مطار الملك عبد العزيز الدولي", "مطار جدة"]),
    ("GULF", "OEDF/city:Dammam", ["الدمام", "مطار الملك فهد", "مطار الدمام"]),
    ("GULF", "OEPS", ["قاعدة الأمير سلطان", "قاعدة الأمير سلطان الجوية", "قاعدة الامير سلطان الجوية", "Prince Sultan Air Base"]),
    ("GULF", "OEMA/city:Medina", ["المدينة المنورة", "المدينه المنوره"]),
    ("GULF", "OETB/city:Tabuk", ["تبوك", "مطار تبوك"]),
    ("GULF", "OTHH/OTBD/city:Doha", ["الدوحة", "الدوحه", "مطار حمد", "مطار حمد الدولي", "مطار الدوحة"]),
    ("GULF", "OTBH", ["العديد", "قاعدة العديد", "قاعدة العديد الجوية", "Al Udeid"]),
    ("GULF", "OMDB/OMDW/city:Dubai", ["دبي", "دبى", "مطار دبي", "مطار دبي الدولي", "مطار آل مكتوم"]),
    ("GULF", "OMAA/OMAD/city:Abu Dhabi", ["أبوظبي", "أبو ظبي", "ابوظبي", "ابو ظبي", "أبوظبى", "مطار أبوظبي"]),
    ("GULF", "OMAM", ["الظفرة", "قاعدة الظفرة", "قاعدة الظفرة الجوية", "Al Dhafra"]),
    ("GULF", "OMSJ/city:Sharjah", ["الشارقة", "الشارقه", "مطار الشارقة"]),
    ("GULF", "OMFJ/city:Fujairah", ["الفجيرة", "مطار الفجيرة"]),
    ("GULF", "OMRK/city:Ras al-Khaimah", ["رأس الخيمة", "راس الخيمة"]),
    ("GULF", "OBBI/city:Manama", ["المنامة", "المنامه", "البحرين"]),
    ("GULF", "OKBK/city:Kuwait City/country:KW", ["الكويت", "مطار الكويت", "مطار الكويت الدولي"]),
    ("GULF", "OKAS", ["قاعدة علي السالم", "قاعدة علي السالم الجوية"]),
    ("GULF", "OOMS/city:Muscat", ["مسقط", "مطار مسقط", "مطار مسقط الدولي"]),
    ("GULF", "OOSA/city:Salalah", ["صلالة", "مطار صلالة"]),
    # Iraq
    ("IQ", "ORBI/city:Baghdad", ["بغداد", "مطار بغداد", "مطار بغداد الدولي"]),
    ("IQ", "ORER/city:Erbil", ["أربيل", "اربيل", "إربيل", "مطار أربيل", "مطار أربيل الدولي", "Erbil"]),
    ("IQ", "ORMM/city:Basrah", ["البصرة", "البصره", "مطار البصرة"]),
    ("IQ", "ORAA", ["عين الأسد", "قاعدة عين الأسد", "قاعدة عين الاسد الجوية", "Ain al-Asad"]),
    ("IQ", "ORSU/city:Sulaymaniyah", ["السليمانية", "السليمانيه", "مطار السليمانية"]),
    ("IQ", "ORNI/city:Najaf", ["النجف", "مطار النجف"]),
    ("IQ", "ORBM/city:Mosul", ["الموصل", "مطار الموصل"]),
    ("IQ", "ORBD", ["قاعدة بلد", "قاعدة بلد الجوية"]),
    # Iran
    ("IR", "OIIE/OIII/city:Tehran", ["طهران", "مطار طهران", "مطار الإمام الخميني", "مطار مهر آباد", "مطار مهرآباد"]),
    ("IR", "OIFM/city:Isfahan", ["أصفهان", "اصفهان"]),
    ("IR", "OISS/city:Shiraz", ["شيراز"]),
    ("IR", "OIMM/city:Mashhad", ["مشهد"]),
    ("IR", "OIKB/city:Bandar Abbas", ["بندر عباس"]),
    ("IR", "OITT/city:Tabriz", ["تبريز"]),
    # Levant
    ("JO", "OJAI/OJAM/city:Amman", ["مطار الملكة علياء", "مطار الملكة علياء الدولي", "مطار ماركا"]),
    ("JO", "OJMS", ["قاعدة موفق السلطي", "قاعدة موفق السلطي الجوية", "الأزرق"]),
    ("JO", "OJAQ/city:Aqaba", ["العقبة", "العقبه", "مطار العقبة"]),
    ("LB", "OLBA/city:Beirut", ["بيروت", "مطار بيروت", "مطار رفيق الحريري", "مطار رفيق الحريري الدولي"]),
    ("LB", "OLKA", ["القليعات", "مطار القليعات"]),
    ("IL", "LLBG/city:Tel Aviv", ["تل أبيب", "تل ابيب", "مطار بن غوريون", "مطار بن جوريون", "بن غوريون"]),
    ("IL", "LLNV", ["نيفاتيم", "قاعدة نيفاتيم", "قاعدة نيفاتيم الجوية"]),
    ("IL", "LLOV/city:Eilat", ["إيلات", "ايلات", "رامون", "مطار رامون"]),
    ("IL", "city:Jerusalem", ["القدس"]),
    # Turkey
    ("TR", "LTFM/LTBA/LTFJ/city:Istanbul", ["إسطنبول", "اسطنبول", "استانبول", "إستانبول", "مطار إسطنبول", "مطار اسطنبول"]),
    ("TR", "LTBA", ["مطار أتاتورك", "مطار اتاتورك"]),
    ("TR", "LTAC/LTAE/city:Ankara", ["أنقرة", "انقرة", "أنقره", "مطار أنقرة"]),
    ("TR", "LTAG", ["إنجرليك", "انجرليك", "قاعدة إنجرليك", "قاعدة انجرليك الجوية", "Incirlik"]),
    ("TR", "LTAF/LTAG/city:Adana", ["أضنة", "اضنة", "أضنه"]),
    ("TR", "LTAU/city:Kayseri", ["قيصري", "قيصرية", "قاعدة قيصري"]),
    ("TR", "LTAN/city:Konya", ["قونية", "قونيه"]),
    ("TR", "LTAI/city:Antalya", ["أنطاليا", "انطاليا"]),
    ("TR", "LTBJ/city:Izmir", ["إزمير", "ازمير"]),
    ("TR", "LTCC/city:Diyarbakir", ["ديار بكر", "ديار بكير", "دياربكر"]),
    ("TR", "LTAJ/city:Gaziantep", ["غازي عنتاب", "عنتاب"]),
    ("TR", "LTCG/city:Trabzon", ["طرابزون"]),
    ("TR", "LTAE", ["قاعدة أكينجي", "قاعدة أكنجي الجوية", "أكينجي"]),
    ("TR", "LTAH/city:Afyonkarahisar", ["أفيون", "أفيون قره حصار"]),
    ("TR", "LTAP/LTFC/city:Isparta", ["إسبرطة", "اسبرطة"]),
    # Russia
    ("RU", "city:Moscow/UUEE/UUDD/UUWW", ["موسكو", "موسكوفا"]),
    ("RU", "UUEE", ["مطار شيريميتيفو", "شيريميتيفو", "شيرميتييفو"]),
    ("RU", "UUDD", ["مطار دوموديدوفو", "دوموديدوفو"]),
    ("RU", "UUWW", ["مطار فنوكوفو", "فنوكوفو"]),
    ("RU", "UUMU", ["مطار تشكالوفسكي", "تشكالوفسكي", "قاعدة تشكالوفسكي"]),
    ("RU", "URRP/city:Rostov-na-Donu", ["روستوف", "روستوف على الدون", "روستوف أون دون", "مطار روستوف"]),
    ("RU", "URSS/city:Sochi", ["سوتشي", "سوتشى"]),
    ("RU", "RU-0152/city:Mozdok", ["موزدوك", "قاعدة موزدوك", "مطار موزدوك"]),
    ("RU", "ULLI/city:Saint Petersburg", ["سانت بطرسبرغ", "سان بطرسبورغ", "بطرسبورغ", "سانت بطرسبورغ"]),
    ("RU", "URKK/city:Krasnodar", ["كراسنودار"]),
    ("RU", "UWWW/city:Samara", ["سامارا"]),
    ("RU", "USSS/city:Yekaterinburg", ["يكاترينبورغ"]),
    ("RU", "UWKD/city:Kazan", ["قازان", "كازان"]),
    ("RU", "UUOO/city:Voronezh", ["فورونيج"]),
    ("RU", "URWA/city:Astrakhan", ["أستراخان", "استراخان"]),
    ("RU", "URMG/RU-0035/city:Groznyy", ["غروزني"]),
    ("RU", "URMM/city:Mineralnye Vody", ["مينيرالني فودي", "مينرالني فودي"]),
    ("RU", "UHWW/city:Vladivostok", ["فلاديفوستوك"]),
    ("RU", "UNNT/city:Novosibirsk", ["نوفوسيبيرسك"]),
    ("RU", "city:Sevastopol/UKFB", ["سيفاستوبول", "سيباستوبول"]),
    ("RU", "UKFF/city:Simferopol", ["سيمفيروبول"]),
    # Belarus, Ukraine
    ("BY", "UMMS/city:Minsk", ["مينسك", "منسك", "مطار مينسك", "مطار مينسك الدولي"]),
    ("BY", "UMMA/city:Baranovichi", ["بارانوفيتشي"]),
    ("BY", "UMMG/city:Hrodna", ["غرودنو"]),
    ("BY", "UMII/city:Vitebsk", ["فيتيبسك"]),
    ("BY", "UMGG/city:Gomel", ["غوميل", "جوميل"]),
    ("UA", "UKBB/UKKK/city:Kyiv", ["كييف", "كيف", "مطار بوريسبيل", "بوريسبيل"]),
    ("UA", "UKKM", ["هوستوميل", "مطار هوستوميل", "غوستوميل", "مطار أنتونوف"]),
    ("UA", "UKLL/city:Lviv", ["لفيف", "لڤيڤ"]),
    ("UA", "UKOO/city:Odesa", ["أوديسا", "اوديسا", "أوديسة"]),
    ("UA", "UKHH/city:Kharkiv", ["خاركيف", "خاركوف"]),
    ("UA", "UKDD/city:Dnipro", ["دنيبرو", "دنيبروبتروفسك"]),
    # Sahel, Horn
    ("SAHEL", "FTTJ/city:N'Djamena", ["انجامينا", "نجامينا", "أنجمينا", "إنجامينا", "نجامينا", "أنجامينا", "مطار انجامينا"]),
    ("SAHEL", "FTTN/city:Amdjarass", ["أم جرس", "ام جرس", "أمجرس", "مطار أم جرس"]),
    ("SAHEL", "FTTC/city:Abeche", ["أبشة", "ابشة", "أبيشي"]),
    ("SAHEL", "FTTY/city:Faya-Largeau", ["فايا لارجو", "فايا"]),
    ("SAHEL", "DRRN/city:Niamey", ["نيامي", "نيامى", "مطار نيامي"]),
    ("SAHEL", "DRZA/city:Agadez", ["أغاديز", "اغاديز", "أقاديز"]),
    ("SAHEL", "GABS/city:Bamako", ["باماكو", "مطار باماكو"]),
    ("SAHEL", "GAGO/city:Gao", ["غاو", "مطار غاو"]),
    ("SAHEL", "GATB/city:Timbuktu", ["تمبكتو", "تومبوكتو"]),
    ("SAHEL", "DFFD/city:Ouagadougou", ["واغادوغو", "واجادوجو", "واغادوغو"]),
    ("SAHEL", "GQNO/city:Nouakchott", ["نواكشوط", "مطار نواكشوط"]),
    ("HORN", "HHAS/city:Asmara", ["أسمرة", "اسمرة", "أسمرا", "مطار أسمرة"]),
    ("HORN", "HHSB/city:Assab", ["عصب", "ميناء عصب", "مطار عصب"]),
    ("HORN", "HHMS/city:Massawa", ["مصوع", "مطار مصوع"]),
    ("HORN", "HAAB/city:Addis Ababa", ["أديس أبابا", "اديس ابابا", "أديس ابابا", "مطار بولي", "مطار بولي الدولي"]),
    ("HORN", "HCMM/city:Mogadishu", ["مقديشو", "مقديشيو", "مطار آدم عدي", "مطار مقديشو"]),
    ("HORN", "HCMI/city:Berbera", ["بربرة", "بربره", "مطار بربرة"]),
    ("HORN", "HCMH/city:Hargeysa", ["هرجيسا", "هرغيسا"]),
    ("HORN", "HCMF/city:Bosaso", ["بوصاصو", "بوساسو"]),
    ("HORN", "HDAM/city:Djibouti", ["جيبوتي", "جيبوتى", "مطار جيبوتي", "معسكر ليمونييه"]),
    ("HORN", "HKJK/city:Nairobi", ["نيروبي"]),
    ("HORN", "HUEN/city:Entebbe", ["عنتيبي"]),
    # Maghreb
    ("MAGHREB", "DTTA/city:Tunis", ["تونس العاصمة", "مطار تونس قرطاج", "مطار قرطاج"]),
    ("MAGHREB", "DTTJ/city:Djerba", ["جربة", "جربه", "مطار جربة"]),
    ("MAGHREB", "DTTX/city:Sfax", ["صفاقس"]),
    ("MAGHREB", "DTMB/city:Monastir", ["المنستير"]),
    ("MAGHREB", "DAAG/city:Algiers", ["الجزائر العاصمة", "مطار هواري بومدين"]),
    ("MAGHREB", "DAOO/city:Oran", ["وهران"]),
    ("MAGHREB", "DAAT/city:Tamanrasset", ["تمنراست"]),
    ("MAGHREB", "GMMN/city:Casablanca", ["الدار البيضاء", "مطار محمد الخامس"]),
    ("MAGHREB", "GMME/city:Rabat", ["الرباط"]),
    # Mediterranean
    ("MED", "LCLK/city:Larnaca", ["لارنكا", "لارناكا", "مطار لارنكا"]),
    ("MED", "LCPH/city:Paphos", ["بافوس"]),
    ("MED", "LCRA", ["أكروتيري", "اكروتيري", "قاعدة أكروتيري", "Akrotiri"]),
    ("MED", "city:Nicosia/LCEN", ["نيقوسيا"]),
    ("MED", "LGAV/city:Athens", ["أثينا", "اثينا", "مطار أثينا"]),
    ("MED", "LGSA", ["خليج سودا", "قاعدة سودا", "سودا", "Souda"]),
    ("MED", "LGIR/city:Heraklion", ["هيراكليون"]),
    ("MED", "LGEL", ["إليفسينا", "قاعدة إليفسينا"]),
    ("MED", "LGTS/city:Thessaloniki", ["سالونيك", "ثيسالونيكي"]),
    ("MED", "LMML/city:Valletta/country:MT", ["مالطا", "مالطة", "فاليتا", "مطار مالطا"]),
    ("MED", "LIRF/LIRA/city:Rome", ["روما", "مطار فيوميتشينو", "مطار تشامبينو", "تشامبينو"]),
    ("MED", "LICZ", ["سيغونيلا", "سيجونيلا", "قاعدة سيغونيلا", "Sigonella"]),
    ("MED", "LIMC/LIML/city:Milan", ["ميلانو", "ميلان"]),
    ("MED", "LIRN/city:Naples", ["نابولي"]),
    ("MED", "LICC/city:Catania", ["كاتانيا"]),
    ("MED", "LICJ/city:Palermo", ["باليرمو"]),
    ("MED", "LICD", ["لامبيدوزا", "لامبادوزا"]),
    ("MED", "LIPA", ["أفيانو", "قاعدة أفيانو"]),
    ("MED", "LIRP/city:Pisa", ["بيزا"]),
    # Afghanistan, Pakistan, Central Asia, Caucasus
    ("ASIA", "OAKB/city:Kabul", ["كابول", "كابل", "مطار كابول", "مطار كابول الدولي", "مطار حامد كرزاي"]),
    ("ASIA", "OAIX", ["باغرام", "قاعدة باغرام", "قاعدة باغرام الجوية", "بغرام", "Bagram"]),
    ("ASIA", "OAKN/city:Kandahar", ["قندهار"]),
    ("ASIA", "OAMS/city:Mazar-e Sharif", ["مزار شريف"]),
    ("ASIA", "OAHR/city:Herat", ["هرات"]),
    ("ASIA", "OPIS/city:Islamabad", ["إسلام آباد", "اسلام اباد", "إسلام أباد", "إسلام اباد"]),
    ("ASIA", "OPKC/city:Karachi", ["كراتشي", "كراتشى"]),
    ("ASIA", "OPLA/city:Lahore", ["لاهور"]),
    ("ASIA", "OPRN/city:Rawalpindi", ["راولبندي"]),
    ("ASIA", "UTTT/city:Tashkent", ["طشقند"]),
    ("ASIA", "UTDD/city:Dushanbe", ["دوشنبه", "دوشانبي"]),
    ("ASIA", "UAAA/city:Almaty", ["ألماتي", "الماتي", "ألما آتا"]),
    ("ASIA", "UACC/city:Astana", ["أستانا", "استانا", "نور سلطان"]),
    ("ASIA", "UCFM/city:Bishkek", ["بيشكيك", "مطار ماناس"]),
    ("ASIA", "UTAA/city:Ashgabat", ["عشق آباد", "عشق أباد", "عشقباد"]),
    ("ASIA", "UBBB/city:Baku", ["باكو", "مطار باكو"]),
    ("ASIA", "UGTB/city:Tbilisi", ["تبليسي"]),
    ("ASIA", "UDYZ/city:Yerevan", ["يريفان"]),
    ("ASIA", "OMDB/VIDP/city:New Delhi/city:Delhi", ["نيودلهي", "نيو دلهي"]),
    # Balkans, Eastern Europe
    ("BALKANS", "LYBE/city:Belgrade", ["بلغراد", "بلجراد", "مطار بلغراد"]),
    ("BALKANS", "LQSA/city:Sarajevo", ["سراييفو", "سراجيفو"]),
    ("BALKANS", "LATI/city:Tirana", ["تيرانا"]),
    ("BALKANS", "BKPR/city:Pristina", ["بريشتينا"]),
    ("BALKANS", "LWSK/city:Skopje", ["سكوبيه", "سكوبيي"]),
    ("BALKANS", "LDZA/city:Zagreb", ["زغرب", "زغرِب", "زاغرب"]),
    ("BALKANS", "LBSF/city:Sofia", ["صوفيا"]),
    ("BALKANS", "LBBG/city:Burgas", ["بورغاس"]),
    ("BALKANS", "LROP/city:Bucharest", ["بوخارست"]),
    ("BALKANS", "LRCK", ["قاعدة ميخائيل كوغالنيسينو", "ميخائيل كوغالنيتشانو"]),
    ("BALKANS", "LHBP/city:Budapest", ["بودابست"]),
    ("BALKANS", "EPWA/city:Warsaw", ["وارسو"]),
    ("BALKANS", "EPRZ/city:Rzeszow", ["جيشوف", "رزيسزو"]),
    ("BALKANS", "LKPR/city:Prague", ["براغ"]),
    ("BALKANS", "LUKK/city:Chisinau", ["كيشيناو"]),
    # Western Europe
    ("EUROPE", "city:London/EGLL/EGKK/EGSS/EGGW/EGLC", ["لندن"]),
    ("EUROPE", "city:Paris/LFPG/LFPO/LFPB", ["باريس"]),
    ("EUROPE", "LFPB", ["مطار لوبورجيه", "لوبورجيه", "لو بورجيه"]),
    ("EUROPE", "city:Berlin/EDDB", ["برلين"]),
    ("EUROPE", "EDDM/city:Munich", ["ميونخ", "ميونيخ", "مطار ميونخ"]),
    ("EUROPE", "EDDF/city:Frankfurt am Main", ["فرانكفورت"]),
    ("EUROPE", "ETAR", ["رامشتاين", "رامشتاين", "قاعدة رامشتاين", "قاعدة رامشتاين الجوية", "Ramstein"]),
    ("EUROPE", "EDDK/city:Cologne", ["كولونيا"]),
    ("EUROPE", "EBBR/city:Brussels", ["بروكسل"]),
    ("EUROPE", "EHAM/city:Amsterdam", ["أمستردام", "امستردام"]),
    ("EUROPE", "LSGG/city:Geneva", ["جنيف"]),
    ("EUROPE", "LSZH/city:Zurich", ["زيورخ"]),
    ("EUROPE", "LOWW/city:Vienna", ["فيينا"]),
    ("EUROPE", "LEMD/city:Madrid", ["مدريد"]),
    ("EUROPE", "LEBL/city:Barcelona", ["برشلونة"]),
    ("EUROPE", "LPPT/city:Lisbon", ["لشبونة", "لشبونه"]),
    ("EUROPE", "EKCH/city:Copenhagen", ["كوبنهاغن", "كوبنهاجن"]),
    ("EUROPE", "ENGM/city:Oslo", ["أوسلو", "اوسلو"]),
    ("EUROPE", "ESSA/city:Stockholm", ["ستوكهولم"]),
    ("EUROPE", "EFHK/city:Helsinki", ["هلسنكي"]),
    ("EUROPE", "EIDW/city:Dublin", ["دبلن"]),
    ("EUROPE", "LFMN/city:Nice", ["نيس"]),
    ("EUROPE", "LFML/city:Marseille", ["مرسيليا"]),
    ("EUROPE", "LFBO/city:Toulouse", ["تولوز"]),
    ("EUROPE", "EGUN", ["ميلدنهال", "قاعدة ميلدنهال"]),
    ("EUROPE", "EGVN", ["بريز نورتون", "قاعدة بريز نورتون"]),
    # Elsewhere the genre names
    ("OTHER", "ZBAA/ZBAD/city:Beijing", ["بكين"]),
    ("OTHER", "city:Chengdu/ZUUU/ZUTF", ["تشنغدو", "شنغدو"]),
    ("OTHER", "VIDP/city:New Delhi", ["نيودلهي"]),
    ("OTHER", "KADW", ["قاعدة أندروز", "قاعدة أندروز الجوية"]),
    ("OTHER", "city:Washington/KIAD/KDCA", ["واشنطن"]),
    ("OTHER", "city:Caracas/SVMI", ["كاراكاس"]),
    ("OTHER", "SKBO/city:Bogota", ["بوغوتا"]),
    ("OTHER", "city:Havana/MUHA", ["هافانا"]),
]

# Sentences of our own with a registration and a word that GeoNames lists as some town's
# name, used as a common word or an outlet's name: no place may be found in them.
NEGATIVES: list[str] = [
    "قال مسؤول إن الأمل كبير في عودة الرحلات وإن الطائرة EW-78843 لم تغادر بعد.",
    "أكدت المصادر أن النصر قريب وأن الطائرة UR-CAG بقيت في مكانها.",
    "ذكرت قناة الجزيرة أن الطائرة RA-78830 من طراز Il-76 لم تقلع.",
    "نقلت قناة العربية عن مصدر أن الطائرة 5A-DRR تخضع للصيانة.",
    "أفادت صحيفة الوطن بأن الطائرة EW-78843 مملوكة لشركة خاصة.",
    "نشرت صحيفة الأهرام تقريرا عن الطائرة UR-CAG دون ذكر وجهتها.",
    "قالت قناة الحدث إن الطائرة RA-78830 تابعة لوزارة الدفاع.",
    "أشار موقع سكاي نيوز عربية إلى أن الطائرة 5A-DRR جديدة.",
    "تحدث التقرير عن الحرة والمسؤولية، وذكر الطائرة EW-78843 بالاسم.",
    "دعا البيان إلى الوحدة والسلام، وتحدث عن الطائرة UR-CAG.",
    "قال الخبير إن الخير في الحوار، وإن الطائرة RA-78830 تعمل بانتظام.",
    "ظهرت الطائرة 5A-DRR في صورة نشرها حساب المنار على تويتر.",
    "أوضح المصدر أن الطائرة EW-78843 خضعت لفحص شامل في ورشة الشركة.",
    "قال إن الطائرة UR-CAG من طراز An-124 وإن حمولتها كانت كبيرة.",
    "ذكرت صحيفة الشرق الأوسط أن الطائرة RA-78830 تابعة لشركة روسية.",
    "قالت مصادر إن الطائرة 5A-DRR كانت خالية من الركاب وفق ما أفاد به الشهود.",
    "أكد الناطق باسم الجيش أن الطائرة EW-78843 لا علاقة لها بالحرب.",
    "قال التقرير إن الطائرة UR-CAG نفذت مهمة إنسانية في إطار برنامج الغذاء.",
    "نشر مرصد الطيران صورا للطائرة RA-78830 وقال إن مالكها مجهول.",
    "أوضح البيان أن الطائرة 5A-DRR لم تحمل أي أسلحة حسب تصريح المتحدث.",
    "تحدث المحلل عن الجزيرة العربية وعن الطائرة EW-78843 في حلقة النقاش.",
    "قالت الشركة إن الطائرة UR-CAG ستعود إلى الخدمة بعد شهر من الآن.",
    "قال البيت الأبيض إن الطائرة RA-78830 عبرت أجواء البحر الأبيض المتوسط دون توقف.",
    "نقل الخبر عن مصدر أن هوية مالك الطائرة 5A-DRR لا تزال مجهولة.",
    "قال مؤيدو بشار الأسد إن الطائرة EW-78843 لم تكن عقبة أمام المفاوضات.",
    "ذكر التقرير أن العديد من الطائرات بينها UR-CAG توقفت عن العمل بسبب كورونا.",
    "وصل الوفد إلى منطقة برقة بينما بقيت الطائرة RA-78830 في حظيرتها.",
    "تحدث المسؤول عن الطائرة 5A-DRR في إطار حديثه عن الأسطول خلال الأشهر الماضية.",
]

REGS = ["EW-78843", "UR-CAG", "RA-78830", "5A-DRR"]
# The other end of each probe sentence: Mitiga (HLLM), or Athens (LGAV) for names that may
# themselves be Mitiga or Tripoli.
PARTNERS = {"HLLM": "مطار معيتيقة", "LGAV": "مطار أثينا"}


def partner_for(expected: str) -> str:
    return "LGAV" if "HLLM" in expected or "Tripoli" in expected else "HLLM"


def sentence(reg: str, origin: str, dest: str, landed: str = "وهبطت في ") -> str:
    return (f"date 2021-03-02\nأفاد مصدر ملاحي بأن طائرة من طراز Il-76 تحمل الرقم {reg} "
            f"أقلعت من {origin} {landed}{dest} يوم 1 مارس 2021.\n")


def probes(reg: str, name: str, partner: str) -> list[tuple[str, str]]:
    """Three sentences per name: as origin ("أقلعت من X"), as destination ("وهبطت في X"), and as a
    destination with a clitic: "وهبطت بمطار X" / "بقاعدة X" for airport and base names,
    "ووصلت إلى X" / "متجهة لX"-style ("لـ" glued) for bare names, alternating."""
    PARTNER = PARTNERS[partner]
    out = [("origin", sentence(reg, name, PARTNER)), ("dest", sentence(reg, PARTNER, name))]
    if name.startswith(("مطار ", "قاعدة ")):
        out.append(("clitic", sentence(reg, PARTNER, "ب" + name, landed="وهبطت ")))
    elif re.match(r"[A-Za-z]", name):
        out.append(("clitic", sentence(reg, PARTNER, name, landed="ووصلت إلى ")))
    else:
        out.append(("clitic", sentence(reg, PARTNER, "ب" + name, landed="وهبطت ")))
    return out


def load_airports() -> dict[str, str]:
    """code -> city (ASCII-folded loosely) from airports.tsv."""
    out = {}
    path = os.path.join(ph.REPO, "Sources", "TailwatchCore", "Resources", "airports.tsv")
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            r = dict(zip(header, cells))
            out[r["code"]] = r.get("city", "")
    return out


def norm(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace("-", " ")


def accepted(expected: str, got: str, airport_city: dict[str, str]) -> bool:
    for e in expected.split("/"):
        if got == e:
            return True
        if e.startswith("city:") and got.startswith("city:") and norm(got[5:]) == norm(e[5:]):
            return True
        if e.startswith("city:") and not got.startswith(("city:", "country:", "name:")):
            if norm(airport_city.get(got, "")) == norm(e[5:]):
                return True
    return False


EVENT = re.compile(r"^# event\s+flight \S+ (.+?) → (.+?) (?:\d{4}-\S+|-) rules=")
PLACE = re.compile(r"^# place\s+s\d+ (.+?) → (.+?) role=")


def parse(lines: list[str]) -> tuple[list[tuple[str, str]], tuple[str, str] | None]:
    places, event = [], None
    for line in lines:
        if m := PLACE.match(line):
            places.append((m.group(1), m.group(2)))
        elif (m := EVENT.match(line)) and event is None:
            event = (m.group(1), m.group(2))
    return places, event


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=ph.DEFAULT_BINARY)
    ap.add_argument("--out")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    airport_city = load_airports()
    jobs = []  # (group, expected, name, slot, text)
    n = 0
    for group, expected, names in PLACES:
        for name in names:
            reg = REGS[n % len(REGS)]
            for slot, text in probes(reg, name, partner_for(expected)):
                n += 1
                jobs.append((group, expected, name, slot, text))
    negs = ["date 2021-03-02\n" + text + "\n" for text in NEGATIVES]

    def read(texts: list[str], prefix: str) -> list:
        paths = ph.write_articles(texts, prefix=prefix)
        return [parse(block) for block in ph.in_batches(lambda batch: ph.traces(binary, batch), paths, size=100)]

    results = read([j[4] for j in jobs], "probe-ar-places-")
    neg_results = read(negs, "probe-ar-places-neg-")

    rows = []
    by_group: dict[str, list[int]] = {}
    names_ok: dict[tuple[str, str], bool] = {}
    for (group, expected, name, slot, _), (places, event) in zip(jobs, results):
        got = "-"
        if event:
            got = event[0] if slot == "origin" else event[1]
        pc = partner_for(expected)
        if got in ("-", pc):
            # No event end: what the trace found, if anything, for the name.
            other = [c for (_, c) in places if c != pc]
            got = other[0] if other else "-"
            status = "miss" if not other else ("ok" if accepted(expected, got, airport_city) else "wrong")
            if status == "ok":
                status = "place-only"
        else:
            status = "ok" if accepted(expected, got, airport_city) else "wrong"
        rows.append((group, expected, name, slot, got, status))
        g = by_group.setdefault(group, [0, 0, 0, 0])
        g[0] += 1
        g[1 if status == "ok" else 2 if status in ("miss", "place-only") else 3] += 1
        key = (expected, name)
        names_ok[key] = names_ok.get(key, True) and status == "ok"

    false_places = []
    for text, (places, _) in zip(NEGATIVES, neg_results):
        for p in places:
            if p[1] != "-":  # "-": an adjective ("روسية"), which names no route end
                false_places.append((text, p[0], p[1]))

    print(f"{'group':8} {'probes':>6} {'ok':>5} {'miss':>5} {'wrong':>5}")
    tot = [0, 0, 0, 0]
    for group, g in by_group.items():
        print(f"{group:8} {g[0]:6} {g[1]:5} {g[2]:5} {g[3]:5}")
        tot = [a + b for a, b in zip(tot, g)]
    print(f"{'total':8} {tot[0]:6} {tot[1]:5} {tot[2]:5} {tot[3]:5}")
    print(f"names resolved right in every sentence: {sum(names_ok.values())} of {len(names_ok)}")
    print(f"negative sentences: {len(NEGATIVES)}, false places: {len(false_places)}")
    if args.misses:
        for r in rows:
            if r[5] != "ok":
                print("\t".join(r))
        for t, name, code in false_places:
            print(f"FALSE\t{name} → {code}\t{t}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("group\texpected\tname\tslot\tgot\tstatus\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
            for t, name, code in false_places:
                f.write(f"NEG\t-\t{name}\t-\t{code}\tfalse\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
