//! Sums of money compared within one (event, slot, subject).
//!
//! In one currency, two sums agree, fit (rounding, "more than", "an
//! estimated") or contradict (80 against 85 million euros for one haul). Sums
//! many times apart are taken as two sums (a haul and an earlier heist's told
//! beside it), and two dollar sums some way apart as possibly two dollars (an
//! outlet's "$" may be Canadian or Australian): neither is held against the
//! other. Sums in different currencies are never a contradiction: a rough
//! rate table (`data/facts/currencies.tsv`) says only whether they fit, with a
//! wide tolerance, and then the finding says they are in different
//! currencies.

use std::collections::BTreeMap;

use crate::facts::{Fact, Value};
use crate::model::{Bound, Interval};

use super::numbers::Rel;
use super::*;

/// Facts of one version within a group.
type Member = (usize, usize); // (doc, fact)

/// How far apart, as a share of the larger, two sums in different
/// currencies may be at the table's rough rates and still be one sum.
const ACROSS_SLACK: f64 = 0.25;

/// Sums of one thing this many times apart are two sums, not one misread.
const APART: f64 = 3.0;

/// Two dollar sums further apart than this share may be two dollars.
const OTHER_DOLLAR: f64 = 0.1;

/// The most a round sum ("80 million") is taken to stand for beyond its
/// written value, as a share of it: a reporter writes 85 as 85.
const ROUNDING: f64 = 0.025;

/// The currency of a sum.
pub(super) fn currency(f: &Fact) -> Option<&str> {
    match &f.value {
        Value::Number { unit, .. } => unit.as_deref(),
        _ => None,
    }
}

/// How two sums in one currency relate; `None` when nothing can be said
/// (two sums, or vague ones). `tx` and `ty` are the sums as written.
pub(super) fn relate(fx: &Fact, tx: &str, fy: &Fact, ty: &str) -> Option<Rel> {
    let (Value::Number { interval: ix, .. }, Value::Number { interval: iy, .. }) =
        (&fx.value, &fy.value)
    else {
        return None;
    };
    if currency(fx) != currency(fy) {
        return None;
    }
    if ix == iy {
        return Some(Rel::Same);
    }
    let (wx, wy) = (widen(fx, *ix), widen(fy, *iy));
    if wx.intersects(&wy) {
        return Some(Rel::Compatible);
    }
    if fx.vague || fy.vague {
        return None;
    }
    let (a, b) = (level(ix)?, level(iy)?);
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    if lo <= 0.0 || hi / lo >= APART {
        return None;
    }
    let dollars = currency(fx) == Some("USD") && (bare_dollar(tx) || bare_dollar(ty));
    if dollars && (hi - lo) / hi > OTHER_DOLLAR {
        return None;
    }
    Some(Rel::Contradiction)
}

/// "$137 million", "100 billion dollars": a dollar that does not say it is
/// the US one.
fn bare_dollar(written: &str) -> bool {
    !["US", "U.S.", "USD", "American"]
        .iter()
        .any(|w| written.contains(w))
}

/// A sum's lower end, or its upper when it has none.
fn level(i: &Interval) -> Option<f64> {
    i.low.value().or(i.high.value())
}

/// A sum's interval with the rounding its wording allows: half a step of its
/// last nonzero digit, at most [`ROUNDING`] of it.
/// An open end counts as closed: "over $100 billion" and "nearly $100
/// billion" both put the sum at about a hundred billion.
fn widen(f: &Fact, i: Interval) -> Interval {
    let closed = |b: Bound| match b {
        Bound::Exclusive(v) => Bound::Inclusive(v),
        b => b,
    };
    let i = Interval {
        low: closed(i.low),
        high: closed(i.high),
    };
    if !f.round {
        return i;
    }
    let (Some(lo), Some(hi)) = (i.low.value(), i.high.value()) else {
        return i;
    };
    if lo != hi || lo <= 0.0 {
        return i;
    }
    let mut step = 1.0;
    while lo % (step * 10.0) == 0.0 && step < 1e15 {
        step *= 10.0;
    }
    let slack = (step / 2.0).min(lo * ROUNDING);
    Interval {
        low: Bound::Inclusive(lo - slack),
        high: Bound::Inclusive(hi + slack),
    }
}

/// A sum in US dollars at the table's rate, when its currency has one.
fn in_dollars(f: &Fact) -> Option<Interval> {
    let Value::Number { interval, unit } = &f.value else {
        return None;
    };
    let rate = crate::facts::money::rate(unit.as_deref()?)?;
    Some(widen(f, *interval).times(rate))
}

/// Two sums in different currencies may be one sum at rough rates.
fn fit(x: &Fact, y: &Fact) -> bool {
    let (Some(a), Some(b)) = (in_dollars(x), in_dollars(y)) else {
        return false;
    };
    if a.intersects(&b) {
        return true;
    }
    let lows = (a.low.value(), b.low.value());
    let highs = (a.high.value().or(lows.0), b.high.value().or(lows.1));
    let (Some(al), Some(bl), Some(ah), Some(bh)) = (lows.0, lows.1, highs.0, highs.1) else {
        return false;
    };
    let gap = (bl - ah).max(al - bh).max(0.0);
    let scale = ah.abs().max(bh.abs());
    scale > 0.0 && gap <= scale * ACROSS_SLACK
}

impl Cx<'_> {
    /// One compatible finding for the sums of one subject that the versions
    /// give in different currencies and that fit at rough rates: each
    /// version shows the first of its sums that fits a sum of another
    /// version in another currency. Nothing when none fit.
    pub(super) fn across_currencies(
        &self,
        label: &str,
        topic: &str,
        members: &[Member],
        out: &mut Vec<Finding>,
    ) {
        let fact = |m: Member| &self.an[m.0].facts.facts[m.1];
        // The first sum of each version in each currency, outside the
        // headline when the body gives one.
        let in_title = |m: Member| {
            self.an[m.0]
                .doc
                .title
                .is_some_and(|t| t.contains(fact(m).span))
        };
        let mut firsts: BTreeMap<(usize, String), Member> = BTreeMap::new();
        for &m in members {
            let f = fact(m);
            let Some(cur) = currency(f) else { continue };
            if f.vague {
                continue;
            }
            let key = (m.0, cur.to_string());
            match firsts.get(&key) {
                Some(&old) if in_title(old) && !in_title(m) => {
                    firsts.insert(key, m);
                }
                Some(_) => {}
                None => {
                    firsts.insert(key, m);
                }
            }
        }
        let sums: Vec<Member> = firsts.values().copied().collect();
        let mut shown: BTreeMap<usize, Member> = BTreeMap::new();
        for &x in &sums {
            let fits = sums.iter().any(|&y| {
                y.0 != x.0 && currency(fact(x)) != currency(fact(y)) && fit(fact(x), fact(y))
            });
            if fits {
                shown
                    .entry(x.0)
                    .and_modify(|m| {
                        if fact(x).span.start < fact(*m).span.start {
                            *m = x;
                        }
                    })
                    .or_insert(x);
            }
        }
        let currencies: BTreeSet<&str> =
            shown.values().filter_map(|&m| currency(fact(m))).collect();
        if shown.len() < 2 || currencies.len() < 2 {
            return;
        }
        let ms: Vec<Member> = shown.values().copied().collect();
        let listed: Vec<String> = ms
            .iter()
            .map(|&m| format!("“{}” ({})", self.text(m.0, fact(m).span), self.name(m.0)))
            .collect();
        out.push(Finding {
            kind: Kind::Compatible,
            category: Category::Number,
            topic: topic.to_string(),
            cites: ms
                .iter()
                .filter_map(|&m| self.claim_at(m).map(|c| Cite { doc: m.0, claim: c }))
                .collect(),
            values: ms.iter().map(|&m| (m.0, fact(m).span)).collect(),
            explanation: format!(
                "The versions give the {label} in different currencies ({}); at rough exchange \
                 rates (within {}%) the sums fit: {}.",
                currencies.into_iter().collect::<Vec<_>>().join(", "),
                (ACROSS_SLACK * 100.0) as u32,
                listed.join("; ")
            ),
        });
    }
}
