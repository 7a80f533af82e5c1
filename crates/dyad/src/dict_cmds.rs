//! `dyad dict ...`: look phrases up in the dictionaries, validate
//! dictionaries, and convert PETRARCH / TABARI dictionaries to dyad's format.

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_dict::load::{self, FileKind};
use dyad_dict::{Date, Dictionaries, Dictionary, KnownExceptions, Spec};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

/// Writes to stdout; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> Result<()> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// `dyad dict lookup`
#[derive(Args)]
pub struct LookupArgs {
    /// The phrase ("Elmar Mammadyarov", "Moscow", "foreign minister").
    pub phrase: String,
    /// The date the codes must be valid on (YYYY-MM-DD).
    #[arg(long)]
    pub date: String,
    /// Which dictionaries: dyad (bundled), DIR (dyad format), petrarch:DIR, petrarch1:DIR or tabari:DIR.
    #[arg(long, default_value = "dyad")]
    pub dictionaries: String,
    /// One JSON object: {"codes": [...], "entry": {...}, "entries": [...]}.
    #[arg(long)]
    pub json: bool,
}

/// `dyad dict check`
#[derive(Args)]
pub struct CheckArgs {
    /// A directory of dyad-format *.dict files (same as --dictionaries DIR).
    pub dir: Option<PathBuf>,
    /// Which dictionaries: dyad (bundled), DIR, petrarch:DIR, petrarch1:DIR or tabari:DIR.
    #[arg(long)]
    pub dictionaries: Option<String>,
    /// Known exceptions (`FILE:LINE reason` lines); default: the bundled list,
    /// plus DIR/known-exceptions.txt when present.
    #[arg(long)]
    pub exceptions: Option<PathBuf>,
    /// Print counts as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `dyad dict import`
#[derive(Args)]
pub struct ImportArgs {
    /// Input format: petrarch or tabari.
    #[arg(long)]
    pub format: String,
    /// Dictionary files. petrarch: each file's kind comes from its name
    /// (*actors*, *agents*, *discards*, *Issue*, *verbs* or CAMEO*); tabari:
    /// from its extension (.actors, .agents, .verbs; .options and .project
    /// files are skipped).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output directory (created); gets actors.dict, agents.dict, ...
    #[arg(short, long)]
    pub output: PathBuf,
}

fn spec(s: &str) -> Result<Spec> {
    Ok(s.parse::<Spec>()?)
}

/// Prints the codes a phrase has on a date and the entries that gave them.
pub fn lookup(a: LookupArgs) -> Result<()> {
    let date = Date::parse_iso(&a.date)
        .with_context(|| format!("--date {:?}: want YYYY-MM-DD", a.date))?;
    let d = Dictionaries::load(&spec(&a.dictionaries)?)
        .with_context(|| format!("loading {}", a.dictionaries))?;
    let l = d.lookup(&a.phrase, date);
    if a.json {
        let v = serde_json::json!({
            "phrase": a.phrase,
            "date": date.to_string(),
            "codes": l.codes,
            "exact": l.exact,
            "entry": l.entries.first(),
            "entries": l.entries,
        });
        return emit(&format!("{}\n", serde_json::to_string_pretty(&v)?));
    }
    if l.entries.is_empty() {
        return emit(&format!("{}: no entry\n", a.phrase));
    }
    let mut out = String::new();
    let codes = if l.codes.is_empty() {
        "(no code on this date)".to_string()
    } else {
        l.codes.join(" ")
    };
    let _ = writeln!(out, "{codes}");
    for e in &l.entries {
        let v = serde_json::to_value(e)?;
        let kind = v["kind"].as_str().unwrap_or("");
        let name = v["name"].as_str().or(v["phrase"].as_str()).unwrap_or("");
        let src = format!(
            "{}:{}",
            v["src"]["file"].as_str().unwrap_or(""),
            v["src"]["line"]
        );
        let _ = writeln!(out, "  {kind} {name:?} ({src}) -> {}", e.codes().join(" "));
        if let dyad_dict::Entry::Actor { actor, .. } = e {
            if !actor.default_codes.is_empty() {
                let _ = writeln!(out, "    default {}", actor.default_codes.join(" "));
            }
            for r in &actor.roles {
                let mark = if r.range.contains(date) { "*" } else { " " };
                let _ = writeln!(
                    out,
                    "  {mark} role {} {}{}",
                    r.code,
                    r.range,
                    r.title
                        .as_deref()
                        .map(|t| format!(" {t}"))
                        .unwrap_or_default()
                );
            }
        }
    }
    emit(&out)
}

/// Validates dictionaries; fails when an unreadable line is not a known exception.
pub fn check(a: CheckArgs) -> Result<()> {
    let (s, dir) = match (&a.dir, &a.dictionaries) {
        (Some(_), Some(_)) => bail!("give either DIR or --dictionaries, not both"),
        (Some(d), None) => (Spec::Dyad(d.clone()), Some(d.clone())),
        (None, Some(s)) => {
            let sp = spec(s)?;
            let dir = match &sp {
                Spec::Bundled => None,
                Spec::Dyad(d) | Spec::Petrarch(d) | Spec::Petrarch1(d) | Spec::Tabari(d) => {
                    Some(d.clone())
                }
            };
            (sp, dir)
        }
        (None, None) => (Spec::Bundled, None),
    };
    let d = load::load(&s)?;
    let mut known = KnownExceptions::bundled();
    let extra = a.exceptions.clone().or_else(|| {
        dir.map(|d| d.join("known-exceptions.txt"))
            .filter(|p| p.exists())
    });
    if let Some(p) = extra {
        let text = std::fs::read_to_string(&p).with_context(|| p.display().to_string())?;
        known
            .entries
            .extend(KnownExceptions::parse(&p.display().to_string(), &text)?.entries);
    }
    let c = d.counts();
    if a.json {
        emit(&format!("{}\n", serde_json::to_string(&c)?))?;
    } else {
        eprintln!(
            "{} actors ({} phrases, {} dated roles), {} agents ({} phrases), {} discards, {} issues, {} synsets, {} verb blocks ({} verbs, {} patterns), {} transformations",
            c.actors, c.actor_phrases, c.roles, c.agents, c.agent_phrases, c.discards, c.issues, c.synsets, c.verb_blocks, c.verbs, c.verb_patterns, c.transformations
        );
    }
    for s in &d.skipped {
        eprintln!("skipped: {s}");
    }
    let mut unknown = 0;
    for p in &d.problems {
        match known.reason(p) {
            Some(r) => eprintln!("known: {p} ({r})"),
            None => {
                eprintln!("error: {p}");
                unknown += 1;
            }
        }
    }
    if unknown > 0 {
        bail!("{unknown} unreadable line(s) not listed in the known exceptions");
    }
    Ok(())
}

/// Converts PETRARCH / TABARI files to dyad's format.
pub fn import(a: ImportArgs) -> Result<()> {
    if !matches!(a.format.as_str(), "petrarch" | "tabari") {
        bail!("--format {:?}: want petrarch or tabari", a.format);
    }
    let mut d = Dictionary::default();
    for f in &a.files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if a.format == "tabari" {
            match load::tabari_file_kind(&name) {
                Ok(kind) => load::read_tabari_file(&mut d, kind, f)?,
                Err(why) => {
                    let l = name.to_ascii_lowercase();
                    if l.ends_with(".options") || l.ends_with(".project") {
                        eprintln!("skipped: {}: {why}", f.display());
                    } else {
                        bail!("{}: {why}", f.display());
                    }
                }
            }
            continue;
        }
        let kind: FileKind = load::file_kind(&name)
            .with_context(|| format!("{}: cannot tell the kind from the name (*actors*, *agents*, *discards*, *Issue*, *verbs*, CAMEO*)", f.display()))?;
        load::read_petrarch_file(&mut d, kind, f)?;
    }
    for p in &d.problems {
        eprintln!("warning: {p}");
    }
    std::fs::create_dir_all(&a.output).with_context(|| a.output.display().to_string())?;
    let header = format!(
        "Converted by `dyad dict import --format {}` from:\n{}",
        a.format,
        a.files
            .iter()
            .map(|f| format!("  {}", f.display()))
            .collect::<Vec<_>>()
            .join("\n")
    );
    for (name, text) in dyad_dict::dyad_format::write(&d, &header) {
        let p = a.output.join(name);
        std::fs::write(&p, text).with_context(|| p.display().to_string())?;
        eprintln!("wrote {}", p.display());
    }
    let c = d.counts();
    eprintln!(
        "{} actors, {} agents, {} discards, {} issues, {} verb patterns; {} unreadable lines",
        c.actors, c.agents, c.discards, c.issues, c.verb_patterns, c.problems
    );
    Ok(())
}

/// The `dyad dict` subcommands.
#[derive(clap::Subcommand)]
pub enum DictCommand {
    /// The codes a phrase has on a date, and the entry that gave them.
    ///
    /// A person outside every dated role gets the entry's default code (a former
    /// minister: the country's elite code, e.g. AZEELI), never an expired one.
    /// Example: dyad dict lookup "Elmar Mammadyarov" --date 2017-11-20 --json
    Lookup(LookupArgs),
    /// Validate dictionaries; exit 0 when the only unreadable lines are known exceptions.
    ///
    /// Example: dyad dict check --dictionaries petrarch:../shared/dictionaries/phoenix
    Check(CheckArgs),
    /// Convert PETRARCH or TABARI dictionary files to dyad's format.
    ///
    /// Example: dyad dict import --format petrarch Phoenix.agents.txt -o my-dicts
    /// Example: dyad dict import --format tabari CAMEO.actors CAMEO.verbs -o my-dicts
    Import(ImportArgs),
}

/// Runs a `dyad dict` subcommand.
pub fn run(c: DictCommand) -> Result<()> {
    match c {
        DictCommand::Lookup(a) => lookup(a),
        DictCommand::Check(a) => check(a),
        DictCommand::Import(a) => import(a),
    }
}
