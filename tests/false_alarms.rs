//! Values of different events, scopes, acts or moments are never a
//! contradiction (issue 13, point 2). Each rule is tested on both sides, in
//! phrasings written for these tests: a look-alike that stays silent, and a
//! true contradiction of the same shape that is still reported.

#[path = "common/versions.rs"]
mod versions;
use serde_json::Value;
use versions::{compare_json as compare, findings, has};

/// Every contradiction of the report, whatever its category.
fn contradictions(report: &Value) -> Vec<&Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "contradiction")
        .collect()
}

#[test]
fn a_record_of_prior_arrests_is_no_count_of_the_event() {
    let r = compare(&[
        ("a.txt", " date 2021-06-05 Police arrested two people at the march on Friday. The driver, who has five prior arrests, was not among them."),
        ("b.txt", " date 2021-06-05 Police arrested two people at the march on Friday, a spokesman said."),
    ]);
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2021-06-05 Police arrested two people at the march on Friday, a spokesman said."),
        ("b.txt", " date 2021-06-05 Police arrested nine people at the march on Friday, a spokesman said."),
    ]);
    assert!(
        has(&r, "contradiction", "casualty", "a.txt", "two"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "casualty", "b.txt", "nine"),
        "{r:#}"
    );
}

#[test]
fn n_times_counts_the_repetitions_of_its_own_verb() {
    let r = compare(&[
        ("a.txt", " date 2022-01-11 A security guard was shot four times outside the bank on Monday. Last spring the guard's employer was sued three times by customers."),
        ("b.txt", " date 2022-01-11 A security guard was shot four times outside the bank on Monday, police said."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2022-01-11 A security guard was shot four times outside the bank on Monday, police said."),
        ("b.txt", " date 2022-01-11 A security guard was shot six times outside the bank on Monday, police said."),
    ]);
    assert!(has(&r, "contradiction", "number", "a.txt", "four"), "{r:#}");
    assert!(has(&r, "contradiction", "number", "b.txt", "six"), "{r:#}");
}

#[test]
fn a_count_belongs_to_the_act_that_governs_it() {
    // The bullets in the man's pistol and the bullets that hit him.
    let r = compare(&[
        ("a.txt", " date 2020-09-02 Police say the man's pistol was loaded with nine bullets, though he never fired it."),
        ("b.txt", " date 2020-09-02 Police say the officers fired after three bullets hit the man."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2020-09-02 Police say the officers fired after three bullets hit the man.",
        ),
        (
            "b.txt",
            " date 2020-09-02 Police say the officers fired after five bullets hit the man.",
        ),
    ]);
    assert!(
        has(&r, "contradiction", "number", "a.txt", "three"),
        "{r:#}"
    );
    assert!(has(&r, "contradiction", "number", "b.txt", "five"), "{r:#}");
}

#[test]
fn a_narrower_group_is_counted_apart_from_everyone() {
    let r = compare(&[
        ("a.txt", " date 2019-04-09 Two officers suffered minor injuries in the clashes downtown on Monday."),
        ("b.txt", " date 2019-04-09 Five people were injured in the clashes downtown on Monday."),
    ]);
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    let r = compare(&[
        (
            "a.txt",
            " date 2019-04-09 Two officers were injured in the clashes downtown on Monday.",
        ),
        (
            "b.txt",
            " date 2019-04-09 Four officers were injured in the clashes downtown on Monday.",
        ),
    ]);
    assert!(
        has(&r, "contradiction", "casualty", "a.txt", "Two"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "casualty", "b.txt", "Four"),
        "{r:#}"
    );
}

#[test]
fn a_count_tied_to_another_night_is_that_nights() {
    // A riot on Monday and a second march on Wednesday, told the same day.
    let r = compare(&[
        ("a.txt", " date 2023-05-12 A vigil on Monday turned into a riot in the town. Police said one person was arrested."),
        ("b.txt", " date 2023-05-12 A vigil on Monday turned into a riot in the town. A second march ended on Wednesday with 46 people arrested."),
    ]);
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2023-05-12 A vigil on Monday turned into a riot in the town. A second march ended on Wednesday with 40 people arrested."),
        ("b.txt", " date 2023-05-12 A vigil on Monday turned into a riot in the town. A second march ended on Wednesday with 46 people arrested."),
    ]);
    assert!(has(&r, "contradiction", "casualty", "a.txt", "40"), "{r:#}");
    assert!(has(&r, "contradiction", "casualty", "b.txt", "46"), "{r:#}");
}

#[test]
fn a_crowds_chant_is_no_speakers_words() {
    let r = compare(&[
        ("a.txt", " date 2018-10-03 Marchers chanted “how many more will you jail today” outside the courthouse."),
        ("b.txt", " date 2018-10-03 The crowd chanted “how many more did you jail today” as it reached the courthouse."),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    assert!(!findings(&r, "compatible", "quote").is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2018-10-03 The mayor said “we will rebuild the old bridge by the spring” at the courthouse."),
        ("b.txt", " date 2018-10-03 The mayor said “we will repair the old bridge by the spring” at the courthouse."),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn an_apostrophe_spaced_out_is_the_same_word() {
    let r = compare(&[
        (
            "a.txt",
            " date 2017-02-14 “We ’ ll keep watching the case very closely,” the coach said.",
        ),
        (
            "b.txt",
            " date 2017-02-14 “We'll keep watching the case very closely,” the coach said.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2017-02-14 “We'll keep watching the case very closely,” the coach said.",
        ),
        (
            "b.txt",
            " date 2017-02-14 “We won't keep watching the case very closely,” the coach said.",
        ),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn long_lengths_of_different_acts_are_not_compared() {
    // A contract's length and an offer's ceiling, in aligned sentences.
    let r = compare(&[
        ("a.txt", " date 2016-12-10 None of the rival clubs has offered the striker more than eight years, the paper said."),
        ("b.txt", " date 2016-12-10 One of the rival clubs has offered the striker seven years, the paper said."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    // One act, one verb: the time he served.
    let r = compare(&[
        (
            "a.txt",
            " date 2016-12-10 The former aide served four months in a federal prison for fraud.",
        ),
        (
            "b.txt",
            " date 2016-12-10 The former aide served five months in a federal prison for fraud.",
        ),
    ]);
    assert!(!contradictions(&r).is_empty(), "{r:#}");
}

#[test]
fn time_left_on_a_clock_is_no_length() {
    let r = compare(&[
        ("a.txt", " date 2015-11-29 The visitors scored the winning goal with 12 seconds left in the game."),
        ("b.txt", " date 2015-11-29 The visitors scored the winning goal with 40 seconds left in the game."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2015-11-29 Residents said the tremor lasted 30 seconds and rattled windows.",
        ),
        (
            "b.txt",
            " date 2015-11-29 Residents said the tremor lasted 90 seconds and rattled windows.",
        ),
    ]);
    assert!(!contradictions(&r).is_empty(), "{r:#}");
}

#[test]
fn one_figure_told_by_several_sources_is_no_conflict_unless_a_toll() {
    let r = compare(&[
        ("a.txt", " date 2014-07-01 The club has offered the striker a five-year contract, the newspaper reported."),
        ("b.txt", " date 2014-07-01 The club has offered the striker a five-year contract, its manager said."),
    ]);
    assert!(
        findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
}

#[test]
fn unattributed_quotations_worded_differently_are_no_misquotation() {
    // No version says who spoke: two reporters' notes of one remark, or two
    // remarks, but no one is misquoted.
    let r = compare(&[
        ("a.txt", " date 2019-04-02 The council voted late on Monday. “This town deserves a bridge that will last a hundred years,” read a banner outside the hall."),
        ("b.txt", " date 2019-04-02 The council voted late on Monday. “This town deserves a bridge that will stand a hundred years,” read a banner outside the hall."),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    // The same words from a named speaker are a misquotation.
    let r = compare(&[
        ("a.txt", " date 2019-04-02 “This town deserves a bridge that will last a hundred years,” Mayor Ellen Price said on Monday."),
        ("b.txt", " date 2019-04-02 “This town deserves a bridge that will stand a hundred years,” Mayor Ellen Price said on Monday."),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn a_quotation_reworded_only_in_small_words_is_compatible() {
    let r = compare(&[
        ("a.txt", " date 2019-04-02 “Nothing in the plan lets the agency skip a review of the river,” Mayor Ellen Price said."),
        ("b.txt", " date 2019-04-02 “Nothing in this plan lets the agency skip a review of the river,” Mayor Ellen Price said."),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    assert!(!findings(&r, "compatible", "quote").is_empty(), "{r:#}");
    // A content word changed is not small.
    let r = compare(&[
        ("a.txt", " date 2019-04-02 “Nothing in the plan lets the agency skip a review of the river,” Mayor Ellen Price said."),
        ("b.txt", " date 2019-04-02 “Nothing in the plan lets the agency skip a review of the harbour,” Mayor Ellen Price said."),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn contractions_and_ordinals_are_the_same_words() {
    for (x, y) in [
        (
            "we aren't going to stop the work",
            "we are not going to stop the work",
        ),
        (
            "by rolling back this 11th hour rule we restore it",
            "by rolling back this eleventh-hour rule we restore it",
        ),
    ] {
        let r = compare(&[
            (
                "a.txt",
                &format!(" date 2019-04-02 “{x},” Mayor Ellen Price said."),
            ),
            (
                "b.txt",
                &format!(" date 2019-04-02 “{y},” Mayor Ellen Price said."),
            ),
        ]);
        assert!(
            findings(&r, "contradiction", "quote").is_empty(),
            "{x}: {r:#}"
        );
    }
    // A negation added is not a way of writing the same words.
    let r = compare(&[
        (
            "a.txt",
            " date 2019-04-02 “We are going to stop the work,” Mayor Ellen Price said.",
        ),
        (
            "b.txt",
            " date 2019-04-02 “We are not going to stop the work,” Mayor Ellen Price said.",
        ),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn a_rising_toll_dated_or_the_incident_day_told_again_stays_the_events() {
    // "rose to 31 on Tuesday" is where the running toll stood that day: an
    // update of Monday's 12, not a count of Tuesday's own.
    let r = compare(&[
        ("a.txt", " date 2025-03-10 An earthquake struck the valley on Monday, killing 12 people, officials said."),
        ("b.txt", " date 2025-03-11 The death toll from Monday's earthquake in the valley rose to 31 on Tuesday, officials said."),
    ]);
    assert!(has(&r, "update", "casualty", "b.txt", "31"), "{r:#}");
    // A lead dated by the next day's search still tells the incident's
    // toll when it names the incident's day.
    let r = compare(&[
        ("a.txt", " date 2025-10-15 Floods killed three people in the town of Vallo on Tuesday, officials said."),
        ("b.txt", " date 2025-10-15 Rescuers searched on Wednesday for two people missing after floods hit the town of Vallo, where three people died on Tuesday."),
    ]);
    assert!(has(&r, "agreement", "casualty", "b.txt", "three"), "{r:#}");
    // A later day's own count stays apart (the other side is
    // a_count_tied_to_another_night_is_that_nights).
}

#[test]
fn an_age_told_at_a_past_year_is_no_age_now() {
    let r = compare(&[
        ("a.txt", " date 2024-03-08 Retired judge Harold Brink, 88, died on Thursday at his home. In 2019, at the age of 83, Brink published a memoir of the trial."),
        ("b.txt", " date 2024-03-08 Retired judge Harold Brink, 88, died on Thursday at his home, his family said."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    // His age now, told two ways, is still a contradiction.
    let r = compare(&[
        ("a.txt", " date 2024-03-08 Retired judge Harold Brink, 88, died on Thursday at his home, his family said."),
        ("b.txt", " date 2024-03-08 Retired judge Harold Brink, 86, died on Thursday at his home, his family said."),
    ]);
    assert!(has(&r, "contradiction", "number", "a.txt", "88"), "{r:#}");
    assert!(has(&r, "contradiction", "number", "b.txt", "86"), "{r:#}");
}

#[test]
fn a_players_record_is_his_own() {
    // The receiver's season, not the quarterback's game.
    let r = compare(&[
        ("a.txt", " date 2023-11-20 Dan Ortega threw for 280 yards and three touchdowns as the Hawks won on Sunday. The receiver has 61 catches and seven touchdowns this season."),
        ("b.txt", " date 2023-11-20 Dan Ortega threw for 280 yards and three touchdowns as the Hawks won on Sunday."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    // A coach's seasons as a player and as an assistant.
    let r = compare(&[
        ("a.txt", " date 2023-11-20 Ray Mills, who played for the Hawks for nine seasons, was named head coach on Monday."),
        ("b.txt", " date 2023-11-20 The Hawks named Ray Mills head coach on Monday after four seasons as an assistant coach."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    // One player's touchdowns told two ways.
    let r = compare(&[
        ("a.txt", " date 2023-11-20 Dan Ortega threw for 280 yards and three touchdowns as the Hawks won on Sunday."),
        ("b.txt", " date 2023-11-20 Dan Ortega threw for 280 yards and four touchdowns as the Hawks won on Sunday."),
    ]);
    assert!(
        has(&r, "contradiction", "number", "a.txt", "three"),
        "{r:#}"
    );
    assert!(has(&r, "contradiction", "number", "b.txt", "four"), "{r:#}");
}

#[test]
fn a_split_of_a_total_counts_a_part() {
    let r = compare(&[
        ("a.txt", " date 2022-08-16 The coast guard detained 14 smugglers off the island on Tuesday."),
        ("b.txt", " date 2022-08-16 The coast guard detained eight Albanian and six Turkish smugglers off the island on Tuesday."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2022-08-16 One of the pipelines carries gas to nine countries, the company said."),
        ("b.txt", " date 2022-08-16 The pipeline carries gas to four countries, the company said."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2022-08-16 The coast guard detained 14 smugglers off the island on Tuesday.",
        ),
        (
            "b.txt",
            " date 2022-08-16 The coast guard detained 16 smugglers off the island on Tuesday.",
        ),
    ]);
    assert!(has(&r, "contradiction", "casualty", "a.txt", "14"), "{r:#}");
    assert!(has(&r, "contradiction", "casualty", "b.txt", "16"), "{r:#}");
}

#[test]
fn late_one_day_and_early_the_next_are_one_night() {
    let r = compare(&[
        (
            "a.txt",
            " date 2021-02-08 A fire gutted the old mill late Saturday, the fire chief said.",
        ),
        (
            "b.txt",
            " date 2021-02-08 A fire gutted the old mill early Sunday, the fire chief said.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "date").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2021-02-08 A fire gutted the old mill on Friday, the fire chief said.",
        ),
        (
            "b.txt",
            " date 2021-02-08 A fire gutted the old mill on Sunday, the fire chief said.",
        ),
    ]);
    assert!(has(&r, "contradiction", "date", "a.txt", "Friday"), "{r:#}");
    assert!(has(&r, "contradiction", "date", "b.txt", "Sunday"), "{r:#}");
}

#[test]
fn a_day_counted_from_an_untold_moment_is_no_day() {
    // No publication date: "nine days earlier" counts from a death the
    // tagger cannot place.
    let r = compare(&[
        ("a.txt", "The actress died in a hospital. She had suffered a stroke nine days earlier and never woke up."),
        ("b.txt", "The actress died in a hospital after she suffered a stroke on March 3."),
    ]);
    assert!(findings(&r, "contradiction", "date").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            "The actress died in a hospital after she suffered a stroke on March 4.",
        ),
        (
            "b.txt",
            "The actress died in a hospital after she suffered a stroke on March 3.",
        ),
    ]);
    assert!(!findings(&r, "contradiction", "date").is_empty(), "{r:#}");
}

#[test]
fn a_title_is_no_incident() {
    // A film called "Silent Storm": its opening days are no storm's day.
    let r = compare(&[
        ("a.txt", " date 2019-01-10 The studio said the sequel 'Silent Storm' will open on March 4 in most cities."),
        ("b.txt", " date 2019-01-10 Fans learned on Monday that Silent Storm will open on March 11 in most cities."),
    ]);
    assert!(findings(&r, "contradiction", "date").is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2019-03-20 The storm hit the coast on March 4, flooding hundreds of homes.",
        ),
        (
            "b.txt",
            " date 2019-03-20 The storm hit the coast on March 11, flooding hundreds of homes.",
        ),
    ]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "March 4"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "date", "b.txt", "March 11"),
        "{r:#}"
    );
}

#[test]
fn a_quotation_reworded_in_small_words_only_is_the_same() {
    let r = compare(&[
        ("a.txt", " date 2020-12-21 “The blast was huge but all the guests in the hall-and a few cooks who were there for the dinner-got out safely,” owner Ann Vale said."),
        ("b.txt", " date 2020-12-21 “The blast was huge, but all the guests in the hall-and there were another few cooks who were there for the dinner-got out safely,” owner Ann Vale said."),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2020-12-21 “The blast was huge but all the guests in the hall-and a few cooks who were there for the dinner-got out safely,” owner Ann Vale said."),
        ("b.txt", " date 2020-12-21 “The blast was huge but all the guests in the hall-and a few waiters who were there for the dinner-got out safely,” owner Ann Vale said."),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn a_distance_of_someone_else_is_not_the_events() {
    // Where a motorist was when he saw the car, not where the plant is.
    let r = compare(&[
        ("a.txt", " date 2007-04-10 The plant, about 20 miles north of Denver, was evacuated on Monday."),
        ("b.txt", " date 2007-04-10 The gunman fled the plant on Monday. Hours later a motorist 60 miles north of Denver spotted his car."),
    ]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let r = compare(&[
        (
            "a.txt",
            " date 2007-04-10 The plant, about 20 miles north of Denver, was evacuated on Monday.",
        ),
        (
            "b.txt",
            " date 2007-04-10 The plant, about 60 miles north of Denver, was evacuated on Monday.",
        ),
    ]);
    assert!(
        has(&r, "contradiction", "number", "a.txt", "20 miles"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "number", "b.txt", "60 miles"),
        "{r:#}"
    );
}

#[test]
fn an_act_each_version_dates_to_its_own_day_is_two_acts() {
    let r = compare(&[
        ("a.txt", " date 2011-10-14 The cable operator announced on its website today (14 October 2011) that it had restored service to business customers."),
        ("b.txt", " date 2011-10-20 The cable operator announced on its website today (20 October 2011) that it had restored service to all customers."),
    ]);
    assert!(findings(&r, "contradiction", "date").is_empty(), "{r:#}");
    // A later version that dates the first version's act to another day.
    let r = compare(&[
        ("a.txt", " date 2011-10-14 The cable operator announced on its website today (14 October 2011) that it had restored service to business customers."),
        ("b.txt", " date 2011-10-20 The cable operator announced on its website on 12 October 2011 that it had restored service to business customers."),
    ]);
    assert!(!findings(&r, "contradiction", "date").is_empty(), "{r:#}");
}

#[test]
fn a_confession_is_no_source_of_the_toll() {
    let r = compare(&[
        ("a.txt", " date 2010-09-10 Police said two workers were killed in the shooting at the bakery on Thursday."),
        ("b.txt", " date 2010-09-10 In a statement, Tom Reyes admitted killing two workers in the shooting at the bakery on Thursday."),
    ]);
    assert!(
        findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2010-09-10 Police said two workers were killed in the shooting at the bakery on Thursday."),
        ("b.txt", " date 2010-09-10 Tom Reyes, the owner, said two workers were killed in the shooting at the bakery on Thursday."),
    ]);
    assert!(
        !findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
}

#[test]
fn one_later_days_count_is_not_the_running_total() {
    // Undated articles: the days are weekdays only. A count tied to a later
    // day's part of the story ("over the course of Wednesday's protests") is
    // that day's, not the total since the incident.
    let lead = "Riots swept the city on Monday after police shot a teenager.";
    let r = compare(&[
        (
            "a.txt",
            &format!(
                "{lead} Police said they made 86 arrests over the course of Wednesday's protests."
            ),
        ),
        (
            "b.txt",
            &format!("{lead} More than 200 people have been arrested."),
        ),
    ]);
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    // Two versions' counts of that same day are one fact.
    let r = compare(&[
        (
            "a.txt",
            &format!(
                "{lead} Police said they made 86 arrests over the course of Wednesday's protests."
            ),
        ),
        (
            "b.txt",
            &format!(
                "{lead} Police said they made 40 arrests over the course of Wednesday's protests."
            ),
        ),
    ]);
    assert!(has(&r, "contradiction", "casualty", "a.txt", "86"), "{r:#}");
    // "As of Wednesday" says where the running total stood: still the
    // incident's count, compared with the other version's total.
    let r = compare(&[
        (
            "a.txt",
            &format!("{lead} As of Wednesday, police had arrested 86 people."),
        ),
        ("b.txt", &format!("{lead} Police have arrested 40 people.")),
    ]);
    assert!(
        !findings(&r, "contradiction", "casualty").is_empty()
            || !findings(&r, "update", "casualty").is_empty(),
        "{r:#}"
    );
}

#[test]
fn a_quotation_differing_in_a_words_ending_is_compatible() {
    let r = compare(&[
        ("a.txt", " date 2021-06-04 “I just wanted to say I am sorry for the pain I caused,” Daniel Roe told the court."),
        ("b.txt", " date 2021-06-04 “I just want to say I am sorry for the pain I caused,” Daniel Roe told the court."),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    assert!(!findings(&r, "compatible", "quote").is_empty(), "{r:#}");
    // Another word is still a changed quotation.
    let r = compare(&[
        ("a.txt", " date 2021-06-04 “I just wanted to say I am sorry for the pain I caused,” Daniel Roe told the court."),
        ("b.txt", " date 2021-06-04 “I just wanted to say I am sorry for the harm I caused,” Daniel Roe told the court."),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}
