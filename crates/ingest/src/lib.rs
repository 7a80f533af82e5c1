//! dyad-ingest: from scraped pages, archives and feeds to clean, dated,
//! de-duplicated articles.
//!
//! Data flows one way: bytes are read ([`read`]), decoded ([`decode`]),
//! stripped to their main content when they are HTML ([`extract`]), cleaned
//! of news boilerplate with the dateline and header parsed ([`clean`]), and
//! grouped into near-duplicate clusters ([`dedup`]). [`pipeline::Ingester`]
//! ties it together and streams [`Article`]s and [`Reject`]s to callbacks.

pub mod article;
pub mod date;
pub mod decode;
pub mod extract;
pub mod html;

pub use article::{Article, Dateline, InputRef, Reject, SourceSpan};
pub use extract::{Extracted, Extractor, Heuristic};
pub mod error;
pub mod eval;
pub use error::IngestError;
pub mod clean;
pub mod dedup;
pub mod pipeline;
pub mod read;
pub use pipeline::{Ingester, Output, Summary};
pub use read::InputFormat;
