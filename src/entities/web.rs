//! E-mail addresses and URLs, found by scanning the characters around `@`,
//! `://`, `www.` and known top-level domains.

use super::{EntityType, Found};

/// Top-level domains that make a bare `name.tld` a web address.
fn is_tld(tld: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "ac.uk", "ai", "app", "au", "biz", "ca", "ch", "cn", "co", "co.uk", "com", "de", "dev",
        "edu", "es", "eu", "fr", "gov", "gov.uk", "in", "info", "int", "io", "it", "jp", "ly",
        "me", "mil", "net", "news", "nl", "no", "org", "org.uk", "pl", "ru", "se", "tv", "ua",
        "uk", "us",
    ];
    LIST.binary_search(&tld).is_ok()
}

fn is_host_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// Characters a URL runs over (it stops at white space, controls,
/// invisible format characters such as U+200B, quotes and angle brackets).
fn is_url_char(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(
            c,
            '<' | '>'
                | '"'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '`'
                | '{'
                | '}'
                | '|'
                | '\\'
                | '^'
                | '\u{AD}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
        )
}

/// Trims punctuation that ends a sentence rather than a URL; keeps a
/// closing parenthesis when the URL opened one.
fn trim_url_end(url: &str) -> usize {
    // Brackets counted once and updated as the end moves: linear however
    // many closing brackets the URL ends with.
    let count = |c: char| url.bytes().filter(|&b| b == c as u8).count();
    let (mut parens, mut brackets) = (
        count('(') as isize - count(')') as isize,
        count('[') as isize - count(']') as isize,
    );
    let mut end = url.len();
    while let Some(c) = url.get(..end).and_then(|u| u.chars().next_back()) {
        let drop = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' => true,
            ')' if parens < 0 => {
                parens += 1;
                true
            }
            ']' if brackets < 0 => {
                brackets += 1;
                true
            }
            _ => false,
        };
        if !drop {
            break;
        }
        end -= c.len_utf8();
    }
    end
}

/// The host `text[start..]` begins with, if it ends in a known TLD:
/// returns its length.
fn host_len(text: &str) -> Option<usize> {
    let len = text.find(|c: char| !is_host_char(c)).unwrap_or(text.len());
    let host = text.get(..len)?.trim_end_matches(['.', '-']);
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return None;
    }
    let last = labels.last()?;
    let two = labels
        .get(labels.len().saturating_sub(2)..)
        .map(|l| l.join("."))
        .unwrap_or_default();
    (is_tld(last) || is_tld(&two)).then_some(host.len())
}

fn boundary_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|b| b.chars().next_back())
        .map_or(true, |c| {
            !c.is_alphanumeric() && !matches!(c, '@' | '.' | '/' | '-' | '_')
        })
}

/// Whether `chunk` (a run of text without ASCII white space) could hold an
/// e-mail address or a URL: every one of them has an `@`, a `://` or a
/// host whose last label (a top-level domain) starts with a letter after
/// a dot. Most words of prose have none, and are skipped whole. ([`scan`]
/// reads this in its one pass; this is its definition, for the tests.)
#[cfg(test)]
fn may_hold_address(chunk: &[u8]) -> bool {
    chunk.windows(2).any(|w| match w {
        [b'@', _] | [_, b'@'] | [b':', b'/'] => true,
        [b'.', c] => c.is_ascii_alphabetic(),
        _ => false,
    })
}

/// Finds e-mail addresses and URLs in `text`.
///
/// No address runs over ASCII white space (hosts, local parts and URLs all
/// stop there), so the text is read one white-space-free chunk at a time,
/// and only the chunks that may hold one (`may_hold_address`) are scanned
/// character by character.
pub(crate) fn scan(text: &str) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let bytes = text.as_bytes();
    // One pass: the current chunk starts at `start`; `at` says it holds an
    // `@`, `hit` that it holds a `://` or a dot before a letter (as
    // `may_hold_address` reads a chunk).
    let mut start = 0;
    let mut at = false;
    let mut hit = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b > b'@' {
            // Letters and most other bytes: nothing to note.
            continue;
        }
        if b.is_ascii_whitespace() {
            if hit || (at && i - start >= 2) {
                scan_chunk(text, start, i, &mut out);
            }
            start = i + 1;
            at = false;
            hit = false;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        match b {
            b'@' => at = true,
            b':' => hit |= next == b'/',
            b'.' => hit |= next.is_ascii_alphabetic(),
            _ => {}
        }
    }
    if start < bytes.len() && (hit || (at && bytes.len() - start >= 2)) {
        scan_chunk(text, start, bytes.len(), &mut out);
    }
    out
}

/// Scans `text[from..to]` (a chunk without ASCII white space, at character
/// boundaries) for addresses, appending them to `out`.
fn scan_chunk(text: &str, from: usize, to: usize, out: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let b = bytes.get(i).copied().unwrap_or(0);
        let rest = text.get(i..).unwrap_or("");
        // E-mail: local@host.tld
        if b == b'@' {
            let local_start = text.get(..i).map_or(i, |before| {
                before
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| is_local_char(c))
                    .last()
                    .map_or(i, |(k, _)| k)
            });
            let local = text
                .get(local_start..i)
                .unwrap_or("")
                .trim_start_matches('.');
            let local_start = i - local.len();
            if !local.is_empty() && out.last().map_or(true, |f| f.end <= local_start) {
                if let Some(host) = host_len(text.get(i + 1..).unwrap_or("")) {
                    let end = i + 1 + host;
                    out.push(Found::new(local_start, end, EntityType::Email));
                    i = end;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        let maybe_url = matches!(b, b'h' | b'H' | b'f' | b'F' | b'w' | b'W');
        let scheme = if maybe_url {
            ["https://", "http://", "ftp://"].iter().find(|s| {
                rest.len() >= s.len()
                    && rest
                        .get(..s.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(s))
            })
        } else {
            None
        };
        let www = maybe_url
            && rest.len() > 4
            && rest
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("www."))
            && rest.get(4..).and_then(host_len).is_some();
        if (scheme.is_some() || www) && boundary_before(text, i) {
            let len = rest.find(|c: char| !is_url_char(c)).unwrap_or(rest.len());
            let url = rest.get(..len).unwrap_or("");
            let end = trim_url_end(url);
            let min = scheme.map_or(4, |s| s.len());
            if end > min {
                out.push(Found::new(i, i + end, EntityType::Url));
                i += end;
                continue;
            }
        }
        // A bare domain: "Breakingon.com", "example.org/page".
        if b.is_ascii_alphanumeric() && boundary_before(text, i) {
            // Only a run of host characters with a dot inside can be a host.
            let len = rest
                .bytes()
                .position(|c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'.'))
                .unwrap_or(rest.len());
            let run = rest.as_bytes().get(..len).unwrap_or(&[]);
            let dotted = run
                .iter()
                .rposition(|&c| c == b'.')
                .is_some_and(|d| d + 1 < run.len());
            if let Some(host) = if dotted { host_len(rest) } else { None } {
                let after = rest.get(host..).unwrap_or("");
                let path = if after.starts_with('/') {
                    after.find(|c: char| !is_url_char(c)).unwrap_or(after.len())
                } else {
                    0
                };
                let url = rest.get(..host + path).unwrap_or("");
                let end = trim_url_end(url);
                // "U.S." and "e.g." are not hosts: each label has two letters or more.
                let first = url.split('.').next().unwrap_or("");
                if first.len() >= 2 && url.get(..end).is_some_and(|u| u.contains('.')) {
                    out.push(Found::new(i, i + end, EntityType::Url));
                    i += end;
                    continue;
                }
            }
            // Skip the rest of this word.
            let skip = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len())
                .max(1);
            i += skip;
            continue;
        }
        i += text
            .get(i..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunks [`scan`] reads, by the definition: split at ASCII white
    /// space, kept when [`may_hold_address`].
    fn scan_by_definition(text: &str) -> Vec<(usize, usize, EntityType)> {
        let mut out = Vec::new();
        let mut start = 0;
        for chunk in text.as_bytes().split(u8::is_ascii_whitespace) {
            if may_hold_address(chunk) {
                scan_chunk(text, start, start + chunk.len(), &mut out);
            }
            start += chunk.len() + 1;
        }
        out.iter().map(|f| (f.start, f.end, f.kind)).collect()
    }

    #[test]
    fn one_pass_reads_the_chunks_of_the_definition() {
        let pieces = [
            "a", "@", " ", "\n", ".", "x", ":", "/", "//", "é", "com", "b@c.de", "http", "www.",
            "\t", "1", "-", "_",
        ];
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 60) + 1 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let got: Vec<(usize, usize, EntityType)> = scan(&text)
                .iter()
                .map(|f| (f.start, f.end, f.kind))
                .collect();
            assert_eq!(got, scan_by_definition(&text), "{text:?}");
        }
    }

    fn found(text: &str) -> Vec<(&str, EntityType)> {
        scan(text)
            .iter()
            .map(|f| (&text[f.start..f.end], f.kind))
            .collect()
    }

    #[test]
    fn emails_and_urls() {
        assert_eq!(
            found("Write to news@example.com or see https://example.org/a_(b)?q=1. (www.lede.dev/x) Breakingon.com is"),
            [
                ("news@example.com", EntityType::Email),
                ("https://example.org/a_(b)?q=1", EntityType::Url),
                ("www.lede.dev/x", EntityType::Url),
                ("Breakingon.com", EntityType::Url),
            ]
        );
        assert_eq!(
            found("the U.S. and e.g. 3.5 or javascript:alert(1) and a.m."),
            []
        );
        assert_eq!(found("@handle and x@y and ünï@ex"), []);
    }
}
