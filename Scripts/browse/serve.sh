#!/usr/bin/env bash
# `make browse`: serves a tailwatch database (default demo.sqlite) with Datasette on localhost,
# the flights view with its facets and map (datasette/metadata.json), until interrupted.
#   bash Scripts/browse/serve.sh [DATABASE] [PORT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
db="${1:-$root/demo.sqlite}"
port="${2:-8001}"
[ -f "$db" ] || { echo "browse: $db: no such database; run make demo first" >&2; exit 1; }
bin="$(bash "$here/venv.sh")"
# The metadata is keyed by the database's name, which Datasette takes from the file name.
name="$(basename "$db")"; name="${name%.*}"
[ "$name" = demo ] || echo "browse: the facets and map of datasette/metadata.json are for a database named demo; $db is $name" >&2
echo "browse: the flights view at http://127.0.0.1:$port/$name/flights (Ctrl-C stops)" >&2
exec "$bin/datasette" serve "$db" --metadata "$root/datasette/metadata.json" --host 127.0.0.1 --port "$port" --setting sql_time_limit_ms 5000
