#!/usr/bin/env bash
# Creates (once) the venv Datasette runs in and prints its bin folder: .venv-browse by default
# (BROWSE_VENV), with Scripts/browse/requirements.txt from PyPI. Sourced by serve.sh and check.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${BROWSE_VENV:-$here/../../.venv-browse}"
if [ ! -x "$venv/bin/datasette" ] || ! cmp -s "$here/requirements.txt" "$venv/requirements.txt"; then
    echo "browse: installing Datasette in $venv (PyPI: $(grep -v '^#' "$here/requirements.txt" | tr '\n' ' '))" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
    cp "$here/requirements.txt" "$venv/requirements.txt"
fi
echo "$venv/bin"
