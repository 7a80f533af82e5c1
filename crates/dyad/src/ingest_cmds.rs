//! `dyad ingest`, `dyad eval extract`, `dyad bench ingest`.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_ingest::{eval, Extractor, Heuristic, Ingester, InputFormat, Output};

#[derive(Args)]
pub struct IngestArgs {
    /// Files, directories (walked recursively) or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Write article records (JSON lines) here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Write reject records (JSON lines) here; otherwise they are logged.
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// auto, text, html, warc, jsonl or petrarch-xml.
    #[arg(long, default_value = "auto")]
    pub input_format: InputFormat,
    /// Exit non-zero when any document was rejected.
    #[arg(long)]
    pub strict: bool,
    /// JSON-lines field names, when a feed's differ from dyad's: PART=FIELD
    /// with PART one of id, url, title, text, html, published, source.
    /// Repeatable, e.g. --field text=body --field published=date.
    #[arg(long = "field", value_name = "PART=FIELD")]
    pub fields: Vec<String>,
    /// Near-duplicates are looked for among this many recent articles (the bound on memory of a long stream).
    #[arg(long, value_name = "N", default_value_t = dyad_ingest::dedup::DEFAULT_WINDOW)]
    pub dedup_window: usize,
    /// Store the articles (and rejects) in this store (DuckDB file, created when missing) instead of printing them; `dyad recode` codes them later. Already-stored documents add nothing.
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

/// Articles stored per transaction by `dyad ingest --db`.
const STORE_BATCH: usize = 256;

#[derive(Args)]
pub struct EvalExtractArgs {
    /// A directory with `html/<id>.html.gz` and `ground-truth.json`.
    pub dir: PathBuf,
    /// Print `{f1, precision, recall}` (0..1) as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct BenchIngestArgs {
    /// A benchmark directory like `eval extract`'s (default: ../shared/bench/extraction-dev).
    #[arg(default_value = "../shared/bench/extraction-dev")]
    pub dir: PathBuf,
    /// Passes over the pages.
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
    #[arg(long)]
    pub json: bool,
}

/// An ingester with the command line's input format, JSON-lines field
/// names (`--field`) and near-duplicate window (`--dedup-window`).
pub fn ingester(format: InputFormat, fields: &[String], dedup_window: usize) -> Result<Ingester> {
    let mut ing = Ingester::new(Box::new(Heuristic), format);
    ing.set_dedup_window(dedup_window);
    for f in fields {
        ing.json_fields
            .set(f)
            .map_err(|e| anyhow::anyhow!("--field {e}"))?;
    }
    Ok(ing)
}

fn open_out(path: &Option<PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    })
}

pub fn ingest(a: IngestArgs) -> Result<()> {
    if let Some(db) = &a.db {
        return ingest_into_store(&a, db);
    }
    let mut out = open_out(&a.output)?;
    let mut rejects: Option<Box<dyn Write>> = match &a.rejects {
        Some(_) => Some(open_out(&a.rejects)?),
        None => None,
    };
    let bar = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(a.inputs.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} inputs {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let mut ing = ingester(a.input_format, &a.fields, a.dedup_window)?;
    let mut err: Option<anyhow::Error> = None;
    for input in &a.inputs {
        ing.ingest_input(input, &mut |o| {
            if err.is_some() {
                return;
            }
            let res = match o {
                Output::Article(art) => serde_json::to_writer(&mut out, &art)
                    .map_err(anyhow::Error::from)
                    .and_then(|_| Ok(out.write_all(b"\n")?)),
                Output::Reject(r) => match &mut rejects {
                    Some(w) => serde_json::to_writer(&mut *w, &r)
                        .map_err(anyhow::Error::from)
                        .and_then(|_| Ok(w.write_all(b"\n")?)),
                    None => {
                        tracing::warn!("rejected {}: {}", r.input, r.reason);
                        Ok(())
                    }
                },
            };
            if let Err(e) = res {
                err = Some(e.context("cannot write output"));
            }
        });
        if let Some(e) = err.take() {
            return Err(e);
        }
        if let Some(b) = &bar {
            b.inc(1);
            b.set_message(format!("{} kept", ing.summary.kept));
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    out.flush()?;
    if let Some(w) = &mut rejects {
        w.flush()?;
    }
    let s = ing.summary;
    eprintln!(
        "read {}, kept {}, duplicates {}, non-English {}, rejected {}",
        s.read, s.kept, s.duplicates, s.non_english, s.rejected
    );
    if a.strict && s.rejected > 0 {
        bail!("{} document(s) rejected (--strict)", s.rejected);
    }
    Ok(())
}

fn extract_text(ex: &dyn Extractor, html: &[u8]) -> String {
    let (text, _, _) = dyad_ingest::decode::decode(html, None, true);
    ex.extract(&text).text()
}

pub fn eval_extract(a: EvalExtractArgs) -> Result<()> {
    let pages = eval::load_bench(&a.dir)?;
    let ex = Heuristic;
    let s = eval::score_pages(&pages, |h| extract_text(&ex, h));
    if a.json {
        println!(
            "{}",
            serde_json::json!({"f1": s.f1, "precision": s.precision, "recall": s.recall, "documents": s.documents})
        );
    } else {
        println!(
            "extractor {}: F1 {:.4}  precision {:.4}  recall {:.4}  ({} pages)",
            ex.name(),
            s.f1,
            s.precision,
            s.recall,
            s.documents
        );
    }
    Ok(())
}

pub fn bench_ingest(a: BenchIngestArgs) -> Result<()> {
    let pages = eval::load_bench(&a.dir)?;
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let ex = Heuristic;
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..a.rounds.max(1) {
        for p in &pages {
            let doc = dyad_ingest::read::RawDoc::new(
                &p.id,
                None,
                p.html.clone(),
                dyad_ingest::read::Content::Html,
            );
            let _ = dyad_ingest::pipeline::article_from_raw(&ex, doc);
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let pages_per_sec = n as f64 / secs;
    let mb_per_sec = (bytes * a.rounds.max(1)) as f64 / 1e6 / secs;
    if a.json {
        println!(
            "{}",
            serde_json::json!({"pages_per_sec": pages_per_sec, "mb_per_sec": mb_per_sec, "pages": n})
        );
    } else {
        println!("{n} pages in {secs:.2} s: {pages_per_sec:.0} pages/s, {mb_per_sec:.1} MB/s (one thread: decode, extract, clean, language)");
    }
    Ok(())
}

/// `dyad ingest --db`: articles and rejects into a store, uncoded.
fn ingest_into_store(a: &IngestArgs, db: &std::path::Path) -> Result<()> {
    let mut sink = crate::code_cmds::open_sink(db)?;
    let mut ing = ingester(a.input_format, &a.fields, a.dedup_window)?;
    let mut pending = Vec::new();
    let mut rejects = Vec::new();
    let mut err: Option<anyhow::Error> = None;
    for input in &a.inputs {
        ing.ingest_input(input, &mut |o| match o {
            _ if err.is_some() => {}
            Output::Article(art) => {
                pending.push(crate::code_cmds::CodedDoc {
                    article: *art,
                    sentences: Vec::new(),
                    events: Vec::new(),
                    coded_by: None,
                });
                if pending.len() >= STORE_BATCH {
                    err = sink.append(std::mem::take(&mut pending)).err();
                }
            }
            Output::Reject(r) => {
                tracing::warn!("rejected {}: {}", r.input, r.reason);
                rejects.push(r);
                // An endless stream of bad lines must not pile up.
                if rejects.len() >= STORE_BATCH {
                    err = sink.rejects(std::mem::take(&mut rejects)).err();
                }
            }
        });
        if err.is_none() && !pending.is_empty() {
            err = sink.append(std::mem::take(&mut pending)).err();
        }
        if err.is_none() && !rejects.is_empty() {
            err = sink.rejects(std::mem::take(&mut rejects)).err();
        }
        if let Some(e) = err.take() {
            return Err(e);
        }
    }
    let s = ing.summary;
    eprintln!(
        "read {}, kept {}, duplicates {}, non-English {}, rejected {}",
        s.read, s.kept, s.duplicates, s.non_english, s.rejected
    );
    if let Err(e) = sink.finish() {
        crate::code_cmds::warn_unfolded(&e);
    }
    eprintln!("{}", sink.summary());
    if a.strict && s.rejected > 0 {
        bail!("{} documents were rejected", s.rejected);
    }
    Ok(())
}
