//! `sentences()`: segmentation for JavaScript.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use super::convert::{array, to_js_error, SpanKeys, TextIn};

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

/// Splits `text` into sentences. Offsets are UTF-16 code units, so
/// `text.slice(s.start, s.end) === s.text` for every sentence.
///
/// Throws a `RangeError` when the text is larger than the size limit and a
/// `TypeError` when it is binary data.
#[wasm_bindgen(unchecked_return_type = "Sentence[]")]
pub fn sentences(text: &JsString) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text)?;
    crate::check_input(input.as_str()).map_err(to_js_error)?;
    let mut offsets = input.offsets();
    let keys = SpanKeys::new();
    let out = array(
        crate::sentence_indices(input.as_str()).map(|(span, sentence)| {
            let (start, end) = offsets.span(span);
            keys.text_first(&input.slice(sentence, start, end), start, end)
        }),
    );
    Ok(out.into())
}
