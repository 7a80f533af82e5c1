//! Date parsing and RFC 3339 formatting without a calendar dependency:
//! RFC 3339, RFC 2822, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`, and month names.

/// A civil timestamp with its UTC offset in minutes (`None`: no zone given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub offset_min: Option<i32>,
}

impl DateTime {
    /// Midnight of a day, with no zone.
    fn midnight((year, month, day): (i32, u32, u32)) -> DateTime {
        DateTime {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
            offset_min: None,
        }
    }

    /// The same day at `hour:minute:second`.
    fn at(self, (hour, minute, second): (u32, u32, u32)) -> DateTime {
        DateTime {
            hour,
            minute,
            second,
            ..self
        }
    }

    /// RFC 3339; a missing offset is written as `default_offset_min`.
    pub fn to_rfc3339(&self, default_offset_min: i32) -> String {
        let off = self.offset_min.unwrap_or(default_offset_min);
        let zone = if off == 0 {
            "Z".to_string()
        } else {
            let sign = if off < 0 { '-' } else { '+' };
            let a = off.abs();
            format!("{sign}{:02}:{:02}", a / 60, a % 60)
        };
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{zone}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    /// `YYYY-MM-DD`.
    pub fn date_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1000..=9999).contains(&y)
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 9 {
        return None;
    }
    s.parse().ok()
}

/// Month number from an English name or abbreviation (`Nov`, `Nov.`,
/// `November`, `Sept.`), case-insensitive.
pub fn month_from_name(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    if s.len() < 3 {
        return None;
    }
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let m = NAMES
        .iter()
        .position(|n| n.starts_with(s.as_str()) || (s == "sept" && *n == "september"))?;
    Some(m as u32 + 1)
}

/// `HH:MM[:SS[.fff]]`.
fn parse_time(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.split(':');
    let h = num(it.next()?)?;
    let mi = num(it.next()?)?;
    let sec = match it.next() {
        Some(x) => {
            let x = x.split(['.', ',']).next().unwrap_or(x);
            num(x)?
        }
        None => 0,
    };
    if it.next().is_some() || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    Some((h, mi, sec.min(59)))
}

/// `Z`, `+08:00`, `+0800`, `-05`, `UT`, `GMT`, `EST`...
fn parse_zone(s: &str) -> Option<i32> {
    let s = s.trim();
    match s.to_ascii_uppercase().as_str() {
        "Z" | "UT" | "UTC" | "GMT" => return Some(0),
        "EST" => return Some(-300),
        "EDT" => return Some(-240),
        "CST" => return Some(-360),
        "CDT" => return Some(-300),
        "MST" => return Some(-420),
        "MDT" => return Some(-360),
        "PST" => return Some(-480),
        "PDT" => return Some(-420),
        _ => {}
    }
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    let (h, m) = match digits.len() {
        2 => (num(&digits)?, 0),
        4 => (num(&digits[..2])?, num(&digits[2..])?),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h as i32 * 60 + m as i32))
}

fn ymd(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = num(&s[..4])? as i32;
    let m = num(&s[5..7])?;
    let d = num(&s[8..10])?;
    valid(y, m, d).then_some((y, m, d))
}

/// Parses RFC 3339 / ISO 8601 (`2017-11-21T05:44:27+08:00`, with a space
/// instead of `T`, with or without zone or seconds), `YYYY-MM-DD`, and RFC
/// 2822 (`Tue, 21 Nov 2017 05:44:27 +0800`).
pub fn parse_datetime(s: &str) -> Option<DateTime> {
    let s = s.trim();
    if s.len() >= 10 && s.is_char_boundary(10) {
        if let Some(ymd) = ymd(&s[..10]) {
            let rest = &s[10..];
            let dt = DateTime::midnight(ymd);
            if rest.is_empty() {
                return Some(dt);
            }
            let rest = rest.strip_prefix(['T', 't', ' '])?;
            let zpos = rest
                .char_indices()
                .find(|&(_, c)| c == 'Z' || c == 'z' || c == '+' || c == '-' || c == ' ')
                .map(|(i, _)| i)
                .unwrap_or(rest.len());
            let mut dt = dt.at(parse_time(&rest[..zpos])?);
            let z = rest[zpos..].trim();
            if !z.is_empty() {
                dt.offset_min = Some(parse_zone(z)?);
            }
            return Some(dt);
        }
    }
    parse_rfc2822(s)
}

fn parse_rfc2822(s: &str) -> Option<DateTime> {
    // Optional "Tue," then "21 Nov 2017 05:44:27 +0800".
    let s = match s.find(',') {
        Some(i) if i <= 10 => &s[i + 1..],
        _ => s,
    };
    let mut it = s.split_whitespace();
    let day = num(it.next()?)?;
    let month = month_from_name(it.next()?)?;
    let year = num(it.next()?)? as i32;
    let year = if year < 100 {
        year + if year < 50 { 2000 } else { 1900 }
    } else {
        year
    };
    if !valid(year, month, day) {
        return None;
    }
    let mut dt = DateTime::midnight((year, month, day));
    if let Some(t) = it.next() {
        dt = dt.at(parse_time(t)?);
        if let Some(z) = it.next() {
            dt.offset_min = parse_zone(z);
        }
    }
    Some(dt)
}

/// Finds the first `YYYY-MM-DD HH:MM:SS` (or `YYYY-MM-DD`) in a line;
/// returns the timestamp and the byte range it covered.
pub fn find_datetime(line: &str) -> Option<(DateTime, usize, usize)> {
    let b = line.as_bytes();
    let mut i = 0;
    while i + 10 <= b.len() {
        if b[i].is_ascii_digit()
            && b[i + 4] == b'-'
            && line.is_char_boundary(i)
            && line.is_char_boundary(i + 10)
        {
            if let Some(ymd) = ymd(&line[i..i + 10]) {
                let mut end = i + 10;
                let mut dt = DateTime::midnight(ymd);
                if b.len() >= i + 19
                    && (b[i + 10] == b' ' || b[i + 10] == b'T')
                    && line.is_char_boundary(i + 19)
                {
                    if let Some(hms) = parse_time(&line[i + 11..i + 19]) {
                        dt = dt.at(hms);
                        end = i + 19;
                    }
                }
                return Some((dt, i, end));
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let d = parse_datetime("2017-11-21 05:44:27").unwrap();
        assert_eq!(d.to_rfc3339(480), "2017-11-21T05:44:27+08:00");
        let d = parse_datetime("2017-11-21T05:44:27Z").unwrap();
        assert_eq!(d.to_rfc3339(480), "2017-11-21T05:44:27Z");
        let d = parse_datetime("2017-11-21T05:44:27.123-05:00").unwrap();
        assert_eq!(d.to_rfc3339(0), "2017-11-21T05:44:27-05:00");
        let d = parse_datetime("Tue, 21 Nov 2017 05:44:27 +0800").unwrap();
        assert_eq!(d.to_rfc3339(0), "2017-11-21T05:44:27+08:00");
        let d = parse_datetime("2017-11-21").unwrap();
        assert_eq!(d.to_rfc3339(0), "2017-11-21T00:00:00Z");
        assert!(parse_datetime("2017-02-30").is_none());
        assert!(parse_datetime("yesterday").is_none());
        assert!(parse_datetime("2017-11-21 99:00:00").is_none());
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("Nov."), Some(11));
        assert_eq!(month_from_name("Ma"), None);
        let (d, s, e) = find_datetime("Source: Xinhua | 2017-11-21 05:44:27 | Editor").unwrap();
        assert_eq!((d.hour, s, e), (5, 17, 36));
    }
}
