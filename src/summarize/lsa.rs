//! LSA (Steinberger & Ježek 2004): sentence importance from a truncated
//! singular value decomposition of the term-by-sentence matrix.
//!
//! The matrix `A` (terms × candidate sentences) uses the weighting
//! Steinberger et al. (2007) found best: a binary local weight times the
//! entropy global weight `1 + Σⱼ pᵢⱼ log pᵢⱼ / log N`. With `A ≈ U Σ Vᵀ`,
//! sentence `j` scores `sqrt(Σₖ σₖ² vⱼₖ²)` over the kept dimensions: those
//! whose singular value is at least half the largest (at most [`MAX_DIMS`]).
//!
//! The SVD is computed here, without a linear-algebra crate: block power
//! (subspace) iteration on `AᵀA` with a fixed starting block, then a Jacobi
//! eigen-decomposition of the small projected matrix. Each round costs
//! O(nnz(A) · k), so the whole is linear in the text's length. When the
//! block is as wide as the number of sentences the result is exact.

use super::doc::Doc;
use super::progress::Reporter;

/// The most dimensions kept.
pub(crate) const MAX_DIMS: usize = 10;
/// Extra block columns that speed up convergence of the kept ones.
const OVERSAMPLE: usize = 6;
const ROUNDS: usize = 24;
/// Past this many candidate sentences the SVD is computed on this many,
/// evenly spaced, and every sentence is projected onto the result.
const SAMPLE: usize = 4096;

/// LSA scores of the candidates of `doc`.
pub(crate) fn scores(doc: &Doc, progress: &mut Reporter) -> Vec<f64> {
    let n = doc.n();
    if n == 0 {
        return Vec::new();
    }
    // Columns of A: (term, weight) per candidate.
    let tf = doc.candidate_tf();
    let log_n = (n as f64).ln();
    let mut entropy = vec![0.0f64; doc.n_terms];
    for &i in &doc.cands {
        for &(t, c) in doc.bag(i) {
            let g = f64::from(tf[t as usize].max(1));
            let p = f64::from(c) / g;
            entropy[t as usize] += p * p.ln();
        }
    }
    let global: Vec<f64> = entropy
        .iter()
        .map(|&e| if log_n > 0.0 { 1.0 + e / log_n } else { 1.0 })
        .collect();
    let cols: Vec<Vec<(u32, f64)>> = doc
        .cands
        .iter()
        .map(|&i| {
            doc.bag(i)
                .iter()
                .map(|&(t, _)| (t, global[t as usize]))
                .filter(|&(_, w)| w > 0.0)
                .collect()
        })
        .collect();

    let (sigma, v) = if cols.len() > SAMPLE {
        sampled_svd(&cols, doc.n_terms, progress)
    } else {
        truncated_svd(&cols, doc.n_terms, MAX_DIMS, progress)
    };
    let Some(&top) = sigma.first() else {
        return vec![0.0; n];
    };
    let keep = sigma
        .iter()
        .take_while(|&&s| s >= top / 2.0 && s > 0.0)
        .count()
        .max(1);
    (0..n)
        .map(|j| {
            (0..keep)
                .map(|k| {
                    let s = sigma[k];
                    let x = v[k].get(j).copied().unwrap_or(0.0);
                    s * s * x * x
                })
                .sum::<f64>()
                .sqrt()
        })
        .collect()
}

/// [`truncated_svd`] of [`SAMPLE`] evenly spaced columns, then every
/// column `j` projected onto the left singular vectors found:
/// `vⱼₖ = Aⱼᵀ uₖ / σₖ`, so that `σₖ² vⱼₖ²` is the square of column `j`'s
/// projection on `uₖ`, whatever the sample's scale. The SVD's cost is then
/// fixed and the projection is one pass over the matrix: linear in the
/// text, where the block iteration over millions of columns slowed down
/// per sentence as its dense n × k blocks outgrew the caches (1.0 to 1.7
/// s/MiB from 1 to 16 MiB of short paragraphs).
fn sampled_svd(
    cols: &[Vec<(u32, f64)>],
    m: usize,
    progress: &mut Reporter,
) -> (Vec<f64>, Vec<Vec<f64>>) {
    let n = cols.len();
    let sample: Vec<&Vec<(u32, f64)>> = (0..SAMPLE)
        .filter_map(|s| cols.get(s * n / SAMPLE))
        .collect();
    let owned: Vec<Vec<(u32, f64)>> = sample.iter().map(|c| (*c).clone()).collect();
    let (sigma, vs) = truncated_svd(&owned, m, MAX_DIMS, progress);
    let mut v = Vec::with_capacity(sigma.len());
    for (s, vk) in sigma.iter().zip(&vs) {
        if *s <= 0.0 {
            v.push(vec![0.0; n]);
            continue;
        }
        // uₖ = A_sample vₖ / σₖ.
        let mut u = vec![0.0f64; m];
        for (col, &x) in owned.iter().zip(vk) {
            for &(t, w) in col {
                if let Some(slot) = u.get_mut(t as usize) {
                    *slot += w * x / s;
                }
            }
        }
        v.push(
            cols.iter()
                .map(|col| {
                    col.iter()
                        .map(|&(t, w)| w * u.get(t as usize).copied().unwrap_or(0.0))
                        .sum::<f64>()
                        / s
                })
                .collect(),
        );
    }
    (sigma, v)
}

/// The top `dims` singular values of the sparse matrix whose columns are
/// `cols` (rows are `m` terms), largest first, with the matching right
/// singular vectors (`v[k][j]`).
pub(crate) fn truncated_svd(
    cols: &[Vec<(u32, f64)>],
    m: usize,
    dims: usize,
    progress: &mut Reporter,
) -> (Vec<f64>, Vec<Vec<f64>>) {
    let n = cols.len();
    let k = (dims + OVERSAMPLE).min(n).min(m.max(1));
    if k == 0 {
        return (Vec::new(), Vec::new());
    }
    // Starting block: a fixed pseudo-random n × k matrix (deterministic).
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut x: Vec<Vec<f64>> = (0..k)
        .map(|_| {
            (0..n)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5
                })
                .collect()
        })
        .collect();
    orthonormalize(&mut x);
    let rounds = if k == n { 1 } else { ROUNDS };
    let mut y = vec![vec![0.0; m]; k];
    for round in 0..rounds {
        progress.report("rank", round, rounds);
        multiply(cols, &x, &mut y);
        multiply_t(cols, &y, &mut x);
        orthonormalize(&mut x);
    }
    progress.report("rank", rounds, rounds);
    // Project: C = (A X)ᵀ (A X), k × k; its eigenpairs give σ² and the
    // rotation of X onto the right singular vectors.
    multiply(cols, &x, &mut y);
    let mut c = vec![vec![0.0; k]; k];
    for a in 0..k {
        for b in a..k {
            let s: f64 = y[a].iter().zip(&y[b]).map(|(p, q)| p * q).sum();
            c[a][b] = s;
            c[b][a] = s;
        }
    }
    let (values, vectors) = jacobi_eigen(c);
    let order = super::rank::order_by(&values);
    let mut sigma = Vec::with_capacity(dims);
    let mut v = Vec::with_capacity(dims);
    for &e in order.iter().take(dims) {
        sigma.push(values[e].max(0.0).sqrt());
        let col: Vec<f64> = (0..n)
            .map(|j| (0..k).map(|a| x[a][j] * vectors[a][e]).sum())
            .collect();
        v.push(col);
    }
    (sigma, v)
}

/// y = A x, for each of the k columns of the block.
fn multiply(cols: &[Vec<(u32, f64)>], x: &[Vec<f64>], y: &mut [Vec<f64>]) {
    for (xa, ya) in x.iter().zip(y.iter_mut()) {
        ya.iter_mut().for_each(|v| *v = 0.0);
        for (j, col) in cols.iter().enumerate() {
            let xj = xa[j];
            if xj != 0.0 {
                for &(t, w) in col {
                    if let Some(slot) = ya.get_mut(t as usize) {
                        *slot += w * xj;
                    }
                }
            }
        }
    }
}

/// x = Aᵀ y.
fn multiply_t(cols: &[Vec<(u32, f64)>], y: &[Vec<f64>], x: &mut [Vec<f64>]) {
    for (ya, xa) in y.iter().zip(x.iter_mut()) {
        for (j, col) in cols.iter().enumerate() {
            xa[j] = col
                .iter()
                .map(|&(t, w)| w * ya.get(t as usize).copied().unwrap_or(0.0))
                .sum();
        }
    }
}

/// Modified Gram-Schmidt on the block's columns; a column that collapses
/// to zero is left at zero.
fn orthonormalize(x: &mut [Vec<f64>]) {
    for a in 0..x.len() {
        for b in 0..a {
            let (done, rest) = x.split_at_mut(a);
            let d: f64 = done[b].iter().zip(rest[0].iter()).map(|(p, q)| p * q).sum();
            for (q, p) in rest[0].iter_mut().zip(done[b].iter()) {
                *q -= d * p;
            }
        }
        let norm = x[a].iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm > 1e-300 {
            x[a].iter_mut().for_each(|v| *v /= norm);
        } else {
            x[a].iter_mut().for_each(|v| *v = 0.0);
        }
    }
}

/// Eigenvalues and eigenvectors (columns: `vectors[row][k]`) of a small
/// symmetric matrix, by cyclic Jacobi rotations.
pub(crate) fn jacobi_eigen(mut a: Vec<Vec<f64>>) -> (Vec<f64>, Vec<Vec<f64>>) {
    let k = a.len();
    let mut v: Vec<Vec<f64>> = (0..k)
        .map(|i| (0..k).map(|j| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    for _sweep in 0..60 {
        let off: f64 = (0..k)
            .flat_map(|i| (0..k).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        let scale: f64 = (0..k).map(|i| a[i][i] * a[i][i]).sum::<f64>().max(1e-300);
        if off <= 1e-24 * scale {
            break;
        }
        for p in 0..k {
            for q in p + 1..k {
                let apq = a[p][q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q][q] - a[p][p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for row in a.iter_mut() {
                    let arp = row[p];
                    let arq = row[q];
                    row[p] = c * arp - s * arq;
                    row[q] = s * arp + c * arq;
                }
                let (upper, lower) = a.split_at_mut(q);
                for (x, y) in upper[p].iter_mut().zip(lower[0].iter_mut()) {
                    let apr = *x;
                    let aqr = *y;
                    *x = c * apr - s * aqr;
                    *y = s * apr + c * aqr;
                }
                for row in v.iter_mut() {
                    let vrp = row[p];
                    let vrq = row[q];
                    row[p] = c * vrp - s * vrq;
                    row[q] = s * vrp + c * vrq;
                }
            }
        }
    }
    ((0..k).map(|i| a[i][i]).collect(), v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svd_of_a_diagonal_matrix() {
        // Columns: sentence 0 has term 0 (weight 3), sentence 1 term 1 (weight 1),
        // sentence 2 term 2 (weight 2).
        let cols = vec![vec![(0, 3.0)], vec![(1, 1.0)], vec![(2, 2.0)]];
        let mut r = Reporter::new(None);
        let (sigma, v) = truncated_svd(&cols, 3, 3, &mut r);
        assert!(
            (sigma[0] - 3.0).abs() < 1e-9
                && (sigma[1] - 2.0).abs() < 1e-9
                && (sigma[2] - 1.0).abs() < 1e-9
        );
        assert!((v[0][0].abs() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn power_iteration_finds_the_top_values() {
        // 40 sentences over 30 terms with a known strong direction.
        let cols: Vec<Vec<(u32, f64)>> = (0..40u32)
            .map(|j| vec![(j % 30, 1.0), (((j * 7) % 30).max(1), 0.5)])
            .map(|mut c| {
                c.sort_by_key(|x| x.0);
                c.dedup_by_key(|x| x.0);
                c
            })
            .collect();
        let mut r = Reporter::new(None);
        let (sigma, _) = truncated_svd(&cols, 30, 3, &mut r);
        // Compare with the exact eigenvalues of AᵀA (40 × 40, Jacobi).
        let n = cols.len();
        let gram: Vec<Vec<f64>> = (0..n)
            .map(|a| {
                (0..n)
                    .map(|b| super::super::vectors::dot(&cols[a], &cols[b]))
                    .collect()
            })
            .collect();
        let (mut exact, _) = jacobi_eigen(gram);
        exact.sort_by(|a, b| b.total_cmp(a));
        for k in 0..3 {
            assert!(
                (sigma[k] - exact[k].sqrt()).abs() < 1e-3 * exact[0].sqrt(),
                "{sigma:?} vs {exact:?}"
            );
        }
    }

    #[test]
    fn a_sample_of_the_columns_gives_the_scores_of_the_whole() {
        // Columns drawn from a few topics: the sampled SVD finds the same
        // subspace, so each column's projection on it (its score) agrees.
        let n = SAMPLE * 3 + 17;
        let cols: Vec<Vec<(u32, f64)>> = (0..n)
            .map(|j| {
                let topic = (j * 7 % 5) as u32;
                vec![
                    (topic * 3, 1.0),
                    (topic * 3 + 1, 0.5),
                    ((j % 13) as u32 + 15, 0.25),
                ]
            })
            .collect();
        let score = |(sigma, v): (Vec<f64>, Vec<Vec<f64>>), j: usize| -> f64 {
            let top = sigma[0];
            let keep = sigma.iter().take_while(|&&s| s >= top / 2.0).count();
            (0..keep)
                .map(|k| (sigma[k] * v[k][j]).powi(2))
                .sum::<f64>()
                .sqrt()
        };
        let mut progress = Reporter::new(None);
        let full = truncated_svd(&cols, 30, MAX_DIMS, &mut progress);
        let sampled = sampled_svd(&cols, 30, &mut progress);
        let (full_top, sampled_top) = (score(full.clone(), 0), score(sampled.clone(), 0));
        for j in [0, 1, 2, 5, 100, n / 2, n - 1] {
            let a = score(full.clone(), j) / full_top;
            let b = score(sampled.clone(), j) / sampled_top;
            assert!((a - b).abs() < 0.02, "column {j}: {a} vs {b}");
        }
    }
}
