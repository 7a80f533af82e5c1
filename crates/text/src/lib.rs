//! dyad's text engine: from raw English news text to tagged, lemmatized and
//! dependency-parsed sentences, with the byte offset of every word in the
//! original text.
//!
//! The stages, each a module with one job:
//! - [`tokenize`]: raw text -> words with byte offsets (UD conventions);
//! - [`segment`]: words -> sentences;
//! - [`tagger`]: UPOS + PTB XPOS (averaged perceptron);
//! - [`lemma`]: lemmas from form and tag (lookup plus rules);
//! - [`parser`]: labelled dependency trees (arc-eager, dynamic oracle);
//! - [`pipeline`]: all of the above behind one [`Pipeline::annotate`] call.
//!
//! [`conllu`] reads and writes CoNLL-U, [`eval`] scores system output against
//! gold with the CoNLL 2018 shared-task metrics.

pub mod conllu;
pub mod doc;
pub mod eval;
pub mod features;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod perceptron;
pub mod pipeline;
pub mod segment;
pub mod tagger;
pub mod tokenize;
pub mod train;

pub use doc::{Document, Sentence, Span, Token, Word};
pub use pipeline::Pipeline;
