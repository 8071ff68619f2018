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
    flags_of, has_place_ending, has_surname_ending, month, phrase_bytes_flags_any_case,
    phrase_flags_any_case, place_kind, Flags, COMMON, EVENT_HEAD, EVENT_TAIL, GIVEN, GROUP,
    KNOWN_ORG, KNOWN_PERSON, OPENER, ORG_HEAD, ORG_TAIL, PARTICLE, PLACE_HEAD, PLACE_NOUN,
    PLACE_TAIL, ROLE, STOP, SURNAME, TAKES_OF, TITLE, TITLE_HEAD, TITLE_MODIFIER,
};
use super::tokens::{Kind, Token, Tokens};
use super::{EntityType, Evidence, Found};

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
    /// What the lexicon says about the word.
    flags: Flags,
}

impl Unit {
    fn has(&self, flags: Flags) -> bool {
        self.flags & flags != 0
    }
}

/// Flags of a place of any kind.
const PLACE: Flags =
    super::lexicon::COUNTRY | super::lexicon::STATE | super::lexicon::REGION | super::lexicon::CITY;

#[derive(Debug, Default)]
struct Run {
    units: Vec<Unit>,
    title_line: bool,
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
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
fn takes_of(u: &Unit) -> bool {
    u.has(ORG_HEAD | PLACE_HEAD | TITLE_HEAD | TAKES_OF)
}

impl Ctx<'_> {
    fn word(&self, tok: usize) -> &str {
        self.tokens.get(tok).map_or("", |t| t.text(self.text))
    }

    fn unit_text(&self, u: &Unit) -> &str {
        self.text.get(u.start..u.end).unwrap_or("")
    }

    /// [`is_capitalised`] of token `t`'s text, from its first byte when
    /// that is ASCII: this runs for every word of the text, and slicing the
    /// text checks both ends for a character boundary.
    fn capitalised(&self, t: &Token) -> bool {
        match self.text.as_bytes().get(t.start) {
            Some(&b) if b < 0x80 => b.is_ascii_uppercase() && !(b == b'I' && t.end == t.start + 1),
            _ => is_capitalised(t.text(self.text)),
        }
    }

    fn is_cap_word(&self, tok: usize, claimed: &[bool]) -> bool {
        self.tokens.get(tok).is_some_and(|t| {
            t.kind == Kind::Word
                && !claimed.get(tok).copied().unwrap_or(true)
                && !t.line_start
                && self.capitalised(t)
        })
    }

    /// A capitalised word at `tok`, claimed or not.
    fn cap_word_at(&self, tok: usize) -> bool {
        self.tokens
            .get(tok)
            .is_some_and(|t| t.kind == Kind::Word && !t.line_start && self.capitalised(t))
    }

    /// The units a word token contributes: itself, or the capitalised
    /// parts of a hyphenated word ("Atlanta-based" → "Atlanta",
    /// "Russia-Ukraine" → "Russia", "Ukraine"). The flag says whether the
    /// run must end after them.
    fn word_units(&self, tok: usize, t: &Token, out: &mut Vec<Unit>) -> bool {
        let w = t.text(self.text);
        let unit = |start: usize, end: usize, sent: bool, flags: Flags| Unit {
            start,
            end,
            tok,
            cap: true,
            sent_start: sent,
            flags,
        };
        if !w.contains(['-', '‐']) {
            out.push(unit(t.start, t.end, t.sent_start, t.flags));
            return false;
        }
        let mut parts: Vec<(usize, &str)> = Vec::new();
        let mut offset = 0;
        for p in w.split(['-', '‐']) {
            parts.push((offset, p));
            offset += p.len() + 1;
            if w.get(offset - 1..).is_some_and(|r| r.starts_with('‐')) {
                offset += '‐'.len_utf8() - 1;
            }
        }
        let part = |&(o, p): &(usize, &str), sent: bool| {
            unit(t.start + o, t.start + o + p.len(), sent, flags_of(p))
        };
        if parts.iter().all(|(_, p)| is_capitalised(p)) {
            // "Russia-Ukraine" splits when every part is a place or group;
            // "Coca-Cola" and "Catch-Up" stay whole.
            let split: Vec<Unit> = parts.iter().map(|p| part(p, t.sent_start)).collect();
            if split.iter().all(|u| u.has(PLACE | GROUP)) {
                out.extend(split);
                return true;
            }
            out.push(unit(t.start, t.end, t.sent_start, t.flags));
            return false;
        }
        // "Atlanta-based": the capitalised head, then the run ends.
        // "pro-Russian", "anti-Trump": the capitalised tail.
        if let Some(first) = parts.first().filter(|(_, p)| is_capitalised(p)) {
            out.push(part(first, t.sent_start));
            return true;
        }
        if let (2, Some(last)) = (parts.len(), parts.last()) {
            if is_capitalised(last.1) {
                out.push(part(last, false));
                return false;
            }
        }
        true
    }

    /// Hands each capitalised run of the text to `each`, in text order
    /// (one buffer for every run: a `Vec` of runs cost an allocation each).
    fn runs(&self, claimed: &[bool], mut each: impl FnMut(&Run)) {
        let mut run = Run::default();
        let mut i = 0;
        let mut flush = |run: &mut Run| {
            // A run never ends on a connector.
            while run.units.last().is_some_and(|u| !u.cap) {
                run.units.pop();
            }
            if !run.units.is_empty() {
                each(run);
            }
            run.units.clear();
            run.title_line = false;
        };
        while i < self.tokens.len() {
            let Some(t) = self.tokens.get(i) else { break };
            let free = !claimed.get(i).copied().unwrap_or(true);
            if t.line_start {
                flush(&mut run);
            }
            let capitalised = t.kind == Kind::Word && self.capitalised(t);
            // (A contraction in lower case ends the run below as any plain
            // word does.)
            if capitalised && contraction(t.text(self.text)) {
                // "I'm", "Don't": a pronoun or a verb, never a name's word.
                flush(&mut run);
                i += 1;
                continue;
            }
            if free && capitalised {
                let was_empty = run.units.is_empty();
                let before = run.units.len();
                let ends = self.word_units(i, t, &mut run.units);
                if run.units.len() == before {
                    flush(&mut run);
                } else {
                    if was_empty {
                        run.title_line = t.title_line;
                    }
                    if ends {
                        flush(&mut run);
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
                    .is_some_and(|t| t.kind == Kind::Word && t.flags & PARTICLE != 0)
                {
                    j += 1;
                }
                let particles = j > i && j - i <= 2;
                let of = (w == "of" || w == "for" || w == "on")
                    && run.units.last().is_some_and(takes_of)
                    && !run.units.iter().any(|u| !u.cap);
                // "Port Authority of New York and New Jersey", "Department
                // of Health and Human Services": one "and" after an
                // organisation's "of".
                let and = w == "and" && {
                    let connectors: Vec<&Unit> = run.units.iter().filter(|u| !u.cap).collect();
                    matches!(connectors.as_slice(), [c] if self.unit_text(c) == "of")
                        && run
                            .units
                            .iter()
                            .position(|u| !u.cap)
                            .and_then(|k| k.checked_sub(1))
                            .and_then(|k| run.units.get(k))
                            .is_some_and(|u| u.has(ORG_HEAD))
                };
                if of {
                    j = i + 1;
                    // "Bank of the West"; "League for the St. Louis
                    // Eagles" is two names.
                    if w == "of" && self.word(j) == "the" {
                        j += 1;
                    }
                }
                if and {
                    j = i + 1;
                }
                if (particles || of || and) && self.is_cap_word(j, claimed) {
                    for k in i..j {
                        if let Some(t) = self.tokens.get(k) {
                            run.units.push(Unit {
                                start: t.start,
                                end: t.end,
                                tok: k,
                                cap: false,
                                sent_start: false,
                                flags: t.flags,
                            });
                        }
                    }
                    i = j;
                    continue;
                }
            }
            // A nickname in quotes inside a name: William "Buckshot" May.
            if free
                && t.kind == Kind::Punct
                && matches!(t.text(self.text), "\"" | "“")
                && run.units.last().is_some_and(|u| u.cap)
                && t.space_before
            {
                let mut j = i + 1;
                while j < i + 4 && self.is_cap_word(j, claimed) {
                    j += 1;
                }
                let closes = j > i + 1
                    && self
                        .tokens
                        .get(j)
                        .is_some_and(|c| matches!(c.text(self.text), "\"" | "”"));
                if closes && self.is_cap_word(j + 1, claimed) {
                    for k in i..=j {
                        if let Some(t) = self.tokens.get(k) {
                            run.units.push(Unit {
                                start: t.start,
                                end: t.end,
                                tok: k,
                                cap: false,
                                sent_start: false,
                                flags: 0,
                            });
                        }
                    }
                    i = j + 1;
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
                    flags: 0,
                });
                i += 1;
                continue;
            }
            // Most tokens are outside any run: no call for them (an empty
            // run has nothing to flush, and its `title_line` is false).
            if !run.units.is_empty() {
                flush(&mut run);
            }
            i += 1;
        }
        flush(&mut run);
    }

    /// The word token right before unit `u`, if any.
    fn token_before(&self, u: &Unit) -> Option<&Token> {
        let t = self.tokens.get(u.tok.checked_sub(1)?)?;
        (t.kind == Kind::Word).then_some(t)
    }

    /// What the lexicon says about the phrase `units` make.
    fn phrase_flags(&self, units: &[Unit]) -> Flags {
        if let [only] = units {
            return only.flags;
        }
        // The phrase is put together on the stack: this runs for every
        // stretch of every run, and no name in the tables is this long.
        let mut buf = [0u8; 96];
        let mut len = 0;
        for (k, u) in units.iter().enumerate() {
            let glued = k > 0 && units.get(k - 1).is_some_and(|p| p.end == u.start);
            let sep: &[u8] = if k > 0 && !glued { b" " } else { b"" };
            for part in [sep, self.unit_text(u).as_bytes()] {
                let Some(slot) = buf.get_mut(len..len + part.len()) else {
                    return 0;
                };
                slot.copy_from_slice(part);
                len += part.len();
            }
        }
        buf.get(..len).map_or(0, phrase_bytes_flags_any_case)
    }
}

/// A piece of a run to type, with what came before it.
struct Piece {
    /// Its units: a range of [`Pieces::units`].
    units: std::ops::Range<usize>,
    /// A title, role or party word came right before: a person.
    person_cue: bool,
    /// A corporate title comes right after ("Cofinec CEO"): an organisation.
    org_cue: bool,
    title_line: bool,
}

/// The pieces of a text, their units stored end to end (one buffer for
/// all, not a `Vec` for each piece).
#[derive(Default)]
struct Pieces {
    units: Vec<Unit>,
    list: Vec<Piece>,
}

impl Pieces {
    fn len(&self) -> usize {
        self.list.len()
    }

    fn last_mut(&mut self) -> Option<&mut Piece> {
        self.list.last_mut()
    }

    fn push(&mut self, units: &[Unit], person_cue: bool, title_line: bool) {
        let start = self.units.len();
        self.units.extend_from_slice(units);
        self.list.push(Piece {
            units: start..self.units.len(),
            person_cue,
            org_cue: false,
            title_line,
        });
    }

    fn units(&self, piece: &Piece) -> &[Unit] {
        self.units.get(piece.units.clone()).unwrap_or(&[])
    }
}

/// A word that introduces a photo credit ("Photo", "Credit").
/// A word of a title written in title case that a name writes in lower
/// case: a preposition, pronoun, conjunction or auxiliary ("With",
/// "About", "My", "Is").
fn title_case_word(word: &str) -> bool {
    matches!(
        word,
        "About"
            | "After"
            | "Against"
            | "And"
            | "Are"
            | "At"
            | "But"
            | "By"
            | "For"
            | "From"
            | "Her"
            | "His"
            | "How"
            | "Into"
            | "Is"
            | "It"
            | "Me"
            | "My"
            | "Not"
            | "Of"
            | "On"
            | "Or"
            | "Our"
            | "Over"
            | "That"
            | "This"
            | "To"
            | "Was"
            | "We"
            | "What"
            | "When"
            | "Where"
            | "Why"
            | "With"
            | "You"
            | "Your"
    )
}

/// An English contraction ("I'm", "don't", "They're"), which is no word of
/// a name ("O'Brien", "D'Angelo" have a capital after the apostrophe).
fn contraction(word: &str) -> bool {
    word.rsplit_once(['\'', '’']).is_some_and(|(head, tail)| {
        !head.is_empty() && matches!(tail, "m" | "re" | "ve" | "ll" | "d" | "t")
    })
}

fn credit_word(word: &str) -> bool {
    matches!(
        word,
        "Photo"
            | "Photos"
            | "Photograph"
            | "Photographs"
            | "Picture"
            | "Pictures"
            | "Illustration"
            | "Credit"
            | "Credits"
    )
}

/// Titles held in a company or an organisation: the name before them is
/// the organisation's ("Northwind CEO", "FBI Director").
fn corporate_title(word: &str) -> bool {
    matches!(
        word,
        "CEO"
            | "CFO"
            | "COO"
            | "CTO"
            | "Chairman"
            | "Chairwoman"
            | "Founder"
            | "Cofounder"
            | "Co-founder"
            | "Executive"
            | "Partner"
            | "Director"
    )
}

/// Length of a title block at the start of `units` ("Secretary of State",
/// "Prime Minister", "Judge"); 0 when there is none.
fn title_len(ctx: &Ctx, units: &[Unit]) -> usize {
    let flags = |k: usize| units.get(k).map_or(0, |u| u.flags);
    let mut k = 0;
    let mut has_title = false;
    while let Some(u) = units.get(k) {
        if u.has(TITLE | TITLE_HEAD) {
            has_title = true;
            k += 1;
        } else if u.has(TITLE_MODIFIER) && flags(k + 1) & (TITLE | TITLE_HEAD) != 0 {
            k += 1;
        } else if has_title && !u.cap && matches!(ctx.unit_text(u), "of" | "for") {
            // "Secretary of State Hillary Clinton": the office is the words
            // up to the first given name, or all but the last two.
            let rest = units.len() - k - 1;
            // "Governor General of Canada": a place and no name after it.
            if ctx.phrase_flags(units.get(k + 1..).unwrap_or(&[])) & PLACE != 0 {
                k += 1;
                break;
            }
            let first_name = (k + 2..units.len()).find(|&j| flags(j) & GIVEN != 0);
            let office = first_name.map_or(rest.saturating_sub(2).max(1), |j| j - k - 1);
            k += 1 + office;
            break;
        } else {
            break;
        }
    }
    // "Major League Baseball", "General Assembly": the "title" is the
    // first word of an organisation's name.
    if !has_title
        || (k == 1
            && units
                .get(1)
                .is_some_and(|u| u.cap && u.has(ORG_HEAD | ORG_TAIL)))
    {
        return 0;
    }
    k.min(units.len())
}

/// Splits a run where two names meet without a word between them: a
/// byline before a dateline in capitals ("Vera Haller VENICE"), names
/// that the tables know one after another ("South Korea Australia"), a
/// country before an initial ("Sri Lanka S. Jayasuriya"). Then each part
/// is cut into pieces.
fn pieces(ctx: &Ctx, run: &Run, cuts: &mut Vec<usize>, out: &mut Pieces) {
    let units = &run.units;
    // "What About Love", "Dance With Somebody", "Where's My Hairspray": a
    // preposition, pronoun or conjunction with a capital inside a run is
    // the title case of a work's title (a song, a book, a slogan), not a
    // name, which writes those words in lower case ("Bank of America").
    // Headings are written in title case throughout and keep their names.
    if !run.title_line
        && units.iter().enumerate().any(|(k, u)| {
            (k > 0 || !u.sent_start)
                && u.cap
                && !u.has(super::lexicon::CAPS)
                && title_case_word(ctx.unit_text(u))
        })
    {
        return;
    }
    cuts.clear();
    cuts.push(0);
    let mut k = 0;
    while k < units.len() {
        // The longest phrase of the tables from `k`.
        let mut known = 0;
        if units.get(k).is_some_and(|u| u.cap) {
            for len in (1..=4.min(units.len() - k)).rev() {
                let slice = units.get(k..k + len).unwrap_or(&[]);
                if slice.last().is_some_and(|u| u.cap)
                    && ctx.phrase_flags(slice) & (PLACE | GROUP | KNOWN_ORG) != 0
                {
                    known = len;
                    break;
                }
            }
        }
        let next = units.get(k + known.max(1));
        let both_cap = units.get(k).is_some_and(|u| u.cap) && next.is_some_and(|u| u.cap);
        if known > 0 && both_cap {
            let after = k + known;
            let rest = units.get(after..).unwrap_or(&[]);
            let rest_known = (1..=4.min(rest.len())).any(|len| {
                let slice = rest.get(..len).unwrap_or(&[]);
                slice.len() == rest.len() && ctx.phrase_flags(slice) & (PLACE | GROUP) != 0
            });
            let country =
                ctx.phrase_flags(units.get(k..after).unwrap_or(&[])) & super::lexicon::COUNTRY != 0;
            let initial = next.is_some_and(|u| {
                let w = ctx.unit_text(u);
                w.len() <= 3 && w.ends_with('.') && !w.starts_with("St")
            });
            // "Washington Irving", "Irving Berlin": a given name that is
            // also a place, then one word that is not a country, is a
            // person's name; two places rarely meet without a comma.
            let given_name = known == 1
                && rest.len() == 1
                && units.get(k).is_some_and(|u| u.has(GIVEN))
                && ctx.phrase_flags(rest) & super::lexicon::COUNTRY == 0;
            if (rest_known && !given_name) || (country && initial) {
                cuts.push(after);
            }
        }
        // "Haller VENICE": a word in capitals after a capitalised word.
        if let (Some(a), Some(b)) = (units.get(k), units.get(k + 1)) {
            let tb = ctx.unit_text(b);
            if a.cap
                && b.cap
                && !a.has(super::lexicon::CAPS)
                && b.has(super::lexicon::CAPS)
                && tb.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !tb.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
                && !b.has(ORG_TAIL | TITLE)
            {
                cuts.push(k + 1);
            }
        }
        k += 1;
    }
    cuts.push(units.len());
    // Nearly always in order already (most runs are not cut at all).
    if cuts.windows(2).any(|w| matches!(w, [a, b] if a > b)) {
        crate::sort::sort(cuts);
    }
    cuts.dedup();
    for w in cuts.windows(2) {
        if let [a, b] = *w {
            pieces_of_run(ctx, units.get(a..b).unwrap_or(&[]), run.title_line, out);
        }
    }
}

/// Splits a run into pieces: sentence-initial stop words dropped, titles
/// cut out (the name after them is a person), a leading group word split off.
fn pieces_of_run(ctx: &Ctx, run_units: &[Unit], title_line: bool, out: &mut Pieces) {
    let mut units = run_units;
    // Photo credits: "Photo: Jane Smith/Reuters", "(AP Photo/John Doe)",
    // "Credit Ann Lee/Agence France-Presse". The credit word names
    // nobody; an agency may come before it and the photographer after it.
    let mut credit_person = false;
    let mut credit_agency = false;
    if let Some(last) = units.last() {
        let next = ctx.word(last.tok + 1);
        if credit_word(ctx.unit_text(last)) && matches!(next, "/" | ":") {
            units = units.get(..units.len() - 1).unwrap_or(&[]);
            credit_agency = true;
        }
    }
    if units.len() >= 2 && units.first().is_some_and(|u| credit_word(ctx.unit_text(u))) {
        units = units.get(1..).unwrap_or(&[]);
        credit_person = true;
    }
    if let Some(first) = units.first() {
        let before = |k: usize| first.tok.checked_sub(k).map_or("", |t| ctx.word(t));
        credit_person |= matches!(before(1), "/" | ":") && credit_word(before(2));
    }
    if units.is_empty() {
        return;
    }
    if credit_agency {
        push_piece(units, false, title_line, out);
        if let Some(p) = out.last_mut() {
            p.org_cue = true;
        }
        return;
    }
    if credit_person && units.len() <= 4 {
        push_piece(units, true, title_line, out);
        return;
    }
    let tail_cue = run_units.len() > 1
        && (run_units
            .last()
            .is_some_and(|u| u.has(ORG_TAIL | PLACE_TAIL))
            || run_units
                .get(1..)
                .is_some_and(|r| r.iter().any(|u| u.has(ORG_HEAD) && u.has(ORG_TAIL))));
    // "Despite Trump's", "Stay informed": the first word of a sentence is
    // capitalised whatever it is; a common word there is not a name.
    while let Some(first) = units.first() {
        // ... unless it opens a name the tables know: "New Zealand is...",
        // "New York has..." keep their first word.
        let opens_known = first.sent_start
            && (2..=units.len().min(4)).any(|n| {
                units.get(..n).is_some_and(|p| {
                    p.iter().all(|u| u.cap)
                        && ctx.phrase_flags(p) & (PLACE | GROUP | KNOWN_ORG) != 0
                })
            });
        if opens_known {
            break;
        }
        let known = first.has(GIVEN | PLACE | GROUP | KNOWN_ORG);
        let common = first.sent_start
            && (first.has(STOP | OPENER)
                || (!known && !tail_cue && first.has(COMMON) && !is_acronym(ctx.unit_text(first))));
        if common || !first.cap {
            units = units.get(1..).unwrap_or(&[]);
        } else {
            break;
        }
    }
    // "September Treasury", "Sept Brent": a month before a name is a date
    // word (a date scanner takes it when a number follows).
    if units.len() >= 2
        && units
            .first()
            .is_some_and(|u| month(u.flags).is_some() && !u.has(GIVEN))
        && units.get(1).is_some_and(|u| u.cap)
    {
        units = units.get(1..).unwrap_or(&[]);
    }
    // "The United States", "the National Bank of Poland": the article is
    // no part of a name the tables or its own words make ("The Triffids"
    // keeps it).
    if units.len() >= 2 && units.first().is_some_and(|u| ctx.unit_text(u) == "The") {
        let rest = units.get(1..).unwrap_or(&[]);
        let structured = rest.len() >= 2
            && rest
                .iter()
                .rev()
                .find(|u| u.cap)
                .is_some_and(|u| u.has(ORG_TAIL | PLACE_TAIL));
        let of_org = rest.iter().any(|u| u.has(ORG_HEAD)) && rest.iter().any(|u| !u.cap);
        // Inside a sentence, "The" keeps its capital as part of a name
        // that ends in an organisation's word ("The Hockey News").
        let named_the = units.first().is_some_and(|u| !u.sent_start)
            && rest.len() >= 2
            && rest.last().is_some_and(|u| u.cap && u.has(ORG_TAIL))
            && !of_org;
        if !named_the
            && (structured || of_org || ctx.phrase_flags(rest) & (PLACE | KNOWN_ORG | GROUP) != 0)
        {
            units = rest;
        }
    }
    if units.is_empty() {
        return;
    }
    // "Managing Partner", "CEO": a title alone names nobody.
    if title_len(ctx, units) >= units.len() {
        return;
    }
    let mut person_cue = units
        .first()
        .and_then(|u| ctx.token_before(u))
        .is_some_and(|t| {
            let w = t.text(ctx.text);
            t.flags & ROLE != 0 || w == "former" || w == "late"
        });
    let org_tail = units.last().is_some_and(|u| u.has(ORG_TAIL));
    let mut start = 0;
    let mut k = 0;
    while k < units.len() {
        let rest = units.get(k..).unwrap_or(&[]);
        let Some(first) = rest.first() else { break };
        let n = title_len(ctx, rest);
        let strong_title = first.has(TITLE) && !first.has(TITLE_HEAD) && !org_tail;
        let name_after = rest.get(n).is_some_and(|u| u.cap);
        // "Martin Luther King Jr." is one name; "Fulton County Judge" is not.
        let prefix_is_person = k > start
            && units.get(start).is_some_and(|u| u.has(GIVEN))
            && units.get(k - 1).is_some_and(|u| {
                !u.has(PLACE_TAIL | ORG_TAIL | PLACE) && !is_acronym(ctx.unit_text(u))
            });
        if n > 0
            && (name_after || strong_title || k > start)
            && (!org_tail || name_after)
            && (!prefix_is_person || ctx.unit_text(first).ends_with('.'))
        {
            if k > start {
                let before = out.len();
                push_piece(
                    units.get(start..k).unwrap_or(&[]),
                    person_cue,
                    title_line,
                    out,
                );
                let corporate = name_after
                    && rest
                        .get(..n)
                        .is_some_and(|t| t.iter().any(|u| corporate_title(ctx.unit_text(u))));
                let pushed = out.len() > before;
                if let Some(p) = out.last_mut().filter(|_| pushed && corporate) {
                    p.org_cue = true;
                }
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
    if rest.len() >= 2 && rest.first().is_some_and(|u| u.has(GROUP)) {
        // "Australian League of Rights", "Bulgarian Academy of Sciences".
        let org_of = rest.iter().any(|u| !u.cap && ctx.unit_text(u) == "of")
            && rest.get(1).is_some_and(|u| u.has(ORG_HEAD));
        let keeps_whole = org_tail
            || org_of
            || ctx.phrase_flags(rest) & (KNOWN_ORG | PLACE | GROUP) != 0
            || rest.last().is_some_and(|u| u.has(PLACE_TAIL));
        if !keeps_whole {
            push_piece(rest.get(..1).unwrap_or(&[]), false, title_line, out);
            push_piece(rest.get(1..).unwrap_or(&[]), true, title_line, out);
            return;
        }
    }
    push_piece(rest, person_cue, title_line, out);
}

fn push_piece(units: &[Unit], person_cue: bool, title_line: bool, out: &mut Pieces) {
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
    out.push(units, person_cue, title_line);
}

/// The type of a piece and how sure it is.
fn classify(ctx: &Ctx, piece: &Piece, units: &[Unit]) -> Option<(EntityType, Evidence)> {
    use EntityType::*;
    use Evidence::*;
    let mut caps = units.iter().filter(|u| u.cap);
    let first_unit = caps.next()?;
    let last_unit = caps.next_back().unwrap_or(first_unit);
    let n = 1 + caps.count() + usize::from(!std::ptr::eq(first_unit, last_unit));
    let first = ctx.unit_text(first_unit);
    let last = ctx.unit_text(last_unit);
    let pf = ctx.phrase_flags(units);
    let single = units.len() == 1;
    let sent_start = units.first().is_some_and(|u| u.sent_start);
    // "St. Louis", "Mt. Vernon", "Ft. Worth": abbreviations of places, not initials.
    let saint = matches!(first, "St." | "Mt." | "Ft." | "Ste.");

    let first_tok = units.first().map_or(0, |u| u.tok);
    let after_tok = units.last().map_or(0, |u| u.tok + 1);
    if dateline(ctx, units, after_tok) && pf & KNOWN_ORG == 0 {
        return Some((Place, Strong));
    }
    if pf & KNOWN_ORG != 0 {
        return Some((Org, Strong));
    }
    // "Tanjug news agency said", "Gazeta Polska daily reported": a name
    // before the word for what it is, a news medium. That decides every
    // mention ("Tanjug said"). A place or a people there is the medium's
    // home ("the Warsaw daily", "the Russian news agency").
    let medium = match ctx.word(after_tok) {
        "news" => ctx.word(after_tok + 1) == "agency",
        w => matches!(
            w,
            "agency" | "newspaper" | "daily" | "weekly" | "broadcaster"
        ),
    };
    if medium && n <= 4 && place_kind(pf).is_none() && pf & GROUP == 0 && !piece.title_line {
        return Some((Org, Decisive));
    }
    // "Jane Smith/Reuters", "Mark Lennihan/AP": a credit glues the
    // photographer's name to the agency's with a slash.
    let glued = |a: usize, b: usize| matches!((ctx.tokens.get(a), ctx.tokens.get(b)), (Some(x), Some(y)) if x.end == y.start);
    let slash = |k: usize| ctx.word(k) == "/";
    let credit_before = first_tok >= 2
        && slash(first_tok - 1)
        && glued(first_tok - 2, first_tok - 1)
        && glued(first_tok - 1, first_tok)
        && ctx.cap_word_at(first_tok - 2)
        && !credit_word(ctx.word(first_tok - 2));
    let credit_after = slash(after_tok)
        && glued(after_tok - 1, after_tok)
        && glued(after_tok, after_tok + 1)
        && ctx.cap_word_at(after_tok + 1);
    if credit_before && n <= 4 && place_kind(pf).is_none() && pf & GROUP == 0 {
        return Some((Org, Strong));
    }
    if credit_after && (2..=3).contains(&n) && pf & (PLACE | GROUP) == 0 && !is_acronym(first) {
        return Some((Person, Strong));
    }
    // "Moritz Romberg (1795-1873)", "Chad Gaudin (born 1983)": a life's
    // dates in parentheses follow a person's name.
    let life = ctx.word(after_tok) == "("
        && (matches!(ctx.word(after_tok + 1), "born" | "b." | "née" | "nee")
            || ctx.tokens.get(after_tok + 1).is_some_and(|t| {
                // "1795-1873", "1795–73".
                let w = t.text(ctx.text).replace('–', "-");
                let (a, b) = w.split_once('-').unwrap_or((&w, ""));
                t.kind == Kind::Number
                    && a.len() == 4
                    && (2..=4).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            }));
    if life
        && (2..=5).contains(&n)
        && pf & (PLACE | KNOWN_ORG | GROUP) == 0
        && !last_unit.has(ORG_TAIL)
    {
        return Some((Person, Strong));
    }
    // "Hollywood Canteen (1944)": a title with its year is a work.
    let year_after = ctx.word(after_tok) == "("
        && ctx.tokens.get(after_tok + 1).is_some_and(|t| {
            let w = t.text(ctx.text);
            t.kind == Kind::Number
                && w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && (w.starts_with("18") || w.starts_with("19") || w.starts_with("20"))
        })
        && ctx.word(after_tok + 2) == ")";
    if year_after && !piece.person_cue && pf & (PLACE | KNOWN_ORG | KNOWN_PERSON) == 0 {
        return None;
    }
    // "Aisby is a village", "Bilka is a Danish chain": the text says what
    // the name is, which decides every mention of it.
    if !piece.title_line && n <= 5 {
        if let Some(defined) = defined_as(ctx, after_tok) {
            return defined.map(|kind| (kind, if kind == Person { Strong } else { Decisive }));
        }
    }
    if piece.org_cue && place_kind(pf).is_none() && !(n >= 2 && first_unit.has(GIVEN)) {
        return Some((Org, Strong));
    }
    // "Bluefin Dynamics, Inc.": a company designator after a comma.
    if designator_after(ctx, after_tok) && n <= 5 {
        return Some((Org, Decisive));
    }
    if n >= 2 && super::lexicon::is_foreign_org_head(first) {
        return Some((Org, Strong));
    }
    // "Siobhán Ní Bhriain", "Te Rangi Hemi Walker", "Ní Bhriain": a
    // name particle before a capitalised word.
    let name_particle = units
        .iter()
        .rev()
        .skip(1)
        .any(|u| super::lexicon::is_name_particle(ctx.unit_text(u)));
    if (2..=5).contains(&n) && name_particle && pf & KNOWN_ORG == 0 {
        return Some((Person, Strong));
    }
    // "written in Java": a programming language, not the island.
    let before_word = |k: usize| first_tok.checked_sub(k).map_or("", |t| ctx.word(t));
    if before_word(1) == "in"
        && matches!(
            before_word(2),
            "written" | "coded" | "implemented" | "programmed" | "scripted" | "rewritten"
        )
    {
        return None;
    }
    // "A Shrs", "March T": a lone capital letter is a column or a grade,
    // not part of a name (initials keep their period).
    if n >= 2
        && units.iter().any(|u| {
            let w = ctx.unit_text(u);
            u.cap && w.len() == 1 && w != "I"
        })
        && !units.iter().any(|u| u.has(GIVEN))
    {
        return None;
    }
    // Sports results: "Lotte 6 Hyundai 2", "Haitai 64 2 43", "Leicestershire
    // beat Somerset". A club named after its town is an organisation there
    // (national sides keep the country's name and type).
    let person_like = piece.person_cue
        || (n >= 2
            && (first_unit.has(GIVEN) || (first.len() <= 4 && first.ends_with('.') && !saint)));
    let team_words = n == 1
        || units
            .iter()
            .any(|u| u.has(PLACE | PLACE_TAIL | ORG_TAIL | COMMON) || is_acronym(ctx.unit_text(u)));
    if pf & super::lexicon::COUNTRY == 0
        && !person_like
        && team_words
        && pf & (GROUP | KNOWN_PERSON) == 0
        && team_position(ctx, first_tok, after_tok)
    {
        return Some((Org, Decisive));
    }
    if single && pf & KNOWN_PERSON != 0 {
        return Some((Person, Strong));
    }
    // "the Bruins", "the Boston Braves", "the Victorias": a plural name
    // after "the" is a team, a band or a firm, not a person.
    let the_before = first_tok
        .checked_sub(1)
        .is_some_and(|k| ctx.word(k) == "the");
    if the_before
        && !piece.person_cue
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("'s")
        && !last.ends_with("’s")
        && last.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !is_acronym(last)
        && pf & (PLACE | GROUP | KNOWN_PERSON) == 0
        && !last_unit.has(PLACE | GROUP | PLACE_TAIL | EVENT_TAIL)
    {
        return Some((Org, Default));
    }
    if let Some(kind) = place_kind(pf) {
        let name_like = single && pf & (GIVEN | SURNAME) != 0;
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
    if pf & GROUP != 0 {
        return Some((Group, Strong));
    }
    if piece.title_line {
        // Headings capitalise every word: only the tables are trusted.
        return None;
    }
    // Events, awards and works are not entities here ("Battle of
    // Antietam", "Stanley Cup").
    // "World War II": the numeral after the event word.
    let roman = |u: &Unit| {
        let w = ctx.unit_text(u);
        w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    };
    let before_numeral = units
        .iter()
        .rev()
        .filter(|u| u.cap)
        .nth(1)
        .filter(|_| roman(last_unit));
    if n >= 2
        && (first_unit.has(EVENT_HEAD)
            || last_unit.has(EVENT_TAIL)
            || before_numeral.is_some_and(|u| u.has(EVENT_TAIL)))
    {
        return None;
    }
    if n >= 2 && last_unit.has(ORG_TAIL) {
        return Some((Org, Strong));
    }
    // "University Hospital Waterford", "National Museum Cardiff": an
    // institution's head word inside the name, a place name after it.
    let inner_institution = units
        .iter()
        .filter(|u| u.cap)
        .take(n.saturating_sub(1))
        .any(|u| u.has(ORG_HEAD) && u.has(ORG_TAIL));
    if n >= 2 && inner_institution && !last_unit.has(PLACE_TAIL) && !first_unit.has(GIVEN) {
        return Some((Org, Strong));
    }
    let of_at = units
        .iter()
        .position(|u| !u.cap && ctx.unit_text(u) == "of");
    let org_of = of_at
        .and_then(|k| k.checked_sub(1))
        .and_then(|k| units.get(k))
        .is_some_and(|u| u.has(ORG_HEAD));
    if n >= 2 && (org_of || (first_unit.has(ORG_HEAD) && of_at.is_some())) {
        return Some((Org, Strong));
    }
    // "Tennessee's 7th Congressional District": a numbered district, not
    // the name of a place.
    let ordinal_before = units
        .first()
        .and_then(|u| u.tok.checked_sub(1))
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| {
            let w = t.text(ctx.text);
            t.kind == Kind::Number && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e))
        });
    if ordinal_before && last_unit.has(PLACE_TAIL) {
        return None;
    }
    if n >= 2 && (last_unit.has(PLACE_TAIL) || first_unit.has(PLACE_HEAD)) {
        return Some((Place, Strong));
    }
    let initials = first.len() <= 4
        && first.ends_with('.')
        && !saint
        && first.chars().filter(|c| c.is_uppercase()).count() >= 1
        && n >= 2;
    let particle = units.iter().any(|u| !u.cap && u.has(PARTICLE));
    if piece.person_cue && n <= 4 && !is_acronym(first) {
        return Some((Person, Strong));
    }
    // A town and a word, or a word and a town, that no table knows as a
    // place: a club or a company ("Bristol Rovers", "Real Madrid",
    // "Dynamo Moscow", "Norwich City").
    let town =
        |u: &Unit| u.has(super::lexicon::CITY | super::lexicon::STATE) && !u.has(GIVEN | SURNAME);
    if n == 2 && !first_unit.has(GIVEN) && (town(first_unit) || town(last_unit)) {
        return Some((Org, Default));
    }
    // "The Triffids", "The Mad Capsule Markets".
    if n >= 2 && first == "The" {
        return Some((Org, Default));
    }
    let common = |u: &Unit| u.has(COMMON) && !u.has(GIVEN | PLACE) && !is_acronym(ctx.unit_text(u));
    // "Boston Bruins", "Dallas Cowboys": a town that is also a first name,
    // before a plural that is nobody's surname, is a team.
    let team_plural = n == 2
        && first_unit.has(super::lexicon::CITY | super::lexicon::STATE)
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last_unit.has(GIVEN | SURNAME)
        && !has_surname_ending(last);
    if team_plural {
        return Some((Org, Default));
    }
    if (2..=4).contains(&n)
        && (first_unit.has(GIVEN) || initials || particle || has_surname_ending(last))
        && (!common(last_unit)
            || (n == 2 && first_unit.has(GIVEN) && !common(first_unit) && last_unit.has(SURNAME)))
        && !last_unit.has(ORG_TAIL | PLACE_TAIL)
    {
        return Some((Person, Strong));
    }
    if (2..=3).contains(&n) && last_unit.has(SURNAME) {
        return Some((Person, Default));
    }
    // "the band Killing Joke", "the label Blue Note": a band's or a
    // label's name may be made of common words.
    if (1..=4).contains(&n)
        && matches!(before_word(1), "band" | "label" | "group" | "duo" | "trio")
        && !first_unit.has(GIVEN)
    {
        return Some((Org, Default));
    }
    // Capitalised common words ("Public Safety", "Rock") name nothing sure.
    if units.iter().filter(|u| u.cap).all(common) {
        return None;
    }
    if single && first.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    // An acronym no table knows: an organisation, unless it is only two
    // letters ("KO", "CD") or a word in capitals ("ERA").
    // "a 2.26 ERA", "23 KOs": capitals after a figure are a statistic.
    let figure_before = first_tok
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.kind == Kind::Number);
    let stat = |w: &str| is_acronym(w) || is_acronym(w.strip_suffix('s').unwrap_or(w));
    if single && figure_before && stat(first) && pf & KNOWN_ORG == 0 {
        return None;
    }
    if single && is_acronym(first) {
        let letters = first.chars().filter(|c| c.is_alphabetic()).count();
        let undotted: String = first.chars().filter(|&c| c != '.').collect();
        if undotted.len() < first.len() && phrase_flags_any_case(&undotted) & KNOWN_ORG != 0 {
            // "U.N." is the UN.
            return Some((Org, Strong));
        }
        if (letters < 3 && !first.contains('.')) || first_unit.has(COMMON) {
            return None;
        }
        return Some((Org, Default));
    }
    // Context: "in X", "the village of X", "X said".
    let before = units
        .first()
        .and_then(|u| ctx.token_before(u))
        .map_or("", |t| t.text(ctx.text));
    let before2 = units
        .first()
        .and_then(|u| u.tok.checked_sub(2))
        .and_then(|t| ctx.tokens.get(t));
    let after = ctx.word(after_tok);
    let after2 = ctx.word(after_tok + 1);
    let evidence = if sent_start && single { Weak } else { Default };
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
    ) || matches!(before, "visit" | "visited" | "visiting" | "visits")
        || (before == "of" && before2.is_some_and(|t| t.flags & PLACE_NOUN != 0))
        // "the pier at X", "the island's harbour at X".
        || (before == "at"
            && before2.is_some_and(|t| {
                t.flags & PLACE_NOUN != 0
                    || in_list(
                        "pier harbour harbor quay port beach slipway lighthouse shore coast",
                        t.text(ctx.text),
                    )
            }))
        // "X had 41 residents": a population.
        || (matches!(after, "had" | "has")
            && ctx.tokens.get(after_tok + 1).is_some_and(|t| t.kind == Kind::Number)
            && matches!(
                ctx.word(after_tok + 2),
                "residents" | "inhabitants" | "people" | "islanders" | "villagers"
            ))
        // "the ferry to X", "flew to X": a journey ends at a place.
        || (before == "to"
            && before2.is_some_and(|t| {
                matches!(
                    t.text(ctx.text),
                    "ferry" | "ferries" | "flew" | "flight" | "flights" | "travelled" | "traveled" | "sailed"
                        | "drove" | "trip" | "journey" | "moved" | "relocated" | "emigrated"
                        | "returned" | "road" | "route" | "bus" | "train" | "boat"
                )
            }));
    // "Walsall, Luton and London", "between Brighton and Southampton": a
    // lone word listed beside a known place, or between two places, is one.
    let place_tok = |k: usize| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.flags & PLACE != 0)
            && ctx.cap_word_at(k)
    };
    let listed = |w: &str| matches!(w, "and" | "," | "or");
    let unknown_word = single
        && !first_unit.has(GIVEN | SURNAME | COMMON)
        && !ctx
            .tokens
            .get(after_tok)
            .is_some_and(|t| t.kind == Kind::Number);
    let in_list = unknown_word
        && ((listed(before) && first_tok >= 2 && place_tok(first_tok - 2))
            || (listed(after) && place_tok(after_tok + 1))
            || (before == "between" && after == "and")
            || (before == "and" && first_tok >= 3 && ctx.word(first_tok - 3) == "between"));
    // "Debden, England", "Bridgeport, West Virginia": a name before a
    // country or state and a pause is a town there.
    let in_place = after == ","
        && (1..=2).any(|len| {
            let words: Vec<&str> = (0..len).map(|k| ctx.word(after_tok + 1 + k)).collect();
            let flags = phrase_flags_any_case(&words.join(" "));
            let end = ctx.tokens.get(after_tok + 1 + len);
            flags & (super::lexicon::COUNTRY | super::lexicon::STATE) != 0
                && words.iter().all(|w| is_capitalised(w))
                && end.map_or(true, |t| t.kind == Kind::Punct || t.kind == Kind::Number)
        });
    if (place_context || in_place || in_list) && n <= 3 {
        return Some((Place, evidence));
    }
    // A lone first name or surname, where no context says it is a place.
    if single && (first_unit.has(GIVEN | SURNAME) || has_surname_ending(first)) {
        return Some((Person, if sent_start { Weak } else { Default }));
    }
    // "shipping giant Maersk", "the carmaker Stellantis", "Maersk shares".
    let org_context = matches!(
        before,
        "company"
            | "firm"
            | "giant"
            | "group"
            | "carrier"
            | "airline"
            | "retailer"
            | "manufacturer"
            | "maker"
            | "carmaker"
            | "automaker"
            | "conglomerate"
            | "insurer"
            | "lender"
            | "broadcaster"
            | "newspaper"
            | "publisher"
            | "startup"
            | "chain"
            | "brand"
            | "operator"
            | "supplier"
            | "band"
            | "label"
            | "club"
            | "team"
            | "magazine"
            | "studio"
            | "developer"
            | "orchestra"
    ) || (after == "shares" || (after == "'s" && after2 == "shares"));
    if org_context && n <= 3 && !is_acronym(first) {
        return Some((Org, Default));
    }
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
        if is_acronym(first) {
            return Some((Org, evidence));
        }
        // A lone word no table knows may be a company as well as a
        // person: kept only when another mention says who it is.
        return Some((Person, if single { Weak } else { evidence }));
    }
    if single && has_place_ending(first) {
        return Some((Place, evidence));
    }
    if single && month(first_unit.flags).is_some() {
        return None;
    }
    // A place and more: a team or a company ("Perth Glory", "Texas Instruments").
    if n >= 2 && first_unit.has(PLACE) {
        return Some((Org, Default));
    }
    // "the Pirates", "Devil Rays", "Boy Scouts": a name that ends in the
    // plural of a common word is a team, a band or a movement, not a person.
    let plural_common = |u: &Unit| {
        let w = ctx.unit_text(u);
        w.ends_with('s')
            && !w.ends_with("ss")
            && !u.has(GIVEN | SURNAME | PLACE | GROUP)
            && super::lexicon::is_common_word(&w.to_lowercase())
    };
    if plural_common(last_unit) && !first_unit.has(GIVEN) && (n >= 2 || before == "the") {
        return Some((Org, Default));
    }
    // "BrightWave", "GreenLeaf": a capital inside a word is a brand's.
    if units.iter().any(|u| u.cap && camel_case(ctx.unit_text(u))) {
        return Some((Org, Default));
    }
    match n {
        // A lone capitalised word no table knows: kept only when another
        // mention says what it is.
        1 => Some((Org, Weak)),
        // "Air Mozilla", "Sky Quartzly": a common word first is no first name.
        // "Charan Jeath Singh": three such words, none an organisation's.
        2 | 3
            if units
                .iter()
                .filter(|u| u.cap)
                .all(|u| !common(u) && !is_acronym(ctx.unit_text(u)))
                && units.iter().all(|u| u.cap) =>
        {
            Some((Person, Default))
        }
        _ => Some((Org, Default)),
    }
}

/// A word with a capital after a lower-case letter, as brands write them
/// ("BrightWave"), but not as surnames do ("McDonald", "DeSantis", "MacLeod").
fn camel_case(word: &str) -> bool {
    let mut prev_lower = false;
    word.char_indices().enumerate().any(|(n, (k, c))| {
        let inner = n >= 2 && prev_lower && c.is_uppercase();
        prev_lower = c.is_lowercase();
        inner
            && !matches!(
                word.get(..k).unwrap_or(""),
                "Mc" | "Mac"
                    | "De"
                    | "Di"
                    | "Da"
                    | "Du"
                    | "Le"
                    | "La"
                    | "Van"
                    | "Von"
                    | "Fitz"
                    | "Del"
                    | "Della"
                    | "Ten"
                    | "Ter"
            )
    })
}

/// ", Inc.", ", Ltd", ", LLC" right after a name.
fn designator_after(ctx: &Ctx, after_tok: usize) -> bool {
    let is_comma = ctx
        .tokens
        .get(after_tok)
        .is_some_and(|t| t.kind == Kind::Punct && t.text(ctx.text) == ",");
    is_comma
        && matches!(
            ctx.word(after_tok + 1).trim_end_matches('.'),
            "Inc"
                | "Ltd"
                | "LLC"
                | "LLP"
                | "Corp"
                | "Co"
                | "plc"
                | "PLC"
                | "GmbH"
                | "AG"
                | "SA"
                | "NV"
                | "BV"
                | "AB"
                | "ASA"
                | "Pty"
                | "Limited"
                | "Incorporated"
        )
}

/// What a definition right after a name says it is: "Aisby is a village
/// in ...", "Bilka is a Danish chain of hypermarkets", "Chad Gaudin (born
/// 1983) is a right-handed pitcher", "Acme, a robotics company". The
/// head noun after "is a" (past adjectives and words in capitals, before
/// "of", "in", "that" or a comma) gives the type; `Some(None)` for a work
/// ("the sixth album by ..."), which is no entity of ours.
fn defined_as(ctx: &Ctx, after_tok: usize) -> Option<Option<EntityType>> {
    let punct = |k: usize, p: &str| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Punct && t.text(ctx.text) == p)
    };
    let mut j = after_tok;
    // "(born March 24, 1983 in New Orleans)": parentheses are skipped.
    while punct(j, "(") {
        let close = (j + 1..j + 40).find(|&k| punct(k, ")") || k >= ctx.tokens.len())?;
        j = close + 1;
    }
    let apposition = punct(j, ",");
    if apposition {
        j += 1;
    } else if matches!(ctx.word(j), "is" | "was" | "are" | "were") {
        j += 1;
        if matches!(ctx.word(j), "also" | "now" | "currently" | "still") {
            j += 1;
        }
    } else {
        return None;
    }
    match ctx.word(j) {
        "a" | "an" => {}
        "the" | "one" if !apposition => {}
        _ => return None,
    }
    for k in j + 1..j + 8 {
        let t = ctx.tokens.get(k)?;
        let w = t.text(ctx.text);
        match t.kind {
            Kind::Word => {}
            Kind::Number => continue,
            Kind::Punct if w == "-" => continue,
            _ => return None,
        }
        if in_list("of in that which who for from on at by with and or", w) {
            return None;
        }
        let lower = w.to_lowercase();
        if let Some(kind) = head_noun_kind(&lower, t.flags) {
            // "a state university": the last of two head nouns decides.
            let next = ctx.tokens.get(k + 1).filter(|n| n.kind == Kind::Word);
            let next_kind = next.and_then(|n| {
                let nw = n.text(ctx.text);
                let lower_next = !nw.chars().next().is_some_and(char::is_uppercase);
                lower_next
                    .then(|| head_noun_kind(&nw.to_lowercase(), n.flags))
                    .flatten()
            });
            return Some(next_kind.unwrap_or(kind));
        }
        let noun = lower.as_str();
        // Adjectives and names in capitals go on to the noun; a plain
        // common word that is none of the above ends the search.
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !capital && t.flags & COMMON != 0 && !adjective_like(noun) {
            return None;
        }
    }
    None
}

/// The type a definition's head noun gives: a place ("village"), an
/// organisation ("band"), a person (a role: "pitcher"), or `Some(None)` for
/// a work ("album").
fn head_noun_kind(noun: &str, flags: Flags) -> Option<Option<EntityType>> {
    if flags & PLACE_NOUN != 0 || in_list(PLACE_HEAD_NOUNS, noun) {
        return Some(Some(EntityType::Place));
    }
    if in_list(ORG_HEAD_NOUNS, noun) {
        return Some(Some(EntityType::Org));
    }
    if in_list(WORK_HEAD_NOUNS, noun) {
        return Some(None);
    }
    (flags & ROLE != 0).then_some(Some(EntityType::Person))
}

/// Whether `word` is one of the space-separated words of `list` (a scan:
/// these lists are read only in the rare contexts that need them, and a
/// scan costs far fewer bytes of wasm than a `match` over the strings).
fn in_list(list: &str, word: &str) -> bool {
    // Byte by byte, an item compared only when its length matches: the
    // `str` splitter took about 14 instructions a byte of list.
    let word = word.as_bytes();
    let mut start = 0;
    for (i, &b) in list.as_bytes().iter().enumerate() {
        if b == b' ' {
            if i - start == word.len() && list.as_bytes().get(start..i) == Some(word) {
                return true;
            }
            start = i + 1;
        }
    }
    list.as_bytes().get(start..) == Some(word)
}

/// Head nouns of definitions that make a place ("a small village" is
/// PLACE_NOUN in the lexicon already).
const PLACE_HEAD_NOUNS: &str = "river lake mountain country neighbourhood neighborhood cave bay valley peninsula settlement locality département departement oblast prefecture archipelago islet atoll glacier volcano canton community";
/// Head nouns of definitions that make an organisation.
const ORG_HEAD_NOUNS: &str = "band group company corporation firm manufacturer maker retailer chain label club team party organisation organization agency association society union league publisher newspaper magazine broadcaster network charity foundation institute university college airline bank developer studio orchestra ensemble choir duo trio quartet conglomerate cooperative franchise startup subsidiary insurer carrier operator supplier brand";
/// Head nouns of definitions that make a work, which is none of our types.
const WORK_HEAD_NOUNS: &str = "album song single film movie novel book series game opera episode sitcom poem painting ep soundtrack musical video";

/// A word that may stand between "a" and the head noun: an adjective by
/// its ending, or one of the usual ones of definitions.
fn adjective_like(w: &str) -> bool {
    ADJECTIVE_ENDINGS.split(' ').any(|e| w.ends_with(e)) || in_list(DEFINITION_MODIFIERS, w)
}

/// Endings of adjectives ("Danish", "coastal", "former").
const ADJECTIVE_ENDINGS: &str = "al an ic ed ive ous ful ish less ary ing ern ese est er";
/// Words that stand before the head noun of a definition ("a rock band").
const DEFINITION_MODIFIERS: &str = "small large big major minor new old former rock pop punk metal jazz folk indie hip hop civil private public local national chain record music football hockey baseball basketball soccer rugby cricket tennis radio television tv software video car food oil gas mining steel tech holding fashion design grocery news trade farm coastal rural urban tiny remote rocky little non profit government two three four five very well known most best top leading long short";

/// A plain small number: a score, a count of wins ("6", "64", not "1996"
/// or "2-1" or "7th").
fn plain_int(ctx: &Ctx, tok: usize) -> bool {
    ctx.tokens.get(tok).is_some_and(|t| {
        let w = t.text(ctx.text);
        t.kind == Kind::Number && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A name in the place of a team in sports results: between scores
/// ("6 Hyundai 2"), before a row of figures ("Haitai 64 2 43"), before a
/// score and the other side ("Lotte 6 Hyundai 2"), or beside "beat", "v".
fn team_position(ctx: &Ctx, first_tok: usize, after_tok: usize) -> bool {
    let next_int = plain_int(ctx, after_tok);
    let prev_int = first_tok.checked_sub(1).is_some_and(|k| plain_int(ctx, k));
    if next_int && (prev_int || plain_int(ctx, after_tok + 1)) {
        return true;
    }
    if next_int && ctx.cap_word_at(after_tok + 1) {
        let mut j = after_tok + 1;
        while j < after_tok + 5 && ctx.cap_word_at(j) {
            j += 1;
        }
        if plain_int(ctx, j) {
            return true;
        }
    }
    let before = first_tok.checked_sub(1).map_or("", |k| ctx.word(k));
    matches!(
        ctx.word(after_tok),
        "beat" | "beats" | "drew" | "v" | "vs" | "vs."
    ) || matches!(before, "beat" | "beats" | "v" | "vs" | "vs.")
}

/// A dateline: a place in capitals before the date or the agency
/// ("LONDON 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29",
/// "NAIROBI (Reuters) -").
fn dateline(ctx: &Ctx, units: &[Unit], after_tok: usize) -> bool {
    let caps = units
        .iter()
        .filter(|u| u.cap)
        .all(|u| u.has(super::lexicon::CAPS));
    if !caps {
        return false;
    }
    let date = |k: usize| {
        ctx.tokens.get(k).is_some_and(|t| {
            let w = t.text(ctx.text).as_bytes();
            t.kind == Kind::Number
                && w.len() == 10
                && w.get(4) == Some(&b'-')
                && w.get(7) == Some(&b'-')
        })
    };
    let punct = |k: usize, p: &str| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Punct && t.text(ctx.text) == p)
    };
    if date(after_tok) {
        return true;
    }
    // "CITY, State 1996-08-29": a region word or two, then the date.
    if punct(after_tok, ",") {
        let mut j = after_tok + 1;
        while j < after_tok + 4 && ctx.cap_word_at(j) {
            j += 1;
        }
        if j > after_tok + 1 && date(j) {
            return true;
        }
    }
    punct(after_tok, "(") && ctx.cap_word_at(after_tok + 1) && punct(after_tok + 2, ")")
}

/// The text writes `lower` (a word in lower case) in lower case somewhere:
/// a scan of the tokens, made only for the few names it can retype.
fn written_lower(ctx: &Ctx, tokens: &Tokens, lower: &str) -> bool {
    !lower.is_empty()
        && (0..tokens.list.len()).any(|i| {
            tokens.lower(i) == lower
                && tokens.list.get(i).is_some_and(|t| {
                    t.kind == Kind::Word && t.text(ctx.text).starts_with(|c: char| c.is_lowercase())
                })
        })
}

/// Finds the people, organisations, places and groups in `tokens`, skipping
/// claimed tokens.
pub(crate) fn scan(text: &str, tokens: &Tokens, claimed: &[bool]) -> Vec<Found> {
    let ctx = Ctx {
        text,
        tokens: &tokens.list,
    };
    let mut pieces_out = Pieces::default();
    let mut cuts = Vec::new();
    ctx.runs(claimed, |run| {
        if run.title_line {
            title_line_pieces(&ctx, run, &mut pieces_out);
        } else {
            pieces(&ctx, run, &mut cuts, &mut pieces_out);
        }
    });
    let mut out = Vec::with_capacity(pieces_out.len());
    for piece in &pieces_out.list {
        let units = pieces_out.units(piece);
        let (mut kind, evidence) = match classify(&ctx, piece, units) {
            Some(typed) => typed,
            // Kept for the linker: a heading may repeat a name of the body.
            None if piece.title_line => (EntityType::Org, Evidence::Heading),
            None => continue,
        };
        // "Peanut Butter" beside "the peanut butter": words the text also
        // writes in lower case are common words in title case, no
        // person's name (a guess by default only; a first name or a
        // title decides).
        if kind == EntityType::Person
            && evidence == Evidence::Default
            && (2..=3).contains(&units.iter().filter(|u| u.cap).count())
            && units
                .iter()
                .filter(|u| u.cap)
                .all(|u| written_lower(&ctx, tokens, tokens.lower(u.tok)))
        {
            kind = EntityType::Org;
        }
        if let (Some(a), Some(b)) = (units.first(), units.last()) {
            let mut f = Found::new(a.start, b.end, kind);
            f.evidence = evidence;
            f.words = units
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
fn title_line_pieces(ctx: &Ctx, run: &Run, out: &mut Pieces) {
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
            if ctx.phrase_flags(slice) & (KNOWN_ORG | PLACE | GROUP) != 0 {
                matched = len;
                break;
            }
        }
        if matched > 0 {
            if k > pending_start {
                out.push(units.get(pending_start..k).unwrap_or(&[]), false, true);
            }
            out.push(units.get(k..k + matched).unwrap_or(&[]), false, true);
            k += matched;
            pending_start = k;
        } else {
            k += 1;
        }
    }
    if pending_start < units.len() {
        out.push(units.get(pending_start..).unwrap_or(&[]), false, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_list_matches_whole_items() {
        for (list, word, want) in [
            ("band group", "band", true),
            ("band group", "group", true),
            ("band group", "grou", false),
            ("band group", "and", false),
            ("band group", "band group", false),
            ("band group", "", false),
            ("band  group", "", true),
            ("", "", true),
            ("band", "band", true),
        ] {
            assert_eq!(in_list(list, word), want, "{list:?} {word:?}");
            assert_eq!(in_list(list, word), list.split(' ').any(|w| w == word));
        }
    }
}
