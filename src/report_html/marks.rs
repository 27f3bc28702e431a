//! An article's text as HTML paragraphs in which every span a finding or a
//! date of the timeline points at is wrapped in an element naming them, so
//! that the page's script can light up one finding's words in every version.
//!
//! Spans overlap freely (a value inside its claim's sentence, two findings on
//! one figure), so the text is cut at every span edge and each piece carries
//! the ids of all the spans that cover it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::compare::Kind;
use crate::model::Span;

use super::escape;

/// What a span of the text is, for the ids of the element that covers it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// A finding's differing value (`data-v`), with the finding's kind.
    Value(Kind, String),
    /// A sentence a finding cites (`data-c`).
    Claim(String),
    /// A date mention of the timeline (`data-t`).
    Date(String),
}

/// One span to mark and why.
#[derive(Clone, Debug)]
pub struct Mark {
    pub span: Span,
    pub role: Role,
}

/// Writes `paragraphs` of `text` as `<p>` elements with `marks` inside.
/// Marks are clipped to their paragraph; those that fall on no character
/// boundary of the text are left out rather than cutting a character.
pub fn paragraphs(out: &mut String, text: &str, paragraphs: &[Span], marks: &[Mark]) {
    // Edges sorted by position: a sweep keeps the set of covering marks.
    let mut edges: Vec<(usize, bool, usize)> = Vec::with_capacity(marks.len() * 2);
    for (i, m) in marks.iter().enumerate() {
        if m.span.is_empty()
            || !text.is_char_boundary(m.span.start)
            || !text.is_char_boundary(m.span.end.min(text.len()))
            || m.span.end > text.len()
        {
            continue;
        }
        edges.push((m.span.start, true, i));
        edges.push((m.span.end, false, i));
    }
    edges.sort_unstable();
    let mut next_edge = 0;
    let mut active: BTreeSet<usize> = BTreeSet::new();
    for &p in paragraphs {
        let Some(_) = text.get(p.start..p.end) else {
            continue;
        };
        out.push_str("<p>");
        let mut at = p.start;
        loop {
            // Apply every edge up to `at`.
            while next_edge < edges.len() && edges[next_edge].0 <= at {
                let (_, open, i) = edges[next_edge];
                if open {
                    active.insert(i);
                } else {
                    active.remove(&i);
                }
                next_edge += 1;
            }
            if at >= p.end {
                break;
            }
            let until = edges
                .get(next_edge)
                .map_or(p.end, |e| e.0)
                .min(p.end)
                .max(at);
            if until == at {
                break;
            }
            piece(
                out,
                &text[at..until],
                active.iter().map(|&i| &marks[i].role),
            );
            at = until;
        }
        out.push_str("</p>\n");
    }
}

/// One run of text under the same marks: plain, a `<span>` (sentences and
/// dates only) or a `<mark>` (a finding's value, colored by its most
/// serious kind).
fn piece<'a>(out: &mut String, text: &str, roles: impl Iterator<Item = &'a Role>) {
    let (mut v, mut c, mut t) = (Vec::new(), Vec::new(), Vec::new());
    let mut worst: Option<Kind> = None;
    for r in roles {
        match r {
            Role::Value(k, id) => {
                v.push(id.as_str());
                worst = Some(worst.map_or(*k, |w| w.min(*k)));
            }
            Role::Claim(id) => c.push(id.as_str()),
            Role::Date(id) => t.push(id.as_str()),
        }
    }
    if v.is_empty() && c.is_empty() && t.is_empty() {
        out.push_str(&escape(text));
        return;
    }
    let tag = if v.is_empty() { "span" } else { "mark" };
    let _ = write!(out, "<{tag}");
    match worst {
        Some(k) => {
            let _ = write!(out, " class=\"v k-{}\"", k.as_str());
        }
        None if !c.is_empty() => out.push_str(" class=\"c\""),
        None => out.push_str(" class=\"t\""),
    }
    for (name, ids) in [("v", &v), ("c", &c), ("t", &t)] {
        if !ids.is_empty() {
            let _ = write!(out, " data-{name}=\"{}\"", ids.join(" "));
        }
    }
    let _ = write!(out, ">{}</{tag}>", escape(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, marks: &[Mark]) -> String {
        let mut s = String::new();
        paragraphs(&mut s, text, &[Span::new(0, text.len())], marks);
        s
    }

    #[test]
    fn overlapping_marks_split_the_text_and_each_piece_names_all_its_marks() {
        let text = "Ten <b> died & more";
        let marks = [
            Mark {
                span: Span::new(0, 11),
                role: Role::Claim("F2".into()),
            },
            Mark {
                span: Span::new(0, 3),
                role: Role::Value(Kind::Update, "F1".into()),
            },
        ];
        assert_eq!(
            render(text, &marks),
            "<p><mark class=\"v k-update\" data-v=\"F1\" data-c=\"F2\">Ten</mark>\
             <span class=\"c\" data-c=\"F2\"> &lt;b&gt; die</span>d &amp; more</p>\n"
        );
    }

    #[test]
    fn a_mark_off_a_character_boundary_or_past_the_end_is_left_out() {
        let text = "€5 paid";
        let marks = [
            Mark {
                span: Span::new(1, 3),
                role: Role::Date("T1".into()),
            },
            Mark {
                span: Span::new(5, 99),
                role: Role::Date("T2".into()),
            },
        ];
        assert_eq!(render(text, &marks), "<p>€5 paid</p>\n");
    }

    #[test]
    fn marks_are_clipped_to_their_paragraph() {
        let text = "One two.\n\nThree four.";
        let mut s = String::new();
        let marks = [Mark {
            span: Span::new(4, 15),
            role: Role::Date("T1".into()),
        }];
        paragraphs(
            &mut s,
            text,
            &[Span::new(0, 8), Span::new(10, text.len())],
            &marks,
        );
        assert_eq!(
            s,
            "<p>One <span class=\"t\" data-t=\"T1\">two.</span></p>\n\
             <p><span class=\"t\" data-t=\"T1\">Three</span> four.</p>\n"
        );
    }
}
