//! Dates and clock times of an event, read from the date tagger's
//! expressions: the incident or act a day or a time dates ("struck on
//! Sunday", "Monday's earthquake", "Jackson was arrested on Jan. 6", "the
//! fire broke out at 3:30 a.m."), never the day a statement was made, a
//! bound of a stretch of time or a lasting state told at a later moment.

use super::lexicon::lexicon;
use super::readers::{sentence_of, Raw};
use super::{is_day, Slot, Value};
use crate::analysis::Analysis;
use crate::model::{ActorKind, Span, TimexType};

/// Dates and clock times of an event: a day-fine date or a time in a stretch
/// of the sentence that names an incident or an event (its class is the
/// subject), never the day a statement was made ("police said on Friday").
pub(super) fn event_times(a: &Analysis) -> Vec<Raw> {
    let lex = lexicon();
    let mut out = Vec::new();
    // "the release date of 'Catching Fire'" dates a film, not a fire.
    let titles = super::titles::title_incidents(&a.doc.text);
    for t in &a.timexes {
        let slot = match t.timex_type {
            TimexType::Date if is_day(&t.value) && !t.value.ends_with("WE") => Slot::Date,
            TimexType::Time if t.value.contains('T') => Slot::Time,
            _ => continue,
        };
        let sentence = sentence_of(a, t.span);
        let text = &a.doc.text;
        // The words before the date, back to a comma: "struck on Sunday",
        // "the fire broke out at 3:30 a.m.".
        let seg_start = super::stretch(text, sentence, t.span).start;
        let before = &text[seg_start..t.span.start];
        let words: Vec<String> = crate::claims::word_re()
            .find_iter(before)
            .map(|m| m.as_str().to_lowercase())
            .collect();
        // "said on Friday", "told reporters Tuesday": the day of the telling.
        let told = words
            .iter()
            .rev()
            .take(3)
            .any(|w| crate::actors::is_speech_verb(w));
        // "riots since Saturday", "closed until 4.30pm": a bound of a
        // stretch of time, not the moment of an event.
        if told {
            continue;
        }
        // "Monday's earthquake", "the December 6 killing": a day owned by
        // an incident, or set before its noun, dates it.
        let after = &text[t.span.end..super::near(text, sentence, t.span).end];
        let owner = possessed_incident(after).or_else(|| noun_after(text, t.span.end, after));
        // "riots since Saturday", "closed until 4.30pm": a bound of a
        // stretch of time, not the moment of an event ("from Monday's
        // quake" is the quake's day); "was still burning on Saturday
        // morning": a state that lasts, told at a later moment.
        let bound = words.last().is_some_and(|w| period_bounds().contains(w))
            || words.iter().any(|w| state_cues().contains(w));
        if bound && owner.is_none() {
            continue;
        }
        // "the toll rose to 31 on Tuesday": the day of the count.
        let counted = (0..words.len())
            .rev()
            .take_while(|&i| !lex.is_incident_at(&words, i))
            .any(|i| lex.count_verbs.contains(&words[i]));
        // "a threatening call around 10:30 a.m.": the call's time (`clock`).
        let act = (slot == Slot::Time)
            .then(|| super::clock::act_before(&words))
            .flatten();
        let by_act = act.is_some() && owner.is_none();
        let class = owner.or(act).or_else(|| {
            if counted {
                return None;
            }
            (0..words.len())
                .rev()
                .filter(|&i| !titles.contains(&words[i]))
                .find_map(|i| lex.incident_at(&words, i).cloned())
                .or_else(|| {
                    crate::claims::find_events(text, Span::new(seg_start, t.span.start))
                        .last()
                        .map(|e| e.kind)
                })
                .or_else(|| across_insertion(text, sentence, seg_start))
        });
        // "On Sunday, a quake struck": a date that opens its sentence dates
        // the clause after it — when the version places it on the calendar.
        // A bare weekday of an undated version read this way made two
        // stories of coaches fired on a Saturday share a fact, and merged
        // them when clustering (topics 1–20: 0.967 -> 0.959).
        let front = match class {
            None if !counted && !t.value.starts_with("XXXX") => {
                super::fronted::fronted(text, sentence, seg_start, t.span, &words)
            }
            _ => None,
        };
        let (act_span, class) = match front {
            Some((kind, upto)) => (upto, Some(kind)),
            None => (Span::new(seg_start, t.span.start), class),
        };
        let Some(mut class) = class else { continue };
        if !by_act && !lex.incidents.values().any(|k| *k == class) {
            // An act of people ("arrested", "charged") is dated per person
            // when the person is named as its subject ("Jackson was arrested
            // on Jan. 6"): two arrests in one story are two facts.
            let events: Vec<_> = crate::claims::find_events(text, act_span).collect();
            let trigger = events.last();
            // "began a strike on Monday", "continued their strike on
            // Wednesday": the phase word just before the event is part of
            // what is dated.
            if let [.., phase, last] = events.as_slice() {
                let gap = text[phase.trigger.end..last.trigger.start]
                    .split_whitespace()
                    .count();
                if PHASES.contains(&phase.kind.as_str()) && gap <= 2 {
                    class = format!("{} {class}", phase.kind);
                }
            }
            if let Some(p) = trigger.and_then(|e| subject_person(a, sentence, e.trigger)) {
                class = format!("{class} of {p}");
            }
        }
        let value = if slot == Slot::Time {
            // A clock time is compared by its time of day: the day it is put
            // on is the date tagger's guess, unless the time's own words name
            // the day ("Saturday night", "yesterday evening", "8:30 p.m.
            // Thursday"), which is then the event's day too.
            let (day, hm) = t.value.split_once('T').unwrap_or(("", ""));
            if is_day(day) && !day.ends_with("XX") && names_day(&text[t.span.start..t.span.end]) {
                out.push(Raw {
                    span: t.span,
                    sentence,
                    slot: Slot::Date,
                    subject: Some(class.clone()),
                    value: Value::Timex {
                        value: day.to_string(),
                    },
                    round: false,
                    vague: false,
                    exact: true,
                    figure: None,
                });
            }
            Value::Timex {
                value: hm.to_string(),
            }
        } else {
            Value::Timex {
                value: t.value.clone(),
            }
        };
        out.push(Raw {
            span: t.span,
            sentence,
            slot,
            subject: Some(class),
            value,
            round: t.modifier == Some("APPROX"),
            vague: false,
            exact: t.modifier.is_none(),
            figure: None,
        });
    }
    out
}

/// A time's words name its day: a weekday, a date, or a day counted from
/// the publication ("yesterday evening", "last night", "tonight"), not a
/// bare clock time the tagger put on the publication day.
fn names_day(words: &str) -> bool {
    const RELATIVE: &[&str] = &["yesterday", "today", "tonight", "last", "this"];
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            crate::timex::weekday_value(w).is_some()
                || RELATIVE.contains(&w.to_lowercase().as_str())
        })
        || words
            .split_whitespace()
            .any(|w| crate::timex::month_value(w).is_some())
}

/// The incident or event whose noun comes right after a day ("the
/// December 6 killing", "a Friday night fire").
fn noun_after(text: &str, at: usize, after: &str) -> Option<String> {
    let word = after
        .strip_prefix(' ')?
        .split(|c: char| !c.is_alphanumeric())
        .next()?;
    if let Some(k) = lexicon().incident_at(&[word.to_lowercase()], 0) {
        return Some(k.clone());
    }
    let end = at + 1 + word.len();
    crate::claims::find_events(text, Span::new(at + 1, end))
        .next()
        .filter(|e| e.trigger.start == at + 1)
        .map(|e| e.kind)
}

/// The incident of a clause whose subject is set off by an insertion before
/// the stretch that holds a date: "The fire, which is being treated as
/// suspicious, broke out ... at 8.49pm", "the fatal shooting of Alexis
/// Grigoropoulos, 15, on Saturday". The insertion is a relative clause
/// ("which", "who"), a short apposition (an age, "a student") or a longer
/// one that opens like a noun phrase ("a port 40 miles away"); the
/// stretch before it opens the sentence, not an adverbial ("After the quake,
/// which killed 30, rescuers worked through Sunday" dates the rescue).
fn across_insertion(text: &str, sentence: Span, seg_start: usize) -> Option<String> {
    let lex = lexicon();
    let comma = seg_start.checked_sub(1)?;
    if comma <= sentence.start || !text[..seg_start].ends_with([',', ';']) {
        return None;
    }
    let insertion = super::stretch(text, sentence, Span::new(comma, comma));
    let words = |s: Span| -> Vec<String> {
        crate::claims::word_re()
            .find_iter(&text[s.start..s.end])
            .map(|m| m.as_str().to_lowercase())
            .collect()
    };
    let inserted = words(Span::new(insertion.start, comma));
    let relative = inserted
        .first()
        .is_some_and(|w| matches!(w.as_str(), "which" | "who" | "whose" | "that"));
    // "struck Padang, a port city 40 miles from the epicentre, on
    // Saturday": a longer apposition is a noun phrase that opens with a
    // determiner or a number (`apposition_openers.txt`) and reports no
    // speech ("the police said" is a clause, not a description).
    let apposition = inserted.len() <= APPOSITION_WORDS
        && inserted.first().is_some_and(|w| {
            apposition_openers().contains(w) || w.starts_with(|c: char| c.is_ascii_digit())
        })
        && !inserted.iter().any(|w| crate::actors::is_speech_verb(w));
    if inserted.is_empty() || !(relative || apposition || inserted.len() <= 3) {
        return None;
    }
    let host_end = insertion.start.checked_sub(1)?;
    if host_end <= sentence.start || !text[..insertion.start].ends_with(',') {
        return None;
    }
    let host = super::stretch(text, sentence, Span::new(host_end, host_end));
    if !text[sentence.start..host.start].trim().is_empty() {
        return None;
    }
    let host_words = words(Span::new(host.start, host_end));
    if host_words
        .first()
        .is_some_and(|w| lex.subordinators.contains(w))
    {
        return None;
    }
    (0..host_words.len())
        .rev()
        .find_map(|i| lex.incident_at(&host_words, i).cloned())
        .or_else(|| {
            crate::claims::find_events(text, Span::new(host.start, host_end))
                .last()
                .map(|e| e.kind)
        })
}

/// The longest apposition, in words, a date after it may reach across to
/// the clause before it ("Tom Reyes, a 34-year-old mechanic from Leeds,").
const APPOSITION_WORDS: usize = 8;

/// Words that open a noun phrase set off by commas
/// (`data/facts/apposition_openers.txt`).
fn apposition_openers() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/apposition_openers.txt"))
}

/// Words that make the date after them a bound of a stretch of time
/// (`data/facts/period_bounds.txt`).
fn period_bounds() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/period_bounds.txt"))
}

/// Words that make a date the moment of a lasting state, not of the event
/// (`data/facts/state_cues.txt`).
fn state_cues() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/state_cues.txt"))
}

/// Event kinds that say which part of another event is dated.
const PHASES: &[&str] = &["begin", "continue", "end"];

/// The person named right before an event word, with at most an auxiliary
/// between ("Williams was arrested", "Smith had been charged").
fn subject_person(a: &Analysis, sentence: Span, trigger: Span) -> Option<String> {
    const AUX: &[&str] = &[
        "was", "were", "is", "are", "had", "has", "been", "have", "be",
    ];
    let w = super::near(&a.doc.text, sentence, trigger);
    super::starting_in(&a.actors, |m| m.span, Span::new(w.start, trigger.start))
        .iter()
        .rev()
        .find(|m| m.span.end <= trigger.start)
        .filter(|m| m.kind == ActorKind::Person)
        .filter(|m| {
            a.doc.text[m.span.end..trigger.start]
                .split_whitespace()
                .all(|x| AUX.contains(&x))
        })
        .map(|m| m.canonical.clone())
}

/// The incident class after a possessive: "'s earthquake" -> `quake`.
fn possessed_incident(after: &str) -> Option<String> {
    let rest = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))?;
    // The words after it decide its sense: "Saturday's riot police" name no riot.
    let ws: Vec<String> = crate::words::scan(rest)
        .take(4)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    lexicon().incident_at(&ws, 0).cloned()
}
