//! The token filters of the analysis pipeline.

use std::sync::LazyLock;

use super::TokenFilter;
use crate::hash::Interner;
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
            *term = visible_lowercase(term);
        }
        true
    }
}

/// `word` lower-cased into `buf`, as [`LowerCaser`] makes a term (ASCII
/// fast path, `to_lowercase` with its word-final sigma otherwise): for
/// loops that reuse one buffer.
pub(crate) fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    // One pass that copies and lower-cases ASCII bytes, rather than an
    // ASCII test, a copy and a lower-casing pass (this runs on every word
    // a summary or detection reads, most of them a few bytes long).
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            buf.clear();
            buf.push_str(&visible_lowercase(word));
            return;
        }
        buf.push(char::from(b.to_ascii_lowercase()));
    }
}

/// `word` in lower case without soft hyphens (U+00AD): "Bundes\u{ad}regierung"
/// is the term "bundesregierung".
fn visible_lowercase(word: &str) -> String {
    crate::text::without_soft_hyphens(word).to_lowercase()
}

/// Drops a trailing possessive `'s` / `’s` (`Ushakov's` → `Ushakov`) and
/// turns curly apostrophes straight.
#[derive(Debug, Clone, Copy, Default)]
pub struct Possessive;

impl TokenFilter for Possessive {
    fn apply(&self, term: &mut String) -> bool {
        // `’` is not ASCII: an ASCII term needs no search (a search for a
        // non-ASCII char sets up a substring searcher each time).
        if !term.is_ascii() && term.contains('’') {
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
    Hashed(&'static Interner),
    Decoded(&'static [String]),
    /// Every word of at most [`SHORT_WORD`] characters.
    Short,
}

/// The longest word [`StopWords::short_words`] counts as a stop word, in
/// characters.
const SHORT_WORD: usize = 3;

/// The English list in a hash table: it is looked up on every word of
/// English text, and by language detection.
static EN: LazyLock<Interner> = LazyLock::new(|| {
    let mut set = Interner::with_capacity(580);
    front_coded(STOPWORDS_EN, |w| {
        set.intern(w.as_bytes());
    });
    set
});

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
            list: List::Hashed(&EN),
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

    /// For a language written in words that has no stop list here
    /// ([`Lang::short_words_are_function_words`]): every word of at most
    /// three characters. A language's most frequent words are its function
    /// words, and its most frequent words are its shortest (Zipf's law of
    /// abbreviation): "na", "do", "że", "się" in Polish, "és", "az", "egy"
    /// in Hungarian, "on", "ja" in Finnish, "في", "من", "على" in Arabic. A
    /// few short nouns go with them; a list of several hundred words per
    /// language would cost about 40 KB of the module for the languages
    /// lede detects without analysing them.
    pub fn short_words() -> StopWords {
        StopWords { list: List::Short }
    }

    /// True for the list of [`StopWords::short_words`].
    pub fn is_short_words(&self) -> bool {
        matches!(self.list, List::Short)
    }

    /// True when `word` (lower case) is a stop word.
    pub fn contains(&self, word: &str) -> bool {
        match self.list {
            List::Hashed(set) => set.get(word.as_bytes()).is_some(),
            List::Decoded(sorted) => sorted.binary_search_by(|w| w.as_str().cmp(word)).is_ok(),
            List::Short => word.chars().nth(SHORT_WORD).is_none(),
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
    fn english_stop_words() {
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

    fn terms(lang: Lang, text: &str) -> Vec<String> {
        Analyzer::for_lang(lang)
            .tokens(text)
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn german_stop_words_stems_and_compounds() {
        assert_eq!(
            terms(
                Lang::De,
                "Die Verhandlungen der Regierung und eine Einigung"
            ),
            ["verhandl", "regier", "einig"]
        );
        // Compounds and hyphenated compounds stay one term each, stemmed
        // like any word; "Bundesregierung" is not "Regierung".
        let t = terms(
            Lang::De,
            "Bundesregierung Bundesregierungen DFB-Rekordtorschütze Straße",
        );
        assert_eq!(t[0], t[1]);
        assert_ne!(t[0], terms(Lang::De, "Regierung")[0]);
        assert_eq!(t.len(), 4);
        assert!(t[2].contains('-'));
    }

    #[test]
    fn french_and_italian_elisions() {
        assert_eq!(
            terms(Lang::Fr, "l'autoroute d'Orléans qu'il jusqu'à"),
            ["autorout", "orléan"]
        );
        assert_eq!(terms(Lang::Fr, "L’Élysée"), terms(Lang::Fr, "Élysée"));
        assert_eq!(
            terms(Lang::It, "dell'economia all'estero"),
            terms(Lang::It, "economia estero")
        );
        // An apostrophe that is no elision stays.
        let t = terms(Lang::Fr, "prud'hommes");
        assert!(t.len() == 1 && t[0].starts_with("prud'homm"), "{t:?}");
        let e = Elision::french();
        let mut t = "l'".to_string();
        assert!(!e.apply(&mut t), "an elision alone leaves nothing");
    }

    #[test]
    fn spanish_portuguese_dutch_russian_presets() {
        assert_eq!(
            terms(Lang::Es, "Los trabajadores de las empresas"),
            ["trabaj", "empres"]
        );
        assert_eq!(
            terms(Lang::Pt, "Os trabalhadores das empresas"),
            ["trabalh", "empres"]
        );
        assert_eq!(
            terms(Lang::Nl, "De werknemers van de bedrijven"),
            ["werknemer", "bedrijv"]
        );
        assert_eq!(
            terms(Lang::Ru, "Рабочие и предприятия"),
            ["рабоч", "предприят"]
        );
        // Languages without a preset: lower case only.
        assert_eq!(terms(Lang::Other("pl"), "Nowy Budżet"), ["nowy", "budżet"]);
    }

    #[test]
    fn japanese_and_chinese_bigrams_korean_prefixes() {
        let a = Analyzer::for_lang(Lang::Ja);
        let text = "東京都は新しい計画を発表した。";
        let tokens: Vec<_> = a.tokens(text).collect();
        let terms: Vec<&str> = tokens.iter().map(|t| t.term.as_str()).collect();
        // Kanji pairs and pairs across a kana boundary; hiragana-only pairs dropped.
        assert!(terms.contains(&"東京") && terms.contains(&"京都") && terms.contains(&"計画"));
        assert!(
            !terms.contains(&"しい") && !terms.contains(&"した"),
            "{terms:?}"
        );
        for t in &tokens {
            assert_eq!(
                t.term,
                text[t.span.range()].to_lowercase(),
                "a bigram spans its characters"
            );
        }
        // A lone character between punctuation is its own term.
        assert_eq!(terms_of(Lang::Zh, "「国」"), ["国"]);
        // Chinese stop characters: 的 and 了 alone or paired are dropped.
        let zh = terms_of(Lang::Zh, "北京的天气");
        assert!(
            zh.contains(&"北京".to_string()) && !zh.contains(&"的".to_string()),
            "{zh:?}"
        );
        assert_eq!(terms_of(Lang::Ko, "정부는 정부가"), ["정부", "정부"]);
    }

    fn terms_of(lang: Lang, text: &str) -> Vec<String> {
        terms(lang, text)
    }

    #[test]
    fn every_stop_list_decodes() {
        for lang in Lang::SUPPORTED {
            let stop = StopWords::for_lang(lang);
            assert_eq!(
                stop.is_some(),
                !matches!(lang, Lang::Ja | Lang::Ko),
                "{lang}"
            );
        }
        let de = StopWords::for_lang(Lang::De).unwrap();
        assert!(
            de.contains("der") && de.contains("und") && de.contains("eine") && de.contains("von")
        );
        assert!(!de.contains("regierung"));
        let fr = StopWords::for_lang(Lang::Fr).unwrap();
        assert!(fr.contains("de") && fr.contains("le") && !fr.contains("autoroute"));
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
