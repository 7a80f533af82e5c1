//! Exports: GDELT 2.0 Events and Mentions rows, dyad's JSON lines and
//! Parquet partitioned by day. Every export is written beside its target
//! and renamed into place when complete, so a reader never sees half a file.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use dyad_coder::gdelt::{aggregate_row, mention_row, Aggregate, MentionFields};

use crate::error::{Result, StoreError};
use crate::filter::Filter;
use crate::record::{record_event, record_json, RECORD_COLUMNS};
use crate::store::Store;

/// The export layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// GDELT 2.0 Events: 61 tab-separated columns, no header, one row per
    /// aggregated event.
    GdeltEvents,
    /// GDELT 2.0 Mentions: 16 tab-separated columns, no header, one row per
    /// report of an event.
    GdeltMentions,
    /// dyad's event records (docs/schema.md), one per line, in the order
    /// they were stored.
    Jsonl,
    /// A directory with `events/` and `mentions/`, Parquet partitioned by
    /// `day` (hive style), zstd.
    Parquet,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        Ok(match s {
            "gdelt-events" => ExportFormat::GdeltEvents,
            "gdelt-mentions" => ExportFormat::GdeltMentions,
            "jsonl" => ExportFormat::Jsonl,
            "parquet" => ExportFormat::Parquet,
            other => {
                return Err(format!(
                    "unknown export format {other:?}: use gdelt-events, gdelt-mentions, jsonl or parquet"
                ))
            }
        })
    }
}

/// `YYYYMMDDHHMMSS` (UTC) of a DuckDB timestamp.
const STAMP: &str = "strftime(%s, '%Y%m%d%H%M%S')";

fn stamp(col: &str) -> String {
    STAMP.replace("%s", col)
}

/// A temporary sibling of `path`, renamed onto it by [`Staged::finish`];
/// removed if dropped unfinished.
struct Staged {
    tmp: PathBuf,
    path: PathBuf,
    done: bool,
}

impl Staged {
    fn new(path: &Path) -> Staged {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "export".into());
        let tmp = path.with_file_name(format!(".{name}.partial-{}", std::process::id()));
        Staged {
            tmp,
            path: path.to_path_buf(),
            done: false,
        }
    }

    fn finish(mut self) -> Result<()> {
        if self.tmp.is_dir() && self.path.is_dir() {
            std::fs::remove_dir_all(&self.path).map_err(|e| io(&self.path, e))?;
        }
        std::fs::rename(&self.tmp, &self.path).map_err(|e| io(&self.path, e))?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.tmp);
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

fn io(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Store {
    /// Writes the events (or mentions) that pass `filter` to `path` in
    /// `format`; returns the rows (or, for Parquet, events) written.
    pub fn export(&self, format: ExportFormat, filter: &Filter, path: &Path) -> Result<usize> {
        let staged = Staged::new(path);
        let n = match format {
            ExportFormat::Parquet => self.export_parquet(filter, &staged.tmp)?,
            _ => {
                let file = std::fs::File::create(&staged.tmp).map_err(|e| io(path, e))?;
                let mut out = BufWriter::new(file);
                let n = self.export_to(format, filter, &mut out)?;
                let file = out.into_inner().map_err(|e| io(path, e.into_error()))?;
                file.sync_all().map_err(|e| io(path, e))?;
                n
            }
        };
        staged.finish()?;
        Ok(n)
    }

    /// Writes a line-based export to `out`; returns the rows written.
    pub fn export_to(
        &self,
        format: ExportFormat,
        filter: &Filter,
        out: &mut dyn Write,
    ) -> Result<usize> {
        let cond = filter.sql();
        let wio = |e: std::io::Error| io(&self.path, e);
        let dberr = |what: &str| {
            let what = what.to_string();
            let path = self.path.clone();
            move |cause| StoreError::Db {
                path: path.clone(),
                what: what.clone(),
                cause,
            }
        };
        let mut n = 0;
        match format {
            ExportFormat::Jsonl => {
                let mut st = self
                    .conn
                    .prepare(&format!(
                        "SELECT {RECORD_COLUMNS} FROM mentions m WHERE {cond} ORDER BY seq"
                    ))
                    .map_err(dberr("cannot read mentions"))?;
                let mut rows = st.query([]).map_err(dberr("cannot read mentions"))?;
                while let Some(r) = rows.next().map_err(dberr("cannot read a mention"))? {
                    let rec = record_json(r, 0).map_err(|e| e.at(&self.path))?;
                    out.write_all(rec.as_bytes()).map_err(wio)?;
                    out.write_all(b"\n").map_err(wio)?;
                    n += 1;
                }
            }
            ExportFormat::GdeltEvents => {
                let sql = format!(
                    "SELECT e.id, e.is_root, e.num_mentions, e.num_sources, e.num_articles, {}, \
                     m.url, {RECORD_COLUMNS} FROM (SELECT * FROM events WHERE {cond}) e \
                     JOIN mentions m ON m.id = e.first_mention AND m.event_id = e.id \
                     ORDER BY e.day, e.id",
                    stamp("e.first_seen")
                );
                let mut st = self
                    .conn
                    .prepare(&sql)
                    .map_err(dberr("cannot read events"))?;
                let mut rows = st.query([]).map_err(dberr("cannot read events"))?;
                while let Some(r) = rows.next().map_err(dberr("cannot read an event"))? {
                    let get = dberr("cannot read an event");
                    let agg = Aggregate {
                        global_id: r.get(0).map_err(&get)?,
                        is_root: r.get(1).map_err(&get)?,
                        num_mentions: r.get::<_, i32>(2).map_err(&get)?.max(0) as u32,
                        num_sources: r.get::<_, i32>(3).map_err(&get)?.max(0) as u32,
                        num_articles: r.get::<_, i32>(4).map_err(&get)?.max(0) as u32,
                        date_added: r.get(5).map_err(&get)?,
                    };
                    let url: Option<String> = r.get(6).map_err(&get)?;
                    let e = record_event(r, 7).map_err(|e| e.at(&self.path))?;
                    out.write_all(aggregate_row(&e, url.as_deref(), &agg).as_bytes())
                        .map_err(wio)?;
                    out.write_all(b"\n").map_err(wio)?;
                    n += 1;
                }
            }
            ExportFormat::GdeltMentions => {
                let sql = format!(
                    "SELECT m.event_id, {}, {}, m.outlet, coalesce(m.url, m.doc_id), m.url IS NOT NULL, \
                     m.sentence, m.source_char, m.target_char, m.verb_char, m.confidence, m.doc_chars \
                     FROM (SELECT * FROM mentions WHERE {cond}) m JOIN events e ON e.id = m.event_id \
                     ORDER BY m.seq",
                    stamp("e.first_seen"),
                    stamp("m.added")
                );
                let mut st = self
                    .conn
                    .prepare(&sql)
                    .map_err(dberr("cannot read mentions"))?;
                let mut rows = st.query([]).map_err(dberr("cannot read mentions"))?;
                while let Some(r) = rows.next().map_err(dberr("cannot read a mention"))? {
                    let get = dberr("cannot read a mention");
                    let opt = |v: Option<i32>| v.map(|v| v.max(0) as usize);
                    let m = MentionFields {
                        global_id: r.get(0).map_err(&get)?,
                        event_time: r.get(1).map_err(&get)?,
                        mention_time: r.get(2).map_err(&get)?,
                        source_name: r.get(3).map_err(&get)?,
                        identifier: r.get(4).map_err(&get)?,
                        is_web: r.get(5).map_err(&get)?,
                        sentence: r.get::<_, i32>(6).map_err(&get)?.max(0) as usize + 1,
                        actor1_char: opt(r.get(7).map_err(&get)?),
                        actor2_char: opt(r.get(8).map_err(&get)?),
                        action_char: opt(r.get(9).map_err(&get)?),
                        confidence: r.get(10).map_err(&get)?,
                        doc_len: opt(r.get(11).map_err(&get)?),
                    };
                    out.write_all(mention_row(&m).as_bytes()).map_err(wio)?;
                    out.write_all(b"\n").map_err(wio)?;
                    n += 1;
                }
            }
            ExportFormat::Parquet => {
                return Err(StoreError::Filter(
                    "Parquet is a directory of files: export it to a path".into(),
                ))
            }
        }
        out.flush().map_err(wio)?;
        Ok(n)
    }

    fn export_parquet(&self, filter: &Filter, dir: &Path) -> Result<usize> {
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        let cond = filter.sql();
        let quoted = |p: &Path| p.to_string_lossy().replace('\'', "''");
        let dberr = |what: &str| {
            let what = what.to_string();
            let path = self.path.clone();
            move |cause| StoreError::Db { path, what, cause }
        };
        for table in ["events", "mentions"] {
            let sub = dir.join(table);
            self.conn
                .execute_batch(&format!(
                    "COPY (SELECT * FROM {table} WHERE {cond}) TO '{}' \
                     (FORMAT PARQUET, PARTITION_BY (day), COMPRESSION ZSTD, OVERWRITE_OR_IGNORE)",
                    quoted(&sub)
                ))
                .map_err(dberr(&format!("cannot write {table} as Parquet")))?;
        }
        let n: i64 = self
            .conn
            .query_row(
                &format!("SELECT count(*) FROM events WHERE {cond}"),
                [],
                |r| r.get(0),
            )
            .map_err(dberr("cannot count events"))?;
        Ok(n as usize)
    }
}
