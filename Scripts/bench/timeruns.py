#!/usr/bin/env python3
"""Whole-process wall time of a command, run many times (helper of bench.sh).

    python3 Scripts/bench/timeruns.py --runs 200 [--warmup 3] [--cold] [--evict FILE...] -- CMD ARG...

Each run is one fork+exec of CMD with stdout and stderr to /dev/null, timed with
time.perf_counter() around it, so process start, dynamic linking and any table
loading are included (and about 1 ms of Python's own spawn overhead).
--max-seconds T stops early (after at least --min-runs) once the runs add up to
T seconds, for commands that take seconds each; "runs" says how many were made.
Prints one JSON object: runs, p50, p90, p99 (nearest rank), mean, min, max in
seconds, the exit codes seen, and for --cold how the cache was dropped.

--cold: before every run, os.sync() and `echo 3 > /proc/sys/vm/drop_caches`;
when that is not permitted, fall back to posix_fadvise(DONTNEED) on the --evict
files (the binary and the database), and say so in "cold_method".
Python 3 standard library only.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import time


def drop_caches(evict):
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return "drop_caches"
    except OSError:
        pass
    for path in evict:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return "posix_fadvise(DONTNEED) on " + " ".join(os.path.basename(p) for p in evict)


def nearest_rank(sorted_xs, q):
    return sorted_xs[max(0, math.ceil(q * len(sorted_xs)) - 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--max-seconds", type=float, default=None,
                    help="stop early once the timed runs took this long (at least --min-runs)")
    ap.add_argument("--min-runs", type=int, default=10)
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--evict", nargs="*", default=[])
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        ap.error("no command")
    env = dict(os.environ, NO_COLOR="1")
    method = None
    for _ in range(0 if a.cold else a.warmup):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times, codes = [], {}
    for _ in range(a.runs):
        if a.cold:
            method = drop_caches(a.evict)
        t0 = time.perf_counter()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode
        times.append(time.perf_counter() - t0)
        codes[rc] = codes.get(rc, 0) + 1
        if a.max_seconds is not None and len(times) >= a.min_runs and sum(times) >= a.max_seconds:
            break
    xs = sorted(times)
    out = {"runs": len(xs), "runs_asked": a.runs, "p50": nearest_rank(xs, 0.50), "p90": nearest_rank(xs, 0.90),
           "p99": nearest_rank(xs, 0.99), "mean": sum(xs) / len(xs), "min": xs[0], "max": xs[-1],
           "exit_codes": {str(k): v for k, v in codes.items()}}
    if a.cold:
        out["cold_method"] = method
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
