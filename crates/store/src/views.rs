//! Typed reads for the HTTP API and the web page: a page of events, one
//! event with the sentences behind it, a time series, map bins. All
//! aggregation happens here, in DuckDB, so a client never sees more than a
//! page of rows whatever the filter matches.

use serde::Serialize;

use crate::error::{Result, StoreError};
use crate::filter::Filter;
use crate::record::{record_json, RECORD_COLUMNS};
use crate::store::Store;

/// The largest page `events_page` returns.
pub const MAX_PAGE: usize = 500;

/// An aggregated event, as the API lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// GLOBALEVENTID as a string (JavaScript numbers stop at 2^53).
    pub id: String,
    pub day: Option<String>,
    pub source: String,
    pub target: Option<String>,
    pub cameo: String,
    pub cameo_name: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub place: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub mentions: i64,
    pub sources: i64,
    pub articles: i64,
}

/// A page of events and how many match in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventsPage {
    pub total: i64,
    pub events: Vec<EventRow>,
}

/// A part of a sentence to highlight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlight {
    /// Character (code point) offsets within the sentence.
    pub start: usize,
    pub end: usize,
    /// `source`, `target` or `verb`.
    pub role: &'static str,
}

/// One report of an event, with the sentence behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionView {
    pub doc_id: String,
    pub sentence_index: i64,
    /// The sentence as written; empty when the article text is not stored
    /// (records loaded with `dyad import`).
    pub sentence: String,
    pub highlights: Vec<Highlight>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub confidence: f64,
    pub pattern: String,
    /// The full event record (docs/schema.md).
    pub record: serde_json::Value,
}

/// An event with all its mentions. As JSON: the [`EventRow`] fields, its
/// `mentions` count renamed `num_mentions`, and `mentions` the list.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDetail {
    pub event: EventRow,
    pub mentions: Vec<MentionView>,
}

impl Serialize for EventDetail {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut v = serde_json::to_value(&self.event).map_err(serde::ser::Error::custom)?;
        v["num_mentions"] = v["mentions"].take();
        v["mentions"] = serde_json::to_value(&self.mentions).map_err(serde::ser::Error::custom)?;
        v.serialize(s)
    }
}

/// Events and mean Goldstein in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesPoint {
    /// The period's first day, `YYYY-MM-DD`.
    pub t: String,
    pub events: i64,
    pub goldstein_mean: Option<f64>,
}

/// Counts per country of the action place, and binned points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapData {
    pub countries: Vec<CountryCount>,
    pub points: Vec<MapPoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryCount {
    pub iso3: String,
    pub events: i64,
    pub goldstein_mean: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapPoint {
    pub lat: f64,
    pub lon: f64,
    pub events: i64,
}

/// How to order a page of events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Day,
    DayDesc,
    Mentions,
    MentionsDesc,
    Goldstein,
    GoldsteinDesc,
}

impl std::str::FromStr for Sort {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Sort> {
        Ok(match s {
            "day" => Sort::Day,
            "-day" => Sort::DayDesc,
            "mentions" => Sort::Mentions,
            "-mentions" => Sort::MentionsDesc,
            "goldstein" => Sort::Goldstein,
            "-goldstein" => Sort::GoldsteinDesc,
            other => {
                return Err(StoreError::Filter(format!(
                    "sort={other:?}: use day, mentions or goldstein, with - for descending"
                )))
            }
        })
    }
}

impl Sort {
    fn sql(self) -> &'static str {
        match self {
            Sort::Day => "day, id",
            Sort::DayDesc => "day DESC, id",
            Sort::Mentions => "num_mentions, day, id",
            Sort::MentionsDesc => "num_mentions DESC, day, id",
            Sort::Goldstein => "goldstein, day, id",
            Sort::GoldsteinDesc => "goldstein DESC, day, id",
        }
    }
}

/// A time series' period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    Day,
    Week,
    Month,
}

impl std::str::FromStr for Interval {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Interval> {
        Ok(match s {
            "day" => Interval::Day,
            "week" => Interval::Week,
            "month" => Interval::Month,
            other => {
                return Err(StoreError::Filter(format!(
                    "interval={other:?}: use day, week or month"
                )))
            }
        })
    }
}

fn cameo_name(code: &str) -> String {
    dyad_dict::Codebook::bundled()
        .get(code)
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// Character offset of byte `b` counted from byte `from` of `text`.
fn chars_between(text: &str, from: usize, b: usize) -> Option<usize> {
    text.get(from..b).map(|s| s.chars().count())
}

const ROW_COLUMNS: &str =
    "CAST(id AS VARCHAR), strftime(day, '%Y-%m-%d'), source_code, target_code, cameo, \
    quad_class, goldstein, place_name, lat, lon, num_mentions, num_sources, num_articles";

fn event_row(r: &duckdb::Row) -> duckdb::Result<EventRow> {
    let cameo: String = r.get(4)?;
    Ok(EventRow {
        id: r.get(0)?,
        day: r.get(1)?,
        source: r.get(2)?,
        target: r.get(3)?,
        cameo_name: cameo_name(&cameo),
        cameo,
        quad_class: r.get::<_, i8>(5)? as u8,
        goldstein: (f64::from(r.get::<_, f32>(6)?) * 10.0).round() / 10.0,
        place: r.get(7)?,
        lat: r.get(8)?,
        lon: r.get(9)?,
        mentions: r.get::<_, i32>(10)?.into(),
        sources: r.get::<_, i32>(11)?.into(),
        articles: r.get::<_, i32>(12)?.into(),
    })
}

impl Store {
    fn views_err(&self, what: &str) -> impl Fn(duckdb::Error) -> StoreError + '_ {
        let what = what.to_string();
        move |cause| StoreError::Db {
            path: self.path.clone(),
            what: what.clone(),
            cause,
        }
    }

    /// A page of the events that pass `filter`, and their total.
    pub fn events_page(
        &self,
        filter: &Filter,
        sort: Sort,
        limit: usize,
        offset: usize,
    ) -> Result<EventsPage> {
        let cond = filter.sql();
        let err = self.views_err("cannot list events");
        let total: i64 = self
            .conn
            .query_row(
                &format!("SELECT count(*) FROM events WHERE {cond}"),
                [],
                |r| r.get(0),
            )
            .map_err(&err)?;
        let sql = format!(
            "SELECT {ROW_COLUMNS} FROM events WHERE {cond} ORDER BY {} LIMIT {} OFFSET {offset}",
            sort.sql(),
            limit.min(MAX_PAGE)
        );
        let mut st = self.conn.prepare(&sql).map_err(&err)?;
        let events = st
            .query_map([], event_row)
            .map_err(&err)?
            .collect::<duckdb::Result<Vec<_>>>()
            .map_err(&err)?;
        Ok(EventsPage { total, events })
    }

    /// One event with its mentions and the sentences behind them; `None`
    /// when no event has that id.
    pub fn event_detail(&self, id: i64) -> Result<Option<EventDetail>> {
        let err = self.views_err("cannot read an event");
        let mut st = self
            .conn
            .prepare(&format!("SELECT {ROW_COLUMNS} FROM events WHERE id = ?"))
            .map_err(&err)?;
        let mut rows = st.query_map([id], event_row).map_err(&err)?;
        let Some(event) = rows.next().transpose().map_err(&err)? else {
            return Ok(None);
        };
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT m.doc_id, m.sentence, m.outlet, m.url, a.title, m.confidence, m.pattern, \
                 s.start_byte, s.end_byte, a.record, {RECORD_COLUMNS} \
                 FROM mentions m LEFT JOIN articles a ON a.id = m.doc_id \
                 LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence \
                 WHERE m.event_id = ? ORDER BY m.seq LIMIT 1000"
            ))
            .map_err(&err)?;
        let mut rows = st.query([id]).map_err(&err)?;
        let mut mentions = Vec::new();
        while let Some(r) = rows.next().map_err(&err)? {
            let record: serde_json::Value = record_json(r, 10)
                .ok()
                .and_then(|j| serde_json::from_str(&j).ok())
                .unwrap_or(serde_json::Value::Null);
            let start: Option<i32> = r.get(7).map_err(&err)?;
            let end: Option<i32> = r.get(8).map_err(&err)?;
            let article: Option<String> = r.get(9).map_err(&err)?;
            let text = article
                .and_then(|a| serde_json::from_str::<serde_json::Value>(&a).ok())
                .and_then(|a| a["text"].as_str().map(String::from))
                .unwrap_or_default();
            let (sentence, highlights) = match (start, end) {
                (Some(s), Some(e)) => sentence_view(&text, s as usize, e as usize, &record),
                _ => (String::new(), Vec::new()),
            };
            mentions.push(MentionView {
                doc_id: r.get(0).map_err(&err)?,
                sentence_index: r.get::<_, i32>(1).map_err(&err)?.into(),
                sentence,
                highlights,
                outlet: r.get(2).map_err(&err)?,
                url: r.get(3).map_err(&err)?,
                title: r.get(4).map_err(&err)?,
                confidence: f64::from(r.get::<_, f32>(5).map_err(&err)?),
                pattern: r.get(6).map_err(&err)?,
                record,
            });
        }
        Ok(Some(EventDetail { event, mentions }))
    }

    /// A stored article record (docs/schema.md's article: text,
    /// paragraphs, metadata) with its sentence spans, or `None`.
    pub fn article(&self, id: &str) -> Result<Option<serde_json::Value>> {
        let err = self.views_err("cannot read an article");
        let mut st = self
            .conn
            .prepare(
                "SELECT a.record, a.model_version, a.dictionary_version,                  (SELECT list([s.start_byte, s.end_byte] ORDER BY s.idx) FROM sentences s WHERE s.doc_id = a.id)                  FROM articles a WHERE a.id = ?",
            )
            .map_err(&err)?;
        let mut rows = st.query([id]).map_err(&err)?;
        let Some(r) = rows.next().map_err(&err)? else {
            return Ok(None);
        };
        let record: String = r.get(0).map_err(&err)?;
        let mut v: serde_json::Value =
            serde_json::from_str(&record).map_err(|e| StoreError::Record {
                input: id.to_string(),
                why: format!("a stored article does not parse: {e}"),
            })?;
        let sentences: duckdb::types::Value = r.get(3).map_err(&err)?;
        let spans: Vec<serde_json::Value> = match sentences {
            duckdb::types::Value::List(items) => items
                .into_iter()
                .filter_map(|pair| match pair {
                    duckdb::types::Value::List(p) | duckdb::types::Value::Array(p) => {
                        match p.as_slice() {
                            [duckdb::types::Value::Int(s), duckdb::types::Value::Int(e)] => {
                                Some(serde_json::json!({"start": s, "end": e}))
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        v["sentences"] = spans.into();
        v["model_version"] = r.get::<_, Option<String>>(1).map_err(&err)?.into();
        v["dictionary_version"] = r.get::<_, Option<String>>(2).map_err(&err)?.into();
        Ok(Some(v))
    }

    /// Events and mean Goldstein per period.
    pub fn series(&self, filter: &Filter, interval: Interval) -> Result<Vec<SeriesPoint>> {
        let period = match interval {
            Interval::Day => "day",
            Interval::Week => "date_trunc('week', day)",
            Interval::Month => "date_trunc('month', day)",
        };
        let sql = format!(
            "SELECT strftime({period}, '%Y-%m-%d') AS t, count(*), avg(goldstein) FROM events \
             WHERE day IS NOT NULL AND {} GROUP BY t ORDER BY t LIMIT 20000",
            filter.sql()
        );
        let err = self.views_err("cannot count events per period");
        let mut st = self.conn.prepare(&sql).map_err(&err)?;
        let points = st
            .query_map([], |r| {
                Ok(SeriesPoint {
                    t: r.get(0)?,
                    events: r.get(1)?,
                    goldstein_mean: r
                        .get::<_, Option<f64>>(2)?
                        .map(|g| (g * 1000.0).round() / 1000.0),
                })
            })
            .map_err(&err)?
            .collect::<duckdb::Result<Vec<_>>>()
            .map_err(&err)?;
        Ok(points)
    }

    /// Events per action-place country, and per map cell: cells of half a
    /// degree, or coarser so that at most 5,000 come back.
    pub fn map(&self, filter: &Filter) -> Result<MapData> {
        let cond = filter.sql();
        let err = self.views_err("cannot count events per place");
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT place_iso3, count(*), avg(goldstein) FROM events \
                 WHERE place_iso3 IS NOT NULL AND {cond} GROUP BY ALL ORDER BY 2 DESC"
            ))
            .map_err(&err)?;
        let countries = st
            .query_map([], |r| {
                Ok(CountryCount {
                    iso3: r.get(0)?,
                    events: r.get(1)?,
                    goldstein_mean: r
                        .get::<_, Option<f64>>(2)?
                        .map(|g| (g * 1000.0).round() / 1000.0),
                })
            })
            .map_err(&err)?
            .collect::<duckdb::Result<Vec<_>>>()
            .map_err(&err)?;
        let mut points = Vec::new();
        for cell in [0.5, 1.0, 2.0, 5.0, 10.0] {
            let mut st = self
                .conn
                .prepare(&format!(
                    "SELECT (floor(lat / {cell}) + 0.5) * {cell} AS la, (floor(lon / {cell}) + 0.5) * {cell} AS lo, count(*) \
                     FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL AND {cond} \
                     GROUP BY ALL ORDER BY 3 DESC LIMIT 5001"
                ))
                .map_err(&err)?;
            points = st
                .query_map([], |r| {
                    Ok(MapPoint {
                        lat: r.get(0)?,
                        lon: r.get(1)?,
                        events: r.get(2)?,
                    })
                })
                .map_err(&err)?
                .collect::<duckdb::Result<Vec<_>>>()
                .map_err(&err)?;
            if points.len() <= 5000 {
                break;
            }
        }
        points.truncate(5000);
        Ok(MapData { countries, points })
    }
}

/// The sentence `[start, end)` of `text` and the record's spans inside it,
/// in characters.
fn sentence_view(
    text: &str,
    start: usize,
    end: usize,
    record: &serde_json::Value,
) -> (String, Vec<Highlight>) {
    let Some(sentence) = text.get(start..end) else {
        return (String::new(), Vec::new());
    };
    let mut hl = Vec::new();
    let spans = [
        ("source", &record["source"]["span"]),
        ("target", &record["target"]["span"]),
        ("verb", &record["verb_span"]),
    ];
    for (role, span) in spans {
        let (Some(s), Some(e)) = (span["start"].as_u64(), span["end"].as_u64()) else {
            continue;
        };
        let (s, e) = (s as usize, e as usize);
        if s < start || e > end || s >= e {
            continue; // an actor from an earlier sentence (a pronoun's antecedent)
        }
        if let (Some(cs), Some(ce)) = (chars_between(text, start, s), chars_between(text, start, e))
        {
            hl.push(Highlight {
                start: cs,
                end: ce,
                role,
            });
        }
    }
    hl.sort_by_key(|h| h.start);
    (sentence.to_string(), hl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_character_offsets_within_the_sentence() {
        let text = "Intro.\n\nBogotá's mayor met Lula in Brasília.";
        let start = text.find("Bogotá").unwrap();
        let rec = serde_json::json!({
            "source": {"span": {"start": start, "end": start + "Bogotá's mayor".len()}},
            "target": {"span": {"start": text.find("Lula").unwrap(), "end": text.find("Lula").unwrap() + 4}},
            "verb_span": {"start": text.find("met").unwrap(), "end": text.find("met").unwrap() + 3},
        });
        let (s, hl) = sentence_view(text, start, text.len(), &rec);
        assert_eq!(s, "Bogotá's mayor met Lula in Brasília.");
        let chars: Vec<char> = s.chars().collect();
        let piece = |h: &Highlight| chars[h.start..h.end].iter().collect::<String>();
        assert_eq!(
            hl.iter().map(|h| (h.role, piece(h))).collect::<Vec<_>>(),
            [
                ("source", "Bogotá's mayor".to_string()),
                ("verb", "met".to_string()),
                ("target", "Lula".to_string())
            ]
        );
    }
}
