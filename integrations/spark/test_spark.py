#!/usr/bin/env python3
"""The Spark job gives what one machine gives.

Builds a corpus from the project's sample news set (samples/news: text,
HTML, WARC, JSON lines, a garbage file) plus inputs this test writes (a
corrupt WARC, an exact copy of a page, a JSON-lines feed that repeats an
id), codes it once with `dyad code --db` on one machine and once with the
PySpark job in local mode on 2 cores with a task that fails on its first
attempt, and checks that the aggregated events (ids, fields, counts, first
report), the mentions and the rejects are the same.

Usage: test_spark.py --dyad PATH/TO/dyad [--keep DIR]
Exit status 0 and one line starting "spark test: ok" when they agree.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# The same columns on both sides: the store's `events` table and the job's
# events/ Parquet.
EVENT_COLUMNS = [
    "id", "day", "source_code", "source_country", "target_code", "target_country", "cameo",
    "root", "quad_class", "place_name", "place_country", "feature_id", "num_mentions",
    "num_sources", "num_articles", "is_root", "first_mention",
]


def fail(msg):
    print(f"spark test: FAILED: {msg}", flush=True)
    sys.exit(1)


def build_corpus(root):
    shutil.copytree(os.path.join(REPO, "samples", "news"), root)
    extra = os.path.join(root, "extra")
    os.makedirs(extra)
    # A WARC record whose Content-Length runs past the end of the file.
    with open(os.path.join(extra, "cut.warc"), "wb") as f:
        f.write(
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://cut.example/a\r\n"
            b"Content-Length: 90000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
            b"<html><body><p>The page ends here"
        )
    # The same page read twice: stored once.
    shutil.copy(
        os.path.join(root, "vienna-iran-talks.html"), os.path.join(extra, "vienna-copy.html")
    )
    # A feed that repeats an id (the second record adds nothing) and has a
    # broken line (rejected).
    lines = [
        {
            "id": "extra-1",
            "url": "https://harbour.example/1",
            "source": "Harbour Daily",
            "published": "2025-02-11T08:00:00Z",
            "text": "VALLETTA, Feb. 10 (Harbour Daily) -- Malta's prime minister met "
            "Italy's prime minister in Valletta on Monday to discuss migration in the "
            "central Mediterranean.\n\nThe two governments signed an agreement on sea "
            "rescue coordination.",
        },
        {
            "id": "extra-1",
            "url": "https://harbour.example/1-again",
            "source": "Harbour Daily",
            "published": "2025-02-11T09:00:00Z",
            "text": "VALLETTA, Feb. 10 (Harbour Daily) -- A different text under a repeated "
            "id: France accused Spain of stalling the fishing talks.",
        },
    ]
    with open(os.path.join(extra, "feed.jsonl"), "w") as f:
        f.write(json.dumps(lines[0]) + "\n{not json\n" + json.dumps(lines[1]) + "\n")


def run(cmd, cwd, env=None):
    t = time.monotonic()
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if res.returncode != 0:
        fail(f"{' '.join(cmd[:3])} exited with {res.returncode}:\n{res.stderr[-4000:]}")
    return res, time.monotonic() - t


def query(dyad, db, sql, cwd):
    res, _ = run([dyad, "query", "--db", db, "--format", "json", "--sql", sql], cwd)
    return [json.loads(l) for l in res.stdout.splitlines() if l.strip()]


def read_parquet(path):
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    rows = table.to_pylist()
    for r in rows:
        if "day" in r and r["day"] is not None:
            r["day"] = str(r["day"])
            if r["day"] == "__HIVE_DEFAULT_PARTITION__":
                r["day"] = None
    return rows


def norm(v):
    if isinstance(v, float):
        return round(v, 4)
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    ap.add_argument("--keep", help="work here and keep the files")
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()
    dyad = os.path.abspath(args.dyad)
    try:
        import pyspark  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as e:
        fail(f"{e}: pip install pyspark pyarrow")
    spark_submit = shutil.which("spark-submit") or os.path.join(
        os.path.dirname(pyspark.__file__), "bin", "spark-submit"
    )

    work = args.keep or tempfile.mkdtemp(prefix="dyad-spark-test-")
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    try:
        build_corpus(os.path.join(work, "corpus"))

        # One machine: the store's aggregation.
        _, single_s = run([dyad, "code", "corpus", "--db", "single.duckdb"], work)
        cols = ", ".join(f"e.{c}" if c != "day" else "CAST(e.day AS VARCHAR) AS day" for c in EVENT_COLUMNS)
        single = query(dyad, "single.duckdb", f"SELECT {cols} FROM events e", work)
        single_mentions = query(dyad, "single.duckdb", "SELECT id, event_id AS global_event_id FROM mentions", work)
        single_rejects = query(dyad, "single.duckdb", "SELECT input, reason FROM rejects", work)

        # Spark, local mode, 2 cores; task 0 fails once and is retried.
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
        res, spark_s = run(
            [
                spark_submit,
                "--master", f"local[{args.cores},4]",
                "--conf", "spark.ui.enabled=false",
                "--files", dyad,
                os.path.join(HERE, "dyad_spark.py"),
                "--input", "corpus",
                "--output", "out",
                "--dyad", os.path.basename(dyad),
                "--inject-task-failure",
            ],
            work,
            env,
        )
        log = res.stdout + res.stderr
        if "injected failure" not in log:
            fail("the injected task failure did not happen")
        spark = read_parquet(os.path.join(work, "out", "events"))
        spark_mentions = read_parquet(os.path.join(work, "out", "mentions"))
        rejects_dir = os.path.join(work, "out", "rejects")
        spark_rejects = []
        for name in sorted(os.listdir(rejects_dir)):
            if name.endswith(".json"):
                with open(os.path.join(rejects_dir, name)) as f:
                    spark_rejects += [json.loads(l) for l in f if l.strip()]

        if len(single) < 100:
            fail(f"the single-machine run gave only {len(single)} events")
        by_id = {r["id"]: r for r in spark}
        if len(by_id) != len(spark):
            fail("the Spark event table repeats an id")
        mine = {r["id"]: r for r in single}
        missing = sorted(set(mine) - set(by_id))
        extra = sorted(set(by_id) - set(mine))
        if missing or extra:
            fail(f"{len(missing)} events only on one machine, {len(extra)} only in Spark; "
                 f"e.g. {[mine[i] for i in missing[:2]]} {[by_id[i] for i in extra[:2]]}")
        for i, a in mine.items():
            b = by_id[i]
            for c in EVENT_COLUMNS:
                if norm(a[c]) != norm(b.get(c)):
                    fail(f"event {i}: {c} is {a[c]!r} on one machine, {b.get(c)!r} in Spark")
        m1 = sorted((m["id"], m["global_event_id"]) for m in single_mentions)
        m2 = sorted((m["id"], m["global_event_id"]) for m in spark_mentions)
        if m1 != m2:
            fail(f"mentions differ: {len(m1)} on one machine, {len(m2)} in Spark")
        r1 = sorted((r["input"], r["reason"]) for r in single_rejects)
        r2 = sorted((r["input"], r["reason"]) for r in spark_rejects)
        if r1 != r2:
            fail(f"rejects differ:\n{r1}\n{r2}")
        inputs = {r[0] for r in r2}
        for want in ("corpus/broken.html", "corpus/extra/cut.warc", "corpus/extra/feed.jsonl"):
            if want not in inputs:
                fail(f"{want} was not recorded as a reject: {r2}")
        multi = sum(1 for r in spark if r["num_sources"] > 1)
        print(
            f"spark test: ok: {len(spark)} events ({multi} with several sources) and "
            f"{len(m2)} mentions identical to the single-machine store; {len(r2)} rejects "
            f"recorded; a failed task was retried without duplicates; "
            f"dyad code --db {single_s:.1f} s, spark local[{args.cores}] {spark_s:.1f} s",
            flush=True,
        )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
