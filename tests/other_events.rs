//! A value told of another event, or of a person's own place, is never set
//! against the story's own (issue 13, point 2): an incident of the story's
//! class introduced anew on another day ("a suspect in a shooting that
//! happened Wednesday"), a previous instance of a non-incident event ("the
//! last such patch", "the previous version"), a witness's own floor ("We're
//! on the fifth floor, barricaded in"). Each rule on both sides, in phrasings
//! written for these tests: the look-alike stays silent, a true contradiction
//! of the same shape is still reported.

#[path = "common/versions.rs"]
mod versions;
use serde_json::Value;
use versions::{compare_json as compare, has};

fn contradictions(report: &Value) -> Vec<&Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "contradiction")
        .collect()
}

const DEPUTY_SAT: &str = " date 2023-03-12 A gunman shot a sheriff's deputy outside a liquor store on Saturday, officials said. The deputy died at a hospital.";

#[test]
fn an_incident_introduced_anew_on_another_day_is_another() {
    // The version dates its story only by the officials' statement: its one
    // day of a shooting is the other shooting's, set against nothing.
    let a = " date 2023-03-12 A gunman shot and killed a sheriff's deputy outside a liquor store, officials said Saturday. The deputy died at a hospital. The suspect was arrested hours later in a nearby house. He had been on parole since January. Detectives said the deputy had been looking for him because he was a suspect in a shooting that happened at a gas station on Wednesday.";
    let b = DEPUTY_SAT.replace("Saturday", "Friday");
    let r = compare(&[("a.txt", a), ("b.txt", &b)]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    // Introduced with "a" on the story's own day, it is the story's: a
    // version that dates the shooting otherwise still contradicts.
    let a = format!(
        "{DEPUTY_SAT} The suspect was arrested hours later in a nearby house. He had been on parole since January. Officers had been called to a shooting outside the store on Saturday night, the sheriff said."
    );
    let b = DEPUTY_SAT.replace("Saturday", "Thursday");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "Saturday"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "date", "b.txt", "Thursday"),
        "{r:#}"
    );
}

const PATCH: &str = " date 2008-12-18 Microsoft released an emergency patch for Internet Explorer on Wednesday, Dec. 17. The flaw had been exploited by attackers for a week.";

#[test]
fn a_previous_release_is_not_this_ones() {
    // The version gives no day of its own release: its one day of a release
    // is the earlier one's, set against nothing.
    for earlier in [
        " The last such emergency patch, a fix for a Windows flaw, was released on Oct. 23.",
        " The previous version of the browser was released on March 19.",
    ] {
        let a = format!(
            " date 2008-12-18 Microsoft issued an emergency fix for Internet Explorer, the company said. The flaw had been exploited by attackers for a week.{earlier}"
        );
        let r = compare(&[("a.txt", &a), ("b.txt", PATCH)]);
        assert!(contradictions(&r).is_empty(), "{earlier}: {r:#}");
    }
    let b = PATCH.replace("Wednesday, Dec. 17", "Friday, Dec. 12");
    let r = compare(&[("a.txt", PATCH), ("b.txt", &b)]);
    assert!(
        has(&r, "contradiction", "date", "a.txt", "Dec. 17"),
        "{r:#}"
    );
    assert!(
        has(&r, "contradiction", "date", "b.txt", "Dec. 12"),
        "{r:#}"
    );
}

const UNPLACED: &str = " date 2022-05-03 A gunman opened fire in an office tower on Monday, killing two people, police said.";
const TOWER: &str = " date 2022-05-03 A gunman opened fire on the second floor of an office tower on Monday, killing two people, police said.";

#[test]
fn a_witness_own_floor_is_not_the_events() {
    for witness in [
        " \"We're on the fifth floor, barricaded in,\" said Ann Lee, a clerk in the tower.",
        " Mark Ruiz, who works on the ninth floor, said he heard six shots.",
        " \"I was on the fourth floor when the gunman walked in,\" said Ann Lee.",
        " A clerk said she had been hiding in a fifth-floor storeroom.",
    ] {
        // The version gives no floor of its own: a version at odds with
        // itself would be set aside whatever the rule.
        let a = format!("{UNPLACED}{witness}");
        let r = compare(&[("a.txt", &a), ("b.txt", TOWER)]);
        assert!(contradictions(&r).is_empty(), "{witness}: {r:#}");
    }
    // A floor where the act itself is told is the event's.
    let a = " date 2022-05-03 A gunman opened fire in an office tower on Monday, killing two people, police said. \"I was shot on the fourth floor,\" said Ann Lee, a clerk.";
    let r = compare(&[("a.txt", a), ("b.txt", TOWER)]);
    assert!(
        has(&r, "contradiction", "number", "a.txt", "fourth floor"),
        "{r:#}"
    );
    let b = TOWER.replace("second", "fourth");
    let r = compare(&[("a.txt", TOWER), ("b.txt", &b)]);
    assert!(
        has(&r, "contradiction", "number", "b.txt", "fourth floor"),
        "{r:#}"
    );
}
