//! Sizes of crowds: a number of people told as the size of a gathering
//! ("20,000 people marched through Athens", "a crowd of 70", "the march was
//! attended by 200,000", "Police put the march at 30,000"), filed under the
//! place and the day of the gathering so that two versions' sizes of one
//! crowd meet — and can contradict — while the crowds of two cities or of
//! two days never do.
//!
//! Any other count of people stays loose (`~people`): "400 people on board"
//! and "400 passengers" may be one count or a crowd and a part of it. A
//! size becomes a crowd's only when all three are told: a gathering (a
//! verb or noun of `data/facts/crowd_verbs.tsv`, `crowd_nouns.txt`), one
//! place named in its sentence, and one day (the sentence's own, else the
//! version's date). Without any of them it stays loose, as before: a false
//! contradiction costs more than a missed one.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use regex::Regex;

use crate::analysis::Analysis;
use crate::model::{ActorKind, ActorMention, Figure, Span, TimexType};

/// How a verb after the counted noun tells a gathering.
enum Needs {
    /// By itself ("marched").
    Alone,
    /// With a gathering noun among the next words ("joined the rally").
    Gathering,
    /// With this word among the next words ("took to the streets").
    Word(&'static str),
}

struct Tables {
    verbs: HashMap<&'static str, Needs>,
    nouns: Vec<&'static str>,
    exonyms: HashMap<&'static str, &'static str>,
    /// A gathering noun right before the size: "a crowd of", "attended by",
    /// "put the march ... at", "the crowd was estimated at".
    before: Regex,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let verbs = crate::table::rows(include_str!("../../data/facts/crowd_verbs.tsv"))
            .filter_map(|r| {
                let needs = match *r.get(1)? {
                    "alone" => Needs::Alone,
                    "gathering" => Needs::Gathering,
                    w => Needs::Word(w),
                };
                Some((*r.first()?, needs))
            })
            .collect();
        let nouns: Vec<&'static str> =
            crate::table::rows(include_str!("../../data/facts/crowd_nouns.txt"))
                .filter_map(|r| r.first().copied())
                .collect();
        let exonyms = crate::table::rows(include_str!("../../data/facts/exonyms.tsv"))
            .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
            .collect();
        let alt = nouns.join("|");
        let before = Regex::new(&format!(
            r"(?i)(?:\b(?:{alt})\s+(?:of|numbering)\s+|\battended\s+by\s+|\b(?:put|putting|puts|estimated|estimating|placed|numbered)\s+(?:the\s+)?(?:size\s+of\s+the\s+)?(?:{alt})\b[^.;]{{0,60}}\bat\s+|\b(?:{alt})\s+(?:was|were|is)\s+(?:estimated|put|numbered)\s+at\s+)(?:an?\s+)?$"
        ))
        .unwrap();
        Tables {
            verbs,
            nouns,
            exonyms,
            before,
        }
    })
}

/// The subject of a crowd's size ("people in the crowd in Athens on
/// 2010-05-05"), or `None` when the figure is not told as one crowd's size
/// at one place on one day.
pub(super) fn subject(a: &Analysis, sentence: Span, f: &Figure) -> Option<String> {
    let people = super::lexicon::lexicon();
    let counted = f.counts.as_deref().map(str::to_lowercase);
    if let Some(c) = &counted {
        let head = c.split_whitespace().last()?;
        if !people.people.iter().any(|p| p == head) {
            return None;
        }
    }
    if !gathering(a, sentence, f, counted.as_deref()) {
        return None;
    }
    let place = place(a, sentence, f.span)?;
    let day = day(a, sentence)?;
    Some(format!("{PREFIX}{place} on {day}"))
}

/// How a crowd's subject begins.
const PREFIX: &str = "people in the crowd in ";

/// Is this the subject of a crowd's size? Its place and day name the
/// gathering, whatever incident the version's sentence is tied to.
pub fn is_crowd(subject: &str) -> bool {
    subject.starts_with(PREFIX)
}

/// Is the figure the size of a gathering: a gathering noun right before it,
/// or a gathering verb right after its counted noun?
fn gathering(a: &Analysis, sentence: Span, f: &Figure, counted: Option<&str>) -> bool {
    let t = tables();
    let text = &a.doc.text;
    let before = &text[super::near(text, sentence, f.span).start..f.span.start];
    if t.before.is_match(before) {
        return true;
    }
    let Some(counted) = counted else {
        return false;
    };
    let after = &text[f.span.end..super::stretch(text, sentence, f.span).end];
    let words: Vec<String> = crate::claims::word_re()
        .find_iter(after)
        .map(|w| w.as_str().to_lowercase())
        .take(12)
        .collect();
    // Past the counted noun's words and an auxiliary or two ("had been").
    let skip = counted.split_whitespace().count();
    let aux = [
        "had",
        "have",
        "has",
        "were",
        "was",
        "been",
        "are",
        "then",
        "reportedly",
    ];
    let mut i = skip;
    while words.get(i).is_some_and(|w| aux.contains(&w.as_str())) {
        i += 1;
    }
    // The counted noun must stand right after the figure ("20,000 people
    // marched", not "20,000 of the 50,000 people who marched").
    let head = counted.split_whitespace().last().unwrap_or("");
    if skip == 0 || words.len() < skip || !words[skip - 1].starts_with(head.trim_end_matches('s')) {
        return false;
    }
    let Some(verb) = words.get(i) else {
        return false;
    };
    let next = &words[i + 1..(i + 6).min(words.len())];
    match t.verbs.get(verb.as_str()) {
        Some(Needs::Alone) => true,
        Some(Needs::Gathering) => next.iter().any(|w| t.nouns.contains(&w.as_str())),
        Some(Needs::Word(w)) => next.iter().any(|x| x == w),
        None => false,
    }
}

/// The one place the figure's sentence names (the nearest in its stretch
/// between commas when the sentence names several), under its English
/// name.
fn place(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    let text = &a.doc.text;
    let mentions: Vec<&ActorMention> = super::starting_in(&a.actors, |m| m.span, sentence)
        .iter()
        .filter(|m| matches!(m.kind, ActorKind::Place | ActorKind::Country))
        .filter(|m| m.span.end <= sentence.end)
        .collect();
    // A country named as such beside a town ("in Salonika ... Greece's second
    // largest city") is the town's setting; a capital standing for its
    // country ("Athens") is a town still.
    let country = |m: &ActorMention| m.kind == ActorKind::Country && m.span.of(text) == m.canonical;
    let towns = mentions.iter().any(|m| !country(m));
    let places: Vec<(Span, String)> = mentions
        .iter()
        .filter(|m| !(towns && country(m)))
        .map(|m| (m.span, key(m.span.of(text))))
        .collect();
    let distinct: BTreeSet<&String> = places.iter().map(|(_, k)| k).collect();
    if distinct.len() == 1 {
        return places.into_iter().next().map(|(_, k)| k);
    }
    let stretch = super::stretch(text, sentence, at);
    let near: BTreeSet<&String> = places
        .iter()
        .filter(|(s, _)| stretch.contains(*s))
        .map(|(_, k)| k)
        .collect();
    (near.len() == 1).then(|| near.into_iter().next().cloned())?
}

/// A place's key as written ("Salonika" and "Thessaloniki" one key, in
/// title case).
fn key(written: &str) -> String {
    let k = super::places::key(written);
    let k = tables()
        .exonyms
        .get(k.as_str())
        .map_or(k.clone(), |e| e.to_string());
    k.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The day of the sentence: the one day its dates name, else (when it names
/// no date at all) the version's own date.
fn day(a: &Analysis, sentence: Span) -> Option<String> {
    let dates: Vec<&str> = super::starting_in(&a.timexes, |t| t.span, sentence)
        .iter()
        .filter(|t| t.timex_type == TimexType::Date)
        .map(|t| t.value.as_str())
        .collect();
    if dates.is_empty() {
        return a.doc.date.map(|d| d.to_string());
    }
    let days: BTreeSet<&str> = dates.iter().copied().filter(|v| is_date(v)).collect();
    // A date the tagger could not place ("Monday" in an undated version) or
    // two days in one sentence: which crowd is meant cannot be told.
    (days.len() == 1 && dates.iter().all(|v| is_date(v)))
        .then(|| days.into_iter().next().map(str::to_string))?
}

/// A full calendar day ("2010-05-05").
fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'-')
}
