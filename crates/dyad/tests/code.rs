//! `dyad code` end to end on the seed story from `../shared/seed` (read at
//! test time, never copied into the repository): the consultations in Baku,
//! Azerbaijan's demand, nothing violent from the history paragraphs, each
//! event once although the page holds two copies of the story.

use std::path::PathBuf;
use std::process::Command;

fn seed() -> Option<PathBuf> {
    dyad_testdata::shared("seed/xinhua-20171121-lavrov-baku.txt")
}

fn code(args: &[&str], stdin: Option<&str>) -> Vec<serde_json::Value> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.arg("code").args(args);
    let out = match stdin {
        Some(input) => {
            use std::io::Write;
            let mut child = cmd
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("dyad runs");
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
            child.wait_with_output().unwrap()
        }
        None => cmd.output().expect("dyad runs"),
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON event per line"))
        .collect()
}

fn s<'a>(e: &'a serde_json::Value, path: &[&str]) -> &'a str {
    path.iter().fold(e, |v, k| &v[*k]).as_str().unwrap_or("")
}

#[test]
fn seed_story() {
    let Some(path) = seed() else { return };
    let events = code(&[path.to_str().unwrap()], None);
    let consult = |src: &str, tgt: &str| {
        events.iter().any(|e| {
            s(e, &["root"]) == "04"
                && s(e, &["source", "code"]) == src
                && s(e, &["target", "code"]) == tgt
                && matches!(s(e, &["date"]), "2017-11-19" | "2017-11-20")
                && s(e, &["place", "name"]).to_lowercase().contains("baku")
        })
    };
    assert!(consult("RUSGOV", "AZEGOV"), "{events:#?}");
    assert!(consult("AZEGOV", "RUSGOV"), "{events:#?}");
    assert!(
        events
            .iter()
            .any(|e| s(e, &["root"]) == "10" && s(e, &["source", "code"]).starts_with("AZE")),
        "Azerbaijan's demand: {events:#?}"
    );
    // Every event lands in Baku: 40.38 N, 49.89 E, FIPS AJ / ISO AZE.
    for e in &events {
        let place = &e["place"];
        let (lat, lon) = (place["lat"].as_f64(), place["lon"].as_f64());
        assert!(
            lat.is_some_and(|v| (v - 40.38).abs() < 0.05)
                && lon.is_some_and(|v| (v - 49.89).abs() < 0.05),
            "{e:#}"
        );
        assert_eq!(s(e, &["place", "country"]), "AJ");
        assert_eq!(s(e, &["place", "iso3"]), "AZE");
    }
    // Actor1Geo / Actor2Geo: the country-coded governments get their
    // countries as type-1 places.
    let mut seen = (false, false);
    for e in &events {
        for actor in ["source", "target"] {
            let (code, place) = (s(e, &[actor, "code"]), &e[actor]["place"]);
            let want = match code {
                "RUSGOV" => ("Russia", "RS", "RUS"),
                "AZEGOV" => ("Azerbaijan", "AJ", "AZE"),
                _ => continue,
            };
            assert_eq!(
                (
                    place["name"].as_str(),
                    place["country"].as_str(),
                    place["iso3"].as_str()
                ),
                (Some(want.0), Some(want.1), Some(want.2)),
                "{e:#}"
            );
            assert_eq!(place["type"].as_u64(), Some(1), "{e:#}");
            assert!(
                place["lat"].is_f64() && place["feature_id"].is_i64(),
                "{e:#}"
            );
            if code == "RUSGOV" {
                seen.0 = true;
            } else {
                seen.1 = true;
            }
        }
    }
    assert_eq!(seen, (true, true), "{events:#?}");
    for e in &events {
        let violent = matches!(s(e, &["root"]), "19" | "20");
        assert!(!(violent && s(e, &["date"]).starts_with("2017")), "{e:#}");
    }
    let mut keys: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {} {} {}",
                s(e, &["source", "code"]),
                s(e, &["cameo"]),
                s(e, &["target", "code"]),
                s(e, &["date"])
            )
        })
        .collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "each event once");
}

#[test]
fn jsonl_filter_keeps_the_document_id() {
    let line = r#"{"id":"story-7","text":"Norway criticized Sweden on Sunday. The two neighbours have argued about fishing rights in the northern sea for many years, and the dispute has grown sharper since the summer.","published":"2017-11-20T10:00:00Z"}"#;
    let events = code(
        &["-", "--input-format", "jsonl"],
        Some(&format!("{line}\n")),
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(s(&events[0], &["doc_id"]), "story-7");
    assert_eq!(s(&events[0], &["date"]), "2017-11-19");
    assert_eq!(s(&events[0], &["cameo"]), "111");
}

/// `dyad code` tells the parser the gazetteer's place names: the bundled
/// model alone reads "Beijing" here as a gerund ("beij"), and the coder
/// then finds no subject. The phrases the parser hangs on the subject
/// after the verb ("on two U.S. defence contractors") are the verb's.
#[test]
fn a_capital_that_opens_a_sentence_is_its_subject() {
    let line = r#"{"id":"b","text":"Beijing on Monday imposed sanctions on two U.S. defence contractors over arms sales to Taiwan, freezing their assets in China, a foreign ministry spokesman told reporters.","published":"2022-02-21"}"#;
    let events = code(
        &["-", "--input-format", "jsonl"],
        Some(&format!("{line}\n")),
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let e = &events[0];
    assert_eq!(s(e, &["source", "code"]), "CHNGOV");
    assert_eq!(s(e, &["cameo"]), "163");
    assert_eq!(s(e, &["target", "code"]), "USA");
    assert_eq!(s(e, &["source", "text"]), "Beijing");
}

/// `dyad code` lends the coder the gazetteer: a shelled town targets its
/// country.
#[test]
fn an_attacked_town_is_its_country() {
    let line = r#"{"id":"k","text":"Ukraine said Russian forces shelled Kherson overnight.","published":"2023-02-21"}"#;
    let events = code(
        &["-", "--input-format", "jsonl"],
        Some(&format!("{line}\n")),
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(s(&events[0], &["source", "code"]), "RUSMIL");
    assert_eq!(s(&events[0], &["target", "code"]), "UKR");
    assert_eq!(s(&events[0], &["target", "text"]), "Kherson");
}

#[test]
fn an_attack_on_something_in_a_town_is_on_its_country() {
    // Neither the plant nor the region is an actor: the gazetteer places
    // "the Kharkiv region" in Ukraine.
    let line = r#"{"id":"k","text":"A power station in the Kharkiv region was hit by Russian missiles overnight.","published":"2024-03-22"}"#;
    let events = code(
        &["-", "--input-format", "jsonl"],
        Some(&format!("{line}\n")),
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(s(&events[0], &["source", "code"]), "RUS");
    assert_eq!(s(&events[0], &["target", "code"]), "UKR");
}

/// A place name with a particle the parser split ("Dar es Salaam", "es"
/// read as a verb) is looked up whole: its first word alone names a town
/// elsewhere.
#[test]
fn a_place_name_with_a_particle_is_read_whole() {
    let line = r#"{"id":"k","text":"Tanzanian police arrested an opposition leader in Dar es Salaam.","published":"2024-05-10"}"#;
    let events = code(
        &["-", "--input-format", "jsonl"],
        Some(&format!("{line}\n")),
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(s(&events[0], &["source", "code"]), "TZACOP");
    assert_eq!(s(&events[0], &["target", "code"]), "TZAOPP");
}

#[test]
fn gdelt_events_rows() {
    let line = r#"{"id":"story-8","url":"https://example.org/story-8","text":"BAKU, Nov. 20 -- Norway criticized Sweden on Sunday in Baku. The two neighbours have argued about fishing rights in the northern sea for many years, and the dispute has grown sharper since the summer.","published":"2017-11-20T10:00:00Z"}"#;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args([
            "code",
            "-",
            "--input-format",
            "jsonl",
            "--format",
            "gdelt-events",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("dyad runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 1, "{text}");
    let r = &rows[0];
    assert_eq!(r.len(), 61, "{r:?}");
    // SQLDATE, Actor1Code, Actor2Code, EventCode, EventRootCode, QuadClass,
    // GoldsteinScale, ActionGeo_FullName, SOURCEURL.
    assert_eq!(r[1], "20171119");
    assert_eq!(r[5], "NOR");
    assert_eq!(r[15], "SWE");
    assert_eq!(r[26], "111");
    assert_eq!(r[28], "11");
    assert_eq!(r[29], "3");
    assert_eq!(r[30], "-2.0");
    // ActionGeo_Type, _FullName, _CountryCode, _ADM1Code, _Lat, _Long as
    // the geo stage resolved the sentence's place.
    assert_eq!(r[51], "4");
    assert_eq!(r[52], "Baku, Baki, Azerbaijan");
    assert_eq!(r[53], "AJ");
    assert_eq!(r[54], "AJ09");
    assert!(
        r[56].starts_with("40.3") && r[57].starts_with("49.8"),
        "{r:?}"
    );
    // Actor1Geo_* and Actor2Geo_*: Norway and Sweden as countries (type 1,
    // ADM1 the country code, no ADM2).
    assert_eq!(&r[35..39], ["1", "Norway", "NO", "NO"], "{r:?}");
    assert_eq!(r[39], "");
    assert!(!r[40].is_empty() && !r[41].is_empty() && !r[42].is_empty());
    assert_eq!(&r[43..47], ["1", "Sweden", "SW", "SW"], "{r:?}");
    assert!(!r[48].is_empty() && !r[49].is_empty() && !r[50].is_empty());
    assert_eq!(r[60], "https://example.org/story-8");
}

#[test]
fn bench_code_reports_rates() {
    let dir = std::env::temp_dir().join(format!("dyad-bench-code-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Norway criticized Sweden on Sunday. Denmark praised Finland.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args([
            "bench",
            "code",
            dir.to_str().unwrap(),
            "--rounds",
            "2",
            "--json",
        ])
        .output()
        .expect("dyad runs");
    // The coder alone, over parses made first.
    let alone = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args([
            "bench",
            "code",
            dir.to_str().unwrap(),
            "--rounds",
            "3",
            "--json",
            "--coding-only",
        ])
        .output()
        .expect("dyad runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        alone.status.success(),
        "{}",
        String::from_utf8_lossy(&alone.stderr)
    );
    let c: serde_json::Value = serde_json::from_slice(&alone.stdout).expect("one JSON object");
    assert_eq!(c["coding_only"], true);
    assert_eq!(c["documents"], 1);
    assert_eq!(c["sentences"], 2);
    assert_eq!(c["rounds"], 3);
    assert_eq!(c["events"], 2, "{c}");
    assert!(c["sentences_per_sec"].as_f64().unwrap() > 0.0, "{c}");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["pages"], 2);
    assert_eq!(v["sentences"], 4);
    assert!(v["words"].as_u64().unwrap() >= 12);
    for k in ["pages_per_sec", "sentences_per_sec", "words_per_sec"] {
        assert!(v[k].as_f64().unwrap() > 0.0, "{k}: {v}");
    }
    // Two events a round were placed: the geo stage took some time, and
    // less than the whole run.
    let geo = v["geo_seconds"].as_f64().unwrap();
    assert!(geo > 0.0 && geo < v["seconds"].as_f64().unwrap(), "{v}");
    assert!(v["geo_added"].as_f64().unwrap() > 0.0, "{v}");
}

#[test]
fn threads_do_not_change_the_output() {
    let countries = [
        "Norway", "Sweden", "Chile", "Peru", "Japan", "Kenya", "Egypt", "Spain", "Ghana", "Nepal",
        "Cuba", "Iraq",
    ];
    let verbs = ["criticized", "praised", "accused", "met"];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let mut feed = String::new();
    for i in 0..130 {
        let (a, b) = (countries[i % 12], countries[(i / 12 + i % 12 + 1) % 12]);
        let (c, d) = (countries[(i * 7) % 12], countries[(i * 5 + 3) % 12]);
        let text = format!(
            "{a} {} {b} on {}. {c} {} {d} after talks number {i}.",
            verbs[i % 4],
            days[i % 5],
            verbs[(i / 4) % 4]
        );
        feed +=
            &serde_json::json!({"id": format!("doc-{i}"), "published": "2024-05-06", "text": text})
                .to_string();
        feed.push('\n');
    }
    let one = code(
        &["-", "--input-format", "jsonl", "--threads", "1"],
        Some(&feed),
    );
    let two = code(
        &["-", "--input-format", "jsonl", "--threads", "2"],
        Some(&feed),
    );
    assert!(one.len() > 50, "{} events", one.len());
    assert_eq!(one, two);
}

/// `--format mentions` is the stream a driver (Spark, GNU parallel) reads:
/// an article line per document, a mention line per event report with its
/// GLOBALEVENTID, rejects inline and in `--rejects`; near-duplicate copies
/// are coded too, and their reports share the event's id.
#[test]
fn mentions_stream_for_drivers() {
    let story = "ROME, March 3 (Tiber News) -- Italy's foreign minister met Greece's foreign minister in Rome on Monday to discuss migration. The two ministers agreed to meet again in Athens in the spring, officials said.";
    let mut input = String::new();
    for i in 0..70 {
        // Seventy copies of one wire story at seventy outlets, so that the
        // stream spans more than one batch of articles.
        input += &serde_json::json!({
            "id": format!("copy-{i}"),
            "url": format!("https://outlet{i}.example/story"),
            "published": "2025-03-04T08:00:00Z",
            "text": story,
        })
        .to_string();
        input.push('\n');
        if i == 10 {
            input += "{\"id\": \"broken\", \"text\": \n";
        }
    }
    let dir = std::env::temp_dir().join(format!("dyad-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rejects = dir.join("rejects.jsonl");
    let lines = code(
        &[
            "-",
            "--format",
            "mentions",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
        Some(&input),
    );
    let kind = |k: &str| {
        lines
            .iter()
            .filter(|l| l["kind"] == k)
            .cloned()
            .collect::<Vec<_>>()
    };
    let (articles, mentions, rejected) = (kind("article"), kind("mention"), kind("reject"));
    assert_eq!(articles.len(), 70);
    assert_eq!(
        lines.len(),
        articles.len() + mentions.len() + rejected.len()
    );
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0]["line"], 12);
    assert!(s(&rejected[0], &["reason"]).contains("malformed JSON"));
    let file: Vec<serde_json::Value> = std::fs::read_to_string(&rejects)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(file.len(), 1);
    assert_eq!(file[0]["line"], 12);
    // Copies after the first are near-duplicates, coded all the same.
    assert!(articles[1..].iter().all(|a| a["cluster"] == "copy-0"));
    assert!(articles.iter().all(|a| a["skipped"].is_null()));
    let per_article = articles[0]["events"].as_u64().unwrap() as usize;
    assert!(per_article >= 1, "{lines:#?}");
    assert_eq!(mentions.len(), 70 * per_article);
    let ids: std::collections::BTreeSet<i64> = mentions
        .iter()
        .map(|m| m["global_event_id"].as_i64().expect("a 63-bit id"))
        .collect();
    assert_eq!(ids.len(), per_article, "every copy reports the same events");
    let first = &mentions[0];
    assert_eq!(s(first, &["doc_id"]), "copy-0");
    // The outlet is the agency the dateline names, else the URL's host.
    assert_eq!(s(first, &["outlet"]), "Tiber News");
    assert_eq!(s(first, &["url"]), "https://outlet0.example/story");
    assert!(!s(first, &["cameo"]).is_empty());
    // Every article line comes before its mentions.
    let mut current = String::new();
    for l in &lines {
        match l["kind"].as_str().unwrap() {
            "article" => current = s(l, &["id"]).to_string(),
            "mention" => assert_eq!(s(l, &["doc_id"]), current),
            _ => {}
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
