//! People, organisations and places in German, French, Spanish, Italian,
//! Dutch, Portuguese and Russian: capitalised sequences, cut and typed by
//! rules that fit each language (the English rules are `names.rs`).
//!
//! 1. Runs: capitalised words, joined by the language's connectors
//!    ("Banco do Brasil", "Ursula von der Leyen") and elisions ("Banca
//!    d'Italia"); numbers, dates and punctuation end a run.
//! 2. Pieces: a run loses its leading stop words ("Die", "Les", "Na") and
//!    words that the text also writes in lower case (a sentence's first
//!    word), and the titles and roles before a name ("Präsident",
//!    "Sängerin").
//! 3. Types: the place names of every language (`tables::PLACES_LANG`,
//!    from CLDR, and the English gazetteer), company forms and the first
//!    words of organisations and places, given names, then context: a
//!    place preposition before a lone name ("in Berlin", "à Lyon", "em
//!    Lisboa", "в Москве"), a title before a person.
//!
//! German capitalises every noun: a lone German word is a name only with
//! a table, a cue or another mention behind it. Russian inflects names:
//! they are matched through their nominative forms ("Москве" → "Москва").

mod cues;

use std::sync::LazyLock;

use self::cues::{
    listed, Cues, CLUB_HEADS, CLUB_TAILS, DE_NOUN_ENDINGS, ORG_FORMS, ORG_FORMS_BEFORE, RU_GIVEN,
    RU_SURNAME_ENDINGS,
};
use super::lexicon::{
    self, Flags, CITY, COUNTRY, GIVEN, KNOWN_ORG, KNOWN_PERSON, PLACE_TAIL, REGION, STATE, SURNAME,
};
use super::tokens::{Kind, Tokens};
use super::{EntityType, Evidence, Found};
use crate::analyze::StopWords;
use crate::hash::Interner;
use crate::tables;
use crate::Lang;

const PLACE_FLAGS: Flags = COUNTRY | STATE | REGION | CITY;

/// The place names of `tables::PLACES_LANG`, interned once.
static PLACES: LazyLock<Interner> = LazyLock::new(|| {
    let mut names = Interner::with_capacity(2048);
    for &(_, table) in tables::PLACES_LANG {
        tables::front_coded(table, |name| {
            names.intern(name.as_bytes());
        });
    }
    names
});

/// Russian endings of the oblique cases, longest first, and the endings
/// of the nominative that may replace them.
const RU_ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ах", "ях", "ию", "ии", "ым",
    "им", "ую", "юю", "е", "ы", "и", "у", "ю", "а", "я", "о",
];
const RU_NOMINATIVE: &[&str] = &["", "а", "я", "ь", "ия", "й", "о", "ы", "и"];

/// The word itself, then the nominative forms a Russian word may be an
/// oblique case of ("Москве" → "Москва", "Турции" → "Турция").
fn ru_forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for ending in RU_ENDINGS {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                out.extend(RU_NOMINATIVE.iter().map(|n| format!("{stem}{n}")));
            }
        }
    }
    out
}

/// True when `name` is a place in any of the gazetteers.
fn known_place(name: &str) -> bool {
    PLACES.get(name.as_bytes()).is_some()
        || lexicon::phrase_flags(name) & PLACE_FLAGS != 0
        || (name.contains('’') && known_place(&name.replace('’', "'")))
}

/// A word of a run: its byte range (after an elided article) and token.
#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    tok: usize,
    /// Capitalised (false for connectors).
    cap: bool,
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    cues: &'static Cues,
    stop: Option<StopWords>,
    ru: bool,
    /// Lower-case words the text writes in lower case somewhere.
    lower_seen: Interner,
}

impl Ctx<'_> {
    fn word(&self, u: &Unit) -> &str {
        self.text.get(u.start..u.end).unwrap_or("")
    }

    fn flags(&self, u: &Unit) -> Flags {
        self.tokens.list.get(u.tok).map_or(0, |t| t.flags)
    }

    fn is_stop(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.stop.as_ref().is_some_and(|s| s.contains(&lower))
    }

    /// Any form of `word` passes `test` (Russian: its nominative forms).
    fn any_form(&self, word: &str, test: impl Fn(&str) -> bool) -> bool {
        if self.ru {
            ru_forms(word).iter().any(|f| test(f))
        } else {
            test(word)
        }
    }

    fn is_place(&self, phrase: &str) -> bool {
        let german_place = |p: &str| {
            known_place(p)
                // Genitive: "Griechenlands", "Uruguays".
                || p.strip_suffix('s')
                    .is_some_and(|p| p.chars().count() > 3 && known_place(p))
        };
        self.any_form(phrase, known_place)
            || (self.cues.capitalises_nouns
                && (german_place(phrase)
                    // A compass point glued before a place: "Südangola",
                    // "Ostangolas", "Nordafrika".
                    || compass_place(phrase).is_some_and(|p| german_place(&p))))
    }

    fn is_given(&self, u: &Unit) -> bool {
        self.flags(u) & GIVEN != 0
            || (self.ru && self.any_form(self.word(u), |f| listed(RU_GIVEN, f)))
    }

    /// A word no table knows and the text writes in lower case elsewhere:
    /// an ordinary word capitalised at the start of a sentence.
    fn seen_lower(&self, u: &Unit) -> bool {
        let lower = self.word(u).to_lowercase();
        self.lower_seen.get(lower.as_bytes()).is_some()
    }

    /// The elided article or preposition glued before a name, if any:
    /// the byte length of "l'" in "l'Italie".
    fn elision_len(&self, word: &str) -> usize {
        for e in self.cues.elisions.split_ascii_whitespace() {
            if word.len() > e.len()
                && word
                    .get(..e.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(e))
                && word
                    .get(e.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase)
            {
                return e.len();
            }
        }
        0
    }
}

/// The place after a German compass prefix, capitalised again
/// ("Südangola" → "Angola"), for one word.
fn compass_place(word: &str) -> Option<String> {
    if word.contains(' ') {
        return None;
    }
    let rest = [
        "Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Zentral",
    ]
    .iter()
    .find_map(|p| word.strip_prefix(p))?;
    let mut chars = rest.chars();
    let first = chars.next()?;
    if !first.is_lowercase() || rest.chars().count() < 4 {
        return None;
    }
    Some(first.to_uppercase().chain(chars).collect())
}

fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

fn is_acronym(word: &str) -> bool {
    lexicon::is_all_caps(word) && !is_roman(word)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The people, organisations and places of `tokens` in `lang` (a
/// language with its own rules: see `has_rules`), skipping claimed tokens.
pub(crate) fn scan(text: &str, tokens: &Tokens, claimed: &[bool], lang: Lang) -> Vec<Found> {
    let Some(cues) = cues::cues(lang) else {
        return Vec::new();
    };
    let mut lower_seen = Interner::with_capacity(tokens.list.len());
    for (i, t) in tokens.list.iter().enumerate() {
        if t.kind == Kind::Word && !starts_upper(t.text(text)) {
            lower_seen.intern(tokens.lower(i).as_bytes());
        }
    }
    let ctx = Ctx {
        text,
        tokens,
        cues,
        stop: StopWords::for_lang(lang),
        ru: lang == Lang::Ru,
        lower_seen,
    };
    let mut out = Vec::new();
    runs(&ctx, claimed, |run| piece(&ctx, run, &mut out));
    out
}

/// `text` up to about `max` bytes (at a character boundary).
fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or(text)
}

/// How many of the words of `text` are stop words of `stop`.
fn stop_hits(text: &str, stop: &StopWords) -> usize {
    let mut hits = 0;
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’') {
        if word.is_empty() {
            continue;
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        hits += usize::from(stop.contains(&lower));
    }
    hits
}

/// The language whose entity rules fit `text`, whose tokens are `tokens`.
/// Text where a quarter of the words of its first 1,500 bytes or more are
/// English stop words is English (English runs 35-55%, the other
/// languages' news and encyclopedia text 2-20%), read off the tokens'
/// flags without the cost of detection; otherwise the detected language
/// of those bytes, kept only when a quarter of their words or more are
/// that language's stop words (its prose runs 36-55%), and more than are
/// English ones: trigram profiles need more than a few words ("Ushakov's
/// aide left" is no Dutch) or a table of results.
pub(crate) fn language_of(text: &str, tokens: &Tokens) -> Lang {
    let start = head(text, 1500);
    let (mut en_hits, mut words) = (0, 0);
    for t in tokens.list.iter().take_while(|t| t.end <= start.len()) {
        if t.kind == Kind::Word {
            words += 1;
            en_hits += usize::from(t.flags & lexicon::STOP != 0);
        }
    }
    if en_hits * 4 >= words {
        return Lang::En;
    }
    let lang = crate::detect_language(start).map_or(Lang::En, |d| d.lang);
    if !has_rules(lang) || lang == Lang::Ru {
        return lang;
    }
    match StopWords::for_lang(lang) {
        Some(own) => {
            let hits = stop_hits(start, &own);
            if hits > en_hits && hits * 4 >= words {
                lang
            } else {
                Lang::En
            }
        }
        _ => Lang::En,
    }
}

/// True when `lang` has rules here (the others use the English rules).
pub(crate) fn has_rules(lang: Lang) -> bool {
    cues::cues(lang).is_some()
}

/// Hands each maximal run of capitalised words and the connectors between
/// them to `each`, in text order (one buffer for every run, not a `Vec`
/// each).
fn runs(ctx: &Ctx, claimed: &[bool], mut each: impl FnMut(&[Unit])) {
    let list = &ctx.tokens.list;
    let mut cur: Vec<Unit> = Vec::new();
    // Connectors seen since the last capitalised word.
    let mut pending: Vec<Unit> = Vec::new();
    let mut flush = |cur: &mut Vec<Unit>| {
        if !cur.is_empty() {
            each(cur);
            cur.clear();
        }
    };
    for (i, t) in list.iter().enumerate() {
        let word = t.text(ctx.text);
        let usable = t.kind == Kind::Word && !claimed.get(i).copied().unwrap_or(true);
        // A name never runs over a line break: a heading "Richard Ferrand"
        // and the paragraph "Au printemps…" under it are two runs.
        if t.line_start {
            pending.clear();
            flush(&mut cur);
        }
        if !usable {
            pending.clear();
            flush(&mut cur);
            continue;
        }
        let skip = ctx.elision_len(word);
        let name = word.get(skip..).unwrap_or("");
        if starts_upper(name) {
            let unit = Unit {
                start: t.start + skip,
                end: t.end,
                tok: i,
                cap: true,
            };
            if skip > 0 {
                // "Banca d'Italia": the elision joins a name like a
                // connector; elsewhere ("vers l'Allemagne") it starts one,
                // and before a given name ("ministre des Armées
                // d'Emmanuel Macron", "la Sauber d'Adrian Sutil") a
                // person's name starts.
                let of = matches!(word.get(..skip), Some("d'" | "d’" | "D'" | "D’"));
                let given = of && lexicon::flags_of(name) & GIVEN != 0;
                if !cur.is_empty() && pending.is_empty() && !given {
                    cur.push(Unit {
                        start: t.start,
                        end: t.start + skip,
                        tok: i,
                        cap: false,
                    });
                } else {
                    pending.clear();
                    flush(&mut cur);
                }
            }
            cur.append(&mut pending);
            cur.push(unit);
            continue;
        }
        let lower = ctx.tokens.lower(i);
        // "Otto von Bismarck", "Ludwig van Beethoven", "José Eduardo dos
        // Santos", "Paul di Resta" in any language: a particle after a
        // given name joins a name (not German "das", "da": "Kevin Keegan
        // das Traineramt").
        let foreign_particle = matches!(
            lower,
            "von" | "van" | "de" | "do" | "dos" | "di" | "del" | "della" | "du"
        ) && cur.last().is_some_and(|u| u.cap && ctx.is_given(u));
        let connector = if pending.is_empty() {
            listed(ctx.cues.connectors, lower) || foreign_particle
        } else {
            pending.len() < 2 && listed(ctx.cues.second_connectors, lower)
        };
        // German: "von" joins a first name or an institution to what
        // follows, not a noun ("Aufsicht von James Watt").
        let name_before = !ctx.cues.capitalises_nouns
            || !pending.is_empty()
            || cur.last().is_some_and(|u| {
                let w = ctx.word(u);
                ctx.is_given(u) || listed(ctx.cues.org_heads, w) || listed(ctx.cues.place_heads, w)
            });
        if !cur.is_empty() && connector && name_before {
            pending.push(Unit {
                start: t.start,
                end: t.end,
                tok: i,
                cap: false,
            });
            continue;
        }
        pending.clear();
        flush(&mut cur);
    }
    flush(&mut cur);
}

/// The lower-case word before token `tok`, if it is a word.
fn word_before<'a>(ctx: &Ctx<'a>, tok: usize) -> &'a str {
    tok.checked_sub(1)
        .and_then(|k| ctx.tokens.list.get(k).map(|t| (k, t)))
        .filter(|(_, t)| t.kind == Kind::Word)
        .map_or("", |(k, _)| ctx.tokens.lower(k))
}

/// A company form before the name at token `tok`, the name in quotes:
/// "ООО «Ромашка»", "АО \"Вектор\"".
fn form_before(ctx: &Ctx, tok: usize) -> bool {
    let list = &ctx.tokens.list;
    let quote = tok
        .checked_sub(1)
        .and_then(|k| list.get(k))
        .is_some_and(|t| matches!(t.text(ctx.text), "«" | "\"" | "„" | "“"));
    quote
        && tok
            .checked_sub(2)
            .and_then(|k| list.get(k))
            .is_some_and(|t| listed(ORG_FORMS_BEFORE, t.text(ctx.text)))
}

/// Cuts a run into pieces and types them.
fn piece(ctx: &Ctx, run: &[Unit], out: &mut Vec<Found>) {
    let mut units: &[Unit] = run;
    let mut person_cue = false;
    let mut org_cue = false;
    // Leading stop words, titles, roman numerals and sentence openers.
    loop {
        let Some(first) = units.first() else { return };
        let word = ctx.word(first);
        if !first.cap {
            units = units.get(1..).unwrap_or(&[]);
            continue;
        }
        let joined = phrase(ctx, units);
        if ctx.is_place(&joined) {
            break;
        }
        let lower = word.to_lowercase();
        let sent_start = ctx.tokens.list.get(first.tok).is_some_and(|t| t.sent_start);
        // The first word of a place or an organisation ("São Paulo",
        // "Città del Capo") is neither a title nor a sentence opener.
        let head = units.len() > 1
            && (listed(ctx.cues.place_heads, word)
                || listed(ctx.cues.org_heads, word)
                || listed(CLUB_HEADS, word));
        let known = head
            || ctx.flags(first) & (GIVEN | SURNAME | PLACE_FLAGS | KNOWN_ORG | KNOWN_PERSON) != 0
            || ctx.is_place(word);
        let role_compound = units.len() > 1
            && ctx
                .cues
                .role_tails
                .iter()
                .any(|t| lower.ends_with(t) && !ctx.is_given(first));
        let drop = ctx.is_stop(word)
            || is_roman(word)
            || listed(ctx.cues.non_names, word)
            || role_compound
            || (sent_start && !known && ctx.seen_lower(first))
            // A lone word no table knows that the text also writes in lower
            // case is a common noun given a capital ("ministre de la Culture",
            // "l'Etat"), not a place; not in German, whose nouns all
            // take one.
            || (units.len() == 1
                && !known
                && !ctx.cues.capitalises_nouns
                && ctx.seen_lower(first))
            || (units.len() > 1
                && !known
                && ctx.cues.capitalises_nouns
                && sent_start
                && !units.get(1).is_some_and(|u| ctx.is_given(u)));
        if head {
            break;
        }
        if listed(ctx.cues.person_cues, &lower) {
            person_cue = true;
        } else if units.len() > 1
            && listed(ctx.cues.org_cues, &lower)
            && !listed(ctx.cues.org_heads, word)
        {
            org_cue = true;
        } else if !drop {
            break;
        }
        units = units.get(1..).unwrap_or(&[]);
    }
    // German: a noun before a known name ("Richtungen Prag", "Fußballverein
    // FC Köln") is no part of it.
    if ctx.cues.capitalises_nouns && units.len() > 1 {
        if let (Some(first), Some(rest)) = (units.first(), units.get(1..)) {
            let rest_first = rest.first().map_or("", |u| ctx.word(u));
            let known_rest = ctx.is_place(&phrase(ctx, rest))
                || listed(CLUB_HEADS, rest_first)
                || listed(ctx.cues.org_heads, rest_first)
                || is_acronym(rest_first);
            let first_known = ctx.flags(first) & (GIVEN | SURNAME | PLACE_FLAGS | KNOWN_ORG) != 0
                || listed(CLUB_HEADS, ctx.word(first))
                || listed(ctx.cues.org_heads, ctx.word(first))
                || listed(ctx.cues.place_heads, ctx.word(first));
            // "Hamburger SV", "Nordwind Technik GmbH": the whole is the name.
            let last = units.last().map_or("", |u| ctx.word(u));
            let whole_named = listed(CLUB_TAILS, last) || listed(ORG_FORMS, last);
            if known_rest && !first_known && !whole_named && rest.first().is_some_and(|u| u.cap) {
                units = rest;
            }
        }
    }
    // A title or role glued before a given name: "Trainer Max Bauer".
    if let Some(k) = units.iter().skip(1).position(|u| u.cap && ctx.is_given(u)) {
        let before = units.get(..=k).unwrap_or(&[]);
        let names_before = before.iter().any(|u| {
            !u.cap
                || ctx.is_given(u)
                || ctx.flags(u) & (SURNAME | PLACE_FLAGS) != 0
                || ctx.is_place(ctx.word(u))
                || listed(ctx.cues.place_heads, ctx.word(u))
                || listed(ctx.cues.org_heads, ctx.word(u))
                || listed(CLUB_HEADS, ctx.word(u))
        });
        if !names_before {
            person_cue = true;
            units = units.get(k + 1..).unwrap_or(&[]);
        }
    }
    // Trailing connectors.
    while units.last().is_some_and(|u| !u.cap) {
        units = units.get(..units.len() - 1).unwrap_or(&[]);
    }
    let Some(first) = units.first() else {
        return;
    };
    // Russian: a place in the genitive before a name ("президент России
    // Владимир Путин") is a name of its own.
    if ctx.ru
        && units.len() > 1
        && ctx.is_place(ctx.word(first))
        && !ctx.is_place(&phrase(ctx, units))
    {
        let (head, rest) = units.split_at(1);
        emit(ctx, head, false, false, out);
        piece(ctx, rest, out);
        return;
    }
    let before = word_before(ctx, first.tok);
    person_cue |= listed(ctx.cues.person_cues, before);
    org_cue |= listed(ctx.cues.org_cues, before);
    emit(ctx, units, person_cue, org_cue, out);
}

/// Types `units` and adds the mention to `out`.
fn emit(ctx: &Ctx, units: &[Unit], person_cue: bool, org_cue: bool, out: &mut Vec<Found>) {
    let (Some(first), Some(last)) = (units.first(), units.last()) else {
        return;
    };
    if let Some((kind, evidence)) = classify(ctx, units, person_cue, org_cue) {
        let mut f = Found::new(first.start, last.end, kind);
        f.evidence = evidence;
        f.words = units
            .iter()
            .filter(|u| u.cap)
            .map(|u| (u.start, u.end))
            .collect();
        out.push(f);
    }
}

/// The text of `units`, from the first to the last.
fn phrase(ctx: &Ctx, units: &[Unit]) -> String {
    match (units.first(), units.last()) {
        (Some(a), Some(b)) => ctx.text.get(a.start..b.end).unwrap_or("").to_string(),
        _ => String::new(),
    }
}

/// A noun and its adjectives, in a language that puts them after it
/// ("Órgano Judicial", "Policía Nacional Civil", "Fuerza Armada"): every
/// word after the first ends as an adjective that does not change with
/// gender, or all end alike in gender and number. Asked only of names
/// whose first word no table knows as a given name; a known surname
/// ("Delgado", "Cabral") is no adjective.
fn noun_and_adjectives(ctx: &Ctx, caps: &[&Unit]) -> bool {
    let (Some(first), Some(rest)) = (caps.first(), caps.get(1..)) else {
        return false;
    };
    if ctx.cues.adjective_endings.is_empty() && !ctx.cues.agreement {
        return false;
    }
    // The given-name table spells names without accents ("Sergio"):
    // "Sérgio Britto" is a person's name.
    let folded: String = ctx.word(first).chars().map(fold_accent).collect();
    if lexicon::flags_of(&folded) & GIVEN != 0 {
        return false;
    }
    let ending = |w: &str| -> &'static str {
        ["as", "os", "a"]
            .into_iter()
            .find(|e| w.ends_with(e))
            .unwrap_or("")
    };
    let head = ending(ctx.word(first));
    let adjective = |u: &&Unit| {
        let w = ctx.word(u);
        let invariable = ctx
            .cues
            .adjective_endings
            .split(' ')
            .any(|e| !e.is_empty() && w.chars().count() > e.chars().count() && w.ends_with(e));
        let agrees = ctx.cues.agreement && !head.is_empty() && ending(w) == head;
        ctx.flags(u) & (GIVEN | SURNAME | PLACE_FLAGS) == 0 && (invariable || agrees)
    };
    !rest.is_empty() && rest.iter().all(adjective)
}

/// A Latin letter without its accent ("é" → "e", "ç" → "c").
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        c => c,
    }
}

fn classify(
    ctx: &Ctx,
    units: &[Unit],
    person_cue: bool,
    org_cue: bool,
) -> Option<(EntityType, Evidence)> {
    use EntityType::*;
    use Evidence::*;
    let caps: Vec<&Unit> = units.iter().filter(|u| u.cap).collect();
    let first = *caps.first()?;
    let last = *caps.last()?;
    let n = caps.len();
    let single = n == 1;
    let first_word = ctx.word(first);
    let last_word = ctx.word(last);
    let whole = phrase(ctx, units);
    let flags = lexicon::phrase_flags_any_case(&whole);
    let sent_start = ctx.tokens.list.get(first.tok).is_some_and(|t| t.sent_start);
    let before = word_before(ctx, first.tok);
    let place_cue = listed(ctx.cues.place_preps, before) || listed(ctx.cues.place_nouns, before);

    if flags & KNOWN_ORG != 0
        || (n >= 2 && listed(ORG_FORMS, last_word))
        || (n >= 2 && listed(ORG_FORMS_BEFORE, first_word))
        || form_before(ctx, first.tok)
    {
        return Some((Org, Strong));
    }
    if ctx.is_place(&whole) {
        return Some((Place, Strong));
    }
    if single && flags & KNOWN_PERSON != 0 {
        return Some((Person, Strong));
    }
    if n >= 2 && (listed(ctx.cues.org_heads, first_word) || listed(CLUB_HEADS, first_word)) {
        return Some((Org, Strong));
    }
    // "le groupe Renault", "компания Роснефть"; "la Commission", "el Gobierno".
    let german = ctx.cues.capitalises_nouns;
    if (org_cue && n <= 4) || (single && !german && listed(ctx.cues.org_heads, first_word)) {
        return Some((
            Org,
            if sent_start && !org_cue {
                Weak
            } else {
                Default
            },
        ));
    }
    if n >= 2 && listed(ctx.cues.place_heads, first_word) {
        return Some((Place, Strong));
    }
    // "Atlantischer Ozean", "Noordzee": a place's noun last; in German,
    // whose adjectives come first, a place's head word between an
    // adjective and the name ("Demokratische Republik Kongo", but not
    // "Kanye West"); where no organisation's head is.
    let place_inside = (ctx.cues.capitalises_nouns
        && caps.get(1..n - 1).is_some_and(|inner| {
            inner
                .iter()
                .any(|u| listed(ctx.cues.place_heads, ctx.word(u)))
        }))
        || listed(ctx.cues.place_tails, last_word);
    if n >= 2 && place_inside && !caps.iter().any(|u| listed(ctx.cues.org_heads, ctx.word(u))) {
        return Some((Place, Default));
    }
    // Clubs: "Hamburger SV", "Leicester City"; a city and a word no table
    // knows: a team or a company ("Milwaukee Bucks", "Paris Saint-Germain").
    if n >= 2 && listed(CLUB_TAILS, last_word) {
        return Some((Org, Strong));
    }
    if n >= 2
        && ctx.flags(first) & (CITY | STATE) != 0
        && ctx.flags(first) & (GIVEN | COUNTRY) == 0
        && !caps
            .iter()
            .skip(1)
            .any(|u| ctx.flags(u) & (PLACE_FLAGS | PLACE_TAIL) != 0)
    {
        return Some((Org, Default));
    }
    // Names in English inside the text: "Yale University", "Hudson River",
    // "Boston Celtics" (a plural common word: a team or a band).
    if n >= 2 && lexicon::is_org_tail(last_word) {
        return Some((Org, Strong));
    }
    if n >= 2 && ctx.flags(last) & PLACE_TAIL != 0 {
        return Some((Place, Strong));
    }
    let english_plural = last_word.len() > 3
        && last_word.ends_with('s')
        && !last_word.ends_with("ss")
        && ctx.flags(last) & (GIVEN | SURNAME | PLACE_FLAGS) == 0
        && lexicon::is_common_word(&last_word.to_lowercase());
    if n >= 2 && english_plural && (!ctx.is_given(first) || ctx.flags(first) & PLACE_FLAGS != 0) {
        return Some((Org, Default));
    }
    if person_cue && n <= 4 && !is_acronym(first_word) {
        return Some((Person, Strong));
    }
    if n >= 2 && ctx.is_given(first) {
        return Some((Person, Strong));
    }
    // "Fábrica da Pólvora de Tavira": a known place after a connector.
    if n >= 2 {
        if let Some(k) = units.iter().rposition(|u| !u.cap) {
            if ctx.is_place(&phrase(ctx, units.get(k + 1..).unwrap_or(&[]))) {
                return Some((Place, Default));
            }
        }
    }
    if single && is_acronym(first_word) {
        return (first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .then_some((Org, Default));
    }
    if single && first_word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let noun_ending = |u: &Unit| {
        let w = ctx.word(u);
        german
            && ctx.flags(u) & (GIVEN | SURNAME | PLACE_FLAGS) == 0
            && DE_NOUN_ENDINGS.iter().any(|e| w.ends_with(e))
    };
    let ru_surname = |u: &Unit| {
        ctx.ru
            && ctx.any_form(ctx.word(u), |f| {
                RU_SURNAME_ENDINGS
                    .iter()
                    .any(|e| f.ends_with(e) && f.chars().count() > e.chars().count() + 2)
            })
    };
    // "Constitución", "Seguridad Pública": an abstract noun no name table
    // knows is no part of a person's name, nor a place on its own.
    let abstract_noun = |u: &Unit| {
        let w = ctx.word(u);
        ctx.flags(u) & (GIVEN | SURNAME | PLACE_FLAGS) == 0
            && ctx
                .cues
                .noun_endings
                .split(' ')
                .any(|e| !e.is_empty() && w.len() > e.len() + 2 && w.ends_with(e))
    };
    // Asked only by the fallbacks below, once a run has got that far.
    let has_abstract = || caps.iter().any(|u| abstract_noun(u));
    if single {
        let weak_or = |e: Evidence| if sent_start { Weak } else { e };
        // "les Français", "aux Américains", "1 822 Français": a plural
        // determiner or a number, then a capitalised word with a people's
        // ending, is a people, not a place. Known places came first ("les
        // Pays-Bas").
        let number_before = first
            .tok
            .checked_sub(1)
            .and_then(|k| ctx.tokens.list.get(k))
            .is_some_and(|t| t.kind == Kind::Number);
        let people = (listed(ctx.cues.people_before, before) || number_before)
            && ctx
                .cues
                .people_endings
                .split(' ')
                .any(|e| !e.is_empty() && first_word.ends_with(e));
        if people && flags & (GIVEN | SURNAME) == 0 {
            return Some((Group, Default));
        }
        // German: a noun with a genitive after it is no place ("nach
        // Angaben der Bahn", "in Richtung des Hafens").
        let genitive_after = german
            && matches!(
                ctx.tokens.lower(first.tok + 1),
                "der" | "des" | "von" | "vom" | "eines" | "einer"
            );
        if place_cue && !noun_ending(first) && !genitive_after {
            return Some((Place, Default));
        }
        if ctx.flags(first) & (GIVEN | SURNAME) != 0 || ru_surname(first) {
            return Some((Person, weak_or(Default)));
        }
        if german {
            // A capitalised German word is a noun unless something says otherwise.
            return Some((Org, Noun));
        }
        if has_abstract() {
            return Some((Org, Noun));
        }
        if lexicon::has_place_ending(first_word) {
            return Some((Place, weak_or(Default)));
        }
        return Some((Place, weak_or(Default)));
    }
    if units.iter().filter(|u| u.cap).any(noun_ending) {
        return None;
    }
    if place_cue && n <= 3 {
        return Some((Place, Default));
    }
    if ru_surname(last) {
        return Some((Person, Default));
    }
    let connector = units.iter().any(|u| !u.cap);
    // German: an article before capitalised words makes the first a noun
    // ("im Bürgerkrieg Ambundu", "das Festland Erdölvorkommen"); a person's
    // name takes none.
    let article_before = german
        && matches!(
            before,
            "der"
                | "die"
                | "das"
                | "den"
                | "dem"
                | "des"
                | "im"
                | "am"
                | "zum"
                | "zur"
                | "vom"
                | "beim"
                | "ein"
                | "eine"
                | "einen"
                | "einem"
                | "einer"
                | "eines"
        );
    if article_before {
        return Some((Org, Noun));
    }
    if (2..=3).contains(&n) && !connector {
        // "Forças Armadas", "Suprema Corte": words the text also writes in
        // lower case are common words with capitals, an institution's
        // name, not a person's.
        if has_abstract() || caps.iter().all(|u| ctx.seen_lower(u)) {
            return Some((Org, Default));
        }
        if noun_and_adjectives(ctx, &caps) {
            // "Europa Occidental", "África Oriental": a place and its
            // adjectives are a place.
            let kind = if ctx.is_place(first_word) { Place } else { Org };
            return Some((kind, Default));
        }
        return Some((Person, Default));
    }
    // "Guillaume de Brissac", "Ottavio del Greco": a word, a particle
    // and a word no table knows are a person's names.
    let particle = units
        .iter()
        .filter(|u| !u.cap)
        .all(|u| lexicon::flags_of(ctx.word(u)) & lexicon::PARTICLE != 0);
    if n == 2 && connector && particle && !has_abstract() {
        return Some((Person, Default));
    }
    Some((Org, Default))
}

#[cfg(test)]
mod tests {
    use crate::{entities_in, Lang};

    fn found(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
        entities_in(text, lang)
            .unwrap()
            .iter()
            .map(|e| (e.text().to_string(), e.kind().as_str()))
            .collect()
    }

    fn assert_has(text: &str, lang: Lang, want: &[(&str, &str)]) {
        let f = found(text, lang);
        for (m, k) in want {
            assert!(
                f.iter().any(|(t, kind)| t == m && kind == k),
                "{m} {k} in {f:?}"
            );
        }
    }

    fn assert_lacks(text: &str, lang: Lang, words: &[&str]) {
        let f = found(text, lang);
        for w in words {
            assert!(
                !f.iter().any(|(t, _)| t.split_whitespace().any(|p| p == *w)),
                "{w} in {f:?}"
            );
        }
    }

    #[test]
    fn ru_forms_reach_the_nominative() {
        for (oblique, nominative) in [
            ("Москве", "Москва"),
            ("Турции", "Турция"),
            ("Германией", "Германия"),
            ("Рима", "Рим"),
        ] {
            assert!(
                super::ru_forms(oblique).iter().any(|f| f == nominative),
                "{oblique}"
            );
        }
    }

    #[test]
    fn abstract_nouns_make_institutions_not_people_or_places() {
        let text = "El fiscal Rodolfo Delgado habló de la Seguridad Pública y de la \
                    Constitución de la República. Según Delgado, la Constitución lo permite.";
        assert_has(
            text,
            Lang::Es,
            &[
                ("Rodolfo Delgado", "PERSON"),
                ("Seguridad Pública", "ORG"),
                ("Constitución de la República", "ORG"),
            ],
        );
        let f = found(text, Lang::Es);
        assert!(
            !f.iter().any(|(t, k)| t == "Constitución" && *k == "PLACE"),
            "{f:?}"
        );
        // Town names with such endings are not cut off: "-ence", "-enza"
        // are left out of the endings.
        assert_has(
            "Il a quitté Paris pour la Provence, puis la Mutation a commencé.",
            Lang::Fr,
            &[("Provence", "PLACE")],
        );
    }

    #[test]
    fn a_noun_and_its_adjectives_make_no_person() {
        // Made-up names: a noun no given-name table knows and adjectives
        // that do not change with gender, or that agree with it.
        assert_has(
            "Ayer el Cuerpo Provincial y la Guardia Armada llegaron con Teodora Quiroga.",
            Lang::Es,
            &[("Cuerpo Provincial", "ORG"), ("Guardia Armada", "ORG")],
        );
        assert_has(
            "As Brigadas Montadas e o Conselho Naval saíram de Lisboa.",
            Lang::Pt,
            &[("Brigadas Montadas", "ORG")],
        );
        // A place and its adjective are a place.
        assert_has(
            "Viajó por la Argentina Oriental durante un mes.",
            Lang::Es,
            &[("Argentina Oriental", "PLACE")],
        );
        // A given name, with or without its accent, keeps the person:
        // "-o" agreement and surnames in "-al" are left out.
        assert_has(
            "Lo dijo Julio Vidal y después Sérgio Marino, y Otávio Cardoso.",
            Lang::Es,
            &[
                ("Julio Vidal", "PERSON"),
                ("Sérgio Marino", "PERSON"),
                ("Otávio Cardoso", "PERSON"),
            ],
        );
    }

    #[test]
    fn local_country_names_are_places() {
        assert_has(
            "Die Regierung in Berlin sprach mit Frankreich und Spanien.",
            Lang::De,
            &[
                ("Berlin", "PLACE"),
                ("Frankreich", "PLACE"),
                ("Spanien", "PLACE"),
            ],
        );
        assert_has(
            "Le ministre a quitté l'Allemagne pour la Belgique.",
            Lang::Fr,
            &[("Allemagne", "PLACE"), ("Belgique", "PLACE")],
        );
        assert_has(
            "Il governo della Germania e la Spagna hanno firmato.",
            Lang::It,
            &[("Germania", "PLACE"), ("Spagna", "PLACE")],
        );
        assert_has(
            "O acordo entre a Alemanha e os Estados Unidos foi assinado.",
            Lang::Pt,
            &[("Alemanha", "PLACE"), ("Estados Unidos", "PLACE")],
        );
    }

    #[test]
    fn russian_places_are_found_in_any_case() {
        assert_has(
            "Делегация прибыла в Москву из Германии, а затем вылетела в Турцию.",
            Lang::Ru,
            &[
                ("Москву", "PLACE"),
                ("Германии", "PLACE"),
                ("Турцию", "PLACE"),
            ],
        );
    }

    #[test]
    fn a_place_preposition_makes_a_lone_name_a_place() {
        assert_has(
            "Ele nasceu em Tavira e morreu em Lagoa.",
            Lang::Pt,
            &[("Tavira", "PLACE"), ("Lagoa", "PLACE")],
        );
        assert_has(
            "Sie zog nach Wolfsburg.",
            Lang::De,
            &[("Wolfsburg", "PLACE")],
        );
        assert_has("Он родился в Ельце.", Lang::Ru, &[("Ельце", "PLACE")]);
    }

    /// French capitalises a people's name but not its adjective: "les
    /// Français" were typed as a place in every French article. A plural
    /// determiner or a number before a word with a people's ending makes
    /// it a group; a known place after "aux" stays one.
    #[test]
    fn french_peoples_after_a_plural_determiner_are_groups() {
        assert_has(
            "Les Français votent dimanche. Un sondage auprès de 1 500 Américains \
             et des Italiens le confirme. Aux Pays-Bas, on attend. Il habite à Lyon.",
            Lang::Fr,
            &[
                ("Français", "GROUP"),
                ("Américains", "GROUP"),
                ("Italiens", "GROUP"),
                ("Pays-Bas", "PLACE"),
                ("Lyon", "PLACE"),
            ],
        );
    }

    /// A German noun named again and again is still a noun: the rule that
    /// keeps a lone unknown word repeated three times (a company, in
    /// English) made "Bevölkerung" an organisation 34 times in one article.
    #[test]
    fn a_repeated_german_noun_is_no_organisation() {
        let de = "Im Jahr 2020 wuchs die Bevölkerung stark. Viele sagen, die Bevölkerung sei jung. \
                  In Angola lebt die Bevölkerung in Städten, und die Bevölkerung zieht in die Städte. \
                  Das Land ist groß, das Land ist reich, und das Land hat Öl.";
        assert_lacks(de, Lang::De, &["Bevölkerung", "Städten", "Land"]);
        assert_has(de, Lang::De, &[("Angola", "PLACE")]);
    }

    /// German and Dutch put a place's noun last ("Atlantischer Ozean",
    /// "Noordzee"), and German an adjective before its head word
    /// ("Demokratische Republik Kongo"): these were people. A person whose
    /// surname is a compass word stays one.
    #[test]
    fn a_places_noun_after_an_adjective_makes_a_place() {
        assert_has(
            "Angola grenzt an die Demokratische Republik Kongo und an den Atlantischen Ozean. \
             Der Sänger Kanye West trat auf.",
            Lang::De,
            &[
                ("Demokratische Republik Kongo", "PLACE"),
                ("Atlantischen Ozean", "PLACE"),
                ("Kanye West", "PERSON"),
            ],
        );
        assert_has(
            "Het schip voer over de Noordelijke Zee naar Rotterdam.",
            Lang::Nl,
            &[("Noordelijke Zee", "PLACE")],
        );
    }

    /// German puts articles before nouns, not before people's names: "im
    /// Bürgerkrieg Ambundu" and "dem Festland Erdölvorkommen" were people
    /// (two capitalised words and no connector, and a rule for "a word, a
    /// particle and a word" that held when there was no particle at all).
    #[test]
    fn german_capitalised_words_after_an_article_are_no_person() {
        let de = "Als sich im Bürgerkrieg Ambundu und Ovimbundu gegenüberstanden, \
                  wurden auf dem Festland Erdölvorkommen geortet. Später sprach Jonas Savimbi.";
        let f = found(de, Lang::De);
        assert!(
            f.iter()
                .all(|(t, k)| *k != "PERSON" || t == "Jonas Savimbi"),
            "{f:?}"
        );
        assert_has(de, Lang::De, &[("Jonas Savimbi", "PERSON")]);
    }

    /// "von" and "van" join a name after a given name in every language's
    /// text, not only in German and Dutch: "Otto von Bismarck" in
    /// Portuguese was a person "Otto" and a place "Bismarck".
    #[test]
    fn a_german_or_dutch_particle_joins_a_name_in_any_language() {
        assert_has(
            "A unificação foi obra de Otto von Bismarck. O pintor era Vincent van Gogh.",
            Lang::Pt,
            &[
                ("Otto von Bismarck", "PERSON"),
                ("Vincent van Gogh", "PERSON"),
            ],
        );
        assert_has(
            "Der Präsident Jose Eduardo dos Santos regierte lange. Danach kam Paul di Resta.",
            Lang::De,
            &[
                ("Jose Eduardo dos Santos", "PERSON"),
                ("Paul di Resta", "PERSON"),
            ],
        );
    }

    /// German writes a name's genitive with a bare "s": "die Hauptstadt
    /// Angolas" is a mention of Angola, one entity with it (its group had
    /// been a second place, "Angolas"). Only in German, and only when the
    /// place is named without the "s" too.
    #[test]
    fn a_german_genitive_is_a_mention_of_the_place() {
        let text = "Angola liegt in Afrika. Die Hauptstadt Angolas ist Luanda. \
                    Der Norden Angolas ist feucht, und Paris ist weit.";
        let got = entities_in(text, Lang::De).unwrap();
        let angola: Vec<_> = got
            .iter()
            .filter(|e| e.text().starts_with("Angola"))
            .collect();
        assert_eq!(angola.len(), 3, "{got:?}");
        assert!(angola
            .iter()
            .all(|e| e.canonical() == "Angola" && e.id() == angola[0].id()));
        assert!(got.iter().any(|e| e.canonical() == "Paris"), "{got:?}");
    }

    #[test]
    fn stop_words_and_german_nouns_are_no_names() {
        let de = "Der Streik der Lokführer hat am Montag den Fernverkehr lahmgelegt. \
                  Auch der Güterverkehr ist betroffen. Die Gewerkschaft fordert höhere Löhne.";
        assert_lacks(
            de,
            Lang::De,
            &[
                "Der",
                "Die",
                "Auch",
                "Streik",
                "Güterverkehr",
                "Gewerkschaft",
            ],
        );
        let fr =
            "Les habitants de la vallée craignent la fermeture. La préfecture promet une aide.";
        assert_lacks(fr, Lang::Fr, &["Les", "La", "préfecture"]);
        let pt = "Na Europa, os rios são longos. Os Cárpatos ficam a leste.";
        assert_lacks(pt, Lang::Pt, &["Na", "Os"]);
        assert_has(pt, Lang::Pt, &[("Europa", "PLACE")]);
    }

    #[test]
    fn a_name_ends_at_a_line_break() {
        for (text, lang) in [
            (
                "Richard Ferrand\n\nAu printemps 2017, Richard Ferrand fut ministre.",
                Lang::Fr,
            ),
            (
                "Nicolas Hulot\nEn 2008, une plainte vise Nicolas Hulot.",
                Lang::Fr,
            ),
            (
                "Angela Merkel\n\nAm Montag sprach Angela Merkel in Berlin.",
                Lang::De,
            ),
        ] {
            let found = found(text, lang);
            assert!(
                found.iter().all(|(name, _)| !name.contains('\n')
                    && !name.ends_with(" Au")
                    && !name.ends_with(" En")
                    && !name.ends_with(" Am")),
                "{text:?}: {found:?}"
            );
        }
    }

    #[test]
    fn a_german_compass_point_before_a_place_is_a_place() {
        let got = found(
            "Die Ovambo leben in Südangola, die Gruppen Ostangolas im Osten.",
            Lang::De,
        );
        assert!(got.contains(&("Südangola".to_string(), "PLACE")), "{got:?}");
        assert!(
            got.contains(&("Ostangolas".to_string(), "PLACE")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(n, _)| n.starts_with("Gruppen")),
            "{got:?}"
        );
    }

    #[test]
    fn a_given_name_after_d_apostrophe_starts_a_person() {
        let got = found(
            "La ministre des Armées d'Emmanuel Macron part. La Banca d'Italia a parlé.",
            Lang::Fr,
        );
        assert!(
            got.contains(&("Emmanuel Macron".to_string(), "PERSON")),
            "{got:?}"
        );
        assert!(got.iter().any(|(n, _)| n == "Banca d'Italia"), "{got:?}");
    }

    #[test]
    fn a_lone_word_the_text_writes_in_lower_case_is_no_place() {
        let text = "La justice a ouvert une enquête. Le dossier passe à la Justice, \
                    puis le ministre quitte Lyon.";
        let got = found(text, Lang::Fr);
        assert!(!got.iter().any(|(n, _)| n == "Justice"), "{got:?}");
        assert!(got.contains(&("Lyon".to_string(), "PLACE")), "{got:?}");
    }

    #[test]
    fn titles_and_given_names_make_people() {
        assert_has(
            "Die Sängerin Katy Perry trat mit Trainer Max Bauer auf.",
            Lang::De,
            &[("Katy Perry", "PERSON"), ("Max Bauer", "PERSON")],
        );
        assert_has(
            "Le président Emmanuel Macron a reçu Mme Dupont.",
            Lang::Fr,
            &[("Emmanuel Macron", "PERSON"), ("Dupont", "PERSON")],
        );
        assert_has(
            "Встреча прошла с Владимиром Путиным.",
            Lang::Ru,
            &[("Владимиром Путиным", "PERSON")],
        );
    }

    #[test]
    fn organisation_heads_forms_and_connectors() {
        assert_has(
            "Ele trabalhou no Banco do Brasil e na Universidade de Lisboa.",
            Lang::Pt,
            &[
                ("Banco do Brasil", "ORG"),
                ("Universidade de Lisboa", "ORG"),
            ],
        );
        assert_has(
            "Er arbeitet bei der Nordwind Technik GmbH in Köln.",
            Lang::De,
            &[("Nordwind Technik GmbH", "ORG")],
        );
        assert_has(
            "Lavora per la Banca d'Italia a Roma.",
            Lang::It,
            &[("Banca d'Italia", "ORG"), ("Roma", "PLACE")],
        );
        assert_has(
            "El río nace en la Sierra de Cazorla.",
            Lang::Es,
            &[("Sierra de Cazorla", "PLACE")],
        );
    }

    #[test]
    fn german_von_joins_names_not_nouns() {
        let text = "Der Park entstand unter Aufsicht von James Watt. \
                    Die Pläne lobte Ursula von der Leyen.";
        assert_has(
            text,
            Lang::De,
            &[("James Watt", "PERSON"), ("Ursula von der Leyen", "PERSON")],
        );
        assert_lacks(text, Lang::De, &["Aufsicht"]);
    }

    #[test]
    fn german_roles_and_nouns_before_a_name_are_cut() {
        let text = "Der Zug fuhr in die Richtungen Prag und Wien. \
                    Später lobte Bundestrainer Joachim Löw den Spieler. \
                    Die Heimatstadt Paris feierte im Oktober.";
        assert_has(
            text,
            Lang::De,
            &[
                ("Prag", "PLACE"),
                ("Joachim Löw", "PERSON"),
                ("Paris", "PLACE"),
                // A month is a date, never a name.
                ("Oktober", "DATE"),
            ],
        );
        assert_lacks(
            text,
            Lang::De,
            &["Richtungen", "Bundestrainer", "Heimatstadt"],
        );
    }

    #[test]
    fn english_names_inside_other_languages_keep_their_type() {
        let text = "Il a joué pour les Sacramento Kings après ses études à Yale University, \
                    près de Hudson River.";
        assert_has(
            text,
            Lang::Fr,
            &[
                ("Sacramento Kings", "ORG"),
                ("Yale University", "ORG"),
                ("Hudson River", "PLACE"),
            ],
        );
    }

    fn language_of(text: &str) -> Lang {
        super::language_of(text, &crate::entities::tokens::tokenize(text))
    }

    #[test]
    fn short_english_text_keeps_the_english_rules() {
        // Trigram detection calls this Dutch; its stop words say English.
        let text = "Russian diplomat Yuri Ushakov spoke. Ushakov's aide left. Ushakov stayed.";
        assert_eq!(language_of(text), Lang::En);
        let long = "Der Streik der Lokführer hat am Montag den Fernverkehr in ganz Deutschland \
                    weitgehend zum Erliegen gebracht, und die Bahn nannte ihn unverhältnismäßig.";
        assert_eq!(language_of(long), Lang::De);
        assert_eq!(
            language_of("Делегация прибыла в Москву из Германии."),
            Lang::Ru
        );
    }

    #[test]
    fn org_cue_words_make_organisations() {
        assert_has(
            "Le groupe Renault et la banque Nordbanque Privée ont salué l'initiative de la Commission.",
            Lang::Fr,
            &[("Renault", "ORG"), ("Nordbanque Privée", "ORG"), ("Commission", "ORG")],
        );
        assert_has(
            "Der Autobauer Volkswagen begrüßte den Vorschlag.",
            Lang::De,
            &[("Volkswagen", "ORG")],
        );
        assert_has(
            "El Banco Santander y el Partido Popular lo criticaron.",
            Lang::Es,
            &[("Banco Santander", "ORG"), ("Partido Popular", "ORG")],
        );
        assert_has(
            "Компания Роснефть подписала соглашение.",
            Lang::Ru,
            &[("Роснефть", "ORG")],
        );
    }

    #[test]
    fn a_russian_place_in_the_genitive_is_cut_from_the_name_after_it() {
        assert_has(
            "Вчера президент России Владимир Путин прилетел в Казань.",
            Lang::Ru,
            &[("России", "PLACE"), ("Владимир Путин", "PERSON")],
        );
    }

    #[test]
    fn german_towns_are_no_nouns_for_their_ending() {
        assert_has(
            "Er wohnt seit Jahren in München und studierte in Göttingen.",
            Lang::De,
            &[("München", "PLACE"), ("Göttingen", "PLACE")],
        );
    }

    #[test]
    fn the_first_word_of_a_place_is_no_title() {
        // "santo" before a name is a title; "Santo Domingo" is a city.
        assert_has(
            "La capitale è Santo Domingo, sul Mar dei Caraibi. Città del Capo è lontana.",
            Lang::It,
            &[("Santo Domingo", "PLACE"), ("Città del Capo", "PLACE")],
        );
        assert_has(
            "Ela mudou-se para São Paulo.",
            Lang::Pt,
            &[("São Paulo", "PLACE")],
        );
    }

    #[test]
    fn clubs_and_teams_are_organisations() {
        assert_has(
            "Er wechselte vom Hamburger SV zu Leicester City und später zu den Milwaukee Bucks.",
            Lang::De,
            &[
                ("Hamburger SV", "ORG"),
                ("Leicester City", "ORG"),
                ("Milwaukee Bucks", "ORG"),
            ],
        );
    }

    #[test]
    fn german_genitives_of_places_and_compound_roles() {
        assert_has(
            "Die Küste Griechenlands ist lang. Der Zeichner Matt Brenner lebt in der Bucht von Kiel.",
            Lang::De,
            &[("Griechenlands", "PLACE"), ("Matt Brenner", "PERSON")],
        );
        assert_lacks(
            "Der Zeichner Matt Brenner lebt dort.",
            Lang::De,
            &["Zeichner"],
        );
    }

    #[test]
    fn a_word_a_particle_and_a_word_are_a_person() {
        assert_has(
            "La musica di Guillaume de Brissac e le opere di Ottavio del Greco.",
            Lang::It,
            &[
                ("Guillaume de Brissac", "PERSON"),
                ("Ottavio del Greco", "PERSON"),
            ],
        );
        // An institution's first word still makes an organisation.
        assert_has(
            "Studiò al Politecnico di Milano e alla Banca di Roma.",
            Lang::It,
            &[("Banca di Roma", "ORG")],
        );
    }

    #[test]
    fn odd_input_gives_spans_that_slice_the_text() {
        let inputs = [
            "",
            "L' d' dell' von der de la",
            "l'É d'Ö Banca d' Von Der",
            "Ы Ый Москве- -Москве «Москве» е а",
            "Cafe\u{301} Zoe\u{308} São Tomé 😀 Ünïcode GmbH S.p.A.",
            "Der Die Das. Herr. Frau Dr. von von von Berlin",
            "A. B. C. XIV IV Mar Rio Santo",
        ];
        for lang in [
            Lang::De,
            Lang::Fr,
            Lang::Es,
            Lang::It,
            Lang::Nl,
            Lang::Pt,
            Lang::Ru,
        ] {
            for text in inputs {
                for e in entities_in(text, lang).unwrap() {
                    assert_eq!(&text[e.span().range()], e.text(), "{lang:?} {text:?}");
                }
            }
        }
    }
}
