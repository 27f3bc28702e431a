//! The day of the event itself, told on its trigger ("shot dead Saturday
//! night", "the December 6 killing", "yesterday evening") and resolved
//! against each version's publication date, compared across versions (each
//! rule on both sides: where it fires and where it stays silent), on
//! versions written for these tests.

#[path = "common/versions.rs"]
mod versions;
use versions::{compare_json as compare, findings, has};

/// Contradictions about a date or time.
fn clashes(r: &serde_json::Value) -> usize {
    findings(r, "contradiction", "date").len()
}

#[test]
fn a_day_told_with_a_part_of_the_day_is_the_events_day() {
    // Friday night and Sunday: two days, whatever the night.
    let r = compare(&[
        ("a.txt", " date 2024-03-11 The shooting at the bar in Kesterton happened on Friday night, police said."),
        ("b.txt", " date 2024-03-11 The shooting at the bar in Kesterton happened on Sunday, police said."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "Friday night"),
        "{r:#}"
    );
    // A night runs past midnight: Saturday night and Sunday may be one.
    let r = compare(&[
        ("a.txt", " date 2024-03-11 The shooting at the bar in Kesterton happened on Saturday night, police said."),
        ("b.txt", " date 2024-03-11 The shooting at the bar in Kesterton happened early Sunday, police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn a_day_counted_from_the_publication_is_resolved_against_it() {
    // Published Saturday: "yesterday evening" is Friday, not Wednesday.
    let r = compare(&[
        ("a.txt", " date 2024-03-09 The shooting at the plant in Ardley happened yesterday evening, police said."),
        ("b.txt", " date 2024-03-09 The shooting at the plant in Ardley happened on Wednesday, police said."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "yesterday evening"),
        "{r:#}"
    );
    // Published a day apart, "yesterday evening" and "Friday evening" are
    // the same day, and so is the date.
    let r = compare(&[
        ("a.txt", " date 2024-03-09 The shooting at the plant in Ardley happened yesterday evening, police said."),
        ("b.txt", " date 2024-03-10 The shooting at the plant in Ardley happened on Friday evening, police said."),
        ("c.txt", " date 2024-03-12 The shooting at the plant in Ardley happened on March 8, police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn a_relative_day_in_a_version_with_a_borrowed_date_is_not_held_against_another() {
    // b.txt has no date of its own: its "last night" may be any night.
    let r = compare(&[
        ("a.txt", " date 2024-03-09 A worker shot two colleagues at the Kraftwell plant in Ardley on Wednesday, killing one of them, police said."),
        ("b.txt", "A worker shot two colleagues at the Kraftwell plant in Ardley last night, killing one of them, police said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn days_that_bound_a_stretch_or_a_lasting_state_are_not_the_events_day() {
    // "since Saturday" starts the riots; Monday's riots are another night.
    let r = compare(&[
        ("a.txt", " date 2024-03-12 Riots have gripped the port city of Velmar since Saturday, officials said."),
        ("b.txt", " date 2024-03-12 Riots broke out in the port city of Velmar on Monday, officials said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    // A fire still burning on Sunday started before it.
    let r = compare(&[
        ("a.txt", " date 2024-03-11 The fire at the mill in Orlin was still burning on Sunday morning, crews said."),
        ("b.txt", " date 2024-03-11 The fire at the mill in Orlin broke out on Friday, crews said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn a_day_set_before_the_events_noun_dates_it() {
    let r = compare(&[
        ("a.txt", " date 2024-12-14 The December 6 killing of a teenager by police in Corvale set off a week of protests."),
        ("b.txt", " date 2024-12-14 A teenager was killed by police in Corvale on December 7, setting off a week of protests."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "December 6"),
        "{r:#}"
    );
    // The same day, one written as a date and one as a weekday, agree.
    let r = compare(&[
        ("a.txt", " date 2024-12-14 The December 6 killing of a teenager by police in Corvale set off a week of protests."),
        ("b.txt", " date 2024-12-14 A teenager was killed by police in Corvale on December 6, setting off a week of protests."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn a_date_that_opens_its_sentence_dates_the_clause_after_it() {
    // Fires: "On Sunday, a quake struck" against "struck on Tuesday".
    let r = compare(&[
        ("a.txt", " date 2024-05-08 On Sunday, a 5.9-magnitude earthquake struck the hill town of Varzaneh, killing six people."),
        ("b.txt", " date 2024-05-08 A 5.9-magnitude earthquake struck the hill town of Varzaneh on Tuesday, killing six people."),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "Sunday"), "{r:#}");
    // ... and an act: a plea dated in front of its clause.
    let r = compare(&[
        ("a.txt", " date 2024-05-08 On June 27, 1973, the former aide pleaded guilty to obstructing justice."),
        ("b.txt", " date 2024-05-08 The former aide pleaded guilty to obstructing justice on June 27, 1973."),
    ]);
    assert!(
        has(&r, "agreement", "date", "a.txt", "June 27, 1973"),
        "{r:#}"
    );
    // Silent: the fronted day is the day of a statement, of a count, or of
    // a moment reckoned from the quake; and a "today" in an undated
    // version names no day.
    for opening in [
        "On Sunday, officials said a 5.9-magnitude earthquake had struck the hill town of Varzaneh.",
        "On Sunday, the toll from the earthquake in the hill town of Varzaneh rose to six.",
        "On Sunday, a day after the earthquake struck the hill town of Varzaneh, rescuers dug through rubble.",
        "Rescuers, on Sunday, searched the hill town of Varzaneh after the earthquake struck.",
    ] {
        let r = compare(&[
            ("a.txt", &format!(" date 2024-05-08 {opening}")),
            ("b.txt", " date 2024-05-08 A 5.9-magnitude earthquake struck the hill town of Varzaneh on Tuesday."),
        ]);
        assert_eq!(clashes(&r), 0, "{opening}: {r:#}");
    }
    let r = compare(&[
        ("a.txt", "Today, a 5.9-magnitude earthquake struck the hill town of Varzaneh."),
        ("b.txt", " date 2024-05-08 A 5.9-magnitude earthquake struck the hill town of Varzaneh on Tuesday."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}

#[test]
fn a_day_after_an_apposition_dates_the_clause_before_it() {
    // The apposition describes the town; the day after it dates the quake.
    let r = compare(&[
        ("a.txt", " date 2024-03-11 A strong earthquake struck Bukittinggi, a hill town 40 miles from the coast, on Saturday, officials said."),
        ("b.txt", " date 2024-03-11 A strong earthquake struck Bukittinggi on Sunday, officials said."),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "Saturday"),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2024-03-11 A gunman shot Tom Reyes, a 34-year-old mechanic from Ardley, on Monday outside the bakery in Kesterton."),
        ("b.txt", " date 2024-03-11 A gunman shot Tom Reyes on Friday outside the bakery in Kesterton."),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "Monday"), "{r:#}");
}

#[test]
fn a_day_inside_an_apposition_or_a_relative_clause_does_not_date_the_event() {
    // Friday dates the flood, inside the relative clause; Saturday inside
    // the apposition dates the town's festival, not the quake.
    let r = compare(&[
        ("a.txt", " date 2024-03-11 A strong earthquake struck Bukittinggi, which was flooded on Friday, officials said."),
        ("b.txt", " date 2024-03-11 A strong earthquake struck Bukittinggi on Sunday, officials said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2024-03-11 A strong earthquake struck Bukittinggi, a hill town that held its festival on Saturday, officials said."),
        ("b.txt", " date 2024-03-11 A strong earthquake struck Bukittinggi on Sunday, officials said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
    // A long insertion that is a clause, not a noun phrase ("as rescuers
    // searched the rubble of the market"), is not reached across: the day
    // after it is the search's as much as the quake's.
    let r = compare(&[
        ("a.txt", " date 2024-03-11 A strong aftershock struck Bukittinggi, as rescuers searched the rubble of the old market, on Saturday."),
        ("b.txt", " date 2024-03-11 A strong aftershock struck Bukittinggi on Sunday, officials said."),
    ]);
    assert_eq!(clashes(&r), 0, "{r:#}");
}
