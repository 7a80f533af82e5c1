//! Labelled dependency parser: greedy arc-eager transitions scored by an
//! averaged perceptron over the feature templates of Zhang & Nivre (2011),
//! trained with the dynamic oracle of Goldberg & Nivre (2012), exploring the
//! model's own mistakes after the first epoch.
//!
//! Transitions: SHIFT, REDUCE, LEFT-ARC, RIGHT-ARC. The move is chosen by a
//! four-class model with dense weight rows, and the label of each new arc by
//! a second model over features of the head and the dependent: scoring ~50
//! labels at every transition would cost most of the time for little
//! accuracy. The root (word 0) sits at the bottom of
//! the stack and takes exactly one dependent; any word left without a head at
//! the end is attached to that dependent, so the output is always one tree.
//! Parsing never fails: every input sequence of words gets a tree.

use crate::features::{mix, WordAtoms};
use crate::perceptron::{argmax, Dense4, Rng, Scores, Trainer, Weights, MAX_CLASSES};

pub const SHIFT: usize = 0;
pub const REDUCE: usize = 1;
pub const LEFT: usize = 2;
pub const RIGHT: usize = 3;

const NONE: u32 = u32::MAX;

#[derive(Clone, Debug, PartialEq)]
pub struct Parser {
    /// Dependency labels; label ids are positions here.
    pub labels: Vec<String>,
    /// SHIFT / REDUCE / LEFT / RIGHT.
    pub moves: Dense4,
    pub labeler: Weights,
}

/// Label given to words the transition system left without a head.
pub const FALLBACK_LABEL: &str = "dep";

/// Per-sentence parser configuration.
struct State {
    n: usize,
    stack: Vec<u32>,
    /// Next word of the buffer (1-based); the buffer is `buf..=n`.
    buf: usize,
    heads: Vec<u32>,
    labels: Vec<u8>,
    /// Two leftmost / rightmost dependents, nearest-to-edge first.
    lefts: Vec<[u32; 2]>,
    rights: Vec<[u32; 2]>,
    n_left: Vec<u8>,
    n_right: Vec<u8>,
    left_set: Vec<u64>,
    right_set: Vec<u64>,
}

impl State {
    fn new(n: usize) -> State {
        let mut st = State {
            n: 0,
            stack: Vec::new(),
            buf: 1,
            heads: Vec::new(),
            labels: Vec::new(),
            lefts: Vec::new(),
            rights: Vec::new(),
            n_left: Vec::new(),
            n_right: Vec::new(),
            left_set: Vec::new(),
            right_set: Vec::new(),
        };
        st.reset(n);
        st
    }

    /// The initial configuration for `n` words, reusing the allocations.
    fn reset(&mut self, n: usize) {
        fn fill<T: Clone>(v: &mut Vec<T>, n: usize, x: T) {
            v.clear();
            v.resize(n, x);
        }
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.buf = 1;
        fill(&mut self.heads, n + 1, NONE);
        fill(&mut self.labels, n + 1, u8::MAX);
        fill(&mut self.lefts, n + 1, [NONE; 2]);
        fill(&mut self.rights, n + 1, [NONE; 2]);
        fill(&mut self.n_left, n + 1, 0);
        fill(&mut self.n_right, n + 1, 0);
        fill(&mut self.left_set, n + 1, 0);
        fill(&mut self.right_set, n + 1, 0);
    }

    fn terminal(&self) -> bool {
        self.buf > self.n
    }

    fn s0(&self) -> u32 {
        *self.stack.last().unwrap_or(&NONE)
    }

    fn add_arc(&mut self, head: u32, dep: u32, label: u8) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        let bit = 1u64 << (label as u64 % 64);
        if dep < head {
            self.lefts[h] = [dep, self.lefts[h][0]];
            self.n_left[h] = self.n_left[h].saturating_add(1);
            self.left_set[h] |= bit;
        } else {
            self.rights[h] = [dep, self.rights[h][0]];
            self.n_right[h] = self.n_right[h].saturating_add(1);
            self.right_set[h] |= bit;
        }
    }

    fn valid(&self, mv: usize) -> bool {
        let s0 = self.s0();
        let has_buf = self.buf <= self.n;
        match mv {
            SHIFT => has_buf,
            REDUCE => s0 != NONE && s0 != 0 && self.heads[s0 as usize] != NONE,
            LEFT => has_buf && s0 != NONE && s0 != 0 && self.heads[s0 as usize] == NONE,
            _ => has_buf && s0 != NONE && (s0 != 0 || self.n_right[0] == 0),
        }
    }

    /// The (head, dependent) pair the move would attach, if it is an arc.
    fn arc(&self, mv: usize) -> Option<(u32, u32)> {
        match mv {
            LEFT => Some((self.buf as u32, self.s0())),
            RIGHT => Some((self.s0(), self.buf as u32)),
            _ => None,
        }
    }

    fn apply(&mut self, mv: usize, label: u8) {
        let b0 = self.buf as u32;
        match mv {
            SHIFT => {
                self.stack.push(b0);
                self.buf += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            LEFT => {
                let s0 = self.stack.pop().unwrap_or(0);
                self.add_arc(b0, s0, label);
            }
            _ => {
                let s0 = self.s0();
                self.add_arc(s0, b0, label);
                self.stack.push(b0);
                self.buf += 1;
            }
        }
    }

    /// Cost of each unlabelled move (SHIFT, REDUCE, LEFT, RIGHT): the number
    /// of gold arcs still reachable now that the move makes unreachable.
    fn move_costs(&self, gold: &[u32]) -> [u32; 4] {
        let s0 = self.s0();
        let b0 = self.buf as u32;
        let in_buf =
            |k: u32| k != NONE && k != 0 && (k as usize) >= self.buf && (k as usize) <= self.n;
        let mut costs = [0u32; 4];
        // SHIFT: b0 loses its arcs with stack words.
        for &k in &self.stack {
            if gold[b0 as usize] == k {
                costs[SHIFT] += 1;
            }
            if k != 0 && gold[k as usize] == b0 && self.heads[k as usize] == NONE {
                costs[SHIFT] += 1;
            }
        }
        if s0 != 0 && s0 != NONE {
            // REDUCE / LEFT: s0 loses its dependents in the buffer.
            let deps_in_buf = (self.buf..=self.n).filter(|&k| gold[k] == s0).count() as u32;
            costs[REDUCE] = deps_in_buf;
            costs[2] = deps_in_buf;
            let h = gold[s0 as usize];
            if h != b0 && in_buf(h) {
                costs[2] += 1;
            }
        }
        // RIGHT: b0 takes s0 as head; loses other heads and its stack dependents.
        let h = gold[b0 as usize];
        if h != s0 && (in_buf(h) || self.stack.contains(&h)) {
            costs[3] += 1;
        }
        for &k in &self.stack {
            if k != 0 && gold[k as usize] == b0 && self.heads[k as usize] == NONE {
                costs[3] += 1;
            }
        }
        costs
    }
}

/// What the feature templates read of one position.
#[derive(Clone, Copy, Debug)]
struct Pos {
    /// Normalised form.
    w: u64,
    /// Tag class (300 the root, 301 none).
    p: u64,
    /// Three-character suffix.
    suffix: u64,
    shape: u64,
}

/// Hashed views of the words of one sentence, laid out once per sentence:
/// index 0 = root, 1..=n the words, `n + 1` = none. A position past the
/// words (`NONE` included) reads as none, so that a lookup is one `min`
/// and a load instead of three branches: the feature templates make a
/// hundred of them per transition.
struct Context {
    pos: Vec<Pos>,
}

impl Context {
    fn new() -> Context {
        Context { pos: Vec::new() }
    }

    /// Lay out the sentence's words, reusing the allocation.
    fn fill(&mut self, atoms: &[WordAtoms], tags: &[u8]) {
        let pos_of = |a: &WordAtoms, p: u64| Pos {
            w: a.norm,
            p,
            suffix: a.suffix[2],
            shape: a.shape,
        };
        self.pos.clear();
        self.pos.push(pos_of(&WordAtoms::boundary(7), 300));
        self.pos.extend(
            atoms
                .iter()
                .enumerate()
                .map(|(i, a)| pos_of(a, tags.get(i).map_or(301, |&t| t as u64))),
        );
        self.pos.push(pos_of(&WordAtoms::boundary(8), 301));
    }

    #[inline(always)]
    fn at(&self, i: u32) -> &Pos {
        &self.pos[(i as usize).min(self.pos.len() - 1)]
    }
    #[inline(always)]
    fn w(&self, i: u32) -> u64 {
        self.at(i).w
    }
    #[inline(always)]
    fn p(&self, i: u32) -> u64 {
        self.at(i).p
    }
    #[inline(always)]
    fn suffix(&self, i: u32) -> u64 {
        self.at(i).suffix
    }
}

/// Number of feature templates.
pub const N_FEATURES: usize = 88;

fn features(st: &State, cx: &Context, out: &mut [u64; N_FEATURES]) {
    let get = |v: &[u32], i: usize| -> u32 {
        if i < v.len() {
            v[i]
        } else {
            NONE
        }
    };
    let n = st.n;
    let s0 = st.s0();
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NONE
    };
    let idx = |k: usize| -> u32 {
        if k <= n {
            k as u32
        } else {
            NONE
        }
    };
    let (n0, n1, n2) = (idx(st.buf), idx(st.buf + 1), idx(st.buf + 2));
    let node = |x: u32, f: fn(&State, usize) -> u32| -> u32 {
        if x == NONE {
            NONE
        } else {
            f(st, x as usize)
        }
    };
    let s0h = node(s0, |st, i| st.heads.get(i).copied().unwrap_or(NONE));
    let s0h2 = node(s0h, |st, i| st.heads.get(i).copied().unwrap_or(NONE));
    let s0l = node(s0, |st, i| st.lefts[i][0]);
    let s0l2 = node(s0, |st, i| st.lefts[i][1]);
    let s0r = node(s0, |st, i| st.rights[i][0]);
    let s0r2 = node(s0, |st, i| st.rights[i][1]);
    let n0l = node(n0, |st, i| st.lefts[i][0]);
    let n0l2 = node(n0, |st, i| st.lefts[i][1]);
    let lab = |x: u32| -> u64 {
        if x == NONE || x == 0 {
            500
        } else {
            st.labels[x as usize] as u64
        }
    };
    let vl = |x: u32| -> u64 {
        if x == NONE {
            99
        } else {
            st.n_left[x as usize] as u64
        }
    };
    let vr = |x: u32| -> u64 {
        if x == NONE {
            99
        } else {
            st.n_right[x as usize] as u64
        }
    };
    let sl = |x: u32| -> u64 {
        if x == NONE {
            1 << 63
        } else {
            st.left_set[x as usize]
        }
    };
    let sr = |x: u32| -> u64 {
        if x == NONE {
            1 << 63
        } else {
            st.right_set[x as usize]
        }
    };
    let dist = if s0 != NONE && n0 != NONE {
        let d = (n0 - s0) as u64;
        if d > 10 {
            11 + (d > 20) as u64
        } else {
            d
        }
    } else {
        0
    };
    let _ = get;
    let (s0w, s0p) = (cx.w(s0), cx.p(s0));
    let (n0w, n0p) = (cx.w(n0), cx.p(n0));
    let (n1w, n1p) = (cx.w(n1), cx.p(n1));
    let (n2w, n2p) = (cx.w(n2), cx.p(n2));
    let (s1w, s1p) = (cx.w(s1), cx.p(s1));
    // Assigned whole, without a Vec in between: no copy of the array.
    *out = [
        mix(0, 0, 0, 0, 0),
        // single words
        mix(1, s0w, s0p, 0, 0),
        mix(2, s0w, 0, 0, 0),
        mix(3, s0p, 0, 0, 0),
        mix(4, n0w, n0p, 0, 0),
        mix(5, n0w, 0, 0, 0),
        mix(6, n0p, 0, 0, 0),
        mix(7, n1w, n1p, 0, 0),
        mix(8, n1w, 0, 0, 0),
        mix(9, n1p, 0, 0, 0),
        mix(10, n2w, n2p, 0, 0),
        mix(11, n2w, 0, 0, 0),
        mix(12, n2p, 0, 0, 0),
        // word pairs
        mix(13, s0w, s0p, n0w, n0p),
        mix(14, s0w, s0p, n0w, 0),
        mix(15, s0w, n0w, n0p, 0),
        mix(16, s0w, s0p, n0p, 0),
        mix(17, s0p, n0w, n0p, 0),
        mix(18, s0w, n0w, 0, 0),
        mix(19, s0p, n0p, 0, 0),
        mix(20, n0p, n1p, 0, 0),
        // three words
        mix(21, n0p, n1p, n2p, 0),
        mix(22, s0p, n0p, n1p, 0),
        mix(23, cx.p(s0h), s0p, n0p, 0),
        mix(24, s0p, cx.p(s0l), n0p, 0),
        mix(25, s0p, cx.p(s0r), n0p, 0),
        mix(26, s0p, n0p, cx.p(n0l), 0),
        // distance
        mix(27, s0w, dist, 0, 0),
        mix(28, s0p, dist, 0, 0),
        mix(29, n0w, dist, 0, 0),
        mix(30, n0p, dist, 0, 0),
        mix(31, s0w, n0w, dist, 0),
        mix(32, s0p, n0p, dist, 0),
        // valency
        mix(33, s0w, vr(s0), 0, 0),
        mix(34, s0p, vr(s0), 0, 0),
        mix(35, s0w, vl(s0), 0, 0),
        mix(36, s0p, vl(s0), 0, 0),
        mix(37, n0w, vl(n0), 0, 0),
        mix(38, n0p, vl(n0), 0, 0),
        // second-order unigrams
        mix(39, cx.w(s0h), 0, 0, 0),
        mix(40, cx.p(s0h), 0, 0, 0),
        mix(41, lab(s0), 0, 0, 0),
        mix(42, cx.w(s0l), 0, 0, 0),
        mix(43, cx.p(s0l), 0, 0, 0),
        mix(44, lab(s0l), 0, 0, 0),
        mix(45, cx.w(s0r), 0, 0, 0),
        mix(46, cx.p(s0r), 0, 0, 0),
        mix(47, lab(s0r), 0, 0, 0),
        mix(48, cx.w(n0l), 0, 0, 0),
        mix(49, cx.p(n0l), 0, 0, 0),
        mix(50, lab(n0l), 0, 0, 0),
        // third order
        mix(51, cx.w(s0h2), 0, 0, 0),
        mix(52, cx.p(s0h2), 0, 0, 0),
        mix(53, lab(s0h), 0, 0, 0),
        mix(54, cx.w(s0l2), 0, 0, 0),
        mix(55, cx.p(s0l2), 0, 0, 0),
        mix(56, lab(s0l2), 0, 0, 0),
        mix(57, cx.w(s0r2), 0, 0, 0),
        mix(58, cx.p(s0r2), 0, 0, 0),
        mix(59, lab(s0r2), 0, 0, 0),
        mix(60, cx.w(n0l2), 0, 0, 0),
        mix(61, cx.p(n0l2), 0, 0, 0),
        mix(62, lab(n0l2), 0, 0, 0),
        mix(63, s0p, cx.p(s0l), cx.p(s0l2), 0),
        mix(64, s0p, cx.p(s0r), cx.p(s0r2), 0),
        mix(65, s0p, cx.p(s0h), cx.p(s0h2), 0),
        mix(66, n0p, cx.p(n0l), cx.p(n0l2), 0),
        // label sets
        mix(67, s0w, sr(s0), 0, 0),
        mix(68, s0p, sr(s0), 0, 0),
        mix(69, s0w, sl(s0), 0, 0),
        mix(70, s0p, sl(s0), 0, 0),
        mix(71, n0w, sl(n0), 0, 0),
        mix(72, n0p, sl(n0), 0, 0),
        // the second stack word, and suffixes for unknown words
        mix(73, s1w, s1p, 0, 0),
        mix(74, s1p, s0p, n0p, 0),
        mix(75, s1p, s0p, 0, 0),
        mix(76, cx.suffix(n0), n0p, 0, 0),
        mix(77, cx.suffix(s0), s0p, 0, 0),
        mix(78, s0p, n0p, lab(s0), vl(n0)),
        mix(79, s1p, n0p, 0, 0),
        // UD makes prepositions dependents of their noun (`case`), so the
        // attachment of "in Baku" is decided between s0 (or its head) and n0
        // with the preposition as n0's leftmost child.
        mix(80, s0w, cx.w(n0l), 0, 0),
        mix(81, s0p, cx.w(n0l), n0p, 0),
        mix(82, cx.w(s0h), cx.w(n0l), 0, 0),
        mix(83, cx.p(s0h), s0p, cx.w(n0l), 0),
        mix(84, s0w, cx.w(n0l), n0w, 0),
        mix(85, cx.w(n0l), n0w, 0, 0),
        mix(86, s0p, lab(s0), cx.w(n0l), 0),
        mix(87, cx.w(n0l), n0p, dist, 0),
    ];
}

/// Number of label feature templates.
pub const N_LABEL_FEATURES: usize = 29;

/// Features for labelling the arc head -> dep in the current state.
fn label_features(
    st: &State,
    cx: &Context,
    head: u32,
    dep: u32,
    out: &mut [u64; N_LABEL_FEATURES],
) {
    let n = st.n as u32;
    let dir = (dep < head) as u64;
    let d = head.abs_diff(dep) as u64;
    let dist = if d > 6 { 7 + (d > 12) as u64 } else { d };
    let (hw, hp) = (cx.w(head), cx.p(head));
    let (dw, dp) = (cx.w(dep), cx.p(dep));
    let di = dep as usize;
    let hi = head as usize;
    let lab = |x: u32| -> u64 {
        if x == NONE || x == 0 {
            500
        } else {
            st.labels[x as usize] as u64
        }
    };
    let dl = st.lefts[di][0];
    let dr = st.rights[di][0];
    let hh = if head == 0 { NONE } else { st.heads[hi] };
    let prev = if dep > 1 { dep - 1 } else { NONE };
    let next = if dep < n { dep + 1 } else { NONE };
    let hlab = if head == 0 { 501 } else { lab(head) };
    *out = [
        mix(100, dir, 0, 0, 0),
        mix(101, hw, dir, 0, 0),
        mix(102, hp, dir, 0, 0),
        mix(103, dw, dir, 0, 0),
        mix(104, dp, dir, 0, 0),
        mix(105, hp, dp, dir, 0),
        mix(106, hw, dp, dir, 0),
        mix(107, hp, dw, dir, 0),
        mix(108, hw, dw, dir, 0),
        mix(109, hp, dp, dir, dist),
        mix(110, dp, lab(dl), 0, 0),
        mix(111, dp, lab(dr), 0, 0),
        mix(112, dp, cx.p(dl), cx.p(dr), dir),
        mix(113, hp, dp, hlab, dir),
        mix(114, hlab, dir, 0, 0),
        mix(115, cx.p(hh), hp, dp, dir),
        mix(116, cx.p(prev), dp, dir, 0),
        mix(117, cx.p(next), dp, dir, 0),
        mix(118, cx.suffix(dep), dp, dir, 0),
        mix(119, cx.at(dep).shape, dir, 0, 0),
        mix(120, hp, dp, st.left_set[hi] | (st.right_set[hi] << 1), dir),
        mix(121, hp, dp, st.n_left[di] as u64, st.n_right[di] as u64),
        mix(122, cx.w(dl), dp, dir, 0),
        mix(123, cx.w(prev), dp, dir, 0),
        mix(124, cx.suffix(head), hp, dp, dir),
        mix(125, (head == 0) as u64, dp, 0, 0),
        mix(126, hp, cx.w(dl), dp, dir),
        mix(127, hw, cx.w(dl), dir, 0),
        mix(128, hp, cx.w(dl), dw, 0),
    ];
}

fn best_valid<T: PartialOrd + Copy>(st: &State, scores: &[T; 4]) -> usize {
    let mut best = usize::MAX;
    let mut best_score = scores[0];
    for (c, &s) in scores.iter().enumerate() {
        if (best == usize::MAX || s > best_score) && st.valid(c) {
            best = c;
            best_score = s;
        }
    }
    best
}

/// A dependency tree: head (0 = root) and label id for each word, 1-based
/// words stored at index `i - 1`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedTree {
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
}

impl Parser {
    pub fn label(&self, id: u8) -> &str {
        self.labels
            .get(id as usize)
            .map(String::as_str)
            .unwrap_or(FALLBACK_LABEL)
    }

    /// The id of a dependency label, if the model has it.
    pub fn label_id_of(&self, name: &str) -> Option<u8> {
        self.labels
            .iter()
            .position(|l| l == name)
            .and_then(|i| u8::try_from(i).ok())
    }

    fn label_id(&self, name: &str) -> u8 {
        self.labels.iter().position(|l| l == name).unwrap_or(0) as u8
    }

    /// Parse one sentence given the atoms and tag classes of its words.
    pub fn parse(&self, atoms: &[WordAtoms], tags: &[u8]) -> ParsedTree {
        thread_local! {
            // Parsing allocates nothing per sentence but the result.
            static SCRATCH: std::cell::RefCell<Option<Scratch>> = const { std::cell::RefCell::new(None) };
        }
        SCRATCH.with(|cell| {
            let mut cell = cell.borrow_mut();
            let scratch = cell.get_or_insert_with(|| Scratch {
                st: State::new(0),
                cx: Context::new(),
                feats: [0; N_FEATURES],
                lfeats: [0; N_LABEL_FEATURES],
                lscores: Box::new([0; MAX_CLASSES]),
            });
            self.parse_with(atoms, tags, scratch)
        })
    }

    fn parse_with(&self, atoms: &[WordAtoms], tags: &[u8], scratch: &mut Scratch) -> ParsedTree {
        let n = atoms.len();
        let Scratch {
            st,
            cx,
            feats,
            lfeats,
            lscores,
        } = scratch;
        st.reset(n);
        cx.fill(atoms, tags);
        let n_labels = self.labels.len();
        let root = self.label_id("root");
        while !st.terminal() {
            features(st, cx, feats);
            let scores = self.moves.score(feats);
            let mv = best_valid(st, &scores);
            if mv == usize::MAX {
                break;
            }
            let label = match st.arc(mv) {
                Some((0, _)) => root,
                Some((h, d)) => {
                    label_features(st, cx, h, d, lfeats);
                    self.labeler.clear(lscores);
                    self.labeler.score(lfeats, lscores);
                    lscores[root as usize] = i32::MIN;
                    argmax(&lscores[..n_labels]) as u8
                }
                None => 0,
            };
            st.apply(mv, label);
        }
        finish(st, self.label_id(FALLBACK_LABEL), root)
    }
}

/// Buffers reused from one sentence to the next.
struct Scratch {
    st: State,
    cx: Context,
    feats: [u64; N_FEATURES],
    lfeats: [u64; N_LABEL_FEATURES],
    lscores: Box<Scores>,
}

/// Attach the words left without a head, making one tree.
fn finish(st: &State, fallback: u8, root_label: u8) -> ParsedTree {
    let n = st.n;
    let mut heads = st.heads.clone();
    let mut labels = st.labels.clone();
    let root_child = (1..=n).find(|&i| heads[i] == 0);
    let main = match root_child {
        Some(r) => r as u32,
        None => {
            // No root yet: the first headless word becomes it.
            match (1..=n).find(|&i| heads[i] == NONE) {
                Some(r) => {
                    heads[r] = 0;
                    labels[r] = root_label;
                    r as u32
                }
                None => 0,
            }
        }
    };
    for i in 1..=n {
        if heads[i] == NONE {
            heads[i] = main;
            labels[i] = fallback;
        }
    }
    ParsedTree {
        heads: heads[1..].to_vec(),
        labels: labels[1..].to_vec(),
    }
}

/// One training sentence for the parser.
pub struct ParseExample {
    pub atoms: Vec<WordAtoms>,
    /// Tag classes as the tagger would predict them (jackknifed).
    pub tags: Vec<u8>,
    /// Gold heads, index 0 unused (= 0), words 1..=n.
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
}

/// Train the parser with the dynamic oracle.
pub fn train(
    labels: Vec<String>,
    data: &[ParseExample],
    dev: &[ParseExample],
    epochs: usize,
    seed: u64,
    min_updates: u32,
    log: &mut dyn FnMut(String),
) -> Parser {
    assert!(labels.len() <= 256, "too many labels");
    let root = labels.iter().position(|l| l == "root").unwrap_or(0) as u8;
    let mut moves = Trainer::new(4);
    let mut labeler = Trainer::new(labels.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = [0; N_FEATURES];
    let mut lfeats = [0; N_LABEL_FEATURES];
    let mut cx = Context::new();
    let mut scores = vec![0f32; 4];
    let mut lscores = vec![0f32; labels.len()];
    let freeze = |moves: &Trainer, labeler: &Trainer, min_updates: u32| Parser {
        labels: labels.clone(),
        moves: Dense4::from_weights(&moves.averaged_pruned(1e-3, min_updates)),
        labeler: labeler.averaged_pruned(1e-3, min_updates),
    };
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let explore = epoch > 0;
        let (mut right, mut total, mut lright, mut ltotal) = (0usize, 0usize, 0usize, 0usize);
        for &si in &order {
            let ex = &data[si];
            cx.fill(&ex.atoms, &ex.tags);
            let mut st = State::new(ex.atoms.len());
            while !st.terminal() {
                features(&st, &cx, &mut feats);
                moves.tick();
                moves.score(&feats, &mut scores);
                let costs = st.move_costs(&ex.heads);
                let sc: [f32; 4] = [scores[0], scores[1], scores[2], scores[3]];
                let guess = best_valid(&st, &sc);
                if guess == usize::MAX {
                    break;
                }
                let min_cost = (0..4)
                    .filter(|&c| st.valid(c))
                    .map(|c| costs[c])
                    .min()
                    .unwrap_or(0);
                let mut truth = usize::MAX;
                for c in 0..4 {
                    if st.valid(c)
                        && costs[c] == min_cost
                        && (truth == usize::MAX || sc[c] > sc[truth])
                    {
                        truth = c;
                    }
                }
                if costs[guess] > min_cost {
                    moves.update(truth, guess, &feats);
                } else {
                    right += 1;
                }
                total += 1;
                let mv = if costs[guess] == min_cost || (explore && rng.next_f64() < 0.9) {
                    guess
                } else {
                    truth
                };
                let label = match st.arc(mv) {
                    Some((0, _)) => root,
                    Some((h, d)) => {
                        label_features(&st, &cx, h, d, &mut lfeats);
                        labeler.score(&lfeats, &mut lscores);
                        lscores[root as usize] = f32::NEG_INFINITY;
                        let predicted = argmax(&lscores) as u8;
                        if ex.heads[d as usize] == h {
                            let gold = ex.labels[d as usize];
                            labeler.tick();
                            labeler.update(gold as usize, predicted as usize, &lfeats);
                            lright += (gold == predicted) as usize;
                            ltotal += 1;
                            if explore {
                                predicted
                            } else {
                                gold
                            }
                        } else {
                            predicted
                        }
                    }
                    None => 0,
                };
                st.apply(mv, label);
            }
        }
        let mut msg = format!(
            "parser epoch {}: {:.2}% of moves right, {:.2}% of labels",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            100.0 * lright as f64 / ltotal.max(1) as f64
        );
        if !dev.is_empty() && (epoch + 1 == epochs || epoch % 3 == 2) {
            let (uas, las) = attachment(&freeze(&moves, &labeler, 0), dev);
            msg += &format!(", dev UAS {:.2} LAS {:.2}", 100.0 * uas, 100.0 * las);
        }
        log(msg);
    }
    freeze(&moves, &labeler, min_updates)
}

/// Unlabelled and labelled attachment scores (punctuation included, as in
/// the CoNLL 2018 evaluation).
pub fn attachment(parser: &Parser, data: &[ParseExample]) -> (f64, f64) {
    let (mut u, mut l, mut total) = (0usize, 0usize, 0usize);
    for ex in data {
        let tree = parser.parse(&ex.atoms, &ex.tags);
        for i in 0..tree.heads.len() {
            let ok = tree.heads[i] == ex.heads[i + 1];
            u += ok as usize;
            l += (ok
                && universal(parser.label(tree.labels[i]))
                    == universal(&parser.labels[ex.labels[i + 1] as usize]))
                as usize;
            total += 1;
        }
    }
    (
        u as f64 / total.max(1) as f64,
        l as f64 / total.max(1) as f64,
    )
}

fn universal(label: &str) -> &str {
    label.split(':').next().unwrap_or(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_oracle_path_reproduces_projective_gold() {
        // "A saw B" : saw is root; A <- saw -> B ; plus a trailing punct.
        let gold = vec![0, 2, 0, 2, 2];
        let mut st = State::new(4);
        while !st.terminal() {
            let costs = st.move_costs(&gold);
            let c = (0..4)
                .find(|&c| st.valid(c) && costs[c] == 0)
                .expect("a zero-cost move exists");
            st.apply(c, 0);
        }
        let tree = finish(&st, 0, 1);
        assert_eq!(tree.heads, vec![2, 0, 2, 2]);
    }

    #[test]
    fn untrained_parser_gives_a_tree_for_any_input() {
        let p = Parser {
            labels: vec!["dep".into(), "root".into()],
            moves: Dense4::from_weights(&Trainer::new(4).averaged(0.0)),
            labeler: Trainer::new(2).averaged(0.0),
        };
        for n in [0usize, 1, 2, 7, 300] {
            let atoms: Vec<WordAtoms> = (0..n).map(|i| WordAtoms::new(&format!("w{i}"))).collect();
            let tags = vec![0u8; n];
            let t = p.parse(&atoms, &tags);
            assert_eq!(t.heads.len(), n);
            assert_eq!(
                t.heads.iter().filter(|&&h| h == 0).count(),
                (n > 0) as usize
            );
            // Acyclic: every word reaches the root.
            for i in 1..=n {
                let mut x = i as u32;
                let mut steps = 0;
                while x != 0 {
                    x = t.heads[x as usize - 1];
                    steps += 1;
                    assert!(steps <= n, "cycle");
                }
            }
        }
    }
}
