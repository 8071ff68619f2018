//! Generated word lists. Each file names its source and licence and the
//! script in `scripts/tables/` that made it.

mod html_entities;
mod stopwords_en;

pub(crate) use html_entities::{ENTITIES, ENTITY_NAMES, LONGEST_ENTITY};
pub(crate) use stopwords_en::STOPWORDS_EN;
