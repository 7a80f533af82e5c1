//! `dyad geo` and `dyad eval geo` end to end.

use std::process::Command;

fn dyad(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .output()
        .expect("run dyad");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn geo_json_places_the_dateline_in_baku() {
    let (ok, out) = dyad(&[
        "geo",
        "BAKU, Nov. 20 (Xinhua) -- Talks were held near the border with Armenia.",
        "--date",
        "2017-11-20",
        "--json",
    ]);
    assert!(ok);
    let places: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(places.len(), 2, "{out}");
    assert_eq!(places[0]["name"], "Baku");
    assert_eq!(places[0]["country"], "AJ");
    assert_eq!(places[0]["iso3"], "AZE");
    assert_eq!(places[0]["how"], "dateline");
    assert_eq!(places[1]["name"], "Armenia");
    assert_eq!(places[1]["type"], 1);
}

#[test]
fn eval_geo_reports_acc161() {
    let gold = concat!(env!("CARGO_MANIFEST_DIR"), "/../geo/tests/data/gold.jsonl");
    let (ok, out) = dyad(&["eval", "geo", gold, "--json"]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    for key in ["precision", "recall", "acc161"] {
        assert!(v[key].as_f64().unwrap() > 0.9, "{out}");
    }
}

#[test]
fn eval_geo_names_a_bad_line() {
    let dir = std::env::temp_dir().join(format!("dyad-geo-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("bad.jsonl");
    std::fs::write(&f, "{\"text\": \"x\", \"places\": []}\nnot json\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["eval", "geo", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn geo_refuses_an_impossible_date_and_prints_iso_codes() {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["geo", "Talks in Vienna.", "--date", "2017-02-30"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2017-02-30") && err.contains("YYYY-MM-DD"),
        "{err}"
    );

    let (ok, out) = dyad(&["geo", "Talks were held in Vienna.", "--date", "2017-02-28"]);
    assert!(ok);
    assert!(
        out.contains("Vienna") && out.contains(" AU09 AT-9 "),
        "{out}"
    );
}
