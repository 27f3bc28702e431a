//! Incident words that a version writes only inside a name or a title: a
//! film "Catching Fire", a book "Ring of Fire". Such a version never writes
//! the word in lower case ("the fire"), and writes it capitalized right
//! after another capitalized word. It tells no fire, so the word neither
//! makes the story's own event nor dates one. A version that also writes
//! "the fire" (a named blaze, "the Camp Fire") keeps it as an incident.

use std::collections::BTreeSet;

use super::lexicon::lexicon;

/// The incident words (lower case) that `text` writes only in titles.
pub(super) fn title_incidents(text: &str) -> BTreeSet<String> {
    let lex = lexicon();
    let mut lower_seen: BTreeSet<String> = BTreeSet::new();
    let mut titled: BTreeSet<String> = BTreeSet::new();
    let mut prev: Option<(usize, &str)> = None;
    for (at, w) in crate::words::scan(text) {
        let lower = w.to_lowercase();
        if lex.incidents.contains_key(&lower) {
            if w == lower {
                lower_seen.insert(lower.clone());
            } else if let Some((end, p)) = prev {
                // The capitalized word right before it, with only spaces or
                // quotation marks between ("'Catching Fire'").
                let between = &text[end..at];
                let joined = between
                    .chars()
                    .all(|c| c.is_whitespace() || "'\"‘’“”".contains(c));
                if joined && p.starts_with(char::is_uppercase) {
                    titled.insert(lower.clone());
                }
            }
        }
        prev = Some((at + w.len(), w));
    }
    titled.difference(&lower_seen).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::title_incidents;

    #[test]
    fn a_title_is_no_incident_unless_the_text_tells_one() {
        let t = "The studio set a date for 'Catching Fire' on Monday. Catching Fire opens in May.";
        assert!(title_incidents(t).contains("fire"));
        let t = "The Camp Fire burned for days. The fire destroyed the town.";
        assert!(!title_incidents(t).contains("fire"));
        let t = "Fire crews arrived at dawn.";
        assert!(title_incidents(t).is_empty());
    }
}
