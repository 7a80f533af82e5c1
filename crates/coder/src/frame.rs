//! Matching one pattern at one predicate of a parsed sentence: the
//! structural requirements (particle, complement, light verb), the
//! blockers (negation, conditionals and modals, questions, historical
//! references), then source and target from the pattern's slots by
//! dependency role, never by word order: active and passive voice,
//! coordination (one dyad per pair), reciprocal and converse events,
//! "between X and Y", possessors of event nouns, places as visit hosts.

use crate::actor::{ActorResolver, Mention, Resolution};
use crate::pattern::{Pattern, PatternSet, PredicateKind, Slot};
use crate::tree::Tree;
use crate::when::{historical, Reference};

/// One source -> target pair with its code.
#[derive(Debug, Clone)]
pub struct Dyad {
    /// The source.
    pub source: Mention,
    /// The target, absent for patterns that allow none.
    pub target: Option<Mention>,
    /// The CAMEO code.
    pub code: String,
}

/// A pattern that fired: its dyads and the clause they stand in.
#[derive(Debug, Clone)]
pub struct Firing {
    /// The dyads.
    pub dyads: Vec<Dyad>,
    /// The predicate and, for a noun, its light verb.
    pub clause: Vec<usize>,
    /// 0..1.
    pub confidence: f32,
}

/// What a sentence's matching needs.
pub struct SentenceContext<'a, 'd> {
    /// The document text (spans point into it).
    pub text: &'a str,
    /// The sentence.
    pub tree: &'a Tree<'a>,
    /// Actor resolution with the article's memory.
    pub resolver: &'a mut ActorResolver<'d>,
    /// The patterns (to know which governing verbs are coded themselves).
    pub patterns: &'a PatternSet,
    /// The reference date.
    pub reference: Reference,
}

const NEGATORS: &[&str] = &["not", "never", "n't", "no", "neither", "nor"];
const NEGATING_VERBS: &[&str] = &["refuse", "fail", "decline", "deny", "reject"];
const HYPOTHETICAL_MODALS: &[&str] = &["would", "could", "might", "may", "should", "can", "must"];
const CONDITIONAL_MARKS: &[&str] = &["if", "unless", "whether"];
const LOCATIVE_PREPS: &[&str] = &["in", "at", "to", "into"];

impl SentenceContext<'_, '_> {
    /// Tries `p` at word `pred`.
    pub fn try_pattern(&mut self, p: &Pattern, pred: usize) -> Result<Firing, String> {
        let light = self.light_verb(p, pred);
        self.check_structure(p, pred)?;
        let clause: Vec<usize> = std::iter::once(pred).chain(light).collect();
        self.check_blockers(&clause)?;
        let mut confidence = if self.has_aux(&clause, &["will", "shall"]) {
            0.7
        } else {
            1.0
        };
        if p.kind == PredicateKind::Noun {
            confidence *= 0.9;
        }
        let dyads = self.dyads(p, pred, light)?;
        if dyads.iter().any(|d| {
            d.source.resolution == Resolution::Anaphor
                || d.target
                    .as_ref()
                    .is_some_and(|t| t.resolution == Resolution::Anaphor)
        }) {
            confidence *= 0.8;
        }
        Ok(Firing {
            dyads,
            clause,
            confidence,
        })
    }

    fn light_verb(&self, p: &Pattern, pred: usize) -> Option<usize> {
        if p.kind != PredicateKind::Noun {
            return None;
        }
        let h = self.tree.head(pred)?;
        let carried = matches!(self.tree.full_rel(pred), "obj" | "nsubj:pass");
        (carried && p.light.contains(&self.tree.lemma(h))).then_some(h)
    }

    fn check_structure(&self, p: &Pattern, pred: usize) -> Result<(), String> {
        let t = self.tree;
        if let Some(want) = &p.particle {
            if !t
                .kids_with(pred, "compound:prt")
                .any(|c| &t.lemma(c) == want)
            {
                return Err(format!("no particle {want:?}"));
            }
        }
        if p.needs_xcomp && t.kids_with(pred, "xcomp").next().is_none() {
            return Err("no open complement (\"to ...\")".into());
        }
        if !p.object.is_empty() && !self.theme_has(pred, &p.object) {
            return Err(format!("no theme word of {:?}", p.object.join(" | ")));
        }
        Ok(())
    }

    /// Whether the predicate's theme (objects, obliques, their "of"
    /// modifiers, the open complement and its objects; each head with its
    /// adjectives and compounds) has one of `words` as lemma or form.
    fn theme_has(&self, pred: usize, words: &[String]) -> bool {
        let t = self.tree;
        let mut heads: Vec<usize> = Vec::new();
        if t.word(pred).upos != "VERB" {
            heads.push(pred);
        }
        let mut verbs = vec![pred];
        verbs.extend(t.kids_with(pred, "xcomp"));
        // "called on Israel to observe a ceasefire": a purpose clause read as `advcl`.
        verbs.extend(
            t.kids_with(pred, "advcl")
                .filter(|&c| t.kids_with(c, "mark").any(|m| t.lemma(m) == "to")),
        );
        for &v in &verbs {
            if v != pred {
                heads.push(v);
            }
            heads.extend(self.object_heads(v));
            heads.extend(t.kids_with(v, "obl"));
            heads.extend(t.kids_with(v, "nmod"));
        }
        let direct = heads.len();
        let mut k = 0;
        while k < heads.len() {
            let h = heads[k];
            // "of" modifiers of every theme word, any modifier of the direct
            // ones ("investigated the minister for corruption").
            let first = k < direct;
            let of: Vec<usize> = t
                .kids_with(h, "nmod")
                .filter(|&c| first || t.preposition(c).as_deref() == Some("of"))
                .filter(|c| !heads.contains(c))
                .collect();
            heads.extend(of);
            k += 1;
        }
        heads.iter().any(|&h| {
            std::iter::once(h)
                .chain(t.kids_with(h, "amod"))
                .chain(t.kids_with(h, "compound"))
                .any(|w| {
                    let form = t.word(w).form.to_lowercase();
                    let lemma = t.lemma(w).to_lowercase();
                    words
                        .iter()
                        .any(|x| *x == lemma || *x == form || form.strip_suffix('s') == Some(x))
                })
        })
    }

    /// The clauses above `clause` through open complements ("would agree to help").
    fn governing(&self, clause: &[usize]) -> Vec<usize> {
        let mut out = clause.to_vec();
        let mut cur = clause[clause.len() - 1];
        while self.tree.rel(cur) == "xcomp" {
            let Some(h) = self.tree.head(cur) else { break };
            if out.contains(&h) {
                break;
            }
            out.push(h);
            cur = h;
        }
        out
    }

    fn has_aux(&self, clause: &[usize], lemmas: &[&str]) -> bool {
        let t = self.tree;
        self.governing(clause)
            .iter()
            .flat_map(|&h| t.kids_with(h, "aux"))
            .any(|c| lemmas.contains(&t.lemma(c).as_str()))
    }

    fn check_blockers(&self, clause: &[usize]) -> Result<(), String> {
        let t = self.tree;
        let chain = self.governing(clause);
        for &h in &chain {
            for &c in t.children(h) {
                let lemma = t.lemma(c);
                let rel = t.rel(c);
                if (rel == "advmod" || rel == "det" || rel == "neg")
                    && NEGATORS.contains(&lemma.as_str())
                {
                    return Err(format!("negated ({:?})", t.word(c).form));
                }
                if rel == "mark" && CONDITIONAL_MARKS.contains(&lemma.as_str()) {
                    return Err(format!("conditional ({:?})", t.word(c).form));
                }
            }
        }
        for &h in &chain[clause.len()..] {
            if NEGATING_VERBS.contains(&t.lemma(h).as_str()) {
                return Err(format!("under {:?}", t.word(h).form));
            }
        }
        if self.has_aux(clause, HYPOTHETICAL_MODALS) {
            return Err("hypothetical (modal)".into());
        }
        let is_question = !t.is_empty() && t.word(t.len()).form == "?";
        if is_question {
            return Err("question".into());
        }
        if let Some(why) = historical(t, clause[0], self.reference) {
            return Err(format!("historical: {why}"));
        }
        Ok(())
    }

    /// The subject heads of a verb: its own, the `by` phrase of a passive,
    /// or those of the verb it is coordinated with or controlled by.
    fn subject_heads(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        if t.is_passive(verb) {
            let mut by = t.with_prep(verb, "obl", "by");
            by.extend(t.kids_with(verb, "obl:agent"));
            return by;
        }
        let own: Vec<usize> = t.kids_with(verb, "nsubj").collect();
        if !own.is_empty() {
            return own;
        }
        let names = self.left_names(verb);
        if !names.is_empty() {
            return names;
        }
        let Some(h) = t.head(verb) else { return own };
        let inherits = match t.rel(verb) {
            "conj" => true,
            "xcomp" => !self.patterns.has_lemma(PredicateKind::Verb, &t.lemma(h)),
            _ => false,
        };
        if inherits && h != verb {
            self.subject_heads(h)
        } else {
            own
        }
    }

    /// A subjectless verb's capitalised dependents before it with no
    /// preposition: the subject, mis-labelled ("Norway" as `advmod` in
    /// "Norway mediated ...").
    fn left_names(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        t.children(verb)
            .iter()
            .copied()
            .filter(|&c| c < verb && t.preposition(c).is_none())
            .filter(|&c| {
                matches!(
                    t.rel(c),
                    "advmod" | "amod" | "compound" | "dep" | "obl" | "nmod"
                )
            })
            .filter(|&c| {
                t.word(c)
                    .form
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .take(1)
            .collect()
    }

    /// Objects: `obj`, a bare noun phrase after the verb mis-labelled
    /// `obl`; a passive's subject.
    fn object_heads(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        if t.is_passive(verb) {
            return t.kids_with(verb, "nsubj").collect();
        }
        let mut out: Vec<usize> = t.kids_with(verb, "obj").collect();
        if out.is_empty() {
            out.extend(
                t.kids_with(verb, "obl")
                    .filter(|&c| c > verb && t.preposition(c).is_none() && t.full_rel(c) == "obl"),
            );
        }
        out
    }

    fn oblique_heads(&self, head: usize, prep: &str) -> Vec<usize> {
        let t = self.tree;
        let mut out = t.with_prep(head, "obl", prep);
        out.extend(t.with_prep(head, "nmod", prep));
        for o in self.object_heads(head) {
            out.extend(t.with_prep(o, "nmod", prep));
        }
        out
    }

    /// The heads a slot points to (before coordination is expanded).
    fn slot_heads(&self, slot: &Slot, pred: usize, light: Option<usize>) -> Vec<usize> {
        let t = self.tree;
        let xcomp = || t.kids_with(pred, "xcomp").next();
        match slot {
            Slot::Subj => self.subject_heads(pred),
            Slot::Obj => self.object_heads(pred),
            Slot::Iobj => t.kids_with(pred, "iobj").collect(),
            Slot::Obl(p) => self.oblique_heads(pred, p),
            Slot::XcompObj => xcomp().map(|x| self.object_heads(x)).unwrap_or_default(),
            Slot::XcompObl(p) => xcomp()
                .map(|x| self.oblique_heads(x, p))
                .unwrap_or_default(),
            Slot::Poss => t.kids_with(pred, "nmod:poss").collect(),
            Slot::LightSubj => light.map(|l| self.subject_heads(l)).unwrap_or_default(),
            Slot::By => t.with_prep(pred, "nmod", "by"),
            Slot::Nmod(p) => {
                let mut out = t.with_prep(pred, "nmod", p);
                if let Some(l) = light {
                    out.extend(t.with_prep(l, "obl", p));
                }
                out
            }
            Slot::Between => {
                let mut out = t.with_prep(pred, "nmod", "between");
                if let Some(l) = light {
                    out.extend(t.with_prep(l, "obl", "between"));
                }
                out
            }
            Slot::Place => self.locatives(pred, light),
        }
    }

    /// Resolves the sentence's subjects so that later pronouns and role
    /// nouns can refer to them.
    pub fn remember_subjects(&mut self) {
        for w in 1..=self.tree.len() {
            if self.tree.rel(w) == "nsubj"
                && self.tree.word(w).upos != "PRON"
                && self
                    .resolver
                    .resolve_pair(self.text, self.tree, w)
                    .is_none()
            {
                let _ = self.resolver.resolve(self.text, self.tree, w);
            }
        }
    }

    /// Locative phrases of the clause ("in Baku").
    pub fn locatives(&self, pred: usize, light: Option<usize>) -> Vec<usize> {
        let t = self.tree;
        std::iter::once(pred)
            .chain(light)
            .flat_map(|h| t.children(h).iter().copied())
            .filter(|&c| matches!(t.rel(c), "obl" | "nmod") && t.word(c).upos == "PROPN")
            .filter(|&c| {
                t.preposition(c)
                    .is_some_and(|p| LOCATIVE_PREPS.contains(&p.as_str()))
            })
            .collect()
    }

    /// Resolves the first slot that yields actors: every conjunct of every head.
    fn fill(&mut self, slots: &[Slot], pred: usize, light: Option<usize>) -> Vec<Mention> {
        for slot in slots {
            let heads = self.slot_heads(slot, pred, light);
            let mut found = Vec::new();
            if *slot == Slot::Subj && heads.len() > 1 {
                found.extend(self.resolver.resolve_split(self.text, self.tree, &heads));
                if !found.is_empty() {
                    return found;
                }
            }
            for h in heads.iter().flat_map(|&h| self.tree.conjuncts(h)) {
                let m = if *slot == Slot::Place {
                    self.resolver
                        .place_country(self.text, self.tree, h)
                        .map(|actor| Mention {
                            actor,
                            kind: crate::actor::ActorKind::Collective,
                            resolution: Resolution::Dictionary,
                            counterpart: false,
                        })
                } else if let Some(two) = self.resolver.resolve_pair(self.text, self.tree, h) {
                    found.extend(two);
                    continue;
                } else {
                    self.resolver.resolve(self.text, self.tree, h)
                };
                found.extend(m);
            }
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    fn dyads(
        &mut self,
        p: &Pattern,
        pred: usize,
        light: Option<usize>,
    ) -> Result<Vec<Dyad>, String> {
        if p.target.contains(&Slot::Between) {
            let between = self.fill(&[Slot::Between], pred, light);
            if between.len() >= 2 {
                return Ok(pairs(p, &between));
            }
        }
        let sources = self.fill(&p.source, pred, light);
        if sources.is_empty() {
            return Err("no source actor".into());
        }
        let other_slots: Vec<Slot> = p
            .target
            .iter()
            .filter(|s| **s != Slot::Between)
            .cloned()
            .collect();
        let targets = self.fill(&other_slots, pred, light);
        let mut out = Vec::new();
        if targets.is_empty() {
            if p.reciprocal && sources.len() >= 2 {
                return Ok(pairs(p, &sources));
            }
            if !p.target_optional {
                return Err("no target actor".into());
            }
            out.extend(sources.iter().map(|s| dyad(s, None, &p.code)));
            return Ok(out);
        }
        for s in &sources {
            for t in &targets {
                let (s, t) = (&s.as_counterpart_of(t), &t.as_counterpart_of(s));
                for m in [s, t] {
                    if m.counterpart {
                        self.resolver.correct(m);
                    }
                }
                if s.actor.code == t.actor.code {
                    continue;
                }
                out.push(dyad(s, Some(t), &p.code));
                if p.reciprocal {
                    out.push(dyad(t, Some(s), &p.code));
                }
                if let Some(c) = &p.converse {
                    out.push(dyad(t, Some(s), c));
                }
            }
        }
        if out.is_empty() {
            return Err("source and target are the same actor".into());
        }
        Ok(out)
    }
}

fn dyad(s: &Mention, t: Option<&Mention>, code: &str) -> Dyad {
    Dyad {
        source: s.clone(),
        target: t.cloned(),
        code: code.to_string(),
    }
}

/// Every pair of distinct actors, both ways for reciprocal patterns.
fn pairs(p: &Pattern, actors: &[Mention]) -> Vec<Dyad> {
    let mut out = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for b in &actors[i + 1..] {
            if a.actor.code == b.actor.code {
                continue;
            }
            out.push(dyad(a, Some(b), &p.code));
            if p.reciprocal {
                out.push(dyad(b, Some(a), &p.code));
            }
        }
    }
    out
}
