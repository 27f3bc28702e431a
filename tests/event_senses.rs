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
