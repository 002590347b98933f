#!/usr/bin/env bash
# Scores ../shared/real/check with a tailwatch binary and appends one line for HEAD to
# Fixtures/real-check-log.tsv. Prints aggregate scores only: check's texts, gold and misses
# are never read (../shared/real/README.md).
# Usage: Scripts/eval/log-check.sh [binary] [check-dir] [note]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/release/tailwatch}
check=${2:-../shared/real/check}
note=${3:-}
log=Fixtures/real-check-log.tsv
out=$("$bin" eval "$check/gold.jsonl" --corpus "$check")
echo "$out"
field() { echo "$out" | awk -v f="$1" -v c="$2" '$0 ~ "^[│| ]*"f"[ │|]" { gsub(/[│|]/, " "); split($0, a, " "); print a[c]; exit }'; }
negatives=$(echo "$out" | sed -n 's/^negative files with >= 1 predicted flight: \([0-9]*\) of.*/\1/p')
line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$(date -u +%F)" "$(git rev-parse --short HEAD)" \
  "$(field event 2)" "$(field event 3)" "$(field event 4)" "$(field registration 4)" "$(field date 4)" \
  "$(field origin 4)" "$(field destination 4)" "$negatives" "$note")
echo "$line" >> "$log"
echo "appended to $log: $line"
