//! Language detection: script first, then character-trigram profiles.

use super::Lang;
use crate::tables::{CYRILLIC_LANGS, LATIN_LANGS};

/// What [`detect_language`] found.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Detection {
    /// The language.
    pub lang: Lang,
    /// How sure the detection is, in [0, 1]: 1 when the runner-up is far
    /// behind (or the script alone decides), near 0 when two languages are
    /// about as likely.
    pub confidence: f64,
}

impl Detection {
    pub(crate) fn new(lang: Lang, confidence: f64) -> Detection {
        Detection { lang, confidence }
    }
}

/// Writing systems that decide the language, or the set of profiles to
/// compare, on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Georgian,
    Armenian,
    Ethiopic,
    Khmer,
    Myanmar,
    Hangul,
    Kana,
    Han,
}

/// The scripts in counting order (the index is the counter's).
const SCRIPTS: [Script; 23] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Devanagari,
    Script::Bengali,
    Script::Gurmukhi,
    Script::Gujarati,
    Script::Tamil,
    Script::Telugu,
    Script::Kannada,
    Script::Malayalam,
    Script::Sinhala,
    Script::Thai,
    Script::Georgian,
    Script::Armenian,
    Script::Ethiopic,
    Script::Khmer,
    Script::Myanmar,
    Script::Hangul,
    Script::Kana,
    Script::Han,
];

fn script_of_char(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    let s = match c as u32 {
        0x00C0..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0530..=0x058F => Script::Armenian,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x097F => Script::Devanagari,
        0x0980..=0x09FF => Script::Bengali,
        0x0A00..=0x0A7F => Script::Gurmukhi,
        0x0A80..=0x0AFF => Script::Gujarati,
        0x0B80..=0x0BFF => Script::Tamil,
        0x0C00..=0x0C7F => Script::Telugu,
        0x0C80..=0x0CFF => Script::Kannada,
        0x0D00..=0x0D7F => Script::Malayalam,
        0x0D80..=0x0DFF => Script::Sinhala,
        0x0E00..=0x0E7F => Script::Thai,
        0x1000..=0x109F => Script::Myanmar,
        0x10A0..=0x10FF => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x1200..=0x137F => Script::Ethiopic,
        0x1780..=0x17FF => Script::Khmer,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
        _ => return None,
    };
    Some(s)
}

/// The language a script alone names (for scripts without profiles).
fn script_lang(s: Script) -> Lang {
    Lang::Other(match s {
        Script::Greek => "el",
        Script::Arabic => "ar",
        Script::Hebrew => "he",
        Script::Devanagari => "hi",
        Script::Bengali => "bn",
        Script::Gurmukhi => "pa",
        Script::Gujarati => "gu",
        Script::Tamil => "ta",
        Script::Telugu => "te",
        Script::Kannada => "kn",
        Script::Malayalam => "ml",
        Script::Sinhala => "si",
        Script::Thai => "th",
        Script::Georgian => "ka",
        Script::Armenian => "hy",
        Script::Ethiopic => "am",
        Script::Khmer => "km",
        Script::Myanmar => "my",
        Script::Hangul => return Lang::Ko,
        Script::Kana => return Lang::Ja,
        Script::Han => return Lang::Zh,
        Script::Latin => "en",
        Script::Cyrillic => return Lang::Ru,
    })
}

/// The script a language is written in (Latin unless listed).
fn script_of_lang(l: Lang) -> Script {
    match l {
        Lang::Ru => Script::Cyrillic,
        Lang::Zh | Lang::Ja | Lang::Ko => Script::Han,
        Lang::Other(code) => match code {
            "uk" | "bg" | "sr" | "mk" | "be" | "kk" => Script::Cyrillic,
            "ar" | "fa" | "ur" => Script::Arabic,
            "hi" | "mr" | "ne" => Script::Devanagari,
            _ => SCRIPTS
                .iter()
                .copied()
                .find(|&s| s != Script::Latin && script_lang(s) == l)
                .unwrap_or(Script::Latin),
        },
        _ => Script::Latin,
    }
}

/// Text looked at: detection reads at most this many bytes.
const SAMPLE_BYTES: usize = 20_000;
/// Trigrams of a profile; the text's ranking keeps twice as many.
const PROFILE: usize = 300;
const MAX_DISTANCE: u32 = PROFILE as u32;

/// The beginning of `text`, at most [`SAMPLE_BYTES`] long.
fn sample(text: &str) -> &str {
    prefix(text, SAMPLE_BYTES)
}

/// The beginning of `text`, at most `max` bytes long, cut at a char
/// boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// The dominant script of `text` and how many letters it has.
fn dominant_script(text: &str) -> Option<(Script, usize, usize)> {
    let mut counts = [0usize; SCRIPTS.len()];
    for c in text.chars() {
        if let Some(s) = script_of_char(c) {
            if let Some(i) = SCRIPTS.iter().position(|&x| x == s) {
                if let Some(n) = counts.get_mut(i) {
                    *n += 1;
                }
            }
        }
    }
    let count = |s: Script| {
        SCRIPTS
            .iter()
            .position(|&x| x == s)
            .and_then(|i| counts.get(i).copied())
            .unwrap_or(0)
    };
    let (han, kana, hangul) = (
        count(Script::Han),
        count(Script::Kana),
        count(Script::Hangul),
    );
    // A Chinese, Japanese or Korean character is about a word: it weighs
    // as much as a few letters of an alphabet.
    let cjk = 3 * (han + kana + hangul);
    let total: usize = counts.iter().sum::<usize>() - (han + kana + hangul) + cjk;
    if total == 0 {
        return None;
    }
    let (best, n) = SCRIPTS
        .iter()
        .zip(counts)
        .filter(|(s, _)| !matches!(s, Script::Han | Script::Kana | Script::Hangul))
        .fold(
            (Script::Latin, 0),
            |acc, (&s, n)| if n > acc.1 { (s, n) } else { acc },
        );
    if cjk > n {
        // Korean may quote Han characters; Japanese always mixes kana in.
        let s = if hangul >= kana && hangul * 5 >= han + hangul {
            Script::Hangul
        } else if kana * 10 >= han + kana {
            Script::Kana
        } else {
            Script::Han
        };
        return Some((s, cjk, total));
    }
    Some((best, n, total))
}

/// An open-addressing hash table from trigram codes to a `u32`: counts
/// while a text is read, positions in the profile index. Codes are below
/// 2^63, so `u64::MAX` marks an empty slot.
struct CodeTable {
    slots: Vec<(u64, u32)>,
    len: usize,
}

const EMPTY: u64 = u64::MAX;

impl CodeTable {
    fn with_capacity(n: usize) -> CodeTable {
        CodeTable {
            slots: vec![(EMPTY, 0); (2 * n).next_power_of_two().max(64)],
            len: 0,
        }
    }

    /// The first slot to probe: Fibonacci hashing of the code.
    fn home(&self, code: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (code.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn get(&self, code: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(code);
        loop {
            match self.slots.get(i) {
                Some(&(c, v)) if c == code => return Some(v),
                Some(&(c, _)) if c != EMPTY => i = (i + 1) & mask,
                _ => return None,
            }
        }
    }

    /// The value of `code`, inserted as 0 when missing.
    fn entry(&mut self, code: u64) -> &mut u32 {
        if 2 * (self.len + 1) > self.slots.len() {
            let grown = vec![(EMPTY, 0); 2 * self.slots.len()];
            let old = std::mem::replace(&mut self.slots, grown);
            self.len = 0;
            for (c, v) in old.into_iter().filter(|s| s.0 != EMPTY) {
                *self.entry(c) = v;
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(code);
        while self
            .slots
            .get(i)
            .is_some_and(|s| s.0 != EMPTY && s.0 != code)
        {
            i = (i + 1) & mask;
        }
        // The table is never full (at most half), so `i` is a slot.
        let i = i.min(mask);
        if self.slots.get(i).is_some_and(|s| s.0 == EMPTY) {
            self.len += 1;
        }
        let slot = &mut self.slots[i];
        slot.0 = code;
        &mut slot.1
    }

    fn iter(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.slots.iter().copied().filter(|s| s.0 != EMPTY)
    }
}

/// The text's trigrams ranked by frequency, most frequent first, as
/// (code, twice the rank): trigrams of equal count share the middle rank
/// of their group. Only the groups that start within the first
/// `2 * PROFILE` ranks.
fn text_trigrams(text: &str) -> Vec<(u64, u32)> {
    let norm = |c: char| -> char {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        } else if c.is_alphabetic() {
            c.to_lowercase().next().unwrap_or(c)
        } else {
            ' '
        }
    };
    // Rarely more distinct trigrams than half the bytes of prose: the
    // table then never grows.
    let mut counts = CodeTable::with_capacity(text.len() / 2);
    let (mut c1, mut c2) = (' ', ' ');
    for c3 in text.chars().map(norm).chain(std::iter::once(' ')) {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            *counts.entry(code(c1, c2, c3)) += 1;
        }
        c1 = c2;
        c2 = c3;
    }
    // Rank by count without sorting: trigrams of equal count share their
    // middle rank (a tie's order means nothing), found from how many
    // trigrams are more frequent. Ranks are doubled to stay whole.
    let top = counts.iter().map(|(_, n)| n).max().unwrap_or(0) as usize;
    let mut with_count = vec![0u32; top + 2];
    for (_, n) in counts.iter() {
        if let Some(h) = with_count.get_mut(n as usize) {
            *h += 1;
        }
    }
    // more[n]: how many trigrams are more frequent than n.
    let mut more = vec![0u32; top + 2];
    for n in (0..=top).rev() {
        let above =
            more.get(n + 1).copied().unwrap_or(0) + with_count.get(n + 1).copied().unwrap_or(0);
        if let Some(m) = more.get_mut(n) {
            *m = above;
        }
    }
    counts
        .iter()
        .filter_map(|(c, n)| {
            let (more, ties) = (*more.get(n as usize)?, *with_count.get(n as usize)?);
            (more < 2 * PROFILE as u32).then_some((c, 2 * more + ties - 1))
        })
        .collect()
}

fn code(a: char, b: char, c: char) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// Every trigram of a script's profiles: `entries` holds (profile index,
/// rank in that profile) grouped by trigram, and `at` maps a trigram's
/// code to its group (start << 8 | length). Built once per script set, on
/// first use, so that a text is scored against all of the set's profiles
/// with one lookup per trigram of the text, instead of decoding every
/// profile on every call.
struct Index {
    entries: Vec<(u8, u16)>,
    at: CodeTable,
}

fn build_index(profiles: &[(&'static str, &'static str)]) -> Index {
    let mut all: Vec<(u64, u8, u16)> = Vec::with_capacity(profiles.len() * PROFILE);
    for (p, &(_, profile)) in profiles.iter().enumerate() {
        let mut chars = profile.chars();
        let mut rank = 0u16;
        while let (Some(a), Some(b), Some(c)) = (chars.next(), chars.next(), chars.next()) {
            all.push((code(a, b, c), p as u8, rank));
            rank += 1;
        }
    }
    crate::sort::sort(&mut all);
    let mut at = CodeTable::with_capacity(all.len());
    let mut entries = Vec::with_capacity(all.len());
    for (i, &(code, p, rank)) in all.iter().enumerate() {
        let slot = at.entry(code);
        if *slot == 0 {
            *slot = (i as u32) << 8;
        }
        *slot += 1;
        entries.push((p, rank));
    }
    Index { entries, at }
}

fn index_of(profiles: &'static [(&'static str, &'static str)]) -> &'static Index {
    use std::sync::OnceLock;
    static LATIN: OnceLock<Index> = OnceLock::new();
    static CYRILLIC: OnceLock<Index> = OnceLock::new();
    // By content, not address: a `const` slice may live at a new address
    // at every use.
    let cell = if profiles.first().map(|p| p.0) == CYRILLIC_LANGS.first().map(|p| p.0) {
        &CYRILLIC
    } else {
        &LATIN
    };
    cell.get_or_init(|| build_index(profiles))
}

/// Out-of-place distances between each profile and the text's ranking,
/// as whatlang computes them (smaller is closer): a profile trigram found
/// in the text costs the difference of its two ranks, one not found costs
/// [`MAX_DISTANCE`].
fn distances(index: &Index, profiles: usize, text: &[(u64, u32)]) -> Vec<u32> {
    // Start from "nothing found" and give back what each match saves; in
    // doubled units, as the text's ranks are.
    let max2 = 2 * i64::from(MAX_DISTANCE);
    let mut totals = vec![max2 * PROFILE as i64; profiles];
    for &(code, rank2) in text {
        let Some(group) = index.at.get(code) else {
            continue;
        };
        let (start, len) = ((group >> 8) as usize, (group & 0xFF) as usize);
        for &(p, r) in index.entries.get(start..start + len).unwrap_or(&[]) {
            if let Some(t) = totals.get_mut(usize::from(p)) {
                *t -= max2 - i64::from(rank2.abs_diff(2 * u32::from(r)));
            }
        }
    }
    let n = text.len() as u32;
    totals
        .into_iter()
        .map(|t| {
            let mut total = (t / 2).clamp(0, i64::from(u32::MAX)) as u32;
            if MAX_DISTANCE > n {
                total = total.saturating_sub((MAX_DISTANCE - n) * MAX_DISTANCE);
            }
            total.min(MAX_DISTANCE * MAX_DISTANCE)
        })
        .collect()
}

/// Every profile of the script's set with its score in [0, 1] (higher is
/// closer), in table order, and the number of distinct trigrams of the
/// text.
fn scores(
    text: &str,
    profiles: &'static [(&'static str, &'static str)],
) -> (Vec<(Lang, f64)>, usize) {
    let ranked = text_trigrams(text);
    let distances = distances(index_of(profiles), profiles.len(), &ranked);
    // Cyrillic alphabets differ: Ukrainian and Bulgarian have no ы or э,
    // Russian and Bulgarian no і, ї, є or ґ.
    let has = |set: &[char]| {
        text.chars()
            .any(|c| set.contains(&c.to_lowercase().next().unwrap_or(c)))
    };
    let cyrillic = profiles.first().is_some_and(|p| p.0 == "ru");
    let (ru_letters, uk_letters) = if cyrillic {
        (has(&['ы', 'э']), has(&['і', 'ї', 'є', 'ґ']))
    } else {
        (false, false)
    };
    let allowed = |code: &str| match code {
        "uk" => !ru_letters,
        "bg" => !ru_letters && !uk_letters,
        "ru" => !uk_letters || ru_letters,
        _ => true,
    };
    let n = ranked.len();
    let max = (n as u32 * MAX_DISTANCE).max(1) as f64;
    let out: Vec<(Lang, f64)> = profiles
        .iter()
        .zip(distances)
        .filter(|&(&(code, _), _)| allowed(code))
        .filter_map(|(&(code, _), d)| {
            let d = f64::from(d);
            Lang::from_code(code).map(|l| (l, ((max - d) / max).max(0.0)))
        })
        .collect();
    (out, n)
}

/// The best and the second-best score (the first on ties).
fn best_two(scores: &[(Lang, f64)]) -> (Option<(Lang, f64)>, f64) {
    let mut best: Option<(Lang, f64)> = None;
    let mut second = 0.0f64;
    for &(l, s) in scores {
        match best {
            Some((_, b)) if s <= b => second = second.max(s),
            _ => {
                second = best.map_or(second, |(_, b)| b.max(second));
                best = Some((l, s));
            }
        }
    }
    (best, second)
}

/// Whatlang's confidence: 1 when the best score is ahead of the
/// runner-up by more than a margin that shrinks with the text's length.
fn confidence(best: f64, second: f64, n: usize) -> f64 {
    if best <= 0.0 {
        return 0.0;
    }
    if second <= 0.0 {
        return best.min(1.0);
    }
    let confident = 3.0 / n.max(1) as f64 + 0.015;
    let rate = (best - second) / second;
    (rate / confident).clamp(0.0, 1.0)
}

fn profiles_of(script: Script) -> Option<&'static [(&'static str, &'static str)]> {
    match script {
        Script::Latin => Some(LATIN_LANGS),
        Script::Cyrillic => Some(CYRILLIC_LANGS),
        _ => None,
    }
}

/// The language of `text`, or `None` when it has no letters.
///
/// Reads the first 600 bytes, and when they leave doubt (confidence
/// below 0.9) at most the first 20,000. Short texts (a few words) may be
/// told wrong; [`Detection::confidence`] is low then.
///
/// # Example
///
/// ```
/// use lede::{detect_language, Lang};
///
/// let d = detect_language("Le gouvernement a présenté mercredi son projet de loi.").unwrap();
/// assert_eq!(d.lang, Lang::Fr);
/// assert_eq!(d.lang.code(), "fr");
/// ```
pub fn detect_language(text: &str) -> Option<Detection> {
    // Most texts tell their language in their first paragraphs: read
    // those first, and the whole sample only when they leave doubt.
    let first = prefix(text, FIRST_BYTES);
    if plainly_english(first) {
        return Some(Detection {
            lang: Lang::En,
            confidence: 1.0,
        });
    }
    if first.len() < text.len() {
        if let Some(d) = detect_in(first) {
            if d.confidence >= SURE {
                return Some(d);
            }
        }
    }
    detect_in(sample(text))
}

/// Whether `first` (the first bytes of a text) is plainly English: 60
/// words or more, of which 35% or more are English stop words. English
/// prose runs 38% or more in 95 of 100 English dev documents, the other
/// languages' at most 26% (Portuguese), so the trigrams, a tenth of a
/// summary's cost, are not needed for most English text.
fn plainly_english(first: &str) -> bool {
    let stop = crate::analyze::StopWords::english();
    let (mut words, mut hits) = (0usize, 0usize);
    let mut lower = String::new();
    for word in first
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphabetic))
    {
        words += 1;
        lower_into(word, &mut lower);
        hits += usize::from(stop.contains(lower.trim_matches('\'')));
    }
    words >= 60 && hits * 100 >= words * 35
}

/// `word` in lower case, with a curly apostrophe made straight, into `out`
/// (the stop lists' spelling).
fn lower_into(word: &str, out: &mut String) {
    crate::analyze::lower_into(word, out);
    // `’` is not ASCII: most words need no search (a search for a
    // non-ASCII char sets up a substring searcher each time).
    if !out.is_ascii() && out.contains('’') {
        *out = out.replace('’', "'");
    }
}

/// Bytes read first by [`detect_language`].
const FIRST_BYTES: usize = 600;
/// The confidence at which the first bytes decide.
const SURE: f64 = 0.9;

fn detect_in(text: &str) -> Option<Detection> {
    let (script, n, total) = dominant_script(text)?;
    let share = n as f64 / total.max(1) as f64;
    let Some(profiles) = profiles_of(script) else {
        return Some(Detection {
            lang: script_lang(script),
            confidence: share,
        });
    };
    let (scores, trigrams) = scores(text, profiles);
    let (best, second) = best_two(&scores);
    let (lang, best) = best?;
    let confidence = confidence(best, second, trigrams) * share;
    if !matches!(script, Script::Latin | Script::Cyrillic) || n >= SHORT_LETTERS {
        return Some(Detection { lang, confidence });
    }
    // A few words give too few trigrams to tell languages apart ("Biden
    // spoke in Berlin on Monday." fits Dutch best), and whatever wins is
    // not sure. Their function words tell more: see `stop_word_vote`.
    let evidence = n as f64 / SHORT_LETTERS as f64;
    if script == Script::Cyrillic {
        return Some(Detection {
            lang: short_cyrillic(text, lang),
            confidence: confidence * evidence,
        });
    }
    match stop_word_vote(text, lang) {
        Some((voted, margin)) => Some(Detection {
            lang: voted,
            confidence: (margin * evidence * share).clamp(0.0, 1.0),
        }),
        None => Some(Detection {
            lang,
            confidence: confidence * evidence,
        }),
    }
}

/// The language of a short Cyrillic text the trigrams called `found`.
/// Ukrainian writes і, ї, є or ґ in almost every sentence, and Bulgarian
/// uses function words Russian does not have (ще, са, това, към, е...);
/// a few words with neither are Russian, by far the most written of the
/// three, rather than whichever profile their names fit.
fn short_cyrillic(text: &str, found: Lang) -> Lang {
    const BULGARIAN: [&str; 10] = [
        "е", "са", "ще", "това", "този", "тази", "тези", "към", "че", "бил",
    ];
    let ukrainian = text
        .chars()
        .any(|c| matches!(c.to_lowercase().next().unwrap_or(c), 'і' | 'ї' | 'є' | 'ґ'));
    let bulgarian = text.split(|c: char| !c.is_alphabetic()).any(|w| {
        let w = w.to_lowercase();
        BULGARIAN.contains(&w.as_str())
    });
    match found {
        Lang::Other("uk") if !ukrainian => Lang::Ru,
        Lang::Other("bg") if !bulgarian && !ukrainian => Lang::Ru,
        other => other,
    }
}

/// Below this many letters a Latin-script text is short: its detection is
/// never sure, and function words may overrule the trigrams.
const SHORT_LETTERS: usize = 100;

/// The letters beyond ASCII of the voters' alphabets (en, de, fr, es,
/// it, pt, nl).
const VOTER_LETTERS: &str = "äöüßàâæçéèêëîïôœùûÿáíñóúìòãõ";

/// The language whose stop words a short text uses most, when it is not
/// the trigrams' choice `found` and uses clearly more of them (at least
/// twice the weight of `found`'s): each word votes for every language
/// whose stop list has it, split evenly, so "in" (English, German, Dutch,
/// Italian) counts for less than "on" (English alone). Gives the winner
/// and its share of all votes.
fn stop_word_vote(text: &str, found: Lang) -> Option<(Lang, f64)> {
    // A letter none of the voters writes (Polish ł, Czech ř, Turkish ı,
    // Danish ø...) means a language without a stop list: no vote.
    let foreign = text.chars().any(|c| {
        c.is_alphabetic()
            && !c.is_ascii()
            && !VOTER_LETTERS.contains(c.to_lowercase().next().unwrap_or(c))
    });
    if foreign {
        return None;
    }
    // The supported Latin-script languages vote, with their stop lists.
    let lists: Vec<(Lang, crate::analyze::StopWords)> = Lang::SUPPORTED
        .iter()
        .filter(|&&l| script_of_lang(l) == Script::Latin)
        .filter_map(|&l| Some((l, crate::analyze::StopWords::for_lang(l)?)))
        .collect();
    let mut votes = vec![0.0f64; lists.len()];
    let mut lower = String::new();
    for word in text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        lower_into(word, &mut lower);
        let hits: Vec<usize> = lists
            .iter()
            .enumerate()
            .filter(|(_, (_, list))| list.contains(&lower))
            .map(|(i, _)| i)
            .collect();
        for &i in &hits {
            if let Some(v) = votes.get_mut(i) {
                *v += 1.0 / hits.len() as f64;
            }
        }
    }
    let total: f64 = votes.iter().sum();
    let (top, weight) = lists.iter().zip(votes.iter().copied()).fold(
        (None::<Lang>, 0.0f64),
        |acc, (&(l, _), v)| if v > acc.1 { (Some(l), v) } else { acc },
    );
    let top = top?;
    let own = lists
        .iter()
        .zip(votes.iter().copied())
        .find(|((l, _), _)| *l == found)
        .map_or(0.0, |(_, v)| v);
    let runner_up = lists
        .iter()
        .zip(votes.iter().copied())
        .filter(|((l, _), _)| *l != top)
        .fold(0.0f64, |m, (_, v)| m.max(v));
    (top != found && weight > runner_up && weight >= 2.0 * own && total > 0.0)
        .then(|| (top, (weight - runner_up) / total))
}

/// Detection with a strong hint, such as a page's `<html lang>`: the hint
/// wins unless the text is in another script, or the profile of another
/// language fits the text clearly better: by four times the margin that
/// makes [`detect_language`] sure (8% on long texts, more on short ones),
/// which tells English from German but leaves Spanish and Portuguese, or
/// Danish and Swedish, to the hint. Without letters the hint is taken.
///
/// # Example
///
/// ```
/// use lede::{detect_language_with_hint, Lang};
///
/// // Catalan has no profile: the page's word is taken.
/// let d = detect_language_with_hint("El Govern ha aprovat avui el pressupost.", Lang::Other("ca"));
/// assert_eq!(d.lang, Lang::Other("ca"));
/// // A page declared English that is German is German.
/// let d = detect_language_with_hint(
///     "Die Bundesregierung hat am Mittwoch beschlossen, die Steuern für kleine Unternehmen zu senken.",
///     Lang::En,
/// );
/// assert_eq!(d.lang, Lang::De);
/// ```
pub fn detect_language_with_hint(text: &str, hint: Lang) -> Detection {
    let taken = Detection {
        lang: hint,
        confidence: 1.0,
    };
    let text = sample(text);
    let Some((script, _, _)) = dominant_script(text) else {
        return taken;
    };
    let Some(found) = detect_language(text) else {
        return taken;
    };
    if found.lang == hint {
        return taken;
    }
    let hint_script = script_of_lang(hint);
    let same_script = match script {
        Script::Han | Script::Kana | Script::Hangul => hint_script == Script::Han,
        s => hint_script == s,
    };
    if !same_script {
        return found;
    }
    let Some(profiles) = profiles_of(script) else {
        return taken; // the script alone cannot tell its languages apart
    };
    let (scores, n) = scores(text, profiles);
    let best = best_two(&scores).0.map_or(0.0, |b| b.1);
    // Four times the margin that makes detection sure of itself.
    let margin = 4.0 * (3.0 / n.max(1) as f64 + 0.015);
    match scores.iter().find(|s| s.0 == hint) {
        Some(&(_, s)) if s <= 0.0 || (best - s) / s > margin => found,
        Some(_) => taken,
        // A language with a profile that the alphabet ruled out.
        None if profiles.iter().any(|p| p.0 == hint.code()) => found,
        None => taken,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str) -> Lang {
        detect_language(text).map_or(Lang::Other("none"), |d| d.lang)
    }

    #[test]
    fn scripts_decide_first() {
        assert_eq!(lang("東京都は新しい計画を発表した。"), Lang::Ja);
        assert_eq!(lang("北京市政府今天公布了新的交通计划。"), Lang::Zh);
        assert_eq!(lang("서울시는 오늘 새로운 교통 계획을 발표했다."), Lang::Ko);
        assert_eq!(
            lang("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα."),
            Lang::Other("el")
        );
        assert_eq!(
            lang("הממשלה הודיעה היום על צעדים חדשים."),
            Lang::Other("he")
        );
        assert_eq!(lang("सरकार ने आज नए कदमों की घोषणा की।"), Lang::Other("hi"));
        assert_eq!(lang("รัฐบาลประกาศมาตรการใหม่วันนี้"), Lang::Other("th"));
        assert_eq!(detect_language("123 456 !!"), None);
        assert_eq!(detect_language(""), None);
    }

    #[test]
    fn trigrams_tell_latin_and_cyrillic_languages() {
        let cases = [
            (Lang::En, "The city council approved the new budget on Monday after a long debate about schools and roads."),
            (Lang::De, "Der Stadtrat hat am Montag nach einer langen Debatte über Schulen und Straßen den neuen Haushalt beschlossen."),
            (Lang::Fr, "Le conseil municipal a approuvé lundi le nouveau budget après un long débat sur les écoles et les routes."),
            (Lang::Es, "El ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate sobre las escuelas y las carreteras."),
            (Lang::It, "Il consiglio comunale ha approvato lunedì il nuovo bilancio dopo un lungo dibattito sulle scuole e sulle strade."),
            (Lang::Pt, "A câmara municipal aprovou na segunda-feira o novo orçamento depois de um longo debate sobre as escolas e as estradas."),
            (Lang::Nl, "De gemeenteraad heeft maandag na een lang debat over scholen en wegen de nieuwe begroting goedgekeurd."),
            (Lang::Ru, "Городской совет в понедельник после долгих дебатов о школах и дорогах утвердил новый бюджет."),
            (Lang::Other("pl"), "Rada miasta zatwierdziła w poniedziałek nowy budżet po długiej debacie o szkołach i drogach."),
            (Lang::Other("uk"), "Міська рада в понеділок після тривалих дебатів про школи та дороги затвердила новий бюджет. Як повідомляє наш кореспондент, депутати також проголосували за ремонт лікарні, яка є найбільшою в області."),
        ];
        for (want, text) in cases {
            let d = detect_language(text).unwrap();
            assert_eq!(d.lang, want, "{text}");
            assert!((0.0..=1.0).contains(&d.confidence), "{d:?}");
        }
    }

    #[test]
    fn confidence_is_low_when_two_languages_fit() {
        let long = detect_language(
            "Die Bundesregierung hat am Mittwoch ein Gesetz beschlossen, das die Steuern für kleine und mittlere Unternehmen senken soll.",
        )
        .unwrap();
        assert_eq!(long.lang, Lang::De);
        assert!(long.confidence > 0.9, "{long:?}");
        let short = detect_language("Taxi").unwrap();
        assert!(short.confidence < 0.9, "{short:?}");
    }

    #[test]
    fn plainly_english_text_skips_the_trigrams() {
        let en = "The council said on Monday that it would not approve the plan until the city had \
                  shown how it was going to pay for it, and the mayor, who has been in office for \
                  two years, said that she was sure that the money would be found before the end of \
                  the year, although some of her own advisers have told her that it may take longer.";
        assert!(plainly_english(prefix(en, FIRST_BYTES)));
        assert_eq!(detect_language(en), Some(Detection::new(Lang::En, 1.0)));
        // Prose in another language never reaches the share, even with
        // words English shares with it ("a", "do", "as").
        let pt = "A câmara municipal aprovou na segunda-feira o novo orçamento depois de um longo \
                  debate sobre as escolas e as estradas, e o presidente disse que a cidade vai \
                  investir mais do que no ano passado, mas a oposição votou contra e pediu que o \
                  dinheiro fosse usado para as casas das famílias que perderam tudo nas cheias.";
        assert!(!plainly_english(prefix(pt, FIRST_BYTES)));
        assert_eq!(lang(pt), Lang::Pt);
        // A sentence is too short to be plain: it goes through the vote.
        assert!(!plainly_english(
            "The cat sat on the mat and the dog sat on the rug."
        ));
    }

    #[test]
    fn short_texts_are_never_sure_and_their_function_words_vote() {
        // Headlines and one-liners of our own writing: the trigrams alone
        // called these Dutch, Italian and Danish.
        for (text, want) in [
            ("Biden spoke in Berlin on Monday.", Lang::En),
            ("Apple sold more phones in China last year.", Lang::En),
            ("Oil prices rose after Shell said profits fell.", Lang::En),
            ("Merkel traf Macron in Paris, sagte ein Sprecher.", Lang::De),
            ("Le président a parlé.", Lang::Fr),
            ("El gobierno aprobó la ley ayer.", Lang::Es),
            ("Il governo ha approvato la legge.", Lang::It),
            ("De regering heeft de wet goedgekeurd.", Lang::Nl),
        ] {
            let d = detect_language(text).unwrap();
            assert_eq!(d.lang, want, "{text}");
            assert!(d.confidence < 0.5, "a few words are never sure: {d:?}");
        }
        // Short Cyrillic: Russian unless Ukrainian letters or Bulgarian
        // function words say otherwise.
        assert_eq!(
            lang("Компания ООО «Ромашка» подписала договор с ПАО Сбербанк."),
            Lang::Ru
        );
        assert_eq!(
            lang("Правителството ще обсъди бюджета днес."),
            Lang::Other("bg")
        );
        assert_eq!(
            lang("Уряд сьогодні обговорить бюджет і податки."),
            Lang::Other("uk")
        );
        // Letters no voter writes leave the trigrams' choice alone.
        assert_eq!(
            lang("Rada miasta zatwierdziła w poniedziałek nowy budżet."),
            Lang::Other("pl")
        );
    }

    #[test]
    fn the_hint_wins_unless_the_text_disagrees() {
        let es = "El gobierno presentó el proyecto de ley.";
        assert_eq!(
            detect_language_with_hint(es, Lang::Pt).lang,
            Lang::Pt,
            "close languages: the page decides"
        );
        assert_eq!(
            detect_language_with_hint("日本語の文章です。", Lang::En).lang,
            Lang::Ja,
            "another script"
        );
        assert_eq!(detect_language_with_hint("", Lang::Fr).lang, Lang::Fr);
        assert_eq!(detect_language_with_hint("42", Lang::Fr).lang, Lang::Fr);
        let ru = "Правительство представило законопроект о налогах.";
        assert_eq!(
            detect_language_with_hint(ru, Lang::Other("bg")).lang,
            Lang::Other("bg")
        );
        assert_eq!(
            detect_language_with_hint(ru, Lang::Other("sr")).lang,
            Lang::Other("sr")
        );
        // Bulgarian has no ы: the alphabet rules the hint out.
        let ru = "Правительство представило новый законопроект о налогах.";
        assert_eq!(detect_language(ru).unwrap().lang, Lang::Ru);
        assert_eq!(
            detect_language_with_hint(ru, Lang::Other("bg")).lang,
            Lang::Ru
        );
        assert_eq!(detect_language_with_hint(ru, Lang::De).lang, Lang::Ru);
    }

    #[test]
    fn trigram_ranks_follow_counts_and_ties_share_the_middle_rank() {
        let ranked = text_trigrams("aaa aaa bbb");
        // " aa", "aa ", "aaa" twice; " bb", "bb ", "bbb", "a a", "a b" once.
        let rank = |t: &str| {
            let mut c = t.chars();
            let k = code(c.next().unwrap(), c.next().unwrap(), c.next().unwrap());
            ranked.iter().find(|x| x.0 == k).map(|x| x.1)
        };
        // Doubled ranks: the three frequent ones share ranks 0-2 (middle
        // 1), the five others ranks 3-7 (middle 5).
        assert_eq!(
            (rank("aaa"), rank("aa "), rank(" aa")),
            (Some(2), Some(2), Some(2))
        );
        assert_eq!((rank("bbb"), rank("a b")), (Some(10), Some(10)));
        assert_eq!(ranked.len(), 8);
        let (best, second) = best_two(&[(Lang::En, 0.2), (Lang::De, 0.5), (Lang::Fr, 0.4)]);
        assert_eq!((best, second), (Some((Lang::De, 0.5)), 0.4));
    }

    #[test]
    fn the_index_gives_the_out_of_place_distance_of_each_profile() {
        // Straight from the definition: walk the profile, look each
        // trigram up in the text's ranking.
        let reference = |profile: &str, text: &[(u64, u32)]| -> u32 {
            // Twice the distance: the text's ranks are doubled.
            let mut total2 = 0u32;
            let mut chars = profile.chars();
            let mut i = 0u32;
            while let (Some(a), Some(b), Some(c)) = (chars.next(), chars.next(), chars.next()) {
                total2 += text
                    .iter()
                    .find(|t| t.0 == code(a, b, c))
                    .map_or(2 * MAX_DISTANCE, |t| t.1.abs_diff(2 * i));
                i += 1;
            }
            let mut total = total2 / 2;
            let n = text.len() as u32;
            if MAX_DISTANCE > n {
                total = total.saturating_sub((MAX_DISTANCE - n) * MAX_DISTANCE);
            }
            total.min(MAX_DISTANCE * MAX_DISTANCE)
        };
        for (profiles, text) in [
            (LATIN_LANGS, "The council said the new bridge would open in the spring of next year."),
            (LATIN_LANGS, "Der Stadtrat hat am Montag beschlossen, die alte Brücke im Frühjahr abzureißen und neu zu bauen."),
            (LATIN_LANGS, "a"),
            (CYRILLIC_LANGS, "Городской совет в понедельник решил снести старый мост весной."),
        ] {
            let ranked = text_trigrams(text);
            let got = distances(index_of(profiles), profiles.len(), &ranked);
            let want: Vec<u32> = profiles.iter().map(|p| reference(p.1, &ranked)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn the_code_table_grows_and_keeps_every_count() {
        let mut t = CodeTable::with_capacity(1);
        for k in 0..10_000u64 {
            *t.entry(k * 7919) += 1;
            *t.entry(k * 7919) += 1;
        }
        assert_eq!(t.len, 10_000);
        assert!((0..10_000u64).all(|k| t.get(k * 7919) == Some(2)));
        assert_eq!(t.get(1), None);
        assert_eq!(t.iter().count(), 10_000);
    }

    #[test]
    fn a_sure_beginning_decides_and_a_doubtful_one_reads_on() {
        let en = "The council said on Monday that the new bridge over the river would open in the spring, \
                  after two years of work and a long dispute over its cost with the company that built it. ";
        let de = "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss im Frühjahr \
                  abzureißen, nachdem die Kosten für die Reparatur in den letzten Jahren stark gestiegen sind. ";
        // Sure English in the first 600 bytes: English, whatever follows.
        let text = format!("{}{}", en.repeat(4), de.repeat(40));
        assert_eq!(detect_language(&text).unwrap().lang, Lang::En);
        // A beginning that tells nothing (a table of scores) lets the
        // rest decide.
        let table = "1-0, 2-2, 3-1, 0-0. ".repeat(40);
        let text = format!("{table}{}", de.repeat(10));
        assert_eq!(detect_language(&text).unwrap().lang, Lang::De);
    }

    #[test]
    fn long_texts_are_sampled_on_a_char_boundary() {
        let text = "é".repeat(SAMPLE_BYTES); // 2 bytes each
        let t = format!("x{text}");
        assert!(sample(&t).len() <= SAMPLE_BYTES);
        assert!(detect_language(&t).is_some());
    }
}
