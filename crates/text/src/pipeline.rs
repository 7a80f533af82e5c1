//! The whole text engine behind one call: raw text in, annotated
//! [`Document`] out. Also the entry points the benchmark and the evaluation
//! use on pre-tokenized text.

use crate::doc::{Document, Sentence, Span, Token, Word};
use crate::features::WordAtoms;
use crate::model::{Model, ModelError};
use crate::parser::ParsedTree;
use crate::segment;

/// The model trained on UD English-EWT that ships inside dyad.
#[cfg(feature = "bundled-model")]
pub static BUNDLED_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/en_ewt.dyadmodel"
));

/// A loaded model, ready to annotate text. Cheap to share between threads
/// (`&Pipeline` is `Sync`).
pub struct Pipeline {
    pub model: Model,
}

impl Pipeline {
    pub fn new(model: Model) -> Pipeline {
        Pipeline { model }
    }

    /// The model shipped with dyad.
    #[cfg(feature = "bundled-model")]
    pub fn bundled() -> Result<Pipeline, ModelError> {
        Ok(Pipeline::new(Model::from_bytes(
            BUNDLED_MODEL,
            "<bundled en_ewt model>",
        )?))
    }

    /// Load a model file, or the bundled one when `path` is `None`.
    pub fn load(path: Option<&std::path::Path>) -> Result<Pipeline, ModelError> {
        match path {
            Some(p) => Ok(Pipeline::new(Model::load(p)?)),
            #[cfg(feature = "bundled-model")]
            None => Pipeline::bundled(),
            #[cfg(not(feature = "bundled-model"))]
            None => Err(ModelError::BadMagic(
                "no model given and none bundled (feature bundled-model is off)".into(),
            )),
        }
    }

    /// Tokenize, split, tag, lemmatize and parse raw text.
    pub fn annotate(&self, text: &str) -> Document {
        let sentences = segment::segment(text)
            .into_iter()
            .map(|tokens| self.annotate_tokens(&tokens))
            .collect();
        Document {
            text: text.to_string(),
            sentences,
        }
    }

    /// Tag, lemmatize and parse one sentence of already tokenized words.
    pub fn annotate_tokens(&self, tokens: &[Token]) -> Sentence {
        let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        let (tags, tree) = self.tag_parse(&forms);
        let m = &self.model;
        let words = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let class = tags[i] as usize;
                let (upos, xpos) = (m.tagger.tags.upos(class), m.tagger.tags.xpos(class));
                Word {
                    form: t.form.clone(),
                    span: t.span,
                    space_after: t.space_after,
                    lemma: m.lexicon.lemma(&t.form, upos, xpos),
                    upos: upos.to_string(),
                    xpos: xpos.to_string(),
                    feats: m.lexicon.feats(&t.form, &m.tagger.tags.classes[class]),
                    head: tree.heads[i] as usize,
                    deprel: m.parser.label(tree.labels[i]).to_string(),
                }
            })
            .collect();
        let span = match (tokens.first(), tokens.last()) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        };
        Sentence { span, words }
    }

    /// Tag and parse word forms: tag classes and the tree. This is the hot
    /// path the `bench parse` benchmark measures.
    pub fn tag_parse(&self, forms: &[&str]) -> (Vec<u8>, ParsedTree) {
        let atoms: Vec<WordAtoms> = forms.iter().map(|f| WordAtoms::new(f)).collect();
        let tags = self.model.tagger.tag(&atoms);
        let tree = self.model.parser.parse(&atoms, &tags);
        (tags, tree)
    }
}
