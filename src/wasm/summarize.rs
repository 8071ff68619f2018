//! `summarize()`: the summarizer for JavaScript.

use js_sys::{Array, Function, JsString, Object, Reflect};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::{slice_fields_from_js, to_js, to_js_error, TextIn};
use crate::{Algorithm, Error, Length, Order, SummaryOptions};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A sentence-scoring algorithm: lede's `'default'` or a classic one to compare with. */
export type Algorithm = 'default' | 'lead' | 'luhn' | 'edmundson' | 'lsa' | 'lexrank' | 'textrank' | 'sumbasic' | 'klsum';

/** What a sentence is in the article; only `'body'` sentences can be selected. */
export type Role = 'body' | 'title' | 'heading' | 'dateline' | 'byline' | 'boilerplate' | 'duplicate';

/** Options of `summarize()`. Give at most one of `sentences`, `ratio`, `words`, `chars`. */
export interface SummarizeOptions {
  /** The scoring algorithm (default `'default'`). */
  algorithm?: Algorithm;
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
}

/** A sentence with its score. `text === input.slice(start, end)`. */
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
  algorithm: Algorithm;
  /** Time spent in `summarize()`, in milliseconds. */
  elapsedMs: number;
}

/** The result of `summarize()`. */
export interface Summary {
  /** The headline, when the text starts with one. */
  title: string | null;
  /** The selected sentences, in the asked order. */
  summary: ScoredSentence[];
  /** The selected sentences' text, as a list. */
  keyPoints: string[];
  /** Every sentence of the text, in document order. */
  sentences: ScoredSentence[];
  stats: SummaryStats;
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

struct Features<'a>(&'a [(&'static str, f64)]);

impl Serialize for Features<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    role: &'static str,
    score: f64,
    rank: Option<usize>,
    selected: bool,
    features: Features<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StatsOut {
    sentences: usize,
    candidates: usize,
    selected: usize,
    words: usize,
    characters: usize,
    reading_minutes: f64,
    summary_words: usize,
    summary_reading_minutes: f64,
    algorithm: &'static str,
    elapsed_ms: f64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SummaryOut<'a> {
    title: Option<&'a str>,
    summary: Vec<SentenceOut<'a>>,
    key_points: Vec<&'a str>,
    sentences: Vec<SentenceOut<'a>>,
    stats: StatsOut,
}

const OPTIONS: &[&str] = &[
    "algorithm",
    "sentences",
    "ratio",
    "words",
    "chars",
    "order",
    "onProgress",
];

/// Milliseconds from `performance.now()` (or `Date.now()` where there is
/// no `performance`). `std::time::Instant` does not work on wasm32.
fn now_ms() -> f64 {
    let performance = Reflect::get(&js_sys::global(), &"performance".into()).ok();
    if let Some(p) = performance.filter(|p| p.is_object()) {
        if let Ok(now) = Reflect::get(&p, &"now".into()) {
            if let Some(f) = now.dyn_ref::<Function>() {
                if let Some(t) = f.call0(&p).ok().and_then(|t| t.as_f64()) {
                    return t;
                }
            }
        }
    }
    js_sys::Date::now()
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
        format!("\"{s}\"")
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
fn parse_options(options: Option<&Object>) -> Result<(SummaryOptions, Option<Function>), JsValue> {
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
    let (options, on_progress) = parse_options(options.as_ref())?;
    let input = TextIn::new(text);
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
    let summary =
        crate::summarize_with_progress(input.as_str(), &options, progress).map_err(to_js_error)?;
    if let Some(e) = thrown {
        return Err(e);
    }

    let mut offsets = input.offsets();
    let sentences: Vec<SentenceOut> = summary
        .sentences()
        .iter()
        .map(|s| {
            let (start, end) = offsets.span(s.span);
            SentenceOut {
                text: s.text,
                start,
                end,
                role: s.role.as_str(),
                score: s.score,
                rank: s.rank,
                selected: s.selected,
                features: Features(&s.features),
            }
        })
        .collect();
    let picked: Vec<SentenceOut> = summary
        .summary_indices()
        .iter()
        .filter_map(|&i| sentences.get(i))
        .map(|s| SentenceOut {
            features: Features(s.features.0),
            role: s.role,
            text: s.text,
            ..*s
        })
        .collect();
    let st = summary.stats();
    let out = SummaryOut {
        title: summary.title(),
        key_points: summary.key_points(),
        summary: picked,
        sentences,
        stats: StatsOut {
            sentences: st.sentences,
            candidates: st.candidates,
            selected: st.selected,
            words: st.words,
            characters: st.characters,
            reading_minutes: st.reading_minutes,
            summary_words: st.summary_words,
            summary_reading_minutes: st.summary_reading_minutes,
            algorithm: summary.algorithm().name(),
            elapsed_ms: 0.0,
        },
    };
    let value = to_js(&out)?;
    // Lone surrogates: give back the caller's exact text.
    let all = Reflect::get(&value, &"sentences".into())?;
    let selected = Reflect::get(&value, &"summary".into())?;
    slice_fields_from_js(&input, &all, &[])?;
    slice_fields_from_js(&input, &selected, &[])?;
    let key_points: Array = Array::from(&selected)
        .iter()
        .map(|s| Reflect::get(&s, &"text".into()).unwrap_or_default())
        .collect();
    Reflect::set(&value, &"keyPoints".into(), &key_points)?;
    let title_index = summary
        .sentences()
        .iter()
        .position(|s| s.role == crate::Role::Title);
    if let Some(t) = title_index {
        let title = Reflect::get(&Array::from(&all).get(t as u32), &"text".into())?;
        Reflect::set(&value, &"title".into(), &title)?;
    }
    let stats = Reflect::get(&value, &"stats".into())?;
    Reflect::set(&stats, &"elapsedMs".into(), &(now_ms() - started).into())?;
    Ok(value)
}
