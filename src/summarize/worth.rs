//! Whether a sentence can be a summary on its own, what kind of sentence
//! it is, and whether two sentences make the same claim.
//!
//! These are cheap surface signals that hold for any news text: they read
//! the sentence's characters and its words, never a list fitted to a data
//! set.

use super::doc::Doc;
use crate::Lang;

/// Words that make a sentence lean on the one before it when they open it.
const DANGLING: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "this",
    "these",
    "those",
    "that",
    "that's",
    "it's",
    "but",
    "however",
    "also",
    "and",
    "so",
    "meanwhile",
    "instead",
    "still",
    "yet",
    "his",
    "her",
    "its",
    "their",
    "there",
    "then",
    "or",
    "nor",
    "besides",
    "moreover",
    "furthermore",
    "additionally",
    "such",
    "both",
    "another",
    "other",
    "others",
    "him",
    "them",
    "here",
    "here's",
    "there's",
    "she's",
    "he's",
    "they're",
];

/// The third-person personal and possessive pronouns of a language that,
/// opening a sentence, point back to something an earlier sentence named
/// ("He said...", "Its owner..."), and its connectives that answer the
/// sentence before ("But...", "However,..."): `(pronouns, connectives)`.
/// Closed classes of each language's grammar, not lists fitted to a data
/// set. Demonstratives ("This means...") are told from determiners ("This
/// year...") by [`leans_back`] in English; elsewhere they are left out, as
/// are words that also open sentences without pointing back (German "es",
/// "Es gibt"; Dutch "het", "zijn"; French "ce"). Other languages use the
/// English lists.
fn anaphors(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::De => (
            &[
                "er", "sie", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren",
                "ihrem", "ihrer", "dies",
            ],
            &[
                "aber",
                "jedoch",
                "doch",
                "dennoch",
                "trotzdem",
                "außerdem",
                "zudem",
                "deshalb",
                "daher",
                "darum",
                "deswegen",
                "dort",
                "dazu",
                "dabei",
                "und",
            ],
        ),
        Lang::Fr => (
            &[
                "il", "elle", "ils", "elles", "cela", "ceci", "ça", "son", "sa", "ses", "leur",
                "leurs", "celui", "celle", "ceux", "celles",
            ],
            &["mais"],
        ),
        Lang::Es => (
            &[
                "él", "ella", "ellos", "ellas", "esto", "eso", "ello", "su", "sus",
            ],
            &["pero", "además", "también", "asimismo", "entonces", "y"],
        ),
        Lang::It => (
            &[
                "lui", "lei", "loro", "esso", "essa", "essi", "esse", "ciò", "suo", "sua", "suoi",
                "sue",
            ],
            &[
                "ma", "però", "tuttavia", "inoltre", "anche", "quindi", "dunque", "e",
            ],
        ),
        Lang::Pt => (
            &[
                "ele", "ela", "eles", "elas", "isso", "isto", "seu", "sua", "seus", "suas",
            ],
            &["mas", "porém", "contudo", "entretanto", "também", "e"],
        ),
        Lang::Nl => (
            &["hij", "zij", "ze", "dit", "haar", "hun"],
            &["maar", "echter", "toch", "ook", "daarom", "bovendien", "en"],
        ),
        Lang::Ru => (
            &["он", "она", "оно", "они", "это", "его", "её", "ее", "их"],
            &["но", "однако", "также", "поэтому", "тогда", "и", "а"],
        ),
        _ => (
            &[
                "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "it's",
                "he's", "she's", "they're", "that's",
            ],
            &[
                "but",
                "however",
                "also",
                "and",
                "meanwhile",
                "instead",
                "moreover",
                "furthermore",
                "besides",
                "additionally",
                "nor",
                "yet",
                "thus",
                "therefore",
            ],
        ),
    }
}

/// Pronouns that point back to something named before when they are the
/// subject.
const BACK_SUBJECTS: &[&str] = &["it", "they", "this", "these", "those", "it's", "they're"];

/// Prepositions after which a pronoun object points back ("most of it").
const PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "about", "with", "from", "on", "in", "by", "at", "into", "against", "over",
];

/// Whether the sentence leans on an earlier one through a pronoun: its
/// first word is a pointing-back subject that is not a determiner ("This
/// means" leans; "This year" does not), or "it"/"them" (or "this",
/// "these", "those" closing a clause) comes right after a preposition.
/// `flags` are the [`word_flags`] of its words, `word(k)` the `k`-th word
/// in lower case, `raw` the sentence as written.
fn leans_back<'a>(flags: &[u16], word: impl Fn(usize) -> &'a str, raw: &str) -> bool {
    let Some(&first) = flags.first() else {
        return false;
    };
    let has = |k: usize, f: u16| flags.get(k).is_some_and(|&w| w & f != 0);
    // A connective ("But", "However,") relates the sentence to the one
    // before, but what it says may still stand alone ("However, the
    // company said profit rose 8%"): the subject after it decides.
    let mut at = usize::from(first & CONNECTIVE != 0);
    // A time phrase before the subject: "This month it has 58", "Now they
    // want more" lean as "It has 58" does.
    let time_word = |w: &str| {
        matches!(
            w,
            "month"
                | "year"
                | "week"
                | "day"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "weekend"
                | "season"
        )
    };
    if matches!(word(at), "this" | "last" | "next" | "that") && time_word(word(at + 1)) {
        at += 2;
    } else if matches!(
        word(at),
        "now" | "today" | "yesterday" | "tomorrow" | "tonight" | "then" | "later" | "since"
    ) && flags.len() > at + 2
    {
        at += 1;
    }
    let Some(&first) = flags.get(at) else {
        return false;
    };
    // English "it" before a reporting verb points nowhere: "It emerged
    // that...", "It is understood that...", "it is likely to...".
    if word(at) == "it" {
        let impersonal = matches!(
            word(at + 1),
            "emerged" | "emerges" | "appears" | "appeared" | "seems" | "seemed"
        ) || (matches!(word(at + 1), "is" | "was" | "has" | "had")
            && matches!(
                word(at + 2),
                "understood"
                    | "thought"
                    | "believed"
                    | "expected"
                    | "reported"
                    | "announced"
                    | "alleged"
                    | "feared"
                    | "hoped"
                    | "likely"
                    | "unlikely"
                    | "unclear"
                    | "clear"
                    | "been"
            ));
        if impersonal {
            return false;
        }
    }
    if first & OPENS_ANAPHOR != 0 {
        // French "il" is also impersonal: "Il y a", "Il faut", "Il est
        // 4 heures", "Il s'agit de" point nowhere.
        return !(word(at) == "il" && has(at + 1, IMPERSONAL));
    }
    if first & BACK_SUBJECT != 0 {
        let demonstrative = first & DEMONSTRATIVE != 0;
        // "This year", "These plans": a determiner, not the subject.
        // A verb in -s is told from a plural noun by what follows it
        // ("This means higher prices", "These plans were dropped").
        let next_is_verb = has(at + 1, VERB) || (has(at + 1, ENDS_S) && !has(at + 2, VERB));
        if !demonstrative || next_is_verb || flags.len() == at + 1 {
            return true;
        }
    }
    // A pointing-back pronoun as the object of a preposition. "this",
    // "these" and "those" count only before a comma, a final mark or a
    // conjunction (else they are determiners: "of this year").
    let closes = |k: usize| k + 1 >= flags.len() || has(k + 1, CONJUNCTION);
    let comma_after = |w: &str| {
        raw.split_whitespace()
            .any(|t| t.trim_end_matches([',', ';', '.', '"', '”', ')']) == w && t != w)
    };
    flags.windows(2).enumerate().any(|(k, pair)| {
        pair[0] & PREPOSITION != 0
            && (pair[1] & IT_THEM != 0
                || (pair[1] & DEMONSTRATIVE != 0 && (closes(k + 1) || comma_after(word(k + 1)))))
    })
}

// What kind of word a word is, for the cues: bits of [`word_flags`].
/// Opens a sentence that leans on the one before ([`DANGLING`]).
const OPENS_DANGLING: u16 = 1;
/// A pointing-back subject ([`BACK_SUBJECTS`]).
const BACK_SUBJECT: u16 = 1 << 1;
/// "this", "these", "those".
const DEMONSTRATIVE: u16 = 1 << 2;
/// One of [`VERBS`] or a word in -ed.
const VERB: u16 = 1 << 3;
/// Ends in -s.
const ENDS_S: u16 = 1 << 4;
/// One of [`PREPOSITIONS`].
const PREPOSITION: u16 = 1 << 5;
/// "it", "them".
const IT_THEM: u16 = 1 << 6;
/// "and", "but", "or", "so", "because": what may follow a clause.
const CONJUNCTION: u16 = 1 << 7;
/// One of [`FIRST_PERSON`].
const FIRST: u16 = 1 << 8;
/// A pronoun that points back when it opens a sentence ([`anaphors`]).
const OPENS_ANAPHOR: u16 = 1 << 9;
/// A connective that answers the sentence before ([`anaphors`]).
const CONNECTIVE: u16 = 1 << 10;
/// Makes a French "il" before it impersonal ("il y a", "il faut").
const IMPERSONAL: u16 = 1 << 11;
/// A common English word ([`is_common_word`](crate::entities::lexicon::is_common_word)),
/// not a cue: for the key phrases of the same text, which ask it of
/// capitalised words. Set with [`COMMON_KNOWN`] by a document that keeps its
/// words for them, once per word of the memo.
pub(crate) const COMMON_WORD: u16 = 1 << 12;
/// Whether [`COMMON_WORD`] was found.
pub(crate) const COMMON_KNOWN: u16 = 1 << 13;

/// The cue flags of a lower-case word. The summarizer finds them once per
/// distinct word and keeps them beside its stem, so the cues of a sentence
/// read bits instead of comparing strings.
pub(crate) fn word_flags(w: &str, lang: Lang) -> u16 {
    let mut f = 0;
    let mut set = |on: bool, bit: u16| {
        if on {
            f |= bit;
        }
    };
    set(DANGLING.contains(&w), OPENS_DANGLING);
    set(BACK_SUBJECTS.contains(&w), BACK_SUBJECT);
    set(matches!(w, "this" | "these" | "those"), DEMONSTRATIVE);
    set(VERBS.contains(&w) || w.ends_with("ed"), VERB);
    set(w.ends_with('s'), ENDS_S);
    set(PREPOSITIONS.contains(&w), PREPOSITION);
    set(matches!(w, "it" | "them"), IT_THEM);
    set(
        matches!(w, "and" | "but" | "or" | "so" | "because"),
        CONJUNCTION,
    );
    set(FIRST_PERSON.contains(&w), FIRST);
    let (pronouns, connectives) = anaphors(lang);
    set(pronouns.contains(&w), OPENS_ANAPHOR);
    set(connectives.contains(&w), CONNECTIVE);
    set(
        lang == Lang::Fr
            && matches!(
                w,
                "y" | "est"
                    | "était"
                    | "sera"
                    | "serait"
                    | "faut"
                    | "fallait"
                    | "faudra"
                    | "agit"
                    | "s'agit"
                    | "semble"
                    | "suffit"
                    | "reste"
                    | "manque"
                    | "paraît"
            ),
        IMPERSONAL,
    );
    f
}

/// Pronouns of the first person: the writer or a speaker talking.
const FIRST_PERSON: &[&str] = &[
    "i", "me", "my", "mine", "we", "our", "ours", "us", "i'm", "we're", "i've", "we've",
];

/// Auxiliaries and the commonest verbs of news, for telling a short
/// sentence from a verbless fragment ("Whale strandings.").
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "says",
    "said", "say", "get", "gets", "got", "go", "goes", "went", "make", "makes", "made", "take",
    "takes", "took", "come", "comes", "came", "see", "sees", "saw", "know", "knows", "knew",
    "think", "thinks", "thought", "want", "wants", "give", "gives", "gave", "find", "finds",
    "found", "tell", "tells", "told", "become", "becomes", "became", "leave", "leaves", "left",
    "feel", "feels", "felt", "put", "puts", "keep", "keeps", "kept", "let", "lets", "begin",
    "began", "run", "runs", "ran", "win", "wins", "won", "lose", "loses", "lost", "hold", "holds",
    "held", "rise", "rises", "rose", "fall", "falls", "fell", "pay", "pays", "paid", "meet", "met",
    "need", "needs", "seem", "seems", "stand", "stands", "stood", "set", "sets", "cut", "cuts",
    "hit", "hits", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't",
    "can't", "couldn't", "wouldn't", "it's", "that's", "there's", "he's", "she's",
];

/// Surface cues of one candidate.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Cues {
    /// Opens with a pronoun or a connective (not for the first candidate).
    pub dangling: bool,
    /// Asks a question.
    pub question: bool,
    /// Carries a quotation.
    pub quote: bool,
    /// A speaker or the writer in the first person.
    pub first_person: bool,
    /// Numbers and names, in [0, 1]: a third of one per such word, at most
    /// three, in a sentence of up to 15 words; in a longer one the same
    /// over a fifth of its words (three in 30 words give 0.5). What a
    /// reader gets per word read: a count alone would reward length, which
    /// the length prior and centrality already do (on BBC the sentences
    /// the count preferred were five words longer than the references'
    /// and less central).
    pub facts: f64,
    /// Leans on an earlier sentence (not for the first candidate): its
    /// subject is a pronoun that points back ("It said...", "They
    /// were...", "This means..."), or a pronoun stands where a noun should
    /// after a preposition ("paid most of it", "voted for them").
    pub leans: bool,
}

fn trim_closers(s: &str) -> &str {
    s.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// The words of a sentence as written, without surrounding punctuation.
fn raw_words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .map(trim_non_alphanumeric)
        .filter(|w| !w.is_empty())
}

/// `w` without the characters at either end that are not letters or
/// digits. Most words begin and end with an ASCII letter or digit, and
/// then there is nothing to trim: that is told from two bytes.
fn trim_non_alphanumeric(w: &str) -> &str {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return w;
    }
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Number of words that state a fact: numbers, and names (capitalised
/// words that do not open the sentence).
fn fact_words(s: &str) -> usize {
    raw_words(s)
        .enumerate()
        .filter(|&(k, w)| {
            w.bytes().any(|c| c.is_ascii_digit())
                || (k > 0 && w.chars().next().is_some_and(char::is_uppercase))
        })
        .count()
}

/// True when `s` is part of a quotation that runs over more than one
/// sentence and it has no speaker of its own: its marks do not pair up and
/// it opens with the quotation (its speaker comes later, or came in an
/// earlier sentence) or closes one that it did not open. A sentence that
/// names its speaker and then opens a long quotation (`He said: "We...`)
/// stands alone.
fn half_quote(s: &str) -> bool {
    if !has_quote_mark(s) {
        return false;
    }
    let (mut straight, mut open, mut close) = (0usize, 0usize, 0usize);
    for ch in s.chars() {
        match ch {
            '"' => straight += 1,
            '“' | '«' | '„' => open += 1,
            '”' | '»' => close += 1,
            _ => {}
        }
    }
    let starts = s.trim_start().starts_with(is_quote_mark);
    let ends = s.trim_end().ends_with(is_quote_mark);
    (straight % 2 == 1 && (starts || ends))
        || (open > close && starts)
        || close > open
        || (open != close && ends && !starts)
}

/// True when `s` holds a quotation mark ([`is_quote_mark`]). A scan of
/// bytes, eight at a time: the marks other than `"` all start with byte
/// 0xC2 or 0xE2 (lead bytes, so a char starts there and is decoded).
fn has_quote_mark(s: &str) -> bool {
    use crate::text::scan::{has_byte, skip_plain};
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        i = skip_plain(b, i, |x| {
            !(has_byte(x, b'"') || has_byte(x, 0xC2) || has_byte(x, 0xE2))
        });
        let Some(&byte) = b.get(i) else { return false };
        let hit = match byte {
            b'"' => true,
            0xC2 | 0xE2 => s
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_quote_mark),
            _ => false,
        };
        if hit {
            return true;
        }
        i += 1;
    }
}

/// True when `s` is a later part of a quotation that an earlier sentence
/// opened: its marks do not pair up ([`half_quote`]) and it does not open
/// with a quotation mark. The sentence that opens a long quotation is a
/// whole sentence of quoted speech (`"We will build 20 schools by 2030.`,
/// its speaker named after it): it stands alone and counts as a quote
/// ([`Cues::quote`]), as any quoted sentence does. Measured on every dev set
/// (CNN/DM, Newsroom, BBC): ruling out openings as well cost ROUGE on all
/// three, as their references keep such sentences.
fn continues_quote(s: &str) -> bool {
    half_quote(s) && !s.trim_start().starts_with(is_quote_mark)
}

/// The cues of sentence `i`, candidate `c`.
pub(crate) fn cues(doc: &Doc, i: usize, c: usize) -> Cues {
    let s = doc.sentence(i);
    let flags = doc.tokens.flags(i);
    let lower = doc.tokens.lower(i);
    let word = |k: usize| lower.get(k).map_or("", |&w| doc.tokens.word(w));
    Cues {
        dangling: c > 0 && flags.first().is_some_and(|&f| f & OPENS_DANGLING != 0),
        // "…at you?!", "¿…?", "…吗？", "…؟": a question mark among the
        // final marks.
        question: trim_closers(s)
            .chars()
            .rev()
            .take_while(|c| matches!(c, '?' | '!' | '？' | '！' | '؟' | '.' | '…'))
            .any(|c| matches!(c, '?' | '？' | '؟')),
        quote: has_quote_mark(s) || s.starts_with(['\'', '‘']),
        first_person: flags.iter().any(|&f| f & FIRST != 0),
        facts: {
            let words = f64::from(doc.words.get(i).copied().unwrap_or(0));
            (fact_words(s).min(3) as f64 / (words / 5.0).max(3.0)).min(1.0)
        },
        leans: c > 0 && leans_back(flags, word, s),
    }
}

/// True when sentence `i` (candidate `c`) can stand on its own in a
/// summary. It cannot when it is
///
/// - a fragment: under three words, or at most eight words without final
///   punctuation (a link text, a caption, a label), or at most five words
///   with no verb;
/// - the rest of a quotation opened in an earlier sentence: its marks do
///   not pair up and it does not open them (see [`continues_quote`]); it
///   goes on with words whose speaker and start came before;
/// - a short sentence that leans on the one before it ("She continued.",
///   "That's the island now.").
pub(crate) fn stands_alone(doc: &Doc, i: usize, c: usize) -> bool {
    let s = doc.sentence(i);
    let words = doc.tokens.count(i);
    if words < 3 {
        return false;
    }
    let body = trim_closers(s);
    let terminal = body.ends_with(['.', '!', '?', '…', ':', ';']);
    if words <= 8 && !terminal {
        return false;
    }
    let flags = doc.tokens.flags(i);
    if words <= 5 && !flags.iter().any(|&f| f & VERB != 0) {
        return false;
    }
    if continues_quote(s) {
        return false;
    }
    if c > 0 && words <= 6 && flags.first().is_some_and(|&f| f & OPENS_DANGLING != 0) {
        return false;
    }
    true
}

/// How much sentences `a` and `b` (each with its number of distinct
/// content terms) make the same claim, given the content terms they share:
/// the share of the shorter one's terms they share when it is at least
/// `tau`, or at least `0.7 · tau` with two names or numbers in common and
/// half `tau` of the rest of their terms (the same actors and what they did,
/// in other words); else 0. Four shared terms at least, and no number in
/// `b` that `a` lacks (a new number is a new fact).
pub(crate) fn restates(
    doc: &Doc,
    (a, terms_a): (usize, usize),
    (b, terms_b): (usize, usize),
    shared: u32,
    tau: f64,
) -> f64 {
    let shorter = terms_a.min(terms_b);
    if shorter == 0 || shared < 4 {
        return 0.0;
    }
    let share = (f64::from(shared) / shorter as f64).min(1.0);
    if share < 0.7 * tau {
        return 0.0;
    }
    // A number the picked sentence lacks is a new fact ("a net loss of
    // 472bn yen" beside "cut its sales forecasts for the year to March
    // 2005"): the sentence makes another claim about the same actors.
    if new_numbers(doc.sentence(a), doc.sentence(b)) {
        return 0.0;
    }
    if share >= tau {
        return share;
    }
    // The same actors are not yet the same claim: beyond the names, the
    // two must share some of what is said of them (the predicate).
    let names = shared_names(doc.sentence(a), doc.sentence(b));
    let rest = (f64::from(shared) - names as f64) / (shorter as f64 - names as f64).max(1.0);
    if names >= 2 && rest >= 0.5 * tau {
        share
    } else {
        0.0
    }
}

/// True when `b` states a number that `a` does not (compared as written,
/// without a trailing `%` or unit letters: "2.2%" and "2.2" are the same).
fn new_numbers(a: &str, b: &str) -> bool {
    // Sentences hold a few numbers: a linear scan costs less code than a
    // sort.
    let numbers = |s| {
        raw_words(s)
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_digit()))
    };
    let have: Vec<&str> = numbers(a).collect();
    numbers(b).any(|n| !have.contains(&n))
}

/// The number of distinct names and numbers two sentences share (compared
/// in lower case).
fn shared_names(a: &str, b: &str) -> usize {
    let names = |s: &str| {
        let mut v: Vec<String> = raw_words(s)
            .enumerate()
            .filter(|&(k, w)| {
                w.chars().any(|c| c.is_ascii_digit())
                    || (k > 0 && w.chars().next().is_some_and(char::is_uppercase))
            })
            .map(|(_, w)| {
                w.trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .to_lowercase()
            })
            .collect();
        crate::sort::sort(&mut v);
        v.dedup();
        v
    };
    let (x, y) = (names(a), names(b));
    x.iter().filter(|w| y.binary_search(w).is_ok()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leans(s: &str) -> bool {
        leans_in(s, Lang::En)
    }

    fn leans_in(s: &str, lang: Lang) -> bool {
        let lower = s.to_lowercase();
        let words: Vec<&str> = raw_words(&lower).collect();
        let flags: Vec<u16> = words.iter().map(|w| word_flags(w, lang)).collect();
        leans_back(&flags, |k| words.get(k).copied().unwrap_or(""), s)
    }

    #[test]
    fn pronouns_and_connectives_that_open_a_sentence() {
        for s in [
            "He said the talks would resume.",
            "Its owner sold the farm in May.",
            "But it will cost more than planned.",
            "However, they voted against the plan.",
        ] {
            assert!(leans(s), "{s}");
        }
        // A connective alone: what follows has its own subject.
        for s in [
            "However, the company said profit rose 8%.",
            "But the mayor wants a second vote.",
            "Health officials said he was stable.",
        ] {
            assert!(!leans(s), "{s}");
        }
        for (s, lang) in [
            ("Elle sera payée par la région.", Lang::Fr),
            ("Mais ils ont refusé le plan.", Lang::Fr),
            ("Sie wird vom Land bezahlt.", Lang::De),
            ("Aber er lehnte den Plan ab.", Lang::De),
            ("Pero ella votó en contra.", Lang::Es),
            ("Lui ha detto di no.", Lang::It),
            ("Ele disse que não.", Lang::Pt),
            ("Hij zei dat het plan te duur was.", Lang::Nl),
            ("Она сказала, что план слишком дорогой.", Lang::Ru),
        ] {
            assert!(leans_in(s, lang), "{s}");
        }
        for (s, lang) in [
            // Impersonal "il".
            ("Il y a trois écoles dans la ville.", Lang::Fr),
            ("Il faut rouvrir la piscine.", Lang::Fr),
            ("Il est 4 heures du matin.", Lang::Fr),
            // "Es gibt" points nowhere.
            ("Es gibt drei Schulen in der Stadt.", Lang::De),
            ("Die Stadt baut eine Schule.", Lang::De),
            ("La ville construit une école.", Lang::Fr),
        ] {
            assert!(!leans_in(s, lang), "{s}");
        }
    }

    #[test]
    fn pronouns_that_point_back() {
        for s in [
            "It said growth had stalled.",
            "They were told to leave.",
            "This means higher prices.",
            "The ministry paid most of it, and the council paid the rest.",
            "Voters turned against them in May.",
            "Nobody knew about this, officials said.",
            "This month it has 58, and the people who moved there say the cable is why.",
            "Now they want a second pier.",
        ] {
            assert!(leans(s), "{s}");
        }
        for s in [
            "This year the council cut its budget.",
            "This month the island has 58 residents.",
            "But today it emerged that the warrant is to be withdrawn.",
            "It is understood that the talks will resume.",
            "It has been reported that the mine will close.",
            "Now the council wants a second pier.",
            "These plans were dropped in May.",
            "The mayor said it would open in June.",
            "Prices rose in most of the country.",
            "The report on this year's harvest is due.",
        ] {
            assert!(!leans(s), "{s}");
        }
    }

    #[test]
    fn the_rest_of_a_quotation_does_not_stand_alone() {
        // Opens a long quotation: a whole sentence of quoted speech.
        assert!(!continues_quote("\"We will build 20 new schools by 2030."));
        assert!(!continues_quote(
            "“Every child needs a school close to home."
        ));
        // Goes on with a quotation opened before: speaker and start are
        // elsewhere.
        assert!(continues_quote(
            "Every child deserves a good school close to home.\""
        ));
        assert!(continues_quote(
            "It will cost less than we feared,” she said."
        ));
        // Quotations that open and close in the sentence.
        assert!(!continues_quote(
            "\"We will win,\" the coach said before the final."
        ));
        assert!(!continues_quote("The coach said: “We will win.”"));
    }

    #[test]
    fn quote_marks_and_trimmed_words_as_the_chars_tell() {
        let pieces = [
            "a", "Z", "9", " ", "\"", "“", "”", "«", "»", "„", "‘", "’", "£", "é", "—", ".", "(",
            "\u{a0}", "日",
        ];
        let mut next = crate::test_draws(19);
        for len in 0..3000 {
            let s: String = (0..len % 25)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            assert_eq!(has_quote_mark(&s), s.chars().any(is_quote_mark), "{s:?}");
            for w in s.split_whitespace() {
                assert_eq!(
                    trim_non_alphanumeric(w),
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                );
            }
        }
    }

    #[test]
    fn facts_per_word_read() {
        use crate::lang::Lang;
        use crate::summarize::progress::Reporter;
        let text = "Ana Silva met Tom Reed in Lisbon on Monday. \
            Ana Silva met Tom Reed in Lisbon on Monday, and the two of them walked for a long \
            time along the river before they sat down to talk about the plan for the old harbour. \
            The two of them talked for a long time.";
        let mut r = Reporter::new(None);
        let doc = Doc::new(text, Lang::En, &mut r);
        let facts = |c: usize| cues(&doc, doc.sent(c), c).facts;
        // Up to three names count, in a short sentence in full.
        assert_eq!(facts(0), 1.0);
        // The same names in a sentence of 35 words: three over seven.
        assert!((facts(1) - 3.0 / 7.0).abs() < 1e-9, "{}", facts(1));
        assert_eq!(facts(2), 0.0);
    }

    #[test]
    fn numbers_the_other_sentence_lacks() {
        assert!(new_numbers(
            "Mitsubishi cut its sales forecasts for the year to March 2005.",
            "Mitsubishi has forecast a net loss of 472bn yen in the year to March 2005."
        ));
        assert!(!new_numbers(
            "Heavy rain flooded more than 300 homes on Sunday.",
            "On Sunday more than 300 homes were flooded by heavy rain."
        ));
        assert!(!new_numbers(
            "Growth was 2.2% in 2005.",
            "In 2005 growth was 2.2 percent."
        ));
    }
}
