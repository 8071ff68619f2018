//! Word segmentation: the tokens the analysis pipeline and the scorers see.

use super::Span;

/// True for characters that make up words: letters, digits and combining
/// marks.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether `word` holds a soft hyphen (U+00AD, the bytes C2 AD): a byte
/// scan, where a search for the char would run a substring searcher.
pub(crate) fn has_soft_hyphen(word: &str) -> bool {
    word.as_bytes().windows(2).any(|w| w == [0xC2, 0xAD])
}

/// `word` without its soft hyphens, borrowed when it has none.
pub(crate) fn without_soft_hyphens(word: &str) -> std::borrow::Cow<'_, str> {
    if has_soft_hyphen(word) {
        std::borrow::Cow::Owned(word.replace('\u{ad}', ""))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Scripts written without spaces: each ideograph or kana is a word.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Word spans of `text`: maximal runs of letters and digits. An apostrophe
/// between letters (`don't`, `Ushakov's`), a hyphen between letters
/// (`high-ranking`), a soft hyphen (U+00AD) between letters and a period or comma between digits (`3.5`, `216,000`)
/// stay inside the word. Ideographs and kana are one word each.
///
/// Every summary and key-phrase call runs this over the whole text, so
/// ASCII bytes (most of most text) are taken as they are: a run of ASCII
/// letters and digits in one step, other ASCII marks without decoding a
/// char; only non-ASCII characters are decoded and tested as chars.
pub(crate) fn word_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let char_at = |k: usize| text.get(k..).and_then(|rest| rest.chars().next());
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev = '\0';
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            start.get_or_insert(i);
            let run = bytes
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - i);
            i += run;
            prev = char::from(bytes.get(i - 1).copied().unwrap_or(b));
            continue;
        }
        if b < 0x80 {
            // ASCII, not a word character: the joiners and the rest.
            if let Some(s) = start {
                let joins = match b {
                    b'\'' | b'-' => {
                        prev.is_alphabetic()
                            && char_at(i + 1)
                                .is_some_and(|n| n.is_alphabetic() && !is_unspaced_script(n))
                    }
                    b'.' | b',' => {
                        prev.is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    }
                    _ => false,
                };
                if !joins {
                    out.push(Span::new(s, i));
                    start = None;
                }
            }
            prev = char::from(b);
            i += 1;
            continue;
        }
        let Some(c) = char_at(i) else { break };
        let width = c.len_utf8();
        if is_unspaced_script(c) {
            if let Some(s) = start.take() {
                out.push(Span::new(s, i));
            }
            out.push(Span::new(i, i + width));
        } else if is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start {
            let joins = match (c, char_at(i + width)) {
                ('’' | '‐' | '\u{ad}', Some(n)) => {
                    prev.is_alphabetic() && n.is_alphabetic() && !is_unspaced_script(n)
                }
                _ => false,
            };
            if !joins {
                out.push(Span::new(s, i));
                start = None;
            }
        }
        prev = c;
        i += width;
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word splitter as first written, char by char: the reference the
    /// ASCII fast path must match.
    fn word_spans_by_chars(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        let mut start: Option<usize> = None;
        let mut prev = '\0';
        while let Some((i, c)) = chars.next() {
            if is_unspaced_script(c) {
                if let Some(s) = start.take() {
                    out.push(Span::new(s, i));
                }
                out.push(Span::new(i, i + c.len_utf8()));
                prev = c;
                continue;
            }
            if is_word_char(c) {
                start.get_or_insert(i);
                prev = c;
                continue;
            }
            if let Some(s) = start {
                let next = chars.peek().map(|&(_, n)| n);
                let joins = match (c, next) {
                    ('\'' | '’' | '-' | '‐' | '\u{ad}', Some(n)) => {
                        prev.is_alphabetic() && n.is_alphabetic() && !is_unspaced_script(n)
                    }
                    ('.' | ',', Some(n)) => prev.is_ascii_digit() && n.is_ascii_digit(),
                    _ => false,
                };
                if joins {
                    prev = c;
                    continue;
                }
                out.push(Span::new(s, i));
                start = None;
            }
            prev = c;
        }
        if let Some(s) = start {
            out.push(Span::new(s, text.len()));
        }
        out
    }

    #[test]
    fn the_ascii_fast_path_splits_as_the_chars_do() {
        let pieces = [
            "a", "Z", "7", " ", "'", "’", "-", "‐", "\u{ad}", ".", ",", "é", "日", "か",
            "e\u{301}", "ß", "Ω", "1", "0", "\n", "$", "%", "👍", "\u{2028}", "ـ", "ı",
        ];
        let mut next = crate::test_draws(13);
        for len in 0..3000 {
            let text: String = (0..len % 30)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            assert_eq!(word_spans(&text), word_spans_by_chars(&text), "{text:?}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        word_spans(text).iter().map(|s| s.as_str(text)).collect()
    }

    #[test]
    fn a_soft_hyphen_stays_inside_a_word() {
        assert_eq!(
            words("Die Bundes\u{ad}regierung tagt\u{ad}"),
            ["Die", "Bundes\u{ad}regierung", "tagt"]
        );
    }

    #[test]
    fn words_keep_inner_punctuation() {
        assert_eq!(
            words("Ushakov's high-ranking aide didn't pay $1.13bn (216,000 claims)."),
            [
                "Ushakov's",
                "high-ranking",
                "aide",
                "didn't",
                "pay",
                "1.13bn",
                "216,000",
                "claims"
            ]
        );
    }

    #[test]
    fn words_in_other_scripts() {
        assert_eq!(words("café naïve Zürich"), ["café", "naïve", "Zürich"]);
        assert_eq!(words("東京は大きい"), ["東", "京", "は", "大", "き", "い"]);
        assert_eq!(words("e\u{301}te\u{301}"), ["e\u{301}te\u{301}"]);
        assert_eq!(words("a 👨‍👩‍👧 b"), ["a", "b"]);
        assert_eq!(words("'quoted' -dash- end."), ["quoted", "dash", "end"]);
    }
}
