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
    /// "last week": the same weekday a week before the reference (the
    /// sentence says no more than the week).
    LastWeek,
    /// "last month": the same day a month before the reference (the last
    /// day of that month when it is shorter).
    LastMonth,
    /// "three days ago", "two weeks ago", "two months ago": counted back
    /// from the reference.
    DaysAgo,
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

pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(crate) const MONTHS: [&[&str]; 12] = [
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

/// Adverbs of time, which never name a place nor head a name.
pub(crate) const TIME_ADVERBS: &[&str] =
    &["today", "tonight", "tomorrow", "yesterday", "overnight"];

/// Whether a word names a time rather than a place: a weekday, a month,
/// "today", "tonight" ("overnight into Tuesday").
pub(crate) fn is_time_word(form: &str) -> bool {
    let f = form.to_lowercase();
    WEEKDAYS.contains(&f.as_str())
        || month_of(form).is_some()
        || TIME_ADVERBS.contains(&f.as_str())
        || f == "weekend"
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

/// Verbs that judge an act: a year on the act they name is the act's.
const JUDGING_VERBS: &[&str] = &[
    "accuse",
    "blame",
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "investigate",
    "probe",
    "charge",
    "indict",
    "sue",
    "apologize",
    "apologise",
];

/// A 4-digit year word, or the last year of a span written as one word
/// ("1980-88", "1998-2000").
fn year(tree: &Tree<'_>, w: usize) -> Option<u16> {
    let four = |f: &str| {
        (f.len() == 4 && f.bytes().all(|b| b.is_ascii_digit()))
            .then(|| f.parse::<u16>().ok())
            .flatten()
            .filter(|n| (1000..=9999).contains(n))
    };
    let f = tree.word(w).form.as_str();
    if let Some((from, to)) = f.split_once(['-', '\u{2013}']) {
        let from = four(from)?;
        return match to.len() {
            2 if to.bytes().all(|b| b.is_ascii_digit()) => {
                Some(from / 100 * 100 + to.parse::<u16>().ok()?).filter(|&y| y >= from)
            }
            _ => four(to).filter(|&y| y >= from),
        };
    }
    four(f)
}

/// A decade word ("1990s", "1990's"): its first year.
fn decade(tree: &Tree<'_>, w: usize) -> Option<u16> {
    let f = &tree.word(w).form;
    let digits = f.strip_suffix("'s").or_else(|| f.strip_suffix('s'))?;
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && digits.ends_with('0'))
        .then(|| digits.parse().ok())?
}

/// Whether a time noun is modified by "last" ("last week", "last year").
fn has_last(tree: &Tree<'_>, w: usize) -> bool {
    tree.children(w)
        .iter()
        .any(|&c| tree.lemma(c) == "last" && matches!(tree.rel(c), "amod" | "det" | "advmod"))
}

/// "N units ago" under the word "ago": the count (1 for "a", "an" or no
/// number) and the unit's lemma.
fn ago(tree: &Tree<'_>, ago: usize) -> Option<(u32, &'static str)> {
    let unit = tree.children(ago).iter().copied().find(|&c| {
        matches!(
            tree.lemma(c).as_str(),
            "day" | "week" | "month" | "year" | "decade" | "century"
        )
    })?;
    let n = tree
        .children(unit)
        .iter()
        .find_map(|&c| count_word(&tree.word(c).form))
        .unwrap_or(1);
    let unit = match tree.lemma(unit).as_str() {
        "day" => "day",
        "week" => "week",
        "month" => "month",
        "year" => "year",
        "decade" => "decade",
        _ => "century",
    };
    Some((n, unit))
}

/// A small count written as digits or a word ("3", "three", "a").
fn count_word(form: &str) -> Option<u32> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let f = form.to_lowercase();
    if f == "a" || f == "an" {
        return Some(1);
    }
    if let Some(n) = WORDS.iter().position(|w| *w == f) {
        return Some(n as u32);
    }
    (f.len() <= 3).then(|| f.parse().ok()).flatten()
}

/// `days` days before `d` (at most a year back: counts past that are not
/// dates the sentence can mean).
fn days_before(d: Date, days: u32) -> Date {
    (0..days.min(366)).fold(d, |d, _| d.pred())
}

/// `months` months before `d`, on the same day or the month's last.
fn months_before(d: Date, months: u32) -> Date {
    let back = i32::try_from(months.min(12)).unwrap_or(12);
    let index = i32::from(d.year) * 12 + i32::from(d.month) - 1 - back;
    let (year, month) = (
        index.div_euclid(12) as u16,
        (index.rem_euclid(12) + 1) as u8,
    );
    (1..=d.day)
        .rev()
        .find_map(|day| Date::new(year, month, day))
        .unwrap_or(d)
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
    // "was killed in an air strike in Tyre on Sunday": a day the parser
    // hung inside the predicate's own phrases (not inside a clause of
    // theirs) is the predicate's, when none of its own dates it.
    let phrases = |hs: &[usize]| -> Vec<usize> {
        hs.iter()
            .flat_map(|&h| tree.children(h).iter().copied())
            .filter(|&c| {
                matches!(tree.rel(c), "obl" | "obj" | "nmod") && tree.word(c).upos != "VERB"
            })
            .collect()
    };
    let inner = phrases(heads);
    let deeper = phrases(&inner);
    let days = inner
        .iter()
        .chain(&deeper)
        .flat_map(|&h| tree.children(h).iter().copied())
        .filter(|&w| {
            let lemma = tree.lemma(w);
            WEEKDAYS.contains(&lemma.as_str()) || matches!(lemma.as_str(), "yesterday" | "today")
        });
    let own: Vec<usize> = time_words(tree, heads).into_iter().chain(days).collect();
    if let Some(found) = date_of_time_words(tree, &own, r) {
        return found;
    }
    // "recalled its envoy on Tuesday and expelled two diplomats": verbs
    // coordinated under one subject share the day either of them names.
    // (The reported clause's own day, had it one, was found above.)
    let coordinated: Vec<usize> = heads
        .iter()
        .flat_map(|&h| {
            let shares = |v: usize| {
                tree.word(v).upos == "VERB"
                    && tree.kids_with(v, "nsubj").next().is_none()
                    && tree.kids_with(v, "nsubj:pass").next().is_none()
            };
            let up = tree
                .head(h)
                .filter(|&v| tree.rel(h) == "conj" && shares(h) && tree.word(v).upos == "VERB");
            let down: Vec<usize> = tree
                .kids_with(h, "conj")
                .filter(|&c| shares(c) && tree.word(h).upos == "VERB")
                .collect();
            // "said on Friday that the rebels had raided ...": a
            // report dates by its day, at the latest, what it reports.
            let reported = tree.head(h).filter(|&v| {
                tree.rel(h) == "ccomp"
                    && matches!(
                        tree.lemma(v).as_str(),
                        "say" | "tell" | "report" | "announce" | "confirm" | "claim" | "state"
                    )
            });
            up.into_iter().chain(down).chain(reported)
        })
        .filter(|c| !heads.contains(c))
        .collect();
    if let Some(found) = date_of_time_words(tree, &time_words(tree, &coordinated), r) {
        return found;
    }
    (Some(r), reference.how)
}

/// The date the first of the time words `words` names, resolved against `r`.
fn date_of_time_words(
    tree: &Tree<'_>,
    words: &[usize],
    r: Date,
) -> Option<(Option<Date>, DateHow)> {
    for &w in words {
        let lemma = tree.lemma(w);
        if let Some(k) = WEEKDAYS.iter().position(|d| *d == lemma) {
            return Some((Some(last_weekday(r, k)), DateHow::Weekday));
        }
        match lemma.as_str() {
            "yesterday" => return Some((Some(r.pred()), DateHow::Yesterday)),
            "today" => return Some((Some(r), DateHow::Today)),
            "week" if has_last(tree, w) => {
                return Some((Some(days_before(r, 7)), DateHow::LastWeek))
            }
            "month" if has_last(tree, w) => {
                return Some((Some(months_before(r, 1)), DateHow::LastMonth))
            }
            "ago" => {
                if let Some((n, unit)) = ago(tree, w) {
                    let date = match unit {
                        "day" => days_before(r, n),
                        "week" => days_before(r, 7 * n),
                        "month" => months_before(r, n),
                        _ => continue,
                    };
                    return Some((Some(date), DateHow::DaysAgo));
                }
            }
            _ => {}
        }
        if let Some(d) = month_day(tree, w, r) {
            return Some((Some(d), DateHow::MonthDay));
        }
    }
    None
}

/// How many words a clause of background or a comma may lie from the
/// predicate it concerns: bounds the look-around in sentences without
/// punctuation, so dating stays linear in the sentence's length.
const CLAUSE_REACH: usize = 40;

/// Why the predicate at `pred` is a historical reference, if it is: a
/// year before the reference year, or "in the past", on the predicate or
/// any clause above it; or a clause hanging from such a year ("in 1988,
/// when ..."); never when the predicate itself names a day of the story
/// ("on Sunday", "yesterday").
/// The "since" or "N years after" that opens the clause `pred` stands in,
/// read from the words, not the parse: the parser hangs such clauses
/// anywhere ("nearly three decades after the two countries fought a war",
/// "his first since Russia invaded Ukraine"). A comma or other stop
/// between them ends the clause; "since 2014 that" and "since Monday" are
/// time phrases, not clauses.
fn background_clause_start(tree: &Tree<'_>, pred: usize) -> Option<usize> {
    let stop = |k: usize| {
        let w = tree.word(k);
        (w.upos == "PUNCT" && w.form != "-")
            || matches!(w.form.to_lowercase().as_str(), "that" | "when")
    };
    let k = (1..pred)
        .rev()
        .take(CLAUSE_REACH)
        .take_while(|&k| !stop(k))
        .find(|&k| {
            let f = tree.word(k).form.to_lowercase();
            match f.as_str() {
                "since" => tree.word(k + 1).upos != "NUM" && !is_time_word(&tree.word(k + 1).form),
                // "three years after", "a decade after", "a quarter century
                // after"; not "a month after".
                "after" => {
                    k > 1 && {
                        let unit = tree.lemma(k - 1).to_lowercase();
                        let plural = tree.word(k - 1).form.ends_with('s');
                        let single = k > 2
                            && matches!(
                                tree.word(k - 2).form.to_lowercase().as_str(),
                                "a" | "one" | "quarter"
                            );
                        match unit.as_str() {
                            "decade" | "century" => true,
                            "year" => plural || single,
                            "month" => plural,
                            _ => false,
                        }
                    }
                }
                _ => false,
            }
        })?;
    // The clause needs its own verb before the predicate, or the
    // predicate is that verb, or the subject of it ("since the ceasefire
    // took effect"): "since" + a noun phrase alone ("since the war")
    // dates nothing here.
    let subject_of_verb =
        tree.rel(pred) == "nsubj" && tree.head(pred).is_some_and(|h| tree.word(h).upos == "VERB");
    ((k + 1..=pred).any(|j| matches!(tree.word(j).upos.as_str(), "VERB" | "AUX"))
        || subject_of_verb)
        .then_some(k)
}

/// "have fought two wars over the region", "went to war three times": a
/// count of wars sums up the past; no new fighting is reported by it.
/// Returns the counting word.
fn counted_wars(tree: &Tree<'_>, pred: usize) -> Option<usize> {
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "several", "multiple", "numerous", "many",
    ];
    let counted = |n: usize| {
        tree.children(n).iter().copied().find(|&c| {
            matches!(tree.rel(c), "nummod" | "amod") && COUNTS.contains(&tree.lemma(c).as_str())
        })
    };
    let war = |n: usize| matches!(tree.lemma(n).as_str(), "war" | "conflict");
    if tree.word(pred).upos != "VERB" {
        return None;
    }
    let args: Vec<usize> = tree
        .children(pred)
        .iter()
        .copied()
        .filter(|&c| matches!(tree.rel(c), "obj" | "obl"))
        .collect();
    // "fought two wars"
    if let Some(c) = args.iter().copied().filter(|&o| war(o)).find_map(counted) {
        return Some(c);
    }
    // "went to war three times"
    if args.iter().any(|&o| war(o)) {
        return tree
            .children(pred)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.lemma(c).as_str(), "time" | "twice" | "thrice"))
            .find(|&c| tree.lemma(c) != "time" || counted(c).is_some());
    }
    None
}

pub fn historical(tree: &Tree<'_>, pred: usize, reference: Reference) -> Option<String> {
    // A predicate dated by the story's own days ("criticized Moscow on
    // Sunday") is current, whatever year another clause names ("Aliyev,
    // who first met Putin in 2000, ...").
    let ref_year = reference.date.map(|d| d.year);
    let old = |w: usize| matches!((year(tree, w), ref_year), (Some(y), Some(r)) if y < r);
    let own = time_words(tree, &[pred]);
    let today = own.iter().any(|&w| {
        let lemma = tree.lemma(w);
        WEEKDAYS.contains(&lemma.as_str())
            || matches!(lemma.as_str(), "today" | "yesterday" | "tonight")
    });
    // (Both a day and an old year on one predicate: a parse that mixed
    // the clauses up; the year wins, unless a comma parts it from the
    // predicate: "pledged on Tuesday to sign ..., the scene of clashes in
    // 2021".)
    let comma = (pred + 1..=tree.len())
        .take(CLAUSE_REACH)
        .find(|&k| tree.word(k).form == ",");
    // ("exchanged lists on Monday under a 1988 agreement": a year that
    // names which agreement dates nothing; "in a 2008 war" does.)
    let names_which = |w: usize, c: usize| {
        matches!(tree.rel(c), "nummod" | "amod" | "compound")
            && !matches!(
                tree.preposition(w).as_deref(),
                None | Some("in" | "during" | "since" | "at" | "before" | "after" | "by" | "from")
            )
            && !is_time_word(&tree.word(w).form)
            && !matches!(
                tree.lemma(w).to_lowercase().as_str(),
                "year" | "decade" | "century"
            )
    };
    let own_old = own
        .iter()
        .filter(|&&w| comma.is_none_or(|c| w < c))
        .any(|&w| {
            old(w)
                || tree
                    .children(w)
                    .iter()
                    .any(|&c| old(c) && !names_which(w, c))
        });
    if today && !own_old {
        return None;
    }
    // "a year since Hamas's attack", "the anniversary of the invasion":
    // an event noun counted from, or remembered, came before.
    if matches!(tree.word(pred).upos.as_str(), "NOUN" | "PROPN") {
        if tree.preposition(pred).as_deref() == Some("since") {
            return Some("\"since\"".into());
        }
        let remembered = tree.head(pred).is_some_and(|h| {
            tree.preposition(pred).as_deref() == Some("of")
                && matches!(
                    tree.lemma(h).to_lowercase().as_str(),
                    "anniversary" | "commemoration" | "memory" | "memorial"
                )
        });
        if remembered {
            return Some("an anniversary".into());
        }
    }
    // "15 years after the war over Moscow's crackdown in the region": an
    // event noun inside a phrase of what came years before.
    for n in tree.path_to_root(pred).into_iter().take(CLAUSE_REACH) {
        if tree.word(n).upos == "VERB" {
            break;
        }
        let after = tree
            .children(n)
            .iter()
            .copied()
            .find(|&c| tree.rel(c) == "case" && tree.lemma(c) == "after");
        if let Some(c) = after.filter(|&c| c > 1) {
            let unit = tree.lemma(c - 1).to_lowercase();
            // "a year after the attack" too.
            if matches!(unit.as_str(), "decade" | "century" | "year") {
                return Some(format!("{} after", tree.word(c - 1).form));
            }
        }
    }
    if let Some(w) = counted_wars(tree, pred) {
        return Some(format!("counts wars (\"{}\")", tree.word(w).form));
    }
    if let Some(k) = background_clause_start(tree, pred) {
        return Some(format!(
            "in a clause of what came before (\"{}\")",
            tree.word(k).form
        ));
    }
    let is_today = |w: usize| {
        let lemma = tree.lemma(w);
        WEEKDAYS.contains(&lemma.as_str())
            || matches!(lemma.as_str(), "today" | "yesterday" | "tonight")
    };
    // Past a relative clause's head, the days of the clause above date
    // the antecedent's clause, not the relative one ("Algeria, which cut
    // ties in 2021, on Wednesday accused ...").
    let mut relative = false;
    for node in tree.path_to_root(pred).into_iter().take(CLAUSE_REACH) {
        if old(node) {
            return Some(format!("hangs from the year {}", tree.word(node).form));
        }
        // "Twenty years after the invasion, the premier said on Monday
        // that ...": a clause above dated by the story's own days is the
        // present, whatever span of years it also names.
        if node != pred && !relative {
            let above = time_words(tree, &[node]);
            if above.iter().any(|&w| is_today(w))
                && !above.iter().any(|&w| {
                    std::iter::once(w)
                        .chain(tree.children(w).iter().copied())
                        .any(old)
                })
            {
                return None;
            }
        }
        // "fought a war in August 2008", "used gas during the 1980-88
        // war", "a war between 1978 and 1987": a time phrase the parser
        // hung on the predicate's object dates the predicate.
        let on_object: Vec<usize> = if node == pred {
            let objects: Vec<usize> = tree
                .children(pred)
                .iter()
                .copied()
                .filter(|&o| tree.rel(o) == "obj")
                .collect();
            // "which Russia occupied and annexed in 2014": a year on a
            // conjunct sharing the predicate's subject dates both.
            let sharing: Vec<usize> = tree
                .children(pred)
                .iter()
                .copied()
                .filter(|&c| {
                    c > pred
                        && tree.rel(c) == "conj"
                        && tree.word(c).upos == "VERB"
                        && tree.kids_with(c, "nsubj").next().is_none()
                })
                .collect();
            time_words(tree, &objects)
                .into_iter()
                .filter(|&w| {
                    matches!(
                        tree.preposition(w).as_deref(),
                        Some("in" | "during" | "between")
                    )
                })
                .chain(time_words(tree, &sharing))
                .collect()
        } else {
            Vec::new()
        };
        for w in time_words(tree, &[node]).into_iter().chain(on_object) {
            if tree.lemma(w) == "past" && tree.preposition(w).as_deref() == Some("in") {
                return Some("\"in the past\"".into());
            }
            if let (Some(d), Some(r)) = (decade(tree, w), ref_year) {
                if d + 9 < r {
                    return Some(format!("in the {}", tree.word(w).form));
                }
            }
            if tree.lemma(w) == "year" && has_last(tree, w) {
                return Some("\"last year\"".into());
            }
            // "Thirty years after Iraqi forces invaded Kuwait, ...": what
            // came years before the story's present, inside the clause
            // that follows "after" ("held talks ..., three decades after
            // X invaded Y": the talks are the present).
            if matches!(tree.lemma(w).as_str(), "year" | "decade" | "century")
                && w < tree.len()
                && tree.word(w + 1).form.eq_ignore_ascii_case("after")
                && tree.kids_with(w, "nummod").next().is_some()
                && node > w + 1
                && (w + 1..node).all(|k| tree.word(k).form != ",")
            {
                return Some(format!("{} after", tree.word(w).form));
            }
            if tree.lemma(w) == "ago" {
                if let Some((_, unit @ ("year" | "decade" | "century"))) = ago(tree, w) {
                    return Some(format!("{unit}s ago"));
                }
            }
            // "accused Moscow of involvement in a 2014 explosion",
            // "apologised for the 1988 massacre": the year of the act
            // judged, not of the judging.
            let judged_act = node == pred
                && JUDGING_VERBS.contains(&tree.lemma(pred).as_str())
                && tree.word(w).upos == "NOUN"
                && !matches!(
                    tree.lemma(w).as_str(),
                    "year" | "month" | "decade" | "century" | "day" | "week"
                )
                && month_of(&tree.word(w).form).is_none();
            // "their first direct talks since 2022", "for the first time
            // since 2019": counted from that year up to now.
            let first_since = tree.preposition(w).as_deref() == Some("since")
                && (1..w).any(|k| {
                    tree.lemma(k).eq_ignore_ascii_case("first") && tree.word(k).upos == "ADJ"
                });
            let inner = std::iter::once(w).chain(tree.children(w).iter().copied());
            if let Some(y) = inner
                .into_iter()
                .find(|&x| old(x) && (x == w || !names_which(w, x)))
                .filter(|_| !judged_act && !first_since)
            {
                return Some(format!("dated {}", tree.word(y).form));
            }
        }
        // "Koreans who suffered under the 1910-1945 rule, as he held
        // talks": a conjunct with its own subordinator and subject is a
        // clause of its own the parser hung there; what dates the
        // clauses above does not date it.
        if tree.rel(node) == "conj"
            && tree.kids_with(node, "mark").next().is_some()
            && tree.kids_with(node, "nsubj").next().is_some()
        {
            break;
        }
        relative |= tree.full_rel(node) == "acl:relcl";
    }
    // "withdrew its troops from southern Lebanon in May 2000 after ...":
    // an old year right after the predicate, in its own clause, wherever
    // the parser hung it.
    let mut k = pred + 1;
    while k < tree.len() && k <= pred + CLAUSE_REACH {
        let w = tree.word(k);
        let stop = (w.upos == "PUNCT" && w.form != "-")
            || matches!(w.upos.as_str(), "VERB" | "AUX" | "SCONJ")
            || matches!(
                w.form.to_lowercase().as_str(),
                "that" | "which" | "who" | "when" | "since" | "after" | "before" | "until"
            );
        if stop {
            break;
        }
        // "provided aid under former President Biden": in a past term.
        if tree.lemma(k) == "under"
            && k < tree.len()
            && matches!(
                tree.word(k + 1).form.to_lowercase().as_str(),
                "former" | "then"
            )
        {
            return Some(format!("under a {} office holder", tree.word(k + 1).form));
        }
        if tree.lemma(k) == "in" {
            let mut y = k + 1;
            if y < tree.len() && month_of(&tree.word(y).form).is_some() {
                y += 1;
            }
            if y <= tree.len() && old(y) {
                return Some(format!("dated {}", tree.word(y).form));
            }
        }
        k += 1;
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

    #[test]
    fn counting_back() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(months_before(d(2017, 3, 31), 1), d(2017, 2, 28));
        assert_eq!(months_before(d(2017, 1, 15), 1), d(2016, 12, 15));
        assert_eq!(months_before(d(2017, 11, 20), 3), d(2017, 8, 20));
        assert_eq!(days_before(d(2017, 3, 1), 1), d(2017, 2, 28));
        assert_eq!(days_before(d(2017, 11, 20), 14), d(2017, 11, 6));
        assert_eq!(count_word("three"), Some(3));
        assert_eq!(count_word("a"), Some(1));
        assert_eq!(count_word("12"), Some(12));
        assert_eq!(count_word("many"), None);
    }
}
