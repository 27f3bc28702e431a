//! Ages of people: "Jorge Medina, 44,", "Leo (6)", "a 29-year-old man",
//! "aged 71", "died at 91", each with the person (or the noun) it describes.

use std::sync::OnceLock;

use regex::Regex;

use super::readers::push_number;
use super::readers::Raw;
use super::Slot;
use crate::analysis::Analysis;
use crate::model::{ActorKind, Span};

/// Ages: "Jorge Medina, 44," (or "44;" in a list of victims split by
/// semicolons, or "44." ending the sentence), "Leo (6)", "a 29-year-old man", "aged 71",
/// "died at 91". The subject is the person's canonical name where one is
/// written beside the age, else the noun the age describes ("man").
pub(super) fn ages(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?P<app>,\s+(?P<a>\d{1,3})(?:[,;]|\.(?:\s|$)))
            | (?P<br>\s\((?P<b>\d{1,3})\))
            | \b(?P<c>\d{1,3})(?:-|\s)years?(?:-|\s)old\b
            | \b[Aa]ged\s+(?P<d>\d{1,3})\b
            | \b(?:died|dies|dead)\s+at\s+(?:the\s+age\s+of\s+)?(?P<e>\d{1,3})\b
            | \b[Aa]t\s+the\s+age\s+of\s+(?P<f>\d{1,3})\b",
        )
        .unwrap()
    });
    let text = &a.doc.text;
    let st = s.of(text);
    let in_sentence = super::starting_in(&a.actors, |m| m.span, s);
    let person_ending = |end: usize| {
        in_sentence
            .iter()
            .filter(|m| m.kind == ActorKind::Person && m.span.end <= end && m.span.end + 2 >= end)
            .max_by_key(|m| m.span.end)
    };
    for c in re.captures_iter(st) {
        let (m, subject) = if let Some(m) = c.name("a") {
            // apposition: only right after a person's name
            let at = s.start + c.name("app").unwrap().start();
            match person_ending(at) {
                Some(p) => (m, Some(p.canonical.clone())),
                None => continue,
            }
        } else if let Some(m) = c.name("b") {
            let at = s.start + c.name("br").unwrap().start();
            match person_ending(at) {
                Some(p) => (m, Some(p.canonical.clone())),
                // "his son Leo (6)": a first name the recognizer does not
                // know is still the name right before the bracket.
                None => match capitalized_before(&text[s.start..at]) {
                    Some(name) => (m, Some(name)),
                    None => continue,
                },
            }
        } else if let Some(m) = c.name("c") {
            let end = s.start + c.get(0).unwrap().end();
            (m, year_old_subject(a, s, s.start + m.start(), end))
        } else if let Some(m) = c.name("d") {
            let at = s.start + c.get(0).unwrap().start();
            let before = text[s.start..at].trim_end().trim_end_matches(',');
            let p = person_ending(s.start + before.len());
            (m, p.map(|p| p.canonical.clone()))
        } else if let Some(m) = c.name("e").or_else(|| c.name("f")) {
            // "died at 12:45 p.m.": a clock time, no age.
            let next = &text[s.start + m.end()..];
            if next.starts_with(':')
                || next.starts_with('.') && next[1..].starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            // "X died at 91": the sentence's first person
            let p = in_sentence
                .iter()
                .find(|x| x.kind == ActorKind::Person && s.contains(x.span));
            (m, p.map(|p| p.canonical.clone()))
        } else {
            continue;
        };
        let Ok(v) = m.as_str().parse::<f64>() else {
            continue;
        };
        if !(1.0..=115.0).contains(&v) {
            continue;
        }
        let span = Span::new(s.start + m.start(), s.start + m.end());
        // "In 2005, at the age of 91, Felt told ...": his age then, a fact
        // of its own that only meets another age told at the same year.
        let subject = match (subject, super::events::year_told(a, s)) {
            (Some(p), Some(y)) => Some(format!("{p} (in {y})")),
            (p, _) => p,
        };
        push_number(a, out, span, Slot::Age, subject, v, false);
    }
}

/// The capitalized word right before a position, when it does not open
/// the sentence ("his son Leo" -> "Leo").
fn capitalized_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    let name = last.trim_end_matches([',', ';']);
    let capital = name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase)
        && name.len() > 1;
    (capital && !rest.is_empty()).then(|| name.to_string())
}

/// Who "N-year-old" describes: a person named within a few words after it
/// ("the 33-year-old actress Tara Reid"), or the person just before it in
/// apposition ("Reid, the 33-year-old actress"), else the noun after it.
fn year_old_subject(a: &Analysis, s: Span, start: usize, end: usize) -> Option<String> {
    let text = &a.doc.text;
    // "the 10-year-old's death and Timmons' arrest": the year-old is a
    // person of its own, not the name after it.
    if text[end..].starts_with("'s") || text[end..].starts_with("’s") {
        return None;
    }
    let in_sentence = super::starting_in(&a.actors, |m| m.span, s);
    let after = in_sentence
        .iter()
        .filter(|m| m.kind == ActorKind::Person && m.span.start >= end && s.contains(m.span))
        .min_by_key(|m| m.span.start)
        .filter(|m| {
            let gap = &text[end..m.span.start];
            gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', '.'])
        });
    if let Some(p) = after {
        return Some(p.canonical.clone());
    }
    let lead = text[s.start..start].trim_end();
    let lead = lead
        .strip_suffix(" a")
        .or_else(|| lead.strip_suffix(" the"))
        .or_else(|| lead.strip_suffix(" an"))
        .unwrap_or(lead)
        .trim_end();
    if let Some(before) = lead.strip_suffix(',') {
        let end = s.start + before.trim_end().len();
        if let Some(p) = in_sentence
            .iter()
            .find(|m| m.kind == ActorKind::Person && m.span.end == end)
        {
            return Some(p.canonical.clone());
        }
    }
    let noun = text[end..s.end]
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?;
    Some(noun.to_lowercase())
}
