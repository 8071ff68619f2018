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
