//! Article preparation: what each sentence of a plain-text article is.
//!
//! News text pasted from a page carries more than the story: the site's
//! name, the headline (often twice), a date line, a byline, section
//! headings and a footer about the site. [`roles`] gives every sentence a
//! [`Role`] so that only the story's own sentences (`Body`) compete for the
//! summary; the title and headings still inform scoring.
//!
//! The rules are layout first, words second:
//!
//! - a **title** is the first line, near the top, that stands alone, has no
//!   final punctuation and 3–30 words (short all-caps lines above it are the
//!   site's name or a section kicker);
//! - a **duplicate** repeats the title (same words, or 80% of the same word
//!   set) or an earlier sentence;
//! - a **date line** is a short line made of dates, times and words such as
//!   "Updated" or "Published";
//! - a **byline** is a short line that starts with "By" followed by names;
//! - a **heading** is any other line of at most 20 words that stands alone
//!   without final punctuation (list items excepted);
//! - **boilerplate** is a copyright line anywhere, a call to subscribe or
//!   follow, or a closing paragraph about the site itself (it names the site
//!   or speaks to "our readers", mostly in the first person plural).

use super::doc::Tokens;
use super::rank::sort_u32;
use crate::hash::Interner;
use crate::text::Span;

/// What a sentence is in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A sentence of the story: a candidate for the summary.
    Body,
    /// The headline.
    Title,
    /// A section heading.
    Heading,
    /// A line giving the date or time of publication.
    Dateline,
    /// A line naming the authors.
    Byline,
    /// Site furniture: copyright, calls to subscribe, the site's
    /// description; and code or formulas, which are no sentences to read.
    Boilerplate,
    /// A repeat of the headline or of an earlier sentence.
    Duplicate,
    /// The standfirst (dek) given with the text
    /// ([`SummaryOptions::standfirst`](crate::SummaryOptions::standfirst)):
    /// it informs scoring as the title does but is not a candidate.
    Standfirst,
}

impl Role {
    /// The role's name as the JS API spells it (`"body"`, `"title"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Title => "title",
            Role::Heading => "heading",
            Role::Dateline => "dateline",
            Role::Byline => "byline",
            Role::Boilerplate => "boilerplate",
            Role::Duplicate => "duplicate",
            Role::Standfirst => "standfirst",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Layout facts about one sentence.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Layout {
    /// Index of the paragraph (blank-line separated) holding the sentence.
    pub paragraph: usize,
    /// Position of the sentence inside its paragraph (0 = first).
    pub in_paragraph: usize,
    /// True when the sentence is a whole line of the text.
    pub whole_line: bool,
}

/// Roles of `spans` (the sentences of `text`, with their words in
/// `tokens`), their layout, and the index of the title sentence. Sentences
/// inside `standfirst` (the span of the standfirst in `text`) are
/// [`Role::Standfirst`], and a later sentence repeating one of them is
/// not a duplicate (the standfirst may quote the story's lead).
pub(crate) fn roles(
    text: &str,
    spans: &[Span],
    tokens: &Tokens,
    standfirst: Option<Span>,
) -> (Vec<Role>, Vec<Layout>, Option<usize>) {
    let layout = layout(text, spans);
    let n = spans.len();
    let mut roles = vec![Role::Body; n];
    let sentence = |i: usize| spans.get(i).map_or("", |s| s.as_str(text));
    let count = |i: usize| tokens.count(i);
    let whole_line = |i: usize| layout.get(i).is_some_and(|l| l.whole_line);
    let concat = |i: usize| tokens.words(i).collect::<String>();
    // Whether the first stand-alone line after `i` that is not a date line
    // or a byline looks like a headline longer than `w` words.
    let headline_follows = |i: usize, w: usize| {
        for j in i + 1..n.min(12) {
            let s = sentence(j);
            if !whole_line(j) || ends_with_terminal(s) {
                return false;
            }
            if is_dateline(s, tokens, j) || is_byline(s) {
                continue;
            }
            let words = count(j);
            return words > w && (5..=30).contains(&words) && !is_masthead(s, words);
        }
        false
    };

    // The title: the first stand-alone unpunctuated line of 3-30 words,
    // before the story starts.
    let mut title = None;
    let mut site_name: Option<String> = None;
    for i in 0..n.min(12) {
        let s = sentence(i);
        let w = count(i);
        let standalone = whole_line(i) && !ends_with_terminal(s);
        if !standalone {
            if w >= 8 {
                break; // the story has started
            }
            continue;
        }
        if is_dateline(s, tokens, i) || is_byline(s) {
            continue;
        }
        // A first line of 1-2 words, or a short line in capitals followed
        // by a longer headline, is the site's name (masthead).
        if i == 0 && (w <= 2 || (is_masthead(s, w) && headline_follows(i, w))) {
            site_name = Some(concat(i));
            continue;
        }
        if (3..=30).contains(&w) {
            title = Some(i);
            break;
        }
    }
    if let Some(t) = title {
        for i in 0..t {
            let s = sentence(i);
            let role = if is_dateline(s, tokens, i) {
                Role::Dateline
            } else if is_byline(s) {
                Role::Byline
            } else if whole_line(i) && site_name.is_some() && Some(concat(i)) == site_name {
                Role::Boilerplate
            } else if count(i) <= 3 && whole_line(i) && !ends_with_terminal(s) {
                Role::Heading
            } else {
                Role::Body
            };
            if let Some(r) = roles.get_mut(i) {
                *r = role;
            }
        }
        if let Some(r) = roles.get_mut(t) {
            *r = Role::Title;
        }
    }

    // The standfirst given with the text.
    if let Some(sf) = standfirst {
        for (i, span) in spans.iter().enumerate() {
            if span.start() >= sf.start() && span.end() <= sf.end() {
                if let Some(r) = roles.get_mut(i) {
                    *r = Role::Standfirst;
                }
                if title == Some(i) {
                    title = None;
                }
            }
        }
    }

    // Duplicates of the title and of earlier sentences (same lower-case
    // words).
    let title_words = title.map(|t| tokens.lower(t));
    let mut seen = Interner::new();
    let mut key: Vec<u8> = Vec::new();
    for (i, role) in roles.iter_mut().enumerate() {
        if Some(i) == title || *role != Role::Body || count(i) == 0 {
            continue;
        }
        let words = tokens.lower(i);
        if let Some(tw) = title_words {
            if words.len() <= tw.len() * 2
                && words.len() * 2 >= tw.len()
                && near_duplicate(tw, words)
            {
                *role = Role::Duplicate;
                continue;
            }
        }
        key.clear();
        key.extend(words.iter().flat_map(|w| w.to_le_bytes()));
        if !seen.insert(&key).1 {
            *role = Role::Duplicate;
        }
    }

    // Date lines, bylines, headings and copyright lines.
    for (i, role) in roles.iter_mut().enumerate() {
        if *role != Role::Body {
            continue;
        }
        let s = sentence(i);
        let standalone = whole_line(i) && !ends_with_terminal(s);
        if is_copyright(s) || is_code_like(s) || is_figure_caption(s) {
            *role = Role::Boilerplate;
        } else if standalone && is_dateline(s, tokens, i) {
            *role = Role::Dateline;
        } else if standalone && is_byline(s) {
            *role = Role::Byline;
        } else if standalone && count(i) <= 20 && is_heading_like(s) {
            *role = Role::Heading;
        } else if whole_line(i) && count(i) <= 8 && is_call_to_action(s) {
            *role = Role::Boilerplate;
        }
    }

    footer(
        text,
        spans,
        tokens,
        &layout,
        site_name.as_deref(),
        &mut roles,
    );

    // Text made only of headings (a list of lines) still has a story.
    if !roles.contains(&Role::Body) {
        for (i, role) in roles.iter_mut().enumerate() {
            if *role == Role::Heading && count(i) > 0 {
                *role = Role::Body;
            }
        }
    }
    (roles, layout, title)
}

/// Marks the site's closing paragraphs as boilerplate: among the last three
/// paragraphs, one with a strong cue (the site's name, "our readers",
/// "stay informed", ...) whose sentences mostly carry a cue or speak in the
/// first person plural.
fn footer(
    text: &str,
    spans: &[Span],
    tokens: &Tokens,
    layout: &[Layout],
    site_name: Option<&str>,
    roles: &mut [Role],
) {
    let Some(last) = layout.last() else { return };
    let first_tail = last.paragraph.saturating_sub(2);
    // The sentences of the last paragraphs, as runs of one paragraph each.
    let tail = layout
        .iter()
        .position(|l| l.paragraph >= first_tail)
        .unwrap_or(layout.len());
    let mut footer_started = false;
    let mut a = tail;
    while a < layout.len() {
        let p = layout.get(a).map_or(0, |l| l.paragraph);
        let b = a + layout
            .get(a..)
            .unwrap_or(&[])
            .iter()
            .take_while(|l| l.paragraph == p)
            .count();
        let mut strong = 0;
        let mut cued = 0;
        for i in a..b {
            let s = spans.get(i).map_or("", |sp| sp.as_str(text));
            let role = roles.get(i).copied().unwrap_or(Role::Body);
            let names_site = site_name.is_some_and(|site| {
                site.len() >= 4 && tokens.words(i).any(|word| word.starts_with(site))
            });
            let is_strong = names_site || has_strong_cue(s) || role == Role::Boilerplate;
            let first_plural = tokens
                .words(i)
                .any(|word| matches!(word, "we" | "our" | "us" | "ours"));
            strong += usize::from(is_strong);
            cued += usize::from(is_strong || first_plural);
        }
        if footer_started || (strong >= 1 && cued * 2 >= b - a) {
            footer_started = true;
            for role in roles.get_mut(a..b).unwrap_or(&mut []) {
                if matches!(role, Role::Body | Role::Heading) {
                    *role = Role::Boilerplate;
                }
            }
        }
        a = b.max(a + 1);
    }
}

/// The trimmed, non-blank lines of `text` with the index of their paragraph
/// (paragraphs are separated by blank lines), in order. The lines are the
/// sentence splitter's ([`crate::text::lines::trimmed_lines`], which finds
/// line breaks eight bytes at a time), blank ones dropped.
pub(crate) fn lines(text: &str) -> Vec<(Span, usize)> {
    let mut out: Vec<(Span, usize)> = Vec::new();
    let mut paragraph = 0;
    let mut blank_before = false;
    for line in crate::text::lines::trimmed_lines(text) {
        if line.is_empty() {
            blank_before = true;
            continue;
        }
        if blank_before && !out.is_empty() {
            paragraph += 1;
        }
        blank_before = false;
        out.push((line, paragraph));
    }
    out
}

fn layout(text: &str, spans: &[Span]) -> Vec<Layout> {
    let lines = lines(text);
    let paragraphs = lines.last().map_or(0, |&(_, p)| p + 1);
    let mut out = Vec::with_capacity(spans.len());
    let mut k = 0;
    let mut in_paragraph = 0;
    let mut current = 0;
    for span in spans {
        // The first line ending after the sentence's start holds it.
        while lines.get(k).is_some_and(|(l, _)| l.end() <= span.start()) {
            k += 1;
        }
        let (paragraph, whole_line) = match lines.get(k) {
            Some(&(l, p)) => (p, l.start() == span.start() && l.end() == span.end()),
            None => (paragraphs, false),
        };
        if paragraph != current {
            current = paragraph;
            in_paragraph = 0;
        }
        out.push(Layout {
            paragraph,
            in_paragraph,
            whole_line,
        });
        in_paragraph += 1;
    }
    out
}

/// Same words as the title, or sets that overlap by 80% (Jaccard); words
/// are lower-case word ids.
pub(crate) fn near_duplicate(title: &[u32], words: &[u32]) -> bool {
    if title == words {
        return true;
    }
    if title.len() < 3 || words.len() > title.len() * 2 {
        return false;
    }
    fn set(w: &[u32]) -> Vec<u32> {
        let mut v = w.to_vec();
        sort_u32(&mut v);
        v.dedup();
        v
    }
    let (a, b) = (set(title), set(words));
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    union > 0 && common * 5 >= union * 4
}

/// A site's name in capitals ("THE HARBOR LEDGER"): 1-4 words with a
/// letter and no lower-case letter.
fn is_masthead(s: &str, words: usize) -> bool {
    (1..=4).contains(&words)
        && s.chars().any(char::is_alphabetic)
        && !s.chars().any(char::is_lowercase)
}

/// True when `s` ends with a final mark (after closing quotes/brackets) or
/// a colon, i.e. it is prose rather than a headline.
fn ends_with_terminal(s: &str) -> bool {
    // A headline may end with a dotted abbreviation ("... with the U.S.").
    let last = s.split_whitespace().next_back().unwrap_or("");
    if last.len() >= 4
        && last.ends_with('.')
        && last[..last.len() - 1].contains('.')
        && last.chars().all(|c| c == '.' || c.is_alphabetic())
    {
        return false;
    }
    let trimmed = s.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '_') || c.is_whitespace()
    });
    trimmed.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '.' | '?' | '!' | '…' | ':' | ';' | ',' | '。' | '？' | '！'
        )
    })
}

fn is_heading_like(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let list_marker = matches!(first, '-' | '*' | '•' | '–' | '—' | '·' | '‣' | '◦')
        || (first.is_ascii_digit() && s.chars().take_while(char::is_ascii_digit).count() <= 3 && {
            let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        });
    !list_marker
        && (first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '\''))
}

const MONTHS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DATE_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "et",
    "est",
    "edt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "today",
    "yesterday",
    "ago",
    "hours",
    "hour",
    "minutes",
    "min",
    "mins",
    "days",
    "day",
    "of",
    "the",
    "modified",
    "date",
    "time",
    "read",
    "st",
    "nd",
    "rd",
    "th",
];

/// A short line of dates and times: "11/26/2025", "Updated 26 November
/// 2025, 14:03 GMT", "Published: Wed, Nov 26". `s` is sentence `i` of
/// `tokens`.
fn is_dateline(s: &str, tokens: &Tokens, i: usize) -> bool {
    let count = tokens.count(i);
    if count == 0 || count > 12 {
        return false;
    }
    let mut strong = 0;
    for w in tokens.words(i) {
        let digits = w.bytes().filter(u8::is_ascii_digit).count();
        let is_number = digits > 0
            && w.bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-' | b'.' | b':' | b','));
        let ordinal = digits > 0
            && ["st", "nd", "rd", "th"].iter().any(|suf| w.ends_with(suf))
            && w.len() <= 4;
        if MONTHS.contains(&w) || (is_number && (w.contains(['/', '-', ':']) || digits == 4)) {
            strong += 1;
        } else if !(is_number || ordinal || DATE_WORDS.contains(&w)) {
            return false;
        }
    }
    // Slash dates come out of the word splitter as pieces: look at the raw
    // line too.
    strong > 0
        || s.split_whitespace()
            .any(|t| t.matches('/').count() == 2 && t.chars().any(|c| c.is_ascii_digit()))
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters".
fn is_byline(s: &str) -> bool {
    let rest = [
        "By ",
        "BY ",
        "by ",
        "Written by ",
        "Reporting by ",
        "Words by ",
    ]
    .iter()
    .find_map(|p| s.strip_prefix(p));
    let Some(rest) = rest else { return false };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 10
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    w,
                    "and"
                        | "de"
                        | "van"
                        | "von"
                        | "der"
                        | "la"
                        | "le"
                        | "in"
                        | "for"
                        | "the"
                        | "bin"
                        | "al"
                )
        })
}

/// A copyright notice: the sign `©`, "all rights reserved" anywhere, or
/// a short line opening with "copyright" or "(c) " (in any case). Tested
/// on the sentence's own bytes, case folded by byte: every body sentence
/// is tested, and a lower-case copy of each and a substring searcher per
/// phrase cost more than the rest of the role rules.
fn is_copyright(s: &str) -> bool {
    let opens = |phrase: &[u8]| {
        s.as_bytes()
            .get(..phrase.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(phrase))
    };
    has_copyright_sign(s)
        || has_all_rights_reserved(s)
        || (opens(b"copyright") && s.len() < 200)
        || opens(b"(c) ")
}

/// Whether `s` holds "all rights reserved" in any ASCII case, as
/// `s.to_ascii_lowercase().contains("all rights reserved")` says: the
/// phrase is compared around each `g` of `s` (rarer than its other
/// letters), skipped to eight bytes at a time ([`skip_plain`] over the
/// words with bit 5 set in every byte, where only `g` and `G` become `g`).
///
/// [`skip_plain`]: crate::text::scan::skip_plain
fn has_all_rights_reserved(s: &str) -> bool {
    use crate::text::scan::{has_byte, skip_plain};
    const PHRASE: &[u8] = b"all rights reserved";
    /// Where the phrase's `g` is.
    const G: usize = 6;
    const FOLD: u64 = u64::from_le_bytes([0x20; 8]);
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        i = skip_plain(b, i, |x| !has_byte(x | FOLD, b'g'));
        let Some(&c) = b.get(i) else {
            return false;
        };
        let here = c | 0x20 == b'g'
            && i.checked_sub(G)
                .and_then(|start| b.get(start..start + PHRASE.len()))
                .is_some_and(|w| {
                    w.first().is_some_and(|&a| a | 0x20 == b'a') && w.eq_ignore_ascii_case(PHRASE)
                });
        if here {
            return true;
        }
        i += 1;
    }
}

/// Whether `s` holds `©` (U+00A9, the bytes C2 A9): a byte scan for A9,
/// eight bytes at a time, where a search for the char would set up a
/// substring searcher per sentence.
fn has_copyright_sign(s: &str) -> bool {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(k) = crate::text::scan::find_byte(b, from, 0xA9) {
        if k > 0 && b.get(k - 1) == Some(&0xC2) {
            return true;
        }
        from = k + 1;
    }
    false
}

/// "Subscribe to our newsletter", "Follow us on ...", "Share this article".
/// Compared case-folded in place (no lower-case copy of the sentence).
fn is_call_to_action(s: &str) -> bool {
    [
        "subscribe",
        "sign up",
        "follow us",
        "click here",
        "share this",
        "read more",
        "advertisement",
        "related:",
        "related articles",
        "read next",
        "download our",
        "sponsored",
        "join our",
        "like us on",
    ]
    .iter()
    .any(|p| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Phrases that only a site's own furniture uses (in any ASCII case).
fn has_strong_cue(s: &str) -> bool {
    is_copyright(s)
        || is_call_to_action(s)
        || contains_any(
            s,
            &[
                "news platform",
                "our readers",
                "stay informed",
                "stay tuned",
                "our newsletter",
                "terms of use",
                "privacy policy",
                "cookie policy",
                "follow us",
                "subscribe to",
                "sign up for",
                "contact us",
                "about us",
                "our website",
                "our mission",
            ],
        )
}

/// Whether `hay` in any ASCII case holds any of `needles` (in lower case,
/// each of two bytes or more), as `needles.iter().any(|n|
/// hay.to_ascii_lowercase().contains(n))` says, in one pass over `hay`
/// instead of a lower-case copy and a substring search per needle. A set
/// of the needles' first two bytes (32 x 32 bits, by the low five bits of
/// each byte, the same for both cases of a letter) lets only the few
/// places where a needle may start compare the needles.
fn contains_any(hay: &str, needles: &[&str]) -> bool {
    if needles.iter().any(|n| n.len() < 2) {
        let lower = hay.to_ascii_lowercase();
        return needles.iter().any(|n| lower.contains(n));
    }
    let hay = hay.as_bytes();
    let mut pairs = [0u32; 32];
    for n in needles {
        if let [a, b, ..] = n.as_bytes() {
            pairs[usize::from(a & 31)] |= 1 << (b & 31);
        }
    }
    hay.windows(2).enumerate().any(|(i, w)| {
        pairs[usize::from(w[0] & 31)] >> (w[1] & 31) & 1 != 0
            && needles.iter().any(|n| {
                n.as_bytes()
                    .get(..2)
                    .is_some_and(|p| p.eq_ignore_ascii_case(w))
                    && hay
                        .get(i..i + n.len())
                        .is_some_and(|here| here.eq_ignore_ascii_case(n.as_bytes()))
            })
    })
}

/// A figure's or a table's caption, by its label: a caption word, a
/// number and a colon or period ("Figure 2: Changing Font Size...",
/// "Abb. 3:", "Tableau 1."). The picture it describes is not in the text.
fn is_figure_caption(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "figure",
        "fig",
        "table",
        "abbildung",
        "abb",
        "tabelle",
        "tableau",
        "figura",
        "tabla",
        "tabella",
        "tabela",
        "afbeelding",
        "tabel",
        "рисунок",
        "рис",
        "таблица",
    ];
    // Most sentences are ruled out by their first word's first letter
    // (and length), before anything is lower-cased.
    let first = s.as_bytes().first().copied().unwrap_or(0);
    if !matches!(first | 0x20, b'f' | b't' | b'a') && !matches!(first, 0xD0 | 0xD1) {
        return false;
    }
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    if end > 20 {
        return false;
    }
    let (label, rest) = s.split_at(end);
    let label = label.trim_end_matches('.');
    let known = LABELS.iter().any(|l| {
        if label.is_ascii() {
            l.eq_ignore_ascii_case(label)
        } else {
            label.to_lowercase() == *l
        }
    });
    let number = rest.split_whitespace().next().unwrap_or("");
    let digits = number.trim_end_matches([':', '.']);
    known
        && number.len() > digits.len()
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// A line of code or a formula rather than a sentence: at least six of
/// its visible characters, and a tenth of them, are code punctuation, one
/// of them a sign prose hardly uses (`=`, a brace, `_`):
/// `my_ggp + theme(text = element_text(size = 20))`, a formula's
/// `{\displaystyle ...}`. A team sheet's parentheses and semicolons are
/// not enough.
fn is_code_like(s: &str) -> bool {
    use crate::text::scan::{has_byte, skip_plain};
    let bytes = s.as_bytes();
    // Most sentences hold none of the strong signs: skipped eight bytes at
    // a time.
    let strong =
        |x: u64| has_byte(x, b'=') || has_byte(x, b'{') || has_byte(x, b'}') || has_byte(x, b'_');
    let from = skip_plain(bytes, 0, |x| !strong(x));
    if !bytes
        .get(from..)
        .is_some_and(|rest| rest.iter().any(|b| matches!(b, b'=' | b'{' | b'}' | b'_')))
    {
        return false;
    }
    let mut visible = 0usize;
    let mut code = 0usize;
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        visible += 1;
        if matches!(
            c,
            '=' | '{' | '}' | '_' | '(' | ')' | '[' | ']' | '<' | '>' | '#' | ';' | '|' | '\\'
        ) {
            code += 1;
        }
    }
    code >= 6 && code * 10 >= visible
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line scan as first written here, byte by byte: the reference
    /// for [`lines`] on the splitter's lines.
    fn lines_by_bytes(text: &str) -> Vec<(Span, usize)> {
        fn line_break_len(bytes: &[u8], at: usize) -> usize {
            match bytes.get(at..).unwrap_or(&[]) {
                [b'\r', b'\n', ..] => 2,
                [b'\n' | b'\r' | 0x0B | 0x0C, ..] => 1,
                [0xC2, 0x85, ..] => 2,
                [0xE2, 0x80, 0xA8 | 0xA9, ..] => 3,
                _ => 0,
            }
        }
        let bytes = text.as_bytes();
        let mut out: Vec<(Span, usize)> = Vec::new();
        let mut paragraph = 0;
        let mut blank_before = false;
        let mut push = |start: usize, end: usize| {
            let line = text.get(start..end).unwrap_or("");
            let trimmed = line.trim_start();
            let lead = line.len() - trimmed.len();
            let trimmed = trimmed.trim_end();
            if trimmed.is_empty() {
                blank_before = true;
                return;
            }
            if blank_before && !out.is_empty() {
                paragraph += 1;
            }
            blank_before = false;
            out.push((
                Span::new(start + lead, start + lead + trimmed.len()),
                paragraph,
            ));
        };
        let mut line_start = 0;
        let mut at = 0;
        while at < bytes.len() {
            let brk = line_break_len(bytes, at);
            if brk == 0 {
                at += 1;
                continue;
            }
            push(line_start, at);
            at += brk;
            line_start = at;
        }
        push(line_start, bytes.len());
        out
    }

    #[test]
    fn lines_are_the_splitters_lines_without_the_blank_ones() {
        let pieces = [
            "a", "Bc", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}",
            "\u{2029}", "\u{a0}", "\u{2027}", "é",
        ];
        let mut next = crate::test_draws(23);
        for len in 0..3000 {
            let text: String = (0..len % 30)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            assert_eq!(lines(&text), lines_by_bytes(&text), "{text:?}");
        }
    }

    #[test]
    fn the_copyright_sign_is_found_as_contains_finds_it() {
        for s in [
            "",
            "©",
            "x ©",
            "café",
            "é©",
            "ée",
            "\u{a9}",
            "copy\u{e9} right long text ©2024",
            "long text without the sign at all, é é é",
        ] {
            assert_eq!(has_copyright_sign(s), s.contains('©'), "{s:?}");
        }
    }

    #[test]
    fn copyright_phrases_are_found_as_a_lower_case_copy_finds_them() {
        let reference = |s: &str| {
            let lower = s.to_ascii_lowercase();
            s.contains('©')
                || lower.contains("all rights reserved")
                || (lower.starts_with("copyright") && s.len() < 200)
                || lower.starts_with("(c) ")
        };
        let pieces = [
            "all",
            "ALL",
            "All",
            " ",
            "rights",
            "RiGhTs",
            "rig",
            "hts",
            "reserved",
            "RESERVED",
            "g",
            "G",
            "copyright",
            "Copyright",
            "(c) ",
            "(C) ",
            "é",
            "©",
            "x",
            "\u{2028}",
        ];
        let mut next = crate::test_draws(29);
        for len in 0..4000 {
            let text: String = (0..len % 12)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            assert_eq!(is_copyright(&text), reference(&text), "{text:?}");
        }
        for s in [
            "© 2024 BBC. All Rights Reserved.",
            "Text. ALL RIGHTS RESERVED",
            "all rights reserve",
            "ll rights reserved",
            "COPYRIGHT 2024",
            "(c) Example Ltd",
        ] {
            assert_eq!(is_copyright(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn contains_any_finds_what_contains_finds() {
        let needles = ["our readers", "about us", "ab", "stay tuned", "s\u{e9}r"];
        let pieces = [
            "our", " ", "read", "ers", "ab", "out", "us", "stay", "tuned", "a", "s", "\u{e9}", "r",
            "o", "OUR", "Read", "AB", "Us", "S", "\u{c9}", "R",
        ];
        let mut next = crate::test_draws(17);
        for len in 0..4000 {
            let hay: String = (0..len % 12)
                .map(|_| pieces[next() % pieces.len()])
                .collect();
            for k in 0..needles.len() {
                let some = needles.get(k..).unwrap_or(&[]);
                let lower = hay.to_ascii_lowercase();
                let want = some.iter().any(|n| lower.contains(n));
                assert_eq!(contains_any(&hay, some), want, "{hay:?} {some:?}");
            }
        }
        assert!(
            contains_any("", &[""]) && !contains_any("xy", &["z"]) && contains_any("xy", &["y"])
        );
    }

    use crate::summarize::doc::Doc;
    use crate::summarize::progress::Reporter;

    fn roles_of(text: &str) -> Vec<(String, Role)> {
        let doc = Doc::new(text, crate::Lang::En, &mut Reporter::new(None));
        doc.spans
            .iter()
            .zip(doc.roles)
            .map(|(s, r)| (s.as_str(text).to_string(), r))
            .collect()
    }

    /// Whether the one sentence of `s` is a date line.
    fn is_dateline_text(s: &str) -> bool {
        let doc = Doc::new(s, crate::Lang::En, &mut Reporter::new(None));
        assert_eq!(doc.spans.len(), 1, "{s}");
        is_dateline(s, &doc.tokens, 0)
    }

    /// The layout as the text module's paragraph lines give it.
    #[cfg(not(target_arch = "wasm32"))]
    fn layout_by_paragraph_lines(text: &str, spans: &[Span]) -> Vec<(usize, usize, bool)> {
        let paragraphs = crate::text::lines::paragraph_lines(text);
        let mut out = Vec::new();
        let (mut p, mut line, mut in_paragraph) = (0, 0, 0);
        for span in spans {
            while let Some(lines) = paragraphs.get(p) {
                if span.start() < lines.last().map_or(0, |l| l.end()) {
                    break;
                }
                p += 1;
                line = 0;
                in_paragraph = 0;
            }
            let lines = paragraphs.get(p).map_or(&[][..], |l| &l[..]);
            while lines.get(line).is_some_and(|l| span.start() >= l.end()) {
                line += 1;
            }
            let whole = lines
                .get(line)
                .is_some_and(|l| l.start() == span.start() && l.end() == span.end());
            out.push((p, in_paragraph, whole));
            in_paragraph += 1;
        }
        out
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn layout_agrees_with_paragraph_lines() {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "Word", "two", ".", " ", "\n", "\n\n", "\r\n", "\r", " \n ", "\u{85}", "\u{2028}",
            "\u{2029}", "\u{0B}", "\u{0C}", "é", "\u{A0}", "\u{3000}", "Title", "By Jane", "?",
            "\t",
        ]);
        proptest!(ProptestConfig::with_cases(2000), |(parts in prop::collection::vec(pieces, 0..40))| {
            let text: String = parts.concat();
            let spans: Vec<Span> = crate::sentence_indices(&text).map(|(s, _)| s).collect();
            let got: Vec<(usize, usize, bool)> = layout(&text, &spans)
                .iter()
                .map(|l| (l.paragraph, l.in_paragraph, l.whole_line))
                .collect();
            prop_assert_eq!(got, layout_by_paragraph_lines(&text, &spans));
        });
    }

    #[test]
    fn headline_site_date_and_heading() {
        let text = "NEWSSITE\n\nBig Storm Hits the Coast Tonight\n\nBy Jane Doe\nUpdated 26 November 2025, 14:03 GMT\nA big storm hit the coast. Big Storm Hits the Coast Tonight\n\nWhat Happens Next\n\nPeople were told to stay home.\n\n© 2025 Newssite. All rights reserved.";
        let got = roles_of(text);
        let role = |s: &str| got.iter().find(|(t, _)| t == s).map(|(_, r)| *r);
        assert_eq!(role("NEWSSITE"), Some(Role::Boilerplate));
        assert_eq!(got.iter().filter(|(_, r)| *r == Role::Title).count(), 1);
        assert_eq!(got[1].1, Role::Title);
        assert_eq!(role("By Jane Doe"), Some(Role::Byline));
        assert_eq!(
            role("Updated 26 November 2025, 14:03 GMT"),
            Some(Role::Dateline)
        );
        assert_eq!(role("A big storm hit the coast."), Some(Role::Body));
        assert_eq!(role("What Happens Next"), Some(Role::Heading));
        assert_eq!(role("People were told to stay home."), Some(Role::Body));
        assert_eq!(role("© 2025 Newssite."), Some(Role::Boilerplate));
        assert_eq!(role("All rights reserved."), Some(Role::Boilerplate));
        // The repeat inside a paragraph is a sentence of its own only when
        // the splitter makes it one; when it does, it is a duplicate.
        assert!(got.iter().all(
            |(t, r)| !t.starts_with("Big Storm") || matches!(r, Role::Title | Role::Duplicate)
        ));
    }

    #[test]
    fn dates() {
        for d in [
            "11/26/2025",
            "Nov. 26, 2025",
            "Wednesday 26 November 2025",
            "Published 2025-11-26 10:00 ET",
        ] {
            assert!(is_dateline_text(d), "{d}");
        }
        for d in ["The 2025 election", "Over 26 people came"] {
            assert!(!is_dateline_text(d), "{d}");
        }
    }

    #[test]
    fn plain_prose_is_all_body() {
        let got = roles_of("One sentence here. Another one follows.\n\nA third paragraph ends it.");
        assert!(got.iter().all(|(_, r)| *r == Role::Body));
    }

    #[test]
    fn code_formulas_and_captions_are_no_candidates() {
        assert!(is_code_like(
            "my_ggp + theme(text = element_text(size = 20))   # All font sizes"
        ));
        assert!(is_code_like(
            "Es ergibt sich h c = a 2 {\\displaystyle h_{c}={\\sqrt {a^{2}}}} ."
        ));
        // A team sheet and prose with parentheses are sentences.
        assert!(!is_code_like(
            "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), O Barkley (Bath)"
        ));
        assert!(!is_code_like(
            "The police (PNC) made 14,571 arrests (a record) in the month to 30 March."
        ));
        assert!(is_figure_caption(
            "Figure 2: Changing Font Size of All Text Elements."
        ));
        assert!(is_figure_caption("Abb. 3. Die Mündung der Aare"));
        assert!(!is_figure_caption(
            "Figures released on Monday show a rise."
        ));
        assert!(!is_figure_caption(
            "Table 4 shows the results for every region."
        ));
    }

    #[test]
    fn lists_of_lines_stay_candidates() {
        let got = roles_of("Apples\nPears\nPlums");
        assert!(got.iter().all(|(_, r)| *r == Role::Body), "{got:?}");
    }
}
