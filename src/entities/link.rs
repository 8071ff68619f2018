//! Mention linking: "Witkoff" after "Steve Witkoff" is the same person,
//! "Northwestern" after "Northwestern University" the same organisation.
//! Sure mentions decide the type of unsure ones, headings may only repeat
//! names of the body, and every mention gets a canonical name.

use std::borrow::Cow;

use crate::hash::Interner;

use super::lexicon::{
    alias, flags_of, is_name_particle, is_org_tail, phrase_flags_any_case, CITY, COMMON, COUNTRY,
    ORG_HEAD, REGION, STATE, STOP,
};
use super::{EntityType, Evidence, Found};

/// How often a lone unknown word must be named to be kept as an organisation.
const WEAK_REPEATS: u32 = 3;

/// An amount's words in lower case where only the first letter was a
/// capital ("$48 Million", "Two"), so that they link with the same amount
/// in lower case; units keep their case ("5 MW", "200°C").
fn amount_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, word) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        let title = chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 3
            && chars.all(char::is_lowercase);
        if title {
            out.push_str(&word.to_lowercase());
        } else {
            out.push_str(word);
        }
    }
    out
}

const SOFT_HYPHEN: char = '\u{ad}';

/// A canonical form: white space collapsed, curly apostrophes straight,
/// soft hyphens gone.
/// Borrows `s` when it is canonical already (most names are).
fn normalize(s: &str) -> Cow<'_, str> {
    // Most are: words with single spaces between them and no '’'.
    let mut prev = b' ';
    let mut plain = true;
    // Every byte or'ed together: ASCII when below 0x80.
    let mut high = 0u8;
    for &c in s.as_bytes() {
        // (ASCII white space is at most b' ': one compare for the rest.)
        if c <= b' ' && ((c == b' ' && prev == b' ') || (c != b' ' && c.is_ascii_whitespace())) {
            plain = false;
            break;
        }
        high |= c;
        prev = c;
    }
    let canonical = plain
        && prev != b' '
        && (high.is_ascii()
            || !s
                .chars()
                .any(|c| c == '’' || c == SOFT_HYPHEN || (c.is_whitespace() && c != ' ')));
    if canonical {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (k, part) in s.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    // (`contains` of a non-ASCII char runs a substring search.)
    if !out.is_ascii() && out.contains('’') {
        out = out.replace('’', "'");
    }
    if crate::text::has_soft_hyphen(&out) {
        out = crate::text::without_soft_hyphens(&out).into_owned();
    }
    Cow::Owned(out)
}

struct Known {
    kind: EntityType,
    canonical: String,
    strong: bool,
    /// Decides the type of every mention of the phrase.
    decisive: bool,
}

/// What the mentions say about a phrase, in the roles it can play.
#[derive(Default)]
struct Entry {
    /// What the sure mentions of the phrase say.
    known: Option<Known>,
    /// As a surname: (position, canonical) of people named in full.
    surnames: Vec<(usize, String)>,
    /// One of those people is named with sure evidence (a first name, a
    /// title): enough to make a lone place name a surname.
    strong_surname: bool,
    /// As a first name: the people named in full with it (at most two: one
    /// decides, two make it ambiguous).
    given: Vec<String>,
    /// As the short form of an organisation: "Northwestern", "FBI" for
    /// "Federal Bureau of Investigation".
    org_short: Option<String>,
    /// Named as a place inside a longer name: "Galway" of "Galway County
    /// Council", "Tory" of "Tory Island ferry".
    place_short: bool,
    /// How many unsure mentions (a lone word no table knows) the phrase has.
    weak: u32,
    /// Named as a place by context alone ("near Harrison").
    place_default: bool,
    /// How many of its one-word mentions are places by context alone.
    context_places: u32,
    /// How many of its one-word mentions are unsure (weak, or a noun).
    unsure_alone: u32,
}

/// Phrases and what is known about each (one interner, one `Entry` per phrase).
struct Phrases {
    keys: Interner,
    entries: Vec<Entry>,
}

impl Phrases {
    fn entry(&mut self, phrase: &str) -> Option<&mut Entry> {
        let id = self.keys.intern(phrase.as_bytes()) as usize;
        if id == self.entries.len() {
            self.entries.push(Entry::default());
        }
        self.entries.get_mut(id)
    }

    fn get(&self, phrase: &str) -> Option<&Entry> {
        self.entries.get(self.keys.get(phrase.as_bytes())? as usize)
    }
}

/// The words of a name joined by single spaces, canonical as [`normalize`]
/// makes it; a single word is borrowed from the text.
fn words_phrase<'t>(text: &'t str, words: &[(usize, usize)]) -> Cow<'t, str> {
    if let [(a, b)] = words {
        return normalize(text.get(*a..*b).unwrap_or(""));
    }
    // Words one space apart in the text ("Steve Witkoff") are that stretch
    // of it: borrowed, not copied word by word.
    let spaced = words
        .windows(2)
        .all(|w| matches!(w, [(_, end), (start, _)] if text.get(*end..*start) == Some(" ")));
    if let (Some((a, _)), Some((_, b)), true) = (words.first(), words.last(), spaced) {
        if let Some(whole) = text.get(*a..*b) {
            return normalize(whole);
        }
    }
    let mut s = String::with_capacity(words.iter().map(|(a, b)| b.saturating_sub(*a) + 1).sum());
    for (k, &(a, b)) in words.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(text.get(a..b).unwrap_or(""));
    }
    match normalize(&s) {
        Cow::Borrowed(_) => Cow::Owned(s),
        Cow::Owned(o) => Cow::Owned(o),
    }
}

/// The canonical name of the last person named before `pos` in `list`
/// (in text order), else of the first one named: a binary search, so a
/// surname repeated after many full names costs a logarithm, not a scan.
fn latest_before(list: &[(usize, String)], pos: usize) -> Option<&str> {
    let k = list.partition_point(|(p, _)| *p < pos);
    k.checked_sub(1)
        .and_then(|k| list.get(k))
        .or_else(|| list.first())
        .map(|(_, c)| c.as_str())
}

/// The person the surname of entry `e` refers to at `pos`: the last one
/// named before, else the first named after.
fn person_for(e: Option<&Entry>, pos: usize) -> Option<&str> {
    latest_before(&e?.surnames, pos)
}

/// What the mentions of a phrase (its entry `e`) say a mention of it at
/// `pos` is: a type and a canonical name. `single`: the mention is one
/// word (or a name particle and a word), which may stand for a person
/// named in full. Each caller looks the phrase up once and hands its entry
/// to every test.
fn resolve(
    e: Option<&Entry>,
    phrase: &str,
    pos: usize,
    single: bool,
) -> Option<(EntityType, String)> {
    let decided = e.and_then(|e| e.known.as_ref()).filter(|k| k.decisive);
    if let Some(k) = decided.filter(|_| !single || person_for(e, pos).is_none()) {
        return Some((k.kind, k.canonical.clone()));
    }
    if single {
        if let Some(c) = person_for(e, pos) {
            return Some((EntityType::Person, c.to_string()));
        }
        if let Some(e) = e {
            if let [only] = e.given.as_slice() {
                return Some((EntityType::Person, only.clone()));
            }
        }
    }
    let e = e?;
    if let Some(c) = &e.org_short {
        return Some((EntityType::Org, c.clone()));
    }
    if single && e.place_short && e.known.as_ref().map_or(true, |k| !k.strong) {
        return Some((EntityType::Place, phrase.to_string()));
    }
    e.known
        .as_ref()
        .filter(|k| k.strong)
        .map(|k| (k.kind, k.canonical.clone()))
}

/// Resolves unsure mentions and fills in canonical names. Returns the
/// mentions kept, in text order. `genitive_s`: the language writes a
/// name's genitive with a bare `s` (German "Angolas", "Deutschlands").
pub(crate) fn link(text: &str, found: Vec<Found>, genitive_s: bool) -> Vec<Found> {
    let names = |f: &Found| {
        matches!(
            f.kind,
            EntityType::Person | EntityType::Org | EntityType::Place | EntityType::Group
        )
    };
    let mut phrases = Phrases {
        keys: Interner::with_capacity(found.len() * 2),
        entries: Vec::with_capacity(found.len() * 2),
    };
    // Each name's phrase (its capitalised words) and its whole mention,
    // canonical: made once, read by every pass.
    let forms: Vec<(Cow<str>, Cow<str>)> = found
        .iter()
        .map(|f| {
            if names(f) {
                (
                    words_phrase(text, &f.words),
                    normalize(text.get(f.start..f.end).unwrap_or("")),
                )
            } else {
                (Cow::Borrowed(""), Cow::Borrowed(""))
            }
        })
        .collect();
    let sure = |f: &Found| {
        names(f)
            && matches!(
                f.evidence,
                Evidence::Decisive | Evidence::Strong | Evidence::Default
            )
    };
    for (f, (phrase, full)) in found.iter().zip(&forms).filter(|(f, _)| sure(f)) {
        let decisive = f.evidence == Evidence::Decisive;
        let strong = decisive || f.evidence == Evidence::Strong;
        if let Some(entry) = phrases.entry(phrase) {
            let replace = entry
                .known
                .as_ref()
                .map_or(true, |k| (strong && !k.strong) || (decisive && !k.decisive));
            if replace {
                let canonical = match f.kind {
                    EntityType::Place => alias(full).unwrap_or(full),
                    _ => full,
                };
                entry.known = Some(Known {
                    kind: f.kind,
                    canonical: canonical.to_string(),
                    strong,
                    decisive,
                });
            }
        }
    }
    for (_, (phrase, _)) in found.iter().zip(&forms).filter(|(f, _)| {
        f.evidence == Evidence::Default && f.kind == EntityType::Place && f.words.len() == 1
    }) {
        if let Some(e) = phrases.entry(phrase) {
            e.place_default = true;
            e.context_places += 1;
        }
    }
    for (_, (phrase, _)) in found.iter().zip(&forms).filter(|(f, _)| {
        names(f) && matches!(f.evidence, Evidence::Weak | Evidence::Noun) && f.words.len() == 1
    }) {
        if let Some(e) = phrases.entry(phrase) {
            e.unsure_alone += 1;
        }
    }
    for (f, (phrase, _)) in found
        .iter()
        .zip(&forms)
        .filter(|(f, _)| f.evidence == Evidence::Weak && f.kind == EntityType::Org)
    {
        // Only mentions inside a sentence count: any word may start one.
        let before = text.get(..f.start).unwrap_or("").trim_end();
        let inside = before
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '\n'));
        // "Catholicism", "Cyrillic", "Zairean": beliefs, scripts and
        // peoples, not organisations.
        let group_like = ["ism", "ic", "an", "ese", "ish", "ist"]
            .iter()
            .any(|e| phrase.ends_with(e));
        if let Some(e) = phrases.entry(phrase).filter(|_| inside && !group_like) {
            e.weak += 1;
        }
    }
    // Second pass: the roles of the words of full names, with the type the
    // decisive evidence gave the name.
    for (f, (phrase, full)) in found.iter().zip(&forms).filter(|(f, _)| sure(f)) {
        let decided = phrases
            .get(phrase)
            .and_then(|e| e.known.as_ref())
            .filter(|k| k.decisive)
            .map(|k| (k.kind, k.canonical.clone()));
        let decisive = decided.is_some();
        let (kind, canonical) = match decided {
            Some(d) => d,
            None if f.kind == EntityType::Place => {
                (f.kind, alias(full).unwrap_or(full).to_string())
            }
            None => (f.kind, full.to_string()),
        };
        let strong = decisive || f.evidence == Evidence::Strong;
        // "Galway County Council": the word before a place word of a
        // longer name is a place ("Galway").
        if let [head, next, ..] = f.words.as_slice() {
            let place_word = matches!(
                &*words_phrase(text, &[*next]),
                "County" | "Island" | "Islands" | "Province" | "Parish" | "Borough" | "Township"
            );
            let head_word = words_phrase(text, &[*head]);
            if place_word && flags_of(&head_word) & (COMMON | STOP | ORG_HEAD) == 0 {
                if let Some(e) = phrases.entry(&head_word) {
                    e.place_short = true;
                }
            }
        }
        if f.words.len() >= 2 {
            let first = f
                .words
                .first()
                .map_or(Cow::Borrowed(""), |w| words_phrase(text, &[*w]));
            let last = f
                .words
                .last()
                .map_or(Cow::Borrowed(""), |w| words_phrase(text, &[*w]));
            match kind {
                EntityType::Person => {
                    if let Some(e) = phrases.entry(&last) {
                        e.surnames.push((f.start, canonical.clone()));
                        e.strong_surname |= strong;
                    }
                    // "Ní Bhriain" of "Siobhán Ní Bhriain": the particle
                    // and the last word are the surname.
                    if let [.., p, l] = f.words.as_slice() {
                        let particle = words_phrase(text, &[*p]);
                        if f.words.len() >= 3 && is_name_particle(&particle) {
                            let surname = words_phrase(text, &[*p, *l]);
                            if let Some(e) = phrases.entry(&surname) {
                                e.surnames.push((f.start, canonical.clone()));
                                e.strong_surname |= strong;
                            }
                        }
                    }
                    if let Some(e) = phrases.entry(&first) {
                        // Only "one person or more than one" matters: at
                        // most two kept, so a first name shared by many
                        // people costs no search through all of them.
                        if e.given.len() < 2 && !e.given.contains(&canonical) {
                            e.given.push(canonical.clone());
                        }
                    }
                }
                EntityType::Org => {
                    // "Port" of "Port Authority" is too common a word to
                    // stand for the organisation alone.
                    let common_head = f.words.len() == 2 && flags_of(&first) & (COMMON | STOP) != 0;
                    // "Portsmouth" of "Portsmouth Society" stays the town.
                    let place_head = f.words.len() == 2
                        && phrase_flags_any_case(&first) & (COUNTRY | STATE | REGION | CITY) != 0;
                    if (is_org_tail(&last) || decisive) && !common_head && !place_head {
                        let head = f
                            .words
                            .get(..f.words.len() - 1)
                            .map(|w| words_phrase(text, w))
                            .unwrap_or_default();
                        if let Some(e) = phrases.entry(&head) {
                            e.org_short.get_or_insert_with(|| canonical.clone());
                        }
                    }
                    // "the League" after "Australian League of Rights":
                    // the institution word of a name stands for it.
                    for w in f.words.iter().skip(1) {
                        let word = words_phrase(text, &[*w]);
                        if flags_of(&word) & ORG_HEAD != 0 {
                            if let Some(e) = phrases.entry(&word) {
                                e.org_short.get_or_insert_with(|| canonical.clone());
                            }
                        }
                    }
                    let acronym: String = phrase
                        .split(' ')
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .filter_map(|w| w.chars().next())
                        .collect();
                    if acronym.chars().count() >= 2 {
                        if let Some(e) = phrases.entry(&acronym) {
                            e.org_short.get_or_insert_with(|| canonical.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (mut f, (phrase, full)) in found.into_iter().zip(forms) {
        if !names(&f) {
            let canonical = normalize(text.get(f.start..f.end).unwrap_or(""));
            // "$48 Million" and "$48 million" are one amount.
            f.canonical = match f.kind {
                EntityType::Money | EntityType::Percent | EntityType::Number => {
                    amount_case(&canonical)
                }
                // "Example.com" and "example.com" are one address: a host
                // has no case (a path may, and keeps it).
                EntityType::Url | EntityType::Email => {
                    let c = canonical.as_ref();
                    let (scheme, rest) = c.split_at(c.find("://").map_or(0, |k| k + 3));
                    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
                    let (host, path) = rest.split_at(host_end);
                    let host = if f.kind == EntityType::Email {
                        host.to_lowercase()
                    } else {
                        host.to_ascii_lowercase()
                    };
                    format!("{}{host}{path}", scheme.to_ascii_lowercase())
                }
                _ => canonical.into_owned(),
            };
            out.push(f);
            continue;
        }
        let full = full.into_owned();
        // "Ní Bhriain" stands for a person as a surname does.
        let single = f.words.len() == 1
            || (f.words.len() == 2
                && f.words
                    .first()
                    .is_some_and(|w| is_name_particle(&words_phrase(text, &[*w]))));
        match f.evidence {
            Evidence::Heading => {
                // Cut the heading into the longest phrases the body named.
                let words = std::mem::take(&mut f.words);
                let mut k = 0;
                while k < words.len() {
                    let mut step = 1;
                    for len in (1..=4.min(words.len() - k)).rev() {
                        let slice = words.get(k..k + len).unwrap_or(&[]);
                        let p = words_phrase(text, slice);
                        if let Some((kind, canonical)) =
                            resolve(phrases.get(&p), &p, f.start, len == 1)
                        {
                            if let (Some(a), Some(b)) = (slice.first(), slice.last()) {
                                let mut g = Found::new(a.0, b.1, kind);
                                g.words = slice.to_vec();
                                g.canonical = canonical;
                                out.push(g);
                            }
                            step = len;
                            break;
                        }
                    }
                    k += step;
                }
                continue;
            }
            // A capitalised word at the start of a sentence is a name when
            // the text names it elsewhere, even by context alone ("the
            // ferry to Inisbofin. Inisbofin has two hotels.").
            Evidence::Weak | Evidence::Noun => {
                let e = phrases.get(&phrase);
                // One "in Mozilla" makes no place of 60 more "Mozilla"s:
                // a place by context alone types the unsure mentions only
                // where it is not one among more than ten of them.
                let spread = |e: &Entry, k: &Known| {
                    k.strong || e.context_places.saturating_mul(10) >= e.unsure_alone
                };
                match resolve(e, &phrase, f.start, single).or_else(|| {
                    e.and_then(|e| e.known.as_ref().filter(|k| spread(e, k)))
                        .filter(|k| k.kind == EntityType::Place)
                        .map(|k| (k.kind, k.canonical.clone()))
                }) {
                    Some((kind, canonical)) => {
                        f.kind = kind;
                        f.canonical = canonical;
                    }
                    // A lone word no table knows, named again and again
                    // ("Konami", "Datecs"): a company or a band more often
                    // than not.
                    None if f.kind == EntityType::Org
                        && f.evidence == Evidence::Weak
                        && e.is_some_and(|e| e.weak >= WEAK_REPEATS) =>
                    {
                        f.canonical = full;
                    }
                    None => continue,
                }
            }
            Evidence::Default => {
                let e = phrases.get(&phrase);
                let single_person =
                    single && (f.kind == EntityType::Person || e.is_some_and(|e| e.strong_surname));
                match resolve(e, &phrase, f.start, single_person) {
                    Some((kind, canonical)) => {
                        f.kind = kind;
                        f.canonical = canonical;
                    }
                    // "to Harrison ... the Harrison extension": a lone word the
                    // context once made a place is that place where only the
                    // surname table made it a person.
                    None if single
                        && f.kind == EntityType::Person
                        && e.is_some_and(|e| e.place_default) =>
                    {
                        f.kind = EntityType::Place;
                        f.canonical = full;
                    }
                    None => f.canonical = full,
                }
            }
            Evidence::Decisive => f.canonical = full,
            Evidence::Strong => {
                let e = phrases.get(&phrase);
                // Stronger evidence elsewhere in the text decides the type:
                // "Leicestershire" is a club where the results say so.
                let decided = e
                    .and_then(|e| e.known.as_ref())
                    .filter(|k| k.decisive && k.kind != f.kind);
                // The person a lone word names as a surname, if any.
                let surname = if single { person_for(e, f.start) } else { None };
                // A lone place name that is the surname of someone named
                // in full is that person ("Washington" after "MaliVai
                // Washington").
                let strong_surname = e.is_some_and(|e| e.strong_surname);
                let person = surname
                    .filter(|_| f.kind == EntityType::Place && strong_surname)
                    .map(|c| (EntityType::Person, c.to_string()));
                let chosen = person.or_else(|| {
                    decided
                        .filter(|_| surname.is_none())
                        .map(|k| (k.kind, k.canonical.clone()))
                });
                if let Some((kind, canonical)) = chosen {
                    f.kind = kind;
                    f.canonical = canonical;
                    out.push(f);
                    continue;
                }
                f.canonical = match (f.kind, single) {
                    (EntityType::Person, true) => surname.map_or(full, str::to_string),
                    (EntityType::Place, _) => alias(&full).map_or(full, str::to_string),
                    _ => full,
                };
            }
        }
        out.push(f);
    }
    if genitive_s {
        genitives_to_names(&mut out);
    }
    same_detail_one_form(&mut out);
    super::sort_by_span(&mut out);
    out
}

/// The form of a date, a time or a percentage that another mention of the
/// text may write plainer: "Ayer" at a sentence's start beside "ayer",
/// "50 %" beside "50%".
fn plainer_form(kind: EntityType, canonical: &str) -> Option<String> {
    let plain = match kind {
        EntityType::Date | EntityType::Time => amount_case(canonical),
        EntityType::Percent => match canonical.strip_suffix('%') {
            Some(number) => format!("{}%", number.trim_end()),
            None => return None,
        },
        _ => return None,
    };
    (plain != canonical).then_some(plain)
}

/// One canonical form for a date, a time or a percentage written two ways
/// in one text, the plainer one, so that a reader sees one entry, not
/// "ayer" and "Ayer". A form no other mention writes plainer is kept as
/// written ("Monday" stays "Monday").
fn same_detail_one_form(found: &mut [Found]) {
    let detail =
        |k: EntityType| matches!(k, EntityType::Date | EntityType::Time | EntityType::Percent);
    if !found.iter().any(|f| detail(f.kind)) {
        return;
    }
    let mut forms = crate::hash::Interner::with_capacity(16);
    for f in found.iter().filter(|f| detail(f.kind)) {
        forms.intern(f.canonical.as_bytes());
    }
    for f in found.iter_mut().filter(|f| detail(f.kind)) {
        if let Some(plain) = plainer_form(f.kind, &f.canonical) {
            if forms.get(plain.as_bytes()).is_some() {
                f.canonical = plain;
            }
        }
    }
}

/// German "die Hauptstadt Angolas": a place's genitive is a mention of the
/// place named without the `s` elsewhere in the text.
fn genitives_to_names(found: &mut [Found]) {
    let mut places = crate::hash::Interner::with_capacity(found.len());
    for f in found.iter().filter(|f| f.kind == EntityType::Place) {
        places.intern(f.canonical.as_bytes());
    }
    for f in found.iter_mut().filter(|f| f.kind == EntityType::Place) {
        let base = f.canonical.strip_suffix('s').filter(|b| {
            b.chars().count() >= 3
                && !b.ends_with('s')
                && !b.contains(' ')
                && places.get(b.as_bytes()).is_some()
        });
        if let Some(b) = base {
            f.canonical = b.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_link_across_case_and_units_keep_theirs() {
        assert_eq!(amount_case("$48 Million"), "$48 million");
        assert_eq!(amount_case("Two"), "two");
        assert_eq!(amount_case("5 MW"), "5 MW");
        assert_eq!(amount_case("200°C"), "200°C");
        assert_eq!(amount_case("5 mW"), "5 mW");
    }

    #[test]
    fn one_place_context_does_not_type_many_unsure_mentions() {
        let mut text = String::from("The browser team met in Mozilla last week. ");
        for k in 0..12 {
            text.push_str(&format!(
                "Engineers said Mozilla would ship release {k} soon. "
            ));
        }
        let all = crate::entities(&text).unwrap();
        let places = all
            .iter()
            .filter(|e| e.text() == "Mozilla" && e.kind() == EntityType::Place)
            .count();
        assert!(places <= 1, "{places} places: {all:?}");
        // A place named by context as often as not stays a place.
        let town = crate::entities(
            "The ferry to Inisbofin left at noon. Inisbofin has two hotels. \
             Inisbofin is quiet in winter.",
        )
        .unwrap();
        assert!(
            town.iter()
                .filter(|e| e.text() == "Inisbofin")
                .all(|e| e.kind() == EntityType::Place),
            "{town:?}"
        );
    }

    #[test]
    fn a_detail_written_two_ways_has_one_canonical_form() {
        let all = crate::entities_in(
            "Ayer el fiscal habló. El 50 % de los casos se cerró ayer, y otro 50% sigue.",
            crate::Lang::Es,
        )
        .unwrap();
        let canonical = |text: &str| {
            all.iter()
                .find(|e| e.text() == text)
                .map(|e| e.canonical().to_string())
        };
        assert_eq!(canonical("Ayer").as_deref(), Some("ayer"));
        assert_eq!(canonical("50 %").as_deref(), Some("50%"));
        // A form no other mention writes plainer is kept as written.
        let en = crate::entities("It rained on Monday. Today it is dry.").unwrap();
        assert!(en.iter().any(|e| e.canonical() == "Monday"), "{en:?}");
        assert!(en.iter().any(|e| e.canonical() == "Today"), "{en:?}");
    }

    #[test]
    fn surnames_refer_to_the_last_person_named_before() {
        let list = vec![
            (10, "Ana Silva".to_string()),
            (50, "Rui Silva".to_string()),
            (90, "Eva Silva".to_string()),
        ];
        assert_eq!(latest_before(&list, 5), Some("Ana Silva"));
        assert_eq!(latest_before(&list, 10), Some("Ana Silva"));
        assert_eq!(latest_before(&list, 11), Some("Ana Silva"));
        assert_eq!(latest_before(&list, 50), Some("Ana Silva"));
        assert_eq!(latest_before(&list, 60), Some("Rui Silva"));
        assert_eq!(latest_before(&list, 1000), Some("Eva Silva"));
        assert_eq!(latest_before(&[], 1000), None);
    }

    #[test]
    fn repeated_full_names_and_surnames_link_every_mention() {
        // The recipe that was quadratic: each surname once followed a scan
        // back over every earlier full name.
        let text = "Helena Marques spoke. Marques left. ".repeat(2_000);
        let all = crate::entities(&text).unwrap();
        let people: Vec<_> = all
            .iter()
            .filter(|e| e.kind() == EntityType::Person)
            .collect();
        assert_eq!(people.len(), 4_000);
        assert!(people.iter().all(|e| e.canonical() == "Helena Marques"));
        assert!(people.iter().all(|e| e.id() == people[0].id()));
    }
}
