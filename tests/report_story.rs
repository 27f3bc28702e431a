//! The report shows the story: omissions only of what a reader looks for,
//! grouped by the versions they concern; a headline counted once with its
//! lead; every finding naming its event instance in plain words.

#[path = "common/versions.rs"]
mod versions;

use claimdiff::{compare, render};
use serde_json::Value;
use versions::{analyze, compare_json as json};

fn text(versions: &[(&str, &str)]) -> String {
    let an = analyze(versions);
    let cmp = compare::compare(&an);
    let mut out = Vec::new();
    let style = render::Style {
        color: false,
        width: 200,
        hidden: render::KindSet::default(),
    };
    render::compare_text(&mut out, &an, &cmp, style).unwrap();
    String::from_utf8(out).unwrap()
}

fn omissions(r: &Value) -> Vec<&Value> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "omission")
        .collect()
}

/// An omission whose value in `file` holds `words`.
fn omitted(r: &Value, file: &str, words: &str) -> bool {
    omissions(r).iter().any(|f| {
        f["values"][file]
            .as_str()
            .is_some_and(|v| v.contains(words))
    })
}

const QUAKE_A: &str = " date 2025-03-10 A strong earthquake struck southern Peru on Monday, \
    killing 12 people, officials said. Interior minister Juan Carlos Ramos said rescue teams \
    reached the town of Huanta. A local journalist said the roads were blocked. Police said 30 \
    homes were destroyed. The Peruvian army evacuated the hospital in Huanta on Tuesday. The \
    Peruvian army attacked looters in the market of Huanta.";
const QUAKE_B: &str = " date 2025-03-10 A strong earthquake struck southern Peru on Monday, \
    killing 12 people, officials said. The Peruvian army sent soldiers to Huanta.";
const QUAKE_C: &str = " date 2025-03-11 An earthquake struck southern Peru on Monday and killed \
    12 people, officials said. The 2004 tsunami killed 5,000 people in the region, according \
    to the Peruvian Red Cross.";

#[test]
fn omissions_are_the_facts_a_reader_looks_for() {
    let r = json(&[("a.txt", QUAKE_A), ("b.txt", QUAKE_B), ("c.txt", QUAKE_C)]);
    // A figure, a person named by name, a dated act: reported.
    assert!(omitted(&r, "a.txt", "30"), "{r:#}");
    assert!(omitted(&r, "a.txt", "Juan Carlos Ramos"), "{r:#}");
    assert!(omitted(&r, "a.txt", "evacuated the hospital"), "{r:#}");
    assert!(omitted(&r, "c.txt", "5,000"), "{r:#}");
    // An undated act of nobody named, a person described but not named:
    // not reported.
    assert!(!omitted(&r, "a.txt", "attacked looters"), "{r:#}");
    assert!(!omitted(&r, "a.txt", "journalist"), "{r:#}");
}

#[test]
fn an_organization_is_omitted_only_when_some_version_gives_it_as_a_source() {
    let source = json(&[
        ("a.txt", QUAKE_B),
        ("b.txt", " date 2025-03-10 A strong earthquake struck southern Peru on Monday, killing 12 people, according to the Peruvian Red Cross."),
    ]);
    assert!(omitted(&source, "b.txt", "Red Cross"), "{source:#}");
    let bystander = json(&[
        ("a.txt", QUAKE_B),
        ("b.txt", " date 2025-03-10 A strong earthquake struck southern Peru on Monday, killing 12 people, officials said. The Red Cross sent tents to the region."),
    ]);
    assert!(!omitted(&bystander, "b.txt", "Red Cross"), "{bystander:#}");
}

#[test]
fn the_text_report_groups_omissions_by_the_versions_they_concern() {
    let t = text(&[("a.txt", QUAKE_A), ("b.txt", QUAKE_B), ("c.txt", QUAKE_C)]);
    let only_a = t.find("Only a.txt gives:").expect(&t);
    let only_c = t.find("Only c.txt gives:").expect(&t);
    let ramos = t.find("Juan Carlos Ramos (person)").expect(&t);
    let homes = t.find("number of homes").expect(&t);
    let tsunami = t.find("people killed · the 2004 tsunami").expect(&t);
    // a's facts under a's heading, c's under c's, each heading once.
    assert!(
        only_a < ramos && only_a < homes && ramos < only_c && homes < only_c,
        "{t}"
    );
    assert!(only_c < tsunami, "{t}");
    assert_eq!(t.matches("Only a.txt gives:").count(), 1, "{t}");
    // Two versions of three give it: it is what the third leaves out.
    let r = text(&[
        ("a.txt", QUAKE_B),
        ("b.txt", " date 2025-03-10 A strong earthquake struck southern Peru on Monday, killing 12 people, according to the Peruvian Red Cross."),
        ("c.txt", " date 2025-03-10 An earthquake struck southern Peru on Monday, killing 12 people, the Peruvian Red Cross said."),
    ]);
    assert!(r.contains("What a.txt leaves out that others give:"), "{r}");
}

#[test]
fn a_headline_the_lead_restates_is_counted_once() {
    let restated = "Turkmen election to have 2 parties for first time\n\nVoters in \
        Turkmenistan elect a parliament on Sunday. Two parties are running for the first time, \
        officials said.\n";
    let other = "Turkmenistan votes for a new parliament\n\nVoters in Turkmenistan elect a \
        parliament on Sunday, officials said. The vote was calm.\n";
    let an = analyze(&[("a.txt", restated)]);
    let doc = &an[0].doc;
    let title = doc.title.expect("a title");
    assert!(
        an[0].facts.facts.iter().all(|f| !title.contains(f.span)),
        "the headline's 2 parties is the lead's two parties"
    );
    let r = json(&[("a.txt", restated), ("b.txt", other)]);
    let parties: Vec<&Value> = omissions(&r)
        .into_iter()
        .filter(|f| f["topic"].as_str().unwrap().contains("parties"))
        .collect();
    assert_eq!(parties.len(), 1, "{r:#}");
    assert_eq!(parties[0]["values"]["a.txt"], "Two", "{r:#}");

    // A headline fact the body does not restate stays.
    let alone = "Turkmen election to have 2 parties for first time\n\nVoters in \
        Turkmenistan elect a parliament on Sunday, officials said.\n";
    let an = analyze(&[("a.txt", alone)]);
    let title = an[0].doc.title.expect("a title");
    assert!(
        an[0].facts.facts.iter().any(|f| title.contains(f.span)),
        "the headline's 2 parties is its own fact"
    );
}

#[test]
fn every_finding_names_its_event_instance() {
    let r = json(&[("a.txt", QUAKE_A), ("b.txt", QUAKE_B), ("c.txt", QUAKE_C)]);
    let findings = r["findings"].as_array().unwrap();
    let label = |words: &str| {
        findings
            .iter()
            .find(|f| {
                f["values"]
                    .as_object()
                    .unwrap()
                    .values()
                    .any(|v| v.as_str().is_some_and(|v| v.contains(words)))
            })
            .map(|f| f["event_label"].clone())
    };
    // The story's own quake, dated by its lead; an earlier one by its year.
    assert_eq!(
        label("12"),
        Some(Value::from("the March 10 quake")),
        "{r:#}"
    );
    assert_eq!(
        label("5,000"),
        Some(Value::from("the 2004 tsunami")),
        "{r:#}"
    );
    // A person named in the story belongs to the story's event.
    assert_eq!(
        label("Juan Carlos Ramos"),
        Some(Value::from("the March 10 quake")),
        "{r:#}"
    );
    assert!(
        findings.iter().all(|f| f["event_label"].is_string()),
        "{r:#}"
    );
    // The text report names it too.
    let t = text(&[("a.txt", QUAKE_A), ("b.txt", QUAKE_B), ("c.txt", QUAKE_C)]);
    assert!(
        t.contains("Juan Carlos Ramos (person) · the March 10 quake"),
        "{t}"
    );
}

#[test]
fn a_story_with_no_incident_does_not_repeat_its_own_event_on_every_line() {
    // Two versions of a policy story: the lead names no incident, so its
    // own event would read "the events of June 3" beside every person.
    let a = " date 2025-06-03 The finance minister, Elena Marquez, on Tuesday presented a budget \
             that cuts fuel subsidies by 12 percent. Opposition leader Tomas Ferrer called it reckless.";
    let b = " date 2025-06-03 Finance minister Elena Marquez presented the budget on Tuesday, \
             with a 12 percent cut to fuel subsidies.";
    let r = json(&[("a.txt", a), ("b.txt", b)]);
    let ferrer = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["topic"].as_str().unwrap_or("").contains("Tomas Ferrer"))
        .cloned()
        .unwrap_or_else(|| panic!("{r:#}"));
    // JSON still names it ...
    assert!(ferrer["event_label"].is_string(), "{ferrer:#}");
    // ... but the text report leaves it off for the story's own event,
    let t = text(&[("a.txt", a), ("b.txt", b)]);
    let line = t
        .lines()
        .find(|l| l.contains("Tomas Ferrer (person)"))
        .unwrap_or_else(|| panic!("{t}"));
    assert!(!line.contains(" · the "), "{line}");
    // while a story with an incident keeps it (see the test above).
    let q = text(&[("a.txt", QUAKE_A), ("b.txt", QUAKE_B), ("c.txt", QUAKE_C)]);
    assert!(q.contains("· the March 10 quake"), "{q}");
}

#[test]
fn the_text_report_shows_the_first_few_omissions_of_a_version_and_counts_the_rest() {
    let names = [
        "Ada Brill",
        "Ben Corra",
        "Cal Dorn",
        "Dee Ember",
        "Eli Frost",
        "Fay Gable",
        "Gus Hale",
        "Ivy Jordan",
        "Jon Keel",
        "Kit Lowe",
        "Lou Marsh",
    ];
    let said: String = names
        .iter()
        .map(|n| format!("Neighbor {n} said the roof fell in. "))
        .collect();
    let a = format!(
        " date 2024-11-04 A fire tore through a furniture warehouse in Akron on Sunday night, \
         fire officials said. {said}"
    );
    let b = " date 2024-11-04 A fire tore through a furniture warehouse in Akron on Sunday \
        night, fire officials said.";
    let t = text(&[("a.txt", &a), ("b.txt", b)]);
    let shown = names.iter().filter(|n| t.contains(*n)).count();
    assert!(shown <= 8, "{t}");
    assert!(
        t.contains("more (--only omission or --format json lists them all)"),
        "{t}"
    );
    // Asked for omissions alone, the report lists every one.
    let an = analyze(&[("a.txt", &a), ("b.txt", b)]);
    let cmp = compare::compare(&an);
    let mut out = Vec::new();
    let style = render::Style {
        color: false,
        width: 200,
        hidden: render::KindSet::of(&[compare::Kind::Omission]).complement(),
    };
    render::compare_text(&mut out, &an, &cmp, style).unwrap();
    let all = String::from_utf8(out).unwrap();
    let listed = names.iter().filter(|n| all.contains(*n)).count();
    assert!(listed > shown, "{all}");
    assert!(!all.contains("lists them all"), "{all}");
}
