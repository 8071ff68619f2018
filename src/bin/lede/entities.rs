//! `lede entities` and `lede keyphrases`: one item per line, or JSON lines
//! with UTF-16 offsets (the unit JavaScript and most evaluation data use).

use std::io::{BufRead, Write};

use serde_json::{json, Value};

use crate::args::{for_each_record, read_text, text_field, Args};

fn types(args: &Args) -> Result<Vec<lede::EntityType>, String> {
    match args.value("types") {
        None => Ok(lede::EntityType::ALL.to_vec()),
        Some(list) => list
            .split(',')
            .map(|t| {
                t.trim()
                    .parse::<lede::EntityType>()
                    .map_err(|e| e.to_string())
            })
            .collect(),
    }
}

fn find(text: &str, types: &[lede::EntityType]) -> Result<Vec<lede::Entity>, String> {
    lede::entities_of_types(text, types).map_err(|e| e.to_string())
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The options of `entities`, checked before the input is read.
pub fn check(args: &Args) -> Result<(), String> {
    args.only(&["jsonl", "types"])?;
    types(args).map(drop)
}

/// The options of `keyphrases`, checked before the input is read.
pub fn check_keyphrases(args: &Args) -> Result<(), String> {
    args.only(&["jsonl", "top"])?;
    lede::keyphrases("", top(args)?)
        .map(drop)
        .map_err(|e| e.to_string())
}

pub fn run(args: &Args, input: Box<dyn BufRead>, out: &mut dyn Write) -> Result<(), String> {
    args.only(&["jsonl", "types"])?;
    let types = types(args)?;
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            let text = text_field(record, "text")?;
            let mut offsets = lede::Utf16Offsets::new(text);
            let entities: Vec<Value> = find(text, &types)?
                .iter()
                .map(|e| {
                    let (start, end) = offsets.span(e.span());
                    json!({"start": start, "end": end, "type": e.kind().as_str(), "text": e.text()})
                })
                .collect();
            let mut fields = serde_json::Map::new();
            fields.insert("entities".into(), Value::Array(entities));
            Ok(fields)
        });
    }
    let text = read_text(input)?;
    let mut offsets = lede::Utf16Offsets::new(&text);
    for e in find(&text, &types)? {
        let (start, end) = offsets.span(e.span());
        writeln!(
            out,
            "{start}\t{end}\t{}\t{}\t{}",
            e.kind(),
            flat(e.text()),
            e.canonical()
        )
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `--top`, default 10.
pub fn top(args: &Args) -> Result<usize, String> {
    match args.value("top") {
        None => Ok(10),
        Some(v) => v
            .parse()
            .map_err(|_| format!("--top needs a whole number, got `{v}`")),
    }
}

/// Keyphrases as JSON, with UTF-16 offsets into `text`.
pub fn keyphrases_json(text: &str, phrases: &[lede::Keyphrase]) -> Vec<Value> {
    let mut offsets = lede::Utf16Offsets::new(text);
    phrases
        .iter()
        .map(|p| {
            let occurrences: Vec<Value> = p
                .occurrences()
                .iter()
                .map(|(span, t)| {
                    let (start, end) = offsets.span(*span);
                    json!({"start": start, "end": end, "text": t})
                })
                .collect();
            json!({"text": p.text(), "score": p.score(), "count": p.count(), "occurrences": occurrences})
        })
        .collect()
}

pub fn run_keyphrases(
    args: &Args,
    input: Box<dyn BufRead>,
    out: &mut dyn Write,
) -> Result<(), String> {
    args.only(&["jsonl", "top"])?;
    let top = top(args)?;
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            let text = text_field(record, "text")?;
            let phrases = lede::keyphrases(text, top).map_err(|e| e.to_string())?;
            let phrases = keyphrases_json(text, &phrases);
            let mut fields = serde_json::Map::new();
            fields.insert("keyphrases".into(), Value::Array(phrases));
            Ok(fields)
        });
    }
    let text = read_text(input)?;
    for p in lede::keyphrases(&text, top).map_err(|e| e.to_string())? {
        writeln!(out, "{:.3}\t{}\t{}", p.score(), p.count(), p.text())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}
