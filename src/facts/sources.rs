//! Who states a fact, as a value: the source the attribution stage gave the
//! fact's sentence, read as a named person or body or as an anonymous source
//! with its description ("an official who declined to be named", "a source
//! close to the investigation").
//!
//! The comparer sets the credits of one fact against each other: the same
//! source, two anonymous sources, an anonymous source later named.

use serde::Serialize;

use crate::analysis::Analysis;
use crate::model::{SourceKind, Span};

/// The source of a fact as a value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Credit {
    /// `person`, `anonymous`, `organization`, `government`, `document`,
    /// `media`.
    pub kind: SourceKind,
    /// The canonical name of a named source; for an anonymous one, its
    /// description without determiners ("official who declined to be named").
    pub name: String,
}

impl Credit {
    pub fn anonymous(&self) -> bool {
        self.kind == SourceKind::Anonymous
    }

    /// An anonymous source a later version may name: an official, a source,
    /// a spokesman (`data/facts/insiders.txt`), not a witness.
    pub fn insider(&self) -> bool {
        static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let words = WORDS
            .get_or_init(|| crate::table::words(include_str!("../../data/facts/insiders.txt")));
        self.anonymous()
            && words
                .iter()
                .any(|w| crate::words::contains_word(&self.name, w))
    }
}

/// Words that alone stand for a source named before.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "his", "her", "their"];

/// Whether a credit as written is only a word that stands for a source
/// named before ("he", "She").
pub fn stands_for_a_source_named_before(written: &str) -> bool {
    let mut words = written.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    words.next().is_none() && PRONOUNS.contains(&first.as_str())
}

/// Determiners that point back to a source named before ("the officer").
const BACK: &[&str] = &["the", "this", "that", "these", "those"];

/// The credit the document's attribution gives a sentence, if any.
pub fn credit(a: &Analysis, sentence: Span) -> Option<Credit> {
    let at = a
        .doc
        .sentence_at(sentence.start)
        .and_then(|i| a.attributions.get(i))
        .filter(|at| at.sentence == sentence)?;
    let src = at.source.as_ref()?;
    let written = src.span.of(&a.doc.text);
    let first = written
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "he", "the officer": a source that points back to one the text
    // already named is no value of its own.
    if stands_for_a_source_named_before(written)
        || src.kind == SourceKind::Anonymous && BACK.contains(&first.as_str())
    {
        return None;
    }
    let name = match (&src.canonical, src.kind) {
        (Some(c), _) => c.clone(),
        (None, _) => description(written),
    };
    // "a senior official", "an aide": an indefinite source of common nouns
    // names no one, whatever the actor stage made of it.
    let indefinite = ["a", "an", "some"].contains(&first.as_str())
        && written
            .split_whitespace()
            .skip(1)
            .all(|w| !w.starts_with(char::is_uppercase));
    let kind = if indefinite && matches!(src.kind, SourceKind::Person) {
        SourceKind::Anonymous
    } else {
        src.kind
    };
    (!name.is_empty()).then_some(Credit { kind, name })
}

/// A source's words without their leading determiner, in lower case unless
/// capitalized ("a police source" -> `police source`; "Police" ->
/// `police`).
fn description(written: &str) -> String {
    let w = written.trim();
    let lower = w.to_lowercase();
    let rest = ["a ", "an ", "the ", "one ", "two ", "some "]
        .iter()
        .find_map(|d| lower.strip_prefix(d).map(|_| &w[d.len()..]))
        .unwrap_or(w);
    rest.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_drop_the_determiner() {
        assert_eq!(description("a police source"), "police source");
        assert_eq!(description("The Police"), "police");
        assert_eq!(description("officials"), "officials");
    }
}
