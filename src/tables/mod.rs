//! Generated word lists. Each file names its source and licence and the
//! script in `scripts/tables/` that made it.

mod common_words;
mod given_names;
mod groups;
mod html_entities;
mod places;
mod stopwords_en;
mod surnames;

pub(crate) use common_words::COMMON_WORDS;
pub(crate) use given_names::GIVEN_NAMES;
pub(crate) use groups::GROUPS;
pub(crate) use html_entities::{ENTITIES, ENTITY_NAMES, LONGEST_ENTITY};
pub(crate) use places::PLACES;
pub(crate) use stopwords_en::STOPWORDS_EN;
pub(crate) use surnames::SURNAMES;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_tables_are_sorted() {
        for table in [COMMON_WORDS, GIVEN_NAMES, GROUPS, PLACES, SURNAMES] {
            let names: Vec<&str> = table
                .lines()
                .map(|l| l.split('\t').next().unwrap_or(""))
                .collect();
            assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        }
    }
}
