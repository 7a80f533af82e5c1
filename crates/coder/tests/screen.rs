//! The sentence screen (`Coder::screen`, with the lexicon as `dyad code`
//! lends it) leaves sentences unparsed only where the coder would find
//! nothing: a document annotated through the screen gives exactly the
//! events the coder without a screen's keys gives on the fully parsed one. Checked on every
//! gold line, on each gold file read as one long story (pronouns and "both
//! sides" reaching back across sentences), on the seed story and on the
//! extraction benchmark's pages.

mod common;

use common::{dictionaries, meta, pipeline};
use dyad_coder::{Coder, DocMeta, Event, PatternSet, Versions};
use dyad_text::Document;

fn coder() -> Coder<'static> {
    Coder::new(dictionaries(), PatternSet::bundled(), Versions::default())
}

/// The coder whose screen also reads the lexicon for words that may key a
/// pattern, as `dyad code` runs it.
fn keyed() -> Coder<'static> {
    coder().with_lexicon(&pipeline().model.lexicon)
}

fn screened(coder: &Coder<'_>, text: &str) -> Document {
    let mut screen = coder.screen();
    pipeline().annotate_screened(text, |tokens| {
        let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        screen.admits(&forms)
    })
}

/// Codes `text` both ways; returns the events and how many sentences the
/// screen left unparsed.
fn same_events(text: &str, meta: &DocMeta, what: &str) -> (Vec<Event>, usize) {
    let (full, skipped) = screened_events(text, meta, what);
    assert_eq!(
        coder().code(&pipeline().annotate(text), meta),
        full,
        "{what}: the pattern keys changed the events"
    );
    (full, skipped)
}

/// Codes `text` fully parsed and through the screen with the keyed coder:
/// the same events. Returns them and how many sentences were left unparsed.
fn screened_events(text: &str, meta: &DocMeta, what: &str) -> (Vec<Event>, usize) {
    let keyed = keyed();
    let full = keyed.code(&pipeline().annotate(text), meta);
    let mut doc = screened(&keyed, text);
    let skipped = doc.sentences.iter().filter(|s| !s.annotated).count();
    let fast = keyed.code(&doc, meta);
    assert_eq!(full, fast, "{what}: the screen changed the events");
    // Completing the document gives what `annotate` gives.
    pipeline().complete(&mut doc);
    assert!(
        doc == pipeline().annotate(text),
        "{what}: complete() differs from annotate()"
    );
    (full, skipped)
}

fn gold_lines(file: &str) -> Vec<(String, String, String)> {
    let path = format!("{}/tests/gold/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a gold line");
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (s("id"), s("text"), s("date"))
        })
        .collect()
}

const GOLD: [&str; 6] = [
    "events.jsonl",
    "fresh.jsonl",
    "blind.jsonl",
    "blind2.jsonl",
    "blind3.jsonl",
    "blind4.jsonl",
];

#[test]
fn every_gold_line_codes_the_same_through_the_screen() {
    let mut events = 0;
    for file in GOLD {
        for (id, text, date) in gold_lines(file) {
            events += same_events(&text, &meta(&date, None), &format!("{file} {id}"))
                .0
                .len();
        }
    }
    assert!(
        events > 500,
        "only {events} events: the gold files were not coded"
    );
}

#[test]
fn each_gold_file_as_one_story_codes_the_same_through_the_screen() {
    for file in GOLD {
        let lines = gold_lines(file);
        // Pronoun and pair-noun sentences between them reach back to the
        // lines before.
        let text = lines
            .iter()
            .map(|(_, t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" He said they would return. Both sides declined to comment.\n\n");
        let date = &lines[0].2;
        let (events, _) = same_events(&text, &meta(date, None), file);
        assert!(!events.is_empty(), "{file}: no events");
    }
}

#[test]
fn sentences_with_no_actor_are_left_unparsed() {
    let text = "Subscribe to our newsletter for the latest updates. \
                The recipe takes twenty minutes and serves four. \
                It tastes best when served warm. \
                Kenyan police arrested 40 protesters in Nairobi on Tuesday. \
                They were released the next day. \
                The weather stayed mild.";
    let coder = coder();
    let doc = screened(&coder, text);
    let annotated: Vec<bool> = doc.sentences.iter().map(|s| s.annotated).collect();
    // "It" before any actor refers to nothing; "They" after the police may.
    assert_eq!(annotated, [false, false, false, true, true, false]);
    let (events, skipped) = same_events(text, &meta("2024-03-05", None), "mixed page");
    assert_eq!(skipped, 4);
    assert!(!events.is_empty());
}

#[test]
fn the_seed_story_codes_the_same_through_the_screen() {
    let Some(path) = dyad_testdata::shared("seed/xinhua-20171121-lavrov-baku.txt") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("the seed story");
    let (events, _) = same_events(&text, &meta("2017-11-21", Some("Baku")), "seed");
    assert!(events.iter().any(|e| e.cameo.starts_with("04")));
}

#[test]
fn news_pages_code_the_same_through_the_screen() {
    let Some(dir) = dyad_testdata::shared("bench/extraction-dev/html") else {
        return;
    };
    let mut articles = Vec::new();
    let mut ingester = dyad_ingest::Ingester::new(
        Box::new(dyad_ingest::Heuristic),
        dyad_ingest::InputFormat::Auto,
    );
    ingester.ingest_input(&dir.to_string_lossy(), &mut |o| {
        if let dyad_ingest::Output::Article(a) = o {
            if a.is_english() {
                articles.push(a);
            }
        }
    });
    assert!(articles.len() > 30, "{} English pages", articles.len());
    let (mut events, mut skipped, mut sentences) = (0, 0, 0);
    for a in &articles {
        let m = DocMeta {
            doc_id: a.id.clone(),
            published: a
                .published
                .as_deref()
                .and_then(|p| dyad_dict::Date::parse_iso(p.get(..10)?)),
            dateline_date: None,
            dateline_place: None,
        };
        let (e, s) = screened_events(&a.text, &m, &a.id);
        // Without the keys a sentence that keys no pattern still lends its
        // subjects to a later pronoun, which may then stand for another
        // actor: the same events, in the same places, by the same rules.
        let plain = coder().code(&pipeline().annotate(&a.text), &m);
        let place = |e: &Event| (e.sentence, e.cameo.clone(), e.pattern.clone());
        assert_eq!(
            e.iter().map(place).collect::<Vec<_>>(),
            plain.iter().map(place).collect::<Vec<_>>(),
            "{}: the pattern keys changed the events",
            a.id
        );
        events += e.len();
        skipped += s;
        sentences += pipeline().annotate(&a.text).sentences.len();
    }
    assert!(events > 0);
    // Most of a page's sentences name no actor.
    assert!(
        skipped * 4 > sentences,
        "{skipped} of {sentences} left unparsed"
    );
}

#[test]
fn sentences_no_word_of_which_keys_a_pattern_are_left_unparsed() {
    let text = "The Kenyan police chief is a former teacher from Mombasa. \
                Kenyan police arrested 40 protesters in Nairobi on Tuesday.";
    let admitted = |coder: &Coder<'_>| -> Vec<bool> {
        let doc = screened(coder, text);
        doc.sentences.iter().map(|s| s.annotated).collect()
    };
    // Both name an actor; only the second has a word a pattern is keyed on.
    assert_eq!(admitted(&coder()), [true, true]);
    assert_eq!(admitted(&keyed()), [false, true]);
    // Keyed on the lexicon's lemmas too: "fought" and "met" are irregular.
    let keys = dyad_coder::PatternKeys::new(PatternSet::bundled(), &pipeline().model.lexicon);
    assert!(keys.may_key(&["Armenia", "fought", "Azerbaijan"]));
    assert!(keys.may_key(&["Lavrov", "met", "Bayramov"]));
    assert!(!keys.may_key(&["The", "chief", "is", "a", "teacher"]));
}
