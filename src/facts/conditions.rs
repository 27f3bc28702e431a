//! The condition of a hurt person: "listed in stable condition", "in
//! critical condition", "remained in intensive care", "serious but stable",
//! "died in hospital" (`data/facts/conditions.tsv`). One `condition` fact per
//! phrase, whose subject is the person it is told of:
//! - a person the sentence names before it, who is not the agent ("shot by
//!   Smith") nor a speaker ("Smith said"): "Ana Ruiz, 34, was in critical
//!   condition";
//! - a person named right after a transitive form ("critically wounding Ana
//!   Ruiz");
//! - for a sentence opening with "He" or "She", the one person the sentence
//!   before names ("... identified as Ana Ruiz. She was listed in stable
//!   condition");
//! - else a person described by a role or a person noun opening the clause
//!   ("The driver was in critical condition": `driver`).
//!
//! A condition told of no one ("the bridge is in good condition"), denied
//! ("no longer in critical condition") or left behind ("upgraded from
//! critical condition") is no fact.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::readers::Raw;
use super::{Slot, Value};
use crate::analysis::Analysis;
use crate::model::{ActorKind, ActorMention, Span};

/// The condition table: phrase to (condition, grades it allows).
pub fn table() -> &'static HashMap<String, (String, Vec<String>)> {
    static T: OnceLock<HashMap<String, (String, Vec<String>)>> = OnceLock::new();
    T.get_or_init(|| {
        crate::table::rows(include_str!("../../data/facts/conditions.tsv"))
            .filter_map(|r| match r.as_slice() {
                [phrase, cond, grades, ..] => Some((
                    phrase.to_string(),
                    (
                        cond.to_string(),
                        grades.split_whitespace().map(str::to_string).collect(),
                    ),
                )),
                _ => None,
            })
            .collect()
    })
}

/// The grades of the hospital scale a condition allows (empty when it is
/// not one of the table's).
pub fn grades(condition: &str) -> &'static [String] {
    table()
        .values()
        .find(|(c, _)| c == condition)
        .map_or(&[], |(_, g)| g.as_slice())
}

fn phrases() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let mut ps: Vec<&String> = table().keys().collect();
        // Longest first: "serious but stable condition" before "stable condition".
        ps.sort_by_key(|p| (std::cmp::Reverse(p.len()), p.as_str()));
        let alt: Vec<String> = ps
            .iter()
            .map(|p| regex::escape(p).replace(' ', r"\s+"))
            .collect();
        Regex::new(&format!(r"(?i)\b(?:{})\b", alt.join("|"))).unwrap()
    })
}

/// Words before a condition that deny it or leave it behind.
const DENIED: &[&str] = &["not", "no", "never", "longer", "from", "out", "n't"];

/// Nouns that describe a person without a role of `person_roles.tsv`.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teen",
    "teenager",
    "baby",
    "co-worker",
    "coworker",
    "colleague",
    "resident",
    "worker",
];

pub(super) fn read(a: &Analysis, out: &mut Vec<Raw>) {
    let text = &a.doc.text;
    for (si, &s) in a.doc.sentences.iter().enumerate() {
        for m in phrases().find_iter(s.of(text)) {
            let span = Span::new(s.start + m.start(), s.start + m.end());
            let phrase = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            let Some((cond, _)) = table().get(&phrase.to_lowercase()) else {
                continue;
            };
            // The three words before the phrase, read from its end.
            let denied = text[s.start..span.start]
                .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| !w.is_empty())
                .take(3)
                .map(str::to_lowercase)
                .any(|w| DENIED.contains(&w.as_str()) || w.ends_with("n't"));
            if denied {
                continue;
            }
            let Some(subject) = subject(a, si, s, span) else {
                continue;
            };
            out.push(Raw {
                span,
                sentence: s,
                slot: Slot::Condition,
                subject: Some(subject),
                value: Value::Text { text: cond.clone() },
                round: false,
                vague: false,
                exact: true,
                figure: None,
            });
        }
    }
}

/// A person mention the record reader keeps (a name, not a bare role).
fn named(m: &ActorMention) -> bool {
    m.kind == ActorKind::Person
        && m.canonical.starts_with(char::is_uppercase)
        && super::people::lexicon()
            .role(&m.canonical.to_lowercase())
            .is_none()
}

/// The person a condition at `at` is told of (see the module comment).
fn subject(a: &Analysis, si: usize, s: Span, at: Span) -> Option<String> {
    let text = &a.doc.text;
    let people: Vec<&ActorMention> = super::starting_in(&a.actors, |m| m.span, s)
        .iter()
        .filter(|m| named(m))
        .collect();
    let phrase = at.of(text).to_lowercase();
    // "critically wounding Luis Ortega", "critically wounded a third": an
    // active verb whose object follows.
    let next = text[at.end..s.end].trim_start();
    let object_next = next.starts_with(char::is_uppercase)
        || ["a ", "an ", "the ", "his ", "her ", "their "]
            .iter()
            .any(|d| next.starts_with(d));
    if phrase.starts_with("critically") && (phrase.ends_with("ing") || object_next) {
        let after = people
            .iter()
            .find(|m| m.span.start >= at.end && text[at.end..m.span.start].trim().len() <= 12);
        return match after {
            Some(m) => Some(m.canonical.clone()),
            None => noun_after(&text[at.end..s.end]),
        };
    }
    // The agent ("shot by Smith"), a speaker ("Smith said") or an owner
    // ("Smith's car") is not the person the condition is told of.
    let teller = |m: &ActorMention, s: Span| {
        let before = text[s.start..m.span.start].trim_end().to_lowercase();
        let after = text[m.span.end..s.end].trim_start().to_lowercase();
        // "Aria Health ’ s campus": a possessive spaced out.
        let owner = after.trim_start_matches(['\'', '’']).trim_start();
        let possessive = owner.len() < after.len()
            && owner.starts_with('s')
            && !owner[1..].starts_with(char::is_alphanumeric);
        before.ends_with(" by")
            || possessive
            || ["said", "says", "told"]
                .iter()
                .any(|w| after.starts_with(w))
    };
    if let Some(m) = people
        .iter()
        .rfind(|m| m.span.end <= at.start && !teller(m, s))
    {
        return Some(m.canonical.clone());
    }
    let opening = s.of(text).split_whitespace().next().unwrap_or("");
    if matches!(opening, "He" | "She") {
        let prev = *a.doc.sentences.get(si.checked_sub(1)?)?;
        let mut names: Vec<&str> = super::starting_in(&a.actors, |m| m.span, prev)
            .iter()
            .filter(|m| named(m) && !teller(m, prev))
            .map(|m| m.canonical.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        return match names.as_slice() {
            [one] => Some(one.to_string()),
            _ => None,
        };
    }
    // "The driver was listed in critical condition": a role opening the
    // clause, as the subject of the verb before the condition.
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // `[\w-]` kept out of `(?i)`'s folding: the same pattern, built
        // at a fraction of the cost
        Regex::new(&crate::timex::matcher::unfold_word_classes(r"(?i)^\s*(?:the|a|an)\s+(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:was|is|were|are|remains|remained|has\s+been|had\s+been)(?:\s+[\w-]+){0,3}\s*$")).unwrap()
    });
    let clause = super::stretch(text, s, at);
    let c = re.captures(&text[clause.start..at.start])?;
    let np = c.name("np")?.as_str();
    let head = np.rsplit(char::is_whitespace).next()?;
    noun_after(head)
}

/// The first person noun of a few words ("a third co-worker", "the
/// driver"), lower case, or the role it names.
fn noun_after(words: &str) -> Option<String> {
    let lex = super::people::lexicon();
    words
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .find_map(|w| {
            if let Some(e) = lex.role(&w) {
                return Some(e.role.clone());
            }
            PERSON_NOUNS.contains(&w.as_str()).then_some(w)
        })
}
