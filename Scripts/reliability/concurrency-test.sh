#!/usr/bin/env bash
# Concurrency test (issue 6): two `tailwatch ingest` processes on overlapping folders
# and a `history` loop on the same database at once. Every process must exit 0 (history
# may also exit 1 for an aircraft not in yet), nothing may say "database is locked",
# and the result must equal a clean run of the union (check_db.py).
#
#   bash Scripts/reliability/concurrency-test.sh      # 3000 articles, 3 rounds
#
# The corpus's folders 0000, 0001, 0002 (1000 articles each): A ingests 0000+0001,
# B ingests 0001+0002, at the same moment; the history loop asks for registrations of
# the corpus's pool until both are done, checking that each answer is whole JSON.
# The last line is the table row: concurrency RUNS KILLS ARTICLES LOST DUPLICATED ERRORS.
set -euo pipefail
cd "$(dirname "$0")/../.."
NAME=concurrency-test
ROUNDS=${ROUNDS:-3}
source Scripts/reliability/common.sh
folders=("$CORPUS"/[0-9]*)
[ "${#folders[@]}" -ge 3 ] || { echo "concurrency-test: needs at least 3 corpus folders (ARTICLES >= 2001)" >&2; exit 2; }
A=("${folders[0]}" "${folders[1]}")
B=("${folders[1]}" "${folders[@]:2}")
rm -f "$WORK"/clean.sqlite*
"$BIN" ingest --db "$WORK/clean.sqlite" "$CORPUS" >/dev/null 2>&1
# Registrations the corpus's articles were written with (its manifest).
mapfile -t registrations < <(python3 -c 'import json,sys
seen = []
for line in open(sys.argv[1], encoding="utf-8"):
    for f in json.loads(line)["flights"]:
        if f["registration"] not in seen: seen.append(f["registration"])
print("\n".join(seen[:300]))' "$CORPUS/manifest.jsonl")

runs=0
for round in $(seq 1 "$ROUNDS"); do
    db="$WORK/shared-$round.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    "$BIN" ingest --db "$db" "${A[@]}" >"$WORK/a.out" 2>&1 & a=$!
    "$BIN" ingest --db "$db" "${B[@]}" >"$WORK/b.out" 2>&1 & b=$!
    runs=$((runs + 2))
    : >"$WORK/history.err"
    i=0 asked=0
    while kill -0 "$a" 2>/dev/null || kill -0 "$b" 2>/dev/null; do
        reg=${registrations[$((i % ${#registrations[@]}))]}
        i=$((i + 1))
        [ -f "$db" ] || { sleep 0.05; continue; }
        status=0
        out=$("$BIN" history --db "$db" --format json "$reg" 2>>"$WORK/history.err") || status=$?
        runs=$((runs + 1)) asked=$((asked + 1))
        if [ "$status" -eq 0 ]; then
            python3 -c 'import json,sys; json.loads(sys.stdin.read())' <<<"$out" \
                || { errors=$((errors + 1)); echo "concurrency-test: history $reg: not whole JSON"; }
        elif [ "$status" -ne 1 ] || ! tail -1 "$WORK/history.err" | grep -q "no such aircraft"; then
            errors=$((errors + 1)); echo "concurrency-test: history $reg exited $status: $(tail -1 "$WORK/history.err")"
        fi
    done
    for p in a b; do
        pid=${!p}
        if ! wait "$pid"; then errors=$((errors + 1)); echo "concurrency-test: ingest $p failed: $(tail -3 "$WORK/$p.out")"; fi
    done
    if grep -qi "locked\|busy" "$WORK/a.out" "$WORK/b.out" "$WORK/history.err"; then
        errors=$((errors + 1)); echo "concurrency-test: 'database is locked' seen"
    fi
    check_round "$db" "round $round, $asked history queries"
    rm -f "$db" "$db-wal" "$db-shm"
done
echo "concurrency $runs 0 $ARTICLES $lost $duplicated $errors"
