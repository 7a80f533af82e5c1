//! The checks behind dyad's fuzz targets. Each function takes arbitrary
//! bytes, runs one parser of outside data on them and asserts what its
//! output must satisfy; a panic is a bug. `fuzz/` (cargo fuzz, libFuzzer)
//! calls them with generated inputs; `tests/replay.rs` calls them with every
//! seed and every input that once failed (`fuzz/seeds/`, `fuzz/regressions/`),
//! so the regressions stay fixed on stable Rust without a fuzzer.

use std::sync::OnceLock;

use dyad_ingest::{Article, Ingester, InputFormat, Output};

/// A check: panics when the input shows a bug.
pub type Check = fn(&[u8]);

/// Every target: its name (the `fuzz/fuzz_targets/NAME.rs` file and the
/// `fuzz/seeds/NAME/` directory) and its check.
pub const TARGETS: [(&str, Check); 12] = [
    ("ingest_html", ingest_html),
    ("ingest_warc", ingest_warc),
    ("ingest_jsonl", ingest_jsonl),
    ("ingest_jsonl_stream", ingest_jsonl_stream),
    ("ingest_petrarch", ingest_petrarch),
    ("ingest_text", ingest_text),
    ("dateline", dateline),
    ("tokenize", tokenize),
    ("tag_parse", tag_parse),
    ("dict_dyad", dict_dyad),
    ("dict_petrarch", dict_petrarch),
    ("query_filter", query_filter),
];

/// Ingests `data` as `format` and checks every article and reject.
fn ingest(name: &str, data: &[u8], format: InputFormat) {
    let mut ing = Ingester::new(Box::new(dyad_ingest::Heuristic), format);
    ing.ingest_bytes(name, data.to_vec(), &mut |o| match o {
        Output::Article(a) => check_article(&a),
        Output::Reject(r) => {
            assert!(!r.reason.is_empty(), "a reject without a reason");
            assert_eq!(r.input, name);
        }
    });
}

/// The invariants of an article record: its text is its paragraphs joined,
/// one source span per paragraph, and the record survives the JSON round
/// trip that `dyad ingest` and a store put it through.
fn check_article(a: &Article) {
    assert!(!a.id.is_empty());
    assert!(!a.paragraphs.is_empty(), "an article without text");
    assert_eq!(a.text, a.paragraphs.join("\n\n"));
    assert_eq!(a.source_spans.len(), a.paragraphs.len());
    assert!(a.source_spans.iter().all(|s| s.start <= s.end));
    assert!(!a.cluster.is_empty());
    let json = serde_json::to_string(a).expect("an article serializes");
    let back: Article = serde_json::from_str(&json).expect("and reads back");
    assert_eq!(&back, a);
}

/// The HTML reader, extraction and cleaning (gzip detected by its magic).
pub fn ingest_html(data: &[u8]) {
    ingest("input.html", data, InputFormat::Html);
}

/// The WARC reader.
pub fn ingest_warc(data: &[u8]) {
    ingest("input.warc", data, InputFormat::Warc);
}

/// The JSON-lines reader.
pub fn ingest_jsonl(data: &[u8]) {
    ingest("input.jsonl", data, InputFormat::Jsonl);
}

/// The PETRARCH XML reader.
pub fn ingest_petrarch(data: &[u8]) {
    ingest("input.xml", data, InputFormat::PetrarchXml);
}

/// Plain text: header, dateline, caption and boilerplate cleaning.
pub fn ingest_text(data: &[u8]) {
    ingest("input.txt", data, InputFormat::Text);
}

/// JSON lines read from a stream (what `dyad code -` reads) give what the
/// same bytes read whole give.
pub fn ingest_jsonl_stream(data: &[u8]) {
    // Gzip is detected on whole inputs only.
    if data.starts_with(&[0x1f, 0x8b]) {
        return;
    }
    let collect = |stream: bool| {
        let mut ing = Ingester::new(Box::new(dyad_ingest::Heuristic), InputFormat::Jsonl);
        let mut out = Vec::new();
        let mut sink = |o: Output| match o {
            Output::Article(a) => {
                check_article(&a);
                out.push(format!("article {} {:?}", a.id, a.input.position));
            }
            Output::Reject(r) => out.push(format!("reject {:?} {:?} {}", r.line, r.byte, r.reason)),
        };
        if stream {
            // A small buffer: lines cross buffer boundaries.
            ing.ingest_stream("-", std::io::BufReader::with_capacity(5, data), &mut sink);
        } else {
            ing.ingest_bytes("-", data.to_vec(), &mut sink);
        }
        out
    };
    assert_eq!(collect(true), collect(false));
}

/// The dateline, date and header parsers on one arbitrary line or page.
pub fn dateline(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = dyad_ingest::clean::parse_dateline(s);
    if let Some(dt) = dyad_ingest::date::parse_datetime(s) {
        let _ = dt.to_rfc3339(0);
        let _ = dt.date_string();
    }
    if let Some((dt, start, end)) = dyad_ingest::date::find_datetime(s) {
        assert!(
            start <= end && end <= s.len(),
            "{start}..{end} outside the line"
        );
        assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        let _ = dt.to_rfc3339(-300);
    }
    let lines = dyad_ingest::clean::text_lines(s);
    for l in &lines {
        assert!(l.start <= l.end && l.end <= s.len());
    }
    let _ = dyad_ingest::clean::clean(&lines, &Default::default());
}

/// Tokenizer and sentence splitter: every token is the text at its span,
/// spans are ordered and never overlap, sentences cover the tokens in order.
pub fn tokenize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let tokens = dyad_text::tokenize::tokenize(&text);
    let mut last = 0;
    for t in &tokens {
        assert!(t.span.start >= last, "tokens overlap or go back");
        assert!(t.span.start < t.span.end, "an empty token");
        assert_eq!(&text[t.span.start..t.span.end], t.form);
        assert!(t.form.len() <= dyad_text::tokenize::MAX_RUN_BYTES + 4);
        last = t.span.end;
    }
    let sentences = dyad_text::segment::split_sentences(&text, &tokens);
    let mut next = 0;
    for r in &sentences {
        assert_eq!(r.start, next, "sentences leave out or repeat tokens");
        assert!(r.start < r.end && r.end <= tokens.len());
        next = r.end;
    }
    assert_eq!(next, tokens.len(), "sentences leave out tokens");
}

fn pipeline() -> &'static dyad_text::Pipeline {
    static P: OnceLock<dyad_text::Pipeline> = OnceLock::new();
    P.get_or_init(|| dyad_text::Pipeline::bundled().expect("the bundled model loads"))
}

/// The tagger and parser on arbitrary token sequences (one tag per word; a
/// tree: every head in range, no word its own head, no cycle), and the
/// whole pipeline on the same bytes as text.
pub fn tag_parse(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    // Words split on spaces and newlines, kept as they are (empty words and
    // odd characters included): the tagger must take any token.
    let forms: Vec<&str> = text.split([' ', '\n']).take(2000).collect();
    let (tags, tree) = pipeline().tag_parse(&forms);
    let n = forms.len();
    assert_eq!(tags.len(), n);
    assert_eq!(tree.heads.len(), n);
    assert_eq!(tree.labels.len(), n);
    for (i, &h) in tree.heads.iter().enumerate() {
        assert!((h as usize) <= n, "head {h} of word {} out of range", i + 1);
        assert_ne!(h as usize, i + 1, "word {} is its own head", i + 1);
    }
    for i in 1..=n {
        let (mut at, mut steps) = (i, 0);
        while at != 0 {
            at = tree.heads[at - 1] as usize;
            steps += 1;
            assert!(steps <= n, "a cycle through word {i}");
        }
    }
    let doc = pipeline().annotate(&text);
    for s in &doc.sentences {
        for w in &s.words {
            assert_eq!(&doc.text[w.span.start..w.span.end], w.form);
        }
    }
}

/// dyad's dictionary format: any text parses into entries and problems,
/// what it gives compiles into a matcher that runs, and what was read can
/// be written back and read again.
pub fn dict_dyad(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut dict = dyad_dict::Dictionary::default();
    dyad_dict::dyad_format::parse_into(&mut dict, "fuzz.txt", text);
    for p in &dict.problems {
        assert!(!p.message.is_empty());
    }
    let m = dyad_dict::Matcher::build(&dict);
    let tokens = dyad_dict::matcher::phrase_tokens(text);
    for (start, len, _) in m.find_all(&tokens) {
        assert!(len >= 1 && start + len <= tokens.len());
    }
    for (_, body) in dyad_dict::dyad_format::write(&dict, "# fuzz") {
        let mut again = dyad_dict::Dictionary::default();
        dyad_dict::dyad_format::parse_into(&mut again, "again.txt", &body);
    }
}

/// The PETRARCH and TABARI importers (actors, agents, discards, issues,
/// verbs in both styles, the config file), chosen by the first byte.
pub fn dict_petrarch(data: &[u8]) {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut dict = dyad_dict::Dictionary::default();
    use dyad_dict::petrarch::*;
    match which % 6 {
        0 => parse_actors(&mut dict, "actors.txt", &text),
        1 => parse_agents(&mut dict, "agents.txt", &text),
        2 => parse_discards(&mut dict, "discards.txt", &text),
        3 => parse_issues(&mut dict, "issues.txt", &text),
        4 => {
            let _ = detect_verb_style(&text);
            let mut problems = Vec::new();
            let _ = parse_verbs("verbs.txt", &text, &mut problems);
        }
        _ => {
            let _ = parse_config(&text);
        }
    }
    let _ = dyad_dict::Matcher::build(&dict);
}

/// The query filters (`dyad query`, `dyad export`, the HTTP API) on
/// `name=value&...`: an accepted value yields SQL made only of checked
/// literals, a refused one a message.
pub fn query_filter(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut f = dyad_query::Filter::default();
    for pair in text.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if let Err(e) = f.set(name, value) {
            assert!(!e.0.is_empty());
        }
    }
    let sql = f.sql();
    // Nothing the user wrote reaches the SQL unchecked: quotes only in
    // pairs around checked literals, no statement separator, no comment.
    assert!(
        !sql.contains(';') && !sql.contains("--") && !sql.contains("/*"),
        "{sql}"
    );
    assert_eq!(sql.matches('\'').count() % 2, 0, "{sql}");
}
