//! Every algorithm and every length form: sentences slice the input in
//! order, scores lie in [0, 1], the summary is a subset of the candidates
//! within the length asked for, and the same input gives the same result.
#![no_main]

use lede::{Algorithm, ErrorKind, Length, Order, Role, SummaryOptions};
use lede_fuzz::{byte, ordered, slices, text, Utf16Check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Three option bytes, then the text.
    let (a, l, n) = (byte(data, 0), byte(data, 1), byte(data, 2));
    let text = text(data.get(3..).unwrap_or(&[]));
    let text = text.as_str();
    let algorithm = Algorithm::ALL[usize::from(a) % Algorithm::ALL.len()];
    let n = usize::from(n);
    let length = match l % 6 {
        0 => Length::Auto,
        1 => Length::Sentences(n),
        2 => Length::Ratio(f64::from(n as u8) / 200.0),
        3 => Length::Words(n * 4),
        4 => Length::Chars(n * 16),
        _ => Length::Sentences(usize::MAX - n),
    };
    let order = if l & 0x80 != 0 {
        Order::Rank
    } else {
        Order::Document
    };
    let options = SummaryOptions::new()
        .algorithm(algorithm)
        .length(length)
        .order(order);
    let summary = match lede::summarize(text, &options) {
        Ok(s) => s,
        Err(e) => {
            // Only bad options, empty and binary input are errors.
            let bad_length = matches!(
                length,
                Length::Sentences(0) | Length::Words(0) | Length::Chars(0)
            ) || matches!(length, Length::Ratio(r) if !(r > 0.0 && r <= 1.0));
            match e.kind() {
                ErrorKind::InvalidOption => assert!(bad_length, "{e}"),
                ErrorKind::Empty | ErrorKind::NotText => {}
                other => panic!("unexpected error {other:?}: {e}"),
            }
            return;
        }
    };
    assert_eq!(summary.algorithm(), algorithm);
    let all = summary.sentences();
    let mut utf16 = Utf16Check::new(text);
    for s in all {
        slices(text, s.span, s.text);
        assert!((0.0..=1.0).contains(&s.score), "score {}", s.score);
        if s.role != Role::Body {
            assert!(!s.selected, "a non-candidate was selected");
        }
        utf16.span(s.span);
    }
    ordered(all.iter().map(|s| s.span));
    // The summary: distinct sentences of the text, selected ones only.
    let picked = summary.summary_indices();
    let mut seen = vec![false; all.len()];
    for &i in picked {
        assert!(i < all.len());
        assert!(!seen[i], "sentence {i} picked twice");
        seen[i] = true;
        assert!(all[i].selected && all[i].role == Role::Body);
    }
    assert_eq!(picked.len(), all.iter().filter(|s| s.selected).count());
    assert_eq!(
        summary.key_points(),
        picked.iter().map(|&i| all[i].text).collect::<Vec<_>>()
    );
    let stats = summary.stats();
    assert_eq!(stats.sentences, all.len());
    assert_eq!(stats.selected, picked.len());
    assert!(stats.candidates >= picked.len());
    if stats.candidates > 0
        && matches!(
            length,
            Length::Auto | Length::Sentences(_) | Length::Ratio(_)
        )
    {
        assert!(!picked.is_empty(), "candidates but an empty summary");
    }
    match length {
        Length::Sentences(k) => assert!(picked.len() <= k.max(1)),
        Length::Auto => assert!(picked.len() <= 3),
        _ => {}
    }
    if order == Order::Document {
        assert!(
            picked.windows(2).all(|w| w[0] < w[1]),
            "not in document order"
        );
    }
    // Deterministic (the memo of stems carries over between calls).
    if text.len() < 2048 {
        let again = lede::summarize(text, &options).unwrap();
        assert_eq!(again.summary_indices(), picked);
    }
});
