//! Main-content extraction from HTML behind one trait, [`Extractor`], so
//! that backends can be compared with `dyad eval extract`. The default
//! backend, [`Heuristic`], works in the spirit of readability: drop
//! boilerplate subtrees (navigation, asides, share and comment boxes by tag
//! and class/id names), score paragraph-like elements by text length,
//! commas and link density, propagate scores to ancestors, take the best
//! container and its good siblings, and emit its text blocks with their
//! byte offsets in the page. Page metadata (title, publication time, site,
//! canonical URL) comes from `<meta>`, `<time>` and JSON-LD.

use crate::html::{collapse_ws, is_heading, Dom, NodeId, NodeKind};

/// What a text block was in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Other,
}

/// One block of text of the main content, whitespace collapsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    /// Byte range in the page source covering the block's text nodes.
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

/// An extractor's result: metadata and the main text blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    pub title: Option<String>,
    /// As written in the page (parse with [`crate::date::parse_datetime`]).
    pub published: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub blocks: Vec<Block>,
}

impl Extracted {
    /// The blocks' text joined with newlines.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for b in &self.blocks {
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str(&b.text);
        }
        s
    }
}

/// A main-content extraction backend.
pub trait Extractor: Send + Sync {
    /// Short name for reports.
    fn name(&self) -> &'static str;
    /// Extracts from a decoded page. Never fails; an empty page gives no
    /// blocks.
    fn extract(&self, html: &str) -> Extracted;
}

/// The readability-style heuristic backend.
#[derive(Debug, Clone, Default)]
pub struct Heuristic;

const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "button",
    "select",
    "iframe",
    "svg",
    "template",
    "figcaption",
    "textarea",
    "input",
    "label",
    "menu",
    "dialog",
    "head",
    "title",
    "header",
    "figure",
    "picture",
    "video",
    "audio",
    "canvas",
    "object",
    "embed",
    "map",
];
/// Block tags besides the headings (see [`is_block`]).
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "li",
    "br",
    "tr",
    "td",
    "th",
    "blockquote",
    "section",
    "article",
    "ul",
    "ol",
    "table",
    "pre",
    "dd",
    "dt",
    "dl",
    "main",
    "hr",
    "address",
    "center",
    "body",
    "html",
];

fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag) || is_heading(tag)
}
const STRONG_NEG: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "sidebar",
    "related",
    "newsletter",
    "promo",
    "breadcrumb",
    "cookie",
    "outbrain",
    "taboola",
    "recommend",
    "subscribe",
    "signup",
    "sponsor",
    "popular",
    "trending",
    "most-read",
    "mostread",
    "advert",
    "disqus",
    "rss",
    "pagination",
    "tooltip",
    "hidden",
    "visually-hidden",
    "sr-only",
    "screen-reader",
    "caption",
    "credit",
    "print-only",
    "newsletter",
    "read-more",
    "readmore",
    "more-stories",
    "toolbar",
    "skip",
];
const WEAK_NEG: &[&str] = &[
    "footer",
    "nav",
    "menu",
    "header",
    "ad",
    "ads",
    "widget",
    "banner",
    "meta",
    "tags",
    "tag",
    "author",
    "byline",
    "masthead",
    "modal",
    "popup",
    "aside",
    "dateline",
    "timestamp",
    "date",
    "topics",
    "keywords",
    "bio",
    "extra",
    "foot",
    "head",
    "teaser",
    "card",
];
const POS: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "blog",
    "prose",
    "paragraph",
    "rich",
];

fn class_tokens(dom: &Dom, id: NodeId) -> String {
    let mut s = String::new();
    for a in ["class", "id", "itemprop", "role", "data-component"] {
        if let Some(v) = dom.attr(id, a) {
            s.push(' ');
            s.push_str(&v.to_ascii_lowercase());
        }
    }
    s
}

fn has_token(s: &str, words: &[&str]) -> bool {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|t| !t.is_empty() && words.contains(&t))
}

fn has_sub(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// Class/id weight: negative for boilerplate names, positive for content.
fn class_weight(cls: &str) -> f64 {
    let mut w = 0.0;
    if has_sub(cls, STRONG_NEG) || has_token(cls, WEAK_NEG) {
        w -= 25.0;
    }
    if has_token(cls, POS) || has_sub(cls, &["article", "content", "story", "entry"]) {
        w += 25.0;
    }
    w
}

/// Removal by tag and hidden state (`Some(true)`), by class/id names
/// (`Some(false)`: can be vetoed when the node holds most of the page's
/// paragraph text), or kept (`None`).
fn removal(dom: &Dom, id: NodeId, tag: &str) -> Option<bool> {
    if DROP_TAGS.contains(&tag) {
        return Some(true);
    }
    if tag == "form" {
        return Some(false);
    }
    if dom.attr(id, "hidden").is_some() {
        return Some(true);
    }
    if let Some(st) = dom.attr(id, "style") {
        let st = st.replace(' ', "").to_ascii_lowercase();
        if st.contains("display:none") || st.contains("visibility:hidden") {
            return Some(true);
        }
    }
    if matches!(tag, "body" | "html" | "article" | "main" | "#root" | "p") {
        return None;
    }
    let cls = class_tokens(dom, id);
    if cls.is_empty() {
        return None;
    }
    let positive = has_token(&cls, POS) || has_sub(&cls, &["article", "content", "story", "entry"]);
    if has_sub(&cls, HARD_NEG)
        || (has_token(&cls, STRONG_NEG) && !positive)
        || (has_token(&cls, WEAK_NEG) && !positive)
    {
        return Some(false);
    }
    None
}

const HARD_NEG: &[&str] = &[
    "comment",
    "outbrain",
    "taboola",
    "breadcrumb",
    "newsletter",
    "sidebar",
    "social",
    "cookie",
    "disqus",
    "share-",
    "sharing",
    "related-",
    "-related",
    "recommend",
];

struct Stats {
    removed: Vec<bool>,
    text_len: Vec<usize>,
    link_len: Vec<usize>,
    commas: Vec<usize>,
}

fn stats(dom: &Dom) -> Stats {
    let n = dom.nodes.len();
    // Paragraph text per node, before any removal, to veto removing the
    // container of most of the page's paragraphs.
    let mut p_len = vec![0usize; n];
    for id in (0..n).rev() {
        if let NodeKind::Text { text, .. } = &dom.nodes[id].kind {
            if dom.nodes[id].parent.and_then(|p| dom.tag(p)) == Some("p") {
                p_len[id] = text.len();
            }
        }
        if let Some(p) = dom.nodes[id].parent {
            p_len[p] += p_len[id];
        }
    }
    let total_p = p_len[0];
    let mut removed = vec![false; n];
    // Pre-order: removal is inherited (parents come before children).
    for id in 0..n {
        let inherited = dom.nodes[id].parent.is_some_and(|p| removed[p]);
        removed[id] = inherited
            || match dom.tag(id).and_then(|t| removal(dom, id, t)) {
                Some(true) => true,
                Some(false) => p_len[id] * 2 < total_p || total_p == 0,
                None => false,
            };
    }
    let mut text_len = vec![0usize; n];
    let mut link_len = vec![0usize; n];
    let mut commas = vec![0usize; n];
    // Children always have larger ids than their parents: a reverse sweep is
    // a post-order accumulation.
    for id in (0..n).rev() {
        if removed[id] {
            continue;
        }
        if let NodeKind::Text { text, .. } = &dom.nodes[id].kind {
            let t = text.trim();
            text_len[id] += t.chars().filter(|c| !c.is_whitespace()).count();
            commas[id] += t.matches([',', '\u{3001}', '\u{ff0c}']).count();
        }
        if dom.tag(id) == Some("a") {
            link_len[id] = text_len[id];
        }
        if let Some(p) = dom.nodes[id].parent {
            text_len[p] += text_len[id];
            link_len[p] += link_len[id];
            commas[p] += commas[id];
        }
    }
    Stats {
        removed,
        text_len,
        link_len,
        commas,
    }
}

fn meta_content<'a>(dom: &'a Dom, keys: &[&str]) -> Option<&'a str> {
    for key in keys {
        for id in 0..dom.nodes.len() {
            if dom.tag(id) != Some("meta") {
                continue;
            }
            let k = dom
                .attr(id, "property")
                .or_else(|| dom.attr(id, "name"))
                .or_else(|| dom.attr(id, "itemprop"));
            if k.is_some_and(|k| k.eq_ignore_ascii_case(key)) {
                if let Some(c) = dom.attr(id, "content") {
                    if !c.trim().is_empty() {
                        return Some(c.trim());
                    }
                }
            }
        }
    }
    None
}

fn json_ld_field(dom: &Dom, key: &str) -> Option<String> {
    for id in 0..dom.nodes.len() {
        if dom.tag(id) != Some("script")
            || !dom.attr(id, "type").is_some_and(|t| t.contains("ld+json"))
        {
            continue;
        }
        let raw: String = dom.nodes[id]
            .children
            .iter()
            .filter_map(|&c| match &dom.nodes[c].kind {
                NodeKind::Text { text, .. } => Some(&**text),
                _ => None,
            })
            .collect();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) else {
            continue;
        };
        if let Some(s) = find_json(&v, key, 0) {
            return Some(s);
        }
    }
    None
}

fn find_json(v: &serde_json::Value, key: &str, depth: usize) -> Option<String> {
    if depth > 8 {
        return None;
    }
    match v {
        serde_json::Value::Object(m) => {
            if let Some(x) = m.get(key) {
                match x {
                    serde_json::Value::String(s) if !s.trim().is_empty() => {
                        return Some(s.trim().to_string())
                    }
                    serde_json::Value::Object(o) => {
                        if let Some(serde_json::Value::String(s)) = o.get("name") {
                            return Some(s.clone());
                        }
                    }
                    _ => {}
                }
            }
            m.values().find_map(|x| find_json(x, key, depth + 1))
        }
        serde_json::Value::Array(a) => a.iter().find_map(|x| find_json(x, key, depth + 1)),
        _ => None,
    }
}

fn metadata(dom: &Dom) -> Extracted {
    let mut e = Extracted::default();
    let h1 = dom
        .find_tag("h1")
        .map(|h| dom.text_of(h))
        .filter(|t| !t.is_empty());
    e.title = meta_content(dom, &["og:title", "twitter:title"])
        .map(collapse_ws)
        .or(h1)
        .or_else(|| {
            dom.find_tag("title")
                .map(|t| dom.text_of(t))
                .filter(|t| !t.is_empty())
        });
    e.published = meta_content(
        dom,
        &[
            "article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
            "parsely-pub-date",
        ],
    )
    .map(str::to_string)
    .or_else(|| json_ld_field(dom, "datePublished"))
    .or_else(|| {
        (0..dom.nodes.len())
            .find(|&i| dom.tag(i) == Some("time") && dom.attr(i, "datetime").is_some())
            .and_then(|i| dom.attr(i, "datetime").map(str::to_string))
    });
    e.site = meta_content(dom, &["og:site_name", "application-name"])
        .map(str::to_string)
        .or_else(|| json_ld_field(dom, "publisher"));
    e.url = (0..dom.nodes.len())
        .find(|&i| {
            dom.tag(i) == Some("link")
                && dom
                    .attr(i, "rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        })
        .and_then(|i| dom.attr(i, "href").map(str::to_string))
        .or_else(|| meta_content(dom, &["og:url"]).map(str::to_string));
    e
}

fn tag_weight(tag: &str) -> f64 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" => -3.0,
        "th" => -5.0,
        t if is_heading(t) => -5.0,
        _ => 0.0,
    }
}

impl Extractor for Heuristic {
    fn name(&self) -> &'static str {
        "heuristic"
    }

    fn extract(&self, html: &str) -> Extracted {
        let dom = Dom::parse(html);
        let mut out = metadata(&dom);
        let st = stats(&dom);
        let n = dom.nodes.len();
        let mut score = vec![0.0f64; n];
        let mut scored = vec![false; n];
        for id in 0..n {
            if st.removed[id] {
                continue;
            }
            let Some(tag) = dom.tag(id) else { continue };
            let is_para = matches!(tag, "p" | "pre" | "td" | "blockquote")
                || (tag == "div" && dom.nodes[id].children.iter().any(|&c| matches!(&dom.nodes[c].kind, NodeKind::Text { text, .. } if text.trim().chars().count() > 40)));
            if !is_para || st.text_len[id] < 25 {
                continue;
            }
            let ld = st.link_len[id] as f64 / st.text_len[id].max(1) as f64;
            let s = (1.0 + st.commas[id] as f64 + (st.text_len[id] as f64 / 100.0).min(3.0))
                * (1.0 - ld);
            let mut anc = dom.nodes[id].parent;
            let mut level = 0;
            while let Some(a) = anc {
                if level >= 3 {
                    break;
                }
                if !scored[a] {
                    scored[a] = true;
                    score[a] = dom.tag(a).map(tag_weight).unwrap_or(0.0)
                        + class_weight(&class_tokens(&dom, a));
                }
                score[a] += s / [1.0, 2.0, 3.0][level];
                level += 1;
                anc = dom.nodes[a].parent;
            }
        }
        let mut best: Option<(NodeId, f64)> = None;
        for id in 0..n {
            if !scored[id] || st.removed[id] {
                continue;
            }
            let ld = st.link_len[id] as f64 / st.text_len[id].max(1) as f64;
            let s = score[id] * (1.0 - ld);
            score[id] = s;
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((id, s));
            }
        }
        let Some((top, top_score)) = best else {
            // No paragraphs: take the whole body.
            let body = dom.find_tag("body").unwrap_or(0);
            out.blocks = blocks(&dom, &st, &[body]);
            return out;
        };
        tracing::debug!(tag = dom.tag(top).unwrap_or(""), class = %class_tokens(&dom, top), score = top_score, "top candidate");
        // Siblings of the top candidate that look like content too.
        let mut roots = Vec::new();
        let threshold = (top_score * 0.2).max(10.0);
        match dom.nodes[top].parent {
            Some(p) if dom.tag(p) != Some("#root") => {
                for &c in &dom.nodes[p].children {
                    if c == top || st.removed[c] {
                        if c == top {
                            roots.push(c);
                        }
                        continue;
                    }
                    let ok = if scored[c] && score[c] >= threshold {
                        true
                    } else if dom.tag(c) == Some("p") {
                        let len = st.text_len[c];
                        let ld = st.link_len[c] as f64 / len.max(1) as f64;
                        (len > 80 && ld < 0.25)
                            || (len > 0 && ld == 0.0 && dom.text_of(c).contains(". "))
                    } else {
                        false
                    };
                    if ok {
                        roots.push(c);
                    }
                }
            }
            _ => roots.push(top),
        }
        out.blocks = blocks(&dom, &st, &roots);
        out
    }
}

/// Emits the text blocks under `roots`, skipping removed subtrees and
/// link-heavy blocks.
fn blocks(dom: &Dom, st: &Stats, roots: &[NodeId]) -> Vec<Block> {
    struct Acc {
        text: String,
        start: usize,
        end: usize,
        link: usize,
        kind: BlockKind,
    }
    let mut out = Vec::new();
    let mut acc = Acc {
        text: String::new(),
        start: usize::MAX,
        end: 0,
        link: 0,
        kind: BlockKind::Other,
    };
    let flush = |acc: &mut Acc, out: &mut Vec<Block>| {
        let text = collapse_ws(&acc.text);
        let len = text.chars().filter(|c| !c.is_whitespace()).count();
        let link_heavy = (acc.link * 2 > len && len < 400) || acc.link * 10 > len * 7;
        if !text.is_empty() && !link_heavy {
            out.push(Block {
                text,
                start: acc.start,
                end: acc.end,
                kind: acc.kind,
            });
        }
        acc.text.clear();
        acc.start = usize::MAX;
        acc.end = 0;
        acc.link = 0;
        acc.kind = BlockKind::Other;
    };
    // Iterative walk with explicit exit markers.
    enum Step {
        Enter(NodeId),
        Exit(NodeId),
    }
    for &root in roots {
        let mut stack = vec![Step::Enter(root)];
        let mut in_link = 0usize;
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(id) => {
                    if st.removed[id] {
                        continue;
                    }
                    match &dom.nodes[id].kind {
                        NodeKind::Text { text, start, end } => {
                            if dom.nodes[id]
                                .parent
                                .and_then(|p| dom.tag(p))
                                .is_some_and(|t| t == "script" || t == "style")
                            {
                                continue;
                            }
                            if !text.trim().is_empty() {
                                acc.start = acc.start.min(*start);
                                acc.end = acc.end.max(*end);
                                if in_link > 0 {
                                    acc.link += text.chars().filter(|c| !c.is_whitespace()).count();
                                }
                            }
                            acc.text.push_str(text);
                        }
                        NodeKind::Element { tag, .. } => {
                            let tag = &**tag;
                            if tag == "h1" {
                                continue;
                            }
                            if is_block(tag) {
                                flush(&mut acc, &mut out);
                                acc.kind = match tag {
                                    "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                                    "p" | "blockquote" | "pre" => BlockKind::Paragraph,
                                    "li" | "dd" | "dt" => BlockKind::ListItem,
                                    _ => BlockKind::Other,
                                };
                            } else if tag == "a" {
                                in_link += 1;
                            }
                            stack.push(Step::Exit(id));
                            for &c in dom.nodes[id].children.iter().rev() {
                                stack.push(Step::Enter(c));
                            }
                        }
                    }
                }
                Step::Exit(id) => {
                    let tag = dom.tag(id).unwrap_or("");
                    if is_block(tag) {
                        flush(&mut acc, &mut out);
                    } else if tag == "a" {
                        in_link = in_link.saturating_sub(1);
                    } else if matches!(tag, "span" | "em" | "strong" | "b" | "i") {
                        // inline: nothing
                    } else {
                        acc.text.push(' ');
                    }
                }
            }
        }
        flush(&mut acc, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_article_body() {
        let page = r##"<html><head><title>Site | Ministers meet</title>
<meta property="og:title" content="Ministers meet in the capital">
<meta property="article:published_time" content="2024-03-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share-tools"><a href="#">Share on social media, now</a></div>
<article><h1>Ministers meet in the capital</h1>
<p>The two foreign ministers met on Friday to discuss trade, border crossings and water rights, officials said.</p>
<p>Both sides described the talks as constructive, and agreed to meet again in the spring, according to a statement.</p>
<figure><img src="x.jpg"><figcaption>The ministers shake hands. (Photo: Staff)</figcaption></figure>
<p>Negotiators had prepared the meeting for months, a senior official told reporters, speaking on condition of anonymity.</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"##;
        let e = Heuristic.extract(page);
        assert_eq!(e.title.as_deref(), Some("Ministers meet in the capital"));
        assert_eq!(e.published.as_deref(), Some("2024-03-02T10:00:00Z"));
        assert_eq!(e.blocks.len(), 3, "{:?}", e.blocks);
        assert!(e.blocks[0].text.starts_with("The two foreign ministers"));
        let b = &e.blocks[1];
        assert!(page[b.start..b.end].starts_with("Both sides"));
        assert!(
            !e.text().contains("Copyright")
                && !e.text().contains("Share")
                && !e.text().contains("shake hands")
        );
    }
}
