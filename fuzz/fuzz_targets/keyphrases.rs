//! Keyphrases: occurrences slice the input, never overlap (within a
//! phrase or across phrases), counts and scores are consistent.
#![no_main]

use lede::ErrorKind;
use lede_fuzz::{byte, ordered, slices, text, Utf16Check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let top = usize::from(byte(data, 0)) % 102;
    let text = text(data.get(1..).unwrap_or(&[]));
    let text = text.as_str();
    let phrases = match lede::keyphrases(text, top) {
        Ok(p) => p,
        Err(e) => {
            match e.kind() {
                ErrorKind::InvalidOption => assert!(top == 0 || top > lede::MAX_KEYPHRASES),
                ErrorKind::NotText => {}
                other => panic!("unexpected {other:?}: {e}"),
            }
            return;
        }
    };
    assert!(top >= 1 && top <= lede::MAX_KEYPHRASES);
    assert!(phrases.len() <= top);
    let mut utf16 = Utf16Check::new(text);
    let mut all = Vec::new();
    let mut last_score = f64::INFINITY;
    for p in &phrases {
        assert!(!p.text().is_empty());
        assert!((0.0..=1.0).contains(&p.score()), "score {}", p.score());
        assert!(p.score() <= last_score, "not best first");
        last_score = p.score();
        assert_eq!(p.count(), p.occurrences().len());
        assert!(p.count() > 0);
        for (span, t) in p.occurrences() {
            slices(text, *span, t);
            utf16.span(*span);
            all.push(*span);
        }
        ordered(p.occurrences().iter().map(|(s, _)| *s));
    }
    all.sort();
    ordered(all);
});
