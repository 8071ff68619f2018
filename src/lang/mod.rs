//! Languages: the [`Lang`] type and automatic detection.
//!
//! Detection decides by script first (Han, Kana, Hangul, Cyrillic, Arabic,
//! Devanagari, Greek, Hebrew, Thai, ...), then, for Latin and Cyrillic
//! text, by character-trigram profiles: the 300 most frequent trigrams of
//! each language, compared with the text's own ranking by the out-of-place
//! distance of Cavnar & Trenkle (1994), as franc and whatlang do. The
//! profiles come from the crate whatlang (MIT), see
//! `src/tables/trigrams.rs`.
//!
//! # Example
//!
//! ```
//! use lede::{detect_language, Lang};
//!
//! let d = detect_language("Der Bundestag hat am Donnerstag das neue Gesetz beschlossen.").unwrap();
//! assert_eq!(d.lang, Lang::De);
//! assert!(d.confidence > 0.5);
//! assert_eq!(detect_language("東京は日本の首都です。").unwrap().lang, Lang::Ja);
//! assert_eq!(detect_language("12 345"), None); // no letters, no answer
//! ```

mod detect;

pub use detect::{detect_language, detect_language_with_hint, Detection};

use std::fmt;

use crate::Error;

/// A language, by its ISO 639-1 code. Languages lede analyses fully
/// ([`Lang::is_supported`]) have their own variant; others that detection
/// recognises are [`Lang::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Dutch.
    Nl,
    /// Russian.
    Ru,
    /// Chinese.
    Zh,
    /// Japanese.
    Ja,
    /// Korean.
    Ko,
    /// Another language, by its ISO 639-1 code (`"pl"`, `"ar"`, ...):
    /// summaries work with language-neutral analysis (no stop words, no
    /// stemming).
    Other(&'static str),
}

/// Codes of the languages [`Lang::Other`] can hold: those detection can
/// tell, and common ones a page may declare.
const OTHER_CODES: &[&str] = &[
    "af", "am", "ar", "be", "bg", "bn", "ca", "cs", "cy", "da", "el", "et", "eu", "fa", "fi", "ga",
    "gl", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "ka", "kk", "km", "kn", "lt", "lv", "mk",
    "ml", "mr", "ms", "my", "nb", "ne", "nn", "no", "pa", "pl", "ro", "si", "sk", "sl", "sq", "sr",
    "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi",
];

impl Lang {
    /// Every language with its own analysis, English first.
    pub const SUPPORTED: [Lang; 11] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
        Lang::Ru,
        Lang::Zh,
        Lang::Ja,
        Lang::Ko,
    ];

    /// The ISO 639-1 code: `"en"`, `"de"`, ...
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Other(code) => code,
        }
    }

    /// The code the sentence splitter is given for text in this language:
    /// English text gets `"auto"` (the English rules plus the abbreviations
    /// of other languages that cannot be English words, which is how the
    /// splitter was measured on English news), every other language its own
    /// code (the splitter falls back to `"auto"` for one it has no rules for).
    pub(crate) fn splitter_code(self) -> &'static str {
        match self {
            Lang::En => "auto",
            other => other.code(),
        }
    }

    /// The language of a code or language tag (`"de"`, `"de-AT"`,
    /// `"pt_BR"`, `"FR"`); `None` for a code lede does not know.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        let primary = primary.to_ascii_lowercase();
        if let Some(&l) = Lang::SUPPORTED.iter().find(|l| l.code() == primary) {
            return Some(l);
        }
        OTHER_CODES
            .iter()
            .find(|&&c| c == primary)
            .map(|&c| Lang::Other(c))
    }

    /// True when lede has stop words and stemming (or, for Chinese,
    /// Japanese and Korean, character bigrams) for the language. Others get
    /// language-neutral analysis: summaries work, entities are limited.
    pub fn is_supported(self) -> bool {
        !matches!(self, Lang::Other(_))
    }

    /// True for a language without a stop list here whose words are
    /// written apart and are mostly longer than its function words: every
    /// [`Lang::Other`] but those written in syllables or without spaces
    /// (Amharic, Khmer, Burmese, Thai) and Vietnamese, whose words are one
    /// syllable each. Key phrases of these languages take their short
    /// words for stop words ([`StopWords::short_words`](crate::analyze::StopWords::short_words)).
    pub fn short_words_are_function_words(self) -> bool {
        matches!(self, Lang::Other(code) if !matches!(code, "am" | "km" | "my" | "th" | "vi"))
    }

    /// True for Chinese, Japanese and Korean: terms are character bigrams
    /// and lengths are counted in characters.
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::Zh | Lang::Ja | Lang::Ko)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = Error;

    /// Parses a code or language tag, as [`Lang::from_code`].
    fn from_str(s: &str) -> Result<Lang, Error> {
        Lang::from_code(s).ok_or_else(|| {
            Error::invalid_option(
                "lang",
                format!("unknown language \"{s}\"; expected \"auto\" or an ISO 639-1 code such as \"de\""),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::SUPPORTED {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert!(l.is_supported());
        }
        assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_code("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_code(" FR "), Some(Lang::Fr));
        assert_eq!(Lang::from_code("pl"), Some(Lang::Other("pl")));
        assert!(!Lang::Other("pl").is_supported());
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(
            "klingon".parse::<Lang>().unwrap_err().option(),
            Some("lang")
        );
        assert!(OTHER_CODES.windows(2).all(|w| w[0] < w[1]));
    }
}
