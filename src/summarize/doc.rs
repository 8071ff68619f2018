//! The prepared document every algorithm works on: sentences, their roles
//! and layout, and their terms from the analysis pipeline.

use std::sync::{LazyLock, Mutex};

use super::hash::FxMap;
use super::prepare::{roles, Layout, Role};
use super::progress::Reporter;
use crate::analyze::Analyzer;
use crate::text::Span;

/// Marks a word the analyzer dropped (a stop word) in a token sequence.
pub(crate) const NONE: u32 = u32::MAX;

static ENGLISH: LazyLock<Analyzer> = LazyLock::new(Analyzer::english);

/// Terms of surface words seen by earlier calls (`None`: a stop word).
/// Stemming is most of the cost of analysis and news reuses its words, so
/// the memo survives between calls; it is cleared past [`MEMO_LIMIT`]
/// entries (a few MB). It memoizes a pure function: results never depend
/// on it.
static MEMO: Mutex<Option<FxMap<String, Option<String>>>> = Mutex::new(None);
const MEMO_LIMIT: usize = 100_000;

/// A document ready for scoring.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
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
    tok_start: Vec<u32>,
    tokens: Vec<u32>,
    bag_start: Vec<u32>,
    bags: Vec<(u32, u32)>,
}

impl<'t> Doc<'t> {
    /// Segments, prepares and analyzes `text`.
    pub fn new(text: &'t str, progress: &mut Reporter) -> Doc<'t> {
        progress.report("segment", 0, 1);
        let spans: Vec<Span> = crate::text::sentence_indices(text)
            .map(|(s, _)| s)
            .collect();
        let (roles, layout, title) = roles(text, &spans);
        progress.report("segment", 1, 1);

        let n = spans.len();
        let mut heading_of = Vec::with_capacity(n);
        let mut heading = None;
        for (i, role) in roles.iter().enumerate() {
            if *role == Role::Heading {
                heading = Some(i);
            }
            heading_of.push(heading);
        }
        let cands: Vec<usize> = (0..n).filter(|&i| roles[i] == Role::Body).collect();

        let mut surface: FxMap<&'t str, u32> = FxMap::default();
        let mut ids: FxMap<String, u32> = FxMap::default();
        let mut words = Vec::with_capacity(n);
        let mut tok_start = Vec::with_capacity(n + 1);
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut bag_start = Vec::with_capacity(n + 1);
        let mut bags = Vec::with_capacity(text.len() / 8);
        let mut scratch: Vec<u32> = Vec::new();
        let mut memo = MEMO
            .lock()
            .map(|mut m| m.take())
            .unwrap_or_default()
            .unwrap_or_default();
        if memo.len() > MEMO_LIMIT {
            memo = FxMap::default();
        }
        tok_start.push(0);
        bag_start.push(0);
        for (i, span) in spans.iter().enumerate() {
            if i % 1024 == 0 {
                progress.report("analyze", i, n);
            }
            let sentence = span.as_str(text);
            let mut count = 0u32;
            for (_, word) in crate::text::word_indices(sentence) {
                count += 1;
                let id = match surface.get(word) {
                    Some(&id) => id,
                    None => {
                        let term = match memo.get(word) {
                            Some(term) => term.clone(),
                            None => {
                                let term = ENGLISH.normalize(word);
                                memo.insert(word.to_string(), term.clone());
                                term
                            }
                        };
                        let id = match term {
                            Some(term) => {
                                let next = ids.len() as u32;
                                *ids.entry(term).or_insert(next)
                            }
                            None => NONE,
                        };
                        surface.insert(word, id);
                        id
                    }
                };
                tokens.push(id);
            }
            words.push(count);
            tok_start.push(tokens.len() as u32);
            scratch.clear();
            scratch.extend(
                tokens[tokens.len() - count as usize..]
                    .iter()
                    .copied()
                    .filter(|&t| t != NONE),
            );
            scratch.sort_unstable();
            let mut k = 0;
            while k < scratch.len() {
                let t = scratch[k];
                let mut c = 0;
                while k < scratch.len() && scratch[k] == t {
                    c += 1;
                    k += 1;
                }
                bags.push((t, c));
            }
            bag_start.push(bags.len() as u32);
        }
        progress.report("analyze", n, n);
        if let Ok(mut m) = MEMO.lock() {
            *m = Some(memo);
        }
        Doc {
            text,
            spans,
            roles,
            layout,
            title,
            heading_of,
            cands,
            words,
            n_terms: ids.len(),
            tok_start,
            tokens,
            bag_start,
            bags,
        }
    }

    /// The text of sentence `i`.
    pub fn sentence(&self, i: usize) -> &'t str {
        self.spans.get(i).map_or("", |s| s.as_str(self.text))
    }

    /// The word sequence of sentence `i` as term ids ([`NONE`] for dropped
    /// words).
    pub fn tokens(&self, i: usize) -> &[u32] {
        let (Some(&a), Some(&b)) = (self.tok_start.get(i), self.tok_start.get(i + 1)) else {
            return &[];
        };
        self.tokens.get(a as usize..b as usize).unwrap_or(&[])
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
        out.sort_unstable();
        out.dedup();
        out
    }
}
