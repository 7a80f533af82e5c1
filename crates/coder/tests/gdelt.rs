//! Events as GDELT 2.0 Events rows: 61 columns in GDELT's order.

mod common;

use dyad_coder::{gdelt, Coder, EventPlace, PatternSet, PlaceGeo, Versions};
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

/// Actor1Geo_* and Actor2Geo_* come from the actors' places (the geo
/// stage's); empty without one.
#[test]
fn actor_geo_columns() {
    let doc = common::pipeline().annotate("Sergey Lavrov met Elmar Mammadyarov on Sunday.");
    let coder = Coder::new(
        common::dictionaries(),
        PatternSet::bundled(),
        Versions::default(),
    );
    let mut events = coder.code(&doc, &common::meta("2017-11-20", Some("BAKU")));
    let e = events.first_mut().expect("an event");
    assert!(e.source.place.is_none(), "no place before the geo stage");
    let before = gdelt::row(e, None);
    let before: Vec<&str> = before.split('\t').collect();
    assert!(before[35..51].iter().all(|f| f.is_empty()), "{before:?}");
    e.source.place = Some(EventPlace {
        name: "Russia".into(),
        span: None,
        how: "country".into(),
        geo: PlaceGeo {
            geo_type: Some(1),
            full_name: Some("Russia".into()),
            country: Some("RS".into()),
            iso3: Some("RUS".into()),
            adm1: Some("RS".into()),
            iso3166_2: None,
            lat: Some(60.0),
            lon: Some(100.0),
            feature_id: Some(2017370),
        },
    });
    let row = gdelt::row(e, None);
    let r: Vec<&str> = row.split('\t').collect();
    let col = |name: &str| r[gdelt::COLUMNS.iter().position(|c| *c == name).unwrap()];
    assert_eq!(col("Actor1Geo_Type"), "1");
    assert_eq!(col("Actor1Geo_FullName"), "Russia");
    assert_eq!(col("Actor1Geo_CountryCode"), "RS");
    assert_eq!(col("Actor1Geo_ADM1Code"), "RS");
    assert_eq!(col("Actor1Geo_ADM2Code"), "");
    assert_eq!(col("Actor1Geo_Lat"), "60.0000");
    assert_eq!(col("Actor1Geo_Long"), "100.0000");
    assert_eq!(col("Actor1Geo_FeatureID"), "2017370");
    assert!(
        r[43..51].iter().all(|f| f.is_empty()),
        "no Actor2Geo: {r:?}"
    );
    // The record's JSON has the actor's place, `null` when unknown.
    let json = serde_json::to_value(&*e).unwrap();
    assert_eq!(json["source"]["place"]["name"], "Russia");
    assert!(json["target"]["place"].is_null());
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
