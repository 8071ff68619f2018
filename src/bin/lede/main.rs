//! `lede`: the command-line tool for batch runs and evaluation.
//!
//! Input comes from FILE, or from stdin when FILE is absent or `-`. With
//! `--jsonl` every input line is a JSON object with an `id`, and every
//! output line carries the same `id`; a record that fails gets an `error`
//! field instead of a result, and the run goes on.

mod args;
mod detect;
mod entities;
mod extract;
mod sentences;
mod summarize;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use args::Args;

const USAGE: &str = "\
usage: lede <command> [options] [FILE]

commands:
  extract     the article of an HTML page, as plain text (blocks separated by blank lines)
              --url URL  the page's address (names the site when the page does not)
              --jsonl    read {\"id\", \"html\", \"url\"?} lines, write {\"id\", \"title\", \"byline\",
                         \"siteName\", \"publishedTime\", \"lang\", \"dir\", \"excerpt\", \"text\"}
  detect      the language of the text: ISO 639-1 code and confidence
              --hint CODE   a strong hint, as a page's <html lang>
              --jsonl   read {\"id\", \"text\", \"hint\"?} lines, write {\"id\", \"lang\", \"confidence\"}
  sentences   split text into sentences, one per line
              --lang L  the text's language: an ISO 639-1 code or auto (default)
              --jsonl   read {\"id\", \"text\", \"lang\"?} lines, write {\"id\", \"sentences\": [...]}
  entities    people, organisations, places, dates, amounts...: one per line
              as start, end (UTF-16 code units), type, text, canonical name
              --jsonl   read {\"id\", \"text\"} lines, write {\"id\", \"entities\":
                        [{\"start\", \"end\", \"type\", \"text\"}]} (UTF-16 offsets)
              --types PERSON,ORG,...   only these types
  keyphrases  the phrases the text is about, best first: score, count, phrase
              --top N   how many (default 10, at most 100)
              --jsonl   read {\"id\", \"text\"} lines, write {\"id\", \"keyphrases\":
                        [{\"text\", \"score\", \"count\", \"occurrences\"}]}
  summarize   print a summary, one sentence per line
              --sentences N | --ratio R | --words N | --chars N   length (default: 3 sentences)
              --algorithm NAME   default, lead, luhn, edmundson, lsa, lexrank,
                                 textrank, sumbasic or klsum
              --type TYPE        key-points (default), tldr, teaser or headline
              --length SIZE      short (default), medium or long: with --type,
                                 key-points 3/5/7 sentences, tldr and teaser 1/3/5,
                                 headline the title or a sentence of <= 12/17/22 words
              --order rank       best first (default: document order)
              --lang CODE        the text's language (default auto: detected)
              --json    the full scored result (every sentence, features, stats)
              --jsonl   read {\"id\", \"text\", \"k\"?, \"algorithm\"?, \"lang\"?} lines (k = sentences),
                        write {\"id\", \"lang\", \"summary\": [...]}
  analyze     the summary and the keyphrases (in the summary's language) of the text in
              one pass over its words, as JSON: {\"lang\", \"summary\", \"keyphrases\"}
              --top N   how many keyphrases (default 10); the length, --algorithm,
                        --type, --order and --lang options of summarize
              --separate  summarize, then rank keyphrases apart (the same output)
              --jsonl   read {\"id\", \"text\"} lines, write one object per line

FILE defaults to stdin. `lede --help` prints this text.";

fn run(args: &Args) -> Result<(), String> {
    let input = args
        .input()
        .map_err(|e| format!("cannot read input: {e}"))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.command.as_str() {
        "extract" => extract::run(args, input, &mut out)?,
        "detect" => detect::run(args, input, &mut out)?,
        "sentences" => sentences::run(args, input, &mut out)?,
        "entities" => entities::run(args, input, &mut out)?,
        "keyphrases" => entities::run_keyphrases(args, input, &mut out)?,
        "summarize" => summarize::run(args, input, &mut out)?,
        "analyze" => summarize::run_analyze(args, input, &mut out)?,
        other => return Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
    out.flush().map_err(|e| e.to_string())
}

/// Checks the command and its options before any input is read: a
/// mistake there is bad usage (exit status 2), not a failed run.
fn check_usage(args: &Args) -> Result<(), String> {
    match args.command.as_str() {
        "extract" => extract::check(args),
        "detect" => args.only(&["jsonl", "hint"]),
        "sentences" => args.only(&["jsonl", "lang"]),
        "entities" => entities::check(args),
        "keyphrases" => entities::check_keyphrases(args),
        "summarize" => summarize::check(args).map(drop),
        "analyze" => summarize::check_analyze(args).map(drop),
        other => Err(format!("unknown command `{other}`")),
    }
}

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) if !args.help => args,
        Ok(_) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("lede: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(message) = check_usage(&args) {
        eprintln!("lede: {message}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lede: {message}");
            ExitCode::FAILURE
        }
    }
}
