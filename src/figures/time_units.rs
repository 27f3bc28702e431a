//! Units of time and the lengths they stand for (`data/figures/time_units.tsv`),
//! so that a length of time written in one unit can be set against one written
//! in another: "48 hours" is "two days", "three months" may be "90 days".
//!
//! Units of fixed length (second to fortnight) convert exactly. Calendar units
//! (month to millennium) convert exactly among themselves, counted in months,
//! but against days they are intervals: a month is 28 to 31 days.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::{Bound, Interval};
use crate::table::rows;

const TABLE: &str = include_str!("../../data/figures/time_units.tsv");

#[derive(Debug, PartialEq)]
pub struct TimeUnit {
    pub name: &'static str,
    pub plural: &'static str,
    /// Its letter in a TIMEX3 duration value, "T" prefixed in the time part.
    timex: Option<&'static str>,
    /// Shortest and longest length, in seconds.
    pub seconds: (f64, f64),
    /// Exact length in months, for calendar units.
    pub months: Option<f64>,
}

struct Units {
    list: Vec<TimeUnit>,
    by_word: HashMap<&'static str, usize>,
}

fn load() -> Units {
    let mut list: Vec<TimeUnit> = Vec::new();
    for r in rows(TABLE) {
        let [name, plural, timex, length, calendar, ..] = r[..] else {
            continue;
        };
        let mut parts = length.split_whitespace();
        let (Some(amount), Some(of), None) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let (lo, hi) = amount.split_once("..").unwrap_or((amount, amount));
        let (Ok(lo), Ok(hi)) = (lo.parse::<f64>(), hi.parse::<f64>()) else {
            continue;
        };
        let seconds = if list.is_empty() && of == name {
            (lo, hi)
        } else {
            match list.iter().find(|u| u.name == of) {
                Some(u) => (lo * u.seconds.0, hi * u.seconds.1),
                None => continue,
            }
        };
        list.push(TimeUnit {
            name,
            plural,
            timex: (timex != "-").then_some(timex),
            seconds,
            months: calendar.parse().ok(),
        });
    }
    let mut by_word = HashMap::new();
    for (i, u) in list.iter().enumerate() {
        by_word.insert(u.name, i);
        by_word.insert(u.plural, i);
    }
    Units { list, by_word }
}

fn units() -> &'static Units {
    static U: OnceLock<Units> = OnceLock::new();
    U.get_or_init(load)
}

/// The unit a word names, singular or plural ("day", "Days"); `None` for any
/// other word.
pub fn unit(word: &str) -> Option<&'static TimeUnit> {
    let u = units();
    let i = match u.by_word.get(word) {
        Some(&i) => i,
        None => *u.by_word.get(word.to_lowercase().as_str())?,
    };
    u.list.get(i)
}

/// How many `unit`s a TIMEX3 duration value holds: "P10Y" is 1 decade,
/// "P1Y6M" 1.5 years, "PT1H30M" 1.5 hours. `None` when the value is vague
/// ("PXY"), not a duration, or mixes calendar and fixed units ("P1M2D").
pub fn timex_amount(value: &str, unit: &TimeUnit) -> Option<f64> {
    let rest = value.strip_prefix('P')?;
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut months = 0.0;
    let mut seconds = 0.0;
    let (mut calendar, mut fixed) = (false, false);
    for (part, prefix) in [(date, ""), (time, "T")] {
        let mut s = part;
        while !s.is_empty() {
            let digits = s
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(s.len());
            let letters = s[digits..]
                .find(|c: char| c.is_ascii_digit() || c == '.')
                .map_or(s.len(), |i| digits + i);
            let n: f64 = s[..digits].parse().ok()?;
            let code = format!("{prefix}{}", &s[digits..letters]);
            let u = units()
                .list
                .iter()
                .find(|u| u.timex == Some(code.as_str()))?;
            match u.months {
                Some(m) => {
                    months += n * m;
                    calendar = true;
                }
                None => {
                    seconds += n * u.seconds.0;
                    fixed = true;
                }
            }
            s = &s[letters..];
        }
    }
    match (calendar, fixed, unit.months) {
        (true, false, Some(m)) => Some(months / m),
        (false, true, None) => Some(seconds / unit.seconds.0),
        _ => None,
    }
}

/// A length of time, ready to be compared with another whatever their units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Length {
    /// In seconds: exact for units of fixed length, an interval for months
    /// and years.
    pub seconds: Interval,
    /// In months, for calendar units only.
    pub months: Option<Interval>,
}

/// `i` with its low end multiplied by `lo` and its high end by `hi` (both
/// positive): "3 months" of 28 to 31 days is 84 to 93 days.
fn stretch(i: Interval, lo: f64, hi: f64) -> Interval {
    let scale = |b: Bound, k: f64| match b {
        Bound::Inclusive(v) => Bound::Inclusive(v * k),
        Bound::Exclusive(v) => Bound::Exclusive(v * k),
        Bound::Unbounded => Bound::Unbounded,
    };
    Interval {
        low: scale(i.low, lo),
        high: scale(i.high, hi),
    }
}

impl Length {
    /// `amount` counted in `unit`s.
    pub fn of(amount: Interval, unit: &TimeUnit) -> Length {
        Length {
            seconds: stretch(amount, unit.seconds.0, unit.seconds.1),
            months: unit.months.map(|m| amount.times(m)),
        }
    }

    /// Both lengths in one measure: months when both are calendar lengths (a
    /// decade is exactly 10 years), seconds otherwise.
    pub fn common(&self, other: &Length) -> (Interval, Interval) {
        match (self.months, other.months) {
            (Some(a), Some(b)) => (a, b),
            _ => (self.seconds, other.seconds),
        }
    }

    /// This length counted in `unit`s, for showing: 3 months in days is 84 to
    /// 93, 48 hours in days is 2.
    pub fn in_unit(&self, unit: &TimeUnit) -> Interval {
        match (self.months, unit.months) {
            (Some(m), Some(k)) => m.times(1.0 / k),
            _ => stretch(self.seconds, 1.0 / unit.seconds.1, 1.0 / unit.seconds.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_loads_and_refers_to_an_earlier_unit() {
        let listed = rows(TABLE).count();
        assert_eq!(units().list.len(), listed);
        for u in &units().list {
            assert!(u.seconds.0 > 0.0 && u.seconds.0 <= u.seconds.1, "{u:?}");
            assert_eq!(unit(u.plural), Some(u));
        }
    }

    #[test]
    fn lengths_follow_from_the_table() {
        let day = unit("day").unwrap();
        let month = unit("months").unwrap();
        assert_eq!(day.seconds, (86_400.0, 86_400.0));
        assert_eq!(month.seconds, (28.0 * 86_400.0, 31.0 * 86_400.0));
        assert_eq!(unit("Decades").unwrap().months, Some(120.0));
        assert!(unit("night").is_none() && unit("people").is_none());
    }

    #[test]
    fn timex_values_count_in_the_written_unit() {
        let u = |w: &str| unit(w).unwrap();
        assert_eq!(timex_amount("P10Y", u("decade")), Some(1.0));
        assert_eq!(timex_amount("P1Y6M", u("year")), Some(1.5));
        assert_eq!(timex_amount("P6M", u("year")), Some(0.5));
        assert_eq!(timex_amount("PT1H30M", u("hour")), Some(1.5));
        assert_eq!(timex_amount("P2W", u("day")), Some(14.0));
        assert_eq!(timex_amount("PT30M", u("minute")), Some(30.0));
        assert_eq!(timex_amount("PXY", u("year")), None);
        assert_eq!(timex_amount("P1M", u("day")), None);
        assert_eq!(timex_amount("2024-03", u("month")), None);
    }

    #[test]
    fn calendar_units_compare_in_months_and_others_in_seconds() {
        let len = |n: f64, w: &str| Length::of(Interval::exact(n), unit(w).unwrap());
        let (a, b) = len(1.0, "decade").common(&len(10.0, "years"));
        assert_eq!(a, b);
        let (a, b) = len(48.0, "hours").common(&len(2.0, "days"));
        assert_eq!(a, b);
        let (a, b) = len(3.0, "months").common(&len(90.0, "days"));
        assert!(a != b && a.intersects(&b));
        let (a, b) = len(3.0, "weeks").common(&len(1.0, "month"));
        assert!(!a.intersects(&b));
        let days = len(3.0, "months").in_unit(unit("day").unwrap());
        assert_eq!(
            (days.low.value(), days.high.value()),
            (Some(84.0), Some(93.0))
        );
    }
}
