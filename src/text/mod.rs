//! Text segmentation: paragraphs, sentences and words, as UTF-8 byte spans
//! that always slice the input.

mod languages;
pub(crate) mod lines;
mod markdown;
pub(crate) mod scan;
mod sentences;
mod span;
mod words;

pub use markdown::strip_markdown;
pub use sentences::MAX_SENTENCE_BYTES;
pub use span::{utf16_len, Span, Utf16Offsets};
pub(crate) use words::{has_soft_hyphen, without_soft_hyphens};

/// An iterator over pieces of a text with their byte spans, made by
/// [`sentence_indices`], [`paragraph_indices`] and [`word_indices`].
#[derive(Debug, Clone)]
pub struct SpanIndices<'t> {
    text: &'t str,
    spans: std::vec::IntoIter<Span>,
}

impl<'t> Iterator for SpanIndices<'t> {
    type Item = (Span, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        let span = self.spans.next()?;
        Some((span, span.as_str(self.text)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl ExactSizeIterator for SpanIndices<'_> {}

impl<'t> SpanIndices<'t> {
    fn new(text: &'t str, spans: Vec<Span>) -> Self {
        SpanIndices {
            text,
            spans: spans.into_iter(),
        }
    }
}

/// The sentences of `text` with their byte spans.
///
/// Headlines, date lines, section headings and list items (lines without
/// final punctuation) are sentences of their own; abbreviations, initials,
/// decimals, URLs and quotes after the final mark are handled as a news
/// reader expects. Spans are trimmed, in order, never overlap, and only
/// whitespace lies between them. Runs longer than [`MAX_SENTENCE_BYTES`]
/// with no punctuation are cut at a space.
///
/// This applies the rules of every script and the English rules plus the
/// unambiguous abbreviations of other languages, without detecting the
/// language; [`sentence_indices_in`] with `"auto"` detects it first (as
/// the JavaScript `sentences()` does by default).
///
/// # Example
///
/// ```
/// let text = "Mr. Smith went to Washington. He met Sen. Jones at 9 a.m. today.";
/// let sentences: Vec<&str> = lede::sentences(text).collect();
/// assert_eq!(sentences, ["Mr. Smith went to Washington.", "He met Sen. Jones at 9 a.m. today."]);
///
/// let (span, first) = lede::sentence_indices(text).next().unwrap();
/// assert_eq!(&text[span.range()], first);
/// ```
///
/// Cost is linear in the length of `text`.
pub fn sentence_indices(text: &str) -> SpanIndices<'_> {
    split_by_rules(text, "auto")
}

/// The sentences of `text` with their byte spans, split by the rules of
/// the language `lang`: an ISO 639-1 code (`"de"`, `"fr"`, `"zh"`; a
/// region such as `"pt-BR"` is ignored) or `"auto"`.
///
/// A language brings its abbreviations (`z. B.`, `Mme`, `Uds.`, `т. е.`),
/// the words that open its sentences, and its ordinals (`12. Juni`,
/// `1. Bundesliga` in German, Danish, Polish and Slovak), and `el` makes
/// `;` a question mark. The marks of every script (`。！？`, `।`, `؟`,
/// `۔`, `։`, `።`, `။`) end sentences whatever the language. `"auto"`, and
/// any code without rules of its own, uses the English rules plus the
/// abbreviations and month names of the other languages that cannot be
/// taken for English words; Greek `;` then counts after Greek letters.
///
/// `"auto"` first detects the language from the first 2 KB
/// ([`detect_language`](crate::detect_language)): when the text has at least
/// 200 bytes and detection is confident
/// (confidence ≥ 0.5) in a language with rules of its own, its rules apply.
///
/// # Example
///
/// ```
/// let text = "Die Wahl fand am 3. Oktober statt, z. B. in Berlin. Dann kam der 1. FC.";
/// let sentences: Vec<&str> = lede::sentences_in(text, "de").collect();
/// assert_eq!(sentences, ["Die Wahl fand am 3. Oktober statt, z. B. in Berlin.", "Dann kam der 1. FC."]);
/// ```
pub fn sentence_indices_in<'t>(text: &'t str, lang: &str) -> SpanIndices<'t> {
    if lang.trim().eq_ignore_ascii_case("auto") {
        // The first 2 KB tell the language as well as the whole text for
        // the splitter's purpose, at a tenth of detection's cost on an article.
        let mut cut = text.len().min(2048);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Below a few sentences detection is often sure and wrong ("You can
        // see Mt. Rainier on a clear day." reads as French): the script rules
        // are the safer choice there.
        let detected = crate::detect_language(&text[..cut])
            .filter(|d| d.confidence >= 0.5 && cut >= MIN_DETECT_BYTES)
            .map_or("auto", |d| d.lang.splitter_code());
        return split_by_rules(text, detected);
    }
    split_by_rules(text, lang)
}

/// The least text (in bytes) whose detected language picks the rules.
pub(crate) const MIN_DETECT_BYTES: usize = 200;

/// The sentences of `text` by the rules of `lang` as given: `"auto"` here
/// means the script rules without detection (for callers that detected the
/// language already, or that only need English rules).
pub(crate) fn split_by_rules<'t>(text: &'t str, lang: &str) -> SpanIndices<'t> {
    let lang = languages::Lang::from_code(lang);
    SpanIndices::new(text, sentences::sentence_spans(text, lang))
}

/// The sentences of one text as [`split_by_rules`] cut them, kept so that
/// the other analyses of the same text need not split it again (`analyze`
/// runs the summarizer, the entity recognizer and the keyphrase ranker on
/// one text). Each step asks for the rules it splits by and gets the spans
/// only when they are those rules.
pub(crate) struct SentenceSplit {
    rules: &'static str,
    spans: Vec<Span>,
}

impl SentenceSplit {
    /// `spans`, which must be `split_by_rules(text, rules)` of the text the
    /// split is used with.
    pub(crate) fn new(rules: &'static str, spans: Vec<Span>) -> Self {
        SentenceSplit { rules, spans }
    }

    /// The spans, when they are what `split_by_rules(text, rules)` gives.
    pub(crate) fn spans_for(&self, rules: &str) -> Option<&[Span]> {
        (self.rules == rules).then_some(&self.spans)
    }
}

/// The sentences of `text`; see [`sentence_indices`].
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    sentence_indices(text).map(|(_, s)| s)
}

/// The sentences of `text` in the language `lang`; see
/// [`sentence_indices_in`].
pub fn sentences_in<'t>(text: &'t str, lang: &str) -> impl Iterator<Item = &'t str> {
    sentence_indices_in(text, lang).map(|(_, s)| s)
}

/// The paragraphs of `text` (separated by blank lines) with their byte spans.
///
/// # Example
///
/// ```
/// let text = "First paragraph.\nStill first.\n\nSecond.";
/// let paragraphs: Vec<&str> = lede::paragraph_indices(text).map(|(_, p)| p).collect();
/// assert_eq!(paragraphs, ["First paragraph.\nStill first.", "Second."]);
/// ```
pub fn paragraph_indices(text: &str) -> SpanIndices<'_> {
    SpanIndices::new(text, lines::paragraph_spans(text))
}

/// The words of `text` with their byte spans: runs of letters and digits,
/// keeping inner apostrophes and hyphens (`don't`, `high-ranking`) and digit
/// separators (`3.5`, `216,000`). Ideographs count as one word each.
///
/// # Example
///
/// ```
/// let words: Vec<&str> = lede::word_indices("It's 3.5% higher.").map(|(_, w)| w).collect();
/// assert_eq!(words, ["It's", "3.5", "higher"]);
/// ```
pub fn word_indices(text: &str) -> SpanIndices<'_> {
    SpanIndices::new(text, words::word_spans(text))
}
