//! Sentence segmentation for news and web text.
//!
//! The splitter works in two passes:
//!
//! 1. **Layout.** The text is cut into lines and paragraphs. Every line is a
//!    unit of its own (a headline, a date line, a section heading or a list
//!    item never runs into the next line) unless the next line plainly
//!    continues it: it starts in lower case after a line with no final
//!    punctuation, or the whole paragraph is hard-wrapped prose (three or
//!    more lines of even width that mostly do not end in a full stop).
//! 2. **Punctuation.** Inside a unit, `.`, `?`, `!`, `…` (and the CJK full
//!    stops) are candidate boundaries. A candidate counts only when it is
//!    followed by whitespace, after any closing quotes and brackets, so URLs,
//!    e-mail addresses, file names, decimals and `U.S.-Russia` never split.
//!    A period after a known abbreviation, an initial or a dotted
//!    abbreviation (`U.S.`, `a.m.`) ends the sentence only when the next word
//!    is a typical sentence opener; a title (`Mr.`, `Sen.`, `Gov.`) never
//!    ends one, and neither does a word followed by a lower-case word.
//!
//! Sentences longer than [`MAX_SENTENCE_BYTES`] (text with no punctuation at
//! all) are cut at the last space before the limit, so that every later
//! stage stays linear.

use super::languages::{
    Lang, WordTable, ABBREVIATION, BEFORE_NUMBER, CAPITALIZED, ENDER, MONTH, NEVER_FINAL, STARTER,
};
use super::lines::{for_each_paragraph, list_marker_len, starts_with_list_marker};
use super::Span;

/// Upper bound on the length of one sentence, in bytes. Longer runs without
/// punctuation are cut at whitespace.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// The spans of the sentences of `text`, in order, split by the rules of
/// `lang`.
///
/// Spans are trimmed of whitespace, never overlap, and what lies between two
/// consecutive spans (and before the first and after the last) is whitespace
/// only.
pub(crate) fn sentence_spans(text: &str, lang: Lang) -> Vec<Span> {
    let ctx = Ctx {
        lang,
        table: lang.table(),
    };
    let mut out = Vec::new();
    for unit in layout_units(text) {
        let s = unit.as_str(text);
        let mut items = inline_list_items(s).into_iter();
        let mut start = 0;
        while start < s.len() {
            let end = items.next().unwrap_or(s.len());
            let item =
                super::lines::trim(text, Span::new(unit.start() + start, unit.start() + end));
            if !item.is_empty() {
                split_unit(text, item, &ctx, &mut out);
            }
            start = end;
        }
    }
    out
}

/// The language rules in force while splitting.
struct Ctx {
    lang: Lang,
    table: &'static WordTable,
}

impl Ctx {
    /// True when `word` (lower case) is in one of the lists of `flag`.
    fn has(&self, flag: u8, word: &str) -> bool {
        self.flags(word) & flag != 0
    }

    /// The lists `word` (lower case) is in, one bit per list (0 for the
    /// empty word): one lookup where a word is tested against several.
    fn flags(&self, word: &str) -> u8 {
        if word.is_empty() {
            0
        } else {
            self.table.flags(word)
        }
    }
}

/// Pass 1: the layout units of `text` (see the module docs).
fn layout_units(text: &str) -> Vec<Span> {
    let mut units = Vec::new();
    for_each_paragraph(text, |lines| {
        let Some(first) = lines.first() else { return };
        let wrapped = is_hard_wrapped(text, lines);
        let mut start = first.start();
        for pair in lines.windows(2) {
            let (prev, next) = (pair[0].as_str(text), pair[1].as_str(text));
            if !continues(prev, next, wrapped) {
                units.push(Span::new(start, pair[0].end()));
                start = pair[1].start();
            }
        }
        if let Some(last) = lines.last() {
            units.push(Span::new(start, last.end()));
        }
    });
    units
}

/// True when line `next` continues the sentence of line `prev`.
fn continues(prev: &str, next: &str, wrapped: bool) -> bool {
    if starts_with_list_marker(next) {
        return false;
    }
    if wrapped {
        return true;
    }
    let ends_open = prev
        .chars()
        .next_back()
        .is_some_and(|c| !is_terminal(c) && !is_closer(c) && c != ':');
    ends_open && next.chars().next().is_some_and(char::is_lowercase)
}

/// Hard-wrapped prose: three or more lines, all but the last of similar
/// width between 40 and 130 characters, most not ending a sentence.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    if lines[1..]
        .iter()
        .any(|l| starts_with_list_marker(l.as_str(text)))
    {
        return false;
    }
    let widths: Vec<usize> = body
        .iter()
        .map(|l| l.as_str(text).chars().count())
        .collect();
    let (Some(&min), Some(&max)) = (widths.iter().min(), widths.iter().max()) else {
        return false;
    };
    if !(40..=130).contains(&max) || min * 10 < max * 7 {
        return false;
    }
    let open = body
        .iter()
        .filter(|l| {
            l.as_str(text)
                .chars()
                .next_back()
                .is_some_and(|c| !is_terminal(c) && !is_closer(c))
        })
        .count();
    open * 2 >= body.len()
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '…') || is_strong_terminal(c) || is_script_terminal(c)
}

/// Question and exclamation marks: they end a sentence before any capital.
fn is_strong_terminal(c: char) -> bool {
    matches!(c, '?' | '!' | '‽' | '⁇' | '⁈' | '⁉' | '‼' | '؟' | '\u{37e}')
}

/// Marks of other scripts that end a sentence without a following space:
/// the CJK full stops, the Devanagari danda, the Urdu full stop, the
/// Armenian full stop, the Ethiopic full stop and question mark, and the
/// Burmese section mark.
fn is_script_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '？' | '！' | '｡' | '।' | '॥' | '۔' | '։' | '።' | '፧' | '။'
    )
}

/// Closing quotes and brackets that may follow a final mark. `“`, `‘` and
/// `«` close quotations in German and Danish (`„so.“`, `»so.«`).
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
            | '*'
            | '_'
    )
}

/// Opening quotes and brackets that may precede the first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '«'
            | '»'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '《'
            | '*'
            | '_'
    )
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}')
}

fn is_armenian(c: char) -> bool {
    matches!(c, '\u{531}'..='\u{58f}')
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|head| head.chars().next_back())
}

/// Quotation marks seen so far in a unit, to tell an opening straight or
/// curly quote after a full-width stop from a closing one.
#[derive(Default)]
struct Quotes {
    straight: u32,
    open_curly: u32,
    close_curly: u32,
}

impl Quotes {
    fn see(&mut self, c: char) {
        match c {
            '"' => self.straight += 1,
            '“' => self.open_curly += 1,
            '”' => self.close_curly += 1,
            _ => {}
        }
    }

    /// True when `c`, met now, closes a quotation.
    fn closes(&self, c: char) -> bool {
        match c {
            '"' => self.straight % 2 == 1,
            // `”` also serves as both marks in some Chinese text.
            '”' => {
                self.open_curly > self.close_curly
                    || (self.open_curly == 0 && self.close_curly % 2 == 1)
            }
            // Openers in Chinese and Japanese text, closers only in German.
            '“' | '‘' | '«' | '‹' => false,
            _ => true,
        }
    }
}

/// Pass 2: splits one layout unit (or one item of an inline list) on
/// punctuation.
fn split_unit(text: &str, unit: Span, ctx: &Ctx, out: &mut Vec<Span>) {
    let s = unit.as_str(text);
    let bytes = s.as_bytes();
    let base = unit.start();
    let mut sentence_start = 0;
    let mut quotes = Quotes::default();
    // A list marker opening the unit (`1.`, `a)`, `• 9.`) is not a mark.
    let mut i = item_marker_len(s);
    // Bytes before `checked` are looked at one by one; from there, words of
    // eight ASCII bytes without a mark are passed over whole (most of a
    // unit), at most one test per eight bytes.
    let mut checked = 0;
    loop {
        if i >= checked {
            i = super::scan::skip_plain(bytes, i, |x| {
                use super::scan::{has_byte, has_high};
                !(has_high(x)
                    || has_byte(x, b'.')
                    || has_byte(x, b'?')
                    || has_byte(x, b'!')
                    || has_byte(x, b'"')
                    || has_byte(x, b';')
                    || has_byte(x, b':'))
            });
            checked = i + 8;
        }
        let Some(&b) = bytes.get(i) else { break };
        if b < 0x80 && !matches!(b, b'.' | b'?' | b'!' | b'"' | b';' | b':') {
            i += 1;
            continue;
        }
        let Some(c) = char_at(s, i) else { break };
        let width = c.len_utf8();
        let candidate = match c {
            '"' | '“' | '”' => {
                quotes.see(c);
                false
            }
            ';' => {
                (ctx.lang.greek() || ctx.lang.is_auto()) && char_before(s, i).is_some_and(is_greek)
                    || ctx.lang.greek()
            }
            ':' => armenian_colon(s, i),
            _ => is_terminal(c),
        };
        if !candidate {
            i += width;
            continue;
        }
        let script = is_script_terminal(c) || c == ':';
        let term_end = if matches!(c, ';' | ':') {
            i + 1
        } else {
            terminal_end(s, i)
        };
        let mut after = term_end;
        while let Some(q) = char_at(s, after).filter(|&q| is_closer(q)) {
            if script && !quotes.closes(q) {
                break; // an opening quote right after a full-width stop
            }
            quotes.see(q);
            after += q.len_utf8();
        }
        after += citation_len(&s[after..]);
        let detached = detached_closing_quote(&s[after..], &quotes);
        if detached > 0 {
            quotes.see('"');
            after += detached;
        }
        let next = char_at(s, after);
        let boundary = match next {
            None => false, // the unit's end closes the sentence anyway
            Some(n) if script => !(is_closer(n) && quotes.closes(n)) || after > term_end,
            Some(n) if !n.is_whitespace() => {
                c == '.' && term_end == i + 1 && glued(s, sentence_start, i, after, ctx)
            }
            Some(_) if matches!(c, ';' | ':') || is_strong_terminal(c) => {
                strong_boundary(&s[after..])
            }
            Some(_) => is_boundary(s, sentence_start, i, term_end, after, ctx),
        };
        if boundary {
            push_capped(text, Span::new(base + sentence_start, base + after), out);
            sentence_start = after + (s[after..].len() - s[after..].trim_start().len());
        }
        i = after.max(i + width);
    }
    if sentence_start < s.len() {
        let end = s.trim_end().len();
        if end > sentence_start {
            push_capped(text, Span::new(base + sentence_start, base + end), out);
        }
    }
}

/// A `:` that Armenian text uses for its full stop `։`: after an Armenian
/// letter and before a space and a capital Armenian letter.
fn armenian_colon(s: &str, i: usize) -> bool {
    if !char_before(s, i).is_some_and(is_armenian) {
        return false;
    }
    let rest = &s[i + 1..];
    let trimmed = rest.trim_start();
    trimmed.len() < rest.len()
        && trimmed
            .chars()
            .next()
            .is_some_and(|c| is_armenian(c) && c.is_uppercase())
}

/// After `?` or `!` and whitespace: a boundary unless a lower-case word
/// follows (`"Why?" he asked`).
fn strong_boundary(rest: &str) -> bool {
    let (word, _) = next_word(rest);
    !word.chars().next().is_some_and(char::is_lowercase)
}

/// Length of the citation markers right after a final mark: `[3]`,
/// `[12][13]`, `[citation needed]`, `[note 2]` and superscript digits.
/// They belong to the sentence they follow.
fn citation_len(rest: &str) -> usize {
    let mut len = 0;
    loop {
        let r = &rest[len..];
        if let Some(inner) = r.strip_prefix('[') {
            let Some(close) = inner.find(']') else { break };
            let body = &inner[..close];
            let ok = !body.is_empty()
                && body.len() <= 30
                && body
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | ',' | ':'));
            if !ok {
                break;
            }
            len += close + 2;
        } else if let Some(c) = r.chars().next().filter(|&c| is_superscript(c)) {
            len += c.len_utf8();
        } else {
            break;
        }
    }
    len
}

fn is_superscript(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}')
}

/// Length of a closing quote set off by a space (`options. " Next`,
/// French `toi. »`): a closing double quote or guillemet with whitespace or
/// the end of the unit after it closes the sentence.
fn detached_closing_quote(rest: &str, quotes: &Quotes) -> usize {
    let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let lead = rest.len() - trimmed.len();
    let mut chars = trimmed.chars();
    let Some(q) = chars.next() else { return 0 };
    let closing = match q {
        '"' | '”' => quotes.closes(q),
        '»' => true,
        _ => false,
    };
    let then_space = chars.next().map_or(true, char::is_whitespace);
    if lead > 0 && closing && then_space {
        lead + q.len_utf8()
    } else {
        0
    }
}

/// End of the run of final marks starting at `i`: `?!`, `...`, `…` and the
/// spaced ellipsis `. . .`.
fn terminal_end(s: &str, i: usize) -> usize {
    let mut j = i;
    while let Some(c) = char_at(s, j)
        .filter(|&c| matches!(c, '.' | '…') || (is_strong_terminal(c) && c != '\u{37e}'))
    {
        j += c.len_utf8();
    }
    // Spaced ellipsis: ". . ." (at least three dots).
    if s[i..j] == *"." && s[j..].starts_with(" . .") {
        while s[j..].starts_with(" .") {
            j += 2;
        }
    }
    let first = char_at(s, i).map_or(1, char::len_utf8);
    j.max(i + first)
}

/// Decides a candidate boundary after `.` or `…` that is followed by
/// whitespace.
fn is_boundary(
    s: &str,
    sentence_start: usize,
    term_start: usize,
    term_end: usize,
    after: usize,
    ctx: &Ctx,
) -> bool {
    let term = &s[term_start..term_end];
    let (next_word, opened) = next_word(&s[after..]);
    let Some(first) = next_word.chars().next() else {
        // Only punctuation follows (a dash, an emoji, a bullet): split.
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    if term.contains(['?', '!', '‽', '⁇', '⁈', '⁉', '‼']) {
        // Questions and exclamations before a capital or digit.
        return true;
    }
    let dots = term.matches('.').count() + 3 * term.matches('…').count();
    if dots >= 3 {
        // An ellipsis. Omission marks in brackets (`[...]`) and the spaced
        // three-dot ellipsis of edited quotations (`is . . . I`) stay
        // inside the sentence; four dots and `...` or `…` before a capital
        // end it (`for people ... We`).
        let before = char_before(s, term_start);
        if matches!(before, Some('[' | '(')) {
            return false;
        }
        return dots >= 4 || !term.contains(' ');
    }
    if after > term_end {
        // `he said "no." Then` / `(see above.) Next` / `free.[3] One`.
        return true;
    }
    let before = &s[sentence_start..term_start];
    let token = previous_token(before);
    if token.is_empty() {
        return true;
    }
    if token
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return number_boundary(s, sentence_start, term_start, token, next_word, opened, ctx);
    }
    // An all-caps word is an acronym ("MS", "IE", "CO"), not a listed
    // abbreviation ("Ms", "i.e", "Co").
    let acronym = token.chars().count() > 1 && token.chars().all(char::is_uppercase);
    let lower = if acronym {
        String::new()
    } else {
        token.to_lowercase()
    };
    let compound = compound_token(before, token);
    // The first part of a spaced abbreviation (`EE. UU.`, `z. B.`).
    if s[after..]
        .trim_start()
        .get(next_word.len()..)
        .is_some_and(|r| r.starts_with('.'))
    {
        let forward = format!("{}.{}", token.to_lowercase(), next_word.to_lowercase());
        if ctx.flags(&forward) & (ABBREVIATION | NEVER_FINAL | ENDER) != 0 {
            return false;
        }
    }
    let words_before = || before.split_whitespace().count();
    // The lists the token and the compound are in, each looked up once.
    let (lf, cf) = (ctx.flags(&lower), ctx.flags(&compound));
    // An era marker ends a sentence before a capital, unless the date opens
    // the sentence (`В 8 веке до н. э. Греция начала ...`).
    let ender = (lf | cf) & ENDER != 0;
    if ender && words_before() > 4 {
        return true;
    }
    if (lf | cf) & NEVER_FINAL != 0 {
        return false;
    }
    if first.is_numeric() && lf & BEFORE_NUMBER != 0 {
        return false;
    }
    if matches!(lower.as_str(), "a.m" | "p.m") {
        // `at 6 P.M. Mr. Smith then left` ends a sentence; a time that
        // opens one (`At 5 a.m. Mr. Smith went`) does not.
        let title = ctx.has(NEVER_FINAL, &next_word.to_lowercase());
        if title && words_before() > 3 {
            return true;
        }
    }
    let capitalized = token.chars().next().is_some_and(char::is_uppercase);
    let single = {
        let mut chars = token.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase() || c.is_lowercase())
    };
    let abbreviation = ender
        || (lf | cf) & ABBREVIATION != 0
        || (capitalized && lf & CAPITALIZED != 0)
        || is_dotted_abbreviation(token)
        || single;
    if abbreviation {
        return opened || is_sentence_starter(next_word, ctx);
    }
    true
}

/// A period with no space after it that still ends a sentence: text copied
/// from a page whose paragraphs lost their breaks (`... a dit le
/// ministre.Le texte ...`, `(84%).Le constat`). The period follows a word
/// of three or more letters, with a small letter, that no list calls an
/// abbreviation, or a closing bracket, quote or `%`; a capitalised word
/// of two or more letters follows (`Le`, `Selon`; `L'` with its
/// apostrophe), then a space or a mark other than a period or a hyphen, so
/// `Node.js`, `www.Example.com`, `U.S.Army` and `Mr.Benn` do not split.
fn glued(s: &str, sentence_start: usize, term_start: usize, after: usize, ctx: &Ctx) -> bool {
    let before = &s[sentence_start..term_start];
    let left_ok = match before.chars().next_back() {
        Some(')' | ']' | '»' | '"' | '”' | '%') => true,
        Some(c) if c.is_alphabetic() => {
            let token = previous_token(before);
            let lower = token.to_lowercase();
            token.chars().count() >= 3
                && token.chars().all(char::is_alphabetic)
                && token.chars().any(char::is_lowercase)
                && ctx.flags(&lower) & (ABBREVIATION | NEVER_FINAL | CAPITALIZED) == 0
        }
        _ => false,
    };
    if !left_ok {
        return false;
    }
    let rest = &s[after..];
    let mut chars = rest.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return false;
    };
    if !a.is_uppercase() {
        return false;
    }
    if matches!(b, '\'' | '’') {
        return chars.next().is_some_and(char::is_alphabetic);
    }
    if !b.is_lowercase() {
        return false;
    }
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(k, _)| k);
    match rest[word_len..].chars().next() {
        None => false,
        Some(c) => c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | '»' | '"'),
    }
}

/// A period after a number: `in 1961. The` ends a sentence; `1. First`
/// opening a unit is a list marker; a day before a month (`12. März`) and,
/// in languages that write ordinals with a period (`1. Bundesliga`), a
/// short number before anything but a sentence opener continue it.
fn number_boundary(
    s: &str,
    sentence_start: usize,
    term_start: usize,
    token: &str,
    next_word: &str,
    opened: bool,
    ctx: &Ctx,
) -> bool {
    let before = s[sentence_start..term_start].trim_end_matches(|c: char| c.is_ascii_digit());
    if before.trim().is_empty() && token.len() <= 3 && list_marker_len(&s[sentence_start..]) > 0 {
        return false;
    }
    let digits = token.bytes().all(|b| b.is_ascii_digit());
    if digits && token.len() <= 2 && ctx.has(MONTH, &next_word.to_lowercase()) {
        return false;
    }
    if digits && token.len() <= 3 && ctx.lang.period_ordinals() {
        return opened || is_sentence_starter(next_word, ctx);
    }
    true
}

/// The word after a boundary candidate (skipping whitespace and opening
/// quotes or brackets), and whether an opening quote came first.
fn next_word(rest: &str) -> (&str, bool) {
    let rest = rest.trim_start();
    let word_start = rest.trim_start_matches(is_opener);
    // Only an opening quote signals a new sentence; a bracket may continue
    // a name ("Reps. V. E. (Red) Berry").
    let opened =
        rest[..rest.len() - word_start.len()].contains(['"', '“', '‘', '«', '»', '„', '\'', '「']);
    let len = word_start
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map_or(word_start.len(), |(i, _)| i);
    (&word_start[..len], opened)
}

/// The token that a period follows: the text after the last whitespace, with
/// opening punctuation stripped from its front and closing punctuation from
/// its end (`(U.S.` → `U.S`, `city"` → `city`).
fn previous_token(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[start..]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(is_closer)
}

/// A spaced abbreviation of two parts, lower case and without the space:
/// `z. B` → `z.b`, `v. Chr` → `v.chr`, `до н. э` → `н.э`. Empty when the
/// word before `token` does not end with a period.
fn compound_token(before: &str, token: &str) -> String {
    // `token` is a slice of `before`: where it starts.
    let at = (token.as_ptr() as usize).saturating_sub(before.as_ptr() as usize);
    let Some(head) = before.get(..at) else {
        return String::new();
    };
    let trimmed = head.trim_end();
    if !trimmed.ends_with('.') || trimmed.len() == head.len() {
        return String::new();
    }
    let head = trimmed;
    let prev = previous_token(head);
    if prev.is_empty() || prev.chars().count() > 6 {
        return String::new();
    }
    let mut key = prev.to_lowercase();
    if !key.ends_with('.') {
        key.push('.');
    }
    key.push_str(&token.to_lowercase());
    key
}

/// `U.S`, `a.m`, `Ph.D`, `e.g`: short letter groups joined by periods.
fn is_dotted_abbreviation(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// True when `word` typically opens a sentence in the text's language. For
/// `l'homme`, `C'est` the part before the apostrophe counts.
fn is_sentence_starter(word: &str, ctx: &Ctx) -> bool {
    let lower = word.to_lowercase();
    if ctx.has(STARTER, &lower) {
        return true;
    }
    match lower.find(['\'', '’']) {
        Some(at) if at > 0 => ctx.has(STARTER, &lower[..at]),
        _ => false,
    }
}

/// Where the items of a list written on one line start, inside `s`: before
/// each bullet (`•`, `⁃`, ...) and before each enumerator of a run that
/// counts up (`1.) … 2.) …`, `1) … 2) …`, `1. … 2. …`, `a. … b. …`).
/// Positions are ascending and greater than 0.
fn inline_list_items(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut markers: Vec<(usize, u8, u32)> = Vec::new();
    let mut bullets = Vec::new();
    // Only the starts of words matter (the start of `s` and every byte
    // after ASCII whitespace): jump from one to the next.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b >= 0xc0 {
            if let Some(len) = bullet_len(&s[i..]) {
                let next = s[i + len..].chars().next();
                if i > 0 && next.is_some_and(|c| c.is_whitespace() || c.is_ascii_digit()) {
                    bullets.push(i);
                }
            }
        } else if b.is_ascii_alphanumeric() && may_enumerate(&bytes[i..]) {
            if let Some((style, value)) = enumerator(&s[i..]) {
                markers.push((i, style, value));
            }
        }
        match bytes[i..].iter().position(u8::is_ascii_whitespace) {
            Some(k) => i += k + 1,
            None => break,
        }
    }
    let mut starts = bullets;
    let mut linked = vec![false; markers.len()];
    for k in 0..markers.len() {
        let (_, style, value) = markers[k];
        if value < 2 {
            continue;
        }
        if let Some(j) = (0..k)
            .rev()
            .find(|&j| markers[j].1 == style && markers[j].2 == value - 1)
        {
            if linked[j] || value == 2 {
                linked[j] = true;
                linked[k] = true;
            }
        }
    }
    starts.extend(
        markers
            .iter()
            .zip(&linked)
            .filter(|&(m, &l)| l && m.0 > 0)
            .map(|(m, _)| m.0),
    );
    crate::sort::sort(&mut starts);
    starts.dedup();
    starts
}

/// What [`enumerator`] needs before it can find one at the start of `b`
/// (an ASCII letter or digit): `.` or `)` after the first byte, or after a
/// second digit. A cheap test that rules out nearly every word.
fn may_enumerate(b: &[u8]) -> bool {
    let mark = |at: usize| matches!(b.get(at), Some(b'.' | b')'));
    mark(1)
        || (b.first().is_some_and(u8::is_ascii_digit)
            && b.get(1).is_some_and(u8::is_ascii_digit)
            && mark(2))
}

/// Byte length of a bullet character at the start of `s`.
fn bullet_len(s: &str) -> Option<usize> {
    let c = s.chars().next()?;
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣' | '●' | '○' | '■' | '►').then(|| c.len_utf8())
}

/// An enumerator at the start of `s` followed by whitespace: its style and
/// value. Styles: digits with `.)`, `)` or `.`; a lower-case letter with
/// `.` or `)`; a capital with `.` or `)` (before a capital or digit only,
/// so that initials are not taken for list markers... unless they count up).
fn enumerator(s: &str) -> Option<(u8, u32)> {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (value, style_base, at) = if (1..=2).contains(&digits) {
        let v = s[..digits].parse::<u32>().ok()?;
        (v, 0u8, digits)
    } else if digits == 0 && b.first().is_some_and(u8::is_ascii_alphabetic) {
        let c = b[0];
        let base = if c.is_ascii_lowercase() { 3 } else { 6 };
        (u32::from(c.to_ascii_lowercase() - b'a') + 1, base, 1)
    } else {
        return None;
    };
    let (style, len) = match (b.get(at), b.get(at + 1)) {
        (Some(b'.'), Some(b')')) if style_base == 0 => (0, 2),
        (Some(b')'), _) => (style_base + 1, 1),
        (Some(b'.'), _) => (style_base + 2, 1),
        _ => return None,
    };
    let rest = &s[at + len..];
    let mut chars = rest.chars();
    if !chars.next().is_some_and(char::is_whitespace) {
        return None;
    }
    // A letter with a period must be followed by a capital or a digit.
    if style_base > 0 && style == style_base + 2 {
        let next = rest.trim_start().chars().next();
        if !next.is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
            return None;
        }
    }
    Some((style, value))
}

/// Byte length of the list marker opening an item, with the spaces after
/// it: a bullet, an enumerator, or both (`• 9. `, `⁃9. `, `1.) `).
fn item_marker_len(s: &str) -> usize {
    let mut len = 0;
    if let Some(b) = bullet_len(s) {
        len = b;
        len += s[len..].len() - s[len..].trim_start().len();
    }
    let rest = &s[len..];
    if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits <= 3 && rest[digits..].starts_with(".)") {
            len += digits + 2;
        } else {
            len += list_marker_len(rest);
        }
    } else if len == 0 {
        len = list_marker_len(rest);
    }
    len.min(s.len())
}

/// Pushes `span`, cut at whitespace into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when it is longer.
fn push_capped(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut start = span.start();
    while span.end() - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        // Prefer the last space; with none at all, cut at a char boundary.
        let cut = window
            .char_indices()
            .rev()
            .find(|&(i, c)| c.is_whitespace() && i > 0)
            .map_or(limit, |(i, _)| start + i);
        let piece = super::lines::trim(text, Span::new(start, cut));
        if !piece.is_empty() {
            out.push(piece);
        }
        start = cut;
        while let Some(c) = char_at(text, start).filter(|c| c.is_whitespace()) {
            start += c.len_utf8();
        }
    }
    if span.end() > start {
        out.push(Span::new(start, span.end()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentence_spans(text, Lang::Auto)
            .iter()
            .map(|s| s.as_str(text))
            .collect()
    }

    #[track_caller]
    fn assert_split(text: &str, expected: &[&str]) {
        assert_eq!(split(text), expected, "splitting {text:?}");
    }

    #[test]
    fn plain_sentences() {
        assert_split("One. Two? Three! Four", &["One.", "Two?", "Three!", "Four"]);
    }

    /// Paragraphs glued together when a page was copied lose the space
    /// after their last period (`ministre.Le texte`): the period still
    /// ends a sentence there, but not in names, abbreviations and
    /// addresses written without a space.
    #[test]
    fn a_period_glued_to_the_next_sentence_ends_it() {
        assert_split(
            "Le ministre a parlé.Le texte sera voté (84%).Selon lui, tout va bien.L'avenir est clair.",
            &[
                "Le ministre a parlé.",
                "Le texte sera voté (84%).",
                "Selon lui, tout va bien.",
                "L'avenir est clair.",
            ],
        );
        assert_split(
            "It ran on Node.js and www.Example.com with U.S.Army help, Mr.Benn said.",
            &["It ran on Node.js and www.Example.com with U.S.Army help, Mr.Benn said."],
        );
    }

    #[test]
    fn titles_and_abbreviations() {
        assert_split(
            "Mr. Smith met Sen. Jones and Gov. Lee in the U.S. Capitol. They talked.",
            &[
                "Mr. Smith met Sen. Jones and Gov. Lee in the U.S. Capitol.",
                "They talked.",
            ],
        );
        assert_split(
            "Acme Inc. said it grew. Acme Corp. was founded by Ivan Allen Jr. in 1901.",
            &[
                "Acme Inc. said it grew.",
                "Acme Corp. was founded by Ivan Allen Jr. in 1901.",
            ],
        );
        assert_split(
            "He moved to the U.S. He then left. Prices rose, e.g. Rent did.",
            &[
                "He moved to the U.S.",
                "He then left.",
                "Prices rose, e.g. Rent did.",
            ],
        );
        assert_split(
            "We met at 9 a.m. The talks ended at 5 p.m. on Friday.",
            &["We met at 9 a.m.", "The talks ended at 5 p.m. on Friday."],
        );
        assert_split(
            "It expires Jan. 1. On Sept. 30, 2023 it was renewed. St. Louis is big, i.e. huge.",
            &[
                "It expires Jan. 1.",
                "On Sept. 30, 2023 it was renewed.",
                "St. Louis is big, i.e. huge.",
            ],
        );
        assert_split(
            "Apples, pears, etc. The rest is waste.",
            &["Apples, pears, etc.", "The rest is waste."],
        );
        assert_split(
            "The U.K. government and Dr. Who agreed.",
            &["The U.K. government and Dr. Who agreed."],
        );
        assert_split(
            "It helps patients with MS. Approval follows. Few use IE. Most use Firefox.",
            &[
                "It helps patients with MS.",
                "Approval follows.",
                "Few use IE.",
                "Most use Firefox.",
            ],
        );
    }

    #[test]
    fn initials_and_numbers() {
        assert_split(
            "J. K. Rowling wrote it. It sold well.",
            &["J. K. Rowling wrote it.", "It sold well."],
        );
        assert_split(
            "Profit hit $1.13bn, up 3.5% on v2.0 sales. Shares rose.",
            &["Profit hit $1.13bn, up 3.5% on v2.0 sales.", "Shares rose."],
        );
        assert_split(
            "He won in 1961. The next year he lost.",
            &["He won in 1961.", "The next year he lost."],
        );
        assert_split(
            "See No. 5 and p. 12 for details.",
            &["See No. 5 and p. 12 for details."],
        );
    }

    #[test]
    fn ellipses_quotes_and_brackets() {
        assert_split(
            "Wait... Then it came. And so…",
            &["Wait...", "Then it came.", "And so…"],
        );
        assert_split(
            "He said \"no.\" Then he left.",
            &["He said \"no.\"", "Then he left."],
        );
        assert_split(
            "It works (see above.) Next point.",
            &["It works (see above.)", "Next point."],
        );
        assert_split(
            "She said, “Someone is leaking, but not us.” He left.",
            &["She said, “Someone is leaking, but not us.”", "He left."],
        );
        assert_split(
            "\"Why?\" he asked. \"Because!\" she said.",
            &["\"Why?\" he asked.", "\"Because!\" she said."],
        );
        assert_split(
            "It was . . . strange. Yes.",
            &["It was . . . strange.", "Yes."],
        );
        assert_split(
            "\"It adds options. \" Replacement hooker Jones is out.",
            &["\"It adds options. \"", "Replacement hooker Jones is out."],
        );
    }

    #[test]
    fn urls_emails_and_files() {
        assert_split(
            "Visit https://example.com/a.b?c=d. Mail j.doe@example.org. Open report.pdf now.",
            &[
                "Visit https://example.com/a.b?c=d.",
                "Mail j.doe@example.org.",
                "Open report.pdf now.",
            ],
        );
        assert_split(
            "U.S.-Russia relations. Yahoo!Inc is odd.",
            &["U.S.-Russia relations.", "Yahoo!Inc is odd."],
        );
    }

    #[test]
    fn lines_without_punctuation_stand_alone() {
        assert_split(
            "BREAKINGON\n\nBig Headline Here\n\n11/26/2025\nFirst sentence. Second one.\nSection Heading\nBody text.",
            &["BREAKINGON", "Big Headline Here", "11/26/2025", "First sentence.", "Second one.", "Section Heading", "Body text."],
        );
    }

    #[test]
    fn lists() {
        assert_split(
            "Steps:\n1. Open it.\n2. Close it\n- a bullet\n• another one",
            &[
                "Steps:",
                "1. Open it.",
                "2. Close it",
                "- a bullet",
                "• another one",
            ],
        );
        assert_split(
            "1. First point. 2. Second point.",
            &["1. First point.", "2. Second point."],
        );
    }

    #[test]
    fn whitespace_variants() {
        assert_split("One.\r\nTwo.\r\n\r\nThree.", &["One.", "Two.", "Three."]);
        assert_split("One.\u{a0}Two.\tThree.", &["One.", "Two.", "Three."]);
        assert_split(
            "a line that\ncontinues here.",
            &["a line that\ncontinues here."],
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The committee met on Tuesday to discuss the budget and\n\
                    Senator Smith argued that the proposed cuts would hurt\n\
                    Rural Schools more than anyone had expected them to.";
        assert_eq!(split(text).len(), 1);
    }

    #[test]
    fn cjk_and_emoji() {
        assert_split("你好。我很好！谢谢", &["你好。", "我很好！", "谢谢"]);
        assert_split(
            "Great 👍🏽. Next 👨‍👩‍👧 family.",
            &["Great 👍🏽.", "Next 👨‍👩‍👧 family."],
        );
    }

    #[test]
    fn long_runs_are_capped() {
        let text = "word ".repeat(2000);
        let spans = sentence_spans(&text, Lang::Auto);
        assert!(spans.len() > 1);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        let no_spaces = "x".repeat(5000);
        let spans = sentence_spans(&no_spaces, Lang::Auto);
        assert_eq!(spans.iter().map(Span::len).sum::<usize>(), 5000);
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("").is_empty());
        assert!(split(" \n\t\r\n ").is_empty());
        assert_split("...", &["..."]);
    }
}
