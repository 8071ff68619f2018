//! Sentences, paragraphs and words: spans slice the input, in order,
//! trimmed, with only white space between sentences; UTF-16 offsets
//! round-trip.
#![no_main]

use lede_fuzz::{ordered, slices, text, Utf16Check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    let text = text.as_str();
    let sentences: Vec<_> = lede::sentence_indices(text).collect();
    let mut utf16 = Utf16Check::new(text);
    let mut end = 0;
    for &(span, s) in &sentences {
        slices(text, span, s);
        assert!(!s.is_empty() && s.trim() == s, "untrimmed sentence {s:?}");
        let gap = &text[end..span.start()];
        assert!(gap.trim().is_empty(), "text between sentences: {gap:?}");
        end = span.end();
        utf16.span(span);
    }
    assert!(
        text[end..].trim().is_empty(),
        "text after the last sentence"
    );
    // Text-only iterator agrees with the spans.
    assert!(lede::sentences(text).eq(sentences.iter().map(|&(_, s)| s)));
    for iter in [lede::paragraph_indices(text), lede::word_indices(text)] {
        let spans: Vec<_> = iter.collect();
        for &(span, s) in &spans {
            slices(text, span, s);
        }
        ordered(spans.iter().map(|&(s, _)| s));
    }
    // The words of each sentence lie in it.
    for &(span, s) in sentences.iter().take(64) {
        for (w, word) in lede::word_indices(s) {
            slices(s, w, word);
            assert!(w.end() <= span.len());
        }
    }
});
