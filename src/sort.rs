//! A small in-place sort for the values sorted outside the summarizer
//! (sentence starts, name cuts, detection's trigram index).
//!
//! The standard library's `sort_unstable` is faster on large inputs but
//! adds kilobytes of wasm for every element type (quicksort, heapsort and
//! sorting networks); these lists are short, or sorted once per instance.
//! For values with a total order (`Ord`), every correct sort gives the same
//! result, so this is a drop-in replacement.

/// Sorts `v` in increasing order: heapsort, O(n log n) on any input, no
/// allocation.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// True when `v[a] < v[b]` (false when either is out of range).
fn less<T: Ord>(v: &[T], a: usize, b: usize) -> bool {
    matches!((v.get(a), v.get(b)), (Some(x), Some(y)) if x < y)
}

/// Moves `v[root]` down the max-heap `v[..end]` to its place.
fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(v, child, child + 1) {
            child += 1;
        }
        if !less(v, root, child) {
            break;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let mut v: Vec<(u64, u8, u16)> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (
                        (seed >> 40) % 50,
                        (seed >> 8) as u8 % 4,
                        (seed >> 20) as u16,
                    )
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            sort(&mut v);
            assert_eq!(v, want, "{n}");
            let mut sorted: Vec<usize> = (0..n).collect();
            sort(&mut sorted);
            assert!(sorted.windows(2).all(|w| w[0] < w[1]));
            let mut reversed: Vec<usize> = (0..n).rev().collect();
            sort(&mut reversed);
            assert_eq!(reversed, sorted);
            let mut words: Vec<String> = v.iter().rev().map(|t| format!("{t:?}")).collect();
            let mut want = words.clone();
            want.sort_unstable();
            sort(&mut words);
            assert_eq!(words, want);
        }
    }
}
