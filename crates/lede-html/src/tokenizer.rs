//! A tolerant HTML tokenizer that feeds a [`Builder`].
//!
//! It follows the HTML tokenizer where pages depend on it — tag and
//! attribute syntax with every quoting style, comments, `<!DOCTYPE>`,
//! `<![CDATA[`, bogus comments, raw text in `<script>`/`<style>`, RCDATA in
//! `<title>`/`<textarea>`, `<plaintext>`, character references — and never
//! fails: any byte sequence is some text and some tags. One pass, linear in
//! the input; no regex.

use std::borrow::Cow;

use super::dom::{AttrName, Builder, Dom};
use super::entities::decode_into;
use super::tags::{Tag, RAW_TEXT, RCDATA, VOID};

/// Parses `html` into a tree.
#[inline(never)]
pub fn parse(html: &str) -> Dom {
    let mut builder = Builder::new(html.len());
    Tokenizer {
        src: html,
        pos: 0,
        marks: None,
    }
    .run(&mut builder);
    builder.finish()
}

/// An element of a live page that the reader cannot see, for
/// [`feed_marked`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hidden<'a> {
    /// Its position among the element's elements in document order: the
    /// element itself is 0, then `getElementsByTagName('*')` order.
    pub position: u32,
    /// Its name (`localName`).
    pub name: &'a str,
    /// How many elements it holds (`getElementsByTagName('*').length`).
    pub descendants: u32,
}

/// Feeds `html`, the serialization of a live element (its `outerHTML`),
/// into `builder` at its current position, leaving out the elements a
/// reader cannot see. The tree is built exactly as the markup nests, as
/// [`Builder::open`] and [`Builder::close`] do for a copied DOM (no implied
/// end tags: a `<div>` that script put in a `<p>` stays in it), and the
/// listed elements are skipped whole, with all they hold, as is the content
/// of `<template>`s (which a document's element list does not see).
///
/// `hidden` must be in increasing order of position. Returns how many start
/// tags it counted (the element's number of elements, itself included, when
/// `html` is its serialization), or `None` when the markup and the list do
/// not describe the same tree: a listed name or number of descendants that
/// is not what the markup has there, an end tag that is not the current
/// element's, an element left open. Then the builder's content is not to
/// be used.
pub fn feed_marked(builder: &mut Builder, html: &str, hidden: &[Hidden<'_>]) -> Option<u32> {
    let mut tokenizer = Tokenizer {
        src: html,
        pos: 0,
        marks: Some(Marks {
            hidden,
            next: 0,
            count: 0,
            open: Vec::new(),
            skip: None,
            mismatch: false,
        }),
    };
    tokenizer.run(builder);
    let marks = tokenizer.marks?;
    // Past the node cap the rest is left out, as the DOM copy does.
    let complete = builder.is_full()
        || (marks.open.is_empty() && marks.skip.is_none() && marks.next == hidden.len());
    (!marks.mismatch && complete).then_some(marks.count)
}

/// The state of [`feed_marked`].
struct Marks<'h> {
    hidden: &'h [Hidden<'h>],
    /// The next entry of `hidden`.
    next: usize,
    /// Start tags counted so far.
    count: u32,
    /// The elements open in the markup, innermost last, and whether the
    /// builder holds them open too.
    open: Vec<(Tag, bool)>,
    /// The element being skipped (hidden, or a template's content).
    skip: Option<Skip>,
    mismatch: bool,
}

/// An element whose content is left out.
struct Skip {
    /// Its index in [`Marks::open`].
    depth: usize,
    /// Start tags inside it so far, and how many the page said it holds
    /// (`None` for a template, whose content is not counted).
    counted: u32,
    expected: Option<u32>,
}

impl Marks<'_> {
    /// A start tag of `name`: whether it is kept (not inside or at a skipped
    /// element).
    fn start(&mut self, tag: Tag, name: &str) -> bool {
        if let Some(skip) = self.skip.as_mut() {
            if skip.expected.is_some() {
                skip.counted += 1;
                self.count += 1;
            }
            if !tag.is(VOID) {
                self.open.push((tag, false));
            }
            return false;
        }
        let position = self.count;
        self.count += 1;
        let Some(h) = self
            .hidden
            .get(self.next)
            .filter(|h| h.position == position)
        else {
            return true;
        };
        self.next += 1;
        if !h.name.eq_ignore_ascii_case(name) {
            self.mismatch = true;
        }
        if tag.is(VOID) {
            if h.descendants != 0 {
                self.mismatch = true;
            }
        } else {
            self.skip = Some(Skip {
                depth: self.open.len(),
                counted: 0,
                expected: Some(h.descendants),
            });
            self.open.push((tag, false));
        }
        false
    }

    /// An end tag: it must close the innermost open element. Returns
    /// whether the builder holds that element open.
    fn end(&mut self, tag: Tag) -> bool {
        let Some((open, pushed)) = self.open.pop() else {
            self.mismatch = true;
            return false;
        };
        if open != tag {
            self.mismatch = true;
            return false;
        }
        if let Some(skip) = self.skip.as_ref().filter(|s| s.depth == self.open.len()) {
            if skip.expected.is_some_and(|e| e != skip.counted) {
                self.mismatch = true;
            }
            self.skip = None;
        }
        pushed
    }
}

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    marks: Option<Marks<'a>>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// `s` in ASCII lower case, borrowed when it already is.
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The position of the first `byte` in `hay` at or after `from`, eight
/// bytes at a time (the classic "has a zero byte" test on `x ^ pattern`).
fn find_byte(hay: &[u8], from: usize, byte: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pattern = LO * u64::from(byte);
    let rest = hay.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut offset = from;
    for chunk in &mut chunks {
        let x = crate::le_u64(chunk) ^ pattern;
        if x.wrapping_sub(LO) & !x & HI != 0 {
            break;
        }
        offset += 8;
    }
    hay.get(offset..)?
        .iter()
        .position(|&b| b == byte)
        .map(|i| offset + i)
}

fn text(builder: &mut Builder, raw: &str, decode: bool) {
    if raw.is_empty() || !builder.keeps_text() {
        return;
    }
    if decode && raw.contains('&') {
        builder.text(|buf| decode_into(raw, false, buf));
    } else {
        builder.text(|buf| buf.push_str(raw));
    }
}

impl<'a> Tokenizer<'a> {
    /// Text, unless it is inside a skipped element.
    fn emit(&self, builder: &mut Builder, raw: &str, decode: bool) {
        if self.marks.as_ref().is_some_and(|m| m.skip.is_some()) {
            return;
        }
        text(builder, raw, decode);
    }

    /// The end of element `tag`: as HTML closes it, or (marked) exactly.
    fn close(&mut self, builder: &mut Builder, tag: Tag) {
        match self.marks.as_mut() {
            None => builder.end_tag(tag),
            Some(m) => {
                if m.end(tag) {
                    builder.close();
                }
            }
        }
    }

    fn stopped(&self) -> bool {
        self.marks.as_ref().is_some_and(|m| m.mismatch)
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.bytes().get(i).copied()
    }

    /// The position of `needle` (ASCII) at or after `from`: a scan for its
    /// first byte, then a comparison of the rest. Far cheaper than setting
    /// up a substring searcher per call: most searches end a few bytes on.
    fn find(&self, from: usize, needle: &str) -> Option<usize> {
        let needle = needle.as_bytes();
        let first = *needle.first()?;
        let hay = self.bytes();
        let mut i = from;
        loop {
            i = find_byte(hay, i, first)?;
            if hay.get(i..i + needle.len()) == Some(needle) {
                return Some(i);
            }
            i += 1;
        }
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        // Every position used here sits on an ASCII byte or the input's
        // ends, so the slice is on char boundaries; `get` keeps it panic-free.
        self.src.get(start..end).unwrap_or("")
    }

    #[inline(never)]
    fn run(&mut self, builder: &mut Builder) {
        let len = self.src.len();
        while self.pos < len && !self.stopped() {
            let lt = self.find(self.pos, "<").unwrap_or(len);
            self.emit(builder, self.slice(self.pos, lt), true);
            self.pos = lt;
            if lt >= len {
                break;
            }
            match self.byte(lt + 1) {
                Some(b'!') => self.markup_declaration(),
                Some(b'/') => self.end_tag(builder),
                Some(b'?') => self.skip_past(lt + 1, ">"),
                Some(c) if c.is_ascii_alphabetic() => self.start_tag(builder),
                _ => {
                    self.emit(builder, "<", false);
                    self.pos = lt + 1;
                }
            }
        }
    }

    /// Moves past the next `needle` after `from`, or to the end of input.
    fn skip_past(&mut self, from: usize, needle: &str) {
        self.pos = self
            .find(from, needle)
            .map_or(self.src.len(), |i| i + needle.len());
    }

    /// `<!-- comment -->`, `<!DOCTYPE ...>`, `<![CDATA[ ... ]]>`.
    fn markup_declaration(&mut self) {
        let at = self.pos;
        let rest = self.slice(at, self.src.len());
        if rest.starts_with("<!--") {
            if rest.starts_with("<!-->") {
                self.pos = at + 5;
            } else if rest.starts_with("<!--->") {
                self.pos = at + 6;
            } else {
                self.skip_past(at + 4, "-->");
            }
        } else if rest.starts_with("<![CDATA[") {
            self.skip_past(at + 9, "]]>");
        } else {
            self.skip_past(at + 2, ">");
        }
    }

    /// Reads a tag name starting at `start`; returns it and where it ends.
    fn name(&self, start: usize) -> (&'a str, usize) {
        let mut i = start;
        while let Some(b) = self.byte(i) {
            if is_space(b) || b == b'/' || b == b'>' {
                break;
            }
            i += 1;
        }
        (self.slice(start, i), i)
    }

    fn end_tag(&mut self, builder: &mut Builder) {
        let at = self.pos;
        match self.byte(at + 2) {
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, end) = self.name(at + 2);
                let tag = builder.tag_for(&lower(name));
                self.skip_past(end, ">");
                self.close(builder, tag);
            }
            // `</>` is nothing; `</ ...>` and `</3>` are bogus comments.
            _ => self.skip_past(at + 2, ">"),
        }
    }

    #[inline(never)]
    fn start_tag(&mut self, builder: &mut Builder) {
        let (name, mut i) = self.name(self.pos + 1);
        let name = lower(name);
        let tag = builder.tag_for(&name);
        // Marked: whether the element is built; its attributes only then.
        let keep = match self.marks.as_mut() {
            Some(m) => m.start(tag, &name),
            None => true,
        };
        let mut self_closing = false;
        loop {
            while self.byte(i).is_some_and(is_space) {
                i += 1;
            }
            match self.byte(i) {
                // End of input inside a tag: the tag is dropped, as in HTML.
                None => {
                    self.pos = self.src.len();
                    return;
                }
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') => {
                    i += 1;
                    if self.byte(i) == Some(b'>') {
                        self_closing = true;
                    }
                    continue;
                }
                Some(_) => {}
            }
            // An attribute: name, then optionally `=` and a value.
            let name_start = i;
            i += 1; // the first character may be anything, even `=`
            while let Some(b) = self.byte(i) {
                if is_space(b) || matches!(b, b'/' | b'>' | b'=') {
                    break;
                }
                i += 1;
            }
            let attr_name = self.slice(name_start, i);
            let mut j = i;
            while self.byte(j).is_some_and(is_space) {
                j += 1;
            }
            let mut value = "";
            if self.byte(j) == Some(b'=') {
                j += 1;
                while self.byte(j).is_some_and(is_space) {
                    j += 1;
                }
                match self.byte(j) {
                    Some(q @ (b'"' | b'\'')) => {
                        let Some(close) = self.find(j + 1, if q == b'"' { "\"" } else { "'" })
                        else {
                            self.pos = self.src.len();
                            return;
                        };
                        value = self.slice(j + 1, close);
                        i = close + 1;
                    }
                    _ => {
                        let start = j;
                        while let Some(b) = self.byte(j) {
                            if is_space(b) || b == b'>' {
                                break;
                            }
                            j += 1;
                        }
                        value = self.slice(start, j);
                        i = j;
                    }
                }
            }
            if !keep {
                continue;
            }
            if let Some(attr) = AttrName::from_name(&lower(attr_name)) {
                if value.contains('&') {
                    builder.attr(attr, |buf| decode_into(value, true, buf));
                } else {
                    builder.attr(attr, |buf| buf.push_str(value));
                }
            }
        }
        self.pos = i;
        if let Some(m) = self.marks.as_mut() {
            // Exactly as the markup nests; serializations write no `/>`.
            if keep {
                let pushed = builder.open(tag);
                if !tag.is(VOID) {
                    m.open.push((tag, pushed));
                }
                if tag == Tag::TEMPLATE {
                    m.skip = Some(Skip {
                        depth: m.open.len() - 1,
                        counted: 0,
                        expected: None,
                    });
                }
            }
            // A serialization ends `<plaintext>` with its end tag.
            if tag.any(RAW_TEXT | RCDATA) || tag == Tag::PLAINTEXT {
                self.raw_text(builder, &name, tag.is(RCDATA));
            }
            return;
        }
        let foreign_self_closing = self_closing && builder.in_foreign();
        builder.start_tag(tag, self_closing);
        if foreign_self_closing {
            return;
        }
        if tag == Tag::PLAINTEXT {
            text(builder, self.slice(self.pos, self.src.len()), false);
            self.pos = self.src.len();
        } else if tag.any(RAW_TEXT | RCDATA) {
            self.raw_text(builder, &name, tag.is(RCDATA));
        }
    }

    /// The content of a raw-text element, up to `</name`.
    #[inline(never)]
    fn raw_text(&mut self, builder: &mut Builder, name: &str, decode: bool) {
        let start = self.pos;
        let mut from = start;
        let end = loop {
            let Some(lt) = self.find(from, "</") else {
                break None;
            };
            let after = lt + 2 + name.len();
            let matches = self
                .src
                .get(lt + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && !matches!(self.byte(after), Some(b) if !(is_space(b) || b == b'/' || b == b'>'));
            if matches {
                break Some(lt);
            }
            from = lt + 2;
        };
        let end_at = end.unwrap_or(self.src.len());
        self.emit(builder, self.slice(start, end_at), decode);
        match end {
            Some(lt) => {
                self.skip_past(lt + 2, ">");
                let tag = builder.tag_for(name);
                self.close(builder, tag);
            }
            None => self.pos = self.src.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::dom::tests::sexp;
    use super::super::dom::MAX_DEPTH;
    use super::*;

    fn body(html: &str) -> String {
        let dom = parse(html);
        sexp(&dom, dom.body)
    }

    #[test]
    fn tags_attributes_and_text() {
        let dom = parse(r#"<P CLASS="a b" id='x' data-x=1 hidden>Hi &amp; bye</p>"#);
        assert_eq!(sexp(&dom, dom.body), r#"(body (p "Hi & bye"))"#);
        let p = dom.children(dom.body).next().unwrap();
        assert_eq!(dom.attr(p, AttrName::Class), Some("a b"));
        assert_eq!(dom.attr(p, AttrName::Id), Some("x"));
        assert_eq!(dom.attr(p, AttrName::Hidden), Some(""));
        assert_eq!(dom.attr(p, AttrName::Style), None);
    }

    #[test]
    fn unquoted_and_entity_attribute_values() {
        let dom = parse(r#"<a href=/x?a=1&amp;b=2&copy=3 class=k>x</a>"#);
        let a = dom
            .descendants(dom.body)
            .find(|&n| dom.tag(n) == Tag::A)
            .unwrap();
        assert_eq!(dom.attr(a, AttrName::Href), Some("/x?a=1&b=2&copy=3"));
        assert_eq!(dom.attr(a, AttrName::Class), Some("k"));
    }

    #[test]
    fn comments_doctype_cdata_and_processing_instructions_vanish() {
        assert_eq!(
            body("<!DOCTYPE html><!-- a <p>x</p> --><p>a<!---->b<!-->c<?php echo 1 ?>d<![CDATA[zz]]>e</p>"),
            r#"(body (p "abcde"))"#
        );
        assert_eq!(body("<p>x<!-- never closed <p>y"), r#"(body (p "x"))"#);
    }

    #[test]
    fn stray_less_than_signs_are_text() {
        assert_eq!(
            body("<p>a < b <3 and 1<2 </ p></p>"),
            r#"(body (p "a < b <3 and 1<2 "))"#
        );
    }

    #[test]
    fn raw_text_elements_end_only_at_their_end_tag() {
        let dom = parse("<p>a<script>if (a < b && c) document.write('</p><p>')</script>b</p><style>p>x{}</style>");
        assert_eq!(
            sexp(&dom, dom.body),
            r#"(body (p "a" (script) "b") (style))"#
        );
        assert_eq!(body("<title>A &amp; B</title><p>x"), r#"(body (p "x"))"#);
        // Form controls are not content: their text is not kept.
        assert_eq!(
            body("<textarea><p>not a tag</textarea>x"),
            r#"(body (textarea) "x")"#
        );
        // Unclosed raw text runs to the end.
        assert_eq!(
            body("<p>a</p><script>never closed <p>x"),
            r#"(body (p "a") (script))"#
        );
        assert_eq!(
            body("<p>a<SCRIPT>x</Script >b"),
            r#"(body (p "a" (script) "b"))"#
        );
    }

    #[test]
    fn json_ld_and_title_text_are_kept() {
        let dom = parse(
            r#"<head><title>T &amp; U</title><script type="application/ld+json">{"a":1}</script><script>var x</script></head>"#,
        );
        assert_eq!(
            sexp(&dom, dom.head),
            r#"(head (title "T & U") (script "{\"a\":1}") (script))"#
        );
    }

    #[test]
    fn plaintext_takes_the_rest() {
        assert_eq!(
            body("<plaintext><p>x</p>"),
            r#"(body (plaintext "<p>x</p>"))"#
        );
    }

    #[test]
    fn eof_inside_a_tag_drops_the_tag() {
        assert_eq!(body("<p>a</p><div class=\"x"), r#"(body (p "a"))"#);
        assert_eq!(body("<p>a</p><div"), r#"(body (p "a"))"#);
        assert_eq!(body("<p>a</"), r#"(body (p "a"))"#);
    }

    #[test]
    fn self_closing_counts_only_in_svg_and_math() {
        assert_eq!(body("<div/>x"), r#"(body (div "x"))"#);
        assert_eq!(
            body("<svg><path/><title/></svg>x"),
            r#"(body (svg (?) (title)) "x")"#
        );
    }

    #[test]
    fn find_byte_finds_the_first_match() {
        let hay = b"0123456789abcdef<ghijklmnopq<rs";
        for from in 0..hay.len() {
            let want = hay[from..]
                .iter()
                .position(|&b| b == b'<')
                .map(|i| i + from);
            assert_eq!(find_byte(hay, from, b'<'), want, "from {from}");
        }
        assert_eq!(find_byte(b"", 0, b'<'), None);
        assert_eq!(find_byte(b"abc", 9, b'<'), None);
        assert_eq!(find_byte("é<".as_bytes(), 0, b'<'), Some(2));
    }

    #[test]
    fn multibyte_text_and_names() {
        assert_eq!(
            body("<p>日本語 <b>é</b></p><x-ünknown>x</x-ünknown>"),
            r#"(body (p "日本語 " (b "é")) (? "x"))"#
        );
        // A tag name starts with an ASCII letter; anything else is text.
        assert_eq!(body("<p><ü>x</p>"), r#"(body (p "<ü>x"))"#);
    }

    fn hidden(position: u32, name: &str, descendants: u32) -> Hidden<'_> {
        Hidden {
            position,
            name,
            descendants,
        }
    }

    /// `feed_marked` into a fresh body; the body's tree and the count.
    fn marked(html: &str, list: &[Hidden<'_>]) -> (Option<u32>, String) {
        let mut b = Builder::new(0);
        b.start_tag(Tag::BODY, false);
        let counted = feed_marked(&mut b, html, list);
        let dom = b.finish();
        (counted, sexp(&dom, dom.body))
    }

    #[test]
    fn feed_marked_counts_start_tags_and_skips_hidden_elements_whole() {
        let html = "<div id=r><p>a</p><template><p>in template</p><b>x</b></template>\
                    <ul><li>one</li><li>two <b>2</b></li></ul><noscript><img src=x></noscript><br></div>";
        // Positions: 0 div, 1 p, 2 template (its content is not counted),
        // 3 ul, 4 li, 5 li, 6 b, 7 noscript (raw text, as in a live page), 8 br.
        assert_eq!(
            marked(html, &[hidden(1, "p", 0), hidden(5, "LI", 1)]),
            (
                Some(9),
                r#"(body (div (template) (ul (li "one")) (noscript) (br)))"#.to_string()
            )
        );
        assert_eq!(marked(html, &[]).0, Some(9));
        // Not the same tree: a name, a number of descendants, a position
        // past the end or out of order.
        assert_eq!(marked(html, &[hidden(3, "ol", 2)]).0, None);
        assert_eq!(marked(html, &[hidden(3, "ul", 2)]).0, None);
        assert_eq!(marked(html, &[hidden(10, "p", 0)]).0, None);
        assert_eq!(
            marked(html, &[hidden(4, "li", 0), hidden(1, "p", 0)]).0,
            None
        );
        // An end tag that does not close the current element, or one missing.
        assert_eq!(marked("<div><p>a</div></p>", &[]).0, None);
        assert_eq!(marked("<div><p>a</p>", &[]).0, None);
    }

    #[test]
    fn feed_marked_keeps_nesting_that_markup_rules_would_undo() {
        // Trees script can build: read as they nest, so a hidden element
        // keeps its content and a visible one stays where it is.
        // Each inside a <div> (position 0).
        for (html, list, want) in [
            (
                "<div><p class=h><div>secret</div></p><p>seen</p></div>",
                vec![hidden(1, "p", 1)],
                r#"(body (div (p "seen")))"#,
            ),
            (
                "<div><a class=h><div><a>inner</a>more</div></a><i>seen</i></div>",
                vec![hidden(1, "a", 2)],
                r#"(body (div (i "seen")))"#,
            ),
            (
                "<div><h2><h3>sub</h3></h2></div>",
                vec![hidden(2, "h3", 0)],
                r#"(body (div (h2)))"#,
            ),
            (
                "<div><ul><li><li>inner</li>outer</li></ul></div>",
                vec![],
                r#"(body (div (ul (li (li "inner") "outer"))))"#,
            ),
            (
                "<div><p>a<div>b</div>c</p></div>",
                vec![],
                r#"(body (div (p "a" (div "b") "c")))"#,
            ),
        ] {
            let (counted, tree) = marked(html, &list);
            assert!(counted.is_some(), "{html}");
            assert_eq!(tree, want, "{html}");
        }
    }

    #[test]
    fn feed_marked_merges_a_body_into_the_trees_own() {
        // Read from `document.body`: one body, not a body in a body (which
        // would score as one container holding the whole page).
        assert_eq!(
            marked(
                "<body class=page><p>a</p><div>b</div></body>",
                &[hidden(2, "div", 0)]
            ),
            (Some(3), r#"(body (p "a"))"#.to_string())
        );
    }

    #[test]
    fn feed_marked_leaves_out_hidden_elements_past_the_depth_cap() {
        let depth = MAX_DEPTH + 8;
        let html = format!(
            "{}<span>secret</span>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (counted, tree) = marked(&html, &[hidden(depth as u32, "span", 0)]);
        assert_eq!(counted, Some(depth as u32 + 1));
        assert!(!tree.contains("secret"), "{tree}");
        let (_, tree) = marked(&html, &[]);
        assert!(tree.contains("secret"));
    }

    #[test]
    fn feed_marked_ends_plaintext_and_raw_text_at_their_end_tags() {
        assert_eq!(
            marked(
                "<div><plaintext>a <b> c</plaintext><p>after</p></div>",
                &[hidden(2, "p", 0)]
            ),
            (Some(3), r#"(body (div (plaintext "a <b> c")))"#.to_string())
        );
        assert_eq!(
            marked(
                "<div><script>if (a<b) x('<p>')</script><p>x</p></div>",
                &[hidden(2, "p", 0)]
            ),
            (Some(3), r#"(body (div (script)))"#.to_string())
        );
    }

    #[test]
    fn past_the_node_cap_the_text_is_kept_without_structure() {
        use super::super::dom::{MAX_NODES, NONE};
        // Each `<p>x` is an element and a text node: 1.2 million of them
        // would be 2.4 million nodes. Issue 17: the text past the cap was
        // dropped without a word.
        let html = format!(
            "<p>first{}<script>var x = '<p>';</script><style>p{{}}</style><b>last</b>",
            "<p>x".repeat(1_200_000)
        );
        let dom = parse(&html);
        assert!(dom.nodes.len() <= MAX_NODES + 4, "{}", dom.nodes.len());
        assert!(dom.nodes.len() >= MAX_NODES);
        assert!(dom.is_truncated());
        let first = dom.children(dom.body).next().unwrap_or(NONE);
        assert_eq!(sexp(&dom, first), r#"(p "first")"#);
        // Every `x` is somewhere: in the tree, or one per line in the
        // element at the end of the body; the script and style are not.
        let rest = dom.children(dom.body).last().unwrap_or(NONE);
        let kept: usize = dom
            .descendants(dom.body)
            .filter(|&n| dom.is_text(n))
            .map(|n| dom.text(n).matches('x').count())
            .sum();
        assert_eq!(kept, 1_200_000);
        let tail: String = dom.children(rest).map(|n| dom.text(n)).collect();
        assert!(tail.ends_with("x\nxlast"), "{:?}", &tail[tail.len() - 20..]);
        assert!(!tail.contains("var") && !tail.contains("p{}"));
        assert!(!parse("<p>x".repeat(1000).as_str()).is_truncated());
    }

    #[test]
    fn past_the_node_cap_marked_markup_keeps_its_text() {
        let html = format!(
            "<div>{}<script>var x;</script><p>last</p></div>",
            "<p>x</p>".repeat(600_000)
        );
        let mut b = Builder::new(html.len());
        let counted = feed_marked(&mut b, &html, &[]);
        assert_eq!(counted, Some(600_003));
        let dom = b.finish();
        assert!(dom.is_truncated());
        let text: String = dom
            .descendants(dom.body)
            .filter(|&n| dom.is_text(n))
            .map(|n| dom.text(n))
            .collect();
        assert_eq!(text.matches('x').count(), 600_000);
        assert!(
            text.ends_with("last") && !text.contains("var"),
            "{:?}",
            &text[text.len() - 20..]
        );
    }
}
