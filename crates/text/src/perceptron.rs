//! The averaged perceptron behind the tagger and the parser.
//!
//! Features are 64-bit hashes (see [`crate::features`]); each feature keeps a
//! sparse row of (class, weight) pairs, because most features only ever meet
//! a handful of the ~100 classes. Training uses [`Trainer`] (lazy averaging
//! with timestamps, as in Collins 2002 / Daumé's trick); inference uses
//! [`Weights`], a frozen open-addressing table over flat arrays that loads
//! straight from the model file.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature keys are already well-mixed hashes: hashing them again is waste.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

#[derive(Clone, Copy, Debug)]
struct Entry {
    class: u16,
    weight: f32,
    /// Sum of the weight over all updates so far, up to `stamp`.
    total: f64,
    stamp: u64,
}

/// Mutable perceptron with lazy averaging.
pub struct Trainer {
    n_classes: usize,
    rows: FeatureMap<Vec<Entry>>,
    /// How many updates touched each feature.
    updates: FeatureMap<u32>,
    /// Number of training instances seen (the averaging clock).
    clock: u64,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            rows: FeatureMap::default(),
            updates: FeatureMap::default(),
            clock: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Current (not averaged) scores of every class.
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for e in row {
                    scores[e.class as usize] += e.weight;
                }
            }
        }
    }

    /// Advance the clock by one instance; call once per training decision.
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Reward `truth`, penalise `guess` on every feature.
    pub fn update(&mut self, truth: usize, guess: usize, features: &[u64]) {
        if truth == guess {
            return;
        }
        let now = self.clock;
        for &f in features {
            *self.updates.entry(f).or_default() += 1;
            let row = self.rows.entry(f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let class = class as u16;
                match row.iter_mut().find(|e| e.class == class) {
                    Some(e) => {
                        e.total += (now - e.stamp) as f64 * e.weight as f64;
                        e.stamp = now;
                        e.weight += delta;
                    }
                    None => row.push(Entry {
                        class,
                        weight: delta,
                        total: 0.0,
                        stamp: now,
                    }),
                }
            }
        }
    }

    /// Freeze the averaged weights, dropping those whose magnitude is below
    /// `prune` (they change no decision in practice and cost memory).
    pub fn averaged(&self, prune: f32) -> Weights {
        self.averaged_pruned(prune, 0)
    }

    /// As [`Trainer::averaged`], also dropping the features that fewer than
    /// `min_updates` updates touched: rare features barely generalise, and
    /// every one of them costs a cache miss at run time.
    pub fn averaged_pruned(&self, prune: f32, min_updates: u32) -> Weights {
        let now = self.clock.max(1);
        let mut rows: Vec<(u32, Row)> = Vec::with_capacity(self.rows.len());
        for (&key, row) in &self.rows {
            if self.updates.get(&key).copied().unwrap_or(0) < min_updates {
                continue;
            }
            let mut out = Vec::new();
            for e in row {
                let total = e.total + (now - e.stamp) as f64 * e.weight as f64;
                let avg = (total / now as f64) as f32;
                if avg.abs() >= prune {
                    out.push((e.class as u8, avg));
                }
            }
            if !out.is_empty() {
                rows.push((short_key(key), out));
            }
        }
        Weights::from_rows(self.n_classes, rows)
    }
}

/// The 32-bit key a 64-bit feature hash is stored under. With a million
/// features, two of them share a key about a hundred times and a missing
/// feature hits a stored key one lookup in four thousand: harmless noise,
/// for half the memory.
#[inline(always)]
pub fn short_key(f: u64) -> u32 {
    let k = (f ^ (f >> 32)) as u32;
    if k == EMPTY {
        1
    } else {
        k
    }
}

const EMPTY: u32 = 0;

/// Frozen weights: an open-addressing table of 12-byte slots `[key, a, b]`.
/// An entry is a `u32`: the class in the low byte, the weight in the high
/// half as a 16-bit fixed-point number (one scale per table: absolute error,
/// unlike floats, so the few huge weights of frequent features do not drown
/// the small ones). Rows of one or two entries, most of them, sit in the
/// slot itself (`a`, `b`; an absent second entry is 0: class 0, weight 0);
/// longer rows live in `entries`, `a` holding their start (flag bit 8 set)
/// and `b` their length (low 9 bits). Scores come out in fixed-point units,
/// summed as integers, which is all an argmax needs.
///
/// The longest rows (a third of the classes or more) also get a dense copy
/// in `dense`, `stride` weights each, its number plus one in the high bits
/// of `b`: a handful of frequent features (the bias, common suffixes and
/// neighbours) have rows that long, and they are most of the weights
/// a sentence adds up. Adding a dense row is a straight vector loop instead
/// of a scatter of (class, weight) pairs; `entries` still holds the row, so
/// [`Weights::rows`] (and the model file) are unchanged.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    pub(crate) n_classes: usize,
    /// `cap` slots, then the mirrored head (see [`mirror_head`]).
    pub(crate) slots: Vec<[u32; 3]>,
    cap: usize,
    pub(crate) entries: Vec<u32>,
    /// Dense copies of the long rows, `stride` fixed-point weights each.
    dense: Vec<i16>,
    /// `n_classes` rounded up to a multiple of [`LANES`].
    stride: usize,
    /// Weight = stored integer × scale.
    pub(crate) scale: f32,
}

const OUT_OF_LINE: u32 = 0x100;
/// Bits of an out-of-line slot's `b` that hold the row's length; the bits
/// above hold the dense copy's number plus one (0: none).
const LEN_BITS: u32 = 9;
const LEN_MASK: u32 = (1 << LEN_BITS) - 1;
/// Dense rows are added this many classes at a time (one or two SIMD
/// registers of 32-bit sums).
const LANES: usize = 8;

/// The most classes a table may have; scores go into an array this long,
/// so that a class byte indexes it without a bounds check.
pub const MAX_CLASSES: usize = 256;

/// Class scores in fixed-point units, as [`Weights::score`] sums them.
/// Integer sums are exact (at most a few dozen 16-bit weights per class),
/// so the order in which rows are added never changes a decision.
pub type Scores = [i32; MAX_CLASSES];

/// One feature's weights: (class, weight) pairs sorted by class.
pub type Row = Vec<(u8, f32)>;

/// The scale that maps the largest weight to the largest 16-bit integer.
pub fn fixed_scale(max_abs: f32) -> f32 {
    if max_abs > 0.0 && max_abs.is_finite() {
        max_abs / i16::MAX as f32
    } else {
        1.0
    }
}

#[inline]
pub fn to_fixed(v: f32, scale: f32) -> i16 {
    (v / scale)
        .round()
        .clamp(-(i16::MAX as f32), i16::MAX as f32) as i16
}

/// Table capacity for `n` keys: half full, so that the many lookups of
/// absent features stop after two or three probes. Not a power of two:
/// slots are found by multiplying the key with the capacity (Lemire's
/// "fastrange"), so the table is no larger than it needs to be.
fn capacity(n: usize) -> usize {
    (n * 2 + 1).max(16)
}

/// The first slot to probe for `key` in a table of `cap` slots.
#[inline(always)]
fn home(key: u32, cap: usize) -> usize {
    ((key as u64 * cap as u64) >> 32) as usize
}

/// The slot after `s` (linear probing, wrapping around).
#[inline(always)]
fn next_slot(s: usize, cap: usize) -> usize {
    if s + 1 == cap {
        0
    } else {
        s + 1
    }
}

/// Append to a table of linear probing with wrap-around a copy of its
/// first slots, up to and including the first empty one. A lookup can then
/// walk forward from the key's home without wrapping and without a bounds
/// check (an empty slot always ends the walk), which is about half of the
/// instructions of a probe. The first `cap` slots stay as they were, so
/// the rows come out in the same order (the model file depends on it).
fn mirror_head<T: Copy>(slots: &mut Vec<T>, is_empty: impl Fn(&T) -> bool) {
    let first_empty = slots
        .iter()
        .position(is_empty)
        .expect("a table at most half full has an empty slot");
    slots.extend_from_within(..=first_empty);
}

/// The slot holding `key`, walking forward from `home` in a table with a
/// mirrored head (see [`mirror_head`]).
#[inline(always)]
fn find<T>(slots: &[T], home: usize, key: u32, key_of: impl Fn(&T) -> u32) -> Option<&T> {
    for slot in &slots[home..] {
        let k = key_of(slot);
        if k == key {
            return Some(slot);
        }
        if k == EMPTY {
            return None;
        }
    }
    None
}

/// Features are looked up this many at a time: first every slot is touched
/// (prefetched), so that the cache misses overlap, then they are read.
const BATCH: usize = 32;

/// The keys and home slots of a batch of features, their slots prefetched.
#[inline(always)]
fn homes<T>(features: &[u64], slots: &[T], cap: usize) -> [(u32, u32); BATCH] {
    let mut out = [(0u32, 0u32); BATCH];
    for (o, &f) in out.iter_mut().zip(features) {
        let key = short_key(f);
        let h = home(key, cap);
        prefetch_at(slots, h);
        *o = (key, h as u32);
    }
    out
}

impl Weights {
    /// Build the table from rows keyed by short keys (merging any duplicates).
    pub fn from_rows(n_classes: usize, mut rows: Vec<(u32, Row)>) -> Weights {
        rows.sort_unstable_by_key(|r| r.0);
        let mut keys = Vec::with_capacity(rows.len());
        let mut offsets = vec![0];
        let (mut classes, mut values) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < rows.len() {
            // Two features that share a short key share one row.
            let mut row: Row = Vec::new();
            let key = rows[i].0;
            while i < rows.len() && rows[i].0 == key {
                for &(c, w) in &rows[i].1 {
                    match row.iter_mut().find(|e| e.0 == c) {
                        Some(e) => e.1 += w,
                        None => row.push((c, w)),
                    }
                }
                i += 1;
            }
            row.sort_by_key(|e| e.0);
            keys.push(key);
            classes.extend(row.iter().map(|e| e.0));
            values.extend(row.iter().map(|e| e.1));
            offsets.push(classes.len());
        }
        Weights::from_columns(n_classes, &keys, &offsets, &classes, &values)
    }

    /// Build the table from rows in columns: row `i` has key `keys[i]` and
    /// the entries `classes[offsets[i]..offsets[i + 1]]` (with `values`
    /// alike), classes in increasing order. This is how the model file
    /// stores them, so loading allocates nothing per row. A repeated key
    /// (only in a damaged file) keeps its first row.
    pub fn from_columns(
        n_classes: usize,
        keys: &[u32],
        offsets: &[usize],
        classes: &[u8],
        values: &[f32],
    ) -> Weights {
        assert!(n_classes <= MAX_CLASSES, "at most 256 classes");
        assert!(offsets.len() == keys.len() + 1 && classes.len() == values.len());
        let cap = capacity(keys.len());
        let mut slot_key = vec![EMPTY; cap];
        let mut slot_row = vec![u32::MAX; cap];
        for (i, &key) in keys.iter().enumerate() {
            let key = if key == EMPTY { 1 } else { key };
            let mut s = home(key, cap);
            while slot_key[s] != EMPTY && slot_key[s] != key {
                s = next_slot(s, cap);
            }
            if slot_key[s] == EMPTY {
                slot_key[s] = key;
                slot_row[s] = i as u32;
            }
        }
        let scale = fixed_scale(values.iter().map(|v| v.abs()).fold(0f32, f32::max));
        let pack =
            |j: usize| classes[j] as u32 | ((to_fixed(values[j], scale) as u16 as u32) << 16);
        let mut slots = Vec::with_capacity(cap);
        let mut entries = Vec::new();
        let stride = n_classes.div_ceil(LANES) * LANES;
        let mut dense = Vec::new();
        for (&key, &r) in slot_key.iter().zip(&slot_row) {
            if r == u32::MAX {
                slots.push([EMPTY, 0, 0]);
                continue;
            }
            let (a, b) = (offsets[r as usize], offsets[r as usize + 1]);
            let slot = match b - a {
                0 => [key, 0, 0],
                1 => [key, pack(a), 0],
                2 => [key, pack(a), pack(a + 1)],
                n => {
                    assert!(
                        entries.len() < 1 << 23,
                        "weight table too large for 23-bit row starts"
                    );
                    let start = entries.len() as u32;
                    entries.extend((a..b).map(pack));
                    // Dense when that takes fewer instructions to add: a
                    // vector step covers LANES classes, a sparse entry one
                    // (a third of the classes measured best on EWT).
                    let dense_no = if n * 3 >= stride {
                        let no = dense.len() / stride + 1;
                        assert!(no < 1 << (32 - LEN_BITS), "too many dense rows");
                        let row = dense.len();
                        dense.resize(row + stride, 0);
                        for j in a..b {
                            dense[row + classes[j] as usize] = to_fixed(values[j], scale);
                        }
                        no as u32
                    } else {
                        0
                    };
                    [
                        key,
                        (start << 9) | OUT_OF_LINE,
                        n as u32 | (dense_no << LEN_BITS),
                    ]
                }
            };
            slots.push(slot);
        }
        mirror_head(&mut slots, |s| s[0] == EMPTY);
        Weights {
            n_classes,
            slots,
            cap,
            entries,
            dense,
            stride,
            scale,
        }
    }

    fn row_entries<'a>(&'a self, slot: &'a [u32; 3]) -> &'a [u32] {
        let [_, a, b] = slot;
        if a & OUT_OF_LINE != 0 {
            let start = (a >> 9) as usize;
            &self.entries[start..start + (b & LEN_MASK) as usize]
        } else if *b != 0 {
            &slot[1..3]
        } else {
            &slot[1..2]
        }
    }

    /// The rows of the table, in slot order.
    pub fn rows(&self) -> impl Iterator<Item = (u32, Row)> + '_ {
        self.slots[..self.cap]
            .iter()
            .filter(|s| s[0] != EMPTY)
            .map(move |slot| {
                let row = self
                    .row_entries(slot)
                    .iter()
                    .map(|&e| ((e & 0xff) as u8, ((e as i32) >> 16) as f32 * self.scale))
                    .collect();
                (slot[0], row)
            })
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.slots[..self.cap]
            .iter()
            .filter(|s| s[0] != EMPTY)
            .count()
    }

    /// Number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.slots[..self.cap]
            .iter()
            .filter(|s| s[0] != EMPTY)
            .map(|s| self.row_entries(s).len())
            .sum()
    }

    /// Whether the table holds a row for `feature`: the training data showed
    /// it often enough to keep.
    pub fn contains(&self, feature: u64) -> bool {
        let key = short_key(feature);
        find(&self.slots, home(key, self.cap), key, |s| s[0]).is_some()
    }

    /// Add the rows of `features` into `scores`; only the first
    /// `n_classes` scores mean anything afterwards (the caller zeroes them
    /// before, see [`Weights::clear`]).
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut Scores) {
        for batch in features.chunks(BATCH) {
            self.score_batch(batch, scores);
        }
    }

    /// [`Weights::score`] of at most [`BATCH`] features. Three phases so
    /// that cache misses overlap instead of queueing: touch every slot, then
    /// find them and touch the out-of-line rows, then add.
    #[inline(always)]
    fn score_batch(&self, features: &[u64], scores: &mut Scores) {
        let homes = homes(features, &self.slots, self.cap);
        let mut found = [[0u32; 2]; BATCH];
        let mut n_found = 0;
        for &(key, h) in &homes[..features.len()] {
            if let Some(&[_, a, b]) = find(&self.slots, h as usize, key, |s| s[0]) {
                if a & OUT_OF_LINE == 0 {
                    add_entry(scores, a);
                    add_entry(scores, b);
                } else {
                    match b >> LEN_BITS {
                        0 => prefetch_at(&self.entries, (a >> 9) as usize),
                        d => prefetch_at(&self.dense, (d as usize - 1) * self.stride),
                    }
                    found[n_found] = [a, b];
                    n_found += 1;
                }
            }
        }
        for &[a, b] in &found[..n_found] {
            self.add_row(scores, a, b);
        }
    }

    /// Zero the scores [`Weights::score`] adds to.
    #[inline]
    pub fn clear(&self, scores: &mut Scores) {
        scores[..self.stride].fill(0);
    }

    /// Add an out-of-line row (slot words `a`, `b`): its dense copy if it has
    /// one, else its entries.
    #[inline(always)]
    fn add_row(&self, scores: &mut Scores, a: u32, b: u32) {
        match b >> LEN_BITS {
            0 => {
                let start = (a >> 9) as usize;
                for &e in &self.entries[start..start + (b & LEN_MASK) as usize] {
                    add_entry(scores, e);
                }
            }
            d => {
                let start = (d as usize - 1) * self.stride;
                let row = &self.dense[start..start + self.stride];
                // Fixed-width chunks, each loaded whole before it is stored,
                // so that the loop compiles to vector adds.
                let (acc, _) = scores[..self.stride].as_chunks_mut::<LANES>();
                let (row, _) = row.as_chunks::<LANES>();
                for (acc, w) in acc.iter_mut().zip(row) {
                    let mut sum = *acc;
                    for (s, &w) in sum.iter_mut().zip(w) {
                        *s += w as i32;
                    }
                    *acc = sum;
                }
            }
        }
    }
}

/// Add one packed entry (class in the low byte, weight in the high half).
/// The class byte always indexes `scores`, so there is no bounds check;
/// it is below `n_classes` (checked at load).
#[inline(always)]
fn add_entry(scores: &mut Scores, e: u32) {
    scores[(e & 0xff) as usize] += (e as i32) >> 16;
}

/// Frozen weights of a four-class model stored densely: one 12-byte slot
/// holds a feature key and its four fixed-point weights, so a lookup is one
/// cache line.
#[derive(Clone, Debug, PartialEq)]
pub struct Dense4 {
    /// `cap` slots, then the mirrored head (see [`mirror_head`]).
    pub(crate) slots: Vec<Slot4>,
    cap: usize,
    pub(crate) scale: f32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub struct Slot4 {
    key: u32,
    w: [i16; 4],
}

impl Dense4 {
    pub fn from_weights(w: &Weights) -> Dense4 {
        assert!(w.n_classes <= 4);
        Dense4::from_rows(w.rows().map(|(k, row)| {
            let mut r = [0f32; 4];
            for (c, v) in row {
                r[c as usize] = v;
            }
            (k, r)
        }))
    }

    pub fn from_rows(rows: impl Iterator<Item = (u32, [f32; 4])>) -> Dense4 {
        let rows: Vec<(u32, [f32; 4])> = rows.collect();
        let cap = capacity(rows.len());

        let mut keys = vec![EMPTY; cap];
        let mut table = vec![[0f32; 4]; cap];
        for (key, r) in rows {
            let mut t = home(key, cap);
            while keys[t] != EMPTY && keys[t] != key {
                t = next_slot(t, cap);
            }
            keys[t] = key;
            for c in 0..4 {
                table[t][c] += r[c];
            }
        }
        let max_abs = table.iter().flatten().map(|w| w.abs()).fold(0f32, f32::max);
        let scale = fixed_scale(max_abs);
        let mut slots: Vec<Slot4> = keys
            .into_iter()
            .zip(table)
            .map(|(key, r)| Slot4 {
                key,
                w: r.map(|w| to_fixed(w, scale)),
            })
            .collect();
        mirror_head(&mut slots, |s| s.key == EMPTY);
        Dense4 { slots, cap, scale }
    }

    pub fn rows(&self) -> impl Iterator<Item = (u32, [f32; 4])> + '_ {
        self.slots[..self.cap]
            .iter()
            .filter(|s| s.key != EMPTY)
            .map(|s| (s.key, s.w.map(|w| w as f32 * self.scale)))
    }

    pub fn n_features(&self) -> usize {
        self.slots[..self.cap]
            .iter()
            .filter(|s| s.key != EMPTY)
            .count()
    }

    /// The four classes' scores in fixed-point units (exact integer sums).
    #[inline]
    pub fn score(&self, features: &[u64]) -> [i32; 4] {
        let mut out = [0i32; 4];
        for batch in features.chunks(BATCH) {
            let homes = homes(batch, &self.slots, self.cap);
            for &(key, h) in &homes[..batch.len()] {
                if let Some(slot) = find(&self.slots, h as usize, key, |s| s.key) {
                    let w = slot.w;
                    // Written out lane by lane so that it compiles to one
                    // vector add.
                    out = [
                        out[0] + w[0] as i32,
                        out[1] + w[1] as i32,
                        out[2] + w[2] as i32,
                        out[3] + w[3] as i32,
                    ];
                }
            }
        }
        out
    }
}

/// Prefetch element `i` of `v`: a hint needs no bounds check (the
/// callers' indices are in bounds anyway), which saves a compare and a
/// branch on each of the ~200 lookups per word.
#[inline(always)]
fn prefetch_at<T>(v: &[T], i: usize) {
    prefetch_ptr(v.as_ptr().wrapping_add(i));
}

#[inline(always)]
fn prefetch_ptr<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    unsafe {
        // SAFETY: prefetch is a hint; it never faults, whatever the address.
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Index of the highest score (the first, on ties).
pub fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// A small deterministic random generator (xorshift64*), so that training
/// is reproducible from a seed without a dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem() {
        // Class = feature id parity.
        let mut t = Trainer::new(2);
        let data: Vec<(Vec<u64>, usize)> = (1..50u64)
            .map(|i| (vec![i * 7919, 42, 100 + i % 2], (i % 2) as usize))
            .collect();
        let mut scores = vec![0.0; 2];
        for _ in 0..5 {
            for (f, y) in &data {
                t.tick();
                t.score(f, &mut scores);
                let guess = if scores[1] > scores[0] { 1 } else { 0 };
                t.update(*y, guess, f);
            }
        }
        let w = t.averaged(0.0);
        for (f, y) in &data {
            let mut s = [0; MAX_CLASSES];
            w.score(f, &mut s);
            let guess = if s[1] > s[0] { 1 } else { 0 };
            assert_eq!(guess, *y);
        }
        assert!(w.n_features() >= 2);
    }

    #[test]
    fn rng_is_reproducible() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert_eq!(a.next_u64(), b.next_u64());
        let mut v: Vec<u32> = (0..10).collect();
        a.shuffle(&mut v);
        let mut s = v.clone();
        s.sort();
        assert_eq!(s, (0..10).collect::<Vec<_>>());
    }
}
