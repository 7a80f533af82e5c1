//! dyad's own dictionary format: reading into the [`Dictionary`] model (every
//! error with file and line) and writing the model back out (used by
//! `dyad dict import`). The format is described in `docs/dictionaries.md`.

use crate::date::DateRange;
use crate::error::Problem;
use crate::model::*;
use crate::record::{read_records, split_list, Attr, Record};
use std::fmt::Write as _;

/// Whether `code` is a well-formed dyad actor or role code: 3 to 30
/// upper-case ASCII letters or digits.
pub fn valid_code(code: &str) -> bool {
    (3..=30).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

struct Ctx<'p> {
    file: String,
    problems: &'p mut Vec<Problem>,
}

impl Ctx<'_> {
    fn err(&mut self, line: u32, msg: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.clone(),
            line,
            message: msg.into(),
        });
    }
    fn src(&self, line: u32) -> Src {
        Src {
            file: self.file.clone(),
            line,
        }
    }
    fn code(&mut self, line: u32, code: &str) -> Option<String> {
        if valid_code(code) || code == crate::model::NULL_CODE {
            Some(code.to_string())
        } else {
            self.err(
                line,
                format!("bad code {code:?} (3-30 upper-case letters or digits, or --- for none)"),
            );
            None
        }
    }
}

/// Parses one file of dyad's format into `dict`; unreadable lines go to
/// `dict.problems`.
pub fn parse_into(dict: &mut Dictionary, file: &str, text: &str) {
    let mut problems = Vec::new();
    let records = read_records(file, text, &mut problems);
    let mut cx = Ctx {
        file: file.to_string(),
        problems: &mut problems,
    };
    let mut verbs = VerbDict {
        style: VerbStyle::Dyad,
        file: file.to_string(),
        synsets: Vec::new(),
        blocks: Vec::new(),
        transformations: Vec::new(),
    };
    for rec in &records {
        match rec.kind {
            "actor" => {
                if let Some(a) = actor(&mut cx, rec) {
                    dict.actors.push(a);
                }
            }
            "agent" => {
                if let Some(a) = agent(&mut cx, rec) {
                    dict.agents.push(a);
                }
            }
            "discard" | "discard-story" => {
                no_attrs(&mut cx, rec);
                if rec.head.is_empty() || rec.code.is_some() {
                    cx.err(rec.line, "discard needs a phrase and no code");
                } else {
                    dict.discards.push(Discard {
                        phrase: rec.head.to_string(),
                        story: rec.kind == "discard-story",
                        src: cx.src(rec.line),
                    });
                }
            }
            "issue" => {
                no_attrs(&mut cx, rec);
                match rec.code {
                    Some(code) if !rec.head.is_empty() && !code.is_empty() => {
                        let (category, code) = code.split_once('/').unwrap_or((code, code));
                        dict.issues.push(Issue {
                            phrase: rec.head.to_string(),
                            code: code.to_string(),
                            category: category.to_string(),
                            exclude: false,
                            src: cx.src(rec.line),
                        })
                    }
                    _ => cx.err(rec.line, "issue needs `issue PHRASE = [CATEGORY/]CODE`"),
                }
            }
            "issue-not" => {
                no_attrs(&mut cx, rec);
                let category = rec.code.unwrap_or("").to_string();
                dict.issues.push(Issue {
                    phrase: rec.head.to_string(),
                    code: String::new(),
                    category,
                    exclude: true,
                    src: cx.src(rec.line),
                })
            }
            "synset" => {
                let mut members = Vec::new();
                for a in &rec.attrs {
                    if a.key == "member" {
                        members.extend(split_list(a.value).map(str::to_string));
                    } else {
                        cx.err(a.line, format!("unknown synset attribute {:?}", a.key));
                    }
                }
                verbs.synsets.push(Synset { name: rec.head.to_string(), members, src: cx.src(rec.line) });
            }
            "verb" => {
                let mut block = VerbBlock {
                    name: rec.head.to_string(),
                    code: rec.code.unwrap_or("---").to_string(),
                    verbs: Vec::new(),
                    patterns: Vec::new(),
                    src: cx.src(rec.line),
                };
                for a in &rec.attrs {
                    match a.key {
                        "word" => block.verbs.push(a.value.to_string()),
                        "pattern" => {
                            let (p, c) = crate::record::split_code(a.value);
                            block.patterns.push((p.to_string(), c.unwrap_or("").to_string()));
                        }
                        k => cx.err(a.line, format!("unknown verb attribute {k:?}")),
                    }
                }
                verbs.blocks.push(block);
            }
            "transform" => {
                no_attrs(&mut cx, rec);
                let t = match rec.code {
                    Some(c) => format!("{} = {c}", rec.head),
                    None => rec.head.to_string(),
                };
                verbs.transformations.push(t);
            }
            k => cx.err(rec.line, format!("unknown record kind {k:?} (actor, agent, discard, discard-story, issue, issue-not, synset, verb, transform)")),
        }
    }
    if !verbs.synsets.is_empty() || !verbs.blocks.is_empty() || !verbs.transformations.is_empty() {
        dict.verbs.push(verbs);
    }
    dict.problems.extend(problems);
}

fn no_attrs(cx: &mut Ctx<'_>, rec: &Record<'_>) {
    for a in &rec.attrs {
        cx.err(a.line, format!("{} takes no attribute lines", rec.kind));
    }
}

fn actor(cx: &mut Ctx<'_>, rec: &Record<'_>) -> Option<Actor> {
    if rec.head.is_empty() {
        cx.err(rec.line, "actor needs a name");
        return None;
    }
    let mut a = Actor {
        name: rec.head.to_string(),
        phrases: vec![Phrase {
            text: rec.head.to_string(),
            kind: PhraseKind::Name,
        }],
        default_codes: Vec::new(),
        roles: Vec::new(),
        attrs: Vec::new(),
        src: cx.src(rec.line),
    };
    if let Some(c) = rec.code {
        a.default_codes.extend(cx.code(rec.line, c));
    }
    for at in &rec.attrs {
        let Attr { key, value, line } = *at;
        let kind = match key {
            "alias" => Some(PhraseKind::Name),
            "adj" => Some(PhraseKind::Adjective),
            "capital" => Some(PhraseKind::Capital),
            _ => None,
        };
        if let Some(kind) = kind {
            let before = a.phrases.len();
            a.phrases.extend(split_list(value).map(|t| Phrase {
                text: t.to_string(),
                kind,
            }));
            if a.phrases.len() == before {
                cx.err(line, format!("{key} needs at least one phrase"));
            }
            continue;
        }
        match key {
            "code" => {
                if let Some(c) = cx.code(line, value) {
                    a.default_codes.push(c)
                }
            }
            "role" => {
                if let Some(r) = role(cx, line, value) {
                    a.roles.push(r)
                }
            }
            "group" | "religion" | "ethnic" | "type" => {
                if value.is_empty() || value.contains(char::is_whitespace) {
                    cx.err(line, format!("{key} needs one code"));
                } else {
                    a.attrs.push((key.to_string(), value.to_string()));
                }
            }
            "note" => {}
            k => cx.err(line, format!("unknown actor attribute {k:?} (alias, adj, capital, code, role, group, religion, ethnic, type, note)")),
        }
    }
    if a.phrases.iter().any(|p| p.kind == PhraseKind::Capital) && a.default_codes.is_empty() {
        cx.err(
            rec.line,
            "an actor with a capital needs a default code (the country's)",
        );
    }
    Some(a)
}

/// `CODE [FROM..TO] [TITLE...]`
fn role(cx: &mut Ctx<'_>, line: u32, value: &str) -> Option<Role> {
    let mut words = value.split_whitespace();
    let code = cx.code(line, words.next().unwrap_or(""))?;
    let rest: Vec<&str> = words.collect();
    let (range, title_words) = match rest.first() {
        Some(w) if w.contains("..") => match DateRange::parse_dyad(w) {
            Ok(r) => (r, &rest[1..]),
            Err(e) => {
                cx.err(line, e);
                return None;
            }
        },
        _ => (DateRange::default(), &rest[..]),
    };
    let title = (!title_words.is_empty()).then(|| title_words.join(" "));
    Some(Role { code, range, title })
}

fn agent(cx: &mut Ctx<'_>, rec: &Record<'_>) -> Option<Agent> {
    let code = match rec.code {
        Some(c) if !rec.head.is_empty() => cx.code(rec.line, c)?,
        _ => {
            cx.err(rec.line, "agent needs `agent PHRASE = CODE`");
            return None;
        }
    };
    let mut ag = Agent {
        phrase: rec.head.to_string(),
        plurals: vec![plural_of(rec.head)],
        code,
        prefix: false,
        determiners: Vec::new(),
        src: cx.src(rec.line),
    };
    for at in &rec.attrs {
        match at.key {
            "plural" => {
                ag.plurals = if at.value == "-" {
                    Vec::new()
                } else {
                    split_list(at.value).map(str::to_string).collect()
                }
            }
            "det" => ag
                .determiners
                .extend(split_list(at.value).map(str::to_string)),
            "prefix" if at.value.is_empty() => ag.prefix = true,
            "note" => {}
            k => cx.err(
                at.line,
                format!("unknown agent attribute {k:?} (plural, det, prefix, note)"),
            ),
        }
    }
    Some(ag)
}

fn phrase_out(s: &str) -> String {
    // Imported PETRARCH phrases use '_' between words; dyad's use spaces.
    let s = s.trim_end_matches('_').replace('_', " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    // A '|' or " = " inside a phrase would change its meaning; '#' after a
    // space would start a comment.
    s.replace('|', "/").replace(" = ", " =").replace(" #", " ")
}

fn code_out(c: &str) -> String {
    c.trim_matches('~').to_string()
}

/// Writes a dictionary in dyad's format, one string per file kind:
/// `(file name, text)`. Codes that dyad's format would refuse are written
/// as they are; `dict check` reports them.
pub fn write(dict: &Dictionary, header: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let head = |s: &mut String, what: &str| {
        for l in header.lines() {
            let _ = writeln!(s, "# {l}");
        }
        let _ = writeln!(
            s,
            "# {what}, in dyad's dictionary format (docs/dictionaries.md).\n"
        );
    };
    if !dict.actors.is_empty() {
        let mut s = String::new();
        head(&mut s, "Actors");
        for a in &dict.actors {
            let _ = write!(s, "actor {}", phrase_out(&a.name));
            if let Some(c) = a.default_codes.first() {
                let _ = write!(s, " = {c}");
            }
            let _ = writeln!(s, "  # {}", a.src);
            for c in a.default_codes.iter().skip(1) {
                let _ = writeln!(s, "  code {c}");
            }
            for (kind, key) in [
                (PhraseKind::Name, "alias"),
                (PhraseKind::Adjective, "adj"),
                (PhraseKind::Capital, "capital"),
            ] {
                let list: Vec<String> = a
                    .phrases
                    .iter()
                    .skip(1)
                    .filter(|p| p.kind == kind)
                    .map(|p| phrase_out(&p.text))
                    .collect();
                if !list.is_empty() {
                    let _ = writeln!(s, "  {key} {}", list.join(" | "));
                }
            }
            for r in &a.roles {
                let _ = write!(s, "  role {}", r.code);
                if r.range != DateRange::default() {
                    let _ = write!(s, " {}", r.range);
                }
                if let Some(t) = &r.title {
                    let _ = write!(s, " {t}");
                }
                s.push('\n');
            }
            for (k, v) in &a.attrs {
                let _ = writeln!(s, "  {k} {v}");
            }
        }
        out.push(("actors.dict", s));
    }
    if !dict.agents.is_empty() {
        let mut s = String::new();
        head(&mut s, "Agents");
        for a in &dict.agents {
            let _ = writeln!(
                s,
                "agent {} = {}  # {}",
                phrase_out(&a.phrase),
                code_out(&a.code),
                a.src
            );
            if a.plurals.is_empty() {
                s.push_str("  plural -\n");
            } else if a.plurals != [plural_of(&phrase_out(&a.phrase))] {
                let p: Vec<String> = a.plurals.iter().map(|p| phrase_out(p)).collect();
                let _ = writeln!(s, "  plural {}", p.join(" | "));
            }
            if a.prefix {
                s.push_str("  prefix\n");
            }
            if !a.determiners.is_empty() {
                let _ = writeln!(s, "  det {}", a.determiners.join(" | "));
            }
        }
        out.push(("agents.dict", s));
    }
    if !dict.discards.is_empty() {
        let mut s = String::new();
        head(&mut s, "Discards");
        for d in &dict.discards {
            let kind = if d.story { "discard-story" } else { "discard" };
            let _ = writeln!(s, "{kind} {}", phrase_out(&d.phrase));
        }
        out.push(("discards.dict", s));
    }
    if !dict.issues.is_empty() {
        let mut s = String::new();
        head(&mut s, "Issues");
        for i in &dict.issues {
            let p = i.phrase.replace(" #", " ").replace(" = ", " =");
            if i.exclude {
                let _ = writeln!(s, "issue-not {p} = {}", i.category);
            } else {
                let _ = writeln!(s, "issue {p} = {}/{}", i.category, i.code);
            }
        }
        out.push(("issues.dict", s));
    }
    if !dict.verbs.is_empty() {
        let mut s = String::new();
        head(&mut s, "Verb patterns, kept raw for the coder");
        for v in &dict.verbs {
            let _ = writeln!(s, "# from {} ({:?} style)", v.file, v.style);
            for ss in &v.synsets {
                let _ = writeln!(s, "synset {}", ss.name);
                for m in &ss.members {
                    let _ = writeln!(s, "  member {}", m.replace('|', "/"));
                }
            }
            for b in &v.blocks {
                let _ = writeln!(s, "verb {} = {}", b.name, b.code);
                for w in &b.verbs {
                    let _ = writeln!(s, "  word {}", w.replace(" #", " "));
                }
                for (p, c) in &b.patterns {
                    let _ = writeln!(
                        s,
                        "  pattern {} = {c}",
                        p.replace(" #", " ").replace(" = ", " =")
                    );
                }
            }
            for t in &v.transformations {
                let _ = writeln!(s, "transform {}", t.replace(" #", " "));
            }
        }
        out.push(("verbs.dict", s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    #[test]
    fn every_syntax() {
        let text = "\
actor Wakanda = WAK
  alias Kingdom of Wakanda
  adj Wakandan | Wakandans
  capital Birnin Zana
  group AFU
actor T'Challa Udaku = WAKELI
  alias T'Challa
  role WAKGOV 2016-05..2018-02-16 king
  role WAKMIL ..2016-04-30
actor Wakanda Falls = ---
agent royal guard = MIL
  plural royal guards | royal guardsmen
  det the
agent spy = SPY
agent oracle = REL
  plural -
discard bobsleigh final
discard-story box office
issue vibranium mine = MINING/VIB
issue-not vibranium mine closure = MINING
synset &GEM
  member vibranium | adamantium
verb SMUGGLE = 0000
  word SMUGGLE {SMUGGLES SMUGGLED}
  pattern * &GEM (TO +) = 1234
transform ~ a (a b ATTACK) SAY = a b 015
";
        let mut d = Dictionary::default();
        parse_into(&mut d, "wk.dict", text);
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let c = d.counts();
        assert_eq!(
            (
                c.actors,
                c.actor_phrases,
                c.roles,
                c.agents,
                c.agent_phrases
            ),
            (3, 8, 2, 3, 6)
        );
        assert_eq!(d.actors[2].default_codes, [crate::model::NULL_CODE]);
        assert_eq!(
            (
                c.discards,
                c.issues,
                c.synsets,
                c.verb_blocks,
                c.verb_patterns,
                c.transformations
            ),
            (2, 2, 1, 1, 1, 1)
        );
        let t = &d.actors[1];
        let day = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(t.codes_on(day(2017, 1, 1)), ["WAKGOV"]);
        assert_eq!(t.codes_on(day(2016, 5, 1)), ["WAKGOV"]);
        assert_eq!(t.codes_on(day(2018, 2, 16)), ["WAKGOV"]);
        assert_eq!(
            t.codes_on(day(2018, 2, 17)),
            ["WAKELI"],
            "after: the default"
        );
        assert_eq!(t.codes_on(day(2016, 4, 30)), ["WAKMIL"], "before");
        assert_eq!(t.codes_on(day(1990, 1, 1)), ["WAKMIL"]);
        assert_eq!(d.agents[1].plurals, ["spies"]);
        assert!(d.agents[2].plurals.is_empty());
        assert_eq!(d.agents[0].determiners, ["the"]);
        assert!(d.discards[1].story);
        assert_eq!(
            d.actors[0].attrs,
            [("group".to_string(), "AFU".to_string())]
        );

        // Written out and read back: the same model.
        let mut again = Dictionary::default();
        for (name, text) in write(&d, "test") {
            parse_into(&mut again, name, &text);
        }
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.counts(), d.counts());
        assert_eq!(again.actors[1].roles, d.actors[1].roles);
    }

    #[test]
    fn errors_name_file_and_line() {
        let text = "actor X = lower\n  role ABCGOV 2020-13-01..\n  wat 1\nagent y\nfoo bar\nactor\n  role ABC 2020-01-01..2019-01-01\n";
        let mut d = Dictionary::default();
        parse_into(&mut d, "bad.dict", text);
        let lines: Vec<u32> = d.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 2, 3, 4, 5, 6], "{:?}", d.problems);
        assert!(d.problems.iter().all(|p| p.file == "bad.dict"));
        assert!(d.problems[1]
            .to_string()
            .starts_with("bad.dict:2: bad date"));
    }

    #[test]
    fn garbage_never_panics() {
        let mut seed = 0x9e3779b97f4a7c15u64;
        let alphabet: Vec<char> =
            "actor agent role = .. | # \t\n-_[]{}<>!~+$&0123456789AZaz é\u{0}"
                .chars()
                .collect();
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..(seed % 200) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let mut d = Dictionary::default();
            parse_into(&mut d, "g", &s);
            crate::petrarch::parse_actors(&mut d, "g", &s);
            crate::petrarch::parse_agents(&mut d, "g", &s);
            crate::petrarch::parse_discards(&mut d, "g", &s);
            crate::petrarch::parse_issues(&mut d, "g", &s);
            d.verbs
                .push(crate::petrarch::parse_verbs("g", &s, &mut d.problems));
            let _ = crate::matcher::Matcher::build(&d);
        }
    }
}
