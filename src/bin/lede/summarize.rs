//! `lede summarize`: a summary of a text file, or of JSON lines in batch.

use std::io::{BufRead, Write};

use lede::{Algorithm, Length, Order, Summary, SummaryLength, SummaryOptions, SummaryType};
use serde_json::{json, Map, Value};

use crate::args::{for_each_record, read_text, text_field, Args};

/// The options given on the command line.
fn options(args: &Args) -> Result<SummaryOptions, String> {
    let mut options = SummaryOptions::new();
    if let Some(a) = args.value("algorithm") {
        options = options.algorithm(a.parse::<Algorithm>().map_err(|e| e.to_string())?);
    }
    if let Some(l) = args.value("lang").filter(|l| *l != "auto") {
        options = options.lang(Some(l.parse::<lede::Lang>().map_err(|e| e.to_string())?));
    }
    if let Some(o) = args.value("order") {
        options = options.order(o.parse::<Order>().map_err(|e| e.to_string())?);
    }
    let mut lengths = Vec::new();
    for name in ["sentences", "ratio", "words", "chars"] {
        if let Some(v) = args.value(name) {
            let bad = |e: &dyn std::fmt::Display| format!("--{name}: {e}");
            lengths.push(match name {
                "ratio" => Length::Ratio(v.parse::<f64>().map_err(|e| bad(&e))?),
                "sentences" => Length::Sentences(v.parse().map_err(|e| bad(&e))?),
                "words" => Length::Words(v.parse().map_err(|e| bad(&e))?),
                _ => Length::Chars(v.parse().map_err(|e| bad(&e))?),
            });
        }
    }
    if let Some(t) = args.value("type") {
        options = options.summary_type(t.parse::<SummaryType>().map_err(|e| e.to_string())?);
    }
    if let Some(l) = args.value("length") {
        options = options.summary_length(l.parse::<SummaryLength>().map_err(|e| e.to_string())?);
    }
    if let Some(w) = args.value("weights") {
        // For eval/summarize.py --tune: the default algorithm's weights.
        let parsed: Result<Vec<f64>, _> = w.split(',').map(str::parse::<f64>).collect();
        options = options.tuning_weights(Some(parsed.map_err(|e| format!("--weights: {e}"))?));
    }
    if lengths.len() > 1 {
        return Err("give at most one of --sentences, --ratio, --words, --chars".into());
    }
    if let Some(&length) = lengths.first() {
        options = options.length(length.validate().map_err(|e| e.to_string())?);
    }
    Ok(options)
}

/// The full scored result, as JSON (byte offsets).
/// The summary's sentences as a reader sees them: Markdown syntax (list
/// markers, emphasis, link targets) dropped, as the JavaScript API does.
fn clean<'a>(points: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    points
        .into_iter()
        .map(|p| lede::strip_markdown(p).into_owned())
        .collect()
}

fn full_json(summary: &Summary) -> Value {
    let sentence = |s: &lede::ScoredSentence| {
        let features: Map<String, Value> = s
            .features
            .iter()
            .map(|(k, v)| ((*k).to_string(), json!(v)))
            .collect();
        json!({
            "text": s.text, "start": s.span.start(), "end": s.span.end(), "role": s.role.as_str(),
            "score": s.score, "rank": s.rank, "selected": s.selected, "features": features,
        })
    };
    let st = summary.stats();
    json!({
        "title": summary.title(),
        "summary": summary.summary().map(sentence).collect::<Vec<_>>(),
        "keyPoints": clean(summary.key_points()),
        "sentences": summary.sentences().iter().map(sentence).collect::<Vec<_>>(),
        "stats": {
            "sentences": st.sentences, "candidates": st.candidates, "selected": st.selected,
            "words": st.words, "characters": st.characters, "readingMinutes": st.reading_minutes,
            "summaryWords": st.summary_words, "summaryReadingMinutes": st.summary_reading_minutes,
            "algorithm": summary.algorithm().name(), "unit": st.unit,
        },
        "lang": summary.lang().lang.code(), "langConfidence": summary.lang().confidence,
    })
}

/// The options, checked before the input is read.
pub fn check(args: &Args) -> Result<SummaryOptions, String> {
    let mut known = vec!["jsonl", "json", "weights"];
    known.extend_from_slice(SUMMARY_FLAGS);
    args.only(&known)?;
    options(args)
}

/// The options that shape a summary, which `summarize` and `analyze` share.
const SUMMARY_FLAGS: &[&str] = &[
    "sentences",
    "ratio",
    "words",
    "chars",
    "algorithm",
    "order",
    "lang",
    "type",
    "length",
];

pub fn run(args: &Args, input: Box<dyn BufRead>, out: &mut dyn Write) -> Result<(), String> {
    let base = check(args)?;
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            let text = text_field(record, "text")?;
            let mut options = base.clone();
            if let Some(k) = record.get("k").filter(|k| !k.is_null()) {
                let k = k.as_u64().ok_or("\"k\" must be a positive integer")?;
                options = options.length(Length::Sentences(k as usize));
            }
            if let Some(a) = record.get("algorithm").filter(|a| !a.is_null()) {
                let a = a.as_str().ok_or("\"algorithm\" must be a string")?;
                options = options.algorithm(a.parse::<Algorithm>().map_err(|e| e.to_string())?);
            }
            if let Some(l) = record.get("lang").filter(|l| !l.is_null()) {
                let l = l.as_str().ok_or("\"lang\" must be a string")?;
                let lang = match l {
                    "auto" => None,
                    l => Some(l.parse::<lede::Lang>().map_err(|e| e.to_string())?),
                };
                options = options.lang(lang);
            }
            let summary = lede::summarize(text, &options).map_err(|e| e.to_string())?;
            let mut fields = Map::new();
            fields.insert("lang".into(), json!(summary.lang().lang.code()));
            if args.flag("json") {
                fields.insert("result".into(), full_json(&summary));
            }
            fields.insert("summary".into(), json!(clean(summary.key_points())));
            Ok(fields)
        });
    }
    let text = read_text(input)?;
    let summary = lede::summarize(&text, &base).map_err(|e| e.to_string())?;
    if args.flag("json") {
        writeln!(out, "{}", full_json(&summary)).map_err(|e| e.to_string())?;
        return Ok(());
    }
    for sentence in clean(summary.key_points()) {
        let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "{flat}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `lede analyze`: the summary and the keyphrases of each text, in one
/// call that analyses each word once (`lede::summarize_with_keyphrases`,
/// what the JavaScript `analyze` does), or with `--separate` in two calls
/// (`summarize`, then `keyphrases_in` of the summary's language): the same
/// output, for comparing their cost.
pub fn check_analyze(args: &Args) -> Result<SummaryOptions, String> {
    let mut known = vec!["jsonl", "top", "separate"];
    known.extend_from_slice(SUMMARY_FLAGS);
    args.only(&known)?;
    crate::entities::top(args)?;
    options(args)
}

pub fn run_analyze(
    args: &Args,
    input: Box<dyn BufRead>,
    out: &mut dyn Write,
) -> Result<(), String> {
    let options = check_analyze(args)?;
    let top = crate::entities::top(args)?;
    let separate = args.flag("separate");
    let analyze = |text: &str| -> Result<Map<String, Value>, String> {
        let (summary, phrases) = if separate {
            let summary = lede::summarize(text, &options).map_err(|e| e.to_string())?;
            let phrases = lede::keyphrases_in(text, top, summary.lang().lang);
            (summary, phrases.map_err(|e| e.to_string())?)
        } else {
            lede::summarize_with_keyphrases(text, &options, top).map_err(|e| e.to_string())?
        };
        let mut fields = Map::new();
        fields.insert("lang".into(), json!(summary.lang().lang.code()));
        fields.insert("summary".into(), json!(clean(summary.key_points())));
        let phrases = crate::entities::keyphrases_json(text, &phrases);
        fields.insert("keyphrases".into(), Value::Array(phrases));
        Ok(fields)
    };
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| analyze(text_field(record, "text")?));
    }
    let text = read_text(input)?;
    writeln!(out, "{}", Value::Object(analyze(&text)?)).map_err(|e| e.to_string())
}
