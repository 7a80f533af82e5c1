//! The store's commands: `dyad query`, `dyad export`, `dyad import`,
//! `dyad recode`, `dyad bench store`, and the `--db` sink of `dyad code` and
//! `dyad ingest`. Built with the `store` cargo feature (default).

use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_coder::Event;
use dyad_dict::{Dictionaries, Spec};
use dyad_store::{
    parse_group_by, AppendSummary, CodedArticle, CodedBy, ExportFormat, Filter, Query, Store,
    TableFormat,
};

use crate::code_cmds::{ArticleSink, CodedDoc, Stages};

/// Where the store is when `--db` is not given.
const DB_HELP: &str = "The store (DuckDB file); default $DYAD_DB, else ./dyad.duckdb";

/// The filters shared by `query` and `export` (and, by name, the HTTP API).
#[derive(Args, Debug, Default)]
pub struct FilterArgs {
    /// First day, inclusive (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day, inclusive (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Actor code or prefix on either side: RUS (any Russian actor) or RUSGOV.
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Source actor code or prefix.
    #[arg(long, value_name = "CODE")]
    pub source: Option<String>,
    /// Target actor code or prefix.
    #[arg(long, value_name = "CODE")]
    pub target: Option<String>,
    /// CAMEO event code or prefix: 04 is the root (consult), 043 one code.
    #[arg(long, value_name = "CODE")]
    pub cameo: Option<String>,
    /// GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_name = "N")]
    pub quad_class: Option<String>,
    /// Events placed within KM of a point: LAT,LON,KM (e.g. 40.38,49.89,50).
    #[arg(long, value_name = "LAT,LON,KM", allow_hyphen_values = true)]
    pub near: Option<String>,
}

impl FilterArgs {
    fn filter(&self) -> Result<Filter> {
        let mut f = Filter::default();
        let pairs = [
            ("from", &self.from),
            ("to", &self.to),
            ("actor", &self.actor),
            ("source", &self.source),
            ("target", &self.target),
            ("cameo", &self.cameo),
            ("quad_class", &self.quad_class),
            ("near", &self.near),
        ];
        for (name, value) in pairs {
            if let Some(v) = value {
                f.set(name, v)?;
            }
        }
        Ok(f)
    }
}

#[derive(Args)]
pub struct QueryArgs {
    #[arg(long, env = "DYAD_DB", default_value = "dyad.duckdb", help = DB_HELP)]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Aggregate instead of listing events: one of day, week, month and/or one of actor, dyad, country (e.g. month,dyad); each group gets its count of events, mentions and mean Goldstein.
    #[arg(long, value_name = "DIMS")]
    pub group_by: Option<String>,
    /// table (aligned, for a terminal), csv or json (one object per line).
    #[arg(long, default_value = "table")]
    pub format: TableFormat,
    /// At most this many rows (0: all). Default 1000 for an event list, all for groups.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Skip this many rows first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Run this SQL instead (read-only; tables: events, mentions, articles, sentences, rejects, meta; see docs/store.md).
    #[arg(long, conflicts_with_all = ["group_by"])]
    pub sql: Option<String>,
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long, env = "DYAD_DB", default_value = "dyad.duckdb", help = DB_HELP)]
    pub db: PathBuf,
    /// gdelt-events (GDELT 2.0 Events: 61 columns, one row per aggregated event), gdelt-mentions (16 columns, one row per report), jsonl (dyad's event records) or parquet (a directory: events/ and mentions/, partitioned by day, zstd).
    #[arg(long)]
    pub format: ExportFormat,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The file (a directory for parquet) to write; it appears only when complete.
    #[arg(short, long)]
    pub output: PathBuf,
}

#[derive(Args)]
pub struct ImportArgs {
    #[arg(long, env = "DYAD_DB", default_value = "dyad.duckdb", help = DB_HELP)]
    pub db: PathBuf,
    /// JSON-lines files of event records (the output of `dyad code` or `dyad export --format jsonl`); `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Records per transaction: each chunk is committed whole or not at all, and the events they touch are recomputed once at the end. Smaller chunks hold less in memory.
    #[arg(long, default_value_t = IMPORT_CHUNK)]
    pub chunk_records: usize,
}

#[derive(Args)]
pub struct RecodeArgs {
    #[arg(long, env = "DYAD_DB", default_value = "dyad.duckdb", help = DB_HELP)]
    pub db: PathBuf,
    /// Which dictionaries (as `dyad code --dictionaries`).
    #[arg(long, default_value = "dyad")]
    pub dictionaries: String,
    /// Threads that parse and code (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Re-code every article, also those already coded by this model and these dictionaries.
    #[arg(long)]
    pub all: bool,
}

#[derive(Args)]
pub struct BenchStoreArgs {
    /// Aggregated events of the synthetic day.
    #[arg(long, default_value_t = 300_000)]
    pub events: usize,
    /// Mentions (event records) of the synthetic day, spread over the events.
    #[arg(long, default_value_t = 1_000_000)]
    pub mentions: usize,
    /// Events in the table the aggregate query runs over.
    #[arg(long, default_value_t = 10_000_000)]
    pub aggregate_events: usize,
    /// Days the aggregate's events are spread over [default: at the synthetic day's rate, 34 for 10 million].
    #[arg(long)]
    pub aggregate_days: Option<u32>,
    /// Where to put the scratch store (removed afterwards).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// One JSON object with the timings.
    #[arg(long)]
    pub json: bool,
}

/// `--db` for `dyad code` and `dyad ingest`.
struct StoreSink {
    store: Store,
    total: AppendSummary,
    rejects: usize,
}

pub fn open_sink(path: &Path) -> Result<Box<dyn ArticleSink>> {
    let store = Store::open(path)?;
    Ok(Box::new(StoreSink {
        store,
        total: AppendSummary::default(),
        rejects: 0,
    }))
}

fn to_store(d: CodedDoc) -> CodedArticle {
    CodedArticle {
        article: d.article,
        sentences: d.sentences,
        events: d.events,
        coded_by: d.coded_by.map(|(m, dict)| CodedBy {
            model_version: m,
            dictionary_version: dict,
        }),
    }
}

impl ArticleSink for StoreSink {
    fn append(&mut self, batch: Vec<CodedDoc>) -> Result<()> {
        let batch: Vec<CodedArticle> = batch.into_iter().map(to_store).collect();
        let s = self.store.append(&batch)?;
        let t = &mut self.total;
        t.articles += s.articles;
        t.already_stored += s.already_stored;
        t.newly_coded += s.newly_coded;
        t.mentions += s.mentions;
        t.events_touched += s.events_touched;
        Ok(())
    }

    fn rejects(&mut self, rejects: Vec<dyad_ingest::Reject>) -> Result<()> {
        self.rejects += rejects.len();
        Ok(self.store.append_rejects(&rejects)?)
    }

    fn finish(&mut self) -> Result<()> {
        cluster_if_due(&mut self.store)?;
        Ok(self.store.checkpoint()?)
    }

    fn summary(&self) -> String {
        let t = &self.total;
        format!(
            "{}: stored {} articles ({} already there, {} coded now), {} mentions, {} events updated, {} rejects",
            self.store.path().display(),
            t.articles,
            t.already_stored,
            t.newly_coded,
            t.mentions,
            t.events_touched,
            self.rejects
        )
    }
}

pub fn query(a: QueryArgs) -> Result<()> {
    let store = Store::open_read_only(&a.db)?;
    let table = match &a.sql {
        Some(sql) => store.sql(sql)?,
        None => {
            let group_by = match &a.group_by {
                Some(g) => parse_group_by(g)?,
                None => Vec::new(),
            };
            let limit = match a.limit {
                Some(0) => None,
                Some(n) => Some(n),
                None if group_by.is_empty() => Some(1000),
                None => None,
            };
            let q = Query {
                filter: a.filter.filter()?,
                group_by,
                limit,
                offset: a.offset,
            };
            let t = store.query(&q)?;
            if q.group_by.is_empty() && Some(t.rows.len()) == limit && a.limit.is_none() {
                eprintln!(
                    "dyad query: the first {} events; --limit 0 for all",
                    t.rows.len()
                );
            }
            t
        }
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    table.write(a.format, &mut out)?;
    out.flush()?;
    Ok(())
}

pub fn export(a: ExportArgs) -> Result<()> {
    let store = Store::open_read_only(&a.db)?;
    let filter = a.filter.filter()?;
    let start = Instant::now();
    let n = store.export(a.format, &filter, &a.output)?;
    let what = match a.format {
        ExportFormat::GdeltMentions | ExportFormat::Jsonl => "mentions",
        _ => "events",
    };
    eprintln!(
        "wrote {n} {what} to {} in {:.2} s",
        a.output.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Records per import transaction, by default.
const IMPORT_CHUNK: usize = 200_000;

/// Puts the store's events in dyad order when enough of them came after
/// the last ordering (`Store::clustering_due`), with a spinner: on ten
/// million events it takes tens of seconds.
fn cluster_if_due(store: &mut Store) -> Result<()> {
    if let Some(n) = store.clustering_due()? {
        let pb = crate::text_cmds::spinner(&format!(
            "putting {n} events in dyad order (a quarter of them are new since the last time) ..."
        ));
        store.cluster_events()?;
        pb.finish_and_clear();
    }
    Ok(())
}

/// Folds the write-ahead log into the store; a failure (a full disk) loses
/// nothing, so it is a warning.
fn checkpoint(store: &Store) {
    if let Err(e) = store.checkpoint() {
        crate::code_cmds::warn_unfolded(&e.into());
    }
}

pub fn import(a: ImportArgs) -> Result<()> {
    let mut store = Store::open(&a.db)?;
    let (mut read, mut written, mut bad) = (0usize, 0usize, 0usize);
    for input in &a.inputs {
        let reader: Box<dyn BufRead> = if input == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(input).with_context(|| format!("cannot open {input}"))?,
            ))
        };
        let mut chunk: Vec<Event> = Vec::new();
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{input}: cannot read line {}", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            read += 1;
            match serde_json::from_str::<Event>(&line) {
                Ok(e) => chunk.push(e),
                Err(e) => {
                    bad += 1;
                    eprintln!(
                        "dyad import: {input}: line {}: not an event record: {e}",
                        i + 1
                    );
                }
            }
            if chunk.len() >= a.chunk_records.max(1) {
                written += store.stage_events(&chunk)?;
                chunk.clear();
            }
        }
        written += store.stage_events(&chunk)?;
    }
    // Each chunk is committed with the ids of the events it touched; the
    // events are aggregated once, here (or, after a kill, at the next open).
    store.settle_events()?;
    cluster_if_due(&mut store)?;
    checkpoint(&store);
    eprintln!(
        "{}: read {read} records, stored {written} ({} already there), {bad} not event records",
        a.db.display(),
        read - bad - written
    );
    if bad > 0 {
        bail!("{bad} lines were not event records (listed above)");
    }
    Ok(())
}

/// Articles re-coded per transaction.
const RECODE_BATCH: usize = 256;

pub fn recode(a: RecodeArgs) -> Result<()> {
    let spec: Spec = a.dictionaries.parse()?;
    let dicts = Dictionaries::load(&spec)
        .with_context(|| format!("cannot load dictionaries {:?}", a.dictionaries))?;
    let pipeline = crate::code_cmds::news_pipeline(Some(&dicts))?;
    let stages = Stages::new(&pipeline, &dicts, &a.dictionaries, true)?;
    let (model, dict) = stages.coded_by();
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut store = Store::open(&a.db)?;
    let (articles, _, _) = store.counts()?;
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| indicatif::ProgressBar::new(articles as u64));
    let mut last = String::new();
    let (mut seen, mut recoded, mut removed, mut written) = (0usize, 0usize, 0usize, 0usize);
    loop {
        let page = store.articles_after(&last, RECODE_BATCH)?;
        let Some(tail) = page.last() else { break };
        last = tail.id.clone();
        seen += page.len();
        let todo: Vec<dyad_ingest::Article> = if a.all {
            page
        } else {
            let current = store.coded_with(&page, &model, &dict)?;
            page.into_iter()
                .filter(|p| !current.contains(&p.id))
                .collect()
        };
        if !todo.is_empty() {
            let coded = stages.code_batch(&todo, threads);
            let batch: Vec<CodedArticle> = todo
                .into_iter()
                .zip(coded)
                .map(|(article, c)| CodedArticle {
                    article,
                    coded_by: c.skipped.is_none().then(|| CodedBy {
                        model_version: model.clone(),
                        dictionary_version: dict.clone(),
                    }),
                    sentences: c.sentences,
                    events: c.events,
                })
                .collect();
            recoded += batch.len();
            let (r, w) = store.replace_coding(&batch)?;
            removed += r;
            written += w;
        }
        if let Some(b) = &bar {
            b.set_position(seen as u64);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    cluster_if_due(&mut store)?;
    checkpoint(&store);
    eprintln!(
        "{}: {seen} articles, re-coded {recoded} with {model} and {dict}: {removed} mentions replaced by {written}",
        a.db.display()
    );
    Ok(())
}

pub fn bench_store(a: BenchStoreArgs) -> Result<()> {
    let plan = dyad_store::bench::Plan {
        events: a.events,
        mentions: a.mentions,
        aggregate_events: a.aggregate_events,
        aggregate_days: a.aggregate_days,
    };
    let report = dyad_store::bench::run(&plan, a.dir.as_deref())?;
    if a.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        println!("{}", report.render());
    }
    Ok(())
}

#[cfg(feature = "server")]
#[derive(Args)]
pub struct ServeArgs {
    #[arg(long, env = "DYAD_DB", default_value = "dyad.duckdb", help = DB_HELP)]
    pub db: PathBuf,
    /// Address and port to listen on (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Longest a query may run, in seconds, before it is stopped (503).
    #[arg(long, default_value_t = 10.0)]
    pub query_timeout: f64,
}

#[cfg(feature = "server")]
pub fn serve(a: ServeArgs) -> Result<()> {
    if !(a.query_timeout > 0.0 && a.query_timeout <= 3600.0) {
        bail!(
            "--query-timeout {}: give 0 < seconds <= 3600",
            a.query_timeout
        );
    }
    let opts = dyad_server::Options {
        query_timeout: std::time::Duration::from_secs_f64(a.query_timeout),
        ..dyad_server::Options::default()
    };
    dyad_server::serve(&a.db, a.addr, opts, |addr| {
        // The first line on stdout is the address, for scripts and tests.
        println!("listening on http://{addr}/");
        let _ = std::io::stdout().flush();
    })?;
    Ok(())
}

#[cfg(feature = "server")]
#[derive(Args)]
pub struct BenchServeArgs {
    /// The store to serve; without it, a synthetic store of --demo-events events is made in a scratch directory (and removed).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Events in the synthetic store.
    #[arg(long, default_value_t = 100_000)]
    pub demo_events: usize,
    /// Concurrent clients, each sending one request after another on fresh connections.
    #[arg(long, default_value_t = 64)]
    pub clients: usize,
    /// How long the test runs.
    #[arg(long, default_value_t = 10.0)]
    pub seconds: f64,
    /// The server's query time bound, in seconds (as `dyad serve --query-timeout`).
    #[arg(long, default_value_t = 10.0)]
    pub query_timeout: f64,
    /// One JSON object with the results.
    #[arg(long)]
    pub json: bool,
}

/// `dyad bench serve`.
#[cfg(feature = "server")]
pub fn bench_serve(a: BenchServeArgs) -> Result<()> {
    if !(a.seconds > 0.0 && a.seconds <= 3600.0) {
        bail!("--seconds {}: give 0 < seconds <= 3600", a.seconds);
    }
    if !(a.query_timeout > 0.0 && a.query_timeout <= 3600.0) {
        bail!(
            "--query-timeout {}: give 0 < seconds <= 3600",
            a.query_timeout
        );
    }
    let (db, _scratch) = bench_db(a.db.as_deref(), a.demo_events, "serve")?;
    let opts = dyad_server::Options {
        query_timeout: std::time::Duration::from_secs_f64(a.query_timeout),
        ..dyad_server::Options::default()
    };
    eprintln!(
        "{} clients for {} s against {} ...",
        a.clients,
        a.seconds,
        db.display()
    );
    let r = dyad_server::load::run(
        &db,
        opts,
        a.clients,
        std::time::Duration::from_secs_f64(a.seconds),
    )?;
    if a.json {
        println!("{}", serde_json::to_string(&r)?);
    } else {
        println!(
            "{} requests in {} s from {} clients: {} per second",
            r.requests, r.seconds, r.clients, r.requests_per_sec
        );
        println!(
            "answers: {} ok, {} refused (bad parameters, on purpose), {} cut by the time bound, {} errors",
            r.ok, r.refused, r.timed_out, r.errors
        );
        println!(
            "latency ms: p50 {}, p95 {}, p99 {}, max {}",
            r.p50_ms, r.p95_ms, r.p99_ms, r.max_ms
        );
        if let Some(m) = r.peak_rss_mb {
            println!("peak memory (server and clients): {m} MB");
        }
        for (name, n, p99) in &r.routes {
            println!("  {name:18} {n:8} requests, p99 {p99} ms");
        }
    }
    Ok(())
}

/// Removes a bench's scratch directory however the bench ends.
#[cfg(feature = "server")]
struct Scratch(PathBuf);

#[cfg(feature = "server")]
impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The store a server bench runs against: `db` when given, else a synthetic
/// store of `events` events in a scratch directory that lives as long as the
/// returned guard.
#[cfg(feature = "server")]
fn bench_db(db: Option<&Path>, events: usize, bench: &str) -> Result<(PathBuf, Option<Scratch>)> {
    if let Some(db) = db {
        return Ok((db.to_path_buf(), None));
    }
    let dir = std::env::temp_dir().join(format!("dyad-bench-{bench}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot make {}", dir.display()))?;
    let scratch = Scratch(dir.clone());
    let db = dir.join("demo.duckdb");
    eprintln!("making a synthetic store of {events} events ...");
    drop(dyad_store::bench::demo_store(&db, events)?);
    Ok((db, Some(scratch)))
}

#[cfg(feature = "server")]
#[derive(Args)]
pub struct BenchPageArgs {
    /// The store to serve; without it, a synthetic store of --demo-events events is made in a scratch directory (and removed).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Events in the synthetic store (the web issue's target is set at 100,000).
    #[arg(long, default_value_t = 100_000)]
    pub demo_events: usize,
    /// The Playwright script that drives the page (needs node, `npm ci` in web/ and Chromium).
    #[arg(long, default_value = "web/test/browser.mjs")]
    pub script: PathBuf,
    /// The re-render budget in milliseconds: the bench says whether the slowest filter change stayed within it.
    #[arg(long, default_value_t = 500)]
    pub budget_ms: u64,
    /// Runs of the script; the report gives every filter change of every run.
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// One JSON object with the results.
    #[arg(long)]
    pub json: bool,
}

/// What `dyad bench page` measured.
#[cfg(feature = "server")]
#[derive(serde::Serialize)]
struct PageBench {
    events: u64,
    rounds: usize,
    /// Milliseconds from a filter change until map, chart and list have all re-rendered, every change of every round.
    rerender_ms: Vec<u64>,
    median_ms: u64,
    worst_ms: u64,
    budget_ms: u64,
    within_budget: bool,
}

/// Reads `browser test: ok, filter re-render N ms (M events) [each: a, b ms]`.
#[cfg(feature = "server")]
fn parse_browser_line(stdout: &str) -> Option<(u64, Vec<u64>)> {
    let line = stdout.lines().find(|l| l.starts_with("browser test: ok"))?;
    let events = line.split_once(" ms (")?.1.split_once(' ')?.0;
    let each = line.split_once("[each: ")?.1.split_once(" ms]")?.0;
    let times = each
        .split(", ")
        .map(|t| t.trim().parse().ok())
        .collect::<Option<Vec<u64>>>()?;
    Some((events.parse().ok()?, times))
}

/// `dyad bench page`: the web page in Chromium against this build's server.
#[cfg(feature = "server")]
pub fn bench_page(a: BenchPageArgs) -> Result<()> {
    if !a.script.is_file() {
        bail!(
            "{}: no such script; run from the repository root or give --script web/test/browser.mjs",
            a.script.display()
        );
    }
    if a.rounds == 0 {
        bail!("--rounds 0: give at least one round");
    }
    let (db, _scratch) = bench_db(a.db.as_deref(), a.demo_events, "page")?;
    let (tx, rx) = std::sync::mpsc::channel();
    let served = db.clone();
    // The server thread ends with the process.
    std::thread::spawn(move || {
        let r = dyad_server::serve(
            &served,
            "127.0.0.1:0".parse().expect("a loopback address"),
            dyad_server::Options::default(),
            |addr| {
                let _ = tx.send(Ok(addr));
            },
        );
        if let Err(e) = r {
            let _ = tx.send(Err(e));
        }
    });
    let addr = rx
        .recv()
        .context("the server thread ended before it listened")?
        .with_context(|| format!("cannot serve {}", db.display()))?;
    let mut times = Vec::new();
    let mut events = 0;
    for round in 1..=a.rounds {
        eprintln!("round {round} of {} ...", a.rounds);
        let out = std::process::Command::new("node")
            .arg(&a.script)
            .arg(format!("http://{addr}/"))
            .output()
            .context("cannot run node (install Node.js 20 and run `npm ci` in web/)")?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Some((n, each)) = parse_browser_line(&stdout).filter(|_| out.status.success()) else {
            bail!(
                "the browser run failed:\n{stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        events = n;
        times.extend(each);
    }
    let mut sorted = times.clone();
    sorted.sort_unstable();
    let worst = *sorted.last().unwrap_or(&0);
    let r = PageBench {
        events,
        rounds: a.rounds,
        median_ms: sorted.get(sorted.len() / 2).copied().unwrap_or(0),
        worst_ms: worst,
        rerender_ms: times,
        budget_ms: a.budget_ms,
        within_budget: worst < a.budget_ms,
    };
    if a.json {
        println!("{}", serde_json::to_string(&r)?);
    } else {
        println!(
            "filter re-render over {} events, {} rounds: median {} ms, worst {} ms ({} the {} ms budget)",
            r.events,
            r.rounds,
            r.median_ms,
            r.worst_ms,
            if r.within_budget { "within" } else { "OVER" },
            r.budget_ms
        );
        println!(
            "each change, ms: {}",
            r.rerender_ms
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(())
}

#[cfg(all(test, feature = "server"))]
mod tests {
    #[test]
    fn reads_the_browser_scripts_result_line() {
        let out = "noise\nbrowser test: ok, filter re-render 246 ms (100002 events) [each: 195, 246, 213, 213 ms]\n";
        assert_eq!(
            super::parse_browser_line(out),
            Some((100_002, vec![195, 246, 213, 213]))
        );
        assert_eq!(super::parse_browser_line("browser test: FAILED: x"), None);
    }
}
