//! How two values of one fact relate: the same, compatible (rounding,
//! precision, units), an update (a running count moved on between versions
//! whose order is known, a stage reached) or a contradiction. `slots` groups
//! the facts and builds the findings; this module only answers, for two
//! members of a group, what a journalist would call the pair.

use chrono::Datelike;

use crate::facts::tallies::{is_run, is_tally, may_fall};
use crate::facts::{Fact, Slot, Value};

use super::numbers::Rel;
use super::slots::Member;
use super::*;

impl Cx<'_> {
    /// How two facts of one group relate; `None` when they cannot be set
    /// side by side (units that do not convert, times that do not parse).
    /// With `ordered`, a running count that differs between versions of
    /// different moments is an update.
    pub(super) fn relate_facts(&self, x: Member, y: Member, ordered: bool) -> Option<Rel> {
        let (fx, fy) = (self.fact(x), self.fact(y));
        if fx.slot == Slot::Money {
            let (tx, ty) = (self.text(x.0, fx.span), self.text(y.0, fy.span));
            return super::money::relate(fx, tx, fy, ty);
        }
        match (&fx.value, &fy.value) {
            (
                Value::Number {
                    interval: ix,
                    unit: ux,
                },
                Value::Number {
                    interval: iy,
                    unit: uy,
                },
            ) => {
                if ux != uy {
                    return None;
                }
                if ix == iy {
                    return Some(Rel::Same);
                }
                let (wx, wy) = (widen(fx, *ix), widen(fy, *iy));
                if wx.intersects(&wy) {
                    // "at least three" on day one, "ten" on day two: the
                    // running count moved on, though both can be read as true.
                    if ordered
                        && is_tally(fx)
                        && !fx.vague
                        && !fy.vague
                        && self.told_apart(x, y)
                        && self.later_is_update(x, y)
                    {
                        return Some(Rel::Update);
                    }
                    return Some(Rel::Compatible);
                }
                if matches!(fx.slot, Slot::Distance | Slot::Speed | Slot::Area)
                    && within(wx, wy, MEASURE_SLACK)
                {
                    // "58km" and "35 miles" (56 km): a distance or speed is
                    // read off a map or a gauge and often converted from
                    // another unit; values this close are one measure.
                    return Some(Rel::Compatible);
                }
                if fx.vague || fy.vague {
                    // "several" against "12": nothing a reader can hold
                    // against the other.
                    return None;
                }
                if fx.slot == Slot::Count {
                    // "11 pirates" and "1,500 pirates", "500 users" and "two
                    // million": counts of one noun five times apart are a
                    // part and a whole (these boats, the whole gulf), not
                    // two tellings of one number.
                    let (a, b) = (ix.low.value().unwrap_or(0.0), iy.low.value().unwrap_or(0.0));
                    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                    if lo > 0.0 && hi / lo >= 5.0 {
                        return None;
                    }
                }
                if fx.slot == Slot::Age {
                    // Articles a year or more apart give a person a year more.
                    if let (Some(a), Some(b)) = (self.an[x.0].doc.date, self.an[y.0].doc.date) {
                        let years = (a.year() - b.year()).unsigned_abs() as f64;
                        let gap =
                            (ix.low.value().unwrap_or(0.0) - iy.low.value().unwrap_or(0.0)).abs();
                        if years >= 1.0 && gap <= years + 1.0 {
                            return Some(Rel::Compatible);
                        }
                    }
                }
                if is_tally(fx)
                    && !is_run(fx)
                    && (self.by_ordinal(x) || self.by_ordinal(y))
                    && self.version_order(x.0, y.0).is_none()
                {
                    // "The sixth aftershock" tells the count at one moment
                    // of a tally that grows: against another version's
                    // count it is a contradiction only when the order of the
                    // two versions is known (an earlier one ahead). A run
                    // of days ("the seventh straight day") is exact as of
                    // its day: two versions of one day that count it
                    // differently contradict.
                    return Some(Rel::Compatible);
                }
                if is_run(fx)
                    && self.version_order(x.0, y.0).is_none()
                    && (self.own_date(x.0).is_none()
                        || self.own_date(y.0).is_none()
                        || self.moment_unknown(x.0, y.0))
                {
                    // A run of days counts to the day its version tells: a
                    // version with no date, or one whose story names no
                    // day beside one that does, may tell another day, so
                    // two counts are not held against each other.
                    return Some(Rel::Compatible);
                }
                if ordered && is_tally(fx) && self.later_is_update(x, y) {
                    return Some(Rel::Update);
                }
                if ordered && fx.slot == Slot::Magnitude && self.dated_apart(x, y) {
                    // A magnitude is revised as readings come in: a later
                    // version's other value is a revision, either way.
                    return Some(Rel::Update);
                }
                if fx.slot == Slot::Magnitude && fx.subject.is_none() {
                    // Agencies read one quake a few tenths apart (a national
                    // centre's 5.9, the USGS's 6.1): versions that differ by
                    // that much and name no agency may report two readings.
                    // One named agency's two values are held against each
                    // other.
                    let gap = (ix.low.value().unwrap_or(0.0) - iy.low.value().unwrap_or(0.0)).abs();
                    if gap <= 0.5 {
                        return Some(Rel::Compatible);
                    }
                }
                if fx.slot == Slot::Duration && !(fx.exact && fy.exact) {
                    // A length told roughly ("almost three hours") is often a
                    // length of something near it (the lockdown around the
                    // talks): it is not held against another.
                    return None;
                }
                Some(Rel::Contradiction)
            }
            (Value::Timex { value: a }, Value::Timex { value: b }) => {
                if a == b {
                    return Some(Rel::Same);
                }
                if !self.same_moment(x, y) {
                    // Versions published weeks apart that date an act by the
                    // day of the week ("released Wednesday") tell of later
                    // acts of the story, not of one act.
                    return None;
                }
                if fx.slot == Slot::Date && self.each_on_own_day(x, y, a, b) {
                    return None;
                }
                if fx.slot == Slot::Date
                    && !(self.dates_incident(x) && self.dates_incident(y))
                    && !(self.calendar(x) && self.calendar(y))
                {
                    // An act other than the incident itself ("announced",
                    // "released", "elected") recurs through a story on
                    // different days: two days for it are most often two
                    // acts. Only the incident's own day is held against
                    // another, or one act's calendar dates. (Two clock times
                    // of one act within the week are one act told two ways.)
                    let same = a == b;
                    return same.then_some(Rel::Same);
                }
                if fx.slot == Slot::Time {
                    // As stretches of the day their wording allows (`clock`).
                    let tx = super::clock::told(a, &self.date_words(x), fx.round)?;
                    let ty = super::clock::told(b, &self.date_words(y), fy.round)?;
                    return super::clock::relate(tx, ty);
                }
                if super::moments::lasting(fx.subject.as_deref())
                    && !(self.calendar(x) && self.calendar(y))
                {
                    // Riots "on Saturday" and "on Sunday" are two nights of
                    // them; a storm's landfall on two calendar dates is
                    // still held one against the other.
                    return None;
                }
                // A day counted from a publication date borrowed from a
                // sibling ("yesterday", "last night") has an unsure anchor.
                let (a, b) = (self.anchored_day(x, a)?, self.anchored_day(y, b)?);
                let (a, b) = (a.as_str(), b.as_str());
                if a == b {
                    return Some(Rel::Same);
                }
                let r = relate_days(a, b);
                if r == Some(Rel::Contradiction)
                    && super::moments::one_night(a, &self.date_words(x), b, &self.date_words(y))
                {
                    return Some(Rel::Compatible);
                }
                r
            }
            (Value::Text { text: a }, Value::Text { text: b }) if fx.slot == Slot::Status => {
                if a == b {
                    return Some(Rel::Same);
                }
                self.relate_stages(x, y, ordered)
            }
            (Value::Text { text: a }, Value::Text { text: b }) if fx.slot == Slot::Condition => {
                self.relate_conditions(x, y, a, b, ordered)
            }
            (Value::Text { text: a }, Value::Text { text: b }) if fx.slot.is_person() => {
                super::people::relate(fx.slot, a, b)
            }
            (Value::Text { text: a }, Value::Text { text: b }) => {
                Some(if a.eq_ignore_ascii_case(b) {
                    Rel::Same
                } else {
                    Rel::Contradiction
                })
            }
            _ => None,
        }
    }

    /// Every value of a class is told only as a possibility: a hedge
    /// ("might have been", "it is feared that") governs it, standing before
    /// it in the same stretch of its sentence. A hedge elsewhere in the
    /// sentence ("the toll is likely to rise") leaves the value stated.
    pub(super) fn unasserted(&self, class: &[Member]) -> bool {
        class.iter().all(|&m| {
            let f = self.fact(m);
            let a = &self.an[m.0];
            let cue = a
                .doc
                .sentence_at(f.sentence.start)
                .and_then(|i| a.attributions.get(i))
                .filter(|at| at.sentence == f.sentence && at.modality == Modality::Hedged)
                .and_then(|at| at.cue);
            cue.is_some_and(|c| {
                c.end <= f.span.start && !a.doc.text[c.end..f.span.start].contains([',', ';'])
            })
        })
    }

    /// Two differing values of a running count: the later version (by
    /// publication date or the day its story reaches, or by a text cue such as "has risen to" when the
    /// dates do not tell) revises it — upward for the dead and hurt, either
    /// way for the missing and displaced.
    pub(super) fn later_is_update(&self, x: Member, y: Member) -> bool {
        let (fx, fy) = (self.fact(x), self.fact(y));
        let level = |f: &Fact| match &f.value {
            Value::Number { interval, .. } => interval.low.value().unwrap_or(0.0),
            _ => 0.0,
        };
        let may_fall = may_fall(fx);
        let (early, late) = match self.version_order(x.0, y.0) {
            Some(std::cmp::Ordering::Less) => (fx, fy),
            Some(_) => (fy, fx),
            None => {
                // No dates to tell: a version that says its count rose is the
                // later one.
                let (rx, ry) = (self.rising(x), self.rising(y));
                match (rx, ry) {
                    (true, false) => (fy, fx),
                    (false, true) => (fx, fy),
                    _ => return false,
                }
            }
        };
        level(late) > level(early) || may_fall && level(late) != level(early)
    }

    /// Two classes of values whose representatives make an update: every
    /// dated version of one value must come after every dated version of the
    /// other. When one version of each was published the same day (a wire's
    /// 6.1 on the morning a rival gives 5.9), which came first cannot be
    /// told, and the pair that cannot both hold is a contradiction. A version
    /// with no date of its own says nothing about the order, nor does one
    /// whose story names no day against one of its day that does.
    pub(super) fn ordered(&self, a: &[Member], b: &[Member]) -> Rel {
        let dated = |m: Member| self.own_date(m.0).is_some();
        let clash = a.iter().filter(|&&x| dated(x)).any(|&x| {
            b.iter()
                .filter(|&&y| dated(y) && !self.moment_unknown(x.0, y.0))
                .any(|&y| self.relate_facts(x, y, true) == Some(Rel::Contradiction))
        });
        if clash {
            Rel::Contradiction
        } else {
            Rel::Update
        }
    }

    /// Two stages of one role ("at large" / "in custody"). A version at the
    /// later stage published later updates the other. Undated versions are
    /// ordered by the stages themselves, since a story does not move back (a
    /// name once given is not withheld again); the finding says so. A later
    /// version at an earlier stage is an outlet behind the news, which no
    /// reader can hold against the other: nothing is said.
    pub(super) fn relate_stages(&self, x: Member, y: Member, ordered: bool) -> Option<Rel> {
        let stage = |m: Member| match &self.fact(m).value {
            Value::Text { text } => crate::facts::states::stage(text),
            _ => None,
        };
        let (sx, sy) = (stage(x)?, stage(y)?);
        if !ordered {
            return Some(Rel::Compatible);
        }
        match self.version_order(x.0, y.0) {
            Some(o) => ((o == std::cmp::Ordering::Less) == (sx < sy)).then_some(Rel::Update),
            None => Some(Rel::Update),
        }
    }

    /// A date or clock time that dates the incident of its event instance
    /// (the quake, the fire), not another act told beside it.
    /// In a story that names no incident, the act its lead dates is the
    /// story's own (“Two inmates escaped ... on Tuesday”).
    pub(super) fn dates_incident(&self, m: Member) -> bool {
        let a = &self.an[m.0];
        let f = &a.facts.facts[m.1];
        let kind = &a.facts.events[f.event].kind;
        if kind == crate::facts::STORY {
            return self.in_lead(m);
        }
        f.subject.as_deref() == Some(kind.as_str())
    }

    /// The fact sits in its version's lead: the first sentence after the
    /// headline.
    pub(super) fn in_lead(&self, m: Member) -> bool {
        let a = &self.an[m.0];
        let title = a.doc.title;
        let lead = a
            .doc
            .sentences
            .iter()
            .find(|s| title.is_none_or(|t| !t.contains(**s)));
        lead == Some(&self.fact(m).sentence)
    }

    /// The day is written as a calendar date ("March 3", "3/5/2023"), not
    /// as a weekday or a day counted from another ("Tuesday", "the day
    /// before"): one act's calendar dates are comparable wherever it is told.
    pub(super) fn calendar(&self, m: Member) -> bool {
        self.text(m.0, self.fact(m).span)
            .chars()
            .any(|c| c.is_ascii_digit())
    }

    /// The versions were published within a week of each other, or cannot
    /// be told apart.
    pub(super) fn same_moment(&self, x: Member, y: Member) -> bool {
        match (self.own_date(x.0), self.own_date(y.0)) {
            (Some(a), Some(b)) => (a - b).num_days().abs() <= 7,
            _ => true,
        }
    }

    /// Both versions carry publication dates of their own, and they differ.
    pub(super) fn dated_apart(&self, x: Member, y: Member) -> bool {
        matches!((self.own_date(x.0), self.own_date(y.0)), (Some(a), Some(b)) if a != b)
    }

    /// A version's publication date when the version itself gives it: a date
    /// inferred from a sibling says nothing about which came first.
    pub(super) fn own_date(&self, d: usize) -> Option<chrono::NaiveDate> {
        let doc = &self.an[d].doc;
        (doc.date_source != crate::document::DateSource::Inferred)
            .then_some(doc.date)
            .flatten()
    }

    /// The value is written as an ordinal ("the sixth aftershock", "a 2nd
    /// arrest"): the count of a tally at the moment it tells.
    pub(super) fn by_ordinal(&self, m: Member) -> bool {
        let first = self
            .text(m.0, self.fact(m).span)
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        crate::timex::ordinal_value(&first).is_some()
            || ["st", "nd", "rd", "th"].iter().any(|e| first.ends_with(e))
                && first
                    .trim_end_matches(char::is_alphabetic)
                    .parse::<u32>()
                    .is_ok()
    }

    pub(super) fn rising(&self, m: Member) -> bool {
        let f = self.fact(m);
        let s = self.text(m.0, f.sentence).to_lowercase();
        crate::facts::tallies::rising_cues()
            .iter()
            .any(|w| crate::words::contains_word(&s, w))
    }
}

/// How far apart, as a share of the larger, two measures of one distance or
/// speed may be and still be one measure told in other units or roundings.
pub(super) const MEASURE_SLACK: f64 = 0.1;

/// The two intervals lie within `share` of the larger value of each other.
pub(super) fn within(x: Interval, y: Interval, share: f64) -> bool {
    let (Some(xl), Some(xh), Some(yl), Some(yh)) =
        (x.low.value(), x.high.value(), y.low.value(), y.high.value())
    else {
        return false;
    };
    let gap = (yl - xh).max(xl - yh).max(0.0);
    let scale = xh.abs().max(yh.abs());
    scale > 0.0 && gap <= scale * share
}

/// A fact's interval with the rounding its wording allows.
pub(super) fn widen(f: &Fact, i: Interval) -> Interval {
    if !f.round {
        return i;
    }
    crate::facts::rounded(i, matches!(f.slot, Slot::Casualty(_) | Slot::Count))
}

/// Two day-fine values: the same day, a weekday that fits a date, or two
/// different days.
pub(super) fn relate_days(a: &str, b: &str) -> Option<Rel> {
    if a == b {
        return Some(Rel::Same);
    }
    let weekday = |v: &str| -> Option<u32> {
        if let Some(w) = v.strip_prefix("XXXX-WXX-") {
            return w.parse().ok();
        }
        chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .ok()
            .map(|d| d.weekday().number_from_monday())
    };
    fn month_day(v: &str) -> Option<&str> {
        v.get(5..10).filter(|_| !v.starts_with("XXXX-W"))
    }
    if let (Some(x), Some(y)) = (month_day(a), month_day(b)) {
        // "nine days earlier" with no day to count from: no day at all.
        if x.contains('X') || y.contains('X') {
            return None;
        }
        if !a.starts_with("XXXX") && !b.starts_with("XXXX") {
            return Some(Rel::Contradiction);
        }
        return Some(if x == y {
            Rel::Compatible
        } else {
            Rel::Contradiction
        });
    }
    let (x, y) = (weekday(a)?, weekday(b)?);
    Some(if x == y {
        Rel::Compatible
    } else {
        Rel::Contradiction
    })
}
