//! A headline counted once with the lead.
//!
//! A version's title usually restates what its lead says ("Ten dead in
//! southern Iran quake" over "... killing at least 10 people"). Read as facts
//! of their own, the two would count one fact twice: a headline whose verb
//! gives its count another subject ("2 parties" of "Turkmen election to have
//! 2 parties") would stand beside the lead's "two parties" as a second fact,
//! reported as an omission by every other version. A headline fact that the
//! body of its own version restates — same event instance, same slot, same
//! subject (its noun, whatever act the headline's verb adds), a value that
//! can be the same — is therefore dropped: the body's wording stands for
//! both. A headline fact the body does not restate stays, and so does one
//! the body tells of another event instance (the body's reading may be the
//! one that is wrong: its sentence can name an earlier date in passing).

use super::{Fact, Value, LOOSE};
use crate::model::Span;

/// The subject's noun: "parties (elect)" and "~people" read as "parties"
/// and "people".
fn noun(subject: Option<&str>) -> Option<String> {
    let s = subject?.trim_start_matches(LOOSE);
    let s = match s.find(" (") {
        Some(i) if s.ends_with(')') => &s[..i],
        _ => s,
    };
    Some(s.trim().to_lowercase())
}

/// Can the two facts' values be one value, rounding allowed?
fn same_value(x: &Fact, y: &Fact) -> bool {
    match (&x.value, &y.value) {
        (
            Value::Number {
                interval: ix,
                unit: ux,
            },
            Value::Number {
                interval: iy,
                unit: uy,
            },
        ) => {
            let widen = |f: &Fact, i| {
                if f.round {
                    super::rounded(i, true)
                } else {
                    i
                }
            };
            ux == uy && widen(x, *ix).intersects(&widen(y, *iy))
        }
        (a, b) => a == b,
    }
}

/// `facts` without the headline facts the body restates (module doc).
pub fn restated_dropped(title: Option<Span>, facts: Vec<Fact>) -> Vec<Fact> {
    let Some(title) = title else {
        return facts;
    };
    let in_title = |f: &Fact| title.contains(f.span);
    let restated: Vec<bool> = facts
        .iter()
        .map(|h| {
            in_title(h)
                && facts.iter().any(|b| {
                    !in_title(b)
                        && b.event == h.event
                        && b.slot == h.slot
                        && noun(b.subject.as_deref()) == noun(h.subject.as_deref())
                        && same_value(h, b)
                })
        })
        .collect();
    facts
        .into_iter()
        .zip(restated)
        .filter(|(_, r)| !r)
        .map(|(f, _)| f)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subject_is_its_noun_whatever_the_act() {
        assert_eq!(noun(Some("parties (elect)")), noun(Some("parties")));
        assert_eq!(noun(Some("~people")), noun(Some("people")));
        assert_ne!(noun(Some("homes (destroy)")), noun(Some("schools")));
        assert_eq!(noun(None), None);
    }
}
