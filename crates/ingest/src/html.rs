//! A small, tolerant HTML parser: one forward scan over the page builds an
//! arena tree of elements and text nodes. It follows the parts of the HTML
//! parsing rules that matter for extracting text (void elements, raw-text
//! elements, implied `</p>` and `</li>`, stray end tags ignored) and never
//! fails. Each text node keeps the byte offset of its text in the page.

use std::borrow::Cow;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = usize;

/// An element or a run of text. Names and texts borrow from the page
/// where they need no change (most do): a page has thousands of nodes.
#[derive(Debug, Clone)]
pub enum NodeKind<'a> {
    Element {
        /// Lower-case tag name.
        tag: Cow<'a, str>,
        /// Attributes, names lower-cased, values with entities decoded.
        attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    },
    Text {
        /// Entities decoded; raw for `<script>`/`<style>`.
        text: Cow<'a, str>,
        /// Byte offset of the text in the page.
        start: usize,
        /// Byte offset just past the text in the page.
        end: usize,
    },
}

/// A node of the tree.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    pub kind: NodeKind<'a>,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
}

/// The parsed page; node 0 is the document root (`#root`).
#[derive(Debug, Clone)]
pub struct Dom<'a> {
    pub nodes: Vec<Node<'a>>,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "command",
];
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "noscript", "iframe", "xmp", "noembed", "noframes",
    "template", "svg",
];
/// Tags that close an open `<p>`, besides the headings.
const CLOSES_P: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "form",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "hr",
    "dl",
    "main",
    "address",
    "fieldset",
    "figcaption",
    "details",
    "menu",
];

/// Whether a tag is a heading, `h1` to `h6`.
pub fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}
/// How far up the open-element stack an end tag looks for its start tag.
const END_TAG_SEARCH: usize = 48;
/// Deeper elements are flattened into their ancestor at this depth.
const MAX_DEPTH: usize = 400;

impl<'a> Dom<'a> {
    /// Parses a page. Linear in its length.
    pub fn parse(src: &'a str) -> Dom<'a> {
        let mut p = Builder {
            dom: Dom {
                nodes: vec![Node {
                    kind: NodeKind::Element {
                        tag: Cow::Borrowed("#root"),
                        attrs: vec![],
                    },
                    parent: None,
                    children: vec![],
                }],
            },
            stack: vec![0],
        };
        let b = src.as_bytes();
        let mut i = 0;
        let mut text_start = 0;
        while i < b.len() {
            let Some(off) = memchr::memchr(b'<', &b[i..]) else {
                break;
            };
            let lt = i + off;
            let next = b.get(lt + 1).copied().unwrap_or(0);
            if src[lt..].starts_with("<!--") {
                p.text(src, text_start, lt);
                let end = src[lt + 4..]
                    .find("-->")
                    .map(|e| lt + 4 + e + 3)
                    .unwrap_or(b.len());
                i = end;
                text_start = end;
            } else if next == b'!' || next == b'?' {
                p.text(src, text_start, lt);
                let end = memchr::memchr(b'>', &b[lt..])
                    .map(|e| lt + e + 1)
                    .unwrap_or(b.len());
                i = end;
                text_start = end;
            } else if next == b'/' && b.get(lt + 2).is_some_and(|c| c.is_ascii_alphabetic()) {
                p.text(src, text_start, lt);
                let (name, _) = tag_name(src, lt + 2);
                let end = memchr::memchr(b'>', &b[lt..])
                    .map(|e| lt + e + 1)
                    .unwrap_or(b.len());
                p.close(&name);
                i = end;
                text_start = end;
            } else if next.is_ascii_alphabetic() {
                p.text(src, text_start, lt);
                let (name, after) = tag_name(src, lt + 1);
                let (attrs, end, self_closing) = parse_attrs(src, after);
                i = end;
                text_start = end;
                if RAW.contains(&&*name) && !self_closing {
                    // Raw text up to the matching end tag.
                    let close = find_end_tag(src, end, &name);
                    let id = p.open(name.clone(), attrs);
                    let (cs, ce) = (end, close.0);
                    if ce > cs {
                        let raw = &src[cs..ce];
                        let text = if name == "title" || name == "textarea" {
                            decode_entities_cow(raw)
                        } else {
                            Cow::Borrowed(raw)
                        };
                        p.push_node(
                            id,
                            NodeKind::Text {
                                text,
                                start: cs,
                                end: ce,
                            },
                        );
                    }
                    p.close(&name);
                    i = close.1;
                    text_start = close.1;
                } else if VOID.contains(&&*name) || self_closing {
                    let id = p.dom.nodes.len();
                    let parent = p.top();
                    p.dom.nodes.push(Node {
                        kind: NodeKind::Element { tag: name, attrs },
                        parent: Some(parent),
                        children: vec![],
                    });
                    p.dom.nodes[parent].children.push(id);
                } else {
                    p.open(name, attrs);
                }
            } else {
                i = lt + 1;
            }
        }
        p.text(src, text_start, b.len());
        p.dom
    }

    /// Tag name of an element node, `None` for text.
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].kind {
            NodeKind::Element { tag, .. } => Some(tag),
            NodeKind::Text { .. } => None,
        }
    }

    /// An attribute's value.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id].kind {
            NodeKind::Element { attrs, .. } => {
                attrs.iter().find(|(k, _)| k == name).map(|(_, v)| &**v)
            }
            NodeKind::Text { .. } => None,
        }
    }

    /// All descendants of `id` in document order (iterative, `id` first).
    pub fn descendants(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            out.push(n);
            for &c in self.nodes[n].children.iter().rev() {
                stack.push(c);
            }
        }
        out
    }

    /// First element with this tag, in document order.
    pub fn find_tag(&self, tag: &str) -> Option<NodeId> {
        (0..self.nodes.len()).find(|&n| self.tag(n) == Some(tag))
    }

    /// Text of a subtree with whitespace collapsed.
    pub fn text_of(&self, id: NodeId) -> String {
        let mut s = String::new();
        for n in self.descendants(id) {
            if let NodeKind::Text { text, .. } = &self.nodes[n].kind {
                s.push_str(text);
                s.push(' ');
            }
        }
        collapse_ws(&s)
    }
}

struct Builder<'a> {
    dom: Dom<'a>,
    stack: Vec<NodeId>,
}

impl<'a> Builder<'a> {
    fn top(&self) -> NodeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn tag_at(&self, id: NodeId) -> &str {
        self.dom.tag(id).unwrap_or("")
    }

    fn push_node(&mut self, parent: NodeId, kind: NodeKind<'a>) -> NodeId {
        let id = self.dom.nodes.len();
        self.dom.nodes.push(Node {
            kind,
            parent: Some(parent),
            children: vec![],
        });
        self.dom.nodes[parent].children.push(id);
        id
    }

    fn text(&mut self, src: &'a str, start: usize, end: usize) {
        if end <= start {
            return;
        }
        let text = decode_entities_cow(&src[start..end]);
        let parent = self.top();
        self.push_node(parent, NodeKind::Text { text, start, end });
    }

    fn open(&mut self, tag: Cow<'a, str>, attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>) -> NodeId {
        if (CLOSES_P.contains(&&*tag) || is_heading(&tag)) && self.tag_at(self.top()) == "p" {
            self.stack.pop();
        }
        if tag == "li"
            || tag == "dt"
            || tag == "dd"
            || tag == "tr"
            || tag == "td"
            || tag == "th"
            || tag == "option"
        {
            // Close an open sibling of the same kind inside the nearest list.
            let stop: &[&str] = match &*tag {
                "li" => &["ul", "ol", "menu"],
                "dt" | "dd" => &["dl"],
                "tr" => &["table", "tbody", "thead", "tfoot"],
                "td" | "th" => &["tr", "table"],
                _ => &["select"],
            };
            for k in (1..self.stack.len()).rev().take(END_TAG_SEARCH) {
                let t = self.tag_at(self.stack[k]);
                if stop.contains(&t) {
                    break;
                }
                if t == tag
                    || (matches!(&*tag, "dt" | "dd") && matches!(t, "dt" | "dd"))
                    || (matches!(&*tag, "td" | "th") && matches!(t, "td" | "th"))
                {
                    self.stack.truncate(k);
                    break;
                }
            }
        }
        let parent = self.top();
        let id = self.push_node(parent, NodeKind::Element { tag, attrs });
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        id
    }

    fn close(&mut self, tag: &str) {
        for k in (1..self.stack.len()).rev().take(END_TAG_SEARCH) {
            if self.tag_at(self.stack[k]) == tag {
                self.stack.truncate(k);
                return;
            }
        }
    }
}

fn tag_name(src: &str, from: usize) -> (Cow<'_, str>, usize) {
    let b = src.as_bytes();
    let mut e = from;
    while e < b.len() && !matches!(b[e], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/') {
        e += 1;
    }
    (ascii_lowercase(&src[from..e]), e)
}

/// `s` in ASCII lower case, borrowed when it already is (most names are).
fn ascii_lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Parses attributes from `from` up to and including the closing `>`.
/// Returns the attributes, the offset after `>`, and whether it ended `/>`.
#[allow(clippy::type_complexity)]
fn parse_attrs(src: &str, from: usize) -> (Vec<(Cow<'_, str>, Cow<'_, str>)>, usize, bool) {
    let b = src.as_bytes();
    let mut i = from;
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (attrs, b.len(), false);
        }
        if b[i] == b'>' {
            return (attrs, i + 1, self_closing);
        }
        self_closing = false;
        let ns = i;
        while i < b.len()
            && !matches!(
                b[i],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'=' | b'/'
            )
        {
            i += 1;
        }
        let name = ascii_lowercase(&src[ns..i]);
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = Cow::Borrowed("");
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = memchr::memchr(q, &b[vs..])
                    .map(|e| vs + e)
                    .unwrap_or(b.len());
                value = decode_entities_cow(&src[vs..ve]);
                i = (ve + 1).min(b.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_entities_cow(&src[vs..i]);
            }
        }
        if !name.is_empty() && attrs.len() < 64 {
            attrs.push((name, value));
        }
    }
}

/// Finds `</name` (case-insensitive) from `from`; returns (start of the end
/// tag, offset after its `>`), or the end of input.
fn find_end_tag(src: &str, from: usize, name: &str) -> (usize, usize) {
    let b = src.as_bytes();
    let mut i = from;
    while let Some(off) = memchr::memmem::find(&b[i..], b"</") {
        let s = i + off;
        let ne = s + 2 + name.len();
        if ne <= b.len()
            && b[s + 2..ne].eq_ignore_ascii_case(name.as_bytes())
            && b.get(ne).is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            let end = memchr::memchr(b'>', &b[ne..])
                .map(|e| ne + e + 1)
                .unwrap_or(b.len());
            return (s, end);
        }
        i = s + 2;
    }
    (b.len(), b.len())
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace()) {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// [`decode_entities`], borrowing `s` when it has none.
fn decode_entities_cow(s: &str) -> Cow<'_, str> {
    if s.contains('&') {
        Cow::Owned(decode_entities(s))
    } else {
        Cow::Borrowed(s)
    }
}

/// Decodes character references (numeric and the common named ones).
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let semi = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(j, _)| j);
        let decoded = semi.and_then(|j| entity(&after[..j]).map(|c| (c, j)));
        match decoded {
            Some((c, j)) => {
                out.push(c);
                rest = &after[j + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return Some(match v {
            0 => '\u{fffd}',
            0x80..=0x9f => windows_1252_c1(v),
            _ => char::from_u32(v).unwrap_or('\u{fffd}'),
        });
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "sbquo" => '\u{201a}',
        "bdquo" => '\u{201e}',
        "hellip" => '\u{2026}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "trade" => '\u{2122}',
        "bull" => '\u{2022}',
        "middot" => '\u{b7}',
        "laquo" => '\u{ab}',
        "raquo" => '\u{bb}',
        "deg" => '\u{b0}',
        "euro" => '\u{20ac}',
        "pound" => '\u{a3}',
        "yen" => '\u{a5}',
        "cent" => '\u{a2}',
        "eacute" => '\u{e9}',
        "egrave" => '\u{e8}',
        "aacute" => '\u{e1}',
        "agrave" => '\u{e0}',
        "iacute" => '\u{ed}',
        "oacute" => '\u{f3}',
        "uacute" => '\u{fa}',
        "ntilde" => '\u{f1}',
        "ouml" => '\u{f6}',
        "uuml" => '\u{fc}',
        "auml" => '\u{e4}',
        "ccedil" => '\u{e7}',
        "szlig" => '\u{df}',
        "times" => '\u{d7}',
        "shy" => '\u{ad}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "prime" => '\u{2032}',
        _ => return None,
    })
}

fn windows_1252_c1(v: u32) -> char {
    let table = [
        '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}',
        '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}',
        '\u{178}',
    ];
    table
        .get((v - 0x80) as usize)
        .copied()
        .unwrap_or('\u{fffd}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_tree() {
        let src = "<html><body><div class=a><p>One &amp; two<p>Three</div><ul><li>x<li>y</ul><script>if (a<b) {}</script></b></body>";
        let dom = Dom::parse(src);
        let div = dom.find_tag("div").unwrap();
        let ps: Vec<_> = dom.nodes[div]
            .children
            .iter()
            .filter(|&&c| dom.tag(c) == Some("p"))
            .collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(dom.text_of(*ps[0]), "One & two");
        let ul = dom.find_tag("ul").unwrap();
        assert_eq!(dom.nodes[ul].children.len(), 2);
        let script = dom.find_tag("script").unwrap();
        assert_eq!(dom.text_of(script), "if (a<b) {}");
        assert_eq!(dom.attr(div, "class"), Some("a"));
        // Offsets point back into the page.
        if let NodeKind::Text { start, end, .. } = &dom.nodes[dom.nodes[*ps[1]].children[0]].kind {
            assert_eq!(&src[*start..*end], "Three");
        }
        // Garbage never panics.
        for g in [
            "<",
            "<a",
            "</",
            "<a href='x",
            "&#xFFFFFFFF;",
            "<!--",
            "<script>",
            "\u{e9}<\u{e9}>",
        ] {
            let _ = Dom::parse(g);
        }
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&nbsp;b &#8217; &#x2014; &bogus; &"),
            "a\u{a0}b \u{2019} \u{2014} &bogus; &"
        );
    }
}
