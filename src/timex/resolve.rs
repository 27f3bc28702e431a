//! Turns what a rule understood ("the Friday before the publication date",
//! "a year after the previous date") into a TIMEX3 value and an anchor.

use chrono::{Datelike, NaiveDate, Weekday};

use super::value::{self, season_of, shift, shift_point, Point, Unit};
use crate::model::Anchor;

/// Which occurrence of a recurring date ("Friday", "August") is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// The latest one on or before the reference (past-tense reporting).
    Past,
    /// The earliest one on or after the reference (future tense).
    Future,
    /// Whichever is nearest (no tense to go by).
    Closest,
    /// Past-tense reporting of a date without a year: the latest one before
    /// the reference, unless the next one is only weeks away (deadlines and
    /// schedules are reported in the past tense too: "ordered ... by Jan. 14").
    PastNear,
    /// As `PastNear`, for a month named without a day.
    PastNearMonth,
    /// "last Friday": strictly before.
    Last,
    /// "next Friday": strictly after.
    Next,
    /// "this August": the one in the reference's year (week for weekdays).
    This,
}

/// A value computed from a reference date (the publication date).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rel {
    /// n units from the reference, at the unit's granularity ("last week" = Week -1).
    Offset(Unit, i64),
    /// The reference's own month or week, a year back ("the same month last
    /// year").
    YearBack(Unit),
    Weekday(u32, Dir),
    /// Month, optional day, optional weekday written beside it.
    MonthDay(u32, Option<u32>, Dir, Option<u32>),
    Quarter(u32, Dir),
    Half(u32, Dir),
    Season(usize, Dir),
    /// The last completed quarter, n years back ("the quarter", "the year-ago quarter").
    LastQuarter(i64),
    Weekend(i64),
    /// The `n`th weekday `wd` (0 = Monday) of month `m`, the last one when
    /// `n` is 0: Thanksgiving is the fourth Thursday of November, Memorial
    /// Day the last Monday of May.
    NthWeekday(u32, u32, u8, Dir),
    /// US Election Day: the Tuesday after the first Monday of November.
    ElectionDay(Dir),
    /// The weekend before (Past) or after (Future) the reference; the
    /// reference's own weekend when it falls on one.
    WeekendDir(Dir),
    /// The last completed quarter's number, in the given year.
    QuarterOfYear(i32),
    /// A month of the year n years from the reference ("June last year").
    MonthOfYear(u32, i64),
    /// A season of the year n years from the reference ("the spring of last year").
    SeasonOfYear(usize, i64),
    /// Quarter (or half, when the flag is set) of the year n years from the reference.
    QuarterIn(i64, u32, bool),
    /// The ISO week holding a yearless month and day ("the week of March 6").
    WeekOf(u32, u32, Dir),
    /// A feast fixed `n` days from Easter Sunday ("Good Friday" = -2).
    Easter(i64, Dir),
    /// A day of an unnamed month, this one or a neighbour ("on the 15th").
    DayOfMonth(u32, Dir),
}

/// What a matched expression means, before it is resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Meaning {
    /// A value that needs no calendar: `P3Y`, `XXXX-WXX-1`, `PAST_REF`.
    /// `relative` says whether it still refers to the publication date.
    Fixed {
        value: String,
        relative: bool,
    },
    Abs(Point),
    Dct(Rel),
    /// n units from the previous date of the text (the publication date when
    /// there is none).
    Prev(Unit, i64),
    /// A weekday relative to the previous date of the text ("the following
    /// Monday"), or to the publication date when there is none.
    PrevWeekday(u32, Dir),
    /// The day of the previous date of the text when it names a day, else
    /// the publication date: a bare clock time ("at 10 p.m.") belongs to the
    /// day being narrated.
    /// `true` when the clause speaks of what is ahead ("is due to speak at
    /// 8 p.m."): a day already past cannot date it, the publication day does.
    SameDay(bool),
    /// A clock time dated by the day tagged right after it ("07:00" on
    /// "Monday 23 March"); read as [`Meaning::SameDay`] when none follows.
    DayWrittenAfter,
    /// The same quarter a year before the quarter just named ("the year-ago
    /// quarter"), or the last completed quarter's year-ago twin.
    YearAgoQuarter,
    /// n units before or after the publication date ("a year ago") — unless
    /// the text has just named a quarter or half, which business news compares
    /// with the same period of the year before.
    Ago(Unit, i64),
}

fn weekday_num(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// How far ahead (days) a yearless date reported in the past tense may still
/// lie: a day date must be near ("by Jan. 14"); a month may start later.
const NEAR_DAYS: i64 = 45;
const NEAR_MONTH_DAYS: i64 = 75;
/// How far back (days) a date spoken of in the future tense may lie.
const FUTURE_SLACK_DAYS: i64 = 7;
/// How long after a quarter closes its results are still being reported.
const REPORTING_LAG_DAYS: i64 = 45;

fn pick<T: Copy>(
    reference: NaiveDate,
    candidates: &[T],
    start: impl Fn(T) -> Option<NaiveDate>,
    end: impl Fn(T) -> Option<NaiveDate>,
    dir: Dir,
) -> Option<T> {
    // Candidates are in calendar order; `start`..`end` is the span each covers.
    let mut best: Option<(T, i64)> = None;
    for &c in candidates {
        let (s, e) = (start(c)?, end(c)?);
        let ok = match dir {
            Dir::Past => s <= reference,
            Dir::PastNear => s <= reference || (s - reference).num_days() <= NEAR_DAYS,
            Dir::PastNearMonth => s <= reference || (s - reference).num_days() <= NEAR_MONTH_DAYS,
            // a deadline just passed is likelier than one a year ahead
            Dir::Future => (e - reference).num_days() >= -FUTURE_SLACK_DAYS,
            Dir::Last => e < reference,
            Dir::Next => s > reference,
            Dir::Closest | Dir::This => true,
        };
        if !ok {
            continue;
        }
        let dist = if reference < s {
            (s - reference).num_days()
        } else if reference > e {
            (reference - e).num_days()
        } else {
            0
        };
        let better = match (dir, best) {
            (_, None) => true,
            (Dir::Past | Dir::Last | Dir::PastNear | Dir::PastNearMonth, Some(_)) => true,
            (Dir::Future | Dir::Next, Some(_)) => false, // first one wins
            (_, Some((_, bd))) => dist < bd,
        };
        if better {
            best = Some((c, dist));
        }
    }
    best.map(|(c, _)| c)
}

/// The occurrence of a day that falls once a year (`day_in` gives it for a
/// year) that `dir` picks around `r`; "this" is the nearest one.
fn yearly_day(
    r: NaiveDate,
    years: &[i32],
    day_in: impl Fn(i32) -> Option<NaiveDate> + Copy,
    dir: Dir,
) -> Option<Point> {
    let dir = if dir == Dir::This { Dir::Closest } else { dir };
    let y = pick(r, years, day_in, day_in, dir)?;
    day_in(y).map(Point::Day)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    value::add_months(value::ymd(y, m, 1)?, 1)?.pred_opt()
}

/// The Tuesday after the first Monday of November (November 2 to 8).
pub fn election_day(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)?.succ_opt()
}

/// Western Easter Sunday of year `y` (the Gregorian computus, in its
/// anonymous arithmetic form), moved by `offset` days: Good Friday is -2.
pub fn easter(y: i32, offset: i64) -> Option<NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let sunday = value::ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    sunday.checked_add_signed(chrono::Duration::days(offset))
}

/// The `n`th weekday `wd` (0 = Monday) of month `m` in year `y`; the last
/// one when `n` is 0.
pub fn nth_weekday(y: i32, m: u32, wd: u32, n: u8) -> Option<NaiveDate> {
    let wd = Weekday::try_from(u8::try_from(wd).ok()?).ok()?;
    if n > 0 {
        return NaiveDate::from_weekday_of_month_opt(y, m, wd, n);
    }
    let last = month_end(y, m)?;
    let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    last.checked_sub_signed(chrono::Duration::days(i64::from(back)))
}

impl Rel {
    pub fn resolve(&self, r: NaiveDate) -> Option<Point> {
        let y = r.year();
        let years = [y - 1, y, y + 1];
        match *self {
            Rel::Offset(u, n) => shift(r, u, n),
            Rel::YearBack(u) => match shift(r, u, 0)? {
                Point::Week(y, w) => Some(Point::Week(y - 1, w.min(52))),
                Point::Month(y, m) => Some(Point::Month(y - 1, m)),
                p => Some(p),
            },
            Rel::Weekend(n) => match shift(r, Unit::Week, n)? {
                Point::Week(a, b) => Some(Point::Weekend(a, b)),
                p => Some(p),
            },
            Rel::Weekday(wd, dir) => {
                let cur = weekday_num(r) as i64;
                let wd = wd as i64;
                let back = (cur - wd).rem_euclid(7);
                let fwd = (wd - cur).rem_euclid(7);
                let delta = match dir {
                    Dir::Past => -back,
                    Dir::Future => fwd,
                    Dir::Last => -(if back == 0 { 7 } else { back }),
                    Dir::Next => {
                        if fwd == 0 {
                            7
                        } else {
                            fwd
                        }
                    }
                    Dir::This => wd - cur,
                    Dir::Closest | Dir::PastNear | Dir::PastNearMonth => {
                        if back <= fwd {
                            -back
                        } else {
                            fwd
                        }
                    }
                };
                shift(r, Unit::Day, delta)
            }
            Rel::MonthDay(m, day, dir, wd) => {
                if dir == Dir::This && wd.is_none() {
                    return match day {
                        Some(d) => value::ymd(y, m, d).map(Point::Day),
                        None => Some(Point::Month(y, m)),
                    };
                }
                let mut cands: Vec<i32> = years.to_vec();
                if let (Some(d), Some(w)) = (day, wd) {
                    // A weekday written beside the date picks the year.
                    let fit: Vec<i32> = years
                        .iter()
                        .copied()
                        .filter(|&yy| value::ymd(yy, m, d).is_some_and(|x| weekday_num(x) == w))
                        .collect();
                    if !fit.is_empty() {
                        cands = fit;
                    }
                }
                let dir = if wd.is_some() { Dir::Closest } else { dir };
                let yy = match day {
                    Some(d) => pick(
                        r,
                        &cands,
                        |yy| value::ymd(yy, m, d),
                        |yy| value::ymd(yy, m, d),
                        dir,
                    )?,
                    None => pick(
                        r,
                        &cands,
                        |yy| value::ymd(yy, m, 1),
                        |yy| month_end(yy, m),
                        if dir == Dir::PastNear {
                            Dir::PastNearMonth
                        } else {
                            dir
                        },
                    )?,
                };
                match day {
                    Some(d) => value::ymd(yy, m, d).map(Point::Day),
                    None => Some(Point::Month(yy, m)),
                }
            }
            Rel::Quarter(q, dir) => {
                let qs: Vec<(i32, u32)> = years.iter().map(|&yy| (yy, q)).collect();
                let start = |(yy, q): (i32, u32)| Point::Quarter(yy, q).start();
                let end = |(yy, q): (i32, u32)| {
                    value::add_months(Point::Quarter(yy, q).start()?, 3)?.pred_opt()
                };
                let dir = if dir == Dir::Closest || dir == Dir::This {
                    return Some(Point::Quarter(y, q));
                } else {
                    dir
                };
                // Results come out weeks after a quarter closes: "will report
                // third-quarter results" in October is the quarter just ended.
                let from = if dir == Dir::Future {
                    r.checked_sub_signed(chrono::Duration::try_days(REPORTING_LAG_DAYS)?)?
                } else {
                    r
                };
                pick(from, &qs, start, end, dir).map(|(a, b)| Point::Quarter(a, b))
            }
            Rel::Half(h, dir) => {
                let hs: Vec<(i32, u32)> = years.iter().map(|&yy| (yy, h)).collect();
                if matches!(dir, Dir::Closest | Dir::This) {
                    return Some(Point::Half(y, h));
                }
                pick(
                    r,
                    &hs,
                    |(a, b)| Point::Half(a, b).start(),
                    |(a, b)| value::add_months(Point::Half(a, b).start()?, 6)?.pred_opt(),
                    dir,
                )
                .map(|(a, b)| Point::Half(a, b))
            }
            Rel::Season(s, dir) => {
                let ss: Vec<(i32, usize)> = years.iter().map(|&yy| (yy, s)).collect();
                let (cy, cs) = season_of(r);
                if matches!(dir, Dir::This) || (dir == Dir::Closest && cs == s) {
                    return Some(Point::Season(if s == cs { cy } else { y }, s));
                }
                pick(
                    r,
                    &ss,
                    |(a, b)| Point::Season(a, b).start(),
                    |(a, b)| value::add_months(Point::Season(a, b).start()?, 3)?.pred_opt(),
                    dir,
                )
                .map(|(a, b)| Point::Season(a, b))
            }
            Rel::LastQuarter(back) => {
                let p = shift(r, Unit::Quarter, -1)?;
                shift_point(p, Unit::Year, -back)
            }
            Rel::WeekendDir(dir) => {
                let wd = weekday_num(r);
                let n = if wd >= 6 || !matches!(dir, Dir::Past | Dir::Last) {
                    0
                } else {
                    -1
                };
                match shift(r, Unit::Week, n)? {
                    Point::Week(a, b) => Some(Point::Weekend(a, b)),
                    p => Some(p),
                }
            }
            Rel::QuarterOfYear(yy) => match shift(r, Unit::Quarter, -1)? {
                Point::Quarter(_, q) => Some(Point::Quarter(yy, q)),
                p => Some(p),
            },
            Rel::MonthOfYear(m, n) => Some(Point::Month(y.checked_add(i32::try_from(n).ok()?)?, m)),
            Rel::SeasonOfYear(s, n) => {
                Some(Point::Season(y.checked_add(i32::try_from(n).ok()?)?, s))
            }
            Rel::QuarterIn(n, q, half) => {
                let yy = y.checked_add(i32::try_from(n).ok()?)?;
                Some(if half {
                    Point::Half(yy, q)
                } else {
                    Point::Quarter(yy, q)
                })
            }
            Rel::WeekOf(m, d, dir) => match Rel::MonthDay(m, Some(d), dir, None).resolve(r)? {
                Point::Day(day) => Some(value::week_of(day)),
                p => Some(p),
            },
            Rel::ElectionDay(dir) => yearly_day(r, &years, election_day, dir),
            Rel::DayOfMonth(d, dir) => {
                let this = value::ymd(y, r.month(), 1)?;
                let day = |m: NaiveDate| value::ymd(m.year(), m.month(), d);
                // months without that day ("the 31st" in April) drop out
                let months: Vec<NaiveDate> = [-2, -1, 0, 1, 2]
                    .iter()
                    .filter_map(|&n| value::add_months(this, n))
                    .filter(|&m| day(m).is_some())
                    .collect();
                // unlike a yearly date, a day a few days gone is not a
                // deadline just missed: "will resume on the 2nd" is ahead
                let m = match dir {
                    Dir::Future => months
                        .into_iter()
                        .find(|&m| day(m).is_some_and(|x| x >= r))?,
                    _ => pick(r, &months, day, day, dir)?,
                };
                day(m).map(Point::Day)
            }
            Rel::NthWeekday(m, wd, n, dir) => {
                yearly_day(r, &years, |y| nth_weekday(y, m, wd, n), dir)
            }
            Rel::Easter(n, dir) => yearly_day(r, &years, |y| easter(y, n), dir),
        }
    }

    /// The value for an undated article: what the words say, the rest X.
    pub fn unresolved(&self) -> String {
        match *self {
            Rel::Offset(u, _) | Rel::YearBack(u) => match u {
                Unit::Day => "XXXX-XX-XX".into(),
                Unit::Week => "XXXX-WXX".into(),
                Unit::Month => "XXXX-XX".into(),
                Unit::Quarter => "XXXX-QX".into(),
                Unit::Year => "XXXX".into(),
                Unit::Decade => "XXX".into(),
                Unit::Century => "XX".into(),
            },
            Rel::Weekend(_) | Rel::WeekendDir(_) => "XXXX-WXX-WE".into(),
            Rel::WeekOf(..) => "XXXX-WXX".into(),
            Rel::Weekday(wd, _) => format!("XXXX-WXX-{wd}"),
            Rel::MonthDay(m, Some(d), ..) => format!("XXXX-{m:02}-{d:02}"),
            Rel::MonthDay(m, None, ..) => format!("XXXX-{m:02}"),
            Rel::Quarter(q, _) => format!("XXXX-Q{q}"),
            Rel::Half(h, _) => format!("XXXX-H{h}"),
            Rel::Season(s, _) => format!("XXXX-{}", value::SEASONS[s.min(3)]),
            Rel::LastQuarter(_) => "XXXX-QX".into(),
            Rel::NthWeekday(m, ..) => format!("XXXX-{m:02}-XX"),
            Rel::ElectionDay(_) => "XXXX-11-XX".into(),
            Rel::Easter(..) => "XXXX-XX-XX".into(),
            Rel::QuarterOfYear(y) => format!("{y:04}-QX"),
            Rel::MonthOfYear(m, _) => format!("XXXX-{m:02}"),
            Rel::SeasonOfYear(s, _) => format!("XXXX-{}", value::SEASONS[s.min(3)]),
            Rel::QuarterIn(_, q, true) => format!("XXXX-H{q}"),
            Rel::QuarterIn(_, q, false) => format!("XXXX-Q{q}"),
            Rel::DayOfMonth(d, _) => format!("XXXX-XX-{d:02}"),
        }
    }
}

fn rank(p: &Point) -> u8 {
    match p {
        Point::Day(_) => 0,
        Point::Week(..) | Point::Weekend(..) => 1,
        Point::Month(..) => 2,
        Point::Quarter(..) | Point::Season(..) => 3,
        Point::Half(..) => 4,
        Point::Year(_) => 5,
        Point::Decade(_) => 6,
        Point::Century(_) => 7,
    }
}

fn unit_rank(u: Unit) -> u8 {
    match u {
        Unit::Day => 0,
        Unit::Week => 1,
        Unit::Month => 2,
        Unit::Quarter => 3,
        Unit::Year => 5,
        Unit::Decade => 6,
        Unit::Century => 7,
    }
}

/// A resolved value: the TIMEX3 value, its anchor, and the calendar point
/// later expressions may be anchored on.
pub struct Resolved {
    pub value: String,
    pub anchor: Anchor,
    pub point: Option<Point>,
}

pub fn resolve(m: &Meaning, dct: Option<NaiveDate>, prev: Option<(usize, Point)>) -> Resolved {
    let from_dct = |anchor_ok: bool| {
        if anchor_ok {
            Anchor::Dct
        } else {
            Anchor::Unresolved
        }
    };
    match m {
        Meaning::Fixed { value, relative } => Resolved {
            value: value.clone(),
            anchor: if *relative {
                from_dct(dct.is_some())
            } else {
                Anchor::Absolute
            },
            point: None,
        },
        Meaning::Abs(p) => Resolved {
            value: p.value(),
            anchor: Anchor::Absolute,
            point: Some(*p),
        },
        Meaning::Dct(rel) => match dct.and_then(|d| rel.resolve(d)) {
            Some(p) => Resolved {
                value: p.value(),
                anchor: Anchor::Dct,
                point: Some(p),
            },
            None => Resolved {
                value: rel.unresolved(),
                anchor: Anchor::Unresolved,
                point: None,
            },
        },
        Meaning::Prev(unit, n) => {
            if let Some((i, p)) = prev {
                if rank(&p) <= unit_rank(*unit) {
                    if let Some(q) = shift_point(p, *unit, *n) {
                        return Resolved {
                            value: q.value(),
                            anchor: Anchor::Timex(i),
                            point: Some(q),
                        };
                    }
                }
                // "that same day" after "in October": a day of that month
                let value = match (unit, p) {
                    (Unit::Day, Point::Month(y, m)) => format!("{y:04}-{m:02}-XX"),
                    (Unit::Day, Point::Year(y)) => format!("{y:04}-XX-XX"),
                    (Unit::Month, Point::Year(y)) if *n == 0 => format!("{y:04}-XX"),
                    _ => Rel::Offset(*unit, 0).unresolved(),
                };
                return Resolved {
                    value,
                    anchor: Anchor::Timex(i),
                    point: None,
                };
            }
            resolve(&Meaning::Dct(Rel::Offset(*unit, *n)), dct, None)
        }
        Meaning::PrevWeekday(wd, dir) => {
            if let Some((i, Point::Day(d))) = prev {
                if let Some(q) = Rel::Weekday(*wd, *dir).resolve(d) {
                    return Resolved {
                        value: q.value(),
                        anchor: Anchor::Timex(i),
                        point: Some(q),
                    };
                }
            }
            resolve(&Meaning::Dct(Rel::Weekday(*wd, *dir)), dct, None)
        }
        Meaning::SameDay(_) | Meaning::DayWrittenAfter => {
            let ahead = matches!(m, Meaning::SameDay(true));
            if let Some((i, p @ Point::Day(d))) = prev {
                if ahead && dct.is_some_and(|t| d < t) {
                    return resolve(&Meaning::Dct(Rel::Offset(Unit::Day, 0)), dct, None);
                }
                return Resolved {
                    value: p.value(),
                    anchor: Anchor::Timex(i),
                    point: Some(p),
                };
            }
            resolve(&Meaning::Dct(Rel::Offset(Unit::Day, 0)), dct, None)
        }
        Meaning::YearAgoQuarter => {
            if let Some((_, Point::Quarter(..) | Point::Half(..))) = reported(prev, dct) {
                return resolve(&Meaning::Ago(Unit::Year, -1), dct, prev);
            }
            resolve(&Meaning::Dct(Rel::LastQuarter(1)), dct, None)
        }
        Meaning::Ago(unit, n) => {
            if let Some((i, p @ (Point::Quarter(..) | Point::Half(..)))) = reported(prev, dct) {
                if *unit == Unit::Year {
                    if let Some(q) = shift_point(p, Unit::Year, *n) {
                        return Resolved {
                            value: q.value(),
                            anchor: Anchor::Timex(i),
                            point: Some(q),
                        };
                    }
                }
            }
            resolve(&Meaning::Dct(Rel::Offset(*unit, *n)), dct, None)
        }
    }
}

/// The previous period, if it can be one a business report compares with a
/// year before: one already begun at publication ("losses through the third
/// quarter of 1990" is a forecast, not the period being reported).
fn reported(prev: Option<(usize, Point)>, dct: Option<NaiveDate>) -> Option<(usize, Point)> {
    let (i, p) = prev?;
    match (p.start(), dct) {
        (Some(s), Some(d)) if s > d => None,
        _ => Some((i, p)),
    }
}
