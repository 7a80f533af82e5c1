//! Extraction quality on `../shared/bench/extraction-dev` (skipped outside
//! CI when missing): a regression floor, not the target.

use std::path::PathBuf;

use dyad_ingest::{eval, Extractor, Heuristic};

fn bench_dir() -> Option<PathBuf> {
    dyad_testdata::shared("bench/extraction-dev")
}

#[test]
fn heuristic_extractor_floor() {
    let Some(dir) = bench_dir() else { return };
    let pages = eval::load_bench(&dir).expect("benchmark loads");
    let ex = Heuristic;
    let raw = eval::score_pages(&pages, |html| {
        let (text, _, _) = dyad_ingest::decode::decode(html, None, true);
        ex.extract(&text).text()
    });
    eprintln!("heuristic extractor: {raw:?}");
    if std::env::var("DYAD_EXTRACT_DEBUG").is_ok() {
        for p in &pages {
            let (text, _, _) = dyad_ingest::decode::decode(&p.html, None, true);
            let (pr, rc) = eval::precision_recall(&p.expected, &ex.extract(&text).text());
            eprintln!("{} p={pr:.2} r={rc:.2}", &p.id[..8]);
        }
    }
    assert!(raw.f1 > 0.95, "{raw:?}");
}
