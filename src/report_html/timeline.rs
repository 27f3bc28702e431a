//! A story's timeline: when each version was published, and every calendar
//! date the versions mention (the day of the story's own event flagged), in
//! time order. A date's mentions are marked in the text so that a click on
//! it lights them up in every version.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::analysis::Analysis;
use crate::compare::Comparison;
use crate::document::DateSource;
use crate::model::{Span, TimexType};

use super::marks::{Mark, Role};
use super::{escape, short_name};

/// Distinct wordings shown for one date before the rest is counted.
const MAX_WORDINGS: usize = 4;

/// A TIMEX3 value that stands on the calendar: it starts with a year
/// (`2025-11-07`, `2024-12`, `2024`, `2024-Q4`), unlike `PRESENT_REF` or
/// `XXXX-WXX-5`.
fn on_calendar(value: &str) -> bool {
    value.len() >= 4 && value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
}

/// Writes the timeline of the story and adds the date mentions to `marks`
/// (by document index), numbering dates from `next`.
pub fn write(
    page: &mut String,
    an: &[Analysis],
    cmp: &Comparison,
    marks: &mut [Vec<Mark>],
    next: &mut usize,
) {
    // Publication dates: versions by day, in version order.
    let mut published: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &d in &cmp.order {
        if let Some(date) = an[d].doc.date {
            published.entry(date.to_string()).or_default().push(d);
        }
    }
    // Mentioned dates: (document, span) by value, documents in version order.
    let mut mentioned: BTreeMap<&str, Vec<(usize, Span)>> = BTreeMap::new();
    let mut main_days: BTreeSet<&str> = BTreeSet::new();
    for &d in &cmp.order {
        for t in &an[d].timexes {
            if t.timex_type == TimexType::Date && on_calendar(&t.value) {
                mentioned.entry(&t.value).or_default().push((d, t.span));
            }
        }
        for e in &an[d].facts.events {
            if let (true, Some(w)) = (e.main, &e.when) {
                main_days.insert(w);
            }
        }
    }
    if published.is_empty() && mentioned.is_empty() {
        return;
    }
    page.push_str("<details class=\"timeline\" open>\n<summary>Timeline</summary>\n<ol>\n");
    let mut keys: BTreeSet<&str> = published.keys().map(String::as_str).collect();
    keys.extend(mentioned.keys());
    for key in keys {
        if let Some(docs) = published.get(key) {
            let names: Vec<String> = docs
                .iter()
                .map(|&d| {
                    let doc = &an[d].doc;
                    let inferred = doc.date_source == DateSource::Inferred;
                    let name = escape(short_name(&doc.path));
                    if inferred {
                        format!("{name} (inferred)")
                    } else {
                        name
                    }
                })
                .collect();
            let _ = writeln!(
                page,
                "<li class=\"pub\"><time>{}</time> <span class=\"what\">published</span> {}</li>",
                escape(key),
                names.join(", ")
            );
        }
        let Some(mentions) = mentioned.get(key) else {
            continue;
        };
        *next += 1;
        let id = format!("T{next}");
        let main = main_days.contains(key);
        let _ = write!(
            page,
            "<li class=\"date{}\" data-t=\"{id}\" tabindex=\"0\"><time>{}</time> <span class=\"what\">{}</span> ",
            if main { " main" } else { "" },
            escape(key),
            if main { "the story's event" } else { "mentioned" },
        );
        page.push_str(&wordings(an, mentions));
        page.push_str("</li>\n");
        for &(d, span) in mentions {
            marks[d].push(Mark {
                span,
                role: Role::Date(id.clone()),
            });
        }
    }
    page.push_str("</ol>\n</details>\n");
}

/// “Friday” (000, 001), “November 7” (002): each wording of a date with the
/// versions that use it, first seen first.
fn wordings(an: &[Analysis], mentions: &[(usize, Span)]) -> String {
    let mut by_text: Vec<(&str, Vec<usize>)> = Vec::new();
    for &(d, span) in mentions {
        let text = an[d].doc.text.get(span.start..span.end).unwrap_or("");
        match by_text.iter_mut().find(|(t, _)| *t == text) {
            Some((_, docs)) if docs.contains(&d) => {}
            Some((_, docs)) => docs.push(d),
            None => by_text.push((text, vec![d])),
        }
    }
    let mut parts: Vec<String> = by_text
        .iter()
        .take(MAX_WORDINGS)
        .map(|(text, docs)| {
            let names: Vec<&str> = docs.iter().map(|&d| short_name(&an[d].doc.path)).collect();
            format!(
                "<q>{}</q> <span class=\"in\">({})</span>",
                escape(text),
                escape(&names.join(", "))
            )
        })
        .collect();
    if by_text.len() > MAX_WORDINGS {
        parts.push(format!("and {} more", by_text.len() - MAX_WORDINGS));
    }
    parts.join(", ")
}
