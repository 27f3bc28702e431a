//! Speeds and areas: a number with a unit of speed or area
//! (`data/facts/measure_units.tsv`: "gusts of 120 mph", "travelling at
//! 80 km/h", "5,000 hectares", "200 square miles") read as a fact in one
//! base unit (km/h, km²), so that the comparer can hold "120 mph" against
//! "193 km/h" and "about 200 square miles" against "518 square kilometres".
//!
//! A speed's subject is what moves, where a word says so
//! (`data/facts/measure_subjects.tsv`: "gusts", "winds", a "speed limit"):
//! a storm's gusts and its sustained winds are two measures. An area's
//! subject is the act of its stretch of the sentence, or the word that
//! stands before it ("burned", "flooded", "a park of"): the burned area and
//! a park's size are two measures.
//!
//! An area is also told by a yardstick ("an area the size of Wales", "twice
//! the size of Manhattan", "the size of 300 football fields";
//! `data/facts/size_yardsticks.tsv`): a rough measure, read as half to twice
//! the yardstick's size, so that it agrees with "20,000 square kilometres"
//! and is held against "the size of Manhattan" only when the two are far
//! apart. Set beside a yardstick after a noun of area ("an area larger
//! than Wales", "a zone twice as large as Belgium"), it is a lower or an
//! upper bound, or a multiple; an unknown yardstick says nothing.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::readers::Raw;
use super::{Slot, Value};
use crate::analysis::Analysis;
use crate::model::{Bound, Interval, Qualifier, Span};

/// A unit of speed or area: its slot and its size in the slot's base unit.
struct Unit {
    slot: Slot,
    size: f64,
}

struct Table {
    units: HashMap<String, Unit>,
    subjects: HashMap<String, String>,
    /// A number, then a unit of the table (longest forms first).
    measure: Regex,
    /// Yardsticks of area by name: a place's size in km², or a thing's
    /// (a football field) as the range its kinds span.
    yardsticks: HashMap<String, Yardstick>,
    /// "(twice | N times | half | a third of)? the size of (N)? YARDSTICK".
    size_of: Regex,
    /// "an area (twice)? (larger than | as large as) (the size of)? (N)?
    /// YARDSTICK": an area set beside a yardstick, after a noun of area
    /// (`data/facts/area_nouns.txt`) so that "a city larger than Paris",
    /// which may be its people, is not read.
    than: Regex,
}

/// What an area is measured by: a place ("the size of Wales") or a thing
/// counted ("the size of 300 football fields").
#[derive(Clone, Copy)]
enum Yardstick {
    Place(f64),
    Thing { low: f64, high: f64 },
}

/// How rough a place yardstick is: the area is taken as this share of the
/// place's size at least, and its inverse at most ("the size of Wales" is
/// 10,000 to 42,000 km²). Writers reach for the nearest familiar place,
/// not an exact match.
const YARDSTICK_SPREAD: f64 = 0.5;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut units = HashMap::new();
        for r in crate::table::rows(include_str!("../../data/facts/measure_units.tsv")) {
            let [form, kind, size, ..] = r.as_slice() else {
                continue;
            };
            let slot = match *kind {
                "speed" => Slot::Speed,
                "area" => Slot::Area,
                _ => continue,
            };
            if let Ok(size) = size.parse() {
                units.insert(form.to_lowercase(), Unit { slot, size });
            }
        }
        let subjects = crate::table::rows(include_str!("../../data/facts/measure_subjects.tsv"))
            .filter_map(|r| match r.as_slice() {
                [w, s, ..] => Some((w.to_lowercase(), s.to_string())),
                _ => None,
            })
            .collect();
        let mut forms: Vec<&String> = units.keys().collect();
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        let alts: Vec<String> = forms
            .iter()
            .map(|f| regex::escape(f).replace(' ', r"\s+"))
            .collect();
        let measure = Regex::new(&format!(
            r"(?i)\b(?P<n>\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)(?:\s*-\s*|\s*)(?P<u>{})",
            alts.join("|")
        ))
        .unwrap();
        let mut yardsticks = HashMap::new();
        for r in crate::table::rows(include_str!("../../data/facts/size_yardsticks.tsv")) {
            let stick = match r.as_slice() {
                [name, km2] => km2.parse().ok().map(|v| (name, Yardstick::Place(v))),
                [name, low, high, ..] => match (low.parse(), high.parse()) {
                    (Ok(low), Ok(high)) => Some((name, Yardstick::Thing { low, high })),
                    _ => None,
                },
                _ => None,
            };
            if let Some((name, stick)) = stick {
                yardsticks.insert(name.to_lowercase(), stick);
            }
        }
        let mut names: Vec<&String> = yardsticks.keys().collect();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        let alts: Vec<String> = names
            .iter()
            .map(|f| regex::escape(f).replace(' ', r"\s+"))
            .collect();
        let size_of = Regex::new(&format!(
            r"(?i)\b(?:(?P<mult>twice|half|a\s+third\s+of|a\s+quarter\s+of|(?P<k>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+)?the\s+size\s+of\s+(?:(?P<n>\d[\d,]*(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)\s+)?(?P<y>{})\b",
            alts.join("|")
        ))
        .unwrap();
        let nouns: Vec<String> = area_nouns()
            .iter()
            .map(|w| regex::escape(w).replace(' ', r"\s+"))
            .collect();
        let than = Regex::new(&format!(
            r"(?i)\b(?:{})\s+(?:(?:now|already|about|roughly|nearly|almost|some)\s+)?(?P<m>(?:(?P<mult>twice|half|(?P<k>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+)?(?:(?P<than>larger|bigger|greater|smaller)\s+than|as\s+(?:large|big)\s+as)\s+(?:the\s+size\s+of\s+)?(?:(?P<n>\d[\d,]*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)\s+)?(?P<y>{}))\b",
            nouns.join("|"),
            alts.join("|")
        ))
        .unwrap();
        Table {
            units,
            subjects,
            measure,
            yardsticks,
            size_of,
            than,
        }
    })
}

/// Speeds and areas of sentence `s`.
pub fn read(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    let t = table();
    let text = &a.doc.text;
    let first = a.figures.partition_point(|f| f.span.start < s.start);
    let figures = super::starting_in(&a.figures, |f| f.span, s);
    for c in t.measure.captures_iter(s.of(text)) {
        let (n, u) = (c.name("n").unwrap(), c.name("u").unwrap());
        let end = s.start + u.end();
        // "10 km2" but not "120 mphx" or "5 hash": the unit ends a word.
        if text[end..]
            .chars()
            .next()
            .is_some_and(|ch| ch.is_alphanumeric())
        {
            continue;
        }
        let form = u.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(unit) = t.units.get(&form.to_lowercase()) else {
            continue;
        };
        let number_at = Span::new(s.start + n.start(), s.start + n.end());
        // The figures stage knows the number's wording ("about 200", "up to
        // 120"): its interval and qualifier, where it read one here.
        let figure = figures
            .iter()
            .position(|f| f.span.overlaps(number_at) && f.span.end <= number_at.end)
            .map(|i| (first + i, &figures[i]));
        let (start, interval, qualifier, value) = match figure {
            Some((_, f)) => (f.span.start, f.interval, f.qualifier, f.value),
            None => {
                let Some(v) = crate::figures::word_value(n.as_str())
                    .or_else(|| n.as_str().replace(',', "").parse().ok())
                else {
                    continue;
                };
                (number_at.start, Interval::exact(v), Qualifier::Exact, v)
            }
        };
        let span = Span::new(start, end);
        let subject = match unit.slot {
            Slot::Speed => speed_subject(a, s, span),
            _ => Some(area_subject(a, s, span)),
        };
        out.push(Raw {
            span,
            sentence: s,
            slot: unit.slot,
            subject,
            value: Value::Number {
                interval: interval.times(unit.size),
                unit: Some(base_unit(unit.slot).to_string()),
            },
            round: qualifier == Qualifier::Exact
                && value >= 10.0
                && value.fract() == 0.0
                && (value as u64) % 10 == 0,
            vague: qualifier == Qualifier::Vague,
            exact: qualifier == Qualifier::Exact,
            figure: figure.map(|(i, _)| i),
        });
    }
    read_yardsticks(a, s, out);
}

/// Areas told by a yardstick in sentence `s`: "an area the size of Wales",
/// "twice the size of Manhattan", "the size of 300 football fields".
/// "An area larger than Wales" is at least about Wales's size, "an area
/// smaller than Manhattan" at most about Manhattan's; "twice as large as
/// Belgium" is a multiple, as "twice the size of Belgium" is.
fn read_yardsticks(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    let t = table();
    let text = &a.doc.text;
    let sized = t.size_of.captures_iter(s.of(text));
    for c in sized.chain(t.than.captures_iter(s.of(text))) {
        let whole = c.name("m").unwrap_or_else(|| c.get(0).unwrap());
        let name = c["y"].split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&stick) = t.yardsticks.get(&name.to_lowercase()) else {
            continue;
        };
        let times = match c.name("mult").map(|m| m.as_str().to_lowercase()) {
            None => 1.0,
            Some(m) if m == "twice" => 2.0,
            Some(m) if m == "half" => 0.5,
            Some(m) if m.starts_with("a") && m.contains("third") => 1.0 / 3.0,
            Some(m) if m.starts_with("a") && m.contains("quarter") => 0.25,
            Some(_) => {
                let k = c.name("k").map(|k| k.as_str()).unwrap_or("");
                match crate::figures::word_value(k).or_else(|| k.parse().ok()) {
                    Some(k) => k,
                    None => continue,
                }
            }
        };
        let count = match c.name("n").map(|n| n.as_str().to_lowercase()) {
            None => None,
            Some(n) if n == "a" || n == "an" => Some(1.0),
            Some(n) => {
                match crate::figures::word_value(&n).or_else(|| n.replace(',', "").parse().ok()) {
                    Some(v) => Some(v),
                    None => continue,
                }
            }
        };
        let (low, high) = match (stick, count) {
            // "the size of 300 football fields": a count of a thing.
            (Yardstick::Thing { low, high }, Some(n)) => (low * n, high * n),
            // "the size of Wales"; "the size of a Wales" is no phrasing,
            // and a thing needs its count ("the size of football fields").
            (Yardstick::Place(km2), None) => (km2 * YARDSTICK_SPREAD, km2 / YARDSTICK_SPREAD),
            _ => continue,
        };
        // "larger than Wales" bounds the area on one side; "three times
        // larger than Wales" is read as a multiple, as writers mean it.
        let bound = c
            .name("than")
            .filter(|_| c.name("mult").is_none())
            .map(|w| w.as_str().to_lowercase());
        let smaller = bound.as_deref() == Some("smaller");
        let larger = bound.is_some() && !smaller;
        let span = Span::new(s.start + whole.start(), s.start + whole.end());
        out.push(Raw {
            span,
            sentence: s,
            slot: Slot::Area,
            subject: Some(area_subject(a, s, span)),
            value: Value::Number {
                interval: Interval {
                    low: if smaller {
                        Bound::Unbounded
                    } else {
                        Bound::Inclusive(low * times)
                    },
                    high: if larger {
                        Bound::Unbounded
                    } else {
                        Bound::Inclusive(high * times)
                    },
                },
                unit: Some(base_unit(Slot::Area).to_string()),
            },
            round: false,
            vague: false,
            exact: false,
            figure: None,
        });
    }
}

/// Nouns of area ("area", "zone", "swath"; `data/facts/area_nouns.txt`).
fn area_nouns() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/area_nouns.txt"))
}

/// The unit every value of a slot is given in.
fn base_unit(slot: Slot) -> &'static str {
    match slot {
        Slot::Speed => "km/h",
        _ => "km2",
    }
}

/// What a speed is the speed of: "gusts of 120 mph", "120 mph winds", "a
/// speed limit of 50 km/h"; otherwise the act of its stretch ("crash").
fn speed_subject(a: &Analysis, s: Span, span: Span) -> Option<String> {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let before = BEFORE.get_or_init(|| Regex::new(r"(?i)\b([a-z]+)\s+(?:of|at|to)\s+$").unwrap());
    let after = AFTER.get_or_init(|| Regex::new(r"^(?:\s+|\s*-\s*)([A-Za-z]+)").unwrap());
    let text = &a.doc.text;
    let w = super::near(text, s, span);
    let subjects = &table().subjects;
    let named = |re: &Regex, t: &str| {
        re.captures(t)
            .and_then(|c| subjects.get(&c[1].to_lowercase()).cloned())
    };
    named(before, &text[w.start..span.start])
        .or_else(|| named(after, &text[span.end..w.end]))
        .or_else(|| super::readers::segment_event(a, s, span))
}

/// The act that covered an area ("burned 5,000 hectares"); an area whose
/// stretch tells no act ("a park of 300 square miles", "5,000 hectares,
/// about 20 square miles") gets a loose subject that may agree but never
/// contradict.
fn area_subject(a: &Analysis, s: Span, span: Span) -> String {
    super::readers::segment_event(a, s, span)
        .or_else(|| {
            verb_before(&a.doc.text[super::stretch(&a.doc.text, s, span).start..span.start])
        })
        .unwrap_or_else(|| format!("{}area", super::LOOSE))
}

/// The word that stands right before a measure, past qualifiers and
/// determiners ("burned about 5,000 hectares" -> "burned", "a park of 300
/// square miles" -> "park"): what the area is of, as its versions word it.
fn verb_before(before: &str) -> Option<String> {
    const SKIP: &[&str] = &[
        "about",
        "nearly",
        "almost",
        "more",
        "than",
        "over",
        "some",
        "around",
        "roughly",
        "up",
        "to",
        "at",
        "least",
        "an",
        "a",
        "the",
        "of",
        "estimated",
        "approximately",
        "just",
        "by",
        "and",
    ];
    crate::claims::word_re()
        .find_iter(before)
        .map(|m| m.as_str().to_lowercase())
        // "burned an area of 5,000 hectares", "scorched a zone larger than
        // Wales": the act is the word before the noun of area.
        .filter(|w| {
            !SKIP.contains(&w.as_str())
                && !area_nouns().contains(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .last()
}
