//! A dependency tree view over one parsed sentence: children lists built
//! once (so every query is linear at worst), relation names split into
//! base and subtype, the preposition of an oblique, coordination and the
//! path to the root. Word indices are 1-based as in `dyad_text::Word::head`.

use dyad_text::{Sentence, Word};

/// One sentence with its children lists.
pub struct Tree<'s> {
    sentence: &'s Sentence,
    children: Vec<Vec<usize>>,
}

impl<'s> Tree<'s> {
    /// Builds the children lists; heads that point outside the sentence are
    /// treated as roots.
    pub fn new(sentence: &'s Sentence) -> Tree<'s> {
        let n = sentence.words.len();
        let mut children = vec![Vec::new(); n + 1];
        for (i, w) in sentence.words.iter().enumerate() {
            let head = if w.head <= n && w.head != i + 1 {
                w.head
            } else {
                0
            };
            children[head].push(i + 1);
        }
        Tree { sentence, children }
    }

    /// The sentence.
    pub fn sentence(&self) -> &'s Sentence {
        self.sentence
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.sentence.words.len()
    }

    /// Whether the sentence has no words.
    pub fn is_empty(&self) -> bool {
        self.sentence.words.is_empty()
    }

    /// Word `i` (1-based).
    pub fn word(&self, i: usize) -> &'s Word {
        &self.sentence.words[i - 1]
    }

    /// The head of word `i`, `None` at the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.word(i).head;
        (h != 0 && h <= self.len() && h != i).then_some(h)
    }

    /// Dependents of `i` in order (0 = the root's).
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// The relation's base (`obl` of `obl:tmod`).
    pub fn rel(&self, i: usize) -> &'s str {
        let r = self.word(i).deprel.as_str();
        r.split(':').next().unwrap_or(r)
    }

    /// The full relation (`nsubj:pass`).
    pub fn full_rel(&self, i: usize) -> &'s str {
        self.word(i).deprel.as_str()
    }

    /// Lower-cased lemma of word `i`.
    pub fn lemma(&self, i: usize) -> String {
        self.word(i).lemma.to_lowercase()
    }

    /// Dependents of `i` whose relation base or full name is `rel`.
    pub fn kids_with<'a>(&'a self, i: usize, rel: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| self.rel(c) == rel || self.full_rel(c) == rel)
    }

    /// The preposition (`case` dependent, lower-cased) of a nominal, if any.
    pub fn preposition(&self, i: usize) -> Option<String> {
        self.children(i)
            .iter()
            .find(|&&c| self.rel(c) == "case" && self.word(c).upos != "PART")
            .map(|&c| self.word(c).form.to_lowercase())
    }

    /// Dependents of `i` with relation base `rel` (`obl`, `nmod`) whose
    /// preposition is `prep`.
    pub fn with_prep(&self, i: usize, rel: &str, prep: &str) -> Vec<usize> {
        self.children(i)
            .iter()
            .copied()
            .filter(|&c| self.rel(c) == rel && self.preposition(c).as_deref() == Some(prep))
            .collect()
    }

    /// `i` and the heads coordinated with it (`conj` dependents, recursively).
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let cur = out[k];
            out.extend(self.kids_with(cur, "conj").filter(|&c| self.is_nominal(c)));
            k += 1;
        }
        out
    }

    /// Whether a word can head a noun phrase.
    pub fn is_nominal(&self, i: usize) -> bool {
        matches!(
            self.word(i).upos.as_str(),
            "NOUN" | "PROPN" | "PRON" | "NUM" | "X" | "ADJ" | "DET"
        )
    }

    /// `i`, its head, its head's head, ... up to the root (cycle-safe).
    pub fn path_to_root(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut cur = i;
        while let Some(h) = self.head(cur) {
            if out.contains(&h) || out.len() > self.len() {
                break;
            }
            out.push(h);
            cur = h;
        }
        out
    }

    /// Whether the predicate at `i` is passive (it has a passive auxiliary;
    /// a passive subject alone is a frequent tagging error in news).
    pub fn is_passive(&self, i: usize) -> bool {
        self.children(i)
            .iter()
            .any(|&c| self.full_rel(c) == "aux:pass")
    }
}

/// Repairs the parser errors the coder meets most in short news clauses
/// (see [`repair_noun_verbs`] and [`repair_nominal_root`]); `None` when
/// nothing applies.
pub fn repair(sentence: &Sentence, is_verb: impl Fn(&str) -> bool) -> Option<Sentence> {
    let dateline = repair_dateline(sentence);
    let base = dateline.as_ref().unwrap_or(sentence);
    let first = repair_noun_verbs(base, is_verb);
    let second = repair_nominal_root(first.as_ref().unwrap_or(base));
    second.or(first).or(dateline)
}

/// How many words a dateline may take before its dash.
const DATELINE_MAX_WORDS: usize = 16;

/// The words of a dateline that opens the sentence (`BAKU, Nov. 20
/// (Xinhua) --`): a place in capitals first, then a dash within
/// [`DATELINE_MAX_WORDS`] words after a closing parenthesis or a date.
/// Returns the number of words up to and including the dash.
pub fn dateline_words(sentence: &Sentence) -> Option<usize> {
    let words = &sentence.words;
    let first = words.first()?;
    let caps = first.form.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first
            .form
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    if !caps {
        return None;
    }
    let dash = words
        .iter()
        .take(DATELINE_MAX_WORDS)
        .position(|w| matches!(w.form.as_str(), "--" | "\u{2014}" | "\u{2013}" | "-"))?;
    let before = &words[..dash];
    let agency_or_date = before
        .iter()
        .any(|w| w.form == ")" || w.upos == "NUM" || crate::when::month_of(&w.form).is_some());
    (dash >= 1 && agency_or_date && dash + 1 < words.len()).then_some(dash + 1)
}

/// Takes a dateline out of the sentence's syntax: its words, and any word
/// the parser hung from them, hang from the sentence's root instead, so
/// that "BAKU, Nov. 20 (Xinhua) -- Russia's foreign minister" is neither
/// part of an actor's phrase nor an actor itself.
pub fn repair_dateline(sentence: &Sentence) -> Option<Sentence> {
    let d = dateline_words(sentence)?;
    let words = &sentence.words;
    let n = words.len();
    let inside = |h: usize| (1..=d).contains(&h);
    let mut root = words.iter().position(|w| w.head == 0)? + 1;
    if inside(root) {
        // The parser made a dateline word the root: the first verb after
        // the dateline becomes the root.
        root = (d + 1..=n).find(|&k| words[k - 1].upos == "VERB")?;
    }
    let mut s = sentence.clone();
    for k in 1..=n {
        let w = &mut s.words[k - 1];
        if k == root {
            w.head = 0;
            w.deprel = "root".into();
        } else if inside(k) || inside(w.head) {
            w.head = root;
            w.deprel = "dep".into();
        }
    }
    Some(s)
}

/// Repairs a clause parsed as a noun phrase around its verb ("Chile
/// cooperated with Peru" with "cooperated" a clause modifying "Chile";
/// "Belarus supported Russia" with "supported" an adjective of "Russia"):
/// when the root is a nominal and a verb after a nominal hangs from a
/// nominal as `amod` or `acl`, the verb becomes the root, a nominal head
/// before it its subject and one after it its object.
pub fn repair_nominal_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let v = words.iter().enumerate().position(|(k, w)| {
        w.upos == "VERB"
            && matches!(w.deprel.as_str(), "amod" | "acl")
            && w.head >= 1
            && w.head <= words.len()
            && k > 0
            && matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
    })? + 1;
    let mut s = sentence.clone();
    let head = s.words[v - 1].head;
    s.words[v - 1].head = 0;
    s.words[v - 1].deprel = "root".into();
    if head != root {
        s.words[root - 1].head = v;
        s.words[root - 1].deprel = if root < v { "nsubj" } else { "obj" }.into();
    }
    s.words[head - 1].head = v;
    s.words[head - 1].deprel = if head < v { "nsubj" } else { "obj" }.into();
    let left_of_object: Vec<usize> = (1..v)
        .filter(|&k| head > v && s.words[k - 1].head == head)
        .collect();
    let subject = left_of_object
        .iter()
        .rev()
        .copied()
        .find(|&k| matches!(s.words[k - 1].upos.as_str(), "NOUN" | "PROPN"));
    for (k, w) in s.words.iter_mut().enumerate() {
        let i = k + 1;
        if w.head == v && w.deprel.starts_with("nsubj") && i < v {
            w.deprel = "nsubj".into();
        }
        if w.head == head && head < v && i > v {
            w.head = v;
        }
        match subject {
            Some(n) if i == n => {
                w.head = v;
                w.deprel = "nsubj".into();
            }
            Some(n) if left_of_object.contains(&i) => w.head = n,
            _ => {}
        }
    }
    Some(s)
}

/// Repairs one parser error the coder meets in headline-style clauses: a
/// plural noun that is really a present-tense verb, parsed as a compound
/// of the noun after it ("Azerbaijan demands compliance" as one noun
/// phrase). When `is_verb(lemma)` and a name precedes it, the word becomes
/// the clause's verb, the name its subject and the following noun its
/// object. Returns the repaired sentence, or `None` when nothing applies.
pub fn repair_noun_verbs(sentence: &Sentence, is_verb: impl Fn(&str) -> bool) -> Option<Sentence> {
    let words = &sentence.words;
    let mut fixed: Option<Sentence> = None;
    for (k, w) in words.iter().enumerate() {
        let n = k + 1;
        let object = w.head;
        let candidate = w.upos == "NOUN"
            && w.xpos == "NNS"
            && w.deprel == "compound"
            && object == n + 1
            && is_verb(&w.lemma.to_lowercase());
        if !candidate || k == 0 {
            continue;
        }
        let subject = &words[k - 1];
        let named = (subject.head == object || subject.head == n)
            && subject.form.chars().next().is_some_and(char::is_uppercase)
            && matches!(subject.upos.as_str(), "PROPN" | "ADJ");
        if !named {
            continue;
        }
        let s = fixed.get_or_insert_with(|| sentence.clone());
        let (obj_head, obj_rel) = (s.words[object - 1].head, s.words[object - 1].deprel.clone());
        let verb = &mut s.words[k];
        verb.upos = "VERB".into();
        verb.xpos = "VBZ".into();
        verb.head = obj_head;
        verb.deprel = obj_rel;
        s.words[object - 1].head = n;
        s.words[object - 1].deprel = "obj".into();
        s.words[k - 1].head = n;
        s.words[k - 1].deprel = "nsubj".into();
        for other in s.words.iter_mut().filter(|x| x.head == object) {
            if other.span.start < subject.span.start {
                other.head = n;
            }
        }
    }
    fixed
}
