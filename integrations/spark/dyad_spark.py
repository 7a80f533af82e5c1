#!/usr/bin/env python3
"""dyad on Apache Spark: code a news archive on a cluster, the way one
machine would.

Every input file (WARC, HTML, text, JSON lines, PETRARCH XML; gzip or not)
is one unit of work. The executors run the dyad binary on their files
(`dyad code --format mentions`: one JSON line per article, per report of
an event and per unreadable input), and Spark SQL aggregates the reports
into GDELT-style events with the rules of dyad's store:

* an article is counted once: a second document with the same id, or with
  the same content hash and URL, adds nothing;
* an event (GLOBALEVENTID: a hash of day, source, target, CAMEO code and
  place) takes its fields from its first report in input order, and
  NumMentions = reports, NumSources = distinct outlets, NumArticles =
  distinct articles, IsRootEvent = any report in a lead sentence.

Document ids are those `dyad code ROOT` gives when run from ROOT's parent
(names like `ROOT/sub/page.html`), so the output equals a single-machine
run's. Ids are deterministic, so a retried task writes exactly what the
failed one would have.

Output, under --output:
  events/day=YYYY-MM-DD/   Parquet, the aggregated event table
  mentions/day=YYYY-MM-DD/ Parquet, one row per report of an event
  articles/                Parquet, one row per article read (kept or not)
  rejects/                 JSON lines, one per input that could not be read

Usage (local):
  spark-submit --master 'local[2]' --files target/release/dyad \\
      integrations/spark/dyad_spark.py --input news/ --output out/
See integrations/spark/README.md for a cluster.
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

# Reads the stdout of one dyad run without holding it in memory.
LINE_LIMIT = 64 * 1024 * 1024


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Code news files with dyad on Spark; write events, mentions, "
        "articles and rejects under --output."
    )
    p.add_argument(
        "--input",
        action="append",
        required=True,
        help="a file or directory Spark can read (file:, hdfs:, s3a:, ...); repeatable",
    )
    p.add_argument("--output", required=True, help="output directory (replaced)")
    p.add_argument(
        "--dyad",
        default="dyad",
        help="the dyad binary: a path on every executor, or the name of a file "
        "shipped with spark-submit --files (default: dyad)",
    )
    p.add_argument("--dictionaries", default="dyad", help="as dyad code --dictionaries")
    p.add_argument("--input-format", default="auto", help="as dyad code --input-format")
    p.add_argument(
        "--tasks",
        type=int,
        default=0,
        help="how many tasks to split the files into (default: Spark's default parallelism)",
    )
    p.add_argument(
        "--threads-per-task",
        type=int,
        default=1,
        help="threads each dyad process uses (match spark.task.cpus)",
    )
    p.add_argument(
        "--inject-task-failure",
        action="store_true",
        help=argparse.SUPPRESS,  # tests: the first attempt of task 0 fails after its work
    )
    return p.parse_args(argv)


def path_key(name):
    """Sorts names as dyad sorts the files of a directory: by component."""
    return "\x00".join(name.split("/"))


def dyad_binary(spec):
    """The binary to run on this executor."""
    if os.path.sep in spec and os.path.exists(spec):
        return spec
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(os.path.basename(spec))
        if os.path.exists(shipped):
            if not os.access(shipped, os.X_OK):
                os.chmod(shipped, 0o755)
            return shipped
    except Exception:
        pass
    found = shutil.which(spec)
    if found:
        return found
    raise RuntimeError(f"dyad binary {spec!r} is neither shipped with --files nor on PATH")


def file_partition(name):
    """A stable hash of a file name (Python's own is salted per process)."""
    return zlib.crc32(name.encode("utf-8"))


def flat_mention(m, order):
    """A report of an event as a flat row (the store's mention columns)."""
    src = m["source"]
    tgt = m.get("target") or {}
    place = m.get("place") or {}
    return (
        m["id"],
        m["global_event_id"],
        m["doc_id"],
        m["sentence"],
        m.get("date"),
        m["date_how"],
        src["code"],
        src.get("country"),
        tgt.get("code"),
        tgt.get("country"),
        m["cameo"],
        m["root"],
        m["quad_class"],
        float(m["goldstein"]),
        m.get("plover"),
        place.get("full_name") or place.get("name"),
        place.get("country"),
        place.get("iso3"),
        place.get("adm1"),
        place.get("lat"),
        place.get("lon"),
        place.get("feature_id"),
        m["pattern"],
        bool(m["is_root"]),
        float(m["confidence"]),
        m.get("outlet"),
        m.get("url"),
        m.get("cluster"),
        m["model_version"],
        m["dictionary_version"],
        json.dumps(m, separators=(",", ":")),
    ) + order


def parse_stream(path):
    """Rows out of a `dyad code --format mentions` output file, as
    (kind, row) pairs, read one line at a time."""
    art_idx = {}
    current = None  # (input key, article index) of the article being read
    ment_idx = 0
    with open(path, "rb") as f:
        for raw in f:
            if len(raw) > LINE_LIMIT:
                raise RuntimeError(f"dyad wrote a line of {len(raw)} bytes")
            rec = json.loads(raw)
            kind = rec.pop("kind")
            if kind == "article":
                i = art_idx.get(rec["input"], 0)
                art_idx[rec["input"]] = i + 1
                current = (path_key(rec["input"]), i)
                ment_idx = 0
                yield (
                    "article",
                    (
                        rec["id"],
                        rec["input"],
                        rec.get("position"),
                        rec.get("url"),
                        rec.get("outlet"),
                        rec.get("title"),
                        rec.get("published"),
                        rec["language"],
                        rec["cluster"],
                        rec["content_hash"],
                        rec.get("skipped"),
                        rec["events"],
                    )
                    + current,
                )
            elif kind == "mention":
                if current is None:
                    raise RuntimeError("a mention came before any article")
                yield ("mention", flat_mention(rec, current + (ment_idx,)))
                ment_idx += 1
            elif kind == "reject":
                yield (
                    "reject",
                    (rec["input"], rec.get("line"), rec.get("record"), rec.get("byte"), rec["reason"]),
                )


def code_files(files, opts, attempt_fails):
    """Runs dyad over an iterator of (name, bytes) pairs, written one by one
    to a scratch directory; yields (kind, row). When dyad itself fails on
    the batch, each file is run alone and a file that still fails is
    recorded as a reject: one bad input never fails the job."""
    binary = dyad_binary(opts["dyad"])
    with tempfile.TemporaryDirectory(prefix="dyad-spark-") as work:
        indir = os.path.join(work, "in")
        names = []
        for name, content in files:
            dest = os.path.join(indir, name)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as f:
                f.write(content)
            names.append(name)
        if not names:
            return
        # Input order decides which report of an event comes first.
        names.sort(key=path_key)

        def run(batch, out):
            cmd = [
                binary, "code", "--format", "mentions",
                "--dictionaries", opts["dictionaries"],
                "--input-format", opts["input_format"],
                "--threads", str(opts["threads"]),
                "--output", out, "--", *batch,
            ]
            res = subprocess.run(
                cmd, cwd=indir, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
            )
            return res.returncode, res.stderr.decode("utf-8", "replace")[-2000:]

        out = os.path.join(work, "out.jsonl")
        code, err = run(names, out)
        if code == 0:
            yield from parse_stream(out)
        else:
            for name in names:
                code, err = run([name], out)
                if code == 0:
                    yield from parse_stream(out)
                else:
                    reason = f"dyad exited with {code}: {err.strip()}"
                    yield ("reject", (name, None, None, None, reason))
        if attempt_fails:
            raise RuntimeError("injected failure (--inject-task-failure)")


def relative_names(spark, roots):
    """(qualified root URI, name prefix) for each input: a directory's
    files are named `BASENAME/...`, a file by its base name."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    out = []
    for root in roots:
        p = jvm.org.apache.hadoop.fs.Path(root)
        fs = p.getFileSystem(conf)
        q = fs.makeQualified(p)
        uri = q.toString().rstrip("/")
        base = q.getName()
        out.append((uri, base, fs.getFileStatus(q).isDirectory()))
    return out


MENTION_COLUMNS = [
    ("id", "string"), ("global_event_id", "bigint"), ("doc_id", "string"), ("sentence", "int"),
    ("date", "string"), ("date_how", "string"), ("source_code", "string"),
    ("source_country", "string"), ("target_code", "string"), ("target_country", "string"),
    ("cameo", "string"), ("root", "string"), ("quad_class", "int"), ("goldstein", "double"),
    ("plover", "string"), ("place_name", "string"), ("place_country", "string"),
    ("place_iso3", "string"), ("place_adm1", "string"), ("lat", "double"), ("lon", "double"),
    ("feature_id", "bigint"), ("pattern", "string"), ("is_root", "boolean"),
    ("confidence", "double"), ("outlet", "string"), ("url", "string"), ("cluster", "string"),
    ("model_version", "string"), ("dictionary_version", "string"), ("record", "string"),
    ("input_key", "string"), ("article_index", "int"), ("mention_index", "int"),
]
ARTICLE_COLUMNS = [
    ("id", "string"), ("input", "string"), ("position", "string"), ("url", "string"),
    ("outlet", "string"), ("title", "string"), ("published", "string"), ("language", "string"),
    ("cluster", "string"), ("content_hash", "string"), ("skipped", "string"),
    ("events", "int"), ("input_key", "string"), ("article_index", "int"),
]
REJECT_COLUMNS = [
    ("input", "string"), ("line", "bigint"), ("record", "bigint"), ("byte", "bigint"),
    ("reason", "string"),
]

# The store's rules (crates/store/src/schema.rs, REAGGREGATE) in Spark SQL.
KEPT_ARTICLES = """
SELECT * FROM (
  SELECT a.*,
    row_number() OVER (PARTITION BY id ORDER BY input_key, article_index) AS by_id,
    row_number() OVER (PARTITION BY content_hash, coalesce(url, '')
                       ORDER BY input_key, article_index) AS by_content
  FROM articles a
) WHERE by_id = 1 AND by_content = 1
"""
KEPT_MENTIONS = """
SELECT m.* FROM mentions m
JOIN kept_articles k
  ON m.doc_id = k.id AND m.input_key = k.input_key AND m.article_index = k.article_index
"""
EVENTS = """
WITH g AS (
  SELECT global_event_id,
    count(*) AS num_mentions,
    count(DISTINCT coalesce(outlet, url, doc_id)) AS num_sources,
    count(DISTINCT doc_id) AS num_articles,
    bool_or(is_root) AS is_root,
    max(confidence) AS confidence
  FROM kept_mentions GROUP BY global_event_id
), first AS (
  SELECT * FROM (
    SELECT m.*, row_number() OVER (
      PARTITION BY global_event_id ORDER BY input_key, article_index, mention_index) AS r
    FROM kept_mentions m
  ) WHERE r = 1
)
SELECT f.global_event_id AS id, CAST(f.date AS DATE) AS day, f.source_code, f.source_country,
  f.target_code, f.target_country, f.cameo, f.root, f.quad_class, f.goldstein, f.plover,
  f.place_name, f.place_country, f.place_iso3, f.place_adm1, f.lat, f.lon, f.feature_id,
  g.num_mentions, g.num_sources, g.num_articles, TIMESTAMP '{first_seen}' AS first_seen,
  f.id AS first_mention, g.is_root, g.confidence
FROM first f JOIN g ON f.global_event_id = g.global_event_id
"""


def schema(columns):
    return ", ".join(f"{n} {t}" for n, t in columns)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark import TaskContext
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("dyad").getOrCreate()
    sc = spark.sparkContext
    # Spark's default of 200 shuffle partitions is made for big clusters;
    # the aggregation here shuffles only the small event-report rows.
    if spark.conf.get("spark.sql.shuffle.partitions") == "200":
        spark.conf.set("spark.sql.shuffle.partitions", str(max(2, sc.defaultParallelism)))
    started = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

    roots = relative_names(spark, args.input)
    files = None
    for uri, base, is_dir in roots:
        reader = spark.read.format("binaryFile")
        if is_dir:
            reader = reader.option("recursiveFileLookup", "true")
        df = reader.load(uri).select("path", "content")
        prefix = uri if is_dir else uri[: -len(base)].rstrip("/")
        name_base = base if is_dir else ""

        def rename(row, prefix=prefix, name_base=name_base):
            rest = row.path[len(prefix):].lstrip("/") if row.path.startswith(prefix) else row.path
            name = f"{name_base}/{rest}" if name_base else rest
            return (name, bytes(row.content))

        part = df.rdd.map(rename)
        files = part if files is None else files.union(part)

    tasks = args.tasks or sc.defaultParallelism
    opts = {
        "dyad": args.dyad,
        "dictionaries": args.dictionaries,
        "input_format": args.input_format,
        "threads": max(1, args.threads_per_task),
    }
    inject = args.inject_task_failure

    def task(it):
        ctx = TaskContext.get()
        fails = inject and ctx.partitionId() == 0 and ctx.attemptNumber() == 0
        return code_files(it, opts, fails)

    # Files are spread by name, so that a rerun assigns them alike.
    keyed = files.map(lambda f: (f[0], f)).partitionBy(tasks, file_partition).values()
    rows = keyed.mapPartitions(task).persist()
    try:
        for kind, columns in (
            ("mention", MENTION_COLUMNS),
            ("article", ARTICLE_COLUMNS),
            ("reject", REJECT_COLUMNS),
        ):
            df = spark.createDataFrame(
                rows.filter(lambda r, k=kind: r[0] == k).map(lambda r: r[1]), schema(columns)
            )
            df.createOrReplaceTempView(kind + "s")
        kept_articles = spark.sql(KEPT_ARTICLES).persist()
        kept_articles.createOrReplaceTempView("kept_articles")
        kept_mentions = spark.sql(KEPT_MENTIONS).persist()
        kept_mentions.createOrReplaceTempView("kept_mentions")
        out = args.output.rstrip("/")
        events = spark.sql(EVENTS.format(first_seen=started.strftime("%Y-%m-%d %H:%M:%S")))
        events.write.mode("overwrite").partitionBy("day").parquet(out + "/events")
        mentions = spark.sql(
            "SELECT *, CAST(date AS DATE) AS day FROM kept_mentions"
        ).drop("date", "input_key", "article_index", "mention_index")
        mentions.write.mode("overwrite").partitionBy("day").parquet(out + "/mentions")
        spark.sql(
            "SELECT a.*, k.id IS NOT NULL AS kept FROM articles a LEFT JOIN kept_articles k "
            "ON a.id = k.id AND a.input_key = k.input_key AND a.article_index = k.article_index"
        ).drop("input_key", "article_index").write.mode("overwrite").parquet(out + "/articles")
        spark.table("rejects").coalesce(1).write.mode("overwrite").json(out + "/rejects")
        counts = {
            "events": spark.read.parquet(out + "/events").count(),
            "mentions": spark.read.parquet(out + "/mentions").count(),
            "articles": spark.table("kept_articles").count(),
            "rejects": spark.table("rejects").count(),
        }
        print("dyad-spark: " + json.dumps(counts), flush=True)
    finally:
        rows.unpersist()
        spark.stop()


if __name__ == "__main__":
    main()
