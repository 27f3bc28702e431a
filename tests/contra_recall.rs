//! Contradictions that real coverage holds and the comparer once missed:
//! the shots fired however the rounds are called, the caliber of a gun, a
//! relative's name spelt two ways. Each rule on versions written for these
//! tests, on both sides: where it fires, and where it stays silent.

#[path = "common/versions.rs"]
mod versions;
use versions::{about, compare_json as compare};

fn values(f: &serde_json::Value, file: &str) -> String {
    f["values"][file].as_str().unwrap_or("").to_string()
}

#[test]
fn shots_fired_meet_however_the_rounds_are_called() {
    let r = compare(&[
        ("a.txt", " date 2021-05-02 Two deputies fired nine shots at the driver on Highway 12 on Saturday, the sheriff said."),
        ("b.txt", " date 2021-05-02 The deputies fired a total of 14 rounds at the driver on Highway 12 on Saturday, the sheriff said."),
    ]);
    let c = about(&r, "contradiction", "shots");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(values(c[0], "a.txt").contains("nine"), "{r:#}");
    assert!(values(c[0], "b.txt").contains("14"), "{r:#}");
}

#[test]
fn the_whole_of_some_of_the_rounds_fired_is_the_shots_fired() {
    let r = compare(&[
        ("a.txt", " date 2021-05-02 The driver was hit by two of the six bullets fired by the deputies on Highway 12 on Saturday."),
        ("b.txt", " date 2021-05-02 The deputies fired nine shots at the driver on Highway 12 on Saturday, the sheriff said."),
    ]);
    let c = about(&r, "contradiction", "shots");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(values(c[0], "a.txt").contains("six"), "{r:#}");
}

#[test]
fn hits_on_a_person_are_not_shots_fired() {
    // "shot four times", "hit by six bullets": the hits, another fact.
    let r = compare(&[
        ("a.txt", " date 2021-05-02 The deputies fired nine shots at the driver on Highway 12 on Saturday, the sheriff said."),
        ("b.txt", " date 2021-05-02 The driver was shot four times on Highway 12 on Saturday and hit by six bullets, the sheriff said."),
    ]);
    assert!(about(&r, "contradiction", "shots").is_empty(), "{r:#}");
    assert!(about(&r, "contradiction", "number").is_empty(), "{r:#}");
}

#[test]
fn two_calibers_of_one_gun_contradict() {
    let r = compare(&[
        ("a.txt", " date 2019-08-14 Police said the robber pointed a .22-caliber pistol at the clerk of the liquor store on Tuesday."),
        ("b.txt", " date 2019-08-14 Police said the robber pointed a .45 caliber pistol at the clerk of the liquor store on Tuesday."),
    ]);
    let c = about(&r, "contradiction", "caliber");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(values(c[0], "a.txt").contains("22"), "{r:#}");
    assert!(values(c[0], "b.txt").contains("45"), "{r:#}");
}

#[test]
fn a_story_of_two_guns_or_of_a_bullet_sets_no_caliber_against_another() {
    // b names two guns: its calibers are two guns', not one gun told two
    // ways; c's caliber is a bullet's, not a gun's.
    let r = compare(&[
        ("a.txt", " date 2019-08-14 Police said the robber pointed a .22-caliber pistol at the clerk of the liquor store on Tuesday."),
        ("b.txt", " date 2019-08-14 The robber carried a .45-caliber pistol and his partner a .22-caliber rifle when they held up the liquor store on Tuesday."),
        ("c.txt", " date 2019-08-14 The clerk of the liquor store was hit by a .38-caliber bullet on Tuesday, police said."),
    ]);
    assert!(about(&r, "contradiction", "caliber").is_empty(), "{r:#}");
}

#[test]
fn a_relatives_name_spelt_two_ways_contradicts() {
    let r = compare(&[
        ("a.txt", " date 2020-01-09 The victim's daughter Katrina said the family was shocked by the crash on Route 9."),
        ("b.txt", " date 2020-01-09 His daughter, Katrine Olsen, told reporters the family was shocked by the crash on Route 9."),
    ]);
    let c = about(&r, "contradiction", "daughter");
    assert_eq!(c.len(), 1, "{r:#}");
    assert_eq!(values(c[0], "a.txt"), "Katrina", "{r:#}");
    assert_eq!(values(c[0], "b.txt"), "Katrine", "{r:#}");
}

#[test]
fn two_relatives_or_one_version_with_both_names_are_no_contradiction() {
    // Names far apart are two daughters; a version that writes both
    // spellings tells of two people.
    let r = compare(&[
        ("a.txt", " date 2020-01-09 The victim's daughter Katrina said the family was shocked by the crash on Route 9."),
        ("b.txt", " date 2020-01-09 His daughter Melissa told reporters the family was shocked by the crash on Route 9."),
    ]);
    assert!(about(&r, "contradiction", "daughter").is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2020-01-09 The victim's daughter Katrina said the family was shocked by the crash on Route 9."),
        ("b.txt", " date 2020-01-09 His daughter Katrine and his niece Katrina told reporters the family was shocked by the crash on Route 9."),
    ]);
    assert!(about(&r, "contradiction", "daughter").is_empty(), "{r:#}");
}
