//! Omissions a reader looks for: what one version gives and the others,
//! covering the same story, leave out. Each rule on a phrasing where it is
//! reported and a look-alike where it stays out of the report.

#[path = "common/versions.rs"]
mod versions;

use serde_json::Value;
use versions::compare_json as json;

/// An omission whose value in `file` holds `words`.
fn omitted(r: &Value, file: &str, words: &str) -> bool {
    r["findings"].as_array().unwrap().iter().any(|f| {
        f["kind"] == "omission"
            && f["values"][file]
                .as_str()
                .is_some_and(|v| v.contains(words))
    })
}

fn kinds(r: &Value, kind: &str) -> usize {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .count()
}

const FLOOD_B: &str = " date 2024-05-02 Floodwaters swept through the farming town of Millbrook \
    on Wednesday, killing three people, county officials said. Rescue crews used boats to reach \
    stranded families.";

#[test]
fn a_distance_from_a_named_place_is_reported() {
    let a = " date 2024-05-02 Floodwaters swept through the farming town of Millbrook, about 40 \
        miles north of Sacramento, on Wednesday, killing three people, county officials said.";
    let r = json(&[("a.txt", a), ("b.txt", FLOOD_B)]);
    assert!(omitted(&r, "a.txt", "40 miles"), "{r:#}");
}

#[test]
fn a_distance_from_a_capital_named_after_a_comma_is_reported() {
    // "the capital, Lima": the reference is the city named after the comma.
    let a = " date 2024-05-02 Floodwaters swept through the farming town of Millbrook, some 300 \
        kilometers east of the capital, Lima, on Wednesday, killing three people, county \
        officials said.";
    let r = json(&[("a.txt", a), ("b.txt", FLOOD_B)]);
    assert!(omitted(&r, "a.txt", "300 kilometers"), "{r:#}");
}

#[test]
fn a_distance_from_an_unnamed_landmark_stays_out() {
    // How far from "a gas station" tells a reader little; no omission.
    let a = " date 2024-05-02 Floodwaters swept through the farming town of Millbrook on \
        Wednesday, killing three people a few hundred yards from a gas station, county \
        officials said.";
    let r = json(&[("a.txt", a), ("b.txt", FLOOD_B)]);
    assert!(!omitted(&r, "a.txt", "hundred yards"), "{r:#}");
}

const RAID_B: &str = " date 2024-09-10 Two police officers shot a man during a raid on a \
    warehouse in Dayton on Monday night, police said. The man died at a hospital.";

#[test]
fn the_age_of_someone_described_by_a_role_is_reported() {
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, police said. The 41-year-old sergeant has served on the force \
        for years.";
    let r = json(&[("a.txt", a), ("b.txt", RAID_B)]);
    assert!(omitted(&r, "a.txt", "41"), "{r:#}");
}

#[test]
fn an_age_tied_to_no_one_a_reader_can_place_stays_out() {
    // "a 41-year-old" before a verb: no one the reader can place.
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, police said. Neighbors said a 41-year-old ran from the building.";
    let r = json(&[("a.txt", a), ("b.txt", RAID_B)]);
    assert!(!omitted(&r, "a.txt", "41"), "{r:#}");
}

#[test]
fn a_witness_named_as_the_source_is_reported_by_full_name() {
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, police said. The man had his hands up, said Loretta Quist.";
    let r = json(&[("a.txt", a), ("b.txt", RAID_B)]);
    assert!(omitted(&r, "a.txt", "Loretta Quist"), "{r:#}");
}

#[test]
fn a_person_every_other_version_names_in_another_form_is_not_left_out() {
    // "Lieutenant Dana Okafor" and "Lt. Dana Okafor": one person, named by
    // both versions.
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, said Lieutenant Dana Okafor.";
    let b = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, said Lt. Dana Okafor.";
    let r = json(&[("a.txt", a), ("b.txt", b)]);
    assert!(!omitted(&r, "a.txt", "Okafor"), "{r:#}");
    assert!(!omitted(&r, "b.txt", "Okafor"), "{r:#}");
    // Another given name is another person: still reported.
    let c = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, said Lt. Dana Okafor. Marcus Okafor, his brother, was at the \
        scene.";
    let r = json(&[("b.txt", b), ("c.txt", c)]);
    assert!(omitted(&r, "c.txt", "Marcus Okafor"), "{r:#}");
}

#[test]
fn values_every_version_gives_but_that_cannot_be_set_side_by_side_are_no_omission() {
    // A season story: each version gives a count of games of its own (two
    // seasons', or a miscount a loose link cannot tell); none leaves the
    // count out, and neither is set against the other.
    let a = " date 2024-01-08 The Hawks traded guard Tom Reyes to the Suns on Monday. Reyes \
        has played 54 games for the Hawks.";
    let b = " date 2024-01-08 The Hawks traded guard Tom Reyes to the Suns on Monday. Reyes \
        has played 61 games for the Hawks.";
    let r = json(&[("a.txt", a), ("b.txt", b)]);
    assert!(!omitted(&r, "a.txt", "54"), "{r:#}");
    assert!(!omitted(&r, "b.txt", "61"), "{r:#}");
    assert_eq!(kinds(&r, "contradiction"), 0, "{r:#}");
}
