//! Scoring against a gold file: one JSON object per line,
//! `{"text": ..., "date": ..., "dateline": ..., "places": [{"name", "lat", "lon"}]}`.
//! A predicted place matches an unmatched gold place of the same folded
//! name; `acc161` is the share of matched places within 161 km of the gold
//! coordinates.

use serde::{Deserialize, Serialize};

use crate::gazetteer::fold;
use crate::resolve::Location;
use crate::GeoError;

/// One gold case.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldCase {
    pub text: String,
    #[serde(default)]
    pub date: Option<String>,
    /// A dateline place given apart from the text.
    #[serde(default)]
    pub dateline: Option<String>,
    pub places: Vec<GoldPlace>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldPlace {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// The scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct GeoScores {
    pub cases: usize,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub within161: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub acc161: f64,
}

/// Reads a gold file's text; errors name the line.
pub fn read_gold(file: &str, text: &str) -> Result<Vec<GoldCase>, GeoError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|e| GeoError::Gold {
            file: file.to_string(),
            line: n + 1,
            msg: e.to_string(),
        })?);
    }
    Ok(out)
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// Accumulates one case; returns (matched, within 161 km) for it.
pub fn score_case(
    scores: &mut GeoScores,
    gold: &GoldCase,
    predicted: &[Location],
) -> (usize, usize) {
    scores.cases += 1;
    scores.gold += gold.places.len();
    scores.predicted += predicted.len();
    let mut used = vec![false; predicted.len()];
    let (mut matched, mut near) = (0, 0);
    for g in &gold.places {
        let key = fold(&g.name);
        if let Some(k) = (0..predicted.len()).find(|&k| !used[k] && fold(&predicted[k].text) == key)
        {
            used[k] = true;
            matched += 1;
            if haversine_km(g.lat, g.lon, predicted[k].lat, predicted[k].lon) <= 161.0 {
                near += 1;
            }
        }
    }
    scores.matched += matched;
    scores.within161 += near;
    (matched, near)
}

impl GeoScores {
    /// Fills the ratios from the counts.
    pub fn finish(&mut self) {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.precision = r(self.matched, self.predicted);
        self.recall = r(self.matched, self.gold);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
        self.acc161 = r(self.within161, self.matched);
    }
}
