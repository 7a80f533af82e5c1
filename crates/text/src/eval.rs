//! The CoNLL 2018 shared-task evaluation (a port of the official
//! `conll18_ud_eval.py`, version 1.2, by Milan Straka and Martin Popel).
//!
//! Gold and system are compared through the text they tokenize: each side's
//! token forms (multi-word token forms, not their words) are concatenated
//! with all Unicode `Zs` characters (spaces) removed, and the two strings
//! must be identical (otherwise [`EvalError::TextMismatch`]). Every token is
//! then a character range of that string, a sentence is the range from its
//! first to its last token, and a word has the range of its token (the words
//! of a multi-word token share the range of the token).
//!
//! - **Tokens**, **Sentences**: precision/recall/F1 of the ranges.
//! - **Words**: words are aligned: outside multi-word tokens a gold and a
//!   system word align when their ranges are equal; in a "multi-word span"
//!   (a minimal range containing whole multi-word tokens of either side) the
//!   words are aligned by the longest common subsequence of their lowercased
//!   forms. Precision = aligned / system words, recall = aligned / gold words.
//! - **UPOS**, **XPOS**, **UFeats** (universal features only, sorted),
//!   **AllTags** (UPOS+XPOS+UFeats), **Lemmas** (a gold `_` lemma matches
//!   anything), **UAS** (the heads are aligned to each other, or both root),
//!   **LAS** (UAS + the universal part of DEPREL, i.e. before `:`; subtypes
//!   are ignored), **CLAS** (LAS over words with a content relation),
//!   **MLAS** (CLAS + UPOS + UFeats + the functional children with their
//!   relation, UPOS and UFeats), **BLEX** (CLAS + lemma): counted over
//!   aligned words; precision = correct / system words, recall = correct /
//!   gold words, F1 = 2 correct / (gold + system), and the aligned accuracy =
//!   correct / aligned words. For CLAS, MLAS and BLEX the gold, system and
//!   aligned counts only include words with a content relation (aligned
//!   words: the gold one's).
//!
//! All values are fractions in `0..=1` (the official script prints percent).
//! As the script does, evaluation fails on a sentence whose tree is not a
//! tree (a head outside the sentence, a cycle, not exactly one root) or on a
//! token whose form is only spaces.

use serde::Serialize;

use crate::conllu::ConlluSentence;

/// One score line of the evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Metric {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// `correct / aligned` for the metrics computed on aligned words (0 when
    /// nothing is aligned); `None` for Tokens, Sentences and Words.
    pub aligned_accuracy: Option<f64>,
    /// Raw counts, as printed by the official script's `--counts`.
    pub correct: usize,
    pub gold_total: usize,
    pub system_total: usize,
    pub aligned_total: Option<usize>,
}

impl Metric {
    fn new(
        gold_total: usize,
        system_total: usize,
        correct: usize,
        aligned_total: Option<usize>,
    ) -> Self {
        let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        Metric {
            precision: ratio(correct, system_total),
            recall: ratio(correct, gold_total),
            f1: ratio(2 * correct, system_total + gold_total),
            aligned_accuracy: aligned_total.map(|a| ratio(correct, a)),
            correct,
            gold_total,
            system_total,
            aligned_total,
        }
    }
}

/// All the metrics of the official script.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    pub tokens: Metric,
    pub sentences: Metric,
    pub words: Metric,
    pub upos: Metric,
    pub xpos: Metric,
    pub ufeats: Metric,
    pub alltags: Metric,
    pub lemmas: Metric,
    pub uas: Metric,
    pub las: Metric,
    pub clas: Metric,
    pub mlas: Metric,
    pub blex: Metric,
}

impl Scores {
    /// The metrics with the names and in the order the official script
    /// prints them (`Tokens`, `Sentences`, ..., `BLEX`).
    pub fn named(&self) -> [(&'static str, &Metric); 13] {
        [
            ("Tokens", &self.tokens),
            ("Sentences", &self.sentences),
            ("Words", &self.words),
            ("UPOS", &self.upos),
            ("XPOS", &self.xpos),
            ("UFeats", &self.ufeats),
            ("AllTags", &self.alltags),
            ("Lemmas", &self.lemmas),
            ("UAS", &self.uas),
            ("LAS", &self.las),
            ("CLAS", &self.clas),
            ("MLAS", &self.mlas),
            ("BLEX", &self.blex),
        ]
    }
}

/// Why evaluation failed.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The concatenated token forms (spaces removed) of gold and system
    /// differ.
    #[error(
        "the concatenation of tokens in gold and in system differ at byte {byte_offset} \
         (character {char_offset}) of the text without spaces ({location}): \
         gold has '{gold_snippet}', system has '{system_snippet}'"
    )]
    TextMismatch {
        /// Byte offset of the first difference in the space-free text.
        byte_offset: usize,
        /// The same position in characters (as the official script counts).
        char_offset: usize,
        /// Up to 20 characters from that position, each side.
        gold_snippet: String,
        system_snippet: String,
        /// The sentences where the difference lies (1-based, with sent_id).
        location: String,
    },
    /// A sentence that the official script refuses.
    #[error("{side} sentence {sentence}{}: {message}", sent_id_suffix(.sent_id))]
    InvalidSentence {
        /// `"gold"` or `"system"`.
        side: &'static str,
        /// 1-based sentence number.
        sentence: usize,
        sent_id: Option<String>,
        message: String,
    },
}

fn sent_id_suffix(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (sent_id {id})"),
        None => String::new(),
    }
}

const CONTENT_DEPRELS: &[&str] = &[
    "nsubj",
    "obj",
    "iobj",
    "csubj",
    "ccomp",
    "xcomp",
    "obl",
    "vocative",
    "expl",
    "dislocated",
    "advcl",
    "advmod",
    "discourse",
    "nmod",
    "appos",
    "nummod",
    "acl",
    "amod",
    "conj",
    "fixed",
    "flat",
    "compound",
    "list",
    "parataxis",
    "orphan",
    "goeswith",
    "reparandum",
    "root",
    "dep",
];

const FUNCTIONAL_DEPRELS: &[&str] = &["aux", "cop", "mark", "det", "clf", "case", "cc"];

const UNIVERSAL_FEATURES: &[&str] = &[
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// Unicode general category Zs (space separators), which the script removes
/// from token forms.
fn is_zs(c: char) -> bool {
    matches!(
        c,
        '\u{0020}' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CharSpan {
    start: usize,
    end: usize,
}

struct UdWord {
    /// The span of the word, or of its multi-word token.
    span: CharSpan,
    is_multiword: bool,
    /// Lowercased FORM (for the LCS inside multi-word spans).
    form_lower: String,
    lemma: String,
    upos: String,
    xpos: String,
    /// Universal features only, sorted, joined by `|`.
    feats: String,
    /// Universal part of DEPREL.
    deprel: String,
    /// Index of the head in `Ud::words`; `None` for the root.
    parent: Option<usize>,
    is_content: bool,
    is_functional: bool,
    functional_children: Vec<usize>,
}

/// The internal representation of one side (the script's
/// `UDRepresentation`).
struct Ud {
    characters: Vec<char>,
    tokens: Vec<CharSpan>,
    words: Vec<UdWord>,
    sentences: Vec<CharSpan>,
}

fn universal_feats(feats: &str) -> String {
    let mut v: Vec<&str> = feats
        .split('|')
        .filter(|f| UNIVERSAL_FEATURES.contains(&f.split('=').next().unwrap_or("")))
        .collect();
    v.sort_unstable();
    v.join("|")
}

fn load(sentences: &[ConlluSentence], side: &'static str) -> Result<Ud, EvalError> {
    let mut ud = Ud {
        characters: Vec::new(),
        tokens: Vec::new(),
        words: Vec::new(),
        sentences: Vec::new(),
    };
    for (si, s) in sentences.iter().enumerate() {
        let invalid = |message: String| EvalError::InvalidSentence {
            side,
            sentence: si + 1,
            sent_id: s.sent_id().map(str::to_string),
            message,
        };
        let n = s.words.len();
        if n == 0 {
            return Err(invalid("sentence without words".into()));
        }
        let mut prev_last = 0;
        for m in &s.multiword {
            if m.first <= prev_last || m.first == 0 || m.last < m.first || m.last > n {
                return Err(invalid(format!(
                    "bad multi-word token range {}-{} (the sentence has {n} words)",
                    m.first, m.last
                )));
            }
            prev_last = m.last;
        }

        let sentence_start = ud.characters.len();
        let base = ud.words.len();
        let mut mwts = s.multiword.iter().peekable();
        let mut i = 0;
        while i < n {
            let mwt = mwts.next_if(|m| m.first == i + 1);
            let (token_form, last) = match mwt {
                Some(m) => (m.form.as_str(), m.last),
                None => (s.words[i].form.as_str(), i + 1),
            };
            let form: Vec<char> = token_form.chars().filter(|&c| !is_zs(c)).collect();
            if form.is_empty() {
                return Err(invalid(format!("empty FORM in token '{token_form}'")));
            }
            let start = ud.characters.len();
            let span = CharSpan {
                start,
                end: start + form.len(),
            };
            ud.characters.extend_from_slice(&form);
            ud.tokens.push(span);
            for w in &s.words[i..last] {
                let deprel = w.deprel.split(':').next().unwrap_or("").to_string();
                let word_form = if mwt.is_some() {
                    w.form.to_lowercase()
                } else {
                    form.iter().collect::<String>().to_lowercase()
                };
                ud.words.push(UdWord {
                    span,
                    is_multiword: mwt.is_some(),
                    form_lower: word_form,
                    lemma: w.lemma.clone(),
                    upos: w.upos.clone(),
                    xpos: w.xpos.clone(),
                    feats: universal_feats(&w.feats),
                    is_content: CONTENT_DEPRELS.contains(&deprel.as_str()),
                    is_functional: FUNCTIONAL_DEPRELS.contains(&deprel.as_str()),
                    deprel,
                    parent: None,
                    functional_children: Vec::new(),
                });
            }
            i = last;
        }

        // Heads, then the checks of the script: head inside the sentence, no
        // cycle, exactly one root.
        for (k, w) in s.words.iter().enumerate() {
            if w.head > n {
                return Err(invalid(format!(
                    "HEAD '{}' of word {} points outside of the sentence",
                    w.head,
                    k + 1
                )));
            }
            ud.words[base + k].parent = (w.head > 0).then(|| base + w.head - 1);
        }
        // 0 = unvisited, 1 = on the current path, 2 = reaches the root.
        let mut state = vec![0u8; n];
        for k in 0..n {
            let mut path = Vec::new();
            let mut cur = Some(k);
            while let Some(c) = cur {
                match state[c] {
                    2 => break,
                    1 => return Err(invalid("there is a cycle in the sentence".into())),
                    _ => {
                        state[c] = 1;
                        path.push(c);
                        cur = ud.words[base + c].parent.map(|p| p - base);
                    }
                }
            }
            for c in path {
                state[c] = 2;
            }
        }
        let roots = ud.words[base..]
            .iter()
            .filter(|w| w.parent.is_none())
            .count();
        if roots != 1 {
            return Err(invalid(format!(
                "the sentence has {roots} roots (exactly one expected)"
            )));
        }
        for k in base..ud.words.len() {
            if let Some(p) = ud.words[k].parent {
                if ud.words[k].is_functional {
                    ud.words[p].functional_children.push(k);
                }
            }
        }
        ud.sentences.push(CharSpan {
            start: sentence_start,
            end: ud.characters.len(),
        });
    }
    Ok(ud)
}

fn spans_score(gold: &[CharSpan], system: &[CharSpan]) -> Metric {
    let (mut correct, mut gi, mut si) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].start < gold[gi].start {
            si += 1;
        } else if gold[gi].start < system[si].start {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].end == system[si].end);
            si += 1;
            gi += 1;
        }
    }
    Metric::new(gold.len(), system.len(), correct, None)
}

/// Aligned (gold index, system index) pairs, in order.
struct Alignment {
    matched: Vec<(usize, usize)>,
    /// System word index -> aligned gold word index.
    system_to_gold: Vec<Option<usize>>,
}

fn beyond_end(words: &[UdWord], i: usize, multiword_span_end: usize) -> bool {
    if i >= words.len() {
        return true;
    }
    if words[i].is_multiword {
        return words[i].span.start >= multiword_span_end;
    }
    words[i].span.end > multiword_span_end
}

fn extend_end(word: &UdWord, multiword_span_end: usize) -> usize {
    if word.is_multiword && word.span.end > multiword_span_end {
        word.span.end
    } else {
        multiword_span_end
    }
}

/// Returns `(gs, ss, gi, si)`: the multi-word span is gold words `gs..gi`
/// and system words `ss..si`.
fn find_multiword_span(
    gold: &[UdWord],
    system: &[UdWord],
    mut gi: usize,
    mut si: usize,
) -> (usize, usize, usize, usize) {
    let mut end;
    if gold[gi].is_multiword {
        end = gold[gi].span.end;
        if !system[si].is_multiword && system[si].span.start < gold[gi].span.start {
            si += 1;
        }
    } else {
        end = system[si].span.end;
        if !gold[gi].is_multiword && gold[gi].span.start < system[si].span.start {
            gi += 1;
        }
    }
    let (gs, ss) = (gi, si);
    while !beyond_end(gold, gi, end) || !beyond_end(system, si, end) {
        if gi < gold.len() && (si >= system.len() || gold[gi].span.start <= system[si].span.start) {
            end = extend_end(&gold[gi], end);
            gi += 1;
        } else {
            end = extend_end(&system[si], end);
            si += 1;
        }
    }
    (gs, ss, gi, si)
}

fn align_words(gold: &[UdWord], system: &[UdWord]) -> Alignment {
    let mut alignment = Alignment {
        matched: Vec::new(),
        system_to_gold: vec![None; system.len()],
    };
    let push = |alignment: &mut Alignment, g: usize, s: usize| {
        alignment.matched.push((g, s));
        alignment.system_to_gold[s] = Some(g);
    };
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        if gold[gi].is_multiword || system[si].is_multiword {
            // A: multi-word tokens => align by LCS within the multi-word span.
            let (gs, ss, gi2, si2) = find_multiword_span(gold, system, gi, si);
            gi = gi2;
            si = si2;
            if si > ss && gi > gs {
                let (gn, sn) = (gi - gs, si - ss);
                let same =
                    |g: usize, s: usize| gold[gs + g].form_lower == system[ss + s].form_lower;
                // lcs[g][s], flattened; row/column gn/sn are the zero borders.
                let w = sn + 1;
                let mut lcs = vec![0usize; (gn + 1) * w];
                for g in (0..gn).rev() {
                    for s in (0..sn).rev() {
                        let mut v = 0;
                        if same(g, s) {
                            v = 1 + lcs[(g + 1) * w + s + 1];
                        }
                        v = v.max(lcs[(g + 1) * w + s]);
                        v = v.max(lcs[g * w + s + 1]);
                        lcs[g * w + s] = v;
                    }
                }
                let (mut g, mut s) = (0, 0);
                while g < gn && s < sn {
                    if same(g, s) {
                        push(&mut alignment, gs + g, ss + s);
                        g += 1;
                        s += 1;
                    } else if lcs[g * w + s] == lcs[(g + 1) * w + s] {
                        g += 1;
                    } else {
                        s += 1;
                    }
                }
            }
        } else {
            // B: no multi-word token => align by spans.
            if gold[gi].span == system[si].span {
                push(&mut alignment, gi, si);
                gi += 1;
                si += 1;
            } else if gold[gi].span.start <= system[si].span.start {
                gi += 1;
            } else {
                si += 1;
            }
        }
    }
    alignment
}

/// What a head (or child) is, in gold terms: the script's `ga(word)`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Node {
    Root,
    Word(usize),
    NotAligned,
}

/// Locates char index `index` in the sentences of one side.
fn locate(side: &str, ud: &Ud, sentences: &[ConlluSentence], index: usize) -> String {
    if ud.sentences.is_empty() {
        return format!("{side} is empty");
    }
    let k = ud
        .sentences
        .iter()
        .position(|s| s.end > index)
        .unwrap_or(ud.sentences.len() - 1);
    let id = sentences.get(k).and_then(|s| s.sent_id());
    format!(
        "{side} sentence {}{}",
        k + 1,
        sent_id_suffix(&id.map(str::to_string))
    )
}

/// Evaluates `system` against `gold` with the CoNLL 2018 shared-task
/// metrics. See the module documentation.
pub fn evaluate(gold: &[ConlluSentence], system: &[ConlluSentence]) -> Result<Scores, EvalError> {
    let g = load(gold, "gold")?;
    let s = load(system, "system")?;

    if g.characters != s.characters {
        let index = g
            .characters
            .iter()
            .zip(&s.characters)
            .take_while(|(a, b)| a == b)
            .count();
        let byte_offset = g.characters[..index].iter().map(|c| c.len_utf8()).sum();
        let snippet = |c: &[char]| c[index.min(c.len())..].iter().take(20).collect::<String>();
        return Err(EvalError::TextMismatch {
            byte_offset,
            char_offset: index,
            gold_snippet: snippet(&g.characters),
            system_snippet: snippet(&s.characters),
            location: format!(
                "{}, {}",
                locate("gold", &g, gold, index),
                locate("system", &s, system, index)
            ),
        });
    }

    let alignment = align_words(&g.words, &s.words);
    let gw = &g.words;
    let sw = &s.words;

    let gold_node = |p: Option<usize>| p.map_or(Node::Root, Node::Word);
    let system_node = |p: Option<usize>| match p {
        None => Node::Root,
        Some(p) => alignment.system_to_gold[p].map_or(Node::NotAligned, Node::Word),
    };
    let lemma_ok = |a: &UdWord, b: &UdWord| a.lemma == "_" || a.lemma == b.lemma;
    let head_ok = |a: &UdWord, b: &UdWord| gold_node(a.parent) == system_node(b.parent);
    let label_ok = |a: &UdWord, b: &UdWord| head_ok(a, b) && a.deprel == b.deprel;
    let children_ok = |a: &UdWord, b: &UdWord| {
        a.functional_children.len() == b.functional_children.len()
            && a.functional_children
                .iter()
                .zip(&b.functional_children)
                .all(|(&x, &y)| {
                    let (cx, cy) = (&gw[x], &sw[y]);
                    Node::Word(x) == system_node(Some(y))
                        && cx.deprel == cy.deprel
                        && cx.upos == cy.upos
                        && cx.feats == cy.feats
                })
    };

    let score = |filter: &dyn Fn(&UdWord) -> bool, correct: &dyn Fn(&UdWord, &UdWord) -> bool| {
        let gold_total = gw.iter().filter(|w| filter(w)).count();
        let system_total = sw.iter().filter(|w| filter(w)).count();
        let mut aligned = 0;
        let mut ok = 0;
        for &(a, b) in &alignment.matched {
            if filter(&gw[a]) {
                aligned += 1;
                ok += usize::from(correct(&gw[a], &sw[b]));
            }
        }
        Metric::new(gold_total, system_total, ok, Some(aligned))
    };
    let all = |_: &UdWord| true;
    let content = |w: &UdWord| w.is_content;

    Ok(Scores {
        tokens: spans_score(&g.tokens, &s.tokens),
        sentences: spans_score(&g.sentences, &s.sentences),
        words: Metric::new(gw.len(), sw.len(), alignment.matched.len(), None),
        upos: score(&all, &|a, b| a.upos == b.upos),
        xpos: score(&all, &|a, b| a.xpos == b.xpos),
        ufeats: score(&all, &|a, b| a.feats == b.feats),
        alltags: score(&all, &|a, b| {
            a.upos == b.upos && a.xpos == b.xpos && a.feats == b.feats
        }),
        lemmas: score(&all, &lemma_ok),
        uas: score(&all, &head_ok),
        las: score(&all, &label_ok),
        clas: score(&content, &label_ok),
        mlas: score(&content, &|a, b| {
            label_ok(a, b) && a.upos == b.upos && a.feats == b.feats && children_ok(a, b)
        }),
        blex: score(&content, &|a, b| label_ok(a, b) && lemma_ok(a, b)),
    })
}
