//! Article extraction: from a web page's HTML to the article's metadata,
//! blocks and plain text, the way Readability does it.
//!
//! The parser and the article finder live in the `lede-html` crate (built
//! for speed, see its docs); this module checks the input and the options,
//! and turns what it finds into an [`Article`] of byte [`Span`]s.

pub use lede_html::{BlockKind, NoteKind};

use crate::{check_input, Error, ErrorKind, Span};

/// Largest HTML accepted, in bytes (16 MiB, as [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES)).
/// Past it [`extract`] returns [`ErrorKind::TooLarge`].
pub const MAX_HTML_BYTES: usize = crate::MAX_INPUT_BYTES;

/// A block of the article: its kind and its span in [`Article::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    kind: BlockKind,
    span: Span,
}

impl Block {
    /// What the block is.
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// The heading level, for headings.
    pub fn level(&self) -> Option<u8> {
        match self.kind {
            BlockKind::Heading(level) => Some(level),
            _ => None,
        }
    }

    /// Byte span of the block in [`Article::text`].
    pub fn span(&self) -> Span {
        self.span
    }
}

/// Text that belongs to the article without being its prose, such as an
/// entry of its references: kept beside [`Article::text`], not in it, so
/// that summaries, entities and marks never come from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    kind: NoteKind,
    text: String,
}

impl Note {
    /// What the note is.
    pub fn kind(&self) -> NoteKind {
        self.kind
    }

    /// Its text (white space collapsed, as in [`Article::text`]).
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// An article extracted from a page: metadata, blocks and plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    title: Option<String>,
    byline: Option<String>,
    site_name: Option<String>,
    published_time: Option<String>,
    lang: Option<String>,
    dir: Option<String>,
    excerpt: Option<String>,
    standfirst: Option<String>,
    blocks: Vec<Block>,
    text: String,
    notes: Vec<Note>,
    truncated: bool,
}

impl Article {
    /// The article's title: from JSON-LD or `<meta>` tags, else the
    /// document title without the site name.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The author(s), from metadata or the byline in the page.
    pub fn byline(&self) -> Option<&str> {
        self.byline.as_deref()
    }

    /// The site's name (`og:site_name`, JSON-LD publisher, else the host
    /// of [`ExtractOptions::url`]).
    pub fn site_name(&self) -> Option<&str> {
        self.site_name.as_deref()
    }

    /// When the article was published, as the page gives it (usually ISO 8601).
    pub fn published_time(&self) -> Option<&str> {
        self.published_time.as_deref()
    }

    /// The page's language (`<html lang>`).
    pub fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }

    /// The text direction (`dir` of the article or an ancestor: `"rtl"`, `"ltr"`).
    pub fn dir(&self) -> Option<&str> {
        self.dir.as_deref()
    }

    /// A short description: from metadata, else the first paragraph.
    pub fn excerpt(&self) -> Option<&str> {
        self.excerpt.as_deref()
    }

    /// The standfirst (dek, subtitle): the sentence or two under the
    /// headline that says what the article is about, when the page has one.
    /// It is also a block of [`Article::text`], of kind
    /// [`BlockKind::Standfirst`] (usually the first), so the summarizer
    /// can weigh it.
    pub fn standfirst(&self) -> Option<&str> {
        self.standfirst.as_deref()
    }

    /// True when the page had more than [`lede_html::MAX_NODES`] elements
    /// and text runs: the text past that point was kept, but without its
    /// structure (one block, line breaks at block boundaries), so the
    /// article may hold some boilerplate from there, or lack a split.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The blocks of the article, in order; their spans index [`Article::text`].
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The text of `block`.
    pub fn block_text(&self, block: &Block) -> &str {
        block.span.as_str(&self.text)
    }

    /// The article's notes, in page order: each entry of its reference
    /// lists (footnotes, citations, sources; [`NoteKind::Reference`]).
    /// They are part of the article a reader sees, but not of
    /// [`Article::text`]: a citation is not a sentence to summarize.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// The article as plain text: the blocks separated by blank lines, so
    /// each heading, list item and paragraph is a paragraph of its own.
    /// Ready for the summarizer and for [`sentences`](crate::sentences).
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Options for [`extract_with`].
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    url: Option<String>,
}

impl ExtractOptions {
    /// Default options.
    pub fn new() -> ExtractOptions {
        ExtractOptions::default()
    }

    /// The page's address (absolute, with a scheme). Its host names the
    /// site when the page does not.
    pub fn url(mut self, url: impl Into<String>) -> ExtractOptions {
        self.url = Some(url.into());
        self
    }
}

/// Extracts the article from a page's HTML.
///
/// # Example
///
/// ```
/// let html = r#"<html lang="en"><head><title>Rain expected - Daily Planet</title></head><body>
///   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
///   <article><h1>Rain expected</h1>
///     <p>Forecasters expect heavy rain across the region on Tuesday, with up to 50 mm in places.</p>
///     <p>The weather service urged drivers to take care, and said flooding was possible near rivers.</p>
///   </article>
///   <footer>© Daily Planet</footer></body></html>"#;
/// let article = lede::extract(html)?;
/// assert_eq!(article.title(), Some("Rain expected")); // the site name is cut
/// assert_eq!(article.lang(), Some("en"));
/// assert!(article.text().starts_with("Forecasters expect heavy rain"));
/// for block in article.blocks() {
///     assert!(!article.block_text(block).is_empty());
/// }
/// // The text is ready for the sentence splitter (and the summarizer).
/// assert_eq!(lede::sentences(article.text()).count(), 2);
/// # Ok::<(), lede::Error>(())
/// ```
///
/// # Errors
///
/// [`ErrorKind::TooLarge`] past [`MAX_HTML_BYTES`], [`ErrorKind::NotText`]
/// for binary data, [`ErrorKind::Empty`] when the page has no text to
/// extract (an empty page, a frameset, only scripts). A page with little
/// text gives a short article rather than an error.
///
/// Cost is linear in the size of the page; nesting is capped at 512
/// levels, and a page is read up to 2^20 nodes (elements and text runs,
/// some fifty times more than a large real page): past that, the rest of
/// it is left out.
pub fn extract(html: &str) -> Result<Article, Error> {
    extract_with(html, &ExtractOptions::default())
}

/// [`extract`] with options.
///
/// # Errors
///
/// As [`extract`], and [`ErrorKind::InvalidOption`] for a `url` that is
/// not absolute.
pub fn extract_with(html: &str, options: &ExtractOptions) -> Result<Article, Error> {
    check_input(html)?;
    let host = check_options(options)?;
    from_dom(lede_html::parse(html), host)
}

/// Validates the options; returns the host of the URL.
pub(crate) fn check_options(options: &ExtractOptions) -> Result<Option<String>, Error> {
    let Some(url) = options.url.as_deref() else {
        return Ok(None);
    };
    let url = url.trim();
    let scheme_ok = url.split_once(':').is_some_and(|(scheme, _)| {
        scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    if !scheme_ok {
        return Err(Error::invalid_option(
            "url",
            format!(
                "must be an absolute URL such as https://example.com/page, got {}",
                crate::error::quote(url)
            ),
        ));
    }
    let host = url
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
        .map(|authority| authority.rsplit('@').next().unwrap_or(""))
        .map(|host| host.split(':').next().unwrap_or(""))
        .map(|host| {
            host.strip_prefix("www.")
                .unwrap_or(host)
                .to_ascii_lowercase()
        })
        .filter(|h| !h.is_empty());
    Ok(host)
}

/// Runs the extraction on a parsed (or copied) page.
pub(crate) fn from_dom(dom: lede_html::Dom, host: Option<String>) -> Result<Article, Error> {
    let page = lede_html::read(dom);
    if page.text.is_empty() {
        return Err(Error::new(
            ErrorKind::Empty,
            "the page has no article text to extract",
        ));
    }
    // The text of a page full of `&#0;` (which decodes to U+FFFD) or of
    // control characters would be refused by every function as binary
    // data, though the page was accepted: then those characters, which
    // show nothing a reader could use, become spaces of the same byte
    // length (so the block spans stay valid).
    let mut text = page.text;
    if crate::check_input(&text).is_err_and(|e| e.kind() == ErrorKind::NotText) {
        let mut clean = String::with_capacity(text.len());
        for c in text.chars() {
            if crate::error::is_junk(c) {
                clean.push_str(&"    "[..c.len_utf8()]);
            } else {
                clean.push(c);
            }
        }
        text = clean;
    }
    let blocks = page
        .blocks
        .iter()
        .map(|p| Block {
            kind: p.kind,
            span: Span::new(p.start, p.end),
        })
        .collect();
    Ok(Article {
        title: page.title,
        byline: page.byline,
        site_name: page.site_name.or(host),
        published_time: page.published_time,
        lang: page.lang,
        dir: page.dir,
        excerpt: page.excerpt,
        standfirst: page.standfirst,
        blocks,
        text,
        notes: page
            .notes
            .into_iter()
            .map(|n| Note {
                kind: n.kind,
                text: n.text,
            })
            .collect(),
        truncated: page.truncated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_validate_the_url() {
        assert_eq!(
            check_options(&ExtractOptions::new().url("https://www.Example.com:8080/a?b#c"))
                .unwrap()
                .as_deref(),
            Some("example.com")
        );
        assert_eq!(
            check_options(&ExtractOptions::new().url("file:///tmp/x.html")).unwrap(),
            None
        );
        let e = check_options(&ExtractOptions::new().url("/relative/path")).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidOption);
        assert_eq!(e.option(), Some("url"));
    }

    #[test]
    fn empty_pages_are_an_error() {
        for html in [
            "",
            "<html><head><title>T</title></head><body></body></html>",
            "<frameset><frame src=a></frameset>",
            "<script>x</script>",
        ] {
            assert_eq!(
                extract(html).unwrap_err().kind(),
                ErrorKind::Empty,
                "{html:?}"
            );
        }
    }

    #[test]
    fn short_pages_give_short_articles() {
        let a = extract("<p>Just one line.</p>").unwrap();
        assert_eq!(a.text(), "Just one line.");
        assert_eq!(a.excerpt(), Some("Just one line."));
    }
}
