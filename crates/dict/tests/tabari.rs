//! `--dictionaries tabari:DIR` on the invented fixture in
//! `tests/fixtures/tabari`: every syntax read into the model, the run
//! settings files skipped with a reason, the one malformed line reported
//! with its file and line, and the result the same after a round trip
//! through dyad's format.

use dyad_dict::load::{self, Spec};
use dyad_dict::{Date, Dictionaries, Dictionary};
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tabari")
}

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn load_fixture() -> Dictionary {
    load::load(&Spec::Tabari(fixture())).unwrap()
}

#[test]
fn a_tabari_directory_loads_by_extension() {
    let d = load_fixture();
    let c = d.counts();
    // Actors: FREEDONIA, SYLVANIA, FIREFLY, TRENTINO, CHICOLINI, WAR OFFICE,
    // GREAT LAKE; agents: PRIME MINISTER + PREMIER, SPY, GENERAL + FIELD
    // MARSHAL, DIPLOMAT, REBEL.
    assert_eq!((c.actors, c.agents), (7, 7), "{c:?}");
    assert_eq!(
        (c.synsets, c.verb_blocks, c.verb_patterns),
        (2, 4, 6),
        "{c:?}"
    );
    assert_eq!(d.verbs[0].style, dyad_dict::model::VerbStyle::Tabari);
    let skipped = d.skipped.join("\n");
    assert!(
        skipped.contains("sample.options: a TABARI .options file"),
        "{skipped}"
    );
    assert!(
        skipped.contains("sample.project: a TABARI .project file"),
        "{skipped}"
    );
    assert!(skipped.contains("known-exceptions.txt: not a TABARI dictionary"));
    // The one malformed line, with file and line; nothing after ~~FINISH.
    assert_eq!(d.problems.len(), 1, "{:?}", d.problems);
    assert!(d.problems[0].file.ends_with("sample.actors"));
    assert_eq!(d.problems[0].line, 17);
    assert!(d.problems[0].message.contains("9901011"));
    assert!(!d.actors.iter().any(|a| a.name == "NOT_READ_"));
}

#[test]
fn lookups_know_tabari_dates_and_agents() {
    let d = Dictionaries::new(load_fixture());
    let codes = |p: &str, day: &str| d.lookup(p, date(day)).codes;
    assert_eq!(codes("Rufus T Firefly", "1933-06-01"), ["FRDGOV"]);
    assert_eq!(codes("Rufus T Firefly", "1932-12-31"), ["FRDMIL"]);
    assert_eq!(codes("Rufus T Firefly", "1934-01-01"), ["FRDELI"]);
    assert_eq!(codes("Chicolini", "1933-07-01"), ["FRDSPY"]);
    assert!(codes("Ambassador Trentino", "1932-05-31").is_empty());
    assert_eq!(codes("Republic of Freedonia", "2000-01-01"), ["FRD"]);
    assert_eq!(codes("war office", "2000-01-01"), ["FRDMIL"]);
    assert_eq!(codes("premier", "2000-01-01"), ["GOV"]);
    assert_eq!(codes("spies", "2000-01-01"), ["SPY"]);
    assert_eq!(codes("insurgents", "2000-01-01"), ["REB"]);
    assert_eq!(codes("field marshals", "2000-01-01"), ["MIL"]);
}

#[test]
fn tabari_read_and_written_in_dyads_format_reads_back_the_same() {
    let d = load_fixture();
    let dir = std::env::temp_dir().join(format!("dyad-tabari-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in dyad_dict::dyad_format::write(&d, "test") {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let back = load::load(&Spec::Dyad(dir.clone())).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    let (a, b) = (d.counts(), back.counts());
    assert_eq!(
        (a.actors, a.roles, a.agents, a.agent_phrases),
        (b.actors, b.roles, b.agents, b.agent_phrases)
    );
    assert_eq!(
        (a.synsets, a.verb_blocks, a.verbs, a.verb_patterns),
        (b.synsets, b.verb_blocks, b.verbs, b.verb_patterns)
    );
    let firefly = |d: &Dictionary| {
        let a = d
            .actors
            .iter()
            .find(|a| a.name.contains("FIREFLY"))
            .unwrap();
        a.roles
            .iter()
            .map(|r| (r.code.clone(), r.range))
            .collect::<Vec<_>>()
    };
    assert_eq!(firefly(&d), firefly(&back));
    assert_eq!(
        d.verbs[0].blocks[1].patterns,
        back.verbs[0].blocks[1].patterns
    );
}

#[test]
fn a_directory_without_tabari_files_is_an_error() {
    let empty = std::env::temp_dir().join(format!("dyad-tabari-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("README"), "x").unwrap();
    let err = load::load(&Spec::Tabari(empty.clone()))
        .unwrap_err()
        .to_string();
    std::fs::remove_dir_all(&empty).unwrap();
    assert!(err.contains("no TABARI dictionaries"), "{err}");
}
