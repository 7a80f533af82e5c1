//! `dyad eval petrarch`: PETRARCH validation records coded with dyad's own
//! parse and the TABARI-style verb patterns of the given dictionaries.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_coder::tabari::{CodedTriple, TabariCoder, TabariOptions, TabariOutcome, TabariVerbs};
use dyad_coder::validation::{self, Expected, Step};
use dyad_dict::{Date, Dictionaries, Spec};
use serde::Serialize;

#[derive(Args)]
pub struct EvalPetrarchArgs {
    /// The validation records, e.g. ../shared/conformance/petrarch-unit/PETR.UnitTest.records.xml.
    pub records: PathBuf,
    /// The dictionaries the records were written for; their verb file must be
    /// TABARI / PETRARCH-1 style, e.g. petrarch:../shared/conformance/petrarch-unit.
    #[arg(long)]
    pub dictionaries: String,
    /// One JSON object: {records, passed, by_category: {CATEGORY: {records, passed}}, unreadable, failures}.
    #[arg(long)]
    pub json: bool,
    /// Print every record that failed: expected and coded events, and the rule that fired.
    #[arg(long)]
    pub failures: bool,
    /// Only the records with these ids (repeatable).
    #[arg(long = "record", value_name = "ID")]
    pub only: Vec<String>,
}

#[derive(Default, Serialize)]
struct Tally {
    records: usize,
    passed: usize,
}

#[derive(Serialize)]
struct Failure {
    id: String,
    category: String,
    text: String,
    expected: Expected,
    coded: Vec<CodedTriple>,
    discard: Option<String>,
    /// The actor phrases the coder saw, per sentence.
    phrases: Vec<String>,
}

#[derive(Serialize)]
struct Report {
    records: usize,
    passed: usize,
    by_category: BTreeMap<String, Tally>,
    /// `<Sentence>` elements that could not be read: line and reason.
    unreadable: Vec<(usize, String)>,
    /// `<Config>` options that dyad does not apply.
    ignored_options: Vec<String>,
    failures: Vec<Failure>,
}

pub fn eval_petrarch(a: EvalPetrarchArgs) -> Result<()> {
    let text = std::fs::read_to_string(&a.records)
        .with_context(|| format!("cannot read {}", a.records.display()))?;
    let spec: Spec = a.dictionaries.parse()?;
    let dicts = Dictionaries::load(&spec)
        .with_context(|| format!("cannot load dictionaries {:?}", a.dictionaries))?;
    let verbs = TabariVerbs::compile(&dicts);
    if verbs.is_empty() {
        bail!(
            "{}: no TABARI / PETRARCH-1 style verb patterns in these dictionaries (use petrarch1:DIR where a directory holds both styles)",
            a.dictionaries
        );
    }
    for p in &verbs.problems {
        tracing::warn!("verb pattern not compiled: {p}");
    }
    let pipeline = crate::code_cmds::news_pipeline(None)?;
    let mut options = TabariOptions::default();
    let mut report = Report {
        records: 0,
        passed: 0,
        by_category: BTreeMap::new(),
        unreadable: Vec::new(),
        ignored_options: Vec::new(),
        failures: Vec::new(),
    };
    for step in validation::read(&text) {
        let r = match step {
            Step::Config { option, value } => {
                let applied =
                    options.set(&option, &value) || option.eq_ignore_ascii_case("stop_on_error");
                if !applied && !report.ignored_options.contains(&option) {
                    report.ignored_options.push(option);
                }
                continue;
            }
            Step::Unreadable(line, why) => {
                report.unreadable.push((line, why));
                continue;
            }
            Step::Record(r) => r,
        };
        if !a.only.is_empty() && !a.only.contains(&r.id) {
            continue;
        }
        let date = Date::parse_petrarch(&r.date)
            .with_context(|| format!("record {} (line {}): bad date {:?}", r.id, r.line, r.date))?;
        // PETRARCH texts join words with `_` ("Dol_Amroth"); its
        // dictionaries split them the same way.
        let text = r.text.replace('_', " ");
        let doc = pipeline.annotate(&text);
        let coder = TabariCoder::new(&dicts, &verbs, options);
        // PETRARCH drops short comma-delimited clauses before coding: the
        // text without them is parsed again.
        let mut cut: Vec<dyad_text::Span> = doc
            .sentences
            .iter()
            .flat_map(|s| coder.comma_clauses(s, date))
            .collect();
        let doc = if cut.is_empty() {
            doc
        } else {
            cut.sort_by_key(|s| s.start);
            let mut kept = String::with_capacity(text.len());
            let mut at = 0;
            for s in &cut {
                kept.push_str(text.get(at..s.start).unwrap_or(""));
                at = s.end.max(at);
            }
            kept.push_str(text.get(at..).unwrap_or(""));
            pipeline.annotate(&kept)
        };
        let mut coded = Vec::new();
        let mut discard = None;
        let mut phrases = Vec::new();
        for s in &doc.sentences {
            phrases.extend(coder.actor_phrases(s, date));
            match coder.code_sentence(s, date) {
                TabariOutcome::Coded(t) => coded.extend(t),
                TabariOutcome::SentenceDiscard(_) => {
                    discard.get_or_insert("sentencediscard");
                }
                TabariOutcome::StoryDiscard(_) => discard = Some("storydiscard"),
            }
        }
        if discard.is_some() {
            coded.clear();
        }
        let ok = validation::passes(&r.expected, &coded, discard);
        report.records += 1;
        let t = report.by_category.entry(r.category.clone()).or_default();
        t.records += 1;
        if ok {
            report.passed += 1;
            t.passed += 1;
        } else {
            report.failures.push(Failure {
                id: r.id,
                category: r.category,
                text: r.text,
                expected: r.expected,
                coded,
                discard: discard.map(str::to_string),
                phrases,
            });
        }
    }
    if report.records == 0 {
        bail!("{}: no <Sentence> records", a.records.display());
    }
    if a.json {
        println!("{}", serde_json::to_string(&report)?);
        return Ok(());
    }
    if a.failures {
        for f in &report.failures {
            println!("FAIL {} [{}] {}", f.id, f.category, f.text);
            println!("  expected: {}", describe_expected(&f.expected));
            let got: Vec<String> = f
                .coded
                .iter()
                .map(|t| format!("{}>{}:{} ({})", t.source, t.target, t.code, t.rule))
                .collect();
            println!("  actors:   {}", f.phrases.join(" "));
            println!(
                "  coded:    {}{}",
                if got.is_empty() {
                    "nothing".into()
                } else {
                    got.join(" ")
                },
                f.discard
                    .as_deref()
                    .map(|d| format!(" [{d}]"))
                    .unwrap_or_default()
            );
        }
    }
    let pct = |p: usize, n: usize| 100.0 * p as f64 / n.max(1) as f64;
    println!(
        "records {}  passed {}  ({:.1} %)",
        report.records,
        report.passed,
        pct(report.passed, report.records)
    );
    for (c, t) in &report.by_category {
        println!(
            "  {c:<10} {:>4} / {:<4} {:>5.1} %",
            t.passed,
            t.records,
            pct(t.passed, t.records)
        );
    }
    if !report.unreadable.is_empty() {
        println!("unreadable records: {}", report.unreadable.len());
        for (l, why) in &report.unreadable {
            println!("  line {l}: {why}");
        }
    }
    if !report.ignored_options.is_empty() {
        println!("options not applied: {}", report.ignored_options.join(", "));
    }
    Ok(())
}

fn describe_expected(e: &Expected) -> String {
    match e {
        Expected::Events(v) => v
            .iter()
            .map(|(s, t, c)| format!("{s}>{t}:{c}"))
            .collect::<Vec<_>>()
            .join(" "),
        Expected::NoEvents => "no events".into(),
        Expected::Error(k) => format!("error {k}"),
    }
}
