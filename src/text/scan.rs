//! Byte scanning eight bytes at a time: the splitter, the input check and
//! the line scan pass over every byte of every text, and in most text
//! nearly every byte is one they have nothing to do with (an ASCII letter,
//! digit or space). These tests tell, for a word of eight bytes, whether
//! any byte might matter, with a few integer operations (plain `u64`
//! arithmetic, which wasm32 has natively), so the byte-by-byte work runs
//! only where something is.

/// `0x01` in every byte.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// `0x80` in every byte.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// True when some byte of `x` is below `n` (`n` at most 128). Exact for the
/// word as a whole (the classic "has less" test: a borrow only starts at a
/// byte below `n`).
#[inline]
pub(crate) const fn has_below(x: u64, n: u8) -> bool {
    x.wrapping_sub(ONES * n as u64) & !x & HIGHS != 0
}

/// True when some byte of `x` equals `b`.
#[inline]
pub(crate) const fn has_byte(x: u64, b: u8) -> bool {
    has_below(x ^ (ONES * b as u64), 1)
}

/// True when some byte of `x` is not ASCII.
#[inline]
pub(crate) const fn has_high(x: u64) -> bool {
    x & HIGHS != 0
}

/// The first position at or after `i` from which the eight bytes are not
/// all `plain` (or fewer than eight remain): the caller goes on byte by
/// byte from there. `plain` gets the eight bytes as a little-endian word and
/// must return `true` only when none of them matters to the caller.
#[inline]
pub(crate) fn skip_plain(bytes: &[u8], mut i: usize, plain: impl Fn(u64) -> bool) -> usize {
    while let Some(word) = bytes
        .get(i..i + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        if !plain(u64::from_le_bytes(word)) {
            break;
        }
        i += 8;
    }
    i
}

/// The position of the first `byte` at or after `from` in `bytes`, eight
/// bytes at a time.
pub(crate) fn find_byte(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    let mut i = from;
    loop {
        i = skip_plain(bytes, i, |x| !has_byte(x, byte));
        let window = bytes.get(i..)?;
        let window = window.get(..8).unwrap_or(window);
        if let Some(k) = window.iter().position(|&b| b == byte) {
            return Some(i + k);
        }
        if window.len() < 8 {
            return None;
        }
        i += 8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tests_agree_with_the_bytes() {
        let mut seed = 11u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed
        };
        let interesting = [
            0u8, 1, 0x0D, 0x0E, 0x1F, 0x20, 0x2E, 0x7F, 0x80, 0xC2, 0xE2, 0xFF,
        ];
        for _ in 0..200_000 {
            // Bytes drawn mostly from the edge values.
            let r = next();
            let bytes: [u8; 8] = std::array::from_fn(|k| {
                let v = (r >> (8 * k)) as u8;
                if v & 1 == 0 {
                    interesting[usize::from(v >> 1) % interesting.len()]
                } else {
                    v
                }
            });
            let x = u64::from_le_bytes(bytes);
            for n in [1u8, 0x0E, 0x20, 0x80] {
                assert_eq!(
                    has_below(x, n),
                    bytes.iter().any(|&b| b < n),
                    "{bytes:?} {n}"
                );
            }
            for b in interesting {
                assert_eq!(has_byte(x, b), bytes.contains(&b), "{bytes:?} {b}");
            }
            assert_eq!(has_high(x), bytes.iter().any(|&b| b >= 0x80));
        }
    }

    #[test]
    fn find_byte_finds_each_in_turn() {
        let text = b"a.b..c........d.................e.";
        let mut got = Vec::new();
        let mut from = 0;
        while let Some(k) = find_byte(text, from, b'.') {
            got.push(k);
            from = k + 1;
        }
        let want: Vec<usize> = (0..text.len()).filter(|&k| text[k] == b'.').collect();
        assert_eq!(got, want);
        assert_eq!(find_byte(text, 0, b'z'), None);
        assert_eq!(find_byte(text, 99, b'.'), None);
    }

    #[test]
    fn skip_plain_stops_at_the_first_word_that_matters() {
        let text = b"abcdefghijklmnopqrstuvwxyz.0123456789";
        let at = skip_plain(text, 0, |x| !has_byte(x, b'.'));
        assert_eq!(at, 24);
        assert_eq!(skip_plain(text, 3, |x| !has_byte(x, b'.')), 19);
        assert_eq!(skip_plain(b"short", 0, |_| true), 0);
        assert_eq!(skip_plain(text, 0, |_| true), 32);
    }
}
