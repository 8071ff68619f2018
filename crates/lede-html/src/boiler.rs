//! A last pass over the article Readability's method chose: what it keeps
//! but a reader would not call the article. Each rule is a general signal,
//! not a list of sites:
//!
//! - captions and credits (`<figcaption>`, class/id `caption`, `credit`,
//!   `copyright`): they describe a picture, not the story;
//! - author boxes, related-post teasers, newsletter and rating prompts,
//!   comment counts (class/id words, only for blocks far smaller than the
//!   article);
//! - blocks that are nothing but links: a paragraph or heading whose text
//!   is all link text ("Read more: ..."), a list whose items are all links
//!   (related links, tables of contents), and the short lead-in just
//!   before such a list ("See also:", "Weitere Beiträge").

use super::dom::{AttrName, Dom, NodeId, NONE};
use super::hints::is_boilerplate;
use super::tags::{Tag, HEADING};

/// Per node of the article: (characters of text, characters inside links).
fn lengths(dom: &Dom, root: NodeId) -> Vec<[f32; 2]> {
    let mut rows = vec![[0.0f32; 2]; dom.nodes.len()];
    let order: Vec<NodeId> = dom.descendants(root).collect();
    for &n in order.iter().rev() {
        if n == root {
            continue;
        }
        let mut r = rows.get(n as usize).copied().unwrap_or_default();
        if dom.is_text(n) {
            r = [dom.node(n).len as f32, 0.0];
        } else if dom.tag(n) == Tag::A {
            r[1] = r[0];
        }
        if let Some(p) = rows.get_mut(dom.parent(n) as usize) {
            p[0] += r[0];
            p[1] += r[1];
        }
    }
    rows
}

/// A caption or a credit by its tag or class/id.
fn is_caption(dom: &Dom, n: NodeId) -> bool {
    dom.tag(n) == Tag::FIGCAPTION
}

/// The previous sibling element, skipping text that is only white space.
fn previous_element(dom: &Dom, n: NodeId) -> NodeId {
    let parent = dom.parent(n);
    if parent == NONE {
        return NONE;
    }
    let mut prev = NONE;
    for c in dom.children(parent) {
        if c == n {
            return prev;
        }
        if dom.is_element(c) {
            prev = c;
        } else if !dom.is_blank_text(c) {
            prev = NONE;
        }
    }
    NONE
}

/// Removes boilerplate from the article under `article` (see the module
/// docs). Linear in the size of the article.
#[inline(never)]
pub(crate) fn strip(dom: &mut Dom, article: NodeId) {
    let rows = lengths(dom, article);
    let total = rows.get(article as usize).map_or(0.0, |r| r[0]);
    let text = |n: NodeId| rows.get(n as usize).map_or(0.0, |r| r[0]);
    let links = |n: NodeId| rows.get(n as usize).map_or(0.0, |r| r[1]);
    let mut remove: Vec<NodeId> = Vec::new();
    let mut link_lists: Vec<NodeId> = Vec::new();
    let mut cur = dom.next_in(article, article, false);
    while let Some(n) = cur {
        if !dom.is_element(n) {
            cur = dom.next_in(n, article, false);
            continue;
        }
        let tag = dom.tag(n);
        let len = text(n);
        let all_links = len > 0.0 && links(n) >= 0.9 * len;
        let hinted = || is_boilerplate(dom.attr(n, AttrName::Class), dom.attr(n, AttrName::Id));
        let drop = if is_caption(dom, n) {
            true
        } else if matches!(tag, Tag::UL | Tag::OL) {
            let list = all_links && dom.element_children(n).count() >= 2;
            if list {
                link_lists.push(n);
            }
            list
        } else if tag == Tag::P || tag.is(HEADING) {
            all_links && len < 200.0
        } else {
            len < 0.3 * total && len < 1500.0 && hinted()
        };
        if drop {
            remove.push(n);
            cur = dom.next_in(n, article, true);
        } else {
            cur = dom.next_in(n, article, false);
        }
    }
    // The lead-in of a list of links: a short heading or paragraph just before it.
    for &list in &link_lists {
        let prev = previous_element(dom, list);
        if prev != NONE
            && (dom.tag(prev) == Tag::P || dom.tag(prev).is(HEADING))
            && text(prev) < 100.0
            && !remove.contains(&prev)
        {
            remove.push(prev);
        }
    }
    for n in remove {
        if dom.parent(n) != NONE {
            dom.detach(n);
        }
    }
}
