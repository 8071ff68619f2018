//! Regression tests of issue 17 (reliability): each failed before its fix.
//! Cost is measured in the scaling benchmark (bench/scaling.mjs), never
//! here; these tests check behaviour.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use lede::{ErrorKind, Length, SummaryOptions};

const ARTICLE: &str = "Helena Marques opened the new library in Porto on Monday. \
    The library holds forty thousand books and a reading room for children. \
    Marques said the city had waited ten years for it. \
    Builders finished the roof in March, two months late. \
    The council paid for most of the work, and a bank gave the rest. \
    Visitors queued along the river before the doors opened.";

#[test]
fn a_progress_callback_may_call_lede_again() {
    // The memo of stems was held locked across the progress callback, so
    // a summarize() inside it re-locked the mutex: a trap in wasm, a
    // deadlock natively. Run in a thread so that a deadlock fails the test.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut inner = Vec::new();
        let mut callback = |_p: lede::Progress| {
            let s = lede::summarize(ARTICLE, &SummaryOptions::new()).map(|s| s.key_points().len());
            inner.push(s);
        };
        let outer =
            lede::summarize_with_progress(ARTICLE, &SummaryOptions::new(), Some(&mut callback))
                .map(|s| s.key_points().len());
        let _ = tx.send((outer, inner));
    });
    let (outer, inner) = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("summarize from a progress callback returns (no deadlock)");
    assert!(outer.is_ok_and(|n| n > 0));
    assert!(!inner.is_empty());
    assert!(inner.iter().all(|s| s.as_ref().is_ok_and(|&n| n > 0)));
    // And the results are those of a call on its own.
    let alone = lede::summarize(ARTICLE, &SummaryOptions::new()).unwrap();
    assert_eq!(alone.key_points().len(), *inner[0].as_ref().unwrap());
}

#[test]
fn keyphrase_occurrences_never_overlap() {
    for text in [
        "bla bla bla bla bla.",
        "bla bla bla bla bla. bla bla bla bla bla.",
        "New York New York New York is a song. New York New York.",
    ] {
        for p in lede::keyphrases(text, 10).unwrap() {
            let mut end = 0;
            for (span, t) in p.occurrences() {
                assert_eq!(&text[span.range()], t);
                assert!(
                    span.start() >= end,
                    "{:?}: occurrences of {:?} overlap at {}",
                    text,
                    p.text(),
                    span.start()
                );
                end = span.end();
            }
            assert_eq!(p.count(), p.occurrences().len());
        }
    }
    let phrases = lede::keyphrases("bla bla bla bla bla.", 10).unwrap();
    let bla = phrases.iter().find(|p| p.text() == "bla bla");
    if let Some(bla) = bla {
        assert_eq!(bla.count(), 2, "{:?}", bla.occurrences());
    }
}

#[test]
fn a_url_stops_before_punctuation_and_invisible_characters() {
    for (text, url) in [
        (
            "See https://example.org/a.\u{200B} Then more.",
            "https://example.org/a",
        ),
        (
            "See https://example.org/a,\u{2060}x",
            "https://example.org/a",
        ),
        ("Go to www.lede.dev/x!\u{FEFF}", "www.lede.dev/x"),
        ("Go to www.lede.dev/x\u{200D}.", "www.lede.dev/x"),
    ] {
        let urls: Vec<String> = lede::entities(text)
            .unwrap()
            .iter()
            .filter(|e| e.kind() == lede::EntityType::Url)
            .map(|e| e.text().to_string())
            .collect();
        assert_eq!(urls, [url], "{text:?}");
    }
    // Many closing brackets: every one is looked at once.
    let text = format!("see http://example.org/{}", ")".repeat(200_000));
    let found = lede::entities(&text).unwrap();
    assert!(found.iter().all(|e| e.text() == "http://example.org/"));
}

#[test]
fn numbers_in_errors_are_written_as_javascript_writes_them() {
    let message = |r: f64| Length::Ratio(r).validate().unwrap_err().to_string();
    assert!(message(1e300).ends_with("got 1e300"), "{}", message(1e300));
    assert!(
        message(9_007_199_254_740_992.0).ends_with("got 9007199254740992"),
        "{}",
        message(9_007_199_254_740_992.0)
    );
    assert!(message(-1.5).ends_with("got -1.5"), "{}", message(-1.5));
    assert!(message(2.0).ends_with("got 2"), "{}", message(2.0));
    assert!(
        message(1e16 + 0.5).ends_with("got 1e16"),
        "{}",
        message(1e16)
    );
    assert!(
        message(-2.5e-7).ends_with("got -2.5e-7"),
        "{}",
        message(-2.5e-7)
    );
    assert!(
        message(f64::MAX).ends_with("got 1.798e308"),
        "{}",
        message(f64::MAX)
    );
    assert!(message(f64::NAN).ends_with("got NaN"));
}

#[test]
fn errors_do_not_echo_huge_option_values() {
    let url = format!("x{}", "y".repeat(10_000_000));
    let e = lede::extract_with(
        "<p>Some text here.</p>",
        &lede::ExtractOptions::new().url(url),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidOption);
    assert!(e.to_string().len() < 300, "{} bytes", e.to_string().len());
    let name = "z".repeat(1_000_000);
    let e = name.parse::<lede::Algorithm>().unwrap_err();
    assert!(e.to_string().len() < 300);
    let e = name.parse::<lede::EntityType>().unwrap_err();
    assert!(e.to_string().len() < 300);
}

#[test]
fn an_extracted_page_of_nul_references_can_be_summarized() {
    // `&#0;` decodes to U+FFFD; a page of them was accepted by extract but
    // its text refused as binary by summarize, entities and keyphrases.
    let html = format!(
        "<html><body><article><p>{}</p><p>{}</p></article></body></html>",
        "&#0;".repeat(400),
        ARTICLE
    );
    let article = lede::extract(&html).unwrap();
    lede::check_input(article.text()).unwrap();
    for block in article.blocks() {
        assert!(article.text().get(block.span().range()).is_some());
    }
    assert!(article.text().contains("Helena Marques"));
    lede::summarize(article.text(), &SummaryOptions::new()).unwrap();
    lede::entities(article.text()).unwrap();
    lede::keyphrases(article.text(), 5).unwrap();
    // A few replacement characters in a page are kept as they are.
    let html = format!("<article><p>Caf&#0; {ARTICLE}</p></article>");
    assert!(lede::extract(&html).unwrap().text().contains('\u{FFFD}'));
}

// ---- The command-line tool.

fn lede_cmd(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lede"));
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn run(args: &[&str], input: &str) -> std::process::Output {
    let mut child = lede_cmd(args).spawn().expect("lede runs");
    // lede may exit before reading (bad usage): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

#[test]
fn cli_bad_usage_exits_2() {
    for args in [
        &["frobnicate"][..],
        &["summarize", "--nope"],
        &["summarize", "--sentences", "many"],
        &["summarize", "--algorithm", "best"],
        &["summarize", "--ratio", "3"],
        &["entities", "--types", "PERSON,ALIEN"],
        &["keyphrases", "--top", "0"],
        &["keyphrases", "--top", "x"],
        &["sentences", "--top", "3"],
        &["extract", "--url", "not a url"],
    ] {
        let out = run(args, ARTICLE);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("usage:"),
            "{args:?}"
        );
    }
    // A run that fails on its input is not bad usage.
    let out = run(&["summarize"], &"\u{1}".repeat(100));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn cli_reads_a_file_that_starts_with_a_byte_order_mark() {
    let input = format!("\u{FEFF}{ARTICLE}");
    let out = run(&["sentences"], &input);
    assert!(out.status.success());
    let first = String::from_utf8(out.stdout).unwrap();
    assert!(first.starts_with("Helena Marques opened"), "{first:?}");
    let out = run(&["entities"], &input);
    let text = String::from_utf8(out.stdout).unwrap();
    // Offsets count from the text without the mark.
    assert!(
        text.starts_with("0\t14\tPERSON\tHelena Marques"),
        "{text:?}"
    );
    let line = format!("\u{FEFF}{}\n", r#"{"id":1,"text":"Helena Marques spoke."}"#);
    let out = run(&["sentences", "--jsonl"], &line);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(r#""id":1"#), "{text}");
}

#[test]
fn cli_accepts_lone_surrogate_escapes_as_javascript_writes_them() {
    // JSON.stringify("\ud800 Helena Marques spoke.") writes the escape.
    let line = r#"{"id":"a","text":"\ud800 Helena Marques spoke in Porto."}"#;
    let out = run(&["entities", "--jsonl"], &format!("{line}\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v["entities"][0];
    // UTF-16 offsets: the lone surrogate is one unit, as U+FFFD is.
    assert_eq!(first["start"], 2, "{v}");
    assert_eq!(first["text"], "Helena Marques");
}

#[test]
fn cli_jsonl_answers_each_line_before_the_next_arrives() {
    let mut child = lede_cmd(&["sentences", "--jsonl"]).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        while let Some(Ok(line)) = lines.next() {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    for id in 0..3 {
        writeln!(stdin, r#"{{"id":{id},"text":"One. Two."}}"#).unwrap();
        stdin.flush().unwrap();
        // stdin stays open: the answer must come without it closing.
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("an answer per line while the input is still open");
        assert!(line.contains(&format!(r#""id":{id}"#)), "{line}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
