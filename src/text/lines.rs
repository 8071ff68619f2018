//! Lines and paragraphs: the layout a sentence splitter must respect.

use super::Span;

/// The lines of `text` with leading and trailing whitespace trimmed. Blank
/// lines come out as empty spans at the position of the line, so callers can
/// see paragraph breaks.
///
/// Lines end at LF, CR, VT, FF, NEL and the Unicode line and paragraph
/// separators; CRLF counts as one break. A byte scan: every one of them is
/// ASCII or starts with the lead byte `C2` (NEL, `C2 85`) or `E2` (`E2 80 A8`,
/// `E2 80 A9`), so the other bytes are passed over without decoding
/// characters (this runs over every byte of every text split).
pub(crate) fn trimmed_lines(text: &str) -> Vec<Span> {
    use super::scan::{has_below, has_byte, skip_plain};
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    loop {
        i = skip_plain(bytes, i, |x| {
            !(has_below(x, 0x0E) || has_byte(x, 0xC2) || has_byte(x, 0xE2))
        });
        if i >= bytes.len() {
            break;
        }
        // Byte by byte through the eight bytes that hold something.
        let end = i + 8;
        while let Some(&b) = bytes.get(i).filter(|_| i < end) {
            let width = match b {
                b'\n' | 0x0B | 0x0C => 1,
                // CRLF counts as one break.
                b'\r' => 1 + usize::from(bytes.get(i + 1) == Some(&b'\n')),
                0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    3
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            lines.push(trim(text, Span::new(start, i)));
            i += width;
            start = i;
        }
    }
    lines.push(trim(text, Span::new(start, text.len())));
    lines
}

/// `span` without leading and trailing whitespace (an empty span at
/// `span.start()` if it holds only whitespace).
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = span.as_str(text);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Span::new(span.start(), span.start());
    }
    Span::new(span.start() + lead, span.start() + lead + trimmed.len())
}

/// Groups consecutive non-blank lines into paragraphs; each paragraph is its
/// list of trimmed, non-empty lines.
#[cfg(test)]
pub(crate) fn paragraph_lines(text: &str) -> Vec<Vec<Span>> {
    let mut paragraphs = Vec::new();
    for_each_paragraph(text, |lines| paragraphs.push(lines.to_vec()));
    paragraphs
}

/// Calls `f` with each paragraph's trimmed, non-empty lines in turn (one
/// buffer for all: a text of a million short paragraphs allocates no
/// million vectors).
pub(crate) fn for_each_paragraph(text: &str, mut f: impl FnMut(&[Span])) {
    let mut current: Vec<Span> = Vec::new();
    for line in trimmed_lines(text) {
        if line.is_empty() {
            if !current.is_empty() {
                f(&current);
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        f(&current);
    }
}

/// Paragraph spans: text separated by blank lines, trimmed.
pub(crate) fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for_each_paragraph(text, |lines| {
        if let (Some(first), Some(last)) = (lines.first(), lines.last()) {
            out.push(Span::new(first.start(), last.end()));
        }
    });
    out
}

/// True when a line opens with a list marker: a bullet (`-`, `*`, `•`, ...)
/// or an enumerator (`1.`, `2)`, `a)`, `(iv)`) followed by a space.
pub(crate) fn starts_with_list_marker(line: &str) -> bool {
    list_marker_len(line) > 0
}

/// Byte length of the list marker at the start of `line` (0 if none),
/// including the space after it.
pub(crate) fn list_marker_len(line: &str) -> usize {
    let mut chars = line.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let followed_by_space = |at: usize| line[at..].chars().next().is_some_and(char::is_whitespace);
    if matches!(
        first,
        '-' | '*'
            | '+'
            | '•'
            | '◦'
            | '▪'
            | '‣'
            | '–'
            | '—'
            | '·'
            | '●'
            | '○'
            | '■'
            | '►'
            | '✓'
            | '✔'
    ) {
        let at = first.len_utf8();
        return if followed_by_space(at) { at + 1 } else { 0 };
    }
    // Enumerators: "12." "3)" "(4)" "a." "b)" "iv."
    let body_start = usize::from(first == '(');
    let rest = &line[body_start..];
    let body_len = rest
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if body_len == 0 || body_len > 4 {
        return 0;
    }
    let body = &rest[..body_len];
    let numeric = body.bytes().all(|b| b.is_ascii_digit());
    let letter = body.len() == 1 && body.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = body.bytes().all(|b| b"ivxIVX".contains(&b));
    if !(numeric || letter || roman) {
        return 0;
    }
    let at = body_start + body_len;
    let closer = line[at..].chars().next();
    let ok = match closer {
        Some(')') => true,
        Some('.') => body_start == 0,
        _ => false,
    };
    if ok && followed_by_space(at + 1) {
        at + 2
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// True for the characters that end a line: LF, CR, VT, FF, NEL and the
    /// Unicode line and paragraph separators. CRLF counts as one break.
    fn is_line_break(c: char) -> bool {
        matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    }

    /// The lines as the splitter first found them, char by char: the
    /// reference the byte scan must match.
    fn trimmed_lines_by_chars(text: &str) -> Vec<Span> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if is_line_break(c) {
                lines.push(trim(text, Span::new(start, i)));
                let mut next = i + c.len_utf8();
                if c == '\r' {
                    if let Some(&(j, '\n')) = iter.peek() {
                        iter.next();
                        next = j + 1;
                    }
                }
                start = next;
            }
        }
        lines.push(trim(text, Span::new(start, text.len())));
        lines
    }

    #[test]
    fn the_byte_scan_breaks_lines_as_the_chars_do() {
        let pieces = [
            "a", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
            "\u{2027}", "\u{a0}", "\u{c2}", "é", "\u{e2}", "—", "\t", "日",
        ];
        let mut next = crate::test_draws(7);
        for len in 0..400 {
            let text: String = (0..len % 40)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            assert_eq!(
                trimmed_lines(&text),
                trimmed_lines_by_chars(&text),
                "{text:?}"
            );
        }
    }

    fn lines_of(text: &str) -> Vec<&str> {
        trimmed_lines(text).iter().map(|s| s.as_str(text)).collect()
    }

    #[test]
    fn crlf_and_unicode_separators_break_lines() {
        assert_eq!(lines_of("a\r\nb\rc\u{2028}d\ne"), ["a", "b", "c", "d", "e"]);
        assert_eq!(
            lines_of("a\u{85}b\u{2029}c\u{0B}d\u{0C}e\r\rf\u{2027}g\u{a0}"),
            ["a", "b", "c", "d", "e", "", "f\u{2027}g"]
        );
        assert_eq!(lines_of("  x \t\n\n y"), ["x", "", "y"]);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let text = "One.\nTwo.\n \t\nThree.\r\n\r\n\r\nFour";
        let got: Vec<&str> = paragraph_spans(text)
            .iter()
            .map(|s| s.as_str(text))
            .collect();
        assert_eq!(got, ["One.\nTwo.", "Three.", "Four"]);
    }

    #[test]
    fn list_markers() {
        for yes in [
            "- a", "* b", "• c", "1. d", "12) e", "(3) f", "a) g", "iv. h",
        ] {
            assert!(starts_with_list_marker(yes), "{yes}");
        }
        for no in [
            "-a",
            "1.5 m",
            "2024 was",
            "Mr. X",
            "U.S. envoy",
            "(see)",
            "word. x",
        ] {
            assert!(!starts_with_list_marker(no), "{no}");
        }
    }
}
