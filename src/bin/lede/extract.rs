//! `lede extract`: the article text of an HTML page, or JSON lines.

use std::io::{BufRead, Write};

use serde_json::{json, Map, Value};

use crate::args::{for_each_record, read_text, text_field, Args};

fn extract(html: &str, url: Option<&str>) -> Result<lede::Article, String> {
    let mut options = lede::ExtractOptions::new();
    if let Some(url) = url {
        options = options.url(url);
    }
    lede::extract_with(html, &options).map_err(|e| e.to_string())
}

/// The article's fields for a JSON line (camelCase, as in JavaScript).
fn fields(article: &lede::Article) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("title".into(), json!(article.title()));
    out.insert("byline".into(), json!(article.byline()));
    out.insert("siteName".into(), json!(article.site_name()));
    out.insert("publishedTime".into(), json!(article.published_time()));
    out.insert("lang".into(), json!(article.lang()));
    out.insert("dir".into(), json!(article.dir()));
    out.insert("excerpt".into(), json!(article.excerpt()));
    out.insert("standfirst".into(), json!(article.standfirst()));
    out.insert("text".into(), json!(article.text()));
    let notes: Vec<Value> = article
        .notes()
        .iter()
        .map(|n| json!({"kind": n.kind().name(), "text": n.text()}))
        .collect();
    out.insert("notes".into(), Value::Array(notes));
    out
}

/// The options, checked before the input is read.
pub fn check(args: &Args) -> Result<(), String> {
    args.only(&["jsonl", "url"])?;
    if let Some(url) = args.value("url") {
        let options = lede::ExtractOptions::new().url(url);
        if let Err(e) = lede::extract_with("", &options) {
            if e.kind() == lede::ErrorKind::InvalidOption {
                return Err(e.to_string());
            }
        }
    }
    Ok(())
}

pub fn run(args: &Args, input: Box<dyn BufRead>, out: &mut dyn Write) -> Result<(), String> {
    args.only(&["jsonl", "url"])?;
    if args.flag("jsonl") {
        return for_each_record(input, out, |record| {
            let html = text_field(record, "html")?;
            let url = record
                .get("url")
                .and_then(Value::as_str)
                .or(args.value("url"));
            Ok(fields(&extract(html, url)?))
        });
    }
    let html = read_text(input)?;
    let article = extract(&html, args.value("url"))?;
    writeln!(out, "{}", article.text()).map_err(|e| e.to_string())
}
