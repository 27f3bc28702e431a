//! Facts of the guns of a shooting: the count of shots fired, whatever the
//! round is called and wherever its count stands ("fired 11 shots", "fired
//! a total of 11 rounds", "three of the seven bullets fired by the
//! officers"), and the caliber of a gun as a fact of that gun (".38-caliber
//! revolver" against "a .357 caliber revolver"). Words from
//! `data/facts/weapons.tsv`.
//!
//! Shots fired and hits are kept apart: "shot seven times" and "hit by
//! seven bullets" count the hits on a person, another fact.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::readers::Raw;
use super::{Slot, Value};
use crate::analysis::Analysis;
use crate::model::{Interval, Span};

/// The subject of a gun's caliber: one for every gun a version names, so
/// that a version naming two calibers (two guns) is at odds with itself and
/// set aside rather than set against another's one gun.
pub const CALIBER: &str = "caliber of the gun";

/// The subject every count of shots fired shares.
pub const SHOTS_FIRED: &str = "shots (fire)";

/// `weapons.tsv`: kind to its words.
fn table() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static T: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    T.get_or_init(|| {
        crate::table::rows(include_str!("../../data/facts/weapons.tsv"))
            .filter_map(|r| match r.as_slice() {
                [kind, words] => Some((*kind, words.split_whitespace().collect())),
                _ => None,
            })
            .collect()
    })
}

fn is(kind: &str, word: &str) -> bool {
    table().get(kind).is_some_and(|ws| ws.contains(&word))
}

/// The subject of a count of `noun` (its head, through the synonym table)
/// governed by `act`: every round fired is one subject, so that "11 shots"
/// meets "11 rounds"; other counts keep their own noun and act.
pub(super) fn count_subject(noun: &str, act: &str) -> String {
    if (is("round", noun) || noun == "times") && is("fire", act) {
        return SHOTS_FIRED.to_string();
    }
    format!("{noun} ({})", super::acts::family(act))
}

/// The facts of guns in one sentence: the whole of "N of the M rounds
/// fired" and the caliber of a gun.
pub(super) fn read(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    wholes(a, s, out);
    calibers(a, s, out);
}

/// "three of the seven bullets fired by the officers": the part is counted
/// by the figures stage (as a part); the whole, seven, is the count of shots
/// fired.
fn wholes(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            // `\w` set out of `(?i)`, which it is closed under: the same
            // pattern without folding every word character (`matcher`)
            r"(?i)\b(?-i:\w+)\s+of\s+the\s+(?P<n>[a-z]+|\d+)\s+(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+)\b",
        )
        .unwrap()
    });
    let text = s.of(&a.doc.text);
    for c in re.captures_iter(text) {
        let (n, noun, verb) = (
            c.name("n").unwrap(),
            c.name("noun").unwrap(),
            c.name("verb").unwrap(),
        );
        let lower = |m: regex::Match| m.as_str().to_lowercase();
        if !is("round", &lower(noun)) || !is("fired", &lower(verb)) {
            continue;
        }
        let Some(v) = crate::figures::word_value(&lower(n)).or_else(|| n.as_str().parse().ok())
        else {
            continue;
        };
        out.push(Raw {
            span: Span::new(s.start + n.start(), s.start + noun.end()),
            sentence: s,
            slot: Slot::Count,
            subject: Some(SHOTS_FIRED.to_string()),
            value: Value::Number {
                interval: Interval::exact(v),
                unit: None,
            },
            round: false,
            vague: false,
            exact: true,
            figure: None,
        });
    }
}

/// ".38-caliber revolver", "a. 357 caliber revolver", ".38 caliber Rohm's
/// Industry revolver": the caliber of the gun named within four words after
/// it. The point is not looked for: a tokenized text may part it from its
/// digits, even into the sentence before ("a. | 38-caliber"). A caliber
/// with no gun named is left alone: it may be a bullet's or a casing's.
fn calibers(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?P<c>\d{2,3})\s?-?\s?(?:caliber|calibre)\b(?P<rest>[^.,;:]{0,60})")
            .unwrap()
    });
    let text = s.of(&a.doc.text);
    for c in re.captures_iter(text) {
        let rest = c.name("rest").unwrap().as_str();
        let gun = crate::claims::word_re()
            .find_iter(rest)
            .take(4)
            .any(|w| is("gun", &w.as_str().to_lowercase()));
        if !gun {
            continue;
        }
        let whole = c.get(0).unwrap();
        let calib = c.name("c").unwrap();
        // The span runs from the digits to the end of "caliber".
        let end = whole.end() - rest.len();
        out.push(Raw {
            span: Span::new(s.start + whole.start(), s.start + end),
            sentence: s,
            slot: Slot::Identifier,
            subject: Some(CALIBER.to_string()),
            value: Value::Text {
                text: format!(".{}", calib.as_str()),
            },
            round: false,
            vague: false,
            exact: true,
            figure: None,
        });
    }
}
