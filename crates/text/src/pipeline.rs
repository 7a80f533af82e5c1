//! The whole text engine behind one call: raw text in, annotated
//! [`Document`] out. Also the entry points the benchmark and the evaluation
//! use on pre-tokenized text.

use crate::doc::{Document, Sentence, Span, Token, Word};
use crate::features::WordAtoms;
use crate::model::{Model, ModelError};
use crate::parser::ParsedTree;
use crate::perceptron::FeatureMap;
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
    /// Proper names (normalised word hashes): see [`Pipeline::with_names`].
    names: FeatureMap<()>,
    /// Adjectives of names (normalised word hashes): see
    /// [`Pipeline::with_name_adjectives`].
    name_adjectives: FeatureMap<()>,
    /// The tag class of a singular proper noun (`PROPN|NNP`).
    propn: Option<u8>,
    /// The tag class of an adjective (`ADJ|JJ`).
    adj: Option<u8>,
    /// The class of a cardinal number (NUM, CD).
    num: Option<u8>,
    /// The classes of a singular common noun (`NOUN|NN`), of a past verb
    /// (`VERB|VBD`) and of a verb's base form (`VERB|VB`).
    noun: Option<u8>,
    past: Option<u8>,
    base: Option<u8>,
    /// The class of a gerund or present participle (`VERB|VBG`).
    gerund: Option<u8>,
    /// What a spliced-in day takes: the preposition's tag class and the
    /// ids of `obl` and `case` (see [`Pipeline::tag_parse`]).
    day_splice: Option<(u8, u8, u8)>,
}

impl Pipeline {
    pub fn new(model: Model) -> Pipeline {
        let class = |upos: &str, xpos: &str| {
            model
                .tagger
                .tags
                .class_of(upos, xpos)
                .and_then(|c| u8::try_from(c).ok())
        };
        let (propn, adj, num, noun, past, base) = (
            class("PROPN", "NNP"),
            class("ADJ", "JJ"),
            class("NUM", "CD"),
            class("NOUN", "NN"),
            class("VERB", "VBD"),
            class("VERB", "VB"),
        );
        let gerund = class("VERB", "VBG");
        let day_splice = match (
            class("ADP", "IN"),
            model.parser.label_id_of("obl"),
            model.parser.label_id_of("case"),
        ) {
            (Some(adp), Some(obl), Some(case)) => Some((adp, obl, case)),
            _ => None,
        };
        Pipeline {
            model,
            names: FeatureMap::default(),
            name_adjectives: FeatureMap::default(),
            propn,
            num,
            adj,
            noun,
            past,
            base,
            gerund,
            day_splice,
        }
    }

    /// The pipeline, told that these one-word names are proper nouns
    /// wherever they are capitalised and the training data never showed
    /// them in lower case. News opens sentences with place names the
    /// treebank never saw, and the tagger, reading a capital at a
    /// sentence's start as no evidence, made verbs and adjectives of them
    /// ("Beijing on Monday imposed ...": "Beijing" a gerund, lemma "beij").
    /// "Reading" and "Nice" stay as the tagger reads them. Names with a
    /// space are left out: their words are tagged one by one.
    pub fn with_names<'a>(mut self, names: impl IntoIterator<Item = &'a str>) -> Pipeline {
        let tagger = &self.model.tagger;
        for name in names {
            if name.is_empty() || name.contains(char::is_whitespace) {
                continue;
            }
            let norm = crate::features::norm_hash(name);
            if !self.names.contains_key(&norm) && !tagger.saw_lowercase(name) {
                self.names.insert(norm, ());
            }
        }
        self
    }

    /// The pipeline, told that these one-word adjectives of names
    /// ("Turkish", "Israeli") are adjectives wherever they are capitalised
    /// and the tagger reads them as verbs: "Turkish drone strikes killed
    /// ..." opened with a verb, the capital at a sentence's start no
    /// evidence to the tagger.
    pub fn with_name_adjectives<'a>(
        mut self,
        words: impl IntoIterator<Item = &'a str>,
    ) -> Pipeline {
        for w in words {
            if !w.is_empty() && !w.contains(char::is_whitespace) {
                self.name_adjectives
                    .insert(crate::features::norm_hash(w), ());
            }
        }
        self
    }

    /// How many names [`Pipeline::with_names`] kept.
    pub fn n_names(&self) -> usize {
        self.names.len()
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
        Sentence {
            span: sentence_span(tokens),
            words,
            annotated: true,
        }
    }

    /// Like [`Pipeline::annotate`], but a sentence whose tokens `wanted`
    /// turns down is only tokenized (`annotated: false`). `wanted` sees the
    /// sentences in order. Tagging and
    /// parsing are most of the time a news page takes, and most of a
    /// page's sentences (menus, captions, sport) hold nothing a caller
    /// such as the event coder can use.
    pub fn annotate_screened(
        &self,
        text: &str,
        mut wanted: impl FnMut(&[Token]) -> bool,
    ) -> Document {
        let sentences = segment::segment(text)
            .into_iter()
            .map(|tokens| {
                if wanted(&tokens) {
                    self.annotate_tokens(&tokens)
                } else {
                    tokenized_only(&tokens)
                }
            })
            .collect();
        Document {
            text: text.to_string(),
            sentences,
        }
    }

    /// Tags and parses the sentences [`Pipeline::annotate_screened`] left
    /// tokenized, so that the document is as [`Pipeline::annotate`] makes it.
    pub fn complete(&self, doc: &mut Document) {
        self.complete_where(doc, |_| true);
    }

    /// [`Pipeline::complete`] for the sentences whose word forms `wanted`
    /// admits: the others stay tokenized only.
    pub fn complete_where(&self, doc: &mut Document, mut wanted: impl FnMut(&[&str]) -> bool) {
        for s in doc.sentences.iter_mut().filter(|s| !s.annotated) {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            if !wanted(&forms) {
                continue;
            }
            let tokens: Vec<Token> = s
                .words
                .iter()
                .map(|w| Token {
                    form: w.form.clone(),
                    span: w.span,
                    space_after: w.space_after,
                })
                .collect();
            *s = self.annotate_tokens(&tokens);
        }
    }

    /// Tag and parse word forms: tag classes and the tree. This is the hot
    /// path the `bench parse` benchmark measures.
    ///
    /// News puts the day between the subject and its verb ("Moscow on
    /// Friday ordered ...", "Azerbaijan on Wednesday freed ...") or between
    /// a verb and its complement ("demanded on Friday that ..."), which the
    /// treebank seldom does: the tagger then read "freed" as a participle
    /// and the parser made "Moscow" the root. Such a sentence is tagged and
    /// parsed without the two words, which then go back in as a verb's
    /// `obl` and its `case`.
    pub fn tag_parse(&self, forms: &[&str]) -> (Vec<u8>, ParsedTree) {
        if let Some(d) = crate::segment::dateline_end(forms) {
            if let Some(out) = self.tag_parse_datelined(forms, d) {
                return out;
            }
        }
        self.tag_parse_body(forms)
    }

    /// A sentence that opens with a dateline (`ABU DHABI, July 10
    /// (Reuters) -`), its first `d` words: the dateline and the rest are
    /// tagged and parsed apart, the dateline's root a `dep` of the rest's.
    /// Parsed whole, the model (which met few datelines in the treebank)
    /// let the dateline break the first actor's phrase apart.
    fn tag_parse_datelined(&self, forms: &[&str], d: usize) -> Option<(Vec<u8>, ParsedTree)> {
        let dep = self
            .model
            .parser
            .label_id_of(crate::parser::FALLBACK_LABEL)?;
        let (mut tags, mut tree) = self.tag_parse_plain(&forms[..d]);
        let (btags, btree) = self.tag_parse_body(&forms[d..]);
        let broot = btree.heads.iter().position(|&h| h == 0)? + d + 1;
        for (h, l) in tree.heads.iter_mut().zip(tree.labels.iter_mut()) {
            if *h == 0 {
                *h = broot as u32;
                *l = dep;
            }
        }
        for (&h, &l) in btree.heads.iter().zip(&btree.labels) {
            tree.heads.push(if h == 0 { 0 } else { h + d as u32 });
            tree.labels.push(l);
        }
        tags.extend(btags);
        Some((tags, tree))
    }

    /// [`Pipeline::tag_parse`] past a dateline: the attribution splice.
    fn tag_parse_body(&self, forms: &[&str]) -> (Vec<u8>, ParsedTree) {
        if let Some(c) = trailing_attribution(forms) {
            if let Some(out) = self.tag_parse_attributed(forms, c) {
                return out;
            }
        }
        self.tag_parse_day(forms)
    }

    /// A sentence that ends in an attribution ("..., Palestinian health
    /// officials said."), the comma at `c`: the report and the attribution
    /// are tagged and parsed apart and joined, the reporting verb a
    /// `parataxis` of the report's root. Parsed whole, the treebank's
    /// model often made the reporting verb the root with two subjects and
    /// the report's verb a modifier.
    fn tag_parse_attributed(&self, forms: &[&str], c: usize) -> Option<(Vec<u8>, ParsedTree)> {
        let parser = &self.model.parser;
        let (parataxis, punct) = (
            parser.label_id_of("parataxis")?,
            parser.label_id_of("punct")?,
        );
        let comma = self.model.tagger.tags.class_of("PUNCT", ",")?;
        let (mut tags, mut tree) = self.tag_parse_day(&forms[..c]);
        let (atags, atree) = self.tag_parse_day(&forms[c + 1..]);
        let root = tree.heads.iter().position(|&h| h == 0)? as u32 + 1;
        let aroot = atree.heads.iter().position(|&h| h == 0)? + c + 2;
        tags.push(u8::try_from(comma).ok()?);
        tree.heads.push(aroot as u32);
        tree.labels.push(punct);
        for (k, (&h, &l)) in atree.heads.iter().zip(&atree.labels).enumerate() {
            if h == 0 {
                tree.heads.push(root);
                tree.labels.push(parataxis);
            } else {
                tree.heads.push(h + c as u32 + 1);
                tree.labels.push(l);
            }
            tags.push(atags[k]);
        }
        // The closing full stop is the sentence's, on its root.
        let last = tree.heads.len() - 1;
        if forms[last] == "." && tree.heads[last] as usize == aroot {
            tree.heads[last] = root;
        }
        Some((tags, tree))
    }

    /// [`Pipeline::tag_parse`] past the attribution: the day splice.
    fn tag_parse_day(&self, forms: &[&str]) -> (Vec<u8>, ParsedTree) {
        if let Some(i) = interjected_day(forms) {
            if let Some(out) = self.tag_parse_around(forms, i) {
                return out;
            }
        }
        self.tag_parse_plain(forms)
    }

    /// [`Pipeline::tag_parse`] without the words `i` and `i + 1` ("on
    /// Friday"), spliced back in.
    fn tag_parse_around(&self, forms: &[&str], i: usize) -> Option<(Vec<u8>, ParsedTree)> {
        let tagset = &self.model.tagger.tags;
        let (adp, obl, case) = self.day_splice?;
        let propn = self.propn?;
        let parser = &self.model.parser;
        let mut reduced: Vec<&str> = forms[..i].to_vec();
        reduced.extend_from_slice(&forms[i + 2..]);
        let (rtags, rtree) = self.tag_parse_plain(&reduced);
        // Reduced word r (0-based) is word `full(r)` of the sentence.
        let full = |r: usize| if r < i { r } else { r + 2 };
        let head_of = |h: u32| {
            if h == 0 {
                0
            } else {
                full(h as usize - 1) as u32 + 1
            }
        };
        // The day hangs on the verb after it ("Moscow on Friday ordered"),
        // or on the head of an adverb or auxiliary there ("on Friday also
        // said"), else on the last verb before it ("demanded on Friday
        // that ...", "imposed sanctions on Monday on five commanders").
        let is_verb = |class: u8| matches!(tagset.upos(class as usize), "VERB" | "AUX");
        let after = i;
        let after_label = parser.label(rtree.labels[after]);
        let anchor = if matches!(after_label, "advmod" | "aux" | "aux:pass")
            && rtree.heads[after] != 0
            && is_verb(rtags[rtree.heads[after] as usize - 1])
        {
            rtree.heads[after] as usize - 1
        } else if is_verb(rtags[after]) {
            after
        } else {
            (0..i).rev().find(|&r| is_verb(rtags[r]))?
        };
        let n = forms.len();
        let (mut tags, mut heads, mut labels) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        for (r, (&tag, (&head, &label))) in rtags
            .iter()
            .zip(rtree.heads.iter().zip(&rtree.labels))
            .enumerate()
        {
            if r == i {
                tags.extend([adp, propn]);
                heads.extend([(i + 2) as u32, full(anchor) as u32 + 1]);
                labels.extend([case, obl]);
            }
            tags.push(tag);
            heads.push(head_of(head));
            labels.push(label);
        }
        Some((tags, ParsedTree { heads, labels }))
    }

    fn tag_parse_plain(&self, forms: &[&str]) -> (Vec<u8>, ParsedTree) {
        let atoms: Vec<WordAtoms> = forms.iter().map(|f| WordAtoms::new(f)).collect();
        let tagger = &self.model.tagger;
        let mut tags = tagger.tag(&atoms);
        // Names the tagger read as anything but a proper noun (singular or
        // plural: "Maldives" stays NNPS) are tagged again as NNP, and a
        // place's participle adjective ("quake-hit", one token) read as a
        // verb ("to quake-hit Morocco" an infinitive) as JJ; the sentence
        // is tagged twice only when it has one.
        let name = |a: &WordAtoms, t: u8| {
            a.flags & 1 != 0
                && !self.names.is_empty()
                && self.names.contains_key(&a.norm)
                && tagger.tags.upos(t as usize) != "PROPN"
        };
        // A country's adjective read as a verb, or as a proper noun before
        // a plural common noun ("Rwandan | troops" two subjects).
        let adjective = |i: usize, tags: &[u8]| {
            let upos = tagger.tags.upos(tags[i] as usize);
            let before_noun = tags
                .get(i + 1)
                .is_some_and(|&n| tagger.tags.xpos(n as usize) == "NNS");
            (crate::tokenize::is_damage_compound(forms[i]) && upos != "ADJ")
                // "the paramilitary Rapid Support Forces" read as a noun
                // with the name its object.
                || (upos == "NOUN"
                    && forms[i].eq_ignore_ascii_case("paramilitary")
                    && tags.get(i + 1).is_some_and(|&n| {
                        matches!(tagger.tags.upos(n as usize), "PROPN" | "NOUN" | "ADJ")
                    }))
                // "to eastern Chad" read as an infinitive.
                || (upos == "VERB" && is_direction_adjective(forms[i]))
                || ((upos == "VERB" || (upos == "PROPN" && before_noun))
                    && atoms[i].flags & 1 != 0
                    && self.name_adjectives.contains_key(&atoms[i].norm))
        };
        let is_name_like_past = |i: usize, tags: &[u8]| {
            let form = forms[i];
            atoms[i].flags & 3 == 1
                && form.len() >= 5
                && form.ends_with("ed")
                && tagger.tags.upos(tags[i] as usize) == "VERB"
                && !tagger.tagdict.contains_key(&atoms[i].norm)
                && atoms.get(i + 1).is_some_and(|a| a.flags & 3 == 1)
                && tagger.tags.upos(tags[i + 1] as usize) == "PROPN"
                // Not inside a title-case headline ("Russia Accused Kyiv").
                && (i == 0 || atoms[i - 1].flags & 1 == 0)
        };
        let is_mandative_subjunctive = |i: usize, tags: &[u8]| {
            let upos = |k: usize| tagger.tags.upos(tags[k] as usize);
            let form = forms[i];
            if !matches!(upos(i), "NOUN" | "ADP" | "ADJ")
                || (form.ends_with('s') && !form.ends_with("ss"))
                || !form.bytes().all(|b| b.is_ascii_lowercase())
                || tags
                    .get(i + 1)
                    .is_some_and(|&n| matches!(tagger.tags.upos(n as usize), "VERB" | "AUX"))
            {
                return false;
            }
            // One to three capitalised names right before, "that" before them.
            let mut j = i;
            while j > 0 && i - j < 3 && atoms[j - 1].flags & 1 != 0 && upos(j - 1) == "PROPN" {
                j -= 1;
            }
            if j == i || j < 2 || !forms[j - 1].eq_ignore_ascii_case("that") {
                return false;
            }
            // The demanding verb, perhaps with its day between ("demanded on
            // Monday that ...").
            let mut v = j - 2;
            if v >= 2 && forms[v - 1].eq_ignore_ascii_case("on") {
                v -= 2;
            }
            MANDATIVE_VERBS.contains(&forms[v].to_ascii_lowercase().as_str())
        };
        let forced_class = |i: usize, tags: &[u8]| -> Option<u8> {
            if name(&atoms[i], tags[i]) {
                self.propn
            } else if adjective(i, tags) {
                self.adj
            } else if tagger.tags.upos(tags[i] as usize) == "ADJ"
                && i > 0
                && ((NOUN_ADJECTIVES.contains(&forms[i])
                    && matches!(
                        forms[i - 1],
                        "'s" | "\u{2019}s" | "the" | "The" | "its" | "their"
                    ))
                    // "a French national accused of ...": a citizen.
                    || (forms[i] == "national"
                        && atoms[i - 1].flags & 1 != 0
                        && tagger.tags.upos(tags[i - 1] as usize) == "ADJ"))
                && tags.get(i + 1).is_none_or(|&n| {
                    !matches!(tagger.tags.upos(n as usize), "NOUN" | "PROPN" | "ADJ")
                })
            {
                // "Myanmar's military to release ...": the army itself.
                self.noun
            } else if (tagger.tags.upos(tags[i] as usize) == "VERB"
                && NEVER_VERBS.contains(&forms[i]))
                || (matches!(tagger.tags.upos(tags[i] as usize), "ADV" | "ADJ")
                    && NOUNS_NEVER_MODIFIERS.contains(&forms[i]))
            {
                // "was granted asylum by Spain": "asylum" an adverb;
                // "Mali's withdrawal from the bloc": an adjective.
                self.noun
            } else if tagger.tags.upos(tags[i] as usize) == "VERB"
                && ADJECTIVES_NEVER_VERBS.contains(&forms[i])
            {
                // "Protesters angry over tax increases stormed ...".
                self.adj
            } else if (tagger.tags.upos(tags[i] as usize) == "NOUN"
                && NEVER_NOUNS.contains(&forms[i]))
                || (!(matches!(tagger.tags.xpos(tags[i] as usize), "VBD" | "VBN")
                    || (forms[i] == "quit" && tagger.tags.upos(tags[i] as usize) == "VERB"))
                    && PAST_ONLY_FORMS
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(forms[i])))
                // "The UN secretary-general urged Armenia ...": a verb of
                // speech no adjective is made of.
                || (tagger.tags.upos(tags[i] as usize) == "ADJ"
                    && PASTS_NEVER_ADJECTIVES.contains(&forms[i]))
            {
                self.past
            } else if i > 0
                && forms[i - 1].eq_ignore_ascii_case("to")
                && tagger.tags.upos(tags[i] as usize) == "ADJ"
                && VERB_ADJECTIVES.contains(&forms[i])
                && tags.get(i + 1).is_some_and(|&n| {
                    matches!(
                        tagger.tags.upos(n as usize),
                        "DET" | "NUM" | "PRON" | "PROPN"
                    ) || (matches!(tagger.tags.upos(n as usize), "ADJ" | "ADV")
                        && i > 1
                        && tagger.tags.upos(tags[i - 2] as usize) == "VERB")
                })
            {
                // "refused to free a French teacher", "promised to free more
                // prisoners": the verb, not "free" an adjective with "to"
                // its preposition ("access to free legal aid").
                self.base
            } else if i > 0
                && forms[i] == "remaining"
                && tagger.tags.upos(tags[i] as usize) == "VERB"
                && matches!(
                    forms[i - 1].to_ascii_lowercase().as_str(),
                    "the"
                        | "all"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "any"
                        | "those"
                        | "these"
                        | "'s"
                )
            {
                // "all remaining hostages": an adjective, not a participle
                // whose object is the hostages.
                self.adj
            } else if i > 0
                && forms[i - 1] == ","
                && matches!(tagger.tags.upos(tags[i] as usize), "ADJ" | "NOUN")
                && CLAUSE_PARTICIPLES.contains(&forms[i])
                && tags.get(i + 1).is_some_and(|&n| {
                    matches!(
                        tagger.tags.upos(n as usize),
                        "DET" | "NOUN" | "PROPN" | "NUM" | "PRON" | "ADJ"
                    )
                })
            {
                // "..., demanding accountability for ...": the participle
                // of a clause after its comma, not "a demanding job".
                self.gerund
            } else if is_mandative_subjunctive(i, tags) {
                // "demanded that Serbia hand over ...": the base verb of
                // the demanded clause, not a noun after a name.
                self.base
            } else if is_name_like_past(i, tags) {
                // "Rached Ghannouchi", "Hamed ...": a first name of "-ed"
                // the treebank never saw, read as a past verb.
                self.propn
            } else if (crate::tokenize::is_spelled_number(forms[i])
                && tagger.tags.upos(tags[i] as usize) != "NUM")
                || (CARDINAL_WORDS
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(forms[i]))
                    && matches!(
                        tagger.tags.upos(tags[i] as usize),
                        "VERB" | "AUX" | "ADJ" | "ADV"
                    ))
            {
                // "Twelve Malian soldiers ...": a count opening a sentence
                // the treebank seldom shows, read as a verb.
                self.num
            } else {
                None
            }
        };
        if (0..atoms.len()).any(|i| forced_class(i, &tags).is_some()) {
            let forced: Vec<Option<u8>> =
                (0..atoms.len()).map(|i| forced_class(i, &tags)).collect();
            tags = tagger.tag_forced(&atoms, &forced);
        }
        let tree = self.model.parser.parse(&atoms, &tags);
        (tags, tree)
    }
}

/// Adjectives of direction: never verbs, and no region of their own
/// ("western Afghanistan" is not the West; the coder uses them too).
pub const DIRECTION_ADJECTIVES: [&str; 9] = [
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    "northwestern",
    "northeastern",
    "southwestern",
    "southeastern",
];

/// Nouns the tagger may read as an adverb ("was granted asylum") or, in
/// "-al", as an adjective ("Mali's withdrawal from ...").
const NOUNS_NEVER_MODIFIERS: [&str; 11] = [
    "asylum",
    "withdrawal",
    "withdrawals",
    "approval",
    "arrival",
    "removal",
    "refusal",
    "proposal",
    "renewal",
    "dismissal",
    "reprisal",
];

/// Adjectives that stand for an institution or an event after a
/// possessive or "the" when no noun follows ("Myanmar's military", "the
/// military said", "Azerbaijan's offensive against ...").
const NOUN_ADJECTIVES: [&str; 2] = ["military", "offensive"];

/// Participles that open a clause after a comma in news ("..., demanding
/// accountability"), which the tagger may read as adjectives or nouns.
const CLAUSE_PARTICIPLES: [&str; 16] = [
    "demanding",
    "calling",
    "urging",
    "accusing",
    "citing",
    "prompting",
    "forcing",
    "sparking",
    "threatening",
    "blaming",
    "warning",
    "vowing",
    "pledging",
    "condemning",
    "seeking",
    "pressing",
];

/// Words news never uses as verbs that the treebank is too small to know
/// ("hit with water cannon", "cannon" read as a verb; "1,000 Afghan
/// refugees" with "refugees" a present verb, as "flees" would be).
const NEVER_VERBS: [&str; 10] = [
    "cannon",
    "cannons",
    "refugees",
    "detainees",
    "evacuees",
    "returnees",
    "deportees",
    "employees",
    "trainees",
    "retirees",
];

/// Irregular past forms the treebank never saw, that are nothing but a
/// past verb ("Israeli troops withdrew from ..." read as a preposition),
/// and "quit", read as a determiner when not a verb; or read as a
/// present ("drones sank a ship": "sank" a present like "thank").
const PAST_ONLY_FORMS: [&str; 18] = [
    "quit",
    "sank",
    "withdrew",
    "overran",
    "overthrew",
    "overtook",
    "undertook",
    "foresaw",
    "forbade",
    "withstood",
    "underwent",
    "overcame",
    "befell",
    "strove",
    "mistook",
    "overrode",
    "outran",
    "forsook",
];

/// Past forms of verbs of speech that are never adjectives.
const PASTS_NEVER_ADJECTIVES: [&str; 10] = [
    "urged",
    "warned",
    "vowed",
    "pledged",
    "demanded",
    "denounced",
    "criticized",
    "criticised",
    "slammed",
    "lambasted",
];

/// Adjectives that are verbs after "to" and before their object ("to free
/// the hostages", "to secure the border").
const VERB_ADJECTIVES: [&str; 5] = ["free", "secure", "clear", "open", "calm"];

/// Words news never uses as nouns ("Scholz spoke by telephone with ...",
/// "spoke" read as a wheel's).
const NEVER_NOUNS: [&str; 1] = ["spoke"];
/// Counts spelled as one word, never verbs or adjectives.
const CARDINAL_WORDS: [&str; 23] = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
];
/// Adjectives the tagger may read as a verb after a plural subject.
const ADJECTIVES_NEVER_VERBS: [&str; 3] = ["angry", "furious", "unhappy"];
/// Verbs whose "that" clause takes a bare subjunctive ("demanded that
/// Japan retract ...").
const MANDATIVE_VERBS: [&str; 12] = [
    "demand",
    "demanded",
    "demands",
    "insisted",
    "insists",
    "urged",
    "asked",
    "requested",
    "proposed",
    "recommended",
    "insist",
    "urge",
];

/// A direction read as a verb after "to" ("sent aid to eastern Chad"): the
/// tagger read it as an infinitive.
fn is_direction_adjective(form: &str) -> bool {
    DIRECTION_ADJECTIVES
        .iter()
        .chain(&["coastal"])
        .any(|d| d.eq_ignore_ascii_case(form))
}

/// Verbs of an attribution that closes a sentence.
const REPORTING_FORMS: [&str; 19] = [
    "said",
    "says",
    "told",
    "reported",
    "added",
    "announced",
    "confirmed",
    "stated",
    "wrote",
    "claimed",
    "warned",
    "insisted",
    "noted",
    "stressed",
    "argued",
    "cautioned",
    "declared",
    "alleged",
    "posted",
];

/// Where a closing attribution starts ("..., Palestinian health officials
/// said.", "..., the ministry said in a statement on Friday."): the index
/// of its comma. A short phrase after a comma, then a reporting verb, then
/// at most a few words to the end, or to a comma that opens an appendix
/// ("..., the embassy said on Tuesday, in a move likely to ...", "...,
/// officials said, citing ..."); the report before the comma is four
/// words or more.
fn trailing_attribution(forms: &[&str]) -> Option<usize> {
    // Words that open an appendix after the attribution's own comma.
    const APPENDIX_OPENERS: [&str; 28] = [
        "a",
        "an",
        "the",
        "days",
        "hours",
        "weeks",
        "months",
        "years",
        "in",
        "citing",
        "adding",
        "saying",
        "noting",
        "calling",
        "claiming",
        "warning",
        "accusing",
        "urging",
        "insisting",
        "stressing",
        "as",
        "amid",
        "after",
        "while",
        "without",
        "according",
        "describing",
        "referring",
    ];
    let commas: Vec<usize> = (0..forms.len()).filter(|&k| forms[k] == ",").collect();
    // The last comma (a closing attribution) or the one before it (an
    // attribution with an appendix).
    for (n, &c) in commas.iter().rev().take(2).enumerate() {
        if c < 4 {
            return None;
        }
        let Some(v) = (c + 2..forms.len().min(c + 9)).find(|&k| {
            REPORTING_FORMS
                .iter()
                .any(|r| r.eq_ignore_ascii_case(forms[k]))
        }) else {
            continue;
        };
        // The speaker: a noun phrase, not a clause ("..., which he said").
        const NOT_SPEAKERS: [&str; 10] = [
            "which", "who", "that", "and", "but", "as", "while", "when", "what", "where",
        ];
        if forms[c + 1..v]
            .iter()
            .any(|f| NOT_SPEAKERS.iter().any(|x| x.eq_ignore_ascii_case(f)) || *f == "\"")
        {
            return None;
        }
        let tail = &forms[v + 1..];
        let closing =
            n == 0 && tail.len() <= 8 && tail.last().is_none_or(|f| matches!(*f, "." | "!"));
        let appended = n == 1 && {
            let next = commas[commas.len() - 1];
            next > v
                && next - v <= 5
                && forms
                    .get(next + 1)
                    .is_some_and(|f| APPENDIX_OPENERS.contains(&f.to_lowercase().as_str()))
        };
        if closing || appended {
            return Some(c);
        }
    }
    None
}

/// Where "on" and a weekday sit between a word and a lower-case word or a
/// comma ("Moscow on Friday ordered", "demanded on Friday that"): the
/// index of the first such "on".
fn interjected_day(forms: &[&str]) -> Option<usize> {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    // A clause after the day ("early on Sunday after militants fired")
    // is another clause's business: left as it stands.
    const CLAUSE_OPENERS: [&str; 9] = [
        "after",
        "before",
        "when",
        "while",
        "as",
        "because",
        "since",
        "until",
        "following",
    ];
    (1..forms.len().saturating_sub(2)).find(|&i| {
        forms[i].eq_ignore_ascii_case("on")
            && DAYS.contains(&forms[i + 1])
            && forms[i - 1]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            // Or a comma: "struck targets in Gaza early on Saturday, killing".
            // Or a name after a past verb: "rejected on Thursday
            // Venezuela's claim", "accused on Friday Rwanda of".
            && (forms[i + 2].chars().next().is_some_and(char::is_lowercase)
                || forms[i + 2] == ","
                || (forms[i + 2].chars().next().is_some_and(char::is_uppercase)
                    && forms[i - 1].ends_with("ed")
                    && forms[i - 1].chars().all(|c| c.is_ascii_lowercase())))
            && !CLAUSE_OPENERS.contains(&forms[i + 2])
    })
}

/// A sentence of tokens only: see [`Sentence::annotated`].
fn tokenized_only(tokens: &[Token]) -> Sentence {
    let words = tokens
        .iter()
        .map(|t| Word {
            form: t.form.clone(),
            span: t.span,
            space_after: t.space_after,
            lemma: String::new(),
            upos: String::new(),
            xpos: String::new(),
            feats: String::new(),
            head: 0,
            deprel: String::new(),
        })
        .collect();
    Sentence {
        span: sentence_span(tokens),
        words,
        annotated: false,
    }
}

fn sentence_span(tokens: &[Token]) -> Span {
    match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => Span::default(),
    }
}
