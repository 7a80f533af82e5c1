//! `dyad parse`, `dyad train parser`, `dyad eval parse`, `dyad bench parse`.

use std::io::{BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_text::conllu::{self, ConlluSentence, ConlluWord};
use dyad_text::{eval, train, Pipeline, Span, Token};

#[derive(Args)]
pub struct ParseArgs {
    /// Text file to parse; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Model file (default: the bundled UD English-EWT model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Args)]
pub struct TrainParserArgs {
    /// Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu.
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank (CoNLL-U), scored after training.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Random seed: the same seed and data give the same model.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, default_value_t = train::TrainOptions::default().tagger_epochs)]
    pub tagger_epochs: usize,
    #[arg(long, default_value_t = train::TrainOptions::default().parser_epochs)]
    pub parser_epochs: usize,
    /// Jackknife folds for the parser's training tags (1: gold tags, no second tagger pass).
    #[arg(long, default_value_t = train::TrainOptions::default().folds)]
    pub folds: usize,
    /// Drop features touched by fewer training updates than this (smaller, faster model).
    #[arg(long, default_value_t = train::TrainOptions::default().min_updates)]
    pub min_updates: u32,
}

#[derive(Args)]
pub struct EvalParseArgs {
    /// Gold treebank (CoNLL-U).
    pub gold: PathBuf,
    /// Start from the raw text (`# text` lines) instead of the gold words,
    /// scoring tokenization and sentence splitting too.
    #[arg(long)]
    pub raw: bool,
    /// Print one JSON object (metrics in percent).
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Also write the system output here (CoNLL-U).
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Drop model weights below this magnitude first (to measure the trade-off).
    #[arg(long, hide = true)]
    pub prune: Option<f32>,
}

#[derive(Args)]
pub struct BenchParseArgs {
    /// Treebank (CoNLL-U) whose words are tagged and parsed.
    pub input: PathBuf,
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Run over the input at least this many seconds.
    #[arg(long, default_value_t = 3.0)]
    pub min_seconds: f64,
    /// Drop model weights below this magnitude first (to measure the trade-off).
    #[arg(long, hide = true)]
    pub prune: Option<f32>,
}

fn load_pipeline(model: Option<&Path>, prune: Option<f32>) -> Result<Pipeline> {
    let t = Instant::now();
    let mut p = Pipeline::load(model)?;
    if let Some(t) = prune {
        p.model = p.model.pruned(t);
    }
    let m = &p.model;
    tracing::info!(
        "model loaded in {:.0} ms: tagger {} features / {} weights, parser moves {} features, labeler {} features / {} weights",
        t.elapsed().as_secs_f64() * 1000.0,
        m.tagger.weights.n_features(),
        m.tagger.weights.n_weights(),
        m.parser.moves.n_features(),
        m.parser.labeler.n_features(),
        m.parser.labeler.n_weights()
    );
    Ok(p)
}

fn read_treebank(path: &Path) -> Result<Vec<ConlluSentence>> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    Ok(conllu::read_conllu(
        BufReader::new(f),
        &path.display().to_string(),
    )?)
}

fn read_input(input: Option<&Path>) -> Result<String> {
    let mut bytes = Vec::new();
    match input {
        None => std::io::stdin()
            .read_to_end(&mut bytes)
            .context("<stdin>: cannot read")?,
        Some(p) if p == Path::new("-") => std::io::stdin()
            .read_to_end(&mut bytes)
            .context("<stdin>: cannot read")?,
        Some(p) => {
            bytes = std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?;
            bytes.len()
        }
    };
    // Undecodable bytes become U+FFFD rather than an error: parsing never fails.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    })
}

pub fn parse(a: ParseArgs) -> Result<()> {
    let pipeline = load_pipeline(a.model.as_deref(), None)?;
    let text = read_input(a.input.as_deref())?;
    let doc = pipeline.annotate(&text);
    let sentences: Vec<ConlluSentence> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| ConlluSentence::from_sentence(s, Some(&(i + 1).to_string()), &text))
        .collect();
    let mut out = output(a.output.as_deref())?;
    conllu::write_conllu(&mut out, &sentences)?;
    out.flush()?;
    Ok(())
}

/// A spinner with a message on stderr (hidden when stderr is not a terminal).
pub(crate) fn spinner(msg: &str) -> indicatif::ProgressBar {
    let pb = indicatif::ProgressBar::new_spinner();
    if !std::io::stderr().is_terminal() {
        pb.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    pb.enable_steady_tick(Duration::from_millis(200));
    pb.set_message(msg.to_string());
    pb
}

pub fn train_parser(a: TrainParserArgs) -> Result<()> {
    let train_set = read_treebank(&a.train)?;
    let dev_set = read_treebank(&a.dev)?;
    if train_set.is_empty() {
        bail!("{}: no sentences to train on", a.train.display());
    }
    let opts = train::TrainOptions {
        seed: a.seed,
        tagger_epochs: a.tagger_epochs,
        parser_epochs: a.parser_epochs,
        folds: a.folds.max(1),
        min_updates: a.min_updates,
        ..Default::default()
    };
    let started = Instant::now();
    let pb = spinner("training");
    let mut log = |line: String| {
        pb.println(&line);
        if pb.is_hidden() {
            eprintln!("{line}");
        }
        pb.set_message(line);
    };
    let model = train::train(&train_set, &dev_set, &opts, &mut log);
    pb.finish_and_clear();
    if let Some(dir) = a.output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create", dir.display()))?;
    }
    model
        .save(&a.output)
        .with_context(|| format!("{}: cannot write the model", a.output.display()))?;
    let size = std::fs::metadata(&a.output).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "wrote {} ({:.1} MB) in {:.0} s; dev: tags {:.2}%, UAS {:.2}, LAS {:.2}; tagger {} features, parser {} features",
        a.output.display(),
        size as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        model.info.dev_scores["tags"],
        model.info.dev_scores["uas"],
        model.info.dev_scores["las"],
        model.tagger.weights.n_features(),
        model.parser.moves.n_features(),
    );
    Ok(())
}

/// The system's analysis of the gold words, keeping gold tokenization.
fn annotate_gold_words(pipeline: &Pipeline, gold: &ConlluSentence) -> ConlluSentence {
    let tokens: Vec<Token> = gold
        .words
        .iter()
        .map(|w| Token {
            form: w.form.clone(),
            span: Span::default(),
            space_after: true,
        })
        .collect();
    let sentence = pipeline.annotate_tokens(&tokens);
    let words = gold
        .words
        .iter()
        .zip(sentence.words)
        .map(|(g, w)| ConlluWord {
            id: g.id,
            form: g.form.clone(),
            lemma: w.lemma,
            upos: w.upos,
            xpos: w.xpos,
            feats: w.feats,
            head: w.head,
            deprel: w.deprel,
            deps: "_".into(),
            misc: g.misc.clone(),
        })
        .collect();
    ConlluSentence {
        comments: gold.comments.clone(),
        words,
        multiword: gold.multiword.clone(),
        empty_nodes: Vec::new(),
    }
}

pub fn eval_parse(a: EvalParseArgs) -> Result<()> {
    let gold = read_treebank(&a.gold)?;
    let pipeline = load_pipeline(a.model.as_deref(), a.prune)?;
    let system: Vec<ConlluSentence> = if a.raw {
        let text = conllu::raw_text(&gold);
        let doc = pipeline.annotate(&text);
        doc.sentences
            .iter()
            .enumerate()
            .map(|(i, s)| ConlluSentence::from_sentence(s, Some(&(i + 1).to_string()), &text))
            .collect()
    } else {
        gold.iter()
            .map(|g| annotate_gold_words(&pipeline, g))
            .collect()
    };
    if let Some(path) = &a.output {
        let mut out = output(Some(path))?;
        conllu::write_conllu(&mut out, &system)?;
        out.flush()?;
    }
    let scores = eval::evaluate(&gold, &system)
        .with_context(|| format!("{}: cannot score", a.gold.display()))?;
    let pct = |m: &eval::Metric| 100.0 * m.f1;
    if a.json {
        let mut obj = serde_json::Map::new();
        for (name, m) in scores.named() {
            obj.insert(
                name.to_lowercase(),
                serde_json::json!((pct(m) * 100.0).round() / 100.0),
            );
        }
        println!("{}", serde_json::Value::Object(obj));
    } else {
        println!(
            "{:<10} {:>9} {:>9} {:>9}",
            "metric", "precision", "recall", "F1"
        );
        for (name, m) in scores.named() {
            println!(
                "{:<10} {:>9.2} {:>9.2} {:>9.2}",
                name,
                100.0 * m.precision,
                100.0 * m.recall,
                100.0 * m.f1
            );
        }
    }
    Ok(())
}

/// Peak resident memory of this process in MB (VmHWM), where the OS tells.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn bench_parse(a: BenchParseArgs) -> Result<()> {
    let gold = read_treebank(&a.input)?;
    let pipeline = load_pipeline(a.model.as_deref(), a.prune)?;
    let sentences: Vec<Vec<&str>> = gold
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let n_words: usize = sentences.iter().map(Vec::len).sum();
    if n_words == 0 {
        bail!("{}: no words to parse", a.input.display());
    }
    // One untimed pass warms caches and the allocator.
    for s in &sentences {
        std::hint::black_box(pipeline.tag_parse(s));
    }
    let (mut words, mut passes) = (0usize, 0usize);
    let started = Instant::now();
    while passes == 0 || started.elapsed().as_secs_f64() < a.min_seconds {
        for s in &sentences {
            std::hint::black_box(pipeline.tag_parse(s));
        }
        words += n_words;
        passes += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    let wps = words as f64 / secs;
    let rss = peak_rss_mb().unwrap_or(f64::NAN);
    if a.json {
        println!(
            "{}",
            serde_json::json!({
                "words_per_sec": wps.round(),
                "peak_rss_mb": (rss * 10.0).round() / 10.0,
                "words": words,
                "seconds": secs,
                "passes": passes,
            })
        );
    } else {
        println!(
            "{} words ({} passes over {} words) in {:.2} s: {:.0} words/s on one thread; peak RSS {:.1} MB",
            words, passes, n_words, secs, wps, rss
        );
    }
    Ok(())
}
