//! The classic algorithms, each as its paper describes it. All work on the
//! candidate sentences of a [`Doc`] (body sentences; the title and
//! headings only inform Edmundson's title method).

use super::doc::{Doc, NONE};
use super::graph;
use super::lsa;
use super::options::Length;
use super::progress::Reporter;
use super::rank::{greedy, Ranking};
use super::vectors::Vectors;

/// Lead: the earlier, the better.
pub(crate) fn lead(doc: &Doc) -> Ranking {
    let n = doc.n() as f64;
    Ranking::from_scores(
        (0..doc.n()).map(|c| (n - c as f64) / n).collect(),
        "position",
    )
}

/// Luhn (1958). Significant words are content terms used at least twice
/// (all content terms when none repeats). A cluster is a run of words whose
/// significant words are at most four insignificant words apart; it scores
/// (significant words)² / (words from its first to its last significant
/// word), and a sentence scores its best cluster.
pub(crate) fn luhn(doc: &Doc) -> Ranking {
    let tf = doc.candidate_tf();
    let any_repeat = tf.iter().any(|&f| f >= 2);
    let significant =
        |t: u32| t != NONE && (!any_repeat || tf.get(t as usize).is_some_and(|&f| f >= 2));
    let scores = doc
        .cands
        .iter()
        .map(|&i| {
            let mut best = 0.0f64;
            let mut start: Option<usize> = None;
            let mut last = 0;
            let mut count = 0usize;
            for (pos, &t) in doc.terms(i).iter().enumerate() {
                if !significant(t) {
                    continue;
                }
                match start {
                    Some(_) if pos - last <= 5 => {
                        count += 1;
                        last = pos;
                    }
                    _ => {
                        if let Some(s) = start {
                            best = best.max((count * count) as f64 / (last - s + 1) as f64);
                        }
                        start = Some(pos);
                        last = pos;
                        count = 1;
                    }
                }
            }
            if let Some(s) = start {
                best = best.max((count * count) as f64 / (last - s + 1) as f64);
            }
            best
        })
        .collect();
    Ranking::from_scores(scores, "significance")
}

/// Bonus words of Edmundson's cue method (lower case).
const BONUS: &[&str] = &[
    "significant",
    "significantly",
    "important",
    "importantly",
    "major",
    "key",
    "crucial",
    "critical",
    "essential",
    "main",
    "primary",
    "conclusion",
    "conclude",
    "concluded",
    "result",
    "results",
    "show",
    "shows",
    "showed",
    "found",
    "finding",
    "findings",
    "announced",
    "confirmed",
    "revealed",
    "largest",
    "biggest",
    "first",
    "new",
    "decided",
    "agreed",
    "approved",
    "rejected",
];
/// Stigma words of Edmundson's cue method (lower case).
const STIGMA: &[&str] = &[
    "hardly",
    "impossible",
    "perhaps",
    "maybe",
    "possibly",
    "apparently",
    "incidentally",
    "example",
    "instance",
    "meanwhile",
    "additionally",
    "anyway",
    "click",
    "subscribe",
    "advertisement",
    "i",
    "me",
    "my",
    "you",
    "your",
];
/// Headings under which Edmundson's location method expects key sentences.
const KEY_HEADINGS: &[&str] = &[
    "introduction",
    "summary",
    "conclusion",
    "conclusions",
    "background",
    "purpose",
    "results",
    "overview",
    "key",
];

/// Edmundson (1969): `C + K + T + L`, each method scaled to [0, 1] over
/// the document (cue to [-1, 1]).
///
/// - **Cue**: bonus words minus stigma words.
/// - **Key**: the sum of the document frequencies of the sentence's key
///   words (content terms used at least twice).
/// - **Title**: title and section-heading terms in the sentence.
/// - **Location**: first and last paragraph, first sentence of a
///   paragraph (and, more weakly, the last), and sentences under headings
///   such as "Introduction" or "Conclusions".
pub(crate) fn edmundson(doc: &Doc) -> Ranking {
    let tf = doc.candidate_tf();
    let n = doc.n();
    let first_par = doc
        .cands
        .first()
        .and_then(|&i| doc.layout.get(i))
        .map(|l| l.paragraph);
    let last_par = doc
        .cands
        .last()
        .and_then(|&i| doc.layout.get(i))
        .map(|l| l.paragraph);
    let mut cue = Vec::with_capacity(n);
    let mut key = Vec::with_capacity(n);
    let mut title = Vec::with_capacity(n);
    let mut location = Vec::with_capacity(n);
    for (c, &i) in doc.cands.iter().enumerate() {
        let mut score = 0.0;
        for w in doc.tokens.words(i) {
            if BONUS.contains(&w) {
                score += 1.0;
            } else if STIGMA.contains(&w) {
                score -= 1.0;
            }
        }
        cue.push(score);
        key.push(
            doc.bag(i)
                .iter()
                .map(|&(t, count)| {
                    let f = tf.get(t as usize).copied().unwrap_or(0);
                    if f >= 2 {
                        f64::from(f) * f64::from(count)
                    } else {
                        0.0
                    }
                })
                .sum::<f64>(),
        );
        let heads = doc.heading_terms(i);
        title.push(
            doc.bag(i)
                .iter()
                .filter(|(t, _)| heads.binary_search(t).is_ok())
                .count() as f64,
        );
        let layout = doc.layout.get(i).copied().unwrap_or_default();
        let next_same_par = doc
            .cands
            .get(c + 1)
            .and_then(|&j| doc.layout.get(j))
            .is_some_and(|l| l.paragraph == layout.paragraph);
        let mut loc = 0.0;
        if Some(layout.paragraph) == first_par {
            loc += 1.0;
        }
        if Some(layout.paragraph) == last_par {
            loc += 1.0;
        }
        if layout.in_paragraph == 0 || c == 0 {
            loc += 1.0;
        } else if !next_same_par {
            loc += 0.5;
        }
        if let Some(Some(h)) = doc.heading_of.get(i) {
            let heading = doc.sentence(*h).to_lowercase();
            if KEY_HEADINGS.iter().any(|k| {
                heading
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| w == *k)
            }) {
                loc += 1.0;
            }
        }
        location.push(loc);
    }
    let scale = |v: &mut Vec<f64>| {
        let m = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        if m > 0.0 {
            v.iter_mut().for_each(|x| *x /= m);
        }
    };
    for v in [&mut cue, &mut key, &mut title, &mut location] {
        scale(v);
    }
    let raw: Vec<f64> = (0..n)
        .map(|c| cue[c] + key[c] + title[c] + location[c])
        .collect();
    let features = (0..n)
        .map(|c| {
            vec![
                ("cue", cue[c]),
                ("key", key[c]),
                ("title", title[c]),
                ("location", location[c]),
            ]
        })
        .collect();
    Ranking::from_features(raw, features)
}

/// LSA (Steinberger & Ježek 2004); see [`lsa`].
pub(crate) fn lsa(doc: &Doc, progress: &mut Reporter) -> Ranking {
    Ranking::from_scores(lsa::scores(doc, progress), "lsa")
}

/// LexRank (Erkan & Radev 2004): PageRank (damping 0.85) over the graph of
/// idf-modified cosine similarities, self-similarities included. With a
/// threshold, an edge joins sentences whose similarity exceeds it and
/// carries weight 1.
pub(crate) fn lexrank_scores(
    vectors: &Vectors,
    pairs: &[graph::Pair],
    threshold: Option<f64>,
    progress: &mut Reporter,
) -> Vec<f64> {
    let weights: Vec<[f64; 1]> = pairs
        .iter()
        .map(|p| [lexrank_weight(p.cosine, threshold)])
        .collect();
    let mut g = graph::Graph::new(vectors.len(), pairs, &weights);
    for (c, w) in g.self_weight.iter_mut().enumerate() {
        *w = [lexrank_self_weight(vectors, c, threshold)];
    }
    let [scores] = graph::pagerank(&g, 0.85, progress);
    scores
}

/// The weight of a LexRank edge of similarity `x`.
fn lexrank_weight(x: f64, threshold: Option<f64>) -> f64 {
    match threshold {
        Some(t) => f64::from(u8::from(x > t)),
        None => x,
    }
}

/// The weight of candidate `c`'s LexRank self-loop (its similarity with
/// itself, 0 for an empty vector).
fn lexrank_self_weight(vectors: &Vectors, c: usize, threshold: Option<f64>) -> f64 {
    if vectors.get(c).is_empty() {
        0.0
    } else {
        lexrank_weight(1.0, threshold)
    }
}

/// LexRank as an algorithm.
pub(crate) fn lexrank(doc: &Doc, threshold: Option<f64>, progress: &mut Reporter) -> Ranking {
    let vectors = Vectors::new(doc);
    let pairs = graph::pairs(&vectors, progress);
    Ranking::from_scores(
        lexrank_scores(&vectors, &pairs, threshold, progress),
        "centrality",
    )
}

/// TextRank (Mihalcea & Tarau 2004): weighted PageRank (damping 0.85) over
/// the graph whose edge between two sentences is the number of content
/// terms they share divided by `ln |Sᵢ| + ln |Sⱼ|` (lengths in words).
pub(crate) fn textrank(doc: &Doc, progress: &mut Reporter) -> Ranking {
    let vectors = Vectors::new(doc);
    let pairs = graph::pairs(&vectors, progress);
    Ranking::from_scores(textrank_scores(doc, &pairs, progress), "centrality")
}

/// TextRank centrality of the candidates.
pub(crate) fn textrank_scores(
    doc: &Doc,
    pairs: &[graph::Pair],
    progress: &mut Reporter,
) -> Vec<f64> {
    let weight = textrank_weights(doc);
    let weights: Vec<[f64; 1]> = pairs.iter().map(|p| [weight(p)]).collect();
    let g = graph::Graph::new(doc.n(), pairs, &weights);
    let [scores] = graph::pagerank(&g, 0.85, progress);
    scores
}

/// The weight of each pair's TextRank edge.
fn textrank_weights(doc: &Doc) -> impl Fn(&graph::Pair) -> f64 {
    let logs: Vec<f64> = doc
        .cands
        .iter()
        .map(|&i| f64::from(doc.words.get(i).copied().unwrap_or(0).max(1)).ln())
        .collect();
    move |p: &graph::Pair| {
        let log = |c: u32| logs.get(c as usize).copied().unwrap_or(0.0);
        let denom = log(p.a) + log(p.b);
        if p.shared == 0 || denom <= 0.0 {
            0.0
        } else {
            f64::from(p.shared) / denom
        }
    }
}

/// LexRank (no threshold) and TextRank centrality of the candidates, as
/// [`lexrank_scores`] and [`textrank_scores`] give them, from one graph
/// carrying both weights: ranked together, the two read the pairs once.
pub(crate) fn lexrank_and_textrank_scores(
    doc: &Doc,
    vectors: &Vectors,
    pairs: &[graph::Pair],
    progress: &mut Reporter,
) -> [Vec<f64>; 2] {
    let textrank = textrank_weights(doc);
    let weights: Vec<[f64; 2]> = pairs
        .iter()
        .map(|p| [lexrank_weight(p.cosine, None), textrank(p)])
        .collect();
    let mut g = graph::Graph::new(vectors.len(), pairs, &weights);
    for (c, w) in g.self_weight.iter_mut().enumerate() {
        *w = [lexrank_self_weight(vectors, c, None), 0.0];
    }
    graph::pagerank(&g, 0.85, progress)
}

/// SumBasic (Nenkova & Vanderwende 2005): word probabilities `p(w)` over
/// the document; repeatedly pick, among the sentences that contain the
/// most probable word, the one with the highest average `p(w)`, then
/// square the probabilities of the words it used (so the summary moves on
/// to other content). A sentence scores its average at the time it was
/// picked (unpicked ones: at the end).
pub(crate) fn sumbasic(doc: &Doc, length: Length) -> Ranking {
    let n = doc.n();
    let tf = doc.candidate_tf();
    let total: f64 = tf.iter().map(|&f| f64::from(f)).sum::<f64>().max(1.0);
    let mut p: Vec<f64> = tf.iter().map(|&f| f64::from(f) / total).collect();
    // Postings: which candidates contain each term.
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); doc.n_terms];
    for (c, &i) in doc.cands.iter().enumerate() {
        for &(t, _) in doc.bag(i) {
            if let Some(list) = postings.get_mut(t as usize) {
                list.push(c as u32);
            }
        }
    }
    let avg = |p: &[f64], c: usize| {
        let bag = doc.bag(doc.sent(c));
        let count: u32 = bag.iter().map(|&(_, k)| k).sum();
        if count == 0 {
            return 0.0;
        }
        bag.iter()
            .map(|&(t, k)| p.get(t as usize).copied().unwrap_or(0.0) * f64::from(k))
            .sum::<f64>()
            / f64::from(count)
    };
    let mut budget = super::rank::Budget::new(length, n);
    let mut picked = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut raw = vec![0.0; n];
    // How many unpicked sentences hold each term.
    let mut remaining: Vec<u32> = postings.iter().map(|l| l.len() as u32).collect();
    while order.len() < n.min(super::rank::MAX_GREEDY) && !budget.exhausted(doc) {
        // The most probable word that an unpicked sentence still contains.
        let top = (0..doc.n_terms)
            .filter(|&t| remaining[t] > 0)
            .max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a)));
        let choice = top.and_then(|w| {
            postings[w]
                .iter()
                .map(|&c| c as usize)
                .filter(|&c| !picked[c])
                .map(|c| (c, avg(&p, c)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        });
        // Sentences without content terms come last, in order.
        let (c, score) = match choice {
            Some(x) => x,
            None => match (0..n).find(|&c| !picked[c]) {
                Some(c) => (c, 0.0),
                None => break,
            },
        };
        picked[c] = true;
        raw[c] = score;
        order.push(c);
        if budget.fits(doc, c) {
            budget.add(doc, c);
        }
        for &(t, _) in doc.bag(doc.sent(c)) {
            if let Some(x) = p.get_mut(t as usize) {
                *x *= *x;
            }
            if let Some(r) = remaining.get_mut(t as usize) {
                *r = r.saturating_sub(1);
            }
        }
    }
    let mut rest: Vec<usize> = (0..n).filter(|&c| !picked[c]).collect();
    for &c in &rest {
        raw[c] = avg(&p, c);
    }
    super::rank::sort_by_score(&mut rest, &raw);
    order.extend(rest);
    let features = raw.iter().map(|&s| vec![("probability", s)]).collect();
    Ranking {
        order,
        raw,
        features,
    }
}

/// KL-Sum (Haghighi & Vanderwende 2009): greedily add the sentence that
/// most lowers `KL(P_doc ‖ P_summary)`, with the summary's unigram
/// distribution smoothed (`+0.01` per term). A sentence scores that
/// decrease when picked. Exact greedy up to a few million evaluations,
/// accelerated (lazy) greedy past that.
pub(crate) fn klsum(doc: &Doc, length: Length) -> Ranking {
    const ALPHA: f64 = 0.01;
    let n = doc.n();
    let tf = doc.candidate_tf();
    let total: f64 = tf.iter().map(|&f| f64::from(f)).sum::<f64>().max(1.0);
    let pd: Vec<f64> = tf.iter().map(|&f| f64::from(f) / total).collect();
    let smooth_mass = ALPHA * tf.iter().filter(|&&f| f > 0).count() as f64;
    struct State {
        counts: Vec<u32>,
        size: f64,
    }
    let mut state = State {
        counts: vec![0; doc.n_terms],
        size: 0.0,
    };
    let gain = |s: &State, c: usize| {
        let bag = doc.bag(doc.sent(c));
        let len: u32 = bag.iter().map(|&(_, k)| k).sum();
        let mut delta = ((s.size + f64::from(len) + smooth_mass) / (s.size + smooth_mass)).ln();
        for &(t, k) in bag {
            let have = f64::from(s.counts.get(t as usize).copied().unwrap_or(0));
            delta -= pd.get(t as usize).copied().unwrap_or(0.0)
                * ((have + f64::from(k) + ALPHA) / (have + ALPHA)).ln();
        }
        -delta
    };
    let commit = |s: &mut State, c: usize| {
        for &(t, k) in doc.bag(doc.sent(c)) {
            if let Some(x) = s.counts.get_mut(t as usize) {
                *x += k;
            }
            s.size += f64::from(k);
        }
        None
    };
    let lazy = n.saturating_mul(n) > 4_000_000;
    let (order, raw) = greedy(doc, length, lazy, &mut state, gain, commit);
    let features = raw.iter().map(|&s| vec![("klGain", s)]).collect();
    Ranking {
        order,
        raw,
        features,
    }
}
