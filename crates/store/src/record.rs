//! A mention row keeps its event record in two parts: the columns (code,
//! spans, versions, ...) and `rest`, a compact JSON array of what the
//! columns do not hold (the date as written, the actors' roles, texts and
//! places, the action place, PLOVER, issues). Joined again, they give the
//! record `dyad code` wrote, byte for byte. Rows of a schema-2 file, and
//! records whose numbers do not fit the columns, carry the whole record in
//! `record` instead, which then wins.
//!
//! Why: the full JSON (about 1.2 KB per mention) was three quarters of the
//! file and half of the load time; `rest` is about a quarter of it.

use dyad_coder::{DateHow, Event, EventActor, EventPlace, PlaceGeo};
use dyad_text::Span;
use serde::{Deserialize, Serialize};

/// A place as a positional array: name, span, how, then the geo fields.
/// The ISO 3166-2 code came last, later: arrays written before it lack it.
#[derive(Serialize, Deserialize)]
struct PlaceRest(
    String,
    Option<(usize, usize)>,
    String,
    Option<u8>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<f64>,
    Option<f64>,
    Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")] Option<String>,
);

impl PlaceRest {
    fn of(p: &EventPlace) -> PlaceRest {
        let g = &p.geo;
        PlaceRest(
            p.name.clone(),
            p.span.map(|s| (s.start, s.end)),
            p.how.clone(),
            g.geo_type,
            g.full_name.clone(),
            g.country.clone(),
            g.iso3.clone(),
            g.adm1.clone(),
            g.lat,
            g.lon,
            g.feature_id,
            g.iso3166_2.clone(),
        )
    }

    fn place(self) -> EventPlace {
        let PlaceRest(
            name,
            span,
            how,
            geo_type,
            full_name,
            country,
            iso3,
            adm1,
            lat,
            lon,
            fid,
            iso,
        ) = self;
        EventPlace {
            name,
            span: span.map(|(s, e)| Span::new(s, e)),
            how,
            geo: PlaceGeo {
                geo_type,
                full_name,
                country,
                iso3,
                adm1,
                iso3166_2: iso,
                lat,
                lon,
                feature_id: fid,
            },
        }
    }
}

/// An actor less its code, country and span (columns).
#[derive(Serialize, Deserialize)]
struct ActorRest(
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<PlaceRest>,
);

impl ActorRest {
    fn of(a: &EventActor) -> ActorRest {
        ActorRest(
            a.role.clone(),
            a.text.clone(),
            a.group.clone(),
            a.ethnic.clone(),
            a.religion.clone(),
            a.type_code.clone(),
            a.place.as_ref().map(PlaceRest::of),
        )
    }

    fn actor(self, code: String, country: Option<String>, span: Span) -> EventActor {
        let ActorRest(role, text, group, ethnic, religion, type_code, place) = self;
        EventActor {
            code,
            country,
            role,
            text,
            span,
            group,
            ethnic,
            religion,
            type_code,
            place: place.map(PlaceRest::place),
        }
    }
}

/// What the columns leave out of an event record.
#[derive(Serialize, Deserialize)]
struct RecordRest(
    Option<String>,
    ActorRest,
    Option<ActorRest>,
    Option<String>,
    Vec<String>,
    Option<PlaceRest>,
);

/// Whether every number of `e` fits its column (INTEGER, TINYINT), so that
/// the columns and `rest` give the record back exactly.
pub(crate) fn fits_columns(e: &Event) -> bool {
    let fits = |n: usize| i32::try_from(n).is_ok();
    let span = |s: &Span| fits(s.start) && fits(s.end);
    fits(e.sentence)
        && e.quad_class <= i8::MAX as u8
        && span(&e.source.span)
        && span(&e.verb_span)
        && e.target.as_ref().is_none_or(|t| span(&t.span))
}

/// The `rest` column of a mention.
pub(crate) fn rest_json(e: &Event) -> serde_json::Result<String> {
    serde_json::to_string(&RecordRest(
        e.date.clone(),
        ActorRest::of(&e.source),
        e.target.as_ref().map(ActorRest::of),
        e.plover.clone(),
        e.issues.clone(),
        e.place.as_ref().map(PlaceRest::of),
    ))
}

/// The columns a record is read back from, in [`RecordRow`]'s order;
/// `m` is the mentions table.
pub(crate) const RECORD_COLUMNS: &str = "m.record, m.rest, m.id, m.date_how, m.source_code, \
    m.source_country, m.source_start, m.source_end, m.target_code, m.target_country, \
    m.target_start, m.target_end, m.cameo, m.root, m.goldstein, m.quad_class, m.doc_id, \
    m.sentence, m.verb_start, m.verb_end, m.pattern, m.is_root, m.confidence, \
    m.model_version, m.dictionary_version";

/// Why a stored record cannot be read back.
#[derive(Debug)]
pub(crate) enum RecordError {
    Db(duckdb::Error),
    Json(String),
}

impl RecordError {
    /// The store's error for the file at `path`.
    pub(crate) fn at(self, path: &std::path::Path) -> crate::StoreError {
        match self {
            RecordError::Db(cause) => crate::StoreError::Db {
                path: path.to_path_buf(),
                what: "cannot read a stored event record".into(),
                cause,
            },
            RecordError::Json(why) => crate::StoreError::Record {
                input: path.display().to_string(),
                why: format!("a stored event record does not parse: {why}"),
            },
        }
    }
}

impl From<duckdb::Error> for RecordError {
    fn from(e: duckdb::Error) -> Self {
        RecordError::Db(e)
    }
}

/// Reads the record whose [`RECORD_COLUMNS`] start at column `at` of `r`:
/// the stored JSON when there is one, else the columns joined with `rest`.
pub(crate) fn record_json(r: &duckdb::Row<'_>, at: usize) -> Result<String, RecordError> {
    if let Some(whole) = r.get::<_, Option<String>>(at)? {
        return Ok(whole);
    }
    let e = event_from_columns(r, at)?;
    serde_json::to_string(&e).map_err(|e| RecordError::Json(e.to_string()))
}

/// Like [`record_json`], the record parsed.
pub(crate) fn record_event(r: &duckdb::Row<'_>, at: usize) -> Result<Event, RecordError> {
    if let Some(whole) = r.get::<_, Option<String>>(at)? {
        return serde_json::from_str(&whole).map_err(|e| RecordError::Json(e.to_string()));
    }
    event_from_columns(r, at)
}

fn event_from_columns(r: &duckdb::Row<'_>, at: usize) -> Result<Event, RecordError> {
    let json = |e: serde_json::Error| RecordError::Json(e.to_string());
    let rest: Option<String> = r.get(at + 1)?;
    let rest = rest.ok_or_else(|| RecordError::Json("neither `record` nor `rest`".into()))?;
    let RecordRest(date, source, target, plover, issues, place) =
        serde_json::from_str(&rest).map_err(json)?;
    let usize_at = |i: usize| -> Result<usize, RecordError> {
        let n: i32 = r.get(at + i)?;
        usize::try_from(n).map_err(|_| RecordError::Json(format!("negative offset {n}")))
    };
    let span_at =
        |i: usize| -> Result<Span, RecordError> { Ok(Span::new(usize_at(i)?, usize_at(i + 1)?)) };
    let date_how: String = r.get(at + 3)?;
    let date_how: DateHow =
        serde_json::from_value(serde_json::Value::String(date_how)).map_err(json)?;
    let source = source.actor(r.get(at + 4)?, r.get(at + 5)?, span_at(6)?);
    let target_code: Option<String> = r.get(at + 8)?;
    let target = match (target, target_code) {
        (Some(t), Some(code)) => Some(t.actor(code, r.get(at + 9)?, span_at(10)?)),
        (None, None) => None,
        _ => {
            return Err(RecordError::Json(
                "target columns and `rest` disagree".into(),
            ))
        }
    };
    let quad_class: i8 = r.get(at + 15)?;
    Ok(Event {
        id: r.get(at + 2)?,
        date,
        date_how,
        source,
        target,
        cameo: r.get(at + 12)?,
        root: r.get(at + 13)?,
        goldstein: r.get(at + 14)?,
        quad_class: u8::try_from(quad_class)
            .map_err(|_| RecordError::Json(format!("quad class {quad_class}")))?,
        plover,
        issues,
        place: place.map(PlaceRest::place),
        doc_id: r.get(at + 16)?,
        sentence: usize_at(17)?,
        verb_span: span_at(18)?,
        pattern: r.get(at + 20)?,
        is_root: r.get(at + 21)?,
        confidence: r.get(at + 22)?,
        model_version: r.get(at + 23)?,
        dictionary_version: r.get(at + 24)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Places stored before the ISO 3166-2 code was kept still read, and a
    /// place without the code is written as before.
    #[test]
    fn place_arrays_with_and_without_the_iso_3166_2_code() {
        let old = r#"["Baku",null,"dateline",4,"Baku, Baki, Azerbaijan","AJ","AZE","AJ09",40.3777,49.892,587084]"#;
        let p: PlaceRest = serde_json::from_str(old).unwrap();
        let place = p.place();
        assert_eq!(place.geo.adm1.as_deref(), Some("AJ09"));
        assert_eq!(place.geo.iso3166_2, None);
        assert_eq!(serde_json::to_string(&PlaceRest::of(&place)).unwrap(), old);

        let mut coded = place.clone();
        coded.geo.iso3166_2 = Some("AZ-BA".into());
        let json = serde_json::to_string(&PlaceRest::of(&coded)).unwrap();
        assert!(json.ends_with(r#"587084,"AZ-BA"]"#), "{json}");
        let back: PlaceRest = serde_json::from_str(&json).unwrap();
        assert_eq!(back.place(), coded);
    }
}
