//! What class names, ids and roles say about an element: the words that
//! mark boilerplate (navigation, ads, comments, share bars, cookie notices)
//! and the words that mark content. Substring tests on the class name and
//! the id (ASCII case ignored) through a small byte trie; no regex.

use std::sync::LazyLock;

/// Words that make an element unlikely to hold the article.
const UNLIKELY: &str = "\
    -ad- ai2html banner breadcrumbs combx comment community cover-wrap disqus extra footer gdpr \
    header legends menu related remark replies rss shoutbox sidebar skyscraper social sponsor \
    supplemental ad-break agegate pagination pager popup yom-remote cookie consent";

/// Words that keep an unlikely-looking element in the running.
const MAYBE: &str = "and article body column content main mathjax shadow";

/// Words that lower a container's score.
const NEGATIVE: &str = "\
    -ad- hidden banner combx comment com- contact footer gdpr masthead media meta outbrain promo \
    related scroll share shoutbox sidebar skyscraper sponsor shopping tags widget cookie";

/// Words that raise a container's score.
const POSITIVE: &str = "\
    article body content entry hentry h-entry main page pagination post text blog story";

/// Words that mark a byline.
const BYLINE: &str = "byline author dateline writtenby p-author";

/// Words that mark a block inside an article as not part of it: captions
/// and credits, author boxes, related posts, prompts, comment counts and
/// post metadata (see `boiler.rs`, which also bounds the block's size).
const BOILERPLATE: &str = "\
    copyright author byline related newsletter subscribe rating comment kommentar meta tags \
    promo sharing print teaser loading licen linkbox cta citation editsection table-of-contents \
    tableofcontents";

/// Words that mark a list of references, notes or sources at the end of an
/// article (MediaWiki's `reflist`/`references`, the `footnotes` section of
/// Markdown renderers and blog engines, `endnotes`, `bibliography`). Such a
/// list is kept beside the article text as notes, not summarized with it.
const REFERENCES: &str = "reflist references footnotes endnotes bibliography";

/// Words that mark a caption or a picture credit: kept beside the article
/// text as notes.
/// ("Bildunterschrift" is German for caption.)
const CAPTIONS: &str = "caption credit bildunterschrift";

/// DPUB-ARIA roles of the same lists.
const REFERENCE_ROLES: &[&str] = &["doc-endnotes", "doc-bibliography", "doc-footnotes"];

/// ARIA roles of elements that are never the article.
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// A set of words to look for inside a string, as a byte trie: one pass
/// over the string, usually one step per position, no allocation.
pub(crate) struct Words {
    /// Per node: its edges (byte, child) and whether a word ends there.
    nodes: Vec<(Vec<(u8, u32)>, bool)>,
    /// The root's edges as a table: the child for each first byte (0: none).
    first: [u32; 256],
}

impl Words {
    /// The trie of `words`, separated by white space (one string rather
    /// than a `&[&str]`, whose pointer and length per word cost more in
    /// the wasm module than the words themselves).
    pub(crate) fn new(words: &str) -> Words {
        let mut nodes: Vec<(Vec<(u8, u32)>, bool)> = vec![(Vec::new(), false)];
        for w in words.split_ascii_whitespace() {
            let mut n = 0usize;
            for &b in w.as_bytes() {
                let found = nodes[n]
                    .0
                    .iter()
                    .find(|(e, _)| *e == b)
                    .map(|&(_, c)| c as usize);
                n = match found {
                    Some(c) => c,
                    None => {
                        nodes.push((Vec::new(), false));
                        let c = nodes.len() - 1;
                        nodes[n].0.push((b, c as u32));
                        c
                    }
                };
            }
            nodes[n].1 = true;
        }
        let mut first = [0u32; 256];
        for &(b, c) in &nodes[0].0 {
            first[usize::from(b)] = c;
        }
        Words { nodes, first }
    }

    /// True when one of the words occurs in `hay` (ASCII case ignored).
    pub(crate) fn occur_in(&self, hay: &str) -> bool {
        let hay = hay.as_bytes();
        for start in 0..hay.len() {
            let n0 = self.first[usize::from(hay[start].to_ascii_lowercase())] as usize;
            if n0 == 0 {
                continue;
            }
            if self.nodes.get(n0).is_some_and(|(_, end)| *end) {
                return true;
            }
            let mut n = n0;
            for &b in &hay[start + 1..] {
                let b = b.to_ascii_lowercase();
                let Some(&(_, c)) = self
                    .nodes
                    .get(n)
                    .and_then(|(edges, _)| edges.iter().find(|(e, _)| *e == b))
                else {
                    break;
                };
                n = c as usize;
                if self.nodes.get(n).is_some_and(|(_, end)| *end) {
                    return true;
                }
            }
        }
        false
    }
}

static UNLIKELY_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(UNLIKELY));
static MAYBE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(MAYBE));
static NEGATIVE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(NEGATIVE));
static POSITIVE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(POSITIVE));
static BYLINE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(BYLINE));
static BOILERPLATE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(BOILERPLATE));
static CAPTION_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(CAPTIONS));
static REFERENCE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(REFERENCES));

fn in_either(words: &Words, class: Option<&str>, id: Option<&str>) -> bool {
    class.is_some_and(|c| words.occur_in(c)) || id.is_some_and(|i| words.occur_in(i))
}

/// True when the class or id marks boilerplate and nothing redeems it.
pub(crate) fn is_unlikely(class: Option<&str>, id: Option<&str>) -> bool {
    in_either(&UNLIKELY_WORDS, class, id) && !in_either(&MAYBE_WORDS, class, id)
}

/// True for roles of navigation, menus, asides and dialogs.
pub(crate) fn is_unlikely_role(role: Option<&str>) -> bool {
    role.is_some_and(|r| {
        UNLIKELY_ROLES
            .iter()
            .any(|u| r.trim().eq_ignore_ascii_case(u))
    })
}

/// True when the class or id marks a byline.
pub(crate) fn is_byline(class: Option<&str>, id: Option<&str>) -> bool {
    in_either(&BYLINE_WORDS, class, id)
}

/// True when the class or id marks a caption, credit, author box, related
/// posts or another block that sits inside articles without being part of them.
pub(crate) fn is_boilerplate(class: Option<&str>, id: Option<&str>) -> bool {
    in_either(&BOILERPLATE_WORDS, class, id)
}

/// Whether the class or id marks a caption or a picture credit.
pub(crate) fn is_caption_hint(class: Option<&str>, id: Option<&str>) -> bool {
    in_either(&CAPTION_WORDS, class, id)
}

/// Whether the class, id or role marks a list of references or notes.
pub(crate) fn is_reference_list(class: Option<&str>, id: Option<&str>, role: Option<&str>) -> bool {
    in_either(&REFERENCE_WORDS, class, id)
        || role.is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|r| REFERENCE_ROLES.iter().any(|x| x.eq_ignore_ascii_case(r)))
        })
}

/// The weight class names and ids add to a container's score: −25 for
/// boilerplate words, +25 for content words, for each of the two.
pub(crate) fn class_weight(class: Option<&str>, id: Option<&str>) -> f32 {
    let mut weight = 0.0;
    for value in [class, id].into_iter().flatten() {
        if value.is_empty() {
            continue;
        }
        let hid = value
            .split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("hid"));
        if hid || NEGATIVE_WORDS.occur_in(value) {
            weight -= 25.0;
        }
        if POSITIVE_WORDS.occur_in(value) {
            weight += 25.0;
        }
    }
    weight
}

/// True when the class or id names a share bar: `share` or `sharedaddy`
/// as a whole word (`social-share`, `share_tools`, not `shared`).
pub(crate) fn is_share(class: Option<&str>, id: Option<&str>) -> bool {
    [class, id].into_iter().flatten().any(share_word)
}

fn share_word(s: &str) -> bool {
    let bytes = s.as_bytes();
    let word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    let at = |i: usize, w: &str| {
        bytes
            .get(i..i + w.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
    };
    (0..bytes.len()).any(|i| {
        let before_ok = i == 0 || !word(i - 1);
        before_ok && ((at(i, "share") && !word(i + 5)) || (at(i, "sharedaddy") && !word(i + 10)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlikely_unless_redeemed() {
        assert!(is_unlikely(Some("site-header nav"), None));
        assert!(is_unlikely(Some("Cookie-Notice"), None));
        assert!(is_unlikely(None, Some("Sidebar")));
        assert!(!is_unlikely(Some("article-header"), None));
        assert!(!is_unlikely(Some("story"), Some("main")));
        assert!(!is_unlikely(None, None));
    }

    #[test]
    fn class_weights() {
        assert_eq!(class_weight(Some("post-content"), None), 25.0);
        assert_eq!(class_weight(Some("sidebar"), Some("Comments")), -50.0);
        assert_eq!(class_weight(Some("a HID b"), None), -25.0);
        assert_eq!(class_weight(None, None), 0.0);
        // Both lists match: they cancel.
        assert_eq!(class_weight(Some("related-content"), None), 0.0);
    }

    #[test]
    fn share_is_a_whole_word() {
        assert!(is_share(Some("social-Share"), None));
        assert!(is_share(Some("share_tools"), None));
        assert!(is_share(None, Some("sharedaddy")));
        assert!(!is_share(Some("shared-folder"), None));
        assert!(!is_share(Some("timeshare"), None));
    }

    #[test]
    fn roles_and_bylines() {
        assert!(is_unlikely_role(Some("navigation")));
        assert!(is_unlikely_role(Some(" Dialog ")));
        assert!(!is_unlikely_role(Some("main")));
        assert!(!is_unlikely_role(None));
        assert!(is_byline(Some("post-author"), None));
    }

    #[test]
    fn words_trie_finds_overlapping_words() {
        let w = Words::new("ab abc bcd\n    -ad-");
        assert!(w.occur_in("xxABx"));
        assert!(w.occur_in("abcd"));
        assert!(w.occur_in("top-ad-slot"));
        assert!(!w.occur_in("a-b-c"));
        assert!(!w.occur_in(""));
        assert!(w.occur_in("xbcd"));
        assert!(!w.occur_in("é-adé"));
    }
}
