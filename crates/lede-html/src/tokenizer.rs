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
use super::tags::{Tag, RAW_TEXT, RCDATA};

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

/// Feeds `html`, the serialization of a live element (its `outerHTML`),
/// into `builder` at its current position, and marks the elements a reader
/// cannot see. `hidden` lists them in increasing order of their start tag,
/// counted from 0 in document order (the element itself is 0; tags inside
/// `<template>` are not counted, as a document's `getElementsByTagName`
/// does not see them), each with its element name; each gets the `hidden`
/// attribute, so extraction leaves it out.
///
/// Returns how many start tags it counted, which equals the element's
/// number of elements (itself included) when `html` is its serialization,
/// or `None` when a listed element's name is not the name of the start tag
/// at its position: then `html` and `hidden` do not describe the same tree,
/// and the builder's content is not to be used.
pub fn feed_marked(builder: &mut Builder, html: &str, hidden: &[(u32, &str)]) -> Option<u32> {
    let mut tokenizer = Tokenizer {
        src: html,
        pos: 0,
        marks: Some(Marks {
            hidden,
            next: 0,
            count: 0,
            in_template: 0,
            mismatch: false,
        }),
    };
    tokenizer.run(builder);
    let marks = tokenizer.marks?;
    (!marks.mismatch && marks.next == hidden.len()).then_some(marks.count)
}

/// The state of [`feed_marked`]: which start tag this is, and the next
/// hidden one.
struct Marks<'h> {
    hidden: &'h [(u32, &'h str)],
    next: usize,
    count: u32,
    /// How many `<template>` elements are open.
    in_template: u32,
    mismatch: bool,
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
        while self.pos < len && !builder.is_full() {
            let lt = self.find(self.pos, "<").unwrap_or(len);
            text(builder, self.slice(self.pos, lt), true);
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
                    text(builder, "<", false);
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
                if let Some(m) = self.marks.as_mut().filter(|_| tag == Tag::TEMPLATE) {
                    m.in_template = m.in_template.saturating_sub(1);
                }
                builder.end_tag(tag);
            }
            // `</>` is nothing; `</ ...>` and `</3>` are bogus comments.
            _ => self.skip_past(at + 2, ">"),
        }
    }

    #[inline(never)]
    fn start_tag(&mut self, builder: &mut Builder) {
        let (name, mut i) = self.name(self.pos + 1);
        let name = lower(name);
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
            if let Some(attr) = AttrName::from_name(&lower(attr_name)) {
                if value.contains('&') {
                    builder.attr(attr, |buf| decode_into(value, true, buf));
                } else {
                    builder.attr(attr, |buf| buf.push_str(value));
                }
            }
        }
        self.pos = i;
        let tag = builder.tag_for(&name);
        if let Some(m) = self.marks.as_mut() {
            if m.in_template == 0 {
                if let Some(&(at, hidden_name)) = m.hidden.get(m.next) {
                    if at == m.count {
                        m.next += 1;
                        if !hidden_name.eq_ignore_ascii_case(&name) {
                            m.mismatch = true;
                        }
                        builder.attr(AttrName::Hidden, |_| {});
                    }
                }
                m.count += 1;
            }
            if tag == Tag::TEMPLATE {
                m.in_template += 1;
            }
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
        text(builder, self.slice(start, end_at), decode);
        match end {
            Some(lt) => {
                self.skip_past(lt + 2, ">");
                let tag = builder.tag_for(name);
                builder.end_tag(tag);
            }
            None => self.pos = self.src.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::dom::tests::sexp;
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

    #[test]
    fn feed_marked_counts_start_tags_and_marks_the_hidden_ones() {
        let html = "<div id=r><p>a</p><template><p>in template</p><b>x</b></template>\
                    <ul><li>one</li><li>two</li></ul><noscript><img src=x></noscript><br></div>";
        // Positions: 0 div, 1 p, 2 template (its content is not counted),
        // 3 ul, 4 li, 5 li, 6 noscript (raw text, as in a live page), 7 br.
        let feed = |hidden: &[(u32, &str)]| {
            let mut b = Builder::new(0);
            b.start_tag(Tag::BODY, false);
            let counted = feed_marked(&mut b, html, hidden);
            (counted, b.finish())
        };
        let (counted, dom) = feed(&[(1, "p"), (5, "LI")]);
        assert_eq!(counted, Some(8));
        let hidden: Vec<String> = dom
            .descendants(dom.body)
            .filter(|&n| dom.attr(n, AttrName::Hidden).is_some())
            .map(|n| sexp(&dom, n))
            .collect();
        assert_eq!(hidden, [r#"(p "a")"#, r#"(li "two")"#]);
        assert_eq!(feed(&[]).0, Some(8));
        // A name that is not the tag at its position: the list and the
        // markup are not of the same tree.
        assert_eq!(feed(&[(3, "ol")]).0, None);
        // A position past the last tag, or out of order, is never reached.
        assert_eq!(feed(&[(9, "p")]).0, None);
        assert_eq!(feed(&[(4, "li"), (1, "p")]).0, None);
    }

    #[test]
    fn a_million_unclosed_tags_stop_at_the_node_cap() {
        use super::super::dom::{MAX_NODES, NONE};
        // Each `<p>x` is an element and a text node: 1.2 million of them
        // would be 2.4 million nodes.
        let html = format!("<p>first{}", "<p>x".repeat(1_200_000));
        let dom = parse(&html);
        assert!(dom.nodes.len() <= MAX_NODES + 4, "{}", dom.nodes.len());
        assert!(dom.nodes.len() >= MAX_NODES);
        let first = dom.children(dom.body).next().unwrap_or(NONE);
        assert_eq!(sexp(&dom, first), r#"(p "first")"#);
    }
}
