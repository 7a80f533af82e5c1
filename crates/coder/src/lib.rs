//! `dyad-coder`: CAMEO events from parsed news, with provenance.
//!
//! The coder takes a parsed [`dyad_text::Document`] and the document's
//! metadata ([`DocMeta`]: id, publication date, dateline date and place)
//! and returns [`Event`]s. It never does I/O; every event names the pattern
//! that fired and the text spans of its verb and actors.
//!
//! - [`pattern`]: verb and event-noun patterns (`data/verbs.dict`).
//! - [`tree`]: the dependency tree view the matcher walks.
//! - [`frame`]: one pattern at one predicate: roles, voice, coordination,
//!   negation, modality, history.
//! - [`actor`]: noun phrases to actor codes on the story's date.
//! - [`when`]: reference dates, "on Sunday", historical references.
//! - [`event`]: the event record (`docs/schema.md`).
//! - [`explain`]: the per-sentence trace behind `dyad code --explain`.
//! - [`gdelt`]: events as GDELT 2.0 Events rows (`--format gdelt-events`).
//! - [`tabari`]: TABARI / PETRARCH-1 verb patterns over the parse (`dyad eval petrarch`).
//! - [`validation`]: PETRARCH validation records and the check of one record.

pub mod actor;
pub mod error;
pub mod event;
pub mod explain;
pub mod frame;
pub mod gdelt;
pub mod pattern;
pub mod tabari;
pub mod tree;
pub mod validation;
pub mod when;

pub use actor::{ActorKind, EventActor, PlaceCountries};
pub use error::{CoderError, Result};
pub use event::{Event, EventPlace, PlaceGeo};
pub use explain::SentenceTrace;
pub use pattern::{Pattern, PatternSet, PredicateKind, Slot};
pub use when::DateHow;

use actor::ActorResolver;
use dyad_dict::{Codebook, Date, Dictionaries};
use dyad_text::{Document, Sentence};
use frame::{Firing, SentenceContext};
use std::collections::HashSet;
use tree::Tree;
use when::Reference;

/// What the coder needs to know about a document besides its text.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    /// The input document's id (kept as the events' `doc_id`).
    pub doc_id: String,
    /// Publication date.
    pub published: Option<Date>,
    /// The dateline's date.
    pub dateline_date: Option<Date>,
    /// The dateline's place as written (`BAKU`).
    pub dateline_place: Option<String>,
}

/// The versions recorded on every event.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    /// The parser model.
    pub model: String,
    /// The actor dictionaries (the pattern set's version is appended).
    pub dictionaries: String,
}

/// The event coder: dictionaries, patterns and versions.
pub struct Coder<'a> {
    dicts: &'a Dictionaries,
    patterns: &'a PatternSet,
    versions: Versions,
    places: Option<&'a dyn PlaceCountries>,
    keys: Option<PatternKeys>,
}

/// What tells, from a word form alone, that a word may key a pattern:
/// the lemmas patterns are keyed on, and the forms the lexicon leads to
/// one of them under some tag. A sentence with no such word gives no
/// event, whatever its tags and tree turn out to be (see
/// [`PatternKeys::may_key`]).
pub struct PatternKeys {
    // (Probed for every word of every page: a fast hash.)
    lemmas: HashSet<String, foldhash::fast::FixedState>,
    forms: HashSet<String, foldhash::fast::FixedState>,
}

/// The tags under which the lemmatizer's rules change a form.
const RULE_TAGS: [(&str, &str); 7] = [
    ("NOUN", "NNS"),
    ("PROPN", "NNPS"),
    ("VERB", "VBZ"),
    ("VERB", "VBD"),
    ("VERB", "VBG"),
    ("ADJ", "JJR"),
    ("ADJ", "JJS"),
];

impl PatternKeys {
    /// The keys of `patterns`, their forms read off `lexicon`.
    pub fn new(patterns: &PatternSet, lexicon: &dyad_text::lemma::Lexicon) -> PatternKeys {
        let lemmas: HashSet<String, foldhash::fast::FixedState> =
            patterns.lemmas().map(str::to_lowercase).collect();
        // The lexicon's forms of a key, and the irregular ones
        // `lemma_candidates` knows.
        let forms = lexicon
            .lemmas
            .iter()
            .filter(|(_, lemma)| lemmas.contains(&lemma.to_lowercase()))
            .filter_map(|(key, _)| key.split('\t').next().map(str::to_string))
            .chain(
                IRREGULAR
                    .iter()
                    .filter(|(_, base)| lemmas.contains(*base))
                    .map(|(form, _)| form.to_string()),
            )
            .collect();
        PatternKeys { lemmas, forms }
    }

    /// Whether a word of these forms may key a pattern. Every lemma the
    /// coder may try for a word is the lexicon's (under the word's tag:
    /// any tag's is in `forms`), the lemmatizer's rules' (any tag's), or
    /// one [`lemma_candidates`] draws from the form itself, so a sentence
    /// this rejects has no predicate a pattern is keyed on.
    pub fn may_key<S: AsRef<str>>(&self, forms: &[S]) -> bool {
        forms.iter().any(|f| self.word_may_key(f.as_ref()))
    }

    fn word_may_key(&self, f: &str) -> bool {
        // No copy for a word already in lower-case ASCII (most words).
        let lower: std::borrow::Cow<'_, str> =
            if f.is_ascii() && !f.bytes().any(|b| b.is_ascii_uppercase()) {
                f.into()
            } else {
                f.to_lowercase().into()
            };
        let lower = lower.as_ref();
        if self.forms.contains(lower) || self.lemmas.contains(lower) {
            return true;
        }
        // Besides the irregular forms (in `forms`), the candidates and the
        // rules change only these endings: any other word is its own only
        // lemma.
        let inflected = ["s", "ed", "ing", "er", "est"]
            .iter()
            .any(|e| lower.ends_with(e));
        inflected
            && (lemma_candidates(lower, f)
                .iter()
                .any(|l| self.lemmas.contains(l))
                || RULE_TAGS.iter().any(|(upos, xpos)| {
                    let l = dyad_text::lemma::rule_lemma(f, upos, xpos);
                    if l.bytes().any(|b| !b.is_ascii_lowercase()) {
                        self.lemmas.contains(&l.to_lowercase())
                    } else {
                        self.lemmas.contains(l.as_str())
                    }
                }))
    }
}

/// Which sentences of a document may give the coder anything, told from
/// their word forms alone, in order. A sentence is admitted when a
/// dictionary phrase (actor, agent or discard) occurs in it, or when it
/// holds a pronoun or a pair noun ("both sides") and an earlier sentence
/// was admitted for a phrase: every event needs a source, a source is a
/// phrase's actor or refers back to one, and the resolver remembers only
/// phrases' actors. With the lexicon ([`Coder::with_lexicon`]) it also
/// asks for a word that may key a pattern ([`PatternKeys`]): a sentence
/// with none gives no event, though its subjects are then not remembered
/// for a later pronoun. The others the coder passes over, so a caller may
/// leave them untagged and unparsed (`Pipeline::annotate_screened`) and
/// get the same events; most of a page's sentences are such. The one
/// thing this misses is a phrase the parser's tree gathers across a gap
/// ("A and B C" read as "A C") when nothing else in the sentence matches.
pub struct SentenceScreen<'a> {
    dicts: &'a Dictionaries,
    keys: Option<&'a PatternKeys>,
    actor_named: bool,
}

impl SentenceScreen<'_> {
    /// Whether the next sentence of the document, these word forms, may
    /// give an event: it may name a source, and, when the coder knows the
    /// lexicon ([`Coder::with_lexicon`]), a word of it may key a pattern.
    pub fn admits<S: AsRef<str>>(&mut self, forms: &[S]) -> bool {
        let source = if self.dicts.matcher.has_match(forms) {
            self.actor_named = true;
            true
        } else {
            self.actor_named && forms.iter().any(|f| actor::may_stand_for_actor(f.as_ref()))
        };
        source && self.keys.is_none_or(|k| k.may_key(forms))
    }
}

/// Where the lead (the first paragraph) ends.
fn lead_end(text: &str) -> usize {
    let start = text.len() - text.trim_start().len();
    text[start..].find("\n\n").map_or(text.len(), |i| start + i)
}

/// A dateline place as a name: `BAKU` -> `Baku`.
fn place_name(raw: &str) -> String {
    if raw.chars().any(char::is_lowercase) {
        return raw.to_string();
    }
    raw.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

impl<'a> Coder<'a> {
    /// A coder over loaded dictionaries and patterns.
    pub fn new(dicts: &'a Dictionaries, patterns: &'a PatternSet, versions: Versions) -> Coder<'a> {
        Coder {
            dicts,
            patterns,
            versions,
            places: None,
            keys: None,
        }
    }

    /// The coder, told the lexicon the text pipeline lemmatizes with, so
    /// that its [`SentenceScreen`] also passes over sentences none of whose
    /// words can key a pattern (most sentences that name an actor).
    pub fn with_lexicon(mut self, lexicon: &dyad_text::lemma::Lexicon) -> Coder<'a> {
        self.keys = Some(PatternKeys::new(self.patterns, lexicon));
        self
    }

    /// The coder, lent the countries of towns and regions (a gazetteer),
    /// so that an attack on a town targets its country.
    pub fn with_places(mut self, places: &'a dyn PlaceCountries) -> Coder<'a> {
        self.places = Some(places);
        self
    }

    /// A fresh [`SentenceScreen`] for one document.
    pub fn screen(&self) -> SentenceScreen<'_> {
        SentenceScreen {
            dicts: self.dicts,
            keys: self.keys.as_ref(),
            actor_named: false,
        }
    }

    /// The events of a document, each once (same source, target, code and date).
    pub fn code(&self, doc: &Document, meta: &DocMeta) -> Vec<Event> {
        self.run(doc, meta, None)
    }

    /// The events and, per sentence, why each was or was not coded.
    pub fn code_explained(
        &self,
        doc: &Document,
        meta: &DocMeta,
    ) -> (Vec<Event>, Vec<SentenceTrace>) {
        let mut traces = Vec::new();
        let events = self.run(doc, meta, Some(&mut traces));
        (events, traces)
    }

    fn run(
        &self,
        doc: &Document,
        meta: &DocMeta,
        mut traces: Option<&mut Vec<SentenceTrace>>,
    ) -> Vec<Event> {
        let reference = Reference::new(meta.dateline_date, meta.published);
        // Without a date, actors get their default codes (no role is that old).
        let actor_date = reference.date.unwrap_or(Date {
            year: 1,
            month: 1,
            day: 1,
        });
        let mut resolver = ActorResolver::new(self.dicts, actor_date).with_places(self.places);
        let lead = lead_end(&doc.text);
        let mut seen = HashSet::new();
        let mut events = Vec::new();
        let discards: Vec<Option<&dyad_dict::model::Discard>> =
            doc.sentences.iter().map(|s| self.discard(s)).collect();
        let story_discard = discards.iter().flatten().find(|d| d.story).copied();
        let mut screen = self.screen();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            let forms: Vec<&str> = sentence.words.iter().map(|w| w.form.as_str()).collect();
            if !screen.admits(&forms) || !sentence.annotated {
                if let Some(all) = traces.as_deref_mut() {
                    let mut t = SentenceTrace::new(index, doc, &Tree::new(sentence));
                    t.note(if sentence.annotated {
                        "no word of it can name an actor: not coded".to_string()
                    } else {
                        "not parsed: no word of it can name an actor".to_string()
                    });
                    all.push(t);
                }
                resolver.begin_sentence();
                continue;
            }
            let is_verb = |lemma: &str| self.patterns.has_lemma(PredicateKind::Verb, lemma);
            let mut repaired = tree::repair(sentence, is_verb);
            let names = self.name_ranges(repaired.as_ref().unwrap_or(sentence), actor_date);
            if let Some(s) = tree::repair_split_name(repaired.as_ref().unwrap_or(sentence), &names)
            {
                repaired = Some(s);
            }
            let tree = Tree::new(repaired.as_ref().unwrap_or(sentence));
            let mut trace = traces
                .as_ref()
                .map(|_| SentenceTrace::new(index, doc, &tree));
            // Out of scope (sport, entertainment): the discard phrase says
            // so for the sentence, or with `discard-story` for the story.
            let out_of_scope = story_discard
                .map(|d| ("story", d))
                .or_else(|| discards[index].map(|d| ("sentence", d)));
            if let Some((scope, d)) = out_of_scope {
                if let (Some(all), Some(mut t)) = (traces.as_deref_mut(), trace) {
                    t.note(format!(
                        "{scope} out of scope: discard {:?} ({})",
                        d.phrase, d.src
                    ));
                    all.push(t);
                }
                resolver.begin_sentence();
                continue;
            }
            let mut cx = SentenceContext {
                text: &doc.text,
                tree: &tree,
                resolver: &mut resolver,
                patterns: self.patterns,
                reference,
                reporter: None,
            };
            // Issues (Phoenix's issue coding) are the sentence's.
            let issues = self.dicts.issues.codes(&self.dicts.dict, &forms);
            let mut firings = self.fire(&mut cx, trace.as_mut());
            // A threat and the warning that voices it are one act, told
            // once: by the threat's own code ("warned that Tehran would
            // face sanctions if ..." is 1312, not the warning's 130).
            firings.sort_by_key(|(_, _, p)| p.code == "130");
            let reporter = if firings.is_empty() {
                None
            } else {
                cx.reporter_country()
            };
            let mut countries: Vec<String> = firings
                .iter()
                .flat_map(|(_, f, _)| &f.dyads)
                .flat_map(|d| {
                    std::iter::once(&d.source)
                        .chain(d.target.as_ref())
                        .filter_map(|m| m.actor.country.clone())
                })
                .collect();
            countries.sort_unstable();
            countries.dedup();
            let at = Site {
                meta,
                index,
                sentence,
                lead,
                reporter: reporter.as_deref(),
                countries: &countries,
            };
            // "North Korea rejected a summit with Japan, with Kim saying
            // Pyongyang would refuse any talks with Tokyo": one act told twice
            // in a sentence, once by the country and once by its
            // government, is one event.
            let mut told: Vec<(String, String, String)> = Vec::new();
            let restates = |a: &str, b: &str| a.starts_with(b) || b.starts_with(a);
            // "jets bombed a militia base, killing seven gunmen": the toll
            // of an attack coded at its verb is that attack, not a second
            // one.
            // (predicate, source country, target country)
            type Attack = (usize, Option<String>, Option<String>);
            let mut attacks: Vec<Attack> = Vec::new();
            let mut protests: Vec<(usize, Option<String>)> = Vec::new();
            let toll_of = |pred: usize, ev: &Event, attacks: &[Attack]| {
                let target = ev.target.as_ref().and_then(|t| t.country.clone());
                let w = tree.word(pred);
                tree.rel(pred) == "advcl"
                    && w.xpos == "VBG"
                    && TOLL_VERBS.contains(&w.lemma.as_str())
                    && tree.kids_with(pred, "nsubj").next().is_none()
                    && tree.head(pred).is_some_and(|h| {
                        // At the verb, or at the event noun the verb carries.
                        // A toll of other victims ("hideouts in X, killing
                        // eight people in Y") is told for its own.
                        attacks.iter().any(|(p, s, t)| {
                            (*p == h || tree.head(*p) == Some(h))
                                && *s == ev.source.country
                                && (target.is_none() || *t == target)
                        })
                    })
            };
            let first_event = events.len();
            for (pred, firing, pattern) in firings {
                for mut ev in self.events(&cx, &at, pred, &firing, pattern) {
                    ev.issues.clone_from(&issues);
                    // "marched through Tbilisi to protest against a bill":
                    // a protest's purpose is the protest, coded once.
                    // The clause `pred` hangs on is a protest already coded,
                    // by the event's source's side.
                    let under_protest = tree.head(pred).is_some_and(|h| {
                        protests.iter().any(|(p, c)| {
                            *p == h
                                && (*c == ev.source.country
                                    || c.is_none()
                                    || ev.source.country.is_none())
                        })
                    });
                    let skip = if ev.root == "14" {
                        let purpose = matches!(tree.rel(pred), "advcl" | "xcomp")
                            && tree.kids_with(pred, "mark").any(|m| tree.lemma(m) == "to")
                            && under_protest;
                        if !purpose {
                            protests.push((pred, ev.source.country.clone()));
                        }
                        purpose.then_some("the purpose of a protest already coded")
                    } else if ev.root == "10"
                        && tree.rel(pred) == "advcl"
                        && tree.word(pred).xpos == "VBG"
                        && under_protest
                    {
                        // "marched through Bratislava, demanding
                        // accountability": what a protest demands is the
                        // protest.
                        Some("the demand of a protest already coded")
                    } else if code_family(&ev.cameo) == "attack" {
                        // "launched air strikes at dawn, killing seven
                        // gunmen": an attack with no target whose toll names
                        // the victims is told by the toll.
                        let verb = match tree.word(pred).upos.as_str() {
                            "VERB" => Some(pred),
                            _ => tree.head(pred),
                        };
                        // ("setting off two bombs and killing 12": a
                        // conjunct toll too.)
                        let told_by_toll = ev.target.is_none()
                            && verb.is_some_and(|v| {
                                let conjunct = (tree.word(v).xpos == "VBG")
                                    .then(|| tree.kids_with(v, "conj"))
                                    .into_iter()
                                    .flatten();
                                tree.kids_with(v, "advcl").chain(conjunct).any(|c| {
                                    tree.word(c).xpos == "VBG"
                                        && TOLL_VERBS.contains(&tree.lemma(c).as_str())
                                })
                            });
                        if told_by_toll {
                            Some("no target; its toll names the victims")
                        } else if toll_of(pred, &ev, &attacks) {
                            Some("the toll of an attack already coded")
                        } else {
                            attacks.push((
                                pred,
                                ev.source.country.clone(),
                                ev.target.as_ref().and_then(|t| t.country.clone()),
                            ));
                            None
                        }
                    } else {
                        None
                    };
                    if let Some(why) = skip {
                        if let Some(t) = trace.as_mut() {
                            t.note(format!("{} {}: {why}", ev.pattern, ev.cameo));
                        }
                        continue;
                    }
                    let target = ev.target.as_ref().map_or("", |t| t.code.as_str());
                    // A threat and the warning that voices it are one act.
                    let same_act = |c: &str| {
                        c == ev.cameo || (c.starts_with("13") && ev.cameo.starts_with("13"))
                    };
                    let again = told.iter().any(|(c, s, t)| {
                        same_act(c)
                            && restates(s, &ev.source.code)
                            && !t.is_empty()
                            && !target.is_empty()
                            && restates(t, target)
                    });
                    if again {
                        if let Some(t) = trace.as_mut() {
                            t.note(format!(
                                "{} {}: told again in this sentence",
                                ev.pattern, ev.cameo
                            ));
                        }
                        continue;
                    }
                    told.push((ev.cameo.clone(), ev.source.code.clone(), target.to_string()));
                    let key = (
                        ev.source.code.clone(),
                        ev.target.as_ref().map(|t| t.code.clone()),
                        ev.cameo.clone(),
                        ev.date.clone(),
                    );
                    if seen.insert(key) {
                        events.push(ev);
                    } else if let Some(t) = trace.as_mut() {
                        t.note(format!(
                            "{} {}: already coded in this document",
                            ev.pattern, ev.cameo
                        ));
                    }
                }
            }
            // "launched drills around Taiwan, deploying warships": the
            // same act (same code) by the same actor told again without
            // its target is the one told with it.
            // A show of force is one act however many its parts ("reinforced
            // troops along the border and put units on alert").
            // So is a threat: "warned Moscow that any attack would be met
            // with a response" is one threat, to Moscow.
            let act = |e: &Event| {
                let code = if matches!(e.root.as_str(), "13" | "15") {
                    &e.root
                } else {
                    &e.cameo
                };
                (e.source.code.clone(), code.clone())
            };
            let told_with_target: Vec<(String, String)> = events[first_event..]
                .iter()
                .filter(|e| e.target.is_some())
                .map(act)
                .collect();
            let mut k = first_event;
            while k < events.len() {
                let e = &events[k];
                if e.target.is_none() && e.root != "01" && told_with_target.contains(&act(e)) {
                    if let Some(t) = trace.as_mut() {
                        t.note(format!(
                            "{} {}: told with its target in this sentence",
                            e.pattern, e.cameo
                        ));
                    }
                    let e = events.remove(k);
                    seen.remove(&(e.source.code.clone(), None, e.cameo.clone(), e.date.clone()));
                } else {
                    k += 1;
                }
            }
            // "Putin and Trump discussed Ukraine in a phone call": one
            // meeting of a pair told twice in a sentence is one
            // consultation, under its more telling code (041, not 040).
            let pair = |e: &Event| {
                (
                    e.source.code.clone(),
                    e.target.as_ref().map(|t| t.code.clone()),
                )
            };
            let mut k = first_event + 1;
            while k < events.len() {
                let twin = (first_event..k).find(|&j| {
                    events[j].root == "04"
                        && events[k].root == "04"
                        && pair(&events[j]) == pair(&events[k])
                });
                let Some(j) = twin else {
                    k += 1;
                    continue;
                };
                let drop = if events[j].cameo == "040" && events[k].cameo != "040" {
                    j
                } else {
                    k
                };
                if let Some(t) = trace.as_mut() {
                    t.note(format!(
                        "{} {}: the same meeting as {} {}",
                        events[drop].pattern,
                        events[drop].cameo,
                        events[j + k - drop].pattern,
                        events[j + k - drop].cameo
                    ));
                }
                let e = events.remove(drop);
                let (source, target) = pair(&e);
                seen.remove(&(source, target, e.cameo, e.date));
            }
            if let (Some(all), Some(t)) = (traces.as_deref_mut(), trace) {
                all.push(t);
            }
            resolver.begin_sentence();
        }
        events
    }

    /// The dictionary's actor names of two words or more in the sentence,
    /// every word capitalised, as 1-based inclusive word ranges.
    fn name_ranges(&self, sentence: &Sentence, date: Date) -> Vec<(usize, usize)> {
        let forms: Vec<&str> = sentence.words.iter().map(|w| w.form.as_str()).collect();
        self.dicts
            .matcher
            .find_all(&forms)
            .into_iter()
            .filter(|&(start, len, targets)| {
                len >= 2
                    && forms[start..start + len].iter().enumerate().all(|(k, f)| {
                        f.chars().next().is_some_and(char::is_uppercase)
                            || matches!(*f, "'s" | "'" | "\u{2019}s" | "\u{2019}" | "-")
                            // "Mohammed bin Salman", "Ursula von der Leyen":
                            // a name's particles inside it.
                            || (k > 0 && k + 1 < len && NAME_PARTICLES.contains(f))
                    })
                    && targets.iter().any(|&t| {
                        matches!(
                            self.dicts.entry(t, date),
                            Some(dyad_dict::Entry::Actor { .. })
                        )
                    })
            })
            .map(|(start, len, _)| (start + 1, start + len))
            .collect()
    }

    /// The first discard phrase in a sentence, if any.
    fn discard(&self, sentence: &Sentence) -> Option<&'a dyad_dict::model::Discard> {
        let forms: Vec<&str> = sentence.words.iter().map(|w| w.form.as_str()).collect();
        let dicts: &'a Dictionaries = self.dicts;
        dicts
            .matcher
            .find_all(&forms)
            .into_iter()
            .flat_map(|(_, _, targets)| targets.iter())
            .find_map(|&t| {
                match dicts.entry(
                    t,
                    Date {
                        year: 1,
                        month: 1,
                        day: 1,
                    },
                ) {
                    Some(dyad_dict::Entry::Discard { discard, .. }) => Some(discard),
                    _ => None,
                }
            })
    }

    /// Every predicate of the sentence with patterns: the first pattern
    /// that finds its arguments fires.
    fn fire(
        &self,
        cx: &mut SentenceContext<'_, '_>,
        mut trace: Option<&mut SentenceTrace>,
    ) -> Vec<(usize, Firing, &'a Pattern)> {
        let mut out = Vec::new();
        let actors_before = cx.resolver.mentions_len();
        // Named subjects first, in the text's order, so that a pronoun
        // after one can stand for it even when its verb codes nothing
        // ("Pakistan put its troops on alert after India blamed it").
        cx.remember_subjects(true);
        for pred in 1..=cx.tree.len() {
            let Some(kind) = predicate_kind(cx.tree, pred) else {
                continue;
            };
            let lemmas = lemma_candidates(&cx.tree.lemma(pred), &cx.tree.word(pred).form);
            let Some(lemma) = lemmas.iter().find(|l| self.patterns.has_lemma(kind, l)) else {
                continue;
            };
            // "launched an attack", "held talks": the verb coded the noun's
            // event. "condemned the air strike", "praised the talks": the
            // verb's event is another, and the noun's happened; so is
            // "hosted talks between X and Y": the host mediates, the
            // parties consult.
            // "told Y in a phone call": a noun of the manner of the
            // verb's act is an event of its own.
            let manner = cx.tree.rel(pred) == "obl"
                && self
                    .patterns
                    .for_lemma(kind, lemma)
                    .any(|p| p.light_oblique);
            // "pledged during a visit to Kyiv that ...", "ready to accept
            // the proposal after talks with US officials": the visit or
            // talks are when the verb's act was done, an event of their own.
            // (Not "days after a meeting": background, dated before.)
            let during = cx.tree.rel(pred) == "obl"
                && match cx.tree.preposition(pred).as_deref() {
                    Some("during") => true,
                    Some("after" | "following") => {
                        let case = cx.tree.kids_with(pred, "case").next();
                        let counted = case.is_some_and(|c| {
                            c > 1
                                && matches!(
                                    cx.tree.word(c - 1).form.to_lowercase().as_str(),
                                    "day"
                                        | "days"
                                        | "hours"
                                        | "weeks"
                                        | "months"
                                        | "years"
                                        | "shortly"
                                        | "soon"
                                        | "moments"
                                )
                        });
                        !counted
                            && self
                                .patterns
                                .for_lemma(kind, lemma)
                                .any(|p| p.code.starts_with("04"))
                    }
                    _ => false,
                };
            let carrier_fired = kind == PredicateKind::Noun
                && !manner
                && !during
                && cx.tree.head(pred).is_some_and(|h| {
                    out.iter().any(|(p, _, pat): &(usize, Firing, &Pattern)| {
                        *p == h && !judges_a_fact(&pat.code) && pat.code != "045"
                    })
                });
            if carrier_fired {
                if let Some(t) = trace.as_deref_mut() {
                    t.note(format!(
                        "{lemma:?} at {pred}: its verb already coded the event"
                    ));
                }
                continue;
            }
            // "shelled Armenian positions, killing 49 soldiers": the
            // participle tells what the shelling did, not a second attack.
            // The parser may hang it on the verb's object ("exchanged
            // artillery fire ..., killing"), so the verb above that counts.
            let t: &Tree<'_> = cx.tree;
            let consequence_of = |code: &str| {
                let hung = t.rel(pred) == "advcl"
                    || (matches!(t.rel(pred), "conj" | "acl" | "xcomp")
                        && pred > 1
                        && t.word(pred - 1).form == ",");
                let mut heads: Vec<usize> = t
                    .head(pred)
                    .into_iter()
                    .flat_map(|h| {
                        let above = (t.word(h).upos != "VERB").then(|| t.head(h)).flatten();
                        std::iter::once(h).chain(above)
                    })
                    .collect();
                // "pounded cities ..., in what officials called the largest
                // attack of the war, killing 30": the clause the participle
                // hangs on may itself be a conjunct of the attack.
                if let Some(&h) = heads.last() {
                    if t.rel(h) == "conj" {
                        heads.extend(t.head(h));
                    }
                }
                // "fired missiles, striking energy facilities and killing
                // three workers": a conjunct of a participle hung on the
                // attack is hung on it too.
                let conjunct_of_participle = t.rel(pred) == "conj"
                    && t.head(pred).is_some_and(|h| {
                        t.rel(h) == "advcl" && t.word(h).form.to_lowercase().ends_with("ing")
                    });
                if conjunct_of_participle {
                    heads.extend(t.head(pred).and_then(|h| t.head(h)));
                }
                let hung = hung || conjunct_of_participle;
                // (An attack that names no target leaves its toll to name
                // the victims: "setting off a bomb and killing nine civilians".)
                let participle = hung
                    && t.word(pred).form.to_lowercase().ends_with("ing")
                    && out.iter().any(|(q, qf, qp): &(usize, Firing, &Pattern)| {
                        heads.contains(q)
                            && code_family(&qp.code) == code_family(code)
                            && (code_family(code) != "attack"
                                || qf.dyads.iter().any(|d| d.target.is_some()))
                    });
                // "Russian shelling of Kherson killed three civilians": the
                // attack the subject names did the killing.
                let by_event = code_family(code) == "attack"
                    && t.kids_with(pred, "nsubj").any(|s| {
                        out.iter().any(|(q, _, qp): &(usize, Firing, &Pattern)| {
                            *q == s && code_family(&qp.code) == "attack"
                        })
                    });
                participle || by_event
            };
            for p in self
                .patterns
                .for_lemma(kind, lemma)
                .filter(|p| !p.needs_quiet)
            {
                match cx.try_pattern(p, pred) {
                    Ok(_) if consequence_of(&p.code) => {
                        if let Some(t) = trace.as_deref_mut() {
                            t.note(format!(
                                "{lemma:?} at {pred}: what the attack it tells of did, coded there"
                            ));
                        }
                        break;
                    }
                    tried => {
                        if let Some(t) = trace.as_deref_mut() {
                            note_try(t, p, pred, cx.tree, &tried);
                        }
                        if let Ok(f) = tried {
                            out.push((pred, f, p));
                            break;
                        }
                    }
                }
            }
        }
        // A statement is coded only where nothing else is: its content,
        // when coded, tells it. Tried last, so that its actors do not
        // stand in the way of the other patterns' reading of the sentence.
        let root = cx.tree.children(0).first().copied();
        if let Some(pred) = root.filter(|_| out.is_empty()) {
            let kind = predicate_kind(cx.tree, pred);
            let lemmas = lemma_candidates(&cx.tree.lemma(pred), &cx.tree.word(pred).form);
            let quiet = kind.into_iter().flat_map(|k| {
                lemmas
                    .iter()
                    .flat_map(move |l| self.patterns.for_lemma(k, l))
                    .filter(|p| p.needs_quiet)
            });
            for p in quiet {
                let tried = cx.try_pattern(p, pred);
                if let Some(t) = trace.as_deref_mut() {
                    note_try(t, p, pred, cx.tree, &tried);
                }
                if let Ok(f) = tried {
                    out.push((pred, f, p));
                    break;
                }
            }
        }
        cx.remember_subjects(false);
        if let Some(t) = trace {
            t.actors = cx.resolver.mentions_since(actors_before);
        }
        out
    }

    fn events(
        &self,
        cx: &SentenceContext<'_, '_>,
        at: &Site<'_>,
        pred: usize,
        firing: &Firing,
        pattern: &Pattern,
    ) -> Vec<Event> {
        let Site {
            meta,
            index,
            sentence,
            lead,
            reporter,
            countries,
        } = *at;
        let (date, date_how) = if firing.announced {
            // An intent or a threat is the saying of it: dated by the verb
            // that reports it ("said on Saturday they would free ..."), else
            // by the story.
            let t = cx.tree;
            let mut top = firing.clause[firing.clause.len() - 1];
            while let Some(h) = t.head(top).filter(|_| t.rel(top) == "xcomp") {
                top = h;
            }
            match t.head(top).filter(|&h| {
                t.rel(top) == "ccomp" && t.word(h).upos == "VERB" && !firing.clause.contains(&h)
            }) {
                Some(report) => when::event_date(t, &[report], cx.reference),
                None => (cx.reference.date, cx.reference.how),
            }
        } else {
            // "praised X on Wednesday during a visit to Y": the visit is
            // dated by the verb it tells the time of.
            // So is ", accusing them of ..." by the verb it follows.
            let t = cx.tree;
            let mut clause = firing.clause.clone();
            let during = t.rel(pred) == "obl" && t.preposition(pred).as_deref() == Some("during");
            let participle = t.rel(pred) == "advcl"
                && t.word(pred).xpos == "VBG"
                && pred > 1
                && t.word(pred - 1).form == ","
                && t.kids_with(pred, "nsubj").next().is_none()
                && t.kids_with(pred, "mark").next().is_none();
            if during || participle {
                clause.extend(t.head(pred));
            }
            when::event_date(t, &clause, cx.reference)
        };
        let t = cx.tree;
        // "stormed a hotel in Mogadishu, killing 20 people": what a
        // participle tells happened where its verb did.
        let participle = t.rel(pred) == "advcl"
            && t.word(pred).form.to_lowercase().ends_with("ing")
            && !firing.announced;
        let verb = t.head(pred).filter(|_| participle);
        let place_head = self
            .place_head(cx, &firing.clause, firing.announced)
            .or_else(|| self.place_head(cx, &[verb?], false));
        let place = self.place(cx, meta, place_head);
        // "fighting government troops in Congo", "hit army positions near
        // Damascus": a role with no country is the place's ("the central
        // town of Houla": the town's name's).
        let country_of = |h: usize| {
            // "on Mogadishu's Lido beach": the place that owns it.
            let named = t
                .children(h)
                .iter()
                .copied()
                .filter(|&c| {
                    t.word(c).upos == "PROPN"
                        && (actor::NAMED_PLACE_NOUNS.contains(&t.lemma(h).as_str())
                            || t.full_rel(c) == "nmod:poss")
                })
                .collect::<Vec<_>>();
            // A country the sentence names beats a gazetteer's guess for
            // a small place (a Solhan in Burkina Faso's Yagha province,
            // and one in Turkey).
            let candidates = || std::iter::once(h).chain(named.iter().copied());
            // "at Solhan, a village in Burkina Faso's Yagha province".
            let described = t
                .kids_with(h, "appos")
                .flat_map(|a| std::iter::once(a).chain(t.kids_with(a, "nmod")))
                .collect::<Vec<_>>();
            candidates()
                .chain(described.iter().copied())
                .find_map(|x| cx.resolver.place_country(cx.text, t, x))
                .or_else(|| candidates().find_map(|x| cx.resolver.gazetteer_country(cx.text, t, x)))
                .and_then(|a| a.country)
        };
        let bare = firing.dyads.iter().any(|d| {
            actor::is_bare_role(&d.source.actor.code)
                || d.target
                    .as_ref()
                    .is_some_and(|t| actor::is_bare_role(&t.actor.code))
        });
        // "killed 37 villagers in a raid on a community in Nigeria's Borno
        // state": the first place below the predicate whose country is
        // known ("a school in Kuriga in northwestern Nigeria", the village
        // unknown).
        let deep = || {
            (bare && !firing.announced)
                .then(|| {
                    std::iter::once(pred)
                        .chain(verb)
                        .find_map(|h| deep_places(t, h).into_iter().find_map(country_of))
                })
                .flatten()
        };
        let place_country = match place_head {
            Some(h) => country_of(h).or_else(deep),
            None => deep(),
        };
        // A role the sentence places nowhere is of the speaker's country
        // ("..., the army would resume fighting, Netanyahu said"; "Ugandan
        // activists said police had abducted scores of young people"), else
        // of the one country its events name ("Protesters stormed Kenya's
        // parliament").
        let sole_country = match countries {
            [c] => Some(c.as_str()),
            _ => None,
        };
        let localise = |a: &EventActor| match place_country.as_deref().or(reporter).or(sole_country)
        {
            Some(country) if actor::is_bare_role(&a.code) && !actor::named_by_backer(&a.text) => {
                actor::with_country(a, country)
            }
            _ => a.clone(),
        };
        let mut out = Vec::new();
        for d in &firing.dyads {
            let Some(code) = Codebook::bundled().get(&d.code) else {
                continue;
            };
            // "Modi said the military had struck camps in Pakistan": the
            // state forces a speaker tells of are the speaker's, wherever
            // they act.
            let source = match reporter {
                Some(r) if actor::is_state_role(&d.source.actor.code) => {
                    actor::with_country(&d.source.actor, r)
                }
                _ => localise(&d.source.actor),
            };
            // "Police in Georgia detained dozens of demonstrators": whom a
            // state coerces at no named place are its own people.
            // "RSF fighters killed 200 civilians": whom an armed group
            // outside the state attacks at no named place are of its country.
            // "Kenyan police said militants killed eight officers": the
            // victims are the reporter's, when the attacker is foreign to it.
            let reported = reporter.filter(|r| {
                (d.code.starts_with("17") || code_family(&d.code) == "attack")
                    && source.country.as_deref().is_some_and(|c| c != *r)
            });
            let home = match place_country {
                Some(_) => None,
                None if reported.is_some() => reported,
                None if d.code.starts_with("17") => actor::state_country(&source),
                // "Myanmar's military killed 100 people": a state's forces
                // attack their own people when the sentence names no other
                // country.
                None if code_family(&d.code) == "attack" => actor::non_state_country(&source)
                    .or_else(|| {
                        actor::state_country(&source).filter(|c| countries.iter().all(|x| x == c))
                    }),
                None => None,
            };
            let target = d
                .target
                .as_ref()
                .map(|t| match home {
                    Some(c) if actor::is_bare_role(&t.actor.code) => {
                        actor::with_country(&t.actor, c)
                    }
                    _ => {
                        // "sanctions imposed by Washington on a dozen
                        // companies": whom a country sanctions is no one
                        // of its own by default.
                        let local = localise(&t.actor);
                        if code.root == "16"
                            && t.actor.country.is_none()
                            && local.country.is_some()
                            && local.country == source.country
                        {
                            t.actor.clone()
                        } else {
                            local
                        }
                    }
                })
                .or_else(|| {
                    (code.root == "14")
                        .then(|| actor::home_government(&source, place_country.as_deref()))
                        .flatten()
                });
            let target_code = target.as_ref().map_or("", |t| t.code.as_str());
            out.push(Event {
                id: event::event_id(&meta.doc_id, index, &source.code, target_code, &d.code),
                date: date.map(|x| x.to_string()),
                date_how,
                source,
                target,
                cameo: code.code.clone(),
                root: code.root.clone(),
                goldstein: code.goldstein,
                quad_class: code.quad_class,
                plover: code.plover.as_ref().map(|p| p.event.clone()),
                issues: Vec::new(),
                place: place.clone(),
                doc_id: meta.doc_id.clone(),
                sentence: index,
                verb_span: cx.tree.word(pred).span,
                pattern: pattern.id.clone(),
                is_root: sentence.span.start < lead,
                confidence: firing.confidence,
                model_version: self.versions.model.clone(),
                dictionary_version: format!(
                    "{}+{}",
                    self.versions.dictionaries, self.patterns.version
                ),
            });
        }
        // "struck military sites near Damascus": the sites, placed in
        // Syria, are the target; the capital beside them is no second one.
        let country_of = |e: &Event| e.target.as_ref().and_then(|t| t.country.clone());
        let repeats = |i: usize| {
            let e = &out[i];
            let Some(country) = country_of(e) else {
                return false;
            };
            let Some(t) = e.target.as_ref() else {
                return false;
            };
            // A country, or a capital standing for its government.
            let capital = t.code.strip_prefix(country.as_str()) == Some("GOV")
                && !t.text.contains(' ')
                && t.text.starts_with(char::is_uppercase);
            (t.code == country || capital)
                && (0..out.len()).any(|j| {
                    let other = out[j].target.as_ref().map_or("", |t| t.code.as_str());
                    other.len() > country.len()
                        && other.strip_prefix(country.as_str()) != Some("GOV")
                        && out[j].source.code == e.source.code
                        && out[j].cameo == e.cameo
                        && country_of(&out[j]).as_deref() == Some(country.as_str())
                })
        };
        let dropped: Vec<bool> = (0..out.len()).map(repeats).collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !dropped[k - 1]
        });
        out
    }

    /// The head of the clause's locative phrase (else its object's:
    /// "rebels in Darfur"; never for an announced event: an announced
    /// visit's destination is not where the statement was made).
    fn place_head(
        &self,
        cx: &SentenceContext<'_, '_>,
        clause: &[usize],
        announced: bool,
    ) -> Option<usize> {
        if announced {
            return None;
        }
        let light = clause.get(1).copied();
        let pred = clause[0];
        cx.locatives(pred, light)
            .first()
            .or(cx.object_locatives(pred).first())
            .copied()
            .or_else(|| {
                // "protesters marched through Nairobi, and police fired
                // tear gas": a conjoined clause happens where the first did.
                let t = cx.tree;
                let h = t.head(pred).filter(|_| t.rel(pred) == "conj")?;
                (t.word(h).upos == "VERB")
                    .then(|| cx.locatives(h, None).first().copied())
                    .flatten()
            })
    }

    /// The place of the phrase `head` heads, else the dateline's place.
    fn place(
        &self,
        cx: &SentenceContext<'_, '_>,
        meta: &DocMeta,
        head: Option<usize>,
    ) -> Option<EventPlace> {
        if let Some(h) = head {
            let words = actor::phrase_words(cx.tree, h);
            let (name, span) = actor::phrase_text(cx.text, cx.tree, &words);
            return Some(EventPlace {
                name,
                span: Some(span),
                how: "sentence".into(),
                geo: Default::default(),
            });
        }
        meta.dateline_place
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .map(|p| EventPlace {
                name: place_name(p.trim()),
                span: None,
                how: "dateline".into(),
                geo: Default::default(),
            })
    }
}

/// Irregular past forms of pattern verbs the lemmatizer may miss.
pub(crate) const IRREGULAR: &[(&str, &str)] = &[
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("shot", "shoot"),
    ("fought", "fight"),
    ("struck", "strike"),
    ("met", "meet"),
    ("held", "hold"),
    ("sent", "send"),
    ("gave", "give"),
    ("given", "give"),
    ("took", "take"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("overran", "overrun"),
    ("lent", "lend"),
    ("retook", "retake"),
    ("retaken", "retake"),
    ("sought", "seek"),
    ("told", "tell"),
    ("beaten", "beat"),
    ("threw", "throw"),
    ("seized", "seize"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("broke", "break"),
    ("broken", "break"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("cut", "cut"),
];

/// Records in the trace what trying pattern `p` at `pred` gave.
fn note_try(
    trace: &mut SentenceTrace,
    p: &Pattern,
    pred: usize,
    tree: &Tree<'_>,
    tried: &std::result::Result<Firing, String>,
) {
    match tried {
        Ok(f) => trace.fired(p, pred, tree, f),
        Err(why) => trace.rejected(p, pred, tree, why),
    }
}

/// The lemma, then forms the lemmatizer may have missed: the word itself
/// and its regular stems ("praised" -> "praise", "shelled" -> "shell",
/// "gassed" -> "gas", "talks" -> "talk").
pub fn lemma_candidates(lemma: &str, form: &str) -> Vec<String> {
    let form = form.to_lowercase();
    let mut out = vec![lemma.to_lowercase(), form.clone()];
    if let Some((_, base)) = IRREGULAR.iter().find(|(past, _)| *past == form) {
        out.push(base.to_string());
    }
    for (suffix, replacement) in [
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
    ] {
        if let Some(stem) = form.strip_suffix(suffix).filter(|s| s.len() >= 2) {
            out.push(format!("{stem}{replacement}"));
            let b = stem.as_bytes();
            if replacement.is_empty() && b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                out.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    out
}

fn predicate_kind(tree: &Tree<'_>, i: usize) -> Option<PredicateKind> {
    match tree.word(i).upos.as_str() {
        "VERB" => Some(PredicateKind::Verb),
        "NOUN" | "PROPN" => Some(PredicateKind::Noun),
        _ => None,
    }
}

/// Participles that tell an attack's toll ("..., killing three").
const TOLL_VERBS: &[&str] = &["kill", "wound", "injure"];

/// Lower-case words inside a person's or a place's name ("bin", "von
/// der", "Dar es Salaam").
const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "es", "von", "van", "der", "den", "de", "da", "del", "della",
    "di", "du", "la", "le", "dos", "das",
];

/// A code's root, the attack roots (18, 19, 20) taken as one.
fn code_family(code: &str) -> &str {
    let root = code.get(..2).unwrap_or(code);
    if frame::ATTACK_ROOTS.contains(&root) {
        "attack"
    } else {
        root
    }
}

/// Where in the document a sentence's events are coded.
#[derive(Clone, Copy)]
struct Site<'s> {
    meta: &'s DocMeta,
    index: usize,
    sentence: &'s Sentence,
    lead: usize,
    /// The country of who reports the sentence's events.
    reporter: Option<&'s str>,
    /// The countries of every actor the sentence's events name.
    countries: &'s [String],
}

/// Codes whose object is an event that took place: disapproval ("condemned
/// the strike"), praise ("praised the talks") and investigation ("an
/// investigation into the strike").
fn judges_a_fact(code: &str) -> bool {
    code.starts_with("11") || code.starts_with("09") || code == "051"
}

/// Locative phrases anywhere below `pred` (through obliques, modifiers and
/// objects, three levels down), in breadth-first order: names, and place
/// nouns with a name ("Nigeria's northeastern Borno state").
fn deep_places(tree: &Tree<'_>, pred: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut level = vec![pred];
    for _ in 0..3 {
        let mut next = Vec::new();
        for &h in &level {
            for &c in tree.children(h) {
                // "an air raid on a market in Idlib killed 30 people": an
                // event noun as subject carries the place too.
                let event_subject =
                    h == pred && tree.rel(c) == "nsubj" && tree.word(c).upos == "NOUN";
                // ", in northwest Nigeria's Kaduna state,": a locative the
                // parser set apart.
                let set_apart = tree.rel(c) == "parataxis"
                    && matches!(tree.word(c).upos.as_str(), "NOUN" | "PROPN");
                if !matches!(tree.rel(c), "obl" | "nmod" | "obj") && !event_subject && !set_apart {
                    continue;
                }
                next.push(c);
                let locative = matches!(
                    tree.preposition(c).as_deref(),
                    Some("in" | "near" | "at" | "across" | "throughout")
                );
                let w = tree.word(c);
                let named = w.upos == "PROPN"
                    || (w.upos == "NOUN"
                        && tree.children(c).iter().any(|&k| {
                            tree.word(k).upos == "PROPN"
                                && (actor::NAMED_PLACE_NOUNS.contains(&tree.lemma(c).as_str())
                                    || tree.full_rel(k) == "nmod:poss")
                        }));
                if locative && named && !when::is_time_word(&w.form) {
                    out.push(c);
                }
            }
        }
        level = next;
    }
    out
}
