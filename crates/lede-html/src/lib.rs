//! The HTML half of [lede](https://example.invalid/lede): a tolerant HTML
//! parser into a small arena tree, and a Readability-style article finder
//! over that tree.
//!
//! Most users want `lede::extract`, which wraps this crate with input
//! checks, errors and byte spans. It is a crate of its own so that the
//! release build can optimize it for speed (`opt-level = 3`: parsing and
//! scoring a large page is a tight loop over every byte and node) while
//! the rest of lede stays optimized for size.
//!
//! # Example
//!
//! ```
//! let dom = lede_html::parse(
//!     "<title>Rain - Daily Planet</title><nav><a href=/>Home</a></nav>\
//!      <article><p>Forecasters expect heavy rain, up to 50 mm, across the region on Tuesday.</p></article>",
//! );
//! let page = lede_html::read(dom);
//! assert_eq!(page.title.as_deref(), Some("Rain - Daily Planet"));
//! assert!(page.text.starts_with("Forecasters expect heavy rain"));
//! assert_eq!(page.blocks.len(), 1);
//! ```
//!
//! The pipeline: a tokenizer (`tokenizer.rs`) feeds a [`Builder`] that
//! applies HTML's error-tolerant tree rules (`dom.rs`); `meta.rs` reads
//! the metadata; `content.rs` finds and cleans the article container;
//! `blocks.rs` flattens it into text. A live browser DOM enters at the
//! [`Builder`] (lede's wasm binding copies it node by node), so both ways
//! in share one algorithm.

#![forbid(unsafe_code)]

mod blocks;
mod boiler;
mod content;
mod dom;
mod entities;
mod hints;
mod html_entities;
mod json;
mod meta;
mod standfirst;
mod tags;
mod tokenizer;

pub use dom::{AttrName, Builder, Dom, MAX_DEPTH, MAX_NODES};
pub use tags::Tag;
pub use tokenizer::{feed_marked, parse, Hidden};

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// A paragraph (also figure captions, table rows, loose text).
    Paragraph,
    /// A heading, with its level (1 for `<h1>` ... 6 for `<h6>`).
    Heading(u8),
    /// An item of a list (`<li>`, `<dt>`, `<dd>`).
    ListItem,
    /// Text inside a `<blockquote>`.
    Quote,
    /// Preformatted text (`<pre>`), white space kept.
    Preformatted,
    /// The standfirst (dek, subtitle) under the headline: what the article
    /// is about in a sentence or two. At most one, usually the first block.
    Standfirst,
}

impl BlockKind {
    /// The kind's name: `"paragraph"`, `"heading"`, `"list-item"`,
    /// `"quote"`, `"preformatted"` or `"standfirst"`.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading(_) => "heading",
            BlockKind::ListItem => "list-item",
            BlockKind::Quote => "quote",
            BlockKind::Preformatted => "preformatted",
            BlockKind::Standfirst => "standfirst",
        }
    }
}

/// What a [`Note`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteKind {
    /// An entry of the article's references, notes or sources (a
    /// footnote, a citation, "Retrieved ..." lines and all).
    Reference,
    /// A caption or a credit of a picture or another figure.
    Caption,
}

impl NoteKind {
    /// The kind's name: `"reference"` or `"caption"`.
    pub fn name(self) -> &'static str {
        match self {
            NoteKind::Reference => "reference",
            NoteKind::Caption => "caption",
        }
    }
}

/// Text that belongs to the article without being its prose: kept beside
/// [`Page::text`], not in it, so that what summarizes or marks the text
/// never picks a citation as a sentence of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// What the note is.
    pub kind: NoteKind,
    /// Its text, white space collapsed as in [`Page::text`].
    pub text: String,
}

/// A block of [`Page::text`]: its kind and its byte range there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// What the block is.
    pub kind: BlockKind,
    /// Byte offset of its start in [`Page::text`].
    pub start: usize,
    /// Byte offset of its end (exclusive).
    pub end: usize,
}

/// What [`read`] finds in a page. Every field but `text` and `blocks` may
/// be missing; `text` is empty when the page has no article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// From JSON-LD or `<meta>` tags, else the document title.
    pub title: Option<String>,
    /// The author(s), from metadata or the byline in the page.
    pub byline: Option<String>,
    /// `og:site_name` or the JSON-LD publisher.
    pub site_name: Option<String>,
    /// When the article was published, as the page gives it.
    pub published_time: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// The text direction of the article or an ancestor.
    pub dir: Option<String>,
    /// A short description: from metadata, else the first paragraph.
    pub excerpt: Option<String>,
    /// The standfirst (dek, subtitle) under the headline, if the page has
    /// one; also a block of `text` (of kind [`BlockKind::Standfirst`],
    /// usually the first).
    pub standfirst: Option<String>,
    /// The article as plain text, its blocks separated by blank lines.
    pub text: String,
    /// The blocks of `text`, in order.
    pub blocks: Vec<Part>,
    /// The article's notes: its captions and credits, then its reference
    /// lists, each in page order, one per block or entry.
    pub notes: Vec<Note>,
    /// The page went past [`MAX_NODES`]: the text of the rest of it was
    /// read without its structure (see [`MAX_NODES`]).
    pub truncated: bool,
}

/// Finds the article in a parsed (or copied) page: metadata, the main
/// content cleaned of boilerplate, and its text. Linear in the size of
/// the tree.
pub fn read(mut dom: Dom) -> Page {
    let truncated = dom.is_truncated();
    let meta = meta::read(&dom);
    content::prepare(&mut dom);
    let found = content::find(&dom, meta.title.as_deref(), meta.byline.is_some());
    let (mut text, mut blocks, byline, dir, notes) = match found {
        Some(f) => {
            let (text, blocks) = blocks::flatten(&f.dom, f.root);
            let mut notes = notes_of(&f.dom, f.notes.captions, NoteKind::Caption);
            notes.extend(notes_of(&f.dom, f.notes.references, NoteKind::Reference));
            (text, blocks, f.byline, f.dir, notes)
        }
        None => (String::new(), Vec::new(), None, None, Vec::new()),
    };
    // A heading with nothing after it heads what was removed (related
    // links, comments): it is not part of the article.
    // So is a short line that ends in a colon ("Read more:").
    while blocks.len() > 1
        && blocks.last().is_some_and(|b| {
            b.end - b.start < 200
                && (matches!(b.kind, BlockKind::Heading(_))
                    || text.get(b.start..b.end).is_some_and(|t| t.ends_with(':')))
        })
    {
        blocks.pop();
        let end = blocks.last().map_or(0, |b| b.end);
        text.truncate(end);
    }
    let keep = trailing_labels(&text, &blocks);
    if keep > 0 && keep < blocks.len() {
        blocks.truncate(keep);
        let end = blocks.last().map_or(0, |b| b.end);
        text.truncate(end);
    }
    let standfirst = if text.is_empty() {
        None
    } else {
        standfirst::find(&dom, meta.title.as_deref(), meta.excerpt.as_deref())
    };
    if let Some(s) = &standfirst {
        mark_standfirst(&mut text, &mut blocks, s);
    }
    let excerpt = meta.excerpt.or_else(|| {
        blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
            // Block text has its white space collapsed but for line breaks.
            .and_then(|b| text.get(b.start..b.end))
            .map(|s| s.replace('\n', " "))
    });
    Page {
        title: meta.title,
        byline: meta.byline.or(byline),
        site_name: meta.site_name,
        published_time: meta.published_time,
        lang: meta.lang,
        dir,
        excerpt,
        standfirst,
        text,
        blocks,
        notes,
        truncated,
    }
}

/// How many blocks to keep when the article ends in a label and a few
/// fragments after it: a heading or a line ending in a colon ("Contact:",
/// "More on this"), then at most eight short lines that are not sentences
/// (a name, a phone number, tags). Such a tail is a contact box or a list
/// of tags, not the article. All the blocks when there is no such tail.
fn trailing_labels(text: &str, blocks: &[Part]) -> usize {
    const SHORT: usize = 60;
    let t = |b: &Part| text.get(b.start..b.end).unwrap_or("");
    let fragment = |b: &Part| {
        let s = t(b).trim_end();
        s.len() < SHORT && !s.ends_with(['.', '!', '?', '\u{3002}'])
    };
    // A few words: "Contact:", "More on this topic".
    let label = |b: &Part| {
        t(b).split_whitespace().count() <= 4
            && (matches!(b.kind, BlockKind::Heading(_)) || t(b).ends_with(':'))
    };
    let tail = blocks.iter().rev().take_while(|b| fragment(b)).count();
    if tail > 9 {
        return blocks.len();
    }
    // The label that opens the tail: the earliest one in it.
    let from = blocks.len() - tail;
    blocks
        .get(from..)
        .and_then(|run| run.iter().position(label))
        .map_or(blocks.len(), |i| from + i)
}

/// The blocks under `root` (none when it is `NONE`) as notes of `kind`.
fn notes_of(dom: &Dom, root: dom::NodeId, kind: NoteKind) -> Vec<Note> {
    if root == dom::NONE {
        return Vec::new();
    }
    let (text, parts) = blocks::flatten(dom, root);
    parts
        .iter()
        .filter_map(|p| text.get(p.start..p.end))
        .map(|t| Note {
            kind,
            text: t.to_string(),
        })
        .collect()
}

/// Makes `standfirst` the first block of the text: the block that holds
/// it among the first few becomes one of kind [`BlockKind::Standfirst`]
/// (and the blocks before it, the headline's neighbours, stay); else it is
/// put in front.
fn mark_standfirst(text: &mut String, blocks: &mut Vec<Part>, standfirst: &str) {
    let same = |b: &Part| {
        text.get(b.start..b.end)
            .is_some_and(|t| t.split_whitespace().eq(standfirst.split_whitespace()))
    };
    if let Some(b) = blocks.iter_mut().take(4).find(|b| same(b)) {
        b.kind = BlockKind::Standfirst;
        return;
    }
    let shift = standfirst.len() + 2;
    text.insert_str(0, "\n\n");
    text.insert_str(0, standfirst);
    for b in blocks.iter_mut() {
        b.start += shift;
        b.end += shift;
    }
    blocks.insert(
        0,
        Part {
            kind: BlockKind::Standfirst,
            start: 0,
            end: standfirst.len(),
        },
    );
}

/// The first eight bytes of `bytes` as a little-endian word (0 when there
/// are fewer): one load, where `copy_from_slice` into an array can stay an
/// out-of-line call.
#[inline]
pub(crate) fn le_u64(bytes: &[u8]) -> u64 {
    bytes
        .first_chunk::<8>()
        .map_or(0, |w| u64::from_le_bytes(*w))
}
