//! Two adjacent days told as one night: "late Friday" and "early Saturday",
//! "an overnight fire Friday" and "the fire early Saturday". A moment near
//! midnight falls on either day as the writer counts it, so the two days
//! are one moment told two ways, not a contradiction
//! (`data/compare/night_edges.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::Datelike;

use super::slots::Member;
use super::Cx;

/// Which edge of its day a word puts a moment at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    Late,
    Early,
    Both,
}

fn edges() -> &'static HashMap<&'static str, Edge> {
    static T: OnceLock<HashMap<&'static str, Edge>> = OnceLock::new();
    T.get_or_init(|| {
        crate::table::rows(include_str!("../../data/compare/night_edges.tsv"))
            .filter_map(|r| {
                let edge = match *r.get(1)? {
                    "late" => Edge::Late,
                    "early" => Edge::Early,
                    "both" => Edge::Both,
                    _ => return None,
                };
                Some((r[0], edge))
            })
            .collect()
    })
}

/// The day of the week of a day-fine TIMEX3 value (1 = Monday).
fn weekday(v: &str) -> Option<u32> {
    if let Some(w) = v.strip_prefix("XXXX-WXX-") {
        return w.parse().ok().filter(|w| (1..=7).contains(w));
    }
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .map(|d| d.weekday().number_from_monday())
}

/// Days between two day-fine values, `b` after `a` positive: exact for two
/// calendar dates, modulo a week when either is a weekday only (a weekday
/// is taken as the nearest one, within three days either way).
fn gap(a: &str, b: &str) -> Option<i64> {
    let date = |v: &str| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
    if let (Some(x), Some(y)) = (date(a), date(b)) {
        return Some((y - x).num_days());
    }
    let d = (weekday(b)? as i64 - weekday(a)? as i64).rem_euclid(7);
    Some(if d > 3 { d - 7 } else { d })
}

/// The edge words of a date: its own words and the two words before it.
fn edge_of(words: &str) -> Option<Edge> {
    let mut found = None;
    for w in words
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
    {
        if let Some(&e) = edges().get(w.to_lowercase().as_str()) {
            found = match (found, e) {
                (Some(f), e) if f != e => Some(Edge::Both),
                _ => Some(e),
            };
        }
    }
    found
}

/// Are two different day-fine values (`a` told in `a_words`, `b` in
/// `b_words`: the date's own words and the words just before it) one
/// moment near midnight? Only adjacent days, with the earlier day told
/// late or the later one told early.
pub(super) fn one_night(a: &str, a_words: &str, b: &str, b_words: &str) -> bool {
    let Some(g) = gap(a, b) else { return false };
    let (earlier, later) = match g {
        1 => (a_words, b_words),
        -1 => (b_words, a_words),
        _ => return false,
    };
    matches!(edge_of(earlier), Some(Edge::Late | Edge::Both))
        || matches!(edge_of(later), Some(Edge::Early | Edge::Both))
}

/// An incident class that lasts several days (`data/compare/lasting_events.txt`):
/// its days told as weekdays or counted from the publication are not held
/// to one day.
pub(super) fn lasting(class: Option<&str>) -> bool {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    let list = T
        .get_or_init(|| crate::table::words(include_str!("../../data/compare/lasting_events.txt")));
    class.is_some_and(|c| list.iter().any(|w| w == c))
}

impl Cx<'_> {
    /// The day a date fact can be held to: its value when it is a calendar
    /// date or counted from the version's own publication date; only its
    /// weekday when it is counted from a date borrowed from a sibling
    /// ("Thursday" may fall in another week); nothing when it names no
    /// weekday ("yesterday", "last night": the anchor is unsure).
    pub(super) fn anchored_day(&self, m: Member, value: &str) -> Option<String> {
        if self.own_date(m.0).is_some() || self.calendar(m) || value.starts_with("XXXX") {
            return Some(value.to_string());
        }
        let words = self.text(m.0, self.fact(m).span);
        words
            .split(|c: char| !c.is_alphanumeric())
            .find_map(crate::timex::weekday_value)
            .map(|w| format!("XXXX-WXX-{w}"))
    }

    /// Two versions published on different days that each date an act
    /// other than the incident to their own day of publication ("announced
    /// today (14 October)", "announced today (20 October)"): each tells its
    /// own act, not one act on two days. (An incident's day told as each
    /// version's own is left to the date rules.)
    pub(super) fn each_on_own_day(&self, x: Member, y: Member, a: &str, b: &str) -> bool {
        let act = |m: Member| {
            let f = self.fact(m);
            f.subject.as_deref() != Some(self.an[m.0].facts.events[f.event].kind.as_str())
        };
        if !(act(x) && act(y)) {
            return false;
        }
        let own = |d: usize| self.own_date(d).map(|t| t.format("%Y-%m-%d").to_string());
        match (own(x.0), own(y.0)) {
            (Some(p), Some(q)) => p != q && p == a && q == b,
            _ => false,
        }
    }

    /// The words a fact's date is told in: its own and the two words
    /// before it in its sentence ("an overnight fire Friday").
    pub(super) fn date_words(&self, m: Member) -> String {
        let f = self.fact(m);
        let before = self.text(m.0, crate::model::Span::new(f.sentence.start, f.span.start));
        let lead: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        let lead: Vec<&str> = lead.into_iter().rev().collect();
        format!("{} {}", lead.join(" "), self.text(m.0, f.span))
    }
}

#[cfg(test)]
mod tests {
    use super::one_night;

    #[test]
    fn adjacent_days_at_midnight_are_one_night_others_two_days() {
        // Friday is day 5, Saturday day 6.
        assert!(one_night(
            "XXXX-WXX-5",
            "late Friday",
            "XXXX-WXX-6",
            "on Saturday"
        ));
        assert!(one_night(
            "XXXX-WXX-6",
            "early Saturday",
            "XXXX-WXX-5",
            "on Friday"
        ));
        assert!(one_night(
            "XXXX-WXX-7",
            "Sunday",
            "XXXX-WXX-1",
            "overnight fire Monday"
        ));
        // Early on the earlier day, late on the later: a whole day apart.
        assert!(!one_night(
            "XXXX-WXX-5",
            "early Friday",
            "XXXX-WXX-6",
            "late Saturday"
        ));
        assert!(!one_night(
            "XXXX-WXX-5",
            "on Friday",
            "XXXX-WXX-6",
            "on Saturday"
        ));
        assert!(!one_night(
            "2024-03-01",
            "late on March 1",
            "2024-03-03",
            "early March 3"
        ));
        assert!(one_night(
            "2024-03-01",
            "late on March 1",
            "2024-03-02",
            "March 2"
        ));
    }
}
