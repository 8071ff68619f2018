//! Sentence segmentation on real text: the fixture article, the Brown
//! sentence-boundary set, and properties over random input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    lede::sentences(text).collect()
}

#[test]
fn fixture_is_segmented_as_a_reader_would() {
    let Some(text) = common::fixture() else {
        return;
    };
    let got = sentences(&text);
    for unit in [
        "BREAKINGON",
        "Kremlin Claims Leaked Conversations Aim to Sabotage Peace Talks with the U.S.",
        "11/26/2025",
        "The Catch-Up Call Maybe: Diplomatic Tensions Amid Ukraine Peace Talks",
        "Details of the Leaked Conversation",
        "Next Steps in the Peace Process",
        "Key Political Updates",
        "Education and Employment Updates",
        "Public Sentiment and Future Prospects",
    ] {
        assert!(
            got.contains(&unit),
            "{unit:?} should be a unit of its own; got {got:#?}"
        );
    }
    // The headline appears twice, both times alone.
    assert_eq!(
        got.iter()
            .filter(|s| s.starts_with("Kremlin Claims Leaked"))
            .count(),
        2
    );
    assert!(got.contains(
        &"Ushakov emphasized that the Russian authorities were not responsible for the leaked transcripts, asserting, “Someone is leaking, someone is listening, but not us.”"
    ));
    // "U.S." and "Sen." never end a sentence, except where the line ends.
    for s in &got {
        if s.ends_with("U.S.") {
            assert!(
                s.starts_with("Kremlin Claims Leaked"),
                "{s:?} ends with U.S."
            );
        }
        assert!(!s.ends_with("Sen."), "{s:?}");
    }
    assert!(got.iter().any(|s| s.starts_with(
        "A leaked conversation between Russian diplomat Yuri Ushakov and U.S. envoy Steve Witkoff"
    )));
    assert_eq!(
        &got[got.len() - 2..],
        ["© Copyright 2025 BreakingOn.", "All rights reserved."]
    );
}

#[test]
fn brown_sentence_boundaries_f1_is_at_least_99_5() {
    let Some(data) = common::shared("data/sbd_brown.jsonl") else {
        return;
    };
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for line in data.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let mut gold = std::collections::BTreeSet::new();
        let mut pos = 0;
        for s in doc["sentences"].as_array().unwrap() {
            let s = s.as_str().unwrap();
            let at = pos + text[pos..].find(s).unwrap();
            if at > 0 {
                gold.insert(at);
            }
            pos = at + s.len();
        }
        let pred: std::collections::BTreeSet<usize> = lede::sentence_indices(text)
            .map(|(span, _)| span.start())
            .filter(|&s| s > 0)
            .collect();
        tp += gold.intersection(&pred).count();
        fp += pred.difference(&gold).count();
        fn_ += gold.difference(&pred).count();
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 200.0 * p * r / (p + r);
    eprintln!("Brown boundary F1 = {f1:.2} (tp {tp}, fp {fp}, fn {fn_})");
    assert!(f1 >= 99.5, "boundary F1 {f1:.2} < 99.5");
}

/// Markdown input: headings, bullets, emphasis, links and code spans are
/// split where a reader sees sentences, spans slice the original, and
/// `strip_markdown` gives the clean text shown for each.
#[test]
fn markdown_is_split_and_cleaned() {
    let md = "# Storm hits the coast\n\n\
              The **storm** arrived *at dawn.* It [flooded](https://example.com/a.b) the town.\n\n\
              - Roads were `closed`\n\
              - Schools shut early. Parents were told by text.\n\n\
              > Quoted _words_ stay.";
    let got: Vec<(&str, String)> = lede::sentence_indices(md)
        .map(|(span, s)| (&md[span.range()], lede::strip_markdown(s).into_owned()))
        .collect();
    let clean: Vec<&str> = got.iter().map(|(_, c)| c.as_str()).collect();
    assert_eq!(
        clean,
        [
            "Storm hits the coast",
            "The storm arrived at dawn.",
            "It flooded the town.",
            "Roads were closed",
            "Schools shut early.",
            "Parents were told by text.",
            "Quoted words stay.",
        ]
    );
    assert_eq!(got[1].0, "The **storm** arrived *at dawn.*");
}

/// Pieces that stress the splitter: abbreviations, quotes, numbers, line
/// breaks of every kind, non-ASCII and emoji.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("e.g.".to_string()),
        Just("J.".to_string()),
        Just("3.5%".to_string()),
        Just("$1.13bn".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("\"No.\"".to_string()),
        Just("(see above.)".to_string()),
        Just("“quoted!”".to_string()),
        Just("?!".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("\t".to_string()),
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("1.".to_string()),
        Just("- ".to_string()),
        Just("。".to_string()),
        Just("👨‍👩‍👧".to_string()),
        Just("\u{2028}".to_string()),
        Just("https://a.b/c.d".to_string()),
        Just(". . .".to_string()),
        "[A-Za-z]{1,8}",
        "[a-z]{1,6}[.!?]",
        "[A-Z][a-z]{0,5}",
        "[0-9]{1,4}",
        "\\PC{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Sentence spans tile the input: in order, no overlap, only whitespace
    /// between them, each trimmed and non-empty, each slicing back to its text.
    #[test]
    fn sentence_spans_tile_the_input(text in text()) {
        let mut pos = 0;
        for (span, sentence) in lede::sentence_indices(&text) {
            prop_assert!(span.start() >= pos, "overlap at {}", span.start());
            prop_assert!(text[pos..span.start()].chars().all(char::is_whitespace), "non-whitespace gap {:?}", &text[pos..span.start()]);
            prop_assert!(!sentence.is_empty());
            prop_assert_eq!(sentence, sentence.trim());
            prop_assert_eq!(&text[span.range()], sentence);
            prop_assert!(span.len() <= lede::MAX_SENTENCE_BYTES);
            pos = span.end();
        }
        prop_assert!(text[pos..].chars().all(char::is_whitespace));
    }

    /// Words and paragraphs slice back too, and words never contain spaces.
    #[test]
    fn word_and_paragraph_spans_slice(text in text()) {
        for (span, word) in lede::word_indices(&text) {
            prop_assert_eq!(&text[span.range()], word);
            prop_assert!(!word.chars().any(char::is_whitespace));
        }
        let mut pos = 0;
        for (span, paragraph) in lede::paragraph_indices(&text) {
            prop_assert!(span.start() >= pos);
            prop_assert_eq!(&text[span.range()], paragraph);
            pos = span.end();
        }
    }

    /// UTF-16 offsets agree with a direct count.
    #[test]
    fn utf16_offsets_match_a_direct_count(text in text()) {
        let mut offsets = lede::Utf16Offsets::new(&text);
        for (span, _) in lede::sentence_indices(&text) {
            let (start, end) = offsets.span(span);
            prop_assert_eq!(start, lede::utf16_len(&text[..span.start()]));
            prop_assert_eq!(end, lede::utf16_len(&text[..span.end()]));
        }
    }

    /// Arbitrary Unicode never panics, and the output is deterministic.
    #[test]
    fn any_string_is_safe(text in "\\PC{0,200}|[\\s\\S]{0,200}") {
        let a: Vec<_> = lede::sentence_indices(&text).collect();
        let b: Vec<_> = lede::sentence_indices(&text).collect();
        prop_assert_eq!(a, b);
    }
}

#[test]
fn auto_detects_the_language_of_a_paragraph_but_not_of_a_line() {
    // A short English line reads as another language to trigram detection:
    // below a few sentences 'auto' keeps the script rules.
    let line = "You can see Mt. Rainier on a clear day.";
    assert_eq!(lede::sentences_in(line, "auto").collect::<Vec<_>>(), [line]);
    // A German paragraph gets the German rules: '3. Oktober' is an ordinal.
    let de = "Die Wahl fand am 3. Oktober statt und die Beteiligung war hoch. \
              Die Partei gewann in fast allen Wahlkreisen der Stadt deutlich. \
              Nach der Auszählung sprach die Vorsitzende von einem klaren Auftrag \
              und kündigte Gespräche mit den anderen Fraktionen an.";
    let got: Vec<&str> = lede::sentences_in(de, "auto").collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].ends_with("war hoch."), "{got:?}");
}
