//! Markdown syntax in a piece of text (a sentence, a title): what a reader
//! does not see. Sentence spans keep slicing the original text; the text
//! shown or copied from them goes through [`strip_markdown`].

use std::borrow::Cow;

/// `text` without its Markdown syntax: heading marks (`## `), block quote
/// marks (`> `), list bullets (`- `, `* `, `+ `) at the start of a line,
/// emphasis (`**bold**`, `_italic_`, `~~struck~~`), links and images
/// (`[text](url)` → `text`, `![alt](url)` → `alt`), the backticks of code
/// spans and backslash escapes. Numbered list markers (`1. `) stay: they
/// carry meaning. Text without any of these comes back borrowed.
///
/// A delimiter counts as emphasis only when it is matched in the same
/// piece of text and hugs words (`2 * 3 * 4`, `snake_case` and a lone
/// `*` stay), and `[3]` (no link target) stays.
///
/// # Example
///
/// ```
/// assert_eq!(lede::strip_markdown("## A **bold** [move](https://example.com)"), "A bold move");
/// assert_eq!(lede::strip_markdown("Plain text."), "Plain text.");
/// ```
pub fn strip_markdown(text: &str) -> Cow<'_, str> {
    let marked = text.bytes().any(|b| {
        matches!(
            b,
            b'#' | b'*' | b'_' | b'[' | b'`' | b'>' | b'~' | b'\\' | b'-' | b'+'
        )
    });
    if !marked {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        inline(block_prefix(line), &mut out);
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// `line` without a leading block quote, heading or bullet mark (and a
/// heading's closing `#`s).
fn block_prefix(line: &str) -> &str {
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix('>') {
        rest = r.trim_start();
    }
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) {
        if let Some(r) = rest[hashes..].strip_prefix([' ', '\t']) {
            let r = r.trim();
            let closed = r.trim_end_matches('#');
            return if closed.len() < r.len() && (closed.is_empty() || closed.ends_with(' ')) {
                closed.trim_end()
            } else {
                r
            };
        }
        if rest.len() == hashes {
            return "";
        }
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(r) = rest.strip_prefix(bullet) {
            return r.trim_start();
        }
    }
    rest
}

/// Appends `s` to `out` without its inline Markdown.
fn inline(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    let mut plain = 0; // start of the text not yet copied
                       // Ranges of delimiters to drop, found ahead (closing emphasis runs).
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    while i < b.len() {
        // A closing run skipped over (inside a code span) is forgotten.
        while dropped.first().is_some_and(|&(from, _)| from < i) {
            dropped.remove(0);
        }
        if let Some(&(from, to)) = dropped.first().filter(|&&(from, _)| from == i) {
            out.push_str(&s[plain..from]);
            dropped.remove(0);
            i = to;
            plain = to;
            continue;
        }
        match b[i] {
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                out.push_str(&s[plain..i]);
                plain = i + 1;
                i += 2;
            }
            b'`' => {
                let run = b[i..].iter().take_while(|&&c| c == b'`').count();
                let fence = &s[i..i + run];
                match s[i + run..].find(fence) {
                    Some(at) => {
                        out.push_str(&s[plain..i]);
                        let code = &s[i + run..i + run + at];
                        out.push_str(
                            code.strip_prefix(' ')
                                .and_then(|c| c.strip_suffix(' '))
                                .unwrap_or(code),
                        );
                        i += run + at + run;
                        plain = i;
                    }
                    None => i += run,
                }
            }
            b'!' | b'[' => {
                let open = if b[i] == b'!' { i + 1 } else { i };
                match link(s, open) {
                    Some((label, end)) if b[open] == b'[' => {
                        out.push_str(&s[plain..i]);
                        inline(label, out);
                        i = end;
                        plain = end;
                    }
                    _ => i += 1,
                }
            }
            c @ (b'*' | b'_' | b'~') => {
                let run = b[i..].iter().take_while(|&&x| x == c).count();
                let ok_len = if c == b'~' { run == 2 } else { run <= 3 };
                let opens = ok_len && left_flanking(s, i, run, c);
                let close = if opens {
                    closing_run(s, i + run, c, run)
                } else {
                    None
                };
                match close {
                    Some(at) => {
                        out.push_str(&s[plain..i]);
                        i += run;
                        plain = i;
                        let pos = dropped.partition_point(|&(from, _)| from < at);
                        dropped.insert(pos, (at, at + run));
                    }
                    None => i += run,
                }
            }
            _ => i += 1,
        }
    }
    out.push_str(&s[plain.min(s.len())..]);
}

/// A link or image at `open` (`[label](target)`, `[label][ref]`): its
/// label and the end of the whole link.
fn link(s: &str, open: usize) -> Option<(&str, usize)> {
    let rest = s.get(open..)?.strip_prefix('[')?;
    let close = rest.find(']')?;
    let label = &rest[..close];
    let after = &rest[close + 1..];
    let target_close = match after.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let end = after.find(target_close)?;
    if after[1..end].contains(char::is_whitespace) && target_close == ')' {
        // `[a](b c)` is not a link unless it has a title in quotes.
        if !after[1..end].contains('"') {
            return None;
        }
    }
    Some((label, open + 1 + close + 1 + end + 1))
}

/// An emphasis run that can open: followed by a non-space, and for `_`
/// not inside a word.
fn left_flanking(s: &str, i: usize, run: usize, c: u8) -> bool {
    let next = s[i + run..].chars().next();
    let prev = s[..i].chars().next_back();
    next.is_some_and(|n| !n.is_whitespace())
        && !(c == b'_' && prev.is_some_and(char::is_alphanumeric))
}

/// The start of the run of `run` times `c` closing an emphasis opened
/// before `from`: preceded by a non-space, and for `_` not followed by a
/// letter or digit.
fn closing_run(s: &str, from: usize, c: u8, run: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut j = from;
    while j < b.len() {
        if b[j] == c {
            let len = b[j..].iter().take_while(|&&x| x == c).count();
            let prev = s[..j].chars().next_back();
            let next = s[j + len..].chars().next();
            let hugs = j > from && prev.is_some_and(|p| !p.is_whitespace());
            let word_after = c == b'_' && next.is_some_and(char::is_alphanumeric);
            if len == run && hugs && !word_after {
                return Some(j);
            }
            j += len;
        } else {
            j += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: &str) {
        assert_eq!(strip_markdown(input), expected, "{input:?}");
    }

    #[test]
    fn block_marks() {
        check("# Title", "Title");
        check("## Title ##", "Title");
        check("###### Deep", "Deep");
        check("####### Seven", "####### Seven");
        check("#hashtag stays", "#hashtag stays");
        check("- A bullet item", "A bullet item");
        check("* Star item", "Star item");
        check("+ Plus item", "Plus item");
        check("> Quoted line", "Quoted line");
        check("1. Numbered stays", "1. Numbered stays");
        check("A well-known - dash", "A well-known - dash");
    }

    #[test]
    fn inline_marks() {
        check("A **bold** and *soft* word.", "A bold and soft word.");
        check("An __under__ and _it_ word.", "An under and it word.");
        check("Some ~~old~~ text.", "Some old text.");
        check("***Both*** here", "Both here");
        check(
            "See [the report](https://example.com/a_b) now.",
            "See the report now.",
        );
        check("An ![diagram](img.png) here.", "An diagram here.");
        check("A [ref][1] link.", "A ref link.");
        check("Run `cargo test` now.", "Run cargo test now.");
        check("Use `` a`b `` here.", "Use a`b here.");
        check(r"Not \*bold\* here.", "Not *bold* here.");
        check("**[Bold link](u)**", "Bold link");
    }

    #[test]
    fn text_that_only_looks_like_markdown() {
        for s in [
            "2 * 3 * 4 = 24",
            "snake_case_name and foo_bar",
            "A lone * star",
            "It was free.[3] Then",
            "Price: 5 + 3",
            "[citation needed]",
            "e-mail me",
            "~ approx",
        ] {
            check(s, s);
        }
        assert!(matches!(strip_markdown("Plain."), Cow::Borrowed(_)));
    }
}
