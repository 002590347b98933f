#!/usr/bin/env python3
"""The script a user would write instead of tailwatch (issue 5's baseline row).

    /tmp/benchvenv/bin/python Scripts/bench/baseline.py --files-from LIST [--languages en,ar,it,tr]
                                                       [--max-bytes N] [--json]

For each article: dateparser.search.search_dates over the text, plus a
registration regex; no routes, no airports, no storage. Reports MB/s over the
bytes it read (UTF-8 file sizes), with the import of dateparser timed apart.

--languages: dateparser's language list. Without it dateparser detects the
language of every text itself, which is its default and about ten times slower
on this corpus. --max-bytes stops after the first files that add up to at most
N bytes (a fixed prefix of the list), for the slow auto-detect run.
Needs only `pip install dateparser`.
"""

import argparse
import json
import re
import sys
import time

# Civil registrations (prefix-dash-suffix, US N-numbers) and Italian military serials:
# the regex a user would write after looking at a few articles.
REGISTRATION = re.compile(
    r"\b(?:[A-Z]{1,2}|[A-Z][0-9]|[0-9][A-Z])-(?:[A-Z]{3,4}|[0-9]{4,5}|[0-9]{3}[A-Z]{2})\b"
    r"|\bN[1-9][0-9]{0,4}[A-Z]{0,2}\b"
    r"|\bMM[0-9]{5,6}\b")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files-from", required=True, help="file with one article path per line")
    ap.add_argument("--languages", default=None, help="comma-separated, e.g. en,ar,it,tr")
    ap.add_argument("--max-bytes", type=int, default=None)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()

    t0 = time.perf_counter()
    from dateparser.search import search_dates  # noqa: E402 (timed on purpose)
    t_import = time.perf_counter() - t0

    paths = [l.rstrip("\n") for l in open(a.files_from, encoding="utf-8") if l.strip()]
    languages = a.languages.split(",") if a.languages else None
    files = nbytes = ndates = nregs = 0
    regs = set()
    t1 = time.perf_counter()
    for path in paths:
        with open(path, "rb") as fh:
            data = fh.read()
        if a.max_bytes is not None and nbytes + len(data) > a.max_bytes:
            break
        text = data.decode("utf-8")
        found = search_dates(text, languages=languages) or []
        ndates += len(found)
        for m in REGISTRATION.finditer(text):
            nregs += 1
            regs.add(m.group(0))
        files += 1
        nbytes += len(data)
    t_proc = time.perf_counter() - t1

    result = {
        "files": files, "bytes": nbytes, "languages": a.languages or "auto-detect",
        "import_s": round(t_import, 3), "process_s": round(t_proc, 3),
        "mb_per_s": round(nbytes / 1e6 / t_proc, 4) if t_proc > 0 else None,
        "mb_per_s_with_import": round(nbytes / 1e6 / (t_proc + t_import), 4),
        "dates_found": ndates, "registration_matches": nregs, "distinct_registrations": len(regs),
    }
    if a.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    sys.exit(main())
