//! Loading dictionaries: the `--dictionaries` specification (`dyad`,
//! `dyad:DIR` or `DIR`, `petrarch:DIR`, `petrarch1:DIR`, `tabari:DIR`),
//! directories read by their files' names (PETRARCH) or extensions
//! (TABARI), the bundled set, and the known-exceptions file that lists
//! unreadable lines with their reasons.

use crate::error::{DictError, Problem, Result};
use crate::model::{Dictionary, VerbStyle};
use crate::{dyad_format, petrarch, tabari};
use std::path::{Path, PathBuf};

/// dyad's own dictionaries, compiled into the library: `(name, text)`.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "countries.dict",
        include_str!("../data/dyad/countries.dict"),
    ),
    (
        "organizations.dict",
        include_str!("../data/dyad/organizations.dict"),
    ),
    ("agents.dict", include_str!("../data/dyad/agents.dict")),
    ("people.dict", include_str!("../data/dyad/people.dict")),
    ("discards.dict", include_str!("../data/dyad/discards.dict")),
    ("issues.dict", include_str!("../data/dyad/issues.dict")),
];

/// The known-exceptions file for the Phoenix set in `../shared`.
pub const KNOWN_EXCEPTIONS: &str = include_str!("../data/known-exceptions.txt");

/// Which dictionaries to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    /// The bundled dyad dictionaries.
    Bundled,
    /// A directory of `*.dict` files in dyad's format.
    Dyad(PathBuf),
    /// A PETRARCH directory; the PETRARCH2 verb file wins when both styles are there.
    Petrarch(PathBuf),
    /// A PETRARCH directory, using the TABARI / PETRARCH-1 verb patterns.
    Petrarch1(PathBuf),
    /// A TABARI directory (`.actors`, `.verbs`, ...).
    Tabari(PathBuf),
}

impl std::str::FromStr for Spec {
    type Err = DictError;
    fn from_str(s: &str) -> Result<Spec> {
        let (kind, dir) = match s.split_once(':') {
            Some((k, d)) if ["dyad", "petrarch", "petrarch1", "tabari"].contains(&k) => (k, d),
            _ if s == "dyad" => return Ok(Spec::Bundled),
            _ => ("dyad", s),
        };
        if dir.is_empty() {
            return Err(DictError::Spec(format!(
                "--dictionaries {s:?}: a directory is missing after '{kind}:'"
            )));
        }
        let p = PathBuf::from(dir);
        Ok(match kind {
            "petrarch" => Spec::Petrarch(p),
            "petrarch1" => Spec::Petrarch1(p),
            "tabari" => Spec::Tabari(p),
            _ => Spec::Dyad(p),
        })
    }
}

/// Reads a file as text; invalid UTF-8 is replaced and reported.
pub fn read_text(path: &Path, problems: &mut Vec<Problem>) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| DictError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            problems.push(Problem {
                file: display_name(path),
                line: u32::try_from(line).unwrap_or(u32::MAX),
                message: "invalid UTF-8 (replaced by U+FFFD)".into(),
            });
            Ok(String::from_utf8_lossy(&bytes).into_owned())
        }
    }
}

fn display_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The bundled dyad dictionaries.
pub fn load_bundled() -> Dictionary {
    let mut d = Dictionary::default();
    for (name, text) in BUNDLED {
        dyad_format::parse_into(&mut d, &format!("bundled:{name}"), text);
    }
    d
}

/// Loads what a [`Spec`] names. I/O errors fail; unreadable lines are in
/// the result's `problems`.
pub fn load(spec: &Spec) -> Result<Dictionary> {
    match spec {
        Spec::Bundled => Ok(load_bundled()),
        Spec::Dyad(dir) => load_dyad_dir(dir),
        Spec::Petrarch(dir) => load_petrarch_dir(dir, false),
        Spec::Petrarch1(dir) => load_petrarch_dir(dir, true),
        Spec::Tabari(dir) => load_tabari_dir(dir),
    }
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = std::fs::read_dir(dir).map_err(|e| DictError::Io {
        path: dir.to_path_buf(),
        source: e,
    })?;
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Loads every `*.dict` file of a directory, in name order.
pub fn load_dyad_dir(dir: &Path) -> Result<Dictionary> {
    let mut d = Dictionary::default();
    let files: Vec<PathBuf> = list_dir(dir)?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "dict"))
        .collect();
    if files.is_empty() {
        return Err(DictError::Spec(format!(
            "{}: no *.dict files",
            dir.display()
        )));
    }
    for f in files {
        let text = read_text(&f, &mut d.problems)?;
        dyad_format::parse_into(&mut d, &display_name(&f), &text);
    }
    Ok(d)
}

/// What a PETRARCH / TABARI file holds, judged by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `*actors*`
    Actors,
    /// `*agents*`
    Agents,
    /// `*discards*`
    Discards,
    /// `*Issue*`
    Issues,
    /// `*verbs*`, `*verb*` or `CAMEO*`
    Verbs,
}

/// Classifies a file by its name; `None` for files that are not dictionaries.
pub fn file_kind(name: &str) -> Option<FileKind> {
    let l = name.to_ascii_lowercase();
    if l.contains("actors") {
        Some(FileKind::Actors)
    } else if l.contains("agents") {
        Some(FileKind::Agents)
    } else if l.contains("discards") {
        Some(FileKind::Discards)
    } else if l.contains("issue") {
        Some(FileKind::Issues)
    } else if l.contains("verb") || l.starts_with("cameo") {
        Some(FileKind::Verbs)
    } else {
        None
    }
}

/// Reads one PETRARCH / TABARI file of a known kind into `d`.
pub fn read_petrarch_file(d: &mut Dictionary, kind: FileKind, path: &Path) -> Result<()> {
    let text = read_text(path, &mut d.problems)?;
    let name = display_name(path);
    match kind {
        FileKind::Actors => petrarch::parse_actors(d, &name, &text),
        FileKind::Agents => petrarch::parse_agents(d, &name, &text),
        FileKind::Discards => petrarch::parse_discards(d, &name, &text),
        FileKind::Issues => petrarch::parse_issues(d, &name, &text),
        FileKind::Verbs => {
            let v = petrarch::parse_verbs(&name, &text, &mut d.problems);
            d.verbs.push(v);
        }
    }
    Ok(())
}

/// Loads a PETRARCH or TABARI directory. A `PETR_config.ini` there names
/// the files; otherwise they are found by name. Of several verb files the
/// PETRARCH2 one is used (the TABARI-style one with `prefer_tabari_verbs`),
/// the others reported in `skipped`.
pub fn load_petrarch_dir(dir: &Path, prefer_tabari_verbs: bool) -> Result<Dictionary> {
    let files = list_dir(dir)?;
    let mut d = Dictionary::default();
    let mut chosen: Vec<(FileKind, PathBuf)> = Vec::new();
    if let Some(ini) = files.iter().find(|p| {
        p.file_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("PETR_config.ini"))
    }) {
        let c = petrarch::parse_config(&read_text(ini, &mut d.problems)?);
        for (kind, list) in [
            (FileKind::Actors, &c.actors),
            (FileKind::Agents, &c.agents),
            (FileKind::Discards, &c.discards),
            (FileKind::Issues, &c.issues),
            (FileKind::Verbs, &c.verbs),
        ] {
            chosen.extend(list.iter().map(|f| (kind, dir.join(f))));
        }
        for f in &files {
            if !chosen.iter().any(|(_, p)| p == f) && f != ini {
                d.skipped
                    .push(format!("{}: not named in {}", f.display(), ini.display()));
            }
        }
    } else {
        for f in &files {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match file_kind(&name) {
                Some(k) => chosen.push((k, f.clone())),
                None => d
                    .skipped
                    .push(format!("{}: not a dictionary by its name", f.display())),
            }
        }
    }
    // Verb files: detect each one's style, keep one.
    let verbs: Vec<PathBuf> = chosen
        .iter()
        .filter(|(k, _)| *k == FileKind::Verbs)
        .map(|(_, p)| p.clone())
        .collect();
    if verbs.len() > 1 {
        let want = if prefer_tabari_verbs {
            VerbStyle::Tabari
        } else {
            VerbStyle::Petrarch2
        };
        let mut styled = Vec::new();
        for p in &verbs {
            let text = read_text(p, &mut Vec::new())?;
            styled.push((p.clone(), petrarch::detect_verb_style(&text)));
        }
        let keep = styled
            .iter()
            .find(|(_, s)| *s == want)
            .or(styled.first())
            .map(|(p, _)| p.clone());
        for (p, s) in &styled {
            if Some(p) != keep.as_ref() {
                d.skipped.push(format!(
                    "{}: {:?}-style verb file skipped; {} is used",
                    p.display(),
                    s,
                    keep.as_ref()
                        .map(|k| k.display().to_string())
                        .unwrap_or_default()
                ));
            }
        }
        chosen.retain(|(k, p)| *k != FileKind::Verbs || Some(p) == keep.as_ref());
    }
    for (kind, path) in &chosen {
        read_petrarch_file(&mut d, *kind, path)?;
    }
    Ok(d)
}

/// What a TABARI file holds, judged by its extension (a further `.txt` is
/// allowed: `x.actors.txt`): `.actors` (actors and `~` agents), `.agents`,
/// `.verbs`. `Err` gives the reason a file is not read: `.options` and
/// `.project` (TABARI's run settings, not dictionaries) and anything else.
pub fn tabari_file_kind(name: &str) -> std::result::Result<FileKind, String> {
    let l = name.to_ascii_lowercase();
    let l = l.strip_suffix(".txt").unwrap_or(&l);
    match l.rsplit_once('.').map(|(_, e)| e) {
        Some("actors") => Ok(FileKind::Actors),
        Some("agents") => Ok(FileKind::Agents),
        Some("verbs") => Ok(FileKind::Verbs),
        Some(e @ ("options" | "project")) => Err(format!(
            "a TABARI .{e} file (run settings, not a dictionary): not read"
        )),
        _ => Err("not a TABARI dictionary by its extension (.actors, .agents, .verbs)".into()),
    }
}

/// Reads one TABARI file of a known kind into `d` (`.actors`, `.agents`,
/// `.verbs`; discard and issue files do not exist in TABARI, and are read
/// as PETRARCH's).
pub fn read_tabari_file(d: &mut Dictionary, kind: FileKind, path: &Path) -> Result<()> {
    let text = read_text(path, &mut d.problems)?;
    let name = display_name(path);
    match kind {
        FileKind::Actors => tabari::parse_actors(d, &name, &text),
        FileKind::Agents => tabari::parse_agents(d, &name, &text),
        FileKind::Verbs => {
            let v = tabari::parse_verbs(&name, &text, &mut d.problems);
            d.verbs.push(v);
        }
        FileKind::Discards | FileKind::Issues => return read_petrarch_file(d, kind, path),
    }
    Ok(())
}

/// Loads a TABARI directory: its `.actors`, `.agents` and `.verbs` files
/// in name order; every other file is reported in `skipped` with the
/// reason. A directory without any of them is an error.
pub fn load_tabari_dir(dir: &Path) -> Result<Dictionary> {
    let mut d = Dictionary::default();
    let mut chosen = Vec::new();
    for f in list_dir(dir)? {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match tabari_file_kind(&name) {
            Ok(k) => chosen.push((k, f)),
            Err(why) => d.skipped.push(format!("{}: {why}", f.display())),
        }
    }
    if chosen.is_empty() {
        return Err(DictError::Spec(format!(
            "{}: no TABARI dictionaries (*.actors, *.agents, *.verbs)",
            dir.display()
        )));
    }
    for (kind, path) in &chosen {
        read_tabari_file(&mut d, *kind, path)?;
    }
    Ok(d)
}

/// Lines known to be unreadable, each with its reason.
#[derive(Debug, Clone, Default)]
pub struct KnownExceptions {
    /// `(file base name, line, reason)`.
    pub entries: Vec<(String, u32, String)>,
}

fn base_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

impl KnownExceptions {
    /// Parses `FILE:LINE reason` lines (`#` comments); a line without a
    /// reason is an error.
    pub fn parse(file: &str, text: &str) -> Result<KnownExceptions> {
        let mut k = KnownExceptions::default();
        for (i, raw) in text.lines().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let l = raw.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (place, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            let parsed = place
                .rsplit_once(':')
                .and_then(|(f, ln)| Some((f, ln.parse::<u32>().ok()?)));
            match parsed {
                Some((f, ln)) if !reason.trim().is_empty() => {
                    k.entries
                        .push((f.to_string(), ln, reason.trim().to_string()))
                }
                _ => return Err(DictError::syntax(file, n, "want `FILE:LINE reason`")),
            }
        }
        Ok(k)
    }

    /// The bundled list (for the Phoenix set).
    pub fn bundled() -> KnownExceptions {
        KnownExceptions::parse("bundled:known-exceptions.txt", KNOWN_EXCEPTIONS).unwrap_or_default()
    }

    /// The reason a problem is known, if it is.
    pub fn reason(&self, p: &Problem) -> Option<&str> {
        let b = base_name(&p.file);
        self.entries
            .iter()
            .find(|(f, l, _)| f == b && *l == p.line)
            .map(|(_, _, r)| r.as_str())
    }

    /// The problems not listed.
    pub fn unlisted<'p>(&self, problems: &'p [Problem]) -> Vec<&'p Problem> {
        problems
            .iter()
            .filter(|p| self.reason(p).is_none())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        assert_eq!("dyad".parse::<Spec>().unwrap(), Spec::Bundled);
        assert_eq!(
            "petrarch:/x".parse::<Spec>().unwrap(),
            Spec::Petrarch("/x".into())
        );
        assert_eq!(
            "petrarch1:x".parse::<Spec>().unwrap(),
            Spec::Petrarch1("x".into())
        );
        assert_eq!(
            "tabari:t".parse::<Spec>().unwrap(),
            Spec::Tabari("t".into())
        );
        assert_eq!(
            "some/dir".parse::<Spec>().unwrap(),
            Spec::Dyad("some/dir".into())
        );
        assert!("petrarch:".parse::<Spec>().is_err());
    }

    #[test]
    fn tabari_file_kinds() {
        assert_eq!(tabari_file_kind("CAMEO.actors"), Ok(FileKind::Actors));
        assert_eq!(tabari_file_kind("x.Agents"), Ok(FileKind::Agents));
        assert_eq!(tabari_file_kind("CAMEO.090710.verbs"), Ok(FileKind::Verbs));
        assert_eq!(tabari_file_kind("a.verbs.txt"), Ok(FileKind::Verbs));
        assert!(tabari_file_kind("run.options")
            .unwrap_err()
            .contains(".options"));
        assert!(tabari_file_kind("KEDS.project")
            .unwrap_err()
            .contains(".project"));
        assert!(tabari_file_kind("verbs").is_err());
        assert!(tabari_file_kind("README.txt").is_err());
    }

    #[test]
    fn file_kinds() {
        assert_eq!(
            file_kind("Phoenix.Countries.actors.txt"),
            Some(FileKind::Actors)
        );
        assert_eq!(file_kind("CAMEO.2.0.txt"), Some(FileKind::Verbs));
        assert_eq!(
            file_kind("CAMEO.verbpatterns.150430.txt"),
            Some(FileKind::Verbs)
        );
        assert_eq!(file_kind("Phoenix.IssueCoding.txt"), Some(FileKind::Issues));
        assert_eq!(file_kind("x.verbs"), Some(FileKind::Verbs));
        assert_eq!(file_kind("LICENSE"), None);
        assert_eq!(file_kind("Phoenix.prepositions.txt"), None);
    }

    #[test]
    fn exceptions() {
        let k = KnownExceptions::parse("k", "# c\na.txt:3 typo in date\n").unwrap();
        let p = Problem {
            file: "/x/a.txt".into(),
            line: 3,
            message: String::new(),
        };
        assert_eq!(k.reason(&p), Some("typo in date"));
        assert!(KnownExceptions::parse("k", "a.txt:3\n").is_err());
        assert!(KnownExceptions::parse("k", "a.txt 3 x\n").is_err());
    }
}
