//! The one error type of the crate.

use std::cmp::Ordering;
use std::fmt;

/// What went wrong, for callers that react differently to each case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no words to work on.
    Empty,
    /// The input is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    TooLarge,
    /// The input looks like binary data rather than text.
    NotText,
    /// An option has an unknown name or a value out of range.
    InvalidOption,
}

/// An error from lede: bad input or a bad option. The message says what to
/// change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    option: Option<String>,
    message: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            option: None,
            message: message.into(),
        }
    }

    pub(crate) fn invalid_option(option: &str, message: impl fmt::Display) -> Error {
        Error {
            kind: ErrorKind::InvalidOption,
            option: Some(option.to_string()),
            message: format!("option `{option}`: {message}"),
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The name of the offending option, for [`ErrorKind::InvalidOption`].
    pub fn option(&self) -> Option<&str> {
        self.option.as_deref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// `value` in double quotes for an error message, cut to its first 40
/// characters (with the total count) when longer: a message never echoes
/// a huge option value whole.
pub(crate) fn quote(value: &str) -> String {
    const SHOWN: usize = 40;
    match value.char_indices().nth(SHOWN) {
        None => format!("\"{value}\""),
        Some((cut, _)) => format!(
            "\"{}…\" ({} characters)",
            &value[..cut],
            value.chars().count()
        ),
    }
}

/// Largest input accepted, in bytes of UTF-8 (16 MiB). Past it, functions
/// return [`ErrorKind::TooLarge`] instead of working for a long time.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Checks that `text` is within the size limit and looks like text.
///
/// # Errors
///
/// [`ErrorKind::TooLarge`] past [`MAX_INPUT_BYTES`], [`ErrorKind::NotText`]
/// for binary data.
///
/// Text counts as binary when more than 10% of its first 64 KiB of
/// characters are control characters (other than tab, newline, carriage
/// return and form feed) or U+FFFD replacement characters, which is what
/// decoding a binary file as UTF-8 produces.
pub fn check_input(text: &str) -> Result<(), Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the text is {} MB; lede accepts at most {} MB. Split it into parts and process each",
                megabytes(text.len()),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    // The first 65,536 characters, counted eight bytes at a time where
    // they are printable ASCII (most text) and byte by byte elsewhere: this
    // runs on every call. The text is valid UTF-8, so characters are the
    // bytes that do not continue one, and the junk among them is an ASCII
    // control, C1 controls (`C2 80`-`C2 9F`) and U+FFFD (`EF BF BD`).
    use crate::text::scan::{has_below, has_byte, has_high};
    let (mut total, mut junk, mut at) = (0usize, 0usize, 0usize);
    let bytes = text.as_bytes();
    while total < 65_536 {
        let plain = skip_printable(bytes, at, 65_536 - total);
        total += plain - at;
        at = plain;
        let Some(&b) = bytes.get(at) else { break };
        at += 1;
        if b & 0xC0 == 0x80 {
            continue; // a continuation byte
        }
        total += 1;
        let next = |k: usize| bytes.get(at + k).copied();
        let is_junk = match b {
            b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => false,
            0..=0x1F | 0x7F => true,
            0xC2 => next(0).is_some_and(|c| (0x80..=0x9F).contains(&c)),
            0xEF => next(0) == Some(0xBF) && next(1) == Some(0xBD),
            _ => false,
        };
        junk += usize::from(is_junk);
    }
    /// Past the run of printable ASCII from `at`, eight bytes at a time,
    /// and at most `room` bytes (characters) on.
    fn skip_printable(bytes: &[u8], at: usize, room: usize) -> usize {
        let end = bytes.len().min(at + room);
        let bytes = bytes.get(..end).unwrap_or(bytes);
        crate::text::scan::skip_plain(bytes, at, |x| {
            !(has_high(x) || has_below(x, 0x20) || has_byte(x, 0x7F))
        })
    }
    if total >= 16 && junk * 10 > total {
        return Err(Error::new(
            ErrorKind::NotText,
            format!(
                "the input does not look like text: {junk} of its first {total} characters are control or replacement characters (is it a binary file?)"
            ),
        ));
    }
    Ok(())
}

/// A character [`check_input`] counts against text: a control character
/// other than white space, or U+FFFD.
pub(crate) fn is_junk(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}')) || c == '\u{FFFD}'
}

/// `bytes` in megabytes (10⁶ bytes) with one decimal, exactly as
/// `format!("{:.1}", bytes as f64 / 1e6)` writes it, but without the float
/// formatting code that `{:.1}` pulls into the wasm module (about 8 KB).
fn megabytes(bytes: usize) -> String {
    let (tenths, rest) = (bytes / 100_000, bytes % 100_000);
    let up = match rest.cmp(&50_000) {
        Ordering::Less => false,
        Ordering::Greater => true,
        // A decimal tie: `{:.1}` rounds the f64 nearest to it, which lies
        // above or below it (or on it, then to even). x = m·2^e exactly;
        // compare 20·x with 2·tenths + 1. x ≥ 0.05 here, so -64 < e < 0.
        Ordering::Equal => {
            let x = bytes as f64 / 1e6;
            let bits = x.to_bits();
            let m = u128::from((bits & ((1 << 52) - 1)) | (1 << 52));
            let e = ((bits >> 52) & 0x7ff) as i32 - 1075;
            let tie = (2 * tenths + 1) as u128;
            let order = if e >= 0 {
                (m * 20)
                    .checked_shl(e as u32)
                    .map_or(Ordering::Greater, |v| v.cmp(&tie))
            } else {
                tie.checked_shl(e.unsigned_abs())
                    .map_or(Ordering::Less, |t| (m * 20).cmp(&t))
            };
            match order {
                Ordering::Less => false,
                Ordering::Greater => true,
                Ordering::Equal => tenths % 2 == 1,
            }
        }
    };
    let tenths = tenths + usize::from(up);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_input_counts_as_the_characters_do() {
        // The byte-wise count against a plain count over characters, on
        // mixes of text, controls, U+FFFD and multi-byte letters.
        let normal = [
            "a",
            " ",
            "\n",
            "\t",
            "é",
            "日",
            "😀",
            "Ab",
            "printable ascii run",
            "\u{a0}",
            "\u{FFFE}",
            "\u{20AC}",
        ];
        let junk = [
            "\u{0}", "\u{7f}", "\u{1b}", "\u{FFFD}", "\u{85}", "\u{9f}", "\u{80}",
        ];
        let mut next = crate::test_draws(5);
        for len in [0usize, 10, 16, 40, 200, 70_000] {
            // Junk densities around the 10% threshold and beyond.
            for density in [0usize, 5, 9, 10, 11, 15, 50] {
                let text: String = (0..len)
                    .map(|_| {
                        if next() % 100 < density {
                            junk[next() % junk.len()]
                        } else {
                            normal[next() % normal.len()]
                        }
                    })
                    .collect();
                let (total, junk) = text
                    .chars()
                    .take(65_536)
                    .fold((0, 0), |(t, j), c| (t + 1, j + usize::from(is_junk(c))));
                let want = !(total >= 16 && junk * 10 > total);
                assert_eq!(check_input(&text).is_ok(), want, "{len} {density}");
            }
        }
    }

    #[test]
    fn only_the_first_65536_characters_count() {
        // 6,550 junk characters, a run of text, then junk again: the run's
        // length puts 0 to 8 more junk characters inside the first 65,536,
        // across the 10% line (6,554), with the run ending on every byte
        // of an eight-byte word.
        for lead in ["x", "é", "日"] {
            for d in -8i32..8 {
                let run = (65_536 - 6_550 - 4 + d) as usize;
                let text = format!(
                    "{}{}{}",
                    "\u{1}".repeat(6_550),
                    lead.repeat(run),
                    "\u{1}".repeat(100)
                );
                let junk = text.chars().take(65_536).filter(|&c| is_junk(c)).count();
                assert_eq!(junk * 10 <= 65_536, d >= 1);
                assert_eq!(check_input(&text).is_ok(), d >= 1, "{lead} {d}");
            }
        }
    }

    #[test]
    fn megabytes_as_float_formatting_writes_them() {
        let same = |n: usize| assert_eq!(megabytes(n), format!("{:.1}", n as f64 / 1e6), "{n}");
        // Every decimal tie (where the float's rounding decides) up to 4.3 GB.
        for k in 0..43_000 {
            same(k * 100_000 + 50_000);
        }
        for n in (0..20_000_000).step_by(997) {
            same(n);
        }
        for n in [
            0,
            1,
            49_999,
            50_000,
            50_001,
            250_000,
            16_777_217,
            usize::MAX,
        ] {
            same(n);
        }
    }

    #[test]
    fn binary_is_rejected_text_is_not() {
        let binary: String = (0u8..=255).map(char::from).cycle().take(4000).collect();
        let e = check_input(&binary).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::NotText);
        assert!(e.to_string().contains("does not look like text"));
        assert!(check_input("Plain text.\r\n\tWith tabs.").is_ok());
        assert!(check_input("").is_ok());
    }

    #[test]
    fn option_errors_name_the_option() {
        let e = Error::invalid_option("ratio", "must be between 0 and 1, got 2");
        assert_eq!(e.option(), Some("ratio"));
        assert_eq!(
            e.to_string(),
            "option `ratio`: must be between 0 and 1, got 2"
        );
    }

    #[test]
    fn quoted_values_are_cut() {
        assert_eq!(quote("rank"), "\"rank\"");
        let long = "é".repeat(10_000_000);
        let q = quote(&long);
        assert!(q.len() < 120, "{}", q.len());
        assert!(q.ends_with("(10000000 characters)"), "{q}");
    }
}
