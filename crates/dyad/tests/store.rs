//! The store through the command line: `dyad code --db` is idempotent and
//! survives kill -9 at any moment (the re-run completes the work with no
//! event lost or counted twice), a second writer is refused, and the
//! exports load in pandas with GDELT's own header rows.
#![cfg(feature = "store")]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn run_ok(cmd: &mut Command) -> String {
    let out = cmd.output().expect("dyad runs");
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const COUNTRIES: [(&str, &str, &str); 8] = [
    ("Russia", "Russian", "Moscow"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
];

/// `n` project-written articles as JSON lines: meetings, visits and
/// demands between pairs of countries on different days; every fifth one a
/// copy of the one before at another outlet (a wire story).
fn corpus(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let k = if i % 5 == 4 { i - 1 } else { i };
        let (a, _, _) = COUNTRIES[k % 8];
        let (_, b_adj, b_city) = COUNTRIES[(k / 8 + k % 8 + 1) % 8];
        let day = 1 + k % 28;
        let text = format!(
            "{dateline}, March {day} -- {a}'s foreign minister met his {b_adj} counterpart in {b_city} on Monday.\n\n\
             The two ministers held talks for two hours. {a} demanded the withdrawal of troops from the border.",
            dateline = b_city.to_uppercase(),
        );
        let rec = serde_json::json!({
            "id": format!("doc-{i}"),
            "url": format!("https://outlet{}.example/news/{k}", i % 5),
            "title": format!("Talks in {b_city}"),
            "published": format!("2025-03-{:02}T09:00:00Z", day),
            "text": text,
        });
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    out
}

fn query(db: &Path, sql: &str) -> Vec<serde_json::Value> {
    run_ok(
        dyad()
            .args(["query", "--format", "json", "--sql", sql])
            .arg("--db")
            .arg(db),
    )
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect()
}

fn counts(db: &Path) -> (i64, i64, i64, i64) {
    let r = &query(
        db,
        "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM mentions) m, \
         (SELECT count(*) FROM events) e, (SELECT coalesce(sum(num_mentions), 0) FROM events) s",
    )[0];
    (
        r["a"].as_i64().unwrap(),
        r["m"].as_i64().unwrap(),
        r["e"].as_i64().unwrap(),
        r["s"].as_i64().unwrap(),
    )
}

/// Every invariant that ties the tables together.
fn assert_consistent(db: &Path) {
    let r = &query(
        db,
        "SELECT \
           (SELECT count(*) FROM (SELECT id FROM mentions GROUP BY id HAVING count(*) > 1)) dup_mentions, \
           (SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)) dup_articles, \
           (SELECT count(*) FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1)) dup_events, \
           (SELECT count(*) FROM events e FULL OUTER JOIN (SELECT event_id, count(*) n FROM mentions GROUP BY event_id) m \
              ON m.event_id = e.id WHERE e.id IS NULL OR m.event_id IS NULL OR e.num_mentions <> m.n) bad_counts, \
           (SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM articles)) orphans",
    )[0];
    for k in [
        "dup_mentions",
        "dup_articles",
        "dup_events",
        "bad_counts",
        "orphans",
    ] {
        assert_eq!(r[k], 0, "{k} in {}: {r}", db.display());
    }
}

fn code_into(db: &Path, input: &Path) -> Command {
    let mut c = dyad();
    c.args(["code", "--input-format", "jsonl", "--threads", "2"])
        .arg(input)
        .arg("--db")
        .arg(db);
    c
}

/// Starts `cmd` and sends it SIGKILL after `at`; whether it had finished.
fn run_killed_after(cmd: &mut Command, at: Duration) -> bool {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(at);
    let finished = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    let _ = child.wait();
    finished
}

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn coding_into_a_store_twice_adds_nothing_and_copies_add_mentions() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(20)).unwrap();
    let db = dir.path().join("news.duckdb");
    run_ok(&mut code_into(&db, &input));
    let first = counts(&db);
    assert_eq!(first.0, 20, "every article is stored");
    assert!(first.1 > 20, "events were coded: {first:?}");
    assert_eq!(first.1, first.3, "num_mentions adds up to the mentions");
    assert!(
        first.2 < first.1,
        "wire copies are mentions of the same events: {first:?}"
    );
    assert_consistent(&db);
    run_ok(&mut code_into(&db, &input));
    assert_eq!(counts(&db), first, "a second run adds nothing");
    let copies = query(
        &db,
        "SELECT max(num_sources) s, max(num_articles) a FROM events",
    );
    assert_eq!(copies[0]["a"], 2, "a story and its copy: {copies:?}");
    assert_eq!(copies[0]["s"], 2);
}

/// A small deterministic generator: the offsets are "random" but a failure
/// can be replayed with DYAD_CRASH_SEED.
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *seed >> 33
}

#[test]
fn a_run_killed_at_any_moment_leaves_the_store_consistent_and_a_rerun_completes_it() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(300)).unwrap();
    // The reference: one clean run.
    let clean = dir.path().join("clean.duckdb");
    let start = Instant::now();
    run_ok(&mut code_into(&clean, &input));
    let full_run = start.elapsed();
    let want = counts(&clean);
    assert_consistent(&clean);

    let mut seed: u64 = std::env::var("DYAD_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("DYAD_CRASH_SEED={seed}");
    // Four stores, each killed five times at random moments and then
    // completed by a re-run: twenty kills, most of them mid-run.
    let (stores, kills_per_store) = (4, 5);
    let mut killed_mid_run = 0;
    let mut dbs = Vec::new();
    for store in 0..stores {
        let db = dir.path().join(format!("killed-{store}.duckdb"));
        for round in 0..kills_per_store {
            // Each kill cuts a run somewhere in its first 40 %: the five
            // together cover the whole run.
            let at = full_run.mul_f64((lcg(&mut seed) % 400) as f64 / 1000.0);
            if !run_killed_after(&mut code_into(&db, &input), at) {
                killed_mid_run += 1;
            }
            if db.exists() {
                assert_consistent(&db);
                let (articles, ..) = counts(&db);
                assert!(
                    articles <= want.0,
                    "store {store} round {round}: {articles} articles"
                );
            }
        }
        run_ok(&mut code_into(&db, &input));
        assert_consistent(&db);
        assert_eq!(
            counts(&db),
            want,
            "store {store}: after kills and a re-run, the same as one clean run"
        );
        dbs.push(db);
    }
    eprintln!(
        "{} kills, {killed_mid_run} of them mid-run",
        stores * kills_per_store
    );
    assert!(
        killed_mid_run >= 10,
        "only {killed_mid_run} runs were killed mid-way"
    );
    let ids = |p: &Path| {
        query(
            p,
            "SELECT list(id ORDER BY id) ids, list(num_mentions ORDER BY id) n FROM events",
        )
    };
    for db in &dbs {
        assert_eq!(ids(db), ids(&clean));
    }
}

/// `dyad import` commits chunks of mentions and recomputes their events
/// at the end: killed anywhere, the store a reader opens is consistent (the
/// events a kill left pending are recomputed at open), and a re-run gives
/// the store of one clean run.
#[test]
fn an_import_killed_at_any_moment_is_completed_by_a_rerun() {
    let dir = scratch();
    // A synthetic day's records, some events reported many times: each
    // chunk touches events of earlier chunks.
    let records: String = dyad_store::bench::synthetic_day(2_000, 6_000)
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    let input = dir.path().join("events.jsonl");
    std::fs::write(&input, &records).unwrap();
    let import = |db: &Path| {
        let mut c = dyad();
        c.args(["import", "--chunk-records", "500"])
            .arg(&input)
            .arg("--db")
            .arg(db);
        c
    };
    let check = |db: &Path| -> (i64, i64, i64) {
        let r = &query(
            db,
            "SELECT (SELECT count(*) FROM mentions) m, (SELECT count(*) FROM events) e, \
               (SELECT coalesce(sum(num_mentions), 0) FROM events) s, \
               (SELECT count(*) FROM (SELECT id FROM mentions GROUP BY id HAVING count(*) > 1)) dup_mentions, \
               (SELECT count(*) FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1)) dup_events, \
               (SELECT count(*) FROM events e FULL OUTER JOIN (SELECT event_id, count(*) n FROM mentions GROUP BY event_id) m \
                  ON m.event_id = e.id WHERE e.id IS NULL OR m.event_id IS NULL OR e.num_mentions <> m.n) bad_counts, \
               (SELECT count(*) FROM pending_events) pending",
        )[0];
        for k in ["dup_mentions", "dup_events", "bad_counts", "pending"] {
            assert_eq!(r[k], 0, "{k} in {}: {r}", db.display());
        }
        let n = |k: &str| r[k].as_i64().unwrap();
        (n("m"), n("e"), n("s"))
    };
    let clean = dir.path().join("clean.duckdb");
    let start = Instant::now();
    run_ok(&mut import(&clean));
    let full_run = start.elapsed();
    let want = check(&clean);
    assert_eq!((want.0, want.1), (6_000, 2_000));
    let ids = |p: &Path| {
        query(
            p,
            "SELECT list(id ORDER BY id) ids, list(num_mentions ORDER BY id) n FROM events",
        )
    };

    let mut seed: u64 = std::env::var("DYAD_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_1e55);
    eprintln!("DYAD_CRASH_SEED={seed}");
    let db = dir.path().join("killed.duckdb");
    let mut killed_mid_run = 0;
    for round in 0..6 {
        let at = full_run.mul_f64((lcg(&mut seed) % 900) as f64 / 1000.0);
        if !run_killed_after(&mut import(&db), at) {
            killed_mid_run += 1;
        }
        if db.exists() {
            let (mentions, ..) = check(&db);
            assert!(mentions <= want.0, "round {round}: {mentions} mentions");
            eprintln!("round {round}: killed after {at:.2?}, {mentions} mentions stored");
        }
    }
    eprintln!("6 kills, {killed_mid_run} of them mid-run");
    assert!(
        killed_mid_run >= 3,
        "only {killed_mid_run} runs were killed mid-way"
    );
    run_ok(&mut import(&db));
    assert_eq!(
        check(&db),
        want,
        "after kills and a re-run, one clean run's store"
    );
    assert_eq!(ids(&db), ids(&clean));
}

#[test]
fn a_second_writer_is_refused_with_a_clear_error() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    // Enough articles that the holder's recode outlasts the wait below
    // even when the other tests load both cores (400 did not, once).
    std::fs::write(&input, corpus(1200)).unwrap();
    let db = dir.path().join("news.duckdb");
    run_ok(&mut code_into(&db, &input.clone()));
    // Hold the file open for writing in another process (a long recode).
    let mut holder = dyad()
        .args(["recode", "--all", "--threads", "1", "--db"])
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let second = code_into(&db, &input).output().unwrap();
    let still_running = holder.try_wait().unwrap().is_none();
    let _ = holder.kill();
    let _ = holder.wait();
    assert!(
        still_running,
        "the holder finished before the second writer tried: give it more articles"
    );
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(
        err.contains("another dyad process has it open for writing"),
        "{err}"
    );
    assert_consistent(&db);
}

#[test]
fn bad_queries_and_foreign_files_are_refused() {
    let dir = scratch();
    let db = dir.path().join("news.duckdb");
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(3)).unwrap();
    run_ok(&mut code_into(&db, &input));
    for (args, want) in [
        (vec!["--actor", "XQZGOV"], "unknown actor code part"),
        (vec!["--from", "2025-02-30"], "not a date"),
        (vec!["--cameo", "999"], "no CAMEO event code"),
        (vec!["--near", "91,0,10"], "latitude"),
        (vec!["--group-by", "year"], "use day, week or month"),
    ] {
        let out = dyad()
            .arg("query")
            .arg("--db")
            .arg(&db)
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{args:?}: {err}");
    }
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my notes").unwrap();
    let out = code_into(&notes, &input).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a dyad store"));
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes");
}

fn python_with_pandas() -> Option<PathBuf> {
    let ok = Command::new("python3")
        .args(["-c", "import pandas, pyarrow"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3 with pandas and pyarrow is needed (.ci/run installs them)"
        );
        eprintln!("skipping: python3 with pandas and pyarrow not found");
        return None;
    }
    Some(PathBuf::from("python3"))
}

#[test]
fn exports_load_in_pandas_with_gdelts_headers() {
    let Some(schema) = dyad_testdata::shared("cameo/gdelt-schema") else {
        return;
    };
    let Some(python) = python_with_pandas() else {
        return;
    };
    let dir = scratch();
    let db = dir.path().join("news.duckdb");
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(30)).unwrap();
    run_ok(&mut code_into(&db, &input));
    let (_, mentions, events, _) = counts(&db);
    for fmt in ["gdelt-events", "gdelt-mentions", "parquet"] {
        run_ok(
            dyad()
                .args(["export", "--format", fmt, "-o"])
                .arg(dir.path().join(fmt))
                .arg("--db")
                .arg(&db),
        );
    }
    let script = format!(
        r#"
import csv, sys, pandas as pd
schema = {schema:?}
ev_cols = [r[0].strip() for r in list(csv.reader(open(schema + "/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")))[1:] if r and r[0].strip()]
rows = [l.rstrip("\n").split("\t") for l in open(schema + "/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv")][1:]
me_cols = [r[1] for r in rows if len(r) > 2 and r[2].strip()]
ev = pd.read_csv({ev:?}, sep="\t", header=None, names=ev_cols, quoting=csv.QUOTE_NONE, dtype={{"GLOBALEVENTID": "int64"}})
me = pd.read_csv({me:?}, sep="\t", header=None, names=me_cols, quoting=csv.QUOTE_NONE)
assert len(ev.columns) == 61 and len(me.columns) == 16, (len(ev.columns), len(me.columns))
assert len(ev) == {events} and len(me) == {mentions}, (len(ev), len(me))
assert ev["SQLDATE"].between(20250101, 20251231).all(), ev["SQLDATE"].describe()
assert set(me["GLOBALEVENTID"]) == set(ev["GLOBALEVENTID"])
assert (ev.groupby("GLOBALEVENTID")["NumMentions"].sum() == me.groupby("GLOBALEVENTID").size()).all()
assert ev["QuadClass"].isin([1, 2, 3, 4]).all()
pq_ev = pd.read_parquet({pq:?} + "/events")
pq_me = pd.read_parquet({pq:?} + "/mentions")
assert len(pq_ev) == {events} and len(pq_me) == {mentions}, (len(pq_ev), len(pq_me))
assert "day" in pq_ev.columns
print("ok", len(ev), len(me))
"#,
        schema = schema.display().to_string(),
        ev = dir.path().join("gdelt-events").display().to_string(),
        me = dir.path().join("gdelt-mentions").display().to_string(),
        pq = dir.path().join("parquet").display().to_string(),
    );
    let out = Command::new(python).args(["-c", &script]).output().unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok"));
}

#[test]
fn import_export_round_trip_of_dyad_code_output() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(10)).unwrap();
    let events = run_ok(dyad().args(["code", "--input-format", "jsonl"]).arg(&input));
    assert!(events.lines().count() > 5);
    let jsonl = dir.path().join("events.jsonl");
    std::fs::write(&jsonl, &events).unwrap();
    let db = dir.path().join("e.duckdb");
    run_ok(dyad().arg("import").arg(&jsonl).arg("--db").arg(&db));
    run_ok(dyad().arg("import").arg(&jsonl).arg("--db").arg(&db));
    let back = dir.path().join("back.jsonl");
    run_ok(
        dyad()
            .args(["export", "--format", "jsonl", "-o"])
            .arg(&back)
            .arg("--db")
            .arg(&db),
    );
    assert_eq!(std::fs::read_to_string(&back).unwrap(), events);
}

#[test]
fn ingest_into_a_store_then_recode() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(12)).unwrap();
    let db = dir.path().join("news.duckdb");
    run_ok(
        dyad()
            .args(["ingest", "--input-format", "jsonl"])
            .arg(&input)
            .arg("--db")
            .arg(&db),
    );
    let (articles, mentions, ..) = counts(&db);
    assert_eq!((articles, mentions), (12, 0), "stored, not coded");
    run_ok(dyad().args(["recode", "--db"]).arg(&db));
    let after = counts(&db);
    assert_eq!(after.0, 12);
    assert!(after.1 > 12, "recode coded them: {after:?}");
    assert_consistent(&db);
    run_ok(dyad().args(["recode", "--db"]).arg(&db));
    assert_eq!(
        counts(&db),
        after,
        "a second recode with the same model changes nothing"
    );
    // The same articles through `dyad code --db` add nothing either.
    run_ok(&mut code_into(&db, &input));
    assert_eq!(counts(&db), after);
}

/// The README's demo: the sample news set codes into a store with events
/// all over the map and the calendar, the Spanish story skipped and the
/// garbage file recorded as a reject.
#[test]
fn sample_news_set_makes_a_demo_store() {
    let dir = scratch();
    let db = dir.path().join("demo.duckdb");
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples/news");
    let out = dyad()
        .arg("code")
        .arg(&samples)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_consistent(&db);
    let r = &query(
        &db,
        "SELECT (SELECT count(*) FROM events) events, \
           (SELECT count(DISTINCT place_country) FROM events WHERE lat IS NOT NULL) countries, \
           (SELECT count(DISTINCT date_trunc('month', day)) FROM events) n_months, \
           (SELECT count(DISTINCT root) FROM events) roots, \
           (SELECT max(num_sources) FROM events) max_sources, \
           (SELECT count(*) FROM articles) articles, \
           (SELECT count(*) FROM articles WHERE language <> 'en') foreign_articles",
    )[0];
    eprintln!("sample set: {r}");
    let n = |k: &str| r[k].as_i64().unwrap();
    assert!(n("events") >= 150, "{r}");
    assert!(n("countries") >= 25, "{r}");
    assert!(n("n_months") >= 6, "{r}");
    assert!(n("roots") >= 12, "{r}");
    assert!(
        n("max_sources") >= 3,
        "one wire story comes from three outlets: {r}"
    );
    assert_eq!(n("articles"), 37, "{r}");
    assert_eq!(n("foreign_articles"), 1, "{r}");
    let rejects = query(&db, "SELECT input, reason FROM rejects");
    assert_eq!(rejects.len(), 1, "{rejects:?}");
    assert!(rejects[0]["input"]
        .as_str()
        .unwrap()
        .ends_with("broken.html"));
}

/// Runs `dyad ARGS` under a file-size limit (bash's `ulimit -f`, in KiB),
/// with SIGXFSZ ignored: writes past the limit fail with EFBIG, as they
/// would on a full disk.
fn dyad_with_file_limit(kib: u64, args: &[&std::ffi::OsStr]) -> std::process::Output {
    let mut script = format!(
        "trap '' XFSZ; ulimit -f {kib}; exec '{}'",
        env!("CARGO_BIN_EXE_dyad")
    );
    for (i, _) in args.iter().enumerate() {
        script += &format!(" \"${}\"", i + 1);
    }
    Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg("bash")
        .args(args)
        .output()
        .expect("bash runs")
}

#[test]
fn a_full_disk_stops_the_run_cleanly_and_a_rerun_completes_it() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(300)).unwrap();
    let clean = dir.path().join("clean.duckdb");
    run_ok(&mut code_into(&clean, &input));
    let want = counts(&clean);

    // Too little room to create the store: a clear error, and nothing left
    // behind (no store, no half-made temporary file).
    let tiny = dir.path().join("tiny.duckdb");
    let out = dyad_with_file_limit(
        64,
        &[
            "code".as_ref(),
            input.as_os_str(),
            "--db".as_ref(),
            tiny.as_os_str(),
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("File too large"), "{err}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("tiny"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");

    // Room for part of the run: it stops with an error naming the store,
    // and what it stored is consistent.
    let db = dir.path().join("full.duckdb");
    let mut stopped = None;
    for kib in [2048, 1536, 1024, 768] {
        let _ = std::fs::remove_file(&db);
        let _ = std::fs::remove_file(dir.path().join("full.duckdb.wal"));
        let out = dyad_with_file_limit(
            kib,
            &[
                "code".as_ref(),
                input.as_os_str(),
                "--db".as_ref(),
                db.as_os_str(),
            ],
        );
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        if !out.status.success() && db.exists() {
            stopped = Some((kib, err));
            break;
        }
    }
    let (kib, err) = stopped.expect("no file-size limit stopped the run mid-way");
    eprintln!("stopped at {kib} KiB: {}", err.lines().last().unwrap_or(""));
    assert!(
        err.contains("full.duckdb") && err.contains("File too large"),
        "{err}"
    );
    assert_consistent(&db);
    let (articles, ..) = counts(&db);
    assert!(
        articles < want.0,
        "{articles} articles stored before the disk filled"
    );

    // With room again, the same command completes the work.
    run_ok(&mut code_into(&db, &input));
    assert_consistent(&db);
    assert_eq!(counts(&db), want);
}

/// A store the user may not write: `dyad code --db` says so and changes
/// nothing; reading it still works. (Run as an unprivileged user when the
/// tests run as root, who may write anything.)
#[test]
fn a_read_only_store_is_refused_for_writing_and_still_read() {
    let dir = scratch();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(20)).unwrap();
    let db = dir.path().join("ro.duckdb");
    run_ok(&mut code_into(&db, &input));
    let want = counts(&db);
    let before = std::fs::read(&db).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&input, std::fs::Permissions::from_mode(0o644)).unwrap();
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let as_user = |args: &[&std::ffi::OsStr]| -> std::process::Output {
        if is_root {
            // The binary must be reachable by the unprivileged user.
            let bin = dir.path().join("dyad");
            if !bin.exists() {
                std::fs::copy(env!("CARGO_BIN_EXE_dyad"), &bin).unwrap();
                std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
            }
            Command::new("setpriv")
                .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&bin)
                .args(args)
                .output()
                .expect("setpriv runs (util-linux)")
        } else {
            dyad().args(args).output().unwrap()
        }
    };
    let out = as_user(&[
        "code".as_ref(),
        input.as_os_str(),
        "--db".as_ref(),
        db.as_os_str(),
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ro.duckdb") && err.contains("Permission denied"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the store was changed");
    let out = as_user(&[
        "query".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "--sql".as_ref(),
        "SELECT count(*) AS n FROM events".as_ref(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(n["n"].as_i64().unwrap(), want.2);
}
