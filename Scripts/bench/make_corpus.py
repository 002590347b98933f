#!/usr/bin/env python3
"""Deterministic synthetic corpus for the tailwatch benchmark (issue 5).

    python3 Scripts/bench/make_corpus.py --out DIR --articles N --seed 1

Writes N article files of about 3 KB (UTF-8 .txt) as DIR/0000/000000.txt ...
(1000 files per subfolder), in the genres of Fixtures/articles and Fixtures/seeds:
Arabic news quoting English plane-spotter tweets, English wire stories, spotter
blog posts and tweet threads, Italian and Turkish news. About 30% of the articles
(--flight-share) carry one or two flights (a registration from a fixed pool of
about 2000, a route between airports of the region, a date written as
"June 8, 2020", "13Feb2020", "٨ يونيو/حزيران 2020", "21 ottobre 2020" or
"12 Mart 2021"); the rest is news filler without flights (some of it naming
aircraft types, airports and dates, as real negatives do).

Every file starts with a ` date YYYY-MM-DD` header like the fixtures.
DIR/manifest.jsonl lists the flights each flight article was written with
(registration, origin/destination ICAO, date) and DIR/registrations.lst the pool.
Neither ends in .txt/.md/.text, so `tailwatch ingest DIR` reads only articles.

Article i depends only on (seed, i): the first K files of a corpus of any size
are the same K files, so a sample taken from the front is fixed.
Python 3 standard library only. Prints the total bytes of the article files.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys

# --------------------------------------------------------------------------- months, weekdays

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_MON3 = [m[:3] for m in EN_MONTHS]
AR_MONTHS = ["يناير/كانون الثاني", "فبراير/شباط", "مارس/آذار", "أبريل/نيسان",
             "مايو/أيار", "يونيو/حزيران", "يوليو/تموز", "أغسطس/آب",
             "سبتمبر/أيلول", "أكتوبر/تشرين الأول", "نوفمبر/تشرين الثاني",
             "ديسمبر/كانون الأول"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
             "agosto", "settembre", "ottobre", "novembre", "dicembre"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
             "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
IT_WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
TR_WEEKDAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_num(n, rng):
    s = str(n)
    return s.translate(AR_DIGITS) if rng.random() < 0.6 else s


def date_en(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def date_compact(d):
    return f"{d.day:02d}{EN_MON3[d.month - 1]}{d.year}"


def date_ar(d, rng):
    year = ar_num(d.year, rng) if rng.random() < 0.4 else str(d.year)
    return f"{ar_num(d.day, rng)} {AR_MONTHS[d.month - 1]} {year}"


def date_it(d):
    return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"


def date_tr(d):
    return f"{d.day} {TR_MONTHS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- airports
# code: (English forms, Arabic forms, Italian forms, Turkish stem)
AIRPORTS = {
    "HLLB": (["Benghazi", "Benina", "Benghazi Benina", "Benina #Benghazi"],
             ["بنغازي", "مطار بنينا", "مطار بنينا الدولي", "مطار بنغازي"],
             ["Bengasi", "Bengasi Benina"], "Bingazi"),
    "HLLM": (["Tripoli Mitiga", "Mitiga", "Mitiga Airport"],
             ["مطار معيتيقة", "معيتيقة", "مطار معيتيقة الدولي"],
             ["Tripoli Mitiga", "Mitiga"], "Mitiga"),
    "HLMS": (["Misrata", "Misrata Airport"],
             ["مصراتة", "مطار مصراتة الدولي", "الكلية الجوية بمصراتة"],
             ["Misurata"], "Misrata"),
    "HLGD": (["Sirte Ghardabiya", "Ghardabiya Airbase"],
             ["قاعدة القرضابية", "مطار سرت"], ["Sirte"], "Sirte"),
    "HL77": (["Al-Watiya", "Watiya"], ["قاعدة الوطية", "قاعدة الوطية الجوية"],
             ["al-Watiya"], "Vatiye"),
    "LIRA": (["Rome Ciampino", "Ciampino"],
             ["مطار روما شيامبينو", "شيامبينو", "مطار تشيامبينو"],
             ["Roma Ciampino", "Ciampino"], "Roma"),
    "LICZ": (["Sigonella", "NAS Sigonella"], ["قاعدة سيغونيلا"], ["Sigonella"], "Sigonella"),
    "LTFM": (["Istanbul", "Istanbul Airport"], ["مطار إسطنبول", "إسطنبول"],
             ["Istanbul"], "İstanbul"),
    "LTAC": (["Ankara", "Ankara Esenboğa"], ["أنقرة", "مطار أنقرة إيسنبوغا"],
             ["Ankara"], "Ankara"),
    "LTAG": (["Incirlik", "Incirlik Air Base"], ["قاعدة إنجرليك"], ["Incirlik"], "İncirlik"),
    "HECA": (["Cairo", "Cairo Intl"], ["القاهرة", "مطار القاهرة الدولي"],
             ["Il Cairo"], "Kahire"),
    "HECW": (["Cairo West"], ["قاعدة القاهرة غرب الجوية"], ["Cairo West"], "Kahire Batı"),
    "OMDB": (["Dubai"], ["دبي", "مطار دبي الدولي"], ["Dubai"], "Dubai"),
    "OMDW": (["Dubai World Central", "Al Maktoum Airport"], ["مطار آل مكتوم"],
             ["Dubai World Central"], "Al Maktum"),
    "OMAM": (["Al Dhafra Air Base"], ["قاعدة الظفرة الجوية"], ["Al Dhafra"], "El Dafra"),
    "OSLK": (["Latakia", "Hmeimim", "Hmeimim Air Base"],
             ["حميميم", "قاعدة حميميم الجوية", "اللاذقية"], ["Latakia", "Hmeimim"], "Lazkiye"),
    "OSDI": (["Damascus"], ["مطار دمشق الدولي", "دمشق"], ["Damasco"], "Şam"),
    "OJAI": (["Amman", "Amman Queen Alia"], ["عمّان", "مطار الملكة علياء الدولي"],
             ["Amman"], "Amman"),
    "LCLK": (["Larnaca", "Larnaca Airport"], ["لارنكا", "مطار لارنكا الدولي"],
             ["Larnaca"], "Larnaka"),
}
LIBYA = ["HLLB", "HLLM", "HLMS", "HLGD", "HL77"]
ABROAD = [c for c in AIRPORTS if c not in LIBYA]
AIRPORT_WEIGHTS = {"HLLB": 6, "HLLM": 5, "HLMS": 4, "HLGD": 1, "HL77": 1}

# --------------------------------------------------------------------------- registration pool
# prefix family: (count, make-suffix, [(type, Arabic type, operator)])
TYPES = {
    "I": [("Dassault Falcon 900LX", "داسو فالكون 900", "Italian government"),
          ("Falcon 900EX", "فالكون 900EX", "Compagnia Aeronautica Italiana"),
          ("Falcon 2000", "داسو فالكون 2000", "Italian government"),
          ("Piaggio P.180", "بياجيو P.180", "Italian government"),
          ("Gulfstream G550", "غلف ستريم G550", "Italian intelligence")],
    "MM": [("C-130J", "سي-130 جي", "Italian Air Force"),
           ("C-27J", "C-27J", "Italian Air Force"),
           ("KC-767A", "KC-767", "Italian Air Force"),
           ("Falcon 900EX", "فالكون 900EX", "Italian Air Force"),
           ("P.180", "P.180", "Italian Army")],
    "5A": [("Airbus A320", "إيرباص A320", "Libyan Airlines"),
           ("Airbus A319", "إيرباص A319", "Afriqiyah Airways"),
           ("Challenger 604", "تشالنجر 604", "Libyan government"),
           ("Il-76TD", "إليوشن Il-76", "Libyan Air Force"),
           ("Boeing 737-800", "بوينغ 737", "Buraq Air"),
           ("CRJ900", "CRJ900", "Libyan Wings")],
    "TC": [("Airbus A330", "إيرباص A330", "Turkish Airlines"),
           ("Boeing 737-800", "بوينغ 737", "Turkish Airlines"),
           ("Gulfstream G550", "غلف ستريم G550", "Turkish government"),
           ("Airbus A330F", "إيرباص A330", "MNG Airlines"),
           ("Boeing 747-400F", "بوينغ 747", "ACT Airlines"),
           ("Cessna Citation", "سيسنا سايتيشن", "Turkish Ministry of Health")],
    "TRSER": [("A400M", "إيرباص A400M", "Turkish Air Force"),
              ("C-130E", "C-130", "Turkish Air Force"),
              ("CN-235", "CN-235", "Turkish Air Force")],
    "RA": [("Il-76TD", "إليوشن Il-76", "Aviacon Zitotrans"),
           ("Tu-154M", "توبوليف Tu-154", "Russian Aerospace Forces"),
           ("Il-62M", "إليوشن Il-62", "Rossiya Special Flight Detachment"),
           ("An-124", "أنتونوف An-124", "Volga-Dnepr Airlines"),
           ("Tu-214", "توبوليف Tu-214", "Russian Ministry of Defence"),
           ("Superjet 100", "سوخوي سوبرجت", "Russian Ministry of Defence")],
    "UR": [("An-124-100", "أنتونوف An-124", "Antonov Airlines"),
           ("An-26", "أنتونوف An-26", "Ukraine Air Alliance"),
           ("Il-76TD", "إليوشن Il-76", "Ukraine Air Alliance"),
           ("An-12", "أنتونوف An-12", "Cavok Air")],
    "SU": [("C-130H", "لوكهيد C-130H", "Egyptian Air Force"),
           ("Airbus A320", "إيرباص A320", "EgyptAir"),
           ("Falcon 7X", "فالكون 7X", "Egyptian government"),
           ("Airbus A340", "إيرباص A340", "Egyptian government")],
    "A6": [("Boeing 747-400", "بوينغ 747", "UAE Presidential Flight"),
           ("Global Express", "غلوبال إكسبرس", "Royal Jet"),
           ("Airbus A320", "إيرباص A320", "Royal Jet"),
           ("Boeing 777F", "بوينغ 777", "Emirates SkyCargo")],
    "EW": [("Il-76TD", "إليوشن Il-76", "TransAVIAexport Airlines"),
           ("Il-76MD", "إليوشن Il-76", "Ruby Star"),
           ("An-12", "أنتونوف An-12", "Rada Airlines")],
    "N": [("Gulfstream G650", "غلف ستريم G650", "private owner"),
          ("Boeing 737-700", "بوينغ 737", "Phoenix Air"),
          ("C-40C", "C-40", "US Air Force"),
          ("Challenger 605", "تشالنجر 605", "private owner")],
}
POOL_SIZES = [("I", 260), ("MM", 200), ("5A", 240), ("TC", 230), ("TRSER", 60),
              ("RA", 260), ("UR", 150), ("SU", 150), ("A6", 150), ("EW", 100), ("N", 200)]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
N_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_registration(family, rng):
    L = lambda k: "".join(rng.choice(LETTERS) for _ in range(k))
    D = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if family == "I":
        return "I-" + L(4)
    if family == "MM":
        return "MM6" + rng.choice(["21", "22", "23", "24"]) + D(2)
    if family == "5A":
        return "5A-" + L(3)
    if family == "TC":
        return "TC-" + L(3)
    if family == "TRSER":
        return f"{rng.choice(['12', '13', '14', '15', '16', '17', '18'])}-00{D(2)}"
    if family == "RA":
        return "RA-" + rng.choice(["76", "78", "85", "86", "82", "64", "89"]) + D(3)
    if family == "UR":
        return "UR-" + (rng.choice(["82", "26", "76", "11"]) + D(3) if rng.random() < 0.7 else L(3))
    if family == "SU":
        return "SU-" + rng.choice("BG") + L(2)
    if family == "A6":
        return "A6-" + L(3)
    if family == "EW":
        return "EW-" + rng.choice(["76", "78"]) + D(3)
    if family == "N":
        return "N" + str(rng.randint(1, 999)) + "".join(rng.choice(N_LETTERS) for _ in range(2))
    raise ValueError(family)


def type_for(family, reg, rng):
    """A type consistent with the serial block where the block says which (RA-76…: Il-76)."""
    opts = TYPES[family]
    if family in ("RA", "UR", "EW"):
        block = reg.split("-")[1][:2]
        by_block = {"76": "Il-76", "78": "Il-76", "85": "Tu-154", "86": "Il-62",
                    "82": "An-124", "64": "Tu-214", "89": "Superjet", "26": "An-26", "11": "An-12"}
        want = by_block.get(block)
        match = [t for t in opts if want and t[0].startswith(want)]
        if match:
            return rng.choice(match)
    return rng.choice(opts)


def build_pool(seed):
    rng = random.Random(f"tailwatch-bench-pool-{seed}")
    pool, seen = [], set()
    for family, count in POOL_SIZES:
        made = 0
        while made < count:
            reg = make_registration(family, rng)
            if reg in seen:
                continue
            seen.add(reg)
            t, t_ar, op = type_for(family, reg, rng)
            pool.append({"reg": reg, "family": family, "type": t, "type_ar": t_ar, "operator": op})
            made += 1
    rng.shuffle(pool)
    return pool


# --------------------------------------------------------------------------- people, outlets
SPOTTERS = [("Arno Landewers", "ALandewers"), ("ItaMilRadar", "ItaMilRadar"),
            ("Yörük Işık", "YorukIsik"), ("Libya Flight Watch", "LyFlightWatch"),
            ("Maghreb Skies", "MaghrebSkies"), ("Gerjon", "Gerjon_"),
            ("Sandstorm ADS-B", "SandstormADSB"), ("MedSkyWatch", "MedSkyWatch"),
            ("Mr_Dz", "Mr_Dz16"), ("Oded Berkowitz", "Oded121351"),
            ("EastMed Spotter", "EastMedSpot"), ("Benina Watch", "BeninaWatch")]
AR_OUTLETS = ["إيتاميل رادار", "فلايت رادار", "فلايت أوير", "رادار بوكس", "مرصد الطيران الليبي"]
EN_BYLINES = [("TRIPOLI", "Reuters"), ("BENGHAZI", "Reuters"), ("CAIRO", "AP"),
              ("ROME", "Reuters"), ("ANKARA", "AFP"), ("MOSCOW", "Reuters"),
              ("TUNIS", "AFP"), ("WASHINGTON", "Reuters")]
AR_PEOPLE = ["خليفة حفتر", "فائز السراج", "عبد الحميد الدبيبة", "فتحي باشاغا", "عقيلة صالح",
             "غسان سلامة", "ستيفاني ويليامز", "محمد الطاهر سيالة", "خالد المشري", "يان كوبيش"]
EN_PEOPLE = ["Khalifa Haftar", "Fayez al-Serraj", "Abdul Hamid Dbeibah", "Fathi Bashagha",
             "Aguila Saleh", "Ghassan Salame", "Stephanie Williams", "Khalid al-Mishri",
             "Jan Kubis", "Mohamed Siala"]
AR_CITIES = ["طرابلس", "بنغازي", "مصراتة", "سرت", "الجفرة", "ترهونة", "غريان", "الزاوية",
             "سبها", "طبرق", "درنة", "أجدابيا", "زليتن", "صبراتة"]
EN_CITIES = ["Tripoli", "Benghazi", "Misrata", "Sirte", "Jufra", "Tarhuna", "Gharyan",
             "Zawiya", "Sabha", "Tobruk", "Derna", "Ajdabiya", "Zliten", "Sabratha"]
AR_FOREIGN = ["روما", "أنقرة", "القاهرة", "موسكو", "أبوظبي", "باريس", "برلين", "جنيف", "تونس", "الجزائر"]
EN_FOREIGN = ["Rome", "Ankara", "Cairo", "Moscow", "Abu Dhabi", "Paris", "Berlin", "Geneva",
              "Tunis", "Algiers"]
AR_CARGO = ["معدات عسكرية", "ذخائر", "منظومات دفاع جوي", "مساعدات طبية", "مرتزقة",
            "آليات مدرعة", "قطع غيار", "وفداً رسمياً"]
EN_CARGO = ["military equipment", "ammunition", "air-defence systems", "medical supplies",
            "armoured vehicles", "spare parts", "an official delegation", "humanitarian aid"]

# --------------------------------------------------------------------------- filler paragraphs
AR_FILLER = [
    "وقالت مصادر محلية في {city} إن الوضع الأمني شهد هدوءاً حذراً خلال الساعات الماضية، بعد اشتباكات متقطعة بين مجموعات مسلحة في الأحياء الجنوبية، أسفرت عن سقوط {n} جرحى على الأقل، دون أن تصدر السلطات أي بيان رسمي حتى الآن.",
    "وفي سياق متصل، دعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى الالتزام بوقف إطلاق النار واحترام مخرجات مؤتمر برلين، مؤكدة أن الحل العسكري لن يقود إلا إلى مزيد من المعاناة للمدنيين.",
    "وكان {person} قد التقى في {foreign} عدداً من المسؤولين الأوروبيين، حيث بحث معهم ملفات الهجرة غير النظامية ودعم المؤسسات الأمنية، إضافة إلى استئناف الرحلات الجوية المباشرة بين البلدين.",
    "من جهته، أكد المتحدث باسم المجلس الرئاسي أن الحكومة ماضية في تنفيذ خطتها لإعادة الإعمار في {city}، مشيراً إلى تخصيص {big} مليون دينار لصيانة الطرق والمدارس والمرافق الصحية المتضررة.",
    "وتشهد البلاد منذ سنوات انقساماً سياسياً حاداً بين حكومتين متنافستين في الشرق والغرب، فيما تتبادل الأطراف الاتهامات بخرق حظر توريد الأسلحة الذي فرضه مجلس الأمن الدولي عام 2011.",
    "وأعلنت المؤسسة الوطنية للنفط أن الإنتاج بلغ نحو {big} ألف برميل يومياً، بعد إعادة فتح عدد من الحقول والموانئ النفطية التي ظلت مغلقة لعدة أشهر بسبب الخلافات السياسية.",
    "وفي {foreign}، قالت وزارة الخارجية في بيان إنها تتابع باهتمام التطورات الميدانية في ليبيا، وتدعم كل الجهود الرامية إلى التوصل إلى تسوية سياسية شاملة تحت رعاية الأمم المتحدة.",
    "وأشار تقرير لفريق خبراء الأمم المتحدة إلى أن عدة دول أرسلت شحنات من الأسلحة والعتاد إلى طرفي النزاع، عبر رحلات جوية منتظمة وسفن شحن، في انتهاك صريح للقرارات الدولية.",
    "ويعاني سكان {city} من انقطاعات متكررة للتيار الكهربائي تصل أحياناً إلى {n} ساعات يومياً، وسط ارتفاع درجات الحرارة ونقص في الوقود وغاز الطهي.",
    "وأضاف {person}، في مؤتمر صحفي عقده يوم {weekday}، أن الحوار هو السبيل الوحيد لإنهاء الأزمة، داعياً المجتمع الدولي إلى الضغط على الأطراف الخارجية لسحب المرتزقة والمقاتلين الأجانب.",
    "وتستعد مدينة {foreign} لاستضافة جولة جديدة من المحادثات بين وفدي اللجنة العسكرية المشتركة (5+5)، لبحث آليات مراقبة وقف إطلاق النار وفتح الطريق الساحلي بين سرت ومصراتة.",
    "وذكرت وسائل إعلام محلية أن قوافل عسكرية شوهدت وهي تتحرك على الطريق الرابط بين {city} و{city2}، دون أن يتسنى التأكد من وجهتها أو الجهة التابعة لها.",
    "ويرى محللون أن التنافس الإقليمي على النفوذ في ليبيا يعقد مساعي التسوية، في ظل دعم تركيا لحكومة طرابلس، ودعم مصر والإمارات وروسيا لقوات الشرق.",
    "وكانت السلطات قد أعلنت في وقت سابق تعليق الرحلات الجوية في مطار معيتيقة لعدة ساعات، بعد سقوط قذائف بالقرب من المدرج، قبل أن تستأنف الحركة في المساء.",
    "وفي الجانب الاقتصادي، سجل سعر صرف الدينار تراجعاً جديداً في السوق الموازية، حيث بلغ الدولار الواحد نحو {n} دنانير، ما انعكس على أسعار السلع الغذائية الأساسية.",
    "ولم يصدر أي تعليق من القيادة العامة على هذه المعلومات، كما رفض مسؤولون في وزارة الدفاع الإدلاء بأي تصريح بشأنها، مكتفين بالقول إن التحقيقات جارية.",
    "وأفاد شهود عيان بأن دوي انفجارات سمع مساء {weekday} في محيط {city}، تبعه تحليق مكثف للطيران المسيّر فوق المنطقة لعدة ساعات.",
    "وتأتي هذه التطورات قبل أيام من الموعد المقرر لانطلاق ملتقى الحوار السياسي، الذي تأمل الأمم المتحدة أن يفضي إلى تشكيل سلطة تنفيذية موحدة والتحضير لانتخابات عامة.",
    "وقالت منظمة الهجرة الدولية إن نحو {big} مهاجراً اعترضهم خفر السواحل الليبي منذ بداية الشهر وأعيدوا إلى مراكز احتجاز تفتقر إلى أبسط المعايير الإنسانية.",
    "وأعلنت وزارة الصحة تسجيل {big} إصابة جديدة بفيروس كورونا خلال الساعات الأربع والعشرين الماضية، معظمها في {city} و{city2}، داعية المواطنين إلى الالتزام بالإجراءات الوقائية.",
    "وقالت الأجهزة الأمنية في {city} إنها ألقت القبض على {n} أشخاص يشتبه في انتمائهم إلى شبكة لتهريب الوقود والمهاجرين عبر الحدود الجنوبية.",
    "وطالبت منظمات حقوقية بفتح تحقيق مستقل في المقابر الجماعية التي عثر عليها قرب {city}، حيث انتشلت فرق البحث رفات {n} أشخاص على الأقل.",
    "ووصل إلى العاصمة وفد من {foreign} لبحث إعادة فتح السفارة التي أغلقت عام 2014، إضافة إلى ملفات التعاون الاقتصادي والاستثمار في قطاع الطاقة.",
    "وأكد مدير مطار معيتيقة أن الرحلات الدولية ستستأنف تدريجياً خلال الأسابيع المقبلة، بعد استكمال أعمال الصيانة في صالة الركاب والمدرج الرئيسي.",
    "وقال الناطق باسم الحكومة إن المجلس الرئاسي سيعقد اجتماعاً طارئاً يوم {weekday} لبحث الأوضاع الأمنية في {city}، بحضور قادة الأجهزة العسكرية والأمنية.",
    "وشدد البيان الختامي للاجتماع على ضرورة توحيد المؤسسة العسكرية والمصرف المركزي، ووضع جدول زمني واضح لخروج جميع القوات الأجنبية من الأراضي الليبية.",
]
EN_FILLER = [
    "The United Nations Support Mission in Libya urged all parties to respect the ceasefire and to refrain from any escalation that could endanger civilians, in a statement issued on {weekday}.",
    "{person} met senior officials in {foreign} earlier in the week to discuss migration, security cooperation and the resumption of direct commercial flights, according to his office.",
    "Libya has been split since 2014 between rival administrations in the east and west, each backed by foreign powers. A UN arms embargo imposed in 2011 has been widely flouted, according to UN experts.",
    "The National Oil Corporation said output had recovered to about {big} thousand barrels per day after several fields and export terminals reopened following months of blockade.",
    "Residents of {city} reported power cuts of up to {n} hours a day, as temperatures rose and fuel shortages led to long queues at petrol stations across the country.",
    "Analysts say regional rivalry complicates mediation efforts: Turkey backs the Tripoli-based government, while Egypt, the United Arab Emirates and Russia have supported forces in the east.",
    "A UN panel of experts said in its latest report that several states had supplied weapons and fighters to both sides, using regular cargo flights and ships in breach of the embargo.",
    "Talks of the joint military commission, known as 5+5, are expected to resume in {foreign} next week, with the reopening of the coastal road between Sirte and Misrata high on the agenda.",
    "Witnesses in {city} said explosions were heard late on {weekday}, followed by the sound of drones circling overhead for several hours. There was no immediate claim of responsibility.",
    "The dinar weakened again on the parallel market, trading at about {n} to the dollar, pushing up the prices of basic foodstuffs, traders in {city} said.",
    "The International Organization for Migration said about {big} migrants had been intercepted at sea and returned to Libya since the start of the month, many to overcrowded detention centres.",
    "A spokesman for the eastern-based command declined to comment. Officials at the defence ministry in Tripoli did not respond to requests for comment by phone and email.",
    "Flights at Mitiga airport were suspended for several hours after shells landed near the runway, the airport authority said, before traffic resumed in the evening.",
    "The European Union's naval operation Irini, launched to enforce the embargo at sea, has acknowledged that it has no means to monitor deliveries by air or over land borders.",
    "Diplomats said a draft resolution circulated at the Security Council would extend the mandate of the UN mission by {n} months and call for the withdrawal of all foreign fighters.",
    "Turkey's air force operates A400M and C-130 transports, and Airbus confirmed further A400M deliveries under a revised schedule; none were identified on the Libya route this week.",
    "Oil workers at the {city} terminal staged a sit-in over unpaid wages, the union said, warning that exports could be disrupted if salaries for the past {n} months were not paid.",
    "The health ministry reported {big} new coronavirus cases in the past 24 hours, most of them in {city} and {city2}, and said vaccination centres would open on {weekday}.",
    "{person} said in a televised speech that elections should be held on schedule, and accused unnamed foreign powers of trying to derail the political process.",
    "Security forces in {city} said they had arrested {n} suspected members of a smuggling network accused of trafficking fuel and migrants across the southern border.",
    "The UN envoy briefed the Security Council by video link, saying that the ceasefire was largely holding but that the presence of mercenaries remained the main obstacle to stability.",
    "Schools in {city} reopened after a delay of {n} weeks, the education ministry said, though many buildings damaged in last year's fighting have yet to be repaired.",
    "A delegation from {foreign} arrived in Tripoli for talks on reopening its embassy, which closed in 2014 when fighting reached the capital, officials said.",
    "Local authorities in {city} said a water pipeline from the Great Man-Made River had been repaired after an attack by armed men cut supplies to several towns for {n} days.",
    "Human rights groups called for an independent investigation into mass graves found near {city}, where the bodies of at least {n} people were recovered, according to the justice ministry.",
    "Commercial flights between Tripoli and {foreign} are due to resume next month, the transport ministry said, after a suspension of more than {n} years.",
    "Convoys were seen moving along the road between {city} and {city2}, local media reported, though it was not possible to verify who they belonged to or where they were heading.",
    "The central bank said it would unify the exchange rate from next month, a step economists have long called for to curb the black market and reduce the cost of imports.",
]
IT_FILLER = [
    "Fonti della Farnesina non hanno commentato. Il ministro degli Esteri è atteso nei prossimi giorni a {foreign_it}, mentre proseguono i colloqui della commissione militare congiunta 5+5.",
    "L'Italia mantiene a Misurata un ospedale militare da campo e un contingente di circa {big} militari, nell'ambito della missione bilaterale di assistenza e supporto.",
    "Secondo gli analisti, la competizione tra Turchia, Egitto, Emirati e Russia continua a complicare gli sforzi di mediazione delle Nazioni Unite.",
    "La missione europea Irini, nata per far rispettare l'embargo sulle armi, ammette di non avere strumenti per controllare i voli cargo diretti in Libia.",
    "Nel frattempo a {city_it} la situazione resta tesa: ieri sera sono stati segnalati scontri tra milizie rivali, con almeno {n} feriti secondo fonti locali.",
    "Il governo di unità nazionale ha annunciato un piano di ricostruzione da {big} milioni di dinari per strade, scuole e ospedali danneggiati dalla guerra.",
]
TR_FILLER = [
    "Dışişleri Bakanlığı'ndan yapılan açıklamada, Libya'daki ateşkesin korunması ve siyasi sürecin BM gözetiminde ilerlemesi gerektiği vurgulandı.",
    "Yetkililer, bölgedeki hastanelere {big} ton tıbbi malzeme ulaştırıldığını ve yardımların önümüzdeki haftalarda süreceğini bildirdi.",
    "Uzmanlar, Libya'daki bölgesel rekabetin arabuluculuk çabalarını zorlaştırdığını, yabancı savaşçıların çekilmesinin ise hâlâ belirsiz olduğunu belirtiyor.",
    "Türk Hava Yolları, Trablus seferlerini haftada {n} sefere çıkaracağını açıkladı; bilet satışlarının önümüzdeki günlerde başlaması bekleniyor.",
    "Toplantıda enerji, altyapı ve güvenlik alanlarında işbirliği ele alındı; taraflar ortak bir çalışma grubu kurulması konusunda uzlaştı.",
    "Bakanlık verilerine göre ambulans uçaklar geçen yıl {big} hastayı taşıdı; uçuşların büyük bölümü gece saatlerinde gerçekleştirildi.",
]
IT_CITIES = ["Tripoli", "Bengasi", "Misurata", "Sirte", "Zawiya"]
IT_FOREIGN = ["Tripoli", "Bengasi", "Ginevra", "Berlino", "Ankara", "Il Cairo"]
TR_CITIES = ["Trablus", "Bingazi", "Misrata", "Ankara"]


def fill(template, rng, lang):
    cities = {"ar": AR_CITIES, "en": EN_CITIES, "it": IT_CITIES, "tr": TR_CITIES}[lang]
    c1, c2 = rng.sample(cities, 2)
    wd = {"ar": AR_WEEKDAYS, "en": EN_WEEKDAYS, "it": IT_WEEKDAYS, "tr": TR_WEEKDAYS}[lang]
    return template.format(
        city=c1, city2=c2, n=rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 18]),
        big=rng.choice([120, 250, 300, 450, 600, 750, 900, 1200, 1500]),
        person=rng.choice(AR_PEOPLE if lang == "ar" else EN_PEOPLE),
        foreign=rng.choice(AR_FOREIGN if lang == "ar" else EN_FOREIGN),
        foreign_it=rng.choice(IT_FOREIGN), city_it=c1,
        weekday=rng.choice(wd))


# --------------------------------------------------------------------------- Turkish suffixes
BACK, FRONT = set("aıouAIOU"), set("eiöüEİÖÜ")
HARD = set("çfhkpsştÇFHKPSŞT")


def tr_suffix(name, kind):
    """Ablative (-dan/-den/-tan/-ten) or dative (-a/-e/-ya/-ye) with an apostrophe."""
    last_vowel = next((ch for ch in reversed(name) if ch in BACK or ch in FRONT), "a")
    front = last_vowel in FRONT
    end = name[-1]
    if kind == "abl":
        d = "t" if end in HARD else "d"
        return f"{name}'{d}{'en' if front else 'an'}"
    v = "e" if front else "a"
    return f"{name}'{'y' + v if end in BACK or end in FRONT else v}"


# --------------------------------------------------------------------------- flights
class Flight:
    def __init__(self, ac, origin, dest, date, hhmm):
        self.ac, self.origin, self.dest, self.date, self.hhmm = ac, origin, dest, date, hhmm

    def manifest(self):
        return {"registration": self.ac["reg"], "origin": self.origin,
                "destination": self.dest, "date": self.date.isoformat()}


def pick_aircraft(pool, rng):
    # Skewed: a few aircraft fly often (long histories), most appear a handful of times.
    return pool[int(len(pool) * rng.random() ** 2.2)]


def weighted_airport(codes, rng):
    return rng.choices(codes, weights=[AIRPORT_WEIGHTS.get(c, 1) for c in codes])[0]


def make_flight(pool, rng, date=None):
    ac = pick_aircraft(pool, rng)
    libya = weighted_airport(LIBYA, rng)
    other = rng.choice(ABROAD) if rng.random() < 0.85 else rng.choice([c for c in LIBYA if c != libya])
    origin, dest = (other, libya) if rng.random() < 0.65 else (libya, other)
    if date is None:
        date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    hhmm = f"{rng.randrange(24):02d}{rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"
    return Flight(ac, origin, dest, date, hhmm)


def en_name(code, rng):
    return rng.choice(AIRPORTS[code][0])


def ar_name(code, rng):
    return rng.choice(AIRPORTS[code][1])


def it_name(code, rng):
    return rng.choice(AIRPORTS[code][2])


def a_an(phrase):
    return ("an " if phrase[0] in "AEIOU" and not phrase.startswith("U") or phrase.startswith(("Il-", "An-", "A3", "A4")) else "a ") + phrase


def tweet(f, rng):
    name, handle = rng.choice(SPOTTERS)
    o, d = en_name(f.origin, rng), en_name(f.dest, rng)
    reg, t, op = f.ac["reg"], f.ac["type"], f.ac["operator"]
    hh, mm = f.hhmm[:2], f.hhmm[2:]
    body = rng.choice([
        f"{op} {t} {reg} from {o} to #{d.split()[-1].strip('#')} #Libya, landed {hh}:{mm}Z.",
        f"{op} {t} {reg} from {o} descending to #{d.split()[-1].strip('#')} {date_compact(f.date)} around {hh}{mm}hrs UTC",
        f"{t} {reg} {o} ➝ {d}. Another rotation this week.",
        f"{reg} ({t}, {op}) took off from {o} at {hh}{mm}Z, heading to {d}.",
        f"{op} {t} reg:{reg} airborne from {o}, bound for {d} #Libya",
    ])
    pic = f" pic.twitter.com/{''.join(rng.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10))}" if rng.random() < 0.5 else ""
    return f"{body}{pic} — {name} (@{handle}) {date_en(f.date)}"


def ar_flight_paragraph(f, rng):
    wd = AR_WEEKDAYS[f.date.weekday()]
    o, d = ar_name(f.origin, rng), ar_name(f.dest, rng)
    cargo = rng.choice(AR_CARGO)
    outlet = rng.choice(AR_OUTLETS)
    return rng.choice([
        f"أظهرت مواقع رصد الملاحة الجوية قيام طائرة من طراز {f.ac['type_ar']} برحلة يوم {wd} {date_ar(f.date, rng)}، انطلقت من {o} وهبطت في {d}، وفق موقع \"{outlet}\" المتخصص في رصد حركة الطائرات.",
        f"رصدت مواقع تتبع حركة الطيران هبوط طائرة شحن من طراز {f.ac['type_ar']} في {d}، يوم {wd} {date_ar(f.date, rng)}، قادمة من {o}، في رحلة يرجح أنها نقلت {cargo}.",
        f"وبحسب البيانات المتاحة، أقلعت الطائرة التي تحمل التسجيل {f.ac['reg']} من {o} بتاريخ {date_ar(f.date, rng)}، وعبرت شرق المتوسط قبل أن تهبط في {d}.",
        f"وقال حساب \"{outlet}\" إن طائرة {f.ac['type_ar']} غادرت {o} صباح {wd} {date_ar(f.date, rng)} متجهة إلى {d}، دون أن تعلن السلطات عن طبيعة حمولتها.",
    ])


def genre_ar_tweet(flights, rng, date):
    paras = []
    for f in flights:
        paras.append(ar_flight_paragraph(f, rng))
        paras.append(tweet(f, rng))
    paras.insert(1, fill(rng.choice(AR_FILLER), rng, "ar"))
    return paras, "ar"


def genre_en_wire(flights, rng, date):
    city, agency = rng.choice(EN_BYLINES)
    f = flights[0]
    o, d = en_name(f.origin, rng), en_name(f.dest, rng)
    lead = rng.choice([
        f"{city} ({agency}) - {a_an(f.ac['operator']).capitalize()[0] + a_an(f.ac['operator'])[1:]} {f.ac['type']}, registration {f.ac['reg']}, flew from {o} to {d} on {date_en(f.date)}, according to open-source flight tracking data, in what analysts described as the latest in a series of flights carrying {rng.choice(EN_CARGO)}.",
        f"{city} ({agency}) - Flight tracking data reviewed by {agency} showed {a_an(f.ac['type'])} with registration {f.ac['reg']} taking off from {o} on {EN_WEEKDAYS[f.date.weekday()]}, {date_en(f.date)}, and landing at {d} about three hours later.",
    ])
    paras = [lead, fill(rng.choice(EN_FILLER), rng, "en")]
    for f in flights[1:]:
        paras.append(f"Separately, the same data showed {f.ac['type']} {f.ac['reg']} departing {en_name(f.origin, rng)} for {en_name(f.dest, rng)} on {date_en(f.date)}.")
    paras.append(tweet(flights[0], rng))
    return paras, "en"


def genre_blog(flights, rng, date):
    paras = [f"Weekly round-up: traffic to and from Libya (week of {date_en(date)})",
             "Another busy week over the central Mediterranean. As usual, all times are UTC and everything below comes from ADS-B/Mode-S data picked up by our feeders, plus a couple of tips from readers."]
    for f in flights:
        wd = EN_WEEKDAYS[f.date.weekday()]
        paras.append(rng.choice([
            f"{wd} {f.date.day} {EN_MONTHS[f.date.month - 1]}. {f.ac['operator']} {f.ac['type']} {f.ac['reg']} went from {en_name(f.origin, rng)} to {en_name(f.dest, rng)}, airborne at {f.hhmm[:2]}:{f.hhmm[2:]}. Nothing unusual: we have seen this one many times before.",
            f"{wd} {f.date.day} {EN_MONTHS[f.date.month - 1]} {f.date.year}. The surprise of the week: {f.ac['type']} {f.ac['reg']} was picked up heading for {en_name(f.dest, rng)} out of {en_name(f.origin, rng)}; it was already at FL{rng.choice([240, 280, 320, 360])} when our receiver caught it.",
        ]))
    paras.append("On the ground. Readers tell us that the usual cargo charters stayed parked all week. Keep the photos and tips coming!")
    return paras, "en"


def genre_thread(flights, rng, date):
    name, handle = rng.choice(SPOTTERS)
    paras = [f"Thread by @{handle}, {date.day} {EN_MONTHS[date.month - 1]} {date.year}"]
    k = 1
    for f in flights:
        paras.append(f"{k}/ Interesting one this morning. {f.ac['type']} {f.ac['reg']} left {en_name(f.origin, rng)} at {f.hhmm}Z, no filed destination on the usual sites.")
        paras.append(f"{k + 1}/ {f.ac['reg']} has just landed at {en_name(f.dest, rng)}. Parked at the remote stand used by the cargo charters.")
        k += 2
    paras.append(f"{k}/ For those asking: registration prefixes tell you the country of registry, not who chartered the aircraft. Same airframe, new paint, happens all the time.")
    return paras, "en"


def genre_it(flights, rng, date):
    f = flights[0]
    wd = IT_WEEKDAYS[f.date.weekday()]
    paras = [rng.choice(["Libia, nuovo volo verso la Cirenaica", "Libia, continua il ponte aereo",
                         "Voli istituzionali tra l'Italia e la Libia"]),
             f"{wd.capitalize()} {date_it(f.date)} l'aereo {f.ac['type']} immatricolato {f.ac['reg']}, in uso a {f.ac['operator']}, è decollato da {it_name(f.origin, rng)} ed è atterrato a {it_name(f.dest, rng)} alle {int(f.hhmm[:2])}.{f.hhmm[2:]}, come mostrano i dati dei siti di tracciamento."]
    for f2 in flights[1:]:
        paras.append(f"Il giorno {date_it(f2.date)}, un {f2.ac['type']}, {f2.ac['reg']}, era decollato da {it_name(f2.origin, rng)} diretto a {it_name(f2.dest, rng)}.")
    return paras, "it"


def genre_tr(flights, rng, date):
    f = flights[0]
    o, d = AIRPORTS[f.origin][3], AIRPORTS[f.dest][3]
    paras = [rng.choice(["Libya'ya yeni sefer", "Askeri kargo uçağı Libya yolunda", "Ambulans uçak hasta taşıdı"]),
             f"{f.ac['reg']} tescilli {f.ac['type']} tipi uçak, {date_tr(f.date)} {TR_WEEKDAYS[f.date.weekday()]} günü saat {f.hhmm[:2]}.{f.hhmm[2:]}'te {tr_suffix(o, 'abl')} havalandı ve yaklaşık üç saatlik uçuşun ardından {tr_suffix(d, 'dat')} indi."]
    return paras, "tr"


FLIGHT_GENRES = [(genre_ar_tweet, 45), (genre_en_wire, 20), (genre_blog, 10),
                 (genre_thread, 8), (genre_it, 9), (genre_tr, 8)]
NEG_LANGS = [("ar", 50), ("en", 32), ("it", 9), ("tr", 9)]
NEG_TITLES = {
    "it": ["Libia, la diplomazia accelera", "Migranti, nuovi sbarchi", "Libia, il petrolio torna a scorrere"],
    "tr": ["Libya'da ateşkes görüşmeleri", "Dışişleri Bakanı Trablus'ta", "Yardım malzemeleri yola çıktı"],
}


def article(i, seed, pool, flight_share):
    rng = random.Random(f"tailwatch-bench-{seed}-{i}")
    target = rng.randint(2600, 3400)
    has_flights = rng.random() < flight_share
    if has_flights:
        base = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        n = 1 if rng.random() < 0.75 else 2
        flights = [make_flight(pool, rng, base - dt.timedelta(days=k * rng.randint(1, 4))) for k in range(n)]
        genre = rng.choices([g for g, _ in FLIGHT_GENRES], weights=[w for _, w in FLIGHT_GENRES])[0]
        date = base + dt.timedelta(days=rng.randint(0, 2))
        paras, lang = genre(flights, rng, date)
    else:
        flights = []
        date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        lang = rng.choices([l for l, _ in NEG_LANGS], weights=[w for _, w in NEG_LANGS])[0]
        paras = [rng.choice(NEG_TITLES[lang])] if lang in NEG_TITLES else []
        if lang == "ar" and rng.random() < 0.3:
            # Arabic news quoting an English tweet without any aircraft in it.
            name, handle = rng.choice(SPOTTERS)
            paras.append(fill(rng.choice(AR_FILLER), rng, "ar"))
            paras.append(f"Busy night over #{rng.choice(EN_CITIES)}, lots of drones and no transponders. Nothing identifiable. — {name} (@{handle}) {date_en(date)}")
    # Filler until the target size; Italian and Turkish articles borrow English filler
    # (as wire-based pieces do) once their own runs out.
    own = {"ar": AR_FILLER, "en": EN_FILLER, "it": IT_FILLER, "tr": TR_FILLER}[lang]
    size = len(" date 2020-01-01 ".encode()) + sum(len(p.encode()) + 2 for p in paras)
    order = rng.sample(range(len(own)), len(own))
    queue = [(own, k, lang) for k in order]
    if lang != "en":
        queue += [(EN_FILLER, k, "en") for k in rng.sample(range(len(EN_FILLER)), len(EN_FILLER))]
    j = 0
    while size < target:
        src, k, flang = queue[j % len(queue)]
        j += 1
        p = fill(src[k], rng, flang)
        if j <= len(queue) and any(q[:40] == p[:40] for q in paras):
            continue  # the genre already used this paragraph
        paras.append(p)
        size += len(p.encode()) + 2
    text = f" date {date.isoformat()} " + "\n\n".join(paras) + "\n"
    return text, [f.manifest() for f in flights]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory (created; must be empty or absent)")
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--flight-share", type=float, default=0.30)
    ap.add_argument("--per-dir", type=int, default=1000)
    a = ap.parse_args(argv)
    if os.path.isdir(a.out) and os.listdir(a.out):
        sys.exit(f"make_corpus: {a.out} is not empty")
    os.makedirs(a.out, exist_ok=True)
    pool = build_pool(a.seed)
    total = 0
    flights = 0
    with open(os.path.join(a.out, "manifest.jsonl"), "w", encoding="utf-8") as man:
        for i in range(a.articles):
            sub = os.path.join(a.out, f"{i // a.per_dir:04d}")
            if i % a.per_dir == 0:
                os.makedirs(sub, exist_ok=True)
            name = f"{i:06d}.txt"
            text, fl = article(i, a.seed, pool, a.flight_share)
            data = text.encode("utf-8")
            with open(os.path.join(sub, name), "wb") as fh:
                fh.write(data)
            total += len(data)
            if fl:
                flights += len(fl)
                man.write(json.dumps({"file": f"{i // a.per_dir:04d}/{name}", "flights": fl},
                                     ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "registrations.lst"), "w", encoding="utf-8") as fh:
        fh.write("".join(p["reg"] + "\n" for p in pool))
    print(f"{a.articles} articles, {flights} flights written, {total} bytes", file=sys.stderr)
    print(total)


if __name__ == "__main__":
    main()
