//! Near-duplicate clusters across a batch, online: an exact hash of the
//! normalised text first, then MinHash (128 hashes) over word 5-gram
//! shingles with LSH banding (64 bands of 2 rows, so that pairs at
//! Jaccard 0.5 become candidates with probability above 0.9999), confirmed when the estimated Jaccard similarity
//! is at least [`JACCARD_THRESHOLD`]. An article joins the cluster of the
//! most similar earlier article; the cluster id is the id of the cluster's
//! first article. Nothing is dropped.

use std::collections::HashMap;

use crate::clean::normalise;

/// Estimated Jaccard similarity of word 5-gram shingle sets at or above
/// which two articles are near-duplicates.
pub const JACCARD_THRESHOLD: f64 = 0.5;
const HASHES: usize = 128;
const BANDS: usize = 64;
const ROWS: usize = HASHES / BANDS;
const SHINGLE: usize = 5;

/// FNV-1a 64 of bytes.
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hex content hash of a text (FNV-1a 64 of its normalised form).
pub fn content_hash(text: &str) -> String {
    content_hash_of_normalised(&normalise(text))
}

/// [`content_hash`] of a text already [`normalise`]d.
pub fn content_hash_of_normalised(norm: &str) -> String {
    format!("{:016x}", fnv64(norm.as_bytes()))
}

/// The MinHash signature of a text's word 5-gram shingles (`None` when it
/// has fewer than 5 words).
pub fn signature(text: &str) -> Option<Vec<u64>> {
    signature_of_normalised(&normalise(text))
}

/// [`signature`] of a text already [`normalise`]d.
pub fn signature_of_normalised(norm: &str) -> Option<Vec<u64>> {
    let words: Vec<u64> = norm
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| fnv64(w.as_bytes()))
        .collect();
    if words.len() < SHINGLE {
        return None;
    }
    // The shingle's hash is mixed in full once; the 128 functions of the
    // signature are then a cheap multiply-xorshift of it each (a full mix
    // per function was most of the time a page spent here).
    let seeds: [u64; HASHES] =
        std::array::from_fn(|i| mix((i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) | 1);
    let mut sig = vec![u64::MAX; HASHES];
    for w in words.windows(SHINGLE) {
        let mut h = 0u64;
        for &x in w {
            h = mix(h ^ x);
        }
        for (s, &seed) in sig.iter_mut().zip(&seeds) {
            let x = (h ^ seed).wrapping_mul(0xd6e8_feb8_6659_fd93);
            let v = x ^ (x >> 32);
            if v < *s {
                *s = v;
            }
        }
    }
    Some(sig)
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u64], b: &[u64]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

/// How many recent articles the clusterer remembers by default: a
/// signature is 128 hashes (1 KB), so about 20 MB of signatures plus their
/// band index, and far more than the copies of one wire story that arrive
/// within a day.
pub const DEFAULT_WINDOW: usize = 20_000;

/// The online clusterer. It remembers the last `window` to `window / 2`
/// articles (two generations: when the newer fills, the older is dropped),
/// so memory stays bounded on an endless stream; copies of a story further
/// apart than that start a new cluster.
pub struct Deduper {
    window: usize,
    current: Generation,
    previous: Generation,
}

#[derive(Default)]
struct Generation {
    exact: HashMap<String, String>,
    sigs: Vec<(Vec<u64>, String)>,
    buckets: Vec<HashMap<u64, Vec<usize>>>,
}

impl Generation {
    fn new() -> Generation {
        Generation {
            buckets: (0..BANDS).map(|_| HashMap::new()).collect(),
            ..Default::default()
        }
    }

    /// The most similar remembered article at or above the threshold.
    fn best(&self, sig: &[u64]) -> Option<(f64, &str)> {
        let mut best: Option<(f64, usize)> = None;
        let mut tried = std::collections::HashSet::new();
        for (b, bucket) in self.buckets.iter().enumerate() {
            let key = band_key(sig, b);
            for &cand in bucket.get(&key).map(Vec::as_slice).unwrap_or(&[]) {
                if !tried.insert(cand) {
                    continue;
                }
                let s = similarity(sig, &self.sigs[cand].0);
                if s >= JACCARD_THRESHOLD && best.is_none_or(|(bs, _)| s > bs) {
                    best = Some((s, cand));
                }
            }
        }
        best.map(|(s, i)| (s, self.sigs[i].1.as_str()))
    }

    fn insert(&mut self, hash: &str, sig: Option<Vec<u64>>, cluster: &str) {
        self.exact.insert(hash.to_string(), cluster.to_string());
        if let Some(sig) = sig {
            let idx = self.sigs.len();
            for (b, bucket) in self.buckets.iter_mut().enumerate() {
                let v = bucket.entry(band_key(&sig, b)).or_default();
                // Bounded buckets keep the work per article linear.
                if v.len() < 64 {
                    v.push(idx);
                }
            }
            self.sigs.push((sig, cluster.to_string()));
        }
    }
}

impl Default for Deduper {
    fn default() -> Self {
        Deduper::new()
    }
}

impl Deduper {
    pub fn new() -> Deduper {
        Deduper::with_window(DEFAULT_WINDOW)
    }

    /// A clusterer that remembers at least the last `window / 2` articles
    /// and at most the last `window` (at least 2).
    pub fn with_window(window: usize) -> Deduper {
        Deduper {
            window: window.max(2),
            current: Generation::new(),
            previous: Generation::new(),
        }
    }

    /// Assigns a cluster to an article with this id, content hash and text;
    /// returns the cluster id (its own id when it starts a new cluster).
    pub fn assign(&mut self, id: &str, hash: &str, text: &str) -> String {
        self.assign_normalised(id, hash, &normalise(text))
    }

    /// [`Deduper::assign`] given the article's text [`normalise`]d (which
    /// its content hash was made from too: normalising is most of the cost).
    pub fn assign_normalised(&mut self, id: &str, hash: &str, norm: &str) -> String {
        if let Some(c) = self
            .current
            .exact
            .get(hash)
            .or_else(|| self.previous.exact.get(hash))
        {
            return c.clone();
        }
        let sig = signature_of_normalised(norm);
        let mut cluster = id.to_string();
        if let Some(sig) = &sig {
            let best = match (self.current.best(sig), self.previous.best(sig)) {
                // On a tie the older article wins, as it would in one long list.
                (Some(a), Some(b)) => Some(if b.0 >= a.0 { b } else { a }),
                (a, b) => a.or(b),
            };
            if let Some((_, c)) = best {
                cluster = c.to_string();
            }
        }
        self.current.insert(hash, sig, &cluster);
        if self.current.exact.len() >= self.window / 2 {
            self.previous = std::mem::replace(&mut self.current, Generation::new());
        }
        cluster
    }
}

fn band_key(sig: &[u64], band: usize) -> u64 {
    let mut h = band as u64;
    for &x in &sig[band * ROWS..(band + 1) * ROWS] {
        h = mix(h ^ x);
    }
    h
}
