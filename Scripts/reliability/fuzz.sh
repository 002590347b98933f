#!/usr/bin/env bash
# `make fuzz` (issue 6): builds Fuzz/ (a package of its own, so `swift build` never
# links libFuzzer) with -sanitize=fuzzer and runs it for FUZZ_SECONDS (default 600).
# Seeds: the fixture articles and the kept regressions. A crashing input is copied to
# Fixtures/fuzz-regressions/, which FuzzRegressionTests replays in `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
SCRATCH=$ROOT/.build-fuzz
WORK=${WORK:-$(mktemp -d /tmp/tw-fuzz.XXXXXX)}
(cd Fuzz && swift build -c release --sanitize=fuzzer --scratch-path "$SCRATCH")
FUZZER=$SCRATCH/release/ExtractionFuzzer
mkdir -p "$WORK/corpus" "$WORK/crashes" Fixtures/fuzz-regressions
cp Fixtures/articles/*.txt Fixtures/seeds/*.txt "$WORK/corpus/" 2>/dev/null || true
cp Fixtures/fuzz-regressions/* "$WORK/corpus/" 2>/dev/null || true
echo "fuzz: $FUZZ_SECONDS s, corpus $WORK/corpus, log $WORK/fuzz.log"
status=0
# -max_len: longer than most articles, short enough to keep executions fast.
"$FUZZER" "$WORK/corpus" -max_total_time="$FUZZ_SECONDS" -max_len=8192 -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="$WORK/crashes/" -print_final_stats=1 >"$WORK/fuzz.log" 2>&1 || status=$?
grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|^==.*ERROR|Fatal error" "$WORK/fuzz.log" || true
for f in "$WORK"/crashes/*; do
    [ -e "$f" ] || continue
    cp "$f" "Fixtures/fuzz-regressions/$(basename "$f")"
    echo "fuzz: kept $(basename "$f") in Fixtures/fuzz-regressions/"
done
exit $status
