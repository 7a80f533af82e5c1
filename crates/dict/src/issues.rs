//! Issue phrases (Phoenix's `IssueCoding` file: `n:school [SCHOOLS]`,
//! `pre+k [EARLY_CHILDHOOD_EDUCATION]`, `~a head start`) compiled for
//! lookup over a sentence's words: `n:` also matches the plural, `+` joins
//! word parts written together, apart or with a hyphen, and an exclusion
//! (`~`) that overlaps a match cancels it.

use crate::model::{plural_of, Dictionary};
use std::collections::HashMap;

/// At most this many spellings of one phrase (the product of its words'
/// variants); a phrase with more keeps the first ones.
const MAX_SPELLINGS: usize = 32;

/// The compiled issue phrases.
#[derive(Debug, Default)]
pub struct IssueMatcher {
    /// Lower-cased word sequence -> (issue index, is an exclusion).
    phrases: HashMap<Vec<String>, Vec<(u32, bool)>>,
    /// The words phrases start with: most words start none, and are
    /// passed over with one lookup.
    first: std::collections::HashSet<String>,
    longest: usize,
}

/// The spellings of one written word (`n:school`, `pre+k`, `pre+n:school`).
fn word_variants(word: &str) -> Vec<Vec<String>> {
    let parts: Vec<Vec<String>> = word
        .split('+')
        .filter(|p| !p.is_empty())
        .map(|p| match p.strip_prefix("n:") {
            Some(noun) => vec![noun.to_string(), plural_of(noun)],
            None => vec![p.to_string()],
        })
        .collect();
    if parts.len() <= 1 {
        return parts
            .into_iter()
            .flatten()
            .map(|w| vec![w.to_lowercase()])
            .collect();
    }
    // Each combination of the parts' forms, written three ways.
    let mut combos: Vec<Vec<String>> = vec![Vec::new()];
    for p in &parts {
        combos = combos
            .into_iter()
            .flat_map(|c| {
                p.iter().map(move |f| {
                    let mut c = c.clone();
                    c.push(f.to_lowercase());
                    c
                })
            })
            .collect();
    }
    let mut out = Vec::new();
    for c in combos {
        out.push(vec![c.concat()]);
        out.push(c.clone());
        let mut hyphen = Vec::new();
        for (k, w) in c.into_iter().enumerate() {
            if k > 0 {
                hyphen.push("-".to_string());
            }
            hyphen.push(w);
        }
        out.push(hyphen);
    }
    out
}

/// Every spelling of a phrase as a word sequence.
fn spellings(phrase: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for word in phrase.split_whitespace() {
        let variants = word_variants(word);
        out = out
            .into_iter()
            .flat_map(|prefix| {
                variants.iter().map(move |v| {
                    let mut p = prefix.clone();
                    p.extend(v.iter().cloned());
                    p
                })
            })
            .take(MAX_SPELLINGS)
            .collect();
    }
    out.retain(|s| !s.is_empty());
    out
}

impl IssueMatcher {
    /// Compiles the issues of a dictionary.
    pub fn build(dict: &Dictionary) -> IssueMatcher {
        let mut m = IssueMatcher::default();
        for (i, issue) in dict.issues.iter().enumerate() {
            if !issue.exclude && issue.code.is_empty() {
                continue;
            }
            for s in spellings(issue.phrase.trim_start_matches('~')) {
                m.longest = m.longest.max(s.len());
                m.first.insert(s[0].clone());
                let hits = m.phrases.entry(s).or_default();
                let hit = (i as u32, issue.exclude);
                if !hits.contains(&hit) {
                    hits.push(hit);
                }
            }
        }
        m
    }

    /// Number of compiled spellings.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether no issue phrase was compiled.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The issue codes named in a sentence's words, each once, in order of
    /// their first mention; matches overlapped by an exclusion do not count.
    pub fn codes<S: AsRef<str>>(&self, dict: &Dictionary, words: &[S]) -> Vec<String> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        let lower: Vec<String> = words.iter().map(|w| w.as_ref().to_lowercase()).collect();
        let mut found: Vec<(usize, usize, u32)> = Vec::new();
        let mut excluded: Vec<(usize, usize)> = Vec::new();
        for start in 0..lower.len() {
            if !self.first.contains(&lower[start]) {
                continue;
            }
            for len in 1..=self.longest.min(lower.len() - start) {
                let Some(hits) = self.phrases.get(&lower[start..start + len]) else {
                    continue;
                };
                for &(i, exclude) in hits {
                    if exclude {
                        excluded.push((start, start + len));
                    } else {
                        found.push((start, start + len, i));
                    }
                }
            }
        }
        let mut out: Vec<String> = Vec::new();
        for (a, b, i) in found {
            if excluded.iter().any(|&(x, y)| a < y && x < b) {
                continue;
            }
            let Some(issue) = dict.issues.get(i as usize) else {
                continue;
            };
            if !out.contains(&issue.code) {
                out.push(issue.code.clone());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::petrarch::parse_issues;

    fn dict() -> Dictionary {
        let mut d = Dictionary::default();
        parse_issues(
            &mut d,
            "t.txt",
            "<ISSUE CATEGORY=\"HARBOURS\" TYPE=\"ALL\">\n\
             n:harbour [PORTS]\n\
             dry+n:dock [PORTS]\n\
             fishing quota [FISHERIES]\n\
             ~a safe harbour\n\
             </ISSUE>\n",
        );
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        d
    }

    fn codes(text: &str) -> Vec<String> {
        let d = dict();
        let m = IssueMatcher::build(&d);
        let words: Vec<&str> = text.split_whitespace().collect();
        m.codes(&d, &words)
    }

    #[test]
    fn nouns_plurals_and_joined_parts() {
        assert_eq!(codes("the harbours were closed"), ["PORTS"]);
        assert_eq!(codes("a new Harbour"), ["PORTS"]);
        for t in ["two drydocks", "the dry docks", "a dry - dock"] {
            assert_eq!(codes(t), ["PORTS"], "{t}");
        }
        assert_eq!(
            codes("the fishing quota and the harbour"),
            ["FISHERIES", "PORTS"]
        );
        assert!(codes("fishing boats").is_empty());
    }

    #[test]
    fn an_exclusion_cancels_what_it_overlaps() {
        assert!(codes("they found a safe harbour").is_empty());
        assert_eq!(codes("a safe harbour near the harbours"), ["PORTS"]);
    }

    #[test]
    fn spellings_are_bounded() {
        let long = "a+b+c+d+e f+g+h+i n:x n:y n:z";
        assert!(spellings(long).len() <= MAX_SPELLINGS);
        assert!(spellings("").is_empty());
    }
}
