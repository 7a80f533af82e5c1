//! Training the tagger, the parser and the lexicon from a treebank.
//!
//! The parser is trained on the tags the tagger will really give it, not
//! gold ones: the training set is tagged by jackknifing (each of K folds
//! tagged by a tagger trained on the other folds). Everything is seeded, so
//! the same data and options give the same model, byte for byte.

use std::collections::BTreeSet;

use crate::conllu::ConlluSentence;
use crate::features::WordAtoms;
use crate::lemma::Lexicon;
use crate::model::{Model, ModelInfo};
use crate::parser::{self, ParseExample};
use crate::tagger::{self, TagSet, TaggedSentence};

#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub seed: u64,
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    /// Folds for jackknifed training tags (1 = train the parser on gold tags).
    pub folds: usize,
    /// Keep only features that at least this many updates touched. At 2
    /// (measured on EWT dev) the parser keeps half its features for 0.15
    /// UAS less, and loads and runs faster.
    pub min_updates: u32,
    pub name: String,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            seed: 1,
            tagger_epochs: 10,
            parser_epochs: 15,
            folds: 4,
            min_updates: 2,
            name: "en_ewt".into(),
        }
    }
}

/// Words that take part in training: real words, not multiword-token ranges
/// or empty nodes (the reader keeps those apart).
fn tag_classes(train: &[ConlluSentence]) -> TagSet {
    let set: BTreeSet<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| format!("{}|{}", w.upos, w.xpos)))
        .collect();
    TagSet {
        classes: set.into_iter().collect(),
    }
}

fn labels_of(train: &[ConlluSentence]) -> Vec<String> {
    let mut set: BTreeSet<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect();
    set.insert(parser::FALLBACK_LABEL.to_string());
    set.insert("root".to_string());
    set.into_iter().collect()
}

fn tagged(s: &ConlluSentence, tags: &TagSet) -> TaggedSentence {
    let atoms: Vec<WordAtoms> = s.words.iter().map(|w| WordAtoms::new(&w.form)).collect();
    let gold = s
        .words
        .iter()
        .map(|w| tags.class_of(&w.upos, &w.xpos).unwrap_or(0) as u8)
        .collect();
    TaggedSentence { atoms, gold }
}

fn example(
    s: &ConlluSentence,
    atoms: Vec<WordAtoms>,
    tags: Vec<u8>,
    labels: &[String],
) -> ParseExample {
    let mut heads = vec![0u32];
    let mut labs = vec![0u8];
    for w in &s.words {
        heads.push(w.head as u32);
        labs.push(labels.iter().position(|l| *l == w.deprel).unwrap_or(0) as u8);
    }
    ParseExample {
        atoms,
        tags,
        heads,
        labels: labs,
    }
}

/// Train a complete model. `log` receives one line per epoch.
pub fn train(
    train: &[ConlluSentence],
    dev: &[ConlluSentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Model {
    // Sentences whose heads point outside them cannot be trained on.
    let train: Vec<ConlluSentence> = train
        .iter()
        .filter(|s| !s.words.is_empty() && s.words.iter().all(|w| w.head <= s.words.len()))
        .cloned()
        .collect();
    let tags = tag_classes(&train);
    let labels = labels_of(&train);
    let train_tagged: Vec<TaggedSentence> = train.iter().map(|s| tagged(s, &tags)).collect();
    let dev_tagged: Vec<TaggedSentence> = dev.iter().map(|s| tagged(s, &tags)).collect();

    // Jackknifed tags for the parser's training data.
    let mut train_tags: Vec<Vec<u8>> = train_tagged.iter().map(|s| s.gold.clone()).collect();
    if opts.folds > 1 {
        for fold in 0..opts.folds {
            let rest: Vec<TaggedSentence> = train_tagged
                .iter()
                .enumerate()
                .filter(|(i, _)| i % opts.folds != fold)
                .map(|(_, s)| s.clone())
                .collect();
            let mut quiet = |_m: String| {};
            let t = tagger::train(
                tags.clone(),
                &rest,
                &[],
                opts.tagger_epochs,
                opts.seed + fold as u64,
                opts.min_updates,
                &mut quiet,
            );
            for (i, s) in train_tagged.iter().enumerate() {
                if i % opts.folds == fold {
                    train_tags[i] = t.tag(&s.atoms);
                }
            }
            log(format!("jackknife fold {}/{} tagged", fold + 1, opts.folds));
        }
    }

    let (epochs, seed, min) = (opts.tagger_epochs, opts.seed, opts.min_updates);
    let mut tagger = tagger::train(
        tags.clone(),
        &train_tagged,
        &dev_tagged,
        epochs,
        seed,
        min,
        log,
    );
    if opts.folds > 1 {
        tagger = tagger::train_second_pass(
            tagger,
            &train_tagged,
            &train_tags,
            &dev_tagged,
            epochs,
            seed,
            min,
            log,
        );
    }
    let tag_acc = tagger::accuracy(&tagger, &dev_tagged);

    let train_ex: Vec<ParseExample> = train
        .iter()
        .zip(train_tagged)
        .zip(train_tags)
        .map(|((s, t), tg)| example(s, t.atoms, tg, &labels))
        .collect();
    let dev_ex: Vec<ParseExample> = dev
        .iter()
        .zip(dev_tagged)
        .filter(|(s, _)| s.words.iter().all(|w| w.head <= s.words.len()))
        .map(|(s, t)| {
            let tg = tagger.tag(&t.atoms);
            example(s, t.atoms, tg, &labels)
        })
        .collect();
    let parser = parser::train(
        labels,
        &train_ex,
        &dev_ex,
        opts.parser_epochs,
        opts.seed,
        opts.min_updates,
        log,
    );
    let (uas, las) = parser::attachment(&parser, &dev_ex);

    let lexicon = Lexicon::learn(train.iter().flat_map(|s| {
        s.words.iter().map(|w| {
            (
                w.form.as_str(),
                w.upos.as_str(),
                w.xpos.as_str(),
                w.lemma.as_str(),
                w.feats.as_str(),
            )
        })
    }));
    let mut info = ModelInfo {
        name: opts.name.clone(),
        trained_on: "UD English-EWT".into(),
        seed: opts.seed,
        tagger_epochs: opts.tagger_epochs,
        parser_epochs: opts.parser_epochs,
        ..Default::default()
    };
    info.dev_scores.insert("tags".into(), 100.0 * tag_acc);
    info.dev_scores.insert("uas".into(), 100.0 * uas);
    info.dev_scores.insert("las".into(), 100.0 * las);
    Model {
        info,
        tagger,
        parser,
        lexicon,
    }
}
