//! What class names, ids and roles say about an element: the words that
//! mark boilerplate (navigation, ads, comments, share bars, cookie notices)
//! and the words that mark content. Plain substring tests on the lower-cased
//! `class + " " + id`, no regex.

/// Words that make an element unlikely to hold the article.
const UNLIKELY: &[&str] = &[
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
    "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
    "popup", "yom-remote", "cookie", "consent",
];

/// Words that keep an unlikely-looking element in the running.
const MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "mathjax", "shadow"];

/// Words that lower a container's score.
const NEGATIVE: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags", "widget", "cookie",
];

/// Words that raise a container's score.
const POSITIVE: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story"];

/// Words that mark a byline.
const BYLINE: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// ARIA roles of elements that are never the article.
const UNLIKELY_ROLES: &[&str] = &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];

fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack.contains(n))
}

/// `class + " " + id`, lower-cased: the string the hints are matched on.
pub(crate) fn match_string(class: Option<&str>, id: Option<&str>) -> String {
    let mut s = String::with_capacity(class.map_or(0, str::len) + id.map_or(0, str::len) + 1);
    s.push_str(class.unwrap_or(""));
    s.push(' ');
    s.push_str(id.unwrap_or(""));
    s.make_ascii_lowercase();
    s
}

/// True when the class/id string marks boilerplate and nothing redeems it.
pub(crate) fn is_unlikely(s: &str) -> bool {
    contains_any(s, UNLIKELY) && !contains_any(s, MAYBE)
}

/// True for roles of navigation, menus, asides and dialogs.
pub(crate) fn is_unlikely_role(role: Option<&str>) -> bool {
    role.is_some_and(|r| UNLIKELY_ROLES.iter().any(|u| r.trim().eq_ignore_ascii_case(u)))
}

/// True when the class/id string marks a byline.
pub(crate) fn is_byline(s: &str) -> bool {
    contains_any(s, BYLINE)
}

/// The weight class names and ids add to a container's score: −25 for
/// boilerplate words, +25 for content words, for each of the two.
pub(crate) fn class_weight(class: Option<&str>, id: Option<&str>) -> f32 {
    let mut weight = 0.0;
    for value in [class, id].into_iter().flatten() {
        if value.is_empty() {
            continue;
        }
        let v = value.to_ascii_lowercase();
        let hid = v.split_ascii_whitespace().any(|t| t == "hid");
        if hid || contains_any(&v, NEGATIVE) {
            weight -= 25.0;
        }
        if contains_any(&v, POSITIVE) {
            weight += 25.0;
        }
    }
    weight
}

/// True when the class/id string names a share bar: `share` or
/// `sharedaddy` as a whole word (`social-share`, `share_tools`, not `shared`).
pub(crate) fn is_share(s: &str) -> bool {
    let bytes = s.as_bytes();
    let word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    let mut from = 0;
    while let Some(i) = s.get(from..).and_then(|r| r.find("share")).map(|i| i + from) {
        let before_ok = i == 0 || !word(i - 1);
        let after = if s.get(i..).is_some_and(|r| r.starts_with("sharedaddy")) { i + 10 } else { i + 5 };
        if before_ok && (!word(after) || !word(i + 5)) {
            return true;
        }
        from = i + 5;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlikely_unless_redeemed() {
        assert!(is_unlikely(&match_string(Some("site-header nav"), None)));
        assert!(is_unlikely(&match_string(Some("Cookie-Notice"), None)));
        assert!(!is_unlikely(&match_string(Some("article-header"), None)));
        assert!(!is_unlikely(&match_string(Some("story"), Some("main"))));
    }

    #[test]
    fn class_weights() {
        assert_eq!(class_weight(Some("post-content"), None), 25.0);
        assert_eq!(class_weight(Some("sidebar"), Some("comments")), -50.0);
        assert_eq!(class_weight(Some("a hid b"), None), -25.0);
        assert_eq!(class_weight(None, None), 0.0);
        // Both lists match: they cancel.
        assert_eq!(class_weight(Some("related-content"), None), 0.0);
    }

    #[test]
    fn share_is_a_whole_word() {
        assert!(is_share("social-share "));
        assert!(is_share("share_tools "));
        assert!(is_share(" sharedaddy"));
        assert!(!is_share("shared-folder "));
        assert!(!is_share("timeshare "));
    }

    #[test]
    fn roles_and_bylines() {
        assert!(is_unlikely_role(Some("navigation")));
        assert!(is_unlikely_role(Some(" Dialog ")));
        assert!(!is_unlikely_role(Some("main")));
        assert!(!is_unlikely_role(None));
        assert!(is_byline("post-author "));
    }
}
