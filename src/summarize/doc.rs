//! The prepared document every algorithm works on: sentences, their roles
//! and layout, and their words and terms from the analysis pipeline.

use std::sync::{LazyLock, Mutex, TryLockError};

use super::prepare::{roles, Layout, Role};
use super::progress::Reporter;
use super::rank::sort_u32;
use super::worth::{COMMON_KNOWN, COMMON_WORD};
use crate::analyze::{lower_into, Analyzer};
use crate::hash::{Interner, Strings};
use crate::text::Span;

/// Marks a word the analyzer dropped (a stop word) in a term sequence.
pub(crate) const NONE: u32 = u32::MAX;

use crate::Lang;

/// The analyzers of the languages seen so far (built once each).
static ANALYZERS: Mutex<Vec<(Lang, &'static Analyzer)>> = Mutex::new(Vec::new());

/// The analysis preset of `lang`, built on first use and kept.
fn analyzer(lang: Lang) -> &'static Analyzer {
    static ENGLISH: LazyLock<Analyzer> = LazyLock::new(Analyzer::english);
    if lang == Lang::En {
        return &ENGLISH;
    }
    let mut all = match ANALYZERS.lock() {
        Ok(a) => a,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(&(_, a)) = all.iter().find(|(l, _)| *l == lang) {
        return a;
    }
    // One analyzer per language for the life of the module: a few dozen
    // at most, so leaking them is bounded.
    let a: &'static Analyzer = Box::leak(Box::new(Analyzer::for_lang(lang)));
    all.push((lang, a));
    a
}

/// What earlier calls learnt about words. Stemming is most of the cost of
/// analysis and news reuses its words, so the memo survives between calls;
/// it is cleared when it holds more than [`MEMO_LIMIT`] words (a few MB).
/// It memoizes a pure function: results never depend on it.
struct Memo {
    /// The language whose analysis the memo holds.
    lang: Lang,
    /// Lower-case words.
    words: Interner,
    /// The stem of each word ([`NONE`] for a stop word).
    stem_of: Vec<u32>,
    /// What kind of word each is for the worthiness cues
    /// ([`super::worth::word_flags`]), found once per distinct word.
    flags_of: Vec<u16>,
    /// Stems.
    stems: Interner,
    /// Per word and per stem: the call that last saw it (`stamp`) and its
    /// id in that call's document. Document ids count up by first
    /// occurrence in the document, like the memo's own ids but per call.
    word_in_doc: Vec<(u32, u32)>,
    stem_in_doc: Vec<(u32, u32)>,
    stamp: u32,
}

impl Memo {
    const fn new() -> Memo {
        Memo {
            lang: Lang::En,
            words: Interner::new(),
            stem_of: Vec::new(),
            flags_of: Vec::new(),
            stems: Interner::new(),
            word_in_doc: Vec::new(),
            stem_in_doc: Vec::new(),
            stamp: 0,
        }
    }
}

impl Memo {
    /// The id of `word` (lower case), analysing it on first sight.
    fn word(&mut self, word: &str, analyzer: &Analyzer) -> usize {
        let (g, new) = self.words.insert(word.as_bytes());
        if new {
            let stem = match analyzer.normalize(word) {
                Some(stem) => self.stems.intern(stem.as_bytes()),
                None => NONE,
            };
            self.stem_of.push(stem);
            self.flags_of
                .push(super::worth::word_flags(word, self.lang));
            self.word_in_doc.push((0, 0));
            if self.stem_in_doc.len() < self.stems.len() {
                self.stem_in_doc.push((0, 0));
            }
        }
        g as usize
    }
}

static MEMO: Mutex<Memo> = Mutex::new(Memo::new());
const MEMO_LIMIT: usize = 100_000;

/// The words of every sentence, token by token: the lower-case word (an id
/// into the document's own word list) and the term (a stem id, or
/// [`NONE`] for a stop word).
pub(crate) struct Tokens {
    /// Where each sentence's tokens start (one more entry than sentences).
    start: Vec<u32>,
    lower: Vec<u32>,
    /// The cue flags of each token's word ([`super::worth::word_flags`]).
    flags: Vec<u16>,
    terms: Vec<u32>,
    /// The document's distinct lower-case words, by id.
    words: WordList,
}

/// Words stored end to end in one `String`, numbered in order of pushing.
/// Read back by slicing the `String` (a char-boundary check), where a list
/// of byte strings would validate the bytes as UTF-8 on every read (the
/// scorers read these words tens of thousands of times per article).
#[derive(Default)]
struct WordList {
    text: String,
    /// End of each word in `text` (a word starts where the previous ends).
    ends: Vec<u32>,
}

impl WordList {
    /// Appends `word`; returns its number.
    fn push(&mut self, word: &str) -> u32 {
        self.text.push_str(word);
        self.ends.push(self.text.len() as u32);
        self.ends.len() as u32 - 1
    }

    /// Word number `id` (empty for an unknown number).
    fn get(&self, id: u32) -> &str {
        self.text
            .get(crate::hash::nth(&self.ends, id))
            .unwrap_or("")
    }

    /// Number of words in the list.
    fn len(&self) -> usize {
        self.ends.len()
    }
}

impl Tokens {
    fn range(&self, i: usize) -> std::ops::Range<usize> {
        let a = self.start.get(i).map_or(0, |&a| a as usize);
        let b = self.start.get(i + 1).map_or(a, |&b| b as usize);
        a..b.max(a)
    }

    /// Number of words of sentence `i`.
    pub fn count(&self, i: usize) -> usize {
        self.range(i).len()
    }

    /// The lower-case word ids of sentence `i`.
    pub fn lower(&self, i: usize) -> &[u32] {
        self.lower.get(self.range(i)).unwrap_or(&[])
    }

    /// The cue flags of the words of sentence `i`
    /// ([`super::worth::word_flags`]), token by token.
    pub fn flags(&self, i: usize) -> &[u16] {
        self.flags.get(self.range(i)).unwrap_or(&[])
    }

    /// The term ids of sentence `i` ([`NONE`] for dropped words).
    pub fn terms(&self, i: usize) -> &[u32] {
        self.terms.get(self.range(i)).unwrap_or(&[])
    }

    /// The lower-case word of id `w`.
    pub fn word(&self, w: u32) -> &str {
        self.words.get(w)
    }

    /// The lower-case words of sentence `i`.
    pub fn words(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        self.lower(i).iter().map(|&w| self.word(w))
    }
}

/// A document ready for scoring.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    /// The language the text is analysed in.
    pub lang: Lang,
    pub spans: Vec<Span>,
    pub roles: Vec<Role>,
    pub layout: Vec<Layout>,
    pub title: Option<usize>,
    /// The section heading each sentence sits under, if any.
    pub heading_of: Vec<Option<usize>>,
    /// Indices of the candidate (body) sentences, in document order.
    pub cands: Vec<usize>,
    /// Number of words of each sentence (stop words included).
    pub words: Vec<u32>,
    /// Number of distinct terms in the document.
    pub n_terms: usize,
    pub tokens: Tokens,
    /// The terms of the standfirst and title given with the text (sorted, distinct;
    /// only terms the text uses).
    pub standfirst_terms: Vec<u32>,
    bag_start: Vec<u32>,
    bags: Vec<(u32, u32)>,
    /// The span of every word, flat, as the tokens list them.
    word_spans: Vec<Span>,
    /// Each term's stem, by term id, when asked for ([`Doc::into_words`]).
    stems: Option<Strings>,
}

/// The words of a text as the summary analysed them: kept for the key
/// phrases of the same text (`analyze`), which split, lower-case, look up
/// and stem the same words by the same rules, so that each word is
/// analysed once.
pub(crate) struct Words {
    /// The language the words were analysed in.
    pub lang: Lang,
    /// The sentence splitter's rules the sentences were cut by (a code for
    /// [`crate::text::split_by_rules`]).
    pub rules: &'static str,
    /// The sentences.
    pub sentences: Vec<Span>,
    word_spans: Vec<Span>,
    tokens: Tokens,
    stems: Strings,
}

/// The words of one sentence, word by word.
pub(crate) struct SentenceWords<'w> {
    /// Their spans: those of [`crate::text::word_indices`] of the sentence
    /// alone.
    pub spans: &'w [Span],
    /// Their lower-case words, as numbers for [`Words::word`].
    pub lower: &'w [u32],
    /// Their terms: stem ids numbered from 0 by first use in the text
    /// ([`Words::stems`]), [`NONE`] for a stop word.
    pub terms: &'w [u32],
    /// Their cue flags ([`super::worth::word_flags`]), in English with
    /// [`COMMON_WORD`] for a common word.
    pub flags: &'w [u16],
}

impl Words {
    /// The words of sentence `i`.
    pub fn sentence(&self, i: usize) -> SentenceWords<'_> {
        let range = self.tokens.range(i);
        SentenceWords {
            spans: self.word_spans.get(range).unwrap_or(&[]),
            lower: self.tokens.lower(i),
            terms: self.tokens.terms(i),
            flags: self.tokens.flags(i),
        }
    }

    /// Number of words (tokens) in the text.
    pub fn n_tokens(&self) -> usize {
        self.word_spans.len()
    }

    /// The lower-case word of id `w` (as [`lower_into`] makes it).
    pub fn word(&self, w: u32) -> &str {
        self.tokens.word(w)
    }

    /// Number of distinct lower-case words.
    pub fn n_words(&self) -> usize {
        self.tokens.words.len()
    }

    /// The stems of the terms, in term order.
    pub fn stems(&self) -> impl Iterator<Item = &[u8]> + '_ {
        (0..self.stems.len() as u32).map(|t| self.stems.get(t))
    }
}

/// The word spans of every sentence, flat, with where each sentence's
/// words start. Words come from one pass over the whole text; a word that
/// crosses a sentence boundary (sentences not separated by whitespace)
/// sends that sentence back to being split on its own, so the result is
/// always that of splitting each sentence alone.
fn sentence_words(text: &str, spans: &[Span]) -> (Vec<Span>, Vec<u32>) {
    let all: Vec<Span> = crate::text::word_indices(text).map(|(s, _)| s).collect();
    let mut out = Vec::with_capacity(all.len());
    let mut start = Vec::with_capacity(spans.len() + 1);
    let mut k = 0;
    for span in spans {
        start.push(out.len() as u32);
        let first = out.len();
        let mut alone = false;
        while let Some(&w) = all.get(k) {
            if w.start() >= span.end() {
                break;
            }
            if w.start() < span.start() || w.end() > span.end() {
                if w.end() > span.end() {
                    alone = true;
                    break; // it may belong to the next sentence too
                }
                if w.end() > span.start() {
                    alone = true;
                }
                k += 1;
                continue;
            }
            out.push(w);
            k += 1;
        }
        if alone {
            out.truncate(first);
            let base = span.start();
            out.extend(
                crate::text::word_indices(span.as_str(text))
                    .map(|(w, _)| Span::new(base + w.start(), base + w.end())),
            );
        }
    }
    start.push(out.len() as u32);
    (out, start)
}

/// The span of the sentences of `text` (split at `spans`) that make up
/// `standfirst`, when a run of them does: the first sentence it starts
/// with, and the ones after it while it goes on with them (whitespace
/// between them aside).
fn standfirst_in(text: &str, spans: &[Span], standfirst: &str) -> Option<Span> {
    let first = spans
        .iter()
        .position(|s| standfirst.starts_with(s.as_str(text)))?;
    let start = spans.get(first)?;
    let mut rest = standfirst;
    let mut end = start.end();
    for span in spans.get(first..).unwrap_or(&[]) {
        let sentence = span.as_str(text);
        match rest.strip_prefix(sentence) {
            Some(r) => {
                rest = r.trim_start();
                end = span.end();
            }
            None => break,
        }
        if rest.is_empty() {
            break;
        }
    }
    rest.is_empty().then(|| Span::new(start.start(), end))
}

impl<'t> Doc<'t> {
    /// Segments, prepares and analyzes `text` in `lang`.
    #[cfg(test)]
    pub fn new(text: &'t str, lang: Lang, progress: &mut Reporter) -> Doc<'t> {
        Doc::with_standfirst(
            text,
            lang,
            lang.splitter_code(),
            None,
            None,
            false,
            progress,
        )
    }

    /// Segments, prepares and analyzes `text` in `lang`, with the sentence
    /// splitter's rules given apart (`split`, a code for
    /// [`crate::text::split_by_rules`], for a language that was only
    /// guessed), the article's standfirst (its terms inform the topic
    /// and, where the text holds it, its sentences are
    /// [`Role::Standfirst`]) and its title when known apart from the text
    /// (its terms inform the topic; a line of the text is the title only
    /// when it repeats it). With `keep_stems`, the document also keeps each
    /// term's stem, for [`Doc::into_words`].
    pub fn with_standfirst(
        text: &'t str,
        lang: Lang,
        split: &str,
        standfirst: Option<&str>,
        given_title: Option<&str>,
        keep_stems: bool,
        progress: &mut Reporter,
    ) -> Doc<'t> {
        let analyzer = analyzer(lang);
        progress.report("segment", 0, 1);
        let spans: Vec<Span> = crate::text::split_by_rules(text, split)
            .map(|(s, _)| s)
            .collect();
        let n = spans.len();
        let (word_spans, start) = sentence_words(text, &spans);
        progress.report("segment", 1, 1);

        // A progress callback may call lede again while this call holds
        // the memo: that call gets a memo of its own (results never depend
        // on the memo), instead of re-locking the mutex, which traps.
        let mut guard = match MEMO.try_lock() {
            Ok(m) => Some(m),
            Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        };
        let mut own = Memo::new();
        let memo: &mut Memo = guard.as_deref_mut().unwrap_or(&mut own);
        if memo.words.len() > MEMO_LIMIT || memo.stamp == u32::MAX || memo.lang != lang {
            *memo = Memo::new();
            memo.lang = lang;
        }
        memo.stamp += 1;
        let stamp = memo.stamp;
        let mut lower = Vec::with_capacity(word_spans.len());
        let mut flags = Vec::with_capacity(word_spans.len());
        let mut terms = Vec::with_capacity(word_spans.len());
        let mut doc_words = WordList::default();
        let mut stems = keep_stems.then(Strings::new);
        let mut n_terms = 0u32;
        let mut buf = String::new();
        let mut pair = String::new();
        for (i, range) in start.windows(2).enumerate() {
            if i % 1024 == 0 {
                progress.report("analyze", i, n);
            }
            let (a, b) = (range[0] as usize, range[1] as usize);
            let sentence_words = word_spans.get(a..b).unwrap_or(&[]);
            let mut joined = false;
            for (j, w) in sentence_words.iter().enumerate() {
                lower_into(w.as_str(text), &mut buf);
                let g = memo.word(&buf, analyzer);
                if let Some(seen) = memo.word_in_doc.get_mut(g) {
                    if seen.0 != stamp {
                        *seen = (stamp, doc_words.push(&buf));
                    }
                    lower.push(seen.1);
                    let mut f = memo.flags_of.get(g).copied().unwrap_or(0);
                    // For the key phrases of the same text: whether an
                    // English word is a common word, found once per word
                    // the memo holds (and only for them: a summary alone
                    // never asks).
                    if keep_stems && lang == Lang::En && f & COMMON_KNOWN == 0 {
                        f |= COMMON_KNOWN;
                        if crate::entities::lexicon::is_common_word(&buf) {
                            f |= COMMON_WORD;
                        }
                        if let Some(slot) = memo.flags_of.get_mut(g) {
                            *slot = f;
                        }
                    }
                    flags.push(f);
                }
                // Bigram analysis: the term of a Chinese or Japanese
                // character is its pair with the next one of the run.
                let key = if analyzer.is_bigrams() && crate::analyze::is_unspaced(&buf) {
                    let prev_joined = std::mem::replace(&mut joined, false);
                    match sentence_words.get(j + 1).filter(|n| n.start() == w.end()) {
                        Some(next) if crate::analyze::is_unspaced(next.as_str(text)) => {
                            joined = true;
                            pair.clear();
                            pair.push_str(&buf);
                            pair.push_str(next.as_str(text));
                            Some(memo.word(&pair, analyzer))
                        }
                        _ if prev_joined => None,
                        _ => Some(g),
                    }
                } else {
                    joined = false;
                    Some(g)
                };
                let stem = key
                    .and_then(|k| memo.stem_of.get(k).copied())
                    .unwrap_or(NONE);
                let term = match memo.stem_in_doc.get_mut(stem as usize) {
                    Some(seen) => {
                        if seen.0 != stamp {
                            *seen = (stamp, n_terms);
                            n_terms += 1;
                            if let Some(stems) = stems.as_mut() {
                                stems.push(memo.stems.key(stem));
                            }
                        }
                        seen.1
                    }
                    None => NONE,
                };
                terms.push(term);
            }
        }
        // The terms of the standfirst and of the given title, as ids of
        // this document's terms (a term the text never uses cannot overlap
        // a sentence); and the title's words as ids of this document's
        // words (a word the text never uses gets an id of its own), to
        // tell whether a line of the text repeats it.
        let standfirst = standfirst.map(str::trim).filter(|s| !s.is_empty());
        let given_title = given_title.map(str::trim).filter(|s| !s.is_empty());
        let mut standfirst_terms = Vec::new();
        let mut title_words: Vec<u32> = Vec::new();
        for (part, is_title) in [(standfirst, false), (given_title, true)] {
            let Some(part) = part else { continue };
            for (w, _) in crate::text::word_indices(part) {
                lower_into(w.as_str(part), &mut buf);
                let g = memo.word(&buf, analyzer);
                if is_title {
                    let id = match memo.word_in_doc.get(g) {
                        Some(&(seen, id)) if seen == stamp => id,
                        _ => u32::MAX - title_words.len() as u32,
                    };
                    title_words.push(id);
                }
                let stem = memo.stem_of.get(g).copied().unwrap_or(NONE);
                if let Some(&(seen, id)) = memo.stem_in_doc.get(stem as usize) {
                    if seen == stamp {
                        standfirst_terms.push(id);
                    }
                }
            }
        }
        sort_u32(&mut standfirst_terms);
        standfirst_terms.dedup();
        drop(guard);
        progress.report("analyze", n, n);
        let tokens = Tokens {
            start,
            lower,
            flags,
            terms,
            words: doc_words,
        };

        // Where the text holds the standfirst (as a block of its own, as
        // `extract` gives it).
        let standfirst_span = standfirst.and_then(|sf| standfirst_in(text, &spans, sf));
        let (mut roles, layout, mut title) = roles(text, &spans, &tokens, standfirst_span);
        // With the title given, a first line that does not repeat it is a
        // label (a caption, an infobox row), not the headline.
        if let (Some(t), Some(_)) = (title, given_title) {
            if !super::prepare::near_duplicate(&title_words, tokens.lower(t)) {
                if let Some(r) = roles.get_mut(t) {
                    *r = Role::Heading;
                }
                title = None;
            }
        }
        let mut heading_of = Vec::with_capacity(n);
        let mut heading = None;
        for (i, role) in roles.iter().enumerate() {
            if *role == Role::Heading {
                heading = Some(i);
            }
            heading_of.push(heading);
        }
        let cands: Vec<usize> = (0..n)
            .filter(|&i| roles.get(i) == Some(&Role::Body))
            .collect();

        // Bags: the distinct terms of each sentence with their counts,
        // sorted by term.
        let mut words = Vec::with_capacity(n);
        let mut bag_start = Vec::with_capacity(n + 1);
        let mut bags = Vec::with_capacity(tokens.terms.len() / 2);
        let mut count = vec![0u32; n_terms as usize];
        let mut scratch: Vec<u32> = Vec::new();
        bag_start.push(0);
        for i in 0..n {
            let ts = tokens.terms(i);
            words.push(ts.len() as u32);
            scratch.clear();
            for &t in ts {
                if let Some(c) = count.get_mut(t as usize) {
                    if *c == 0 {
                        scratch.push(t);
                    }
                    *c += 1;
                }
            }
            sort_u32(&mut scratch);
            for &t in &scratch {
                if let Some(c) = count.get_mut(t as usize) {
                    bags.push((t, *c));
                    *c = 0;
                }
            }
            bag_start.push(bags.len() as u32);
        }
        Doc {
            text,
            lang,
            spans,
            roles,
            layout,
            title,
            heading_of,
            cands,
            words,
            n_terms: n_terms as usize,
            tokens,
            standfirst_terms,
            bag_start,
            bags,
            word_spans,
            stems,
        }
    }

    /// The words as this document analysed them, when it kept the stems
    /// ([`Doc::with_standfirst`]); `rules` are those its sentences were
    /// split by.
    pub fn into_words(self, rules: &'static str) -> Option<Words> {
        Some(Words {
            lang: self.lang,
            rules,
            stems: self.stems?,
            sentences: self.spans,
            word_spans: self.word_spans,
            tokens: self.tokens,
        })
    }

    /// The text of sentence `i`.
    pub fn sentence(&self, i: usize) -> &'t str {
        self.spans.get(i).map_or("", |s| s.as_str(self.text))
    }

    /// The word sequence of sentence `i` as term ids ([`NONE`] for dropped
    /// words).
    pub fn terms(&self, i: usize) -> &[u32] {
        self.tokens.terms(i)
    }

    /// The distinct terms of sentence `i` with their counts, sorted by term.
    pub fn bag(&self, i: usize) -> &[(u32, u32)] {
        let (Some(&a), Some(&b)) = (self.bag_start.get(i), self.bag_start.get(i + 1)) else {
            return &[];
        };
        self.bags.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// Number of candidate sentences.
    pub fn n(&self) -> usize {
        self.cands.len()
    }

    /// Sentence index of candidate `c`.
    pub fn sent(&self, c: usize) -> usize {
        self.cands.get(c).copied().unwrap_or(usize::MAX)
    }

    /// Document frequencies of terms over the candidates (in how many
    /// candidate sentences each term appears).
    pub fn candidate_df(&self) -> Vec<u32> {
        let mut df = vec![0u32; self.n_terms];
        for &i in &self.cands {
            for &(t, _) in self.bag(i) {
                if let Some(d) = df.get_mut(t as usize) {
                    *d += 1;
                }
            }
        }
        df
    }

    /// Term frequencies over the candidates.
    pub fn candidate_tf(&self) -> Vec<u32> {
        let mut tf = vec![0u32; self.n_terms];
        for &i in &self.cands {
            for &(t, c) in self.bag(i) {
                if let Some(d) = tf.get_mut(t as usize) {
                    *d += c;
                }
            }
        }
        tf
    }

    /// The terms of the title and of sentence `i`'s section heading.
    pub fn heading_terms(&self, i: usize) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        if let Some(t) = self.title {
            out.extend(self.bag(t).iter().map(|&(t, _)| t));
        }
        if let Some(Some(h)) = self.heading_of.get(i) {
            out.extend(self.bag(*h).iter().map(|&(t, _)| t));
        }
        out.extend_from_slice(&self.standfirst_terms);
        sort_u32(&mut out);
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_words_match_splitting_each_sentence() {
        for text in [
            "One two. Three four.",
            "He said.\"Next one\" here.",
            "Ends with don'\nt split",
            "",
            "3.\n5 people",
        ] {
            let spans: Vec<Span> = crate::text::sentence_indices(text)
                .map(|(s, _)| s)
                .collect();
            let (words, start) = sentence_words(text, &spans);
            for (i, span) in spans.iter().enumerate() {
                let got: Vec<&str> = words[start[i] as usize..start[i + 1] as usize]
                    .iter()
                    .map(|w| w.as_str(text))
                    .collect();
                let want: Vec<&str> = crate::text::word_indices(span.as_str(text))
                    .map(|(_, w)| w)
                    .collect();
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn terms_and_lower_words() {
        let mut r = Reporter::new(None);
        let doc = Doc::new("The Talks were running. TALKS ran late.", Lang::En, &mut r);
        assert_eq!(doc.words, [4, 3]);
        let words: Vec<&str> = doc.tokens.words(1).collect();
        assert_eq!(words, ["talks", "ran", "late"]);
        // "talks" is the same term in both sentences; "the"/"were" are stop words.
        assert_eq!(doc.terms(0)[0], NONE);
        assert_eq!(doc.terms(0)[1], doc.terms(1)[0]);
        assert_eq!(doc.tokens.lower(0)[1], doc.tokens.lower(1)[0]);
        assert_eq!(doc.bag(1).len(), 3);
    }
}
