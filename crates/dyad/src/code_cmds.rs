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
    /// Output format: jsonl (one event record per line, docs/schema.md), gdelt-events (GDELT 2.0 Events rows: 61 tab-separated columns, no header) or mentions (the stream for Spark and other drivers: one line per article, per event report and per reject, each with a "kind"; near-duplicate copies are coded too, as further reports; docs/schema.md).
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "gdelt-events", "mentions"])]
    pub format: String,
    /// Write reject records (JSON lines: input, line, record, byte, reason) here; with --format mentions they are also in the main stream.
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// JSON-lines field names, when a feed's differ from dyad's: PART=FIELD (as `dyad ingest --field`).
    #[arg(long = "field", value_name = "PART=FIELD")]
    pub fields: Vec<String>,
    /// Near-duplicates are looked for among this many recent articles (the bound on memory of a long stream).
    #[arg(long, value_name = "N", default_value_t = dyad_ingest::dedup::DEFAULT_WINDOW)]
    pub dedup_window: usize,
    /// Write events here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Threads that parse and code articles (default: one per core); output keeps the input order.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print, on standard error, each sentence's parse, actors, patterns tried and why events were or were not coded.
    #[arg(long)]
    pub explain: bool,
    /// Append articles, sentences, events and mentions to this store (DuckDB file, created when missing) instead of printing events; near-duplicate copies are coded too, as further mentions of the same events. Already-stored documents add nothing, so a run that was cut short can simply be repeated.
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

/// An article and what the pipeline made of it, on its way to a store.
#[cfg_attr(not(feature = "store"), allow(dead_code))]
pub struct CodedDoc {
    pub article: Article,
    pub sentences: Vec<dyad_text::Span>,
    pub events: Vec<Event>,
    /// (model version, dictionary version); `None` when not coded.
    pub coded_by: Option<(String, String)>,
}

/// Where `--db` output goes (the store, when dyad is built with it).
pub trait ArticleSink {
    /// Stores one batch, atomically.
    fn append(&mut self, batch: Vec<CodedDoc>) -> Result<()>;
    /// Records unreadable documents.
    fn rejects(&mut self, rejects: Vec<dyad_ingest::Reject>) -> Result<()>;
    /// Makes what was stored durable in the file itself; a failure leaves
    /// the data in the write-ahead log (a warning, not an error).
    fn finish(&mut self) -> Result<()>;
    /// A one-line account of what was stored.
    fn summary(&self) -> String;
}

/// Opens the store named by `--db`.
pub fn open_sink(path: &std::path::Path) -> Result<Box<dyn ArticleSink>> {
    #[cfg(feature = "store")]
    {
        crate::store_cmds::open_sink(path)
    }
    #[cfg(not(feature = "store"))]
    {
        bail!(
            "--db {}: this dyad was built without the store (cargo feature `store`)",
            path.display()
        )
    }
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
pub struct Stages<'a> {
    pipeline: &'a Pipeline,
    coder: Coder<'a>,
    geocoder: dyad_geo::Geocoder,
    explain: bool,
    /// Code near-duplicates too (a store counts them as further mentions).
    code_duplicates: bool,
    versions: Versions,
}

/// What `dyad code` prints.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    Gdelt,
    Mentions,
}

struct Run<'a> {
    stages: Stages<'a>,
    threads: usize,
    out: Box<dyn Write>,
    format: Format,
    rejects_out: Option<Box<dyn Write>>,
    events: usize,
    skipped: usize,
    sink: Option<Box<dyn ArticleSink>>,
}

/// A line of `--format mentions`: an article read, a report of an event,
/// or an input that could not be read.
#[derive(serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum StreamLine<'a> {
    Article {
        id: &'a str,
        /// The file (or `-`) it came from, and where in it.
        input: &'a str,
        position: Option<&'a str>,
        url: Option<&'a str>,
        outlet: Option<String>,
        title: Option<&'a str>,
        published: Option<&'a str>,
        language: &'a str,
        cluster: &'a str,
        content_hash: &'a str,
        /// Why it was not coded (non-English), if it was not.
        skipped: Option<&'a str>,
        events: usize,
    },
    Mention {
        /// GDELT's GLOBALEVENTID: the aggregated event this report counts for.
        global_event_id: i64,
        outlet: Option<&'a str>,
        url: Option<&'a str>,
        cluster: &'a str,
        content_hash: &'a str,
        #[serde(flatten)]
        event: &'a Event,
    },
    Reject(&'a dyad_ingest::Reject),
}

/// What coding one article gave, kept until it is written in input order.
pub struct Coded {
    /// Why the article was skipped, if it was.
    pub skipped: Option<String>,
    pub events: Vec<Event>,
    /// Sentence byte spans (for a store).
    pub sentences: Vec<dyad_text::Span>,
    /// The `--explain` trace, when asked for.
    pub trace: String,
}

/// Articles coded together, in parallel, then written in input order.
const BATCH: usize = 64;

/// Rejects stored per transaction on a long stream.
const REJECT_BATCH: usize = 1024;

impl<'a> Stages<'a> {
    /// The stages for `dyad code` and `dyad recode`.
    pub fn new(
        pipeline: &'a Pipeline,
        dicts: &'a Dictionaries,
        dictionaries: &str,
        code_duplicates: bool,
    ) -> Result<Stages<'a>> {
        let counts = dicts.dict.counts();
        if counts.verbs + counts.verb_patterns > 0 {
            // Said, not silently ignored: the loaded verb dictionaries do
            // not drive this coder.
            tracing::warn!(
                "--dictionaries {dictionaries}: its actors, agents, discards and issues are used; \
                 its {} verbs and {} verb patterns are not (events are coded with dyad's own \
                 patterns; `dyad eval petrarch` runs the TABARI-style ones)",
                counts.verbs,
                counts.verb_patterns
            );
        }
        let geocoder =
            dyad_geo::Geocoder::bundled().context("cannot load the bundled gazetteer")?;
        let coder = Coder::new(dicts, PatternSet::bundled(), versions(dictionaries))
            .with_places(geocoder.gazetteer)
            .with_lexicon(&pipeline.model.lexicon);
        Ok(Stages {
            pipeline,
            coder,
            geocoder,
            explain: false,
            code_duplicates,
            versions: versions(dictionaries),
        })
    }

    /// Codes articles on `threads` threads; results in input order.
    pub fn code_batch(&self, articles: &[Article], threads: usize) -> Vec<Coded> {
        let threads = threads.clamp(1, articles.len().max(1));
        if threads == 1 {
            return articles.iter().map(|a| self.process(a)).collect();
        }
        let chunk = articles.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let workers: Vec<_> = articles
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || part.iter().map(|a| self.process(a)).collect::<Vec<_>>())
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("a coding thread panicked"))
                .collect()
        })
    }

    /// (model version, dictionary version) of this coding.
    #[cfg_attr(not(feature = "store"), allow(dead_code))]
    pub fn coded_by(&self) -> (String, String) {
        (
            self.versions.model.clone(),
            self.versions.dictionaries.clone(),
        )
    }

    /// Parse, code and place one article (no output: safe on any thread).
    fn process(&self, a: &Article) -> Coded {
        let skip = |why: String| Coded {
            skipped: Some(why),
            events: Vec::new(),
            sentences: Vec::new(),
            trace: String::new(),
        };
        if !a.is_english() {
            return skip(format!("{} (language {:?}, not English)", a.id, a.language));
        }
        if a.is_duplicate() && !self.code_duplicates {
            return skip(format!("{} (near-duplicate of {})", a.id, a.cluster));
        }
        // The trace shows every sentence's parse.
        let mut doc = if self.explain {
            self.pipeline.annotate(&a.text)
        } else {
            annotate_for_coding(self.pipeline, &self.coder, &a.text)
        };
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
        geocode(self.pipeline, &self.geocoder, &mut doc, a, &mut events);
        Coded {
            skipped: None,
            events,
            sentences: doc.sentences.iter().map(|s| s.span).collect(),
            trace,
        }
    }
}

impl Run<'_> {
    /// Code a batch of articles on `threads` threads; write in input order.
    fn batch(&mut self, articles: &[Article]) -> Result<()> {
        let coded = self.stages.code_batch(articles, self.threads);
        if self.sink.is_some() {
            return self.store(articles, coded);
        }
        for (a, c) in articles.iter().zip(coded) {
            self.write(a, c)
                .with_context(|| format!("cannot write the events of {}", a.id))?;
        }
        if self.format == Format::Mentions {
            // A driver reading the stream sees each batch as it is done.
            self.out.flush()?;
        }
        Ok(())
    }

    /// Hands a coded batch to the store: every article, coded or not.
    fn store(&mut self, articles: &[Article], coded: Vec<Coded>) -> Result<()> {
        let v = &self.stages.versions;
        let mut batch = Vec::with_capacity(articles.len());
        for (a, c) in articles.iter().zip(coded) {
            eprint!("{}", c.trace);
            if c.skipped.is_some() {
                self.skipped += 1;
            }
            self.events += c.events.len();
            batch.push(CodedDoc {
                article: a.clone(),
                coded_by: c
                    .skipped
                    .is_none()
                    .then(|| (v.model.clone(), v.dictionaries.clone())),
                sentences: c.sentences,
                events: c.events,
            });
        }
        match &mut self.sink {
            Some(sink) => sink.append(batch),
            None => Ok(()),
        }
    }

    fn write(&mut self, a: &Article, c: Coded) -> Result<()> {
        if self.format == Format::Mentions {
            return self.write_stream(a, c);
        }
        if let Some(why) = c.skipped {
            eprintln!("dyad code: skipped {why}");
            self.skipped += 1;
            return Ok(());
        }
        eprint!("{}", c.trace);
        for e in &c.events {
            if self.format == Format::Gdelt {
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

    fn write_stream(&mut self, a: &Article, c: Coded) -> Result<()> {
        eprint!("{}", c.trace);
        let outlet = a.outlet();
        let line = StreamLine::Article {
            id: &a.id,
            input: &a.input.name,
            position: a.input.position.as_deref(),
            url: a.url.as_deref(),
            outlet: outlet.clone(),
            title: a.title.as_deref(),
            published: a.published.as_deref(),
            language: &a.language,
            cluster: &a.cluster,
            content_hash: &a.content_hash,
            skipped: c.skipped.as_deref(),
            events: c.events.len(),
        };
        serde_json::to_writer(&mut self.out, &line)?;
        self.out.write_all(b"\n")?;
        if c.skipped.is_some() {
            self.skipped += 1;
        }
        for e in &c.events {
            let line = StreamLine::Mention {
                global_event_id: dyad_coder::gdelt::global_event_id(e),
                outlet: outlet.as_deref(),
                url: a.url.as_deref(),
                cluster: &a.cluster,
                content_hash: &a.content_hash,
                event: e,
            };
            serde_json::to_writer(&mut self.out, &line)?;
            self.out.write_all(b"\n")?;
        }
        self.events += c.events.len();
        Ok(())
    }

    /// A reject goes to `--rejects` and, in the mentions stream, inline.
    fn reject(&mut self, r: &dyad_ingest::Reject) -> Result<()> {
        tracing::warn!("rejected {}: {}", r.input, r.reason);
        if let Some(w) = &mut self.rejects_out {
            serde_json::to_writer(&mut *w, r)?;
            w.write_all(b"\n")?;
        }
        if self.format == Format::Mentions {
            serde_json::to_writer(&mut self.out, &StreamLine::Reject(r))?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// The warning for a store whose write-ahead log could not be folded into
/// the file (a full disk): committed data is in the log, so it is not an
/// error.
pub fn warn_unfolded(e: &anyhow::Error) {
    tracing::warn!("{e:#}; nothing is lost: the write-ahead log beside the store is applied when it is next opened");
}

/// The text engine as every command that reads news uses it: the bundled
/// model, told the gazetteer's one-word place names as proper nouns (see
/// `Pipeline::with_names`). `dyad parse` and `dyad eval parse` use the
/// model alone.
pub fn news_pipeline(dicts: Option<&Dictionaries>) -> Result<Pipeline> {
    let pipeline = Pipeline::load(None).context("cannot load the bundled model")?;
    let gazetteer = dyad_geo::Gazetteer::bundled().context("cannot load the bundled gazetteer")?;
    let pipeline = pipeline.with_names(gazetteer.one_word_names());
    Ok(match dicts {
        Some(d) => pipeline
            .with_names(told_name_words(d).iter().map(String::as_str))
            .with_name_adjectives(name_adjectives(d).iter().map(String::as_str)),
        None => pipeline,
    })
}

/// The one-word adjectives of the actors the dictionaries know
/// ("Turkish", "Azerbaijani").
fn name_adjectives(dicts: &Dictionaries) -> Vec<String> {
    let mut out: Vec<String> = dicts
        .dict
        .actors
        .iter()
        .flat_map(|a| &a.phrases)
        .filter(|p| p.kind == dyad_dict::model::PhraseKind::Adjective)
        .map(|p| p.text.as_str())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains([' ', '_']))
        .map(str::to_string)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The capitalised words of the names of the people the dictionaries know
/// ("Xi", "Jinping", "Modi"): the tagger read "urged Xi Jinping to" as a
/// subordinator and a verb; and the one-word acronyms of any actor.
fn told_name_words(dicts: &Dictionaries) -> Vec<String> {
    let mut out: Vec<String> = dicts
        .dict
        .actors
        .iter()
        .filter(|a| !a.roles.is_empty())
        .flat_map(|a| &a.phrases)
        .filter(|p| p.kind == dyad_dict::model::PhraseKind::Name)
        .flat_map(|p| p.text.split(|c: char| c.is_whitespace() || c == '_'))
        .filter(|w| {
            w.chars().count() >= 2
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
        })
        .map(str::to_string)
        // "the RSF", "the TPLF": one-word acronyms of any actor, which the
        // tagger took for common nouns.
        .chain(
            dicts
                .dict
                .actors
                .iter()
                .flat_map(|a| &a.phrases)
                .filter(|p| p.kind == dyad_dict::model::PhraseKind::Name)
                .map(|p| p.text.as_str())
                .filter(|w| {
                    (2..=6).contains(&w.chars().count())
                        && w.chars().all(|c| c.is_ascii_uppercase())
                })
                .map(str::to_string),
        )
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Tokenize the text and tag and parse the sentences that may give the
/// coder something: the others it would pass over untouched
/// ([`Coder::screen`]), and most of a page's sentences are such.
pub fn annotate_for_coding(pipeline: &Pipeline, coder: &Coder<'_>, text: &str) -> Document {
    let mut screen = coder.screen();
    pipeline.annotate_screened(text, |tokens| {
        let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        screen.admits(&forms)
    })
}

/// Put the events of one article on the map (the geo stage). The place
/// finder reads every sentence that may name a place, so those left
/// unparsed are parsed first.
fn geocode(
    pipeline: &Pipeline,
    geocoder: &dyad_geo::Geocoder,
    doc: &mut Document,
    a: &Article,
    events: &mut [Event],
) {
    if events.is_empty() {
        return;
    }
    parse_place_sentences(pipeline, geocoder, doc);
    geocode_parsed(geocoder, doc, a, events);
}

/// Tags and parses the sentences left unparsed that may name a place:
/// all the place finder reads.
fn parse_place_sentences(pipeline: &Pipeline, geocoder: &dyad_geo::Geocoder, doc: &mut Document) {
    pipeline.complete_where(doc, |forms| geocoder.may_name_place(forms));
}

/// Put the events of one article on the map (the geo stage).
fn geocode_parsed(
    geocoder: &dyad_geo::Geocoder,
    doc: &Document,
    a: &Article,
    events: &mut [Event],
) {
    let dateline = match dyad_geo::find_dateline(&a.text) {
        Some((name, span)) => Some((name, Some(span))),
        None => a.dateline.place.as_deref().map(|p| (p, None)),
    };
    let locations = geocoder.locate(doc, dateline);
    dyad_geo::place_events(geocoder.gazetteer, doc, &locations, events);
}

pub fn code(a: CodeArgs) -> Result<()> {
    let format = match a.format.as_str() {
        "jsonl" => Format::Jsonl,
        "gdelt-events" => Format::Gdelt,
        "mentions" => Format::Mentions,
        other => bail!("--format {other:?}: use jsonl, gdelt-events or mentions"),
    };
    if a.db.is_some() && format == Format::Mentions {
        bail!("--format mentions prints a stream; it does not go with --db");
    }
    let spec: Spec = a.dictionaries.parse()?;
    let dicts = Dictionaries::load(&spec)
        .with_context(|| format!("cannot load dictionaries {:?}", a.dictionaries))?;
    let pipeline = news_pipeline(Some(&dicts))?;
    let sink = a.db.as_deref().map(open_sink).transpose()?;
    let out: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let rejects_out: Option<Box<dyn Write>> = match &a.rejects {
        Some(p) => Some(Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        ))),
        None => None,
    };
    let code_duplicates = sink.is_some() || format == Format::Mentions;
    let mut stages = Stages::new(&pipeline, &dicts, &a.dictionaries, code_duplicates)?;
    stages.explain = a.explain;
    let mut run = Run {
        stages,
        threads,
        out,
        format,
        rejects_out,
        events: 0,
        skipped: 0,
        sink,
    };
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| indicatif::ProgressBar::new(a.inputs.len() as u64));
    let mut ing = crate::ingest_cmds::ingester(a.input_format, &a.fields, a.dedup_window)?;
    let mut err: Option<anyhow::Error> = None;
    let mut pending: Vec<Article> = Vec::with_capacity(BATCH);
    let mut rejects: Vec<dyad_ingest::Reject> = Vec::new();
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
            Output::Reject(r) if err.is_none() => {
                // Written as they come: an endless stream of bad lines must
                // not pile up in memory.
                if let Err(e) = run.reject(&r) {
                    err = Some(e.context("cannot write a reject record"));
                }
                if let Some(sink) = &mut run.sink {
                    rejects.push(r);
                    if rejects.len() >= REJECT_BATCH {
                        err = sink.rejects(std::mem::take(&mut rejects)).err();
                    }
                }
            }
            _ => {}
        });
        if err.is_none() && !rejects.is_empty() {
            if let Some(sink) = &mut run.sink {
                err = sink.rejects(std::mem::take(&mut rejects)).err();
            }
            rejects.clear();
        }
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
    if let Some(w) = &mut run.rejects_out {
        w.flush()?;
    }
    eprintln!(
        "read {}, coded {} events, skipped {} (non-English or near-duplicate), rejected {}",
        ing.summary.read, run.events, run.skipped, ing.summary.rejected
    );
    if let Some(sink) = &mut run.sink {
        if let Err(e) = sink.finish() {
            warn_unfolded(&e);
        }
        eprintln!("{}", sink.summary());
    }
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
    /// Leave out the geo stage. With it, the stage is also timed apart
    /// (`geo_seconds`, and `geo_added`: its time over the rest's).
    #[arg(long)]
    pub no_geo: bool,
    /// Time the coder alone: every page is read and parsed once first, then
    /// only `Coder::code` runs over the parses, `--rounds` times (the figure
    /// to compare with PETRARCH's coding speed given parses).
    #[arg(long)]
    pub coding_only: bool,
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
    let pipeline = news_pipeline(Some(&dicts))?;
    let geocoder = dyad_geo::Geocoder::bundled().context("cannot load the bundled gazetteer")?;
    let coder = Coder::new(&dicts, PatternSet::bundled(), versions(&a.dictionaries))
        .with_places(geocoder.gazetteer)
        .with_lexicon(&pipeline.model.lexicon);
    let rounds = a.rounds.max(1);
    if a.coding_only {
        return bench_coding_only(&a, &input, &pipeline, &coder, rounds);
    }
    let (mut pages, mut sentences, mut words, mut events) = (0usize, 0usize, 0usize, 0usize);
    // The geo stage is timed apart as well: between two runs this VM's
    // timings wander more than the stage costs.
    let mut geo = std::time::Duration::ZERO;
    let start = Instant::now();
    for _ in 0..rounds {
        let mut ing = Ingester::new(Box::new(Heuristic), InputFormat::Auto);
        ing.ingest_input(&input, &mut |o| {
            if let Output::Article(art) = o {
                pages += 1;
                if !art.is_english() {
                    return;
                }
                let mut doc = annotate_for_coding(&pipeline, &coder, &art.text);
                sentences += doc.sentences.len();
                words += doc.sentences.iter().map(|s| s.words.len()).sum::<usize>();
                let mut coded = coder.code(&doc, &meta_of(&art));
                // (The parse the place finder needs is the text engine's
                // work, timed with it, not with the geo stage.)
                if !a.no_geo && !coded.is_empty() {
                    parse_place_sentences(&pipeline, &geocoder, &mut doc);
                    let t = Instant::now();
                    geocode_parsed(&geocoder, &doc, &art, &mut coded);
                    geo += t.elapsed();
                }
                events += coded.len();
            }
        });
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    if pages == 0 {
        bail!("no pages read from {}", dir.display());
    }
    let geo_secs = geo.as_secs_f64();
    let geo_share = geo_secs / (secs - geo_secs).max(1e-9);
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
                "rounds": rounds, "seconds": secs, "geo_seconds": geo_secs, "geo_added": geo_share,
                "pages_per_sec": pps, "sentences_per_sec": sps, "words_per_sec": wps,
            })
        );
    } else {
        println!(
            "{pages} pages ({sentences} sentences, {words} words, {events} events) in {secs:.2} s: \
             {pps:.1} pages/s, {sps:.0} sentences/s, {wps:.0} words/s \
             (one thread: ingest, parse and code, loading excluded)"
        );
        if !a.no_geo {
            println!(
                "the geo stage took {geo_secs:.3} s of it, adding {:.1} % to the rest",
                geo_share * 100.0
            );
        }
    }
    Ok(())
}

/// `bench code --coding-only`: parses first (not timed), then the coder
/// alone over every parsed page, `rounds` times, on one thread.
fn bench_coding_only(
    a: &BenchCodeArgs,
    input: &str,
    pipeline: &Pipeline,
    coder: &Coder<'_>,
    rounds: usize,
) -> Result<()> {
    let mut parsed: Vec<(Document, DocMeta)> = Vec::new();
    let mut ing = Ingester::new(Box::new(Heuristic), InputFormat::Auto);
    ing.ingest_input(input, &mut |o| {
        if let Output::Article(art) = o {
            if art.is_english() {
                parsed.push((pipeline.annotate(&art.text), meta_of(&art)));
            }
        }
    });
    if parsed.is_empty() {
        bail!("no English pages read from {input}");
    }
    let sentences: usize = parsed.iter().map(|(d, _)| d.sentences.len()).sum();
    let words: usize = parsed
        .iter()
        .flat_map(|(d, _)| &d.sentences)
        .map(|s| s.words.len())
        .sum();
    let mut events = 0usize;
    let start = Instant::now();
    for _ in 0..rounds {
        for (doc, meta) in &parsed {
            events += coder.code(doc, meta).len();
        }
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let n = rounds as f64;
    let (dps, sps, wps) = (
        parsed.len() as f64 * n / secs,
        sentences as f64 * n / secs,
        words as f64 * n / secs,
    );
    if a.json {
        println!(
            "{}",
            serde_json::json!({
                "coding_only": true, "dictionaries": a.dictionaries,
                "documents": parsed.len(), "sentences": sentences, "words": words,
                "events": events / rounds, "rounds": rounds, "seconds": secs,
                "documents_per_sec": dps, "sentences_per_sec": sps, "words_per_sec": wps,
            })
        );
    } else {
        println!(
            "{} documents ({sentences} sentences, {words} words, {} events) x {rounds} rounds in {secs:.2} s: \
             {sps:.0} sentences/s, {dps:.1} documents/s (one thread: the coder alone, parses given, \
             dictionaries {})",
            parsed.len(),
            events / rounds,
            a.dictionaries
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pipeline news goes through is told the dictionaries' one-word
    /// acronyms as names: "the RSF" was a common noun to the tagger.
    #[test]
    fn the_news_pipeline_knows_the_dictionaries_acronyms() {
        let dicts = Dictionaries::load(&Spec::Bundled).expect("bundled dictionaries");
        let words = told_name_words(&dicts);
        assert!(words.iter().any(|w| w == "RSF"), "RSF");
        assert!(words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)));
        let pipeline = news_pipeline(Some(&dicts)).expect("pipeline");
        let doc = pipeline.annotate("Envoys of the army and the RSF met in Jeddah.");
        let rsf = doc.sentences[0]
            .words
            .iter()
            .find(|w| w.form == "RSF")
            .expect("RSF");
        assert_eq!(rsf.upos, "PROPN");
    }
}
