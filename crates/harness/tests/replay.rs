//! Replays every seed and every regression input of every fuzz target
//! through its check (`fuzz/seeds/TARGET/`, `fuzz/regressions/TARGET/`):
//! the fuzzers' findings stay fixed, on stable Rust, in every test run.

use std::path::PathBuf;

#[test]
fn every_seed_and_regression_input_passes_its_check() {
    let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut total = 0;
    for (name, check) in dyad_harness::TARGETS {
        let mut inputs = 0;
        for dir in ["seeds", "regressions"] {
            let Ok(entries) = std::fs::read_dir(fuzz.join(dir).join(name)) else {
                continue;
            };
            let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                let data = std::fs::read(&p).unwrap();
                let ok = std::panic::catch_unwind(|| check(&data));
                assert!(ok.is_ok(), "{name}: {} fails its check", p.display());
                inputs += 1;
            }
        }
        assert!(
            inputs > 0,
            "{name} has no seed inputs in fuzz/seeds/{name}/"
        );
        total += inputs;
    }
    eprintln!("replayed {total} fuzz inputs");
}

/// Every target has its cargo-fuzz entry point, and every entry point is
/// listed here.
#[test]
fn every_target_has_a_fuzz_entry_point() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/fuzz_targets");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| {
            e.file_name()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect();
    files.sort();
    let mut names: Vec<String> = dyad_harness::TARGETS
        .iter()
        .map(|t| t.0.to_string())
        .collect();
    names.sort();
    assert_eq!(files, names);
}
