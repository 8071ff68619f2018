//! The token filters of the analysis pipeline.

use std::sync::LazyLock;

use super::TokenFilter;
use crate::lang::Lang;
use crate::tables::{
    front_coded, STOPWORDS_DE, STOPWORDS_EN, STOPWORDS_ES, STOPWORDS_FR, STOPWORDS_IT,
    STOPWORDS_NL, STOPWORDS_PT, STOPWORDS_RU, STOPWORDS_ZH,
};

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

/// Drops an elided article, pronoun or preposition before an apostrophe:
/// French `l'`, `d'`, `qu'`, `jusqu'`..., Italian `l'`, `dell'`, `all'`,
/// `un'`... (`l'autoroute` → `autoroute`). Apply after [`LowerCaser`].
#[derive(Debug, Clone, Copy)]
pub struct Elision {
    prefixes: &'static [&'static str],
}

impl Elision {
    /// French elisions.
    pub fn french() -> Elision {
        Elision {
            prefixes: &[
                "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "presqu", "puisqu", "qu",
                "quelqu", "quoiqu", "s", "t",
            ],
        }
    }

    /// Italian elisions.
    pub fn italian() -> Elision {
        Elision {
            prefixes: &[
                "all", "anch", "c", "coll", "d", "dall", "dell", "l", "m", "nell", "quell",
                "quest", "s", "sull", "t", "tutt", "un", "v",
            ],
        }
    }
}

impl TokenFilter for Elision {
    fn apply(&self, term: &mut String) -> bool {
        if let Some(at) = term.find(['\'', '’']) {
            let head = term.get(..at).unwrap_or("");
            if self.prefixes.contains(&head) {
                let skip = at
                    + term
                        .get(at..)
                        .and_then(|t| t.chars().next())
                        .map_or(1, char::len_utf8);
                term.replace_range(..skip, "");
            }
        }
        !term.is_empty()
    }
}

/// Removes stop words. Apply after [`LowerCaser`].
#[derive(Debug, Clone, Copy)]
pub struct StopWords {
    list: List,
}

#[derive(Debug, Clone, Copy)]
enum List {
    Sorted(&'static [&'static str]),
    Decoded(&'static [String]),
}

/// Decodes a front-coded stop list once.
fn decoded(table: &'static str) -> Vec<String> {
    let mut out = Vec::new();
    front_coded(table, |w| out.push(w.to_string()));
    out
}

static DE: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_DE));
static FR: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_FR));
static ES: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_ES));
static IT: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_IT));
static PT: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_PT));
static NL: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_NL));
static RU: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_RU));
static ZH: LazyLock<Vec<String>> = LazyLock::new(|| decoded(STOPWORDS_ZH));

impl StopWords {
    /// The SMART English stop list (see `src/tables/stopwords_en.rs`).
    pub fn english() -> StopWords {
        StopWords {
            list: List::Sorted(STOPWORDS_EN),
        }
    }

    /// The stop list of `lang` (stopwords-iso for de, fr, es, it, pt, nl,
    /// ru; single characters for zh; see `src/tables/stopwords_lang.rs`),
    /// or `None` for a language without one.
    pub fn for_lang(lang: Lang) -> Option<StopWords> {
        let table: &'static LazyLock<Vec<String>> = match lang {
            Lang::En => return Some(StopWords::english()),
            Lang::De => &DE,
            Lang::Fr => &FR,
            Lang::Es => &ES,
            Lang::It => &IT,
            Lang::Pt => &PT,
            Lang::Nl => &NL,
            Lang::Ru => &RU,
            Lang::Zh => &ZH,
            _ => return None,
        };
        Some(StopWords {
            list: List::Decoded(table.as_slice()),
        })
    }

    /// True when `word` (lower case) is a stop word.
    pub fn contains(&self, word: &str) -> bool {
        match self.list {
            List::Sorted(sorted) => sorted.binary_search(&word).is_ok(),
            List::Decoded(sorted) => sorted.binary_search_by(|w| w.as_str().cmp(word)).is_ok(),
        }
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

    /// The Snowball stemmer of `lang` (en, de, fr, es, it, pt, nl, ru), or
    /// `None` for a language without one.
    pub fn for_lang(lang: Lang) -> Option<Stemmer> {
        use rust_stemmers::Algorithm as A;
        let algorithm = match lang {
            Lang::En => A::English,
            Lang::De => A::German,
            Lang::Fr => A::French,
            Lang::Es => A::Spanish,
            Lang::It => A::Italian,
            Lang::Pt => A::Portuguese,
            Lang::Nl => A::Dutch,
            Lang::Ru => A::Russian,
            _ => return None,
        };
        Some(Stemmer {
            inner: rust_stemmers::Stemmer::create(algorithm),
        })
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

/// Chinese, Japanese and Korean terms (after [`LowerCaser`]): drops
/// Japanese terms written only in hiragana (particles, endings) and
/// Chinese terms made only of stop characters; cuts Korean words to their
/// first two syllables, which joins a noun and its particles (`정부는`,
/// `정부가` → `정부`).
#[derive(Debug, Clone, Copy)]
pub struct CjkTerms {
    lang: Lang,
}

impl CjkTerms {
    /// The filter for `lang` (it passes every term of other languages).
    pub fn new(lang: Lang) -> CjkTerms {
        CjkTerms { lang }
    }
}

fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F | 0x30FC)
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF)
}

impl TokenFilter for CjkTerms {
    fn apply(&self, term: &mut String) -> bool {
        match self.lang {
            Lang::Ja => !term.chars().all(is_hiragana),
            Lang::Zh => {
                let stop = StopWords::for_lang(Lang::Zh);
                !term.chars().all(|c| {
                    let mut b = [0u8; 4];
                    stop.is_some_and(|s| s.contains(c.encode_utf8(&mut b)))
                })
            }
            Lang::Ko => {
                if term.chars().all(is_hangul) {
                    if let Some((i, _)) = term.char_indices().nth(2) {
                        term.truncate(i);
                    }
                }
                true
            }
            _ => true,
        }
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
