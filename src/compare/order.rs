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
//!
//! Versions of one publication day are told apart by the latest day their
//! own story reaches: a paper dated Monday that tells only of "Sunday's
//! quake" is Sunday's news, a wire of the same Monday whose "sixth
//! aftershock shook the island on Monday" is Monday's. A version whose story
//! names no day of that week is of its publication day, and cannot be set
//! before or after another of that day, unless the clock stamps at the tops
//! of the two versions order them ([`super::stamps`]: "1:05 PM EDT" before
//! "7:12pm BST").

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::numbers::Rel;
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
                if !self.told_apart(x, y) {
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

    /// How two classes of values of one fact relate: as their first
    /// members do, but a running count that two versions of one moment give
    /// differently may still have moved on between two other versions whose
    /// moments are told apart (Sunday's "seven" in one paper, Monday's "12"
    /// in another); whether some pair goes the other way is then weighed by
    /// `ordered`.
    pub(super) fn relate_classes(&self, a: &[Member], b: &[Member]) -> Option<Rel> {
        let r = self.relate_facts(a[0], b[0], true)?;
        if r == Rel::Contradiction && is_tally(self.fact(a[0])) {
            let forward = a.iter().any(|&x| {
                b.iter().any(|&y| {
                    self.told_apart(x, y) && self.relate_facts(x, y, true) == Some(Rel::Update)
                })
            });
            if forward {
                return Some(Rel::Update);
            }
        }
        Some(r)
    }

    /// Which of two versions tells the later moment of the story: by their
    /// own publication dates, or, on one day, by the latest day each one's
    /// story reaches. `None` when that cannot be told.
    pub(super) fn version_order(&self, dx: usize, dy: usize) -> Option<Ordering> {
        match (self.own_date(dx), self.own_date(dy)) {
            (Some(a), Some(b)) if a != b => Some(a.cmp(&b)),
            (Some(_), Some(_)) => match (self.reaches(dx), self.reaches(dy)) {
                (Some(a), Some(b)) if a != b => Some(a.cmp(&b)),
                _ => self.stamp_order(dx, dy),
            },
            _ => None,
        }
    }

    /// The two facts' versions are of moments that can be told apart
    /// ([`Self::version_order`]).
    pub(super) fn told_apart(&self, x: Member, y: Member) -> bool {
        self.version_order(x.0, y.0).is_some()
    }

    /// Two versions of one publication day, one whose story names its day
    /// and one whose story names none: the second may be of either day, so
    /// the pair neither orders nor clashes.
    pub(super) fn moment_unknown(&self, dx: usize, dy: usize) -> bool {
        matches!((self.own_date(dx), self.own_date(dy)), (Some(a), Some(b)) if a == b)
            && self.reaches(dx).is_some() != self.reaches(dy).is_some()
            && self.stamp_order(dx, dy).is_none()
    }

    /// Two versions of one publication day set in order by their clock
    /// stamps ([`super::stamps`]).
    fn stamp_order(&self, dx: usize, dy: usize) -> Option<Ordering> {
        super::stamps::order(self.stamp(dx)?, self.stamp(dy)?)
    }

    fn stamp(&self, d: usize) -> Option<&super::stamps::Stamp> {
        self.stamps[d]
            .get_or_init(|| super::stamps::read(&self.an[d].doc))
            .as_ref()
    }

    /// The clock stamps of same-day versions that do not order them, for a
    /// finding's explanation; nothing when not every version has one.
    pub(super) fn stamps_note(&self, docs: &[usize]) -> String {
        let stamps: Option<Vec<String>> = docs
            .iter()
            .map(|&d| {
                self.stamp(d)
                    .map(|s| format!("{} ({})", super::stamps::shown(s), self.name(d)))
            })
            .collect();
        match stamps {
            Some(s) if s.len() >= 2 => format!(
                " Their clock stamps, {}, do not tell which is later (a time with no zone is set only against the same outlet's stamps).",
                s.join(" and ")
            ),
            _ => String::new(),
        }
    }

    /// The latest day a dated version's own story reaches: the latest day
    /// its sentences name ("on Monday", "yesterday"), within the few days
    /// up to its publication date. A day named in the headline or dateline
    /// is the version's date, not its story's; a later day is a plan ("will
    /// appear in court Friday"), and an earlier one background.
    fn reaches(&self, d: usize) -> Option<NaiveDate> {
        *self.reaches[d].get_or_init(|| self.reach(d))
    }

    fn reach(&self, d: usize) -> Option<NaiveDate> {
        let a = &self.an[d];
        let published = self.own_date(d)?;
        a.timexes
            .iter()
            .filter(|t| t.timex_type == crate::model::TimexType::Date)
            .filter(|t| {
                [a.doc.title, a.doc.dateline, a.doc.header]
                    .iter()
                    .flatten()
                    .all(|s| !s.contains(t.span))
            })
            .filter(|t| a.doc.sentence_at(t.span.start).is_some())
            .filter_map(|t| {
                let day = t.value.get(..10)?;
                NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
            })
            .filter(|&day| day <= published && (published - day).num_days() <= STORY_DAYS)
            .max()
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

/// How many days before its publication date a version's story may reach
/// and still date the version's news (a Monday paper's "Sunday").
const STORY_DAYS: i64 = 3;
