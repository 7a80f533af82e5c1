//! The event record (one JSON object per event, `docs/schema.md`) and its
//! deterministic id.

use crate::actor::EventActor;
use crate::pattern::fnv1a;
use crate::when::DateHow;
use dyad_text::Span;
use serde::{Deserialize, Serialize};

/// Where an event took place, as far as the text says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    /// The place as written ("Baku, Azerbaijan"; a dateline's "BAKU" is
    /// title-cased).
    pub name: String,
    /// Its span in the document text; absent when it came from the dateline.
    pub span: Option<Span>,
    /// `sentence` (a locative phrase of the event) or `dateline`.
    pub how: String,
    /// Where the gazetteer puts it; all `null` until the geo stage runs.
    #[serde(flatten, default)]
    pub geo: PlaceGeo,
}

/// A place resolved against the gazetteer, in GDELT's terms.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceGeo {
    /// GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city,
    /// 5 world first-level division.
    #[serde(rename = "type")]
    pub geo_type: Option<u8>,
    /// "Baku, Baki, Azerbaijan", as GDELT's FullName.
    pub full_name: Option<String>,
    /// FIPS 10-4 country code, as GDELT writes it.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-3 country code.
    pub iso3: Option<String>,
    /// GDELT ADM1: FIPS country code + first-level division code.
    pub adm1: Option<String>,
    /// The division's ISO 3166-2 code ("AZ-BA"), where the gazetteer
    /// knows it.
    pub iso3166_2: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// GeoNames id.
    pub feature_id: Option<i64>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Deterministic: a hash of doc id, sentence, source, target and code.
    pub id: String,
    /// `YYYY-MM-DD`; `null` when the document has no date.
    pub date: Option<String>,
    /// How the date was found.
    pub date_how: DateHow,
    /// Who acts.
    pub source: EventActor,
    /// Who is acted upon; `null` for patterns that allow no target.
    pub target: Option<EventActor>,
    /// The CAMEO code ("043").
    pub cameo: String,
    /// Its 2-digit root ("04").
    pub root: String,
    /// Goldstein scale value.
    pub goldstein: f32,
    /// GDELT QuadClass (1-4).
    pub quad_class: u8,
    /// PLOVER event type, when CAMEO2PLOVER maps the code.
    pub plover: Option<String>,
    /// Issue codes (empty until issue dictionaries are applied).
    pub issues: Vec<String>,
    /// Where.
    pub place: Option<EventPlace>,
    /// The input document's id.
    pub doc_id: String,
    /// 0-based sentence index in the document.
    pub sentence: usize,
    /// Span of the verb or event noun.
    pub verb_span: Span,
    /// Id of the pattern that fired.
    pub pattern: String,
    /// Whether the sentence is in the lead paragraph.
    pub is_root: bool,
    /// 0..1.
    pub confidence: f32,
    /// The parser model that parsed the text.
    pub model_version: String,
    /// The dictionaries and patterns that coded it.
    pub dictionary_version: String,
}

/// The id: FNV-1a 64 over the identifying fields, hex.
pub fn event_id(doc_id: &str, sentence: usize, source: &str, target: &str, code: &str) -> String {
    let key = format!("{doc_id}\u{1f}{sentence}\u{1f}{source}\u{1f}{target}\u{1f}{code}");
    format!("{:016x}", fnv1a(key.as_bytes()))
}
