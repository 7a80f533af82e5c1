//! Reading and writing [CoNLL-U](https://universaldependencies.org/format.html).
//!
//! A file is a sequence of sentences; each sentence is a block of comment
//! lines (`# ...`) followed by word lines, multi-word token lines (`1-2`) and
//! empty-node lines (`8.1`), ended by a blank line.
//!
//! Representation ([`ConlluSentence`]):
//! - `comments` holds every comment line of the sentence **verbatim,
//!   including the leading `#`** (e.g. `"# text = Hello ."`), so that writing
//!   reproduces it byte for byte; [`ConlluSentence::text`],
//!   [`ConlluSentence::sent_id`], [`ConlluSentence::is_new_doc`] and
//!   [`ConlluSentence::is_new_par`] interpret them;
//! - `words` are the syntactic words (integer ids `1..=n`, in order);
//! - `multiword` are the multi-word token ranges (`first-last`);
//! - `empty_nodes` are the raw lines of the enhanced-UD empty nodes (`8.1`).
//!
//! The reader enforces the canonical line order (a multi-word token line
//! comes right before its first word, an empty node `N.k` right after word
//! `N`), so the writer can put every line back where it was: reading then
//! writing a well-formed file with `\n` line ends and a blank line after each
//! sentence gives the same bytes. (Tolerated but not reproduced: `\r\n` line
//! ends, a UTF-8 byte-order mark, extra blank lines between sentences, a
//! missing blank line at the end of the file.)
//!
//! [`ConlluSentence::from_sentence`] converts the pipeline's
//! [`crate::doc::Sentence`] to CoNLL-U, with `SpaceAfter=No` and the byte
//! offsets `TokenRange=START:END` in MISC; [`raw_text`] rebuilds the raw text
//! of a treebank the way the CoNLL 2018 shared task did.

use std::io::{self, BufRead, Write};

use serde::{Deserialize, Serialize};

/// One syntactic word (a line with an integer ID).
///
/// Columns are kept as written; an unspecified value is the string `"_"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConlluWord {
    /// 1-based position in the sentence.
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// ID of the head word; 0 for the root.
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A multi-word token line `first-last FORM _ _ _ _ _ _ _ MISC`, spanning the
/// words with ids `first..=last`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiwordToken {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One CoNLL-U sentence. See the module documentation for the layout.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConlluSentence {
    /// Comment lines, verbatim, *including* the leading `#`
    /// (e.g. `"# sent_id = 1"`).
    pub comments: Vec<String>,
    pub words: Vec<ConlluWord>,
    /// Multi-word tokens, in order of `first`.
    pub multiword: Vec<MultiwordToken>,
    /// Raw lines (without the line end) of the empty nodes `N.k`, in file
    /// order; the writer puts each right after word `N` (at the start of the
    /// sentence for `0.k`).
    pub empty_nodes: Vec<String>,
}

/// An error while reading CoNLL-U. Every variant names the input and the
/// 1-based line number.
#[derive(Debug, thiserror::Error)]
pub enum ConlluError {
    /// A malformed line or sentence.
    #[error("{name}:{line}: {message}")]
    Syntax {
        name: String,
        line: usize,
        message: String,
    },
    /// The line is not valid UTF-8.
    #[error("{name}:{line}: invalid UTF-8")]
    Utf8 { name: String, line: usize },
    /// The reader failed.
    #[error("{name}:{line}: read error: {source}")]
    Io {
        name: String,
        line: usize,
        #[source]
        source: io::Error,
    },
}

impl ConlluError {
    /// The 1-based line number of the error.
    pub fn line(&self) -> usize {
        match self {
            ConlluError::Syntax { line, .. }
            | ConlluError::Utf8 { line, .. }
            | ConlluError::Io { line, .. } => *line,
        }
    }
}

/// `# key = value` → `Some((key, value))`, both trimmed; `# key` →
/// `Some((key, ""))`; not a comment → `None`.
fn comment_key_value(line: &str) -> Option<(&str, &str)> {
    let body = line.strip_prefix('#')?.trim();
    Some(match body.split_once('=') {
        Some((k, v)) => (k.trim(), v.trim()),
        None => (body, ""),
    })
}

fn misc_has_space_after_no(misc: &str) -> bool {
    misc.split('|').any(|item| item == "SpaceAfter=No")
}

impl ConlluSentence {
    fn comment_value(&self, key: &str) -> Option<&str> {
        self.comments
            .iter()
            .filter_map(|c| comment_key_value(c))
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }

    fn has_comment_keyword(&self, keyword: &str) -> bool {
        self.comments
            .iter()
            .filter_map(|c| comment_key_value(c))
            .any(|(k, _)| k.split_whitespace().next() == Some(keyword))
    }

    /// The value of the `# text = ...` comment.
    pub fn text(&self) -> Option<&str> {
        self.comment_value("text")
    }

    /// The value of the `# sent_id = ...` comment.
    pub fn sent_id(&self) -> Option<&str> {
        self.comment_value("sent_id")
    }

    /// Whether the sentence starts a document (`# newdoc` or
    /// `# newdoc id = ...`).
    pub fn is_new_doc(&self) -> bool {
        self.has_comment_keyword("newdoc")
    }

    /// Whether the sentence starts a paragraph (`# newpar` or
    /// `# newpar id = ...`).
    pub fn is_new_par(&self) -> bool {
        self.has_comment_keyword("newpar")
    }

    /// The multi-word token containing word `word_index` (0-based index into
    /// `words`), if any.
    pub fn multiword_of(&self, word_index: usize) -> Option<&MultiwordToken> {
        let id = word_index + 1;
        self.multiword
            .iter()
            .find(|m| m.first <= id && id <= m.last)
    }

    /// Whether whitespace follows word `word_index` (0-based index into
    /// `words`): false when MISC has `SpaceAfter=No`. For a word inside a
    /// multi-word token the MISC of the token decides for its last word, and
    /// the other words have no space after them (they are parts of one
    /// surface token).
    pub fn space_after(&self, word_index: usize) -> bool {
        if let Some(m) = self.multiword_of(word_index) {
            if word_index + 1 < m.last {
                return false;
            }
            return !misc_has_space_after_no(&m.misc);
        }
        match self.words.get(word_index) {
            Some(w) => !misc_has_space_after_no(&w.misc),
            None => true,
        }
    }

    /// Converts a pipeline sentence to CoNLL-U. `text` is the original
    /// document text that the spans point into.
    ///
    /// Comments: `# sent_id = ...` (when given) and `# text = ...` (the text
    /// of the sentence span, line breaks replaced by spaces). MISC holds
    /// `SpaceAfter=No` when the word is not followed by whitespace and
    /// `TokenRange=START:END` (byte offsets into `text`, as in
    /// [`crate::doc::Span`]), joined by `|`. Empty strings become `_`;
    /// tabs and line breaks inside fields become spaces. No multi-word
    /// tokens are written (pipeline tokens are syntactic words).
    pub fn from_sentence(s: &crate::doc::Sentence, sent_id: Option<&str>, text: &str) -> Self {
        let mut comments = Vec::new();
        if let Some(id) = sent_id {
            comments.push(format!("# sent_id = {}", one_line(id)));
        }
        let start = s.span.start.min(text.len());
        let end = s.span.end.clamp(start, text.len());
        let sentence_text = text
            .get(start..end)
            .map(|t| t.replace("\r\n", " ").replace(['\r', '\n'], " "))
            .unwrap_or_default();
        comments.push(format!("# text = {}", sentence_text));

        // Clitics split off a word ("do|n't", "Russia|'s") are one token of
        // two words in UD English: write a multiword token line for them.
        let mut multiword: Vec<MultiwordToken> = Vec::new();
        let mut i = 0;
        while i < s.words.len() {
            let mut j = i;
            while j + 1 < s.words.len() && joins_as_clitic(&s.words[j], &s.words[j + 1]) {
                j += 1;
            }
            if j > i {
                let (a, b) = (s.words[i].span.start, s.words[j].span.end);
                multiword.push(MultiwordToken {
                    first: i + 1,
                    last: j + 1,
                    form: field(text.get(a..b).unwrap_or("_")),
                    misc: if s.words[j].space_after {
                        "_".into()
                    } else {
                        "SpaceAfter=No".into()
                    },
                });
            }
            i = j + 1;
        }
        let in_multiword = |i: usize| multiword.iter().any(|m| m.first <= i + 1 && i < m.last);

        let words = s
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let mut misc = Vec::new();
                if !w.space_after && !in_multiword(i) {
                    misc.push("SpaceAfter=No".to_string());
                }
                misc.push(format!("TokenRange={}:{}", w.span.start, w.span.end));
                ConlluWord {
                    id: i + 1,
                    form: field(&w.form),
                    lemma: field(&w.lemma),
                    upos: field(&w.upos),
                    xpos: field(&w.xpos),
                    feats: field(&w.feats),
                    head: w.head,
                    deprel: field(&w.deprel),
                    deps: "_".to_string(),
                    misc: misc.join("|"),
                }
            })
            .collect();
        ConlluSentence {
            comments,
            words,
            multiword,
            empty_nodes: Vec::new(),
        }
    }
}

fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// A value safe for a CoNLL-U column: no tabs or line breaks, never empty.
fn field(s: &str) -> String {
    if s.is_empty() {
        "_".to_string()
    } else {
        s.replace(['\t', '\r', '\n'], " ")
    }
}

/// Parses CoNLL-U from a string. `name` is used in error messages.
pub fn parse_conllu(s: &str, name: &str) -> Result<Vec<ConlluSentence>, ConlluError> {
    read_conllu(s.as_bytes(), name)
}

struct Reader<'a> {
    name: &'a str,
    sentences: Vec<ConlluSentence>,
    cur: ConlluSentence,
    /// Line number of each word of `cur` (for head errors).
    word_lines: Vec<usize>,
    /// Whether `cur` has any line (comment or token).
    started: bool,
    /// Set after a multi-word token line: the next line must be its first word.
    pending_mwt: Option<usize>,
}

impl Reader<'_> {
    fn err(&self, line: usize, message: impl Into<String>) -> ConlluError {
        ConlluError::Syntax {
            name: self.name.to_string(),
            line,
            message: message.into(),
        }
    }

    fn line(&mut self, lineno: usize, line: &str) -> Result<(), ConlluError> {
        if line.is_empty() {
            return self.end_sentence(lineno);
        }
        if line.starts_with('#') {
            if !self.cur.words.is_empty()
                || !self.cur.multiword.is_empty()
                || !self.cur.empty_nodes.is_empty()
            {
                return Err(self.err(lineno, "comment line inside a sentence"));
            }
            self.cur.comments.push(line.to_string());
            self.started = true;
            return Ok(());
        }
        self.started = true;
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(self.err(
                lineno,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        if let Some(i) = cols.iter().position(|c| c.is_empty()) {
            return Err(self.err(lineno, format!("column {} is empty", i + 1)));
        }
        let id = cols[0];
        let n = self.cur.words.len();
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (parse_id(a), parse_id(b)) {
                (Some(f), Some(l)) if f >= 1 && l > f => (f, l),
                _ => return Err(self.err(lineno, format!("bad multi-word token id '{id}'"))),
            };
            if self.pending_mwt.is_some() {
                return Err(self.err(
                    lineno,
                    "multi-word token line must be followed by its first word",
                ));
            }
            if first != n + 1 {
                return Err(self.err(
                    lineno,
                    format!(
                        "multi-word token '{id}' does not start at the next word id {}",
                        n + 1
                    ),
                ));
            }
            if let Some(prev) = self.cur.multiword.last() {
                if prev.last >= first {
                    return Err(self.err(
                        lineno,
                        format!("multi-word token '{id}' overlaps the previous one"),
                    ));
                }
            }
            if cols[2..9].iter().any(|c| *c != "_") {
                return Err(self.err(
                    lineno,
                    "multi-word token line must have '_' in columns LEMMA to DEPS",
                ));
            }
            self.cur.multiword.push(MultiwordToken {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            self.pending_mwt = Some(first);
            return Ok(());
        }
        if let Some((a, b)) = id.split_once('.') {
            match (parse_id(a), parse_id(b)) {
                (Some(major), Some(minor)) if minor >= 1 => {
                    if self.pending_mwt.is_some() {
                        return Err(self.err(
                            lineno,
                            "multi-word token line must be followed by its first word",
                        ));
                    }
                    if major != n {
                        return Err(self.err(
                            lineno,
                            format!("empty node '{id}' must come right after word {major}"),
                        ));
                    }
                }
                _ => return Err(self.err(lineno, format!("bad empty node id '{id}'"))),
            }
            self.cur.empty_nodes.push(line.to_string());
            return Ok(());
        }
        let word_id = match parse_id(id) {
            Some(i) if i >= 1 => i,
            _ => return Err(self.err(lineno, format!("bad word id '{id}'"))),
        };
        if word_id != n + 1 {
            return Err(self.err(
                lineno,
                format!("word ids not consecutive: found '{id}', expected {}", n + 1),
            ));
        }
        self.pending_mwt = None;
        let head = match parse_id(cols[6]) {
            Some(h) => h,
            None => return Err(self.err(lineno, format!("bad head '{}'", cols[6]))),
        };
        self.cur.words.push(ConlluWord {
            id: word_id,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            deps: cols[8].to_string(),
            misc: cols[9].to_string(),
        });
        self.word_lines.push(lineno);
        Ok(())
    }

    fn end_sentence(&mut self, lineno: usize) -> Result<(), ConlluError> {
        if !self.started {
            // Extra blank line between sentences: tolerated.
            return Ok(());
        }
        let n = self.cur.words.len();
        if n == 0 {
            return Err(self.err(lineno, "sentence without words"));
        }
        if self.pending_mwt.is_some() {
            return Err(self.err(
                lineno,
                "multi-word token line must be followed by its first word",
            ));
        }
        if let Some(m) = self.cur.multiword.last() {
            if m.last > n {
                return Err(self.err(
                    lineno,
                    format!(
                        "multi-word token {}-{} extends past the last word {n}",
                        m.first, m.last
                    ),
                ));
            }
        }
        for (w, &l) in self.cur.words.iter().zip(&self.word_lines) {
            if w.head > n {
                return Err(self.err(
                    l,
                    format!("bad head {}: the sentence has {n} words", w.head),
                ));
            }
            if w.head == w.id {
                return Err(self.err(l, format!("word {} is its own head", w.id)));
            }
        }
        self.sentences.push(std::mem::take(&mut self.cur));
        self.word_lines.clear();
        self.started = false;
        Ok(())
    }
}

/// A decimal id: ASCII digits only (no sign, no spaces).
fn parse_id(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Reads CoNLL-U. `name` (a file name, say) is used in error messages, which
/// give the line number and the problem.
///
/// Checked: 10 tab-separated non-empty columns, integer ids `1, 2, ...` in
/// each sentence, integer heads within the sentence (and not the word
/// itself), well-formed multi-word token ranges (`a-b`, `b > a`, starting at
/// the next word, `_` in columns 3-9) and empty node ids (`N.k` right after
/// word `N`), no comment line after the first token line, no sentence
/// without words. Not checked here: single root and acyclicity (see
/// [`crate::eval`]).
pub fn read_conllu<R: BufRead>(
    mut reader: R,
    name: &str,
) -> Result<Vec<ConlluSentence>, ConlluError> {
    let mut r = Reader {
        name,
        sentences: Vec::new(),
        cur: ConlluSentence::default(),
        word_lines: Vec::new(),
        started: false,
        pending_mwt: None,
    };
    let mut buf = Vec::new();
    let mut lineno = 0;
    loop {
        buf.clear();
        lineno += 1;
        let read = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| ConlluError::Io {
                name: name.to_string(),
                line: lineno,
                source,
            })?;
        if read == 0 {
            break;
        }
        let mut bytes = &buf[..];
        if let Some(b) = bytes.strip_suffix(b"\n") {
            bytes = b;
        }
        if let Some(b) = bytes.strip_suffix(b"\r") {
            bytes = b;
        }
        if lineno == 1 {
            if let Some(b) = bytes.strip_prefix("\u{feff}".as_bytes()) {
                bytes = b;
            }
        }
        let line = std::str::from_utf8(bytes).map_err(|_| ConlluError::Utf8 {
            name: name.to_string(),
            line: lineno,
        })?;
        r.line(lineno, line)?;
    }
    // A last sentence without the final blank line is accepted.
    r.end_sentence(lineno)?;
    Ok(r.sentences)
}

/// The id (integer part) of the word an empty-node line follows; `None` if
/// the line does not start with `N.`.
fn empty_node_after(line: &str) -> Option<usize> {
    let id = line.split('\t').next()?;
    let (major, _) = id.split_once('.')?;
    parse_id(major)
}

/// Writes sentences as CoNLL-U: comments, then the token lines, then a blank
/// line. Multi-word token lines go right before their first word, empty
/// nodes `N.k` right after word `N` (lines that fit nowhere go at the end of
/// the sentence, so nothing is lost).
/// Whether `next` is a clitic glued to `prev` that UD English writes inside
/// one multiword token with it.
fn joins_as_clitic(prev: &crate::doc::Word, next: &crate::doc::Word) -> bool {
    if prev.space_after
        || prev.span.end != next.span.start
        || !prev.form.chars().any(char::is_alphanumeric)
    {
        return false;
    }
    let f = next.form.to_lowercase().replace(['’', '`'], "'");
    let p = prev.form.to_lowercase();
    match f.as_str() {
        "n't" | "'s" | "'m" | "'ll" | "'ve" | "'re" | "'d" => true,
        "nt" => p == "do" || p == "does" || p == "did" || p == "is" || p == "was",
        "not" => p == "can",
        "na" => p == "gon" || p == "wan",
        "ta" => p == "got",
        "'" => next.upos == "PART",
        _ => false,
    }
}

pub fn write_conllu<W: Write>(w: W, sentences: &[ConlluSentence]) -> io::Result<()> {
    let mut w = io::BufWriter::new(w);
    for s in sentences {
        for c in &s.comments {
            writeln!(w, "{c}")?;
        }
        let mut empty_written = vec![false; s.empty_nodes.len()];
        let mut write_empty = |w: &mut io::BufWriter<W>, after: usize| -> io::Result<()> {
            for (i, e) in s.empty_nodes.iter().enumerate() {
                if !empty_written[i] && empty_node_after(e) == Some(after) {
                    writeln!(w, "{e}")?;
                    empty_written[i] = true;
                }
            }
            Ok(())
        };
        let mut mwt_written = vec![false; s.multiword.len()];
        write_empty(&mut w, 0)?;
        for (i, word) in s.words.iter().enumerate() {
            for (j, m) in s.multiword.iter().enumerate() {
                if !mwt_written[j] && m.first == i + 1 {
                    write_mwt(&mut w, m)?;
                    mwt_written[j] = true;
                }
            }
            writeln!(
                w,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                word.id,
                word.form,
                word.lemma,
                word.upos,
                word.xpos,
                word.feats,
                word.head,
                word.deprel,
                word.deps,
                word.misc
            )?;
            write_empty(&mut w, i + 1)?;
        }
        for (j, m) in s.multiword.iter().enumerate() {
            if !mwt_written[j] {
                write_mwt(&mut w, m)?;
            }
        }
        for (i, e) in s.empty_nodes.iter().enumerate() {
            if !empty_written[i] {
                writeln!(w, "{e}")?;
            }
        }
        writeln!(w)?;
    }
    w.flush()
}

fn write_mwt<W: Write>(w: &mut W, m: &MultiwordToken) -> io::Result<()> {
    writeln!(
        w,
        "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
        m.first, m.last, m.form, m.misc
    )
}

/// Rebuilds the raw text of a treebank as the CoNLL 2018 shared task did
/// for its raw-text input: the `# text` of each sentence, sentences joined
/// by a single space, except that a sentence with `# newpar` is preceded by
/// a newline and one with `# newdoc` by two newlines (nothing before the
/// first sentence); the result ends with a newline when not empty.
///
/// A sentence without `# text` is rebuilt from its surface tokens
/// (multi-word token forms instead of their words), separated by a space
/// unless `SpaceAfter=No`.
pub fn raw_text(sentences: &[ConlluSentence]) -> String {
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            if s.is_new_doc() {
                out.push_str("\n\n");
            } else if s.is_new_par() {
                out.push('\n');
            } else {
                out.push(' ');
            }
        }
        match s.text() {
            Some(t) => out.push_str(t),
            None => out.push_str(&surface_text(s)),
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The sentence text from its tokens and `SpaceAfter=No`.
fn surface_text(s: &ConlluSentence) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.words.len() {
        let (form, last) = match s.multiword.iter().find(|m| m.first == i + 1) {
            Some(m) => (m.form.as_str(), m.last.max(i + 1) - 1),
            None => (s.words[i].form.as_str(), i),
        };
        out.push_str(form);
        let last = last.min(s.words.len() - 1);
        if last + 1 < s.words.len() && s.space_after(last) {
            out.push(' ');
        }
        i = last + 1;
    }
    out
}
