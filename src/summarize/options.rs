//! What a caller can ask of the summarizer.

use std::fmt;
use std::str::FromStr;

use super::rank::show_number;
use crate::Error;

/// A sentence-scoring algorithm.
///
/// `Default` is lede's own; the others are faithful implementations of
/// the classic papers, there to compare with. Names (for [`FromStr`] and
/// [`Display`](fmt::Display)) are the lower-case ones of the JS API:
/// `"default"`, `"lead"`, `"luhn"`, `"edmundson"`, `"lsa"`, `"lexrank"`,
/// `"textrank"`, `"sumbasic"`, `"klsum"`.
///
/// # Example
///
/// ```
/// use lede::Algorithm;
///
/// let a: Algorithm = "lexrank".parse().unwrap();
/// assert_eq!(a, Algorithm::LexRank);
/// assert_eq!(a.to_string(), "lexrank");
/// assert!("pagerank".parse::<Algorithm>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Algorithm {
    /// Centrality, position, title overlap and sentence-quality priors,
    /// with redundancy control (MMR); see [`summarize`](crate::summarize()).
    #[default]
    Default,
    /// The first sentences of the article.
    Lead,
    /// Luhn (1958): clusters of significant words.
    Luhn,
    /// Edmundson (1969): cue words, key words, title words and location.
    Edmundson,
    /// Steinberger & Ježek (2004): latent semantic analysis.
    Lsa,
    /// Erkan & Radev (2004): continuous LexRank (or thresholded, see
    /// [`SummaryOptions::lexrank_threshold`]).
    LexRank,
    /// Mihalcea & Tarau (2004): TextRank over content-word overlap.
    TextRank,
    /// Nenkova & Vanderwende (2005): SumBasic word probabilities.
    SumBasic,
    /// Haghighi & Vanderwende (2009): KL-Sum.
    KlSum,
}

impl Algorithm {
    /// Every algorithm, `Default` first.
    pub const ALL: [Algorithm; 9] = [
        Algorithm::Default,
        Algorithm::Lead,
        Algorithm::Luhn,
        Algorithm::Edmundson,
        Algorithm::Lsa,
        Algorithm::LexRank,
        Algorithm::TextRank,
        Algorithm::SumBasic,
        Algorithm::KlSum,
    ];

    /// The algorithm's name, as accepted by [`FromStr`].
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Default => "default",
            Algorithm::Lead => "lead",
            Algorithm::Luhn => "luhn",
            Algorithm::Edmundson => "edmundson",
            Algorithm::Lsa => "lsa",
            Algorithm::LexRank => "lexrank",
            Algorithm::TextRank => "textrank",
            Algorithm::SumBasic => "sumbasic",
            Algorithm::KlSum => "klsum",
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Algorithm {
    type Err = Error;

    /// Parses a name such as `"textrank"`.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption)
    /// error for option `algorithm` when the name is unknown.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Algorithm::ALL.iter().map(|a| a.name()).collect();
                Error::invalid_option(
                    "algorithm",
                    format!(
                        "unknown algorithm {}; expected one of {}",
                        crate::error::quote(s),
                        names.join(", ")
                    ),
                )
            })
    }
}

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Length {
    /// 3 sentences, fewer for very short texts (1 for up to 3 candidate
    /// sentences, 2 for up to 6).
    #[default]
    Auto,
    /// This many sentences (at least 1).
    Sentences(usize),
    /// This share of the candidate sentences, in (0, 1]; at least one.
    Ratio(f64),
    /// At most this many words.
    Words(usize),
    /// At most this many characters (sentences joined by one space).
    Chars(usize),
}

impl Length {
    /// Checks the value.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) naming
    /// `sentences`, `ratio`, `words` or `chars` when the value is out of
    /// range.
    pub fn validate(self) -> Result<Length, Error> {
        match self {
            Length::Sentences(0) => Err(Error::invalid_option(
                "sentences",
                "must be at least 1, got 0",
            )),
            Length::Words(0) => Err(Error::invalid_option("words", "must be at least 1, got 0")),
            Length::Chars(0) => Err(Error::invalid_option("chars", "must be at least 1, got 0")),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => Err(Error::invalid_option(
                "ratio",
                format!(
                    "must be greater than 0 and at most 1, got {}",
                    show_number(r)
                ),
            )),
            ok => Ok(ok),
        }
    }
}

/// The kind of summary, as users of Chrome's Summarizer API know them,
/// mapped to extraction: every type returns sentences of the article.
///
/// | type | short | medium | long | what it gives |
/// |---|---|---|---|---|
/// | `KeyPoints` | 3 | 5 | 7 | the best sentences, in reading order (the default) |
/// | `Tldr` | 1 | 3 | 5 | the same picks, fewer: a paragraph to read at a glance |
/// | `Teaser` | 1 | 3 | 5 | the most intriguing sentences, not the lead: quotes and questions count for, not against, and the opening sentence is left out |
/// | `Headline` | ≤ 12 words | ≤ 17 | ≤ 22 | the title when the text has one, else the best sentence that fits the word limit (the best sentence when none fits) |
///
/// Names for [`FromStr`] are the JS API's: `"key-points"`, `"tldr"`,
/// `"teaser"`, `"headline"`.
///
/// # Example
///
/// ```
/// use lede::{summarize, SummaryLength, SummaryOptions, SummaryType};
///
/// let text = "Storm Hits the Coast\n\nA storm hit the coast on Monday, cutting power to 20,000 homes. \
///     Winds reached 90 mph. Power companies said the storm was the worst in a decade.";
/// let options = SummaryOptions::new().summary_type(SummaryType::Headline);
/// assert_eq!(summarize(text, &options).unwrap().key_points(), ["Storm Hits the Coast"]);
/// let options = SummaryOptions::new().summary_type(SummaryType::Tldr).summary_length(SummaryLength::Short);
/// assert_eq!(summarize(text, &options).unwrap().key_points().len(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SummaryType {
    /// The best sentences, in reading order.
    #[default]
    KeyPoints,
    /// Fewer of the best sentences.
    Tldr,
    /// The most intriguing sentences, not the lead.
    Teaser,
    /// The title, else the best short sentence.
    Headline,
}

impl SummaryType {
    /// Every type, `KeyPoints` first.
    pub const ALL: [SummaryType; 4] = [
        SummaryType::KeyPoints,
        SummaryType::Tldr,
        SummaryType::Teaser,
        SummaryType::Headline,
    ];

    /// The type's name, as accepted by [`FromStr`].
    pub fn name(self) -> &'static str {
        match self {
            SummaryType::KeyPoints => "key-points",
            SummaryType::Tldr => "tldr",
            SummaryType::Teaser => "teaser",
            SummaryType::Headline => "headline",
        }
    }

    /// The [`Length`] a type and length stand for (`Headline`: one
    /// sentence; its word limit is [`SummaryType::headline_words`]).
    pub fn length(self, size: SummaryLength) -> Length {
        let by = |short, medium, long| match size {
            SummaryLength::Short => short,
            SummaryLength::Medium => medium,
            SummaryLength::Long => long,
        };
        match self {
            SummaryType::KeyPoints => Length::Sentences(by(3, 5, 7)),
            SummaryType::Tldr | SummaryType::Teaser => Length::Sentences(by(1, 3, 5)),
            SummaryType::Headline => Length::Sentences(1),
        }
    }

    /// The most words of a headline of this length.
    pub fn headline_words(size: SummaryLength) -> usize {
        match size {
            SummaryLength::Short => 12,
            SummaryLength::Medium => 17,
            SummaryLength::Long => 22,
        }
    }
}

impl fmt::Display for SummaryType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SummaryType {
    type Err = Error;

    /// Parses `"key-points"`, `"tldr"`, `"teaser"` or `"headline"`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) for
    /// option `type` on any other value.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SummaryType::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| {
                Error::invalid_option(
                    "type",
                    format!("expected \"key-points\", \"tldr\", \"teaser\" or \"headline\", got \"{s}\""),
                )
            })
    }
}

/// How long a [`SummaryType`] should be: `short`, `medium` or `long`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SummaryLength {
    /// The shortest (the default).
    #[default]
    Short,
    /// Medium.
    Medium,
    /// The longest.
    Long,
}

impl SummaryLength {
    /// `"short"`, `"medium"` or `"long"`.
    pub fn name(self) -> &'static str {
        match self {
            SummaryLength::Short => "short",
            SummaryLength::Medium => "medium",
            SummaryLength::Long => "long",
        }
    }
}

impl FromStr for SummaryLength {
    type Err = Error;

    /// Parses `"short"`, `"medium"` or `"long"`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) for
    /// option `length` on any other value.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "short" => Ok(SummaryLength::Short),
            "medium" => Ok(SummaryLength::Medium),
            "long" => Ok(SummaryLength::Long),
            _ => Err(Error::invalid_option(
                "length",
                format!("expected \"short\", \"medium\" or \"long\", got \"{s}\""),
            )),
        }
    }
}

/// The order of the selected sentences in [`Summary::summary`](crate::Summary::summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// As in the article (the default): the summary reads like the text.
    #[default]
    Document,
    /// Best first.
    Rank,
}

impl FromStr for Order {
    type Err = Error;

    /// Parses `"document"` or `"rank"`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) for
    /// option `order` on any other value.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "document" => Ok(Order::Document),
            "rank" => Ok(Order::Rank),
            _ => Err(Error::invalid_option(
                "order",
                format!(
                    "expected \"document\" or \"rank\", got {}",
                    crate::error::quote(s)
                ),
            )),
        }
    }
}

/// Options for [`summarize`](crate::summarize): algorithm, length and
/// order. Build with the chained setters.
///
/// # Example
///
/// ```
/// use lede::{Algorithm, Length, Order, SummaryOptions};
///
/// let options = SummaryOptions::new()
///     .algorithm(Algorithm::TextRank)
///     .length(Length::Words(60))
///     .order(Order::Rank);
/// assert_eq!(options.get_algorithm(), Algorithm::TextRank);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SummaryOptions {
    algorithm: Algorithm,
    length: Length,
    order: Order,
    lexrank_threshold: Option<f64>,
    lang: Option<crate::Lang>,
    lang_hint: Option<crate::Lang>,
    weights: Option<Vec<f64>>,
    summary_type: SummaryType,
    summary_length: Option<SummaryLength>,
    standfirst: Option<String>,
    title: Option<String>,
}

impl SummaryOptions {
    /// The defaults: [`Algorithm::Default`], [`Length::Auto`],
    /// [`Order::Document`].
    pub fn new() -> SummaryOptions {
        SummaryOptions::default()
    }

    /// Sets the algorithm.
    #[must_use]
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Sets the length (checked by [`summarize`](crate::summarize)).
    #[must_use]
    pub fn length(mut self, length: Length) -> Self {
        self.length = length;
        self
    }

    /// Sets the order of the summary.
    #[must_use]
    pub fn order(mut self, order: Order) -> Self {
        self.order = order;
        self
    }

    /// LexRank with a threshold (Erkan & Radev's "LexRank with threshold"):
    /// sentences are linked when their cosine similarity exceeds `t`, and
    /// links are unweighted. `None` (the default) is continuous LexRank.
    /// Must be in [0, 1).
    #[must_use]
    pub fn lexrank_threshold(mut self, t: Option<f64>) -> Self {
        self.lexrank_threshold = t;
        self
    }

    /// The language of the text; `None` (the default) detects it
    /// ([`detect_language`](crate::detect_language)).
    #[must_use]
    pub fn lang(mut self, lang: Option<crate::Lang>) -> Self {
        self.lang = lang;
        self
    }

    /// A strong hint for detection, such as a page's `<html lang>`
    /// ([`detect_language_with_hint`](crate::detect_language_with_hint));
    /// [`SummaryOptions::lang`] overrides it.
    #[must_use]
    pub fn lang_hint(mut self, hint: Option<crate::Lang>) -> Self {
        self.lang_hint = hint;
        self
    }

    /// The language asked for (`None`: detect it).
    pub fn get_lang(&self) -> Option<crate::Lang> {
        self.lang
    }

    /// The detection hint.
    pub fn get_lang_hint(&self) -> Option<crate::Lang> {
        self.lang_hint
    }

    /// The language `text` is analysed in: the asked one, else the one
    /// detected (with the hint), else English for text without letters.
    pub(crate) fn resolve_lang(&self, text: &str) -> crate::Detection {
        let asked = self.lang.map(|lang| (lang, 1.0));
        let hinted = || {
            self.lang_hint
                .map(|h| crate::detect_language_with_hint(text, h))
                .map(|d| (d.lang, d.confidence))
        };
        let detected = || crate::detect_language(text).map(|d| (d.lang, d.confidence));
        let (lang, confidence) = asked
            .or_else(hinted)
            .or_else(detected)
            .unwrap_or((crate::Lang::En, 0.0));
        crate::Detection::new(lang, confidence)
    }

    /// The article's standfirst (dek, subtitle), such as
    /// [`Article::standfirst`](crate::Article::standfirst): a strong signal
    /// of what the story is about. Sentences are scored on their overlap
    /// with it as with the title; where `text` holds it, its sentences
    /// ([`Role::Standfirst`](crate::Role::Standfirst)) are not summary
    /// candidates, while the same sentence repeated in the body still is.
    #[must_use]
    pub fn standfirst(mut self, standfirst: Option<String>) -> Self {
        self.standfirst = standfirst;
        self
    }

    /// The standfirst given, if any.
    pub fn get_standfirst(&self) -> Option<&str> {
        self.standfirst.as_deref()
    }

    /// The article's title when it is known apart from `text`, such as
    /// [`Article::title`](crate::Article::title) (the page's metadata, which
    /// the extracted text does not repeat). Sentences are scored on their
    /// overlap with it, and no line of the text is taken for the title
    /// unless it repeats this one: a short first line of an extracted text
    /// is a caption, an infobox row or a label, not the headline. So
    /// [`Summary::title`](crate::Summary::title) is `None` unless the text
    /// holds the title.
    #[must_use]
    pub fn title(mut self, title: Option<String>) -> Self {
        self.title = title;
        self
    }

    /// The title given, if any.
    pub fn get_title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Sets the kind of summary (see [`SummaryType`]). An explicit
    /// [`length`](SummaryOptions::length) other than [`Length::Auto`]
    /// overrides the type's number of sentences.
    #[must_use]
    pub fn summary_type(mut self, summary_type: SummaryType) -> Self {
        self.summary_type = summary_type;
        self
    }

    /// Sets how long the [`SummaryType`] should be. Without it, key points
    /// follow [`Length::Auto`] and the other types are short.
    #[must_use]
    pub fn summary_length(mut self, size: SummaryLength) -> Self {
        self.summary_length = Some(size);
        self
    }

    /// The kind of summary.
    pub fn get_summary_type(&self) -> SummaryType {
        self.summary_type
    }

    /// The summary length asked for, if any.
    pub fn get_summary_length(&self) -> Option<SummaryLength> {
        self.summary_length
    }

    /// The length in force: the explicit one, else the one the summary type
    /// and length stand for.
    pub(crate) fn effective_length(&self) -> Length {
        match (self.length, self.summary_type, self.summary_length) {
            (Length::Auto, SummaryType::KeyPoints, None) => Length::Auto,
            (Length::Auto, t, size) => t.length(size.unwrap_or_default()),
            (explicit, _, _) => explicit,
        }
    }

    /// Other weights for the default algorithm's features, in the order of
    /// its module docs. For `eval/summarize.py --tune` only: not a stable
    /// interface.
    #[doc(hidden)]
    #[must_use]
    pub fn tuning_weights(mut self, weights: Option<Vec<f64>>) -> Self {
        self.weights = weights;
        self
    }

    pub(crate) fn get_weights(&self) -> Option<&[f64]> {
        self.weights.as_deref()
    }

    /// The algorithm.
    pub fn get_algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The length.
    pub fn get_length(&self) -> Length {
        self.length
    }

    /// The order.
    pub fn get_order(&self) -> Order {
        self.order
    }

    /// The LexRank threshold.
    pub fn get_lexrank_threshold(&self) -> Option<f64> {
        self.lexrank_threshold
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        self.length.validate()?;
        if let Some(t) = self.lexrank_threshold {
            if !(0.0..1.0).contains(&t) {
                return Err(Error::invalid_option(
                    "threshold",
                    format!("must be at least 0 and below 1, got {}", show_number(t)),
                ));
            }
        }
        Ok(())
    }
}
