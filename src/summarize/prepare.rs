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

use crate::text::lines::paragraph_lines;
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
    /// Site furniture: copyright, calls to subscribe, the site's description.
    Boilerplate,
    /// A repeat of the headline or of an earlier sentence.
    Duplicate,
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

/// Roles of `spans` (the sentences of `text`), their layout, and the index
/// of the title sentence.
pub(crate) fn roles(text: &str, spans: &[Span]) -> (Vec<Role>, Vec<Layout>, Option<usize>) {
    let layout = layout(text, spans);
    let n = spans.len();
    let mut roles = vec![Role::Body; n];
    let sentence = |i: usize| spans.get(i).map_or("", |s| s.as_str(text));
    // Word counts and a hash of each sentence's lower-case words; word
    // lists are only built for the few sentences that need them.
    let mut counts = Vec::with_capacity(n);
    let mut keys = Vec::with_capacity(n);
    for i in 0..n {
        let (count, key) = count_and_key(sentence(i));
        counts.push(count);
        keys.push(key);
    }

    // The title: the first stand-alone unpunctuated line of 3-30 words,
    // before the story starts.
    let mut title = None;
    let mut site_name: Option<String> = None;
    for i in 0..n.min(12) {
        let s = sentence(i);
        let w = counts[i];
        let standalone = layout[i].whole_line && !ends_with_terminal(s);
        if !standalone {
            if w >= 8 {
                break; // the story has started
            }
            continue;
        }
        if is_dateline(s) || is_byline(s) {
            continue;
        }
        if (3..=30).contains(&w) {
            title = Some(i);
            break;
        }
        if w <= 2 && site_name.is_none() && i == 0 {
            site_name = Some(lower_words(s).concat());
        }
    }
    if let Some(t) = title {
        roles[t] = Role::Title;
        for i in 0..t {
            let s = sentence(i);
            roles[i] = if is_dateline(s) {
                Role::Dateline
            } else if is_byline(s) {
                Role::Byline
            } else if counts[i] <= 3 && layout[i].whole_line && !ends_with_terminal(s) {
                if Some(lower_words(s).concat()) == site_name {
                    Role::Boilerplate
                } else {
                    Role::Heading
                }
            } else {
                Role::Body
            };
        }
    }

    // Duplicates of the title and of earlier sentences.
    let title_words = title.map(|t| lower_words(sentence(t)));
    let mut seen = crate::summarize::hash::FxMap::<(u64, usize), usize>::default();
    for i in 0..n {
        if Some(i) == title || roles[i] != Role::Body || counts[i] == 0 {
            continue;
        }
        if let Some(tw) = &title_words {
            if counts[i] <= tw.len() * 2
                && counts[i] * 2 >= tw.len()
                && near_duplicate(tw, &lower_words(sentence(i)))
            {
                roles[i] = Role::Duplicate;
                continue;
            }
        }
        if seen.insert((keys[i], counts[i]), i).is_some() {
            roles[i] = Role::Duplicate;
        }
    }

    // Date lines, bylines, headings and copyright lines.
    for i in 0..n {
        if roles[i] != Role::Body {
            continue;
        }
        let s = sentence(i);
        let standalone = layout[i].whole_line && !ends_with_terminal(s);
        if is_copyright(s) {
            roles[i] = Role::Boilerplate;
        } else if standalone && is_dateline(s) {
            roles[i] = Role::Dateline;
        } else if standalone && is_byline(s) {
            roles[i] = Role::Byline;
        } else if standalone && counts[i] <= 20 && is_heading_like(s) {
            roles[i] = Role::Heading;
        } else if layout[i].whole_line && counts[i] <= 8 && is_call_to_action(s) {
            roles[i] = Role::Boilerplate;
        }
    }

    footer(text, spans, &layout, site_name.as_deref(), &mut roles);

    // Text made only of headings (a list of lines) still has a story.
    if !roles.contains(&Role::Body) {
        for (i, role) in roles.iter_mut().enumerate() {
            if *role == Role::Heading && counts[i] > 0 {
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
    layout: &[Layout],
    site_name: Option<&str>,
    roles: &mut [Role],
) {
    let Some(last) = layout.last() else { return };
    let first_tail = last.paragraph.saturating_sub(2);
    let mut by_paragraph: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, l) in layout.iter().enumerate() {
        if l.paragraph < first_tail {
            continue;
        }
        match by_paragraph.last_mut() {
            Some((p, members)) if *p == l.paragraph => members.push(i),
            _ => by_paragraph.push((l.paragraph, vec![i])),
        }
    }
    let mut footer_started = false;
    for (_, members) in &by_paragraph {
        let mut strong = 0;
        let mut cued = 0;
        for &i in members {
            let s = spans.get(i).map_or("", |sp| sp.as_str(text));
            let w = &lower_words(s);
            let names_site = site_name
                .is_some_and(|site| site.len() >= 4 && w.iter().any(|word| word.starts_with(site)));
            let is_strong = names_site || has_strong_cue(s) || roles[i] == Role::Boilerplate;
            let first_plural = w
                .iter()
                .any(|word| matches!(word.as_str(), "we" | "our" | "us" | "ours"));
            strong += usize::from(is_strong);
            cued += usize::from(is_strong || first_plural);
        }
        if footer_started || (strong >= 1 && cued * 2 >= members.len()) {
            footer_started = true;
            for &i in members {
                if matches!(roles[i], Role::Body | Role::Heading) {
                    roles[i] = Role::Boilerplate;
                }
            }
        }
    }
}

fn layout(text: &str, spans: &[Span]) -> Vec<Layout> {
    let paragraphs = paragraph_lines(text);
    let mut out = Vec::with_capacity(spans.len());
    let mut p = 0;
    let mut line = 0;
    let mut in_paragraph = 0;
    for span in spans {
        // Advance to the paragraph holding the sentence's start.
        while let Some(lines) = paragraphs.get(p) {
            let end = lines.last().map_or(0, |l| l.end());
            if span.start() < end {
                break;
            }
            p += 1;
            line = 0;
            in_paragraph = 0;
        }
        let lines = paragraphs.get(p).map_or(&[][..], |l| &l[..]);
        while let Some(l) = lines.get(line) {
            if span.start() < l.end() {
                break;
            }
            line += 1;
        }
        let whole_line = lines
            .get(line)
            .is_some_and(|l| l.start() == span.start() && l.end() == span.end());
        out.push(Layout {
            paragraph: p,
            in_paragraph,
            whole_line,
        });
        in_paragraph += 1;
    }
    out
}

/// The number of words of `s` and a hash of their lower-case forms.
fn count_and_key(s: &str) -> (usize, u64) {
    use std::hash::Hasher;
    let mut h = crate::summarize::hash::FxHasher::default();
    let mut count = 0;
    for (_, w) in crate::text::word_indices(s) {
        count += 1;
        for c in w.chars().flat_map(char::to_lowercase) {
            h.write_u32(u32::from(c));
        }
        h.write_u8(0xff);
    }
    (count, h.finish())
}

/// The lower-case words of `s`.
fn lower_words(s: &str) -> Vec<String> {
    crate::text::word_indices(s)
        .map(|(_, w)| w.to_lowercase())
        .collect()
}

/// Same words as the title, or sets that overlap by 80% (Jaccard).
fn near_duplicate(title: &[String], words: &[String]) -> bool {
    if title == words {
        return true;
    }
    if title.len() < 3 || words.len() > title.len() * 2 {
        return false;
    }
    fn set(w: &[String]) -> Vec<&str> {
        let mut v: Vec<&str> = w.iter().map(String::as_str).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
    let (a, b) = (set(title), set(words));
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    union > 0 && common * 5 >= union * 4
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
/// 2025, 14:03 GMT", "Published: Wed, Nov 26".
pub(crate) fn is_dateline(s: &str) -> bool {
    let words: Vec<String> = lower_words(s);
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let mut strong = 0;
    for w in &words {
        let digits = w.chars().filter(char::is_ascii_digit).count();
        let is_number = digits > 0
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | ':' | ','));
        let ordinal = digits > 0
            && ["st", "nd", "rd", "th"].iter().any(|suf| w.ends_with(suf))
            && w.len() <= 4;
        if MONTHS.contains(&w.as_str())
            || (is_number && (w.contains(['/', '-', ':']) || digits == 4))
        {
            strong += 1;
        } else if !(is_number || ordinal || DATE_WORDS.contains(&w.as_str())) {
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

/// A copyright notice.
fn is_copyright(s: &str) -> bool {
    let lower = s.to_lowercase();
    s.contains('©')
        || lower.contains("all rights reserved")
        || (lower.starts_with("copyright") && s.len() < 200)
        || lower.starts_with("(c) ")
}

/// "Subscribe to our newsletter", "Follow us on ...", "Share this article".
fn is_call_to_action(s: &str) -> bool {
    let lower = s.to_lowercase();
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
    .any(|p| lower.starts_with(p))
}

/// Phrases that only a site's own furniture uses.
fn has_strong_cue(s: &str) -> bool {
    let lower = s.to_lowercase();
    is_copyright(s)
        || is_call_to_action(s)
        || [
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
        ]
        .iter()
        .any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles_of(text: &str) -> Vec<(String, Role)> {
        let spans: Vec<Span> = crate::sentence_indices(text).map(|(s, _)| s).collect();
        let (roles, _, _) = roles(text, &spans);
        spans
            .iter()
            .zip(roles)
            .map(|(s, r)| (s.as_str(text).to_string(), r))
            .collect()
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
            assert!(is_dateline(d), "{d}");
        }
        for d in ["The 2025 election", "Over 26 people came"] {
            assert!(!is_dateline(d), "{d}");
        }
    }

    #[test]
    fn plain_prose_is_all_body() {
        let got = roles_of("One sentence here. Another one follows.\n\nA third paragraph ends it.");
        assert!(got.iter().all(|(_, r)| *r == Role::Body));
    }

    #[test]
    fn lists_of_lines_stay_candidates() {
        let got = roles_of("Apples\nPears\nPlums");
        assert!(got.iter().all(|(_, r)| *r == Role::Body), "{got:?}");
    }
}
