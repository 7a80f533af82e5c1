//! `dyad code`: ingest -> text engine -> event coder, event records as JSON
//! lines. The glue between `dyad-ingest` and `dyad-coder` lives here; the
//! coder itself never reads or writes anything.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_coder::{pattern::fnv1a, Coder, DocMeta, PatternSet, Versions};
use dyad_dict::{Date, Dictionaries, Spec};
use dyad_ingest::{Article, Heuristic, Ingester, InputFormat, Output};
use dyad_text::Pipeline;

#[derive(Args)]
pub struct CodeArgs {
    /// Files, directories (walked recursively) or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Which dictionaries: dyad (bundled), DIR (dyad format), petrarch:DIR, petrarch1:DIR or tabari:DIR.
    #[arg(long, default_value = "dyad")]
    pub dictionaries: String,
    /// auto, text, html, warc, jsonl or petrarch-xml.
    #[arg(long, default_value = "auto")]
    pub input_format: InputFormat,
    /// Output format: jsonl (one event record per line, docs/schema.md).
    #[arg(long, default_value = "jsonl")]
    pub format: String,
    /// Write events here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Print, on standard error, each sentence's parse, actors, patterns tried and why events were or were not coded.
    #[arg(long)]
    pub explain: bool,
}

fn date_prefix(s: Option<&str>) -> Option<Date> {
    Date::parse_iso(s?.get(..10)?)
}

fn meta_of(a: &Article) -> DocMeta {
    DocMeta {
        doc_id: a.id.clone(),
        published: date_prefix(a.published.as_deref()),
        dateline_date: date_prefix(a.dateline.date.as_deref()),
        dateline_place: a.dateline.place.clone(),
    }
}

#[cfg(feature = "bundled-model")]
fn model_version() -> String {
    format!("en_ewt-{:016x}", fnv1a(dyad_text::pipeline::BUNDLED_MODEL))
}

#[cfg(not(feature = "bundled-model"))]
fn model_version() -> String {
    "none".into()
}

fn versions(spec: &str) -> Versions {
    let model = model_version();
    let dictionaries = match spec {
        "dyad" => {
            let all: String = dyad_dict::load::BUNDLED.iter().map(|(_, t)| *t).collect();
            format!("dyad-{:016x}", fnv1a(all.as_bytes()))
        }
        other => other.to_string(),
    };
    Versions {
        model,
        dictionaries,
    }
}

struct Run<'a> {
    pipeline: &'a Pipeline,
    coder: Coder<'a>,
    out: Box<dyn Write>,
    explain: bool,
    events: usize,
    skipped: usize,
}

impl Run<'_> {
    fn article(&mut self, a: &Article) -> Result<()> {
        if !a.is_english() {
            eprintln!(
                "dyad code: skipped {} (language {:?}, not English)",
                a.id, a.language
            );
            self.skipped += 1;
            return Ok(());
        }
        if a.is_duplicate() {
            eprintln!(
                "dyad code: skipped {} (near-duplicate of {})",
                a.id, a.cluster
            );
            self.skipped += 1;
            return Ok(());
        }
        let doc = self.pipeline.annotate(&a.text);
        let meta = meta_of(a);
        let events = if self.explain {
            let (events, traces) = self.coder.code_explained(&doc, &meta);
            eprintln!("## document {}", a.id);
            for t in traces {
                eprint!("{}", t.render());
            }
            events
        } else {
            self.coder.code(&doc, &meta)
        };
        for e in &events {
            serde_json::to_writer(&mut self.out, e)?;
            self.out.write_all(b"\n")?;
        }
        self.events += events.len();
        Ok(())
    }
}

pub fn code(a: CodeArgs) -> Result<()> {
    if a.format != "jsonl" {
        bail!("--format {:?}: only jsonl is supported so far", a.format);
    }
    let spec: Spec = a.dictionaries.parse()?;
    let dicts = Dictionaries::load(&spec)
        .with_context(|| format!("cannot load dictionaries {:?}", a.dictionaries))?;
    let pipeline = Pipeline::load(None).context("cannot load the bundled model")?;
    let out: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let mut run = Run {
        pipeline: &pipeline,
        coder: Coder::new(&dicts, PatternSet::bundled(), versions(&a.dictionaries)),
        out,
        explain: a.explain,
        events: 0,
        skipped: 0,
    };
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| indicatif::ProgressBar::new(a.inputs.len() as u64));
    let mut ing = Ingester::new(Box::new(Heuristic), a.input_format);
    let mut err: Option<anyhow::Error> = None;
    for input in &a.inputs {
        ing.ingest_input(input, &mut |o| match o {
            Output::Article(art) if err.is_none() => {
                if let Err(e) = run.article(&art) {
                    err = Some(e.context(format!("cannot code {}", art.id)));
                }
            }
            Output::Reject(r) => tracing::warn!("rejected {}: {}", r.input, r.reason),
            _ => {}
        });
        if let Some(e) = err.take() {
            return Err(e);
        }
        if let Some(b) = &bar {
            b.inc(1);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    run.out.flush()?;
    eprintln!(
        "read {}, coded {} events, skipped {} (non-English or near-duplicate), rejected {}",
        ing.summary.read, run.events, run.skipped, ing.summary.rejected
    );
    Ok(())
}
