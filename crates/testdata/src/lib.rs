//! Test support shared by every crate: the third-party data (treebank,
//! seed story, benchmarks, dictionaries) lives in `../shared` beside the
//! repository, never in it. A test that needs it asks [`shared`]: outside CI
//! a missing file skips the test with a message; under `CI=true` it fails
//! loudly, so CI can never pass by skipping.

use std::path::PathBuf;

/// `../shared/REL` (relative to the repository root), or `None` when it is
/// missing and the caller should skip. Panics when missing under `CI=true`.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{} is missing: CI must provide ../shared", path.display());
    }
    eprintln!("skipping: {} not found", path.display());
    None
}
