//! Keyphrases: the phrases an article is about, ranked, with every
//! occurrence.
//!
//! Candidates are the phrases of one to three words inside the runs of
//! words between stop words and punctuation in one sentence (as in RAKE),
//! so no phrase starts or ends with a stop word, except a capitalised one
//! that opens a name inside a sentence ("in New Zealand", "at The Hague";
//! not in German, where every noun has a capital). Phrases are grouped by the stems of
//! their words, which merges singular and plural ("peace talk" / "peace
//! talks"). A phrase scores by how often it occurs, how frequent its words
//! are in the whole text, how early it first appears and how long it is.
//! A phrase that contains, or is contained in, a better one is left out,
//! and no two phrases share an occurrence, so the list has no overlapping
//! duplicates.

use std::sync::{Mutex, TryLockError};

use crate::hash::Interner;

use crate::analyze::{Elision, Stemmer, StopWords, TokenFilter};
use crate::entities::lexicon::{is_common_word, phrase_flags, MONTH_MASK, TITLE, UNIT, WEEKDAY};
use crate::summarize::{Words, COMMON_WORD};
use crate::Lang;
use crate::{Error, Span};

/// Most keyphrases one call returns.
pub const MAX_KEYPHRASES: usize = 100;

/// A ranked keyphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyphrase {
    text: String,
    score: f64,
    occurrences: Vec<(Span, String)>,
}

impl Keyphrase {
    /// The phrase as it is most often written in the text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Score between 0 and 1; the best phrase of a text scores 1.
    pub fn score(&self) -> f64 {
        self.score
    }

    /// How many times the phrase (or its plural or singular) occurs.
    pub fn count(&self) -> usize {
        self.occurrences.len()
    }

    /// Every occurrence: byte span and the text there, in text order.
    pub fn occurrences(&self) -> &[(Span, String)] {
        &self.occurrences
    }
}

/// A candidate phrase: up to three stem ids (unused slots are `u32::MAX`).
struct Candidate {
    key: [u32; 3],
    len: usize,
    /// Where its occurrences are in the list of every candidate's
    /// occurrences, (index of the first word, byte span) each: one list
    /// for all, not a `Vec` allocated per candidate.
    occurrences: (u32, u32),
    /// Index of the first word of the first occurrence.
    first: usize,
}

impl Candidate {
    fn key(&self) -> &[u32] {
        self.key.get(..self.len).unwrap_or(&[])
    }
}

/// True for words a phrase can hold: letters, or letters and digits
/// ("G7"), not bare numbers.
/// Marks a stop word in [`StemMemo::stem_of`].
const STOP: u32 = u32::MAX;

/// What earlier calls learnt about words: each lower-case word's stem, or
/// that it is a stop word. Stemming was a fifth of the cost of a call and
/// news reuses its words, so the memo survives between calls (as the
/// summarizer's does); it memoizes pure functions, so results never
/// depend on it. Cleared when the language changes or it holds
/// [`STEM_MEMO_LIMIT`] words (a few MB).
struct StemMemo {
    lang: Lang,
    words: Interner,
    stem_of: Vec<u32>,
    stems: Interner,
    /// Each word's [`is_common_word`], once asked: [`UNKNOWN`], 0 or 1.
    /// A lexicon lookup was about 200 instructions, asked of every
    /// capitalised word and every one-word candidate.
    common: Vec<u8>,
}

/// Not yet asked, in [`StemMemo::common`].
const UNKNOWN: u8 = 2;

/// Marks a word of [`StemMemo::stem_of`] not analysed yet: the memo
/// numbered it to keep whether it is a common word.
const UNSTEMMED: u32 = u32::MAX - 1;

impl StemMemo {
    /// The memo's number for `lower` (added, not yet analysed, on first
    /// sight).
    fn word(&mut self, lower: &str) -> u32 {
        let (w, new) = self.words.insert(lower.as_bytes());
        if new {
            self.stem_of.push(UNSTEMMED);
            self.common.push(UNKNOWN);
        }
        w
    }

    /// The memo's number for `lower` and its stem (`None` for a stop
    /// word), analysing it on first sight.
    fn stem(
        &mut self,
        lower: &str,
        stop: Option<&StopWords>,
        stemmer: Option<&Stemmer>,
    ) -> (u32, Option<&[u8]>) {
        let w = self.word(lower);
        if let Some(slot @ &mut UNSTEMMED) = self.stem_of.get_mut(w as usize) {
            *slot = if stop.is_some_and(|s| s.contains(lower)) {
                STOP
            } else {
                match stemmer {
                    Some(s) => self.stems.intern(s.stem(lower).as_bytes()),
                    None => self.stems.intern(lower.as_bytes()),
                }
            };
        }
        let stem = match self.stem_of.get(w as usize).copied() {
            Some(STOP | UNSTEMMED) | None => None,
            Some(id) => Some(self.stems.key(id)),
        };
        (w, stem)
    }
}

/// What a call found out about one distinct lower-case word (as
/// [`lower_into`](crate::analyze::lower_into) makes it), at its first
/// occurrence: the ranker analyses its key (curly apostrophes straight, in
/// English a possessive cut off, in French and Italian an elision,
/// [`key_into`]).
#[derive(Clone, Copy)]
struct WordFacts {
    /// The key's stem id, or [`STOP`].
    id: u32,
    /// The memo's number for the key (`u32::MAX`: not in the memo).
    memo: u32,
    /// The key's length in bytes when an elision was cut off its front,
    /// else `usize::MAX`.
    elided: usize,
    /// Whether a possessive was cut off.
    possessive: bool,
    /// [`is_common_word`] of the key: [`UNKNOWN`], 0 or 1.
    common: u8,
}

/// The key the ranker analyses for the lower-case word `x`, into `key`:
/// curly apostrophes made straight, in English a possessive `'s` cut off,
/// with `elision` an elided article cut off the front. Gives whether a
/// possessive and whether an elision were cut off.
fn key_into(x: &str, english: bool, elision: Option<&Elision>, key: &mut String) -> (bool, bool) {
    key.clear();
    key.push_str(x);
    // (`contains` of a non-ASCII char runs a substring search: only words
    // that are not ASCII can hold one.)
    if !key.is_ascii() && key.contains('’') {
        *key = key.replace('’', "'");
    }
    let possessive = english && key.len() > 2 && key.ends_with("'s");
    if possessive {
        key.truncate(key.len() - 2);
    }
    let mut elided = false;
    if let Some(e) = elision {
        let before = key.len();
        elided = e.apply(key) && key.len() < before;
    }
    (possessive, elided)
}

/// The summary's answer to [`is_common_word`] for a word of these cue
/// flags: [`UNKNOWN`] outside English, where it never asks.
fn summary_common(flags: u16, english: bool) -> u8 {
    if english {
        u8::from(flags & COMMON_WORD != 0)
    } else {
        UNKNOWN
    }
}

/// Whether [`key_into`] leaves the lower-case word `x` as it is, without
/// an elision: ASCII (no curly apostrophe) and, in English, no possessive.
fn plain_key(x: &str, english: bool) -> bool {
    x.is_ascii() && !(english && x.len() > 2 && x.ends_with("'s"))
}

/// Whether the summary's analysis of the lower-case word `x` (its
/// [`Analyzer`](crate::analyze::Analyzer) of the same language: English
/// possessives, French and Italian elisions, stop words, stems) is that of
/// the ranker's `key` for it ([`key_into`]), so that the summary's term is
/// the key's stem: they differ only on curly apostrophes outside English,
/// a possessive of a one-letter word (`x's`, which the summary keeps) and
/// an elision that leaves nothing.
fn same_analysis(
    x: &str,
    key: &str,
    possessive: bool,
    english: bool,
    elision: Option<&Elision>,
) -> bool {
    if key.is_empty() {
        return false;
    }
    if english {
        return !(possessive && key.len() == 1);
    }
    if x.is_ascii() || !x.contains('’') {
        return true;
    }
    let mut summary = x.to_string();
    if let Some(e) = elision {
        e.apply(&mut summary);
    }
    summary == key
}

/// [`is_common_word`] of the key of word number `d` of `facts`, which
/// `key` writes into `buf` when it is needed: asked once per word of a
/// call and, through the memo, once per word it holds (a lexicon lookup
/// was about 200 instructions). Without facts for `d`, asked every time.
fn common_word(
    facts: &mut [Option<WordFacts>],
    d: usize,
    memo: Option<&mut StemMemo>,
    buf: &mut String,
    key: impl FnOnce(&mut String),
) -> bool {
    let Some(Some(f)) = facts.get_mut(d) else {
        key(buf);
        return is_common_word(buf);
    };
    if f.common != UNKNOWN {
        return f.common == 1;
    }
    let Some(m) = memo else {
        key(buf);
        f.common = u8::from(is_common_word(buf));
        return f.common == 1;
    };
    let known =
        |m: &StemMemo, id: u32| m.common.get(id as usize).copied().filter(|&c| c != UNKNOWN);
    if let Some(c) = known(m, f.memo) {
        f.common = c;
        return c == 1;
    }
    key(buf);
    // A word the summary analysed is not in the memo yet.
    if f.memo == u32::MAX {
        f.memo = m.word(buf);
    }
    f.common = match known(m, f.memo) {
        Some(c) => c,
        None => {
            let common = u8::from(is_common_word(buf));
            if let Some(slot) = m.common.get_mut(f.memo as usize) {
                *slot = common;
            }
            common
        }
    };
    f.common == 1
}

/// Stem ids: the summary's term ids as they are when its words are given
/// (its stems numbered in order), and the stems a call finds itself
/// numbered after them, so that one stem has one id either way.
struct StemIds<'a> {
    stems: Interner,
    doc: Option<&'a Words>,
    /// Whether the summary's stems are in `stems` yet: they go in when a
    /// call first needs a stem of its own (a word the summary analysed by
    /// other rules, or a stop word opening a name).
    filled: bool,
}

impl StemIds<'_> {
    /// The id of `stem`.
    fn intern(&mut self, stem: &[u8]) -> u32 {
        if !self.filled {
            self.filled = true;
            for s in self.doc.iter().flat_map(|w| w.stems()) {
                self.stems.intern(s);
            }
        }
        self.stems.intern(stem)
    }
}

/// What another step of the same call found in the text already.
#[derive(Clone, Copy)]
enum Given<'a> {
    Nothing,
    /// The sentences, as `split_by_rules(text, lang.splitter_code())`.
    Sentences(&'a [Span]),
    /// The summary's sentences and words, analysed in the ranker's language.
    Words(&'a Words),
}

/// The words of one sentence: their spans in the text, their text and,
/// when the summary's words are given, each one's (lower-case word
/// number, term, cue flags).
enum SentenceWords<'a> {
    /// Split here: the sentence's words and where the sentence starts.
    Split(crate::SpanIndices<'a>, usize),
    /// The summary's, the text, and the next one's index.
    Given(crate::summarize::SentenceWords<'a>, &'a str, usize),
}

impl<'a> Iterator for SentenceWords<'a> {
    type Item = (Span, &'a str, Option<(u32, u32, u16)>);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            SentenceWords::Split(words, base) => words
                .next()
                .map(|(s, w)| (Span::new(*base + s.start(), *base + s.end()), w, None)),
            SentenceWords::Given(w, text, k) => {
                let analysed = (*w.lower.get(*k)?, *w.terms.get(*k)?, *w.flags.get(*k)?);
                let span = *w.spans.get(*k)?;
                let item = (span, span.as_str(text), Some(analysed));
                *k += 1;
                Some(item)
            }
        }
    }
}

static STEM_MEMO: Mutex<StemMemo> = Mutex::new(StemMemo {
    lang: Lang::En,
    words: Interner::new(),
    stem_of: Vec::new(),
    stems: Interner::new(),
    common: Vec::new(),
});
const STEM_MEMO_LIMIT: usize = 100_000;

/// Candidate keys (up to three stem ids), numbered 0, 1, 2, ... in order
/// of first insertion, as [`Interner`] numbers them. Hashing a 12-byte key
/// through the byte interner was a tenth of a call; in a text of under 2 MB
/// every stem id fits in 21 bits, so the three pack into one `u64` looked
/// up in a table of its own. Longer texts take the byte interner: the
/// choice depends on the text alone and both number keys alike.
enum CandidateIndex {
    Packed {
        /// Open addressing, linear probing: 0 is empty, else a key's number + 1.
        slots: Vec<u32>,
        /// Key number → packed key.
        keys: Vec<u64>,
    },
    Bytes(Interner),
}

/// Bits of a stem id in a packed key; all ones marks an unused slot.
const PACKED_BITS: u32 = 21;
const PACKED_NONE: u64 = (1 << PACKED_BITS) - 1;

impl CandidateIndex {
    /// An index for the candidates of a text of `text_len` bytes (a stem id
    /// is below the number of words, so below `text_len`), with room for
    /// about `n` keys.
    fn new(text_len: usize, n: usize) -> CandidateIndex {
        if (text_len as u64) < PACKED_NONE {
            CandidateIndex::Packed {
                slots: vec![0; (n * 2).next_power_of_two().max(16)],
                keys: Vec::with_capacity(n),
            }
        } else {
            CandidateIndex::Bytes(Interner::with_capacity(n))
        }
    }

    /// The number of `key`, inserting it when absent.
    fn intern(&mut self, key: [u32; 3]) -> u32 {
        match self {
            CandidateIndex::Packed { slots, keys } => {
                let packed = key.iter().rev().fold(0u64, |acc, &id| {
                    acc << PACKED_BITS | u64::from(id).min(PACKED_NONE)
                });
                if (keys.len() + 1) * 2 > slots.len() {
                    let size = slots.len() * 2;
                    *slots = vec![0; size];
                    for (id, &k) in keys.iter().enumerate() {
                        let s = Self::free_slot(slots, k);
                        if let Some(x) = slots.get_mut(s) {
                            *x = id as u32 + 1;
                        }
                    }
                }
                let mask = slots.len() - 1;
                let mut s = Self::home(packed, mask);
                loop {
                    match slots.get(s).copied() {
                        Some(0) | None => break,
                        Some(x) => {
                            let id = x - 1;
                            if keys.get(id as usize) == Some(&packed) {
                                return id;
                            }
                        }
                    }
                    s = (s + 1) & mask;
                }
                let id = keys.len() as u32;
                keys.push(packed);
                if let Some(x) = slots.get_mut(s) {
                    *x = id + 1;
                }
                id
            }
            CandidateIndex::Bytes(index) => {
                let mut bytes = [0u8; 12];
                for (b, id) in bytes.chunks_exact_mut(4).zip(key) {
                    b.copy_from_slice(&id.to_le_bytes());
                }
                index.intern(&bytes)
            }
        }
    }

    /// The first slot probed for `packed` in a table of `mask + 1` slots.
    fn home(packed: u64, mask: usize) -> usize {
        (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
    }

    /// The first empty slot from `packed`'s home (when regrowing).
    fn free_slot(slots: &[u32], packed: u64) -> usize {
        let mask = slots.len() - 1;
        let mut s = Self::home(packed, mask);
        while slots.get(s).is_some_and(|&x| x != 0) {
            s = (s + 1) & mask;
        }
        s
    }
}

/// A weekday or a month name written out, in English or in `lang`'s own
/// words. Short forms are left alone: they are words of their own too
/// ("May", "Sun", Spanish "mar").
fn is_date_word(word: &str, lang: Lang) -> bool {
    use crate::entities::formats::{formats, month, ABBR, WEEKDAY as LOCAL_WEEKDAY};
    if word.chars().count() < 4 {
        return false;
    }
    if phrase_flags(word) & (WEEKDAY | MONTH_MASK) != 0 {
        return true;
    }
    formats(lang).is_some_and(|f| {
        let info = f.info(&word.to_lowercase());
        info & ABBR == 0 && (month(info).is_some() || info & LOCAL_WEEKDAY != 0)
    })
}

/// A word of a name (capitalised, not a common word), in the flags of
/// [`keyphrases_in`]'s words.
const NAME: u8 = 1;
/// Two or more letters, every one a capital: "EU", "USA", "ЕС".
fn is_acronym(word: &str) -> bool {
    word.chars().nth(1).is_some() && word.chars().all(char::is_uppercase)
}

/// A capitalised stop word that opens a name ("New" of "New Zealand").
const OPENER: u8 = 2;
/// A capitalised word inside a sentence's prose, a common word or not
/// ("County" of "Galway County Council").
const CAPITAL: u8 = 4;

/// Counts one more use of stem `id`.
fn bump(freq: &mut Vec<usize>, id: u32) {
    let id = id as usize;
    if freq.len() <= id {
        freq.resize(id + 1, 0);
    }
    if let Some(f) = freq.get_mut(id) {
        *f += 1;
    }
}

fn is_content(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && word.chars().count() >= 2
}

/// The `top` best keyphrases of `text`, best first.
///
/// # Errors
///
/// [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption) when `top`
/// is 0 or above [`MAX_KEYPHRASES`]; the input errors of
/// [`check_input`](crate::check_input).
///
/// # Example
///
/// ```
/// let text = "Peace talks stalled. The peace talk in Geneva resumed, and the peace talks may end the war.";
/// let phrases = lede::keyphrases(text, 3).unwrap();
/// assert_eq!(phrases[0].text(), "peace talks");
/// assert_eq!(phrases[0].count(), 3); // "Peace talks", "peace talk", "peace talks"
/// assert_eq!(phrases[0].score(), 1.0);
/// ```
pub fn keyphrases(text: &str, top: usize) -> Result<Vec<Keyphrase>, Error> {
    let lang = crate::detect_language(text).map_or(Lang::En, |d| d.lang);
    keyphrases_in(text, top, lang)
}

/// [`keyphrases`] of a text in a known language: its stop words never
/// start or end a phrase, its stemmer groups the forms of a word, and
/// French and Italian elisions (`l'`, `dell'`) are left out of phrases.
/// Languages without a stop list ([`Lang::is_supported`] is false) get
/// none.
///
/// # Errors
///
/// As [`keyphrases`].
///
/// # Example
///
/// ```
/// use lede::{keyphrases_in, Lang};
///
/// let text = "Der Streik legt den Verkehr lahm. Der Streik trifft Pendler, \
///             und die Bahn nennt den Streik unverhältnismäßig.";
/// let phrases = keyphrases_in(text, 3, Lang::De).unwrap();
/// assert_eq!(phrases[0].text(), "Streik");
/// assert!(phrases.iter().all(|p| p.text() != "der" && p.text() != "den"));
/// ```
pub fn keyphrases_in(text: &str, top: usize, lang: Lang) -> Result<Vec<Keyphrase>, Error> {
    ranked(text, top, lang, Given::Nothing)
}

/// Summarizes `text` and ranks its `top` keyphrases in the language the
/// summary used (as [`summarize`](crate::summarize) and then
/// [`keyphrases_in`] of that language give them), splitting the text into
/// sentences once and analysing each word once for both: the ranker takes
/// the summary's lower-case words, stop words and stems where they are
/// made by its own rules.
///
/// # Errors
///
/// Those of [`summarize`](crate::summarize), then those of [`keyphrases_in`].
///
/// # Example
///
/// ```
/// use lede::{summarize_with_keyphrases, SummaryOptions};
///
/// let text = "Peace talks stalled in Geneva. The peace talks resumed on Monday, \
///             and the peace talks may end the war.";
/// let (summary, phrases) = summarize_with_keyphrases(text, &SummaryOptions::new(), 3).unwrap();
/// assert_eq!(phrases, lede::keyphrases_in(text, 3, summary.lang().lang).unwrap());
/// assert_eq!(phrases[0].text(), "peace talks");
/// ```
pub fn summarize_with_keyphrases<'t>(
    text: &'t str,
    options: &crate::SummaryOptions,
    top: usize,
) -> Result<(crate::Summary<'t>, Vec<Keyphrase>), Error> {
    let (summary, words) = crate::summarize::summarize_with_words(text, options, None)?;
    let lang = summary.lang().lang;
    let phrases = keyphrases_split(text, top, lang, &summary.sentence_split(), words.as_ref())?;
    Ok((summary, phrases))
}

/// [`keyphrases_in`], with the sentences of `text` as another step split
/// them ([`SentenceSplit`](crate::text::SentenceSplit)): taken instead of
/// splitting again when they are cut by the rules of `lang`; and with the
/// words of `text` as a summary analysed them ([`Words`]): taken instead
/// of lower-casing, looking up and stemming each word again when they were
/// analysed in `lang` (not Chinese, Japanese or Korean, whose summary terms
/// are character pairs) over sentences cut by those rules. The same
/// phrases either way.
pub(crate) fn keyphrases_split(
    text: &str,
    top: usize,
    lang: Lang,
    split: &crate::text::SentenceSplit,
    words: Option<&Words>,
) -> Result<Vec<Keyphrase>, Error> {
    let rules = lang.splitter_code();
    let given = match (words, split.spans_for(rules)) {
        (Some(w), _) if w.lang == lang && w.rules == rules && !lang.is_cjk() => Given::Words(w),
        (_, Some(spans)) => Given::Sentences(spans),
        (_, None) => Given::Nothing,
    };
    ranked(text, top, lang, given)
}

/// [`keyphrases_in`], over what is `given`.
fn ranked(text: &str, top: usize, lang: Lang, given: Given) -> Result<Vec<Keyphrase>, Error> {
    if top == 0 || top > MAX_KEYPHRASES {
        return Err(Error::invalid_option(
            "top",
            format!("must be between 1 and {MAX_KEYPHRASES}, got {top}"),
        ));
    }
    crate::check_input(text)?;
    let english = lang == Lang::En;
    // German capitalises every noun: capitals tell no names there.
    let capitals_tell_names = lang != Lang::De;
    let stop = StopWords::for_lang(lang).or_else(|| {
        lang.short_words_are_function_words()
            .then(StopWords::short_words)
    });
    // The summary analyses such a language without stop words: its words
    // are analysed here instead.
    let short_stops = stop.as_ref().is_some_and(StopWords::is_short_words);
    let stemmer = Stemmer::for_lang(lang);
    let elision = match lang {
        Lang::Fr => Some(Elision::french()),
        Lang::It => Some(Elision::italian()),
        _ => None,
    };
    // The memo of earlier calls; without it (only if it is somehow busy)
    // every word is analysed here.
    let mut memo = match STEM_MEMO.try_lock() {
        Ok(m) => Some(m),
        Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
        Err(TryLockError::WouldBlock) => None,
    };
    if let Some(m) = memo.as_mut() {
        if m.lang != lang || m.words.len() >= STEM_MEMO_LIMIT {
            **m = StemMemo {
                lang,
                words: Interner::new(),
                stem_of: Vec::new(),
                stems: Interner::new(),
                common: Vec::new(),
            };
        }
    }
    // Each distinct lower-case word's facts, by its number: in the
    // summary's word list when given its words, else in `lowers`.
    // Room for about one distinct word per 8 bytes of text, up to what an
    // article needs: zeroing larger tables costs more than growing.
    let room = (text.len() / 8).clamp(16, 512);
    let mut lowers = match given {
        Given::Words(_) => Interner::new(),
        _ => Interner::with_capacity(room),
    };
    let mut facts: Vec<Option<WordFacts>> = match given {
        Given::Words(w) => vec![None; w.n_words()],
        _ => Vec::new(),
    };
    let doc = match given {
        Given::Words(w) => Some(w),
        _ => None,
    };
    let mut stems = StemIds {
        stems: match doc {
            Some(w) => Interner::with_capacity(w.stems().count() + 16),
            None => Interner::with_capacity(room),
        },
        doc,
        filled: false,
    };
    let mut freq: Vec<usize> = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    // (candidate, index of the first word, byte span) of every occurrence,
    // in the order met.
    // Room for the words of the text (when the summary counted them; else
    // about one per 6 bytes) and two occurrences each: growing these lists
    // step by step was a tenth of a call.
    let n_words = doc.map_or(text.len() / 6, |w| w.n_tokens());
    let mut met: Vec<(u32, usize, Span)> = Vec::with_capacity(n_words * 2);
    // Candidate keys, numbered as `candidates`.
    let mut index = CandidateIndex::new(text.len(), room * 2);
    // Every content word, numbered: (span, NAME | OPENER flags).
    let mut words: Vec<(Span, u8)> = Vec::with_capacity(n_words);
    // Each word's number in `facts` when its text in lower case is the
    // key of its facts (ASCII, no possessive cut off), else `u32::MAX`:
    // where the scoring finds whether a one-word phrase is a common word.
    let mut word_facts: Vec<u32> = Vec::with_capacity(n_words);
    let mut seen_sentences = Interner::with_capacity(64);
    // The current run: (word number, stem id).
    let mut run: Vec<(usize, u32)> = Vec::new();
    let mut lower = String::new();
    let mut key = String::new();

    let mut flush = |run: &mut Vec<(usize, u32)>,
                     words: &[(Span, u8)],
                     candidates: &mut Vec<Candidate>| {
        let name = |k: usize| {
            run.get(k)
                .and_then(|&(w, _)| words.get(w))
                .is_some_and(|&(_, flags)| flags & NAME != 0)
        };
        let capital = |k: usize| {
            run.get(k)
                .and_then(|&(w, _)| words.get(w))
                .is_some_and(|&(_, flags)| flags & (NAME | CAPITAL) != 0)
        };
        for i in 0..run.len() {
            for n in 1..=3usize {
                let Some(chunk) = run.get(i..i + n) else {
                    break;
                };
                // Never cut through a name: "envoy Steve" is no phrase.
                if (i > 0 && name(i) && name(i - 1)) || (name(i + n - 1) && name(i + n)) {
                    continue;
                }
                // Nor join part of a run of capitals to the words after or
                // before it: "Galway County Council paid" gives "Galway
                // County Council" and "paid", never "County Council paid".
                let mixed = (i..i + n).any(capital) && !(i..i + n).all(capital);
                if mixed
                    && ((i > 0 && capital(i) && capital(i - 1))
                        || (capital(i + n - 1) && capital(i + n)))
                {
                    continue;
                }
                let (Some(&(first, _)), Some(&(last, _))) = (chunk.first(), chunk.last()) else {
                    continue;
                };
                // A stop word that opens a name never ends a phrase.
                if words
                    .get(last)
                    .is_some_and(|&(_, flags)| flags & OPENER != 0)
                {
                    continue;
                }
                let mut key = [u32::MAX; 3];
                for (slot, &(_, id)) in key.iter_mut().zip(chunk) {
                    *slot = id;
                }
                let (Some(a), Some(b)) = (words.get(first), words.get(last)) else {
                    continue;
                };
                let span = Span::new(a.0.start(), b.0.end());
                let k = index.intern(key) as usize;
                if k == candidates.len() {
                    candidates.push(Candidate {
                        key,
                        len: n,
                        occurrences: (0, 0),
                        first,
                    });
                }
                met.push((k as u32, first, span));
            }
        }
        run.clear();
    };

    let split: Vec<Span>;
    let sentences = match given {
        Given::Words(w) => w.sentences.as_slice(),
        Given::Sentences(spans) => spans,
        Given::Nothing => {
            split = crate::text::split_by_rules(text, lang.splitter_code())
                .map(|(s, _)| s)
                .collect();
            &split
        }
    };
    for (s, &sentence_span) in sentences.iter().enumerate() {
        let sentence = sentence_span.as_str(text);
        // A repeated headline or teaser says nothing new.
        let seen = seen_sentences.len();
        if (seen_sentences.intern(sentence.as_bytes()) as usize) < seen {
            continue;
        }
        let mut prev_end: Option<usize> = None;
        let mut after_word = false;
        // Whether a word of this sentence so far starts in lower case: in a
        // headline in Title Case ("Pills She Bought Online") capitals tell
        // no names.
        let mut prose = false;
        let mut pending: Option<(Span, u32)> = None;
        let sentence_words = match doc {
            Some(w) => SentenceWords::Given(w.sentence(s), text, 0),
            None => SentenceWords::Split(crate::word_indices(sentence), sentence_span.start()),
        };
        for (mut span, mut word, analysed) in sentence_words {
            // Punctuation between two words ends a phrase.
            let gap = prev_end
                .and_then(|p| text.get(p..span.start()))
                .unwrap_or(" ");
            // (A byte test for the blank line: `contains("\n\n")` would set
            // up a substring searcher for every word.)
            if !gap.chars().all(char::is_whitespace)
                || gap.as_bytes().windows(2).any(|w| w == b"\n\n")
            {
                flush(&mut run, &words, &mut candidates);
                after_word = false;
                pending = None;
            }
            prev_end = Some(span.end());
            // The word's number among the distinct lower-case words: the
            // summary's, or this call's.
            let d = match analysed {
                Some((d, _, _)) => d as usize,
                None => {
                    crate::analyze::lower_into(word, &mut lower);
                    let (d, new) = lowers.insert(lower.as_bytes());
                    if new {
                        facts.push(None);
                    }
                    d as usize
                }
            };
            // Each distinct word of the call is analysed once: a stop
            // word, or its stem.
            let f = match facts.get(d).copied().flatten() {
                Some(f) => f,
                // Most words of the summary's: ASCII, no possessive, no
                // elision, so that the key is the word and the summary's
                // term is the key's stem.
                None if !short_stops
                    && analysed.is_some_and(|(d, _, _)| {
                        elision.is_none() && doc.is_some_and(|w| plain_key(w.word(d), english))
                    }) =>
                {
                    let (_, term, flags) = analysed.unwrap_or((0, STOP, 0));
                    let f = WordFacts {
                        id: term,
                        memo: u32::MAX,
                        elided: usize::MAX,
                        possessive: false,
                        common: summary_common(flags, english),
                    };
                    if let Some(slot) = facts.get_mut(d) {
                        *slot = Some(f);
                    }
                    f
                }
                None => {
                    let x = match (doc, analysed) {
                        (Some(w), Some((d, _, _))) => w.word(d),
                        _ => lower.as_str(),
                    };
                    // The key is most often the word itself: no copy then.
                    let plain = elision.is_none() && plain_key(x, english);
                    let (possessive, elided) = if plain {
                        (false, false)
                    } else {
                        key_into(x, english, elision.as_ref(), &mut key)
                    };
                    let k = if plain { x } else { key.as_str() };
                    let summary = analysed.filter(|_| {
                        !short_stops && same_analysis(x, k, possessive, english, elision.as_ref())
                    });
                    let summary_term = summary.map(|(_, term, _)| term);
                    let mut f = WordFacts {
                        id: STOP,
                        memo: u32::MAX,
                        elided: if elided { k.len() } else { usize::MAX },
                        possessive,
                        common: UNKNOWN,
                    };
                    // The summary's answer is the key's when they are one word.
                    if let (Some((_, _, flags)), true) = (summary, k == x) {
                        f.common = summary_common(flags, english);
                    }
                    f.id = match (summary_term, memo.as_mut()) {
                        (Some(term), _) => term,
                        (None, Some(m)) => {
                            let (mw, stem) = m.stem(k, stop.as_ref(), stemmer.as_ref());
                            f.memo = mw;
                            stem.map_or(STOP, |s| stems.intern(s))
                        }
                        (None, None) if stop.as_ref().is_some_and(|s| s.contains(k)) => STOP,
                        (None, None) => match &stemmer {
                            Some(s) => stems.intern(s.stem(k).as_bytes()),
                            None => stems.intern(k.as_bytes()),
                        },
                    };
                    if let Some(slot) = facts.get_mut(d) {
                        *slot = Some(f);
                    }
                    f
                }
            };
            // "l'autoroute": the phrase starts at "autoroute". The elided
            // article or preposition is a stop word: it ends the phrase
            // before it, as "della" would ("crescita dell'economia").
            if f.elided != usize::MAX {
                flush(&mut run, &words, &mut candidates);
                let cut = word.len().saturating_sub(f.elided);
                if let Some(rest) = word.get(cut..) {
                    word = rest;
                    span = Span::new(span.start() + cut, span.end());
                }
            }
            let possessive = f.possessive;
            let first = word.chars().next();
            let capital = first.is_some_and(char::is_uppercase);
            // A short word with a capital inside a sentence is part of a
            // name ("West Ham", "Unia Leszno"), and one in capitals an
            // acronym ("EU", "ONZ"), anywhere: neither is a function word.
            let id = if f.id == STOP && short_stops && capital && (after_word || is_acronym(word)) {
                stems.intern(word.to_lowercase().as_bytes())
            } else {
                f.id
            };
            // A capitalised stop word inside a sentence, right before a
            // capitalised word, opens a name: "New Zealand", "The Hague",
            // "Le Monde". It waits for the next word to tell.
            let held = pending.take();
            prose |= first.is_some_and(char::is_lowercase);
            if id == STOP {
                flush(&mut run, &words, &mut candidates);
                if capitals_tell_names && capital && after_word && prose && is_content(word) {
                    let x = match (doc, analysed) {
                        (Some(w), Some((d, _, _))) => w.word(d),
                        _ => lower.as_str(),
                    };
                    key_into(x, english, elision.as_ref(), &mut key);
                    pending = Some((span, stems.intern(key.as_bytes())));
                }
                after_word = true;
                continue;
            }
            if !is_content(word) {
                flush(&mut run, &words, &mut candidates);
                after_word = true;
                continue;
            }
            after_word = true;
            if let Some((held_span, held_id)) = held {
                if capital && held_span.end() + 1 == span.start() {
                    run.push((words.len(), held_id));
                    words.push((held_span, NAME | OPENER));
                    word_facts.push(u32::MAX);
                    bump(&mut freq, held_id);
                }
            }
            bump(&mut freq, id);
            let name = capitals_tell_names
                && capital
                && !(english && {
                    let x = match (doc, analysed) {
                        (Some(w), Some((d, _, _))) => w.word(d),
                        _ => lower.as_str(),
                    };
                    common_word(&mut facts, d, memo.as_deref_mut(), &mut key, |key| {
                        key_into(x, english, elision.as_ref(), key);
                    })
                });
            run.push((words.len(), id));
            let flags = if name {
                NAME
            } else if capitals_tell_names && capital && prose {
                CAPITAL
            } else {
                0
            };
            words.push((span, flags));
            word_facts.push(if !possessive && word.is_ascii() {
                d as u32
            } else {
                u32::MAX
            });
            // A possessive ends a phrase after it: "Ushakov's conversation".
            if possessive {
                flush(&mut run, &words, &mut candidates);
            }
        }
        flush(&mut run, &words, &mut candidates);
    }
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    // Each candidate's occurrences together, in the order met (a counting
    // sort by candidate).
    for &(k, _, _) in &met {
        if let Some(c) = candidates.get_mut(k as usize) {
            c.occurrences.1 += 1;
        }
    }
    let mut at = 0u32;
    for c in &mut candidates {
        let n = c.occurrences.1;
        c.occurrences = (at, at);
        at += n;
    }
    let mut all_occurrences = vec![(0usize, Span::new(0, 0)); met.len()];
    for &(k, first, span) in &met {
        if let Some(c) = candidates.get_mut(k as usize) {
            if let Some(slot) = all_occurrences.get_mut(c.occurrences.1 as usize) {
                *slot = (first, span);
            }
            c.occurrences.1 += 1;
        }
    }
    let occurrences_of = |c: &Candidate| -> &[(usize, Span)] {
        all_occurrences
            .get(c.occurrences.0 as usize..c.occurrences.1 as usize)
            .unwrap_or(&[])
    };

    // A word counts where it is not part of a recurring longer phrase:
    // "peace" in "peace talks" is a mention of the talks.
    let mut covered = vec![false; words.len()];
    for c in candidates
        .iter()
        .filter(|c| c.len > 1 && occurrences_of(c).len() >= 2)
    {
        for &(w, _) in occurrences_of(c) {
            for slot in covered.iter_mut().skip(w).take(c.len) {
                *slot = true;
            }
        }
    }
    let own_count = |c: &Candidate| -> f64 {
        if c.len > 1 {
            return occurrences_of(c).len() as f64;
        }
        occurrences_of(c)
            .iter()
            .filter(|&&(w, _)| !covered.get(w).copied().unwrap_or(false))
            .count() as f64
    };
    let total = words.len().max(1) as f64;
    let mut low = String::new();
    let raw: Vec<f64> = candidates
        .iter()
        .map(|c| {
            let count = own_count(c);
            let n = c.len as f64;
            let mean_freq: f64 = c
                .key()
                .iter()
                .map(|&w| freq.get(w as usize).copied().unwrap_or(1) as f64)
                .sum::<f64>()
                / n;
            let early = 1.0 + 0.5 * (1.0 - c.first as f64 / total);
            let length = 1.0 + 0.5 * (n - 1.0);
            // A lone common word ("leaked", "recent") says less than a
            // phrase or a name.
            let lone_common = english
                && c.len == 1
                && occurrences_of(c).first().is_some_and(|&(w, sp)| {
                    let d = word_facts.get(w).map_or(usize::MAX, |&d| d as usize);
                    // In a buffer kept across candidates, not a String each.
                    common_word(&mut facts, d, memo.as_deref_mut(), &mut low, |low| {
                        let word = sp.as_str(text);
                        low.clear();
                        if word.is_ascii() {
                            low.push_str(word);
                            low.make_ascii_lowercase();
                        } else {
                            low.push_str(&word.to_lowercase());
                        }
                    })
                });
            let length = if lone_common { 0.5 } else { length };
            count * mean_freq.sqrt() * early * length
        })
        .collect();
    // Best first, the earlier candidate on ties, made lazily: a text has
    // hundreds of candidates and the loop below stops after `top` phrases.
    let mut scored = crate::summarize::best_first(&raw)
        .filter_map(|k| Some((*raw.get(k)?, k)))
        .peekable();
    let best = scored.peek().map_or(1.0, |s| s.0).max(f64::MIN_POSITIVE);

    let contains = |big: &[u32], small: &[u32]| {
        small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; words.len()];
    let mut out = Vec::new();
    let mut form = String::new();
    for (score, k) in scored {
        if out.len() >= top {
            break;
        }
        let Some(c) = candidates.get(k) else { continue };
        // A unit of measure alone ("km", "mph") is what the numbers are
        // counted in, not what the text is about.
        let lone_unit = c.len == 1
            && occurrences_of(c)
                .first()
                .is_some_and(|(_, sp)| phrase_flags(sp.as_str(text)) & UNIT != 0);
        if lone_unit {
            continue;
        }
        // A date's word alone ("Friday", "August", "vendredi") says when
        // the story happens, not what it is about.
        // Nor does a title's short form ("Mr", "Dr", "Sen"): it stands
        // before the name that matters.
        let lone_date = c.len == 1
            && occurrences_of(c).first().is_some_and(|(_, sp)| {
                let word = sp.as_str(text);
                is_date_word(word, lang)
                    || (word.len() <= 3
                        && word.bytes().skip(1).any(|b| b.is_ascii_lowercase())
                        && phrase_flags(word) & TITLE != 0)
            });
        if lone_date {
            continue;
        }
        if !noun_headed(text, c.len, occurrences_of(c), lang, stop.as_ref()) {
            continue;
        }
        let nested = chosen
            .iter()
            .filter_map(|&j| candidates.get(j))
            .any(|d| contains(d.key(), c.key()) || contains(c.key(), d.key()));
        if nested {
            continue;
        }
        // Occurrences that overlap a better phrase's are not this phrase's,
        // nor are those overlapping an earlier one of its own ("bla bla"
        // in "bla bla bla"); a phrase that is mostly inside better ones is
        // left out.
        let mut free: Vec<(usize, Span)> = Vec::new();
        let mut own_end = 0usize;
        for &(w, span) in occurrences_of(c) {
            if w >= own_end && !taken.iter().skip(w).take(c.len).any(|&t| t) {
                free.push((w, span));
                own_end = w + c.len;
            }
        }
        if free.is_empty() || free.len() * 2 < occurrences_of(c).len() {
            continue;
        }
        chosen.push(k);
        for &(w, _) in &free {
            for slot in taken.iter_mut().skip(w).take(c.len) {
                *slot = true;
            }
        }
        let occurrences: Vec<(Span, String)> = free
            .iter()
            .map(|(_, s)| (*s, s.as_str(text).to_string()))
            .collect();
        // The form written most often; ties go to the first.
        let mut forms: Vec<(String, usize)> = Vec::new();
        // (Not in German, whose nouns keep their capital: "Österreich"
        // beside "österreichische".)
        let lower_somewhere = lang != Lang::De
            && occurrences
                .iter()
                .any(|(_, t)| t.chars().all(|ch| !ch.is_uppercase()));
        for (_, t) in &occurrences {
            // The words joined by single spaces, in a buffer kept across
            // occurrences: a form is allocated only when it is new.
            form.clear();
            for (i, w) in t.split_whitespace().enumerate() {
                if i > 0 {
                    form.push(' ');
                }
                form.push_str(w);
            }
            // Written in lower case anywhere: a common phrase, shown in lower case.
            if lower_somewhere {
                if form.is_ascii() {
                    form.make_ascii_lowercase();
                } else {
                    form = form.to_lowercase();
                }
            }
            match forms.iter_mut().find(|(f, _)| *f == form) {
                Some(entry) => entry.1 += 1,
                None => forms.push((form.clone(), 1)),
            }
        }
        let text_form = forms
            .iter()
            .fold(None::<&(String, usize)>, |acc, f| match acc {
                Some(a) if a.1 >= f.1 => Some(a),
                _ => Some(f),
            });
        out.push(Keyphrase {
            text: text_form.map(|f| f.0.clone()).unwrap_or_default(),
            score: score / best,
            occurrences,
        });
    }
    Ok(out)
}

/// English determiners: a word after one is a noun or an adjective.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "each", "every", "no", "any", "some", "another",
];

/// Whether a phrase, by the way the text writes it, ends in a noun, as a
/// key phrase must: verbs and adjectives alone ("including", "developed",
/// "betroffen", "veröffentlicht") say what happens, not what the text is
/// about.
///
/// - German capitalises every noun: a phrase whose last word is written
///   in lower case in half of its occurrences or more ends in no noun
///   (its forms share a stem: "Österreich" and "österreichische").
/// - English: a lone word in "-ing" or "-ed" is a verb's form unless the
///   text uses it as a noun somewhere: before a stop word or punctuation,
///   after a determiner ("the wounded were", "a meeting.") or, in "-ing",
///   after anything but an auxiliary ("accused of doping."); "a fluffy
///   cake" and "including its mayor" are no such use.
fn noun_headed(
    text: &str,
    len: usize,
    occurrences: &[(usize, Span)],
    lang: Lang,
    stop: Option<&StopWords>,
) -> bool {
    match lang {
        Lang::De => {
            let lower = occurrences
                .iter()
                .filter(|(_, sp)| {
                    sp.as_str(text)
                        .rsplit(char::is_whitespace)
                        .next()
                        .and_then(|w| w.chars().next())
                        .is_some_and(char::is_lowercase)
                })
                .count();
            lower * 2 < occurrences.len()
        }
        Lang::En if len == 1 => {
            // The form shown is the one written most often: "developed"
            // for a stem written "developed", "development", "developers".
            let verb_ending = |sp: &Span| {
                let w = sp.as_str(text).as_bytes();
                w.ends_with(b"ing") || w.ends_with(b"ed")
            };
            if !occurrences.iter().any(|(_, sp)| verb_ending(sp)) {
                return true;
            }
            // (The forms of one stem are few: a short list, not a map.)
            let mut forms: Vec<(&str, usize)> = Vec::new();
            for &(_, sp) in occurrences {
                let w = sp.as_str(text);
                match forms.iter_mut().find(|(f, _)| f.eq_ignore_ascii_case(w)) {
                    Some(entry) => entry.1 += 1,
                    None => forms.push((w, 1)),
                }
            }
            let word = forms
                .iter()
                .fold(("", 0), |best, &f| if f.1 > best.1 { f } else { best })
                .0;
            let verb_form = word.len() > 5
                && (word.ends_with("ing") || word.ends_with("ed"))
                && word.bytes().all(|c| c.is_ascii_lowercase());
            if !verb_form {
                return true;
            }
            occurrences.iter().any(|&(_, sp)| {
                if !sp.as_str(text).eq_ignore_ascii_case(word) {
                    return false;
                }
                let before = text.get(..sp.start()).unwrap_or("").trim_end();
                let prev = before
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let determiner = DETERMINERS.contains(&prev.as_str())
                    || prev.ends_with("'s")
                    || prev.ends_with("’s");
                // Punctuation, the end of the text or a stop word after
                // it, but no article, possessive or object pronoun:
                // "including the use" has an object ("the ruling that" is
                // a noun's use).
                let after = text.get(sp.end()..).unwrap_or("").trim_start();
                let next = after
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let ends = next.is_empty()
                    || (stop.is_some_and(|s| s.contains(&next))
                        && !matches!(
                            next.as_str(),
                            "the"
                                | "a"
                                | "an"
                                | "its"
                                | "their"
                                | "his"
                                | "her"
                                | "our"
                                | "my"
                                | "your"
                                | "it"
                                | "them"
                                | "him"
                                | "us"
                                | "me"
                        ));
                // A word in "-ing" is a noun without a determiner too
                // ("accused of doping.", "funding for roads"), when no
                // auxiliary comes before it.
                let auxiliary = matches!(
                    prev.as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am"
                );
                ends && (determiner || (word.ends_with("ing") && !auxiliary))
            })
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_end_in_a_noun() {
        let texts = |t: &str, lang: Lang| -> Vec<String> {
            keyphrases_in(t, 10, lang)
                .unwrap()
                .iter()
                .map(|p| p.text().to_string())
                .collect()
        };
        let de = "Die Werft ist betroffen. Betroffen sind die Werft und die Docks. \
                  Die Werft hat die Docks informiert, die Docks sind informiert.";
        let found = texts(de, Lang::De);
        assert!(found.iter().any(|t| t == "Werft"), "{found:?}");
        assert!(
            !found.iter().any(|t| t == "betroffen" || t == "informiert"),
            "{found:?}"
        );
        let en = "Tolls, including bridge tolls, rose. The council, including its mayor, \
                  voted on the tolls. The funding was cut; funding for roads ended.";
        let found = texts(en, Lang::En);
        assert!(!found.iter().any(|t| t == "including"), "{found:?}");
        assert!(found.iter().any(|t| t == "funding"), "{found:?}");
    }

    #[test]
    fn the_stem_memo_never_changes_a_result() {
        // The memo keeps what earlier calls learnt, across languages: the
        // same text gives the same phrases before and after other texts.
        let en = "Peace talks stalled in Geneva. The peace talks resumed, and the talks may end the war.";
        let de = "Der Streik legt den Verkehr lahm. Der Streik trifft Pendler und die Bahn.";
        let first_en = keyphrases_in(en, 5, Lang::En).unwrap();
        let first_de = keyphrases_in(de, 5, Lang::De).unwrap();
        for _ in 0..3 {
            assert_eq!(keyphrases_in(en, 5, Lang::En).unwrap(), first_en);
            assert_eq!(keyphrases_in(de, 5, Lang::De).unwrap(), first_de);
        }
        // "den" is a German stop word, not an English one: the memo is per language.
        let texts: Vec<String> = first_de.iter().map(|p| p.text().to_string()).collect();
        assert!(
            texts.iter().all(|t| !t.starts_with("den ") && t != "den"),
            "{texts:?}"
        );
        assert!(texts.iter().any(|t| t == "Streik"), "{texts:?}");
    }

    /// Packed keys (texts under 2 MB) and byte keys (longer texts)
    /// number candidates alike, through the packed table's growth.
    #[test]
    fn both_candidate_indexes_number_keys_alike() {
        let mut packed = CandidateIndex::new(1000, 4);
        let mut bytes = CandidateIndex::new(1 << 22, 4);
        assert!(matches!(packed, CandidateIndex::Packed { .. }));
        assert!(matches!(bytes, CandidateIndex::Bytes(_)));
        let none = u32::MAX;
        for round in 0..2 {
            for k in 0..300u32 {
                let key = match k % 3 {
                    0 => [k / 3, none, none],
                    1 => [k / 3, 0, none],
                    _ => [0, 0, k / 3],
                };
                let id = packed.intern(key);
                assert_eq!(id, bytes.intern(key));
                assert_eq!(id, k, "round {round}");
            }
        }
    }

    #[test]
    fn no_stop_words_at_edges_and_no_overlaps() {
        let text = "The leaked transcripts of the call were fake. Leaked transcripts show the peace plan. \
                    The peace plan was drafted. A peace plan for Ukraine and the leaked transcript.";
        let phrases = keyphrases(text, 10).unwrap();
        let stop = StopWords::english();
        for p in &phrases {
            let words: Vec<&str> = p.text().split(' ').collect();
            for edge in [words.first(), words.last()].into_iter().flatten() {
                assert!(!stop.contains(&edge.to_lowercase()), "{:?}", p.text());
            }
            for (span, t) in p.occurrences() {
                assert_eq!(&text[span.range()], t);
            }
        }
        let texts: Vec<&str> = phrases.iter().map(|p| p.text()).collect();
        assert!(
            texts.contains(&"leaked transcripts") && texts.contains(&"peace plan"),
            "{texts:?}"
        );
        // "leaked transcript" (singular) merged; "peace" alone left out.
        let leaked = phrases
            .iter()
            .find(|p| p.text() == "leaked transcripts")
            .unwrap();
        assert_eq!(leaked.count(), 3);
        assert!(!texts.contains(&"peace") && !texts.contains(&"plan"));
    }

    /// A unit of measure alone ("km", six times in a story about a speed
    /// limit) was a key phrase; a phrase holding one still can be.
    #[test]
    fn a_soft_hyphen_does_not_split_a_phrase() {
        let text = "Die Bundes\u{ad}regierung hat beschlossen. Die Bundesregierung will \
                    das Gesetz. Die Bundesregierung tagt morgen wieder.";
        let phrases = keyphrases_in(text, 5, Lang::De).unwrap();
        let first = phrases.first().expect("a phrase");
        assert_eq!(first.text().replace('\u{ad}', ""), "Bundesregierung");
        assert_eq!(first.count(), 3, "{phrases:?}");
        assert!(
            phrases
                .iter()
                .all(|p| !p.text().contains(' ') || !p.text().starts_with("Bundes\u{ad}")),
            "{phrases:?}"
        );
    }

    #[test]
    fn a_unit_alone_is_no_keyphrase() {
        let text = "The speed limit fell to 80 km/h. Drivers on 80 km roads complained. \
                    A 90 km stretch kept its limit. Police measured 100 km trips. \
                    The limit saves fuel, the ministry said. The limit stays.";
        let phrases = texts(text, Lang::En);
        assert!(!phrases.iter().any(|p| p == "km"), "{phrases:?}");
        assert!(phrases.iter().any(|p| p == "limit"), "{phrases:?}");
    }

    /// A capitalised stop word inside a sentence, before a capitalised
    /// word, opens a name and stays with it; the same word at the start of
    /// a sentence, in lower case, or before a lower-case word is a stop
    /// word as before. Text of our own writing.
    #[test]
    fn a_weekday_month_or_title_alone_is_no_key_phrase() {
        let text = "The ferry sails on Saturday. On Saturday the harbour opens, and in \
                    August the ferry sails twice. Theresa May said the ferry matters; May \
                    spoke on Saturday.";
        let phrases: Vec<String> = keyphrases_in(text, 100, Lang::En)
            .unwrap()
            .into_iter()
            .map(|k| k.text)
            .collect();
        assert!(
            !phrases.iter().any(|p| p == "Saturday" || p == "August"),
            "{phrases:?}"
        );
        assert!(phrases.iter().any(|p| p.contains("ferry")), "{phrases:?}");
        let titled = keyphrases_in(
            "Mr. Walsh said the cable works. Mr. Keane laid the cable, and Mr. Byrne and \
             Mr. Daly paid for it. Dr. Ryan and Dr. Nolan agreed with Mr. Walsh.",
            100,
            Lang::En,
        )
        .unwrap();
        assert!(
            !titled.iter().any(|k| k.text == "Mr" || k.text == "Dr"),
            "{titled:?}"
        );
        let fr = keyphrases_in(
            "Le marché ouvre vendredi. Vendredi, le marché du port attire la foule.",
            100,
            Lang::Fr,
        )
        .unwrap();
        assert!(
            !fr.iter().any(|k| k.text.to_lowercase() == "vendredi"),
            "{fr:?}"
        );
    }

    #[test]
    fn no_phrase_joins_part_of_a_run_of_capitals_to_other_words() {
        let text = "The department in Dublin paid most of it, and Galway County Council \
                    paid the rest. Later Galway County Council paid again, and the \
                    council told BBC Radio it would pay.";
        let phrases: Vec<String> = keyphrases_in(text, 100, Lang::En)
            .unwrap()
            .into_iter()
            .map(|k| k.text)
            .collect();
        for bad in ["County Council paid", "Council paid", "told BBC"] {
            assert!(!phrases.iter().any(|p| p == bad), "{bad} in {phrases:?}");
        }
        assert!(
            phrases.iter().any(|p| p == "Galway County Council"),
            "{phrases:?}"
        );
    }

    #[test]
    fn a_capitalised_stop_word_opens_a_name() {
        let text = "Flights to New Zealand resumed on Monday. Tourists in New Zealand spent more. \
                    The new rules apply from June. Judges at The Hague ruled on the case. \
                    New rules came in. A new airline flies to New Zealand twice a week.";
        let got = texts(text, Lang::En);
        assert!(got.iter().any(|p| p == "New Zealand"), "{got:?}");
        assert!(!got.iter().any(|p| p == "Zealand"), "{got:?}");
        assert!(got.iter().any(|p| p == "The Hague"), "{got:?}");
        // A headline in Title Case: capitals there tell no names.
        let headline = texts(
            "Student Dies After Diet Pills She Bought Online\n\nThe pills were sold online.",
            Lang::En,
        );
        assert!(
            !headline.iter().any(|p| p.starts_with("She")),
            "{headline:?}"
        );
        // "The new rules", "New rules": no name, the stop word stays out.
        assert!(
            !got.iter()
                .any(|p| p.starts_with("The new") || p.starts_with("New rules")),
            "{got:?}"
        );
        let phrases = keyphrases(text, 20).unwrap();
        let zealand = phrases.iter().find(|p| p.text() == "New Zealand").unwrap();
        assert_eq!(zealand.count(), 3);
        for (span, t) in zealand.occurrences() {
            assert_eq!(&text[span.range()], t);
        }
        // German capitalises nouns, so capitals open no name there.
        let de = texts(
            "Die Reise nach Neuseeland dauert lange. Wir fahren mit Der Bahn.",
            Lang::De,
        );
        assert!(!de.iter().any(|p| p.starts_with("Der")), "{de:?}");
    }

    fn texts(text: &str, lang: Lang) -> Vec<String> {
        keyphrases_in(text, 20, lang)
            .unwrap()
            .iter()
            .map(|p| p.text().to_string())
            .collect()
    }

    /// No phrase is, starts or ends with a stop word of the language.
    fn assert_no_stop_words_at_edges(phrases: &[String], lang: Lang) {
        let stop = StopWords::for_lang(lang).unwrap();
        for p in phrases {
            let words: Vec<&str> = p.split(' ').collect();
            for edge in [words.first(), words.last()].into_iter().flatten() {
                assert!(!stop.contains(&edge.to_lowercase()), "{p:?} in {phrases:?}");
            }
        }
    }

    #[test]
    fn german_stop_words_are_never_phrases() {
        let text = "Der Streik der Lokführer legt seit Montag den Verkehr in ganz Deutschland lahm. \
            Nach Angaben der Bahn fallen mehr als die Hälfte der Fernzüge aus, und von einer Einigung \
            ist keine Rede. Der Streik der Lokführer soll bis Mittwoch dauern. Eine Sprecherin der \
            Gewerkschaft sagte, der Streik sei die Antwort auf ein unzureichendes Angebot. \
            Pendler und Reisende müssen mit einem Notfahrplan auskommen, und der Güterverkehr \
            steht ebenfalls still. Die Bahn nannte den Streik der Lokführer unverhältnismäßig.";
        let phrases = texts(text, Lang::De);
        assert_no_stop_words_at_edges(&phrases, Lang::De);
        for w in ["der", "und", "eine", "von", "die"] {
            assert!(
                !phrases.iter().any(|p| p.to_lowercase() == w),
                "{w} in {phrases:?}"
            );
        }
        assert!(phrases.iter().any(|p| p.contains("Streik")), "{phrases:?}");
        // Detected without being told.
        assert_eq!(keyphrases(text, 20).unwrap()[0].text(), phrases[0]);
    }

    #[test]
    fn french_stop_words_and_elisions_are_left_out() {
        let text = "L'autoroute A8 est fermée depuis lundi après un glissement de terrain. \
            Les travaux de l'autoroute devraient durer trois semaines, selon la préfecture. \
            Le trafic de poids lourds est dévié par la route du littoral, et les habitants \
            de la vallée craignent des bouchons. La préfecture a promis de rouvrir l'autoroute \
            avant les vacances.";
        let phrases = texts(text, Lang::Fr);
        assert_no_stop_words_at_edges(&phrases, Lang::Fr);
        for w in ["de", "le", "la", "les", "l'autoroute"] {
            assert!(
                !phrases.iter().any(|p| p.to_lowercase() == w),
                "{w} in {phrases:?}"
            );
        }
        let autoroute = keyphrases_in(text, 20, Lang::Fr)
            .unwrap()
            .into_iter()
            .find(|p| p.text().to_lowercase().starts_with("autoroute"))
            .expect("autoroute is a key phrase");
        // "L'autoroute", "l'autoroute" ×2: one phrase, the elision outside it.
        assert!(autoroute.count() >= 3, "{autoroute:?}");
        for (span, t) in autoroute.occurrences() {
            assert_eq!(&text[span.range()], t);
            assert!(!t.contains('\''), "{t}");
        }
    }

    #[test]
    fn languages_without_a_stop_list_still_work() {
        let phrases = texts(
            "Rada miasta zatwierdziła nowy budżet. Nowy budżet obejmuje szkoły.",
            Lang::Other("pl"),
        );
        assert!(phrases.iter().any(|p| p.contains("budżet")), "{phrases:?}");
    }

    /// Without a stop list, the short words of a language written in words
    /// are its function words: no phrase is one, or starts or ends with
    /// one, but an acronym in capitals is a phrase. Texts of our own.
    #[test]
    fn short_words_are_stop_words_without_a_stop_list() {
        for (text, lang, wanted) in [
            (
                "Rada miasta nie ma pieniędzy na szkoły. Rada miasta się zebrała i to do                  nocy. Że budżet jest za mały, to wie każdy radny. UE da pieniądze na szkoły.",
                "pl",
                "Rada miasta",
            ),
            (
                "A város tanácsa és a polgármester az új költségvetésről is vitázott. A                  város tanácsa egy új iskolát ígér, ha az EU is segít.",
                "hu",
                "város tanácsa",
            ),
            (
                "Kaupunginvaltuusto on hyväksynyt budjetin ja koulut saavat rahaa.                  Kaupunginvaltuusto voi myös pyytää EU tukea.",
                "fi",
                "Kaupunginvaltuusto",
            ),
        ] {
            let phrases = texts(text, Lang::Other(lang));
            assert!(phrases.iter().any(|p| p == wanted), "{lang}: {phrases:?}");
            assert!(
                phrases
                    .iter()
                    .any(|p| p.split_whitespace().any(|w| w == "EU" || w == "UE")),
                "{lang}: {phrases:?}"
            );
            for p in &phrases {
                let words: Vec<&str> = p.split_whitespace().collect();
                let edge = |w: &&str| w.chars().count() <= 3 && !is_acronym(w);
                assert!(
                    !words.first().is_some_and(edge) && !words.last().is_some_and(edge),
                    "{lang}: {p:?} in {phrases:?}"
                );
            }
        }
        // Vietnamese words are one syllable each: no short-word rule there.
        let vi = texts("Hà Nội có mưa to. Người dân ở nhà.", Lang::Other("vi"));
        assert!(
            vi.iter()
                .any(|p| p.split_whitespace().any(|w| w.chars().count() <= 3)),
            "{vi:?}"
        );
    }

    #[test]
    fn options_are_checked() {
        assert_eq!(keyphrases("x", 0).unwrap_err().option(), Some("top"));
        assert_eq!(keyphrases("x", 101).unwrap_err().option(), Some("top"));
        assert!(keyphrases("", 5).unwrap().is_empty());
        assert!(keyphrases("the of and", 5).unwrap().is_empty());
    }

    /// The summary's words give the phrases of analysing every word
    /// again, in every language, with the words whose analysis differs
    /// (curly apostrophes, possessives of one letter, elisions, stop words
    /// opening names, stems equal to a stop word). Texts of our own writing.
    #[test]
    fn the_summary_words_give_the_same_phrases() {
        let texts = [
            "Flights to New Zealand resumed. Tourists in New Zealand spent more, said the US \
             envoy in The Hague. Trump\u{2019}s plan and Trump's talks: x's and a\u{2019}s \
             marks. The others met other envoys; The Others film. Ushakov's talks in New \
             Zealand.",
            "L\u{2019}autoroute A8 est ferm\u{e9}e. Les travaux de l'autoroute d\u{e9}butent \
             aujourd\u{2019}hui et aujourd'hui, dit Le Monde. La pr\u{e9}fecture de \
             l\u{2019}Is\u{e8}re et l'Is\u{e8}re. Quelqu\u{2019}un a dit l'.",
            "La crescita dell\u{2019}economia e dell'economia italiana. L'Italia e \
             l\u{2019}Italia, disse Il Sole.",
            "Die Bundes\u{ad}regierung und die Bundesregierung. Der Streik trifft Pendler \
             der Deutschen Bahn, sagt Der Spiegel. Geht\u{2019}s weiter? Geht's weiter?",
            "\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430} \u{438} \u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}. \
             \u{3a3}\u{39f}\u{3a3} \u{3c3}\u{3bf}\u{3c2}.",
            "Rada miasta zatwierdzi\u{142}a nowy bud\u{17c}et. Nowy bud\u{17c}et obejmuje szko\u{142}y.",
            "\u{6771}\u{4eac}\u{90fd}\u{306e}\u{4e88}\u{7b97}\u{3002}\u{6771}\u{4eac}\u{90fd}\u{306f}\u{3002}",
        ];
        let langs = [
            Lang::En,
            Lang::Fr,
            Lang::It,
            Lang::De,
            Lang::Ru,
            Lang::Es,
            Lang::Nl,
            Lang::Pt,
            Lang::Ja,
            Lang::Other("pl"),
        ];
        for text in texts {
            for lang in langs {
                let options = crate::SummaryOptions::new().lang(Some(lang));
                let (summary, words) =
                    crate::summarize::summarize_with_words(text, &options, None).unwrap();
                assert!(words.is_some());
                let split = summary.sentence_split();
                let got = keyphrases_split(text, 20, lang, &split, words.as_ref()).unwrap();
                assert_eq!(
                    got,
                    keyphrases_in(text, 20, lang).unwrap(),
                    "{lang:?} {text}"
                );
            }
            // Detected, as `analyze` does without a language.
            let options = crate::SummaryOptions::new();
            let (summary, phrases) = summarize_with_keyphrases(text, &options, 20).unwrap();
            assert_eq!(
                phrases,
                keyphrases_in(text, 20, summary.lang().lang).unwrap()
            );
        }
    }

    /// The summary looks up its lower-case words lower-cased again; the
    /// ranker takes them as they are. The same for every character.
    #[test]
    fn lower_case_is_lower_case_again() {
        let mut buf = String::new();
        let mut again = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let word = c.to_string();
            crate::analyze::lower_into(&word, &mut buf);
            crate::analyze::lower_into(&buf, &mut again);
            assert_eq!(buf, again, "{c:?}");
        }
    }

    /// `analyze` hands the summary's sentences to the recognizer and the
    /// ranker: the results are those of splitting again, whether the
    /// summary split by their rules (shared) or not (each splits itself).
    #[test]
    fn the_summary_split_gives_the_same_entities_and_phrases() {
        let en = "Peace talks stalled in Geneva on Monday, said Dr. Jane Smith of the U.N. \
                  The peace talks resumed at 9 a.m. and may end the war.\n\nMr. Putin met \
                  Steve Witkoff in Moscow. Witkoff later left for Washington.";
        let de = "Der Streik legt am 3. Oktober den Verkehr lahm, z. B. in Berlin. Der Streik \
                  trifft Pendler der Deutschen Bahn. Angela Merkel sprach in Wolfsburg.";
        let types = crate::EntityType::ALL;
        for (text, given) in [
            (en, None),
            (en, Some(Lang::De)),
            (de, None),
            (de, Some(Lang::De)),
        ] {
            let mut options = crate::SummaryOptions::new();
            if let Some(lang) = given {
                options = options.lang(Some(lang));
            }
            let summary = crate::summarize(text, &options).unwrap();
            let lang = summary.lang().lang;
            let split = summary.sentence_split();
            assert_eq!(
                keyphrases_split(text, 10, lang, &split, None).unwrap(),
                keyphrases_in(text, 10, lang).unwrap()
            );
            assert_eq!(
                crate::entities::entities_of_types_split(text, &types, lang, &split).unwrap(),
                crate::entities::entities_of_types_in(text, &types, Some(lang)).unwrap()
            );
        }
    }
}
