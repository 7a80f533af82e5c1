//! Actor resolution over noun phrases. An argument's head noun and its
//! phrase-internal dependents (compounds, adjectives, names, possessors,
//! appositions, "of" modifiers; never conjuncts, clauses or other
//! prepositional phrases) are matched with the dictionaries' longest-match
//! trie on the story's date: a person holding a dated role gives that role's
//! code; else a country or organisation, with an agent's role appended to a
//! country ("Armenian rebels" -> ARMREB); a capital stands for its
//! government ("Moscow said" -> RUSGOV). Pronouns and bare role nouns
//! ("he", "the minister") take the last actor of the matching kind seen in
//! the article (simple recency).

use crate::event::EventPlace;
use crate::tree::Tree;
use dyad_dict::model::{Actor, PhraseKind, NULL_CODE};
use dyad_dict::{ActorCodes, Date, Dictionaries, Entry, Target};
use dyad_text::Span;
use serde::{Deserialize, Serialize};

/// An event's source or target, as the record carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// The CAMEO actor code (`AZEGOV`).
    pub code: String,
    /// The country part of the code, when it starts with one (`AZE`).
    pub country: Option<String>,
    /// The role part after the country (`GOV`), when there is one.
    pub role: Option<String>,
    /// The phrase as written in the text.
    pub text: String,
    /// Its byte span in the document text.
    pub span: Span,
    /// GDELT known-group code, when the dictionaries know it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// GDELT ethnic code, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnic: Option<String>,
    /// GDELT religion code, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub religion: Option<String>,
    /// GDELT type code, when known.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_code: Option<String>,
    /// The place most closely associated with the actor (GDELT's
    /// Actor1Geo / Actor2Geo): a place named in or right next to the phrase
    /// (`how` `phrase`), else the country of a country-coded actor (`how`
    /// `country`, no span). `null` until the geo stage runs, or unknown.
    #[serde(default)]
    pub place: Option<EventPlace>,
}

/// What an actor is, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A person ("he", "the minister").
    Person,
    /// A country, organisation or group ("it", "they").
    Collective,
}

/// How a mention was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    /// From the dictionaries.
    Dictionary,
    /// From an earlier actor of the article (pronoun or bare role noun).
    Anaphor,
}

/// An actor found for a noun phrase.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The actor.
    pub actor: EventActor,
    /// Person or collective.
    pub kind: ActorKind,
    /// How it was found.
    pub resolution: Resolution,
    /// The phrase is a "counterpart": it takes the role of the other actor
    /// of the event with its own country ("his Azerbaijani counterpart").
    pub counterpart: bool,
}

impl Mention {
    /// This mention with `code` (country and role split again).
    pub fn recoded(&self, code: String) -> Mention {
        let (country, role) = split_code(&code);
        Mention {
            actor: EventActor {
                code,
                country,
                role,
                ..self.actor.clone()
            },
            ..self.clone()
        }
    }

    /// A counterpart with the country of its modifier and the role of
    /// `other`: "his Azerbaijani counterpart" of RUSGOV -> AZEGOV.
    pub fn as_counterpart_of(&self, other: &Mention) -> Mention {
        match (&self.actor.country, &other.actor.role) {
            (Some(country), Some(role)) if self.counterpart && self.actor.role.is_none() => {
                self.recoded(format!("{country}{role}"))
            }
            _ => self.clone(),
        }
    }
}

/// Head nouns that stand for the two actors just named when counted ("the
/// two ministers", "both sides").
const PAIR_NOUNS: &[&str] = &[
    "side",
    "minister",
    "leader",
    "president",
    "country",
    "nation",
    "government",
    "delegation",
    "official",
    "diplomat",
    "counterpart",
    "party",
    "neighbour",
    "neighbor",
    "premier",
    "negotiator",
];

/// The pair nouns that name countries or parties rather than people: an
/// international organisation is never one of them.
const COLLECTIVE_PAIR_NOUNS: &[&str] = &[
    "side",
    "country",
    "nation",
    "government",
    "party",
    "neighbour",
    "neighbor",
];

/// Whether a code is an international or non-governmental organisation's.
fn is_organisation(code: &str) -> bool {
    ["IGO", "NGO", "MNC"].iter().any(|p| code.starts_with(p))
}

const PHRASE_RELS: &[&str] = &[
    "compound",
    // A title before a name ("Foreign Minister | Musalia Mudavadi").
    "nmod:desc",
    "amod",
    "flat",
    "nmod:poss",
    "det",
    "appos",
    "nummod",
    "case",
];

/// Titles of persons: a singular noun phrase headed by one is a person.
pub(crate) const PERSON_TITLES: &[&str] = &[
    "minister",
    "president",
    "premier",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "emir",
    "sultan",
    "prince",
    "monarch",
    "governor",
    "mayor",
    "general",
    "commander",
    "counterpart",
    "leader",
    "negotiator",
    "diplomat",
    "official",
];

/// Nouns of the members of a group: "fighters from the RSF" are the
/// RSF's, as "fighters of the RSF" are.
const MEMBER_NOUNS: &[&str] = &[
    "fighter",
    "member",
    "militant",
    "gunman",
    "soldier",
    "officer",
    "delegate",
    "commander",
    "supporter",
    "activist",
    "negotiator",
    "representative",
    "warplane",
    "jet",
    "aircraft",
    "warship",
    "troop",
];

/// The words of the noun phrase headed by `head`, in sentence order.
pub fn phrase_words(tree: &Tree<'_>, head: usize) -> Vec<usize> {
    let mut out = vec![head];
    let mut k = 0;
    while k < out.len() {
        let cur = out[k];
        for &c in tree.children(cur) {
            let full = tree.full_rel(c);
            // "fighters from the Kachin Independence Army": members from a
            // group are of it.
            let member_of = |p: &str| {
                p == "of"
                    || (p == "from"
                        && cur == head
                        && MEMBER_NOUNS.contains(&tree.lemma(head).to_lowercase().as_str()))
            };
            let of_phrase =
                tree.rel(c) == "nmod" && tree.preposition(c).as_deref().is_some_and(member_of);
            // "the paramilitary | Rapid Support Forces": a modifier with no
            // preposition is the parser's split of one name.
            let bare_nmod = full == "nmod"
                && tree.preposition(c).is_none()
                && c > cur
                && (cur + 1..c).all(|k| matches!(tree.word(k).upos.as_str(), "PROPN" | "ADJ"));
            let keep = PHRASE_RELS.contains(&full)
                || PHRASE_RELS.contains(&tree.rel(c))
                || of_phrase
                || bare_nmod;
            let own_preposition = cur == head && tree.rel(c) == "case";
            if keep && !own_preposition && full != "nmod:tmod" && !out.contains(&c) {
                out.push(c);
            }
        }
        k += 1;
    }
    // A hyphenated modifier is one word in the text ("Greek-flagged"): the
    // part before the hyphen goes with the phrase wherever the parser hung it.
    let joined = |a: usize, b: usize| tree.word(a).span.end == tree.word(b).span.start;
    let mut k = 0;
    while k < out.len() {
        let w = out[k];
        if w >= 3
            && tree.word(w - 1).form == "-"
            && joined(w - 2, w - 1)
            && joined(w - 1, w)
            && !out.contains(&(w - 2))
            && w - 2 != head
        {
            out.push(w - 1);
            out.push(w - 2);
        }
        k += 1;
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The text and span from the first to the last of `words`.
pub fn phrase_text(text: &str, tree: &Tree<'_>, words: &[usize]) -> (String, Span) {
    let start = words
        .iter()
        .map(|&w| tree.word(w).span.start)
        .min()
        .unwrap_or(0);
    let end = words
        .iter()
        .map(|&w| tree.word(w).span.end)
        .max()
        .unwrap_or(start);
    let span = Span::new(start, end.max(start));
    (
        text.get(span.start..span.end).unwrap_or("").to_string(),
        span,
    )
}

/// Splits a code into its country and role parts.
pub fn split_code(code: &str) -> (Option<String>, Option<String>) {
    let is_country = code.len() >= 3
        && code.is_char_boundary(3)
        && ActorCodes::bundled()
            .countries
            .iter()
            .any(|(c, _)| c == &code[..3]);
    if !is_country {
        return (None, None);
    }
    let role = (code.len() > 3).then(|| code[3..].to_string());
    (Some(code[..3].to_string()), role)
}

/// What the dictionaries found inside one phrase.
#[derive(Default)]
struct PhraseHits<'d> {
    person: Option<(String, &'d Actor)>,
    named: Option<(String, &'d Actor)>,
    capital: Option<String>,
    agent: Option<(String, bool, &'d str)>,
    /// The agent takes determiners (`det the` for "court") and none of
    /// them comes before it: it names an actor only beside a country or
    /// organisation ("Egypt's court"), never on its own ("a court").
    agent_lacks_determiner: bool,
}

/// An actor named in the article: its record, its kind and the index of
/// the sentence that named it.
type Remembered = (EventActor, ActorKind, usize);

/// Nouns that describe a country without naming it: "the island's
/// government", "the kingdom's foreign ministry".
const PLACE_DESCRIPTIONS: &[&str] = &[
    "island",
    "country",
    "kingdom",
    "enclave",
    "nation",
    "republic",
    "emirate",
    "archipelago",
];

/// Nouns of things a role word may modify without naming an actor:
/// "military aid", "police operations", "naval exercises".
const THING_NOUNS: &[&str] = &[
    "aid",
    "assistance",
    "action",
    "operation",
    "exercise",
    "drill",
    "support",
    "cooperation",
    "spending",
    "budget",
    "equipment",
    "hardware",
    "intelligence",
    "capability",
    "presence",
    "buildup",
    "pressure",
    "escalation",
    "activity",
    "tie",
    "relation",
    "reform",
    "training",
];

/// Second halves of "Iranian-backed", "Russia-supported": the name before
/// them is a backer's, not the actor's.
const BACKER_WORDS: &[&str] = &[
    "backed",
    "supported",
    "sponsored",
    "funded",
    "aligned",
    "allied",
    "armed",
    "trained",
    "financed",
];

/// Whether a phrase names its group by a backer ("an Iranian-backed
/// militia"): a group of that kind may act anywhere, so the place of its
/// act is no evidence of its country.
pub fn named_by_backer(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        w.split_once('-')
            .is_some_and(|(_, b)| BACKER_WORDS.iter().any(|x| x.eq_ignore_ascii_case(b)))
    })
}

/// Resolves noun phrases to actors on one date, remembering them in order
/// with the sentence they were named in.
pub struct ActorResolver<'d> {
    dicts: &'d Dictionaries,
    date: Date,
    recent: Vec<Remembered>,
    sentence: usize,
    places: Option<&'d dyn PlaceCountries>,
    /// Codes a pronoun may not stand for: see [`ActorResolver::avoid`].
    avoided: Vec<String>,
    /// Set while the subjects before a pronoun are being resolved, so that
    /// a pronoun inside one of them does not start the same again.
    remembering: bool,
}

/// The country of a town or region the dictionaries do not know ("Kherson"
/// -> UKR), for the places attacks hit. The coder holds no gazetteer: the
/// caller lends one (`dyad-geo`'s), so no stage reaches back up.
pub trait PlaceCountries: Sync {
    /// The CAMEO country code of the place `name` names, if it is a place.
    fn country_of(&self, name: &str) -> Option<String>;
}

impl<'d> ActorResolver<'d> {
    /// A resolver for an article dated `date`.
    pub fn new(dicts: &'d Dictionaries, date: Date) -> ActorResolver<'d> {
        ActorResolver {
            dicts,
            date,
            recent: Vec::new(),
            sentence: 0,
            places: None,
            avoided: Vec::new(),
            remembering: false,
        }
    }

    /// Resolves the subjects named before word `pos` that no pattern has
    /// resolved yet, so that a pronoun after them may stand for them
    /// ("soldiers were killed when their base was attacked by ..."):
    /// patterns resolve actors in the order they are tried, and that of a
    /// subject whose own pattern failed first may never have been. (The
    /// coder resolves only named subjects ahead of the patterns,
    /// `Frame::remember_subjects`: resolving every subject there steers
    /// other pronouns and role nouns wrong, measured on the gold sets;
    /// here only a pronoun's own antecedents are.)
    fn remember_subjects_before(&mut self, text: &str, tree: &Tree<'_>, pos: usize) {
        if self.remembering {
            return;
        }
        self.remembering = true;
        for k in 1..pos {
            if tree.rel(k) != "nsubj" || tree.word(k).upos == "PRON" {
                continue;
            }
            let at = tree.word(k).span;
            let known = self.recent.iter().any(|(a, _, s)| {
                *s == self.sentence && a.span.start <= at.start && at.end <= a.span.end
            });
            if !known {
                self.resolve(text, tree, k);
            }
        }
        self.remembering = false;
    }

    /// Until told otherwise, pronouns stand for none of these actors: a
    /// verb's object never refers to its own subject ("Scholz spoke to
    /// Putin, urging him to withdraw": "him" is Putin).
    pub fn avoid(&mut self, codes: &[String]) {
        self.avoided.clear();
        self.avoided.extend_from_slice(codes);
    }

    /// Whether a pronoun may not stand for `a`: an avoided actor, or one of
    /// an avoided actor's country ("Chinese coast guard personnel seized
    /// their catch": not China's).
    fn is_avoided(&self, a: &EventActor) -> bool {
        self.avoided.iter().any(|code| {
            *code == a.code
                // Rebels and the state they fight share a country, not a
                // side ("their base was attacked by ELN guerrillas").
                || (a.country
                    .as_deref()
                    .is_some_and(|c| split_code(code).0.as_deref() == Some(c))
                    && is_armed_group(code) == is_armed_group(&a.code))
        })
    }

    /// The coder moves on to the next sentence of the article.
    pub fn begin_sentence(&mut self) {
        self.sentence += 1;
    }

    fn hits(&self, tree: &Tree<'_>, words: &[usize]) -> PhraseHits<'d> {
        // A hyphen inside a name hangs on one of its halves as punctuation
        // and is left out of the phrase ("al - Sudani"): put it back.
        let mut filled: Vec<usize> = Vec::with_capacity(words.len());
        for (k, &w) in words.iter().enumerate() {
            if k > 0 && words[k - 1] + 2 == w && tree.word(w - 1).form == "-" {
                filled.push(w - 1);
            }
            filled.push(w);
        }
        let words = &filled[..];
        let forms: Vec<&str> = words.iter().map(|&w| tree.word(w).form.as_str()).collect();
        let mut hits = PhraseHits::default();
        for (start, len, targets) in self.dicts.matcher.find_all(&forms) {
            let end = start + len;
            // "western Afghanistan" is a part of the country, not the West.
            if len == 1 && dyad_text::pipeline::DIRECTION_ADJECTIVES.contains(&forms[start]) {
                continue;
            }
            // "from the west side of the river": a compass point in lower case
            // is a direction, never the West.
            if matches!(forms[end - 1], "west" | "east" | "north" | "south") {
                continue;
            }
            // "the West Darfur town": a compass point that opens a longer
            // name is no region of its own.
            if matches!(forms[end - 1], "West" | "East" | "North" | "South")
                && forms.get(end).is_some_and(|f| {
                    f.chars().next().is_some_and(char::is_uppercase)
                        && tree.word(words[end]).upos == "PROPN"
                })
            {
                continue;
            }
            // "Port-au-Prince": a short word in lower case inside a
            // hyphenated name is no acronym (the African Union's "AU").
            let w0 = words[start];
            let hyphened = |k: usize| (1..=tree.len()).contains(&k) && tree.word(k).form == "-";
            if len == 1
                && forms[start].len() <= 3
                && forms[start].chars().all(|c| c.is_ascii_lowercase())
                && (hyphened(w0 - 1) || hyphened(w0 + 1))
            {
                continue;
            }
            // "a French national" is a citizen, "the national police" no
            // citizen: the word names the role only as the phrase's head.
            if len == 1 && end < forms.len() && forms[start].eq_ignore_ascii_case("national") {
                continue;
            }
            // "an Iranian-backed militia" is not Iran's: the name is the
            // backer's.
            let last = words[end - 1];
            if last + 2 <= tree.len()
                && tree.word(last + 1).form == "-"
                && BACKER_WORDS.contains(&tree.word(last + 2).form.to_lowercase().as_str())
            {
                continue;
            }
            // The determiner of a match: the word before it, past adjectives
            // ("the local court").
            let before = (0..start)
                .rev()
                .find(|&b| tree.word(words[b]).upos != "ADJ")
                .map(|b| forms[b]);
            for &t in targets {
                self.add_hit(&mut hits, t, before);
            }
        }
        hits
    }

    /// Records one dictionary hit; `before`: the determiner slot before it.
    fn add_hit(&self, hits: &mut PhraseHits<'d>, t: Target, before: Option<&str>) {
        let dicts: &'d Dictionaries = self.dicts;
        match dicts.entry(t, self.date) {
            Some(Entry::Actor {
                codes,
                matched_as,
                actor,
            }) => {
                // A null code ("Indian Ocean" = ---) only keeps the shorter
                // phrases inside it from matching.
                let Some(code) = codes.first().cloned().filter(|c| c != NULL_CODE) else {
                    return;
                };
                let in_role = actor.roles.iter().any(|r| r.range.contains(self.date));
                if matched_as == PhraseKind::Capital {
                    hits.capital.get_or_insert(code);
                } else if in_role {
                    hits.person.get_or_insert((code, actor));
                } else {
                    match &hits.named {
                        // "Sudan's paramilitary Rapid Support Forces": the
                        // group within the country is the actor.
                        Some((first, _))
                            if actor.roles.is_empty()
                                && code.len() > first.len()
                                && code.starts_with(first.as_str()) =>
                        {
                            hits.named = Some((code, actor));
                        }
                        Some(_) => {}
                        None => hits.named = Some((code, actor)),
                    }
                }
            }
            Some(Entry::Agent {
                codes,
                plural,
                agent,
            }) => {
                if let Some(code) = codes.first().filter(|c| *c != NULL_CODE) {
                    // "public school teachers": an agent of the same role
                    // after one that wants a determiner it lacks ("the
                    // school") confirms the role.
                    if let Some((known, _, _)) = &hits.agent {
                        if hits.agent_lacks_determiner && known == code {
                            hits.agent_lacks_determiner = false;
                        }
                    }
                    if hits.agent.is_none() {
                        hits.agent = Some((code.clone(), plural, agent.phrase.as_str()));
                        hits.agent_lacks_determiner = !agent.determiners.is_empty()
                            && !before.is_some_and(|b| {
                                agent.determiners.iter().any(|d| d.eq_ignore_ascii_case(b))
                            });
                    }
                }
            }
            _ => {}
        }
    }

    /// The actor of the noun phrase headed by `head`, if any: through a
    /// quantity, that of what it counts ("several of its border posts").
    pub fn resolve(&mut self, text: &str, tree: &Tree<'_>, head: usize) -> Option<Mention> {
        // "one of its drones": a number counts what its "of" phrase names.
        if QUANTIFIERS.contains(&tree.word(head).form.to_lowercase().as_str())
            || tree.word(head).upos == "NUM"
        {
            let of = tree.children(head).iter().copied().find(|&c| {
                matches!(tree.rel(c), "nmod" | "obl")
                    && tree.preposition(c).as_deref() == Some("of")
            });
            // "tens of thousands of Georgians": what the count counts, as
            // deep as the counts go.
            if let Some(of) = of {
                return self.resolve(text, tree, of);
            }
        }
        let m = self.resolve_split(text, tree, &[head])?;
        // "Brussels expelled two diplomats after a Belgian court ...": in
        // a sentence about Belgium the city is its government, not the
        // Union's.
        let belgian = || (1..=tree.len()).any(|w| tree.word(w).form.starts_with("Belgi"));
        if m.actor.code == "IGOEUREEC" && tree.word(head).form == "Brussels" && belgian() {
            return Some(m.recoded("BELGOV".into()));
        }
        Some(m)
    }

    /// The actor of one noun phrase the parser split into several heads
    /// ("Azerbaijan's Foreign Minister | Elmar Mammadyarov" as two
    /// subjects): their words together, the last head as the head.
    pub fn resolve_split(
        &mut self,
        text: &str,
        tree: &Tree<'_>,
        heads: &[usize],
    ) -> Option<Mention> {
        let head = *heads.last()?;
        let words: Vec<usize> = heads.iter().flat_map(|&h| phrase_words(tree, h)).collect();
        self.resolve_words(text, tree, head, words, heads.len() > 1)
    }

    /// "The foreign ministers of Armenia and Azerbaijan": one actor per
    /// conjunct of the plural noun's "of" phrase (ARMGOV, AZEGOV), each
    /// with the noun's own words. `None` when the phrase is not of that
    /// shape or a conjunct names no actor.
    pub fn resolve_distributed(
        &mut self,
        text: &str,
        tree: &Tree<'_>,
        head: usize,
    ) -> Option<Vec<Mention>> {
        let w = tree.word(head);
        if w.upos != "NOUN" || !(w.feats.contains("Number=Plur") || w.xpos == "NNS") {
            return None;
        }
        if let Some(each) = self.resolve_adjectives(text, tree, head) {
            return Some(each);
        }
        if let Some(each) = self.resolve_included(text, tree, head) {
            return Some(each);
        }
        let of = tree.children(head).iter().copied().find(|&c| {
            // "Warships from Japan and Australia" too.
            tree.rel(c) == "nmod" && matches!(tree.preposition(c).as_deref(), Some("of" | "from"))
        })?;
        let parts = tree.conjuncts(of);
        if parts.len() < 2 {
            return None;
        }
        let inside = |x: usize| {
            let mut cur = x;
            while let Some(h) = tree.head(cur) {
                if cur == of {
                    return true;
                }
                cur = h;
            }
            cur == of
        };
        let own: Vec<usize> = phrase_words(tree, head)
            .into_iter()
            .filter(|&x| !inside(x))
            .collect();
        let mut out = Vec::new();
        for part in parts {
            let mut words = own.clone();
            words.extend(phrase_words(tree, part));
            words.sort_unstable();
            words.dedup();
            out.push(self.resolve_words(text, tree, head, words, false)?);
        }
        Some(out)
    }

    /// "diplomats from seven countries, including Argentina, Chile and
    /// Peru": one actor per country named, with the role of the plural
    /// noun (ARGGOV, CHLGOV, PERGOV). `None` unless the noun alone names
    /// a role with no country and each country named is one.
    fn resolve_included(
        &mut self,
        text: &str,
        tree: &Tree<'_>,
        head: usize,
    ) -> Option<Vec<Mention>> {
        let from = tree.children(head).iter().copied().find(|&c| {
            tree.rel(c) == "nmod" && matches!(tree.preposition(c).as_deref(), Some("from" | "of"))
        })?;
        let included = tree.children(from).iter().copied().find(|&c| {
            matches!(tree.rel(c), "nmod" | "obl")
                && tree
                    .kids_with(c, "case")
                    .any(|k| tree.word(k).form.eq_ignore_ascii_case("including"))
        })?;
        let own: Vec<usize> = phrase_words(tree, head)
            .into_iter()
            .filter(|&x| x < from || x == head)
            .filter(|&x| x <= head)
            .collect();
        let role = self.resolve_words(text, tree, head, own, false)?;
        if !is_bare_role(&role.actor.code) {
            return None;
        }
        let role_code = role.actor.code.clone();
        let mut out = Vec::new();
        for part in tree.conjuncts(included) {
            let country = self.resolve(text, tree, part)?.actor.country?;
            out.push(role.recoded(format!("{country}{role_code}")));
        }
        Some(out)
    }

    /// "Russian and Ukrainian foreign ministers": one actor per
    /// coordinated adjective of the plural noun (RUSGOV, UKRGOV), each with
    /// the noun's other words. `None` unless there are two or more such
    /// adjectives and each names an actor.
    fn resolve_adjectives(
        &mut self,
        text: &str,
        tree: &Tree<'_>,
        head: usize,
    ) -> Option<Vec<Mention>> {
        let modifier = |c: usize| {
            matches!(tree.rel(c), "amod" | "compound")
                && matches!(tree.word(c).upos.as_str(), "ADJ" | "PROPN")
        };
        let first = tree
            .children(head)
            .iter()
            .copied()
            // "U.S. and Russian negotiators": a name may come first, as a compound.
            .find(|&c| modifier(c) && tree.kids_with(c, "conj").next().is_some());
        let parts: Vec<usize> = match first {
            Some(first) => tree
                .conjuncts(first)
                .into_iter()
                .chain(tree.kids_with(first, "conj"))
                .filter(|&c| matches!(tree.word(c).upos.as_str(), "ADJ" | "PROPN"))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
            // "US | and | Ukrainian officials", each a modifier of the noun
            // with the "and" between them hung on the noun too.
            None => {
                let mods: Vec<usize> = tree
                    .children(head)
                    .iter()
                    .copied()
                    .filter(|&c| c < head && modifier(c))
                    .collect();
                let and_between =
                    |a: usize, b: usize| tree.kids_with(head, "cc").any(|cc| a < cc && cc < b);
                match mods.as_slice() {
                    [a, b] if and_between(*a, *b) => vec![*a, *b],
                    _ => Vec::new(),
                }
            }
        };
        if parts.len() < 2 {
            return None;
        }
        // The noun's words without the coordinated adjectives and their "and".
        let coordinated: Vec<usize> = parts
            .iter()
            .flat_map(|&p| std::iter::once(p).chain(tree.kids_with(p, "cc")))
            .chain(
                tree.kids_with(head, "cc")
                    .filter(|&cc| cc < parts[parts.len() - 1]),
            )
            .collect();
        let own: Vec<usize> = phrase_words(tree, head)
            .into_iter()
            .filter(|x| !coordinated.contains(x))
            .collect();
        let mut out = Vec::new();
        for part in parts {
            let mut words = own.clone();
            // "South Korean": the part with its own words.
            words.push(part);
            words.extend(tree.kids_with(part, "compound").filter(|&c| c < part));
            words.sort_unstable();
            words.dedup();
            let m = self.resolve_words(text, tree, head, words, false)?;
            // Each part must name its own country, not only the noun's role.
            m.actor.country.as_ref()?;
            out.push(m);
        }
        let distinct = out
            .iter()
            .map(|m| m.actor.code.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        (distinct == out.len()).then_some(out)
    }

    /// Whether `form` alone names an actor ("U.S.", "Iranian").
    pub fn names_actor(&self, form: &str) -> bool {
        self.dicts
            .matcher
            .exact(&[form])
            .iter()
            .any(|t| matches!(t, Target::Actor(..)))
    }

    /// Whether the words of a noun phrase up to its head name an actor or
    /// a role ("military sites", "Houthi targets"; not "sites").
    pub fn premodified_actor(&self, tree: &Tree<'_>, head: usize) -> bool {
        let words: Vec<usize> = phrase_words(tree, head)
            .into_iter()
            .filter(|&k| k <= head)
            .collect();
        let hits = self.hits(tree, &words);
        hits.person.is_some() || hits.named.is_some() || hits.capital.is_some()
    }

    /// Whether `form` alone names an actor or a role ("Iranian", "army").
    pub fn names_actor_or_role(&self, form: &str) -> bool {
        self.dicts
            .matcher
            .exact(&[form])
            .iter()
            .any(|t| matches!(t, Target::Actor(..) | Target::Agent(..)))
    }

    /// Whether `form` names a role and no actor ("military", "naval"):
    /// before an event noun it tells what kind of event, not whose.
    pub fn is_role_word(&self, form: &str) -> bool {
        let targets = self.dicts.matcher.exact(&[form]);
        targets.iter().any(|t| matches!(t, Target::Agent(..)))
            && !targets.iter().any(|t| matches!(t, Target::Actor(..)))
    }

    /// Whether word `w` stands alone as a country adjective or demonym
    /// ("Chilean" in "Chilean and Peruvian officials", parsed as a conjunct
    /// of its own): nothing hangs on it but a conjunction or punctuation.
    pub fn is_bare_adjective(&self, tree: &Tree<'_>, w: usize) -> bool {
        let bare = tree
            .children(w)
            .iter()
            .all(|&c| matches!(tree.rel(c), "cc" | "punct" | "conj"));
        bare && self
            .dicts
            .matcher
            .exact(&[tree.word(w).form.as_str()])
            .iter()
            .any(|t| matches!(t, Target::Actor(_, PhraseKind::Adjective)))
    }

    /// The actor named by `words`, a phrase headed by `head`; `split`: the
    /// parser split it into several heads.
    fn resolve_words(
        &mut self,
        text: &str,
        tree: &Tree<'_>,
        head: usize,
        mut words: Vec<usize>,
        split: bool,
    ) -> Option<Mention> {
        // "a G20 meeting in Johannesburg", "the summit in Brussels": a
        // gathering is not the place it is held in; only a name among its
        // own words before it may say whose it is ("the Saudi summit"),
        // not a role ("the foreign ministers' meeting").
        if GATHERING_NOUNS.contains(&tree.lemma(head).to_lowercase().as_str()) {
            words.retain(|&k| k <= head);
            let named = words
                .iter()
                .any(|&w| w != head && self.names_actor(&tree.word(w).form));
            if !named {
                return None;
            }
        }
        words.sort_unstable();
        words.dedup();
        // The parser may hang the words between the parts elsewhere
        // ("Kenyan | Foreign Minister | Musalia Mudavadi"): a gap of nouns,
        // names and adjectives between them belongs to the phrase.
        if let (Some(&first), Some(&last)) = (words.first(), words.last()) {
            let gap: Vec<usize> = (first..=last).filter(|w| !words.contains(w)).collect();
            let nominal =
                |w: &usize| matches!(tree.word(*w).upos.as_str(), "PROPN" | "NOUN" | "ADJ");
            if split && gap.iter().all(nominal) {
                words.extend(gap);
                words.sort_unstable();
            }
        }
        let (phrase, span) = phrase_text(text, tree, &words);
        let w = tree.word(head);
        let pronoun_owner = tree
            .kids_with(head, "nmod:poss")
            .any(|c| tree.word(c).upos == "PRON");
        if w.upos == "PRON" || pronoun_owner {
            let first = words.first().copied().unwrap_or(head);
            self.remember_subjects_before(text, tree, first);
        }
        if w.upos == "PRON" {
            let kind = pronoun_kind(&w.lemma.to_lowercase())?;
            // A subject pronoun stands first for a subject before it ("X
            // lodged a protest with China over what it called ...").
            let subjects: Vec<Span> = if tree.rel(head) == "nsubj" {
                (1..head)
                    .filter(|&k| tree.rel(k) == "nsubj" && tree.word(k).upos != "PRON")
                    .map(|k| tree.word(k).span)
                    .collect()
            } else {
                Vec::new()
            };
            return self.anaphor_preferring(|_, k| k == kind, phrase, span, &subjects);
        }
        let hits = self.hits(tree, &words);
        let (code, source_actor, kind) = match combine(&hits) {
            Some(c) => c,
            None => {
                if hits.agent_lacks_determiner {
                    return None;
                }
                // "shelled its positions": what a state holds stands for
                // the state the pronoun stands for.
                let held_by = |of: &[&str]| {
                    tree.children(head).iter().any(|&c| {
                        tree.full_rel(c) == "nmod:poss"
                            && of.contains(&tree.lemma(c).to_lowercase().as_str())
                    })
                };
                let held_by_pronoun = || held_by(&["its", "their", "it", "they"]);
                // "its consulate building": the held noun may modify the head.
                let held = std::iter::once(head)
                    .chain(
                        tree.children(head)
                            .iter()
                            .copied()
                            .filter(|&c| c < head && matches!(tree.rel(c), "compound" | "amod")),
                    )
                    .any(|w| HELD_NOUNS.contains(&tree.lemma(w).to_lowercase().as_str()))
                    || STRIKE_NOUNS.contains(&tree.lemma(head).to_lowercase().as_str());
                let local = local_subjects(tree, head);
                if hits.agent.is_none() && held && held_by_pronoun() {
                    return self.anaphor_preferring(
                        |_, k| k == ActorKind::Collective,
                        phrase,
                        span,
                        &local,
                    );
                }
                // "his car was struck": what a person rides or lives in
                // stands for the person.
                if hits.agent.is_none()
                    && PERSONAL_HOLDINGS.contains(&tree.lemma(head).to_lowercase().as_str())
                    && held_by(&["his", "her", "he", "she"])
                {
                    return self.anaphor_preferring(
                        |_, k| k == ActorKind::Person,
                        phrase,
                        span,
                        &local,
                    );
                }
                // "military aid", "police operations": a role word
                // before a thing names no actor.
                if THING_NOUNS.contains(&tree.lemma(head).to_lowercase().as_str()) {
                    return None;
                }
                // "urged the alliance to ...", "the bloc's members": an
                // organisation described, not named, is the last one
                // named before it.
                let described_organisation = |w: usize| {
                    ORGANISATION_DESCRIPTIONS.contains(&tree.lemma(w).to_lowercase().as_str())
                        && tree.kids_with(w, "det").any(|d| tree.lemma(d) == "the")
                };
                let organisation = described_organisation(head)
                    || tree
                        .kids_with(head, "nmod:poss")
                        .any(described_organisation);
                if hits.agent.is_none() && organisation {
                    return self.anaphor(|a, _| a.code.starts_with("IGO"), phrase, span);
                }
                // "a day after the group launched drones": an armed group
                // described, not named, is the last one named before it.
                let described_group = GROUP_DESCRIPTIONS
                    .contains(&tree.lemma(head).to_lowercase().as_str())
                    && tree.kids_with(head, "det").any(|d| tree.lemma(d) == "the")
                    && tree.kids_with(head, "nmod").next().is_none();
                if hits.agent.is_none() && described_group {
                    return self.anaphor(|a, _| is_armed_group(&a.code), phrase, span);
                }
                // "accusing his forces of ...", "its troops", "his
                // country": what a pronoun owns is of the country the
                // pronoun's actor is of.
                let pronoun = tree
                    .children(head)
                    .iter()
                    .copied()
                    .find(|&c| tree.full_rel(c) == "nmod:poss" && tree.word(c).upos == "PRON")
                    .map(|c| tree.word(c).form.to_lowercase());
                let owner = match pronoun.as_deref() {
                    Some("his" | "her") => Some(ActorKind::Person),
                    Some("its" | "their") => Some(ActorKind::Collective),
                    _ => None,
                };
                // "Taliban forces attacked ... and its troops killed ...":
                // "its" owner is one, not "forces".
                let agrees =
                    |a: &EventActor| pronoun.as_deref() != Some("its") || !plural_phrase(&a.text);
                // "warned that his country would ...": the country itself.
                if hits.agent.is_none()
                    && matches!(
                        tree.lemma(head).to_lowercase().as_str(),
                        "country" | "nation"
                    )
                {
                    // "pledged to support the war-torn country": the last
                    // country named.
                    let definite = tree.kids_with(head, "det").any(|d| tree.lemma(d) == "the")
                        && tree.kids_with(head, "nmod").next().is_none()
                        && tree.kids_with(head, "nmod:poss").next().is_none();
                    if owner.is_none() && !definite {
                        return None;
                    }
                    let m = self.anaphor_preferring(
                        |a, k| owner.is_none_or(|o| k == o) && a.country.is_some() && agrees(a),
                        phrase.clone(),
                        span,
                        &local,
                    )?;
                    let country = m.actor.country.clone()?;
                    return Some(Mention {
                        kind: ActorKind::Collective,
                        ..m.recoded(country)
                    });
                }
                let (role, plural, agent) = hits.agent?;
                // "the junta in Niger", "troops from Chad": a role placed
                // in a country is that country's.
                // "the island's government": a place described, not
                // named, is the last country named before it.
                let described = tree.children(head).iter().any(|&c| {
                    tree.full_rel(c) == "nmod:poss"
                        && PLACE_DESCRIPTIONS.contains(&tree.lemma(c).to_lowercase().as_str())
                        && tree.kids_with(c, "det").any(|d| tree.lemma(d) == "the")
                });
                // "an envoy sent by the Brazilian president": a
                // role sent or appointed by someone is of the sender's
                // country.
                let sender = tree
                    .kids_with(head, "acl")
                    .filter(|&a| {
                        tree.word(a).xpos == "VBN"
                            && matches!(
                                tree.lemma(a).as_str(),
                                "send" | "dispatch" | "despatch" | "appoint" | "name"
                            )
                    })
                    .flat_map(|a| tree.agents(a))
                    .next();
                let sent_from = sender.and_then(|b| {
                    let before = self.mentions_len();
                    let country = self.resolve(text, tree, b).and_then(|m| m.actor.country);
                    self.forget_since(before);
                    country
                });
                let placed = sent_from
                    .or_else(|| self.own_place_country(text, tree, head))
                    .map(|c| (c, Resolution::Dictionary))
                    .or_else(|| {
                        // "ordering home its envoy": the
                        // owner the pronoun stands for, preferring the
                        // subject of the clause it is the object of.
                        let kind = owner?;
                        self.anaphor_preferring(
                            |a, k| k == kind && a.country.is_some() && agrees(a),
                            phrase.clone(),
                            span,
                            &local,
                        )
                        .and_then(|m| m.actor.country)
                        .map(|c| (c, Resolution::Anaphor))
                    })
                    .or_else(|| {
                        described.then_some(())?;
                        self.recent
                            .iter()
                            .rev()
                            .find(|(a, _, _)| {
                                a.role.is_none() && a.country.is_some() && !self.is_avoided(a)
                            })
                            .and_then(|(a, _, _)| a.country.clone())
                            .map(|c| (c, Resolution::Anaphor))
                    });
                if let Some((country, resolution)) = placed {
                    let code = format!("{country}{role}");
                    let actor = make_actor(code, phrase, span, None);
                    let kind = agent_kind(agent, plural);
                    self.recent.push((actor.clone(), kind, self.sentence));
                    return Some(Mention {
                        actor,
                        kind,
                        resolution,
                        counterpart: false,
                    });
                }
                let definite = words.iter().any(|&x| is_definite(tree, x));
                // "ended talks with the Abu Sayyaf group and
                // accused the rebels of ...": a plural description of
                // a role named before it in its sentence stands for
                // that actor.
                let named_before = || {
                    self.recent.iter().rev().find(|(a, _, s)| {
                        *s == self.sentence
                            && a.span.end <= span.start
                            && a.country.is_some()
                            && a.role
                                .as_deref()
                                .is_some_and(|r| r.starts_with(role.as_str()))
                            && !self.avoided.contains(&a.code)
                    })
                };
                let described = if !definite {
                    None
                } else if plural {
                    named_before()
                } else {
                    // "suspended talks with the ELN, accusing the rebel
                    // group of ...": a description of its own role may
                    // stand for an actor of the subject's country,
                    // though a pronoun may not.
                    let found = self.recent.iter().rev().find(|(a, _, _)| {
                        // TURREBPKK is a REB; so is a bare REB.
                        (a.role
                            .as_deref()
                            .is_some_and(|r| r.starts_with(role.as_str()))
                            || a.type_code.as_deref() == Some(role.as_str()))
                            && !self.avoided.contains(&a.code)
                    });
                    // "..., and that the army had hit ...": with
                    // no actor of its role before it, "the military" or
                    // "the police" stands as a bare role for the
                    // sentence's places and speakers to place; "its
                    // troops" and "the emir" stay no one's.
                    let the = words.iter().any(|&x| {
                        tree.children(x).iter().any(|&d| {
                            tree.rel(d) == "det" && tree.word(d).form.eq_ignore_ascii_case("the")
                        })
                    });
                    let force = matches!(role.as_str(), "MIL" | "COP");
                    if found.is_none() && !(the && force) {
                        return None;
                    }
                    found
                };
                if let Some((a, kind, _)) = described {
                    return Some(Mention {
                        actor: EventActor {
                            text: phrase,
                            span,
                            ..a.clone()
                        },
                        kind: *kind,
                        resolution: Resolution::Anaphor,
                        counterpart: false,
                    });
                }
                (role, None, agent_kind(agent, plural))
            }
        };
        let actor = make_actor(code, phrase, span, source_actor);
        self.recent.push((actor.clone(), kind, self.sentence));
        Some(Mention {
            actor,
            kind,
            resolution: Resolution::Dictionary,
            counterpart: tree.lemma(head) == "counterpart",
        })
    }

    /// "The two ministers", "both sides": the last two distinct actors
    /// named before the phrase in its own sentence, else in the sentence
    /// before it (of the head noun's role when two such are known), as
    /// anaphors; never one of `exclude` (the event's other actors: France
    /// is not one of the "both sides" it calls on) nor, for sides and
    /// countries, an international organisation (the UN a complaint went
    /// to). `None` when the phrase is not such a pair, names a country
    /// itself ("two Russian ministers"), or no such two actors are near:
    /// no actor rather than an unrelated one.
    pub fn resolve_pair(
        &self,
        text: &str,
        tree: &Tree<'_>,
        head: usize,
        exclude: &[String],
    ) -> Option<Vec<Mention>> {
        let lemma = tree.lemma(head);
        let form = tree.word(head).form.to_lowercase();
        let noun = PAIR_NOUNS
            .iter()
            .find(|n| **n == lemma || form.strip_suffix('s') == Some(**n))?;
        let counted = tree.children(head).iter().any(|&c| {
            let l = tree.lemma(c);
            (tree.rel(c) == "nummod" && (l == "two" || l == "2"))
                || (matches!(tree.rel(c), "det" | "amod" | "cc:preconj") && l == "both")
        });
        if !counted {
            return None;
        }
        let words = phrase_words(tree, head);
        let hits = self.hits(tree, &words);
        if hits.person.is_some() || hits.named.is_some() || hits.capital.is_some() {
            return None;
        }
        let role = hits.agent.as_ref().map(|(r, _, _)| r.clone());
        let (phrase, span) = phrase_text(text, tree, &words);
        let collective = COLLECTIVE_PAIR_NOUNS.contains(noun);
        let usable = |e: &&Remembered| {
            let organisation = collective && is_organisation(&e.0.code);
            !exclude.contains(&e.0.code) && !organisation
        };
        let here = |e: &&Remembered| e.2 == self.sentence && e.0.span.start < span.start;
        let before = |e: &&Remembered| e.2 + 1 == self.sentence;
        let distinct = |pool: &[&Remembered], want_role: Option<&str>| {
            let mut out: Vec<(EventActor, ActorKind)> = Vec::new();
            for e in pool.iter().rev() {
                if out.len() == 2 {
                    break;
                }
                let fits = want_role.is_none_or(|r| e.0.role.as_deref() == Some(r));
                if fits && !out.iter().any(|o| o.0.code == e.0.code) {
                    out.push((e.0.clone(), e.1));
                }
            }
            out
        };
        let mut two = Vec::new();
        for near in [&here as &dyn Fn(&&Remembered) -> bool, &before] {
            let pool: Vec<&Remembered> = self.recent.iter().filter(near).filter(usable).collect();
            two = distinct(&pool, role.as_deref().filter(|_| *noun != "side"));
            if two.len() < 2 {
                two = distinct(&pool, None);
            }
            if two.len() == 2 {
                break;
            }
        }
        if two.len() < 2 {
            return None;
        }
        // "The two presidents" after "the Kazakh president" and
        // "Uzbekistan": a bare country takes the noun's role (UZBGOV).
        let role_of_pair = role.filter(|_| *noun != "side");
        Some(
            two.into_iter()
                .rev()
                .map(|(a, kind)| {
                    let a = match (&role_of_pair, split_code(&a.code)) {
                        (Some(r), (Some(country), None)) => {
                            let code = format!("{country}{r}");
                            EventActor {
                                country: Some(country),
                                role: Some(r.clone()),
                                code,
                                ..a
                            }
                        }
                        _ => a,
                    };
                    (a, kind)
                })
                .map(|(a, kind)| Mention {
                    actor: EventActor {
                        text: phrase.clone(),
                        span,
                        ..a
                    },
                    kind,
                    resolution: Resolution::Anaphor,
                    counterpart: false,
                })
                .collect(),
        )
    }

    /// Records that the actor remembered with `span` has the code of `m`
    /// (a counterpart resolved against the other actor of its event).
    pub fn correct(&mut self, m: &Mention) {
        if let Some(e) = self
            .recent
            .iter_mut()
            .rev()
            .find(|(a, _, _)| a.span == m.actor.span)
        {
            e.0 = m.actor.clone();
            e.1 = ActorKind::Person;
        }
    }

    /// How many actors have been remembered so far.
    pub fn mentions_len(&self) -> usize {
        self.recent.len()
    }

    /// Forgets the actors remembered since `from`: a look at a phrase
    /// that must not change what later pronouns stand for.
    pub fn forget_since(&mut self, from: usize) {
        self.recent.truncate(from);
    }

    /// The actors remembered since `from`, as `text -> CODE` lines.
    pub fn mentions_since(&self, from: usize) -> Vec<String> {
        self.recent
            .get(from..)
            .unwrap_or_default()
            .iter()
            .map(|(a, _, _)| format!("{:?} -> {}", a.text, a.code))
            .fold(Vec::new(), |mut acc, line| {
                if !acc.contains(&line) {
                    acc.push(line);
                }
                acc
            })
    }

    fn anaphor(
        &self,
        fits: impl Fn(&EventActor, ActorKind) -> bool,
        text: String,
        span: Span,
    ) -> Option<Mention> {
        self.anaphor_preferring(fits, text, span, &[])
    }

    /// [`Self::anaphor`], preferring in the pronoun's own sentence an actor
    /// whose phrase holds one of `subjects` (the words of the subjects
    /// before a subject pronoun).
    fn anaphor_preferring(
        &self,
        fits: impl Fn(&EventActor, ActorKind) -> bool,
        text: String,
        span: Span,
        subjects: &[Span],
    ) -> Option<Mention> {
        let ok = |a: &EventActor, k: ActorKind| fits(a, k) && !self.is_avoided(a);
        // The nearest fitting actor before the pronoun in its own sentence,
        // else the last one of the sentences before; else, as a last
        // resort, one named after it ("In its report, the UN said ...").
        let in_sentence = || {
            self.recent
                .iter()
                .filter(|(a, k, s)| *s == self.sentence && a.span.end <= span.start && ok(a, *k))
        };
        // The outermost of phrases that end together ("Guyana's President
        // Irfaan Ali", not "President Irfaan Ali").
        let nearest = |(a, _, _): &&Remembered| (a.span.end, std::cmp::Reverse(a.span.start));
        let holds_subject = |a: &EventActor| {
            subjects
                .iter()
                .any(|w| a.span.start <= w.start && w.end <= a.span.end)
        };
        let before = in_sentence()
            .filter(|(a, _, _)| holds_subject(a))
            .max_by_key(nearest)
            .or_else(|| in_sentence().max_by_key(nearest));
        let earlier = || {
            self.recent
                .iter()
                .rev()
                .find(|(a, k, s)| *s < self.sentence && ok(a, *k))
        };
        let any = || self.recent.iter().rev().find(|(a, k, _)| ok(a, *k));
        let (a, kind, _) = before.or_else(earlier).or_else(any)?;
        Some(Mention {
            actor: EventActor {
                text,
                span,
                ..a.clone()
            },
            kind: *kind,
            resolution: Resolution::Anaphor,
            counterpart: false,
        })
    }

    /// Whether a locative phrase may be the event's place: a capital, a
    /// country, or a name the actor dictionaries do not know ("Darfur");
    /// never an organisation or other actor ("appealed to the United
    /// Nations").
    pub fn is_place(&self, tree: &Tree<'_>, head: usize) -> bool {
        let words = phrase_words(tree, head);
        let hits = self.hits(tree, &words);
        if hits.capital.is_some() {
            return true;
        }
        match (&hits.person, &hits.named) {
            (Some(_), _) => false,
            (None, Some((code, _))) => code.len() == 3 && split_code(code).0.is_some(),
            (None, None) => hits.agent.is_none(),
        }
    }

    /// The resolver, told the countries of places (see [`PlaceCountries`]).
    pub fn with_places(mut self, places: Option<&'d dyn PlaceCountries>) -> ActorResolver<'d> {
        self.places = places;
        self
    }

    /// The country of a town the dictionaries do not know, by the lent
    /// gazetteer: "shelled Kherson" -> UKR. The phrase must be a proper
    /// name that names no actor ("the Kremlin", a person, an agent).
    pub fn gazetteer_country(
        &self,
        text: &str,
        tree: &Tree<'_>,
        head: usize,
    ) -> Option<EventActor> {
        let places = self.places?;
        // A name, or a place noun after one ("Garissa county").
        let last = match tree.word(head).upos.as_str() {
            "PROPN" => head,
            "NOUN"
                if head > 1
                    && tree.word(head - 1).upos == "PROPN"
                    && NAMED_PLACE_NOUNS.contains(&tree.lemma(head).as_str()) =>
            {
                head - 1
            }
            _ => return None,
        };
        let words = phrase_words(tree, head);
        let hits = self.hits(tree, &words);
        if hits.person.is_some() || hits.named.is_some() || hits.agent.is_some() {
            return None;
        }
        // The proper-noun run that ends there ("Tel Aviv", "Khan Younis").
        let mut start = last;
        while start > 1 && words.contains(&(start - 1)) && tree.word(start - 1).upos == "PROPN" {
            start -= 1;
        }
        // The parser may head a name by its first word ("El" of "El
        // Fasher", the rest flat under it): the longer name first, then
        // the head's own ("Sulaimaniya" of "Sulaimaniya airport").
        let mut end = last;
        if last == head {
            while words.contains(&(end + 1)) && tree.word(end + 1).upos == "PROPN" {
                end += 1;
            }
        }
        // ("Dar es Salaam" with "es" read as a verb: the particle and the
        // name after it are the name's, whatever the parse.)
        while end + 2 <= tree.len()
            && crate::NAME_PARTICLES.contains(&tree.word(end + 1).form.as_str())
            && tree.word(end + 2).upos == "PROPN"
        {
            end += 2;
            while end < tree.len() && tree.word(end + 1).upos == "PROPN" {
                end += 1;
            }
        }
        let name = |last: usize| {
            (start..=last)
                .map(|w| tree.word(w).form.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        // A feature the gazetteer lacks is not the town it is named after
        // ("Scarborough Shoal" is no English town).
        let feature = (last + 1..=end)
            .any(|w| FEATURE_WORDS.contains(&tree.word(w).form.to_lowercase().as_str()));
        let country = places.country_of(&name(end)).or_else(|| {
            (end > last && !feature)
                .then(|| places.country_of(&name(last)))
                .flatten()
        })?;
        let (phrase, span) = phrase_text(text, tree, &words);
        Some(make_actor(country, phrase, span, None))
    }

    /// The country of the place an "in" or "from" modifier of `head` names
    /// ("the junta in Niger" -> NER), or a name before it ("Kherson
    /// regional governor"), by the dictionaries or the lent gazetteer.
    /// The parser may hang the phrase on the verb instead ("urged the
    /// junta in Niger to ..."): an oblique of the same verb that starts
    /// right after the role's word counts too.
    fn own_place_country(&self, text: &str, tree: &Tree<'_>, head: usize) -> Option<String> {
        // "its envoy from Accra": with an owner, "from" says where
        // the role is withdrawn from, not whose it is.
        let owned = tree.kids_with(head, "nmod:poss").next().is_some();
        // (Not "the rebels, not in Nairobi": a place denied.)
        let placed_in = |c: usize| {
            tree.word(c).upos == "PROPN"
                && !tree
                    .kids_with(c, "advmod")
                    .any(|a| tree.lemma(a).eq_ignore_ascii_case("not"))
                && match tree.preposition(c).as_deref() {
                    Some("in" | "inside") => true,
                    Some("from") => !owned,
                    _ => false,
                }
        };
        // "Thousands of teachers in Nigeria": the place of what a quantity
        // counts.
        let counted = QUANTIFIERS
            .contains(&tree.word(head).form.to_lowercase().as_str())
            .then(|| {
                tree.children(head).iter().copied().find(|&c| {
                    tree.rel(c) == "nmod" && tree.preposition(c).as_deref() == Some("of")
                })
            })
            .flatten();
        let own = std::iter::once(head)
            .chain(counted)
            .flat_map(|h| tree.children(h).to_vec())
            .filter(|&c| tree.rel(c) == "nmod" && placed_in(c));
        let next = (head < tree.len())
            .then(|| tree.head(head + 1))
            .flatten()
            .filter(|&c| {
                tree.rel(head + 1) == "case"
                    && tree.rel(c) == "obl"
                    && tree.head(c).is_some()
                    && tree.head(c) == tree.head(head)
                    && placed_in(c)
            });
        // "Kherson regional governor", "Garissa county police": a place's
        // name before the role.
        let named = tree
            .children(head)
            .iter()
            .copied()
            .filter(|&k| k < head)
            .flat_map(|k| std::iter::once(k).chain(tree.children(k).iter().copied()))
            .filter(|&c| c < head && tree.rel(c) == "compound" && tree.word(c).upos == "PROPN");
        own.chain(next).chain(named).find_map(|c| {
            self.place_country(text, tree, c)
                .or_else(|| self.gazetteer_country(text, tree, c))
                .and_then(|a| a.country)
        })
    }

    /// The country a place phrase names ("Baku" -> AZE), for visits.
    pub fn place_country(&self, text: &str, tree: &Tree<'_>, head: usize) -> Option<EventActor> {
        let words = phrase_words(tree, head);
        let hits = self.hits(tree, &words);
        let code = hits
            .capital
            .or_else(|| hits.named.filter(|(c, _)| c.len() == 3).map(|(c, _)| c))?;
        let country = split_code(&code).0?;
        let (phrase, span) = phrase_text(text, tree, &words);
        Some(make_actor(country, phrase, span, None))
    }
}

/// Words that end the name of a natural feature ("Scarborough Shoal",
/// "Golan Heights"): such a name the gazetteer lacks is not the town its
/// first word names.
const FEATURE_WORDS: &[&str] = &[
    "shoal",
    "reef",
    "reefs",
    "island",
    "islands",
    "atoll",
    "bank",
    "cay",
    "sea",
    "strait",
    "gulf",
    "bay",
    "lake",
    "river",
    "valley",
    "heights",
    "corridor",
    "mountains",
];

/// The code of a phrase from its hits: a person in office, else a named
/// actor or capital with an agent's role appended to a bare country code.
fn combine<'d>(hits: &PhraseHits<'d>) -> Option<(String, Option<&'d Actor>, ActorKind)> {
    if let Some((code, actor)) = &hits.person {
        return Some((code.clone(), Some(*actor), ActorKind::Person));
    }
    let (base, actor) = match (&hits.named, &hits.capital) {
        (Some((c, a)), _) => (c.clone(), Some(*a)),
        (None, Some(c)) => (c.clone(), None),
        (None, None) => return None,
    };
    let person_actor = actor.is_some_and(|a| !a.roles.is_empty());
    let kind = match &hits.agent {
        Some((_, plural, phrase)) if !person_actor => agent_kind(phrase, *plural),
        _ if person_actor => ActorKind::Person,
        _ => ActorKind::Collective,
    };
    let code = match (&hits.agent, split_code(&base)) {
        (Some((role, _, _)), (Some(country), _)) if !person_actor => format!("{country}{role}"),
        _ => base,
    };
    Some((code, actor, kind))
}

fn agent_kind(phrase: &str, plural: bool) -> ActorKind {
    let last = phrase.rsplit(' ').next().unwrap_or(phrase).to_lowercase();
    if !plural && PERSON_TITLES.contains(&last.as_str()) {
        ActorKind::Person
    } else {
        ActorKind::Collective
    }
}

/// The subjects a possessive pronoun in the phrase headed by `head` most
/// likely stands for: when the phrase is an object or oblique, the
/// subject of its clause, or of the clause a subjectless participle,
/// conjunct or complement hangs on ("accused Benin of ..., ordering
/// home its envoy": the accuser); under a verb of object
/// control, its object ("urged Israel to withdraw its troops"). None
/// when the phrase is a subject itself ("after its fighters fired ...").
fn local_subjects(tree: &Tree<'_>, head: usize) -> Vec<Span> {
    let mut n = head;
    let mut v = None;
    for _ in 0..tree.len() {
        let Some(h) = tree.head(n) else { break };
        if tree.word(h).upos == "VERB" {
            if tree.rel(n) == "nsubj" {
                // "Iran will respond to any Israeli attack, its foreign
                // minister warned": a trailing report's speaker is of the
                // reported clause's subject.
                let reported = tree.head(h).filter(|_| tree.rel(h) == "parataxis");
                return reported
                    .map(|g| {
                        tree.kids_with(g, "nsubj")
                            .filter(|&c| tree.word(c).upos != "PRON")
                            .map(|c| tree.word(c).span)
                            .collect()
                    })
                    .unwrap_or_default();
            }
            v = Some(h);
            break;
        }
        n = h;
    }
    let Some(mut v) = v else { return Vec::new() };
    for _ in 0..5 {
        let own: Vec<Span> = tree
            .kids_with(v, "nsubj")
            .filter(|&c| tree.word(c).upos != "PRON")
            .map(|c| tree.word(c).span)
            .collect();
        if !own.is_empty() {
            return own;
        }
        let Some(up) = tree.head(v) else { break };
        if !matches!(tree.rel(v), "advcl" | "conj" | "xcomp") {
            break;
        }
        if tree.rel(v) == "xcomp" {
            let objects: Vec<Span> = tree
                .children(up)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.rel(c), "obj" | "iobj"))
                .map(|c| tree.word(c).span)
                .collect();
            if !objects.is_empty() {
                return objects;
            }
        }
        v = up;
    }
    Vec::new()
}

/// The pronouns an anaphor may resolve, as written (their lemmas are what
/// [`pronoun_kind`] reads).
const ANAPHOR_PRONOUNS: &[&str] = &[
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "himself",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
];

/// Whether a word as written may stand for an actor with no dictionary
/// phrase starting at it: a pronoun or a pair noun ("both sides", "the
/// two countries"), singular or plural, in any case.
pub fn may_stand_for_actor(form: &str) -> bool {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    if ANAPHOR_PRONOUNS.iter().any(|p| same(form, p)) {
        return true;
    }
    PAIR_NOUNS.iter().any(|n| {
        let stem = |cut: usize| form.get(..form.len().saturating_sub(cut));
        same(form, n)
            || (form.len() == n.len() + 1 && stem(1).is_some_and(|s| same(s, n)))
            || (form.len() == n.len() + 2
                && form.get(n.len()..).is_some_and(|e| same(e, "es"))
                && stem(2).is_some_and(|s| same(s, n)))
            || (n.ends_with('y')
                && form.len() == n.len() + 2
                && form.get(n.len() - 1..).is_some_and(|e| same(e, "ies"))
                && stem(3).is_some_and(|s| same(s, &n[..n.len() - 1])))
    })
}

/// What a state holds, so that "its positions" or "their territory" is
/// the state's the pronoun stands for.
/// What a state or group strikes with: "its air strikes killed ...",
/// "their missiles hit ...": the pronoun's actor acts through them.
const STRIKE_NOUNS: &[&str] = &[
    "strike",
    "airstrike",
    "attack",
    "raid",
    "bombardment",
    "shelling",
    "missile",
    "rocket",
    "drone",
    "artillery",
    "jet",
    "warplane",
    "aircraft",
    "warship",
    "tank",
    "gunboat",
];

/// What a person rides in or lives in: "his car", "her home".
const PERSONAL_HOLDINGS: &[&str] = &[
    "car",
    "vehicle",
    "convoy",
    "motorcade",
    "home",
    "house",
    "residence",
    "office",
    "plane",
    "helicopter",
];

const HELD_NOUNS: &[&str] = &[
    "boat",
    "convoy",
    "patrol",
    "checkpoint",
    "camp",
    "vehicle",
    "position",
    "territory",
    "soil",
    "airspace",
    "border",
    "waters",
    "ship",
    "vessel",
    "embassy",
    "base",
    "outpost",
    "post",
    "capital",
    "consulate",
    "headquarters",
    "drone",
    "missile",
    "rocket",
    "jet",
    "warplane",
    "warship",
    "compound",
    "mission",
    "facility",
    "site",
    "installation",
    "plant",
    "infrastructure",
    "grid",
    "port",
    "airport",
    "refinery",
    "region",
    "province",
];

/// Nouns that describe an armed group named before ("the group" after
/// Hezbollah).
const GROUP_DESCRIPTIONS: &[&str] = &["group", "militia", "movement"];

/// Whether `code` is an armed non-state group's (rebels, insurgents,
/// separatists, unaligned armed forces).
fn is_armed_group(code: &str) -> bool {
    code.get(3..).is_some_and(|roles| {
        ["REB", "INS", "SEP", "UAF"]
            .iter()
            .any(|t| roles.contains(t))
    })
}

/// Nouns that describe an international organisation named before
/// ("the alliance" after NATO, "the bloc" after the EU).
const ORGANISATION_DESCRIPTIONS: &[&str] = &[
    "alliance",
    "bloc",
    "organisation",
    "organization",
    "grouping",
];

/// Words that count what their "of" phrase names.
/// Nouns of gatherings, never actors themselves.
const GATHERING_NOUNS: &[&str] = &[
    "meeting",
    "summit",
    "conference",
    "sideline",
    "sidelines",
    "session",
    "forum",
    "gathering",
    "ceremony",
];

pub(crate) const QUANTIFIERS: &[&str] = &[
    "several",
    "some",
    "many",
    "most",
    "all",
    "each",
    "both",
    "dozens",
    "hundreds",
    "scores",
    "thousands",
    "tens",
    "millions",
];

/// Whether a phrase is headed by a plural common noun ("Afghan Taliban
/// forces", "the rebels"), which "it" and "its" cannot stand for; a name
/// ("the United States", "the Philippines") is one.
fn plural_phrase(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or(text);
    last.chars().next().is_some_and(|c| c.is_lowercase())
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
}

fn pronoun_kind(lemma: &str) -> Option<ActorKind> {
    match lemma {
        "he" | "she" | "him" | "her" => Some(ActorKind::Person),
        "it" | "they" | "them" => Some(ActorKind::Collective),
        _ => None,
    }
}

fn is_definite(tree: &Tree<'_>, w: usize) -> bool {
    let lemma = tree.lemma(w);
    (tree.rel(w) == "det" && matches!(lemma.as_str(), "the" | "this" | "that"))
        || (tree.full_rel(w) == "nmod:poss" && tree.word(w).upos == "PRON")
}

fn make_actor(code: String, text: String, span: Span, actor: Option<&Actor>) -> EventActor {
    let (country, role) = split_code(&code);
    let attr = |key: &str| {
        actor.and_then(|a| {
            a.attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        })
    };
    // What the dictionary entry does not say, the code's three-letter parts
    // do, as GDELT reads them: IMGMOSALQ is type IMG, religion MOS, group ALQ.
    let parts = code_parts(&code);
    EventActor {
        country,
        role,
        group: attr("group").or(parts.group),
        ethnic: attr("ethnic").or(parts.ethnic),
        religion: attr("religion").or(parts.religion),
        type_code: attr("type").or(parts.type_code),
        code,
        text,
        span,
        place: None,
    }
}

/// Nouns that a name makes a place ("Garissa county", "Borno state", "the
/// Eritrean capital Asmara", "the Kazakh city of Almaty").
pub(crate) const NAMED_PLACE_NOUNS: &[&str] = &[
    "capital", "city", "town", "village", "port", "province", "region", "state", "county",
    "district", "area",
];

/// Types that never take a place's country: international and
/// transnational actors.
const PLACELESS_TYPES: &[&str] = &["IGO", "NGO", "IMG", "MNC", "INT", "UIS"];

/// Whether `code` is a role and nothing else ("MIL", "GOVMIL", "CVL"): no
/// country, no known group, not an international body.
pub fn is_bare_role(code: &str) -> bool {
    if code.is_empty() || !code.len().is_multiple_of(3) || split_code(code).0.is_some() {
        return false;
    }
    let parts = code_parts(code);
    parts.group.is_none()
        && parts.types.len() * 3 == code.len()
        && !parts
            .types
            .iter()
            .any(|t| PLACELESS_TYPES.contains(&t.as_str()))
}

/// Whether `code` is a bare role of the state: its army, police,
/// government.
pub fn is_state_role(code: &str) -> bool {
    STATE_ROLES.contains(&code)
}

/// `actor` with `country` before its role: MIL in Syria -> SYRMIL.
pub fn with_country(actor: &EventActor, country: &str) -> EventActor {
    let code = format!("{country}{}", actor.code);
    let (country, role) = split_code(&code);
    EventActor {
        code,
        country,
        role,
        ..actor.clone()
    }
}

/// Roles of the state: their protests are no protest against it.
const STATE_ROLES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];

/// The country of an actor of a country's state ("Police in Georgia":
/// GEO), if it is one.
pub fn state_country(a: &EventActor) -> Option<&str> {
    a.role.as_deref().filter(|r| STATE_ROLES.contains(r))?;
    a.country.as_deref()
}

/// The country of an actor of a country that is not its state (rebels,
/// militias, gangs, civilians): "RSF fighters" -> SDN.
pub fn non_state_country(a: &EventActor) -> Option<&str> {
    if a.role.as_deref().is_some_and(|r| STATE_ROLES.contains(&r)) {
        return None;
    }
    a.role.as_ref()?;
    a.country.as_deref()
}

/// The target of a protest that names none: the government at home ("tens
/// of thousands of Georgians rallied in Tbilisi" is GEO against GEOGOV).
/// `None` when the source has no country, is the state itself, or the
/// protest takes place in another country (`place_country`). The actor has
/// no text and an empty span: nothing in the sentence names it.
pub fn home_government(source: &EventActor, place_country: Option<&str>) -> Option<EventActor> {
    let country = source.country.as_deref()?;
    if source
        .role
        .as_deref()
        .is_some_and(|r| STATE_ROLES.contains(&r))
        || place_country.is_some_and(|p| p != country)
    {
        return None;
    }
    Some(make_actor(
        format!("{country}GOV"),
        String::new(),
        Span::default(),
        None,
    ))
}

/// A country as an actor named by a phrase that is no dictionary's ("40
/// men" the police of a country detained).
pub fn country_actor(country: &str, text: String, span: Span) -> EventActor {
    make_actor(country.to_string(), text, span, None)
}

/// The GDELT attributes an actor code spells out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CodeParts {
    /// The first known-group code (`ALQ`, `NAT`).
    pub group: Option<String>,
    /// The first ethnic code (lower case, as GDELT writes it).
    pub ethnic: Option<String>,
    /// The first religion code (`MOS`).
    pub religion: Option<String>,
    /// The first type code (`GOV`, `REB`, `IGO`).
    pub type_code: Option<String>,
    /// Every type code, in order (GDELT's Type1 to Type3).
    pub types: Vec<String>,
}

/// Splits a CAMEO actor code into its three-letter parts and names each by
/// the actor-code scheme: `SOMREB` -> type REB; `IGOWSTNAT` -> type IGO,
/// group NAT (WST, a region, is neither). Parts the scheme does not know
/// are left out.
pub fn code_parts(code: &str) -> CodeParts {
    // The scheme's tables as upper-case lookups, built once (this runs for
    // every actor phrase).
    type Index = [std::collections::HashMap<String, String>; 5];
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let ac = ActorCodes::bundled();
        let map = |t: &[(String, String)]| {
            t.iter()
                .map(|(c, _)| (c.to_ascii_uppercase(), c.clone()))
                .collect()
        };
        [
            map(&ac.countries),
            map(&ac.types),
            map(&ac.groups),
            map(&ac.religions),
            map(&ac.ethnic),
        ]
    });
    let [countries, types, groups, religions, ethnic] = index;
    let known = |table: &std::collections::HashMap<String, String>, part: &str| {
        table.get(&part.to_ascii_uppercase()).cloned()
    };
    let ac = (countries, types, groups, religions, ethnic);
    let mut out = CodeParts::default();
    if !code.is_ascii() || !code.len().is_multiple_of(3) {
        return out;
    }
    for (k, chunk) in code.as_bytes().chunks(3).enumerate() {
        let part = String::from_utf8_lossy(chunk);
        // The country (or region) comes first; a region later is neither.
        if known(ac.0, &part).is_some() && (k == 0 || known(ac.1, &part).is_none()) {
            continue;
        }
        if let Some(t) = known(ac.1, &part) {
            out.type_code.get_or_insert(t.clone());
            out.types.push(t);
        } else if let Some(g) = known(ac.2, &part) {
            out.group.get_or_insert(g);
        } else if let Some(r) = known(ac.3, &part) {
            out.religion.get_or_insert(r);
        } else if let Some(e) = known(ac.4, &part) {
            out.ethnic.get_or_insert(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_parts_name_types_groups_religions_and_ethnic_groups() {
        let p = code_parts("IMGMOSALQ");
        assert_eq!(p.type_code.as_deref(), Some("IMG"));
        assert_eq!(p.religion.as_deref(), Some("MOS"));
        assert_eq!(p.group.as_deref(), Some("ALQ"));
        let p = code_parts("IGOWSTNAT");
        assert_eq!(p.types, ["IGO"]);
        assert_eq!(p.group.as_deref(), Some("NAT"));
        let p = code_parts("SOMREB");
        assert_eq!(p.types, ["REB"]);
        assert_eq!(p.group, None);
        let p = code_parts("IRQKURMIL");
        assert_eq!(p.ethnic.as_deref(), Some("kur"));
        assert_eq!(p.types, ["MIL"]);
        assert_eq!(code_parts("AZE"), CodeParts::default());
        assert_eq!(code_parts("ÄÖÜ"), CodeParts::default());
        assert_eq!(code_parts("AZEGO"), CodeParts::default());
    }
}
