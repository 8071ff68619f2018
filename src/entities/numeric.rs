//! Dates, times, amounts of money, percentages and numbers, recognised by
//! hand-written scanners over the tokens (no regular expressions: see the
//! README for the measurements behind that choice).

use super::formats::{self, Formats, Info};
use super::lexicon::{
    flags_of, is_currency_symbol, lower_flags, month, phrase_flags, Flags, CURRENCY_PREFIX,
    CURRENCY_WORD, LOCAL_START, MAGNITUDE, SPELLED, STARTER, STOP, TIME_UNIT, TIME_ZONE, UNIT,
    WEEKDAY,
};
use super::tokens::{Kind, Token, Tokens};
use super::{EntityType, Found};
use crate::analyze::StopWords;
use crate::Lang;

struct Scan<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    /// The local formats of the text's language (`None`: English only).
    local: Option<&'static Formats>,
    lang: Lang,
}

/// A magnitude suffix or word ("bn", "million").
fn is_magnitude(word: &str) -> bool {
    phrase_flags(word) & MAGNITUDE != 0
}

/// A match: tokens `first..end` with the type.
type Hit = (usize, usize, EntityType);

impl Scan<'_> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.list.get(i)
    }

    /// What the local formats say about token `i` (0 in English, or for
    /// tokens other than words).
    fn info(&self, i: usize) -> Info {
        match self.local {
            Some(f) if self.kind(i) == Some(Kind::Word) => f.info(self.lower(i)),
            _ => 0,
        }
    }

    /// The index past the local word at `i`, with the period of an
    /// abbreviation ("Mio.", "Okt.", "руб.", "г.") when it follows.
    fn past(&self, i: usize) -> usize {
        if self.info(i) & formats::ABBR != 0 && self.word(i + 1) == "." && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    /// The index past the number at `i`, with the groups of three digits
    /// that follow it after a single space ("3 000", "1 000 000,50"): a
    /// no-break or narrow no-break space in any language, a plain space
    /// where the language groups digits so (not English, where "2 000"
    /// is as likely two numbers).
    fn grouped(&self, i: usize) -> usize {
        let Some(first) = self.tok(i) else {
            return i + 1;
        };
        let w = first.text(self.text);
        if first.kind != Kind::Number || w.len() > 3 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return i + 1;
        }
        let mut k = i + 1;
        while let (Some(prev), Some(t)) = (self.tok(k - 1), self.tok(k)) {
            let gap = self.text.get(prev.end..t.start).unwrap_or("");
            let space = match gap {
                "\u{a0}" | "\u{202f}" | "\u{2009}" => true,
                " " => self.local.is_some(),
                _ => false,
            };
            let g = t.text(self.text).as_bytes();
            let group = g.len() >= 3
                && g.iter().take(3).all(u8::is_ascii_digit)
                && match g.get(3) {
                    None => true,
                    // A decimal part ends the number: "3 000,50".
                    Some(b',' | b'.') => g.len() > 4 && g.iter().skip(4).all(u8::is_ascii_digit),
                    _ => false,
                };
            if t.kind != Kind::Number || !space || !group {
                break;
            }
            k += 1;
            if g.len() > 3 {
                break;
            }
        }
        k
    }

    /// Token `i` in lower case.
    fn lower(&self, i: usize) -> &str {
        self.tokens.lower(i)
    }

    /// The lexicon flags of token `i` (0 unless it is a word).
    fn flags(&self, i: usize) -> Flags {
        self.tok(i).map_or(0, |t| t.flags)
    }

    /// Token `i` is a weekday: "Tuesday", "Tues", "Wed." (not "Wed").
    fn weekday(&self, i: usize) -> bool {
        self.flags(i) & WEEKDAY != 0 && self.word(i).len() > 3
    }

    fn word(&self, i: usize) -> &str {
        self.tok(i).map_or("", |t| t.text(self.text))
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tok(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize, lower: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.word(i).eq_ignore_ascii_case(lower)
    }

    /// Token `i` follows token `i - 1` with no space.
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    /// A plain number token ("216,000", "4.2"), without suffix letters.
    fn plain_number(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Number) && is_number(self.word(i))
    }

    /// A number token with an optional magnitude suffix ("600m", "1.13bn").
    fn amount_token(&self, i: usize) -> bool {
        if self.kind(i) != Some(Kind::Number) {
            return false;
        }
        let w = self.word(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        is_number(digits) && (suffix.is_empty() || is_magnitude(suffix))
    }

    /// A spelled-out number ("two", "Twenty-five").
    fn spelled(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        // English number words only in English ("ten" is Dutch for "at the").
        self.local.is_none()
            && t.flags & SPELLED != 0
            && (t.sent_start || !self.word(i).chars().next().is_some_and(char::is_uppercase))
    }

    /// After an amount at `i`: a magnitude word ("million") → index past it.
    fn after_magnitude(&self, i: usize) -> usize {
        let w = self.word(i);
        // Any case: a title-case headline writes "€2.4 Billion Plan".
        if self.kind(i) == Some(Kind::Word)
            && [
                "hundred", "thousand", "million", "billion", "trillion", "crore", "lakh",
            ]
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
        {
            // "1.5 million", also "$1 million-plus" stops at the word.
            return i + 1;
        }
        if self.kind(i) == Some(Kind::Word) && self.glued(i) && self.flags(i) & MAGNITUDE != 0 {
            return i + 1;
        }
        // "3 Mio.", "2,5 millions", "mil millones", "5 млн".
        let mut end = i;
        while end < i + 2 && self.info(end) & formats::MAGNITUDE != 0 {
            end = self.past(end);
        }
        end
    }

    fn money(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        // "$4.2 billion", "£600m", "US$5", "USD 5 million".
        let symbol = match self.kind(i)? {
            Kind::Punct => w.chars().next().is_some_and(is_currency_symbol),
            Kind::Word => {
                self.flags(i) & CURRENCY_PREFIX != 0
                    || (matches!(w, "US" | "A" | "C" | "HK" | "NZ" | "S" | "R")
                        && self.word(i + 1) == "$"
                        && self.glued(i + 1))
            }
            _ => false,
        };
        if symbol {
            let mut j = i + 1;
            if self.word(j) == "$" && self.glued(j) {
                j += 1;
            }
            if self.amount_token(j) {
                let end = self.after_magnitude(self.grouped(j));
                return Some((i, end, EntityType::Money));
            }
            return None;
        }
        // "5 million dollars", "100 euros", "two dollars", "1.000.000 €",
        // "2,5 millions d'euros", "5 млн рублей".
        if self.amount_token(i) || self.spelled(i) {
            let j = self.after_magnitude(self.grouped(i));
            if let Some(end) = self.currency_after(j) {
                return Some((i, end, EntityType::Money));
            }
        }
        None
    }

    /// A currency after an amount at `j` ("dollars", "€", "Euro", "de
    /// dólares", "d'euros", "руб."): the index past it.
    fn currency_after(&self, j: usize) -> Option<usize> {
        if self.flags(j) & CURRENCY_WORD != 0 {
            return Some(j + 1);
        }
        let w = self.word(j);
        if self.kind(j) == Some(Kind::Punct)
            && w.chars().next().is_some_and(is_currency_symbol)
            // "€5" after a number is the next amount.
            && !(self.kind(j + 1) == Some(Kind::Number) && self.glued(j + 1))
        {
            return Some(j + 1);
        }
        let local = self.local?;
        if self.info(j) & formats::CURRENCY != 0 {
            return Some(self.past(j));
        }
        if self.info(j) & formats::OF != 0 && self.info(j + 1) & formats::CURRENCY != 0 {
            return Some(self.past(j + 1));
        }
        // French elision: "millions d'euros".
        let lower = self.lower(j);
        let elided = lower
            .strip_prefix("d'")
            .or_else(|| lower.strip_prefix("d’"))?;
        (local.info(elided) & formats::CURRENCY != 0).then_some(j + 1)
    }

    fn percent(&self, i: usize) -> Option<Hit> {
        if !self.plain_number(i) && !self.spelled(i) {
            return None;
        }
        let j = self.grouped(i);
        if matches!(self.word(j), "%" | "％") {
            return Some((i, j + 1, EntityType::Percent));
        }
        // "3,5 Prozent", "4 procent", "3,5 процента", "10 pour cent".
        let info = self.info(j);
        if info & formats::PERCENT != 0 {
            return Some((i, j + 1, EntityType::Percent));
        }
        if info & formats::PERCENT_LEAD != 0 && self.info(j + 1) & formats::PERCENT_TAIL != 0 {
            return Some((i, j + 2, EntityType::Percent));
        }
        if self.is_word(j, "percent") || self.is_word(j, "pct") {
            let end = if self.is_word(j + 1, "points") || self.is_word(j + 1, "point") {
                j + 2
            } else {
                j + 1
            };
            return Some((i, end, EntityType::Percent));
        }
        if self.is_word(j, "per") && self.is_word(j + 1, "cent") {
            return Some((i, j + 2, EntityType::Percent));
        }
        if self.is_word(j, "percentage")
            && (self.is_word(j + 1, "points") || self.is_word(j + 1, "point"))
        {
            return Some((i, j + 2, EntityType::Percent));
        }
        None
    }

    /// "a.m.", "pm", "p.m" after a number.
    fn meridiem(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
            && matches!(self.lower(i), "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m")
    }

    fn time(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        let lower = self.lower(i);
        if self.kind(i) == Some(Kind::Number) {
            let (clock, suffix) = split_suffix(w);
            let meridiem = suffix.eq_ignore_ascii_case("am") || suffix.eq_ignore_ascii_case("pm");
            let with_zone = |end: usize| {
                if self.flags(end) & TIME_ZONE != 0 {
                    end + 1
                } else {
                    end
                }
            };
            if let Some((h, m)) = clock.split_once(':') {
                let ok = h.len() <= 2
                    && m.len() == 2
                    && h.parse::<u8>().is_ok_and(|h| h <= 24)
                    && m.parse::<u8>().is_ok_and(|m| m < 60);
                if !ok {
                    return None;
                }
                if meridiem {
                    return Some((i, with_zone(i + 1), EntityType::Time));
                }
                let end = if self.meridiem(i + 1) { i + 2 } else { i + 1 };
                return Some((i, with_zone(end), EntityType::Time));
            }
            let hour_ok =
                clock.len() <= 2 && clock.parse::<u8>().is_ok_and(|h| (1..=12).contains(&h));
            if hour_ok && meridiem {
                return Some((i, with_zone(i + 1), EntityType::Time));
            }
            if hour_ok && suffix.is_empty() && self.meridiem(i + 1) {
                return Some((i, with_zone(i + 2), EntityType::Time));
            }
            return None;
        }
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        match lower {
            "noon" | "midnight" | "tonight" | "overnight" => Some((i, i + 1, EntityType::Time)),
            "this" | "last" | "yesterday" | "tomorrow" => {
                let next = self.lower(i + 1);
                let part_of_day = matches!(next, "morning" | "afternoon" | "evening");
                let night = lower == "last" && next == "night";
                (part_of_day && lower == "this" || night).then_some((i, i + 2, EntityType::Time))
            }
            _ => None,
        }
    }

    /// A day of the month ("14", "14th") at `i`.
    fn day(&self, i: usize) -> bool {
        if self.kind(i) != Some(Kind::Number) {
            return false;
        }
        let (digits, suffix) = split_suffix(self.word(i));
        digits.len() <= 2
            && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
            && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    }

    /// A four-digit year at `i`.
    fn year(&self, i: usize) -> bool {
        let w = self.word(i);
        self.kind(i) == Some(Kind::Number)
            && w.len() == 4
            && w.parse::<u16>().is_ok_and(|y| (1000..=2100).contains(&y))
    }

    fn date(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        let kind = self.kind(i)?;
        if kind == Kind::Number {
            return self.numeric_date(i);
        }
        if kind != Kind::Word {
            return None;
        }
        let lower = self.lower(i);
        let flags = self.flags(i);
        // "early October", "mid-2025": the qualifier joins the date.
        if matches!(lower, "early" | "late" | "mid") {
            let j = if self.word(i + 1) == "-" {
                i + 2
            } else {
                i + 1
            };
            if month(self.flags(j)).is_some() || self.year(j) {
                let (_, end, kind) = self.date(j)?;
                return Some((i, end, kind));
            }
            return None;
        }
        if let Some(rest) = lower.strip_prefix("mid-") {
            if w.get(4..).is_some_and(|m| month(flags_of(m)).is_some())
                || rest
                    .parse::<u16>()
                    .is_ok_and(|y| (1000..=2100).contains(&y))
            {
                return Some((i, i + 1, EntityType::Date));
            }
        }
        if let Some(m) = month(flags) {
            // "October 14", "Sept. 30, 2023", "October 2024", "October".
            let j = i + 1;
            if self.day(j) {
                let mut end = j + 1;
                let k = if self.word(end) == "," { end + 1 } else { end };
                if self.year(k) {
                    end = k + 1;
                }
                return Some((i, end, EntityType::Date));
            }
            if self.year(j) {
                return Some((i, j + 1, EntityType::Date));
            }
            // "May", "March", "August": a month only in a date context.
            let ambiguous = matches!(m, 3 | 4 | 5 | 6 | 8) || w.ends_with('.') || w.len() <= 3;
            let prev = i.checked_sub(1).map_or("", |p| self.lower(p));
            let context = date_context(prev);
            if !ambiguous || context {
                // Not a name: "October Revolution" is a name of its own.
                let next_cap = self.kind(j) == Some(Kind::Word)
                    && self.word(j).chars().next().is_some_and(char::is_uppercase);
                if !next_cap {
                    return Some((i, j, EntityType::Date));
                }
            }
            return None;
        }
        if self.weekday(i) {
            // "Tuesday", "Tuesday, Oct. 14".
            let k = if self.word(i + 1) == "," {
                i + 2
            } else {
                i + 1
            };
            if month(self.flags(k)).is_some() {
                if let Some((_, end, EntityType::Date)) = self.date(k) {
                    if end > k + 1 {
                        return Some((i, end, EntityType::Date));
                    }
                }
            }
            return Some((i, i + 1, EntityType::Date));
        }
        match lower {
            "today" | "yesterday" | "tomorrow" => Some((i, i + 1, EntityType::Date)),
            "this" | "next" | "last" | "past" | "coming" | "previous" | "following" | "recent" => {
                let next = self.word(i + 1);
                let lower_next = self.lower(i + 1);
                if self.flags(i + 1) & TIME_UNIT != 0
                    || matches!(
                        lower_next,
                        "spring" | "summer" | "fall" | "autumn" | "winter"
                    )
                    || self.weekday(i + 1)
                    || month(self.flags(i + 1)).is_some_and(|_| !next.ends_with('.'))
                {
                    if lower == "recent" && !lower_next.ends_with('s') {
                        return None;
                    }
                    // "the previous week" keeps its article.
                    let start = if i > 0 && self.is_word(i - 1, "the") && lower != "this" {
                        i - 1
                    } else {
                        i
                    };
                    return Some((start, i + 2, EntityType::Date));
                }
                // "the past two years", "the last 10 days".
                if matches!(lower, "past" | "last" | "next" | "coming") {
                    let counted = self.plain_number(i + 1)
                        || self.spelled(i + 1)
                        || self.is_word(i + 1, "few")
                        || self.is_word(i + 1, "several");
                    if counted && self.flags(i + 2) & TIME_UNIT != 0 {
                        let start = if i > 0 && self.is_word(i - 1, "the") {
                            i - 1
                        } else {
                            i
                        };
                        return Some((start, i + 3, EntityType::Date));
                    }
                }
                None
            }
            "earlier" | "later" => (self.is_word(i + 1, "this")
                && self.flags(i + 2) & TIME_UNIT != 0)
                .then_some((i, i + 3, EntityType::Date)),
            _ => {
                // "two years ago", "three weeks".
                if self.spelled(i) {
                    return self.duration(i);
                }
                None
            }
        }
    }

    /// A day of the month in the local form at `i` ("12." in German,
    /// "1er" in French, "1º" in Spanish and Portuguese, "5"): the index
    /// past it and its marks.
    fn local_day(&self, i: usize) -> Option<usize> {
        let local = self.local?;
        if self.kind(i) != Some(Kind::Number) {
            return None;
        }
        let (digits, suffix) = split_suffix(self.word(i));
        let ok = digits.len() <= 2
            && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
            && matches!(suffix, "" | "er");
        if !ok {
            return None;
        }
        let ordinal = |k: usize| matches!(self.word(k), "º" | "ª" | "°") && self.glued(k);
        let mut k = i + 1;
        if self.word(k) == "." && self.glued(k) && (local.day_period || ordinal(k + 1)) {
            k += 1;
        }
        if ordinal(k) {
            k += 1;
        }
        Some(k)
    }

    /// A year at `k` with the word for "year" that may follow it
    /// ("2024 года", "2024 г."): the index past them.
    fn local_year(&self, k: usize) -> Option<usize> {
        if !self.year(k) {
            return None;
        }
        let end = k + 1;
        Some(if self.info(end) & formats::YEAR_WORD != 0 {
            self.past(end)
        } else {
            end
        })
    }

    /// A year after a month ending at `end`, with the small word between
    /// them ("mayo de 2024"): the index past it, or `end`.
    fn year_after(&self, end: usize) -> usize {
        let y = if self.info(end) & formats::OF != 0 {
            end + 1
        } else {
            end
        };
        self.local_year(y).unwrap_or(end)
    }

    /// A date in the local format at `i`: "12. Juni 2025", "le 3 mars
    /// 2025", "5 de mayo de 2024", "1º maggio", "5 мая 2024 года",
    /// "Juni 2025", "im Mai", "Anfang März", "lundi 3 mars", "heute".
    fn local_date(&self, i: usize) -> Option<Hit> {
        let local = self.local?;
        let t = self.tok(i)?;
        if t.kind == Kind::Number {
            if let Some(k) = self.local_day(i) {
                let at = if self.info(k) & formats::OF != 0 {
                    k + 1
                } else {
                    k
                };
                if formats::month(self.info(at)).is_some() {
                    let end = self.year_after(self.past(at));
                    return Some((i, end, EntityType::Date));
                }
            }
            return self
                .local_year(i)
                .filter(|&end| end > i + 1)
                .map(|end| (i, end, EntityType::Date));
        }
        let info = self.info(i);
        if info == 0 {
            return None;
        }
        // Capitalised inside a sentence in a language that writes these
        // words in lower case: a name ("Plaza de Mayo", "Domingo").
        let cap = self.word(i).chars().next().is_some_and(char::is_uppercase);
        let name_like = local.lower_months && cap && !t.sent_start;
        if info & formats::QUALIFIER != 0 {
            // "Anfang März", "Ende 2024", "fin mars".
            let end = match self.local_date(i + 1) {
                Some((_, end, EntityType::Date))
                    if !self.kind(i + 1).is_some_and(|k| k == Kind::Number) =>
                {
                    end
                }
                _ => self.local_year(i + 1)?,
            };
            return Some((i, end, EntityType::Date));
        }
        if info & formats::WEEKDAY != 0 {
            if name_like {
                return None;
            }
            // "Montag, 12. Juni 2025", "lundi 3 mars".
            let k = if self.word(i + 1) == "," {
                i + 2
            } else {
                i + 1
            };
            if self.kind(k) == Some(Kind::Number) {
                if let Some((_, end, EntityType::Date)) = self.local_date(k) {
                    return Some((i, end, EntityType::Date));
                }
            }
            return Some((i, i + 1, EntityType::Date));
        }
        if info & formats::RELATIVE != 0 {
            return (!cap || t.sent_start).then_some((i, i + 1, EntityType::Date));
        }
        let m = formats::month(info)?;
        if name_like {
            return None;
        }
        let after = self.past(i);
        let end = self.year_after(after);
        let abbr = info & formats::ABBR != 0;
        if end > after {
            // "Juni 2025", "mayo de 2024"; "Okt. 2024" with its period.
            return (!abbr || after > i + 1).then_some((i, end, EntityType::Date));
        }
        if abbr || (local.lower_months && cap) {
            return None;
        }
        // German "Mai" and "August" are names too: a month after "im",
        // "seit", "bis".
        let context = i
            .checked_sub(1)
            .is_some_and(|p| self.info(p) & formats::CONTEXT != 0);
        if !local.lower_months && matches!(m, 5 | 8) && !context {
            return None;
        }
        Some((i, i + 1, EntityType::Date))
    }

    /// A number with a Chinese or Japanese unit glued to it: "6,100人",
    /// "1935.3克", "300万元", "2024年5月3日".
    fn cjk(&self, i: usize) -> Option<Hit> {
        if !self.plain_number(i) {
            return None;
        }
        let (len, kind) = self.cjk_unit(i + 1)?;
        let mut j = i + 1;
        if kind == EntityType::Date {
            // "2024年5月3日": whole unit tokens, each followed by a number.
            while self.word(j).len() == len
                && self.plain_number(j + 1)
                && self.glued(j + 1)
                && self
                    .cjk_unit(j + 2)
                    .is_some_and(|(_, k)| k == EntityType::Date)
            {
                j += 2;
            }
        }
        Some((i, j + 1, kind))
    }

    /// The unit glued at the start of token `j` after a number: its
    /// length in bytes and the kind it makes (a Han character, or a
    /// magnitude and a currency: "万元", "美元").
    fn cjk_unit(&self, j: usize) -> Option<(usize, EntityType)> {
        if self.kind(j) != Some(Kind::Word) || !self.glued(j) {
            return None;
        }
        let mut chars = self.word(j).chars().peekable();
        let mut c = *chars.peek()?;
        if !is_han(c) {
            return None;
        }
        let mut len = 0;
        if matches!(c, '万' | '萬' | '亿' | '億' | '千' | '百') {
            len += c.len_utf8();
            chars.next();
            match chars.peek() {
                Some(&n) if is_han(n) => c = n,
                _ => return Some((len, EntityType::Number)),
            }
        }
        if matches!(c, '元' | '円' | '圆' | '块') {
            return Some((len + c.len_utf8(), EntityType::Money));
        }
        chars.next();
        if matches!(c, '美' | '日' | '欧' | '歐' | '英' | '港') {
            if let Some(&n) = chars
                .peek()
                .filter(|n| matches!(n, '元' | '円' | '圆' | '镑' | '鎊'))
            {
                return Some((len + c.len_utf8() + n.len_utf8(), EntityType::Money));
            }
        }
        if len == 0 && matches!(c, '年' | '月' | '日' | '号' | '號') {
            return Some((c.len_utf8(), EntityType::Date));
        }
        // Words that join numbers are no units: "3至5", "3和4".
        if matches!(c, '的' | '和' | '至' | '到' | '或' | '与' | '與' | '及') {
            return (len > 0).then_some((len, EntityType::Number));
        }
        Some((len + c.len_utf8(), EntityType::Number))
    }

    /// "two years", "10 days ago" at `i` (the count): a date; "30
    /// minutes", "two hours ago": a time.
    fn duration(&self, i: usize) -> Option<Hit> {
        let unit = self.lower(i + 1);
        let kind = if short_time_unit(unit) {
            EntityType::Time
        } else if self.flags(i + 1) & TIME_UNIT == 0 || unit == "quarter" || unit == "season" {
            return None;
        } else {
            EntityType::Date
        };
        let end = if self.is_word(i + 2, "ago") {
            i + 3
        } else {
            i + 2
        };
        Some((i, end, kind))
    }

    /// What a unit of time at `k` makes of the count before it, in English
    /// or in the text's language: a time below a day ("minutes",
    /// "Minuten"), a date from a day up ("years", "Jahre"; not "quarter"
    /// or "season").
    fn time_unit_kind(&self, k: usize) -> Option<EntityType> {
        let unit = self.lower(k);
        let local = self.info(k);
        if short_time_unit(unit) || local & formats::SHORT_DURATION != 0 {
            Some(EntityType::Time)
        } else if (self.flags(k) & TIME_UNIT != 0 && !matches!(unit, "quarter" | "season"))
            || local & formats::DURATION != 0
        {
            Some(EntityType::Date)
        } else {
            None
        }
    }

    /// A count and a unit in the text's language: "3 Jahre", "deux
    /// semaines" are dates, "80 Minuten", "2 heures" times, "1400 metri" a
    /// quantity (and no year).
    fn local_duration(&self, i: usize) -> Option<Hit> {
        self.local?;
        if !self.plain_number(i) {
            return None;
        }
        let n = self.grouped(i);
        let info = self.info(n);
        let kind = if info & formats::SHORT_DURATION != 0 {
            EntityType::Time
        } else if info & formats::MEASURE != 0 {
            EntityType::Number
        } else if info & formats::DURATION != 0 {
            EntityType::Date
        } else {
            return None;
        };
        Some((i, self.past(n), kind))
    }

    /// "°C", "°F" or a bare "°" after a number ("200°C", "175 °C"): the
    /// index past it, or `end` when there is none.
    fn degrees(&self, end: usize) -> usize {
        if self.word(end) != "°" {
            return end;
        }
        // "180 °C." at the end of a sentence: the scale took the period.
        let scale = self.glued(end + 1)
            && matches!(self.word(end + 1), "C" | "F" | "K" | "C." | "F." | "K.");
        if scale {
            end + 2
        } else {
            end + 1
        }
    }

    /// A telephone number, as one span: "+44 20 7946 0958", "(614)
    /// 555-0199", "1 614 555-0142": groups of digits, 9 to 15 in all,
    /// each group after the first of 2 to 4 digits and the last of 3 or 4.
    fn phone(&self, i: usize) -> Option<Hit> {
        let punct = |k: usize, p: &str| self.kind(k) == Some(Kind::Punct) && self.word(k) == p;
        let digits_only = |k: usize| {
            self.kind(k) == Some(Kind::Number)
                && self
                    .word(k)
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-')
        };
        let mut groups: Vec<usize> = Vec::new();
        let mut k = i;
        let opener = if punct(i, "+") && digits_only(i + 1) && self.glued(i + 1) {
            k = i + 1;
            true
        } else if punct(i, "(") && digits_only(i + 1) && punct(i + 2, ")") {
            groups.push(self.word(i + 1).len());
            k = i + 3;
            true
        } else {
            false
        };
        let start_groups = groups.len();
        while digits_only(k) {
            groups.extend(self.word(k).split('-').map(str::len));
            k += 1;
            let spaced = self.tok(k).is_some_and(|t| t.space_before);
            if !spaced || groups.len() > 6 {
                break;
            }
        }
        let digits: usize = groups.iter().sum();
        let last = groups.last().copied().unwrap_or(0);
        let ok = k > i + usize::from(opener)
            && groups.len() >= 3
            && (9..=15).contains(&digits)
            && groups.iter().skip(1).all(|g| (2..=4).contains(g))
            && (3..=4).contains(&last)
            && groups.first().is_some_and(|&g| g <= 4)
            && (opener || groups.len() > start_groups + 2)
            // "1 000 000 000": thousands, where digits are grouped so.
            && !(self.local.is_some()
                && !opener
                && groups.first().is_some_and(|&g| g <= 3)
                && groups.iter().skip(1).all(|&g| g == 3));
        ok.then_some((i, k, EntityType::Number))
    }

    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        let (body, suffix) = split_suffix(w);
        // "11/26/2025", "26/11/25", and "11/26" after "on".
        if body.contains('/') {
            let parts: Vec<&str> = body.split('/').collect();
            let nums: Vec<u16> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if nums.len() != parts.len() || !suffix.is_empty() {
                return None;
            }
            let ok = match nums.as_slice() {
                [a, b, _] => {
                    let y_len = parts.get(2).map_or(0, |p| p.len());
                    // Day first outside English: "3/5/2024" is 3 May.
                    let month_day =
                        self.local.is_none() && (1..=12).contains(a) && (1..=31).contains(b);
                    (month_day || (1..=31).contains(a) && (1..=12).contains(b))
                        && (y_len == 2 || y_len == 4)
                }
                [a, b] => {
                    let prev = i.checked_sub(1).map_or("", |p| self.lower(p));
                    (1..=12).contains(a)
                        && (1..=31).contains(b)
                        && matches!(prev, "on" | "since" | "until" | "by")
                }
                _ => false,
            };
            return ok.then_some((i, i + 1, EntityType::Date));
        }
        // "12.06.2025", "3.5.2024", and "12.06.25" in a language that
        // writes dates so.
        if body.contains('.') {
            let parts: Vec<&str> = body.split('.').collect();
            let ok = match parts.as_slice() {
                [d, m, y] => {
                    let two = |p: &str| p.len() == 2;
                    d.len() <= 2
                        && m.len() <= 2
                        && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
                        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                        && (y.len() == 4
                            && y.parse::<u16>().is_ok_and(|y| (1000..=2100).contains(&y))
                            || self.local.is_some()
                                && two(d)
                                && two(m)
                                && two(y)
                                && y.bytes().all(|b| b.is_ascii_digit()))
                }
                _ => false,
            };
            if ok && suffix.is_empty() {
                return Some((i, i + 1, EntityType::Date));
            }
        }
        // "10-year", "45-year-old".
        if let Some((count, unit)) = self.lower(i).split_once('-') {
            if unit.starts_with(|c: char| c.is_ascii_alphabetic()) {
                // An age ("22-year-old") is a number, not a date.
                let age = unit.ends_with("-old");
                let short = short_time_unit(unit);
                let time = lower_flags(unit) & TIME_UNIT != 0 || age || short;
                let kind = if age {
                    EntityType::Number
                } else if short {
                    EntityType::Time
                } else {
                    EntityType::Date
                };
                return (count.parse::<u32>().is_ok() && time).then_some((i, i + 1, kind));
            }
        }
        // "2025-11-26" and year ranges "2019-2020", "2020-21".
        if body.contains('-') {
            let parts: Vec<&str> = body.split('-').collect();
            let years = |p: &str| {
                p.len() == 4 && p.parse::<u16>().is_ok_and(|y| (1000..=2100).contains(&y))
            };
            let ok = match parts.as_slice() {
                [y, m, d] => {
                    years(y)
                        && m.len() == 2
                        && d.len() == 2
                        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                }
                [a, b] => years(a) && (years(b) || (b.len() == 2 && b.parse::<u8>().is_ok())),
                _ => false,
            };
            return (ok && suffix.is_empty()).then_some((i, i + 1, EntityType::Date));
        }
        // "1990s" and "the 1990s".
        if suffix == "s"
            && body.len() == 4
            && body.ends_with('0')
            && body
                .parse::<u16>()
                .is_ok_and(|y| (1000..=2100).contains(&y))
        {
            let start = if i > 0 && self.is_word(i - 1, "the") {
                i - 1
            } else {
                i
            };
            return Some((start, i + 1, EntityType::Date));
        }
        // "14 October 2025".
        if self.day(i)
            && month(self.flags(i + 1))
                .is_some_and(|_| !self.word(i + 1).ends_with('.') || self.word(i + 1).len() > 2)
        {
            let end = if self.year(i + 2) { i + 3 } else { i + 2 };
            return Some((i, end, EntityType::Date));
        }
        if self.plain_number(i)
            && (self.flags(i + 1) & TIME_UNIT != 0 || short_time_unit(self.lower(i + 1)))
        {
            return self.duration(i);
        }
        if self.year(i) {
            let next = self.word(i + 1);
            let next_kind = self.kind(i + 1);
            let counted_noun = next_kind == Some(Kind::Word)
                && next.len() > 3
                && next.ends_with('s')
                && next.chars().next().is_some_and(char::is_lowercase);
            let amount = self.flags(i + 1) & (MAGNITUDE | UNIT | CURRENCY_WORD) != 0
                || next == "%"
                || self.is_word(i + 1, "percent");
            if !counted_noun && !amount && !self.round_count(i) {
                return Some((i, i + 1, EntityType::Date));
            }
        }
        None
    }

    /// A round four-digit number that counts the word after it ("a 2000
    /// calorie diet", "1400 Dateien", "более 1200 добровольцев"): no year.
    ///
    /// People round counts, while only one year in a hundred is a round
    /// one, so only multiples of 100 are read so. The word after must be
    /// a noun as far as the text shows it: not a stop word, not a word
    /// for a year or a span of time, in lower case (capitalised in German,
    /// which capitalises nouns and writes the verb after a year in lower
    /// case: "2000 wurden"). And nothing before may make it a year: a
    /// preposition or determiner of dates ("in", "the", "seit", "nel"),
    /// a possessive ("Spain's 2000 victory", "her 2000 album"), a name
    /// ("Windows 2000"), a range ("1300 – 1400"), or, in Dutch, the start
    /// of the sentence, where the verb follows the year ("2000 kwam").
    fn round_count(&self, i: usize) -> bool {
        let (Some(t), Some(next)) = (self.tok(i), self.tok(i + 1)) else {
            return false;
        };
        let round = self.word(i).parse::<u16>().is_ok_and(|n| n % 100 == 0);
        // Languages with a stop list that write spaces between words; a
        // number glued to what is before it ("30030–1000") or a word after
        // a tab or line break (a table's next cell) is not read so.
        let spaced = self.lang.is_supported() && !self.lang.is_cjk();
        let gap = self.text.get(t.end..next.start).unwrap_or("");
        if !round
            || !spaced
            || next.kind != Kind::Word
            || !matches!(gap, " " | "\u{a0}")
            || (i > 0 && !t.space_before)
        {
            return false;
        }
        let german = self.lang == Lang::De;
        let w = self.word(i + 1);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let lower = self.lower(i + 1);
        let info = self.info(i + 1);
        // "1200 v. Chr.", "1000 a. C.": an abbreviation, no noun.
        let abbreviation = w.chars().count() <= 2 && self.word(i + 2) == "." && self.glued(i + 2);
        let noun = cap == german
            && !abbreviation
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && month(next.flags).is_none()
            && next.flags & (TIME_UNIT | TIME_ZONE) == 0
            && info & (formats::YEAR_WORD | formats::DURATION | formats::RELATIVE) == 0
            // English: the lexicon's stop flag, not the summary's stop
            // table, which entities alone would build for this.
            && if self.lang == Lang::En {
                next.flags & STOP == 0
            } else {
                !StopWords::for_lang(self.lang).is_some_and(|s| s.contains(lower))
            };
        if !noun {
            return false;
        }
        if t.sent_start {
            return self.lang != Lang::Nl;
        }
        let Some(p) = i.checked_sub(1).and_then(|p| self.tok(p)) else {
            return true;
        };
        let pw = p.text(self.text);
        match p.kind {
            Kind::Possessive => false,
            Kind::Punct => !matches!(pw, "-" | "–" | "—" | "/"),
            Kind::Number => true,
            Kind::Word => {
                let prev = self.lower(i - 1);
                let name = !p.sent_start && pw.chars().next().is_some_and(char::is_uppercase);
                let local_cue = self.info(i - 1)
                    & (formats::CONTEXT | formats::OF | formats::DURATION | formats::YEAR_WORD)
                    != 0;
                let english_cue = date_context(prev)
                    || matches!(
                        prev,
                        "the" | "at" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
                    );
                !(name || local_cue || english_cue || prev.ends_with("'s"))
            }
        }
    }

    fn number(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        match self.kind(i)? {
            Kind::Number => {
                let (body, suffix) = split_suffix(w);
                // "45-50 minutes", "2-3 Jahre": a range of a unit of time.
                let range = w.contains('-')
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | ','));
                if let Some(kind) = range.then(|| self.time_unit_kind(i + 1)).flatten() {
                    return Some((i, self.past(i + 1), kind));
                }
                // "28-point", "two-thirds" handled as one token.
                if let Some((count, _unit)) = w.split_once('-') {
                    if count
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                        && !count.is_empty()
                    {
                        return Some((i, i + 1, EntityType::Number));
                    }
                    // "10-15": a range.
                    if w.chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | ','))
                    {
                        return Some((i, i + 1, EntityType::Number));
                    }
                    return None;
                }
                if matches!(suffix, "st" | "nd" | "rd" | "th")
                    || body.contains(':')
                    || body.contains('/')
                {
                    return None;
                }
                if !is_number(body) {
                    return None;
                }
                if !suffix.is_empty() && !is_magnitude(suffix) {
                    return None;
                }
                // A number inside a name ("Boeing 737", "Apollo 11").
                if let Some(p) = i.checked_sub(1).and_then(|p| self.tok(p)) {
                    let pw = p.text(self.text);
                    let capital =
                        p.kind == Kind::Word && pw.chars().next().is_some_and(char::is_uppercase);
                    if capital
                        && !p.sent_start
                        && month(p.flags).is_none()
                        && !self.weekday(i - 1)
                        && pw != "No."
                        && !pw.ends_with('.')
                    {
                        return None;
                    }
                }
                let n = self.grouped(i);
                if n == i + 1 && self.cjk_unit(n).is_some() {
                    // "6,100人", "1935.3克": the unit is part of the number.
                    return Some((i, n + 1, EntityType::Number));
                }
                let mut end = self.degrees(self.after_magnitude(n));
                if self.flags(end) & UNIT != 0 {
                    end += 1;
                    // "80 km/h", "9.8 m/s", "5 L/min": a rate is one unit.
                    let per = self.word(end) == "/"
                        && self.glued(end)
                        && self.glued(end + 1)
                        && self.kind(end + 1) == Some(Kind::Word)
                        && (1..=3).contains(&self.word(end + 1).chars().count());
                    if per {
                        end += 2;
                    }
                }
                Some((i, end, EntityType::Number))
            }
            Kind::Word => {
                if self.spelled(i) {
                    let mut end = self.after_magnitude(i + 1);
                    if self.flags(end) & UNIT != 0 && end == i + 1 {
                        end += 1;
                    }
                    return Some((i, end, EntityType::Number));
                }
                let lower = self.lower(i);
                if matches!(
                    lower,
                    "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "tens"
                ) && self.is_word(i + 1, "of")
                {
                    // "hundreds of thousands", "tens of millions"; a bare
                    // "billions of" or "dozens of" counts nothing exact.
                    if matches!(self.lower(i + 2), "thousands" | "millions" | "billions") {
                        return Some((i, i + 3, EntityType::Number));
                    }
                    return None;
                }
                None
            }
            _ => None,
        }
    }
}

/// An English word before a month or year that makes it a date ("in
/// May", "since 2000").
fn date_context(prev: &str) -> bool {
    matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "through"
            | "from"
            | "during"
            | "before"
            | "after"
            | "on"
            | "throughout"
            | "between"
            | "and"
            | "to"
            | "-"
    )
}

impl Scan<'_> {
    /// A cheap test run before the scanners: can token `i` start a match?
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        // The word is sliced out of the text only where a test needs it:
        // this runs for every token.
        let w = || t.text(self.text);
        match t.kind {
            Kind::Number => true,
            Kind::Punct => w().chars().next().is_some_and(is_currency_symbol),
            Kind::Possessive => false,
            Kind::Word => {
                t.flags & (STARTER | SPELLED | CURRENCY_PREFIX) != 0
                    || month(t.flags).is_some()
                    || (t.flags & WEEKDAY != 0 && t.end - t.start > 3)
                    || (t.end - t.start <= 2 && self.word(i + 1) == "$")
                    || (self.text.as_bytes().get(t.start + 3) == Some(&b'-')
                        && w().get(..4).is_some_and(|p| p.eq_ignore_ascii_case("mid-")))
                    || (self.local.is_some() && t.flags & LOCAL_START != 0)
            }
        }
    }
}

impl Scan<'_> {
    /// Where a match starting at token `first` starts: "約" ("about")
    /// glued before a number joins it ("約6,100人").
    fn start_byte(&self, first: usize, t: &Token) -> usize {
        let prev = first.checked_sub(1).and_then(|p| self.tok(p));
        match prev {
            Some(p)
                if t.kind == Kind::Number
                    && !t.space_before
                    && p.kind == Kind::Word
                    && (p.text(self.text).ends_with('約') || p.text(self.text).ends_with('约')) =>
            {
                t.start - '約'.len_utf8()
            }
            _ => t.start,
        }
    }

    /// Where a match whose last token is `last` (token `t`) ends: a
    /// Chinese or Japanese unit is cut from the word it is glued to.
    fn end_byte(&self, first: usize, last: usize, t: &Token) -> usize {
        if last > first {
            if let Some((len, _)) = self.cjk_unit(last) {
                return t.start + len;
            }
            // "180 °C.": the sentence's period is not the amount's.
            if self.word(last - 1) == "°" && t.text(self.text).ends_with('.') {
                return t.end - 1;
            }
        }
        t.end
    }
}

/// A unit of time shorter than a day, in English ("minutes", "hrs").
fn short_time_unit(lower: &str) -> bool {
    matches!(
        lower,
        "hour"
            | "hours"
            | "hr"
            | "hrs"
            | "minute"
            | "minutes"
            | "min"
            | "mins"
            | "second"
            | "seconds"
            | "secs"
    )
}

/// A Han character (Chinese, and Japanese kanji).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Splits trailing ASCII letters off a number token: "7th" → ("7", "th").
fn split_suffix(w: &str) -> (&str, &str) {
    let body = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (body, &w[body.len()..])
}

/// A number written "216,000", "4.2", "1,234.5", "1.000.000" or "3,5":
/// digits and separators with a digit at each end, where a separator
/// that comes more than once groups thousands (the other one then comes
/// at most once, as the decimal mark). Which one is the decimal mark
/// depends on the language; the shape is the same.
/// (Only the shape matters here: no value is ever needed, and parsing an
/// `f64` would pull the float parser and its tables into the wasm module.)
fn is_number(s: &str) -> bool {
    let b = s.as_bytes();
    let count = |sep: u8| b.iter().filter(|&&c| c == sep).count();
    let shape = b.first().is_some_and(u8::is_ascii_digit)
        && b.last().is_some_and(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.');
    if !shape {
        return false;
    }
    if count(b'.') <= 1 {
        return true;
    }
    // "1.000.000", "1.234.567,89": dots group thousands.
    let int = s.split(',').next().unwrap_or("");
    count(b',') <= 1 && int.split('.').skip(1).all(|g| g.len() == 3)
}

/// Finds the numeric and time entities in a text in `lang`; marks their
/// tokens in `claimed`.
pub(crate) fn scan(text: &str, tokens: &Tokens, claimed: &mut [bool], lang: Lang) -> Vec<Found> {
    let scan = Scan {
        text,
        tokens,
        local: formats::formats(lang),
        lang,
    };
    let tokens = &tokens.list;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((first, end, kind)) = scan
            .phone(i)
            .filter(|&(a, b, _)| (a..b).all(|k| !claimed.get(k).copied().unwrap_or(true)))
        {
            if let (Some(a), Some(b)) = (tokens.get(first), tokens.get(end - 1)) {
                out.push(Found::new(a.start, b.end, kind));
            }
            for c in claimed.iter_mut().take(end).skip(first) {
                *c = true;
            }
            i = end;
            continue;
        }
        if claimed.get(i).copied().unwrap_or(true)
            || !scan.may_start(i)
            || tokens.get(i).is_some_and(|t| {
                t.kind == Kind::Punct
                    && !t.text(text).chars().next().is_some_and(is_currency_symbol)
            })
        {
            i += 1;
            continue;
        }
        let hit = scan
            .cjk(i)
            .or_else(|| scan.money(i))
            .or_else(|| scan.percent(i))
            .or_else(|| scan.time(i))
            .or_else(|| scan.local_duration(i))
            .or_else(|| scan.local_date(i))
            .or_else(|| scan.date(i))
            .or_else(|| scan.number(i));
        match hit {
            Some((first, end, kind))
                if end > first
                    && (first..end).all(|k| !claimed.get(k).copied().unwrap_or(true)) =>
            {
                if let (Some(a), Some(b)) = (
                    tokens.get(first),
                    end.checked_sub(1).and_then(|e| tokens.get(e)),
                ) {
                    out.push(Found::new(
                        scan.start_byte(first, a),
                        scan.end_byte(first, end - 1, b),
                        kind,
                    ));
                }
                for c in claimed.iter_mut().take(end).skip(first) {
                    *c = true;
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn found(text: &str) -> Vec<(&str, EntityType)> {
        found_in(text, Lang::En)
    }

    fn found_in(text: &str, lang: Lang) -> Vec<(&str, EntityType)> {
        let tokens = tokenize(text);
        let mut claimed = vec![false; tokens.list.len()];
        scan(text, &tokens, &mut claimed, lang)
            .iter()
            .map(|f| (&text[f.start..f.end], f.kind))
            .collect()
    }

    use EntityType::*;

    #[test]
    fn money_keeps_its_full_span() {
        assert_eq!(
            found("a nearly $1 million penalty"),
            [("$1 million", Money)]
        );
        assert_eq!(
            found("$4.2 billion and £600m and US$5 and €3.5bn"),
            [
                ("$4.2 billion", Money),
                ("£600m", Money),
                ("US$5", Money),
                ("€3.5bn", Money)
            ]
        );
        assert_eq!(
            found("5 million dollars, 100 euros, two dollars"),
            [
                ("5 million dollars", Money),
                ("100 euros", Money),
                ("two dollars", Money)
            ]
        );
        assert_eq!(found("a $75 million fine"), [("$75 million", Money)]);
    }

    #[test]
    fn durations_and_temperatures_keep_their_unit() {
        assert_eq!(
            found("bake at 180 °C for 30 minutes, then 200°C for 45-50 minutes. Not 90 °C."),
            [
                ("180 °C", Number),
                ("30 minutes", Time),
                ("200°C", Number),
                ("45-50 minutes", Time),
                ("90 °C", Number)
            ]
        );
        assert_eq!(
            found("a 30-minute walk, two hours ago, 2-3 years and scores of 10-15"),
            [
                ("30-minute", Time),
                ("two hours ago", Time),
                ("2-3 years", Date),
                ("10-15", Number)
            ]
        );
        assert_eq!(
            found_in(
                "etwa 80 Minuten backen, nach 2 Stunden, vor 3 Jahren",
                Lang::De
            ),
            [
                ("80 Minuten", Time),
                ("2 Stunden", Time),
                ("3 Jahren", Date)
            ]
        );
        assert_eq!(
            found_in("il y a 3 ans, pendant 20 heures", Lang::Fr),
            [("3 ans", Date), ("20 heures", Time)]
        );
        assert_eq!(
            found_in("neve a 1400 metri, poi 1200 m", Lang::It),
            [("1400 metri", Number), ("1200 m", Number)]
        );
        assert_eq!(
            found_in("он ждал 5 лет и 20 минут", Lang::Ru),
            [("5 лет", Date), ("20 минут", Time)]
        );
    }

    #[test]
    fn round_counts_before_a_noun_are_no_years() {
        assert_eq!(found("a 1500 calorie meal"), [("1500", Number)]);
        assert_eq!(found("about 1200 volunteers came"), [("1200", Number)]);
        // A date word, a determiner, a possessive or a name before it.
        assert_eq!(found("in 1800 cholera struck"), [("1800", Date)]);
        assert_eq!(found("the 2000 election"), [("2000", Date)]);
        assert_eq!(found("her 1900 novel"), [("1900", Date)]);
        assert_eq!(
            found("the Vega 1700 engines"),
            Vec::<(&str, EntityType)>::new()
        );
        // Not round, or a function word after it.
        assert_eq!(found("a 1987 calorie meal"), [("1987", Date)]);
        assert_eq!(found("he left 2000 and came back"), [("2000", Date)]);
        // German capitalises the noun and writes a verb in lower case.
        assert_eq!(
            found_in("Sie kaufte etwa 1300 Bücher.", Lang::De),
            [("1300", Number)]
        );
        assert_eq!(
            found_in("Um 1300 entstand die Burg.", Lang::De),
            [("1300", Date)]
        );
        assert_eq!(
            found_in("Le club compte 1100 membres.", Lang::Fr),
            [("1100", Number)]
        );
        assert_eq!(
            found_in("rond 1200 v. Chr. ontstond", Lang::Nl),
            [("1200", Date)]
        );
        // Dutch puts the verb after a year that opens the sentence.
        assert_eq!(
            found_in("2000 bracht een nieuw album.", Lang::Nl),
            [("2000", Date)]
        );
    }

    #[test]
    fn dates_absolute_and_relative() {
        assert_eq!(found("11/26/2025"), [("11/26/2025", Date)]);
        assert_eq!(found("the October 14 call"), [("October 14", Date)]);
        assert_eq!(found("on Sept. 30, 2023, then"), [("Sept. 30, 2023", Date)]);
        assert_eq!(
            found("travel next week and today"),
            [("next week", Date), ("today", Date)]
        );
        assert_eq!(
            found("back in October, the 2020 election"),
            [("October", Date), ("2020", Date)]
        );
        assert_eq!(found("Theresa May said in May"), [("May", Date)]);
        assert_eq!(
            found("on Tuesday, Oct. 14, 2025"),
            [("Tuesday, Oct. 14, 2025", Date)]
        );
        assert_eq!(
            found("14 October 2025 and the 1990s"),
            [("14 October 2025", Date), ("the 1990s", Date)]
        );
        assert_eq!(
            found("two years ago, in the past three months"),
            [("two years ago", Date), ("the past three months", Date)]
        );
        assert_eq!(
            found("from the previous week"),
            [("the previous week", Date)]
        );
    }

    #[test]
    fn times_percents_numbers() {
        assert_eq!(
            found("at 9 a.m. ET and 10:30 p.m. or 7pm"),
            [("9 a.m. ET", Time), ("10:30 p.m.", Time), ("7pm", Time)]
        );
        assert_eq!(
            found("this morning and last night"),
            [("this morning", Time), ("last night", Time)]
        );
        assert_eq!(
            found("rose 5% or 3.5 percent, 2 percentage points"),
            [
                ("5%", Percent),
                ("3.5 percent", Percent),
                ("2 percentage points", Percent)
            ]
        );
        assert_eq!(
            found("216,000 Americans and a 28-point plan"),
            [("216,000", Number), ("28-point", Number)]
        );
        assert_eq!(
            found("1.5 million people walked 5 km with three friends"),
            [("1.5 million", Number), ("5 km", Number), ("three", Number)]
        );
        assert_eq!(found("Tennessee's 7th district, Boeing 737"), []);
    }

    #[test]
    fn german_dates_amounts_and_percentages() {
        let de = |t| found_in(t, Lang::De);
        assert_eq!(
            de("Am 12. Juni 2025 stieg der Gewinn um 3,5 % auf 1.000.000 €."),
            [
                ("12. Juni 2025", Date),
                ("3,5 %", Percent),
                ("1.000.000 €", Money)
            ]
        );
        assert_eq!(
            de("Der Umsatz wuchs um 3,5 Prozent auf 2,5 Milliarden Euro, der Verlust lag bei 3 Mio. Euro."),
            [
                ("3,5 Prozent", Percent),
                ("2,5 Milliarden Euro", Money),
                ("3 Mio. Euro", Money)
            ]
        );
        assert_eq!(
            de("Rund 4 Millionen Menschen kamen, 1.234.567,89 gezählt."),
            [("4 Millionen", Number), ("1.234.567,89", Number)]
        );
        assert_eq!(
            de("Montag, 1. Januar 2024 und Anfang März, im Mai, seit Okt. 2023."),
            [
                ("Montag, 1. Januar 2024", Date),
                ("Anfang März", Date),
                ("Mai", Date),
                ("Okt. 2023", Date)
            ]
        );
        // "August" and "Mai" are names too: a month only in a date context.
        assert_eq!(de("August Bebel sprach mit Karl Mai."), []);
        assert_eq!(
            de("Der Vertrag vom 12.06.2025 gilt ab 3/5/2024."),
            [("12.06.2025", Date), ("3/5/2024", Date)]
        );
    }

    #[test]
    fn day_first_slash_dates_outside_english() {
        assert_eq!(found_in("ab 13/5/2024", Lang::De), [("13/5/2024", Date)]);
        assert!(found_in("ab 5/13/2024", Lang::De)
            .iter()
            .all(|&(_, k)| k != Date));
        assert_eq!(found("on 5/13/2024"), [("5/13/2024", Date)]);
        assert_eq!(found_in("le 12.06.25", Lang::Fr), [("12.06.25", Date)]);
        // English keeps "12.06.2025" a date, but not a version number.
        assert_eq!(found("on 12.06.2025"), [("12.06.2025", Date)]);
        assert!(found("version 2.0.1").iter().all(|&(_, k)| k != Date));
    }

    #[test]
    fn french_dates_amounts_and_grouped_thousands() {
        let fr = |t| found_in(t, Lang::Fr);
        assert_eq!(
            fr("Le 3 mars 2025, la ville comptait 3 000 habitants."),
            [("3 mars 2025", Date), ("3 000", Number)]
        );
        // No-break and narrow no-break spaces group thousands too.
        assert_eq!(
            fr("soit 3\u{a0}000 et 1\u{202f}000\u{202f}000 personnes"),
            [("3\u{a0}000", Number), ("1\u{202f}000\u{202f}000", Number)]
        );
        assert_eq!(
            fr("une dette de 2,5 millions d'euros, en hausse de 10 pour cent et de 3,5 %"),
            [
                ("2,5 millions d'euros", Money),
                ("10 pour cent", Percent),
                ("3,5 %", Percent)
            ]
        );
        assert_eq!(
            fr("le 1er janvier, lundi 3 mars, en mai et 3 000 € le 12 févr. 2024"),
            [
                ("1er janvier", Date),
                ("lundi 3 mars", Date),
                ("mai", Date),
                ("3 000 €", Money),
                ("12 févr. 2024", Date)
            ]
        );
        // A billion is no telephone number where digits are grouped so.
        assert_eq!(fr("1 000 000 000 euros"), [("1 000 000 000 euros", Money)]);
        // "Mars" capitalised inside a sentence is the planet.
        assert_eq!(fr("La sonde vers Mars partira."), []);
    }

    #[test]
    fn spanish_italian_portuguese_dates_and_amounts() {
        let es = |t| found_in(t, Lang::Es);
        assert_eq!(
            es("El 5 de mayo de 2024 el banco ganó 300 millones de dólares, un 4,5 por ciento más."),
            [
                ("5 de mayo de 2024", Date),
                ("300 millones de dólares", Money),
                ("4,5 por ciento", Percent)
            ]
        );
        assert_eq!(
            es("el 1º de mayo, en mayo de 2024, 3 mil millones de euros"),
            [
                ("1º de mayo", Date),
                ("mayo de 2024", Date),
                ("3 mil millones de euros", Money)
            ]
        );
        assert_eq!(es("Marcharon en la Plaza de Mayo."), []);
        let it = |t| found_in(t, Lang::It);
        assert_eq!(
            it("Il 1º maggio 2023 la società ha perso 12 milioni di euro, il 3 per cento."),
            [
                ("1º maggio 2023", Date),
                ("12 milioni di euro", Money),
                ("3 per cento", Percent)
            ]
        );
        let pt = |t| found_in(t, Lang::Pt);
        assert_eq!(
            pt("O banco lucrou 5 milhões de reais em 5 de maio de 2024, alta de 3,5 por cento."),
            [
                ("5 milhões de reais", Money),
                ("5 de maio de 2024", Date),
                ("3,5 por cento", Percent)
            ]
        );
    }

    #[test]
    fn dutch_and_russian_dates_and_amounts() {
        let nl = |t| found_in(t, Lang::Nl);
        assert_eq!(
            nl("De omzet steeg op 5 mei 2024 met 3,5 procent tot 2 miljoen euro."),
            [
                ("5 mei 2024", Date),
                ("3,5 procent", Percent),
                ("2 miljoen euro", Money)
            ]
        );
        // English number words are no numbers in Dutch: "ten" is "at the".
        assert_eq!(nl("ten noorden van de stad"), []);
        let ru = |t| found_in(t, Lang::Ru);
        assert_eq!(
            ru("Компания получила 5 млн рублей 5 мая 2024 года, рост на 3,5 процента."),
            [
                ("5 млн рублей", Money),
                ("5 мая 2024 года", Date),
                ("3,5 процента", Percent)
            ]
        );
        assert_eq!(
            ru("в мае прибыль составила 2 млрд руб., в 2023 г. 300 тыс. долларов и 1 500 ₽"),
            [
                ("мае", Date),
                ("2 млрд руб.", Money),
                ("2023 г.", Date),
                ("300 тыс. долларов", Money),
                ("1 500 ₽", Money)
            ]
        );
    }

    #[test]
    fn chinese_and_japanese_units_stay_with_their_number() {
        assert_eq!(
            found_in(
                "会場には約6,100人が集まり、重さは1935.3克だった。",
                Lang::Ja
            ),
            [("約6,100人", Number), ("1935.3克", Number)]
        );
        assert_eq!(
            found_in("2024年5月3日，公司收入300万元，增长50%。", Lang::Zh),
            [("2024年5月3日", Date), ("300万元", Money), ("50%", Percent)]
        );
        assert_eq!(
            found_in("第3至5条", Lang::Zh),
            [("3", Number), ("5条", Number)]
        );
    }

    #[test]
    fn currency_symbols_and_codes_before_or_after() {
        assert_eq!(
            found_in("EUR 5, 5 EUR, € 1.500, 1.500 € und 300 ₽", Lang::De),
            [
                ("EUR 5", Money),
                ("5 EUR", Money),
                ("€ 1.500", Money),
                ("1.500 €", Money),
                ("300 ₽", Money)
            ]
        );
        assert_eq!(
            found_in("₽ 300 и 300 руб. и 2 тыс. евро", Lang::Ru),
            [
                ("₽ 300", Money),
                ("300 руб.", Money),
                ("2 тыс. евро", Money)
            ]
        );
    }

    #[test]
    fn relative_dates_and_other_percent_words() {
        for (lang, text, want) in [
            (Lang::De, "heute", "heute"),
            (Lang::Fr, "arrivé hier soir", "hier"),
            (Lang::Es, "llegó hoy", "hoy"),
            (Lang::It, "arrivato ieri", "ieri"),
            (Lang::Nl, "vandaag aangekomen", "vandaag"),
            (Lang::Pt, "chegou hoje", "hoje"),
            (Lang::Ru, "приехал вчера", "вчера"),
        ] {
            assert_eq!(found_in(text, lang), [(want, Date)], "{text}");
        }
        assert_eq!(
            found_in("um 2 Prozentpunkte", Lang::De),
            [("2 Prozentpunkte", Percent)]
        );
        assert_eq!(
            found_in("il 3 percento", Lang::It),
            [("3 percento", Percent)]
        );
        // "Hier" capitalised inside a sentence is no date in French.
        assert_eq!(found_in("le bar Chez Hier ferme", Lang::Fr), []);
    }

    #[test]
    fn english_keeps_its_separators() {
        // "2 000" with a plain space is two numbers in English; a no-break
        // space groups digits in any language, and "5 €" is money anywhere.
        assert_eq!(found("ages 2 000"), [("2", Number), ("000", Number)]);
        assert_eq!(found("paid 2\u{a0}000 €"), [("2\u{a0}000 €", Money)]);
        assert_eq!(found("rose 1.000 points"), [("1.000 points", Number)]);
    }
}
