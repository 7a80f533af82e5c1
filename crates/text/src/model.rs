//! The model file: tagger, parser and lexicon in one zstd-compressed binary
//! file, with a JSON header describing how it was trained.
//!
//! Layout: the 8-byte magic `DYADMODL`, a little-endian `u32` format
//! version, then a zstd frame holding length-prefixed sections. Loading
//! copies the frozen weight tables as they are (no rehashing), so a model
//! loads in a fraction of a second.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::lemma::Lexicon;
use crate::parser::Parser;
use crate::perceptron::{fixed_scale, to_fixed, Dense4, FeatureMap, Weights};
use crate::tagger::{TagSet, Tagger};

const MAGIC: &[u8; 8] = b"DYADMODL";
const VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{path}: cannot read the model: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}: not a dyad model file (bad magic bytes)")]
    BadMagic(String),
    #[error("{path}: model format version {found}, this dyad reads version {VERSION}")]
    Version { path: String, found: u32 },
    #[error("{path}: the model file is corrupt or truncated ({what})")]
    Corrupt { path: String, what: String },
}

/// How a model was made: written into the file, shown by `dyad parse --version`-like tools.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelInfo {
    pub name: String,
    pub trained_on: String,
    pub seed: u64,
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    /// Scores on the development set at the end of training, in percent.
    pub dev_scores: HashMap<String, f64>,
}

/// Everything the text engine learns from a treebank.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub info: ModelInfo,
    pub tagger: Tagger,
    pub parser: Parser,
    pub lexicon: Lexicon,
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[String]) {
        self.u64(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
    fn map(&mut self, m: &HashMap<String, String>) {
        let mut v: Vec<(&String, &String)> = m.iter().collect();
        v.sort();
        self.u64(v.len() as u64);
        for (k, val) in v {
            self.str(k);
            self.str(val);
        }
    }
    fn u16s(&mut self, v: impl Iterator<Item = u16>) {
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
    /// Columnar: keys, row lengths, classes, then the weights as 16-bit
    /// fixed point with one scale, which compresses better than row by row.
    fn weights(&mut self, w: &Weights) {
        let rows: Vec<(u32, Vec<(u8, f32)>)> = w.rows().collect();
        self.u32(w.n_classes as u32);
        self.u64(rows.len() as u64);
        for (k, _) in &rows {
            self.u32(*k);
        }
        for (_, r) in &rows {
            self.0.push((r.len() - 1) as u8);
        }
        let n: usize = rows.iter().map(|r| r.1.len()).sum();
        self.u64(n as u64);
        for (_, r) in &rows {
            self.0.extend(r.iter().map(|e| e.0));
        }
        let scale = fixed_scale(
            rows.iter()
                .flat_map(|r| r.1.iter().map(|e| e.1.abs()))
                .fold(0f32, f32::max),
        );
        self.0.extend_from_slice(&scale.to_le_bytes());
        self.u16s(
            rows.iter()
                .flat_map(|r| r.1.iter().map(|e| to_fixed(e.1, scale) as u16)),
        );
    }
    fn dense4(&mut self, w: &Dense4) {
        let rows: Vec<(u32, [f32; 4])> = w.rows().collect();
        self.u64(rows.len() as u64);
        for (k, _) in &rows {
            self.u32(*k);
        }
        let scale = fixed_scale(
            rows.iter()
                .flat_map(|r| r.1.iter().map(|w| w.abs()))
                .fold(0f32, f32::max),
        );
        self.0.extend_from_slice(&scale.to_le_bytes());
        for c in 0..4 {
            self.u16s(rows.iter().map(|r| to_fixed(r.1[c], scale) as u16));
        }
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    path: &'a str,
}

impl<'a> Reader<'a> {
    fn corrupt(&self, what: &str) -> ModelError {
        ModelError::Corrupt {
            path: self.path.to_string(),
            what: format!("{what} at byte {}", self.pos),
        }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.buf.len() - self.pos < n {
            return Err(self.corrupt("unexpected end"));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn len(&mut self, elem: usize) -> Result<usize, ModelError> {
        let n = self.u64()?;
        if n.saturating_mul(elem as u64) > (self.buf.len() - self.pos) as u64 {
            return Err(self.corrupt("length past the end"));
        }
        Ok(n as usize)
    }
    fn bytes(&mut self) -> Result<&'a [u8], ModelError> {
        let n = self.len(1)?;
        self.take(n)
    }
    fn str(&mut self) -> Result<String, ModelError> {
        let b = self.bytes()?;
        String::from_utf8(b.to_vec()).map_err(|_| self.corrupt("invalid UTF-8"))
    }
    fn strs(&mut self) -> Result<Vec<String>, ModelError> {
        let n = self.len(8)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn map(&mut self) -> Result<HashMap<String, String>, ModelError> {
        let n = self.len(16)?;
        let mut m = HashMap::with_capacity(n);
        for _ in 0..n {
            let k = self.str()?;
            m.insert(k, self.str()?);
        }
        Ok(m)
    }
    fn u32s(&mut self, n: usize) -> Result<Vec<u32>, ModelError> {
        Ok(self
            .take(n * 4)?
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn fixed(&mut self, n: usize, scale: f32) -> Result<Vec<f32>, ModelError> {
        Ok(self
            .take(n * 2)?
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale)
            .collect())
    }
    fn weights(&mut self) -> Result<Weights, ModelError> {
        let n_classes = self.u32()? as usize;
        let n_rows = self.len(5)?;
        let keys = self.u32s(n_rows)?;
        let lens = self.take(n_rows)?.to_vec();
        let n = self.len(3)?;
        if lens.iter().map(|&l| l as usize + 1).sum::<usize>() != n {
            return Err(self.corrupt("row lengths"));
        }
        let classes = self.take(n)?.to_vec();
        if classes.iter().any(|&c| c as usize >= n_classes) || n_classes > 256 {
            return Err(self.corrupt("class out of range"));
        }
        let scale = self.f32()?;
        let values = self.fixed(n, scale)?;
        let mut offsets = Vec::with_capacity(n_rows + 1);
        offsets.push(0);
        for &l in &lens {
            offsets.push(offsets[offsets.len() - 1] + l as usize + 1);
        }
        Ok(Weights::from_columns(
            n_classes, &keys, &offsets, &classes, &values,
        ))
    }
    fn dense4(&mut self) -> Result<Dense4, ModelError> {
        let n = self.len(12)?;
        let keys = self.u32s(n)?;
        let scale = self.f32()?;
        let cols = [
            self.fixed(n, scale)?,
            self.fixed(n, scale)?,
            self.fixed(n, scale)?,
            self.fixed(n, scale)?,
        ];
        Ok(Dense4::from_rows(keys.into_iter().enumerate().map(
            |(i, k)| (k, [cols[0][i], cols[1][i], cols[2][i], cols[3][i]]),
        )))
    }
}

impl Model {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.str(&info_text(&self.info));
        w.strs(&self.tagger.tags.classes);
        w.weights(&self.tagger.weights);
        match &self.tagger.second {
            Some(second) => {
                w.0.push(1);
                w.weights(second);
            }
            None => w.0.push(0),
        }
        let mut dict: Vec<(u64, u8)> = self.tagger.tagdict.iter().map(|(k, v)| (*k, *v)).collect();
        dict.sort();
        w.u64(dict.len() as u64);
        for (k, v) in dict {
            w.u64(k);
            w.0.push(v);
        }
        w.strs(&self.parser.labels);
        w.dense4(&self.parser.moves);
        w.weights(&self.parser.labeler);
        w.map(&self.lexicon.lemmas);
        w.map(&self.lexicon.feats);
        w.map(&self.lexicon.tag_feats);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        // With a checksum, so a damaged file is refused rather than misread.
        let mut enc = zstd::stream::Encoder::new(out, 19).expect("in-memory zstd cannot fail");
        enc.include_checksum(true)
            .expect("in-memory zstd cannot fail");
        std::io::Write::write_all(&mut enc, &w.0).expect("in-memory zstd cannot fail");
        enc.finish().expect("in-memory zstd cannot fail")
    }

    pub fn from_bytes(bytes: &[u8], path: &str) -> Result<Model, ModelError> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(ModelError::BadMagic(path.to_string()));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().unwrap());
        if version != VERSION {
            return Err(ModelError::Version {
                path: path.to_string(),
                found: version,
            });
        }
        let raw = zstd::decode_all(&bytes[12..]).map_err(|e| ModelError::Corrupt {
            path: path.to_string(),
            what: e.to_string(),
        })?;
        let mut r = Reader {
            buf: &raw,
            pos: 0,
            path,
        };
        let info_json = r.str()?;
        let info = parse_info(&info_json).ok_or_else(|| r.corrupt("bad header"))?;
        let classes = r.strs()?;
        let tagger_weights = r.weights()?;
        let second = match r.take(1)?[0] {
            0 => None,
            _ => Some(r.weights()?),
        };
        if second
            .as_ref()
            .is_some_and(|w| w.n_classes != classes.len())
        {
            return Err(r.corrupt("second tagger pass classes"));
        }
        let n = r.len(9)?;
        let mut tagdict = FeatureMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.take(1)?[0];
            if v as usize >= classes.len() {
                return Err(r.corrupt("tag dictionary class out of range"));
            }
            tagdict.insert(k, v);
        }
        if tagger_weights.n_classes != classes.len() {
            return Err(r.corrupt("tagger classes"));
        }
        let labels = r.strs()?;
        let moves = r.dense4()?;
        let labeler = r.weights()?;
        if labeler.n_classes != labels.len() {
            return Err(r.corrupt("parser labels"));
        }
        let lexicon = Lexicon {
            lemmas: r.map()?,
            feats: r.map()?,
            tag_feats: r.map()?,
        };
        Ok(Model {
            info,
            tagger: Tagger {
                tags: TagSet { classes },
                weights: tagger_weights,
                second,
                tagdict,
            },
            parser: Parser {
                labels,
                moves,
                labeler,
            },
            lexicon,
        })
    }

    pub fn load(path: &Path) -> Result<Model, ModelError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: name.clone(),
            source,
        })?;
        Model::from_bytes(&bytes, &name)
    }

    /// Write atomically: a temporary file beside the target, then a rename,
    /// so an interrupted save never leaves a half-written model.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, self.to_bytes())?;
        std::fs::rename(&tmp, path)
    }
}

// The header is tiny; keep serde_json out of this crate's dependencies by
// writing it in a fixed line format.
fn info_text(info: &ModelInfo) -> String {
    let mut s = format!(
        "name={}\ntrained_on={}\nseed={}\ntagger_epochs={}\nparser_epochs={}\n",
        info.name, info.trained_on, info.seed, info.tagger_epochs, info.parser_epochs
    );
    let mut scores: Vec<_> = info.dev_scores.iter().collect();
    scores.sort_by(|a, b| a.0.cmp(b.0));
    for (k, v) in scores {
        s += &format!("dev.{k}={v}\n");
    }
    s
}

fn parse_info(s: &str) -> Option<ModelInfo> {
    let mut info = ModelInfo::default();
    for line in s.lines() {
        let (k, v) = line.split_once('=')?;
        match k {
            "name" => info.name = v.to_string(),
            "trained_on" => info.trained_on = v.to_string(),
            "seed" => info.seed = v.parse().ok()?,
            "tagger_epochs" => info.tagger_epochs = v.parse().ok()?,
            "parser_epochs" => info.parser_epochs = v.parse().ok()?,
            _ => {
                let key = k.strip_prefix("dev.")?;
                info.dev_scores.insert(key.to_string(), v.parse().ok()?);
            }
        }
    }
    Some(info)
}

impl Model {
    /// Drop the weights whose magnitude is below `threshold` (features whose
    /// row empties are dropped too): a smaller, faster model, for a little
    /// accuracy. Used when training; exposed to measure the trade-off.
    pub fn pruned(&self, threshold: f32) -> Model {
        let prune = |w: &Weights| {
            let rows = w
                .rows()
                .filter_map(|(k, row)| {
                    let row: Vec<(u8, f32)> =
                        row.into_iter().filter(|e| e.1.abs() >= threshold).collect();
                    (!row.is_empty()).then_some((k, row))
                })
                .collect();
            Weights::from_rows(w.n_classes(), rows)
        };
        let mut m = self.clone();
        m.tagger.weights = prune(&self.tagger.weights);
        m.tagger.second = self.tagger.second.as_ref().map(prune);
        m.parser.labeler = prune(&self.parser.labeler);
        m.parser.moves = Dense4::from_rows(
            self.parser
                .moves
                .rows()
                .filter(|(_, r)| r.iter().any(|w| w.abs() >= threshold)),
        );
        m
    }
}
