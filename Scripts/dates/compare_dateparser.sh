#!/usr/bin/env bash
# tailwatch vs Python dateparser on the same date expressions (docs/dates-comparison.md).
# dateparser goes into a throwaway venv; it is not a dependency of tailwatch.
set -euo pipefail
cd "$(dirname "$0")/../.."
FIXTURE=${FIXTURE:-Fixtures/dates/dates.tsv}
VENV=${VENV:-/tmp/tailwatch-dateparser-venv}
BIN=${BIN:-.build/release/tailwatch}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q dateparser hijri-converter
fi
echo "== fixture gold, checked independently (weekdays, Umm al-Qura)"
"$VENV/bin/python" -W ignore Scripts/dates/check_fixture_gold.py "$FIXTURE"
echo "== tailwatch (release build; 200 timed passes)"
"$BIN" eval-dates "$FIXTURE" --repeat 200 | grep -E "accuracy|speed|lang "
echo "== dateparser search_dates (anchor as RELATIVE_BASE, languages en ar it fr)"
"$VENV/bin/python" Scripts/dates/compare_dateparser.py "$FIXTURE" /tmp/dateparser-dates.json
echo "(dateparser's misses: /tmp/dateparser-dates.json)"
