//! The bundled gazetteer, the seed dateline, hard cases and the
//! project-written gold set (`tests/data/gold.jsonl`).

use dyad_geo::{eval, Geocoder, Location};
use dyad_text::Pipeline;

fn setup() -> (Pipeline, Geocoder) {
    (
        Pipeline::bundled().expect("bundled model"),
        Geocoder::bundled().expect("bundled gazetteer"),
    )
}

fn places(text: &str) -> Vec<Location> {
    let (p, g) = setup();
    g.locate_text(&p, text, None)
}

fn find<'a>(ls: &'a [Location], text: &str) -> &'a Location {
    ls.iter()
        .find(|l| l.text == text)
        .unwrap_or_else(|| panic!("{text} not found in {ls:?}"))
}

#[test]
fn gazetteer_loads_and_indexes() {
    let g = Geocoder::bundled().unwrap().gazetteer;
    assert!(g.len() > 30_000, "{} places", g.len());
    assert!(!g.lookup("Baku").is_empty());
    assert!(!g.lookup("BAKU").is_empty());
    assert!(!g.lookup("Bakú").is_empty());
    assert!(g.lookup("Qwxzzy").is_empty());
}

#[test]
fn seed_dateline_resolves_to_baku() {
    let ls = places(
        "BAKU, Nov. 20 (Xinhua) -- The decades-old conflict between Armenia and Azerbaijan \
         should be resolved through diplomatic means, the Russian minister said here on Monday.",
    );
    let baku = &ls[0];
    assert_eq!(baku.how, "dateline");
    assert_eq!(baku.text, "Baku");
    assert!(
        (baku.lat - 40.38).abs() < 0.05 && (baku.lon - 49.89).abs() < 0.05,
        "{baku:?}"
    );
    assert_eq!(baku.country, "AJ");
    assert_eq!(baku.iso3, "AZE");
    assert_eq!(baku.geo_type, 4);
    assert_eq!(baku.feature_id, 587084);
    // "between Armenia and Azerbaijan" names actors' countries, not places.
    assert_eq!(ls.len(), 1, "{ls:?}");

    // A dateline given apart, as the coder has it.
    let (p, g) = setup();
    let ls = g.locate_text(&p, "The ministers met on Monday.", Some("BAKU"));
    assert_eq!(ls[0].name, "Baku");
    assert_eq!(ls[0].country, "AJ");
    assert!(ls[0].span.is_none());
}

#[test]
fn same_name_different_places() {
    let ls = places("The storm flooded several streets in Paris, Texas, on Tuesday.");
    let paris = find(&ls, "Paris");
    assert_eq!(
        (paris.country.as_str(), paris.adm1.as_str(), paris.geo_type),
        ("US", "USTX", 3)
    );
    assert_eq!(ls.len(), 1, "the qualifier is not a second place: {ls:?}");

    let ls = places("Hassan said the talks in Paris would resume next week.");
    assert_eq!(ls.len(), 1, "{ls:?}");
    assert_eq!(find(&ls, "Paris").country, "FR");

    let ls = places("Protesters gathered in Tbilisi, the capital of Georgia, on Sunday.");
    assert_eq!(find(&ls, "Georgia").country, "GG");
    assert_eq!(find(&ls, "Georgia").geo_type, 1);

    let ls = places("Voters in Georgia head to the polls on Tuesday, and officials in Atlanta expect long lines.");
    let ga = find(&ls, "Georgia");
    assert_eq!((ga.geo_type, ga.adm1.as_str()), (2, "USGA"), "{ga:?}");

    let ls = places(
        "Rockets fell on the airport in Tripoli, Libya, as rival militias fought overnight.",
    );
    assert_eq!(find(&ls, "Tripoli").country, "LY");
    let ls = places("Clashes erupted in Tripoli in northern Lebanon between rival groups.");
    assert_eq!(find(&ls, "Tripoli").country, "LE");

    let ls = places("Israeli jets struck targets in southern Lebanon overnight.");
    let lb = find(&ls, "Lebanon");
    assert_eq!((lb.geo_type, lb.country.as_str()), (1, "LE"));
}

#[test]
fn agencies_people_and_words_are_not_places() {
    for text in [
        "Xinhua reported that the minister arrived on Friday.",
        "Hassan said the plan would fail.",
        "AFP reported that Reuters and Xinhua had withdrawn their staff.",
        "Victoria Nuland met opposition leaders on Wednesday.",
        "Reading the statement aloud, the spokesman condemned the attack.",
        "May said the North would never accept the plan.",
        "The president thanked Hassan Rouhani for his message.",
        "Talks between India and Pakistan opened on Monday.",
    ] {
        let ls = places(text);
        assert!(ls.is_empty(), "{text}: {ls:?}");
    }
}

#[test]
fn any_input_is_fine() {
    let long = "in Paris ".repeat(5000);
    for text in [
        "",
        " ",
        "\u{0}\u{1}\u{fffd}",
        "IN IN IN ,,,",
        "BAKU",
        "(((",
        long.as_str(),
    ] {
        let _ = places(text);
    }
}

#[test]
fn gold_set_floors() {
    let text = include_str!("data/gold.jsonl");
    let cases = eval::read_gold("gold.jsonl", text).unwrap();
    assert!(cases.len() >= 40);
    let (p, g) = setup();
    let s = g.evaluate(&p, &cases);
    eprintln!("{s:?}");
    // Measured 2026-11-26: precision 1.0, recall 1.0, acc161 0.987 (this set
    // was used while tuning the rules).
    assert!(s.precision >= 0.97, "{s:?}");
    assert!(s.recall >= 0.97, "{s:?}");
    assert!(s.acc161 >= 0.96, "{s:?}");
}

#[test]
fn heldout_set_floors() {
    // Written after the rules were tuned and not tuned on since; grown on
    // 2026-11-26 (68 more sentences: ambiguous names, agencies and people
    // that are not places, "in southern X", borders, "near the town of",
    // datelines) without touching the recognizer.
    let text = include_str!("data/gold-heldout.jsonl");
    let cases = eval::read_gold("gold-heldout.jsonl", text).unwrap();
    assert!(cases.len() >= 110);
    let (p, g) = setup();
    let s = g.evaluate(&p, &cases);
    eprintln!("{s:?}");
    // Measured 2026-11-26 (110 sentences, 146 places): precision 0.992,
    // recall 0.890, acc161 0.869 (country and state centres of the
    // gazetteer are the main misses).
    assert!(s.precision >= 0.98, "{s:?}");
    assert!(s.recall >= 0.88, "{s:?}");
    assert!(s.acc161 >= 0.86, "{s:?}");
}

#[test]
fn both_gold_sets_floors() {
    // The project-written gold set: at least 150 sentences.
    let mut cases = eval::read_gold("gold.jsonl", include_str!("data/gold.jsonl")).unwrap();
    cases.extend(
        eval::read_gold(
            "gold-heldout.jsonl",
            include_str!("data/gold-heldout.jsonl"),
        )
        .unwrap(),
    );
    assert!(cases.len() >= 150, "{} sentences", cases.len());
    let (p, g) = setup();
    let s = g.evaluate(&p, &cases);
    eprintln!("{s:?}");
    // Measured 2026-11-26 (170 sentences, 224 places): precision 0.995,
    // recall 0.929, acc161 0.913.
    assert!(s.precision >= 0.98, "{s:?}");
    assert!(s.recall >= 0.92, "{s:?}");
    assert!(s.acc161 >= 0.90, "{s:?}");
}

/// One event of `text` whose source is the phrase `src` coded `src_code`
/// and whose target is `tgt` coded `tgt_code`, put on the map.
fn actor_places(
    text: &str,
    (src, src_code): (&str, &str),
    (tgt, tgt_code): (&str, &str),
) -> dyad_coder::Event {
    let (p, g) = setup();
    let actor = |phrase: &str, code: &str| {
        let start = text.find(phrase).unwrap_or_else(|| panic!("{phrase}"));
        let country = (code.len() >= 3 && code != "GOV").then(|| &code[..3]);
        serde_json::json!({
            "code": code, "country": country, "role": null, "text": phrase,
            "span": {"start": start, "end": start + phrase.len()},
        })
    };
    let event = serde_json::json!({
        "id": "0", "date": null, "date_how": "unknown",
        "source": actor(src, src_code), "target": actor(tgt, tgt_code),
        "cameo": "112", "root": "11", "goldstein": -2.0, "quad_class": 3,
        "plover": null, "issues": [], "place": null, "doc_id": "d", "sentence": 0,
        "verb_span": {"start": 0, "end": 0}, "pattern": "p", "is_root": true,
        "confidence": 1.0, "model_version": "", "dictionary_version": "",
    });
    let mut events = vec![serde_json::from_value::<dyad_coder::Event>(event).unwrap()];
    let doc = p.annotate(text);
    let locations = g.locate(&doc, None);
    dyad_geo::place_events(g.gazetteer, &doc, &locations, &mut events);
    events.pop().unwrap()
}

#[test]
fn actor_places_from_the_phrase_else_the_country() {
    // A place inside the phrase: "the mayor of Kharkiv".
    let e = actor_places(
        "The mayor of Kharkiv accused Russia of shelling the city.",
        ("The mayor of Kharkiv", "UKRGOV"),
        ("Russia", "RUS"),
    );
    let src = e.source.place.as_ref().expect("a place");
    assert_eq!((src.name.as_str(), src.how.as_str()), ("Kharkiv", "phrase"));
    assert_eq!(src.geo.geo_type, Some(4));
    assert_eq!(src.geo.country.as_deref(), Some("UP"));
    assert!(src.span.is_some());
    let tgt = e.target.as_ref().unwrap().place.as_ref().expect("a place");
    assert_eq!((tgt.name.as_str(), tgt.geo.geo_type), ("Russia", Some(1)));
    assert_eq!(tgt.geo.adm1.as_deref(), Some("RS"));

    // Right next to it: "Baku-based officials".
    let e = actor_places(
        "Baku-based officials criticized Armenia on Monday.",
        ("officials", "AZEGOV"),
        ("Armenia", "ARM"),
    );
    let src = e.source.place.as_ref().expect("a place");
    assert_eq!(src.name, "Baku");
    assert_eq!(src.geo.feature_id, Some(587084));

    // A title after the place: not a person's name.
    let e = actor_places(
        "Kharkiv Mayor Ihor Terekhov accused Russia of shelling the city.",
        ("Kharkiv Mayor Ihor Terekhov", "UKRGOV"),
        ("Russia", "RUS"),
    );
    assert_eq!(e.source.place.as_ref().unwrap().name, "Kharkiv");

    // Person names that are also places are not the actor's place; a
    // country-coded actor falls back to its country (type 1, no span).
    let e = actor_places(
        "Russian Foreign Minister Sergey Lavrov met Paris Hilton on Monday.",
        ("Russian Foreign Minister Sergey Lavrov", "RUSGOV"),
        ("Paris Hilton", "GOV"),
    );
    let src = e.source.place.as_ref().unwrap();
    assert_eq!(
        (src.name.as_str(), src.how.as_str(), src.span),
        ("Russia", "country", None)
    );
    assert_eq!(src.geo.iso3.as_deref(), Some("RUS"));
    assert!(e.target.as_ref().unwrap().place.is_none(), "{e:?}");
}

#[test]
fn haversine() {
    let d = eval::haversine_km(40.38, 49.89, 41.69, 44.83);
    assert!((d - 448.0).abs() < 10.0, "{d}");
}
