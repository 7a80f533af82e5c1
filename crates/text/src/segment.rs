//! Sentence splitter: tokens (from [`crate::tokenize`]) -> sentences, as
//! ranges of token indices.
//!
//! # Rules
//!
//! One pass over the tokens; the decision after each token looks only at a
//! few neighbouring tokens and at the whitespace between them, so the
//! splitter is linear in the input.
//!
//! - **Terminal punctuation** (`.`, `?`, `!`, runs like `!!!`, `...`, `…`)
//!   ends a sentence, together with the closing quotes and brackets glued to
//!   it (`"no."` -> the `"` belongs to the sentence), unless the next token
//!   is `,` `;` `:`, a dash or a closing bracket, is more terminal
//!   punctuation, or starts with a lower-case letter after an ellipsis. A `.` glued to a one- or two-digit number or a
//!   single letter at the start of a line is a list marker (`1.`), not an end.
//! - **Abbreviations** keep their period in the token (`Nov.`, `U.S.`).
//!   Titles (`Mr.`, `Gen.`), months and a few others (`No.`, `vs.`, `e.g.`)
//!   never end a sentence. Abbreviations that can (`U.S.`, `Inc.`, `etc.`,
//!   `a.m.`, initials) end one only when the next token is a typical sentence
//!   start (`The`, `He`, `It`, `In`, ...; see `STARTERS`).
//! - **Blank lines** (two line breaks, possibly with other whitespace
//!   between) always end a sentence.
//! - **A single line break** ends a sentence when the next line starts with
//!   a bullet (`-`, `*`, `•`, `1.`, `a)`, `(2)`), or when the current line
//!   is a short title-like line: the sentence started at the line start, the
//!   line has fewer than [`HEADLINE_MAX_TOKENS`] tokens, ends in a word or a
//!   closing quote/bracket (not `,` `--` `(` or a title abbreviation), the
//!   next line does not start in lower case, and the first word of the next
//!   line would have fit on the current line (its length plus the current
//!   line's is at most the next line's length, or 60 chars). The last test
//!   keeps hard-wrapped text (fixed line width) together.
//!
//! Datelines such as `BAKU, Nov. 20 (Xinhua) -- Russian ...` stay in the
//! first sentence: `--`, brackets and month abbreviations never end one.
//!
//! # Not handled
//!
//! Abbreviations at a sentence end that
//! are followed by a word not in the starter list (`Acme Inc. Shares fell`),
//! and missing spaces after a period (`end.The` is split by the tokenizer
//! only when the next word is capitalised).

use std::ops::Range;

use crate::doc::Token;
use crate::tokenize::{glued_abbrev_kind, tokenize, AbbrevKind};

/// A line with at least this many tokens is never treated as a headline.
pub const HEADLINE_MAX_TOKENS: usize = 12;

/// Below this many chars, the next line's length is not used to detect hard
/// wrapping (headline over a short line).
const WRAP_MIN_CHARS: usize = 60;

/// Capitalised words that typically start a sentence; a sentence-final
/// abbreviation (`U.S.`, `Inc.`) ends the sentence only before one of them.
const STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "Another",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "During",
    "Each",
    "Earlier",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "No",
    "Now",
    "On",
    "Our",
    "Several",
    "She",
    "Since",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "Today",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "With",
    "Yesterday",
    "Yet",
    "You",
];

/// Bullet symbols at the start of a line.
const BULLETS: &[&str] = &[
    "-", "*", "+", "•", "·", "‣", "◦", "▪", "■", "□", "●", "○", "►", "▶", "–", "—", "✓", "✔",
];

/// Split `tokens` (of `text`) into sentences: token index ranges, in order,
/// covering all tokens, none empty. No tokens -> no sentences.
#[must_use]
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let n = tokens.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < n {
        let mut end = i;
        let mut brk = false;
        let mut decided = false;
        let form = tokens[i].form.as_str();
        if is_terminal(form) && !is_list_marker(tokens, i, line_start) {
            end = extend_closers(tokens, i, true);
            decided = true;
            brk = match tokens.get(end + 1) {
                None => true,
                Some(next) => !continues(form, end > i, &next.form),
            };
        } else if let Some(kind) = glued_abbrev_kind(form) {
            if kind == AbbrevKind::CanEnd {
                end = extend_closers(tokens, i, false);
                brk = match tokens.get(end + 1) {
                    None => true,
                    Some(t) => STARTERS.contains(&t.form.as_str()),
                };
                decided = brk;
            } else {
                decided = true;
            }
        }
        if end + 1 >= n {
            out.push(start..n);
            break;
        }
        let nl = line_breaks(text, tokens[end].span.end, tokens[end + 1].span.start);
        if nl >= 2 {
            brk = true;
        } else if nl == 1 && !brk {
            brk = is_bullet(tokens, end + 1)
                || (!decided && start == line_start && is_headline(text, tokens, line_start, end));
        }
        if nl > 0 {
            line_start = end + 1;
        }
        if brk {
            out.push(start..end + 1);
            start = end + 1;
        }
        i = end + 1;
    }
    out
}

/// Tokenize `text` and split it into sentences.
#[must_use]
pub fn segment(text: &str) -> Vec<Vec<Token>> {
    let tokens = tokenize(text);
    let ranges = split_sentences(text, &tokens);
    let mut it = tokens.into_iter();
    ranges
        .into_iter()
        .map(|r| it.by_ref().take(r.len()).collect())
        .collect()
}

/// How many words a dateline may take before its dash.
const DATELINE_MAX_WORDS: usize = 16;

/// Month names and their abbreviations, for [`dateline_end`].
const MONTH_WORDS: [&str; 24] = [
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// The words of a dateline that opens a sentence (`BAKU, Nov. 20
/// (Xinhua) --`, `ABU DHABI, July 10 (Reuters) -`, `COLOMBO - Eleven
/// ...`): a place in capitals first, then a dash within
/// [`DATELINE_MAX_WORDS`] words, after a closing parenthesis, a number or
/// a month, or after two or three words all in capitals when a capitalised
/// word follows. Returns the number of words up to and including the dash;
/// `None` when there is no dateline or nothing after it.
pub fn dateline_end(forms: &[&str]) -> Option<usize> {
    let capitals = |f: &str| {
        f.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && f.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    if !capitals(forms.first()?) {
        return None;
    }
    // "PORT-AU-PRINCE, Jan 9 (AP) -": a hyphen inside the
    // capitals of the place, before its comma, is no dateline dash.
    let in_place = |p: usize| {
        forms[p] == "-"
            && p > 0
            && capitals(forms[p - 1])
            && forms.get(p + 1).is_some_and(|f| capitals(f))
            && !forms[..p].contains(&",")
    };
    let dash = forms
        .iter()
        .take(DATELINE_MAX_WORDS)
        .enumerate()
        .position(|(p, f)| matches!(*f, "--" | "\u{2014}" | "\u{2013}" | "-") && !in_place(p))?;
    let before = &forms[..dash];
    let month = |f: &str| {
        let f = f.trim_end_matches('.').to_lowercase();
        MONTH_WORDS.contains(&f.as_str())
    };
    let agency_or_date = before
        .iter()
        .any(|f| *f == ")" || (f.bytes().next().is_some_and(|b| b.is_ascii_digit())) || month(f));
    // "NEW DELHI/ISLAMABAD -": two places of a joint dateline.
    let joint = before.contains(&"/");
    let place_alone = (1..=if joint { 6 } else { 3 }).contains(&dash)
        && before.iter().all(|f| capitals(f) || *f == "/")
        && before.first().is_some_and(|f| capitals(f))
        && forms
            .get(dash + 1)
            .is_some_and(|f| f.chars().next().is_some_and(char::is_uppercase));
    (dash >= 1 && (agency_or_date || place_alone) && dash + 1 < forms.len()).then_some(dash + 1)
}

fn is_terminal(form: &str) -> bool {
    !form.is_empty() && form.chars().all(|c| matches!(c, '.' | '?' | '!' | '…'))
}

fn is_closer(form: &str) -> bool {
    matches!(
        form,
        "\"" | "'" | "''" | "”" | "’" | "»" | "›" | ")" | "]" | "}"
    )
}

fn glued(tokens: &[Token], j: usize) -> bool {
    tokens[j].span.end == tokens[j + 1].span.start
}

/// Last index of the sentence end that starts at `i`: `i` plus the glued
/// closing quotes/brackets (and, if `terminals`, more glued terminals).
fn extend_closers(tokens: &[Token], i: usize, terminals: bool) -> usize {
    let mut j = i;
    while j + 1 < tokens.len() && glued(tokens, j) {
        let f = tokens[j + 1].form.as_str();
        if is_closer(f) || (terminals && is_terminal(f)) {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Whether the token `next` after the sentence-final punctuation mark
/// `terminal` (followed by closing quotes or brackets when `closed`)
/// continues the sentence. A lower-case word continues it only after an
/// ellipsis ("I think... maybe") or a closing quote ("Over!" he shouted):
/// after a bare `.`, `?` or `!` it starts a new one, since abbreviations keep
/// their period inside their token and web text often starts sentences in
/// lower case.
fn continues(terminal: &str, closed: bool, next: &str) -> bool {
    let ellipsis = terminal.starts_with("..") || terminal.contains('…');
    ((ellipsis || closed) && next.chars().next().is_some_and(char::is_lowercase))
        || is_terminal(next)
        || matches!(next, "," | ";" | ":" | "-" | "--" | "—" | "–" | ")" | "]")
}

/// `.` at `i` glued after `1`, `12` or `a` that start a line: a list marker.
fn is_list_marker(tokens: &[Token], i: usize, line_start: usize) -> bool {
    i >= 1
        && i - 1 == line_start
        && tokens[i].form == "."
        && glued(tokens, i - 1)
        && tokens[i].space_after
        && is_marker_label(&tokens[i - 1].form)
}

fn is_marker_label(f: &str) -> bool {
    let b = f.as_bytes();
    (!b.is_empty() && b.len() <= 2 && b.iter().all(u8::is_ascii_digit))
        || (b.len() == 1 && b[0].is_ascii_lowercase())
}

/// Whether a line starting at token `k` starts with a bullet.
fn is_bullet(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if BULLETS.contains(&t.form.as_str()) {
        return t.space_after;
    }
    let at = |j: usize| tokens.get(j).map(|t| t.form.as_str());
    // 1.  1)  a)
    if is_marker_label(&t.form)
        && matches!(at(k + 1), Some("." | ")"))
        && glued(tokens, k)
        && tokens[k + 1].space_after
    {
        return true;
    }
    // (1)  (a)
    t.form == "("
        && at(k + 1).is_some_and(is_marker_label)
        && at(k + 2) == Some(")")
        && glued(tokens, k)
        && glued(tokens, k + 1)
}

/// Whether the line `tokens[ls..=end]` (followed by one line break) is a
/// title-like line that ends a sentence by itself.
fn is_headline(text: &str, tokens: &[Token], ls: usize, end: usize) -> bool {
    if end + 1 - ls >= HEADLINE_MAX_TOKENS {
        return false;
    }
    let last = tokens[end].form.as_str();
    let ends_in_word = last.chars().next().is_some_and(char::is_alphanumeric)
        && !matches!(
            glued_abbrev_kind(last),
            Some(AbbrevKind::Title | AbbrevKind::Month | AbbrevKind::Never)
        );
    if !(ends_in_word || is_closer(last)) {
        return false;
    }
    let next = &tokens[end + 1];
    if next.form.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    // Would the first word of the next line have fitted on this line?
    let cur = text[tokens[ls].span.start..tokens[end].span.end]
        .chars()
        .count();
    let need = cur + 1 + next.form.chars().count();
    if need <= WRAP_MIN_CHARS {
        return true;
    }
    let mut len = 0;
    for c in text[next.span.start..].chars() {
        if matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            break;
        }
        len += 1;
        if len >= need {
            return true;
        }
    }
    false
}

/// Number of line breaks in the gap `text[a..b]` (a paragraph separator or a
/// form feed counts as two).
fn line_breaks(text: &str, a: usize, b: usize) -> usize {
    if a >= b {
        return 0;
    }
    let g = &text.as_bytes()[a..b];
    let mut n = 0;
    for (k, &c) in g.iter().enumerate() {
        n += match c {
            b'\n' | 0x0B => 1,
            b'\r' if g.get(k + 1) != Some(&b'\n') => 1,
            0x0C => 2,
            0x85 if k > 0 && g[k - 1] == 0xC2 => 1,
            0xA8 if k > 1 && g[k - 2..k] == [0xE2, 0x80] => 1,
            0xA9 if k > 1 && g[k - 2..k] == [0xE2, 0x80] => 2,
            _ => 0,
        };
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_end_at_their_dash() {
        let end = |t: &str| dateline_end(&t.split(' ').collect::<Vec<_>>());
        assert_eq!(end("LOME , June 3 ( AP ) - The talks ended ."), Some(8));
        assert_eq!(
            end("SAN JOSE , Costa Rica , 4 May -- Police said ."),
            Some(9)
        );
        assert_eq!(end("ACCRA - Ghana 's army said ."), Some(2));
        // Two places of a joint dateline.
        assert_eq!(end("ABU DHABI / DOHA - Qatar said ."), Some(5));
        assert_eq!(end("a / DOHA - Qatar said ."), None);
        // A hyphenated place in capitals keeps its hyphens.
        assert_eq!(
            end("PORT - AU - PRINCE , Jan 9 ( AP ) - Gangs attacked ."),
            Some(12)
        );
        // No place in capitals first, no date or agency before the dash,
        // or nothing after it: no dateline.
        assert_eq!(end("Lome , June 3 ( AP ) - The talks ended ."), None);
        assert_eq!(end("NATO - led troops left Kabul ."), None);
        assert_eq!(end("UN , June 3 -"), None);
        assert_eq!(end("ACCRA - - -"), None);
    }

    fn sents(text: &str) -> Vec<String> {
        segment(text)
            .iter()
            .map(|s| {
                s.iter()
                    .map(|t| t.form.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn simple() {
        assert_eq!(sents("It rained. He left!"), ["It rained .", "He left !"]);
        assert_eq!(sents("in the U.S. The"), ["in the U.S.", "The"]);
        assert_eq!(sents("the U.S. president"), ["the U.S. president"]);
        assert!(sents("").is_empty());
        assert!(sents(" \n\t ").is_empty());
    }
}
