//! Clock times of one act compared as a reader would: each time is a stretch
//! of the day its wording allows, in the time zone it is written in. A
//! clock time allows the rounding its own precision shows ("about 9pm" a
//! quarter of an hour either side, "about 8.40pm" five minutes, "8.49pm"
//! a clock's two), or the side a qualifier puts it on ("shortly after 8:30"
//! up to a quarter past it; `data/compare/clock_qualifiers.tsv`); a part of
//! the day is its stretch ("in the afternoon" noon to six, "late Thursday
//! afternoon" its second half).
//!
//! Two clock times of one act whose stretches meet are compatible; apart,
//! they contradict ("about 8.40pm" and "8.49pm", "about 1:00 am" and
//! "around 1:30 a.m."). A part of the day is never held against a clock
//! time or another part (news writing uses "Friday night" for an
//! early-evening event): it only fits or is set aside. Times in different
//! zones ("13:36 GMT", "17:06 local time") are never compared, since
//! converting one needs the place's offset, which no table here holds.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::numbers::Rel;

/// Minutes in a day.
const DAY: i32 = 24 * 60;

/// How far "shortly after" or "just before" moves a clock time, on its side.
const SHORTLY: i32 = 15;

/// How far an approximate clock time may lie from the moment, by the step
/// it is written to ("about 9pm" to the hour, "about 8.40" to ten minutes):
/// (step in minutes, slack either side). A time on no step of these is
/// written to the minute.
const APPROX_SLACK: &[(i32, i32)] = &[(60, 15), (30, 10), (15, 7), (10, 5), (5, 3)];

/// The same for a time written with no qualifier: a whole or half hour may
/// still be rounded ("at 9pm" for 8.49pm); any other is read off a clock,
/// and two clocks differ by a minute or two.
const EXACT_SLACK: &[(i32, i32)] = &[(60, 10), (30, 5)];

/// The slack of a clock time written to the minute (two clocks).
const CLOCKS: i32 = 2;

/// What a qualifier before a clock time says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qualifier {
    Approx,
    After,
    Before,
}

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
    /// Qualifier words (lower case) and what they say, longest first.
    qualifiers: Vec<(&'static str, Qualifier)>,
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
        let mut qualifiers: Vec<(&str, Qualifier)> =
            crate::table::rows(include_str!("../../data/compare/clock_qualifiers.tsv"))
                .filter_map(|r| match r.as_slice() {
                    [word, "approx"] => Some((*word, Qualifier::Approx)),
                    [word, "after"] => Some((*word, Qualifier::After)),
                    [word, "before"] => Some((*word, Qualifier::Before)),
                    _ => None,
                })
                .collect();
        qualifiers.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Tables {
            parts,
            zones,
            qualifiers,
        }
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

/// The qualifier written right before the first digit of a clock time's
/// words ("shortly after 8:30", "about 8.40pm").
fn qualifier(words: &str) -> Option<Qualifier> {
    let lead = words[..words.find(|c: char| c.is_ascii_digit())?].to_lowercase();
    let lead = lead.trim_end();
    tables()
        .qualifiers
        .iter()
        .find(|(w, _)| {
            lead.strip_suffix(w)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .map(|&(_, q)| q)
}

/// The slack a step table gives a time of day (minutes after midnight).
fn slack(t: i32, table: &[(i32, i32)], otherwise: i32) -> i32 {
    table
        .iter()
        .find(|(step, _)| t % step == 0)
        .map_or(otherwise, |&(_, s)| s)
}

/// The stretch of the day a time fact allows: its TIMEX3 value ("16:00",
/// "AF"), the words that carry it with the two before them ("shortly after
/// 8:30 p.m.", "late Thursday afternoon") and whether the date tagger read
/// it as approximate.
pub(super) fn told(value: &str, words: &str, approx: bool) -> Option<Told> {
    if let Some(t) = hm(value) {
        let t = t % DAY;
        let q = qualifier(words).or(approx.then_some(Qualifier::Approx));
        let (lo, hi) = match q {
            Some(Qualifier::Approx) => {
                let s = slack(t, APPROX_SLACK, CLOCKS);
                (t - s, t + s)
            }
            Some(Qualifier::After) => (t, t + SHORTLY),
            Some(Qualifier::Before) => (t - SHORTLY, t),
            None => {
                let s = slack(t, EXACT_SLACK, CLOCKS);
                (t - s, t + s)
            }
        };
        return Some(Told {
            lo,
            hi,
            clock: true,
        });
    }
    let &(lo, hi) = tables().parts.get(value)?;
    // "early Friday morning", "late Thursday afternoon": one half of it.
    let lower = words.to_lowercase();
    let has = |w: &str| lower.split_whitespace().any(|x| x == w);
    let mid = (lo + hi) / 2;
    let (lo, hi) = if has("early") {
        (lo, mid)
    } else if has("late") {
        (mid, hi)
    } else {
        (lo, hi)
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
    // Two clock times are compared around the clock: 11:50 p.m. and about
    // midnight meet.
    let gap = [-DAY, 0, DAY]
        .iter()
        .map(|s| (y.lo + s - x.hi).max(x.lo - (y.hi + s)).max(0))
        .min()
        .unwrap_or(0);
    Some(if gap == 0 {
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
    fn clock_times_meet_within_the_rounding_their_wording_allows() {
        // Read off two clocks, a minute or three apart: one moment.
        let a = t("03:33", "at 3:33 a.m.", false);
        assert_eq!(
            relate(a, t("03:30", "at 3:30 AM", false)),
            Some(Rel::Compatible)
        );
        assert_eq!(
            relate(a, t("05:00", "at 5 a.m.", false)),
            Some(Rel::Contradiction)
        );
        // "about 8.40" is rounded to ten minutes: 8.45 fits, 8.49 does not,
        // and two exact times nine minutes apart are two moments.
        let about = t("20:40", "broke out about 8.40pm", true);
        assert_eq!(
            relate(about, t("20:45", "at 8.45pm", false)),
            Some(Rel::Compatible)
        );
        assert_eq!(
            relate(about, t("20:49", "store at 8.49pm", false)),
            Some(Rel::Contradiction)
        );
        assert_eq!(
            relate(
                t("20:40", "store at 8.40pm", false),
                t("20:49", "store at 8.49pm", false)
            ),
            Some(Rel::Contradiction)
        );
        // "around 9pm" is rounded to the hour, "about 2045 GMT" to the
        // quarter: both fit 8.49pm.
        let exact = t("20:49", "at 8.49pm", false);
        assert_eq!(
            relate(t("21:00", "at around 9pm", true), exact),
            Some(Rel::Compatible)
        );
        assert_eq!(
            relate(t("20:45", "at about 2045", true), exact),
            Some(Rel::Compatible)
        );
        // An hour and a half hour half an hour apart do not meet.
        assert_eq!(
            relate(
                t("01:00", "at about 1:00 am", true),
                t("01:30", "arrested around 1:30 a.m.", true)
            ),
            Some(Rel::Contradiction)
        );
        // A whole hour written plainly may still be rounded.
        assert_eq!(
            relate(t("21:00", "started at 9pm", false), exact),
            Some(Rel::Compatible)
        );
        // Around midnight the day wraps.
        assert_eq!(
            relate(
                t("23:50", "at 11:50 p.m.", false),
                t("00:00", "at about 12 a.m.", true)
            ),
            Some(Rel::Compatible)
        );
    }

    #[test]
    fn a_qualifier_puts_the_moment_on_one_side_of_the_time() {
        let after = t("20:30", "happened shortly after 8:30 p.m.", false);
        assert_eq!(
            relate(after, t("20:35", "at 8:35 p.m.", false)),
            Some(Rel::Compatible)
        );
        assert_eq!(
            relate(after, t("20:20", "at 8:20 p.m.", false)),
            Some(Rel::Contradiction)
        );
        assert_eq!(
            relate(
                t("23:30", "shot just before 11:30 p.m.", false),
                t("23:30", "Saturday around 11:30 p.m.", true)
            ),
            Some(Rel::Compatible)
        );
        assert_eq!(
            relate(
                t("21:00", "blaze shortly before 9pm", false),
                t("20:49", "at 8.49pm", false)
            ),
            Some(Rel::Compatible)
        );
        // A word that merely ends like a qualifier is none ("throughout").
        assert_eq!(qualifier("throughout 9pm"), None);
        assert_eq!(
            qualifier("roof at approximately 1:30"),
            Some(Qualifier::Approx)
        );
    }

    #[test]
    fn a_part_of_the_day_fits_a_time_inside_it_and_is_never_held_against_one() {
        let afternoon = t("AF", "on Friday afternoon", false);
        assert_eq!(
            relate(afternoon, t("17:30", "at 5:30 p.m.", false)),
            Some(Rel::Compatible)
        );
        assert_eq!(relate(afternoon, t("10:30", "at 10:30 a.m.", false)), None);
        // Parts of one named day that only touch, or lie apart, do not meet.
        assert_eq!(relate(afternoon, t("MO", "on Friday morning", false)), None);
        assert_eq!(
            relate(
                t("NI", "on Saturday night", false),
                t("MO", "on Saturday morning", false)
            ),
            None
        );
        // A night runs into the small hours.
        assert_eq!(
            relate(
                t("NI", "on Friday night", false),
                t("01:30", "at 1:30 a.m.", false)
            ),
            Some(Rel::Compatible)
        );
        let late = t("AF", "robbed jewellers late Thursday afternoon", false);
        assert_eq!(relate(late, t("13:00", "at 1 p.m.", false)), None);
        assert_eq!(
            relate(late, t("17:30", "at 5:30 p.m.", false)),
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
