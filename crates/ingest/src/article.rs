//! The records ingest hands on: [`Article`] (one per document kept, JSON
//! lines) and [`Reject`] (one per document that could not be read).

use serde::{Deserialize, Serialize};

/// Where an event's story was filed from: the dateline at the head of a
/// wire story, e.g. `BAKU, Nov. 20 (Xinhua) --`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place as written, e.g. `BAKU`.
    pub place: Option<String>,
    /// `YYYY-MM-DD`; the year comes from the publication date.
    pub date: Option<String>,
    /// The agency named in the dateline, e.g. `Xinhua`.
    pub agency: Option<String>,
}

/// The input a record came from and its position in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputRef {
    /// The input's name as given (a path, `-` for standard input), with the
    /// file inside a directory appended for directory inputs.
    pub name: String,
    /// Position inside the input: `line N` (JSON lines), `record N` (WARC,
    /// PETRARCH XML; 1-based), `byte N`; absent for a whole-file document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
}

/// One paragraph's byte range in the original document (after decoding to
/// UTF-8; for UTF-8 input that is the input's own bytes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSpan {
    pub start: usize,
    pub end: usize,
}

/// A clean, dated article: what ingest hands to the text engine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the input's own id when it gives one, else `h` + a hash
    /// of the content hash, the input name and the position (so exact
    /// copies from different inputs keep distinct ids).
    pub id: String,
    pub url: Option<String>,
    /// The publisher or agency, e.g. `Xinhua`.
    pub source: Option<String>,
    pub title: Option<String>,
    /// RFC 3339 with an offset.
    pub published: Option<String>,
    pub dateline: Dateline,
    /// ISO 639-1 code where one exists (`en`, `ru`, `zh`, ...), else ISO
    /// 639-3; `und` when no language could be identified.
    pub language: String,
    /// Body paragraphs, title excluded, in order.
    pub paragraphs: Vec<String>,
    /// The paragraphs joined with blank lines (`\n\n`).
    pub text: String,
    /// Hex FNV-1a 64 of the normalised text (lower case, letters and digits,
    /// single spaces).
    pub content_hash: String,
    /// Id of the near-duplicate cluster: the id of its first article.
    pub cluster: String,
    pub input: InputRef,
    /// Byte range in the original document of each paragraph (same order as
    /// `paragraphs`).
    pub source_spans: Vec<SourceSpan>,
}

impl Article {
    /// The outlet that published the article: its source name, else its
    /// URL's host without `www.` (GDELT's MentionSourceName).
    pub fn outlet(&self) -> Option<String> {
        if let Some(s) = self.source.as_deref().filter(|s| !s.trim().is_empty()) {
            return Some(s.trim().to_string());
        }
        let url = self.url.as_deref()?;
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
        let host = host.split(':').next()?.to_ascii_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host);
        (!host.is_empty()).then(|| host.to_string())
    }

    /// True when this article's cluster was started by an earlier article.
    pub fn is_duplicate(&self) -> bool {
        self.cluster != self.id
    }

    /// True when the article is labelled English, or its language could
    /// not be told (`und`: too short or mixed): dyad codes English, and a
    /// short English story must not be lost to an unsure guess.
    pub fn is_english(&self) -> bool {
        matches!(self.language.as_str(), "en" | "und")
    }
}

/// A document that could not be read: the batch goes on without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    pub input: String,
    /// 1-based line (JSON lines, PETRARCH XML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 1-based record number (WARC, JSON lines, PETRARCH XML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
    /// Byte offset in the (decompressed) input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte: Option<u64>,
    pub reason: String,
}

impl Reject {
    /// A reject for a whole input.
    pub fn whole(input: &str, reason: impl Into<String>) -> Reject {
        Reject {
            input: input.to_string(),
            line: None,
            record: None,
            byte: None,
            reason: reason.into(),
        }
    }
}
