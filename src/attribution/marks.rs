//! Finding the words inside quotation marks, paragraph by paragraph.
//!
//! Double marks (" “ ” « », and the ``TeX-style'' pairs of wire copy) and
//! typographic single marks (‘ ’). Since ’ is
//! also the apostrophe ("Iran’s", "don’t", "the ministers’ decision"), a single
//! quote opens only with ‘ after a space and closes only with a ’ that no
//! letter follows and that does not read as a plural possessive; straight `'`
//! is never a quote mark. Single marks inside a double quote (and double marks
//! inside a single quote) are part of the quote. A double quote may continue over
//! paragraphs by the news convention (no closing mark at the end of a
//! paragraph, an opening mark at the start of the next), and over paragraphs
//! that wire copy leaves without an opening mark when the quote then closes
//! with a mark that can only close (” » ''): "Police said: ``The fire spread.
//! ¶ It is treated as suspicious''." One that never closes is dropped rather
//! than allowed to swallow the text after it.

use crate::model::Span;

/// A quote may run over at most this many paragraphs (a statement read out
/// in wire copy runs to four or five short ones).
pub const MAX_PARAGRAPHS: usize = 5;
/// ... and hold at most this many bytes in all.
pub const MAX_BYTES: usize = 8000;

/// One piece of a quote: the words inside the marks within one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub inside: Span,
    /// The opening mark.
    pub open: Span,
}

/// A quotation: one piece per paragraph it covers, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    pub pieces: Vec<Piece>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Neither,
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{AB}' | '\u{BB}')
}

fn is_single(c: char) -> bool {
    matches!(c, '\u{2018}' | '\u{2019}')
}

/// Any character that is or begins a quotation mark, the TeX-style pairs'
/// halves included.
pub fn is_quote_char(c: char) -> bool {
    is_mark(c) || is_single(c) || c == '`' || c == '\''
}

/// ‘ opens after a space or an opening bracket, before a word that is not a
/// number ("the ‘90s" is an elision).
fn opens_single(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}' | '\u{2013}'))
        && next.is_some_and(|n| !n.is_whitespace() && !n.is_ascii_digit())
}

/// ’ closes after a word when no letter follows, unless it reads as a plural
/// possessive ("the ministers’ decision").
fn closes_single(prev: Option<char>, rest: &str) -> bool {
    let mut after = rest.chars();
    let next = after.next();
    let possessive =
        prev == Some('s') && next == Some(' ') && after.next().is_some_and(|c| c.is_lowercase());
    prev.is_some_and(|p| !p.is_whitespace())
        && !next.is_some_and(char::is_alphanumeric)
        && !possessive
}

/// Whether a mark opens or closes a quote. Typographic marks say so; a
/// straight `"` is read from its neighbours, and from whether a quote is open
/// when the neighbours do not tell.
/// `before` is the last character before `prev`'s run of spaces.
fn role(
    c: char,
    prev: Option<char>,
    before: Option<char>,
    next: Option<char>,
    is_open: bool,
) -> Role {
    match c {
        '\u{201C}' | '\u{AB}' => Role::Open,
        '\u{201D}' | '\u{BB}' => Role::Close,
        _ => {
            let space_before = prev.is_none_or(|p| {
                p.is_whitespace() || matches!(p, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '/')
            });
            let space_after = next.is_none_or(|n| {
                n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']')
            });
            // Text re-joined from tokens puts a space before a closing mark
            // ("found soon, "Hastings said"; "the building. "): with a quote
            // open, a mark after a space that follows the quote's final
            // punctuation closes it, and so does a mark standing alone.
            let ends_sentence = prev.is_some_and(char::is_whitespace)
                && before.is_some_and(|b| matches!(b, ',' | '.' | '!' | '?'));
            match (space_before, space_after) {
                (true, false) if is_open && ends_sentence => Role::Close,
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                (true, true) if is_open && prev.is_some() => Role::Close,
                (true, true) => Role::Neither,
                (false, false) => {
                    if is_open {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
            }
        }
    }
}

/// The quotation mark starting at byte `i` of `s` and its length. The
/// TeX-style pairs of wire copy, ``like this'', read as the typographic
/// marks they stand for; a lone backquote or apostrophe is no mark.
fn mark_at(s: &str, i: usize) -> Option<(char, usize)> {
    let rest = s.get(i..)?;
    if rest.starts_with("``") {
        return Some(('\u{201C}', 2));
    }
    if rest.starts_with("''") {
        return Some(('\u{201D}', 2));
    }
    let c = rest.chars().next()?;
    (is_mark(c) || is_single(c)).then(|| (c, c.len_utf8()))
}

/// The first double quotation mark of a paragraph (a TeX-style pair read as
/// the mark it stands for); single marks, apostrophes too, are passed over.
fn first_double_mark(s: &str) -> Option<char> {
    s.match_indices(is_quote_char)
        .filter_map(|(i, _)| mark_at(s, i))
        .map(|(c, _)| c)
        .find(|&c| !is_single(c))
}

/// Trims whitespace inside a span.
fn trim(text: &str, s: Span) -> Span {
    let t = s.of(text);
    let lead = t.len() - t.trim_start().len();
    let inner = t.trim();
    Span::new(s.start + lead, s.start + lead + inner.len())
}

/// Quotes in `paragraphs` of `text`, in order.
pub fn find(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    // Pieces of a quote left open at the end of the previous paragraph, and
    // whether a paragraph of it ended inside a mark read as nested (``a
    // closing mark typed as an opening one``): such a quote is not trusted to
    // run on through paragraphs with no mark.
    let mut carried: Option<(Vec<Piece>, bool)> = None;
    let mut nested = false;
    for &p in paragraphs {
        let s = p.of(text);
        // (content start, opening mark, nesting depth of typographic marks)
        let mut open: Option<(usize, Span, usize)> = None;
        let mut continuing: Option<Vec<Piece>> = None;
        let mut skip_first = false;
        // an open single quote: (content start, opening mark)
        let mut single: Option<(usize, Span)> = None;
        if let Some((pieces, was_nested)) = carried.take() {
            let first = mark_at(s, 0);
            if let Some((_, len)) =
                first.filter(|&(c, _)| is_mark(c) && !matches!(c, '\u{201D}' | '\u{BB}'))
            {
                if pieces.len() < MAX_PARAGRAPHS {
                    let m = Span::new(p.start, p.start + len);
                    open = Some((m.end, m, 0));
                    continuing = Some(pieces);
                    nested = was_nested;
                    skip_first = true;
                }
            } else if pieces.len() < MAX_PARAGRAPHS && !was_nested {
                // No opening mark: the quote goes on only if this paragraph
                // has no double mark at all, or its first one can only close.
                match first_double_mark(s) {
                    None => {
                        let mut pieces = pieces;
                        pieces.push(Piece {
                            inside: trim(text, p),
                            open: Span::new(p.start, p.start),
                        });
                        let bytes: usize = pieces.iter().map(|q| q.inside.len()).sum();
                        if bytes <= MAX_BYTES {
                            carried = Some((pieces, false));
                        }
                        continue;
                    }
                    Some('\u{201D}' | '\u{BB}') => {
                        let m = Span::new(p.start, p.start);
                        open = Some((m.end, m, 0));
                        continuing = Some(pieces);
                        nested = false;
                    }
                    Some(_) => {}
                }
            }
        }
        // the second character of a two-character mark ("``", "''") is skipped
        let mut skip_to = 0;
        for (i, _) in s.match_indices(is_quote_char) {
            if i < skip_to {
                continue;
            }
            let Some((c, len)) = mark_at(s, i) else {
                continue;
            };
            skip_to = i + len;
            if skip_first {
                skip_first = false;
                if i == 0 {
                    continue;
                }
            }
            let prev = s[..i].chars().next_back();
            let rest = &s[i + len..];
            let next = rest.chars().next();
            let at = p.start + i;
            let mark = Span::new(at, at + len);
            if is_single(c) {
                if open.is_some() {
                    continue; // nested in a double quote
                }
                match single {
                    None if c == '\u{2018}' && opens_single(prev, next) => {
                        single = Some((mark.end, mark));
                    }
                    Some((start, m)) if c == '\u{2019}' && closes_single(prev, rest) => {
                        let inside = trim(text, Span::new(start, at));
                        let letters = inside
                            .of(text)
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .count();
                        if letters >= 2 && inside.len() <= MAX_BYTES {
                            out.push(Quoted {
                                pieces: vec![Piece { inside, open: m }],
                            });
                        }
                        single = None;
                    }
                    _ => {}
                }
                continue;
            }
            if single.is_some() {
                continue; // nested in a single quote
            }
            let before = s[..i].trim_end().chars().next_back();
            match (role(c, prev, before, next, open.is_some()), open) {
                (Role::Open, None) => open = Some((mark.end, mark, 0)),
                (Role::Open, Some((start, m, depth))) => {
                    if c != '"' {
                        // a typographic quote inside a quote
                        open = Some((start, m, depth + 1));
                    } else {
                        // an unbalanced straight mark: start over from here
                        continuing = None;
                        open = Some((mark.end, mark, 0));
                    }
                }
                (Role::Close, Some((start, m, depth))) => {
                    if depth > 0 && c != '"' {
                        open = Some((start, m, depth - 1));
                    } else {
                        let piece = Piece {
                            inside: trim(text, Span::new(start, at)),
                            open: m,
                        };
                        let mut pieces = continuing.take().unwrap_or_default();
                        pieces.push(piece);
                        let bytes: usize = pieces.iter().map(|q| q.inside.len()).sum();
                        pieces.retain(|q| !q.inside.is_empty());
                        if bytes <= MAX_BYTES && !pieces.is_empty() {
                            out.push(Quoted { pieces });
                        }
                        open = None;
                    }
                }
                _ => {}
            }
        }
        if let Some((start, m, depth)) = open {
            let chained = continuing.is_some();
            let mut pieces = continuing.take().unwrap_or_default();
            pieces.push(Piece {
                inside: trim(text, Span::new(start, p.end)),
                open: m,
            });
            let bytes: usize = pieces.iter().map(|q| q.inside.len()).sum();
            if bytes <= MAX_BYTES {
                carried = Some((pieces, (chained && nested) || depth > 0));
            }
        }
    }
    out.sort_by_key(|q| q.pieces.first().map(|p| p.inside.start));
    out
}
