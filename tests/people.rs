//! People as records: what a document says about each person (role, home
//! town, nationality, gender, fate), and how one person's values relate across
//! versions. Each rule on a phrasing where it fires and a look-alike where it
//! stays silent.

#[path = "common/versions.rs"]
mod versions;
use chrono::NaiveDate;
use claimdiff::facts::people::Person;
use claimdiff::{analysis, document::Document};
use serde_json::Value;
use versions::compare_json as compare_versions;

fn people(text: &str) -> Vec<Person> {
    let doc = Document::from_text("a.txt", text, NaiveDate::from_ymd_opt(2024, 3, 12));
    analysis::analyze(vec![doc]).remove(0).facts.people
}

fn person<'a>(ps: &'a [Person], name: &str) -> &'a Person {
    ps.iter()
        .find(|p| p.name.contains(name))
        .unwrap_or_else(|| panic!("no record of {name}: {ps:#?}"))
}

fn roles(p: &Person) -> Vec<&str> {
    p.roles.iter().map(|r| r.value.as_str()).collect()
}

fn fates(p: &Person) -> Vec<&str> {
    p.fates.iter().map(|r| r.value.as_str()).collect()
}

#[test]
fn an_apposition_gives_age_home_town_and_role() {
    let ps = people(
        "Police said Jorge Medina, 44, of Fresno, was arrested at the scene. \
         Witnesses said Maria Lopez, a cashier at the store, ran outside.",
    );
    let m = person(&ps, "Medina");
    assert_eq!(m.age, Some(44.0));
    assert_eq!(
        m.hometown.as_ref().map(|h| h.value.as_str()),
        Some("Fresno")
    );
    assert_eq!(fates(m), ["arrested"]);
    let l = person(&ps, "Lopez");
    assert_eq!(roles(l), ["cashier"]);
    assert!(l.hometown.is_none());
    assert!(fates(l).is_empty(), "running outside is no fate");
}

#[test]
fn of_a_place_after_a_role_is_no_home_town() {
    // "the mayor of Oakland" names an office, not where she comes from.
    let ps = people("Jean Quan, the mayor of Oakland, said the city would help.");
    let q = person(&ps, "Quan");
    assert!(q.hometown.is_none(), "{q:#?}");
    let ps = people("Jean Quan, a native of Oakland, said the city would help.");
    assert_eq!(
        person(&ps, "Quan")
            .hometown
            .as_ref()
            .map(|h| h.value.as_str()),
        Some("Oakland")
    );
}

#[test]
fn a_place_before_a_person_noun_is_a_home_town_and_a_demonym_a_nationality() {
    let ps = people("A Hayward man, John Smith, was injured in the crash.");
    let s = person(&ps, "Smith");
    assert_eq!(
        s.hometown.as_ref().map(|h| h.value.as_str()),
        Some("Hayward")
    );
    assert_eq!(s.gender, Some("male"));
    assert_eq!(fates(s), ["hurt"]);
    let ps = people("The victim, Peter Green, a Briton, was killed on Sunday.");
    let g = person(&ps, "Green");
    assert_eq!(
        g.nationality.as_ref().map(|h| h.value.as_str()),
        Some("United Kingdom")
    );
    assert!(g.hometown.is_none());
    assert_eq!(fates(g), ["dead"]);
    // A nationality of the police is not the person's.
    let ps = people("French police arrested Marc Dubois on Monday.");
    assert!(person(&ps, "Dubois").nationality.is_none());
}

#[test]
fn a_title_gives_a_role_or_a_gender() {
    let ps = people("Judge James G. Bodiford sentenced him. Mrs. Ann Reed testified.");
    assert_eq!(roles(person(&ps, "Bodiford")), ["judge"]);
    let r = person(&ps, "Reed");
    assert!(roles(r).is_empty());
    assert_eq!(r.gender, Some("female"));
}

#[test]
fn a_killer_is_not_killed() {
    // The person before an active verb did it; the one after it had it done.
    let ps = people("Police say Tom Hale killed his neighbour. Ann Lee died on Friday.");
    assert!(fates(person(&ps, "Hale")).is_empty());
    assert_eq!(fates(person(&ps, "Lee")), ["dead"]);
}

#[test]
fn a_list_of_the_dead_gives_each_a_fate() {
    let ps = people("The dead were identified as Mark Bell and Sara Kim, police said.");
    assert_eq!(fates(person(&ps, "Bell")), ["dead"]);
    assert_eq!(fates(person(&ps, "Kim")), ["dead"]);
    let ps = people("Mark Bell and Sara Kim said the dead were not yet named.");
    assert!(fates(person(&ps, "Bell")).is_empty());
}

fn topics(r: &Value, kind: &str) -> Vec<String> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .map(|f| f["topic"].as_str().unwrap().to_string())
        .collect()
}

fn any_topic(r: &Value, kind: &str, start: &str) -> bool {
    topics(r, kind).iter().any(|t| t.starts_with(start))
}

#[test]
fn two_towns_for_one_person_contradict_a_town_and_its_state_do_not() {
    let r = compare_versions(&[
        (
            "a.txt",
            "Police arrested Jorge Medina, 44, of Fresno, on Monday.",
        ),
        (
            "b.txt",
            "Police arrested Jorge Medina, 44, of Oakland, on Monday.",
        ),
    ]);
    assert!(
        any_topic(&r, "contradiction", "home town of Jorge Medina"),
        "{r:#}"
    );
    let r = compare_versions(&[
        (
            "a.txt",
            "Police arrested Jorge Medina, 44, of Oakland, on Monday.",
        ),
        (
            "b.txt",
            "Police arrested Jorge Medina, 44, of California, on Monday.",
        ),
    ]);
    assert!(!any_topic(&r, "contradiction", "home town"), "{r:#}");
    assert!(any_topic(&r, "compatible", "home town of Jorge Medina"));
}

#[test]
fn a_role_and_its_broader_role_are_compatible_two_jobs_contradict() {
    let r = compare_versions(&[
        (
            "a.txt",
            "Maria Lopez, a cashier, was hurt in the robbery on Monday.",
        ),
        (
            "b.txt",
            "Maria Lopez, an employee, was hurt in the robbery on Monday.",
        ),
    ]);
    assert!(!any_topic(&r, "contradiction", "role"), "{r:#}");
    let r = compare_versions(&[
        (
            "a.txt",
            "Maria Lopez, a cashier, was hurt in the robbery on Monday.",
        ),
        (
            "b.txt",
            "Maria Lopez, a teacher, was hurt in the robbery on Monday.",
        ),
    ]);
    assert!(
        any_topic(&r, "contradiction", "role of Maria Lopez"),
        "{r:#}"
    );
}

#[test]
fn a_person_by_title_and_name_and_by_surname_alone_is_one_person() {
    let r = compare_versions(&[
        (
            "a.txt",
            "Judge James G. Bodiford, of Tallahassee, sentenced the man on Monday.",
        ),
        (
            "b.txt",
            "James Bodiford, of Tallahassee, sentenced the man on Monday. Bodiford spoke briefly.",
        ),
    ]);
    assert!(
        any_topic(&r, "agreement", "home town of James Bodiford"),
        "{r:#}"
    );
    assert!(!any_topic(&r, "contradiction", "name of"), "{r:#}");
}

#[test]
fn a_surname_spelt_two_ways_for_one_person_is_a_name_contradiction() {
    let r = compare_versions(&[
        ("a.txt", "Police arrested Jorge Medina, 44, on Monday."),
        ("b.txt", "Police arrested Jorge Medino, 44, on Monday."),
    ]);
    assert!(
        any_topic(&r, "contradiction", "name of Jorge Medin"),
        "{r:#}"
    );
    // Different ages: two people, no name contradiction.
    let r = compare_versions(&[
        ("a.txt", "Police arrested Jorge Medina, 44, on Monday."),
        ("b.txt", "Police arrested Jorge Medino, 19, on Monday."),
    ]);
    assert!(!any_topic(&r, "contradiction", "name of"), "{r:#}");
}

#[test]
fn dead_and_unhurt_contradict_hurt_and_dead_do_not() {
    let r = compare_versions(&[
        (
            "a.txt",
            "Ann Lee was killed when the bus crashed on Monday.",
        ),
        (
            "b.txt",
            "Ann Lee was unhurt when the bus crashed on Monday.",
        ),
    ]);
    assert!(
        any_topic(&r, "contradiction", "what happened to Ann Lee"),
        "{r:#}"
    );
    let r = compare_versions(&[
        (
            "a.txt",
            "Ann Lee was injured when the bus crashed on Monday.",
        ),
        (
            "b.txt",
            "Ann Lee was killed when the bus crashed on Monday.",
        ),
    ]);
    assert!(!any_topic(&r, "contradiction", "what happened"), "{r:#}");
}

#[test]
fn two_nationalities_contradict_one_told_two_ways_agrees() {
    let r = compare_versions(&[
        (
            "a.txt",
            "Peter Green, a Briton, was killed in the attack on Monday.",
        ),
        (
            "b.txt",
            "Peter Green, a French tourist, was killed in the attack on Monday.",
        ),
    ]);
    assert!(
        any_topic(&r, "contradiction", "nationality of Peter Green"),
        "{r:#}"
    );
    let r = compare_versions(&[
        (
            "a.txt",
            "Peter Green, a Briton, was killed in the attack on Monday.",
        ),
        (
            "b.txt",
            "Peter Green, a British tourist, was killed in the attack on Monday.",
        ),
    ]);
    assert!(!any_topic(&r, "contradiction", "nationality"), "{r:#}");
    assert!(
        any_topic(&r, "agreement", "nationality of Peter Green"),
        "{r:#}"
    );
}

#[test]
fn survived_by_is_no_fate_and_a_state_after_the_town_is_kept() {
    let ps = people("Fred Hale died on Monday. Fred Hale is survived by his wife.");
    assert_eq!(fates(person(&ps, "Hale")), ["dead"]);
    let ps = people("Ann Lee survived the crash on Monday.");
    assert_eq!(fates(person(&ps, "Lee")), ["alive"]);
    let ps = people("Police said Jorge Medina, 44, of Hayward, Calif., was arrested.");
    let m = person(&ps, "Medina");
    assert_eq!(
        m.hometown.as_ref().map(|h| h.value.as_str()),
        Some("Hayward, California")
    );
    assert_eq!(fates(m), ["arrested"]);
}

#[test]
fn a_town_in_another_state_contradicts_one_that_names_its_area_does_not() {
    let r = compare_versions(&[
        (
            "a.txt",
            "Police arrested Jorge Medina, 44, of Hayward, Calif., on Monday.",
        ),
        (
            "b.txt",
            "Police arrested Jorge Medina, 44, of Texas, on Monday.",
        ),
    ]);
    assert!(
        any_topic(&r, "contradiction", "home town of Jorge Medina"),
        "{r:#}"
    );
    let r = compare_versions(&[
        (
            "a.txt",
            "Police arrested Jorge Medina, 44, of Bruce Township, on Monday.",
        ),
        (
            "b.txt",
            "Police arrested Jorge Medina, 44, of Macomb County's Bruce Township, on Monday.",
        ),
    ]);
    assert!(!any_topic(&r, "contradiction", "home town"), "{r:#}");
}
