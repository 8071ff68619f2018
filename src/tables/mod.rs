//! Generated word lists. Each file names its source and licence and the
//! script in `scripts/tables/` that made it.

mod common_words;
mod given_names;
mod groups;
mod places;
mod places_lang;
mod stopwords_en;
mod stopwords_lang;
mod surnames;
mod trigrams;

pub(crate) use common_words::COMMON_WORDS;
pub(crate) use given_names::GIVEN_NAMES;
pub(crate) use groups::GROUPS;
pub(crate) use places::PLACES;
pub(crate) use places_lang::PLACES_LANG;
pub(crate) use stopwords_en::STOPWORDS_EN;
pub(crate) use stopwords_lang::{
    STOPWORDS_DE, STOPWORDS_ES, STOPWORDS_FR, STOPWORDS_IT, STOPWORDS_NL, STOPWORDS_PT,
    STOPWORDS_RU, STOPWORDS_ZH,
};
pub(crate) use surnames::SURNAMES;
pub(crate) use trigrams::{CYRILLIC_LANGS, LATIN_LANGS};

/// Calls `f` with each entry of a front-coded table, in order. An entry is
/// written as the number of characters it shares with the previous entry
/// (one digit, 0-9) followed by the rest of it; entries contain no digits.
/// Sorted word lists shrink by about a fifth gzipped this way.
pub(crate) fn front_coded(table: &str, mut f: impl FnMut(&str)) {
    decode_front_coded(table, &mut f);
}

/// The decoder of [`front_coded`], compiled once for every caller (a
/// `dyn` callback: the tables are decoded once, at first use).
fn decode_front_coded(table: &str, f: &mut dyn FnMut(&str)) {
    let mut entry = String::with_capacity(64);
    let mut rest = table;
    while let Some(shared) = rest.chars().next().and_then(|c| c.to_digit(10)) {
        rest = rest.get(1..).unwrap_or("");
        let end = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let keep = entry
            .char_indices()
            .nth(shared as usize)
            .map_or(entry.len(), |(i, _)| i);
        entry.truncate(keep);
        entry.push_str(rest.get(..end).unwrap_or(""));
        rest = rest.get(end..).unwrap_or("");
        f(&entry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_tables_are_sorted() {
        let mut sizes = Vec::new();
        for table in [COMMON_WORDS, GIVEN_NAMES, GROUPS, SURNAMES] {
            let mut names: Vec<String> = Vec::new();
            front_coded(table, |e| names.push(e.to_string()));
            assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
            sizes.push(names.len());
        }
        for kinds in [PLACES, PLACES_LANG] {
            let mut all: Vec<String> = Vec::new();
            for &(kind, table) in kinds {
                assert!("csrt".contains(kind), "{kind}");
                let mut names: Vec<String> = Vec::new();
                front_coded(table, |e| names.push(e.to_string()));
                assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
                assert!(names.iter().all(|n| !n.is_empty() && !n.contains('\t')));
                all.extend(names);
            }
            let count = all.len();
            all.sort();
            all.dedup();
            assert_eq!(all.len(), count, "one kind per place");
            sizes.push(count);
        }
        assert!(sizes.iter().all(|&n| n > 400), "{sizes:?}");
        for table in [
            STOPWORDS_EN,
            STOPWORDS_DE,
            STOPWORDS_ES,
            STOPWORDS_FR,
            STOPWORDS_IT,
            STOPWORDS_NL,
            STOPWORDS_PT,
            STOPWORDS_RU,
            STOPWORDS_ZH,
        ] {
            let mut words: Vec<String> = Vec::new();
            front_coded(table, |e| words.push(e.to_string()));
            assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
            assert!(words.len() > 200, "{}", words.len());
        }
        for (code, profile) in LATIN_LANGS.iter().chain(CYRILLIC_LANGS) {
            assert_eq!(profile.chars().count(), 900, "{code}: 300 trigrams");
        }
        let mut got = Vec::new();
        front_coded("0Abbott3y0Zoë2ëlla", |e| got.push(e.to_string()));
        assert_eq!(got, ["Abbott", "Abby", "Zoë", "Zoëlla"]);
    }
}
