#!/usr/bin/env bash
# `make reliability` (issue 6): the crash test, the concurrency test and the
# hostile-input suite, then one table: runs, kills, articles, lost, duplicated, errors.
# Exits 1 when any row has a lost, duplicated or error count above zero.
set -uo pipefail
cd "$(dirname "$0")/../.."
SWIFT=${SWIFT:-swift}
export BIN=${BIN:-.build/release/tailwatch}
LOG=${LOG:-$(mktemp -d /tmp/tw-reliability.XXXXXX)}
rows=()

run_row() {  # name, command…: runs it, keeps its last line (the row) or an error row
    local name=$1; shift
    echo "== $name" >&2
    "$@" 2>&1 | tee "$LOG/$name.log" >&2
    local row
    row=$(grep "^$name " "$LOG/$name.log" | tail -1)
    [ -n "$row" ] || row="$name - - - - - 1"
    rows+=("$row")
}

run_row crash bash Scripts/reliability/crash-test.sh
run_row concurrency bash Scripts/reliability/concurrency-test.sh

# The hostile-input suite: XCTest cases named Hostile*, unit and end to end.
echo "== hostile" >&2
$SWIFT test --filter 'Hostile' 2>&1 | tee "$LOG/hostile.log" >&2
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$LOG/hostile.log" | tail -1)
tests=$(echo "$passed" | awk '{print $2}')
failures=$(echo "$passed" | awk '{print $5}')
[ -n "$tests" ] || tests=0
[ -n "$failures" ] || failures=1
[ "$status" -eq 0 ] || [ "$failures" -gt 0 ] || failures=1
rows+=("hostile $tests - - 0 0 $failures")

echo
printf '| %-12s | %6s | %5s | %8s | %4s | %10s | %6s |\n' test runs kills articles lost duplicated errors
printf '|%s|%s|%s|%s|%s|%s|%s|\n' -------------- -------- ------- ---------- ------ ------------ --------
bad=0
for row in "${rows[@]}"; do
    set -- $row
    printf '| %-12s | %6s | %5s | %8s | %4s | %10s | %6s |\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7"
    for v in "$5" "$6" "$7"; do [ "$v" = 0 ] || bad=1; done
done
echo "logs in $LOG"
exit $bad
