//! Whether a sentence can be a summary on its own, what kind of sentence
//! it is, and whether two sentences make the same claim.
//!
//! These are cheap surface signals that hold for any news text: they read
//! the sentence's characters and its words, never a list fitted to a data
//! set.

use super::doc::Doc;

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
fn leans_back<'a>(words: impl Iterator<Item = &'a str>, raw: &str) -> bool {
    let words: Vec<&str> = words.collect();
    let Some(&first) = words.first() else {
        return false;
    };
    if BACK_SUBJECTS.contains(&first) {
        let demonstrative = matches!(first, "this" | "these" | "those");
        // "This year", "These plans": a determiner, not the subject.
        // A verb in -s is told from a plural noun by what follows it
        // ("This means higher prices", "These plans were dropped").
        let is_verb = |w: &str| VERBS.contains(&w) || w.ends_with("ed");
        let next_is_verb = words.get(1).is_some_and(|&w| {
            is_verb(w) || (w.ends_with('s') && !words.get(2).is_some_and(|&n| is_verb(n)))
        });
        if !demonstrative || next_is_verb || words.len() == 1 {
            return true;
        }
    }
    // A pointing-back pronoun as the object of a preposition. "this",
    // "these" and "those" count only before a comma, a final mark or a
    // conjunction (else they are determiners: "of this year").
    let closes = |k: usize| {
        words.get(k + 1).map_or(true, |w| {
            matches!(*w, "and" | "but" | "or" | "so" | "because")
        })
    };
    let comma_after = |w: &str| {
        raw.split_whitespace()
            .any(|t| t.trim_end_matches([',', ';', '.', '"', '”', ')']) == w && t != w)
    };
    words.windows(2).enumerate().any(|(k, pair)| {
        PREPOSITIONS.contains(&pair[0])
            && match pair[1] {
                "it" | "them" => true,
                "this" | "these" | "those" => closes(k + 1) || comma_after(pair[1]),
                _ => false,
            }
    })
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
    /// Numbers and names, in [0, 1]: a third of one per such word, at most 1.
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
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Number of words that state a fact: numbers, and names (capitalised
/// words that do not open the sentence).
fn fact_words(s: &str) -> usize {
    raw_words(s)
        .enumerate()
        .filter(|&(k, w)| {
            w.chars().any(|c| c.is_ascii_digit())
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
    let straight = s.chars().filter(|&ch| ch == '"').count();
    let open = s
        .chars()
        .filter(|&ch| matches!(ch, '“' | '«' | '„'))
        .count();
    let close = s.chars().filter(|&ch| matches!(ch, '”' | '»')).count();
    let starts = s.trim_start().starts_with(is_quote_mark);
    let ends = s.trim_end().ends_with(is_quote_mark);
    (straight % 2 == 1 && (starts || ends))
        || (open > close && starts)
        || close > open
        || (open != close && ends && !starts)
}

/// The cues of sentence `i`, candidate `c`.
pub(crate) fn cues(doc: &Doc, i: usize, c: usize) -> Cues {
    let s = doc.sentence(i);
    let first = doc.tokens.words(i).next();
    Cues {
        dangling: c > 0 && first.is_some_and(|w| DANGLING.contains(&w)),
        question: trim_closers(s).ends_with('?'),
        quote: s.chars().any(is_quote_mark) || s.starts_with(['\'', '‘']),
        first_person: doc.tokens.words(i).any(|w| FIRST_PERSON.contains(&w)),
        facts: (fact_words(s) as f64 / 3.0).min(1.0),
        leans: c > 0 && leans_back(doc.tokens.words(i), s),
    }
}

/// True when sentence `i` (candidate `c`) can stand on its own in a
/// summary. It cannot when it is
///
/// - a fragment: under three words, or at most eight words without final
///   punctuation (a link text, a caption, a label), or at most five words
///   with no verb;
/// - half a quotation: its marks do not pair up and no speaker is named
///   before it (see [`half_quote`]);
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
    if words <= 5
        && !doc
            .tokens
            .words(i)
            .any(|w| VERBS.contains(&w) || w.ends_with("ed"))
    {
        return false;
    }
    if half_quote(s) {
        return false;
    }
    let first = doc.tokens.words(i).next();
    if c > 0 && words <= 6 && first.is_some_and(|w| DANGLING.contains(&w)) {
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
        v.sort_unstable();
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
        let lower = s.to_lowercase();
        let words: Vec<&str> = raw_words(&lower).collect();
        leans_back(words.into_iter(), s)
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
        ] {
            assert!(leans(s), "{s}");
        }
        for s in [
            "This year the council cut its budget.",
            "These plans were dropped in May.",
            "The mayor said it would open in June.",
            "Prices rose in most of the country.",
            "The report on this year's harvest is due.",
        ] {
            assert!(!leans(s), "{s}");
        }
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
