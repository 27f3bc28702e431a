//! Contradictions in counts the comparer once never paired: the size of one
//! crowd at one place on one day, and the batch of fire engines called in
//! after the first ones (whatever the engines are called). Each rule on
//! versions written for these tests, on both sides: where it fires, and
//! where it stays silent.

#[path = "common/versions.rs"]
mod versions;
use versions::{about, compare_json as compare};

fn values(f: &serde_json::Value, file: &str) -> String {
    f["values"][file].as_str().unwrap_or("").to_string()
}

fn contradictions(r: &serde_json::Value) -> usize {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "contradiction")
        .count()
}

#[test]
fn two_sizes_of_one_crowd_in_one_city_on_one_day_contradict() {
    let r = compare(&[
        ("a.txt", " date 2022-03-08 Unions held a day of strikes across France on Tuesday. Police said as many as 8,000 people took to the streets of Lyon as rallies kicked off."),
        ("b.txt", " date 2022-03-08 Unions held a day of strikes across France on Tuesday. The Lyon protest march was attended by an estimated 60,000 people on Tuesday."),
    ]);
    let c = about(&r, "contradiction", "crowd in Lyon");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(values(c[0], "a.txt").contains("8,000"), "{r:#}");
    assert!(values(c[0], "b.txt").contains("60,000"), "{r:#}");
}

#[test]
fn crowd_sizes_that_can_both_hold_are_compatible() {
    // "more than 5,000" and "about 6,000": precision, not a clash.
    let r = compare(&[
        ("a.txt", " date 2022-03-08 More than 5,000 protesters gathered in Lyon on Tuesday to oppose the pension reform."),
        ("b.txt", " date 2022-03-08 About 6,000 protesters rallied in Lyon on Tuesday against the pension reform, police said."),
    ]);
    assert!(about(&r, "contradiction", "crowd").is_empty(), "{r:#}");
    assert_eq!(contradictions(&r), 0, "{r:#}");
}

#[test]
fn crowds_of_two_cities_never_meet() {
    // The second city's crowd ("another 20,000 in Marseille") is its own.
    let r = compare(&[
        ("a.txt", " date 2022-03-08 About 8,000 people marched through Lyon on Tuesday, police said."),
        ("b.txt", " date 2022-03-08 In Marseille, another 20,000 people took to the streets on Tuesday, police said."),
    ]);
    // (Where the march was is another fact, compared by the place rules.)
    assert!(about(&r, "contradiction", "crowd").is_empty(), "{r:#}");
}

#[test]
fn crowds_of_two_days_in_one_city_never_meet() {
    // Monday's march and Wednesday's vigil are two gatherings.
    let r = compare(&[
        ("a.txt", " date 2022-03-09 About 70 people marched through Flatbush on Monday, March 7, after the vigil."),
        ("b.txt", " date 2022-03-09 More than 200 people gathered in Flatbush on Wednesday, March 9, for a second vigil."),
    ]);
    assert!(about(&r, "contradiction", "crowd").is_empty(), "{r:#}");
    assert_eq!(contradictions(&r), 0, "{r:#}");
}

#[test]
fn a_count_of_people_with_no_gathering_stays_loose() {
    // Passengers on board and people evacuated are no crowd's size.
    let r = compare(&[
        ("a.txt", " date 2022-03-08 About 300 people were evacuated from the station in Lyon on Tuesday, police said."),
        ("b.txt", " date 2022-03-08 Some 40 people were treated in Lyon on Tuesday after the smoke spread, police said."),
    ]);
    assert!(about(&r, "contradiction", "crowd").is_empty(), "{r:#}");
}

#[test]
fn a_crowd_with_no_place_named_stays_loose() {
    let r = compare(&[
        ("a.txt", " date 2022-03-08 Police said about 8,000 people marched on Tuesday against the pension reform."),
        ("b.txt", " date 2022-03-08 Organisers said some 60,000 people marched on Tuesday against the pension reform."),
    ]);
    assert!(about(&r, "contradiction", "crowd").is_empty(), "{r:#}");
}

#[test]
fn two_sizes_of_the_batch_of_engines_called_in_contradict() {
    // "engines" and "appliances" are one thing; "an additional six" and "a
    // further four" are one step: the reinforcements called once the first
    // crews arrived.
    let r = compare(&[
        ("a.txt", " date 2023-02-12 Two engines were sent to a fire at a warehouse in Leeds on Sunday. On arrival they called in an additional six engines, a turntable ladder and a command unit."),
        ("b.txt", " date 2023-02-12 Crews from West Yorkshire Fire and Rescue attended the blaze at a warehouse in Leeds on Sunday and then called a further four appliances to help."),
    ]);
    let c = about(&r, "contradiction", "additional engines");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(values(c[0], "a.txt").contains("six"), "{r:#}");
    assert!(values(c[0], "b.txt").contains("four"), "{r:#}");
}

#[test]
fn the_batch_called_in_is_not_the_count_of_all_engines() {
    // Six more engines called in and eight engines in all can both be true.
    let r = compare(&[
        ("a.txt", " date 2023-02-12 Two engines were sent to the warehouse in Leeds on Sunday. When they arrived, crews called in an additional six engines."),
        ("b.txt", " date 2023-02-12 Eight fire engines were sent to the warehouse in Leeds on Sunday, the fire service said."),
    ]);
    assert!(about(&r, "contradiction", "engines").is_empty(), "{r:#}");
    assert_eq!(contradictions(&r), 0, "{r:#}");
}

#[test]
fn more_than_a_count_is_no_batch_added() {
    // "more than 20" bounds the count of all; it adds nothing.
    let r = compare(&[
        ("a.txt", " date 2023-02-12 More than 20 fire engines were sent to the warehouse in Leeds on Sunday."),
        ("b.txt", " date 2023-02-12 Twenty-five fire appliances were sent to the warehouse in Leeds on Sunday."),
    ]);
    for kind in ["agreement", "compatible", "contradiction", "omission"] {
        assert!(about(&r, kind, "additional").is_empty(), "{r:#}");
    }
    assert!(about(&r, "contradiction", "engines").is_empty(), "{r:#}");
}
