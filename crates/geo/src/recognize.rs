//! Place mentions in a parsed sentence.
//!
//! A mention is the longest run of capitalised words (at most the
//! gazetteer's longest name) that the gazetteer knows, kept only when
//!
//! * at least one of its words is a proper noun (or a noun, the tagger's
//!   frequent mistake on rare names), and it is not on the stop-list
//!   (agencies, given names, compass words, months, weekdays);
//! * it is not part of a longer name ("President Hassan", "Paris Hilton");
//! * it stands in a locative context: its head has a locative `case`
//!   ("in", "near", "from", ...), or is "of"/"with" under a place noun
//!   ("the town of Samarra", "the border with Armenia"), or is "on" under a
//!   verb of movement ("marched on Quito"), or "between" under a verb of
//!   travel ("shuttled between Khartoum and Port Sudan"); or it is the
//!   object of a verb that takes places ("visited Aleppo", "fled northern
//!   Mali", "battered Kingston"); directly or through `conj`/`appos`/`flat`
//!   links (at most three steps); or, when the parse missed it, a locative
//!   preposition stands right before it, past determiners and compass
//!   adjectives ("in southern Lebanon"). Verbs are matched by lemma or by
//!   form with a regular or irregular ending taken off ("fled", "shuttled"),
//!   since the lemmatizer misses rare ones.
//!
//! "Rakhine state", "Sindh province", "the province of Sindh": the name is
//! the mention and is flagged as a division (the word after it does not make
//! it part of a longer name). Country names anywhere (actors included) are
//! also returned, flagged, as the article's focus for disambiguation.
//! "Tripoli, Libya", "London, Ontario": a country or first-level division
//! right after a comma that contains one of the place's candidates qualifies
//! the place and is not a mention of its own, and makes a place of the name
//! in any context. Everything is linear in the sentence length.

use dyad_text::{Sentence, Span};

use crate::gazetteer::{fold, Feature, Gazetteer};

/// One recognised name.
#[derive(Clone, Debug)]
pub struct Mention {
    /// The words as written (a single space where the text has any).
    pub text: String,
    /// Byte span in the document text.
    pub span: Span,
    /// Index of the sentence.
    pub sentence: usize,
    /// Gazetteer candidates (indices into `Gazetteer::places`).
    pub candidates: Vec<u32>,
    /// Candidates of a ", Country" / ", State" qualifier.
    pub qualifier: Vec<u32>,
    /// Used as a place (locative context), not only named.
    pub is_place: bool,
    /// A country or US state name, or a demonym (whatever its use): article
    /// focus.
    pub is_country: bool,
    /// The text calls it a first-level division ("Rakhine state", "the
    /// province of Sindh").
    pub division: bool,
}

/// Demonyms and adjectives that put a country in the article's focus
/// (never places themselves): lower case -> ISO 3166-1 alpha-2.
const DEMONYMS: &[(&str, &str)] = &[
    ("afghan", "AF"),
    ("algerian", "DZ"),
    ("american", "US"),
    ("armenian", "AM"),
    ("australian", "AU"),
    ("azerbaijani", "AZ"),
    ("bangladeshi", "BD"),
    ("belarusian", "BY"),
    ("brazilian", "BR"),
    ("british", "GB"),
    ("burmese", "MM"),
    ("canadian", "CA"),
    ("chinese", "CN"),
    ("colombian", "CO"),
    ("cuban", "CU"),
    ("egyptian", "EG"),
    ("ethiopian", "ET"),
    ("french", "FR"),
    ("georgian", "GE"),
    ("german", "DE"),
    ("indian", "IN"),
    ("indonesian", "ID"),
    ("iranian", "IR"),
    ("iraqi", "IQ"),
    ("israeli", "IL"),
    ("italian", "IT"),
    ("japanese", "JP"),
    ("jordanian", "JO"),
    ("kenyan", "KE"),
    ("korean", "KR"),
    ("lebanese", "LB"),
    ("libyan", "LY"),
    ("mexican", "MX"),
    ("nigerian", "NG"),
    ("pakistani", "PK"),
    ("palestinian", "PS"),
    ("philippine", "PH"),
    ("filipino", "PH"),
    ("russian", "RU"),
    ("saudi", "SA"),
    ("somali", "SO"),
    ("spanish", "ES"),
    ("sudanese", "SD"),
    ("syrian", "SY"),
    ("texan", "US"),
    ("turkish", "TR"),
    ("ukrainian", "UA"),
    ("venezuelan", "VE"),
    ("yemeni", "YE"),
];

/// The country a demonym names, if it is one.
pub fn demonym(word: &str) -> Option<&'static str> {
    // Called on every capitalised word of every page: no allocation, and
    // the length first.
    DEMONYMS
        .iter()
        .find(|(d, _)| d.len() == word.len() && d.eq_ignore_ascii_case(word))
        .map(|(_, c)| *c)
}

/// Verbs whose object is a place when it is a known place name.
const PLACE_VERBS: &[&str] = &[
    "visit",
    "tour",
    "enter",
    "reach",
    "leave",
    "capture",
    "seize",
    "recapture",
    "retake",
    "bomb",
    "shell",
    "storm",
    "evacuate",
    "flee",
    "besiege",
    "liberate",
    "invade",
    "occupy",
    "hit",
    "strike",
    "raid",
    "overrun",
    "encircle",
    // Storms, quakes and bombardments that hit a place.
    "batter",
    "pound",
    "lash",
    "hammer",
    "ravage",
    "devastate",
    "flood",
    "inundate",
    "rock",
    "shake",
    "pummel",
    "bombard",
    "engulf",
    "grip",
    "paralyze",
    "paralyse",
    "sweep",
    "swamp",
    "submerge",
    "drench",
    "patrol",
];

/// Verbs whose passive subject is a place when it is a known place name
/// ("Kharkiv was shelled", "Sanaa was hit", "Dhaka was paralysed"), besides
/// `PLACE_VERBS`; "Moscow was accused" keeps Moscow an actor.
const PASSIVE_VERBS: &[&str] = &[
    "damage",
    "destroy",
    "blockade",
    "surround",
    "isolate",
    "plunge",
    "cut",
    "target",
    "attack",
    "level",
    "raze",
    "quarantine",
    "black",
    "lock",
    "cordon",
    "shut",
    "blanket",
    "scorch",
    "loot",
    "burn",
    "torch",
    "deluge",
];

/// Agents of a passive that make no place of its subject ("Iran was hit by
/// new sanctions").
const NOT_PLACE_AGENTS: &[&str] = &[
    "sanction",
    "tariff",
    "embargo",
    "criticism",
    "fine",
    "penalty",
    "duty",
    "levy",
    "boycott",
    "accusation",
    "downgrade",
    "ban",
    "lawsuit",
    "charge",
    "allegation",
    "scandal",
    "defeat",
    "loss",
    "goal",
];

/// Intransitive verbs whose subject is a place when it is a known place
/// name and the verb has no object ("Kunduz fell to the Taliban", "Venice
/// flooded again", "Kabul shook"); "fall" only with "to" or "into".
const HAPPEN_VERBS: &[&str] = &["fall", "flood", "burn", "shake", "tremble", "quake", "sway"];

/// "X was without power", "X was under curfew": the noun after "without"
/// or "under" that makes the subject a place.
const WITHOUT_NOUNS: &[&str] = &[
    "power",
    "electricity",
    "water",
    "internet",
    "heating",
    "gas",
    "fuel",
    "light",
    "phone",
    "telephone",
];
const UNDER_NOUNS: &[&str] = &[
    "curfew",
    "siege",
    "lockdown",
    "blockade",
    "bombardment",
    "shelling",
    "water",
    "snow",
    "quarantine",
    "occupation",
];

/// Nouns whose "between" marks places ("the road between Mosul and Erbil",
/// "flights between Lagos and Abuja"); "talks between" does not.
const BETWEEN_NOUNS: &[&str] = &[
    "road",
    "highway",
    "motorway",
    "railway",
    "railroad",
    "rail",
    "route",
    "corridor",
    "flight",
    "train",
    "bus",
    "ferry",
    "pipeline",
    "bridge",
    "journey",
    "trip",
    "convoy",
    "traffic",
    "service",
    "connection",
    "line",
    "crossing",
    "checkpoint",
];

/// Nouns of attack whose "on" marks a place ("air strikes on Kharkiv",
/// "rain on Odisha"); "sanctions on Iran" stays no place.
const ON_NOUNS: &[&str] = &[
    "strike",
    "airstrike",
    "raid",
    "assault",
    "offensive",
    "bombardment",
    "shelling",
    "bombing",
    "rain",
    "rainfall",
    "snow",
];

/// Verbs of movement whose "on" marks a place ("marched on Quito").
const ON_VERBS: &[&str] = &[
    "march", "advance", "converge", "descend", "close", "move", "push", "fall", "rain", "dump",
    "drop", "pour", "unleash",
];

/// Verbs of travel whose "between" marks places ("shuttled between Khartoum
/// and Port Sudan"); "talks between India and Pakistan" names no place.
const BETWEEN_VERBS: &[&str] = &[
    "shuttle", "travel", "commute", "fly", "sail", "ply", "move", "drive", "trek", "journey",
];

/// Irregular past forms of the verbs above.
const IRREGULAR: &[(&str, &str)] = &[
    ("fled", "flee"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("left", "leave"),
    ("overran", "overrun"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("swept", "sweep"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("burnt", "burn"),
];

/// Whether `w` is one of the verbs `lemmas`: by its lemma or form, or by its
/// form with a regular ending taken off ("shuttled" -> "shuttle",
/// "shelled" -> "shell", "stopped" -> "stop"), or an irregular past form.
fn verb_in(w: &dyad_text::Word, lemmas: &[&str]) -> bool {
    let lemma = w.lemma.to_lowercase();
    let form = w.form.to_lowercase();
    if lemmas.contains(&lemma.as_str()) || lemmas.contains(&form.as_str()) {
        return true;
    }
    if let Some((_, base)) = IRREGULAR.iter().find(|(f, _)| *f == form) {
        return lemmas.contains(base);
    }
    for (suffix, add) in [
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
    ] {
        let Some(stem) = form.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        if lemmas
            .iter()
            .any(|l| l.len() == stem.len() + add.len() && l.starts_with(stem) && l.ends_with(add))
        {
            return true;
        }
        // A doubled final consonant: "stopped" -> "stopp" -> "stop".
        let b = stem.as_bytes();
        if add.is_empty()
            && b.len() > 2
            && b[b.len() - 1] == b[b.len() - 2]
            && lemmas.contains(&&stem[..stem.len() - 1])
        {
            return true;
        }
    }
    false
}

/// Words after a name that call it a first-level division ("Rakhine state").
const DIVISION_WORDS: &[&str] = &[
    "state",
    "province",
    "region",
    "governorate",
    "oblast",
    "prefecture",
    "territory",
    "emirate",
    "krai",
];

/// Words after a name that do not make it part of a longer name
/// ("Kandahar Province", "Rakhine State").
const AREA_WORDS: &[&str] = &["district", "county", "municipality"];

const LOCATIVE: &[&str] = &[
    "in",
    "near",
    "at",
    "from",
    "to",
    "across",
    "outside",
    "into",
    "inside",
    "within",
    "throughout",
    "toward",
    "towards",
    "around",
    "through",
    "via",
    "off",
    "beyond",
    "along",
    "over",
    "nearby",
    "en",
    "out",
    "past",
];

const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "capital",
    "province",
    "region",
    "district",
    "area",
    "border",
    "borders",
    "outskirts",
    "suburb",
    "suburbs",
    "state",
    "country",
    "port",
    "island",
    "governorate",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "part",
    "parts",
    "center",
    "centre",
    "heart",
    "streets",
    "coast",
    "enclave",
    "territory",
    "republic",
    "frontier",
    "boundary",
    "municipality",
    "county",
    "neighborhood",
    "neighbourhood",
    "district",
    "camp",
    "hub",
    "kingdom",
    "crossing",
    "valley",
    "cities",
    "towns",
    "villages",
    "regions",
    "provinces",
    "districts",
    "neighborhoods",
    "neighbourhoods",
    "highland",
    "highlands",
    "mountain",
    "mountains",
    "hill",
    "hills",
    "lowlands",
    "plain",
    "plains",
    "countryside",
    "interior",
    "areas",
    "islands",
    "shore",
    "shores",
    "desert",
    "jungle",
    "jungles",
    "forest",
    "forests",
    "slums",
    "townships",
    "township",
];

const COMPASS: &[&str] = &[
    "the",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "neighboring",
    "neighbouring",
    "nearby",
    "rural",
    "downtown",
    "greater",
    "war-torn",
    "rebel-held",
    "occupied",
    "mainland",
    "coastal",
    "restive",
];

/// Folded names that are never places in news text.
pub(crate) const STOP: &[&str] = &[
    "xinhua",
    "reuters",
    "afp",
    "ap",
    "tass",
    "itar tass",
    "interfax",
    "anadolu",
    "irna",
    "bbc",
    "cnn",
    "ria novosti",
    "sputnik",
    "al jazeera",
    "upi",
    "dpa",
    "efe",
    "kyodo",
    "yonhap",
    "bernama",
    "hassan",
    "ali",
    "mohammed",
    "muhammad",
    "ahmed",
    "omar",
    "hussein",
    "abdullah",
    "north",
    "south",
    "east",
    "west",
    "central",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "president",
    "minister",
    "premier",
    "king",
    "queen",
    "prince",
    "general",
    "union",
    "university",
    "obama",
    "trump",
    "white house",
    "un",
    "eu",
    "nato",
    "opec",
    "asean",
    "security",
    "parliament",
    "congress",
    "senate",
    "police",
    "army",
    "new",
    "said",
    "st",
    "mount",
    "lake",
    "of",
    "the",
    "university",
];

/// Whether the country or division `q` holds the place `c`.
fn contains(gaz: &Gazetteer, q: u32, c: u32) -> bool {
    let (qp, cp) = (gaz.place(q), gaz.place(c));
    q != c
        && qp.iso2 == cp.iso2
        && match qp.feature {
            Feature::Country => cp.feature != Feature::Country,
            Feature::Adm1 => cp.feature.is_city() && qp.admin1 == cp.admin1,
            _ => false,
        }
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_name_word(w: &dyad_text::Word) -> bool {
    capitalised(&w.form)
        && (w.upos == "PROPN" || w.upos == "NOUN" || w.upos == "ADJ" || w.upos == "X")
}

/// Finds mentions in one sentence. `children` is rebuilt per call.
pub fn recognize(gaz: &Gazetteer, sent: &Sentence, sentence: usize) -> Vec<Mention> {
    let words = &sent.words;
    let n = words.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, w) in words.iter().enumerate() {
        if w.head >= 1 && w.head <= n && w.head - 1 != i {
            children[w.head - 1].push(i);
        }
    }
    let lower: Vec<String> = words.iter().map(|w| w.form.to_lowercase()).collect();
    let case_of = |i: usize| -> Option<&str> {
        children[i]
            .iter()
            .find(|&&c| words[c].deprel == "case")
            .map(|&c| lower[c].as_str())
    };
    let parent = |i: usize| -> Option<usize> {
        let h = words[i].head;
        (h >= 1 && h <= n).then(|| h - 1)
    };

    let mut out: Vec<Mention> = Vec::new();
    let max = gaz.max_words();
    let mut i = 0;
    while i < n {
        if !capitalised(&words[i].form) {
            i += 1;
            continue;
        }
        let m = longest_match(gaz, words, i, max);
        let Some((len, key)) = m else {
            i += 1;
            continue;
        };
        let end = i + len;
        let cands = gaz.lookup_folded(&key).to_vec();
        let next = end;
        // "Tripoli, Libya": a comma and a country or state.
        let mut qualifier = Vec::new();
        let mut comma_qualified = false;
        let mut skip_to = end;
        if next + 1 < n && words[next].form == "," {
            if let Some((ql, qkey)) = longest_match(gaz, words, next + 1, max) {
                // Only a country or division that holds one of the
                // candidates qualifies ("Baghdad, Basra and Mosul" lists).
                let qual: Vec<u32> = gaz
                    .lookup_folded(&qkey)
                    .iter()
                    .copied()
                    .filter(|&q| cands.iter().any(|&c| contains(gaz, q, c)))
                    .collect();
                if !qual.is_empty() && !STOP.contains(&qkey.as_str()) {
                    comma_qualified = true;
                    qualifier = qual;
                    skip_to = next + 1 + ql;
                }
            }
        } else if next + 1 < n && lower[next] == "in" {
            // "Tripoli in northern Lebanon": the country stays a mention.
            let mut k = next + 1;
            while k < n && k < next + 4 && COMPASS.contains(&lower[k].as_str()) {
                k += 1;
            }
            if k < n {
                if let Some((_, qkey)) = longest_match(gaz, words, k, max) {
                    qualifier = gaz
                        .lookup_folded(&qkey)
                        .iter()
                        .copied()
                        .filter(|&c| {
                            matches!(gaz.place(c).feature, Feature::Country | Feature::Adm1)
                        })
                        .collect();
                }
            }
        }
        let stop = STOP.contains(&key.as_str());
        let any_propn = words[i..end]
            .iter()
            .any(|w| w.upos == "PROPN" || w.upos == "NOUN");
        let is_country = !stop
            && any_propn
            && cands.iter().any(|&c| {
                let p = gaz.place(c);
                (p.feature == Feature::Country || (p.feature == Feature::Adm1 && p.iso2 == "US"))
                    && (fold(&p.name) == key || p.alternates.iter().any(|a| fold(a) == key))
            });
        // Part of a longer name?
        let prev_name = (i > 0
            && is_name_word(&words[i - 1])
            && !COMPASS.contains(&lower[i - 1].as_str())
            && !LOCATIVE.contains(&lower[i - 1].as_str())
            && !matches!(
                words[i - 1].deprel.as_str(),
                "case" | "det" | "punct" | "cc"
            )
            && (i > 1 || words[i - 1].upos == "PROPN"))
            // "Campbell's Bay", not "Georgia's Abkhazia" nor "Saddam's Iraq".
            || (i >= 2
                && !is_country
                && matches!(lower[i - 1].as_str(), "'s" | "\u{2019}s")
                && capitalised(&words[i - 2].form)
                && !gaz.lookup(&words[i - 2].form).iter().any(|&c| {
                    matches!(gaz.place(c).feature, Feature::Country | Feature::Adm1)
                }));
        let division = (end < n && DIVISION_WORDS.contains(&lower[end].as_str()))
            || (i >= 2 && lower[i - 1] == "of" && DIVISION_WORDS.contains(&lower[i - 2].as_str()));
        let next_name = end < n
            && !DIVISION_WORDS.contains(&lower[end].as_str())
            && !AREA_WORDS.contains(&lower[end].as_str())
            && words[end].upos == "PROPN"
            && capitalised(&words[end].form)
            && !STOP.contains(&fold(&words[end].form).as_str())
            && gaz.lookup(&words[end].form).is_empty();
        let head = (i..end)
            .rev()
            .find(|&k| !parent(k).is_some_and(|p| (i..end).contains(&p)))
            .unwrap_or(end - 1);
        // Whether the subject of `p` is a place: the passive of a verb that
        // takes places ("Kharkiv was shelled"), a verb of what happens to a
        // place ("Kunduz fell to the Taliban", "Venice flooded"), "lost
        // power", "was without power", "was under curfew".
        let subject_place = |x: usize, p: usize| -> bool {
            let kids = &children[p];
            let has = |f: &dyn Fn(usize) -> bool| kids.iter().any(|&c| f(c));
            let rel_of = |c: usize| words[c].deprel.split(':').next().unwrap_or("");
            let passive =
                words[x].deprel == "nsubj:pass" || has(&|c| words[c].deprel == "aux:pass");
            if words[p].upos == "VERB" {
                if passive {
                    return (verb_in(&words[p], PLACE_VERBS) || verb_in(&words[p], PASSIVE_VERBS))
                        && !has(&|c| {
                            rel_of(c) == "obl"
                                && NOT_PLACE_AGENTS
                                    .contains(&words[c].lemma.to_lowercase().as_str())
                        });
                }
                if has(&|c| rel_of(c) == "obj") {
                    return verb_in(&words[p], &["lose"])
                        && has(&|c| {
                            rel_of(c) == "obj"
                                && WITHOUT_NOUNS.contains(&words[c].lemma.to_lowercase().as_str())
                        });
                }
                if verb_in(&words[p], &["fall"]) {
                    return has(&|c| {
                        rel_of(c) == "obl" && matches!(case_of(c), Some("to" | "into"))
                    });
                }
                return verb_in(&words[p], HAPPEN_VERBS);
            }
            let l = words[p].lemma.to_lowercase();
            has(&|c| words[c].deprel == "cop")
                && match case_of(p) {
                    Some("without") => WITHOUT_NOUNS.contains(&l.as_str()),
                    Some("under") => UNDER_NOUNS.contains(&l.as_str()),
                    _ => false,
                }
        };
        let mut is_place = false;
        if !stop && any_propn && !prev_name && !next_name {
            // Dependency context; in "the Kidal region of Mali" the
            // division word carries it.
            let mut x = head;
            if end < n && DIVISION_WORDS.contains(&lower[end].as_str()) && parent(head) == Some(end)
            {
                x = end;
            }
            for _ in 0..4 {
                if let Some(c) = case_of(x) {
                    let par_noun = parent(x).map(|p| words[p].lemma.to_lowercase());
                    let under_place = par_noun
                        .as_deref()
                        .is_some_and(|l| PLACE_NOUNS.contains(&l));
                    let under_verb = |verbs: &[&str]| {
                        parent(x)
                            .is_some_and(|p| words[p].upos == "VERB" && verb_in(&words[p], verbs))
                    };
                    let under_noun = |nouns: &[&str]| {
                        parent(x).is_some_and(|p| {
                            let l = par_noun.as_deref().unwrap_or("");
                            words[p].upos == "NOUN"
                                && (nouns.contains(&l)
                                    // "rail links between", not "links between al-Qaeda and Iraq".
                                    || (l == "link"
                                        && nouns == BETWEEN_NOUNS
                                        && children[p].iter().any(|&c| {
                                            nouns.contains(&words[c].lemma.to_lowercase().as_str())
                                        })))
                        })
                    };
                    if LOCATIVE.contains(&c)
                        || ((c == "of" || c == "with" || c == "between") && under_place)
                        || (c == "on" && under_verb(ON_VERBS))
                        || (c == "between" && under_verb(BETWEEN_VERBS))
                        || (c == "between" && under_noun(BETWEEN_NOUNS))
                        || (c == "on" && under_noun(ON_NOUNS))
                    {
                        is_place = true;
                    }
                    break;
                }
                // The object of a verb that takes places, or a bare oblique
                // the parse gave it ("fled northern Mali": obl:agent).
                let rel = words[x].deprel.split(':').next().unwrap_or("");
                if (rel == "obj" || rel == "obl")
                    && parent(x).is_some_and(|p| verb_in(&words[p], PLACE_VERBS))
                {
                    is_place = true;
                    break;
                }
                // The subject of what happens to a place.
                if rel == "nsubj" && parent(x).is_some_and(|p| subject_place(x, p)) {
                    is_place = true;
                    break;
                }
                match (rel, parent(x)) {
                    ("conj" | "appos" | "flat", Some(p)) => x = p,
                    _ => break,
                }
            }
            // "Atlanta, Georgia": a name qualified by the country or state
            // that holds it is a place whatever the parse made of the comma.
            if comma_qualified {
                is_place = true;
            }
            // Surface fallback.
            if !is_place {
                let mut k = i;
                let mut steps = 0;
                while k > 0 && steps < 4 {
                    k -= 1;
                    steps += 1;
                    let l = lower[k].as_str();
                    if COMPASS.contains(&l) {
                        continue;
                    }
                    if LOCATIVE.contains(&l) {
                        is_place = true;
                    }
                    if l == "of" && k > 0 && PLACE_NOUNS.contains(&lower[k - 1].as_str()) {
                        is_place = true;
                    }
                    // "advanced on Kismayo" where the parse missed the verb.
                    if k > 0
                        && ((l == "on" && verb_in(&words[k - 1], ON_VERBS))
                            || (l == "between" && verb_in(&words[k - 1], BETWEEN_VERBS)))
                    {
                        is_place = true;
                    }
                    break;
                }
            }
        }
        if (is_place || is_country) && !cands.is_empty() {
            // The words as written: a space only where the text has one
            // ("El-Arish", "St. Paul").
            let mut text = String::new();
            for (k, w) in words[i..end].iter().enumerate() {
                if k > 0 && w.span.start > words[i + k - 1].span.end {
                    text.push(' ');
                }
                text.push_str(&w.form);
            }
            out.push(Mention {
                text,
                span: Span::new(words[i].span.start, words[end - 1].span.end),
                sentence,
                candidates: cands,
                qualifier,
                is_place,
                is_country,
                division,
            });
            i = if is_place { skip_to } else { end };
        } else {
            i = end;
        }
    }
    out
}

/// Lower-case words inside names: "Port-au-Prince", "Rio Grande do Sul",
/// "Dar es Salaam", "Sharm el-Sheikh", "Mazar-i-Sharif".
const CONNECTORS: &[&str] = &[
    "of", "de", "al", "el", "la", "and", "du", "des", "au", "aux", "do", "da", "dos", "das", "es",
    "del", "di", "ed", "ul", "i", "e", "y", "le", "les", "sur", "am", "an", "der", "den", "bin",
    "ibn", "as", "ash", "ar", "ad", "az", "at",
];

/// Longest gazetteer name starting at word `i`: its length in words and
/// folded key. The first and last words must be capitalised; inner words may
/// be connectors ("of", "de", "al", "el", "la", "-").
pub(crate) fn longest_match(
    gaz: &Gazetteer,
    words: &[dyad_text::Word],
    i: usize,
    max: usize,
) -> Option<(usize, String)> {
    longest_match_by(gaz, words.len(), |k| words[k].form.as_str(), i, max)
}

/// Whether any capitalised word of `forms` starts a gazetteer name: a
/// sentence with none holds no place mention [`recognize`] could find.
pub fn may_name_place(gaz: &Gazetteer, forms: &[&str]) -> bool {
    let max = gaz.max_words();
    (0..forms.len()).any(|i| {
        capitalised(forms[i]) && longest_match_by(gaz, forms.len(), |k| forms[k], i, max).is_some()
    })
}

/// [`longest_match`] over the `n` word forms `form` gives.
fn longest_match_by<'a>(
    gaz: &Gazetteer,
    n: usize,
    form_at: impl Fn(usize) -> &'a str,
    i: usize,
    max: usize,
) -> Option<(usize, String)> {
    let mut best = None;
    let mut key = String::new();
    // Hyphens do not count as words ("Port - au - Prince" is three).
    let mut counted = 0;
    for len in 1..=n - i {
        let raw = form_at(i + len - 1);
        let form = raw.to_lowercase();
        if form != "-" {
            counted += 1;
        }
        if counted > max {
            break;
        }
        let connector = form == "-"
            || CONNECTORS.contains(&form.as_str())
            || CONNECTORS.contains(&form.trim_end_matches('-'));
        if !capitalised(raw) && !connector {
            break;
        }
        if len > 1 {
            key.push(' ');
        }
        key.push_str(raw);
        if !capitalised(raw) {
            continue;
        }
        let k = fold(&key);
        if !gaz.lookup_folded(&k).is_empty() {
            best = Some((len, k));
        }
    }
    best
}
