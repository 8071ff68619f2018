//! Checks shared by the fuzz targets: the contracts of lede's offsets.

use lede::{Span, Utf16Offsets};

/// The fuzz input as text: invalid UTF-8 becomes U+FFFD, as a browser's
/// decoder (or lede's JS binding, for lone surrogates) would give it.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A byte of the input chosen by position, for options (0 past the end).
pub fn byte(data: &[u8], i: usize) -> u8 {
    data.get(i).copied().unwrap_or(0)
}

/// Checks the JavaScript side of the offset contract for every span, in
/// the order given: its UTF-16 offsets slice the UTF-16 form of `text` to
/// exactly the span's text (`input.slice(start, end) === text`).
pub struct Utf16Check<'t> {
    text: &'t str,
    units: Vec<u16>,
    offsets: Utf16Offsets<'t>,
}

impl<'t> Utf16Check<'t> {
    pub fn new(text: &'t str) -> Self {
        Utf16Check {
            text,
            units: text.encode_utf16().collect(),
            offsets: Utf16Offsets::new(text),
        }
    }

    pub fn span(&mut self, span: Span) {
        let (start, end) = self.offsets.span(span);
        assert!(
            start <= end && end <= self.units.len(),
            "{span:?} -> {start}..{end}"
        );
        let back = String::from_utf16(&self.units[start..end]).expect("whole characters");
        assert_eq!(
            back,
            &self.text[span.range()],
            "UTF-16 {start}..{end} of {span:?}"
        );
        assert_eq!(lede::utf16_len(&self.text[..span.start()]), start);
    }
}

/// Asserts that `span` lies in `text` on character boundaries and that
/// `piece` is what it slices.
pub fn slices(text: &str, span: Span, piece: &str) {
    assert!(
        span.start() <= span.end() && span.end() <= text.len(),
        "{span:?} out of {}",
        text.len()
    );
    assert_eq!(text.get(span.range()), Some(piece), "{span:?}");
}

/// Asserts that `spans` are in order and do not overlap.
pub fn ordered(spans: impl IntoIterator<Item = Span>) {
    let mut end = 0;
    for s in spans {
        assert!(
            s.start() >= end,
            "{s:?} overlaps the span before it (ends at {end})"
        );
        end = s.end();
    }
}
