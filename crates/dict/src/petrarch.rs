//! Readers for the PETRARCH (Phoenix) dictionary formats, into the same
//! [`Dictionary`] model as dyad's own: actors with date restrictions,
//! agents with `!SUBST!` macros and plurals, discards, issues, and verb
//! dictionaries in PETRARCH2 or TABARI/PETRARCH-1 style (kept raw).
//! TABARI's own files (`;` comments, verb entries without block headers)
//! are read by [`crate::tabari`]. Every line that cannot be read becomes a
//! [`Problem`] with file and line.

use crate::date::{Date, DateRange};
use crate::error::Problem;
use crate::model::*;

/// Iterates over the meaningful lines of a PETRARCH file: `(line number,
/// text without comment)`. Drops `#` comments, `<!-- ... -->` blocks (also
/// over several lines) and blank lines; stops at `---STOP---`.
fn lines(text: &str, hash_comments: bool) -> Vec<(u32, &str)> {
    let mut out = Vec::new();
    let mut in_xml_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut l = raw.trim_end_matches('\r');
        if in_xml_comment {
            match l.find("-->") {
                Some(p) => {
                    in_xml_comment = false;
                    l = &l[p + 3..];
                }
                None => continue,
            }
        }
        if let Some(p) = l.find("<!--") {
            match l[p..].find("-->") {
                Some(_) => {
                    // One-line comment: keep what precedes it.
                    l = &l[..p];
                }
                None => {
                    in_xml_comment = true;
                    l = &l[..p];
                }
            }
        }
        if hash_comments {
            if let Some(p) = l.find('#') {
                l = &l[..p];
            }
        }
        if l.contains("---STOP---") {
            break;
        }
        if l.trim().is_empty() {
            continue;
        }
        out.push((n, l));
    }
    out
}

pub(crate) fn problem(problems: &mut Vec<Problem>, file: &str, line: u32, msg: impl Into<String>) {
    problems.push(Problem {
        file: file.to_string(),
        line,
        message: msg.into(),
    });
}

/// The bracketed groups of a line: `[ABC >040501] [DEF]` -> `["ABC >040501", "DEF"]`.
/// An unclosed `[` runs to the end of the line.
fn brackets(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(p) = rest.find('[') {
        let after = &rest[p + 1..];
        match after.find(']') {
            Some(q) => {
                out.push(after[..q].trim());
                rest = &after[q + 1..];
            }
            None => {
                out.push(after.trim());
                break;
            }
        }
    }
    out
}

enum CodeSpec {
    Default(String),
    Role(Role),
}

/// One bracket group of an actor entry: `CODE`, `CODE >DATE`, `CODE <DATE`
/// or `CODE DATE-DATE`.
fn code_spec(g: &str) -> Result<CodeSpec, String> {
    let mut it = g.splitn(2, char::is_whitespace);
    let code = it.next().unwrap_or("").trim();
    let rest = it.next().unwrap_or("").trim();
    if code.is_empty() {
        return Err("empty code".into());
    }
    if rest.is_empty() {
        return Ok(CodeSpec::Default(code.to_string()));
    }
    let date = |s: &str| {
        Date::parse_petrarch(s.trim())
            .ok_or_else(|| format!("bad date {:?} (YYMMDD or YYYYMMDD)", s.trim()))
    };
    let range = if let Some(d) = rest.strip_prefix('>') {
        DateRange {
            from: Some(date(d)?),
            to: None,
        }
    } else if let Some(d) = rest.strip_prefix('<') {
        // Valid strictly before the date.
        DateRange {
            from: None,
            to: Some(date(d)?.pred()),
        }
    } else if let Some((a, b)) = rest.split_once('-') {
        let (a, b) = (date(a)?, date(b)?);
        if b < a {
            return Err(format!("date range {rest:?} ends before it starts"));
        }
        DateRange {
            from: Some(a),
            to: Some(b),
        }
    } else {
        return Err(format!(
            "bad date restriction {rest:?} (>DATE, <DATE or DATE-DATE)"
        ));
    };
    Ok(CodeSpec::Role(Role {
        code: code.to_string(),
        range,
        title: None,
    }))
}

fn phrase_text(s: &str) -> String {
    s.split(['[', ';']).next().unwrap_or("").trim().to_string()
}

/// Reads a PETRARCH `.actors` file.
pub fn parse_actors(dict: &mut Dictionary, file: &str, text: &str) {
    let mut cur: Option<Actor> = None;
    let flush = |dict: &mut Dictionary, cur: &mut Option<Actor>| {
        if let Some(a) = cur.take() {
            dict.actors.push(a);
        }
    };
    for (n, l) in lines(text, true) {
        let trimmed = l.trim();
        let indented = l.starts_with([' ', '\t']);
        if indented && trimmed.starts_with('[') || trimmed.starts_with('[') {
            // Code or date restriction for the current actor.
            let Some(a) = cur.as_mut() else {
                problem(&mut dict.problems, file, n, "code line before any actor");
                continue;
            };
            for g in brackets(trimmed) {
                match code_spec(g) {
                    Ok(CodeSpec::Default(c)) => a.default_codes.push(c),
                    Ok(CodeSpec::Role(r)) => a.roles.push(r),
                    Err(e) => problem(&mut dict.problems, file, n, e),
                }
            }
        } else if let Some(syn) = trimmed.strip_prefix('+') {
            let p = phrase_text(syn);
            match cur.as_mut() {
                Some(a) if !p.is_empty() => a.phrases.push(Phrase {
                    text: p,
                    kind: PhraseKind::Name,
                }),
                Some(_) => problem(&mut dict.problems, file, n, "empty synonym"),
                None => problem(&mut dict.problems, file, n, "synonym before any actor"),
            }
        } else {
            let p = phrase_text(trimmed);
            if p.is_empty() {
                problem(&mut dict.problems, file, n, "actor line without a phrase");
                continue;
            }
            let mut codes = Vec::new();
            let mut roles = Vec::new();
            for g in brackets(trimmed) {
                match code_spec(g) {
                    Ok(CodeSpec::Default(c)) => codes.push(c),
                    Ok(CodeSpec::Role(r)) => roles.push(r),
                    Err(e) => problem(&mut dict.problems, file, n, e),
                }
            }
            // As in PETRARCH, a primary phrase without codes that follows
            // another still without codes joins it.
            if let Some(a) = cur.as_mut() {
                if a.default_codes.is_empty() && a.roles.is_empty() {
                    a.phrases.push(Phrase {
                        text: p,
                        kind: PhraseKind::Name,
                    });
                    a.default_codes = codes;
                    a.roles = roles;
                    continue;
                }
            }
            flush(dict, &mut cur);
            cur = Some(Actor {
                name: p.clone(),
                phrases: vec![Phrase {
                    text: p,
                    kind: PhraseKind::Name,
                }],
                default_codes: codes,
                roles,
                attrs: Vec::new(),
                src: Src {
                    file: file.to_string(),
                    line: n,
                },
            });
        }
    }
    flush(dict, &mut cur);
}

/// PETRARCH's plural rule for agents: `Y` -> `IES`, `S` -> `SES`, else `+S`.
pub fn petrarch_plural(phrase: &str) -> String {
    if let Some(stem) = phrase.strip_suffix(['Y', 'y']) {
        format!("{stem}IES")
    } else if phrase.ends_with(['S', 's']) {
        format!("{phrase}ES")
    } else {
        format!("{phrase}S")
    }
}

/// Reads a PETRARCH `.agents` file (`!MACRO! = A, B` substitution sets,
/// `PHRASE {PLURAL} [~CODE]`).
pub fn parse_agents(dict: &mut Dictionary, file: &str, text: &str) {
    let mut subst: Vec<(String, Vec<String>)> = Vec::new();
    for (n, l) in lines(text, true) {
        let t = l.trim();
        if t.starts_with('!') && t.contains('=') && !t.contains('[') {
            let (name, list) = t.split_once('=').unwrap_or((t, ""));
            let name = name.trim().trim_matches('!').to_string();
            if name.is_empty() || name.contains('!') {
                problem(
                    &mut dict.problems,
                    file,
                    n,
                    "substitution marker incorrectly defined",
                );
                continue;
            }
            let items: Vec<String> = list
                .split(',')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect();
            subst.retain(|(k, _)| *k != name);
            subst.push((name, items));
            continue;
        }
        let Some(bp) = t.find('[') else {
            problem(&mut dict.problems, file, n, "agent without a [~CODE]");
            continue;
        };
        let code_raw = brackets(&t[bp..]).first().copied().unwrap_or("");
        let (code, prefix) = match (code_raw.strip_prefix('~'), code_raw.strip_suffix('~')) {
            (Some(c), _) => (c, false),
            (None, Some(c)) => (c, true),
            _ => (code_raw, false),
        };
        let letters = code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if code.is_empty() || !(letters || code == crate::model::NULL_CODE) {
            problem(
                &mut dict.problems,
                file,
                n,
                format!("bad agent code {code_raw:?}"),
            );
            continue;
        }
        let mut phrase = t[..bp].trim().to_string();
        let mut plurals: Option<Vec<String>> = None;
        if let Some(o) = phrase.find('{') {
            let Some(c) = phrase[o..].find('}') else {
                problem(&mut dict.problems, file, n, "missing '}'");
                continue;
            };
            let inner = phrase[o + 1..o + c].trim().to_string();
            plurals = Some(if inner.is_empty() {
                Vec::new()
            } else {
                vec![inner]
            });
            phrase = format!("{}{}", &phrase[..o], &phrase[o + c + 1..])
                .trim()
                .to_string();
        }
        if phrase.is_empty() {
            problem(&mut dict.problems, file, n, "agent without a phrase");
            continue;
        }
        let src = Src {
            file: file.to_string(),
            line: n,
        };
        if let Some(a) = phrase.find('!') {
            let Some(b) = phrase[a + 1..].find('!').map(|b| a + 1 + b) else {
                problem(
                    &mut dict.problems,
                    file,
                    n,
                    "substitution marker syntax incorrect",
                );
                continue;
            };
            let name = &phrase[a + 1..b];
            let Some((_, items)) = subst.iter().find(|(k, _)| k == name) else {
                problem(
                    &mut dict.problems,
                    file,
                    n,
                    format!("substitution marker !{name}! not defined"),
                );
                continue;
            };
            for it in items {
                dict.agents.push(Agent {
                    phrase: format!("{}{}{}", &phrase[..a], it, &phrase[b + 1..]),
                    plurals: Vec::new(),
                    code: code.to_string(),
                    prefix,
                    determiners: Vec::new(),
                    src: src.clone(),
                });
            }
            continue;
        }
        let plurals =
            plurals.unwrap_or_else(|| vec![petrarch_plural(phrase.trim_end_matches('_'))]);
        dict.agents.push(Agent {
            phrase,
            plurals,
            code: code.to_string(),
            prefix,
            determiners: Vec::new(),
            src,
        });
    }
}

/// Reads a PETRARCH `.discards` file (`+` marks a story-level discard).
pub fn parse_discards(dict: &mut Dictionary, file: &str, text: &str) {
    for (n, l) in lines(text, true) {
        let t = l.trim();
        let (story, p) = match t.strip_prefix('+') {
            Some(p) => (true, p.trim()),
            None => (false, t),
        };
        if p.is_empty() {
            problem(&mut dict.problems, file, n, "empty discard");
            continue;
        }
        dict.discards.push(Discard {
            phrase: p.to_string(),
            story,
            src: Src {
                file: file.to_string(),
                line: n,
            },
        });
    }
}

/// Reads a PETRARCH issues file: `<ISSUE CATEGORY="..." ...>` blocks of
/// `phrase [CODE]` lines (no code: the category), `~phrase` exclusions.
pub fn parse_issues(dict: &mut Dictionary, file: &str, text: &str) {
    let mut category = String::new();
    for (n, l) in lines(text, true) {
        let t = l.trim();
        if t.starts_with("<ISSUE") {
            category = t
                .split("CATEGORY=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or("")
                .to_string();
            if category.is_empty() {
                problem(&mut dict.problems, file, n, "<ISSUE> without CATEGORY");
            }
            continue;
        }
        if t.starts_with("</ISSUE") {
            category.clear();
            continue;
        }
        let src = Src {
            file: file.to_string(),
            line: n,
        };
        if let Some(p) = t.strip_prefix('~') {
            dict.issues.push(Issue {
                phrase: p.trim().to_string(),
                code: String::new(),
                category: category.clone(),
                exclude: true,
                src,
            });
            continue;
        }
        let phrase = t.split('[').next().unwrap_or("").trim().to_string();
        let code = match brackets(t).first() {
            Some(c) => c.to_string(),
            None => category.clone(),
        };
        if phrase.is_empty() || code.is_empty() {
            problem(
                &mut dict.problems,
                file,
                n,
                "issue line needs a phrase and a code (or an enclosing <ISSUE CATEGORY=...>)",
            );
            continue;
        }
        dict.issues.push(Issue {
            phrase,
            code,
            category: category.clone(),
            exclude: false,
            src,
        });
    }
}

/// Detects a verb file's syntax: PETRARCH2 files have a transformations
/// section (`## TRANSFORMATIONS ##` or `~ a (...) VERB = ...` lines);
/// otherwise TABARI / PETRARCH-1.
pub fn detect_verb_style(text: &str) -> VerbStyle {
    let p2 = text.lines().any(|l| {
        let t = l.trim();
        (t.starts_with('#') && t.contains("TRANSFORMATIONS"))
            || (t.starts_with('~') && t.contains('(') && t.contains(" = "))
    });
    if p2 {
        VerbStyle::Petrarch2
    } else {
        VerbStyle::Tabari
    }
}

/// Reads a verb dictionary (either style), keeping patterns raw.
pub fn parse_verbs(file: &str, text: &str, problems: &mut Vec<Problem>) -> VerbDict {
    let style = detect_verb_style(text);
    let mut v = VerbDict {
        style,
        file: file.to_string(),
        synsets: Vec::new(),
        blocks: Vec::new(),
        transformations: Vec::new(),
    };
    enum State {
        None,
        Synset,
        Block,
    }
    let mut state = State::None;
    for (n, l) in lines(text, true) {
        let t = l.trim();
        let src = Src {
            file: file.to_string(),
            line: n,
        };
        if let Some(name) = t.strip_prefix('&') {
            v.synsets.push(Synset {
                name: format!("&{}", name.trim()),
                members: Vec::new(),
                src,
            });
            state = State::Synset;
        } else if t.starts_with("---") {
            let inner = t.trim_matches('-').trim();
            let name = inner.split('[').next().unwrap_or("").trim().to_string();
            let code = brackets(inner)
                .first()
                .map(|c| c.to_string())
                .unwrap_or_else(|| "---".into());
            if name.is_empty() {
                problem(problems, file, n, "verb block header without a name");
                state = State::None;
                continue;
            }
            v.blocks.push(VerbBlock {
                name,
                code,
                verbs: Vec::new(),
                patterns: Vec::new(),
                src,
            });
            state = State::Block;
        } else if let Some(tr) = t.strip_prefix('~') {
            v.transformations.push(format!("~{tr}").trim().to_string());
            state = State::None;
        } else if let Some(m) = t
            .strip_prefix('+')
            .filter(|_| matches!(state, State::Synset))
        {
            if let Some(s) = v.synsets.last_mut() {
                s.members.push(m.trim().to_string());
            }
        } else if matches!(state, State::Block) {
            let Some(b) = v.blocks.last_mut() else {
                continue;
            };
            if let Some(p) = t.strip_prefix('-') {
                match p.rfind('[') {
                    Some(q) => {
                        let code = brackets(&p[q..]).first().copied().unwrap_or("").to_string();
                        if code.is_empty() {
                            problem(problems, file, n, "pattern with an empty code");
                        } else {
                            b.patterns.push((p[..q].trim().to_string(), code));
                        }
                    }
                    None => problem(problems, file, n, "pattern without a [CODE]"),
                }
            } else {
                b.verbs.push(t.to_string());
            }
        } else {
            problem(problems, file, n, "line outside any synset or verb block");
        }
    }
    v
}

/// Which dictionaries a `PETR_config.ini` names: (actors, agents, discards,
/// issues, verbs), each a list of file names.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PetrConfig {
    /// `actorfile_list`
    pub actors: Vec<String>,
    /// `agentfile_name`
    pub agents: Vec<String>,
    /// `discardfile_name`
    pub discards: Vec<String>,
    /// `issuefile_name`
    pub issues: Vec<String>,
    /// `verbfile_name`
    pub verbs: Vec<String>,
}

/// Reads the `[Dictionaries]` section of a `PETR_config.ini`.
pub fn parse_config(text: &str) -> PetrConfig {
    let mut c = PetrConfig::default();
    let mut in_dict = false;
    for l in text.lines() {
        let t = l.split(['#', ';']).next().unwrap_or("").trim();
        if t.starts_with('[') {
            in_dict = t.eq_ignore_ascii_case("[dictionaries]");
            continue;
        }
        if !in_dict {
            continue;
        }
        let Some((k, val)) = t.split_once(['=', ':']) else {
            continue;
        };
        let list: Vec<String> = val
            .split(',')
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect();
        match k.trim().to_ascii_lowercase().as_str() {
            "actorfile_list" | "actorfile_name" => c.actors = list,
            "agentfile_name" | "agentfile_list" => c.agents = list,
            "discardfile_name" => c.discards = list,
            "issuefile_name" => c.issues = list,
            "verbfile_name" => c.verbs = list,
            _ => {}
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, dd: u8) -> Date {
        Date::new(y, m, dd).unwrap()
    }

    #[test]
    fn actors_with_dates() {
        let text = "\
# a comment
GONDOR_ [GON]  # country
+GONDORIAN_
+MINAS_TIRITH
DENETHOR_  # steward
+DENETHOR_II
\t[GONGOV <30190315]
\t[GONELI]
ARAGORN_
+ELESSAR
\t[GONREB 900101-030314]
\t[GONGOV >20030315] # king
\t[GONMIL 030315-020101]
THE_SHIRE_
SHIRE_ [SHR]
---STOP---
NEVER_READ_ [XXX]
";
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t.actors", text);
        assert_eq!(dict.problems.len(), 1, "{:?}", dict.problems);
        assert_eq!(dict.problems[0].line, 13);
        assert_eq!(dict.actors.len(), 4);
        let den = &dict.actors[1];
        assert_eq!(den.codes_on(d(3019, 3, 14)), ["GONGOV"]);
        assert_eq!(
            den.codes_on(d(3019, 3, 15)),
            ["GONELI"],
            "< is strictly before"
        );
        let ara = &dict.actors[2];
        assert_eq!(ara.phrases.len(), 2);
        assert_eq!(ara.codes_on(d(1995, 1, 1)), ["GONREB"]);
        assert_eq!(ara.codes_on(d(2003, 3, 15)), ["GONGOV"]);
        assert!(ara.codes_on(d(1980, 1, 1)).is_empty(), "no default code");
        let shire = &dict.actors[3];
        assert_eq!(
            shire.phrases.len(),
            2,
            "an uncoded primary joins the next entry"
        );
        assert_eq!(shire.default_codes, ["SHR"]);
    }

    #[test]
    fn agents_macros_plurals() {
        let text = "\
!PERSON! = MAN, MEN, WOMAN, WOMEN
ELF_ARCHER [~MIL]
SENTRY [~COP]
WIZARD {} [~REL]
LORD_OF_THE_MARK {LORDS_OF_THE_MARK} [~GOV]
HORSE!PERSON! [~MIL]
ORC!UNDEFINED! [~REB]
NO_CODE_HERE
COUNCIL [GOV~]
";
        let mut dict = Dictionary::default();
        parse_agents(&mut dict, "t.agents", text);
        let lines: Vec<u32> = dict.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [7, 8]);
        let a = &dict.agents;
        assert_eq!(a[0].plurals, ["ELF_ARCHERS"]);
        assert_eq!(a[1].plurals, ["SENTRIES"]);
        assert!(a[2].plurals.is_empty());
        assert_eq!(a[3].plurals, ["LORDS_OF_THE_MARK"]);
        let horse: Vec<&str> = a[4..8].iter().map(|x| x.phrase.as_str()).collect();
        assert_eq!(horse, ["HORSEMAN", "HORSEMEN", "HORSEWOMAN", "HORSEWOMEN"]);
        assert!(a[8].prefix && a[8].code == "GOV");
    }

    #[test]
    fn discards_issues_verbs() {
        let text = "PIPEWEED CONTEST\n+HOBBIT BIRTHDAY PARTY  # story\n";
        let mut dict = Dictionary::default();
        parse_discards(&mut dict, "t", text);
        assert_eq!(dict.discards.len(), 2);
        assert!(dict.discards[1].story && dict.discards[1].phrase == "HOBBIT BIRTHDAY PARTY");

        let text = "<ISSUE CATEGORY=\"RINGS\" TYPE=\"ALL\">\nn:ring [ONE_RING]\nmithril\n~ring a bell\n</ISSUE>\norphan\n";
        parse_issues(&mut dict, "t", text);
        assert_eq!(dict.issues.len(), 3);
        assert_eq!(dict.issues[1].code, "RINGS");
        assert!(dict.issues[2].exclude);
        assert_eq!(dict.problems.len(), 1);

        let p2 = "&STEED\n+HORSE\n# comment\n\n+PONY\n\n---  RIDE   [---]  ---\nRIDE {RIDES RODE RIDDEN}\n+GALLOP_OFF\n- * (TO BATTLE)  [190]  # RIDE\n- * &STEED\n\n~ a (a b RIDE) SAY = a b 015\n";
        assert_eq!(detect_verb_style(p2), VerbStyle::Petrarch2);
        let mut probs = Vec::new();
        let v = parse_verbs("t", p2, &mut probs);
        assert_eq!(
            (
                v.synsets.len(),
                v.synsets[0].members.len(),
                v.blocks.len(),
                v.verb_count(),
                v.pattern_count(),
                v.transformations.len()
            ),
            (1, 2, 1, 2, 1, 1)
        );
        assert_eq!(probs.len(), 1, "pattern without a code");
        let tab = "--- RIDE [190] ---\nRIDE\n- $ * +  [191]\n";
        assert_eq!(detect_verb_style(tab), VerbStyle::Tabari);
        assert_eq!(parse_verbs("t", tab, &mut probs).pattern_count(), 1);
    }

    #[test]
    fn config() {
        let c = parse_config("[Options]\nx = 1\n[Dictionaries]\nverbfile_name = CAMEO.2.0.txt\nactorfile_list = a.txt, b.txt\n");
        assert_eq!(c.verbs, ["CAMEO.2.0.txt"]);
        assert_eq!(c.actors, ["a.txt", "b.txt"]);
    }
}
