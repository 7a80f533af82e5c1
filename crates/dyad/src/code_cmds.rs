//! `dyad code`: ingest -> text engine -> event coder, event records as JSON
//! lines. The glue between `dyad-ingest` and `dyad-coder` lives here; the
//! coder itself never reads or writes anything.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_coder::{pattern::fnv1a, Coder, DocMeta, Event, PatternSet, Versions};
use dyad_dict::{Date, Dictionaries, Spec};
use dyad_ingest::{Article, Heuristic, Ingester, InputFormat, Output};
use dyad_text::{Document, Pipeline};

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
    /// Output format: jsonl (one event record per line, docs/schema.md) or gdelt-events (GDELT 2.0 Events rows: 61 tab-separated columns, no header).
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "gdelt-events"])]
    pub format: String,
    /// Write events here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Threads that parse and code articles (default: one per core); output keeps the input order.
    #[arg(long)]
    pub threads: Option<usize>,
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

/// The model, the dictionaries and the gazetteer: shared by the threads.
struct Stages<'a> {
    pipeline: &'a Pipeline,
    coder: Coder<'a>,
    geocoder: dyad_geo::Geocoder,
    explain: bool,
}

struct Run<'a> {
    stages: Stages<'a>,
    threads: usize,
    out: Box<dyn Write>,
    gdelt: bool,
    events: usize,
    skipped: usize,
}

/// What coding one article gave, kept until it is written in input order.
struct Coded {
    /// Why the article was skipped, if it was.
    skipped: Option<String>,
    events: Vec<Event>,
    /// The `--explain` trace, when asked for.
    trace: String,
}

/// Articles coded together, in parallel, then written in input order.
const BATCH: usize = 64;

impl Stages<'_> {
    /// Parse, code and place one article (no output: safe on any thread).
    fn process(&self, a: &Article) -> Coded {
        let skip = |why: String| Coded {
            skipped: Some(why),
            events: Vec::new(),
            trace: String::new(),
        };
        if !a.is_english() {
            return skip(format!("{} (language {:?}, not English)", a.id, a.language));
        }
        if a.is_duplicate() {
            return skip(format!("{} (near-duplicate of {})", a.id, a.cluster));
        }
        let doc = self.pipeline.annotate(&a.text);
        let meta = meta_of(a);
        let (mut events, trace) = if self.explain {
            let (events, traces) = self.coder.code_explained(&doc, &meta);
            let mut trace = format!("## document {}\n", a.id);
            for t in traces {
                trace += &t.render();
            }
            (events, trace)
        } else {
            (self.coder.code(&doc, &meta), String::new())
        };
        geocode(&self.geocoder, &doc, a, &mut events);
        Coded {
            skipped: None,
            events,
            trace,
        }
    }
}

impl Run<'_> {
    /// Code a batch of articles on `threads` threads; write in input order.
    fn batch(&mut self, articles: &[Article]) -> Result<()> {
        let threads = self.threads.clamp(1, articles.len().max(1));
        let stages = &self.stages;
        let coded: Vec<Coded> = if threads == 1 {
            articles.iter().map(|a| stages.process(a)).collect()
        } else {
            let chunk = articles.len().div_ceil(threads);
            std::thread::scope(|scope| {
                let workers: Vec<_> = articles
                    .chunks(chunk)
                    .map(|part| {
                        scope.spawn(move || {
                            part.iter().map(|a| stages.process(a)).collect::<Vec<_>>()
                        })
                    })
                    .collect();
                workers
                    .into_iter()
                    .flat_map(|w| w.join().expect("a coding thread panicked"))
                    .collect()
            })
        };
        for (a, c) in articles.iter().zip(coded) {
            self.write(a, c)
                .with_context(|| format!("cannot write the events of {}", a.id))?;
        }
        Ok(())
    }

    fn write(&mut self, a: &Article, c: Coded) -> Result<()> {
        if let Some(why) = c.skipped {
            eprintln!("dyad code: skipped {why}");
            self.skipped += 1;
            return Ok(());
        }
        eprint!("{}", c.trace);
        for e in &c.events {
            if self.gdelt {
                self.out
                    .write_all(dyad_coder::gdelt::row(e, a.url.as_deref()).as_bytes())?;
            } else {
                serde_json::to_writer(&mut self.out, e)?;
            }
            self.out.write_all(b"\n")?;
        }
        self.events += c.events.len();
        Ok(())
    }
}

/// Put the events of one article on the map (the geo stage).
fn geocode(geocoder: &dyad_geo::Geocoder, doc: &Document, a: &Article, events: &mut [Event]) {
    if events.is_empty() {
        return;
    }
    let dateline = match dyad_geo::find_dateline(&a.text) {
        Some((name, span)) => Some((name, Some(span))),
        None => a.dateline.place.as_deref().map(|p| (p, None)),
    };
    let locations = geocoder.locate(doc, dateline);
    dyad_geo::place_events(geocoder.gazetteer, doc, &locations, events);
}

pub fn code(a: CodeArgs) -> Result<()> {
    let gdelt = match a.format.as_str() {
        "jsonl" => false,
        "gdelt-events" => true,
        other => bail!("--format {other:?}: use jsonl or gdelt-events"),
    };
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
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut run = Run {
        stages: Stages {
            pipeline: &pipeline,
            coder: Coder::new(&dicts, PatternSet::bundled(), versions(&a.dictionaries)),
            geocoder: dyad_geo::Geocoder::bundled().context("cannot load the bundled gazetteer")?,
            explain: a.explain,
        },
        threads,
        out,
        gdelt,
        events: 0,
        skipped: 0,
    };
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| indicatif::ProgressBar::new(a.inputs.len() as u64));
    let mut ing = Ingester::new(Box::new(Heuristic), a.input_format);
    let mut err: Option<anyhow::Error> = None;
    let mut pending: Vec<Article> = Vec::with_capacity(BATCH);
    for input in &a.inputs {
        ing.ingest_input(input, &mut |o| match o {
            Output::Article(art) if err.is_none() => {
                pending.push(*art);
                if pending.len() >= BATCH {
                    if let Err(e) = run.batch(&pending) {
                        err = Some(e);
                    }
                    pending.clear();
                }
            }
            Output::Reject(r) => tracing::warn!("rejected {}: {}", r.input, r.reason),
            _ => {}
        });
        if err.is_none() && !pending.is_empty() {
            err = run.batch(&pending).err();
            pending.clear();
        }
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

#[derive(Args)]
pub struct BenchCodeArgs {
    /// A directory of inputs (walked recursively; a benchmark directory's `html/` when it has one), e.g. ../shared/bench/extraction-dev.
    #[arg(default_value = "../shared/bench/extraction-dev")]
    pub dir: PathBuf,
    /// Passes over the inputs.
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
    /// Which dictionaries (as `dyad code --dictionaries`).
    #[arg(long, default_value = "dyad")]
    pub dictionaries: String,
    /// One JSON object: pages, sentences, words, events, seconds and the rates.
    #[arg(long)]
    pub json: bool,
    /// Leave out the geo stage (to measure what it adds).
    #[arg(long)]
    pub no_geo: bool,
}

/// End to end speed on one thread: reading, decoding, extraction, cleaning,
/// tokenizing, tagging, parsing and coding every page, events discarded.
/// Model and dictionary loading are excluded; every round starts a fresh
/// ingester, so that no page is skipped as a duplicate of the last round.
pub fn bench_code(a: BenchCodeArgs) -> Result<()> {
    let html = a.dir.join("html");
    let dir = if html.is_dir() { html } else { a.dir.clone() };
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let input = dir.to_string_lossy().into_owned();
    let spec: Spec = a.dictionaries.parse()?;
    let dicts = Dictionaries::load(&spec)
        .with_context(|| format!("cannot load dictionaries {:?}", a.dictionaries))?;
    let pipeline = Pipeline::load(None).context("cannot load the bundled model")?;
    let coder = Coder::new(&dicts, PatternSet::bundled(), versions(&a.dictionaries));
    let geocoder = dyad_geo::Geocoder::bundled().context("cannot load the bundled gazetteer")?;
    let rounds = a.rounds.max(1);
    let (mut pages, mut sentences, mut words, mut events) = (0usize, 0usize, 0usize, 0usize);
    let start = Instant::now();
    for _ in 0..rounds {
        let mut ing = Ingester::new(Box::new(Heuristic), InputFormat::Auto);
        ing.ingest_input(&input, &mut |o| {
            if let Output::Article(art) = o {
                pages += 1;
                if !art.is_english() {
                    return;
                }
                let doc = pipeline.annotate(&art.text);
                sentences += doc.sentences.len();
                words += doc.sentences.iter().map(|s| s.words.len()).sum::<usize>();
                let mut coded = coder.code(&doc, &meta_of(&art));
                if !a.no_geo {
                    geocode(&geocoder, &doc, &art, &mut coded);
                }
                events += coded.len();
            }
        });
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    if pages == 0 {
        bail!("no pages read from {}", dir.display());
    }
    let (pps, sps, wps) = (
        pages as f64 / secs,
        sentences as f64 / secs,
        words as f64 / secs,
    );
    if a.json {
        println!(
            "{}",
            serde_json::json!({
                "pages": pages, "sentences": sentences, "words": words, "events": events,
                "rounds": rounds, "seconds": secs,
                "pages_per_sec": pps, "sentences_per_sec": sps, "words_per_sec": wps,
            })
        );
    } else {
        println!(
            "{pages} pages ({sentences} sentences, {words} words, {events} events) in {secs:.2} s: \
             {pps:.1} pages/s, {sps:.0} sentences/s, {wps:.0} words/s \
             (one thread: ingest, parse and code, loading excluded)"
        );
    }
    Ok(())
}
