#!/usr/bin/env python3
"""Dense bench corpus from real reporting passages (issue 14).

    python3 Scripts/bench/make_dense_corpus.py --passages ../shared/real/train --out DIR \
        --articles N --seed 1 [--digest-bytes 100000] [--big-bytes 5000000]

`make_corpus.py`'s corpus is sparse: 70% of its articles carry no flight, and tailwatch
skips an article that names no aircraft. Real collections are mostly about flights. This
generator builds articles from the paragraphs of the passages in --passages (read where
they lie at bench time: nothing of their text is stored in the repository), recombined
and varied the way make_corpus.py varies its own articles:

- each article is one passage's paragraphs (its title first), sometimes cut short, plus
  up to two paragraphs of another passage in the same script;
- every registration-like token (baseline.py's regex) becomes one of make_corpus.py's
  pool of about 2,000 aircraft, the same token the same aircraft within an article;
- years move by a per-article offset, days before or after a month name change, the
  ` date YYYY-MM-DD` header is drawn like make_corpus.py's;
- the cities make_corpus.py knows (English, Arabic, Italian, Turkish spellings) are
  swapped for others of the same list.

Writes DIR/0000/000000.txt ... (1000 per folder). With --digest-bytes / --big-bytes also
writes DIR-long/digest.txt (a digest of many posts, one after another, each under its
own dateline) and DIR-long/big.txt (the same, to the size asked): the long-article cases.
Article i depends only on (seed, i). Standard library only. Prints the total bytes of
DIR's articles (not the long ones).
"""

import argparse
import datetime as dt
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_corpus as mc  # noqa: E402  (the pool, the city lists, the month names)
from baseline import REGISTRATION  # noqa: E402

ARABIC = re.compile("[\u0600-\u06FF]")
YEAR = re.compile(r"(?<![0-9])(201[0-9]|202[0-6])(?![0-9])")
MONTHS = mc.EN_MONTHS + mc.IT_MONTHS + mc.TR_MONTHS + [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec"]
AR_MONTH_WORDS = sorted({w for m in mc.AR_MONTHS for w in m.split("/")}, key=len, reverse=True)
MONTH_ALT = "|".join(re.escape(m) for m in sorted(MONTHS + AR_MONTH_WORDS, key=len, reverse=True))
DAY_BEFORE = re.compile(r"(?<![0-9])([0-9]{1,2})(\s+(?:" + MONTH_ALT + r"))")
DAY_AFTER = re.compile(r"((?:" + MONTH_ALT + r")\s+)([0-9]{1,2})(?![0-9])")
CITY_LISTS = [sorted(set(mc.EN_CITIES + mc.EN_FOREIGN)), sorted(set(mc.AR_CITIES + mc.AR_FOREIGN)),
              sorted(set(mc.IT_CITIES + mc.IT_FOREIGN)), sorted(set(mc.TR_CITIES))]


def load_passages(root):
    """[(script, [paragraph, ...])] for every .txt under root, date header dropped."""
    out = []
    for name in sorted(os.listdir(root)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(root, name), encoding="utf-8") as fh:
            lines = [l.strip() for l in fh.read().splitlines()]
        if lines and lines[0].startswith("date "):
            lines = lines[1:]
        paras = [l for l in lines if l]
        if paras:
            script = "ar" if len(ARABIC.findall(" ".join(paras))) > 50 else "latin"
            out.append((script, paras))
    if not out:
        sys.exit(f"make_dense_corpus: no passages (.txt) in {root}")
    return out


def city_swap(text, rng):
    for names in CITY_LISTS:
        present = [n for n in names if n in text]
        if not present:
            continue
        mapping = {n: rng.choice(names) for n in present}
        pattern = re.compile("|".join(re.escape(n) for n in sorted(present, key=len, reverse=True)))
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
    return text


def vary(paras, rng, pool):
    """The paragraphs with registrations, years, days and cities varied (one article's)."""
    text = "\n\n".join(paras)
    regs = {}

    def reg(m):
        if m.group(0) not in regs:
            regs[m.group(0)] = rng.choice(pool)["reg"]
        return regs[m.group(0)]

    text = REGISTRATION.sub(reg, text)
    shift = rng.randint(-3, 3)
    text = YEAR.sub(lambda m: str(min(2025, max(2014, int(m.group(1)) + shift))), text)
    text = DAY_BEFORE.sub(lambda m: str(rng.randint(1, 28)) + m.group(2), text)
    text = DAY_AFTER.sub(lambda m: m.group(1) + str(rng.randint(1, 28)), text)
    return city_swap(text, rng)


def article(i, seed, passages, by_script, pool):
    rng = random.Random(f"tailwatch-dense-{seed}-{i}")
    script, paras = passages[rng.randrange(len(passages))]
    take = paras if rng.random() < 0.6 else paras[:max(1, rng.randint(len(paras) // 2, len(paras)))]
    take = list(take)
    for _ in range(rng.choice([0, 0, 1, 2])):
        _, other = by_script[script][rng.randrange(len(by_script[script]))]
        take.append(other[rng.randrange(len(other))])
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
    return f" date {date.isoformat()} " + vary(take, rng, pool) + "\n"


def digest(target, seed, tag, passages, by_script, pool):
    """Posts one after another under their own datelines, to about `target` bytes."""
    parts, size, k = [], 0, 0
    while size < target:
        rng = random.Random(f"tailwatch-dense-{tag}-{seed}-{k}")
        script, paras = passages[rng.randrange(len(passages))]
        date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
        post = f"— {mc.date_en(date)} —\n\n" + vary(paras, rng, pool) + "\n\n"
        parts.append(post)
        size += len(post.encode("utf-8"))
        k += 1
    data = "".join(parts).encode("utf-8")[:target]
    return data.decode("utf-8", errors="ignore").encode("utf-8")  # never cut a character in two


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passages", required=True, help="folder of real passages (../shared/real/train)")
    ap.add_argument("--out", required=True, help="output directory (created; must be empty or absent)")
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-dir", type=int, default=1000)
    ap.add_argument("--digest-bytes", type=int, default=0, help="write OUT-long/digest.txt of about this size")
    ap.add_argument("--big-bytes", type=int, default=0, help="write OUT-long/big.txt of about this size")
    a = ap.parse_args(argv)
    if os.path.isdir(a.out) and os.listdir(a.out):
        sys.exit(f"make_dense_corpus: {a.out} is not empty")
    passages = load_passages(a.passages)
    by_script = {}
    for p in passages:
        by_script.setdefault(p[0], []).append(p)
    pool = mc.build_pool(a.seed)
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for i in range(a.articles):
        sub = os.path.join(a.out, f"{i // a.per_dir:04d}")
        if i % a.per_dir == 0:
            os.makedirs(sub, exist_ok=True)
        data = article(i, a.seed, passages, by_script, pool).encode("utf-8")
        with open(os.path.join(sub, f"{i:06d}.txt"), "wb") as fh:
            fh.write(data)
        total += len(data)
    if a.digest_bytes or a.big_bytes:
        long_dir = a.out.rstrip("/") + "-long"
        os.makedirs(long_dir, exist_ok=True)
        for name, size in (("digest.txt", a.digest_bytes), ("big.txt", a.big_bytes)):
            if size:
                with open(os.path.join(long_dir, name), "wb") as fh:
                    fh.write(digest(size, a.seed, name, passages, by_script, pool))
    print(f"{a.articles} dense articles from {len(passages)} passages, {total} bytes", file=sys.stderr)
    print(total)


if __name__ == "__main__":
    main()
