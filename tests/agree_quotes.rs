//! Quotations found and matched across versions where wire copy and relayed
//! reporting make them hard to see: a quote running on through paragraphs
//! with no opening mark, one utterance credited to two sources, one word in
//! two spellings; and the look-alikes that must stay apart (two short remarks
//! that share only small words). Each rule where it fires and where it stays
//! silent.

#[path = "common/versions.rs"]
mod versions;
use versions::{compare_json as compare, findings, has, quote_texts};

#[test]
fn a_quote_runs_on_through_paragraphs_without_an_opening_mark() {
    // Wire copy: opened once, closed paragraphs later with a mark that only closes.
    assert_eq!(
        quote_texts(
            "Police said: ``The blaze spread quickly through the warehouse.\n\nIt is being treated as arson.''"
        ),
        vec!["The blaze spread quickly through the warehouse.", "It is being treated as arson."]
    );
    assert_eq!(
        quote_texts(
            "\u{201C}We lost the roof first.\n\nThe walls went next.\n\nWe have nothing left,\u{201D} the owner said."
        ),
        vec!["We lost the roof first.", "The walls went next.", "We have nothing left,"]
    );
}

#[test]
fn a_quote_without_its_close_does_not_run_on() {
    // Never closed: nothing is a quote.
    assert!(quote_texts(
        "\u{201C}The dam held overnight.\n\nWater fell by noon.\n\nRoads reopened."
    )
    .is_empty());
    // The next paragraph opens a quote of its own: the open one is dropped.
    assert_eq!(
        quote_texts("\u{201C}The dam held overnight.\n\nShe said \u{201C}we ran\u{201D} and left."),
        vec!["we ran"]
    );
    // An opening mark typed where a closing one belongs leaves the quote
    // mis-nested: the plain paragraphs after it are not swallowed.
    let q = quote_texts(
        "``We made the decision, ``said the coach.\n\nThe team flew home on Sunday.\n\nIt lost again on Monday.''",
    );
    assert!(q.iter().all(|q| !q.contains("flew home")), "{q:?}");
}

#[test]
fn one_utterance_credited_to_two_sources_agrees() {
    let r = compare(&[
        (
            "a.txt",
            "The bullet \"is a bit deformed, which showed it touched a hard surface\" before it hit the boy, court sources said on Tuesday.",
        ),
        (
            "b.txt",
            "Forensic experts said the bullet \"is a bit deformed, which showed it touched a hard surface\" before it hit the boy.",
        ),
    ]);
    assert!(
        has(&r, "agreement", "quote", "a.txt", "a bit deformed"),
        "{r:#}"
    );
    assert!(
        has(&r, "agreement", "quote", "b.txt", "a bit deformed"),
        "{r:#}"
    );
}

#[test]
fn two_speakers_with_changed_words_are_never_a_misquotation() {
    let r = compare(&[
        (
            "a.txt",
            "\"We will rebuild the whole town by the spring,\" Mayor John Reed said on Monday.",
        ),
        (
            "b.txt",
            "\"We will rebuild the whole harbour by the summer,\" Governor Ann Lowe said on Monday.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    // The same when one speaker is a surname the text never names in full
    // ("said Locke", written as wire copy glues the closing mark to it):
    // his words are not a misquotation of the other speaker's.
    let a = " date 2009-04-28 \"For more than three decades, the Endangered Species Act has successfully protected our most threatened wildlife, and we should improve it,\" Obama said.";
    let r = compare(&[
        ("a.txt", a),
        ("b.txt", " date 2009-04-29 \"For decades, the Endangered Species Act has protected threatened species and their habitats, \"said Locke."),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    // A pronoun credit still meets the named speaker's words: "he" is most
    // often the speaker named before, so the changed words are reported.
    let r = compare(&[
        ("a.txt", a),
        ("b.txt", " date 2009-04-29 \"For decades, the Endangered Species Act has protected threatened species and their habitats,\" he said."),
    ]);
    assert_eq!(findings(&r, "contradiction", "quote").len(), 1, "{r:#}");
}

#[test]
fn short_remarks_sharing_only_small_words_are_two_quotations() {
    let r = compare(&[
        (
            "a.txt",
            "\"She was so nice,\" said her neighbour, Ravi Singh, on Friday.",
        ),
        (
            "b.txt",
            "\"She was out cold,\" said her neighbour, Ravi Singh, on Friday.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}

#[test]
fn one_word_in_two_spellings_is_the_same_quotation() {
    let r = compare(&[
        (
            "a.txt",
            "\"Everyone was calling their family to say that they were okay,\" Mark Pinder said.",
        ),
        (
            "b.txt",
            "\"Everyone was calling their family to say that they were OK,\" Mark Pinder said.",
        ),
    ]);
    assert!(findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
    assert!(!findings(&r, "compatible", "quote").is_empty(), "{r:#}");
    // Another word in its place is still a changed quotation.
    let r = compare(&[
        (
            "a.txt",
            "\"Everyone was calling their family to say that they were okay,\" Mark Pinder said.",
        ),
        (
            "b.txt",
            "\"Everyone was calling their family to say that they were hurt,\" Mark Pinder said.",
        ),
    ]);
    assert!(!findings(&r, "contradiction", "quote").is_empty(), "{r:#}");
}
