//! A count whose sentence says nothing of what was done to the things
//! counted ("nabbed 26 pirates with six rifles and about 300 rounds") and
//! the count of the same noun that other versions tie to one act ("300
//! rounds were seized"): one count told with and without its verb.
//!
//! The bare count joins the group of the one act its noun has in that event
//! instance, and only where every value it gives fits every value of that
//! group (and of the other bare ones): it can then agree or be compatible,
//! and it adds no contradiction, nor hides one between the versions that
//! name the act. A noun counted under two acts ("villages destroyed",
//! "villages damaged") leaves its bare count alone: which one it is cannot
//! be told.

use std::collections::BTreeMap;

use crate::analysis::Analysis;
use crate::facts::{Fact, Slot, Value, LOOSE};
use crate::model::Interval;

use super::slots::Member;

/// The key facts are grouped by: (linked event instance, slot, subject).
pub(super) type Key = (String, Slot, Option<String>);

/// Moves bare counts into the group of their noun's one act, where their
/// values fit it. `rank[d]` orders the versions as the groups list them.
pub(super) fn join(groups: &mut BTreeMap<Key, Vec<Member>>, an: &[Analysis], rank: &[usize]) {
    let fact = |m: Member| -> &Fact { &an[m.0].facts.facts[m.1] };
    let bare: Vec<Key> = groups
        .keys()
        .filter(|(_, slot, s)| {
            *slot == Slot::Count
                && s.as_deref()
                    .is_some_and(|s| !s.starts_with(LOOSE) && !s.ends_with(')'))
        })
        .cloned()
        .collect();
    for key in bare {
        let noun = key.2.as_deref().unwrap_or_default();
        let acted: Vec<&Key> = groups
            .keys()
            .filter(|(link, slot, s)| {
                *link == key.0
                    && *slot == Slot::Count
                    && s.as_deref()
                        .and_then(|s| s.strip_prefix(noun))
                        .is_some_and(|rest| rest.starts_with(" (") && rest.ends_with(')'))
            })
            .collect();
        let [target] = acted.as_slice() else {
            continue;
        };
        let target = (*target).clone();
        let (with, without) = (&groups[&target], &groups[&key]);
        let fits = without.iter().all(|&b| {
            with.iter()
                .chain(without.iter())
                .all(|&o| b.0 == o.0 || fits(fact(b), fact(o)))
        });
        if !fits {
            continue;
        }
        let mut moved = groups.remove(&key).unwrap_or_default();
        let members = groups.entry(target).or_default();
        members.append(&mut moved);
        members.sort_by_key(|&(d, i)| (rank[d], i));
    }
}

/// Two counts whose values, with the rounding their wording allows, can both
/// be true.
fn fits(x: &Fact, y: &Fact) -> bool {
    match (widened(x), widened(y)) {
        (Some(a), Some(b)) => a.intersects(&b),
        _ => false,
    }
}

fn widened(f: &Fact) -> Option<Interval> {
    let Value::Number { interval, .. } = &f.value else {
        return None;
    };
    Some(if f.round {
        crate::facts::rounded(*interval, true)
    } else {
        *interval
    })
}
