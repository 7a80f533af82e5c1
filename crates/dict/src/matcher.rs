//! The compiled matcher: every actor, agent and discard phrase as a path in a
//! trie over interned, lower-cased tokens, for longest-match lookup over a
//! token sequence. Building is linear in the dictionary's size; a lookup
//! walks at most the longest phrase's length from each start position.

use crate::model::{Dictionary, PhraseKind};
use foldhash::fast::FixedState;
use std::collections::HashMap;

/// What a phrase leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Actor index and how the phrase names it.
    Actor(u32, PhraseKind),
    /// Agent index; `true` for a plural.
    Agent(u32, bool),
    /// Discard index.
    Discard(u32),
}

/// Splits a dictionary phrase into lower-cased tokens: spaces and
/// PETRARCH's `_` separate words. An acronym that is also a common word
/// ("US", "US Virgin Islands") keeps a key of its own, so that only its
/// capitals find it; not in a phrase written all in capitals, as
/// PETRARCH's are ("MINISTRY_OF"), unless it is the phrase's one word.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    let cased = words.len() == 1 || phrase.chars().any(char::is_lowercase);
    words
        .iter()
        .map(|t| {
            cased
                .then(|| capitals_only_key(t))
                .flatten()
                .unwrap_or_else(|| t.to_lowercase())
        })
        .collect()
}

/// `barad-dur` -> `barad`, `-`, `dur`: hyphens between letters as tokens.
fn split_hyphens(toks: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        let parts: Vec<&str> = t.split('-').collect();
        if parts.len() > 1 && parts.iter().all(|p| !p.is_empty()) {
            for (k, p) in parts.iter().enumerate() {
                if k > 0 {
                    out.push("-".to_string());
                }
                out.push((*p).to_string());
            }
        } else {
            out.push(t.clone());
        }
    }
    out
}

/// `workers'` -> `workers`, `'`; `people's` -> `people`, `'s`: the
/// tokenizer splits a possessive off its word, as UD does ("Kurdistan
/// Workers' Party", "New People's Army").
fn split_possessives(toks: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        let cut = ["'s", "\u{2019}s", "'", "\u{2019}"]
            .iter()
            .find(|p| t.len() > p.len() && t.ends_with(*p));
        match cut {
            Some(p) => {
                out.push(t[..t.len() - p.len()].to_string());
                out.push((*p).to_string());
            }
            None => out.push(t.clone()),
        }
    }
    out
}

/// Short words that, written in capitals, are acronyms: "US" is the United
/// States, "us" a pronoun.
const CAPITALS_ONLY: &[&str] = &[
    "us", "it", "in", "or", "as", "an", "am", "at", "to", "no", "so", "we", "he", "me", "be", "do",
    "is", "on", "of", "by", "my", "if", "up",
];

/// The interned key of a token that only matches in capitals, if `tok` is one.
fn capitals_only_key(tok: &str) -> Option<String> {
    // The cheap tests first, and no lower-casing for the words that fail
    // them (nearly all): every token of every sentence comes here.
    if tok.len() < 2 || !tok.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let lower = tok.to_ascii_lowercase();
    CAPITALS_ONLY
        .contains(&lower.as_str())
        .then(|| format!("^{lower}"))
}

/// A token trie.
#[derive(Debug, Default)]
pub struct Matcher {
    // A fixed fast hasher: every token of every sentence is looked up here.
    tokens: HashMap<String, u32, FixedState>,
    edges: HashMap<(u32, u32), u32, FixedState>,
    /// Targets of the phrase ending at each node (node 0 is the root).
    ends: Vec<Vec<Target>>,
    longest: usize,
}

/// The plural of a one-word demonym that takes an -s ("Serbian",
/// "Pakistani", "Thai"); none for the others ("Chinese", "British").
fn demonym_plural(adj: &str) -> Option<String> {
    let one_word = !adj.contains(char::is_whitespace) && !adj.contains('-');
    let capital = adj.chars().next().is_some_and(char::is_uppercase);
    (one_word && capital && (adj.ends_with("an") || adj.ends_with('i'))).then(|| format!("{adj}s"))
}

impl Matcher {
    /// Compiles a dictionary.
    pub fn build(dict: &Dictionary) -> Matcher {
        let mut m = Matcher {
            ends: vec![Vec::new()],
            ..Default::default()
        };
        for (i, a) in dict.actors.iter().enumerate() {
            for p in &a.phrases {
                m.insert(&p.text, Target::Actor(i as u32, p.kind));
                // "Serbian" -> "Serbians": a demonym's plural names the
                // people, whether the dictionary lists it or not.
                if p.kind == PhraseKind::Adjective {
                    if let Some(plural) = demonym_plural(&p.text) {
                        if !a.phrases.iter().any(|q| q.text == plural) {
                            m.insert(&plural, Target::Actor(i as u32, p.kind));
                        }
                    }
                }
            }
        }
        for (i, a) in dict.agents.iter().enumerate() {
            m.insert(&a.phrase, Target::Agent(i as u32, false));
            for p in &a.plurals {
                m.insert(p, Target::Agent(i as u32, true));
            }
        }
        for (i, d) in dict.discards.iter().enumerate() {
            m.insert(&d.phrase, Target::Discard(i as u32));
        }
        m
    }

    fn insert(&mut self, phrase: &str, target: Target) {
        let toks = phrase_tokens(phrase);
        // dyad's tokenizer splits most hyphenated words as UD does
        // ("Barad - dur", "al - Qaeda"): the phrase is found either way.
        let split = split_possessives(&split_hyphens(&toks));
        if split != toks {
            self.insert_tokens(split, target);
        }
        self.insert_tokens(toks, target);
    }

    fn insert_tokens(&mut self, toks: Vec<String>, target: Target) {
        if toks.is_empty() {
            return;
        }
        self.longest = self.longest.max(toks.len());
        let mut node = 0u32;
        for t in toks {
            let n = self.tokens.len() as u32;
            let id = *self.tokens.entry(t).or_insert(n);
            node = match self.edges.get(&(node, id)) {
                Some(&c) => c,
                None => {
                    let c = self.ends.len() as u32;
                    self.ends.push(Vec::new());
                    self.edges.insert((node, id), c);
                    c
                }
            };
        }
        let ends = &mut self.ends[node as usize];
        if !ends.contains(&target) {
            ends.push(target);
        }
    }

    fn token_id(&self, tok: &str) -> Option<u32> {
        if let Some(id) = capitals_only_key(tok).and_then(|k| self.tokens.get(&k)) {
            return Some(*id);
        }
        // A short ASCII token (nearly all) is lower-cased on the stack.
        let mut buf = [0u8; 32];
        if tok.is_ascii() && tok.len() <= buf.len() {
            let key = &mut buf[..tok.len()];
            key.copy_from_slice(tok.as_bytes());
            key.make_ascii_lowercase();
            return std::str::from_utf8(key)
                .ok()
                .and_then(|k| self.tokens.get(k))
                .copied();
        }
        if tok.chars().any(char::is_uppercase) {
            self.tokens.get(&tok.to_lowercase()).copied()
        } else {
            self.tokens.get(tok).copied()
        }
    }

    /// The longest phrase starting at `tokens[start]`: its length in tokens
    /// and its targets.
    pub fn longest_at<S: AsRef<str>>(
        &self,
        tokens: &[S],
        start: usize,
    ) -> Option<(usize, &[Target])> {
        let mut node = 0u32;
        let mut best = None;
        for (k, t) in tokens.iter().enumerate().skip(start) {
            let Some(id) = self.token_id(t.as_ref()) else {
                break;
            };
            let Some(&c) = self.edges.get(&(node, id)) else {
                break;
            };
            node = c;
            if !self.ends[c as usize].is_empty() {
                best = Some((k + 1 - start, self.ends[c as usize].as_slice()));
            }
        }
        best
    }

    /// Whether any phrase occurs in a token sequence: `find_all` is not
    /// empty.
    pub fn has_match<S: AsRef<str>>(&self, tokens: &[S]) -> bool {
        (0..tokens.len()).any(|i| self.longest_at(tokens, i).is_some())
    }

    /// The targets of exactly this token sequence.
    pub fn exact<S: AsRef<str>>(&self, tokens: &[S]) -> &[Target] {
        match self.longest_at(tokens, 0) {
            Some((n, t)) if n == tokens.len() => t,
            _ => &[],
        }
    }

    /// Leftmost-longest matches over a token sequence: `(start, len, targets)`.
    pub fn find_all<'m, S: AsRef<str>>(
        &'m self,
        tokens: &[S],
    ) -> Vec<(usize, usize, &'m [Target])> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(tokens, i) {
                Some((n, t)) => {
                    out.push((i, n, t));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Number of distinct tokens and trie nodes.
    pub fn size(&self) -> (usize, usize) {
        (self.tokens.len(), self.ends.len())
    }

    /// Number of tokens of the longest phrase.
    pub fn longest_phrase(&self) -> usize {
        self.longest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dyad_format::parse_into;

    #[test]
    fn an_acronym_that_is_a_word_matches_in_capitals_only() {
        let mut d = Dictionary::default();
        parse_into(
            &mut d,
            "t",
            "actor Utopia = UTO\n  alias US | US Outer Isles\nactor Ministry of Truth = MOT\n",
        );
        let m = Matcher::build(&d);
        let starts = |toks: &[&str]| -> Vec<(usize, usize)> {
            m.find_all(toks).iter().map(|(s, n, _)| (*s, *n)).collect()
        };
        assert_eq!(starts(&["US", "officials"]), [(0, 1)]);
        assert_eq!(starts(&["told", "us", "so"]), []);
        assert_eq!(starts(&["the", "US", "Outer", "Isles"]), [(1, 3)]);
        assert_eq!(starts(&["the", "us", "outer", "isles"]), []);
        // A phrase all in capitals (PETRARCH's) is matched whatever the case.
        let mut p = Dictionary::default();
        parse_into(&mut p, "t", "actor MINISTRY OF TRUTH = MOT\n");
        let m = Matcher::build(&p);
        assert_eq!(m.find_all(&["the", "Ministry", "of", "Truth"]).len(), 1);
    }

    #[test]
    fn longest_match() {
        let mut d = Dictionary::default();
        parse_into(
            &mut d,
            "t",
            "actor Wakanda = WAK\n  adj Wakandan\nactor Wakanda Liberation Front = WAKREB\nagent army = MIL\ndiscard world cup\n",
        );
        let m = Matcher::build(&d);
        let toks = [
            "The",
            "WAKANDA",
            "liberation",
            "front",
            "and",
            "Wakandan",
            "armies",
            "at",
            "the",
            "World",
            "Cup",
            "wakanda",
        ];
        let hits: Vec<(usize, usize)> =
            m.find_all(&toks).iter().map(|(s, n, _)| (*s, *n)).collect();
        assert_eq!(hits, [(1, 3), (5, 1), (6, 1), (9, 2), (11, 1)]);
        assert_eq!(
            m.exact(&["wakanda", "liberation", "front"]),
            [Target::Actor(1, PhraseKind::Name)]
        );
        assert!(m.exact(&["wakanda", "liberation"]).is_empty());
        assert_eq!(m.longest_at(&toks, 6).unwrap().1, [Target::Agent(0, true)]);
        assert!(m.find_all::<&str>(&[]).is_empty());
        assert!(m.has_match(&toks) && m.has_match(&["armies"]));
        assert!(!m.has_match(&["the", "liberation", "front", "cup"]));
        assert!(!m.has_match::<&str>(&[]));
    }

    #[test]
    fn a_demonym_plural_matches_unlisted() {
        let mut d = Dictionary::default();
        parse_into(
            &mut d,
            "t",
            "actor Wakanda = WAK\n  adj Wakandan\nactor Zamunda = ZAM\n  adj Zamundi | Zamundis\nactor Genovia = GEN\n  adj Genovese\n",
        );
        let m = Matcher::build(&d);
        let adj = |i| [Target::Actor(i, PhraseKind::Adjective)];
        assert_eq!(m.exact(&["Wakandans"]), adj(0));
        // Listed already: one target, not two.
        assert_eq!(m.exact(&["Zamundis"]), adj(1));
        assert!(m.exact(&["Genoveses"]).is_empty());
    }

    #[test]
    fn hyphenated_phrases_match_split_and_whole() {
        let mut d = Dictionary::default();
        parse_into(&mut d, "t", "actor Wakanda-Nord = WAN\nactor X- = XXX\n");
        let m = Matcher::build(&d);
        assert_eq!(
            m.exact(&["Wakanda", "-", "Nord"]),
            [Target::Actor(0, PhraseKind::Name)]
        );
        assert_eq!(
            m.exact(&["wakanda-nord"]),
            [Target::Actor(0, PhraseKind::Name)]
        );
        assert!(m.exact(&["Wakanda", "Nord"]).is_empty());
        assert_eq!(split_hyphens(&["x-".to_string()]), ["x-"]);
        let toks = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            split_possessives(&toks(&["workers'", "people's", "'"])),
            ["workers", "'", "people", "'s", "'"]
        );
    }
}
