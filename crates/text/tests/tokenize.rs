//! Tokenizer and sentence splitter tests.
//!
//! Data-driven part: every `tests/fixtures/{tokenize,segment}/NAME.txt` is
//! run through [`segment`] and compared with `NAME.expected` next to it: one
//! token per line as `start<TAB>end<TAB>form` (byte offsets), a blank line
//! between sentences. Run with `UPDATE_EXPECT=1` to (re)write the expected
//! files, then review the diff by eye: the expected files are the spec.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dyad_text::segment::{segment, split_sentences};
use dyad_text::tokenize::{tokenize, MAX_RUN_BYTES};

fn render(text: &str) -> String {
    let mut out = String::new();
    for (k, sent) in segment(text).iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        for t in sent {
            writeln!(out, "{}\t{}\t{}", t.span.start, t.span.end, t.form).unwrap();
        }
    }
    out
}

fn fixture_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for dir in ["tokenize", "segment"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in rd {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn fixtures() {
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let files = fixture_files();
    assert!(!files.is_empty(), "no fixtures found");
    let mut failed = Vec::new();
    for txt in &files {
        let text = std::fs::read_to_string(txt).unwrap();
        check_invariants(&text);
        let got = render(&text);
        let exp_path = txt.with_extension("expected");
        if update {
            std::fs::write(&exp_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&exp_path).unwrap_or_default();
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
            let g: Vec<_> = got.lines().skip(line).take(4).collect();
            let w: Vec<_> = want.lines().skip(line).take(4).collect();
            failed.push(format!(
                "{}: first difference at line {}\n  got:  {:?}\n  want: {:?}",
                exp_path.display(),
                line + 1,
                g,
                w
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} fixture(s) differ (UPDATE_EXPECT=1 to bless):\n{}",
        failed.len(),
        failed.join("\n")
    );
}

use dyad_text::tokenize::is_sep;

/// Invariants that hold for any input.
fn check_invariants(text: &str) {
    let toks = tokenize(text);
    let mut prev_end = 0;
    for t in &toks {
        assert!(t.span.start < t.span.end, "empty token {t:?}");
        assert!(t.span.start >= prev_end, "overlap at {t:?}");
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert_eq!(t.form, &text[t.span.start..t.span.end]);
        assert!(
            !t.form.chars().any(char::is_whitespace),
            "whitespace in {t:?}"
        );
        assert!(t.span.len() <= MAX_RUN_BYTES);
        let sa = text[t.span.end..].chars().next().is_some_and(is_sep);
        assert_eq!(t.space_after, sa, "space_after of {t:?}");
        prev_end = t.span.end;
    }
    // everything between tokens is separator
    let mut pos = 0;
    for t in &toks {
        assert!(text[pos..t.span.start].chars().all(is_sep));
        pos = t.span.end;
    }
    assert!(text[pos..].chars().all(is_sep));
    let ranges = split_sentences(text, &toks);
    let mut next = 0;
    for r in &ranges {
        assert_eq!(r.start, next);
        assert!(r.end > r.start);
        next = r.end;
    }
    assert_eq!(next, toks.len());
}

fn forms(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.form).collect()
}

#[test]
fn forms_match_spans_on_tricky_inputs() {
    let inputs = [
        "",
        "a",
        ".",
        "'",
        "’s",
        "n't",
        "don’t”",
        "U.S.-led",
        "...U.S.",
        "J.R.R.Tolkien",
        "e.g.,",
        "http://",
        "www.",
        "https://x.org/a_(b))).",
        "a@b@c.d.e@.",
        "@@##__--..!!??",
        "‘’“”«»`` ''",
        "ça-va? Zürich’s naïve café—bien…",
        "e\u{301}te\u{301} 👍🏽👨\u{200D}👩 \u{FE0F}x",
        "\u{200B}\u{FEFF}a\u{200B}b\u{00A0}c\u{2009}d\r\ne",
        "-3.5-4,000.12:30/5",
        "1,00 1,0000 ,123 12,",
        "'90s '9 '' 'tis",
        "#1 #tag #_ @ @x_y",
        "\u{0}\u{7}\u{1b}[0m\u{FFFD}\u{FFFD}",
        "a\u{2028}b\u{2029}c\u{85}d",
    ];
    for text in inputs {
        check_invariants(text);
    }
}

#[test]
fn spot_checks() {
    assert_eq!(
        forms("Bush's states' Ma'am"),
        ["Bush", "'s", "states", "'", "Ma'am"]
    );
    assert_eq!(forms("CAN'T Won’t"), ["CA", "N'T", "Wo", "n’t"]);
    assert_eq!(
        forms("cant wont dont Cannot"),
        ["cant", "wont", "do", "nt", "Can", "not"]
    );
    assert_eq!(forms("and/or 9/11"), ["and", "/", "or", "9/11"]);
    assert_eq!(forms("$5 50% 3rd"), ["$", "5", "50", "%", "3rd"]);
    assert_eq!(forms("AT&T Amazon.com's"), ["AT&T", "Amazon.com", "'s"]);
    // A place's participle adjective is one word; other compounds split.
    assert_eq!(
        forms("quake-hit Morocco, war-torn Sudan, Saudi-led hit-and-run"),
        [
            "quake-hit",
            "Morocco",
            ",",
            "war-torn",
            "Sudan",
            ",",
            "Saudi",
            "-",
            "led",
            "hit",
            "-",
            "and",
            "-",
            "run"
        ]
    );
}

#[test]
fn no_panic_on_junk() {
    // 1 MB without spaces
    let long = "ab.c-d'e,".repeat(1024 * 1024 / 9);
    check_invariants(&long);
    let long = "x".repeat(1 << 20);
    let toks = tokenize(&long);
    assert_eq!(toks.iter().map(|t| t.span.len()).sum::<usize>(), long.len());
    let multi = "é".repeat(600_000);
    check_invariants(&multi);
    // random bytes, decoded lossily (deterministic xorshift)
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut bytes = Vec::with_capacity(1 << 20);
    for _ in 0..(1 << 20) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push((x >> 24) as u8);
    }
    let junk = String::from_utf8_lossy(&bytes);
    check_invariants(&junk);
    // ASCII-heavy junk exercises the scanner more
    let ascii: String = bytes.iter().map(|&b| (b % 96 + 32) as char).collect();
    check_invariants(&ascii);
    let ascii_nl: String = bytes
        .iter()
        .take(200_000)
        .map(|&b| {
            if b % 17 == 0 {
                '\n'
            } else {
                (b % 96 + 32) as char
            }
        })
        .collect();
    check_invariants(&ascii_nl);
    assert!(segment("").is_empty());
    assert!(segment(" \t\r\n\u{00A0}\u{200B}\u{FEFF}\n").is_empty());
}

#[test]
fn large_text_runs() {
    let para = "WASHINGTON, Nov. 3 (Reuters) -- The U.S. Senate voted 52-48 on Tuesday \
                to approve a $1.2 trillion bill, officials said. \"It's a good day,\" \
                Sen. Ann Doe told reporters at 4:30 p.m. Some critics weren't convinced.\n\n";
    let text = para.repeat(200_000 / para.len() + 1);
    let sents = segment(&text);
    let per_para = segment(para).len();
    assert_eq!(per_para, 3);
    assert_eq!(sents.len(), per_para * (200_000 / para.len() + 1));
}
