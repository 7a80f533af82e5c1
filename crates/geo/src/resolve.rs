//! Disambiguation in the spirit of CLIFF-CLAVIN, and GDELT-style locations.
//!
//! Every candidate of a mention gets a score: the log of its population;
//! a bonus by feature (countries, then capitals, divisions, big cities; a
//! named sea or strait as much as a mid-sized city); a bonus when the name is
//! its main name rather than an alternate; a bonus for a division when the
//! text calls it one ("Rakhine state", "the province of Sindh"); and the
//! article's focus: countries named in the article, the dateline's country
//! (counted twice) and the countries and first-level divisions of the other
//! mentions' first-pass winners. A ", Country" qualifier is a hard filter.
//! A division named after its seat ("Homs", "Kano") yields to the city of
//! that name inside it, when the city is a good part of it, unless the text
//! calls it a division, as GDELT codes such names. Two passes over the mentions; linear in their number and
//! candidates.

use std::collections::HashMap;

use dyad_text::Span;
use serde::Serialize;

use crate::gazetteer::{fold, Feature, Gazetteer, Place};
use crate::recognize::Mention;

/// A resolved place, in GDELT's terms.
#[derive(Clone, Debug, Serialize)]
pub struct Location {
    /// The name as written (the dateline's as given).
    pub text: String,
    /// GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city,
    /// 5 world first-level division.
    #[serde(rename = "type")]
    pub geo_type: u8,
    /// The gazetteer's name of the place.
    pub name: String,
    /// GDELT's full name: "Paris, Texas, United States".
    pub full_name: String,
    /// FIPS 10-4 country code (GDELT's).
    pub country: String,
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    /// GDELT ADM1: FIPS country code + GeoNames admin1 code (`USTX`); the
    /// country code alone for a country.
    pub adm1: String,
    /// ISO 3166-2 code of the division, when known.
    pub iso3166_2: Option<String>,
    /// GDELT ADM2; empty for now.
    pub adm2: String,
    pub lat: f64,
    pub lon: f64,
    /// GeoNames id (negative for divisions without one).
    pub feature_id: i64,
    /// GeoNames `class.code`.
    pub feature: &'static str,
    pub population: u64,
    /// Byte span in the text; `None` for a dateline given apart.
    pub span: Option<Span>,
    /// Sentence index; `None` for the dateline.
    pub sentence: Option<usize>,
    /// `sentence` (a locative phrase), `dateline`, or `country` (a country
    /// named as an actor, kept only as context).
    pub how: &'static str,
    /// Why this candidate: the winning score and the number of candidates.
    pub score: f64,
    pub candidates: usize,
}

/// Article focus: weights by ISO2 country and by (ISO2, admin1).
#[derive(Default, Debug)]
pub struct Focus {
    countries: HashMap<String, f64>,
    adm1: HashMap<(String, String), f64>,
}

impl Focus {
    fn add_place(&mut self, p: &Place, w: f64) {
        if p.iso2.is_empty() {
            return;
        }
        *self.countries.entry(p.iso2.clone()).or_default() += w;
        if !p.admin1.is_empty() {
            *self
                .adm1
                .entry((p.iso2.clone(), p.admin1.clone()))
                .or_default() += w;
        }
    }
    fn remove_place(&mut self, p: &Place, w: f64) {
        self.add_place(p, -w);
    }
}

pub(crate) fn feature_bonus(f: Feature) -> f64 {
    match f {
        Feature::Country => 6.0,
        Feature::Capital => 4.0,
        Feature::Adm1 => 0.0,
        Feature::BigCity => 1.0,
        Feature::City => 0.0,
        // Named water bodies have no population; this ranks "Red Sea" the
        // sea above Sudan's state of that name without other context.
        Feature::Water(_) => 14.0,
    }
}

/// The score bonus of a first-level division that the text calls one.
const DIVISION_HINT: f64 = 8.0;

fn score(gaz: &Gazetteer, m: &Mention, c: u32, focus: &Focus) -> f64 {
    let p = gaz.place(c);
    let key = fold(&m.text);
    let mut s = (1.0 + p.population as f64).ln() + feature_bonus(p.feature);
    if fold(&p.name) == key || fold(&p.ascii) == key {
        s += 2.0;
    } else {
        s -= 1.0;
    }
    if m.division && p.feature == Feature::Adm1 {
        s += DIVISION_HINT;
    }
    let fc = focus.countries.get(&p.iso2).copied().unwrap_or(0.0);
    if fc > 0.1 {
        s += 5.0 + fc.min(3.0);
    }
    if !p.admin1.is_empty() {
        let fa = focus
            .adm1
            .get(&(p.iso2.clone(), p.admin1.clone()))
            .copied()
            .unwrap_or(0.0);
        if fa > 0.1 {
            s += 4.0;
        }
    }
    if !m.qualifier.is_empty() {
        let ok = m.qualifier.iter().any(|&q| {
            let qp = gaz.place(q);
            qp.iso2 == p.iso2 && (qp.feature == Feature::Country || qp.admin1 == p.admin1)
        });
        if !ok {
            s -= 100.0;
        }
    }
    s
}

fn best(gaz: &Gazetteer, m: &Mention, focus: &Focus) -> Option<(u32, f64)> {
    let mut out: Option<(u32, f64)> = None;
    for &c in &m.candidates {
        let s = score(gaz, m, c, focus);
        if out.is_none_or_lower(s) {
            out = Some((c, s));
        }
    }
    // A division named after its seat yields to the city of that name in
    // it ("Homs", "Donetsk", "Hudaydah", "St. Petersburg") when the city
    // holds a quarter of the division's city population, or a sixth under
    // its own main name. "Quebec" (6%) and "Para" (Belem, 19%, by an
    // alternate name) stay the divisions; so do US states, whose names are
    // loose GeoNames alternates of cities ("Oklahoma" for Oklahoma City).
    if let Some((c, _)) = out {
        let p = gaz.place(c);
        if p.feature == Feature::Adm1 && p.iso2 != "US" && !m.division {
            let seat = m
                .candidates
                .iter()
                .copied()
                .filter(|&x| {
                    let q = gaz.place(x);
                    q.feature.is_city() && q.iso2 == p.iso2 && q.admin1 == p.admin1
                })
                .max_by_key(|&x| gaz.place(x).population);
            if let Some(x) = seat {
                let q = gaz.place(x);
                let share = q.population as f64 / p.population.max(1) as f64;
                let key = fold(&m.text);
                let own_name = fold(&q.name) == key || fold(&q.ascii) == key;
                if share >= 0.25 || (share >= 0.15 && own_name) {
                    out = Some((x, score(gaz, m, x, focus)));
                }
            }
        }
    }
    out
}

trait Better {
    fn is_none_or_lower(&self, s: f64) -> bool;
}
impl Better for Option<(u32, f64)> {
    fn is_none_or_lower(&self, s: f64) -> bool {
        match self {
            None => true,
            Some((_, b)) => s > *b,
        }
    }
}

/// Resolves the mentions of one article and its dateline mention (a
/// mention with no span, built by the caller). Returns the winners, in
/// mention order, dateline first. `demonyms` are the ISO2 codes of
/// demonyms in the article ("Lebanese" -> `LB`).
pub fn resolve(
    gaz: &Gazetteer,
    dateline: Option<&Mention>,
    mentions: &[Mention],
    demonyms: &[&str],
) -> Vec<Location> {
    let mut focus = Focus::default();
    for d in demonyms {
        if let Some(p) = gaz.country(d) {
            focus.add_place(p, 1.0);
        }
    }
    // Countries named anywhere.
    // A name that is only one country or US state votes for it ("Georgia",
    // a country and a state, does not).
    let own_vote = |m: &Mention| -> Option<u32> {
        if !m.is_country {
            return None;
        }
        let mut regions = m.candidates.iter().copied().filter(|&c| {
            let p = gaz.place(c);
            p.feature == Feature::Country || (p.feature == Feature::Adm1 && p.iso2 == "US")
        });
        match (regions.next(), regions.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    };
    for m in mentions {
        if let Some(c) = own_vote(m) {
            focus.add_place(gaz.place(c), 1.0);
        }
    }
    // Dateline, then first pass over the places.
    let dl = dateline.and_then(|d| best(gaz, d, &focus).map(|b| (d, b)));
    if let Some((_, (c, _))) = dl {
        focus.add_place(gaz.place(c), 2.0);
    }
    let places: Vec<&Mention> = mentions.iter().filter(|m| m.is_place).collect();
    let first: Vec<Option<u32>> = places
        .iter()
        .map(|m| {
            let own = own_vote(m);
            if let Some(c) = own {
                focus.remove_place(gaz.place(c), 1.0);
            }
            let b = best(gaz, m, &focus).map(|b| b.0);
            if let Some(c) = own {
                focus.add_place(gaz.place(c), 1.0);
            }
            b
        })
        .collect();
    for c in first.iter().flatten() {
        let p = gaz.place(*c);
        if p.feature != Feature::Country {
            focus.add_place(p, 1.0);
        }
    }
    let mut out = Vec::new();
    if let Some((d, (c, s))) = dl {
        out.push(location(gaz, d, c, s, "dateline"));
    }
    for (m, f) in places.iter().zip(&first) {
        // Leave the mention's own votes out.
        let own = own_vote(m);
        if let Some(c) = own {
            focus.remove_place(gaz.place(c), 1.0);
        }
        if let Some(c) = f {
            let p = gaz.place(*c);
            if p.feature != Feature::Country {
                focus.remove_place(p, 1.0);
            }
        }
        if let Some((c, s)) = best(gaz, m, &focus) {
            out.push(location(gaz, m, c, s, "sentence"));
        }
        if let Some(c) = f {
            let p = gaz.place(*c);
            if p.feature != Feature::Country {
                focus.add_place(p, 1.0);
            }
        }
        if let Some(c) = own {
            focus.add_place(gaz.place(c), 1.0);
        }
    }
    out
}

pub(crate) fn location(
    gaz: &Gazetteer,
    m: &Mention,
    c: u32,
    score: f64,
    how: &'static str,
) -> Location {
    let p = gaz.place(c);
    let country = gaz.country(&p.iso2);
    let country_name = country.map(|x| x.name.as_str()).unwrap_or("");
    let us = p.iso2 == "US";
    let geo_type = match (p.feature, us) {
        (Feature::Country, _) => 1,
        (Feature::Adm1, true) => 2,
        (Feature::Adm1, false) => 5,
        (Feature::Water(_), _) => 4,
        (_, true) => 3,
        (_, false) => 4,
    };
    let mut parts: Vec<&str> = vec![p.name.as_str()];
    if p.feature != Feature::Country {
        if p.feature.is_city() {
            if let Some(a) = gaz.adm1(&p.iso2, &p.admin1) {
                if a.name != p.name {
                    parts.push(a.name.as_str());
                }
            }
        }
        if !country_name.is_empty() {
            parts.push(country_name);
        }
    }
    let iso3166_2 = if !p.iso3166_2.is_empty() {
        Some(p.iso3166_2.clone())
    } else {
        gaz.adm1(&p.iso2, &p.admin1)
            .filter(|a| !a.iso3166_2.is_empty())
            .map(|a| a.iso3166_2.clone())
    };
    Location {
        text: m.text.clone(),
        geo_type,
        name: p.name.clone(),
        full_name: parts.join(", "),
        country: p.fips.clone(),
        iso3: p.iso3.clone(),
        adm1: format!("{}{}", p.fips, p.admin1),
        iso3166_2,
        adm2: String::new(),
        lat: p.lat,
        lon: p.lon,
        feature_id: p.id,
        feature: p.feature.code(),
        population: p.population,
        span: (how != "dateline" || m.span.end > m.span.start).then_some(m.span),
        sentence: (how != "dateline").then_some(m.sentence),
        how,
        score: (score * 100.0).round() / 100.0,
        candidates: m.candidates.len(),
    }
}
