//! Word lists the sentence splitter consults. Hand-curated from English news
//! style guides (AP, Reuters) and the abbreviations Punkt learns from news
//! text; lower case, without the final period.

/// Titles and honorifics that are always followed by a name: a period after
/// them never ends a sentence inside a line.
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
    "adm", "atty", "brig", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "lt",
    "maj", "messrs", "mme", "mlle", "mr", "mrs", "ms", "msgr", "pres", "prof", "pvt", "rep",
    "reps", "rev", "sen", "sens", "sgt", "supt",
];

/// Abbreviations that never end a sentence because something always follows
/// them (a list, an example, a page number).
#[rustfmt::skip]
pub(crate) const NEVER_FINAL: &[&str] = &["cf", "e.g", "eg", "i.e", "ie", "viz", "vs"];

/// Abbreviations that usually continue the sentence but can end it
/// ("... Ivan Allen Jr." / "... at 9 a.m."). A period after them ends the
/// sentence only when the next word is a typical sentence opener.
#[rustfmt::skip]
pub(crate) const ABBREVIATIONS: &[&str] = &[
    // organisations and names
    "assn", "bros", "co", "corp", "dept", "inc", "jr", "llc", "ltd", "mfg", "plc", "sr", "univ",
    // addresses
    "ave", "blvd", "calif", "ft", "mt", "pl", "rd", "st",
    // months
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tues",
    "thurs",
    // general
    "al", "approx", "ca", "est", "etc",
];

/// Like [`ABBREVIATIONS`], but also ordinary words in lower case ("ill",
/// "mass", "sun"): they count as abbreviations only when capitalised.
#[rustfmt::skip]
pub(crate) const CAPITALIZED_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "colo", "conn", "ct", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "mar", "mass", "md", "mich", "minn", "miss", "mo", "mon", "mont", "neb", "nev",
    "okla", "ore", "pa", "sat", "sun", "tenn", "tex", "thu", "thur", "tue", "va", "vt", "wash",
    "wed", "wis", "wyo",
];

/// Abbreviations that are usually followed by a number: "No. 5", "Jan. 1",
/// "p. 12". A period before a digit after them is not a boundary.
#[rustfmt::skip]
pub(crate) const BEFORE_NUMBER: &[&str] = &[
    "apr", "art", "aug", "ca", "ch", "dec", "feb", "fig", "figs", "jan", "jul", "jun", "mar",
    "n°", "nº", "no", "nos", "nov", "oct", "op", "p", "pp", "sec", "sep", "sept", "vol", "vols",
];

/// Capitalised words that typically open a sentence: pronouns, determiners,
/// conjunctions and sentence adverbs. After an ambiguous abbreviation ("Jr.",
/// "U.S.", an initial) one of these signals a new sentence.
#[rustfmt::skip]
pub(crate) const SENTENCE_STARTERS: &[&str] = &[
    "a", "after", "again", "all", "also", "although", "among", "an", "and", "another", "any",
    "as", "at", "because", "before", "both", "but", "by", "despite", "did", "do", "does",
    "during", "each", "even", "every", "for", "from", "further", "furthermore", "had", "has",
    "have", "he", "her", "here", "his", "how", "however", "i", "if", "in", "indeed", "instead",
    "is", "it", "its", "last", "later", "many", "meanwhile", "more", "moreover", "most", "much",
    "my", "neither", "nevertheless", "next", "no", "nor", "not", "now", "of", "on", "once",
    "one", "only", "or", "other", "our", "since", "so", "some", "still", "such", "that", "the",
    "she", "their", "then", "there", "these", "they", "this", "those", "though", "thus", "to", "under",
    "unlike", "until", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "why", "will", "with", "would", "yet", "you", "your",
];

/// True when the sorted-or-not `list` holds `word` (lists are short: a linear
/// scan beats hashing here and keeps the wasm small).
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
