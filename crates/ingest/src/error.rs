//! Errors of the ingest library: each names the input and the problem.

use std::path::Path;

/// An input that could not be opened or understood as a whole.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{input}: {source}")]
    Io {
        input: String,
        source: std::io::Error,
    },
    #[error("{input}: {reason}")]
    Format { input: String, reason: String },
}

impl IngestError {
    /// An I/O error on a path.
    pub fn io(path: &Path, source: std::io::Error) -> IngestError {
        IngestError::Io {
            input: path.display().to_string(),
            source,
        }
    }
}
