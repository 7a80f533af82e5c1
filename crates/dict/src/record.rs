//! The record layer of dyad's own text format, shared by the codebook and the
//! dictionaries: a record is a head line in column 0 (`KIND TEXT [= CODE]`)
//! followed by indented attribute lines (`KEY VALUE`). `#` at the start of a
//! line or after whitespace starts a comment. See `docs/dictionaries.md`.

use crate::error::Problem;

/// One attribute line of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr<'a> {
    /// The first word.
    pub key: &'a str,
    /// The rest of the line, trimmed.
    pub value: &'a str,
    /// 1-based line number.
    pub line: u32,
}

/// One record: head line and attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// The first word of the head line.
    pub kind: &'a str,
    /// The text between the kind and ` = ` (or the end), trimmed.
    pub head: &'a str,
    /// The text after the last ` = ` of the head line, if any.
    pub code: Option<&'a str>,
    /// 1-based line number of the head line.
    pub line: u32,
    /// Attribute lines in order.
    pub attrs: Vec<Attr<'a>>,
}

/// Removes a comment: `#` at the start or preceded by whitespace.
pub fn strip_comment(line: &str) -> &str {
    let b = line.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'#' && (i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t') {
            return &line[..i];
        }
    }
    line
}

/// Splits `TEXT = CODE` at the last ` = `.
pub fn split_code(s: &str) -> (&str, Option<&str>) {
    match s.rsplit_once(" = ") {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => match s.strip_suffix(" =") {
            Some(a) => (a.trim(), Some("")),
            None => (s.trim(), None),
        },
    }
}

/// Reads all records of a file; lines that fit nowhere become problems.
pub fn read_records<'a>(file: &str, text: &'a str, problems: &mut Vec<Problem>) -> Vec<Record<'a>> {
    let mut out: Vec<Record<'a>> = Vec::new();
    let mut orphan_reported = false;
    for (i, raw) in text.lines().enumerate() {
        let line = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let body = strip_comment(raw);
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let indented = body.starts_with([' ', '\t']);
        let (first, rest) = match trimmed.split_once([' ', '\t']) {
            Some((a, b)) => (a, b.trim()),
            None => (trimmed, ""),
        };
        if indented {
            match out.last_mut() {
                Some(rec) => rec.attrs.push(Attr {
                    key: first,
                    value: rest,
                    line,
                }),
                None => {
                    if !orphan_reported {
                        problems.push(Problem {
                            file: file.to_string(),
                            line,
                            message: "indented attribute line before any record".into(),
                        });
                        orphan_reported = true;
                    }
                }
            }
        } else {
            let (head, code) = split_code(rest);
            out.push(Record {
                kind: first,
                head,
                code,
                line,
                attrs: Vec::new(),
            });
        }
    }
    out
}

/// Splits a `A | B | C` list, dropping empty items.
pub fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_comments() {
        let text = "# top\nactor Azerbaijan = AZE  # country\n  adj Azerbaijani | Azeri\n\n\tcapital Baku\nagent C# programmer = BUS\n  orphan?\n";
        let mut p = Vec::new();
        let r = read_records("t", text, &mut p);
        assert!(p.is_empty());
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].kind, r[0].head, r[0].code, r[0].line),
            ("actor", "Azerbaijan", Some("AZE"), 2)
        );
        assert_eq!(
            r[0].attrs[1],
            Attr {
                key: "capital",
                value: "Baku",
                line: 5
            }
        );
        assert_eq!(r[1].head, "C# programmer");
        assert_eq!(split_list(" a | |b ").collect::<Vec<_>>(), ["a", "b"]);
        let mut p = Vec::new();
        read_records("t", "  x y\n", &mut p);
        assert_eq!(p.len(), 1);
    }
}
