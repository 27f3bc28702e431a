//! Which event a fact is about does not hang on the word an outlet chose
//! (issue 12 point 2, issue 13 point 2): an incident word's sense is decided
//! by its neighbours ("opened fire" is a shooting, "riot police" names no
//! riot). Each rule on both sides, in phrasings written for these tests.

use chrono::NaiveDate;
use claimdiff::facts::{Scope, Status};
use claimdiff::{analysis, document::Document};

fn analyze(text: &str) -> analysis::Analysis {
    let date = NaiveDate::from_ymd_opt(2024, 3, 12);
    let doc = Document::from_text("a.txt", text, date);
    analysis::analyze(vec![doc]).remove(0)
}

/// The subjects of every fact read from `text`.
fn subjects_of(text: &str) -> Vec<String> {
    analyze(text)
        .facts
        .facts
        .iter()
        .filter_map(|f| f.subject.clone())
        .collect()
}

/// (kind of the fact's event, on the main event) of the current fact
/// whose value reads `value` in slot `slot`.
fn event_of(text: &str, slot: &str, value: &str) -> Option<(String, bool)> {
    let a = analyze(text);
    a.facts
        .facts
        .iter()
        .filter(|f| f.status == Status::Current && f.scope == Scope::Whole)
        .find(|f| f.slot.as_str() == slot && a.doc.slice(f.span) == value)
        .map(|f| {
            let e = &a.facts.events[f.event];
            (e.kind.clone(), e.main)
        })
}

fn main_kind(text: &str) -> String {
    analyze(text).facts.events[0].kind.clone()
}

#[test]
fn opened_fire_is_a_shooting_not_a_blaze() {
    let text = "A gunman opened fire at a bakery on Tuesday, killing two people and wounding three others.";
    assert_eq!(main_kind(text), "shooting");
    // In a shooting story, the wounded of "opened fire" are the story's own.
    let text = "A gunman shot dead two guards at a shopping mall on Friday. \
                He then opened fire on shoppers, wounding four.";
    assert_eq!(
        event_of(text, "wounded", "four"),
        Some(("shooting".into(), true))
    );
    // A blaze beside a shooting is still another event.
    let text = "A gunman shot dead two guards at a shopping mall on Friday. \
                A fire broke out in a nearby warehouse, injuring four.";
    assert_eq!(
        event_of(text, "wounded", "four"),
        Some(("fire".into(), false))
    );
    // And a blaze story stays a blaze.
    let text = "A fire swept through a warehouse on Friday, injuring four workers.";
    assert_eq!(main_kind(text), "fire");
}

#[test]
fn words_that_name_no_incident_make_none() {
    // "riot police" after a bombing is no riot: the detained are the story's.
    let text = "A bomb exploded outside a court on Monday, injuring six people. \
                Riot police sealed off the square and 12 people were arrested.";
    assert_eq!(main_kind(text), "explosion");
    assert_eq!(
        event_of(text, "arrested", "12"),
        Some(("explosion".into(), true))
    );
    // A riot that broke out is one.
    let text = "A bomb exploded outside a court on Monday, injuring six people. \
                A riot broke out in the square hours later and 12 people were arrested.";
    assert_eq!(event_of(text, "arrested", "12").map(|e| e.1), Some(false));
    // A headline's "under fire" is criticism: the story is the flood.
    let text = "Mayor under fire over flood response\n\nFlooding killed 12 people in the valley on Sunday.";
    assert_eq!(main_kind(text), "flood");
}

#[path = "common/versions.rs"]
mod versions;
use versions::{compare_json, has};

fn contradictions(r: &serde_json::Value) -> Vec<&serde_json::Value> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "contradiction")
        .collect()
}

#[test]
fn an_incident_of_another_day_year_or_kind_stays_apart() {
    // Named with a day of its own, it is another night's.
    let text = "Riots broke out in the capital late on Saturday. \
                On Monday, youths hurled petrol bombs at four banks, police said.";
    assert_eq!(event_of(text, "count", "four").map(|e| e.1), Some(false));
    // Introduced as a new one, or dated by the year, it is another event.
    let text = "A gunman shot dead two guards at a mall in Denver on Friday. \
                Earlier this year, a former student was charged with murder after killing three people.";
    assert_eq!(event_of(text, "killed", "three").map(|e| e.1), Some(false));
    // A stabbing is never a shooting's part.
    let text = "A gunman shot dead two guards at a mall on Friday. \
                Police said the stabbing left three people hurt.";
    assert_eq!(event_of(text, "wounded", "three").map(|e| e.1), Some(false));
}

const NIGHT: &str = " date 2019-06-09 Rioters fought running battles with police in the city centre late on Saturday, police said.";

#[test]
fn counts_under_one_family_of_harm_meet() {
    // "set fire to", "attacked" and "firebombed" count one set of banks.
    let a = format!("{NIGHT} Youths set fire to three banks and a post office.");
    let b = format!("{NIGHT} Youths attacked a government building, four shops and two banks.");
    let c = format!("{NIGHT} Youths firebombed at least three banks.");
    let r = compare_json(&[("a.txt", &a), ("b.txt", &b), ("c.txt", &c)]);
    assert!(has(&r, "contradiction", "number", "b.txt", "two"), "{r:#}");
    // Different fates are different counts: banks attacked, banks closed;
    // homes destroyed, homes damaged.
    let a = format!("{NIGHT} Youths attacked three banks.");
    let b = format!("{NIGHT} Two banks were closed on Sunday.");
    let r = compare_json(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
    let a = format!("{NIGHT} The clashes destroyed 12 homes.");
    let b = format!("{NIGHT} The clashes damaged 40 homes.");
    let r = compare_json(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(contradictions(&r).is_empty(), "{r:#}");
}

#[test]
fn a_list_object_takes_the_verb_that_heads_the_list() {
    let subjects = subjects_of("Rioters attacked a government building, four shops and two banks.");
    assert!(
        subjects.iter().any(|s| s == "banks (attack)"),
        "{subjects:?}"
    );
    // The verb of the count's own clause, or none: no list.
    let subjects = subjects_of("Rioters torched cars in the north, and three banks stayed shut.");
    assert!(
        !subjects.iter().any(|s| s.starts_with("banks (")),
        "{subjects:?}"
    );
    // "assault rifles" is an item, not the verb of the list.
    let subjects =
        subjects_of("The navy recovered seven assault rifles, two launchers and three speedboats.");
    assert!(
        !subjects.iter().any(|s| s.ends_with("(attack)")),
        "{subjects:?}"
    );
}

#[test]
fn parts_of_a_toll_and_tolls_that_did_not_happen_are_no_toll() {
    // "two women and one man died": neither count is the toll.
    let text = "Three people died on Wednesday when rioters set fire to a bank. \
                Police said two women and one man died inside.";
    assert_eq!(event_of(text, "killed", "one"), None);
    assert!(event_of(text, "killed", "Three").is_some());
    // Two tolls of two verbs are each whole.
    let text = "A gunman opened fire on Friday, killing two women and wounding one man.";
    assert!(event_of(text, "killed", "two").is_some());
    assert!(event_of(text, "wounded", "one").is_some());
    // A counterfactual and a near miss count no dead.
    let text = "A gunman shot a deputy on Friday. There might have been two people killed, the sheriff said.";
    assert_eq!(event_of(text, "killed", "two"), None);
    let text = "A gunman shot a deputy on Friday. He had a record, including two nearly killed in a 2009 attack.";
    assert_eq!(event_of(text, "killed", "two"), None);
    // "nearly 200 killed" is a rounding, still a toll.
    let text = "The quake on Friday left nearly 200 people killed, officials said.";
    assert!(event_of(text, "killed", "nearly 200").is_some());
}
