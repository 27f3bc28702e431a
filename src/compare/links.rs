//! How event instances are linked across versions: the key under which a
//! fact's event meets the same event in the other versions (`main`, or
//! `main@day` for a version whose own story is a second event; an
//! instance's `class@date` or loose `class@?` otherwise).

use crate::facts::{Fact, Slot, Value};

use super::numbers::Rel;
use super::relate::relate_days;
use super::*;

impl Cx<'_> {
    /// The key that links a fact of version `d` across versions: the
    /// version's main link (`main_links`, made once per comparison) for its
    /// own event, the instance's link else.
    pub(super) fn link_of(&self, d: usize, f: &Fact) -> &str {
        let event = &self.an[d].facts.events[f.event];
        if event.main {
            &self.main_links[d]
        } else {
            &event.link
        }
    }

    /// How each version's main event is linked. Main events are one event,
    /// except in a version whose main event falls on another day than most
    /// versions' while it names their day too ("Monday's quake was the second
    /// ... Earlier on Sunday a 5.6 quake jolted the island"): that version's
    /// story is a second event, and its values are not the others'.
    pub(super) fn main_links(an: &[Analysis]) -> Vec<String> {
        // The day a version gives its main incident itself ("the quake struck
        // on Sunday"), not a day found near it.
        let day = |d: usize| -> Option<&str> {
            let facts = &an[d].facts;
            let kind = &facts.events.first()?.kind;
            facts.facts.iter().find_map(|f| match &f.value {
                Value::Timex { value }
                    if f.slot == Slot::Date && f.event == 0 && f.subject.as_ref() == Some(kind) =>
                {
                    Some(value.as_str())
                }
                _ => None,
            })
        };
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for d in 0..an.len() {
            if let Some(w) = day(d) {
                *counts.entry(w).or_default() += 1;
            }
        }
        let majority = counts
            .iter()
            .max_by_key(|(w, n)| (**n, std::cmp::Reverse(**w)))
            .filter(|(_, n)| **n >= 2)
            .map(|(w, _)| *w);
        (0..an.len())
            .map(|d| {
                let (Some(m), Some(own)) = (majority, day(d)) else {
                    return "main".to_string();
                };
                let other_day = relate_days(m, own) == Some(Rel::Contradiction);
                let names_majority = an[d].timexes.iter().any(|t| {
                    matches!(relate_days(m, &t.value), Some(Rel::Compatible)) || t.value == m
                });
                if other_day && names_majority {
                    format!("main@{own}")
                } else {
                    "main".to_string()
                }
            })
            .collect()
    }
}
