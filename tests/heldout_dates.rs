//! Scores the temporal tagger on the held-out sets in `fixtures/dates/`:
//! sentences written for those files in one go, before the tagger ever ran
//! on them, to see how the rules carry over to phrasings nobody wrote a rule
//! for. Each file's header gives its first score. A row whose value is `-`
//! is a trap: nothing may be tagged over that text ("Flight 302", "6-4").
//! Each miss since mended was mended by a general rule with its own
//! phrasings in `tests/timex.rs`, never by a rule for the sentence; a new
//! batch of unseen sentences is the honest next measure.

use chrono::NaiveDate;
use claimdiff::timex::tag_text;

/// The share of rows right: a positive row found with exactly its text and
/// value, a trap left untagged.
const FLOOR: f64 = 0.85;

/// Scores one set and returns its misses, printing the score.
fn misses(name: &str, tsv: &str) -> (usize, Vec<String>) {
    let rows: Vec<Vec<&str>> = tsv
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    let mut misses = Vec::new();
    for r in &rows {
        let [dct, text, phrase, want] = r[..] else {
            panic!("{name}: malformed row {r:?}");
        };
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").expect("row date");
        let at = text
            .find(phrase)
            .unwrap_or_else(|| panic!("{name}: {phrase:?} is not in {text:?}"));
        let tags = tag_text(text, Some(dct));
        let hit = if want == "-" {
            !tags
                .iter()
                .any(|t| t.span.start < at + phrase.len() && at < t.span.end)
        } else {
            tags.iter()
                .any(|t| t.span.start == at && t.span.end == at + phrase.len() && t.value == want)
        };
        if !hit {
            let got: Vec<(&str, &str)> = tags
                .iter()
                .map(|t| (&text[t.span.start..t.span.end], t.value.as_str()))
                .collect();
            misses.push(format!("{phrase:?} want {want} in {text:?}: got {got:?}"));
        }
    }
    eprintln!(
        "held-out dates, {name}: {}/{} ({:.3})",
        rows.len() - misses.len(),
        rows.len(),
        1.0 - misses.len() as f64 / rows.len() as f64
    );
    for m in &misses {
        eprintln!("  miss: {m}");
    }
    (rows.len(), misses)
}

fn assert_floor(name: &str, tsv: &str, min_rows: usize) {
    let (rows, misses) = misses(name, tsv);
    assert!(rows >= min_rows, "{name} has {rows} rows");
    let score = 1.0 - misses.len() as f64 / rows as f64;
    assert!(
        score >= FLOOR,
        "{name}: held-out score {score:.3} < {FLOOR}"
    );
}

#[test]
fn held_out_sentences_are_dated_as_an_annotator_would() {
    assert_floor(
        "heldout.tsv",
        include_str!("../fixtures/dates/heldout.tsv"),
        50,
    );
}

#[test]
fn held_out_wire_copy_is_dated_as_an_annotator_would() {
    assert_floor(
        "heldout-wire.tsv",
        include_str!("../fixtures/dates/heldout-wire.tsv"),
        80,
    );
}

#[test]
fn held_out_business_and_features_are_dated_as_an_annotator_would() {
    assert_floor(
        "heldout-features.tsv",
        include_str!("../fixtures/dates/heldout-features.tsv"),
        75,
    );
}
