//! Generated word lists. Each file names its source and licence and the
//! script in `scripts/tables/` that made it.

mod common_words;
mod given_names;
mod groups;
mod places;
mod stopwords_en;
mod surnames;

pub(crate) use common_words::COMMON_WORDS;
pub(crate) use given_names::GIVEN_NAMES;
pub(crate) use groups::GROUPS;
pub(crate) use places::PLACES;
pub(crate) use stopwords_en::STOPWORDS_EN;
pub(crate) use surnames::SURNAMES;

/// Looks `key` up in a packed table: sorted lines of `name` or
/// `name<TAB>data`. Returns the line's data (`""` when it has none).
///
/// A binary search over the bytes of the table: no index, no start-up cost.
pub(crate) fn lookup<'t>(table: &'t str, key: &str) -> Option<&'t str> {
    let bytes = table.as_bytes();
    let (mut lo, mut hi) = (0usize, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
            .max(lo);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        let line = table.get(start..end)?;
        let (name, data) = line.split_once('\t').unwrap_or((line, ""));
        match name.cmp(key) {
            std::cmp::Ordering::Equal => return Some(data),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// True when `lower` (a lower-case word) is a common English word of the
/// table, directly or as the regular plural of one ("updates", "cities").
pub(crate) fn is_common_word(lower: &str) -> bool {
    let found = |w: &str| lookup(COMMON_WORDS, w).is_some();
    if found(lower) {
        return true;
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        if found(&format!("{stem}y")) {
            return true;
        }
    }
    if let Some(stem) = lower.strip_suffix("es") {
        if found(stem) {
            return true;
        }
    }
    lower.strip_suffix('s').is_some_and(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(table: &str) -> Vec<&str> {
        table
            .lines()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn packed_tables_are_sorted_and_found() {
        for table in [COMMON_WORDS, GIVEN_NAMES, GROUPS, PLACES, SURNAMES] {
            let names = names(table);
            assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
            for name in &names {
                assert!(lookup(table, name).is_some(), "{name} is found");
            }
        }
        assert_eq!(lookup(PLACES, "Russia"), Some("c"));
        assert_eq!(lookup(PLACES, "Atlanta"), Some("t"));
        assert_eq!(lookup(PLACES, "Tennessee"), Some("s"));
        assert_eq!(lookup(PLACES, "Europe"), Some("r"));
        assert_eq!(lookup(GIVEN_NAMES, "Steve"), Some(""));
        assert_eq!(lookup(GROUPS, "Russian"), Some(""));
        assert_eq!(lookup(PLACES, "Atlantis"), None);
        assert!(
            is_common_word("updates")
                && is_common_word("cities")
                && is_common_word("boxes")
                && is_common_word("key")
        );
        assert!(!is_common_word("ushakov") && !is_common_word("kremlin"));
        assert_eq!(lookup(PLACES, ""), None);
        assert_eq!(lookup("", "x"), None);
        assert_eq!(lookup("a\nc\n", "b"), None);
        assert_eq!(lookup("a\nc\n", "c"), Some(""));
    }
}
