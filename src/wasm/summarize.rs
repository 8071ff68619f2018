//! `summarize()`: the summarizer for JavaScript.

use js_sys::{Array, Function, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::{array, key, plain, to_js_error, with_keys, Keys, Plain, TextIn};
use crate::{Algorithm, Error, Length, Order, SummaryLength, SummaryOptions, SummaryType};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A sentence-scoring algorithm: lede's `'default'` or a classic one to compare with. */
export type Algorithm = 'default' | 'lead' | 'luhn' | 'edmundson' | 'lsa' | 'lexrank' | 'textrank' | 'sumbasic' | 'klsum';

/** What a sentence is in the article; only `'body'` sentences can be selected. */
export type Role = 'body' | 'title' | 'heading' | 'dateline' | 'byline' | 'boilerplate' | 'duplicate' | 'standfirst';

/**
 * The kind of summary, mapped to extraction (every type returns sentences of the article):
 * `'key-points'` (default) the best sentences in reading order, 3 / 5 / 7 for short / medium / long;
 * `'tldr'` fewer of them, 1 / 3 / 5; `'teaser'` the most intriguing sentences, not the lead, 1 / 3 / 5;
 * `'headline'` the title when there is one, else the best sentence of at most 12 / 17 / 22 words.
 */
export type SummaryType = 'key-points' | 'tldr' | 'teaser' | 'headline';

/** How long a `SummaryType` should be. */
export type SummaryLength = 'short' | 'medium' | 'long';

/** Options of `summarize()`. Give at most one of `sentences`, `ratio`, `words`, `chars`; any of them overrides the number of sentences of `type` and `length`. */
export interface SummarizeOptions {
  /** The scoring algorithm (default `'default'`). */
  algorithm?: Algorithm;
  /** The kind of summary (default `'key-points'`). */
  type?: SummaryType;
  /** How long (default `'short'`; key points without `length` follow the default of 3 sentences, fewer for short texts). */
  length?: SummaryLength;
  /** Number of sentences, an integer ≥ 1. Default: 3 (1 for texts of up to 3 sentences, 2 up to 6). */
  sentences?: number;
  /** Share of the candidate sentences, in (0, 1]. */
  ratio?: number;
  /** At most this many words, an integer ≥ 1. */
  words?: number;
  /** At most this many characters (sentences joined by one space), an integer ≥ 1. */
  chars?: number;
  /** `'document'` (default): the summary in reading order; `'rank'`: best first. */
  order?: 'document' | 'rank';
  /** Called now and then on long texts with how far the work has got. */
  onProgress?: (done: number, total: number, stage: string) => void;
  /** The text's language: `'auto'` (default: detected) or an ISO 639-1 code such as `'de'`. */
  lang?: string;
  /** A strong hint for detection, such as a page's `<html lang>`; `lang` overrides it. */
  langHint?: string;
  /**
   * The article's standfirst (dek), such as `extract(html).standfirst`: sentences are scored
   * on their overlap with it as with the title; where the text holds it, its sentences get role
   * `'standfirst'` and are not summary candidates. `null` or omitted: none.
   */
  standfirst?: string | null;
  /**
   * The article's title when it is known apart from the text, such as `extract(html).title`:
   * sentences are scored on their overlap with it, and a line of the text is taken for the title
   * only when it repeats this one (so `title` of the result is null unless the text holds it).
   * `null` or omitted: the title is the text's first headline-like line, if any.
   */
  title?: string | null;
}

/** A sentence with its score. `text === input.slice(start, end)`, less any Markdown syntax (as in `Sentence`). */
export interface ScoredSentence {
  text: string;
  /** Start offset in UTF-16 code units. */
  start: number;
  /** End offset (exclusive) in UTF-16 code units. */
  end: number;
  role: Role;
  /** 0..1, normalized per document (the best candidate has 1); 0 for non-candidates. */
  score: number;
  /** 1 = best; null for non-candidates. */
  rank: number | null;
  /** True when the sentence is in the summary. */
  selected: boolean;
  /** The per-feature contributions behind `score` (same scale). */
  features: Record<string, number>;
}

/** Counts, reading times and timing. */
export interface SummaryStats {
  sentences: number;
  candidates: number;
  selected: number;
  words: number;
  /** Characters (Unicode code points) of the input. */
  characters: number;
  /** At 230 words per minute. */
  readingMinutes: number;
  summaryWords: number;
  summaryReadingMinutes: number;
  /** What `words` and `summaryWords` count: `'characters'` for Chinese, Japanese and Korean. */
  unit: 'words' | 'characters';
  algorithm: Algorithm;
  /** Time spent in `summarize()`, in milliseconds. */
  elapsedMs: number;
}

/** The result of `summarize()`. */
export interface Summary {
  /** The headline, when the text starts with one. */
  title: string | null;
  /** The selected sentences, in the asked order, as the summary shows them: without a transcript's speaker label at the start or reference marks ("[1]") after the last word, so `start`/`end` may lie inside the same sentence's span in `sentences`. */
  summary: ScoredSentence[];
  /** The selected sentences' text, as a list. */
  keyPoints: string[];
  /** Every sentence of the text, in document order. */
  sentences: ScoredSentence[];
  stats: SummaryStats;
  /** The language the text was analysed in (ISO 639-1 code). */
  lang: string;
  /** How sure detection was (1 when `lang` was given). */
  langConfidence: number;
  /** False for a language lede has no stop words or stemmer for: summaries work, entities are limited. */
  langSupported: boolean;
}

/**
 * Summarizes `text`: scores every sentence and selects a summary.
 * Offsets are UTF-16 code units (`text.slice(s.start, s.end) === s.text`).
 * Throws a `RangeError` naming the option (`error.option`) for an unknown
 * option or a bad value, a `RangeError` past the size limit and a
 * `TypeError` for binary data.
 */
export function summarize(text: string, options?: SummarizeOptions): Summary;
"#;

/// `{text, start, end, role, score, rank, selected, features}`.
fn sentence(
    keys: &Keys,
    s: &crate::ScoredSentence,
    text: &JsValue,
    (start, end): (usize, usize),
) -> Plain {
    let o = keys.text_first(text, start, end);
    o.set(&keys.role, &keys.values.get(s.role.as_str()));
    o.set_number(&keys.score, s.score);
    match s.rank {
        Some(rank) => o.set_number(&keys.rank, rank as f64),
        None => o.set(&keys.rank, &JsValue::NULL),
    }
    o.set_bool(&keys.selected, s.selected);
    let features = plain();
    for &(name, value) in &s.features {
        features.set_number(&keys.feature_names.get(name), value);
    }
    o.set(&keys.features, &features);
    o
}

const OPTIONS: &[&str] = &[
    "algorithm",
    "type",
    "length",
    "sentences",
    "ratio",
    "words",
    "chars",
    "order",
    "onProgress",
    "lang",
    "langHint",
    "standfirst",
    "title",
];

/// An option that is a string, or `null`/`undefined` for none.
fn string_or_null(key: &str, value: &JsValue) -> Result<Option<String>, Error> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        Error::invalid_option(
            key,
            format!("must be a string or null, got {}", describe(value)),
        )
    })
}

/// Milliseconds from `performance.now()` (or `Date.now()` where there is
/// no `performance`). `std::time::Instant` does not work on wasm32.
/// Every summary reads the clock twice; looking `performance.now` up each
/// time took two property names made from UTF-8 and three more calls into
/// JS, so the function is found once per module instance.
pub(super) fn now_ms() -> f64 {
    thread_local! {
        static CLOCK: Option<(JsValue, Function)> = clock();
    }
    CLOCK
        .with(|clock| {
            clock
                .as_ref()
                .and_then(|(p, now)| now.call0(p).ok())
                .and_then(|t| t.as_f64())
        })
        .unwrap_or_else(js_sys::Date::now)
}

/// `performance` and its `now` function, when the global scope has them.
fn clock() -> Option<(JsValue, Function)> {
    let performance = Reflect::get(&js_sys::global(), &"performance".into()).ok()?;
    if !performance.is_object() {
        return None;
    }
    let now = Reflect::get(&performance, &"now".into()).ok()?;
    let now = now.dyn_into::<Function>().ok()?;
    Some((performance, now))
}

/// A positive integer option.
fn count(name: &str, value: &JsValue) -> Result<usize, Error> {
    let x = value.as_f64().ok_or_else(|| {
        Error::invalid_option(name, format!("must be a number, got {}", describe(value)))
    })?;
    if !(x.is_finite() && x.fract() == 0.0 && x >= 1.0 && x <= 4_294_967_295.0) {
        return Err(Error::invalid_option(
            name,
            format!(
                "must be a whole number of at least 1, got {}",
                crate::summarize::show_number(x)
            ),
        ));
    }
    Ok(x as usize)
}

fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if let Some(s) = value.as_string() {
        crate::error::quote(&s)
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value of another type".into())
    }
}

fn string(name: &str, value: &JsValue) -> Result<String, Error> {
    value.as_string().ok_or_else(|| {
        Error::invalid_option(name, format!("must be a string, got {}", describe(value)))
    })
}

/// Parses the options object strictly: unknown keys and bad values are
/// errors naming the option; `undefined` values count as absent.
pub(super) fn parse_options(
    options: Option<&Object>,
) -> Result<(SummaryOptions, Option<Function>), JsValue> {
    let mut out = SummaryOptions::new();
    let mut progress = None;
    let Some(options) = options else {
        return Ok((out, None));
    };
    if !options.is_object() {
        return Err(
            js_sys::TypeError::new("lede: the options of summarize() must be an object").into(),
        );
    }
    let mut length: Option<(String, Length)> = None;
    for key in Object::keys(options).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = Reflect::get(options, &key.as_str().into())?;
        if value.is_undefined() {
            continue;
        }
        let err = to_js_error;
        match key.as_str() {
            "algorithm" => {
                out = out.algorithm(
                    string(&key, &value)
                        .and_then(|s| s.parse::<Algorithm>())
                        .map_err(err)?,
                )
            }
            "type" => {
                out = out.summary_type(
                    string(&key, &value)
                        .and_then(|s| s.parse::<SummaryType>())
                        .map_err(err)?,
                )
            }
            "length" => {
                out = out.summary_length(
                    string(&key, &value)
                        .and_then(|s| s.parse::<SummaryLength>())
                        .map_err(err)?,
                )
            }
            "order" => {
                out = out.order(
                    string(&key, &value)
                        .and_then(|s| s.parse::<Order>())
                        .map_err(err)?,
                )
            }
            "sentences" | "words" | "chars" | "ratio" => {
                if let Some((other, _)) = &length {
                    return Err(err(Error::invalid_option(&key, format!("give only one of sentences, ratio, words and chars (`{other}` is also set)"))));
                }
                let l = match key.as_str() {
                    "sentences" => Length::Sentences(count(&key, &value).map_err(err)?),
                    "words" => Length::Words(count(&key, &value).map_err(err)?),
                    "chars" => Length::Chars(count(&key, &value).map_err(err)?),
                    _ => Length::Ratio(value.as_f64().ok_or_else(|| {
                        err(Error::invalid_option(
                            "ratio",
                            format!("must be a number, got {}", describe(&value)),
                        ))
                    })?),
                };
                length = Some((key.clone(), l.validate().map_err(err)?));
            }
            "lang" => out = out.lang(super::lang::lang_option(&key, &value).map_err(err)?),
            "langHint" => out = out.lang_hint(super::lang::lang_option(&key, &value).map_err(err)?),
            "standfirst" => {
                out = out.standfirst(string_or_null("standfirst", &value).map_err(err)?)
            }
            "title" => out = out.title(string_or_null("title", &value).map_err(err)?),
            "onProgress" => {
                progress = Some(value.dyn_into::<Function>().map_err(|v| {
                    err(Error::invalid_option(
                        "onProgress",
                        format!("must be a function, got {}", describe(&v)),
                    ))
                })?);
            }
            _ => {
                return Err(err(Error::invalid_option(
                    &key,
                    format!("unknown option; expected one of {}", OPTIONS.join(", ")),
                )))
            }
        }
    }
    if let Some((_, l)) = length {
        out = out.length(l);
    }
    Ok((out, progress))
}

/// Summarizes `text`: scores every sentence and selects a summary.
///
/// Offsets are UTF-16 code units (`text.slice(start, end) === s.text`).
/// Throws a `RangeError` naming the option for an unknown option or a bad
/// value, a `RangeError` for text past the size limit and a `TypeError`
/// for binary data. An exception thrown by `onProgress` stops nothing but
/// is rethrown at the end.
///
/// The TypeScript declaration is written by hand in the custom section above
/// (`options?: SummarizeOptions`): a typed optional parameter cannot be
/// expressed through `unchecked_param_type`.
#[wasm_bindgen(skip_typescript)]
pub fn summarize(text: &JsString, options: Option<Object>) -> Result<JsValue, JsValue> {
    let started = now_ms();
    let parsed = parse_options(options.as_ref())?;
    summarize_in(&TextIn::new(text)?, parsed, started)
}

/// `summarize` of text already brought in, with its parsed options and
/// the time the call started (for `stats.elapsedMs`). `analyze` brings its
/// text in once for every step.
pub(super) fn summarize_in(
    input: &TextIn,
    parsed: (SummaryOptions, Option<Function>),
    started: f64,
) -> Result<JsValue, JsValue> {
    let summary = summary_in(input, parsed)?;
    Ok(summary_object(input, &summary, started))
}

/// The summary of text already brought in, with its parsed options.
pub(super) fn summary_in<'t>(
    input: &'t TextIn,
    parsed: (SummaryOptions, Option<Function>),
) -> Result<crate::Summary<'t>, JsValue> {
    summary_words_in(input, parsed, false).map(|(summary, _)| summary)
}

/// [`summary_in`], and with `keep_words` the text's words as the summary
/// analysed them (for `analyze`, whose keyphrases take them).
pub(super) fn summary_words_in<'t>(
    input: &'t TextIn,
    (options, on_progress): (SummaryOptions, Option<Function>),
    keep_words: bool,
) -> Result<(crate::Summary<'t>, Option<crate::summarize::Words>), JsValue> {
    let mut thrown: Option<JsValue> = None;
    let mut callback = |p: crate::Progress| {
        if let (Some(f), None) = (&on_progress, &thrown) {
            if let Err(e) = f.call3(
                &JsValue::NULL,
                &(p.done as f64).into(),
                &(p.total as f64).into(),
                &p.stage.into(),
            ) {
                thrown = Some(e);
            }
        }
    };
    let progress: Option<&mut dyn FnMut(crate::Progress)> = if on_progress.is_some() {
        Some(&mut callback)
    } else {
        None
    };
    let summary = if keep_words {
        crate::summarize::summarize_with_words(input.as_str(), &options, progress)
    } else {
        crate::summarize_with_progress(input.as_str(), &options, progress).map(|s| (s, None))
    }
    .map_err(to_js_error)?;
    if let Some(e) = thrown {
        return Err(e);
    }
    Ok(summary)
}

/// The `Summary` object of `summary`, a summary of `input`, with the time
/// since `started` as `stats.elapsedMs`.
pub(super) fn summary_object(input: &TextIn, summary: &crate::Summary, started: f64) -> JsValue {
    let mut offsets = input.offsets();
    let all = summary.sentences();
    let spans: Vec<(usize, usize)> = all.iter().map(|s| offsets.span(s.span)).collect();
    let texts: Vec<JsValue> = all
        .iter()
        .zip(&spans)
        .map(|(s, &(start, end))| input.plain_slice(s.text, start, end))
        .collect();
    with_keys(|keys| {
        let sentence = |i: usize| -> Option<Plain> {
            Some(sentence(keys, all.get(i)?, texts.get(i)?, *spans.get(i)?))
        };
        let picked = summary.summary_indices();
        // The summary's entries as shown: a span trimmed of a speaker
        // label or reference marks starts and ends inside its sentence's.
        let shown_list = Array::new();
        let key_points = Array::new();
        for (s, &i) in summary.summary().zip(picked) {
            let (Some(whole), Some(&(mut start, mut end)), Some(text)) =
                (all.get(i), spans.get(i), texts.get(i))
            else {
                continue;
            };
            let mut text = text.clone();
            if s.span != whole.span {
                let units = |a: usize, b: usize| {
                    whole.text.get(a..b).map_or(0, |t| t.encode_utf16().count())
                };
                start += units(0, s.span.start() - whole.span.start());
                end -= units(s.span.end() - whole.span.start(), whole.text.len());
                text = input.plain_slice(s.text, start, end);
            }
            shown_list.push(self::sentence(keys, s, &text, (start, end)).as_ref());
            key_points.push(&text);
        }
        // Lone surrogates: the title is the caller's exact text too.
        let title = match all.iter().position(|s| s.role == crate::Role::Title) {
            Some(t) => texts.get(t).cloned().unwrap_or(JsValue::NULL),
            None => summary
                .title()
                .map_or(JsValue::NULL, |t| key(&crate::strip_markdown(t)).into()),
        };
        let st = summary.stats();
        let stats = plain();
        for (name, value) in [
            ("sentences", st.sentences),
            ("candidates", st.candidates),
            ("selected", st.selected),
            ("words", st.words),
            ("characters", st.characters),
        ] {
            stats.set_number(&keys.name(name), value as f64);
        }
        stats.set_number(&keys.name("readingMinutes"), st.reading_minutes);
        stats.set_number(&keys.name("summaryWords"), st.summary_words as f64);
        stats.set_number(
            &keys.name("summaryReadingMinutes"),
            st.summary_reading_minutes,
        );
        stats.set(
            &keys.name("algorithm"),
            &keys.name(summary.algorithm().name()),
        );
        stats.set(&keys.name("unit"), &keys.name(st.unit));

        let out = plain();
        out.set(&keys.name("title"), &title);
        out.set(&keys.name("summary"), &shown_list);
        out.set(&keys.name("keyPoints"), &key_points);
        out.set(
            &keys.name("sentences"),
            &array((0..all.len()).filter_map(sentence)),
        );
        let lang = summary.lang();
        out.set(&keys.name("lang"), &keys.name(lang.lang.code()));
        out.set_number(&keys.name("langConfidence"), lang.confidence);
        out.set_bool(&keys.name("langSupported"), lang.lang.is_supported());
        stats.set_number(&keys.name("elapsedMs"), now_ms() - started);
        out.set(&keys.name("stats"), &stats);
        out.into()
    })
}
