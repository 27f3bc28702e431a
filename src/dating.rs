//! Publication dates for undated versions, inferred from their dated siblings.
//!
//! Versions of one story appear close together: an undated version takes the
//! date of the dated sibling it shares the most with, unless its own text names
//! a later day (it cannot predate what it reports). Its relative dates are then
//! resolved against that date, and it is marked `date_source: inferred`.
//!
//! A version whose dateline gives a day without a year ("WASHINGTON, Nov. 7
//! (Reuters) -") or a numeric date that reads both ways ("05/02/2013") takes
//! the year, or the reading, nearest to that sibling's date instead, and is
//! marked `date_source: dateline` (with `inferred_from` naming the sibling).

use std::collections::HashMap;

use crate::analysis::{self, Analysis};
use crate::compare::align::{self, Item, Vocab, Weights};
use crate::document::DateSource;
use crate::formats::dateline::DatelineDate;
use crate::model::{Anchor, TimexType};

/// Least similarity (weighted cosine of the whole text's tokens) to a sibling
/// for its date to be borrowed: below it the files may not be one story.
const MIN_SIMILARITY: f64 = 0.2;

/// Infers dates in place; returns `(document, sibling it was dated from)`.
pub fn infer(an: &mut [Analysis]) -> Vec<(usize, usize)> {
    let undated: Vec<usize> = (0..an.len())
        .filter(|&i| an[i].doc.date.is_none())
        .collect();
    if undated.is_empty() || undated.len() == an.len() {
        return Vec::new();
    }
    let mut vocab = Vocab::default();
    let items: Vec<Item> = an
        .iter()
        .enumerate()
        .map(|(d, a)| {
            let mut tokens: Vec<align::Token> = a
                .claims
                .iter()
                .flat_map(|c| align::claim_tokens(a, c, &mut vocab))
                .collect();
            tokens.sort_unstable();
            tokens.dedup();
            Item { doc: d, tokens }
        })
        .collect();
    let weights = Weights::uniform();
    // Dated documents by token, to find likely siblings without comparing
    // every undated version with every dated one.
    let mut postings: HashMap<align::Token, Vec<usize>> = HashMap::new();
    for (d, it) in items.iter().enumerate() {
        if an[d].doc.date.is_some() {
            for &t in &it.tokens {
                postings.entry(t).or_default().push(d);
            }
        }
    }
    let mut done = Vec::new();
    let mut dates = HashMap::new();
    for &u in &undated {
        // The latest full day the undated text names outright.
        let latest = an[u]
            .timexes
            .iter()
            .filter(|t| {
                t.anchor == Anchor::Absolute
                    && t.timex_type == TimexType::Date
                    && t.value.len() == 10
            })
            .filter_map(|t| chrono::NaiveDate::parse_from_str(&t.value, "%Y-%m-%d").ok())
            .max();
        let mut siblings: Vec<(f64, usize)> = candidates(&items[u].tokens, &postings)
            .into_iter()
            .map(|s| (weights.similarity(&items[u].tokens, &items[s].tokens), s))
            .filter(|&(sim, _)| sim >= MIN_SIMILARITY)
            .collect();
        // Most similar first; ties to the earlier date, then the path.
        siblings.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(an[a.1].doc.date.cmp(&an[b.1].doc.date))
                .then(an[a.1].doc.path.cmp(&an[b.1].doc.path))
        });
        let pick = siblings
            .into_iter()
            .find(|&(_, s)| latest.is_none_or(|l| an[s].doc.date.is_some_and(|d| d >= l)));
        if let Some((_, s)) = pick {
            let sibling = an[s].doc.date.unwrap_or_default();
            let (date, source) = match own_dateline(an[u].doc.dateline_date, sibling) {
                Some(d) => (d, DateSource::Dateline),
                None => (sibling, DateSource::Inferred),
            };
            dates.insert(u, (date, source, s));
            done.push((u, s));
        }
    }
    for (&u, &(date, source, s)) in &dates {
        let from = an[s].doc.path.clone();
        let a = &mut an[u];
        analysis::redate(a, date, source);
        a.doc.inferred_from = Some(from);
    }
    done.sort_unstable();
    done
}

/// The day a version's own dateline gives once a sibling's date settles what
/// it leaves open: the year of a month and day, or the reading of a numeric
/// date, nearest to the sibling's date (within half a year).
fn own_dateline(
    dateline: Option<DatelineDate>,
    sibling: chrono::NaiveDate,
) -> Option<chrono::NaiveDate> {
    let day = match dateline? {
        DatelineDate::Full(d) => d,
        d @ DatelineDate::MonthDay(..) => d.resolve(Some(sibling))?,
        DatelineDate::Ambiguous(a, b) => {
            if (a - sibling).num_days().abs() <= (b - sibling).num_days().abs() {
                a
            } else {
                b
            }
        }
    };
    ((day - sibling).num_days().abs() <= 183).then_some(day)
}

/// How many dated siblings an undated version is compared with at most.
const MAX_CANDIDATES: usize = 64;

/// Dated documents sharing the undated one's rarest tokens first: those that
/// share what few others have are its likeliest siblings.
fn candidates(tokens: &[align::Token], postings: &HashMap<align::Token, Vec<usize>>) -> Vec<usize> {
    let mut lists: Vec<&Vec<usize>> = tokens.iter().filter_map(|t| postings.get(t)).collect();
    lists.sort_by_key(|l| l.len());
    let mut out: Vec<usize> = Vec::new();
    for list in lists {
        for &d in list {
            if !out.contains(&d) {
                out.push(d);
                if out.len() == MAX_CANDIDATES {
                    return out;
                }
            }
        }
    }
    out
}
