//! How two normalized dates relate: the same, one inside the other (different
//! precision), or disjoint. TIMEX3 values become day intervals; a `mod`
//! narrows the interval (`END` of a year is its last third).

use chrono::{Datelike, NaiveDate};

/// The relation between two dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Same,
    /// Both can be true: one is more precise, or the periods overlap.
    Compatible,
    Disjoint,
}

/// Inclusive day interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

/// The days a TIMEX3 date value covers, or None when it is not a calendar
/// period we can place (`PRESENT_REF`, `XXXX-08`, durations).
pub fn days(value: &str, modifier: Option<&str>) -> Option<Days> {
    let v = value.split('T').next().unwrap_or(value);
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str| s.parse::<i32>().ok();
    let (first, last) = match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            (ymd(y, 1, 1)?, ymd(y, 12, 31)?)
        }
        [d] if d.len() == 3 => {
            let d = num(d)? * 10;
            (ymd(d, 1, 1)?, ymd(d + 9, 12, 31)?)
        }
        [y, m] if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
            let (y, m) = (num(y)?, num(m)? as u32);
            (ymd(y, m, 1)?, month_end(y, m)?)
        }
        [y, q] if q.starts_with('Q') => {
            let (y, q) = (num(y)?, q[1..].parse::<u32>().ok()?);
            if !(1..=4).contains(&q) {
                return None;
            }
            (ymd(y, 3 * q - 2, 1)?, month_end(y, 3 * q)?)
        }
        [y, h] if h.starts_with('H') => {
            let (y, h) = (num(y)?, h[1..].parse::<u32>().ok()?);
            if !(1..=2).contains(&h) {
                return None;
            }
            (ymd(y, 6 * h - 5, 1)?, month_end(y, 6 * h)?)
        }
        [y, s] if matches!(*s, "SP" | "SU" | "FA" | "WI") => {
            let y = num(y)?;
            match *s {
                "SP" => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
                "SU" => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
                "FA" => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
                _ => (ymd(y, 12, 1)?, month_end(y + 1, 2)?),
            }
        }
        [y, w] if w.starts_with('W') => {
            let (y, w) = (num(y)?, w[1..].parse::<u32>().ok()?);
            let monday = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
            (monday, monday + chrono::Days::new(6))
        }
        [y, m, d] => {
            let day = ymd(num(y)?, num(m)? as u32, num(d)? as u32)?;
            (day, day)
        }
        _ => return None,
    };
    Some(narrow(Days { first, last }, modifier))
}

/// `START`, `MID` and `END` keep a third of a period; `APPROX` widens it by half.
fn narrow(d: Days, modifier: Option<&str>) -> Days {
    let len = (d.last - d.first).num_days();
    if len < 3 {
        return d;
    }
    let third = chrono::Duration::days(len / 3);
    match modifier {
        Some("START" | "EARLY") => Days {
            first: d.first,
            last: d.first + third,
        },
        Some("MID") => Days {
            first: d.first + third,
            last: d.last - third,
        },
        Some("END" | "LATE") => Days {
            first: d.last - third,
            last: d.last,
        },
        Some("APPROX") => {
            let half = chrono::Duration::days(len / 2 + 1);
            Days {
                first: d.first - half,
                last: d.last + half,
            }
        }
        _ => d,
    }
}

/// Compares two (value, mod) pairs.
pub fn relate(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> Option<Relation> {
    if a == b {
        return Some(Relation::Same);
    }
    let (x, y) = (days(a.0, a.1)?, days(b.0, b.1)?);
    if x == y {
        // "Friday" and "Friday, November 7": the same day written two ways.
        return Some(Relation::Same);
    }
    Some(if x.first <= y.last && y.first <= x.last {
        Relation::Compatible
    } else {
        Relation::Disjoint
    })
}

/// The year of a value, for alignment.
pub fn year(value: &str) -> Option<i32> {
    days(value, None).map(|d| d.first.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_differences_are_compatible() {
        assert_eq!(
            relate(("2024-04-01", None), ("2024-04", None)),
            Some(Relation::Compatible)
        );
        assert_eq!(
            relate(("2024-12", None), ("2024", Some("END"))),
            Some(Relation::Compatible)
        );
        assert_eq!(
            relate(("2024-Q2", None), ("2024-05-17", None)),
            Some(Relation::Compatible)
        );
        assert_eq!(
            relate(("2025-W45", None), ("2025-11-07", None)),
            Some(Relation::Compatible)
        );
    }

    #[test]
    fn same_value_and_mod_is_the_same() {
        assert_eq!(
            relate(("2024", Some("END")), ("2024", Some("END"))),
            Some(Relation::Same)
        );
        assert_eq!(
            relate(("2025-11-07", None), ("2025-11-07T10:00", None)),
            Some(Relation::Same)
        );
    }

    #[test]
    fn disjoint_periods() {
        assert_eq!(
            relate(("2025-11-03", None), ("2025-11-04", None)),
            Some(Relation::Disjoint)
        );
        assert_eq!(
            relate(("2024", Some("START")), ("2024-11", None)),
            Some(Relation::Disjoint)
        );
        assert_eq!(
            relate(("199", None), ("2001", None)),
            Some(Relation::Disjoint)
        );
    }

    #[test]
    fn unplaceable_values_are_not_compared() {
        assert_eq!(relate(("PRESENT_REF", None), ("2024", None)), None);
        assert_eq!(relate(("XXXX-08", None), ("2024-08", None)), None);
        assert_eq!(days("2024-13", None), None);
    }
}
