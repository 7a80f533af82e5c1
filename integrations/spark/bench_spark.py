#!/usr/bin/env python3
"""Throughput of the Spark job in local mode against plain `dyad code`.

Builds a corpus of JSON-lines files from the project's sample news set
(each story repeated under new ids and URLs, so every copy is coded), then
times, on this machine:
  * `dyad code --format mentions` on one thread and on --cores threads;
  * the Spark job with local[1] and local[--cores];
  * the Spark job on a single one-story file: its fixed start-up cost.
Prints a table and, with --json, one JSON object.

Usage: bench_spark.py --dyad target/release/dyad [--docs 4000] [--files 16]
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def stories():
    """The texts of the sample set's plain-text and JSON-lines stories."""
    out = []
    for path in sorted(glob.glob(os.path.join(REPO, "samples", "news", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        out.append(text)
    with open(os.path.join(REPO, "samples", "news", "feed.jsonl"), encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line)["text"])
    return out


def build(root, docs, files):
    os.makedirs(root)
    texts = stories()
    per_file = (docs + files - 1) // files
    n = 0
    for i in range(files):
        with open(os.path.join(root, f"part-{i:03}.jsonl"), "w", encoding="utf-8") as f:
            for _ in range(per_file):
                if n >= docs:
                    break
                f.write(
                    json.dumps(
                        {
                            "id": f"doc-{n}",
                            "url": f"https://outlet{n % 97}.example/{n}",
                            "text": texts[n % len(texts)],
                        }
                    )
                    + "\n"
                )
                n += 1
    return n


def spark_submit():
    """spark-submit from PATH, else the one inside the pyspark package."""
    found = shutil.which("spark-submit")
    if found:
        return found
    import pyspark

    return os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit")


def timed(cmd, cwd):
    t = time.monotonic()
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])} failed:\n{res.stderr[-3000:]}")
    return time.monotonic() - t, res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--files", type=int, default=16)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    dyad = os.path.abspath(args.dyad)
    job = os.path.join(HERE, "dyad_spark.py")
    work = tempfile.mkdtemp(prefix="dyad-spark-bench-")
    try:
        docs = build(os.path.join(work, "corpus"), args.docs, args.files)
        os.makedirs(os.path.join(work, "tiny"))
        with open(os.path.join(work, "corpus", "part-000.jsonl")) as f:
            first = f.readline()
        with open(os.path.join(work, "tiny", "one.jsonl"), "w") as f:
            f.write(first)
        res = {"docs": docs, "files": args.files}
        for threads in sorted({1, args.cores}):
            s, out = timed(
                [dyad, "code", "corpus", "--format", "mentions", "--threads", str(threads),
                 "-o", "plain.jsonl"],
                work,
            )
            res[f"dyad_{threads}_thread_s"] = round(s, 2)
        with open(os.path.join(work, "plain.jsonl")) as f:
            res["mentions"] = sum(1 for l in f if '"kind":"mention"' in l)

        def spark(cores, inp):
            s, out = timed(
                [spark_submit(), "--master", f"local[{cores}]", "--conf", "spark.ui.enabled=false",
                 "--files", dyad, job, "--input", inp, "--output", f"out-{cores}-{inp}",
                 "--dyad", os.path.basename(dyad), "--tasks", str(max(cores, 1) * 4)],
                work,
            )
            line = next(l for l in out.stdout.splitlines() if l.startswith("dyad-spark:"))
            return s, json.loads(line.split(":", 1)[1])

        res["spark_startup_s"], _ = spark(1, "tiny")
        res["spark_startup_s"] = round(res["spark_startup_s"], 2)
        for cores in sorted({1, args.cores}):
            s, counts = spark(cores, "corpus")
            if counts["mentions"] != res["mentions"]:
                sys.exit(f"Spark found {counts['mentions']} mentions, dyad {res['mentions']}")
            res[f"spark_local{cores}_s"] = round(s, 2)
        if args.json:
            print(json.dumps(res))
        else:
            print(f"{docs} documents in {args.files} files, {res['mentions']} event reports")
            for k, v in res.items():
                if k.endswith("_s"):
                    rate = "" if k == "spark_startup_s" else f"  {docs / v:8.1f} docs/s"
                    print(f"  {k:22} {v:8.2f} s{rate}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
