//! News cleaning for plain text and extracted HTML alike: one pass over the
//! lines drops a repeated copy of the article (every line seen before, by
//! its normalised form), navigation/share/footer lines, photo captions and
//! credits, editor lines and numeric ids; it parses the header line
//! (`Source: Xinhua | 2017-11-21 05:44:27 | Editor: huaxia`), the dateline
//! (`BAKU, Nov. 20 (Xinhua) --`) and finds the title. Every paragraph keeps
//! the byte range of its lines in the original document.

use std::collections::HashSet;

use crate::article::{Dateline, SourceSpan};
use crate::date::{find_datetime, month_from_name, DateTime};

/// One line (or extracted block) of a document with its byte range in the
/// original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// A blank line follows (plain text) or the block ends a paragraph
    /// (HTML): lines are not joined across it.
    pub breaks: bool,
}

/// What the cleaner found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<DateTime>,
    pub editor: Option<String>,
    pub dateline: Dateline,
    pub paragraphs: Vec<(String, SourceSpan)>,
}

/// Metadata known before cleaning (from the page or the input record).
#[derive(Debug, Clone, Default)]
pub struct Hints {
    pub title: Option<String>,
    pub published: Option<DateTime>,
    pub source: Option<String>,
    /// Take the first short line as the title when no hint gives one
    /// (plain text).
    pub title_from_first_line: bool,
}

/// Splits plain text into trimmed non-empty lines with byte offsets.
pub fn text_lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if trimmed.is_empty() {
            if let Some(l) = out.last_mut() {
                l.breaks = true;
            }
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        let s = start + lead;
        out.push(Line {
            text: trimmed.to_string(),
            start: s,
            end: s + trimmed.len(),
            breaks: false,
        });
    }
    if let Some(l) = out.last_mut() {
        l.breaks = true;
    }
    out
}

/// Lower-case letters and digits, words separated by single spaces.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // One pass over the characters, with the scripts most pages are in
    // (ASCII, Cyrillic, Hangul, general punctuation) told apart without
    // the Unicode tables: every page's text is normalised several times.
    let mut in_word = false;
    for c in s.chars() {
        if !is_alphanumeric(c) {
            in_word = false;
            continue;
        }
        if !in_word && !out.is_empty() {
            out.push(' ');
        }
        in_word = true;
        match lower_simple(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `c.is_alphanumeric()`, answered without the Unicode tables for the
/// common scripts (the tests check every character against the standard
/// library).
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{410}'..='\u{44f}' | '\u{ac00}'..='\u{d7a3}' => true,
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The one-character lower case of `c` where it is quick to tell (`None`
/// for the others): ASCII, basic Cyrillic and Hangul syllables.
fn lower_simple(c: char) -> Option<char> {
    match c {
        '\0'..='\x7f' => Some(c.to_ascii_lowercase()),
        '\u{410}'..='\u{42f}' => char::from_u32(c as u32 + 0x20),
        '\u{430}'..='\u{44f}' | '\u{ac00}'..='\u{d7a3}' => Some(c),
        _ => None,
    }
}

const BOILERPLATE: &[&str] = &[
    "back to top",
    "close",
    "share",
    "share this",
    "print",
    "email",
    "e-mail",
    "comments",
    "comment",
    "related",
    "related news",
    "related stories",
    "xinhuanet",
    "advertisement",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "home",
    "menu",
    "search",
    "subscribe",
    "sign up",
    "log in",
    "login",
    "read more",
    "more",
    "next",
    "previous",
    "top",
    "follow us",
    "enlarge",
    "font size",
    "print page",
    "recommend",
    "most viewed",
    "most popular",
    "trending",
    "newsletter",
    "skip to content",
    "skip to main content",
    "copy link",
    "reddit",
    "pinterest",
    "telegram",
    "view comments",
];
const BOILERPLATE_PREFIX: &[&str] = &[
    "copyright",
    "\u{a9}",
    "all rights reserved",
    "follow us",
    "share this",
    "click here",
    "related:",
    "read more",
    "read also",
    "see also",
    "sign up for",
    "subscribe to",
    "this website uses cookies",
    "we use cookies",
];
const AGENCIES: &[&str] = &[
    "xinhua",
    "afp",
    "reuters",
    "ap",
    "epa",
    "getty",
    "anadolu",
    "tass",
    "ria",
    "sputnik",
    "upi",
    "ians",
    "pti",
    "ani",
    "photo",
    "file photo",
    "efe",
    "dpa",
    "kyodo",
    "yonhap",
    "irna",
    "wafa",
];

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with([
        '.', '!', '?', '"', '\u{201d}', '\'', ':', ';', '\u{2019}', '\u{3002}',
    ])
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

#[cfg(test)]
fn is_boilerplate(line: &str) -> bool {
    is_boilerplate_with(line, &line.to_lowercase(), &normalise(line))
}

/// [`is_boilerplate`] given the line's lower case and [`normalise`]d
/// forms, which the caller has already made.
fn is_boilerplate_with(line: &str, lower: &str, norm: &str) -> bool {
    if BOILERPLATE_PREFIX.iter().any(|p| lower.starts_with(p)) && word_count(line) <= 30 {
        return true;
    }
    if lower.contains("all rights reserved") && word_count(line) <= 30 {
        return true;
    }
    if word_count(line) > 8 || ends_sentence(line) {
        return false;
    }
    if BOILERPLATE.contains(&norm) {
        return true;
    }
    // A short run of navigation words ("Back to Top Close").
    let words: Vec<&str> = norm.split(' ').collect();
    let mut i = 0;
    let mut covered = 0;
    while i < words.len() {
        let mut matched = 0;
        for n in (1..=3).rev() {
            if i + n <= words.len() && BOILERPLATE.contains(&words[i..i + n].join(" ").as_str()) {
                matched = n;
                break;
            }
        }
        if matched == 0 {
            i += 1;
        } else {
            covered += matched;
            i += matched;
        }
    }
    !words.is_empty() && covered == words.len()
}

#[cfg(test)]
fn is_editor_line(line: &str) -> bool {
    is_editor_line_with(line, &line.to_lowercase())
}

/// [`is_editor_line`] given the line's lower case.
fn is_editor_line_with(line: &str, lower: &str) -> bool {
    // Lower-casing commutes with trimming the brackets.
    let l = lower.trim_start_matches(['(', '[']);
    (l.starts_with("editor:")
        || l.starts_with("editors:")
        || l.starts_with("edited by")
        || l.starts_with("responsible editor")
        || l.starts_with("reporting by")
        || l.starts_with("writing by"))
        && word_count(line) <= 20
}

fn is_id_line(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 8
        && !t.contains(' ')
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && t.bytes().filter(|b| b.is_ascii_digit()).count() * 2 >= t.len()
}

/// A photo caption or credit: ends with a credit like `(Xinhua/Jane Doe)`
/// or `(Photo: AFP)`, or starts like one.
#[cfg(test)]
fn is_caption(line: &str) -> bool {
    is_caption_with(line, &line.to_lowercase())
}

/// [`is_caption`] given the line's lower case.
fn is_caption_with(line: &str, lower: &str) -> bool {
    let t = line.trim();
    // Lower-casing commutes with trimming white space.
    let lower = lower.trim();
    if [
        "photo:",
        "photo by",
        "file photo",
        "photo taken",
        "image:",
        "picture:",
        "pictured:",
        "credit:",
        "photograph:",
        "(photo",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = t[open + 1..t.len() - 1].trim().to_lowercase();
            let head = inner.split(['/', ':']).next().unwrap_or("").trim();
            if (inner.contains('/') || inner.starts_with("photo"))
                && (AGENCIES.contains(&head)
                    || head.starts_with("photo")
                    || head.starts_with("xinhua"))
            {
                return true;
            }
            // "(Agency Name/Photographer Name)": capitalised words both sides.
            let raw = &t[open + 1..t.len() - 1];
            if let Some((l, r)) = raw.split_once('/') {
                let credit = |s: &str| {
                    let n = word_count(s);
                    (1..=4).contains(&n)
                        && s.split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                        && !s.chars().any(|c| c.is_ascii_digit())
                };
                if credit(l) && credit(r) {
                    return true;
                }
            }
        }
    }
    // "REUTERS/Name" or "Photo: AFP" at the end of a line.
    let tail: String = lower
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (tail.contains("reuters/")
        || tail.contains("afp photo")
        || tail.contains("getty images")
        || tail.contains("photo: "))
        && word_count(t) <= 60
}

/// A header line: `Source: Xinhua | 2017-11-21 05:44:27 | Editor: huaxia`.
fn parse_header(line: &str) -> Option<(Option<String>, Option<DateTime>, Option<String>)> {
    let has_source = line.contains("Source:");
    let has_editor = line.contains("Editor:");
    let dt = find_datetime(line);
    if !(has_source && (dt.is_some() || has_editor)) && !(has_editor && dt.is_some()) {
        return None;
    }
    if word_count(line) > 20 {
        return None;
    }
    let source = line.find("Source:").map(|i| {
        let rest = &line[i + 7..];
        let end = rest.find(['|', '\u{ff5c}']).unwrap_or(rest.len());
        let mut s = &rest[..end];
        if let Some((_, ds, _)) = find_datetime(s) {
            s = &s[..ds];
        }
        s.trim().to_string()
    });
    let editor = line.find("Editor:").map(|i| {
        let rest = &line[i + 7..];
        rest[..rest.find('|').unwrap_or(rest.len())]
            .trim()
            .to_string()
    });
    Some((
        source.filter(|s| !s.is_empty()),
        dt.map(|d| d.0),
        editor.filter(|s| !s.is_empty()),
    ))
}

/// A dateline as parsed: place, (month, day), agency.
pub type ParsedDateline = (String, Option<(u32, u32)>, Option<String>);

/// Parses a dateline at the start of a paragraph: `BAKU, Nov. 20 (Xinhua)
/// --`, `WASHINGTON (Reuters) -`, `MOSCOW, March 3 /TASS/ -`. Returns the
/// place, the (month, day) and the agency.
pub fn parse_dateline(par: &str) -> Option<ParsedDateline> {
    let head: String = par.chars().take(120).collect();
    let seps = [" -- ", " \u{2014} ", " \u{2013} ", " - ", "\u{2014}", " --"];
    let (cut, _) = seps
        .iter()
        .filter_map(|s| head.find(s).map(|i| (i, s.len())))
        .min_by_key(|x| x.0)?;
    let mut prefix = head[..cut].trim();
    let mut agency = None;
    if prefix.ends_with(')') || prefix.ends_with('/') {
        let close = prefix.len() - 1;
        let opener = if prefix.ends_with(')') { '(' } else { '/' };
        let open = prefix[..close].rfind(opener)?;
        let a = prefix[open + 1..close].trim();
        if a.is_empty() || word_count(a) > 4 {
            return None;
        }
        agency = Some(a.to_string());
        prefix = prefix[..open].trim().trim_end_matches(',').trim();
    }
    let parts: Vec<&str> = prefix.split(',').map(str::trim).collect();
    let mut date = None;
    let mut place_parts = parts.as_slice();
    if let Some(last) = parts.last() {
        let mut w = last.split_whitespace();
        if let (Some(m), Some(d), None) = (w.next(), w.next(), w.next()) {
            if let (Some(m), Ok(d)) = (month_from_name(m), d.parse::<u32>()) {
                if (1..=31).contains(&d) {
                    date = Some((m, d));
                    place_parts = &parts[..parts.len() - 1];
                }
            }
        }
    }
    let place = place_parts.join(", ");
    let first = place_parts.first()?;
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || word_count(&place) > 6 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    if agency.is_none() && date.is_none() && !head[cut..].starts_with(" --") {
        return None;
    }
    Some((place, date, agency))
}

/// The default UTC offset (minutes) for a source that gives local times
/// without a zone: Beijing time (+08:00) for Xinhua and other Chinese state
/// media, UTC otherwise.
pub fn default_offset(source: Option<&str>) -> i32 {
    let s = source.unwrap_or("").to_lowercase();
    if [
        "xinhua",
        "china daily",
        "cgtn",
        "global times",
        "people's daily",
        "chinadaily",
        "cctv",
    ]
    .iter()
    .any(|k| s.contains(k))
    {
        480
    } else {
        0
    }
}

/// Cleans the lines of one document.
pub fn clean(lines: &[Line], hints: &Hints) -> Cleaned {
    let mut out = Cleaned {
        title: hints.title.clone(),
        source: hints.source.clone(),
        published: hints.published,
        ..Default::default()
    };
    let title_key = hints.title.as_deref().map(normalise);
    let mut seen: HashSet<String> = HashSet::new();
    let mut body: Vec<&Line> = Vec::new();
    let mut pending_break = true;
    let mut breaks: Vec<bool> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.trim();
        let key = normalise(text);
        let first_time = seen.insert(key.clone());
        if let Some((src, dt, ed)) = parse_header(text) {
            if out.source.is_none() || hints.source.is_none() {
                out.source = src.or(out.source.take());
            }
            if out.published.is_none() {
                out.published = dt;
            }
            out.editor = out.editor.take().or(ed);
            // The line before a header is the headline.
            if out.title.is_none() {
                if let Some(prev) = body.pop() {
                    out.title = Some(prev.text.trim().to_string());
                    breaks.pop();
                }
            }
            pending_break = true;
            continue;
        }
        if key.is_empty() || !first_time || {
            // One lower-casing for the three tests.
            let lower = text.to_lowercase();
            is_boilerplate_with(text, &lower, &key)
                || is_editor_line_with(text, &lower)
                || is_id_line(text)
                || is_caption_with(text, &lower)
        } {
            pending_break = true;
            continue;
        }
        if title_key.as_deref() == Some(key.as_str()) {
            pending_break = true;
            continue;
        }
        if i == 0
            && hints.title_from_first_line
            && out.title.is_none()
            && word_count(text) <= 25
            && !ends_sentence(text)
            && parse_dateline(text).is_none()
        {
            out.title = Some(text.to_string());
            pending_break = true;
            continue;
        }
        breaks.push(pending_break);
        body.push(line);
        pending_break = line.breaks;
    }
    // Join hard-wrapped lines into paragraphs.
    let mut paragraphs: Vec<(String, SourceSpan)> = Vec::new();
    for (line, brk) in body.iter().zip(breaks) {
        let text = line.text.trim();
        match paragraphs.last_mut() {
            Some((p, span)) if !brk && !ends_sentence(p) => {
                p.push(' ');
                p.push_str(text);
                span.end = line.end;
            }
            _ => paragraphs.push((
                text.to_string(),
                SourceSpan {
                    start: line.start,
                    end: line.end,
                },
            )),
        }
    }
    if let Some((first, _)) = paragraphs.first() {
        if let Some((place, md, agency)) = parse_dateline(first) {
            out.dateline.place = Some(place);
            out.dateline.agency = agency;
            if let (Some((m, d)), Some(p)) = (md, out.published) {
                // The dateline's year is the publication year, or the one
                // before for a December dateline published in January.
                let year = if m > p.month + 1 { p.year - 1 } else { p.year };
                if d <= crate::date::days_in_month(year, m) {
                    out.dateline.date = Some(format!("{year:04}-{m:02}-{d:02}"));
                }
            }
        }
    }
    if out.source.is_none() {
        out.source = out.dateline.agency.clone();
    }
    out.paragraphs = paragraphs;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_character_classes_agree_with_std() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            if let Some(l) = lower_simple(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
        let slow = |s: &str| {
            let mut out = String::new();
            for w in s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.extend(w.chars().flat_map(char::to_lowercase));
            }
            out
        };
        for s in [
            "",
            " -- ",
            "Hello, World!",
            "ПРИВЕТ мир 2024",
            "İstanbul’s ΣΊΣΥΦΟΣ",
            "  a\u{2019}b  ",
            "한국어 텍스트.",
        ] {
            assert_eq!(normalise(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn datelines() {
        let d = parse_dateline("KABUL, March 3 (AFP) -- Officials said").unwrap();
        assert_eq!(d, ("KABUL".into(), Some((3, 3)), Some("AFP".into())));
        let d = parse_dateline("WASHINGTON (Reuters) - The Senate voted").unwrap();
        assert_eq!(d, ("WASHINGTON".into(), None, Some("Reuters".into())));
        let d = parse_dateline("NEW DELHI, Sept. 9 /IANS/ - Rain fell").unwrap();
        assert_eq!(d, ("NEW DELHI".into(), Some((9, 9)), Some("IANS".into())));
        assert!(parse_dateline("The minister - who arrived late - spoke.").is_none());
        assert!(parse_dateline("Officials said on Monday that talks went well.").is_none());
    }

    #[test]
    fn line_classes() {
        assert!(is_boilerplate("Back to Top Close"));
        assert!(is_boilerplate("Copyright 2020 Example News"));
        assert!(!is_boilerplate(
            "Talks will close on Friday, the ministry said."
        ));
        assert!(is_caption(
            "A man walks past a mural in the old town. (Photo: Staff)"
        ));
        assert!(is_caption(
            "Delegates arrive for the summit in Lima, Peru, on May 2, 2019. (AFP/Jane Roe)"
        ));
        assert!(!is_caption("The treaty (signed in 1994) still holds."));
        assert!(is_id_line("0100200707500000000000000011"));
        assert!(!is_id_line("1994"));
        assert!(is_editor_line("Editor: Li Ming"));
        let h = parse_header("Source: Example Wire | 2019-04-01 10:20:30 | Editor: kim").unwrap();
        assert_eq!(h.0.as_deref(), Some("Example Wire"));
        assert_eq!(h.2.as_deref(), Some("kim"));
    }

    #[test]
    fn offsets_map_back() {
        let text =
            "Headline here\n\n  First para line one that wraps\nand continues.\n\nSecond para.\n";
        let lines = text_lines(text);
        let c = clean(
            &lines,
            &Hints {
                title_from_first_line: true,
                ..Default::default()
            },
        );
        assert_eq!(c.title.as_deref(), Some("Headline here"));
        assert_eq!(c.paragraphs.len(), 2);
        let (p, span) = &c.paragraphs[0];
        assert_eq!(p, "First para line one that wraps and continues.");
        assert_eq!(
            &text[span.start..span.end],
            "First para line one that wraps\nand continues."
        );
    }
}
