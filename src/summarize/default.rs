//! lede's default algorithm: centrality, position, topic overlap and
//! sentence-quality priors, picked with redundancy control (MMR).
//!
//! Every candidate sentence gets a relevance that is a weighted sum of
//! features (weights in [`WEIGHTS`]):
//!
//! - `lexrank` (0.5): continuous LexRank centrality (PageRank over
//!   idf-modified cosine similarities), scaled so the most central
//!   sentence has 1;
//! - `textrank` (1.0): TextRank centrality (PageRank over shared content
//!   terms / (ln |Sᵢ| + ln |Sⱼ|)), scaled the same way. It leans towards
//!   longer, information-rich sentences where LexRank's cosine does not;
//! - `centroid` (2.0): cosine similarity with the document's tf-idf
//!   centroid (MEAD's centroid score): what the whole article is about;
//! - `position` (0.2): `1 / (1 + c/2)` for the `c`-th body sentence. News
//!   puts the point first; the prior breaks near-ties towards the lead and
//!   keeps the opening sentence in most summaries;
//! - `topic` (0.4): the share of the title's terms (and the section
//!   heading's) that the sentence uses; with no title, its cosine
//!   similarity with the first body sentence (the lead itself gets the
//!   others' mean);
//! - `length` (0.05): a prior against fragments and run-ons: 0 below 5
//!   words, rising to 1 at 15, falling slowly past 45;
//! - `quality` (0.05, a penalty): a sentence that cannot stand alone (opens
//!   with a pronoun or a connective such as "But" or "However"), a
//!   question, a sentence that opens with a quotation.
//!
//! Sentences are then picked by Maximal Marginal Relevance: each step takes
//! the sentence with the highest `relevance − 0.05 · (largest cosine
//! similarity to a sentence already picked)`, so a short summary does not
//! say the same thing twice. The penalty is reported as the `redundancy`
//! feature and the score is the marginal relevance at pick time; penalties
//! only grow as the summary grows, so scores never increase down the
//! ranking.
//!
//! The weights were set on the even-numbered half of the BBC set (see
//! README, "Summarization"), keeping the position prior and the penalties
//! that a reader of other news wants even where they cost a little ROUGE
//! there; the odd half is held out.

use super::classic::{lexrank_scores, textrank_scores};
use super::doc::Doc;
use super::graph;
use super::options::Length;
use super::progress::Reporter;
use super::rank::{greedy, Ranking};
use super::vectors::{dot, overlap, Vectors};

/// Feature weights of the default algorithm.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Weights {
    pub lexrank: f64,
    pub textrank: f64,
    pub centroid: f64,
    pub position: f64,
    pub topic: f64,
    pub length: f64,
    pub quality: f64,
    pub redundancy: f64,
}

/// The weights in use (see the module docs).
pub(crate) const WEIGHTS: Weights = Weights {
    lexrank: 0.5,
    textrank: 1.0,
    centroid: 2.0,
    position: 0.2,
    topic: 0.4,
    length: 0.05,
    quality: 0.05,
    redundancy: 0.05,
};

/// Words that make a sentence lean on the one before it.
const DANGLING: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "this",
    "these",
    "those",
    "that",
    "but",
    "however",
    "also",
    "and",
    "so",
    "meanwhile",
    "instead",
    "still",
    "yet",
    "his",
    "her",
    "its",
    "their",
    "there",
    "then",
    "or",
    "nor",
    "besides",
    "moreover",
    "furthermore",
    "additionally",
    "such",
    "both",
    "another",
    "other",
    "others",
];

/// The default algorithm.
pub(crate) fn default(
    doc: &Doc,
    length: Length,
    weights: &Weights,
    progress: &mut Reporter,
) -> Ranking {
    let n = doc.n();
    let vectors = Vectors::new(doc);
    let scaled = |v: Vec<f64>| {
        let max = v.iter().fold(0.0f64, |m, &x| m.max(x));
        v.into_iter()
            .map(|x| if max > 0.0 { x / max } else { 0.0 })
            .collect::<Vec<f64>>()
    };
    let pairs = graph::pairs(&vectors, progress);
    let lexrank = scaled(lexrank_scores(&vectors, &pairs, None, progress));
    let textrank = scaled(textrank_scores(doc, &pairs, progress));
    drop(pairs);
    // The centroid, dense by term: a dot product with it costs the
    // sentence's length, not the vocabulary's.
    let mut centroid = vec![0.0f64; doc.n_terms];
    for c in 0..n {
        for &(t, w) in vectors.get(c) {
            if let Some(x) = centroid.get_mut(t as usize) {
                *x += w;
            }
        }
    }
    let norm = centroid.iter().map(|w| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        centroid.iter_mut().for_each(|w| *w /= norm);
    }
    let centroid_sim = |v: &[(u32, f64)]| {
        v.iter()
            .map(|&(t, w)| w * centroid.get(t as usize).copied().unwrap_or(0.0))
            .sum::<f64>()
    };

    // Topic: the title (or section heading), else the lead sentence.
    let has_title = doc.title.is_some();
    let lead = vectors.get(0);

    let mut parts: Vec<[f64; 7]> = Vec::with_capacity(n);
    // The title's and section heading's terms change only at headings.
    let mut heads: (Option<Option<usize>>, Vec<u32>) = (None, Vec::new());
    for c in 0..n {
        let i = doc.sent(c);
        let position = 1.0 / (1.0 + c as f64 / 2.0);
        let heading = doc.heading_of.get(i).copied().flatten();
        if heads.0 != Some(heading) {
            heads = (Some(heading), doc.heading_terms(i));
        }
        let heads = &heads.1;
        let topic = if has_title || !heads.is_empty() {
            overlap(heads, doc.bag(i))
        } else if c == 0 {
            0.0 // set below
        } else {
            dot(lead, vectors.get(c))
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
        parts.push([
            weights.lexrank * lexrank[c],
            weights.textrank * textrank[c],
            weights.centroid * centroid_sim(vectors.get(c)),
            weights.position * position,
            weights.topic * topic,
            weights.length * length_prior,
            weights.quality * quality(doc, i, c),
        ]);
    }
    if !has_title && n > 1 {
        // The lead sentence gets the mean topic score of the others.
        let mean = parts.iter().skip(1).map(|f| f[4]).sum::<f64>() / (n - 1) as f64;
        if let Some(f) = parts.first_mut() {
            f[4] = mean;
        }
    }
    let relevance: Vec<f64> = parts.iter().map(|f| f.iter().sum()).collect();

    // MMR: relevance minus the largest similarity to a picked sentence.
    struct State {
        max_sim: Vec<f64>,
    }
    let mut state = State {
        max_sim: vec![0.0; n],
    };
    let lambda = weights.redundancy;
    let gain = |s: &State, c: usize| relevance[c] - lambda * s.max_sim[c];
    // Updating every candidate's similarity after each pick is linear per
    // pick; the windowed neighbourhood bounds it on long texts.
    let window = graph::window(n);
    let commit = |s: &mut State, c: usize| {
        let lo = c.saturating_sub(window);
        let hi = n.min(c.saturating_add(window).saturating_add(1));
        for j in lo..hi {
            let sim = dot(vectors.get(c), vectors.get(j));
            if sim > s.max_sim[j] {
                s.max_sim[j] = sim;
            }
        }
    };
    progress.report("select", 0, 1);
    let (order, raw) = greedy(doc, length, true, &mut state, gain, commit);
    progress.report("select", 1, 1);
    let names = [
        "lexrank", "textrank", "centroid", "position", "topic", "length", "quality",
    ];
    let features = (0..n)
        .map(|c| {
            let mut f: Vec<(&'static str, f64)> = names.iter().copied().zip(parts[c]).collect();
            f.push(("redundancy", raw[c] - relevance[c]));
            f
        })
        .collect();
    Ranking {
        order,
        raw,
        features,
    }
}

/// Penalties (≤ 0) for sentence `i`, candidate `c`, when it does not read
/// well on its own.
fn quality(doc: &Doc, i: usize, c: usize) -> f64 {
    let mut q = 0.0;
    let sentence = doc.sentence(i);
    let first = doc.tokens.words(i).next();
    if c > 0 && first.is_some_and(|w| DANGLING.contains(&w)) {
        q -= 0.5;
    }
    let trimmed = sentence.trim_end_matches(['"', '\'', '”', '’', ')']);
    if trimmed.ends_with('?') {
        q -= 0.5;
    }
    // Mostly a quotation: opens with a quote mark.
    if sentence.starts_with(['"', '“', '\'', '‘']) {
        q -= 0.3;
    }
    q
}
