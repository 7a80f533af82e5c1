//! Part-of-speech tagger: UPOS and PTB XPOS predicted together as one class
//! ("NOUN|NN"), left to right, by an averaged perceptron over hashed
//! features of the word, its neighbours and the two previous tags.
//!
//! Frequent words that always carry the same tag in training are tagged from
//! a tag dictionary without scoring (Honnibal's trick: faster, and no loss).
//!
//! Tagging is two passes: the second pass sees the first pass's tags of the
//! next two words, which a left-to-right tagger otherwise cannot know ("that"
//! before a verb or a noun). It is trained on jackknifed first-pass tags, so
//! it learns how far to trust them.

use crate::features::{hash_str, mix, WordAtoms};
use crate::perceptron::{argmax, FeatureMap, Rng, Scores, Trainer, Weights, MAX_CLASSES};

/// The tag inventory: combined classes and their UPOS / XPOS parts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagSet {
    /// Combined classes "UPOS|XPOS", index = class id.
    pub classes: Vec<String>,
}

impl TagSet {
    pub fn class_of(&self, upos: &str, xpos: &str) -> Option<usize> {
        let key = format!("{upos}|{xpos}");
        self.classes.iter().position(|c| *c == key)
    }
    pub fn upos(&self, class: usize) -> &str {
        self.classes[class].split('|').next().unwrap_or("X")
    }
    pub fn xpos(&self, class: usize) -> &str {
        self.classes[class].split('|').nth(1).unwrap_or("_")
    }
    pub fn len(&self) -> usize {
        self.classes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tagger {
    pub tags: TagSet,
    pub weights: Weights,
    /// The second pass, if the model has one.
    pub second: Option<Weights>,
    /// Normalised word hash -> the only tag it takes.
    pub tagdict: FeatureMap<u8>,
}

/// The forms English auxiliaries take (UD's AUX: be, have, do, the modals
/// and passive "get", with their contractions and the chat spellings "r"
/// and "v"). AUX is a closed class: a word outside this list is never
/// tagged AUX, whatever its suffix or place ("Beijing criticized Tokyo"
/// once read as "was criticized").
const AUX_FORMS: &[&str] = &[
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "’s", "’re", "’m",
    "s", "re", "m", "have", "has", "had", "having", "'ve", "'d", "’ve", "’d", "ve", "d", "do",
    "does", "did", "will", "would", "'ll", "’ll", "ll", "shall", "should", "can", "could", "may",
    "might", "must", "ought", "wo", "ca", "sha", "ai", "get", "gets", "got", "getting", "gotten",
    "need", "dare", "wilt", "art", "shalt", "r", "v",
];

/// Whether a word may be tagged AUX (see [`AUX_FORMS`]).
fn may_be_aux(norm: u64) -> bool {
    static NORMS: std::sync::OnceLock<FeatureMap<()>> = std::sync::OnceLock::new();
    NORMS
        .get_or_init(|| {
            AUX_FORMS
                .iter()
                .map(|f| (WordAtoms::new(f).norm, ()))
                .collect()
        })
        .contains_key(&norm)
}

/// Start-of-sentence pseudo tags (must not collide with real classes).
const START1: u64 = 1000;
const START2: u64 = 1001;

/// Number of feature templates.
pub const N_FEATURES: usize = 36;

/// First-pass score margin (in weight units) above which the second pass
/// keeps the first pass's tag. Measured on EWT dev with the bundled model:
/// at 20 and above, tags are exactly as if every word went through the
/// second pass; the second pass then sees about a third of the words.
const SECOND_PASS_MARGIN: f32 = 25.0;

/// Fill `out` with the features of position `i` given the previous two tags
/// and, for the second pass, the first pass's tags.
#[inline]
fn features(
    atoms: &[WordAtoms],
    i: usize,
    t1: u64,
    t2: u64,
    first_pass: Option<&[u8]>,
    out: &mut Vec<u64>,
) {
    out.clear();
    let b0 = WordAtoms::boundary(0);
    let b1 = WordAtoms::boundary(1);
    let at = |j: isize| -> &WordAtoms {
        if j < 0 {
            if j == -1 {
                &b0
            } else {
                &b1
            }
        } else if (j as usize) < atoms.len() {
            &atoms[j as usize]
        } else if j as usize == atoms.len() {
            &b0
        } else {
            &b1
        }
    };
    let i = i as isize;
    let (p2, p1, w, n1, n2) = (at(i - 2), at(i - 1), at(i), at(i + 1), at(i + 2));
    let first = (i == 0) as u64;
    out.extend_from_slice(&[
        mix(0, 0, 0, 0, 0),
        mix(1, w.norm, 0, 0, 0),
        mix(2, w.form, 0, 0, 0),
        mix(3, w.prefix[0], 0, 0, 0),
        mix(4, w.prefix[1], 0, 0, 0),
        mix(5, w.prefix[2], 0, 0, 0),
        mix(6, w.prefix[3], 0, 0, 0),
        mix(7, w.suffix[0], 0, 0, 0),
        mix(8, w.suffix[1], 0, 0, 0),
        mix(9, w.suffix[2], 0, 0, 0),
        mix(10, w.suffix[3], 0, 0, 0),
        mix(11, w.suffix[4], 0, 0, 0),
        mix(12, w.shape, first, 0, 0),
        mix(13, w.flags, 0, 0, 0),
        mix(14, t1, 0, 0, 0),
        mix(15, t1, t2, 0, 0),
        mix(16, t1, w.norm, 0, 0),
        mix(17, p1.norm, 0, 0, 0),
        mix(18, p1.suffix[2], 0, 0, 0),
        mix(19, p2.norm, 0, 0, 0),
        mix(20, n1.norm, 0, 0, 0),
        mix(21, n1.suffix[2], 0, 0, 0),
        mix(22, n2.norm, 0, 0, 0),
        mix(23, p1.norm, w.norm, 0, 0),
        mix(24, w.norm, n1.norm, 0, 0),
        mix(25, n1.shape, 0, 0, 0),
        mix(26, p1.shape, 0, 0, 0),
        mix(27, t1, w.suffix[2], 0, 0),
        mix(28, n1.suffix[1], 0, 0, 0),
        mix(29, t1, n1.norm, 0, 0),
        mix(30, n1.flags, w.flags, 0, 0),
        mix(31, n1.norm, n2.norm, 0, 0),
        mix(32, t1, p1.norm, 0, 0),
        mix(33, p1.form, w.form, 0, 0),
        mix(34, w.suffix[1], n1.suffix[1], 0, 0),
        mix(35, t2, p2.norm, t1, 0),
    ]);
    if let Some(first_pass) = first_pass {
        let tag_at = |j: usize| -> u64 { first_pass.get(j).map_or(START1 + 10, |&t| t as u64) };
        let (r0, r1, r2) = (
            tag_at(i as usize),
            tag_at(i as usize + 1),
            tag_at(i as usize + 2),
        );
        out.extend_from_slice(&[
            mix(40, r1, 0, 0, 0),
            mix(41, r1, r2, 0, 0),
            mix(42, w.norm, r1, 0, 0),
            mix(43, t1, r1, 0, 0),
            mix(44, r0, 0, 0, 0),
            mix(45, w.suffix[2], r1, 0, 0),
            mix(46, t1, r0, r1, 0),
            mix(47, n1.norm, r2, 0, 0),
        ]);
    }
}

impl Tagger {
    /// A tagger from trained weights: `w` is the first pass, or the second
    /// when `first_pass` is given.
    fn assemble(
        tags: &TagSet,
        tagdict: &FeatureMap<u8>,
        first_pass: Option<&Weights>,
        w: Weights,
    ) -> Tagger {
        let (weights, second) = match first_pass {
            Some(b) => (b.clone(), Some(w)),
            None => (w, None),
        };
        Tagger {
            tags: tags.clone(),
            weights,
            second,
            tagdict: tagdict.clone(),
        }
    }

    /// Tag one sentence whose atoms are given; returns a class per word.
    pub fn tag(&self, atoms: &[WordAtoms]) -> Vec<u8> {
        self.tag_forced(atoms, &[])
    }

    /// As [`Tagger::tag`], with some words' classes given (`forced[i]`,
    /// where `forced` is as long as the sentence; an empty slice forces
    /// none). A forced word is tagged as a tag-dictionary word is: its
    /// neighbours see its class as their context.
    pub fn tag_forced(&self, atoms: &[WordAtoms], forced: &[Option<u8>]) -> Vec<u8> {
        let forced = (forced.len() == atoms.len()).then_some(forced);
        let mut margins = Vec::new();
        let first = self.tag_pass(&self.weights, atoms, None, forced, Some(&mut margins));
        match &self.second {
            Some(w) => {
                // Words the first pass is sure of keep their tag: the second
                // pass only revisits the doubtful ones, a fraction of the cost.
                let threshold = SECOND_PASS_MARGIN / self.weights.scale;
                let sure: Vec<bool> = margins.iter().map(|&m| m >= threshold).collect();
                self.tag_pass_with(w, atoms, Some(&first), Some(&sure), forced, None)
            }
            None => first,
        }
    }

    /// Whether the training data showed `word` in lower case (often enough
    /// for its exact-form feature to be kept): "reading" and "nice" are
    /// English words, "beijing" is not.
    pub fn saw_lowercase(&self, word: &str) -> bool {
        let f = mix(2, hash_str(&word.to_lowercase()), 0, 0, 0);
        self.weights.contains(f) || self.second.as_ref().is_some_and(|w| w.contains(f))
    }

    fn tag_pass(
        &self,
        weights: &Weights,
        atoms: &[WordAtoms],
        first: Option<&[u8]>,
        forced: Option<&[Option<u8>]>,
        margins: Option<&mut Vec<f32>>,
    ) -> Vec<u8> {
        self.tag_pass_with(weights, atoms, first, None, forced, margins)
    }

    /// One left-to-right pass. `sure` marks the words whose first-pass tag
    /// is kept without scoring; `margins` receives, per word, the score
    /// difference between the best and the second-best class (infinite for
    /// words from the tag dictionary), in the table's units.
    fn tag_pass_with(
        &self,
        weights: &Weights,
        atoms: &[WordAtoms],
        first: Option<&[u8]>,
        sure: Option<&[bool]>,
        forced: Option<&[Option<u8>]>,
        margins: Option<&mut Vec<f32>>,
    ) -> Vec<u8> {
        thread_local! {
            static BUFFERS: std::cell::RefCell<(Vec<u64>, Scores)> = const { std::cell::RefCell::new((Vec::new(), [0; MAX_CLASSES])) };
        }
        BUFFERS.with(|b| {
            let (feats, scores) = &mut *b.borrow_mut();
            self.pass_into(weights, atoms, first, sure, forced, margins, feats, scores)
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn pass_into(
        &self,
        weights: &Weights,
        atoms: &[WordAtoms],
        first: Option<&[u8]>,
        sure: Option<&[bool]>,
        forced: Option<&[Option<u8>]>,
        mut margins: Option<&mut Vec<f32>>,
        feats: &mut Vec<u64>,
        scores: &mut Scores,
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(atoms.len());
        let (mut t1, mut t2) = (START1, START2);
        for i in 0..atoms.len() {
            let keep = match (forced.and_then(|f| f[i]), first, sure) {
                (Some(c), _, _) => Some(c as usize),
                (None, Some(f), Some(s)) if s[i] => Some(f[i] as usize),
                _ => self.tagdict.get(&atoms[i].norm).map(|&c| c as usize),
            };
            let class = match keep {
                Some(c) => {
                    if let Some(m) = margins.as_deref_mut() {
                        m.push(f32::INFINITY);
                    }
                    c
                }
                None => {
                    features(atoms, i, t1, t2, first, feats);
                    weights.clear(scores);
                    weights.score(feats, scores);
                    let scores = &scores[..self.tags.len()];
                    let mut best = argmax(scores);
                    if self.tags.classes[best].starts_with("AUX|") && !may_be_aux(atoms[i].norm) {
                        best = (0..scores.len())
                            .filter(|&c| !self.tags.classes[c].starts_with("AUX|"))
                            .max_by_key(|&c| scores[c])
                            .unwrap_or(best);
                    }
                    if let Some(m) = margins.as_deref_mut() {
                        // Integer scores: the difference is exact, as it was
                        // in floating point.
                        let second = scores
                            .iter()
                            .enumerate()
                            .filter(|&(c, _)| c != best)
                            .map(|(_, &s)| s)
                            .max();
                        m.push(second.map_or(f32::INFINITY, |s| (scores[best] - s) as f32));
                    }
                    best
                }
            };
            out.push(class as u8);
            t2 = t1;
            t1 = class as u64;
        }
        out
    }
}

/// One training sentence: word atoms and gold classes.
#[derive(Clone)]
pub struct TaggedSentence {
    pub atoms: Vec<WordAtoms>,
    pub gold: Vec<u8>,
}

/// Build the tag dictionary: words seen at least `min_count` times with one
/// tag in at least 99 % of them.
fn build_tagdict(data: &[TaggedSentence], n_classes: usize) -> FeatureMap<u8> {
    let mut counts: FeatureMap<Vec<u32>> = FeatureMap::default();
    for s in data {
        for (a, &g) in s.atoms.iter().zip(&s.gold) {
            counts.entry(a.norm).or_insert_with(|| vec![0; n_classes])[g as usize] += 1;
        }
    }
    let mut dict = FeatureMap::default();
    for (w, c) in counts {
        let total: u32 = c.iter().sum();
        let (best, &n) = c.iter().enumerate().max_by_key(|(_, &n)| n).unwrap();
        if total >= 20 && n as f64 / total as f64 >= 0.99 {
            dict.insert(w, best as u8);
        }
    }
    dict
}

/// Train one pass of the tagger. `first` holds the first-pass tags of
/// each training sentence when training the second pass. `dev` (if any) is
/// tagged every third epoch and its accuracy reported to `log`.
#[allow(clippy::too_many_arguments)]
fn train_pass(
    tags: &TagSet,
    tagdict: &FeatureMap<u8>,
    data: &[TaggedSentence],
    first: Option<&[Vec<u8>]>,
    dev: &[TaggedSentence],
    base: Option<&Weights>,
    epochs: usize,
    seed: u64,
    min_updates: u32,
    log: &mut dyn FnMut(String),
) -> Weights {
    let n = tags.len();
    let mut trainer = Trainer::new(n);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let mut feats = Vec::with_capacity(N_FEATURES + 8);
    let mut scores = vec![0f32; n];
    let pass = if first.is_some() { 2 } else { 1 };
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &data[si];
            let first_tags = first.map(|f| f[si].as_slice());
            let (mut t1, mut t2) = (START1, START2);
            for i in 0..s.atoms.len() {
                let gold = s.gold[i] as usize;
                let guess = match tagdict.get(&s.atoms[i].norm) {
                    Some(&c) => c as usize,
                    None => {
                        features(&s.atoms, i, t1, t2, first_tags, &mut feats);
                        trainer.tick();
                        trainer.score(&feats, &mut scores);
                        let g = argmax(&scores);
                        trainer.update(gold, g, &feats);
                        g
                    }
                };
                right += (guess == gold) as usize;
                total += 1;
                t2 = t1;
                t1 = guess as u64;
            }
        }
        let mut msg = format!(
            "tagger pass {pass} epoch {}: train {:.2}%",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64
        );
        if !dev.is_empty() && (epoch + 1 == epochs || epoch % 3 == 2) {
            let w = trainer.averaged(0.0);
            let tagger = Tagger::assemble(tags, tagdict, base, w);
            msg += &format!(", dev {:.2}%", 100.0 * accuracy(&tagger, dev));
        }
        log(msg);
    }
    trainer.averaged_pruned(1e-3, min_updates)
}

/// Train a one-pass tagger (used for jackknifing).
pub fn train(
    tags: TagSet,
    data: &[TaggedSentence],
    dev: &[TaggedSentence],
    epochs: usize,
    seed: u64,
    min_updates: u32,
    log: &mut dyn FnMut(String),
) -> Tagger {
    let tagdict = build_tagdict(data, tags.len());
    let weights = train_pass(
        &tags,
        &tagdict,
        data,
        None,
        dev,
        None,
        epochs,
        seed,
        min_updates,
        log,
    );
    Tagger {
        tags,
        weights,
        second: None,
        tagdict,
    }
}

/// Add the second pass to a trained first pass; `first` holds jackknifed
/// first-pass tags of `data`.
#[allow(clippy::too_many_arguments)]
pub fn train_second_pass(
    tagger: Tagger,
    data: &[TaggedSentence],
    first: &[Vec<u8>],
    dev: &[TaggedSentence],
    epochs: usize,
    seed: u64,
    min_updates: u32,
    log: &mut dyn FnMut(String),
) -> Tagger {
    let second = train_pass(
        &tagger.tags,
        &tagger.tagdict,
        data,
        Some(first),
        dev,
        Some(&tagger.weights),
        epochs,
        seed ^ 0x2,
        min_updates,
        log,
    );
    Tagger {
        second: Some(second),
        ..tagger
    }
}

/// Share of words tagged with the right combined class.
pub fn accuracy(tagger: &Tagger, data: &[TaggedSentence]) -> f64 {
    let (mut right, mut total) = (0, 0);
    for s in data {
        let out = tagger.tag(&s.atoms);
        right += out.iter().zip(&s.gold).filter(|(a, b)| a == b).count();
        total += out.len();
    }
    right as f64 / total.max(1) as f64
}
