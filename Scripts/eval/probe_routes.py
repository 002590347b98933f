#!/usr/bin/env python3
"""Probe how flight legs are read in English, French, Italian, Russian and Turkish.

It writes one- and two-sentence articles of our own wording, crossing
  (a) the ways each language writes a flight (route words, verb forms, sentence shapes),
  (b) where the aircraft is named (type and registration before the verb, registration
      first, in brackets, in the sentence before, in the sentence after),
  (c) date forms (relative days, weekdays, day-month-year, numeric dates, ordinals,
      a dateline at the top, a tweet's date signature),
and (d) negatives that must give no flight (futures, negation, denials, sales, parked or
photographed only). Every case knows the legs it must give (origin, destination, date,
registration); `tailwatch extract --trace` is run on each and its `# event` lines compared.

    python3 Scripts/eval/probe_routes.py [--bin .build/debug/tailwatch] [--lang en,fr] [--misses] [--out FILE]

A positive case is `right` when the flights extracted are exactly its legs, `missed` when
no flight comes out, `wrong` otherwise (the field that differs is named: reg, origin,
destination, date, extra). A negative case is `right` when no flight comes out. The
summary prints per language, then per construction, placement and date form (each over
all the others), so a failing dimension shows as one low row.

Places are given as the values accepted (`LIRP/city:Pisa`): the probe is about how legs
are read, not how names resolve (probe_arabic_places.py does that for Arabic).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_harness as ph  # noqa: E402  (writing, batching, reading events back)

DAY = "2020-03-12"   # the flight's day in every case: a Thursday
HEADER = "date 2020-03-13"

# ---------------------------------------------------------------------------------------
# Places: accepted values, and the forms each language needs.
PLACES = {
    "pisa": "LIRP/city:Pisa",
    "misrata": "HLMS/city:Misratah",
    "sigonella": "LICZ",
    "benghazi": "HLLB/city:Benghazi",
    "ramstein": "ETAR",
    "incirlik": "LTAG",
    "istres": "LFMI",
    "niamey": "DRRN/city:Niamey",
    "ndjamena": "FTTJ/city:N'Djamena",
    "orleans": "LFOJ",
    "pratica": "LIRE",
    "mozdok": "RU-0152/XRMD/name:Mozdok/city:Mozdok",
    "hmeimim": "OSLK",
    "tehran": "city:Tehran/OIIE/OIII",
    "chkalovsky": "UUMU",
    "kayseri": "LTAU/LTAM/city:Kayseri",
    "ankara": "LTAC/LTAD/city:Ankara",
    "konya": "LTAN/city:Konya",
    "tripoli": "HLLM/city:Tripoli",
}

# ---------------------------------------------------------------------------------------
# Per language: aircraft placements, date forms, constructions, negatives.
# A construction: (name, template, legs). Template slots: {A} the aircraft as subject, {T}
# the date phrase. Legs: "O>D" with place keys or "-" for a null end; several joined by ";".
# A construction whose template names its own aircraft (tweets) has no {A}; its
# registration is given as the fourth item.

EN = {
    "reg": "MM62194",
    "placements": [
        ("type-reg", "", "The Italian Air Force C-130J MM62194", ""),
        ("reg-type", "", "MM62194, a C-130J of the Italian Air Force,", ""),
        ("brackets", "", "An Italian Air Force C-130J (MM62194)", ""),
        ("prev-sentence", "Spotters followed the Italian Air Force C-130J MM62194.", "The aircraft", ""),
        ("next-sentence", "", "An Italian Air Force C-130J", "Tracking data identified it as MM62194."),
    ],
    "dates": [
        ("yesterday", "yesterday"),
        ("weekday", "on Thursday"),
        ("d-month-y", "on 12 March 2020"),
        ("numeric", "on 12.03.2020"),
        ("month-dth", "on March 12th"),
        ("dateline", "DATELINE:PISA, March 13, 2020 (Reuters) - |yesterday"),
        ("tweet-sig", "TWEET:— Med Spotter (@medspotter) March 12, 2020|"),
    ],
    "constructions": [
        ("departed+landed at", "{A} departed Pisa and landed at Misrata {T}.", "pisa>misrata"),
        ("left+landed in", "{A} left Pisa {T} and landed in Misrata.", "pisa>misrata"),
        ("took off from+arrived in", "{A} took off from Pisa {T} and arrived in Misrata.", "pisa>misrata"),
        ("took off from ... for", "{A} took off from Pisa for Misrata {T}.", "pisa>misrata"),
        ("arrived at ... from", "{A} arrived at Misrata from Pisa {T}.", "pisa>misrata"),
        ("touched down ... after flight from", "{A} touched down at Misrata {T} after a flight from Pisa.", "pisa>misrata"),
        ("headed for", "{A} departed Pisa {T}, headed for Misrata.", "pisa>misrata"),
        ("bound for", "{A} left Pisa bound for Misrata {T}.", "pisa>misrata"),
        ("en route to", "{A} was tracked {T} en route to Misrata from Pisa.", "pisa>misrata"),
        ("flew X-Y dash", "{A} flew Pisa-Misrata {T}.", "pisa>misrata"),
        ("operated X–Y", "{A} operated a Pisa–Misrata flight {T}.", "pisa>misrata"),
        ("flew from X to Y", "{A} flew from Pisa to Misrata {T}.", "pisa>misrata"),
        ("routed X to Y", "{A} routed from Pisa to Misrata {T}.", "pisa>misrata"),
        ("via", "{A} flew from Pisa to Misrata via Sigonella {T}.", "pisa>sigonella;sigonella>misrata"),
        ("after a stop in", "{A} landed at Misrata {T} after a stop in Sigonella.", "->sigonella;sigonella>misrata"),
        ("returned to", "{A} returned to Pisa from Misrata {T}.", "misrata>pisa"),
        ("diverted to", "{A} took off from Pisa {T} and diverted to Sigonella.", "pisa>sigonella"),
        ("inbound to", "{A} was inbound to Misrata from Pisa {T}.", "pisa>misrata"),
        ("out of", "{A} flew out of Pisa to Misrata {T}.", "pisa>misrata"),
        ("into", "{A} flew into Misrata from Pisa {T}.", "pisa>misrata"),
        ("landed at (only)", "{A} landed at Misrata {T}.", "->misrata"),
        ("departed (only)", "{A} departed Pisa {T}.", "pisa>-"),
        ("X-bound", "{A} was seen {T} Misrata-bound after leaving Pisa.", "pisa>misrata"),
        ("flew in from", "{A} flew in from Pisa {T}, landing at Misrata.", "pisa>misrata"),
        ("took off ..., landing in", "{A} took off from Pisa {T}, landing in Misrata two hours later.", "pisa>misrata"),
        ("having departed", "{A} landed at Misrata {T}, having departed Pisa in the morning.", "pisa>misrata"),
        ("the airport of", "{A} left the airport of Pisa {T} and landed at Misrata air base.", "pisa>misrata"),
    ],
    "tweets": [
        ("tweet X > Y", "RCH123 C-17 10-0222 Ramstein > Incirlik {T}", "ramstein>incirlik", "10-0222"),
        ("tweet X - Y", "RCH123 C-17 10-0222 Ramstein - Incirlik {T}", "ramstein>incirlik", "10-0222"),
        ("tweet X to Y", "#USAF C-17 10-0222 (RCH123) Ramstein to Incirlik {T}", "ramstein>incirlik", "10-0222"),
    ],
    "negatives": [
        ("future will", "{A} will fly from Pisa to Misrata tomorrow."),
        ("expected to", "{A} is expected to land at Misrata on Saturday."),
        ("scheduled", "{A} is scheduled to depart Pisa for Misrata next week."),
        ("did not land", "{A} did not land at Misrata yesterday, the ministry said."),
        ("never", "{A} has never flown to Misrata, officials insisted."),
        ("denial", "The ministry denied that {a} had landed at Misrata yesterday."),
        ("sale", "{A} was sold to a Libyan operator in Misrata last year."),
        ("parked", "{A} was parked at Pisa yesterday."),
        ("photographed", "{A} was photographed at Sigonella on 12 March 2020."),
    ],
}

FR = {
    "reg": "F-RBAK",
    "placements": [
        ("type-reg", "", "L'A400M F-RBAK de l'armée de l'Air", ""),
        ("reg-type", "", "F-RBAK, un A400M de l'armée de l'Air,", ""),
        ("brackets", "", "Un A400M de l'armée de l'Air (F-RBAK)", ""),
        ("prev-sentence", "Les observateurs ont suivi l'A400M F-RBAK de l'armée de l'Air.", "L'avion", ""),
        ("next-sentence", "", "Un A400M de l'armée de l'Air", "Il s'agit du F-RBAK."),
    ],
    "dates": [
        ("hier", "LEAD:Hier, |"),
        ("jeudi", "jeudi"),
        ("le 12 mars", "le 12 mars"),
        ("le 12 mars 2020", "le 12 mars 2020"),
        ("numeric", "le 12/03/2020"),
        ("dateline", "DATELINE:NIAMEY, 13 mars 2020 (AFP) - |hier"),
    ],
    "constructions": [
        ("a décollé de+atterri à", "{A} a décollé d'Istres {T} et a atterri à Niamey.", "istres>niamey"),
        ("a décollé de (consonant)", "{A} a décollé de Pise {T} et a atterri à Misrata.", "pisa>misrata"),
        ("s'est posé à+en provenance de", "{A} s'est posé à Niamey {T} en provenance d'Istres.", "istres>niamey"),
        ("à destination de", "{A} a quitté Istres {T} à destination de Niamey.", "istres>niamey"),
        ("en route vers", "{A} a été repéré {T} en route vers Niamey depuis Istres.", "istres>niamey"),
        ("a rallié", "{A} a rallié Niamey depuis Istres {T}.", "istres>niamey"),
        ("a relié A à B", "{A} a relié Istres à Niamey {T}.", "istres>niamey"),
        ("reliant A à B", "{A} a effectué {T} un vol reliant Istres à Niamey.", "istres>niamey"),
        ("de A à B", "{A} a volé de Pise à Misrata {T}.", "pisa>misrata"),
        ("d'A à B", "{A} a volé d'Istres à Niamey {T}.", "istres>niamey"),
        ("via", "{A} a volé d'Istres à Niamey via N'Djamena {T}.", "istres>ndjamena;ndjamena>niamey"),
        ("escale à", "{A} a volé de Pise à Misrata {T} avec une escale à Sigonella.", "pisa>sigonella;sigonella>misrata"),
        ("a atterri à (only)", "{A} a atterri à Niamey {T}.", "->niamey"),
        ("est arrivé à", "{A} est arrivé à Niamey {T} en provenance d'Orléans-Bricy.", "orleans>niamey"),
        ("l'aéroport d'", "{A} a quitté l'aéroport d'Istres {T} et s'est posé à l'aéroport de Niamey.", "istres>niamey"),
        ("parti de ... pour", "{A} est parti d'Istres {T} pour Niamey.", "istres>niamey"),
        ("de retour à", "{A} est rentré à Istres {T} en provenance de Niamey.", "niamey>istres"),
    ],
    "tweets": [],
    "negatives": [
        ("futur doit", "{A} doit se poser à Niamey demain."),
        ("futur décollera", "{A} décollera d'Istres pour Niamey la semaine prochaine."),
        ("n'a pas", "{A} n'a pas atterri à Niamey hier, selon l'état-major."),
        ("démenti", "L'état-major a démenti que {a} se soit posé à Niamey hier."),
        ("vendu", "{A} a été vendu à une compagnie de Niamey l'an dernier."),
        ("stationné", "{A} était stationné à Istres hier."),
        ("photographié", "{A} a été photographié à Istres le 12 mars 2020."),
    ],
}

IT = {
    "reg": "MM62194",
    "placements": [
        ("type-reg", "", "Il C-130J MM62194 dell'Aeronautica Militare", ""),
        ("reg-type", "", "L'MM62194, un C-130J dell'Aeronautica Militare,", ""),
        ("brackets", "", "Un C-130J dell'Aeronautica Militare (MM62194)", ""),
        ("prev-sentence", "Gli spotter hanno seguito il C-130J MM62194 dell'Aeronautica Militare.", "Il velivolo", ""),
        ("next-sentence", "", "Un C-130J dell'Aeronautica Militare", "Si tratta dell'MM62194."),
    ],
    "dates": [
        ("ieri", "ieri"),
        ("giovedì", "giovedì"),
        ("il 12 marzo", "il 12 marzo"),
        ("il 12 marzo 2020", "il 12 marzo 2020"),
        ("numeric", "il 12/03/2020"),
        ("dateline", "DATELINE:PISA, 13 marzo 2020 (ANSA) - |ieri"),
    ],
    "constructions": [
        ("è decollato da+atterrato a", "{A} è decollato da Pisa {T} ed è atterrato a Misurata.", "pisa>misrata"),
        ("è atterrato a+proveniente da", "{A} è atterrato a Misurata {T} proveniente da Pisa.", "pisa>misrata"),
        ("diretto a", "{A} è partito da Pisa {T} diretto a Misurata.", "pisa>misrata"),
        ("diretto verso", "{A} è decollato da Pisa {T} diretto verso Misurata.", "pisa>misrata"),
        ("in volo verso", "{A} è stato avvistato {T} in volo verso Misurata da Pisa.", "pisa>misrata"),
        ("con scalo a", "{A} è volato da Pisa a Misurata {T} con scalo a Sigonella.", "pisa>sigonella;sigonella>misrata"),
        ("partito da+arrivato a", "{A} è partito da Pratica di Mare {T} ed è arrivato a Misurata.", "pratica>misrata"),
        ("rientrato a", "{A} è rientrato a Pisa da Misurata {T}.", "misrata>pisa"),
        ("da A a B", "{A} ha volato da Pisa a Misurata {T}.", "pisa>misrata"),
        ("atterrato a (only)", "{A} è atterrato a Misurata {T}.", "->misrata"),
        ("atterrato in", "{A} è atterrato {T} nella base di Sigonella proveniente da Pisa.", "pisa>sigonella"),
        ("dall'aeroporto di", "{A} è decollato {T} dall'aeroporto di Pisa ed è atterrato all'aeroporto di Misurata.", "pisa>misrata"),
        ("partito alla volta di", "{A} è partito da Pisa {T} alla volta di Misurata.", "pisa>misrata"),
        ("giunto a", "{A} è giunto a Misurata {T} da Pisa.", "pisa>misrata"),
    ],
    "tweets": [],
    "negatives": [
        ("dovrebbe", "{A} dovrebbe atterrare a Misurata domani."),
        ("futuro", "{A} decollerà da Pisa per Misurata la prossima settimana."),
        ("non è", "{A} non è atterrato a Misurata ieri, secondo la Difesa."),
        ("smentita", "La Difesa ha smentito che {a} sia atterrato a Misurata ieri."),
        ("venduto", "{A} è stato venduto a una compagnia di Misurata l'anno scorso."),
        ("parcheggiato", "{A} era parcheggiato a Pisa ieri."),
        ("fotografato", "{A} è stato fotografato a Sigonella il 12 marzo 2020."),
    ],
}

RU = {
    "reg": "RA-78830",
    "placements": [
        ("type-reg", "", "Самолёт Ил-76ТД RA-78830", ""),
        ("reg-type", "", "Борт RA-78830, Ил-76ТД ВКС России,", ""),
        ("brackets", "", "Российский Ил-76ТД (RA-78830)", ""),
        ("prev-sentence", "Споттеры следили за самолётом Ил-76ТД RA-78830.", "Самолёт", ""),
        ("next-sentence", "", "Российский Ил-76ТД", "Его бортовой номер — RA-78830."),
    ],
    "dates": [
        ("вчера", "вчера"),
        ("в четверг", "в четверг"),
        ("12 марта", "12 марта"),
        ("12 марта 2020", "12 марта 2020 года"),
        ("numeric", "12.03.2020"),
        ("dateline", "DATELINE:МОСКВА, 13 марта 2020 (РИА Новости) - |вчера"),
    ],
    "constructions": [
        ("вылетел из+приземлился в", "{A} {T} вылетел из Моздока и приземлился в Хмеймиме.", "mozdok>hmeimim"),
        ("прибыл в+из", "{A} {T} прибыл в Хмеймим из Моздока.", "mozdok>hmeimim"),
        ("направился в", "{A} {T} вылетел из Моздока и направился в Хмеймим.", "mozdok>hmeimim"),
        ("совершил рейс из в", "{A} {T} совершил рейс из Моздока в Хмеймим.", "mozdok>hmeimim"),
        ("через", "{A} {T} совершил перелёт из Чкаловского в Хмеймим через Тегеран.", "chkalovsky>tehran;tehran>hmeimim"),
        ("с посадкой в", "{A} {T} вылетел из Чкаловского в Хмеймим с посадкой в Тегеране.", "chkalovsky>tehran;tehran>hmeimim"),
        ("приземлился в (only)", "{A} {T} приземлился в Хмеймиме.", "->hmeimim"),
        ("вылетел из (only)", "{A} {T} вылетел из Моздока.", "mozdok>-"),
        ("совершил посадку", "{A} {T} совершил посадку на авиабазе Хмеймим, вылетев из Моздока.", "mozdok>hmeimim"),
        ("с аэродрома", "{A} {T} вылетел с аэродрома Моздок и приземлился на авиабазе Хмеймим.", "mozdok>hmeimim"),
        ("совершил перелёт", "{A} {T} совершил перелёт из Моздока в Хмеймим.", "mozdok>hmeimim"),
        ("прилетел в ... из", "{A} {T} прилетел в Хмеймим из Моздока.", "mozdok>hmeimim"),
    ],
    "tweets": [],
    "negatives": [
        ("должен", "{A} должен прилететь в Хмеймим завтра."),
        ("future", "{A} вылетит из Моздока в Хмеймим на следующей неделе."),
        ("не", "{A} вчера не приземлялся в Хмеймиме, заявили в министерстве."),
        ("опровергли", "В министерстве опровергли сообщения о том, что {a} приземлился в Хмеймиме."),
        ("продан", "{A} был продан авиакомпании из Моздока в прошлом году."),
        ("стоянка", "{A} вчера стоял на стоянке в Хмеймиме."),
        ("сфотографирован", "{A} был сфотографирован в Хмеймиме 12 марта 2020 года."),
    ],
}

TR = {
    "reg": "16-0055",
    "placements": [
        ("type-reg", "", "Türk Hava Kuvvetleri'ne ait A400M 16-0055", ""),
        ("reg-type", "", "16-0055 kuyruk numaralı A400M", ""),
        ("brackets", "", "Türk Hava Kuvvetleri'ne ait bir A400M (16-0055)", ""),
        ("prev-sentence", "Gözlemciler Türk Hava Kuvvetleri'ne ait A400M 16-0055'i izledi.", "Uçak", ""),
        ("next-sentence", "", "Türk Hava Kuvvetleri'ne ait bir A400M", "Uçağın kuyruk numarası 16-0055."),
    ],
    "dates": [
        ("dün", "dün"),
        ("perşembe", "perşembe günü"),
        ("12 Mart", "12 Mart'ta"),
        ("12 Mart 2020", "12 Mart 2020'de"),
        ("numeric", "12.03.2020 tarihinde"),
        ("dateline", "DATELINE:ANKARA, 13 Mart 2020 (AA) - |dün"),
    ],
    "constructions": [
        ("'dan kalktı+'ya indi", "{A} {T} Kayseri'den kalktı ve Misrata'ya indi.", "kayseri>misrata"),
        ("'dan kalkan+'ya indi", "{A} {T} Kayseri'den kalkarak Misrata'ya indi.", "kayseri>misrata"),
        ("'dan 'ya uçtu", "{A} {T} Kayseri'den Misrata'ya uçtu.", "kayseri>misrata"),
        ("üzerinden", "{A} {T} Kayseri'den Konya üzerinden Misrata'ya uçtu.", "kayseri>konya;konya>misrata"),
        ("iniş yaptı", "{A} {T} Kayseri'den gelerek Misrata'ya iniş yaptı.", "kayseri>misrata"),
        ("'ya indi (only)", "{A} {T} Misrata'ya indi.", "->misrata"),
        ("'dan havalandı", "{A} {T} Ankara'dan havalandı ve Trablus'a indi.", "ankara>tripoli"),
        ("havalimanına iniş", "{A} {T} Misrata Havalimanı'na iniş yaptı.", "->misrata"),
        ("Havalimanı'ndan kalkan", "{A} {T} Kayseri Erkilet Havalimanı'ndan kalkarak Misrata'ya ulaştı.", "kayseri>misrata"),
        ("'ya gitti", "{A} {T} Kayseri'den Misrata'ya gitti.", "kayseri>misrata"),
        ("'dan gelen", "{A} {T} Kayseri'den gelerek Misrata'ya ulaştı.", "kayseri>misrata"),
    ],
    "tweets": [],
    "negatives": [
        ("-ecek", "{A} yarın Misrata'ya inecek."),
        ("bekleniyor", "{A} yarın Kayseri'den Misrata'ya uçması bekleniyor."),
        ("-madı", "{A} dün Misrata'ya inmedi, Bakanlık açıkladı."),
        ("yalanladı", "Bakanlık, {a} dün Misrata'ya indiği iddiasını yalanladı."),
        ("satıldı", "{A} geçen yıl Misrata'daki bir şirkete satıldı."),
        ("park", "{A} dün Kayseri'de park halindeydi."),
        ("fotoğraflandı", "{A} 12 Mart 2020'de Kayseri'de fotoğraflandı."),
    ],
}

LANGS = {"en": EN, "fr": FR, "it": IT, "ru": RU, "tr": TR}



def lower_first(s: str) -> str:
    """The aircraft noun phrase inside a sentence ("that the aircraft had landed")."""
    if s[:1].isupper() and not re.match(r"^[A-Z0-9]{2,}|^[A-Z]-|^\d", s):
        return s[0].lower() + s[1:]
    return s


def build(lang: str, spec: dict, template: str, placement: tuple, date: tuple, reg: str | None = None):
    """Returns the article text for one case."""
    _, before, subject, after = placement
    _, dphrase = date
    header = HEADER
    top = ""
    lead = ""
    bottom = ""
    if dphrase.startswith("DATELINE:"):
        top, dphrase = dphrase[len("DATELINE:"):].split("|")
        header = ""
    elif dphrase.startswith("TWEET:"):
        bottom, dphrase = dphrase[len("TWEET:"):].split("|")
        header = ""
    elif dphrase.startswith("LEAD:"):
        lead, dphrase = dphrase[len("LEAD:"):].split("|")
    text = template.replace("{A}", subject).replace("{a}", lower_first(subject))
    text = text.replace(" {T}", " " + dphrase if dphrase else "").replace("{T} ", dphrase + " " if dphrase else "")
    text = re.sub(r"\s+([.,])", r"\1", text).strip()
    if lead:
        text = lead + lower_first(text) if not text.startswith(subject) or not subject[:1].isupper() else lead + text
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    body = top + " ".join(x for x in (before, text, after) if x)
    lines = [header] if header else []
    lines.append(body)
    if bottom:
        lines.append(bottom)
    return "\n".join(lines) + "\n"


def legs(spec: str) -> list[tuple[str, str]]:
    out = []
    for leg in spec.split(";"):
        if leg.startswith("->"):
            out.append(("-", leg[2:]))
        else:
            o, d = leg.split(">")
            out.append((o, d))
    return out


def place_ok(key: str, got: str) -> bool:
    return ph.place_ok(key if key == "-" else PLACES[key], got)


def cases():
    """Yields (lang, construction, placement, dateform, kind, text, reg, legs)."""
    for lang, spec in LANGS.items():
        for cname, template, legspec in spec["constructions"]:
            for p in spec["placements"]:
                for d in spec["dates"]:
                    yield (lang, cname, p[0], d[0], "pos", build(lang, spec, template, p, d), spec["reg"], legs(legspec))
        for cname, template, legspec, reg in spec["tweets"]:
            for d in spec["dates"]:
                yield (lang, cname, "tweet", d[0], "pos", build(lang, spec, template, ("tweet", "", "", ""), d), reg, legs(legspec))
        for cname, template in spec["negatives"]:
            for p in spec["placements"]:
                text = build(lang, spec, template, p, ("-", ""))
                yield (lang, "NEG " + cname, p[0], "-", "neg", text, spec["reg"], [])


def judge(kind: str, reg: str, want: list[tuple[str, str]], events: list[tuple[str, str, str, str]]) -> tuple[str, str]:
    if kind == "neg":
        return ("right", "") if not events else ("wrong", "flight " + " ".join(f"{e[0]} {e[1]}>{e[2]}" for e in events))
    if not events:
        return "missed", ""
    got = list(events)
    problems = []
    for (o, d) in want:
        best = None
        for e in got:
            fields = []
            if e[0] != reg:
                fields.append("reg")
            if not place_ok(o, e[1]):
                fields.append("origin")
            if not place_ok(d, e[2]):
                fields.append("destination")
            if e[3] != DAY:
                fields.append("date")
            if best is None or len(fields) < len(best[1]):
                best = (e, fields)
        if best is None:
            problems.append("missing-leg")
            continue
        got.remove(best[0])
        problems.extend(best[1])
    if got:
        problems.append("extra")
    if not problems:
        return "right", ""
    detail = " ".join(sorted(set(problems))) + " | got " + " ; ".join(f"{e[0]} {e[1]}>{e[2]} {e[3]}" for e in events)
    return "wrong", detail


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=ph.DEFAULT_BINARY)
    ap.add_argument("--lang", default="en,fr,it,ru,tr")
    ap.add_argument("--misses", action="store_true", help="list every case not right")
    ap.add_argument("--out", help="write every case as TSV")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    want_langs = set(args.lang.split(","))
    jobs = [c for c in cases() if c[0] in want_langs]
    paths = ph.write_articles([c[5] for c in jobs], prefix="probe-routes-", name="c{:05d}.txt")
    results = ph.in_batches(lambda batch: ph.flights(binary, batch), paths)

    rows = []
    for c, events in zip(jobs, results):
        lang, cname, pname, dname, kind, text, reg, want = c
        status, detail = judge(kind, reg, want, events)
        rows.append((lang, cname, pname, dname, kind, status, detail, text))

    def table(title: str, key) -> None:
        agg: dict = defaultdict(lambda: [0, 0, 0, 0])
        for r in rows:
            a = agg[key(r)]
            a[0] += 1
            a[{"right": 1, "missed": 2, "wrong": 3}[r[5]]] += 1
        print(f"\n{title:44} {'cases':>5} {'right':>5} {'missed':>6} {'wrong':>5}")
        for k in sorted(agg, key=lambda k: (k[0], list(agg).index(k)) if isinstance(k, tuple) else k):
            a = agg[k]
            name = " ".join(k) if isinstance(k, tuple) else k
            print(f"{name[:44]:44} {a[0]:5} {a[1]:5} {a[2]:6} {a[3]:5}")

    table("language", lambda r: r[0])
    table("language construction", lambda r: (r[0], r[1]))
    table("language placement (positives)", lambda r: (r[0], r[2]) if r[4] == "pos" else (r[0], "(negatives)"))
    table("language date form (positives)", lambda r: (r[0], r[3]) if r[4] == "pos" else (r[0], "(negatives)"))
    wrong_fields: dict = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r[5] == "wrong" and r[4] == "pos":
            for f in r[6].split(" | ")[0].split():
                wrong_fields[r[0]][f] += 1
    print("\nfields wrong in positive cases:")
    for lang, fs in wrong_fields.items():
        print(f"  {lang}: " + ", ".join(f"{k} {v}" for k, v in sorted(fs.items(), key=lambda kv: -kv[1])))
    if args.misses:
        print()
        for r in rows:
            if r[5] != "right":
                print("\t".join([r[0], r[1], r[2], r[3], r[5], r[6], r[7].replace("\n", " ⏎ ")]))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("lang\tconstruction\tplacement\tdate\tkind\tstatus\tdetail\ttext\n")
            for r in rows:
                f.write("\t".join(list(r[:7]) + [r[7].replace("\n", " ⏎ ")]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
