//! Garbage in, no panic out: empty documents, a 1,000-word sentence,
//! binary junk, and trees with broken heads.

mod common;

use dyad_coder::{Coder, PatternSet, Versions};
use dyad_text::{Document, Sentence, Span, Word};

fn coder() -> Coder<'static> {
    Coder::new(
        common::dictionaries(),
        PatternSet::bundled(),
        Versions::default(),
    )
}

#[test]
fn empty_and_junk_documents() {
    let meta = common::meta("2017-11-20", Some("BAKU"));
    let empty = Document {
        text: String::new(),
        sentences: Vec::new(),
    };
    assert!(coder().code(&empty, &meta).is_empty());
    for text in [
        "",
        "   \n\n ",
        "\u{0}\u{1}\u{fffd}\u{fffd}",
        "?",
        "met met met met",
        "Russia",
    ] {
        let doc = common::pipeline().annotate(text);
        let _ = coder().code_explained(&doc, &meta);
    }
    let undated = common::meta("not a date", None);
    let _ = coder().code(
        &common::pipeline().annotate("Norway criticized Sweden."),
        &undated,
    );
}

#[test]
fn a_thousand_word_sentence() {
    let text = "Russia and Azerbaijan met ".repeat(250);
    let doc = common::pipeline().annotate(&text);
    let _ = coder().code(&doc, &common::meta("2017-11-20", None));
}

#[test]
fn broken_trees() {
    let word = |form: &str, head: usize, deprel: &str| Word {
        form: form.into(),
        span: Span::new(0, form.len()),
        space_after: true,
        lemma: form.to_lowercase(),
        upos: "VERB".into(),
        xpos: "VBD".into(),
        feats: String::new(),
        head,
        deprel: deprel.into(),
    };
    let sentence = Sentence {
        span: Span::new(0, 4),
        words: vec![
            word("Iran", 2, "nsubj"),
            word("met", 3, "conj"),
            word("attacked", 2, "xcomp"),
            word("Iraq", 99, "obj"),
            word("Iraq", 4, "compound"),
        ],
        annotated: true,
    };
    let doc = Document {
        text: "Iran".into(),
        sentences: vec![sentence],
    };
    let _ = coder().code_explained(&doc, &common::meta("2017-11-20", None));
}
