//! Extraction scoring as in the article-extraction benchmark: tokens are
//! `\w+` runs, 4-token shingles are counted as multisets, precision and
//! recall are computed per document and averaged over documents, and F1 is
//! the harmonic mean of the two averages.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::IngestError;

/// Scores of one run over a benchmark directory.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExtractScore {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub documents: usize,
}

/// Per-document precision and recall of `predicted` against `expected`.
pub fn precision_recall(expected: &str, predicted: &str) -> (f64, f64) {
    let e = shingles(expected);
    let p = shingles(predicted);
    let n_e: usize = e.values().sum();
    let n_p: usize = p.values().sum();
    let tp: usize = p
        .iter()
        .map(|(k, &c)| c.min(e.get(k).copied().unwrap_or(0)))
        .sum();
    let precision = if n_p == 0 {
        if n_e == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        tp as f64 / n_p as f64
    };
    let recall = if n_e == 0 {
        if n_p == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        tp as f64 / n_e as f64
    };
    (precision, recall)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks: Vec<&str> = text
        .split(|c: char| !is_word(c))
        .filter(|t| !t.is_empty())
        .collect();
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < 4 {
        *m.entry(toks).or_insert(0) += 1;
        return m;
    }
    for w in toks.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// One benchmark page: id, decoded HTML and the expected article body.
pub struct BenchPage {
    pub id: String,
    pub html: Vec<u8>,
    pub expected: String,
}

/// Loads a directory laid out like the benchmark: `html/<id>.html.gz` (or
/// `.html`) and `ground-truth.json` (`{id: {"articleBody": ...}}`), sorted
/// by id.
pub fn load_bench(dir: &Path) -> Result<Vec<BenchPage>, IngestError> {
    let gt_path = dir.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path).map_err(|e| IngestError::io(&gt_path, e))?;
    let gt: HashMap<String, serde_json::Value> =
        serde_json::from_str(&gt_text).map_err(|e| IngestError::Format {
            input: gt_path.display().to_string(),
            reason: e.to_string(),
        })?;
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    let mut pages = Vec::new();
    for id in ids {
        let expected = gt[id]
            .get("articleBody")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let gz: PathBuf = dir.join("html").join(format!("{id}.html.gz"));
        let plain = dir.join("html").join(format!("{id}.html"));
        let html = if gz.exists() {
            let f = std::fs::File::open(&gz).map_err(|e| IngestError::io(&gz, e))?;
            let mut buf = Vec::new();
            flate2::read::MultiGzDecoder::new(f)
                .read_to_end(&mut buf)
                .map_err(|e| IngestError::io(&gz, e))?;
            buf
        } else {
            std::fs::read(&plain).map_err(|e| IngestError::io(&plain, e))?
        };
        pages.push(BenchPage {
            id: id.clone(),
            html,
            expected,
        });
    }
    Ok(pages)
}

/// Scores `extract` (HTML bytes to text) on the pages.
pub fn score_pages(pages: &[BenchPage], mut extract: impl FnMut(&[u8]) -> String) -> ExtractScore {
    let mut p_sum = 0.0;
    let mut r_sum = 0.0;
    for page in pages {
        let text = extract(&page.html);
        let (p, r) = precision_recall(&page.expected, &text);
        tracing::debug!(id = %page.id, precision = p, recall = r, "extract");
        p_sum += p;
        r_sum += r;
    }
    let n = pages.len().max(1) as f64;
    let precision = p_sum / n;
    let recall = r_sum / n;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    ExtractScore {
        f1,
        precision,
        recall,
        documents: pages.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric() {
        let (p, r) = precision_recall("a b c d e", "a b c d e");
        assert_eq!((p, r), (1.0, 1.0));
        let (p, r) = precision_recall("a b c d e f", "a b c d x y z w");
        assert!((p - 1.0 / 5.0).abs() < 1e-9 && (r - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(precision_recall("a b c d", ""), (0.0, 0.0));
    }
}
