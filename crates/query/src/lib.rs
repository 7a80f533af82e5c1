//! Event filters, shared by `dyad query`, `dyad export` and the HTTP API
//! (same names: `from`, `to`, `actor`, `source`, `target`, `cameo`,
//! `quad_class`, `near`). Every value is checked against the calendar and
//! the CAMEO codebooks before it reaches SQL, and the SQL is built only from
//! checked values, so a filter can never inject anything.

use dyad_dict::{ActorCodes, Codebook};
use serde::Serialize;

/// A calendar day, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// `YYYY-MM-DD` (or `YYYYMMDD`), a day that exists.
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        let (y, m, d) = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            (&s[..4], &s[4..6], &s[6..])
        } else {
            let mut it = s.splitn(3, '-');
            (it.next()?, it.next()?, it.next()?)
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (year, month, day): (i32, u32, u32) =
            (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(Day { year, month, day })
    }

    /// Days since 1970-01-01 (DuckDB's DATE).
    pub fn epoch_days(self) -> i32 {
        // Howard Hinnant's days_from_civil.
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl Day {
    /// The day `z` days after 1970-01-01 (Hinnant's civil_from_days).
    pub fn from_epoch_days(z: i32) -> Day {
        let z = i64::from(z) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A circle on the globe: events placed within `km` of a point.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub km: f64,
}

/// Which events: every field narrows the set; the default is all events.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Filter {
    /// First day, inclusive.
    pub from: Option<Day>,
    /// Last day, inclusive.
    pub to: Option<Day>,
    /// Actor code or prefix on either side (`RUS`, `RUSGOV`).
    pub actor: Option<String>,
    /// Source actor code or prefix.
    pub source: Option<String>,
    /// Target actor code or prefix.
    pub target: Option<String>,
    /// CAMEO code or prefix (`04` is the root, `043` the code).
    pub cameo: Option<String>,
    /// GDELT QuadClass 1-4.
    pub quad_class: Option<u8>,
    /// Within a distance of a point.
    pub near: Option<Near>,
}

/// The filter names, as the CLI and the HTTP API spell them.
pub const FILTER_NAMES: [&str; 8] = [
    "from",
    "to",
    "actor",
    "source",
    "target",
    "cameo",
    "quad_class",
    "near",
];

/// A filter value that cannot be right; the message names the filter, the
/// value and what would be accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FilterError(pub String);

/// Result with [`FilterError`].
pub type Result<T> = std::result::Result<T, FilterError>;

fn bad(msg: impl Into<String>) -> FilterError {
    FilterError(msg.into())
}

/// An actor code or prefix: 3-letter parts, each one the CAMEO actor-code
/// scheme knows (`RUS`, `GOV`, `IGO`, `WST`, `NAT`, ...).
pub fn check_actor(name: &str, value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if code.is_empty()
        || !code.len().is_multiple_of(3)
        || !code.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(bad(format!(
            "{name}={value:?}: an actor code is made of 3-letter parts, e.g. RUS or RUSGOV"
        )));
    }
    let scheme = ActorCodes::bundled();
    for part in code.as_bytes().chunks(3) {
        let part = std::str::from_utf8(part).unwrap_or_default();
        if scheme.label(part).is_none() {
            return Err(bad(format!(
                "{name}={value:?}: unknown actor code part {part:?} (see `dyad dict lookup` and docs/dictionaries.md)"
            )));
        }
    }
    Ok(code)
}

/// A CAMEO event code or prefix that some code in the codebook starts with.
pub fn check_cameo(value: &str) -> Result<String> {
    let code = value.trim();
    if code.len() < 2 || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(format!(
            "cameo={value:?}: a CAMEO code is 2 to 4 digits (04 is a root, 043 a code)"
        )));
    }
    if !Codebook::bundled()
        .events
        .iter()
        .any(|e| e.code.starts_with(code))
    {
        return Err(bad(format!(
            "cameo={value:?}: no CAMEO event code starts with it"
        )));
    }
    Ok(code.to_string())
}

impl Filter {
    /// Sets one filter by name (`from`, `quad_class`, ...) from text, checked.
    pub fn set(&mut self, name: &str, value: &str) -> Result<()> {
        match name {
            "from" | "to" => {
                let day = Day::parse(value).ok_or_else(|| {
                    bad(format!(
                        "{name}={value:?}: not a date; use YYYY-MM-DD, a day that exists"
                    ))
                })?;
                if name == "from" {
                    self.from = Some(day);
                } else {
                    self.to = Some(day);
                }
            }
            "actor" => self.actor = Some(check_actor(name, value)?),
            "source" => self.source = Some(check_actor(name, value)?),
            "target" => self.target = Some(check_actor(name, value)?),
            "cameo" => self.cameo = Some(check_cameo(value)?),
            "quad_class" | "quad-class" => {
                let q: u8 = value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|q| (1..=4).contains(q))
                    .ok_or_else(|| {
                        bad(format!(
                            "quad_class={value:?}: QuadClass is 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)"
                        ))
                    })?;
                self.quad_class = Some(q);
            }
            "near" => self.near = Some(parse_near(value)?),
            other => {
                return Err(bad(format!(
                    "unknown filter {other:?}; filters are {}",
                    FILTER_NAMES.join(", ")
                )))
            }
        }
        self.check()
    }

    /// Refuses contradictions that the single values cannot show.
    pub fn check(&self) -> Result<()> {
        if let (Some(f), Some(t)) = (self.from, self.to) {
            if f > t {
                return Err(bad(format!("from={f} is after to={t}")));
            }
        }
        Ok(())
    }

    /// The SQL condition over a table with the `events`/`mentions` columns
    /// (`day`, `source_code`, `target_code`, `cameo`, `quad_class`, `lat`,
    /// `lon`); `TRUE` for the empty filter. Values are checked, so they are
    /// written as literals.
    pub fn sql(&self) -> String {
        let mut c: Vec<String> = Vec::new();
        if let Some(d) = self.from {
            c.push(format!("day >= DATE '{d}'"));
        }
        if let Some(d) = self.to {
            c.push(format!("day <= DATE '{d}'"));
        }
        if let Some(a) = &self.actor {
            c.push(format!(
                "(starts_with(source_code, '{a}') OR starts_with(target_code, '{a}'))"
            ));
        }
        if let Some(a) = &self.source {
            c.push(format!("starts_with(source_code, '{a}')"));
        }
        if let Some(a) = &self.target {
            c.push(format!("starts_with(target_code, '{a}')"));
        }
        if let Some(code) = &self.cameo {
            c.push(format!("starts_with(cameo, '{code}')"));
        }
        if let Some(q) = self.quad_class {
            c.push(format!("quad_class = {q}"));
        }
        if let Some(n) = self.near {
            // A box first (cheap, prunes by zone maps), then the great circle.
            let dlat = n.km / 111.0;
            let coslat = n.lat.to_radians().cos().abs().max(0.01);
            let dlon = (n.km / (111.0 * coslat)).min(360.0);
            c.push(format!(
                "lat BETWEEN {} AND {} AND (abs(lon - {lon}) <= {dlon} OR abs(lon - {lon}) >= {}) \
                 AND 2 * 6371.0 * asin(sqrt(pow(sin(radians(lat - {lat}) / 2), 2) + \
                 cos(radians({lat})) * cos(radians(lat)) * pow(sin(radians(lon - {lon}) / 2), 2))) <= {km}",
                n.lat - dlat,
                n.lat + dlat,
                360.0 - dlon,
                lat = n.lat,
                lon = n.lon,
                km = n.km,
            ));
        }
        if c.is_empty() {
            "TRUE".into()
        } else {
            c.join(" AND ")
        }
    }
}

fn parse_near(value: &str) -> Result<Near> {
    let parts: Vec<&str> = value.split(',').map(str::trim).collect();
    let nums: Option<Vec<f64>> = parts.iter().map(|p| p.parse::<f64>().ok()).collect();
    let Some([lat, lon, km]) = nums.as_deref().and_then(|n| <[f64; 3]>::try_from(n).ok()) else {
        return Err(bad(format!(
            "near={value:?}: want LAT,LON,KM, e.g. 40.38,49.89,50"
        )));
    };
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(bad(format!(
            "near={value:?}: latitude must be within -90..90 and longitude within -180..180"
        )));
    }
    if !(km > 0.0 && km <= 20_050.0) {
        return Err(bad(format!(
            "near={value:?}: the distance must be above 0 and at most 20050 km"
        )));
    }
    Ok(Near { lat, lon, km })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_checked_against_the_calendar() {
        assert_eq!(Day::parse("2017-11-19").unwrap().to_string(), "2017-11-19");
        assert_eq!(Day::parse("20171119").unwrap().to_string(), "2017-11-19");
        assert!(Day::parse("2017-02-29").is_none());
        assert!(Day::parse("2016-02-29").is_some());
        assert!(Day::parse("2017-13-01").is_none());
        assert!(Day::parse("2017-11-31").is_none());
        assert!(Day::parse("17-11-19").is_none());
        assert!(Day::parse("yesterday").is_none());
        assert_eq!(Day::parse("1970-01-01").unwrap().epoch_days(), 0);
        assert_eq!(Day::parse("2017-11-19").unwrap().epoch_days(), 17_489);
        assert_eq!(Day::parse("1969-12-31").unwrap().epoch_days(), -1);
    }

    #[test]
    fn bad_filters_say_what_is_wrong() {
        let mut f = Filter::default();
        let err = |f: &mut Filter, n: &str, v: &str| f.set(n, v).unwrap_err().to_string();
        assert!(err(&mut f, "from", "2017-02-30").contains("not a date"));
        assert!(err(&mut f, "actor", "XQZ").contains("unknown actor code part \"XQZ\""));
        assert!(err(&mut f, "actor", "RUSG").contains("3-letter parts"));
        assert!(err(&mut f, "cameo", "4").contains("2 to 4 digits"));
        assert!(err(&mut f, "cameo", "0999").contains("no CAMEO event code"));
        assert!(err(&mut f, "quad_class", "5").contains("QuadClass is 1"));
        assert!(err(&mut f, "near", "40,50").contains("LAT,LON,KM"));
        assert!(err(&mut f, "near", "95,50,10").contains("latitude"));
        assert!(err(&mut f, "colour", "red").contains("unknown filter"));
        f.set("from", "2017-11-20").unwrap();
        assert!(err(&mut f, "to", "2017-11-01").contains("after"));
    }

    #[test]
    fn good_filters_become_sql() {
        let mut f = Filter::default();
        assert_eq!(f.sql(), "TRUE");
        for (n, v) in [
            ("from", "2017-11-01"),
            ("to", "2017-11-30"),
            ("actor", "rusgov"),
            ("cameo", "04"),
            ("quad_class", "1"),
            ("target", "IGOWSTNAT"),
        ] {
            f.set(n, v).unwrap();
        }
        let sql = f.sql();
        assert!(sql.contains("day >= DATE '2017-11-01'"), "{sql}");
        assert!(sql.contains("starts_with(source_code, 'RUSGOV')"), "{sql}");
        assert!(
            sql.contains("starts_with(target_code, 'IGOWSTNAT')"),
            "{sql}"
        );
        assert!(sql.contains("starts_with(cameo, '04')"), "{sql}");
    }
}
