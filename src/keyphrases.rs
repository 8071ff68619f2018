//! Keyphrases: the phrases an article is about, ranked, with every
//! occurrence.
//!
//! Candidates are the phrases of one to three words inside the runs of
//! words between stop words and punctuation in one sentence (as in RAKE),
//! so no phrase starts or ends with a stop word. Phrases are grouped by the stems of
//! their words, which merges singular and plural ("peace talk" / "peace
//! talks"). A phrase scores by how often it occurs, how frequent its words
//! are in the whole text, how early it first appears and how long it is.
//! A phrase that contains, or is contained in, a better one is left out,
//! and no two phrases share an occurrence, so the list has no overlapping
//! duplicates.

use std::collections::HashMap;

use crate::analyze::{Stemmer, StopWords};
use crate::tables::is_common_word;
use crate::{Error, Span};

/// Most keyphrases one call returns.
pub const MAX_KEYPHRASES: usize = 100;

/// A ranked keyphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyphrase {
    text: String,
    score: f64,
    occurrences: Vec<(Span, String)>,
}

impl Keyphrase {
    /// The phrase as it is most often written in the text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Score between 0 and 1; the best phrase of a text scores 1.
    pub fn score(&self) -> f64 {
        self.score
    }

    /// How many times the phrase (or its plural or singular) occurs.
    pub fn count(&self) -> usize {
        self.occurrences.len()
    }

    /// Every occurrence: byte span and the text there, in text order.
    pub fn occurrences(&self) -> &[(Span, String)] {
        &self.occurrences
    }
}

struct Candidate {
    key: Vec<String>,
    spans: Vec<Span>,
    first: usize,
}

/// True for words a phrase can hold: letters, or letters and digits
/// ("G7"), not bare numbers.
fn is_content(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && word.chars().count() >= 2
}

/// The `top` best keyphrases of `text`, best first.
///
/// # Errors
///
/// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) when `top`
/// is 0 or above [`MAX_KEYPHRASES`]; the input errors of
/// [`check_input`](crate::check_input).
///
/// # Example
///
/// ```
/// let text = "Peace talks stalled. The peace talk in Geneva resumed, and the peace talks may end the war.";
/// let phrases = lede::keyphrases(text, 3).unwrap();
/// assert_eq!(phrases[0].text(), "peace talks");
/// assert_eq!(phrases[0].count(), 3); // "Peace talks", "peace talk", "peace talks"
/// assert_eq!(phrases[0].score(), 1.0);
/// ```
pub fn keyphrases(text: &str, top: usize) -> Result<Vec<Keyphrase>, Error> {
    if top == 0 || top > MAX_KEYPHRASES {
        return Err(Error::invalid_option(
            "top",
            format!("must be between 1 and {MAX_KEYPHRASES}, got {top}"),
        ));
    }
    crate::check_input(text)?;
    let stop = StopWords::english();
    let stemmer = Stemmer::english();
    let mut stem_cache: HashMap<String, String> = HashMap::new();
    let mut stem = |word: &str| -> String {
        let lower = word.to_lowercase().replace('’', "'");
        let lower = lower
            .strip_suffix("'s")
            .map(str::to_string)
            .unwrap_or(lower);
        if let Some(s) = stem_cache.get(&lower) {
            return s.clone();
        }
        let s = stemmer.stem(&lower);
        stem_cache.insert(lower, s.clone());
        s
    };

    let mut candidates: Vec<Candidate> = Vec::new();
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    let mut word_freq: HashMap<String, usize> = HashMap::new();
    let mut order = 0usize;
    let mut seen_sentences: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (sentence_span, sentence) in crate::sentence_indices(text) {
        // A repeated headline or teaser says nothing new.
        if !seen_sentences.insert(sentence) {
            continue;
        }
        let mut run: Vec<(Span, String)> = Vec::new();
        let mut prev_end: Option<usize> = None;
        let mut flush = |run: &mut Vec<(Span, String)>, order: &mut usize| {
            // Every phrase of one to three words inside the run is a candidate.
            // Words of a name: capitalised and not common words.
            let capital = |k: usize| {
                run.get(k).is_some_and(|(sp, _): &(Span, String)| {
                    let w = sp.as_str(text);
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !is_common_word(&w.to_lowercase())
                })
            };
            for i in 0..run.len() {
                for n in 1..=3usize {
                    let Some(chunk) = run.get(i..i + n) else {
                        break;
                    };
                    // Never cut through a name: "envoy Steve" is no phrase.
                    if (i > 0 && capital(i) && capital(i - 1))
                        || (capital(i + n - 1) && capital(i + n))
                    {
                        continue;
                    }
                    let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
                        continue;
                    };
                    let key: Vec<String> = chunk.iter().map(|(_, s)| s.clone()).collect();
                    let span = Span::new(first.0.start(), last.0.end());
                    let k = *index.entry(key.clone()).or_insert_with(|| {
                        candidates.push(Candidate {
                            key,
                            spans: Vec::new(),
                            first: *order,
                        });
                        candidates.len() - 1
                    });
                    if let Some(c) = candidates.get_mut(k) {
                        c.spans.push(span);
                    }
                }
                *order += 1;
            }
            run.clear();
        };
        for (word_span, word) in crate::word_indices(sentence) {
            let span = Span::new(
                sentence_span.start() + word_span.start(),
                sentence_span.start() + word_span.end(),
            );
            // Punctuation between two words ends a phrase.
            let gap = prev_end
                .and_then(|p| text.get(p..span.start()))
                .unwrap_or(" ");
            if !gap.chars().all(char::is_whitespace) || gap.contains("\n\n") {
                flush(&mut run, &mut order);
            }
            prev_end = Some(span.end());
            let lower = word.to_lowercase();
            let bare = lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))
                .unwrap_or(&lower);
            if stop.contains(bare) || stop.contains(&lower) || !is_content(word) {
                flush(&mut run, &mut order);
                continue;
            }
            // A possessive ends a phrase after it: "Ushakov's conversation".
            let s = stem(word);
            *word_freq.entry(s.clone()).or_default() += 1;
            run.push((span, s));
            if bare.len() != lower.len() {
                flush(&mut run, &mut order);
            }
        }
        flush(&mut run, &mut order);
    }
    if candidates.is_empty() {
        return Ok(Vec::new());
    }

    // A word counts where it is not part of a recurring longer phrase:
    // "peace" in "peace talks" is a mention of the talks.
    let covered: Vec<Span> = candidates
        .iter()
        .filter(|c| c.key.len() > 1 && c.spans.len() >= 2)
        .flat_map(|c| c.spans.iter().copied())
        .collect();
    let own_count = |c: &Candidate| -> f64 {
        if c.key.len() > 1 {
            return c.spans.len() as f64;
        }
        c.spans
            .iter()
            .filter(|s| {
                !covered
                    .iter()
                    .any(|t| t.start() <= s.start() && s.end() <= t.end())
            })
            .count() as f64
    };
    let total = order.max(1) as f64;
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let count = own_count(c);
            let words = c.key.len() as f64;
            let freq: f64 = c
                .key
                .iter()
                .map(|w| word_freq.get(w).copied().unwrap_or(1) as f64)
                .sum::<f64>()
                / words;
            let early = 1.0 + 0.5 * (1.0 - c.first as f64 / total);
            let length = 1.0 + 0.5 * (words - 1.0);
            // A lone common word ("leaked", "recent") says less than a
            // phrase or a name.
            let lone_common = c.key.len() == 1
                && c.spans
                    .first()
                    .is_some_and(|sp| is_common_word(&sp.as_str(text).to_lowercase()));
            let length = if lone_common { 0.5 } else { length };
            (count * freq.sqrt() * early * length, k)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let best = scored.first().map_or(1.0, |s| s.0).max(f64::MIN_POSITIVE);

    let contains = |big: &[String], small: &[String]| {
        small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken: Vec<Span> = Vec::new();
    let mut out = Vec::new();
    for (score, k) in scored {
        if out.len() >= top {
            break;
        }
        let Some(c) = candidates.get(k) else { continue };
        let nested = chosen
            .iter()
            .filter_map(|&j| candidates.get(j))
            .any(|d| contains(&d.key, &c.key) || contains(&c.key, &d.key));
        if nested {
            continue;
        }
        // Occurrences that overlap a better phrase's are not this phrase's;
        // a phrase that is mostly inside better ones is left out.
        let free: Vec<Span> = c
            .spans
            .iter()
            .copied()
            .filter(|s| {
                !taken
                    .iter()
                    .any(|t: &Span| s.start() < t.end() && t.start() < s.end())
            })
            .collect();
        if free.is_empty() || free.len() * 2 < c.spans.len() {
            continue;
        }
        chosen.push(k);
        taken.extend(free.iter().copied());
        let occurrences: Vec<(Span, String)> = free
            .iter()
            .map(|s| (*s, s.as_str(text).to_string()))
            .collect();
        // The form written most often; ties go to the first.
        let mut forms: Vec<(String, usize)> = Vec::new();
        let lower_somewhere = occurrences
            .iter()
            .any(|(_, t)| t.chars().all(|ch| !ch.is_uppercase()));
        for (_, t) in &occurrences {
            let form = t.split_whitespace().collect::<Vec<_>>().join(" ");
            // Written in lower case anywhere: a common phrase, shown in lower case.
            let form = if lower_somewhere {
                form.to_lowercase()
            } else {
                form
            };
            match forms.iter_mut().find(|(f, _)| *f == form) {
                Some(entry) => entry.1 += 1,
                None => forms.push((form, 1)),
            }
        }
        let text_form = forms
            .iter()
            .fold(None::<&(String, usize)>, |acc, f| match acc {
                Some(a) if a.1 >= f.1 => Some(a),
                _ => Some(f),
            });
        out.push(Keyphrase {
            text: text_form.map(|f| f.0.clone()).unwrap_or_default(),
            score: score / best,
            occurrences,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_stop_words_at_edges_and_no_overlaps() {
        let text = "The leaked transcripts of the call were fake. Leaked transcripts show the peace plan. \
                    The peace plan was drafted. A peace plan for Ukraine and the leaked transcript.";
        let phrases = keyphrases(text, 10).unwrap();
        let stop = StopWords::english();
        for p in &phrases {
            let words: Vec<&str> = p.text().split(' ').collect();
            for edge in [words.first(), words.last()].into_iter().flatten() {
                assert!(!stop.contains(&edge.to_lowercase()), "{:?}", p.text());
            }
            for (span, t) in p.occurrences() {
                assert_eq!(&text[span.range()], t);
            }
        }
        let texts: Vec<&str> = phrases.iter().map(|p| p.text()).collect();
        assert!(
            texts.contains(&"leaked transcripts") && texts.contains(&"peace plan"),
            "{texts:?}"
        );
        // "leaked transcript" (singular) merged; "peace" alone left out.
        let leaked = phrases
            .iter()
            .find(|p| p.text() == "leaked transcripts")
            .unwrap();
        assert_eq!(leaked.count(), 3);
        assert!(!texts.contains(&"peace") && !texts.contains(&"plan"));
    }

    #[test]
    fn options_are_checked() {
        assert_eq!(keyphrases("x", 0).unwrap_err().option(), Some("top"));
        assert_eq!(keyphrases("x", 101).unwrap_err().option(), Some("top"));
        assert!(keyphrases("", 5).unwrap().is_empty());
        assert!(keyphrases("the of and", 5).unwrap().is_empty());
    }
}
