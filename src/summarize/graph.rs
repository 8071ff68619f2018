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

/// The most sentence pairs compared when building a graph.
pub(crate) const PAIR_BUDGET: usize = 500_000;

/// An undirected weighted graph, as adjacency lists (each edge stored at
/// both ends), plus a self-loop weight per node.
pub(crate) struct Graph {
    pub adj: Vec<Vec<(u32, f64)>>,
    pub self_weight: Vec<f64>,
}

/// How many following sentences each sentence is compared with: all of
/// them when the whole graph fits the budget.
pub(crate) fn window(n: usize) -> usize {
    if n.saturating_mul(n.saturating_sub(1)) / 2 <= PAIR_BUDGET {
        n
    } else {
        (PAIR_BUDGET / n.max(1)).max(8)
    }
}

/// Builds the graph of `n` nodes whose edge weights are `weight(i, j)`
/// (kept when positive), within [`window`].
pub(crate) fn build(
    n: usize,
    progress: &mut Reporter,
    mut weight: impl FnMut(usize, usize) -> f64,
) -> Graph {
    let w = window(n);
    let mut adj: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n];
    for i in 0..n {
        if i % 1024 == 0 {
            progress.report("graph", i, n);
        }
        for j in i + 1..n.min(i.saturating_add(w).saturating_add(1)) {
            let x = weight(i, j);
            if x > 0.0 {
                if let Some(a) = adj.get_mut(i) {
                    a.push((j as u32, x));
                }
                if let Some(a) = adj.get_mut(j) {
                    a.push((i as u32, x));
                }
            }
        }
    }
    progress.report("graph", n, n);
    Graph {
        adj,
        self_weight: vec![0.0; n],
    }
}

/// PageRank with damping `d`: `p = (1 - d) / n + d · Mᵀp`, where `M` is the
/// row-normalized weight matrix (self-loops included). A node with no
/// edges spreads its rank evenly. Iterates until no node's rank changes by
/// more than 1e-4 of the mean rank (the tolerance TextRank uses) or 100
/// rounds; the result sums to 1.
pub(crate) fn pagerank(graph: &Graph, d: f64, progress: &mut Reporter) -> Vec<f64> {
    let n = graph.adj.len();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let out: Vec<f64> = graph
        .adj
        .iter()
        .zip(&graph.self_weight)
        .map(|(edges, s)| s + edges.iter().map(|&(_, w)| w).sum::<f64>())
        .collect();
    let mut p = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    const MAX_ROUNDS: usize = 100;
    for round in 0..MAX_ROUNDS {
        if round % 8 == 0 {
            progress.report("rank", round, MAX_ROUNDS);
        }
        let mut dangling = 0.0;
        for (i, &o) in out.iter().enumerate() {
            if o <= 0.0 {
                dangling += p[i];
            }
        }
        let base = (1.0 - d) / nf + d * dangling / nf;
        for (j, slot) in next.iter_mut().enumerate() {
            let mut sum = 0.0;
            if out[j] > 0.0 {
                sum += p[j] * graph.self_weight[j] / out[j];
            }
            for &(i, w) in &graph.adj[j] {
                let i = i as usize;
                // out[i] > 0 because the edge (i, j) has a positive weight.
                sum += p[i] * w / out[i];
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
        let g = build(4, &mut r, |i, j| if i == 0 || j == 0 { 1.0 } else { 0.0 });
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
