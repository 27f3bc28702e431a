//! Versions of one day set in order by the clock stamps at their tops
//! ("Updated 3/13/2024 1:05 PM EDT", "Wed Mar 13, 2024 7:12pm GMT"), read
//! with their time zones: a rising tally so ordered is an update. A stamp
//! with no zone is ordered only against the same outlet's stamps, and zones
//! whose moments may overlap order nothing. Phrasings written for these
//! tests.

#[path = "common/versions.rs"]
mod versions;
use versions::{compare_json as compare, findings, has};

/// An American outlet's version of the afternoon's story, with its stamp
/// line.
fn us(stamp: &str, injured: &str) -> String {
    format!(
        "Fireworks depot blast injures workers near Leeds\n\n{stamp}\n\nAn explosion ripped through a fireworks warehouse outside Leeds on Wednesday, sending a plume of smoke over the ring road. Police said {injured} people were injured in the explosion.\n"
    )
}

/// A British outlet's version of the same story, in its own words.
fn uk(stamp: &str, injured: &str) -> String {
    format!(
        "Leeds fireworks warehouse explosion: workers hurt\n\n{stamp}\n\nFirefighters spent the afternoon damping down a fireworks store on an industrial estate near Leeds after it blew up on Wednesday. West Yorkshire Police said {injured} people had been injured in the blast, two of them seriously.\n"
    )
}

#[test]
fn stamps_in_two_zones_order_a_rising_toll_of_one_day() {
    // 1:05 PM EDT is 17:05 UTC; 7:12pm GMT is 19:12 UTC.
    let a = us("Updated 3/13/2024 1:05 PM EDT", "12");
    let b = uk("Wed Mar 13, 2024 7:12pm GMT", "18");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(has(&r, "update", "casualty", "a.txt", "12"), "{r:#}");
    assert!(has(&r, "update", "casualty", "b.txt", "18"), "{r:#}");
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
}

#[test]
fn a_later_stamp_with_the_lower_toll_is_no_update() {
    // 4:05 PM EDT (20:05 UTC) is after 7:12pm GMT (19:12 UTC): the later
    // version has the lower toll, which is no running count moving on.
    let a = us("Updated 3/13/2024 4:05 PM EDT", "12");
    let b = uk("Wed Mar 13, 2024 7:12pm GMT", "18");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(findings(&r, "update", "casualty").is_empty(), "{r:#}");
}

#[test]
fn a_stamp_without_a_zone_is_not_set_against_another_outlets() {
    // 1:05 PM of an unknown zone may be before or after 19:12 UTC.
    let a = us("Updated 3/13/2024 1:05 PM", "12");
    let b = uk("Wed Mar 13, 2024 7:12pm GMT", "18");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(findings(&r, "update", "casualty").is_empty(), "{r:#}");
    // The same-day clash says what the stamps are and why they do not tell.
    let c = findings(&r, "contradiction", "casualty");
    assert!(
        c.iter().any(|f| f["explanation"]
            .as_str()
            .is_some_and(|e| e.contains("clock stamps") && e.contains("no time zone"))),
        "{r:#}"
    );
}

#[test]
fn one_outlets_stamps_without_a_zone_order_its_versions() {
    // Written the same way, label and all: one outlet's clock (here the
    // outlet's own text revised, which the stamps put in order).
    let a = us("Updated 3/13/2024 9:05 AM", "12");
    let b = us("Updated 3/13/2024 1:41 PM", "18");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(has(&r, "update", "casualty", "a.txt", "12"), "{r:#}");
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    // A bare date and time is no outlet's own way of writing: two such
    // stamps may be two outlets' clocks in two zones.
    let a = us("March 13, 2024 9:05 AM", "12");
    let b = us("March 13, 2024 1:41 PM", "18");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(findings(&r, "update", "casualty").is_empty(), "{r:#}");
}

#[test]
fn zones_whose_moments_may_overlap_order_nothing() {
    // IST is Irish, Israeli or Indian time: 5:30 PM IST lies between 12:00
    // and 16:30 UTC, and 1:12pm GMT inside that stretch.
    let a = us("Updated 3/13/2024 5:30 PM IST", "12");
    let b = uk("Wed Mar 13, 2024 1:12pm GMT", "18");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(findings(&r, "update", "casualty").is_empty(), "{r:#}");
    // "GMT+05:30" is read from its digits: 17:30 there is 12:00 UTC,
    // before 13:12.
    let a = us("13 March 2024, 17:30 (GMT+05:30)", "12");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(has(&r, "update", "casualty", "a.txt", "12"), "{r:#}");
}
