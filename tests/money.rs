//! Money as facts: sums read whole (with what the news text does to them),
//! tied to what they are the value of, and compared within one currency
//! while currencies are only ever said to fit. Each rule fires on one side
//! and stays silent on the other; the phrasings are the tests' own.

#[path = "common/versions.rs"]
mod versions;
use claimdiff::facts::{Fact, Slot, Value};
use versions::{about, compare_json as compare};

/// The sums one text gives: (words, currency, low end, subject).
fn sums(text: &str) -> Vec<(String, String, f64, String)> {
    let an = versions::analyze(&[("a.txt", text)]);
    let a = &an[0];
    a.facts
        .facts
        .iter()
        .filter(|f: &&Fact| f.slot == Slot::Money)
        .map(|f| {
            let Value::Number { interval, unit } = &f.value else {
                panic!("a sum is a number: {f:?}");
            };
            (
                f.span.of(&a.doc.text).to_string(),
                unit.clone().unwrap_or_default(),
                interval.low.value().unwrap_or(f64::NAN),
                f.subject.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn story(value: &str) -> String {
    // The sum in the lead: a story whose lead names no incident compares
    // only the lead's figures firmly.
    format!("Armed robbers stole watches and rings worth {value} from a jewellery store in Lyon on Monday, police said. The shop was closed.")
}

#[test]
fn a_sum_broken_by_a_stray_space_or_hyphen_is_read_whole() {
    let s = sums("Thieves snatched jewels worth $3. 4 million from the shop.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!((s[0].1.as_str(), s[0].2), ("USD", 3.4e6), "{s:?}");
    assert_eq!(s[0].3, "haul", "{s:?}");
    let s = sums("The gang got away with £640, 000 in cash and gems.");
    assert_eq!(s[0].2, 640_000.0, "{s:?}");
    let s = sums("They made off with $45-million of gold bars.");
    assert_eq!(s[0].2, 45e6, "{s:?}");
    // A sum followed by a sentence that opens with a number stays whole.
    let s = sums("The ticket cost $3. 4 men were seen leaving.");
    assert!(s.iter().all(|x| x.2 == 3.0), "{s:?}");
}

#[test]
fn a_letter_for_a_currency_is_read_only_before_a_scale_word() {
    let s = sums("Burglars took e60 million of paintings from the villa.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!((s[0].1.as_str(), s[0].2), ("EUR", 6e7), "{s:?}");
    let s = sums("The smugglers were paid R12 million for the diamonds.");
    assert_eq!(s[0].1, "ZAR", "{s:?}");
    // A model name or a road is not a sum.
    assert!(sums("He drove an e60 along the R12 to the coast.").is_empty());
}

#[test]
fn a_currency_word_in_brackets_after_a_sum_is_its_conversion() {
    let s = sums("Robbers stole gems worth 40 million euros (35 million pounds) on Friday.");
    let pounds: Vec<_> = s.iter().filter(|x| x.1 == "GBP").collect();
    assert_eq!(pounds.len(), 1, "{s:?}");
    assert_eq!((pounds[0].2, pounds[0].3.as_str()), (35e6, "haul"), "{s:?}");
    // Pounds outside brackets may be pounds of weight.
    let s = sums("The charity shipped 40 million euros of aid and 35 million pounds of grain.");
    assert!(s.iter().all(|x| x.1 != "GBP"), "{s:?}");
}

#[test]
fn a_sum_takes_its_subject_from_the_words_around_it() {
    let s = sums("The kidnappers demanded a ransom of $2 million for the engineer.");
    assert_eq!(s[0].3, "ransom", "{s:?}");
    let s = sums("Storm damage across the county was put at $80 million.");
    assert_eq!(s[0].3, "damage", "{s:?}");
    // No subject word: a loose subject.
    let s = sums("The figure of $2 million was mentioned twice.");
    assert!(s[0].3.starts_with('~'), "{s:?}");
}

#[test]
fn two_sums_of_one_haul_in_one_currency_contradict() {
    let r = compare(&[
        ("a.txt", &story("40 million euros")),
        ("b.txt", &story("46 million euros")),
    ]);
    assert_eq!(
        about(&r, "contradiction", "value of the haul").len(),
        1,
        "{r:#}"
    );
    // Rounding and "more than" fit.
    let r = compare(&[
        ("a.txt", &story("40 million euros")),
        ("b.txt", &story("40.6 million euros")),
        ("c.txt", &story("more than 40 million euros")),
    ]);
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
    assert!(
        !about(&r, "compatible", "value of the haul").is_empty(),
        "{r:#}"
    );
}

#[test]
fn an_estimate_of_a_sum_is_held_to_its_value() {
    let r = compare(&[
        ("a.txt", &story("an estimated $102 million")),
        ("b.txt", &story("$108 million")),
    ]);
    assert_eq!(
        about(&r, "contradiction", "value of the haul").len(),
        1,
        "{r:#}"
    );
    let r = compare(&[
        ("a.txt", &story("an estimated $108 million")),
        ("b.txt", &story("$108 million")),
    ]);
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
}

#[test]
fn sums_in_different_currencies_never_contradict_and_fit_at_rough_rates() {
    let r = compare(&[
        ("a.txt", &story("40 million euros")),
        ("b.txt", &story("$52 million")),
    ]);
    let c = about(&r, "compatible", "value of the haul");
    assert_eq!(c.len(), 1, "{r:#}");
    assert!(
        c[0]["explanation"]
            .as_str()
            .unwrap()
            .contains("different currencies"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
    // Far apart at any rate: nothing is said.
    let r = compare(&[
        ("a.txt", &story("40 million euros")),
        ("b.txt", &story("$95 million")),
    ]);
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
    assert!(about(&r, "compatible", "value").is_empty(), "{r:#}");
}

#[test]
fn sums_many_times_apart_or_possibly_other_dollars_are_not_held_against_each_other() {
    // An earlier heist's sum told beside the story's.
    let r = compare(&[
        ("a.txt", &story("2 million euros")),
        ("b.txt", &story("90 million euros")),
    ]);
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
    // "$" may be another country's dollar when the sums are some way apart...
    let r = compare(&[
        ("a.txt", &story("$130 million")),
        ("b.txt", &story("$108 million")),
    ]);
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
    // ... but not when both say they are US dollars.
    let r = compare(&[
        ("a.txt", &story("US$130 million")),
        ("b.txt", &story("US$108 million")),
    ]);
    assert_eq!(about(&r, "contradiction", "value").len(), 1, "{r:#}");
}

#[test]
fn sums_with_no_subject_or_of_different_things_never_contradict() {
    let plain = |v: &str| {
        format!("Armed men raided a jewellery store in Lyon on Monday. A figure of {v} was given, police said.")
    };
    let r = compare(&[
        ("a.txt", &plain("$3 million")),
        ("b.txt", &plain("$4 million")),
    ]);
    assert!(about(&r, "contradiction", "um").is_empty(), "{r:#}");
    let r = compare(&[
        ("a.txt", "Armed men raided a jewellery store in Lyon on Monday. A reward of $50,000 was offered, police said."),
        ("b.txt", "Armed men raided a jewellery store in Lyon on Monday. Bail was set at $60,000, police said."),
    ]);
    assert!(about(&r, "contradiction", "value").is_empty(), "{r:#}");
}
