//! lede's default algorithm: centrality, position, topic overlap and
//! sentence-quality priors, picked with redundancy control (MMR).
//!
//! Every candidate sentence gets a relevance that is a weighted sum of
//! features, each in [0, 1]:
//!
//! - `centrality`: continuous LexRank (PageRank over idf-modified cosine
//!   similarities), scaled so the most central sentence has 1. What the
//!   article keeps coming back to.
//! - `position`: `1 / (1 + c/2)` for the `c`-th body sentence (news puts
//!   the point first), plus `paragraph` for the opening sentence of a
//!   paragraph.
//! - `topic`: the share of the title's terms (and the section heading's)
//!   that the sentence uses; with no title, cosine similarity with the
//!   first body sentence, which in news is the closest thing to one.
//! - `length`: a prior against fragments and run-ons: 0 below 5 words,
//!   rising to 1 at 15, falling slowly past 45.
//! - `quality` (≤ 0): penalties for a sentence that cannot stand alone
//!   (opens with a pronoun or a connective such as "But" or "However"),
//!   a question, or a sentence that is mostly a quotation.
//!
//! Sentences are then picked by Maximal Marginal Relevance: each step takes
//! the sentence with the highest `relevance − λ · max similarity to the
//! sentences already picked`, so a summary does not say the same thing
//! twice. The MMR penalty is reported as the `redundancy` feature, and the
//! score is the marginal relevance at pick time; because penalties only
//! grow as the summary grows, scores never increase down the ranking.

use super::classic::{candidate_vectors, lexrank_scores};
use super::doc::Doc;
use super::options::Length;
use super::progress::Reporter;
use super::rank::{greedy, Ranking};
use super::vectors::{dot, overlap};

/// Feature weights of the default algorithm.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Weights {
    pub centrality: f64,
    pub position: f64,
    pub paragraph: f64,
    pub topic: f64,
    pub length: f64,
    pub quality: f64,
    pub redundancy: f64,
}

pub(crate) const WEIGHTS: Weights = Weights {
    centrality: 1.0,
    position: 0.5,
    paragraph: 0.1,
    topic: 0.3,
    length: 0.3,
    quality: 0.3,
    redundancy: 0.3,
};

/// Words that make a sentence lean on the one before it.
const DANGLING: &[&str] = &[
    "he", "she", "it", "they", "this", "these", "those", "that", "but", "however", "also", "and", "so", "meanwhile",
    "instead", "still", "yet", "his", "her", "its", "their", "there", "then", "or", "nor", "besides", "moreover",
    "furthermore", "additionally", "such", "both", "another", "other", "others",
];

/// The default algorithm.
pub(crate) fn default(doc: &Doc, length: Length, weights: &Weights, progress: &mut Reporter) -> Ranking {
    let n = doc.n();
    let vectors = candidate_vectors(doc);
    let pr = lexrank_scores(doc, &vectors, None, progress);
    let max_pr = pr.iter().fold(0.0f64, |m, &x| m.max(x));

    // Topic: the title (or section heading), else the lead sentence.
    let has_title = doc.title.is_some();
    let lead = vectors.first();

    let mut relevance = Vec::with_capacity(n);
    let mut parts: Vec<[f64; 6]> = Vec::with_capacity(n);
    for c in 0..n {
        let i = doc.sent(c);
        let centrality = if max_pr > 0.0 { pr[c] / max_pr } else { 0.0 };
        let position = 1.0 / (1.0 + c as f64 / 2.0);
        let paragraph = f64::from(u8::from(doc.layout.get(i).is_some_and(|l| l.in_paragraph == 0)));
        let heads = doc.heading_terms(i);
        let topic = if has_title || !heads.is_empty() {
            overlap(&heads, doc.bag(i))
        } else if c == 0 {
            // The lead sentence is the topic; it gets the average of the
            // others rather than its similarity with itself.
            0.0
        } else {
            lead.map_or(0.0, |l| dot(l, &vectors[c]))
        };
        let words = f64::from(doc.words.get(i).copied().unwrap_or(0));
        let length_prior = if words < 5.0 {
            0.0
        } else if words < 15.0 {
            (words - 5.0) / 10.0
        } else if words <= 45.0 {
            1.0
        } else {
            (45.0 / words).sqrt()
        };
        let quality = quality(doc.sentence(i), c);
        let f = [
            weights.centrality * centrality,
            weights.position * position,
            weights.paragraph * paragraph,
            weights.topic * topic,
            weights.length * length_prior,
            weights.quality * quality,
        ];
        relevance.push(f.iter().sum::<f64>());
        parts.push(f);
    }
    if !has_title && n > 1 {
        // Give the lead sentence the mean topic score of the others.
        let mean = parts.iter().skip(1).map(|f| f[3]).sum::<f64>() / (n - 1) as f64;
        if let (Some(f), Some(r)) = (parts.first_mut(), relevance.first_mut()) {
            f[3] = mean;
            *r = f.iter().sum();
        }
    }

    // MMR: relevance minus the largest similarity to a picked sentence.
    struct State {
        max_sim: Vec<f64>,
    }
    let mut state = State { max_sim: vec![0.0; n] };
    let lambda = weights.redundancy;
    let gain = |s: &State, c: usize| relevance[c] - lambda * s.max_sim[c];
    // Updating every candidate's similarity after each pick is linear per
    // pick; the windowed neighbourhood bounds it on long texts.
    let window = super::graph::window(n);
    let commit = |s: &mut State, c: usize| {
        let lo = c.saturating_sub(window);
        let hi = n.min(c.saturating_add(window).saturating_add(1));
        for j in lo..hi {
            let sim = dot(&vectors[c], &vectors[j]);
            if sim > s.max_sim[j] {
                s.max_sim[j] = sim;
            }
        }
    };
    progress.report("select", 0, 1);
    let (order, raw) = greedy(doc, length, true, &mut state, gain, commit);
    progress.report("select", 1, 1);
    let names = ["centrality", "position", "paragraph", "topic", "length", "quality"];
    let features = (0..n)
        .map(|c| {
            let mut f: Vec<(&'static str, f64)> = names.iter().copied().zip(parts[c]).collect();
            f.push(("redundancy", raw[c] - relevance[c]));
            f
        })
        .collect();
    Ranking { order, raw, features }
}

/// Penalties (≤ 0) for sentences that do not read well on their own.
fn quality(sentence: &str, c: usize) -> f64 {
    let mut q = 0.0;
    let first = crate::text::word_indices(sentence).next().map(|(_, w)| w.to_lowercase());
    if c > 0 && first.as_deref().is_some_and(|w| DANGLING.contains(&w)) {
        q -= 0.5;
    }
    let trimmed = sentence.trim_end_matches(|ch: char| matches!(ch, '"' | '\'' | '”' | '’' | ')'));
    if trimmed.ends_with('?') {
        q -= 0.5;
    }
    // Mostly a quotation: opens with a quote mark.
    if sentence.starts_with(['"', '“', '\'', '‘']) {
        q -= 0.3;
    }
    q
}
