//! The one hash table of lede: an interner that numbers distinct byte
//! strings 0, 1, 2, ... in order of first insertion. Callers keep what they
//! know about a key in a `Vec` indexed by its number, so every map of
//! entities, keyphrases and the summarizer (words, stems, sentences as
//! sequences of word ids) is the same small piece of code: one
//! instantiation in the wasm module, no per-key allocation (the keys live
//! in one buffer), and numbers that never depend on hashing.

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The first eight bytes of `bytes` as a little-endian word (0 when there
/// are fewer). One load in wasm, where `copy_from_slice` into an array
/// stays an out-of-line call at `opt-level = "s"`.
#[inline]
pub(crate) fn le_u64(bytes: &[u8]) -> u64 {
    bytes
        .first_chunk::<8>()
        .map_or(0, |w| u64::from_le_bytes(*w))
}

/// Hash of a byte string (the "Fx" multiply-rotate hash over 8-byte words;
/// the last 1 to 7 bytes are read as at most two overlapping loads, not
/// byte by byte: most keys are words shorter than 8 bytes).
pub(crate) fn hash(bytes: &[u8]) -> u32 {
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        h = (h.rotate_left(5) ^ le_u64(chunk)).wrapping_mul(SEED);
    }
    let rest = chunks.remainder();
    let tail = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        (Some(a), Some(b)) => {
            u64::from(u32::from_le_bytes(*a)) | u64::from(u32::from_le_bytes(*b)) << 32
        }
        _ => {
            // 0 to 3 bytes: the first, the middle and the last.
            let at = |k: usize| u64::from(rest.get(k).copied().unwrap_or(0));
            let n = rest.len();
            at(0) | at(n / 2) << 8 | at(n.wrapping_sub(1)) << 16
        }
    };
    h = (h.rotate_left(5) ^ tail).wrapping_mul(SEED);
    // The high half is the well-mixed one.
    (h >> 32) as u32
}

/// Where string number `id` is in a buffer of strings stored end to end,
/// given the end of each (a string starts where the previous one ends; an
/// unknown number gives an empty range).
pub(crate) fn nth(ends: &[u32], id: u32) -> std::ops::Range<usize> {
    let k = id as usize;
    let start = match k.checked_sub(1) {
        Some(p) => ends.get(p).copied().unwrap_or(0),
        None => 0,
    } as usize;
    let end = ends.get(k).map_or(start, |&e| e as usize);
    start..end
}

/// A list of byte strings stored end to end; string `id` is the `id`-th
/// pushed.
#[derive(Debug, Default, Clone)]
pub(crate) struct Strings {
    /// The strings, one after another.
    bytes: Vec<u8>,
    /// End of each string in `bytes` (a string starts where the previous ends).
    ends: Vec<u32>,
}

impl Strings {
    /// An empty list (no allocation).
    pub(crate) const fn new() -> Strings {
        Strings {
            bytes: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// The number of strings.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Appends `s`; returns its number.
    pub(crate) fn push(&mut self, s: &[u8]) -> u32 {
        self.bytes.extend_from_slice(s);
        self.ends.push(self.bytes.len() as u32);
        self.ends.len() as u32 - 1
    }

    /// String number `id` (empty for an unknown number).
    pub(crate) fn get(&self, id: u32) -> &[u8] {
        self.bytes.get(nth(&self.ends, id)).unwrap_or(&[])
    }

    /// String number `id` as text (empty for an unknown number or bytes
    /// that are not UTF-8; callers push only text there).
    #[cfg(test)]
    pub(crate) fn get_str(&self, id: u32) -> &str {
        std::str::from_utf8(self.get(id)).unwrap_or("")
    }
}

/// Distinct byte strings, numbered in order of first insertion.
#[derive(Debug, Default, Clone)]
pub(crate) struct Interner {
    keys: Strings,
    /// Open addressing, linear probing: 0 is empty, else the key's hash in
    /// the high half and its number + 1 in the low half, so that a probe
    /// reads one slot, not the slot and a separate array of hashes.
    slots: Vec<u64>,
}

impl Interner {
    /// An empty interner (no allocation; it can be a `static`'s value).
    pub(crate) const fn new() -> Interner {
        Interner {
            keys: Strings::new(),
            slots: Vec::new(),
        }
    }

    /// An interner with room for about `n` keys before it grows.
    pub(crate) fn with_capacity(n: usize) -> Interner {
        let mut i = Interner::new();
        i.keys.bytes.reserve(n * 8);
        i.keys.ends.reserve(n);
        i.slots = vec![0; (n * 2).next_power_of_two().max(16)];
        i
    }

    /// The number of keys.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// Key number `id` (empty for an unknown number).
    pub(crate) fn key(&self, id: u32) -> &[u8] {
        self.keys.get(id)
    }

    /// Key number `id`, for keys inserted as text.
    #[cfg(test)]
    pub(crate) fn text(&self, id: u32) -> &str {
        self.keys.get_str(id)
    }

    /// The slot of `key` (of hash `h`): `Ok` with its number when present,
    /// `Err` with the empty slot where it would go.
    fn find(&self, key: &[u8], h: u32) -> Result<u32, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut s = h as usize & mask;
        loop {
            match self.slots.get(s) {
                Some(&0) | None => return Err(s),
                Some(&slot) => {
                    let id = (slot as u32).wrapping_sub(1);
                    if (slot >> 32) as u32 == h && self.key(id) == key {
                        return Ok(id);
                    }
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// The number of `key`, if present.
    pub(crate) fn get(&self, key: &[u8]) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.find(key, hash(key)).ok()
    }

    /// The number of `key`, inserting it when absent.
    pub(crate) fn intern(&mut self, key: &[u8]) -> u32 {
        self.insert(key).0
    }

    /// The number of `key`, and whether it was new (inserted now).
    pub(crate) fn insert(&mut self, key: &[u8]) -> (u32, bool) {
        if (self.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = hash(key);
        match self.find(key, h) {
            Ok(id) => (id, false),
            Err(slot) => {
                let id = self.keys.push(key);
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = u64::from(h) << 32 | u64::from(id + 1);
                }
                (id, true)
            }
        }
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        let mask = size - 1;
        for slot in old.into_iter().filter(|&x| x != 0) {
            let mut s = (slot >> 32) as usize & mask;
            while self.slots.get(s).is_some_and(|&x| x != 0) {
                s = (s + 1) & mask;
            }
            if let Some(x) = self.slots.get_mut(s) {
                *x = slot;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keys_in_order_and_grows() {
        let mut i = Interner::default();
        assert_eq!(i.get(b"a"), None);
        let words: Vec<String> = (0..1000).map(|k| format!("w{k}")).collect();
        for (k, w) in words.iter().enumerate() {
            assert_eq!(i.intern(w.as_bytes()), k as u32);
        }
        for (k, w) in words.iter().enumerate() {
            assert_eq!(i.intern(w.as_bytes()), k as u32);
            assert_eq!(i.get(w.as_bytes()), Some(k as u32));
            assert_eq!(i.text(k as u32), w);
        }
        assert_eq!(i.get(b""), None);
        assert_eq!(i.intern(b""), 1000);
        assert_eq!(i.get(b""), Some(1000));
        assert_eq!(i.len(), 1001);
        assert_eq!(i.insert(b"w7"), (7, false));
        assert_eq!(i.insert(b"new"), (1001, true));
        assert_eq!(i.key(5000), b"");
    }

    #[test]
    fn strings_keep_order_and_empty_strings() {
        let mut s = Strings::new();
        assert_eq!(s.push(b"storm"), 0);
        assert_eq!(s.push(b""), 1);
        assert_eq!(s.push("café".as_bytes()), 2);
        assert_eq!(
            (s.get(0), s.get(1), s.get_str(2), s.get(3)),
            (&b"storm"[..], &b""[..], "café", &b""[..])
        );
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn a_static_interner_needs_no_allocation() {
        static EMPTY: Interner = Interner::new();
        assert_eq!((EMPTY.len(), EMPTY.get(b"x")), (0, None));
    }
}
