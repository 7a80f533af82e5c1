//! Errors and problem reports. Every error that comes from a dictionary file
//! names the file and the line.

use std::path::PathBuf;

/// A line that could not be read, with where it is and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file, as given (bundled files are named `bundled:NAME`).
    pub file: String,
    /// 1-based line number.
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Errors of the dictionaries crate.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A syntax or validation error at a known place.
    #[error("{0}")]
    Syntax(Problem),
    /// A bad `--dictionaries` specification or directory layout.
    #[error("{0}")]
    Spec(String),
}

impl DictError {
    /// A syntax error at `file:line`.
    pub fn syntax(file: &str, line: u32, message: impl Into<String>) -> Self {
        DictError::Syntax(Problem {
            file: file.to_string(),
            line,
            message: message.into(),
        })
    }
}

/// Result with [`DictError`].
pub type Result<T> = std::result::Result<T, DictError>;
