//! Metadata: `<meta>` tags (OpenGraph, Twitter, Dublin Core, `article:*`,
//! Parse.ly), schema.org JSON-LD, `<title>`, `<html lang>`.

use super::dom::{AttrName, Dom, NodeId, Runs};
use super::entities::decode_into;
use super::json::Json;
use super::tags::Tag;

/// What the page says about itself.
#[derive(Debug, Default, Clone)]
pub(crate) struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) byline: Option<String>,
    pub(crate) excerpt: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) published_time: Option<String>,
    pub(crate) lang: Option<String>,
}

/// The text of the subtree of `id`, white space collapsed and trimmed.
pub(crate) fn inner_text(dom: &Dom, id: NodeId) -> String {
    let mut out = String::new();
    for n in dom.descendants(id) {
        if dom.is_text(n) {
            push_collapsed(&mut out, dom.text(n));
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Appends `s` to `out` with runs of white space as one space and no
/// leading space.
pub(crate) fn push_collapsed(out: &mut String, s: &str) {
    for (space, run) in Runs::new(s) {
        if space && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(run);
    }
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count().max(1)
}

/// Lower-cased words of `s`: runs of ASCII letters, digits and `_` (what
/// `\w` matches in JavaScript; other characters separate words).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// How much of `b` is also in `a`, from 0 to 1: one minus the share of
/// `b`'s text (as words) made of words `a` lacks.
pub(crate) fn text_similarity(a: &str, b: &str) -> f32 {
    let a = words(a);
    let b = words(b);
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let total = b.iter().map(|w| w.chars().count()).sum::<usize>() + b.len() - 1;
    let unique: Vec<&String> = b.iter().filter(|w| !a.contains(w)).collect();
    let missing =
        unique.iter().map(|w| w.chars().count()).sum::<usize>() + unique.len().saturating_sub(1);
    1.0 - missing as f32 / total as f32
}

const SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
const HIERARCHICAL: &[char] = &['\\', '/', '>', '»'];

/// The article title from the document title: without the site name that
/// pages add after a separator (`Headline | Site`), unless that leaves too
/// little; the only `<h1>` when the document title is very short or long.
#[inline(never)]
pub(crate) fn article_title(dom: &Dom, doc_title: &str) -> String {
    let orig = collapse(doc_title);
    let mut cur = orig.clone();
    let mut hierarchical = false;
    // Separators with a space on each side: (byte index of the space, char).
    let chars: Vec<(usize, char)> = orig.char_indices().collect();
    let spaced: Vec<(usize, char)> = chars
        .windows(3)
        .filter(|w| w[0].1 == ' ' && w[2].1 == ' ' && SEPARATORS.contains(&w[1].1))
        .map(|w| (w[0].0, w[1].1))
        .collect();
    if let Some(&(last, _)) = spaced.last() {
        hierarchical = spaced.iter().any(|(_, c)| HIERARCHICAL.contains(c));
        cur = orig[..last].to_string();
        if word_count(&cur) < 3 {
            cur = match orig.find(SEPARATORS) {
                Some(i) => orig[i..].chars().skip(1).collect(),
                None => orig.clone(),
            };
        }
    } else if orig.contains(": ") {
        let headings_match = dom
            .descendants(dom.html)
            .filter(|&n| matches!(dom.tag(n), Tag::H1 | Tag::H2))
            .any(|n| inner_text(dom, n) == orig);
        if !headings_match {
            let last = orig.rfind(':').map_or(0, |i| i + 1);
            let first = orig.find(':').map_or(0, |i| i + 1);
            cur = orig[last..].to_string();
            if word_count(&cur) < 3 {
                cur = orig[first..].to_string();
            } else if word_count(&orig[..first.saturating_sub(1)]) > 5 {
                cur = orig.clone();
            }
        }
    } else if orig.chars().count() > 150 || orig.chars().count() < 15 {
        let mut h1s = dom.descendants(dom.html).filter(|&n| dom.tag(n) == Tag::H1);
        if let (Some(h1), None) = (h1s.next(), h1s.next()) {
            cur = inner_text(dom, h1);
        }
    }
    let cur = collapse(&cur);
    let n = word_count(&cur);
    let without_separators: String = orig.chars().filter(|c| !SEPARATORS.contains(c)).collect();
    if n <= 4 && (!hierarchical || n + 1 != word_count(&without_separators)) {
        return orig;
    }
    cur
}

/// Separators between a headline and the site or author name in titles.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " // ", " « ", " » ",
];

/// `title` without the site or author name that pages put before or after
/// it (`Headline | Site`, `Headline - Author`, `Site: Headline`): a part cut
/// off at a separator goes when it names the site or the author, or when
/// what remains is the page's headline (an `<h1>`).
pub(crate) fn without_suffix(
    dom: &Dom,
    title: &str,
    site: Option<&str>,
    byline: Option<&str>,
) -> String {
    let title = collapse(title);
    let names = |part: &str| {
        let part = part.trim();
        [site, byline]
            .into_iter()
            .flatten()
            .any(|n| text_similarity(n, part) > 0.8 && text_similarity(part, n) > 0.8)
            || site.is_some_and(|s| {
                // "The Guardian" for site "theguardian.com", "ZEIT ONLINE" for "zeit.de".
                let squash = |x: &str| {
                    x.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase)
                        .collect::<String>()
                };
                let (p, s) = (squash(part), squash(s));
                !p.is_empty() && (s.starts_with(&p) || p.starts_with(&s))
            })
    };
    let mut headings: Option<Vec<String>> = None;
    let mut is_heading = |part: &str| {
        let hs = headings.get_or_insert_with(|| {
            dom.descendants(dom.html)
                .filter(|&n| dom.is_element(n) && matches!(dom.tag(n), Tag::H1 | Tag::H2))
                .take(20)
                .map(|n| inner_text(dom, n))
                .collect()
        });
        hs.iter().any(|h| h == part.trim())
    };
    let mut cur = title.clone();
    for _ in 0..3 {
        let Some((sep_at, sep)) = TITLE_SEPARATORS
            .iter()
            .filter_map(|s| cur.rfind(s).map(|i| (i, *s)))
            .max_by_key(|&(i, _)| i)
        else {
            break;
        };
        let (head, tail) = (&cur[..sep_at], &cur[sep_at + sep.len()..]);
        let first_sep = TITLE_SEPARATORS
            .iter()
            .filter_map(|s| cur.find(s).map(|i| (i, *s)))
            .min_by_key(|&(i, _)| i);
        if !head.trim().is_empty() && (names(tail) || is_heading(head)) {
            cur = head.trim().to_string();
            continue;
        }
        if let Some((i, s)) = first_sep {
            let (lead, rest) = (&cur[..i], &cur[i + s.len()..]);
            if !rest.trim().is_empty() && (names(lead) || is_heading(rest)) {
                cur = rest.trim().to_string();
                continue;
            }
        }
        break;
    }
    cur
}

/// The text of the page's only `<h1>`, when the page gives no title.
fn only_h1(dom: &Dom) -> Option<String> {
    let mut h1s = dom
        .descendants(dom.html)
        .filter(|&n| dom.is_element(n) && dom.tag(n) == Tag::H1);
    match (h1s.next(), h1s.next()) {
        (Some(h1), None) => Some(inner_text(dom, h1)).filter(|t| {
            let n = t.chars().count();
            n > 0 && n <= 200 && !t.contains('\t')
        }),
        _ => None,
    }
}

/// Reads the metadata of a parsed page.
#[inline(never)]
pub(crate) fn read(dom: &Dom) -> Metadata {
    let mut values: Vec<(String, String)> = Vec::new();
    let mut doc_title: Option<String> = None;
    let mut json_ld = JsonLd::default();
    // Inside an `<svg>`: the first node after it in document order (`None`
    // when it runs to the end). Checked once per node, so a deep `<svg>`
    // costs no walk up the ancestors.
    let mut in_svg: Option<Option<NodeId>> = None;
    for n in dom.descendants(dom.html) {
        if in_svg == Some(Some(n)) {
            in_svg = None;
        }
        if !dom.is_element(n) {
            continue;
        }
        match dom.tag(n) {
            Tag::SVG if in_svg.is_none() => in_svg = Some(dom.next_in(n, dom.html, true)),
            Tag::META => meta_values(dom, n, &mut values),
            // A `<title>` inside an inline `<svg>` names a picture, never the page.
            Tag::TITLE if in_svg.is_none() && doc_title.is_none() => {
                doc_title = Some(inner_text(dom, n));
            }
            Tag::SCRIPT if json_ld.is_empty() => {
                let raw = inner_text_raw(dom, n);
                json_ld = JsonLd::read(&raw, dom, doc_title.as_deref().unwrap_or(""));
            }
            _ => {}
        }
    }
    // The last tag of a name wins, as in Readability.
    let get = |key: &str| {
        values
            .iter()
            .rev()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    let first = |keys: &[&str]| keys.iter().find_map(|k| get(k));
    let doc_title = doc_title.unwrap_or_default();
    let title = json_ld
        .title
        .clone()
        .or_else(|| {
            first(&[
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title",
            ])
        })
        .or_else(|| Some(article_title(dom, &doc_title)));
    let article_author =
        get("article:author").filter(|a| !a.starts_with("http://") && !a.starts_with("https://"));
    let byline = json_ld
        .byline
        .clone()
        .or_else(|| first(&["dc:creator", "dcterm:creator", "author", "parsely-author"]))
        .or(article_author);
    let excerpt = json_ld.excerpt.clone().or_else(|| {
        first(&[
            "dc:description",
            "dcterm:description",
            "og:description",
            "weibo:article:description",
            "weibo:webpage:description",
            "description",
            "twitter:description",
        ])
    });
    let site_name = json_ld.site_name.clone().or_else(|| get("og:site_name"));
    let published_time = json_ld
        .published
        .clone()
        .or_else(|| first(&["article:published_time", "parsely-pub-date"]));
    let lang = dom
        .attr(dom.html, AttrName::Lang)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    let clean = |v: Option<String>| v.map(|s| unescape(&s)).filter(|s| !s.is_empty());
    let site_name = clean(site_name);
    let byline = clean(byline);
    let title = clean(title)
        .map(|t| without_suffix(dom, &t, site_name.as_deref(), byline.as_deref()))
        .filter(|t| !t.contains('\t'))
        .or_else(|| only_h1(dom));
    Metadata {
        title,
        byline,
        excerpt: clean(excerpt),
        site_name,
        published_time: clean(published_time),
        lang,
    }
}

/// Decodes references left in a value that was escaped twice, and trims.
fn unescape(s: &str) -> String {
    let s = s.trim();
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    decode_into(s, false, &mut out);
    out.trim().to_string()
}

/// The text of a raw-text element, untouched.
fn inner_text_raw(dom: &Dom, id: NodeId) -> String {
    dom.children(id)
        .filter(|&c| dom.is_text(c))
        .map(|c| dom.text(c))
        .collect()
}

const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "og", "twitter"];
const PROPERTY_KEYS: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
const NAME_PREFIXES: &[&str] = &[
    "dc",
    "dcterm",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
const NAME_KEYS: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
];

/// The `(key, value)` pairs one `<meta>` gives.
#[inline(never)]
fn meta_values(dom: &Dom, n: NodeId, values: &mut Vec<(String, String)>) {
    let Some(content) = dom
        .attr(n, AttrName::Content)
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return;
    };
    let mut matched = false;
    if let Some(property) = dom.attr(n, AttrName::Property) {
        // `property` may hold several space-separated names.
        for token in property.split_ascii_whitespace() {
            let token = token.to_ascii_lowercase();
            if let Some((prefix, key)) = token.split_once(':') {
                if PROPERTY_PREFIXES.contains(&prefix) && PROPERTY_KEYS.contains(&key) {
                    values.push((token.clone(), content.to_string()));
                    matched = true;
                }
            }
        }
    }
    if matched {
        return;
    }
    if let Some(name) = dom.attr(n, AttrName::Name) {
        let name: String = name
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        let ok = NAME_KEYS.iter().any(|key| {
            name == *key
                || name.strip_suffix(key).is_some_and(|rest| {
                    rest.strip_suffix(['-', '.', ':'])
                        .is_some_and(|prefix| NAME_PREFIXES.contains(&prefix))
                })
        });
        if ok {
            values.push((name.replace('.', ":"), content.to_string()));
        }
    }
}

/// The fields of a schema.org article in JSON-LD.
#[derive(Debug, Default)]
struct JsonLd {
    title: Option<String>,
    byline: Option<String>,
    excerpt: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
}

/// schema.org types whose JSON-LD describes an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

fn is_article(v: &Json) -> bool {
    match v.get("@type") {
        Some(Json::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Json::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    }
}

fn is_schema_org(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| r == "schema.org" || r == "schema.org/")
}

fn trimmed(v: Option<&Json>) -> Option<String> {
    v.and_then(Json::as_str)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

impl JsonLd {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.byline.is_none()
            && self.excerpt.is_none()
            && self.site_name.is_none()
            && self.published.is_none()
    }

    #[inline(never)]
    fn read(raw: &str, dom: &Dom, doc_title: &str) -> JsonLd {
        let text = raw.trim();
        let text = text.strip_prefix("<![CDATA[").unwrap_or(text);
        let text = text.strip_suffix("]]>").unwrap_or(text);
        let Some(parsed) = Json::parse(text) else {
            return JsonLd::default();
        };
        let mut v = &parsed;
        if let Some(items) = v.as_array() {
            match items.iter().find(|i| is_article(i)) {
                Some(found) => v = found,
                None => return JsonLd::default(),
            }
        }
        let context_ok = match v.get("@context") {
            Some(Json::String(c)) => is_schema_org(c),
            Some(c @ Json::Object(_)) => c
                .get("@vocab")
                .and_then(Json::as_str)
                .is_some_and(is_schema_org),
            _ => false,
        };
        if !context_ok {
            return JsonLd::default();
        }
        if v.get("@type").is_none() {
            if let Some(graph) = v.get("@graph").and_then(Json::as_array) {
                match graph.iter().find(|i| is_article(i)) {
                    Some(found) => v = found,
                    None => return JsonLd::default(),
                }
            }
        }
        if !is_article(v) {
            return JsonLd::default();
        }
        let name = trimmed(v.get("name"));
        let headline = trimmed(v.get("headline"));
        let title = match (name, headline) {
            (Some(name), Some(headline)) if name != headline => {
                // Prefer whichever matches the page's own title.
                let t = article_title(dom, doc_title);
                let name_matches = text_similarity(&name, &t) > 0.75;
                let headline_matches = text_similarity(&headline, &t) > 0.75;
                Some(if headline_matches && !name_matches {
                    headline
                } else {
                    name
                })
            }
            (name, headline) => name.or(headline),
        };
        let byline = match v.get("author") {
            Some(a @ Json::Object(_)) => trimmed(a.get("name")),
            Some(Json::Array(authors)) => {
                let names: Vec<String> = authors
                    .iter()
                    .filter_map(|a| trimmed(a.get("name")))
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        };
        JsonLd {
            title,
            byline,
            excerpt: trimmed(v.get("description")),
            site_name: v.get("publisher").and_then(|p| trimmed(p.get("name"))),
            published: trimmed(v.get("datePublished")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenizer::parse;
    use super::*;

    fn meta(html: &str) -> Metadata {
        read(&parse(html))
    }

    #[test]
    fn open_graph_twitter_and_dublin_core() {
        let m = meta(
            r#"<html lang="fr"><head><title>Ignored | Site</title>
            <meta property="og:title" content="OG title">
            <meta name="twitter:title" content="Twitter title">
            <meta name="DC.creator" content="Jane Doe">
            <meta property="og:site_name" content="The Site">
            <meta property="article:published_time" content="2024-05-01T10:00:00Z">
            <meta name="description" content="Tom &amp;amp; Jerry">
            </head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("OG title"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.site_name.as_deref(), Some("The Site"));
        assert_eq!(m.published_time.as_deref(), Some("2024-05-01T10:00:00Z"));
        assert_eq!(m.excerpt.as_deref(), Some("Tom & Jerry"));
        assert_eq!(m.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn space_separated_properties() {
        let m = meta(
            r#"<meta property="x og:title  twitter:title" content=" Both "><meta property="og:description twitter:description" content="D">"#,
        );
        assert_eq!(m.title.as_deref(), Some("Both"));
        assert_eq!(m.excerpt.as_deref(), Some("D"));
    }

    #[test]
    fn json_ld_wins() {
        let m = meta(
            r#"<head><title>Headline here today - Site</title><meta property="og:title" content="OG">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Headline here today","author":[{"name":"A B"},{"name":" C D "}],
            "publisher":{"name":"Pub"},"datePublished":"2020-01-01","description":"Desc"}</script></head>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Headline here today"));
        assert_eq!(m.byline.as_deref(), Some("A B, C D"));
        assert_eq!(m.site_name.as_deref(), Some("Pub"));
        assert_eq!(m.published_time.as_deref(), Some("2020-01-01"));
        assert_eq!(m.excerpt.as_deref(), Some("Desc"));
    }

    #[test]
    fn json_ld_graph_and_wrong_context() {
        let m = meta(
            r#"<script type="application/ld+json">{"@context":{"@vocab":"http://schema.org/"},"@graph":[{"@type":"WebPage","name":"W"},{"@type":"BlogPosting","name":"Post"}]}</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Post"));
        let m = meta(
            r#"<title>Fallback title of page</title><script type="application/ld+json">{"@context":"https://example.com","@type":"Article","name":"No"}</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Fallback title of page"));
        let m = meta(
            r#"<title>Broken json ld page</title><script type="application/ld+json">{"@type": </script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Broken json ld page"));
    }

    #[test]
    fn document_title_loses_the_site_name() {
        let dom = parse("<title>x</title>");
        assert_eq!(
            article_title(&dom, "The quick brown fox jumps | Example News"),
            "The quick brown fox jumps"
        );
        assert_eq!(
            article_title(&dom, "Example News | The quick brown fox jumps"),
            "The quick brown fox jumps"
        );
        assert_eq!(article_title(&dom, "Short - Site"), "Short - Site");
        assert_eq!(
            article_title(&dom, "  Spaces   inside  the title "),
            "Spaces inside the title"
        );
        let dom = parse("<title>Hi</title><h1>The real headline of the page</h1>");
        assert_eq!(article_title(&dom, "Hi"), "The real headline of the page");
    }

    #[test]
    fn similarity() {
        assert_eq!(text_similarity("The big cat", "the BIG cat"), 1.0);
        assert!(text_similarity("The big cat", "A small dog") < 0.1);
        assert_eq!(text_similarity("", "x"), 0.0);
    }
}
