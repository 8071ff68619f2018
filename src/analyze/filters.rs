//! The token filters of the analysis pipeline.

use super::TokenFilter;
use crate::tables::STOPWORDS_EN;

/// Lower-cases the term (ASCII fast path).
#[derive(Debug, Clone, Copy, Default)]
pub struct LowerCaser;

impl TokenFilter for LowerCaser {
    fn apply(&self, term: &mut String) -> bool {
        if term.is_ascii() {
            term.make_ascii_lowercase();
        } else {
            *term = term.to_lowercase();
        }
        true
    }
}

/// Drops a trailing possessive `'s` / `’s` (`Ushakov's` → `Ushakov`) and
/// turns curly apostrophes straight.
#[derive(Debug, Clone, Copy, Default)]
pub struct Possessive;

impl TokenFilter for Possessive {
    fn apply(&self, term: &mut String) -> bool {
        if term.contains('’') {
            *term = term.replace('’', "'");
        }
        for suffix in ["'s", "'S"] {
            if term.len() > suffix.len() + 1 && term.ends_with(suffix) {
                term.truncate(term.len() - suffix.len());
            }
        }
        true
    }
}

/// Removes stop words. Apply after [`LowerCaser`].
#[derive(Debug, Clone, Copy)]
pub struct StopWords {
    sorted: &'static [&'static str],
}

impl StopWords {
    /// The SMART English stop list (see `src/tables/stopwords_en.rs`).
    pub fn english() -> StopWords {
        StopWords {
            sorted: STOPWORDS_EN,
        }
    }

    /// True when `word` (lower case) is a stop word.
    pub fn contains(&self, word: &str) -> bool {
        self.sorted.binary_search(&word).is_ok()
    }
}

impl TokenFilter for StopWords {
    fn apply(&self, term: &mut String) -> bool {
        !self.contains(term)
    }
}

/// Snowball stemming (English: the Porter2 algorithm). Apply after
/// [`LowerCaser`].
pub struct Stemmer {
    inner: rust_stemmers::Stemmer,
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmer")
    }
}

impl Stemmer {
    /// The English (Porter2) stemmer.
    pub fn english() -> Stemmer {
        Stemmer {
            inner: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
        }
    }

    /// The stem of `word` (lower case).
    pub fn stem(&self, word: &str) -> String {
        self.inner.stem(word).into_owned()
    }
}

impl TokenFilter for Stemmer {
    fn apply(&self, term: &mut String) -> bool {
        if let std::borrow::Cow::Owned(stem) = self.inner.stem(term) {
            *term = stem;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::Analyzer;
    use super::*;

    #[test]
    fn stop_word_table_is_sorted_for_binary_search() {
        assert!(STOPWORDS_EN.windows(2).all(|w| w[0] < w[1]));
        let stop = StopWords::english();
        assert!(stop.contains("the") && stop.contains("said") && !stop.contains("kremlin"));
    }

    #[test]
    fn english_preset() {
        let a = Analyzer::english();
        let terms: Vec<String> = a
            .tokens("Ushakov’s leaked Conversations: the talks were running")
            .map(|t| t.term)
            .collect();
        assert_eq!(terms, ["ushakov", "leak", "convers", "talk", "run"]);
        assert_eq!(a.normalize("The"), None);
        assert_eq!(a.normalize("Negotiations").as_deref(), Some("negoti"));
    }

    #[test]
    fn spans_survive_filters() {
        let text = "Witkoff's plans";
        let a = Analyzer::english();
        let tokens: Vec<_> = a.tokens(text).collect();
        assert_eq!(&text[tokens[0].span.range()], "Witkoff's");
        assert_eq!(tokens[0].term, "witkoff");
    }
}
