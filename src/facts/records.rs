//! Counts of one person's record — a player's touchdowns, a coach's seasons,
//! a victim's wounds (`data/facts/records.txt`). Such a count belongs to the
//! person its sentence names before it, and to the role it is told in
//! ("seven seasons as an assistant coach"): the receiver's five touchdowns
//! are not the quarterback's three, and a coach's seasons as an assistant
//! are not his seasons as a player. With no person named ("He has five
//! touchdowns") the count cannot be tied to anyone, and is only loosely
//! linked.

use std::sync::OnceLock;

use crate::analysis::Analysis;
use crate::model::{ActorKind, Span};

/// Is a canonical counted noun one of a person's record?
pub(super) fn is_record(noun: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| crate::table::words(include_str!("../../data/facts/records.txt")))
        .iter()
        .any(|w| w == noun)
}

/// Words that end a role written after "as" ("as an assistant coach for
/// the 76ers").
const ROLE_ENDS: &[&str] = &[
    "for", "of", "with", "in", "at", "until", "and", "under", "to", "before", "after", "on",
];

/// Whose record a count at `at` is, as its subject's tail: "Manning", or
/// "Cheeks as assistant coach". The person is the last one the sentence
/// names before the count, by surname (versions name a person in full or
/// by surname alone); `None` when the sentence names no one before it.
pub(super) fn holder(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    let text = &a.doc.text;
    let person = super::starting_in(&a.actors, |m| m.span, sentence)
        .iter()
        .rev()
        .find(|m| m.kind == ActorKind::Person && m.span.end <= at.start)?;
    let surname = person.canonical.split_whitespace().last()?.to_string();
    // "seven seasons as an assistant coach": the role, within three words
    // after the count.
    let after = &text[at.end..super::near(text, sentence, at).end];
    let words: Vec<&str> = after
        .split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    let role = words
        .iter()
        .take(4)
        .position(|w| *w == "as")
        .map(|i| {
            words[i + 1..]
                .iter()
                .skip_while(|w| matches!(**w, "a" | "an" | "the"))
                .take_while(|w| {
                    !ROLE_ENDS.contains(w) && w.chars().all(|c| c.is_lowercase() || c == '-')
                })
                .take(3)
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|r| !r.is_empty());
    Some(match role {
        Some(r) => format!("{surname} as {r}"),
        None => surname,
    })
}
