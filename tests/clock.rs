//! Clock times of the acts of a story, compared as a reader would (each rule
//! on both sides: where it fires and where it stays silent), on versions
//! written for these tests.

#[path = "common/versions.rs"]
mod versions;
use versions::{compare_json as compare, findings, has};

/// Contradictions about a date or time.
fn clashes(r: &serde_json::Value) -> usize {
    findings(r, "contradiction", "date").len()
}

#[test]
fn clock_times_of_one_act_far_apart_contradict_and_close_ones_fit() {
    let r = compare(&[
        ("a.txt", " date 2024-04-09 A warehouse fire broke out at 2:15 a.m. in the harbour district of Velmar, officials said."),
        ("b.txt", " date 2024-04-09 A warehouse fire broke out at 4:40 a.m. in the harbour district of Velmar, officials said."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "2:15 a.m."),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "date", "b.txt", "4:40 a.m."),
        "{r:#}"
    );
    // Minutes apart: one moment rounded or read off another clock.
    let r = compare(&[
        ("a.txt", " date 2024-04-09 A warehouse fire broke out at 2:17 a.m. in the harbour district of Velmar, officials said."),
        ("b.txt", " date 2024-04-09 A warehouse fire broke out at 2:15 a.m. in the harbour district of Velmar, officials said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    assert!(has(&r, "compatible", "date", "a.txt", "2:17 a.m."), "{r:#}");
}

#[test]
fn a_part_of_the_day_fits_a_clock_time_inside_it_and_never_contradicts_one() {
    let r = compare(&[
        ("a.txt", " date 2023-10-14 The blast at the grain silo in Orlin happened Friday afternoon, police said."),
        ("b.txt", " date 2023-10-14 The blast at the grain silo in Orlin happened at 4:45 p.m., police said."),
    ]);
    assert!(has(&r, "compatible", "date", "a.txt", "afternoon"), "{r:#}");
    assert!(has(&r, "compatible", "date", "b.txt", "4:45 p.m."), "{r:#}");
    // Outside it: loose wording or another moment, never a contradiction.
    let r = compare(&[
        ("a.txt", " date 2023-10-14 The blast at the grain silo in Orlin happened Friday morning, police said."),
        ("b.txt", " date 2023-10-14 The blast at the grain silo in Orlin happened at 4:45 p.m., police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    assert!(!has(&r, "compatible", "date", "a.txt", "morning"), "{r:#}");
}

#[test]
fn times_in_another_zone_are_never_set_against_local_times() {
    // 14:05 GMT is 17:35 local in a place three and a half hours ahead.
    let r = compare(&[
        ("a.txt", " date 2022-11-20 The earthquake struck at 14:05 GMT near the town of Darvand, the institute said."),
        ("b.txt", " date 2022-11-20 The earthquake struck at 17:35 local time near the town of Darvand, the institute said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    // The same zone on both sides is compared as usual.
    let r = compare(&[
        ("a.txt", " date 2022-11-20 The earthquake struck at 14:05 GMT near the town of Darvand, the institute said."),
        ("b.txt", " date 2022-11-20 The earthquake struck at 1405 GMT near the town of Darvand, the institute said."),
    ]);
    assert!(has(&r, "agreement", "date", "a.txt", "14:05 GMT"), "{r:#}");
}

#[test]
fn a_time_belongs_to_the_act_of_its_clause_not_to_the_incident_told_beside_it() {
    // The call came hours before the explosion: its time is no time of the
    // explosion, so the versions do not clash.
    let r = compare(&[
        ("a.txt", " date 2021-03-06 The explosion at the bank in Redvale came hours after someone phoned the branch around 10:15 a.m., police said."),
        ("b.txt", " date 2021-03-06 The explosion at the bank in Redvale happened at 5:20 p.m., police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    // Without the act the earlier time is the explosion's, and far apart.
    let r = compare(&[
        ("a.txt", " date 2021-03-06 The explosion at the bank in Redvale happened around 10:15 a.m., police said."),
        ("b.txt", " date 2021-03-06 The explosion at the bank in Redvale happened at 5:20 p.m., police said."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "10:15 a.m."),
        "{r:#}"
    );
}
