//! `lede`: the command-line tool for batch runs and evaluation.
//!
//! ```text
//! lede sentences [--jsonl] [FILE]
//! ```
//!
//! Input comes from FILE, or from stdin when FILE is absent or `-`. With
//! `--jsonl` every input line is `{"id": ..., "text": ...}` and every output
//! line carries the same `id`.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde::Deserialize;
use serde_json::{json, Value};

const USAGE: &str = "\
usage: lede <command> [options] [FILE]

commands:
  sentences   split text into sentences, one per line
              --jsonl   read {\"id\", \"text\"} lines, write {\"id\", \"sentences\": [...]}

FILE defaults to stdin. `lede <command> --help` prints this text.";

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Value,
    text: String,
}

struct Args {
    command: String,
    jsonl: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let command = args.next().ok_or_else(|| USAGE.to_string())?;
    if command == "--help" || command == "-h" {
        return Err(USAGE.to_string());
    }
    let mut parsed = Args { command, jsonl: false, file: None };
    for arg in args {
        match arg.as_str() {
            "--jsonl" => parsed.jsonl = true,
            "--help" | "-h" => return Err(USAGE.to_string()),
            "-" => parsed.file = None,
            a if a.starts_with("--") => return Err(format!("unknown option {a}\n\n{USAGE}")),
            a => parsed.file = Some(a.to_string()),
        }
    }
    Ok(parsed)
}

fn input(file: Option<&str>) -> io::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(path) => Box::new(io::BufReader::new(std::fs::File::open(path)?)),
        None => Box::new(io::BufReader::new(io::stdin())),
    })
}

fn sentences_of(text: &str) -> Result<Vec<&str>, lede::Error> {
    lede::check_input(text)?;
    Ok(lede::sentences(text).collect())
}

fn run(args: &Args) -> Result<(), String> {
    let mut reader = input(args.file.as_deref()).map_err(|e| format!("cannot read input: {e}"))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match (args.command.as_str(), args.jsonl) {
        ("sentences", true) => {
            for (n, line) in reader.lines().enumerate() {
                let line = line.map_err(|e| format!("cannot read line {}: {e}", n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let record: Record = serde_json::from_str(&line)
                    .map_err(|e| format!("line {}: expected {{\"id\", \"text\"}}: {e}", n + 1))?;
                let value = match sentences_of(&record.text) {
                    Ok(sentences) => json!({"id": record.id, "sentences": sentences}),
                    Err(e) => json!({"id": record.id, "error": e.to_string()}),
                };
                writeln!(out, "{value}").map_err(|e| e.to_string())?;
            }
        }
        ("sentences", false) => {
            let mut text = String::new();
            reader.read_to_string(&mut text).map_err(|e| format!("cannot read input as UTF-8 text: {e}"))?;
            for sentence in sentences_of(&text).map_err(|e| e.to_string())? {
                // One sentence per line: inner line breaks become spaces.
                let flat: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                writeln!(out, "{flat}").map_err(|e| e.to_string())?;
            }
        }
        (other, _) => return Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
    out.flush().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lede: {message}");
            ExitCode::FAILURE
        }
    }
}
