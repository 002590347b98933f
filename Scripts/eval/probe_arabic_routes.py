#!/usr/bin/env python3
"""Probe how Arabic news constructions of a flight are read as legs.

Where `probe_arabic_places.py` asks whether a place NAME resolves, this one asks whether the
words around the names make a leg: which verb forms and route words give an origin or a
destination, and whether the leg reaches its aircraft and its date. It writes one- and
two-sentence Arabic articles of our own wording (never copied from ../shared), crossing

  ROUTES    ways Arabic news tells a flight: verbs past and present, masculine and feminine,
            singular and dual, with diacritics, shadda and tatweel; participles (متجهة، قادمة،
            آتية، عائدة); route words (في طريقها إلى، باتجاه، نحو، صوب، مرورا بـ، عبر، بعد توقف
            في، قبل أن تتوجه إلى); flight nouns (رحلة من … إلى …، رحلة بين … و…، على خط …، جسر
            جوي بين …); verbless headlines and tweets;
  NAMING    where the aircraft is named: registration before or after the verb, in brackets,
            after تحمل الرقم / رقم التسجيل / الرقم التسلسلي, with a type (Il-76, C-130, A400M,
            Boeing 737), in the sentence before or after the route;
  DATES     اليوم، أمس، يوم الأحد، الخميس الماضي، 12 مارس/آذار 2020، a dateline …;
  NEGATIVES passages that must give NO flight: futures, plans, expectations, negation,
            denial, habits, sales and ownership, a plane parked or photographed, "operates from".

Each probe knows the legs it must give (registration, origin, destination, date). It runs
`tailwatch extract` on the probes (in batches, on every core) and reads the flights of its JSON. A probe is
`right` when the flights are exactly its legs, `missed` when no flight came out (for a negative:
never), `wrong` otherwise (a wrong end, date or aircraft, a missing or an extra leg).

    python3 Scripts/eval/probe_arabic_routes.py [--bin .build/debug/tailwatch] [--misses] [--only NAME] [--out FILE]

Prints per construction: probes, right, missed, wrong, then totals per axis; `--misses` lists
each probe that is not right with what came out; `--out` writes every row as TSV.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_harness as ph  # noqa: E402  (writing, batching, reading events back)

HEADER = "date 2021-03-02"  # a Tuesday
DEFAULT_DATE = ("يوم 1 مارس 2021", "2021-03-01")

# Places that resolve (probe_arabic_places.py): (as written, expected codes joined by "/").
PLACES = [
    ("مطار معيتيقة", "HLLM"),
    ("مطار بنينا", "HLLB"),
    ("قاعدة حميميم", "OSLK"),
    ("مطار الشارقة", "OMSJ"),
    ("قاعدة الجفرة", "HL69"),
    ("مطار القاهرة الدولي", "HECA"),
    ("مصراتة", "HLMS/city:Misratah"),
    ("قاعدة الخادم", "HL59"),
    ("الخرطوم", "HSSK/city:Khartoum"),
    ("بنغازي", "HLLB/city:Benghazi"),
    ("أربيل", "ORER/city:Erbil"),
    ("دمشق", "OSDI/city:Damascus"),
]
# (origin, destination, via) indices into PLACES, one per variant of a construction.
TRIPLES = [(2, 1, 7), (3, 4, 9), (5, 6, 0), (11, 0, 8), (10, 9, 3), (8, 7, 5)]
REGS = ["EW-78843", "UR-CAG", "RA-78830", "5A-DRR", "SU-BTX", "YK-AYA"]
REGS2 = ["EW-78836", "UR-CAH", "RA-78817", "5A-DRS", "SU-BTY", "YK-AYB"]

# ---------------------------------------------------------------------------------------------
# ROUTES: (name, template, legs). Placeholders: {R} registration, {R2} a second one, {O} origin,
# {D} destination, {V} a stop, {W} the date words. legs: "OD" (origin → destination), "-D" (only
# the destination), "O-" (only the origin), "OV,VD" (two legs through the stop), "OD2" (the
# same leg for {R} and {R2}).
ROUTES: list[tuple[str, str, str]] = [
    ("past.aqlaat-habatat", "أقلعت الطائرة {R} من {O} وهبطت في {D} {W}.", "OD"),
    ("past.hattat-qadima", "حطت الطائرة {R} في {D} قادمة من {O} {W}.", "OD"),
    ("past.shadda-harakat", "حطّت الطائرةُ {R} في {D} قادمةً من {O} {W}.", "OD"),
    ("past.tatweel", "هبــطت الطائرة {R} في {D} قادمــة من {O} {W}.", "OD"),
    ("past.wasalat-ila", "وصلت الطائرة {R} إلى {D} قادمة من {O} {W}.", "OD"),
    ("past.ghadarat-object", "غادرت الطائرة {R} {O} متجهة إلى {D} {W}.", "OD"),
    ("past.ghadarat-long-subject", "غادرت طائرة رجال الأعمال {R} {O} {W} متجهة إلى {D}.", "OD"),
    ("past.intalaqat-bittijah", "انطلقت الطائرة {R} من {O} باتجاه {D} {W}.", "OD"),
    ("past.tawajjahat-min-ila", "توجهت الطائرة {R} من {O} إلى {D} {W}.", "OD"),
    ("past.ittajahat-nahw", "اتجهت الطائرة {R} {W} من {O} نحو {D}.", "OD"),
    ("past.aadat-ila-min", "عادت الطائرة {R} {W} إلى {D} قادمة من {O}.", "OD"),
    ("past.naqalat-cargo", "نقلت الطائرة {R} شحنة من {O} إلى {D} {W}.", "OD"),
    ("past.sayyarat-rihla", "سيّرت الشركة الطائرة {R} في رحلة من {O} إلى {D} {W}.", "OD"),
    ("past.rasadat-wahiya-tuqli", "رصدت مواقع التتبع الطائرة {R} وهي تقلع من {O} متجهة إلى {D} {W}.", "OD"),
    ("past.passive-rusidat", "رُصدت الطائرة {R} {W} وهي تهبط في {D} قادمة من {O}.", "OD"),
    ("past.masc-separated", "هبط في {D} {W} طائرة الشحن {R} قادمة من {O}.", "OD"),
    ("past.masc-type", "أقلع الإليوشن {R} من {O} وحط في {D} {W}.", "OD"),
    ("past.verb-first-far-place", "هبطت {W} طائرة الشحن الروسية الثقيلة {R} في {D} قادمة من {O}.", "OD"),
    ("past.qadima-before-dest", "هبطت الطائرة {R} القادمة من {O} في {D} {W}.", "OD"),
    ("past.hattat-rihalaha", "حطت الطائرة {R} رحالها في {D} قادمة من {O} {W}.", "OD"),
    ("past.arrival-only", "هبطت الطائرة {R} في {D} {W}.", "-D"),
    ("past.departure-only", "أقلعت الطائرة {R} من {O} {W}.", "O-"),
    ("past.clitic-bi", "أقلعت الطائرة {R} من {O} وهبطت ب{D} {W}.", "OD"),
    ("past.clitic-li", "أقلعت الطائرة {R} من {O} {W} متجهة ل{D}.", "OD"),
    ("dual.aqlaata-habatata", "أقلعت طائرتا الشحن {R} و{R2} من {O} وهبطتا في {D} {W}.", "OD2"),
    ("dual.qadimatayn", "هبطت طائرتان تحملان الرقمين {R} و{R2} في {D} قادمتين من {O} {W}.", "OD2"),
    ("present.headline-tahbit", "طائرة الشحن {R} تهبط في {D} قادمة من {O} {W}.", "OD"),
    ("present.wahiya-tattajih", "رصدت الطائرة {R} {W} وهي تتجه من {O} إلى {D}.", "OD"),
    ("present.wahiya-tahutt", "رصدت الطائرة {R} {W} وهي تحط في {D} قادمة من {O}.", "OD"),
    ("part.ataya", "هبطت الطائرة {R} في {D} آتية من {O} {W}.", "OD"),
    ("part.aaida", "وصلت الطائرة {R} إلى {D} عائدة من {O} {W}.", "OD"),
    ("part.mutawajjiha", "أقلعت الطائرة {R} من {O} {W} متوجهة إلى {D}.", "OD"),
    ("route.fi-tariqiha", "أقلعت الطائرة {R} من {O} {W} في طريقها إلى {D}.", "OD"),
    ("route.nahw", "أقلعت الطائرة {R} من {O} نحو {D} {W}.", "OD"),
    ("route.sawb", "انطلقت الطائرة {R} من {O} صوب {D} {W}.", "OD"),
    ("route.fi-ittijah", "أقلعت الطائرة {R} من {O} في اتجاه {D} {W}.", "OD"),
    ("route.intilaqan-wusulan", "حلقت الطائرة {R} {W} انطلاقا من {O} وصولا إلى {D}.", "OD"),
    ("via.murooran", "أقلعت الطائرة {R} من {O} {W} متجهة إلى {D} مرورا بـ{V}.", "OV,VD"),
    ("via.baad-tawaqquf", "هبطت الطائرة {R} في {D} {W} قادمة من {O} بعد توقف في {V}.", "OV,VD"),
    ("via.qabla-an-tatawajjah", "أقلعت الطائرة {R} من {O} {W} وتوقفت في {V} قبل أن تتوجه إلى {D}.", "OV,VD"),
    ("via.wa-minha", "أقلعت الطائرة {R} من {O} إلى {V} ومنها إلى {D} {W}.", "OV,VD"),
    ("noun.rihla-min-ila", "قامت الطائرة {R} برحلة من {O} إلى {D} {W}.", "OD"),
    ("noun.rihla-bayna", "نفذت الطائرة {R} رحلة بين {O} و{D} {W}.", "OD"),
    ("noun.ala-khat", "حلقت الطائرة {R} {W} على خط {O} - {D}.", "OD"),
    ("noun.jisr-jawwi", "نفذت الطائرة {R} {W} رحلة ضمن الجسر الجوي بين {O} و{D}.", "OD"),
    ("noun.iqlaa-wa-hubut", "أظهرت بيانات التتبع إقلاع الطائرة {R} من {O} وهبوطها في {D} {W}.", "OD"),
    ("sub.li-tahbit", "أقلعت الطائرة {R} من {O} {W} لتهبط في {D}.", "OD"),
    ("sub.li-tahutt", "انطلقت الطائرة {R} من {O} {W} لتحط في {D}.", "OD"),
    ("sub.qabla-an-tahbit", "أقلعت الطائرة {R} من {O} {W} قبل أن تهبط في {D}.", "OD"),
    ("sub.baad-an-aqlaat", "هبطت الطائرة {R} في {D} {W} بعد أن أقلعت من {O}.", "OD"),
    ("sub.uqba-iqlaiha", "هبطت الطائرة {R} في {D} {W} عقب إقلاعها من {O}.", "OD"),
    ("sub.wa-dhalika-baad", "هبطت الطائرة {R} في {D} {W}، وذلك بعد إقلاعها من {O}.", "OD"),
    ("sub.thumma-hattat", "أقلعت الطائرة {R} من {O} {W} ثم حطت في {D}.", "OD"),
    ("sub.fa-habatat", "أقلعت الطائرة {R} من {O} {W} فهبطت في {D} بعد ثلاث ساعات.", "OD"),
    ("past.wasalat-transitive", "وصلت الطائرة {R} {D} {W} قادمة من {O}.", "OD"),
    ("past.qadimat-min", "قدمت الطائرة {R} من {O} إلى {D} {W}.", "OD"),
    ("past.taarat", "طارت الطائرة {R} من {O} إلى {D} {W}.", "OD"),
    ("past.hallaqat-min-ila", "حلقت الطائرة {R} من {O} إلى {D} {W}.", "OD"),
    ("past.jaat-min", "جاءت الطائرة {R} من {O} وحطت في {D} {W}.", "OD"),
    ("past.verb-place-subject", "أقلعت من {O} {W} طائرة الشحن {R} متجهة إلى {D}.", "OD"),
    ("past.wafd-ala-matn", "وصل الوفد إلى {D} {W} قادما من {O} على متن الطائرة {R}.", "OD"),
    ("part.qasida", "أقلعت الطائرة {R} من {O} {W} قاصدة {D}.", "OD"),
    ("part.mughadira", "شوهدت الطائرة {R} {W} مغادرة {O} باتجاه {D}.", "OD"),
    ("dual.mutajihatayn", "أقلعت طائرتا الشحن {R} و{R2} من {O} {W} متجهتين إلى {D}.", "OD2"),
    ("dual.present-tahbitan", "رصدت {W} طائرتان تحملان الرقمين {R} و{R2} وهما تهبطان في {D} قادمتين من {O}.", "OD2"),
    ("route.baad-rihla-min", "هبطت الطائرة {R} في {D} {W} بعد رحلة من {O}.", "OD"),
    ("route.rihla-mubashira", "هبطت الطائرة {R} في {D} {W} في رحلة مباشرة من {O}.", "OD"),
    ("route.wusulan-tanween", "أقلعت الطائرة {R} من {O} {W} وصولًا إلى {D}.", "OD"),
    ("ctx.report-anna", "أظهرت بيانات موقع فلايت رادار 24 المتخصص في تتبع حركة الطيران أن الطائرة {R} أقلعت من {O} وهبطت في {D} {W}.", "OD"),
    ("ctx.quoted", "وقال الموقع إن «الطائرة {R} هبطت في {D} قادمة من {O}» {W}.", "OD"),
    ("ctx.long-subject", "أقلعت طائرة الشحن العسكرية الروسية العملاقة من طراز Il-76 التابعة لوزارة الدفاع {R} من {O} وهبطت في {D} {W}.", "OD"),
    ("ctx.region-after-place", "هبطت الطائرة {R} في {D} شرقي البلاد {W} قادمة من {O}.", "OD"),
    ("ctx.comma-clauses", "الطائرة {R}، وهي من طراز Il-76، أقلعت من {O}، وهبطت بعد ساعات في {D} {W}.", "OD"),
    ("ctx.two-sentences", "أقلعت الطائرة {R} من {O} {W}. وبعد ثلاث ساعات هبطت الطائرة في {D}.", "OD"),
    ("ctx.headline-body", "هبوط طائرة شحن في {D}\nأقلعت الطائرة {R} من {O} {W} وهبطت في {D}.", "OD"),
    ("ctx.unrelated-after", "هبطت الطائرة {R} في {D} {W} قادمة من {O}. وكان وزير الخارجية قد زار روما الأسبوع الماضي.", "OD"),
    ("ctx.airspace-crossed", "أقلعت الطائرة {R} من {O} {W} وعبرت الأجواء المصرية قبل أن تهبط في {D}.", "OD"),
    ("ctx.masar-annaha", "أظهر مسار الطائرة {R} {W} أنها انطلقت من {O} وحطت في {D}.", "OD"),
    ("noun.rihla-intahat", "انطلقت رحلة الطائرة {R} من {O} {W} وانتهت في {D}.", "OD"),
    ("noun.istaghraqat", "هبطت الطائرة {R} في {D} {W} بعد رحلة استغرقت ثلاث ساعات من {O}.", "OD"),
    ("past.kanat-qad", "وكانت الطائرة {R} قد أقلعت من {O} {W} قبل أن تهبط في {D}.", "OD"),
    ("past.tamma-rasd-athnaa", "تم رصد الطائرة {R} {W} أثناء هبوطها في {D} قادمة من {O}.", "OD"),
    ("past.verb-place-then-subject", "حطت في {D} {W}، قادمة من {O}، طائرة الشحن {R}.", "OD"),
    ("noun.wusul", "أعلن المطار وصول الطائرة {R} إلى {D} قادمة من {O} {W}.", "OD"),
    ("plural.min-baynaha", "هبطت ثلاث طائرات شحن في {D} قادمة من {O} {W}، من بينها الطائرة {R}.", "OD"),
    ("sub.badama", "هبطت الطائرة {R} في {D} {W} بعدما أقلعت من {O}.", "OD"),
    ("past.aqallat", "أقلت الطائرة {R} الوفد من {O} إلى {D} {W}.", "OD"),
    ("itin.thumma-aqlaat-mujaddadan", "هبطت الطائرة {R} في {V} قادمة من {O} {W}، ثم أقلعت مجددا متجهة إلى {D}.", "OV,VD"),
    ("verbless.min-ila", "الطائرة {R} من {O} إلى {D} {W}.", "OD"),
    ("verbless.headline-dash", "طائرة الشحن {R} {W}: {O} - {D}", "OD"),
]

# FIXED: constructions whose place names carry their own context (an airport in its city,
# brackets, quotes): (name, text with {R} and {W}, origin, destination).
FIXED: list[tuple[str, str, str, str]] = [
    ("fixed.airport-bi-city", "هبطت الطائرة {R} في مطار بنينا ببنغازي {W} قادمة من قاعدة حميميم في ريف اللاذقية.", "OSLK", "HLLB"),
    ("fixed.airport-fi-city", "أقلعت الطائرة {R} من مطار رفيق الحريري في بيروت {W} متجهة إلى مطار معيتيقة في العاصمة طرابلس.", "OLBA", "HLLM"),
    ("fixed.base-region", "أقلعت الطائرة {R} من قاعدة قيصري وسط تركيا وهبطت في قاعدة الوطية غرب ليبيا {W}.", "LTAU", "HL77"),
    ("fixed.brackets", "أقلعت الطائرة {R} من قاعدة (حميميم) وهبطت في مطار (بنينا) {W}.", "OSLK", "HLLB"),
    ("fixed.quotes", "أقلعت الطائرة {R} من مطار \"الشارقة\" وهبطت في قاعدة \"الخادم\" {W}.", "OMSJ", "HL59"),
    ("fixed.country-origin", "هبطت الطائرة {R} في مطار مصراتة {W} قادمة من تركيا.", "country:TR", "HLMS"),
    ("fixed.country-dest", "أقلعت الطائرة {R} من قاعدة حميميم {W} متجهة إلى ليبيا.", "OSLK", "country:LY"),
    ("fixed.capital-word", "أقلعت الطائرة {R} من العاصمة السورية دمشق وهبطت في بنغازي {W}.", "OSDI/city:Damascus", "HLLB/city:Benghazi"),
]

# DISCOURSE: articles of two or three sentences: a headline, the aircraft and the route told
# apart, other places in relative clauses and asides, a second aircraft. (name, template, legs as
# "AIRCRAFT:FROM>TO" joined by ";", with R/R2, O/D/V and "-" for null).
DISCOURSE: list[tuple[str, str, str]] = [
    ("disc.headline-then-reg", "طائرة شحن تصل إلى {D} قادمة من {O}\nوذكرت مصادر ملاحية أن الطائرة {R} من طراز Il-76 هبطت {W}.", "R:O>D"),
    ("disc.relative-visited", "هبطت الطائرة {R} التي سبق أن زارت {V} مرات عدة في {D} {W} قادمة من {O}.", "R:O>D"),
    ("disc.owner-registered-in", "هبطت الطائرة {R} المملوكة لشركة مسجلة في الإمارات في {D} {W} قادمة من {O}.", "R:O>D"),
    ("disc.sighted-then-route", "رصدت مواقع التتبع الطائرة {R} {W}. وقد أقلعت من {O} ثم هبطت في {D}.", "R:O>D"),
    ("disc.return-same-day", "هبطت الطائرة {R} في {D} {W} قادمة من {O}. وعادت الطائرة إلى {O} في اليوم نفسه.", "R:O>D;R:D>O"),
    ("disc.aside-other-place", "أقلعت الطائرة {R} من {O} وهبطت في {D} {W}. ويأتي ذلك في ظل التوتر الذي تشهده {V}.", "R:O>D"),
    ("disc.official-in", "وقال مسؤول في {V} إن الطائرة {R} أقلعت من {O} وهبطت في {D} {W}.", "R:O>D"),
    ("disc.cargo-bound-for", "هبطت الطائرة {R} في {D} {W} قادمة من {O} وعلى متنها شحنة مرسلة إلى {V}.", "R:O>D"),
    ("disc.two-aircraft", "أقلعت الطائرة {R} من {O} إلى {D} {W}. كما أقلعت الطائرة {R2} من {D} إلى {V} في اليوم نفسه.", "R:O>D;R2:D>V"),
    ("disc.date-sentence-before", "في 1 مارس 2021 رصدت مواقع الملاحة نشاطا لافتا. فقد أقلعت الطائرة {R} من {O} وهبطت في {D}.", "R:O>D"),
]

# NAMING: (name, template, legs, registration override). Same route (أقلعت من O وهبطت في D),
# the aircraft named in different places and ways.
NAMING: list[tuple[str, str, str, str | None]] = [
    ("reg.after-verb", "أقلعت الطائرة {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.before-verb", "الطائرة {R} أقلعت من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.brackets", "أقلعت طائرة شحن ({R}) من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.tahmil-al-raqm", "أقلعت طائرة شحن تحمل الرقم {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.raqm-al-tasjil", "أقلعت طائرة تحمل رقم التسجيل {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.dhat-al-raqm", "أقلعت طائرة الشحن ذات الرقم {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.bil-raqm", "أقلعت طائرة بالرقم {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.il76-type", "أقلعت طائرة من طراز Il-76 تحمل الرقم {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.c130-serial", "أقلعت طائرة نقل عسكرية من طراز C-130 تحمل الرقم التسلسلي {R} من {O} وهبطت في {D} {W}.", "OD", "SU-BKT"),
    ("reg.a400m-serial", "أقلعت طائرة A400M التركية رقم {R} من {O} وهبطت في {D} {W}.", "OD", "16-0055"),
    ("reg.boeing737", "أقلعت طائرة بوينغ 737 تحمل التسجيل {R} من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.end-of-sentence", "أقلعت طائرة شحن من {O} وهبطت في {D} {W}، وهي من طراز Il-76 وتحمل الرقم {R}.", "OD", None),
    ("reg.previous-sentence", "رصد موقع للتتبع طائرة الشحن {R} من طراز Il-76. وقد أقلعت الطائرة من {O} وهبطت في {D} {W}.", "OD", None),
    ("reg.next-sentence-tabayyan", "أقلعت طائرة شحن من {O} وهبطت في {D} {W}. وتبين أن الطائرة هي {R} من طراز Il-76.", "OD", None),
    ("reg.next-sentence-tahmil", "أقلعت طائرة شحن عسكرية من {O} وهبطت في {D} {W}. وأظهرت بيانات التتبع أنها تحمل الرقم {R}.", "OD", None),
    ("reg.previous-paragraph-it", "رصدت مواقع التتبع الطائرة {R} من طراز Il-76.\n\nوأقلعت من {O} وهبطت في {D} {W}.", "OD", None),
]

# DATES: (name, words, expected date, header line or None for no header / a dateline first line).
DATES: list[tuple[str, str, str, str | None]] = [
    ("date.yawm-full", "يوم 1 مارس 2021", "2021-03-01", HEADER),
    ("date.ams", "أمس", "2021-03-01", HEADER),
    ("date.al-yawm", "اليوم", "2021-03-02", HEADER),
    ("date.sabah-al-yawm", "صباح اليوم", "2021-03-02", HEADER),
    ("date.masaa-ams", "مساء أمس", "2021-03-01", HEADER),
    ("date.ams-ithnayn", "أمس الإثنين", "2021-03-01", HEADER),
    ("date.yawm-al-ahad", "يوم الأحد", "2021-02-28", HEADER),
    ("date.khamis-madi", "الخميس الماضي", "2021-02-25", HEADER),
    ("date.month-pair", "في 12 مارس/آذار 2020", "2020-03-12", HEADER),
    ("date.levant-month", "في 12 آذار 2020", "2020-03-12", HEADER),
    ("date.no-year", "يوم 25 فبراير", "2021-02-25", HEADER),
    ("date.indic-digits", "يوم ١ مارس ٢٠٢١", "2021-03-01", HEADER),
    ("date.ordinal-words", "في الأول من مارس الجاري", "2021-03-01", HEADER),
    ("date.fajr-al-yawm", "فجر اليوم", "2021-03-02", HEADER),
    ("date.masaa-al-ahad", "مساء الأحد", "2021-02-28", HEADER),
    ("date.weekday-and-day", "يوم الإثنين 1 مارس", "2021-03-01", HEADER),
    ("date.awwal-ams", "أول أمس", "2021-02-28", HEADER),
    ("date.fi-day-al-jari", "في 1 مارس الجاري", "2021-03-01", HEADER),
    ("date.dateline-ams", "أمس", "2021-03-01", "طرابلس - 2 مارس 2021:"),
]
DATE_ROUTES = [
    ("أقلعت الطائرة {R} من {O} وهبطت في {D} {W}.", "OD"),
    ("هبطت الطائرة {R} {W} في {D} قادمة من {O}.", "OD"),
]

# NEGATIVES: (name, template). No flight may come out.
NEGATIVES: list[tuple[str, str]] = [
    ("neg.future-sa", "ستتوجه الطائرة {R} من {O} إلى {D} يوم الخميس المقبل."),
    ("neg.future-sa-land", "ستهبط الطائرة {R} في {D} قادمة من {O} مساء الغد."),
    ("neg.min-al-muqarrar", "من المقرر أن تقلع الطائرة {R} من {O} إلى {D} غدا."),
    ("neg.yutawaqqa", "يتوقع أن تهبط الطائرة {R} في {D} قادمة من {O} مساء الجمعة."),
    ("neg.qad", "قد تصل الطائرة {R} إلى {D} قادمة من {O} خلال الأيام المقبلة."),
    ("neg.kana-muqarrar", "كان من المقرر أن تصل الطائرة {R} إلى {D} قادمة من {O}، لكن الرحلة ألغيت."),
    ("neg.taazim", "تعتزم الشركة تسيير الطائرة {R} من {O} إلى {D} الشهر المقبل."),
    ("neg.lam-tahbut", "لم تهبط الطائرة {R} في {D} {W} كما أشيع."),
    ("neg.lam-tuqli", "لم تقلع الطائرة {R} من {O} {W} بسبب عطل فني."),
    ("neg.nafa-an-takun", "نفى مسؤول في المطار أن تكون الطائرة {R} قد هبطت في {D} قادمة من {O}."),
    ("neg.nafat-hubut", "نفت السلطات هبوط الطائرة {R} في {D} {W}."),
    ("neg.habitual-rihlat", "تقوم الطائرة {R} عادة برحلات أسبوعية بين {O} و{D}."),
    ("neg.habitual-tahbit", "تهبط الطائرة {R} في {D} مرتين كل أسبوع قادمة من {O}."),
    ("neg.sale", "باعت الشركة الطائرة {R} العام الماضي إلى شركة في {D}."),
    ("neg.ownership", "تعود ملكية الطائرة {R} إلى شركة مسجلة في {O}."),
    ("neg.parked", "تظهر صور الأقمار الصناعية الطائرة {R} رابضة في {D}."),
    ("neg.photographed", "التقط مصور صورة للطائرة {R} على مدرج {D} {W}."),
    ("neg.operates-from", "يشغل سلاح الجو الطائرة {R} من {O}."),
    ("neg.based-at", "تتمركز الطائرة {R} في {D} منذ عامين."),
    ("neg.capability", "يمكن للطائرة {R} أن تطير من {O} إلى {D} دون توقف."),
    ("neg.kana-yuftarad", "كان يفترض أن تهبط الطائرة {R} في {D} قادمة من {O}."),
    ("neg.lan", "لن تهبط الطائرة {R} في {D} قادمة من {O} بعد اليوم."),
    ("neg.lam-tasil-baad", "لم تصل الطائرة {R} إلى {D} قادمة من {O} حتى الآن."),
    ("neg.idhn-bil-hubut", "منحت السلطات الطائرة {R} إذنا بالهبوط في {D} الأسبوع المقبل."),
    ("neg.shiraa", "اشترت شركة في {D} الطائرة {R} من شركة في {O} العام الماضي."),
    ("neg.sura-arshifiya", "نشر الحساب صورة أرشيفية للطائرة {R} في {D}."),
    ("neg.manaat", "منعت السلطات الطائرة {R} من الهبوط في {D} {W}."),
    ("neg.law", "لو هبطت الطائرة {R} في {D} قادمة من {O} لكان ذلك خرقا للحظر."),
    ("neg.stataqum", "ستقوم الطائرة {R} برحلة من {O} إلى {D} الأسبوع المقبل."),
]

# ---------------------------------------------------------------------------------------------


def legs_for(spec: str, reg: str, reg2: str, o: str, d: str, v: str, date: str) -> list[tuple]:
    """Expected legs: (registration, origin alternatives, destination alternatives, date)."""
    if spec == "OD":
        return [(reg, o, d, date)]
    if spec == "-D":
        return [(reg, "-", d, date)]
    if spec == "O-":
        return [(reg, o, "-", date)]
    if spec == "OV,VD":
        return [(reg, o, v, date), (reg, v, d, date)]
    if spec == "OD2":
        return [(reg, o, d, date), (reg2, o, d, date)]
    raise ValueError(spec)


def fill(template: str, reg: str, reg2: str, o: str, d: str, v: str, w: str) -> str:
    # "بـ{V}", "ل{D}": a clitic glued to a name keeps its "ال" (لـ + ال → لل in writing).
    text = template.replace("ل{D}", ("ل" + d[1:]) if d.startswith("ال") else "ل" + d)
    return text.format(R=reg, R2=reg2, O=o, D=d, V=v, W=w)


def probes() -> list[tuple[str, str, str, list[tuple]]]:
    """(axis, construction, article text, expected legs)."""
    out = []
    n = 0
    for name, template, spec in ROUTES:
        for k in range(3):
            oi, di, vi = TRIPLES[(n + k) % len(TRIPLES)]
            reg, reg2 = REGS[(n + k) % len(REGS)], REGS2[(n + k) % len(REGS2)]
            (o, oc), (d, dc), (v, vc) = PLACES[oi], PLACES[di], PLACES[vi]
            text = HEADER + "\n" + fill(template, reg, reg2, o, d, v, DEFAULT_DATE[0]) + "\n"
            out.append(("routes", name, text, legs_for(spec, reg, reg2, oc, dc, vc, DEFAULT_DATE[1])))
        n += 1
    for name, template, oc, dc in FIXED:
        for k in range(2):
            reg = REGS[(n + k) % len(REGS)]
            text = HEADER + "\n" + template.format(R=reg, W=DEFAULT_DATE[0]) + "\n"
            out.append(("fixed", name, text, [(reg, oc, dc, DEFAULT_DATE[1])]))
        n += 1
    for name, template, spec in DISCOURSE:
        for k in range(3):
            oi, di, vi = TRIPLES[(n + k) % len(TRIPLES)]
            reg, reg2 = REGS[(n + k) % len(REGS)], REGS2[(n + k) % len(REGS2)]
            (o, oc), (d, dc), (v, vc) = PLACES[oi], PLACES[di], PLACES[vi]
            text = HEADER + "\n" + fill(template, reg, reg2, o, d, v, DEFAULT_DATE[0]) + "\n"
            ends = {"O": oc, "D": dc, "V": vc, "-": "-"}
            legs = []
            for leg in spec.split(";"):
                who, route = leg.split(":")
                a, b = route.split(">")
                legs.append((reg if who == "R" else reg2, ends[a], ends[b], DEFAULT_DATE[1]))
            out.append(("discourse", name, text, legs))
        n += 1
    for name, template, spec, fixed in NAMING:
        for k in range(3):
            oi, di, vi = TRIPLES[(n + k) % len(TRIPLES)]
            reg = fixed or REGS[(n + k) % len(REGS)]
            (o, oc), (d, dc), (v, vc) = PLACES[oi], PLACES[di], PLACES[vi]
            text = HEADER + "\n" + fill(template, reg, "", o, d, v, DEFAULT_DATE[0]) + "\n"
            out.append(("naming", name, text, legs_for(spec, reg, "", oc, dc, vc, DEFAULT_DATE[1])))
        n += 1
    for name, words, date, header in DATES:
        for k, (template, spec) in enumerate(DATE_ROUTES):
            oi, di, vi = TRIPLES[(n + k) % len(TRIPLES)]
            reg = REGS[(n + k) % len(REGS)]
            (o, oc), (d, dc), (v, vc) = PLACES[oi], PLACES[di], PLACES[vi]
            text = (header or "") + "\n" + fill(template, reg, "", o, d, v, words) + "\n"
            out.append(("dates", name, text, legs_for(spec, reg, "", oc, dc, vc, date)))
        n += 1
    for name, template in NEGATIVES:
        for k in range(2):
            oi, di, vi = TRIPLES[(n + k) % len(TRIPLES)]
            reg = REGS[(n + k) % len(REGS)]
            (o, _), (d, _), (v, _) = PLACES[oi], PLACES[di], PLACES[vi]
            text = HEADER + "\n" + fill(template, reg, "", o, d, v, DEFAULT_DATE[0]) + "\n"
            out.append(("negatives", name, text, []))
        n += 1
    return out


place_ok = ph.place_ok


def judge(expected: list[tuple], got: list[tuple]) -> str:
    if not got:
        return "right" if not expected else "missed"
    if not expected:
        return "wrong"
    unmatched = list(got)
    for reg, o, d, date in expected:
        hit = next((g for g in unmatched if g[0] == reg and place_ok(o, g[1]) and place_ok(d, g[2]) and g[3] == date), None)
        if hit is None:
            return "wrong"
        unmatched.remove(hit)
    return "right" if not unmatched else "wrong"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=ph.DEFAULT_BINARY)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--only", help="only constructions whose name contains this")
    ap.add_argument("--out")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    jobs = [p for p in probes() if not args.only or args.only in p[1]]
    paths = ph.write_articles([text for (_, _, text, _) in jobs], prefix="probe-ar-routes-")
    results = ph.in_batches(lambda batch: ph.flights(binary, batch), paths)

    rows = []
    by_name: dict[str, list[int]] = {}
    by_axis: dict[str, list[int]] = {}
    for (axis, name, text, expected), got in zip(jobs, results):
        status = judge(expected, got)
        rows.append((axis, name, status, text, expected, got))
        for table, key in ((by_name, (axis, name)), (by_axis, axis)):
            c = table.setdefault(key, [0, 0, 0, 0])
            c[0] += 1
            c[{"right": 1, "missed": 2, "wrong": 3}[status]] += 1

    print(f"{'axis':10} {'construction':30} {'probes':>6} {'right':>5} {'missed':>6} {'wrong':>5}")
    for (axis, name), c in by_name.items():
        flag = "" if c[1] == c[0] else "  <"
        print(f"{axis:10} {name:30} {c[0]:6} {c[1]:5} {c[2]:6} {c[3]:5}{flag}")
    print()
    tot = [0, 0, 0, 0]
    for axis, c in by_axis.items():
        print(f"{axis:10} {'(all)':30} {c[0]:6} {c[1]:5} {c[2]:6} {c[3]:5}")
        tot = [a + b for a, b in zip(tot, c)]
    print(f"{'total':10} {'':30} {tot[0]:6} {tot[1]:5} {tot[2]:6} {tot[3]:5}")
    constructions_right = sum(1 for c in by_name.values() if c[1] == c[0])
    print(f"constructions read right in every probe: {constructions_right} of {len(by_name)}")

    def show(legs):
        return " ; ".join(f"{r} {o}>{d} {dt}" for (r, o, d, dt) in legs) or "none"

    if args.misses:
        for axis, name, status, text, expected, got in rows:
            if status != "right":
                body = text.strip().replace("\n", " ¶ ")
                print(f"{status.upper()}\t{name}\t{body}\n\texpected {show(expected)}\n\tgot      {show(got)}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("axis\tconstruction\tstatus\ttext\texpected\tgot\n")
            for axis, name, status, text, expected, got in rows:
                f.write("\t".join([axis, name, status, text.strip().replace("\n", " ¶ "), show(expected), show(got)]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
