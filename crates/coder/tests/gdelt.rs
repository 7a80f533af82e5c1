//! Events as GDELT 2.0 Events rows: 61 columns in GDELT's order.

mod common;

use dyad_coder::{gdelt, Coder, PatternSet, Versions};
use std::path::PathBuf;

#[test]
fn rows_have_gdelts_columns() {
    let text = "Sergey Lavrov met Elmar Mammadyarov on Sunday.";
    let doc = common::pipeline().annotate(text);
    let coder = Coder::new(
        common::dictionaries(),
        PatternSet::bundled(),
        Versions::default(),
    );
    let events = coder.code(&doc, &common::meta("2017-11-20", Some("BAKU")));
    let rows: Vec<String> = events
        .iter()
        .map(|e| gdelt::row(e, Some("https://example.org/a")))
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let r: Vec<&str> = rows[0].split('\t').collect();
    assert_eq!(r.len(), gdelt::COLUMNS.len());
    assert_eq!(r.len(), 61);
    let col = |name: &str| r[gdelt::COLUMNS.iter().position(|c| *c == name).unwrap()];
    assert_eq!(col("SQLDATE"), "20171119");
    assert_eq!(col("MonthYear"), "201711");
    assert_eq!(col("Year"), "2017");
    assert_eq!(col("FractionDate"), "2017.9562");
    assert_eq!(col("Actor1Code"), "RUSGOV");
    assert_eq!(col("Actor1CountryCode"), "RUS");
    assert_eq!(col("Actor1Type1Code"), "GOV");
    assert_eq!(col("Actor2Code"), "AZEGOV");
    assert_eq!(col("IsRootEvent"), "1");
    assert_eq!(col("EventCode"), "040");
    assert_eq!(col("EventBaseCode"), "040");
    assert_eq!(col("EventRootCode"), "04");
    assert_eq!(col("QuadClass"), "1");
    assert_eq!(col("GoldsteinScale"), "1.0");
    assert_eq!(col("ActionGeo_FullName"), "Baku");
    assert_eq!(col("SOURCEURL"), "https://example.org/a");
    assert_eq!(
        col("GLOBALEVENTID"),
        u64::from_str_radix(&events[0].id, 16).unwrap().to_string()
    );
    assert!(rows.iter().all(|r| !r.contains('\n')));
}

/// The column list is GDELT's own, where `../shared` has it.
#[test]
fn columns_match_gdelts_header_file() {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(
        "../../../shared/cameo/gdelt-schema/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv",
    );
    let Ok(text) = std::fs::read_to_string(&p) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} is missing: CI must provide ../shared",
            p.display()
        );
        eprintln!("skipping: {} is missing", p.display());
        return;
    };
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|n| !n.is_empty())
        .collect();
    assert_eq!(names, gdelt::COLUMNS.to_vec());
}
