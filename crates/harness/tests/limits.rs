//! Inputs of any size are processed in time and memory linear in their
//! size, or cut at a documented limit with a reject: a page at the 50 MB
//! document limit and one just over it, 10,000 nested tags, a sentence of
//! 100,000 words through the tagger, the parser and the coder, a single
//! token of a megabyte. These tests assert outcomes, not times: a quadratic
//! path shows up as a test that never ends.

use dyad_ingest::read::MAX_DOC_BYTES;
use dyad_ingest::{Ingester, InputFormat, Output};

fn ingest(
    name: &str,
    data: Vec<u8>,
    format: InputFormat,
) -> (Vec<dyad_ingest::Article>, Vec<dyad_ingest::Reject>) {
    let mut ing = Ingester::new(Box::new(dyad_ingest::Heuristic), format);
    let (mut arts, mut rejs) = (Vec::new(), Vec::new());
    ing.ingest_bytes(name, data, &mut |o| match o {
        Output::Article(a) => arts.push(*a),
        Output::Reject(r) => rejs.push(r),
    });
    (arts, rejs)
}

/// Paragraphs of varied words, so that nothing looks like boilerplate.
fn page(bytes: usize) -> Vec<u8> {
    let mut out = String::from("<html><head><title>A long page</title></head><body><article>");
    let mut i = 0u64;
    while out.len() + 300 < bytes {
        out += &format!(
            "<p>Delegates from district {i} met officials of province {} on day {} to discuss road number {} and water quota {}.</p>\n",
            i * 7 % 1009,
            i % 365,
            i * 13 % 997,
            i * 31 % 1013
        );
        i += 1;
    }
    out += "</article></body></html>";
    while out.len() < bytes {
        out.push(' ');
    }
    out.into_bytes()
}

#[test]
fn a_page_at_the_document_limit_is_read_and_one_over_it_is_rejected() {
    let (arts, rejs) = ingest("big.html", page(MAX_DOC_BYTES), InputFormat::Html);
    assert!(rejs.is_empty(), "{rejs:?}");
    assert_eq!(arts.len(), 1);
    assert!(
        arts[0].text.len() > MAX_DOC_BYTES / 2,
        "{}",
        arts[0].text.len()
    );
    let (arts, rejs) = ingest("bigger.html", page(MAX_DOC_BYTES + 1), InputFormat::Html);
    assert!(arts.is_empty());
    assert_eq!(rejs.len(), 1);
    assert!(rejs[0].reason.contains("larger than"), "{}", rejs[0].reason);
    assert_eq!(rejs[0].input, "bigger.html");
}

#[test]
fn ten_thousand_nested_tags() {
    let mut html = String::new();
    for i in 0..10_000 {
        html += if i % 2 == 0 { "<div>" } else { "<span><b>" };
    }
    html += "<p>Ministers of both countries met in the capital on Monday and agreed to open the border crossing.</p>";
    for i in 0..10_000 {
        html += if i % 2 == 0 { "</div>" } else { "</b></span>" };
    }
    let (arts, rejs) = ingest("nested.html", html.into_bytes(), InputFormat::Html);
    assert!(rejs.is_empty(), "{rejs:?}");
    assert_eq!(arts.len(), 1);
    assert!(arts[0].text.contains("agreed to open the border crossing"));
    // Unclosed tags, as deep.
    let unclosed = "<div><p><i>".repeat(10_000)
        + "Text at the bottom of it all, long enough to be kept as an article paragraph.";
    let (arts, _) = ingest("unclosed.html", unclosed.into_bytes(), InputFormat::Html);
    assert!(arts.len() <= 1);
}

/// One sentence of 100,000 words (no full stop anywhere) through the whole
/// text engine and the coder.
#[test]
fn a_sentence_of_a_hundred_thousand_words() {
    let subjects = [
        "Russia",
        "the ministers",
        "Armenia",
        "the delegation",
        "France",
    ];
    let verbs = ["met", "criticized", "visited", "accused", "praised"];
    let mut text = String::new();
    let mut words = 0;
    let mut i = 0;
    while words < 100_000 {
        text += &format!(
            "{} {} {} in town {} and ",
            subjects[i % 5],
            verbs[(i / 5) % 5],
            subjects[(i + 2) % 5],
            i
        );
        words += 7;
        i += 1;
    }
    let pipeline = dyad_text::Pipeline::bundled().unwrap();
    let doc = pipeline.annotate(&text);
    let n: usize = doc.sentences.iter().map(|s| s.words.len()).sum();
    assert!(n >= 100_000, "{n} words");
    for s in &doc.sentences {
        for w in &s.words {
            assert_eq!(&text[w.span.start..w.span.end], w.form);
        }
    }
    let dicts = dyad_dict::Dictionaries::load(&"dyad".parse().unwrap()).unwrap();
    let patterns = dyad_coder::PatternSet::bundled();
    let coder = dyad_coder::Coder::new(&dicts, patterns, Default::default());
    let meta = dyad_coder::DocMeta {
        doc_id: "long".into(),
        ..Default::default()
    };
    let events = coder.code(&doc, &meta);
    eprintln!(
        "100,000 words: {} sentences, {} events",
        doc.sentences.len(),
        events.len()
    );
}

/// A single "word" of a megabyte is cut into bounded tokens, and text with
/// no spaces at all is still read in linear time.
#[test]
fn a_token_of_a_megabyte() {
    let text = "x".repeat(1 << 20) + " and then the minister left.";
    let tokens = dyad_text::tokenize::tokenize(&text);
    assert!(tokens
        .iter()
        .all(|t| t.form.len() <= dyad_text::tokenize::MAX_RUN_BYTES + 4));
    assert!(tokens.len() >= (1 << 20) / dyad_text::tokenize::MAX_RUN_BYTES);
    let pipeline = dyad_text::Pipeline::bundled().unwrap();
    let doc = pipeline.annotate(&text);
    assert!(!doc.sentences.is_empty());
}
