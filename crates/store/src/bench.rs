//! `dyad bench store`: load a synthetic GDELT-sized day of event records
//! through the same path as `dyad import`, then time a dyad-by-month
//! aggregate over a large events table and a one-dyad, one-year query.
//! Synthetic data is deterministic (a fixed hash, no random state).

use std::path::Path;
use std::time::Instant;

use dyad_coder::{DateHow, Event, EventActor, EventPlace, PlaceGeo};
use dyad_dict::{ActorCodes, Codebook};
use dyad_text::Span;
use serde::Serialize;

use crate::error::{Result, StoreError};
use crate::filter::Filter;
use crate::query::{GroupBy, Query};
use crate::store::Store;

/// The measurements.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub day_events: usize,
    pub day_mentions: usize,
    /// Seconds to store the day's mentions and aggregate them into events.
    pub load_seconds: f64,
    /// Events the aggregation produced (should equal `day_events`).
    pub events_stored: i64,
    pub aggregate_table_events: usize,
    /// Days the large table's events are spread over.
    pub aggregate_days: u32,
    /// Seconds to fill the large events table (generated inside DuckDB).
    pub fill_seconds: f64,
    /// Seconds to put the large table in dyad order, as the store does
    /// itself once a quarter of its events came after the last ordering.
    pub cluster_seconds: f64,
    /// Dyad-by-month groups.
    pub aggregate_groups: usize,
    /// Seconds for the dyad-by-month aggregate, rows fetched into dyad.
    pub aggregate_seconds: f64,
    /// Seconds for the same aggregate inside DuckDB (groups counted, not
    /// fetched).
    pub aggregate_engine_seconds: f64,
    /// Seconds for one dyad over one year (listing its events).
    pub dyad_year_seconds: f64,
    /// Seconds for its first 1,000 events (`dyad query`'s default page).
    pub dyad_year_page_seconds: f64,
    pub dyad_year_rows: usize,
    /// Size of the day's store file.
    pub day_file_bytes: u64,
}

impl Report {
    /// Lines for a terminal.
    pub fn render(&self) -> String {
        format!(
            "load: {} mentions of {} events in {:.2} s ({:.0} mentions/s; {} events stored; file {:.1} MB)\n\
             aggregate: dyad by month over {} events in {} days: {} groups in {:.3} s with every group fetched into dyad, {:.3} s inside DuckDB (table filled in {:.1} s, put in dyad order in {:.1} s)\n\
             query: one dyad over one year: {} events in {:.1} ms, the first 1,000 in {:.1} ms",
            self.day_mentions,
            self.day_events,
            self.load_seconds,
            self.day_mentions as f64 / self.load_seconds.max(1e-9),
            self.events_stored,
            self.day_file_bytes as f64 / 1e6,
            self.aggregate_table_events,
            self.aggregate_days,
            self.aggregate_groups,
            self.aggregate_seconds,
            self.aggregate_engine_seconds,
            self.fill_seconds,
            self.cluster_seconds,
            self.dyad_year_rows,
            self.dyad_year_seconds * 1e3,
            self.dyad_year_page_seconds * 1e3,
        )
    }
}

fn mix(mut x: u64) -> u64 {
    // splitmix64's finaliser.
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const ROLES: [&str; 6] = ["GOV", "MIL", "OPP", "REB", "BUS", "CVL"];

/// 150 country codes, Russia and Azerbaijan first (the dyad the one-dyad
/// query asks for).
fn countries() -> Vec<String> {
    let mut cs: Vec<String> = vec!["RUS".into(), "AZE".into()];
    cs.extend(
        ActorCodes::bundled()
            .countries
            .iter()
            .map(|(c, _)| c.clone())
            .filter(|c| c.len() == 3 && c != "RUS" && c != "AZE"),
    );
    cs.truncate(150);
    cs
}

fn actor(code: String, country: &str, start: usize) -> EventActor {
    EventActor {
        role: code.get(3..).map(String::from).filter(|r| !r.is_empty()),
        country: Some(country.to_string()),
        text: code.clone(),
        span: Span::new(start, start + 6),
        code,
        group: None,
        ethnic: None,
        religion: None,
        type_code: None,
        place: None,
    }
}

/// `mentions` event records reporting `events` distinct events on one day:
/// each event at least once, the rest spread by a hash.
pub fn synthetic_day(events: usize, mentions: usize) -> Vec<Event> {
    synthetic_events(events, mentions, 1)
}

/// Like [`synthetic_day`], the events spread over `days` days from
/// 2024-01-01.
pub fn synthetic_events(events: usize, mentions: usize, days: u32) -> Vec<Event> {
    let cs = countries();
    let codes: Vec<_> = Codebook::bundled().events.iter().collect();
    let mut out = Vec::with_capacity(mentions);
    for m in 0..mentions {
        let e = if m < events {
            m
        } else {
            (mix(m as u64) % events.max(1) as u64) as usize
        };
        let h = mix(e as u64 ^ 0x5eed);
        let (c1, c2) = (
            &cs[(h % cs.len() as u64) as usize],
            &cs[((h >> 16) % cs.len() as u64) as usize],
        );
        let (r1, r2) = (
            ROLES[((h >> 32) % 6) as usize],
            ROLES[((h >> 40) % 6) as usize],
        );
        let code = codes[((h >> 20) % codes.len() as u64) as usize];
        let (lat, lon) = (
            ((h >> 8) % 1500) as f64 / 10.0 - 60.0,
            ((h >> 24) % 3600) as f64 / 10.0 - 180.0,
        );
        let doc = format!("bench-{}", m / 3);
        let sentence = m % 3;
        let source = actor(format!("{c1}{r1}"), c1, 0);
        let target = actor(format!("{c2}{r2}"), c2, 20);
        out.push(Event {
            id: dyad_coder::event::event_id(&doc, sentence, &source.code, &target.code, &code.code),
            date: Some(if days <= 1 {
                "2017-11-19".to_string()
            } else {
                crate::filter::Day::from_epoch_days(
                    crate::filter::Day {
                        year: 2024,
                        month: 1,
                        day: 1,
                    }
                    .epoch_days()
                        + ((h >> 48) % u64::from(days)) as i32,
                )
                .to_string()
            }),
            date_how: DateHow::Dateline,
            source,
            target: Some(target),
            cameo: code.code.clone(),
            root: code.root.clone(),
            goldstein: code.goldstein,
            quad_class: code.quad_class,
            plover: None,
            issues: Vec::new(),
            place: Some(EventPlace {
                name: format!("Place {}", e % 5000),
                span: None,
                how: "dateline".into(),
                geo: PlaceGeo {
                    geo_type: Some(4),
                    full_name: Some(format!("Place {}", e % 5000)),
                    country: Some("AJ".into()),
                    iso3: Some(c1.clone()),
                    adm1: None,
                    iso3166_2: None,
                    lat: Some(lat),
                    lon: Some(lon),
                    feature_id: Some((e % 5000) as i64 + 1),
                },
            }),
            doc_id: doc,
            sentence,
            verb_span: Span::new(10, 15),
            pattern: "bench".into(),
            is_root: sentence == 0,
            confidence: 1.0,
            model_version: "bench".into(),
            dictionary_version: "bench".into(),
        });
    }
    out
}

impl Store {
    /// Fills the events table with `n` synthetic events over `days` days
    /// from 2015-01-01, generated inside DuckDB (for the aggregate
    /// benchmark only). Actors
    /// are skewed as in real event data, where a few countries and the
    /// government role make most of the events: a country's index is drawn
    /// as `150 * u^3` and a role's as `6 * u^2` (`u` uniform), Russia and
    /// Azerbaijan first.
    pub fn fill_synthetic_events(&self, n: usize, days: u32) -> Result<()> {
        let cs = countries();
        let list = |v: &[String]| {
            format!(
                "[{}]",
                v.iter()
                    .map(|c| format!("'{c}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let roles: Vec<String> = ROLES.iter().map(|r| r.to_string()).collect();
        let codes: Vec<String> = Codebook::bundled()
            .events
            .iter()
            .map(|e| e.code.clone())
            .collect();
        let sql = format!(
            "INSERT INTO events (id, day, source_code, source_country, target_code, target_country, cameo, root, \
             quad_class, goldstein, lat, lon, num_mentions, num_sources, num_articles, first_seen, first_mention, \
             is_root, confidence, num_clusters) \
             SELECT i, DATE '2015-01-01' + CAST(h % {days} AS INTEGER), c1 || r1, c1, c2 || r2, c2, code, code[1:2], \
             CAST(1 + h % 4 AS TINYINT), CAST((h % 200) / 10.0 - 10 AS FLOAT), (h % 1500) / 10.0 - 60, (h % 3600) / 10.0 - 180, \
             CAST(1 + h % 7 AS INTEGER), 1, 1, TIMESTAMP '2025-01-01', 'bench', FALSE, 1.0, 1 \
             FROM (SELECT i, h, \
               cs[1 + CAST(floor({nc} * pow(((h >> 3) % 1000003) / 1000003.0, 3)) AS INTEGER)] AS c1, \
               cs[1 + CAST(floor({nc} * pow(((h >> 23) % 1000033) / 1000033.0, 3)) AS INTEGER)] AS c2, \
               rs[1 + CAST(floor(6 * pow(((h >> 43) % 1009) / 1009.0, 2)) AS INTEGER)] AS r1, \
               rs[1 + CAST(floor(6 * pow(((h >> 53) % 1013) / 1013.0, 2)) AS INTEGER)] AS r2, \
               ks[1 + CAST((h >> 37) % {nk} AS INTEGER)] AS code \
               FROM (SELECT range AS i, hash(range) AS h, {cs} AS cs, {rs} AS rs, {ks} AS ks FROM range({n})))",
            nc = cs.len(),
            nk = codes.len(),
            days = days.max(1),
            cs = list(&cs),
            rs = list(&roles),
            ks = list(&codes),
        );
        self.conn
            .execute_batch(&sql)
            .map_err(|cause| StoreError::Db {
                path: self.path.clone(),
                what: "cannot fill synthetic events".into(),
                cause,
            })
    }
}

/// What to measure.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Events of the synthetic day.
    pub events: usize,
    /// Mentions of the synthetic day.
    pub mentions: usize,
    /// Events of the large table.
    pub aggregate_events: usize,
    /// Days the large table spans; `None`: as many as it takes at the
    /// synthetic day's rate (10 million events at 300,000 a day: 34 days,
    /// about GDELT's volume).
    pub aggregate_days: Option<u32>,
}

impl Plan {
    fn days(&self) -> u32 {
        self.aggregate_days.unwrap_or_else(|| {
            let d = self.aggregate_events.div_ceil(self.events.max(1));
            u32::try_from(d).unwrap_or(u32::MAX).max(1)
        })
    }
}

/// Runs the benchmark in a scratch directory (removed afterwards).
pub fn run(plan: &Plan, dir: Option<&Path>) -> Result<Report> {
    let (events, mentions, aggregate_events) = (plan.events, plan.mentions, plan.aggregate_events);
    let base = dir.map_or_else(std::env::temp_dir, Path::to_path_buf);
    let scratch = base.join(format!("dyad-bench-store-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| StoreError::Io {
        path: scratch.clone(),
        source: e,
    })?;
    let result = run_in(
        &scratch,
        events,
        mentions.max(events),
        aggregate_events,
        plan.days(),
    );
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn run_in(
    scratch: &Path,
    events: usize,
    mentions: usize,
    aggregate_events: usize,
    aggregate_days: u32,
) -> Result<Report> {
    let day_path = scratch.join("day.duckdb");
    let records = synthetic_day(events, mentions);
    let mut store = Store::open(&day_path)?;
    let start = Instant::now();
    for chunk in records.chunks(200_000) {
        store.stage_events(chunk)?;
    }
    store.settle_events()?;
    let load_seconds = start.elapsed().as_secs_f64();
    let (_, _, events_stored) = store.counts()?;
    drop(store);
    let day_file_bytes = std::fs::metadata(&day_path).map_or(0, |m| m.len());

    let big_path = scratch.join("big.duckdb");
    let store = Store::open(&big_path)?;
    let start = Instant::now();
    store.fill_synthetic_events(aggregate_events, aggregate_days)?;
    let fill_seconds = start.elapsed().as_secs_f64();
    // The fill bypasses the import, whose settling would have ordered them.
    let mut store = store;
    let start = Instant::now();
    if store.clustering_due()?.is_some() {
        store.cluster_events()?;
    }
    let cluster_seconds = start.elapsed().as_secs_f64();
    drop(store);
    let store = Store::open_read_only(&big_path)?;
    let q = Query {
        group_by: vec![GroupBy::Month, GroupBy::Dyad],
        ..Query::default()
    };
    // A first run warms the file cache; the second is timed.
    let _ = store.query(&q)?;
    let start = Instant::now();
    let groups = store.query(&q)?;
    let aggregate_seconds = start.elapsed().as_secs_f64();
    // The same aggregate computed inside DuckDB, its groups counted there:
    // what the query costs without moving a million rows into dyad.
    let counted = format!("SELECT count(*) FROM ({})", q.sql());
    let _ = store.sql(&counted)?;
    let start = Instant::now();
    let _ = store.sql(&counted)?;
    let aggregate_engine_seconds = start.elapsed().as_secs_f64();
    let mut f = Filter::default();
    for (k, v) in [
        ("source", "RUSGOV"),
        ("target", "AZEGOV"),
        ("from", "2015-01-01"),
        ("to", "2015-12-31"),
    ] {
        f.set(k, v)?;
    }
    // Every event listed, and the first page `dyad query` prints by default.
    let one = Query {
        filter: f,
        ..Query::default()
    };
    let _ = store.query(&one)?;
    let start = Instant::now();
    let rows = store.query(&one)?;
    let dyad_year_seconds = start.elapsed().as_secs_f64();
    let page = Query {
        limit: Some(1000),
        ..one
    };
    let _ = store.query(&page)?;
    let start = Instant::now();
    let _ = store.query(&page)?;
    let dyad_year_page_seconds = start.elapsed().as_secs_f64();
    Ok(Report {
        day_events: events,
        day_mentions: mentions,
        load_seconds,
        events_stored,
        aggregate_table_events: aggregate_events,
        aggregate_days,
        fill_seconds,
        cluster_seconds,
        aggregate_groups: groups.rows.len(),
        aggregate_seconds,
        aggregate_engine_seconds,
        dyad_year_seconds,
        dyad_year_page_seconds,
        dyad_year_rows: rows.rows.len(),
        day_file_bytes,
    })
}

/// A store for trying the web page and for its browser test: `events`
/// synthetic events over two years (records only, no article text), and on
/// the last day a few real articles whose events (RUSGOV and AZEGOV meeting
/// in Baku) carry their sentences, so that the newest events can be opened.
pub fn demo_store(path: &Path, events: usize) -> Result<Store> {
    use crate::store::{CodedArticle, CodedBy};
    let mut store = Store::open(path)?;
    let records = synthetic_events(events, events + events / 4, 730);
    for chunk in records.chunks(200_000) {
        store.stage_events(chunk)?;
    }
    store.settle_events()?;
    let mut batch = Vec::new();
    for i in 0..12 {
        let text = format!(
            "BAKU, Jan. 1 -- Russian Foreign Minister Sergey Lavrov met Azerbaijani officials in Baku on Wednesday, report {i}.\n\n\
             The two sides discussed regional security."
        );
        let first_end = text.find("\n\n").unwrap_or(text.len());
        let span_of = |w: &str| {
            let s = text.find(w).unwrap_or(0);
            Span::new(s, s + w.len())
        };
        let doc = format!("demo-{i}");
        let mut src = actor("RUSGOV".into(), "RUS", 0);
        src.span = span_of("Russian Foreign Minister Sergey Lavrov");
        src.text = "Russian Foreign Minister Sergey Lavrov".into();
        let mut tgt = actor("AZEGOV".into(), "AZE", 0);
        tgt.span = span_of("Azerbaijani officials");
        tgt.text = "Azerbaijani officials".into();
        let cb = Codebook::bundled()
            .get("040")
            .expect("040 is in the codebook");
        let mut events = Vec::new();
        for (s, t) in [(src.clone(), tgt.clone()), (tgt, src)] {
            events.push(Event {
                id: dyad_coder::event::event_id(&doc, 0, &s.code, &t.code, "040"),
                date: Some("2026-01-01".into()),
                date_how: DateHow::Dateline,
                source: s,
                target: Some(t),
                cameo: "040".into(),
                root: "04".into(),
                goldstein: cb.goldstein,
                quad_class: cb.quad_class,
                plover: None,
                issues: Vec::new(),
                place: Some(EventPlace {
                    name: "Baku".into(),
                    span: Some(span_of("Baku on")),
                    how: "sentence".into(),
                    geo: PlaceGeo {
                        geo_type: Some(4),
                        full_name: Some("Baku, Baki, Azerbaijan".into()),
                        country: Some("AJ".into()),
                        iso3: Some("AZE".into()),
                        adm1: Some("AJ09".into()),
                        iso3166_2: None,
                        lat: Some(40.377_67),
                        lon: Some(49.892_01),
                        feature_id: Some(587_084),
                    },
                }),
                doc_id: doc.clone(),
                sentence: 0,
                verb_span: span_of("met"),
                pattern: "demo".into(),
                is_root: true,
                confidence: 1.0,
                model_version: "demo".into(),
                dictionary_version: "demo".into(),
            });
        }
        let article = dyad_ingest::Article {
            id: doc.clone(),
            url: Some(format!("https://news{}.example/baku-talks", i % 4)),
            source: Some(format!("Outlet {}", i % 4)),
            title: Some("Lavrov holds talks in Baku".into()),
            published: Some("2026-01-01T12:00:00Z".into()),
            language: "en".into(),
            paragraphs: text.split("\n\n").map(String::from).collect(),
            content_hash: format!("{:016x}", dyad_coder::pattern::fnv1a(text.as_bytes())),
            cluster: "demo-0".into(),
            text: text.clone(),
            ..dyad_ingest::Article::default()
        };
        batch.push(CodedArticle {
            article,
            sentences: vec![
                Span::new(0, first_end),
                Span::new(first_end + 2, text.len()),
            ],
            events,
            coded_by: Some(CodedBy {
                model_version: "demo".into(),
                dictionary_version: "demo".into(),
            }),
        });
    }
    store.append(&batch)?;
    Ok(store)
}
