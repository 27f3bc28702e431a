//! Agreement and compatible findings for what is not a number: quotations of
//! one speaker quoted with more or fewer words, quotation marks as text
//! re-joined from tokens writes them, and a person several versions name.
//! Each rule on phrasings where it fires and on
//! look-alikes where it must stay silent.

#[path = "common/versions.rs"]
mod versions;
use versions::{about, compare_json as compare, findings, has, quote_texts};

#[test]
fn closing_marks_after_a_space_close_the_quote() {
    // Re-joined tokens put a space before the closing mark.
    assert_eq!(
        quote_texts("\"The river rose all night long, \"the mayor said on Sunday."),
        vec!["The river rose all night long,"]
    );
    assert_eq!(
        quote_texts("The mayor said: \"The river rose all night long. \"\n\nShops stayed shut."),
        vec!["The river rose all night long."]
    );
    // A mark after a space that follows no final punctuation still opens a
    // new quote, and two ordinary quotes stay two.
    assert_eq!(
        quote_texts("He called it \"a mess\" and \"a shame\" on Monday."),
        vec!["a mess", "a shame"]
    );
}

#[test]
fn a_quote_over_paragraphs_with_spaced_marks_is_read_whole() {
    let q = quote_texts(
        "The chief said: \"It began in the loading bay. \"\n\n\"It then reached the roof quickly.\n\n\"We kept it from the shop floor. \"\n\nThe road was closed.",
    );
    assert!(
        q.iter().any(|s| s == "It then reached the roof quickly."),
        "{q:?}"
    );
    assert!(
        q.iter().any(|s| s == "It began in the loading bay."),
        "{q:?}"
    );
}

#[test]
fn words_left_out_of_a_quotation_are_compatible_not_a_contradiction() {
    let a = "The suspect is still at large. \"That man is armed and must be caught before he hurts anyone,\" said Sergeant Paula Ortiz of the county police.";
    let b = "The suspect is still at large. \"That man must be caught before he hurts anyone,\" Ortiz said at a briefing.";
    let r = compare(&[("a.txt", a), ("b.txt", b)]);
    assert!(
        has(
            &r,
            "compatible",
            "quote",
            "b.txt",
            "That man must be caught"
        ),
        "{r:#}"
    );
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn a_dropped_negation_or_a_changed_word_is_still_a_contradiction() {
    let a =
        "\"We will not reopen the bridge before the spring thaw arrives,\" said Mayor Ruth Kemp.";
    let b = "\"We will reopen the bridge before the spring thaw arrives,\" said Mayor Ruth Kemp.";
    let r = compare(&[("a.txt", a), ("b.txt", b)]);
    assert!(
        !findings(&r, "contradiction", "quote").is_empty(),
        "a dropped 'not' changes the quotation: {r:#}"
    );
    let c = "\"We will reopen the tunnel before the spring thaw arrives,\" said Mayor Ruth Kemp.";
    let r = compare(&[("b.txt", b), ("c.txt", c)]);
    assert!(
        !findings(&r, "contradiction", "quote").is_empty(),
        "a changed word: {r:#}"
    );
}

#[test]
fn quotations_overlapping_in_extent_are_compatible() {
    let a = "\"The water came in fast and we lost the whole ground floor of the museum,\" curator Ines Lopez said.";
    let b = "\"We lost the whole ground floor of the museum and most of the archive,\" Lopez said.";
    let r = compare(&[("a.txt", a), ("b.txt", b)]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    assert!(!findings(&r, "compatible", "quote").is_empty(), "{r:#}");
}

#[test]
fn a_contraction_spaced_by_the_page_is_the_same_quotation() {
    let a = "\"We'll keep the shelters open for as long as families need them,\" the mayor said.";
    let b = "\"We ’ ll keep the shelters open for as long as families need them,\" the mayor said.";
    let r = compare(&[("a.txt", a), ("b.txt", b)]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn quotations_of_two_speakers_stay_apart() {
    // Close in wording, but said by two different people.
    let a = "\"The fire spread to the roof within minutes,\" said fire officer Dan Reyes.";
    let b = "\"The fire spread to the roof within an hour,\" said shop owner Mia Chen.";
    let r = compare(&[("a.txt", a), ("b.txt", b)]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn versions_that_name_one_person_agree_on_the_name() {
    let a = "A storm flooded Dorrington on Monday. Emergency planning chief Karel Novak said 40 homes were evacuated.";
    let b = "Floods hit Dorrington on Monday. Karel Novak, the county's emergency planning chief, said homes were evacuated.";
    let c = "Heavy rain flooded the town of Dorrington on Monday, and roads were closed.";
    let r = compare(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert!(
        has(&r, "agreement", "actor", "a.txt", "Karel Novak")
            && has(&r, "agreement", "actor", "b.txt", "Karel Novak"),
        "{r:#}"
    );
    // A person only one version names gives no agreement.
    let r = compare(&[("a.txt", a), ("c.txt", c)]);
    assert!(
        !findings(&r, "agreement", "actor")
            .iter()
            .any(|f| f["topic"].as_str().unwrap_or("").contains("Novak")),
        "{r:#}"
    );
}

/// A finding of one of `kinds` about `topic` gives `text` for `file`.
fn gives_any(r: &serde_json::Value, kinds: &[&str], topic: &str, file: &str, text: &str) -> bool {
    kinds.iter().any(|k| {
        about(r, k, topic)
            .iter()
            .any(|f| f["values"][file].as_str().is_some_and(|v| v.contains(text)))
    })
}

const BOARDED: &str =
    " date 2024-05-02 On Thursday the navy intercepted the pirates off the coast.";

#[test]
fn a_count_told_without_its_verb_meets_the_same_count_with_it() {
    let a = format!("{BOARDED} Aboard their boats were six rifles, 12 magazines and about 300 rounds of ammunition.");
    let b =
        format!("{BOARDED} Six rifles and 300 rounds of ammunition were seized from the boats.");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(
        gives_any(
            &r,
            &["agreement", "compatible"],
            "rounds",
            "a.txt",
            "about 300"
        ),
        "{r:#}"
    );
    assert!(
        gives_any(&r, &["agreement", "compatible"], "rounds", "b.txt", "300"),
        "{r:#}"
    );
    assert!(about(&r, "contradiction", "rounds").is_empty(), "{r:#}");
}

#[test]
fn a_bare_count_stays_apart_when_it_does_not_fit_or_its_verb_is_unclear() {
    // 300 against 120: perhaps another count (those found, those seized);
    // nothing joins them, and nothing is called a contradiction.
    let a = format!("{BOARDED} Aboard their boats were six rifles, 12 magazines and about 300 rounds of ammunition.");
    let b =
        format!("{BOARDED} Six rifles and 120 rounds of ammunition were seized from the boats.");
    let r = compare(&[("a.txt", &a), ("b.txt", &b)]);
    assert!(
        !gives_any(
            &r,
            &["agreement", "compatible", "contradiction"],
            "rounds",
            "a.txt",
            "300"
        ),
        "{r:#}"
    );
    // The noun is counted under two acts: the bare count could be either.
    let c = format!("{BOARDED} The pirates fired 300 rounds at the ship before they were caught.");
    let r = compare(&[("a.txt", &a), ("b.txt", &b), ("c.txt", &c)]);
    assert!(
        !gives_any(&r, &["agreement", "compatible"], "rounds", "a.txt", "300"),
        "{r:#}"
    );
}
