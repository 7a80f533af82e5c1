//! The seed story from `../shared/seed` (never copied into the repository):
//! one copy of the story, header, dateline and title parsed, no boilerplate.

use std::path::PathBuf;

use dyad_ingest::{Ingester, Output};

fn seed() -> Option<PathBuf> {
    dyad_testdata::shared("seed/xinhua-20171121-lavrov-baku.txt")
}

#[test]
fn seed_story() {
    let Some(path) = seed() else { return };
    let original = std::fs::read_to_string(&path).expect("seed readable");
    let mut ing = Ingester::default();
    let mut out = Vec::new();
    ing.ingest_input(&path.display().to_string(), &mut |o| out.push(o));
    assert_eq!(out.len(), 1);
    let Output::Article(a) = &out[0] else {
        panic!("rejected")
    };
    assert_eq!(a.source.as_deref(), Some("Xinhua"));
    // The page gives no zone; Xinhua publishes in Beijing time.
    assert_eq!(a.published.as_deref(), Some("2017-11-21T05:44:27+08:00"));
    assert_eq!(a.dateline.place.as_deref(), Some("BAKU"));
    assert_eq!(a.dateline.date.as_deref(), Some("2017-11-20"));
    assert_eq!(a.dateline.agency.as_deref(), Some("Xinhua"));
    assert_eq!(
        a.title.as_deref(),
        Some("Russia hopes Nagorno-Karabakh conflict to be resolved by diplomacy")
    );
    assert_eq!(a.language, "en");
    assert!(a.paragraphs[0].starts_with("BAKU, Nov. 20 (Xinhua) --"));
    // Exactly one copy: every paragraph once, and the last is the story's end.
    for p in &a.paragraphs {
        assert_eq!(a.text.matches(p.as_str()).count(), 1, "repeated: {p}");
        assert_eq!(
            original.matches(p.as_str()).count(),
            2,
            "each story paragraph is twice in the page"
        );
    }
    for junk in [
        // A photo credit, "(Xinhua/Photographer Name)".
        "(Xinhua/",
        "Back to Top",
        "Xinhuanet",
        "Editor",
        "huaxia",
        "Source:",
        "0100200707",
    ] {
        assert!(!a.text.contains(junk), "{junk} left in the text");
    }
    assert_eq!(a.paragraphs.len(), 11);
    // Offsets map back to the original.
    for (p, s) in a.paragraphs.iter().zip(&a.source_spans) {
        assert_eq!(&original[s.start..s.end], p);
    }
    assert_eq!(a.cluster, a.id);
}
