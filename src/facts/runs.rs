//! Runs of days: how many days or nights an activity of the story has gone
//! on ("for a third straight night", "over four nights of protesting", "the
//! eighth day of the strike"). The count of a run is a running tally: a
//! later version that counts on is an update, and two versions of one day
//! that count differently contradict. The activities and the runs they
//! belong to are data (`data/facts/run_activities.tsv`).
//!
//! A day or night is read as a run only when the activity is named with
//! it ("nights of protesting", "the eighth day of the strike"), or when the
//! ordinal says the days run on ("straight", "consecutive") and the
//! sentence names the activity: "on the third day" alone, or "stocks fell
//! for a third straight day", counts nothing a reader compares.

use std::sync::OnceLock;

use regex::Regex;

use super::readers::Raw;
use super::{Slot, Value};
use crate::analysis::Analysis;
use crate::model::{Bound, Interval, Span};

/// The subjects of runs start so: "nights of protest", "days of strike".
const UNITS: &[(&str, &str)] = &[("day", "days of "), ("night", "nights of ")];

fn activities() -> &'static Vec<(&'static str, &'static str)> {
    static A: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    A.get_or_init(|| {
        crate::table::rows(include_str!("../../data/facts/run_activities.tsv"))
            .filter_map(|r| match r.as_slice() {
                [word, run] => Some((*word, *run)),
                _ => None,
            })
            .collect()
    })
}

/// The run a word belongs to.
fn run_of(word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    activities()
        .iter()
        .find(|(a, _)| w.starts_with(a))
        .map(|(_, r)| *r)
}

/// The run named right after a day or night ("of protesting", "of the
/// strike", "of violent protests"), and the length of its words.
fn run_after(after: &str) -> Option<(&'static str, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^\s+of\s+(?:(?:the|a|an|their|its)\s+)?(?:[a-z-]+\s+)?[a-z]+\b").unwrap()
    });
    let m = re.find(after)?;
    let mut len = 0;
    for w in m.as_str().split_inclusive(char::is_whitespace) {
        len += w.len();
        if let Some(run) = run_of(w.trim()) {
            return Some((run, len - (w.len() - w.trim_end().len())));
        }
    }
    None
}

/// The run the sentence names anywhere: the first activity word in it.
fn run_in(sentence: &str) -> Option<&'static str> {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .find_map(|w| (!w.is_empty()).then(|| run_of(w)).flatten())
}

/// Is a count's subject a run of days?
pub fn is_run(subject: &str) -> bool {
    UNITS.iter().any(|(_, p)| subject.starts_with(p))
}

/// The subject of a cardinal count of days or nights ("four nights of
/// protesting"), when its activity follows the noun; `after` is the text
/// after the figure.
pub(super) fn cardinal(after: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:\s+|\s*-\s*)(?:(?:long|straight|consecutive|successive)\s+)?(?P<u>day|night)s?\b").unwrap()
    });
    let c = re.captures(after)?;
    let unit = c["u"].to_lowercase();
    let prefix = UNITS.iter().find(|(u, _)| *u == unit)?.1;
    let (run, _) = run_after(&after[c.get(0)?.end()..])?;
    Some(format!("{prefix}{run}"))
}

/// "for a third straight night", "the eighth day of protests": the run's
/// count as of the day the version tells, exactly the ordinal.
pub(super) fn ordinals(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?P<o>\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth)\s+(?P<i>(?:straight|consecutive|successive)\s+)?(?P<n>day|night)\b").unwrap()
    });
    let text = s.of(&a.doc.text);
    for c in re.captures_iter(text) {
        let (o, n) = (c.name("o").unwrap(), c.name("n").unwrap());
        // The span runs on over the activity ("the eighth day of the
        // strike"): its "of the" is no part of a count told before.
        let (run, end) = match run_after(&text[n.end()..]) {
            Some((run, len)) => (run, n.end() + len),
            None => match c.name("i").and_then(|_| run_in(text)) {
                Some(run) => (run, n.end()),
                None => continue,
            },
        };
        let ord = o.as_str().to_lowercase();
        let Some(v) = crate::timex::ordinal_value(&ord)
            .map(f64::from)
            .or_else(|| ord.trim_end_matches(char::is_alphabetic).parse().ok())
        else {
            continue;
        };
        let unit = n.as_str().to_lowercase();
        let prefix = UNITS
            .iter()
            .find(|(u, _)| *u == unit)
            .map_or("days of ", |p| p.1);
        out.push(Raw {
            span: Span::new(s.start + o.start(), s.start + end),
            sentence: s,
            slot: Slot::Count,
            subject: Some(format!("{prefix}{run}")),
            value: Value::Number {
                interval: Interval {
                    low: Bound::Inclusive(v),
                    high: Bound::Inclusive(v),
                },
                unit: None,
            },
            round: false,
            vague: false,
            exact: true,
            figure: None,
        });
    }
}
