//! A small document tree in an arena, and the builder that makes one from
//! tokens with HTML's error-tolerant rules.
//!
//! Nodes live in one `Vec` and point at each other by index, so walks are
//! loops (never recursion: a page may nest 100,000 elements deep) and a copy
//! of the structure for another extraction attempt is one `memcpy`. Text and
//! attribute values live in a shared [`Store`] that attempts never change.

use std::rc::Rc;

use super::tags::{Tag, DROP, FOREIGN, HEADING, HEAD_CONTENT, PHRASING, SCOPE, VOID};

/// Index of a node in [`Dom::nodes`].
pub(crate) type NodeId = u32;
/// "No node" in the links between nodes.
pub(crate) const NONE: NodeId = u32::MAX;

/// Elements nest at most this deep; deeper start tags are dropped (their
/// text is kept, in the deepest element).
pub const MAX_DEPTH: usize = 512;

/// A page's structure is read up to this many nodes (elements and text
/// runs). Real pages hold a few thousand (the largest of readability-dev
/// about 20,000); the cap bounds the memory and time of every later pass
/// on markup made to be huge (a million unclosed tags). Past it no text is
/// lost: the rest of the page's text goes, without its structure, into
/// one element at the end of the body (block boundaries become line
/// breaks, scripts and styles are still left out), and
/// [`Dom::is_truncated`] says so.
pub const MAX_NODES: usize = 1 << 20;

/// The attributes the extractor reads; others are not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrName {
    Class,
    Id,
    Style,
    Hidden,
    AriaHidden,
    AriaModal,
    Role,
    Rel,
    Itemprop,
    Href,
    Name,
    Property,
    Content,
    Type,
    Lang,
    Dir,
    Summary,
    Datatable,
}

impl AttrName {
    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// The kept attribute named `name` (lower case), if any.
    pub fn from_name(name: &str) -> Option<AttrName> {
        Some(match name {
            "class" => AttrName::Class,
            "id" => AttrName::Id,
            "style" => AttrName::Style,
            "hidden" => AttrName::Hidden,
            "aria-hidden" => AttrName::AriaHidden,
            "aria-modal" => AttrName::AriaModal,
            "role" => AttrName::Role,
            "rel" => AttrName::Rel,
            "itemprop" => AttrName::Itemprop,
            "href" => AttrName::Href,
            "name" => AttrName::Name,
            "property" => AttrName::Property,
            "content" => AttrName::Content,
            "type" => AttrName::Type,
            "lang" => AttrName::Lang,
            "dir" => AttrName::Dir,
            "summary" => AttrName::Summary,
            "datatable" => AttrName::Datatable,
            _ => return None,
        })
    }
}

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Document,
    Element,
    Text,
}

/// One node: links to its relatives, and what it holds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node {
    pub(crate) parent: NodeId,
    pub(crate) first: NodeId,
    pub(crate) last: NodeId,
    pub(crate) prev: NodeId,
    pub(crate) next: NodeId,
    pub(crate) kind: Kind,
    pub(crate) tag: Tag,
    /// Text: byte range in [`Store::text`]. Element: range in [`Store::attrs`].
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Text: characters with runs of white space counted as one.
    pub(crate) len: u32,
    /// Text: commas (of any script).
    pub(crate) commas: u32,
    /// Text: ASCII commas.
    pub(crate) ascii_commas: u32,
    /// Element: one bit per [`AttrName`] it has, so that most lookups end
    /// without a scan.
    pub(crate) attr_mask: u32,
    /// Text: white space inside it is only single spaces between words (at
    /// its ends, anything), so collapsing it is trimming it.
    pub(crate) simple: bool,
    /// Text: only white space (or nothing).
    pub(crate) blank: bool,
}

impl Node {
    const fn new(kind: Kind, tag: Tag, start: u32, end: u32) -> Node {
        Node {
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
            kind,
            tag,
            start,
            end,
            len: 0,
            commas: 0,
            ascii_commas: 0,
            attr_mask: 0,
            simple: false,
            blank: true,
        }
    }
}

/// What [`Dom::node`] returns for [`NONE`].
static NO_NODE: Node = Node::new(Kind::Document, Tag(u16::MAX), 0, 0);

/// Text and attribute values, shared by every copy of a tree.
#[derive(Debug, Default)]
pub(crate) struct Store {
    pub(crate) text: String,
    pub(crate) attrs: Vec<(AttrName, u32, u32)>,
}

/// A document tree.
#[derive(Debug, Clone)]
pub struct Dom {
    pub(crate) nodes: Vec<Node>,
    pub(crate) store: Rc<Store>,
    pub(crate) html: NodeId,
    #[allow(dead_code)]
    pub(crate) head: NodeId,
    pub(crate) body: NodeId,
    /// Whether the page went past [`MAX_NODES`].
    pub(crate) truncated: bool,
}

impl Dom {
    /// Whether the page went past [`MAX_NODES`]: the text of the rest of
    /// it was kept, without its structure.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl Dom {
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        // Ids come from this arena; `NONE` (and an out-of-range id, which
        // would be a bug) reads as a detached empty node: no panic path.
        self.nodes.get(id as usize).unwrap_or(&NO_NODE)
    }

    fn node_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(id as usize)
    }

    pub(crate) fn tag(&self, id: NodeId) -> Tag {
        self.node(id).tag
    }

    pub(crate) fn is_element(&self, id: NodeId) -> bool {
        self.node(id).kind == Kind::Element
    }

    pub(crate) fn is_text(&self, id: NodeId) -> bool {
        self.node(id).kind == Kind::Text
    }

    pub(crate) fn parent(&self, id: NodeId) -> NodeId {
        self.node(id).parent
    }

    /// True for a text node of white space only (or none).
    pub(crate) fn is_blank_text(&self, id: NodeId) -> bool {
        let n = self.node(id);
        n.kind == Kind::Text && n.blank
    }

    /// The text of a text node (`""` for others).
    pub(crate) fn text(&self, id: NodeId) -> &str {
        let n = self.node(id);
        if n.kind != Kind::Text {
            return "";
        }
        self.store
            .text
            .get(n.start as usize..n.end as usize)
            .unwrap_or("")
    }

    /// The value of attribute `name` of an element.
    pub(crate) fn attr(&self, id: NodeId, name: AttrName) -> Option<&str> {
        let n = self.node(id);
        if n.kind != Kind::Element || n.attr_mask & name.bit() == 0 {
            return None;
        }
        let attrs = self.store.attrs.get(n.start as usize..n.end as usize)?;
        let &(_, s, e) = attrs.iter().find(|(a, _, _)| *a == name)?;
        self.store.text.get(s as usize..e as usize)
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.node(id).first,
        }
    }

    /// The element children of `id`.
    pub(crate) fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.is_element(c))
    }

    /// The node after `id` in document order within the subtree of `root`,
    /// skipping the children of `id` when `skip_children`.
    pub(crate) fn next_in(&self, id: NodeId, root: NodeId, skip_children: bool) -> Option<NodeId> {
        let n = self.node(id);
        if !skip_children && n.first != NONE {
            return Some(n.first);
        }
        let mut cur = id;
        loop {
            if cur == root {
                return None;
            }
            let c = self.node(cur);
            if c.next != NONE {
                return Some(c.next);
            }
            cur = c.parent;
            if cur == NONE {
                return None;
            }
        }
    }

    /// Every node of the subtree of `root` (itself included), in document order.
    pub(crate) fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root,
            next: Some(root),
        }
    }

    /// True when `ancestor` is `id` or one of its ancestors.
    pub(crate) fn contains(&self, ancestor: NodeId, id: NodeId) -> bool {
        let mut cur = id;
        while cur != NONE {
            if cur == ancestor {
                return true;
            }
            cur = self.node(cur).parent;
        }
        false
    }

    /// Unlinks `id` (and its subtree) from its parent.
    pub(crate) fn detach(&mut self, id: NodeId) {
        let Some(&n) = self.nodes.get(id as usize) else {
            return;
        };
        if n.prev != NONE {
            if let Some(p) = self.node_mut(n.prev) {
                p.next = n.next;
            }
        } else if let Some(p) = self.node_mut(n.parent) {
            p.first = n.next;
        }
        if n.next != NONE {
            if let Some(x) = self.node_mut(n.next) {
                x.prev = n.prev;
            }
        } else if let Some(p) = self.node_mut(n.parent) {
            p.last = n.prev;
        }
        if let Some(x) = self.node_mut(id) {
            x.parent = NONE;
            x.prev = NONE;
            x.next = NONE;
        }
    }

    /// Appends `id` (detached first) as the last child of `parent`.
    pub(crate) fn append(&mut self, parent: NodeId, id: NodeId) {
        self.detach(id);
        let Some(p) = self.nodes.get(parent as usize).copied() else {
            return;
        };
        if let Some(x) = self.node_mut(id) {
            x.parent = parent;
            x.prev = p.last;
        }
        if p.last != NONE {
            if let Some(l) = self.node_mut(p.last) {
                l.next = id;
            }
        } else if let Some(p) = self.node_mut(parent) {
            p.first = id;
        }
        if let Some(p) = self.node_mut(parent) {
            p.last = id;
        }
    }

    /// Puts `id` (detached first) in the place of `old`, which is detached.
    pub(crate) fn replace(&mut self, old: NodeId, id: NodeId) {
        if old == id {
            return;
        }
        self.detach(id);
        let Some(o) = self.nodes.get(old as usize).copied() else {
            return;
        };
        if o.parent == NONE {
            return;
        }
        if let Some(x) = self.node_mut(id) {
            x.parent = o.parent;
            x.prev = o.prev;
            x.next = o.next;
        }
        match self.node_mut(o.prev) {
            Some(p) => p.next = id,
            None => {
                if let Some(p) = self.node_mut(o.parent) {
                    p.first = id;
                }
            }
        }
        match self.node_mut(o.next) {
            Some(n) => n.prev = id,
            None => {
                if let Some(p) = self.node_mut(o.parent) {
                    p.last = id;
                }
            }
        }
        if let Some(x) = self.node_mut(old) {
            x.parent = NONE;
            x.prev = NONE;
            x.next = NONE;
        }
    }

    /// A new element without attributes or parent.
    pub(crate) fn create(&mut self, tag: Tag) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node::new(Kind::Element, tag, 0, 0));
        id
    }

    /// Renames an element (Readability-style `div` → `p`), keeping its
    /// attributes and children.
    pub(crate) fn set_tag(&mut self, id: NodeId, tag: Tag) {
        if let Some(n) = self.node_mut(id) {
            if n.kind == Kind::Element {
                n.tag = tag;
            }
        }
    }
}

/// Iterator over the children of a node; see [`Dom::children`].
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        self.next = self.dom.node(id).next;
        Some(id)
    }
}

/// Iterator over a subtree in document order; see [`Dom::descendants`].
pub(crate) struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.next_in(id, self.root, false);
        Some(id)
    }
}

/// Commas of the scripts Readability counts: Latin, Arabic, CJK and others.
pub(crate) fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
    )
}

/// Byte classes for the text scanners: most bytes are 0 (an ordinary
/// character, or part of one).
const WS: u8 = 1;
const COMMA: u8 = 2;
const CONT: u8 = 4;
/// Lead bytes of the only non-ASCII characters that can be white space
/// (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) or a comma (U+060C,
/// U+2E3x/U+2E41, U+FExx/U+FF0C): those are decoded.
const LEAD: u8 = 8;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b' ' as usize] = WS;
    t[b'\t' as usize] = WS;
    t[b'\n' as usize] = WS;
    t[b'\r' as usize] = WS;
    t[0x0B] = WS;
    t[0x0C] = WS;
    t[b',' as usize] = COMMA;
    let mut i = 0x80;
    while i < 0xC0 {
        t[i] = CONT;
        i += 1;
    }
    t[0xC2] = LEAD;
    t[0xD8] = LEAD;
    t[0xE1] = LEAD;
    t[0xE2] = LEAD;
    t[0xE3] = LEAD;
    t[0xEF] = LEAD;
    t
};

/// The white space character at byte `i` of `s`, as its length in bytes (0: not white space).
#[inline]
pub(crate) fn space_at(s: &str, i: usize) -> usize {
    let Some(&b) = s.as_bytes().get(i) else {
        return 0;
    };
    match CLASS[usize::from(b)] {
        WS => 1,
        LEAD => match s.get(i..).and_then(|r| r.chars().next()) {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// The runs of `s` between white space other than single spaces, each with
/// whether white space came before it; trailing white space gives a last,
/// empty run. Joining the runs with single spaces collapses the white space
/// of `s`. A byte scan (only a few lead bytes need decoding) that leaves
/// ordinary prose in long runs, copied whole.
pub(crate) struct Runs<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Runs<'a> {
    pub(crate) fn new(s: &'a str) -> Runs<'a> {
        Runs { s, i: 0 }
    }
}

impl<'a> Iterator for Runs<'a> {
    type Item = (bool, &'a str);

    fn next(&mut self) -> Option<(bool, &'a str)> {
        let bytes = self.s.as_bytes();
        let from = self.i;
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            let w = match CLASS[usize::from(b)] {
                WS => 1,
                LEAD => space_at(self.s, i),
                _ => 0,
            };
            if w == 0 {
                break;
            }
            i += w;
        }
        let space = i > from;
        if i >= bytes.len() {
            self.i = bytes.len();
            return space.then_some((true, ""));
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            match CLASS[usize::from(b)] {
                // A single space between two words stays inside the run.
                WS if b == b' '
                    && bytes
                        .get(i + 1)
                        .is_some_and(|&n| CLASS[usize::from(n)] & (WS | LEAD) == 0) =>
                {
                    i += 1
                }
                WS => break,
                LEAD if space_at(self.s, i) > 0 => break,
                _ => i += 1,
            }
        }
        self.i = i;
        Some((space, self.s.get(start..i).unwrap_or("")))
    }
}

/// One pass over a text node: its [`normalized_len`], its commas of any
/// script, its ASCII commas, whether it is [`Node::simple`] and whether it
/// is [`Node::blank`]. Eight
/// bytes at a time where they are ASCII with at most lone spaces, byte by
/// byte elsewhere.
fn measure(s: &str) -> (u32, u32, u32, bool, bool) {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    /// High bit of each byte of `v` that is zero.
    fn zeros(v: u64) -> u64 {
        !(((v & !H) + !H) | v | !H)
    }
    /// High bit of each (ASCII) byte of `v` that is at least `k`.
    fn at_least(v: u64, k: u8) -> u64 {
        v.wrapping_add(L * u64::from(0x80 - k)) & H
    }
    let bytes = s.as_bytes();
    let (mut len, mut commas, mut ascii_commas) = (0u32, 0u32, 0u32);
    // The white space run being read: its length, whether it is one plain
    // space, and whether a word came before it.
    let (mut run, mut plain, mut seen_word, mut simple) = (0u32, true, false, true);
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let v = crate::le_u64(chunk);
            let spaces = zeros(v ^ (L * 0x20));
            let controls = at_least(v, 0x09) & !at_least(v, 0x0E);
            let comma = zeros(v ^ (L * 0x2C));
            // Eight bytes of ASCII white space (indentation, mostly): they
            // start or extend a run, which is then not a single space.
            if v & H == 0 && (spaces | controls) == H {
                if run == 0 {
                    len += 1;
                }
                run += 8;
                plain = false;
                i += 8;
                continue;
            }
            // Every byte ASCII, no tab or line break, no two spaces in a
            // row (nor a space after the run before): count in one go.
            let pairs = spaces & ((spaces << 8) | u64::from(run > 0) << 7);
            if v & H == 0 && controls == 0 && pairs == 0 {
                let n_spaces = spaces.count_ones();
                if n_spaces < 8 {
                    if run > 0 {
                        // The run before ends at the first byte.
                        simple &= !seen_word || plain;
                    }
                    seen_word = true;
                }
                len += 8;
                let c = comma.count_ones();
                commas += c;
                ascii_commas += c;
                run = u32::from(spaces >> 63 != 0);
                plain = true;
                i += 8;
                continue;
            }
        }
        // Byte by byte to the end of this block of eight, then try again.
        let end = (i + 8).min(bytes.len());
        while i < end {
            let Some(&b) = bytes.get(i) else { break };
            let class = CLASS[usize::from(b)];
            let (ws, comma) = match class {
                0 => (false, false),
                WS => (true, false),
                COMMA => {
                    ascii_commas += 1;
                    (false, true)
                }
                CONT => {
                    i += 1;
                    continue;
                }
                _ => {
                    let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or('x');
                    (c.is_whitespace(), is_comma(c))
                }
            };
            if ws {
                if run == 0 {
                    len += 1;
                    plain = b == b' ';
                } else {
                    plain = false;
                }
                run += 1;
            } else {
                if run > 0 {
                    simple &= !seen_word || (run == 1 && plain);
                    run = 0;
                }
                seen_word = true;
                len += 1;
            }
            commas += u32::from(comma);
            i += 1;
        }
    }
    (len, commas, ascii_commas, simple, !seen_word)
}

/// Characters of `s`, with each run of white space counted as one.
#[cfg(test)]
pub(crate) fn normalized_len(s: &str) -> u32 {
    let mut n = 0u32;
    let mut space = false;
    for c in s.chars() {
        let ws = c.is_whitespace();
        if !(ws && space) {
            n = n.saturating_add(1);
        }
        space = ws;
    }
    n
}

/// Numbers for element names the tag table does not know: an open
/// addressing hash table (FNV-1a, linear probing), far smaller in wasm than
/// `std`'s `HashMap`.
#[derive(Default)]
struct Interner {
    names: Vec<Box<str>>,
    /// Indices into `names` plus one (0: empty slot); a power of two long.
    slots: Vec<u32>,
}

impl Interner {
    fn hash(name: &str) -> usize {
        name.bytes().fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        }) as usize
    }

    /// The number of `name`, giving it the next one if new.
    fn intern(&mut self, name: &str) -> usize {
        if self.slots.len() < 2 * (self.names.len() + 1) {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut slot = Self::hash(name) & mask;
        loop {
            match self.slots.get(slot).copied().unwrap_or(0) {
                0 => break,
                i if self.names.get(i as usize - 1).is_some_and(|n| &**n == name) => {
                    return i as usize - 1
                }
                _ => slot = (slot + 1) & mask,
            }
        }
        self.names.push(name.into());
        if let Some(s) = self.slots.get_mut(slot) {
            *s = self.names.len() as u32;
        }
        self.names.len() - 1
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![0; size];
        for (i, name) in self.names.iter().enumerate() {
            let mut slot = Self::hash(name) & (size - 1);
            while self.slots.get(slot).is_some_and(|&s| s != 0) {
                slot = (slot + 1) & (size - 1);
            }
            if let Some(s) = self.slots.get_mut(slot) {
                *s = i as u32 + 1;
            }
        }
    }
}

/// What else bounds the search for an open element.
#[derive(Clone, Copy)]
enum Fence {
    None,
    Lists,
    Dls,
}

/// Builds a [`Dom`] from start tags, end tags and text, applying HTML's
/// rules for omitted end tags (`<p>`, `<li>`, `<td>`...), void elements,
/// misnested end tags and `head`/`body` placement. It does not implement the
/// full HTML5 tree construction algorithm (no adoption agency, no foster
/// parenting); the result is close to a browser's for the content an
/// article lives in.
pub struct Builder {
    nodes: Vec<Node>,
    store: Store,
    html: NodeId,
    head: NodeId,
    body: NodeId,
    /// Open elements, innermost last.
    stack: Vec<NodeId>,
    /// For each tag id, the stack positions where it is open.
    open: Vec<Vec<u32>>,
    /// Stack positions of scope boundaries, lists, `dl`s and tables.
    scopes: Vec<u32>,
    lists: Vec<u32>,
    dls: Vec<u32>,
    tables: Vec<u32>,
    /// How many `svg`/`math` elements are open.
    foreign: u32,
    /// Start tags dropped past [`MAX_DEPTH`], per tag id, to swallow their end tags.
    skipped: Vec<u32>,
    /// Past [`MAX_NODES`]: the element that takes the rest of the text.
    overflow: NodeId,
    /// Past [`MAX_NODES`], inside an element whose content is dropped
    /// (a script, a style): its tag.
    overflow_drop: Option<Tag>,
    /// Past [`MAX_NODES`], elements [`Builder::open`] entered in a dropped
    /// element (itself included), which [`Builder::close`] leaves.
    overflow_open: u32,
    names: Interner,
    /// Index in `store.attrs` where the attributes of the next start tag begin.
    attrs_from: usize,
}

impl Builder {
    pub fn new(capacity: usize) -> Builder {
        let mut b = Builder {
            nodes: Vec::with_capacity(capacity / 40 + 16),
            store: Store {
                text: String::with_capacity(capacity / 2),
                attrs: Vec::new(),
            },
            html: 1,
            head: NONE,
            body: NONE,
            stack: Vec::new(),
            open: vec![Vec::new(); Tag::KNOWN],
            scopes: Vec::new(),
            lists: Vec::new(),
            dls: Vec::new(),
            tables: Vec::new(),
            foreign: 0,
            skipped: Vec::new(),
            overflow: NONE,
            overflow_drop: None,
            overflow_open: 0,
            names: Interner::default(),
            attrs_from: 0,
        };
        b.nodes.push(Node::new(Kind::Document, Tag(u16::MAX), 0, 0));
        b.nodes.push(Node::new(Kind::Element, Tag::HTML, 0, 0));
        b.link(0, 1);
        b.push(1);
        b
    }

    /// The tag for a lower-case element name, interning unknown names.
    pub fn tag_for(&mut self, name: &str) -> Tag {
        if let Some(t) = Tag::known(name) {
            return t;
        }
        // Past 65,000 distinct names, the rest share one id.
        let id = self
            .names
            .intern(name)
            .min(usize::from(u16::MAX - 1) - Tag::KNOWN);
        Tag((Tag::KNOWN + id) as u16)
    }

    /// Bytes of text and attribute values held so far.
    pub fn stored_bytes(&self) -> usize {
        self.store.text.len()
    }

    /// Adds an attribute for the next start tag. `write` appends its value
    /// to the buffer it is given.
    pub fn attr(&mut self, name: AttrName, write: impl FnOnce(&mut String)) {
        // Past the node cap no element is made: its attributes go unread.
        if self.nodes.len() >= MAX_NODES {
            return;
        }
        let start = self.store.text.len();
        write(&mut self.store.text);
        let end = self.store.text.len();
        // A repeated attribute keeps its first value, as in HTML.
        if !self.store.attrs[self.attrs_from..]
            .iter()
            .any(|(a, _, _)| *a == name)
        {
            self.store.attrs.push((name, start as u32, end as u32));
        }
    }

    fn take_attrs(&mut self) -> (u32, u32) {
        let range = (self.attrs_from as u32, self.store.attrs.len() as u32);
        self.attrs_from = self.store.attrs.len();
        range
    }

    fn link(&mut self, parent: NodeId, id: NodeId) {
        let last = self.nodes[parent as usize].last;
        self.nodes[id as usize].parent = parent;
        self.nodes[id as usize].prev = last;
        if last == NONE {
            self.nodes[parent as usize].first = id;
        } else {
            self.nodes[last as usize].next = id;
        }
        self.nodes[parent as usize].last = id;
    }

    fn current(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(self.html)
    }

    fn current_tag(&self) -> Tag {
        self.nodes[self.current() as usize].tag
    }

    fn open_list(&mut self, tag: Tag) -> &mut Vec<u32> {
        let i = usize::from(tag.0);
        if i >= self.open.len() {
            self.open.resize_with(i + 1, Vec::new);
        }
        &mut self.open[i]
    }

    fn push(&mut self, id: NodeId) {
        let pos = self.stack.len() as u32;
        let tag = self.nodes[id as usize].tag;
        self.open_list(tag).push(pos);
        if tag.is(SCOPE) {
            self.scopes.push(pos);
        }
        match tag {
            Tag::UL | Tag::OL => self.lists.push(pos),
            Tag::DL => self.dls.push(pos),
            Tag::TABLE => self.tables.push(pos),
            _ => {}
        }
        if tag.is(FOREIGN) {
            self.foreign += 1;
        }
        self.stack.push(id);
    }

    fn pop(&mut self) {
        // The root `html` element is never popped.
        if self.stack.len() <= 1 {
            return;
        }
        let Some(id) = self.stack.pop() else { return };
        let tag = self.nodes[id as usize].tag;
        self.open_list(tag).pop();
        if tag.is(SCOPE) {
            self.scopes.pop();
        }
        match tag {
            Tag::UL | Tag::OL => {
                self.lists.pop();
            }
            Tag::DL => {
                self.dls.pop();
            }
            Tag::TABLE => {
                self.tables.pop();
            }
            _ => {}
        }
        if tag.is(FOREIGN) {
            self.foreign = self.foreign.saturating_sub(1);
        }
    }

    fn pop_to(&mut self, pos: u32) {
        while self.stack.len() > (pos as usize).max(1) {
            self.pop();
        }
    }

    /// The innermost open position of `tag`.
    fn top_of(&self, tag: Tag) -> Option<u32> {
        self.open
            .get(usize::from(tag.0))
            .and_then(|v| v.last().copied())
    }

    /// The innermost open `tag` when it is in scope: no scope element (and
    /// no element of `fence`) was opened after it.
    fn in_scope(&self, tag: Tag, fence: Fence) -> Option<u32> {
        let pos = self.top_of(tag)?;
        let fence = match fence {
            Fence::None => None,
            Fence::Lists => self.lists.last(),
            Fence::Dls => self.dls.last(),
        };
        if self.scopes.last().is_some_and(|&s| s > pos) || fence.is_some_and(|&f| f > pos) {
            return None;
        }
        Some(pos)
    }

    fn close_in_scope(&mut self, tag: Tag, fence: Fence) {
        if let Some(pos) = self.in_scope(tag, fence) {
            self.pop_to(pos);
        }
    }

    fn ensure_body(&mut self) {
        if self.current() == self.head {
            self.pop();
        }
        if self.body == NONE {
            let id = self.nodes.len() as NodeId;
            self.nodes.push(Node::new(Kind::Element, Tag::BODY, 0, 0));
            self.link(self.html, id);
            self.body = id;
            self.pop_to(1);
            self.push(id);
        }
    }

    /// Gives `id` the attributes `range` unless it already has some.
    fn merge_attrs(&mut self, id: NodeId, range: (u32, u32)) {
        let mask = self.mask_of(range);
        let n = &mut self.nodes[id as usize];
        if n.start == n.end {
            n.start = range.0;
            n.end = range.1;
            n.attr_mask = mask;
        }
    }

    fn mask_of(&self, range: (u32, u32)) -> u32 {
        let attrs = self
            .store
            .attrs
            .get(range.0 as usize..range.1 as usize)
            .unwrap_or(&[]);
        attrs.iter().fold(0, |m, (a, _, _)| m | a.bit())
    }

    /// Whether the tree is past [`MAX_NODES`]. The first time, it makes
    /// the element (a `div` at the end of the body) that takes the rest of
    /// the page's text.
    fn overflowing(&mut self) -> bool {
        if self.overflow != NONE {
            return true;
        }
        if self.nodes.len() < MAX_NODES {
            return false;
        }
        if self.body == NONE {
            self.ensure_body();
        }
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node::new(Kind::Element, Tag::DIV, 0, 0));
        self.link(self.body, id);
        self.overflow = id;
        true
    }

    /// A start or end tag past [`MAX_NODES`]: no element, but the content
    /// of a dropped element (script, style...) stays out, and the boundary
    /// of a block (or a `<br>`) keeps the words on either side apart.
    fn overflow_tag(&mut self, tag: Tag, start: bool) {
        if let Some(t) = self.overflow_drop {
            if !start && t == tag {
                self.overflow_drop = None;
            }
            return;
        }
        if start && tag.is(DROP) && !tag.is(VOID) {
            self.overflow_drop = Some(tag);
            return;
        }
        if (!tag.is(PHRASING) || tag == Tag::BR) && !self.store.text.ends_with('\n') {
            self.text(|buf| buf.push('\n'));
        }
    }

    /// A start tag, after its attributes were given with [`Builder::attr`].
    pub fn start_tag(&mut self, tag: Tag, self_closing: bool) {
        if self.overflowing() {
            return self.overflow_tag(tag, true);
        }
        let attrs = self.take_attrs();
        match tag {
            Tag::HTML => return self.merge_attrs(self.html, attrs),
            Tag::HEAD => {
                if self.head == NONE && self.body == NONE {
                    let id = self.new_element(Tag::HEAD, attrs);
                    self.head = id;
                    self.push(id);
                }
                return;
            }
            Tag::BODY => {
                self.ensure_body();
                return self.merge_attrs(self.body, attrs);
            }
            _ => {}
        }
        if self.body == NONE {
            if !tag.is(HEAD_CONTENT) {
                self.ensure_body();
            } else if self.head == NONE {
                let id = self.new_element(Tag::HEAD, (0, 0));
                self.head = id;
                self.push(id);
            }
        }
        self.close_implied(tag);
        let id = self.new_element(tag, attrs);
        let void = tag.is(VOID) || (self_closing && (self.foreign > 0 || tag.is(FOREIGN)));
        if void {
            return;
        }
        if self.stack.len() >= MAX_DEPTH {
            // Too deep: the element is kept, empty, and its content goes to
            // the current element.
            let i = usize::from(tag.0);
            if i >= self.skipped.len() {
                self.skipped.resize(i + 1, 0);
            }
            self.skipped[i] += 1;
            return;
        }
        self.push(id);
    }

    fn new_element(&mut self, tag: Tag, attrs: (u32, u32)) -> NodeId {
        let id = self.nodes.len() as NodeId;
        let mut node = Node::new(Kind::Element, tag, attrs.0, attrs.1);
        node.attr_mask = self.mask_of(attrs);
        self.nodes.push(node);
        let parent = self.current();
        self.link(parent, id);
        id
    }

    /// Closes what a start tag of `tag` implicitly ends.
    fn close_implied(&mut self, tag: Tag) {
        use super::tags::CLOSES_P;
        if self.foreign > 0 {
            return;
        }
        if tag.is(CLOSES_P) {
            self.close_in_scope(Tag::P, Fence::None);
        }
        if tag.is(HEADING) && self.current_tag().is(HEADING) {
            self.pop();
        }
        match tag {
            Tag::LI => self.close_in_scope(Tag::LI, Fence::Lists),
            Tag::DD | Tag::DT => {
                let dd = self.in_scope(Tag::DD, Fence::Dls);
                let dt = self.in_scope(Tag::DT, Fence::Dls);
                if let Some(pos) = dd.max(dt) {
                    self.pop_to(pos);
                }
            }
            Tag::TD | Tag::TH | Tag::TR | Tag::THEAD | Tag::TBODY | Tag::TFOOT => {
                let fence = self.tables.last().copied().unwrap_or(0);
                let mut closers = vec![Tag::TD, Tag::TH];
                if tag != Tag::TD && tag != Tag::TH {
                    closers.push(Tag::TR);
                }
                if matches!(tag, Tag::THEAD | Tag::TBODY | Tag::TFOOT) {
                    closers.extend([Tag::THEAD, Tag::TBODY, Tag::TFOOT]);
                }
                let pos = closers
                    .iter()
                    .filter_map(|&t| self.top_of(t))
                    .filter(|&p| p > fence)
                    .min();
                if let Some(pos) = pos {
                    self.pop_to(pos);
                }
            }
            Tag::OPTION if self.current_tag() == Tag::OPTION => self.pop(),
            Tag::OPTGROUP => {
                if self.current_tag() == Tag::OPTION {
                    self.pop();
                }
                if self.current_tag() == Tag::OPTGROUP {
                    self.pop();
                }
            }
            Tag::A => self.close_in_scope(Tag::A, Fence::None),
            _ => {}
        }
    }

    /// Opens an element exactly where it is, without HTML's implied end
    /// tags: for copying a live DOM. Returns whether it was pushed (false
    /// for void elements and past [`MAX_DEPTH`]); call [`Builder::close`]
    /// only then. `<html>`, `<head>` and `<body>` merge into the tree's own
    /// (a live page read from its body gives one body, not a body inside
    /// the body, which would score as one container holding the page).
    pub fn open(&mut self, tag: Tag) -> bool {
        if self.overflowing() {
            if tag.is(VOID) {
                self.overflow_tag(tag, true);
                return false;
            }
            if self.overflow_open > 0 || tag.is(DROP) {
                self.overflow_open += 1;
                return true;
            }
            self.overflow_tag(tag, true);
            return false;
        }
        if matches!(tag, Tag::HTML | Tag::HEAD | Tag::BODY) {
            self.start_tag(tag, false);
            return false;
        }
        let attrs = self.take_attrs();
        if self.body == NONE {
            self.ensure_body();
        }
        let id = self.new_element(tag, attrs);
        if tag.is(VOID) || self.stack.len() >= MAX_DEPTH {
            return false;
        }
        self.push(id);
        true
    }

    /// Closes the element [`Builder::open`] pushed last.
    pub fn close(&mut self) {
        if self.overflow_open > 0 {
            self.overflow_open -= 1;
            return;
        }
        self.pop();
    }

    /// An end tag.
    pub fn end_tag(&mut self, tag: Tag) {
        if self.overflowing() {
            return self.overflow_tag(tag, false);
        }
        if let Some(n) = self.skipped.get_mut(usize::from(tag.0)).filter(|n| **n > 0) {
            *n -= 1;
            return;
        }
        match tag {
            Tag::HTML | Tag::BODY => {}
            Tag::HEAD => {
                if self.current() == self.head && self.head != NONE {
                    self.pop();
                }
            }
            Tag::BR => {
                self.take_attrs();
                self.start_tag(Tag::BR, false);
            }
            Tag::LI => self.close_in_scope(Tag::LI, Fence::Lists),
            Tag::DD | Tag::DT => self.close_in_scope(tag, Fence::Dls),
            _ => self.close_in_scope(tag, Fence::None),
        }
    }

    /// Text content; `write` appends it (decoded) to the buffer it is given.
    pub fn text(&mut self, write: impl FnOnce(&mut String)) {
        let start = self.store.text.len();
        write(&mut self.store.text);
        let end = self.store.text.len();
        if end == start {
            return;
        }
        if self.overflowing() {
            if self.overflow_drop.is_some() || self.overflow_open > 0 {
                self.store.text.truncate(start);
                return;
            }
            // One text node: nothing but text is stored past the cap, so
            // each run follows the last.
            let last = self.nodes[self.overflow as usize].last;
            if last != NONE && self.nodes[last as usize].end as usize == start {
                self.nodes[last as usize].end = end as u32;
            } else {
                let id = self.nodes.len() as NodeId;
                self.nodes.push(Node::new(
                    Kind::Text,
                    Tag(u16::MAX),
                    start as u32,
                    end as u32,
                ));
                self.link(self.overflow, id);
            }
            return;
        }
        let tag = self.current_tag();
        let keep = if tag.is(DROP) {
            self.keeps_text()
        } else if self.body == NONE {
            let blank = self.store.text[start..]
                .bytes()
                .all(|b| b.is_ascii_whitespace());
            if !blank {
                self.ensure_body();
            }
            !blank
        } else {
            true
        };
        if !keep {
            self.store.text.truncate(start);
            return;
        }
        let cur = self.current();
        let last = self.nodes[cur as usize].last;
        if last != NONE
            && self.nodes[last as usize].kind == Kind::Text
            && self.nodes[last as usize].end as usize == start
        {
            self.nodes[last as usize].end = end as u32;
            return;
        }
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node::new(
            Kind::Text,
            Tag(u16::MAX),
            start as u32,
            end as u32,
        ));
        self.link(cur, id);
    }

    fn is_json_ld(&self, id: NodeId) -> bool {
        let n = &self.nodes[id as usize];
        let attrs = self
            .store
            .attrs
            .get(n.start as usize..n.end as usize)
            .unwrap_or(&[]);
        attrs.iter().any(|&(a, s, e)| {
            a == AttrName::Type
                && self
                    .store
                    .text
                    .get(s as usize..e as usize)
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
    }

    /// Whether text given now would be kept: the content of scripts and
    /// styles is skipped, except JSON-LD metadata and the title.
    pub fn keeps_text(&self) -> bool {
        if self.overflow != NONE {
            return self.overflow_drop.is_none() && self.overflow_open == 0;
        }
        let tag = self.current_tag();
        !tag.is(DROP)
            || tag == Tag::TITLE
            || (tag == Tag::SCRIPT && self.is_json_ld(self.current()))
    }

    /// True once the tree holds [`MAX_NODES`] nodes: tags given from then
    /// on make no elements, and text goes into one element at the end.
    pub fn is_full(&self) -> bool {
        self.nodes.len() >= MAX_NODES
    }

    /// True inside `<svg>` or `<math>`, where `<x/>` closes itself.
    pub fn in_foreign(&self) -> bool {
        self.foreign > 0
    }

    /// The finished tree.
    pub fn finish(mut self) -> Dom {
        if self.body == NONE {
            self.ensure_body();
        }
        let text = &self.store.text;
        for n in &mut self.nodes {
            if n.kind == Kind::Text {
                let t = text.get(n.start as usize..n.end as usize).unwrap_or("");
                (n.len, n.commas, n.ascii_commas, n.simple, n.blank) = measure(t);
            }
        }
        Dom {
            nodes: self.nodes,
            store: Rc::new(self.store),
            html: self.html,
            head: self.head,
            body: self.body,
            truncated: self.overflow != NONE,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The tree as an S-expression, for compact assertions.
    pub(crate) fn sexp(dom: &Dom, root: NodeId) -> String {
        let mut tokens = Vec::new();
        let mut stack = vec![(root, false)];
        while let Some((id, closing)) = stack.pop() {
            if closing {
                tokens.push(")".to_string());
            } else if dom.is_text(id) {
                tokens.push(format!("{:?}", dom.text(id)));
            } else {
                tokens.push(format!("({}", dom.tag(id).name().unwrap_or("?")));
                stack.push((id, true));
                let kids: Vec<_> = dom.children(id).collect();
                stack.extend(kids.into_iter().rev().map(|k| (k, false)));
            }
        }
        tokens.join(" ").replace(" )", ")")
    }

    #[test]
    fn builder_links_children_in_order() {
        let mut b = Builder::new(100);
        b.start_tag(Tag::P, false);
        b.text(|s| s.push('a'));
        b.start_tag(Tag::B, false);
        b.text(|s| s.push('b'));
        b.end_tag(Tag::B);
        b.text(|s| s.push('c'));
        let dom = b.finish();
        assert_eq!(sexp(&dom, dom.body), r#"(body (p "a" (b "b") "c"))"#);
    }

    #[test]
    fn measure_agrees_with_chars() {
        for s in [
            "a  b\n\n c",
            "  ",
            "é, x，y",
            "\u{a0}\u{a0}x",
            "",
            "日本語、,",
            "a\u{3000}\u{2003}b\u{60C}\u{2E41}\u{FE50}😀\u{85}",
        ] {
            let commas = s.chars().filter(|&c| is_comma(c)).count() as u32;
            let (len, all, ascii, _, blank) = measure(s);
            assert_eq!(blank, s.trim().is_empty(), "{s:?}");
            assert_eq!(
                (len, all, ascii),
                (normalized_len(s), commas, s.matches(',').count() as u32),
                "{s:?}"
            );
        }
        for (s, simple) in [
            ("one two", true),
            ("  one two \n ", true),
            ("one  two", false),
            ("one\ntwo", false),
            ("a\u{a0}b", false),
            ("", true),
            ("x", true),
        ] {
            assert_eq!(measure(s).3, simple, "{s:?}");
        }
        // The eight-byte paths (prose, and runs of indentation) agree with
        // the byte path at every alignment.
        let base = "The council said, on Tuesday, that  costs\nhad risen; café  été, and\tmore words here \
                    \n                    indented  text\n\t\t\t\t\t\t\t\t\t\r\n \x0C      end";
        for start in 0..16 {
            for end in (start..base.len()).filter(|&e| base.is_char_boundary(e)) {
                let Some(s) = base.get(start..end) else {
                    continue;
                };
                let commas = s.chars().filter(|&c| is_comma(c)).count() as u32;
                let (len, all, ascii, simple, blank) = measure(s);
                assert_eq!(blank, s.trim().is_empty(), "{s:?}");
                assert_eq!(
                    (len, all, ascii),
                    (normalized_len(s), commas, s.matches(',').count() as u32),
                    "{s:?}"
                );
                let trimmed = s.trim();
                let want = !trimmed.contains("  ")
                    && !trimmed.chars().any(|c| c.is_whitespace() && c != ' ');
                assert_eq!(simple, want, "{s:?}");
            }
        }
    }

    #[test]
    fn interner_numbers_names_once() {
        let mut names = Interner::default();
        let ids: Vec<usize> = (0..500).map(|i| names.intern(&format!("x-{i}"))).collect();
        assert_eq!(ids, (0..500).collect::<Vec<_>>());
        assert_eq!(names.intern("x-7"), 7);
        assert_eq!(names.intern("x-499"), 499);
        let mut b = Builder::new(0);
        assert_eq!(b.tag_for("my-widget"), b.tag_for("my-widget"));
        assert_ne!(b.tag_for("my-widget"), b.tag_for("other-widget"));
        assert_eq!(b.tag_for("p"), Tag::P);
    }

    #[test]
    fn runs_split_on_any_white_space() {
        let runs: Vec<(bool, &str)> = Runs::new(" a  b\u{a0}c\u{3000}日本\n").collect();
        assert_eq!(
            runs,
            [
                (true, "a"),
                (true, "b"),
                (true, "c"),
                (true, "日本"),
                (true, "")
            ]
        );
        let runs: Vec<(bool, &str)> = Runs::new("one two three\nfour  five six ").collect();
        assert_eq!(
            runs,
            [
                (false, "one two three"),
                (true, "four"),
                (true, "five six"),
                (true, "")
            ]
        );
        let runs: Vec<(bool, &str)> = Runs::new("a \u{a0}b").collect();
        assert_eq!(runs, [(false, "a"), (true, "b")]);
        let runs: Vec<(bool, &str)> = Runs::new("x").collect();
        assert_eq!(runs, [(false, "x")]);
        assert_eq!(Runs::new("").count(), 0);
        // Not white space: a multibyte character whose lead byte could start some.
        let runs: Vec<(bool, &str)> = Runs::new("a\u{2014}b €").collect();
        assert_eq!(runs, [(false, "a\u{2014}b"), (true, "€")]);
    }

    #[test]
    fn normalized_len_collapses_white_space() {
        assert_eq!(normalized_len("a  b\n\n c"), 5);
        assert_eq!(normalized_len("  "), 1);
        assert_eq!(normalized_len("é"), 1);
    }
}
