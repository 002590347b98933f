#!/usr/bin/env bash
# Search ready when ingest ends (issue 14): interleaved ingests of one corpus by two
# tailwatch binaries, each followed by a first and a second `search Benghazi`, with the
# load average beside each run (the machine is shared: compare runs made together).
#
#   Scripts/bench/search_ready.sh [--rounds K] [--out DIR] CORPUS BIN_A BIN_B
#
# One line per run: wall and CPU seconds of the ingest, its peak RSS, MB/s over the
# corpus's bytes, the first and second search's wall time, the load average before and
# after. BIN_A is typically a build before v6-search-in-ingest (its first search builds
# the index), BIN_B one after. The search outputs of the last round are compared.
# Databases go to --out (default /tmp/tailwatch-search-ready; never the repository).
set -euo pipefail

ROUNDS=3
OUT=/tmp/tailwatch-search-ready
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) break ;;
    esac
done
[ $# -eq 3 ] || { echo "usage: search_ready.sh [--rounds K] [--out DIR] CORPUS BIN_A BIN_B" >&2; exit 2; }
CORPUS=$1
BINS=("$2" "$3")
mkdir -p "$OUT"
BYTES=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
now() { date +%s.%N; }

run() {  # run BIN TAG
    local bin=$1 tag=$2 db="$OUT/$2.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    local l1 l2 s0 s1 s2 s3
    l1=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/$tag.time" "$bin" ingest --db "$db" "$CORPUS" >"$OUT/$tag.ingest" 2>&1
    s0=$(now); "$bin" search --db "$db" Benghazi >"$OUT/$tag.search"; s1=$(now)
    s2=$(now); "$bin" search --db "$db" Benghazi >/dev/null; s3=$(now)
    l2=$(cut -d' ' -f1-3 /proc/loadavg)
    read -r e u s m <"$OUT/$tag.time"
    python3 -c '
import sys
tag, e, u, s, m, b, s0, s1, s2, s3, l1, l2 = sys.argv[1:]
e = float(e)
print(f"{tag}: ingest {e:.2f} s wall, {float(u) + float(s):.2f} s CPU, {int(m) // 1024} MiB, {int(b) / e / 1e6:.2f} MB/s; "
      f"first search {float(s1) - float(s0):.3f} s, second {float(s3) - float(s2):.3f} s; load [{l1}] -> [{l2}]")
' "$tag" "$e" "$u" "$s" "$m" "$BYTES" "$s0" "$s1" "$s2" "$s3" "$l1" "$l2"
}

echo "corpus $CORPUS: $(find "$CORPUS" -type f -name '*.txt' | wc -l) files, $BYTES bytes"
for round in $(seq 1 "$ROUNDS"); do
    run "${BINS[0]}" "a$round"
    run "${BINS[1]}" "b$round"
done
if cmp -s "$OUT/a$ROUNDS.search" "$OUT/b$ROUNDS.search"; then echo "search output: identical"; else echo "search output: DIFFERS"; fi
