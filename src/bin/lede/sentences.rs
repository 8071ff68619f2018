//! `lede sentences`: one sentence per line, or JSON lines.

use std::io::{BufRead, Write};

use serde_json::json;

use crate::args::{for_each_record, read_text, text_field, Args};

fn split<'t>(text: &'t str, lang: &str) -> Result<Vec<&'t str>, String> {
    lede::check_input(text).map_err(|e| e.to_string())?;
    Ok(lede::sentences_in(text, lang).collect())
}

pub fn run(args: &Args, input: Box<dyn BufRead>, out: &mut dyn Write) -> Result<(), String> {
    args.only(&["jsonl", "lang"])?;
    let lang = args.value("lang").unwrap_or("auto");
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            // An optional "lang": an ISO 639-1 code or "auto" (the default).
            let lang = match record.get("lang") {
                None | Some(serde_json::Value::Null) => "auto",
                Some(v) => v.as_str().ok_or("the field \"lang\" must be a string")?,
            };
            let sentences = split(text_field(record, "text")?, lang)?;
            let mut fields = serde_json::Map::new();
            fields.insert("sentences".into(), json!(sentences));
            Ok(fields)
        });
    }
    let text = read_text(input)?;
    for sentence in split(&text, lang)? {
        // One sentence per line: inner line breaks become spaces.
        let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "{flat}").map_err(|e| e.to_string())?;
    }
    Ok(())
}
