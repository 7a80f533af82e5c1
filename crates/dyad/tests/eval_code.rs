//! `dyad eval code` on the project's gold set (`crates/coder/tests/gold/events.jsonl`,
//! written for dyad, format in `docs/gold.md`): the report's keys and counts
//! are consistent, and precision and recall stay above a floor, there and on
//! the two sets written apart from the coder's development; and the
//! scorer gives known numbers on a tiny hand-made case (`--events`, so that
//! no coding is involved).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn gold_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../coder/tests/gold/events.jsonl")
}

fn eval(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("eval")
        .arg("code")
        .args(args)
        .arg("--json")
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let v: Value = serde_json::from_str(lines.next().expect("one line")).expect("one JSON object");
    assert!(lines.next().is_none(), "--json prints one line");
    v
}

fn n(v: &Value, k: &str) -> u64 {
    v[k].as_u64()
        .unwrap_or_else(|| panic!("{k} is a count: {v}"))
}

fn f(v: &Value, k: &str) -> f64 {
    v[k].as_f64()
        .unwrap_or_else(|| panic!("{k} is a number: {v}"))
}

#[test]
fn gold_set_scores_above_the_floor() {
    let path = gold_file();
    let text = std::fs::read_to_string(&path).unwrap();
    let gold: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a gold line is JSON"))
        .collect();
    assert!(gold.len() >= 160, "at least 160 gold sentences");
    let expected: u64 = gold
        .iter()
        .map(|g| g["events"].as_array().unwrap().len() as u64)
        .sum();

    let r = eval(&[path.to_str().unwrap()]);
    for k in [
        "sentences",
        "expected",
        "produced",
        "matched",
        "precision",
        "recall",
        "f1",
        "forbidden_produced",
        "by_category",
    ] {
        assert!(r.get(k).is_some(), "key {k} in {r}");
    }
    assert_eq!(n(&r, "sentences"), gold.len() as u64);
    assert_eq!(n(&r, "expected"), expected);
    let (matched, produced) = (n(&r, "matched"), n(&r, "produced"));
    assert!(matched <= expected);
    assert!(matched <= produced);
    assert_eq!(
        matched + n(&r, "false_positives") + n(&r, "excused"),
        produced
    );
    for k in ["precision", "recall", "f1"] {
        assert!((0.0..=1.0).contains(&f(&r, k)), "{k} in 0..1");
    }
    let (p, rec) = (f(&r, "precision"), f(&r, "recall"));
    assert!((f(&r, "f1") - 2.0 * p * rec / (p + rec)).abs() < 1e-9);

    // Categories add up to the whole, each recall is matched / expected.
    let cats = r["by_category"].as_object().unwrap();
    let (mut sentences, mut exp, mut mat) = (0, 0, 0);
    for (name, c) in cats {
        let (e, m) = (n(c, "expected"), n(c, "matched"));
        assert!(m <= e, "{name}");
        if e > 0 {
            assert!(
                (f(c, "recall") - m as f64 / e as f64).abs() < 1e-9,
                "{name}"
            );
        }
        sentences += n(c, "sentences");
        exp += e;
        mat += m;
    }
    assert_eq!(
        (sentences, exp, mat),
        (gold.len() as u64, expected, matched)
    );
    for c in [
        "active",
        "passive",
        "compound",
        "nominal",
        "control",
        "reported",
        "negation",
        "hypothetical",
        "question",
        "history",
        "place",
        "metonym",
        "person",
    ] {
        assert!(cats.contains_key(c), "category {c}");
    }
    let hard = &r["hard_cases"];
    assert_eq!(
        n(hard, "expected"),
        expected - n(&cats["active"], "expected")
    );

    // Regression floor, just under what was measured (bundled model and
    // dictionaries): when the gold set was written, 144 of 168 produced,
    // 112 matched: precision 0.855, recall 0.667, F1 0.749; after the
    // patterns, coordination, history and intention rules it taught, 160
    // produced, 127 matched: precision 0.888, recall 0.756, F1 0.817, 2
    // forbidden events produced; after the that-clause and control
    // targets, split subjects, determiners, the closed AUX class and
    // misattached passive agents, 166 produced, 136 matched: precision
    // 0.913, recall 0.810, F1 0.858; with sanctions, blockade and mediation
    // nouns and "-osed" lemmas, 170 produced, 139 matched: precision 0.908,
    // recall 0.827, F1 0.866; with mutual agreements, refusals and threats
    // reaching the complement's actors and postponed visits repaired, 171
    // produced, 143 matched: precision 0.923, recall 0.851, F1 0.885, no
    // forbidden event; with the parser repairs and patterns drawn from the
    // sets written apart (next test), precision 0.943, recall 0.887, F1
    // 0.914, no forbidden event; with towns as targets (the gazetteer
    // lent) and the seventh session's repairs, 0.944 / 0.905 / 0.924;
    // after the ninth session's, 0.963 / 0.935 / 0.949; after the
    // eleventh's, 0.957 / 0.935 / 0.946 (its new pattern of condemnation
    // "drawn from" someone codes "European capitals" condemning an attack,
    // an event this file's author left out).
    assert!(p >= 0.94, "precision {p:.3} fell below the floor");
    assert!(rec >= 0.91, "recall {rec:.3} fell below the floor");
    assert!(f(&r, "f1") >= 0.92, "F1 fell below the floor");
    assert!(
        n(&r, "forbidden_produced") <= 2,
        "forbidden events produced: {}",
        n(&r, "forbidden_produced")
    );
}

/// The two sets of sentences written apart from the coder's development
/// (`fresh.jsonl`, 80 lines, and `blind.jsonl`, 60; `docs/gold.md`): what
/// the coder does on text it was not tuned on. Floors under the measured
/// scores; `blind` was first measured before any change drawn from it
/// (precision 0.628, recall 0.422), `fresh` before the changes drawn from
/// it (0.708, 0.425); at the end of that session 0.721 / 0.484 and 0.750 /
/// 0.525; after the next session's repairs and patterns, drawn from both,
/// 0.839 / 0.734 and 0.894 / 0.738; after the seventh session's (names
/// for the tagger, five more repairs) 0.862 / 0.781 and 0.875 / 0.787.
/// `blind2.jsonl` and `blind3.jsonl` (100 lines each, longer and harder)
/// were written in the eighth session: `blind2` first scored 0.571 / 0.327,
/// `blind3`, scored after the changes drawn from `blind2`, 0.586 / 0.390;
/// both have since taught fixes too. `blind4.jsonl` and `blind5.jsonl`
/// (100 lines each) were written in the ninth session: `blind4` first
/// scored 0.789 / 0.500 before any change of that session, `blind5`
/// 0.750 / 0.524 after half of them. `blind6.jsonl` (100 lines, the tenth
/// session) first scored 0.640 / 0.514; `blind7.jsonl` (100 lines of the
/// hard constructions, the eleventh) 0.711 / 0.428 before that session's
/// changes, and `blind8.jsonl` (100 lines, the same session) 0.706 / 0.432
/// with the session's first coder and 0.750 / 0.475 with its coder of the
/// hour it was written; `blind9.jsonl` (80 lines, written at that
/// session's end) 0.776 / 0.663 with its last coder (0.767 / 0.629 with
/// its first). The twelfth session drew fixes from `blind9` and from
/// `blind10.jsonl` (100 lines, first 0.747 / 0.455 with its first coder);
/// `blind11.jsonl` (100 lines of scraped-looking leads: datelines, quotes)
/// scored 0.822 / 0.578 with its first coder and, unseen, 0.813 / 0.578
/// with the coder of the hour it was opened; `blind12.jsonl` (100 lines)
/// 0.840 / 0.617 with the first coder and 0.845 / 0.641, unseen, with its
/// last. The thirteenth session drew fixes from `blind12`, `blind13.jsonl`
/// (first 0.763 / 0.518) and `blind14.jsonl` (first 0.899 / 0.517, kept
/// closed until mid-session); `blind15.jsonl` and `blind16.jsonl`, written
/// late in it and never read, scored 0.809 / 0.576 and 0.787 / 0.538 with
/// its first coder and 0.832 / 0.632 and 0.833 / 0.577 with its last. The
/// fourteenth drew fixes from `blind15`, `blind16`, then `blind17.jsonl`
/// and `blind18.jsonl` (written at its start and kept closed until its
/// middle: first 0.827 / 0.626 and 0.811 / 0.713, 0.857 / 0.673 and
/// 0.835 / 0.750 when opened); `blind19.jsonl` and `blind20.jsonl`,
/// written in its middle and never opened, scored 0.872 / 0.735 and 0.906
/// / 0.694 with its first coder and 0.900 / 0.794 and 0.909 / 0.721 with
/// its last (three of their lines were seen by accident: `docs/gold.md`).
/// The fifteenth drew fixes from `blind19` and `blind20` and from
/// `blind21.jsonl` and `blind22.jsonl`, written at its start (first 0.857 /
/// 0.609 and 0.718 / 0.459); `blind23.jsonl` and `blind24.jsonl`, written
/// in its first hour and never opened, scored 0.771 / 0.583 and 0.882 /
/// 0.630 with its first coder and 0.784 / 0.604 and 0.891 / 0.636 with its
/// last (three lines of `blind23` were printed by accident: `docs/gold.md`).
/// The sixteenth drew fixes from the opened sets only; `blind25.jsonl` and
/// `blind26.jsonl`, written at its start and never opened, scored 0.804 /
/// 0.586 and 0.809 / 0.603 with its first coder and 0.808 / 0.602 and
/// 0.810 / 0.643 with its last (`blind11`'s floor fell: its sentences now
/// also give the criticisms "calling X a provocation" states, which its
/// helper did not file).
/// The seventeenth drew fixes from the opened sets and sentences written
/// for the purpose; `blind27.jsonl` and `blind28.jsonl`, written at its
/// start and never opened, scored 0.849 / 0.718 and 0.917 / 0.658 with its
/// first coder and 0.875 / 0.764 and 0.917 / 0.658 with its last
/// (`blind23`'s floor fell: its precision went from 0.784 to 0.763, its
/// recall stayed 0.604, on lines no one has read).
/// The eighteenth: `blind29.jsonl` and `blind30.jsonl`, written at its
/// start and never opened, scored 0.824 / 0.601 (five forbidden events)
/// and 0.800 / 0.642 (four) with its first coder, 0.824 / 0.601 and 0.802
/// / 0.651 with its last; their floors allow those counts until the coder
/// earns fewer. `blind23` (0.791 / 0.632, two forbidden) and `blind25`
/// (0.837 / 0.617, none) rose, and their floors with them.
/// The nineteenth opened `blind23` and `blind24` and drew fixes from them;
/// `blind31.jsonl` and `blind32.jsonl`, written at its start and never
/// opened, scored 0.837 / 0.719 and 0.914 / 0.773 with its first coder
/// and 0.848 / 0.736 and 0.918 / 0.809 with its last; `blind23`,
/// `blind24`, `blind25`, `blind28` and `blind30` (0.805 / 0.660, three
/// forbidden) rose, and their floors with them.
/// The twentieth opened `blind25` and `blind26` and drew fixes from them
/// (0.880 / 0.714 and 0.861 / 0.738, none forbidden, with its last coder);
/// `blind33.jsonl` and `blind34.jsonl`, written at its start and never
/// opened, scored 0.849 / 0.767 (three forbidden) and 0.795 / 0.679 (two)
/// with its first coder and its last; `blind27` (0.895 / 0.773) and
/// `blind30` (0.814 / 0.660, two forbidden) rose, and their floors with
/// them.
/// The twenty-first opened `blind27` and `blind28` and drew fixes from
/// them (0.949 / 0.855 and 0.933 / 0.829, none forbidden, with its last
/// coder); `blind35.jsonl` and `blind36.jsonl`, written at its start and
/// never opened, scored 0.935 / 0.777 (none forbidden) and 0.859 / 0.708
/// (four) with its first coder and its last; `blind29` (0.853 / 0.628),
/// `blind30` (0.816 / 0.670), `blind33` (0.863 / 0.796) and `blind34`
/// (0.803 / 0.686) rose, and their floors with them.
/// The twenty-second opened `blind29` and `blind30` and drew fixes from
/// them (0.892 / 0.723, none forbidden, and 0.843 / 0.708, one, with its
/// last coder); `blind37.jsonl` and `blind38.jsonl`, written at its start
/// and never opened, scored 0.887 / 0.683 and 0.839 / 0.549 (one
/// forbidden each) with its first coder and 0.889 / 0.698 and 0.840 /
/// 0.556 with its last; `blind24` (0.925 / 0.721), `blind25` (0.892 /
/// 0.744) and `blind35` (0.937 / 0.795) rose, and their floors with them.
/// The twenty-third opened `blind31` and `blind32` and drew fixes from
/// them (0.879 / 0.777 and 0.951 / 0.882, none forbidden, with its last
/// coder), and their floors rose; `blind39.jsonl` and `blind40.jsonl`,
/// written at its start and never opened, scored 0.919 / 0.684 and 0.742
/// / 0.514 (two forbidden each) with its first coder and its last alike;
/// `blind34` rose to 0.808 / 0.708.
/// The twenty-fourth opened `blind33` and `blind34` and drew fixes from
/// them (0.908 / 0.864, one forbidden, and 0.867 / 0.810, none, with its
/// last coder), and their floors rose; `blind41.jsonl` and
/// `blind42.jsonl`, written at its start and never opened, scored 0.816 /
/// 0.650 and 0.880 / 0.779 (one forbidden each) with its first coder.
/// The twenty-fifth opened `blind35` and `blind36` and drew fixes from
/// them (0.952 / 0.884 and 0.925 / 0.817, none forbidden, with its last
/// coder), and their floors rose; `blind43.jsonl` and `blind44.jsonl`,
/// written at its start and never opened, scored 0.878 / 0.768 (two
/// forbidden) and 0.785 / 0.537 (none) with its first coder.
/// The held-out judgement is on sets this project has never read.
#[test]
fn sentences_written_apart_score_above_their_floors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../coder/tests/gold");
    for (file, lines, min_p, min_r, max_forbidden) in [
        ("fresh.jsonl", 80, 0.94, 0.87, 0),
        ("blind.jsonl", 60, 0.90, 0.88, 0),
        ("blind2.jsonl", 100, 0.85, 0.71, 1),
        ("blind3.jsonl", 100, 0.89, 0.81, 1),
        ("blind4.jsonl", 100, 0.94, 0.79, 1),
        ("blind5.jsonl", 100, 0.85, 0.72, 1),
        ("blind6.jsonl", 100, 0.85, 0.67, 1),
        ("blind7.jsonl", 100, 0.89, 0.76, 1),
        ("blind8.jsonl", 100, 0.84, 0.68, 1),
        ("blind9.jsonl", 80, 0.82, 0.76, 1),
        ("blind10.jsonl", 100, 0.88, 0.65, 1),
        ("blind11.jsonl", 100, 0.85, 0.72, 1),
        ("blind12.jsonl", 100, 0.91, 0.73, 1),
        ("blind13.jsonl", 100, 0.80, 0.57, 1),
        ("blind14.jsonl", 100, 0.89, 0.62, 1),
        ("blind15.jsonl", 100, 0.86, 0.77, 1),
        ("blind16.jsonl", 100, 0.87, 0.68, 1),
        ("blind17.jsonl", 100, 0.89, 0.76, 1),
        ("blind18.jsonl", 100, 0.87, 0.82, 1),
        ("blind19.jsonl", 100, 0.90, 0.83, 1),
        ("blind20.jsonl", 100, 0.90, 0.78, 1),
        ("blind21.jsonl", 100, 0.90, 0.68, 1),
        ("blind22.jsonl", 100, 0.74, 0.52, 1),
        ("blind23.jsonl", 100, 0.80, 0.68, 2),
        ("blind24.jsonl", 100, 0.89, 0.69, 1),
        ("blind25.jsonl", 100, 0.86, 0.71, 1),
        ("blind26.jsonl", 100, 0.83, 0.71, 1),
        ("blind27.jsonl", 100, 0.92, 0.82, 1),
        ("blind28.jsonl", 100, 0.90, 0.79, 1),
        ("blind29.jsonl", 100, 0.86, 0.69, 1),
        ("blind30.jsonl", 100, 0.81, 0.68, 1),
        ("blind31.jsonl", 100, 0.85, 0.75, 1),
        ("blind32.jsonl", 100, 0.92, 0.85, 1),
        ("blind33.jsonl", 100, 0.88, 0.83, 1),
        ("blind34.jsonl", 100, 0.84, 0.78, 1),
        ("blind35.jsonl", 100, 0.92, 0.85, 0),
        ("blind36.jsonl", 100, 0.89, 0.78, 1),
        ("blind37.jsonl", 100, 0.86, 0.66, 1),
        ("blind38.jsonl", 100, 0.81, 0.53, 1),
        ("blind39.jsonl", 100, 0.89, 0.65, 2),
        ("blind40.jsonl", 100, 0.71, 0.48, 2),
        ("blind41.jsonl", 100, 0.79, 0.62, 1),
        ("blind42.jsonl", 100, 0.85, 0.75, 1),
        ("blind43.jsonl", 100, 0.85, 0.74, 2),
        ("blind44.jsonl", 100, 0.75, 0.51, 0),
    ] {
        let path = dir.join(file);
        let r = eval(&[path.to_str().unwrap()]);
        assert_eq!(n(&r, "sentences"), lines, "{file}");
        let (p, rec) = (f(&r, "precision"), f(&r, "recall"));
        eprintln!("{file}: precision {p:.3}, recall {rec:.3}");
        assert!(p >= min_p, "{file}: precision {p:.3} fell below {min_p}");
        assert!(rec >= min_r, "{file}: recall {rec:.3} fell below {min_r}");
        assert!(
            n(&r, "forbidden_produced") <= max_forbidden,
            "{file}: {} forbidden events",
            n(&r, "forbidden_produced")
        );
    }
}

/// A tiny gold file and hand-made event records: known numbers.
#[test]
fn scorer_known_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        concat!(
            r#"{"id": "a", "text": "Putin visited Baku.", "date": "2017-11-20", "category": "active", "events": [{"plover": "CONSULT", "cameo_root": "04", "source": "RUS", "target": "AZE"}], "forbidden": []}"#,
            "\n",
            r#"{"id": "b", "text": "NATO criticized Belarus and Iran.", "date": "2021-06-01", "category": "compound", "events": [{"plover": "ACCUSE", "cameo_root": "11", "source": "NAT", "target": "BLR"}, {"plover": "ACCUSE", "cameo_root": "11", "source": "NAT", "target": "IRN"}], "forbidden": []}"#,
            "\n",
            r#"{"id": "c", "text": "If Russia attacks, it will regret it.", "date": "2022-01-01", "category": "hypothetical", "events": [], "forbidden": [{"cameo_root": "19", "plover": "ASSAULT"}]}"#,
            "\n",
        ),
    )
    .unwrap();
    let ev = |doc: &str,
              plover: &str,
              cameo: &str,
              src: &str,
              src_country: Option<&str>,
              tgt: &str,
              pattern: &str| {
        serde_json::json!({
            "doc_id": doc, "plover": if plover.is_empty() { Value::Null } else { plover.into() },
            "cameo": cameo, "root": &cameo[..2], "pattern": pattern,
            "source": {"code": src, "country": src_country},
            "target": {"code": tgt, "country": &tgt[..3]},
        })
        .to_string()
    };
    let events = [
        // a: the visit, its hosted converse (excused), a "said" statement (excused).
        ev(
            "a",
            "CONSULT",
            "042",
            "RUSGOV",
            Some("RUS"),
            "AZEGOV",
            "visit-042",
        ),
        ev(
            "a",
            "CONSULT",
            "043",
            "AZEGOV",
            Some("AZE"),
            "RUSGOV",
            "visit-042",
        ),
        ev("a", "", "010", "RUSGOV", Some("RUS"), "AZEGOV", "say-010"),
        // b: one of two found; a wrong type is a false positive.
        ev(
            "b",
            "ACCUSE",
            "111",
            "IGOWSTNAT",
            None,
            "BLRGOV",
            "criticize-111",
        ),
        ev(
            "b",
            "THREATEN",
            "130",
            "IGOWSTNAT",
            None,
            "IRNGOV",
            "warn-130",
        ),
        // c: a forbidden attack, also a false positive.
        ev(
            "c",
            "ASSAULT",
            "190",
            "RUSMIL",
            Some("RUS"),
            "UKRMIL",
            "attack-190",
        ),
        // not in the gold file: ignored.
        ev(
            "zzz",
            "ASSAULT",
            "190",
            "RUSMIL",
            Some("RUS"),
            "UKRMIL",
            "attack-190",
        ),
    ];
    let events_file = dir.path().join("events.jsonl");
    std::fs::write(&events_file, events.join("\n") + "\n").unwrap();
    let r = eval(&[
        gold.to_str().unwrap(),
        "--events",
        events_file.to_str().unwrap(),
    ]);
    assert_eq!(
        (
            n(&r, "sentences"),
            n(&r, "expected"),
            n(&r, "produced"),
            n(&r, "matched")
        ),
        (3, 3, 6, 2)
    );
    assert_eq!(
        (
            n(&r, "false_positives"),
            n(&r, "excused"),
            n(&r, "forbidden_produced")
        ),
        (2, 2, 1)
    );
    assert!((f(&r, "precision") - 0.5).abs() < 1e-9);
    assert!((f(&r, "recall") - 2.0 / 3.0).abs() < 1e-9);
    assert!((f(&r, "f1") - 4.0 / 7.0).abs() < 1e-9);
    let c = &r["by_category"]["compound"];
    assert_eq!((n(c, "expected"), n(c, "matched")), (2, 1));
    assert!((f(c, "recall") - 0.5).abs() < 1e-9);
    assert_eq!(n(&r["hard_cases"], "expected"), 2);
}

#[test]
fn bad_gold_lines_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"id\": \"a\", \"text\": \"x\", \"date\": \"2020-01-01\", \"events\": []}\n{\"id\": \"b\", \"text\": \"x\", \"date\": \"soon\"}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["eval", "code", gold.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gold.jsonl:2"), "{err}");
}
