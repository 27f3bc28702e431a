//! The comparer's rules on small versions written for these tests: each rule
//! fires where a journalist would want it, and stays silent on paraphrase.

#[path = "common/versions.rs"]
mod versions;
use serde_json::Value;
use versions::{compare_json as compare, findings, has};

fn of_kind<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .collect()
}

#[test]
fn a_rising_toll_is_an_update_and_a_same_day_clash_a_contradiction() {
    let r = compare(&[
        ("a.txt", " date 2024-02-05 A landslide buried a village in the hills on Monday, killing 9 people, officials said."),
        ("b.txt", " date 2024-02-06 The death toll from Monday's landslide in the hills rose to 23, officials said on Tuesday."),
        ("c.txt", " date 2024-02-06 Monday's landslide in the hills killed 14 people, officials said on Tuesday."),
    ]);
    assert!(has(&r, "update", "casualty", "a.txt", "9"), "{r:#}");
    // Same day: b says its toll "rose to 23", which orders it after c's 14
    // (a text cue orders same-day versions): an update, not a contradiction.
    assert!(has(&r, "update", "casualty", "b.txt", "23"), "{r:#}");
    assert!(has(&r, "update", "casualty", "c.txt", "14"), "{r:#}");
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    // Same day and nothing to order them: the tolls contradict.
    let r = compare(&[
        ("b.txt", " date 2024-02-06 Monday's landslide in the hills killed 23 people, officials said on Tuesday."),
        ("c.txt", " date 2024-02-06 Monday's landslide in the hills killed 14 people, officials said on Tuesday."),
    ]);
    assert!(has(&r, "contradiction", "casualty", "b.txt", "23"), "{r:#}");
    assert!(has(&r, "contradiction", "casualty", "c.txt", "14"), "{r:#}");
}

#[test]
fn missing_counts_may_fall_without_contradiction() {
    let r = compare(&[
        ("a.txt", " date 2023-07-10 After the flash flood, 30 hikers were missing in the canyon, rangers said."),
        ("b.txt", " date 2023-07-11 After the flash flood, 4 hikers were still missing in the canyon, rangers said."),
    ]);
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    assert!(has(&r, "update", "casualty", "b.txt", "4"), "{r:#}");
}

#[test]
fn the_same_figure_from_unrelated_sources_is_an_attribution_conflict() {
    let r = compare(&[
        ("a.txt", " date 2022-03-01 Eleven people were injured in the blast at the depot, police said."),
        ("b.txt", " date 2022-03-01 Eleven people were injured in the blast at the depot, hospital staff said."),
    ]);
    assert!(
        has(&r, "contradiction", "attribution", "a.txt", "police"),
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", " date 2022-03-01 Eleven people were injured in the blast at the depot, the fire brigade said."),
        ("b.txt", " date 2022-03-01 Eleven people were injured in the blast at the depot, the city fire brigade said."),
    ]);
    assert!(
        findings(&r, "contradiction", "attribution").is_empty(),
        "{r:#}"
    );
}

#[test]
fn agents_of_different_sides_contradict_and_of_one_side_do_not() {
    let r = compare(&[
        ("a.txt", " date 2021-05-04 The army shelled the market town of Ruvo on Sunday, killing four civilians."),
        ("b.txt", " date 2021-05-04 Militants shelled the market town of Ruvo on Sunday, killing four civilians."),
    ]);
    assert!(
        has(&r, "contradiction", "actor", "b.txt", "Militants"),
        "{r:#}"
    );
    let r = compare(&[
        (
            "a.txt",
            " date 2021-05-04 Police arrested the two suspects in the port of Ruvo on Sunday.",
        ),
        (
            "b.txt",
            " date 2021-05-04 Authorities arrested the two suspects in the port of Ruvo on Sunday.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "actor").is_empty(), "{r:#}");
}

#[test]
fn a_place_neither_version_mentions_conflicts_but_a_demonym_does_not() {
    let r = compare(&[
        ("a.txt", " date 2020-09-09 A fire destroyed a textile factory in Tanzi province on Tuesday, the ministry said."),
        ("b.txt", " date 2020-09-09 A fire destroyed a textile factory in Belmor province on Tuesday, the ministry said."),
    ]);
    assert!(has(&r, "contradiction", "place", "a.txt", "Tanzi"), "{r:#}");
    let r = compare(&[
        ("a.txt", " date 2020-09-09 A car bomb exploded in Kabul on Tuesday, wounding six people, police said."),
        ("b.txt", " date 2020-09-09 A car bomb exploded in the Afghan capital on Tuesday, wounding six people, police said."),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
}

#[test]
fn places_are_compared_by_name_with_or_without_their_type_word() {
    // districts the recognizer knows only by their type word
    let r = compare(&[
        ("a.txt", " date 2025-06-11 A bus fell into a gorge in Kullu district on Wednesday, killing 14 people, police said."),
        ("b.txt", " date 2025-06-11 A bus fell into a gorge in Mandi district on Wednesday, killing 14 people, police said."),
    ]);
    assert!(
        has(&r, "contradiction", "place", "a.txt", "Kullu district"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "place", "b.txt", "Mandi district"),
        "{r:#}"
    );
    // "Nueva Vizcaya province" and "Nueva Vizcaya" are one place
    let r = compare(&[
        ("a.txt", " date 2025-10-20 Landslides buried 12 homes in Nueva Vizcaya province on Monday, officials said."),
        ("b.txt", " date 2025-10-20 Landslides buried 12 homes in Nueva Vizcaya on Monday, officials said."),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
    // nor is it worth an "named differently" agreement: only the type differs
    assert!(findings(&r, "agreement", "actor").is_empty(), "{r:#}");
    // a version that names the other's place anywhere, even where it cannot
    // be read as a place, does not contradict it
    let r = compare(&[
        ("a.txt", " date 2025-06-11 A bus fell into a gorge in Kullu district on Wednesday, killing 14 people, police said."),
        ("b.txt", " date 2025-06-11 A bus fell into a gorge in Mandi district on Wednesday, killing 14 people, police said. Kullu police were not involved."),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
}

#[test]
fn a_quoted_excerpt_is_compatible_and_a_changed_word_contradicts() {
    let full = "“We will reopen every school in the valley, and we will do it before the winter comes,” the governor said.";
    let part =
        "“We will do it before the winter comes,” the governor said of the schools in the valley.";
    let changed = "“We will reopen every school in the valley, and we will do it before the spring comes,” the governor said.";
    let r = compare(&[
        ("a.txt", &format!(" date 2024-10-01 {full}")),
        ("b.txt", &format!(" date 2024-10-01 {part}")),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    // whichever version holds it, the shorter quotation is the excerpt
    for (a, b, why) in [
        (full, part, "b quotes only part of the words that a quotes"),
        (part, full, "a quotes only part of the words that b quotes"),
    ] {
        let r = compare(&[
            ("a.txt", &format!(" date 2024-10-01 {a}")),
            ("b.txt", &format!(" date 2024-10-01 {b}")),
        ]);
        let compatible = findings(&r, "compatible", "quote");
        assert_eq!(compatible.len(), 1, "{r:#}");
        let said = compatible[0]["explanation"].as_str().unwrap();
        assert!(said.starts_with(why), "{said}");
    }
    let r = compare(&[
        ("a.txt", &format!(" date 2024-10-01 {full}")),
        ("b.txt", &format!(" date 2024-10-01 {changed}")),
    ]);
    assert!(
        has(&r, "contradiction", "quote", "b.txt", "spring"),
        "{r:#}"
    );
    // An editor's bracketed insertion alters nothing.
    let inserted = "“We will reopen every school in the valley, and we will do it before the winter [of 2025] comes,” the governor said.";
    let r = compare(&[
        ("a.txt", &format!(" date 2024-10-01 {full}")),
        ("b.txt", &format!(" date 2024-10-01 {inserted}")),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn events_that_exclude_each_other_contradict() {
    let r = compare(&[
        ("a.txt", " date 2019-01-15 The chief executive of Norvik Bank, Ada Lund, resigned on Monday after the audit."),
        ("b.txt", " date 2019-01-15 Norvik Bank's board dismissed chief executive Ada Lund on Monday after the audit."),
    ]);
    assert!(
        has(&r, "contradiction", "event", "a.txt", "resigned"),
        "{r:#}"
    );
}

#[test]
fn paraphrase_with_numbers_written_differently_raises_nothing() {
    let r = compare(&[
        ("a.txt", " date 2025-04-02 Floods forced 1,500 residents from their homes in Lomar on Tuesday, the mayor said."),
        ("b.txt", " date 2025-04-02 In Lomar, 1500 residents had to leave their homes on Tuesday because of flooding, according to the mayor."),
    ]);
    for kind in ["contradiction", "update"] {
        let bad = of_kind(&r, kind);
        assert!(bad.is_empty(), "{kind}: {bad:#?}");
    }
}

#[test]
fn dates_contradict_only_for_the_same_event() {
    let r = compare(&[
        ("a.txt", " date 2023-03-09 Two inmates escaped from the Varna prison on Tuesday, the justice ministry said."),
        ("b.txt", " date 2023-03-09 Two inmates escaped from the Varna prison on Monday, the justice ministry said."),
    ]);
    assert!(has(&r, "contradiction", "date", "b.txt", "Monday"), "{r:#}");
    // The same strike, two different days: when it began and when it went on.
    let r = compare(&[
        ("a.txt", " date 2023-03-09 Dock workers in Varna began a strike over pay on Monday, the union said."),
        ("b.txt", " date 2023-03-09 Dock workers in Varna continued their strike over pay on Wednesday, the union said."),
    ]);
    assert!(findings(&r, "contradiction", "date").is_empty(), "{r:#}");
    // Both name Varna, whether or not the recognizer caught both mentions.
    assert!(!has(&r, "omission", "actor", "b.txt", "Varna"), "{r:#}");
}

#[test]
fn people_and_a_noun_for_people_are_one_count_only_when_the_values_fit() {
    let r = compare(&[
        ("a.txt", " date 2025-09-02 The train, carrying about 400 passengers, left the tracks near Kessel, the operator said."),
        ("b.txt", " date 2025-09-02 The train derailed near Kessel with about 400 people on board, officials said."),
    ]);
    assert!(
        has(&r, "agreement", "number", "a.txt", "about 400"),
        "{r:#}"
    );
    assert!(findings(&r, "omission", "number").is_empty(), "{r:#}");
    // a part of the crowd named by another noun is not the crowd
    let r = compare(&[
        (
            "a.txt",
            " date 2025-09-02 Some 300 people attended the rally in Kessel, organisers said.",
        ),
        (
            "b.txt",
            " date 2025-09-02 About 40 students attended the rally in Kessel, organisers said.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "number").is_empty(), "{r:#}");
    assert!(findings(&r, "agreement", "number").is_empty(), "{r:#}");
}

#[test]
fn a_denial_that_points_back_disputes_the_charge_against_the_denier() {
    for denial in [
        "The Northern Front rejected the accusation, saying it had no fighters in the area.",
        "The Northern Front denied it.",
        "The Northern Front denied the allegations on Wednesday.",
        "The Northern Front denied any involvement.",
    ] {
        let r = compare(&[
            ("a.txt", " date 2025-04-02 Police in Lorvik said on Tuesday that the Northern Front militia carried out the bombing of a fuel depot that killed three guards."),
            ("b.txt", &format!(" date 2025-04-03 Police in Lorvik blamed the Northern Front militia for Tuesday's bombing of a fuel depot that killed three guards. {denial}")),
        ]);
        let disputed = findings(&r, "disputed", "event");
        assert_eq!(disputed.len(), 1, "{denial}: {r:#}");
        let v = disputed[0]["values"]["b.txt"].as_str().unwrap();
        assert!(v.contains("Northern Front"), "{v}");
    }
    // "it" opening a clause of its own points back to nothing
    let r = compare(&[(
        "b.txt",
        " date 2025-04-03 Police in Lorvik blamed the Northern Front militia for the bombing of a fuel depot. The Northern Front denied it had received any warning.",
    )]);
    assert!(findings(&r, "disputed", "event").is_empty(), "{r:#}");
    // someone the charge does not name denies something else: no dispute
    let r = compare(&[(
        "b.txt",
        " date 2025-04-03 Police in Lorvik blamed the Northern Front militia for the bombing of a fuel depot. The Harbour Authority denied it.",
    )]);
    assert!(findings(&r, "disputed", "event").is_empty(), "{r:#}");
}

/// Findings of any kind whose values hold both texts (one per file).
fn pairing<'a>(report: &'a Value, a: (&str, &str), b: (&str, &str)) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            let v = |(file, text): (&str, &str)| {
                f["values"][file].as_str().is_some_and(|v| v.contains(text))
            };
            v(a) && v(b)
        })
        .collect()
}

#[test]
fn shares_of_one_whole_are_judged_by_their_intervals() {
    let pair = two;
    // disjoint: a contradiction
    let r = pair(
        "Two-thirds of the homes in Oskeln were destroyed by the flood, the mayor said.",
        "Half of the homes in Oskeln were destroyed by the flood, the mayor said.",
    );
    assert!(
        has(&r, "contradiction", "number", "a.txt", "Two-thirds"),
        "{r:#}"
    );
    assert!(has(&r, "contradiction", "number", "b.txt", "Half"), "{r:#}");
    let r = pair(
        "Most of the villagers in Tarn fled the fighting, aid workers said.",
        "Half of the villagers in Tarn fled the fighting, aid workers said.",
    );
    assert!(
        has(&r, "contradiction", "casualty", "a.txt", "Most"),
        "{r:#}"
    );
    // overlapping: compatible, never a contradiction
    for (a, b) in [
        (
            "More than half of the homes in Oskeln were destroyed by the flood.",
            "Two-thirds of the homes in Oskeln were destroyed by the flood.",
        ),
        (
            "About 60% of the homes in Oskeln were destroyed by the flood.",
            "Nearly two-thirds of the homes in Oskeln were destroyed by the flood.",
        ),
        (
            "A third of the homes in Oskeln were destroyed by the flood.",
            "33% of the homes in Oskeln were destroyed by the flood.",
        ),
    ] {
        let r = pair(a, b);
        assert!(
            has(&r, "compatible", "number", "a.txt", ""),
            "{a} / {b}: {r:#}"
        );
        assert!(findings(&r, "contradiction", "number").is_empty(), "{r:#}");
    }
    // the same share in words and in figures
    let r = pair(
        "Two-fifths of the homes in Oskeln were destroyed by the flood.",
        "40 percent of the homes in Oskeln were destroyed by the flood.",
    );
    assert!(
        has(&r, "agreement", "number", "b.txt", "40 percent"),
        "{r:#}"
    );
}

#[test]
fn a_share_is_never_set_against_a_count_of_its_whole() {
    for (a, b) in [
        (
            "Two-thirds of the homes in Oskeln were destroyed by the flood, the mayor said.",
            "300 homes in Oskeln were destroyed by the flood, the mayor said.",
        ),
        (
            "Half of the residents of Oskeln fled on Tuesday, officials said.",
            "About 600 residents of Oskeln fled on Tuesday, officials said.",
        ),
        (
            "40 percent of the residents of Oskeln fled on Tuesday, officials said.",
            "40 residents of Oskeln fled on Tuesday, officials said.",
        ),
    ] {
        let r = compare(&[
            ("a.txt", &format!(" date 2024-03-14 {a}")),
            ("b.txt", &format!(" date 2024-03-15 {b}")),
        ]);
        let share = a.split(" of ").next().unwrap();
        let count = b
            .split(" residents")
            .next()
            .unwrap()
            .split(" homes")
            .next()
            .unwrap();
        let mixed = pairing(&r, ("a.txt", share), ("b.txt", count));
        assert!(mixed.is_empty(), "{a} / {b}: {mixed:#?}");
    }
}

#[test]
fn shares_of_different_wholes_or_events_are_not_compared() {
    for (a, b) in [
        (
            "Half of the residents of Oskeln fled on Tuesday, officials said.",
            "A third of the residents of Oskeln were injured on Tuesday, officials said.",
        ),
        (
            "Half of the homes in Oskeln were destroyed by the flood on Tuesday.",
            "A third of the schools in Oskeln were destroyed by the flood on Tuesday.",
        ),
    ] {
        let r = compare(&[
            ("a.txt", &format!(" date 2024-03-14 {a}")),
            ("b.txt", &format!(" date 2024-03-14 {b}")),
        ]);
        for kind in ["contradiction", "compatible", "agreement", "update"] {
            let bad: Vec<_> = of_kind(&r, kind)
                .into_iter()
                .filter(|f| f["topic"].as_str().unwrap_or("").starts_with("share"))
                .collect();
            assert!(bad.is_empty(), "{a} / {b}: {kind}: {bad:#?}");
        }
    }
}

#[test]
fn a_share_of_a_displacement_that_grows_is_an_update() {
    let r = compare(&[
        ("a.txt", " date 2024-03-14 A third of the residents of Oskeln have fled the rising water, officials said."),
        ("b.txt", " date 2024-03-15 Half of the residents of Oskeln have fled the rising water, officials said."),
    ]);
    assert!(has(&r, "update", "casualty", "b.txt", "Half"), "{r:#}");
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
}

#[test]
fn households_and_homes_are_one_whole_for_a_share() {
    let r = compare(&[
        ("a.txt", " date 2024-03-14 Power was back in about half of the households in Oskeln, the utility said."),
        ("b.txt", " date 2024-03-14 Power was back in roughly half of the homes in Oskeln, the utility said."),
    ]);
    assert!(
        has(&r, "agreement", "number", "a.txt", "about half"),
        "{r:#}"
    );
    assert!(findings(&r, "omission", "number").is_empty(), "{r:#}");
}

#[test]
fn differing_figures_not_clearly_of_one_count_are_no_agreement() {
    // The convoy sentences align only loosely and each version has two counts
    // of nights: six and nine are not set against each other, and nothing
    // says they agree.
    let r = compare(&[
        ("a.txt", " date 2024-03-14 The port was shelled for 20 nights, residents said. Aid convoys waited six nights at the border."),
        ("b.txt", " date 2024-03-14 Residents of the besieged port said shelling went on for 30 nights. Trucks with aid were stuck at the border crossing for nine nights, drivers told reporters."),
    ]);
    assert!(!has(&r, "agreement", "number", "a.txt", "six"), "{r:#}");
    // Lengths of a day or more outside the lead are a story's background and
    // belong to many subjects (a wait, a sentence): they are not held
    // against each other either. (The leads' 20 and 30 nights of shelling
    // are the story's own figure, and do contradict.)
    assert!(!has(&r, "contradiction", "number", "a.txt", "six"), "{r:#}");
    assert!(
        !has(&r, "contradiction", "number", "b.txt", "nine"),
        "{r:#}"
    );
    assert!(has(&r, "contradiction", "number", "a.txt", "20"), "{r:#}");
    // Short lengths are the incident's own: a tremor of 30 seconds and one
    // of a minute contradict.
    let r = compare(&[
        ("a.txt", " date 2024-03-14 The quake struck at dawn. Residents said the tremor lasted 30 seconds."),
        ("b.txt", " date 2024-03-14 The quake struck at dawn. Residents said the tremor lasted two minutes."),
    ]);
    assert!(
        has(&r, "contradiction", "number", "a.txt", "30 seconds"),
        "{r:#}"
    );
}

/// A finding of `kind` (category number) whose values hold `in_a` for a.txt
/// and `in_b` for b.txt.
fn paired<'a>(r: &'a Value, kind: &str, in_a: &str, in_b: &str) -> Option<&'a Value> {
    pairing(r, ("a.txt", in_a), ("b.txt", in_b))
        .into_iter()
        .find(|f| f["kind"] == kind && f["category"] == "number")
}

/// Two one-sentence versions of the same day.
fn two(a: &str, b: &str) -> Value {
    compare(&[
        ("a.txt", &format!(" date 2024-03-14 {a}")),
        ("b.txt", &format!(" date 2024-03-14 {b}")),
    ])
}

/// The report on versions `a` and `b`, and the explanation of its `kind`
/// finding that sets `in_a` against `in_b` (there must be one).
fn explained(a: &str, b: &str, kind: &str, in_a: &str, in_b: &str) -> (Value, String) {
    let r = two(a, b);
    let why = match paired(&r, kind, in_a, in_b) {
        Some(f) => f["explanation"].as_str().unwrap_or_default().to_string(),
        None => panic!("no {kind} of {in_a:?} and {in_b:?}: {a} / {b}: {r:#}"),
    };
    (r, why)
}

#[test]
fn a_length_of_time_written_in_another_unit_is_the_same_figure() {
    for (a, b, in_a, in_b, sum) in [
        (
            "Rescuers searched for 48 hours.",
            "Rescuers searched for two days.",
            "48 hours",
            "two days",
            "48 hours = 2 days",
        ),
        (
            "The civil war lasted a decade.",
            "The civil war lasted 10 years.",
            "a decade",
            "10 years",
            "1 decade = 10 years",
        ),
        (
            "He spent six months in pretrial detention.",
            "He spent half a year in pretrial detention.",
            "six months",
            "half a year",
            "6 months = 0.5 years",
        ),
        (
            "Airport staff began a 24-hour strike at midnight.",
            "Airport staff began a one-day strike at midnight.",
            "24-hour",
            "one-day",
            "24 hours = 1 day",
        ),
        (
            "The court handed him a 28-year sentence.",
            "The court sentenced him to 28 years.",
            "28-year",
            "28 years",
            "",
        ),
        (
            "The meeting ran for 90 minutes.",
            "The meeting ran for an hour and a half.",
            "90 minutes",
            "an hour and a half",
            "90 minutes = 1.5 hours",
        ),
        (
            "Talks went on for more than 24 hours.",
            "Talks went on for more than a day.",
            "more than 24 hours",
            "more than a day",
            "more than 24 hours = more than 1 day",
        ),
        (
            "The drought has lasted three decades.",
            "The drought has lasted 30 years.",
            "three decades",
            "30 years",
            "3 decades = 30 years",
        ),
    ] {
        let (r, why) = explained(a, b, "agreement", in_a, in_b);
        assert!(
            why.contains("same length of time") && why.contains(sum),
            "{why}"
        );
        let f = paired(&r, "agreement", in_a, in_b).unwrap();
        assert!(
            f["topic"].as_str().unwrap().starts_with("duration"),
            "{f:#}"
        );
        assert!(
            findings(&r, "omission", "number").is_empty(),
            "{a} / {b}: {r:#}"
        );
    }
}

#[test]
fn lengths_that_overlap_as_intervals_are_compatible_never_equal() {
    for (a, b, in_a, in_b, why) in [
        // a month is 28 to 31 days: three months is 84 to 93
        (
            "The town was cut off for three months.",
            "The town was cut off for 90 days.",
            "three months",
            "90 days",
            "84–93 days",
        ),
        (
            "The mine was closed for a month.",
            "The mine was closed for 30 days.",
            "a month",
            "30 days",
            "a month is 28–31 days",
        ),
        (
            "Talks lasted more than 24 hours.",
            "Talks lasted two days.",
            "more than 24 hours",
            "two days",
            "more than 24 hours",
        ),
        // "nearly two weeks" rounds to the week: 10.5 to 14 days
        (
            "It was a 12-day war.",
            "Nearly two weeks of war ended on Tuesday.",
            "12-day",
            "Nearly two weeks",
            "10.5–14 days",
        ),
        // "about a month" rounds to the month, so three weeks may be it
        (
            "Fighting in the valley went on for three weeks.",
            "Fighting in the valley went on for about a month.",
            "three weeks",
            "about a month",
            "21 days",
        ),
        (
            "The strike has lasted a year.",
            "The strike has lasted 365 days.",
            "a year",
            "365 days",
            "365–366 days",
        ),
    ] {
        let (r, text) = explained(a, b, "compatible", in_a, in_b);
        assert!(text.contains(why), "{text}");
        assert!(findings(&r, "contradiction", "number").is_empty(), "{r:#}");
        assert!(findings(&r, "agreement", "number").is_empty(), "{r:#}");
    }
}

#[test]
fn lengths_that_cannot_overlap_contradict() {
    for (a, b, in_a, in_b) in [
        // 21 days against 28 to 31: no month is three weeks long
        (
            "Fighting in the valley went on for three weeks.",
            "Fighting in the valley went on for a month.",
            "three weeks",
            "a month",
        ),
        (
            "The minister began a three-day visit to Kenya.",
            "The minister began a two-day visit to Kenya.",
            "three-day",
            "two-day",
        ),
        (
            "The ceasefire held for 48 hours.",
            "The ceasefire held for three days.",
            "48 hours",
            "three days",
        ),
        // exact wording is taken at its word: 17 months is not 18
        (
            "He was held for 17 months.",
            "He was held for a year and a half.",
            "17 months",
            "a year and a half",
        ),
    ] {
        let (_, text) = explained(a, b, "contradiction", in_a, in_b);
        assert!(text.contains("different lengths of time"), "{text}");
    }
}

#[test]
fn rates_recurrences_ages_and_clock_times_do_not_pair_with_lengths() {
    for (a, b) in [
        (
            "Nurses at the clinic worked 24 hours a day.",
            "Nurses at the clinic worked for 24 hours.",
        ),
        (
            "Nurses at the clinic worked 12 hours a day.",
            "Nurses at the clinic worked for half a day.",
        ),
        (
            "Inspectors visited the plant every two weeks.",
            "Inspectors visited the plant for two weeks.",
        ),
        (
            "A 40-year-old man was arrested after the raid on the farm.",
            "A man who had run the farm for 40 years was arrested after the raid.",
        ),
        (
            "The curfew began at 10 p.m. in the old town.",
            "The curfew in the old town lasted 10 hours.",
        ),
        (
            "For the first time in a decade, the river froze.",
            "The river froze for 10 years.",
        ),
    ] {
        let r = two(a, b);
        for kind in ["agreement", "compatible", "contradiction", "update"] {
            let both = findings(&r, kind, "number")
                .into_iter()
                .any(|f| f["values"]["a.txt"].is_string() && f["values"]["b.txt"].is_string());
            assert!(!both, "{a} / {b}: {r:#}");
        }
    }
    // A length told after a rate of the same size is no restatement of it.
    let r = two(
        "Nurses at the clinic worked 24 hours a day. On Friday one surgeon operated for 24 hours.",
        "On Friday one surgeon operated for a full day.",
    );
    assert!(
        paired(&r, "agreement", "24 hours", "a full day").is_some(),
        "{r:#}"
    );
    // Rates of the same period are compared with each other.
    let r = two(
        "Nurses at the clinic worked 12 hours a day.",
        "Nurses at the clinic worked 12 hours per day.",
    );
    let f = paired(&r, "agreement", "12 hours a day", "12 hours per day").expect("rates agree");
    assert!(
        f["explanation"].as_str().unwrap().contains("same rate"),
        "{f:#}"
    );
}

#[test]
fn lengths_pair_only_within_the_facts_they_belong_to() {
    let r = two(
        "Rescuers searched for 48 hours. The town was cut off for three months.",
        "Rescuers searched for two days. The town was cut off for 90 days.",
    );
    assert!(
        paired(&r, "agreement", "48 hours", "two days").is_some(),
        "{r:#}"
    );
    assert!(
        paired(&r, "compatible", "three months", "90 days").is_some(),
        "{r:#}"
    );
    assert!(
        paired(&r, "compatible", "48 hours", "90 days").is_none(),
        "{r:#}"
    );
    assert!(findings(&r, "omission", "number").is_empty(), "{r:#}");
    // Loosely aligned sentences with lengths that differ: set side by side
    // with nothing, and certainly not called the same.
    let r = two(
        "The siege of the port lasted three weeks, residents said. Aid convoys waited for six days at the border.",
        "Residents of the besieged port said the blockade held for a month. Trucks with aid were stuck at the border crossing for nine days, drivers told reporters.",
    );
    assert!(findings(&r, "agreement", "number").is_empty(), "{r:#}");
    assert!(has(&r, "omission", "number", "b.txt", "nine days"), "{r:#}");
}

#[test]
fn a_length_that_grew_by_the_days_between_versions_is_an_update() {
    let r = compare(&[
        (
            "a.txt",
            " date 2024-03-14 Rescuers have searched the collapsed mine for 48 hours.",
        ),
        (
            "b.txt",
            " date 2024-03-15 Rescuers have searched the collapsed mine for three days.",
        ),
    ]);
    let f = paired(&r, "update", "48 hours", "three days").unwrap_or_else(|| panic!("{r:#}"));
    assert!(
        f["explanation"].as_str().unwrap().contains("grows"),
        "{f:#}"
    );
    // A year more in a day is no growth of the story: a contradiction.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-03-14 The court jailed the former mayor for 10 years.",
        ),
        (
            "b.txt",
            " date 2024-03-15 The court jailed the former mayor for 11 years.",
        ),
    ]);
    assert!(
        paired(&r, "contradiction", "10 years", "11 years").is_some(),
        "{r:#}"
    );
    assert!(findings(&r, "update", "number").is_empty(), "{r:#}");
    // Half a month more in a day: the rounding margins of "four months"
    // touch "four and a half months", but the told lengths are two weeks
    // apart, so one finished term is told two ways.
    let r = compare(&[
        (
            "a.txt",
            " date 2024-03-14 The former aide served four months in federal prison for his role in the scheme.",
        ),
        (
            "b.txt",
            " date 2024-03-15 The former aide served four and a half months in prison for his part in the scheme.",
        ),
    ]);
    assert!(findings(&r, "update", "number").is_empty(), "{r:#}");
    assert!(
        paired(&r, "contradiction", "four months", "four and a half months").is_some(),
        "{r:#}"
    );
}

#[test]
fn a_company_after_at_and_a_state_named_like_a_capital_raise_no_false_place_or_actor() {
    // the company's jobs and the town's jobs are no clash of places
    let r = compare(&[
        ("a.txt", " date 2025-03-10 About 1,600 jobs at Northvolt will be cut, the company said on Monday."),
        ("b.txt", " date 2025-03-10 About 1,600 jobs in Skelleftea will be cut, the company said on Monday."),
    ]);
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
    assert!(
        has(&r, "agreement", "number", "a.txt", "1,600"),
        "the figure still agrees: {r:#}"
    );
    // "Washington state officials" are not the United States government, and
    // "the state of Washington" is the same state
    let r = compare(&[
        ("a.txt", " date 2025-08-04 Washington state officials said 40 homes burned near Spokane on Tuesday."),
        ("b.txt", " date 2025-08-05 Officials in the state of Washington said 40 homes burned near Spokane on Tuesday."),
    ]);
    let text = r.to_string();
    assert!(!text.contains("United States"), "{r:#}");
    assert!(findings(&r, "contradiction", "place").is_empty(), "{r:#}");
    assert!(
        findings(&r, "agreement", "actor")
            .iter()
            .any(|f| f["topic"] == "Washington State"),
        "{r:#}"
    );
    // a different state is still a different place
    let r = compare(&[
        ("a.txt", " date 2025-08-04 A wildfire destroyed 40 homes in Washington state on Tuesday, fire officials said."),
        ("b.txt", " date 2025-08-04 A wildfire destroyed 40 homes in Oregon on Tuesday, fire officials said."),
    ]);
    assert!(
        has(&r, "contradiction", "place", "a.txt", "Washington state"),
        "{r:#}"
    );
}

#[test]
fn a_story_moving_from_one_stage_to_the_next_is_an_update() {
    let at_large =
        "Police said the escaped inmate is still at large after fleeing a prison van in Baytown.";
    let captured =
        "The escaped inmate who fled a prison van in Baytown was captured in Houston, police said.";
    // fires: dated versions, the later one at the later stage
    let r = compare(&[
        ("a.txt", &format!(" date 2009-12-03 {at_large}")),
        ("b.txt", &format!(" date 2009-12-07 {captured}")),
    ]);
    assert!(has(&r, "update", "event", "b.txt", "was captured"), "{r:#}");
    assert!(findings(&r, "contradiction", "event").is_empty(), "{r:#}");
    // undated: ordered by the stages, and the explanation says so
    let r = compare(&[("a.txt", at_large), ("b.txt", captured)]);
    let upd = findings(&r, "update", "event");
    assert_eq!(upd.len(), 1, "{r:#}");
    let why = upd[0]["explanation"].as_str().unwrap();
    assert!(why.contains("No publication date tells the order"), "{why}");
    // silent: the later version is behind the news (still at large)
    let r = compare(&[
        ("a.txt", &format!(" date 2009-12-07 {captured}")),
        ("b.txt", &format!(" date 2009-12-09 {at_large}")),
    ]);
    assert!(findings(&r, "update", "event").is_empty(), "{r:#}");
    assert!(findings(&r, "contradiction", "event").is_empty(), "{r:#}");
    // a name withheld, then given
    let r = compare(&[
        ("a.txt", " date 2008-01-02 A man was shot dead in an office in Vancouver. The victim's name will not be released until his family is told."),
        ("b.txt", " date 2008-01-03 A man was shot dead in an office in Vancouver. Police identified the victim as Ben Banky, 40."),
    ]);
    assert!(has(&r, "update", "event", "b.txt", "Ben Banky"), "{r:#}");
}

#[test]
fn counts_of_a_story_without_an_incident_contradict_only_in_the_lead() {
    // silent: a trade story's statistics outside the lead are of many
    // players and seasons
    let r = compare(&[
        ("a.txt", " date 2008-12-23 The Yankees signed first baseman Mark Teixeira to an eight-year contract on Tuesday. He played 54 games for the Angels after the trade."),
        ("b.txt", " date 2008-12-23 The Yankees signed first baseman Mark Teixeira to an eight-year contract on Tuesday. Teixeira played 157 games last season."),
    ]);
    assert!(findings(&r, "contradiction", "number").is_empty(), "{r:#}");
    // fires: the figure both leads give is the story's own
    let r = compare(&[
        ("a.txt", " date 2024-02-01 A tanker blocked the Kiel Canal on Thursday, leaving fewer than 20 ships waiting to pass, the authority said."),
        ("b.txt", " date 2024-02-01 A tanker blocked the Kiel Canal on Thursday, with more than 100 ships waiting to pass, the authority said."),
    ]);
    assert!(
        has(&r, "contradiction", "number", "b.txt", "more than 100"),
        "{r:#}"
    );
}

#[test]
fn a_place_population_is_its_own_count() {
    // fires: two populations of one island
    let r = compare(&[
        (
            "a.txt",
            " date 2005-11-28 A quake struck Qeshm island, home to 120,000 people, on Sunday.",
        ),
        (
            "b.txt",
            " date 2005-11-28 A quake struck Qeshm island, home to 200,000 people, on Sunday.",
        ),
    ]);
    assert!(
        has(&r, "contradiction", "number", "b.txt", "200,000"),
        "{r:#}"
    );
    // silent: a population is not the number of people who need shelter
    let r = compare(&[
        ("a.txt", " date 2005-11-28 A quake struck Qeshm island, home to 120,000 people, on Sunday."),
        ("b.txt", " date 2005-11-28 A quake struck Qeshm island on Sunday. About 2,000 people needed shelter."),
    ]);
    assert!(findings(&r, "contradiction", "number").is_empty(), "{r:#}");
    assert!(findings(&r, "compatible", "number").is_empty(), "{r:#}");
}

#[test]
fn within_a_kind_tolls_come_before_other_figures() {
    // The magnitude differs in the first sentence, the toll in the second:
    // the report still leads with the toll.
    let r = compare(&[
        ("a.txt", " date 2021-08-14 A magnitude 7.2 quake struck Haiti on Saturday. It killed 304 people, officials said."),
        ("b.txt", " date 2021-08-14 A magnitude 5.8 quake struck Haiti on Saturday. It killed 1,297 people, officials said."),
    ]);
    let contra = of_kind(&r, "contradiction");
    let cats: Vec<&str> = contra
        .iter()
        .map(|f| f["category"].as_str().unwrap())
        .collect();
    assert_eq!(cats.first(), Some(&"casualty"), "{r:#}");
    assert!(cats.contains(&"number"), "{r:#}");
}

/// Each topic of the report (one event instance, slot and subject, as the
/// reader sees it, within its category) with the kinds its findings are
/// reported under, omissions and disputes aside.
fn kinds_per_topic(report: &Value) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut out: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for f in report["findings"].as_array().unwrap() {
        let kind = f["kind"].as_str().unwrap();
        if kind == "omission" || kind == "disputed" {
            continue;
        }
        let key = format!("{} {}", f["category"], f["topic"]);
        let kinds = out.entry(key).or_default();
        if !kinds.iter().any(|k| k == kind) {
            kinds.push(kind.to_string());
        }
    }
    out
}

/// Every topic under one kind, but for a running count that moved on
/// between days and clashes within the later day: an update across the
/// moments beside a contradiction within one, two facts. (Used where no
/// two versions give the same value or fitting values apart from a third:
/// those relate two sets of versions and are reported beside the clash.)
fn one_kind_per_topic(report: &Value) {
    for (topic, mut kinds) in kinds_per_topic(report) {
        kinds.sort();
        let moments = kinds == ["contradiction", "update"];
        assert!(
            kinds.len() == 1 || moments,
            "{topic}: {kinds:?}\n{report:#}"
        );
    }
}

#[test]
fn clock_times_that_clash_beside_a_part_of_the_day_are_one_contradiction() {
    // 8.10pm and 8.55pm clash; "Friday night" fits both, and must not be
    // reported as compatible with the two of them beside the clash.
    let r = compare(&[
        ("a.txt", " date 2024-05-11 The fire broke out at the Harbour Street warehouse in Dunmore at 8.10pm on Friday, firefighters said."),
        ("b.txt", " date 2024-05-11 The fire broke out at the Harbour Street warehouse in Dunmore at 8.55pm on Friday, firefighters said."),
        ("c.txt", " date 2024-05-11 The fire broke out at the Harbour Street warehouse in Dunmore on Friday night, firefighters said."),
    ]);
    one_kind_per_topic(&r);
    assert!(has(&r, "contradiction", "date", "a.txt", "8.10pm"), "{r:#}");
    assert!(has(&r, "contradiction", "date", "b.txt", "8.55pm"), "{r:#}");
    assert!(!has(&r, "compatible", "date", "a.txt", "8.10pm"), "{r:#}");
    // Two times that fit each other stay compatible, under one kind.
    let r = compare(&[
        ("a.txt", " date 2024-05-11 The fire broke out at the Harbour Street warehouse in Dunmore at about 8.40pm on Friday, firefighters said."),
        ("b.txt", " date 2024-05-11 The fire broke out at the Harbour Street warehouse in Dunmore at 8.42pm on Friday, firefighters said."),
        ("c.txt", " date 2024-05-11 The fire broke out at the Harbour Street warehouse in Dunmore on Friday night, firefighters said."),
    ]);
    one_kind_per_topic(&r);
    assert!(of_kind(&r, "contradiction").is_empty(), "{r:#}");
}

#[test]
fn a_toll_that_rose_is_one_update_and_a_clash_on_one_day_a_contradiction() {
    // 9 on Monday, then 23 and 14 on Tuesday with nothing to order them:
    // the rise and the clash, each once, and nothing called compatible.
    let r = compare(&[
        ("a.txt", " date 2024-02-05 A landslide buried a village in the hills on Monday, killing 9 people, officials said."),
        ("b.txt", " date 2024-02-06 Monday's landslide in the hills killed 23 people, officials said on Tuesday."),
        ("c.txt", " date 2024-02-06 Monday's landslide in the hills killed 14 people, officials said on Tuesday."),
    ]);
    one_kind_per_topic(&r);
    assert!(has(&r, "contradiction", "casualty", "b.txt", "23"), "{r:#}");
    assert!(has(&r, "contradiction", "casualty", "c.txt", "14"), "{r:#}");
    assert!(has(&r, "update", "casualty", "a.txt", "9"), "{r:#}");
    assert!(findings(&r, "compatible", "casualty").is_empty(), "{r:#}");
    // A rise and two wordings of the later toll that fit each other: the
    // update across the days, and beside it the two later wordings as
    // compatible — two relations of two sets of versions, as the gold
    // conventions split them; the earlier toll is never called compatible.
    let r = compare(&[
        ("a.txt", " date 2024-02-05 A landslide buried a village in the hills on Monday, killing 9 people, officials said."),
        ("b.txt", " date 2024-02-06 Monday's landslide in the hills killed 23 people, officials said on Tuesday."),
        ("c.txt", " date 2024-02-06 Monday's landslide in the hills killed at least 23 people, officials said on Tuesday."),
    ]);
    assert!(has(&r, "update", "casualty", "a.txt", "9"), "{r:#}");
    assert!(
        findings(&r, "contradiction", "casualty").is_empty(),
        "{r:#}"
    );
    assert!(
        has(&r, "compatible", "casualty", "c.txt", "at least 23"),
        "{r:#}"
    );
    assert!(!has(&r, "compatible", "casualty", "a.txt", "9"), "{r:#}");
}

#[test]
fn conditions_that_clash_beside_one_that_fits_are_one_finding() {
    let r = compare(&[
        ("a.txt", " date 2024-06-03 A gunman shot Maria Lopez, 52, at the Elm Street bakery in Carver on Sunday. Lopez was in critical condition at St Luke's Hospital, police said."),
        ("b.txt", " date 2024-06-03 A gunman shot Maria Lopez, 52, at the Elm Street bakery in Carver on Sunday. Lopez was in stable condition at St Luke's Hospital, police said."),
        ("c.txt", " date 2024-06-03 A gunman shot Maria Lopez, 52, at the Elm Street bakery in Carver on Sunday. Lopez was in intensive care at St Luke's Hospital, police said."),
    ]);
    one_kind_per_topic(&r);
}
