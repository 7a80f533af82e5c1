//! English tokenizer: raw text -> syntactic words with byte offsets, following
//! the conventions of the Universal Dependencies English Web Treebank (EWT).
//!
//! # Approach
//!
//! A single hand-written forward scanner, no regular expressions and no
//! allocation besides the output tokens.
//!
//! 1. The text is cut into *runs*: maximal stretches of non-separator
//!    characters. Separators are Unicode whitespace (including U+00A0,
//!    U+2009, `\t`, `\r`, `\n`), control characters, and invisible format
//!    characters such as U+200B, U+FEFF and the bidi marks. A separator is
//!    never part of a token. A run longer than [`MAX_RUN_BYTES`] is processed
//!    in pieces of at most that many bytes, cut at char boundaries; no token
//!    spans a cut. This bounds the work of every lookahead, so the whole
//!    scanner is linear in the input.
//! 2. Inside a run the scanner looks at the current char:
//!    - at the start of a word it first tries URLs (`http://`, `https://`,
//!      `ftp://`, `www.`; trailing `.,;:!?` quotes and unbalanced closing
//!      brackets are given back) and e-mail addresses;
//!    - a *word* is a run of letters, digits and combining marks, joined by
//!      word-internal characters: an underscore; a hyphen between digits
//!      (`2017-11-20`), after a single letter (`e-mail`) or after a common
//!      prefix (`co-operation`, `pro-Russian`) or before a participle that
//!      makes a place's adjective (`quake-hit`, `war-torn`), while other hyphenated
//!      compounds are split as in UD English (`well - known`); an apostrophe before a letter
//!      (`O'Brien`, `don't`), `.` between digits (`64.45`) or inside dotted
//!      abbreviations (`U.S`, `e.g`, `Ph.D`) or before a common top-level
//!      domain (`Amazon.com`), `,` before exactly three digits (`4,000`),
//!      `:` and `/` between digits (`10:30`, `9/11`), `&` between capitals
//!      (`AT&T`). A sign or a point directly before a digit at the start of a
//!      word belongs to the number (`-3.5`, `.5`);
//!    - a period directly after a word is kept with it when the word is an
//!      abbreviation: a built-in list (titles, months except May, US states,
//!      company suffixes, `etc`, `vs`, ...), a dotted abbreviation (`U.S.`,
//!      `J.R.R.`, `a.m.`) or a single capital initial (`J.`). Otherwise the
//!      period is its own token; the sentence splitter decides about
//!      sentence ends;
//!    - clitics are split from the end of a word, UD style: `'s 'm 'd 're 've
//!      'll n't` with `'`, `’` or `ʼ` (`don't` -> `do n't`, `can't` -> `ca
//!      n't`), plus `cannot`, `gonna`, `wanna`, `gotta` and apostrophe-less
//!      negations such as `dont` -> `do nt` (but not `cant`, `wont`);
//!    - `@handles` and `#hashtags` are one token;
//!    - punctuation and symbols are one token per char, except runs of the
//!      same char among `. ! ? … - * = ~ _ #` (`...`, `!!!`, `--`), the
//!      PTB quotes ``` `` ``` and `''`, and `'90s`-style years.
//!
//! Every token satisfies `form == text[span.start..span.end]`.
//!
//! # Not handled
//!
//! Emoticons (`:-)`), URLs without a scheme or `www.` other than
//! `name.tld`, file paths, and multi-word expressions (`New York`) get no
//! special treatment; abbreviations not in the list lose their period.

use crate::doc::{Span, Token};

/// Longest stretch of non-whitespace text, in bytes, that is scanned as one
/// piece. Longer stretches (1 MB without a space, binary junk) are cut into
/// pieces of at most this many bytes at char boundaries, and no token spans a
/// cut, so no token is longer than this.
pub const MAX_RUN_BYTES: usize = 1000;

/// Tokenize `text` into syntactic words with byte spans (see module docs).
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let len = text.len();
    let mut i = 0;
    while i < len {
        let (c, l) = decode(text, i);
        if is_sep(c) {
            i += l;
            continue;
        }
        let start = i;
        let mut j = i + l;
        while j < len {
            let (c, l) = decode(text, j);
            if is_sep(c) {
                break;
            }
            j += l;
        }
        let mut a = start;
        while a < j {
            let b = if j - a > MAX_RUN_BYTES {
                floor_boundary(text, a + MAX_RUN_BYTES, a)
            } else {
                j
            };
            Scanner {
                text,
                start: a,
                end: b,
                has_at: text.as_bytes()[a..b].contains(&b'@'),
                email_no_until: a,
                out: &mut out,
            }
            .run();
            a = b;
        }
        i = j;
    }
    out
}

/// Kind of a known abbreviation, used by the sentence splitter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Titles before a name (`Mr.`, `Gen.`): never end a sentence.
    Title,
    /// Month names (`Nov.`): never end a sentence.
    Month,
    /// Other abbreviations that are (almost) always followed by more of the
    /// sentence (`No.`, `vs.`, `e.g.`).
    Never,
    /// Abbreviations that may end a sentence (`U.S.`, `Inc.`, `etc.`, `a.m.`,
    /// initials).
    CanEnd,
}

fn lookup(w: &str) -> Option<AbbrevKind> {
    use AbbrevKind::*;
    Some(match w {
        "Mr" | "Mrs" | "Ms" | "Messrs" | "Mme" | "Mlle" | "Dr" | "Drs" | "Prof" | "Gen"
        | "Gens" | "Lt" | "Col" | "Maj" | "Capt" | "Sgt" | "Cpl" | "Pvt" | "Adm" | "Cmdr"
        | "Cdr" | "Brig" | "Gov" | "Govs" | "Sen" | "Sens" | "Rep" | "Reps" | "Rev" | "Hon"
        | "Pres" | "Amb" | "Atty" | "Supt" | "Insp" | "Det" | "Fr" | "Msgr" | "Sec" => Title,
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" => Month,
        "No" | "Nos" | "vs" | "v" | "cf" | "viz" | "p" | "pp" | "Fig" | "fig" | "Figs" | "Vol"
        | "vol" | "Vols" | "Mt" | "Ft" | "approx" => Never,
        "Corp" | "Inc" | "Ltd" | "Co" | "Cos" | "Bros" | "Mfg" | "Assn" | "Dept" | "Univ"
        | "Intl" | "Govt" | "Plc" | "etc" | "al" | "ibid" | "Jr" | "Sr" | "Esq" | "St" | "Ave"
        | "Blvd" | "Rd" | "Sq" | "Hwy" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur"
        | "Thurs" | "Fri" | "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla"
        | "Ga" | "Ill" | "Ind" | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich" | "Minn"
        | "Miss" | "Mo" | "Mont" | "Neb" | "Nebr" | "Nev" | "Okla" | "Ore" | "Pa" | "Penn"
        | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wisc" | "Wyo" => CanEnd,
        _ => return None,
    })
}

/// Kind of `w` (a word without its final period) if it is in the built-in
/// abbreviation list. Also accepts the ALL-CAPS form of capitalised entries
/// (`NOV`) and the capitalised form of lower-case entries (`Etc`).
pub(crate) fn abbrev_kind(w: &str) -> Option<AbbrevKind> {
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    if let Some(k) = lookup(w) {
        return Some(k);
    }
    let b = w.as_bytes();
    let n = b.len();
    if n < 2 || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut buf = [0u8; 8];
    if b.iter().all(u8::is_ascii_uppercase) {
        buf[0] = b[0];
        for k in 1..n {
            buf[k] = b[k].to_ascii_lowercase();
        }
        if let Some(k) = std::str::from_utf8(&buf[..n]).ok().and_then(lookup) {
            return Some(k);
        }
        buf[0] = b[0].to_ascii_lowercase();
        return std::str::from_utf8(&buf[..n]).ok().and_then(lookup);
    }
    if b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase) {
        buf[..n].copy_from_slice(b);
        buf[0] = b[0].to_ascii_lowercase();
        return std::str::from_utf8(&buf[..n]).ok().and_then(lookup);
    }
    None
}

/// `U.S`, `e.g`, `J.R.R`, `Ph.D`: 1-2 letter parts joined by periods.
fn is_dotted(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| {
            let mut n = 0;
            for c in p.chars() {
                if !c.is_alphabetic() {
                    return false;
                }
                n += 1;
            }
            (1..=2).contains(&n)
        })
}

/// Kind of the abbreviation `w` (without final period), if a period after it
/// is kept in the token.
fn word_abbrev_kind(w: &str) -> Option<AbbrevKind> {
    if let Some(k) = abbrev_kind(w) {
        return Some(k);
    }
    let tail = match w.rfind('-') {
        Some(p) => &w[p + 1..],
        None => w,
    };
    if tail.contains('.') {
        if !is_dotted(tail) {
            return None;
        }
        let never = tail.eq_ignore_ascii_case("e.g") || tail.eq_ignore_ascii_case("i.e");
        return Some(if never {
            AbbrevKind::Never
        } else {
            AbbrevKind::CanEnd
        });
    }
    let mut cs = w.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_uppercase() => Some(AbbrevKind::CanEnd),
        _ => None,
    }
}

/// If `form` is a token that the tokenizer produced as abbreviation plus
/// period (`U.S.`, `Nov.`, `J.`), its kind.
pub(crate) fn glued_abbrev_kind(form: &str) -> Option<AbbrevKind> {
    let w = form.strip_suffix('.')?;
    if w.is_empty() || w.ends_with('.') || !w.chars().next()?.is_alphabetic() {
        return None;
    }
    word_abbrev_kind(w)
}

#[inline]
fn decode(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}

fn floor_boundary(text: &str, mut k: usize, min: usize) -> usize {
    while k > min && !text.is_char_boundary(k) {
        k -= 1;
    }
    if k == min {
        // cannot happen with MAX_RUN_BYTES >= 4, but never return an empty piece
        k = min + decode(text, min).1;
    }
    k
}

/// Participles that make an adjective after a hyphen: a place's
/// ("quake-hit"), or talks' ("EU-mediated"; split, the mediator was read
/// as the object of the verb before it).
const DAMAGE_SUFFIXES: &[&str] = &[
    "mediated",
    "brokered",
    "hit",
    "torn",
    "stricken",
    "ravaged",
    "strapped",
    "battered",
    "ridden",
    "wracked",
    "affected",
    "devastated",
    "scarred",
];

/// Whether a token is such an adjective ("quake-hit", "war-torn").
pub fn is_damage_compound(form: &str) -> bool {
    form.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty() && DAMAGE_SUFFIXES.iter().any(|x| x.eq_ignore_ascii_case(tail))
    })
}

const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNITS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// Whether `form` is a number spelled out with a hyphen ("Twenty-two"):
/// kept one token, so that a sentence opening with one, as wire style
/// has it, is not parsed from a lone "Twenty".
pub fn is_spelled_number(form: &str) -> bool {
    form.split_once('-').is_some_and(|(tens, unit)| {
        TENS.iter().any(|x| x.eq_ignore_ascii_case(tens))
            && UNITS.iter().any(|x| x.eq_ignore_ascii_case(unit))
    })
}

/// Prefixes that stay joined to the rest of the word by a hyphen in UD
/// English (EWT keeps "non-", "anti-", "co-" words whole).
fn is_hyphen_prefix(seg: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "anti", "bi", "co", "counter", "cross", "de", "ex", "extra", "hyper", "inter", "intra",
        "macro", "mega", "micro", "mid", "mini", "multi", "neo", "non", "over", "post", "pre",
        "pro", "psycho", "re", "semi", "socio", "sub", "super", "trans", "tri", "ultra", "un",
        "under", "vice",
    ];
    seg.len() <= 7 && PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(seg))
}

/// Characters that separate tokens and are never part of one.
#[inline]
pub fn is_sep(c: char) -> bool {
    if (c as u32) < 0x80 {
        return c.is_ascii_whitespace() || c.is_ascii_control();
    }
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{180E}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Combining marks and other chars that extend the preceding char.
#[inline]
fn is_extend(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0900}'..='\u{0903}'
            | '\u{093A}'..='\u{094F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{1F3FB}'..='\u{1F3FF}'
            | '\u{E0020}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

#[inline]
fn is_word(c: char) -> bool {
    if (c as u32) < 0x80 {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_extend(c)
    }
}

/// Common top-level domains: `name.tld` stays one token.
fn is_tld(s: &str) -> bool {
    matches!(
        s,
        "com"
            | "org"
            | "net"
            | "gov"
            | "edu"
            | "mil"
            | "int"
            | "info"
            | "biz"
            | "io"
            | "co"
            | "uk"
            | "us"
            | "eu"
            | "ru"
            | "cn"
            | "de"
            | "fr"
            | "jp"
            | "au"
            | "ca"
            | "az"
            | "ge"
            | "ua"
            | "tv"
            | "news"
            // File extensions join the same way ("report.pdf").
            | "pdf"
            | "doc"
            | "docx"
            | "htm"
            | "html"
            | "txt"
            | "xls"
            | "xlsx"
            | "ppt"
            | "jpg"
            | "png"
            | "gif"
            | "zip"
            | "csv"
    )
}

/// Emoticons that are one token when followed by a separator or the end.
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ":-P", ";-)", ":o)", ":)", ":(", ":D", ":P", ":p", ";)", ":/", "<3",
    ":'(", "^_^",
];

/// Lower-case words without apostrophe that EWT splits as `X nt`.
fn is_nt_word(w: &str) -> bool {
    const WORDS: [&str; 15] = [
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
        "couldnt", "shouldnt", "wouldnt", "mustnt", "neednt",
    ];
    w.len() <= 8 && WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Byte offset at which a whole-word split happens (`cannot`, `gonna`, `dont`).
fn special_split(w: &str) -> Option<usize> {
    if w.len() < 4 || w.len() > 8 {
        return None;
    }
    for x in ["cannot", "gonna", "wanna", "gotta"] {
        if x.eq_ignore_ascii_case(w) {
            return Some(3);
        }
    }
    if is_nt_word(w) {
        return Some(w.len() - 2);
    }
    None
}

/// Start of the apostrophe that ends `b[..pos]`, if any.
fn apos_before(b: &[u8], pos: usize) -> Option<usize> {
    if pos >= 1 && b[pos - 1] == b'\'' {
        Some(pos - 1)
    } else if pos >= 3 && &b[pos - 3..pos] == "\u{2019}".as_bytes() {
        Some(pos - 3)
    } else if pos >= 2 && &b[pos - 2..pos] == "\u{02BC}".as_bytes() {
        Some(pos - 2)
    } else {
        None
    }
}

/// Byte offset in `w` where a final clitic starts (`'s`, `n't`, ...), if the
/// part before it is not empty.
fn clitic_start(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 {
        return None;
    }
    // n't
    if b[n - 1].eq_ignore_ascii_case(&b't') {
        if let Some(a) = apos_before(b, n - 1) {
            if a >= 2 && b[a - 1].eq_ignore_ascii_case(&b'n') {
                return Some(a - 1);
            }
        }
        return None;
    }
    for suf in ["s", "m", "d", "re", "ve", "ll"] {
        let sl = suf.len();
        if n > sl && b[n - sl..].eq_ignore_ascii_case(suf.as_bytes()) {
            if let Some(a) = apos_before(b, n - sl) {
                if a > 0 {
                    return Some(a);
                }
            }
        }
    }
    None
}

struct Scanner<'a, 'o> {
    text: &'a str,
    /// Start and end (exclusive) of the piece of a run being scanned.
    start: usize,
    end: usize,
    has_at: bool,
    /// Attempts to read an e-mail address starting before this offset fail.
    email_no_until: usize,
    out: &'o mut Vec<Token>,
}

impl Scanner<'_, '_> {
    fn push(&mut self, s: usize, e: usize) {
        debug_assert!(s < e && e <= self.end);
        let space_after = e < self.text.len() && is_sep(decode(self.text, e).0);
        self.out.push(Token {
            form: self.text[s..e].to_string(),
            span: Span::new(s, e),
            space_after,
        });
    }

    #[inline]
    fn at(&self, i: usize) -> Option<char> {
        if i < self.end {
            Some(decode(self.text, i).0)
        } else {
            None
        }
    }

    /// Whether the char before `i` (inside this piece) is a word char.
    fn prev_is_word(&self, i: usize) -> bool {
        i > self.start && self.text[..i].chars().next_back().is_some_and(is_word)
    }

    /// End of the run of `c` starting at `i`.
    fn same_run(&self, i: usize, c: char) -> usize {
        let l = c.len_utf8();
        let mut j = i + l;
        while self.at(j) == Some(c) {
            j += l;
        }
        j
    }

    fn run(&mut self) {
        let mut i = self.start;
        while i < self.end {
            let (c, l) = decode(self.text, i);
            if is_word(c) {
                i = self.word(i);
                continue;
            }
            let next = self.at(i + l);
            if matches!(c, ':' | ';' | '<' | '^') {
                let rest = &self.text[i..self.end];
                if let Some(e) = EMOTICONS.iter().find(|e| {
                    rest.starts_with(**e)
                        && rest[e.len()..]
                            .chars()
                            .next()
                            .is_none_or(|n| is_sep(n) || !is_word(n))
                }) {
                    self.push(i, i + e.len());
                    i += e.len();
                    continue;
                }
            }
            let next_digit = next.is_some_and(|n| n.is_ascii_digit());
            let e = match c {
                '-' | '+' | '\u{2212}' | '.' if next_digit && !self.prev_is_word(i) => {
                    let prev_dot = i > self.start && self.text.as_bytes()[i - 1] == b'.';
                    if c == '.' && prev_dot {
                        self.same_run(i, c)
                    } else {
                        let e = self.scan_word(i + l);
                        self.push(i, e);
                        i = e;
                        continue;
                    }
                }
                '.' | '!' | '?' | '\u{2026}' | '-' | '*' | '=' | '~' | '_' => self.same_run(i, c),
                '\'' | '\u{2019}' | '`' => {
                    if c != '`' {
                        if let Some(e) = self.year_abbrev(i + l) {
                            self.push(i, e);
                            i = e;
                            continue;
                        }
                    }
                    if (c == '\'' || c == '`') && next == Some(c) {
                        i + 2
                    } else {
                        i + l
                    }
                }
                '@' | '#' => {
                    let mut j = i + 1;
                    let mut letter = false;
                    while let Some(n) = self.at(j) {
                        if is_word(n) || n == '_' {
                            letter |= n.is_alphabetic();
                            j += n.len_utf8();
                        } else {
                            break;
                        }
                    }
                    if j > i + 1 && (c == '@' || letter) {
                        j
                    } else if c == '#' {
                        self.same_run(i, c)
                    } else {
                        i + 1
                    }
                }
                _ => {
                    // one symbol, with any combining marks / modifiers after it
                    let mut j = i + l;
                    while let Some(n) = self.at(j) {
                        if is_extend(n) {
                            j += n.len_utf8();
                        } else {
                            break;
                        }
                    }
                    j
                }
            };
            self.push(i, e);
            i = e;
        }
    }

    /// `'90s`, `'08`: end of the year if one starts at `i` (after the quote).
    fn year_abbrev(&self, i: usize) -> Option<usize> {
        let b = &self.text.as_bytes()[..self.end];
        if i + 2 > b.len() || !b[i].is_ascii_digit() || !b[i + 1].is_ascii_digit() {
            return None;
        }
        let mut e = i + 2;
        if e < b.len() && b[e] == b's' {
            e += 1;
        }
        match self.at(e) {
            Some(n) if is_word(n) => None,
            _ => Some(e),
        }
    }

    /// Scan a word starting at `i` (a word char) and emit its token(s).
    fn word(&mut self, i: usize) -> usize {
        if let Some(e) = self.url(i) {
            self.push(i, e);
            return e;
        }
        if self.has_at && i >= self.email_no_until {
            if let Some(e) = self.email(i) {
                self.push(i, e);
                return e;
            }
        }
        let j = self.scan_word(i);
        if self.text.as_bytes().get(j) == Some(&b'.')
            && j < self.end
            && self.at(j + 1) != Some('.')
            && word_abbrev_kind(&self.text[i..j]).is_some()
        {
            let e = j + 1;
            // `U.S.-backed`: abbreviation, hyphen, word is one token
            if self.at(e) == Some('-') && self.at(e + 1).is_some_and(is_word) {
                let e2 = self.scan_word(e + 1);
                self.emit_word(i, e2);
                return e2;
            }
            self.push(i, e);
            return e;
        }
        self.emit_word(i, j);
        j
    }

    /// Emit the word `[s, e)`, splitting clitics off.
    fn emit_word(&mut self, s: usize, e: usize) {
        let w = &self.text[s..e];
        if let Some(cut) = special_split(w) {
            self.push(s, s + cut);
            self.push(s + cut, e);
            return;
        }
        let mut cuts = [e; 3];
        let mut n = 0;
        let mut end = e;
        while n < 2 {
            match clitic_start(&self.text[s..end]) {
                Some(off) => {
                    end = s + off;
                    n += 1;
                    cuts[n] = end;
                }
                None => break,
            }
        }
        self.push(s, end);
        for k in (1..=n).rev() {
            self.push(cuts[k], cuts[k - 1]);
        }
    }

    /// Whether the word part at `k` is a participle that makes a place's
    /// adjective ("quake-hit", "war-torn"): such a compound is one word, so
    /// that "sent aid to quake-hit Morocco" does not read "hit" as a verb.
    fn damage_suffix_at(&self, k: usize) -> bool {
        let rest = &self.text[k..self.end];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        let part = &rest[..len];
        DAMAGE_SUFFIXES.iter().any(|x| x.eq_ignore_ascii_case(part))
    }

    /// Whether the hyphen at `j` joins a spelled number ("twenty-two"):
    /// `seg_start..j` is before it, the word after it starts at `k`.
    fn spelled_number_at(&self, seg_start: usize, j: usize, k: usize) -> bool {
        let rest = &self.text[k..self.end];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        TENS.iter()
            .any(|x| x.eq_ignore_ascii_case(&self.text[seg_start..j]))
            && UNITS.iter().any(|x| x.eq_ignore_ascii_case(&rest[..len]))
    }

    /// End of the word body starting at `i` (see module docs for joiners).
    fn scan_word(&self, i: usize) -> usize {
        let text = self.text;
        let mut j = i;
        let mut seg_start = i;
        loop {
            let mut last = '\0';
            while j < self.end {
                let (c, l) = decode(text, j);
                if is_word(c) {
                    last = c;
                    j += l;
                } else {
                    break;
                }
            }
            if j >= self.end {
                return j;
            }
            let (c, l) = decode(text, j);
            let k = j + l;
            let n = match self.at(k) {
                Some(n) if is_word(n) => n,
                _ => return j,
            };
            let join = match c {
                '_' => true,
                // UD English splits hyphenated compounds ("well - known"),
                // but not numbers ("2017-11-20"), single letters ("e-mail",
                // "x-ray") or common prefixes ("co-operation", "pro-Russian").
                '-' | '\u{2011}' => {
                    (last.is_ascii_digit() && n.is_ascii_digit())
                        || self.text[seg_start..j].chars().count() == 1
                        || is_hyphen_prefix(&self.text[seg_start..j])
                        || self.damage_suffix_at(k)
                        || self.spelled_number_at(seg_start, j, k)
                }
                '\'' | '\u{2019}' | '\u{02BC}' => n.is_alphabetic(),
                '.' => {
                    (last.is_ascii_digit() && n.is_ascii_digit())
                        || self.dotted_join(seg_start, j, k)
                        || self.domain_join(seg_start, j, k)
                }
                ',' => {
                    let b = text.as_bytes();
                    last.is_ascii_digit()
                        && k + 3 <= self.end
                        && b[k..k + 3].iter().all(u8::is_ascii_digit)
                        && (k + 3 == self.end || !b[k + 3].is_ascii_digit())
                }
                ':' | '/' => last.is_ascii_digit() && n.is_ascii_digit(),
                '&' => last.is_uppercase() && n.is_uppercase(),
                _ => false,
            };
            if !join {
                return j;
            }
            j = k;
            seg_start = k;
        }
    }

    /// Number of letters starting at `k` (up to `max + 1`) and the offset
    /// after them.
    fn letters(&self, mut k: usize, max: usize) -> (usize, usize) {
        let mut n = 0;
        while n <= max {
            match self.at(k) {
                Some(c) if c.is_alphabetic() => {
                    n += 1;
                    k += c.len_utf8();
                }
                _ => break,
            }
        }
        (n, k)
    }

    /// `.` at `j` inside a dotted abbreviation: `[seg, j)` and the part after
    /// the period are 1-2 letters.
    fn dotted_join(&self, seg: usize, j: usize, k: usize) -> bool {
        let (n, e) = self.letters(seg, 2);
        if e != j || !(1..=2).contains(&n) {
            return false;
        }
        let (m, e2) = self.letters(k, 2);
        (1..=2).contains(&m) && !self.at(e2).is_some_and(is_word)
    }

    /// `.` at `j` before a common top-level domain (`Amazon.com`).
    fn domain_join(&self, seg: usize, j: usize, k: usize) -> bool {
        if j - seg < 2 {
            return false;
        }
        let b = self.text.as_bytes();
        let mut e = k;
        while e < self.end && e - k <= 4 && b[e].is_ascii_lowercase() {
            e += 1;
        }
        is_tld(&self.text[k..e]) && !self.at(e).is_some_and(is_word)
    }

    /// End of a URL starting at `i`, if there is one.
    fn url(&self, i: usize) -> Option<usize> {
        let b = &self.text.as_bytes()[i..self.end];
        let starts = |p: &str| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
        let plen = ["https://", "http://", "ftp://", "www."]
            .iter()
            .find(|p| starts(p))?
            .len();
        let min = i + plen;
        let url = &self.text[i..self.end];
        let mut paren = url.bytes().filter(|&c| c == b'(').count() as isize
            - url.bytes().filter(|&c| c == b')').count() as isize;
        let mut bracket = url.bytes().filter(|&c| c == b'[').count() as isize
            - url.bytes().filter(|&c| c == b']').count() as isize;
        let mut e = self.end;
        while e > min {
            let c = self.text[..e].chars().next_back()?;
            let strip = match c {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '>' | '\u{201C}' | '\u{201D}'
                | '\u{2018}' | '\u{2019}' | '\u{00AB}' | '\u{00BB}' | '\u{2026}' => true,
                ')' if paren < 0 => {
                    paren += 1;
                    true
                }
                ']' if bracket < 0 => {
                    bracket += 1;
                    true
                }
                _ => false,
            };
            if !strip {
                break;
            }
            e -= c.len_utf8();
        }
        (e > min).then_some(e)
    }

    /// End of an e-mail address starting at `i`, if there is one.
    fn email(&mut self, i: usize) -> Option<usize> {
        let b = &self.text.as_bytes()[..self.end];
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b"._%+-'".contains(&b[j])) {
            j += 1;
        }
        let fail = |s: &mut Self| {
            s.email_no_until = j.max(i + 1);
            None
        };
        if j == i || j >= b.len() || b[j] != b'@' || b[j - 1] == b'.' {
            return fail(self);
        }
        let d0 = j + 1;
        let mut k = d0;
        while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'.' || b[k] == b'-') {
            k += 1;
        }
        while k > d0 && (b[k - 1] == b'.' || b[k - 1] == b'-') {
            k -= 1;
        }
        let dom = &b[d0..k];
        let ok = !dom.is_empty()
            && dom[0].is_ascii_alphanumeric()
            && dom.contains(&b'.')
            && !dom.windows(2).any(|w| w == b"..")
            && dom
                .rsplit(|&c| c == b'.')
                .next()
                .is_some_and(|t| t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic));
        if !ok {
            return fail(self);
        }
        Some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<&str> {
        tokenize(text)
            .into_iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect()
    }

    #[test]
    fn basics() {
        assert_eq!(forms("Hello, world."), ["Hello", ",", "world", "."]);
        assert_eq!(
            forms("don't can't won't"),
            ["do", "n't", "ca", "n't", "wo", "n't"]
        );
        assert_eq!(forms("the U.S. The"), ["the", "U.S.", "The"]);
        assert_eq!(forms("shouldn't've"), ["should", "n't", "'ve"]);
        assert_eq!(forms("-3.5 (-4)"), ["-3.5", "(", "-4", ")"]);
        assert_eq!(forms("x@y.com."), ["x@y.com", "."]);
    }

    #[test]
    fn abbreviation_case_variants() {
        assert_eq!(abbrev_kind("NOV"), Some(AbbrevKind::Month));
        assert_eq!(abbrev_kind("Etc"), Some(AbbrevKind::CanEnd));
        assert_eq!(abbrev_kind("May"), None);
        assert_eq!(glued_abbrev_kind("U.S."), Some(AbbrevKind::CanEnd));
        assert_eq!(glued_abbrev_kind("e.g."), Some(AbbrevKind::Never));
        assert_eq!(glued_abbrev_kind("..."), None);
    }
}
