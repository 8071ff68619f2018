//! What every algorithm hands back, the length budget, and greedy
//! selection shared by the algorithms that pick sentences one at a time.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::doc::Doc;
use super::options::Length;

/// The most sentences a greedy algorithm picks one by one; past it, the
/// remaining candidates are ranked by their last computed gain. Reached
/// only with huge budgets on huge texts.
pub(crate) const MAX_GREEDY: usize = 1000;

/// An algorithm's verdict on the candidates (indexed by candidate, not by
/// sentence).
pub(crate) struct Ranking {
    /// Candidates best first; every candidate appears once.
    pub order: Vec<usize>,
    /// Raw score per candidate (any scale; higher is better).
    pub raw: Vec<f64>,
    /// Per-candidate contributions that add up to `raw`.
    pub features: Vec<Vec<(&'static str, f64)>>,
}

impl Ranking {
    /// Ranks by score (ties: earlier sentence first), with the score as
    /// the only feature.
    pub fn from_scores(raw: Vec<f64>, feature: &'static str) -> Ranking {
        let features = raw.iter().map(|&s| vec![(feature, s)]).collect();
        Ranking::from_features(raw, features)
    }

    /// Ranks by score with the given per-candidate features.
    pub fn from_features(raw: Vec<f64>, features: Vec<Vec<(&'static str, f64)>>) -> Ranking {
        let order = order_by(&raw);
        Ranking {
            order,
            raw,
            features,
        }
    }
}

/// Candidate indices by decreasing score, earlier first on ties.
pub(crate) fn order_by(raw: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..raw.len()).collect();
    sort_by_score(&mut order, raw);
    order
}

/// Sorts candidate indices by decreasing `score` (earlier first on ties).
///
/// Each index is sorted as one integer key that orders as the score in
/// `total_cmp`'s order, reversed, then the index: the order of comparing
/// the scores, but a comparison is one integer `<` instead of two score
/// lookups and a `total_cmp` (this sorts every candidate of a long text).
pub(crate) fn sort_by_score(items: &mut [usize], score: &[f64]) {
    let key = |c: usize| score.get(c).copied().unwrap_or(f64::NEG_INFINITY);
    let mut keys: Vec<u128> = items
        .iter()
        .map(|&c| u128::from(!total_order_bits(key(c))) << 64 | c as u128)
        .collect();
    heapsort(&mut keys, |a, b| a < b);
    for (item, k) in items.iter_mut().zip(&keys) {
        *item = *k as u64 as usize;
    }
}

/// `x`'s bits as an unsigned integer that orders as `f64::total_cmp`
/// orders the floats: negative numbers (sign bit set) have every bit
/// flipped, the others only the sign bit.
fn total_order_bits(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | 1 << 63
    }
}

/// Indices of `spans` in increasing order, earlier first on ties (as a
/// stable sort would put them).
pub(crate) fn order_by_span(spans: &[(usize, usize)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    let key = |i: usize| spans.get(i).copied().unwrap_or((usize::MAX, usize::MAX));
    heapsort(&mut order, |a, b| {
        key(a).cmp(&key(b)).then(a.cmp(&b)) == Ordering::Less
    });
    order
}

/// Sorts term or word ids in increasing order.
pub(crate) fn sort_u32(items: &mut [u32]) {
    heapsort(items, |a, b| a < b);
}

/// Heapsort by `less`. The summarizer's two sorts go through here: the
/// standard library's sorts are faster on large inputs but instantiate
/// kilobytes of wasm for every element type and comparison closure, and
/// the summarizer sorts only sentence indices and short lists of ids.
/// O(n log n) on any input, no allocation.
fn heapsort<T: Copy>(v: &mut [T], less: impl Fn(T, T) -> bool) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n, &less);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &less);
    }
}

/// Moves `v[root]` down the max-heap `v[..end]` (by `less`) to its place.
fn sift_down<T: Copy>(v: &mut [T], mut root: usize, end: usize, less: &impl Fn(T, T) -> bool) {
    loop {
        let mut child = 2 * root + 1;
        let Some(&left) = v.get(child).filter(|_| child < end) else {
            break;
        };
        let mut big = left;
        if let Some(&right) = v.get(child + 1).filter(|_| child + 1 < end) {
            if less(left, right) {
                child += 1;
                big = right;
            }
        }
        match v.get(root) {
            Some(&r) if less(r, big) => v.swap(root, child),
            _ => break,
        }
        root = child;
    }
}

/// The indices of `score` in [`order_by`]'s order (best first, earlier
/// first on ties), made lazily from a heap: O(n) before the first, O(log n)
/// for each next one. For callers that stop after a few of many.
pub(crate) fn best_first(score: &[f64]) -> impl Iterator<Item = usize> + '_ {
    let key = |c: usize| score.get(c).copied().unwrap_or(f64::NEG_INFINITY);
    // `worse(a, b)`: a comes after b. The heap's root is the best left.
    let worse =
        move |a: usize, b: usize| key(a).total_cmp(&key(b)).then(b.cmp(&a)) == Ordering::Less;
    let mut heap: Vec<usize> = (0..score.len()).collect();
    let n = heap.len();
    for i in (0..n / 2).rev() {
        sift_down(&mut heap, i, n, &worse);
    }
    let mut end = n;
    std::iter::from_fn(move || {
        end = end.checked_sub(1)?;
        heap.swap(0, end);
        sift_down(&mut heap, 0, end, &worse);
        heap.get(end).copied()
    })
}

/// A number for an error message, without pulling float formatting into
/// the wasm module: integers as such, others to three decimals.
pub(crate) fn show_number(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else if x.fract() == 0.0 && x.abs() <= 9_007_199_254_740_992.0 {
        // Every whole number up to 2^53 is exact in an f64: write it whole.
        (x as i64).to_string()
    } else if x.abs() >= 1e15 || x.abs() < 0.001 {
        // Far from 1 (and 0 is whole, so not here): 4 significant digits
        // and an exponent, as JavaScript writes 1e300 or 5e-324.
        let sign = if x < 0.0 { "-" } else { "" };
        let mut exp = x.abs().log10().floor() as i32;
        let mut digits = (x.abs() / 10f64.powi(exp) * 1000.0).round() as u64;
        if digits >= 10_000 {
            digits /= 10;
            exp += 1;
        }
        format!("{sign}{}e{exp}", decimals(digits))
    } else {
        let sign = if x < 0.0 { "-" } else { "" };
        format!("{sign}{}", decimals((x.abs() * 1000.0).round() as u64))
    }
}

/// `milli / 1000` with up to three decimals and no trailing zeros (nor a
/// trailing point).
fn decimals(milli: u64) -> String {
    let frac = format!("{:03}", milli % 1000);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        (milli / 1000).to_string()
    } else {
        format!("{}.{frac}", milli / 1000)
    }
}

/// The length of summary asked for, resolved against a document.
#[derive(Debug, Clone)]
pub(crate) struct Budget {
    kind: Limit,
    used: usize,
    count: usize,
}

#[derive(Debug, Clone, Copy)]
enum Limit {
    Sentences(usize),
    Words(usize),
    Chars(usize),
}

/// Default number of sentences: 3, fewer for very short texts (1 up to 3
/// candidates, 2 up to 6).
pub(crate) fn auto_sentences(candidates: usize) -> usize {
    match candidates {
        0..=3 => 1,
        4..=6 => 2,
        _ => 3,
    }
}

impl Budget {
    pub fn new(length: Length, candidates: usize) -> Budget {
        let kind = match length {
            Length::Auto => Limit::Sentences(auto_sentences(candidates)),
            Length::Sentences(n) => Limit::Sentences(n),
            Length::Ratio(r) => Limit::Sentences(((r * candidates as f64).round() as usize).max(1)),
            Length::Words(w) => Limit::Words(w),
            Length::Chars(c) => Limit::Chars(c),
        };
        Budget {
            kind,
            used: 0,
            count: 0,
        }
    }

    fn cost(&self, doc: &Doc, c: usize) -> usize {
        let i = doc.sent(c);
        match self.kind {
            Limit::Sentences(_) => 1,
            Limit::Words(_) => doc.words.get(i).copied().unwrap_or(0) as usize,
            // Sentences are joined by one space.
            Limit::Chars(_) => doc.sentence(i).chars().count() + usize::from(self.count > 0),
        }
    }

    fn limit(&self) -> usize {
        match self.kind {
            Limit::Sentences(n) | Limit::Words(n) | Limit::Chars(n) => n,
        }
    }

    /// True when candidate `c` still fits.
    pub fn fits(&self, doc: &Doc, c: usize) -> bool {
        self.used.saturating_add(self.cost(doc, c)) <= self.limit()
    }

    /// Takes candidate `c` (call only when it [`fits`](Budget::fits)).
    pub fn add(&mut self, doc: &Doc, c: usize) {
        self.used = self.used.saturating_add(self.cost(doc, c));
        self.count += 1;
    }

    /// True when nothing more can be taken.
    pub fn full(&self) -> bool {
        self.used >= self.limit()
    }

    /// True when not even the cheapest candidate of `doc` fits any more.
    pub fn exhausted(&self, doc: &Doc) -> bool {
        if self.full() {
            return true;
        }
        if let Limit::Sentences(_) = self.kind {
            return false;
        }
        let cheapest = (0..doc.n()).map(|c| self.cost(doc, c)).min().unwrap_or(0);
        self.used.saturating_add(cheapest) > self.limit()
    }
}

/// A heap entry: a gain computed when `version` sentences had been picked.
struct Entry {
    gain: f64,
    c: usize,
    version: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.gain.total_cmp(&other.gain).then(other.c.cmp(&self.c))
    }
}

/// Greedy selection for the algorithms that pick one sentence at a time
/// (SumBasic, KL-Sum, the default's MMR).
///
/// `gain(state, c)` is the value of adding candidate `c` now; `commit`
/// updates `state` after a pick and names the candidate whose gain it
/// raised, if any. With `lazy`, gains are re-evaluated only when a stale
/// one reaches the top of a heap (Minoux's accelerated greedy), and the
/// one `commit` names at once: exact when gains can only shrink as the
/// summary grows (MMR, SumBasic) but for the one named, a standard
/// approximation otherwise. Without it every
/// remaining candidate is re-evaluated after each pick.
///
/// Picks until the budget is full or [`MAX_GREEDY`] picks; the rest follow
/// by their last gain. Returns the order and the gain of each candidate
/// (at its pick, or its last evaluation).
pub(crate) fn greedy<S>(
    doc: &Doc,
    length: Length,
    lazy: bool,
    state: &mut S,
    gain: impl Fn(&S, usize) -> f64,
    mut commit: impl FnMut(&mut S, usize) -> Option<usize>,
) -> (Vec<usize>, Vec<f64>) {
    let n = doc.n();
    let mut budget = Budget::new(length, n);
    let mut gains: Vec<f64> = (0..n).map(|c| gain(state, c)).collect();
    let mut picked = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut heap: BinaryHeap<Entry> = if lazy {
        gains
            .iter()
            .enumerate()
            .map(|(c, &g)| Entry {
                gain: g,
                c,
                version: 0,
            })
            .collect()
    } else {
        BinaryHeap::new()
    };
    let mut misses = 0;
    while order.len() < n && order.len() < MAX_GREEDY && !budget.full() && misses < 32 {
        let best = if lazy {
            let mut best = None;
            while let Some(top) = heap.pop() {
                // A candidate whose gain rose has an older entry too.
                if picked.get(top.c).copied().unwrap_or(true) {
                    continue;
                }
                if top.version == order.len() {
                    best = Some(top.c);
                    break;
                }
                let g = gain(state, top.c);
                gains[top.c] = g;
                heap.push(Entry {
                    gain: g,
                    c: top.c,
                    version: order.len(),
                });
            }
            best
        } else {
            if !order.is_empty() {
                for c in (0..n).filter(|&c| !picked[c]) {
                    gains[c] = gain(state, c);
                }
            }
            (0..n)
                .filter(|&c| !picked[c])
                .max_by(|&a, &b| gains[a].total_cmp(&gains[b]).then(b.cmp(&a)))
        };
        let Some(c) = best else { break };
        picked[c] = true;
        order.push(c);
        if budget.fits(doc, c) {
            budget.add(doc, c);
            misses = 0;
            if budget.exhausted(doc) {
                commit(state, c);
                break;
            }
        } else {
            misses += 1;
        }
        if let Some(r) = commit(state, c).filter(|&r| lazy && r < n && !picked[r]) {
            let g = gain(state, r);
            gains[r] = g;
            heap.push(Entry {
                gain: g,
                c: r,
                version: order.len(),
            });
        }
    }
    let mut rest: Vec<usize> = (0..n).filter(|&c| !picked[c]).collect();
    for &c in &rest {
        gains[c] = gain(state, c);
    }
    sort_by_score(&mut rest, &gains);
    order.extend(rest);
    (order, gains)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pick that raises the next candidate's gain (as the default's
    /// leaning sentences get after the one they lean on): the lazy greedy
    /// picks what the eager one does.
    #[test]
    fn greedy_sees_a_gain_that_rose() {
        use crate::lang::Lang;
        use crate::summarize::progress::Reporter;
        let text = "Alpha one came first today. Beta two came second today. \
            Gamma three came third today. Delta four came last today. \
            Epsilon five came too late today.";
        let mut r = Reporter::new(None);
        let doc = Doc::new(text, Lang::En, &mut r);
        let n = doc.n();
        assert_eq!(n, 5);
        // Candidate 1 is worth little until candidate 0 is picked, then most.
        let base = [1.0, 0.1, 0.6, 0.5, 0.4];
        let run = |lazy: bool| {
            let mut lifted = vec![false; n];
            let gain = |l: &Vec<bool>, c: usize| if l[c] { 0.9 } else { base[c] };
            let commit = |l: &mut Vec<bool>, c: usize| {
                (c == 0).then(|| {
                    l[1] = true;
                    1
                })
            };
            greedy(&doc, Length::Sentences(2), lazy, &mut lifted, gain, commit).0
        };
        assert_eq!(run(true)[..2], [0, 1]);
        assert_eq!(run(false)[..2], [0, 1]);
    }

    #[test]
    fn best_first_gives_order_by_order_lazily() {
        let mut seed = 11u64;
        for n in [0usize, 1, 2, 5, 64, 999] {
            // Few distinct scores, so ties are common; NaN-free.
            let score: Vec<f64> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 40) % 7) as f64 * 0.5
                })
                .collect();
            let lazy: Vec<usize> = best_first(&score).collect();
            assert_eq!(lazy, order_by(&score), "n = {n}");
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
            assert_eq!(lazy, expected, "n = {n}");
        }
    }

    #[test]
    fn total_order_bits_order_as_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -1.0,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            0.5,
            1.0,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    total_order_bits(a).cmp(&total_order_bits(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn sorts_agree_with_the_standard_library() {
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 3, 10, 100, 1000] {
            let mut ids: Vec<u32> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    (seed >> 40) as u32 % 50
                })
                .collect();
            let scores: Vec<f64> = ids.iter().map(|&x| f64::from(x % 7)).collect();
            let mut want = ids.clone();
            want.sort_unstable();
            sort_u32(&mut ids);
            assert_eq!(ids, want);
            let mut order: Vec<usize> = (0..n).collect();
            sort_by_score(&mut order, &scores);
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
            assert_eq!(order, want);
        }
    }
}
