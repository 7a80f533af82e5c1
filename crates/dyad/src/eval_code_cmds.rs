//! `dyad eval code`: the event coder against a gold file of sentences
//! (`docs/gold.md`): each line is coded as one document dated by the line's
//! date, and its events are compared with the gold at the PLOVER level.
//!
//! The scoring (`score`) is a pure function of gold lines and system events,
//! so that it can be tested on hand-made cases and used on the output of any
//! coder (`--events`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_coder::{Coder, DocMeta, PatternSet, Versions};
use dyad_dict::{Date, Dictionaries, Spec};
use serde::{Deserialize, Serialize};

#[derive(Args)]
pub struct EvalCodeArgs {
    /// Gold file: JSON lines `{"id", "text", "date", "category", "events": [{"plover", "cameo_root", "source", "target"}], "forbidden": [...]}` (docs/gold.md).
    pub gold: PathBuf,
    /// Print one JSON object: sentences, expected, produced, matched, precision, recall, f1, forbidden_produced, by_category, ...
    #[arg(long)]
    pub json: bool,
    /// Which dictionaries (as `dyad code --dictionaries`): dyad (bundled), DIR, petrarch:DIR, petrarch1:DIR or tabari:DIR.
    #[arg(long, default_value = "dyad")]
    pub dictionaries: String,
    /// Score these event records (JSON lines of `dyad code`, or its mentions stream; `doc_id` = the gold line's id) instead of coding the sentences.
    #[arg(long, value_name = "FILE")]
    pub events: Option<PathBuf>,
    /// Threads that parse and code (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// One line of the gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldLine {
    pub id: String,
    pub text: String,
    /// `YYYY-MM-DD`: the story date the line is coded under.
    pub date: String,
    #[serde(default = "uncategorized")]
    pub category: String,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub forbidden: Vec<GoldEvent>,
}

fn uncategorized() -> String {
    "uncategorized".into()
}

/// An expected (or forbidden) event. In `forbidden`, every field may be left
/// out: what is given must match.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct GoldEvent {
    /// PLOVER event type (`CONSULT`); `null` for CAMEO roots 01 and 02.
    #[serde(default)]
    pub plover: Option<String>,
    /// Two-digit CAMEO root (`"04"`).
    #[serde(default)]
    pub cameo_root: Option<String>,
    /// The source's country (`RUS`) or, for an actor without one, a
    /// three-letter group of its code (`UNO`, `NAT`, `EEC`).
    #[serde(default)]
    pub source: Option<String>,
    /// As `source`; `null` or absent: any target (or none).
    #[serde(default)]
    pub target: Option<String>,
}

/// An actor of a system event, as far as scoring looks at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SysActor {
    pub code: String,
    pub country: Option<String>,
}

impl SysActor {
    /// The country, else the first three letters of the code.
    pub fn key(&self) -> String {
        match &self.country {
            Some(c) => c.clone(),
            None => self.code.chars().take(3).collect(),
        }
    }

    /// Whether a gold actor (`RUS`, `UNO`) names this actor: its country,
    /// by its CAMEO code or its ISO 3166 twin (`ROM` or `ROU`, `TMP` or
    /// `TLS`); for an actor without one, any three-letter group of its
    /// code (`IGOWSTNAT` is `IGO`, `WST` or `NAT`).
    pub fn matches(&self, gold: &str) -> bool {
        match &self.country {
            Some(c) => {
                c.eq_ignore_ascii_case(gold)
                    || dyad_geo::cameo_to_iso3(c).eq_ignore_ascii_case(gold)
            }
            None => {
                let code = self.code.as_bytes();
                code.chunks(3)
                    .any(|g| g.len() == 3 && g.eq_ignore_ascii_case(gold.as_bytes()))
            }
        }
    }
}

/// A system event, as far as scoring looks at it.
#[derive(Debug, Clone)]
pub struct SysEvent {
    pub plover: Option<String>,
    pub root: String,
    pub source: SysActor,
    pub target: Option<SysActor>,
    /// The id of the pattern that fired (`say-010`).
    pub pattern: String,
    /// How the event reads in a report: `CONSULT 042 RUSGOV -> AZEGOV ("Putin" -> "Baku", visit-042)`.
    pub describe: String,
}

impl SysEvent {
    pub fn from_event(e: &dyad_coder::Event) -> SysEvent {
        let actor = |a: &dyad_coder::EventActor| SysActor {
            code: a.code.clone(),
            country: a.country.clone(),
        };
        let describe = format!(
            "{} {} {} -> {} ({:?} -> {:?}, {})",
            e.plover.as_deref().unwrap_or("-"),
            e.cameo,
            e.source.code,
            e.target.as_ref().map_or("-", |t| t.code.as_str()),
            e.source.text,
            e.target.as_ref().map_or("", |t| t.text.as_str()),
            e.pattern
        );
        SysEvent {
            plover: e.plover.clone(),
            root: e.root.clone(),
            source: actor(&e.source),
            target: e.target.as_ref().map(actor),
            pattern: e.pattern.clone(),
            describe,
        }
    }

    /// From an event record as JSON (`dyad code` output, or a mention).
    fn from_json(v: &serde_json::Value) -> Option<SysEvent> {
        let s =
            |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(String::from);
        let actor = |a: &serde_json::Value| {
            Some(SysActor {
                code: s(a, "code")?,
                country: s(a, "country"),
            })
        };
        let source = actor(v.get("source")?)?;
        let target = v.get("target").and_then(actor);
        let cameo = s(v, "cameo")?;
        let root = s(v, "root").unwrap_or_else(|| cameo.chars().take(2).collect());
        let pattern = s(v, "pattern").unwrap_or_default();
        let plover = s(v, "plover");
        let describe = format!(
            "{} {} {} -> {} ({})",
            plover.as_deref().unwrap_or("-"),
            cameo,
            source.code,
            target.as_ref().map_or("-", |t| t.code.as_str()),
            pattern
        );
        Some(SysEvent {
            plover,
            root,
            source,
            target,
            pattern,
            describe,
        })
    }

    fn is_consult(&self) -> bool {
        self.plover.as_deref() == Some("CONSULT") || self.root == "04"
    }

    /// A statement event from "said": not counted against precision.
    fn is_said_statement(&self) -> bool {
        self.root == "01" && (self.pattern == "say" || self.pattern.starts_with("say-"))
    }
}

fn describe_gold(g: &GoldEvent) -> String {
    format!(
        "{} {} {} -> {}",
        g.plover.as_deref().unwrap_or("-"),
        g.cameo_root.as_deref().unwrap_or("--"),
        g.source.as_deref().unwrap_or("*"),
        g.target.as_deref().unwrap_or("*")
    )
}

/// The event type: PLOVER when both sides have one, else the CAMEO root.
/// A gold entry with neither (a `forbidden` on actors only) matches any type.
fn type_matches(g: &GoldEvent, s: &SysEvent) -> bool {
    match (&g.plover, &s.plover) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => match &g.cameo_root {
            Some(r) => *r == s.root,
            None => g.plover.is_none(),
        },
    }
}

fn actor_matches(gold: Option<&str>, sys: Option<&SysActor>) -> bool {
    match gold {
        None => true,
        Some(g) => sys.is_some_and(|a| a.matches(g)),
    }
}

/// Whether a system event is the gold event: type, source and target (a
/// gold target of `null` takes any). A consultation matches either way
/// round: who met whom is symmetric.
pub fn event_matches(g: &GoldEvent, s: &SysEvent) -> bool {
    if !type_matches(g, s) {
        return false;
    }
    let straight = actor_matches(g.source.as_deref(), Some(&s.source))
        && actor_matches(g.target.as_deref(), s.target.as_ref());
    if straight {
        return true;
    }
    let consult = g.plover.as_deref() == Some("CONSULT") || g.cameo_root.as_deref() == Some("04");
    consult
        && g.target.is_some()
        && actor_matches(g.source.as_deref(), s.target.as_ref())
        && actor_matches(g.target.as_deref(), Some(&s.source))
}

/// Whether a system event is one the gold line forbids: every field given
/// in the forbidden entry matches (no CONSULT reversal here).
pub fn forbidden_matches(f: &GoldEvent, s: &SysEvent) -> bool {
    type_matches(f, s)
        && actor_matches(f.source.as_deref(), Some(&s.source))
        && actor_matches(f.target.as_deref(), s.target.as_ref())
}

/// How one gold line was coded.
#[derive(Debug, Clone, Default)]
pub struct LineScore {
    pub expected: usize,
    pub produced: usize,
    pub matched: usize,
    /// Unmatched system events that count against precision.
    pub false_positives: usize,
    /// Unmatched system events that do not ("said" statements, the other
    /// direction of a consultation).
    pub excused: usize,
    pub forbidden_produced: usize,
    /// Indexes of the gold events not found.
    pub misses: Vec<usize>,
    /// Indexes of the system events counted as false positives.
    pub false_positive_events: Vec<usize>,
    /// Indexes of the system events that match a forbidden entry.
    pub forbidden_events: Vec<usize>,
}

/// Kuhn's augmenting path: one system event per gold event, as many pairs
/// as possible.
fn augment(g: usize, edges: &[Vec<usize>], seen: &mut [bool], owner: &mut [Option<usize>]) -> bool {
    for &s in &edges[g] {
        if seen[s] {
            continue;
        }
        seen[s] = true;
        if owner[s].is_none_or(|o| augment(o, edges, seen, owner)) {
            owner[s] = Some(g);
            return true;
        }
    }
    false
}

/// Scores one line: a maximum one-to-one matching of gold and system events,
/// then the unmatched system events, less the excused ones, as false
/// positives. Excused: a statement coded from "said" (root 01, pattern
/// `say-*`), and a consultation whose reverse (target and source swapped)
/// was produced too, when that one matched or was already counted.
pub fn score_line(gold: &GoldLine, sys: &[SysEvent]) -> LineScore {
    let edges: Vec<Vec<usize>> = gold
        .events
        .iter()
        .map(|g| {
            (0..sys.len())
                .filter(|&i| event_matches(g, &sys[i]))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; sys.len()];
    for g in 0..gold.events.len() {
        let mut seen = vec![false; sys.len()];
        augment(g, &edges, &mut seen, &mut owner);
    }
    let mut found = vec![false; gold.events.len()];
    for g in owner.iter().flatten() {
        found[*g] = true;
    }
    let mut out = LineScore {
        expected: gold.events.len(),
        produced: sys.len(),
        matched: found.iter().filter(|f| **f).count(),
        misses: (0..gold.events.len()).filter(|g| !found[*g]).collect(),
        ..LineScore::default()
    };
    let reverse_of = |i: usize, j: usize| {
        let (a, b) = (&sys[i], &sys[j]);
        i != j
            && a.is_consult()
            && b.is_consult()
            && match (&a.target, &b.target) {
                (Some(at), Some(bt)) => at.key() == b.source.key() && bt.key() == a.source.key(),
                _ => false,
            }
    };
    for i in 0..sys.len() {
        if owner[i].is_some() {
            continue;
        }
        let excused = sys[i].is_said_statement()
            || (0..sys.len()).any(|j| reverse_of(i, j) && (owner[j].is_some() || j < i));
        if excused {
            out.excused += 1;
        } else {
            out.false_positives += 1;
            out.false_positive_events.push(i);
        }
    }
    out.forbidden_events = (0..sys.len())
        .filter(|&i| gold.forbidden.iter().any(|f| forbidden_matches(f, &sys[i])))
        .collect();
    out.forbidden_produced = out.forbidden_events.len();
    out
}

/// Counts and ratios of a set of lines.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Totals {
    pub sentences: usize,
    pub expected: usize,
    pub produced: usize,
    pub matched: usize,
    pub false_positives: usize,
    pub excused: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub forbidden_produced: usize,
}

impl Totals {
    fn add(&mut self, s: &LineScore) {
        self.sentences += 1;
        self.expected += s.expected;
        self.produced += s.produced;
        self.matched += s.matched;
        self.false_positives += s.false_positives;
        self.excused += s.excused;
        self.forbidden_produced += s.forbidden_produced;
    }

    fn finish(&mut self) {
        let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
        self.precision = ratio(self.matched, self.matched + self.false_positives);
        self.recall = ratio(self.matched, self.expected);
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
    }
}

/// What `dyad eval code --json` prints.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    #[serde(flatten)]
    pub all: Totals,
    /// The same over every category but `active`: the share of expected
    /// events found in the hard constructions.
    pub hard_cases: Totals,
    pub by_category: BTreeMap<String, Totals>,
}

/// Scores every line (`sys[i]` are the events of `gold[i]`).
pub fn score(gold: &[GoldLine], sys: &[Vec<SysEvent>]) -> (Report, Vec<LineScore>) {
    let mut r = Report::default();
    let mut lines = Vec::with_capacity(gold.len());
    for (g, s) in gold.iter().zip(sys) {
        let ls = score_line(g, s);
        r.all.add(&ls);
        if g.category != "active" {
            r.hard_cases.add(&ls);
        }
        r.by_category
            .entry(g.category.clone())
            .or_default()
            .add(&ls);
        lines.push(ls);
    }
    r.all.finish();
    r.hard_cases.finish();
    for t in r.by_category.values_mut() {
        t.finish();
    }
    (r, lines)
}

/// Reads and checks a gold file (errors name the line).
pub fn read_gold(path: &Path) -> Result<Vec<GoldLine>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out: Vec<GoldLine> = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{}:{}", path.display(), n + 1);
        let g: GoldLine = serde_json::from_str(line).with_context(at)?;
        if !ids.insert(g.id.clone()) {
            bail!("{}: duplicate id {:?}", at(), g.id);
        }
        if Date::parse_iso(&g.date).is_none() {
            bail!("{}: bad date {:?} (YYYY-MM-DD)", at(), g.date);
        }
        for e in &g.events {
            if e.plover.is_none() && e.cameo_root.is_none() {
                bail!(
                    "{}: an expected event needs a plover type or a cameo_root",
                    at()
                );
            }
            if e.source.is_none() {
                bail!("{}: an expected event needs a source", at());
            }
        }
        out.push(g);
    }
    Ok(out)
}

/// Codes each gold line as one document dated by its date. No ingest: the
/// text is known to be English (a one-sentence text can fool a language
/// detector), has no dateline and is not a duplicate of anything.
fn code_lines(gold: &[GoldLine], spec: &str, threads: usize) -> Result<Vec<Vec<SysEvent>>> {
    let parsed: Spec = spec.parse()?;
    let dicts = Dictionaries::load(&parsed)
        .with_context(|| format!("cannot load dictionaries {spec:?}"))?;
    let pipeline = crate::code_cmds::news_pipeline(Some(&dicts))?;
    let versions = Versions {
        model: "eval".into(),
        dictionaries: spec.into(),
    };
    let gazetteer = dyad_geo::Gazetteer::bundled().context("cannot load the bundled gazetteer")?;
    let coder = Coder::new(&dicts, PatternSet::bundled(), versions)
        .with_places(gazetteer)
        .with_lexicon(&pipeline.model.lexicon);
    let one = |g: &GoldLine| {
        let doc = crate::code_cmds::annotate_for_coding(&pipeline, &coder, &g.text);
        let meta = DocMeta {
            doc_id: g.id.clone(),
            published: Date::parse_iso(&g.date),
            dateline_date: None,
            dateline_place: None,
        };
        coder
            .code(&doc, &meta)
            .iter()
            .map(SysEvent::from_event)
            .collect::<Vec<_>>()
    };
    let threads = threads.clamp(1, gold.len().max(1));
    let chunk = gold.len().div_ceil(threads).max(1);
    Ok(std::thread::scope(|scope| {
        let workers: Vec<_> = gold
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a coding thread panicked"))
            .collect()
    }))
}

/// Event records from a file, by gold line (`doc_id`).
fn read_events(path: &Path, gold: &[GoldLine]) -> Result<Vec<Vec<SysEvent>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let index: std::collections::HashMap<&str, usize> = gold
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    let mut out = vec![Vec::new(); gold.len()];
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = || format!("{}:{}", path.display(), n + 1);
        let v: serde_json::Value = serde_json::from_str(line).with_context(at)?;
        if v.get("kind").is_some_and(|k| k != "mention") {
            continue;
        }
        let Some(doc) = v.get("doc_id").and_then(|d| d.as_str()) else {
            bail!("{}: an event record needs a doc_id", at());
        };
        let Some(&i) = index.get(doc) else {
            continue;
        };
        let Some(e) = SysEvent::from_json(&v) else {
            bail!("{}: not an event record (source, cameo)", at());
        };
        out[i].push(e);
    }
    Ok(out)
}

fn print_details(
    w: &mut dyn Write,
    gold: &[GoldLine],
    sys: &[Vec<SysEvent>],
    lines: &[LineScore],
) -> Result<()> {
    for ((g, s), l) in gold.iter().zip(sys).zip(lines) {
        if l.misses.is_empty()
            && l.false_positive_events.is_empty()
            && l.forbidden_events.is_empty()
        {
            continue;
        }
        writeln!(w, "{} [{}] {}", g.id, g.category, g.text)?;
        for &m in &l.misses {
            writeln!(w, "  miss            {}", describe_gold(&g.events[m]))?;
        }
        for &i in &l.false_positive_events {
            writeln!(w, "  false positive  {}", s[i].describe)?;
        }
        for &i in &l.forbidden_events {
            writeln!(w, "  forbidden       {}", s[i].describe)?;
        }
        if !l.misses.is_empty() || !l.false_positive_events.is_empty() {
            let produced: Vec<&str> = s.iter().map(|e| e.describe.as_str()).collect();
            let expected: Vec<String> = g.events.iter().map(describe_gold).collect();
            writeln!(w, "  expected: {}", expected.join("; "))?;
            writeln!(w, "  produced: {}", produced.join("; "))?;
        }
    }
    Ok(())
}

/// `verbose` is dyad's global `-v`/`--verbose`: with it, every miss, false
/// positive and forbidden event is printed with its sentence (on standard
/// error with `--json`).
pub fn eval_code(a: EvalCodeArgs, verbose: bool) -> Result<()> {
    let gold = read_gold(&a.gold)?;
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let sys = match &a.events {
        Some(p) => read_events(p, &gold)?,
        None => code_lines(&gold, &a.dictionaries, threads)?,
    };
    let (report, lines) = score(&gold, &sys);
    if verbose {
        if a.json {
            print_details(&mut std::io::stderr().lock(), &gold, &sys, &lines)?;
        } else {
            print_details(&mut std::io::stdout().lock(), &gold, &sys, &lines)?;
        }
    }
    if a.json {
        println!("{}", serde_json::to_string(&report)?);
        return Ok(());
    }
    let t = &report.all;
    println!(
        "sentences {}  expected {}  produced {}  matched {}  false positives {}  excused {}\n\
         precision {:.3}  recall {:.3}  f1 {:.3}  forbidden produced {}\n\
         hard cases (all but active): recall {:.3} ({} of {})",
        t.sentences,
        t.expected,
        t.produced,
        t.matched,
        t.false_positives,
        t.excused,
        t.precision,
        t.recall,
        t.f1,
        t.forbidden_produced,
        report.hard_cases.recall,
        report.hard_cases.matched,
        report.hard_cases.expected
    );
    println!(
        "{:<14} {:>9} {:>8} {:>7} {:>6} {:>9} {:>6} {:>9}",
        "category", "sentences", "expected", "matched", "recall", "false pos", "prec", "forbidden"
    );
    for (c, t) in &report.by_category {
        println!(
            "{:<14} {:>9} {:>8} {:>7} {:>6.3} {:>9} {:>6.3} {:>9}",
            c,
            t.sentences,
            t.expected,
            t.matched,
            t.recall,
            t.false_positives,
            t.precision,
            t.forbidden_produced
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(code: &str) -> SysActor {
        let country = (code.len() >= 3 && !code.starts_with("IGO") && !code.starts_with("NGO"))
            .then(|| code[..3].to_string());
        SysActor {
            code: code.into(),
            country,
        }
    }

    fn sys(
        plover: Option<&str>,
        cameo: &str,
        src: &str,
        tgt: Option<&str>,
        pattern: &str,
    ) -> SysEvent {
        SysEvent {
            plover: plover.map(String::from),
            root: cameo[..2].into(),
            source: actor(src),
            target: tgt.map(actor),
            pattern: pattern.into(),
            describe: String::new(),
        }
    }

    fn gold(plover: Option<&str>, root: &str, src: &str, tgt: Option<&str>) -> GoldEvent {
        GoldEvent {
            plover: plover.map(String::from),
            cameo_root: Some(root.into()),
            source: Some(src.into()),
            target: tgt.map(String::from),
        }
    }

    fn line(category: &str, events: Vec<GoldEvent>, forbidden: Vec<GoldEvent>) -> GoldLine {
        GoldLine {
            id: "t".into(),
            text: String::new(),
            date: "2020-01-01".into(),
            category: category.into(),
            events,
            forbidden,
        }
    }

    #[test]
    fn igo_groups_and_countries() {
        assert!(actor("IGOWSTNAT").matches("NAT"));
        assert!(actor("IGOUNO").matches("UNO"));
        assert!(!actor("IGOUNO").matches("NAT"));
        assert!(actor("RUSGOV").matches("RUS"));
        assert!(!actor("RUSGOV").matches("GOV"));
        assert_eq!(actor("IGOUNO").key(), "IGO");
        // A gold set may name a country by ISO letters where CAMEO kept
        // its own.
        assert!(actor("ROMGOV").matches("ROU"));
        assert!(actor("TMP").matches("TLS"));
        assert!(actor("MTNMIL").matches("MTN"));
        assert!(!actor("ROMGOV").matches("RUS"));
    }

    #[test]
    fn tiny_case_known_numbers() {
        // Line 1: a meeting found in both directions (the reverse is
        // excused), and a "said" statement (excused).
        let l1 = line(
            "active",
            vec![gold(Some("CONSULT"), "04", "RUS", Some("AZE"))],
            vec![],
        );
        let s1 = vec![
            sys(
                Some("CONSULT"),
                "042",
                "RUSGOV",
                Some("AZEGOV"),
                "visit-042",
            ),
            sys(
                Some("CONSULT"),
                "043",
                "AZEGOV",
                Some("RUSGOV"),
                "visit-042",
            ),
            sys(None, "010", "RUSGOV", Some("AZEGOV"), "say-010"),
        ];
        // Line 2: a consultation found only the other way round (matches),
        // a demand with the wrong target (a miss and a false positive).
        let l2 = line(
            "passive",
            vec![
                gold(Some("CONSULT"), "04", "ARM", Some("IRN")),
                gold(Some("REQUEST"), "10", "AZE", Some("ARM")),
            ],
            vec![],
        );
        let s2 = vec![
            sys(Some("CONSULT"), "040", "IRNGOV", Some("ARMGOV"), "meet-040"),
            sys(
                Some("REQUEST"),
                "100",
                "AZEGOV",
                Some("FRAGOV"),
                "demand-100",
            ),
        ];
        // Line 3: nothing expected; a forbidden attack produced, and an
        // unexcused consultation pair (counted once).
        let l3 = line(
            "negation",
            vec![],
            vec![GoldEvent {
                cameo_root: Some("19".into()),
                plover: Some("ASSAULT".into()),
                ..GoldEvent::default()
            }],
        );
        let s3 = vec![
            sys(Some("ASSAULT"), "190", "RUSMIL", Some("UKR"), "attack-190"),
            sys(Some("CONSULT"), "040", "USAGOV", Some("CHNGOV"), "meet-040"),
            sys(Some("CONSULT"), "040", "CHNGOV", Some("USAGOV"), "meet-040"),
        ];
        // Line 4: root-level type when the gold has no PLOVER type; a
        // null gold target takes any target; a UN actor by its group.
        let l4 = line("passive", vec![gold(None, "02", "UNO", None)], vec![]);
        let s4 = vec![sys(None, "020", "IGOUNO", Some("MMRMIL"), "call-020")];
        let (r, lines) = score(&[l1, l2, l3, l4], &[s1, s2, s3, s4]);
        assert_eq!(lines[0].matched, 1);
        assert_eq!(lines[0].excused, 2);
        assert_eq!(lines[0].false_positives, 0);
        assert_eq!(lines[1].matched, 1);
        assert_eq!(lines[1].misses, vec![1]);
        assert_eq!(lines[1].false_positives, 1);
        assert_eq!(lines[2].forbidden_produced, 1);
        assert_eq!(lines[2].false_positives, 2);
        assert_eq!(lines[2].excused, 1);
        assert_eq!(lines[3].matched, 1);
        let t = &r.all;
        assert_eq!(
            (t.sentences, t.expected, t.produced, t.matched),
            (4, 4, 9, 3)
        );
        assert_eq!(
            (t.false_positives, t.excused, t.forbidden_produced),
            (3, 3, 1)
        );
        assert!((t.precision - 0.5).abs() < 1e-9);
        assert!((t.recall - 0.75).abs() < 1e-9);
        assert!((t.f1 - 0.6).abs() < 1e-9);
        let p = &r.by_category["passive"];
        assert_eq!((p.expected, p.matched), (3, 2));
        assert_eq!((r.hard_cases.expected, r.hard_cases.matched), (3, 2));
    }

    #[test]
    fn matching_is_one_to_one() {
        // Two expected identical events, one produced: one match.
        let g = gold(Some("ASSAULT"), "19", "PAK", Some("IND"));
        let l = line("compound", vec![g.clone(), g], vec![]);
        let s = vec![sys(
            Some("ASSAULT"),
            "194",
            "PAKMIL",
            Some("INDMIL"),
            "fire-193",
        )];
        let ls = score_line(&l, &s);
        assert_eq!((ls.matched, ls.misses.len(), ls.false_positives), (1, 1, 0));
        // Wrong PLOVER type, right root: no match (PLOVER level).
        let l = line(
            "metonym",
            vec![gold(Some("COERCE"), "16", "USA", Some("RUS"))],
            vec![],
        );
        let s = vec![sys(Some("SANCTION"), "160", "USAGOV", Some("RUSGOV"), "x")];
        assert_eq!(score_line(&l, &s).matched, 0);
    }
}
