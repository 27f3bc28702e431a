//! Numeric facts across versions: running tallies of things, magnitudes by
//! the agency that measured them, distances in different units, and the
//! rounding a figure's wording allows. Each rule fires on one side and stays
//! silent on the other.

#[path = "common/versions.rs"]
mod versions;
use serde_json::Value;
use versions::{about, compare_json as compare};

/// A finding of `kind` about `topic` gives `text` for `file`.
fn gives(report: &Value, kind: &str, topic: &str, file: &str, text: &str) -> bool {
    about(report, kind, topic)
        .iter()
        .any(|f| f["values"][file].as_str().is_some_and(|v| v.contains(text)))
}

#[test]
fn a_tally_of_homes_told_later_is_an_update_up_or_down() {
    let r = compare(&[
        ("a.txt", " date 2024-03-04 A cyclone struck the coast on Sunday. Officials said 40 homes were destroyed in the storm."),
        ("b.txt", " date 2024-03-06 A cyclone struck the coast on Sunday. Officials said 75 homes were destroyed in the storm."),
    ]);
    assert!(gives(&r, "update", "homes", "a.txt", "40"), "{r:#}");
    assert!(gives(&r, "update", "homes", "b.txt", "75"), "{r:#}");
    assert!(about(&r, "contradiction", "homes").is_empty(), "{r:#}");
    // A count corrected down in a later version is an update too.
    let r = compare(&[
        ("a.txt", " date 2024-03-04 A cyclone struck the coast on Sunday. Officials said 75 homes were destroyed in the storm."),
        ("b.txt", " date 2024-03-06 A cyclone struck the coast on Sunday. Officials said 40 homes were destroyed in the storm."),
    ]);
    assert!(gives(&r, "update", "homes", "b.txt", "40"), "{r:#}");
    assert!(about(&r, "contradiction", "homes").is_empty(), "{r:#}");
}

#[test]
fn a_tally_told_the_same_day_contradicts_and_says_the_order_is_unknown() {
    let r = compare(&[
        ("a.txt", " date 2024-03-04 A cyclone struck the coast on Sunday. Officials said 40 homes were destroyed in the storm."),
        ("b.txt", " date 2024-03-04 A cyclone struck the coast on Sunday. Officials said 75 homes were destroyed in the storm."),
    ]);
    let c = about(&r, "contradiction", "homes");
    assert_eq!(c.len(), 1, "{r:#}");
    let why = c[0]["explanation"].as_str().unwrap();
    assert!(why.contains("same day"), "{why}");
    assert!(about(&r, "update", "homes").is_empty(), "{r:#}");
    // A cue of a running count orders same-day versions.
    let r = compare(&[
        ("a.txt", " date 2024-03-04 A cyclone struck the coast on Sunday. Officials said 40 homes were destroyed in the storm."),
        ("b.txt", " date 2024-03-04 A cyclone struck the coast on Sunday. Officials now say 75 homes were destroyed in the storm so far."),
    ]);
    assert!(gives(&r, "update", "homes", "b.txt", "75"), "{r:#}");
}

#[test]
fn a_count_of_what_an_act_used_is_not_a_tally() {
    // Rifles seized do not run as a story develops: two days' different
    // counts of them still cannot both hold.
    let r = compare(&[
        ("a.txt", " date 2024-03-04 Police raided a warehouse on Sunday. Officers seized 12 rifles in the raid."),
        ("b.txt", " date 2024-03-06 Police raided a warehouse on Sunday. Officers seized 19 rifles in the raid."),
    ]);
    assert!(about(&r, "update", "rifles").is_empty(), "{r:#}");
    assert!(gives(&r, "contradiction", "rifles", "b.txt", "19"), "{r:#}");
}

#[test]
fn two_agencies_readings_of_a_magnitude_never_contradict_one_agencys_do() {
    let r = compare(&[
        ("a.txt", " date 2024-05-02 An earthquake shook the island on Thursday. The US Geological Survey said it had a magnitude of 6.1."),
        ("b.txt", " date 2024-05-02 An earthquake shook the island on Thursday. The national seismological centre said it had a magnitude of 5.4."),
    ]);
    assert!(about(&r, "contradiction", "magnitude").is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2024-05-02 An earthquake shook the island on Thursday. The US Geological Survey said it had a magnitude of 6.1."),
        ("b.txt", " date 2024-05-02 An earthquake shook the island on Thursday. The USGS said it had a magnitude of 5.8."),
    ]);
    assert!(
        gives(&r, "contradiction", "magnitude (USGS)", "b.txt", "5.8"),
        "{r:#}"
    );
}

#[test]
fn each_value_of_one_sentence_goes_to_the_agency_named_beside_it() {
    let r = compare(&[
        ("a.txt", " date 2024-05-02 An earthquake shook the island on Thursday. Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S. Geological Survey said it was 6.1."),
        ("b.txt", " date 2024-05-02 An earthquake shook the island on Thursday. The USGS said the quake had a magnitude of 6.1."),
    ]);
    assert!(
        gives(&r, "agreement", "magnitude (USGS)", "a.txt", "6.1"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "magnitude").is_empty(), "{r:#}");
}

#[test]
fn distances_in_other_units_are_compared_in_one_with_a_tolerance() {
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-02 The quake struck 58km south-west of Bandar Abbas on Thursday.",
        ),
        (
            "b.txt",
            " date 2024-05-02 The quake struck 35 miles southwest of Bandar Abbas on Thursday.",
        ),
    ]);
    assert!(about(&r, "contradiction", "distance").is_empty(), "{r:#}");
    assert!(
        gives(&r, "compatible", "distance", "b.txt", "35 miles"),
        "{r:#}"
    );
    let r = compare(&[
        (
            "a.txt",
            " date 2024-05-02 The quake struck 58km south-west of Bandar Abbas on Thursday.",
        ),
        (
            "b.txt",
            " date 2024-05-02 The quake struck 90 miles southwest of Bandar Abbas on Thursday.",
        ),
    ]);
    assert!(
        gives(&r, "contradiction", "distance", "b.txt", "90 miles"),
        "{r:#}"
    );
}

#[test]
fn a_rounded_or_qualified_count_fits_a_precise_one() {
    let r = compare(&[
        ("a.txt", " date 2024-05-02 The quake struck on Thursday. Seismologists recorded 400 aftershocks after the quake."),
        ("b.txt", " date 2024-05-02 The quake struck on Thursday. Seismologists recorded 411 aftershocks after the quake."),
    ]);
    assert!(
        about(&r, "contradiction", "aftershocks").is_empty(),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2024-05-02 Troops stormed the ship on Thursday and found about 300 rounds of ammunition."),
        ("b.txt", " date 2024-05-02 Troops stormed the ship on Thursday and found 300 rounds of ammunition."),
    ]);
    assert!(about(&r, "contradiction", "rounds").is_empty(), "{r:#}");
    // Precise counts that differ beyond rounding still contradict.
    let r = compare(&[
        ("a.txt", " date 2024-05-02 Troops stormed the ship on Thursday and found 312 rounds of ammunition."),
        ("b.txt", " date 2024-05-02 Troops stormed the ship on Thursday and found 371 rounds of ammunition."),
    ]);
    assert!(
        gives(&r, "contradiction", "rounds", "b.txt", "371"),
        "{r:#}"
    );
}

#[test]
fn a_count_of_aftershocks_is_about_the_quake_they_followed() {
    // Same day: three against at least four cannot both hold.
    let r = compare(&[
        ("a.txt", " date 2024-05-02 An earthquake shook the island on Thursday. State media said three strong aftershocks were felt."),
        ("b.txt", " date 2024-05-02 An earthquake shook the island on Thursday. It was followed by at least four strong aftershocks, officials said."),
    ]);
    let c = about(&r, "contradiction", "aftershocks");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(
        c[0]["topic"].as_str().unwrap().contains("the May 2 quake"),
        "{r:#}"
    );
    // A day later the count has grown: an update.
    let r = compare(&[
        ("a.txt", " date 2024-05-02 An earthquake shook the island on Thursday. State media said three strong aftershocks were felt."),
        ("b.txt", " date 2024-05-03 An earthquake shook the island on Thursday. It was followed by at least seven strong aftershocks, officials said."),
    ]);
    assert!(
        gives(&r, "update", "aftershocks", "b.txt", "seven"),
        "{r:#}"
    );
    assert!(
        about(&r, "contradiction", "aftershocks").is_empty(),
        "{r:#}"
    );
}

#[test]
fn speeds_in_other_units_round_to_each_other() {
    // 120 mph is 193 km/h: one gauge reading, converted by one outlet.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-09-12 The hurricane made landfall on Thursday with gusts of 120 mph.",
        ),
        (
            "b.txt",
            " date 2024-09-12 The hurricane made landfall on Thursday with gusts of 193 km/h.",
        ),
    ]);
    assert!(
        gives(&r, "compatible", "speed", "b.txt", "193 km/h"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "speed").is_empty(), "{r:#}");
    // A speed is not read as a distance: no distance finding at all.
    assert!(about(&r, "compatible", "distance").is_empty(), "{r:#}");
    // 120 mph against 160 km/h (99 mph) is beyond any rounding.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-09-12 The hurricane made landfall on Thursday with gusts of 120 mph.",
        ),
        (
            "b.txt",
            " date 2024-09-12 The hurricane made landfall on Thursday with gusts of 160 km/h.",
        ),
    ]);
    assert!(
        gives(&r, "contradiction", "speed", "b.txt", "160 km/h"),
        "{r:#}"
    );
}

#[test]
fn gusts_and_sustained_winds_are_two_speeds() {
    let r = compare(&[
        ("a.txt", " date 2024-09-12 The hurricane made landfall on Thursday with gusts of 120 mph."),
        ("b.txt", " date 2024-09-12 The hurricane made landfall on Thursday with sustained winds of 90 mph."),
    ]);
    assert!(about(&r, "contradiction", "speed").is_empty(), "{r:#}");
    assert!(about(&r, "compatible", "speed").is_empty(), "{r:#}");
}

#[test]
fn a_vehicles_speed_in_miles_per_hour_is_one_measure_with_kilometres_per_hour() {
    let r = compare(&[
        ("a.txt", " date 2024-02-03 The train derailed on Saturday. It was travelling at 50 miles per hour, investigators said."),
        ("b.txt", " date 2024-02-03 The train derailed on Saturday. It was travelling at about 80 km/h, investigators said."),
    ]);
    assert!(
        gives(&r, "compatible", "speed", "a.txt", "50 miles per hour"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "speed").is_empty(), "{r:#}");
}

#[test]
fn areas_are_compared_in_one_unit() {
    // 5,000 hectares are 50 square kilometres, about 19 square miles.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The wildfire burned 5,000 hectares of forest by Thursday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The wildfire burned about 20 square miles of forest by Thursday.",
        ),
    ]);
    assert!(
        gives(&r, "compatible", "area", "b.txt", "20 square miles"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "area").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The wildfire burned 5,000 hectares of forest by Thursday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The wildfire burned 200 square miles of forest by Thursday.",
        ),
    ]);
    assert!(
        gives(&r, "contradiction", "area", "b.txt", "200 square miles"),
        "{r:#}"
    );
}

#[test]
fn an_area_no_act_is_told_of_is_background() {
    // The park's size is not the burned area.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The wildfire burned 5,000 hectares of forest by Thursday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The park, which spans 300 square miles, was closed on Thursday.",
        ),
    ]);
    assert!(about(&r, "contradiction", "area").is_empty(), "{r:#}");
    assert!(about(&r, "contradiction", "count").is_empty(), "{r:#}");
}

#[test]
fn a_length_written_as_one_word_is_a_rough_length() {
    // "weeklong" fits eight days; a two-day search does not fit it.
    let r = compare(&[
        (
            "a.txt",
            " date 2009-12-08 The fugitive was caught on Monday after a weeklong manhunt.",
        ),
        (
            "b.txt",
            " date 2009-12-08 The fugitive was caught on Monday after an eight-day manhunt.",
        ),
    ]);
    assert!(
        gives(&r, "compatible", "duration", "a.txt", "weeklong"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "duration").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2009-12-08 The fugitive was caught on Monday after a weeklong manhunt.",
        ),
        (
            "b.txt",
            " date 2009-12-08 The fugitive was caught on Monday after a two-day manhunt.",
        ),
    ]);
    assert!(about(&r, "compatible", "duration").is_empty(), "{r:#}");
    assert!(about(&r, "agreement", "duration").is_empty(), "{r:#}");
    // "a fortnight" and "two weeks" are one length; "month-long" is not it.
    let r = compare(&[
        (
            "a.txt",
            " date 2009-12-08 Workers ended a fortnight-long strike on Monday.",
        ),
        (
            "b.txt",
            " date 2009-12-08 Workers ended a two-week strike on Monday.",
        ),
    ]);
    assert!(about(&r, "contradiction", "duration").is_empty(), "{r:#}");
}

#[test]
fn an_area_told_by_a_yardstick_is_a_rough_area() {
    // Manhattan is about 59 km²: "60 square kilometres" fits it, a burned
    // area the size of Rhode Island (3,144 km²) does not.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The wildfire burned an area the size of Manhattan by Thursday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The wildfire burned about 60 square kilometres by Thursday.",
        ),
    ]);
    assert!(
        gives(&r, "compatible", "area", "a.txt", "the size of Manhattan"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "area").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The wildfire burned an area the size of Manhattan by Thursday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The wildfire burned an area roughly the size of Rhode Island by Thursday.",
        ),
    ]);
    assert!(
        gives(
            &r,
            "contradiction",
            "area",
            "b.txt",
            "the size of Rhode Island"
        ),
        "{r:#}"
    );
}

#[test]
fn a_yardstick_counted_or_multiplied_scales_the_area() {
    // 300 football fields are 1.4 to 3.2 km²; twice Manhattan is 59 to 236.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The blaze burned an area the size of 300 football fields on Monday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The blaze burned about two square kilometres on Monday.",
        ),
    ]);
    assert!(about(&r, "contradiction", "area").is_empty(), "{r:#}");
    assert!(
        gives(&r, "compatible", "area", "a.txt", "300 football fields"),
        "{r:#}"
    );
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The flood covered twice the size of Manhattan on Monday.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The flood covered 20 square kilometres on Monday.",
        ),
    ]);
    assert!(
        gives(
            &r,
            "contradiction",
            "area",
            "a.txt",
            "twice the size of Manhattan"
        ),
        "{r:#}"
    );
}

#[test]
fn a_yardstick_of_something_else_is_no_burned_area() {
    // A sinkhole's size is not the fire's; "the size of the crowd" names no
    // yardstick at all.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-08-01 The wildfire burned 200 square kilometres by Thursday. A sinkhole the size of a football field opened nearby.",
        ),
        (
            "b.txt",
            " date 2024-08-01 The wildfire burned 200 square kilometres by Thursday. Police did not give the size of the crowd.",
        ),
    ]);
    assert!(about(&r, "contradiction", "area").is_empty(), "{r:#}");
    for kind in ["omission", "agreement", "compatible"] {
        assert!(!gives(&r, kind, "area", "b.txt", "size of"), "{r:#}");
    }
    assert!(
        gives(
            &r,
            "omission",
            "area",
            "a.txt",
            "the size of a football field"
        ),
        "{r:#}"
    );
}
