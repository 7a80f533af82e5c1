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
        let own = |x: usize| {
            self.children(x)
                .iter()
                .copied()
                .find(|&c| self.rel(c) == "case" && self.word(c).upos != "PART")
        };
        // "with his Tajik counterpart Sirojiddin Muhriddin": the parser may
        // hang the phrase's preposition on the title before the name.
        own(i)
            .or_else(|| {
                let title = self.children(i).iter().copied().find(|&c| {
                    c < i && matches!(self.full_rel(c), "nmod:desc" | "compound" | "nummod")
                })?;
                own(title).filter(|&c| c < title)
            })
            .map(|c| self.word(c).form.to_lowercase())
    }

    /// The "by" phrases of verb `v`: its `obl` with "by" and its
    /// `obl:agent`, each once (counted twice, one phrase would read as two
    /// and its conjuncts be lost: "condemned by Britain, France and
    /// Germany").
    pub fn agents(&self, v: usize) -> Vec<usize> {
        let mut by = self.with_prep(v, "obl", "by");
        let more: Vec<usize> = self
            .kids_with(v, "obl:agent")
            .filter(|a| !by.contains(a))
            .collect();
        by.extend(more);
        by
    }

    /// Dependents of `i` with relation base `rel` (`obl`, `nmod`) whose
    /// preposition is `prep`. An object with a preposition is an oblique
    /// the parser mislabelled ("carried out strikes | against ... sites").
    pub fn with_prep(&self, i: usize, rel: &str, prep: &str) -> Vec<usize> {
        // An `obl` under a noun is a modifier the parser misnamed ("talks
        // | with Syria's leader" with "leader" an `obl` of "talks").
        let noun = rel == "nmod" && matches!(self.word(i).upos.as_str(), "NOUN" | "PROPN");
        self.children(i)
            .iter()
            .copied()
            .filter(|&c| {
                (self.rel(c) == rel
                    || (rel == "obl" && self.rel(c) == "obj")
                    || (noun && self.rel(c) == "obl"))
                    && self.preposition(c).as_deref() == Some(prep)
            })
            .collect()
    }

    /// `i` and the heads coordinated with it (`conj` dependents, recursively).
    /// A "conjunct" with a preposition of its own that `i` lacks is a
    /// phrase the parser hung there ("sanctions on companies and ... over
    /// Washington's arms sales").
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let prep = self.preposition(i);
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let cur = out[k];
            out.extend(self.kids_with(cur, "conj").filter(|&c| {
                self.is_nominal(c)
                    && self
                        .preposition(c)
                        .is_none_or(|p| prep.as_deref() == Some(p.as_str()))
            }));
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

/// Verbs of crowds in the street ("marched", "rallied").
const CROWD_VERBS: &[&str] = &[
    "march",
    "rally",
    "protest",
    "demonstrate",
    "gather",
    "pour",
    "flock",
    "converge",
    "throng",
];

/// Hangs word `word` (1-based) on `head` with relation `rel`.
fn hang(sentence: &mut Sentence, word: usize, head: usize, rel: &str) {
    let w = &mut sentence.words[word - 1];
    w.head = head;
    w.deprel = rel.into();
}

/// One repair: the repaired sentence, `None` when it does not apply.
type Repair<'f> = &'f dyn Fn(&Sentence) -> Option<Sentence>;

/// Repairs the parser errors the coder meets most in news clauses: the
/// `repair_*` functions of this module, in the order of `steps` below,
/// each on the last one's result; `None` when nothing applies.
pub fn repair(sentence: &Sentence, is_verb: impl Fn(&str) -> bool) -> Option<Sentence> {
    let steps: [Repair<'_>; 121] = [
        &repair_dateline,
        &repair_hyphenated_name,
        &repair_ing_noun_after_name,
        &repair_punctuation_head,
        &repair_conjoined_possessor,
        &repair_coordinated_adjectives,
        &repair_subordinator_of_subject,
        &repair_participle_of_subordinate,
        &repair_participle_of_reduced_relative,
        &repair_gerund_read_as_modifier,
        &repair_persona_non_grata,
        &repair_stranded_preposition,
        &repair_verbless_condition,
        &repair_to_before_gerund,
        &repair_document_participle,
        &repair_verbless_that_clause,
        &repair_participle_after_verb,
        &repair_adjective_subject,
        &repair_marked_noun,
        &repair_second_object,
        &repair_modifier_verb,
        &repair_following_conjunct,
        &repair_described_object,
        &repair_said_to_be_object,
        &repair_possessive_of_verb,
        &repair_possessor_of_verb,
        &repair_hyphen_participle,
        &repair_place_subject,
        &repair_adverb_preposition,
        &repair_more_than,
        &repair_time_word_head,
        &repair_place_name,
        &repair_name_participle,
        &repair_quoted_modifier,
        &repair_nominal_xcomp,
        &|s| repair_noun_verbs(s, &is_verb),
        &|s| repair_past_verb_read_as_subject(s, &is_verb),
        &|s| repair_past_read_as_adjective(s, &is_verb),
        &|s| repair_due_to_verb(s, &is_verb),
        &|s| repair_infinitive_adjective(s, &is_verb),
        &|s| repair_modal_adjective(s, &is_verb),
        &|s| repair_adverb_verb(s, &is_verb),
        &repair_parenthetical_participle,
        &repair_gerund_root,
        &repair_subordinate_subject,
        &repair_false_passive,
        &repair_visiting_modifier,
        &repair_nominal_root,
        &repair_coordinated_subject_root,
        &repair_object_before_clause,
        &repair_reported_main_clause,
        &repair_reduced_relative_subject,
        &repair_crowd_verb,
        &repair_relative_then_main_verb,
        &repair_paratactic_main_verb,
        &repair_comma_main_verb,
        &repair_passive_of_root,
        &|s| repair_noun_root_verb(s, &is_verb),
        &|s| repair_participle_modifier(s, &is_verb),
        &repair_counted_participle,
        &repair_participle_subject,
        &|s| repair_coordinated_participle(s, &is_verb),
        &repair_subject_root,
        &repair_possessive_subject,
        &repair_separated_infinitive,
        &repair_relative_root,
        &repair_prepositional_subject,
        &repair_compound_verb,
        &repair_titled_name_coordination,
        &repair_conjunct_of_apposed_name,
        &repair_name_conjunct,
        &repair_listed_compound,
        &repair_listed_apposition,
        &repair_control_noun,
        &repair_split_subject,
        &repair_named_role,
        &repair_second_subject,
        &repair_detached_subject,
        &repair_call_on,
        &repair_particle_object,
        &repair_stray_adjective,
        &repair_object_adjective,
        &repair_coordinated_adjective_root,
        &repair_coordinated_modifier_object,
        &repair_object_conjunct,
        &repair_prepositional_conjunct,
        &repair_modifier_conjunct,
        &repair_subject_dependents,
        &repair_subordinate_root,
        &repair_opening_subordinate,
        &repair_clause_subjects,
        &repair_between_conjunct,
        &repair_between_read_as_mark,
        &repair_conditional_conjunct,
        &repair_subject_of_noun,
        &repair_trailing_report,
        &repair_saying_participle_of_modifier,
        &repair_adjective_adverb_of_subject,
        &repair_toll_of_subordinate,
        &repair_toll_of_report,
        &repair_adjective_root,
        &repair_claim_clause,
        &repair_absolute_with,
        &repair_participle_read_as_modifier,
        &repair_split_meeting_partner,
        &repair_day_after_relative_clause,
        &repair_early_complement,
        &repair_appositive_subject,
        &repair_judging_appositive,
        &repair_locative_conjunct,
        &repair_plural_read_as_verb,
        &repair_reporters_conjunct,
        &repair_conjunct_object,
        &repair_whose_relative,
        &repair_reduced_relative_object,
        &repair_far_adjective,
        &repair_participle_object,
        &repair_passive_read_as_dependent,
        &repair_trailing_auxiliary,
        &repair_infinitive_read_as_root,
        &repair_opening_subject_before_comma,
    ];
    let mut out: Option<Sentence> = None;
    for step in steps {
        // A repair that would break the tree (a cycle, a head out of the
        // sentence) is dropped: every later step and the coder rely on it.
        if let Some(s) = step(out.as_ref().unwrap_or(sentence)).filter(is_tree) {
            out = Some(s);
        }
    }
    out
}

/// Whether every word's heads lead to the root, with no cycle and no head
/// outside the sentence (linear: each word is walked once).
pub fn is_tree(sentence: &Sentence) -> bool {
    let words = &sentence.words;
    let n = words.len();
    // 0: not seen, 1: on the walk in progress, 2: reaches the root.
    let mut state = vec![0u8; n + 1];
    state[0] = 2;
    let mut path = Vec::new();
    for i in 1..=n {
        let mut k = i;
        path.clear();
        while state[k] == 0 {
            state[k] = 1;
            path.push(k);
            k = words[k - 1].head;
            if k > n {
                return false;
            }
        }
        if state[k] == 1 {
            return false;
        }
        for &p in &path {
            state[p] = 2;
        }
    }
    true
}

/// The words of a dateline that opens the sentence (`BAKU, Nov. 20
/// (Xinhua) --`; see [`dyad_text::segment::dateline_end`]): the number of
/// words up to and including the dash.
pub fn dateline_words(sentence: &Sentence) -> Option<usize> {
    let forms: Vec<&str> = sentence.words.iter().map(|w| w.form.as_str()).collect();
    dyad_text::segment::dateline_end(&forms)
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
        let next = words.get(k).filter(|_| k + 1 > d);
        let w = &mut s.words[k - 1];
        if k == root {
            w.head = 0;
            w.deprel = "root".into();
        } else if inside(k) {
            w.head = root;
            w.deprel = "dep".into();
        } else if inside(w.head) {
            // "MOGADISHU - Al Shabaab militants": a name the parser hung
            // on the dateline modifies the noun after it.
            match next {
                Some(x) if w.upos == "PROPN" && matches!(x.upos.as_str(), "NOUN" | "PROPN") => {
                    w.head = k + 1;
                    w.deprel = "compound".into();
                }
                _ => {
                    w.head = root;
                    w.deprel = "dep".into();
                }
            }
        }
    }
    // "WASHINGTON (Reuters) - The foreign ministers of Congo and Rwanda
    // signed ...": a noun after the dateline that hung on it, before a
    // root verb with no subject, is that subject.
    let has_subject = s
        .words
        .iter()
        .any(|w| w.head == root && w.deprel.starts_with("nsubj"));
    if !has_subject && s.words[root - 1].upos == "VERB" {
        if let Some(k) = (d + 1..root).find(|&k| {
            let w = &s.words[k - 1];
            w.head == root && w.deprel == "dep" && matches!(w.upos.as_str(), "NOUN" | "PROPN")
        }) {
            s.words[k - 1].deprel = "nsubj".into();
        }
    }
    Some(s)
}

/// Repairs words hung on the closing punctuation: "Mark Rutte met Donald
/// Trump ..." with "Donald" a subject of the full stop. Punctuation heads
/// nothing in UD; what hangs on the last one after the root hangs on the
/// nearest verb before it. (Commas
/// and dashes the parser made heads are left: what hangs on them is often
/// a phrase of its own.)
pub fn repair_punctuation_head(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let last = words.len();
    if last == 0 || words[last - 1].upos != "PUNCT" {
        return None;
    }
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if root == last {
        return None;
    }
    // "demanding that Hasina step down" with "that" and "Hasina" on the
    // full stop: a clause the parser lost the verb of, no argument of the
    // root.
    if words
        .iter()
        .any(|w| w.head == last && matches!(w.deprel.as_str(), "mark" | "cc"))
    {
        return None;
    }
    let mut s: Option<Sentence> = None;
    for (k, w) in words.iter().enumerate() {
        // Only after the root: a subject before it that the parser hung on
        // the full stop is left to the repairs of split subjects.
        if w.head == last && k + 1 > root {
            // The nearest verb before it ("gangs control | much of the
            // capital").
            let verb = (root..=k).rev().find(|&v| words[v - 1].upos == "VERB");
            s.get_or_insert_with(|| sentence.clone()).words[k].head = verb.unwrap_or(root);
        }
    }
    s
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

/// Repairs coordinated subjects whose first conjunct was made the root:
/// "Ghana and Togo on Monday urged ..." with "Ghana" the root, "urged"
/// its `dep` and "Togo" the verb's subject.
/// The verb becomes the root, the first conjunct its subject and the
/// second that subject's conjunct.
pub fn repair_coordinated_subject_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let v = (root + 1..=words.len()).find(|&k| {
        let w = &words[k - 1];
        w.head == root
            && w.upos == "VERB"
            && matches!(w.deprel.as_str(), "dep" | "parataxis" | "conj")
    })?;
    let subj = (root + 1..v).find(|&k| {
        words[k - 1].head == v && matches!(words[k - 1].deprel.as_str(), "nsubj" | "nsubj:pass")
    })?;
    let cc = (root + 1..subj).find(|&k| {
        let w = &words[k - 1];
        w.deprel == "cc"
            && matches!(w.form.as_str(), "and" | "or")
            && (w.head == v || w.head == subj)
    })?;
    // The words before "and" are the first conjunct's phrase
    // ("Representatives of Sudan's army and the RSF met").
    if (root + 1..cc).any(|k| !(root..cc).contains(&words[k - 1].head))
        || (root + 1..v).any(|k| words[k - 1].upos == "VERB")
    {
        return None;
    }
    let mut s = verb_over_subject(sentence, root, v);
    s.words[subj - 1].head = root;
    s.words[subj - 1].deprel = "conj".into();
    s.words[cc - 1].head = subj;
    Some(s)
}

/// Repairs a reported clause's subject read as the reporting verb's
/// object: "observers said Turkish drones struck a depot" with "drones"
/// the object of "said" and "struck" a subjectless `ccomp`. The
/// object whose phrase ends right before the finite clause (past a
/// phrase of it hung on the verb: "said an Israeli strike on a car
/// killed ...") becomes its subject.
pub fn repair_object_before_clause(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for v in 2..=words.len() {
        let vw = &words[v - 1];
        if vw.deprel != "ccomp" || vw.upos != "VERB" || !finite(words, v) {
            continue;
        }
        let h = vw.head;
        if words
            .iter()
            .any(|w| w.head == v && (w.deprel.starts_with("nsubj") || w.deprel == "mark"))
        {
            continue;
        }
        let Some(o) = (h + 1..v).find(|&k| words[k - 1].head == h && words[k - 1].deprel == "obj")
        else {
            continue;
        };
        if !nominal(&words[o - 1]) {
            continue;
        }
        // A phrase of the object the parser hung on the reporting verb
        // ("said an Israeli strike | on a car | killed two people").
        let stray: Vec<usize> = (o + 1..v)
            .filter(|&k| words[k - 1].head == h && words[k - 1].deprel.starts_with("obl"))
            .collect();
        let covered =
            |k: usize| dominates(words, o, k) || stray.iter().any(|&p| dominates(words, p, k));
        if (o + 1..v).any(|k| !covered(k)) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[o - 1].head = v;
        fixed.words[o - 1].deprel = "nsubj".into();
        for &p in &stray {
            fixed.words[p - 1].head = o;
            fixed.words[p - 1].deprel = "nmod".into();
        }
    }
    s
}

/// Repairs a report's main clause read as a modifier of its own subject
/// when the reporting clause follows: "Israeli warplanes struck military
/// sites ..., the ministry said" with "warplanes" a second subject of
/// "said" and "struck" its `acl`. The finite verb becomes the root, its
/// noun its subject, and the reporting verb its `parataxis`.
pub fn repair_reported_main_clause(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if words[root - 1].upos != "VERB" {
        return None;
    }
    let subjects: Vec<usize> = (1..root)
        .filter(|&k| words[k - 1].head == root && words[k - 1].deprel == "nsubj")
        .collect();
    let [first, .., last] = subjects[..] else {
        return None;
    };
    let comma_before_last = (first + 1..last)
        .any(|k| words[k - 1].form == "," && (k + 1..last).all(|j| dominates(words, last, j)));
    if !comma_before_last {
        return None;
    }
    let v = (first + 1..last).find(|&k| {
        let w = &words[k - 1];
        w.head == first && w.deprel == "acl" && w.upos == "VERB" && finite(words, k)
    })?;
    if words
        .iter()
        .any(|w| w.head == v && w.deprel.starts_with("nsubj"))
        || (first + 1..v).any(|k| !dominates(words, first, k) || words[k - 1].form == ",")
    {
        return None;
    }
    let mut s = sentence.clone();
    s.words[v - 1].head = 0;
    s.words[v - 1].deprel = "root".into();
    s.words[first - 1].head = v;
    s.words[root - 1].head = v;
    s.words[root - 1].deprel = "parataxis".into();
    Some(s)
}

/// Repairs a reduced relative read as the main verb before a passive one:
/// "Two Indian nationals suspected of smuggling ... were arrested by
/// Philippine authorities" with "suspected" the root and "arrested" its
/// `dep` (or a conjunct whose subject is the last conjunct of the
/// participle's phrase: "suspected of filming ports and a depot were
/// detained"). The passive verb becomes the root and takes the
/// subject; the participle modifies the subject.
pub fn repair_reduced_relative_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    let rw = &words[root - 1];
    if rw.upos != "VERB" || !matches!(rw.xpos.as_str(), "VBD" | "VBN") {
        return None;
    }
    let subj = (1..root).find(|&k| words[k - 1].head == root && words[k - 1].deprel == "nsubj")?;
    if words
        .iter()
        .any(|w| w.head == root && matches!(w.deprel.as_str(), "obj" | "aux" | "aux:pass"))
    {
        return None;
    }
    // The passive verb's own subject, when the parser took the last
    // conjunct of the participle's phrase for it ("suspected of filming
    // ports and a depot were detained"): that conjunct goes back
    // to the noun before its "and".
    let false_subject = |k: usize| {
        words
            .iter()
            .enumerate()
            .find(|(_, c)| c.head == k && c.deprel.starts_with("nsubj"))
            .map(|(i, _)| i + 1)
    };
    let v = (root + 1..=words.len()).find(|&k| {
        let w = &words[k - 1];
        w.head != 0
            && w.head < k
            && dominates(words, root, k)
            && w.upos == "VERB"
            && w.xpos == "VBN"
            && words.iter().any(|c| c.head == k && c.deprel == "aux:pass")
    })?;
    let rejoined = match false_subject(v) {
        None if words[v - 1].head == root => None,
        None => return None,
        Some(f) if f > root && f < v => {
            let cc = (root + 1..f).rev().find(|&k| {
                words[k - 1].head == f && matches!(words[k - 1].lemma.as_str(), "and" | "or")
            })?;
            let n = (root + 1..cc)
                .rev()
                .find(|&k| matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN"))?;
            Some((f, n))
        }
        Some(_) => return None,
    };
    let inside = |k: usize| {
        dominates(words, root, k) || rejoined.is_some_and(|(f, _)| dominates(words, f, k))
    };
    if (root + 1..v).any(|k| words[k - 1].form == "," || !(inside(k) || words[k - 1].head == v)) {
        return None;
    }
    let mut s = sentence.clone();
    if let Some((f, n)) = rejoined {
        s.words[f - 1].head = n;
        s.words[f - 1].deprel = "conj".into();
    }
    s.words[v - 1].head = 0;
    s.words[v - 1].deprel = "root".into();
    s.words[subj - 1].head = v;
    s.words[subj - 1].deprel = "nsubj:pass".into();
    s.words[root - 1].head = subj;
    s.words[root - 1].deprel = "acl".into();
    s.words[root - 1].xpos = "VBN".into();
    for k in v + 1..=words.len() {
        if words[k - 1].head == root {
            s.words[k - 1].head = v;
        }
    }
    Some(s)
}

/// Repairs a trailing report read as conjuncts: "Ethiopian troops shelled
/// a village in Tigray on Monday, a regional official said" with
/// "official" a conjunct of "village" and "said" one of "shelled". A
/// verb of saying with no subject and no "and" takes the phrase after the
/// comma before it as its subject, and stands beside the clause it
/// reports.
pub fn repair_trailing_report(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for v in 3..=words.len() {
        let vw = &words[v - 1];
        if vw.deprel != "conj"
            || vw.upos != "VERB"
            || !matches!(
                vw.lemma.as_str(),
                "say" | "report" | "add" | "tell" | "confirm" | "claim"
            )
            || words
                .iter()
                .any(|c| c.head == v && (c.deprel.starts_with("nsubj") || c.deprel == "cc"))
        {
            continue;
        }
        let n = phrase_head(words, v - 1, v);
        let nw = &words[n - 1];
        if n >= v || nw.deprel != "conj" || !nominal(nw) {
            continue;
        }
        // The comma may hang on the phrase itself.
        let start = (1..=n)
            .find(|&k| dominates(words, n, k) && words[k - 1].upos != "PUNCT")
            .unwrap_or(n);
        let comma = start > 1 && words[start - 2].form == ",";
        if !comma || words.iter().any(|c| c.head == n && c.deprel == "cc") {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[n - 1].head = v;
        fixed.words[n - 1].deprel = "nsubj".into();
        fixed.words[v - 1].deprel = "parataxis".into();
    }
    s
}

/// Repairs the first of two coordinated adjectives read as an adverb of
/// the verb: "Iranian and Omani envoys held talks" with "Iranian" an
/// `advmod` and "and" a `cc` of "held", "Omani" a compound of the subject.
/// A capitalised adjective opening the subject's phrase, "and" after it,
/// modifies the subject, and the word after "and" is its conjunct.
pub fn repair_adjective_adverb_of_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 1..n.saturating_sub(2) {
        let aw = &words[a - 1];
        let v = aw.head;
        if aw.upos != "ADJ"
            || aw.deprel != "advmod"
            || !aw.form.starts_with(char::is_uppercase)
            || words[a].form != "and"
            || words[a].head != v
            || v <= a + 2
            || v > n
            || words[v - 1].upos != "VERB"
        {
            continue;
        }
        // The subject's phrase runs from the word after "and" to the subject.
        let b = a + 2;
        let Some(subj) =
            (b..v).find(|&k| words[k - 1].head == v && words[k - 1].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        if !(b..subj).all(|k| words[k - 1].head == subj) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].head = subj;
        fixed.words[a - 1].deprel = "amod".into();
        fixed.words[a].head = b;
        fixed.words[a].deprel = "cc".into();
        fixed.words[b - 1].head = a;
        fixed.words[b - 1].deprel = "conj".into();
    }
    s
}

/// Repairs an attack's toll hung on a time clause: "a ship was struck by
/// a missile as it entered the port, killing a pilot" with "killing" a
/// clause of "entered". After a comma, a participle of killing or
/// wounding hung on a clause opened by "as", "when" or "while" tells what
/// the clause above did.
pub fn repair_toll_of_subordinate(sentence: &Sentence) -> Option<Sentence> {
    rehang_comma_participle(sentence, &["kill", "wound", "injure"], |words, _, h| {
        let hw = &words[h - 1];
        let timed = words.iter().any(|c| {
            c.head == h
                && c.deprel == "mark"
                && matches!(c.lemma.to_lowercase().as_str(), "as" | "when" | "while")
        });
        let g = hw.head;
        (hw.upos == "VERB"
            && hw.deprel == "advcl"
            && timed
            && g != 0
            && g < h
            && words[g - 1].upos == "VERB")
            .then_some(g)
    })
}

/// Hangs each participle of `lemmas` (any participle when empty) that
/// follows a comma as an `advcl` of a word `h` before it on the word
/// `new_head(words, p, h)` names, if any (`p` the participle).
fn rehang_comma_participle(
    sentence: &Sentence,
    lemmas: &[&str],
    new_head: impl Fn(&[Word], usize, usize) -> Option<usize>,
) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for p in 2..=words.len() {
        let pw = &words[p - 1];
        if pw.deprel != "advcl"
            || pw.xpos != "VBG"
            || !(lemmas.is_empty() || lemmas.contains(&pw.lemma.as_str()))
            || words[p - 2].form != ","
        {
            continue;
        }
        let h = pw.head;
        if h == 0 || h >= p {
            continue;
        }
        if let Some(g) = new_head(words, p, h) {
            let fixed = s.get_or_insert_with(|| sentence.clone());
            fixed.words[p - 1].head = g;
        }
    }
    s
}

/// Repairs a subject's adjective read as the predicate: "Protesters angry
/// over tax rises stormed the parliament" with "angry" the root, its
/// subject "Protesters", and "stormed" a modifier of "rises". A root
/// adjective with no copula, a subject before it and a past verb with an
/// object after it (below it) is the subject's modifier; the verb is the
/// root, the subject its own, and what followed the verb hangs on it.
pub fn repair_adjective_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let a = (1..=n).find(|&k| words[k - 1].head == 0)?;
    if words[a - 1].upos != "ADJ" {
        return None;
    }
    let kids = children_of(words);
    let subj = kids[a]
        .iter()
        .copied()
        .find(|&k| k < a && words[k - 1].deprel == "nsubj")?;
    if kids[a].iter().any(|&k| words[k - 1].deprel == "cop") {
        return None;
    }
    let v = (a + 1..=n).find(|&k| {
        let w = &words[k - 1];
        w.upos == "VERB"
            && matches!(w.xpos.as_str(), "VBD" | "VBN")
            && w.deprel != "conj"
            && dominates(words, a, k)
            && kids[k].iter().any(|&o| words[o - 1].deprel == "obj")
    })?;
    let mut fixed = sentence.clone();
    fixed.words[v - 1].head = 0;
    fixed.words[v - 1].deprel = "root".into();
    fixed.words[subj - 1].head = v;
    fixed.words[a - 1].head = subj;
    fixed.words[a - 1].deprel = "amod".into();
    for &k in &kids[a] {
        if k > v {
            fixed.words[k - 1].head = v;
        }
    }
    Some(fixed)
}

/// Verbs that take a "that" clause as their complement.
const CLAUSE_TAKING_VERBS: &[&str] = &[
    "say",
    "tell",
    "announce",
    "report",
    "claim",
    "state",
    "add",
    "warn",
    "insist",
    "argue",
    "believe",
    "think",
    "know",
    "deny",
    "confirm",
    "demand",
    "urge",
    "ask",
    "agree",
    "hope",
    "fear",
    "expect",
    "allege",
    "accuse",
    "suggest",
    "note",
    "stress",
    "show",
    "indicate",
    "reveal",
    "acknowledge",
    "admit",
    "decide",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "write",
    "declare",
    "doubt",
    "ensure",
    "predict",
];

/// Participles that comment on the act of the clause they follow (the
/// coder's frame has its own, wider list of participles of saying).
const COMMENT_PARTICIPLES: &[&str] = &[
    "accuse", "say", "call", "cite", "blame", "describe", "insist", "argue", "claim", "charge",
];

/// Repairs a participle of saying hung on a modifier of a noun: "ended a
/// truce that was brokered by Qatar, accusing Doha of bias" and
/// "gave the envoy two days to leave, accusing Berlin of ..." with
/// "accusing" a clause of "brokered" or "leave". After a comma, such a
/// participle comments on the clause the noun stands in: it hangs on the
/// first verb above the noun (so it shares that verb's subject and time).
pub fn repair_saying_participle_of_modifier(sentence: &Sentence) -> Option<Sentence> {
    rehang_comma_participle(sentence, COMMENT_PARTICIPLES, |words, p, h| {
        let own_clause = words
            .iter()
            .any(|c| c.head == p && (c.deprel.starts_with("nsubj") || c.deprel == "mark"));
        // Past the modifier's own complements ("talks that the EU had
        // planned to host, accusing ...").
        let mut m = h;
        while words[m - 1].deprel == "xcomp" && words[m - 1].head != 0 {
            m = words[m - 1].head;
        }
        let hw = &words[m - 1];
        // A clause read as the complement of a verb that takes none
        // ("attend talks that the EU had planned to host")
        // is a relative clause too.
        let false_complement = hw.deprel == "ccomp"
            && hw.head != 0
            && !CLAUSE_TAKING_VERBS.contains(&words[hw.head - 1].lemma.as_str());
        if own_clause
            || hw.upos != "VERB"
            || !(matches!(hw.deprel.as_str(), "acl" | "acl:relcl") || false_complement)
        {
            return None;
        }
        verb_above(words, hw.head).filter(|&g| g < m && g != 0)
    })
}

/// Repairs a crowd's protest read as a modifier of the crowd: "Tens of
/// thousands of Armenians rallied in Yerevan against a deal that critics
/// say ..." with "rallied" an `acl` of "Tens" and "Tens" the subject of a
/// verb far later. The protest verb (or any verb with an object, which no
/// participle modifying a noun has) becomes the root, the crowd its
/// subject, and the later verb a clause of it.
pub fn repair_crowd_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let v = (2..=words.len()).find(|&k| {
        let w = &words[k - 1];
        w.deprel == "acl"
            && w.upos == "VERB"
            // "supporters rallying in Dhaka" is a modifier indeed.
            && w.xpos != "VBG"
            // A crowd's verb, or one with an object: a participle
            // modifying a noun has none ("troops deployed near X" is one,
            // "warplanes struck positions" no participle).
            && (CROWD_VERBS.contains(&w.lemma.as_str())
                || words.iter().any(|c| c.head == k && c.deprel == "obj"))
            && !words.iter().any(|c| {
                c.head == k && (c.deprel.starts_with("nsubj") || c.deprel.starts_with("aux") || c.deprel == "obl:agent")
            })
    })?;
    // The crowd: the head of the phrase the verb hangs in, a subject.
    let mut n = words[v - 1].head;
    while n != 0 && !words[n - 1].deprel.starts_with("nsubj") {
        if !matches!(words[n - 1].deprel.as_str(), "nmod" | "acl") || words[n - 1].head > v {
            return None;
        }
        n = words[n - 1].head;
    }
    let r = words.get(n.checked_sub(1)?)?.head;
    if n == 0 || r <= v || !nominal(&words[n - 1]) || (n + 1..v).any(|k| words[k - 1].form == ",") {
        return None;
    }
    // The crowd opens the sentence (after any dateline).
    if (1..n).any(|k| words[k - 1].deprel != "dep" && !dominates(words, n, k)) {
        return None;
    }
    let mut s = sentence.clone();
    let rw = &words[r - 1];
    s.words[v - 1].head = rw.head;
    s.words[v - 1].deprel = rw.deprel.clone();
    s.words[n - 1].head = v;
    s.words[n - 1].deprel = "nsubj".into();
    s.words[r - 1].head = v;
    let marked = words.iter().any(|c| c.head == r && c.deprel == "mark");
    s.words[r - 1].deprel = if marked { "advcl" } else { "parataxis" }.into();
    Some(s)
}

/// Repairs a main verb after a relative clause read as the clause's
/// conjunct: "Chile's president, who arrived on Sunday, spoke
/// by telephone with ..." with the name the root, "arrived" its relative
/// clause and "spoke" a conjunct of "arrived" (or, after "whose", both
/// verbs conjuncts of the name). The verb after the clause's
/// closing comma (or with a finite auxiliary of its own: "soldiers who
/// had been held for months were released by ..."), with no subject and
/// no "and", is the root and the name its subject.
pub fn repair_relative_then_main_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    // The relative clause, or a conjunct of the name whose subject is
    // relative ("Orban, whose country holds ...").
    let relative_subject = |k: usize| {
        words.iter().enumerate().any(|(i, c)| {
            c.head == k
                && c.deprel.starts_with("nsubj")
                && (matches!(c.form.to_lowercase().as_str(), "who" | "which")
                    || words
                        .iter()
                        .any(|p| p.head == i + 1 && p.form.eq_ignore_ascii_case("whose")))
        })
    };
    let r = (root + 1..=words.len()).find(|&k| {
        let w = &words[k - 1];
        w.head == root
            && (w.deprel == "acl:relcl"
                || (w.deprel == "conj" && w.upos == "VERB" && relative_subject(k)))
    })?;
    let v = (r + 1..=words.len()).find(|&k| {
        let w = &words[k - 1];
        (w.head == r || w.head == root) && w.deprel == "conj" && w.upos == "VERB"
    })?;
    let own = |rel: &str| {
        words
            .iter()
            .any(|c| c.head == v && c.deprel.starts_with(rel))
    };
    // Without the comma, the verb's own finite auxiliary shows it is no
    // second verb of the clause: "troops who had been held for three
    // months were released by ...".
    let finite_aux = words.iter().any(|c| {
        c.head == v
            && c.deprel.starts_with("aux")
            && matches!(
                c.form.to_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "has" | "have" | "will"
            )
    });
    if own("nsubj") || own("cc") || (words[v - 2].form != "," && !finite_aux) {
        return None;
    }
    let mut s = verb_over_subject(sentence, root, v);
    s.words[r - 1].head = root;
    s.words[r - 1].deprel = "acl:relcl".into();
    Some(s)
}

/// Repairs "visiting" read as a verb whose object is the visitor: "held
/// talks with visiting Brazilian President Lula in Beijing" with
/// "visiting" an `advcl` (its `mark` "with") and "Lula" its `obj`. The
/// visitor takes the participle's place (an `obl` of its head, or an
/// `obj` after a verb with no object of its own: "met visiting ..."), the
/// participle becomes its `amod`, "with" its `case`; the participle's
/// other objects are parts of the name and its obliques go to the head.
pub fn repair_visiting_modifier(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for v in 1..=words.len() {
        let w = &words[v - 1];
        if !w.form.eq_ignore_ascii_case("visiting") || w.upos != "VERB" || w.head == 0 {
            continue;
        }
        let kids = &children[v];
        let Some(&o) = kids
            .iter()
            .find(|&&c| c > v && words[c - 1].deprel == "obj" && words[c - 1].upos == "PROPN")
        else {
            continue;
        };
        // Only the name right after: "visiting Brazilian President Lula".
        let under_o = |k: usize| {
            let h = words[k - 1].head;
            h == o || (h >= 1 && h <= words.len() && words[h - 1].head == o)
        };
        if !(v + 1..o).all(under_o) {
            continue;
        }
        let head = w.head;
        let head_has_object = children[head]
            .iter()
            .any(|&c| c != v && words[c - 1].deprel == "obj");
        let with = kids
            .iter()
            .copied()
            .find(|&c| c < v && matches!(words[c - 1].deprel.as_str(), "mark" | "case"));
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[o - 1].head = head;
        fixed.words[o - 1].deprel =
            if with.is_none() && !head_has_object && words[head - 1].upos == "VERB" {
                "obj"
            } else if words[head - 1].upos == "VERB" {
                "obl"
            } else {
                "nmod"
            }
            .into();
        fixed.words[v - 1].head = o;
        fixed.words[v - 1].deprel = "amod".into();
        if let Some(c) = with {
            fixed.words[c - 1].head = o;
            fixed.words[c - 1].deprel = "case".into();
            fixed.words[c - 1].upos = "ADP".into();
        }
        for &k in kids {
            if k == o || Some(k) == with {
                continue;
            }
            match words[k - 1].deprel.as_str() {
                "obj" if k > o => {
                    fixed.words[k - 1].head = o;
                    fixed.words[k - 1].deprel = "flat".into();
                }
                "obl" | "advmod" | "punct" => fixed.words[k - 1].head = head,
                _ => {}
            }
        }
    }
    s
}

/// Repairs an active subject read as a passive one: "Hikmet Hajiyev, an
/// adviser to ..., accused France" with "Hikmet" an `nsubj:pass` of
/// "accused". A passive subject needs a passive auxiliary; under a past
/// tense, a perfect ("had abducted") or a main participle with none, it is
/// the subject.
pub fn repair_false_passive(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for (k, w) in words.iter().enumerate() {
        let h = w.head;
        if w.deprel != "nsubj:pass" || h == 0 || h > words.len() {
            continue;
        }
        let verb = &words[h - 1];
        let kids = &children[h];
        let passive_aux = kids.iter().any(|&c| words[c - 1].deprel == "aux:pass");
        let perfect = kids.iter().any(|&c| {
            words[c - 1].deprel == "aux" && words[c - 1].lemma.eq_ignore_ascii_case("have")
        });
        // A participle with no auxiliary at all heading a clause of its
        // own is a misread past tense too.
        let bare = verb.xpos == "VBN"
            && !kids.iter().any(|&c| words[c - 1].deprel.starts_with("aux"))
            && matches!(verb.deprel.as_str(), "root" | "ccomp" | "conj");
        if !passive_aux && verb.upos == "VERB" && (verb.xpos == "VBD" || perfect || bare) {
            s.get_or_insert_with(|| sentence.clone()).words[k].deprel = "nsubj".into();
        }
    }
    s
}

/// Repairs a main verb read as a side clause of its own subject: "Modi's
/// trip to Moscow drew sharp rebukes from Kyiv" with "trip" the root
/// and "drew" its `parataxis`. When the root is a nominal and a finite
/// verb with no subject of its own hangs from it (or from a word after
/// it) as `parataxis` or `dep` right after the nominal's own words (no
/// comma between), the verb is the root and the nominal its subject.
pub fn repair_paratactic_main_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let children = children_of(words);
    // Hung from the root or from a word after it.
    let v = (root + 1..=words.len()).find(|&v| {
        let w = &words[v - 1];
        (w.head == root || w.head > v)
            && w.upos == "VERB"
            && matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && matches!(w.deprel.as_str(), "parataxis" | "dep")
            && !children[v]
                .iter()
                .any(|&c| words[c - 1].deprel.starts_with("nsubj"))
    })?;
    // Everything between is the nominal's own phrase.
    let own = |k: usize| {
        let mut h = k;
        for _ in 0..words.len() {
            if h == root {
                return true;
            }
            if h == 0 || h == v {
                return false;
            }
            h = words[h - 1].head;
        }
        false
    };
    if !(root + 1..v).all(|k| own(k) && words[k - 1].upos != "PUNCT") {
        return None;
    }
    Some(verb_over_subject(sentence, root, v))
}

/// `sentence` with verb `v` made the root and the nominal root `root` its
/// subject; what hung on the root after the verb hangs on the verb.
fn verb_over_subject(sentence: &Sentence, root: usize, v: usize) -> Sentence {
    let mut s = sentence.clone();
    s.words[v - 1].head = 0;
    s.words[v - 1].deprel = "root".into();
    s.words[root - 1].head = v;
    let passive = sentence
        .words
        .iter()
        .any(|c| c.head == v && c.deprel == "aux:pass");
    s.words[root - 1].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
    for k in v + 1..=sentence.words.len() {
        if sentence.words[k - 1].head == root {
            s.words[k - 1].head = v;
        }
    }
    s
}

/// Repairs a main verb after a subject's commas read as a modifier: "The
/// head of Chad's army, General Mahamat Kaka, who also leads the
/// transitional council, ruled out ..." with "head" the
/// root and "ruled" an `acl` of "Council". When the root is a nominal and
/// a finite verb right after a comma hangs as `acl` or `amod` from a word
/// after the root, the verb is the root and the nominal its subject.
pub fn repair_comma_main_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let v = (root + 2..=words.len()).find(|&k| {
        let w = &words[k - 1];
        w.upos == "VERB"
            && matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && matches!(w.deprel.as_str(), "acl" | "amod")
            && w.head > root
            && words[k - 2].form == ","
            && !words
                .iter()
                .any(|x| x.head == k && x.deprel.starts_with("nsubj"))
    })?;
    Some(verb_over_subject(sentence, root, v))
}

/// Repairs a participle read as the main verb and the main verb as its
/// complement: "A draft resolution demanding a ceasefire in Gaza was
/// vetoed by the United States" with "demanding" the root, "resolution"
/// its subject and "ceasefire ... was vetoed" its clause. A root -ing
/// form with no auxiliary cannot be a clause's verb: a finite complement
/// after it with no "that" is the root; the participle modifies the noun,
/// which is the root's subject, and a subject the parser gave the
/// complement is the participle's object.
pub fn repair_gerund_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    let rw = &words[r - 1];
    let kids = |h: usize| (1..=n).filter(move |&k| words[k - 1].head == h);
    if rw.upos != "VERB"
        || rw.xpos != "VBG"
        || kids(r).any(|k| words[k - 1].deprel.starts_with("aux"))
    {
        return None;
    }
    let s = kids(r).find(|&k| {
        k < r
            && words[k - 1].deprel == "nsubj"
            && matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
    })?;
    let c = kids(r).find(|&k| {
        k > r
            && words[k - 1].deprel == "ccomp"
            && words[k - 1].upos == "VERB"
            && !kids(k).any(|m| words[m - 1].deprel == "mark")
    })?;
    // The complement's own subject, if the parser gave it one, is what
    // the participle takes; else the participle keeps its object.
    let o = kids(c).find(|&k| r < k && k < c && words[k - 1].deprel.starts_with("nsubj"));
    if o.is_none() && kids(c).any(|k| words[k - 1].deprel.starts_with("nsubj")) {
        return None;
    }
    let passive = kids(c).any(|k| words[k - 1].deprel == "aux:pass");
    let mut fixed = sentence.clone();
    fixed.words[c - 1].head = 0;
    fixed.words[c - 1].deprel = "root".into();
    fixed.words[r - 1].head = s;
    fixed.words[r - 1].deprel = "acl".into();
    fixed.words[s - 1].head = c;
    fixed.words[s - 1].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
    if let Some(o) = o {
        fixed.words[o - 1].head = r;
        fixed.words[o - 1].deprel = "obj".into();
    }
    for k in kids(r).filter(|&k| k > c) {
        fixed.words[k - 1].head = c;
    }
    Some(fixed)
}

/// Repairs a subject with a participle set off by commas read as a noun
/// phrase whose participle governs the verb: "Tens of thousands of
/// Serbians, led by students, rallied in Belgrade" with "Tens" the root,
/// "led" its `acl` and "rallied" hung on "led". A finite verb after the
/// participle's closing comma (the tagger may call it a participle too),
/// with no subject or agent of its own, is the root, and the nominal root
/// its subject.
pub fn repair_parenthetical_participle(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let participle = (root + 1..=n).find(|&p| {
        let w = &words[p - 1];
        w.head == root && w.deprel == "acl" && w.xpos == "VBN" && words[p - 2].form == ","
    })?;
    let verb = (participle + 1..=n).find(|&v| {
        let w = &words[v - 1];
        w.head == participle
            && w.upos == "VERB"
            && matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
            && words[v - 2].form == ","
            // A second participle ("backed by farmers") has its agent.
            && !words.iter().any(|k| {
                k.head == v && (k.deprel.starts_with("nsubj") || k.deprel == "obl:agent")
            })
    })?;
    let mut s = sentence.clone();
    s.words[verb - 1].head = 0;
    s.words[verb - 1].deprel = "root".into();
    s.words[root - 1].head = verb;
    s.words[root - 1].deprel = "nsubj".into();
    // The comma that closes the participle's phrase is the verb's.
    s.words[verb - 2].head = participle;
    Some(s)
}

/// Prepositions the tagger may read as adverbs.
const ADVERB_PREPOSITIONS: &[&str] = &["alongside", "over"];

/// Repairs a preposition read as an adverb inside an object: "fighting
/// alongside M23 rebels" with "alongside" an `advmod` of "M23" and
/// "rebels" the object. Whom one fights alongside is no target: the
/// noun the adverb's phrase hangs on becomes an oblique with it as its
/// preposition.
pub fn repair_adverb_preposition(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for w in 1..n {
        let ww = &words[w - 1];
        // "over 200 people" is a number's modifier.
        if ww.deprel != "advmod"
            || !ADVERB_PREPOSITIONS.contains(&ww.form.to_lowercase().as_str())
            || (ww.form.eq_ignore_ascii_case("over") && words[w].upos == "NUM")
        {
            continue;
        }
        // The first noun up the adverb's heads, after it.
        let mut h = ww.head;
        let mut noun = None;
        for _ in 0..4 {
            if h == 0 || h <= w {
                break;
            }
            if matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN")
                && words[h - 1].deprel == "obj"
            {
                noun = Some(h);
                break;
            }
            h = words[h - 1].head;
        }
        if let Some(o) = noun {
            let fixed = s.get_or_insert_with(|| sentence.clone());
            fixed.words[w - 1].head = o;
            fixed.words[w - 1].deprel = "case".into();
            fixed.words[o - 1].deprel = "obl".into();
        }
    }
    s
}

/// Conjunctions that open a clause the parser may read as a preposition.
const CLAUSE_OPENERS: &[&str] = &["after", "before", "since", "until", "as", "while", "when"];

/// Repairs a subordinate clause read as a prepositional phrase: "a day
/// after U.S. Secretary of State Antony Blinken accused Iran" with
/// "after" the `case` of "Secretary" and "accused" hung elsewhere. A
/// finite verb with no subject right after the phrase (past its own
/// words) takes the phrase as its subject and the conjunction as its
/// marker, and hangs where the phrase hung.
pub fn repair_subordinate_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 1..n {
        let aw = &words[a - 1];
        let x = aw.head;
        if aw.deprel != "case"
            || !CLAUSE_OPENERS.contains(&aw.form.to_lowercase().as_str())
            || x <= a
            || x > n
            || !matches!(words[x - 1].upos.as_str(), "NOUN" | "PROPN")
            || words[x - 1].head == 0
        {
            continue;
        }
        // The phrase's words: everything from the conjunction to the verb
        // hangs (through its heads) on the phrase's head.
        let under_x = |k: usize| dominates(words, x, k);
        let Some(v) = (x + 1..=n).find(|&k| !under_x(k)) else {
            continue;
        };
        let vw = &words[v - 1];
        let subjectless = !words
            .iter()
            .any(|w| w.head == v && w.deprel.starts_with("nsubj"));
        // A past participle with an object and no auxiliary ("killed
        // thousands") is a past tense the tagger misread.
        let kids_of_v = |rel: &str| {
            words
                .iter()
                .any(|w| w.head == v && w.deprel.starts_with(rel))
        };
        let finite = matches!(vw.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || (vw.xpos == "VBN" && kids_of_v("obj") && !kids_of_v("aux"));
        if vw.upos != "VERB" || !finite || !subjectless {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        let hung = words[x - 1].head;
        if hung != v {
            fixed.words[v - 1].head = hung;
            fixed.words[v - 1].deprel = "advcl".into();
        } else if vw.deprel == "conj" {
            // "sent sympathy after a violent storm killed
            // thousands" with the phrase an `obl` of its own verb, the verb
            // a conjunct of the main one: the clause modifies it.
            fixed.words[v - 1].deprel = "advcl".into();
        }
        fixed.words[x - 1].head = v;
        fixed.words[x - 1].deprel = "nsubj".into();
        fixed.words[a - 1].head = v;
        fixed.words[a - 1].deprel = "mark".into();
    }
    s
}

/// Repairs a passive clause read as a noun phrase with a verb hung on it:
/// "Erdogan's visit to Azerbaijan was postponed" with "visit" the root and
/// "postponed" its `dep`. When the root is a nominal and a passive verb
/// after it (with its `aux:pass`, without a subject) depends on it, the
/// verb becomes the root and the nominal its passive subject.
pub fn repair_passive_of_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if !matches!(words[root - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let kids = |h: usize| (1..=words.len()).filter(move |&k| words[k - 1].head == h);
    let v = kids(root).find(|&v| {
        v > root
            && words[v - 1].upos == "VERB"
            && matches!(
                words[v - 1].deprel.as_str(),
                "dep" | "parataxis" | "acl" | "conj"
            )
            && kids(v).any(|k| words[k - 1].deprel == "aux:pass")
            && !kids(v).any(|k| words[k - 1].deprel.starts_with("nsubj"))
    })?;
    let mut s = sentence.clone();
    s.words[v - 1].head = 0;
    s.words[v - 1].deprel = "root".into();
    s.words[root - 1].head = v;
    s.words[root - 1].deprel = "nsubj:pass".into();
    // The sentence's final punctuation goes with the new root.
    for w in s.words.iter_mut().skip(v) {
        if w.head == root && w.deprel == "punct" {
            w.head = v;
        }
    }
    Some(s)
}

/// Repairs a clause whose past-tense verb was read as a noun heading the
/// sentence, the subject's words hung on it: "French President Emmanuel
/// Macron spoke by telephone with ..." with "spoke" a noun. When the root
/// is a lower-case noun whose form is a past form of a pattern verb and a
/// capitalised name before it depends on it, the root becomes that verb,
/// the name its subject (the other words before it the name's), its noun
/// modifiers obliques, and a "with" or "to" phrase hung on its "by
/// telephone" oblique the verb's own.
pub fn repair_noun_root_verb(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let root = words.iter().position(|w| w.head == 0)? + 1;
    let w = &words[root - 1];
    if w.upos != "NOUN" {
        return None;
    }
    let lemma = verb_lemma(w, &is_verb)?;
    let kids: Vec<usize> = (1..=words.len())
        .filter(|&k| words[k - 1].head == root)
        .collect();
    let subject = kids.iter().rev().copied().find(|&k| {
        k < root
            && matches!(words[k - 1].upos.as_str(), "PROPN" | "NOUN")
            && words[k - 1]
                .form
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })?;
    let mut s = sentence.clone();
    let verb = &mut s.words[root - 1];
    verb.upos = "VERB".into();
    verb.xpos = "VBD".into();
    verb.lemma = lemma;
    for &k in &kids {
        let x = &mut s.words[k - 1];
        if k == subject {
            x.deprel = "nsubj".into();
        } else if k < root && x.deprel != "punct" {
            x.head = subject;
        } else if k > root && x.deprel == "nmod" {
            x.deprel = "obl".into();
        }
    }
    let case_of = |s: &Sentence, k: usize| {
        s.words
            .iter()
            .find(|c| c.head == k && c.deprel == "case")
            .map(|c| c.form.to_lowercase())
    };
    let phones: Vec<usize> = kids
        .iter()
        .copied()
        .filter(|&k| {
            k > root
                && matches!(
                    s.words[k - 1].lemma.to_lowercase().as_str(),
                    "telephone" | "phone"
                )
                && case_of(&s, k).as_deref() == Some("by")
        })
        .collect();
    for k in 1..=s.words.len() {
        let (head, rel) = (s.words[k - 1].head, s.words[k - 1].deprel.clone());
        if phones.contains(&head)
            && rel == "nmod"
            && matches!(case_of(&s, k).as_deref(), Some("with" | "to"))
        {
            s.words[k - 1].head = root;
            s.words[k - 1].deprel = "obl".into();
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
        // A past form ("Israeli aircraft struck dozens of ...") as well.
        let form = w.form.to_lowercase();
        let past = crate::IRREGULAR
            .iter()
            .find(|(f, base)| *f == form && is_verb(base))
            .map(|(_, base)| *base);
        let candidate = w.upos == "NOUN"
            && w.deprel == "compound"
            && object == n + 1
            && ((w.xpos == "NNS" && is_verb(&w.lemma.to_lowercase())) || past.is_some());
        if !candidate || k == 0 {
            continue;
        }
        let subject = &words[k - 1];
        let attached = subject.head == object || subject.head == n;
        let named = subject.form.chars().next().is_some_and(char::is_uppercase)
            && matches!(subject.upos.as_str(), "PROPN" | "ADJ");
        // Before a past form, a common noun may be the subject too.
        if !attached || !(named || (past.is_some() && subject.upos == "NOUN")) {
            continue;
        }
        let s = fixed.get_or_insert_with(|| sentence.clone());
        let (obj_head, obj_rel) = (s.words[object - 1].head, s.words[object - 1].deprel.clone());
        let verb = &mut s.words[k];
        verb.upos = "VERB".into();
        verb.xpos = if past.is_some() { "VBD" } else { "VBZ" }.into();
        if let Some(base) = past {
            verb.lemma = base.to_string();
        }
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

/// Repairs an infinitive read as an adjective: "agreed to free 32
/// servicemen" with "free" an adjective of "servicemen" and "to" their
/// preposition. After a control verb, "to" and a word that may be a
/// coded verb, read as the adjective of the verb's oblique, are the
/// verb's complement, and the oblique its object.
pub fn repair_infinitive_adjective(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut fixed: Option<Sentence> = None;
    for to in 1..n {
        let a = to + 1;
        let (tw, aw) = (&words[to - 1], &words[a - 1]);
        let noun = aw.head;
        if !tw.form.eq_ignore_ascii_case("to")
            || tw.deprel != "case"
            || aw.upos != "ADJ"
            || aw.deprel != "amod"
            || !is_verb(&aw.form.to_lowercase())
            || noun <= a
            || noun > n
            || tw.head != noun
            || words[noun - 1].deprel != "obl"
        {
            continue;
        }
        let control = words[noun - 1].head;
        if control == 0
            || !CONTROL_VERBS.contains(&words[control - 1].lemma.to_lowercase().as_str())
        {
            continue;
        }
        let s = fixed.get_or_insert_with(|| sentence.clone());
        let verb = &mut s.words[a - 1];
        into_base_verb(verb);
        verb.head = control;
        verb.deprel = "xcomp".into();
        s.words[to - 1].head = a;
        s.words[to - 1].deprel = "mark".into();
        s.words[to - 1].upos = "PART".into();
        s.words[noun - 1].head = a;
        s.words[noun - 1].deprel = "obj".into();
    }
    fixed
}

/// Repairs a verb after a modal read as an adjective: "said it would free
/// an Israeli soldier" with "free" an adjective that has "would" for its
/// auxiliary and "soldier" for its object. A word that may be a coded
/// verb, tagged an adjective, with a modal and an object, is that verb.
pub fn repair_modal_adjective(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let mut fixed: Option<Sentence> = None;
    for a in 1..=words.len() {
        let aw = &words[a - 1];
        let kid = |rel: &str, lemmas: &[&str]| {
            words.iter().any(|c| {
                c.head == a
                    && c.deprel == rel
                    && (lemmas.is_empty() || lemmas.contains(&c.lemma.as_str()))
            })
        };
        if aw.upos != "ADJ"
            || !is_verb(&aw.form.to_lowercase())
            || !kid("aux", MODALS)
            || !kid("obj", &[])
        {
            continue;
        }
        let s = fixed.get_or_insert_with(|| sentence.clone());
        into_base_verb(&mut s.words[a - 1]);
    }
    // "said they would free Omer Cohen" read as "said they" with "would"
    // the auxiliary of "said" and "free" an adjective of the name: a pronoun,
    // a modal and that word, all hung on one verb but the word, hung on
    // the name after it.
    for a in 3..words.len() {
        let (p, m, aw) = (&words[a - 3], &words[a - 2], &words[a - 1]);
        let n = aw.head;
        let v = m.head;
        if aw.upos != "ADJ"
            || aw.deprel != "amod"
            || n != a + 1
            || !is_verb(&aw.form.to_lowercase())
            || p.upos != "PRON"
            || p.head != v
            || m.deprel != "aux"
            || !MODALS.contains(&m.lemma.as_str())
            || words[n - 1].head != v
            || !nominal(&words[n - 1])
            || fixed.is_some()
        {
            continue;
        }
        let mut s = sentence.clone();
        into_base_verb(&mut s.words[a - 1]);
        hang(&mut s, a, v, "ccomp");
        hang(&mut s, a - 2, a, "nsubj");
        hang(&mut s, a - 1, a, "aux");
        hang(&mut s, n, a, "obj");
        return Some(s);
    }
    fixed
}

/// Makes a word the base form of a verb, its lemma its form.
fn into_base_verb(w: &mut Word) {
    w.upos = "VERB".into();
    w.xpos = "VB".into();
    w.lemma = w.form.to_lowercase();
}

/// Modal auxiliaries.
const MODALS: &[&str] = &[
    "would", "will", "could", "can", "may", "might", "should", "must",
];

/// Whether verb `v` may be a clause's finite verb: tagged past or present,
/// or tagged a participle (the tagger's reading when it, too, took the
/// subject for an object's conjunct: "and civilians fled" as VBN) with no
/// auxiliary and no "by" agent of its own.
fn finite(words: &[Word], v: usize) -> bool {
    match words[v - 1].xpos.as_str() {
        "VBD" | "VBZ" | "VBP" => true,
        "VBN" => {
            let by = |k: usize| {
                words
                    .iter()
                    .any(|c| c.head == k && c.deprel == "case" && c.form.eq_ignore_ascii_case("by"))
            };
            !words.iter().enumerate().any(|(i, w)| {
                let rel = w.deprel.as_str();
                w.head == v
                    && (rel.starts_with("aux")
                        || rel == "obl:agent"
                        || (rel.starts_with("obl") && by(i + 1)))
            })
        }
        _ => false,
    }
}

/// Whether a word can head a noun phrase that is a clause's subject.
fn nominal(w: &Word) -> bool {
    matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM")
}

/// The verb lemma of a word after an adverb: a verb's own lemma, else the
/// pattern verb a past form stands for when the tagger took it for
/// something else ("cooperated" as an adjective, "withdrew" as a
/// preposition).
fn verb_lemma(w: &Word, is_verb: &impl Fn(&str) -> bool) -> Option<String> {
    if w.upos == "VERB" {
        return Some(w.lemma.clone());
    }
    let form = w.form.to_lowercase();
    let past = form.ends_with("ed") || crate::IRREGULAR.iter().any(|(f, _)| *f == form.as_str());
    if !past || w.form.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    crate::lemma_candidates(&w.lemma, &w.form)
        .into_iter()
        .find(|l| is_verb(l))
}

/// Verbs of a free relative that names the object: "struck what the
/// military described as weapons depots".
const DESCRIBING_VERBS: &[&str] = &[
    "describe",
    "call",
    "term",
    "identify",
    "label",
    "characterise",
    "characterize",
    "say",
];

/// Repairs an object named through a free relative: "Israeli warplanes
/// struck what the military described as Hezbollah weapons depots" with
/// "what" the object of "described" and the depots its "as" oblique. The
/// "as" phrase becomes the object of the verb above, the describing clause
/// its modifier.
pub fn repair_described_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for c in 2..=n {
        let cw = &words[c - 1];
        let v = cw.head;
        if cw.upos != "VERB"
            || !matches!(cw.deprel.as_str(), "ccomp" | "obj" | "xcomp")
            || !DESCRIBING_VERBS.contains(&cw.lemma.to_lowercase().as_str())
            || v == 0
            || v > c
        {
            continue;
        }
        let what = (v + 1..c).find(|&k| {
            words[k - 1].head == c
                && words[k - 1].form.eq_ignore_ascii_case("what")
                && words[k - 1].deprel.starts_with("obj")
        });
        if what.is_none() {
            continue;
        }
        let named = (c + 1..=n).find(|&k| {
            words[k - 1].head == c
                && words[k - 1].deprel.starts_with("obl")
                && (1..k).any(|a| {
                    words[a - 1].head == k
                        && words[a - 1].deprel == "case"
                        && words[a - 1].form.eq_ignore_ascii_case("as")
                })
        });
        let (Some(_), Some(o)) = (what, named) else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[o - 1].head = v;
        fixed.words[o - 1].deprel = "obj".into();
        fixed.words[c - 1].head = o;
        fixed.words[c - 1].deprel = "acl".into();
        for a in c + 1..o {
            if words[a - 1].head == o && words[a - 1].deprel == "case" {
                fixed.words[a - 1].head = c;
                fixed.words[a - 1].deprel = "mark".into();
            }
        }
        // What follows the object is the main clause's: ", killing ...".
        for a in o + 1..=n {
            if words[a - 1].head == c
                && matches!(words[a - 1].deprel.as_str(), "advcl" | "conj" | "parataxis")
            {
                fixed.words[a - 1].head = v;
            }
        }
    }
    s
}

/// Repairs an object named through "what X said were ...": "struck what
/// it said were weapons depots" (the depots a complement of "said", a
/// relative clause on "what", or "said" a conjunct of the verb),
/// "launched strikes on what it said were camps" (the "on" a marker of
/// "said"). The named noun becomes the
/// verb's object, or the "on" phrase of the verb's object; the saying
/// clause its modifier.
pub fn repair_said_to_be_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for c in 2..=n {
        let cw = &words[c - 1];
        if cw.upos != "VERB" || !DESCRIBING_VERBS.contains(&cw.lemma.to_lowercase().as_str()) {
            continue;
        }
        let Some(named) = (c + 1..=n).find(|&k| {
            words[k - 1].head == c
                && words[k - 1].deprel == "ccomp"
                && (1..k).any(|a| words[a - 1].head == k && words[a - 1].deprel == "cop")
        }) else {
            continue;
        };
        let is_what = |k: usize| k >= 1 && words[k - 1].form.eq_ignore_ascii_case("what");
        let h = cw.head;
        // "struck what it said were depots".
        if cw.deprel == "acl:relcl" && is_what(h) && words[h - 1].deprel == "obj" {
            let v = words[h - 1].head;
            if v == 0 {
                continue;
            }
            let mut fixed = sentence.clone();
            hang(&mut fixed, named, v, "obj");
            hang(&mut fixed, h, c, "obj");
            hang(&mut fixed, c, named, "acl");
            return Some(fixed);
        }
        // "launched strikes on what it said were camps".
        let what = (1..c).find(|&k| is_what(k) && words[k - 1].head == c);
        let mark = (1..c).find(|&k| {
            words[k - 1].head == c
                && words[k - 1].deprel == "mark"
                && matches!(
                    words[k - 1].lemma.to_lowercase().as_str(),
                    "on" | "at" | "against"
                )
        });
        // "struck what Ankara said were hideouts", "said" read as a
        // conjunct of the verb that has no object.
        if let (Some(_), None) = (what, mark) {
            let bare = h != 0
                && h < c
                && words[h - 1].upos == "VERB"
                && matches!(cw.deprel.as_str(), "conj" | "advcl" | "parataxis" | "dep")
                && !words.iter().any(|w| w.head == h && w.deprel == "obj");
            if bare {
                let mut fixed = sentence.clone();
                hang(&mut fixed, named, h, "obj");
                hang(&mut fixed, c, named, "acl");
                return Some(fixed);
            }
        }
        if let (Some(_), Some(m), "advcl") = (what, mark, cw.deprel.as_str()) {
            if h == 0 || h > c {
                continue;
            }
            let object =
                (h + 1..m).find(|&k| words[k - 1].head == h && words[k - 1].deprel == "obj");
            let mut fixed = sentence.clone();
            match object {
                Some(o) => hang(&mut fixed, named, o, "nmod"),
                None => hang(&mut fixed, named, h, "obl"),
            }
            hang(&mut fixed, m, named, "case");
            hang(&mut fixed, c, named, "acl");
            return Some(fixed);
        }
    }
    None
}

/// Repairs an object read as the possessor of a later verb: "the Emir
/// received Iraqi Prime Minister Mohammed Shia al-Sudani on Wednesday, as
/// the neighbours seek ..." with "Mohammed" an `nmod:poss` of "seek". A
/// name with no "'s" cannot own a verb: it is the object of the verb before
/// it that has none, and the adjectives before it that hung on that later
/// verb are its own.
pub fn repair_possessive_of_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for w in 2..=n {
        let ww = &words[w - 1];
        let h = ww.head;
        if ww.deprel != "nmod:poss" || ww.upos != "PROPN" || h == 0 || h > n {
            continue;
        }
        if words[h - 1].upos != "VERB" {
            continue;
        }
        let owned = (w + 1..=n).any(|k| words[k - 1].head == w && words[k - 1].deprel == "case");
        if owned {
            continue;
        }
        let Some(v) = (1..w).rev().find(|&k| words[k - 1].upos == "VERB") else {
            continue;
        };
        if words.iter().any(|x| x.head == v && x.deprel == "obj") {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[w - 1].head = v;
        fixed.words[w - 1].deprel = "obj".into();
        for k in v + 1..w {
            let kw = &words[k - 1];
            if kw.head == h && matches!(kw.upos.as_str(), "ADJ" | "PROPN") {
                fixed.words[k - 1].head = w;
                fixed.words[k - 1].deprel =
                    if kw.upos == "ADJ" { "amod" } else { "compound" }.into();
            }
        }
    }
    s
}

/// Repairs a possessor hung on the verb its possessed noun is the subject
/// or object of: "South Korea's new government said ..." with "Korea" an
/// `nmod:poss` of "said". The possessor, its "'s" and the words up to the
/// nominal after it that depends on the same verb all belong to that
/// nominal.
pub fn repair_possessor_of_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for w in 1..=n {
        let ww = &words[w - 1];
        let h = ww.head;
        if ww.deprel != "nmod:poss" || !nominal(ww) || h == 0 || h > n {
            continue;
        }
        if words[h - 1].upos != "VERB" {
            continue;
        }
        let owned = words.get(w).is_some_and(|c| {
            c.head == w && c.deprel == "case" && matches!(c.form.as_str(), "'s" | "'" | "\u{2019}s")
        });
        if !owned {
            continue;
        }
        // The owned nominal: the first word after the "'s" that hangs on
        // the same verb as a subject or object, with only its own
        // modifiers between.
        let Some(o) = (w + 2..=n).find(|&k| words[k - 1].head == h) else {
            continue;
        };
        let ow = &words[o - 1];
        if (w + 2..o).any(|k| !(w + 2..=o).contains(&words[k - 1].head))
            || !matches!(ow.upos.as_str(), "NOUN" | "PROPN")
            || !matches!(ow.deprel.as_str(), "nsubj" | "nsubj:pass" | "obj")
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[w - 1].head = o;
    }
    s
}

/// Repairs a hyphenated participle before a noun read as a clause: "pounded
/// rebel-held towns" with "rebel" the object, "held" an open complement
/// and "towns" its object. The noun after the participle takes the first
/// word's place; the participle modifies it, and the first word hangs on
/// the participle.
pub fn repair_hyphen_participle(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for h in 2..n.saturating_sub(1) {
        if words[h - 1].form != "-" {
            continue;
        }
        let (x, y, z) = (h - 1, h + 1, h + 2);
        let (xw, yw, zw) = (&words[x - 1], &words[y - 1], &words[z - 1]);
        let participle = yw.upos == "VERB" && yw.xpos == "VBN";
        if !participle
            || !matches!(xw.upos.as_str(), "NOUN" | "PROPN")
            || !matches!(zw.upos.as_str(), "NOUN" | "PROPN")
            || zw.head != y
            || !zw.deprel.starts_with("obj")
            || xw.head == 0
            || xw.head == y
            || yw.head != xw.head
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[z - 1].head = xw.head;
        fixed.words[z - 1].deprel = xw.deprel.clone();
        fixed.words[y - 1].head = z;
        fixed.words[y - 1].deprel = "amod".into();
        fixed.words[x - 1].head = y;
        fixed.words[x - 1].deprel = "obl:agent".into();
        fixed.words[h - 1].head = x;
        fixed.words[h - 1].deprel = "punct".into();
        // What hung on the participle after the noun is the noun's.
        for k in z + 1..=n {
            if words[k - 1].head == y {
                fixed.words[k - 1].head = xw.head;
            }
        }
    }
    s
}

/// Repairs a place phrase read as a participle's subject: "filed a case at
/// the court in The Hague on Friday accusing Israel" with "in" a marker of
/// "accusing" and "The Hague" its subject. A participle's subject that a
/// locative preposition opens is a place of the verb above, and the
/// participle has no subject of its own.
pub fn repair_place_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for v in 1..=n {
        let vw = &words[v - 1];
        if vw.upos != "VERB" || vw.xpos != "VBG" || vw.head == 0 || vw.deprel != "advcl" {
            continue;
        }
        let Some(m) = children[v].iter().copied().find(|&k| {
            k < v
                && words[k - 1].deprel == "mark"
                && matches!(
                    words[k - 1].form.to_lowercase().as_str(),
                    "in" | "at" | "near"
                )
        }) else {
            continue;
        };
        let Some(subj) = children[v]
            .iter()
            .copied()
            .find(|&k| k > m && k < v && words[k - 1].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[subj - 1].head = vw.head;
        fixed.words[subj - 1].deprel = "obl".into();
        fixed.words[m - 1].head = subj;
        fixed.words[m - 1].deprel = "case".into();
        fixed.words[m - 1].upos = "ADP".into();
    }
    s
}

/// Repairs a time phrase read as a conjunct: "agreed to accept flights,
/// following talks with Rubio" with "talks" a `conj` of "flights". A noun
/// conjunct opened by a comma and "following" (an adjective to the
/// tagger) with no conjunction of its own is an oblique of the verb above.
pub fn repair_following_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    for w in 2..=n {
        let ww = &words[w - 1];
        if ww.deprel != "conj" || !matches!(ww.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let kids = || children[w].iter().copied().filter(|&k| k < w);
        let Some(f) = kids().find(|&k| words[k - 1].form.eq_ignore_ascii_case("following")) else {
            continue;
        };
        let comma = f >= 2 && words[f - 2].form == ",";
        if !comma || kids().any(|k| words[k - 1].deprel == "cc") {
            continue;
        }
        let Some(v) = verb_above(words, ww.head) else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[w - 1].head = v;
        fixed.words[w - 1].deprel = "obl".into();
    }
    s
}

/// Repairs a clause read as one noun phrase: "..., and police fired tear
/// gas to disperse them" with "fired" an `amod` and "police" an `nsubj` of
/// "gas". A past-tense verb hung as a modifier on the noun after it, when
/// that noun (or the verb) has a subject before the verb, heads the clause
/// (a verb's object so becomes its reported clause): it takes the
/// noun's place, the noun becomes its object and the subject its own, and
/// what opened the clause ("and", a comma) and the clauses after the noun
/// ("to disperse them") hang on it.
pub fn repair_modifier_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for v in 1..=n {
        let vw = &words[v - 1];
        let h = vw.head;
        if vw.upos != "VERB"
            || !matches!(vw.xpos.as_str(), "VBD" | "VBN")
            || vw.deprel != "amod"
            || h <= v
            || h > n
        {
            continue;
        }
        if !matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        // The subject may hang on the verb itself ("said its jets struck
        // dozens of targets" with "struck" an `amod` of "dozens").
        let Some(subj) = (1..v)
            .find(|&k| words[k - 1].head == h && words[k - 1].deprel.starts_with("nsubj"))
            .or_else(|| (1..v).find(|&k| words[k - 1].head == v && words[k - 1].deprel == "nsubj"))
        else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        let (mut head, mut rel) = (words[h - 1].head, words[h - 1].deprel.clone());
        // What a verb's object was is the clause it reports.
        if rel == "obj"
            && words
                .get(head.wrapping_sub(1))
                .is_some_and(|w| w.upos == "VERB")
        {
            rel = "ccomp".into();
        }
        // A clause conjoined to a noun is the conjunct of that noun's verb.
        if rel == "conj" {
            head = verb_above(words, head).unwrap_or(head);
        }
        fixed.words[v - 1].head = head;
        fixed.words[v - 1].deprel = rel;
        fixed.words[h - 1].head = v;
        fixed.words[h - 1].deprel = "obj".into();
        fixed.words[subj - 1].head = v;
        for k in 1..=n {
            let w = &words[k - 1];
            if w.head != h {
                continue;
            }
            // "Mali's transitional government ... condemned remarks" with
            // "Mali" the owner of "remarks": the subject's.
            if k < subj && w.deprel == "nmod:poss" {
                fixed.words[k - 1].head = subj;
                continue;
            }
            let opener = k < subj && matches!(w.deprel.as_str(), "cc" | "punct");
            let clause = k > h && matches!(w.deprel.as_str(), "acl" | "advcl");
            if opener || clause {
                fixed.words[k - 1].head = v;
                if clause {
                    fixed.words[k - 1].deprel = "advcl".into();
                }
            }
        }
    }
    s
}

/// Verbs that take an object and its infinitive: "allow U.S. troops to
/// operate".
const PERMISSIVE_VERBS: &[&str] = &[
    "allow",
    "permit",
    "let",
    "want",
    "urge",
    "ask",
    "order",
    "force",
    "invite",
    "encourage",
];

/// Repairs a name before a noun read as the noun's subject: "Thai F-16
/// fighter jets bombed ..." with "Thai" an `nsubj` of "jets". A noun that
/// is itself an argument, with no copula, has no subject: a name or
/// adjective before it, with nothing but its own words between, modifies
/// it.
pub fn repair_subject_of_noun(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    for d in 1..=n {
        let dw = &words[d - 1];
        let h = dw.head;
        if !dw.deprel.starts_with("nsubj") || h <= d || h > n {
            continue;
        }
        let hw = &words[h - 1];
        // "allow U.S. troops to operate" with "troops" a clausal
        // complement of "allow": a noun is no clause; it is the object.
        let complement = matches!(hw.deprel.as_str(), "ccomp" | "xcomp")
            && hw.head != 0
            && words[hw.head - 1].upos == "VERB"
            && !children[hw.head]
                .iter()
                .any(|&k| words[k - 1].deprel == "obj");
        // The tagger may read the plural noun as a verb ("troops" VBZ):
        // only after a verb that takes an object and its infinitive.
        let permissive = complement
            && PERMISSIVE_VERBS.contains(&words[hw.head - 1].lemma.to_lowercase().as_str())
            && hw.xpos == "VBZ"
            && children[h]
                .iter()
                .any(|&k| words[k - 1].deprel == "xcomp" && words[k - 1].upos == "VERB");
        let argument = complement
            || matches!(
                hw.deprel.split(':').next().unwrap_or(""),
                "nsubj" | "obj" | "iobj" | "obl" | "nmod"
            );
        if !(matches!(hw.upos.as_str(), "NOUN" | "PROPN") || permissive)
            || !argument
            || !matches!(dw.upos.as_str(), "PROPN" | "ADJ" | "NUM")
        {
            continue;
        }
        let clausal = children[h].iter().any(|&k| {
            matches!(
                words[k - 1].deprel.split(':').next().unwrap_or(""),
                "cop" | "aux" | "mark"
            )
        });
        // Only the phrase's own words between: "Thai F-16 fighter jets".
        let contiguous = (d + 1..h).all(|k| {
            let w = &words[k - 1];
            (w.head == h || dominates(words, d, k)) && w.upos != "PUNCT" && w.upos != "VERB"
        });
        if clausal || !contiguous {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[d - 1].deprel = match dw.upos.as_str() {
            "ADJ" => "amod",
            "NUM" => "nummod",
            _ => "compound",
        }
        .into();
        if complement {
            fixed.words[h - 1].deprel = "obj".into();
        }
        if permissive {
            fixed.words[h - 1].upos = "NOUN".into();
            fixed.words[h - 1].xpos = "NNS".into();
        }
    }
    s
}

/// Repairs a known name of several words that the parser split between
/// heads: "to help Papua New Guinea train its police" with "Papua" the
/// object of "help" and "Guinea" a compound of "train". `names`: the
/// dictionary's names in the sentence, as 1-based inclusive word ranges.
/// A name whose words hang outside it from more than one word becomes one
/// phrase: its last word takes the place of the word hung highest, the
/// others hang on the last word.
pub fn repair_split_name(sentence: &Sentence, names: &[(usize, usize)]) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let depth = |w: usize| {
        let mut d = 0;
        let mut cur = w;
        while cur != 0 && d <= n {
            cur = words[cur - 1].head;
            d += 1;
        }
        d
    };
    let mut s: Option<Sentence> = None;
    for &(a, b) in names {
        if a >= b || b > n {
            continue;
        }
        let inside = |h: usize| (a..=b).contains(&h);
        let outside: Vec<usize> = (a..=b).filter(|&k| !inside(words[k - 1].head)).collect();
        // Words of the name hung on each other as clause parts ("Papua"
        // the subject with "Guinea" its object).
        let misjoined: Vec<usize> = (a..=b)
            .filter(|&k| {
                inside(words[k - 1].head)
                    && !matches!(
                        words[k - 1].deprel.as_str(),
                        "compound"
                            | "flat"
                            | "amod"
                            | "case"
                            | "punct"
                            | "det"
                            | "nmod:poss"
                            | "nummod"
                            | "nmod:desc"
                            | "cc"
                            | "conj"
                    )
            })
            .collect();
        if outside.len() < 2 && misjoined.is_empty() {
            continue;
        }
        if outside.is_empty() {
            continue;
        }
        // A name is a noun phrase: a word in a noun's relation first (its
        // owner's relation when "'s" follows it: "Crown Prince Mohammed
        // bin Salman's visit"), then the highest, then the first.
        let possessive = words
            .get(b)
            .is_some_and(|w| matches!(w.form.as_str(), "'s" | "\u{2019}s" | "'" | "\u{2019}"));
        let class = |k: usize| match words[k - 1].deprel.as_str() {
            "nmod:poss" if possessive => 0,
            rel => match rel.split(':').next().unwrap_or("") {
                "nsubj" | "obj" | "iobj" | "obl" => 1,
                "nmod" | "conj" | "appos" => 2,
                "list" | "dep" | "flat" | "compound" | "parataxis" | "punct" => 4,
                _ => 3,
            },
        };
        let Some(&top) = outside.iter().min_by_key(|&&k| (class(k), depth(k), k)) else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        let before = fixed.words.clone();
        let (head, rel) = (words[top - 1].head, words[top - 1].deprel.clone());
        for &k in outside.iter().chain(&misjoined) {
            if k != b {
                fixed.words[k - 1].head = b;
                fixed.words[k - 1].deprel = "compound".into();
            }
        }
        fixed.words[b - 1].head = head;
        fixed.words[b - 1].deprel = rel;
        // The name's head may not hang below the name.
        if head != 0 && dominates(&fixed.words, b, head) {
            fixed.words = before;
        }
    }
    s.filter(|f| f.words != sentence.words)
}

/// Each word's dependents in order, by 1-based index (index 0: the
/// root's), in two allocations: `children[h]` is a slice.
struct Children {
    start: Vec<usize>,
    list: Vec<usize>,
}

impl std::ops::Index<usize> for Children {
    type Output = [usize];
    fn index(&self, h: usize) -> &[usize] {
        &self.list[self.start[h]..self.start[h + 1]]
    }
}

fn children_of(words: &[Word]) -> Children {
    let n = words.len();
    let mut start = vec![0usize; n + 2];
    for w in words {
        if w.head <= n {
            start[w.head + 1] += 1;
        }
    }
    for h in 1..start.len() {
        start[h] += start[h - 1];
    }
    let mut fill = start.clone();
    let mut list = vec![0usize; start[n + 1]];
    for (k, w) in words.iter().enumerate() {
        if w.head <= n {
            list[fill[w.head]] = k + 1;
            fill[w.head] += 1;
        }
    }
    Children { start, list }
}

/// The nearest verb at or above word `k` (cycle-safe), if any.
fn verb_above(words: &[Word], k: usize) -> Option<usize> {
    let mut v = k;
    for _ in 0..=words.len() {
        match words.get(v.wrapping_sub(1)) {
            Some(w) if w.upos == "VERB" => return Some(v),
            Some(w) => v = w.head,
            None => return None,
        }
    }
    None
}

/// Whether `anc` is `w` or one of its heads (cycle-safe).
fn dominates(words: &[Word], anc: usize, w: usize) -> bool {
    let mut cur = w;
    for _ in 0..=words.len() {
        if cur == anc {
            return true;
        }
        match words.get(cur.wrapping_sub(1)) {
            Some(x) if x.head != 0 => cur = x.head,
            _ => return false,
        }
    }
    false
}

/// Words that join a noun phrase to its head inside it.
const PHRASE_INTERNAL: &[&str] = &[
    "compound",
    "amod",
    "det",
    "nummod",
    "flat",
    "nmod",
    "case",
    "nmod:poss",
    "appos",
];

/// The head of the noun phrase that ends at word `e`, climbing only
/// through phrase-internal relations and staying before `limit`.
fn phrase_head(words: &[Word], e: usize, limit: usize) -> usize {
    let mut cur = e;
    for _ in 0..words.len() {
        let w = &words[cur - 1];
        let base = w.deprel.split(':').next().unwrap_or("");
        let inside =
            PHRASE_INTERNAL.contains(&w.deprel.as_str()) || PHRASE_INTERNAL.contains(&base);
        if !inside || w.head == 0 || w.head >= limit || w.head > cur {
            break;
        }
        cur = w.head;
    }
    cur
}

/// Repairs a clause whose subject and verb an adverb stands between
/// ("Russia also criticized Ukraine", "Turkish police then arrested ...",
/// "Chile also cooperated with Peru"): the parser makes the subject the
/// root and hangs the verb from it, or takes the verb for an adjective or
/// a preposition of its object. When the words before the adverb are one
/// noun phrase and the sentence's root is that phrase, the verb or the
/// verb's head, the verb becomes the root, the phrase its subject and a
/// nominal root after it its object.
pub fn repair_adverb_verb(
    sentence: &Sentence,
    is_verb: &impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let root = words.iter().position(|w| w.head == 0)? + 1;
    for a in 2..n {
        let adv = &words[a - 1];
        let v = a + 1;
        if adv.upos != "ADV" || !matches!(adv.deprel.as_str(), "advmod" | "root") {
            continue;
        }
        let vw = &words[v - 1];
        let Some(lemma) = verb_lemma(vw, is_verb) else {
            continue;
        };
        let vhead = vw.head;
        // A nominal the verb hangs from after it: really its object
        // ("rejected" an adjective of "talks").
        let object = (vhead > v && vhead <= n && nominal(&words[vhead - 1])).then_some(vhead);
        let passive = words.iter().any(|w| w.head == v && w.deprel == "aux:pass");
        let has_subject = words.iter().any(|w| {
            w.head == v && w.deprel.starts_with("nsubj") && (passive || w.deprel != "nsubj:pass")
        });
        if vw.upos == "VERB" && has_subject && object.is_none() {
            continue;
        }
        // The words before the adverb: one noun phrase ending right before it.
        let subj = phrase_head(words, a - 1, a);
        let sw = &words[subj - 1];
        let whole = (1..a).all(|k| dominates(words, subj, k));
        let possessive = sw.deprel == "nmod:poss";
        let prepositional = words
            .iter()
            .any(|w| w.head == subj && w.deprel == "case" && w.upos == "ADP");
        if !nominal(sw) || !whole || possessive || prepositional {
            continue;
        }
        if !(root == v || root == subj || root == a || Some(root) == object) {
            continue;
        }
        let mut s = sentence.clone();
        for (k, w) in s.words.iter_mut().enumerate() {
            let i = k + 1;
            // Words after the verb that hung from the subject or the adverb.
            let stranded = i > v && (w.head == subj || w.head == a);
            let punct_of_object = Some(w.head) == object && w.deprel == "punct";
            if i == v {
                w.upos = "VERB".into();
                w.lemma = lemma.clone();
                if !w.xpos.starts_with("VB") {
                    w.xpos = "VBD".into();
                }
                w.head = 0;
                w.deprel = "root".into();
            } else if i == subj {
                w.head = v;
                w.deprel = "nsubj".into();
            } else if i == a {
                w.head = v;
                w.deprel = "advmod".into();
            } else if Some(i) == object {
                w.head = v;
                w.deprel = "obj".into();
            } else if stranded || punct_of_object {
                w.head = v;
            }
        }
        return Some(s);
    }
    None
}

/// Subordinators the tagger reads as prepositions ("as thousands fled").
const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "until", "since", "because", "whereas",
];

/// Repairs a second clause whose subject the parser hung from the first
/// clause: "Ghana condemned Togo and Benin criticized Nigeria" (Benin a
/// second object), "rebels attacked the town and civilians fled", "...
/// as thousands of residents fled" (the subject an oblique with "as").
/// A finite verb without a subject right after a coordinated noun phrase
/// (with its own "and") or an oblique opened by a subordinator takes that
/// phrase as its subject, and becomes a conjunct (or an adverbial clause)
/// of the verb the phrase hung from.
pub fn repair_clause_subjects(sentence: &Sentence) -> Option<Sentence> {
    // Copied only at the first change: most sentences need none.
    let mut s = std::borrow::Cow::Borrowed(sentence);
    let mut changed = false;
    // Kept up to date as words are re-hung, so the pass stays linear.
    let mut children: Vec<Vec<usize>> = {
        let csr = children_of(&s.words);
        (0..=s.words.len()).map(|h| csr[h].to_vec()).collect()
    };
    for v in 1..=s.words.len() {
        let words = &s.words;
        let vw = &words[v - 1];
        if vw.upos != "VERB" || vw.head == 0 || !finite(words, v) {
            continue;
        }
        let has_subject = children[v].iter().any(|&k| {
            let rel = words[k - 1].deprel.as_str();
            rel.starts_with("nsubj") || rel.starts_with("csubj") || rel == "expl"
        });
        if has_subject {
            continue;
        }
        // The last word before the verb that is not its adverb.
        let mut e = v - 1;
        while e >= 1 && words[e - 1].head == v && words[e - 1].deprel == "advmod" {
            e -= 1;
        }
        if e == 0 {
            continue;
        }
        let subj = phrase_head(words, e, v);
        let sw = &words[subj - 1];
        if !nominal(sw) || sw.head == v || sw.head == 0 {
            continue;
        }
        let kids = |rel: &str| -> Vec<usize> {
            children[subj]
                .iter()
                .copied()
                .filter(|&k| words[k - 1].deprel == rel)
                .collect()
        };
        let cc = kids("cc");
        let mark: Vec<usize> = kids("case")
            .into_iter()
            .filter(|&c| SUBORDINATORS.contains(&words[c - 1].form.to_lowercase().as_str()))
            .collect();
        let coordinated = sw.deprel == "conj" && !cc.is_empty();
        let subordinate =
            matches!(sw.deprel.split(':').next(), Some("obl" | "nmod")) && !mark.is_empty();
        if !coordinated && !subordinate {
            continue;
        }
        // The verb the phrase hangs from.
        let mut p = sw.head;
        let mut guard = 0;
        while p != 0 && p <= words.len() && words[p - 1].upos != "VERB" && guard <= words.len() {
            p = words[p - 1].head;
            guard += 1;
        }
        if p == 0 || p > words.len() || p == v || dominates(words, v, p) {
            continue;
        }
        let punct: Vec<usize> = kids("punct").into_iter().filter(|&c| c < subj).collect();
        let marks: &[usize] = if coordinated { &[] } else { &mark };
        let moved = [(v, p), (subj, v)]
            .into_iter()
            .chain(cc.iter().chain(&punct).chain(marks).map(|&c| (c, v)));
        for (k, h) in moved {
            let old = s.words[k - 1].head;
            if old <= s.words.len() {
                children[old].retain(|&c| c != k);
            }
            let at = children[h].partition_point(|&c| c < k);
            children[h].insert(at, k);
        }
        let w = &mut s.to_mut().words;
        w[v - 1].head = p;
        w[v - 1].deprel = if coordinated { "conj" } else { "advcl" }.into();
        w[subj - 1].head = v;
        w[subj - 1].deprel = "nsubj".into();
        for c in cc.into_iter().chain(punct) {
            w[c - 1].head = v;
        }
        if !coordinated {
            for c in mark {
                w[c - 1].head = v;
                w[c - 1].deprel = "mark".into();
                w[c - 1].upos = "SCONJ".into();
            }
        }
        changed = true;
    }
    changed.then(|| s.into_owned())
}

/// Repairs an opening subordinate clause read as the main one: "A year
/// after Azerbaijan retook Karabakh in an offensive, Armenia and
/// Azerbaijan met in Almaty" with "retook" the root (its `mark` "after"),
/// "met" its conjunct and "Armenia" an apposition of "offensive". The
/// verb after the clause's comma, with a subject of its own, is the root
/// and the opening clause its `advcl`; a name between the comma and that
/// subject, coordinated with it, is the subject.
pub fn repair_opening_subordinate(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    if words[r - 1].upos != "VERB" {
        return None;
    }
    let kids = |of: usize| (1..=n).filter(move |&k| words[k - 1].head == of);
    kids(r).find(|&m| {
        m < r
            && words[m - 1].deprel == "mark"
            && SUBORDINATORS
                .iter()
                .chain(&["although", "though", "once"])
                .any(|x| words[m - 1].form.eq_ignore_ascii_case(x))
    })?;
    let v = kids(r).find(|&k| {
        k > r
            && matches!(words[k - 1].deprel.as_str(), "conj" | "parataxis")
            && words[k - 1].upos == "VERB"
            && !kids(k)
                .any(|c| words[c - 1].deprel == "cc" && c < k && !nominal_before(words, c, k))
    })?;
    let c = (r + 1..v).rev().find(|&k| words[k - 1].form == ",")?;
    let own = kids(v).find(|&k| k > c && k < v && words[k - 1].deprel.starts_with("nsubj"));
    // The first name after the comma that hangs on the opening clause.
    let stray = (c + 1..v).find(|&k| {
        let h = words[k - 1].head;
        h != 0 && h <= c && nominal(&words[k - 1])
    });
    if own.is_none() && stray.is_none() {
        return None;
    }
    let mut fixed = sentence.clone();
    fixed.words[v - 1].head = 0;
    fixed.words[v - 1].deprel = "root".into();
    fixed.words[r - 1].head = v;
    fixed.words[r - 1].deprel = "advcl".into();
    fixed.words[c - 1].head = r;
    for k in c + 1..v {
        let h = words[k - 1].head;
        if h > c || h == 0 {
            continue;
        }
        fixed.words[k - 1].head = v;
        if Some(k) == stray {
            let passive = kids(v).any(|a| words[a - 1].deprel == "aux:pass");
            fixed.words[k - 1].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
            if let Some(s) = own.filter(|&s| s > k) {
                fixed.words[s - 1].head = k;
                fixed.words[s - 1].deprel = "conj".into();
            }
        }
    }
    for k in v + 1..=n {
        if words[k - 1].head == r {
            fixed.words[k - 1].head = v;
        }
    }
    Some(fixed)
}

/// Whether the "and" at `c` joins nominals before the verb `v` ("Armenia
/// and Azerbaijan met"), not the verb to a verb before it.
fn nominal_before(words: &[Word], c: usize, v: usize) -> bool {
    (c + 1..v).any(|k| nominal(&words[k - 1]))
}

/// Repairs a sentence whose subordinate clause the parser made the root:
/// "Malian rebels ambushed French troops as thousands of civilians fled
/// the fighting" read with "fled" as the root, "rebels" its subject,
/// "ambushed" a clause modifying "rebels" and "as thousands" an oblique of
/// "ambushed". The modifying clause (a finite verb with an object) becomes
/// the root with the subject, the old root an adverbial clause with the
/// oblique as its subject.
pub fn repair_subordinate_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    if words[r - 1].upos != "VERB" {
        return None;
    }
    let subj = (1..r).find(|&k| words[k - 1].head == r && words[k - 1].deprel == "nsubj")?;
    let a = (subj + 1..r).find(|&k| {
        let w = &words[k - 1];
        w.head == subj
            && w.upos == "VERB"
            && w.deprel.starts_with("acl")
            && finite(words, k)
            && words.iter().any(|o| o.head == k && o.deprel == "obj")
    })?;
    let mut e = r - 1;
    while e > a && words[e - 1].head == r && words[e - 1].deprel == "advmod" {
        e -= 1;
    }
    let obl = phrase_head(words, e, r);
    let ow = &words[obl - 1];
    if ow.head != a || !matches!(ow.deprel.split(':').next(), Some("obl" | "nmod")) || !nominal(ow)
    {
        return None;
    }
    let mark: Vec<usize> = (1..=n)
        .filter(|&k| {
            words[k - 1].head == obl
                && words[k - 1].deprel == "case"
                && SUBORDINATORS.contains(&words[k - 1].form.to_lowercase().as_str())
        })
        .collect();
    if mark.is_empty() {
        return None;
    }
    let mut s = sentence.clone();
    for (k, w) in s.words.iter_mut().enumerate() {
        let i = k + 1;
        if i == a {
            w.head = 0;
            w.deprel = "root".into();
        } else if i == r {
            w.head = a;
            w.deprel = "advcl".into();
        } else if i == subj {
            w.head = a;
        } else if i == obl {
            w.head = r;
            w.deprel = "nsubj".into();
        } else if mark.contains(&i) {
            w.head = r;
            w.deprel = "mark".into();
            w.upos = "SCONJ".into();
        } else if w.head == r && (i < a || (w.deprel == "punct" && i == n)) {
            w.head = a;
        }
    }
    Some(s)
}

/// Repairs a verb of intention read as a plural noun: "The president
/// plans to visit Uganda" with "plans" a noun root that has a subject and
/// a "to" clause. A nominal root with a subject, no copula and a "to"
/// clause becomes the verb, the clause its open complement.
pub fn repair_control_noun(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let r = words.iter().position(|w| w.head == 0)? + 1;
    let rw = &words[r - 1];
    if rw.upos != "NOUN" {
        return None;
    }
    let kid = |rel: &str| {
        (1..=words.len()).find(|&k| words[k - 1].head == r && words[k - 1].deprel == rel)
    };
    kid("nsubj")?;
    if kid("cop").is_some() {
        return None;
    }
    let clause = (r + 1..=words.len()).find(|&k| {
        let w = &words[k - 1];
        w.head == r
            && w.upos == "VERB"
            && w.deprel == "acl"
            && words
                .iter()
                .any(|m| m.head == k && m.deprel == "mark" && m.form.eq_ignore_ascii_case("to"))
    })?;
    let mut s = sentence.clone();
    let root = &mut s.words[r - 1];
    root.upos = "VERB".into();
    root.xpos = "VBZ".into();
    s.words[clause - 1].deprel = "xcomp".into();
    Some(s)
}

/// Verbs that take an -ing complement ("began shelling the town"): after
/// them an -ing word is a verb, not an adjective.
const CATENATIVE_VERBS: &[&str] = &[
    "admit",
    "avoid",
    "begin",
    "cease",
    "consider",
    "continue",
    "deny",
    "discuss",
    "end",
    "finish",
    "halt",
    "keep",
    "mind",
    "pause",
    "propose",
    "quit",
    "recommend",
    "resume",
    "risk",
    "start",
    "stop",
    "suggest",
    "suspend",
];

/// Repairs an adjectival participle read as a verb: "imposed sweeping
/// economic sanctions on Belarus" with "sweeping" an open complement of
/// "imposed" and "sanctions" its object. An -ing word right after a verb
/// that has no object, taking as object the noun phrase that starts right
/// after it, becomes a modifier of that noun, which becomes the verb's
/// object; the participle's other dependents go to the verb. Not after a
/// verb that takes an -ing complement, nor for an event verb ("shelling").
pub fn repair_participle_modifier(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for p in 2..=words.len() {
        let pw = &words[p - 1];
        let h = pw.head;
        if h != p - 1
            || pw.upos != "VERB"
            || !pw.form.to_lowercase().ends_with("ing")
            || !matches!(pw.deprel.as_str(), "xcomp" | "ccomp" | "advcl")
            || is_verb(&pw.lemma.to_lowercase())
        {
            continue;
        }
        let hw = &words[h - 1];
        if hw.upos != "VERB" || CATENATIVE_VERBS.contains(&hw.lemma.to_lowercase().as_str()) {
            continue;
        }
        let kids = |of: usize| (1..=words.len()).filter(move |&k| words[k - 1].head == of);
        if kids(h).any(|k| words[k - 1].deprel == "obj") {
            continue;
        }
        // The participle's own clause words would make it a verb.
        if kids(p).any(|k| {
            k < p
                || matches!(
                    words[k - 1].deprel.as_str(),
                    "mark" | "aux" | "nsubj" | "det"
                )
        }) {
            continue;
        }
        let Some(o) = kids(p).find(|&k| words[k - 1].deprel == "obj" && nominal(&words[k - 1]))
        else {
            continue;
        };
        // Nothing but the object's own modifiers between the two.
        if !(p + 1..o).all(|k| {
            words[k - 1].head == o
                && matches!(words[k - 1].deprel.as_str(), "amod" | "compound" | "nummod")
        }) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        for k in kids(p).filter(|&k| k != o) {
            fixed.words[k - 1].head = h;
        }
        fixed.words[o - 1].head = h;
        fixed.words[o - 1].deprel = "obj".into();
        retag(&mut fixed.words[p - 1], o, "amod", "ADJ", "JJ");
    }
    s
}

/// Nouns of a time of day, which never head a name (the adverbs are
/// [`crate::when::TIME_ADVERBS`]).
const TIME_OF_DAY: &[&str] = &["night", "morning", "evening", "afternoon"];

/// Repairs a time word read as the head of a name before it: "fired
/// missiles at the port city of Odesa overnight" with "Odesa" a compound
/// of "overnight", "stormed a hotel in Mogadishu on Friday night" with
/// "Mogadishu" a compound of "night". The name takes the time word's place
/// and the words before it; the time word becomes a modifier of the
/// nearest verb above.
pub fn repair_time_word_head(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for w in 2..=n {
        let ww = &words[w - 1];
        let form = ww.form.to_lowercase();
        let adverb = crate::when::TIME_ADVERBS.contains(&form.as_str());
        if !adverb && !TIME_OF_DAY.contains(&form.as_str()) {
            continue;
        }
        let Some(c) = (1..w).rev().find(|&k| {
            words[k - 1].head == w
                && words[k - 1].deprel == "compound"
                && words[k - 1].upos == "PROPN"
        }) else {
            continue;
        };
        let mut verb = ww.head;
        let mut steps = 0;
        while verb != 0 && words[verb - 1].upos != "VERB" && steps < n {
            verb = words[verb - 1].head;
            steps += 1;
        }
        if verb == 0 || words[verb - 1].upos != "VERB" {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[c - 1].head = ww.head;
        fixed.words[c - 1].deprel = ww.deprel.clone();
        for k in (1..c).filter(|&k| words[k - 1].head == w) {
            fixed.words[k - 1].head = c;
        }
        if adverb {
            retag(&mut fixed.words[w - 1], verb, "advmod", "ADV", "RB");
        } else {
            fixed.words[w - 1].head = verb;
            fixed.words[w - 1].deprel = "obl:tmod".into();
        }
    }
    s
}

/// Repairs the name of a place hung on the verb after its place noun: "met
/// Blinken in the Laotian capital Vientiane" with "Vientiane" a second
/// object of "met". The name takes the noun's place, preposition and
/// modifiers, the noun a `compound` of it: a place, never an actor.
pub fn repair_place_name(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    for w in 2..=words.len() {
        let (name, noun) = (&words[w - 1], &words[w - 2]);
        let placed = noun.upos == "NOUN"
            && matches!(noun.deprel.as_str(), "obl" | "nmod")
            && crate::actor::NAMED_PLACE_NOUNS.contains(&noun.lemma.to_lowercase().as_str())
            && children[w - 1]
                .iter()
                .any(|&c| words[c - 1].deprel == "case");
        if !placed
            || name.upos != "PROPN"
            || name.head != noun.head
            || !matches!(
                name.deprel.as_str(),
                "obj" | "obl" | "nsubj" | "conj" | "appos"
            )
        {
            continue;
        }
        promote(
            s.get_or_insert_with(|| sentence.clone()),
            words,
            w,
            w - 1,
            "compound",
        );
    }
    s
}

/// `word` takes `over`'s place in the tree (its head and relation) and its
/// other dependents but punctuation; `over` hangs on `word` as `rel`.
fn promote(fixed: &mut Sentence, words: &[Word], word: usize, over: usize, rel: &str) {
    fixed.words[word - 1].head = words[over - 1].head;
    fixed.words[word - 1].deprel = words[over - 1].deprel.clone();
    fixed.words[over - 1].head = word;
    fixed.words[over - 1].deprel = rel.into();
    for (k, w) in words.iter().enumerate() {
        if w.head == over && k + 1 != word && w.deprel != "punct" {
            fixed.words[k].head = word;
        }
    }
}

/// Repairs a name of a list read as a compound of the next one:
/// "Britain, France and Germany" with "France" a compound of "Germany",
/// "The United States, Britain and Canada" with "States" one of
/// "Britain". A name never compounds across a comma or a conjunction: when
/// the two are part of a coordination, the first is a conjunct too, and
/// when it comes before the coordination's first conjunct, it is the first.
pub fn repair_listed_compound(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for d in 1..=n {
        let dw = &words[d - 1];
        let h = dw.head;
        if dw.deprel != "compound" || dw.upos != "PROPN" || h <= d + 1 || h > n {
            continue;
        }
        let hw = &words[h - 1];
        if hw.upos != "PROPN"
            || !(d + 1..h).any(|k| words[k - 1].form == "," || words[k - 1].upos == "CCONJ")
        {
            continue;
        }
        let conjuncts: Vec<usize> = (1..=n)
            .filter(|&k| words[k - 1].head == h && words[k - 1].deprel == "conj")
            .collect();
        let fixed = s.get_or_insert_with(|| sentence.clone());
        if hw.deprel == "conj" {
            fixed.words[d - 1].head = hw.head;
            fixed.words[d - 1].deprel = "conj".into();
        } else if !conjuncts.is_empty() {
            fixed.words[d - 1].head = hw.head;
            fixed.words[d - 1].deprel = hw.deprel.clone();
            fixed.words[h - 1].head = d;
            fixed.words[h - 1].deprel = "conj".into();
            for c in conjuncts {
                fixed.words[c - 1].head = d;
            }
        }
    }
    s.filter(|f| f.words != sentence.words)
}

/// Repairs a name of a list read as an apposition or an object of the
/// first: "Sweden, Finland, Denmark and Iceland" with "Finland" an `appos`
/// of "Sweden" and the rest its conjuncts; "Saudi Arabia, the United Arab
/// Emirates, Bahrain and Egypt" with "Emirates" an `obj` of "Arabia" and
/// the rest its own conjuncts. A name after a comma (and a determiner),
/// hung so on a name, where the list goes on with conjuncts of either, is
/// one of them, and so are its conjuncts.
pub fn repair_listed_apposition(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for a in 2..=words.len() {
        let w = &words[a - 1];
        let h = w.head;
        if !matches!(w.deprel.as_str(), "appos" | "obj" | "dep")
            || w.upos != "PROPN"
            || h == 0
            || h >= a
            || words[h - 1].upos != "PROPN"
        {
            continue;
        }
        // The comma before the name's own words ("the United Arab").
        let start = (h + 1..a)
            .rev()
            .take_while(|&k| words[k - 1].head == a || words[k - 1].form == ",")
            .last();
        if start.is_none_or(|k| words[k - 1].form != ",") {
            continue;
        }
        let conjuncts_after = |x: usize| {
            children[x]
                .iter()
                .copied()
                .filter(move |&c| c > a && words[c - 1].deprel == "conj")
        };
        let own: Vec<usize> = conjuncts_after(a).collect();
        if conjuncts_after(h).next().is_none() && own.is_empty() {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].deprel = "conj".into();
        for c in own {
            fixed.words[c - 1].head = h;
        }
    }
    s
}

/// Repairs the second member of an object list hung on the verb: "sent 35
/// aircraft and nine warships toward the island" with "warships" a `conj`
/// of "sent"; "shipped rice, oil and drugs" with "oil" an `appos` of
/// "shipped" and the "and" on its own conjunct. A noun conjunct of a verb with nothing a clause has (subject,
/// auxiliary, copula, marker, preposition), after the verb's object, is the
/// object's conjunct.
pub fn repair_object_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (k, w) in words.iter().enumerate() {
        if w.head <= n {
            children[w.head].push(k + 1);
        }
    }
    for c in 1..=n {
        let cw = &words[c - 1];
        let v = cw.head;
        if !matches!(cw.deprel.as_str(), "conj" | "appos")
            || !matches!(cw.upos.as_str(), "NOUN" | "PROPN")
            || v == 0
        {
            continue;
        }
        if words[v - 1].upos != "VERB" {
            continue;
        }
        let kids = |h: usize| children[h].iter().copied();
        let clausal = kids(c).any(|k| {
            let rel = words[k - 1].deprel.split(':').next().unwrap_or("");
            matches!(rel, "nsubj" | "aux" | "cop" | "mark" | "case" | "expl")
        });
        // "shipped food, fuel and medicine": the "and" may be on the
        // conjunct's own conjunct.
        let has_cc = kids(c).any(|k| words[k - 1].deprel == "cc")
            || (c > 1
                && words[c - 2].form == ","
                && kids(c).any(|k| {
                    words[k - 1].deprel == "conj" && kids(k).any(|j| words[j - 1].deprel == "cc")
                }));
        let object = kids(v).find(|&k| k < c && words[k - 1].deprel == "obj");
        if let (false, true, Some(o)) = (clausal, has_cc, object) {
            let fixed = s.get_or_insert_with(|| sentence.clone());
            hang(fixed, c, o, "conj");
        }
    }
    s
}

/// Repairs an adjectival participle opening the subject read as a clausal
/// subject: "Sweeping new sanctions were imposed on Belarus" with
/// "Sweeping" a `csubj:pass` of "imposed" and "sanctions" its object. An
/// -ing verb that is a clausal subject, with nothing of its own but an
/// object right after it (past the object's modifiers), is the object's
/// modifier, and the object the subject.
pub fn repair_participle_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for p in 1..n {
        let pw = &words[p - 1];
        if pw.upos != "VERB"
            || !pw.form.to_lowercase().ends_with("ing")
            || !matches!(pw.deprel.as_str(), "csubj" | "csubj:pass")
        {
            continue;
        }
        let kids: Vec<usize> = (1..=n).filter(|&k| words[k - 1].head == p).collect();
        let [o] = kids[..] else {
            continue;
        };
        if o <= p
            || words[o - 1].deprel != "obj"
            || !matches!(words[o - 1].upos.as_str(), "NOUN" | "PROPN")
            || !(p + 1..o).all(|k| {
                words[k - 1].head == o
                    && matches!(words[k - 1].deprel.as_str(), "amod" | "compound" | "nummod")
            })
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[o - 1].head = pw.head;
        fixed.words[o - 1].deprel = if pw.deprel == "csubj:pass" {
            "nsubj:pass"
        } else {
            "nsubj"
        }
        .into();
        retag(&mut fixed.words[p - 1], o, "amod", "ADJ", "JJ");
    }
    s
}

/// Repairs a participle between a number and its noun read as a clause:
/// "agreed to release five detained U.S. citizens" with "five" the subject
/// of "detained" and "citizens" its object. A past participle with the
/// number (or determiner) right before it as a dependent and a noun object
/// after it, with only the noun's own modifiers between, under a verb
/// without an object: the noun becomes that verb's object, the number and
/// the participle its modifiers, the participle's other dependents the
/// verb's.
pub fn repair_counted_participle(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for p in 2..=words.len() {
        let pw = &words[p - 1];
        let h = pw.head;
        if pw.upos != "VERB"
            || !matches!(pw.xpos.as_str(), "VBN" | "VBD")
            || h == 0
            || h == p
            || !matches!(
                pw.deprel.as_str(),
                "ccomp" | "xcomp" | "advcl" | "conj" | "parataxis" | "acl"
            )
            || words[h - 1].upos != "VERB"
        {
            continue;
        }
        let n = p - 1;
        let nw = &words[n - 1];
        if nw.head != p || !matches!(nw.upos.as_str(), "NUM" | "DET") {
            continue;
        }
        let kids = |of: usize| (1..=words.len()).filter(move |&k| words[k - 1].head == of);
        if kids(h).any(|k| words[k - 1].deprel == "obj")
            || kids(p).any(|k| matches!(words[k - 1].deprel.as_str(), "aux" | "aux:pass" | "mark"))
        {
            continue;
        }
        let Some(o) = kids(p).find(|&k| {
            k > p
                && words[k - 1].deprel == "obj"
                && matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
        }) else {
            continue;
        };
        if !(p + 1..o).all(|k| {
            words[k - 1].head == o
                && matches!(
                    words[k - 1].deprel.as_str(),
                    "amod" | "compound" | "nummod" | "flat"
                )
        }) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        for k in kids(p).filter(|&k| k != o && k != n) {
            fixed.words[k - 1].head = h;
        }
        fixed.words[o - 1].head = h;
        fixed.words[o - 1].deprel = "obj".into();
        fixed.words[n - 1].head = o;
        fixed.words[n - 1].deprel = if nw.upos == "NUM" { "nummod" } else { "det" }.into();
        retag(&mut fixed.words[p - 1], o, "amod", "ADJ", "JJ");
    }
    s
}

/// Repairs an adjectival participle of a coordinated object read as a
/// verb: "sent more tanks and armoured vehicles to its border" with
/// "armoured" a conjunct of "sent" and "vehicles" its object. An -ed word
/// right after "and", conjunct of a verb that has an object before it,
/// with no subject or auxiliary of its own and its object right after it,
/// modifies that object, which is the first object's conjunct; the
/// participle's other dependents go to the verb. Not a verb that codes
/// events ("seized ships and detained crews").
pub fn repair_coordinated_participle(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let kids = |of: usize| (1..=n).filter(move |&k| words[k - 1].head == of);
    let mut s: Option<Sentence> = None;
    for p in 2..n {
        let pw = &words[p - 1];
        let v = pw.head;
        if pw.upos != "VERB"
            || pw.deprel != "conj"
            || v == 0
            || v > n
            || v >= p
            || !pw.form.to_lowercase().ends_with("ed")
            || is_verb(&pw.lemma.to_lowercase())
            || words[p - 2].deprel != "cc"
            || words[p - 2].head != p
            || words[v - 1].upos != "VERB"
        {
            continue;
        }
        let Some(first) = kids(v).find(|&k| k < p && words[k - 1].deprel == "obj") else {
            continue;
        };
        let o = p + 1;
        if words[o - 1].head != p || words[o - 1].deprel != "obj" || !nominal(&words[o - 1]) {
            continue;
        }
        if kids(p).any(|k| {
            let r = words[k - 1].deprel.as_str();
            r.starts_with("nsubj") || r.starts_with("aux") || r == "mark"
        }) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        for k in kids(p).filter(|&k| k != o && k != p - 1) {
            fixed.words[k - 1].head = v;
        }
        fixed.words[p - 2].head = o;
        fixed.words[o - 1].head = first;
        fixed.words[o - 1].deprel = "conj".into();
        retag(&mut fixed.words[p - 1], o, "amod", "ADJ", "JJ");
    }
    s
}

/// Hangs a word on `head` with a new relation and new tags.
fn retag(w: &mut Word, head: usize, deprel: &str, upos: &str, xpos: &str) {
    w.head = head;
    w.deprel = deprel.into();
    w.upos = upos.into();
    w.xpos = xpos.into();
}

/// Repairs a subject read as the root: "Serbia on Sunday accused Kosovo
/// of ..." with "Serbia" the root and "accused" hung on it as `dep`. A
/// nominal root with a verb after it (`dep` or `parataxis`, or `acl` or
/// `appos` with an object: "Protesters killed in Iraq" stays a noun
/// phrase) that has no subject of its own: the verb becomes the root and
/// the nominal its subject; the nominal's time phrase and what follows the
/// verb go with it.
pub fn repair_subject_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let r = words.iter().position(|w| w.head == 0)? + 1;
    if !nominal(&words[r - 1]) || words[r - 1].upos == "NUM" {
        return None;
    }
    let kids = |of: usize| (1..=words.len()).filter(move |&k| words[k - 1].head == of);
    if kids(r).any(|k| matches!(words[k - 1].deprel.as_str(), "cop" | "nsubj")) {
        return None;
    }
    let v = kids(r).find(|&k| {
        k > r
            && words[k - 1].upos == "VERB"
            && match words[k - 1].deprel.as_str() {
                "dep" | "parataxis" => true,
                // An apposition is never a verb: "Israeli aircraft and
                // tanks struck Hamas positions" with "struck" an `appos`.
                "acl" | "appos" => kids(k).any(|m| words[m - 1].deprel == "obj"),
                _ => false,
            }
            && !kids(k).any(|m| {
                words[m - 1].deprel.starts_with("nsubj") || words[m - 1].deprel == "aux:pass"
            })
    })?;
    let mut fixed = sentence.clone();
    for k in kids(r).filter(|&k| k != v) {
        let rel = words[k - 1].deprel.as_str();
        if k > v || matches!(rel, "advmod" | "punct") {
            fixed.words[k - 1].head = v;
        } else if matches!(rel.split(':').next(), Some("obl" | "nmod"))
            && crate::when::is_time_word(&words[k - 1].form)
        {
            // "on Wednesday" hung on the nominal is the verb's; "visit to
            // Argentina" stays the noun's.
            fixed.words[k - 1].head = v;
            fixed.words[k - 1].deprel = "obl".into();
        }
    }
    fixed.words[v - 1].head = 0;
    fixed.words[v - 1].deprel = "root".into();
    fixed.words[r - 1].head = v;
    fixed.words[r - 1].deprel = "nsubj".into();
    Some(fixed)
}

/// Repairs a possessor read as a subject: "Egypt's navy began ..." with
/// both "Egypt" and "navy" subjects of "began" (and "navy" tagged an
/// adjective). A subject marked with "'s" followed by another subject of
/// the same verb is that subject's possessor.
pub fn repair_possessive_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for a in 1..words.len() {
        let aw = &words[a - 1];
        if !aw.deprel.starts_with("nsubj") || !nominal(aw) {
            continue;
        }
        let Some(c) = (a + 1..=words.len()).find(|&k| words[k - 1].head == a) else {
            continue;
        };
        let cw = &words[c - 1];
        if cw.deprel != "case" || !matches!(cw.form.as_str(), "'s" | "'" | "\u{2019}s") {
            continue;
        }
        let b = c + 1;
        let Some(bw) = words.get(b - 1) else { continue };
        if bw.head != aw.head || !bw.deprel.starts_with("nsubj") {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].head = b;
        fixed.words[a - 1].deprel = "nmod:poss".into();
        if bw.upos == "ADJ" {
            fixed.words[b - 1].upos = "NOUN".into();
            fixed.words[b - 1].xpos = "NN".into();
        }
    }
    s
}

/// Verbs whose "to" infinitive is their open complement: what they
/// agree, threaten, refuse or plan to do.
const CONTROL_VERBS: &[&str] = &[
    "agree",
    "aim",
    "attempt",
    "choose",
    "decide",
    "decline",
    "expect",
    "fail",
    "hope",
    "intend",
    "move",
    "offer",
    "plan",
    "pledge",
    "prepare",
    "promise",
    "propose",
    "refuse",
    "resolve",
    "seek",
    "threaten",
    "try",
    "undertake",
    "volunteer",
    "vote",
    "vow",
    "want",
];

/// Repairs an open complement cut off by a time phrase: "Turkey agreed on
/// Monday to drop its objection" with "drop" an adverbial clause of
/// "agreed". A control verb with no object and no open complement, and an
/// oblique or adverb between it and a subjectless "to" clause, takes the
/// clause as its open complement.
pub fn repair_separated_infinitive(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for h in 1..=words.len() {
        let hw = &words[h - 1];
        if hw.upos != "VERB" || !CONTROL_VERBS.contains(&hw.lemma.to_lowercase().as_str()) {
            continue;
        }
        let kids: Vec<usize> = (1..=words.len())
            .filter(|&k| words[k - 1].head == h)
            .collect();
        if kids
            .iter()
            .any(|&k| matches!(words[k - 1].deprel.as_str(), "obj" | "xcomp" | "ccomp"))
        {
            continue;
        }
        // "promised during a visit to Haiti to send police": or one the
        // parser hung on the oblique's noun.
        // (Not "agreed on a plan to normalise ties": a plan to do so.)
        let obliques: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| {
                k > h
                    && words[k - 1].deprel == "obl"
                    && (1..k).any(|c| {
                        words[c - 1].head == k
                            && words[c - 1].deprel == "case"
                            && matches!(
                                words[c - 1].form.to_lowercase().as_str(),
                                "during" | "at" | "after" | "following" | "in"
                            )
                    })
            })
            .collect();
        let candidates = (1..=words.len()).filter(|&k| {
            (words[k - 1].head == h && words[k - 1].deprel == "advcl")
                || (obliques.contains(&words[k - 1].head) && words[k - 1].deprel == "acl")
        });
        let Some(v) = candidates.into_iter().find(|&k| {
            k > h
                && words[k - 1].upos == "VERB"
                && (1..=words.len()).any(|m| {
                    words[m - 1].head == k
                        && words[m - 1].deprel == "mark"
                        && words[m - 1].form.eq_ignore_ascii_case("to")
                })
                && !(1..=words.len())
                    .any(|m| words[m - 1].head == k && words[m - 1].deprel.starts_with("nsubj"))
        }) else {
            continue;
        };
        let between = kids.iter().any(|&k| {
            h < k
                && k < v
                && matches!(
                    words[k - 1].deprel.split(':').next(),
                    Some("obl" | "advmod")
                )
        });
        if between || words[v - 1].head != h {
            hang(s.get_or_insert_with(|| sentence.clone()), v, h, "xcomp");
        }
    }
    s
}

/// Repairs a relative clause read as the main clause: "Armenia and
/// Azerbaijan, which fought a war in 2020, resumed talks on Friday" with
/// "fought" the root, both "Armenia" and "which" its subjects, and
/// "resumed" its conjunct or `parataxis` (or "whose countries fought
/// ..."). The conjunct with no subject of its own becomes
/// the root with the antecedent as subject, and the relative clause
/// modifies the antecedent again.
pub fn repair_relative_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let r = words.iter().position(|w| w.head == 0)? + 1;
    if words[r - 1].upos != "VERB" {
        return None;
    }
    let kids = |of: usize| (1..=words.len()).filter(move |&k| words[k - 1].head == of);
    let subject = |k: usize| words[k - 1].deprel.starts_with("nsubj");
    // "which", "who", or a subject owned by "whose" ("whose countries
    // fought two wars").
    let relative = |k: usize| {
        matches!(
            words[k - 1].form.to_lowercase().as_str(),
            "which" | "who" | "that"
        ) || kids(k).any(|c| words[c - 1].form.eq_ignore_ascii_case("whose"))
    };
    let w = kids(r).find(|&k| k < r && subject(k) && relative(k))?;
    let a = kids(r).find(|&k| k < w && subject(k) && nominal(&words[k - 1]) && !relative(k))?;
    let v = kids(r)
        .find(|&k| {
            k > r
                && matches!(words[k - 1].deprel.as_str(), "conj" | "parataxis")
                && words[k - 1].upos == "VERB"
                && !kids(k).any(|c| subject(c) && c < k)
        })
        .or_else(|| {
            // Deeper, when the relative clause has clauses of its own
            // ("which fought a war that killed thousands, accused ..."):
            // a past verb (or one the tagger took for a participle) after
            // a comma with no subject or auxiliary, below the root.
            (r + 2..=words.len()).find(|&k| {
                let w = &words[k - 1];
                w.upos == "VERB"
                    && matches!(w.xpos.as_str(), "VBD" | "VBN")
                    && words[k - 2].form == ","
                    && w.head != r
                    && dominates(words, r, k)
                    && !kids(k).any(subject)
                    && !kids(k).any(|c| words[c - 1].deprel.starts_with("aux"))
            })
        })?;
    let mut fixed = sentence.clone();
    for k in kids(r) {
        if k > v || (k < w && k != a) {
            fixed.words[k - 1].head = v;
        }
    }
    fixed.words[v - 1].head = 0;
    fixed.words[v - 1].deprel = "root".into();
    fixed.words[a - 1].head = v;
    fixed.words[r - 1].head = a;
    fixed.words[r - 1].deprel = "acl:relcl".into();
    // ("..., welcomed Chinese President Xi to the Kremlin", the object
    // read as the subject of a verb that had none: it is the object.)
    if !kids(v).any(|c| words[c - 1].deprel == "obj") && words[v - 1].lemma != "say" {
        for k in kids(v).filter(|&k| k > v && subject(k)) {
            fixed.words[k - 1].deprel = "obj".into();
        }
    }
    Some(fixed)
}

/// Repairs a plural noun inside a compound read as a verb: "opened a war
/// crimes investigation into ..." with "crimes" a verb whose object is
/// "investigation". A present-tense verb in -s right after the object of
/// a verb, hung on that verb, with no subject or auxiliary of its own and
/// its object right after it: the three words are one noun phrase, object
/// of the verb; the false verb's obliques go to the verb.
pub fn repair_compound_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for w in 2..words.len() {
        let ww = &words[w - 1];
        let h = ww.head;
        if ww.upos != "VERB"
            || ww.xpos != "VBZ"
            || !ww.form.ends_with('s')
            || h == 0
            || h >= w
            || !matches!(
                ww.deprel.as_str(),
                "ccomp" | "conj" | "parataxis" | "advcl" | "dep"
            )
        {
            continue;
        }
        let n = w - 1;
        let nw = &words[n - 1];
        if nw.upos != "NOUN" || nw.head != h || nw.deprel != "obj" {
            continue;
        }
        let kids: Vec<usize> = (1..=words.len())
            .filter(|&k| words[k - 1].head == w)
            .collect();
        if kids.iter().any(|&k| {
            matches!(
                words[k - 1].deprel.split(':').next(),
                Some("nsubj" | "aux" | "mark" | "cop")
            )
        }) {
            continue;
        }
        let o = w + 1;
        if words[o - 1].head != w || words[o - 1].deprel != "obj" || !nominal(&words[o - 1]) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        for &k in kids.iter().filter(|&&k| k != o) {
            fixed.words[k - 1].head = h;
        }
        // The first noun's determiner and modifiers go to the new head.
        for k in (1..n).filter(|&k| words[k - 1].head == n) {
            fixed.words[k - 1].head = o;
        }
        fixed.words[o - 1].head = h;
        fixed.words[n - 1].head = o;
        fixed.words[n - 1].deprel = "compound".into();
        retag(&mut fixed.words[w - 1], o, "compound", "NOUN", "NNS");
    }
    s
}

/// Titles a name follows in a news lead besides those of persons
/// (`actor::PERSON_TITLES`: "Togolese President Faure Gnassingbe", "his
/// Tajik counterpart").
const MORE_NAME_TITLES: &[&str] = &["chief", "speaker", "pope", "ayatollah"];

/// Repairs the second of two titled names joined by "and", split by the
/// parser: "Ghanaian President John Mahama and Togolese President Faure
/// Gnassingbe" with "Gnassingbe" a `list` of "John" and "Faure" a compound
/// of it, or "President" a conjunct. The words after the conjunction up
/// to the last of a run of proper nouns are the second conjunct: the run
/// after its title is the name (its first word the head, the rest
/// `flat`), the title describes it and the words before the title
/// modify the title.
pub fn repair_titled_name_coordination(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    let title = |k: usize| {
        let lemma = words[k - 1].lemma.to_lowercase();
        crate::actor::PERSON_TITLES.contains(&lemma.as_str())
            || MORE_NAME_TITLES.contains(&lemma.as_str())
    };
    for c in 2..n {
        let cw = &words[c - 1];
        if cw.upos != "CCONJ" || !matches!(cw.lemma.to_lowercase().as_str(), "and" | "or") {
            continue;
        }
        // The first conjunct's head: the name the word before "and" is part of.
        let mut h1 = c - 1;
        for _ in 0..n {
            let w = &words[h1 - 1];
            if matches!(w.deprel.as_str(), "flat" | "compound") && w.head > 0 && w.head < c {
                h1 = w.head;
            } else {
                break;
            }
        }
        if words[c - 2].upos != "PROPN" || words[h1 - 1].upos != "PROPN" {
            continue;
        }
        // The span after "and": modifiers, titles and names.
        let mut e = c;
        while e < n && (matches!(words[e].upos.as_str(), "ADJ" | "PROPN") || title(e + 1)) {
            e += 1;
        }
        if e == c || words[e - 1].upos != "PROPN" {
            continue;
        }
        // The name: the run of proper nouns that ends the span, after a title.
        let mut n2 = e;
        while n2 > c + 1 && words[n2 - 2].upos == "PROPN" && !title(n2 - 1) {
            n2 -= 1;
        }
        let titled = n2 > c + 1 && title(n2 - 1);
        if !titled {
            continue;
        }
        let inside = |h: usize| h == h1 || (c < h && h <= e);
        let broken = words[n2 - 1].head != h1
            || words[n2 - 1].deprel != "conj"
            || (c + 1..=e).any(|k| !inside(words[k - 1].head));
        if !broken {
            continue;
        }
        let t = n2 - 1;
        // "John Mahama and Togolese leader Faure Gnassingbe" with the
        // first name a compound of "leader": the first conjunct takes the
        // place the span held.
        let in_span = |h: usize| c < h && h <= e;
        let mut top = words[h1 - 1].head;
        let mut guard = 0;
        while in_span(top) && guard <= n {
            top = words[top - 1].head;
            guard += 1;
        }
        let lifted = in_span(words[h1 - 1].head).then(|| {
            let mut last = words[h1 - 1].head;
            for _ in 0..n {
                if !in_span(words[last - 1].head) {
                    break;
                }
                last = words[last - 1].head;
            }
            (top, words[last - 1].deprel.clone())
        });
        let desc = if words.iter().any(|w| w.deprel == "nmod:desc") {
            "nmod:desc"
        } else {
            "compound"
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        if let Some((head, rel)) = lifted {
            fixed.words[h1 - 1].head = head;
            fixed.words[h1 - 1].deprel = rel;
        }
        fixed.words[n2 - 1].head = h1;
        fixed.words[n2 - 1].deprel = "conj".into();
        for k in n2 + 1..=e {
            fixed.words[k - 1].head = n2;
            fixed.words[k - 1].deprel = "flat".into();
        }
        fixed.words[c - 1].head = n2;
        fixed.words[c - 1].deprel = "cc".into();
        fixed.words[t - 1].head = n2;
        fixed.words[t - 1].deprel = desc.into();
        for k in c + 1..t {
            fixed.words[k - 1].head = t;
            fixed.words[k - 1].deprel = if words[k - 1].upos == "ADJ" {
                "amod".into()
            } else {
                "compound".into()
            };
        }
        // Words after the span that the parser hung on its other words
        // hang on the name.
        for k in e + 1..=n {
            let h = words[k - 1].head;
            if (c + 1..=e).contains(&h) && h != n2 {
                fixed.words[k - 1].head = n2;
            }
        }
    }
    s
}

/// Repairs a country name read as a conjunct of its own: "Vucic and
/// Kosovo Prime Minister Albin Kurti" with "Kosovo" and "Albin" both
/// conjuncts of "Vucic". Of two conjuncts of one head with nothing
/// between them but the second's own modifiers (no "and", no comma), the
/// first, a bare name, is a compound of the second, which takes its "and".
/// The second may have been read as a second subject of the verb.
pub fn repair_name_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    for a in 1..words.len() {
        let aw = &words[a - 1];
        if aw.deprel != "conj" || aw.upos != "PROPN" || aw.head == 0 || aw.head > words.len() {
            continue;
        }
        let own: Vec<usize> = children[a].to_vec();
        if own
            .iter()
            .any(|&k| !matches!(words[k - 1].deprel.as_str(), "cc" | "punct"))
        {
            continue;
        }
        // The second is a conjunct of the same head, or a second subject
        // of the verb the first's head is the subject of.
        let head_rel = words[aw.head - 1].deprel.as_str();
        let verb = words[aw.head - 1].head;
        let conjunct = children[aw.head]
            .iter()
            .copied()
            .find(|&k| k > a && words[k - 1].deprel == "conj")
            .map(|k| (k, false));
        let subject = (head_rel == "nsubj" && verb != 0 && verb <= words.len())
            .then(|| {
                children[verb]
                    .iter()
                    .copied()
                    .find(|&k| k > a && words[k - 1].deprel == "nsubj")
            })
            .flatten()
            .map(|k| (k, true));
        let Some((b, second_subject)) = [conjunct, subject].into_iter().flatten().min() else {
            continue;
        };
        // Only the second conjunct's own words between them.
        let under_b = |k: usize| {
            let mut cur = k;
            for _ in 0..words.len() {
                if cur == b {
                    return true;
                }
                match words[cur - 1].head {
                    0 => return false,
                    h => cur = h,
                }
            }
            false
        };
        if !(a + 1..b).all(under_b) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].head = b;
        fixed.words[a - 1].deprel = "compound".into();
        for &k in &own {
            fixed.words[k - 1].head = b;
        }
        if second_subject {
            fixed.words[b - 1].head = aw.head;
            fixed.words[b - 1].deprel = "conj".into();
        }
    }
    s
}

/// Repairs a coordinated subject read as two: "Japan, South Korea and the
/// United States criticized ..." with "States" a second subject of the verb
/// and "and" hung on the verb (or on "States"). Of two nominal subjects
/// before a verb with a `cc` between them, the second becomes a conjunct of
/// the first; a subject between them is listed (before the `cc`) or
/// modifies the last (after it).
pub fn repair_split_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    for v in 1..=words.len() {
        let kids: Vec<usize> = children[v].iter().copied().filter(|&k| k < v).collect();
        let subjects: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| words[k - 1].deprel == "nsubj" && nominal(&words[k - 1]))
            .collect();
        let (Some(&a), Some(&b)) = (subjects.first(), subjects.last()) else {
            continue;
        };
        if a == b {
            continue;
        }
        // The "and" hangs on the verb or on the last subject.
        let Some(cc) = (a + 1..b).find(|&k| {
            words[k - 1].deprel == "cc" && (words[k - 1].head == v || words[k - 1].head == b)
        }) else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[b - 1].deprel = "conj".into();
        fixed.words[b - 1].head = a;
        fixed.words[cc - 1].head = b;
        // "Myanmar's army and the rebel Arakan Army" with
        // "paramilitary" a third subject: a subject between the "and" and
        // the last modifies the last; one before the "and" is listed.
        for &m in &subjects[1..subjects.len() - 1] {
            let (head, rel) = if m > cc { (b, "compound") } else { (a, "conj") };
            fixed.words[m - 1].head = head;
            fixed.words[m - 1].deprel = rel.into();
        }
    }
    s
}

/// Repairs the subject of a reported clause hung on the reporting verb:
/// "The Kremlin said Putin and Trump had spoken by phone" with "Putin" a
/// `ccomp` of "said" beside "spoken". A nominal `ccomp`, `obj` or `dep`
/// followed by a finite `ccomp` of the same verb that has no subject, with
/// only that clause's own words between them, is the clause's subject.
pub fn repair_detached_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    // A head out of range (a damaged tree) counts as the root.
    let mut heads: Vec<usize> = words
        .iter()
        .map(|w| if w.head <= n { w.head } else { 0 })
        .collect();
    // The last word of each word's subtree (heads point left or right).
    let mut right: Vec<usize> = (1..=n).collect();
    for k in 1..=n {
        let mut h = heads[k - 1];
        let mut steps = 0;
        while h != 0 && steps < n {
            right[h - 1] = right[h - 1].max(k);
            h = heads[h - 1];
            steps += 1;
        }
    }
    let mut s: Option<Sentence> = None;
    for b in 1..=n {
        let wb = &words[b - 1];
        let h = heads[b - 1];
        if wb.deprel != "ccomp" || wb.upos != "VERB" || h == 0 {
            continue;
        }
        let kids: Vec<usize> = (1..=n).filter(|&k| heads[k - 1] == b).collect();
        let has_subject = kids.iter().any(|&k| {
            let r = words[k - 1].deprel.as_str();
            r.starts_with("nsubj") || r.starts_with("csubj") || r == "expl"
        });
        let finite = matches!(wb.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids
                .iter()
                .any(|&k| k < b && matches!(words[k - 1].deprel.as_str(), "aux" | "aux:pass"));
        if has_subject || !finite {
            continue;
        }
        let Some(a) = (1..b).rev().find(|&a| {
            heads[a - 1] == h
                && matches!(words[a - 1].deprel.as_str(), "ccomp" | "obj" | "dep")
                && nominal(&words[a - 1])
        }) else {
            continue;
        };
        if !(right[a - 1] + 1..b).all(|k| heads[k - 1] == b) {
            continue;
        }
        let passive = kids.iter().any(|&k| words[k - 1].deprel == "aux:pass");
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].head = b;
        fixed.words[a - 1].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
        heads[a - 1] = b;
    }
    s
}

/// Repairs a quoted modifier read as a verb with its noun as object:
/// "praised Ankara's 'balanced' position" with "balanced" a clause of
/// "praised" and "position" its object; "to take \"overwhelming\" military
/// action". The noun takes the modifier's place (an object, when the
/// modifier hung on a verb as a clause) and its other dependents; the
/// modifier is its `amod`.
pub fn repair_quoted_modifier(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let quote = |k: usize| {
        matches!(
            words[k - 1].form.as_str(),
            "\"" | "'" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}" | "``" | "''"
        )
    };
    let mut s: Option<Sentence> = None;
    for m in 2..n {
        let mw = &words[m - 1];
        if !quote(m - 1) || !quote(m + 1) || !matches!(mw.upos.as_str(), "VERB" | "ADJ") {
            continue;
        }
        // The noun after the closing quote (an adjective may come between).
        let Some(noun) =
            (m + 2..=n.min(m + 4)).find(|&k| words[k - 1].upos == "NOUN" && dominates(words, m, k))
        else {
            continue;
        };
        if !(m + 2..noun).all(|k| matches!(words[k - 1].upos.as_str(), "ADJ" | "NOUN")) {
            continue;
        }
        let head = mw.head;
        let clause = matches!(
            mw.deprel.as_str(),
            "ccomp" | "advcl" | "xcomp" | "acl" | "dep" | "parataxis"
        );
        let fixed = s.get_or_insert_with(|| sentence.clone());
        promote(fixed, words, noun, m, "amod");
        if clause && head > 0 && words[head - 1].upos == "VERB" {
            fixed.words[noun - 1].deprel = "obj".into();
        }
        retag(&mut fixed.words[m - 1], noun, "amod", "ADJ", "JJ");
    }
    s
}

/// Repairs the second member of a "between" phrase read as a conjunct of
/// the phrase's head: "talks between Colombia's government and the ELN
/// rebel group resumed" with "group" a conjunct of "talks". A nominal
/// conjunct of the head after a "between" phrase that has none of its own
/// is the phrase's.
pub fn repair_between_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for b in 1..=words.len() {
        if words[b - 1].form.to_lowercase() != "between" || words[b - 1].deprel != "case" {
            continue;
        }
        let first = words[b - 1].head;
        if first == 0 || words.iter().any(|w| w.head == first && w.deprel == "conj") {
            continue;
        }
        let head = words[first - 1].head;
        let Some(second) = (first + 1..=words.len()).find(|&k| {
            words[k - 1].head == head
                && head != 0
                && words[k - 1].deprel == "conj"
                && nominal(&words[k - 1])
        }) else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[second - 1].head = first;
    }
    s
}

/// Repairs "between" read as a subordinator: "Wednesday's meeting between
/// X and Y has raised fears" with "between" the `mark` of "raised", X its
/// subject and "raised" an `advcl` of "meeting". The noun before "between"
/// is the verb's subject and X the noun's `nmod`, "between" its case.
/// Also "between" hung on a later noun ("the meeting between X and Y at a
/// spaceport", with "between" the case of "spaceport"): the coordinated
/// names right after it are its own, the noun's before it.
pub fn repair_between_read_as_mark(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    for b in 2..words.len() {
        let bw = &words[b - 1];
        if bw.form.to_lowercase() != "between" {
            continue;
        }
        let n = b + 1;
        let before = &words[b - 2];
        if bw.deprel == "case"
            && bw.head > n
            && before.upos == "NOUN"
            && words[n - 1].upos == "PROPN"
            && words.iter().any(|w| w.head == n && w.deprel == "conj")
            && !dominates(words, n, b - 1)
        {
            let mut fixed = sentence.clone();
            hang(&mut fixed, n, b - 1, "nmod");
            hang(&mut fixed, b, n, "case");
            return Some(fixed);
        }
        if bw.deprel != "mark" {
            continue;
        }
        let v = bw.head;
        let Some(vw) = words.get(v.wrapping_sub(1)) else {
            continue;
        };
        let h = vw.head;
        let Some(hw) = words.get(h.wrapping_sub(1)) else {
            continue;
        };
        let nw = &words[n - 1];
        if vw.upos != "VERB"
            || !matches!(hw.upos.as_str(), "NOUN" | "PROPN")
            || h >= b
            || !(h + 1..b).all(|k| dominates(words, h, k))
            || !nominal(nw)
            || nw.head != v
            || !matches!(nw.deprel.as_str(), "nsubj" | "obl")
        {
            continue;
        }
        let mut fixed = sentence.clone();
        let (head, rel) = (hw.head, hw.deprel.clone());
        hang(&mut fixed, v, head, &rel);
        let passive = words.iter().any(|w| w.head == v && w.deprel == "aux:pass");
        hang(
            &mut fixed,
            h,
            v,
            if passive { "nsubj:pass" } else { "nsubj" },
        );
        hang(&mut fixed, n, h, "nmod");
        hang(&mut fixed, b, n, "case");
        // ("... and Y at a spaceport has raised": the phrase read as the
        // verb's subject is the noun's.)
        for k in n + 1..v {
            let w = &words[k - 1];
            if w.head == v
                && w.deprel == "nsubj"
                && words.iter().any(|c| c.head == k && c.deprel == "case")
            {
                hang(&mut fixed, k, h, "nmod");
            }
        }
        return Some(fixed);
    }
    None
}

/// Repairs a condition read as a conjunct: "said the U.S. would impose a
/// tariff ..., unless Mexico stopped ..." with "stopped" a `conj` of
/// "said". A conjunct marked "if" or "unless" is a condition, of the
/// reported clause before it when its head reports one.
pub fn repair_conditional_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for v in 1..=words.len() {
        let w = &words[v - 1];
        if w.deprel != "conj" || w.upos != "VERB" {
            continue;
        }
        let conditional = words.iter().any(|m| {
            m.head == v
                && m.deprel == "mark"
                && matches!(m.form.to_lowercase().as_str(), "if" | "unless")
        });
        if !conditional {
            continue;
        }
        let h = w.head;
        let report = (h + 1..v)
            .rev()
            .find(|&c| words[c - 1].head == h && words[c - 1].deprel == "ccomp");
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, v, report.unwrap_or(h), "advcl");
    }
    s
}

/// Participles that, before a name, are the name's adjective ("an offer
/// from neighbouring Algeria").
const NAME_PARTICIPLES: &[&str] = &["neighbouring", "neighboring", "warring", "ruling"];

/// Repairs such a participle read as a verb with the name its object:
/// "rejected an offer from neighbouring Algeria to mediate" with
/// "neighbouring" a clause ("from" its mark) and "Algeria" its object. The
/// name takes the participle's place and its "from"; the participle is
/// its `amod`.
pub fn repair_name_participle(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for p in 1..words.len() {
        let (pw, name) = (&words[p - 1], &words[p]);
        if !NAME_PARTICIPLES.contains(&pw.form.to_lowercase().as_str())
            || pw.upos != "VERB"
            || name.upos != "PROPN"
            || name.head != p
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        let head = pw.head;
        promote(fixed, words, p + 1, p, "amod");
        retag(&mut fixed.words[p - 1], p + 1, "amod", "ADJ", "JJ");
        if matches!(pw.deprel.as_str(), "advcl" | "xcomp" | "acl") {
            let verb = head > 0 && words[head - 1].upos == "VERB";
            fixed.words[p].deprel = if verb { "obl" } else { "nmod" }.into();
        }
        for (k, w) in words.iter().enumerate() {
            if w.head == p && w.deprel == "mark" {
                fixed.words[k].deprel = "case".into();
                fixed.words[k].upos = "ADP".into();
            }
        }
    }
    s
}

/// Repairs an adjective that opens a subject read as the verb's modifier:
/// "Iraqi Prime Minister Mohammed Shia al-Sudani held talks" with "Iraqi"
/// an `advmod` of "held" (or a subject of its own). An adjective hung on a
/// verb, right before the
/// words of that verb's subject, belongs to the subject.
pub fn repair_stray_adjective(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 1..n {
        let aw = &words[a - 1];
        let v = aw.head;
        if aw.upos != "ADJ"
            || !matches!(aw.deprel.as_str(), "advmod" | "dep" | "nsubj")
            || v <= a + 1
            || v > n
        {
            continue;
        }
        if words[v - 1].upos != "VERB" {
            continue;
        }
        let Some(subject) = (a + 1..v)
            .find(|&k| words[k - 1].head == v && words[k - 1].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        if !(a + 1..=subject).all(|k| dominates(words, subject, k)) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].head = subject;
        fixed.words[a - 1].deprel = "amod".into();
    }
    s
}

/// Repairs the modifiers of an object read as the verb's complement: "met
/// his British, French and German counterparts" with "British" an `xcomp`
/// of "met" and "French", "German" its conjuncts. An adjective hung on a
/// verb as complement, whose words (with its conjuncts) end right before
/// the verb's object, modifies the object; its possessive goes with it.
pub fn repair_object_adjective(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 1..n {
        let aw = &words[a - 1];
        let v = aw.head;
        if aw.upos != "ADJ" || !matches!(aw.deprel.as_str(), "xcomp" | "obj") || v == 0 || v >= a {
            continue;
        }
        if words[v - 1].upos != "VERB" {
            continue;
        }
        // The adjective's own words: itself, its conjuncts and what hangs
        // on them, contiguous up to the object.
        let last = (a..=n)
            .take_while(|&k| dominates(words, a, k))
            .last()
            .unwrap_or(a);
        let o = last + 1;
        if o > n || words[o - 1].head != v || words[o - 1].deprel != "obj" {
            continue;
        }
        if !matches!(words[o - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[a - 1].head = o;
        fixed.words[a - 1].deprel = "amod".into();
        for k in 1..a {
            if words[k - 1].head == a && words[k - 1].deprel == "nmod:poss" {
                fixed.words[k - 1].head = o;
            }
        }
    }
    s
}

/// Repairs a sentence that opens with coordinated modifiers of its subject
/// read as the root: "Chinese and U.S. trade negotiators met in Geneva"
/// with "Chinese" the root and "met" its conjunct. The verb is the root,
/// the first modifier the subject's, and the second its conjunct.
pub fn repair_coordinated_adjective_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = (1..=n).find(|&k| words[k - 1].head == 0)?;
    if words[r - 1].upos != "ADJ" || r + 3 > n {
        return None;
    }
    let (and, m) = (r + 1, r + 2);
    if words[and - 1].upos != "CCONJ" {
        return None;
    }
    let v = (m + 1..=n).find(|&k| {
        words[k - 1].head == r
            && matches!(
                words[k - 1].deprel.as_str(),
                "conj" | "ccomp" | "parataxis" | "dep"
            )
            && words[k - 1].upos == "VERB"
    })?;
    let subject = (m + 1..v).find(|&k| words[k - 1].head == v && words[k - 1].deprel == "nsubj")?;
    // "Russian and Syrian warplanes pounded ..." with "Syrian" already the
    // root's conjunct: only the root moves.
    let conjoined = words[m - 1].head == r && words[m - 1].deprel == "conj";
    // The second modifier may be two words ("South Korean"): its head.
    let mut m = m;
    let mut steps = 0;
    while !conjoined && words[m - 1].head != subject && words[m - 1].head > m && steps < n {
        m = words[m - 1].head;
        steps += 1;
    }
    if !conjoined
        && (words[m - 1].head != subject
            || !matches!(words[m - 1].deprel.as_str(), "compound" | "amod"))
    {
        return None;
    }
    let mut fixed = sentence.clone();
    for k in (1..=n).filter(|&k| words[k - 1].head == r && k != v && k != m && k != and) {
        fixed.words[k - 1].head = v;
    }
    fixed.words[v - 1].head = 0;
    fixed.words[v - 1].deprel = "root".into();
    fixed.words[r - 1].head = subject;
    fixed.words[r - 1].deprel = "amod".into();
    fixed.words[m - 1].head = r;
    fixed.words[m - 1].deprel = "conj".into();
    fixed.words[and - 1].head = m;
    fixed.words[and - 1].deprel = "cc".into();
    Some(fixed)
}

/// Repairs coordinated modifiers of an object read as the object and a
/// conjunct of the verb: "carried out air and missile strikes" with "air"
/// the object and "strikes" a conjunct of "carried". A noun conjunct of a
/// verb right after the verb's object and an "and" (past its own
/// modifiers) is the object, and the first noun its modifier.
pub fn repair_coordinated_modifier_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for c in 3..=n {
        let cw = &words[c - 1];
        let v = cw.head;
        if cw.deprel != "conj"
            || cw.upos != "NOUN"
            || v == 0
            || v >= c
            || words[v - 1].upos != "VERB"
        {
            continue;
        }
        let Some(o) = (v + 1..c).find(|&k| words[k - 1].head == v && words[k - 1].deprel == "obj")
        else {
            continue;
        };
        let and = o + 1;
        if words[o - 1].upos != "NOUN"
            || and >= c
            || words[and - 1].upos != "CCONJ"
            || !(and + 1..c).all(|k| {
                words[k - 1].head == c
                    && matches!(words[k - 1].deprel.as_str(), "compound" | "amod")
            })
            || (1..=n).any(|k| words[k - 1].head == o)
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[c - 1].deprel = "obj".into();
        fixed.words[o - 1].head = c;
        fixed.words[o - 1].deprel = "compound".into();
        fixed.words[and - 1].head = and + 1;
    }
    s
}

/// Phrasal verbs whose particle the parser reads as the object's
/// preposition.
const PARTICLE_VERBS: &[(&str, &str)] = &[
    ("hand", "over"),
    ("turn", "over"),
    ("hand", "back"),
    ("give", "back"),
    ("carry", "out"),
    ("call", "off"),
    ("take", "over"),
];

/// Repairs a particle read as the object's preposition: "China handed
/// over 500,000 vaccine doses to Laos" with "over" the `case` of "doses"
/// and "doses" an oblique. Right after one of [`PARTICLE_VERBS`] without
/// an object, the word is the verb's particle and its noun the object.
pub fn repair_particle_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for v in 1..n {
        let p = v + 1;
        let (lemma, form) = (
            words[v - 1].lemma.to_lowercase(),
            words[p - 1].form.to_lowercase(),
        );
        if !PARTICLE_VERBS.contains(&(lemma.as_str(), form.as_str())) {
            continue;
        }
        // "handed over three hostages" with "over" a modifier of the number
        // ("over three": more than three); "hand back four villages" with
        // "back" a modifier of the object after it.
        if words[p - 1].deprel == "advmod"
            && p < n
            && ((words[p].upos == "NUM" && words[p - 1].head == p + 1)
                || (words[p - 1].head > p
                    && words[words[p - 1].head - 1].head == v
                    && words[words[p - 1].head - 1].deprel == "obj"))
        {
            let fixed = s.get_or_insert_with(|| sentence.clone());
            fixed.words[p - 1].head = v;
            fixed.words[p - 1].deprel = "compound:prt".into();
            continue;
        }
        if words[p - 1].deprel != "case" {
            continue;
        }
        let o = words[p - 1].head;
        // An object with a preposition of its own ("took over the town"
        // with "over" the object's `case`) is the particle's too.
        if o <= p
            || o > n
            || words[o - 1].head != v
            || !(words[o - 1].deprel == "obj"
                || (words[o - 1].deprel == "obl"
                    && !(1..=n).any(|k| words[k - 1].head == v && words[k - 1].deprel == "obj")))
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[p - 1].head = v;
        fixed.words[p - 1].deprel = "compound:prt".into();
        fixed.words[o - 1].deprel = "obj".into();
    }
    s
}

/// Repairs "persona non grata", which the treebank never shows: "has
/// been declared persona non grata by Bangui" with "non" an
/// adverb of the verb, "grata" its object and the agent hung on "non".
/// The three words are one noun, the verb's `xcomp` (as "declared him
/// president"); what hung on the last two hangs on the verb, a "by"
/// phrase as its agent.
pub fn repair_persona_non_grata(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let p = (1..words.len().saturating_sub(1)).find(|&k| {
        words[k - 1].form.eq_ignore_ascii_case("persona")
            && words[k].form.eq_ignore_ascii_case("non")
            && words[k + 1].form.eq_ignore_ascii_case("grata")
    })?;
    let (non, grata) = (p + 1, p + 2);
    // The verb the phrase belongs to: the first verb above "persona".
    let mut v = words[p - 1].head;
    for _ in 0..words.len() {
        if v == 0 || words[v - 1].upos == "VERB" {
            break;
        }
        v = words[v - 1].head;
    }
    if v == 0 || v == non || v == grata {
        return None;
    }
    let mut fixed = sentence.clone();
    let passive = words.iter().any(|c| c.head == v && c.deprel == "aux:pass");
    fixed.words[p - 1].head = v;
    fixed.words[p - 1].deprel = "xcomp".into();
    retag(&mut fixed.words[non - 1], p, "flat", "ADJ", "JJ");
    retag(&mut fixed.words[grata - 1], p, "flat", "ADJ", "JJ");
    for (k, w) in words.iter().enumerate() {
        let k = k + 1;
        if (w.head == non || w.head == grata) && k != grata {
            fixed.words[k - 1].head = v;
            let by = words
                .iter()
                .any(|c| c.head == k && c.deprel == "case" && c.form.eq_ignore_ascii_case("by"));
            fixed.words[k - 1].deprel = if by && passive {
                "obl:agent".into()
            } else if matches!(w.deprel.as_str(), "nmod" | "obl") {
                "obl".into()
            } else {
                w.deprel.clone()
            };
        }
    }
    Some(fixed)
}

/// Repairs a second object hung on the first: "gave the Ivorian
/// ambassador 72 hours to depart" with "hours" an `obj` of "ambassador"
/// and "to depart" an `acl` of it (or "granted Egypt a new loan" with
/// "loan" an `appos` of the name, no comma between). A noun object of a
/// noun that is itself a verb's object is the verb's object, the first
/// its indirect object, and the clauses after the second are the
/// second's.
pub fn repair_second_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for b in 1..=n {
        let a = words[b - 1].head;
        // Or an apposition with no comma before it: "granted Egypt a new
        // loan" with "loan" an `appos` of "Egypt".
        let appos = words[b - 1].deprel == "appos"
            && words[b - 1].upos == "NOUN"
            && a >= 1
            && a < b
            && words[a - 1].upos == "PROPN"
            && (a + 1..b).any(|k| {
                words[k - 1].head == b
                    && (words[k - 1].deprel == "nummod"
                        || matches!(words[k - 1].lemma.as_str(), "a" | "an"))
            })
            && (a + 1..b).all(|k| words[k - 1].head == b);
        if !(words[b - 1].deprel == "obj" || appos)
            || !matches!(words[b - 1].upos.as_str(), "NOUN" | "PROPN")
            || a == 0
            || a > b
            || !matches!(words[a - 1].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            || words[a - 1].deprel != "obj"
        {
            continue;
        }
        let v = words[a - 1].head;
        if v == 0 || v > a || words[v - 1].upos != "VERB" {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[b - 1].head = v;
        fixed.words[b - 1].deprel = "obj".into();
        fixed.words[a - 1].deprel = "iobj".into();
        for k in b + 1..=n {
            if words[k - 1].head == a && words[k - 1].deprel == "acl" {
                fixed.words[k - 1].head = b;
            }
        }
    }
    s
}

/// Repairs "called on X to do": "Kyiv called on Beijing to use its
/// influence" with "on" a subordinator and "Beijing" the subject of "use".
/// The one called on is the verb's "on" oblique and the clause its open
/// complement.
pub fn repair_call_on(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for v in 1..n {
        let m = v + 1;
        if !words[v - 1].lemma.eq_ignore_ascii_case("call")
            || !matches!(words[m - 1].form.to_lowercase().as_str(), "on" | "upon")
            || words[m - 1].deprel != "mark"
        {
            continue;
        }
        let x = words[m - 1].head;
        if x <= m || x > n || words[x - 1].head != v || words[x - 1].upos != "VERB" {
            continue;
        }
        let Some(subject) =
            (m + 1..x).find(|&k| words[k - 1].head == x && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[subject - 1].head = v;
        fixed.words[subject - 1].deprel = "obl".into();
        retag(&mut fixed.words[m - 1], subject, "case", "ADP", "IN");
        fixed.words[x - 1].deprel = "xcomp".into();
    }
    s
}

/// Repairs the verb's phrases hung on its subject: "Beijing on Monday
/// imposed sanctions on two U.S. defence contractors" with "contractors"
/// an `obl` of "Beijing". A dependent of a subject that stands after the
/// subject's verb (an arc over the verb, which English does not make) is
/// the verb's; an `nmod` becomes an `obl`.
pub fn repair_subject_dependents(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for k in 1..=n {
        let h = words[k - 1].head;
        if h == 0 || h > n || h >= k || !words[h - 1].deprel.starts_with("nsubj") {
            continue;
        }
        let v = words[h - 1].head;
        if v == 0 || v > n || !(h < v && v < k) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[k - 1].head = v;
        if words[k - 1].deprel.starts_with("nmod") {
            fixed.words[k - 1].deprel = "obl".into();
        }
    }
    s
}

/// Repairs an object read as an open complement: "condemned the United
/// States and Japan" with "States" an `xcomp`. A name or noun as the
/// `xcomp` of a verb with no object and no marker is its object (a real
/// nominal complement follows an object, "named him envoy", or a passive,
/// "was named envoy").
pub fn repair_nominal_xcomp(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for x in 1..=n {
        let w = &words[x - 1];
        let v = w.head;
        if w.deprel != "xcomp"
            || !matches!(w.upos.as_str(), "PROPN" | "NOUN")
            || v == 0
            || v > n
            || v > x
            || words[v - 1].upos != "VERB"
        {
            continue;
        }
        // "was named envoy", "was declared persona non grata": after a
        // passive the complement is one.
        let taken = (1..=n).any(|k| {
            (words[k - 1].head == v
                && matches!(words[k - 1].deprel.as_str(), "obj" | "iobj" | "aux:pass"))
                || (words[k - 1].head == x
                    && matches!(words[k - 1].deprel.as_str(), "mark" | "case" | "cop"))
        });
        if taken {
            continue;
        }
        s.get_or_insert_with(|| sentence.clone()).words[x - 1].deprel = "obj".into();
    }
    s
}

/// Repairs a quantity read as the argument: "deported more than 1,000
/// Afghans" with "more" the object and "Afghans" its "than" oblique. The
/// noun takes the place of "more" (or "less", "fewer"), which modifies it.
pub fn repair_more_than(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for m in 1..=n {
        let wm = &words[m - 1];
        if !matches!(wm.form.to_lowercase().as_str(), "more" | "less" | "fewer")
            || matches!(wm.deprel.as_str(), "advmod" | "amod" | "fixed" | "root")
        {
            continue;
        }
        let Some(than) = (m + 1..=n).find(|&k| words[k - 1].form.eq_ignore_ascii_case("than"))
        else {
            continue;
        };
        let noun = (than + 1..=n).find(|&k| {
            words[k - 1].head == m && matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
        });
        let Some(c) = noun else {
            continue;
        };
        if words[than - 1].head != c && words[than - 1].head != m {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[c - 1].head = wm.head;
        fixed.words[c - 1].deprel = wm.deprel.clone();
        fixed.words[m - 1].head = c;
        fixed.words[m - 1].deprel = "advmod".into();
        fixed.words[than - 1].head = m;
        fixed.words[than - 1].deprel = "fixed".into();
        for k in (1..=n).filter(|&k| k != c && k != than && words[k - 1].head == m) {
            fixed.words[k - 1].head = c;
        }
    }
    s
}

/// Repairs an oblique read as a conjunct of the object: "imposed sanctions
/// on Monday on five commanders ... and two drone makers" with
/// "commanders" a `conj` of "sanctions". A nominal conjunct with a
/// preposition and no "and" of its own, of an object without one, is an
/// oblique of the verb; the conjuncts after it go with it.
pub fn repair_prepositional_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let kids = |of: usize| children[of].iter().copied();
    let has = |of: usize, rel: &str| kids(of).any(|k| words[k - 1].deprel == rel);
    let mut s: Option<Sentence> = None;
    for c in 1..=n {
        let wc = &words[c - 1];
        let o = wc.head;
        if wc.deprel != "conj" || !nominal(wc) || o == 0 || o > c {
            continue;
        }
        let wo = &words[o - 1];
        // The preposition may hang on a numeral ("on | five commanders").
        let Some(prep) = kids(c)
            .filter(|&k| k < c)
            .flat_map(|k| std::iter::once(k).chain(kids(k)))
            .filter(|&k| k < c && words[k - 1].deprel == "case")
            .min()
        else {
            continue;
        };
        let mut v = wo.head;
        let direct = wo.deprel == "obj";
        if !direct {
            // "extradited Usuga, the former leader ... known as Otoniel, to
            // the United States": past the object's apposition, after a
            // comma, with a preposition of its own.
            let comma = prep >= 2 && words[prep - 2].form == ",";
            let other_prep = kids(o).all(|k| {
                words[k - 1].deprel != "case"
                    || !words[k - 1]
                        .form
                        .eq_ignore_ascii_case(&words[prep - 1].form)
            });
            let mut top = o;
            for _ in 0..4 {
                if words[top - 1].deprel == "obj" || words[top - 1].head == 0 {
                    break;
                }
                if !matches!(
                    words[top - 1].deprel.split(':').next().unwrap_or(""),
                    "obl" | "nmod" | "appos" | "acl" | "conj"
                ) {
                    break;
                }
                top = words[top - 1].head;
            }
            if !comma || !other_prep || words[top - 1].deprel != "obj" {
                continue;
            }
            v = words[top - 1].head;
        }
        if v == 0 || v > n || words[v - 1].upos != "VERB" {
            continue;
        }
        if has(c, "cc") || (direct && has(o, "case")) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[prep - 1].head = c;
        fixed.words[c - 1].head = v;
        fixed.words[c - 1].deprel = "obl".into();
        for k in kids(o).filter(|&k| k > c && words[k - 1].deprel == "conj") {
            fixed.words[k - 1].head = c;
        }
    }
    s
}

/// Repairs a conjunct of the target read as one of the object: "imposed
/// sanctions on five commanders ... and two drone makers" with "makers" a
/// `conj` of "sanctions". A bare nominal conjunct of an object, after the
/// object's "on" or "against" modifier, goes with that modifier: who is
/// sanctioned is listed, what is imposed seldom is after it.
pub fn repair_modifier_conjunct(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let kids = |of: usize| children[of].iter().copied();
    let mut s: Option<Sentence> = None;
    for o in 1..=n {
        let wo = &words[o - 1];
        let v = wo.head;
        if wo.deprel != "obj" || v == 0 || v > n || words[v - 1].upos != "VERB" {
            continue;
        }
        let Some(m) = kids(o).find(|&k| {
            k > o
                && words[k - 1].deprel == "nmod"
                && kids(k).any(|c| {
                    words[c - 1].deprel == "case"
                        && matches!(words[c - 1].form.to_lowercase().as_str(), "on" | "against")
                })
        }) else {
            continue;
        };
        for c in kids(o).filter(|&c| c > m && words[c - 1].deprel == "conj") {
            if !nominal(&words[c - 1]) || kids(c).any(|k| words[k - 1].deprel == "case") {
                continue;
            }
            let fixed = s.get_or_insert_with(|| sentence.clone());
            fixed.words[c - 1].head = m;
        }
    }
    s
}

/// Repairs a name read as a second subject after the role noun it names:
/// "Ghanaian President John Mahama and his Togolese counterpart Faure
/// Gnassingbe signed ..." with "Gnassingbe" a subject of "signed" beside
/// "Mahama". A proper noun subject right after a common noun of an
/// earlier subject's phrase, before the verb, is that noun's apposition.
pub fn repair_named_role(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    let subject = |k: usize| words[k - 1].deprel.starts_with("nsubj");
    for v in 1..=words.len() {
        let kids = &children[v];
        let Some(&first) = kids.iter().find(|&&k| k < v && subject(k)) else {
            continue;
        };
        for &b in kids
            .iter()
            .filter(|&&b| b > first + 1 && b < v && subject(b))
        {
            let (name, role) = (&words[b - 1], &words[b - 2]);
            if name.upos != "PROPN" || role.upos != "NOUN" || !dominates(words, first, b - 1) {
                continue;
            }
            let fixed = s.get_or_insert_with(|| sentence.clone());
            fixed.words[b - 1].head = b - 1;
            fixed.words[b - 1].deprel = "appos".into();
        }
    }
    s
}

/// Repairs an object read as a second subject: "The Chinese government
/// also criticized the United States" with "States" a subject after the
/// verb. An active verb with a subject before it takes a nominal subject
/// after it as its object.
pub fn repair_second_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    let children = children_of(words);
    for v in 1..=words.len() {
        if words[v - 1].upos != "VERB" {
            continue;
        }
        let kids = &children[v];
        let passive = kids.iter().any(|&k| words[k - 1].deprel == "aux:pass");
        let before = kids
            .iter()
            .any(|&k| k < v && words[k - 1].deprel == "nsubj");
        if passive || !before {
            continue;
        }
        for &k in kids.iter().filter(|&&k| k > v) {
            if words[k - 1].deprel == "nsubj" && nominal(&words[k - 1]) {
                let fixed = s.get_or_insert_with(|| sentence.clone());
                fixed.words[k - 1].deprel = "obj".into();
            }
        }
    }
    s
}

/// Repairs a subject that carries a preposition: "Washington's new
/// sanctions on Venezuelan oil exports took effect" with "exports" the
/// subject of a relative clause "took effect" on "sanctions". A phrase
/// with its own preposition is never a subject, and a relative clause
/// with no relative word right after its noun's modifier is the main
/// verb: the noun is the verb's subject and the phrase the noun's
/// modifier again. So is a second subject of one verb that starts with a
/// preposition right after the first.
pub fn repair_prepositional_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let children = children_of(words);
    for v in 1..=words.len() {
        let w = &words[v - 1];
        if w.upos != "VERB" || w.deprel != "acl:relcl" {
            continue;
        }
        let h = w.head;
        if h == 0 || h > v || !matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let kids = &children[v];
        let Some(&x) = kids
            .iter()
            .find(|&&k| k > h && k < v && words[k - 1].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        // The preposition right after the noun.
        let cased = children[x].iter().any(|&c| {
            c < x
                && words[c - 1].deprel == "case"
                && words[c - 1].upos == "ADP"
                && (h + 1..c).all(|k| words[k - 1].deprel == "punct")
        });
        // A relative word before the verb makes it a real relative clause.
        let relative = (h + 1..v).any(|k| {
            matches!(
                words[k - 1].form.to_lowercase().as_str(),
                "which" | "who" | "that" | "whose" | "whom"
            )
        });
        if !cased || relative {
            continue;
        }
        let mut fixed = sentence.clone();
        let passive = kids.iter().any(|&k| words[k - 1].deprel == "aux:pass");
        fixed.words[v - 1].head = words[h - 1].head;
        fixed.words[v - 1].deprel = words[h - 1].deprel.clone();
        fixed.words[h - 1].head = v;
        fixed.words[h - 1].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
        fixed.words[x - 1].head = h;
        fixed.words[x - 1].deprel = "nmod".into();
        for &k in children[h].iter().filter(|&&k| k > v) {
            fixed.words[k - 1].head = v;
        }
        return Some(fixed);
    }
    // Or the noun hung on the phrase as its subject: "Eritrea's offensive
    // against Ethiopian positions lasted" with "offensive" under
    // "positions".
    for x in 1..=words.len() {
        if !words[x - 1].deprel.starts_with("nsubj") {
            continue;
        }
        let Some(&c) = children[x]
            .iter()
            .find(|&&c| c < x && words[c - 1].deprel == "case" && words[c - 1].upos == "ADP")
        else {
            continue;
        };
        let h = c - 1;
        if h == 0
            || words[h - 1].head != x
            || !matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let mut fixed = sentence.clone();
        fixed.words[h - 1].head = words[x - 1].head;
        fixed.words[h - 1].deprel = words[x - 1].deprel.clone();
        fixed.words[x - 1].head = h;
        fixed.words[x - 1].deprel = "nmod".into();
        return Some(fixed);
    }
    // Or a second subject of the same verb: "Britain's sanctions on
    // Iranian steel exports took effect" with both nouns its subjects.
    for v in 1..=words.len() {
        let subjects: Vec<usize> = children[v]
            .iter()
            .copied()
            .filter(|&k| k < v && words[k - 1].deprel.starts_with("nsubj"))
            .collect();
        let [h, x] = subjects[..] else { continue };
        let cased = children[x]
            .iter()
            .any(|&c| c == h + 1 && words[c - 1].deprel == "case" && words[c - 1].upos == "ADP");
        // "The EU's sanctions on Belarus took effect" with "on" a marker
        // of the verb.
        let marked = h + 1 < x
            && words[h].upos == "ADP"
            && words[h].head == v
            && words[h].deprel == "mark"
            && (h + 2..x).all(|k| words[k - 1].head == x);
        // "The arrest of a journalist by Iranian authorities drew ...": the
        // agent's phrase after the first subject's own phrase.
        let in_phrase = |k: usize| dominates(words, h, k);
        let agent = children[x].iter().any(|&c| {
            c > h + 1
                && words[c - 1].deprel == "case"
                && words[c - 1].lemma.eq_ignore_ascii_case("by")
                && in_phrase(c - 1)
        });
        if (cased || marked || agent) && matches!(words[h - 1].upos.as_str(), "NOUN" | "PROPN") {
            let mut fixed = sentence.clone();
            fixed.words[x - 1].head = h;
            fixed.words[x - 1].deprel = "nmod".into();
            if marked {
                fixed.words[h].head = x;
                fixed.words[h].deprel = "case".into();
            }
            return Some(fixed);
        }
    }
    None
}

/// Repairs a preposition stranded by a passive: "were fired on by riot
/// police" with "on" a second `case` of "police". A preposition right
/// after a passive verb whose noun has another preposition between them
/// is the verb's own (UD: an `obl` with no dependents).
pub fn repair_stranded_preposition(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for v in 1..words.len() {
        let p = v + 1;
        let x = words[p - 1].head;
        if words[v - 1].upos != "VERB"
            || words[p - 1].upos != "ADP"
            || words[p - 1].deprel != "case"
            || x <= p
            || !words.iter().any(|w| w.head == v && w.deprel == "aux:pass")
            || !(p + 1..x).any(|k| words[k - 1].head == x && words[k - 1].deprel == "case")
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        fixed.words[p - 1].head = v;
        fixed.words[p - 1].deprel = "obl".into();
    }
    s
}

/// Repairs a subordinator hung on a noun: "would retaliate if Poland and
/// Lithuania moved troops" with "if" marking "Poland" (an oblique) and
/// "moved" a conjunct of the main verb. A
/// subordinator marks a clause: the next verb is the clause's head, the
/// noun its subject (with the nouns coordinated before the verb), and the
/// clause modifies what the noun hung on.
pub fn repair_marked_noun(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for m in 1..n {
        let x = words[m - 1].head;
        if words[m - 1].upos != "SCONJ"
            || words[m - 1].deprel != "mark"
            || x <= m
            || !matches!(words[x - 1].upos.as_str(), "NOUN" | "PROPN")
            || !matches!(
                words[x - 1].deprel.as_str(),
                "obl" | "nmod" | "obj" | "advcl"
            )
        {
            continue;
        }
        let h = words[x - 1].head;
        let Some(v) = (x + 1..=n.min(x + 15))
            .take_while(|&k| words[k - 1].upos != "PUNCT")
            .find(|&k| words[k - 1].upos == "VERB")
        else {
            continue;
        };
        // (A clause marked on its noun needs a finite verb: "if aid
        // convoys were not let in", not "if talks fail to curb" with
        // "fail" read as a noun.)
        let finite = (x + 1..v).any(|k| words[k - 1].upos == "AUX")
            || matches!(words[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if h == 0 || h == v || (words[x - 1].deprel == "advcl" && !finite) {
            continue;
        }
        let mut fixed = sentence.clone();
        if words[v - 1].head == 0 {
            // "X vowed to resume raids if aid convoys were not let
            // in" with "let" the root, "X" its subject and
            // "vowed" a clause of "X": the clause is the root.
            let mut path = vec![h];
            while let Some(&p) = path.last() {
                let up = words[p - 1].head;
                if up == v || up == 0 || path.len() > n {
                    break;
                }
                path.push(up);
            }
            let [.., a, t] = path[..] else { continue };
            if words[t - 1].head != v
                || !words[t - 1].deprel.starts_with("nsubj")
                || words[a - 1].upos != "VERB"
                || !words[a - 1].deprel.starts_with("acl")
            {
                continue;
            }
            hang(&mut fixed, a, 0, "root");
            hang(&mut fixed, t, a, "nsubj");
            for k in v + 1..=n {
                if words[k - 1].head == v && words[k - 1].upos == "PUNCT" {
                    fixed.words[k - 1].head = a;
                }
            }
        }
        fixed.words[v - 1].head = h;
        fixed.words[v - 1].deprel = "advcl".into();
        fixed.words[m - 1].head = v;
        fixed.words[x - 1].head = v;
        fixed.words[x - 1].deprel =
            if (1..=n).any(|k| words[k - 1].head == v && words[k - 1].deprel == "aux:pass") {
                "nsubj:pass".into()
            } else {
                "nsubj".into()
            };
        // "Poland and Lithuania": the verb's own subject, after a
        // conjunction, is the noun's conjunct.
        let cc = (x + 1..v).find(|&k| words[k - 1].upos == "CCONJ");
        if let Some(c) = cc {
            for s in c + 1..v {
                if words[s - 1].head == v && words[s - 1].deprel.starts_with("nsubj") {
                    fixed.words[s - 1].head = x;
                    fixed.words[s - 1].deprel = "conj".into();
                    fixed.words[c - 1].head = s;
                    fixed.words[c - 1].deprel = "cc".into();
                }
            }
        }
        return Some(fixed);
    }
    None
}

/// Nouns whose "that" clause tells what someone says happened ("claims
/// that", "reports that").
pub const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "report",
    "allegation",
    "accusation",
    "suggestion",
    "rumour",
    "rumor",
    "charge",
    "assertion",
    "speculation",
    "news",
];

/// Repairs the "that" clause of a noun of saying read as a conjunct of
/// the verb: "dismissed reports that its jets had bombed villages" with
/// "bombed" a conjunct of "dismissed". A clause opened by "that" right
/// after such a noun is the noun's content (`acl`).
pub fn repair_claim_clause(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for k in 2..words.len() {
        if !words[k - 1].form.eq_ignore_ascii_case("that") {
            continue;
        }
        // "accusations by Human Rights Watch that ...": past the name of
        // whoever makes the claim.
        let by = (k.saturating_sub(9).max(2)..k.saturating_sub(1))
            .rev()
            .find(|&b| {
                matches!(words[b - 1].form.as_str(), "by" | "from")
                    && (b + 1..k).all(|w| {
                        let x = &words[w - 1];
                        let capital = x.form.chars().next().is_some_and(char::is_uppercase);
                        matches!(x.upos.as_str(), "NOUN" | "PROPN" | "ADJ" | "DET" | "PART")
                            || (x.upos == "VERB" && capital)
                            || matches!(x.form.as_str(), "of" | "for" | "and")
                    })
            });
        let noun = by.map_or(k - 1, |b| b - 1);
        let v = words[k - 1].head;
        // "claims ... that its troops had killed 20 people" read as a
        // relative clause, "that" its object beside the object it has.
        let rel = words[k - 1].deprel.as_str();
        let relative = v > k
            && matches!(rel, "obj" | "nsubj")
            && words[v - 1].deprel == "acl:relcl"
            && (1..=words.len())
                .any(|o| o != k && words[o - 1].head == v && words[o - 1].deprel == rel);
        if !words[k - 1].form.eq_ignore_ascii_case("that")
            || (rel != "mark" && !relative)
            || v <= k
            || words[noun - 1].upos != "NOUN"
            || !CLAIM_NOUNS.contains(&words[noun - 1].lemma.to_lowercase().as_str())
            // (Hung on the noun already, it may be the noun's "obj".)
            || !(relative
                || matches!(
                    words[v - 1].deprel.as_str(),
                    "conj" | "parataxis" | "ccomp" | "advcl"
                )
                || (words[v - 1].head == noun && words[v - 1].deprel == "obj"))
            || (words[v - 1].head == noun
                && !relative
                && words[v - 1].deprel != "obj")
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        if relative {
            hang(fixed, k, v, "mark");
            fixed.words[k - 1].upos = "SCONJ".into();
            fixed.words[k - 1].xpos = "IN".into();
        }
        fixed.words[v - 1].head = noun;
        fixed.words[v - 1].deprel = "acl".into();
        if let Some(b) = by {
            // The name is the claim's: its head hangs on the noun, and a
            // word of it read as a verb ("Watch") is a name.
            let inside = |h: usize| (b..k).contains(&h);
            for w in b + 1..k {
                if words[w - 1].upos == "VERB" {
                    fixed.words[w - 1].upos = "PROPN".into();
                    fixed.words[w - 1].xpos = "NNP".into();
                }
                if !inside(words[w - 1].head) {
                    hang(fixed, w, noun, "nmod");
                    hang(fixed, b, w, "case");
                }
            }
            for d in 1..=words.len() {
                if d != v && inside(words[d - 1].head) && !inside(d) && d > k {
                    fixed.words[d - 1].head = noun;
                }
            }
        }
    }
    s
}

/// Repairs an absolute "with" phrase: "severed relations with Israel, with
/// its vice president calling the government fascist" with the phrase an
/// apposition of "relations" and the participle a modifier of the object.
/// After a comma, "with" + a noun + a participle is the main verb's
/// oblique whose participle tells what it does.
pub fn repair_absolute_with(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let root = words.iter().position(|w| w.head == 0)? + 1;
    if words[root - 1].upos != "VERB" {
        return None;
    }
    for k in 2..n {
        let x = words[k - 1].head;
        if !words[k - 1].form.eq_ignore_ascii_case("with")
            || words[k - 2].form != ","
            || x <= k
            || !matches!(words[x - 1].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let Some(v) = (x + 1..=n.min(x + 6))
            .take_while(|&j| words[j - 1].upos != "PUNCT")
            .find(|&j| words[j - 1].xpos == "VBG" && words[j - 1].upos == "VERB")
        else {
            continue;
        };
        if words[v - 1].head == x && words[x - 1].head == root {
            continue;
        }
        if k < root {
            continue;
        }
        let mut fixed = sentence.clone();
        hang(&mut fixed, x, root, "obl");
        hang(&mut fixed, v, x, "acl");
        return Some(fixed);
    }
    None
}

/// "rallied in Belgrade ..., demanding accountability for ...": the
/// participle after the comma read as an adjective of its object, the
/// object as the verb's, and the verb's subject hung on that noun. The
/// participle is the verb's clause, the noun its object, and the subject
/// the verb's again (with a conjunct the parser made a second subject).
pub fn repair_participle_read_as_modifier(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for g in 2..n {
        let w = &words[g - 1];
        let x = w.head;
        if w.upos != "VERB" || w.xpos != "VBG" || w.deprel != "amod" || x <= g {
            continue;
        }
        if words[g - 2].form != "," || words[x - 1].deprel != "obj" {
            continue;
        }
        let h = words[x - 1].head;
        if h == 0 || h >= g || words[h - 1].upos != "VERB" {
            continue;
        }
        let mut fixed = sentence.clone();
        hang(&mut fixed, g, h, "advcl");
        fixed.words[x - 1].head = g;
        let subjects: Vec<usize> = (1..h)
            .filter(|&k| words[k - 1].head == x && words[k - 1].deprel == "nsubj")
            .collect();
        for &s in &subjects {
            fixed.words[s - 1].head = h;
            // "thousands of students and their parents": the second
            // subject the parser gave the verb is a conjunct.
            for k in s + 1..h {
                let coordinated =
                    (1..k).any(|c| words[c - 1].head == k && words[c - 1].deprel == "cc");
                if words[k - 1].head == h && words[k - 1].deprel == "nsubj" && coordinated {
                    hang(&mut fixed, k, s, "conj");
                }
            }
        }
        return Some(fixed);
    }
    None
}

/// Nouns of an act that an appositive after it judges (", a trip
/// Lithuania condemned").
pub const JUDGED_ACT_NOUNS: &[&str] = &[
    "move", "decision", "step", "action", "measure", "trip", "visit", "remark", "comment",
];

/// "visited Minsk on Monday, a trip Lithuania condemned as ...": the judge
/// read as a second object of the verb and its verb as a conjunct. The
/// judge is the subject of a relative clause on the appositive noun.
pub fn repair_judging_appositive(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for v in 5..=n {
        let w = &words[v - 1];
        let h = w.head;
        if w.upos != "VERB" || !matches!(w.xpos.as_str(), "VBD" | "VBN") || w.deprel != "conj" {
            continue;
        }
        if h == 0 || h >= v {
            continue;
        }
        // The judge: a name right before the verb, hung on the main verb.
        let Some(judge) = (1..v)
            .rev()
            .take_while(|&k| words[k - 1].upos == "PROPN")
            .find(|&k| {
                words[k - 1].head == h && matches!(words[k - 1].deprel.as_str(), "obj" | "nsubj")
            })
        else {
            continue;
        };
        let first = (1..=judge)
            .rev()
            .take_while(|&k| words[k - 1].upos == "PROPN")
            .last()?;
        let noun = first - 1;
        if noun < 3
            || !JUDGED_ACT_NOUNS.contains(&words[noun - 1].lemma.to_lowercase().as_str())
            || !matches!(words[noun - 2].form.to_lowercase().as_str(), "a" | "an")
            || words[noun - 3].form != ","
        {
            continue;
        }
        let mut fixed = sentence.clone();
        hang(&mut fixed, noun, h, "appos");
        hang(&mut fixed, judge, v, "nsubj");
        hang(&mut fixed, v, noun, "acl:relcl");
        return Some(fixed);
    }
    None
}

/// Nouns of meeting whose partner is their "with" phrase.
const MEETING_NOUNS: &[&str] = &[
    "talk",
    "talks",
    "meeting",
    "negotiation",
    "consultation",
    "conversation",
    "discussion",
];

/// Repairs a meeting's partner hung on the verb past the meeting's own
/// place and day: "pledged to release detainees after talks in Caracas
/// on Friday with a U.S. envoy" with "with ... envoy" an oblique of
/// "release". When only the noun's phrases and a day phrase stand between the
/// noun and the verb's "with" phrase, the phrase is the noun's.
pub fn repair_split_meeting_partner(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for m in 1..=n {
        let v = words[m - 1].head;
        if v == 0
            || !MEETING_NOUNS.contains(&words[m - 1].lemma.to_lowercase().as_str())
            || !matches!(words[m - 1].deprel.as_str(), "obl" | "obj")
        {
            continue;
        }
        let Some(c) = (m + 1..=n).find(|&c| {
            words[c - 1].head == v
                && words[c - 1].deprel == "obl"
                && (1..c).any(|k| {
                    words[k - 1].head == c
                        && words[k - 1].deprel == "case"
                        && words[k - 1].form.eq_ignore_ascii_case("with")
                })
        }) else {
            continue;
        };
        let start = (1..c).find(|&k| dominates(words, c, k)).unwrap_or(c);
        let days: Vec<usize> = (m + 1..start)
            .filter(|&d| {
                words[d - 1].head == v
                    && words[d - 1].deprel == "obl"
                    && crate::when::WEEKDAYS.contains(&words[d - 1].form.to_lowercase().as_str())
            })
            .collect();
        let between_ok = (m + 1..start)
            .all(|k| dominates(words, m, k) || days.iter().any(|&d| dominates(words, d, k)));
        // ", with both sides pledging ...": an absolute phrase, no partner;
        // nor a second partner for a noun that has one.
        let absolute = words[start - 2].form == ","
            || (1..=n).any(|k| words[k - 1].head == c && words[k - 1].deprel.starts_with("acl"));
        let partnered = (m + 1..start).any(|k| {
            words[k - 1].head == m
                && (1..k).any(|x| {
                    words[x - 1].head == k && words[x - 1].form.eq_ignore_ascii_case("with")
                })
        });
        if !between_ok || start == m + 1 || absolute || partnered {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, c, m, "nmod");
    }
    s
}

/// Repairs the main clause's day hung on a relative clause before it:
/// "Chile, which recalled its envoy in 2019, on Tuesday accused ..." with
/// "on Tuesday" an oblique of "recalled" or a conjunct of its year. A day
/// after the comma that closes the relative clause, before the main verb
/// its antecedent is the subject of, is the main verb's.
pub fn repair_day_after_relative_clause(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for d in 3..=n {
        if !matches!(words[d - 1].deprel.as_str(), "obl" | "conj" | "nmod")
            || !crate::when::WEEKDAYS.contains(&words[d - 1].form.to_lowercase().as_str())
        {
            continue;
        }
        // The relative clause the day hangs in, as its oblique or in one of
        // its phrases ("in August 2021, on Wednesday" a conjunct of the
        // month).
        let mut v = words[d - 1].head;
        while v != 0 && v < d && words[v - 1].deprel != "acl:relcl" {
            v = words[v - 1].head;
        }
        if v == 0 || v >= d {
            continue;
        }
        let a = words[v - 1].head;
        let m = if a == 0 { 0 } else { words[a - 1].head };
        if m <= d || !matches!(words[a - 1].deprel.as_str(), "nsubj" | "nsubj:pass") {
            continue;
        }
        // The comma right before the day's phrase closes the clause.
        let start = (1..d).find(|&k| dominates(words, d, k)).unwrap_or(d);
        // (The parser may hang the comma on the day itself.)
        if words[start - 1].form != "," && (start < 2 || words[start - 2].form != ",") {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, d, m, "obl");
    }
    s
}

/// Repairs a verb's time adverb read as its complement: "agreed late on
/// Friday to free 30 prisoners" with "late" the `xcomp` of "agreed"
/// and "free" a clause of "late". The adverb modifies the verb, and
/// the infinitive is the verb's complement.
pub fn repair_early_complement(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for e in 2..n {
        let v = words[e - 1].head;
        if v == 0
            || v >= e
            || words[e - 1].deprel != "xcomp"
            || !matches!(words[e - 1].form.to_lowercase().as_str(), "early" | "late")
            || words[v - 1].upos != "VERB"
        {
            continue;
        }
        let Some(x) = (e + 1..=n).find(|&x| {
            words[x - 1].head == e
                && words[x - 1].upos == "VERB"
                && (1..x).any(|m| {
                    words[m - 1].head == x
                        && words[m - 1].deprel == "mark"
                        && words[m - 1].form.eq_ignore_ascii_case("to")
                })
        }) else {
            continue;
        };
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, e, v, "advmod");
        hang(fixed, x, v, "xcomp");
        // The day hung on the adverb is the verb's.
        for k in 1..=n {
            if words[k - 1].head == e && words[k - 1].deprel == "obl" {
                hang(fixed, k, v, "obl");
            }
        }
    }
    s
}

/// Repairs a subject described before its names: "Two Israeli ministers,
/// A and B, were sanctioned by ..." with "ministers" an oblique and the
/// names the subject. The described noun is the subject, the names its
/// apposition.
pub fn repair_appositive_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for x in 1..n {
        let v = words[x - 1].head;
        if v == 0
            || v <= x
            || words[x - 1].deprel != "obl"
            || words[x - 1].upos != "NOUN"
            || words[x].form != ","
            || (1..x).any(|k| words[k - 1].head == x && words[k - 1].deprel == "case")
        {
            continue;
        }
        let Some(subj) = (x + 2..v).find(|&k| {
            words[k - 1].head == v && matches!(words[k - 1].deprel.as_str(), "nsubj" | "nsubj:pass")
        }) else {
            continue;
        };
        // The names end at a comma right before the verb or its auxiliaries.
        let closing = (subj + 1..v).find(|&k| words[k - 1].form == ",");
        let Some(c) = closing else { continue };
        if !(c + 1..v).all(|k| matches!(words[k - 1].upos.as_str(), "AUX" | "ADV" | "PART")) {
            continue;
        }
        let rel = words[subj - 1].deprel.clone();
        let mut fixed = sentence.clone();
        hang(&mut fixed, x, v, &rel);
        hang(&mut fixed, subj, x, "appos");
        return Some(fixed);
    }
    None
}

/// Repairs a place phrase read as a conjunct: "detained by riot police
/// outside parliament" with "outside" an adjective of "parliament" and
/// "parliament" a `conj` of "police". A conjunct with no "and" or comma
/// before it, opened by a word of place, is a locative of the verb.
pub fn repair_locative_conjunct(sentence: &Sentence) -> Option<Sentence> {
    const PLACE_WORDS: &[&str] = &["outside", "inside", "near", "beyond", "behind", "opposite"];
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for c in 2..=n {
        let w = &words[c - 1];
        let h = w.head;
        if w.deprel != "conj" || !matches!(w.upos.as_str(), "NOUN" | "PROPN") || h == 0 || h >= c {
            continue;
        }
        // The phrase's first word: "outside", right after the head's phrase.
        let first = children[c].iter().copied().find(|&k| k < c);
        let Some(p) = first.filter(|&p| {
            PLACE_WORDS.contains(&words[p - 1].form.to_lowercase().as_str())
                && matches!(words[p - 1].deprel.as_str(), "amod" | "advmod")
        }) else {
            continue;
        };
        let coordinated =
            children[c].iter().any(|&k| words[k - 1].deprel == "cc") || words[p - 2].form == ",";
        let v = words[h - 1].head;
        if coordinated || v == 0 {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, c, v, "obl");
        fixed.words[p - 1].deprel = "case".into();
        fixed.words[p - 1].upos = "ADP".into();
    }
    s
}

/// Repairs an event noun in the plural read as a verb after its compound:
/// "held joint anti-piracy exercises with Omani sailors" with
/// "exercises" a verb hung on "held" and "counter-terrorism" the object.
/// Such a plural with no subject, right after the verb's object, is the
/// object, and the word before it its compound.
pub fn repair_plural_read_as_verb(sentence: &Sentence) -> Option<Sentence> {
    const EVENT_PLURALS: &[&str] = &[
        "exercises",
        "drills",
        "talks",
        "strikes",
        "patrols",
        "raids",
        "attacks",
        "protests",
        "sanctions",
    ];
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for x in 2..=n {
        let w = &words[x - 1];
        if w.upos != "VERB" {
            continue;
        }
        let form = w.form.to_lowercase();
        let v = w.head;
        let o = x - 1;
        if !EVENT_PLURALS.contains(&form.as_str())
            || v == 0
            || v >= o
            || words[o - 1].upos != "NOUN"
            || words[o - 1].head != v
            || words[o - 1].deprel != "obj"
            || children[x]
                .iter()
                .any(|&k| words[k - 1].deprel.starts_with("nsubj"))
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, x, v, "obj");
        hang(fixed, o, x, "compound");
        // The object's own modifiers ("joint") are the plural's.
        for &k in &children[o] {
            if k < o && words[k - 1].deprel == "amod" {
                fixed.words[k - 1].head = x;
            }
        }
        let noun = &mut fixed.words[x - 1];
        noun.upos = "NOUN".into();
        noun.xpos = "NNS".into();
        noun.lemma = form.strip_suffix('s').unwrap_or(&form).to_string();
    }
    s
}

/// Repairs "was due to host talks" read as the preposition "due to" ("due
/// to the storm") before a noun compound "host talks". After a form of
/// "be", "due to" and a word that is a verb of the patterns (`is_verb`) are
/// the adjective, its infinitive marker and its complement, whose object
/// is the noun.
pub fn repair_due_to_verb(sentence: &Sentence, is_verb: impl Fn(&str) -> bool) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for d in 2..n.saturating_sub(1) {
        let (due, to, v) = (&words[d - 1], &words[d], &words[d + 1]);
        let x = due.head;
        if !due.form.eq_ignore_ascii_case("due")
            || due.deprel != "case"
            || !to.form.eq_ignore_ascii_case("to")
            || to.head != d
            || !(v.upos == "NOUN" || v.upos == "VERB")
            || !is_verb(&v.lemma.to_lowercase())
            || x == 0
            || x <= d + 1
            || words[d - 2].lemma != "be"
        {
            continue;
        }
        let mut fixed = sentence.clone();
        let (xh, xrel) = (words[x - 1].head, words[x - 1].deprel.clone());
        hang(&mut fixed, d, xh, &xrel);
        fixed.words[d - 1].upos = "ADJ".into();
        fixed.words[d - 1].xpos = "JJ".into();
        hang(&mut fixed, d + 1, d + 2, "mark");
        fixed.words[d].upos = "PART".into();
        fixed.words[d].xpos = "TO".into();
        hang(&mut fixed, d + 2, d, "xcomp");
        fixed.words[d + 1].upos = "VERB".into();
        fixed.words[d + 1].xpos = "VB".into();
        hang(&mut fixed, x, d + 2, "obj");
        // The clause's subject and copula are the adjective's.
        for k in 1..d {
            let w = &words[k - 1];
            if w.head == x
                && (w.deprel.starts_with("nsubj") || w.deprel == "cop" || w.deprel == "aux")
            {
                fixed.words[k - 1].head = d;
            }
        }
        return Some(fixed);
    }
    None
}

/// Repairs the reporter's own second act read as the reported one's:
/// "Iraq said Turkish jets had bombed a village and summoned Ankara's
/// envoy" with "summoned" a conjunct of "bombed". A conjunct with no
/// subject of its own, of a clause a verb of saying reports, that is an
/// act a reporter does in answer (summoning, accusing, demanding), is the
/// saying verb's conjunct.
pub fn repair_reporters_conjunct(sentence: &Sentence) -> Option<Sentence> {
    const SAYING: &[&str] = &["say", "tell", "announce", "report", "state"];
    const ANSWERS: &[&str] = &[
        "summon", "accuse", "demand", "urge", "condemn", "denounce", "vow", "warn", "call",
        "protest", "blame",
    ];
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for c in 1..=n {
        let w = &words[c - 1];
        let r = w.head;
        if w.deprel != "conj"
            || w.upos != "VERB"
            || !ANSWERS.contains(&w.lemma.to_lowercase().as_str())
            || r == 0
            || words[r - 1].deprel != "ccomp"
        {
            continue;
        }
        let say = words[r - 1].head;
        if say == 0 || !SAYING.contains(&words[say - 1].lemma.to_lowercase().as_str()) || say > r {
            continue;
        }
        let own_subject = children[c]
            .iter()
            .any(|&k| words[k - 1].deprel.starts_with("nsubj"));
        // The reported clause's subject is not the reporter's: a third
        // party's act, then the reporter's answer.
        let reported_subject = children[r]
            .iter()
            .any(|&k| words[k - 1].deprel.starts_with("nsubj"));
        if own_subject || !reported_subject {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, c, say, "conj");
    }
    s
}

/// Repairs a conjoined verb's object hung on the first verb: "had fired
/// mortars at the town and that the army had hit scores of their
/// launchers" with "scores" an object of "fired". What the
/// first verb has past a conjoined verb with no object of its own (its
/// object and obliques) is the conjoined verb's.
pub fn repair_conjunct_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    let mut s: Option<Sentence> = None;
    for c in 2..=n {
        let w = &words[c - 1];
        let h = w.head;
        if w.deprel != "conj" || w.upos != "VERB" || h == 0 || h >= c || words[h - 1].upos != "VERB"
        {
            continue;
        }
        if children[c].iter().any(|&k| words[k - 1].deprel == "obj") {
            continue;
        }
        let past: Vec<usize> = children[h]
            .iter()
            .copied()
            .filter(|&d| d > c && matches!(words[d - 1].deprel.as_str(), "obj" | "obl"))
            .collect();
        if !past.iter().any(|&d| words[d - 1].deprel == "obj") {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        for d in past {
            fixed.words[d - 1].head = c;
        }
    }
    s
}

/// Repairs a subject with a "whose" clause read as the clause's own
/// subject: "The heads of Peru and Chile, whose armies fought a war in
/// 1879, held talks" with "fought" the root and "held" an adjective. A
/// sentence-opening noun phrase, a comma, a clause opened by "whose" up to
/// the next comma, and a finite verb after it: the verb is the root, the
/// phrase its subject and the clause the phrase's relative.
pub fn repair_whose_relative(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let k = (3..n)
        .find(|&k| words[k - 1].form.eq_ignore_ascii_case("whose") && words[k - 2].form == ",")?;
    // The opening phrase: one word whose head lies outside it.
    let outside: Vec<usize> = (1..k - 1)
        .filter(|&w| {
            let h = words[w - 1].head;
            h == 0 || h >= k - 1
        })
        .filter(|&w| words[w - 1].upos != "PUNCT")
        .collect();
    let [subject] = outside[..] else { return None };
    if !matches!(words[subject - 1].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let close = (k + 1..n).find(|&c| words[c - 1].form == ",")?;
    let m = close + 1;
    let verb = &words[m - 1];
    // (A past read as its object's participle: "held talks".)
    let finite = matches!(verb.xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || (verb.xpos == "VBN" && verb.head == m + 1);
    if verb.upos != "VERB" || !finite {
        return None;
    }
    // The clause's own head: the word of it whose head lies outside it.
    let inside = |h: usize| (k..close).contains(&h);
    let clause_heads: Vec<usize> = (k..close).filter(|&w| !inside(words[w - 1].head)).collect();
    let [relative] = clause_heads[..] else {
        return None;
    };
    if words[m - 1].head == relative && words[m - 1].deprel == "nsubj" {
        return None;
    }
    let mut fixed = sentence.clone();
    hang(&mut fixed, m, 0, "root");
    hang(&mut fixed, subject, m, "nsubj");
    hang(&mut fixed, relative, subject, "acl:relcl");
    hang(&mut fixed, close, relative, "punct");
    // What after the verb hangs back into the clause or the subject is the
    // verb's: its first noun its object.
    let mut object = false;
    for d in m + 1..=n {
        let h = words[d - 1].head;
        if h < m {
            let rel = match words[d - 1].upos.as_str() {
                "PUNCT" => "punct",
                "NOUN" | "PROPN" if !object => {
                    object = true;
                    "obj"
                }
                _ => words[d - 1].deprel.as_str(),
            };
            let rel = rel.to_string();
            hang(&mut fixed, d, m, &rel);
        }
    }
    Some(fixed)
}

/// Repairs an object with a reduced relative read as a clause's subject:
/// "refused to hand back six soldiers detained at the border" with
/// "soldiers" the subject of "detained" and "hand" left with no object.
/// A past participle with no auxiliary, whose subject comes right after a
/// verb with no object (past its particle), is that object's modifier,
/// and the subject the verb's object.
pub fn repair_reduced_relative_object(sentence: &Sentence) -> Option<Sentence> {
    const PARTICLES: &[&str] = &["back", "over", "up", "out", "off", "down"];
    let words = &sentence.words;
    let n = words.len();
    let children = children_of(words);
    for v in 2..=n {
        let w = &words[v - 1];
        // (Read as a past tense, "detained" may be tagged VBD.)
        if w.upos != "VERB"
            || !matches!(w.xpos.as_str(), "VBN" | "VBD")
            || !w.form.to_lowercase().ends_with("ed")
            || !matches!(w.deprel.as_str(), "conj" | "parataxis")
        {
            continue;
        }
        if children[v]
            .iter()
            .any(|&k| matches!(words[k - 1].deprel.as_str(), "aux" | "aux:pass" | "cc"))
        {
            continue;
        }
        let Some(s) = children[v]
            .iter()
            .copied()
            .find(|&k| k < v && words[k - 1].deprel == "nsubj")
        else {
            continue;
        };
        // The subject's first word (a particle the parser gave it, "back"
        // of "hand back", among them).
        let Some(first) = (1..=s).find(|&k| dominates(words, s, k)) else {
            continue;
        };
        let is_particle = |k: usize| PARTICLES.contains(&words[k - 1].form.to_lowercase().as_str());
        let mut u = first - 1;
        // (Or a particle already the verb's.)
        if u >= 2 && words[u - 1].head == u - 1 && is_particle(u) {
            u -= 1;
        }
        let particle = (first..s).find(|&k| words[k - 1].head == s && is_particle(k));
        if u == 0
            || words[u - 1].upos != "VERB"
            || children[u].iter().any(|&k| words[k - 1].deprel == "obj")
        {
            continue;
        }
        let mut fixed = sentence.clone();
        hang(&mut fixed, s, u, "obj");
        hang(&mut fixed, v, s, "acl");
        if let Some(p) = particle {
            hang(&mut fixed, p, u, "compound:prt");
            fixed.words[p - 1].upos = "ADP".into();
        }
        return Some(fixed);
    }
    None
}

/// Repairs the second member of a pair whose possessor the parser took
/// for the member: "Kenyan President William Ruto and Somalia's President
/// Hassan Sheikh Mohamud signed ..." with "Somalia" the conjunct of "Ruto"
/// and "Hassan" a second conjunct, a list item, the subject of the verb
/// (over "Ruto"), or the subject of a relative clause hung on "Ruto". A
/// conjunct with its own "'s" right after it, a noun phrase after that:
/// the phrase takes the conjunct's place, the possessor goes inside it,
/// and where the phrase held the clause's subject, the first member does.
pub fn repair_conjoined_possessor(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut fixed: Option<Sentence> = None;
    for p in 2..n {
        let cur = fixed.as_ref().map_or(words, |f| &f.words);
        let pw = &cur[p - 1];
        let a = pw.head;
        if pw.deprel != "conj" || a == 0 || a >= p || !nominal(pw) {
            continue;
        }
        let c = p + 1;
        let cw = &cur[c - 1];
        if cw.head != p || cw.deprel != "case" || !matches!(cw.form.as_str(), "'s" | "\u{2019}s") {
            continue;
        }
        let b = c + 1;
        if b > n || !matches!(cur[b - 1].upos.as_str(), "NOUN" | "PROPN" | "ADJ") {
            continue;
        }
        // The phrase after "'s": climb while the head is a later noun.
        let mut h = b;
        for _ in 0..n {
            let w = &cur[h - 1];
            if w.head > h && nominal(&cur[w.head - 1]) {
                h = w.head;
            } else {
                break;
            }
        }
        if !nominal(&cur[h - 1]) {
            continue;
        }
        let hw = &cur[h - 1];
        let mut out = fixed.clone().unwrap_or_else(|| sentence.clone());
        let cc: Vec<usize> = (1..=n)
            .filter(|&k| cur[k - 1].head == p && cur[k - 1].deprel == "cc")
            .collect();
        if hw.head == a && matches!(hw.deprel.as_str(), "conj" | "list" | "appos" | "dep") {
            hang(&mut out, h, a, "conj");
        } else if hw.deprel.starts_with("nsubj") && hw.head > h {
            let v = hw.head;
            let vw = &cur[v - 1];
            if dominates(cur, h, a) {
                // "Putin and China's leader Xi held": "Putin" under "leader".
                hang(&mut out, a, v, &hw.deprel);
                hang(&mut out, h, a, "conj");
            } else if vw.head == a && vw.deprel.starts_with("acl") {
                // "... and Tuvalu's Prime Minister Teo met" as a relative
                // clause of the first member.
                let (ah, arel) = (cur[a - 1].head, cur[a - 1].deprel.clone());
                hang(&mut out, v, ah, &arel);
                hang(&mut out, a, v, &hw.deprel);
                hang(&mut out, h, a, "conj");
                for k in (v + 1..=n).filter(|&k| cur[k - 1].head == a) {
                    out.words[k - 1].head = v;
                }
            } else {
                continue;
            }
        } else {
            continue;
        }
        hang(&mut out, p, h, "nmod:poss");
        for k in cc {
            out.words[k - 1].head = h;
        }
        fixed = Some(out);
    }
    fixed
}

/// Repairs an adjective opening a subject that the parser hung on a noun
/// past the subject's verb: "Greek and Turkish teams met in Athens ...,
/// the ministries said" with "Greek" (and its conjunct "Turkish")
/// modifying "ministries". An
/// adjective whose following words, up to a clause's subject, are its own
/// or the subject's, and whose head lies past that subject's verb,
/// modifies the subject.
pub fn repair_far_adjective(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 1..n {
        let aw = &words[a - 1];
        let h = aw.head;
        if aw.upos != "ADJ" || aw.deprel != "amod" || h <= a + 1 || h > n {
            continue;
        }
        let Some(subject) = (a + 1..h).find(|&k| {
            let w = &words[k - 1];
            w.deprel.starts_with("nsubj") && w.head > k && w.head < h && nominal(w)
        }) else {
            continue;
        };
        if !(a + 1..=subject).all(|k| dominates(words, a, k) || dominates(words, subject, k)) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, a, subject, "amod");
    }
    s
}

/// Repairs the object of a participle read as its verb's: "said U.S.
/// forces had carried out no operations, dismissing reports that ..." with
/// "reports" a second object of "carried". A verb's object right after a
/// participle hung on that verb, where the participle has no object of
/// its own and the verb has one before it, is the participle's.
pub fn repair_participle_object(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for p in 2..n {
        let pw = &words[p - 1];
        let v = pw.head;
        if pw.xpos != "VBG" || v == 0 || v >= p || !matches!(pw.deprel.as_str(), "advcl" | "conj") {
            continue;
        }
        let objects: Vec<usize> = (1..=n)
            .filter(|&k| words[k - 1].head == v && words[k - 1].deprel == "obj")
            .collect();
        if (1..=n).any(|k| words[k - 1].head == p && words[k - 1].deprel == "obj") {
            continue;
        }
        let Some(&o) = objects.iter().find(|&&o| o > p) else {
            continue;
        };
        if !objects.iter().any(|&o| o < p) || !(p + 1..o).all(|k| dominates(words, o, k)) {
            continue;
        }
        hang(s.get_or_insert_with(|| sentence.clone()), o, p, "obj");
    }
    s
}

/// Repairs a subordinator read as the preposition of its clause's subject:
/// "refused to set it up before Serbia recognises Kosovo" with "before"
/// the `case` of "Serbia" and "recognises" a parataxis of "refused". A
/// subordinator hung as a preposition on the subject of a later verb marks
/// that verb, which is a clause of the verb it hangs on.
pub fn repair_subordinator_of_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for m in 1..words.len() {
        let mw = &words[m - 1];
        let x = mw.head;
        if mw.deprel != "case"
            || x != m + 1
            || !matches!(
                mw.form.to_lowercase().as_str(),
                "before" | "after" | "until" | "once" | "because" | "although" | "while" | "unless"
            )
        {
            continue;
        }
        let xw = &words[x - 1];
        let v = xw.head;
        if !xw.deprel.starts_with("nsubj") || v <= x || words[v - 1].upos != "VERB" {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, m, v, "mark");
        fixed.words[m - 1].upos = "SCONJ".into();
        fixed.words[m - 1].xpos = "IN".into();
        if matches!(words[v - 1].deprel.as_str(), "parataxis" | "conj" | "ccomp") {
            fixed.words[v - 1].deprel = "advcl".into();
        }
    }
    s
}

/// Repairs a participle of the main clause hung on a subordinate clause
/// before it: "refused to set it up before Serbia recognises Kosovo,
/// rebuffing a demand from EU mediators" with "rebuffing" a clause of
/// "recognises", and so done by Serbia. After a comma, a participle hung
/// on a clause of condition, time or cause with a subject of its own
/// belongs to the verb that clause hangs on.
pub fn repair_participle_of_subordinate(sentence: &Sentence) -> Option<Sentence> {
    rehang_comma_participle(sentence, &[], |words, _, h| {
        let hw = &words[h - 1];
        let marked = words.iter().any(|c| {
            c.head == h
                && c.deprel == "mark"
                && matches!(
                    c.lemma.to_lowercase().as_str(),
                    "before" | "until" | "unless" | "once" | "if" | "because" | "although"
                )
        });
        let subject = words
            .iter()
            .any(|c| c.head == h && c.deprel.starts_with("nsubj"));
        let g = hw.head;
        (hw.upos == "VERB"
            && hw.deprel == "advcl"
            && marked
            && subject
            && g != 0
            && g < h
            && words[g - 1].upos == "VERB")
            .then_some(g)
    })
}

/// The passive participle after `r` hung on it (as one of `rels`) with no
/// subject of its own: the clause whose subject the parser hung elsewhere.
fn subjectless_passive_after(words: &[Word], r: usize, rels: &[&str]) -> Option<usize> {
    let n = words.len();
    let kids = |of: usize| (1..=n).filter(move |&k| words[k - 1].head == of);
    kids(r).find(|&k| {
        let w = &words[k - 1];
        k > r
            && w.upos == "VERB"
            && w.xpos == "VBN"
            && rels.contains(&w.deprel.as_str())
            && kids(k).any(|c| words[c - 1].deprel == "aux:pass")
            && !kids(k).any(|c| words[c - 1].deprel.starts_with("nsubj"))
    })
}

/// Repairs a passive clause whose subject the parser made the root: "A
/// grain terminal in Ukraine's port was struck by Russian drones" with
/// "terminal" an adjective root, "grain" its subject and "struck" a
/// dependent. A nominal or adjective root with no copula, and a passive
/// participle after it with no subject of its own hung on it, is the
/// participle's subject; the participle is the root.
pub fn repair_passive_read_as_dependent(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    let rw = &words[r - 1];
    if !matches!(rw.upos.as_str(), "ADJ" | "NOUN" | "PROPN") {
        return None;
    }
    let kids = |of: usize| (1..=n).filter(move |&k| words[k - 1].head == of);
    if kids(r).any(|k| matches!(words[k - 1].deprel.as_str(), "cop" | "aux" | "aux:pass")) {
        return None;
    }
    let v = subjectless_passive_after(words, r, &["dep", "acl", "advcl", "parataxis", "conj"])?;
    let mut fixed = sentence.clone();
    hang(&mut fixed, v, 0, "root");
    hang(&mut fixed, r, v, "nsubj:pass");
    for k in kids(r) {
        if k > v {
            fixed.words[k - 1].head = v;
        }
        if words[k - 1].deprel.starts_with("nsubj") && k < r {
            fixed.words[k - 1].deprel = "compound".into();
        }
    }
    if rw.upos == "ADJ" {
        fixed.words[r - 1].upos = "NOUN".into();
        fixed.words[r - 1].xpos = "NN".into();
    }
    Some(fixed)
}

/// Repairs a participle clause read as the modifier of a noun after it:
/// "promised to free the fishermen after holding talks with Modi in
/// Colombo on Saturday" with "holding" a `compound` of "Saturday" and
/// "after" the preposition of "Saturday". A gerund with an object of its
/// own hung as a modifier on a later noun is a clause of the verb that
/// noun hangs on, as is one the parser left a bare `dep` of a verb
/// before it; a subordinator right before it marks it.
pub fn repair_gerund_read_as_modifier(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for g in 2..n {
        let gw = &words[g - 1];
        let h = gw.head;
        if gw.xpos != "VBG" || h == 0 || h > n {
            continue;
        }
        if !(1..=n).any(|k| words[k - 1].head == g && words[k - 1].deprel == "obj") {
            continue;
        }
        // ("after holding talks" with both words a `dep` of the verb.)
        let v = match gw.deprel.as_str() {
            "compound" | "amod" if h > g => words[h - 1].head,
            "dep" if h < g => h,
            _ => continue,
        };
        if v == 0 || words[v - 1].upos != "VERB" {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, g, v, "advcl");
        fixed.words[g - 1].upos = "VERB".into();
        let m = g - 1;
        let mw = &words[m - 1];
        if (mw.head == h || (mw.head == v && mw.deprel == "dep"))
            && matches!(
                mw.form.to_lowercase().as_str(),
                "after" | "before" | "while" | "when" | "since" | "by" | "without"
            )
        {
            hang(fixed, m, g, "mark");
        }
    }
    s
}

/// Repairs a past verb read as the head noun of its own subject: "The
/// Moroccan army shot down a drone" with "army shot" one noun
/// phrase, subject of the root "drone". An irregular past form of a
/// pattern verb, read as a noun subject of a nominal root after it, with
/// a noun before it inside its phrase, is the verb: the noun before it its
/// subject, the root its object.
pub fn repair_past_verb_read_as_subject(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    for v in 2..n {
        let vw = &words[v - 1];
        let h = vw.head;
        if vw.upos != "NOUN" || !vw.deprel.starts_with("nsubj") || h <= v || h > n {
            continue;
        }
        let form = vw.form.to_lowercase();
        let Some(base) = crate::IRREGULAR
            .iter()
            .find(|(f, base)| *f == form && is_verb(base))
            .map(|(_, base)| *base)
        else {
            continue;
        };
        let hw = &words[h - 1];
        if hw.head != 0 || !matches!(hw.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let s = v - 1;
        let sw = &words[s - 1];
        if sw.head != v || !matches!(sw.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let mut fixed = sentence.clone();
        {
            let w = &mut fixed.words[v - 1];
            w.upos = "VERB".into();
            w.xpos = "VBD".into();
            w.lemma = base.to_string();
        }
        hang(&mut fixed, v, 0, "root");
        hang(&mut fixed, h, v, "obj");
        hang(&mut fixed, s, v, "nsubj");
        for k in 1..=n {
            let w = &words[k - 1];
            if w.head == v && k < s {
                fixed.words[k - 1].head = s;
            } else if w.head == v
                && k == v + 1
                && matches!(w.lemma.as_str(), "down" | "up" | "off" | "out")
            {
                hang(&mut fixed, k, v, "compound:prt");
            } else if w.head == h && k > h && w.deprel == "punct" {
                fixed.words[k - 1].head = v;
            }
        }
        return Some(fixed);
    }
    None
}

/// Repairs a participle of the main clause hung on a reduced relative
/// clause of the verb's object: "turned back two planes carrying deported
/// migrants, demanding that Washington ..." with "demanding" a clause of
/// "carrying". After a comma, a participle hung on a participle that
/// modifies the object or oblique of a verb belongs to that verb.
pub fn repair_participle_of_reduced_relative(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let mut s: Option<Sentence> = None;
    for p in 2..=words.len() {
        let pw = &words[p - 1];
        // (Read as the relative's conjunct as well as its clause.)
        if !matches!(pw.deprel.as_str(), "advcl" | "conj")
            || pw.xpos != "VBG"
            || words[p - 2].form != ","
        {
            continue;
        }
        let h = pw.head;
        let Some(hw) = words.get(h.wrapping_sub(1)).filter(|_| h < p) else {
            continue;
        };
        if hw.upos != "VERB" || !matches!(hw.xpos.as_str(), "VBG" | "VBN") {
            continue;
        }
        // The relative on the object, or read as the verb's complement
        // right after its object ("turned back a ship | carrying ...").
        let g = match hw.deprel.as_str() {
            "acl" => match words.get(hw.head.wrapping_sub(1)) {
                Some(nw) if matches!(nw.deprel.as_str(), "obj" | "obl") => nw.head,
                _ => continue,
            },
            "xcomp" if words.iter().any(|w| w.head == hw.head && w.deprel == "obj") => hw.head,
            _ => continue,
        };
        if g != 0 && g < h && words[g - 1].upos == "VERB" {
            hang(s.get_or_insert_with(|| sentence.clone()), p, g, "advcl");
        }
    }
    s
}

/// Repairs two adjectives coordinated before their noun, read as two
/// modifiers with the conjunction on the noun: "Iranian and Saudi foreign
/// ministers met" with "Iranian" and "Saudi" each an `amod` of
/// "ministers" and "and" its `cc`. Adjective, "and"/"or", adjective, all
/// hung on the same later noun: the second is the first's conjunct.
pub fn repair_coordinated_adjectives(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 1..n.saturating_sub(2) {
        let (aw, cw, bw) = (&words[a - 1], &words[a], &words[a + 1]);
        let h = aw.head;
        if aw.upos != "ADJ"
            || aw.deprel != "amod"
            || h <= a + 2
            || cw.head != h
            || cw.deprel != "cc"
            || !matches!(cw.lemma.as_str(), "and" | "or")
            || bw.head != h
            || bw.deprel != "amod"
            || bw.upos != "ADJ"
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, a + 1, a + 2, "cc");
        hang(fixed, a + 2, a, "conj");
    }
    s
}

/// Repairs a relative clause whose auxiliaries were hung on the main verb
/// before it: "China blocked a text on Friday that would have
/// extended an embargo" with "that" the object of "blocked", "would" and
/// "have" its auxiliaries (so "blocked" reads as a hypothetical) and
/// "extended" a modifier of "embargo". An auxiliary after its verb, right
/// after a relative pronoun, belongs to the next verb; that verb is a
/// relative clause of the last noun before the pronoun that is not a time
/// word, the pronoun its subject, and what hung on the auxiliaries its own.
pub fn repair_trailing_auxiliary(sentence: &Sentence) -> Option<Sentence> {
    // (Days and spans of time name no antecedent: "on Wednesday that".)
    const TIME_UNITS: &[&str] = &[
        "week",
        "month",
        "year",
        "day",
        "night",
        "morning",
        "evening",
        "afternoon",
    ];
    let words = &sentence.words;
    let n = words.len();
    let first = (2..n).find(|&a| {
        let w = &words[a - 1];
        w.upos == "AUX"
            && w.deprel == "aux"
            && w.head < a - 1
            && w.head > 0
            && words[w.head - 1].upos == "VERB"
            && matches!(
                words[a - 2].form.to_lowercase().as_str(),
                "that" | "which" | "who"
            )
    })?;
    let h = words[first - 1].head;
    let pronoun = first - 1;
    let mut v = first + 1;
    while v <= n && matches!(words[v - 1].upos.as_str(), "AUX" | "ADV" | "PART") {
        v += 1;
    }
    if v > n || words[v - 1].upos != "VERB" {
        return None;
    }
    let noun = (1..pronoun).rev().find(|&k| {
        matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
            && !crate::when::is_time_word(&words[k - 1].form)
            && !TIME_UNITS.contains(&words[k - 1].form.to_lowercase().as_str())
    })?;
    let chain: Vec<usize> = (first..v)
        .filter(|&a| words[a - 1].upos == "AUX" && words[a - 1].head == h)
        .collect();
    let mut fixed = sentence.clone();
    for &a in &chain {
        hang(&mut fixed, a, v, "aux");
    }
    hang(&mut fixed, pronoun, v, "nsubj");
    let old = words[v - 1].head;
    hang(&mut fixed, v, noun, "acl:relcl");
    for k in 1..=n {
        if chain.contains(&words[k - 1].head) {
            fixed.words[k - 1].head = v;
        }
    }
    // "renewed sanctions" read as one noun phrase: the noun is the object.
    if old > v && old <= n && matches!(words[old - 1].upos.as_str(), "NOUN" | "PROPN") {
        let rel = if chain.contains(&words[old - 1].head) {
            "obj"
        } else {
            words[old - 1].deprel.as_str()
        };
        let rel = rel.to_string();
        hang(&mut fixed, old, v, &rel);
    }
    Some(fixed)
}

/// Repairs a clause whose subject has an infinitive the parser made the
/// root: "Finland's bid to enter the alliance was approved by Croatia's
/// lawmakers" with "enter" the root, "bid" its subject and "approved" a
/// `parataxis` (or an active past verb: "... drew criticism"). An
/// infinitive root with a noun subject before it and no auxiliary, and a
/// passive participle (or a past verb) after it with no subject of its own
/// hung on it: that verb is the root, the noun its subject and the
/// infinitive the noun's modifier.
pub fn repair_infinitive_read_as_root(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    let kids = |of: usize| (1..=n).filter(move |&k| words[k - 1].head == of);
    let rw = &words[r - 1];
    if rw.upos != "VERB" || rw.xpos != "VB" {
        return None;
    }
    if !kids(r).any(|k| k + 1 == r && words[k - 1].deprel == "mark" && words[k - 1].lemma == "to")
        || kids(r).any(|k| matches!(words[k - 1].deprel.as_str(), "aux" | "aux:pass"))
    {
        return None;
    }
    let s = kids(r).find(|&k| {
        k < r
            && words[k - 1].deprel == "nsubj"
            && matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
    })?;
    let rels = ["parataxis", "conj", "dep", "advcl", "ccomp", "xcomp"];
    let passive = subjectless_passive_after(words, r, &rels);
    // ("Washington's decision to send munitions to Kyiv drew criticism",
    // "drew" read as a complement: an active past verb too.)
    let active = || {
        kids(r).find(|&k| {
            let w = &words[k - 1];
            k > r
                && w.upos == "VERB"
                && w.xpos == "VBD"
                && rels.contains(&w.deprel.as_str())
                && !kids(k).any(|c| {
                    let rel = words[c - 1].deprel.as_str();
                    rel.starts_with("nsubj") || rel == "mark" || rel.starts_with("aux")
                })
        })
    };
    let v = passive.or_else(active)?;
    let mut fixed = sentence.clone();
    hang(&mut fixed, v, 0, "root");
    hang(
        &mut fixed,
        s,
        v,
        if passive.is_some() {
            "nsubj:pass"
        } else {
            "nsubj"
        },
    );
    hang(&mut fixed, r, s, "acl");
    for k in kids(r) {
        if k > v {
            fixed.words[k - 1].head = v;
        }
    }
    Some(fixed)
}

/// Repairs a hyphenated name the parser took apart: "a visit to
/// Port-au-Prince" with "au" the visit's modifier, "Port" its compound and
/// "Prince" an apposition of "visit"; "Lee Jae-myung" with "myung" a noun.
/// Words glued by hyphens, the first capitalised and the last capitalised
/// or a short syllable after a name, are one name: its words hang on the
/// first of them whose head lies outside it, and that word is a proper
/// noun.
pub fn repair_hyphenated_name(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let glued = |k: usize| !words[k - 1].space_after;
    let alpha = |k: usize| words[k - 1].form.chars().all(char::is_alphabetic);
    let capital = |k: usize| {
        words[k - 1]
            .form
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let mut s: Option<Sentence> = None;
    let mut i = 1;
    while i + 2 <= n {
        // The run: word (- word)+, glued.
        let mut j = i;
        while j + 2 <= n && glued(j) && glued(j + 1) && words[j].form == "-" && alpha(j + 2) {
            j += 2;
        }
        let lower_inside = (i..=j).step_by(2).skip(1).any(|k| !capital(k));
        let name = j > i
            && alpha(i)
            && capital(i)
            && words[i - 1].upos == "PROPN"
            && lower_inside
            && (capital(j) || (j == i + 2 && words[j - 1].form.len() <= 6));
        if !name {
            i = j.max(i) + 1;
            continue;
        }
        let inside = |k: usize| (i..=j).contains(&k);
        let outside: Vec<usize> = (i..=j)
            .filter(|&k| words[k - 1].upos != "PUNCT" && !inside(words[k - 1].head))
            .collect();
        let Some(&head) = outside.first() else {
            i = j + 1;
            continue;
        };
        if outside.len() > 1 || words[head - 1].upos != "PROPN" {
            let fixed = s.get_or_insert_with(|| sentence.clone());
            for k in i..=j {
                if k == head {
                    continue;
                }
                if words[k - 1].form == "-" {
                    hang(fixed, k, head, "punct");
                } else {
                    hang(fixed, k, head, "flat");
                    fixed.words[k - 1].upos = "PROPN".into();
                    fixed.words[k - 1].xpos = "NNP".into();
                }
                // What hung on a word of the name hangs on the name.
                for d in 1..=n {
                    if words[d - 1].head == k && !inside(d) {
                        fixed.words[d - 1].head = head;
                    }
                }
            }
            fixed.words[head - 1].upos = "PROPN".into();
            fixed.words[head - 1].xpos = "NNP".into();
        }
        i = j + 1;
    }
    s
}

/// Repairs an attack's toll hung on the verb that reports the attack:
/// "officials said troops fired rockets into the province, killing 11
/// civilians" with "killing" a clause of "said". After a comma, a
/// participle of killing or wounding hung on a verb of saying tells what
/// the reported clause before it did.
pub fn repair_toll_of_report(sentence: &Sentence) -> Option<Sentence> {
    const SAYING: &[&str] = &[
        "say", "tell", "report", "announce", "confirm", "add", "state",
    ];
    rehang_comma_participle(
        sentence,
        &["kill", "wound", "injure", "destroy", "damage"],
        |words, p, h| {
            if !SAYING.contains(&words[h - 1].lemma.to_lowercase().as_str()) {
                return None;
            }
            (h + 1..p).rev().find(|&c| {
                words[c - 1].head == h
                    && words[c - 1].deprel == "ccomp"
                    && words[c - 1].upos == "VERB"
            })
        },
    )
}

/// Repairs a noun in "-ing" read as a participle after the name that
/// modifies it: "Egypt reopened the Rafah crossing on Tuesday" with
/// "Rafah" the object and "crossing" a clause of "reopened". A word of
/// [`ING_NOUNS`] right after an object that opens with a determiner, with
/// no object of its own, is the object's head noun; the object its
/// compound.
pub fn repair_ing_noun_after_name(sentence: &Sentence) -> Option<Sentence> {
    const ING_NOUNS: &[&str] = &[
        "crossing",
        "building",
        "meeting",
        "bombing",
        "shooting",
        "killing",
        "hearing",
        "gathering",
        "uprising",
        "ruling",
        "opening",
        "landing",
        "shelling",
        "training",
        "funding",
        "warning",
    ];
    let words = &sentence.words;
    let n = words.len();
    let kids = |of: usize| (1..=n).filter(move |&k| words[k - 1].head == of);
    let mut s: Option<Sentence> = None;
    for g in 3..=n {
        let gw = &words[g - 1];
        let o = g - 1;
        let ow = &words[o - 1];
        let h = ow.head;
        if gw.upos != "VERB"
            || !ING_NOUNS.contains(&gw.form.to_lowercase().as_str())
            || gw.head != h
            || h == 0
            || ow.deprel != "obj"
            || !matches!(ow.upos.as_str(), "PROPN" | "NOUN")
            || !kids(o).any(|d| words[d - 1].deprel == "det")
            || kids(g).any(|d| matches!(words[d - 1].deprel.as_str(), "obj" | "nsubj" | "mark"))
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, g, h, "obj");
        fixed.words[g - 1].upos = "NOUN".into();
        fixed.words[g - 1].xpos = "NN".into();
        fixed.words[g - 1].lemma = gw.form.to_lowercase();
        hang(fixed, o, g, "compound");
        for d in kids(o) {
            if words[d - 1].deprel == "det" {
                fixed.words[d - 1].head = g;
            }
        }
        // The phrase right after it is the noun's ("crossing into
        // Gaza"); the rest the verb's ("on Sunday").
        for d in kids(g) {
            let next = g < n && words[g].head == d && words[g].upos == "ADP";
            if next {
                fixed.words[d - 1].deprel = "nmod".into();
            } else {
                fixed.words[d - 1].head = h;
            }
        }
    }
    s
}

/// Repairs a conditional clause whose verb was read as a noun: "would
/// raise duties if talks with Ottawa fail, an official said" with
/// "fail" the head of "with Ottawa fail" and no verb in the clause. A clause opened by "if", "unless", "until", "once" or
/// "although", with no verb up to the next punctuation and a noun in lower
/// case last, right after another noun: that last word is the clause's
/// verb, hung on the verb the subordinator hung on (or the root), and the
/// clause's first phrase its subject.
pub fn repair_verbless_condition(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let root = words.iter().position(|w| w.head == 0)? + 1;
    let mut s: Option<Sentence> = None;
    for m in 1..n {
        let mw = &words[m - 1];
        if mw.upos != "SCONJ"
            || !matches!(
                mw.form.to_lowercase().as_str(),
                "if" | "unless" | "until" | "once" | "although" | "though"
            )
        {
            continue;
        }
        let e = (m + 1..=n)
            .find(|&k| words[k - 1].upos == "PUNCT")
            .unwrap_or(n + 1);
        let l = e - 1;
        if l < m + 2
            || (m + 1..e).any(|k| matches!(words[k - 1].upos.as_str(), "VERB" | "AUX"))
            || words[m].upos == "ADP"
        {
            continue;
        }
        let lw = &words[l - 1];
        if lw.upos != "NOUN"
            || !lw.form.chars().all(|c| c.is_ascii_lowercase())
            || !matches!(words[l - 2].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let g = match words[m - 1].head {
            h if h > 0 && words[h - 1].upos == "VERB" && !(m..e).contains(&h) => h,
            _ if words[root - 1].upos == "VERB" && !(m..e).contains(&root) => root,
            _ => continue,
        };
        let inside = |k: usize| (m + 1..l).contains(&k);
        let p = l - 1;
        let fixed = s.get_or_insert_with(|| sentence.clone());
        {
            let w = &mut fixed.words[l - 1];
            w.upos = "VERB".into();
            w.xpos = if lw.form.ends_with('s') { "VBZ" } else { "VBP" }.into();
            // "proceeds": "proceed"; "persists": "persist".
            if lw.form.ends_with('s') && !lw.form.ends_with("ss") {
                w.lemma = lw.form[..lw.form.len() - 1].to_string();
            }
        }
        hang(fixed, l, g, "advcl");
        hang(fixed, m, l, "mark");
        // The noun before the verb takes the verb's place in the phrase
        // it headed ("with Washington"), or is the subject's head.
        let old = lw.head;
        if inside(old) {
            let rel = lw.deprel.clone();
            hang(fixed, p, old, &rel);
        }
        for k in m + 1..l {
            if k != p && words[k - 1].head == l {
                fixed.words[k - 1].head = p;
            }
        }
        // The subject: the first word of the clause hung outside it.
        let subject = (m + 1..l).find(|&k| !inside(fixed.words[k - 1].head));
        if let Some(subject) = subject {
            hang(fixed, subject, l, "nsubj");
        }
        for k in m + 1..l {
            let h = fixed.words[k - 1].head;
            if Some(k) != subject && !inside(h) {
                fixed.words[k - 1].head = subject.unwrap_or(l);
            }
        }
    }
    s
}

/// Repairs "to" read as the infinitive marker of a gerund: "sent a note to
/// Washington protesting the deployment" with "Washington" the subject of
/// "protesting". "To" marks no gerund: the noun after it is the oblique of
/// the verb above, and the gerund a clause of that verb.
pub fn repair_to_before_gerund(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for m in 1..n {
        let g = words[m - 1].head;
        if !words[m - 1].form.eq_ignore_ascii_case("to")
            || words[m - 1].deprel != "mark"
            || g <= m + 1
            || g > n
            || words[g - 1].xpos != "VBG"
        {
            continue;
        }
        let Some(subject) = (m + 1..g).find(|&k| {
            words[k - 1].head == g
                && words[k - 1].deprel.starts_with("nsubj")
                && matches!(words[k - 1].upos.as_str(), "PROPN" | "NOUN" | "PRON")
        }) else {
            continue;
        };
        // The verb above: the first verb among the gerund's heads.
        let mut v = words[g - 1].head;
        let mut steps = 0;
        while v != 0 && words[v - 1].upos != "VERB" && steps < n {
            v = words[v - 1].head;
            steps += 1;
        }
        if v == 0 || v > m {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, subject, v, "obl");
        hang(fixed, m, subject, "case");
        fixed.words[m - 1].upos = "ADP".into();
        fixed.words[m - 1].xpos = "IN".into();
        hang(fixed, g, v, "advcl");
    }
    s
}

/// Repairs an opening subject set apart by a participle clause: "Brazil's
/// foreign minister, speaking after talks with ..., said ..." with
/// "minister" a complement of "said". A noun phrase that opens the
/// sentence, ends at a comma and hangs on a root verb with no subject of
/// its own as anything but a subject is that verb's subject.
pub fn repair_opening_subject_before_comma(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    if words[r - 1].upos != "VERB"
        || words
            .iter()
            .any(|w| w.head == r && w.deprel.starts_with("nsubj"))
    {
        return None;
    }
    let k = (1..r).find(|&k| words[k - 1].head == r && words[k - 1].upos != "PUNCT")?;
    if !matches!(words[k - 1].upos.as_str(), "NOUN" | "PROPN")
        || !matches!(
            words[k - 1].deprel.as_str(),
            "ccomp" | "dep" | "obj" | "parataxis" | "appos" | "obl"
        )
        || k >= n
        || words[k].form != ","
        || !(1..k).all(|w| (1..=k).contains(&words[w - 1].head))
    {
        return None;
    }
    let mut fixed = sentence.clone();
    hang(&mut fixed, k, r, "nsubj");
    Some(fixed)
}

/// Repairs a past verb read as an adjective in a headline-like clause:
/// "Russia cut gas supplies to Bulgaria" with "cut" an adjective and the
/// whole one noun phrase, "supplies" the root. An irregular past form of
/// a pattern verb, read as an adjective between a name and a noun root,
/// is the verb: the name its subject, the root its object.
pub fn repair_past_read_as_adjective(
    sentence: &Sentence,
    is_verb: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let r = words.iter().position(|w| w.head == 0)? + 1;
    if words[r - 1].upos != "NOUN" {
        return None;
    }
    let v = (2..r).find(|&v| {
        let w = &words[v - 1];
        w.upos == "ADJ" && w.form.chars().all(|c| c.is_ascii_lowercase())
    })?;
    let form = words[v - 1].form.as_str();
    let base = crate::IRREGULAR
        .iter()
        .find(|(f, base)| *f == form && is_verb(base))
        .map(|(_, base)| *base)?;
    let s = v - 1;
    if words[s - 1].upos != "PROPN" || !(1..s).all(|k| words[k - 1].head < v) {
        return None;
    }
    let mut fixed = sentence.clone();
    {
        let w = &mut fixed.words[v - 1];
        w.upos = "VERB".into();
        w.xpos = "VBD".into();
        w.lemma = base.to_string();
    }
    hang(&mut fixed, v, 0, "root");
    hang(&mut fixed, s, v, "nsubj");
    hang(&mut fixed, r, v, "obj");
    for k in 1..=n {
        if k > r && words[k - 1].head == r && words[k - 1].upos == "PUNCT" {
            fixed.words[k - 1].head = v;
        }
    }
    Some(fixed)
}

/// Repairs a second titled name coordinated with the first one's name
/// instead of its role: "a meeting between Russian leader Vladimir Putin
/// and Turkish President Tayyip Erdogan" with "Tayyip" a conjunct of
/// "Vladimir", the apposition of "leader". A titled name conjoined to an apposed name is
/// the role's conjunct: both are members of the pair.
pub fn repair_conjunct_of_apposed_name(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for c in 2..=n {
        let cw = &words[c - 1];
        let a = cw.head;
        if cw.deprel != "conj" || cw.upos != "PROPN" || a == 0 || a >= c {
            continue;
        }
        let aw = &words[a - 1];
        let h = aw.head;
        if aw.deprel != "appos" || aw.upos != "PROPN" || h == 0 || h >= a {
            continue;
        }
        if words[h - 1].upos != "NOUN" {
            continue;
        }
        let titled =
            (a + 1..c).any(|k| words[k - 1].head == c && words[k - 1].deprel == "nmod:desc");
        if !titled {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, c, h, "conj");
    }
    s
}

/// Repairs the participle of a text read as a clause of the verb that
/// takes the text: "failed to adopt a resolution demanding a ceasefire"
/// with "demanding" an `advcl` of "adopt". A participle right after a
/// text's name (no comma between) says what the text says: it is the
/// noun's `acl`, and does not happen unless the text is issued.
pub fn repair_document_participle(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for g in 2..=n {
        let w = &words[g - 1];
        let v = w.head;
        let noun = &words[g - 2];
        if w.xpos != "VBG"
            || w.deprel != "advcl"
            || v == 0
            || v >= g - 1
            || noun.head != v
            || noun.deprel != "obj"
            || !crate::frame::DOCUMENT_NOUNS.contains(&noun.lemma.to_lowercase().as_str())
            || words[v - 1].upos != "VERB"
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, g, g - 1, "acl");
    }
    s
}

/// Repairs a "that" clause whose verb was read as a noun: "demanded that
/// the Iraqi authorities hand over the suspects" with "hand" a noun that
/// has "authorities" for its subject and "that" hung on the final stop.
/// A lower-case noun with a subject right before it and no copula is a
/// verb in the present (a subjunctive after a verb of asking): the
/// clause's head, hung on the verb before "that" as its complement.
pub fn repair_verbless_that_clause(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for m in 2..n {
        let mw = &words[m - 1];
        let v = m - 1;
        if !mw.form.eq_ignore_ascii_case("that")
            || mw.deprel != "mark"
            || words[v - 1].upos != "VERB"
            || matches!(words[mw.head.max(1) - 1].upos.as_str(), "VERB" | "AUX")
        {
            continue;
        }
        let Some(x) = (m + 2..=n).find(|&k| {
            let w = &words[k - 1];
            w.upos == "NOUN"
                && w.form.chars().all(|c| c.is_ascii_lowercase())
                && words[k - 2].head == k
                && words[k - 2].deprel == "nsubj"
                && !words.iter().any(|o| o.head == k && o.deprel == "cop")
        }) else {
            continue;
        };
        if (m + 1..x).any(|k| matches!(words[k - 1].upos.as_str(), "VERB" | "AUX" | "PUNCT")) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        {
            let w = &mut fixed.words[x - 1];
            w.upos = "VERB".into();
            w.xpos = "VBP".into();
        }
        hang(fixed, x, v, "ccomp");
        hang(fixed, m, x, "mark");
    }
    s
}

/// Repairs a participle adjective read as a second verb: "rejected renewed
/// calls from X" with "renewed" a conjunct of "rejected" and "calls" its
/// object. A past participle right after a verb, with no conjunction,
/// comma or subject of its own, modifies the object that follows it,
/// which is the first verb's ("condemned repeated attacks", "welcomed
/// continued support").
pub fn repair_participle_after_verb(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for k in 2..n {
        let w = &words[k - 1];
        let v = k - 1;
        if !matches!(w.xpos.as_str(), "VBN" | "VBD")
            || !matches!(w.deprel.as_str(), "conj" | "xcomp")
            || w.head != v
            || words[v - 1].upos != "VERB"
            // ("has sent", "was seen", "got killed": a perfect or passive.)
            || matches!(
                words[v - 1].lemma.to_lowercase().as_str(),
                "have" | "be" | "get" | "become" | "remain" | "seem" | "feel" | "look"
            )
            || words.iter().any(|c| {
                c.head == k
                    && matches!(
                        c.deprel.as_str(),
                        "nsubj" | "nsubj:pass" | "cc" | "aux" | "aux:pass" | "mark"
                    )
            })
        {
            continue;
        }
        let Some(o) = (k + 1..=n).find(|&o| words[o - 1].head == k && words[o - 1].deprel == "obj")
        else {
            continue;
        };
        // Only words that modify the object may lie between.
        if (k + 1..o).any(|j| {
            !matches!(
                words[j - 1].upos.as_str(),
                "ADJ" | "NOUN" | "DET" | "NUM" | "PROPN"
            )
        }) {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        // The participle's other dependents (clauses of the object's
        // phrase) go with the object.
        for j in 1..=n {
            if j != o && fixed.words[j - 1].head == k {
                fixed.words[j - 1].head = o;
            }
        }
        hang(fixed, o, v, "obj");
        hang(fixed, k, o, "amod");
        fixed.words[k - 1].upos = "ADJ".into();
        fixed.words[k - 1].xpos = "VBN".into();
    }
    s
}

/// Repairs a subject noun read as an adjective of its verb: "..., an
/// official said" with "official" an `amod` of "said", which then has no
/// subject. A word tagged an adjective that hangs on the verb right after
/// it, with a determiner before it, is the verb's subject noun.
pub fn repair_adjective_subject(sentence: &Sentence) -> Option<Sentence> {
    let words = &sentence.words;
    let n = words.len();
    let mut s: Option<Sentence> = None;
    for a in 2..n {
        let v = a + 1;
        let w = &words[a - 1];
        let d = &words[a - 2];
        if w.upos != "ADJ"
            || w.deprel != "amod"
            || w.head != v
            || words[v - 1].upos != "VERB"
            || d.upos != "DET"
            || !(d.head == v || d.head == a)
            || words
                .iter()
                .any(|c| c.head == v && c.deprel.starts_with("nsubj"))
        {
            continue;
        }
        let fixed = s.get_or_insert_with(|| sentence.clone());
        hang(fixed, a, v, "nsubj");
        hang(fixed, a - 1, a, "det");
        let w = &mut fixed.words[a - 1];
        w.upos = "NOUN".into();
        w.xpos = "NN".into();
    }
    s
}
