//! Sentence segmentation for news and web text.
//!
//! The splitter works in two passes:
//!
//! 1. **Layout.** The text is cut into lines and paragraphs. Every line is a
//!    unit of its own (a headline, a date line, a section heading or a list
//!    item never runs into the next line) unless the next line plainly
//!    continues it: it starts in lower case after a line with no final
//!    punctuation, or the whole paragraph is hard-wrapped prose (three or
//!    more lines of even width that mostly do not end in a full stop).
//! 2. **Punctuation.** Inside a unit, `.`, `?`, `!`, `…` (and the CJK full
//!    stops) are candidate boundaries. A candidate counts only when it is
//!    followed by whitespace, after any closing quotes and brackets, so URLs,
//!    e-mail addresses, file names, decimals and `U.S.-Russia` never split.
//!    A period after a known abbreviation, an initial or a dotted
//!    abbreviation (`U.S.`, `a.m.`) ends the sentence only when the next word
//!    is a typical sentence opener; a title (`Mr.`, `Sen.`, `Gov.`) never
//!    ends one, and neither does a word followed by a lower-case word.
//!
//! Sentences longer than [`MAX_SENTENCE_BYTES`] (text with no punctuation at
//! all) are cut at the last space before the limit, so that every later
//! stage stays linear.

use super::abbreviations::{self as abbr, contains};
use super::lines::{list_marker_len, paragraph_lines, starts_with_list_marker};
use super::Span;

/// Upper bound on the length of one sentence, in bytes. Longer runs without
/// punctuation are cut at whitespace.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// The spans of the sentences of `text`, in order.
///
/// Spans are trimmed of whitespace, never overlap, and what lies between two
/// consecutive spans (and before the first and after the last) is whitespace
/// only.
pub(crate) fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for unit in layout_units(text) {
        split_unit(text, unit, &mut out);
    }
    out
}

/// Pass 1: the layout units of `text` (see the module docs).
fn layout_units(text: &str) -> Vec<Span> {
    let mut units = Vec::new();
    for lines in paragraph_lines(text) {
        let wrapped = is_hard_wrapped(text, &lines);
        let mut start = lines[0].start();
        for pair in lines.windows(2) {
            let (prev, next) = (pair[0].as_str(text), pair[1].as_str(text));
            if !continues(prev, next, wrapped) {
                units.push(Span::new(start, pair[0].end()));
                start = pair[1].start();
            }
        }
        if let Some(last) = lines.last() {
            units.push(Span::new(start, last.end()));
        }
    }
    units
}

/// True when line `next` continues the sentence of line `prev`.
fn continues(prev: &str, next: &str, wrapped: bool) -> bool {
    if starts_with_list_marker(next) {
        return false;
    }
    if wrapped {
        return true;
    }
    let ends_open = prev
        .chars()
        .next_back()
        .is_some_and(|c| !is_terminal(c) && !is_closer(c) && c != ':');
    ends_open && next.chars().next().is_some_and(char::is_lowercase)
}

/// Hard-wrapped prose: three or more lines, all but the last of similar
/// width between 40 and 130 characters, most not ending a sentence.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    if lines[1..]
        .iter()
        .any(|l| starts_with_list_marker(l.as_str(text)))
    {
        return false;
    }
    let widths: Vec<usize> = body
        .iter()
        .map(|l| l.as_str(text).chars().count())
        .collect();
    let (Some(&min), Some(&max)) = (widths.iter().min(), widths.iter().max()) else {
        return false;
    };
    if !(40..=130).contains(&max) || min * 10 < max * 7 {
        return false;
    }
    let open = body
        .iter()
        .filter(|l| {
            l.as_str(text)
                .chars()
                .next_back()
                .is_some_and(|c| !is_terminal(c) && !is_closer(c))
        })
        .count();
    open * 2 >= body.len()
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‽' | '⁇' | '⁈' | '⁉' | '‼') || is_cjk_terminal(c)
}

/// Full-width terminals end a sentence without a following space.
fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '？' | '！' | '｡')
}

/// Closing quotes and brackets that may follow a final mark.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '*' | '_'
    )
}

/// Opening quotes and brackets that may precede the first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '*'
            | '_'
    )
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

/// Pass 2: splits one layout unit on punctuation.
fn split_unit(text: &str, unit: Span, out: &mut Vec<Span>) {
    let s = unit.as_str(text);
    let base = unit.start();
    let mut sentence_start = 0;
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        let term_end = terminal_end(s, i);
        let mut after = term_end;
        while let Some(c) = char_at(s, after).filter(|&c| is_closer(c)) {
            after += c.len_utf8();
        }
        after += detached_closing_quote(&s[after..]);
        let next = char_at(s, after);
        let boundary = match next {
            None => false, // the unit's end closes the sentence anyway
            Some(n) if is_cjk_terminal(c) => !is_closer(n),
            Some(n) if !n.is_whitespace() => false,
            Some(_) => is_boundary(s, sentence_start, i, term_end, after),
        };
        if boundary {
            push_capped(text, Span::new(base + sentence_start, base + after), out);
            sentence_start = after + (s[after..].len() - s[after..].trim_start().len());
        }
        i = after.max(i + c.len_utf8());
    }
    if sentence_start < s.len() {
        let end = s.trim_end().len();
        if end > sentence_start {
            push_capped(text, Span::new(base + sentence_start, base + end), out);
        }
    }
}

/// Length of a closing quote set off by a space (`options. " Next`): a
/// double quote with whitespace on both sides right after a final mark
/// closes the sentence; an opening quote is never followed by a space.
fn detached_closing_quote(rest: &str) -> usize {
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let lead = rest.len() - trimmed.len();
    let mut chars = trimmed.chars();
    match (chars.next(), chars.next()) {
        (Some(q @ ('"' | '”')), Some(next)) if lead > 0 && next.is_whitespace() => {
            lead + q.len_utf8()
        }
        _ => 0,
    }
}

/// End of the run of final marks starting at `i`: `?!`, `...`, `…` and the
/// spaced ellipsis `. . .`.
fn terminal_end(s: &str, i: usize) -> usize {
    let mut j = i;
    while let Some(c) = char_at(s, j).filter(|&c| is_terminal(c) && !is_cjk_terminal(c)) {
        j += c.len_utf8();
    }
    // Spaced ellipsis: ". . ." (at least three dots).
    if s[i..j] == *"." && s[j..].starts_with(" . .") {
        while s[j..].starts_with(" .") {
            j += 2;
        }
    }
    let first = char_at(s, i).map_or(1, char::len_utf8);
    j.max(i + first)
}

/// Decides a candidate boundary that is followed by whitespace.
fn is_boundary(
    s: &str,
    sentence_start: usize,
    term_start: usize,
    term_end: usize,
    after: usize,
) -> bool {
    let term = &s[term_start..term_end];
    let (next_word, opened) = next_word(&s[after..]);
    let Some(first) = next_word.chars().next() else {
        // Only punctuation follows (a dash, an emoji, a bullet): split.
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    if term.contains(['?', '!', '‽', '⁇', '⁈', '⁉', '‼']) {
        // Questions and exclamations before a capital or digit.
        return true;
    }
    if term.chars().count() > 1 {
        // An ellipsis before a capital.
        return true;
    }
    if after > term_end {
        // `he said "no." Then` / `(see above.) Next`.
        return true;
    }
    let token = previous_token(&s[sentence_start..term_start]);
    if token.is_empty() {
        return true;
    }
    if token
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        // "in 1961. The" ends; "1. First item" opening a unit is a list marker.
        let before = s[sentence_start..term_start].trim_end_matches(|c: char| c.is_ascii_digit());
        return !(before.trim().is_empty()
            && token.len() <= 3
            && list_marker_len(&s[sentence_start..]) > 0);
    }
    // An all-caps word is an acronym ("MS", "IE", "CO"), not a listed
    // abbreviation ("Ms", "i.e", "Co").
    let acronym = token.chars().count() > 1 && token.chars().all(|c| c.is_uppercase());
    let lower = if acronym {
        String::new()
    } else {
        token.to_lowercase()
    };
    let lower = lower.as_str();
    if contains(abbr::TITLES, lower) || contains(abbr::NEVER_FINAL, lower) {
        return false;
    }
    if first.is_numeric() && contains(abbr::BEFORE_NUMBER, lower) {
        return false;
    }
    let capitalized = token.chars().next().is_some_and(char::is_uppercase);
    let abbreviation = contains(abbr::ABBREVIATIONS, lower)
        || (capitalized && contains(abbr::CAPITALIZED_ABBREVIATIONS, lower))
        || is_dotted_abbreviation(token)
        || token.chars().count() == 1;
    if abbreviation {
        return opened || is_sentence_starter(next_word);
    }
    true
}

/// The word after a boundary candidate (skipping whitespace and opening
/// quotes or brackets), and whether an opening quote or bracket came first.
fn next_word(rest: &str) -> (&str, bool) {
    let rest = rest.trim_start();
    let word_start = rest.trim_start_matches(is_opener);
    // Only an opening quote signals a new sentence; a bracket may continue
    // a name ("Reps. V. E. (Red) Berry").
    let opened = rest[..rest.len() - word_start.len()].contains(['"', '“', '‘', '«', '\'']);
    let len = word_start
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
        .map_or(word_start.len(), |(i, _)| i);
    (&word_start[..len], opened)
}

/// The token that a period follows: the text after the last whitespace, with
/// opening punctuation stripped from its front and closing punctuation from
/// its end (`(U.S.` → `U.S`, `city"` → `city`).
fn previous_token(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[start..]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(is_closer)
}

/// `U.S`, `a.m`, `Ph.D`, `e.g`: short letter groups joined by periods.
fn is_dotted_abbreviation(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

fn is_sentence_starter(word: &str) -> bool {
    let lower = word.to_lowercase();
    contains(abbr::SENTENCE_STARTERS, &lower)
}

/// Pushes `span`, cut at whitespace into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when it is longer.
fn push_capped(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut start = span.start();
    while span.end() - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        // Prefer the last space; with none at all, cut at a char boundary.
        let cut = window
            .char_indices()
            .rev()
            .find(|&(i, c)| c.is_whitespace() && i > 0)
            .map_or(limit, |(i, _)| start + i);
        let piece = super::lines::trim(text, Span::new(start, cut));
        if !piece.is_empty() {
            out.push(piece);
        }
        start = cut;
        while let Some(c) = char_at(text, start).filter(|c| c.is_whitespace()) {
            start += c.len_utf8();
        }
    }
    if span.end() > start {
        out.push(Span::new(start, span.end()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentence_spans(text)
            .iter()
            .map(|s| s.as_str(text))
            .collect()
    }

    #[track_caller]
    fn assert_split(text: &str, expected: &[&str]) {
        assert_eq!(split(text), expected, "splitting {text:?}");
    }

    #[test]
    fn plain_sentences() {
        assert_split("One. Two? Three! Four", &["One.", "Two?", "Three!", "Four"]);
    }

    #[test]
    fn titles_and_abbreviations() {
        assert_split(
            "Mr. Smith met Sen. Jones and Gov. Lee in the U.S. Capitol. They talked.",
            &[
                "Mr. Smith met Sen. Jones and Gov. Lee in the U.S. Capitol.",
                "They talked.",
            ],
        );
        assert_split(
            "Acme Inc. said it grew. Acme Corp. was founded by Ivan Allen Jr. in 1901.",
            &[
                "Acme Inc. said it grew.",
                "Acme Corp. was founded by Ivan Allen Jr. in 1901.",
            ],
        );
        assert_split(
            "He moved to the U.S. He then left. Prices rose, e.g. Rent did.",
            &[
                "He moved to the U.S.",
                "He then left.",
                "Prices rose, e.g. Rent did.",
            ],
        );
        assert_split(
            "We met at 9 a.m. The talks ended at 5 p.m. on Friday.",
            &["We met at 9 a.m.", "The talks ended at 5 p.m. on Friday."],
        );
        assert_split(
            "It expires Jan. 1. On Sept. 30, 2023 it was renewed. St. Louis is big, i.e. huge.",
            &[
                "It expires Jan. 1.",
                "On Sept. 30, 2023 it was renewed.",
                "St. Louis is big, i.e. huge.",
            ],
        );
        assert_split(
            "Apples, pears, etc. The rest is waste.",
            &["Apples, pears, etc.", "The rest is waste."],
        );
        assert_split(
            "The U.K. government and Dr. Who agreed.",
            &["The U.K. government and Dr. Who agreed."],
        );
        assert_split(
            "It helps patients with MS. Approval follows. Few use IE. Most use Firefox.",
            &[
                "It helps patients with MS.",
                "Approval follows.",
                "Few use IE.",
                "Most use Firefox.",
            ],
        );
    }

    #[test]
    fn initials_and_numbers() {
        assert_split(
            "J. K. Rowling wrote it. It sold well.",
            &["J. K. Rowling wrote it.", "It sold well."],
        );
        assert_split(
            "Profit hit $1.13bn, up 3.5% on v2.0 sales. Shares rose.",
            &["Profit hit $1.13bn, up 3.5% on v2.0 sales.", "Shares rose."],
        );
        assert_split(
            "He won in 1961. The next year he lost.",
            &["He won in 1961.", "The next year he lost."],
        );
        assert_split(
            "See No. 5 and p. 12 for details.",
            &["See No. 5 and p. 12 for details."],
        );
    }

    #[test]
    fn ellipses_quotes_and_brackets() {
        assert_split(
            "Wait... Then it came. And so…",
            &["Wait...", "Then it came.", "And so…"],
        );
        assert_split(
            "He said \"no.\" Then he left.",
            &["He said \"no.\"", "Then he left."],
        );
        assert_split(
            "It works (see above.) Next point.",
            &["It works (see above.)", "Next point."],
        );
        assert_split(
            "She said, “Someone is leaking, but not us.” He left.",
            &["She said, “Someone is leaking, but not us.”", "He left."],
        );
        assert_split(
            "\"Why?\" he asked. \"Because!\" she said.",
            &["\"Why?\" he asked.", "\"Because!\" she said."],
        );
        assert_split(
            "It was . . . strange. Yes.",
            &["It was . . . strange.", "Yes."],
        );
        assert_split(
            "\"It adds options. \" Replacement hooker Jones is out.",
            &["\"It adds options. \"", "Replacement hooker Jones is out."],
        );
    }

    #[test]
    fn urls_emails_and_files() {
        assert_split(
            "Visit https://example.com/a.b?c=d. Mail j.doe@example.org. Open report.pdf now.",
            &[
                "Visit https://example.com/a.b?c=d.",
                "Mail j.doe@example.org.",
                "Open report.pdf now.",
            ],
        );
        assert_split(
            "U.S.-Russia relations. Yahoo!Inc is odd.",
            &["U.S.-Russia relations.", "Yahoo!Inc is odd."],
        );
    }

    #[test]
    fn lines_without_punctuation_stand_alone() {
        assert_split(
            "BREAKINGON\n\nBig Headline Here\n\n11/26/2025\nFirst sentence. Second one.\nSection Heading\nBody text.",
            &["BREAKINGON", "Big Headline Here", "11/26/2025", "First sentence.", "Second one.", "Section Heading", "Body text."],
        );
    }

    #[test]
    fn lists() {
        assert_split(
            "Steps:\n1. Open it.\n2. Close it\n- a bullet\n• another one",
            &[
                "Steps:",
                "1. Open it.",
                "2. Close it",
                "- a bullet",
                "• another one",
            ],
        );
        assert_split(
            "1. First point. 2. Second point.",
            &["1. First point.", "2. Second point."],
        );
    }

    #[test]
    fn whitespace_variants() {
        assert_split("One.\r\nTwo.\r\n\r\nThree.", &["One.", "Two.", "Three."]);
        assert_split("One.\u{a0}Two.\tThree.", &["One.", "Two.", "Three."]);
        assert_split(
            "a line that\ncontinues here.",
            &["a line that\ncontinues here."],
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The committee met on Tuesday to discuss the budget and\n\
                    Senator Smith argued that the proposed cuts would hurt\n\
                    Rural Schools more than anyone had expected them to.";
        assert_eq!(split(text).len(), 1);
    }

    #[test]
    fn cjk_and_emoji() {
        assert_split("你好。我很好！谢谢", &["你好。", "我很好！", "谢谢"]);
        assert_split(
            "Great 👍🏽. Next 👨‍👩‍👧 family.",
            &["Great 👍🏽.", "Next 👨‍👩‍👧 family."],
        );
    }

    #[test]
    fn long_runs_are_capped() {
        let text = "word ".repeat(2000);
        let spans = sentence_spans(&text);
        assert!(spans.len() > 1);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        let no_spaces = "x".repeat(5000);
        let spans = sentence_spans(&no_spaces);
        assert_eq!(spans.iter().map(Span::len).sum::<usize>(), 5000);
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("").is_empty());
        assert!(split(" \n\t\r\n ").is_empty());
        assert_split("...", &["..."]);
    }
}
