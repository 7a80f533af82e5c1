//! The in-memory dictionary model that every format loads into: actors with
//! dated roles, agents, discards, issues and (kept raw for the coder) verb
//! patterns. Phrases are kept as written; [`crate::matcher`] normalises them.

use crate::date::{Date, DateRange};
use crate::error::Problem;
use serde::Serialize;

/// Where an entry was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Src {
    /// File name as given.
    pub file: String,
    /// 1-based line.
    pub line: u32,
}

impl std::fmt::Display for Src {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// How a phrase names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PhraseKind {
    /// The entry's name or an alias.
    Name,
    /// An adjective or demonym ("Azerbaijani").
    Adjective,
    /// A capital city standing for the government ("Moscow said"): the
    /// country code plus `GOV`.
    Capital,
}

/// A phrase of an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phrase {
    /// As written (spaces or PETRARCH underscores between words).
    pub text: String,
    /// What it is.
    pub kind: PhraseKind,
}

/// A code valid during a date range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    /// CAMEO actor code, e.g. `AZEGOV`.
    pub code: String,
    /// When it is valid (inclusive).
    #[serde(flatten)]
    pub range: DateRange,
    /// What the role is ("foreign minister"), when written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// An actor: a country, an organisation, a group or a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// The primary name.
    pub name: String,
    /// Every phrase that names it (the primary name first).
    pub phrases: Vec<Phrase>,
    /// Codes used outside all dated roles (usually one).
    pub default_codes: Vec<String>,
    /// Dated roles.
    pub roles: Vec<Role>,
    /// GDELT-style attributes (`group`, `religion`, `ethnic`, `type`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attrs: Vec<(String, String)>,
    /// Where it was defined.
    pub src: Src,
}

impl Actor {
    /// The codes valid on `date`: those of the roles that cover it, or the
    /// default codes when none does. Never an expired role.
    pub fn codes_on(&self, date: Date) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.roles {
            if r.range.contains(date) && !out.contains(&r.code) {
                out.push(r.code.clone());
            }
        }
        if out.is_empty() {
            out = self.default_codes.clone();
        }
        out
    }
}

/// An agent: a role word that gives a role code to the actor it qualifies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agent {
    /// The singular phrase.
    pub phrase: String,
    /// Plural phrases (written or generated).
    pub plurals: Vec<String>,
    /// Role code without the `~` (e.g. `GOV`, `GOVMIL`).
    pub code: String,
    /// PETRARCH's `[GOV~]`: the code goes before the actor's country code.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub prefix: bool,
    /// Determiners it takes ("the"), when written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub determiners: Vec<String>,
    /// Where it was defined.
    pub src: Src,
}

/// PETRARCH's null code (`[---]`): the phrase is matched, so no shorter
/// phrase inside it is ("Indian Ocean" is not India), but it codes nothing.
pub const NULL_CODE: &str = "---";

/// A discard phrase: marks a sentence (or the whole story) out of scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discard {
    /// The phrase.
    pub phrase: String,
    /// Whether it discards the whole story rather than the sentence.
    pub story: bool,
    /// Where it was defined.
    pub src: Src,
}

/// An issue phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The phrase (PETRARCH markers such as `n:` and `+` kept).
    pub phrase: String,
    /// The issue code, empty for an exclusion.
    pub code: String,
    /// The category it was listed under.
    pub category: String,
    /// A `~` line: a phrase that must not trigger the issue.
    pub exclude: bool,
    /// Where it was defined.
    pub src: Src,
}

/// Syntax of a verb dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VerbStyle {
    /// PETRARCH2 (`CAMEO.2.0.txt`): synsets, verb blocks, transformations.
    Petrarch2,
    /// TABARI / PETRARCH-1 patterns (`$`, `+`, `%`, `^` markers).
    Tabari,
    /// dyad's own.
    Dyad,
}

/// A synonym set (`&CURRENCY`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Synset {
    /// Name with the `&`.
    pub name: String,
    /// Members.
    pub members: Vec<String>,
    /// Where it was defined.
    pub src: Src,
}

/// A verb block: the verbs and the patterns under one `--- NAME [CODE] ---`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerbBlock {
    /// The block's name.
    pub name: String,
    /// The block's code (`---` for none).
    pub code: String,
    /// Verb lines as written (with `{forms}` and optional `[code]`).
    pub verbs: Vec<String>,
    /// Patterns, kept raw for the coder: (pattern text, code).
    pub patterns: Vec<(String, String)>,
    /// Where it was defined.
    pub src: Src,
}

/// A verb dictionary, kept raw for the coder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerbDict {
    /// Its syntax.
    pub style: VerbStyle,
    /// The file.
    pub file: String,
    /// Synonym sets.
    pub synsets: Vec<Synset>,
    /// Verb blocks.
    pub blocks: Vec<VerbBlock>,
    /// PETRARCH2 transformations, raw.
    pub transformations: Vec<String>,
}

impl VerbDict {
    /// Number of patterns over all blocks.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }
    /// Number of verb lines over all blocks.
    pub fn verb_count(&self) -> usize {
        self.blocks.iter().map(|b| b.verbs.len()).sum()
    }
}

/// A loaded set of dictionaries.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Dictionary {
    /// Actors.
    pub actors: Vec<Actor>,
    /// Agents.
    pub agents: Vec<Agent>,
    /// Discards.
    pub discards: Vec<Discard>,
    /// Issues.
    pub issues: Vec<Issue>,
    /// Verb dictionaries (usually one).
    pub verbs: Vec<VerbDict>,
    /// Lines that could not be read.
    pub problems: Vec<Problem>,
    /// Files seen but not used, with the reason.
    pub skipped: Vec<String>,
}

/// Counts per kind, for reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Actor entries.
    pub actors: usize,
    /// Actor phrases (names, aliases, adjectives, capitals).
    pub actor_phrases: usize,
    /// Dated roles.
    pub roles: usize,
    /// Agent entries.
    pub agents: usize,
    /// Agent phrases with plurals.
    pub agent_phrases: usize,
    /// Discards (sentence and story).
    pub discards: usize,
    /// Issue phrases.
    pub issues: usize,
    /// Synonym sets.
    pub synsets: usize,
    /// Verb blocks.
    pub verb_blocks: usize,
    /// Verb lines.
    pub verbs: usize,
    /// Verb patterns.
    pub verb_patterns: usize,
    /// PETRARCH2 transformations.
    pub transformations: usize,
    /// Unreadable lines.
    pub problems: usize,
}

impl Dictionary {
    /// Appends another dictionary.
    pub fn extend(&mut self, other: Dictionary) {
        self.actors.extend(other.actors);
        self.agents.extend(other.agents);
        self.discards.extend(other.discards);
        self.issues.extend(other.issues);
        self.verbs.extend(other.verbs);
        self.problems.extend(other.problems);
        self.skipped.extend(other.skipped);
    }

    /// Counts per kind.
    pub fn counts(&self) -> Counts {
        Counts {
            actors: self.actors.len(),
            actor_phrases: self.actors.iter().map(|a| a.phrases.len()).sum(),
            roles: self.actors.iter().map(|a| a.roles.len()).sum(),
            agents: self.agents.len(),
            agent_phrases: self.agents.iter().map(|a| 1 + a.plurals.len()).sum(),
            discards: self.discards.len(),
            issues: self.issues.len(),
            synsets: self.verbs.iter().map(|v| v.synsets.len()).sum(),
            verb_blocks: self.verbs.iter().map(|v| v.blocks.len()).sum(),
            verbs: self.verbs.iter().map(VerbDict::verb_count).sum(),
            verb_patterns: self.verbs.iter().map(VerbDict::pattern_count).sum(),
            transformations: self.verbs.iter().map(|v| v.transformations.len()).sum(),
            problems: self.problems.len(),
        }
    }
}

/// English plural of an agent phrase, as PETRARCH makes it: on the last
/// word, `Y` -> `IES`, `S` -> `SES`, otherwise `+S`; case follows the word.
pub fn plural_of(phrase: &str) -> String {
    let upper = phrase
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    let (s, es, ies) = if upper {
        ("S", "ES", "IES")
    } else {
        ("s", "es", "ies")
    };
    let lower = phrase.to_lowercase();
    if lower.ends_with('y')
        && !lower.ends_with("ay")
        && !lower.ends_with("ey")
        && !lower.ends_with("oy")
    {
        format!("{}{ies}", &phrase[..phrase.len() - 1])
    } else if lower.ends_with('s')
        || lower.ends_with("ch")
        || lower.ends_with("sh")
        || lower.ends_with('x')
    {
        format!("{phrase}{es}")
    } else if ["sman", "eman", "airman", "erman"]
        .iter()
        .any(|x| lower.ends_with(x))
        && !lower.ends_with("german")
    {
        format!(
            "{}{}",
            &phrase[..phrase.len() - 2],
            if upper { "EN" } else { "en" }
        )
    } else {
        format!("{phrase}{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural_of("army"), "armies");
        assert_eq!(plural_of("ATTORNEY"), "ATTORNEYS");
        assert_eq!(plural_of("CONGRESS"), "CONGRESSES");
        assert_eq!(plural_of("foreign minister"), "foreign ministers");
        assert_eq!(plural_of("police chief"), "police chiefs");
        assert_eq!(plural_of("congressman"), "congressmen");
        assert_eq!(plural_of("CHURCH"), "CHURCHES");
    }
}
