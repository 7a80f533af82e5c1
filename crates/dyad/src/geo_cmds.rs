//! `dyad geo` and `dyad eval geo`: places found and resolved in a text, and
//! scoring against a gold file (see `dyad_geo::eval`).

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

#[derive(Args)]
pub struct GeoArgs {
    /// The text (a wire dateline at its start, `BAKU, Nov. 20 (Xinhua) --`, is used).
    pub text: String,
    /// Story date (YYYY-MM-DD). Checked, but the places found do not depend
    /// on it: the gazetteer holds today's names and borders.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<dyad_dict::Date>,
    /// The dateline place, when not at the start of the text.
    #[arg(long)]
    pub dateline: Option<String>,
    /// One JSON object per place.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct EvalGeoArgs {
    /// Gold file: JSON lines `{"text", "date", "dateline"?, "places": [{"name", "lat", "lon"}]}`.
    pub gold: PathBuf,
    /// Print one JSON object `{precision, recall, f1, acc161, ...}` (ratios in 0..1).
    #[arg(long)]
    pub json: bool,
}

fn parse_date(s: &str) -> Result<dyad_dict::Date, String> {
    dyad_dict::Date::parse_iso(s)
        .ok_or_else(|| format!("{s:?} is not a day of the form YYYY-MM-DD"))
}

pub fn geo(a: GeoArgs) -> Result<()> {
    let pipeline = crate::code_cmds::news_pipeline(None)?;
    let geocoder = dyad_geo::Geocoder::bundled()?;
    let places = geocoder.locate_text(&pipeline, &a.text, a.dateline.as_deref());
    for p in &places {
        if a.json {
            println!("{}", serde_json::to_string(p)?);
        } else {
            let span = p
                .span
                .map(|s| format!("{}..{}", s.start, s.end))
                .unwrap_or_else(|| "-".into());
            println!(
                "{:<20} {:<9} {:<9} type {} {:<40} {:>9.4} {:>10.4}  {} {} {} id {} ({} candidates, score {})",
                p.text, span, p.how, p.geo_type, p.full_name, p.lat, p.lon, p.country, p.adm1,
                p.iso3166_2.as_deref().unwrap_or("-"), p.feature_id, p.candidates, p.score
            );
        }
    }
    if places.is_empty() && !a.json {
        println!("no places found");
    }
    Ok(())
}

pub fn eval_geo(a: EvalGeoArgs) -> Result<()> {
    let text = std::fs::read_to_string(&a.gold)
        .with_context(|| format!("reading {}", a.gold.display()))?;
    let cases = dyad_geo::eval::read_gold(&a.gold.display().to_string(), &text)?;
    let pipeline = crate::code_cmds::news_pipeline(None)?;
    let geocoder = dyad_geo::Geocoder::bundled()?;
    let s = geocoder.evaluate(&pipeline, &cases);
    if a.json {
        println!("{}", serde_json::to_string(&s)?);
    } else {
        println!(
            "cases {}  gold {}  predicted {}  matched {}\nprecision {:.3}  recall {:.3}  f1 {:.3}  acc161 {:.3}",
            s.cases, s.gold, s.predicted, s.matched, s.precision, s.recall, s.f1, s.acc161
        );
    }
    Ok(())
}
