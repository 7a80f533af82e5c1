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
    // The entry's type code, then the type parts of the code (GOV, MILSPY);
    // religion and group parts are not types (IMGMOSALQ: IMG).
    let mut types: Vec<String> = a.type_code.iter().cloned().collect();
    for t in crate::actor::code_parts(&a.code).types {
        if !types.contains(&t) {
            types.push(t);
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

/// What a store knows about an event beyond one report of it: GDELT's
/// aggregate columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aggregate {
    /// GLOBALEVENTID.
    pub global_id: i64,
    /// IsRootEvent: some report has it in its lead paragraph.
    pub is_root: bool,
    pub num_mentions: u32,
    pub num_sources: u32,
    pub num_articles: u32,
    /// DATEADDED, `YYYYMMDDHHMMSS` (UTC), when first stored.
    pub date_added: String,
}

/// The aggregated event an event record belongs to: GDELT's
/// GLOBALEVENTID, a hash of day, source, target, code and action place, in
/// 63 bits so that every SQL engine and data frame reads it as a signed
/// 64-bit integer.
pub fn global_event_id(e: &Event) -> i64 {
    let place = e
        .place
        .as_ref()
        .map(|p| match p.geo.feature_id {
            Some(id) => format!("g{id}"),
            None => p.name.to_lowercase(),
        })
        .unwrap_or_default();
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        e.date.as_deref().unwrap_or(""),
        e.source.code,
        e.target.as_ref().map_or("", |t| t.code.as_str()),
        e.cameo,
        place
    );
    (crate::pattern::fnv1a(key.as_bytes()) & (i64::MAX as u64)) as i64
}

/// One event as a GDELT 2.0 Events row (61 fields, no line break).
/// `GLOBALEVENTID` is the event id's 64 bits in decimal; `SOURCEURL` is
/// `source_url`, else the document id; the counts are this one article's.
pub fn row(e: &Event, source_url: Option<&str>) -> String {
    let single = Aggregate {
        global_id: 0,
        is_root: e.is_root,
        num_mentions: 1,
        num_sources: 1,
        num_articles: 1,
        date_added: String::new(),
    };
    let id = u64::from_str_radix(&e.id, 16)
        .map(|n| n.to_string())
        .unwrap_or_default();
    row_with(e, source_url, &id, &single)
}

/// An aggregated event as a GDELT 2.0 Events row: the fields of its first
/// report `e`, the counts and ids of `agg`.
pub fn aggregate_row(e: &Event, source_url: Option<&str>, agg: &Aggregate) -> String {
    row_with(e, source_url, &agg.global_id.to_string(), agg)
}

fn row_with(e: &Event, source_url: Option<&str>, id: &str, agg: &Aggregate) -> String {
    let mut f: Vec<String> = Vec::with_capacity(COLUMNS.len());
    f.push(id.to_string());
    f.extend(date_fields(e.date.as_deref()));
    f.extend(actor_fields(Some(&e.source)));
    f.extend(actor_fields(e.target.as_ref()));
    f.push(if agg.is_root { "1" } else { "0" }.into());
    f.push(e.cameo.clone());
    f.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_string());
    f.push(e.root.clone());
    f.push(e.quad_class.to_string());
    f.push(format!("{:.1}", e.goldstein));
    f.push(agg.num_mentions.to_string());
    f.push(agg.num_sources.to_string());
    f.push(agg.num_articles.to_string());
    f.push(String::new()); // AvgTone
    f.extend(geo_fields(e.source.place.as_ref())); // Actor1Geo_*
    f.extend(geo_fields(e.target.as_ref().and_then(|t| t.place.as_ref()))); // Actor2Geo_*
    f.extend(geo_fields(e.place.as_ref())); // ActionGeo_*
    f.push(agg.date_added.clone());
    f.push(clean(source_url.unwrap_or(&e.doc_id)));
    debug_assert_eq!(f.len(), COLUMNS.len());
    f.join("\t")
}

/// GDELT 2.0's Mentions columns, in order
/// (`GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016`).
pub const MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// One report of an event, as a store knows it: a Mentions row's fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MentionFields {
    pub global_id: i64,
    /// `YYYYMMDDHHMMSS`: when the event was first stored.
    pub event_time: String,
    /// `YYYYMMDDHHMMSS`: when this report was stored.
    pub mention_time: String,
    /// The outlet (a source name or the URL's host).
    pub source_name: Option<String>,
    /// The URL, else the document id.
    pub identifier: String,
    /// 1-based sentence number.
    pub sentence: usize,
    /// Character offsets in the article text (not bytes).
    pub actor1_char: Option<usize>,
    pub actor2_char: Option<usize>,
    pub action_char: Option<usize>,
    /// 0..1.
    pub confidence: f32,
    /// Characters in the article text.
    pub doc_len: Option<usize>,
    /// True when the identifier is a URL (MentionType 1, WEB), else 2
    /// (CITATIONONLY).
    pub is_web: bool,
}

/// One Mentions row (16 fields, no line break). InRawText is 1 (dyad codes
/// the text as written); tone and translation fields stay empty.
pub fn mention_row(m: &MentionFields) -> String {
    let opt = |v: Option<usize>| v.map(|v| v.to_string()).unwrap_or_default();
    let f: [String; 16] = [
        m.global_id.to_string(),
        m.event_time.clone(),
        m.mention_time.clone(),
        if m.is_web { "1" } else { "2" }.into(),
        clean(m.source_name.as_deref().unwrap_or("")),
        clean(&m.identifier),
        m.sentence.to_string(),
        opt(m.actor1_char),
        opt(m.actor2_char),
        opt(m.action_char),
        "1".into(),
        format!(
            "{}",
            (m.confidence * 100.0).round().clamp(0.0, 100.0) as u32
        ),
        opt(m.doc_len),
        String::new(),
        String::new(),
        String::new(),
    ];
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
