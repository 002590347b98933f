"""What the probes share: writing cases as article files, running `tailwatch` over them in
batches on every core, and reading its events back per file, with places as gold writes them.

    import probe_harness as ph
    paths = ph.write_articles(texts, prefix="probe-x-")
    events = ph.in_batches(lambda batch: ph.flights(binary, batch), paths)

Standard library only. Used by probe_routes.py, probe_arabic_routes.py and
probe_arabic_places.py.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import os
import subprocess
import tempfile
from typing import Callable, Sequence, TypeVar

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_BINARY = os.path.join(REPO, ".build", "debug", "tailwatch")

T = TypeVar("T")


def write_articles(texts: Sequence[str], prefix: str, name: str = "p{:05d}.txt") -> list[str]:
    """Writes each text as one article file in a new temporary folder; returns their paths."""
    folder = tempfile.mkdtemp(prefix=prefix)
    paths = []
    for k, text in enumerate(texts):
        path = os.path.join(folder, name.format(k))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    return paths


def in_batches(run: Callable[[list[str]], list[T]], paths: Sequence[str], size: int = 50) -> list[T]:
    """`run` over batches of `size` paths, one process per batch, as many at once as cores
    (a debug build starts in about half a second); results in the order of `paths`."""
    chunks = [list(paths[k:k + size]) for k in range(0, len(paths), size)]
    with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return [r for rs in pool.map(run, chunks) for r in rs]


def place_code(p: dict | None) -> str:
    """An event end as gold writes it: an ICAO code, city:Name, country:CC, name:Base, or "-"."""
    if not p:
        return "-"
    if p.get("code"):
        return p["code"]
    level = p.get("level")
    if level == "city":
        return "city:" + p["name"]
    if level == "country":
        return "country:" + p["country"]
    return "name:" + p.get("name", "?")


def place_ok(expected: str, got: str) -> bool:
    """`expected` lists the accepted values ("LIRP/city:Pisa"); "-" wants no place."""
    if expected == "-":
        return got == "-"
    return got in expected.split("/")


Flight = tuple  # (identifier, origin, destination, date): "callsign:X" when no registration, "-" when none


def flights(binary: str, paths: list[str]) -> list[list[Flight]]:
    """One `tailwatch extract` over a batch of article files; its JSON events are put back with
    their files by each event's source paths. Flights only (`kind == flight`)."""
    res = subprocess.run([binary, "extract", *paths], capture_output=True, text=True)
    by_path: dict[str, list[Flight]] = {p: [] for p in paths}
    for line in res.stdout.splitlines():
        try:
            e = json.loads(line)
        except json.JSONDecodeError:
            continue
        if e.get("kind") != "flight":
            continue
        ident = e.get("registration") or ("callsign:" + e["callsign"] if e.get("callsign") else "-")
        got = (ident, place_code(e.get("origin")), place_code(e.get("destination")), e.get("date") or "-")
        for path in {s["path"] for s in e.get("sources", [])}:
            key = path if path in by_path else os.path.abspath(path)
            if key in by_path:
                by_path[key].append(got)
    return [by_path[p] for p in paths]


def traces(binary: str, paths: list[str], block_start: str = "# id") -> list[list[str]]:
    """`tailwatch extract --trace` over a batch; each file's lines, a file's block starting at
    its first `block_start` line (files that name one aircraft each). A batch whose blocks do
    not come out one per file is run again file by file."""
    out = subprocess.run([binary, "extract", "--trace", *paths], capture_output=True, text=True).stdout
    blocks: list[list[str]] = []
    for line in out.splitlines():
        if line.startswith(block_start):
            blocks.append([])
        if blocks:
            blocks[-1].append(line)
    if len(blocks) == len(paths):
        return blocks
    if len(paths) == 1:
        return [out.splitlines()]
    return [b for p in paths for b in traces(binary, [p], block_start)]
