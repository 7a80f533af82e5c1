//! The bundled CAMEO codebook against the reference tables in
//! `../shared/cameo/`, code by code.

mod common;

use dyad_dict::codebook::{quad_class_of_root, ActorCodes, Codebook};
use std::collections::BTreeMap;

fn read(rel: &str) -> Option<String> {
    let p = common::shared(rel)?;
    Some(std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

#[test]
fn codebook_matches_consolidated_tsv() {
    let Some(tsv) = read("cameo/cameo_eventcodes_consolidated.tsv") else {
        return;
    };
    let cb = Codebook::bundled();
    assert_eq!(cb.events.len(), 311);
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (c_code, c_root, c_name, c_gold) =
        (col("code"), col("root_code"), col("name"), col("goldstein"));
    let (c_quad, c_qp, c_pe, c_pm, c_pc) = (
        col("quadclass_gdelt"),
        col("quadclass_phoenix"),
        col("plover_event"),
        col("plover_mode"),
        col("plover_context"),
    );
    let mut seen = 0;
    for l in lines.filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = l.split('\t').collect();
        let code = f[c_code];
        let e = cb
            .get(code)
            .unwrap_or_else(|| panic!("code {code} missing from the codebook"));
        assert_eq!(e.name, f[c_name].trim(), "{code} name");
        assert_eq!(e.root, f[c_root], "{code} root");
        assert_eq!(
            e.goldstein,
            f[c_gold].parse::<f32>().unwrap(),
            "{code} goldstein"
        );
        assert_eq!(e.quad_class.to_string(), f[c_quad], "{code} quad");
        assert_eq!(
            Some(e.quad_class),
            quad_class_of_root(e.root.parse().unwrap()),
            "{code} quad by root"
        );
        assert_eq!(
            e.quad_phoenix.map(|q| q.to_string()).unwrap_or_default(),
            f[c_qp],
            "{code} phoenix quad"
        );
        let p = e.plover.as_ref();
        // The table leaves appeals (02) out, and files sanctions (163)
        // under COERCE; dyad maps them to REQUEST and SANCTION.
        let expected_event = match f[c_pe] {
            "" if code.starts_with("02") => "REQUEST",
            "COERCE" if code == "163" => "SANCTION",
            other => other,
        };
        assert_eq!(
            p.map(|p| p.event.as_str()).unwrap_or(""),
            expected_event,
            "{code} plover event"
        );
        assert_eq!(
            p.and_then(|p| p.mode.as_deref()).unwrap_or(""),
            f[c_pm],
            "{code} plover mode"
        );
        assert_eq!(
            p.and_then(|p| p.context.as_deref()).unwrap_or(""),
            f[c_pc],
            "{code} plover context"
        );
        seen += 1;
    }
    assert_eq!(seen, 311);
    let by_len = |n| cb.events.iter().filter(|e| e.code.len() == n).count();
    assert_eq!((by_len(2), by_len(3), by_len(4)), (20, 147, 144));
}

/// Against GDELT's own lookup files, minding their two glitches: the line
/// that merges codes 1056 and 106, and the mojibake in the name of 044.
#[test]
fn codebook_matches_gdelt_lookups() {
    let (Some(names), Some(gold)) = (
        read("cameo/gdelt-lookups/CAMEO.eventcodes.txt"),
        read("cameo/gdelt-lookups/CAMEO.goldsteinscale.txt"),
    ) else {
        return;
    };
    let cb = Codebook::bundled();
    let mut gdelt: BTreeMap<String, String> = BTreeMap::new();
    for l in names
        .lines()
        .skip(1)
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty())
    {
        let (code, name) = l.split_once('\t').unwrap();
        if code == "1056" {
            // Glitch 1: "1056<TAB>Demand de-escalation ...106:[-5.0] Demand withdrawal".
            let (n1056, rest) = name.split_once("106:").expect("the known 1056/106 glitch");
            gdelt.insert("1056".into(), n1056.to_string());
            let n106 = rest.split_once("] ").map(|(_, n)| n).unwrap_or(rest);
            gdelt.insert("106".into(), n106.to_string());
        } else {
            gdelt.insert(code.to_string(), name.to_string());
        }
    }
    assert_eq!(gdelt.len(), 311);
    for (code, name) in &gdelt {
        let e = cb.get(code).unwrap_or_else(|| panic!("{code} missing"));
        if code == "044" {
            // Glitch 2: GDELT's name is mojibake for "Meet at a 'third' location".
            assert_eq!(e.name, "Meet at a 'third' location");
            continue;
        }
        assert_eq!(
            e.name.split_whitespace().collect::<Vec<_>>(),
            name.split_whitespace().collect::<Vec<_>>(),
            "{code}"
        );
    }
    let mut n = 0;
    for l in gold.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let (code, g) = l.split_once('\t').unwrap();
        assert_eq!(
            cb.get(code).unwrap().goldstein,
            g.trim().parse::<f32>().unwrap(),
            "{code}"
        );
        n += 1;
    }
    assert_eq!(n, 311);
}

#[test]
fn actor_codes_match_gdelt_lookups() {
    let ac = ActorCodes::bundled();
    for (file, list) in [
        ("CAMEO.country.txt", &ac.countries),
        ("CAMEO.actortype.txt", &ac.types),
        ("CAMEO.knowngroup.txt", &ac.groups),
        ("CAMEO.religion.txt", &ac.religions),
        ("CAMEO.ethnic.txt", &ac.ethnic),
    ] {
        let Some(text) = read(&format!("cameo/gdelt-lookups/{file}")) else {
            return;
        };
        let want: Vec<(String, String)> = text
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let (c, n) = l.split_once('\t').unwrap();
                (
                    c.trim().to_string(),
                    n.split_whitespace().collect::<Vec<_>>().join(" "),
                )
            })
            .collect();
        let ours: Vec<(String, String)> = list
            .iter()
            .filter(|(c, _)| !ActorCodes::NOT_IN_GDELT.contains(&c.as_str()))
            .cloned()
            .collect();
        assert_eq!(ours, want, "{file}");
    }
    for code in [
        "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "CVL",
    ] {
        assert!(ac.types.iter().any(|(c, _)| c == code), "{code}");
    }
    assert_eq!(ac.label("KSV"), Some("Kosovo"));
    for code in ["UNO", "NAT", "EEC", "SCE"] {
        assert!(ac.groups.iter().any(|(c, _)| c == code), "{code}");
    }
}
