//! Text helpers for actor matching: diacritic folding with an offset map back
//! to the original text, and a word tokenizer that keeps possessives apart.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds one character for matching: diacritics dropped, typographic
/// apostrophes made ASCII. Pushes the result onto `out`.
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => out.push('\''),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        c if c.is_ascii() => out.push(c),
        c => {
            let before = out.len();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            });
            if out.len() == before {
                // A lone combining mark: keep something so offsets stay sane.
                out.push(c);
            }
        }
    }
}

/// `text` folded, and for every byte of the folded text (plus one past the
/// end) the offset of the original character it came from.
pub fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        map.extend(std::iter::repeat_n(i, out.len() - before));
    }
    map.push(text.len());
    (out, map)
}

/// Folded form without offsets.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Key under which two written forms count as the same name: folded,
/// lowercased, without dots, a leading "the" or repeated spaces
/// ("U.S." = "US", "Nicolás Maduro" = "Nicolas Maduro").
pub fn key(text: &str) -> String {
    // Names are keyed all the time and are mostly ASCII, which folds to itself.
    let f = if text.is_ascii() {
        text.bytes()
            .filter(|&b| b != b'.')
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect()
    } else {
        fold(text).to_lowercase().replace('.', "")
    };
    let mut words = f.split_whitespace().peekable();
    let mut out = String::with_capacity(f.len());
    if let Some(first) = words.next() {
        if first != "the" || words.peek().is_none() {
            out.push_str(first);
        }
    }
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Number of non-ASCII letters: a form with diacritics is preferred over its folded twin.
pub fn diacritics(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_ascii() && c.is_alphabetic())
        .count()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// A possessive ending: `'s`, `’s`, or a bare apostrophe after a word in s.
    Poss,
    Punct,
    /// A line break: names never run across one.
    Break,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Splits `text[from..to]` into words, possessive endings, punctuation and line
/// breaks. Hyphens and apostrophes inside a word stay in it ("al-Qaeda",
/// "O'Brien"), except a possessive `'s`.
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
    let mut toks = Vec::new();
    if text.get(from..to).is_none() {
        return toks;
    }
    let at = |p: usize| -> Option<char> {
        if p >= to {
            None
        } else {
            text.get(p..to).and_then(|s| s.chars().next())
        }
    };
    let mut p = from;
    while let Some(c) = at(p) {
        let cl = c.len_utf8();
        if c == '\n' {
            toks.push(Tok {
                start: p,
                end: p + 1,
                kind: TokKind::Break,
            });
            p += 1;
        } else if c.is_whitespace() {
            p += cl;
        } else if is_word_char(c) {
            let start = p;
            let mut q = p + cl;
            while let Some(cq) = at(q) {
                let ql = cq.len_utf8();
                if is_word_char(cq) {
                    q += ql;
                    continue;
                }
                let next = at(q + ql);
                let joins = next.is_some_and(is_word_char);
                if matches!(cq, '-' | '\u{2010}' | '\u{2011}') && joins {
                    q += ql;
                    continue;
                }
                if is_apostrophe(cq) && joins {
                    let possessive = matches!(next, Some('s') | Some('S'))
                        && !at(q + ql + 1).is_some_and(is_word_char);
                    if !possessive {
                        q += ql;
                        continue;
                    }
                }
                break;
            }
            toks.push(Tok {
                start,
                end: q,
                kind: TokKind::Word,
            });
            p = q;
        } else if is_apostrophe(c)
            && toks
                .last()
                .is_some_and(|t| t.kind == TokKind::Word && t.end == p)
        {
            let next = at(p + cl);
            if matches!(next, Some('s') | Some('S')) && !at(p + cl + 1).is_some_and(is_word_char) {
                toks.push(Tok {
                    start: p,
                    end: p + cl + 1,
                    kind: TokKind::Poss,
                });
                p += cl + 1;
            } else {
                let kind = if next.is_some_and(is_word_char) {
                    TokKind::Punct
                } else {
                    TokKind::Poss
                };
                toks.push(Tok {
                    start: p,
                    end: p + cl,
                    kind,
                });
                p += cl;
            }
        } else {
            toks.push(Tok {
                start: p,
                end: p + cl,
                kind: TokKind::Punct,
            });
            p += cl;
        }
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The general path of [`key`], which the ASCII fast path must agree with.
    fn slow_key(text: &str) -> String {
        let f = fold(text).to_lowercase().replace('.', "");
        let mut words: Vec<&str> = f.split_whitespace().collect();
        if words.len() > 1 && words[0] == "the" {
            words.remove(0);
        }
        words.join(" ")
    }

    #[test]
    fn ascii_keys_match_the_general_path() {
        for t in [
            "",
            "the",
            "The",
            "THE Kremlin",
            "the U.S.",
            "U. S.",
            "the . x",
            " a\u{b}b ",
            "Mr.  Smith",
            "the the",
            "Nicolás Maduro",
            "x.",
            ". .",
            "\tThe\nHague ",
        ] {
            assert_eq!(key(t), slow_key(t), "{t:?}");
        }
    }
}
