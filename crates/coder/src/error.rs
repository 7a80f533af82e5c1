//! The coder's errors. Coding itself never fails on a document; errors
//! exist only for unreadable pattern files, and they name file and line.

use thiserror::Error;

/// What can go wrong while loading coder patterns.
#[derive(Debug, Error)]
pub enum CoderError {
    /// A pattern record that cannot be used.
    #[error("{file}:{line}: {message}")]
    Pattern {
        /// The file as given.
        file: String,
        /// 1-based line.
        line: u32,
        /// What is wrong.
        message: String,
    },
}

impl CoderError {
    /// A pattern problem at `file:line`.
    pub fn pattern(file: &str, line: u32, message: impl Into<String>) -> CoderError {
        CoderError::Pattern {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The coder's result type.
pub type Result<T> = std::result::Result<T, CoderError>;
