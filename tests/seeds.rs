//! Acceptance on the three seed versions (fixtures/seeds): what a journalist
//! comparing them must be told.

use assert_cmd::Command;
use serde_json::Value;

const V0: &str = "fixtures/seeds/000_fb2f06446441fbd4.txt";
const V1: &str = "fixtures/seeds/001_04af7a6d62b6dd8f.txt";
const V2: &str = "fixtures/seeds/002_ab6c8754cacfea4c.txt";

fn run(args: &[&str]) -> Value {
    let out = Command::cargo_bin("claimdiff")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn comparison() -> Value {
    run(&["compare", "--format", "json", "fixtures/seeds"])
}

fn value<'a>(f: &'a Value, file: &str) -> Option<&'a str> {
    f["values"][file].as_str()
}

/// Findings of a kind and category whose values contain, per file, the given text.
fn find<'a>(c: &'a Value, kind: &str, category: &str, want: &[(&str, &str)]) -> Vec<&'a Value> {
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind && f["category"] == category)
        .filter(|f| {
            want.iter()
                .all(|(file, sub)| value(f, file).is_some_and(|v| v.contains(sub)))
        })
        .collect()
}

fn assert_one(c: &Value, kind: &str, category: &str, want: &[(&str, &str)]) -> Value {
    let hits = find(c, kind, category, want);
    assert!(
        !hits.is_empty(),
        "no {kind}/{category} finding with {want:?}"
    );
    hits[0].clone()
}

#[test]
fn altered_quote_is_a_quote_contradiction() {
    let c = comparison();
    assert_one(
        &c,
        "contradiction",
        "quote",
        &[(V0, "current"), (V1, "ongoing")],
    );
}

#[test]
fn reworded_second_quote_is_a_quote_contradiction() {
    let c = comparison();
    assert_one(
        &c,
        "contradiction",
        "quote",
        &[(V0, "long history"), (V1, "yet another instance")],
    );
}

#[test]
fn death_tolls_of_the_war_are_reported_not_merged() {
    let c = comparison();
    let f = c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["category"] == "casualty"
                && value(f, V0).is_some_and(|v| v.contains("more than 1,000"))
                && value(f, V2).is_some_and(|v| v.contains("at least 657"))
        })
        .expect("the two tolls are set side by side");
    assert_ne!(f["kind"], "agreement");
}

#[test]
fn the_1994_bombing_toll_is_agreed_by_all() {
    let c = comparison();
    assert_one(
        &c,
        "agreement",
        "casualty",
        &[(V0, "85"), (V1, "85"), (V2, "85")],
    );
}

#[test]
fn dates_of_different_precision_are_compatible() {
    let c = comparison();
    assert_one(
        &c,
        "compatible",
        "date",
        &[(V0, "April 1, 2024"), (V1, "April 2024")],
    );
}

#[test]
fn late_2024_and_the_end_of_2024_agree() {
    let c = comparison();
    assert_one(
        &c,
        "agreement",
        "date",
        &[(V0, "late 2024"), (V2, "end of 2024")],
    );
}

#[test]
fn on_friday_and_friday_november_7_are_the_same_day() {
    let c = comparison();
    assert_one(
        &c,
        "agreement",
        "date",
        &[(V0, "Friday"), (V2, "November 7")],
    );
}

#[test]
fn qatar_and_yemen_are_missing_from_the_third_list() {
    let c = comparison();
    for place in ["Qatar", "Yemen"] {
        let f = assert_one(&c, "omission", "list", &[(V0, place), (V1, place)]);
        assert!(value(&f, V2).is_none(), "{f}");
        assert!(
            f["explanation"]
                .as_str()
                .unwrap()
                .contains("002_ab6c8754cacfea4c"),
            "{f}"
        );
    }
}

#[test]
fn two_arson_attacks_and_at_least_two_attacks_are_compatible() {
    let c = comparison();
    assert_one(
        &c,
        "compatible",
        "number",
        &[(V0, "two"), (V2, "at least two")],
    );
}

#[test]
fn facts_only_in_the_third_version_are_omissions() {
    let c = comparison();
    for (category, text) in [
        ("actor", "Hasan Izadi"),
        ("number", "550"),
        ("casualty", "2,037"),
    ] {
        let f = assert_one(&c, "omission", category, &[(V2, text)]);
        assert!(value(&f, V0).is_none() && value(&f, V1).is_none(), "{f}");
    }
}

#[test]
fn irans_denial_is_disputed_within_the_third_version() {
    let c = comparison();
    let f = assert_one(&c, "disputed", "event", &[(V2, "denied")]);
    assert!(f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .all(|cl| cl["file"] == V2));
}

#[test]
fn the_undated_version_gets_an_inferred_date() {
    let c = comparison();
    let d = c["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == V1)
        .unwrap();
    assert_eq!(d["date_source"], "inferred");
    assert_eq!(d["date"], "2025-11-07");
    // Its relative dates are resolved from it: "earlier this year" is 2025.
    assert_one(
        &c,
        "agreement",
        "date",
        &[(V0, "late 2024"), (V1, "late 2024")],
    );
}

#[test]
fn aliases_resolve_to_one_actor_each() {
    let out = Command::cargo_bin("claimdiff")
        .unwrap()
        .args(["extract", "--format", "jsonl", "fixtures/seeds"])
        .output()
        .unwrap();
    let actors: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|m| m["type"] == "actor")
        .map(|m| m["data"].clone())
        .collect();
    let canonical = |file: &str, text: &str| -> String {
        actors
            .iter()
            .find(|a| a["file"] == file && a["text"] == text)
            .unwrap_or_else(|| panic!("{text:?} not an actor in {file}"))["canonical"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let irgc = canonical(V1, "Islamic Revolutionary Guard Corps");
    assert_eq!(canonical(V2, "IRGC"), irgc);
    assert_eq!(canonical(V0, "Revolutionary Guards"), irgc);
    assert_eq!(canonical(V1, "Revolutionary Guard"), irgc);
    assert_eq!(
        canonical(V0, "Nicolas Maduro"),
        canonical(V1, "Nicolás Maduro")
    );
    assert_eq!(
        canonical(V2, "Nicolás Maduro"),
        canonical(V1, "Nicolás Maduro")
    );
    let us = canonical(V0, "United States");
    assert_eq!(canonical(V0, "US"), us);
    assert_eq!(canonical(V2, "United States"), us);
}
