//! Conversions at the JS boundary: strings in, plain objects and errors out.

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use std::cell::RefCell;

use crate::{Error, ErrorKind, Utf16Offsets, MAX_INPUT_BYTES};

/// A JS string brought into Rust.
///
/// JS strings may hold lone surrogates, which UTF-8 cannot; they arrive as
/// U+FFFD. That keeps every UTF-16 offset valid (one unit each way), and
/// [`TextIn::slice`] then takes returned `text` fields from the original JS
/// string so callers get back exactly what they passed in.
pub(crate) struct TextIn<'a> {
    js: &'a JsString,
    text: String,
    well_formed: bool,
}

impl<'a> TextIn<'a> {
    /// Brings `js` in, after [`check_js_input`].
    pub(crate) fn new(js: &'a JsString) -> Result<Self, JsValue> {
        check_js_input(js)?;
        let text = String::from(js);
        // A lone surrogate arrives as U+FFFD, so text without one came from
        // a well-formed string. Only text with one pays for the exact check,
        // which crosses into JS once per UTF-16 unit (`charCodeAt`).
        let well_formed = !text.contains('\u{FFFD}') || js.is_valid_utf16();
        Ok(TextIn {
            js,
            text,
            well_formed,
        })
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    pub(crate) fn offsets(&self) -> Utf16Offsets<'_> {
        Utf16Offsets::new(&self.text)
    }

    /// The part of the input at UTF-16 offsets `start..end`, as a JS
    /// string: `input.slice(start, end)`, the text at that span for a
    /// well-formed input and the caller's exact units (lone surrogates
    /// included) otherwise. Slicing the JS string costs a fraction of
    /// decoding the span's UTF-8 into a new string (a `TextDecoder` call
    /// per string).
    pub(crate) fn slice(&self, start: usize, end: usize) -> JsValue {
        self.js.slice(start as u32, end as u32).into()
    }

    /// Whether the input is well formed (no lone surrogate): then the
    /// slice at a span is the text of that span, so a result's text that
    /// is the text of one of its spans can be that span's slice.
    pub(crate) fn well_formed(&self) -> bool {
        self.well_formed
    }

    /// Like [`TextIn::slice`], for text shown to a reader (sentences,
    /// summaries, titles): without its Markdown syntax
    /// ([`strip_markdown`](crate::strip_markdown)). Equal to the slice when
    /// the text has none, and always for input with lone surrogates.
    pub(crate) fn plain_slice(&self, text: &str, start: usize, end: usize) -> JsValue {
        match crate::strip_markdown(text) {
            std::borrow::Cow::Owned(plain) if self.well_formed => key(&plain).into(),
            _ => self.slice(start, end),
        }
    }
}

/// Checks an input before it is copied into wasm memory: it must be a
/// string (a `TypeError`, `LEDE_NOT_TEXT`, rather than a trap), and it is
/// rejected by its length alone when it cannot fit the size limit. A string
/// of `n` UTF-16 units is at least `n` bytes of UTF-8, so past
/// [`MAX_INPUT_BYTES`] units it is over the limit: the check costs nothing
/// and no memory, where copying a huge string first would hold it for the
/// life of the instance.
pub(crate) fn check_js_input(js: &JsValue) -> Result<(), JsValue> {
    let Some(s) = js.dyn_ref::<JsString>().filter(|_| js.is_string()) else {
        return Err(to_js_error(Error::new(
            ErrorKind::NotText,
            format!("the input must be a string, got {}", type_name(js)),
        )));
    };
    let units = s.length() as usize;
    if units > MAX_INPUT_BYTES {
        return Err(to_js_error(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the text is {} million characters, more than {} MB; lede accepts at most {} MB. Split it into parts and process each",
                units / 1_000_000,
                MAX_INPUT_BYTES / (1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        )));
    }
    Ok(())
}

/// `null`, `undefined`, `an array` or the `typeof` of a value, for messages.
pub(crate) fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value of another type".into())
    }
}

#[wasm_bindgen]
extern "C" {
    /// A plain object being filled in: `object[key] = value`, one call each
    /// (no `Reflect` round trip, no boxing of numbers). Results are built
    /// with it rather than through serde, whose serializer would add its
    /// generic code to the module for every result type.
    #[wasm_bindgen(extends = Object)]
    pub(crate) type Plain;
    #[wasm_bindgen(method, indexing_setter)]
    pub(crate) fn set(this: &Plain, key: &JsString, value: &JsValue);
    #[wasm_bindgen(method, indexing_setter)]
    pub(crate) fn set_number(this: &Plain, key: &JsString, value: f64);
    #[wasm_bindgen(method, indexing_setter)]
    pub(crate) fn set_bool(this: &Plain, key: &JsString, value: bool);
}

/// A new empty plain object.
pub(crate) fn plain() -> Plain {
    Object::new().unchecked_into()
}

/// A property name (or any string value) as a JS string.
pub(crate) fn key(name: &str) -> JsString {
    JsString::from(name)
}

/// The property names of results, and the fixed strings among their
/// values (roles, entity types, feature and language names), as JS strings
/// made once per module instance ([`with_keys`]).
///
/// Every string made from wasm is decoded from UTF-8 by a `TextDecoder`
/// (about a quarter of a microsecond in Node, even for `"end"`), and each
/// call used to make its dozens of keys again.
pub(crate) struct Keys {
    pub(crate) start: JsString,
    pub(crate) end: JsString,
    pub(crate) text: JsString,
    pub(crate) kind: JsString,
    pub(crate) canonical: JsString,
    pub(crate) id: JsString,
    pub(crate) count: JsString,
    pub(crate) mentions: JsString,
    pub(crate) score: JsString,
    pub(crate) occurrences: JsString,
    pub(crate) entity: JsString,
    pub(crate) role: JsString,
    pub(crate) rank: JsString,
    pub(crate) selected: JsString,
    pub(crate) features: JsString,
    /// The summarizer's feature names (`features` keys).
    pub(crate) feature_names: Names,
    /// Values from a fixed set, one per item: roles, entity types.
    pub(crate) values: Names,
    /// Other names: those set once per call.
    pub(crate) names: Names,
}

/// Strings from a small fixed set as JS strings, each made at its first
/// use. The lookup is a scan, so each set should stay small.
pub(crate) struct Names(RefCell<Vec<(&'static str, JsString)>>);

impl Names {
    fn new() -> Self {
        Names(RefCell::new(Vec::new()))
    }

    /// `name` as a JS string.
    pub(crate) fn get(&self, name: &'static str) -> JsString {
        let mut names = self.0.borrow_mut();
        if let Some((_, js)) = names
            .iter()
            .find(|(n, _)| std::ptr::eq(*n, name) || *n == name)
        {
            return js.clone();
        }
        let js = key(name);
        names.push((name, js.clone()));
        js
    }
}

thread_local! {
    static KEYS: Keys = Keys::new();
}

/// Runs `f` with the module's [`Keys`].
pub(crate) fn with_keys<R>(f: impl FnOnce(&Keys) -> R) -> R {
    KEYS.with(f)
}

impl Keys {
    fn new() -> Self {
        Keys {
            start: key("start"),
            end: key("end"),
            text: key("text"),
            kind: key("type"),
            canonical: key("canonical"),
            id: key("id"),
            count: key("count"),
            mentions: key("mentions"),
            score: key("score"),
            occurrences: key("occurrences"),
            entity: key("entity"),
            role: key("role"),
            rank: key("rank"),
            selected: key("selected"),
            features: key("features"),
            feature_names: Names::new(),
            values: Names::new(),
            names: Names::new(),
        }
    }

    /// A property set once per call, or a value of such a property.
    pub(crate) fn name(&self, name: &'static str) -> JsString {
        self.names.get(name)
    }

    /// `{text, start, end}`, in this key order.
    pub(crate) fn text_first(&self, text: &JsValue, start: usize, end: usize) -> Plain {
        let o = plain();
        o.set(&self.text, text);
        o.set_number(&self.start, start as f64);
        o.set_number(&self.end, end as f64);
        o
    }

    /// `{start, end, text}`, in this key order.
    pub(crate) fn text_last(&self, text: &JsValue, start: usize, end: usize) -> Plain {
        let o = plain();
        o.set_number(&self.start, start as f64);
        o.set_number(&self.end, end as f64);
        o.set(&self.text, text);
        o
    }
}

/// Collects JS values into an `Array`.
pub(crate) fn array<T: AsRef<JsValue>>(items: impl IntoIterator<Item = T>) -> Array {
    let out = Array::new();
    for item in items {
        out.push(item.as_ref());
    }
    out
}

/// Maps a core error to a JS error a person can act on: `RangeError` for
/// bad options and oversized input, `TypeError` for input that is not text,
/// `Error` otherwise. The error carries a `code` property
/// (`"LEDE_INVALID_OPTION"`, ...) and, for options, an `option` property.
pub(crate) fn to_js_error(error: Error) -> JsValue {
    let message = format!("lede: {error}");
    let (js_error, code): (js_sys::Error, &str) = match error.kind() {
        ErrorKind::InvalidOption => (
            js_sys::RangeError::new(&message).into(),
            "LEDE_INVALID_OPTION",
        ),
        ErrorKind::TooLarge => (js_sys::RangeError::new(&message).into(), "LEDE_TOO_LARGE"),
        ErrorKind::NotText => (js_sys::TypeError::new(&message).into(), "LEDE_NOT_TEXT"),
        ErrorKind::Empty => (js_sys::Error::new(&message), "LEDE_EMPTY"),
    };
    let value = JsValue::from(js_error);
    // Setting a property on a fresh Error object cannot fail; ignore the result.
    let _ = Reflect::set(&value, &"code".into(), &code.into());
    if let Some(option) = error.option() {
        let _ = Reflect::set(&value, &"option".into(), &option.into());
    }
    value
}
