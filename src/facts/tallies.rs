//! Running tallies: the counts that move as a story develops. A toll, and the
//! counts of things listed in `data/facts/tallies.txt` (homes destroyed,
//! villages hit, aftershocks felt, arrests), are given anew by each later
//! version: a later version's other value is an update, not a contradiction.
//! The words that mark a figure as the latest of such a count (`rising.txt`)
//! are listed here too.

use super::lexicon::lexicon;
use super::{Fact, Slot};
use crate::model::Casualty;

/// The fact is a running count.
pub fn is_tally(f: &Fact) -> bool {
    f.slot.is_tally()
        || f.slot == Slot::Count
            && f.subject
                .as_deref()
                .is_some_and(|s| tally_noun(s) || super::runs::is_run(s))
}

/// A run of days ("a third straight night of protests"): a count that only
/// grows, exact as of the day its version tells.
pub fn is_run(f: &Fact) -> bool {
    f.slot == Slot::Count && f.subject.as_deref().is_some_and(super::runs::is_run)
}

/// A running count that may be revised down as well as up: the missing and
/// displaced are found or go home, and a count of things is corrected (the
/// homes first feared destroyed are found standing). Tolls of the dead and
/// hurt only grow.
pub fn may_fall(f: &Fact) -> bool {
    matches!(
        f.slot,
        Slot::Casualty(Casualty::Missing | Casualty::Displaced) | Slot::Count
    ) && is_tally(f)
        && !is_run(f)
}

/// A count subject ("villages (kill)", "homes") whose noun is a tally.
fn tally_noun(subject: &str) -> bool {
    let noun = subject.split(" (").next().unwrap_or(subject);
    lexicon().tallies.iter().any(|t| t == noun)
}

/// Words that say a figure is the latest of a running count.
pub fn rising_cues() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/rising.txt"))
}
