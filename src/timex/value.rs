//! Calendar points at various granularities, their TIMEX3 spelling, and the
//! arithmetic relative expressions need ("a year later", "last week").

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A resolved calendar point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    Day(NaiveDate),
    /// ISO year and week.
    Week(i32, u32),
    Weekend(i32, u32),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    /// Year and season code index into [`SEASONS`].
    Season(i32, usize),
    Year(i32),
    /// First three digits of the years ("199" for the 1990s).
    Decade(i32),
    /// First two digits ("19" for the 20th century).
    Century(i32),
}

pub const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The unit a relative expression moves by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub fn from_code(code: &str, mult: u32) -> Option<Unit> {
        Some(match (code, mult) {
            ("D", _) => Unit::Day,
            ("W", _) | ("WE", _) => Unit::Week,
            ("M", 3) | ("Q", _) => Unit::Quarter,
            ("M", _) => Unit::Month,
            ("Y", 10) => Unit::Decade,
            ("Y", 100) => Unit::Century,
            ("Y", _) => Unit::Year,
            _ => return None,
        })
    }
}

pub fn season_index(code: &str) -> Option<usize> {
    SEASONS.iter().position(|s| *s == code)
}

pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Adds months, clamping the day to the month's length.
pub fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let total = (d.year() as i64 * 12 + d.month0() as i64).checked_add(n)?;
    let y = i32::try_from(total.div_euclid(12)).ok()?;
    let m = total.rem_euclid(12) as u32 + 1;
    let mut day = d.day();
    loop {
        if let Some(x) = ymd(y, m, day) {
            return Some(x);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

/// The point `n` units from `d`, at the unit's granularity.
/// The ISO week holding day `d`.
pub fn week_of(d: NaiveDate) -> Point {
    let w = d.iso_week();
    Point::Week(w.year(), w.week())
}

pub fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<Point> {
    Some(match unit {
        Unit::Day => Point::Day(d.checked_add_signed(Duration::try_days(n)?)?),
        Unit::Week => {
            let x = d.checked_add_signed(Duration::try_weeks(n)?)?;
            let w = x.iso_week();
            Point::Week(w.year(), w.week())
        }
        Unit::Month => {
            let x = add_months(d, n)?;
            Point::Month(x.year(), x.month())
        }
        Unit::Quarter => {
            let x = add_months(d, n.checked_mul(3)?)?;
            Point::Quarter(x.year(), x.month0() / 3 + 1)
        }
        Unit::Year => Point::Year(d.year().checked_add(i32::try_from(n).ok()?)?),
        Unit::Decade => {
            let y = d
                .year()
                .checked_add(i32::try_from(n.checked_mul(10)?).ok()?)?;
            Point::Decade(y.div_euclid(10))
        }
        Unit::Century => {
            let y = d
                .year()
                .checked_add(i32::try_from(n.checked_mul(100)?).ok()?)?;
            Point::Century(y.div_euclid(100))
        }
    })
}

/// Shifts a point by `n` units. A quarter or half moved by years stays a
/// quarter ("a year earlier" after "the third quarter" is the year-ago quarter);
/// otherwise the result has the unit's granularity.
pub fn shift_point(p: Point, unit: Unit, n: i64) -> Option<Point> {
    match (p, unit) {
        (Point::Quarter(y, q), Unit::Year) => {
            Some(Point::Quarter(y.checked_add(i32::try_from(n).ok()?)?, q))
        }
        (Point::Quarter(y, q), Unit::Quarter) => {
            let t = (y as i64 * 4 + (q as i64 - 1)).checked_add(n)?;
            Some(Point::Quarter(
                i32::try_from(t.div_euclid(4)).ok()?,
                t.rem_euclid(4) as u32 + 1,
            ))
        }
        (Point::Half(y, h), Unit::Year) => {
            Some(Point::Half(y.checked_add(i32::try_from(n).ok()?)?, h))
        }
        (Point::Season(y, s), Unit::Year) => {
            Some(Point::Season(y.checked_add(i32::try_from(n).ok()?)?, s))
        }
        _ => shift(p.start()?, unit, n),
    }
}

impl Point {
    /// The first day the point covers (None for decades and centuries far off).
    pub fn start(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d) => Some(d),
            Point::Week(y, w) | Point::Weekend(y, w) => {
                NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)
            }
            Point::Month(y, m) => ymd(y, m, 1),
            Point::Quarter(y, q) => ymd(y, (q.clamp(1, 4) - 1) * 3 + 1, 1),
            Point::Half(y, h) => ymd(y, if h == 2 { 7 } else { 1 }, 1),
            Point::Season(y, s) => ymd(y, [3, 6, 9, 12][s.min(3)], 1),
            Point::Year(y) => ymd(y, 1, 1),
            Point::Decade(d) => ymd(d * 10, 1, 1),
            Point::Century(c) => ymd(c * 100, 1, 1),
        }
    }

    /// True when the point names a single day (a valid anchor for "the next day").
    pub fn is_day(&self) -> bool {
        matches!(self, Point::Day(_))
    }

    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{}", SEASONS[s.min(3)]),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
        }
    }
}

/// Season index of a month; January and February belong to the winter that
/// began the December before, so the year is returned too.
pub fn season_of(d: NaiveDate) -> (i32, usize) {
    match d.month() {
        3..=5 => (d.year(), 0),
        6..=8 => (d.year(), 1),
        9..=11 => (d.year(), 2),
        12 => (d.year(), 3),
        _ => (d.year() - 1, 3),
    }
}

/// Formats a duration amount: `P3Y`, `PT5H`, `P2Y6M`, `PXW`.
pub fn duration(amount: Option<f64>, unit: &str, mult: u32) -> String {
    let time = matches!(unit, "H" | "MIN" | "S");
    let u = match unit {
        "MIN" => "M",
        "WE" => "WE",
        x => x,
    };
    let prefix = if time { "PT" } else { "P" };
    match amount {
        None => format!("{prefix}X{u}"),
        Some(a) => {
            let total = a * mult as f64;
            if total.fract() == 0.0 {
                format!("{prefix}{}{u}", total as i64)
            } else if u == "Y" && (total * 12.0).fract() == 0.0 {
                let months = (total * 12.0) as i64;
                if months < 12 {
                    format!("P{months}M")
                } else {
                    format!("P{}Y{}M", months / 12, months % 12)
                }
            } else if u == "D" && (total * 24.0).fract() == 0.0 {
                format!("PT{}H", (total * 24.0) as i64)
            } else if time && u == "M" && (total * 60.0).fract() == 0.0 {
                let sec = (total * 60.0) as i64;
                format!("PT{}M{}S", sec / 60, sec % 60)
            } else if u == "H" && (total * 60.0).fract() == 0.0 {
                let m = (total * 60.0) as i64;
                if m >= 60 {
                    format!("PT{}H{}M", m / 60, m % 60)
                } else {
                    format!("PT{m}M")
                }
            } else {
                format!("{prefix}{total}{u}")
            }
        }
    }
}
