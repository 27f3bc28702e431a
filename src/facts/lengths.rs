//! Lengths: a distance from a place ("30 km from Padang"), a depth ("at a
//! depth of 10 km", "10 km deep"), or neither — a height or a size that
//! measures a thing ("a 30-metre wall", "waves up to 10 feet high", "1,200
//! metres above sea level", `data/facts/extent_cues.tsv`), which no reader
//! compares with how far the quake was from a town, and which is read as no
//! fact.

use std::sync::OnceLock;

use regex::Regex;

use super::readers::{number, number_word, Raw};
use super::Slot;
use crate::analysis::Analysis;
use crate::model::{ActorKind, Interval, Span};

/// A distance, or a depth where the words around say so ("at a depth of
/// 10 km", "10 km deep"), in kilometres; a distance's subject is the place
/// it is measured from. `number` is the number's span, `span` the whole
/// measure. None for a length that measures a thing (`measures_a_thing`).
pub(super) fn length_fact(
    a: &Analysis,
    sentence: Span,
    number_at: Span,
    span: Span,
    km: Interval,
) -> Option<Raw> {
    let w = super::near(&a.doc.text, sentence, span);
    let after = &a.doc.text[span.end..w.end];
    if measures_a_thing(&a.doc.text[w.start..number_at.start], after) {
        return None;
    }
    let depth = regex_depth().is_match(after)
        || regex_depth_before().is_match(&a.doc.text[w.start..number_at.start]);
    let (slot, subject) = if depth {
        (Slot::Depth, None)
    } else {
        // "a motorist 50 miles north of Detroit": where the motorist was.
        let place = reference_place(a, span.end, sentence);
        let located = super::places::located_noun(&a.doc.text[w.start..number_at.start]);
        (
            Slot::Distance,
            match (place, located) {
                (Some(p), Some(n)) => Some(format!("{p} (of the {n})")),
                (p, _) => p,
            },
        )
    };
    Some(Raw {
        span,
        sentence,
        slot,
        subject,
        value: number(km, Some("km")),
        round: false,
        vague: false,
        exact: true,
        figure: None,
    })
}

/// "10 km", "seven km", "75 kilometres": lengths the figures stage does not
/// read as counts.
pub(super) fn kilometres(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?P<n>\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:\s*-\s*|\s+)?(?P<u>km|kms|kilometres|kilometers|kilometre|kilometer)\b").unwrap()
    });
    let figures = super::starting_in(&a.figures, |f| f.span, s);
    for c in re.captures_iter(s.of(&a.doc.text)) {
        let (n, whole) = (c.name("n").unwrap(), c.get(0).unwrap());
        let span = Span::new(s.start + whole.start(), s.start + whole.end());
        if figures.iter().any(|f| f.span.overlaps(span)) {
            continue;
        }
        let Some(v) = number_word(&n.as_str().replace(',', "")) else {
            continue;
        };
        let at = Span::new(s.start + n.start(), s.start + n.end());
        let Some(mut r) = length_fact(a, s, at, span, Interval::exact(v)) else {
            continue;
        };
        r.round = v >= 10.0 && v.fract() == 0.0 && (v as u64) % 10 == 0;
        out.push(r);
    }
}

fn regex_depth() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^\s*(?:\(\s*[^)]*\)\s*)?(?:deep|below|beneath|underground|under the)")
            .unwrap()
    })
}

fn regex_depth_before() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\bdepth of\s*(?:about|around|some|roughly)?\s*$").unwrap())
}

/// The place a distance is measured from: "7 km east of Dargahan",
/// "30 miles from Padang".
fn reference_place(a: &Analysis, from: usize, sentence: Span) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // "the capital, Tehran": a place noun set off from the name by a
        // comma (`place_nouns.txt`); the name after it is the reference.
        let nouns = crate::table::words(include_str!("../../data/facts/place_nouns.txt"))
            .iter()
            .map(|w| regex::escape(w).replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|");
        Regex::new(&format!(r"^\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:-?(?:north|south|east|west))?\s+)?(?:of|from|outside)\s+(?:the\s+)?(?:(?:{nouns})\s*,\s*)?")).unwrap()
    });
    let rest = &a.doc.text[from..super::near(&a.doc.text, sentence, Span::new(from, from)).end];
    let m = re.find(rest)?;
    let at = from + m.end();
    super::starting_in(&a.actors, |x| x.span, Span::new(at, at + 1))
        .iter()
        .find(|x| x.span.start == at && matches!(x.kind, ActorKind::Place | ActorKind::Country))
        .map(|x| x.canonical.clone())
}

/// The words around a length say it measures a thing: a height, an
/// altitude or a size after it ("10 feet high", "above sea level", "long"),
/// or a noun for one before it ("a height of 30 metres"). A length written
/// as a modifier of a noun ("a 30-metre wall") is no figure at all.
fn measures_a_thing(before: &str, after: &str) -> bool {
    struct Cues {
        after: Regex,
        before: Regex,
    }
    static CUES: OnceLock<Cues> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let rows: Vec<Vec<&str>> =
            crate::table::rows(include_str!("../../data/facts/extent_cues.tsv")).collect();
        let alts = |side: &str| {
            let mut words: Vec<String> = rows
                .iter()
                .filter(|r| r.get(1) == Some(&side))
                .map(|r| regex::escape(r[0]).replace(' ', r"\s+"))
                .collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            words.join("|")
        };
        Cues {
            // "10 feet high", "30 metres (98 feet) tall".
            after: Regex::new(&format!(
                r"(?i)^\s*(?:\([^)]*\)\s*)?(?:{})\b",
                alts("after")
            ))
            .unwrap(),
            // "a height of 30 metres", "an altitude of about 1,200 metres".
            before: Regex::new(&format!(
                r"(?i)\b(?:{})\s+of\s+(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)?\s*$",
                alts("before")
            ))
            .unwrap(),
        }
    });
    cues.after.is_match(after) || cues.before.is_match(before)
}
