//! Conversions at the JS boundary: strings in, plain objects and errors out.

use js_sys::{Array, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::{Error, ErrorKind, Utf16Offsets};

/// A JS string brought into Rust.
///
/// JS strings may hold lone surrogates, which UTF-8 cannot; they arrive as
/// U+FFFD. That keeps every UTF-16 offset valid (one unit each way), and
/// [`slice_fields_from_js`] then re-slices returned `text` fields from the
/// original JS string so callers get back exactly what they passed in.
pub(crate) struct TextIn<'a> {
    js: &'a JsString,
    text: String,
    well_formed: bool,
}

impl<'a> TextIn<'a> {
    pub(crate) fn new(js: &'a JsString) -> Self {
        let well_formed = js.is_valid_utf16();
        TextIn {
            js,
            text: String::from(js),
            well_formed,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    pub(crate) fn offsets(&self) -> Utf16Offsets<'_> {
        Utf16Offsets::new(&self.text)
    }
}

/// Serializes `value` as plain JS objects and arrays (no `Map`s).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            JsValue::from(js_sys::Error::new(&format!(
                "lede: cannot convert the result: {e}"
            )))
        })
}

/// When the input had lone surrogates, replaces the `text` field of every
/// object in the array `value` (and of the nested arrays named in `nested`)
/// with `input.slice(start, end)`.
pub(crate) fn slice_fields_from_js(
    input: &TextIn,
    value: &JsValue,
    nested: &[&str],
) -> Result<(), JsValue> {
    if input.well_formed {
        return Ok(());
    }
    let Some(items) = value.dyn_ref::<Array>() else {
        return Ok(());
    };
    for item in items.iter() {
        let start = Reflect::get(&item, &"start".into())?.as_f64();
        let end = Reflect::get(&item, &"end".into())?.as_f64();
        if let (Some(start), Some(end)) = (start, end) {
            Reflect::set(
                &item,
                &"text".into(),
                &input.js.slice(start as u32, end as u32),
            )?;
        }
        for key in nested {
            let inner = Reflect::get(&item, &(*key).into())?;
            slice_fields_from_js(input, &inner, &[])?;
        }
    }
    Ok(())
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
