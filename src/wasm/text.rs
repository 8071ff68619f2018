//! `sentences()`: segmentation for JavaScript.

use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::convert::{array, to_js_error, with_keys, TextIn};
use crate::Error;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/**
 * A sentence of the input. `text === input.slice(start, end)`, less any
 * Markdown syntax (see `text`).
 */
export interface Sentence {
  /**
   * The sentence as it appears in the input, without Markdown syntax: heading
   * and quote marks, list bullets, emphasis, link targets and code backticks
   * are dropped (`## **Big** news` gives `Big news`). Text without Markdown
   * is exactly `input.slice(start, end)`.
   */
  text: string;
  /** Start offset in UTF-16 code units (what `String.prototype.slice` takes). */
  start: number;
  /** End offset (exclusive) in UTF-16 code units. */
  end: number;
}

/** Options of `sentences()`. */
export interface SentencesOptions {
  /**
   * The text's language: an ISO 639-1 code (`'de'`, `'fr'`, `'zh'`; a region
   * such as `'pt-BR'` is ignored) or `'auto'` (the default). Codes without
   * rules of their own are split like `'auto'`.
   */
  lang?: string;
}

/**
 * Splits `text` into sentences. Offsets are UTF-16 code units, so
 * `text.slice(s.start, s.end)` is the sentence (`s.text` is the same less
 * any Markdown syntax).
 *
 * Throws a `RangeError` for an unknown option or a `lang` that is not a
 * string, a `RangeError` when the text is larger than the size limit and a
 * `TypeError` when it is binary data.
 */
export function sentences(text: string, options?: SentencesOptions): Sentence[];
"#;

/// The `lang` option of `options` (`"auto"` when absent).
fn lang_option(options: Option<&Object>) -> Result<String, JsValue> {
    let Some(options) = options else {
        return Ok("auto".into());
    };
    if !options.is_object() {
        return Err(
            js_sys::TypeError::new("lede: the options of sentences() must be an object").into(),
        );
    }
    let mut lang = String::from("auto");
    for key in Object::keys(options).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = Reflect::get(options, &key.as_str().into())?;
        if value.is_undefined() {
            continue;
        }
        match key.as_str() {
            "lang" => {
                lang = value.as_string().ok_or_else(|| {
                    to_js_error(Error::invalid_option(
                        "lang",
                        "must be a string: an ISO 639-1 code or 'auto'",
                    ))
                })?;
            }
            _ => {
                return Err(to_js_error(Error::invalid_option(
                    &key,
                    "unknown option; expected lang",
                )))
            }
        }
    }
    Ok(lang)
}

/// Splits `text` into sentences, with the rules of `options.lang` (see
/// the TypeScript declaration above, written by hand because the options
/// parameter is optional).
#[wasm_bindgen(js_name = sentences, skip_typescript)]
pub fn sentences_with_options(
    text: &JsString,
    options: Option<Object>,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(options.as_ref())?;
    let input = TextIn::new(text)?;
    crate::check_input(input.as_str()).map_err(to_js_error)?;
    let mut offsets = input.offsets();
    let out = with_keys(|keys| {
        array(
            crate::sentence_indices_in(input.as_str(), &lang).map(|(span, sentence)| {
                let (start, end) = offsets.span(span);
                keys.text_first(&input.plain_slice(sentence, start, end), start, end)
            }),
        )
    });
    Ok(out.into())
}

/// `sentences(text)` with the default options, for Rust callers.
pub fn sentences(text: &JsString) -> Result<JsValue, JsValue> {
    sentences_with_options(text, None)
}
