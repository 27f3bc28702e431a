//! The subject of a count of things: the counted noun through the synonym
//! table (`data/facts/things.tsv`: "appliances" are "engines"), and what
//! sets the count apart from the others of that noun — the others besides
//! ones just named ("three other rifles"), the things added to a first
//! batch ("called in an additional six engines",
//! `data/facts/increments.txt`), a part of a split, a person's record, and
//! the act that was done to them ("boats intercepted" is not "boats
//! spotted").

use std::sync::OnceLock;

use super::lexicon::lexicon;
use super::LOOSE;
use crate::analysis::Analysis;
use crate::model::{Figure, Span};

/// The subject of figure `i`, whose counted noun is `lower` (lower case).
pub(super) fn subject(a: &Analysis, i: usize, f: &Figure, sentence: Span, lower: &str) -> String {
    let lex = lexicon();
    let last = lower.split_whitespace().last().unwrap_or(lower);
    let mut noun = lex
        .things
        .get(lower)
        .or_else(|| lex.things.get(last))
        .cloned()
        .unwrap_or_else(|| last.to_string());
    // "seven AK-47s and three other rifles": the others besides the ones
    // just named, a part of all the rifles.
    let after = a.doc.text[f.span.end..].trim_start();
    if lower.starts_with("other ") || after.starts_with("other ") {
        noun = format!("other {noun}");
    }
    // "three touchdowns" of Manning, "five" of a receiver not named here;
    // "11 Yemeni" of "12 Somali and 11 Yemeni pirates".
    let mut loose = super::parts::is_part(a, i, sentence);
    // "an additional six engines", "four more appliances": a batch added to
    // the first, not the count of all. Another batch of a running tally
    // ("another 20 homes destroyed") is one step of many: loose.
    if is_increment(&a.doc.text[f.span.start..f.span.end], after) {
        loose |= lex.tallies.contains(&noun);
        noun = format!("additional {noun}");
    }
    if super::records::is_record(&noun) {
        match super::records::holder(a, sentence, f.span) {
            Some(h) => noun = format!("{noun} of {h}"),
            None => loose = true,
        }
    }
    if let Some(act) = super::acts::governing_act(a, sentence, f.span, lower)
        .or_else(|| super::acts::listed_act(a, sentence, f.span, lower))
        .or_else(|| super::readers::segment_event(a, sentence, f.span))
    {
        noun = super::weapons::count_subject(&noun, &act);
    }
    if loose {
        noun = format!("{LOOSE}{noun}");
    }
    noun
}

/// Does a count's wording ("an additional six", "a further four") or the
/// word right after its number ("four more appliances") say it adds to a
/// batch told before?
fn is_increment(figure: &str, after: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    let words =
        WORDS.get_or_init(|| crate::table::words(include_str!("../../data/facts/increments.txt")));
    let first_after = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "more than 20" bounds a count; it adds nothing.
    let figure = figure.to_lowercase().replace("more than", "");
    figure
        .split(|c: char| !c.is_alphanumeric())
        .chain(std::iter::once(first_after.as_str()))
        .any(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
}
