//! Facts measured on a held-out set: `fixtures/facts/cases.jsonl`, 108 short
//! news passages with the facts a reader takes from them and look-alike traps,
//! written by an annotator who never saw the fact rules. Each expected fact
//! is found when a fact of its slot has its value; a trap is sprung when a
//! value that is not of the slot is read as it (`not_this_slot`), or when
//! another event's value is given to the passage's main event
//! (`other_event`). The floors sit just under the first run, so that a
//! regression fails the build; the scores print with `--nocapture`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use claimdiff::facts::{Fact, Slot, Value as FactValue};
use claimdiff::model::{Bound, Casualty};
use claimdiff::{analysis, document::Document};
use serde_json::Value;

/// Our slot name for the set's slot name, when the extractor reads it.
fn our_slot(slot: &str) -> Option<&'static str> {
    Some(match slot {
        "killed" => "killed",
        "injured" => "wounded",
        "missing" => "missing",
        "arrested" => "arrested",
        "displaced" => "displaced",
        "rescued" => "rescued",
        "count" => "count",
        "magnitude" => "magnitude",
        "depth" => "depth",
        "distance" => "distance",
        "money" => "money",
        "percent" => "percent",
        "rating" => "rating",
        "ordinal" => "ordinal",
        "identifier" => "identifier",
        "age" => "age",
        "date" => "date",
        "time" => "time",
        "duration" => "duration",
        _ => return None,
    })
}

/// The number in a value ("~75 km" -> 75, ">=14" -> 14, "10-12" -> 10).
fn number(v: &str) -> Option<f64> {
    let digits: String = v
        .trim_start_matches(['~', '>', '<', '='])
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().ok()
}

/// The number a fact's value stands for in the set's units.
fn matches(f: &Fact, slot: &str, want: &str) -> bool {
    match &f.value {
        FactValue::Number { interval, .. } => {
            let Some(mut v) = number(want) else {
                return false;
            };
            let unit = want.split_whitespace().nth(1).unwrap_or("");
            if f.slot == Slot::Distance || f.slot == Slot::Depth {
                if unit.starts_with("mile") {
                    v *= 1.609344;
                } else if unit == "m" {
                    v /= 1000.0;
                }
            }
            if f.slot == Slot::Duration {
                let secs = match unit.trim_end_matches('s') {
                    "minute" => 60.0,
                    "hour" => 3600.0,
                    "day" => 86400.0,
                    "week" => 7.0 * 86400.0,
                    "month" => 30.0 * 86400.0,
                    "year" => 365.0 * 86400.0,
                    _ => 1.0,
                };
                v *= secs;
            }
            let lo = interval.low.value();
            let hi = interval.high.value();
            let close = |x: f64| (x - v).abs() <= 0.06 * v.abs().max(1.0);
            let inside = lo.is_none_or(|l| l <= v * 1.06) && hi.is_none_or(|h| h >= v * 0.94);
            inside && (lo.is_some_and(close) || hi.is_some_and(close) || slot == "duration")
        }
        FactValue::Timex { value } => value == want || value == want.trim_start_matches('T'),
        FactValue::Text { text } => want.contains(text.as_str()),
        FactValue::Place { name, .. } => want.contains(name.as_str()),
    }
}

/// Whether a place or a source the set expects is read: a `place` fact
/// whose place the expected value names, or a fact credited to the expected
/// source (its canonical name or its description, either holding the
/// other). `None` for the other slots.
fn where_or_who(facts: &[Fact], slot: &str, want: &str) -> Option<bool> {
    let want = want.to_lowercase();
    let holds = |name: &str| {
        let name = name.to_lowercase();
        !name.is_empty() && (want.contains(&name) || name.contains(&want))
    };
    match slot {
        "place" => Some(facts.iter().any(|f| match &f.value {
            FactValue::Place { name, .. } => holds(name),
            _ => false,
        })),
        "source" => Some(
            facts
                .iter()
                .any(|f| f.credit.as_ref().is_some_and(|c| holds(&c.name))),
        ),
        _ => None,
    }
}

fn facts_of(text: &str, date: NaiveDate) -> (Vec<Fact>, Vec<bool>) {
    let doc = Document::from_text("case.txt", text, Some(date));
    let an = analysis::analyze(vec![doc]);
    let a = &an[0];
    let main: Vec<bool> = a.facts.events.iter().map(|e| e.main).collect();
    (a.facts.facts.clone(), main)
}

#[test]
fn held_out_fact_cases_meet_their_floors() {
    let data = std::fs::read_to_string("fixtures/facts/cases.jsonl").unwrap();
    let mut per_slot: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut found, mut expected, mut readable_found, mut readable) = (0, 0, 0, 0);
    let (mut sprung, mut traps) = (0, 0);
    // Places and sources, read since session 7: scored apart so that the
    // figure above stays comparable with its first run.
    let mut newer: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let date =
            NaiveDate::parse_from_str(case["pub_date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let (facts, main) = facts_of(case["text"].as_str().unwrap(), date);
        for e in case["expect"].as_array().unwrap() {
            let slot = e["slot"].as_str().unwrap();
            let want = e["value"].as_str().unwrap();
            expected += 1;
            let entry = per_slot.entry(slot.to_string()).or_default();
            entry.1 += 1;
            if let Some(hit) = where_or_who(&facts, slot, want) {
                let e = newer.entry(slot.to_string()).or_default();
                e.1 += 1;
                e.0 += usize::from(hit);
                continue;
            }
            let Some(ours) = our_slot(slot) else {
                continue;
            };
            readable += 1;
            let hit = facts
                .iter()
                .any(|f| f.slot.as_str() == ours && matches(f, slot, want));
            if hit {
                found += 1;
                readable_found += 1;
                entry.0 += 1;
            } else {
                misses.push(format!("{} {slot} {want}", case["id"]));
            }
        }
        for t in case["traps"].as_array().unwrap() {
            let slot = t["slot"].as_str().unwrap();
            let want = t["value"].as_str().unwrap();
            let Some(ours) = our_slot(slot) else {
                continue;
            };
            traps += 1;
            let on_main = t["kind"] == "other_event";
            let hit = facts.iter().any(|f| {
                f.slot.as_str() == ours && matches(f, slot, want) && (!on_main || main[f.event])
            });
            if hit {
                sprung += 1;
                misses.push(format!("{} TRAP {slot} {want}", case["id"]));
            }
        }
    }
    let recall = found as f64 / expected as f64;
    let readable_recall = readable_found as f64 / readable as f64;
    eprintln!(
        "facts: {found}/{expected} expected facts ({:.2}); {readable_found}/{readable} on the slots read ({:.2}); traps sprung {sprung}/{traps}",
        recall, readable_recall
    );
    for (slot, (a, b)) in &newer {
        eprintln!("facts: {slot} {a}/{b} (read since session 7)");
    }
    for (slot, (a, b)) in &per_slot {
        eprintln!("  {slot}: {a}/{b}");
    }
    for m in &misses {
        eprintln!("  miss {m}");
    }
    assert!(readable_recall >= FLOOR_READABLE, "{readable_recall:.2}");
    assert!(
        sprung as f64 <= MAX_TRAPS * traps as f64,
        "{sprung}/{traps}"
    );
    for (slot, floor) in [("place", FLOOR_PLACE), ("source", FLOOR_SOURCE)] {
        let (a, b) = newer.get(slot).copied().unwrap_or_default();
        assert!(a as f64 >= floor * b as f64, "{slot}: {a}/{b}");
    }
    // Unused variants keep the imports honest across refactors.
    let _ = (Casualty::Killed, Bound::Unbounded);
}

/// Recall on the slots the extractor reads: the first run (218/343, 0.64,
/// 2026-12-07) minus a margin.
const FLOOR_READABLE: f64 = 0.60;
/// Places and sources found: their first run (2026-12-07, before any rule
/// was written with these cases in view: places 44/94, 0.47; sources 63/80,
/// 0.79) minus a margin.
const FLOOR_PLACE: f64 = 0.42;
const FLOOR_SOURCE: f64 = 0.72;
/// Share of traps that may be sprung: the first run sprang 8 of 57.
const MAX_TRAPS: f64 = 0.2;
