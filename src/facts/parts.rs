//! Counts that describe a part of what the story counts, told in the shape
//! of the sentence rather than with a word like "alone":
//! - one of a split of a total: "the 12 Somali and 11 Yemeni pirates" counts
//!   the Yemenis among the pirates, not the pirates;
//! - a member of a set as the sentence's subject: "One of the cables links
//!   33 countries" (`data/facts/member_openers.txt`).
//!
//! Such a count is only loosely linked to the others: it may agree with
//! another version's count, never contradict it.

use std::sync::OnceLock;

use crate::analysis::Analysis;
use crate::model::Span;

/// Words between two counts of one split at most: the earlier part's name
/// and the joiner ("12 Somali and 11").
const SPLIT_GAP: usize = 2;

/// Is figure `i` an item of a split ("12 Somali and 11 Yemeni pirates",
/// "detained eight Albanian and six Turkish smugglers")? The earlier count
/// has no counted noun of its own (it shares the later one's) and stands a
/// word before "and" or "or". A list of things ("14 AK-47 rifles, 31
/// magazines") names a noun for each count.
pub(super) fn split_item(a: &Analysis, i: usize, sentence: Span) -> bool {
    let pair = |earlier: usize, later: usize| {
        let (Some(e), Some(l)) = (a.figures.get(earlier), a.figures.get(later)) else {
            return false;
        };
        if !sentence.contains(e.span) || !sentence.contains(l.span) {
            return false;
        }
        if e.counts.is_some() || e.unit.is_some() || l.unit.is_some() {
            return false;
        }
        let gap = a.doc.text[e.span.end..l.span.start].trim();
        let words: Vec<&str> = gap.split_whitespace().collect();
        // "two and 11": a split names each part ("Somali", "Yemeni").
        matches!(words.last(), Some(&"and" | &"or"))
            && words.len() >= 2
            && words.len() <= SPLIT_GAP
            && !gap.contains(',')
    };
    i.checked_sub(1).is_some_and(|p| pair(p, i)) || pair(i, i + 1)
}

/// Is figure `i` an item of a toll split by who the people were ("two
/// women and one man died", "three soldiers and two civilians were
/// hurt")? Each count names its own people and the two stand joined by
/// "and" or "or" with nothing else between: neither is the toll. "killing
/// two women and wounding one man" counts two tolls, each whole.
pub(super) fn people_split_item(a: &Analysis, i: usize, sentence: Span) -> bool {
    let pair = |earlier: usize, later: usize| {
        let (Some(e), Some(l)) = (a.figures.get(earlier), a.figures.get(later)) else {
            return false;
        };
        if !sentence.contains(e.span) || !sentence.contains(l.span) || e.span.end > l.span.start {
            return false;
        }
        let (Some(en), Some(ln)) = (e.counts.as_deref(), l.counts.as_deref()) else {
            return false;
        };
        if e.category.is_none() && l.category.is_none() || en.eq_ignore_ascii_case(ln) {
            return false;
        }
        // The earlier count's noun (a word or two) and the joiner, and no
        // verb of its own ("two women killed and one man").
        let span = Span::new(e.span.end, l.span.start);
        let gap = span.of(&a.doc.text).to_lowercase();
        let words: Vec<&str> = crate::words::scan(&gap).map(|(_, w)| w).collect();
        matches!(words.last(), Some(&"and" | &"or"))
            && (2..=3).contains(&words.len())
            && !gap.contains(',')
            && crate::claims::find_events(&a.doc.text, span)
                .next()
                .is_none()
    };
    i.checked_sub(1).is_some_and(|p| pair(p, i)) || pair(i, i + 1)
}

/// Does the sentence open on one member of a set, before the count?
fn member_subject(a: &Analysis, sentence: Span, at: Span) -> bool {
    static PHRASES: OnceLock<Vec<String>> = OnceLock::new();
    let phrases = PHRASES
        .get_or_init(|| crate::table::words(include_str!("../../data/facts/member_openers.txt")));
    let head = a.doc.text[sentence.start..at.start]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    phrases.iter().any(|p| {
        head.strip_prefix(p.as_str())
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
    })
}

/// Is figure `i` (in `sentence`) a count of a part, by the shape of its
/// sentence?
pub(super) fn is_part(a: &Analysis, i: usize, sentence: Span) -> bool {
    split_item(a, i, sentence) || member_subject(a, sentence, a.figures[i].span)
}
