//! Readers: plain text, HTML (files, `.gz`, directories walked recursively
//! in sorted order), WARC (`.warc`, `.warc.gz` response records), JSON
//! lines, PETRARCH XML, and `-` for standard input. Each yields raw
//! documents or [`Reject`]s with the input name and position; a bad
//! document never stops the batch.

use std::io::{BufRead, Read};
use std::path::Path;

use crate::article::{InputRef, Reject};
use crate::decode;

/// Documents larger than this are rejected.
pub const MAX_DOC_BYTES: usize = 50 * 1024 * 1024;
/// Inputs (a whole WARC or JSON-lines file) larger than this are rejected.
pub const MAX_INPUT_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Input formats, for `--input-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    #[default]
    Auto,
    Text,
    Html,
    Warc,
    Jsonl,
    PetrarchXml,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "auto" => InputFormat::Auto,
            "text" | "txt" => InputFormat::Text,
            "html" => InputFormat::Html,
            "warc" => InputFormat::Warc,
            "jsonl" | "json" => InputFormat::Jsonl,
            "petrarch-xml" | "xml" => InputFormat::PetrarchXml,
            _ => {
                return Err(format!(
                    "unknown input format {s:?} (auto, text, html, warc, jsonl, petrarch-xml)"
                ))
            }
        })
    }
}

/// Whether a raw document's content is HTML or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Text,
    Html,
}

/// A document as read, before decoding and cleaning.
#[derive(Debug, Clone)]
pub struct RawDoc {
    pub input: InputRef,
    pub bytes: Vec<u8>,
    pub content: Content,
    /// Charset declared outside the document (HTTP header).
    pub charset: Option<String>,
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
}

impl RawDoc {
    /// A document from `name` (at `position` inside it, if a container),
    /// with nothing known about it yet but its bytes and kind.
    pub fn new(name: &str, position: Option<String>, bytes: Vec<u8>, content: Content) -> RawDoc {
        RawDoc {
            input: InputRef {
                name: name.to_string(),
                position,
            },
            bytes,
            content,
            charset: None,
            id: None,
            url: None,
            title: None,
            published: None,
            source: None,
        }
    }
}

/// What a reader hands on.
pub enum Item {
    Doc(RawDoc),
    Reject(Reject),
}

/// The reason given for a document over [`MAX_DOC_BYTES`].
fn too_large(len: usize) -> String {
    format!("document of {len} bytes is larger than the {MAX_DOC_BYTES} byte limit")
}

fn reject(
    input: &str,
    line: Option<u64>,
    record: Option<u64>,
    byte: Option<u64>,
    reason: impl Into<String>,
) -> Item {
    Item::Reject(Reject {
        input: input.to_string(),
        line,
        record,
        byte,
        reason: reason.into(),
    })
}

/// How to read inputs: the format (or auto-detection) and the names of the
/// JSON-lines fields.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    pub format: InputFormat,
    pub json_fields: JsonFields,
}

/// The JSON-lines field that holds each part of a document, for feeds whose
/// names differ from dyad's (`--field text=body`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonFields {
    pub id: String,
    pub url: String,
    pub title: String,
    pub text: String,
    pub html: String,
    pub published: String,
    pub source: String,
}

impl Default for JsonFields {
    fn default() -> Self {
        JsonFields {
            id: "id".into(),
            url: "url".into(),
            title: "title".into(),
            text: "text".into(),
            html: "html".into(),
            published: "published".into(),
            source: "source".into(),
        }
    }
}

impl JsonFields {
    /// Apply one mapping `PART=NAME`, e.g. `text=body` or `published=date`.
    pub fn set(&mut self, mapping: &str) -> Result<(), String> {
        let (part, name) = mapping
            .split_once('=')
            .ok_or_else(|| format!("{mapping:?}: expected PART=FIELD, e.g. text=body"))?;
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(format!("{mapping:?}: empty field name"));
        }
        let slot = match part.trim() {
            "id" => &mut self.id,
            "url" => &mut self.url,
            "title" => &mut self.title,
            "text" => &mut self.text,
            "html" => &mut self.html,
            "published" => &mut self.published,
            "source" => &mut self.source,
            other => {
                return Err(format!(
                    "{other:?}: unknown part (id, url, title, text, html, published, source)"
                ))
            }
        };
        *slot = name;
        Ok(())
    }
}

/// Reads one input (a file, a directory, or `-`) and hands each document or
/// reject to `sink`.
pub fn read_input(name: &str, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    if name == "-" {
        let mut stdin = std::io::stdin().lock();
        // JSON lines are read as they come (constant memory, so that dyad
        // can sit in a pipe); anything else is read whole.
        let jsonl = match opts.format {
            InputFormat::Jsonl => true,
            InputFormat::Auto => stdin
                .fill_buf()
                .map(|b| b.trim_ascii_start().starts_with(b"{"))
                .unwrap_or(false),
            _ => false,
        };
        if jsonl {
            read_jsonl_stream(name, stdin, &opts.json_fields, sink);
            return;
        }
        let mut buf = Vec::new();
        if let Err(e) = stdin.take(MAX_INPUT_BYTES + 1).read_to_end(&mut buf) {
            sink(reject(
                name,
                None,
                None,
                None,
                format!("cannot read standard input: {e}"),
            ));
            return;
        }
        if buf.len() as u64 > MAX_INPUT_BYTES {
            sink(reject(
                name,
                None,
                None,
                None,
                format!("standard input is larger than the {MAX_INPUT_BYTES} byte limit"),
            ));
            return;
        }
        read_bytes(name, buf, opts, sink);
        return;
    }
    let path = Path::new(name);
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, &mut files, sink, 0);
        files.sort();
        for f in files {
            read_file(&f.display().to_string(), opts, sink);
        }
        return;
    }
    read_file(name, opts, sink);
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>, sink: &mut dyn FnMut(Item), depth: usize) {
    if depth > 64 {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            sink(reject(
                &dir.display().to_string(),
                None,
                None,
                None,
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            walk(&p, files, sink, depth + 1);
        } else if ft.is_file()
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            files.push(p);
        }
    }
}

fn read_file(name: &str, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    let format = opts.format;
    let meta = match std::fs::metadata(name) {
        Ok(m) => m,
        Err(e) => {
            sink(reject(name, None, None, None, format!("cannot open: {e}")));
            return;
        }
    };
    let lower = name.to_ascii_lowercase();
    let container = matches!(
        format,
        InputFormat::Warc | InputFormat::Jsonl | InputFormat::PetrarchXml
    ) || [
        ".warc",
        ".warc.gz",
        ".jsonl",
        ".jsonl.gz",
        ".ndjson",
        ".xml",
    ]
    .iter()
    .any(|e| lower.ends_with(e));
    let limit = if container {
        MAX_INPUT_BYTES
    } else {
        MAX_DOC_BYTES as u64
    };
    if meta.len() > limit {
        sink(reject(
            name,
            None,
            None,
            None,
            format!(
                "input of {} bytes is larger than the {} byte limit",
                meta.len(),
                limit
            ),
        ));
        return;
    }
    let bytes = match std::fs::read(name) {
        Ok(b) => b,
        Err(e) => {
            sink(reject(name, None, None, None, format!("cannot read: {e}")));
            return;
        }
    };
    read_bytes(name, bytes, opts, sink);
}

/// Reads a whole input already in memory (gzip is detected by its magic).
pub fn read_bytes(name: &str, bytes: Vec<u8>, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    let format = opts.format;
    let mut bytes = bytes;
    let mut truncated = false;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let dec = flate2::read::MultiGzDecoder::new(bytes.as_slice());
        let res = dec.take(MAX_INPUT_BYTES + 1).read_to_end(&mut out);
        if let Err(e) = res {
            sink(reject(
                name,
                None,
                None,
                Some(out.len() as u64),
                format!("truncated or corrupt gzip after {} bytes: {e}", out.len()),
            ));
            truncated = true;
        }
        bytes = out;
    }
    let format = if format == InputFormat::Auto {
        sniff(name, &bytes)
    } else {
        format
    };
    match format {
        InputFormat::Warc => read_warc(name, &bytes, sink),
        InputFormat::Jsonl => read_jsonl(name, &bytes, &opts.json_fields, sink),
        InputFormat::PetrarchXml => read_petrarch(name, &bytes, sink),
        InputFormat::Html | InputFormat::Text | InputFormat::Auto => {
            if truncated {
                return;
            }
            if bytes.len() > MAX_DOC_BYTES {
                sink(reject(name, None, None, None, too_large(bytes.len())));
            } else if decode::looks_binary(&bytes) {
                sink(reject(
                    name,
                    None,
                    None,
                    Some(0),
                    "binary data, not text or HTML",
                ));
            } else {
                let c = if format == InputFormat::Html {
                    Content::Html
                } else {
                    Content::Text
                };
                sink(Item::Doc(RawDoc::new(name, None, bytes, c)));
            }
        }
    }
}

fn looks_html(head: &[u8]) -> bool {
    let h = String::from_utf8_lossy(&head[..head.len().min(2048)]).to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta ",
        "<div",
        "<p>",
        "<article",
    ]
    .iter()
    .any(|t| h.contains(t))
}

/// Guesses the format from the name and the first bytes.
pub fn sniff(name: &str, bytes: &[u8]) -> InputFormat {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let head = &bytes[start..bytes.len().min(start + 4096)];
    if lower.ends_with(".warc") || head.starts_with(b"WARC/") {
        InputFormat::Warc
    } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") || head.starts_with(b"{") {
        InputFormat::Jsonl
    } else if memchr::memmem::find(head, b"<Sentences").is_some()
        || (lower.ends_with(".xml") && memchr::memmem::find(head, b"<Sentence").is_some())
    {
        InputFormat::PetrarchXml
    } else if lower.ends_with(".html") || lower.ends_with(".htm") || looks_html(head) {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

fn header_value<'a>(headers: &'a str, name: &str) -> Option<&'a str> {
    headers.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn read_warc(name: &str, data: &[u8], sink: &mut dyn FnMut(Item)) {
    let mut pos = 0usize;
    let mut record = 0u64;
    while pos < data.len() {
        while pos < data.len() && matches!(data[pos], b'\r' | b'\n') {
            pos += 1;
        }
        if pos >= data.len() {
            break;
        }
        record += 1;
        let rec_start = pos;
        let bad = |reason: String| reject(name, None, Some(record), Some(rec_start as u64), reason);
        if !data[pos..].starts_with(b"WARC/") {
            sink(bad("no WARC header where a record should start".into()));
            // Resynchronise at the next record header.
            match memchr::memmem::find(&data[pos + 1..], b"\nWARC/") {
                Some(i) => {
                    pos = pos + 1 + i + 1;
                    continue;
                }
                None => return,
            }
        }
        let Some(hend) = memchr::memmem::find(&data[pos..], b"\r\n\r\n").map(|i| pos + i) else {
            sink(bad("record header does not end".into()));
            return;
        };
        let headers = String::from_utf8_lossy(&data[pos..hend]).into_owned();
        let body_start = hend + 4;
        let Some(len) =
            header_value(&headers, "Content-Length").and_then(|v| v.parse::<usize>().ok())
        else {
            sink(bad("missing or bad Content-Length".into()));
            match memchr::memmem::find(&data[body_start..], b"\nWARC/") {
                Some(i) => {
                    pos = body_start + i + 1;
                    continue;
                }
                None => return,
            }
        };
        let Some(body_end) = body_start.checked_add(len).filter(|&e| e <= data.len()) else {
            sink(bad(format!(
                "Content-Length {len} runs past the end of the input ({} bytes left)",
                data.len() - body_start
            )));
            return;
        };
        pos = body_end;
        let wtype = header_value(&headers, "WARC-Type").unwrap_or("");
        if !wtype.eq_ignore_ascii_case("response") && !wtype.eq_ignore_ascii_case("resource") {
            continue;
        }
        let block = &data[body_start..body_end];
        let (http_headers, payload) =
            if wtype.eq_ignore_ascii_case("response") && block.starts_with(b"HTTP/") {
                match memchr::memmem::find(block, b"\r\n\r\n") {
                    Some(i) => (
                        String::from_utf8_lossy(&block[..i]).into_owned(),
                        &block[i + 4..],
                    ),
                    None => (
                        String::from_utf8_lossy(block).into_owned(),
                        &block[block.len()..],
                    ),
                }
            } else {
                (String::new(), block)
            };
        let ctype = header_value(&http_headers, "Content-Type")
            .or_else(|| header_value(&headers, "Content-Type"))
            .unwrap_or("");
        let is_html = ctype.to_ascii_lowercase().contains("html")
            || (ctype.is_empty() && looks_html(payload));
        if !is_html {
            continue;
        }
        if payload.len() > MAX_DOC_BYTES {
            sink(bad(too_large(payload.len())));
            continue;
        }
        let mut doc = RawDoc::new(
            name,
            Some(format!("record {record}")),
            payload.to_vec(),
            Content::Html,
        );
        doc.charset = decode::charset_param(ctype).map(str::to_string);
        doc.url = header_value(&headers, "WARC-Target-URI")
            .map(|u| u.trim_matches(['<', '>']).to_string());
        doc.published = header_value(&headers, "WARC-Date").map(str::to_string);
        sink(Item::Doc(doc));
    }
}

fn read_jsonl(name: &str, data: &[u8], fields: &JsonFields, sink: &mut dyn FnMut(Item)) {
    let mut offset = 0usize;
    for (i, raw) in data.split(|&b| b == b'\n').enumerate() {
        jsonl_line(name, i as u64 + 1, offset as u64, raw, fields, sink);
        offset += raw.len() + 1;
    }
}

/// Reads JSON lines from a stream one line at a time, so that memory stays
/// bounded by the longest line kept ([`MAX_DOC_BYTES`]) whatever the
/// stream's length: a line over the limit is skipped to its end and
/// rejected.
pub fn read_jsonl_stream(
    name: &str,
    mut input: impl BufRead,
    fields: &JsonFields,
    sink: &mut dyn FnMut(Item),
) {
    let mut line = Vec::new();
    let (mut line_no, mut offset) = (0u64, 0u64);
    loop {
        line.clear();
        let mut len = 0usize;
        let mut ended = false;
        // read_until would buffer an endless line whole: copy at most the limit.
        loop {
            let buf = match input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    sink(reject(
                        name,
                        Some(line_no + 1),
                        None,
                        Some(offset),
                        format!("cannot read: {e}"),
                    ));
                    return;
                }
            };
            if buf.is_empty() {
                break;
            }
            let (chunk, found) = match memchr::memchr(b'\n', buf) {
                Some(i) => (&buf[..i], true),
                None => (buf, false),
            };
            if len + chunk.len() <= MAX_DOC_BYTES {
                line.extend_from_slice(chunk);
            }
            len += chunk.len();
            let used = chunk.len() + found as usize;
            input.consume(used);
            if found {
                ended = true;
                break;
            }
        }
        if len == 0 && !ended {
            return;
        }
        line_no += 1;
        if len > MAX_DOC_BYTES {
            sink(reject(
                name,
                Some(line_no),
                None,
                Some(offset),
                too_large(len),
            ));
        } else {
            jsonl_line(name, line_no, offset, &line, fields, sink);
        }
        offset += len as u64 + ended as u64;
    }
}

/// One JSON-lines record: a document, a reject, or nothing for a blank line.
fn jsonl_line(
    name: &str,
    line_no: u64,
    line_start: u64,
    raw: &[u8],
    fields: &JsonFields,
    sink: &mut dyn FnMut(Item),
) {
    let trimmed = raw.trim_ascii();
    if trimmed.is_empty() {
        return;
    }
    let bad = |reason: String| reject(name, Some(line_no), None, Some(line_start), reason);
    if trimmed.len() > MAX_DOC_BYTES {
        sink(bad(too_large(trimmed.len())));
        return;
    }
    let v: serde_json::Value = match serde_json::from_slice(trimmed) {
        Ok(v) => v,
        Err(e) => {
            sink(bad(format!("malformed JSON: {e}")));
            return;
        }
    };
    let Some(obj) = v.as_object() else {
        sink(bad("not a JSON object".into()));
        return;
    };
    let field = |k: &str| {
        obj.get(k).and_then(|x| match x {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    let (body, content) = match (field(&fields.html), field(&fields.text)) {
        (Some(h), _) if !h.trim().is_empty() => (h, Content::Html),
        (_, Some(t)) => (t, Content::Text),
        _ => {
            sink(bad(format!(
                "no {:?} or {:?} field",
                fields.text, fields.html
            )));
            return;
        }
    };
    let mut doc = RawDoc::new(
        name,
        Some(format!("line {line_no}")),
        body.into_bytes(),
        content,
    );
    doc.id = field(&fields.id);
    doc.url = field(&fields.url);
    doc.title = field(&fields.title);
    doc.published = field(&fields.published);
    doc.source = field(&fields.source);
    sink(Item::Doc(doc));
}

fn xml_attr(tag: &str, name: &str) -> Option<String> {
    let b = tag.as_bytes();
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        if at > 0 && !b[at - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let q = rest.chars().next()?;
        if q == '"' || q == '\'' {
            let end = rest[1..].find(q)?;
            return Some(crate::html::decode_entities(&rest[1..1 + end]));
        }
    }
    None
}

fn read_petrarch(name: &str, data: &[u8], sink: &mut dyn FnMut(Item)) {
    let text = String::from_utf8_lossy(data);
    let mut pos = 0;
    let mut record = 0u64;
    while let Some(i) = text[pos..].find("<Sentence ") {
        let start = pos + i;
        record += 1;
        let line = text[..start].matches('\n').count() as u64 + 1;
        let bad = |reason: &str| {
            reject(
                name,
                Some(line),
                Some(record),
                Some(start as u64),
                reason.to_string(),
            )
        };
        let Some(tag_end) = text[start..].find('>').map(|e| start + e) else {
            sink(bad("unterminated <Sentence> tag"));
            return;
        };
        let Some(close) = text[tag_end..].find("</Sentence>").map(|e| tag_end + e) else {
            sink(bad("no </Sentence>"));
            return;
        };
        pos = close + "</Sentence>".len();
        let tag = &text[start..tag_end];
        let inner = &text[tag_end + 1..close];
        let Some(ts) = inner.find("<Text>") else {
            sink(bad("no <Text> in <Sentence>"));
            continue;
        };
        let te = inner[ts..]
            .find("</Text>")
            .map(|e| ts + e)
            .unwrap_or(inner.len());
        let body = crate::html::decode_entities(inner[ts + 6..te].trim());
        let mut doc = RawDoc::new(
            name,
            Some(format!("record {record}")),
            body.into_bytes(),
            Content::Text,
        );
        doc.id = xml_attr(tag, "id");
        doc.source = xml_attr(tag, "source");
        doc.published = xml_attr(tag, "date").map(|d| {
            if d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) {
                format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..])
            } else {
                d
            }
        });
        sink(Item::Doc(doc));
    }
}
