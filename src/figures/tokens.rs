//! Sentence tokenizer for the figures extractor: words, digit groups and single
//! punctuation marks, with byte spans and whether each token touches the one before.
//!
//! Hyphens and colons are separate tokens on purpose: "45-year-old", "COVID-19",
//! "150-200" and "10:30" are then told apart by looking at glued neighbours, with
//! one rule set instead of one per token shape.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Letters (and inner apostrophes): "people", "Israel's".
    Word,
    /// Digits with inner thousands separators or a decimal point, and its value.
    Num(f64),
    /// Letters and digits mixed: "G7", "3rd", "40bn", "1990s".
    Alnum,
    /// Anything else, one character at a time.
    Punct,
}

#[derive(Clone, Debug)]
pub struct Tok {
    /// Byte offsets into the document text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lowercased text.
    pub lower: String,
    /// No whitespace between this token and the previous one.
    pub glued: bool,
    /// Holds an uppercase letter (normally the first).
    pub cap: bool,
}

impl Tok {
    pub fn is(&self, s: &str) -> bool {
        self.lower == s
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn num(&self) -> Option<f64> {
        match self.kind {
            Kind::Num(v) => Some(v),
            _ => None,
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `text`, whose first byte is at `base` in the document.
pub fn tokenize(text: &str, base: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut glued = false;
    while let Some(&(pos, c)) = chars.get(i) {
        if c.is_whitespace() {
            glued = false;
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while let Some(&(_, d)) = chars.get(j) {
                if d.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let prev = chars.get(j - 1).map(|p| p.1).unwrap_or(' ');
                let next = chars.get(j + 1).map(|p| p.1).unwrap_or(' ');
                let inner = match d {
                    ',' | '.' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    d if is_apostrophe(d) => prev.is_alphabetic() && next.is_alphabetic(),
                    _ => false,
                };
                if inner {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map(|p| p.0).unwrap_or(text.len());
            let s = &text[pos..end];
            let has_digit = s.chars().any(|c| c.is_ascii_digit());
            let has_alpha = s.chars().any(|c| c.is_alphabetic());
            let kind = if has_digit && !has_alpha {
                parse_digits(s).map(Kind::Num).unwrap_or(Kind::Alnum)
            } else if has_digit || s.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()) {
                Kind::Alnum
            } else {
                Kind::Word
            };
            out.push(Tok {
                start: base + pos,
                end: base + end,
                kind,
                lower: s.to_lowercase(),
                glued,
                // "iPhone", "eBay" are names as much as "Apollo".
                cap: s.chars().any(char::is_uppercase),
            });
            i = j;
        } else {
            let end = pos + c.len_utf8();
            out.push(Tok {
                start: base + pos,
                end: base + end,
                kind: Kind::Punct,
                lower: c.to_string(),
                glued,
                cap: false,
            });
            i += 1;
        }
        glued = true;
    }
    out
}

/// "2,3" -> 2.3: a decimal comma, as much of Europe writes it. Only a comma
/// that cannot be a thousands separator (not followed by exactly three
/// digits) qualifies; the caller still decides whether the context allows it.
pub fn parse_decimal_comma(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once(',')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || frac.len() == 3 {
        return None;
    }
    format!("{int}.{frac}").parse().ok()
}

/// "1,000" -> 1000, "3.5" -> 3.5. Rejects "1.2.3" and "1,2" (not a thousands group).
pub fn parse_digits(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    if first.is_empty() || !first.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.to_string();
    for g in groups {
        if g.len() != 3 || !g.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.push_str(g);
    }
    if let Some(f) = frac {
        digits.push('.');
        digits.push_str(f);
    }
    // A numeral past f64's range parses to infinity: no value to compare.
    digits.parse().ok().filter(|v: &f64| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_glues() {
        let t = tokenize("45-year-old, 1,000 and 3.5% of COVID-19 Israel’s", 10);
        let l: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            l,
            [
                "45",
                "-",
                "year",
                "-",
                "old",
                ",",
                "1,000",
                "and",
                "3.5",
                "%",
                "of",
                "covid",
                "-",
                "19",
                "israel’s"
            ]
        );
        assert_eq!(t[0].start, 10);
        assert!(t[1].glued && !t[6].glued && t[9].glued);
        assert_eq!(t[6].num(), Some(1000.0));
        assert_eq!(t[8].num(), Some(3.5));
    }

    #[test]
    fn digit_groups() {
        assert_eq!(parse_digits("2,037"), Some(2037.0));
        assert_eq!(parse_digits("1,000,000"), Some(1e6));
        assert_eq!(parse_digits("1,2"), None);
        assert!(matches!(tokenize("G7 3rd 40bn", 0)[0].kind, Kind::Alnum));
        // A sentence-final period is not a decimal point.
        assert_eq!(tokenize("killed 85.", 0)[1].num(), Some(85.0));
    }

    #[test]
    fn multibyte_is_safe() {
        let t = tokenize("“85” — é 12€", 0);
        assert!(t.iter().any(|t| t.lower == "85"));
        assert!(t.iter().any(|t| t.lower == "€"));
    }
}
