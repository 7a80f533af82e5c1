//! `dyad dict lookup | check | import` end to end: dated office holders,
//! the bundled set and the Phoenix set checking clean, and Phoenix
//! converted to dyad's format reading back with nothing lost.

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
