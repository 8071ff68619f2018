//! Dates, times, amounts of money, percentages and numbers, recognised by
//! hand-written scanners over the tokens (no regular expressions: see the
//! README for the measurements behind that choice).

use super::lexicon::{
    flags_of, is_currency_symbol, lower_flags, month, phrase_flags, Flags, CURRENCY_PREFIX,
    CURRENCY_WORD, MAGNITUDE, SPELLED, STARTER, TIME_UNIT, TIME_ZONE, UNIT, WEEKDAY,
};
use super::tokens::{Kind, Token, Tokens};
use super::{EntityType, Found};

struct Scan<'a> {
    text: &'a str,
    tokens: &'a Tokens,
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
        t.flags & SPELLED != 0
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
        i
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
                let end = self.after_magnitude(j + 1);
                return Some((i, end, EntityType::Money));
            }
            return None;
        }
        // "5 million dollars", "100 euros", "two dollars".
        if self.amount_token(i) || self.spelled(i) {
            let j = self.after_magnitude(i + 1);
            if self.flags(j) & CURRENCY_WORD != 0 {
                return Some((i, j + 1, EntityType::Money));
            }
        }
        None
    }

    fn percent(&self, i: usize) -> Option<Hit> {
        if !self.plain_number(i) && !self.spelled(i) {
            return None;
        }
        let j = i + 1;
        if self.word(j) == "%" {
            return Some((i, j + 1, EntityType::Percent));
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
            let context = matches!(
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
            );
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

    /// "two years", "10 days ago" at `i` (the count).
    fn duration(&self, i: usize) -> Option<Hit> {
        let unit = self.lower(i + 1);
        if self.flags(i + 1) & TIME_UNIT == 0 || unit == "quarter" || unit == "season" {
            return None;
        }
        let end = if self.is_word(i + 2, "ago") {
            i + 3
        } else {
            i + 2
        };
        Some((i, end, EntityType::Date))
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
            && (opener || groups.len() > start_groups + 2);
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
                    ((1..=12).contains(a) && (1..=31).contains(b)
                        || (1..=31).contains(a) && (1..=12).contains(b))
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
        // "10-year", "45-year-old".
        if let Some((count, unit)) = self.lower(i).split_once('-') {
            if unit.starts_with(|c: char| c.is_ascii_alphabetic()) {
                // An age ("22-year-old") is a number, not a date.
                let age = unit.ends_with("-old");
                let time = lower_flags(unit) & TIME_UNIT != 0 || age;
                let kind = if age {
                    EntityType::Number
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
        if self.plain_number(i) && self.flags(i + 1) & TIME_UNIT != 0 {
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
            if !counted_noun && !amount {
                return Some((i, i + 1, EntityType::Date));
            }
        }
        None
    }

    fn number(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        match self.kind(i)? {
            Kind::Number => {
                let (body, suffix) = split_suffix(w);
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
                let mut end = self.after_magnitude(i + 1);
                if self.flags(end) & UNIT != 0 {
                    end += 1;
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

impl Scan<'_> {
    /// A cheap test run before the scanners: can token `i` start a match?
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        let w = t.text(self.text);
        match t.kind {
            Kind::Number => true,
            Kind::Punct => w.chars().next().is_some_and(is_currency_symbol),
            Kind::Possessive => false,
            Kind::Word => {
                t.flags & (STARTER | SPELLED | CURRENCY_PREFIX) != 0
                    || month(t.flags).is_some()
                    || self.weekday(i)
                    || (w.len() <= 2 && self.word(i + 1) == "$")
                    || w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("mid-"))
            }
        }
    }
}

/// Splits trailing ASCII letters off a number token: "7th" → ("7", "th").
fn split_suffix(w: &str) -> (&str, &str) {
    let body = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (body, &w[body.len()..])
}

/// A number written "216,000", "4.2" or "1,234.5": digits, commas as
/// thousands separators, at most one decimal point, a digit at each end.
/// (Only the shape matters here: no value is ever needed, and parsing an
/// `f64` would pull the float parser and its tables into the wasm module.)
fn is_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.first().is_some_and(u8::is_ascii_digit)
        && b.last().is_some_and(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
        && b.iter().filter(|&&c| c == b'.').count() <= 1
}

/// Finds the numeric and time entities; marks their tokens in `claimed`.
pub(crate) fn scan(text: &str, tokens: &Tokens, claimed: &mut [bool]) -> Vec<Found> {
    let scan = Scan { text, tokens };
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
            .money(i)
            .or_else(|| scan.percent(i))
            .or_else(|| scan.time(i))
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
                    out.push(Found::new(a.start, b.end, kind));
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
        let tokens = tokenize(text);
        let mut claimed = vec![false; tokens.list.len()];
        scan(text, &tokens, &mut claimed)
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
}
