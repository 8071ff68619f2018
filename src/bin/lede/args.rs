//! Command-line parsing and the input and JSON-lines plumbing every
//! command shares.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, Write};

use serde_json::Value;

/// Parsed arguments: `lede <command> [--flag] [--key value] [FILE]`.
#[derive(Debug, Default)]
pub struct Args {
    pub command: String,
    pub help: bool,
    flags: BTreeMap<String, Option<String>>,
    file: Option<String>,
}

/// Options that take a value; every other `--name` is a boolean flag.
#[rustfmt::skip]
const VALUED: &[&str] = &[
    "sentences", "ratio", "words", "chars", "algorithm", "order", "types", "top", "format", "url",
    "lang",
    "weights", "type", "length",
];

impl Args {
    pub fn parse(mut raw: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut args = Args::default();
        while let Some(arg) = raw.next() {
            match arg.as_str() {
                "--help" | "-h" => args.help = true,
                "-" => args.file = None,
                a if a.starts_with("--") => {
                    let (name, inline) = match a[2..].split_once('=') {
                        Some((n, v)) => (n.to_string(), Some(v.to_string())),
                        None => (a[2..].to_string(), None),
                    };
                    let value = if VALUED.contains(&name.as_str()) {
                        Some(
                            inline
                                .or_else(|| raw.next())
                                .ok_or_else(|| format!("--{name} needs a value"))?,
                        )
                    } else {
                        inline
                    };
                    args.flags.insert(name, value);
                }
                a if args.command.is_empty() => args.command = a.to_string(),
                a if args.file.is_none() => args.file = Some(a.to_string()),
                a => return Err(format!("unexpected argument `{a}`")),
            }
        }
        if args.command.is_empty() && !args.help {
            return Err("no command given".into());
        }
        Ok(args)
    }

    /// True when `--name` was given.
    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains_key(name)
    }

    /// The value of `--name value`, if given.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.flags.get(name).and_then(|v| v.as_deref())
    }

    /// Fails on any option not in `known`, naming it.
    pub fn only(&self, known: &[&str]) -> Result<(), String> {
        match self.flags.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => Err(format!("`{}` does not take --{k}", self.command)),
            None => Ok(()),
        }
    }

    /// The input: FILE, or stdin.
    pub fn input(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match self.file.as_deref() {
            Some(path) => Box::new(io::BufReader::new(
                std::fs::File::open(path)
                    .map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?,
            )),
            None => Box::new(io::BufReader::new(io::stdin())),
        })
    }
}

/// Reads all of `input` as UTF-8 text, without the byte order mark that
/// some editors put at the start of a file.
pub fn read_text(mut input: Box<dyn BufRead>) -> Result<String, String> {
    let mut text = String::new();
    input
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read input as UTF-8 text: {e}"))?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok(text)
}

/// `line` with every `\uXXXX` escape of a lone surrogate (which
/// `JSON.stringify` writes for a JavaScript string that holds one, and
/// which serde_json refuses) replaced by `\uFFFD`, as lede's JavaScript
/// API reads such strings: one UTF-16 unit for one, so offsets agree.
pub fn replace_lone_surrogates(line: &str) -> Cow<'_, str> {
    fn unit(b: &[u8], at: usize) -> Option<u16> {
        let hex = b.get(at..at + 6)?;
        if hex.first() != Some(&b'\\') || hex.get(1) != Some(&b'u') {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(hex.get(2..)?).ok()?, 16).ok()
    }
    let b = line.as_bytes();
    if !line.contains("\\u") {
        return Cow::Borrowed(line);
    }
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit(b, i) {
            Some(0xD800..=0xDBFF)
                if unit(b, i + 6).is_some_and(|low| (0xDC00..=0xDFFF).contains(&low)) =>
            {
                i += 12
            }
            Some(0xD800..=0xDFFF) => {
                let o = out.get_or_insert_with(|| String::with_capacity(line.len()));
                o.push_str(&line[copied..i]);
                o.push_str("\\uFFFD");
                i += 6;
                copied = i;
            }
            Some(_) => i += 6,
            // Any other escape is two bytes (`\\`, `\"`, `\n`...).
            None => i += 2,
        }
    }
    match out {
        None => Cow::Borrowed(line),
        Some(mut o) => {
            o.push_str(&line[copied.min(line.len())..]);
            Cow::Owned(o)
        }
    }
}

/// Runs `f` on every JSON object of a JSON-lines input and writes what it
/// returns, with the record's `id` first: one output line per input line
/// that is not blank, so outputs pair with inputs. A record for which `f`
/// fails is written as `{"id", "error"}`; a line that is not a JSON object
/// (or not UTF-8) as `{"id": null, "line", "error"}`. Either way the run
/// goes on; bad lines make it end with an error once all are written.
pub fn for_each_record(
    input: Box<dyn BufRead>,
    out: &mut dyn Write,
    mut f: impl FnMut(&serde_json::Map<String, Value>) -> Result<serde_json::Map<String, Value>, String>,
) -> Result<(), String> {
    let (mut records, mut bad) = (0usize, Vec::new());
    for (n, line) in input.lines().enumerate() {
        let record = match line {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => {
                let line = match line.strip_prefix('\u{FEFF}') {
                    Some(rest) if n == 0 => rest,
                    _ => &line,
                };
                serde_json::from_str::<serde_json::Map<String, Value>>(&replace_lone_surrogates(
                    line,
                ))
                .map_err(|e| format!("not a JSON object: {e}"))
            }
            // Bytes that are not UTF-8 are consumed with the line: go on.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                Err(format!("cannot read the line: {e}"))
            }
            // Any other error would come back on every read.
            Err(e) => return Err(format!("cannot read line {}: {e}", n + 1)),
        };
        records += 1;
        let mut result = serde_json::Map::new();
        match record {
            Ok(record) => {
                result.insert(
                    "id".into(),
                    record.get("id").cloned().unwrap_or(Value::Null),
                );
                match f(&record) {
                    Ok(fields) => result.extend(fields),
                    Err(e) => {
                        result.insert("error".into(), Value::String(e));
                    }
                }
            }
            Err(e) => {
                result.insert("id".into(), Value::Null);
                result.insert("line".into(), Value::from(n + 1));
                result.insert("error".into(), Value::String(e));
                bad.push(n + 1);
            }
        }
        writeln!(out, "{}", Value::Object(result)).map_err(|e| e.to_string())?;
        // A client that writes a line and waits for its answer gets it now.
        out.flush().map_err(|e| e.to_string())?;
    }
    match bad.as_slice() {
        [] => Ok(()),
        [line] => Err(format!(
            "line {line} of the input is not a JSON object (its output line carries the error)"
        )),
        [first, ..] => Err(format!(
            "{} of {records} input lines are not JSON objects, the first at line {first} (their output lines carry the error)",
            bad.len()
        )),
    }
}

/// The string field `name` of a record.
pub fn text_field<'r>(
    record: &'r serde_json::Map<String, Value>,
    name: &str,
) -> Result<&'r str, String> {
    record
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("the record has no string field \"{name}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogate_escapes_become_replacement_characters() {
        let fixed = |s: &str| replace_lone_surrogates(s).into_owned();
        assert_eq!(fixed(r#"{"text":"a\ud800b"}"#), r#"{"text":"a\uFFFDb"}"#);
        assert_eq!(fixed(r#""\uDC00\uD800""#), r#""\uFFFD\uFFFD""#);
        // A pair stays, an escaped backslash is not an escape, others stay.
        assert_eq!(fixed(r#""\ud83d\ude00""#), r#""\ud83d\ude00""#);
        assert_eq!(fixed(r#""\\ud800""#), r#""\\ud800""#);
        assert_eq!(fixed(r#""\u00e9\n\ud800"#), r#""\u00e9\n\uFFFD"#);
        assert_eq!(fixed(r#""\ud8"#), r#""\ud8"#);
        let v: serde_json::Value = serde_json::from_str(&fixed(r#"{"t":"x\udfff"}"#)).unwrap();
        assert_eq!(v["t"], "x\u{FFFD}");
    }
}
