//! Article extraction from HTML: blocks slice the text in order, the text
//! is accepted by every other function (never refused as binary), and the
//! summary of the article works on it.
#![no_main]

use lede::ErrorKind;
use lede_fuzz::{ordered, text, Utf16Check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = text(data);
    let article = match lede::extract(&html) {
        Ok(a) => a,
        Err(e) => {
            assert!(
                matches!(e.kind(), ErrorKind::Empty | ErrorKind::NotText),
                "{e}"
            );
            return;
        }
    };
    let text = article.text();
    assert!(!text.is_empty());
    let mut utf16 = Utf16Check::new(text);
    for b in article.blocks() {
        assert!(
            text.get(b.span().range()).is_some_and(|t| !t.is_empty()),
            "{:?}",
            b.span()
        );
        utf16.span(b.span());
    }
    ordered(article.blocks().iter().map(|b| b.span()));
    for field in [article.title(), article.byline(), article.excerpt()]
        .into_iter()
        .flatten()
    {
        assert!(field.len() <= html.len() * 4 + 64);
    }
    lede::check_input(text).expect("extracted text is never refused");
    if let Err(e) = lede::summarize(text, &lede::SummaryOptions::new()) {
        assert_eq!(e.kind(), ErrorKind::Empty, "{e}");
    }
    // Same page, same article.
    assert_eq!(
        lede::extract(&html).ok().as_ref().map(|a| a.text()),
        Some(text)
    );
});
