#!/usr/bin/env bash
# Regenerates Sources/TailwatchCore/Resources/coastline.tsv from the Natural Earth low-resolution
# countries that the PyPI wheel geopandas==0.14.4 bundles (see the header of build_coastline.py),
# in a throwaway venv. Network is needed only here, for pip; the tool itself never downloads anything.
#   bash Scripts/build_coastline.sh     # regenerate (a few seconds)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${COASTLINE_VENV:-${TMPDIR:-/tmp}/tailwatch-coastline-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check pyshp==3.1.6 pycountry==26.2.16
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Only the wheel's data files are wanted: download it, unzip the shapefile, never install geopandas.
"$venv/bin/pip" download --quiet --disable-pip-version-check --no-deps geopandas==0.14.4 -d "$work"
"$venv/bin/python" -m zipfile -e "$work"/geopandas-0.14.4-py3-none-any.whl "$work/wheel"
"$venv/bin/python" "$here/build_coastline.py" \
    "$work/wheel/geopandas/datasets/naturalearth_lowres/naturalearth_lowres" \
    "$here/../Sources/TailwatchCore/Resources/coastline.tsv"
