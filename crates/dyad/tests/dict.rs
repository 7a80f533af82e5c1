//! `dyad dict lookup | check | import` end to end: dated office holders,
//! the bundled set and the Phoenix set checking clean, Phoenix converted
//! to dyad's format reading back with nothing lost, and TABARI files read
//! directly and converted.

use std::process::{Command, Output};

fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .output()
        .expect("dyad runs")
}

fn stdout_ok(args: &[&str]) -> String {
    let out = dyad(args);
    assert!(
        out.status.success(),
        "dyad {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn codes(phrase: &str, date: &str) -> Vec<String> {
    let out = stdout_ok(&["dict", "lookup", phrase, "--date", date, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn lookup_gives_the_role_of_the_day_and_the_default_outside_it() {
    assert_eq!(codes("Jeyhun Bayramov", "2021-03-01"), ["AZEGOV"]);
    assert_eq!(codes("Elmar Mammadyarov", "2017-11-20"), ["AZEGOV"]);
    assert_eq!(
        codes("Elmar Mammadyarov", "2021-03-01"),
        ["AZEELI"],
        "a former minister: the elite code, never the expired role"
    );
    assert_eq!(codes("Moscow", "2017-11-20"), ["RUSGOV"]);
    let out = dyad(&["dict", "lookup", "Nobody Atall", "--date", "2017-11-20"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("no entry"));
    let bad = dyad(&["dict", "lookup", "Moscow", "--date", "2017-13-45"]);
    assert!(!bad.status.success(), "an impossible date is refused");
}

#[test]
fn the_bundled_dictionaries_check_clean() {
    let out = dyad(&["dict", "check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn phoenix_imported_to_dyads_format_checks_clean_and_keeps_every_entry() {
    let Some(phoenix) = dyad_testdata::shared("dictionaries/phoenix") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("phoenix-dyad");
    let files: Vec<String> = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "Phoenix.discards.txt",
    ]
    .iter()
    .map(|f| phoenix.join(f).display().to_string())
    .collect();
    let mut args = vec!["dict", "import", "--format", "petrarch"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", out_dir.to_str().unwrap()]);
    let imported = dyad(&args);
    let said = String::from_utf8_lossy(&imported.stderr).into_owned()
        + &String::from_utf8_lossy(&imported.stdout);
    // The unreadable lines of the source are reported, not silently dropped.
    assert!(said.contains("unreadable lines"), "{said}");
    let checked = dyad(&["dict", "check", out_dir.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&checked.stdout).into_owned()
        + &String::from_utf8_lossy(&checked.stderr);
    assert!(checked.status.success(), "{report}");
    // What was read from Phoenix is all there after the round trip.
    // "27211 actors, 3301 agents, 506 discards" in both reports (the
    // check's with more in parentheses).
    let counts = |text: &str| -> Vec<u64> {
        ["actors", "agents", "discards"]
            .iter()
            .map(|kind| {
                text.split(&format!(" {kind}"))
                    .next()
                    .and_then(|before| before.rsplit([' ', '\n', ',', '(']).next())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0)
            })
            .collect()
    };
    let (read, written) = (counts(&said), counts(&report));
    assert!(read.iter().all(|&n| n > 100), "{said}");
    assert_eq!(read, written, "{said}\n{report}");
}

/// The invented TABARI fixture of `dyad-dict` (`.actors`, `.agents`,
/// `.verbs`, `.options`, `.project`, and a known-exceptions list naming its
/// one malformed line).
fn tabari_fixture() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../dict/tests/fixtures/tabari")
}

fn said(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout)
}

#[test]
fn tabari_dictionaries_check_import_and_look_up() {
    let fx = tabari_fixture();
    let spec = format!("tabari:{}", fx.display());
    // `dict check --dictionaries tabari:DIR`: read by extension, the run
    // settings skipped with a reason, the malformed line known (from
    // DIR/known-exceptions.txt) and named by file and line.
    let checked = dyad(&["dict", "check", "--dictionaries", &spec]);
    let report = said(&checked);
    assert!(checked.status.success(), "{report}");
    assert!(report.contains("7 actors"), "{report}");
    assert!(report.contains("7 agents"), "{report}");
    assert!(
        report.contains("2 synsets, 4 verb blocks (4 verbs, 6 patterns)"),
        "{report}"
    );
    assert!(
        report.contains("skipped: ") && report.contains("sample.options: a TABARI .options file"),
        "{report}"
    );
    assert!(
        report.contains("sample.project: a TABARI .project file"),
        "{report}"
    );
    assert!(
        report.contains("known: ") && report.contains("sample.actors:17: bad date \"9901011\""),
        "{report}"
    );
    // Without that list the same line fails the check.
    let tmp = tempfile::tempdir().unwrap();
    let none = tmp.path().join("none.txt");
    std::fs::write(&none, "").unwrap();
    let strict = dyad(&[
        "dict",
        "check",
        "--dictionaries",
        &spec,
        "--exceptions",
        none.to_str().unwrap(),
    ]);
    let report = said(&strict);
    assert!(!strict.status.success(), "{report}");
    assert!(
        report.contains("error: ") && report.contains("sample.actors:17:"),
        "{report}"
    );

    // `dict import --format tabari FILE... -o DIR`.
    let out_dir = tmp.path().join("converted");
    let files: Vec<String> = [
        "sample.actors",
        "sample.agents",
        "sample.verbs",
        "sample.options",
    ]
    .iter()
    .map(|f| fx.join(f).display().to_string())
    .collect();
    let mut args = vec!["dict", "import", "--format", "tabari"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", out_dir.to_str().unwrap()]);
    let imported = dyad(&args);
    let report = said(&imported);
    assert!(imported.status.success(), "{report}");
    assert!(
        report.contains("warning: ") && report.contains("sample.actors:17:"),
        "{report}"
    );
    assert!(
        report.contains("skipped: ") && report.contains("sample.options"),
        "{report}"
    );
    assert!(
        report.contains(
            "7 actors, 7 agents, 0 discards, 0 issues, 6 verb patterns; 1 unreadable lines"
        ),
        "{report}"
    );
    for f in ["actors.dict", "agents.dict", "verbs.dict"] {
        assert!(out_dir.join(f).exists(), "{f}");
    }
    let back = dyad(&["dict", "check", out_dir.to_str().unwrap()]);
    let report = said(&back);
    assert!(back.status.success(), "{report}");
    assert!(
        report.contains("7 actors") && report.contains("7 agents") && report.contains("6 patterns"),
        "{report}"
    );

    // The same codes from the TABARI files and from their conversion.
    for dicts in [spec.as_str(), out_dir.to_str().unwrap()] {
        let look = |phrase: &str, date: &str| -> serde_json::Value {
            let out = stdout_ok(&[
                "dict",
                "lookup",
                phrase,
                "--date",
                date,
                "--dictionaries",
                dicts,
                "--json",
            ]);
            serde_json::from_str::<serde_json::Value>(&out).unwrap()["codes"].clone()
        };
        assert_eq!(
            look("Rufus T Firefly", "1933-06-01"),
            serde_json::json!(["FRDGOV"]),
            "{dicts}"
        );
        assert_eq!(
            look("Rufus T Firefly", "1932-12-31"),
            serde_json::json!(["FRDMIL"]),
            "{dicts}"
        );
        assert_eq!(
            look("Rufus T Firefly", "1934-01-01"),
            serde_json::json!(["FRDELI"]),
            "{dicts}"
        );
        assert_eq!(
            look("insurgents", "2000-01-01"),
            serde_json::json!(["REB"]),
            "{dicts}"
        );
    }

    // A file TABARI does not know is refused with the reason.
    let refused = dyad(&[
        "dict",
        "import",
        "--format",
        "tabari",
        fx.join("known-exceptions.txt").to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    assert!(said(&refused).contains("not a TABARI dictionary by its extension"));
}
