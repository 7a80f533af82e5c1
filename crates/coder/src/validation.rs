//! PETRARCH validation records (`PETR.UnitTest.records.xml`): the
//! `<Sentence>` records with the `<EventCoding>` each expects, and the
//! `<Config>` switches between them, read in file order; and the check of
//! one record's coding against its expectation.
//!
//! Reading never fails: a record that cannot be read becomes a
//! [`Step::Unreadable`] with its line, so a report can count it.

use crate::tabari::CodedTriple;
use serde::Serialize;

/// What a record expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// These events (source, target, code), in any order.
    Events(Vec<(String, String, String)>),
    /// No event at all.
    NoEvents,
    /// An error of this kind (`sentencediscard`, `storydiscard`,
    /// `dateline`, `bad_input_parse`): nothing is coded.
    Error(String),
}

/// One validation record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    /// `id`.
    pub id: String,
    /// `date` as written (`YYYYMMDD`).
    pub date: String,
    /// `category`.
    pub category: String,
    /// The sentence text, whitespace collapsed.
    pub text: String,
    /// What it expects.
    pub expected: Expected,
    /// The line of its `<Sentence>` tag.
    pub line: usize,
}

/// One step of a validation file, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Step {
    /// `<Config option=... value=...>`: applies to the records after it.
    Config {
        /// The option.
        option: String,
        /// Its value.
        value: String,
    },
    /// A record.
    Record(Record),
    /// A `<Sentence>` that could not be read: line and reason.
    Unreadable(usize, String),
}

/// The value of `name="..."` in a tag (spaces around `=` allowed).
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0 || tag.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=').filter(|_| before_ok) else {
            continue;
        };
        let rest = rest.trim_start();
        let q = rest.chars().next()?;
        if q == '"' || q == '\'' {
            let end = rest[1..].find(q)?;
            return Some(rest[1..1 + end].to_string());
        }
    }
    None
}

/// Removes `<!-- ... -->` comments, keeping line breaks (for line numbers).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        match rest[p..].find("-->") {
            Some(q) => {
                out.extend(rest[p..p + q].chars().filter(|&c| c == '\n'));
                rest = &rest[p + q + 3..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Reads a validation file's `<Config>` and `<Sentence>` elements in order
/// (those inside `<Environment>` included).
pub fn read(text: &str) -> Vec<Step> {
    let text = strip_comments(text);
    let mut steps = Vec::new();
    let mut pos = 0;
    loop {
        let next_config = text[pos..].find("<Config").map(|i| pos + i);
        let next_sentence = text[pos..].find("<Sentence ").map(|i| pos + i);
        let at = match (next_config, next_sentence) {
            (Some(c), Some(s)) => c.min(s),
            (Some(c), None) => c,
            (None, Some(s)) => s,
            (None, None) => break,
        };
        let line = text[..at].matches('\n').count() + 1;
        let Some(tag_end) = text[at..].find('>').map(|e| at + e) else {
            steps.push(Step::Unreadable(line, "unterminated tag".into()));
            break;
        };
        let tag = &text[at..tag_end];
        if Some(at) == next_config {
            pos = tag_end + 1;
            match (attr(tag, "option"), attr(tag, "value")) {
                (Some(option), Some(value)) => steps.push(Step::Config { option, value }),
                _ => steps.push(Step::Unreadable(
                    line,
                    "<Config> without option or value".into(),
                )),
            }
            continue;
        }
        let Some(close) = text[tag_end..].find("</Sentence>").map(|e| tag_end + e) else {
            steps.push(Step::Unreadable(line, "no </Sentence>".into()));
            break;
        };
        pos = close + "</Sentence>".len();
        let inner = &text[tag_end + 1..close];
        steps.push(match record(tag, inner, line) {
            Ok(r) => Step::Record(r),
            Err(e) => Step::Unreadable(line, e),
        });
    }
    steps
}

fn record(tag: &str, inner: &str, line: usize) -> Result<Record, String> {
    let id = attr(tag, "id").ok_or("no id")?;
    let date = attr(tag, "date").ok_or("no date")?;
    let category = attr(tag, "category").unwrap_or_default();
    let ts = inner.find("<Text>").ok_or("no <Text>")?;
    let te = inner[ts..]
        .find("</Text>")
        .map(|e| ts + e)
        .ok_or("no </Text>")?;
    let text = unescape(&inner[ts + 6..te])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut events = Vec::new();
    let mut expected = None;
    let mut rest = inner;
    while let Some(p) = rest.find("<EventCoding") {
        let end = rest[p..]
            .find('>')
            .map(|e| p + e)
            .ok_or("unterminated <EventCoding>")?;
        let t = &rest[p..end];
        rest = &rest[end..];
        if attr(t, "noevents").is_some() {
            expected = Some(Expected::NoEvents);
        } else if let Some(e) = attr(t, "error") {
            expected = Some(Expected::Error(e));
        } else {
            let get = |n: &str| attr(t, n).ok_or(format!("<EventCoding> without {n}"));
            events.push((get("sourcecode")?, get("targetcode")?, get("eventcode")?));
        }
    }
    let expected = match expected {
        Some(e) => e,
        // PETRARCH reads a record without any coding as expecting none.
        None if events.is_empty() => Expected::NoEvents,
        None => Expected::Events(events),
    };
    Ok(Record {
        id,
        date,
        category,
        text,
        expected,
        line,
    })
}

/// Whether a record's coding is exactly what it expects: the same set of
/// events; for `noevents` and error records, no event (and for a discard
/// error, the discard of that kind).
pub fn passes(expected: &Expected, coded: &[CodedTriple], discard: Option<&str>) -> bool {
    match expected {
        Expected::Events(want) => {
            let mut got: Vec<(&str, &str, &str)> = coded
                .iter()
                .map(|t| (t.source.as_str(), t.target.as_str(), t.code.as_str()))
                .collect();
            got.sort_unstable();
            got.dedup();
            let mut want: Vec<(&str, &str, &str)> = want
                .iter()
                .map(|(s, t, c)| (s.as_str(), t.as_str(), c.as_str()))
                .collect();
            want.sort_unstable();
            want.dedup();
            discard.is_none() && got == want
        }
        Expected::NoEvents => coded.is_empty(),
        Expected::Error(kind) => match kind.as_str() {
            "sentencediscard" | "storydiscard" => discard == Some(kind.as_str()),
            _ => coded.is_empty(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<Validation>
<!-- a comment with <Sentence id="X"> inside -->
<Config option="require_dyad" value="false"></Config>
<Sentence date="20010203" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
<EventCoding sourcecode = "BBB" targetcode="AAA" eventcode="043"></EventCoding>
<Text>
Alpha visited
  Beta &amp; friends.
</Text>
</Sentence>
<Sentence date="20010203" id="T-02" category="ERROR">
<EventCoding error="sentencediscard"></EventCoding>
<Text>x</Text>
</Sentence>
<Sentence date="20010203" id="T-03" category="DEMO">
<EventCoding noevents = "True"></EventCoding>
<Text>y</Text>
</Sentence>
<Sentence date="20010203" category="DEMO">
<Text>no id</Text>
</Sentence>
</Validation>"#;

    fn triple(s: &str, t: &str, c: &str) -> CodedTriple {
        CodedTriple {
            source: s.into(),
            target: t.into(),
            code: c.into(),
            rule: String::new(),
        }
    }

    #[test]
    fn reads_configs_records_and_errors_in_order() {
        let steps = read(SAMPLE);
        assert_eq!(steps.len(), 5, "{steps:?}");
        assert_eq!(
            steps[0],
            Step::Config {
                option: "require_dyad".into(),
                value: "false".into()
            }
        );
        let Step::Record(r) = &steps[1] else {
            panic!("{:?}", steps[1])
        };
        assert_eq!(r.id, "T-01");
        assert_eq!(r.text, "Alpha visited Beta & friends.");
        assert_eq!(
            r.expected,
            Expected::Events(vec![
                ("AAA".into(), "BBB".into(), "042".into()),
                ("BBB".into(), "AAA".into(), "043".into())
            ])
        );
        assert_eq!(r.line, 4);
        assert!(
            matches!(&steps[2], Step::Record(r) if r.expected == Expected::Error("sentencediscard".into()))
        );
        assert!(matches!(&steps[3], Step::Record(r) if r.expected == Expected::NoEvents));
        assert!(matches!(&steps[4], Step::Unreadable(_, m) if m == "no id"));
    }

    #[test]
    fn a_record_passes_only_on_the_exact_set() {
        let want = Expected::Events(vec![
            ("AAA".into(), "BBB".into(), "042".into()),
            ("BBB".into(), "AAA".into(), "043".into()),
        ]);
        let both = [triple("BBB", "AAA", "043"), triple("AAA", "BBB", "042")];
        assert!(passes(&want, &both, None));
        assert!(!passes(&want, &both[..1], None));
        let extra = [
            triple("AAA", "BBB", "042"),
            triple("BBB", "AAA", "043"),
            triple("AAA", "CCC", "042"),
        ];
        assert!(!passes(&want, &extra, None));
        assert!(passes(&Expected::NoEvents, &[], None));
        assert!(!passes(&Expected::NoEvents, &both, None));
        let d = Expected::Error("sentencediscard".into());
        assert!(passes(&d, &[], Some("sentencediscard")));
        assert!(!passes(&d, &[], None));
        assert!(!passes(&d, &[], Some("storydiscard")));
    }

    #[test]
    fn garbage_reads_to_nothing_or_unreadable_steps() {
        assert!(read("").is_empty());
        assert!(read("<Sentence id=")
            .iter()
            .all(|s| matches!(s, Step::Unreadable(..))));
        let _ = read("<Sentence \u{0}<EventCoding>>></Sentence><Config");
    }
}
