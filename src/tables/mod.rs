//! Generated word lists. Each file names its source and licence and the
//! script in `scripts/tables/` that made it.

mod common_words;
mod given_names;
mod groups;
mod html_entities;
mod places;
mod stopwords_en;
mod surnames;

use std::sync::LazyLock;

use common_words::COMMON_WORDS;
use given_names::GIVEN_NAMES;
use groups::GROUPS;
pub(crate) use html_entities::{ENTITIES, ENTITY_NAMES, LONGEST_ENTITY};
use places::PLACES;
pub(crate) use stopwords_en::STOPWORDS_EN;
use surnames::SURNAMES;

/// A packed table: sorted lines of `name` or `name<TAB>data`, with an
/// index of its lines built on first use (one pass over the text).
pub(crate) struct Table {
    text: &'static str,
    /// (line start, name length, data length) of every line.
    index: LazyLock<Vec<(u32, u16, u16)>>,
}

fn index(text: &'static str) -> Vec<(u32, u16, u16)> {
    let mut out = Vec::with_capacity(text.len() / 8);
    let mut start = 0usize;
    for line in text.split_terminator('\n') {
        let (name, data) = line.split_once('\t').unwrap_or((line, ""));
        if let (Ok(s), Ok(n), Ok(d)) = (
            u32::try_from(start),
            u16::try_from(name.len()),
            u16::try_from(data.len()),
        ) {
            out.push((s, n, d));
        }
        start += line.len() + 1;
    }
    out
}

macro_rules! table {
    ($name:ident, $text:expr) => {
        pub(crate) static $name: Table = Table {
            text: $text,
            index: LazyLock::new(|| index($text)),
        };
    };
}

table!(GIVEN_NAMES_TABLE, GIVEN_NAMES);
table!(GROUPS_TABLE, GROUPS);
table!(PLACES_TABLE, PLACES);
table!(SURNAMES_TABLE, SURNAMES);
table!(COMMON_WORDS_TABLE, COMMON_WORDS);

impl Table {
    /// The name of line `k` and its data.
    fn line(&self, (start, name, data): (u32, u16, u16)) -> (&'static str, &'static str) {
        let start = start as usize;
        let name_end = start + usize::from(name);
        let data_start = if data > 0 { name_end + 1 } else { name_end };
        (
            self.text.get(start..name_end).unwrap_or(""),
            self.text
                .get(data_start..data_start + usize::from(data))
                .unwrap_or(""),
        )
    }

    /// The data of `key`'s line (`""` when it has none), if `key` is in the table.
    pub(crate) fn get(&self, key: &str) -> Option<&'static str> {
        let k = self
            .index
            .binary_search_by(|&entry| self.line(entry).0.cmp(key))
            .ok()?;
        self.index.get(k).map(|&entry| self.line(entry).1)
    }

    /// True when `key` is in the table.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// True when `lower` (a lower-case word) is a common English word of the
/// table, directly or as the regular plural of one ("updates", "cities").
pub(crate) fn is_common_word(lower: &str) -> bool {
    let found = |w: &str| COMMON_WORDS_TABLE.contains(w);
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

    #[test]
    fn packed_tables_are_sorted_and_found() {
        for table in [
            &COMMON_WORDS_TABLE,
            &GIVEN_NAMES_TABLE,
            &GROUPS_TABLE,
            &PLACES_TABLE,
            &SURNAMES_TABLE,
        ] {
            let names: Vec<&str> = table
                .text
                .lines()
                .map(|l| l.split('\t').next().unwrap_or(""))
                .collect();
            assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
            assert_eq!(names.len(), table.index.len());
            for name in &names {
                assert!(table.contains(name), "{name} is found");
            }
        }
        assert_eq!(PLACES_TABLE.get("Russia"), Some("c"));
        assert_eq!(PLACES_TABLE.get("Atlanta"), Some("t"));
        assert_eq!(PLACES_TABLE.get("Tennessee"), Some("s"));
        assert_eq!(PLACES_TABLE.get("Europe"), Some("r"));
        assert_eq!(GIVEN_NAMES_TABLE.get("Steve"), Some(""));
        assert_eq!(GROUPS_TABLE.get("Russian"), Some(""));
        assert_eq!(PLACES_TABLE.get("Atlantis"), None);
        assert_eq!(PLACES_TABLE.get(""), None);
        assert!(
            is_common_word("updates")
                && is_common_word("cities")
                && is_common_word("boxes")
                && is_common_word("key")
        );
        assert!(!is_common_word("ushakov") && !is_common_word("kremlin"));
    }
}
