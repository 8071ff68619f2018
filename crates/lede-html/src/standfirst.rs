//! The standfirst (dek, subtitle, lead): the sentence or two under the
//! headline that says what the article is about. Pages mark it in a few
//! general ways, and it often sits outside the container that holds the
//! body text, so it is looked for apart from the article:
//!
//! - it comes after the headline (the `<h1>`, else `<h2>`, that matches
//!   the title, else the first `<h1>`) and before the body text starts;
//! - it is a block of 30 to 500 characters and six words or more, with
//!   few links;
//! - and either its class/id (or its parent's, or grandparent's) says so
//!   (`standfirst`, `dek`, `subtitle`, `lead`, `intro`, `teaser`,
//!   `summary`, `description`, ...), or it shares an `<hgroup>` with the
//!   headline, or it is a subheading that follows the headline as its
//!   next sibling element, or it is the one paragraph of a small block
//!   that holds the headline (a page header apart from the body), or it
//!   repeats the page's meta description;
//! - it is not inside a figure or a caption, and not a date line.

use std::sync::LazyLock;

use super::boiler::is_dateline;
use super::dom::{AttrName, Dom, NodeId, NONE};
use super::hints::{is_caption_hint, Words};
use super::meta::{inner_text, text_similarity};
use super::tags::{Tag, HEADING};

const HINTS: &str = "\
    standfirst dek deck subtitle sub-title subheadline sub-headline subhead strapline lead lede \
    intro teaser summary description excerpt abstract";

static HINT_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(HINTS));

/// Elements read after the headline before giving up.
const LOOKAHEAD: usize = 80;

fn hinted(dom: &Dom, n: NodeId) -> bool {
    let mut cur = n;
    for _ in 0..3 {
        if cur == NONE || !dom.is_element(cur) {
            return false;
        }
        let class = dom.attr(cur, AttrName::Class);
        let id = dom.attr(cur, AttrName::Id);
        let itemprop = dom.attr(cur, AttrName::Itemprop);
        if [class, id, itemprop]
            .into_iter()
            .flatten()
            .any(|v| HINT_WORDS.occur_in(v))
        {
            return true;
        }
        cur = dom.parent(cur);
    }
    false
}

/// Nodes a standfirst holds at most (text runs and inline elements).
const MAX_NODES: usize = 200;

/// A small block with no block inside it. Reads at most [`MAX_NODES`]
/// nodes, so that looking at the containers after the headline stays cheap.
fn is_leaf_block(dom: &Dom, n: NodeId) -> bool {
    let mut seen = 0;
    for d in dom.descendants(n).skip(1) {
        seen += 1;
        if seen > MAX_NODES {
            return false;
        }
        let block = matches!(
            dom.tag(d),
            Tag::P | Tag::DIV | Tag::SECTION | Tag::UL | Tag::OL | Tag::TABLE
        ) || dom.tag(d).is(HEADING);
        if block && dom.is_element(d) {
            return false;
        }
    }
    true
}

fn link_chars(dom: &Dom, n: NodeId) -> usize {
    dom.descendants(n)
        .filter(|&d| dom.is_element(d) && dom.tag(d) == Tag::A)
        .map(|a| inner_text(dom, a).chars().count())
        .sum()
}

/// The headline: the first `<h1>`, else `<h2>`, that matches `title`;
/// else the first `<h1>`.
fn headline(dom: &Dom, title: Option<&str>) -> NodeId {
    let (mut first, mut matching_h2) = (NONE, NONE);
    for n in dom.descendants(dom.body) {
        if !dom.is_element(n) || !matches!(dom.tag(n), Tag::H1 | Tag::H2) {
            continue;
        }
        let h1 = dom.tag(n) == Tag::H1;
        if h1 && first == NONE {
            first = n;
        }
        let matches = title.is_some_and(|t| text_similarity(t, &inner_text(dom, n)) > 0.75);
        if matches && h1 {
            return n;
        }
        if matches && matching_h2 == NONE {
            matching_h2 = n;
        }
    }
    if matching_h2 != NONE {
        matching_h2
    } else {
        first
    }
}

/// Characters of text under `n` (runs of white space as one), counted
/// up to a little past `cap`.
fn text_chars(dom: &Dom, n: NodeId, cap: usize) -> usize {
    let mut total = 0;
    for d in dom.descendants(n) {
        if dom.is_text(d) {
            total += dom.node(d).len as usize;
            if total > cap {
                break;
            }
        }
    }
    total
}

/// The block that holds the headline with at most two levels between
/// them, its grandparent or else its parent (`NONE` at the body).
fn header_block(dom: &Dom, h1: NodeId) -> NodeId {
    let parent = dom.parent(h1);
    if parent == NONE || parent == dom.body {
        return NONE;
    }
    let grand = dom.parent(parent);
    if grand == NONE || grand == dom.body {
        parent
    } else {
        grand
    }
}

/// The standfirst of a prepared page, if it has one.
#[inline(never)]
pub(crate) fn find(dom: &Dom, title: Option<&str>, description: Option<&str>) -> Option<String> {
    let h1 = headline(dom, title);
    if h1 == NONE {
        return None;
    }
    let heading_text = inner_text(dom, h1);
    let hgroup = dom.parent(h1);
    let in_hgroup = hgroup != NONE && dom.is_element(hgroup) && dom.tag(hgroup) == Tag::HGROUP;
    let header = header_block(dom, h1);
    let heading_chars = heading_text.chars().count();
    let mut cur = dom.next_in(h1, dom.body, true);
    let mut seen = 0;
    while let Some(n) = cur {
        if !dom.is_element(n) {
            cur = dom.next_in(n, dom.body, false);
            continue;
        }
        seen += 1;
        if seen > LOOKAHEAD {
            return None;
        }
        let tag = dom.tag(n);
        // A caption describes a picture, even when the page's description
        // repeats it: never the standfirst.
        if matches!(tag, Tag::FIGURE | Tag::FIGCAPTION)
            || is_caption_hint(dom.attr(n, AttrName::Class), dom.attr(n, AttrName::Id))
        {
            cur = dom.next_in(n, dom.body, true);
            continue;
        }
        let candidate = matches!(
            tag,
            Tag::P | Tag::DIV | Tag::SPAN | Tag::H2 | Tag::H3 | Tag::H4
        );
        if !candidate || !is_leaf_block(dom, n) {
            cur = dom.next_in(n, dom.body, false);
            continue;
        }
        let text = inner_text(dom, n);
        let len = text.chars().count();
        let few_links = link_chars(dom, n) * 5 < len.max(1);
        // A sentence or two: a date line or a kicker is shorter.
        let fits =
            (30..=500).contains(&len) && few_links && text.split_whitespace().nth(5).is_some();
        let grouped = in_hgroup && dom.contains(hgroup, n);
        // A subheading right after the headline, its sibling: the
        // headline's second line, as an `<hgroup>` would mark it.
        let subheading = seen == 1
            && matches!(tag, Tag::H2 | Tag::H3 | Tag::H4)
            && dom.tag(h1) != tag
            && dom.parent(n) == dom.parent(h1);
        // The one paragraph of a small block that holds the headline (a
        // page header of headline, lead and perhaps a date), apart from
        // the body.
        let lead = tag == Tag::P
            && header != NONE
            && dom.contains(header, n)
            && text_chars(dom, header, heading_chars + len + 200) <= heading_chars + len + 200;
        let described = description
            .is_some_and(|d| text_similarity(d, &text) > 0.8 && text_similarity(&text, d) > 0.8);
        if fits
            && (hinted(dom, n) || grouped || subheading || lead || described)
            && text_similarity(&heading_text, &text) < 0.9
            && !is_dateline(&text, false)
        {
            return Some(text);
        }
        // The body text has started.
        if tag == Tag::P && len >= 150 {
            return None;
        }
        cur = dom.next_in(n, dom.body, true);
    }
    None
}
