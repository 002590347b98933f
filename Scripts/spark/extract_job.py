#!/usr/bin/env python3
"""tailwatch's extraction as an Apache Spark job: the stateless map step, out past one machine.

    python Scripts/spark/extract_job.py --binary .build/release/tailwatch --out OBS_DIR \
        [--master local[2]] [--partitions N] [--chunk 200] PATH...

Lists the article files under PATH... exactly as `tailwatch ingest PATH...` would (files as
given; directories walked, hidden entries skipped, .txt/.md/.text, each directory's files
sorted), spreads them over Spark partitions in that order, and on each partition runs
`tailwatch extract --format observations` over chunks of files: one JSON line per article
(its hash, path, text, extractor version, date and events). The lines are saved in order
as OBS_DIR/part-00000, part-00001, ...; `tailwatch ingest --observations OBS_DIR/part-*`
then stores them exactly as a direct ingest of PATH... would.

The binary must exist at the same path on every worker (here `local[2]`: this machine;
on a cluster, ship it with --files or install it on the nodes); the gazetteer cache
(~/.cache/tailwatch) makes each extract process start in about 0.1 s. Files extract
refuses (binary, invalid UTF-8...) are printed to stderr, one line each, and the job still
succeeds. Prints one JSON object with what it did and how fast.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

EXTENSIONS = {"txt", "md", "text"}


def expand(paths):
    """The article paths `tailwatch ingest` would read (ArticleReader.expand)."""
    files, seen = [], set()
    for path in paths:
        if not os.path.exists(path):
            print(f"extract_job: {path}: no such file or directory", file=sys.stderr)
            continue
        if not os.path.isdir(path):
            if path not in seen:
                seen.add(path)
                files.append(path)
            continue
        found, visited = [], set()

        def walk(directory):
            canonical = os.path.realpath(directory)
            if canonical in visited:
                return
            visited.add(canonical)
            for name in sorted(os.listdir(directory)):
                if name.startswith("."):
                    continue
                full = directory + name if directory.endswith("/") else directory + "/" + name
                if not os.path.exists(full):
                    continue
                if os.path.isdir(full):
                    walk(full)
                elif os.path.splitext(name)[1][1:].lower() in EXTENSIONS:
                    found.append(full)

        walk(path)
        for f in sorted(found):
            if f not in seen:
                seen.add(f)
                files.append(f)
    return files


def extract_partition(binary, chunk):
    def run(paths):
        paths = list(paths)
        for i in range(0, len(paths), chunk):
            part = paths[i:i + chunk]
            proc = subprocess.run([binary, "extract", "--format", "observations", *part],
                                  capture_output=True, text=True)
            for line in proc.stdout.splitlines():
                if line:
                    yield ("obs", line)
            for line in proc.stderr.splitlines():
                if line.strip():
                    yield ("err", line)
            if proc.returncode not in (0, 1):  # 1: some files refused, named on stderr
                yield ("fatal", f"{binary} extract exited {proc.returncode} on {len(part)} files")
    return run


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--out", required=True, help="output directory (replaced)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=0, help="default: 2 per core of the master, or 1 per 500 files if more")
    ap.add_argument("--chunk", type=int, default=500, help="files per extract process")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args(argv)
    binary = os.path.abspath(a.binary)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    from pyspark.sql import SparkSession  # imported here: listing and --help need no Spark

    t0 = time.time()
    files = expand(a.paths)
    total_bytes = sum(os.path.getsize(f) for f in files)
    spark = (SparkSession.builder.master(a.master).appName("tailwatch-extract")
             .config("spark.ui.enabled", "false").config("spark.log.level", "ERROR").getOrCreate())
    sc = spark.sparkContext
    started = time.time()
    cores = sc.defaultParallelism
    partitions = a.partitions or max(1, min(len(files), max(2 * cores, len(files) // 500)))
    rdd = sc.parallelize(files, partitions).mapPartitions(extract_partition(binary, a.chunk)).cache()
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    rdd.filter(lambda kv: kv[0] == "obs").map(lambda kv: kv[1]).saveAsTextFile(a.out)
    errors = rdd.filter(lambda kv: kv[0] == "err").map(lambda kv: kv[1]).collect()
    fatal = rdd.filter(lambda kv: kv[0] == "fatal").map(lambda kv: kv[1]).collect()
    records = rdd.filter(lambda kv: kv[0] == "obs").count()
    job_s = time.time() - started
    spark.stop()
    for e in errors + fatal:
        print(e, file=sys.stderr)
    print(json.dumps({
        "files": len(files), "records": records, "failures": len(errors), "bytes": total_bytes,
        "master": a.master, "cores": cores, "partitions": partitions,
        "job_s": round(job_s, 2), "total_s": round(time.time() - t0, 2),
        "mb_per_s": round(total_bytes / 1e6 / job_s, 3) if job_s else None,
        "articles_per_hour": round(len(files) / job_s * 3600) if job_s else None,
    }))
    if fatal:
        sys.exit(1)


if __name__ == "__main__":
    main()
