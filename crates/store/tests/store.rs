//! The store end to end on hand-made records: creation, refusal of foreign
//! files, migration, idempotent appends, GDELT-style aggregation, queries
//! and exports.

use std::path::Path;

use dyad_coder::{DateHow, Event, EventActor, EventPlace, PlaceGeo};
use dyad_ingest::Article;
use dyad_store::{CodedArticle, CodedBy, ExportFormat, Filter, GroupBy, Query, Store, StoreError};
use dyad_text::Span;

fn actor(code: &str, start: usize) -> EventActor {
    EventActor {
        code: code.into(),
        country: Some(code[..3].into()),
        role: code.get(3..).filter(|r| !r.is_empty()).map(String::from),
        text: code.into(),
        span: Span::new(start, start + 6),
        group: None,
        ethnic: None,
        religion: None,
        type_code: None,
        place: None,
    }
}

fn event(doc: &str, sentence: usize, src: &str, tgt: &str, cameo: &str, date: &str) -> Event {
    let cb = dyad_dict::Codebook::bundled()
        .get(cameo)
        .expect("a known code");
    Event {
        id: dyad_coder::event::event_id(doc, sentence, src, tgt, cameo),
        date: Some(date.into()),
        date_how: DateHow::Dateline,
        source: actor(src, 0),
        target: Some(actor(tgt, 11)),
        cameo: cameo.into(),
        root: cb.root.clone(),
        goldstein: cb.goldstein,
        quad_class: cb.quad_class,
        plover: None,
        issues: vec![],
        place: Some(EventPlace {
            name: "Baku".into(),
            span: None,
            how: "dateline".into(),
            geo: PlaceGeo {
                geo_type: Some(4),
                full_name: Some("Baku, Baki, Azerbaijan".into()),
                country: Some("AJ".into()),
                iso3: Some("AZE".into()),
                adm1: Some("AJ09".into()),
                iso3166_2: Some("AZ-BA".into()),
                lat: Some(40.3777),
                lon: Some(49.892),
                feature_id: Some(587_084),
            },
        }),
        doc_id: doc.into(),
        sentence,
        verb_span: Span::new(7, 10),
        pattern: "test".into(),
        is_root: sentence == 0,
        confidence: 0.9,
        model_version: "m1".into(),
        dictionary_version: "d1".into(),
    }
}

fn article(id: &str, url: Option<&str>, source: Option<&str>, text: &str) -> Article {
    Article {
        id: id.into(),
        url: url.map(String::from),
        source: source.map(String::from),
        title: Some("Talks".into()),
        published: Some("2017-11-20T10:00:00+08:00".into()),
        language: "en".into(),
        paragraphs: vec![text.into()],
        text: text.into(),
        content_hash: format!("{:016x}", dyad_coder::pattern::fnv1a(text.as_bytes())),
        cluster: id.into(),
        ..Article::default()
    }
}

fn coded(a: Article, events: Vec<Event>) -> CodedArticle {
    CodedArticle {
        sentences: vec![Span::new(0, a.text.len())],
        article: a,
        events,
        coded_by: Some(CodedBy {
            model_version: "m1".into(),
            dictionary_version: "d1".into(),
        }),
    }
}

const TEXT: &str = "RUSGOV meets AZEGOV in Baku. Both sides praised the talks.";

fn wire_copy(id: &str, url: &str, outlet: &str) -> CodedArticle {
    coded(
        article(id, Some(url), Some(outlet), TEXT),
        vec![
            event(id, 0, "RUSGOV", "AZEGOV", "040", "2017-11-19"),
            event(id, 0, "AZEGOV", "RUSGOV", "040", "2017-11-19"),
        ],
    )
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

#[test]
fn a_new_store_is_created_at_the_current_schema_and_reopens() {
    let dir = tmp();
    let p = dir.path().join("s.duckdb");
    let s = Store::open(&p).unwrap();
    assert_eq!(
        s.schema_version().unwrap(),
        dyad_store::schema::SCHEMA_VERSION
    );
    drop(s);
    let s = Store::open_read_only(&p).unwrap();
    assert_eq!(s.counts().unwrap(), (0, 0, 0));
}

fn digest(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn foreign_files_are_refused_and_left_untouched() {
    let dir = tmp();
    let text = dir.path().join("notes.duckdb");
    std::fs::write(&text, "these are my notes, not a database\n").unwrap();
    let before = digest(&text);
    let e = Store::open(&text).err().expect("refused");
    assert!(matches!(e, StoreError::Foreign { .. }), "{e}");
    assert!(e.to_string().contains("not a DuckDB database file"), "{e}");
    assert_eq!(digest(&text), before);

    // Someone else's DuckDB database.
    let other = dir.path().join("other.duckdb");
    {
        let c = duckdb::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE sales (id INTEGER); INSERT INTO sales VALUES (1);")
            .unwrap();
    }
    let before = digest(&other);
    for e in [
        Store::open(&other).err(),
        Store::open_read_only(&other).err(),
    ] {
        let e = e.expect("refused");
        assert!(e.to_string().contains("no dyad `meta` table"), "{e}");
    }
    assert_eq!(digest(&other), before);
    let c = duckdb::Connection::open(&other).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM sales", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn a_file_from_a_newer_dyad_is_refused() {
    let dir = tmp();
    let p = dir.path().join("s.duckdb");
    drop(Store::open(&p).unwrap());
    {
        let c = duckdb::Connection::open(&p).unwrap();
        c.execute_batch("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
            .unwrap();
    }
    let e = Store::open(&p).err().expect("refused");
    assert!(e.to_string().contains("schema version 99 is newer"), "{e}");
}

#[test]
fn a_version_1_file_is_migrated_forward_with_its_data() {
    let dir = tmp();
    let p = dir.path().join("old.duckdb");
    Store::create_at_version(&p, 1).unwrap();
    {
        // Rows as a version-1 dyad wrote them: no sentences table, no
        // num_clusters column.
        let c = duckdb::Connection::open(&p).unwrap();
        c.execute_batch(
            "INSERT INTO mentions (seq, id, event_id, doc_id, sentence, day, date_how, source_code, target_code, \
               cameo, root, quad_class, goldstein, source_start, source_end, verb_start, verb_end, confidence, \
               is_root, pattern, cluster, added, model_version, dictionary_version, record) VALUES \
             (0, 'a', 7, 'd1', 0, DATE '2017-11-19', 'dateline', 'RUSGOV', 'AZEGOV', '040', '04', 1, 1.0, 0, 6, 7, 10, 1.0, TRUE, 'p', 'd1', TIMESTAMP '2017-11-20 00:00:00', 'm', 'd', '{}'), \
             (1, 'b', 7, 'd2', 0, DATE '2017-11-19', 'dateline', 'RUSGOV', 'AZEGOV', '040', '04', 1, 1.0, 0, 6, 7, 10, 1.0, TRUE, 'p', 'd1', TIMESTAMP '2017-11-20 00:00:00', 'm', 'd', '{}'); \
             INSERT INTO events VALUES (7, DATE '2017-11-19', 'RUSGOV', 'RUS', 'AZEGOV', 'AZE', '040', '04', 1, 1.0, \
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 2, 2, TIMESTAMP '2017-11-20 00:00:00', 'a', TRUE, 1.0);",
        )
        .unwrap();
        let cols: i64 = c
            .query_row(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'num_clusters'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(cols, 0, "a version-1 file has no num_clusters");
    }
    let s = Store::open(&p).unwrap();
    assert_eq!(
        s.schema_version().unwrap(),
        dyad_store::schema::SCHEMA_VERSION
    );
    let t = s
        .sql("SELECT num_mentions, num_clusters FROM events")
        .unwrap();
    assert_eq!(
        t.rows,
        vec![vec![serde_json::json!(2), serde_json::json!(1)]],
        "both mentions are one cluster"
    );
    let t = s.sql("SELECT count(*) FROM sentences").unwrap();
    assert_eq!(t.rows[0][0], 0);
}

#[test]
fn appending_twice_adds_nothing_and_copies_become_mentions() {
    let dir = tmp();
    let p = dir.path().join("s.duckdb");
    let mut s = Store::open(&p).unwrap();
    let first = s
        .append(&[wire_copy("a1", "https://www.one.example/x", "One")])
        .unwrap();
    assert_eq!(
        (first.articles, first.mentions, first.events_touched),
        (1, 2, 2)
    );
    let again = s
        .append(&[wire_copy("a1", "https://www.one.example/x", "One")])
        .unwrap();
    assert_eq!(
        (again.articles, again.already_stored, again.mentions),
        (0, 1, 0)
    );
    // The same page under another id (read from another file): same content and URL.
    let same_page = s
        .append(&[wire_copy("a1-again", "https://www.one.example/x", "One")])
        .unwrap();
    assert_eq!((same_page.articles, same_page.already_stored), (0, 1));
    // The wire story at two more outlets, one of them a near-duplicate cluster member.
    let mut copy = wire_copy("a3", "https://three.example/y", "Three");
    copy.article.cluster = "a2".into();
    let more = s
        .append(&[wire_copy("a2", "https://two.example/y", "Two"), copy])
        .unwrap();
    assert_eq!(
        (more.articles, more.mentions, more.events_touched),
        (2, 4, 2)
    );
    assert_eq!(s.counts().unwrap(), (3, 6, 2));
    let t = s
        .sql("SELECT source_code, num_mentions, num_sources, num_articles, num_clusters, first_mention FROM events ORDER BY source_code")
        .unwrap();
    assert_eq!(t.rows.len(), 2);
    for row in &t.rows {
        assert_eq!(
            &row[1..5],
            &serde_json::json!([3, 3, 3, 2]).as_array().unwrap()[..],
            "{row:?}"
        );
    }
    // The event's fields come from its first report.
    let first_id = dyad_coder::event::event_id("a1", 0, "AZEGOV", "RUSGOV", "040");
    assert_eq!(t.rows[0][5], serde_json::Value::String(first_id));
    assert!(s.check_consistency().unwrap().is_empty());
}

#[test]
fn an_article_stored_uncoded_is_coded_later_once() {
    let dir = tmp();
    let mut s = Store::open(&dir.path().join("s.duckdb")).unwrap();
    let mut bare = wire_copy("a1", "https://one.example/x", "One");
    bare.events.clear();
    bare.coded_by = None;
    assert_eq!(s.append(&[bare]).unwrap().articles, 1);
    let now = s
        .append(&[wire_copy("a1", "https://one.example/x", "One")])
        .unwrap();
    assert_eq!((now.articles, now.newly_coded, now.mentions), (0, 1, 2));
    let again = s
        .append(&[wire_copy("a1", "https://one.example/x", "One")])
        .unwrap();
    assert_eq!(
        (again.newly_coded, again.mentions, again.already_stored),
        (0, 0, 1)
    );
    assert!(s.check_consistency().unwrap().is_empty());
}

#[test]
fn recoding_replaces_events_and_drops_orphans() {
    let dir = tmp();
    let mut s = Store::open(&dir.path().join("s.duckdb")).unwrap();
    s.append(&[
        wire_copy("a1", "https://one.example/x", "One"),
        wire_copy("a2", "https://two.example/x", "Two"),
    ])
    .unwrap();
    // A new coding of a1 finds a 043 instead of the two 040s.
    let mut new = wire_copy("a1", "https://one.example/x", "One");
    new.events = vec![event("a1", 0, "RUSGOV", "AZEGOV", "043", "2017-11-19")];
    new.coded_by.as_mut().unwrap().model_version = "m2".into();
    let (removed, written) = s.replace_coding(&[new]).unwrap();
    assert_eq!((removed, written), (2, 1));
    let t = s
        .sql("SELECT cameo, source_code, num_mentions FROM events ORDER BY cameo, source_code")
        .unwrap();
    let rows: Vec<String> = t
        .rows
        .iter()
        .map(|r| format!("{} {} {}", r[0], r[1], r[2]))
        .collect();
    assert_eq!(
        rows,
        [
            "\"040\" \"AZEGOV\" 1",
            "\"040\" \"RUSGOV\" 1",
            "\"043\" \"RUSGOV\" 1"
        ]
    );
    let v = s
        .sql("SELECT model_version FROM articles WHERE id = 'a1'")
        .unwrap();
    assert_eq!(v.rows[0][0], "m2");
    assert!(s.check_consistency().unwrap().is_empty());
}

fn filled_store(dir: &Path) -> Store {
    let mut s = Store::open(&dir.join("s.duckdb")).unwrap();
    let mut batch = vec![
        wire_copy("a1", "https://one.example/x", "One"),
        wire_copy("a2", "https://two.example/x", "Two"),
    ];
    let mut later = coded(
        article(
            "b1",
            Some("https://one.example/z"),
            Some("One"),
            "ARMMIL attacks AZEMIL.",
        ),
        vec![event("b1", 0, "ARMMIL", "AZEMIL", "190", "2018-03-02")],
    );
    later.events[0].place = None;
    batch.push(later);
    s.append(&batch).unwrap();
    s
}

#[test]
fn queries_filter_and_group() {
    let dir = tmp();
    let s = filled_store(dir.path());
    let list = |f: &[(&str, &str)]| {
        let mut filter = Filter::default();
        for (k, v) in f {
            filter.set(k, v).unwrap();
        }
        s.query(&Query {
            filter,
            ..Query::default()
        })
        .unwrap()
        .rows
        .len()
    };
    assert_eq!(list(&[]), 3);
    assert_eq!(list(&[("actor", "RUS")]), 2);
    assert_eq!(list(&[("source", "RUSGOV")]), 1);
    assert_eq!(list(&[("target", "AZE")]), 2);
    assert_eq!(list(&[("cameo", "04")]), 2);
    assert_eq!(list(&[("cameo", "19")]), 1);
    assert_eq!(list(&[("quad_class", "4")]), 1);
    assert_eq!(list(&[("from", "2018-01-01")]), 1);
    assert_eq!(list(&[("to", "2017-12-31")]), 2);
    assert_eq!(list(&[("near", "40.4,49.9,20")]), 2, "Baku");
    assert_eq!(list(&[("near", "51.5,-0.12,100")]), 0, "London");

    let grouped = s
        .query(&Query {
            group_by: vec![GroupBy::Month, GroupBy::Dyad],
            ..Query::default()
        })
        .unwrap();
    assert_eq!(
        grouped.columns,
        [
            "month",
            "source",
            "target",
            "events",
            "mentions",
            "goldstein_mean"
        ]
    );
    assert_eq!(grouped.rows.len(), 3);
    assert_eq!(grouped.rows[0][0], "2017-11");
    assert_eq!(grouped.rows[0][4], 2, "two mentions of each meeting");
    let by_actor = s
        .query(&Query {
            group_by: vec![GroupBy::Actor],
            ..Query::default()
        })
        .unwrap();
    let first: Vec<String> = by_actor
        .rows
        .iter()
        .map(|r| format!("{}={}", r[0], r[1]))
        .collect();
    assert_eq!(
        first,
        [
            "\"AZEGOV\"=2",
            "\"RUSGOV\"=2",
            "\"ARMMIL\"=1",
            "\"AZEMIL\"=1"
        ],
        "each side of an event counts once"
    );
    let by_country = s
        .query(&Query {
            group_by: vec![GroupBy::Country],
            ..Query::default()
        })
        .unwrap();
    assert_eq!(by_country.rows[0][0], "AZE");
    assert_eq!(by_country.rows[0][1], 3);
}

#[test]
fn a_version_2_file_keeps_its_whole_records_readable() {
    // Version 2 kept each mention's whole record in `record`; version 3
    // keeps the columns and `rest`. Rows of both kinds export alike.
    let dir = tmp();
    let p = dir.path().join("old.duckdb");
    let records = dyad_store::bench::synthetic_day(5, 8);
    let lines: Vec<String> = records
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    Store::create_at_version(&p, 2).unwrap();
    {
        let mut s = Store::open(&p).unwrap();
        assert_eq!(
            s.schema_version().unwrap(),
            dyad_store::schema::SCHEMA_VERSION
        );
        assert_eq!(s.import_events(&records[..4]).unwrap(), 4);
    }
    {
        // The first four rows as version 2 wrote them.
        let c = duckdb::Connection::open(&p).unwrap();
        for (e, line) in records.iter().zip(&lines).take(4) {
            c.execute(
                "UPDATE mentions SET record = ?, rest = NULL WHERE id = ?",
                [line.as_str(), e.id.as_str()],
            )
            .unwrap();
        }
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM mentions WHERE rest IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 4);
    }
    let mut s = Store::open(&p).unwrap();
    assert_eq!(s.import_events(&records).unwrap(), 4);
    let out = dir.path().join("out.jsonl");
    assert_eq!(
        s.export(ExportFormat::Jsonl, &Filter::default(), &out)
            .unwrap(),
        8
    );
    let back = std::fs::read_to_string(&out).unwrap();
    assert_eq!(back.lines().collect::<Vec<_>>(), lines);
    let gdelt = dir.path().join("events.csv");
    assert_eq!(
        s.export(ExportFormat::GdeltEvents, &Filter::default(), &gdelt)
            .unwrap(),
        5
    );
}

#[test]
fn records_with_numbers_too_big_for_the_columns_are_kept_whole() {
    let dir = tmp();
    let mut records = dyad_store::bench::synthetic_day(2, 2);
    records[1].verb_span = Span::new(3_000_000_000, 3_000_000_005);
    let lines: Vec<String> = records
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    let mut s = Store::open(&dir.path().join("s.duckdb")).unwrap();
    assert_eq!(s.import_events(&records).unwrap(), 2);
    let out = dir.path().join("out.jsonl");
    s.export(ExportFormat::Jsonl, &Filter::default(), &out)
        .unwrap();
    let back = std::fs::read_to_string(&out).unwrap();
    assert_eq!(back.lines().collect::<Vec<_>>(), lines);
}

#[test]
fn the_jsonl_round_trip_is_lossless() {
    let dir = tmp();
    let records = dyad_store::bench::synthetic_day(50, 120);
    let lines: Vec<String> = records
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    let mut s = Store::open(&dir.path().join("s.duckdb")).unwrap();
    assert_eq!(s.import_events(&records).unwrap(), 120);
    assert_eq!(s.import_events(&records).unwrap(), 0, "idempotent");
    let (_, mentions, events) = s.counts().unwrap();
    assert_eq!((mentions, events), (120, 50));
    assert!(s.check_consistency().unwrap().is_empty());
    let out = dir.path().join("out.jsonl");
    assert_eq!(
        s.export(ExportFormat::Jsonl, &Filter::default(), &out)
            .unwrap(),
        120
    );
    let back = std::fs::read_to_string(&out).unwrap();
    let back: Vec<&str> = back.lines().collect();
    assert_eq!(back, lines);
    for (line, e) in back.iter().zip(&records) {
        let parsed: Event = serde_json::from_str(line).unwrap();
        assert_eq!(
            (&parsed.id, &parsed.source, &parsed.cameo),
            (&e.id, &e.source, &e.cameo)
        );
    }
}

/// A bulk import stages chunks and aggregates once; a run killed before
/// that leaves the ids listed, and the next open (for writing or reading)
/// aggregates them: the same events as a one-step import.
#[test]
fn staged_records_are_aggregated_once_and_after_an_interrupted_import() {
    let dir = tmp();
    let records = dyad_store::bench::synthetic_day(60, 200);
    let reference = dir.path().join("ref.duckdb");
    let want = {
        let mut s = Store::open(&reference).unwrap();
        s.import_events(&records).unwrap();
        s.sql("SELECT id, num_mentions, num_articles, first_mention FROM events ORDER BY id")
            .unwrap()
    };

    // Staged in chunks, settled once.
    let staged = dir.path().join("staged.duckdb");
    let mut s = Store::open(&staged).unwrap();
    for chunk in records.chunks(70) {
        s.stage_events(chunk).unwrap();
    }
    assert!(s.pending_events().unwrap() > 0);
    assert_eq!(s.counts().unwrap().2, 0, "no events before settling");
    assert_eq!(s.settle_events().unwrap(), 60);
    assert_eq!(s.pending_events().unwrap(), 0);
    assert_eq!(s.settle_events().unwrap(), 0, "nothing left to settle");
    let got = s
        .sql("SELECT id, num_mentions, num_articles, first_mention FROM events ORDER BY id")
        .unwrap();
    assert_eq!(got.rows, want.rows);
    assert!(s.check_consistency().unwrap().is_empty());
    drop(s);

    // Interrupted before settling: the next open for writing settles.
    for (name, read_only) in [("killed-rw.duckdb", false), ("killed-ro.duckdb", true)] {
        let path = dir.path().join(name);
        let mut s = Store::open(&path).unwrap();
        for chunk in records.chunks(70) {
            s.stage_events(chunk).unwrap();
        }
        drop(s);
        let s = if read_only {
            Store::open_read_only(&path).unwrap()
        } else {
            Store::open(&path).unwrap()
        };
        assert_eq!(s.pending_events().unwrap(), 0, "{name}");
        let got = s
            .sql("SELECT id, num_mentions, num_articles, first_mention FROM events ORDER BY id")
            .unwrap();
        assert_eq!(got.rows, want.rows, "{name}");
        assert!(s.check_consistency().unwrap().is_empty(), "{name}");
    }
}

/// Putting the events in dyad order changes where rows lie, not what any
/// query answers; writes after it are counted towards the next ordering.
#[test]
fn events_put_in_dyad_order_answer_the_same() {
    let dir = tmp();
    let records = dyad_store::bench::synthetic_day(300, 700);
    let mut s = Store::open(&dir.path().join("s.duckdb")).unwrap();
    s.import_events(&records[..500]).unwrap();
    assert_eq!(s.unordered_events().unwrap(), Some(300), "every event new");
    let all = "SELECT id, day, source_code, target_code, cameo, num_mentions, num_articles, first_mention \
               FROM events ORDER BY id";
    let before = s.sql(all).unwrap();
    let q = Query {
        group_by: vec![GroupBy::Month, GroupBy::Dyad],
        ..Query::default()
    };
    let grouped = s.query(&q).unwrap();
    assert_eq!(
        s.clustering_due().unwrap(),
        None,
        "300 events are read whole"
    );

    assert_eq!(s.cluster_events().unwrap(), 300);
    assert_eq!(s.unordered_events().unwrap(), Some(0));
    assert_eq!(s.sql(all).unwrap().rows, before.rows);
    assert_eq!(s.query(&q).unwrap().rows, grouped.rows);
    assert!(s.check_consistency().unwrap().is_empty());
    // The table as stored (no ORDER BY) is in dyad order.
    let stored = s
        .sql("SELECT source_code, target_code, day FROM events")
        .unwrap()
        .rows;
    let mut sorted = stored.clone();
    sorted.sort_by_key(|r| {
        r.iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
    });
    assert_eq!(stored, sorted);

    // The rest of the day touches events old and new: each recomputed
    // event goes to the end of the table and counts as unordered.
    s.import_events(&records[500..]).unwrap();
    let (_, _, events) = s.counts().unwrap();
    let unordered = s.unordered_events().unwrap().unwrap();
    assert!(
        unordered > 0 && unordered <= events,
        "{unordered} of {events}"
    );
    assert!(s.check_consistency().unwrap().is_empty());
}

fn columns_of(schema_file: &str) -> Vec<String> {
    // Lines "N<TAB>NAME<TAB>TYPE..." after a header; the Mentions file ends
    // with a note row ("Add New Fields") that has no type.
    std::fs::read_to_string(schema_file)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(['\t', ',']).collect();
            (f.len() > 2 && !f[2].trim().is_empty()).then(|| f[1].trim().to_string())
        })
        .collect()
}

#[test]
fn gdelt_exports_have_gdelts_columns_in_order() {
    let Some(schema) = dyad_testdata::shared("cameo/gdelt-schema") else {
        return;
    };
    // One row per column: "NAME,TYPE,MODE,DESCRIPTION" after a header row.
    let events_cols = std::fs::read_to_string(
        schema.join("GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"),
    )
    .unwrap();
    let header: Vec<&str> = events_cols
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let ours: Vec<&str> = dyad_coder::gdelt::COLUMNS.to_vec();
    assert_eq!(header.len(), 61);
    assert_eq!(ours, header);
    let mention_cols = columns_of(
        schema
            .join("GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv")
            .to_str()
            .unwrap(),
    );
    assert_eq!(mention_cols.len(), 16, "{mention_cols:?}");
    assert_eq!(dyad_coder::gdelt::MENTION_COLUMNS.to_vec(), mention_cols);

    let dir = tmp();
    let s = filled_store(dir.path());
    let ev = dir.path().join("events.csv");
    assert_eq!(
        s.export(ExportFormat::GdeltEvents, &Filter::default(), &ev)
            .unwrap(),
        3
    );
    let text = std::fs::read_to_string(&ev).unwrap();
    let idx = |name: &str| header.iter().position(|h| *h == name).unwrap();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 61, "{line}");
        assert_eq!(f[idx("DATEADDED")].len(), 14, "YYYYMMDDHHMMSS: {line}");
        if f[idx("EventCode")] == "040" {
            assert_eq!(f[idx("SQLDATE")], "20171119");
            assert_eq!(f[idx("NumMentions")], "2");
            assert_eq!(f[idx("NumSources")], "2");
            assert_eq!(f[idx("NumArticles")], "2");
            assert_eq!(f[idx("ActionGeo_FeatureID")], "587084");
            assert_eq!(f[idx("ActionGeo_ADM1Code")], "AJ09");
            assert_eq!(f[idx("SOURCEURL")], "https://one.example/x");
            assert_eq!(f[idx("IsRootEvent")], "1");
        } else {
            assert_eq!(f[idx("ActionGeo_Lat")], "", "no place, empty as in GDELT");
        }
    }
    let me = dir.path().join("mentions.csv");
    assert_eq!(
        s.export(ExportFormat::GdeltMentions, &Filter::default(), &me)
            .unwrap(),
        5
    );
    let text = std::fs::read_to_string(&me).unwrap();
    let ids: std::collections::HashSet<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "mentions point at the three events");
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 16, "{line}");
        assert_eq!(f[3], "1", "MentionType WEB for a URL");
        assert_eq!(f[6], "1", "SentenceID is 1-based");
        assert_eq!(f[11], "90", "Confidence in percent");
        let doc_len: usize = f[12].parse().unwrap();
        assert!(
            doc_len == TEXT.chars().count() || doc_len == "ARMMIL attacks AZEMIL.".len(),
            "MentionDocLen: {line}"
        );
    }
}

#[test]
fn parquet_exports_read_back_by_day() {
    let dir = tmp();
    let s = filled_store(dir.path());
    let out = dir.path().join("pq");
    assert_eq!(
        s.export(ExportFormat::Parquet, &Filter::default(), &out)
            .unwrap(),
        3
    );
    assert!(out.join("events/day=2017-11-19").is_dir());
    assert!(out.join("mentions/day=2018-03-02").is_dir());
    let c = duckdb::Connection::open_in_memory().unwrap();
    let q = |t: &str| -> i64 {
        c.query_row(
            &format!(
                "SELECT count(*) FROM read_parquet('{}/{t}/**/*.parquet', hive_partitioning = true)",
                out.display()
            ),
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!((q("events"), q("mentions")), (3, 5));
    // Exporting again replaces the directory whole.
    assert_eq!(
        s.export(ExportFormat::Parquet, &Filter::default(), &out)
            .unwrap(),
        3
    );
    assert_eq!(q("events"), 3);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn bad_query_options_are_refused_with_a_reason() {
    assert!(dyad_store::parse_group_by("month,year").is_err());
    let dir = tmp();
    let s = filled_store(dir.path());
    let e = s.sql("SELECT * FROM nowhere").err().unwrap();
    assert!(e.to_string().contains("nowhere"), "{e}");
}

#[test]
fn sql_results_keep_each_type_as_json() {
    let dir = tmp();
    let s = filled_store(dir.path());
    let t = s
        .sql(
            "SELECT 7::TINYINT AS a, 300000::INTEGER AS b, sum(x) AS c, 1.25::DECIMAL(5,2) AS d, \
             0.9::FLOAT AS e, 2.5::DOUBLE AS f, 'Baku' AS g, DATE '2017-11-20' AS h, \
             TIMESTAMP '2017-11-20 13:05:09' AS i, true AS j, NULL AS k, [1, 2, NULL] AS l, \
             'ab'::BLOB AS m, INTERVAL 3 DAY AS n, 170141183460469231731687303715884105727::HUGEINT AS o \
             FROM (VALUES (40000000000), (2)) v(x)",
        )
        .unwrap();
    assert_eq!(
        t.columns,
        ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"]
    );
    let row = serde_json::Value::Array(t.rows[0].clone());
    assert_eq!(
        row,
        serde_json::json!([
            7,
            300000,
            40000000002i64,
            1.25,
            0.9,
            2.5,
            "Baku",
            "2017-11-20",
            "2017-11-20T13:05:09Z",
            true,
            null,
            [1, 2, null],
            "<2 bytes>",
            "3 days",
            "170141183460469231731687303715884105727"
        ])
    );
    // Many batches come back whole and in order.
    let t = s.sql("SELECT i FROM range(5000) r(i) ORDER BY i").unwrap();
    assert_eq!(t.rows.len(), 5000);
    assert!(t.rows.iter().enumerate().all(|(i, r)| r[0] == i as i64));
    // A statement with no rows still names its columns.
    let t = s.sql("SELECT id AS x FROM events WHERE false").unwrap();
    assert_eq!((t.columns.len(), t.rows.len()), (1, 0));
}
