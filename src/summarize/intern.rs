//! Interning: small integer ids for byte strings.
//!
//! The summarizer's one lookup table. It maps words to ids, stems to ids
//! and sentences (as sequences of word ids) to ids; a single concrete type
//! keeps one copy of the hashing code in the wasm module where a `HashMap`
//! per key type would instantiate one each. Ids count up from 0 in order
//! of first insertion, so they never depend on hashing.

/// A list of byte strings stored end to end; string `id` is the `id`-th
/// pushed.
#[derive(Debug, Default)]
pub(crate) struct Strings {
    /// Where each string ends in `bytes` (it starts where the previous one
    /// ends).
    ends: Vec<u32>,
    bytes: Vec<u8>,
}

impl Strings {
    /// An empty list (no allocation).
    pub const fn new() -> Strings {
        Strings {
            ends: Vec::new(),
            bytes: Vec::new(),
        }
    }

    /// Number of strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Appends `s`; returns its id.
    pub fn push(&mut self, s: &[u8]) -> u32 {
        self.bytes.extend_from_slice(s);
        self.ends.push(self.bytes.len() as u32);
        self.ends.len() as u32 - 1
    }

    /// The string of `id` (empty for an unknown id).
    pub fn get(&self, id: u32) -> &[u8] {
        let i = id as usize;
        let end = self.ends.get(i).map_or(0, |&e| e as usize);
        let start = match i.checked_sub(1) {
            Some(p) => self.ends.get(p).map_or(0, |&e| e as usize),
            None => 0,
        };
        self.bytes.get(start..end).unwrap_or(&[])
    }

    /// The string of `id` as text (empty for an unknown id or bytes that
    /// are not UTF-8; callers push only text there).
    pub fn get_str(&self, id: u32) -> &str {
        std::str::from_utf8(self.get(id)).unwrap_or("")
    }
}

/// Byte strings and their ids.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    /// Open addressing with linear probing: `(id + 1, hash)` per slot,
    /// `id + 1 == 0` when empty. Its length is 0 or a power of two, at
    /// least twice `len()`.
    slots: Vec<(u32, u32)>,
    strings: Strings,
}

/// The multiply-rotate hash rustc uses (FxHash), over 8-byte words.
fn hash(key: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        h = (h.rotate_left(5) ^ crate::hash::le_u64(chunk)).wrapping_mul(SEED);
    }
    let mut tail = 0u64;
    for (k, &b) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(b) << (8 * k);
    }
    (h.rotate_left(5) ^ tail).wrapping_mul(SEED)
}

impl Interner {
    /// An empty interner (no allocation).
    pub const fn new() -> Interner {
        Interner {
            slots: Vec::new(),
            strings: Strings::new(),
        }
    }

    /// Number of distinct strings.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// The string of `id` (empty for an unknown id).
    pub fn get(&self, id: u32) -> &[u8] {
        self.strings.get(id)
    }

    /// The id of `key`, and whether it was new.
    pub fn intern(&mut self, key: &[u8]) -> (u32, bool) {
        if self.len() * 2 >= self.slots.len() {
            self.grow();
        }
        let h = hash(key);
        let tag = (h >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut at = h as usize & mask;
        while let Some(&(slot, slot_tag)) = self.slots.get(at) {
            if slot == 0 {
                break;
            }
            if slot_tag == tag && self.get(slot - 1) == key {
                return (slot - 1, false);
            }
            at = (at + 1) & mask;
        }
        let id = self.strings.push(key);
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = (id + 1, tag);
        }
        (id, true)
    }

    /// Doubles the table and re-inserts every id.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let mask = size - 1;
        let mut slots = vec![(0u32, 0u32); size];
        for &(slot, tag) in &self.slots {
            if slot == 0 {
                continue;
            }
            let mut at = hash(self.get(slot - 1)) as usize & mask;
            while slots.get(at).is_some_and(|&(s, _)| s != 0) {
                at = (at + 1) & mask;
            }
            if let Some(s) = slots.get_mut(at) {
                *s = (slot, tag);
            }
        }
        self.slots = slots;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_by_first_occurrence() {
        let mut t = Interner::new();
        let words = ["the", "storm", "", "the", "coast", "storm"];
        let ids: Vec<(u32, bool)> = words.iter().map(|w| t.intern(w.as_bytes())).collect();
        assert_eq!(
            ids,
            [
                (0, true),
                (1, true),
                (2, true),
                (0, false),
                (3, true),
                (1, false)
            ]
        );
        assert_eq!(t.get(3), b"coast");
        assert_eq!(t.get(2), b"");
        assert_eq!(t.get(9), b"");
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn survives_growth() {
        let mut t = Interner::new();
        for i in 0..5000u32 {
            assert_eq!(t.intern(i.to_string().as_bytes()), (i, true));
        }
        for i in 0..5000u32 {
            assert_eq!(t.intern(i.to_string().as_bytes()), (i, false));
            assert_eq!(t.get(i), i.to_string().as_bytes());
        }
    }
}
