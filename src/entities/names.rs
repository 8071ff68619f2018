//! People, organisations, places and groups: capitalised sequences split at
//! titles and typed by gazetteers, cue words and context.
//!
//! 1. Runs: maximal sequences of capitalised words, joined across name
//!    particles ("von der"), "&" and the "of" of "University of Chicago".
//! 2. Pieces: a run loses the stop words and openers that start a sentence
//!    ("Despite", "In"), and splits at titles ("Fulton County | Judge |
//!    Scott McAfee") and at a leading nationality or party ("Democrat |
//!    Aftyn Behn").
//! 3. Types: known organisations, the place and group gazetteers, cue words
//!    at either end ("Department", "County", "Mount"), person evidence (a
//!    title or role before, a common first name, initials, a particle, a
//!    surname ending), then context ("in X", "X said").
//!
//! Each piece carries how sure the type is; the linker (`link.rs`) lets
//! sure mentions decide unsure ones ("Witkoff" after "Steve Witkoff").

use super::lexicon::{
    has_place_ending, has_surname_ending, is_event_head, is_event_tail, is_known_org,
    is_known_person, is_opener, is_org_head, is_org_tail, is_particle, is_place_head,
    is_place_noun, is_place_tail, is_role, is_title, is_title_head, is_title_modifier, month,
};
use super::tokens::{Kind, Token};
use super::{EntityType, Evidence, Found};
use crate::analyze::StopWords;
use crate::tables::{
    is_common_word, GIVEN_NAMES_TABLE, GROUPS_TABLE, PLACES_TABLE, SURNAMES_TABLE,
};

/// A word of a run: a byte range (a part of a hyphenated token, or a whole
/// token) and what the typing rules need to know about it.
#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    /// Index of its token.
    tok: usize,
    /// Capitalised (false for connectors: "of", "von", "&").
    cap: bool,
    sent_start: bool,
}

#[derive(Debug, Default)]
struct Run {
    units: Vec<Unit>,
    title_line: bool,
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    stop: StopWords,
}

const GIVEN: u16 = 1;
const SURNAME: u16 = 2;
const GROUP: u16 = 4;
const COMMON: u16 = 8;
const PLACE_SHIFT: u16 = 4;
const PLACE_KINDS: [char; 4] = ['c', 's', 'r', 't'];

std::thread_local! {
    /// What the tables say about a word or phrase, remembered: a text names
    /// the same few people and places again and again.
    static MEMO: std::cell::RefCell<crate::hash::FastMap<Box<str>, u16>> = std::cell::RefCell::new(crate::hash::FastMap::default());
}

/// The table flags of `phrase` (one lookup per table, then memoised).
fn info(phrase: &str) -> u16 {
    if let Some(flags) = MEMO.with(|m| m.borrow().get(phrase).copied()) {
        return flags;
    }
    let mut flags = 0;
    if GIVEN_NAMES_TABLE.contains(phrase) {
        flags |= GIVEN;
    }
    if SURNAMES_TABLE.contains(phrase) {
        flags |= SURNAME;
    }
    if GROUPS_TABLE.contains(phrase) {
        flags |= GROUP;
    }
    if !phrase.contains(' ') && is_common_word(&phrase.to_lowercase()) {
        flags |= COMMON;
    }
    if let Some(kind) = PLACES_TABLE.get(phrase).and_then(|k| k.chars().next()) {
        let index = PLACE_KINDS.iter().position(|&c| c == kind).unwrap_or(3) as u16;
        flags |= (index + 1) << PLACE_SHIFT;
    }
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        // Bounded: a huge text of distinct words does not grow it forever.
        if m.len() > 20_000 {
            m.clear();
        }
        m.insert(phrase.into(), flags);
    });
    flags
}

pub(crate) fn is_given_name(word: &str) -> bool {
    info(word) & GIVEN != 0
}

pub(crate) fn is_surname(word: &str) -> bool {
    info(word) & SURNAME != 0
}

pub(crate) fn place_kind(phrase: &str) -> Option<char> {
    let k = (info(phrase) >> PLACE_SHIFT) & 7;
    k.checked_sub(1)
        .and_then(|i| PLACE_KINDS.get(usize::from(i)).copied())
}

pub(crate) fn is_group(phrase: &str) -> bool {
    info(phrase) & GROUP != 0
}

/// A common English word, whatever its case ("Despite", "Rock").
fn is_common(word: &str) -> bool {
    info(word) & COMMON != 0
}

fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_uppercase()) && word != "I"
}

/// An acronym: 2 to 6 capitals, maybe with periods or "&" ("FBI", "U.N.", "AT&T").
pub(crate) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Words after which "of" continues a name ("University of", "Gulf of",
/// "Secretary of").
fn takes_of(word: &str) -> bool {
    is_org_head(word)
        || is_place_head(word)
        || is_title_head(word)
        || matches!(
            word,
            "Secretary"
                | "Kingdom"
                | "Duke"
                | "Earl"
                | "Battle"
                | "House"
                | "Hall"
                | "Bay"
                | "Sea"
                | "Isle"
                | "Isles"
                | "Straits"
                | "Bishop"
                | "Prince"
                | "Princess"
                | "Queen"
                | "King"
                | "Mayor"
                | "Governor"
                | "Minister"
                | "Ministers"
                | "Republic"
        )
}

impl Ctx<'_> {
    fn word(&self, tok: usize) -> &str {
        self.tokens.get(tok).map_or("", |t| t.text(self.text))
    }

    fn unit_text(&self, u: &Unit) -> &str {
        self.text.get(u.start..u.end).unwrap_or("")
    }

    fn is_cap_word(&self, tok: usize, claimed: &[bool]) -> bool {
        self.tokens.get(tok).is_some_and(|t| {
            t.kind == Kind::Word && !claimed.get(tok).copied().unwrap_or(true) && !t.line_start
        }) && is_capitalised(self.word(tok))
    }

    /// The units a word token contributes: itself, or the capitalised
    /// parts of a hyphenated word ("Atlanta-based" → "Atlanta",
    /// "Russia-Ukraine" → "Russia", "Ukraine"). The flag says whether the
    /// run must end after them.
    fn word_units(&self, tok: usize, t: &Token) -> (Vec<Unit>, bool) {
        let w = t.text(self.text);
        let unit = |start: usize, end: usize, sent: bool| Unit {
            start,
            end,
            tok,
            cap: true,
            sent_start: sent,
        };
        if !w.contains(['-', '‐']) {
            return (vec![unit(t.start, t.end, t.sent_start)], false);
        }
        let parts: Vec<(usize, &str)> = {
            let mut v = Vec::new();
            let mut offset = 0;
            for p in w.split(['-', '‐']) {
                v.push((offset, p));
                offset += p.len() + 1;
                if w.get(offset - 1..).is_some_and(|r| r.starts_with('‐')) {
                    offset += '‐'.len_utf8() - 1;
                }
            }
            v
        };
        let caps: Vec<bool> = parts.iter().map(|(_, p)| is_capitalised(p)).collect();
        if caps.iter().all(|&c| c) {
            // "Russia-Ukraine" splits when every part is a place or group;
            // "Coca-Cola" and "Catch-Up" stay whole.
            if parts
                .iter()
                .all(|(_, p)| place_kind(p).is_some() || is_group(p))
            {
                let units = parts
                    .iter()
                    .map(|&(o, p)| unit(t.start + o, t.start + o + p.len(), t.sent_start))
                    .collect();
                return (units, true);
            }
            return (vec![unit(t.start, t.end, t.sent_start)], false);
        }
        // "Atlanta-based": the capitalised head, then the run ends.
        // "pro-Russian", "anti-Trump": the capitalised tail.
        if caps.first() == Some(&true) {
            let (o, p) = parts.first().copied().unwrap_or((0, ""));
            return (
                vec![unit(t.start + o, t.start + o + p.len(), t.sent_start)],
                true,
            );
        }
        if let (Some(true), Some(&(o, p))) = (caps.last(), parts.last()) {
            if parts.len() == 2 {
                return (vec![unit(t.start + o, t.start + o + p.len(), false)], false);
            }
        }
        (Vec::new(), true)
    }

    /// Capitalised runs of the text.
    fn runs(&self, claimed: &[bool]) -> Vec<Run> {
        let mut runs = Vec::new();
        let mut run = Run::default();
        let mut i = 0;
        let flush = |run: &mut Run, runs: &mut Vec<Run>| {
            // A run never ends on a connector.
            while run.units.last().is_some_and(|u| !u.cap) {
                run.units.pop();
            }
            if !run.units.is_empty() {
                runs.push(std::mem::take(run));
            } else {
                *run = Run::default();
            }
        };
        while i < self.tokens.len() {
            let Some(t) = self.tokens.get(i) else { break };
            let free = !claimed.get(i).copied().unwrap_or(true);
            if t.line_start {
                flush(&mut run, &mut runs);
            }
            if free && t.kind == Kind::Word && is_capitalised(t.text(self.text)) {
                let (units, ends) = self.word_units(i, t);
                if units.is_empty() {
                    flush(&mut run, &mut runs);
                } else {
                    if run.units.is_empty() {
                        run.title_line = t.title_line;
                    }
                    run.units.extend(units);
                    if ends {
                        flush(&mut run, &mut runs);
                    }
                }
                i += 1;
                continue;
            }
            if free && t.kind == Kind::Word && !run.units.is_empty() && t.space_before {
                // Connectors inside names.
                let w = t.text(self.text);
                let mut j = i;
                while self
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == Kind::Word && is_particle(t.text(self.text)))
                {
                    j += 1;
                }
                let particles = j > i && j - i <= 2;
                let of = (w == "of" || w == "for" || w == "on")
                    && run
                        .units
                        .last()
                        .is_some_and(|u| takes_of(self.unit_text(u)))
                    && !run.units.iter().any(|u| !u.cap);
                if of {
                    j = i + 1;
                    if self.word(j) == "the" {
                        j += 1;
                    }
                }
                if (particles || of) && self.is_cap_word(j, claimed) {
                    for k in i..j {
                        if let Some(t) = self.tokens.get(k) {
                            run.units.push(Unit {
                                start: t.start,
                                end: t.end,
                                tok: k,
                                cap: false,
                                sent_start: false,
                            });
                        }
                    }
                    i = j;
                    continue;
                }
            }
            if free
                && t.kind == Kind::Punct
                && t.text(self.text) == "&"
                && !run.units.is_empty()
                && self.is_cap_word(i + 1, claimed)
            {
                run.units.push(Unit {
                    start: t.start,
                    end: t.end,
                    tok: i,
                    cap: false,
                    sent_start: false,
                });
                i += 1;
                continue;
            }
            flush(&mut run, &mut runs);
            i += 1;
        }
        flush(&mut run, &mut runs);
        runs
    }

    /// The lower-case word right before unit `u`, if any.
    fn word_before(&self, u: &Unit) -> Option<&str> {
        let t = self.tokens.get(u.tok.checked_sub(1)?)?;
        (t.kind == Kind::Word).then(|| t.text(self.text))
    }

    fn phrase(&self, units: &[Unit]) -> String {
        let mut s = String::new();
        for (k, u) in units.iter().enumerate() {
            if k > 0 {
                let glued = units.get(k - 1).is_some_and(|p| p.end == u.start);
                if !glued {
                    s.push(' ');
                }
            }
            s.push_str(self.unit_text(u));
        }
        s
    }
}

/// A piece of a run to type, with what came before it.
struct Piece {
    units: Vec<Unit>,
    /// A title, role or party word came right before: a person.
    person_cue: bool,
    title_line: bool,
}

/// Length of a title block at the start of `units` ("Secretary of State",
/// "Prime Minister", "Judge"); 0 when there is none. `name_follows` says
/// whether a name must follow for a head word ("Director") to count.
fn title_len(ctx: &Ctx, units: &[Unit]) -> usize {
    let text = |k: usize| units.get(k).map_or("", |u| ctx.unit_text(u));
    let mut k = 0;
    let mut has_title = false;
    loop {
        let w = text(k);
        if w.is_empty() {
            break;
        }
        if is_title(w) || is_title_head(w) {
            has_title = true;
            k += 1;
        } else if is_title_modifier(w) && (is_title(text(k + 1)) || is_title_head(text(k + 1))) {
            k += 1;
        } else if has_title && (w == "of" || w == "for") && units.get(k).is_some_and(|u| !u.cap) {
            // "Secretary of State Hillary Clinton": the office is the words
            // up to the first given name, or all but the last two.
            let rest = units.len() - k - 1;
            let first_name = (k + 2..units.len()).find(|&j| is_given_name(text(j)));
            let office = first_name.map_or(rest.saturating_sub(2).max(1), |j| j - k - 1);
            k += 1 + office;
            break;
        } else {
            break;
        }
    }
    if !has_title {
        return 0;
    }
    k.min(units.len())
}

/// Splits a run into pieces: sentence-initial stop words dropped, titles
/// cut out (the name after them is a person), a leading group word split off.
fn pieces(ctx: &Ctx, run: &Run, out: &mut Vec<Piece>) {
    let mut units = run.units.as_slice();
    let tail_cue = run.units.len() > 1
        && run.units.last().is_some_and(|u| {
            let w = ctx.unit_text(u);
            is_org_tail(w) || is_place_tail(w)
        });
    // "Despite Trump's", "Stay informed": the first word of a sentence is
    // capitalised whatever it is; a common word there is not a name.
    while let Some(first) = units.first() {
        let w = ctx.unit_text(first);
        let lower = w.to_lowercase();
        let known = is_given_name(w) || place_kind(w).is_some() || is_group(w) || is_known_org(w);
        let common = first.sent_start
            && (ctx.stop.contains(&lower)
                || is_opener(w)
                || (!known && !tail_cue && !is_acronym(w) && is_common(w)));
        if common || !first.cap {
            units = units.get(1..).unwrap_or(&[]);
        } else {
            break;
        }
    }
    if units.is_empty() {
        return;
    }
    let mut person_cue = units
        .first()
        .and_then(|u| ctx.word_before(u))
        .is_some_and(|w| is_role(&w.to_lowercase()) || w == "former" || w == "late");
    let org_tail = units.last().is_some_and(|u| is_org_tail(ctx.unit_text(u)));
    let mut start = 0;
    let mut k = 0;
    while k < units.len() {
        let rest = units.get(k..).unwrap_or(&[]);
        let w = rest.first().map_or("", |u| ctx.unit_text(u));
        let n = title_len(ctx, rest);
        let strong_title = is_title(w) && !is_title_head(w) && !org_tail;
        let name_after = rest.get(n).is_some_and(|u| u.cap);
        // "Martin Luther King Jr." is one name; "Fulton County Judge" is not.
        let prefix_is_person = k > start
            && units
                .get(start)
                .is_some_and(|u| is_given_name(ctx.unit_text(u)))
            && units.get(k - 1).is_some_and(|u| {
                let w = ctx.unit_text(u);
                !is_place_tail(w) && !is_org_tail(w) && place_kind(w).is_none() && !is_acronym(w)
            });
        if n > 0
            && (name_after || strong_title || k > start)
            && (!org_tail || name_after)
            && (!prefix_is_person || w.ends_with('.'))
        {
            if k > start {
                push_piece(
                    ctx,
                    units.get(start..k).unwrap_or(&[]),
                    person_cue,
                    run.title_line,
                    out,
                );
            }
            k += n;
            start = k;
            person_cue = true;
            continue;
        }
        k += 1;
    }
    let rest = units.get(start..).unwrap_or(&[]);
    // Group words that lead a name: "Democrat Aftyn Behn", "Russian envoy".
    if rest.len() >= 2 {
        let first = rest.first().map_or("", |u| ctx.unit_text(u));
        let whole = ctx.phrase(rest);
        let keeps_whole = org_tail
            || is_known_org(&whole)
            || place_kind(&whole).is_some()
            || is_group(&whole)
            || rest.last().is_some_and(|u| is_place_tail(ctx.unit_text(u)));
        if is_group(first) && !keeps_whole {
            push_piece(
                ctx,
                rest.get(..1).unwrap_or(&[]),
                false,
                run.title_line,
                out,
            );
            push_piece(ctx, rest.get(1..).unwrap_or(&[]), true, run.title_line, out);
            return;
        }
    }
    push_piece(ctx, rest, person_cue, run.title_line, out);
}

fn push_piece(ctx: &Ctx, units: &[Unit], person_cue: bool, title_line: bool, out: &mut Vec<Piece>) {
    let mut units = units;
    while units.last().is_some_and(|u| !u.cap) {
        units = units.get(..units.len() - 1).unwrap_or(&[]);
    }
    while units.first().is_some_and(|u| !u.cap) {
        units = units.get(1..).unwrap_or(&[]);
    }
    if units.is_empty() {
        return;
    }
    let _ = ctx;
    out.push(Piece {
        units: units.to_vec(),
        person_cue,
        title_line,
    });
}

/// The type of a piece and how sure it is.
fn classify(ctx: &Ctx, piece: &Piece) -> Option<(EntityType, Evidence)> {
    use EntityType::*;
    use Evidence::*;
    let units = &piece.units;
    let caps: Vec<&str> = units
        .iter()
        .filter(|u| u.cap)
        .map(|u| ctx.unit_text(u))
        .collect();
    let n = caps.len();
    let first = *caps.first()?;
    let last = *caps.last()?;
    let phrase = ctx.phrase(units);
    let single = units.len() == 1;
    let sent_start = units.first().is_some_and(|u| u.sent_start);

    if is_known_org(&phrase) {
        return Some((Org, Strong));
    }
    if single && is_known_person(&phrase) {
        return Some((Person, Strong));
    }
    if let Some(kind) = place_kind(&phrase) {
        let name_like = single && (is_given_name(&phrase) || is_surname(&phrase));
        if piece.person_cue && (kind == 't' || name_like) {
            return Some((Person, Strong));
        }
        return Some((
            Place,
            if kind == 't' && name_like {
                Default
            } else {
                Strong
            },
        ));
    }
    if is_group(&phrase) {
        return Some((Group, Strong));
    }
    if piece.title_line {
        // Headings capitalise every word: only the tables are trusted.
        return None;
    }
    // Events, awards and works are not entities here ("Battle of
    // Antietam", "Stanley Cup").
    if n >= 2 && (is_event_head(first) || is_event_tail(last)) {
        return None;
    }
    if n >= 2 && is_org_tail(last) {
        return Some((Org, Strong));
    }
    if n >= 2 && units.iter().any(|u| !u.cap && ctx.unit_text(u) == "of") && is_org_head(first) {
        return Some((Org, Strong));
    }
    if n >= 2 && (is_place_tail(last) || is_place_head(first)) {
        return Some((Place, Strong));
    }
    let initials = first.len() <= 4
        && first.ends_with('.')
        && first.chars().filter(|c| c.is_uppercase()).count() >= 1
        && n >= 2;
    let particle = units
        .iter()
        .any(|u| !u.cap && is_particle(ctx.unit_text(u)));
    if piece.person_cue && n <= 4 && !is_acronym(first) {
        return Some((Person, Strong));
    }
    // "The Triffids", "The Mad Capsule Markets".
    if n >= 2 && first == "The" {
        return Some((Org, Default));
    }
    let common =
        |w: &str| !is_acronym(w) && !is_given_name(w) && place_kind(w).is_none() && is_common(w);
    if (2..=4).contains(&n)
        && (is_given_name(first) || initials || particle || has_surname_ending(last))
        && !common(last)
    {
        return Some((Person, Strong));
    }
    if (2..=3).contains(&n) && is_surname(last) {
        return Some((Person, Default));
    }
    // Capitalised common words ("Public Safety", "Rock") name nothing sure.
    if caps.iter().all(|w| common(w)) {
        return None;
    }
    if single && is_acronym(first) {
        return Some((Org, Default));
    }
    if single && (is_given_name(first) || has_surname_ending(first) || is_surname(first)) {
        return Some((Person, if sent_start { Weak } else { Default }));
    }
    // Context: "in X", "the village of X", "X said".
    let before = units.first().and_then(|u| ctx.word_before(u)).unwrap_or("");
    let before2 = units
        .first()
        .and_then(|u| u.tok.checked_sub(2))
        .map_or("", |t| ctx.word(t));
    let after_tok = units.last().map_or(0, |u| u.tok + 1);
    let after = ctx.word(after_tok);
    let after2 = ctx.word(after_tok + 1);
    let evidence = if sent_start && single { Weak } else { Default };
    if matches!(
        after,
        "said"
            | "says"
            | "told"
            | "added"
            | "wrote"
            | "asked"
            | "argued"
            | "insisted"
            | "recalled"
            | "explained"
    ) || (after == "," && after2 == "who")
    {
        return Some((if is_acronym(first) { Org } else { Person }, evidence));
    }
    let place_context = matches!(
        before,
        "in" | "near"
            | "across"
            | "outside"
            | "throughout"
            | "inside"
            | "around"
            | "towards"
            | "toward"
    ) || (before == "of" && is_place_noun(&before2.to_lowercase()));
    if place_context && n <= 3 {
        return Some((Place, evidence));
    }
    if single && has_place_ending(first) {
        return Some((Place, evidence));
    }
    if month(first).is_some() && single {
        return None;
    }
    // A place and more: a team or a company ("Perth Glory", "Texas Instruments").
    if n >= 2 && place_kind(first).is_some() {
        return Some((Org, Default));
    }
    match n {
        // A lone capitalised word no table knows: kept only when another
        // mention says what it is.
        1 => Some((Org, Weak)),
        2 if !common(last) => Some((Person, Default)),
        _ => Some((Org, Default)),
    }
}

/// Finds the people, organisations, places and groups in `tokens`, skipping
/// claimed tokens.
pub(crate) fn scan(text: &str, tokens: &[Token], claimed: &[bool]) -> Vec<Found> {
    let ctx = Ctx {
        text,
        tokens,
        stop: StopWords::english(),
    };
    let mut pieces_out = Vec::new();
    for run in ctx.runs(claimed) {
        if run.title_line {
            title_line_pieces(&ctx, &run, &mut pieces_out);
        } else {
            pieces(&ctx, &run, &mut pieces_out);
        }
    }
    let mut out = Vec::with_capacity(pieces_out.len());
    for piece in &pieces_out {
        let Some((kind, evidence)) = classify(&ctx, piece) else {
            if piece.title_line {
                // Kept for the linker: a heading may repeat a name of the body.
                if let (Some(a), Some(b)) = (piece.units.first(), piece.units.last()) {
                    let mut f = Found::new(a.start, b.end, EntityType::Org);
                    f.evidence = Evidence::Heading;
                    f.words = piece
                        .units
                        .iter()
                        .filter(|u| u.cap)
                        .map(|u| (u.start, u.end))
                        .collect();
                    out.push(f);
                }
            }
            continue;
        };
        if let (Some(a), Some(b)) = (piece.units.first(), piece.units.last()) {
            let mut f = Found::new(a.start, b.end, kind);
            f.evidence = evidence;
            f.words = piece
                .units
                .iter()
                .filter(|u| u.cap)
                .map(|u| (u.start, u.end))
                .collect();
            out.push(f);
        }
    }
    out
}

/// On a heading-like line every word is capitalised: the run is cut into
/// the longest phrases the tables know, and the rest is left for the
/// linker to match against names of the body.
fn title_line_pieces(ctx: &Ctx, run: &Run, out: &mut Vec<Piece>) {
    let units = &run.units;
    let mut k = 0;
    let mut pending_start = 0;
    while k < units.len() {
        let mut matched = 0;
        for len in (1..=4.min(units.len() - k)).rev() {
            let slice = units.get(k..k + len).unwrap_or(&[]);
            if slice.first().is_some_and(|u| !u.cap) || slice.last().is_some_and(|u| !u.cap) {
                continue;
            }
            let phrase = ctx.phrase(slice);
            if is_known_org(&phrase) || place_kind(&phrase).is_some() || is_group(&phrase) {
                matched = len;
                break;
            }
        }
        if matched > 0 {
            if k > pending_start {
                out.push(Piece {
                    units: units.get(pending_start..k).unwrap_or(&[]).to_vec(),
                    person_cue: false,
                    title_line: true,
                });
            }
            out.push(Piece {
                units: units.get(k..k + matched).unwrap_or(&[]).to_vec(),
                person_cue: false,
                title_line: true,
            });
            k += matched;
            pending_start = k;
        } else {
            k += 1;
        }
    }
    if pending_start < units.len() {
        out.push(Piece {
            units: units.get(pending_start..).unwrap_or(&[]).to_vec(),
            person_cue: false,
            title_line: true,
        });
    }
}
