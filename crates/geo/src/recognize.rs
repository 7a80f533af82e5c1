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
//!   ("the town of Samarra", "the border with Armenia"), directly or through
//!   `conj`/`appos`/`flat` links (at most three steps); or, when the parse
//!   missed it, a locative preposition stands right before it, past
//!   determiners and compass adjectives ("in southern Lebanon").
//!
//! Country names anywhere (actors included) are also returned, flagged, as
//! the article's focus for disambiguation. "Tripoli, Libya": a country or US
//! state right after a comma qualifies the place before it and is not a
//! mention of its own. Everything is linear in the sentence length.

use dyad_text::{Sentence, Span};

use crate::gazetteer::{fold, Feature, Gazetteer};

/// One recognised name.
#[derive(Clone, Debug)]
pub struct Mention {
    /// The words as written, joined by single spaces.
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
    let l = word.to_lowercase();
    DEMONYMS.iter().find(|(d, _)| *d == l).map(|(_, c)| *c)
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
];

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
        let mut skip_to = end;
        if next + 1 < n && words[next].form == "," {
            if let Some((ql, qkey)) = longest_match(gaz, words, next + 1, max) {
                let qc = gaz.lookup_folded(&qkey);
                let qual: Vec<u32> = qc
                    .iter()
                    .copied()
                    .filter(|&c| matches!(gaz.place(c).feature, Feature::Country | Feature::Adm1))
                    .collect();
                if !qual.is_empty() && !STOP.contains(&qkey.as_str()) {
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
        let prev_name = i > 0
            && is_name_word(&words[i - 1])
            && !COMPASS.contains(&lower[i - 1].as_str())
            && !LOCATIVE.contains(&lower[i - 1].as_str())
            && !matches!(
                words[i - 1].deprel.as_str(),
                "case" | "det" | "punct" | "cc"
            )
            && (i > 1 || words[i - 1].upos == "PROPN");
        let next_name = end < n
            && words[end].upos == "PROPN"
            && capitalised(&words[end].form)
            && !STOP.contains(&fold(&words[end].form).as_str())
            && gaz.lookup(&words[end].form).is_empty();
        let head = (i..end)
            .rev()
            .find(|&k| !parent(k).is_some_and(|p| (i..end).contains(&p)))
            .unwrap_or(end - 1);
        let mut is_place = false;
        if !stop && any_propn && !prev_name && !next_name {
            // Dependency context.
            let mut x = head;
            for _ in 0..4 {
                if let Some(c) = case_of(x) {
                    let par_noun = parent(x).map(|p| words[p].lemma.to_lowercase());
                    let under_place = par_noun
                        .as_deref()
                        .is_some_and(|l| PLACE_NOUNS.contains(&l));
                    if LOCATIVE.contains(&c)
                        || ((c == "of" || c == "with" || c == "between") && under_place)
                    {
                        is_place = true;
                    }
                    break;
                }
                let rel = words[x].deprel.split(':').next().unwrap_or("");
                if rel == "obj"
                    && parent(x).is_some_and(|p| {
                        PLACE_VERBS.contains(&words[p].lemma.to_lowercase().as_str())
                    })
                {
                    is_place = true;
                    break;
                }
                match (rel, parent(x)) {
                    ("conj" | "appos" | "flat", Some(p)) => x = p,
                    _ => break,
                }
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
                    break;
                }
            }
        }
        if (is_place || is_country) && !cands.is_empty() {
            let text = words[i..end]
                .iter()
                .map(|w| w.form.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            out.push(Mention {
                text,
                span: Span::new(words[i].span.start, words[end - 1].span.end),
                sentence,
                candidates: cands,
                qualifier,
                is_place,
                is_country,
            });
            i = if is_place { skip_to } else { end };
        } else {
            i = end;
        }
    }
    out
}

/// Longest gazetteer name starting at word `i`: its length in words and
/// folded key. The first and last words must be capitalised; inner words may
/// be connectors ("of", "de", "al", "el", "la", "-").
pub(crate) fn longest_match(
    gaz: &Gazetteer,
    words: &[dyad_text::Word],
    i: usize,
    max: usize,
) -> Option<(usize, String)> {
    let n = words.len();
    let mut best = None;
    let mut key = String::new();
    for len in 1..=max.min(n - i) {
        let w = &words[i + len - 1];
        let connector = matches!(
            w.form.as_str(),
            "of" | "de" | "al" | "el" | "la" | "-" | "al-" | "and" | "du" | "des"
        );
        if !capitalised(&w.form) && !connector {
            break;
        }
        if len > 1 {
            key.push(' ');
        }
        key.push_str(&w.form);
        if !capitalised(&w.form) {
            continue;
        }
        let k = fold(&key);
        if !gaz.lookup_folded(&k).is_empty() {
            best = Some((len, k));
        }
    }
    best
}
