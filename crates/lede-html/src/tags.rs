//! Element names the extractor knows, as small integers with properties.
//!
//! Known names get fixed ids; the tree builder interns any other name
//! (custom elements, typos) after them, so every element has a [`Tag`] and
//! end tags match start tags by comparing two integers.

/// An element name: a known HTML tag or an interned other name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(pub(crate) u16);

/// Void elements: never have children or an end tag.
pub(crate) const VOID: u32 = 1;
/// Their content is raw text up to the matching end tag.
pub(crate) const RAW_TEXT: u32 = 1 << 1;
/// Raw text in which character references are decoded (`title`, `textarea`).
pub(crate) const RCDATA: u32 = 1 << 2;
/// Starting one closes an open `<p>`.
pub(crate) const CLOSES_P: u32 = 1 << 3;
/// `h1`–`h6`.
pub(crate) const HEADING: u32 = 1 << 4;
/// End tags do not look for their start tag past these.
pub(crate) const SCOPE: u32 = 1 << 5;
/// Block-level when flattening the article into blocks of text.
pub(crate) const BLOCK: u32 = 1 << 6;
/// An element whose presence keeps a `<div>` from counting as a paragraph.
pub(crate) const DIV_TO_P: u32 = 1 << 7;
/// Phrasing (inline) content.
pub(crate) const PHRASING: u32 = 1 << 8;
/// Phrasing when all its children are (`a`, `del`, `ins`).
pub(crate) const PHRASING_IF_CHILDREN: u32 = 1 << 9;
/// Counted as "text-ish" when measuring how much of a container is prose.
pub(crate) const TEXTISH: u32 = 1 << 10;
/// Belongs in `<head>`; anything else there starts the body.
pub(crate) const HEAD_CONTENT: u32 = 1 << 11;
/// Never part of an article: scripts, styles, embedded objects, controls.
pub(crate) const DROP: u32 = 1 << 12;
/// Foreign content (`svg`, `math`): `<x/>` closes itself.
pub(crate) const FOREIGN: u32 = 1 << 13;
/// Scored as a paragraph when it has 25 characters or more.
pub(crate) const SCORED: u32 = 1 << 14;
/// Embedded content (counted, not read).
pub(crate) const EMBED: u32 = 1 << 15;

/// Slots of the name table (a power of two, about four per known name).
const SLOTS: usize = 512;
const EMPTY: u16 = u16::MAX;

/// FNV-1a of a name, reduced to a slot.
fn slot_of(name: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in name.as_bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h as usize % SLOTS
}

macro_rules! tags {
    ($($konst:ident = $name:literal => $props:expr,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u16)]
        enum Known { $($konst,)* COUNT }

        #[allow(dead_code)]
        impl Tag {
            $(pub const $konst: Tag = Tag(Known::$konst as u16);)*
            /// How many names are known.
            pub(crate) const KNOWN: usize = Known::COUNT as usize;

            /// The known tag named `name` (lower case), through a hash table
            /// built on first use (a `match` on strings compares them one by one).
            pub(crate) fn known(name: &str) -> Option<Tag> {
                static TABLE: std::sync::LazyLock<[u16; SLOTS]> = std::sync::LazyLock::new(|| {
                    let mut table = [EMPTY; SLOTS];
                    for (i, name) in NAMES.iter().enumerate() {
                        let mut slot = slot_of(name);
                        while table[slot] != EMPTY {
                            slot = (slot + 1) % SLOTS;
                        }
                        table[slot] = i as u16;
                    }
                    table
                });
                let mut slot = slot_of(name);
                loop {
                    let t = *TABLE.get(slot)?;
                    if t == EMPTY {
                        return None;
                    }
                    if NAMES.get(usize::from(t)) == Some(&name) {
                        return Some(Tag(t));
                    }
                    slot = (slot + 1) % SLOTS;
                }
            }
        }

        const PROPS: [u32; Known::COUNT as usize] = [$($props,)*];
        const NAMES: [&str; Known::COUNT as usize] = [$($name,)*];
    };
}

tags! {
    HTML = "html" => SCOPE,
    HEAD = "head" => 0,
    BODY = "body" => BLOCK,
    TITLE = "title" => RCDATA | HEAD_CONTENT | DROP,
    META = "meta" => VOID | HEAD_CONTENT | DROP,
    LINK = "link" => VOID | HEAD_CONTENT | DROP,
    BASE = "base" => VOID | HEAD_CONTENT | DROP,
    SCRIPT = "script" => RAW_TEXT | HEAD_CONTENT | DROP | PHRASING,
    STYLE = "style" => RAW_TEXT | HEAD_CONTENT | DROP,
    NOSCRIPT = "noscript" => RAW_TEXT | HEAD_CONTENT | DROP | PHRASING,
    TEMPLATE = "template" => HEAD_CONTENT | DROP | SCOPE,
    IFRAME = "iframe" => RAW_TEXT | DROP | EMBED,
    NOEMBED = "noembed" => RAW_TEXT | DROP,
    NOFRAMES = "noframes" => RAW_TEXT | DROP,
    XMP = "xmp" => RAW_TEXT | CLOSES_P | BLOCK,
    TEXTAREA = "textarea" => RCDATA | DROP | PHRASING,
    PLAINTEXT = "plaintext" => CLOSES_P | BLOCK,
    FRAME = "frame" => VOID | DROP,
    FRAMESET = "frameset" => DROP,
    SVG = "svg" => FOREIGN | DROP,
    MATH = "math" => FOREIGN | PHRASING,
    OBJECT = "object" => DROP | SCOPE | PHRASING | EMBED,
    EMBED_ = "embed" => VOID | DROP | PHRASING | EMBED,
    APPLET = "applet" => DROP | SCOPE,
    PARAM = "param" => VOID | DROP,
    CANVAS = "canvas" => DROP,
    VIDEO = "video" => DROP,
    AUDIO = "audio" => DROP | PHRASING,
    SOURCE = "source" => VOID | DROP,
    TRACK = "track" => VOID | DROP,
    PICTURE = "picture" => PHRASING,
    IMG = "img" => VOID | DIV_TO_P | PHRASING,
    IMAGE = "image" => VOID | PHRASING,
    AREA = "area" => VOID | DROP,
    MAP = "map" => PHRASING,
    BR = "br" => VOID | PHRASING,
    WBR = "wbr" => VOID | PHRASING,
    HR = "hr" => VOID | CLOSES_P | BLOCK,
    KEYGEN = "keygen" => VOID | DROP,
    BASEFONT = "basefont" => VOID,
    BGSOUND = "bgsound" => VOID | DROP,
    COL = "col" => VOID,
    INPUT = "input" => VOID | DROP | PHRASING,
    BUTTON = "button" => DROP | PHRASING,
    SELECT = "select" => DROP | PHRASING,
    OPTION = "option" => 0,
    OPTGROUP = "optgroup" => 0,
    DATALIST = "datalist" => DROP | PHRASING,
    LABEL = "label" => PHRASING,
    OUTPUT = "output" => PHRASING,
    METER = "meter" => PHRASING,
    PROGRESS = "progress" => PHRASING,
    FORM = "form" => CLOSES_P | BLOCK,
    FIELDSET = "fieldset" => CLOSES_P | BLOCK,
    LEGEND = "legend" => BLOCK,
    P = "p" => CLOSES_P | BLOCK | DIV_TO_P | SCORED | TEXTISH,
    DIV = "div" => CLOSES_P | BLOCK | DIV_TO_P | TEXTISH,
    SPAN = "span" => PHRASING | TEXTISH,
    A = "a" => PHRASING_IF_CHILDREN,
    DEL = "del" => PHRASING_IF_CHILDREN,
    INS = "ins" => PHRASING_IF_CHILDREN,
    B = "b" => PHRASING,
    I = "i" => PHRASING,
    EM = "em" => PHRASING,
    STRONG = "strong" => PHRASING,
    U = "u" => 0,
    S = "s" => 0,
    SMALL = "small" => PHRASING,
    BIG = "big" => 0,
    FONT = "font" => 0,
    CODE = "code" => PHRASING,
    KBD = "kbd" => PHRASING,
    SAMP = "samp" => PHRASING,
    VAR = "var" => PHRASING,
    SUB = "sub" => PHRASING,
    SUP = "sup" => PHRASING,
    MARK = "mark" => PHRASING,
    ABBR = "abbr" => PHRASING,
    CITE = "cite" => PHRASING,
    Q = "q" => PHRASING,
    TIME = "time" => PHRASING,
    DATA = "data" => PHRASING,
    DFN = "dfn" => PHRASING,
    BDI = "bdi" => 0,
    BDO = "bdo" => PHRASING,
    RUBY = "ruby" => PHRASING,
    RT = "rt" => 0,
    RP = "rp" => 0,
    NOBR = "nobr" => 0,
    TT = "tt" => 0,
    STRIKE = "strike" => 0,
    H1 = "h1" => CLOSES_P | BLOCK | HEADING,
    H2 = "h2" => CLOSES_P | BLOCK | HEADING | SCORED,
    H3 = "h3" => CLOSES_P | BLOCK | HEADING | SCORED,
    H4 = "h4" => CLOSES_P | BLOCK | HEADING | SCORED,
    H5 = "h5" => CLOSES_P | BLOCK | HEADING | SCORED,
    H6 = "h6" => CLOSES_P | BLOCK | HEADING | SCORED,
    HGROUP = "hgroup" => CLOSES_P | BLOCK,
    HEADER = "header" => CLOSES_P | BLOCK,
    FOOTER = "footer" => CLOSES_P | BLOCK,
    NAV = "nav" => CLOSES_P | BLOCK,
    ASIDE = "aside" => CLOSES_P | BLOCK,
    MAIN = "main" => CLOSES_P | BLOCK,
    ARTICLE = "article" => CLOSES_P | BLOCK,
    SECTION = "section" => CLOSES_P | BLOCK | SCORED,
    ADDRESS = "address" => CLOSES_P | BLOCK,
    BLOCKQUOTE = "blockquote" => CLOSES_P | BLOCK | DIV_TO_P | TEXTISH,
    PRE = "pre" => CLOSES_P | BLOCK | DIV_TO_P | SCORED | TEXTISH,
    LISTING = "listing" => CLOSES_P | BLOCK,
    CENTER = "center" => CLOSES_P | BLOCK,
    DETAILS = "details" => CLOSES_P | BLOCK,
    SUMMARY = "summary" => CLOSES_P | BLOCK,
    DIALOG = "dialog" => CLOSES_P | BLOCK,
    DIR = "dir" => CLOSES_P | BLOCK,
    MENU = "menu" => CLOSES_P | BLOCK,
    UL = "ul" => CLOSES_P | BLOCK | DIV_TO_P | TEXTISH,
    OL = "ol" => CLOSES_P | BLOCK | DIV_TO_P | TEXTISH,
    LI = "li" => CLOSES_P | BLOCK | TEXTISH,
    DL = "dl" => CLOSES_P | BLOCK | DIV_TO_P | TEXTISH,
    DT = "dt" => CLOSES_P | BLOCK,
    DD = "dd" => CLOSES_P | BLOCK,
    TABLE = "table" => CLOSES_P | BLOCK | DIV_TO_P | SCOPE | TEXTISH,
    CAPTION = "caption" => BLOCK | SCOPE,
    COLGROUP = "colgroup" => 0,
    THEAD = "thead" => 0,
    TBODY = "tbody" => 0,
    TFOOT = "tfoot" => 0,
    TR = "tr" => BLOCK,
    TD = "td" => SCOPE | SCORED | TEXTISH,
    TH = "th" => SCOPE,
    FIGURE = "figure" => CLOSES_P | BLOCK,
    FIGCAPTION = "figcaption" => CLOSES_P | BLOCK,
    MARQUEE = "marquee" => SCOPE,
}

impl Tag {
    /// The property flags of this tag (0 for names that are not known).
    pub(crate) fn props(self) -> u32 {
        PROPS.get(usize::from(self.0)).copied().unwrap_or(0)
    }

    /// True when the tag has every flag in `flags`.
    pub(crate) fn is(self, flags: u32) -> bool {
        self.props() & flags == flags
    }

    /// True when the tag has any flag in `flags`.
    pub(crate) fn any(self, flags: u32) -> bool {
        self.props() & flags != 0
    }

    /// The heading level of `h1`–`h6`.
    pub(crate) fn heading_level(self) -> Option<u8> {
        if self.is(HEADING) {
            Some((self.0 - Tag::H1.0 + 1) as u8)
        } else {
            None
        }
    }

    /// The name of a known tag (`None` for interned ones).
    #[allow(dead_code)]
    pub(crate) fn name(self) -> Option<&'static str> {
        NAMES.get(usize::from(self.0)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_headings_are_consecutive() {
        for (i, name) in NAMES.iter().enumerate() {
            assert_eq!(Tag::known(name), Some(Tag(i as u16)));
            assert_eq!(Tag(i as u16).name(), Some(*name));
        }
        assert_eq!(Tag::H6.0 - Tag::H1.0, 5);
        assert_eq!(Tag::H3.heading_level(), Some(3));
        assert_eq!(Tag::P.heading_level(), None);
        assert!(Tag::BR.is(VOID));
        assert_eq!(Tag(9999).props(), 0);
    }
}
