//! Helpers shared by the coder's tests: the bundled parser, dictionaries
//! and patterns, and a one-call "code this text on this date". Each test
//! file uses a part of it.
#![allow(dead_code)]

use dyad_coder::{Coder, DocMeta, Event, PatternSet, Versions};
use dyad_dict::{Date, Dictionaries, Spec};
use dyad_text::Pipeline;
use std::sync::OnceLock;

/// The bundled parser, loaded once.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::bundled().expect("bundled model"))
}

/// The bundled dictionaries, loaded once.
pub fn dictionaries() -> &'static Dictionaries {
    static D: OnceLock<Dictionaries> = OnceLock::new();
    D.get_or_init(|| Dictionaries::load(&Spec::Bundled).expect("bundled dictionaries"))
}

/// Metadata for a story filed on `date` (YYYY-MM-DD) from `place`.
pub fn meta(date: &str, place: Option<&str>) -> DocMeta {
    DocMeta {
        doc_id: "test".into(),
        published: Date::parse_iso(date),
        dateline_date: Date::parse_iso(date),
        dateline_place: place.map(str::to_string),
    }
}

/// Codes `text` as a story filed on `date`.
pub fn code(text: &str, date: &str) -> Vec<Event> {
    let doc = pipeline().annotate(text);
    let coder = Coder::new(dictionaries(), PatternSet::bundled(), Versions::default());
    coder.code(&doc, &meta(date, None))
}

/// The events as `SOURCE CODE TARGET` strings (`-` for no target).
pub fn dyads(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let t = e.target.as_ref().map_or("-", |t| t.code.as_str());
            format!("{} {} {}", e.source.code, e.cameo, t)
        })
        .collect()
}

/// The explanation of `text`, for failure messages.
pub fn explain(text: &str, date: &str) -> String {
    let doc = pipeline().annotate(text);
    let coder = Coder::new(dictionaries(), PatternSet::bundled(), Versions::default());
    let (_, traces) = coder.code_explained(&doc, &meta(date, None));
    traces.iter().map(|t| t.render()).collect()
}
