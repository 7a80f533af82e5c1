//! The document structure that flows through every stage: text, sentences,
//! words, each word carrying its byte span in the original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` in the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// A token as the tokenizer produces it: one syntactic word (UD sense), so
/// "don't" gives two tokens, "do" and "n't", each with its own span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The surface form, exactly `text[span.start..span.end]`.
    pub form: String,
    pub span: Span,
    /// Whether whitespace follows the token in the original text.
    pub space_after: bool,
}

/// A fully annotated word.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub form: String,
    pub span: Span,
    pub space_after: bool,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 1-based index of the head word in the sentence; 0 for the root.
    pub head: usize,
    pub deprel: String,
}

/// One sentence: its span in the original text and its words in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub words: Vec<Word>,
    /// `false` when the words were only tokenized: forms and spans, no
    /// tags, lemmas or tree (every head 0, every label empty). A caller
    /// that needs nothing from a sentence leaves it so
    /// (`Pipeline::annotate_screened`) and may fill it in later
    /// (`Pipeline::complete`).
    #[serde(default = "annotated_by_default")]
    pub annotated: bool,
}

fn annotated_by_default() -> bool {
    true
}

impl Sentence {
    /// Dependents of word `i` (1-based; 0 = root), in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, w)| w.head == i)
            .map(|(j, _)| j + 1)
    }
}

/// A text with its sentences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub text: String,
    pub sentences: Vec<Sentence>,
}
