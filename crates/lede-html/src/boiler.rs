//! A last pass over the article Readability's method chose: what it keeps
//! but a reader would not call the article. Each rule is a general signal,
//! not a list of sites:
//!
//! - captions and credits (`<figcaption>`, figures of a picture and a few
//!   words, class/id `caption`, `credit`, `copyright`, lines such as
//!   "Photo: ..." or "© ..."): they describe a picture, not the story;
//! - lines that are only a date or a time (the article's own timestamp;
//!   never preformatted text, which may be a series of numbers),
//!   or a date and a few label words ("Published: ...", "Date | Section"),
//!   with its label when that stands on a line of its own before it;
//! - `<address>`: by HTML's definition the contact details of the author
//!   or the page's owner;
//! - rows of icon links (share buttons, app badges) and their short label;
//! - a small box whose last element is a link styled as a button ("Join
//!   now", "Subscribe"): a call to action;
//! - a closing short line in bold or italics that links somewhere or calls
//!   out in one sentence ("Sign up here", "Watch our channel!");
//! - author boxes, related-post teasers, newsletter and rating prompts,
//!   comment counts (class/id words, only for blocks far smaller than the
//!   article);
//! - blocks that are nothing but links: a paragraph or heading whose text
//!   is all link text ("Read more: ..."; not a heading that links only to
//!   its own place on the page), a list whose items are all links
//!   (related links, tables of contents), and the short lead-in just
//!   before such a list ("See also:", "Weitere Beiträge").

use super::dom::{AttrName, Dom, NodeId, NONE};
use super::hints::{is_boilerplate, is_caption_hint, is_reference_list};
use super::meta::{inner_text, push_collapsed};
use super::tags::{Tag, HEADING, PHRASING};

/// Per node of the article: (characters of text, characters inside links
/// (`<a href>`), links with (almost) no text: icons, buttons made of
/// pictures).
fn lengths(dom: &Dom, root: NodeId) -> Vec<[f32; 3]> {
    let mut rows = vec![[0.0f32; 3]; dom.nodes.len()];
    let order: Vec<NodeId> = dom.descendants(root).collect();
    for &n in order.iter().rev() {
        if n == root {
            continue;
        }
        let mut r = rows.get(n as usize).copied().unwrap_or_default();
        if dom.is_text(n) {
            r = [dom.node(n).len as f32, 0.0, 0.0];
        } else if dom.tag(n) == Tag::A && dom.attr(n, AttrName::Href).is_some() {
            // An `<a>` without `href` is an anchor or a placeholder, not a
            // link: a paragraph wrapped in `<a name=...>` is prose.
            r[1] = r[0];
            if r[0] < 3.0 {
                r[2] += 1.0;
            }
        }
        if let Some(p) = rows.get_mut(dom.parent(n) as usize) {
            p[0] += r[0];
            p[1] += r[1];
            p[2] += r[2];
        }
    }
    rows
}

/// A table of contents by its class/id (`toc` as a whole word: as a
/// substring it is in `stock` and `photocredit`).
fn is_toc(dom: &Dom, n: NodeId) -> bool {
    [AttrName::Class, AttrName::Id].into_iter().any(|a| {
        dom.attr(n, a).is_some_and(|v| {
            v.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("toc"))
        })
    })
}

/// Words that name a picture or its credit ("Photo: ...", "Crédits photos
/// : ...", "Bild: ..."), in the languages of the pages we read; ASCII case
/// ignored.
const PICTURE_WORDS: &[&str] = &[
    "photo",
    "photos",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "image",
    "images",
    "picture",
    "credit",
    "credits",
    "crédit",
    "crédits",
    "abbildung",
    "zdjęcie",
    "fot",
    "grafik",
    "illustration",
];

/// Words that name a source ("Quelle: ...", "Source: ..."): a credit when
/// they open a line, but at the end of a paragraph they may cite the source
/// of a fact, which is the article's.
const SOURCE_WORDS: &[&str] = &["quelle", "source", "fuente", "fonte"];

/// Ends of compounds that name a picture: German "Archivfoto",
/// "Symbolfoto", "Pressefotos".
const PICTURE_ENDS: &[&str] = &["foto", "fotos", "photo", "photos"];

/// German compounds of "Bild" that name a picture ("Titelbild",
/// "Beitragsbild"); most others do not ("Leitbild", "Vorbild").
const PICTURE_BILD: &[&str] = &[
    "titel",
    "beitrags",
    "symbol",
    "archiv",
    "vorschau",
    "header",
    "aufmacher",
    "teaser",
    "artikel",
];

/// A word that names a picture or its credit, brackets and ellipses around
/// it ignored: one of [`PICTURE_WORDS`] or a compound ending in a picture
/// word; with `sources`, one of [`SOURCE_WORDS`] too.
fn is_credit_word(w: &str, sources: bool) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, '(' | '[' | '.' | '…'));
    let is = |list: &[&str]| list.iter().any(|c| c.eq_ignore_ascii_case(w));
    if is(PICTURE_WORDS) || (sources && is(SOURCE_WORDS)) {
        return true;
    }
    // ASCII case ignored: the suffixes are ASCII, and a split inside a
    // character finds no slice.
    let split = |end: &str| {
        let at = w.len().checked_sub(end.len())?;
        let (stem, tail) = (w.get(..at)?, w.get(at..)?);
        tail.eq_ignore_ascii_case(end).then_some(stem)
    };
    if let Some(stem) = split("bild") {
        return PICTURE_BILD.iter().any(|s| s.eq_ignore_ascii_case(stem));
    }
    PICTURE_ENDS.iter().any(|end| {
        split(end).is_some_and(|stem| stem.len() >= 4 && stem.chars().all(char::is_alphabetic))
    })
}

/// A figure that holds code, a table or a quotation (kept: HTML marks a
/// pull quote and its source as a figure of a blockquote and a
/// figcaption), not only a picture and its caption. A quotation that
/// links somewhere is an embedded post (a tweet and its link to the
/// original): not the article's text.
fn holds_data(dom: &Dom, n: NodeId) -> bool {
    dom.descendants(n).any(|d| {
        dom.is_element(d)
            && match dom.tag(d) {
                Tag::PRE | Tag::CODE | Tag::TABLE => true,
                Tag::BLOCKQUOTE => !dom
                    .descendants(d)
                    .any(|a| dom.is_element(a) && dom.tag(a) == Tag::A),
                _ => false,
            }
    })
}

/// Whether `n` holds preformatted text (`<pre>`).
fn holds_pre(dom: &Dom, n: NodeId) -> bool {
    dom.descendants(n)
        .any(|d| dom.is_element(d) && dom.tag(d) == Tag::PRE)
}

/// Whether a sentence ends inside `text`, before its last word: ". ",
/// "! ", "? " or an ideographic full stop followed by more text.
fn has_inner_sentence_end(text: &str) -> bool {
    let text = text.trim();
    text.char_indices().any(|(i, c)| {
        let rest = text.get(i + c.len_utf8()..).unwrap_or("");
        match c {
            '.' | '!' | '?' => rest.starts_with(' ') && rest.trim().chars().count() > 1,
            '。' | '！' | '？' => !rest.trim().is_empty(),
            _ => false,
        }
    })
}

/// A block with text of its own whose last element is a link styled as a
/// button (class `button`/`btn`, or `role=button`).
fn ends_in_button(dom: &Dom, n: NodeId) -> bool {
    let Some(mut last) = dom.element_children(n).last() else {
        return false;
    };
    // A link left loose in a block was wrapped in a paragraph of its own.
    if dom.tag(last) == Tag::P {
        let mut inner = dom.element_children(last);
        if let (Some(a), None) = (inner.next(), inner.next()) {
            last = a;
        }
    }
    if dom.tag(last) != Tag::A || dom.element_children(n).count() < 2 {
        return false;
    }
    let button = |v: &str| {
        v.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("button") || w.eq_ignore_ascii_case("btn"))
            || v.to_ascii_lowercase().contains("_button")
    };
    dom.attr(last, AttrName::Class).is_some_and(button)
        || dom
            .attr(last, AttrName::Role)
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("button"))
}

/// A paragraph (or a `<div>` of no paragraphs) under 300 characters that
/// credits a picture: it opens with credit words (up to 300 characters,
/// "Abbildung: ..." under a picture; a longer "Quelle: ..." cites a study,
/// and stays) or ends in a credit ("... Photo:
/// A. Smith/AFP"). Shorter credit lines are caught before, with `©`.
fn credit_block(dom: &Dom, n: NodeId, len: f32) -> bool {
    let tag = dom.tag(n);
    if !matches!(tag, Tag::P | Tag::DIV) {
        return false;
    }
    // One pass, no copy: every credit has a colon, and a block that holds
    // a section heading (or a `<div>` that holds blocks) is not one line.
    let mut colon = false;
    for d in dom.descendants(n) {
        if dom.is_text(d) {
            colon = colon || dom.text(d).contains(':');
        } else if d != n && dom.is_element(d) {
            let t = dom.tag(d);
            if (t.is(HEADING) && !matches!(t, Tag::H5 | Tag::H6))
                || (tag == Tag::DIV && matches!(t, Tag::P | Tag::DIV | Tag::UL | Tag::OL))
            {
                return false;
            }
        }
    }
    if !colon {
        return false;
    }
    let text = text_with_breaks(dom, n);
    (len >= 150.0 && has_credit_prefix(&text) && !opens_with_source(&text))
        || has_credit_tail(&text)
}

/// The text of `n`, white space collapsed, with a line break for each
/// `<br>` (a credit often stands on a line of its own).
fn text_with_breaks(dom: &Dom, n: NodeId) -> String {
    let mut out = String::new();
    for d in dom.descendants(n) {
        if dom.is_text(d) {
            push_collapsed(&mut out, dom.text(d));
        } else if dom.is_element(d) && dom.tag(d) == Tag::BR {
            out.push('\n');
        }
    }
    out
}

/// A line that opens with a source word ("Quelle: ...", "Source: ..."):
/// longer than a credit, it cites a study or a document.
fn opens_with_source(text: &str) -> bool {
    let text = text.trim_start().trim_start_matches(['(', '[']);
    text.split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(':'))
        .is_some_and(|w| SOURCE_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// A block that holds a section heading (`<h1>` to `<h4>`): a section of
/// the article (an item of a listicle, say, whose class may read
/// `no_caption`), never a caption. `<h5>` and `<h6>` are small print that
/// pages style captions with.
fn holds_heading(dom: &Dom, n: NodeId) -> bool {
    dom.descendants(n).any(|d| {
        dom.is_element(d) && dom.tag(d).is(HEADING) && !matches!(dom.tag(d), Tag::H5 | Tag::H6)
    })
}

/// A short line that credits a picture or names a source, or that is only
/// a date or a time: mostly a `<time>`, or mostly digits.
fn is_credit_or_date_line(dom: &Dom, n: NodeId) -> bool {
    let text = inner_text(dom, n);
    if is_credit_line(&text) {
        return true;
    }
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if chars > 0 && chars < 40 && digits * 2 >= chars {
        return true;
    }
    let time: usize = dom
        .descendants(n)
        .filter(|&d| dom.is_element(d) && dom.tag(d) == Tag::TIME)
        .map(|t| {
            inner_text(dom, t)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .sum();
    if time * 2 >= chars && time > 0 {
        return true;
    }
    is_dateline(&text, time > 0)
}

/// A short line that dates the article and labels it, and says nothing
/// else: a date or a time (a `<time>`, or digits such as "24.01.2022" or
/// "11:38") with at most three other words ("Published: ...", "24.01.2022
/// 11:38 Category: News", "2021-10-16 | Notices"), or a few fields split by
/// two or more "|" ("Friday | 14 June 2019 | By Ann Roe | 0 comments").
pub(crate) fn is_dateline(text: &str, has_time: bool) -> bool {
    if text.chars().count() >= 100 {
        return false;
    }
    let numeric = |w: &str| {
        // A time may end in "am" or "pm" ("3:55pm").
        let w = ["am", "pm", "AM", "PM"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        let digits = w.chars().filter(char::is_ascii_digit).count();
        let seps = w
            .chars()
            .filter(|c| matches!(c, '.' | '/' | '-' | ':'))
            .count();
        digits >= 3 && seps >= 1 && digits + seps + 1 >= w.chars().count()
    };
    let dated = has_time || text.split_whitespace().any(numeric);
    if !dated {
        return false;
    }
    if text.matches('|').count() >= 2 {
        return true;
    }
    let words = text
        .split_whitespace()
        .filter(|w| !numeric(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    let limit = if has_time { 5 } else { 3 };
    words <= limit
}

/// A short line that credits a picture or names a source: "©" anywhere, or
/// a prefix of credit words before a colon.
fn is_credit_line(text: &str) -> bool {
    text.contains('©') || has_credit_prefix(text)
}

/// A line that opens with credit words and a colon ("Photo: ...",
/// "(Credit: ...)", "Abbildung: ...", "Titelbild: ..."), within brackets
/// or not: up to three words before the colon, all of them credit words,
/// or the last a picture word and a name after it (eight words at most):
/// "featured image: ...", but not "Primary funding source: ...".
fn has_credit_prefix(text: &str) -> bool {
    let text = text.trim_start().trim_start_matches(['(', '[']);
    let Some((head, rest)) = text.split_once(':') else {
        return false;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let named = (1..=8).contains(&rest.split_whitespace().count());
    words.len() <= 3
        && (words.iter().all(|w| is_credit_word(w, true)) || (is_credit_word(last, false) && named))
}

/// A caption that ends in the picture's credit: "... daily briefings.
/// Photo: A. Smith/AFP", "... (Foto: dpa)", "... - Foto: Ann Roe",
/// "...Archivfoto: ON". The credit is a picture word (not a source word:
/// "Quelle: ..." after a sentence may cite a fact) after a sentence end,
/// a bracket, a dash, a slash or an ellipsis, then a colon and at most
/// eight words.
fn has_credit_tail(text: &str) -> bool {
    let text = text.trim_end().trim_end_matches([')', ']']);
    let Some((head, credit)) = text.rsplit_once(':') else {
        return false;
    };
    let credit_words = credit.split_whitespace().count();
    if credit_words == 0 || credit_words > 8 || credit.chars().count() > 80 {
        return false;
    }
    let mut words = head.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    if !is_credit_word(last, false) {
        return false;
    }
    // "Image credit:", "Crédits photos :": the word before may be one too.
    let mut before = words.next();
    if before.is_some_and(|w| is_credit_word(w, false)) {
        before = words.next();
    }
    let opens = last.starts_with(['(', '[', '…']) || last.starts_with("..");
    let Some(before) = before else {
        return false;
    };
    // Or the credit stands on a line of its own ("erb/ots<br>Foto: ...").
    let own_line = head
        .rsplit_once('\n')
        .is_some_and(|(_, line)| line.split_whitespace().all(|w| is_credit_word(w, false)));
    opens
        || own_line
        || before.ends_with([
            '.', '!', '?', ')', '-', '–', '—', '/', '|', '»', '"', '“', '”',
        ])
}

/// Adds the reference list `n` to `references`, after the short heading
/// just before it ("References", "Sources"), which names it.
fn push_with_heading(
    dom: &Dom,
    references: &mut Vec<NodeId>,
    remove: &[NodeId],
    n: NodeId,
    text: &impl Fn(NodeId) -> f32,
) {
    let prev = previous_element(dom, n);
    if prev != NONE
        && dom.tag(prev).is(HEADING)
        && text(prev) < 100.0
        && !remove.contains(&prev)
        && !references.contains(&prev)
    {
        references.push(prev);
    }
    references.push(n);
}

/// A list whose items (two or more) are web addresses written out
/// ("https://...", "www..."), all but at most one in four of them.
fn is_url_list(dom: &Dom, list: NodeId) -> bool {
    let (mut items, mut urls) = (0usize, 0usize);
    for li in dom.element_children(list) {
        items += 1;
        let text = inner_text(dom, li);
        let t = text.trim_start();
        if t.starts_with("https://") || t.starts_with("http://") || t.starts_with("www.") {
            urls += 1;
        }
    }
    items >= 2 && urls * 4 >= items * 3
}

/// Whether every link (`<a href>`) under `n` points to a place on the
/// same page (`#section`): an anchor of the page's own, not a way out.
fn links_in_page_only(dom: &Dom, n: NodeId) -> bool {
    dom.descendants(n)
        .filter(|&d| dom.is_element(d) && dom.tag(d) == Tag::A)
        .filter_map(|a| dom.attr(a, AttrName::Href))
        .all(|h| h.trim().starts_with('#') && h.trim().len() > 1)
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
/// docs) and moves its reference lists into a new container of their own,
/// which it returns (`NONE` when there are none). Linear in the size of
/// the article.
#[inline(never)]
pub(crate) fn strip(dom: &mut Dom, article: NodeId) -> Notes {
    let rows = lengths(dom, article);
    let total = rows.get(article as usize).map_or(0.0, |r| r[0]);
    let text = |n: NodeId| rows.get(n as usize).map_or(0.0, |r| r[0]);
    let links = |n: NodeId| rows.get(n as usize).map_or(0.0, |r| r[1]);
    let icons = |n: NodeId| rows.get(n as usize).map_or(0.0, |r| r[2]);
    let mut remove: Vec<NodeId> = Vec::new();
    let mut references: Vec<NodeId> = Vec::new();
    let mut captions: Vec<NodeId> = Vec::new();
    let mut link_lists: Vec<NodeId> = Vec::new();
    let mut labelled: Vec<NodeId> = Vec::new();
    let mut last_text = NONE;
    let mut cur = dom.next_in(article, article, false);
    while let Some(n) = cur {
        if !dom.is_element(n) {
            if dom.is_text(n) && !dom.is_blank_text(n) {
                last_text = n;
            }
            cur = dom.next_in(n, article, false);
            continue;
        }
        let tag = dom.tag(n);
        let len = text(n);
        let all_links = len > 0.0 && links(n) >= 0.9 * len;
        let hinted = || is_boilerplate(dom.attr(n, AttrName::Class), dom.attr(n, AttrName::Id));
        let caption_hinted =
            || is_caption_hint(dom.attr(n, AttrName::Class), dom.attr(n, AttrName::Id));
        // A link or a span inside running text ("reverse its position on
        // <a class="meta-loc">Sudan</a> and lift..."): its class names the
        // markup, and dropping it would cut words out of a sentence. Only
        // a small part of a longer paragraph counts.
        let in_prose = || {
            (tag.is(PHRASING) || tag == Tag::A) && {
                let around = text(dom.parent(n));
                around >= 3.0 * len && around >= len + 80.0
            }
        };
        // Far smaller than the article: what a class/id or a credit line
        // says is boilerplate can go without emptying the page.
        let small = len < 0.3 * total && len < 1500.0;
        let short_line = small
            && len > 0.0
            && len < 150.0
            && (matches!(tag, Tag::P | Tag::DIV) || tag.is(HEADING));
        // A list of references or notes (not the whole article): kept
        // apart, as notes.
        if len > 0.0
            && len < 0.5 * total
            && is_reference_list(
                dom.attr(n, AttrName::Class),
                dom.attr(n, AttrName::Id),
                dom.attr(n, AttrName::Role),
            )
        {
            push_with_heading(dom, &mut references, &remove, n, &text);
            cur = dom.next_in(n, article, true);
            continue;
        }
        // A caption or a credit: kept apart, as notes.
        if (small && tag == Tag::FIGCAPTION)
            || (small && tag == Tag::FIGURE && len < 500.0 && !holds_data(dom, n))
            || (short_line && is_credit_line(&inner_text(dom, n)))
            || (small && len < 300.0 && credit_block(dom, n, len))
            || (small && caption_hinted() && !holds_heading(dom, n))
        {
            captions.push(n);
            cur = dom.next_in(n, article, true);
            continue;
        }
        // A row of icon links (share buttons, app badges) and at most a
        // short label ("Share this article:"): no text of the article. A
        // label is one phrase: text with a sentence end inside it is prose
        // that happens to hold empty links (anchors, placeholders).
        let icon_bar = len < 120.0
            && icons(n) >= 2.0
            && !matches!(
                tag,
                Tag::A | Tag::TABLE | Tag::TBODY | Tag::THEAD | Tag::TR | Tag::TD | Tag::TH
            )
            && !has_inner_sentence_end(&inner_text(dom, n));
        // Preformatted text (code, a series of numbers) is never a date
        // or credit line, however many digits it holds.
        let drop = if short_line && is_credit_or_date_line(dom, n) && !holds_pre(dom, n) {
            // Its label, when it stands on a line of its own before it
            // ("Release date:"), goes too.
            labelled.push(n);
            true
        } else if small && (is_toc(dom, n) || (hinted() && !in_prose()) || tag == Tag::ADDRESS) {
            true
        } else if small
            && len < 600.0
            && matches!(tag, Tag::DIV | Tag::SECTION)
            && ends_in_button(dom, n)
        {
            // A box that closes on a button ("Join now", "Subscribe"): a
            // call to action, not the story.
            true
        } else if icon_bar && small {
            // Its lead-in, when the label stands before it, goes too.
            link_lists.push(n);
            true
        } else if matches!(tag, Tag::UL | Tag::OL) && all_links && is_url_list(dom, n) {
            // Links written out as addresses: the article's sources.
            push_with_heading(dom, &mut references, &remove, n, &text);
            cur = dom.next_in(n, article, true);
            continue;
        } else if matches!(tag, Tag::UL | Tag::OL) {
            let list = all_links && dom.element_children(n).count() >= 1;
            if list {
                link_lists.push(n);
            }
            list
        } else if tag == Tag::P || tag.is(HEADING) {
            // Or a label and a link: "See also: <a>...</a>".
            let labelled = || {
                len < 200.0
                    && links(n) >= 0.6 * len
                    && inner_text(dom, n)
                        .split_once(':')
                        .is_some_and(|(label, _)| label.chars().count() <= 25)
            };
            // A heading that links only to a place on the same page (its
            // own anchor, a permalink) heads a section of the article.
            let self_link = || tag.is(HEADING) && links_in_page_only(dom, n);
            let link_block =
                (all_links && len < 120.0 && !self_link()) || (tag == Tag::P && labelled());
            if link_block {
                link_lists.push(n);
            }
            link_block
        } else {
            false
        };
        if drop {
            remove.push(n);
            cur = dom.next_in(n, article, true);
        } else {
            cur = dom.next_in(n, article, false);
        }
    }
    // A closing note set apart in bold or italics ("Sign up for our
    // newsletter", "Watch our channel!", an editor's note): a call to
    // action or a disclaimer, not the story.
    if let Some(p) = closing_note(dom, article, last_text, &text) {
        if !remove.contains(&p) && text(p) < 0.3 * total {
            remove.push(p);
        }
    }
    // The lead-in of a block of links: a heading, or a short paragraph
    // that ends in a colon, just before it ("Read more:").
    for &list in &link_lists {
        let prev = previous_element(dom, list);
        if prev == NONE || remove.contains(&prev) || text(prev) >= 100.0 {
            continue;
        }
        let lead_in = dom.tag(prev).is(HEADING)
            || (dom.tag(prev) == Tag::P && inner_text(dom, prev).ends_with(':'));
        if lead_in {
            remove.push(prev);
        }
    }
    // The label of a dropped line, alone before it: a short line that
    // ends in a colon ("Release date:", "Quelle:").
    for &line in &labelled {
        let prev = previous_element(dom, line);
        if prev != NONE
            && !remove.contains(&prev)
            && text(prev) < 40.0
            && matches!(dom.tag(prev), Tag::P | Tag::DIV | Tag::SPAN)
            && inner_text(dom, prev).trim_end().ends_with(':')
        {
            remove.push(prev);
        }
    }
    // When most of the text would go, the finder chose a container of
    // links (a page of teasers, a site map): keep it whole rather than
    // leave nothing.
    let removed: f32 = remove.iter().chain(&captions).map(|&n| text(n)).sum();
    if removed > 0.7 * total {
        return Notes::NONE;
    }
    for n in remove {
        if dom.parent(n) != NONE {
            dom.detach(n);
        }
    }
    // Reference lists that would leave little of the article (the finder
    // chose a bibliography) stay in it.
    let cited: f32 = references.iter().map(|&n| text(n)).sum();
    if cited > 0.5 * total {
        references.clear();
    }
    Notes {
        references: gather(dom, &references),
        captions: gather(dom, &captions),
    }
}

/// The paragraph that holds `last`, the article's last text, when it is
/// short, all of its text is in bold or italics, and it holds a link or is
/// one sentence that ends in "!" or "?".
fn closing_note(
    dom: &Dom,
    article: NodeId,
    last: NodeId,
    text: &impl Fn(NodeId) -> f32,
) -> Option<NodeId> {
    if last == NONE {
        return None;
    }
    let mut p = dom.parent(last);
    while p != NONE && p != article && dom.tag(p) != Tag::P {
        p = dom.parent(p);
    }
    let len = text(p);
    if p == NONE || p == article || len == 0.0 || len >= 150.0 {
        return None;
    }
    let emphasis = |n: NodeId| matches!(dom.tag(n), Tag::B | Tag::I | Tag::EM | Tag::STRONG);
    let mut stressed = 0.0f32;
    for d in dom.descendants(p) {
        if !dom.is_text(d) {
            continue;
        }
        let mut a = dom.parent(d);
        while a != p && a != NONE && !emphasis(a) {
            a = dom.parent(a);
        }
        if a != p && a != NONE {
            stressed += dom.node(d).len as f32;
        }
    }
    // And it points somewhere or calls out: a link, or one sentence that
    // ends in "!" or "?" (a closing line of several sentences in bold is
    // the author's conclusion).
    let line = inner_text(dom, p);
    let line = line.trim();
    let one_sentence = || {
        !line
            .split_whitespace()
            .rev()
            .skip(1)
            .any(|w| w.ends_with(['.', '!', '?']))
    };
    let calls = dom
        .descendants(p)
        .any(|d| dom.is_element(d) && dom.tag(d) == Tag::A)
        || (line.ends_with(['!', '?']) && one_sentence());
    (stressed >= 0.9 * len && calls).then_some(p)
}

/// The containers of what [`strip`] keeps beside the article.
#[derive(Clone, Copy)]
pub(crate) struct Notes {
    /// Reference lists (`NONE`: none).
    pub(crate) references: NodeId,
    /// Captions and credits (`NONE`: none).
    pub(crate) captions: NodeId,
}

impl Notes {
    pub(crate) const NONE: Notes = Notes {
        references: NONE,
        captions: NONE,
    };
}

/// Moves `nodes` into a new container, in order; `NONE` when there are none.
fn gather(dom: &mut Dom, nodes: &[NodeId]) -> NodeId {
    if nodes.is_empty() {
        return NONE;
    }
    let root = dom.create(Tag::DIV);
    for &n in nodes {
        dom.append(root, n);
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_lines() {
        for t in [
            "Photo: A. Smith",
            "Crédits photos : Agence",
            "Bild: Werk",
            "Source: council",
            "© Harbour Agency",
            "(Credit: A. Smith / Agency)",
            "[Foto: Werk]",
        ] {
            assert!(is_credit_line(t), "{t}");
        }
        for t in [
            "Photography is an art: discuss.",
            "The council said: yes",
            "No colon here",
        ] {
            assert!(!is_credit_line(t), "{t}");
        }
    }

    #[test]
    fn credit_words_and_tails() {
        for w in [
            "Foto",
            "(Photo",
            "Archivfoto",
            "...Archivfoto",
            "Titelbild",
            "crédits",
        ] {
            assert!(is_credit_word(w, false), "{w}");
        }
        for w in ["UniCredit", "Leitbild", "Vorbild", "Quelle", "photograph"] {
            assert!(!is_credit_word(w, false), "{w}");
        }
        assert!(is_credit_word("Quelle", true));
        for t in [
            "The pier at dawn. Photo: Ann Smith/Agency",
            "The pier at dawn (Foto: Agency)",
            "The pier at dawn - Foto: Ann Roe",
            "The pier at dawn ...Archivfoto: ON",
            "abc/ots\nFoto: Ann / Agency",
            "The pier at dawn. Image credit: agency.example",
        ] {
            assert!(has_credit_tail(t), "{t}");
        }
        for t in [
            "Storms grew by a third. Source: Agency",
            "The council said: yes",
            "The pier at dawn. Photo: a long line of words that goes on and on past eight words",
            "07.06.2016: UniCredit: Deutschland",
            "Foto: Ann Smith",
        ] {
            assert!(!has_credit_tail(t), "{t}");
        }
        assert!(has_credit_prefix("featured image: Ann Smith via Agency"));
        assert!(!has_credit_prefix("Primary funding source:"));
        assert!(!has_credit_prefix("Unser Leitbild: Fairness"));
    }

    #[test]
    fn sentence_ends_inside() {
        for t in [
            "The pier is closed. Boats moor in the bay.",
            "码头关闭了。船停在海湾里。",
        ] {
            assert!(has_inner_sentence_end(t), "{t}");
        }
        for t in ["Share this article:", "Follow us!", "码头关闭了。", "Mr. X"] {
            assert!(!has_inner_sentence_end(t), "{t}");
        }
    }

    #[test]
    fn datelines() {
        for t in [
            "24.01.2022 11:38 Category: News",
            "2021-10-16 | Notices",
            "Friday | 14 June 2019 | 15:49 by Ann Roe in Fashion | 0 comments",
            "Monday, 3 June 2024 – 4:05pm",
        ] {
            assert!(is_dateline(t, false), "{t}");
        }
        assert!(is_dateline("Published: 2 February 2022", true));
        for t in [
            "The council met on 24.01.2022 and voted to rebuild the pier.",
            "Published in February",
            "Tickets | Prices | Dates",
            "Opening hours 10:00 to 18:00 every day except on public holidays and Sundays",
        ] {
            assert!(!is_dateline(t, false), "{t}");
        }
    }
}
