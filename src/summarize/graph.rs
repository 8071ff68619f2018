//! Sentence graphs and their centrality (PageRank), with a bound on cost.
//!
//! A full sentence graph has n²/2 edges, which a 5 MB text (40,000
//! sentences) cannot afford. The graph is therefore **exact up to
//! [`PAIR_BUDGET`] sentence pairs** (1,000 candidate sentences, far
//! more than any article) and **windowed** past it: each sentence is then
//! compared with the `PAIR_BUDGET / n` sentences that follow it (and so with
//! as many before it), never with sentences further away. Centrality
//! becomes local to a stretch of text, which on long inputs (a book, a
//! feed of many stories) is what a reader wants anyway, and the cost stays
//! linear in the number of sentences. Only edges with a positive weight are
//! stored, so memory follows the number of sentences that share terms.

use super::progress::Reporter;
use super::vectors::Vectors;

/// The most sentence pairs compared when building a graph.
pub(crate) const PAIR_BUDGET: usize = 500_000;

/// How many following sentences each sentence is compared with: all of
/// them when the whole graph fits the budget.
pub(crate) fn window(n: usize) -> usize {
    if n.saturating_mul(n.saturating_sub(1)) / 2 <= PAIR_BUDGET {
        n
    } else {
        (PAIR_BUDGET / n.max(1)).max(8)
    }
}

/// Two candidates within the [`window`] that share terms.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pair {
    pub a: u32,
    pub b: u32,
    /// Number of terms they share.
    pub shared: u32,
    /// Cosine similarity of their tf-idf vectors.
    pub cosine: f64,
}

/// The pairs of candidates that share terms, ordered by first then second
/// candidate. The similarity graphs of LexRank and TextRank are both made
/// from them, so the default algorithm compares each pair once.
///
/// Each term lists the candidates that hold it, so a candidate meets only
/// the later ones it shares a term with: the work follows the shared terms,
/// not every pair in the window (a tenth of it on 100 KB of news). For each
/// pair, shared terms are added in increasing term order, as in a merge of
/// the two sorted vectors, so the sums are the same to the last bit.
pub(crate) fn pairs(vectors: &Vectors, progress: &mut Reporter) -> Vec<Pair> {
    let n = vectors.len();
    let w = window(n);
    // postings[start[t]..start[t + 1]]: (candidate, weight) of term t, by
    // candidate.
    let terms = vectors.terms();
    let mut start = vec![0u32; terms + 1];
    for c in 0..n {
        for &(t, _) in vectors.get(c) {
            if let Some(s) = start.get_mut(t as usize + 1) {
                *s += 1;
            }
        }
    }
    for t in 0..terms {
        let before = start.get(t).copied().unwrap_or(0);
        if let Some(s) = start.get_mut(t + 1) {
            *s += before;
        }
    }
    let mut postings = vec![(0u32, 0.0f64); start.get(terms).copied().unwrap_or(0) as usize];
    // Where each term's next posting goes while filling, then the first
    // posting after the candidate being compared.
    let mut cursor: Vec<u32> = start.clone();
    for c in 0..n {
        for &(t, wc) in vectors.get(c) {
            if let Some(at) = cursor.get_mut(t as usize) {
                if let Some(p) = postings.get_mut(*at as usize) {
                    *p = (c as u32, wc);
                }
                *at += 1;
            }
        }
    }
    cursor.clone_from(&start);
    // Shared terms and dot product with each later candidate, by candidate.
    let mut acc: Vec<(u32, f64)> = vec![(0, 0.0); n];
    let mut out = Vec::new();
    for a in 0..n {
        if a % 1024 == 0 {
            progress.report("graph", a, n);
        }
        let last = n.min(a.saturating_add(w).saturating_add(1));
        for &(t, wa) in vectors.get(a) {
            let (Some(at), Some(&end)) = (cursor.get_mut(t as usize), start.get(t as usize + 1))
            else {
                continue;
            };
            // Candidate a's own posting is the term's next one: step past it.
            *at += 1;
            for &(b, wb) in postings.get(*at as usize..end as usize).unwrap_or(&[]) {
                if b as usize >= last {
                    break;
                }
                if let Some(x) = acc.get_mut(b as usize) {
                    x.0 += 1;
                    x.1 += wa * wb;
                }
            }
        }
        for (b, x) in acc.iter_mut().enumerate().take(last).skip(a + 1) {
            if x.0 > 0 {
                out.push(Pair {
                    a: a as u32,
                    b: b as u32,
                    shared: x.0,
                    cosine: x.1,
                });
                *x = (0, 0.0);
            }
        }
    }
    progress.report("graph", n, n);
    out
}

/// An undirected weighted graph in compressed rows (each edge stored at
/// both ends, neighbours in increasing order), plus a self-loop weight per
/// node.
pub(crate) struct Graph {
    start: Vec<u32>,
    edges: Vec<(u32, f64)>,
    pub self_weight: Vec<f64>,
}

impl Graph {
    /// The graph over `n` nodes whose edges are `pairs` with `weight[k]`
    /// for pair `k`; only positive weights make edges.
    pub fn new(n: usize, pairs: &[Pair], weight: &[f64]) -> Graph {
        let kept = || {
            pairs
                .iter()
                .zip(weight)
                .filter(|(_, &w)| w > 0.0)
                .map(|(p, &w)| (p.a as usize, p.b as usize, w))
        };
        let mut start = vec![0u32; n + 1];
        for (a, b, _) in kept() {
            for x in [a, b] {
                if let Some(s) = start.get_mut(x + 1) {
                    *s += 1;
                }
            }
        }
        for i in 0..n {
            let before = start.get(i).copied().unwrap_or(0);
            if let Some(s) = start.get_mut(i + 1) {
                *s += before;
            }
        }
        let mut edges = vec![(0u32, 0.0f64); start.get(n).copied().unwrap_or(0) as usize];
        let mut next: Vec<u32> = start.clone();
        // Pairs come ordered by (a, b): every node receives its smaller
        // neighbours first, each in increasing order, then its larger ones.
        for (a, b, w) in kept() {
            for (x, y) in [(a, b), (b, a)] {
                if let Some(at) = next.get_mut(x) {
                    if let Some(e) = edges.get_mut(*at as usize) {
                        *e = (y as u32, w);
                    }
                    *at += 1;
                }
            }
        }
        Graph {
            start,
            edges,
            self_weight: vec![0.0; n],
        }
    }

    fn len(&self) -> usize {
        self.self_weight.len()
    }

    fn edges(&self, i: usize) -> &[(u32, f64)] {
        let (Some(&a), Some(&b)) = (self.start.get(i), self.start.get(i + 1)) else {
            return &[];
        };
        self.edges.get(a as usize..b as usize).unwrap_or(&[])
    }
}

/// PageRank with damping `d`: `p = (1 - d) / n + d · Mᵀp`, where `M` is the
/// row-normalized weight matrix (self-loops included). A node with no
/// edges spreads its rank evenly. Iterates until no node's rank changes by
/// more than 1e-4 of the mean rank (the tolerance TextRank uses) or 100
/// rounds; the result sums to 1.
pub(crate) fn pagerank(graph: &Graph, d: f64, progress: &mut Reporter) -> Vec<f64> {
    let n = graph.len();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let out: Vec<f64> = (0..n)
        .map(|i| {
            graph.self_weight.get(i).copied().unwrap_or(0.0)
                + graph.edges(i).iter().map(|&(_, w)| w).sum::<f64>()
        })
        .collect();
    let mut p = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    let mut share = vec![0.0; n];
    const MAX_ROUNDS: usize = 100;
    for round in 0..MAX_ROUNDS {
        if round % 8 == 0 {
            progress.report("rank", round, MAX_ROUNDS);
        }
        let mut dangling = 0.0;
        for (&o, &pi) in out.iter().zip(&p) {
            if o <= 0.0 {
                dangling += pi;
            }
        }
        let base = (1.0 - d) / nf + d * dangling / nf;
        // Each node's rank per unit of outgoing weight: one division per
        // node rather than one per edge.
        for ((q, &pi), &oi) in share.iter_mut().zip(&p).zip(&out) {
            *q = if oi > 0.0 { pi / oi } else { 0.0 };
        }
        for (j, slot) in next.iter_mut().enumerate() {
            let qj = share.get(j).copied().unwrap_or(0.0);
            let mut sum = qj * graph.self_weight.get(j).copied().unwrap_or(0.0);
            for &(i, w) in graph.edges(j) {
                // out[i] > 0 because the edge (i, j) has a positive weight.
                sum += share.get(i as usize).copied().unwrap_or(0.0) * w;
            }
            *slot = base + d * sum;
        }
        let delta = p
            .iter()
            .zip(&next)
            .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
        std::mem::swap(&mut p, &mut next);
        if delta * nf < 1e-4 {
            break;
        }
    }
    progress.report("rank", MAX_ROUNDS, MAX_ROUNDS);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_center_ranks_first() {
        let mut r = Reporter::new(None);
        let mut pairs = Vec::new();
        for a in 0..4u32 {
            for b in a + 1..4 {
                pairs.push(Pair {
                    a,
                    b,
                    shared: 1,
                    cosine: 0.5,
                });
            }
        }
        let weight: Vec<f64> = pairs
            .iter()
            .map(|p| f64::from(u8::from(p.a == 0)))
            .collect();
        let g = Graph::new(4, &pairs, &weight);
        assert_eq!(g.edges(0), [(1, 1.0), (2, 1.0), (3, 1.0)]);
        assert_eq!(g.edges(2), [(0, 1.0)]);
        let p = pagerank(&g, 0.85, &mut r);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        assert!(p[0] > p[1] && (p[1] - p[2]).abs() < 1e-9);
    }

    #[test]
    fn window_bounds_pairs() {
        assert_eq!(window(100), 100);
        let n = 40_000;
        assert!(n * window(n) <= PAIR_BUDGET + 8 * n);
    }
}
