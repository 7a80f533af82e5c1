//! Opening (creating, checking, migrating) a store file and writing to it.
//! Every write is one transaction per batch: a batch is in the file whole or
//! not at all, whatever kills the process.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use duckdb::arrow::array::{ArrayRef, AsArray, Int64Array, StringArray};
use duckdb::arrow::datatypes::Int64Type;
use duckdb::arrow::record_batch::RecordBatch;
use duckdb::types::{TimeUnit, Value};
use duckdb::{appender_params_from_iter, params, AccessMode, Config, Connection};

use dyad_coder::gdelt::global_event_id;
use dyad_coder::Event;
use dyad_ingest::Article;
use dyad_text::Span;

use crate::batch::{cells_to_values, Cell, RowLayout};
use crate::error::{Result, StoreError};
use crate::filter::Day;
use crate::record;
use crate::schema::{APPLICATION, MIGRATIONS, REAGGREGATE, SCHEMA_VERSION};

/// An open store file.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

/// What coded an article: recorded with the article and every event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedBy {
    pub model_version: String,
    pub dictionary_version: String,
}

/// An article on its way into the store, with what the pipeline made of it.
#[derive(Debug, Clone)]
pub struct CodedArticle {
    pub article: Article,
    /// Byte spans of its sentences (empty when it was not parsed).
    pub sentences: Vec<Span>,
    /// Its event records (empty when none, or when not coded).
    pub events: Vec<Event>,
    /// `None` when the article was stored without coding (`dyad ingest --db`).
    pub coded_by: Option<CodedBy>,
}

/// What an append did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct AppendSummary {
    /// Articles written.
    pub articles: usize,
    /// Articles that were already there (same id, or same content and URL).
    pub already_stored: usize,
    /// Stored articles that were coded now for the first time.
    pub newly_coded: usize,
    /// Mention rows written (one per event record).
    pub mentions: usize,
    /// Aggregated events created or updated.
    pub events_touched: usize,
}

fn now_micros() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64)
}

fn text(s: Option<&str>) -> Cell<'_> {
    s.map_or(Cell::Null, Cell::Str)
}

fn int(n: usize) -> Cell<'static> {
    Cell::Int(i32::try_from(n).unwrap_or(i32::MAX))
}

fn date_value(d: Option<&str>) -> Cell<'static> {
    d.and_then(|d| Day::parse(d.get(..10)?))
        .map_or(Cell::Null, |d| Cell::Date32(d.epoch_days()))
}

/// Character (not byte) offset of a byte position, as GDELT counts.
fn char_offset(text: &str, byte: usize) -> Cell<'static> {
    text.get(..byte)
        .map_or(Cell::Null, |s| int(s.chars().count()))
}

/// Where an event record came from, beyond the record itself.
struct Origin<'a> {
    text: Option<&'a str>,
    outlet: Option<String>,
    url: Option<&'a str>,
    cluster: Option<&'a str>,
}

/// Rows per Arrow batch handed to the appender (DuckDB's vector size).
const BATCH_ROWS: usize = 2048;

/// Below this many events the table is not kept in dyad order (see
/// [`Store::clustering_due`]).
pub const CLUSTER_MIN_EVENTS: i64 = 1_000_000;

/// Threads that build the import's Arrow batches.
const BUILDERS: usize = 2;

fn mention_row<'a>(e: &'a Event, o: &'a Origin, seq: i64, added: i64) -> Result<Vec<Cell<'a>>> {
    let json_err = |err: serde_json::Error| StoreError::Record {
        input: e.doc_id.clone(),
        why: err.to_string(),
    };
    // The columns and `rest` hold the record (crate::record); the whole
    // JSON only where a number does not fit its column.
    let (record, rest) = if record::fits_columns(e) {
        (
            Cell::Null,
            Cell::String(record::rest_json(e).map_err(json_err)?),
        )
    } else {
        (
            Cell::String(serde_json::to_string(e).map_err(json_err)?),
            Cell::Null,
        )
    };
    let place = e.place.as_ref();
    let geo = place.map(|p| &p.geo);
    let t = e.target.as_ref();
    let chars = |b: usize| o.text.map_or(Cell::Null, |t| char_offset(t, b));
    Ok(vec![
        Cell::BigInt(seq),
        Cell::Str(&e.id),
        Cell::BigInt(global_event_id(e)),
        Cell::Str(&e.doc_id),
        int(e.sentence),
        date_value(e.date.as_deref()),
        Cell::String(
            serde_json::to_value(e.date_how)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
        ),
        Cell::Str(&e.source.code),
        text(e.source.country.as_deref()),
        text(t.map(|t| t.code.as_str())),
        text(t.and_then(|t| t.country.as_deref())),
        Cell::Str(&e.cameo),
        Cell::Str(&e.root),
        Cell::TinyInt(e.quad_class as i8),
        Cell::Float(e.goldstein),
        text(place.map(|p| p.geo.full_name.as_deref().unwrap_or(&p.name))),
        text(geo.and_then(|g| g.country.as_deref())),
        text(geo.and_then(|g| g.iso3.as_deref())),
        text(geo.and_then(|g| g.adm1.as_deref())),
        geo.and_then(|g| g.lat).map_or(Cell::Null, Cell::Double),
        geo.and_then(|g| g.lon).map_or(Cell::Null, Cell::Double),
        geo.and_then(|g| g.feature_id)
            .map_or(Cell::Null, Cell::BigInt),
        int(e.source.span.start),
        int(e.source.span.end),
        t.map_or(Cell::Null, |t| int(t.span.start)),
        t.map_or(Cell::Null, |t| int(t.span.end)),
        int(e.verb_span.start),
        int(e.verb_span.end),
        chars(e.source.span.start),
        t.map_or(Cell::Null, |t| chars(t.span.start)),
        chars(e.verb_span.start),
        o.text.map_or(Cell::Null, |t| int(t.chars().count())),
        Cell::Float(e.confidence),
        Cell::Bool(e.is_root),
        Cell::Str(&e.pattern),
        text(o.outlet.as_deref()),
        text(o.url),
        text(o.cluster),
        Cell::TimestampMicros(added),
        Cell::Str(&e.model_version),
        Cell::Str(&e.dictionary_version),
        record,
        rest,
    ])
}

fn article_row<'a>(
    a: &'a Article,
    coded_by: Option<&'a CodedBy>,
    added: i64,
) -> Result<Vec<Cell<'a>>> {
    let record = serde_json::to_string(a).map_err(|err| StoreError::Record {
        input: a.id.clone(),
        why: err.to_string(),
    })?;
    Ok(vec![
        Cell::Str(&a.id),
        Cell::Str(&a.content_hash),
        Cell::Str(&a.cluster),
        text(a.url.as_deref()),
        a.outlet().map_or(Cell::Null, Cell::String),
        text(a.title.as_deref()),
        text(a.published.as_deref()),
        text(a.dateline.place.as_deref()),
        text(a.dateline.date.as_deref()),
        Cell::Str(&a.language),
        Cell::Str(&a.input.name),
        int(a.text.chars().count()),
        Cell::TimestampMicros(added),
        text(coded_by.map(|c| c.model_version.as_str())),
        text(coded_by.map(|c| c.dictionary_version.as_str())),
        Cell::String(record),
    ])
}

/// Whether an article is in the store already.
enum Stored {
    No,
    Yes { id: String, coded: bool },
}

impl Store {
    fn db_err(&self, what: impl Into<String>) -> impl FnOnce(duckdb::Error) -> StoreError {
        db_err(&self.path, what)
    }

    /// Opens a store for reading and writing, creating it when the file does
    /// not exist and migrating an older one forward. A file that is not a
    /// dyad store is refused and left as it is.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            create(path)?;
        }
        check_foreign_bytes(path)?;
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        let version = store.version()?;
        if version < SCHEMA_VERSION {
            store.migrate(version)?;
        }
        // An import killed between storing mentions and settling their
        // events left them listed: finish its job first.
        if store.pending_events()? > 0 {
            let n = store.settle_events()?;
            tracing::info!(
                "{}: recomputed {n} events an interrupted import left pending",
                path.display()
            );
        }
        Ok(store)
    }

    /// Opens an existing store read-only (many readers may share it). An
    /// older file is first migrated forward once.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
                why: "no such file (create one with `dyad code --db` or `dyad ingest --db`)".into(),
            });
        }
        check_foreign_bytes(path)?;
        let store = Store::connect_read_only(path)?;
        let version = store.version()?;
        if version == SCHEMA_VERSION {
            if store.pending_events()? == 0 {
                return Ok(store);
            }
            // A read-only open succeeds only when no writer holds the file,
            // so pending events are an interrupted import's: settle them
            // through one open for writing, unless the file cannot be
            // written (then its events lag behind its mentions: say so).
            drop(store);
            if let Err(e) = Store::open(path) {
                tracing::warn!(
                    "{}: an interrupted import left events to recompute, and the store cannot be opened for writing to do it ({e}); aggregated counts may lag behind the mentions",
                    path.display()
                );
            }
            return Store::connect_read_only(path);
        }
        if version == 0 {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
                why: "an empty DuckDB database".into(),
            });
        }
        drop(store);
        drop(Store::open(path)?);
        Store::open_read_only(path)
    }

    /// A read-only connection, without the checks of [`Store::open_read_only`].
    fn connect_read_only(path: &Path) -> Result<Store> {
        let config = Config::default()
            .access_mode(AccessMode::ReadOnly)
            .map_err(|e| open_error(path, e))?;
        let conn = Connection::open_with_flags(path, config).map_err(|e| open_error(path, e))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The file's schema version: 0 for a new, empty database.
    fn version(&self) -> Result<i64> {
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'",
                [],
                |r| r.get(0),
            )
            .map_err(self.db_err("cannot list tables"))?;
        if tables == 0 {
            return Ok(0);
        }
        let has_meta: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'meta'",
                [],
                |r| r.get(0),
            )
            .map_err(self.db_err("cannot list tables"))?;
        let foreign = |why: &str| StoreError::Foreign {
            path: self.path.clone(),
            why: why.into(),
        };
        if has_meta == 0 {
            return Err(foreign(
                "a DuckDB database with other tables and no dyad `meta` table",
            ));
        }
        let get = |key: &str| -> Option<String> {
            self.conn
                .query_row("SELECT value FROM meta WHERE key = ?", [key], |r| r.get(0))
                .ok()
        };
        if get("application").as_deref() != Some(APPLICATION) {
            return Err(foreign("its `meta` table does not name dyad"));
        }
        let found: i64 = get("schema_version")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| foreign("no schema version in `meta`"))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(found)
    }

    /// Runs the migrations from `from` to the current version in one
    /// transaction.
    fn migrate(&mut self, from: i64) -> Result<()> {
        let path = self.path.clone();
        let err = |what: String| db_err(&path, what);
        let tx = self
            .conn
            .transaction()
            .map_err(err("cannot start a transaction".into()))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            tx.execute_batch(sql)
                .map_err(err(format!("migration to schema version {}", i + 1)))?;
        }
        tx.execute_batch(&format!(
            "INSERT OR REPLACE INTO meta VALUES ('application', '{APPLICATION}'), ('schema_version', '{SCHEMA_VERSION}');"
        ))
        .map_err(err("cannot record the schema version".into()))?;
        tx.commit()
            .map_err(err("cannot commit the migration".into()))?;
        tracing::info!(
            "{}: schema version {from} -> {SCHEMA_VERSION}",
            self.path.display()
        );
        Ok(())
    }

    /// Brings a file to an older schema version, for tests of migration.
    #[doc(hidden)]
    pub fn create_at_version(path: &Path, version: i64) -> Result<()> {
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        for sql in MIGRATIONS.iter().take(version as usize) {
            conn.execute_batch(sql).map_err(|e| open_error(path, e))?;
        }
        conn.execute_batch(&format!(
            "INSERT INTO meta VALUES ('application', '{APPLICATION}'), ('schema_version', '{version}');"
        ))
        .map_err(|e| open_error(path, e))?;
        Ok(())
    }

    /// Another connection to the same database (for a pool of readers).
    pub fn try_clone(&self) -> Result<Store> {
        Ok(Store {
            conn: self
                .conn
                .try_clone()
                .map_err(self.db_err("cannot open another connection"))?,
            path: self.path.clone(),
        })
    }

    /// Stops the query running on this connection, from another thread.
    pub fn interrupt_handle(&self) -> std::sync::Arc<duckdb::InterruptHandle> {
        self.conn.interrupt_handle()
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        self.version()
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn stored(&self, a: &Article) -> Result<Stored> {
        let row = |sql: &str, p: &[&dyn duckdb::ToSql]| -> Result<Option<(String, bool)>> {
            let mut st = self
                .conn
                .prepare_cached(sql)
                .map_err(self.db_err("cannot look up an article"))?;
            let mut rows = st
                .query(p)
                .map_err(self.db_err("cannot look up an article"))?;
            match rows
                .next()
                .map_err(self.db_err("cannot look up an article"))?
            {
                Some(r) => Ok(Some((
                    r.get(0).map_err(self.db_err("cannot read an article id"))?,
                    r.get(1).map_err(self.db_err("cannot read an article id"))?,
                ))),
                None => Ok(None),
            }
        };
        let hit = match row(
            "SELECT id, model_version IS NOT NULL FROM articles WHERE id = ?",
            &[&a.id],
        )? {
            Some(h) => Some(h),
            None => row(
                "SELECT id, model_version IS NOT NULL FROM articles \
                 WHERE content_hash = ? AND coalesce(url, '') = ? LIMIT 1",
                &[&a.content_hash, &a.url.clone().unwrap_or_default()],
            )?,
        };
        Ok(match hit {
            Some((id, coded)) => Stored::Yes { id, coded },
            None => Stored::No,
        })
    }

    fn next_seq(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT coalesce(max(seq), -1) + 1 FROM mentions", [], |r| {
                r.get(0)
            })
            .map_err(self.db_err("cannot read the mention counter"))
    }

    /// Appends coded articles in one transaction. An article already stored
    /// (same id, or same content hash and URL: the same page read again)
    /// adds nothing, unless it was stored uncoded and now comes with its
    /// coding. The same story at another URL is a new report: its events
    /// become further mentions of the same aggregated events.
    pub fn append(&mut self, batch: &[CodedArticle]) -> Result<AppendSummary> {
        let mut sum = AppendSummary::default();
        let mut new_articles: Vec<&CodedArticle> = Vec::new();
        let mut code_only: Vec<&CodedArticle> = Vec::new();
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut seen_ids: HashSet<&str> = HashSet::new();
        for ca in batch {
            let a = &ca.article;
            let key = (a.content_hash.clone(), a.url.clone().unwrap_or_default());
            if !seen_ids.insert(&a.id) || !seen.insert(key) {
                sum.already_stored += 1;
                continue;
            }
            match self.stored(a)? {
                Stored::No => new_articles.push(ca),
                Stored::Yes { id, coded: false } if id == a.id && ca.coded_by.is_some() => {
                    code_only.push(ca)
                }
                Stored::Yes { .. } => sum.already_stored += 1,
            }
        }
        if new_articles.is_empty() && code_only.is_empty() {
            return Ok(sum);
        }
        let added = now_micros();
        let mut seq = self.next_seq()?;
        let path = self.path.clone();
        let err = |what: &'static str| db_err(&path, what);
        let tx = self
            .conn
            .transaction()
            .map_err(err("cannot start a transaction"))?;
        let mut touched: Vec<i64> = Vec::new();
        {
            let mut arts = tx
                .appender("articles")
                .map_err(err("cannot append articles"))?;
            let mut sents = tx
                .appender("sentences")
                .map_err(err("cannot append sentences"))?;
            let mut ments = tx
                .appender("mentions")
                .map_err(err("cannot append mentions"))?;
            for ca in new_articles.iter().chain(&code_only) {
                let a = &ca.article;
                let is_new = new_articles.iter().any(|n| std::ptr::eq(*n, *ca));
                if is_new {
                    arts.append_row(appender_params_from_iter(cells_to_values(article_row(
                        a,
                        ca.coded_by.as_ref(),
                        added,
                    )?)))
                    .map_err(err("cannot append an article"))?;
                    sum.articles += 1;
                } else {
                    let c = ca
                        .coded_by
                        .as_ref()
                        .expect("only coded articles are coded now");
                    tx.execute(
                        "UPDATE articles SET model_version = ?, dictionary_version = ? WHERE id = ?",
                        params![c.model_version, c.dictionary_version, a.id],
                    )
                    .map_err(err("cannot mark an article coded"))?;
                    sum.newly_coded += 1;
                }
                sum.mentions += append_coding(
                    &path,
                    &mut sents,
                    &mut ments,
                    ca,
                    &mut seq,
                    added,
                    &mut touched,
                )?;
            }
            arts.flush().map_err(err("cannot write articles"))?;
            sents.flush().map_err(err("cannot write sentences"))?;
            ments.flush().map_err(err("cannot write mentions"))?;
        }
        sum.events_touched = reaggregate(&tx, touched).map_err(err("cannot aggregate events"))?;
        tx.commit().map_err(err("cannot commit"))?;
        Ok(sum)
    }

    /// Stores event records without their articles (`dyad import`: the
    /// JSON lines of `dyad code` or of an export) and brings their
    /// aggregated events up to date. A record whose id is stored already
    /// adds nothing. Returns the records written. For many chunks, call
    /// [`Store::stage_events`] for each and [`Store::settle_events`] once.
    pub fn import_events(&mut self, events: &[Event]) -> Result<usize> {
        let written = self.stage_events(events)?;
        self.settle_events()?;
        Ok(written)
    }

    /// Event ids whose aggregated events wait for [`Store::settle_events`].
    pub fn pending_events(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT count(*) FROM pending_events", [], |r| r.get(0))
            .map_err(self.db_err("cannot count pending events"))
    }

    /// Recomputes the aggregated events that staged records touched, in
    /// one transaction that also clears the list. Returns the events
    /// recomputed.
    pub fn settle_events(&mut self) -> Result<usize> {
        let path = self.path.clone();
        let err = |what: &'static str| db_err(&path, what);
        let started = std::time::Instant::now();
        let tx = self
            .conn
            .transaction()
            .map_err(err("cannot start a transaction"))?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS touched (event_id BIGINT); DELETE FROM touched; \
             INSERT INTO touched SELECT DISTINCT event_id FROM pending_events;",
        )
        .map_err(err("cannot read pending events"))?;
        let n: i64 = tx
            .query_row("SELECT count(*) FROM touched", [], |r| r.get(0))
            .map_err(err("cannot read pending events"))?;
        if n > 0 {
            tx.execute_batch(REAGGREGATE)
                .map_err(err("cannot aggregate events"))?;
            note_unordered(&tx, n as usize).map_err(err("cannot aggregate events"))?;
            tx.execute_batch("DELETE FROM pending_events")
                .map_err(err("cannot clear pending events"))?;
        }
        tx.commit().map_err(err("cannot commit"))?;
        tracing::debug!("settled {n} events in {:.2?}", started.elapsed());
        Ok(n as usize)
    }

    /// Rewrites the `events` table in dyad order (source, target, day), so
    /// that a query for one dyad or actor reads a few row groups instead of
    /// all: DuckDB skips a row group whose codes' minimum and maximum
    /// exclude the filter. New events are appended unordered after it;
    /// [`Store::clustering_due`] says when to run this again. One
    /// transaction; returns the events rewritten.
    pub fn cluster_events(&mut self) -> Result<usize> {
        let path = self.path.clone();
        let err = |what: &'static str| db_err(&path, what);
        let started = std::time::Instant::now();
        let tx = self
            .conn
            .transaction()
            .map_err(err("cannot start a transaction"))?;
        tx.execute_batch(
            "CREATE OR REPLACE TEMP TABLE clustered AS \
                 SELECT * FROM events ORDER BY source_code, target_code, day; \
             DELETE FROM events; \
             INSERT INTO events SELECT * FROM clustered; \
             DROP TABLE clustered;",
        )
        .map_err(err("cannot order the events"))?;
        let n: i64 = tx
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .map_err(err("cannot count events"))?;
        tx.execute_batch("INSERT OR REPLACE INTO meta VALUES ('events_unordered', '0')")
            .map_err(err("cannot record the ordering"))?;
        tx.commit().map_err(err("cannot commit"))?;
        tracing::info!(
            "{}: {n} events put in dyad order in {:.2?}",
            self.path.display(),
            started.elapsed()
        );
        Ok(n as usize)
    }

    /// The events [`Store::cluster_events`] would rewrite, when it is due:
    /// when the events written since the last ordering (new or recomputed:
    /// both go to the end of the table) are a quarter of a table of at
    /// least [`CLUSTER_MIN_EVENTS`]. A smaller table is read whole in a few
    /// milliseconds, and the quarter bounds both the rewriting (each event
    /// is rewritten a few times in its life) and the unordered tail a query
    /// must read. Writers call it at the end of a run.
    pub fn clustering_due(&self) -> Result<Option<usize>> {
        let (_, _, total) = self.counts()?;
        // A store never ordered is unordered throughout.
        let unordered = self.unordered_events()?.unwrap_or(total);
        Ok(clustering_is_due(total, unordered).then_some(total as usize))
    }

    /// Events written since the table was last put in dyad order.
    pub fn unordered_events(&self) -> Result<Option<i64>> {
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT (SELECT value FROM meta WHERE key = 'events_unordered')",
                [],
                |r| r.get(0),
            )
            .map_err(self.db_err("cannot read the ordering"))?;
        Ok(v.and_then(|v| v.parse().ok()))
    }

    /// Stores event records as [`Store::import_events`] does, in one
    /// transaction, but leaves their aggregated events to
    /// [`Store::settle_events`]: a bulk import aggregates once, not once
    /// per chunk. The ids to recompute are stored with the records, so a
    /// run killed before it settles is settled by the next open for
    /// writing. Returns the records written.
    pub fn stage_events(&mut self, events: &[Event]) -> Result<usize> {
        let path = self.path.clone();
        let err = |what: &'static str| db_err(&path, what);
        let started = std::time::Instant::now();
        let seq = self.next_seq()?;
        let added = now_micros();
        let tx = self
            .conn
            .transaction()
            .map_err(err("cannot start a transaction"))?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS incoming (id VARCHAR); DELETE FROM incoming;",
        )
        .map_err(err("cannot make a scratch table"))?;
        {
            let mut inc = tx.appender("incoming").map_err(err("cannot append ids"))?;
            for chunk in events.chunks(BATCH_ROWS * 8) {
                let ids = StringArray::from_iter_values(chunk.iter().map(|e| e.id.as_str()));
                let batch = RecordBatch::try_from_iter([("id", Arc::new(ids) as ArrayRef)])
                    .map_err(|e| StoreError::Record {
                        input: chunk[0].doc_id.clone(),
                        why: e.to_string(),
                    })?;
                inc.append_record_batch(batch)
                    .map_err(err("cannot append ids"))?;
            }
        }
        let mut present: HashSet<String> = HashSet::new();
        {
            let mut st = tx
                .prepare("SELECT id FROM mentions WHERE id IN (SELECT id FROM incoming)")
                .map_err(err("cannot look up stored records"))?;
            let ids = st
                .query_map([], |r| r.get::<_, String>(0))
                .map_err(err("cannot look up stored records"))?;
            for id in ids {
                present.insert(id.map_err(err("cannot read a record id"))?);
            }
        }
        let fresh: Vec<&Event> = events
            .iter()
            .filter(|e| present.insert(e.id.clone()))
            .collect();
        let mut touched: Vec<i64> = Vec::with_capacity(fresh.len());
        let written = fresh.len();
        {
            let mut ments = tx
                .appender("mentions")
                .map_err(err("cannot append mentions"))?;
            let origin = Origin {
                text: None,
                outlet: None,
                url: None,
                cluster: None,
            };
            // Rows are built (records serialised, gathered into Arrow
            // batches) on two more threads while this one appends: the
            // appender waits on the building otherwise. Each batch carries
            // its own sequence numbers, so the order they arrive in does
            // not matter.
            let layout = RowLayout::of(&tx, &path, "mentions")?;
            let event_id = layout.index_of("event_id")?;
            let chunks: Vec<&[&Event]> = fresh.chunks(BATCH_ROWS).collect();
            let next = std::sync::atomic::AtomicUsize::new(0);
            std::thread::scope(|scope| -> Result<()> {
                let (send, batches) = std::sync::mpsc::sync_channel::<Result<_>>(4);
                for _ in 0..BUILDERS {
                    let send = send.clone();
                    let (chunks, next, origin, layout) = (&chunks, &next, &origin, &layout);
                    scope.spawn(move || loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(chunk) = chunks.get(k) else { break };
                        let first = seq + (k * BATCH_ROWS) as i64;
                        let batch = chunk
                            .iter()
                            .enumerate()
                            .map(|(i, e)| mention_row(e, origin, first + i as i64, added))
                            .collect::<Result<Vec<_>>>()
                            .and_then(|rows| {
                                layout.batch(&rows).map_err(|why| StoreError::Record {
                                    input: chunk[0].doc_id.clone(),
                                    why,
                                })
                            });
                        if send.send(batch).is_err() {
                            break;
                        }
                    });
                }
                drop(send);
                for batch in batches {
                    let batch = batch?;
                    touched.extend(
                        batch
                            .column(event_id)
                            .as_primitive::<Int64Type>()
                            .values()
                            .iter(),
                    );
                    ments
                        .append_record_batch(batch)
                        .map_err(err("cannot append mentions"))?;
                }
                Ok(())
            })?;
            ments.flush().map_err(err("cannot write mentions"))?;
        }
        let appended = started.elapsed();
        touched.sort_unstable();
        touched.dedup();
        {
            let mut pending = tx
                .appender("pending_events")
                .map_err(err("cannot list pending events"))?;
            for ids in touched.chunks(BATCH_ROWS * 8) {
                let ids = Int64Array::from(ids.to_vec());
                let batch = RecordBatch::try_from_iter([("event_id", Arc::new(ids) as ArrayRef)])
                    .map_err(|e| StoreError::Record {
                    input: path.display().to_string(),
                    why: e.to_string(),
                })?;
                pending
                    .append_record_batch(batch)
                    .map_err(err("cannot list pending events"))?;
            }
        }
        tx.commit().map_err(err("cannot commit"))?;
        tracing::debug!(
            "staged {written} records: appended at {appended:.2?}, committed at {:.2?}",
            started.elapsed()
        );
        Ok(written)
    }

    /// Stored articles in id order, after `after` (paging for `dyad recode`).
    pub fn articles_after(&self, after: &str, limit: usize) -> Result<Vec<Article>> {
        let mut st = self
            .conn
            .prepare("SELECT record FROM articles WHERE id > ? ORDER BY id LIMIT ?")
            .map_err(self.db_err("cannot read articles"))?;
        let rows = st
            .query_map(params![after, limit as i64], |r| r.get::<_, String>(0))
            .map_err(self.db_err("cannot read articles"))?;
        let mut out = Vec::new();
        for r in rows {
            let json = r.map_err(self.db_err("cannot read an article"))?;
            let a: Article = serde_json::from_str(&json).map_err(|e| StoreError::Record {
                input: self.path.display().to_string(),
                why: format!("a stored article does not parse: {e}"),
            })?;
            out.push(a);
        }
        Ok(out)
    }

    /// Replaces the events of stored articles with a new coding (`dyad
    /// recode`), in one transaction; aggregated events are recomputed, and
    /// those left with no mention disappear. Returns (mentions removed,
    /// mentions written).
    pub fn replace_coding(&mut self, batch: &[CodedArticle]) -> Result<(usize, usize)> {
        let path = self.path.clone();
        let err = |what: &'static str| db_err(&path, what);
        let mut seq = self.next_seq()?;
        let added = now_micros();
        let tx = self
            .conn
            .transaction()
            .map_err(err("cannot start a transaction"))?;
        let mut touched = Vec::new();
        let mut removed = 0;
        let mut written = 0;
        for ca in batch {
            let id = &ca.article.id;
            {
                let mut st = tx
                    .prepare_cached("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?")
                    .map_err(err("cannot read old mentions"))?;
                let old = st
                    .query_map([id], |r| r.get::<_, i64>(0))
                    .map_err(err("cannot read old mentions"))?;
                for k in old {
                    touched.push(k.map_err(err("cannot read old mentions"))?);
                }
            }
            removed += tx
                .execute("DELETE FROM mentions WHERE doc_id = ?", [id])
                .map_err(err("cannot delete old mentions"))?;
            tx.execute("DELETE FROM sentences WHERE doc_id = ?", [id])
                .map_err(err("cannot delete old sentences"))?;
            let c = ca.coded_by.as_ref();
            tx.execute(
                "UPDATE articles SET model_version = ?, dictionary_version = ? WHERE id = ?",
                params![
                    c.map(|c| c.model_version.clone()),
                    c.map(|c| c.dictionary_version.clone()),
                    id
                ],
            )
            .map_err(err("cannot mark an article coded"))?;
        }
        {
            let mut sents = tx
                .appender("sentences")
                .map_err(err("cannot append sentences"))?;
            let mut ments = tx
                .appender("mentions")
                .map_err(err("cannot append mentions"))?;
            for ca in batch {
                written += append_coding(
                    &path,
                    &mut sents,
                    &mut ments,
                    ca,
                    &mut seq,
                    added,
                    &mut touched,
                )?;
            }
            sents.flush().map_err(err("cannot write sentences"))?;
            ments.flush().map_err(err("cannot write mentions"))?;
        }
        reaggregate(&tx, touched).map_err(err("cannot aggregate events"))?;
        tx.commit().map_err(err("cannot commit"))?;
        Ok((removed, written))
    }

    /// Records documents that could not be read, in one transaction.
    pub fn append_rejects(&mut self, rejects: &[dyad_ingest::Reject]) -> Result<()> {
        if rejects.is_empty() {
            return Ok(());
        }
        let added = now_micros();
        let path = self.path.clone();
        let err = move |cause| StoreError::Db {
            path: path.clone(),
            what: "cannot record rejects".into(),
            cause,
        };
        let tx = self.conn.transaction().map_err(err.clone())?;
        {
            let mut app = tx.appender("rejects").map_err(err.clone())?;
            let n = |v: Option<u64>| v.map_or(Value::Null, |v| Value::BigInt(v as i64));
            for r in rejects {
                app.append_row(appender_params_from_iter([
                    Value::Text(r.input.clone()),
                    n(r.line),
                    n(r.record),
                    n(r.byte),
                    Value::Text(r.reason.clone()),
                    Value::Timestamp(TimeUnit::Microsecond, added),
                ]))
                .map_err(err.clone())?;
            }
        }
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// The ids among `articles` that were coded by this model and these
    /// dictionaries already (`dyad recode` skips them).
    pub fn coded_with(
        &self,
        articles: &[Article],
        model: &str,
        dict: &str,
    ) -> Result<HashSet<String>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT id FROM articles WHERE id = ? AND model_version = ? AND dictionary_version = ?",
            )
            .map_err(self.db_err("cannot read articles"))?;
        let mut out = HashSet::new();
        for a in articles {
            let mut rows = st
                .query(params![a.id, model, dict])
                .map_err(self.db_err("cannot read articles"))?;
            if rows
                .next()
                .map_err(self.db_err("cannot read articles"))?
                .is_some()
            {
                out.insert(a.id.clone());
            }
        }
        Ok(out)
    }

    /// Folds the write-ahead log into the file. DuckDB also does this when
    /// the store is dropped, but silently: a full disk then goes unnoticed.
    /// Committed data is safe either way: a log left behind is applied the
    /// next time the store is opened.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .execute_batch("CHECKPOINT")
            .map_err(self.db_err("cannot fold the write-ahead log into the file"))
    }

    /// Counts of the main tables: (articles, mentions, events).
    pub fn counts(&self) -> Result<(i64, i64, i64)> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), (SELECT count(*) FROM events)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(self.db_err("cannot count rows"))
    }

    /// Checks the invariants that bind the tables together: every event's
    /// counts equal what its mentions say, no mention id is stored twice,
    /// every mention belongs to an event, no event waits to be aggregated.
    /// Returns the problems found.
    pub fn check_consistency(&self) -> Result<Vec<String>> {
        let checks = [
            (
                "mention ids stored twice",
                "SELECT count(*) FROM (SELECT id FROM mentions GROUP BY id HAVING count(*) > 1)",
            ),
            (
                "article ids stored twice",
                "SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)",
            ),
            (
                "events whose counts disagree with their mentions",
                "SELECT count(*) FROM events e FULL OUTER JOIN \
                 (SELECT event_id, count(*) n FROM mentions GROUP BY event_id) m ON m.event_id = e.id \
                 WHERE e.id IS NULL OR m.event_id IS NULL OR e.num_mentions <> m.n",
            ),
            (
                "events stored twice",
                "SELECT count(*) FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1)",
            ),
            (
                "events waiting to be aggregated (an interrupted import)",
                "SELECT count(DISTINCT event_id) FROM pending_events",
            ),
        ];
        let mut problems = Vec::new();
        for (what, sql) in checks {
            let n: i64 = self
                .conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(self.db_err(format!("cannot check {what}")))?;
            if n > 0 {
                problems.push(format!("{n} {what}"));
            }
        }
        Ok(problems)
    }
}

/// Names the file and the operation on a DuckDB error (an owned closure,
/// so that it can be used while a transaction borrows the connection).
fn db_err(path: &Path, what: impl Into<String>) -> impl FnOnce(duckdb::Error) -> StoreError {
    let (path, what) = (path.to_path_buf(), what.into());
    move |cause| StoreError::Db { path, what, cause }
}

/// Appends an article's sentences and one mention per event record;
/// advances `seq`, collects the events' keys in `touched`, returns the
/// mentions written.
fn append_coding(
    path: &Path,
    sents: &mut duckdb::Appender<'_>,
    ments: &mut duckdb::Appender<'_>,
    ca: &CodedArticle,
    seq: &mut i64,
    added: i64,
    touched: &mut Vec<i64>,
) -> Result<usize> {
    let err = |what: &str| db_err(path, what.to_string());
    let a = &ca.article;
    for (i, s) in ca.sentences.iter().enumerate() {
        sents
            .append_row(params![a.id, i as i32, s.start as i32, s.end as i32])
            .map_err(err("cannot append a sentence"))?;
    }
    let origin = Origin {
        text: Some(&a.text),
        outlet: a.outlet(),
        url: a.url.as_deref(),
        cluster: Some(&a.cluster),
    };
    for e in &ca.events {
        ments
            .append_row(appender_params_from_iter(cells_to_values(mention_row(
                e, &origin, *seq, added,
            )?)))
            .map_err(err("cannot append a mention"))?;
        *seq += 1;
        touched.push(global_event_id(e));
    }
    Ok(ca.events.len())
}

/// Recomputes the aggregated events with the given keys; returns how many.
fn reaggregate(conn: &Connection, mut keys: Vec<i64>) -> duckdb::Result<usize> {
    keys.sort_unstable();
    keys.dedup();
    if keys.is_empty() {
        return Ok(0);
    }
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS touched (event_id BIGINT); DELETE FROM touched;",
    )?;
    {
        let mut app = conn.appender("touched")?;
        for k in &keys {
            app.append_row([*k])?;
        }
    }
    conn.execute_batch(REAGGREGATE)?;
    note_unordered(conn, keys.len())?;
    Ok(keys.len())
}

/// The rule of [`Store::clustering_due`].
fn clustering_is_due(total: i64, unordered: i64) -> bool {
    total >= CLUSTER_MIN_EVENTS && unordered * 4 >= total
}

/// Adds `n` to the events written since the table was last put in dyad
/// order (see [`Store::clustering_due`]).
fn note_unordered(conn: &Connection, n: usize) -> duckdb::Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO meta VALUES ('events_unordered', CAST(\
             coalesce((SELECT TRY_CAST(value AS BIGINT) FROM meta WHERE key = 'events_unordered'), \
                      (SELECT count(*) FROM events) - ?) + ? AS VARCHAR))",
        params![n as i64, n as i64],
    )?;
    Ok(())
}

/// Makes a new store beside `path` and renames it into place once its
/// tables exist, so that a crash while creating leaves no half-made file.
fn create(path: &Path) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "store".into());
    let tmp = path.with_file_name(format!(".{name}.creating-{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let made = (|| -> Result<()> {
        let conn = Connection::open(&tmp).map_err(|e| open_error(&tmp, e))?;
        let mut store = Store {
            conn,
            path: tmp.clone(),
        };
        store.migrate(0)?;
        store
            .conn
            .execute_batch("CHECKPOINT")
            .map_err(|e| open_error(&tmp, e))?;
        Ok(())
    })();
    if let Err(e) = made {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(
            tmp.with_file_name(format!(".{name}.creating-{}.wal", std::process::id())),
        );
        return Err(e);
    }
    // A hard link never replaces a file: another process that created the
    // store meanwhile keeps theirs.
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// A file that exists and is not empty must carry DuckDB's magic bytes
/// (`DUCK` at offset 8); anything else is refused before DuckDB touches it.
fn check_foreign_bytes(path: &Path) -> Result<()> {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(path) else {
        return Ok(());
    };
    let mut head = [0u8; 12];
    let n = f.read(&mut head).unwrap_or(0);
    if n == 0 {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
            why: "an empty file (remove it, or name a new file)".into(),
        });
    }
    if n < 12 || &head[8..12] != b"DUCK" {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
            why: "not a DuckDB database file".into(),
        });
    }
    Ok(())
}

fn open_error(path: &Path, e: duckdb::Error) -> StoreError {
    let msg = e.to_string();
    let what = if msg.contains("lock") {
        "cannot open: another dyad process has it open for writing".to_string()
    } else if msg.contains("Permission denied") || msg.contains("read-only") {
        "cannot open for writing".to_string()
    } else {
        "cannot open".to_string()
    };
    StoreError::Db {
        path: path.to_path_buf(),
        what,
        cause: e,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn clustering_is_due_once_a_quarter_of_a_large_table_is_unordered() {
        use super::{clustering_is_due, CLUSTER_MIN_EVENTS as MIN};
        assert!(
            !clustering_is_due(MIN - 1, MIN - 1),
            "small tables are read whole"
        );
        assert!(clustering_is_due(MIN, MIN), "never ordered");
        assert!(clustering_is_due(4 * MIN, MIN));
        assert!(!clustering_is_due(4 * MIN, MIN - 1));
        assert!(!clustering_is_due(10 * MIN, 0), "just ordered");
    }
}
