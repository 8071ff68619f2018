//! Sparse term vectors and the similarities between sentences.

use super::doc::Doc;

/// A sparse vector: (term, weight) pairs sorted by term.
pub(crate) type Sparse = Vec<(u32, f64)>;

/// Inverse document frequencies over the candidate sentences,
/// `ln(1 + N / df)`: never zero, so a term found everywhere still counts a
/// little.
pub(crate) fn idf(doc: &Doc) -> Vec<f64> {
    let n = doc.n().max(1) as f64;
    doc.candidate_df()
        .iter()
        .map(|&df| {
            if df == 0 {
                0.0
            } else {
                (1.0 + n / f64::from(df)).ln()
            }
        })
        .collect()
}

/// The tf-idf vector of sentence `i`, scaled to unit length (empty when the
/// sentence has no content terms).
pub(crate) fn tfidf(doc: &Doc, i: usize, idf: &[f64]) -> Sparse {
    let mut v: Sparse = doc
        .bag(i)
        .iter()
        .map(|&(t, c)| {
            (
                t,
                f64::from(c) * idf.get(t as usize).copied().unwrap_or(0.0),
            )
        })
        .collect();
    normalize(&mut v);
    v
}

/// Scales `v` to unit length (leaves a zero vector alone).
pub(crate) fn normalize(v: &mut Sparse) {
    let norm = v.iter().map(|&(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= norm;
        }
    }
}

/// Dot product of two sparse vectors (a merge of the sorted lists).
pub(crate) fn dot(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while let (Some(&(ta, wa)), Some(&(tb, wb))) = (a.get(i), b.get(j)) {
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += wa * wb;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Number of distinct terms two bags share.
pub(crate) fn common_terms(a: &[(u32, u32)], b: &[(u32, u32)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(&(ta, _)), Some(&(tb, _))) = (a.get(i), b.get(j)) {
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The share of `terms` (sorted, distinct) found in bag `b`.
pub(crate) fn overlap(terms: &[u32], b: &[(u32, u32)]) -> f64 {
    if terms.is_empty() {
        return 0.0;
    }
    let hits = terms
        .iter()
        .filter(|t| b.binary_search_by_key(*t, |&(x, _)| x).is_ok())
        .count();
    hits as f64 / terms.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_dot_and_overlap() {
        let a = vec![(1, 0.6), (3, 0.8)];
        let b = vec![(0, 1.0), (3, 1.0)];
        assert!((dot(&a, &b) - 0.8).abs() < 1e-12);
        assert_eq!(common_terms(&[(1, 2), (4, 1)], &[(4, 3), (9, 1)]), 1);
        assert!((overlap(&[1, 2], &[(2, 5)]) - 0.5).abs() < 1e-12);
        let mut v = vec![(0, 3.0), (1, 4.0)];
        normalize(&mut v);
        assert!((v[1].1 - 0.8).abs() < 1e-12);
    }
}
