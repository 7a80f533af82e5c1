//! Shared helpers for tests that read `../shared`: find a path, or skip
//! (fail under `CI=true`).

use std::path::PathBuf;

/// `../shared/REL` from the repository root, or `None` (skip) when missing;
/// panics when missing under `CI=true`.
pub fn shared(rel: &str) -> Option<PathBuf> {
    dyad_testdata::shared(rel)
}
