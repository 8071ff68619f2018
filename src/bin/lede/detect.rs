//! `lede detect`: the language of a text, or of JSON lines in batch.

use std::io::{BufRead, Write};

use lede::{Detection, Lang};
use serde_json::json;

use crate::args::{for_each_record, read_text, text_field, Args};

fn detect(text: &str, hint: Option<&str>) -> Result<Option<Detection>, String> {
    lede::check_input(text).map_err(|e| e.to_string())?;
    Ok(match hint {
        Some(h) => {
            let hint = h.parse::<Lang>().map_err(|e| e.to_string())?;
            Some(lede::detect_language_with_hint(text, hint))
        }
        None => lede::detect_language(text),
    })
}

pub fn run(args: &Args, input: Box<dyn BufRead>, out: &mut dyn Write) -> Result<(), String> {
    args.only(&["jsonl", "hint"])?;
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            let hint = record.get("hint").and_then(|h| h.as_str());
            let d = detect(text_field(record, "text")?, hint.or(args.value("hint")))?;
            let mut fields = serde_json::Map::new();
            fields.insert("lang".into(), json!(d.map(|d| d.lang.code())));
            fields.insert("confidence".into(), json!(d.map_or(0.0, |d| d.confidence)));
            Ok(fields)
        });
    }
    let text = read_text(input)?;
    match detect(&text, args.value("hint"))? {
        Some(d) => writeln!(out, "{} {:.3}", d.lang, d.confidence),
        None => writeln!(out, "none 0"),
    }
    .map_err(|e| e.to_string())
}
