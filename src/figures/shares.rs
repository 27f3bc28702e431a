//! Shares of a whole that has no number: "two-thirds of the homes", "more
//! than half of residents", "60% of homes", "most of the city's hospitals".
//!
//! Such a figure is a percentage of the counted noun (`unit` percent, `counts`
//! the noun, see [`Figure::is_share`]), never a count of it: "half of the
//! homes" says nothing about how many homes there were, so it must not meet
//! "300 homes". A share whose whole has a number ("half of the 1,200
//! residents fled") is a count of the part and stays with
//! `parts_of_a_whole`.
//!
//! Choices worth knowing:
//! - A plain fraction covers the whole percents it is written as: "two-thirds"
//!   is [66, 67] (both "66%" and "67%" are how it is put in figures), "half"
//!   is 50. A qualifier bounds the exact share: "nearly two-thirds" is
//!   [60, 66.67], "about a quarter" [22.5, 27.5]. Two fractions joined
//!   ("between a third and half", "a quarter to a third") are a range.
//! - Words that only bound a share ("most", "a majority") take their bounds
//!   from `shares.tsv`; every share is cut to [0, 100], so "more than half"
//!   is (50, 100].
//! - The whole must be a plural count noun or a collective one ("the
//!   population"): "half of the time", "a third of a mile", "half of them",
//!   "a two-thirds majority" and "half an hour" are no shares of a count.
//! - A whole told by what it is made of ("half of the victims were
//!   children") gives no share: its noun alone would set it against any other
//!   share of the victims ("a third of the victims were women").

use super::lexicon::{Lexicon, ShareWord};
use super::tokens::Tok;
use super::{apply, is_plural, noun_phrase, post_cue, Core, Found, Word};
use crate::model::{Bound, Casualty, Figure, Interval, Qualifier, Span};

/// Turns percentages of a whole into shares and adds the shares written in
/// words. Runs after `parts_of_a_whole`, which has taken the shares whose
/// whole has a number.
pub(super) fn find(toks: &[Tok], found: &mut Vec<Found>, lex: &Lexicon) {
    percentages(toks, found, lex);
    share_words(toks, found, lex);
}

/// What a share is a share of.
struct Whole {
    /// The counted noun, as a count of it would give it ("homes").
    counts: String,
    category: Option<Casualty>,
    /// Token after the whole's phrase (and its casualty cue, when one follows).
    end: usize,
}

/// "60% of homes", "about 40 percent of the residents": the percentage is
/// read as before, the whole gives it a noun.
fn percentages(toks: &[Tok], found: &mut [Found], lex: &Lexicon) {
    for f in found.iter_mut() {
        let fig = &f.figure;
        let percent = fig.unit.as_deref() == Some("percent") && fig.counts.is_none();
        if !percent || !(0.0..=100.0).contains(&fig.value) {
            continue;
        }
        let after = toks.partition_point(|t| t.start < fig.span.end);
        let Some(whole) = whole_at(toks, after, false, lex) else {
            continue;
        };
        f.figure.counts = Some(whole.counts);
        f.figure.category = f.figure.category.or(whole.category);
        f.figure.interval = within_whole(f.figure.interval);
        f.np_end = f.np_end.max(whole.end);
    }
}

/// "two-thirds of the homes", "more than half the residents", "most of the
/// city's hospitals".
fn share_words(toks: &[Tok], found: &mut Vec<Found>, lex: &Lexicon) {
    let mut i = 0;
    while i < toks.len() {
        let Some((word, n)) = lex.share_words.at(toks, i) else {
            i += 1;
            continue;
        };
        // "the first half of the matches", "the other half": a named part.
        let named_part = lex.share_block.ending(toks, i).is_some()
            || i.checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| p.is("-") && toks.get(i).is_some_and(|t| t.glued));
        let takes_the = matches!(
            word,
            ShareWord::Fraction {
                takes_the: true,
                ..
            }
        );
        let whole = if named_part {
            None
        } else {
            whole_at(toks, i + n, takes_the, lex)
        };
        let Some(whole) = whole else {
            i += 1;
            continue;
        };
        let (first, value, interval, qualifier) = match word {
            ShareWord::Fraction { share, .. } => fraction(toks, i, share, lex),
            ShareWord::Bounds {
                qualifier,
                low,
                high,
            } => {
                // The bound the word names: "most" is more than 50, "a
                // minority" less than 50.
                let named = match qualifier {
                    Qualifier::LessThan | Qualifier::AtMost => high,
                    _ => low,
                };
                (
                    i,
                    named.value().unwrap_or(0.0),
                    Interval { low, high },
                    qualifier,
                )
            }
        };
        let (Some(a), Some(b)) = (toks.get(first), toks.get(i + n - 1)) else {
            i += 1;
            continue;
        };
        let span = Span::new(a.start, b.end);
        // "Three quarters of the homes" was read as three of something.
        found.retain(|g| !g.figure.span.overlaps(span));
        let category = whole
            .category
            .or_else(|| lex.pre_cue.ending(toks, first).map(|c| c.0));
        found.push(Found {
            figure: Figure {
                span,
                value,
                interval: within_whole(interval),
                qualifier,
                unit: Some("percent".to_string()),
                counts: Some(whole.counts),
                category,
            },
            first,
            np_end: whole.end,
        });
        i = whole.end.max(i + 1);
    }
}

/// The wording of a fraction at token `i`: the end of a range ("between a
/// third and half"), after a qualifier ("nearly two-thirds") or alone. Its
/// first token, value, interval and qualifier.
fn fraction(
    toks: &[Tok],
    i: usize,
    share: f64,
    lex: &Lexicon,
) -> (usize, f64, Interval, Qualifier) {
    let v = percent(share);
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if let Some(conj) = i.checked_sub(1) {
        let lone = |j: usize| match lex.share_words.ending(toks, j) {
            Some((ShareWord::Fraction { share, .. }, n)) => Some((percent(share), n)),
            _ => None,
        };
        if let Some((lo, n)) = lone(conj).filter(|&(lo, _)| lo < v) {
            let start = conj - n;
            let opener = start.checked_sub(1).map_or("", lower);
            let joined = match lower(conj) {
                "and" => opener == "between",
                "to" | "or" | "-" | "–" => true,
                _ => false,
            };
            if joined {
                let first = if matches!(opener, "between" | "from") {
                    start - 1
                } else {
                    start
                };
                let interval = Interval {
                    low: Bound::Inclusive(lo.floor()),
                    high: Bound::Inclusive(v.ceil()),
                };
                return (first, lo, interval, Qualifier::Range);
            }
        }
    }
    match lex.pre_qual.ending(toks, i) {
        Some((rule, len)) => {
            let r = apply(&rule, v);
            let round = |b: Bound| match b {
                Bound::Inclusive(x) => Bound::Inclusive(hundredths(x)),
                Bound::Exclusive(x) => Bound::Exclusive(hundredths(x)),
                Bound::Unbounded => b,
            };
            let r = Interval {
                low: round(r.low),
                high: round(r.high),
            };
            (i - len, v, r, rule.qualifier)
        }
        // Written as a fraction, a share is put in figures as the whole
        // percents around it: "two-thirds" is 66% or 67%.
        None => (
            i,
            v,
            Interval {
                low: Bound::Inclusive(v.floor()),
                high: Bound::Inclusive(v.ceil()),
            },
            Qualifier::Exact,
        ),
    }
}

/// A share of 1 in percent, to two decimals: the table's six-digit shares
/// would otherwise print as "60.00003" once a qualifier scales them.
fn percent(share: f64) -> f64 {
    hundredths(share * 100.0)
}

/// The whole a share word or percentage at `at` takes: "of (all) (the)
/// (city's) <plural noun>", or without "of" after "half" ("half the homes").
fn whole_at(toks: &[Tok], at: usize, takes_the: bool, lex: &Lexicon) -> Option<Whole> {
    let det = |j: usize| toks.get(j).is_some_and(|t| lex.is(&t.lower, "share_det"));
    let mut j = at;
    if toks.get(j)?.is("of") {
        j += 1;
    } else if !(takes_the && det(j)) {
        return None;
    }
    // "all the homes", "all their homes".
    while det(j) && j < at + 3 {
        j += 1;
    }
    j = past_possessive(toks, j, lex);
    let t = toks.get(j)?;
    // A number here belongs to the whole ("half of the 1,200 residents"); a
    // pronoun or punctuation leaves no noun ("half of them").
    if !t.is_word() || lex.numbers.contains_key(&t.lower) || lex.vague.at(toks, j).is_some() {
        return None;
    }
    let plural = Core {
        start: j,
        end: j,
        value: 2.0,
        scale: 1.0,
        words: false,
        money_only: false,
        vague: None,
        year_like: false,
    };
    let np = noun_phrase(toks, &plural, j, lex);
    // "two-thirds of the adult population": a collective noun, which also
    // ends the phrase ("half of the world's population lives ...").
    let collective = (j..j + 3)
        .take_while(|&k| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && !lex.is(&t.lower, "stop"))
        })
        .find(|&k| toks.get(k).is_some_and(|t| lex.is(&t.lower, "collective")));
    let (counts, head, category) = match (np.counts, np.head, collective) {
        (_, _, Some(h)) if np.head.is_none_or(|nh| h < nh) => (toks.get(h)?.lower.clone(), h, None),
        (Some(c), Some(h), _) => (c, h, np.category),
        _ => return None,
    };
    let head_word = toks.get(head).map_or("", |t| t.lower.as_str());
    // "half of the days", "most of the years": a stretch of time, not a count.
    if lex.is(head_word.strip_suffix('s').unwrap_or(head_word), "timeunit") {
        return None;
    }
    // "half of the people who died were over 80": a casualty picks out the
    // whole, and what the share says comes after it, unread ("restored to
    // half of the homes that lost power" is a share of homes all the same).
    let relative = toks
        .get(head + 1)
        .is_some_and(|t| lex.is(&t.lower, "relative"));
    if relative && post_cue(toks, head + 1, lex).is_some() || made_of(toks, head + 1, lex) {
        return None;
    }
    let (category, end) = match category {
        Some(c) => (Some(c), head + 1),
        None => match post_cue(toks, head + 1, lex) {
            Some((c, e)) => (Some(c), e),
            None => (None, head + 1),
        },
    };
    Some(Whole {
        counts,
        category,
        end,
    })
}

/// Past "city's" or "residents'" when one of the next few words ends a
/// possessive ("the regional government's hospitals").
fn past_possessive(toks: &[Tok], from: usize, lex: &Lexicon) -> usize {
    let mut k = from;
    while k < from + 3 {
        let Some(t) = toks
            .get(k)
            .filter(|t| t.is_word() && !lex.is(&t.lower, "stop"))
        else {
            break;
        };
        if t.lower.ends_with("'s") || t.lower.ends_with("’s") {
            return k + 1;
        }
        let apostrophe = toks
            .get(k + 1)
            .is_some_and(|a| a.glued && (a.is("'") || a.is("’")));
        if apostrophe {
            return k + 2;
        }
        k += 1;
    }
    from
}

/// "... were children", "... on board were Germans": the sentence says what
/// the whole is made of, maybe after a short phrase saying where it is.
fn made_of(toks: &[Tok], after_head: usize, lex: &Lexicon) -> bool {
    let copula = |k: usize| toks.get(k).is_some_and(|t| lex.is(&t.lower, "copula"));
    let mut k = after_head;
    while k < after_head + 5 && toks.get(k).is_some_and(|t| t.is_word()) && !copula(k) {
        k += 1;
    }
    copula(k)
        && toks.get(k + 1).is_some_and(|t| {
            let w = Word {
                text: t.lower.clone(),
                cap: t.cap,
                first: k + 1,
                last: k + 1,
            };
            t.is_word() && !lex.is(&t.lower, "stop") && is_plural(&w, lex)
        })
}

fn hundredths(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A share lies between none and all of the whole.
fn within_whole(i: Interval) -> Interval {
    let low = match i.low {
        Bound::Inclusive(v) | Bound::Exclusive(v) if v >= 0.0 => i.low,
        _ => Bound::Inclusive(0.0),
    };
    let high = match i.high {
        Bound::Inclusive(v) | Bound::Exclusive(v) if v <= 100.0 => i.high,
        _ => Bound::Inclusive(100.0),
    };
    Interval { low, high }
}
