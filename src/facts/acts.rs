//! The act that governs a count: "loaded with four bullets" and "hit by
//! seven bullets" count the bullets of two acts, and "shot eleven times"
//! and "sued three times" repeat two verbs, so a count's subject carries
//! its act and counts of different acts are never compared.

use std::sync::OnceLock;

use super::lexicon::lexicon;
use crate::analysis::Analysis;
use crate::model::Span;

/// The family of harm an act belongs to (`data/facts/act_families.tsv`):
/// "bomb", "fire" and "smash" done to banks are all "attack", so that one
/// set of banks counted under each outlet's verb is one count; an act of
/// no row is its own ("damage" is not "destroy").
pub(super) fn family(act: &str) -> &str {
    static FAMILIES: OnceLock<std::collections::HashMap<String, String>> = OnceLock::new();
    FAMILIES
        .get_or_init(|| {
            crate::table::rows(include_str!("../../data/facts/act_families.tsv"))
                .filter_map(|r| match r.as_slice() {
                    [family, acts, ..] => Some((family.to_string(), acts.to_string())),
                    _ => None,
                })
                .flat_map(|(family, acts)| {
                    acts.split_whitespace()
                        .map(|a| (a.to_string(), family.clone()))
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .get(act)
        .map_or(act, String::as_str)
}

/// The act a word names: its event type (`data/claims/events.tsv`), else
/// its act (`data/facts/acts.tsv`).
fn act_of(word: &str) -> Option<String> {
    let w = word.to_lowercase();
    crate::claims::find_event(&w, Span::new(0, w.len()))
        .map(|e| e.kind)
        .or_else(|| lexicon().acts.get(&w).cloned())
}

/// Words a count's own verb may stand behind: qualifiers, auxiliaries and
/// the prepositions that tie a verb to its count ("loaded with", "hit by";
/// `data/facts/beside_count.txt`).
fn beside_count(word: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| crate::table::words(include_str!("../../data/facts/beside_count.txt")))
        .iter()
        .any(|w| w == word)
}

/// The verb that governs a count: written right before it ("loaded with
/// four bullets", "hit by seven bullets", "fired a total of 11 rounds") or
/// right after its noun ("seven bullets entered his body", "Seven bullets
/// hit him"), past qualifiers and auxiliaries only. `counted` is the
/// counted noun phrase, lower case.
pub(super) fn governing_act(
    a: &Analysis,
    sentence: Span,
    at: Span,
    counted: &str,
) -> Option<String> {
    let text = &a.doc.text;
    let seg = super::stretch(text, sentence, at);
    let before: Vec<&str> = crate::claims::word_re()
        .find_iter(&text[seg.start..at.start])
        .map(|m| m.as_str())
        .collect();
    let prior = before
        .iter()
        .rev()
        .find(|w| !beside_count(&w.to_lowercase()));
    if let Some(act) = prior.and_then(|w| act_of(w)) {
        return Some(act);
    }
    // A verb and its particle ("called in an additional six engines",
    // "sent out four crews"): the verb before the particle.
    const PARTICLES: &[&str] = &["in", "out", "up", "off"];
    let mut rev = before
        .iter()
        .rev()
        .filter(|w| !beside_count(&w.to_lowercase()));
    if rev
        .next()
        .is_some_and(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
    {
        if let Some(act) = rev.next().and_then(|w| act_of(w)) {
            return Some(act);
        }
    }
    let noun: Vec<&str> = counted.split_whitespace().collect();
    crate::claims::word_re()
        .find_iter(&text[at.end..seg.end])
        .map(|m| m.as_str().to_lowercase())
        .skip_while(|w| noun.contains(&w.as_str()))
        .find(|w| !beside_count(w))
        .and_then(|w| act_of(&w))
}

/// The verb that heads a list of objects a count closes or stands in
/// ("attacked a government building, four shops and two banks"): the count
/// is an item of the list (after "and", "or" or a comma, ending the
/// sentence or followed by another item) and the verb is the first act
/// met walking back over the items. Words that open a phrase or a clause
/// of their own ("with", "in", "who", "said") end the walk: "torched cars
/// in the north, and three banks remained closed" lists nothing.
pub(super) fn listed_act(a: &Analysis, sentence: Span, at: Span, counted: &str) -> Option<String> {
    const STOPS: &[&str] = &[
        "with", "in", "on", "at", "by", "for", "from", "to", "of", "into", "near", "after",
        "before", "during", "who", "which", "that", "when", "while", "where", "but", "as", "said",
        "says", "than",
    ];
    const JOINS: &[&str] = &["and", "or"];
    let text = &a.doc.text;
    let within = super::near(text, sentence, at);
    // The count closes its item: its noun, then the end of the sentence,
    // a comma or another item.
    let noun: Vec<&str> = counted.split_whitespace().collect();
    let after = &text[at.end..within.end];
    let mut rest =
        crate::words::scan(after).skip_while(|(_, w)| noun.contains(&w.to_lowercase().as_str()));
    match rest.next() {
        None => {}
        Some((i, w)) => {
            let gap = &after[..i];
            if !(gap.contains(',') || JOINS.contains(&w.to_lowercase().as_str())) {
                return None;
            }
        }
    }
    // Back from the count, within marks no list crosses.
    let before = &text[within.start..at.start];
    let start = before
        .char_indices()
        .rfind(|(_, c)| [';', ':', '—', '(', '"', '“'].contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let before = &before[start..];
    let words: Vec<(usize, String)> = crate::words::scan(before)
        .map(|(i, w)| (i, w.to_lowercase()))
        .collect();
    let items = words.iter().rev().skip_while(|(_, w)| beside_count(w));
    // The count is itself an item: "and" or a comma just before it.
    let listed = match items.clone().next() {
        Some((i, w)) => JOINS.contains(&w.as_str()) || before[i + w.len()..].contains(','),
        None => false,
    };
    if !listed {
        return None;
    }
    // A verb in the past that heads the list ("attacked", "recovered"),
    // not a noun of an item that names an act ("seven assault rifles").
    items
        .take(12)
        .take_while(|(_, w)| !STOPS.contains(&w.as_str()))
        .filter(|(_, w)| w.ends_with("ed"))
        .find_map(|(_, w)| act_of(w))
}

/// The verb whose repetitions "N times" counts: the nearest act before it
/// in its stretch of the sentence, past its object ("hitting Gray eleven
/// times", "shot him seven times"), qualifiers and auxiliaries.
pub(super) fn repeated_act(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    const OBJECTS: &[&str] = &["him", "her", "them", "it", "us", "me", "you"];
    let text = &a.doc.text;
    let seg = super::stretch(text, sentence, at);
    let words: Vec<&str> = crate::claims::word_re()
        .find_iter(&text[seg.start..at.start])
        .map(|m| m.as_str())
        .collect();
    words
        .iter()
        .rev()
        .filter(|w| {
            let lower = w.to_lowercase();
            !beside_count(&lower)
                && !OBJECTS.contains(&lower.as_str())
                && !w.starts_with(char::is_uppercase)
        })
        .take(1)
        .find_map(|w| act_of(w))
}
