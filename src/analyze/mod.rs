//! Text analysis: tokens → lower case → stop words → stems.
//!
//! An [`Analyzer`] is a tokenizer (the crate's word segmentation) followed by
//! a chain of [`TokenFilter`]s, built like tantivy's `TextAnalyzer`:
//!
//! ```
//! use lede::analyze::{Analyzer, LowerCaser, Stemmer, StopWords};
//!
//! let analyzer = Analyzer::builder()
//!     .filter(LowerCaser)
//!     .filter(StopWords::english())
//!     .filter(Stemmer::english())
//!     .build();
//! let terms: Vec<String> = analyzer.tokens("The talks were running late.").map(|t| t.term).collect();
//! assert_eq!(terms, ["talk", "run", "late"]);
//! ```
//!
//! [`Analyzer::english`] is that preset. Every [`Token`] keeps the byte span
//! of the word it came from; filters change the term, never the span.

mod filters;

pub use filters::{LowerCaser, Possessive, Stemmer, StopWords};

use crate::text::Span;

/// A word of the input and the term the filters made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte span of the original word; filters never change it.
    pub span: Span,
    /// The normalized term (lower-cased, stemmed, ...).
    pub term: String,
}

/// One step of an analysis pipeline.
pub trait TokenFilter: Send + Sync {
    /// Rewrites `term` in place; returns `false` to drop the token.
    fn apply(&self, term: &mut String) -> bool;
}

/// A tokenizer followed by token filters. Build one with
/// [`Analyzer::builder`], or take the [`Analyzer::english`] preset.
pub struct Analyzer {
    filters: Vec<Box<dyn TokenFilter>>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("filters", &self.filters.len())
            .finish()
    }
}

/// Builds an [`Analyzer`] filter by filter.
#[derive(Default)]
pub struct AnalyzerBuilder {
    filters: Vec<Box<dyn TokenFilter>>,
}

impl AnalyzerBuilder {
    /// Appends a filter to the chain.
    #[must_use]
    pub fn filter(mut self, filter: impl TokenFilter + 'static) -> Self {
        self.filters.push(Box::new(filter));
        self
    }

    /// Finishes the analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer {
            filters: self.filters,
        }
    }
}

impl Analyzer {
    /// Starts an analyzer that only tokenizes; add filters to it.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The English preset: lower case, possessives dropped, SMART stop words
    /// removed, Snowball (Porter2) stems.
    pub fn english() -> Analyzer {
        Analyzer::builder()
            .filter(LowerCaser)
            .filter(Possessive)
            .filter(StopWords::english())
            .filter(Stemmer::english())
            .build()
    }

    /// English without stemming or stop words: lower case and possessives only.
    pub fn english_surface() -> Analyzer {
        Analyzer::builder()
            .filter(LowerCaser)
            .filter(Possessive)
            .build()
    }

    /// Runs `term` through the filters; `None` when a filter drops it.
    pub fn normalize(&self, word: &str) -> Option<String> {
        let mut term = word.to_string();
        self.filters
            .iter()
            .all(|f| f.apply(&mut term))
            .then_some(term)
    }

    /// The tokens of `text` that survive the filters.
    pub fn tokens<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Token> + 'a {
        crate::text::word_indices(text)
            .filter_map(move |(span, word)| self.normalize(word).map(|term| Token { span, term }))
    }

    /// Appends the terms of `text` to `out` (reusing its allocation).
    pub fn terms_into(&self, text: &str, out: &mut Vec<String>) {
        out.extend(self.tokens(text).map(|t| t.term));
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::english()
    }
}
