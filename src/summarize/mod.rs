//! Extractive summarization: prepare the article, score every sentence,
//! pick a summary of the asked length.
//!
//! # Example
//!
//! ```
//! use lede::{summarize, Length, SummaryOptions};
//!
//! let text = "Storm Hits the Coast\n\n\
//!     A storm hit the coast on Monday, cutting power to 20,000 homes. \
//!     Winds reached 90 mph. Power companies said the storm was the worst in a decade. \
//!     Schools will stay closed on Tuesday.";
//! let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(2))).unwrap();
//! assert_eq!(summary.title(), Some("Storm Hits the Coast"));
//! assert_eq!(summary.summary().count(), 2);
//! for s in summary.summary() {
//!     assert_eq!(&text[s.span.range()], s.text); // byte spans slice the input
//! }
//! ```
//!
//! # How it works
//!
//! 1. **Preparation** ([`Role`]): the text is split into sentences
//!    ([`sentence_indices`](crate::sentence_indices)); the headline, its
//!    repeats, date lines, bylines, section headings and site boilerplate
//!    are recognised and kept out of the candidates. The title and headings
//!    still inform scoring.
//! 2. **Analysis**: each sentence becomes terms through
//!    [`Analyzer::english`](crate::analyze::Analyzer::english) (lower case,
//!    stop words, Porter2 stems).
//! 3. **Scoring** by the chosen [`Algorithm`]. The default combines
//!    centrality and directed (PacSum) centrality with a position prior
//!    that fades as the summary covers more of the article, overlap with
//!    the title and cues of summary-worthiness; units that cannot stand
//!    alone (fragments, half quotations, sentences leaning on the one
//!    before) come last, and it picks so that no two sentences make the
//!    same claim.
//! 4. **Selection**: candidates are taken best first while they fit the
//!    [`Length`] budget; the summary is in document order unless
//!    [`Order::Rank`] is asked for.
//!
//! # Cost
//!
//! Linear in the length of the text. Graph methods compare all pairs of
//! sentences up to 1,000 candidates and only nearby sentences beyond
//! (a window of 500,000 / n sentences); LSA uses a truncated SVD by
//! block power iteration; greedy methods pick at most 1,000 sentences one
//! by one. See the README for measured times.

mod classic;
mod default;
mod doc;
mod graph;
mod lsa;
mod options;
mod prepare;
mod progress;
mod rank;
mod shown;
#[cfg(target_arch = "wasm32")]
pub(crate) use rank::show_number;
pub(crate) use rank::{best_first, order_by_span};
mod vectors;
mod worth;

pub use options::{Algorithm, Length, Order, SummaryLength, SummaryOptions, SummaryType};
pub use prepare::Role;
pub use progress::Progress;

use crate::text::Span;
use crate::Error;
use doc::Doc;
pub(crate) use doc::{SentenceWords, Words};
use progress::Reporter;
use rank::{Budget, Ranking};
pub(crate) use worth::COMMON_WORD;

/// Reading speed used for reading times, in words per minute.
pub const WORDS_PER_MINUTE: f64 = 230.0;

/// Reading speed of Chinese, Japanese and Korean, in characters per
/// minute (their lengths are counted in characters).
pub const CJK_CHARS_PER_MINUTE: f64 = 500.0;

/// A sentence of the text with its score.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ScoredSentence<'t> {
    /// The sentence, exactly as in the input.
    pub text: &'t str,
    /// Its UTF-8 byte span in the input.
    pub span: Span,
    /// What the sentence is (only [`Role::Body`] sentences are candidates).
    pub role: Role,
    /// Score in [0, 1], normalized per document (the best candidate has 1);
    /// 0 for sentences that are not candidates.
    pub score: f64,
    /// 1 for the best candidate; `None` for non-candidates.
    pub rank: Option<usize>,
    /// True when the sentence is in the summary.
    pub selected: bool,
    /// The contributions behind the score, on the same scale (for the
    /// default algorithm they add up to the score before clamping at 0).
    pub features: Vec<(&'static str, f64)>,
}

/// Counts and reading times of a text and its summary.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SummaryStats {
    /// Sentences in the text.
    pub sentences: usize,
    /// Candidate (body) sentences.
    pub candidates: usize,
    /// Sentences in the summary.
    pub selected: usize,
    /// Words in the text (for Chinese, Japanese and Korean: characters,
    /// see [`SummaryStats::unit`]).
    pub words: usize,
    /// Characters (Unicode scalar values) in the text.
    pub characters: usize,
    /// Minutes to read the text at [`WORDS_PER_MINUTE`].
    pub reading_minutes: f64,
    /// Words in the summary.
    pub summary_words: usize,
    /// Minutes to read the summary.
    pub summary_reading_minutes: f64,
    /// What `words` and `summary_words` count: `"words"`, or
    /// `"characters"` for Chinese, Japanese and Korean (read at
    /// [`CJK_CHARS_PER_MINUTE`]).
    pub unit: &'static str,
}

/// The result of [`summarize`].
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'t> {
    sentences: Vec<ScoredSentence<'t>>,
    summary: Vec<usize>,
    /// The selected sentences as the summary shows them (in the order of
    /// `summary`): without a speaker label or trailing reference marks.
    shown: Vec<ScoredSentence<'t>>,
    title: Option<usize>,
    algorithm: Algorithm,
    stats: SummaryStats,
    lang: crate::Detection,
    /// The sentence splitter's rules the text was split by (a code for
    /// `split_by_rules`).
    split: &'static str,
}

impl<'t> Summary<'t> {
    /// Every sentence of the text, in document order.
    pub fn sentences(&self) -> &[ScoredSentence<'t>] {
        &self.sentences
    }

    /// The text's sentences as this summary split them, for the other
    /// analyses of the same text.
    pub(crate) fn sentence_split(&self) -> crate::text::SentenceSplit {
        crate::text::SentenceSplit::new(self.split, self.sentences.iter().map(|s| s.span).collect())
    }

    /// The selected sentences, in the asked [`Order`], as a summary shows
    /// them: a speaker label opening a line ("Ana: We began…") and
    /// reference marks after the last word ("…in 1931.[2]") are left out
    /// of the span and text (the span still slices the input; the entry
    /// of [`sentences`](Summary::sentences) keeps them).
    pub fn summary(&self) -> impl Iterator<Item = &ScoredSentence<'t>> + '_ {
        self.shown.iter()
    }

    /// Indices into [`sentences`](Summary::sentences) of the selected
    /// sentences, in the asked order.
    pub fn summary_indices(&self) -> &[usize] {
        &self.summary
    }

    /// The selected sentences' text, as a list of key points.
    pub fn key_points(&self) -> Vec<&'t str> {
        self.summary().map(|s| s.text).collect()
    }

    /// The headline, when the text starts with one.
    pub fn title(&self) -> Option<&'t str> {
        self.title
            .and_then(|i| self.sentences.get(i))
            .map(|s| s.text)
    }

    /// The algorithm that scored the sentences.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// Counts and reading times.
    pub fn stats(&self) -> &SummaryStats {
        &self.stats
    }

    /// The language the text was analysed in, with the detection's
    /// confidence (1 when the language was given).
    pub fn lang(&self) -> crate::Detection {
        self.lang
    }
}

/// Summarizes `text`: scores every sentence and selects a summary.
///
/// # Example
///
/// ```
/// use lede::{summarize, Algorithm, SummaryOptions};
///
/// let text = "The council approved the new budget on Monday. It raises spending on schools by 4%. \
///             Critics said the budget ignores roads. The vote was 7 to 2.";
/// let summary = summarize(text, &SummaryOptions::new().algorithm(Algorithm::Lead)).unwrap();
/// assert_eq!(summary.key_points(), ["The council approved the new budget on Monday.", "It raises spending on schools by 4%."]);
/// ```
///
/// # Errors
///
/// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) for an
/// out-of-range length or threshold; [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge)
/// and [`ErrorKind::NotText`](crate::ErrorKind::NotText) from
/// [`check_input`](crate::check_input). Text without sentences gives an
/// empty summary, not an error.
pub fn summarize<'t>(text: &'t str, options: &SummaryOptions) -> Result<Summary<'t>, Error> {
    summarize_with_progress(text, options, None)
}

/// [`summarize`], calling `progress` now and then with how far it has got
/// (every few thousand sentences, and at each stage's start and end).
///
/// # Example
///
/// ```
/// use lede::{summarize_with_progress, SummaryOptions};
///
/// let mut stages = Vec::new();
/// let mut on_progress = |p: lede::Progress| stages.push(p.stage);
/// summarize_with_progress("One sentence. Another.", &SummaryOptions::new(), Some(&mut on_progress)).unwrap();
/// assert!(stages.contains(&"analyze"));
/// ```
///
/// # Errors
///
/// As [`summarize`].
pub fn summarize_with_progress<'t>(
    text: &'t str,
    options: &SummaryOptions,
    progress: Option<&mut dyn FnMut(Progress)>,
) -> Result<Summary<'t>, Error> {
    summarize_keeping(text, options, progress, false).map(|(summary, _)| summary)
}

/// [`summarize_with_progress`], and the text's words as the summary
/// analysed them, for the key phrases of the same text
/// ([`crate::keyphrases::keyphrases_of_words`]).
pub(crate) fn summarize_with_words<'t>(
    text: &'t str,
    options: &SummaryOptions,
    progress: Option<&mut dyn FnMut(Progress)>,
) -> Result<(Summary<'t>, Option<Words>), Error> {
    summarize_keeping(text, options, progress, true)
}

/// [`summarize_with_progress`], with the analysed words when `keep_words`.
fn summarize_keeping<'t>(
    text: &'t str,
    options: &SummaryOptions,
    progress: Option<&mut dyn FnMut(Progress)>,
    keep_words: bool,
) -> Result<(Summary<'t>, Option<Words>), Error> {
    crate::check_input(text)?;
    options.validate()?;
    let mut reporter = Reporter::new(progress);
    let lang = options.resolve_lang(text);
    // A guessed language picks the splitter's rules only when the guess is
    // sure and the text long enough (as `sentence_indices_in(text, "auto")`
    // decides); the analysis follows the guess either way.
    let split = if options.get_lang().is_some()
        || (lang.confidence >= 0.5 && text.len() >= crate::text::MIN_DETECT_BYTES)
    {
        lang.lang.splitter_code()
    } else {
        "auto"
    };
    let doc = Doc::with_standfirst(
        text,
        lang.lang,
        split,
        options.get_standfirst(),
        options.get_title(),
        keep_words,
        &mut reporter,
    );
    let length = options.effective_length();
    let ranking = match options.get_algorithm() {
        Algorithm::Default => {
            let mut weights = options
                .get_weights()
                .map_or(default::WEIGHTS, default::Weights::from_slice);
            if options.get_summary_type() == SummaryType::Teaser {
                weights = weights.teaser();
            }
            default::default(&doc, length, &weights, &mut reporter)
        }
        Algorithm::Lead => classic::lead(&doc),
        Algorithm::Luhn => classic::luhn(&doc),
        Algorithm::Edmundson => classic::edmundson(&doc),
        Algorithm::Lsa => classic::lsa(&doc, &mut reporter),
        Algorithm::LexRank => {
            classic::lexrank(&doc, options.get_lexrank_threshold(), &mut reporter)
        }
        Algorithm::TextRank => classic::textrank(&doc, &mut reporter),
        Algorithm::SumBasic => classic::sumbasic(&doc, length),
        Algorithm::KlSum => classic::klsum(&doc, length),
    };
    let mut summary = assemble(&doc, ranking, options, length);
    summary.lang = lang;
    summary.split = split;
    Ok((summary, doc.into_words(split)))
}

/// Turns a ranking into the summary: normalized scores, ranks, selection
/// under the budget, stats.
fn assemble<'t>(
    doc: &Doc<'t>,
    ranking: Ranking,
    options: &SummaryOptions,
    length: Length,
) -> Summary<'t> {
    let n = doc.spans.len();
    let max = ranking
        .raw
        .iter()
        .copied()
        .filter(|x| x.is_finite())
        .fold(0.0f64, f64::max);
    let scale = if max > 0.0 { 1.0 / max } else { 0.0 };
    let mut sentences: Vec<ScoredSentence<'t>> = (0..n)
        .map(|i| ScoredSentence {
            text: doc.sentence(i),
            span: doc.spans.get(i).copied().unwrap_or_default(),
            role: doc.roles.get(i).copied().unwrap_or(prepare::Role::Body),
            score: 0.0,
            rank: None,
            selected: false,
            features: Vec::new(),
        })
        .collect();
    let mut features = ranking.features;
    for (c, &i) in doc.cands.iter().enumerate() {
        if let Some(s) = sentences.get_mut(i) {
            let raw = ranking.raw.get(c).copied().unwrap_or(0.0);
            s.score = if raw.is_finite() {
                (raw * scale).clamp(0.0, 1.0)
            } else {
                0.0
            };
            s.features = features.get_mut(c).map(std::mem::take).unwrap_or_default();
            for (_, v) in s.features.iter_mut() {
                *v = if v.is_finite() { *v * scale } else { 0.0 };
            }
        }
    }
    let mut budget = Budget::new(length, doc.n());
    let mut picked = Vec::new();
    let kind = options.get_summary_type();
    // A headline is the title when there is one; else the best sentence
    // short enough (the best one when none is).
    let headline_words =
        SummaryType::headline_words(options.get_summary_length().unwrap_or_default());
    let headline_title = if kind == SummaryType::Headline {
        doc.title
    } else {
        None
    };
    let short_enough = |c: usize| {
        doc.words
            .get(doc.sent(c))
            .is_some_and(|&w| w as usize <= headline_words)
    };
    let any_short = ranking.order.iter().any(|&c| short_enough(c));
    for (r, &c) in ranking.order.iter().enumerate() {
        let i = doc.sent(c);
        // A teaser leaves the lead out when there is anything else.
        let skip = match kind {
            SummaryType::Teaser => c == 0 && doc.n() > 1,
            SummaryType::Headline => headline_title.is_some() || (any_short && !short_enough(c)),
            _ => false,
        };
        if let Some(s) = sentences.get_mut(i) {
            s.rank = Some(r + 1);
            if !skip && !budget.full() && budget.fits(doc, c) {
                budget.add(doc, c);
                s.selected = true;
                picked.push(i);
            }
        }
    }
    if let Some(t) = headline_title {
        if let Some(s) = sentences.get_mut(t) {
            s.selected = true;
            picked.push(t);
        }
    }
    if options.get_order() == Order::Document {
        picked = (0..n)
            .filter(|&i| sentences.get(i).is_some_and(|s| s.selected))
            .collect();
    }
    // Chinese, Japanese and Korean are counted in characters (letters
    // and digits, not spaces or punctuation).
    let cjk = doc.lang.is_cjk();
    let length = |i: usize| -> usize {
        if cjk {
            doc.sentence(i)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count()
        } else {
            doc.words.get(i).copied().unwrap_or(0) as usize
        }
    };
    let words: usize = (0..n).map(length).sum();
    let summary_words: usize = picked.iter().map(|&i| length(i)).sum();
    let speed = if cjk {
        CJK_CHARS_PER_MINUTE
    } else {
        WORDS_PER_MINUTE
    };
    let stats = SummaryStats {
        sentences: n,
        candidates: doc.n(),
        selected: picked.len(),
        words,
        characters: doc.text.chars().count(),
        reading_minutes: words as f64 / speed,
        summary_words,
        summary_reading_minutes: summary_words as f64 / speed,
        unit: if cjk { "characters" } else { "words" },
    };
    let picked_spans: Vec<Span> = picked
        .iter()
        .filter_map(|&i| sentences.get(i).map(|s| s.span))
        .collect();
    let mut shown_sentences = Vec::with_capacity(picked.len());
    for (&i, span) in picked.iter().zip(shown::shown(doc.text, &picked_spans)) {
        if let Some(s) = sentences.get(i) {
            let mut s = s.clone();
            s.text = span.as_str(doc.text);
            s.span = span;
            shown_sentences.push(s);
        }
    }
    Summary {
        sentences,
        summary: picked,
        shown: shown_sentences,
        title: doc.title,
        algorithm: options.get_algorithm(),
        stats,
        lang: crate::Detection::new(doc.lang, 1.0),
        split: "auto",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Storm Hits the Coast\n\nBy Jane Doe\n\n\
        A powerful storm hit the coast on Monday, cutting power to 20,000 homes and closing roads. \
        Winds reached 90 mph in the worst-hit towns. \
        Power companies said the storm was the worst to hit the coast in a decade. \
        He added that crews would work through the night. \
        Schools will stay closed on Tuesday while roads are cleared.\n\n\
        © 2025 Coast News. All rights reserved.";

    #[test]
    fn every_algorithm_gives_a_valid_summary() {
        for a in Algorithm::ALL {
            for length in [
                Length::Auto,
                Length::Sentences(2),
                Length::Ratio(0.5),
                Length::Words(30),
                Length::Chars(120),
            ] {
                let s =
                    summarize(STORY, &SummaryOptions::new().algorithm(a).length(length)).unwrap();
                assert_eq!(s.title(), Some("Storm Hits the Coast"));
                assert!(s.summary().count() >= 1, "{a} {length:?}");
                assert!(s.summary().all(|x| x.role == Role::Body && x.selected));
                let ranks: Vec<usize> = s.sentences().iter().filter_map(|x| x.rank).collect();
                assert_eq!(ranks.len(), 5, "{a}");
                assert!(s.sentences().iter().all(|x| (0.0..=1.0).contains(&x.score)));
                if let Length::Words(w) = length {
                    assert!(s.stats().summary_words <= w);
                }
                if let Length::Chars(c) = length {
                    assert!(s.key_points().join(" ").chars().count() <= c);
                }
            }
        }
    }

    #[test]
    fn roles_and_order() {
        let s = summarize(
            STORY,
            &SummaryOptions::new()
                .length(Length::Sentences(3))
                .order(Order::Rank),
        )
        .unwrap();
        let roles: Vec<Role> = s.sentences().iter().map(|x| x.role).collect();
        assert_eq!(roles[0], Role::Title);
        assert_eq!(roles[1], Role::Byline);
        assert_eq!(
            &roles[roles.len() - 2..],
            [Role::Boilerplate, Role::Boilerplate]
        );
        let ranks: Vec<usize> = s.summary().map(|x| x.rank.unwrap()).collect();
        assert_eq!(ranks, [1, 2, 3]);
        let scores: Vec<f64> = s.summary().map(|x| x.score).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
        assert_eq!(scores[0], 1.0);
    }

    #[test]
    fn bad_options_name_the_option() {
        let e = summarize("A. B.", &SummaryOptions::new().length(Length::Ratio(1.5))).unwrap_err();
        assert_eq!(e.option(), Some("ratio"));
        let e =
            summarize("A. B.", &SummaryOptions::new().length(Length::Sentences(0))).unwrap_err();
        assert_eq!(e.option(), Some("sentences"));
        let e =
            summarize("A. B.", &SummaryOptions::new().lexrank_threshold(Some(1.0))).unwrap_err();
        assert_eq!(e.option(), Some("threshold"));
    }

    #[test]
    fn empty_and_tiny_texts() {
        let s = summarize("", &SummaryOptions::new()).unwrap();
        assert_eq!(s.summary().count(), 0);
        let s = summarize("Just one.", &SummaryOptions::new()).unwrap();
        assert_eq!(s.key_points(), ["Just one."]);
    }

    #[test]
    fn lexrank_threshold_variant_runs() {
        let s = summarize(
            STORY,
            &SummaryOptions::new()
                .algorithm(Algorithm::LexRank)
                .lexrank_threshold(Some(0.1)),
        )
        .unwrap();
        assert_eq!(s.summary().count(), 2);
    }
}
