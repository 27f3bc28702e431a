//! One text saved at several moments (`compare/revisions`): copies that
//! share their sentences word for word but for a value changed are a
//! revision — an update when the order is known, a contradiction that says
//! the order is unknown when it is not — and outlets that merely share a
//! paragraph, or a sentence that holds two values, are not. Phrasings
//! written for these tests.

#[path = "common/versions.rs"]
mod versions;
use versions::{compare_json as compare, findings, has};

const QUAKE_DAY1: &str = " date 2019-03-10 Strong quake hits coastal province\n\nA strong earthquake has hit the coastal province of Manabi, damaging several villages, according to reports.\n\nThe 5.9-magnitude quake struck near the port town of Jama, home to 23,000 people, the geophysical institute said.\n\nThe quake, which struck shortly after dawn, was felt as far away as the capital.\n";
const QUAKE_DAY2: &str = " date 2019-03-11 Quake damages homes in coastal province\n\nA strong earthquake has hit the coastal province of Manabi, killing two people and damaging dozens of homes, officials say.\n\nThe 6.1-magnitude quake struck near the port town of Jama, home to 23,000 people, the geophysical institute said.\n\nThe quake, which struck shortly after dawn, was felt as far away as the capital.\n\nRelief teams reached the worst-hit villages by road on Monday.\n";

#[test]
fn a_value_changed_in_a_later_copy_of_one_text_is_an_update() {
    let r = compare(&[("a.txt", QUAKE_DAY1), ("b.txt", QUAKE_DAY2)]);
    assert!(has(&r, "update", "number", "a.txt", "5.9"), "{r:#}");
    assert!(has(&r, "update", "number", "b.txt", "6.1"), "{r:#}");
    let f = findings(&r, "update", "number");
    assert!(
        f.iter().any(|f| f["explanation"]
            .as_str()
            .unwrap()
            .contains("revised between copies of one text")),
        "{r:#}"
    );
    // The superseded 5.9 is not also held against the 6.1 under another kind.
    for kind in ["contradiction", "compatible"] {
        assert!(!has(&r, kind, "number", "a.txt", "5.9"), "{r:#}");
    }
}

#[test]
fn a_toll_corrected_down_in_a_later_copy_is_an_update() {
    let r = compare(&[
        ("a.txt", " date 2020-07-02 Bus plunges into ravine\n\nA crowded bus plunged into a ravine in the northern hills on Wednesday night, killing at least 14 passengers, the district police chief said.\n\nRescuers worked through the night with torches to pull survivors from the wreckage.\n\nThe driver is believed to have lost control on a sharp bend in heavy rain.\n"),
        ("b.txt", " date 2020-07-03 Bus plunges into ravine\n\nA crowded bus plunged into a ravine in the northern hills on Wednesday night, killing at least 11 passengers, the district police chief said.\n\nRescuers worked through the night with torches to pull survivors from the wreckage.\n\nThe driver is believed to have lost control on a sharp bend in heavy rain.\n"),
    ]);
    assert!(has(&r, "update", "casualty", "a.txt", "14"), "{r:#}");
    assert!(has(&r, "update", "casualty", "b.txt", "11"), "{r:#}");
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
}

#[test]
fn copies_of_one_article_on_one_day_that_differ_say_the_order_is_unknown() {
    let day = |n: &str| {
        format!(" date 2020-07-02 Bus plunges into ravine\n\nA crowded bus plunged into a ravine in the northern hills on Wednesday night, killing at least {n} passengers, the district police chief said.\n\nRescuers worked through the night with torches to pull survivors from the wreckage.\n\nThe driver is believed to have lost control on a sharp bend in heavy rain.\n")
    };
    let (a, b) = (day("14"), day("11"));
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    let c = findings(&r, "contradiction", "casualty");
    assert_eq!(c.len(), 1, "{r:#}");
    let e = c[0]["explanation"].as_str().unwrap();
    assert!(e.contains("copies of one article"), "{e}");
    assert!(e.contains("order of the change is unknown"), "{e}");
    assert!(findings(&r, "update", "casualty").is_empty(), "{r:#}");
}

#[test]
fn outlets_sharing_one_wire_paragraph_on_one_day_are_no_copies() {
    // Different headlines and leads, one paragraph in common: the ordinary
    // rules weigh the two tolls, and nothing calls them copies of one text.
    let r = compare(&[
        ("a.txt", " date 2020-07-02 Dozens hurt as bus falls into gorge\n\nPassengers screamed as the bus left the road, survivors told reporters at the district hospital.\n\nThe bus plunged into a ravine in the northern hills on Wednesday night, killing at least 14 passengers, the district police chief said.\n\nThe regional governor ordered an inquiry into the state of the road.\n"),
        ("b.txt", " date 2020-07-02 Hill road crash\n\nLocal officials had warned for years that the mountain road was unsafe in the monsoon.\n\nThe bus plunged into a ravine in the northern hills on Wednesday night, killing at least 11 passengers, the district police chief said.\n\nThe bus company said it would cooperate with investigators.\n"),
    ]);
    let all = r["findings"].as_array().unwrap();
    assert!(
        all.iter()
            .all(|f| !f["explanation"].as_str().unwrap().contains("copies of one")),
        "{r:#}"
    );
}

#[test]
fn a_sentence_holding_two_values_is_no_revision_of_one_into_the_other() {
    // The same box score in two copies: "14 points" of one player and "11
    // points" of another sit in one sentence, and neither value changed.
    let text = |d: &str| {
        format!(" date {d} Rams beat Hawks in overtime\n\nThe Rams beat the Hawks 71-68 in overtime on Friday to reach the conference final.\n\nWill Marsh scored 14 points off the bench and Tom Greer had 11 points and nine rebounds for the Rams.\n\nThe Hawks led by eight points at halftime before a late collapse.\n")
    };
    let (a, b) = (text("2021-03-05"), text("2021-03-06"));
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    for kind in ["contradiction", "update"] {
        assert!(findings(&r, kind, "number").is_empty(), "{r:#}");
    }
}

#[test]
fn one_shared_sentence_dated_apart_is_not_a_copy() {
    // Two outlets a day apart that have only the magnitude sentence in
    // common: readings of two agencies are not made a revision.
    let r = compare(&[
        ("a.txt", " date 2019-03-10 Strong quake hits coastal province\n\nResidents ran into the streets as buildings shook in the coastal province of Manabi.\n\nThe 5.9-magnitude quake struck near the port town of Jama, home to 23,000 people, the geophysical institute said.\n"),
        ("b.txt", " date 2019-03-11 Two dead after Ecuador earthquake\n\nTwo people died when a wall collapsed in a village near the coast, the mayor said.\n\nThe 6.1-magnitude quake struck near the port town of Jama, home to 23,000 people, the geophysical institute said.\n"),
    ]);
    let all = r["findings"].as_array().unwrap();
    assert!(
        all.iter()
            .all(|f| !f["explanation"].as_str().unwrap().contains("copies of one")),
        "{r:#}"
    );
}
