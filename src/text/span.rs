//! Byte spans into a text, and their conversion to UTF-16 code units.

use std::ops::Range;

/// A half-open range of UTF-8 byte offsets into a text.
///
/// Every span produced by this crate starts and ends on a `char` boundary of
/// the text it was made from, so `&text[span.range()]` never panics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub(crate) const fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The first byte of the span.
    pub const fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    pub const fn end(&self) -> usize {
        self.end
    }

    /// The span as a `Range`, ready for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers, or `""` if the span does not fit
    /// `text` (it was made from another string).
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

/// Converts UTF-8 byte offsets of one text into UTF-16 code-unit offsets,
/// the unit JavaScript strings are indexed by.
///
/// Lookups are cheapest in increasing order (a forward cursor); a lookup
/// behind the cursor restarts from the nearest checkpoint, so any order is
/// correct. Pure-ASCII texts take a fast path where both offsets agree.
#[derive(Debug)]
pub struct Utf16Offsets<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    unit: usize,
    /// (byte, unit) pairs every `CHECKPOINT` bytes, filled as the cursor moves.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT: usize = 4096;

impl<'t> Utf16Offsets<'t> {
    /// Prepares conversion for `text`.
    pub fn new(text: &'t str) -> Self {
        Utf16Offsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            unit: 0,
            checkpoints: vec![(0, 0)],
        }
    }

    /// The UTF-16 offset of byte offset `byte`. Offsets past the end, or
    /// inside a character, are clamped to the previous character boundary.
    pub fn utf16(&mut self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            let i = self.checkpoints.partition_point(|&(b, _)| b <= byte);
            let (b, u) = self.checkpoints[i.saturating_sub(1)];
            self.byte = b;
            self.unit = u;
        }
        let mut next_checkpoint = (self.byte / CHECKPOINT + 1) * CHECKPOINT;
        let rest = &self.text[self.byte..byte];
        for (i, c) in rest.char_indices() {
            let at = self.byte + i;
            if at >= next_checkpoint {
                if self.checkpoints.last().is_some_and(|&(b, _)| b < at) {
                    self.checkpoints.push((at, self.unit));
                }
                next_checkpoint = (at / CHECKPOINT + 1) * CHECKPOINT;
            }
            self.unit += c.len_utf16();
        }
        self.byte = byte;
        self.unit
    }

    /// Both ends of `span` in UTF-16 code units.
    pub fn span(&mut self, span: Span) -> (usize, usize) {
        (self.utf16(span.start()), self.utf16(span.end()))
    }
}

/// Length of `text` in UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().map(char::len_utf16).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_identity() {
        let mut o = Utf16Offsets::new("hello world");
        assert_eq!(o.utf16(5), 5);
        assert_eq!(o.utf16(0), 0);
        assert_eq!(o.utf16(99), 11);
    }

    #[test]
    fn non_ascii_offsets_count_code_units() {
        // é is 2 bytes / 1 unit; 😀 is 4 bytes / 2 units; 中 is 3 bytes / 1 unit.
        let text = "é😀中x";
        let mut o = Utf16Offsets::new(text);
        assert_eq!(o.utf16(2), 1);
        assert_eq!(o.utf16(6), 3);
        assert_eq!(o.utf16(9), 4);
        assert_eq!(o.utf16(10), 5);
        // Going backwards still works.
        assert_eq!(o.utf16(2), 1);
        // Inside a character clamps to its start.
        assert_eq!(o.utf16(4), 1);
        assert_eq!(utf16_len(text), 5);
    }

    #[test]
    fn random_access_matches_a_linear_count() {
        let text = "ab😀ç".repeat(3000);
        let mut o = Utf16Offsets::new(&text);
        let expected = |b: usize| text[..b].chars().map(char::len_utf16).sum::<usize>();
        for &b in &[30_000, 7, 12_345, 8_191, 0, 29_999, 4_096] {
            let mut b = b;
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            assert_eq!(o.utf16(b), expected(b), "byte {b}");
        }
    }
}
