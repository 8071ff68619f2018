//! `detectLanguage()` and the `lang` option shared by the other bindings.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use super::convert::{plain, to_js_error, with_keys, TextIn};
use crate::{Error, Lang};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** What `detectLanguage` found. */
export interface LanguageDetection {
  /** ISO 639-1 code (`'en'`, `'de'`, `'ja'`, ...); null for text without letters. */
  lang: string | null;
  /** 0..1: 1 when the runner-up is far behind or the script alone decides. */
  confidence: number;
  /** True when lede has stop words and stemming (or bigrams) for the language. */
  supported: boolean;
}
/** Options of `detectLanguage`. */
export interface DetectLanguageOptions {
  /** A strong hint, such as a page's `<html lang>` (`'de'`, `'pt-BR'`). */
  hint?: string;
}
"#;

/// Parses a `lang` option: `undefined`, `null` or `'auto'` detect the
/// language; otherwise an ISO 639-1 code or a language tag.
pub(super) fn lang_option(name: &str, value: &JsValue) -> Result<Option<Lang>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let Some(s) = value.as_string() else {
        return Err(Error::invalid_option(
            name,
            "must be a string such as \"auto\" or \"de\"",
        ));
    };
    lang_code(name, &s)
}

/// A `lang` option given as a string ([`lang_option`]).
pub(super) fn lang_code(name: &str, s: &str) -> Result<Option<Lang>, Error> {
    if s == "auto" {
        return Ok(None);
    }
    s.parse::<Lang>().map(Some).map_err(|_| {
        Error::invalid_option(
            name,
            format!(
                "unknown language \"{s}\"; expected \"auto\" or an ISO 639-1 code such as \"de\""
            ),
        )
    })
}

/// Detects the language of `text`: by script, then by character-trigram
/// profiles. A `hint` (a page's `<html lang>`) wins unless the text clearly
/// disagrees. Throws a `RangeError` for a bad option or input over the size
/// limit.
#[wasm_bindgen(js_name = detectLanguage, unchecked_return_type = "LanguageDetection")]
pub fn detect_language(
    text: &JsString,
    #[wasm_bindgen(unchecked_optional_param_type = "DetectLanguageOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let input = TextIn::new(text)?;
    crate::check_input(input.as_str()).map_err(to_js_error)?;
    let hint = if options.is_object() {
        let value = js_sys::Reflect::get(&options, &"hint".into())?;
        lang_option("hint", &value).map_err(to_js_error)?
    } else {
        None
    };
    let found = match hint {
        Some(h) => Some(crate::detect_language_with_hint(input.as_str(), h)),
        None => crate::detect_language(input.as_str()),
    };
    let o = plain();
    with_keys(|keys| {
        let (lang, confidence, supported) = (
            keys.name("lang"),
            keys.name("confidence"),
            keys.name("supported"),
        );
        match found {
            Some(d) => {
                o.set(&lang, &keys.name(d.lang.code()));
                o.set_number(&confidence, d.confidence);
                o.set_bool(&supported, d.lang.is_supported());
            }
            None => {
                o.set(&lang, &JsValue::NULL);
                o.set_number(&confidence, 0.0);
                o.set_bool(&supported, false);
            }
        }
    });
    Ok(o.into())
}
