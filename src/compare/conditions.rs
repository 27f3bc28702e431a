//! A hurt person's condition across versions ("stable", "critical",
//! "intensive care"; `facts::conditions`). Conditions change as a story
//! develops, so two that cannot both hold at one moment are an update when
//! the versions' order is known (the earlier one told an earlier moment),
//! and a contradiction only when it is not (same-day or undated versions),
//! which the finding says. A death is final: a version that reports the
//! person died is the later one whatever the dates say not, and a version
//! known to be later that has the person alive again is an outlet behind
//! the news, which no reader can hold against the other — nothing is said.

use std::cmp::Ordering;

use crate::facts::conditions::grades;

use super::numbers::Rel;
use super::slots::Member;
use super::*;

/// How two conditions relate at one moment: the same, both possible ("stable"
/// and "serious"; "intensive care" and "critical"), or not.
pub(super) fn relate(a: &str, b: &str) -> Rel {
    if a == b {
        return Rel::Same;
    }
    let (ga, gb) = (grades(a), grades(b));
    if ga.is_empty() || gb.is_empty() || ga.iter().any(|g| gb.contains(g)) {
        Rel::Compatible
    } else {
        Rel::Contradiction
    }
}

/// The condition of a death.
pub(super) const DEAD: &str = "dead";

impl Cx<'_> {
    /// Two conditions of one person in two versions; `ordered`: whether the
    /// versions' order may be weighed (not within one version).
    pub(super) fn relate_conditions(
        &self,
        x: Member,
        y: Member,
        a: &str,
        b: &str,
        ordered: bool,
    ) -> Option<Rel> {
        let r = relate(a, b);
        if r != Rel::Contradiction || !ordered {
            return Some(r);
        }
        let order = self.version_order(x.0, y.0);
        if a == DEAD || b == DEAD {
            let dead_later = match order {
                Some(Ordering::Less) => b == DEAD,
                Some(_) => a == DEAD,
                None => true,
            };
            return dead_later.then_some(Rel::Update);
        }
        Some(match order {
            Some(_) => Rel::Update,
            None => Rel::Contradiction,
        })
    }
}
