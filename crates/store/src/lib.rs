//! dyad's embedded event store, on DuckDB.
//!
//! Articles, their sentences and one *mention* row per coded event record go
//! in; *events* come out aggregated as GDELT aggregates them: one event per
//! (day, source, target, CAMEO code, action place) across every article
//! that reports it, with NumMentions, NumSources and NumArticles. Writes go
//! in batches, one transaction each, so a killed run leaves the file
//! consistent and a re-run completes it (a document already stored adds
//! nothing). Queries filter and group the events; exports write GDELT 2.0
//! Events and Mentions rows, dyad's JSON lines and Parquet.
//!
//! The store never codes text: `dyad` hands it coded articles.

mod batch;
pub mod bench;
pub mod error;
pub mod export;
pub mod query;
mod record;
pub mod schema;
pub mod store;
pub mod views;

pub use duckdb::InterruptHandle;
/// The filters live in their own crate (no DuckDB), so that the CLI, the
/// server and the fuzzer share one parser.
pub use dyad_query as filter;
pub use dyad_query::{Day, Filter, FilterError, Near};
pub use error::{Result, StoreError};
pub use export::ExportFormat;
pub use query::{parse_group_by, GroupBy, Query, Table, TableFormat};
pub use store::{AppendSummary, CodedArticle, CodedBy, Store};
pub use views::{
    EventDetail, EventRow, EventsPage, Interval, MapData, SeriesPoint, Sort, MAX_PAGE,
};
