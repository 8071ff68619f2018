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
/// Lookups in increasing order move a forward cursor. The first lookup
/// behind the cursor builds a table of the UTF-16 offset at every
/// [`BLOCK`]th byte, in one pass over the text; from then on every lookup,
/// in any order, reads the table and counts at most one block. So any
/// sequence of `k` lookups costs O(n + k) (never O(n·k), whatever the
/// order). Pure-ASCII texts take a fast path where both offsets agree.
#[derive(Debug)]
pub struct Utf16Offsets<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    unit: usize,
    /// UTF-16 units of the characters that start before byte `k * BLOCK`,
    /// for every `k`; empty until a lookup goes backwards.
    table: Vec<u32>,
    /// Bytes read so far (cost accounting for the tests).
    #[cfg(test)]
    read: usize,
}

/// Bytes per entry of [`Utf16Offsets`]' table: 4 bytes of table per 64
/// bytes of text, at most 64 bytes counted per lookup.
const BLOCK: usize = 64;

/// UTF-16 units of the characters that start in `bytes`: one per leading
/// byte, two for a four-byte sequence.
fn units_starting_in(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
        .sum()
}

impl<'t> Utf16Offsets<'t> {
    /// Prepares conversion for `text`.
    pub fn new(text: &'t str) -> Self {
        Utf16Offsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            unit: 0,
            table: Vec::new(),
            #[cfg(test)]
            read: 0,
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
        let bytes = self.text.as_bytes();
        if byte < self.byte || !self.table.is_empty() {
            if self.table.is_empty() {
                self.build_table();
            }
            let k = byte / BLOCK;
            let from = k * BLOCK;
            let base = self.table.get(k).map_or(0, |&u| u as usize);
            let counted = bytes.get(from..byte).map_or(0, units_starting_in);
            #[cfg(test)]
            {
                self.read += byte - from;
            }
            return base + counted;
        }
        self.unit += bytes.get(self.byte..byte).map_or(0, units_starting_in);
        #[cfg(test)]
        {
            self.read += byte - self.byte;
        }
        self.byte = byte;
        self.unit
    }

    fn build_table(&mut self) {
        let bytes = self.text.as_bytes();
        self.table = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut unit = 0usize;
        self.table.push(0);
        for block in bytes.chunks(BLOCK) {
            unit += units_starting_in(block);
            self.table.push(unit as u32);
        }
        #[cfg(test)]
        {
            self.read += bytes.len();
        }
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

    #[test]
    fn lookups_in_any_order_cost_linear_time() {
        // Issue 17: entityGroups looks up each group's mentions in turn,
        // jumping back to the start of the text for every group. Each
        // lookup must cost O(1) amortized, not a walk from a far point.
        let text = "é ".to_string() + &"Ann Lee met Bo Kim. ".repeat(20_000);
        let mut o = Utf16Offsets::new(&text);
        let expected = |b: usize| text[..b].chars().map(char::len_utf16).sum::<usize>();
        let groups = 200;
        let mut lookups = 0;
        for g in 0..groups {
            // Each group's mentions, in increasing order, spread over the text.
            for b in (g * 7..text.len()).step_by(text.len() / 50) {
                let mut b = b;
                while !text.is_char_boundary(b) {
                    b -= 1;
                }
                let u = o.utf16(b);
                if g % 50 == 0 {
                    assert_eq!(u, expected(b), "byte {b}");
                }
                lookups += 1;
            }
        }
        // One table pass, the forward walk, and at most a block per lookup.
        assert!(
            o.read <= 2 * text.len() + lookups * BLOCK,
            "read {} bytes for {lookups} lookups in {} bytes",
            o.read,
            text.len()
        );
    }

    #[test]
    fn offsets_agree_with_a_char_count_everywhere() {
        let text = "aé😀中\u{2028}b".repeat(50);
        let mut o = Utf16Offsets::new(&text);
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        for &b in boundaries.iter().rev().chain(&boundaries) {
            assert_eq!(o.utf16(b), text[..b].encode_utf16().count(), "byte {b}");
        }
    }
}
