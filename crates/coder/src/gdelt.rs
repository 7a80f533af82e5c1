//! Events as rows of GDELT 2.0's Events table: 61 tab-separated columns in
//! GDELT's order (`GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016`), no
//! header. Fields dyad cannot fill stay empty: religion and secondary type
//! codes it does not know, `AvgTone`, ADM2 codes, geography the geo stage
//! did not resolve, and `DATEADDED` (kept empty so that the
//! same input gives the same bytes).

use crate::actor::EventActor;
use crate::event::Event;

/// GDELT 2.0's event columns, in order.
pub const COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// A field without tabs or line breaks.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The ten actor columns (code, name, country, group, ethnic, religion 1
/// and 2, type 1 to 3); all empty without an actor.
fn actor_fields(a: Option<&EventActor>) -> [String; 10] {
    let Some(a) = a else {
        return Default::default();
    };
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    // A known type code, else the role's three-letter parts (GOV, MILSPY).
    let mut types: Vec<String> = a.type_code.iter().cloned().collect();
    if let Some(role) = &a.role {
        let bytes = role.as_bytes();
        for chunk in bytes.chunks(3).filter(|c| c.len() == 3) {
            let t = String::from_utf8_lossy(chunk).into_owned();
            if !types.contains(&t) {
                types.push(t);
            }
        }
    }
    types.resize(3, String::new());
    [
        a.code.clone(),
        clean(&a.text).to_uppercase(),
        opt(&a.country),
        opt(&a.group),
        opt(&a.ethnic),
        opt(&a.religion),
        String::new(),
        types[0].clone(),
        types[1].clone(),
        types[2].clone(),
    ]
}

/// The event's date parts: SQLDATE, MonthYear, Year, FractionDate.
fn date_fields(date: Option<&str>) -> [String; 4] {
    let parts = date.and_then(|d| {
        let y: u32 = d.get(0..4)?.parse().ok()?;
        let m: u32 = d.get(5..7)?.parse().ok()?;
        let day: u32 = d.get(8..10)?.parse().ok()?;
        Some((y, m, day))
    });
    let Some((y, m, d)) = parts else {
        return Default::default();
    };
    // GDELT's approximation: (MONTH * 30 + DAY) / 365.
    let fraction = f64::from(y) + f64::from(m * 30 + d) / 365.0;
    [
        format!("{y:04}{m:02}{d:02}"),
        format!("{y:04}{m:02}"),
        format!("{y:04}"),
        format!("{fraction:.4}"),
    ]
}

/// One event as a GDELT 2.0 Events row (61 fields, no line break).
/// `GLOBALEVENTID` is the event id's 64 bits in decimal; `SOURCEURL` is
/// `source_url`, else the document id.
pub fn row(e: &Event, source_url: Option<&str>) -> String {
    let mut f: Vec<String> = Vec::with_capacity(COLUMNS.len());
    f.push(
        u64::from_str_radix(&e.id, 16)
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    f.extend(date_fields(e.date.as_deref()));
    f.extend(actor_fields(Some(&e.source)));
    f.extend(actor_fields(e.target.as_ref()));
    f.push(if e.is_root { "1" } else { "0" }.into());
    f.push(e.cameo.clone());
    f.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_string());
    f.push(e.root.clone());
    f.push(e.quad_class.to_string());
    f.push(format!("{:.1}", e.goldstein));
    // NumMentions, NumSources, NumArticles: this one article.
    f.extend(["1", "1", "1"].map(String::from));
    f.push(String::new()); // AvgTone
    f.extend(geo_fields(e.source.place.as_ref())); // Actor1Geo_*
    f.extend(geo_fields(e.target.as_ref().and_then(|t| t.place.as_ref()))); // Actor2Geo_*
    f.extend(geo_fields(e.place.as_ref())); // ActionGeo_*
    f.push(String::new()); // DATEADDED
    f.push(clean(source_url.unwrap_or(&e.doc_id)));
    debug_assert_eq!(f.len(), COLUMNS.len());
    f.join("\t")
}

/// The eight geo columns of an actor or the action (`Type`, `FullName`,
/// `CountryCode`, `ADM1Code`, `ADM2Code`, `Lat`, `Long`, `FeatureID`): as far
/// as the geo stage resolved the place; all empty without one.
fn geo_fields(place: Option<&crate::EventPlace>) -> [String; 8] {
    let Some(p) = place else {
        return Default::default();
    };
    let g = &p.geo;
    let opt = |v: &Option<String>| v.as_deref().map(clean).unwrap_or_default();
    [
        g.geo_type.map(|t| t.to_string()).unwrap_or_default(),
        clean(g.full_name.as_deref().unwrap_or(&p.name)),
        opt(&g.country),
        opt(&g.adm1),
        String::new(),
        g.lat.map(|v| format!("{v:.4}")).unwrap_or_default(),
        g.lon.map(|v| format!("{v:.4}")).unwrap_or_default(),
        g.feature_id.map(|v| v.to_string()).unwrap_or_default(),
    ]
}
