//! The whole Phoenix (PETRARCH2) dictionary set from
//! `../shared/dictionaries/phoenix/` and the PETRARCH unit-test
//! dictionaries load; any unreadable line not listed in
//! `data/known-exceptions.txt` fails.

mod common;

use dyad_dict::{Date, Dictionaries, KnownExceptions, Spec};
use std::time::Instant;

#[test]
fn phoenix_set_loads() {
    let Some(dir) = common::shared("dictionaries/phoenix") else {
        return;
    };
    let t = Instant::now();
    let d = Dictionaries::load(&Spec::Petrarch(dir.clone())).unwrap();
    let dir = &dir;
    let elapsed = t.elapsed();
    let c = d.dict.counts();
    eprintln!("Phoenix set loaded and compiled in {elapsed:.2?}: {c:#?}");
    for s in &d.dict.skipped {
        eprintln!("skipped: {s}");
    }
    let known = KnownExceptions::bundled();
    for p in &d.dict.problems {
        eprintln!("{p}  [known: {}]", known.reason(p).unwrap_or("NO"));
    }
    let unlisted = known.unlisted(&d.dict.problems);
    assert!(
        unlisted.is_empty(),
        "{} unreadable lines not in known-exceptions.txt:\n{}",
        unlisted.len(),
        unlisted
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Every listed exception still happens (the list does not rot).
    for (f, l, r) in known
        .entries
        .iter()
        .filter(|(f, _, _)| dir.join(f).exists())
    {
        assert!(
            d.dict
                .problems
                .iter()
                .any(|p| p.file.ends_with(f.as_str()) && p.line == *l),
            "stale exception {f}:{l} {r}"
        );
    }
    assert!(
        c.actors > 10_000 && c.agents > 500 && c.discards > 300 && c.issues > 1000,
        "{c:?}"
    );
    assert!(
        c.verb_patterns > 4_000 && c.synsets > 30 && c.transformations > 0,
        "{c:?}"
    );
    assert_eq!(d.dict.verbs.len(), 1, "one verb file used");
    assert!(
        d.dict.skipped.iter().any(|s| s.contains("verbpatterns")),
        "{:?}",
        d.dict.skipped
    );

    // Dates in the Phoenix set: Mammadyarov from 2004-05-01, no end.
    let day = |y, m, dd| Date::new(y, m, dd).unwrap();
    assert_eq!(
        d.lookup("Elmar Mammadyarov", day(2010, 1, 1)).codes,
        ["AZEGOV"]
    );
    assert!(d
        .lookup("Elmar Mammadyarov", day(2003, 1, 1))
        .codes
        .is_empty());
    assert_eq!(d.lookup("Sergey Lavrov", day(2010, 1, 1)).codes, ["RUSGOV"]);
    assert_eq!(d.lookup("azerbaijan", day(2010, 1, 1)).codes, ["AZE"]);

    // The TABARI-style verb file when asked for.
    let d1 = dyad_dict::load::load(&Spec::Petrarch1(dir.clone())).unwrap();
    assert_eq!(d1.verbs.len(), 1);
    assert_eq!(d1.verbs[0].style, dyad_dict::model::VerbStyle::Tabari);
    eprintln!(
        "TABARI-style verbs: {} blocks, {} patterns",
        d1.verbs[0].blocks.len(),
        d1.verbs[0].pattern_count()
    );
}

#[test]
fn petrarch_unit_dictionaries_load() {
    let Some(dir) = common::shared("conformance/petrarch-unit") else {
        return;
    };
    let d = dyad_dict::load::load(&Spec::Petrarch1(dir)).unwrap();
    let c = d.counts();
    eprintln!("PETRARCH validation dictionaries: {c:#?}");
    let known = KnownExceptions::bundled();
    for p in &d.problems {
        eprintln!("{p}  [known: {}]", known.reason(p).unwrap_or("NO"));
    }
    assert!(known.unlisted(&d.problems).is_empty());
    assert!(
        c.actors > 50 && c.agents > 10 && c.discards > 3 && c.verb_patterns > 50,
        "{c:?}"
    );
}
