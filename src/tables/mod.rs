//! Generated word lists. Each file names its source and licence and the
//! script in `scripts/tables/` that made it.

mod stopwords_en;

pub(crate) use stopwords_en::STOPWORDS_EN;
