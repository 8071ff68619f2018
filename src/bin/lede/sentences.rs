//! `lede sentences`: one sentence per line, or JSON lines.

use std::io::{BufRead, Write};

use serde_json::json;

use crate::args::{for_each_record, read_text, text_field, Args};

fn split(text: &str) -> Result<Vec<&str>, String> {
    lede::check_input(text).map_err(|e| e.to_string())?;
    Ok(lede::sentences(text).collect())
}

pub fn run(args: &Args, input: Box<dyn BufRead>, out: &mut dyn Write) -> Result<(), String> {
    args.only(&["jsonl"])?;
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            let sentences = split(text_field(record, "text")?)?;
            let mut fields = serde_json::Map::new();
            fields.insert("sentences".into(), json!(sentences));
            Ok(fields)
        });
    }
    let text = read_text(input)?;
    for sentence in split(&text)? {
        // One sentence per line: inner line breaks become spaces.
        let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "{flat}").map_err(|e| e.to_string())?;
    }
    Ok(())
}
