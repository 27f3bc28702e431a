//! Event instances in plain words: "the Nov 27 quake", "Wednesday's
//! aftershock", "the 2004 tsunami", "the shooting", "another fire" — the
//! name a finding gives the event it is about, in topics, reports and JSON
//! (`event_label`).
//!
//! A finding's event is that of the fact its first value was read from (the
//! earliest version that states it), else of the first fact in its cited
//! claim, else the version's own main event: a name, a quote or an act told
//! in a story belongs to that story's event unless its facts say otherwise.

use chrono::{Datelike, NaiveDate};

use super::Finding;
use crate::analysis::Analysis;
use crate::facts::events::EventInstance;
use crate::facts::STORY;
use crate::model::Span;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];
const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// ISO weekday numbers 1–7 as TIMEX3 writes them (`XXXX-WXX-3`).
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// How a date reads before an incident word: `Some(("the ", "Nov 27"))`,
/// `Some(("", "Wednesday's"))`; `None` for a value with no plain reading
/// (a season, a time of day, an unresolved reference).
fn date_words(value: &str, published: Option<NaiveDate>) -> Option<(&'static str, String)> {
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .map(|m| m - 1)
    };
    let parts: Vec<&str> = value.split('-').collect();
    let year = parts[0];
    let known_year = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        ["XXXX", w, day] if *w == "WXX" => {
            let n: usize = day.parse().ok().filter(|n| (1..=7).contains(n))?;
            Some(("", format!("{}'s", WEEKDAYS[n - 1])))
        }
        [_, m, d] if d.len() == 2 && d.chars().all(|c| c.is_ascii_digit()) => {
            let m = month(m)?;
            let day: u32 = d.parse().ok()?;
            // The year only when it is not the version's own.
            let same_year = published.is_some_and(|p| p.year().to_string() == year);
            if known_year && !same_year {
                Some(("the ", format!("{} {day}, {year}", MONTHS[m])))
            } else {
                Some(("the ", format!("{} {day}", MONTHS[m])))
            }
        }
        [_, m] if m.len() == 2 => {
            let m = month(m)?;
            if known_year {
                Some(("the ", format!("{} {year}", MONTHS_LONG[m])))
            } else {
                Some(("the ", MONTHS_LONG[m].to_string()))
            }
        }
        [_] if known_year => Some(("the ", year.to_string())),
        // A decade ("199": the 1990s).
        [_] if year.len() == 3 && year.chars().all(|c| c.is_ascii_digit()) => {
            Some(("the ", format!("{year}0s")))
        }
        _ => None,
    }
}

/// An event instance in plain words, dated from the version published on
/// `published`: "the Nov 27 quake", "Wednesday's aftershock", "the 2004
/// tsunami", "the quake" (the story's own, undated), "another fire".
pub fn instance_label(e: &EventInstance, published: Option<NaiveDate>) -> String {
    let when = e.when.as_deref().and_then(|w| date_words(w, published));
    match (e.kind.as_str(), when) {
        (STORY, None) if e.main => "the story".to_string(),
        (STORY, None) => "another event".to_string(),
        (STORY, Some((_, w))) => format!("the events of {}", w.trim_end_matches("'s")),
        (kind, Some((the, w))) => format!("{the}{w} {kind}"),
        (kind, None) if e.main => format!("the {kind}"),
        (kind, None) => match e.when.as_deref() {
            // A date the words above cannot say (a season): given as written.
            Some(w) => format!("the {kind} of {w}"),
            None => format!("another {kind}"),
        },
    }
}

/// The event instance a finding is about, in plain words (see the module
/// doc); `None` when its versions carry no event at all. Versions may date
/// one event differently or not at all: the first dated reading wins.
pub fn finding_event(an: &[Analysis], f: &Finding) -> Option<String> {
    let all = readings(an, f);
    all.iter()
        .find(|r| r.dated)
        .or(all.first())
        .map(|r| r.label.clone())
}

/// The event label a report shows beside a finding's topic: `None` when
/// the topic already names the event in one of its versions' readings, or
/// when every reading is the own event of a story whose lead names no
/// incident — there "the events of Nov 7" would stand on every line of the
/// report and tell the reader nothing (JSON keeps it in `event_label`).
pub fn beside_topic(an: &[Analysis], f: &Finding) -> Option<String> {
    let all = readings(an, f);
    if all.iter().any(|r| f.topic.contains(r.label.as_str())) || all.iter().all(|r| r.plain) {
        return None;
    }
    finding_event(an, f)
}

/// One version's reading of a finding's event.
#[derive(PartialEq)]
struct Reading {
    label: String,
    dated: bool,
    /// The version's own event, of a story with no incident class.
    plain: bool,
}

/// The readings of a finding's event, each once.
fn readings(an: &[Analysis], f: &Finding) -> Vec<Reading> {
    let mut places: Vec<(usize, Span)> = f.values.clone();
    places.extend(
        f.cites
            .iter()
            .map(|c| (c.doc, an[c.doc].claims[c.claim].span)),
    );
    let mut out: Vec<Reading> = Vec::new();
    for (d, span) in places {
        if let Some(e) = event_at(an, f, d, span) {
            let l = Reading {
                label: instance_label(e, an[d].doc.date),
                dated: e.when.is_some(),
                plain: e.main && e.kind == STORY,
            };
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    out
}

/// The event of the words at `span` of version `d`: of the fact there, else
/// of the first fact of the finding's claim in that version, else the
/// version's main event.
fn event_at<'a>(
    an: &'a [Analysis],
    f: &Finding,
    d: usize,
    span: Span,
) -> Option<&'a EventInstance> {
    let a = &an[d];
    let facts = &a.facts.facts;
    let claim = f
        .cites
        .iter()
        .find(|c| c.doc == d)
        .map(|c| a.claims[c.claim].span);
    let event = facts
        .iter()
        .find(|x| x.span.overlaps(span) || span.contains(x.span))
        .or_else(|| claim.and_then(|s| facts.iter().find(|x| s.contains(x.span))))
        .map(|x| x.event)
        .or_else(|| a.facts.events.iter().position(|e| e.main))?;
    a.facts.events.get(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(kind: &str, when: Option<&str>, main: bool) -> EventInstance {
        EventInstance {
            id: "e1".into(),
            kind: kind.into(),
            trigger: None,
            when: when.map(str::to_string),
            main,
            link: "main".into(),
        }
    }

    #[test]
    fn events_in_plain_words() {
        let pubd = NaiveDate::from_ymd_opt(2005, 11, 28);
        let cases = [
            (
                instance("quake", Some("2005-11-27"), true),
                "the Nov 27 quake",
            ),
            (
                instance("quake", Some("2005-02-22"), false),
                "the Feb 22 quake",
            ),
            (
                instance("quake", Some("1990-06-21"), false),
                "the June 21, 1990 quake",
            ),
            (
                instance("aftershock", Some("XXXX-WXX-3"), false),
                "Wednesday's aftershock",
            ),
            (instance("tsunami", Some("2004"), false), "the 2004 tsunami"),
            (
                instance("quake", Some("2006-02"), false),
                "the February 2006 quake",
            ),
            (
                instance("quake", Some("XXXX-09"), false),
                "the September quake",
            ),
            (instance("flood", Some("199"), false), "the 1990s flood"),
            (instance("shooting", None, true), "the shooting"),
            (instance("fire", None, false), "another fire"),
            (instance("story", None, true), "the story"),
            (instance("story", Some("1999"), false), "the events of 1999"),
            (
                instance("storm", Some("2005-SU"), false),
                "the storm of 2005-SU",
            ),
        ];
        for (e, want) in cases {
            assert_eq!(instance_label(&e, pubd), want, "{e:?}");
        }
    }
}
