//! Finding the article in a page.
//!
//! The method is the one Readability made the reference, re-derived here:
//!
//! 1. **Prepare** once: drop what is never content (scripts, styles,
//!    templates, frames, SVG) and hidden nodes; turn chains of `<br>` into
//!    paragraphs.
//! 2. **Walk** the body: drop unlikely containers (class/id hints such as
//!    `sidebar`, `comment`, `cookie`; navigation and dialog roles), the
//!    byline and the heading that repeats the title; wrap loose inline text
//!    in paragraphs; treat `div`s without block children as paragraphs.
//! 3. **Score**: each paragraph of 25+ characters gives points (one, plus
//!    its commas, plus one per 100 characters, at most three) to its
//!    parent, half to its grandparent and less to three more ancestors.
//!    Containers start from their tag and class/id hints, and the total is
//!    scaled by the share of text that is not links.
//! 4. **Choose** the best container, move up when several good candidates
//!    share an ancestor or the parent scores higher, then add siblings that
//!    score well or read like prose.
//! 5. **Clean** it: drop forms, share bars, asides, footers, navigation and
//!    containers whose link density, image/paragraph ratio, list shape or
//!    embeds say they are not prose.
//!
//! When that yields under 500 characters, it tries again with the hints
//! turned off one by one and keeps the longest result.

use super::dom::{AttrName, Dom, NodeId, NONE};
use super::hints::{
    class_weight, is_boilerplate, is_byline, is_caption_hint, is_reference_list, is_share,
    is_unlikely, is_unlikely_role,
};
use super::meta::{inner_text, text_similarity};
use super::tags::{
    Tag, BLOCK, DIV_TO_P, DROP, HEADING, PHRASING, PHRASING_IF_CHILDREN, SCORED, TEXTISH,
};

/// The article container found in a copy of the page.
pub(crate) struct Found {
    pub(crate) dom: Dom,
    pub(crate) root: NodeId,
    pub(crate) byline: Option<String>,
    pub(crate) dir: Option<String>,
    pub(crate) len: f32,
    /// What was taken out of the article to be kept beside it.
    pub(crate) notes: super::boiler::Notes,
}

#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// An article shorter than this (in characters) triggers another attempt.
const CHAR_THRESHOLD: f32 = 500.0;
const TOP_CANDIDATES: usize = 5;

/// Removed at preparation; the controls and embeds stay until cleaning
/// because their presence is evidence against a container.
fn never_content(tag: Tag) -> bool {
    tag.is(DROP)
        && !matches!(
            tag,
            Tag::INPUT
                | Tag::BUTTON
                | Tag::SELECT
                | Tag::TEXTAREA
                | Tag::IFRAME
                | Tag::OBJECT
                | Tag::EMBED_
                | Tag::APPLET
        )
}

/// True unless inline style, `hidden` or `aria-hidden` hide the element.
fn probably_visible(dom: &Dom, id: NodeId) -> bool {
    if let Some(style) = dom.attr(id, AttrName::Style) {
        for decl in style.split(';') {
            let Some((prop, value)) = decl.split_once(':') else {
                continue;
            };
            let prop = prop.trim();
            let value = value.trim().trim_end_matches("!important").trim();
            if (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
                || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
            {
                return false;
            }
        }
    }
    if dom.attr(id, AttrName::Hidden).is_some() {
        return false;
    }
    let aria_hidden = dom
        .attr(id, AttrName::AriaHidden)
        .is_some_and(|v| v.trim() == "true");
    let fallback_image = dom
        .attr(id, AttrName::Class)
        .is_some_and(|c| c.contains("fallback-image"));
    !aria_hidden || fallback_image
}

fn is_blank_text(dom: &Dom, id: NodeId) -> bool {
    dom.is_blank_text(id)
}

/// White space text or `<br>`.
fn is_whitespace_node(dom: &Dom, id: NodeId) -> bool {
    is_blank_text(dom, id) || (dom.is_element(id) && dom.tag(id) == Tag::BR)
}

/// The next sibling that is not white space text.
fn next_non_blank(dom: &Dom, mut id: NodeId) -> NodeId {
    while id != NONE && is_blank_text(dom, id) {
        id = dom.node(id).next;
    }
    id
}

/// Phrasing content: text, inline elements, and `a`/`del`/`ins` holding
/// only phrasing content.
fn is_phrasing(dom: &Dom, id: NodeId) -> bool {
    let mut stack = vec![id];
    while let Some(n) = stack.pop() {
        if dom.is_text(n) {
            continue;
        }
        let tag = dom.tag(n);
        if tag.is(PHRASING) {
            continue;
        }
        if !tag.is(PHRASING_IF_CHILDREN) {
            return false;
        }
        stack.extend(dom.children(n));
    }
    true
}

/// Prepares a parsed page once for every attempt: removes what is never
/// content and hidden nodes, renames `font` to `span` and turns runs of
/// two or more `<br>` into paragraph breaks.
#[inline(never)]
pub(crate) fn prepare(dom: &mut Dom) {
    let body = dom.body;
    let mut brs = Vec::new();
    let mut cur = dom.next_in(body, body, false);
    while let Some(id) = cur {
        if !dom.is_element(id) {
            cur = dom.next_in(id, body, false);
            continue;
        }
        let tag = dom.tag(id);
        if never_content(tag) || !probably_visible(dom, id) {
            cur = dom.next_in(id, body, true);
            dom.detach(id);
            continue;
        }
        match tag {
            Tag::FONT => dom.set_tag(id, Tag::SPAN),
            Tag::BR => brs.push(id),
            _ => {}
        }
        cur = dom.next_in(id, body, false);
    }
    for br in brs {
        replace_br_chain(dom, br);
    }
}

/// `a<br><br>b` → `a<p>b</p>`: a chain of `<br>`s ends a paragraph.
#[inline(never)]
fn replace_br_chain(dom: &mut Dom, br: NodeId) {
    if dom.parent(br) == NONE {
        return;
    }
    let mut replaced = false;
    let mut next = next_non_blank(dom, dom.node(br).next);
    while next != NONE && dom.is_element(next) && dom.tag(next) == Tag::BR {
        replaced = true;
        let after = dom.node(next).next;
        dom.detach(next);
        next = next_non_blank(dom, after);
    }
    if !replaced {
        return;
    }
    let p = dom.create(Tag::P);
    dom.replace(br, p);
    let mut next = dom.node(p).next;
    while next != NONE {
        if dom.is_element(next) && dom.tag(next) == Tag::BR {
            let after = next_non_blank(dom, dom.node(next).next);
            if after != NONE && dom.is_element(after) && dom.tag(after) == Tag::BR {
                break;
            }
        }
        if !is_phrasing(dom, next) {
            break;
        }
        let after = dom.node(next).next;
        dom.append(p, next);
        next = after;
    }
    trim_trailing_whitespace(dom, p);
    let parent = dom.parent(p);
    if parent != NONE && dom.tag(parent) == Tag::P {
        dom.set_tag(parent, Tag::DIV);
    }
}

fn trim_trailing_whitespace(dom: &mut Dom, p: NodeId) {
    loop {
        let last = dom.node(p).last;
        if last == NONE || !is_whitespace_node(dom, last) {
            break;
        }
        dom.detach(last);
    }
}

/// Finds the article in a prepared page; `None` when it has no text.
/// `known_byline`: the metadata names the author, so byline elements stay
/// in the text.
#[inline(never)]
pub(crate) fn find(base: &Dom, title: Option<&str>, known_byline: bool) -> Option<Found> {
    let attempts = [
        Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
    let mut byline = None;
    let mut best: Option<Found> = None;
    for flags in attempts {
        let mut dom = base.clone();
        let found = grab(&mut dom, flags, title, known_byline, &mut byline);
        let Some((root, dir, notes)) = found else {
            continue;
        };
        let len = text_len(&dom, root);
        let found = Found {
            dom,
            root,
            byline: byline.clone(),
            dir,
            len,
            notes,
        };
        if len >= CHAR_THRESHOLD {
            return Some(found);
        }
        if best.as_ref().map_or(true, |b| len > b.len) {
            best = Some(found);
        }
    }
    best.filter(|b| b.len > 0.0)
}

/// Characters of text in the subtree (white space runs count as one).
fn text_len(dom: &Dom, root: NodeId) -> f32 {
    dom.descendants(root)
        .filter(|&n| dom.is_text(n))
        .map(|n| dom.node(n).len as f32)
        .sum()
}

/// [`text_len`], but stops once it reaches `cap`.
fn text_len_capped(dom: &Dom, root: NodeId, cap: f32) -> f32 {
    let mut len = 0.0;
    for n in dom.descendants(root) {
        if dom.is_text(n) {
            len += dom.node(n).len as f32;
            if len >= cap {
                break;
            }
        }
    }
    len
}

/// Link density computed on the spot: the share of the text inside links.
fn live_link_density(dom: &Dom, root: NodeId) -> f32 {
    let total = text_len(dom, root);
    if total == 0.0 {
        return 0.0;
    }
    let mut links = 0.0;
    let mut cur = dom.next_in(root, root, false);
    while let Some(n) = cur {
        if dom.is_element(n) && dom.tag(n) == Tag::A {
            links += text_len(dom, n) * link_weight(dom, n);
            cur = dom.next_in(n, root, true);
        } else {
            cur = dom.next_in(n, root, false);
        }
    }
    links / total
}

/// Links to a fragment of the same page (`#section`) count less.
fn link_weight(dom: &Dom, a: NodeId) -> f32 {
    match dom.attr(a, AttrName::Href) {
        Some(h) if h.starts_with('#') && h.len() > 1 => 0.3,
        _ => 1.0,
    }
}

/// True when an ancestor of `id` within `max_depth + 1` levels (any, for
/// `max_depth` 0) is a `tag` that passes `filter`.
fn has_ancestor(
    dom: &Dom,
    id: NodeId,
    tag: Tag,
    max_depth: usize,
    filter: impl Fn(NodeId) -> bool,
) -> bool {
    let mut depth = 0;
    let mut cur = dom.parent(id);
    while cur != NONE && dom.is_element(cur) {
        if max_depth > 0 && depth > max_depth {
            return false;
        }
        if dom.tag(cur) == tag && filter(cur) {
            return true;
        }
        cur = dom.parent(cur);
        depth += 1;
    }
    false
}

fn has_text(dom: &Dom, root: NodeId) -> bool {
    dom.descendants(root)
        .any(|n| dom.is_text(n) && !dom.is_blank_text(n))
}

/// For each node, whether its subtree has text other than white space:
/// one bottom-up pass, so that asking for every container of a deep page
/// stays linear. Nodes made later (ids past the end) count as having text.
fn texty(dom: &Dom, root: NodeId) -> Vec<bool> {
    let mut has = vec![false; dom.nodes.len()];
    let order: Vec<NodeId> = dom.descendants(root).collect();
    for &n in order.iter().rev() {
        let own = dom.is_text(n) && !dom.is_blank_text(n);
        if own || has.get(n as usize).copied().unwrap_or(false) {
            if let Some(h) = has.get_mut(n as usize) {
                *h = true;
            }
            if let Some(h) = has.get_mut(dom.parent(n) as usize) {
                *h = true;
            }
        }
    }
    has
}

/// What lies below each node, counted once, bottom-up, before `grab`
/// changes the tree: its `<br>`s and `<hr>`s, and whether it holds a block
/// that keeps a `div` from being a paragraph. `grab` walks in document
/// order and reads a node's entry before it changes anything below it, so
/// the entries stay exact; a walk of each subtree instead cost
/// O(depth × nodes) (512 nested `div`s over a million elements: seconds).
struct Below {
    breaks: Vec<u32>,
    block: Vec<bool>,
}

impl Below {
    fn new(dom: &Dom, root: NodeId) -> Below {
        let n = dom.nodes.len();
        let (mut breaks, mut block) = (vec![0u32; n], vec![false; n]);
        let order: Vec<NodeId> = dom.descendants(root).collect();
        for &id in order.iter().rev() {
            if id == root {
                continue;
            }
            let element = dom.is_element(id);
            let own_break = u32::from(element && matches!(dom.tag(id), Tag::BR | Tag::HR));
            let own_block = element && dom.tag(id).is(DIV_TO_P);
            let (b, k) = (
                breaks.get(id as usize).copied().unwrap_or(0),
                block.get(id as usize).copied().unwrap_or(false),
            );
            let parent = dom.parent(id) as usize;
            if let Some(p) = breaks.get_mut(parent) {
                *p += b + own_break;
            }
            if let Some(p) = block.get_mut(parent) {
                *p |= k || own_block;
            }
        }
        Below { breaks, block }
    }
}

/// An element with no text whose only children are `<br>`s and `<hr>`s.
fn without_content(dom: &Dom, id: NodeId, texty: &[bool], below: &Below) -> bool {
    if texty.get(id as usize).copied().unwrap_or(true) {
        return false;
    }
    let children = dom.element_children(id).count();
    let breaks = below.breaks.get(id as usize).map_or_else(
        || {
            dom.descendants(id)
                .skip(1)
                .filter(|&n| matches!(dom.tag(n), Tag::BR | Tag::HR) && dom.is_element(n))
                .count()
        },
        |&b| b as usize,
    );
    children == 0 || children == breaks
}

/// True when some descendant is a block that keeps a `div` from being a
/// paragraph (the `<p>`s `wrap_phrasing` just made are children).
fn has_block_child(dom: &Dom, id: NodeId, below: &Below) -> bool {
    match below.block.get(id as usize) {
        Some(&b) => b || dom.element_children(id).any(|c| dom.tag(c).is(DIV_TO_P)),
        None => dom
            .descendants(id)
            .skip(1)
            .any(|n| dom.is_element(n) && dom.tag(n).is(DIV_TO_P)),
    }
}

/// Exactly one element child, a `<p>`, and no loose text.
fn single_p_child(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let mut elements = dom.element_children(id);
    let only = elements.next()?;
    if elements.next().is_some() || dom.tag(only) != Tag::P {
        return None;
    }
    let loose_text = dom
        .children(id)
        .any(|c| dom.is_text(c) && !is_blank_text(dom, c));
    (!loose_text).then_some(only)
}

/// Wraps each run of inline children of a `div` in a new `<p>`.
#[inline(never)]
fn wrap_phrasing(dom: &mut Dom, div: NodeId) {
    let mut p = NONE;
    let mut child = dom.node(div).first;
    while child != NONE {
        let next = dom.node(child).next;
        if is_phrasing(dom, child) {
            if p != NONE {
                dom.append(p, child);
            } else if !is_whitespace_node(dom, child) {
                p = dom.create(Tag::P);
                dom.replace(child, p);
                dom.append(p, child);
            }
        } else if p != NONE {
            trim_trailing_whitespace(dom, p);
            p = NONE;
        }
        child = next;
    }
}

/// The byline an element holds, if its rel, itemprop or class/id say it
/// is one and it is short (under 100 characters).
#[inline(never)]
fn byline_of(dom: &Dom, id: NodeId, hinted: bool) -> Option<String> {
    let rel_author = dom
        .attr(id, AttrName::Rel)
        .is_some_and(|r| r.trim() == "author");
    let itemprop_author = dom
        .attr(id, AttrName::Itemprop)
        .is_some_and(|i| i.contains("author"));
    if !(rel_author || itemprop_author || hinted) {
        return None;
    }
    // Long text is no byline: stop counting early (nested "author" boxes
    // would otherwise each read the whole subtree).
    if text_len_capped(dom, id, 200.0) >= 200.0 {
        return None;
    }
    let text = inner_text(dom, id);
    let len = text.chars().count();
    if len == 0 || len >= 100 {
        return None;
    }
    // A child marked itemprop="name" holds the name itself.
    let named = dom
        .descendants(id)
        .skip(1)
        .find(|&n| {
            dom.attr(n, AttrName::Itemprop)
                .is_some_and(|i| i.contains("name"))
        })
        .map(|n| inner_text(dom, n))
        .filter(|t| !t.is_empty());
    Some(named.unwrap_or(text))
}

/// Runs one attempt on `dom`; returns the new article container, the
/// text direction of its ancestors and the containers of what was taken
/// out of it to be kept beside it (reference lists, captions).
#[inline(never)]
fn grab(
    dom: &mut Dom,
    flags: Flags,
    title: Option<&str>,
    known_byline: bool,
    byline: &mut Option<String>,
) -> Option<(NodeId, Option<String>, super::boiler::Notes)> {
    let body = dom.body;
    let mut to_score = Vec::new();
    let mut title_header = title.is_some_and(|t| !t.is_empty());
    let texty = texty(dom, body);
    let below = Below::new(dom, body);
    let mut cur = dom.next_in(body, body, false);
    while let Some(id) = cur {
        if !dom.is_element(id) {
            cur = dom.next_in(id, body, false);
            continue;
        }
        let tag = dom.tag(id);
        let (class, idattr) = (dom.attr(id, AttrName::Class), dom.attr(id, AttrName::Id));
        let role = dom.attr(id, AttrName::Role);
        let dialog = dom
            .attr(id, AttrName::AriaModal)
            .is_some_and(|m| m.trim() == "true")
            && role.is_some_and(|r| r.trim() == "dialog");
        let mut remove = dialog;
        if !remove && byline.is_none() && !known_byline {
            if let Some(b) = byline_of(dom, id, is_byline(class, idattr)) {
                *byline = Some(b);
                remove = true;
            }
        }
        if !remove
            && title_header
            && matches!(tag, Tag::H1 | Tag::H2)
            && text_len_capped(dom, id, 2000.0) < 2000.0
        {
            let heading = inner_text(dom, id);
            if text_similarity(title.unwrap_or(""), &heading) > 0.75 {
                title_header = false;
                remove = true;
            }
        }
        if !remove && flags.strip_unlikely {
            let unlikely = is_unlikely(class, idattr)
                && !has_ancestor(dom, id, Tag::TABLE, 3, |_| true)
                && !has_ancestor(dom, id, Tag::CODE, 3, |_| true)
                && tag != Tag::BODY
                && tag != Tag::A;
            remove = unlikely || is_unlikely_role(role);
        }
        if !remove
            && matches!(
                tag,
                Tag::DIV
                    | Tag::SECTION
                    | Tag::HEADER
                    | Tag::H1
                    | Tag::H2
                    | Tag::H3
                    | Tag::H4
                    | Tag::H5
                    | Tag::H6
            )
            && without_content(dom, id, &texty, &below)
        {
            remove = true;
        }
        if remove {
            cur = dom.next_in(id, body, true);
            dom.detach(id);
            continue;
        }
        if tag.is(SCORED) {
            to_score.push(id);
        }
        if tag == Tag::DIV {
            // A small block that its class/id calls boilerplate (an author
            // box, a newsletter prompt), before it becomes a plain paragraph
            // and loses its class (`boiler.rs` reads the others).
            if flags.strip_unlikely
                && is_boilerplate(class, idattr)
                && text_len_capped(dom, id, 1000.0) < 1000.0
            {
                cur = dom.next_in(id, body, true);
                dom.detach(id);
                continue;
            }
            // A caption or a list of notes keeps its element, whose
            // class/id `boiler.rs` reads to keep it beside the article.
            let note = is_caption_hint(class, idattr) || is_reference_list(class, idattr, role);
            wrap_phrasing(dom, id);
            if let Some(p) =
                single_p_child(dom, id).filter(|_| !note && live_link_density(dom, id) < 0.25)
            {
                dom.replace(id, p);
                to_score.push(p);
                cur = dom.next_in(p, body, false);
                continue;
            } else if !has_block_child(dom, id, &below) {
                dom.set_tag(id, Tag::P);
                to_score.push(id);
            }
        }
        cur = dom.next_in(id, body, false);
    }

    // Score paragraphs into their ancestors.
    let agg = Lengths::compute(dom, body);
    let mut score: Vec<Option<f32>> = vec![None; dom.nodes.len()];
    let mut candidates = Vec::new();
    for &el in &to_score {
        let parent = dom.parent(el);
        if parent == NONE || !dom.is_element(parent) {
            continue;
        }
        let len = agg.text(el);
        if len < 25.0 {
            continue;
        }
        // One for the paragraph, one per comma-separated part, one per 100
        // characters (at most 3). The commas of a list written as short
        // lines split by `<br>` (names and their places, an address book)
        // part fields, not clauses: they do not count.
        let commas = agg.commas(el);
        let commas = if commas >= 10.0 && is_line_list(dom, el, len) {
            0.0
        } else {
            commas
        };
        let points = 1.0 + (commas + 1.0) + (len / 100.0).floor().min(3.0);
        let mut anc = parent;
        for level in 0..5 {
            if anc == NONE || !dom.is_element(anc) {
                break;
            }
            let grand = dom.parent(anc);
            if grand != NONE && dom.is_element(grand) {
                let slot = &mut score[anc as usize];
                if slot.is_none() {
                    *slot = Some(initial_score(dom, anc, flags));
                    candidates.push(anc);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                *slot = slot.map(|s| s + points / divider);
            }
            anc = grand;
        }
    }
    let mut top: Vec<NodeId> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for &c in &candidates {
        let scaled = score[c as usize].unwrap_or(0.0) * (1.0 - agg.link_density(c));
        score[c as usize] = Some(scaled);
        let at = top
            .iter()
            .position(|&t| scaled > score[t as usize].unwrap_or(0.0))
            .unwrap_or(top.len());
        if at < TOP_CANDIDATES {
            top.insert(at, c);
            top.truncate(TOP_CANDIDATES);
        }
    }
    let get_score = |dom: &Dom, score: &mut Vec<Option<f32>>, n: NodeId| -> f32 {
        if score.len() <= n as usize {
            score.resize(n as usize + 1, None);
        }
        *score[n as usize].get_or_insert_with(|| initial_score(dom, n, flags))
    };

    let mut top_candidate = match top.first() {
        Some(&t) if t != body => t,
        _ => {
            // No candidate: the whole body is the article.
            let div = dom.create(Tag::DIV);
            while dom.node(body).first != NONE {
                let first = dom.node(body).first;
                dom.append(div, first);
            }
            dom.append(body, div);
            get_score(dom, &mut score, div);
            div
        }
    };
    if Some(&top_candidate) == top.first() {
        let top_score = get_score(dom, &mut score, top_candidate);
        // Several good candidates under one ancestor: take the ancestor.
        let alternatives: Vec<Vec<NodeId>> = top
            .iter()
            .skip(1)
            .filter(|&&t| score[t as usize].unwrap_or(0.0) / top_score >= 0.75)
            .map(|&t| ancestors(dom, t))
            .collect();
        if alternatives.len() >= 3 {
            let mut p = dom.parent(top_candidate);
            while p != NONE && p != body && dom.is_element(p) {
                if alternatives.iter().filter(|a| a.contains(&p)).count() >= 3 {
                    top_candidate = p;
                    break;
                }
                p = dom.parent(p);
            }
        }
        get_score(dom, &mut score, top_candidate);
        // Move up while the parent scores better.
        let mut p = dom.parent(top_candidate);
        let mut last = get_score(dom, &mut score, top_candidate);
        let threshold = last / 3.0;
        while p != NONE && p != body && dom.is_element(p) {
            let Some(ps) = score.get(p as usize).copied().flatten() else {
                p = dom.parent(p);
                continue;
            };
            if ps < threshold {
                break;
            }
            if ps > last {
                top_candidate = p;
                break;
            }
            last = ps;
            p = dom.parent(p);
        }
        // An only child: take the parent.
        let mut p = dom.parent(top_candidate);
        while p != NONE && p != body && dom.is_element(p) && dom.element_children(p).count() == 1 {
            top_candidate = p;
            p = dom.parent(p);
        }
        // A list (ingredients, say) that holds the scored paragraphs but
        // less than half of the text of a parent with few links: the
        // parent, with the prose and the other lists beside it.
        let mut p = dom.parent(top_candidate);
        for _ in 0..2 {
            let listy = agg.text(top_candidate) > 0.0
                && dom
                    .descendants(top_candidate)
                    .any(|d| dom.is_element(d) && dom.tag(d) == Tag::LI);
            if !listy
                || p == NONE
                || p == body
                || !dom.is_element(p)
                || agg.text(top_candidate) * 2.0 > agg.text(p)
                || agg.link_density(p) > 0.2
            {
                break;
            }
            top_candidate = p;
            p = dom.parent(p);
        }
        get_score(dom, &mut score, top_candidate);
    }

    // Gather the top candidate and the siblings that belong with it.
    let top_score = get_score(dom, &mut score, top_candidate);
    let parent = dom.parent(top_candidate);
    let article = dom.create(Tag::DIV);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom
        .attr(top_candidate, AttrName::Class)
        .unwrap_or("")
        .to_string();
    let siblings: Vec<NodeId> = if parent == NONE {
        vec![top_candidate]
    } else {
        dom.element_children(parent).collect()
    };
    for s in siblings {
        let mut append = s == top_candidate;
        if !append {
            let bonus = if !top_class.is_empty()
                && dom.attr(s, AttrName::Class) == Some(top_class.as_str())
            {
                top_score * 0.2
            } else {
                0.0
            };
            if score
                .get(s as usize)
                .copied()
                .flatten()
                .is_some_and(|sc| sc + bonus >= threshold)
            {
                append = true;
            } else if dom.tag(s) == Tag::P {
                let density = agg.link_density(s);
                let text = inner_text(dom, s);
                let len = text.chars().count();
                // A long paragraph with few links, or a short one with none
                // that reads like a sentence.
                append = (len > 80 && density < 0.25)
                    || (len < 80 && len > 0 && density == 0.0 && has_sentence_end(&text));
            }
        }
        if append {
            if !matches!(
                dom.tag(s),
                Tag::DIV | Tag::ARTICLE | Tag::SECTION | Tag::P | Tag::OL | Tag::UL
            ) {
                dom.set_tag(s, Tag::DIV);
            }
            dom.append(article, s);
        }
    }
    clean_article(dom, article, flags);
    let notes = super::boiler::strip(dom, article);

    let mut dir = None;
    let mut chain = vec![parent, top_candidate];
    chain.extend(ancestors(dom, parent));
    for n in chain {
        if let Some(d) = dom
            .attr(n, AttrName::Dir)
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            dir = Some(d.to_string());
            break;
        }
    }
    Some((article, dir, notes))
}

/// A block of `len` characters written as a list of short lines: five
/// `<br>` or more, under 60 characters a line on average, and no block
/// inside it. Stops at the first block, or once enough breaks are seen.
fn is_line_list(dom: &Dom, el: NodeId, len: f32) -> bool {
    let needed = (len / 60.0).max(5.0);
    let mut breaks = 0.0f32;
    for d in dom.descendants(el).skip(1) {
        if !dom.is_element(d) {
            continue;
        }
        let tag = dom.tag(d);
        if tag == Tag::BR {
            breaks += 1.0;
            if breaks >= needed {
                return true;
            }
        } else if tag.is(BLOCK) {
            return false;
        }
    }
    false
}

/// A period followed by a space or the end: the text reads like a sentence.
fn has_sentence_end(text: &str) -> bool {
    text.match_indices('.')
        .any(|(i, _)| matches!(text.as_bytes().get(i + 1), None | Some(b' ')))
}

/// Every element ancestor of `id`, nearest first.
fn ancestors(dom: &Dom, id: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut cur = if id == NONE { NONE } else { dom.parent(id) };
    while cur != NONE && dom.is_element(cur) {
        out.push(cur);
        cur = dom.parent(cur);
    }
    out
}

/// A container's starting score: its tag, plus its class/id hints.
fn initial_score(dom: &Dom, id: NodeId, flags: Flags) -> f32 {
    let tag_score = match dom.tag(id) {
        Tag::DIV => 5.0,
        Tag::PRE | Tag::TD | Tag::BLOCKQUOTE => 3.0,
        Tag::ADDRESS | Tag::OL | Tag::UL | Tag::DL | Tag::DD | Tag::DT | Tag::LI | Tag::FORM => {
            -3.0
        }
        Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::TH => -5.0,
        _ => 0.0,
    };
    tag_score + weight(dom, id, flags)
}

fn weight(dom: &Dom, id: NodeId, flags: Flags) -> f32 {
    if flags.weight_classes {
        class_weight(dom.attr(id, AttrName::Class), dom.attr(id, AttrName::Id))
    } else {
        0.0
    }
}

// Indices into an `Agg` row.
const TEXT: usize = 0;
const LINK: usize = 1;
const COMMAS: usize = 2;
const PARAS: usize = 3;
const IMAGES: usize = 4;
const ITEMS: usize = 5;
const INPUTS: usize = 6;
const EMBEDS: usize = 7;
const HEADING_TEXT: usize = 8;
const TEXTISH_TEXT: usize = 9;
const LIST_TEXT: usize = 10;
const DATA_TABLES: usize = 11;
const ASCII_COMMAS: usize = 12;
const FIELDS: usize = 13;

/// Text, link text and commas of every subtree: what scoring needs, a
/// lighter [`Agg`].
struct Lengths {
    /// (text, link text, commas) per node.
    rows: Vec<[f32; 3]>,
}

impl Lengths {
    fn compute(dom: &Dom, root: NodeId) -> Lengths {
        let mut rows = vec![[0.0f32; 3]; dom.nodes.len()];
        let order: Vec<NodeId> = dom.descendants(root).collect();
        for &n in order.iter().rev() {
            if n == root {
                continue;
            }
            let mut r = rows.get(n as usize).copied().unwrap_or_default();
            if dom.is_text(n) {
                let node = dom.node(n);
                r = [node.len as f32, 0.0, node.commas as f32];
            } else if dom.tag(n) == Tag::A {
                r[1] = r[0] * link_weight(dom, n);
            }
            if let Some(p) = rows.get_mut(dom.parent(n) as usize) {
                p[0] += r[0];
                p[1] += r[1];
                p[2] += r[2];
            }
        }
        Lengths { rows }
    }

    fn text(&self, id: NodeId) -> f32 {
        self.rows.get(id as usize).map_or(0.0, |r| r[0])
    }

    fn commas(&self, id: NodeId) -> f32 {
        self.rows.get(id as usize).map_or(0.0, |r| r[2])
    }

    fn link_density(&self, id: NodeId) -> f32 {
        match self.rows.get(id as usize) {
            Some(&[text, link, _]) if text > 0.0 => link / text,
            _ => 0.0,
        }
    }
}

/// Per-node totals over each subtree, computed bottom-up in one pass and
/// kept exact under removals, so that no test re-reads a subtree.
struct Agg {
    /// What the descendants of each node hold (text includes them all;
    /// counts exclude the node itself).
    rows: Vec<[f32; FIELDS]>,
    /// The one text node (not white space) of each subtree, if it has
    /// exactly one: [`NONE`] for none, [`MANY`] for more. Not updated by
    /// removals (a container can only look busier than it is).
    single: Vec<NodeId>,
}

const MANY: NodeId = NONE - 1;

impl Agg {
    /// The totals of the subtree of `root`, given in document order.
    fn from_order(dom: &Dom, order: &[NodeId], root: NodeId, data_tables: &[bool]) -> Agg {
        let mut rows = vec![[0.0; FIELDS]; dom.nodes.len()];
        let mut single = vec![NONE; dom.nodes.len()];
        for &n in order.iter().rev() {
            if n == root {
                continue;
            }
            let mine = if dom.is_text(n) {
                if dom.is_blank_text(n) {
                    NONE
                } else {
                    n
                }
            } else {
                single.get(n as usize).copied().unwrap_or(NONE)
            };
            if let Some(p) = single.get_mut(dom.parent(n) as usize) {
                *p = match (*p, mine) {
                    (x, NONE) => x,
                    (NONE, y) => y,
                    _ => MANY,
                };
            }
            let c = contribution(
                dom,
                n,
                rows.get(n as usize).copied().unwrap_or_default(),
                data_tables,
                true,
            );
            if let Some(row) = rows.get_mut(dom.parent(n) as usize) {
                for (r, v) in row.iter_mut().zip(c) {
                    *r += v;
                }
            }
        }
        Agg { rows, single }
    }

    /// The one text node of the subtree of `id`, if it has exactly one.
    fn single_text(&self, id: NodeId) -> Option<NodeId> {
        self.single
            .get(id as usize)
            .copied()
            .filter(|&t| t != NONE && t != MANY)
    }

    fn get(&self, id: NodeId, field: usize) -> f32 {
        self.rows.get(id as usize).map_or(0.0, |r| r[field])
    }

    fn link_density(&self, id: NodeId) -> f32 {
        let text = self.get(id, TEXT);
        if text == 0.0 {
            0.0
        } else {
            self.get(id, LINK) / text
        }
    }
}

/// What node `n`, whose descendants hold `row`, gives its parent's row.
/// With `with_self` false, only the part proportional to `row` (for
/// propagating a change).
fn contribution(
    dom: &Dom,
    n: NodeId,
    mut row: [f32; FIELDS],
    data_tables: &[bool],
    with_self: bool,
) -> [f32; FIELDS] {
    let one = if with_self { 1.0 } else { 0.0 };
    if dom.is_text(n) {
        if with_self {
            let node = dom.node(n);
            row[TEXT] = node.len as f32;
            row[COMMAS] = node.commas as f32;
            row[ASCII_COMMAS] = node.ascii_commas as f32;
        }
        return row;
    }
    let tag = dom.tag(n);
    match tag {
        Tag::A => row[LINK] = row[TEXT] * link_weight(dom, n),
        Tag::P => row[PARAS] += one,
        Tag::IMG => row[IMAGES] += one,
        Tag::LI => row[ITEMS] += one,
        Tag::INPUT => row[INPUTS] += one,
        Tag::OBJECT | Tag::EMBED_ | Tag::IFRAME => row[EMBEDS] += one,
        Tag::UL | Tag::OL => row[LIST_TEXT] = row[TEXT],
        Tag::TABLE if data_tables.get(n as usize).copied().unwrap_or(false) => {
            row[DATA_TABLES] += one
        }
        _ => {}
    }
    if tag.is(HEADING) {
        row[HEADING_TEXT] = row[TEXT];
    }
    if tag.is(TEXTISH) {
        row[TEXTISH_TEXT] = row[TEXT];
    }
    row
}

/// Drops from the article what is not part of it. One walk lists the
/// article's nodes, and one [`Agg`] serves all the tests; removals update
/// it in batches (see [`Cleaner::settle`]).
fn clean_article(dom: &mut Dom, article: NodeId, flags: Flags) {
    let order: Vec<NodeId> = dom.descendants(article).collect();
    let data_tables = data_tables(dom, &order);
    let agg = Agg::from_order(dom, &order, article, &data_tables);
    let n = dom.nodes.len();
    let mut in_data_table = vec![false; n];
    for &id in &order {
        let p = dom.parent(id) as usize;
        let inside =
            p < n && (in_data_table[p] || (dom.tag(p as NodeId) == Tag::TABLE && data_tables[p]));
        if let Some(x) = in_data_table.get_mut(id as usize) {
            *x = inside && id != article;
        }
    }
    let elements = order
        .into_iter()
        .skip(1)
        .filter(|&n| dom.is_element(n))
        .collect();
    let mut c = Cleaner {
        agg,
        adj: vec![[0.0; FIELDS]; n],
        owed: vec![false; n],
        dead: vec![false; n],
        elements,
        data_tables,
        in_data_table,
        article,
        flags,
    };
    c.conditionally(dom, Tag::FORM);
    c.conditionally(dom, Tag::FIELDSET);
    let junk = c.all(
        dom,
        &[
            Tag::OBJECT,
            Tag::EMBED_,
            Tag::APPLET,
            Tag::FOOTER,
            Tag::LINK,
            Tag::ASIDE,
            Tag::NAV,
        ],
    );
    c.remove_batch(dom, &junk);
    // Share bars, under 500 characters, inside the top-level blocks.
    let mut share = Vec::new();
    for &n in &c.elements {
        if !c.is_dead(n)
            && dom.parent(n) != article
            && is_share(dom.attr(n, AttrName::Class), dom.attr(n, AttrName::Id))
            && c.agg.get(n, TEXT) < 500.0
            && !share.iter().any(|&s| dom.contains(s, n))
        {
            share.push(n);
        }
    }
    c.remove_batch(dom, &share);
    let controls = c.all(
        dom,
        &[
            Tag::IFRAME,
            Tag::INPUT,
            Tag::TEXTAREA,
            Tag::SELECT,
            Tag::BUTTON,
        ],
    );
    c.remove_batch(dom, &controls);
    // Headings whose class/id mark them as boilerplate.
    let headers: Vec<NodeId> = c
        .all(dom, &[Tag::H1, Tag::H2])
        .into_iter()
        .filter(|&h| weight(dom, h, flags) < 0.0)
        .collect();
    c.remove_batch(dom, &headers);
    c.conditionally(dom, Tag::TABLE);
    c.conditionally(dom, Tag::UL);
    c.conditionally(dom, Tag::DIV);
    // Empty paragraphs (nothing reads the totals after this).
    for p in c.all(dom, &[Tag::P]) {
        let media = c.agg.get(p, IMAGES) + c.agg.get(p, EMBEDS) > 0.0;
        if !media && c.agg.get(p, TEXT) <= 1.0 && !has_text(dom, p) {
            c.detach(dom, p);
        }
    }
}

/// The state of cleaning one article.
struct Cleaner {
    agg: Agg,
    /// Changes owed to each node's totals by removals below it, not yet
    /// added (all zero between passes).
    adj: Vec<[f32; FIELDS]>,
    /// Whether `adj` of a node may be non-zero.
    owed: Vec<bool>,
    /// Nodes inside removed subtrees.
    dead: Vec<bool>,
    /// The article's elements (not itself), in document order.
    elements: Vec<NodeId>,
    data_tables: Vec<bool>,
    /// Whether some ancestor is a data table.
    in_data_table: Vec<bool>,
    article: NodeId,
    flags: Flags,
}

fn add(into: &mut [f32; FIELDS], delta: [f32; FIELDS], sign: f32) {
    for (x, d) in into.iter_mut().zip(delta) {
        *x += sign * d;
    }
}

impl Cleaner {
    fn is_dead(&self, n: NodeId) -> bool {
        self.dead.get(n as usize).copied().unwrap_or(true)
    }

    /// Removes `n`, marking its subtree dead, without touching the totals.
    fn detach(&mut self, dom: &mut Dom, n: NodeId) {
        for d in dom.descendants(n) {
            if let Some(x) = self.dead.get_mut(d as usize) {
                *x = true;
            }
        }
        dom.detach(n);
    }

    /// Removes `n` and owes its parent what `n` gave it.
    fn remove(&mut self, dom: &mut Dom, n: NodeId) {
        let row = self.agg.rows.get(n as usize).copied().unwrap_or_default();
        let gave = contribution(dom, n, row, &self.data_tables, true);
        self.owe(dom.parent(n), gave, -1.0);
        self.detach(dom, n);
    }

    fn owe(&mut self, n: NodeId, delta: [f32; FIELDS], sign: f32) {
        if let (Some(a), Some(o)) = (self.adj.get_mut(n as usize), self.owed.get_mut(n as usize)) {
            add(a, delta, sign);
            *o = true;
        }
    }

    /// Brings `n`'s totals up to date with what removals below it owe, and
    /// passes the change on to its parent (through `n`'s own tag: text
    /// inside a link is link text above it).
    fn settle_node(&mut self, dom: &Dom, n: NodeId) {
        if !self.owed.get(n as usize).copied().unwrap_or(false) {
            return;
        }
        let Some(&owed) = self.adj.get(n as usize) else {
            return;
        };
        if let Some(r) = self.agg.rows.get_mut(n as usize) {
            add(r, owed, 1.0);
        }
        let passed = contribution(dom, n, owed, &self.data_tables, false);
        self.owe(dom.parent(n), passed, 1.0);
        if let (Some(a), Some(o)) = (self.adj.get_mut(n as usize), self.owed.get_mut(n as usize)) {
            *a = [0.0; FIELDS];
            *o = false;
        }
    }

    /// Settles every live element, last to first (so children before their
    /// parents), then the article: one pass, whatever the depth.
    fn settle(&mut self, dom: &Dom) {
        for i in (0..self.elements.len()).rev() {
            let n = self.elements[i];
            if !self.is_dead(n) {
                self.settle_node(dom, n);
            }
        }
        self.settle_root();
    }

    fn settle_root(&mut self) {
        let root = self.article as usize;
        if let (Some(&owed), Some(r)) = (self.adj.get(root), self.agg.rows.get_mut(root)) {
            add(r, owed, 1.0);
        }
        if let (Some(a), Some(o)) = (self.adj.get_mut(root), self.owed.get_mut(root)) {
            *a = [0.0; FIELDS];
            *o = false;
        }
    }

    /// Removes `batch` (live nodes, any order) and updates the totals.
    fn remove_batch(&mut self, dom: &mut Dom, batch: &[NodeId]) {
        if batch.is_empty() {
            return;
        }
        for &n in batch {
            if !self.is_dead(n) {
                self.remove(dom, n);
            }
        }
        self.settle(dom);
    }

    /// The live elements of the article with one of `tags`, in document order.
    fn all(&self, dom: &Dom, tags: &[Tag]) -> Vec<NodeId> {
        self.elements
            .iter()
            .copied()
            .filter(|&n| !self.is_dead(n) && tags.contains(&dom.tag(n)))
            .collect()
    }

    /// Removes the `tag` elements of the article that do not look like
    /// content: too many links, images or inputs for their text, lists that
    /// are not lists of prose, lone embeds, no text at all. Last first, so
    /// that a container is judged without the parts already removed; the
    /// totals are settled on the way, in the same pass.
    fn conditionally(&mut self, dom: &mut Dom, tag: Tag) {
        if !self.flags.clean_conditionally {
            return;
        }
        for i in (0..self.elements.len()).rev() {
            let n = self.elements[i];
            if self.is_dead(n) {
                continue;
            }
            self.settle_node(dom, n);
            if dom.tag(n) != tag {
                continue;
            }
            let is_data = self.data_tables.get(n as usize).copied().unwrap_or(false);
            let in_data = self.in_data_table.get(n as usize).copied().unwrap_or(false);
            if should_remove(dom, n, tag, &self.agg, self.flags, is_data, in_data) {
                self.remove(dom, n);
            }
        }
        self.settle_root();
    }
}

/// Which tables of the subtree (`order`, in document order) hold data
/// (keep) rather than lay out the page: a caption, header cells or column
/// groups say data; nesting says layout; else their size decides. Counted
/// bottom-up in one pass, so that nested tables stay linear.
fn data_tables(dom: &Dom, order: &[NodeId]) -> Vec<bool> {
    let n = dom.nodes.len();
    let (mut rows, mut cells, mut columns) = (vec![0u32; n], vec![0u32; n], vec![0u32; n]);
    let (mut nested, mut dataish) = (vec![false; n], vec![false; n]);
    let mut data = vec![false; n];
    for &id in order.iter().rev() {
        let i = id as usize;
        if !dom.is_element(id) || i >= n {
            continue;
        }
        let tag = dom.tag(id);
        if tag == Tag::TABLE {
            data[i] = if dom
                .attr(id, AttrName::Role)
                .is_some_and(|r| r.trim() == "presentation")
                || dom
                    .attr(id, AttrName::Datatable)
                    .is_some_and(|d| d.trim() == "0")
            {
                false
            } else if dom.attr(id, AttrName::Summary).is_some() || dataish[i] {
                true
            } else if nested[i] || rows[i] == 1 || columns[i] == 1 {
                false
            } else {
                rows[i] >= 10 || columns[i] > 4 || rows[i] * columns[i] > 10
            };
        }
        if tag == Tag::TR {
            columns[i] = columns[i].max(cells[i]);
        }
        let p = dom.parent(id) as usize;
        if p >= n {
            continue;
        }
        rows[p] += rows[i] + u32::from(tag == Tag::TR);
        cells[p] += cells[i] + u32::from(tag == Tag::TD);
        columns[p] = columns[p].max(columns[i]);
        nested[p] |= nested[i] || tag == Tag::TABLE;
        dataish[p] |= dataish[i]
            || matches!(
                tag,
                Tag::COL | Tag::COLGROUP | Tag::TFOOT | Tag::THEAD | Tag::TH
            )
            || (tag == Tag::CAPTION && dom.node(id).first != NONE);
    }
    data
}

/// Text that is only an ad label or a loading notice ("Advertisement",
/// "Loading…"). ASCII case is ignored; the Cyrillic words are listed in
/// the cases pages use (full Unicode case tables would cost kilobytes).
fn ad_or_loading(text: &str) -> bool {
    const AD: &[&str] = &[
        "ad",
        "advertising",
        "advertisement",
        "pub",
        "publicité",
        "werb",
        "werbung",
        "广告",
        "Реклама",
        "реклама",
        "РЕКЛАМА",
        "anuncio",
    ];
    const LOADING: &[&str] = &[
        "loading",
        "正在加载",
        "Загрузка",
        "загрузка",
        "ЗАГРУЗКА",
        "chargement",
        "cargando",
    ];
    let t = text.trim();
    if AD.iter().any(|w| w.eq_ignore_ascii_case(t)) {
        return true;
    }
    let base = t
        .strip_suffix('…')
        .or_else(|| t.strip_suffix("..."))
        .unwrap_or(t);
    LOADING.iter().any(|w| w.eq_ignore_ascii_case(base))
}

#[inline(never)]
/// `in_data_table`: some ancestor is a data table.
fn should_remove(
    dom: &Dom,
    n: NodeId,
    tag: Tag,
    agg: &Agg,
    flags: Flags,
    is_data: bool,
    in_data_table: bool,
) -> bool {
    let text = agg.get(n, TEXT);
    let is_list =
        matches!(tag, Tag::UL | Tag::OL) || (text > 0.0 && agg.get(n, LIST_TEXT) / text > 0.9);
    if tag == Tag::TABLE && is_data {
        return false;
    }
    if in_data_table || has_ancestor(dom, n, Tag::CODE, 3, |_| true) {
        return false;
    }
    if agg.get(n, DATA_TABLES) > 0.0 {
        return false;
    }
    let weight = weight(dom, n, flags);
    if weight < 0.0 {
        return true;
    }
    if agg.get(n, ASCII_COMMAS) >= 10.0 {
        return false;
    }
    let paras = agg.get(n, PARAS);
    let images = agg.get(n, IMAGES);
    let items = agg.get(n, ITEMS) - 100.0;
    let inputs = agg.get(n, INPUTS);
    let ratio = |part: usize| {
        if text > 0.0 {
            agg.get(n, part) / text
        } else {
            0.0
        }
    };
    let heading_density = ratio(HEADING_TEXT);
    let textish_density = ratio(TEXTISH_TEXT);
    let embeds = agg.get(n, EMBEDS);
    if text < 20.0
        && agg
            .single_text(n)
            .is_some_and(|t| ad_or_loading(dom.text(t)))
    {
        return true;
    }
    let density = agg.link_density(n);
    let figure_child = has_ancestor(dom, n, Tag::FIGURE, 3, |_| true);
    let remove = (!figure_child && images > 1.0 && paras / images < 0.5)
        || (!is_list && items > paras)
        || inputs > (paras / 3.0).floor()
        || (!is_list
            && !figure_child
            && heading_density < 0.9
            && text < 25.0
            && (images == 0.0 || images > 2.0)
            && density > 0.0)
        || (!is_list && weight < 25.0 && density > 0.2)
        || (weight >= 25.0 && density > 0.5)
        || (embeds == 1.0 && text < 75.0)
        || embeds > 1.0
        || (images == 0.0 && textish_density == 0.0);
    if is_list && remove {
        // A list of images (one per item) stays.
        if dom
            .element_children(n)
            .any(|c| dom.element_children(c).count() > 1)
        {
            return true;
        }
        if images == agg.get(n, ITEMS) {
            return false;
        }
    }
    remove
}

#[cfg(test)]
mod tests {
    use super::super::dom::tests::sexp;
    use super::super::tokenizer::parse;
    use super::*;

    fn prepared(html: &str) -> Dom {
        let mut dom = parse(html);
        prepare(&mut dom);
        dom
    }

    #[test]
    fn preparation_drops_hidden_and_non_content() {
        let dom = prepared(
            r#"<p>a</p><p hidden>b</p><p style="display: NONE !important">c</p><p style="visibility:hidden">d</p>
            <p aria-hidden="true">e</p><script>x</script><template><p>f</p></template><svg><text>g</text></svg><font>h</font>"#,
        );
        assert_eq!(
            sexp(&dom, dom.body),
            r#"(body (p "a") "\n            " (span "h"))"#
        );
    }

    #[test]
    fn br_chains_become_paragraphs() {
        let dom = prepared("<div>one<br>two<br><br>three <b>x</b><br> <br>four</div>");
        assert_eq!(
            sexp(&dom, dom.body),
            r#"(body (div "one" (br) "two" (p "three " (b "x")) (p " " "four")))"#
        );
    }

    #[test]
    fn phrasing_runs_are_wrapped() {
        let mut dom = prepared("<div>a <i>b</i><div>c</div> d<p>e</p></div>");
        let div = dom.children(dom.body).next().unwrap();
        wrap_phrasing(&mut dom, div);
        assert_eq!(
            sexp(&dom, dom.body),
            r#"(body (div (p "a " (i "b")) (div "c") (p " d") (p "e")))"#
        );
    }

    #[test]
    fn data_tables_are_told_from_layout_tables() {
        let row = |n: usize| format!("<tr>{}</tr>", "<td>x</td>".repeat(n));
        let html = format!(
            "<table><tr><th>a</th><td>b</td></tr></table><table>{}</table><table>{}</table>\
             <table>{}</table><table summary=s>{}</table><table role=presentation><tr><th>h</th></tr></table>\
             <table><tr><td><table>{}</table></td></tr></table>",
            row(2),
            row(3).repeat(4),
            row(2).repeat(12),
            row(1),
            row(6).repeat(3),
        );
        let dom = prepared(&html);
        let order: Vec<NodeId> = dom.descendants(dom.body).collect();
        let data = data_tables(&dom, &order);
        let tables: Vec<bool> = order
            .iter()
            .filter(|&&n| dom.tag(n) == Tag::TABLE)
            .map(|&n| data[n as usize])
            .collect();
        // th; 1 row; 4x3 > 10; 12 rows; summary; presentation; outer (nested), inner 3x6.
        assert_eq!(tables, [true, false, true, true, true, false, false, true]);
    }

    #[test]
    fn aggregates_stay_exact_under_removal() {
        let mut dom = prepared(
            r##"<div><p>Hello, world <a href="#x">link <b>bold</b></a></p><ul><li><a href="/y">item</a></li></ul><p>Keep</p></div>"##,
        );
        let body = dom.body;
        let div = dom.children(body).next().unwrap();
        let order: Vec<NodeId> = dom.descendants(body).collect();
        let agg = Agg::from_order(&dom, &order, body, &[]);
        assert_eq!(agg.get(div, TEXT), 30.0);
        assert_eq!(agg.get(div, COMMAS), 1.0);
        assert_eq!(agg.get(div, PARAS), 2.0);
        assert_eq!(agg.get(div, ITEMS), 1.0);
        assert!((agg.get(div, LINK) - (9.0 * 0.3 + 4.0)).abs() < 1e-6);
        assert_eq!(agg.get(div, LIST_TEXT), 4.0);
        let elements = order
            .iter()
            .copied()
            .skip(1)
            .filter(|&n| dom.is_element(n))
            .collect();
        let n = dom.nodes.len();
        let flags = Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        };
        let mut c = Cleaner {
            agg,
            adj: vec![[0.0; FIELDS]; n],
            owed: vec![false; n],
            dead: vec![false; n],
            elements,
            data_tables: vec![],
            in_data_table: vec![],
            article: body,
            flags,
        };
        // Remove the list and the bold text inside the link, in one batch.
        let ul = dom.children(div).nth(1).unwrap();
        let bold = dom
            .descendants(div)
            .find(|&x| dom.tag(x) == Tag::B && dom.is_element(x))
            .unwrap();
        c.remove_batch(&mut dom, &[ul, bold]);
        let fresh = Agg::from_order(&dom, &dom.descendants(body).collect::<Vec<_>>(), body, &[]);
        for node in [div, body] {
            for f in 0..FIELDS {
                assert!(
                    (c.agg.get(node, f) - fresh.get(node, f)).abs() < 1e-5,
                    "node {node} field {f}"
                );
            }
        }
        assert!((c.agg.get(div, LINK) - 5.0 * 0.3).abs() < 1e-5);
    }

    #[test]
    fn ad_and_loading_labels() {
        for t in [
            " Advertisement ",
            "AD",
            "Реклама",
            "Loading...",
            "loading…",
            "Загрузка",
        ] {
            assert!(ad_or_loading(t), "{t}");
        }
        for t in ["Advertisements help us", "Loading the truck", ""] {
            assert!(!ad_or_loading(t), "{t}");
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(has_sentence_end("It rained. Then"));
        assert!(has_sentence_end("It rained."));
        assert!(!has_sentence_end("v2.0 release"));
    }
}
