//! Reader for TABARI's own dictionary files (Schrodt's TABARI, PETRARCH's
//! predecessor) into the same [`Dictionary`] model as dyad's own:
//!
//! - `.actors` (and `.agents`): `PHRASE [CODE]` entries, words joined by
//!   `_` or spaces (a trailing `_` kept: the word is not a prefix match),
//!   `+SYNONYM` lines, `{FORM ...}` noun forms, codes with date
//!   restrictions (`[CODE <DATE]`, `[CODE >DATE]`, `[CODE DATE-DATE]`),
//!   several in one bracket list or on continuation lines starting with
//!   `[`, and agents (`[~CODE]`, `[CODE~]` for a prefix).
//! - `.verbs`: `&SYNSET` with `+MEMBER` lines, and verb entries: a line
//!   `VERB {FORMS} [CODE]` (an optional leading `*`) opens a block named
//!   after the verb, with the code as its default, and the `- PATTERN
//!   [CODE]` lines below it are its patterns, kept raw for the coder.
//!
//! `;` starts a comment (to the end of the line) and `~~FINISH` ends a
//! file. Every line that cannot be read, or can be read only in part,
//! becomes a [`Problem`] with file and line; nothing is dropped silently.

use crate::date::{Date, DateRange};
use crate::error::Problem;
use crate::model::*;
use crate::petrarch::problem;

/// The meaningful lines of a TABARI file: `(line number, text without its
/// `;` comment)`. Blank and comment-only lines are dropped; reading stops
/// at a line starting with `~~FINISH`. A byte-order mark is ignored.
pub fn lines(text: &str) -> Vec<(u32, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let l = raw.trim_end_matches('\r');
        let l = l.find(';').map_or(l, |p| &l[..p]);
        let t = l.trim();
        if t.get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("~~FINISH"))
        {
            break;
        }
        if t.is_empty() {
            continue;
        }
        out.push((n, l));
    }
    out
}

/// An actor code: upper-case letters and digits, or `---` (no code).
fn valid_code(c: &str) -> bool {
    c == NULL_CODE
        || (!c.is_empty()
            && c.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
}

/// A line split into the text before its first `[` and its bracket groups.
/// Text outside the brackets after the first one, and a `[` left open, are
/// reported in `errs` (the groups are still read).
fn split_brackets(l: &str) -> (&str, Vec<&str>, Vec<String>) {
    let mut errs = Vec::new();
    let Some(first) = l.find('[') else {
        if l.contains(']') {
            errs.push("']' without '['".to_string());
        }
        return (l, Vec::new(), errs);
    };
    let head = &l[..first];
    if head.contains(']') {
        errs.push("']' without '['".to_string());
    }
    let mut groups = Vec::new();
    let mut rest = &l[first..];
    loop {
        let t = rest.trim_start();
        if t.is_empty() {
            break;
        }
        let Some(after) = t.strip_prefix('[') else {
            let stray = t.split('[').next().unwrap_or(t).trim();
            errs.push(format!("text {stray:?} outside the [...] codes"));
            rest = &t[stray.len()..];
            if !rest.trim_start().starts_with('[') {
                break;
            }
            continue;
        };
        match after.find(']') {
            Some(q) => {
                groups.push(after[..q].trim());
                rest = &after[q + 1..];
            }
            None => {
                errs.push("missing ']'".to_string());
                groups.push(after.trim());
                break;
            }
        }
    }
    (head, groups, errs)
}

/// The phrase of a head (`FOREIGN_MINISTER {FOREIGN_MINISTERS}`) and the
/// forms written in braces (`None` when there are no braces).
fn phrase_and_forms(head: &str) -> Result<(String, Option<Vec<String>>), String> {
    let mut phrase = String::new();
    let mut forms: Option<Vec<String>> = None;
    let mut rest = head;
    while let Some(o) = rest.find(['{', '}']) {
        if rest[o..].starts_with('}') {
            return Err("'}' without '{'".into());
        }
        phrase.push_str(&rest[..o]);
        phrase.push(' ');
        let Some(c) = rest[o + 1..].find('}') else {
            return Err("missing '}'".into());
        };
        let inner = &rest[o + 1..o + 1 + c];
        if inner.contains('{') {
            return Err("'{' inside '{...}'".into());
        }
        forms
            .get_or_insert_with(Vec::new)
            .extend(inner.split_whitespace().map(str::to_string));
        rest = &rest[o + 2 + c..];
    }
    phrase.push_str(rest);
    Ok((
        phrase.split_whitespace().collect::<Vec<_>>().join(" "),
        forms,
    ))
}

/// The codes read from an entry's brackets.
#[derive(Debug, Default)]
struct Codes {
    defaults: Vec<String>,
    roles: Vec<Role>,
    /// `(code without '~', prefix)`.
    agents: Vec<(String, bool)>,
}

impl Codes {
    fn is_empty(&self) -> bool {
        self.defaults.is_empty() && self.roles.is_empty() && self.agents.is_empty()
    }
    fn extend(&mut self, o: Codes) {
        self.defaults.extend(o.defaults);
        self.roles.extend(o.roles);
        self.agents.extend(o.agents);
    }
}

/// Whether a token is (meant as) a date restriction: codes start with a
/// letter, `~` (agents) or `-` (`---`); anything else restricts the code
/// before it.
fn is_restriction(t: &str) -> bool {
    !t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '~' || c == '-')
}

/// The tokens of one bracket group, with the spaces TABARI files sometimes
/// put inside a restriction (`< 010307`, `990101 - 020101`) closed up.
fn code_tokens(group: &str) -> Vec<String> {
    let raw: Vec<&str> = group
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let mut toks: Vec<String> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let mut t = raw[i].to_string();
        i += 1;
        while i < raw.len() {
            let dateish = t.starts_with(|c: char| c.is_ascii_digit());
            let next = raw[i];
            let joins = t == "<"
                || t == ">"
                || (dateish && t.ends_with('-'))
                || (dateish
                    && next.starts_with('-')
                    && next[1..].chars().all(|c| c.is_ascii_digit()));
            if !joins {
                break;
            }
            t.push_str(next);
            i += 1;
        }
        toks.push(t);
    }
    toks
}

/// Reads one bracket group: codes, each optionally followed by date
/// restrictions (`>DATE` from the date, `<DATE` strictly before it,
/// `DATE-DATE` inclusive; `>A <B` together make a range). In an agents
/// file a code without `~` is an agent code too. Errors go to `errs`; a
/// code whose restriction cannot be read is not kept.
fn read_codes(group: &str, agents_file: bool, out: &mut Codes, errs: &mut Vec<String>) {
    struct Pending {
        code: String,
        from: Option<Date>,
        to: Option<Date>,
        restricted: bool,
        bad: bool,
    }
    let finish = |p: Pending, out: &mut Codes, errs: &mut Vec<String>| {
        if p.bad {
            return;
        }
        let agent = match (p.code.strip_prefix('~'), p.code.strip_suffix('~')) {
            (Some(c), _) => Some((c, false)),
            (None, Some(c)) => Some((c, true)),
            _ if agents_file => Some((p.code.as_str(), false)),
            _ => None,
        };
        if let Some((c, prefix)) = agent {
            if !valid_code(c) {
                errs.push(format!("bad agent code {:?}", p.code));
                return;
            }
            if p.restricted {
                errs.push(format!(
                    "agent code {:?} with a date restriction: dyad's agents have no dates; kept without it",
                    p.code
                ));
            }
            out.agents.push((c.to_string(), prefix));
            return;
        }
        if !valid_code(&p.code) {
            errs.push(format!(
                "bad code {:?} (upper-case letters or digits, or ---)",
                p.code
            ));
            return;
        }
        if !p.restricted {
            out.defaults.push(p.code);
            return;
        }
        if let (Some(f), Some(t)) = (p.from, p.to) {
            if t < f {
                errs.push(format!(
                    "date restriction of {} ends before it starts",
                    p.code
                ));
                return;
            }
        }
        out.roles.push(Role {
            code: p.code,
            range: DateRange {
                from: p.from,
                to: p.to,
            },
            title: None,
        });
    };
    let date = |s: &str, errs: &mut Vec<String>| {
        let d = Date::parse_petrarch(s.trim());
        if d.is_none() {
            errs.push(format!("bad date {:?} (YYMMDD or YYYYMMDD)", s.trim()));
        }
        d
    };
    let mut cur: Option<Pending> = None;
    let toks = code_tokens(group);
    if toks.is_empty() {
        errs.push("empty [] (no code)".into());
    }
    for t in toks {
        if !is_restriction(&t) {
            if let Some(p) = cur.take() {
                finish(p, out, errs);
            }
            cur = Some(Pending {
                code: t,
                from: None,
                to: None,
                restricted: false,
                bad: false,
            });
            continue;
        }
        let Some(p) = cur.as_mut() else {
            errs.push(format!("date restriction {t:?} without a code before it"));
            continue;
        };
        p.restricted = true;
        let (from, to) = if let Some(d) = t.strip_prefix('>') {
            (date(d, errs), None)
        } else if let Some(d) = t.strip_prefix('<') {
            (None, date(d, errs).map(Date::pred))
        } else if let Some((a, b)) = t.split_once('-') {
            (date(a, errs), date(b, errs))
        } else {
            errs.push(format!(
                "bad date restriction {t:?} (>DATE, <DATE or DATE-DATE)"
            ));
            p.bad = true;
            continue;
        };
        let ok_from = !t.starts_with('<');
        let ok_to = !t.starts_with('>');
        if (ok_from && from.is_none()) || (ok_to && to.is_none()) {
            p.bad = true;
            continue;
        }
        if (from.is_some() && p.from.is_some()) || (to.is_some() && p.to.is_some()) {
            errs.push(format!("{} has two start or two end dates", p.code));
            p.bad = true;
            continue;
        }
        p.from = p.from.or(from);
        p.to = p.to.or(to);
    }
    if let Some(p) = cur.take() {
        finish(p, out, errs);
    }
}

/// One entry of an actors or agents file being read.
struct Entry {
    /// `(phrase, braced forms, line)`.
    phrases: Vec<(String, Option<Vec<String>>, u32)>,
    codes: Codes,
}

fn flush(dict: &mut Dictionary, file: &str, e: Option<Entry>) {
    let Some(e) = e else {
        return;
    };
    let src = |line| Src {
        file: file.to_string(),
        line,
    };
    for (code, prefix) in &e.codes.agents {
        for (p, forms, line) in &e.phrases {
            let plurals = forms
                .clone()
                .unwrap_or_else(|| vec![plural_of(p.trim_end_matches('_'))]);
            dict.agents.push(Agent {
                phrase: p.clone(),
                plurals,
                code: code.clone(),
                prefix: *prefix,
                determiners: Vec::new(),
                src: src(*line),
            });
        }
    }
    let actor_codes = !e.codes.defaults.is_empty() || !e.codes.roles.is_empty();
    if actor_codes || e.codes.agents.is_empty() {
        let mut phrases = Vec::new();
        for (p, forms, _) in &e.phrases {
            phrases.push(Phrase {
                text: p.clone(),
                kind: PhraseKind::Name,
            });
            for f in forms.iter().flatten() {
                phrases.push(Phrase {
                    text: f.clone(),
                    kind: PhraseKind::Name,
                });
            }
        }
        let (name, _, line) = &e.phrases[0];
        dict.actors.push(Actor {
            name: name.clone(),
            phrases,
            default_codes: e.codes.defaults,
            roles: e.codes.roles,
            attrs: Vec::new(),
            src: src(*line),
        });
    }
}

fn parse_entries(dict: &mut Dictionary, file: &str, text: &str, agents_file: bool) {
    let mut cur: Option<Entry> = None;
    for (n, l) in lines(text) {
        let t = l.trim();
        let mut errs = Vec::new();
        let (head, groups, e) = split_brackets(t);
        errs.extend(e);
        let mut codes = Codes::default();
        for g in &groups {
            read_codes(g, agents_file, &mut codes, &mut errs);
        }
        if head.trim().is_empty() {
            // A continuation line: more codes for the entry above.
            match cur.as_mut() {
                Some(e) => e.codes.extend(codes),
                None => errs.push("codes before any entry".into()),
            }
        } else {
            let (syn, head) = match head.trim().strip_prefix('+') {
                Some(h) => (true, h),
                None => (false, head),
            };
            match phrase_and_forms(head) {
                Err(m) => errs.push(m),
                Ok((p, _)) if p.is_empty() => errs.push(if syn {
                    "empty synonym".to_string()
                } else {
                    "entry without a phrase".to_string()
                }),
                Ok((p, forms)) => match cur.as_mut() {
                    // A synonym (its codes, if any, belong to the entry),
                    // or, as in PETRARCH, a phrase following one without
                    // codes: both name the entry above.
                    Some(e) if syn || e.codes.is_empty() => {
                        e.phrases.push((p, forms, n));
                        e.codes.extend(codes);
                    }
                    None if syn => errs.push("synonym before any entry".into()),
                    _ => {
                        flush(dict, file, cur.take());
                        cur = Some(Entry {
                            phrases: vec![(p, forms, n)],
                            codes,
                        });
                    }
                },
            }
        }
        for m in errs {
            problem(&mut dict.problems, file, n, m);
        }
    }
    flush(dict, file, cur.take());
}

/// Reads a TABARI `.actors` file: actors, and agents (`[~CODE]`) written
/// among them. `{FORM ...}` on an actor line are more phrases of the actor;
/// on an agent line, its plurals (otherwise the English plural is made).
pub fn parse_actors(dict: &mut Dictionary, file: &str, text: &str) {
    parse_entries(dict, file, text, false);
}

/// Reads a TABARI `.agents` file: as an actors file, but every code is an
/// agent code, with or without its `~`.
pub fn parse_agents(dict: &mut Dictionary, file: &str, text: &str) {
    parse_entries(dict, file, text, true);
}

/// A verb or pattern code: anything without spaces or brackets
/// (`---`, `112`, `1121`, TABARI's paired `064:064`).
fn verb_code(c: &str) -> bool {
    !c.is_empty() && !c.contains(|ch: char| ch.is_whitespace() || "[]{}".contains(ch))
}

/// Reads a TABARI `.verbs` file, keeping patterns raw (style
/// [`VerbStyle::Tabari`]). Each verb line opens a block named after the
/// verb with the line's code (`---` when none); a PETRARCH-1 `--- NAME
/// [CODE] ---` header is accepted too, and the verb lines right under it
/// belong to its block.
pub fn parse_verbs(file: &str, text: &str, problems: &mut Vec<Problem>) -> VerbDict {
    let mut v = VerbDict {
        style: VerbStyle::Tabari,
        file: file.to_string(),
        synsets: Vec::new(),
        blocks: Vec::new(),
        transformations: Vec::new(),
    };
    #[derive(PartialEq)]
    enum State {
        None,
        Synset,
        Block,
        /// Under a `--- NAME ---` header, before its first pattern.
        Header,
    }
    let mut state = State::None;
    for (n, l) in lines(text) {
        let t = l.trim();
        let src = Src {
            file: file.to_string(),
            line: n,
        };
        let mut err = |m: String| problem(problems, file, n, m);
        if let Some(name) = t.strip_prefix('&') {
            let name = name.trim();
            if name.is_empty() || name.contains(char::is_whitespace) || name.contains('[') {
                err(format!("bad synset name {t:?} (want &NAME)"));
                state = State::None;
                continue;
            }
            v.synsets.push(Synset {
                name: format!("&{name}"),
                members: Vec::new(),
                src,
            });
            state = State::Synset;
        } else if t.starts_with("---") {
            let inner = t.trim_matches('-').trim();
            let (name, groups, errs) = split_brackets(inner);
            let name = name.trim();
            for m in errs {
                err(m);
            }
            if name.is_empty() {
                err("verb block header without a name".into());
                state = State::None;
                continue;
            }
            let code = groups.first().copied().unwrap_or(NULL_CODE);
            if !verb_code(code) {
                err(format!("bad code {code:?}"));
            }
            v.blocks.push(VerbBlock {
                name: name.to_string(),
                code: code.to_string(),
                verbs: Vec::new(),
                patterns: Vec::new(),
                src,
            });
            state = State::Header;
        } else if let Some(m) = t.strip_prefix('+') {
            let m = m.trim();
            match state {
                _ if m.is_empty() => err("empty '+' line".into()),
                State::Synset => {
                    if let Some(s) = v.synsets.last_mut() {
                        s.members.push(m.to_string());
                    }
                }
                // As in PETRARCH's blocks: another verb of the block.
                State::Block | State::Header => {
                    if let Some(b) = v.blocks.last_mut() {
                        b.verbs.push(t.to_string());
                    }
                }
                State::None => err("'+' line outside any synset or verb".into()),
            }
        } else if let Some(p) = t.strip_prefix('-') {
            let Some(b) = v
                .blocks
                .last_mut()
                .filter(|_| matches!(state, State::Block | State::Header))
            else {
                err("pattern outside any verb (a synset or nothing above it)".into());
                continue;
            };
            state = State::Block;
            let Some(q) = p.rfind('[') else {
                err("pattern without a [CODE]".into());
                continue;
            };
            let (code, after) = match p[q + 1..].split_once(']') {
                Some((c, a)) => (c.trim(), a.trim()),
                None => {
                    err("missing ']'".into());
                    (p[q + 1..].trim(), "")
                }
            };
            if !after.is_empty() {
                err(format!("text {after:?} after the pattern's code"));
            }
            let pat = p[..q].trim();
            if !verb_code(code) {
                err(format!("pattern with a bad or empty code {code:?}"));
            } else if pat.is_empty() {
                err("pattern without words".into());
            } else {
                b.patterns.push((pat.to_string(), code.to_string()));
            }
        } else {
            // A verb line: `[*]VERB [{FORMS}] [CODE]`.
            let line = t.strip_prefix('*').unwrap_or(t).trim();
            let name: &str = line
                .split(|c: char| c.is_whitespace() || c == '{' || c == '[')
                .next()
                .unwrap_or("");
            let word = |c: char| c.is_alphanumeric() || "_-'.".contains(c);
            if name.is_empty() || !name.chars().all(word) {
                err(format!(
                    "not a verb, pattern (- ...), synset (&NAME) or member (+...) line: {t:?}"
                ));
                state = State::None;
                continue;
            }
            let (head, groups, errs) = split_brackets(line);
            for m in errs {
                err(m);
            }
            if let Err(m) = phrase_and_forms(head) {
                err(m);
            }
            if groups.len() > 1 {
                err(format!(
                    "verb line with {} codes; the first is used",
                    groups.len()
                ));
            }
            let code = groups.first().copied().unwrap_or(NULL_CODE);
            if !verb_code(code) {
                err(format!("bad code {code:?}"));
            }
            if state == State::Header {
                if let Some(b) = v.blocks.last_mut() {
                    b.verbs.push(line.to_string());
                    continue;
                }
            }
            v.blocks.push(VerbBlock {
                name: name.to_string(),
                code: if verb_code(code) { code } else { NULL_CODE }.to_string(),
                verbs: vec![line.to_string()],
                patterns: Vec::new(),
                src,
            });
            state = State::Block;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, dd: u8) -> Date {
        Date::new(y, m, dd).unwrap()
    }

    fn lines_of(probs: &[Problem]) -> Vec<u32> {
        probs.iter().map(|p| p.line).collect()
    }

    #[test]
    fn comments_and_finish() {
        let text = "\u{feff}; a comment\n\nGONDOR_ [GON] ; the realm\n   ;indented comment\n~~FINISH\nNEVER_READ_ [XXX]\n";
        let l = lines(text);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].0, 3);
        assert_eq!(l[0].1.trim(), "GONDOR_ [GON]");
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t.actors", text);
        assert_eq!(dict.actors.len(), 1);
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        // `~~finish` in any case, with a comment after it.
        assert!(lines("A [B]\n~~finish ; done\nC [D]\n").len() == 1);
    }

    #[test]
    fn actors_with_dates_synonyms_and_continuations() {
        let text = "\
ROHAN_ [RHN]
+RIDERMARK_
+THE_MARK
THEODEN_ [RHNELI]
 [RHNGOV 19900101-020314]   ; king until his death
 [RHNGOV <850101]
EOMER_ [RHNMIL <020315 RHNGOV >020315]
FARAMIR_ [GONMIL 990101 - 020301, GONGOV >020302 <20190101]
HALDIR_ OF LORIEN [LOR] [LORMIL >020101]
";
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t.actors", text);
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        assert_eq!(dict.actors.len(), 5);
        let rohan = &dict.actors[0];
        let ph: Vec<&str> = rohan.phrases.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(ph, ["ROHAN_", "RIDERMARK_", "THE_MARK"]);
        let theoden = &dict.actors[1];
        assert_eq!(theoden.roles.len(), 2);
        assert_eq!(theoden.codes_on(d(1995, 6, 1)), ["RHNGOV"]);
        assert_eq!(
            theoden.codes_on(d(2002, 3, 14)),
            ["RHNGOV"],
            "inclusive end"
        );
        assert_eq!(theoden.codes_on(d(2002, 3, 15)), ["RHNELI"]);
        assert_eq!(theoden.codes_on(d(1984, 12, 31)), ["RHNGOV"]);
        assert_eq!(theoden.codes_on(d(1985, 1, 1)), ["RHNELI"], "< is strict");
        let eomer = &dict.actors[2];
        assert_eq!(eomer.codes_on(d(2002, 3, 14)), ["RHNMIL"]);
        assert_eq!(eomer.codes_on(d(2002, 3, 15)), ["RHNGOV"]);
        assert!(eomer.default_codes.is_empty());
        let faramir = &dict.actors[3];
        assert_eq!(faramir.codes_on(d(1999, 1, 1)), ["GONMIL"]);
        assert_eq!(faramir.codes_on(d(2002, 3, 1)), ["GONMIL"]);
        assert_eq!(faramir.codes_on(d(2002, 3, 2)), ["GONGOV"]);
        assert_eq!(faramir.roles[1].range.to, Some(d(2018, 12, 31)));
        assert!(faramir.codes_on(d(2019, 1, 1)).is_empty());
        let haldir = &dict.actors[4];
        assert_eq!(haldir.name, "HALDIR_ OF LORIEN", "spaces join words too");
        assert_eq!(haldir.default_codes, ["LOR"]);
        assert_eq!(haldir.codes_on(d(2003, 1, 1)), ["LORMIL"]);
    }

    #[test]
    fn two_digit_years_follow_one_rule() {
        // 00-30 -> 20YY, 31-99 -> 19YY (date.rs, as in PETRARCH).
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t", "A_ [AAA >300101]\nB_ [BBB >310101]\n");
        assert_eq!(dict.actors[0].roles[0].range.from, Some(d(2030, 1, 1)));
        assert_eq!(dict.actors[1].roles[0].range.from, Some(d(1931, 1, 1)));
    }

    #[test]
    fn agents_in_actors_and_agents_files() {
        let text = "\
STEWARD_ [~GOV]
+STEWARDS_OF_THE_CITY
RANGER {RANGERS DUNEDAIN} [~MIL]
WIZARD {} [~REL]
COUNCIL [GOV~]
WHITE_COUNCIL_ [IGO] [~REL]
";
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t.actors", text);
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        let a: Vec<(&str, &str)> = dict
            .agents
            .iter()
            .map(|a| (a.phrase.as_str(), a.code.as_str()))
            .collect();
        assert_eq!(
            a,
            [
                ("STEWARD_", "GOV"),
                ("STEWARDS_OF_THE_CITY", "GOV"),
                ("RANGER", "MIL"),
                ("WIZARD", "REL"),
                ("COUNCIL", "GOV"),
                ("WHITE_COUNCIL_", "REL"),
            ]
        );
        assert_eq!(dict.agents[0].plurals, ["STEWARDS"], "trailing _ dropped");
        assert_eq!(dict.agents[2].plurals, ["RANGERS", "DUNEDAIN"]);
        assert!(dict.agents[3].plurals.is_empty());
        assert!(dict.agents[4].prefix);
        assert_eq!(dict.actors.len(), 1, "an entry with both kinds of code");
        assert_eq!(dict.actors[0].default_codes, ["IGO"]);

        let mut dict = Dictionary::default();
        parse_agents(&mut dict, "t.agents", "ARCHER [MIL]\nSCOUT [~MIL]\n");
        assert!(dict.problems.is_empty() && dict.actors.is_empty());
        assert_eq!(dict.agents.len(), 2);
        assert_eq!(dict.agents[0].code, "MIL");
    }

    #[test]
    fn actor_forms_are_phrases() {
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t", "HOBBIT {HOBBITS HALFLINGS} [SHRCVL]\n");
        let ph: Vec<&str> = dict.actors[0]
            .phrases
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(ph, ["HOBBIT", "HOBBITS", "HALFLINGS"]);
    }

    #[test]
    fn bad_actor_lines_are_reported_with_their_line() {
        let text = "\
[GON]
+ORPHAN_SYNONYM
GONDOR_ [GON]
 [GONGOV 9901011]
 [GONGOV 020101-010101]
 [GONGOV ?020101]
 [gon]
 []
MORDOR_ [MOR] trailing words
ISENGARD_ {SARUMAN [ISE]
RIVENDELL_ [RIV
 [>020101]
+
ERECH_ [~GOV >020101]
";
        let mut dict = Dictionary::default();
        parse_actors(&mut dict, "t.actors", text);
        assert_eq!(
            lines_of(&dict.problems),
            [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
            "{:#?}",
            dict.problems
        );
        assert!(dict.problems.iter().all(|p| p.file == "t.actors"));
        assert!(dict.problems[2].message.contains("9901011"));
        // What could be read still is.
        let names: Vec<&str> = dict.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["GONDOR_", "MORDOR_", "RIVENDELL_"]);
        assert!(dict.actors[0].roles.is_empty());
        assert_eq!(dict.actors[2].default_codes, ["RIV"]);
        assert_eq!(dict.agents.len(), 1, "the agent is kept without the date");
    }

    #[test]
    fn verbs_blocks_forms_patterns_synsets() {
        let text = "\
; verbs
&STEED
+HORSE
+PONY ; small
&WEAPON
+SWORD_
+BOW
RIDE  {RIDES RODE RIDDEN RIDING}  [042]
- * TO $ [043]  ; visit
- $ * &STEED TO + [042]
- % * TOGETHER [040]
*FORGE {FORGED} [---]
- * ^ &WEAPON FOR + [070]
-  * PEACE_ WITH + [057]
PARLEY [040]
+TREAT_WITH
- * WITH +   [040]
SURRENDER
- * TO + [0874]
- * BANNERS [064:064]
~~FINISH
BROKEN [999]
";
        let mut probs = Vec::new();
        let v = parse_verbs("t.verbs", text, &mut probs);
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(v.style, VerbStyle::Tabari);
        let syn: Vec<(&str, usize)> = v
            .synsets
            .iter()
            .map(|s| (s.name.as_str(), s.members.len()))
            .collect();
        assert_eq!(syn, [("&STEED", 2), ("&WEAPON", 2)]);
        assert_eq!(v.synsets[1].members, ["SWORD_", "BOW"]);
        let blocks: Vec<(&str, &str, usize, usize)> = v
            .blocks
            .iter()
            .map(|b| {
                (
                    b.name.as_str(),
                    b.code.as_str(),
                    b.verbs.len(),
                    b.patterns.len(),
                )
            })
            .collect();
        assert_eq!(
            blocks,
            [
                ("RIDE", "042", 1, 3),
                ("FORGE", "---", 1, 2),
                ("PARLEY", "040", 2, 1),
                ("SURRENDER", "---", 1, 2),
            ]
        );
        assert_eq!(
            v.blocks[0].verbs,
            ["RIDE  {RIDES RODE RIDDEN RIDING}  [042]"]
        );
        assert_eq!(v.blocks[1].verbs, ["FORGE {FORGED} [---]"], "'*' dropped");
        assert_eq!(v.blocks[2].verbs[1], "+TREAT_WITH");
        assert_eq!(
            v.blocks[0].patterns,
            [
                ("* TO $".to_string(), "043".to_string()),
                ("$ * &STEED TO +".to_string(), "042".to_string()),
                ("% * TOGETHER".to_string(), "040".to_string()),
            ]
        );
        assert_eq!(v.blocks[3].patterns[1].1, "064:064");
        assert_eq!(v.blocks[1].src.line, 12);
    }

    #[test]
    fn petrarch1_headers_are_accepted() {
        let text = "--- RIDE [042] ---\nRIDE {RODE}\nGALLOP\n- * TO + [043]\nFLEE [---]\n";
        let mut probs = Vec::new();
        let v = parse_verbs("t", text, &mut probs);
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(v.blocks.len(), 2);
        assert_eq!(v.blocks[0].verbs, ["RIDE {RODE}", "GALLOP"]);
        assert_eq!(v.blocks[0].code, "042");
        assert_eq!(v.blocks[1].name, "FLEE");
    }

    #[test]
    fn bad_verb_lines_are_reported_with_their_line() {
        let text = "\
- * ORPHAN [010]
+ORPHAN
&
& TWO WORDS
&SYN
- * AFTER_SYNSET [010]
<NOT_A_TABARI_LINE>
MARCH [050]
- * WITHOUT_CODE
- * [ ]
- * TO + [051] junk
-  [052]
MARCH {MARCHED [050]
MARCH [050] [051]
~ a (a b MARCH) = 051
[050]
";
        let mut probs = Vec::new();
        let v = parse_verbs("t.verbs", text, &mut probs);
        assert_eq!(
            lines_of(&probs),
            [1, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16],
            "{probs:#?}"
        );
        assert!(probs.iter().all(|p| p.file == "t.verbs"));
        // The readable part of a line is kept.
        assert_eq!(v.blocks[0].patterns, [("* TO +".into(), "051".into())]);
        assert_eq!(v.blocks.len(), 3);
        assert_eq!(v.blocks[2].code, "050");
    }
}
