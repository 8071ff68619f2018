//! `entities()`, `entityGroups()`, `keyphrases()`, `highlight()`,
//! `highlightElement()` and `clearHighlights()` for JavaScript.
//!
//! `highlightElement` works on a live DOM: it reads the element's text
//! nodes, recognises entities in their joined text and wraps each mention
//! in `<mark data-lede data-type data-entity-id>` built with
//! `createElement` and `Text.splitText` only. Page text is never parsed as
//! HTML, so hostile text stays text.

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

use super::convert::{array, key, plain, to_js_error, with_keys, Keys, Plain, TextIn};
use crate::hash::Interner;
use crate::text::SentenceSplit;
use crate::{EntityType, Error};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The kinds of entity lede recognises. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'NUMBER' | 'EMAIL' | 'URL';
/** Options of `entities`, `entityGroups`, `highlight` and `highlightElement`. */
export interface EntityOptions {
  /** Only these types (default: all). */
  types?: EntityType[];
  /** The text's language: `'auto'` (default: detected) or an ISO 639-1 code such as `'de'`. */
  lang?: string;
}
/** An entity mention. `text === input.slice(start, end)` (UTF-16 code units). */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** The full name shared by all mentions ("Donald Trump" for "Trump"). */
  canonical: string;
  /** Shared by all mentions of the same entity in one text: "e1", "e2", ... */
  id: string;
}
/** All mentions of one entity, in order of first mention. */
export interface EntityGroup {
  id: string;
  type: EntityType;
  canonical: string;
  count: number;
  mentions: { start: number; end: number; text: string }[];
}
/** Options of `keyphrases`. */
export interface KeyphraseOptions {
  /** How many phrases, 1 to 100 (default 10). */
  top?: number;
  /** The text's language: `'auto'` (default: detected) or an ISO 639-1 code such as `'de'`. */
  lang?: string;
}
/** A ranked keyphrase with its occurrences. */
export interface Keyphrase {
  text: string;
  /** 0..1; the best phrase scores 1. */
  score: number;
  count: number;
  occurrences: { start: number; end: number; text: string }[];
}
/** A piece of the input; the pieces' texts joined give back the input. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Present when the segment is an entity mention. */
  entity?: Entity;
}
/** What `highlightElement` did. Entity offsets are into the joined text of
 * the element's highlighted text nodes (script, style, form fields and
 * editable regions are skipped). */
export interface HighlightResult {
  marks: number;
  entities: Entity[];
}
"#;

/// JS strings of one call's repeated texts (canonical names), each made
/// once rather than once per mention.
struct Strings {
    index: Interner,
    made: Vec<JsValue>,
}

impl Strings {
    fn new() -> Self {
        Strings {
            index: Interner::new(),
            made: Vec::new(),
        }
    }

    /// `s` as a JS string, `make` the first time.
    fn get(&mut self, s: &str, make: impl FnOnce() -> JsValue) -> JsValue {
        let k = self.index.intern(s.as_bytes()) as usize;
        if k == self.made.len() {
            self.made.push(make());
        }
        self.made.get(k).cloned().unwrap_or_else(|| key(s).into())
    }
}

/// Entity ids of up to this number are kept between calls ([`entity_id`]).
const KEPT_IDS: usize = 1024;

/// An entity id ("e1", "e2", ...) as a JS string. Every call numbers its
/// entities from 1, so the same strings come back call after call: they
/// are made once per module instance (each a `TextDecoder` call to make)
/// up to [`KEPT_IDS`], and each call's other ids as they come.
fn entity_id(id: &str) -> JsValue {
    thread_local! {
        static IDS: std::cell::RefCell<Vec<JsString>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    // Only ids spelt as `crate::entities` spells them: "e", then the
    // number's digits without a leading zero.
    let n = id
        .strip_prefix('e')
        .filter(|d| !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<usize>().ok())
        .filter(|n| (1..=KEPT_IDS).contains(n));
    let Some(n) = n else {
        return key(id).into();
    };
    IDS.with(|ids| {
        let mut ids = ids.borrow_mut();
        while ids.len() < n {
            let next = ids.len() + 1;
            ids.push(key(&format!("e{next}")));
        }
        ids.get(n - 1)
            .map_or_else(|| key(id).into(), |js| js.into())
    })
}

/// The canonical names of one call's entities ([`Strings`]).
struct EntityNames {
    canonicals: Strings,
    /// Whether the input is well formed ([`TextIn::well_formed`]).
    well_formed: bool,
}

impl EntityNames {
    fn new(well_formed: bool) -> Self {
        EntityNames {
            canonicals: Strings::new(),
            well_formed,
        }
    }

    /// The canonical name of `e`, whose mention's text is `text`: most
    /// names are first met written in full, and then the mention's text,
    /// already sliced from the input, is the name (no decoding).
    fn canonical(&mut self, e: &crate::Entity, text: &JsValue) -> JsValue {
        let same = self.well_formed && e.canonical() == e.text();
        self.canonicals.get(e.canonical(), || {
            if same {
                text.clone()
            } else {
                key(e.canonical()).into()
            }
        })
    }

    /// `{type, start, end, text, canonical, id}`.
    fn entity(
        &mut self,
        keys: &Keys,
        e: &crate::Entity,
        text: &JsValue,
        (start, end): (usize, usize),
    ) -> Plain {
        let o = plain();
        o.set(&keys.kind, &keys.values.get(e.kind().as_str()));
        o.set_number(&keys.start, start as f64);
        o.set_number(&keys.end, end as f64);
        o.set(&keys.text, text);
        o.set(&keys.canonical, &self.canonical(e, text));
        o.set(&keys.id, &entity_id(e.id()));
        o
    }
}

/// Reads an options object strictly: `undefined`/`null` or a plain object
/// whose keys are all in `known`. Returns the object (or `None`).
fn options_object(options: &JsValue, known: &[&str]) -> Result<Option<Object>, Error> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    let Some(object) = options
        .dyn_ref::<Object>()
        .filter(|_| options.is_object() && !Array::is_array(options))
    else {
        return Err(Error::invalid_option("options", "must be an object"));
    };
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(Error::invalid_option(
                &key,
                format!("unknown option; expected {}", known.join(", ")),
            ));
        }
    }
    Ok(Some(object.clone()))
}

fn get(object: &Object, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The `types` option (all types when absent) and the `lang` option
/// (`None`: detected).
fn types_option(options: &JsValue) -> Result<(Vec<EntityType>, Option<crate::Lang>), Error> {
    let Some(object) = options_object(options, &["types", "lang"])? else {
        return Ok((EntityType::ALL.to_vec(), None));
    };
    let lang = super::lang::lang_option("lang", &get(&object, "lang"))?;
    types_value(&get(&object, "types")).map(|types| (types, lang))
}

/// The value of the `types` option (all types when undefined).
fn types_value(value: &JsValue) -> Result<Vec<EntityType>, Error> {
    if value.is_undefined() {
        return Ok(EntityType::ALL.to_vec());
    }
    if !Array::is_array(value) {
        return Err(Error::invalid_option(
            "types",
            "must be an array of entity types such as [\"PERSON\", \"ORG\"]",
        ));
    }
    Array::from(value)
        .iter()
        .map(|t| match t.as_string() {
            Some(s) => s.parse::<EntityType>(),
            None => Err(Error::invalid_option(
                "types",
                "must contain strings such as \"PERSON\"",
            )),
        })
        .collect()
}

fn top_option(options: &JsValue) -> Result<usize, Error> {
    let Some(object) = options_object(options, &["top", "lang"])? else {
        return Ok(10);
    };
    top_value(&get(&object, "top"))
}

/// The value of the `top` option (10 when undefined).
pub(super) fn top_value(value: &JsValue) -> Result<usize, Error> {
    if value.is_undefined() {
        return Ok(10);
    }
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && (1.0..=crate::MAX_KEYPHRASES as f64).contains(&n) => {
            Ok(n as usize)
        }
        _ => Err(Error::invalid_option(
            "top",
            format!("must be a whole number from 1 to {}", crate::MAX_KEYPHRASES),
        )),
    }
}

/// Entities of the checked input, with their UTF-16 offsets.
/// With `split`, the sentences of `text` as the summary split them
/// (`analyze`), which the recognizer takes when they are what it needs.
fn find(
    text: &str,
    (types, lang): &(Vec<EntityType>, Option<crate::Lang>),
    split: Option<&SentenceSplit>,
) -> Result<(Vec<crate::Entity>, Vec<(usize, usize)>), Error> {
    let found = match (lang, split) {
        (Some(lang), Some(split)) => {
            crate::entities::entities_of_types_split(text, types, *lang, split)?
        }
        _ => crate::entities::entities_of_types_in(text, types, *lang)?,
    };
    let mut offsets = crate::Utf16Offsets::new(text);
    let spans = found.iter().map(|e| offsets.span(e.span())).collect();
    Ok((found, spans))
}

/// Finds the entities of `text`: people, organisations, places, groups,
/// dates, times, money, percentages, numbers, e-mail addresses and URLs.
/// Offsets are UTF-16 code units: `text.slice(e.start, e.end) === e.text`.
///
/// Throws a `RangeError` for an unknown option or type, or input over the
/// size limit, and a `TypeError` for binary data.
#[wasm_bindgen(unchecked_return_type = "Entity[]")]
pub fn entities(
    text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "EntityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text)?;
    let types = types_option(&options).map_err(to_js_error)?;
    Ok(Found::new(&input, &types, None)?.flat().into())
}

/// The entities found in an input, with what their JS objects share: the
/// UTF-16 spans, the texts sliced from the input, and the call's ids and
/// names. `analyze` makes its flat list and its groups from one `Found`,
/// so a mention's text and an entity's id and name are made once.
struct Found {
    entities: Vec<crate::Entity>,
    spans: Vec<(usize, usize)>,
    texts: Vec<JsValue>,
    names: EntityNames,
}

impl Found {
    /// Recognizes the entities of `input` of the types and in the language
    /// of `types` (over the sentences of `split` when given).
    fn new(
        input: &TextIn,
        types: &(Vec<EntityType>, Option<crate::Lang>),
        split: Option<&SentenceSplit>,
    ) -> Result<Found, JsValue> {
        let (entities, spans) = find(input.as_str(), types, split).map_err(to_js_error)?;
        let texts = spans
            .iter()
            .map(|&(start, end)| input.slice(start, end))
            .collect();
        Ok(Found {
            entities,
            spans,
            texts,
            names: EntityNames::new(input.well_formed()),
        })
    }

    /// `Entity[]`.
    fn flat(&mut self) -> Array {
        with_keys(|keys| {
            array(
                self.entities
                    .iter()
                    .zip(&self.spans)
                    .zip(&self.texts)
                    .map(|((e, &span), text)| self.names.entity(keys, e, text, span)),
            )
        })
    }

    /// `EntityGroup[]`: the entities grouped by id, in order of first
    /// mention (as [`crate::entity_groups`]).
    fn groups(&mut self) -> Array {
        let members = crate::entities::group_members(&self.entities);
        with_keys(|keys| {
            array(members.iter().filter_map(|members| {
                let k = *members.first()?;
                let first = self.entities.get(k)?;
                let o = plain();
                o.set(&keys.id, &entity_id(first.id()));
                o.set(&keys.kind, &keys.values.get(first.kind().as_str()));
                o.set(
                    &keys.canonical,
                    &self.names.canonical(first, self.texts.get(k)?),
                );
                o.set_number(&keys.count, members.len() as f64);
                let mentions = array(members.iter().filter_map(|&k| {
                    let &(start, end) = self.spans.get(k)?;
                    Some(keys.text_last(self.texts.get(k)?, start, end))
                }));
                o.set(&keys.mentions, &mentions);
                Some(o)
            }))
        })
    }
}

/// `entities` of text already brought in (for `summarizeHtml`), over the
/// summary's sentences, in `lang`, with `types` the value of the `types`
/// option.
pub(super) fn entities_in(
    input: &TextIn,
    types: &JsValue,
    lang: Option<crate::Lang>,
    split: &SentenceSplit,
) -> Result<JsValue, JsValue> {
    let types = types_value(types).map_err(to_js_error)?;
    Ok(Found::new(input, &(types, lang), Some(split))?
        .flat()
        .into())
}

/// The entities of `text` grouped by entity (same `id`), in order of first
/// mention, each with its canonical name, type, count and mentions.
#[wasm_bindgen(js_name = entityGroups, unchecked_return_type = "EntityGroup[]")]
pub fn entity_groups(
    text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "EntityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text)?;
    let types = types_option(&options).map_err(to_js_error)?;
    Ok(Found::new(&input, &types, None)?.groups().into())
}

/// `entities(text, options)` and `entityGroups(text, options)` from one
/// recognition pass, for `analyze()`, over the summary's sentences (as
/// [`entities_in`]).
pub(super) fn entities_and_groups(
    input: &TextIn,
    types: &JsValue,
    lang: Option<crate::Lang>,
    split: &SentenceSplit,
) -> Result<(JsValue, JsValue), JsValue> {
    let types = types_value(types).map_err(to_js_error)?;
    let mut found = Found::new(input, &(types, lang), Some(split))?;
    Ok((found.flat().into(), found.groups().into()))
}

/// The `top` (default 10) keyphrases of `text`, best first, each with its
/// score (0..1), count and occurrences.
#[wasm_bindgen(unchecked_return_type = "Keyphrase[]")]
pub fn keyphrases(
    text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "KeyphraseOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text)?;
    let top = top_option(&options).map_err(to_js_error)?;
    let lang = match options_object(&options, &["top", "lang"]).map_err(to_js_error)? {
        Some(o) => super::lang::lang_option("lang", &get(&o, "lang")).map_err(to_js_error)?,
        None => None,
    };
    keyphrases_in(&input, top, lang, None)
}

/// The `top` keyphrases of text already brought in (for `analyze`), in
/// `lang` (`None`: detected), over the sentences in `split` when it holds
/// those the ranker needs, and over the summary's words when given and
/// analysed in the ranker's language.
pub(super) fn keyphrases_in(
    input: &TextIn,
    top: usize,
    lang: Option<crate::Lang>,
    split: Option<(&SentenceSplit, Option<&crate::summarize::Words>)>,
) -> Result<JsValue, JsValue> {
    let phrases = match (lang, split) {
        (Some(lang), Some((split, words))) => {
            crate::keyphrases::keyphrases_split(input.as_str(), top, lang, split, words)
        }
        (Some(lang), None) => crate::keyphrases_in(input.as_str(), top, lang),
        (None, _) => crate::keyphrases(input.as_str(), top),
    }
    .map_err(to_js_error)?;
    let mut offsets = input.offsets();
    let out = with_keys(|keys| {
        array(phrases.iter().map(|p| {
            // A phrase is most often written as one of its occurrences:
            // its text is then that occurrence's slice, not decoded.
            let mut text: Option<JsValue> = None;
            let occurrences = array(p.occurrences().iter().map(|(span, _)| {
                let (start, end) = offsets.span(*span);
                let slice = input.slice(start, end);
                if text.is_none() && input.well_formed() && span.as_str(input.as_str()) == p.text()
                {
                    text = Some(slice.clone());
                }
                keys.text_last(&slice, start, end)
            }));
            let o = plain();
            o.set(&keys.text, &text.unwrap_or_else(|| key(p.text()).into()));
            o.set_number(&keys.score, p.score());
            o.set_number(&keys.count, p.count() as f64);
            o.set(&keys.occurrences, &occurrences);
            o
        }))
    });
    Ok(out.into())
}

/// Cuts `text` into segments for display: plain text and entity mentions,
/// in order. The segments' texts joined give back `text` exactly; render
/// each with `document.createTextNode`, never as HTML.
#[wasm_bindgen(unchecked_return_type = "Segment[]")]
pub fn highlight(
    text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "EntityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text)?;
    let types = types_option(&options).map_err(to_js_error)?;
    let s = input.as_str();
    let (found, spans) = find(s, &types, None).map_err(to_js_error)?;
    let segments = crate::highlight_segments(s, &found);
    let mut offsets = input.offsets();
    let mut names = EntityNames::new(input.well_formed());
    let out = with_keys(|keys| {
        array(segments.iter().map(|seg| {
            let (start, end) = offsets.span(seg.span());
            let text = input.slice(start, end);
            let o = keys.text_first(&text, start, end);
            let entity = seg.entity().and_then(|k| {
                let (e, &(start, end)) = (found.get(k)?, spans.get(k)?);
                Some(names.entity(keys, e, &input.slice(start, end), (start, end)))
            });
            if let Some(entity) = entity {
                o.set(&keys.entity, &entity);
            }
            o
        }))
    });
    Ok(out.into())
}

/// Elements whose text is never highlighted.
fn skipped(element: &Element) -> bool {
    let tag = element.tag_name().to_ascii_lowercase();
    if matches!(
        tag.as_str(),
        "script"
            | "style"
            | "textarea"
            | "input"
            | "select"
            | "option"
            | "noscript"
            | "template"
            | "iframe"
            | "object"
            | "svg"
            | "math"
            | "button"
    ) {
        return true;
    }
    if element.has_attribute("data-lede") {
        return true;
    }
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        if html.is_content_editable() {
            return true;
        }
    }
    matches!(
        element.get_attribute("contenteditable").as_deref(),
        Some("" | "true" | "plaintext-only")
    )
}

/// Elements that start a new line of text: their boundaries keep words of
/// two blocks apart.
fn is_block(element: &Element) -> bool {
    matches!(
        element.tag_name().to_ascii_lowercase().as_str(),
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "br"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "td"
            | "th"
            | "tr"
            | "ul"
    )
}

/// A text node and where its text sits in the joined text (UTF-16 units).
struct Piece {
    node: Text,
    start: usize,
    len: usize,
}

/// The text nodes under `root` in document order, the joined text the
/// recogniser reads (with a line break between blocks), and each node's
/// place in it.
fn collect_text(root: &Element) -> (String, Vec<Piece>) {
    let mut joined = String::new();
    let mut units = 0usize;
    let mut pieces = Vec::new();
    let mut pending_break = false;
    // Depth-first walk without recursion: (node, entering).
    let mut stack: Vec<(Node, bool)> = Vec::new();
    let mut child = root.last_child();
    while let Some(c) = child {
        child = c.previous_sibling();
        stack.push((c, true));
    }
    while let Some((node, entering)) = stack.pop() {
        if let Some(text) = node.dyn_ref::<Text>() {
            let data = text.data();
            if data.is_empty() {
                continue;
            }
            if pending_break && !joined.is_empty() {
                joined.push_str("\n\n");
                units += 2;
            }
            pending_break = false;
            let len: usize = data.chars().map(char::len_utf16).sum();
            pieces.push(Piece {
                node: text.clone(),
                start: units,
                len,
            });
            joined.push_str(&data);
            units += len;
            continue;
        }
        let Some(element) = node.dyn_ref::<Element>() else {
            continue;
        };
        if is_block(element) {
            pending_break = true;
        }
        if !entering || skipped(element) {
            continue;
        }
        stack.push((node.clone(), false));
        let mut child = node.last_child();
        while let Some(c) = child {
            child = c.previous_sibling();
            stack.push((c, true));
        }
    }
    (joined, pieces)
}

/// Wraps the mentions of entities in `element`'s text in `<mark>`
/// elements (`data-lede`, `data-type`, `data-entity-id`), across text
/// nodes: a mention that spans several nodes (`<b>Steve</b> Witkoff`) gets
/// one mark per node, all with the same `data-entity-id`. Skips script,
/// style, form fields and editable regions. Calling it again first removes
/// the marks it made, so marks never nest. Builds nodes with
/// `createElement` and `splitText` only: page text is never parsed as HTML.
#[wasm_bindgen(js_name = highlightElement, unchecked_return_type = "HighlightResult")]
pub fn highlight_element(
    element: &Element,
    #[wasm_bindgen(unchecked_optional_param_type = "EntityOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let types = types_option(&options).map_err(to_js_error)?;
    clear(element)?;
    let (joined, pieces) = collect_text(element);
    let (found, spans) = find(&joined, &types, None).map_err(to_js_error)?;
    let document = element
        .owner_document()
        .ok_or_else(|| JsValue::from(js_sys::Error::new("lede: the element has no document")))?;

    // Cuts per text node: (node index, local start, local end, entity index).
    let mut cuts: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut p = 0usize;
    for (k, &(start, end)) in spans.iter().enumerate() {
        while pieces
            .get(p)
            .is_some_and(|piece| piece.start + piece.len <= start)
        {
            p += 1;
        }
        let mut q = p;
        while let Some(piece) = pieces.get(q) {
            if piece.start >= end {
                break;
            }
            let a = start.max(piece.start) - piece.start;
            let b = end.min(piece.start + piece.len) - piece.start;
            if a < b {
                cuts.push((q, a, b, k));
            }
            q += 1;
        }
    }
    // From the last cut backwards, so earlier offsets in a node stay valid.
    let mut marks = 0u32;
    for &(q, a, b, k) in cuts.iter().rev() {
        let (Some(piece), Some(entity)) = (pieces.get(q), found.get(k)) else {
            continue;
        };
        let node = &piece.node;
        if b < piece.len {
            node.split_text(b as u32)?;
        }
        let middle = if a > 0 {
            node.split_text(a as u32)?
        } else {
            node.clone()
        };
        let mark = document.create_element("mark")?;
        mark.set_attribute("data-lede", "")?;
        mark.set_attribute("data-type", entity.kind().as_str())?;
        mark.set_attribute("data-entity-id", entity.id())?;
        let parent = middle.parent_node().ok_or_else(|| {
            JsValue::from(js_sys::Error::new("lede: a text node lost its parent"))
        })?;
        parent.insert_before(&mark, Some(&middle))?;
        mark.append_child(&middle)?;
        marks += 1;
    }

    // (Each mention's text is made from its own text below.)
    let mut names = EntityNames::new(true);
    let out = plain();
    out.set_number(&key("marks"), f64::from(marks));
    let entities = with_keys(|keys| {
        array(
            found
                .iter()
                .zip(spans)
                .map(|(e, span)| names.entity(keys, e, &key(e.text()).into(), span)),
        )
    });
    out.set(&key("entities"), &entities);
    Ok(out.into())
}

fn clear(element: &Element) -> Result<u32, JsValue> {
    let marks = element.query_selector_all("mark[data-lede]")?;
    let mut removed = 0u32;
    for k in 0..marks.length() {
        let Some(mark) = marks.item(k) else { continue };
        let Some(parent) = mark.parent_node() else {
            continue;
        };
        while let Some(child) = mark.first_child() {
            parent.insert_before(&child, Some(&mark))?;
        }
        parent.remove_child(&mark)?;
        parent.normalize();
        removed += 1;
    }
    Ok(removed)
}

/// Removes the marks `highlightElement` made in `element` and merges the
/// text nodes it split, restoring the DOM. Returns the number of marks removed.
#[wasm_bindgen(js_name = clearHighlights)]
pub fn clear_highlights(element: &Element) -> Result<u32, JsValue> {
    clear(element)
}
