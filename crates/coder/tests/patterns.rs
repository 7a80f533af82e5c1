//! Every pattern's example sentences, coded with the bundled parser and
//! dictionaries, give an event with the pattern's code from that pattern
//! (the threat of it, root 13, for a pattern that needs a condition; the
//! refusal of it, root 12, for one that needs a refusal).

mod common;

use dyad_coder::PatternSet;

#[test]
fn every_example_codes_to_its_pattern() {
    // The bundled set falls back to no patterns on a bad file: say why.
    if let Err(e) = PatternSet::parse("verbs.dict", dyad_coder::pattern::BUNDLED_PATTERNS) {
        panic!("the bundled patterns do not parse: {e}");
    }
    let set = PatternSet::bundled();
    assert!(set.patterns.len() >= 240, "{} patterns", set.patterns.len());
    let codes = set.codes();
    assert!(codes.len() >= 150, "{} distinct CAMEO codes", codes.len());
    let mut roots: Vec<&str> = codes.iter().map(|c| &c[..2]).collect();
    roots.dedup();
    assert_eq!(roots.len(), 20, "every root code: {roots:?}");
    let mut failures = Vec::new();
    let mut examples = 0;
    for p in &set.patterns {
        for ex in &p.examples {
            examples += 1;
            let events = common::code(ex, "2020-06-01");
            let ok = events.iter().any(|e| {
                e.pattern == p.id
                    && (e.cameo == p.code
                        || (p.needs_condition && e.cameo.starts_with("13"))
                        || (p.needs_refusal && e.cameo.starts_with("12")))
            });
            if !ok {
                failures.push(format!(
                    "{} (line {}): {ex:?} gave {:?}\n{}",
                    p.id,
                    p.line,
                    common::dyads(&events),
                    common::explain(ex, "2020-06-01")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {examples} examples not coded:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
