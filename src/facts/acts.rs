//! The act that governs a count: "loaded with four bullets" and "hit by
//! seven bullets" count the bullets of two acts, and "shot eleven times"
//! and "sued three times" repeat two verbs, so a count's subject carries
//! its act and counts of different acts are never compared.

use std::sync::OnceLock;

use super::lexicon::lexicon;
use crate::analysis::Analysis;
use crate::model::Span;

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
