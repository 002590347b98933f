#!/usr/bin/env bash
# `make browse-check` (not part of `make test`): the flights view as an analyst sees it in
# Datasette, in a real headless Chromium. Ingests Fixtures/ into a temporary demo.sqlite, serves
# it with Datasette (the venv of venv.sh) on a free localhost port, then
#   1. asks Datasette's JSON API for the view: every flight of the database, and the facets of
#      datasette/metadata.json computed;
#   2. has headless Chromium (Debian's chromium, installed if missing) load the view's page, run
#      its JavaScript and dump the DOM: the rows table with every flight, the registry-country
#      facet with its counts, and the cluster map's Leaflet markers.
# Prints one PASS or FAIL line per check and exits 1 on any failure.
#   bash Scripts/browse/check.sh [TAILWATCH_BINARY]        # default .build/release/tailwatch
#   BROWSE_PNG=datasette/browse-flights.png bash Scripts/browse/check.sh   # also keep a screenshot of the page
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/.build/release/tailwatch}"
[ -x "$bin" ] || { echo "browse-check: $bin: no tailwatch binary; run make release first" >&2; exit 1; }

if ! command -v chromium >/dev/null; then
    echo "browse-check: installing Debian's chromium" >&2
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
venv_bin="$(bash "$here/venv.sh")"

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
"$bin" ingest --db "$work/demo.sqlite" "$root/Fixtures/seeds" "$root/Fixtures/articles" >&2

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$venv_bin/datasette" serve "$work/demo.sqlite" --metadata "$root/datasette/metadata.json" \
    --host 127.0.0.1 --port "$port" >"$work/datasette.log" 2>&1 &
server=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$url/-/versions.json" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { echo "browse-check: FAIL: datasette exited:" >&2; tail -5 "$work/datasette.log" >&2; exit 1; }
    sleep 0.2
done
echo "browse-check: datasette $("$venv_bin/datasette" --version | awk '{print $NF}') serving $url/demo/flights" >&2

# Chromium's own messages (D-Bus, GPU) go to its log; the virtual time budget lets the page's
# scripts fetch the rows and draw the markers before the DOM is dumped.
chromium --headless --no-sandbox --disable-gpu --window-size=1200,1600 --virtual-time-budget=20000 \
    --dump-dom "$url/demo/flights?_size=max" >"$work/dom.html" 2>"$work/chromium.log" || true
[ -s "$work/dom.html" ] || { echo "browse-check: FAIL: Chromium dumped no DOM; it said:" >&2; tail -5 "$work/chromium.log" >&2; exit 1; }
python3 "$here/check_dom.py" "$work/demo.sqlite" "$url" "$work/dom.html"
if [ -n "${BROWSE_PNG:-}" ]; then
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2300 --virtual-time-budget=20000 \
        --screenshot="$work/flights.png" "$url/demo/flights" >>"$work/chromium.log" 2>&1 || true
    [ -s "$work/flights.png" ] && cp "$work/flights.png" "$BROWSE_PNG" && echo "browse-check: screenshot kept as $BROWSE_PNG"
fi
