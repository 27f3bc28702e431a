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

/// This finding's value in `file` holds `words`.
fn omitted_in(f: &Value, file: &str, words: &str) -> bool {
    f["values"][file]
        .as_str()
        .is_some_and(|v| v.contains(words))
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

/// Eight versions of one fire: each opens the same way; `extra` adds a
/// sentence of its own.
fn fire_versions(extra: &[&str]) -> Vec<(String, String)> {
    (0..8)
        .map(|i| {
            let more = extra.get(i).copied().unwrap_or("");
            (
                format!("v{i}.txt"),
                format!(
                    " date 2024-11-04 A fire tore through a furniture warehouse in Akron on \
                     Sunday night, fire officials said. {more}"
                ),
            )
        })
        .collect()
}

fn compare_owned(v: &[(String, String)]) -> Value {
    let borrowed: Vec<(&str, &str)> = v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    json(&borrowed)
}

#[test]
fn a_name_one_version_alone_gives_is_reported() {
    let v = fire_versions(&["The owner, Harold Brennan, watched from across the street."]);
    let r = compare_owned(&v);
    assert!(omitted(&r, "v0.txt", "Harold Brennan"), "{r:#}");
}

#[test]
fn a_name_half_the_versions_give_is_how_coverage_varies_not_an_omission() {
    // Four outlets of eight quote the owner, four do not: neither side is a
    // version a reader should check for a gap.
    let owner = "The owner, Harold Brennan, watched from across the street.";
    let v = fire_versions(&[owner, owner, owner, owner]);
    let r = compare_owned(&v);
    assert!(!omitted(&r, "v0.txt", "Harold Brennan"), "{r:#}");
}

#[test]
fn a_name_only_one_version_leaves_out_is_reported() {
    let owner = "The owner, Harold Brennan, watched from across the street.";
    let v = fire_versions(&[owner, owner, owner, owner, owner, owner, owner]);
    let r = compare_owned(&v);
    assert!(omitted(&r, "v0.txt", "Harold Brennan"), "{r:#}");
}

#[test]
fn a_street_read_as_a_name_is_no_person_left_out() {
    // "Tilden Ave" names where, not whom; a person named beside it is still
    // reported.
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse on \
        Tilden Ave in Dayton on Monday night, police said. Neighbor Rosa Whitfield heard the \
        shots.";
    let r = json(&[("a.txt", a), ("b.txt", RAID_B)]);
    assert!(!omitted(&r, "a.txt", "Tilden Ave"), "{r:#}");
    assert!(omitted(&r, "a.txt", "Rosa Whitfield"), "{r:#}");
}

#[test]
fn a_middle_initial_does_not_make_another_person() {
    // "Raymond W. Kelly" and "Raymond Kelly": one commissioner.
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, said Raymond W. Kelly, the police commissioner.";
    let b = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, said Raymond Kelly, the police commissioner.";
    let r = json(&[("a.txt", a), ("b.txt", b)]);
    assert!(!omitted(&r, "a.txt", "Kelly"), "{r:#}");
    assert!(!omitted(&r, "b.txt", "Kelly"), "{r:#}");
    // Another given name is another person, with or without an initial.
    let c = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, said Raymond W. Kelly, the police commissioner. His brother, \
        Thomas J. Kelly, owns the warehouse.";
    let r = json(&[("b.txt", b), ("c.txt", c)]);
    assert!(omitted(&r, "c.txt", "Thomas J. Kelly"), "{r:#}");
}

#[test]
fn a_figure_two_versions_give_is_never_reported_as_one_versions_alone() {
    // The victim's age is given by a and c, told in different sentences;
    // whatever event instance each is tied to, no omission says only one of
    // them gives it.
    let a = " date 2024-09-10 Two police officers shot a man during a raid on a warehouse in \
        Dayton on Monday night, police said. The man, Curtis Vane, 27, died at a hospital.";
    let c = " date 2024-09-11 Curtis Vane, 27, was a father of two, his sister said. Police \
        shot him during Monday's raid on a Dayton warehouse.";
    let r = json(&[("a.txt", a), ("b.txt", RAID_B), ("c.txt", c)]);
    for f in r["findings"].as_array().unwrap() {
        if f["kind"] == "omission" && f["values"]["a.txt"].as_str() == Some("27") {
            assert_eq!(f["values"]["c.txt"].as_str(), Some("27"), "{r:#}");
        }
    }
    // One version alone giving an age: reported as its own.
    let r = json(&[("a.txt", a), ("b.txt", RAID_B)]);
    assert!(omitted(&r, "a.txt", "27"), "{r:#}");
}

#[test]
fn an_act_every_version_tells_in_its_own_words_is_no_omission() {
    // Each version tells the actress's death in a sentence of its own; none
    // leaves it out.
    let a = " date 2024-06-07 Hollywood actress Marion Delacroix has died at her home in Santa \
        Monica, her publicist said on Thursday. She was 91.";
    let b = " date 2024-06-07 Marion Delacroix, the star of a string of musicals in the 1950s, \
        died on Thursday at her home in Santa Monica, a family spokesman said.";
    let r = json(&[("a.txt", a), ("b.txt", b)]);
    for f in r["findings"].as_array().unwrap() {
        if f["kind"] == "omission" && f["category"] == "event" {
            let v = f["values"]["a.txt"].as_str().unwrap_or("");
            assert!(!v.contains("has died"), "{r:#}");
        }
    }
}

#[test]
fn what_one_version_alone_adds_to_an_act_every_version_tells_is_reported() {
    // Every version tells the escape; one alone says what the prison
    // believed of the escapee, beside the same act.
    let a = " date 2024-03-02 Convicted robber Dale Hensley escaped from a transport van in \
        Huntsville on Friday. Hensley's escape stunned guards, who had believed he was \
        paralyzed after a stroke in 2022.";
    let b = " date 2024-03-02 Dale Hensley, a convicted robber, escaped from a prison transport \
        van in Huntsville on Friday, officials said. Hensley's escape set off a manhunt.";
    let r = json(&[("a.txt", a), ("b.txt", b)]);
    assert!(omitted(&r, "a.txt", "escape stunned guards"), "{r:#}");
    for f in r["findings"].as_array().unwrap() {
        if f["kind"] == "omission" && omitted_in(f, "a.txt", "stunned") {
            assert!(f["values"]["b.txt"].is_null(), "{r:#}");
        }
    }
}
