"""Reads Fixtures/dates/dates.tsv with Python dateparser's search_dates, as tailwatch's
eval-dates does, and prints accuracy and expressions per second as JSON.

Each sentence is searched with languages ['en', 'ar', 'it', 'fr'] and the row's anchor as
RELATIVE_BASE; a second configuration adds the genre's conventions (PREFER_DATES_FROM
'past', DATE_ORDER 'DMY'). Scoring, as for tailwatch: a row is right when the date read
equals the gold at the gold's precision (a month-only gold compares year and month), no
date for a negative, and the UTC time where the gold has one (an aware datetime is
converted to UTC; a naive one is compared as it is). "first" scores the first date
search_dates returns; "any" counts a row right when any of them is (an upper bound).
One-off benchmark script; not used by tailwatch."""
import csv, datetime, json, sys, time, warnings

warnings.filterwarnings("ignore")
import dateparser
from dateparser.search import search_dates

LANGS = ["en", "ar", "it", "fr"]


def load(path):
    lines = [l for l in open(path, encoding="utf-8") if not l.startswith("#") and l.strip()]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return rows


def matches(row, dt):
    gold, gtime = row["gold"], row["time"]
    if gold == "-":
        return False
    if dt.tzinfo is not None:
        dt = dt.astimezone(datetime.timezone.utc)
    if len(gold) == 7:
        ok = dt.strftime("%Y-%m") == gold
    else:
        ok = dt.strftime("%Y-%m-%d") == gold
    if ok and gtime != "-":
        ok = dt.strftime("%H:%M") == gtime
    return ok


def run(rows, extra):
    first = anyhit = 0
    per_lang = {}
    misses = []
    start = time.perf_counter()
    found_all = []
    for row in rows:
        anchor = datetime.datetime.fromisoformat(row["anchor"] + "T12:00:00")
        settings = {"RELATIVE_BASE": anchor, **extra}
        try:
            found = search_dates(row["text"], languages=LANGS, settings=settings) or []
        except Exception as e:  # dateparser raises on some inputs; count as nothing found
            found = []
        found_all.append(found)
    seconds = time.perf_counter() - start
    for row, found in zip(rows, found_all):
        if row["gold"] == "-":
            f_ok = a_ok = not found
        else:
            f_ok = bool(found) and matches(row, found[0][1])
            a_ok = any(matches(row, d) for _, d in found)
        first += f_ok
        anyhit += a_ok
        t = per_lang.setdefault(row["lang"], [0, 0])
        t[0] += f_ok
        t[1] += 1
        if not f_ok:
            misses.append({"id": row["id"], "gold": row["gold"], "time": row["time"],
                           "found": [(s, d.isoformat()) for s, d in found]})
    n = len(rows)
    return {"settings": {k: str(v) for k, v in extra.items()}, "rows": n, "right_first": first,
            "accuracy_first": round(first / n, 3), "right_any": anyhit, "accuracy_any": round(anyhit / n, 3),
            "by_language_first": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_lang.items())},
            "seconds": round(seconds, 3), "expressions_per_second": round(n / seconds, 1), "misses": misses}


def main(path, out):
    rows = load(path)
    # Warm-up: dateparser loads its language data on first use; not counted.
    search_dates("June 8, 2020", languages=LANGS)
    results = {"dateparser_version": dateparser.__version__, "python": sys.version.split()[0],
               "anchor_only": run(rows, {}),
               "genre_settings": run(rows, {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})}
    json.dump(results, open(out, "w"), ensure_ascii=False, indent=1)
    for k in ("anchor_only", "genre_settings"):
        r = results[k]
        print(f"dateparser {results['dateparser_version']} {k}: accuracy {r['accuracy_first']} first / {r['accuracy_any']} any "
              f"({r['right_first']}/{r['rows']}), {r['expressions_per_second']} expressions/s ({r['seconds']} s)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Fixtures/dates/dates.tsv",
         sys.argv[2] if len(sys.argv) > 2 else "/tmp/dateparser-dates.json")
