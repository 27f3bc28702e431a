//! Paragraph and sentence segmentation of newswire text, with byte offsets.
//!
//! Paragraphs are separated by line breaks (a blank line or a single newline;
//! both styles occur), except that a line starting with a lowercase word
//! continues a line that stopped mid-sentence, as in hard-wrapped wire copy.
//!
//! Sentences end at `.`, `!`, `?` or an ellipsis, optionally followed by closing
//! quotes or brackets, then whitespace. Whether a period ends a sentence depends
//! on the word before it (an abbreviation from `data/segment/abbreviations.txt`,
//! a dotted acronym such as "U.S.", an initial) and the word after it (lowercase,
//! a digit, or a typical sentence starter from `data/segment/starters.txt`).
//! Every decision looks at a bounded window around the candidate, so the
//! splitter is linear in the text, and no sentence exceeds [`MAX_SENTENCE_BYTES`].

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::model::Span;

/// Longest sentence we emit; longer runs (a file without punctuation) are cut
/// at whitespace so that every later stage works on bounded input.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// How far back we look for the word before a period. Longer "words" are
/// never abbreviations, and the bound keeps `a.a.a.a...` inputs linear.
const MAX_TOKEN_BYTES: usize = 32;

/// How many opening quotes/brackets we skip before the next word.
const MAX_OPENERS: usize = 4;

/// How far we read the next word when checking it against the starter list.
const MAX_STARTER_BYTES: usize = 24;

const ABBREVIATIONS: &str = include_str!("../data/segment/abbreviations.txt");
const STARTERS: &str = include_str!("../data/segment/starters.txt");

/// How an abbreviation behaves before a following word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbrev {
    /// Precedes a name: never ends a sentence.
    Title,
    /// Abbreviation only before a number ("No. 10", "Jan. 5").
    Number,
    /// Ends a sentence only before a typical sentence starter.
    General,
    /// A state after a city: like `General`, but after "City, " any
    /// capitalized word starts a new sentence.
    Place,
}

fn abbreviations() -> &'static HashMap<&'static str, Abbrev> {
    static TABLE: OnceLock<HashMap<&'static str, Abbrev>> = OnceLock::new();
    TABLE.get_or_init(|| {
        data_lines(ABBREVIATIONS)
            .filter_map(|line| {
                let (class, word) = line.split_once(char::is_whitespace)?;
                let class = match class {
                    "title" => Abbrev::Title,
                    "number" => Abbrev::Number,
                    "general" => Abbrev::General,
                    "place" => Abbrev::Place,
                    _ => return None,
                };
                Some((word.trim(), class))
            })
            .collect()
    })
}

fn starters() -> &'static HashSet<&'static str> {
    static TABLE: OnceLock<HashSet<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| data_lines(STARTERS).collect())
}

/// Non-empty, non-comment lines of a data table.
fn data_lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Paragraphs of `body`, trimmed of surrounding whitespace, in text order.
///
/// A new paragraph starts after a blank line, or after a single line break
/// unless the line before stops mid-sentence and the next starts with a
/// lowercase word (a wrapped line).
pub fn paragraphs(text: &str, body: Span) -> Vec<Span> {
    let Some(b) = text.get(body.start..body.end) else {
        return Vec::new();
    };
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    let mut blank_before = false;
    for (start, end) in lines(b) {
        let line = &b[start..end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(
            body.start + start + lead,
            body.start + start + lead + trimmed.len(),
        );
        let wrapped = |cur: &Span| {
            !blank_before
                && starts_lowercase(trimmed)
                && !text.get(cur.start..cur.end).is_some_and(ends_with_stop)
        };
        match current.as_mut() {
            Some(cur) if wrapped(cur) => cur.end = span.end,
            _ => {
                out.extend(current.take());
                current = Some(span);
            }
        }
        blank_before = false;
    }
    out.extend(current);
    out
}

/// `(start, end)` of each line of `s`, line breaks excluded. `\r\n`, `\n` and a
/// lone `\r` each count as one break.
fn lines(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let mut i = start;
        while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
            i += 1;
        }
        let end = i;
        if i < bytes.len() {
            i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        pos = i;
        Some((start, end))
    })
}

/// Sentences of one paragraph, trimmed, in text order, none longer than
/// [`MAX_SENTENCE_BYTES`].
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let Some(p) = text.get(paragraph.start..paragraph.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (s, e) in split(p) {
        cap(p, s, e, &mut |s, e| {
            out.push(Span::new(paragraph.start + s, paragraph.start + e));
        });
    }
    out
}

/// Sentence ranges of `p` (trimmed, non-empty), before capping.
fn split(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = skip_ws(p, 0);
    let mut i = start;
    while i < p.len() {
        // Jump to the next byte that can begin a terminal: ASCII `.!?`, or
        // 0xE2, the lead byte of `…` (a lead byte, so `i` stays on a char
        // boundary).
        match next_terminal_byte(p.as_bytes(), i) {
            Some(k) => i = k,
            None => break,
        }
        let Some(c) = p[i..].chars().next() else {
            break;
        };
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        // The run of terminal punctuation ("?!", "...", "…"), then closers.
        let run_start = i;
        let mut j = i;
        while let Some(c) = p[j..].chars().next().filter(|&c| is_terminal(c)) {
            j += c.len_utf8();
        }
        let run = &p[run_start..j];
        while let Some(c) = p[j..].chars().next().filter(|&c| is_closer(c)) {
            j += c.len_utf8();
        }
        i = j;
        if !p[j..].starts_with(char::is_whitespace) {
            continue;
        }
        let next = skip_ws(p, j);
        if next >= p.len() {
            break;
        }
        if ends_sentence(p, start, run_start, run, next) {
            out.push((start, j));
            start = next;
            i = next;
        }
    }
    let tail = p[start..].trim_end();
    if !tail.is_empty() {
        out.push((start, start + tail.len()));
    }
    out
}

/// Index of the first byte at or after `from` that is `.`, `!`, `?` or 0xE2.
///
/// This scan is most of the splitter's work, so it tests eight bytes at a
/// time (the classic "has zero byte" word trick) and only looks at single
/// bytes in words that hold a match.
fn next_terminal_byte(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    fn has(word: u64, b: u8) -> bool {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    }
    let is_target = |b: &u8| matches!(*b, b'.' | b'!' | b'?' | 0xE2);
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut base = from;
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if has(w, b'.') || has(w, b'!') || has(w, b'?') || has(w, 0xE2) {
            if let Some(k) = chunk.iter().position(is_target) {
                return Some(base + k);
            }
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(is_target)
        .map(|k| base + k)
}

/// Decides whether the terminal run `run` at `run_start` (followed by
/// whitespace, with the next non-space character at `next`) ends the sentence
/// that began at `sent_start`.
fn ends_sentence(p: &str, sent_start: usize, run_start: usize, run: &str, next: usize) -> bool {
    let after = &p[next..];
    // ". . ." written with spaces: only the last dot can end a sentence.
    if after.starts_with(['.', '…']) {
        return false;
    }
    let word_at = skip_openers(p, next);
    let Some(first) = p[word_at..].chars().next() else {
        return false;
    };
    if starts_lowercase(&p[word_at..]) {
        return false;
    }
    // "!", "?", an ellipsis, or a period mixed with them: a full stop unless
    // lowercase follows (checked above).
    if run != "." {
        return true;
    }
    let token_start = token_start(p, run_start);
    let Some(token_start) = token_start else {
        // Too long to be an abbreviation.
        return true;
    };
    let token = p[token_start..run_start].trim_start_matches(is_opener);
    if token.is_empty() {
        return true;
    }
    // List markers at the start of a sentence: "1. The first ...", "b. Then".
    if token_start == sent_start && is_list_marker(token) {
        return false;
    }
    let class = lookup(token)
        .or_else(|| (is_initial(token) || is_dotted_acronym(token)).then_some(Abbrev::General));
    match class {
        None => true,
        Some(Abbrev::Title) => false,
        Some(Abbrev::Number) => !first.is_ascii_digit(),
        Some(Abbrev::General | Abbrev::Place) if first.is_ascii_digit() => false,
        // AP style follows a state after a city with a comma when the sentence
        // goes on ("in Buffalo, N.Y., on Friday"), so a capital after
        // "Buffalo, N.Y." starts a new sentence (a bracket after it is a
        // dateline credit: "BUFFALO, N.Y. (AP)").
        Some(Abbrev::Place)
            if word_at == next && first.is_uppercase() && after_comma(p, token_start) =>
        {
            true
        }
        Some(Abbrev::General | Abbrev::Place) => is_starter(&p[word_at..]),
    }
}

/// The table entry for `token`, also in capitals as datelines and headlines
/// write it ("INDEPENDENCE, MO.", "ACME CORP.").
fn lookup(token: &str) -> Option<Abbrev> {
    let table = abbreviations();
    if let Some(&class) = table.get(token) {
        return Some(class);
    }
    let mut cs = token.chars();
    let first = cs.next()?;
    if token.len() < 2 || !token.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let titled: String = std::iter::once(first)
        .chain(cs.map(|c| c.to_ascii_lowercase()))
        .collect();
    table.get(titled.as_str()).copied()
}

/// True when `s` starts with a lowercase word: "and", "a.m.", but not
/// "iPhone" or "eBay", which start sentences and paragraphs too.
fn starts_lowercase(s: &str) -> bool {
    let mut cs = s.chars();
    if !cs.next().is_some_and(char::is_lowercase) {
        return false;
    }
    !cs.take_while(|c| c.is_alphanumeric())
        .take(MAX_STARTER_BYTES)
        .any(char::is_uppercase)
}

/// True when `line` ends with sentence-final punctuation, possibly inside
/// closing quotes or brackets.
fn ends_with_stop(line: &str) -> bool {
    line.trim_end_matches(is_closer).ends_with(is_terminal)
}

/// Start of the whitespace-delimited token ending at `end`, or `None` when it
/// is longer than [`MAX_TOKEN_BYTES`].
fn token_start(p: &str, end: usize) -> Option<usize> {
    let mut i = end;
    for c in p[..end].chars().rev() {
        if c.is_whitespace() {
            return Some(i);
        }
        i -= c.len_utf8();
        if end - i > MAX_TOKEN_BYTES {
            return None;
        }
    }
    Some(i)
}

/// True when `rest` begins with a word from the starter table, as a whole word
/// ("A" in "A man", not the initial in "A. J. Smith").
fn is_starter(rest: &str) -> bool {
    let mut end = 0;
    for c in rest.chars() {
        if !c.is_alphabetic() || end >= MAX_STARTER_BYTES {
            break;
        }
        end += c.len_utf8();
    }
    let word = &rest[..end];
    if word.is_empty() || (rest[end..].starts_with('.') && is_initial(word)) {
        return false;
    }
    starters().contains(word)
}

/// True when the token starting at `token_start` directly follows a comma.
fn after_comma(p: &str, token_start: usize) -> bool {
    p[..token_start].trim_end().ends_with(',')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '“' | '‘' | '(' | '[' | '{' | '«' | '¿' | '¡'
    )
}

fn skip_ws(p: &str, from: usize) -> usize {
    let rest = &p[from..];
    from + (rest.len() - rest.trim_start().len())
}

fn skip_openers(p: &str, from: usize) -> usize {
    let mut i = from;
    for c in p[from..].chars().take(MAX_OPENERS) {
        if !is_opener(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// "U.S", "U.N", "a.m", "Ph.D", "D.C": letters in groups of one or two
/// joined by periods (the final period is not part of the token).
fn is_dotted_acronym(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// A single capital letter: "W" in "George W. Bush".
fn is_initial(token: &str) -> bool {
    let mut cs = token.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// "1", "12", "a", "B", "iv": what numbers a list item.
fn is_list_marker(token: &str) -> bool {
    let n = token.chars().count();
    (n <= 3 && token.chars().all(|c| c.is_ascii_digit()))
        || (n == 1 && token.chars().all(char::is_alphabetic))
        || (n <= 4 && token.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
}

/// Emits `[s, e)` cut into pieces of at most [`MAX_SENTENCE_BYTES`], each cut
/// at the last whitespace before the limit (or at a char boundary if none).
fn cap(p: &str, mut s: usize, e: usize, emit: &mut impl FnMut(usize, usize)) {
    while e - s > MAX_SENTENCE_BYTES {
        let mut limit = s + MAX_SENTENCE_BYTES;
        while !p.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &p[s..limit];
        let cut = match window.rfind(char::is_whitespace) {
            Some(k) if !window[..k].trim_end().is_empty() => s + window[..k].trim_end().len(),
            _ => limit,
        };
        emit(s, cut);
        s = skip_ws(p, cut);
        if s >= e {
            return;
        }
    }
    if e > s {
        emit(s, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert_eq!(abbreviations().get("Mr"), Some(&Abbrev::Title));
        assert_eq!(abbreviations().get("Jan"), Some(&Abbrev::Number));
        assert_eq!(abbreviations().get("Inc"), Some(&Abbrev::General));
        assert!(abbreviations().len() > 100);
        assert!(starters().contains("The"));
        assert!(!starters().contains("#"));
    }

    #[test]
    fn terminal_byte_scan_matches_a_plain_scan() {
        let text = "abc.defgh ijklmnop!qrs\u{2026}tuvwxyz? 0123456789.é…".as_bytes();
        for from in 0..=text.len() + 1 {
            let plain = text
                .get(from..)
                .and_then(|r| {
                    r.iter()
                        .position(|b| matches!(*b, b'.' | b'!' | b'?' | 0xE2))
                })
                .map(|k| from + k);
            assert_eq!(next_terminal_byte(text, from), plain, "from {from}");
        }
    }

    #[test]
    fn shapes() {
        assert!(is_dotted_acronym("U.S"));
        assert!(is_dotted_acronym("a.m"));
        assert!(is_dotted_acronym("Ph.D"));
        assert!(!is_dotted_acronym("St.Louis"));
        assert!(!is_dotted_acronym("3.5"));
        assert!(is_initial("W"));
        assert!(!is_initial("w"));
        assert!(!is_initial("We"));
    }

    #[test]
    fn cap_is_linear_and_bounded() {
        let s = "word ".repeat(2000);
        let mut spans = Vec::new();
        cap(&s, 0, s.trim_end().len(), &mut |a, b| spans.push((a, b)));
        assert!(spans.len() >= 5);
        assert!(spans
            .iter()
            .all(|&(a, b)| b > a && b - a <= MAX_SENTENCE_BYTES));
    }
}
