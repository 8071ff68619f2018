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
//! [`Analyzer::english`] is that preset; [`Analyzer::for_lang`] gives the
//! preset of any [`Lang`]. Every [`Token`] keeps the byte span of the
//! word it came from; filters change the term, never the span (a Chinese
//! or Japanese bigram spans both its characters).
//!
//! ```
//! use lede::{analyze::Analyzer, Lang};
//!
//! let fr = Analyzer::for_lang(Lang::Fr);
//! let terms: Vec<String> = fr.tokens("L'autoroute et les autoroutes").map(|t| t.term).collect();
//! assert_eq!(terms, ["autorout", "autorout"]);
//! let ja = Analyzer::for_lang(Lang::Ja);
//! let terms: Vec<String> = ja.tokens("東京都の").map(|t| t.term).collect();
//! assert_eq!(terms, ["東京", "京都", "都の"]);
//! ```

mod filters;

pub(crate) use filters::lower_into;
pub use filters::{CjkTerms, Elision, LowerCaser, Possessive, Stemmer, StopWords};

use crate::lang::Lang;
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
    bigrams: bool,
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
    bigrams: bool,
}

impl AnalyzerBuilder {
    /// Appends a filter to the chain.
    #[must_use]
    pub fn filter(mut self, filter: impl TokenFilter + 'static) -> Self {
        self.filters.push(Box::new(filter));
        self
    }

    /// Makes terms of adjacent Chinese and Japanese characters: each
    /// character with the next one of the same run (a lone character
    /// stands for itself).
    #[must_use]
    pub fn bigrams(mut self) -> Self {
        self.bigrams = true;
        self
    }

    /// Finishes the analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer {
            filters: self.filters,
            bigrams: self.bigrams,
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

    /// The preset of `lang`: lower case, then
    /// - English: as [`Analyzer::english`];
    /// - German, Spanish, Portuguese, Dutch, Russian: stop words
    ///   (stopwords-iso) and the Snowball stemmer;
    /// - French and Italian: the same after [`Elision`];
    /// - Chinese and Japanese: character bigrams, [`CjkTerms`];
    /// - Korean: [`CjkTerms`] (words cut to two syllables);
    /// - any other language: lower case only.
    pub fn for_lang(lang: Lang) -> Analyzer {
        let mut b = Analyzer::builder().filter(LowerCaser);
        match lang {
            Lang::En => return Analyzer::english(),
            Lang::Fr => b = b.filter(Elision::french()),
            Lang::It => b = b.filter(Elision::italian()),
            Lang::Zh | Lang::Ja => b = b.bigrams(),
            _ => {}
        }
        if lang.is_cjk() {
            b = b.filter(CjkTerms::new(lang));
        }
        if let Some(stop) = StopWords::for_lang(lang).filter(|_| !lang.is_cjk()) {
            b = b.filter(stop);
        }
        if let Some(stemmer) = Stemmer::for_lang(lang) {
            b = b.filter(stemmer);
        }
        b.build()
    }

    /// True when the analyzer makes character bigrams ([`AnalyzerBuilder::bigrams`]).
    pub fn is_bigrams(&self) -> bool {
        self.bigrams
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
        let mut words = crate::text::word_indices(text).peekable();
        let mut joined = false;
        std::iter::from_fn(move || loop {
            let (span, word) = words.next()?;
            let next = words.peek().map(|&(s, w)| (s, w));
            let prev_joined = std::mem::replace(&mut joined, false);
            if self.bigrams && is_unspaced(word) {
                match next.filter(|&(n, w)| n.start() == span.end() && is_unspaced(w)) {
                    Some((n, w)) => {
                        joined = true;
                        let pair = format!("{word}{w}");
                        if let Some(term) = self.normalize(&pair) {
                            return Some(Token {
                                span: Span::new(span.start(), n.end()),
                                term,
                            });
                        }
                        continue;
                    }
                    // The last character of a run is in the bigram before it.
                    None if prev_joined => continue,
                    None => {}
                }
            }
            if let Some(term) = self.normalize(word) {
                return Some(Token { span, term });
            }
        })
    }

    /// Appends the terms of `text` to `out` (reusing its allocation).
    pub fn terms_into(&self, text: &str, out: &mut Vec<String>) {
        out.extend(self.tokens(text).map(|t| t.term));
    }
}

/// True for a word that is one Han or kana character (the words of the
/// unspaced scripts), which bigram analysis pairs.
pub(crate) fn is_unspaced(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F))
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::english()
    }
}
