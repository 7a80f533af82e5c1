//! Calendar dates for role ranges: parsing dyad's `YYYY-MM-DD` (or `YYYY-MM`,
//! `YYYY` with the precision they state) and PETRARCH's `YYYYMMDD` / `YYMMDD`.

use std::fmt;

/// A proleptic Gregorian date. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (1..=9999).
    pub year: u16,
    /// Month (1..=12).
    pub month: u8,
    /// Day (1..=31, valid for the month).
    pub day: u8,
}

// `is_multiple_of` is newer than the workspace's rust-version (1.80).
#[allow(clippy::manual_is_multiple_of)]
fn is_leap(y: u16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month, 0 for an invalid month.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A checked date.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let (d, _) = parse_partial(s)?;
        match d {
            Partial::Day(d) => Some(d),
            _ => None,
        }
    }

    /// The day before (saturating at 0001-01-01).
    pub fn pred(self) -> Date {
        if self.day > 1 {
            Date {
                day: self.day - 1,
                ..self
            }
        } else if self.month > 1 {
            let m = self.month - 1;
            Date {
                month: m,
                day: days_in_month(self.year, m),
                ..self
            }
        } else if self.year > 1 {
            Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            }
        } else {
            self
        }
    }

    /// The day after (saturating at 9999-12-31).
    pub fn succ(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else if self.year < 9999 {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        } else {
            self
        }
    }

    /// PETRARCH / TABARI date: `YYYYMMDD` or `YYMMDD` (years 00-30 are
    /// 20YY, others 19YY, as in KEDS, TABARI and PETRARCH). Stricter than
    /// PETRARCH, which reads the first six digits of a 7-digit string and
    /// the first eight of a longer one: such strings are typos, reported.
    pub fn parse_petrarch(s: &str) -> Option<Date> {
        if !(s.len() == 6 || s.len() == 8) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u16>().ok();
        if s.len() == 8 {
            Date::new(num(0..4)?, num(4..6)? as u8, num(6..8)? as u8)
        } else {
            let yy = num(0..2)?;
            let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            Date::new(year, num(2..4)? as u8, num(4..6)? as u8)
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date written with the precision its writer knew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partial {
    /// `YYYY`
    Year(u16),
    /// `YYYY-MM`
    Month(u16, u8),
    /// `YYYY-MM-DD`
    Day(Date),
}

impl Partial {
    /// The first and the last day it covers.
    pub fn bounds(self) -> (Date, Date) {
        let day = |year, month, day| Date { year, month, day };
        match self {
            Partial::Year(y) => (day(y, 1, 1), day(y, 12, 31)),
            Partial::Month(y, m) => (day(y, m, 1), day(y, m, days_in_month(y, m))),
            Partial::Day(d) => (d, d),
        }
    }
    /// The first day it covers.
    pub fn first(self) -> Date {
        self.bounds().0
    }
    /// The last day it covers.
    pub fn last(self) -> Date {
        self.bounds().1
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns the date and the text
/// written (for error messages).
pub fn parse_partial(s: &str) -> Option<(Partial, &str)> {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if digits(y, 4) => {
            let y: u16 = y.parse().ok()?;
            (y >= 1).then_some((Partial::Year(y), s))
        }
        [y, m] if digits(y, 4) && digits(m, 2) => {
            let y: u16 = y.parse().ok()?;
            let m: u8 = m.parse().ok()?;
            (y >= 1 && (1..=12).contains(&m)).then_some((Partial::Month(y, m), s))
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            Some((Partial::Day(date), s))
        }
        _ => None,
    }
}

/// A closed range of days; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct DateRange {
    /// First day (inclusive), `None` = since always.
    #[serde(serialize_with = "ser_opt_date")]
    pub from: Option<Date>,
    /// Last day (inclusive), `None` = still valid.
    #[serde(serialize_with = "ser_opt_date")]
    pub to: Option<Date>,
}

fn ser_opt_date<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

impl DateRange {
    /// Whether `date` falls inside.
    pub fn contains(&self, date: Date) -> bool {
        !matches!(self.from, Some(f) if f > date) && !matches!(self.to, Some(t) if date > t)
    }

    /// Parses dyad's `FROM..TO` (either side may be empty).
    pub fn parse_dyad(s: &str) -> std::result::Result<DateRange, String> {
        let Some((a, b)) = s.split_once("..") else {
            return Err(format!("date range {s:?} needs FROM..TO"));
        };
        let side = |x: &str| -> std::result::Result<Option<Partial>, String> {
            if x.is_empty() {
                Ok(None)
            } else {
                parse_partial(x)
                    .map(|(p, _)| Some(p))
                    .ok_or_else(|| format!("bad date {x:?} (want YYYY-MM-DD, YYYY-MM or YYYY)"))
            }
        };
        let r = DateRange {
            from: side(a)?.map(Partial::first),
            to: side(b)?.map(Partial::last),
        };
        if let (Some(f), Some(t)) = (r.from, r.to) {
            if t < f {
                return Err(format!("date range {s:?} ends before it starts"));
            }
        }
        Ok(r)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.from {
            write!(f, "{d}")?;
        }
        f.write_str("..")?;
        if let Some(d) = self.to {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn petrarch_dates() {
        assert_eq!(Date::parse_petrarch("040501"), Date::new(2004, 5, 1));
        assert_eq!(Date::parse_petrarch("970101"), Date::new(1997, 1, 1));
        assert_eq!(Date::parse_petrarch("20040309"), Date::new(2004, 3, 9));
        assert_eq!(Date::parse_petrarch("300101"), Date::new(2030, 1, 1));
        assert_eq!(Date::parse_petrarch("310101"), Date::new(1931, 1, 1));
        assert_eq!(Date::parse_petrarch("20100931"), None);
        assert_eq!(Date::parse_petrarch("9008223"), None, "7 digits: a typo");
        assert_eq!(Date::parse_petrarch("12x456"), None);
        assert_eq!(Date::parse_petrarch(""), None);
    }

    #[test]
    fn ranges_and_precision() {
        let r = DateRange::parse_dyad("2004-04..2020-07").unwrap();
        assert_eq!(r.from, Date::new(2004, 4, 1));
        assert_eq!(r.to, Date::new(2020, 7, 31));
        let r = DateRange::parse_dyad("..2000").unwrap();
        assert_eq!(r.to, Date::new(2000, 12, 31));
        assert!(r.contains(Date::new(1990, 1, 1).unwrap()));
        assert!(!r.contains(Date::new(2001, 1, 1).unwrap()));
        assert!(DateRange::parse_dyad("2020-01-01..2019-01-01").is_err());
        assert!(DateRange::parse_dyad("2020-02-30..").is_err());
        assert!(DateRange::parse_dyad("2020").is_err());
        assert_eq!(
            Date::new(2020, 3, 1).unwrap().pred(),
            Date::new(2020, 2, 29).unwrap()
        );
        assert_eq!(
            Date::new(2019, 12, 31).unwrap().succ(),
            Date::new(2020, 1, 1).unwrap()
        );
    }
}
