//! What a summary shows of a sentence: the sentence without the marks
//! around it that are no part of what it says.
//!
//! A transcript opens each turn with the speaker's name ("Ana: We began
//! in 2019."), and a page copied from a wiki keeps its reference marks
//! after the full stop ("founded in 1998.[1]"). The sentence keeps them
//! (sentences tile the text, and the article view is drawn from them); the
//! summary's copy of it starts after the label and ends before the marks,
//! so its span still slices the input and its text is that slice.

use crate::hash::Interner;
use crate::text::Span;

/// The parts of `spans` (sentences of `text`) a summary shows: without a
/// speaker label at the start of a line and without reference marks after
/// the last word; each whole when nothing is trimmed or nothing would be
/// left. A label counts only when it opens two lines of the text or more:
/// the turns of a transcript, not a field of a form ("Award: …") whose
/// value needs its name.
pub(crate) fn shown(text: &str, spans: &[Span]) -> Vec<Span> {
    // The label opening each sentence at a line's start: its length and
    // its number among the distinct labels.
    let mut labels = Interner::new();
    let mut heads: Vec<(usize, u32)> = Vec::with_capacity(spans.len());
    for span in spans {
        let before = text.get(..span.start()).unwrap_or("");
        let before = before.trim_end_matches([' ', '\t']);
        let (head, label) = if before.is_empty() || before.ends_with('\n') {
            label_len(span.as_str(text))
        } else {
            (0, "")
        };
        let id = if head > 0 {
            labels.intern(label.as_bytes())
        } else {
            u32::MAX
        };
        heads.push((head, id));
    }
    // How many lines of the text each of those labels opens (one pass).
    let mut turns = vec![0u8; labels.len()];
    if !turns.is_empty() {
        for line in text.split('\n') {
            let (len, label) = label_len(line.trim_start());
            if let Some(n) = labels
                .get(label.as_bytes())
                .filter(|_| len > 0)
                .and_then(|id| turns.get_mut(id as usize))
            {
                *n = n.saturating_add(1);
            }
        }
    }
    let mut out = Vec::with_capacity(spans.len());
    for (span, (head, id)) in spans.iter().zip(heads) {
        let s = span.as_str(text);
        let head = if turns.get(id as usize).is_some_and(|&n| n >= 2) {
            head
        } else {
            0
        };
        let tail = marks_len(s);
        out.push(if head + tail >= s.len() {
            *span
        } else {
            Span::new(span.start() + head, span.end() - tail)
        });
    }
    out
}

/// The byte length of a speaker label opening `s` and the space after it,
/// and the label's name:
/// one to three capitalised words ("Ana", "JOHN SMITH", "Q", "Dr. Lee")
/// of at most 30 bytes, a colon, a space, and a sentence that starts with a
/// capital, a digit or a quotation mark. A lower-case word ("He said:") or
/// more words make no label.
fn label_len(s: &str) -> (usize, &str) {
    let Some(colon) = s.get(..32).unwrap_or(s).find(':') else {
        return (0, "");
    };
    let label = &s[..colon];
    let name_like = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    if label.is_empty() || label.split(' ').count() > 3 || !label.split(' ').all(name_like) {
        return (0, "");
    }
    let rest = &s[colon + 1..];
    let after = rest.trim_start_matches([' ', '\t']);
    if after.len() == rest.len() {
        return (0, ""); // "10:30", "Re:Think": no space after the colon
    }
    let opens = after.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | '\'' | '‘')
    });
    if opens {
        (s.len() - after.len(), label)
    } else {
        (0, "")
    }
}

/// The byte length of the reference marks ending `s` ("[1]", "[12][13]",
/// "[citation needed]", "[a]", "²") with the spaces before them.
fn marks_len(s: &str) -> usize {
    let mut rest = s;
    loop {
        let r = rest.trim_end();
        if let Some(inner) = r.strip_suffix(']') {
            let Some(open) = inner.rfind('[') else { break };
            let body = &inner[open + 1..];
            let ok = !body.is_empty()
                && body.len() <= 30
                && body
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | ','));
            if !ok {
                break;
            }
            rest = &inner[..open];
        } else if let Some(c) = r
            .chars()
            .next_back()
            .filter(|&c| matches!(c, '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}'))
        {
            rest = &r[..r.len() - c.len_utf8()];
        } else {
            break;
        }
    }
    let kept = rest.trim_end();
    if kept.len() == s.trim_end().len() {
        0
    } else {
        s.len() - kept.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first sentence of `text` (up to the first line break) as shown.
    fn shown_text(text: &str) -> &str {
        let end = text.find('\n').unwrap_or(text.len());
        shown(text, &[Span::new(0, end)])[0].as_str(text)
    }

    #[test]
    fn speaker_labels_are_left_out() {
        assert_eq!(
            shown_text("Ana: We began in 2019.\nBo: Why?\nAna: Money."),
            "We began in 2019."
        );
        assert_eq!(
            shown_text("JOHN ROE: \"Not yet.\"\nJOHN ROE: Soon."),
            "\"Not yet.\""
        );
        assert_eq!(
            shown_text("Q: What changed?\nA: All.\nQ: Why?"),
            "What changed?"
        );
        // A label that opens one line is a field's name: it stays.
        assert_eq!(
            shown_text("Award: The Gold Prize."),
            "Award: The Gold Prize."
        );
        // Not a label: a lower-case word, a clause, no space, no capital.
        assert_eq!(shown_text("He said: We won."), "He said: We won.");
        assert_eq!(
            shown_text("The plan was simple: Build more."),
            "The plan was simple: Build more."
        );
        assert_eq!(shown_text("At 10:30 Rain fell."), "At 10:30 Rain fell.");
        assert_eq!(shown_text("Note: see below."), "Note: see below.");
        // Only at the start of a line.
        let text = "Ana: Yes.\nIt rained. Ana: We began.";
        assert_eq!(
            shown(text, &[Span::new(21, text.len())])[0].as_str(text),
            "Ana: We began."
        );
        let text = "Ana: Yes.\nAna: We began.";
        assert_eq!(
            shown(text, &[Span::new(10, text.len())])[0].as_str(text),
            "We began."
        );
    }

    #[test]
    fn reference_marks_after_the_sentence_are_left_out() {
        assert_eq!(
            shown_text("The bridge opened in 1931.[2]"),
            "The bridge opened in 1931."
        );
        assert_eq!(shown_text("It is tall.[3][14] "), "It is tall.");
        assert_eq!(shown_text("It is tall.[citation needed]"), "It is tall.");
        assert_eq!(shown_text("It is tall.²"), "It is tall.");
        // Inside the sentence they stay: the span must slice the input.
        assert_eq!(
            shown_text("It is tall[3] and old."),
            "It is tall[3] and old."
        );
        // Nothing but marks: kept whole.
        assert_eq!(shown_text("[1]"), "[1]");
        assert_eq!(shown_text("See the list [x](y)."), "See the list [x](y).");
    }
}
