//! The live-DOM markup reader (`lede_html::feed_marked`): for any markup
//! and any list of hidden elements it either refuses (markup and list
//! disagree) or builds a tree whose article blocks slice its text, having
//! counted no more start tags than the markup has; and it is
//! deterministic.
#![no_main]

use lede_fuzz::{byte, text};
use lede_html::{Builder, Hidden};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // First byte: how many hidden elements (0..4); then 3 bytes each
    // (position, name index, descendants); then the markup.
    let k = usize::from(byte(data, 0) % 5);
    let names = ["p", "div", "span", "script", "img", "template", "b"];
    let mut hidden: Vec<Hidden<'_>> = (0..k)
        .map(|i| Hidden {
            position: u32::from(byte(data, 1 + 3 * i)),
            name: names[usize::from(byte(data, 2 + 3 * i)) % names.len()],
            descendants: u32::from(byte(data, 3 + 3 * i) % 8),
        })
        .collect();
    hidden.sort_by_key(|h| h.position);
    hidden.dedup_by_key(|h| h.position);
    let html = text(data.get(1 + 3 * k..).unwrap_or(&[]));
    let mut builder = Builder::new(html.len());
    let Some(count) = lede_html::feed_marked(&mut builder, &html, &hidden) else {
        return;
    };
    assert!(
        count as usize <= html.matches('<').count(),
        "{count} start tags counted"
    );
    let page = lede_html::read(builder.finish());
    let mut end = 0;
    for part in &page.blocks {
        assert!(part.start >= end && part.start <= part.end, "{part:?}");
        assert!(page.text.get(part.start..part.end).is_some(), "{part:?}");
        end = part.end;
    }
    assert!(end <= page.text.len());
    // The same markup and list give the same page.
    let mut again = Builder::new(html.len());
    assert_eq!(
        lede_html::feed_marked(&mut again, &html, &hidden),
        Some(count)
    );
    assert_eq!(lede_html::read(again.finish()), page);
});
