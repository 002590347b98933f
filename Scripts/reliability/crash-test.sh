#!/usr/bin/env bash
# Crash test (issue 6): SIGKILL `tailwatch ingest` at random moments, re-run it, and
# check the database against a clean run of the same corpus.
#
#   bash Scripts/reliability/crash-test.sh            # 3000 articles, 50 kills
#   ARTICLES=500 KILLS=10 bash Scripts/reliability/crash-test.sh
#
# Rounds: each starts a fresh database and kills ingest after a random delay (the
# delays are seeded by SEED) until a run finishes by itself or MAX_KILLS_PER_ROUND is
# reached; then one more ingest must finish with exit 0, and check_db.py compares the
# result with the clean run: integrity_check ok, every file's article present exactly
# once, observations and events equal. Rounds go on until KILLS kills have landed.
# The last line is the table row: crash RUNS KILLS ARTICLES LOST DUPLICATED ERRORS.
set -euo pipefail
cd "$(dirname "$0")/../.."
NAME=crash-test
KILLS=${KILLS:-50}
MAX_KILLS_PER_ROUND=${MAX_KILLS_PER_ROUND:-8}
# Kill delays, in milliseconds: the tables load in about a second, then batches of 64
# articles are extracted and written. The longest delay is a quarter of the clean run
# (at least 4 s), so that a round's kills land all along the corpus, not only near
# its start; the shortest falls inside the table loading.
MIN_DELAY_MS=${MIN_DELAY_MS:-200}
source Scripts/reliability/common.sh
echo "crash-test: $ARTICLES articles in $CORPUS"
rm -f "$WORK"/clean.sqlite*
start=$(date +%s.%N)
"$BIN" ingest --db "$WORK/clean.sqlite" "$CORPUS" >"$WORK/clean.out" 2>&1
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "crash-test: clean run $(tail -1 "$WORK/clean.out") (${clean_seconds}s)"
if [ -z "${MAX_DELAY_MS:-}" ]; then
    MAX_DELAY_MS=$(echo "$clean_seconds * 250 / 1" | bc)
    [ "$MAX_DELAY_MS" -ge 4000 ] || MAX_DELAY_MS=4000
fi
echo "crash-test: kills after ${MIN_DELAY_MS}-${MAX_DELAY_MS} ms"

RANDOM=$SEED
runs=1 kills=0 round=0
while [ "$kills" -lt "$KILLS" ]; do
    round=$((round + 1))
    db="$WORK/crash-$round.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    in_round=0
    while [ "$in_round" -lt "$MAX_KILLS_PER_ROUND" ] && [ "$kills" -lt "$KILLS" ]; do
        delay=$(( MIN_DELAY_MS + (RANDOM * 32768 + RANDOM) % (MAX_DELAY_MS - MIN_DELAY_MS) ))
        "$BIN" ingest --db "$db" "$CORPUS" >/dev/null 2>"$WORK/run.err" &
        pid=$!
        runs=$((runs + 1))
        sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
        kill -KILL "$pid" 2>/dev/null || true
        status=0
        wait "$pid" 2>/dev/null || status=$?
        if [ "$status" -eq 137 ]; then
            kills=$((kills + 1)) in_round=$((in_round + 1))
        else
            # It finished before the kill landed: it must have finished cleanly.
            if [ "$status" -ne 0 ]; then errors=$((errors + 1)); echo "crash-test: run failed ($status): $(head -3 "$WORK/run.err")"; fi
            break
        fi
    done
    runs=$((runs + 1))
    if ! "$BIN" ingest --db "$db" "$CORPUS" >"$WORK/final.out" 2>&1; then
        errors=$((errors + 1)); echo "crash-test: round $round: re-run failed: $(head -3 "$WORK/final.out")"
    fi
    check_round "$db" "round $round, $in_round kills"
    rm -f "$db" "$db-wal" "$db-shm"
done
echo "crash $runs $kills $ARTICLES $lost $duplicated $errors"
