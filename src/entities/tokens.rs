//! The tokenizer behind entity recognition: words (with abbreviations such
//! as "U.S." and "Sen." kept whole), numbers (with "216,000", "11/26/2025",
//! "9:30", "1.13bn" and "28-point" kept whole), possessive "'s" and
//! punctuation, each with a byte span and the layout facts the recognizers
//! need (sentence start, line, heading-like line).

use super::lexicon::{self, Flags, STOP, TAKES_PERIOD};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// A possessive `'s` / `’s` split off its word.
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// White space comes right before the token.
    pub space_before: bool,
    /// A line break or a tab comes before the token (or it starts the
    /// text).
    pub line_start: bool,
    /// The first word of a sentence, of a quotation or after a colon:
    /// its capital letter says nothing about it being a name.
    pub sent_start: bool,
    /// The token is on a heading-like line ("Key Political Updates"),
    /// where every word is capitalised.
    pub title_line: bool,
    /// What the lexicon says about a word (0 for other tokens).
    pub flags: Flags,
    /// The token in lower case: a range of [`Tokens::lower`].
    lower: (u32, u32),
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The tokens of a text, with their lower-case forms.
pub(crate) struct Tokens {
    pub list: Vec<Token>,
    /// The lower-case forms of the tokens, one after another.
    lower: String,
}

impl Tokens {
    /// Token `i` in lower case (`""` past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.list
            .get(i)
            .and_then(|t| self.lower.get(t.lower.0 as usize..t.lower.1 as usize))
            .unwrap_or("")
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Letters, digits and combining marks ("e\u{301}").
fn is_word_char(c: char) -> bool {
    // ASCII first: one range test instead of the Unicode predicates'
    // alphabetic-then-numeric chain (the same answer for ASCII).
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)))
}

/// A Chinese, Japanese or Korean character: Han, kana or Hangul.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐'
}

/// Reads `text` by byte position: every position it hands out is a char
/// boundary. ASCII is read without decoding (a `Vec<(usize, char)>` of the
/// whole text cost an allocation and 16 bytes a character).
struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
}

impl Scanner<'_> {
    /// The character at byte `p` (`None` at or past the end).
    #[inline]
    fn at(&self, p: usize) -> Option<char> {
        match self.bytes.get(p) {
            Some(&b) if b < 0x80 => Some(char::from(b)),
            Some(_) => self.text.get(p..).and_then(|s| s.chars().next()),
            None => None,
        }
    }

    /// The position after the character at byte `p` (`p + 1` past the end,
    /// which `at` reads as `None`).
    #[inline]
    fn after(&self, p: usize) -> usize {
        match self.bytes.get(p) {
            Some(&b) if b < 0x80 => p + 1,
            Some(_) => p + self.at(p).map_or(1, char::len_utf8),
            None => p + 1,
        }
    }

    /// The character before byte `p`.
    #[inline]
    fn before(&self, p: usize) -> Option<char> {
        match p.checked_sub(1).and_then(|q| self.bytes.get(q)) {
            Some(&b) if b < 0x80 => Some(char::from(b)),
            Some(_) => self.text.get(..p).and_then(|s| s.chars().next_back()),
            None => None,
        }
    }

    /// A word starting at byte `start` (a letter): returns the position past it.
    fn word(&self, start: usize) -> usize {
        // Dotted abbreviations: single letters each followed by a period
        // ("U.S.", "a.m.", "D.C.").
        let mut j = start;
        let mut letters = 0;
        while self.at(j).is_some_and(is_letter) && self.at(self.after(j)) == Some('.') {
            letters += 1;
            j = self.after(j) + 1;
            if !self.at(j).is_some_and(is_letter) {
                break;
            }
        }
        if letters >= 2 {
            return j;
        }
        let mut i = start;
        let mut prev = self.before(start);
        while let Some(c) = self.at(i) {
            let len = c.len_utf8();
            if is_word_char(c) {
                // Chinese and Japanese glue numbers to words: "約6,100人"
                // is a word, a number and a word.
                // (The digit tests first: they are cheap and rarely true.)
                if i > start
                    && (c.is_ascii_digit() && prev.is_some_and(is_cjk)
                        || prev.is_some_and(|p| p.is_ascii_digit()) && is_cjk(c))
                {
                    break;
                }
                i += len;
                prev = Some(c);
                continue;
            }
            let next = self.at(i + len);
            // A soft hyphen (U+00AD, "Bundes\u{ad}regierung") is an
            // invisible break point inside the word.
            if c == '\u{ad}' && prev.is_some_and(is_letter) && next.is_some_and(is_letter) {
                i += len;
                prev = Some(c);
                continue;
            }
            if is_apostrophe(c) && next.is_some_and(is_letter) {
                // A possessive 's ends the word; "O'Brien", "don't" go on.
                let after = self.at(self.after(i + len));
                if matches!(next, Some('s' | 'S'))
                    && !after.is_some_and(|a| is_letter(a) || a.is_numeric())
                {
                    break;
                }
                i += len;
                prev = Some(c);
                continue;
            }
            if is_hyphen(c)
                && next.is_some_and(|n| is_letter(n) || n.is_numeric())
                && prev.is_some_and(|p| p.is_alphanumeric())
            {
                i += len;
                prev = Some(c);
                continue;
            }
            if c == '&'
                && next.is_some_and(|n| n.is_uppercase())
                && prev.is_some_and(|p| p.is_uppercase())
            {
                i += len;
                prev = Some(c);
                continue;
            }
            break;
        }
        // "Sen." "Inc." "J." keep their period.
        if self.at(i) == Some('.') {
            let word = self.text.get(start..i).unwrap_or("");
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial || lexicon::phrase_flags(word) & TAKES_PERIOD != 0 {
                i += 1;
            }
        }
        i
    }

    /// A number starting at byte `i` (a digit).
    fn number(&self, mut i: usize) -> usize {
        let digit = |p: Option<&u8>| p.is_some_and(u8::is_ascii_digit);
        while let Some(&b) = self.bytes.get(i) {
            if b.is_ascii_digit() {
                i += 1;
                continue;
            }
            // Every test below needs a digit on each side, so a
            // separator that is not ASCII never continues the number.
            let prev_digit = i.checked_sub(1).is_some_and(|p| digit(self.bytes.get(p)));
            if matches!(b, b'.' | b',' | b':' | b'/' | b'-')
                && prev_digit
                && digit(self.bytes.get(i + 1))
            {
                i += 1;
                continue;
            }
            // The other hyphen, U+2010 (three bytes).
            if self
                .text
                .get(i..)
                .is_some_and(|s| s.starts_with('\u{2010}'))
                && prev_digit
                && digit(self.bytes.get(i + 3))
            {
                i += 3;
                continue;
            }
            break;
        }
        // Suffix letters: "7th", "1990s", "600m", "1.13bn", "10am".
        while self.bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        // A hyphenated unit: "28-point", "10-year".
        // Not Chinese or Japanese: "2013-2014-過時" is a range and a word.
        let unit_letter = |c: char| c.is_alphabetic() && !is_cjk(c);
        if self.at(i).is_some_and(is_hyphen) && self.at(self.after(i)).is_some_and(unit_letter) {
            i = self.after(i);
            while let Some(c) = self.at(i).filter(|&c| unit_letter(c) || is_hyphen(c)) {
                i += c.len_utf8();
            }
        }
        i
    }
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let sentence_starts: Vec<usize> = crate::text::split_by_rules(text, "auto")
        .map(|(s, _)| s.start())
        .collect();
    tokenize_at(text, &sentence_starts)
}

/// [`tokenize`], given where the sentences of `text` start: those of
/// `split_by_rules(text, "auto")`.
pub(crate) fn tokenize_at(text: &str, sentence_starts: &[usize]) -> Tokens {
    let scanner = Scanner {
        text,
        bytes: text.as_bytes(),
    };
    let mut next_sentence = 0usize;
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut lower = String::with_capacity(text.len());
    let mut i = 0usize;
    let mut space_before = true;
    let mut line_start = true;
    let mut after_opener = true;
    while let Some(c) = scanner.at(i) {
        if c.is_whitespace() {
            space_before = true;
            // A tab separates the cells of a table row (extraction joins
            // a row's cells with tabs): each cell is a line of its own, so
            // no name runs from one cell into the next ("Ross
            // Dependency<TAB>Tokelau").
            if c == '\n' || c == '\r' || c == '\t' || c == '\u{2028}' || c == '\u{2029}' {
                line_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let next = i + c.len_utf8();
        let (end, kind) = if is_letter(c) {
            (scanner.word(i), Kind::Word)
        } else if c.is_ascii_digit() {
            (scanner.number(i), Kind::Number)
        } else if is_apostrophe(c)
            && matches!(scanner.at(next), Some('s' | 'S'))
            && !scanner.at(next + 1).is_some_and(|a| a.is_alphanumeric())
            && !space_before
        {
            (next + 1, Kind::Possessive)
        } else {
            (next, Kind::Punct)
        };
        let end = end.max(next).min(text.len());
        let mut sent_start = false;
        if matches!(kind, Kind::Word | Kind::Number) {
            while sentence_starts
                .get(next_sentence)
                .is_some_and(|&s| s <= start)
            {
                next_sentence += 1;
                after_opener = true;
            }
            sent_start = after_opener || line_start;
            after_opener = false;
        } else if kind == Kind::Punct {
            // Opening quotes and colons start a new clause.
            let opens = matches!(c, '“' | '‘' | '«' | ':' | '(' | '[' | '—' | '–')
                || (matches!(c, '"' | '\'')
                    && (space_before || tokens.last().is_some_and(|t| t.kind == Kind::Punct)));
            if opens {
                after_opener = true;
            } else if !matches!(
                c,
                '"' | '\'' | '”' | '’' | '*' | '#' | '•' | '-' | '>' | '|'
            ) {
                after_opener = false;
            }
        }
        let word = text.get(start..end).unwrap_or("");
        let lower_start = lower.len();
        let ascii = word.is_ascii();
        // The word as read, without soft hyphens (only non-ASCII words can
        // hold one).
        let visible = if ascii {
            std::borrow::Cow::Borrowed(word)
        } else {
            crate::text::without_soft_hyphens(word)
        };
        if ascii {
            lower.push_str(word);
            if let Some(l) = lower.get_mut(lower_start..) {
                l.make_ascii_lowercase();
            }
        } else {
            lower.push_str(&visible.to_lowercase());
        }
        let flags = if kind == Kind::Word {
            lexicon::word_flags(&visible, lower.get(lower_start..).unwrap_or(""))
        } else {
            0
        };
        tokens.push(Token {
            start,
            end,
            kind,
            space_before,
            line_start,
            sent_start,
            title_line: false,
            flags,
            lower: (lower_start as u32, lower.len() as u32),
        });
        space_before = false;
        line_start = false;
        i = end;
    }
    mark_title_lines(text, &mut tokens);
    mark_capital_stretches(text, &mut tokens);
    Tokens {
        list: tokens,
        lower,
    }
}

/// Marks the tokens of heading-like lines: lines of at most 25 words whose
/// words are all capitalised except stop words ("Details of the Leaked
/// Conversation"), or a single word in capitals ("BREAKINGON").
fn mark_title_lines(text: &str, tokens: &mut [Token]) {
    let mut line_begin = 0;
    while line_begin < tokens.len() {
        let mut line_end = line_begin + 1;
        while tokens.get(line_end).is_some_and(|t| !t.line_start) {
            line_end += 1;
        }
        let line = tokens.get(line_begin..line_end).unwrap_or(&[]);
        let mut words = 0;
        let mut capitalised = 0;
        let mut lower_content = 0;
        let mut ends_sentence = false;
        for t in line {
            if lower_content > 0 || words > 25 {
                // Not a heading: no need to look further.
                break;
            }
            let w = t.text(text);
            match t.kind {
                Kind::Word => {
                    words += 1;
                    if w.chars().next().is_some_and(char::is_uppercase) {
                        capitalised += 1;
                    } else if t.flags & STOP == 0 {
                        lower_content += 1;
                    }
                }
                Kind::Number => words += 1,
                _ => {}
            }
        }
        if let Some(last) = line.last() {
            ends_sentence = matches!(last.text(text), "." | "!" | "?" | "”" | "\"") && words > 12;
        }
        let title = words <= 25
            && lower_content == 0
            && !ends_sentence
            && (capitalised >= 2 || (words == 1 && capitalised == 1));
        if title {
            for t in tokens.get_mut(line_begin..line_end).unwrap_or(&mut []) {
                t.title_line = true;
            }
        }
        line_begin = line_end;
    }
}

/// Marks the tokens of headlines in capitals ("SOCCER - ROTOR FANS LOCKED
/// OUT. MOSCOW 1996-08-30") as heading-like wherever they are: stretches of
/// at least three words in capitals with no lower-case word between them
/// (numbers and punctuation may come between). Their capitals say nothing
/// about names, as on a heading line.
fn mark_capital_stretches(text: &str, tokens: &mut [Token]) {
    let mut k = 0;
    while k < tokens.len() {
        let caps = |t: &Token| t.kind == Kind::Word && t.flags & lexicon::CAPS != 0;
        if !tokens.get(k).is_some_and(caps) {
            k += 1;
            continue;
        }
        let start = k;
        let mut words = 0;
        let mut end = k;
        while let Some(t) = tokens.get(k) {
            if t.kind == Kind::Word {
                let w = t.text(text);
                if caps(t) {
                    words += 1;
                } else if w.chars().filter(|c| c.is_alphabetic()).count() > 1 {
                    break;
                }
                end = k + 1;
            } else if t.kind == Kind::Number {
                end = k + 1;
            }
            k += 1;
        }
        if words >= 3 {
            for t in tokens.get_mut(start..end).unwrap_or(&mut []) {
                t.title_line = true;
            }
        }
        k = k.max(end).max(start + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).list.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_abbreviations_and_split_possessives() {
        assert_eq!(
            words("Sen. Jones met U.S. envoy Ushakov's aide at 9 a.m. in Washington, D.C."),
            [
                "Sen.",
                "Jones",
                "met",
                "U.S.",
                "envoy",
                "Ushakov",
                "'s",
                "aide",
                "at",
                "9",
                "a.m.",
                "in",
                "Washington",
                ",",
                "D.C."
            ]
        );
        assert_eq!(
            words("O'Brien didn't go to AT&T's U.S.-Russia talks."),
            ["O'Brien", "didn't", "go", "to", "AT&T", "'s", "U.S.", "-", "Russia", "talks", "."]
        );
        assert_eq!(words("J. K. Rowling"), ["J.", "K.", "Rowling"]);
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            words("On 11/26/2025 at 9:30, 216,000 filed; $4.2bn, a 28-point plan, 1990s, 7th."),
            [
                "On",
                "11/26/2025",
                "at",
                "9:30",
                ",",
                "216,000",
                "filed",
                ";",
                "$",
                "4.2bn",
                ",",
                "a",
                "28-point",
                "plan",
                ",",
                "1990s",
                ",",
                "7th",
                "."
            ]
        );
    }

    #[test]
    fn chinese_and_japanese_numbers_are_tokens_of_their_own() {
        assert_eq!(words("参加者約6,100人"), ["参加者約", "6,100", "人"]);
        assert_eq!(words("2013-2014-過時"), ["2013-2014", "-", "過時"]);
        // Latin words keep their digits: "A380", "COVID-19".
        assert_eq!(words("A380 COVID-19"), ["A380", "COVID-19"]);
    }

    #[test]
    fn sentence_starts_and_title_lines() {
        let text = "Key Political Updates\n\nDespite this, Trump won. “It is over,” he said.";
        let tokens = tokenize(text);
        let flags: Vec<(&str, bool, bool)> = tokens
            .list
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| (t.text(text), t.sent_start, t.title_line))
            .collect();
        assert_eq!(flags[0], ("Key", true, true));
        assert_eq!(flags[1], ("Political", false, true));
        assert_eq!(flags[3], ("Despite", true, false));
        assert_eq!(flags[5], ("Trump", false, false));
        assert_eq!(flags[7], ("It", true, false));
    }
}
