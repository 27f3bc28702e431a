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

#[test]
fn a_clock_time_allows_the_rounding_its_wording_shows_and_no_more() {
    // "about 8.40pm" is rounded to ten minutes: 8.49pm is another moment.
    let r = compare(&[
        ("a.txt", " date 2023-02-11 The blaze at the timber yard in Holmfirth broke out about 8.40pm, firefighters said."),
        ("b.txt", " date 2023-02-11 The blaze at the timber yard in Holmfirth broke out at 8.49pm, firefighters said."),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "8.40pm"), "{r:#}");
    // Within its rounding, one moment.
    let r = compare(&[
        ("a.txt", " date 2023-02-11 The blaze at the timber yard in Holmfirth broke out about 8.40pm, firefighters said."),
        ("b.txt", " date 2023-02-11 The blaze at the timber yard in Holmfirth broke out at 8.45pm, firefighters said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    // An hour and a half hour, both approximate, half an hour apart.
    let r = compare(&[
        ("a.txt", " date 2022-06-05 The crash on the coast road near Tarbet happened at about 1:00 a.m. Sunday, troopers said."),
        ("b.txt", " date 2022-06-05 The crash on the coast road near Tarbet happened around 1:30 a.m. Sunday, troopers said."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "b.txt", "1:30 a.m."),
        "{r:#}"
    );
    // "shortly after 8:30" reaches a quarter past; "around 9" a quarter
    // either side.
    let r = compare(&[
        ("a.txt", " date 2022-06-05 The shooting at the depot in Marlow happened shortly after 8:30 p.m., police said."),
        ("b.txt", " date 2022-06-05 The shooting at the depot in Marlow happened at 8:35 p.m., police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    assert!(has(&r, "compatible", "date", "b.txt", "8:35 p.m."), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2022-06-05 The shooting at the depot in Marlow happened around 9 p.m., police said."),
        ("b.txt", " date 2022-06-05 The shooting at the depot in Marlow happened at 8:49 p.m., police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn the_time_police_were_alerted_to_an_incident_is_the_alerts_not_the_incidents() {
    let r = compare(&[
        ("a.txt", " date 2023-02-11 Police were alerted to a fire on the roof of the store in Holmfirth at 9.20pm, a spokeswoman said."),
        ("b.txt", " date 2023-02-11 The fire on the roof of the store in Holmfirth broke out at 8.40pm, a spokeswoman said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    // With no act of its own the time is the fire's.
    let r = compare(&[
        ("a.txt", " date 2023-02-11 A fire on the roof of the store in Holmfirth started at 9.20pm, a spokeswoman said."),
        ("b.txt", " date 2023-02-11 The fire on the roof of the store in Holmfirth broke out at 8.40pm, a spokeswoman said."),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "9.20pm"), "{r:#}");
}

#[test]
fn a_time_after_a_relative_clause_dates_the_subject_before_it() {
    // The subject is set off by "which ...": the time is still the fire's.
    let r = compare(&[
        ("a.txt", " date 2023-02-11 The fire, which is being treated as suspicious, broke out in the roof of the store in Holmfirth at 8.49pm."),
        ("b.txt", " date 2023-02-11 The fire broke out in the roof of the store in Holmfirth at 7.15pm."),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "8.49pm"), "{r:#}");
    // An adverbial that opens the sentence is no subject: the time is the
    // crews'.
    let r = compare(&[
        ("a.txt", " date 2023-02-11 After the fire, which destroyed the store in Holmfirth, crews stayed on at 11.30pm."),
        ("b.txt", " date 2023-02-11 The fire broke out in the roof of the store in Holmfirth at 7.15pm."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn a_time_in_a_clause_of_its_own_is_not_superseded_by_the_main_clauses_cue() {
    // "initially" is on "sent"; the blaze's time is the version's own.
    let r = compare(&[
        ("a.txt", " date 2023-02-11 Residents in Holmfirth were initially sent to a church hall after the blaze broke out about 8.40pm."),
        ("b.txt", " date 2023-02-11 The blaze in Holmfirth broke out at 8.49pm, firefighters said."),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "8.40pm"), "{r:#}");
}
