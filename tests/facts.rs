//! The fact layer's rules, each on phrasings where it fires and look-alikes
//! where it must stay silent: slots read from their many writings, values of
//! other events, scopes and moments kept apart from the story's own.

use chrono::NaiveDate;
use claimdiff::facts::{Fact, Scope, Slot, Status, Value};
use claimdiff::{analysis, document::Document};

fn analyze(text: &str) -> analysis::Analysis {
    let date = NaiveDate::from_ymd_opt(2024, 3, 12);
    let doc = Document::from_text("a.txt", text, date);
    analysis::analyze(vec![doc]).remove(0)
}

/// (slot, value text, on the main event, subject) of every current,
/// whole-scope fact.
fn facts(text: &str) -> Vec<(String, String, bool, Option<String>)> {
    let a = analyze(text);
    a.facts
        .facts
        .iter()
        .filter(|f| f.status == Status::Current && f.scope == Scope::Whole)
        .map(|f| {
            (
                f.slot.as_str().to_string(),
                a.doc.slice(f.span).to_string(),
                a.facts.events[f.event].main,
                f.subject.clone(),
            )
        })
        .collect()
}

fn has(text: &str, slot: &str, value: &str) -> bool {
    facts(text)
        .iter()
        .any(|(s, v, _, _)| s == slot && v == value)
}

fn on_main(text: &str, slot: &str, value: &str) -> Option<bool> {
    facts(text)
        .into_iter()
        .find(|(s, v, _, _)| s == slot && v == value)
        .map(|(_, _, m, _)| m)
}

fn all(text: &str) -> Vec<Fact> {
    analyze(text).facts.facts
}

#[test]
fn magnitudes_in_every_writing() {
    for (text, value) in [
        ("A magnitude 6.1 earthquake struck the coast.", "6.1"),
        ("A 6.1-magnitude quake hit the island.", "6.1"),
        ("The quake had a magnitude of 5.9, officials said.", "5.9"),
        ("The tremor measured 5.4 on the Richter scale.", "5.4"),
        ("A 5.6 quake jolted the island on Sunday.", "5.6"),
    ] {
        assert!(has(text, "magnitude", value), "{text}");
    }
    // Numbers near a quake that are no magnitude.
    for text in [
        "The quake killed 6 people in 2 villages.",
        "Route 66 was closed after the quake.",
    ] {
        assert!(
            !facts(text).iter().any(|(s, _, _, _)| s == "magnitude"),
            "{text}"
        );
    }
}

#[test]
fn ages_belong_to_the_person_beside_them() {
    let text = "Jorge Medina, 44, and his son Leo (6) were hurt. Police said a 29-year-old man was arrested.";
    let got = facts(text);
    let age = |who: &str| {
        got.iter()
            .find(|(s, _, _, subj)| s == "age" && subj.as_deref() == Some(who))
            .map(|(_, v, _, _)| v.clone())
    };
    assert_eq!(age("Jorge Medina").as_deref(), Some("44"));
    assert_eq!(age("Leo").as_deref(), Some("6"));
    assert_eq!(age("man").as_deref(), Some("29"));
    // A number after a comma that follows no person is no age.
    assert!(!has(
        "In Padang, 44, the mayor said, were injured.",
        "age",
        "44"
    ));
    // A career is a length of time, not an age.
    assert!(!facts("She ended a 30-year career.")
        .iter()
        .any(|(s, _, _, _)| s == "age"));
}

#[test]
fn ratings_ordinals_and_identifiers() {
    assert!(has(
        "Category 4 Hurricane Ida made landfall.",
        "rating",
        "Category 4"
    ));
    assert!(has(
        "An EF3 tornado tore through the town.",
        "rating",
        "EF3"
    ));
    // "level" as an everyday word is no rating.
    assert!(!has(
        "Water rose to level 3 of the car park.",
        "rating",
        "level 3"
    ));
    assert!(has(
        "The fire started on the third floor.",
        "ordinal",
        "third floor"
    ));
    assert!(has(
        "He was charged with first-degree murder.",
        "ordinal",
        "first-degree"
    ));
    assert!(!facts("It was the first time in years.")
        .iter()
        .any(|(s, _, _, _)| s == "ordinal"));
    assert!(has(
        "Flight 9525 crashed in the Alps.",
        "identifier",
        "Flight 9525"
    ));
    assert!(!facts("The flight took 9 hours.")
        .iter()
        .any(|(s, _, _, _)| s == "identifier"));
}

#[test]
fn the_toll_of_an_earlier_event_is_not_the_storys() {
    let text = "A 5.6 magnitude earthquake hit the island on Sunday, injuring five people. \
                A powerful quake with a magnitude of 6.1 struck the region in September, killing at least seven people.";
    assert_eq!(on_main(text, "wounded", "five"), Some(true));
    assert_eq!(on_main(text, "killed", "at least seven"), Some(false));
    assert_eq!(on_main(text, "magnitude", "6.1"), Some(false));
    assert_eq!(on_main(text, "magnitude", "5.6"), Some(true));
    // A fronted date whose clause opens with the incident.
    let text = "Floods killed three people on Tuesday. In November 2014, a flood killed five people in the town.";
    assert_eq!(on_main(text, "killed", "three"), Some(true));
    assert_eq!(on_main(text, "killed", "five"), Some(false));
    // A fronted date that dates another act leaves the clause alone.
    let text = "Iran denied the plot on Friday. In August, Australia expelled the ambassador after finding Iran behind two attacks.";
    assert!(facts(text)
        .iter()
        .any(|(s, v, _, _)| s == "count" && v == "two"));
}

#[test]
fn a_pronoun_goes_on_about_the_event_before_it() {
    let text = "A quake struck the region on Monday, injuring 12. \
                A quake in Zarand in February 2005 was far worse. It killed 612 people.";
    assert_eq!(on_main(text, "wounded", "12"), Some(true));
    assert_eq!(on_main(text, "killed", "612"), Some(false));
}

#[test]
fn background_cues_and_aftershocks() {
    let text = "The quake killed 40 people on Monday. Another quake killed 3 people in the north.";
    assert_eq!(on_main(text, "killed", "40"), Some(true));
    assert_eq!(on_main(text, "killed", "3"), Some(false));
    // "another" before a word that is no incident is no cue.
    let text = "The quake killed 40 people on Monday, another news agency said.";
    assert_eq!(on_main(text, "killed", "40"), Some(true));
    let text = "The quake injured 9 people. An aftershock injured 2 more.";
    assert_eq!(on_main(text, "wounded", "9"), Some(true));
    assert_eq!(on_main(text, "wounded", "2"), Some(false));
}

/// The status of the fact whose value reads `value` in `text`.
fn status_of(text: &str, value: &str) -> Status {
    let a = analyze(text);
    a.facts
        .facts
        .iter()
        .find(|f| a.doc.slice(f.span) == value)
        .unwrap_or_else(|| panic!("no fact {value:?} in {text:?}"))
        .status
}

#[test]
fn a_replaced_figure_is_superseded_and_its_replacement_is_not() {
    // A cue of replacement reaches its own figure, not past a turn to the
    // figure that replaced it.
    let text = "Officials first said seven people died but later put the toll at five.";
    assert_eq!(status_of(text, "seven"), Status::Superseded);
    assert_eq!(status_of(text, "five"), Status::Current);
    let text = "Rescuers initially reported 40 injured, then lowered the figure.";
    assert_eq!(status_of(text, "40"), Status::Superseded);
    // "revised the toll to 14" gives the new figure; "revised from" the old.
    assert_eq!(
        status_of("Officials revised the number of dead to 14.", "14"),
        Status::Current
    );
    let text =
        "Officials said 14 people were killed, a figure revised from 12 people killed earlier.";
    assert_eq!(status_of(text, "12"), Status::Superseded);
    assert_eq!(status_of(text, "14"), Status::Current);
}

#[test]
fn parts_scopes_and_superseded_figures_are_marked() {
    let a = analyze(
        "Eight people were injured in the blast. Two of the injured were in serious condition.",
    );
    let two = a
        .facts
        .facts
        .iter()
        .find(|f| a.doc.slice(f.span) == "Two")
        .unwrap();
    assert_eq!(two.scope, Scope::Other);
    let eight = a
        .facts
        .facts
        .iter()
        .find(|f| a.doc.slice(f.span) == "Eight")
        .unwrap();
    assert_eq!(eight.scope, Scope::Whole);
    let a = analyze("The toll climbed to 57, up from 31 a day earlier.");
    let old = a
        .facts
        .facts
        .iter()
        .find(|f| a.doc.slice(f.span) == "31")
        .unwrap();
    assert_eq!(old.status, Status::Superseded);
    let new = a
        .facts
        .facts
        .iter()
        .find(|f| a.doc.slice(f.span) == "57")
        .unwrap();
    assert_eq!(new.status, Status::Current);
}

#[test]
fn a_parent_of_n_counts_children_not_victims() {
    let text = "A mother of 12 was killed in the crossfire.";
    assert!(!facts(text)
        .iter()
        .any(|(s, v, _, _)| s == "killed" && v == "12"));
    assert!(facts(text)
        .iter()
        .any(|(s, v, _, subj)| s == "count" && v == "12" && subj.as_deref() == Some("children")));
    // Without a parent noun, the number is the toll.
    assert!(has(
        "At least 12 were killed in the crossfire.",
        "killed",
        "At least 12"
    ));
}

#[test]
fn the_day_of_a_count_is_not_the_day_of_the_event() {
    let got = facts("The death toll from Monday's earthquake rose to at least 31 on Tuesday.");
    let days: Vec<&str> = got
        .iter()
        .filter(|(s, _, _, _)| s == "date")
        .map(|(_, v, _, _)| v.as_str())
        .collect();
    assert_eq!(days, vec!["Monday"]);
    // The day an event is told is not its day either.
    let got = facts("The quake struck early on Sunday, officials said on Monday.");
    let days: Vec<&str> = got
        .iter()
        .filter(|(s, _, _, _)| s == "date")
        .map(|(_, v, _, _)| v.as_str())
        .collect();
    assert_eq!(days, vec!["Sunday"]);
}

#[test]
fn distances_are_in_kilometres_from_their_place() {
    let a = analyze("The quake struck 47 miles east of Padang at a depth of 10 km.");
    let dist = a
        .facts
        .facts
        .iter()
        .find(|f| f.slot == Slot::Distance)
        .unwrap();
    assert_eq!(dist.subject.as_deref(), Some("Padang"));
    match &dist.value {
        Value::Number { interval, unit } => {
            assert_eq!(unit.as_deref(), Some("km"));
            assert!((interval.low.value().unwrap() - 75.6).abs() < 0.1);
        }
        v => panic!("{v:?}"),
    }
    assert!(a.facts.facts.iter().any(|f| f.slot == Slot::Depth));
    assert!(all("The quake struck 47 miles east of Padang.")
        .iter()
        .all(|f| f.slot != Slot::Depth));
}

#[test]
fn a_long_run_of_pronoun_sentences_is_walked_without_exhausting_the_stack() {
    // Every "It ..." sentence goes back to the one before: fifty thousand of
    // them once overflowed the stack; the 2004 quake is still found.
    let text = format!(
        "A quake struck in 2004 and killed 3 people. {}It killed 5 people.",
        "It rained. ".repeat(50_000)
    );
    assert_eq!(on_main(&text, "killed", "5"), Some(false));
}

#[test]
fn all_before_a_number_and_others_after_it_keep_what_is_counted() {
    // "killing all 150": "all" does not hide the verb's casualty.
    assert!(has(
        "The plane crashed on Monday, killing all 150 people on board.",
        "killed",
        "150"
    ));
    assert!(has(
        "The storm killed all 12 crew members on Monday.",
        "killed",
        "12"
    ));
    // "all" with no casualty verb is still a plain count.
    assert!(!has(
        "The company employs all 150 people in the town.",
        "killed",
        "150"
    ));
    // "120 others" counts the noun of the count before it.
    let f = facts("A tornado destroyed 40 homes and damaged 120 others on Monday.");
    assert!(
        f.iter().any(|(s, v, _, subj)| s == "count"
            && v == "120"
            && subj.as_deref() == Some("homes (damage)")),
        "{f:?}"
    );
    // ... only when "others" follows the number.
    let f = facts("A tornado destroyed 40 homes and damaged 120 barns on Monday.");
    assert!(
        !f.iter()
            .any(|(_, v, _, subj)| v == "120"
                && subj.as_deref().is_some_and(|s| s.starts_with("homes"))),
        "{f:?}"
    );
}

/// A fact of that slot and value, of the whole event or of a part of it
/// ("two of the victims"), current.
fn read_as(text: &str, slot: &str, value: &str) -> bool {
    let a = analyze(text);
    a.facts.facts.iter().any(|f| {
        f.status == Status::Current && f.slot.as_str() == slot && a.doc.slice(f.span) == value
    })
}

#[test]
fn a_toll_told_with_the_count_before_its_verb_is_read() {
    // The people counted first, where they were, then what befell them.
    assert!(has(
        "All 150 people aboard were killed when the airliner came down in a field.",
        "killed",
        "150"
    ));
    assert!(has(
        "All 64 passengers on board the ferry died after it capsized.",
        "killed",
        "64"
    ));
    assert!(has(
        "Of the 200 passengers, 12 were hurt when the bus overturned.",
        "wounded",
        "12"
    ));
    // A part of the toll ("two of the victims") is read as one, kept
    // apart from the whole toll.
    assert!(read_as(
        "Two of the victims died in hospital on Tuesday.",
        "killed",
        "Two"
    ));
    // Taken from the wounded, but what the verb says befell these three is
    // death.
    assert!(read_as(
        "Three of the wounded later died in hospital, officials said.",
        "killed",
        "Three"
    ));
    assert!(!read_as(
        "Three of the wounded later died in hospital, officials said.",
        "wounded",
        "Three"
    ));
}

#[test]
fn counts_of_people_told_before_a_verb_that_is_no_toll_stay_counts() {
    // Aboard, but nothing befell them: a count of people, no toll.
    let text = "150 people were aboard the ferry when it left the port.";
    assert!(!has(text, "killed", "150"), "{:?}", facts(text));
    assert!(!has(text, "wounded", "150"), "{:?}", facts(text));
    // Rescued is rescued, not killed.
    let text = "All 150 passengers aboard were rescued by the coast guard.";
    assert!(has(text, "rescued", "150"), "{:?}", facts(text));
    assert!(!has(text, "killed", "150"), "{:?}", facts(text));
    // "Two of the dead were children": the set taken from names the toll.
    let text = "Two of the dead were children, the mayor said.";
    assert!(read_as(text, "killed", "Two"), "{:?}", facts(text));
    assert!(!read_as(text, "wounded", "Two"), "{:?}", facts(text));
    // "All 150 people aboard were Dutch": aboard, and no fate.
    let text = "All 150 people aboard were Dutch nationals.";
    assert!(!has(text, "killed", "150"), "{:?}", facts(text));
}

#[test]
fn a_height_is_not_a_distance_from_a_place() {
    for text in [
        "The waves, up to 10 feet high, swept through Padang on Saturday.",
        "The tsunami topped a sea wall 30 metres high in Padang on Saturday.",
        "The village lies 1,200 metres above sea level near Padang.",
        "The fire reached a height of 40 metres over Padang on Saturday.",
        "A crack 300 metres long opened in the road outside Padang.",
    ] {
        assert!(
            !facts(text).iter().any(|(s, ..)| s == "distance"),
            "{text}: {:?}",
            facts(text)
        );
    }
    // A length written as a modifier of a noun is no figure at all.
    let text = "The tsunami smashed a 30-metre wall in Padang on Saturday.";
    assert!(
        !facts(text).iter().any(|(s, ..)| s == "distance"),
        "{:?}",
        facts(text)
    );
    // How far from a place still is a distance, and a depth a depth.
    let text = "The quake struck 40 miles west of Padang at a depth of 10 km on Saturday.";
    assert!(has(text, "distance", "40 miles"), "{:?}", facts(text));
    assert!(has(text, "depth", "10 km"), "{:?}", facts(text));
    let text = "The epicentre was 30 km from Padang, the agency said.";
    assert!(has(text, "distance", "30 km"), "{:?}", facts(text));
}

#[test]
fn an_area_set_beside_a_yardstick_is_a_bound_or_a_multiple() {
    let area = |text: &str| -> Option<(Option<f64>, Option<f64>)> {
        let a = analyze(text);
        a.facts
            .facts
            .iter()
            .find(|f| f.slot == Slot::Area)
            .map(|f| match &f.value {
                Value::Number { interval, .. } => (interval.low.value(), interval.high.value()),
                _ => (None, None),
            })
    };
    // Wales is about 20,779 km²: larger than it is at least about half of
    // it (a yardstick is rough), with no upper bound.
    let (low, high) =
        area("The wildfires have burned an area larger than Wales since June.").unwrap();
    assert!(low.is_some_and(|l| l > 5_000.0 && l <= 20_779.0), "{low:?}");
    assert_eq!(high, None);
    // Smaller than: an upper bound only.
    let (low, high) = area("The blaze scorched a zone smaller than Manhattan.").unwrap();
    assert_eq!(low, None);
    assert!(high.is_some_and(|h| h >= 59.0), "{high:?}");
    // Twice as large as Belgium: a multiple of a rough size.
    let (low, high) = area("The floods covered an area twice as large as Belgium.").unwrap();
    assert!(low.is_some_and(|l| l >= 30_000.0), "{low:?}");
    assert!(high.is_some_and(|h| h <= 130_000.0), "{high:?}");
    // An unknown yardstick says nothing; without a noun of area, "larger
    // than Paris" may be its people.
    assert_eq!(area("The fire burned an area larger than Atlantis."), None);
    assert_eq!(
        area("Lagos is now larger than Paris, the report found."),
        None
    );
}
