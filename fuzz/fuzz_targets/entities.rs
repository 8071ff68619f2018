//! Entities, entity groups and highlight segments: mentions slice the
//! input in order without overlapping, groups partition the mentions,
//! segments tile the input, UTF-16 offsets round-trip.
#![no_main]

use std::collections::HashMap;

use lede::{EntityType, ErrorKind, Lang};
use lede_fuzz::{byte, ordered, slices, text, Utf16Check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // One byte picks the types (a bit each, all when 0), then the text.
    let mask = u16::from(byte(data, 0));
    let text = text(data.get(1..).unwrap_or(&[]));
    let text = text.as_str();
    let types: Vec<EntityType> = if mask == 0 {
        EntityType::ALL.to_vec()
    } else {
        EntityType::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << (i % 8)) != 0)
            .map(|(_, &t)| t)
            .collect()
    };
    let found = match lede::entities_of_types(text, &types) {
        Ok(found) => found,
        Err(e) => {
            assert!(matches!(e.kind(), ErrorKind::NotText), "{e}");
            return;
        }
    };
    let mut utf16 = Utf16Check::new(text);
    for e in &found {
        slices(text, e.span(), e.text());
        assert!(!e.text().is_empty());
        assert!(types.contains(&e.kind()), "{:?} not asked for", e.kind());
        assert!(!e.canonical().is_empty() && !e.id().is_empty());
        utf16.span(e.span());
    }
    ordered(found.iter().map(|e| e.span()));
    // Same id, same type and canonical name.
    let mut by_id: HashMap<&str, (EntityType, &str)> = HashMap::new();
    for e in &found {
        let seen = by_id.entry(e.id()).or_insert((e.kind(), e.canonical()));
        assert_eq!(*seen, (e.kind(), e.canonical()), "id {}", e.id());
    }
    // Groups: every mention once, in the group of its id.
    let groups = lede::entity_groups(&found);
    let mut mentions = 0;
    for g in &groups {
        assert_eq!(g.count(), g.mentions().len());
        assert!(g.count() > 0);
        assert_eq!(by_id.get(g.id()), Some(&(g.kind(), g.canonical())));
        for (span, t) in g.mentions() {
            slices(text, *span, t);
            assert!(found.iter().any(|e| e.span() == *span && e.id() == g.id()));
        }
        ordered(g.mentions().iter().map(|(s, _)| *s));
        mentions += g.count();
    }
    assert_eq!(mentions, found.len());
    // Segments tile the text; each entity segment is its mention.
    let segments = lede::highlight_segments(text, &found);
    let mut end = 0;
    let mut marked = 0;
    for s in &segments {
        assert_eq!(s.span().start(), end, "a gap or an overlap");
        assert!(!s.span().is_empty());
        end = s.span().end();
        utf16.span(s.span());
        if let Some(k) = s.entity() {
            assert_eq!(found[k].span(), s.span());
            marked += 1;
        }
    }
    assert_eq!(end, text.len(), "segments stop short");
    assert_eq!(marked, found.len());
    // The rules of another language, picked by the type byte: mentions
    // slice the text in order too.
    let langs = [Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Nl, Lang::Pt, Lang::Ru];
    let lang = langs[usize::from(byte(data, 0)) % langs.len()];
    let found = lede::entities_in(text, lang).expect("the input was checked above");
    for e in &found {
        slices(text, e.span(), e.text());
        assert!(!e.text().is_empty());
    }
    ordered(found.iter().map(|e| e.span()));
});
