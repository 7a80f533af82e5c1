//! `dyad-dict`: dyad's dictionaries.
//!
//! - [`codebook`]: the CAMEO event codebook and actor-code scheme, as
//!   project data compiled into the library.
//! - [`model`]: the in-memory model every format loads into: actors with
//!   dated roles, agents, discards, issues, raw verb patterns.
//! - [`dyad_format`]: dyad's own human-editable format (see
//!   `docs/dictionaries.md`); [`petrarch`]: PETRARCH / Phoenix (and
//!   PETRARCH-1's TABARI-style verbs); [`tabari`]: TABARI's own files.
//! - [`matcher`]: longest-match lookup over lower-cased token sequences.
//! - [`issues`]: issue phrases (Phoenix issue coding) over a sentence's words.
//! - [`load`]: `--dictionaries` specifications, directories, the bundled
//!   set, known exceptions.
//!
//! [`Dictionaries`] ties a loaded [`Dictionary`] to its compiled matcher
//! and answers "which codes does this phrase have on this date".

pub mod codebook;
pub mod date;
pub mod dyad_format;
pub mod error;
pub mod issues;
pub mod load;
pub mod matcher;
pub mod model;
pub mod petrarch;
pub mod record;
pub mod tabari;

pub use codebook::{ActorCodes, Codebook, EventCode};
pub use date::{Date, DateRange};
pub use error::{DictError, Problem, Result};
pub use load::{KnownExceptions, Spec};
pub use matcher::{Matcher, Target};
pub use model::{Actor, Agent, Counts, Dictionary, Discard, Issue, Role};

use serde::Serialize;

/// A dictionary with its compiled matcher.
#[derive(Debug)]
pub struct Dictionaries {
    /// The entries.
    pub dict: Dictionary,
    /// The compiled phrases.
    pub matcher: Matcher,
    /// The compiled issue phrases.
    pub issues: issues::IssueMatcher,
}

/// One entry a lookup found.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Entry<'d> {
    /// An actor, with how the phrase named it.
    Actor {
        /// The codes this entry gives on the date.
        codes: Vec<String>,
        /// `name`, `adjective` or `capital`.
        matched_as: model::PhraseKind,
        /// The entry.
        #[serde(flatten)]
        actor: &'d Actor,
    },
    /// An agent (role word).
    Agent {
        /// The role code.
        codes: Vec<String>,
        /// Whether the plural matched.
        plural: bool,
        /// The entry.
        #[serde(flatten)]
        agent: &'d Agent,
    },
    /// A discard phrase.
    Discard {
        /// Always empty.
        codes: Vec<String>,
        /// The entry.
        #[serde(flatten)]
        discard: &'d Discard,
    },
}

impl Entry<'_> {
    /// The codes this entry gives.
    pub fn codes(&self) -> &[String] {
        match self {
            Entry::Actor { codes, .. }
            | Entry::Agent { codes, .. }
            | Entry::Discard { codes, .. } => codes,
        }
    }
}

/// The result of [`Dictionaries::lookup`].
#[derive(Debug, Clone, Serialize)]
pub struct Lookup<'d> {
    /// The codes valid on the date, over all entries found (deduplicated,
    /// in order).
    pub codes: Vec<String>,
    /// Whether the whole phrase matched an entry (otherwise: the entries of
    /// the longest matches inside it).
    pub exact: bool,
    /// The entries that gave them.
    pub entries: Vec<Entry<'d>>,
}

impl Dictionaries {
    /// Compiles a loaded dictionary.
    pub fn new(dict: Dictionary) -> Dictionaries {
        let matcher = Matcher::build(&dict);
        let issues = issues::IssueMatcher::build(&dict);
        Dictionaries {
            dict,
            matcher,
            issues,
        }
    }

    /// Loads and compiles what `spec` names.
    pub fn load(spec: &Spec) -> Result<Dictionaries> {
        Ok(Dictionaries::new(load::load(spec)?))
    }

    /// The entry a target points to, with its codes on `date`.
    pub fn entry(&self, t: Target, date: Date) -> Option<Entry<'_>> {
        Some(match t {
            Target::Actor(i, kind) => {
                let actor = self.dict.actors.get(i as usize)?;
                let mut codes = actor.codes_on(date);
                if kind == model::PhraseKind::Capital {
                    codes = actor
                        .default_codes
                        .iter()
                        .map(|c| format!("{c}GOV"))
                        .collect();
                }
                Entry::Actor {
                    codes,
                    matched_as: kind,
                    actor,
                }
            }
            Target::Agent(i, plural) => {
                let agent = self.dict.agents.get(i as usize)?;
                Entry::Agent {
                    codes: vec![agent.code.clone()],
                    plural,
                    agent,
                }
            }
            Target::Discard(i) => Entry::Discard {
                codes: Vec::new(),
                discard: self.dict.discards.get(i as usize)?,
            },
        })
    }

    /// Looks a phrase up (split on whitespace; case does not matter): the
    /// entries it names exactly, or else those of the longest matches
    /// inside it, and the codes they give on `date`.
    pub fn lookup(&self, phrase: &str, date: Date) -> Lookup<'_> {
        let toks = matcher::phrase_tokens(phrase);
        let exact = self.matcher.exact(&toks);
        let targets: Vec<Target> = if exact.is_empty() {
            self.matcher
                .find_all(&toks)
                .into_iter()
                .flat_map(|(_, _, t)| t.iter().copied())
                .collect()
        } else {
            exact.to_vec()
        };
        let entries: Vec<Entry<'_>> = targets
            .into_iter()
            .filter_map(|t| self.entry(t, date))
            .collect();
        let mut codes: Vec<String> = Vec::new();
        for e in &entries {
            for c in e.codes() {
                if !codes.contains(c) {
                    codes.push(c.clone());
                }
            }
        }
        Lookup {
            codes,
            exact: !exact.is_empty(),
            entries,
        }
    }
}
