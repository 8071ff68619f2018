//! Command-line parsing and the input and JSON-lines plumbing every
//! command shares.

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

/// Reads all of `input` as UTF-8 text.
pub fn read_text(mut input: Box<dyn BufRead>) -> Result<String, String> {
    let mut text = String::new();
    input
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read input as UTF-8 text: {e}"))?;
    Ok(text)
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
            Ok(line) => serde_json::from_str::<serde_json::Map<String, Value>>(&line)
                .map_err(|e| format!("not a JSON object: {e}")),
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
