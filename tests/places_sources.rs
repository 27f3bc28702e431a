//! Places and sources as facts: where the event happened and who states a
//! fact, read and compared, each rule on phrasings where it fires and
//! look-alikes where it must stay silent.

#[path = "common/versions.rs"]
mod versions;
use claimdiff::facts::{Slot, Value};
use claimdiff::{analysis, document::Document};
use serde_json::Value as Json;
use versions::{compare_json as compare, findings, has};

fn analyze(text: &str) -> analysis::Analysis {
    let doc = Document::from_text("a.txt", text, None);
    analysis::analyze(vec![doc]).remove(0)
}

/// (subject, name, within, near) of every place fact.
fn places(text: &str) -> Vec<(String, String, Vec<String>, bool)> {
    let a = analyze(text);
    a.facts
        .facts
        .iter()
        .filter(|f| f.slot == Slot::Place)
        .filter_map(|f| match &f.value {
            Value::Place { name, within, .. } => Some((
                f.subject.clone().unwrap_or_default(),
                name.clone(),
                within.clone(),
                f.vague,
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn the_incident_place_is_read_with_the_places_that_hold_it() {
    let p = places("A man was shot dead at a supermarket in Banbury, Oxfordshire, on Monday.");
    assert!(
        p.iter().any(|(s, n, w, near)| s == "shooting"
            && n == "Banbury"
            && w.contains(&"Oxfordshire".to_string())
            && !near),
        "{p:?}"
    );
    // the county after the comma is the town's setting, not a second place
    assert!(!p.iter().any(|(_, n, _, _)| n == "Oxfordshire"), "{p:?}");
    // a place near the event is read as such
    let p = places("The quake struck near Dargahan on Sunday, officials said.");
    assert!(
        p.iter()
            .any(|(s, n, _, near)| s == "quake" && n == "Dargahan" && *near),
        "{p:?}"
    );
}

#[test]
fn background_places_are_not_the_incidents() {
    let p = places(
        "The shooting suspect, who lives in Bicester, was held on Monday. Two people wounded in the shooting were taken to a hospital in Oxford.",
    );
    assert!(
        !p.iter()
            .any(|(_, n, _, _)| n == "Bicester" || n == "Oxford"),
        "{p:?}"
    );
    // nor a place with no event told before it
    let p = places("Officials in Banbury said little on Monday.");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn the_same_place_agrees_and_a_place_within_another_is_compatible() {
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 A man was shot dead in Banbury, Oxfordshire, on Monday, police said.",
        ),
        (
            "b.txt",
            " date 2024-05-06 A man was shot dead in Banbury on Monday, police said.",
        ),
        (
            "c.txt",
            " date 2024-05-06 A man was shot dead in Oxfordshire on Monday, police said.",
        ),
    ]);
    assert!(
        has(&r, "compatible", "place", "c.txt", "Oxfordshire"),
        "{r:#}"
    );
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2023-02-05 An earthquake struck Qeshm Island on Sunday, officials said.",
        ),
        (
            "b.txt",
            " date 2023-02-05 An earthquake struck the island of Qeshm on Sunday, officials said.",
        ),
    ]);
    assert!(has(&r, "agreement", "place", "b.txt", "Qeshm"), "{r:#}");
}

#[test]
fn two_towns_named_firmly_contradict_but_a_town_and_its_district_do_not() {
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 A gunman opened fire in Arnhold on Monday, police said.",
        ),
        (
            "b.txt",
            " date 2024-05-06 A gunman opened fire in Welbury on Monday, police said.",
        ),
    ]);
    assert!(
        has(&r, "contradiction", "place", "a.txt", "Arnhold"),
        "{r:#}"
    );
    // a town and a district: both can be true
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 A gunman opened fire in Arnhold on Monday, police said.",
        ),
        (
            "b.txt",
            " date 2024-05-06 A gunman opened fire in Welbury district on Monday, police said.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
    // a place only near the event fits any other
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 A gunman opened fire in Arnhold on Monday, police said.",
        ),
        (
            "b.txt",
            " date 2024-05-06 A gunman opened fire near Welbury on Monday, police said.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
    // a version that names the other's place elsewhere knows both
    let r = compare(&[
        ("a.txt", " date 2024-05-06 A gunman opened fire in Arnhold on Monday, police said. He had driven from Welbury."),
        ("b.txt", " date 2024-05-06 A gunman opened fire in Welbury on Monday, police said."),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
}

#[test]
fn acts_of_people_may_agree_on_a_place_but_never_contradict() {
    // two arrests in one story may be in two towns
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 Police arrested the driver in Arnhold on Monday.",
        ),
        (
            "b.txt",
            " date 2024-05-06 Police arrested the driver in Welbury on Monday.",
        ),
    ]);
    let of_place = |r: &Json, kind: &str| {
        findings(r, kind, "place")
            .into_iter()
            .filter(|f| {
                f["topic"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("place of"))
            })
            .count()
    };
    assert_eq!(of_place(&r, "contradiction"), 0, "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 Police arrested the driver in Arnhold on Monday.",
        ),
        (
            "b.txt",
            " date 2024-05-06 Police arrested the driver in Arnhold on Monday night.",
        ),
    ]);
    assert_eq!(of_place(&r, "agreement"), 1, "{r:#}");
}

#[test]
fn an_anonymous_source_named_later_is_an_update() {
    let r = compare(&[
        ("a.txt", " date 2024-05-06 The blast destroyed seven homes, according to a source close to the investigation."),
        ("b.txt", " date 2024-05-07 The blast destroyed seven homes, police spokesman John Smith said."),
    ]);
    assert!(
        has(&r, "update", "attribution", "b.txt", "John Smith"),
        "{r:#}"
    );
    assert!(
        findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
    // named first and anonymous later: no upgrade, only compatible
    let r = compare(&[
        ("a.txt", " date 2024-05-06 The blast destroyed seven homes, police spokesman John Smith said."),
        ("b.txt", " date 2024-05-07 The blast destroyed seven homes, according to a source close to the investigation."),
    ]);
    assert!(findings(&r, "update", "attribution").is_empty(), "{r:#}");
    assert!(
        has(&r, "compatible", "attribution", "b.txt", "source"),
        "{r:#}"
    );
}

#[test]
fn the_same_source_agrees_and_two_anonymous_sources_are_compatible() {
    let r = compare(&[
        ("a.txt", " date 2024-05-06 The quake had a magnitude of 5.9, the US Geological Survey said."),
        ("b.txt", " date 2024-05-06 On Sunday the quake had a magnitude of 5.9, the Geological Survey said."),
    ]);
    assert!(
        has(&r, "agreement", "attribution", "a.txt", "Geological Survey"),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2024-05-06 The blast destroyed seven homes, according to a source close to the investigation."),
        ("b.txt", " date 2024-05-06 The blast destroyed seven homes, according to a senior official."),
    ]);
    assert!(
        has(&r, "compatible", "attribution", "b.txt", "official"),
        "{r:#}"
    );
    assert!(
        findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
    assert!(findings(&r, "update", "attribution").is_empty(), "{r:#}");
}

#[test]
fn two_named_sources_of_one_figure_are_compatible_outside_tolls() {
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-06 The quake had a magnitude of 5.9, the US Geological Survey said.",
        ),
        (
            "b.txt",
            " date 2024-05-06 The quake had a magnitude of 5.9, Iran's seismological centre said.",
        ),
    ]);
    assert!(
        has(&r, "compatible", "attribution", "a.txt", "Geological"),
        "{r:#}"
    );
    assert!(
        findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
}
