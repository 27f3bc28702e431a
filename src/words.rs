//! Words in plain text: word-boundary search, shared by the stages that
//! look a name up in a document (actors, compare), and the word scanner
//! that claims and facts read sentences with.

use std::sync::OnceLock;

/// Does `text` contain `word` with no letter or digit on either side?
pub fn contains_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(i, _)| {
            let before = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = text[i + word.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
}

/// The words of `text` with their offsets, exactly the matches of the regex
/// `[\p{L}\p{N}][\p{L}\p{N}'’\-]*` in order: a letter or number, then
/// letters, numbers, apostrophes and hyphens.
///
/// A hand-written scan rather than that regex: for the short stretches the
/// fact layer reads, one word at a time, setting up each regex search cost
/// more than the words themselves (7% of a whole run went to it).
pub fn scan(text: &str) -> Scan<'_> {
    Scan { text, at: 0 }
}

/// The iterator of [`scan`].
pub struct Scan<'a> {
    text: &'a str,
    at: usize,
}

/// What a character may be in a word.
#[derive(PartialEq)]
enum Part {
    /// A letter or number: starts and continues a word.
    Core,
    /// An apostrophe or hyphen: continues a word only.
    Joiner,
    Not,
}

fn part(c: char) -> Part {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => Part::Core,
        '\'' | '’' | '-' => Part::Joiner,
        c if c.is_ascii() => Part::Not,
        c if letter_or_number(c) => Part::Core,
        _ => Part::Not,
    }
}

/// Whether `c` is in `\p{L}` or `\p{N}`, by the regex engine's own tables.
fn letter_or_number(c: char) -> bool {
    static RANGES: OnceLock<Vec<(char, char)>> = OnceLock::new();
    let ranges = RANGES.get_or_init(|| {
        let hir = regex_syntax::parse(r"[\p{L}\p{N}]").expect("a Unicode class");
        match hir.kind() {
            regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(cls)) => {
                cls.ranges().iter().map(|r| (r.start(), r.end())).collect()
            }
            _ => Vec::new(),
        }
    });
    let i = ranges.partition_point(|&(_, end)| end < c);
    ranges.get(i).is_some_and(|&(start, _)| start <= c)
}

impl<'a> Iterator for Scan<'a> {
    /// The word's byte offset in the text, and the word.
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let rest = self.text.get(self.at..)?;
        let mut start = None;
        for (i, c) in rest.char_indices() {
            let p = part(c);
            match start {
                None if p == Part::Core => start = Some(i),
                Some(s) if p == Part::Not => {
                    self.at += i;
                    return Some((self.at - (i - s), &rest[s..i]));
                }
                _ => {}
            }
        }
        self.at = self.text.len();
        start.map(|s| (self.text.len() - (rest.len() - s), &rest[s..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_regex(text: &str) -> Vec<(usize, &str)> {
        let re = regex::Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*").unwrap();
        re.find_iter(text)
            .map(|m| (m.start(), m.as_str()))
            .collect()
    }

    #[test]
    fn scan_finds_the_words_the_regex_finds() {
        for text in [
            "",
            "   ",
            "Iran’s 1,000 ‘quick-fix’ plans -- at 3.5% -x- 'twas",
            "José Núñez, 45-year-old; ÅSA ½ Ⅻ ² ٣ 漢字 Ελλάδα ok—done",
            "end-",
            "a",
            "’-'",
            "e\u{301}t\u{e9} x\u{200d}y",
        ] {
            let got: Vec<(usize, &str)> = scan(text).collect();
            assert_eq!(got, by_regex(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn scan_matches_the_regex_on_any_text(
            text in "[a-z0-9A-Z'’ .,\\-éß½Ⅻ٣漢—“\u{301}\u{200d}]{0,40}|\\PC{0,40}"
        ) {
            let got: Vec<(usize, &str)> = scan(&text).collect();
            proptest::prop_assert_eq!(got, by_regex(&text));
        }
    }

    #[test]
    fn scan_splits_at_other_marks() {
        let got: Vec<&str> = scan("Two (2) killed; U.S. says “no”")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(got, ["Two", "2", "killed", "U", "S", "says", "no"]);
    }
}
