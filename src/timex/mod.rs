//! The temporal tagger: finds dates, times, durations and sets in a document
//! and normalizes them to TIMEX3 values anchored on the publication date (or
//! on an earlier date of the text, for "a year later").
//!
//! Rules (in [`rules`]) propose candidates per sentence; the leftmost-longest
//! ones are kept; [`resolve`] then computes values in text order so that each
//! expression can lean on the dates before it.

mod lexicon;
pub(crate) mod matcher;
mod resolve;
mod rules;
mod tense;
mod value;

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::document::Document;
use crate::model::{Span, Timex, TimexType};
use resolve::Meaning;
use value::Point;

/// The value of an ordinal word ("third" -> 3, "21st" -> 21), from the
/// tagger's own table (`data/timex/ordinals.tsv`), for other stages.
pub fn ordinal_value(word: &str) -> Option<u32> {
    lexicon::get().ordinals.get(&word.to_lowercase()).copied()
}

/// The day of the week a word names ("Thursday", "thu" -> 4), from the
/// tagger's own table (`data/timex/weekdays.tsv`), for other stages.
pub fn weekday_value(word: &str) -> Option<u32> {
    lexicon::get()
        .weekdays
        .get(&word.to_lowercase())
        .map(|&(n, _)| n)
}

/// The month a word names ("September", "Sept.", "feb" -> its number), from
/// the tagger's own table (`data/timex/months.tsv`), for other stages.
pub fn month_value(word: &str) -> Option<u32> {
    lexicon::get()
        .months
        .get(&word.trim_end_matches('.').to_lowercase())
        .map(|&(n, _)| n)
}

/// Every temporal expression of `doc`, in text order. `quotes` are the
/// insides of the document's quotations (as the attribution stage found
/// them): words inside a quotation take their tense from the speaker, not
/// from the reporting verb.
pub fn tag(doc: &Document, quotes: &[Span]) -> Vec<Timex> {
    let mut quotes = quotes.to_vec();
    quotes.sort_by_key(|q| (q.start, q.end));
    let mut out: Vec<Timex> = Vec::new();
    let mut anchor: Option<(usize, Point)> = None;
    let mut in_unit: Vec<Span> = Vec::new();
    let order = rules::slash_order(&doc.text);
    for unit in units(doc) {
        let Some(s) = doc.text.get(unit.start..unit.end) else {
            continue;
        };
        // a quotation may run over several sentences: keep the part inside
        // this one, sentence-relative
        in_unit.clear();
        let first = quotes.partition_point(|q| q.end <= unit.start);
        in_unit.extend(
            quotes[first..]
                .iter()
                .take_while(|q| q.start < unit.end)
                .map(|q| {
                    Span::new(
                        q.start.max(unit.start) - unit.start,
                        q.end.min(unit.end) - unit.start,
                    )
                }),
        );
        let first_here = out.len();
        let cands = select(rules::candidates(s, &in_unit, order));
        for (ci, k) in cands.iter().enumerate() {
            // a clock time with no day of its own takes a day named in its
            // sentence, before it or after it ("at 4 in the morning (4 a.m.
            // EDT Thursday)"), and only then the day the story last named
            let here = anchor.filter(|(i, _)| *i >= first_here);
            let later = |within: usize| {
                cands[ci + 1..]
                    .iter()
                    .take(within)
                    .enumerate()
                    .find_map(|(j, l)| {
                        // another clock time names no day of its own
                        if matches!(l.meaning, Meaning::SameDay(_) | Meaning::DayWrittenAfter) {
                            return None;
                        }
                        let p = resolve::resolve(&l.meaning, doc.date, anchor).point?;
                        p.is_day().then_some((out.len() + 1 + j, p))
                    })
            };
            let prev = match k.meaning {
                Meaning::SameDay(_) => here.or_else(|| later(usize::MAX)).or(anchor),
                Meaning::DayWrittenAfter => later(1).or(here),
                _ => anchor,
            };
            let r = resolve::resolve(&k.meaning, doc.date, prev);
            let mut value = r.value;
            if let Some(tod) = &k.tod {
                if r.point.is_none_or(|p| p.is_day()) && !value.ends_with("_REF") {
                    value.push('T');
                    value.push_str(tod);
                }
            }
            let span = Span::new(unit.start + k.start, unit.start + k.end);
            // Only calendar dates can anchor what follows ("the next day"), and
            // not backward comparisons: after "profit rose from a year earlier",
            // a second "a year earlier" still compares with the same period.
            let backward = matches!(
                k.meaning,
                Meaning::Ago(..) | Meaning::YearAgoQuarter | Meaning::Prev(_, ..=-1)
            );
            if let (Some(p), TimexType::Date | TimexType::Time) = (r.point, k.ty) {
                if !matches!(k.meaning, Meaning::Fixed { .. }) && !backward {
                    anchor = Some((out.len(), p));
                }
            }
            out.push(Timex {
                span,
                timex_type: k.ty,
                value,
                modifier: k.modifier,
                anchor: r.anchor,
            });
        }
    }
    out
}

/// Tags a bare text (for tests and library users): `dct` is its publication date.
pub fn tag_text(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let doc = Document::from_text("-", text, dct);
    tag(&doc, &crate::attribution::quote_spans(&doc))
}

/// Keeps the leftmost, then longest, then highest-priority candidates that do
/// not overlap.
fn select(mut cands: Vec<rules::Cand>) -> Vec<rules::Cand> {
    cands.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.prio.cmp(&b.prio))
    });
    let mut out: Vec<rules::Cand> = Vec::new();
    let mut last_end = 0;
    for c in cands {
        if c.start >= last_end {
            last_end = c.end;
            out.push(c);
        }
    }
    out
}

/// The spans to tag: the document's sentences, glued back together where a
/// splitter broke inside a date ("Sept. | 30") or before a lower-case word.
fn units(doc: &Document) -> Vec<Span> {
    static ABBR: OnceLock<Regex> = OnceLock::new();
    let abbr = ABBR.get_or_init(|| {
        Regex::new(r"(?i)\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|[ap]\.m|no)\.\s*$")
            .expect("abbreviation regex")
    });
    let sentences: &[Span] = &doc.sentences;
    if sentences.is_empty() {
        return vec![doc.body];
    }
    let mut out: Vec<Span> = Vec::new();
    for &s in sentences {
        if let Some(last) = out.last_mut() {
            let gap = doc.text.get(last.end..s.start).unwrap_or("\n");
            let next = doc.text.get(s.start..s.end).unwrap_or("");
            // only the tail matters: an abbreviation right before the break
            let mut tail = last.end.saturating_sub(12).max(last.start);
            while !doc.text.is_char_boundary(tail) {
                tail -= 1;
            }
            let prev = doc.text.get(tail..last.end).unwrap_or("");
            let glue = !gap.contains('\n')
                && (abbr.is_match(prev)
                    || next.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase()));
            if glue && s.start >= last.end {
                last.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}
