#!/usr/bin/env python3
"""Compares a tailwatch database against a clean run's, for the reliability tests.

    python3 Scripts/reliability/check_db.py CANDIDATE.sqlite CLEAN.sqlite CORPUS_DIR

Prints one JSON object: integrity (PRAGMA integrity_check), expected (article files
under CORPUS_DIR, which must be the path ingest was given), lost (files with no article_path row, or whose article row is
missing), duplicated (observations or events beyond the clean run's, counted as a
multiset), events_equal (the canonical event dump, sources included, equals the clean
run's). Exits 1 when anything is off. Python standard library only; a check script,
never run by the product.
"""

import collections
import json
import os
import sqlite3
import sys

EXTENSIONS = (".txt", ".md", ".text")


def corpus_paths(root):
    out = set()
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        for f in files:
            if not f.startswith(".") and f.lower().endswith(EXTENSIONS):
                out.add(os.path.join(d, f))
    return out


def event_dump(db):
    """Events as a multiset of rows without their ids, each with its sorted sources."""
    sources = collections.defaultdict(list)
    for row in db.execute('SELECT event_id, file, path, sha256, start, "end", snippet FROM event_source'):
        sources[row[0]].append(row[1:])
    cols = [r[1] for r in db.execute("PRAGMA table_info(event)") if r[1] != "id"]
    dump = collections.Counter()
    for row in db.execute("SELECT id, " + ", ".join(cols) + " FROM event"):
        dump[(row[1:], tuple(sorted(sources[row[0]])))] += 1
    return dump


def observations(db):
    """Observations as a multiset; payload JSON re-serialised with sorted keys, since the
    encoder's key order differs from one process to the next."""
    return collections.Counter(
        (sha, ident, json.dumps(json.loads(payload), sort_keys=True))
        for sha, ident, payload in db.execute("SELECT sha256, identifier, payload FROM observation"))


def main():
    candidate, clean, corpus = sys.argv[1:4]
    a = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
    b = sqlite3.connect(f"file:{clean}?mode=ro", uri=True)
    integrity = a.execute("PRAGMA integrity_check").fetchone()[0]
    paths = corpus_paths(corpus)
    stored = dict(a.execute("SELECT p.path, a.sha256 FROM article_path p LEFT JOIN article a ON a.sha256 = p.sha256"))
    lost = sum(1 for p in paths if stored.get(p) is None)
    obs_a, obs_b = observations(a), observations(b)
    ev_a, ev_b = event_dump(a), event_dump(b)
    duplicated = sum((obs_a - obs_b).values()) + sum((ev_a - ev_b).values())
    report = {
        "integrity": integrity,
        "expected": len(paths),
        "articles": a.execute("SELECT count(*) FROM article").fetchone()[0],
        "clean_articles": b.execute("SELECT count(*) FROM article").fetchone()[0],
        "lost": lost,
        "duplicated": duplicated,
        "missing_events": sum((ev_b - ev_a).values()),
        "events": sum(ev_a.values()),
        "events_equal": ev_a == ev_b and obs_a == obs_b,
    }
    print(json.dumps(report))
    ok = integrity == "ok" and lost == 0 and duplicated == 0 and report["events_equal"] \
        and report["articles"] == report["clean_articles"]
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
