#!/usr/bin/env bash
# Reproducible throughput and latency benchmark for tailwatch (issue 5).
#
#   Scripts/bench/bench.sh [options] [N...]
#
# Builds the release binary in its own scratch path (.build-bench, never .build),
# generates a seeded corpus of N articles per size (Scripts/bench/make_corpus.py),
# and prints one markdown table per size: ingest wall time, MB/s, articles/s, peak
# RSS, database size, flights and aircraft stored, query latency p50/p99 (whole
# process, so start-up included) for history / airport HLLB / airport Benghazi /
# events, a cold-cache history run, the same queries in process (tailwatch-bench: the
# commands' own query and rendering code, without process start-up; its output is
# checked byte for byte against the command's), and extraction-only speed on a fixed
# 5 MB sample next to the baseline a user would write (Scripts/bench/baseline.py:
# dateparser + a registration regex, in a throwaway venv).
#
# Options:
#   --out DIR           work and result directory (default /tmp/tailwatch-bench; never the repo)
#   --seed S            corpus seed (default 1)
#   --runs K            runs per query (default 200; events: K/10)
#   --query-budget T    stop a query's runs early after T seconds of runs, at least 10
#                       runs (default 40; matters for commands that load the tables)
#   --skip-baseline     no venv, no dateparser rows
#   --skip-autodetect   no dateparser auto-detect row (the slowest part of the baseline)
#   --no-build          use the existing .build-bench/release/tailwatch
#   --bin-dir DIR       use tailwatch and tailwatch-bench from DIR (e.g. .build/release), no build
#   --sample-bytes B    size of the extraction sample (default 5000000)
#   --cold-runs K       cold-cache history runs (default 5)
#   --strict            exit 1 when any timed command exits non-zero or an in-process
#                       output differs from the command's (make bench-smoke, CI)
#   --passages DIR      real passages the dense corpus is built from (default ../shared/real/train
#                       beside the checkout; read where they lie, never copied into the repo)
#   --skip-dense        no dense corpus
#   --digest-bytes B    size of the dense digest article (default 100000)
#   --big-bytes B       size of the one big dense file (default 5000000)
#   --long-timeout S    give up an ingest of one long article after S seconds (default 600)
#
# Before each size's table (the sparse corpus of make_corpus.py) comes the dense one:
# Scripts/bench/make_dense_corpus.py recombines the real passages' paragraphs with
# registrations, dates and places varied, nearly every article about flights. Its table:
# ingest of N dense articles, of the digest and of the big file, the first search after
# the ingest, and extraction-only of a fixed dense sample next to the same baseline.
# Default N: 10000 (about 31 MB; the whole run takes about 4 minutes on 2 cores,
# not counting the build). Several sizes: `bench.sh 10000 100000 300000`.
# Only bash, python3 (standard library), /usr/bin/time; pip for the baseline venv.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=/tmp/tailwatch-bench
SEED=1
RUNS=200
QUERY_BUDGET=40
SKIP_BASELINE=0
SKIP_AUTODETECT=0
BUILD=1
SAMPLE_BYTES=5000000          # the fixed extraction sample: first files of the seed's corpus up to 5 MB
AUTODETECT_BYTES=500000       # dateparser without a language list runs on this prefix of the sample
COLD_RUNS=5
VENV=${TAILWATCH_BENCH_VENV:-/tmp/benchvenv}
DATEPARSER=${TAILWATCH_BENCH_DATEPARSER:-dateparser==1.5.0}
BASELINE_LANGS=en,ar,it,tr
BIN_DIR=
STRICT=0
PASSAGES=
SKIP_DENSE=0
DIGEST_BYTES=100000
BIG_BYTES=5000000
LONG_TIMEOUT=600
sizes=()

while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --query-budget) QUERY_BUDGET=$2; shift 2 ;;
        --skip-baseline) SKIP_BASELINE=1; shift ;;
        --skip-autodetect) SKIP_AUTODETECT=1; shift ;;
        --no-build) BUILD=0; shift ;;
        --bin-dir) BIN_DIR=$2; BUILD=0; shift 2 ;;
        --sample-bytes) SAMPLE_BYTES=$2; shift 2 ;;
        --cold-runs) COLD_RUNS=$2; shift 2 ;;
        --strict) STRICT=1; shift ;;
        --passages) PASSAGES=$2; shift 2 ;;
        --skip-dense) SKIP_DENSE=1; shift ;;
        --digest-bytes) DIGEST_BYTES=$2; shift 2 ;;
        --big-bytes) BIG_BYTES=$2; shift 2 ;;
        --long-timeout) LONG_TIMEOUT=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
        *) [[ $1 =~ ^[0-9]+$ ]] || { echo "bench.sh: not a size: $1" >&2; exit 2; }
           sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
EVENT_RUNS=$(( RUNS / 10 > 5 ? RUNS / 10 : 5 ))

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
case "$OUT/" in "$ROOT"/*) echo "bench.sh: --out must be outside the repository ($ROOT)" >&2; exit 2 ;; esac
if [ -n "$BIN_DIR" ]; then BIN_DIR=$(cd "$BIN_DIR" && pwd); else BIN_DIR="$ROOT/.build-bench/release"; fi
BIN="$BIN_DIR/tailwatch"
QBENCH="$BIN_DIR/tailwatch-bench"
PY=python3
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { "$PY" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
T_START=$(now)

# ---------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
    log "swift build -c release --static-swift-stdlib --scratch-path .build-bench"
    t=$(now)
    (cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path .build-bench) >"$OUT/build.log" 2>&1 \
        || { tail -30 "$OUT/build.log" >&2; echo "bench.sh: build failed (log: $OUT/build.log)" >&2; exit 1; }
    BUILD_S=$(elapsed "$t")
    log "built in ${BUILD_S}s"
else
    BUILD_S="skipped"
fi
[ -x "$BIN" ] || { echo "bench.sh: no binary at $BIN" >&2; exit 1; }
[ -x "$QBENCH" ] || { echo "bench.sh: no binary at $QBENCH (swift build -c release builds it)" >&2; exit 1; }

# ---------------------------------------------------------------- machine facts
"$PY" - "$ROOT" "$BUILD_S" >"$OUT/machine.json" <<'EOF'
import json, os, re, subprocess, sys, time
root, build_s = sys.argv[1:3]
cpu = open("/proc/cpuinfo").read()
g = lambda k: (re.search(r"^" + k + r"\s*:\s*(.*)$", cpu, re.M) or [None, "?"])[1].strip()
mem = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1))
def out(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=root).stdout
    except OSError:
        return ""
print(json.dumps({
    "nproc": len(os.sched_getaffinity(0)),
    "cpu": f"{g('model name')} (family {g('cpu family')} model {g('model')}, {g('cpu MHz').split('.')[0]} MHz, cache {g('cache size')})",
    "mem_total": f"{mem / 1048576:.1f} GiB",
    "kernel": " ".join(os.uname()[i] for i in (0, 2)),
    "swift": (out("swift", "--version").strip().splitlines() or ["unknown"])[0],
    "git": out("git", "rev-parse", "--short", "HEAD").strip() or "unknown",
    "dirty": len(out("git", "status", "--porcelain", "--", "Sources", "Package.swift", "Package.resolved").splitlines()),
    "build_s": build_s,
    "date": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()),
}))
EOF

timeruns() { "$PY" "$HERE/timeruns.py" "$@"; }

# ---------------------------------------------------------------- extraction-only sample + baseline (once)
S="$OUT/sample"
mkdir -p "$S"
log "extraction sample: first files of the seed-$SEED corpus up to $SAMPLE_BYTES bytes"
rm -rf "$S/corpus"
"$PY" "$HERE/make_corpus.py" --out "$S/corpus" --articles $(( SAMPLE_BYTES / 2000 + 1 )) --seed "$SEED" >/dev/null 2>&1
# The first files of a corpus (in path order) that add up to at most LIMIT bytes.
take_sample() {
    "$PY" - "$1" "$2" <<'EOF'
import os, sys
root, limit = sys.argv[1], int(sys.argv[2])
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
total = 0
for p in paths:
    n = os.path.getsize(p)
    if total + n > limit:
        break
    total += n
    print(p)
EOF
}
take_sample "$S/corpus" "$SAMPLE_BYTES" >"$S/sample.list"
mapfile -t SAMPLE_FILES <"$S/sample.list"
SAMPLE_TOTAL=$(cat "${SAMPLE_FILES[@]}" | wc -c)
printf ' date 2020-06-09 Nothing to see here.\n' >"$S/tiny.txt"

log "tailwatch extract: start-up (one tiny file), then the ${#SAMPLE_FILES[@]}-file sample"
timeruns --runs 5 --warmup 1 -- "$BIN" extract "$S/tiny.txt" >"$S/extract_startup.json"
/usr/bin/time -f '%e %M' -o "$S/extract.time" "$BIN" extract "${SAMPLE_FILES[@]}" >"$S/extract.jsonl" 2>"$S/extract.err" \
    || log "tailwatch extract exited non-zero (see $S/extract.err)"
{
    echo "{\"files\": ${#SAMPLE_FILES[@]}, \"bytes\": $SAMPLE_TOTAL,"
    echo " \"wall_s\": $(tail -1 "$S/extract.time" | awk '{print $1}'), \"rss_kb\": $(tail -1 "$S/extract.time" | awk '{print $2}'),"
    echo " \"flights\": $(grep -c '"kind":"flight"' "$S/extract.jsonl" || true)}"
} >"$S/extract.json"

if [ "$SKIP_BASELINE" = 0 ]; then
    if ! "$VENV/bin/python" -c 'import dateparser' 2>/dev/null; then
        log "creating $VENV with $DATEPARSER"
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install -q "$DATEPARSER" >"$OUT/pip.log" 2>&1 \
            || { tail "$OUT/pip.log" >&2; echo "bench.sh: pip install failed; rerun with --skip-baseline" >&2; exit 1; }
    fi
    "$VENV/bin/python" -c 'import dateparser; print(dateparser.__version__)' >"$S/dateparser.version"
    log "baseline: dateparser $(cat "$S/dateparser.version") search_dates(languages=$BASELINE_LANGS) + regex on the sample"
    /usr/bin/time -f '%e %M' -o "$S/baseline.time" \
        "$VENV/bin/python" "$HERE/baseline.py" --json --files-from "$S/sample.list" --languages "$BASELINE_LANGS" >"$S/baseline.json"
    if [ "$SKIP_AUTODETECT" = 0 ]; then
        log "baseline: dateparser language auto-detect on the first $AUTODETECT_BYTES bytes of the sample"
        /usr/bin/time -f '%e %M' -o "$S/baseline_auto.time" \
            "$VENV/bin/python" "$HERE/baseline.py" --json --files-from "$S/sample.list" --max-bytes "$AUTODETECT_BYTES" >"$S/baseline_auto.json"
    else
        rm -f "$S/baseline_auto.json" "$S/baseline_auto.time"
    fi
else
    rm -f "$S/baseline.json" "$S/baseline.time" "$S/baseline_auto.json" "$S/baseline_auto.time"
fi


# ---------------------------------------------------------------- dense sample, long articles (once)
[ -n "$PASSAGES" ] || PASSAGES="$ROOT/../shared/real/train"
if [ "$SKIP_DENSE" = 0 ] && ! ls "$PASSAGES"/*.txt >/dev/null 2>&1; then
    log "no passages (.txt) at $PASSAGES: dense corpus skipped"
    SKIP_DENSE=1
fi
DS="$OUT/dense-sample"
# `/usr/bin/time` of one command into NAME.time; NAME.json gets its wall time, RSS and exit code.
timed() {
    local name=$1; shift
    local rc=0
    /usr/bin/time -f '%e %M' -o "$name.time" "$@" >"$name.out" 2>"$name.err" || rc=$?
    echo "{\"wall_s\": $(tail -1 "$name.time" | awk '{print $1}'), \"rss_kb\": $(tail -1 "$name.time" | awk '{print $2}'), \"rc\": $rc}" >"$name.json"
}
if [ "$SKIP_DENSE" = 0 ]; then
    mkdir -p "$DS"
    rm -rf "$DS/corpus" "$DS/corpus-long" "$DS"/*.sqlite*
    log "dense extraction sample: first files of a seed-$SEED dense corpus up to $SAMPLE_BYTES bytes; digest $DIGEST_BYTES bytes, big file $BIG_BYTES bytes"
    "$PY" "$HERE/make_dense_corpus.py" --passages "$PASSAGES" --out "$DS/corpus" --articles $(( SAMPLE_BYTES / 1400 + 1 )) \
        --seed "$SEED" --digest-bytes "$DIGEST_BYTES" --big-bytes "$BIG_BYTES" >/dev/null 2>"$DS/gen.err"
    take_sample "$DS/corpus" "$SAMPLE_BYTES" >"$DS/sample.list"
    mapfile -t DSAMPLE <"$DS/sample.list"
    log "tailwatch extract: the ${#DSAMPLE[@]}-file dense sample"
    timed "$DS/extract" "$BIN" extract "${DSAMPLE[@]}"
    echo "{\"files\": ${#DSAMPLE[@]}, \"bytes\": $(cat "${DSAMPLE[@]}" | wc -c), \"flights\": $(grep -c '"kind":"flight"' "$DS/extract.out" || true)}" >"$DS/sample.json"
    if [ "$SKIP_BASELINE" = 0 ]; then
        log "baseline: dateparser search_dates(languages=$BASELINE_LANGS) + regex on the dense sample"
        "$VENV/bin/python" "$HERE/baseline.py" --json --files-from "$DS/sample.list" --languages "$BASELINE_LANGS" >"$DS/baseline.json"
    else
        rm -f "$DS/baseline.json"
    fi
    for f in digest big; do
        [ -f "$DS/corpus-long/$f.txt" ] || continue
        log "tailwatch ingest of the dense $f article ($(wc -c <"$DS/corpus-long/$f.txt") bytes)"
        timed "$DS/ingest_$f" timeout "$LONG_TIMEOUT" "$BIN" ingest --db "$DS/$f.sqlite" "$DS/corpus-long/$f.txt"
        echo "{\"bytes\": $(wc -c <"$DS/corpus-long/$f.txt"), \"summary\": $("$PY" -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read().strip()))' "$DS/ingest_$f.out")}" >"$DS/long_$f.json"
    done
fi

# ---------------------------------------------------------------- per size
for N in "${sizes[@]}"; do
    R="$OUT/n$N"
    C="$R/corpus"
    DB="$R/bench.sqlite"
    mkdir -p "$R"
    rm -rf "$C" "$DB" "$DB-wal" "$DB-shm"
    if [ "$SKIP_DENSE" = 0 ]; then
        D="$R/dense"
        DDB="$R/dense.sqlite"
        rm -rf "$D" "$DDB" "$DDB-wal" "$DDB-shm"
        log "n=$N: generating the dense corpus (seed $SEED, passages $PASSAGES)"
        DBYTES=$("$PY" "$HERE/make_dense_corpus.py" --passages "$PASSAGES" --out "$D" --articles "$N" --seed "$SEED" 2>"$R/make_dense.err")
        log "n=$N: tailwatch ingest of the dense corpus ($DBYTES bytes)"
        sync
        timed "$R/dense_ingest" "$BIN" ingest --db "$DDB" "$D"
        log "n=$N: dense: search Benghazi (first run after the ingest), then x$RUNS"
        timeruns --runs 1 --warmup 0 -- "$BIN" search --db "$DDB" Benghazi >"$R/dense_search_first.json"
        timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" search --db "$DDB" Benghazi >"$R/dense_search.json"
        DDB_BYTES=$("$PY" -c 'import os,sys; print(sum(os.path.getsize(p) for p in sys.argv[1:] if os.path.exists(p)))' "$DDB" "$DDB-wal" "$DDB-shm")
        echo "{\"n\": $N, \"seed\": $SEED, \"bytes\": $DBYTES, \"db_bytes\": $DDB_BYTES, \"passages\": \"$PASSAGES\"}" >"$R/dense_run.json"
        "$PY" - "$R" "$DS" "$OUT/machine.json" "$BASELINE_LANGS" <<'EOF' >"$R/dense_table.md"
import json, os, re, sys
R, DS, machine_path, langs = sys.argv[1:5]
j = lambda p: json.load(open(p)) if os.path.exists(p) else None
run, m, ing = j(os.path.join(R, "dense_run.json")), j(machine_path), j(os.path.join(R, "dense_ingest.json"))
summary = open(os.path.join(R, "dense_ingest.out")).read().strip()
mib = lambda b: f"{b / 1048576:.1f} MiB"
def ms(x):
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"
def q(name):
    d = j(os.path.join(R, name))
    codes = "" if set(d["exit_codes"]) == {"0"} else f" · exit codes {d['exit_codes']}"
    return f"p50 {ms(d['p50'])} · p99 {ms(d['p99'])} ({d['runs']} runs){codes}"
wall = ing["wall_s"]
mm = re.search(r"(\d+) flight events, (\d+) aircraft", summary)
rows = [
    ("corpus (`make_dense_corpus.py --seed %d`, paragraphs of %s)" % (run["seed"], run["passages"]),
     f"{run['n']:,} articles · {run['bytes'] / 1e6:.2f} MB · {run['bytes'] / run['n'] / 1e3:.2f} kB per article"),
    ("ingest wall time (end to end)", f"{wall:.2f} s" + ("" if ing["rc"] == 0 else f" (exit {ing['rc']})")),
    ("ingest throughput", f"**{run['bytes'] / 1e6 / wall:.2f} MB/s** · {run['n'] / wall:.0f} articles/s"),
    ("ingest peak RSS", mib(ing["rss_kb"] * 1024)),
    ("database size (incl. -wal/-shm)", mib(run["db_bytes"])),
    ("stored", f"{int(mm.group(1)):,} flight events · {int(mm.group(2)):,} aircraft" if mm else summary),
    ("`search Benghazi`: first run after the ingest", q("dense_search_first.json")),
    ("`search Benghazi`: later runs", q("dense_search.json")),
]
ex, sm = j(os.path.join(DS, "extract.json")), j(os.path.join(DS, "sample.json"))
if ex and sm:
    mbs = sm["bytes"] / 1e6 / ex["wall_s"]
    rows.append((f"extraction only: `tailwatch extract` on the dense sample ({sm['files']} files, {sm['bytes']:,} bytes; 1 process, 1 thread)",
                 f"{mbs:.2f} MB/s per core end to end ({ex['wall_s']:.2f} s, peak RSS {mib(ex['rss_kb'] * 1024)}, {sm['flights']} flights)"))
    bl = j(os.path.join(DS, "baseline.json"))
    if bl:
        rows.append((f"peer: `baseline.py` (dateparser `search_dates(languages=[{langs}])` + registration regex), same dense sample",
                     f"{bl['mb_per_s']:.3f} MB/s ({bl['process_s']:.1f} s) · tailwatch extract {mbs / bl['mb_per_s_with_import']:.1f}× faster end to end"))
for f, label in (("digest", "a digest of many posts"), ("big", "one big file")):
    lj, tj = j(os.path.join(DS, f"long_{f}.json")), j(os.path.join(DS, f"ingest_{f}.json"))
    if lj and tj:
        rows.append((f"ingest of {label} ({lj['bytes'] / 1e6:.2f} MB, one article)",
                     f"{tj['wall_s']:.2f} s · {lj['bytes'] / 1e6 / tj['wall_s']:.2f} MB/s · peak RSS {mib(tj['rss_kb'] * 1024)}"
                     + ("" if tj["rc"] == 0 else " · **did not finish: stopped by the time limit**" if tj["rc"] == 124 else f" · exit {tj['rc']}")
                     + f" · {lj['summary']}"))
print(f"### tailwatch benchmark, dense corpus · {run['n']:,} articles · seed {run['seed']}")
print()
print(f"{m['nproc']} cores · {m['cpu']} · {m['swift']} · git {m['git']}" + (f" (+{m['dirty']} uncommitted source files)" if m["dirty"] else "") + f" · {m['date']}")
print()
print("| measure | result |")
print("|---|---|")
for k, v in rows:
    print(f"| {k} | {v} |")
print()
EOF
        cat "$R/dense_table.md"
        echo
        if [ "$STRICT" = 1 ]; then
            "$PY" - "$R" "$DS" <<'EOF' || { echo "bench.sh: --strict: a dense check failed for n=$N (files: $R)" >&2; exit 1; }
import glob, json, os, sys
R, DS = sys.argv[1:3]
bad = [os.path.basename(p) for p in glob.glob(os.path.join(R, "dense_search*.json")) if set(json.load(open(p))["exit_codes"]) != {"0"}]
bad += [os.path.basename(p) for p in [os.path.join(R, "dense_ingest.json")] + glob.glob(os.path.join(DS, "ingest_*.json")) + [os.path.join(DS, "extract.json")]
        if json.load(open(p))["rc"] != 0]
if bad: print("bench.sh --strict: dense: " + ", ".join(sorted(bad)), file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
        fi
    fi

    log "n=$N: generating corpus (seed $SEED)"
    t=$(now)
    BYTES=$("$PY" "$HERE/make_corpus.py" --out "$C" --articles "$N" --seed "$SEED" 2>"$R/make_corpus.err")
    GEN_S=$(elapsed "$t")
    GEN_FLIGHTS=$("$PY" -c 'import json,sys; print(sum(len(json.loads(l)["flights"]) for l in open(sys.argv[1])))' "$C/manifest.jsonl")

    log "n=$N: tailwatch ingest ($BYTES bytes)"
    sync
    rc=0
    /usr/bin/time -f '%e %M' -o "$R/ingest.time" "$BIN" ingest --db "$DB" "$C" >"$R/ingest.out" 2>"$R/ingest.err" || rc=$?
    [ "$rc" = 0 ] || log "n=$N: ingest exited $rc (see $R/ingest.err)"
    SUMMARY=$(grep -E 'files read' "$R/ingest.out" "$R/ingest.err" -h | tail -1)
    DB_BYTES=$("$PY" -c 'import os,sys; print(sum(os.path.getsize(p) for p in sys.argv[1:] if os.path.exists(p)))' "$DB" "$DB-wal" "$DB-shm")

    # Registrations that exist: the one with most flights (the longest history) for the runs.
    "$BIN" events --db "$DB" --format jsonl | "$PY" -c '
import collections, json, sys
c = collections.Counter(e["registration"] for e in map(json.loads, sys.stdin) if e["kind"] == "flight" and e["registration"])
reg, n = c.most_common(1)[0]
ranked = sorted(c.items(), key=lambda kv: (kv[1], kv[0]))
mreg, mn = ranked[len(ranked) // 2]
print(reg, n, mreg, mn)' >"$R/reg.txt"
    read -r REG REG_FLIGHTS MREG MREG_FLIGHTS <"$R/reg.txt"
    HIST_LINES=$("$BIN" history --db "$DB" "$REG" | wc -l)
    HLLB_LINES=$("$BIN" airport --db "$DB" HLLB | wc -l)
    BENG_LINES=$("$BIN" airport --db "$DB" Benghazi | wc -l)
    EVENTS_BYTES=$("$BIN" events --db "$DB" --format jsonl | wc -c)

    log "n=$N: history $REG x$RUNS"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" history --db "$DB" "$REG" >"$R/q_history.json"
    log "n=$N: airport HLLB x$RUNS (budget ${QUERY_BUDGET}s)"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" airport --db "$DB" HLLB >"$R/q_hllb.json"
    log "n=$N: airport Benghazi x$RUNS (budget ${QUERY_BUDGET}s)"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" airport --db "$DB" Benghazi >"$R/q_benghazi.json"
    log "n=$N: airport Benghazi,LY x$RUNS"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" airport --db "$DB" Benghazi,LY >"$R/q_benghazi_ly.json"
    log "n=$N: search Benghazi (first run after the ingest, which indexed the articles)"
    timeruns --runs 1 --warmup 0 -- "$BIN" search --db "$DB" Benghazi >"$R/q_search_first.json"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" search --db "$DB" Benghazi >"$R/q_search.json"
    log "n=$N: events --format jsonl x$EVENT_RUNS"
    timeruns --runs "$EVENT_RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" events --db "$DB" --format jsonl >"$R/q_events.json"
    log "n=$N: cold history x$COLD_RUNS"
    timeruns --runs "$COLD_RUNS" --cold --evict "$BIN" "$DB" "$DB-wal" "$DB-shm" -- "$BIN" history --db "$DB" "$REG" >"$R/q_cold.json"
    log "n=$N: history $MREG (median aircraft) x$RUNS"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" history --db "$DB" "$MREG" >"$R/q_history_median.json"
    log "n=$N: airport HLLB --since 2020-06 --until 2020-06 (one month) x$RUNS"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" airport --db "$DB" HLLB --since 2020-06 --until 2020-06 >"$R/q_hllb_month.json"
    log "n=$N: tailwatch --help x$RUNS (process start-up and argument parsing only)"
    timeruns --runs "$RUNS" --max-seconds "$QUERY_BUDGET" -- "$BIN" --help >"$R/q_version.json"

    # The same queries in process: tailwatch-bench runs QueryOutput (what the commands print)
    # RUNS times each; its outputs must equal the commands' byte for byte.
    log "n=$N: in process (tailwatch-bench) x$RUNS: history $REG, history $MREG, airport HLLB (all, June 2020), Benghazi,LY, events"
    rm -rf "$R/inproc"
    "$QBENCH" --db "$DB" --runs "$RUNS" --events-runs "$EVENT_RUNS" --history "$REG" --history "$MREG" \
        --airport HLLB --airport "HLLB@2020-06@2020-06" --airport Benghazi,LY --events --out-dir "$R/inproc" >"$R/inproc.jsonl"
    INPROC_SAME=1
    expect() { local n=$1; shift; NO_COLOR=1 "$BIN" "$@" --db "$DB" >"$R/inproc/$n.cli" 2>/dev/null || true
        cmp -s "$R/inproc/$n.out" "$R/inproc/$n.cli" || { INPROC_SAME=0; log "n=$N: in-process output $n differs from tailwatch $*"; }; }
    expect 1 history "$REG"; expect 2 history "$MREG"; expect 3 airport HLLB
    expect 4 airport HLLB --since 2020-06 --until 2020-06; expect 5 airport Benghazi,LY; expect 6 events --format jsonl

    cat >"$R/run.json" <<EOF
{"n": $N, "seed": $SEED, "bytes": $BYTES, "gen_s": $GEN_S, "gen_flights": $GEN_FLIGHTS,
 "ingest_rc": $rc, "ingest_wall_s": $(tail -1 "$R/ingest.time" | awk '{print $1}'),
 "ingest_rss_kb": $(tail -1 "$R/ingest.time" | awk '{print $2}'),
 "summary": $("$PY" -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$SUMMARY"),
 "db_bytes": $DB_BYTES, "reg": "$REG", "reg_flights": $REG_FLIGHTS, "hist_lines": $HIST_LINES,
 "mreg": "$MREG", "mreg_flights": $MREG_FLIGHTS, "inproc_same": $INPROC_SAME,
 "hllb_lines": $HLLB_LINES, "benghazi_lines": $BENG_LINES, "events_bytes": $EVENTS_BYTES,
 "runs": $RUNS, "event_runs": $EVENT_RUNS, "budget": $QUERY_BUDGET}
EOF

    "$PY" - "$R" "$S" "$OUT/machine.json" "$BASELINE_LANGS" "$(elapsed "$T_START")" >"$R/table.md" <<'EOF'
import json, os, re, sys
R, S, machine_path, langs, total_s = sys.argv[1:6]
j = lambda p: json.load(open(p)) if os.path.exists(p) else None
run, m = j(os.path.join(R, "run.json")), j(machine_path)
ex, st = j(os.path.join(S, "extract.json")), j(os.path.join(S, "extract_startup.json"))
bl, ba = j(os.path.join(S, "baseline.json")), j(os.path.join(S, "baseline_auto.json"))
fmt_int = lambda n: f"{n:,}"
mib = lambda b: f"{b / 1048576:.1f} MiB"
def ms(x):
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"
def q(name):
    d = j(os.path.join(R, name))
    runs = f"{d['runs']} runs" + ("" if d["runs"] == d["runs_asked"] else f" of {d['runs_asked']} (time budget {run['budget']} s)")
    codes = "" if set(d["exit_codes"]) == {"0"} else f" · exit codes {d['exit_codes']}"
    return f"p50 {ms(d['p50'])} · p99 {ms(d['p99'])} · min {ms(d['min'])} · max {ms(d['max'])} ({runs}){codes}"
mm = re.search(r"(\d+) flight events, (\d+) aircraft", run["summary"] or "")
wall = run["ingest_wall_s"]
rows = [
    ("corpus (`make_corpus.py --seed %d`)" % run["seed"],
     f"{fmt_int(run['n'])} articles · {run['bytes'] / 1e6:.2f} MB ({fmt_int(run['bytes'])} bytes) · {fmt_int(run['gen_flights'])} flights written · generated in {run['gen_s']} s"),
    ("ingest wall time (`tailwatch ingest --db X DIR`, end to end)", f"{wall:.2f} s" + ("" if run["ingest_rc"] == 0 else f" (exit {run['ingest_rc']})")),
    ("ingest throughput", f"{run['bytes'] / 1e6 / wall:.2f} MB/s · {run['n'] / wall:.0f} articles/s"),
    ("ingest peak RSS (`/usr/bin/time -f %M`)", mib(run["ingest_rss_kb"] * 1024)),
    ("database size (incl. -wal/-shm)", f"{mib(run['db_bytes'])} ({fmt_int(run['db_bytes'])} bytes)"),
    ("stored (ingest summary line)", f"{fmt_int(int(mm.group(1)))} flight events · {fmt_int(int(mm.group(2)))} aircraft" if mm else run["summary"]),
    (f"`history {run['reg']}` ({run['reg_flights']} flights, the longest history)", q("q_history.json")),
    (f"`airport HLLB` ({run['hllb_lines']} output lines)", q("q_hllb.json")),
    (f"`airport Benghazi` ({run['benghazi_lines']} output lines; loads the gazetteer)", q("q_benghazi.json")),
    ("`airport Benghazi,LY` (resolved from the database)", q("q_benghazi_ly.json")),
    ("`search Benghazi`: first run after ingest (ingest keeps the index; before v6-search-in-ingest this run built it)", q("q_search_first.json")),
    ("`search Benghazi`: later runs", q("q_search.json")),
    (f"`events --format jsonl > /dev/null` ({run['events_bytes'] / 1e6:.1f} MB)", q("q_events.json")),
]
rows.insert(7, (f"`history {run['mreg']}` ({run['mreg_flights']} flights, the median aircraft)", q("q_history_median.json")))
rows.insert(9, ("`airport HLLB --since 2020-06 --until 2020-06` (one month)", q("q_hllb_month.json")))
rows.append(("`tailwatch --help` (process start-up, argument parsing and the help text: no database)", q("q_version.json")))
cold = j(os.path.join(R, "q_cold.json"))
rows.append((f"cold `history {run['reg']}` (page cache dropped before each run: {cold['cold_method']})",
             f"p50 {ms(cold['p50'])} · max {ms(cold['max'])} ({cold['runs']} runs)"))
labels = {"history " + run["reg"]: f"`history {run['reg']}`", "history " + run["mreg"]: f"`history {run['mreg']}` (median)",
          "airport HLLB": "`airport HLLB`", "airport HLLB@2020-06@2020-06": "`airport HLLB --since 2020-06 --until 2020-06`",
          "airport Benghazi,LY": "`airport Benghazi,LY`", "events --format jsonl": "`events --format jsonl`"}
same = "output identical to the command's" if run["inproc_same"] else "**output differs from the command's**"
for line in open(os.path.join(R, "inproc.jsonl")):
    d = json.loads(line)
    qs, ws, os_ = d["query_s"], d["warm_s"], d["open_s"]
    rows.append((f"in process: {labels.get(d['query'], d['query'])} ({d['lines']:,} lines, {d['bytes'] / 1e3:,.0f} kB)",
                 f"query+render p50 {ms(qs['p50'])} · p99 {ms(qs['p99'])} on a fresh store (open p50 {ms(os_['p50'])} · p99 {ms(os_['p99'])}); "
                 f"store kept open p50 {ms(ws['p50'])} · p99 {ms(ws['p99'])} ({d['runs']} runs; {same})"))
if ex and st:
    startup = st["p50"]
    ex_mbs = ex["bytes"] / 1e6 / ex["wall_s"]
    net = ex["wall_s"] - startup
    rows.append((f"extraction only: `tailwatch extract` on the fixed sample ({ex['files']} files, {fmt_int(ex['bytes'])} bytes; 1 process, 1 thread)",
                 f"{ex_mbs:.2f} MB/s end to end ({ex['wall_s']:.2f} s, peak RSS {mib(ex['rss_kb'] * 1024)}, {ex['flights']} flights) · "
                 f"{ex['bytes'] / 1e6 / net:.2f} MB/s without start-up (start-up = `extract` of a one-line file: {startup:.2f} s)"))
    if bl:
        rows.append((f"baseline: `baseline.py` (dateparser {open(os.path.join(S, 'dateparser.version')).read().strip()} `search_dates(languages=[{langs}])` + registration regex), same sample",
                     f"{bl['mb_per_s']:.3f} MB/s ({bl['process_s']:.1f} s + {bl['import_s']:.2f} s import; {bl['dates_found']} dates, {bl['distinct_registrations']} distinct registrations) · "
                     f"tailwatch extract is {ex_mbs / bl['mb_per_s_with_import']:.1f}× faster end to end, {ex['bytes'] / 1e6 / net / bl['mb_per_s']:.1f}× without start-up"))
    if ba:
        rows.append((f"baseline, dateparser's default language auto-detect (no `languages=`), first {fmt_int(ba['bytes'])} bytes of the sample",
                     f"{ba['mb_per_s']:.4f} MB/s ({ba['process_s']:.1f} s for {ba['files']} files) · tailwatch extract is {ex['bytes'] / 1e6 / net / ba['mb_per_s']:.0f}× faster without start-up"))
print(f"### tailwatch benchmark · {fmt_int(run['n'])} articles · seed {run['seed']}")
print()
print(f"{m['nproc']} cores · {m['cpu']} · {m['mem_total']} · {m['kernel']} · {m['swift']} · git {m['git']}"
      + (f" (+{m['dirty']} uncommitted source files)" if m["dirty"] else "") + (" · build skipped" if m["build_s"] == "skipped" else f" · build {m['build_s']} s") + f" · {m['date']}")
print()
print("| measure | result |")
print("|---|---|")
for k, v in rows:
    print(f"| {k} | {v} |")
print()
print(f"Whole-process wall times (process start included), warm page cache unless marked cold; `in process` rows time tailwatch-bench, the commands' own code without start-up. Elapsed since bench.sh started (build included): {total_s} s. Files: {R}")
EOF
    cat "$R/table.md"
    echo
    if [ "$STRICT" = 1 ]; then
        "$PY" - "$R" <<'EOF' || { echo "bench.sh: --strict: a check failed for n=$N (files: $R)" >&2; exit 1; }
import glob, json, os, sys
R = sys.argv[1]
bad = [os.path.basename(p) for p in glob.glob(os.path.join(R, "q_*.json")) if set(json.load(open(p))["exit_codes"]) != {"0"}]
run = json.load(open(os.path.join(R, "run.json")))
if not run["inproc_same"]: bad.append("in-process output differs from the command's")
if run["ingest_rc"] != 0: bad.append("ingest exit code")
if bad: print("bench.sh --strict: " + ", ".join(sorted(bad)), file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
    fi
done
log "done in $(elapsed "$T_START")s; results under $OUT"
