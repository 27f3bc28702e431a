//! Word and punctuation tokens of one sentence, with byte spans.

use crate::model::Span;

/// Tokens kept per sentence. Real sentences have a few dozen; a runaway
/// "sentence" (a file without punctuation) is only read this far.
pub const MAX_TOKENS: usize = 4000;

#[derive(Clone, Debug)]
pub struct Tok {
    pub span: Span,
    /// Lowercase, with ’ written as '.
    pub norm: String,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// Starts with an uppercase letter.
    pub cap: bool,
}

impl Tok {
    pub fn is(&self, c: char) -> bool {
        !self.word && self.norm.starts_with(c)
    }
    pub fn digit(&self) -> bool {
        self.norm.starts_with(|c: char| c.is_ascii_digit())
    }
    /// All letters uppercase and at least two of them ("US", "IRGC").
    pub fn acronym(&self, text: &str) -> bool {
        let s = self.span.of(text);
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && s.chars().all(|c| !c.is_lowercase())
    }
}

/// Characters that join two alphanumeric runs into one word.
fn joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '-' | '.' | '&' | ',' | '\u{2010}' | '\u{2011}'
    )
}

/// Tokenizes `span` of `text`: words keep inner apostrophes, hyphens and dots
/// ("Iran’s", "so-called", "U.S."), and a final dot that does not end the
/// sentence ("Mr.", "F."); digits keep thousands commas; any other non-space
/// character is a token of its own.
pub fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let s = span.of(text);
    let base = span.start;
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if out.len() >= MAX_TOKENS {
            break;
        }
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let end = i + c.len_utf8();
            out.push(Tok {
                span: Span::new(base + i, base + end),
                norm: c.to_string(),
                word: false,
                cap: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut prev = c;
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                prev = d;
                it.next();
                continue;
            }
            if joiner(d) && prev.is_alphanumeric() {
                let after = s[j + d.len_utf8()..].chars().next();
                let ok = match after {
                    Some(a) if a.is_alphanumeric() => {
                        d != ',' || (prev.is_ascii_digit() && a.is_ascii_digit())
                    }
                    _ => false,
                };
                if ok {
                    end = j + d.len_utf8();
                    prev = d;
                    it.next();
                    continue;
                }
            }
            break;
        }
        // "U.S." keeps its final dot: every part before it is one letter. So
        // does a word whose dot the sentence splitter passed over before the
        // next word: an abbreviation inside a name ("Mr. Price", "Walter F.
        // Williams", "the St. Louis company", "the No. 1 maker"), which would
        // otherwise cut the name in two like a comma.
        if s[end..].starts_with('.') {
            let w = &s[i..end];
            let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() == 1);
            let mut after = s[end + 1..].chars();
            let inside = after.next().is_some_and(char::is_whitespace)
                && after
                    .find(|c| !c.is_whitespace())
                    .is_some_and(char::is_alphanumeric);
            if dotted || inside {
                end += 1;
                it.next();
            }
        }
        let raw = &s[i..end];
        out.push(Tok {
            span: Span::new(base + i, base + end),
            norm: if raw.contains('\u{2019}') {
                raw.to_lowercase().replace('\u{2019}', "'")
            } else if raw.is_ascii() {
                raw.to_ascii_lowercase()
            } else {
                raw.to_lowercase()
            },
            word: true,
            cap: c.is_uppercase(),
        });
    }
    out
}
