//! When an event happened: the reference date (the dateline's, else the
//! publication date), the sentence's own time words resolved against it
//! ("on Sunday", "yesterday", "Nov. 19"), and historical references ("in
//! 1988", "in the past") that put an event outside the story's date.

use crate::tree::Tree;
use dyad_dict::Date;
use serde::{Deserialize, Serialize};

/// How an event's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateHow {
    /// The dateline's date.
    Dateline,
    /// The publication date.
    Published,
    /// A weekday in the sentence: the last such day on or before the reference.
    Weekday,
    /// "yesterday".
    Yesterday,
    /// "today".
    Today,
    /// A month and day in the sentence (the year written, else the reference's).
    MonthDay,
    /// No date known.
    Unknown,
}

/// The date events of a document are measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The date, when known.
    pub date: Option<Date>,
    /// Where it came from.
    pub how: DateHow,
}

impl Reference {
    /// The dateline date, else the publication date.
    pub fn new(dateline: Option<Date>, published: Option<Date>) -> Reference {
        match (dateline, published) {
            (Some(d), _) => Reference {
                date: Some(d),
                how: DateHow::Dateline,
            },
            (None, Some(d)) => Reference {
                date: Some(d),
                how: DateHow::Published,
            },
            _ => Reference {
                date: None,
                how: DateHow::Unknown,
            },
        }
    }
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTHS: [&[&str]; 12] = [
    &["jan", "january"],
    &["feb", "february"],
    &["mar", "march"],
    &["apr", "april"],
    &["may"],
    &["jun", "june"],
    &["jul", "july"],
    &["aug", "august"],
    &["sep", "sept", "september"],
    &["oct", "october"],
    &["nov", "november"],
    &["dec", "december"],
];

const TIME_RELS: &[&str] = &[
    "obl",
    "nmod",
    "advmod",
    "obl:tmod",
    "nmod:tmod",
    "obl:npmod",
    "nummod",
    "compound",
    "appos",
];

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn day_number(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Monday = 0 ... Sunday = 6.
pub fn weekday(d: Date) -> usize {
    // 1970-01-01 was a Thursday (3).
    (day_number(d) + 3).rem_euclid(7) as usize
}

/// The last `wanted` weekday on or before `reference`.
pub fn last_weekday(reference: Date, wanted: usize) -> Date {
    let mut d = reference;
    for _ in 0..7 {
        if weekday(d) == wanted {
            return d;
        }
        d = d.pred();
    }
    reference
}

/// Whether a word names a time rather than a place: a weekday, a month,
/// "today", "tonight" ("overnight into Tuesday").
pub(crate) fn is_time_word(form: &str) -> bool {
    let f = form.to_lowercase();
    WEEKDAYS.contains(&f.as_str())
        || month_of(form).is_some()
        || matches!(
            f.as_str(),
            "today" | "tonight" | "tomorrow" | "yesterday" | "overnight" | "weekend"
        )
}

pub(crate) fn month_of(form: &str) -> Option<u8> {
    let f = form.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&f.as_str()))
        .map(|i| i as u8 + 1)
}

fn number(tree: &Tree<'_>, w: usize) -> Option<u32> {
    let f = &tree.word(w).form;
    (f.len() <= 4 && f.bytes().all(|b| b.is_ascii_digit())).then(|| f.parse().ok())?
}

/// A 4-digit year word.
fn year(tree: &Tree<'_>, w: usize) -> Option<u16> {
    let n = number(tree, w)?;
    (1000..=9999).contains(&n).then_some(n as u16)
}

/// The time words under `heads`: their children with temporal relations.
fn time_words(tree: &Tree<'_>, heads: &[usize]) -> Vec<usize> {
    heads
        .iter()
        .flat_map(|&h| tree.children(h).iter().copied())
        .filter(|&c| TIME_RELS.contains(&tree.full_rel(c)) || TIME_RELS.contains(&tree.rel(c)))
        .collect()
}

fn month_day(tree: &Tree<'_>, w: usize, reference: Date) -> Option<Date> {
    let around: Vec<usize> = std::iter::once(w)
        .chain(tree.children(w).iter().copied())
        .collect();
    let month = around.iter().find_map(|&x| month_of(&tree.word(x).form))?;
    let day = around
        .iter()
        .filter_map(|&x| number(tree, x))
        .find(|n| (1..=31).contains(n))?;
    let yr = around
        .iter()
        .find_map(|&x| year(tree, x))
        .unwrap_or(reference.year);
    Date::new(yr, month, day as u8)
}

/// The event date of a predicate whose clause heads are `heads` (the
/// predicate, and the light verb carrying a noun).
pub fn event_date(
    tree: &Tree<'_>,
    heads: &[usize],
    reference: Reference,
) -> (Option<Date>, DateHow) {
    let Some(r) = reference.date else {
        return (None, DateHow::Unknown);
    };
    for w in time_words(tree, heads) {
        let lemma = tree.lemma(w);
        if let Some(k) = WEEKDAYS.iter().position(|d| *d == lemma) {
            return (Some(last_weekday(r, k)), DateHow::Weekday);
        }
        match lemma.as_str() {
            "yesterday" => return (Some(r.pred()), DateHow::Yesterday),
            "today" => return (Some(r), DateHow::Today),
            _ => {}
        }
        if let Some(d) = month_day(tree, w, r) {
            return (Some(d), DateHow::MonthDay);
        }
    }
    (Some(r), reference.how)
}

/// Why the predicate at `pred` is a historical reference, if it is: a
/// year before the reference year, or "in the past", on the predicate or
/// any clause above it; or a clause hanging from such a year ("in 1988,
/// when ...").
pub fn historical(tree: &Tree<'_>, pred: usize, reference: Reference) -> Option<String> {
    let ref_year = reference.date.map(|d| d.year);
    let old = |w: usize| matches!((year(tree, w), ref_year), (Some(y), Some(r)) if y < r);
    for node in tree.path_to_root(pred) {
        if old(node) {
            return Some(format!("hangs from the year {}", tree.word(node).form));
        }
        for w in time_words(tree, &[node]) {
            if tree.lemma(w) == "past" && tree.preposition(w).as_deref() == Some("in") {
                return Some("\"in the past\"".into());
            }
            let inner = std::iter::once(w).chain(tree.children(w).iter().copied());
            if let Some(y) = inner.into_iter().find(|&x| old(x)) {
                return Some(format!("dated {}", tree.word(y).form));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays() {
        let mon = Date::new(2017, 11, 20).unwrap();
        assert_eq!(weekday(mon), 0);
        assert_eq!(last_weekday(mon, 6), Date::new(2017, 11, 19).unwrap());
        assert_eq!(last_weekday(mon, 0), mon);
        assert_eq!(last_weekday(mon, 1), Date::new(2017, 11, 14).unwrap());
        assert_eq!(weekday(Date::new(2000, 2, 29).unwrap()), 1);
    }
}
