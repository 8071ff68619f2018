//! Decoding of HTML character references: `&amp;`, `&#233;`, `&#x1F600;`.

use crate::html_entities::{ENTITIES, ENTITY_NAMES, LONGEST_ENTITY};

/// Windows-1252 meanings of the numeric references 0x80–0x9F, which HTML
/// decodes as that encoding would (`&#150;` is an en dash).
const WINDOWS_1252: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Appends `raw` to `out` with its character references decoded. In an
/// attribute value (`in_attribute`), a name without `;` followed by a
/// letter, digit or `=` stays as written, as HTML specifies (`?a=1&copy=2`).
pub(crate) fn decode_into(raw: &str, in_attribute: bool, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after, in_attribute) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// `raw` with its character references decoded.
#[cfg(test)]
pub(crate) fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, false, &mut out);
    out
}

/// The character a reference stands for and how many bytes after the `&`
/// it used, or `None` when `s` does not start a reference.
fn reference(s: &str, in_attribute: bool) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b'#') {
        return numeric(s);
    }
    let len = bytes
        .iter()
        .take(LONGEST_ENTITY + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if len == 0 {
        return None;
    }
    if bytes.get(len) == Some(&b';') {
        if let Some(c) = lookup(&s[..len]) {
            return Some((c.0, len + 1));
        }
    }
    // Legacy names decode without `;`, and as the longest such prefix
    // (`&notit;` is `¬it;`).
    for end in (2..=len.min(6)).rev() {
        if let Some((c, true)) = lookup(&s[..end]) {
            let next = bytes.get(end).copied();
            if in_attribute && next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'=') {
                return None;
            }
            return Some((c, end));
        }
    }
    None
}

/// The name of entry `i` of the packed table.
fn entity_name(i: usize) -> &'static str {
    let start = if i == 0 {
        0
    } else {
        ENTITIES.get(i - 1).map_or(0, |e| usize::from(e.0))
    };
    let end = ENTITIES.get(i).map_or(0, |e| usize::from(e.0));
    ENTITY_NAMES.get(start..end).unwrap_or("")
}

/// The character named `name` and whether it decodes without `;`.
fn lookup(name: &str) -> Option<(char, bool)> {
    let (mut lo, mut hi) = (0, ENTITIES.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match entity_name(mid).cmp(name) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                let v = ENTITIES.get(mid)?.1;
                return char::from_u32(v & 0x7FFF_FFFF).map(|c| (c, v >> 31 == 1));
            }
        }
    }
    None
}

/// `&#...` references: decimal or `x` + hexadecimal, `;` optional.
fn numeric(s: &str) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    let (radix, start) = match bytes.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let digits = bytes
        .get(start..)?
        .iter()
        .take_while(|b| {
            if radix == 16 {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        })
        .count();
    if digits == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for &b in &bytes[start..start + digits] {
        let d = (b as char).to_digit(radix).unwrap_or(0);
        // Saturate: anything past U+10FFFF is replaced anyway.
        value = value
            .saturating_mul(radix)
            .saturating_add(d)
            .min(0x0011_0000);
    }
    let mut used = start + digits;
    if bytes.get(used) == Some(&b';') {
        used += 1;
    }
    let c = match value {
        0 => '\u{FFFD}',
        0x80..=0x9F => WINDOWS_1252
            .get((value - 0x80) as usize)
            .copied()
            .unwrap_or('\u{FFFD}'),
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    Some((c, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_references() {
        assert_eq!(
            decode("Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;x&apos;"),
            "Tom & Jerry <3 \"hi\" 'x'"
        );
        assert_eq!(
            decode("caf&eacute; &mdash; &hellip;&nbsp;&euro;5"),
            "café — …\u{a0}€5"
        );
        assert_eq!(decode("&AElig;&aelig;"), "Ææ");
    }

    #[test]
    fn legacy_references_without_semicolon() {
        assert_eq!(decode("&copy 2024 &ampx"), "© 2024 &x");
        assert_eq!(decode("&notit;"), "¬it;");
        // Not legacy: stays as written.
        assert_eq!(decode("&hellip and &mdash"), "&hellip and &mdash");
    }

    #[test]
    fn attribute_values_keep_query_strings() {
        let mut out = String::new();
        decode_into("?a=1&copy=2&amp;b&not", true, &mut out);
        assert_eq!(out, "?a=1&copy=2&b¬");
    }

    #[test]
    fn numeric_references() {
        assert_eq!(decode("&#233;&#xE9;&#XE9;&#x1F600;"), "ééé😀");
        assert_eq!(
            decode("&#150; &#0; &#xD800; &#99999999999;"),
            "– \u{FFFD} \u{FFFD} \u{FFFD}"
        );
        assert_eq!(decode("&#65B &#x41"), "AB A");
        assert_eq!(decode("&#; &#x; &# &"), "&#; &#x; &# &");
    }

    #[test]
    fn unknown_names_and_stray_ampersands_stay() {
        assert_eq!(decode("AT&T &foo; R&D &"), "AT&T &foo; R&D &");
        assert_eq!(decode("&&amp;&"), "&&&");
    }

    #[test]
    fn table_is_sorted_for_binary_search() {
        let names: Vec<&str> = (0..ENTITIES.len()).map(entity_name).collect();
        assert!(names.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        assert!(names
            .iter()
            .all(|n| !n.is_empty() && n.len() <= LONGEST_ENTITY));
        for (i, n) in names.iter().enumerate() {
            let (c, legacy) = lookup(n).unwrap();
            assert_eq!(Some(c), char::from_u32(ENTITIES[i].1 & 0x7FFF_FFFF));
            assert!(!legacy || n.len() <= 6, "{n}");
        }
        assert_eq!(
            ENTITY_NAMES.len(),
            usize::from(ENTITIES[ENTITIES.len() - 1].0)
        );
    }
}
