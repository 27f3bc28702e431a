//! Clock times of one act compared as a reader would: each time is a stretch
//! of the day its wording allows ("about 4 p.m." a quarter of an hour either
//! side, "in the afternoon" noon to six, "late Thursday afternoon" its second
//! half), in the time zone it is written in.
//!
//! Two times of one act that overlap, or lie within an hour of each other
//! (a time rounded, or read off another clock), are compatible; two clock
//! times more than an hour apart contradict. A part of the day is never held
//! against a clock time or another part (news writing uses "Friday night"
//! for an early-evening event): it only fits or is set aside. Times in
//! different zones ("13:36 GMT", "17:06 local time") are never compared,
//! since converting one needs the place's offset, which no table here holds.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::numbers::Rel;

/// Minutes in a day.
const DAY: i32 = 24 * 60;

/// How far "about" or "around" moves a clock time: news times are rounded
/// to the quarter hour.
const ROUNDING: i32 = 15;

/// Two clock times of one act this far apart, or less, are one moment told
/// two ways (rounded, or two witnesses' clocks); further apart they
/// contradict.
const FAR: i32 = 60;

/// A time of day as the stretch its wording allows, in minutes after
/// midnight (`hi` may pass midnight: a night runs to the next morning).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Told {
    lo: i32,
    hi: i32,
    /// A clock time ("4:30 p.m."), not a part of the day ("the afternoon").
    clock: bool,
}

struct Tables {
    /// TIMEX3 part-of-day code to its stretch of the day.
    parts: HashMap<&'static str, (i32, i32)>,
    /// Zone words (lower case) to the zone they name, longest first.
    zones: Vec<(&'static str, &'static str)>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let parts = crate::table::rows(include_str!("../../data/compare/day_parts.tsv"))
            .filter_map(|r| match r.as_slice() {
                [code, from, to] => Some((*code, (hm(from)?, hm(to)?))),
                _ => None,
            })
            .collect();
        let mut zones: Vec<(&str, &str)> =
            crate::table::rows(include_str!("../../data/compare/time_zones.tsv"))
                .filter_map(|r| match r.as_slice() {
                    [word, zone] => Some((*word, *zone)),
                    _ => None,
                })
                .collect();
        zones.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Tables { parts, zones }
    })
}

/// Minutes after midnight of "14:30", "14:30:00" or "29:00" (5 a.m. the
/// next day, in a table).
fn hm(v: &str) -> Option<i32> {
    let mut it = v.split(':');
    let h: i32 = it.next()?.parse().ok()?;
    let m: i32 = it.next()?.get(..2)?.parse().ok()?;
    (m < 60 && h <= 48).then_some(h * 60 + m)
}

/// The time zone a clock time is written in ("1336 GMT" is `UTC`); `None`
/// for local time, said or not.
pub(super) fn zone(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    tables()
        .zones
        .iter()
        .find(|(w, _)| crate::words::contains_word(&lower, w))
        .map(|&(_, z)| z)
}

/// The stretch of the day a time fact allows: its TIMEX3 value ("16:00",
/// "AF"), the words that carry it and whether it was written as
/// approximate.
pub(super) fn told(value: &str, text: &str, approx: bool) -> Option<Told> {
    if let Some(t) = hm(value) {
        let t = t % DAY;
        let slack = if approx { ROUNDING } else { 0 };
        return Some(Told {
            lo: t - slack,
            hi: t + slack,
            clock: true,
        });
    }
    let &(lo, hi) = tables().parts.get(value)?;
    // "early Friday morning", "late Thursday afternoon": one half of it.
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let mid = (lo + hi) / 2;
    let (lo, hi) = match first.as_str() {
        "early" => (lo, mid),
        "late" => (mid, hi),
        _ => (lo, hi),
    };
    Some(Told {
        lo,
        hi,
        clock: false,
    })
}

/// How two times of one act relate; `None` when nothing can be said (a part
/// of the day that misses a clock time may be loose wording or another
/// moment).
pub(super) fn relate(x: Told, y: Told) -> Option<Rel> {
    if !(x.clock && y.clock) {
        return overlap(x, y).then_some(Rel::Compatible);
    }
    // Two clock times are compared around the clock: 11:40 p.m. and 00:10
    // are half an hour apart.
    let gap = [-DAY, 0, DAY]
        .iter()
        .map(|s| (y.lo + s - x.hi).max(x.lo - (y.hi + s)).max(0))
        .min()
        .unwrap_or(0);
    Some(if gap <= FAR {
        Rel::Compatible
    } else {
        Rel::Contradiction
    })
}

/// A part of the day and another time share some of the day. Parts are
/// taken on the day they are written with ("Saturday night" is not
/// "Saturday morning"), but a night runs past midnight, so a clock time in
/// the small hours also falls in it ("Friday night ... at 1:30 a.m."); two
/// parts that only touch ("morning", "afternoon") do not meet.
fn overlap(x: Told, y: Told) -> bool {
    let meets = |a: Told, b: Told| {
        let (lo, hi) = (a.lo.max(b.lo), a.hi.min(b.hi));
        lo < hi || (a.clock || b.clock) && lo <= hi
    };
    let later = |t: Told| Told {
        lo: t.lo + DAY,
        hi: t.hi + DAY,
        clock: t.clock,
    };
    meets(x, y) || x.clock && meets(later(x), y) || y.clock && meets(x, later(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(v: &str, text: &str, approx: bool) -> Told {
        told(v, text, approx).unwrap()
    }

    #[test]
    fn clock_times_within_an_hour_fit_and_further_apart_contradict() {
        let a = t("03:33", "3:33 a.m.", false);
        assert_eq!(
            relate(a, t("03:30", "3:30 AM", false)),
            Some(Rel::Compatible)
        );
        assert_eq!(
            relate(a, t("05:00", "5 a.m.", false)),
            Some(Rel::Contradiction)
        );
        // Around midnight the day wraps.
        assert_eq!(
            relate(
                t("23:40", "11:40 p.m.", false),
                t("00:10", "12:10 a.m.", false)
            ),
            Some(Rel::Compatible)
        );
    }

    #[test]
    fn a_part_of_the_day_fits_a_time_inside_it_and_is_never_held_against_one() {
        let afternoon = t("AF", "Friday afternoon", false);
        assert_eq!(
            relate(afternoon, t("17:30", "5:30 p.m.", false)),
            Some(Rel::Compatible)
        );
        assert_eq!(relate(afternoon, t("10:30", "10:30 a.m.", false)), None);
        // Parts of one named day that only touch, or lie apart, do not meet.
        assert_eq!(relate(afternoon, t("MO", "Friday morning", false)), None);
        assert_eq!(
            relate(
                t("NI", "Saturday night", false),
                t("MO", "Saturday morning", false)
            ),
            None
        );
        // A night runs into the small hours.
        assert_eq!(
            relate(
                t("NI", "Friday night", false),
                t("01:30", "1:30 a.m.", false)
            ),
            Some(Rel::Compatible)
        );
        let late = t("AF", "late Thursday afternoon", false);
        assert_eq!(relate(late, t("13:00", "1 p.m.", false)), None);
        assert_eq!(
            relate(late, t("17:30", "5:30 p.m.", false)),
            Some(Rel::Compatible)
        );
    }

    #[test]
    fn zones_are_read_from_the_words_and_local_time_is_none() {
        assert_eq!(zone("1336 GMT"), Some("UTC"));
        assert_eq!(zone("9:30 a.m. EDT"), Some("Eastern"));
        assert_eq!(zone("17:06 hours local time"), None);
        assert_eq!(zone("around 4 p.m."), None);
    }
}
