//! `analyze()`: a text's summary, entities (flat and grouped) and keyphrases
//! in one call, and `summarizeHtml()`: the same from a page's HTML through
//! its article. They chain the other bindings, so every piece has exactly
//! the shape, options and errors of `extract`, `summarize`, `entities`,
//! `entityGroups` and `keyphrases`.

use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::{to_js_error, with_keys, TextIn};
use crate::Error;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/**
 * Options of `summarizeHtml`: those of `summarize`, plus `types` (as for
 * `entities`), `top` (as for `keyphrases`) and `url` (as for `extract`).
 * Without `lang`, the page's `<html lang>` is a strong hint for detection.
 */
export interface SummarizeHtmlOptions extends SummarizeOptions {
  types?: EntityType[];
  top?: number;
  url?: string;
}

/**
 * Options of `analyze`: those of `summarize`, plus `types` (as for
 * `entities`) and `top` (as for `keyphrases`, default 10).
 */
export interface AnalyzeOptions extends SummarizeOptions {
  types?: EntityType[];
  top?: number;
}

/** Everything lede finds in a text. Offsets refer to the text. */
export interface Analysis {
  summary: Summary;
  /** As `entities(text, { lang })` gives them, in the summary's language. */
  entities: Entity[];
  /** As `entityGroups(text, { lang })` gives them. */
  entityGroups: EntityGroup[];
  /** In the language the summary used. */
  keyphrases: Keyphrase[];
  /** The language used (as `summary.lang`). */
  lang: string;
}

/**
 * Summarizes `text` and finds its entities and keyphrases in one call: the
 * language is detected once (`summary.lang`) and used for all of them, and
 * one entity pass gives both the flat list and the groups. Errors are those of
 * `summarize`, `entities` and `keyphrases`; an option error names the
 * option.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** Everything lede finds in a page. Offsets refer to `article.text`. */
export interface PageSummary {
  article: Article;
  summary: Summary;
  entities: Entity[];
  keyphrases: Keyphrase[];
  /** The language used (as `summary.lang`). */
  lang: string;
}

/**
 * Extracts the article from a page's HTML, then summarizes it and finds its
 * entities and keyphrases. Offsets (in UTF-16 code units) refer to
 * `article.text`. Errors are those of `extract`, `summarize`, `entities`
 * and `keyphrases`; an option error names the option.
 */
export function summarizeHtml(html: string, options?: SummarizeHtmlOptions): PageSummary;
"#;

/// The options of each step of [`fill`]: those of `extract` and of
/// `summarize` as objects, the values of `types` (for `entities`) and
/// `top` (for `keyphrases`), `undefined` when not given.
struct StepOptions {
    extract: Object,
    summary: Object,
    types: JsValue,
    top: JsValue,
}

/// Splits the options object into those of each step: `types` for
/// `entities`, `top` for `keyphrases`, `url` for `extract` (when `html`),
/// the rest for `summarize` (which rejects unknown keys, naming them).
fn split_options(options: Option<&Object>, html: bool) -> Result<StepOptions, JsValue> {
    let mut parts = StepOptions {
        extract: Object::new(),
        summary: Object::new(),
        types: JsValue::UNDEFINED,
        top: JsValue::UNDEFINED,
    };
    let Some(options) = options else {
        return Ok(parts);
    };
    if !options.is_object() {
        return Err(to_js_error(Error::invalid_option(
            "options",
            "must be an object",
        )));
    }
    for key in Object::keys(options).iter() {
        let value = Reflect::get(options, &key)?;
        match key.as_string().as_deref() {
            Some("url") if html => {
                Reflect::set(&parts.extract, &key, &value)?;
            }
            Some("types") => parts.types = value,
            Some("top") => parts.top = value,
            _ => {
                Reflect::set(&parts.summary, &key, &value)?;
            }
        }
    }
    Ok(parts)
}

/// Extracts the article from `html` and summarizes it, with its entities and
/// keyphrases. See the TypeScript declaration above for the result.
#[wasm_bindgen(js_name = summarizeHtml, skip_typescript)]
pub fn summarize_html(html: &JsString, options: Option<Object>) -> Result<JsValue, JsValue> {
    let options = split_options(options.as_ref(), true)?;
    let article = super::extract(html, options.extract.clone().into())?;
    let text: JsString = Reflect::get(&article, &"text".into())?
        .dyn_into()
        .map_err(|_| JsValue::from(js_sys::Error::new("lede: extract() gave no text")))?;
    // The page's <html lang> is a strong hint, unless a language is given.
    let page_lang = Reflect::get(&article, &"lang".into())?
        .as_string()
        .and_then(|l| crate::Lang::from_code(&l));
    let summary_options = &options.summary;
    let hint_given = !Reflect::get(summary_options, &"langHint".into())?.is_undefined();
    if let (Some(l), false) = (page_lang, hint_given) {
        Reflect::set(summary_options, &"langHint".into(), &l.code().into())?;
    }
    // The standfirst tells what the story is about, unless one is given.
    let standfirst_given = !Reflect::get(summary_options, &"standfirst".into())?.is_undefined();
    if !standfirst_given {
        let standfirst = Reflect::get(&article, &"standfirst".into())?;
        if standfirst.is_string() {
            Reflect::set(summary_options, &"standfirst".into(), &standfirst)?;
        }
    }
    // So does the page's title, which the extracted text does not repeat.
    if Reflect::get(summary_options, &"title".into())?.is_undefined() {
        let title = Reflect::get(&article, &"title".into())?;
        if title.is_string() {
            Reflect::set(summary_options, &"title".into(), &title)?;
        }
    }
    let out = Object::new();
    Reflect::set(&out, &"article".into(), &article)?;
    fill(&out, &text, &options, false)?;
    Ok(out.into())
}

/// Puts into `out` the summary of `text`, its entities (and `entityGroups`
/// when `groups`) and keyphrases, the latter two in the language the
/// summary used, and that language.
fn fill(out: &Object, text: &JsString, options: &StepOptions, groups: bool) -> Result<(), JsValue> {
    let started = super::summarize::now_ms();
    // Option errors first, as `summarize` reports them; then the text comes
    // in once for every step.
    let parsed = super::summarize::parse_options(Some(&options.summary))?;
    let input = TextIn::new(text)?;
    let (core, words) = super::summarize::summary_words_in(&input, parsed, true)?;
    let summary = super::summarize::summary_object(&input, &core, started);
    // The summary's sentences, for the steps that split by the same rules.
    let split = core.sentence_split();
    // The language the summary used, as the other steps read a `lang`
    // option: handed to them here rather than set on their options and
    // read back (four more strings made and parsed per call).
    let code = core.lang().lang.code();
    let lang = super::lang::lang_code("lang", code).map_err(to_js_error)?;
    with_keys(|keys| {
        let lang_key = keys.name("lang");
        Reflect::set(out, &keys.name("summary"), &summary)?;
        if groups {
            let (entities, groups) =
                super::entities::entities_and_groups(&input, &options.types, lang, &split)?;
            Reflect::set(out, &keys.name("entities"), &entities)?;
            Reflect::set(out, &keys.name("entityGroups"), &groups)?;
        } else {
            Reflect::set(
                out,
                &keys.name("entities"),
                &super::entities::entities_in(&input, &options.types, lang, &split)?,
            )?;
        }
        // The summary's words too, analysed once for both.
        let top = super::entities::top_value(&options.top).map_err(to_js_error)?;
        let keyphrases =
            super::entities::keyphrases_in(&input, top, lang, Some((&split, words.as_ref())))?;
        Reflect::set(out, &keys.name("keyphrases"), &keyphrases)?;
        Reflect::set(out, &lang_key, &keys.name(code))?;
        Ok(())
    })
}

/// Summarizes `text` and finds its entities and keyphrases. See the
/// TypeScript declaration above for the result.
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: &JsString, options: Option<Object>) -> Result<JsValue, JsValue> {
    let options = split_options(options.as_ref(), false)?;
    let out = Object::new();
    fill(&out, text, &options, true)?;
    Ok(out.into())
}
