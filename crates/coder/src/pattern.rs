//! Verb and event-noun patterns: dyad's record format (read with
//! `dyad_dict::record`), one record per pattern, documented in
//! `docs/dictionaries.md` ("Coder patterns"). The bundled set is
//! `data/verbs.dict`, compiled in.

use crate::error::{CoderError, Result};
use dyad_dict::record::{read_records, split_list, Record};
use dyad_dict::Codebook;
use std::collections::HashMap;
use std::sync::OnceLock;

/// `data/verbs.dict`, embedded.
pub const BUNDLED_PATTERNS: &str = include_str!("../data/verbs.dict");

/// What a pattern's head word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PredicateKind {
    /// A verb lemma ("meet").
    Verb,
    /// An event noun ("talks", "visit").
    Noun,
}

/// Where an argument is found, relative to the pattern's head word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The subject (the `by` phrase of a passive).
    Subj,
    /// The object (the passive subject of a passive).
    Obj,
    /// The indirect object.
    Iobj,
    /// An oblique with this preposition (also a `nmod` of the object).
    Obl(String),
    /// The object of the open complement ("agreed to help Y").
    XcompObj,
    /// An oblique of the open complement.
    XcompObl(String),
    /// The first actor among the open complement's arguments, other than
    /// the source: its object, the object's owner or "of" phrase, its
    /// obliques, then the same of a complement under it ("agreed to help
    /// fund the rebuilding of Ukraine's grid", "agreed to pull its troops
    /// out of Congo").
    XcompArg,
    /// The actors coordinated under `between` on the open complement's
    /// object ("offered to host talks between X and Y").
    XcompBetween,
    /// The country of the open complement's locative ("offered to lead a
    /// force in Haiti").
    XcompPlace,
    /// The subject of the complement clause ("demanded that Y withdraw").
    CcompSubj,
    /// A possessor ("X's visit").
    Poss,
    /// The subject of the light verb that carries the noun ("X held talks").
    LightSubj,
    /// The object of the light verb, else its indirect object ("told Y in
    /// a phone call").
    LightObj,
    /// A `by` phrase of the noun (of a verb: its agent, "a deal brokered
    /// by China").
    By,
    /// The doer the object's own `by` phrase names: "condemned remarks by
    /// the U.S. envoy", "welcomed the release of fishermen by Sri Lanka";
    /// for a noun, that of its light verb's subject ("the detention of X
    /// by Y drew condemnation").
    ObjBy,
    /// A noun modifier with this preposition (also the light verb's oblique).
    Nmod(String),
    /// Every pair of the actors coordinated under `between`.
    Between,
    /// The country of the locative phrase ("arrived in Baku" -> AZE).
    Place,
    /// The country across a border the verb's phrases name ("moved troops
    /// toward its border with Ukraine" -> UKR).
    Border,
    /// What the verb or its object is aimed at: "detonated a bomb
    /// targeting the convoy", "a bomb aimed at the motorcade"; for a
    /// noun, whom the verb it is the subject of killed or wounded ("a
    /// drone strike killed a commander").
    Aim,
    /// Whoever reports the sentence: the subject of "said" or "warned",
    /// or "according to X".
    Speaker,
    /// The subject of the verb's own condition: "will respond with force
    /// if Israel strikes" -> Israel.
    Condition,
    /// Whom a verb of judging judges: its object when that names someone
    /// ("calling the Israeli government fascist"), else the doer of the act
    /// its clause comments on ("rejected the Venezuelan vote, calling the
    /// move a provocation"; "a step Rabat called a snub").
    Judged,
    /// The parties to what a participle's noun names: the subjects of the
    /// first verb above the noun ("Russia and Ukraine swapped prisoners
    /// in an exchange mediated by X"), else the noun's "between" phrase.
    Parties,
}

impl Slot {
    fn parse(s: &str) -> Option<Slot> {
        let (name, prep) = match s.split_once(':') {
            Some((a, b)) => (a, Some(b.to_string())),
            None => (s, None),
        };
        Some(match (name, prep) {
            ("subj", None) => Slot::Subj,
            ("obj", None) => Slot::Obj,
            ("iobj", None) => Slot::Iobj,
            ("obl", Some(p)) => Slot::Obl(p),
            ("xcomp-obj", None) => Slot::XcompObj,
            ("xcomp-obl", Some(p)) => Slot::XcompObl(p),
            ("xcomp-arg", None) => Slot::XcompArg,
            ("xcomp-between", None) => Slot::XcompBetween,
            ("xcomp-place", None) => Slot::XcompPlace,
            ("ccomp-subj", None) => Slot::CcompSubj,
            ("poss", None) => Slot::Poss,
            ("light-subj", None) => Slot::LightSubj,
            ("light-obj", None) => Slot::LightObj,
            ("by", None) => Slot::By,
            ("obj-by", None) => Slot::ObjBy,
            ("nmod", Some(p)) => Slot::Nmod(p),
            ("between", None) => Slot::Between,
            ("border", None) => Slot::Border,
            ("aim", None) => Slot::Aim,
            ("speaker", None) => Slot::Speaker,
            ("condition", None) => Slot::Condition,
            ("judged", None) => Slot::Judged,
            ("parties", None) => Slot::Parties,
            ("place", None) => Slot::Place,
            _ => return None,
        })
    }
}

/// One pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The rule id events carry (`meet-040`).
    pub id: String,
    /// Verb or noun.
    pub kind: PredicateKind,
    /// The lemma, lower case.
    pub lemma: String,
    /// The CAMEO code.
    pub code: String,
    /// Source slots, tried in order.
    pub source: Vec<Slot>,
    /// Target slots, tried in order.
    pub target: Vec<Slot>,
    /// Whether an event may have no target (`target ... | none`).
    pub target_optional: bool,
    /// A required particle.
    pub particle: Option<String>,
    /// Whether an open complement is required.
    pub needs_xcomp: bool,
    /// Nouns: whether one of the light verbs must carry the noun, as its
    /// object, its subject ("talks *collapsed*") or its "out of" / "from"
    /// phrase ("*walked* out of talks").
    pub needs_light: bool,
    /// Nouns: whether the light verb may also carry the noun as its "in",
    /// "during", "by" or "over" phrase, the manner of its act ("told Y *in
    /// a phone call*"); implies `needs_light`.
    pub light_oblique: bool,
    /// Whether the pattern codes only a threat: the act held out on a
    /// condition by its source ("Iran would face sanctions if ...").
    pub needs_condition: bool,
    /// Whether the pattern needs a that-clause under "must" ("said
    /// France must close its bases": a demand).
    pub needs_must: bool,
    /// Whether the pattern codes only what nothing else in the sentence
    /// codes: "X said on Monday that ..." is a statement (010) when the
    /// clause it reports holds no event of its own. The verb must be the
    /// sentence's root.
    pub needs_quiet: bool,
    /// Coded only as its refusal: "will not allow X to ...", ruled out by
    /// its own side.
    pub needs_refusal: bool,
    /// Coded only when the verb is negated, the negation being the
    /// meaning: "would not rule out the use of force" holds force out.
    pub needs_negation: bool,
    /// Words one of which the subject's head (or a compound of it) must be:
    /// "drones set fire to a depot" is an attack, "protesters set fire to
    /// the embassy" is not. Empty: any subject.
    pub agent: Vec<String>,
    /// Words one of which the event's theme must contain (the object, an
    /// oblique, their "of" modifiers, the open complement's objects; the
    /// head word or an adjective or compound of it): "demanded the
    /// *withdrawal* of troops", "provided *humanitarian* aid". Empty: any.
    pub object: Vec<String>,
    /// Words none of which the theme may hold: "handed over detainees to
    /// the Red Cross" gives no aid.
    pub not_object: Vec<String>,
    /// Nouns: the verbs that carry them.
    pub light: Vec<String>,
    /// Also code target -> source with the same code.
    pub reciprocal: bool,
    /// With no target, coordinated subjects act toward each other
    /// ("Tokyo and Manila agreed to boost cooperation"), both ways.
    pub mutual: bool,
    /// Also code target -> source with this code.
    pub converse: Option<String>,
    /// Example sentences.
    pub examples: Vec<String>,
    /// Line of the record.
    pub line: u32,
}

/// A loaded pattern set, indexed by (kind, lemma).
#[derive(Debug, Clone, Default)]
pub struct PatternSet {
    /// Patterns in file order.
    pub patterns: Vec<Pattern>,
    index: HashMap<(PredicateKind, String), Vec<usize>>,
    /// A hash of the text the set was read from.
    pub version: String,
}

/// FNV-1a 64 over bytes; dyad's stable content hash.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl PatternSet {
    /// The set compiled into dyad.
    pub fn bundled() -> &'static PatternSet {
        static SET: OnceLock<PatternSet> = OnceLock::new();
        SET.get_or_init(|| {
            // The embedded file is tested; failing here is a build defect.
            PatternSet::parse("bundled:verbs.dict", BUNDLED_PATTERNS).unwrap_or_default()
        })
    }

    /// Parses a pattern file; the first problem names file and line.
    pub fn parse(file: &str, text: &str) -> Result<PatternSet> {
        let mut problems = Vec::new();
        let records = read_records(file, text, &mut problems);
        if let Some(p) = problems.into_iter().next() {
            return Err(CoderError::pattern(&p.file, p.line, p.message));
        }
        let mut set = PatternSet {
            version: format!("patterns-{:016x}", fnv1a(text.as_bytes())),
            ..PatternSet::default()
        };
        for r in &records {
            let p = parse_pattern(file, r)?;
            if set.patterns.iter().any(|q| q.id == p.id) {
                return Err(CoderError::pattern(
                    file,
                    r.line,
                    format!("duplicate id {:?}", p.id),
                ));
            }
            set.index
                .entry((p.kind, p.lemma.clone()))
                .or_default()
                .push(set.patterns.len());
            set.patterns.push(p);
        }
        Ok(set)
    }

    /// The patterns of a lemma, in file order.
    pub fn for_lemma(&self, kind: PredicateKind, lemma: &str) -> impl Iterator<Item = &Pattern> {
        self.index
            .get(&(kind, lemma.to_string()))
            .into_iter()
            .flatten()
            .map(|&i| &self.patterns[i])
    }

    /// Whether some pattern has this lemma.
    /// Every lemma a pattern is keyed on (verbs and nouns).
    pub fn lemmas(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(|(_, lemma)| lemma.as_str())
    }

    pub fn has_lemma(&self, kind: PredicateKind, lemma: &str) -> bool {
        self.index.contains_key(&(kind, lemma.to_string()))
    }

    /// The distinct CAMEO codes the set can produce (with converse codes).
    pub fn codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self
            .patterns
            .iter()
            .flat_map(|p| std::iter::once(p.code.as_str()).chain(p.converse.as_deref()))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}

fn parse_slots(file: &str, line: u32, value: &str) -> Result<(Vec<Slot>, bool)> {
    let mut slots = Vec::new();
    let mut optional = false;
    for item in split_list(value) {
        if item == "none" {
            optional = true;
            continue;
        }
        let slot = Slot::parse(item)
            .ok_or_else(|| CoderError::pattern(file, line, format!("unknown slot {item:?}")))?;
        slots.push(slot);
    }
    Ok((slots, optional))
}

fn check_code(file: &str, line: u32, code: &str) -> Result<()> {
    if Codebook::bundled().get(code).is_none() {
        return Err(CoderError::pattern(
            file,
            line,
            format!("{code:?} is not a CAMEO event code"),
        ));
    }
    Ok(())
}

fn parse_pattern(file: &str, r: &Record<'_>) -> Result<Pattern> {
    let kind = match r.kind {
        "verb" => PredicateKind::Verb,
        "noun" => PredicateKind::Noun,
        k => {
            return Err(CoderError::pattern(
                file,
                r.line,
                format!("unknown record kind {k:?} (verb, noun)"),
            ))
        }
    };
    let code = r
        .code
        .filter(|c| !c.is_empty())
        .ok_or_else(|| CoderError::pattern(file, r.line, "want `verb LEMMA = CODE`"))?;
    check_code(file, r.line, code)?;
    let lemma = r.head.to_lowercase();
    let default_source = match kind {
        PredicateKind::Verb => vec![Slot::Subj],
        PredicateKind::Noun => vec![Slot::Poss, Slot::LightSubj, Slot::By],
    };
    let mut p = Pattern {
        id: format!("{}-{code}", lemma.replace(' ', "-")),
        kind,
        lemma,
        code: code.to_string(),
        source: default_source,
        target: Vec::new(),
        target_optional: false,
        particle: None,
        needs_xcomp: false,
        needs_light: false,
        light_oblique: false,
        needs_condition: false,
        needs_must: false,
        needs_quiet: false,
        needs_refusal: false,
        needs_negation: false,
        agent: Vec::new(),
        object: Vec::new(),
        not_object: Vec::new(),
        light: Vec::new(),
        reciprocal: false,
        mutual: false,
        converse: None,
        examples: Vec::new(),
        line: r.line,
    };
    for a in &r.attrs {
        match a.key {
            "id" => p.id = a.value.to_string(),
            "source" => p.source = parse_slots(file, a.line, a.value)?.0,
            "target" => (p.target, p.target_optional) = parse_slots(file, a.line, a.value)?,
            "particle" => p.particle = Some(a.value.to_lowercase()),
            "needs" if a.value == "xcomp" => p.needs_xcomp = true,
            "needs" if a.value == "light" && kind == PredicateKind::Noun => p.needs_light = true,
            "needs" if a.value == "light-oblique" && kind == PredicateKind::Noun => {
                p.needs_light = true;
                p.light_oblique = true;
            }
            "needs" if a.value == "condition" => p.needs_condition = true,
            "needs" if a.value == "must" => p.needs_must = true,
            "needs" if a.value == "quiet" => p.needs_quiet = true,
            "needs" if a.value == "refusal" => p.needs_refusal = true,
            "needs" if a.value == "negation" => p.needs_negation = true,
            "agent" => p.agent = split_list(a.value).map(str::to_lowercase).collect(),
            "object" => p.object = split_list(a.value).map(str::to_lowercase).collect(),
            "unless" => p.not_object = split_list(a.value).map(str::to_lowercase).collect(),
            "light" => p.light = split_list(a.value).map(str::to_lowercase).collect(),
            "reciprocal" => p.reciprocal = true,
            "mutual" => p.mutual = true,
            "converse" => {
                check_code(file, a.line, a.value)?;
                p.converse = Some(a.value.to_string());
            }
            "example" if !a.value.is_empty() => p.examples.push(a.value.to_string()),
            k => {
                return Err(CoderError::pattern(
                    file,
                    a.line,
                    format!("unknown pattern attribute {k:?} {:?}", a.value),
                ))
            }
        }
    }
    if p.target.is_empty() && !p.target_optional {
        return Err(CoderError::pattern(
            file,
            r.line,
            "a pattern needs `target SLOT` (or `target none`)",
        ));
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_set_parses() {
        let set = PatternSet::parse("verbs.dict", BUNDLED_PATTERNS).unwrap();
        assert!(set.patterns.len() >= 60);
        assert!(
            set.patterns.iter().all(|p| !p.examples.is_empty()),
            "every pattern has an example"
        );
        let roots: std::collections::BTreeSet<&str> = set.codes().iter().map(|c| &c[..2]).collect();
        assert_eq!(roots.len(), 20, "all 20 roots: {roots:?}");
    }

    #[test]
    fn errors_name_the_line() {
        for (text, line) in [
            ("verb meet = 999\n  target obj\n", 1),
            ("verb meet = 040\n  target elsewhere\n", 2),
            ("verb meet = 040\n", 1),
            ("verb meet = 040\n  colour blue\n", 2),
            ("adverb meet = 040\n", 1),
            (
                "verb meet = 040\n  target obj\nverb meet = 040\n  target obj\n",
                3,
            ),
        ] {
            match PatternSet::parse("f", text) {
                Err(CoderError::Pattern { line: l, .. }) => assert_eq!(l, line, "{text:?}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }
}
