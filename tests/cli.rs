//! The `lede` command-line tool, run as a user runs it: files, stdin, JSON
//! lines, and the exit status.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lede(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the lede binary runs");
    let written = child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_ref());
    // Bad usage exits (with 2) before reading any input: the pipe closes.
    if let Err(err) = written {
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::BrokenPipe,
            "stdin takes the input: {err}"
        );
    }
    child.wait_with_output().expect("lede exits")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

const PAGE: &str = r#"<html lang="en"><head><title>Rain expected - Daily Planet</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Rain expected</h1>
<p>Forecasters expect heavy rain across the region on Tuesday, with up to 50 mm in places.</p>
<p>The weather service urged drivers to take care, and said flooding was possible near rivers.</p>
</article><footer>Daily Planet</footer></body></html>"#;

#[test]
fn extract_prints_the_article_text_of_a_file() {
    let path = std::env::temp_dir().join(format!("lede-cli-test-{}.html", std::process::id()));
    std::fs::write(&path, PAGE).expect("temp file written");
    let out = lede(&["extract", path.to_str().expect("UTF-8 path")], "");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Forecasters expect heavy rain across the region on Tuesday, with up to 50 mm in places.\n\n\
         The weather service urged drivers to take care, and said flooding was possible near rivers.\n"
    );
}

#[test]
fn extract_jsonl_writes_one_line_per_record_and_goes_on_past_bad_ones() {
    let page = serde_json::json!({ "id": "a", "html": PAGE }).to_string();
    let input =
        format!("{page}\n{{\"id\": 7, \"html\": \"\"}}\nnot json\n\n{{\"id\": \"b\"}}\n{page}\n");
    let out = lede(&["extract", "--jsonl"], &input);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5, "one per non-blank input line: {lines:?}");
    assert_eq!(lines[0]["id"], "a");
    // The site name after the headline is not part of the title.
    assert_eq!(lines[0]["title"], "Rain expected");
    assert!(lines[0]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Forecasters")));
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["error"], "the page has no article text to extract");
    assert_eq!(lines[2]["id"], serde_json::Value::Null);
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"]
        .as_str()
        .is_some_and(|e| e.starts_with("not a JSON object")));
    assert_eq!(lines[3]["id"], "b");
    assert_eq!(lines[3]["error"], "the record has no string field \"html\"");
    assert_eq!(lines[4], lines[0], "the run went on after the bad line");
    // A line that is not JSON makes the exit status say so, after the output.
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("line 3 of the input is not a JSON object"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_batch_survives_bytes_that_are_not_utf8_and_stops_on_a_read_error() {
    // A line that is not UTF-8 is a bad line; the next one is read.
    let mut input = b"{\"id\": 1, \"html\": \"<p>caf\xff</p>\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\": 2, \"html\": \"<p>Fine text here.</p>\"}\n");
    let out = lede(&["extract", "--jsonl"], input);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[1]["text"], "Fine text here.");
    // A directory cannot be read at all: one error, not one per attempt.
    let dir = std::env::temp_dir();
    let out = lede(
        &["extract", "--jsonl", dir.to_str().expect("UTF-8 path")],
        "",
    );
    assert!(!out.status.success());
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("cannot read line 1"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn summarize_reads_stdin_and_bad_usage_is_explained() {
    let text =
        "Storm Hits the Coast\n\nA storm hit the coast on Monday, cutting power to 20,000 homes. \
                Winds reached 90 mph. Schools will stay closed on Tuesday.";
    let out = lede(&["summarize", "--sentences", "1"], text);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1);
    assert!(text.contains(stdout(&out).trim_end()));

    let out = lede(&["frobnicate"], "");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unknown command `frobnicate`"));
    assert!(stderr(&out).contains("usage: lede <command>"));
}

#[test]
fn summarize_takes_a_type_and_a_length() {
    let story = "Storm Hits the Coast\n\nA storm hit the coast on Monday, cutting power to 20,000 homes. \
        Winds reached 90 mph in the worst-hit towns. Power companies said the storm was the worst in a decade. \
        Schools will stay closed on Tuesday while roads are cleared of fallen trees.";
    let out = lede(&["summarize", "--type", "headline"], story);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "Storm Hits the Coast\n");
    let out = lede(&["summarize", "--type", "tldr", "--length", "short"], story);
    assert_eq!(stdout(&out).lines().count(), 1);
    let out = lede(&["summarize", "--type", "brief"], story);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("key-points"), "{}", stderr(&out));
}
