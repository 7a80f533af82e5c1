//! TABARI / PETRARCH-1 verb patterns, matched over dyad's own parse.
//!
//! The older verb dictionaries (TABARI's `.verbs`, PETRARCH-1's
//! `*.verbs.txt`, the PETRARCH validation suite) give each verb a default
//! code and a list of word patterns around it: `- SAID WOULD * TALKS [031]`.
//! The words before `*` are looked for before the verb, those after it
//! after; a space lets other words in between, an underscore does not, a
//! trailing underscore asks for the exact word. `$` and `+` mark where the
//! source and the target stand, `%` a compound actor whose members act on
//! each other, `^` skips a noun phrase, `&NAME` is any member of a synonym
//! set. A code `[032:033]` is a pair: the source does the first to the
//! target, the target the second to the source.
//!
//! What the patterns leave open comes from the parse, not from word order
//! alone: the source is the verb's subject (the `by` phrase of a passive,
//! the subject of the clause an infinitive or a coordinated verb depends
//! on), the target the first actor phrase after the verb inside its
//! clause. Actor phrases are coded as PETRARCH does: the actor's code with
//! the codes of the agents in the same noun phrase (`~GOV` after it,
//! `NGO~` before it), an agent alone as `---` plus its code, one code per
//! member of a coordination.
//!
//! This module never does I/O: it takes compiled dictionaries and parsed
//! sentences and returns coded triples.

use crate::tree::Tree;
use dyad_dict::model::{VerbDict, VerbStyle, NULL_CODE};
use dyad_dict::{Date, Dictionaries, Entry};
use dyad_text::Sentence;
use serde::Serialize;
use std::collections::HashMap;

/// One element of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    /// A word (upper case); `exact`: no stem match.
    Word { word: String, exact: bool },
    /// Any member of a synonym set (each member a word sequence).
    Synset(usize),
    /// The source's place.
    Source,
    /// The target's place.
    Target,
    /// A compound actor (its members act on each other).
    Compound,
    /// Skips one noun phrase.
    Skip,
}

/// A pattern element and whether it must touch the previous one (`_`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    element: Element,
    joined: bool,
}

/// One `- ... * ... [CODE]` line.
#[derive(Debug, Clone)]
struct VerbPattern {
    /// Elements before the verb, nearest to it first.
    before: Vec<Item>,
    /// Elements after the verb, nearest first.
    after: Vec<Item>,
    /// Whether the element nearest the verb on each side touches it.
    code: String,
    /// The pattern as written (for provenance).
    text: String,
    /// How many literal words it names (more specific patterns win).
    weight: usize,
}

/// A verb (possibly of several words) and where its patterns are.
#[derive(Debug, Clone)]
struct VerbEntry {
    /// Words before the head ("WIRE" of "WIRE_+TAP").
    pre: Vec<String>,
    /// Words after the head ("OFF" of "+CORDON_OFF").
    post: Vec<String>,
    /// The entry's code.
    code: String,
    /// The block whose patterns apply.
    block: usize,
    /// The block's name (for provenance).
    name: String,
}

/// TABARI-style verb patterns compiled for matching.
#[derive(Debug, Default)]
pub struct TabariVerbs {
    /// By upper-case head word: base form and every form written.
    by_form: HashMap<String, Vec<usize>>,
    /// By upper-case base form only (matched against lemmas).
    by_base: HashMap<String, Vec<usize>>,
    entries: Vec<VerbEntry>,
    /// Per block, its patterns, most specific first.
    blocks: Vec<Vec<VerbPattern>>,
    /// Synonym sets, members as word sequences (upper case).
    synsets: Vec<Vec<Vec<String>>>,
    /// Lines that could not be compiled: `file:line: message`.
    pub problems: Vec<String>,
}

/// The code inside the first `[...]` of `s`, and `s` before it.
fn split_code(s: &str) -> (&str, Option<String>) {
    match s.find('[') {
        Some(p) => {
            let rest = &s[p + 1..];
            let code = rest.split(']').next().unwrap_or("").trim().to_string();
            (&s[..p], Some(code))
        }
        None => (s, None),
    }
}

/// Splits a verb phrase (`WIRE_+TAP`, `+BREAK_DOWN`, `LASH OUT`) into the
/// words before the head, the head and the words after it.
fn verb_words(s: &str) -> Option<(Vec<String>, String, Vec<String>)> {
    let words: Vec<&str> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let head = words.iter().position(|w| w.starts_with('+')).unwrap_or(0);
    let up = |w: &str| w.trim_start_matches('+').to_uppercase();
    Some((
        words[..head].iter().map(|w| up(w)).collect(),
        up(words[head]),
        words[head + 1..].iter().map(|w| up(w)).collect(),
    ))
}

impl TabariVerbs {
    /// Compiles every TABARI-style verb dictionary of `dicts`.
    pub fn compile(dicts: &Dictionaries) -> TabariVerbs {
        let mut out = TabariVerbs::default();
        for v in dicts
            .dict
            .verbs
            .iter()
            .filter(|v| v.style == VerbStyle::Tabari)
        {
            out.add(v);
        }
        out
    }

    /// Whether any verb was compiled.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of verbs and of patterns.
    pub fn counts(&self) -> (usize, usize) {
        (self.entries.len(), self.blocks.iter().map(Vec::len).sum())
    }

    fn add(&mut self, v: &VerbDict) {
        // Synsets first: patterns refer to them by name.
        let mut names: HashMap<String, usize> = HashMap::new();
        for s in &v.synsets {
            names.insert(synset_name(&s.name), self.synsets.len());
            self.synsets.push(Vec::new());
        }
        for s in &v.synsets {
            let id = names[&synset_name(&s.name)];
            let mut members = Vec::new();
            expand_member_list(&s.members, &v.synsets, &names, 0, &mut members);
            self.synsets[id] = members;
        }
        for b in &v.blocks {
            let block = self.blocks.len();
            let mut patterns = Vec::new();
            for (text, code) in &b.patterns {
                match compile_pattern(text, &names) {
                    Ok((before, after)) => {
                        let weight = before
                            .iter()
                            .chain(&after)
                            .filter(|i| !matches!(i.element, Element::Skip))
                            .count();
                        patterns.push(VerbPattern {
                            before,
                            after,
                            code: code.clone(),
                            text: text.clone(),
                            weight,
                        })
                    }
                    Err(e) => self
                        .problems
                        .push(format!("{}:{}: {e}: {text}", b.src.file, b.src.line)),
                }
            }
            // Most specific first; the file's order among equals.
            patterns.sort_by_key(|p| std::cmp::Reverse(p.weight));
            self.blocks.push(patterns);
            let mut lines: Vec<&str> = b.verbs.iter().map(String::as_str).collect();
            if lines.is_empty() {
                lines.push(b.name.as_str());
            }
            for line in lines {
                let (main, own_code) = split_code(line);
                let (main, forms) = match main.find('{') {
                    Some(p) => {
                        let inner = main[p + 1..].split('}').next().unwrap_or("");
                        (&main[..p], inner.split_whitespace().collect::<Vec<_>>())
                    }
                    None => (main, Vec::new()),
                };
                let Some((pre, head, post)) = verb_words(main) else {
                    continue;
                };
                let id = self.entries.len();
                self.entries.push(VerbEntry {
                    pre,
                    post,
                    code: own_code.unwrap_or_else(|| b.code.clone()),
                    block,
                    name: b.name.clone(),
                });
                self.by_base.entry(head.clone()).or_default().push(id);
                for f in regular_forms(&head) {
                    let ids = self.by_form.entry(f).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                self.by_form.entry(head).or_default().push(id);
                for f in forms {
                    if let Some((_, fh, _)) = verb_words(f) {
                        let ids = self.by_form.entry(fh).or_default();
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                }
            }
        }
    }
}

/// The regular inflections of a verb, as PETRARCH-1 generates them (its
/// verb files list only irregular forms): `-S`/`-ES`/`-IES`, `-ED`/`-D`/
/// `-IED`, `-ING`, with a doubled final consonant as another choice.
fn regular_forms(base: &str) -> Vec<String> {
    let b = base;
    let Some(last) = b.chars().last() else {
        return Vec::new();
    };
    let vowel = |c: char| "AEIOU".contains(c);
    let before_last = b.chars().rev().nth(1);
    let mut out = Vec::new();
    if b.ends_with('S')
        || b.ends_with('X')
        || b.ends_with('Z')
        || b.ends_with("CH")
        || b.ends_with("SH")
    {
        out.push(format!("{b}ES"));
    } else if last == 'Y' && before_last.is_some_and(|c| !vowel(c)) {
        out.push(format!("{}IES", &b[..b.len() - 1]));
    } else {
        out.push(format!("{b}S"));
    }
    if last == 'E' {
        out.push(format!("{b}D"));
        out.push(format!("{}ING", &b[..b.len() - 1]));
    } else if last == 'Y' && before_last.is_some_and(|c| !vowel(c)) {
        out.push(format!("{}IED", &b[..b.len() - 1]));
        out.push(format!("{b}ING"));
    } else {
        out.push(format!("{b}ED"));
        out.push(format!("{b}ING"));
        if !vowel(last) && before_last.is_some_and(vowel) && !"WXY".contains(last) {
            out.push(format!("{b}{last}ED"));
            out.push(format!("{b}{last}ING"));
        }
    }
    out
}

/// A synset's name as patterns refer to it: `&PREPOSIT1_` is `&PREPOSIT1`.
fn synset_name(s: &str) -> String {
    s.trim().trim_end_matches('_').to_uppercase()
}

/// Members of a synset as word sequences, synset references expanded.
fn expand_member_list(
    members: &[String],
    synsets: &[dyad_dict::model::Synset],
    names: &HashMap<String, usize>,
    depth: usize,
    out: &mut Vec<Vec<String>>,
) {
    for m in members {
        let m = m.trim();
        if let Some(id) = m.starts_with('&').then(|| names.get(&synset_name(m))) {
            if let (Some(&id), true) = (id, depth < 4) {
                if let Some(s) = synsets.get(id) {
                    expand_member_list(&s.members, synsets, names, depth + 1, out);
                }
            }
            continue;
        }
        let words: Vec<String> = m
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(str::to_uppercase)
            .collect();
        if !words.is_empty() {
            out.push(words);
        }
    }
}

/// A pattern's elements before and after `*`, each side nearest first.
fn compile_pattern(
    text: &str,
    synsets: &HashMap<String, usize>,
) -> Result<(Vec<Item>, Vec<Item>), String> {
    // Tokens (a marker character or a run of other characters) with the
    // separator before each: nothing or underscores join, whitespace does
    // not, an underscore then whitespace marks the word before it exact.
    let mut toks: Vec<(String, String)> = Vec::new();
    let mut sep = String::new();
    let mut cur = String::new();
    for c in text.chars() {
        let marker = matches!(c, '*' | '$' | '+' | '%' | '^');
        if c == '_' || c.is_whitespace() || marker {
            if !cur.is_empty() {
                toks.push((std::mem::take(&mut cur), std::mem::take(&mut sep)));
            }
            if marker {
                toks.push((c.to_string(), std::mem::take(&mut sep)));
            } else {
                sep.push(c);
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        toks.push((cur, std::mem::take(&mut sep)));
    }
    let trailing = sep;
    let mut items: Vec<(Element, bool, bool)> = Vec::new(); // element, joined to previous, is the verb
    for (i, (word, before)) in toks.iter().enumerate() {
        let joined = i > 0 && !before.chars().any(char::is_whitespace);
        let after = toks.get(i + 1).map_or(trailing.as_str(), |t| t.1.as_str());
        let exact = after.starts_with('_')
            && (after.chars().any(char::is_whitespace) || i + 1 == toks.len());
        let element = match word.as_str() {
            "*" => {
                items.push((Element::Skip, joined, true));
                continue;
            }
            "$" => Element::Source,
            "+" => Element::Target,
            "%" => Element::Compound,
            "^" => Element::Skip,
            w if w.starts_with('&') => match synsets.get(&synset_name(w)) {
                Some(&id) => Element::Synset(id),
                None => return Err(format!("unknown synset {w}")),
            },
            w => Element::Word {
                word: w.to_uppercase(),
                exact,
            },
        };
        items.push((element, joined, false));
    }
    let Some(star) = items.iter().position(|i| i.2) else {
        return Err("no `*` in the pattern".into());
    };
    if items.iter().filter(|i| i.2).count() > 1 {
        return Err("more than one `*` in the pattern".into());
    }
    // Before the verb, nearest first: an element touches the verb (or the
    // element nearer to it) when the element after it was joined.
    let mut before = Vec::new();
    for k in (0..star).rev() {
        before.push(Item {
            element: items[k].0.clone(),
            joined: items[k + 1].1,
        });
    }
    let after = items[star + 1..]
        .iter()
        .map(|(e, j, _)| Item {
            element: e.clone(),
            joined: *j,
        })
        .collect();
    Ok((before, after))
}

/// One coded event: source code, target code, event code and the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodedTriple {
    /// Source actor code (`---` when unknown and dyads are not required).
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// The event code as the dictionary writes it.
    pub code: String,
    /// The verb block and the pattern that fired (`BLOCK: pattern`).
    pub rule: String,
}

/// Options of PETRARCH's that change coding.
#[derive(Debug, Clone, Copy)]
pub struct TabariOptions {
    /// Drop events without a source or a target (PETRARCH's default).
    pub require_dyad: bool,
    /// Comma-delimited clauses of this many words (min, max) are dropped
    /// before coding: in the middle of the sentence (`comma_min`,
    /// `comma_max`), at its beginning (`comma_bmin`, `comma_bmax`) and at
    /// its end (`comma_emin`, `comma_emax`); a max of 0 keeps them all.
    pub comma: (usize, usize),
    /// At the beginning.
    pub comma_begin: (usize, usize),
    /// At the end.
    pub comma_end: (usize, usize),
    /// An unknown noun phrase of at most this many words where a source or
    /// target is wanted is coded by its own words (`"INJURY TOLL"`); 0: never.
    pub new_actor_length: usize,
}

impl Default for TabariOptions {
    /// PETRARCH's defaults.
    fn default() -> Self {
        TabariOptions {
            require_dyad: true,
            comma: (2, 8),
            comma_begin: (0, 0),
            comma_end: (2, 8),
            new_actor_length: 0,
        }
    }
}

impl TabariOptions {
    /// Sets an option by its PETRARCH name; `false` when the name is not
    /// one of these or the value does not parse.
    pub fn set(&mut self, option: &str, value: &str) -> bool {
        let num = value.trim().parse::<usize>();
        match (option.to_ascii_lowercase().as_str(), num) {
            ("require_dyad", _) => {
                self.require_dyad = value.trim().eq_ignore_ascii_case("true");
                return true;
            }
            ("comma_min", Ok(n)) => self.comma.0 = n,
            ("comma_max", Ok(n)) => self.comma.1 = n,
            ("comma_bmin", Ok(n)) => self.comma_begin.0 = n,
            ("comma_bmax", Ok(n)) => self.comma_begin.1 = n,
            ("comma_emin", Ok(n)) => self.comma_end.0 = n,
            ("comma_emax", Ok(n)) => self.comma_end.1 = n,
            ("new_actor_length", Ok(n)) => self.new_actor_length = n,
            _ => return false,
        }
        true
    }
}

/// What a sentence-level check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum TabariOutcome {
    /// The sentence was coded (possibly to nothing).
    Coded(Vec<CodedTriple>),
    /// A sentence discard phrase matched.
    SentenceDiscard(String),
    /// A story discard phrase matched.
    StoryDiscard(String),
}

/// A noun phrase (or a coordination of them) with the actor codes it names.
#[derive(Debug, Clone)]
struct Phrase {
    start: usize,
    end: usize,
    codes: Vec<String>,
    /// A phrase no dictionary knows, coded by its own words (PETRARCH's
    /// `new_actor_length`): only a fallback where no known actor stands.
    new: bool,
}

/// What one chunk names.
#[derive(Debug, Clone, Default)]
struct ChunkCodes {
    /// Actor codes (several for PETRARCH's `[A/B]`).
    actors: Vec<String>,
    /// Agent codes that go before the actor's (`NGO~`).
    before: String,
    /// Agent codes that go after it (`~GOV`).
    after: String,
    /// The phrase is a null-coded actor (`[---]`).
    null: bool,
    /// The chunk's codes.
    codes: Vec<String>,
}

impl ChunkCodes {
    fn role_only(&self) -> bool {
        self.actors.is_empty() && !self.null && !(self.before.is_empty() && self.after.is_empty())
    }

    /// An actor's code with this chunk's agents: `NGO` + `ARN` + `GOV`;
    /// a role the actor's code already ends with is not repeated.
    fn combine(&self, actor: &str) -> String {
        let mut code = format!("{}{actor}", self.before);
        if !self.after.is_empty() && !actor.ends_with(&self.after) {
            code.push_str(&self.after);
        }
        code
    }
}

/// Codes the sentences of one story the TABARI way.
pub struct TabariCoder<'a> {
    dicts: &'a Dictionaries,
    verbs: &'a TabariVerbs,
    options: TabariOptions,
}

impl<'a> TabariCoder<'a> {
    /// A coder over compiled dictionaries and verb patterns.
    pub fn new(
        dicts: &'a Dictionaries,
        verbs: &'a TabariVerbs,
        options: TabariOptions,
    ) -> TabariCoder<'a> {
        TabariCoder {
            dicts,
            verbs,
            options,
        }
    }

    /// The actor phrases the coder sees in a sentence, as `words=CODES`
    /// (for explaining a coding).
    pub fn actor_phrases(&self, sentence: &Sentence, date: Date) -> Vec<String> {
        let tree = Tree::new(sentence);
        let (_, _, phrases) = self.analyse(&tree, date);
        phrases
            .iter()
            .map(|p| {
                let words: Vec<&str> = (p.start..=p.end)
                    .map(|w| tree.word(w).form.as_str())
                    .collect();
                format!("[{}]={}", words.join(" "), p.codes.join("/"))
            })
            .collect()
    }

    /// The comma-delimited clauses PETRARCH drops before coding (see
    /// [`TabariOptions::comma`]), as byte spans of the document text, each
    /// with the comma that opens or closes it; commas inside an actor
    /// list ("A, B and C") delimit nothing.
    pub fn comma_clauses(&self, sentence: &Sentence, date: Date) -> Vec<dyad_text::Span> {
        let tree = Tree::new(sentence);
        let n = tree.len();
        let (_, _, phrases) = self.analyse(&tree, date);
        let commas: Vec<usize> = (1..=n)
            .filter(|&w| {
                clause_comma(&tree, w) && !phrases.iter().any(|p| p.start < w && w < p.end)
            })
            .collect();
        if commas.is_empty() {
            return Vec::new();
        }
        let words = |a: usize, b: usize| (a..=b).filter(|&w| tree.word(w).upos != "PUNCT").count();
        let within = |len: usize, (lo, hi): (usize, usize)| hi > 0 && lo <= len && len <= hi;
        let mut deleted = vec![false; n + 1];
        let first = commas[0];
        if within(words(1, first - 1), self.options.comma_begin) {
            deleted[1..=first].iter_mut().for_each(|d| *d = true);
        }
        let last = *commas.last().unwrap_or(&first);
        let end = if tree.word(n).upos == "PUNCT" {
            n - 1
        } else {
            n
        };
        // (A lone comma already taken by a deleted beginning delimits no end.)
        let lone_taken = last == first && deleted[first];
        if !lone_taken && end > last && within(words(last + 1, end), self.options.comma_end) {
            deleted[last..=end].iter_mut().for_each(|d| *d = true);
        }
        // Clauses between two commas that are both still there.
        loop {
            let live: Vec<usize> = commas.iter().copied().filter(|&c| !deleted[c]).collect();
            let cut = live
                .windows(2)
                .find(|w| within(words(w[0] + 1, w[1] - 1), self.options.comma));
            match cut {
                Some(w) => deleted[w[0]..w[1]].iter_mut().for_each(|d| *d = true),
                None => break,
            }
        }
        // Runs of deleted words as byte spans.
        let mut out: Vec<dyad_text::Span> = Vec::new();
        let mut w = 1;
        while w <= n {
            if deleted[w] {
                let a = w;
                while w < n && deleted[w + 1] {
                    w += 1;
                }
                out.push(dyad_text::Span::new(
                    tree.word(a).span.start,
                    tree.word(w).span.end,
                ));
            }
            w += 1;
        }
        out
    }

    /// Codes one parsed sentence of a story dated `date`.
    pub fn code_sentence(&self, sentence: &Sentence, date: Date) -> TabariOutcome {
        let forms: Vec<&str> = sentence.words.iter().map(|w| w.form.as_str()).collect();
        for (_, _, targets) in self.dicts.matcher.find_all(&forms) {
            for &t in targets {
                if let Some(Entry::Discard { discard, .. }) = self.dicts.entry(t, date) {
                    return if discard.story {
                        TabariOutcome::StoryDiscard(discard.phrase.clone())
                    } else {
                        TabariOutcome::SentenceDiscard(discard.phrase.clone())
                    };
                }
            }
        }
        let tree = Tree::new(sentence);
        let (upper, verbs, phrases) = self.analyse(&tree, date);
        let mut out: Vec<CodedTriple> = Vec::new();
        let mut coded_verb = vec![false; verbs.len()];
        let mut last_sources: Vec<String> = Vec::new();
        for (v, found) in verbs.iter().enumerate() {
            let Some((entry, lo, hi)) = *found else {
                continue;
            };
            // "abandoned efforts to stop X": the governing verb's patterns
            // own its infinitive.
            if infinitive_of_coded(&tree, v, &coded_verb)
                || in_clause_of_coded(&tree, v, &coded_verb)
            {
                continue;
            }
            let e = &self.verbs.entries[entry];
            let mut code = e.code.clone();
            let mut rule = format!("{}: default", e.name);
            let mut src_at: Option<usize> = None;
            let mut tgt_at: Option<usize> = None;
            let mut compound_at: Option<(usize, bool)> = None;
            for p in &self.verbs.blocks[e.block] {
                if let Some(m) = self.match_pattern(p, &upper, &tree, &phrases, lo, hi) {
                    code = p.code.clone();
                    rule = format!("{}: {}", e.name, p.text.trim());
                    src_at = m.source;
                    tgt_at = m.target;
                    compound_at = m.compound;
                    break;
                }
            }
            if code.is_empty() || code == NULL_CODE {
                continue;
            }
            coded_verb[v] = true;
            let codes: Vec<&str> = code.split(':').collect();
            let (subject, by_parse) = self.subject_codes(&tree, &phrases, v, lo);
            // "X condemned ... and promised ...": the parse lost the second
            // verb's subject.
            let subject = if !by_parse
                && lo > 1
                && tree.word(lo - 1).form.eq_ignore_ascii_case("and")
                && !last_sources.is_empty()
            {
                last_sources.clone()
            } else {
                subject
            };
            // "A noted that B regretted ...", with the pattern `NOTED + *`
            // putting B as the target: the source is the clause above's.
            let subject = match (tgt_at, tree.head(v)) {
                (Some(t), Some(h))
                    if phrases[t].codes == subject
                        && matches!(tree.rel(v), "ccomp" | "advcl" | "xcomp") =>
                {
                    self.subject_codes(&tree, &phrases, h, h).0
                }
                _ => subject,
            };
            if let Some((c, after)) = compound_at {
                let members = &phrases[c].codes;
                // "X agrees with A and B": the compound is the target.
                if after && !subject.is_empty() {
                    last_sources = subject.clone();
                    self.emit(&mut out, &subject, members, &codes, &rule);
                    continue;
                }
                for a in members {
                    for b in members {
                        if a != b {
                            out.push(CodedTriple {
                                source: a.clone(),
                                target: b.clone(),
                                code: codes[0].to_string(),
                                rule: rule.clone(),
                            });
                        }
                    }
                }
                continue;
            }
            let sources = match src_at {
                Some(p) => phrases[p].codes.clone(),
                None => subject,
            };
            last_sources = sources.clone();
            let targets = match tgt_at {
                Some(p) => phrases[p].codes.clone(),
                None => self.object_codes(&tree, &phrases, v, hi),
            };
            self.emit(&mut out, &sources, &targets, &codes, &rule);
        }
        let mut seen = Vec::new();
        out.retain(|t| {
            let key = (t.source.clone(), t.target.clone(), t.code.clone());
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        });
        TabariOutcome::Coded(out)
    }

    fn emit(
        &self,
        out: &mut Vec<CodedTriple>,
        sources: &[String],
        targets: &[String],
        codes: &[&str],
        rule: &str,
    ) {
        let null = [NULL_CODE.to_string()];
        let (sources, targets) = if self.options.require_dyad {
            if sources.is_empty() || targets.is_empty() {
                return;
            }
            (sources, targets)
        } else {
            (
                if sources.is_empty() {
                    &null[..]
                } else {
                    sources
                },
                if targets.is_empty() {
                    &null[..]
                } else {
                    targets
                },
            )
        };
        for s in sources {
            for t in targets {
                if s == t && s != NULL_CODE {
                    continue;
                }
                out.push(CodedTriple {
                    source: s.clone(),
                    target: t.clone(),
                    code: codes[0].to_string(),
                    rule: rule.to_string(),
                });
                if let Some(back) = codes.get(1).filter(|c| !c.is_empty() && **c != NULL_CODE) {
                    out.push(CodedTriple {
                        source: t.clone(),
                        target: s.clone(),
                        code: back.to_string(),
                        rule: rule.to_string(),
                    });
                }
            }
        }
    }

    /// A sentence's upper-case forms, its dictionary verbs and its actor
    /// phrases.
    #[allow(clippy::type_complexity)]
    fn analyse(
        &self,
        tree: &Tree<'_>,
        date: Date,
    ) -> (Vec<String>, Vec<Option<(usize, usize, usize)>>, Vec<Phrase>) {
        let upper: Vec<String> = (1..=tree.len())
            .map(|i| tree.word(i).form.to_uppercase())
            .collect();
        let (covered, verbs) = self.marks(tree, &upper);
        let verb_word: Vec<bool> = verbs.iter().map(Option::is_some).collect();
        let phrases = self.phrases(tree, date, &covered, &verb_word);
        (upper, verbs, phrases)
    }

    /// Which words are inside actor or agent phrases of the dictionaries,
    /// and which are dictionary verbs (entry, first and last word).
    #[allow(clippy::type_complexity)]
    fn marks(
        &self,
        tree: &Tree<'_>,
        upper: &[String],
    ) -> (Vec<bool>, Vec<Option<(usize, usize, usize)>>) {
        let n = tree.len();
        let forms: Vec<&str> = (1..=n).map(|i| tree.word(i).form.as_str()).collect();
        let mut covered = vec![false; n + 1];
        for (start, len, targets) in self.dicts.matcher.find_all(&forms) {
            if targets.iter().any(|t| {
                matches!(
                    t,
                    dyad_dict::Target::Actor(..) | dyad_dict::Target::Agent(..)
                )
            }) {
                for c in &mut covered[start + 1..=start + len] {
                    *c = true;
                }
            }
        }
        let verbs = (0..=n)
            .map(|v| {
                if v == 0 || covered[v] {
                    return None;
                }
                let tagged = |i: usize| {
                    let w = tree.word(i);
                    w.upos == "VERB" || w.xpos.starts_with("VB")
                };
                let found = self.verb_at(tree, upper, v)?;
                // "will not wire tap": the tagger's verb may be the first word.
                let multi = found.1 < v && tagged(found.1);
                (tagged(v) || multi || self.mistagged_verb(tree, upper, v)).then_some(found)
            })
            .collect();
        (covered, verbs)
    }

    /// A dictionary verb form the tagger took for a noun or an adjective
    /// right after a name: "Ethiopia departs from Libya".
    fn mistagged_verb(&self, tree: &Tree<'_>, upper: &[String], v: usize) -> bool {
        let form = &upper[v - 1];
        let known = self.verbs.by_form.contains_key(form);
        let base = self.verbs.by_base.contains_key(form);
        // A base form only before a preposition ("Ethiopia act on").
        let next_adp = v < tree.len() && tree.word(v + 1).upos == "ADP";
        let next_time = v < tree.len() && is_time_word(tree, v + 1);
        // After a common noun only a singular form ("mayor left"): "daylight
        // raids" stays a noun.
        if v < 2 {
            return false;
        }
        let after_name = match tree.word(v - 1).upos.as_str() {
            "PROPN" => true,
            "NOUN" => tree.word(v).xpos != "NNS",
            _ => false,
        };
        known
            && (!base || next_adp || next_time)
            && after_name
            && (v == tree.len()
                || matches!(
                    tree.word(v + 1).upos.as_str(),
                    "ADP" | "DET" | "ADV" | "PRON" | "PUNCT" | "NUM"
                )
                || is_time_word(tree, v + 1))
    }

    /// The verb entry at word `v`, with the first and last word it covers.
    fn verb_at(
        &self,
        tree: &Tree<'_>,
        upper: &[String],
        v: usize,
    ) -> Option<(usize, usize, usize)> {
        let form = &upper[v - 1];
        let lemma = tree.word(v).lemma.to_uppercase();
        let by_form = self.verbs.by_form.get(form).into_iter().flatten();
        let by_lemma = self.verbs.by_base.get(&lemma).into_iter().flatten();
        // Longest entry first: "BREAK DOWN" before "BREAK".
        let mut best: Option<(usize, usize, usize)> = None;
        for &id in by_form.chain(by_lemma) {
            let e = &self.verbs.entries[id];
            let lo = v.checked_sub(e.pre.len())?;
            if lo == 0 || v + e.post.len() > tree.len() {
                continue;
            }
            let fits = e
                .pre
                .iter()
                .enumerate()
                .all(|(k, w)| &upper[lo - 1 + k] == w)
                && e.post.iter().enumerate().all(|(k, w)| &upper[v + k] == w);
            let hi = v + e.post.len();
            if fits && best.is_none_or(|(_, l, h)| hi - lo > h - l) {
                best = Some((id, lo, hi));
            }
        }
        best
    }

    /// The noun phrases of the sentence that name actors, coordinated
    /// ones grouped, each group with its codes.
    ///
    /// Chunks, not the parse's subtrees: a run of determiners, adjectives,
    /// nouns, names, numbers and possessive `'s` is one phrase ("Bree Prime
    /// Minister Romendacil", "Gondor's government"), as PETRARCH's noun
    /// phrases are; the parse of unfamiliar names is too often wrong for
    /// their inside. Chunks joined by "and", "or", "nor" (and by commas
    /// before such a word) form one compound; a chunk that names only a
    /// role takes the actors of the "of / in / from" phrase after it
    /// ("officials in A and B").
    fn phrases(&self, tree: &Tree<'_>, date: Date, covered: &[bool], verb: &[bool]) -> Vec<Phrase> {
        let n = tree.len();
        let is_np = |i: usize| {
            if covered[i] {
                return true;
            }
            if verb[i] {
                return false;
            }
            let w = tree.word(i);
            let f = w.form.to_lowercase();
            if matches!(
                f.as_str(),
                "that" | "which" | "whose" | "what" | "who" | "neither" | "either" | "both"
            ) {
                return false;
            }
            matches!(
                w.upos.as_str(),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "X"
            ) || (f == "'s" || f == "'")
                || (w.upos == "PUNCT" && f == "-")
        };
        // Chunks: (start, end) inclusive, 1-based.
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let mut i = 1;
        while i <= n {
            if is_np(i) && !matches!(tree.word(i).form.as_str(), "'s" | "'") {
                let start = i;
                while i < n && is_np(i + 1) {
                    i += 1;
                }
                chunks.push((start, i));
            }
            i += 1;
        }
        // Coordinated adjectives belong to one phrase: "Ithilen's awful
        // and evil minister".
        let mut k = 0;
        while k + 1 < chunks.len() {
            let (a, b) = chunks[k];
            let (c, d) = chunks[k + 1];
            let gap_is_conj =
                c == b + 2 && matches!(tree.word(b + 1).form.to_lowercase().as_str(), "and" | "or");
            if gap_is_conj && tree.word(b).upos == "ADJ" {
                chunks[k] = (a, d);
                chunks.remove(k + 1);
            } else {
                k += 1;
            }
        }
        let coded: Vec<ChunkCodes> = chunks
            .iter()
            .map(|&(a, b)| self.chunk_codes(tree, a, b, date))
            .collect();
        let lower = |i: usize| tree.word(i).form.to_lowercase();
        let is_conj = |i: usize| matches!(lower(i).as_str(), "and" | "or" | "nor");
        // Group chunks: consecutive chunks separated only by a conjunction,
        // or by commas where a conjunction follows before the group ends.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut k = 0;
        while k < chunks.len() {
            let mut g = vec![k];
            while k + 1 < chunks.len() {
                let gap: Vec<usize> = (chunks[k].1 + 1..chunks[k + 1].0).collect();
                let joined = match gap.as_slice() {
                    [c] if is_conj(*c) => true,
                    [c, d] if lower(*c) == "," && is_conj(*d) => true,
                    [c] if lower(*c) == "," => {
                        // A list goes on to a conjunction: "A, B and C".
                        let mut m = k + 1;
                        let mut found = false;
                        while m + 1 < chunks.len() {
                            let gap2: Vec<String> =
                                (chunks[m].1 + 1..chunks[m + 1].0).map(lower).collect();
                            let gap2: Vec<&str> = gap2.iter().map(String::as_str).collect();
                            match gap2.as_slice() {
                                ["and" | "or" | "nor"] | [",", "and" | "or" | "nor"] => {
                                    found = true;
                                    break;
                                }
                                [","] => m += 1,
                                _ => break,
                            }
                        }
                        found
                    }
                    _ => false,
                };
                if !joined {
                    break;
                }
                k += 1;
                g.push(k);
            }
            groups.push(g);
            k += 1;
        }
        let mut out: Vec<Phrase> = Vec::new();
        let mut gi = 0;
        while gi < groups.len() {
            let g = &groups[gi];
            let mut per: Vec<Vec<String>> = g.iter().map(|&c| coded[c].codes.clone()).collect();
            // Unknown members of a compound with known ones are new actors.
            if g.len() > 1 && per.iter().any(|c| !c.is_empty()) {
                for (k, &c) in g.iter().enumerate() {
                    if per[k].is_empty() && !coded[c].null {
                        if let Some(t) = self.new_actor(tree, chunks[c].0, chunks[c].1) {
                            per[k].push(t);
                        }
                    }
                }
            }
            let start = chunks[g[0]].0;
            let mut end = chunks[*g.last().unwrap_or(&g[0])].1;
            // "officials in A and B": a role-only last chunk and the actors
            // of the next group after "of", "in" or "from".
            let last = *g.last().unwrap_or(&g[0]);
            if coded[last].role_only() && gi + 1 < groups.len() {
                let next = &groups[gi + 1];
                let gap: Vec<usize> = (end + 1..chunks[next[0]].0).collect();
                let via = matches!(gap.as_slice(), [p] if matches!(lower(*p).as_str(), "of" | "in" | "from"));
                let actors: Vec<String> =
                    next.iter().flat_map(|&c| coded[c].actors.clone()).collect();
                if via && !actors.is_empty() {
                    let l = per.len() - 1;
                    per[l] = actors.iter().map(|a| coded[last].combine(a)).collect();
                    end = chunks[*next.last().unwrap_or(&next[0])].1;
                    gi += 1;
                }
            } else if g.len() > 1
                && coded[last].codes.is_empty()
                && !coded[last].null
                && per.iter().any(|c| !c.is_empty())
                && gi + 1 < groups.len()
            {
                // "Ithilen's sheep and goats of Gondor": the last member
                // names its actor in an "of" phrase.
                let next = &groups[gi + 1];
                let gap: Vec<usize> = (end + 1..chunks[next[0]].0).collect();
                let of = matches!(gap.as_slice(), [p] if lower(*p) == "of");
                let codes: Vec<String> =
                    next.iter().flat_map(|&c| coded[c].codes.clone()).collect();
                if of && !codes.is_empty() {
                    let l = per.len() - 1;
                    per[l] = codes;
                    end = chunks[*next.last().unwrap_or(&next[0])].1;
                    gi += 1;
                }
            }
            // A role alone beside actors takes their countries
            // ("lawmakers and officials in A and B", "Danish media and government").
            let countries: Vec<String> = per
                .iter()
                .flatten()
                .filter(|c| !c.starts_with(NULL_CODE) && c.len() >= 3 && c.is_char_boundary(3))
                .map(|c| c[..3].to_string())
                .collect();
            let mut codes: Vec<String> = Vec::new();
            for c in per.into_iter().flatten() {
                match c.strip_prefix(NULL_CODE) {
                    Some(role) if !countries.is_empty() => {
                        for k in &countries {
                            let code = format!("{k}{role}");
                            if !codes.contains(&code) {
                                codes.push(code);
                            }
                        }
                    }
                    _ => {
                        if !codes.contains(&c) {
                            codes.push(c);
                        }
                    }
                }
            }
            if !codes.is_empty() {
                out.push(Phrase {
                    start,
                    end,
                    codes,
                    new: false,
                });
            } else if g.len() == 1 && !coded[g[0]].null {
                // "the Ministry of Magic": the chunk and an "of" phrase.
                let mut end = end;
                if end + 2 <= n && lower(end + 1) == "of" && is_np(end + 2) {
                    end += 2;
                    while end < n && is_np(end + 1) {
                        end += 1;
                    }
                }
                if let Some(t) = self.new_actor(tree, start, end) {
                    out.push(Phrase {
                        start,
                        end,
                        codes: vec![t],
                        new: true,
                    });
                }
            }
            gi += 1;
        }
        out
    }

    /// The words `a..=b` as a new actor's code, when there are at most
    /// `new_actor_length` of them.
    fn new_actor(&self, tree: &Tree<'_>, a: usize, b: usize) -> Option<String> {
        let limit = self.options.new_actor_length;
        if limit == 0 {
            return None;
        }
        let words: Vec<String> = (a..=b)
            .map(|w| tree.word(w))
            .filter(|w| w.upos != "PUNCT" && w.form != "'s" && w.form != "'")
            .map(|w| w.form.to_uppercase())
            .collect();
        (!words.is_empty() && words.len() <= limit).then(|| format!("\"{}\"", words.join(" ")))
    }

    /// The actors and agents named in the words `a..=b`.
    fn chunk_codes(&self, tree: &Tree<'_>, a: usize, b: usize, date: Date) -> ChunkCodes {
        let forms: Vec<&str> = (a..=b)
            .map(|w| tree.word(w).form.as_str())
            .filter(|f| *f != "'s" && *f != "'")
            .collect();
        let mut cc = ChunkCodes::default();
        // "former officials": PETRARCH codes the role as ELI (elites).
        let former = (a..=b).any(|w| tree.word(w).form.eq_ignore_ascii_case("former"));
        for (_, _, targets) in self.dicts.matcher.find_all(&forms) {
            let Some(&t) = targets.first() else { continue };
            match self.dicts.entry(t, date) {
                // The first actor of the phrase names it.
                Some(Entry::Actor { codes, .. }) if cc.actors.is_empty() && !cc.null => {
                    if let Some(c) = codes.first() {
                        // PETRARCH's `[A/B/C]`: several actors at once.
                        cc.actors = c
                            .split('/')
                            .map(|x| x.trim().to_uppercase())
                            .filter(|x| !x.is_empty())
                            .collect();
                        if cc.actors.iter().all(|x| x == NULL_CODE) {
                            cc.null = true;
                            cc.actors.clear();
                        }
                    }
                }
                Some(Entry::Agent { agent, .. }) => {
                    let code = agent.code.to_uppercase();
                    if code.is_empty() || code == NULL_CODE {
                        continue;
                    }
                    let side = if agent.prefix {
                        &mut cc.before
                    } else {
                        &mut cc.after
                    };
                    if !side.contains(&code) {
                        side.push_str(&code);
                    }
                    if former {
                        cc.before.clear();
                        cc.after = "ELI".to_string();
                    }
                }
                _ => {}
            }
        }
        cc.codes = if cc.null {
            Vec::new()
        } else if !cc.actors.is_empty() {
            cc.actors.iter().map(|x| cc.combine(x)).collect()
        } else if cc.before.is_empty() && cc.after.is_empty() {
            Vec::new()
        } else {
            vec![format!("{NULL_CODE}{}{}", cc.before, cc.after)]
        };
        cc
    }

    /// The source codes of the verb at `v`: its subject's, the `by` phrase
    /// of a passive, else those of the clause it depends on (the passive
    /// subject of "X was seen to break"); with no subject in the parse, the
    /// nearest actor phrase before the verb. The flag: the parse gave it.
    fn subject_codes(
        &self,
        tree: &Tree<'_>,
        phrases: &[Phrase],
        v: usize,
        lo: usize,
    ) -> (Vec<String>, bool) {
        let adjacent = if tree.is_passive(v) {
            None
        } else {
            let mut k = lo - 1;
            while k > 0 && matches!(tree.word(k).upos.as_str(), "AUX" | "ADV" | "PART") {
                k -= 1;
            }
            phrases.iter().find(|p| !p.new && p.end == k && k > 0)
        };
        let mut cur = v;
        let mut raised = false;
        for _ in 0..6 {
            let passive = tree.is_passive(cur);
            for &c in tree.children(cur) {
                let full = tree.full_rel(c);
                let subject = if passive && raised {
                    full == "nsubj:pass"
                } else if passive {
                    tree.rel(c) == "obl" && tree.preposition(c).as_deref() == Some("by")
                } else {
                    (full == "nsubj" || full == "csubj") && !is_time_word(tree, c)
                };
                if subject {
                    let codes = codes_under(tree, phrases, c);
                    // "X indicated it would act": the pronoun is X.
                    if codes.is_empty() && tree.word(c).upos == "PRON" && tree.head(cur).is_some() {
                        break;
                    }
                    return (codes, true);
                }
            }
            if passive {
                // "X was opposed earlier by Y": a `by` the parse hung elsewhere.
                let by = (cur + 1..=(cur + 3).min(tree.len()))
                    .find(|&w| tree.word(w).form.eq_ignore_ascii_case("by"));
                let codes = by
                    .and_then(|b| phrases.iter().find(|p| p.start == b + 1))
                    .map(|p| p.codes.clone())
                    .unwrap_or_default();
                return (codes, true);
            }
            let finite = matches!(tree.word(cur).xpos.as_str(), "VBD" | "VBZ" | "VBP");
            match tree.head(cur) {
                // "a senior official said", parsed as a clause on the noun.
                Some(h) if tree.rel(cur) == "acl" && finite && h < cur => {
                    return (codes_under(tree, phrases, h), true);
                }
                // With no subject of its own, the actor right before the
                // verb before the clause above it: "..., a senior official said".
                Some(_) if cur == v && adjacent.is_some() => {
                    return (adjacent.map(|p| p.codes.clone()).unwrap_or_default(), true);
                }
                Some(h)
                    if matches!(tree.rel(cur), "xcomp" | "conj" | "advcl" | "ccomp" | "acl") =>
                {
                    raised = tree.rel(cur) == "xcomp";
                    cur = h;
                }
                _ => break,
            }
        }
        let nearest = phrases
            .iter()
            .filter(|p| !p.new && p.end < lo)
            .max_by_key(|p| p.end)
            .map(|p| p.codes.clone())
            .unwrap_or_default();
        (nearest, false)
    }

    /// The target codes of the verb at `v`: the passive subject, else the
    /// first actor phrase after the verb.
    fn object_codes(
        &self,
        tree: &Tree<'_>,
        phrases: &[Phrase],
        v: usize,
        hi: usize,
    ) -> Vec<String> {
        if tree.is_passive(v) {
            if let Some(s) = tree.kids_with(v, "nsubj:pass").next() {
                return codes_under(tree, phrases, s);
            }
        }
        first_after(tree, phrases, hi)
    }

    fn match_pattern(
        &self,
        p: &VerbPattern,
        upper: &[String],
        tree: &Tree<'_>,
        phrases: &[Phrase],
        lo: usize,
        hi: usize,
    ) -> Option<Slots> {
        let mut slots = Slots::default();
        let cx = MatchContext {
            upper,
            phrases,
            synsets: &self.verbs.synsets,
        };
        // After the verb: positions hi+1 ..= n.
        let mut pos = hi + 1;
        let mut after_skip = false;
        for item in &p.after {
            // What follows a `^` stands right after the phrase it skipped,
            // prepositions aside ("^ +": "Osgiliath with | the leaders").
            let slot = matches!(
                item.element,
                Element::Source | Element::Target | Element::Compound
            );
            if after_skip && slot {
                // ... and the words of an unknown phrase ("with the leaders of | Gondor").
                while pos <= upper.len()
                    && cx.phrase_at(pos, true).is_none()
                    && matches!(tree.word(pos).upos.as_str(), "ADP" | "DET" | "ADJ" | "NOUN")
                {
                    pos += 1;
                }
            }
            let must_touch = item.joined || after_skip;
            let found = (pos..=upper.len() + 1)
                .take(if must_touch { 1 } else { usize::MAX })
                .find_map(|at| cx.forward(&item.element, at).map(|end| (at, end)))?;
            cx.record(&item.element, found.0, true, &mut slots);
            pos = found.1;
            after_skip = item.element == Element::Skip;
        }
        // Before the verb: positions lo-1 down to 1.
        let mut pos = lo as isize - 1;
        for item in &p.before {
            let candidates: Vec<isize> = if item.joined {
                vec![pos]
            } else {
                (1..=pos).rev().collect()
            };
            let found = candidates.into_iter().find_map(|at| {
                (at >= 1)
                    .then(|| {
                        cx.backward(&item.element, at as usize)
                            .map(|st| (at as usize, st))
                    })
                    .flatten()
            })?;
            cx.record(&item.element, found.0, false, &mut slots);
            pos = found.1 as isize - 1;
        }
        Some(slots)
    }
}

/// Whether `v` is an infinitive ("to stop") under a verb already coded,
/// directly or through that verb's object ("abandoned efforts to stop").
fn infinitive_of_coded(tree: &Tree<'_>, v: usize, coded: &[bool]) -> bool {
    let to = tree
        .children(v)
        .iter()
        .any(|&c| tree.word(c).form.eq_ignore_ascii_case("to"));
    if !to || !matches!(tree.rel(v), "xcomp" | "acl" | "advcl") {
        return false;
    }
    let Some(h) = tree.head(v) else {
        return false;
    };
    if coded.get(h).copied().unwrap_or(false) {
        return true;
    }
    tree.head(h).is_some_and(|g| {
        coded.get(g).copied().unwrap_or(false) && matches!(tree.rel(h), "obj" | "obl")
    })
}

/// Whether `v` is in an adverbial clause ("after crowds burned down its
/// embassy") of a verb already coded: PETRARCH codes the governing verb's
/// phrase once.
fn in_clause_of_coded(tree: &Tree<'_>, v: usize, coded: &[bool]) -> bool {
    let mut cur = v;
    let mut through_advcl = false;
    for _ in 0..8 {
        let Some(h) = tree.head(cur) else {
            return false;
        };
        match tree.rel(cur) {
            "advcl" => through_advcl = true,
            "conj" | "parataxis" | "ccomp" => return false,
            _ => {}
        }
        if through_advcl && coded.get(h).copied().unwrap_or(false) {
            return true;
        }
        cur = h;
    }
    false
}

/// Whether word `w` is a comma between clauses, not one in a list of
/// adjectives ("complete, full diplomatic ties").
fn clause_comma(tree: &Tree<'_>, w: usize) -> bool {
    if tree.word(w).form != "," {
        return false;
    }
    let adjective_list = w > 1
        && w < tree.len()
        && tree.word(w - 1).upos == "ADJ"
        && matches!(tree.word(w + 1).upos.as_str(), "ADJ" | "NOUN");
    !adjective_list
}

/// A day, month or "today": the parse sometimes makes it the subject
/// ("X on Thursday fired").
fn is_time_word(tree: &Tree<'_>, w: usize) -> bool {
    let f = tree.word(w).form.to_lowercase();
    matches!(f.as_str(), "today" | "yesterday" | "tonight")
        || crate::when::WEEKDAYS.contains(&f.as_str())
        || crate::when::MONTHS.iter().any(|m| m.contains(&f.as_str()))
}

/// The codes of the phrase that holds word `w`, else of the first phrase
/// inside `w`'s subtree ("Neither A nor B": the parse's head is a word
/// the phrase leaves out).
fn codes_under(tree: &Tree<'_>, phrases: &[Phrase], w: usize) -> Vec<String> {
    let holds = |p: &&Phrase| p.start <= w && w <= p.end;
    let under = |p: &&Phrase| (p.start..=p.end).any(|x| tree.path_to_root(x).contains(&w));
    let known = phrases.iter().filter(|p| !p.new);
    let new = phrases.iter().filter(|p| p.new);
    known
        .clone()
        .find(holds)
        .or_else(|| known.clone().find(under))
        .or_else(|| new.clone().find(holds))
        .or_else(|| new.clone().find(under))
        .map(|p| p.codes.clone())
        .unwrap_or_default()
}

/// The codes of the first actor phrase after word `hi`, before any comma
/// that ends the verb's clause.
fn first_after(tree: &Tree<'_>, phrases: &[Phrase], hi: usize) -> Vec<String> {
    let Some(p) = phrases
        .iter()
        .find(|p| !p.new && p.start > hi)
        .or_else(|| phrases.iter().find(|p| p.new && p.start > hi))
    else {
        return Vec::new();
    };
    if (hi + 1..p.start).any(|w| clause_comma(tree, w)) {
        return Vec::new();
    }
    p.codes.clone()
}

/// Where a pattern put the source, the target and a compound.
#[derive(Debug, Default)]
struct Slots {
    source: Option<usize>,
    target: Option<usize>,
    /// The compound's phrase and whether it stands after the verb.
    compound: Option<(usize, bool)>,
}

struct MatchContext<'c> {
    upper: &'c [String],
    phrases: &'c [Phrase],
    synsets: &'c [Vec<Vec<String>>],
}

impl MatchContext<'_> {
    fn word_is(&self, at: usize, word: &str, exact: bool) -> bool {
        let Some(form) = self.upper.get(at.wrapping_sub(1)) else {
            return false;
        };
        form == word || (!exact && word.len() >= 50 && form.starts_with(word))
    }

    /// The outermost coded phrase starting (forward) or ending (backward) at `at`.
    fn phrase_at(&self, at: usize, forward: bool) -> Option<usize> {
        self.phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.new && if forward { p.start == at } else { p.end == at })
            .map(|(k, _)| k)
            .next()
    }

    /// Matches `e` starting at word `at` going forward: the next position.
    fn forward(&self, e: &Element, at: usize) -> Option<usize> {
        if at > self.upper.len() {
            return None;
        }
        match e {
            Element::Word { word, exact } => self.word_is(at, word, *exact).then_some(at + 1),
            Element::Synset(id) => self.synsets[*id].iter().find_map(|m| {
                m.iter()
                    .enumerate()
                    .all(|(k, w)| self.word_is(at + k, w, false))
                    .then_some(at + m.len())
            }),
            Element::Source | Element::Target | Element::Compound => {
                // Determiners and adjectives before the phrase's first coded word.
                self.phrase_at(at, true).map(|k| self.phrases[k].end + 1)
            }
            Element::Skip => Some(
                self.phrase_at(at, true)
                    .map_or(at + 1, |k| self.phrases[k].end + 1),
            ),
        }
    }

    /// Matches `e` ending at word `at` going backward: its first position.
    fn backward(&self, e: &Element, at: usize) -> Option<usize> {
        match e {
            Element::Word { word, exact } => self.word_is(at, word, *exact).then_some(at),
            Element::Synset(id) => self.synsets[*id].iter().find_map(|m| {
                let start = (at + 1).checked_sub(m.len())?;
                (start >= 1
                    && m.iter()
                        .enumerate()
                        .all(|(k, w)| self.word_is(start + k, w, false)))
                .then_some(start)
            }),
            Element::Source | Element::Target | Element::Compound => {
                self.phrase_at(at, false).map(|k| self.phrases[k].start)
            }
            Element::Skip => Some(
                self.phrase_at(at, false)
                    .map_or(at, |k| self.phrases[k].start),
            ),
        }
    }

    fn record(&self, e: &Element, at: usize, forward: bool, slots: &mut Slots) {
        let k = self.phrase_at(at, forward);
        match e {
            Element::Source => slots.source = k,
            Element::Target => slots.target = k,
            Element::Compound => slots.compound = k.map(|k| (k, forward)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| {
                let e = match &i.element {
                    Element::Word { word, exact: true } => format!("{word}!"),
                    Element::Word { word, .. } => word.clone(),
                    Element::Synset(k) => format!("&{k}"),
                    Element::Source => "$".into(),
                    Element::Target => "+".into(),
                    Element::Compound => "%".into(),
                    Element::Skip => "^".into(),
                };
                if i.joined {
                    format!("_{e}")
                } else {
                    e
                }
            })
            .collect()
    }

    fn compiled(text: &str) -> (Vec<String>, Vec<String>) {
        let synsets = HashMap::from([("&GENINT".to_string(), 0)]);
        let (before, after) = compile_pattern(text, &synsets).expect(text);
        (words(&before), words(&after))
    }

    #[test]
    fn underscores_join_or_mark_exact_words() {
        // Before the verb, nearest first; `_X`: X touches what is nearer.
        assert_eq!(compiled("IN_*"), (vec!["_IN".into()], vec![]));
        assert_eq!(compiled("IN_ *"), (vec!["IN!".into()], vec![]));
        assert_eq!(compiled("IN *"), (vec!["IN".into()], vec![]));
        assert_eq!(compiled("*_OUT"), (vec![], vec!["_OUT".into()]));
        assert_eq!(compiled("* OFF_"), (vec![], vec!["OFF!".into()]));
        assert_eq!(
            compiled("SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS"),
            (
                vec!["+".into(), "_SUGGESTED".into()],
                vec!["DEMAND".into(), "_&0".into(), "_CONVENTIONS".into()]
            )
        );
        assert_eq!(
            compiled("+ KNOWN_ * IN_ $"),
            (
                vec!["KNOWN!".into(), "+".into()],
                vec!["IN!".into(), "$".into()]
            )
        );
        assert_eq!(
            compiled("% HAVE  *"),
            (vec!["HAVE".into(), "%".into()], vec![])
        );
    }

    #[test]
    fn bad_patterns_are_refused() {
        let none = HashMap::new();
        assert!(compile_pattern("SAID WOULD", &none).is_err());
        assert!(compile_pattern("* AND *", &none).is_err());
        assert!(compile_pattern("* &NOSUCH", &none).is_err());
    }

    #[test]
    fn regular_forms_as_petrarch_makes_them() {
        assert_eq!(
            regular_forms("DEPLORE"),
            ["DEPLORES", "DEPLORED", "DEPLORING"]
        );
        assert_eq!(regular_forms("DENY"), ["DENIES", "DENIED", "DENYING"]);
        assert_eq!(regular_forms("PUSH"), ["PUSHES", "PUSHED", "PUSHING"]);
        // The doubled consonant is one more choice, not the only one.
        assert_eq!(
            regular_forms("STOP"),
            ["STOPS", "STOPED", "STOPING", "STOPPED", "STOPPING"]
        );
        assert!(regular_forms("").is_empty());
    }

    #[test]
    fn verb_lines_name_their_head_word() {
        assert_eq!(
            verb_words("WIRE_+TAP"),
            Some((vec!["WIRE".into()], "TAP".into(), vec![]))
        );
        assert_eq!(
            verb_words("+BREAK_DOWN"),
            Some((vec![], "BREAK".into(), vec!["DOWN".into()]))
        );
        assert_eq!(
            verb_words("LASH OUT"),
            Some((vec![], "LASH".into(), vec!["OUT".into()]))
        );
        assert_eq!(verb_words("  "), None);
    }
}
