//! Lengths of time the number reader does not see: written without digits
//! ("a decade", "half a year", "an hour and a half") or as a modifier ("a
//! 12-day war", "a 48-hour search"). The temporal tagger has already found
//! them and normalized their length (P10Y, P6M, PT1H30M, P12D); this turns
//! those durations into figures counted in the unit as written, so that the
//! comparer can set them against "10 years" or "two days".
//!
//! A duration written without digits is a figure only where its wording makes
//! it a stretch of time the story reports: after a qualifier ("nearly a
//! month"), after a verb or preposition of duration ("lasted a month", "for a
//! decade"), or before "of" ("a decade of war"). "In a decade", "a year after
//! the quake", "once a month" and "the past month" are not.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::lexicon::Lexicon;
use super::time_units::{self, TimeUnit};
use super::tokens::Tok;
use super::{apply, Figure, Interval, Qualifier, Span, Timex, TimexType};
use crate::model::Bound;

/// The words that make the length of time after them a stretch the story
/// reports (`data/figures/stretch_cues.txt`).
pub(super) fn stretch_cues() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::table::words(include_str!("../../data/figures/stretch_cues.txt"))
            .into_iter()
            .collect()
    })
}

/// Figures for the durations among `timexes` (those of one sentence, whose
/// tokens are `toks`) that no figure in `found` already covers.
pub(super) fn in_sentence(
    toks: &[Tok],
    timexes: &[&Timex],
    found: &[Figure],
    lex: &Lexicon,
) -> Vec<Figure> {
    timexes
        .iter()
        .filter(|t| t.timex_type == TimexType::Duration)
        .filter(|t| !found.iter().any(|f| f.span.overlaps(t.span)))
        .filter_map(|t| stretch(toks, t, timexes, lex))
        .collect()
}

fn stretch(toks: &[Tok], t: &Timex, timexes: &[&Timex], lex: &Lexicon) -> Option<Figure> {
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let first = toks.iter().position(|k| k.start >= t.span.start)?;
    let end = toks.iter().rposition(|k| k.end <= t.span.end)? + 1;
    if first >= end {
        return None;
    }
    let unit_at = |j: usize| time_units::unit(lower(j)).or_else(|| glued_long(lower(j)));
    let at = (first..end)
        .rev()
        .find(|&j| toks[j].is_word() && unit_at(j).is_some())?;
    let unit: &TimeUnit = unit_at(at)?;
    let mut amount = time_units::timex_amount(&t.value, unit)?;

    // Where the wording of the length starts: past a qualifier the tagger
    // included ("nearly a month"); a determiner or window word there makes it
    // a window ("the past 24 hours"), not a stretch.
    let mut core = first;
    while core < at {
        if let Some((_, n)) = lex.pre_qual.at(toks, core) {
            core += n;
        } else if lex.is(lower(core), "definite") || lex.is(lower(core), "window") {
            return None;
        } else {
            break;
        }
    }
    let mut start = core;
    // "half an hour": the tagger may leave the fraction out of its span.
    if core == first {
        if let Some((share, n)) = lex.fractions.ending(toks, core) {
            amount *= share;
            start -= n;
        }
    }
    let before = |k: usize| k.checked_sub(1).map_or("", |j| lower(j));
    let mut rule = lex.pre_qual.ending(toks, start).filter(
        |(_, n)| !matches!(before(start - n), w if lex.is(w, "definite") || lex.is(w, "window")),
    );
    if let Some((_, n)) = rule {
        start -= n;
    }
    let mut last = end;
    if rule.is_none() {
        if let Some((r, n)) = lex.post_qual.at(toks, end).filter(|(_, n)| *n > 1) {
            rule = Some((r, n));
            last = end + n;
        }
    }

    let after = lower(last);
    let relative = lex.is(after, "reltime") || after == "per";
    let rate = timexes.iter().any(|s| {
        s.timex_type == TimexType::Set
            && s.span.start >= t.span.end
            && s.span.start <= t.span.end + 2
    });
    if relative || rate || lex.is(before(start), "window") {
        return None;
    }
    let singular = lower(at) == unit.name;
    let hyphen = |j: usize| toks.get(j).is_some_and(|k| k.is("-") && k.glued);
    let after_number = at > 0 && toks[at - 1].num().is_some_and(|v| v != 1.0);
    let glued = glued_long(lower(at)).is_some();
    let modifier = glued
        || (singular && (at.checked_sub(1).is_some_and(hyphen) || hyphen(at + 1) || after_number));
    // "a weeklong manhunt", "a month-long search": a unit with no number,
    // made a length by "long", is a rough length (eight days fit "weeklong").
    let rough = !after_number && (glued || (hyphen(at + 1) && lower(at + 2) == "long"));
    if modifier && lower(at + 2) == "old" {
        return None;
    }
    let cued = rule.is_some()
        || stretch_cues().contains(before(start))
        || (after == "of" && toks.get(last + 1).is_some_and(|k| k.is_word()));
    if !(modifier || cued) {
        return None;
    }

    let (interval, qualifier) = match rule {
        Some((r, _)) => (apply(&r, amount), r.qualifier),
        // Half a unit either way, as "about a week" allows.
        None if rough => (
            Interval {
                low: Bound::Inclusive(amount - 0.5),
                high: Bound::Inclusive(amount + 0.5),
            },
            Qualifier::About,
        ),
        None => (Interval::exact(amount), Qualifier::Exact),
    };
    let span_end = t.span.end.max(toks.get(last - 1)?.end);
    Some(Figure {
        span: Span::new(toks.get(start)?.start, span_end),
        value: amount,
        interval,
        qualifier,
        unit: None,
        counts: Some(unit.plural.to_string()),
        category: None,
    })
}

/// "weeklong", "yearlong": a unit of time glued to "long", one word that the
/// tagger reads as a duration of one unit.
fn glued_long(word: &str) -> Option<&'static TimeUnit> {
    let stem = word.strip_suffix("long")?;
    time_units::unit(stem).filter(|u| u.name == stem)
}
