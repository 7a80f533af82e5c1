//! What can go wrong with a store, each error naming the file or the input.

use std::path::PathBuf;

/// A store error.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// DuckDB refused or failed an operation on a file. DuckDB's message is
    /// part of this one (not a separate cause), so that it is printed once.
    #[error("{path}: {what}: {cause}")]
    Db {
        path: PathBuf,
        what: String,
        cause: duckdb::Error,
    },
    /// The file exists but is not a dyad store (another DuckDB database,
    /// or not DuckDB at all); it is left untouched.
    #[error("{path}: not a dyad store: {why}")]
    Foreign { path: PathBuf, why: String },
    /// The file was written by a newer dyad.
    #[error("{path}: schema version {found} is newer than this dyad's {supported}; upgrade dyad")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// A query filter or option that cannot be right.
    #[error("{0}")]
    Filter(String),
    /// Writing an export failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A record that cannot be stored (bad JSON in an import, say).
    #[error("{input}: {why}")]
    Record { input: String, why: String },
}

/// Result with [`StoreError`].
pub type Result<T> = std::result::Result<T, StoreError>;

impl From<dyad_query::FilterError> for StoreError {
    fn from(e: dyad_query::FilterError) -> Self {
        StoreError::Filter(e.0)
    }
}
