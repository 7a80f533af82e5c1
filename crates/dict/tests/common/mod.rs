//! Shared helpers for tests that read `../shared`: find a path, or skip
//! (fail under `CI=true`).

use std::path::PathBuf;

/// `../shared/REL` from the repository root, or `None` (skip) when missing;
/// panics when missing under `CI=true`.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing (CI=true)", p.display());
    }
    eprintln!("skipping: {} is missing", p.display());
    None
}
