//! The JavaScript API, built only for `wasm32`. This is the one module that
//! knows about JavaScript: it converts byte spans to UTF-16 offsets, core
//! errors to JS `Error`s, and core results to plain objects.

mod convert;

use js_sys::JsString;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use convert::{slice_fields_from_js, to_js, to_js_error, TextIn};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A sentence of the input. `text === input.slice(start, end)`. */
export interface Sentence {
  /** The sentence, exactly as it appears in the input. */
  text: string;
  /** Start offset in UTF-16 code units (what `String.prototype.slice` takes). */
  start: number;
  /** End offset (exclusive) in UTF-16 code units. */
  end: number;
}
"#;

/// Installs the panic hook so that a bug shows a readable message in the
/// console instead of `unreachable executed`.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The version of lede, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Splits `text` into sentences. Offsets are UTF-16 code units, so
/// `text.slice(s.start, s.end) === s.text` for every sentence.
///
/// Throws a `RangeError` when the text is larger than the size limit and a
/// `TypeError` when it is binary data.
#[wasm_bindgen(unchecked_return_type = "Sentence[]")]
pub fn sentences(text: &JsString) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text);
    crate::check_input(input.as_str()).map_err(to_js_error)?;
    let mut offsets = input.offsets();
    let out: Vec<SentenceOut> = crate::sentence_indices(input.as_str())
        .map(|(span, sentence)| {
            let (start, end) = offsets.span(span);
            SentenceOut { text: sentence, start, end }
        })
        .collect();
    let value = to_js(&out)?;
    slice_fields_from_js(&input, &value, &[])?;
    Ok(value)
}
