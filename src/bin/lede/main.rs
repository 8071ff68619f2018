//! `lede`: the command-line tool for batch runs and evaluation.
//!
//! Input comes from FILE, or from stdin when FILE is absent or `-`. With
//! `--jsonl` every input line is a JSON object with an `id`, and every
//! output line carries the same `id`; a record that fails gets an `error`
//! field instead of a result, and the run goes on.

mod args;
mod sentences;
mod summarize;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use args::Args;

const USAGE: &str = "\
usage: lede <command> [options] [FILE]

commands:
  sentences   split text into sentences, one per line
              --jsonl   read {\"id\", \"text\"} lines, write {\"id\", \"sentences\": [...]}
  summarize   print a summary, one sentence per line
              --sentences N | --ratio R | --words N | --chars N   length (default: 3 sentences)
              --algorithm NAME   default, lead, luhn, edmundson, lsa, lexrank,
                                 textrank, sumbasic or klsum
              --order rank       best first (default: document order)
              --json    the full scored result (every sentence, features, stats)
              --jsonl   read {\"id\", \"text\", \"k\"?, \"algorithm\"?} lines (k = sentences),
                        write {\"id\", \"summary\": [...]}

FILE defaults to stdin. `lede --help` prints this text.";

fn run(args: &Args) -> Result<(), String> {
    let input = args.input().map_err(|e| format!("cannot read input: {e}"))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.command.as_str() {
        "sentences" => sentences::run(args, input, &mut out)?,
        "summarize" => summarize::run(args, input, &mut out)?,
        other => return Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
    out.flush().map_err(|e| e.to_string())
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
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lede: {message}");
            ExitCode::FAILURE
        }
    }
}
