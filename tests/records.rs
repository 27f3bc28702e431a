//! People as records across versions: a person's record resolved to the
//! right person (a dash typed as a hyphen before a name, ages in a list
//! split by semicolons, middle names), first names that differ for one
//! person, and a hurt person's condition. Each rule on phrasings written for
//! these tests, on both sides: where it fires and where it stays silent.

#[path = "common/versions.rs"]
mod versions;
use chrono::NaiveDate;
use claimdiff::actors::find;
use claimdiff::facts::people::Person;
use claimdiff::facts::Value;
use claimdiff::{analysis, document::Document};
use versions::{about, compare_json as compare};

fn analyzed(text: &str) -> analysis::Analysis {
    let doc = Document::from_text("a.txt", text, NaiveDate::from_ymd_opt(2024, 3, 12));
    analysis::analyze(vec![doc]).remove(0)
}

fn people(text: &str) -> Vec<Person> {
    analyzed(text).facts.people
}

fn age_of(ps: &[Person], name: &str) -> Option<f64> {
    ps.iter().find(|p| p.name == name).and_then(|p| p.age)
}

/// (subject, condition) of every condition fact.
fn conditions(text: &str) -> Vec<(String, String)> {
    analyzed(text)
        .facts
        .facts
        .iter()
        .filter(|f| f.slot.as_str() == "condition")
        .map(|f| {
            let v = match &f.value {
                Value::Text { text } => text.clone(),
                v => format!("{v:?}"),
            };
            (f.subject.clone().unwrap_or_default(), v)
        })
        .collect()
}

fn first_name_contradictions(r: &serde_json::Value) -> usize {
    about(r, "contradiction", "first name").len()
}

// --- Record resolution ---------------------------------------------------

#[test]
fn a_dash_typed_as_a_hyphen_before_a_name_keeps_the_first_name() {
    // Kept whole, "victims-Ana" hides the first name, and "Ruiz" alone is
    // read as the other Ruiz the article names: her age would go to him.
    let text = "Relatives of the victims-Ana Ruiz, 34, and Luis Ortega, 51, filled the room. \
                Outside, Mario Ruiz said the family wanted answers.";
    let ps = people(text);
    assert_eq!(age_of(&ps, "Ana Ruiz"), Some(34.0), "{ps:#?}");
    assert_eq!(age_of(&ps, "Mario Ruiz"), None, "{ps:#?}");
}

#[test]
fn a_prefix_joined_to_a_name_stays_one_word() {
    for (text, not_a_name) in [
        (
            "Hundreds joined an anti-Obama Tea Party rally on Sunday.",
            "Obama Tea Party",
        ),
        (
            "He spoke of post-Soviet Central Asia and its leaders.",
            "Soviet Central Asia",
        ),
        (
            "The ex-President Bill Clinton spoke first.",
            "President Bill Clinton",
        ),
    ] {
        let d = Document::from_text("t.txt", text, None);
        let texts: Vec<String> = find(&d)
            .iter()
            .map(|m| d.slice(m.span).to_string())
            .collect();
        assert!(!texts.iter().any(|t| t == not_a_name), "{text}: {texts:?}");
    }
}

#[test]
fn ages_in_a_list_split_by_semicolons_are_read() {
    let ps = people(
        "Police identified the dead as Carla Mendes Ortiz, 47; Ana Ruiz, 36; and Luis Ortega, 29, all of Fresno.",
    );
    assert_eq!(age_of(&ps, "Carla Mendes Ortiz"), Some(47.0), "{ps:#?}");
    assert_eq!(age_of(&ps, "Ana Ruiz"), Some(36.0), "{ps:#?}");
    assert_eq!(age_of(&ps, "Luis Ortega"), Some(29.0), "{ps:#?}");
    // A share after a name is no age.
    let ps = people("In the primary, Ruiz won 34%; Ortega took the rest.");
    assert!(ps.iter().all(|p| p.age.is_none()), "{ps:#?}");
}

#[test]
fn a_middle_name_or_initial_is_one_person_with_the_first_and_last_name() {
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Police identified the dead as Carla Mendes Ortiz, 47, and Luis A. Ortega, 29."),
        ("b.txt", " date 2022-03-04 Carla Ortiz, 47, and Luis Ortega, 29, died at the scene, police said."),
    ]);
    assert!(!about(&r, "agreement", "age of Carla").is_empty(), "{r:#}");
    assert!(!about(&r, "agreement", "age of Luis").is_empty(), "{r:#}");
    assert_eq!(first_name_contradictions(&r), 0, "{r:#}");
    // A version that calls her by her middle name: one person, no
    // contradiction.
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Police identified the dead woman as Carla Mendes Ortiz, 47, of Fresno."),
        ("b.txt", " date 2022-03-04 Mendes Ortiz, 47, died at the scene, police said."),
    ]);
    assert_eq!(first_name_contradictions(&r), 0, "{r:#}");
}

// --- First names that differ for one person -------------------------------

#[test]
fn a_misspelt_first_name_contradicts_even_when_the_family_is_named() {
    // The grandmother is another person (named beside the victim); the
    // victim's first name is a letter apart in the other version.
    let r = compare(&[
        ("a.txt", " date 2022-03-04 LaTonya Brown, 36, was killed in the shooting at the plant on Thursday. Her grandmother, Dorothy Brown, said she was heartbroken."),
        ("b.txt", " date 2022-03-04 A co-worker was holding onto Latoya Brown when the gunman fired at the plant on Thursday, prosecutors said."),
    ]);
    let c = about(&r, "contradiction", "first name");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(
        c[0]["values"]["b.txt"]
            .as_str()
            .unwrap_or("")
            .contains("Latoya"),
        "{r:#}"
    );
}

#[test]
fn a_relative_with_a_name_alike_is_another_person() {
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Marlene Ortiz, 36, was wounded in the shooting at the plant on Thursday."),
        ("b.txt", " date 2022-03-04 The victim's sister Marleen Ortiz told reporters the family was praying."),
    ]);
    assert_eq!(first_name_contradictions(&r), 0, "{r:#}");
}

#[test]
fn two_first_names_of_one_record_contradict() {
    // Same surname, same age, both killed, never both in one version.
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Carmen Ruiz, 34, was killed when the bus overturned on Monday, police said."),
        ("b.txt", " date 2022-03-04 Elena Ruiz, 34, was killed when the bus overturned on Monday, police said."),
    ]);
    let c = about(&r, "contradiction", "first name");
    assert_eq!(c.len(), 1, "{r:#}");
    let why = c[0]["explanation"].as_str().unwrap_or("");
    assert!(
        why.contains("Carmen Ruiz") && why.contains("Elena Ruiz"),
        "{why}"
    );
}

#[test]
fn two_first_names_stay_apart_without_a_record_that_joins_them() {
    let silent = [
        // two ages: two people
        (
            "Carmen Ruiz, 34, was killed when the bus overturned on Monday, police said.",
            "Elena Ruiz, 12, was killed when the bus overturned on Monday, police said.",
        ),
        // no age in one version: nothing says it is one person
        (
            "Carmen Ruiz, 34, was killed when the bus overturned on Monday, police said.",
            "Elena Ruiz was killed when the bus overturned on Monday, police said.",
        ),
        // a short form and its full name
        (
            "Alexis Petrakis, 15, was killed by a police bullet on Saturday.",
            "Alexandros Petrakis, 15, was killed by a police bullet on Saturday.",
        ),
    ];
    for (x, y) in silent {
        let a = format!(" date 2022-03-04 {x}");
        let b = format!(" date 2022-03-04 {y}");
        let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
        assert_eq!(first_name_contradictions(&r), 0, "{x} / {y}: {r:#}");
    }
    // A version naming both: a mother and a daughter.
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Carmen Ruiz, 34, was killed when the bus overturned on Monday, police said."),
        ("b.txt", " date 2022-03-04 Elena Ruiz, 34, was killed when the bus overturned on Monday, police said."),
        ("c.txt", " date 2022-03-04 Carmen Ruiz and her mother Elena Ruiz were killed when the bus overturned on Monday."),
    ]);
    assert_eq!(first_name_contradictions(&r), 0, "{r:#}");
}

// --- Condition ------------------------------------------------------------

#[test]
fn a_condition_belongs_to_the_person_it_is_told_of() {
    assert_eq!(
        conditions("Ana Ruiz, 34, was shot in the leg and is hospitalized in critical condition."),
        [("Ana Ruiz".to_string(), "critical".to_string())]
    );
    assert_eq!(
        conditions(
            "The third victim, identified as Luis Ortega, was taken to St. Mary's with a gunshot wound. \
             He was later listed in stable condition."
        ),
        [("Luis Ortega".to_string(), "stable".to_string())]
    );
    assert_eq!(
        conditions("The driver was in serious but stable condition on Tuesday."),
        [("driver".to_string(), "serious but stable".to_string())]
    );
    assert_eq!(
        conditions("The gunman killed two women and critically wounded Luis Ortega."),
        [("Luis Ortega".to_string(), "critically injured".to_string())]
    );
}

#[test]
fn a_condition_of_no_one_denied_or_left_behind_is_no_fact() {
    for text in [
        "The old bridge is in good condition, engineers said.",
        "Ana Ruiz is no longer in critical condition, her family said.",
        "Ana Ruiz was upgraded from critical condition on Tuesday.",
        // the speaker is not the hurt person
        "Police Chief Tom Hale said the boy's mother was in stable condition.",
    ] {
        let c = conditions(text);
        assert!(
            c.iter().all(|(s, _)| s != "Ana Ruiz" && s != "Tom Hale"),
            "{text}: {c:?}"
        );
    }
}

#[test]
fn conditions_of_one_day_that_clash_contradict_and_say_the_order_is_unknown() {
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Luis Ortega, 39, was wounded in the shooting and was listed in stable condition, police said."),
        ("b.txt", " date 2022-03-04 Luis Ortega, 39, was wounded in the shooting and is hospitalized in critical condition."),
    ]);
    let c = about(&r, "contradiction", "condition of Luis Ortega");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(
        c[0]["explanation"]
            .as_str()
            .unwrap_or("")
            .contains("cannot be told"),
        "{r:#}"
    );
}

#[test]
fn conditions_of_two_days_are_an_update() {
    let r = compare(&[
        ("a.txt", " date 2022-03-04 Luis Ortega, 39, was wounded in the shooting on Friday and is hospitalized in critical condition."),
        ("b.txt", " date 2022-03-07 Luis Ortega, 39, who was wounded in the shooting on Friday, was in fair condition on Monday, police said."),
    ]);
    assert!(about(&r, "contradiction", "condition").is_empty(), "{r:#}");
    assert_eq!(
        about(&r, "update", "condition of Luis Ortega").len(),
        1,
        "{r:#}"
    );
}

#[test]
fn conditions_that_can_both_hold_do_not_contradict() {
    for (x, y) in [
        ("was listed in stable condition", "was in serious condition"),
        ("remained in intensive care", "was in critical condition"),
        ("was critically injured", "was listed in stable condition"),
    ] {
        let a = format!(" date 2022-03-04 Luis Ortega, 39, {x} after the shooting, police said.");
        let b = format!(" date 2022-03-04 Luis Ortega, 39, {y} after the shooting, police said.");
        let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
        assert!(
            about(&r, "contradiction", "condition").is_empty(),
            "{x} / {y}: {r:#}"
        );
    }
}

#[test]
fn a_death_after_a_condition_is_an_update_whatever_the_dates() {
    let r = compare(&[
        ("a.txt", "Luis Ortega, 39, was hospitalized in critical condition after the shooting, police said."),
        ("b.txt", "Luis Ortega, 39, died of his injuries after the shooting, police said."),
    ]);
    assert!(about(&r, "contradiction", "condition").is_empty(), "{r:#}");
    assert_eq!(
        about(&r, "update", "condition of Luis Ortega").len(),
        1,
        "{r:#}"
    );
}
