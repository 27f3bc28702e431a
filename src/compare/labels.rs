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
/// doc); `None` when its versions carry no event at all. Versions may tell
/// one event under different classes ("the riot" after a shooting, "the
/// attack") and dates, or none: the class most versions give wins, then the
/// date most of those versions give, the earliest version breaking a tie.
pub fn finding_event(an: &[Analysis], f: &Finding) -> Option<String> {
    let all = readings(an, f);
    let votes = |kind: &str| {
        all.iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.versions)
            .sum::<usize>()
    };
    // `max_by_key` keeps the last of equals: walk from the latest reading.
    let kind = all
        .iter()
        .rev()
        .max_by_key(|r| votes(&r.kind))?
        .kind
        .clone();
    let of_kind = all.iter().filter(|r| r.kind == kind);
    of_kind
        .clone()
        .filter(|r| r.dated)
        .rev()
        .max_by_key(|r| r.versions)
        .or_else(|| of_kind.clone().next())
        .map(|r| r.label.clone())
}

/// The topic of a finding with the event it names set to
/// [`finding_event`]'s, so that a topic and its `event_label` never name two
/// events: a topic ends with " · " and the event of one of its versions'
/// readings (see `slots`).
pub fn topic_with_event(an: &[Analysis], f: &Finding) -> Option<String> {
    let (head, named) = f.topic.rsplit_once(" · ")?;
    let all = readings(an, f);
    if !all.iter().any(|r| r.label == named) {
        return None;
    }
    let label = finding_event(an, f)?;
    (label != named).then(|| format!("{head} · {label}"))
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

/// One reading of a finding's event, and by how many versions.
#[derive(PartialEq)]
struct Reading {
    label: String,
    /// The instance's class (`quake`, `story`).
    kind: String,
    dated: bool,
    /// The version's own event, of a story with no incident class.
    plain: bool,
    versions: usize,
}

/// The readings of a finding's event, each once, in the order of the
/// versions (a version's first value, else its first cited claim).
fn readings(an: &[Analysis], f: &Finding) -> Vec<Reading> {
    let mut places: Vec<(usize, Span)> = f.values.clone();
    places.extend(
        f.cites
            .iter()
            .map(|c| (c.doc, an[c.doc].claims[c.claim].span)),
    );
    let mut seen: Vec<usize> = Vec::new();
    let mut out: Vec<Reading> = Vec::new();
    for (d, span) in places {
        if seen.contains(&d) {
            continue;
        }
        seen.push(d);
        if let Some(e) = event_at(an, f, d, span) {
            let label = instance_label(e, an[d].doc.date);
            match out.iter_mut().find(|r| r.label == label) {
                Some(r) => r.versions += 1,
                None => out.push(Reading {
                    label,
                    kind: e.kind.clone(),
                    dated: e.when.is_some(),
                    plain: e.main && e.kind == STORY,
                    versions: 1,
                }),
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
