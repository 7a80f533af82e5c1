//! The per-sentence trace behind `dyad code --explain`: the parse, the
//! actors found, every pattern tried with why it fired or not.

use crate::frame::Firing;
use crate::pattern::Pattern;
use crate::tree::Tree;
use dyad_text::Document;
use std::fmt::Write;

/// What happened in one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceTrace {
    /// 0-based index.
    pub index: usize,
    /// The sentence text.
    pub text: String,
    /// One line per word: `ID FORM LEMMA UPOS HEAD DEPREL`.
    pub parse: Vec<String>,
    /// Actors resolved in the sentence (`"text" -> CODE`).
    pub actors: Vec<String>,
    /// Patterns tried, in order, with the outcome.
    pub tries: Vec<String>,
}

impl SentenceTrace {
    /// A trace for sentence `index`.
    pub fn new(index: usize, doc: &Document, tree: &Tree<'_>) -> SentenceTrace {
        let span = tree.sentence().span;
        let parse = (1..=tree.len())
            .map(|i| {
                let w = tree.word(i);
                format!(
                    "{i}\t{}\t{}\t{}\t{}\t{}",
                    w.form, w.lemma, w.upos, w.head, w.deprel
                )
            })
            .collect();
        SentenceTrace {
            index,
            text: doc.text.get(span.start..span.end).unwrap_or("").to_string(),
            parse,
            ..SentenceTrace::default()
        }
    }

    /// A pattern fired.
    pub fn fired(&mut self, p: &Pattern, pred: usize, tree: &Tree<'_>, f: &Firing) {
        let mut s = format!("{} at {:?}: coded", p.id, tree.word(pred).form);
        for d in &f.dyads {
            let target = d.target.as_ref().map_or("-", |t| t.actor.code.as_str());
            let _ = write!(s, " [{} {} {}]", d.source.actor.code, d.code, target);
        }
        self.tries.push(s);
    }

    /// A pattern was tried and did not fire.
    pub fn rejected(&mut self, p: &Pattern, pred: usize, tree: &Tree<'_>, why: &str) {
        self.tries.push(format!(
            "{} at {:?}: not coded: {why}",
            p.id,
            tree.word(pred).form
        ));
    }

    /// A free note.
    pub fn note(&mut self, s: String) {
        self.tries.push(s);
    }

    /// The trace as text.
    pub fn render(&self) -> String {
        let mut s = format!("# sentence {}: {}\n", self.index, self.text);
        for l in &self.parse {
            let _ = writeln!(s, "  {l}");
        }
        let _ = writeln!(
            s,
            "  actors: {}",
            if self.actors.is_empty() {
                "none".to_string()
            } else {
                self.actors.join("; ")
            }
        );
        if self.tries.is_empty() {
            s.push_str("  no pattern applies\n");
        }
        for t in &self.tries {
            let _ = writeln!(s, "  {t}");
        }
        s
    }
}
