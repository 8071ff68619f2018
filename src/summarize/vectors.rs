//! Sparse term vectors and the similarities between sentences.

use super::doc::Doc;

/// The unit-length tf-idf vectors of a document's candidates, stored end
/// to end: (term, weight) pairs sorted by term.
pub(crate) struct Vectors {
    start: Vec<u32>,
    entries: Vec<(u32, f64)>,
}

impl Vectors {
    /// The tf-idf vector of every candidate of `doc` (count × idf, scaled to
    /// unit length; empty when the sentence has no content terms).
    pub fn new(doc: &Doc) -> Vectors {
        let idf = idf(doc);
        let mut start = Vec::with_capacity(doc.n() + 1);
        let mut entries = Vec::new();
        start.push(0);
        for &i in &doc.cands {
            let first = entries.len();
            entries.extend(doc.bag(i).iter().map(|&(t, c)| {
                (
                    t,
                    f64::from(c) * idf.get(t as usize).copied().unwrap_or(0.0),
                )
            }));
            if let Some(v) = entries.get_mut(first..) {
                normalize(v);
            }
            start.push(entries.len() as u32);
        }
        Vectors { start, entries }
    }

    /// Number of vectors.
    pub fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }

    /// One more than the largest term id in any vector (0 when all are
    /// empty).
    pub fn terms(&self) -> usize {
        self.entries
            .iter()
            .map(|&(t, _)| t as usize + 1)
            .max()
            .unwrap_or(0)
    }

    /// The vector of candidate `c` (empty past the end).
    pub fn get(&self, c: usize) -> &[(u32, f64)] {
        let (Some(&a), Some(&b)) = (self.start.get(c), self.start.get(c + 1)) else {
            return &[];
        };
        self.entries.get(a as usize..b as usize).unwrap_or(&[])
    }
}

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

/// Scales `v` to unit length (leaves a zero vector alone).
pub(crate) fn normalize(v: &mut [(u32, f64)]) {
    let norm = v.iter().map(|&(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= norm;
        }
    }
}

/// The number of terms two sparse vectors share and their dot product, in
/// one merge of the sorted lists.
pub(crate) fn shared_and_dot(a: &[(u32, f64)], b: &[(u32, f64)]) -> (u32, f64) {
    let (mut i, mut j, mut shared, mut sum) = (0, 0, 0, 0.0);
    while let (Some(&(ta, wa)), Some(&(tb, wb))) = (a.get(i), b.get(j)) {
        if ta < tb {
            i += 1;
        } else if ta > tb {
            j += 1;
        } else {
            shared += 1;
            sum += wa * wb;
            i += 1;
            j += 1;
        }
    }
    (shared, sum)
}

/// Dot product of two sparse vectors.
pub(crate) fn dot(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    shared_and_dot(a, b).1
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
        assert_eq!(
            shared_and_dot(&[(1, 2.0), (4, 1.0)], &[(4, 3.0), (9, 1.0)]),
            (1, 3.0)
        );
        assert!((overlap(&[1, 2], &[(2, 5)]) - 0.5).abs() < 1e-12);
        let mut v = vec![(0, 3.0), (1, 4.0)];
        normalize(&mut v);
        assert!((v[1].1 - 0.8).abs() < 1e-12);
    }
}
