#!/usr/bin/env bash
# make scale-check: the Spark extraction job (Scripts/spark/extract_job.py) on the fixtures
# and the real corpora, each loaded with `tailwatch ingest --observations` and compared
# with a direct `tailwatch ingest` of the same paths (Scripts/reliability/check_db.py:
# integrity, every path and article, observations and events equal), plus the articles'
# rows (hash, extractor version, dates, text length) compared without printing any text.
# Then, for the README, the job's throughput against a direct ingest on a dense corpus of
# SCALE_DENSE articles (default 2000; 0 skips it).
#
# Installs what it needs: pyspark in a venv (TAILWATCH_SPARK_VENV, default
# /tmp/tailwatch-spark-venv) and, when `java` is missing, Debian's openjdk-17-jre-headless.
# Not part of `make test`. Uses the release binary (make release).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${TAILWATCH_BIN:-$ROOT/.build/release/tailwatch}
VENV=${TAILWATCH_SPARK_VENV:-/tmp/tailwatch-spark-venv}
WORK=${SCALE_WORK:-/tmp/tailwatch-scale-check}
SCALE_DENSE=${SCALE_DENSE:-2000}
SHARED=${SHARED:-$ROOT/../shared}
log() { printf '[scale-check %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

[ -x "$BIN" ] || { echo "scale-check: no binary at $BIN (make release)" >&2; exit 1; }
if ! command -v java >/dev/null 2>&1; then
    log "installing openjdk-17-jre-headless"
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if ! "$VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
    log "creating $VENV with pyspark"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q pyspark
fi
PY="$VENV/bin/python"
rm -rf "$WORK"
mkdir -p "$WORK"

compare_articles() {  # DB_A DB_B: the article rows equal (no text printed)
    python3 - "$1" "$2" <<'PYEOF'
import sqlite3, sys
q = """SELECT a.sha256, a.byte_count, a.extractor_version, a.article_date, a.article_date_basis, a.header_conflict,
              a.article_date_confidence, length(a.text), p.path FROM article a JOIN article_path p ON p.sha256 = a.sha256 ORDER BY p.path"""
rows = [sqlite3.connect(p).execute(q).fetchall() for p in sys.argv[1:3]]
texts = [sqlite3.connect(p).execute("SELECT sha256, text FROM article ORDER BY sha256").fetchall() for p in sys.argv[1:3]]
ok = rows[0] == rows[1] and texts[0] == texts[1]
print(f"articles: {len(rows[0])} vs {len(rows[1])} rows, {'equal' if ok else 'DIFFERENT'}")
sys.exit(0 if ok else 1)
PYEOF
}

failed=0
check() {  # NAME PATH...: direct ingest and the Spark path, compared
    local name=$1; shift
    local d="$WORK/$name"
    mkdir -p "$d"
    log "$name: direct ingest"
    "$BIN" ingest --db "$d/direct.sqlite" "$@" >"$d/direct.out" 2>"$d/direct.err" || true
    log "$name: Spark job (local[2])"
    "$PY" "$HERE/extract_job.py" --binary "$BIN" --out "$d/obs" "$@" >"$d/job.json" 2>"$d/job.err" \
        || { cat "$d/job.err" >&2; echo "scale-check: $name: the Spark job failed" >&2; failed=1; return; }
    "$BIN" ingest --db "$d/spark.sqlite" --observations "$d"/obs/part-* >"$d/spark.out" 2>"$d/spark.err" || true
    local ok=1
    # check_db.py takes one corpus folder: the paths' common parent.
    python3 "$ROOT/Scripts/reliability/check_db.py" "$d/spark.sqlite" "$d/direct.sqlite" "$1" >"$d/check.json" || ok=0
    compare_articles "$d/direct.sqlite" "$d/spark.sqlite" >"$d/articles.txt" || ok=0
    if [ "$ok" = 1 ]; then
        log "$name: equal ($(cat "$d/articles.txt"); $(tail -1 "$d/direct.out"))"
    else
        log "$name: DIFFERENT: $(cat "$d/check.json") $(cat "$d/articles.txt")"
        failed=1
    fi
    echo "$name $(cat "$d/job.json")" >>"$WORK/jobs.txt"
}

check seeds "$ROOT/Fixtures/seeds"
check articles "$ROOT/Fixtures/articles"
check blind "$ROOT/Fixtures/blind"
[ -d "$SHARED/real/train" ] && check real-train "$SHARED/real/train" || log "no $SHARED/real/train; skipped"
[ -d "$SHARED/real/check" ] && check real-check "$SHARED/real/check" || log "no $SHARED/real/check; skipped"

if [ "$SCALE_DENSE" -gt 0 ] && [ -d "$SHARED/real/train" ]; then
    D="$WORK/dense"
    python3 "$ROOT/Scripts/bench/make_dense_corpus.py" --passages "$SHARED/real/train" --out "$D/corpus" --articles "$SCALE_DENSE" >/dev/null 2>&1
    log "dense $SCALE_DENSE: direct ingest, then the Spark job and ingest --observations"
    /usr/bin/time -f '%e' -o "$D/direct.time" "$BIN" ingest --db "$D/direct.sqlite" "$D/corpus" >/dev/null 2>&1
    "$PY" "$HERE/extract_job.py" --binary "$BIN" --out "$D/obs" "$D/corpus" >"$D/job.json" 2>"$D/job.err"
    /usr/bin/time -f '%e' -o "$D/load.time" "$BIN" ingest --db "$D/spark.sqlite" --observations "$D"/obs/part-* >/dev/null 2>&1
    python3 "$ROOT/Scripts/reliability/check_db.py" "$D/spark.sqlite" "$D/direct.sqlite" "$D/corpus" >"$D/check.json" || failed=1
    python3 - "$D" <<'PYEOF'
import json, os, sys
D = sys.argv[1]
job = json.load(open(os.path.join(D, "job.json")))
direct = float(open(os.path.join(D, "direct.time")).read().split()[-1])
load = float(open(os.path.join(D, "load.time")).read().split()[-1])
mb = job["bytes"] / 1e6
print(f"dense corpus: {job['files']} articles, {mb:.2f} MB")
print(f"  direct ingest:            {direct:.2f} s  {mb / direct:.2f} MB/s  {job['files'] / direct * 3600:,.0f} articles/h")
print(f"  Spark job ({job['master']}):   {job['job_s']:.2f} s  {job['mb_per_s']:.2f} MB/s  {job['articles_per_hour']:,} articles/h (Spark start-up {job['total_s'] - job['job_s']:.1f} s apart)")
print(f"  ingest --observations:    {load:.2f} s  {mb / load:.2f} MB/s")
print(f"  databases equal: {json.load(open(os.path.join(D, 'check.json')))}")
PYEOF
fi
[ "$failed" = 0 ] || { echo "scale-check: FAILED (files: $WORK)" >&2; exit 1; }
log "every database equal to its direct ingest's (files: $WORK)"
