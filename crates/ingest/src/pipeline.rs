//! The library entry point: [`Ingester`] reads inputs, decodes, extracts,
//! cleans, labels the language, clusters near-duplicates and streams each
//! [`Article`] or [`Reject`] to a callback as soon as it is ready.

use crate::article::{Article, Dateline, InputRef, Reject};
use crate::clean::normalise;
use crate::clean::{self, Hints, Line};
use crate::date;
use crate::decode;
use crate::dedup::{content_hash_of_normalised, Deduper};
use crate::extract::{Extractor, Heuristic};
use crate::read::{self, Content, InputFormat, Item, RawDoc};

/// What the ingester hands on.
pub enum Output {
    Article(Box<Article>),
    Reject(Reject),
}

/// Counts for the end-of-run summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Documents read (kept + rejected after reading).
    pub read: u64,
    pub kept: u64,
    /// Kept articles that joined an earlier article's cluster.
    pub duplicates: u64,
    /// Kept articles not labelled English.
    pub non_english: u64,
    pub rejected: u64,
    /// Input bytes of the documents read.
    pub bytes: u64,
}

/// Reads, cleans and clusters a batch.
pub struct Ingester {
    extractor: Box<dyn Extractor>,
    dedup: Deduper,
    pub format: InputFormat,
    /// Field names of JSON-lines inputs.
    pub json_fields: read::JsonFields,
    pub summary: Summary,
}

impl Default for Ingester {
    fn default() -> Self {
        Ingester::new(Box::new(Heuristic), InputFormat::Auto)
    }
}

impl Ingester {
    pub fn new(extractor: Box<dyn Extractor>, format: InputFormat) -> Ingester {
        Ingester {
            extractor,
            dedup: Deduper::new(),
            format,
            json_fields: read::JsonFields::default(),
            summary: Summary::default(),
        }
    }

    /// Ingests one input (file, directory or `-`).
    pub fn ingest_input(&mut self, name: &str, sink: &mut dyn FnMut(Output)) {
        let opts = self.read_options();
        read::read_input(name, &opts, &mut |item| self.handle(item, sink));
    }

    /// Ingests an input already in memory.
    pub fn ingest_bytes(&mut self, name: &str, bytes: Vec<u8>, sink: &mut dyn FnMut(Output)) {
        let opts = self.read_options();
        read::read_bytes(name, bytes, &opts, &mut |item| self.handle(item, sink));
    }

    /// Reads JSON-lines documents from a stream as they come, in constant
    /// memory (what `dyad code -` does in a pipe).
    pub fn ingest_stream(
        &mut self,
        name: &str,
        input: impl std::io::BufRead,
        sink: &mut dyn FnMut(Output),
    ) {
        let fields = self.json_fields.clone();
        read::read_jsonl_stream(name, input, &fields, &mut |item| self.handle(item, sink));
    }

    /// Near-duplicates are looked for among the last `window` articles (at
    /// least half of them): the memory bound of a long stream.
    pub fn set_dedup_window(&mut self, window: usize) {
        self.dedup = Deduper::with_window(window);
    }

    fn read_options(&self) -> read::ReadOptions {
        read::ReadOptions {
            format: self.format,
            json_fields: self.json_fields.clone(),
        }
    }

    fn handle(&mut self, item: Item, sink: &mut dyn FnMut(Output)) {
        match item {
            Item::Reject(r) => {
                self.summary.rejected += 1;
                self.summary.read += 1;
                sink(Output::Reject(r));
            }
            Item::Doc(doc) => {
                self.summary.read += 1;
                self.summary.bytes += doc.bytes.len() as u64;
                match self.process(doc) {
                    Ok(a) => {
                        self.summary.kept += 1;
                        if a.is_duplicate() {
                            self.summary.duplicates += 1;
                        }
                        if !a.is_english() {
                            self.summary.non_english += 1;
                        }
                        sink(Output::Article(Box::new(a)));
                    }
                    Err(r) => {
                        self.summary.rejected += 1;
                        sink(Output::Reject(r));
                    }
                }
            }
        }
    }

    /// One raw document to an article (cluster assigned).
    pub fn process(&mut self, doc: RawDoc) -> Result<Article, Reject> {
        let (mut art, norm) = article_and_normalised(&*self.extractor, doc)?;
        art.cluster = self
            .dedup
            .assign_normalised(&art.id, &art.content_hash, &norm);
        Ok(art)
    }
}

/// Decodes, extracts and cleans one document; the cluster is left empty.
pub fn article_from_raw(extractor: &dyn Extractor, doc: RawDoc) -> Result<Article, Reject> {
    article_and_normalised(extractor, doc).map(|(art, _)| art)
}

/// [`article_from_raw`], and the article's text [`normalise`]d for the
/// near-duplicate clusterer: the content hash is made from it too.
fn article_and_normalised(
    extractor: &dyn Extractor,
    doc: RawDoc,
) -> Result<(Article, String), Reject> {
    let position_reject = |input: &InputRef, reason: &str| {
        let (mut line, mut record) = (None, None);
        if let Some(p) = &input.position {
            if let Some(n) = p.strip_prefix("line ") {
                line = n.parse().ok();
            } else if let Some(n) = p.strip_prefix("record ") {
                record = n.parse().ok();
            }
        }
        Reject {
            input: input.name.clone(),
            line,
            record,
            byte: None,
            reason: reason.to_string(),
        }
    };
    if decode::looks_binary(&doc.bytes) {
        return Err(position_reject(&doc.input, "binary data, not text or HTML"));
    }
    let is_html = doc.content == Content::Html;
    let (text, _, _) = decode::decode(&doc.bytes, doc.charset.as_deref(), is_html);
    let mut hints = Hints {
        title: doc.title.clone(),
        published: doc.published.as_deref().and_then(date::parse_datetime),
        source: doc.source.clone(),
        title_from_first_line: !is_html && doc.title.is_none(),
    };
    let mut url = doc.url.clone();
    let lines: Vec<Line> = if is_html {
        let ex = extractor.extract(&text);
        hints.title = hints.title.or(ex.title);
        if hints.published.is_none() {
            hints.published = ex.published.as_deref().and_then(date::parse_datetime);
        }
        hints.source = hints.source.or(ex.site);
        url = url.or(ex.url);
        ex.blocks
            .into_iter()
            .map(|b| Line {
                text: b.text,
                start: b.start,
                end: b.end,
                breaks: true,
            })
            .collect()
    } else {
        clean::text_lines(&text)
    };
    let c = clean::clean(&lines, &hints);
    if c.paragraphs.is_empty() {
        return Err(position_reject(&doc.input, "no article text found"));
    }
    let paragraphs: Vec<String> = c.paragraphs.iter().map(|(p, _)| p.clone()).collect();
    let source_spans = c.paragraphs.iter().map(|(_, s)| *s).collect();
    let body = paragraphs.join("\n\n");
    let norm = normalise(&body);
    let content_hash = content_hash_of_normalised(&norm);
    let offset = clean::default_offset(c.source.as_deref());
    let language = decode::language(&body);
    let art = Article {
        // A blank id (`id=""`) is no id: the article gets a hash like any other.
        id: doc
            .id
            .clone()
            .filter(|id| !id.trim().is_empty())
            .unwrap_or_else(|| {
                let key = format!(
                    "{content_hash}\u{0}{}\u{0}{}",
                    doc.input.name,
                    doc.input.position.as_deref().unwrap_or("")
                );
                format!("h{:016x}", crate::dedup::fnv64(key.as_bytes()))
            }),
        url,
        source: c.source,
        title: c.title,
        published: c.published.map(|d| d.to_rfc3339(offset)),
        dateline: Dateline { ..c.dateline },
        language,
        paragraphs,
        text: body,
        content_hash,
        cluster: String::new(),
        input: doc.input,
        source_spans,
    };
    Ok((art, norm))
}
