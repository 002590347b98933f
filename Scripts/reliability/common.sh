# Sourced by crash-test.sh and concurrency-test.sh (NAME set first): the binary, the
# seeded corpus in $WORK/corpus, and `check_round DB LABEL`, which compares a database
# with $WORK/clean.sqlite (check_db.py) and adds its lost and duplicated counts, and
# an error when anything is off, to the totals.
BIN=${BIN:-.build/release/tailwatch}
ARTICLES=${ARTICLES:-3000}
SEED=${SEED:-6}
WORK=${WORK:-$(mktemp -d "/tmp/tw-$NAME.XXXXXX")}
[ -x "$BIN" ] || { echo "$NAME: $BIN not built (make release)" >&2; exit 2; }
CORPUS="$WORK/corpus"
if [ ! -d "$CORPUS" ]; then
    python3 Scripts/bench/make_corpus.py --out "$CORPUS" --articles "$ARTICLES" --seed "$SEED" >/dev/null
fi
lost=0 duplicated=0 errors=0

check_round() {
    local report
    report=$(python3 Scripts/reliability/check_db.py "$1" "$WORK/clean.sqlite" "$CORPUS") || errors=$((errors + 1))
    echo "$NAME: $2: $report"
    lost=$((lost + $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["lost"])' "$report")))
    duplicated=$((duplicated + $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["duplicated"])' "$report")))
}
