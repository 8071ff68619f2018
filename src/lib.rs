//! **lede** summarizes articles and highlights their entities, in Rust and
//! in the browser through WebAssembly. Nothing leaves the machine it runs on.
//!
//! # Example
//!
//! ```
//! let text = "BREAKING\n\nMr. Smith went to Washington. He met Sen. Jones at 9 a.m.";
//! let sentences: Vec<&str> = lede::sentences(text).collect();
//! assert_eq!(sentences, ["BREAKING", "Mr. Smith went to Washington.", "He met Sen. Jones at 9 a.m."]);
//! ```
//!
//! # Overview
//!
//! - [`sentences`], [`paragraphs`](paragraph_indices) and [`words`](word_indices)
//!   segment text into UTF-8 byte [`Span`]s that always slice the input.
//! - [`Utf16Offsets`] converts those spans to the UTF-16 code units
//!   JavaScript strings are indexed by.
//! - [`analyze`] turns text into normalized terms: tokens → lower case →
//!   stop words → stems, as a pipeline of filters.
//! - [`entities`] finds people, organisations, places, groups, dates, times,
//!   money, percentages, numbers, e-mail addresses and URLs, links mentions
//!   of the same entity ([`entity_groups`]) and cuts text into
//!   [`highlight_segments`]; [`keyphrases`] ranks the phrases a text is about.
//! - [`detect_language`] tells the [`Lang`] of a text (script, then
//!   character trigrams); every analysis step works per language.
//! - [`extract`] takes a web page's HTML to its article: metadata, blocks
//!   and plain text ready for the sentence splitter.
//! - [`summarize`] scores every sentence of an article with one of nine
//!   [`Algorithm`]s and picks a summary of the asked [`Length`].
//! - Errors are one opaque [`Error`] with an [`ErrorKind`].
//!
//! The `wasm32` build adds the JavaScript API in the `wasm` module (see the
//! README); it is the only code that knows about JavaScript.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod analyze;
mod entities;
mod error;
mod extract;
mod hash;
mod keyphrases;
mod lang;
mod sort;
mod summarize;
mod tables;

/// The pseudo-random draws of the crate's randomized tests (a 64-bit
/// linear congruential generator, high bits out): the same sequence for
/// the same seed on every machine.
#[cfg(test)]
pub(crate) fn test_draws(seed: u64) -> impl FnMut() -> usize {
    let mut seed = seed;
    move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        (seed >> 33) as usize
    }
}
mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use entities::{
    entities, entities_in, entities_of_types, entity_groups, highlight_segments, Entity,
    EntityGroup, EntityType, Segment,
};
pub use error::{check_input, Error, ErrorKind, MAX_INPUT_BYTES};
pub use extract::{
    extract, extract_with, Article, Block, BlockKind, ExtractOptions, Note, NoteKind,
    MAX_HTML_BYTES,
};
pub use keyphrases::{
    keyphrases, keyphrases_in, summarize_with_keyphrases, Keyphrase, MAX_KEYPHRASES,
};
pub use lang::{detect_language, detect_language_with_hint, Detection, Lang};
pub use summarize::{
    summarize, summarize_with_progress, Algorithm, Length, Order, Progress, Role, ScoredSentence,
    Summary, SummaryLength, SummaryOptions, SummaryStats, SummaryType, CJK_CHARS_PER_MINUTE,
    WORDS_PER_MINUTE,
};
pub use text::{
    paragraph_indices, sentence_indices, sentence_indices_in, sentences, sentences_in,
    strip_markdown, utf16_len, word_indices, Span, SpanIndices, Utf16Offsets, MAX_SENTENCE_BYTES,
};

/// The README's Rust examples, compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
