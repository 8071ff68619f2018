//! `extract()` and `extractElement()`: article extraction for JavaScript.
//!
//! `extract` parses an HTML string (for the page's worker, which has no
//! DOM). `extractElement` copies a live DOM subtree into the same tree
//! type, so an extension's content script gets the page as the user sees
//! it, and both run the same algorithm.

use js_sys::{Array, Function, JsString, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::convert::{key, plain, to_js_error};
use crate::{Article, Error, ErrorKind, ExtractOptions, Utf16Offsets, MAX_HTML_BYTES};
use lede_html::{AttrName, Builder, Tag};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of `extract`. */
export interface ExtractOptions {
  /** The page's address; its host names the site when the page does not. */
  url?: string;
}

/** A block of an article. `article.text.slice(start, end) === text`. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted' | 'standfirst';
  /** Heading level, 1–6 (headings only). */
  level?: number;
  text: string;
  /** Start offset in `Article.text`, in UTF-16 code units. */
  start: number;
  /** End offset (exclusive) in `Article.text`, in UTF-16 code units. */
  end: number;
}

/**
 * Text that belongs to the article without being its prose: an entry of
 * its references, or a caption or credit. Kept beside `Article.text`, not
 * in it, so summaries, entities and marks never come from it.
 */
export interface Note {
  kind: 'reference' | 'caption';
  text: string;
}

/** The article of a page, as Readability's `parse()` gives it, with blocks. */
export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /**
   * The standfirst (dek, subtitle): the sentence or two under the headline
   * that says what the article is about, or null. It is also a block of
   * kind 'standfirst' in `blocks` (usually the first), so `text` holds it.
   */
  standfirst: string | null;
  /** Paragraphs, headings, list items, quotes and preformatted text, in order. */
  blocks: Block[];
  /** The blocks' text separated by blank lines: ready for `summarize` and `sentences`. */
  text: string;
  /** `text.length`. */
  length: number;
  /** Captions and credits, then reference lists, each in page order. */
  notes: Note[];
  /** True when the page had more than 2^20 elements and text runs: the
   * text past that point is kept, without its structure. */
  truncated: boolean;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// The platform's UTF-8 encoder (browsers, workers and Node all have it).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, input: &JsString, dest: &Uint8Array) -> EncodeResult;

    /// What `encodeInto` did: UTF-16 units read, bytes written.
    type EncodeResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeResult) -> u32;
}

/// `buf[from..]` as a `Uint8Array` over wasm memory (taken anew after any
/// allocation, which may grow the memory and detach the old buffer).
fn view_of(buf: &[u8], from: usize) -> Uint8Array {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let rest = buf.get(from..).unwrap_or_default();
    Uint8Array::new_with_byte_offset_and_length(
        &memory.buffer(),
        rest.as_ptr() as u32,
        rest.len() as u32,
    )
}

/// `html` as UTF-8, lone surrogates as U+FFFD: `TextEncoder.encodeInto`
/// straight into wasm memory. wasm-bindgen's own string passing first
/// copies the ASCII prefix one unit at a time in JS (a tenth of the time
/// of `extract` on a 1 MB ASCII page); `encode` allocates a JS copy and is
/// slow on two-byte strings.
fn string_from_js(html: &JsString) -> String {
    let encoder = TextEncoder::new();
    let units = html.length();
    // Enough when the page is ASCII.
    let mut buf = vec![0u8; units as usize];
    let done = encoder.encode_into(html, &view_of(&buf, 0));
    let (read, mut written) = (done.read(), done.written() as usize);
    if read < units {
        // Enough for the rest, at most three bytes per UTF-16 unit.
        buf.resize(written + (units - read) as usize * 3, 0);
        let rest = html.substring(read, units);
        written += encoder
            .encode_into(&rest, &view_of(&buf, written))
            .written() as usize;
    }
    buf.truncate(written);
    // encodeInto writes whole characters of valid UTF-8.
    String::from_utf8(buf).unwrap_or_default()
}

fn opt(s: Option<&str>) -> JsValue {
    s.map_or(JsValue::NULL, |s| key(s).into())
}

/// The `Article` object: `text` crosses the boundary once, and each
/// block's `text` is a slice of it (`article.text.slice(start, end)`, which
/// JavaScript engines make without copying).
fn article_to_js(article: &Article) -> JsValue {
    let text = article.text();
    let text_js = key(text);
    let mut offsets = Utf16Offsets::new(text);
    let (k_kind, k_level, k_text, k_start, k_end) = (
        key("kind"),
        key("level"),
        key("text"),
        key("start"),
        key("end"),
    );
    let blocks = Array::new();
    for b in article.blocks() {
        let (start, end) = offsets.span(b.span());
        let o = plain();
        o.set(&k_kind, &key(b.kind().name()));
        if let Some(level) = b.level() {
            o.set_number(&k_level, f64::from(level));
        }
        o.set(&k_text, &text_js.slice(start as u32, end as u32));
        o.set_number(&k_start, start as f64);
        o.set_number(&k_end, end as f64);
        blocks.push(&o);
    }
    let length = offsets.utf16(text.len());
    let out = plain();
    for (name, value) in [
        ("title", article.title()),
        ("byline", article.byline()),
        ("siteName", article.site_name()),
        ("publishedTime", article.published_time()),
        ("lang", article.lang()),
        ("dir", article.dir()),
        ("excerpt", article.excerpt()),
        ("standfirst", article.standfirst()),
    ] {
        out.set(&key(name), &opt(value));
    }
    out.set(&key("blocks"), &blocks);
    out.set(&k_text, &text_js);
    let notes = Array::new();
    for n in article.notes() {
        let o = plain();
        o.set(&k_kind, &key(n.kind().name()));
        o.set(&k_text, &key(n.text()));
        notes.push(&o);
    }
    out.set(&key("notes"), &notes);
    out.set_number(&key("length"), length as f64);
    out.set_bool(&key("truncated"), article.is_truncated());
    out.into()
}

/// Reads `{ url?: string }` strictly: an unknown key or a value of the
/// wrong type is an error naming the option.
fn options_from_js(options: &JsValue) -> Result<ExtractOptions, Error> {
    let mut out = ExtractOptions::new();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    let Some(object) = options
        .dyn_ref::<Object>()
        .filter(|_| options.is_object() && !Array::is_array(options))
    else {
        return Err(Error::invalid_option(
            "options",
            "must be an object such as { url: 'https://…' }",
        ));
    };
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = Reflect::get(options, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        match key.as_str() {
            "url" => {
                if value.is_undefined() {
                    continue;
                }
                let Some(url) = value.as_string() else {
                    return Err(Error::invalid_option("url", "must be a string"));
                };
                out = out.url(url);
            }
            other => {
                return Err(Error::invalid_option(
                    other,
                    "unknown option; `extract` takes `url`",
                ))
            }
        }
    }
    Ok(out)
}

/// Extracts the article from a page's HTML (Readability-style): metadata,
/// blocks and plain text. Offsets are UTF-16 code units into `text`.
///
/// Throws a `RangeError` (`LEDE_TOO_LARGE`) past 16 MiB, a `RangeError`
/// (`LEDE_INVALID_OPTION`) for a bad option, a `TypeError` (`LEDE_NOT_TEXT`)
/// for binary data and an `Error` (`LEDE_EMPTY`) when the page has no text.
#[wasm_bindgen(unchecked_return_type = "Article")]
pub fn extract(
    html: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "ExtractOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    super::convert::check_js_input(html)?;
    let options = options_from_js(&options).map_err(to_js_error)?;
    // Lone surrogates become U+FFFD: the text we return is our own, so its
    // offsets need no mapping back to the input.
    let html = string_from_js(html);
    let article = crate::extract_with(&html, &options).map_err(to_js_error)?;
    Ok(article_to_js(&article))
}

/// Extracts the article from a live DOM element (usually `document.body`
/// or `document.documentElement`), as the page is now: nodes hidden by the
/// `hidden` attribute, `aria-hidden`, inline styles or (when the element
/// is in the document and rendered) computed styles are left out. Metadata
/// comes from the element's document. Same result shape and errors as
/// `extract`.
#[wasm_bindgen(js_name = extractElement, unchecked_return_type = "Article")]
pub fn extract_element(element: &Element) -> Result<JsValue, JsValue> {
    let dom = match copy_marked(element) {
        Some(dom) => dom,
        None => copy_dom(element),
    }
    .map_err(to_js_error)?;
    let article = crate::extract::from_dom(dom, None).map_err(to_js_error)?;
    Ok(article_to_js(&article))
}

/// Elements never copied: their content is not text a reader sees.
fn skipped(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::SCRIPT
            | Tag::STYLE
            | Tag::NOSCRIPT
            | Tag::TEMPLATE
            | Tag::SVG
            | Tag::IFRAME
            | Tag::FRAME
            | Tag::FRAMESET
            | Tag::CANVAS
            | Tag::VIDEO
            | Tag::AUDIO
            | Tag::OBJECT
            | Tag::EMBED_
            | Tag::HEAD
            | Tag::TITLE
            | Tag::META
            | Tag::LINK
    )
}

fn too_large() -> Error {
    Error::new(
        ErrorKind::TooLarge,
        format!(
            "the element holds more than {} MB of text; lede accepts at most that much",
            MAX_HTML_BYTES / (1024 * 1024)
        ),
    )
}

/// Copies the kept attributes of `el` into the builder.
fn copy_attrs(b: &mut Builder, el: &Element) {
    if !el.has_attributes() {
        return;
    }
    for name in el.get_attribute_names().iter() {
        let Some(name) = name.as_string() else {
            continue;
        };
        let Some(attr) = AttrName::from_name(&name.to_ascii_lowercase()) else {
            continue;
        };
        if let Some(value) = el.get_attribute(&name) {
            b.attr(attr, |buf| buf.push_str(&value));
        }
    }
}

/// `Element.prototype.checkVisibility`, where the browser has it, with the
/// options that also test `visibility: hidden`; and `getComputedStyle`,
/// for the elements it calls hidden that are `display: contents` (they
/// make no box of their own, so checkVisibility says false, but their
/// children are rendered).
struct Visibility {
    check: Option<(Function, JsValue)>,
    style: Option<Function>,
}

impl Visibility {
    fn new(root: &Element) -> Visibility {
        let none = Visibility {
            check: None,
            style: None,
        };
        if !root.is_connected() {
            // Not rendered: every check would say "hidden".
            return none;
        }
        let check = Reflect::get(root, &"checkVisibility".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let style = Reflect::get(&js_sys::global(), &"getComputedStyle".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let options = Object::new();
        let _ = Reflect::set(&options, &"visibilityProperty".into(), &JsValue::TRUE);
        let visibility = Visibility {
            check: check.map(|f| (f, options.into())),
            style,
        };
        // An element that is itself not rendered (a page that hides its body
        // until its scripts run, say) tells nothing apart: every node in it
        // would read as hidden. Then only attributes and inline styles count.
        if visibility.visible(root) {
            visibility
        } else {
            none
        }
    }

    fn visible(&self, el: &Element) -> bool {
        let Some((f, options)) = &self.check else {
            return true;
        };
        let rendered = f
            .call1(el, options)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        rendered || self.display_contents(el)
    }

    /// True when `el`'s computed `display` is `contents`.
    fn display_contents(&self, el: &Element) -> bool {
        self.style
            .as_ref()
            .and_then(|f| f.call1(&JsValue::UNDEFINED, el).ok())
            .and_then(|style| Reflect::get(&style, &"display".into()).ok())
            .and_then(|d| d.as_string())
            .is_some_and(|d| d == "contents")
    }
}

/// The element extraction reads: the body when given the whole document
/// (`<html>`), else `root` itself.
fn reading_root(root: &Element) -> Element {
    root.local_name()
        .eq_ignore_ascii_case("html")
        .then(|| root.query_selector("body").ok().flatten())
        .flatten()
        .unwrap_or_else(|| root.clone())
}

/// Starts the tree: `<html>` with the document's attributes, a `<head>`
/// with its `<meta>`, `<title>` and JSON-LD, and an open `<body>`.
fn copy_head(b: &mut Builder, doc: Option<&Document>) -> Result<(), Error> {
    if let Some(html) = doc.and_then(|d| d.document_element()) {
        copy_attrs(b, &html);
    }
    b.start_tag(Tag::HTML, false);
    b.start_tag(Tag::HEAD, false);
    if let Some(list) = doc.and_then(|d| d.query_selector_all("meta, title, script[type]").ok()) {
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let tag = b.tag_for(&el.local_name().to_ascii_lowercase());
            let is_json_ld = el
                .get_attribute("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            if tag == Tag::SCRIPT && !is_json_ld {
                continue;
            }
            // An inline SVG's `<title>` names a picture, not the page.
            if tag == Tag::TITLE
                && el
                    .namespace_uri()
                    .is_some_and(|ns| ns != "http://www.w3.org/1999/xhtml")
            {
                continue;
            }
            copy_attrs(b, &el);
            b.start_tag(tag, false);
            if tag != Tag::META {
                let text = el.text_content().unwrap_or_default();
                if text.len() > MAX_HTML_BYTES {
                    return Err(too_large());
                }
                b.text(|buf| buf.push_str(&text));
                b.end_tag(tag);
            }
        }
    }
    b.end_tag(Tag::HEAD);
    b.start_tag(Tag::BODY, false);
    Ok(())
}

/// The elements under `root` that `checkVisibility` says are not rendered,
/// as (position, name, number of descendants), positions counted with `root` as 0 and then in
/// `getElementsByTagName('*')` order, without the descendants of one
/// already listed; and how many elements there are, `root` included.
/// `None` when nothing can be checked (a detached or unrendered element, a
/// browser without `checkVisibility`).
fn hidden_elements(
    root: &Element,
    visibility: &Visibility,
) -> Option<(Vec<(u32, String, u32)>, u32)> {
    visibility.check.as_ref()?;
    let all = root.get_elements_by_tag_name("*");
    let total = all.length();
    // The root is visible (see `Visibility::new`); its descendants follow.
    let mut hidden = Vec::new();
    let mut i = 0;
    while i < total {
        let Some(el) = all.item(i) else { break };
        if !visibility.visible(&el) {
            // Its descendants come next in the list: no need to ask.
            let descendants = el.get_elements_by_tag_name("*").length();
            hidden.push((i + 1, el.local_name(), descendants));
            i += descendants;
        }
        i += 1;
    }
    Some((hidden, total + 1))
}

/// The quick way to copy a live subtree: the browser serializes it
/// (`outerHTML`, native code) and the elements it does not render are
/// skipped by their position, so the page's state is read with a few calls
/// instead of a dozen per node. `None` when the markup and the element list
/// do not line up (an element script put inside `<noscript>`, a tree that
/// changed in between) or the markup is over the size limit: then
/// [`copy_dom`] walks it.
fn copy_marked(root: &Element) -> Option<Result<lede_html::Dom, Error>> {
    let root = reading_root(root);
    // As a JS string: web-sys's `outer_html()` would copy it into a Rust
    // `String` the slow way (see `string_from_js`).
    let markup: JsString = Reflect::get(&root, &"outerHTML".into())
        .ok()?
        .dyn_into()
        .ok()?;
    // Markup past the size limit (inline images as data: URLs, huge SVGs)
    // may still hold little text: the node-by-node copy, which limits the
    // text, decides.
    if markup.length() as usize > MAX_HTML_BYTES {
        return None;
    }
    let html = string_from_js(&markup);
    if html.len() > MAX_HTML_BYTES {
        return None;
    }
    let visibility = Visibility::new(&root);
    let checked = hidden_elements(&root, &visibility);
    let marks: Vec<lede_html::Hidden<'_>> = checked
        .iter()
        .flat_map(|(hidden, _)| hidden)
        .map(|(position, name, descendants)| lede_html::Hidden {
            position: *position,
            name,
            descendants: *descendants,
        })
        .collect();
    let mut b = Builder::new(html.len());
    if let Err(e) = copy_head(&mut b, root.owner_document().as_ref()) {
        return Some(Err(e));
    }
    let counted = lede_html::feed_marked(&mut b, &html, &marks)?;
    // The markup holds as many elements as the page does (past the node
    // cap the rest is left out either way).
    if checked.is_some_and(|(_, total)| counted != total) && !b.is_full() {
        return None;
    }
    Some(Ok(b.finish()))
}

/// Copies the document's metadata and the subtree of `root` into a tree
/// the extractor reads, node by node and without recursion.
fn copy_dom(root: &Element) -> Result<lede_html::Dom, Error> {
    let mut b = Builder::new(0);
    let root = &reading_root(root);
    copy_head(&mut b, root.owner_document().as_ref())?;

    let visibility = Visibility::new(root);
    let root_node: &Node = root.as_ref();
    let mut node: Node = root_node.clone();
    // For each element entered on the current path: whether the builder
    // pushed it (and so must close it).
    let mut path: Vec<bool> = Vec::new();
    'walk: loop {
        let mut descend = false;
        match node.node_type() {
            Node::ELEMENT_NODE => {
                if let Some(el) = node.dyn_ref::<Element>() {
                    let tag = b.tag_for(&el.local_name().to_ascii_lowercase());
                    if !skipped(tag) && visibility.visible(el) {
                        copy_attrs(&mut b, el);
                        let pushed = b.open(tag);
                        if node.first_child().is_some() {
                            path.push(pushed);
                            descend = true;
                        } else if pushed {
                            b.close();
                        }
                    }
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                if let Some(text) = node.node_value() {
                    b.text(|buf| buf.push_str(&text));
                    if b.stored_bytes() > MAX_HTML_BYTES {
                        return Err(too_large());
                    }
                }
            }
            _ => {}
        }
        if descend {
            if let Some(first) = node.first_child() {
                node = first;
                continue;
            }
        }
        loop {
            if node.is_same_node(Some(root_node)) {
                break 'walk;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                continue 'walk;
            }
            let Some(parent) = node.parent_node() else {
                break 'walk;
            };
            node = parent;
            if path.pop() == Some(true) {
                b.close();
            }
        }
    }
    Ok(b.finish())
}
