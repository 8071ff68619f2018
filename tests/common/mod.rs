//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// Path of `relative` under the read-only `../shared` directory.
pub fn shared_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(relative)
}

/// Reads a third-party file from `../shared`. When it is absent (a user's
/// own clone) the caller skips with a message; under `CI=true` that is a
/// failure.
pub fn shared(relative: &str) -> Option<String> {
    let path = shared_path(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            let message = format!("../shared/{relative} not readable ({e}): test skipped, it reads third-party data that is not in the repo");
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{message}; under CI=true this is a failure");
            }
            eprintln!("{message}");
            None
        }
    }
}

/// The fixture article.
pub fn fixture() -> Option<String> {
    shared("fixtures/breakingon-kremlin-leak.txt")
}

/// Asserts that `span` slices `text` to `expected`.
#[track_caller]
pub fn assert_span(text: &str, span: lede::Span, expected: &str) {
    assert_eq!(
        &text[span.range()],
        expected,
        "span {}..{}",
        span.start(),
        span.end()
    );
}
