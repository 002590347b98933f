#!/usr/bin/env bash
# Renders the HTML report in a real browser and checks it shows the routes (`make report-check`;
# not part of `make test`, which must not need a browser). Steps: install Debian's chromium if
# missing, ingest Fixtures/ into a temporary database, write the I-DIEM report, then with headless
# Chromium (1) dump the DOM it built and check the route paths and airport labels are in it and
# (2) take a 1200x900 screenshot and check it has route-coloured pixels along an arc and land.
#   bash Scripts/check-report.sh [TAILWATCH_BINARY]           # default .build/debug/tailwatch
#   REPORT_PNG=docs/report-I-DIEM.png bash Scripts/check-report.sh   # also keep the screenshot
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
bin="${1:-$root/.build/debug/tailwatch}"
[ -x "$bin" ] || { echo "check-report: $bin: no tailwatch binary; run swift build first" >&2; exit 1; }

if ! command -v chromium >/dev/null; then
    echo "check-report: installing Debian's chromium" >&2
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" ingest --db "$work/db.sqlite" "$root/Fixtures/seeds" "$root/Fixtures/articles" >/dev/null
"$bin" report --db "$work/db.sqlite" I-DIEM --html "$work/I-DIEM.html"

# Chromium's own messages (D-Bus, GPU) go to stderr; only its output matters here.
browser=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,900)
"${browser[@]}" --dump-dom "file://$work/I-DIEM.html" >"$work/dom.html" 2>"$work/chromium.log"
routes_in_file=$(grep -o '<path class="route"' "$work/I-DIEM.html" | wc -l)
routes_in_dom=$(grep -o '<path class="route"' "$work/dom.html" | wc -l)
if [ "$routes_in_dom" -lt 1 ] || [ "$routes_in_dom" -ne "$routes_in_file" ]; then
    echo "check-report: FAIL: Chromium's DOM has $routes_in_dom route paths, the file $routes_in_file" >&2
    exit 1
fi
grep -q '>HLLB Benina</text>' "$work/dom.html" || { echo "check-report: FAIL: no HLLB label in the DOM" >&2; exit 1; }
echo "check-report: DOM has the svg map, $routes_in_dom route paths and the airport labels"

"${browser[@]}" --screenshot="$work/I-DIEM.png" "file://$work/I-DIEM.html" >>"$work/chromium.log" 2>&1
[ -s "$work/I-DIEM.png" ] || { echo "check-report: FAIL: no screenshot; chromium said:" >&2; tail -5 "$work/chromium.log" >&2; exit 1; }
python3 "$here/check_screenshot.py" "$work/I-DIEM.png"
if [ -n "${REPORT_PNG:-}" ]; then
    cp "$work/I-DIEM.png" "$REPORT_PNG"
    echo "check-report: screenshot kept as $REPORT_PNG"
fi
