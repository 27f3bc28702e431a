//! Which of two versions' values of a running count came first, told by the
//! versions' own publication dates across every version that gives each
//! value, not only by the first version of each.
//!
//! Outlets lag and lead each other: on the day of a quake one wire may have
//! "at least three" dead while another already has "10", and the next
//! morning every version has 10. The first version of each value can then be
//! from one day, though the count plainly moved on: a value first given on
//! day one and given again, higher, by versions of day two was updated. When
//! any version goes the other way (a later version with the lower value), the
//! order is not told and nothing is claimed.

use super::slots::Member;
use super::*;
use crate::facts::tallies::{is_tally, may_fall};
use crate::facts::Value;

impl Cx<'_> {
    /// Two classes of compatible values of a running count ("at least
    /// three", "10") where some version of one was published after some
    /// version of the other and moved the count on, and no pair of versions
    /// published apart goes the other way.
    pub(super) fn moved_on(&self, a: &[Member], b: &[Member]) -> bool {
        let f = self.fact(a[0]);
        if !is_tally(f) || f.vague || self.fact(b[0]).vague {
            return false;
        }
        let mut forward = false;
        for &x in a {
            for &y in b {
                if !self.dated_apart(x, y) {
                    continue;
                }
                if !self.later_is_update(x, y) {
                    return false;
                }
                forward = true;
            }
        }
        forward
    }

    /// The order an update's values are told in: a count that only grows
    /// by its level (versions of one day may hold either value), any other
    /// by the date of its first version.
    pub(super) fn update_key(&self, c: &[Member]) -> (i64, Option<chrono::NaiveDate>, usize) {
        let f = self.fact(c[0]);
        let level = match &f.value {
            Value::Number { interval, .. } if is_tally(f) && !may_fall(f) => {
                // Thousandths keep magnitudes and decimals apart as integers.
                (interval.low.value().unwrap_or(0.0) * 1000.0) as i64
            }
            _ => 0,
        };
        (level, self.an[c[0].0].doc.date, self.rank[c[0].0])
    }
}
