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
//! linear in the number of sentences. Only pairs that share terms are
//! stored, each once, so memory follows the number of sentences that share
//! terms; the default algorithm ranks its LexRank and TextRank graphs,
//! made from the same pairs, in one pass over them.

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

/// The most rounds of [`pagerank`].
const MAX_ROUNDS: usize = 100;

/// An undirected graph carrying `K` weights per edge (the graphs of
/// several algorithms over the same pairs walked at once), each edge
/// stored once, at its smaller end: node `a`'s row lists its larger
/// neighbours in increasing order. Plus a self-loop weight per node.
pub(crate) struct Graph<const K: usize> {
    /// Where each node's row starts in `to` and `weight` (one more entry
    /// than nodes).
    start: Vec<u32>,
    to: Vec<u32>,
    weight: Vec<[f64; K]>,
    pub self_weight: Vec<[f64; K]>,
}

impl<const K: usize> Graph<K> {
    /// The graph over `n` nodes whose edges are `pairs` (as [`pairs`] makes
    /// them: ordered by first then second candidate, the first the
    /// smaller) with `weight[k]` for pair `k`. A pair is an edge of the
    /// graphs where its weight is positive; in the others it stays with
    /// weight 0, which adds nothing (exactly: +0.0) to any sum below.
    pub fn new(n: usize, pairs: &[Pair], weight: &[[f64; K]]) -> Graph<K> {
        let mut start = Vec::with_capacity(n + 1);
        let mut to = Vec::with_capacity(pairs.len());
        let mut kept = Vec::with_capacity(pairs.len());
        for (p, w) in pairs.iter().zip(weight) {
            let (a, b) = (p.a as usize, p.b as usize);
            if !w.iter().any(|&x| x > 0.0) || b >= n || b <= a || a + 1 < start.len() {
                continue;
            }
            while start.len() <= a {
                start.push(to.len() as u32);
            }
            to.push(p.b);
            kept.push(w.map(|x| if x > 0.0 { x } else { 0.0 }));
        }
        while start.len() <= n {
            start.push(to.len() as u32);
        }
        Graph {
            start,
            to,
            weight: kept,
            self_weight: vec![[0.0; K]; n],
        }
    }

    fn len(&self) -> usize {
        self.self_weight.len()
    }

    /// Node `a`'s larger neighbours and the weights of the edges to them.
    fn row(&self, a: usize) -> (&[u32], &[[f64; K]]) {
        let (Some(&s), Some(&e)) = (self.start.get(a), self.start.get(a + 1)) else {
            return (&[], &[]);
        };
        let r = s as usize..e as usize;
        (
            self.to.get(r.clone()).unwrap_or(&[]),
            self.weight.get(r).unwrap_or(&[]),
        )
    }
}

/// PageRank with damping `d` of each of the `K` graphs `graph` carries:
/// `p = (1 - d) / n + d · Mᵀp`, where `M` is the row-normalized weight
/// matrix (self-loops included). A node with no edges spreads its rank
/// evenly. Iterates until no node's rank changes by more than 1e-4 of the
/// mean rank (the tolerance TextRank uses) or 100 rounds, each graph on
/// its own; each result sums to 1.
///
/// Node `j`'s new rank adds, after its self-loop, what each neighbour
/// sends it in increasing neighbour order. With each edge stored once, a
/// node gathers along its row what its larger neighbours send and pushes
/// its own share to them: its smaller neighbours have pushed theirs
/// before its row comes, in increasing order, so every sum is added in
/// the order of a gather over both ends and is the same to the last bit,
/// for half the edges read. A node's rank, share and next sum are then
/// final for the round and are updated in place, in the same pass.
pub(crate) fn pagerank<const K: usize>(
    graph: &Graph<K>,
    d: f64,
    progress: &mut Reporter,
) -> [Vec<f64>; K]
where
    [f64; K]: Lanes,
{
    let n = graph.len();
    if n == 0 {
        return std::array::from_fn(|_| Vec::new());
    }
    let nf = n as f64;
    // Outgoing weight: the self-loop plus the sum of the node's edges in
    // increasing neighbour order (a sum starts at -0.0, as `Iterator::sum`).
    let mut out = vec![[-0.0f64; K]; n];
    for a in 0..n {
        let (to, weight) = graph.row(a);
        let mut sum = out.get(a).copied().unwrap_or([0.0; K]);
        for (&b, w) in to.iter().zip(weight) {
            if let Some(x) = out.get_mut(b as usize) {
                for k in 0..K {
                    sum[k] += w[k];
                    x[k] += w[k];
                }
            }
        }
        if let Some(x) = out.get_mut(a) {
            *x = sum;
        }
    }
    for (o, s) in out.iter_mut().zip(&graph.self_weight) {
        for k in 0..K {
            o[k] += s[k];
        }
    }
    let mut p = vec![[1.0 / nf; K]; n];
    // Each node's rank per unit of outgoing weight (one division per node
    // rather than one per edge), and what it has gathered so far in the
    // round: its self-loop, then what its smaller neighbours pushed.
    let mut nodes = vec![
        Node {
            share: [0.0f64; K],
            acc: [0.0f64; K],
        };
        n
    ];
    let mut dangling = [0.0f64; K];
    for j in 0..n {
        let (Some(x), Some(o), Some(pj), Some(s)) = (
            nodes.get_mut(j),
            out.get(j),
            p.get(j),
            graph.self_weight.get(j),
        ) else {
            continue;
        };
        for k in 0..K {
            if o[k] <= 0.0 {
                dangling[k] += pj[k];
            }
            x.share[k] = if o[k] > 0.0 { pj[k] / o[k] } else { 0.0 };
            x.acc[k] = x.share[k] * s[k];
        }
    }
    let mut active = [true; K];
    let mut rounds = [0usize; K];
    let mut told = Told::default();
    for round in 0..MAX_ROUNDS {
        told.report(progress, round, &active, &rounds);
        let base: [f64; K] = std::array::from_fn(|k| (1.0 - d) / nf + d * dangling[k] / nf);
        let mut delta = [0.0f64; K];
        let mut next_dangling = [0.0f64; K];
        let all = active.iter().all(|&x| x);
        for j in 0..n {
            let (to, weight) = graph.row(j);
            let Some(&Node { share: qj, acc }) = nodes.get(j) else {
                continue;
            };
            let mut sum = acc;
            if all {
                for (&b, &w) in to.iter().zip(weight) {
                    if let Some(x) = nodes.get_mut(b as usize) {
                        sum = sum.add_product(x.share, w);
                        x.acc = x.acc.add_product(qj, w);
                    }
                }
            } else {
                for k in (0..K).filter(|&k| active[k]) {
                    let (mut s, q) = (sum[k], qj[k]);
                    for (&b, w) in to.iter().zip(weight) {
                        if let Some(x) = nodes.get_mut(b as usize) {
                            s += x.share[k] * w[k];
                            x.acc[k] += q * w[k];
                        }
                    }
                    sum[k] = s;
                }
            }
            let (Some(x), Some(o), Some(pj), Some(s)) = (
                nodes.get_mut(j),
                out.get(j),
                p.get_mut(j),
                graph.self_weight.get(j),
            ) else {
                continue;
            };
            for k in (0..K).filter(|&k| active[k]) {
                let next = base[k] + d * sum[k];
                delta[k] = delta[k].max((pj[k] - next).abs());
                pj[k] = next;
                if o[k] <= 0.0 {
                    next_dangling[k] += next;
                }
                x.share[k] = if o[k] > 0.0 { next / o[k] } else { 0.0 };
                x.acc[k] = x.share[k] * s[k];
            }
        }
        for k in 0..K {
            if active[k] {
                rounds[k] += 1;
                dangling[k] = next_dangling[k];
                if delta[k] * nf < 1e-4 {
                    active[k] = false;
                }
            }
        }
        if !active.iter().any(|&x| x) {
            break;
        }
    }
    told.report(progress, MAX_ROUNDS, &[false; K], &rounds);
    std::array::from_fn(|k| p.iter().map(|x| x[k]).collect())
}

/// A node of [`pagerank`] as the edges reach it.
#[derive(Clone, Copy)]
struct Node<const K: usize> {
    /// Its rank per unit of outgoing weight.
    share: [f64; K],
    /// What it has gathered so far in the round.
    acc: [f64; K],
}

/// The weights of an edge in each of the graphs ranked together, with
/// the one operation of the inner loop written out lane by lane: at
/// `opt-level = "s"` a loop over the lanes is not unrolled, and they
/// would live in memory instead of registers.
pub(crate) trait Lanes: Copy {
    /// `self + q · w` in each lane (the product rounded, then the sum).
    fn add_product(self, q: Self, w: Self) -> Self;
}

impl Lanes for [f64; 1] {
    #[inline(always)]
    fn add_product(self, q: Self, w: Self) -> Self {
        let ([a], [q], [w]) = (self, q, w);
        [a + q * w]
    }
}

impl Lanes for [f64; 2] {
    #[inline(always)]
    fn add_product(self, q: Self, w: Self) -> Self {
        let ([a, b], [qa, qb], [wa, wb]) = (self, q, w);
        [a + qa * wa, b + qb * wb]
    }
}

/// The progress reports of [`pagerank`]: those of one graph after
/// another, as if each were ranked alone (every eighth round started,
/// then the end), though the graphs are ranked together.
#[derive(Default)]
struct Told {
    /// The graph whose reports are being given.
    graph: usize,
    /// How many of its rounds have been reported.
    rounds: usize,
}

impl Told {
    /// Reports what is due as `round` starts: the rounds started by the
    /// graph being told, and for each graph done, its end and the rounds
    /// of the next one.
    fn report<const K: usize>(
        &mut self,
        progress: &mut Reporter,
        round: usize,
        active: &[bool; K],
        rounds: &[usize; K],
    ) {
        while self.graph < K {
            let on = active.get(self.graph).copied().unwrap_or(false);
            let upto = if on {
                round + 1
            } else {
                rounds.get(self.graph).copied().unwrap_or(0)
            };
            for r in self.rounds..upto {
                if r % 8 == 0 {
                    progress.report("rank", r, MAX_ROUNDS);
                }
            }
            self.rounds = self.rounds.max(upto);
            if on {
                return;
            }
            progress.report("rank", MAX_ROUNDS, MAX_ROUNDS);
            self.graph += 1;
            self.rounds = 0;
        }
    }
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
        let weight: Vec<[f64; 1]> = pairs
            .iter()
            .map(|p| [f64::from(u8::from(p.a == 0))])
            .collect();
        let g = Graph::new(4, &pairs, &weight);
        assert_eq!(g.row(0), (&[1, 2, 3][..], &[[1.0], [1.0], [1.0]][..]));
        assert_eq!(g.row(2), (&[][..], &[][..]));
        let [p] = pagerank(&g, 0.85, &mut r);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        assert!(p[0] > p[1] && (p[1] - p[2]).abs() < 1e-9);
    }

    /// PageRank as it was written before edges were stored once: each
    /// node gathers over all its neighbours, in increasing order, from a
    /// graph of the positive weights only.
    fn gathered(
        n: usize,
        pairs: &[Pair],
        weight: &[f64],
        self_weight: &[f64],
        d: f64,
    ) -> (Vec<f64>, usize) {
        let mut adj: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
        for (p, &w) in pairs.iter().zip(weight) {
            if w > 0.0 {
                adj[p.a as usize].push((p.b as usize, w));
                adj[p.b as usize].push((p.a as usize, w));
            }
        }
        for row in &mut adj {
            row.sort_by_key(|&(x, _)| x);
        }
        let nf = n as f64;
        let out: Vec<f64> = (0..n)
            .map(|i| self_weight[i] + adj[i].iter().map(|&(_, w)| w).sum::<f64>())
            .collect();
        let mut p = vec![1.0 / nf; n];
        let mut rounds = 0;
        for _ in 0..MAX_ROUNDS {
            rounds += 1;
            let mut dangling = 0.0;
            for (&o, &pi) in out.iter().zip(&p) {
                if o <= 0.0 {
                    dangling += pi;
                }
            }
            let base = (1.0 - d) / nf + d * dangling / nf;
            let share: Vec<f64> = p
                .iter()
                .zip(&out)
                .map(|(&pi, &oi)| if oi > 0.0 { pi / oi } else { 0.0 })
                .collect();
            let next: Vec<f64> = (0..n)
                .map(|j| {
                    let mut sum = share[j] * self_weight[j];
                    for &(i, w) in &adj[j] {
                        sum += share[i] * w;
                    }
                    base + d * sum
                })
                .collect();
            let delta = p
                .iter()
                .zip(&next)
                .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
            p = next;
            if delta * nf < 1e-4 {
                break;
            }
        }
        (p, rounds)
    }

    #[test]
    fn ranks_every_graph_as_a_gather_does_to_the_last_bit() {
        // Reproducible graphs.
        let mut next = crate::test_draws(0x2545_f491_4f6c_dd1d);
        for case in 0..40 {
            let n = 1 + next() % 60;
            let w = 1 + next() % 12;
            let mut pairs = Vec::new();
            let mut weights = Vec::new();
            for a in 0..n {
                for b in a + 1..n.min(a + w + 1) {
                    if next() % 3 == 0 {
                        continue;
                    }
                    pairs.push(Pair {
                        a: a as u32,
                        b: b as u32,
                        shared: 1,
                        cosine: 0.0,
                    });
                    // Some weights 0 in one graph or the other, some
                    // dangling nodes.
                    let x = (next() % 1000) as f64 / 997.0;
                    let y = if next() % 4 == 0 {
                        0.0
                    } else {
                        (next() % 50) as f64 / 7.0
                    };
                    weights.push([x, y]);
                }
            }
            let self_weight: Vec<[f64; 2]> = (0..n)
                .map(|_| [(next() % 2) as f64, if case % 2 == 0 { 0.0 } else { 0.5 }])
                .collect();
            let mut g = Graph::new(n, &pairs, &weights);
            g.self_weight.clone_from(&self_weight);
            let mut reports = Vec::new();
            let mut log = |p: crate::Progress| reports.push((p.done, p.total));
            let both = pagerank(&g, 0.85, &mut Reporter::new(Some(&mut log)));
            let mut want_reports = Vec::new();
            for k in 0..2 {
                let wk: Vec<f64> = weights.iter().map(|x| x[k]).collect();
                let sk: Vec<f64> = self_weight.iter().map(|x| x[k]).collect();
                let (want, rounds) = gathered(n, &pairs, &wk, &sk, 0.85);
                let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&both[k]), bits(&want), "case {case}, graph {k}");
                // Alone, through a graph of one weight.
                let one: Vec<[f64; 1]> = wk.iter().map(|&x| [x]).collect();
                let mut g1 = Graph::new(n, &pairs, &one);
                g1.self_weight = sk.iter().map(|&x| [x]).collect();
                let [alone] = pagerank(&g1, 0.85, &mut Reporter::new(None));
                assert_eq!(bits(&alone), bits(&want), "case {case}, graph {k} alone");
                want_reports.extend((0..rounds).filter(|r| r % 8 == 0).map(|r| (r, MAX_ROUNDS)));
                want_reports.push((MAX_ROUNDS, MAX_ROUNDS));
            }
            assert_eq!(reports, want_reports, "case {case}");
        }
    }

    #[test]
    fn window_bounds_pairs() {
        assert_eq!(window(100), 100);
        let n = 40_000;
        assert!(n * window(n) <= PAIR_BUDGET + 8 * n);
    }
}
