//! Entity recognition without a model: people, organisations, places,
//! groups, dates, times, money, percentages, numbers, e-mail addresses and
//! URLs, with linked mentions and canonical names.
//!
//! Recognition runs in passes over one tokenization of the text:
//!
//! 1. `web.rs`: e-mail addresses and URLs, by scanning characters.
//! 2. `numeric.rs`: dates, times, money, percentages and numbers, by
//!    hand-written scanners over the tokens, in the local formats of
//!    the language (`formats.rs`: "12. Juni 2025", "1.000.000 €").
//! 3. `names.rs`: capitalised sequences, split at titles and typed by the
//!    gazetteers in `src/tables/`, the cue words in `lexicon.rs` and context.
//! 4. `link.rs`: mention linking, canonical names; then ids.

pub(crate) mod formats;
mod lang;
pub(crate) mod lexicon;
mod link;
mod names;
mod numeric;
mod tokens;
mod web;

use crate::hash::Interner;
use std::fmt;
use std::str::FromStr;

use crate::{Error, Lang, Span};

/// The kinds of entity lede recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A person: "Steve Witkoff", "Ursula von der Leyen".
    Person,
    /// An organisation: "European Commission", "FBI", "Bloomberg".
    Org,
    /// A place: a country, city, state, region or geographic feature.
    Place,
    /// A nationality, religion, party's members or people: "Russian", "Democrats".
    Group,
    /// A date, absolute or relative: "October 14", "11/26/2025", "next week".
    Date,
    /// A time of day: "9 a.m. ET", "this morning".
    Time,
    /// An amount of money: "$4.2 billion", "£600m".
    Money,
    /// A percentage: "5%", "3.5 percent".
    Percent,
    /// A cardinal number or quantity: "216,000", "28-point", "5 km".
    Number,
    /// An e-mail address.
    Email,
    /// A web address: "https://example.org/", "www.example.org", "example.com".
    Url,
}

impl EntityType {
    /// Every type, in the order of the JS API.
    pub const ALL: [EntityType; 11] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Place,
        EntityType::Group,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
        EntityType::Number,
        EntityType::Email,
        EntityType::Url,
    ];

    /// The name used by the JS API and the CLI: `"PERSON"`, `"ORG"`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Group => "GROUP",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
            EntityType::Number => "NUMBER",
            EntityType::Email => "EMAIL",
            EntityType::Url => "URL",
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityType {
    type Err = Error;

    /// Parses `"PERSON"`, `"ORG"`, ... (exactly as [`EntityType::as_str`] writes them).
    fn from_str(s: &str) -> Result<Self, Error> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = EntityType::ALL.iter().map(|t| t.as_str()).collect();
                Error::invalid_option(
                    "types",
                    format!(
                        "unknown entity type {}; expected one of {}",
                        crate::error::quote(s),
                        names.join(", ")
                    ),
                )
            })
    }
}

/// How sure the recogniser is of a name's type (internal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// Evidence that decides the type of every mention of the phrase in the
    /// text, over tables: a club in sports results, a company designator.
    Decisive,
    /// A table, a cue word or a title says so.
    Strong,
    /// A fallback rule: other mentions may change it.
    Default,
    /// Kept only if another mention confirms it (a capitalised word that
    /// starts a sentence).
    Weak,
    /// Like `Weak`, for a word that may be a common noun (German writes
    /// every noun with a capital): kept only if another mention says what
    /// it is; being named again and again is no evidence.
    Noun,
    /// A heading: only phrases named in the body are kept.
    Heading,
}

/// A mention found by a pass, before linking (internal).
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub evidence: Evidence,
    /// Byte ranges of the capitalised words of a name (set by the name
    /// passes; empty for other types, which the linker does not read).
    pub words: Vec<(usize, usize)>,
    pub canonical: String,
}

impl Found {
    pub(crate) fn new(start: usize, end: usize, kind: EntityType) -> Found {
        Found {
            start,
            end,
            kind,
            evidence: Evidence::Strong,
            words: Vec::new(),
            canonical: String::new(),
        }
    }
}

/// An entity mention: its type, its span in the text, the canonical name
/// shared by all mentions of the same entity, and that entity's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    kind: EntityType,
    span: Span,
    text: String,
    canonical: String,
    id: String,
}

impl Entity {
    /// The entity's type.
    pub fn kind(&self) -> EntityType {
        self.kind
    }

    /// Byte span of the mention in the text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The mention, exactly as in the text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The canonical name: the full name for people ("Donald Trump" for
    /// "Trump"), the usual name for known aliases ("United States" for
    /// "U.S."), otherwise the mention with white space collapsed.
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// An id shared by every mention of the same entity (same type and
    /// canonical name) in one text: `"e1"`, `"e2"`, ... in order of first mention.
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// All mentions of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityGroup {
    id: String,
    kind: EntityType,
    canonical: String,
    mentions: Vec<(Span, String)>,
}

impl EntityGroup {
    /// The entity's id (the same as its mentions').
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The entity's type.
    pub fn kind(&self) -> EntityType {
        self.kind
    }

    /// The canonical name.
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// The number of mentions.
    pub fn count(&self) -> usize {
        self.mentions.len()
    }

    /// The mentions: byte span and text, in text order.
    pub fn mentions(&self) -> &[(Span, String)] {
        &self.mentions
    }
}

/// The entities of `text`, in text order, never overlapping.
///
/// Recognition uses rules, gazetteers and context, no model: see the README
/// for what it does and its measured quality.
///
/// # Errors
///
/// Input over [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) or that looks
/// binary (see [`check_input`](crate::check_input)).
///
/// # Example
///
/// ```
/// use lede::EntityType;
///
/// let text = "U.S. envoy Steve Witkoff met Yuri Ushakov in Moscow on October 14. Witkoff paid $1 million.";
/// let entities = lede::entities(text).unwrap();
/// let found: Vec<(&str, EntityType)> = entities.iter().map(|e| (e.text(), e.kind())).collect();
/// assert_eq!(found, [
///     ("U.S.", EntityType::Place),
///     ("Steve Witkoff", EntityType::Person),
///     ("Yuri Ushakov", EntityType::Person),
///     ("Moscow", EntityType::Place),
///     ("October 14", EntityType::Date),
///     ("Witkoff", EntityType::Person),
///     ("$1 million", EntityType::Money),
/// ]);
/// // "Witkoff" is a mention of Steve Witkoff.
/// assert_eq!(entities[5].canonical(), "Steve Witkoff");
/// assert_eq!(entities[5].id(), entities[1].id());
/// ```
///
/// Cost is linear in the length of `text`.
pub fn entities(text: &str) -> Result<Vec<Entity>, Error> {
    crate::check_input(text)?;
    Ok(recognize(text, None))
}

/// [`entities`] of a text in a known language. German, French, Spanish,
/// Italian, Dutch, Portuguese and Russian have their own rules for people,
/// organisations and places (their stop words, connectors, place names
/// and cue words; German capitalises every noun, Russian inflects names);
/// other languages get the English rules.
///
/// # Errors
///
/// As [`entities`].
///
/// # Example
///
/// ```
/// use lede::{entities_in, EntityType, Lang};
///
/// let found = entities_in("Der Streik trifft Pendler in Deutschland und in Wolfsburg.", Lang::De).unwrap();
/// let names: Vec<(&str, EntityType)> = found.iter().map(|e| (e.text(), e.kind())).collect();
/// assert_eq!(names, [("Deutschland", EntityType::Place), ("Wolfsburg", EntityType::Place)]);
/// ```
pub fn entities_in(text: &str, lang: Lang) -> Result<Vec<Entity>, Error> {
    crate::check_input(text)?;
    Ok(recognize(text, Some(lang)))
}

/// The entities of `text` of the given types only; see [`entities`]. Ids
/// are the same as [`entities`] gives.
///
/// # Errors
///
/// As [`entities`].
pub fn entities_of_types(text: &str, types: &[EntityType]) -> Result<Vec<Entity>, Error> {
    let mut all = entities(text)?;
    all.retain(|e| types.contains(&e.kind));
    Ok(all)
}

/// [`entities_of_types`] in `lang` (`None`: detected), for the JS binding.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn entities_of_types_in(
    text: &str,
    types: &[EntityType],
    lang: Option<Lang>,
) -> Result<Vec<Entity>, Error> {
    let mut all = match lang {
        Some(lang) => entities_in(text, lang)?,
        None => entities(text)?,
    };
    all.retain(|e| types.contains(&e.kind));
    Ok(all)
}

/// [`entities_of_types_in`] in `lang`, with the sentences of `text` as
/// another step split them ([`SentenceSplit`](crate::text::SentenceSplit)):
/// the recognizer takes them instead of splitting again when they are cut
/// by the rules it uses. The same entities either way.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn entities_of_types_split(
    text: &str,
    types: &[EntityType],
    lang: Lang,
    split: &crate::text::SentenceSplit,
) -> Result<Vec<Entity>, Error> {
    crate::check_input(text)?;
    let tokens = match split.spans_for("auto") {
        Some(spans) => {
            let starts: Vec<usize> = spans.iter().map(|s| s.start()).collect();
            tokens::tokenize_at(text, &starts)
        }
        None => tokens::tokenize(text),
    };
    let mut all = recognize_tokens(text, Some(lang), tokens);
    all.retain(|e| types.contains(&e.kind));
    Ok(all)
}

/// Groups mentions by entity (same id), in order of first mention.
///
/// # Example
///
/// ```
/// let text = "Steve Witkoff flew to Moscow. Witkoff met Ushakov. Later Witkoff left.";
/// let groups = lede::entity_groups(&lede::entities(text).unwrap());
/// assert_eq!(groups[0].canonical(), "Steve Witkoff");
/// assert_eq!(groups[0].count(), 3);
/// ```
pub fn entity_groups(entities: &[Entity]) -> Vec<EntityGroup> {
    group_members(entities)
        .into_iter()
        .filter_map(|members| {
            let first = entities.get(*members.first()?)?;
            Some(EntityGroup {
                id: first.id.clone(),
                kind: first.kind,
                canonical: first.canonical.clone(),
                mentions: members
                    .iter()
                    .filter_map(|&k| entities.get(k))
                    .map(|e| (e.span, e.text.clone()))
                    .collect(),
            })
        })
        .collect()
}

/// The groups of [`entity_groups`] as indices into `entities`: one list
/// per entity (same id), in order of first mention, each in text order.
/// The wasm binding builds its groups from these and the JS values it made
/// for the flat list, instead of copying every id, name and mention.
pub(crate) fn group_members(entities: &[Entity]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Entity ids, numbered as `groups`.
    let mut index = Interner::with_capacity(entities.len());
    for (k, e) in entities.iter().enumerate() {
        let g = index.intern(e.id.as_bytes()) as usize;
        if g == groups.len() {
            groups.push(Vec::new());
        }
        if let Some(members) = groups.get_mut(g) {
            members.push(k);
        }
    }
    groups
}

/// A piece of the text for display: plain text or one entity mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    span: Span,
    entity: Option<usize>,
}

impl Segment {
    /// Byte span of the segment.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Index into the entity list the segments were made from, when the
    /// segment is a mention.
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }
}

/// Cuts `text` into segments that tile it, one per mention in `entities`
/// (which must come from `text`, in order, as [`entities`] returns them) and
/// one per stretch of plain text between them.
///
/// # Example
///
/// ```
/// let text = "Trump met Putin.";
/// let entities = lede::entities(text).unwrap();
/// let segments = lede::highlight_segments(text, &entities);
/// let joined: String = segments.iter().map(|s| &text[s.span().range()]).collect();
/// assert_eq!(joined, text);
/// assert_eq!(segments.iter().filter(|s| s.entity().is_some()).count(), 2);
/// ```
pub fn highlight_segments(text: &str, entities: &[Entity]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(entities.len() * 2 + 1);
    let mut at = 0;
    for (k, e) in entities.iter().enumerate() {
        let (s, t) = (e.span.start(), e.span.end());
        if s < at
            || t > text.len()
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(t)
            || s >= t
        {
            continue;
        }
        if s > at {
            out.push(Segment {
                span: Span::new(at, s),
                entity: None,
            });
        }
        out.push(Segment {
            span: Span::new(s, t),
            entity: Some(k),
        });
        at = t;
    }
    if at < text.len() {
        out.push(Segment {
            span: Span::new(at, text.len()),
            entity: None,
        });
    }
    out
}

/// Sorts mentions by span, ties in pass order. Through the summarizer's
/// index sort: the standard library's stable sort would add its own
/// kilobytes of wasm for `Found`.
pub(crate) fn sort_by_span(found: &mut Vec<Found>) {
    let spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
    if spans.windows(2).all(|w| matches!(w, [a, b] if a <= b)) {
        return;
    }
    let order = crate::summarize::order_by_span(&spans);
    let mut slots: Vec<Option<Found>> = found.drain(..).map(Some).collect();
    found.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// `a` then `b`, sorted by span as [`sort_by_span`] sorts them (ties: `a`
/// first, each in its own order). Each pass finds its mentions in text
/// order, so this is usually a merge of two sorted lists, far cheaper than
/// sorting them together; otherwise the sort.
fn join_by_span(mut a: Vec<Found>, b: Vec<Found>) -> Vec<Found> {
    let in_order = |v: &[Found]| {
        v.windows(2)
            .all(|w| matches!(w, [x, y] if (x.start, x.end) <= (y.start, y.end)))
    };
    if !in_order(&a) || !in_order(&b) {
        a.extend(b);
        sort_by_span(&mut a);
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut b = b.into_iter().peekable();
    for x in a {
        while let Some(y) = b.next_if(|y| (y.start, y.end) < (x.start, x.end)) {
            out.push(y);
        }
        out.push(x);
    }
    out.extend(b);
    out
}

/// `"e"` and the number `n` (without `format!`, which costs more than the
/// rest of an entity's making).
fn entity_id(n: u32) -> String {
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        if let Some(d) = digits.get_mut(k) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || k == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - k);
    id.push('e');
    for &d in digits.get(k..).unwrap_or(&[]) {
        id.push(char::from(d));
    }
    id
}

/// The recognizer, on checked input.
/// `lang`: `None` to choose the rules from the text (`lang::language_of`).
fn recognize(text: &str, lang: Option<Lang>) -> Vec<Entity> {
    recognize_tokens(text, lang, tokens::tokenize(text))
}

/// [`recognize`] of the tokens of `text`.
fn recognize_tokens(text: &str, lang: Option<Lang>, tokens: tokens::Tokens) -> Vec<Entity> {
    let lang = lang.unwrap_or_else(|| lang::language_of(text, &tokens));
    let mut claimed = vec![false; tokens.list.len()];
    let found = web::scan(text);
    // Tokens inside e-mails and URLs are taken.
    let mut w = 0;
    for (k, t) in tokens.list.iter().enumerate() {
        while found.get(w).is_some_and(|f| f.end <= t.start) {
            w += 1;
        }
        if found
            .get(w)
            .is_some_and(|f| f.start < t.end && t.start < f.end)
        {
            if let Some(c) = claimed.get_mut(k) {
                *c = true;
            }
        }
    }
    let found = join_by_span(found, numeric::scan(text, &tokens, &mut claimed, lang));
    let names = if lang::has_rules(lang) {
        lang::scan(text, &tokens, &claimed, lang)
    } else {
        names::scan(text, &tokens, &claimed)
    };
    let found = join_by_span(found, names);
    let linked = link::link(text, found, lang == Lang::De);

    // (type, canonical name) → entity number - 1.
    let mut ids = Interner::with_capacity(linked.len());
    let mut key: Vec<u8> = Vec::new();
    let mut out: Vec<Entity> = Vec::with_capacity(linked.len());
    let mut last_end = 0;
    for f in linked {
        if f.start < last_end || f.start >= f.end {
            continue;
        }
        let Some(mention) = text.get(f.start..f.end) else {
            continue;
        };
        key.clear();
        key.push(f.kind as u8);
        key.extend_from_slice(f.canonical.as_bytes());
        let id = ids.intern(&key) + 1;
        last_end = f.end;
        out.push(Entity {
            kind: f.kind,
            span: Span::new(f.start, f.end),
            text: mention.to_string(),
            canonical: f.canonical,
            id: entity_id(id),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        entities(text)
            .unwrap()
            .iter()
            .map(|e| (e.text().to_string(), e.kind().as_str()))
            .collect()
    }

    fn has(text: &str, mention: &str, kind: &str) -> bool {
        found(text).iter().any(|(t, k)| t == mention && *k == kind)
    }

    #[test]
    fn titles_split_people_from_organisations() {
        let text = "Fulton County Judge Scott McAfee dismissed it. European Commission President Ursula von der Leyen spoke, as did former FBI Director James Comey and Secretary of State Hillary Clinton.";
        for (m, k) in [
            ("Fulton County", "PLACE"),
            ("Scott McAfee", "PERSON"),
            ("European Commission", "ORG"),
            ("Ursula von der Leyen", "PERSON"),
            ("FBI", "ORG"),
            ("James Comey", "PERSON"),
            ("Hillary Clinton", "PERSON"),
        ] {
            assert!(has(text, m, k), "{m} {k} in {:?}", found(text));
        }
    }

    #[test]
    fn titles_of_works_and_contractions_are_not_names() {
        let text =
            "She wore an \u{201c}I\u{2019}m With Ann\u{201d} shirt, hummed \u{201c}What About \
                    Love\u{201d} and \u{201c}Nothin\u{2019} At All\u{201d}, and Ann Wilson smiled. \
                    Then the Bank of America paid.";
        let got = found(text);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        for bad in [
            "I\u{2019}m With Ann",
            "With Ann",
            "I\u{2019}m",
            "About Love",
            "At All",
        ] {
            assert!(!names.contains(&bad), "{bad}: {got:?}");
        }
        assert!(names.contains(&"Ann Wilson"), "{got:?}");
        assert!(names.contains(&"Bank of America"), "{got:?}");
    }

    #[test]
    fn soft_hyphens_stay_inside_words() {
        // Pages break long words with U+00AD (`&shy;`); copied text keeps it.
        let text =
            "Die Bundes\u{ad}regierung in Ber\u{ad}lin tagte, sagte Angela Mer\u{ad}kel am Montag.";
        let all = entities(text).unwrap();
        let got: Vec<(&str, &str, &str)> = all
            .iter()
            .map(|e| (e.text(), e.canonical(), e.kind().as_str()))
            .collect();
        assert!(
            got.contains(&("Ber\u{ad}lin", "Berlin", "PLACE")),
            "{got:?}"
        );
        assert!(
            got.contains(&("Angela Mer\u{ad}kel", "Angela Merkel", "PERSON")),
            "{got:?}"
        );
    }

    #[test]
    fn local_offices_are_titles() {
        let text = "It was a win, said Supervisor Alfredo Pedroza of Napa County, and \
                    Alderman Pat Dowell agreed.";
        let got = found(text);
        assert!(
            got.contains(&("Alfredo Pedroza".to_string(), "PERSON")),
            "{got:?}"
        );
        assert!(
            got.contains(&("Pat Dowell".to_string(), "PERSON")),
            "{got:?}"
        );
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let text =
            "Despite Trump's claims, Donald Trump won. In Washington, nobody cared. Stay informed!";
        let f = found(text);
        assert!(
            !f.iter()
                .any(|(t, _)| t.contains("Despite") || t == "In" || t == "Stay"),
            "{f:?}"
        );
        assert!(has(text, "Trump", "PERSON") && has(text, "Washington", "PLACE"));
    }

    #[test]
    fn possessives_are_outside_the_span_and_mentions_link() {
        let text = "Russian diplomat Yuri Ushakov spoke. Ushakov's aide left. Ushakov stayed.";
        let all = entities(text).unwrap();
        let ush: Vec<&Entity> = all
            .iter()
            .filter(|e| e.canonical() == "Yuri Ushakov")
            .collect();
        assert_eq!(ush.len(), 3, "{all:?}");
        assert_eq!(ush[1].text(), "Ushakov");
        assert!(ush
            .iter()
            .all(|e| e.id() == ush[0].id() && e.kind() == EntityType::Person));
        assert!(has(text, "Russian", "GROUP"));
    }

    #[test]
    fn segments_tile_the_text() {
        let text = "Ünïcode Ms. Smith 😀 paid €5 to Acme Inc. on 1/2/2024.";
        let all = entities(text).unwrap();
        let segs = highlight_segments(text, &all);
        let joined: String = segs.iter().map(|s| &text[s.span().range()]).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn join_by_span_sorts_as_the_stable_sort() {
        let f = |s: usize, e: usize, k: EntityType| Found::new(s, e, k);
        let lists = [
            (
                vec![(0, 3), (5, 9), (5, 9), (20, 22)],
                vec![(1, 2), (5, 9), (5, 7), (30, 31)],
            ),
            (vec![(0, 3), (5, 9)], vec![(0, 3), (5, 9), (6, 8)]),
            (vec![], vec![(4, 5), (1, 2)]),
            (vec![(7, 8), (2, 3)], vec![]),
        ];
        for (a, b) in lists {
            let a: Vec<Found> = a.iter().map(|&(s, e)| f(s, e, EntityType::Url)).collect();
            let b: Vec<Found> = b.iter().map(|&(s, e)| f(s, e, EntityType::Date)).collect();
            let mut sorted = a.clone();
            sorted.extend(b.iter().cloned());
            sort_by_span(&mut sorted);
            let key = |v: &[Found]| -> Vec<(usize, usize, EntityType)> {
                v.iter().map(|x| (x.start, x.end, x.kind)).collect()
            };
            assert_eq!(key(&join_by_span(a, b)), key(&sorted));
        }
    }

    #[test]
    fn types_parse_and_filter() {
        assert_eq!("PERSON".parse::<EntityType>().unwrap(), EntityType::Person);
        let e = "person".parse::<EntityType>().unwrap_err();
        assert_eq!(e.option(), Some("types"));
        let only = entities_of_types("Trump paid $5 in Moscow.", &[EntityType::Money]).unwrap();
        assert_eq!(only.len(), 1);
        assert_eq!(only[0].text(), "$5");
    }
}
