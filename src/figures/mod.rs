//! Figures: numbers a reader would compare across versions of a story, as
//! intervals, with what they count and, for human casualties, which kind.
//!
//! Each sentence is tokenized once ([`tokens`]); every number (digits, number
//! words, vague quantities such as "dozens") is then read with a bounded window
//! of tokens on either side: qualifier and currency before, range, scale, unit
//! and trailing qualifier after, then the counted noun phrase and the casualty
//! cues around it. The word lists live in `data/figures/*.tsv` ([`lexicon`]).
//!
//! Choices worth knowing:
//! - `value` is the number as written, scaled; for ranges and vague quantities
//!   it is the low bound.
//! - "nearly/almost 100" is `about` with `[90, 100]`; "about 100" is `[90, 110]`;
//!   "up to 100" is `at_most` `(-inf, 100]` (the interval rules are in
//!   `qualifiers.tsv`).
//! - `counts` is the head noun in its plural form with at most two lowercase
//!   modifiers right before it ("ballistic missiles"); nationality and participle
//!   modifiers are dropped ("Iranian backed plots" -> "plots").
//! - A casualty figure with no noun of its own ("and 2,037 wounded") takes the
//!   noun of the casualty figure just before it in the same sentence.
//! - A share of a whole with no number for it ("two-thirds of the homes",
//!   "60% of homes") is a percentage that counts the whole's noun ([`shares`]);
//!   with a number for the whole ("half of the 1,200 residents fled") the
//!   figure is the part, a count.
//! - Numbers that are dates, years, clock times, ages, phone numbers, names
//!   ("Flight 17"), compound modifiers ("a 10 km stretch") or pronouns ("no
//!   one") are not figures. Durations ("25 years in prison") are, unless
//!   relative ("three days ago") or a time window ("the past 24 hours"); those
//!   written without digits or as a modifier ("for a decade", "half a year",
//!   "a 12-day war") are read from the temporal tagger ([`durations`]), with
//!   `counts` the unit's plural and `value` the length in that unit.
//!
//! By job: `numbers` (the number and its interval), `window` (the words
//! around it, and whether it is a figure), `nouns` (what it counts),
//! `casualties` (which casualty, and what a list's figures share), `shares`
//! and `durations`; this file walks the sentences.

mod durations;
mod lexicon;
mod shares;
pub mod time_units;
mod tokens;

mod casualties;
mod nouns;
mod numbers;
mod window;

use casualties::{inherit, post_cue, toll_cue};
use nouns::{is_plural, noun_phrase};
use numbers::{apply, is_dash, number_at, vague_at};
use window::build;

use crate::document::Document;
use crate::model::{Bound, Casualty, Figure, Interval, Qualifier, Span, Timex, TimexType};
use lexicon::{lexicon, End, Lexicon, NumKind, QualRule, VagueKind};
use tokens::{tokenize, Kind, Tok};

/// The value of a number written as one word ("seven" -> 7, "twelve" ->
/// 12), from the figures' own table (`data/figures/numbers.tsv`), for other
/// stages.
pub fn word_value(word: &str) -> Option<f64> {
    match lexicon().numbers.get(&word.to_lowercase()) {
        Some(&(v, NumKind::Unit | NumKind::Teen | NumKind::Ten)) => Some(v),
        _ => None,
    }
}

/// Every figure of `doc`, in text order. `timexes` are the document's temporal
/// expressions: numbers inside a date, time or set expression are not figures
/// (durations are left alone: "25 years" is both).
pub fn find(doc: &Document, timexes: &[Timex]) -> Vec<Figure> {
    let mut blocked: Vec<Span> = timexes
        .iter()
        .filter(|t| t.timex_type != TimexType::Duration)
        .map(|t| t.span)
        .collect();
    blocked.sort();
    let sentences: Vec<Span> = if doc.sentences.is_empty() {
        vec![doc.body]
    } else {
        doc.sentences.clone()
    };
    // Durations and rates ("a day" in "24 hours a day"), by position, for the
    // lengths of time the number reader does not see ("a decade").
    let mut timed: Vec<&Timex> = timexes
        .iter()
        .filter(|t| matches!(t.timex_type, TimexType::Duration | TimexType::Set))
        .collect();
    timed.sort_by_key(|t| t.span);
    let lex = lexicon();
    let mut out = Vec::new();
    for s in sentences {
        let Some(text) = doc.text.get(s.start..s.end) else {
            continue;
        };
        let from = timed.partition_point(|t| t.span.start < s.start);
        let to = timed.partition_point(|t| t.span.start < s.end);
        let timed = &timed[from..to];
        let may_hold_number = text.bytes().any(|b| b.is_ascii_digit())
            || lex.prefilter.as_ref().is_none_or(|p| p.is_match(text));
        if !may_hold_number && timed.is_empty() {
            continue;
        }
        let mut toks = tokenize(text, s.start);
        uncap_title_case(&mut toks);
        if after_name_abbreviation(doc.text.get(..s.start).unwrap_or(""), lex)
            && toks.first().is_some_and(|t| t.num().is_some())
        {
            // The segmenter ended a sentence at "No." in "No. 10": not a figure.
            toks.remove(0);
        }
        let found = if may_hold_number {
            in_sentence(&toks, &blocked, lex)
        } else {
            Vec::new()
        };
        let mut found = found;
        others_of_a_noun(&doc.text, &mut found);
        let lengths = durations::in_sentence(&toks, timed, &found, lex);
        out.extend(found);
        out.extend(lengths);
    }
    // Scale words can still overflow a finite numeral ("999,...,999 million"):
    // an infinite value would compare equal to any other and print as null.
    out.retain(|f| {
        f.value.is_finite()
            && [f.interval.low, f.interval.high]
                .iter()
                .all(|b| b.value().is_none_or(f64::is_finite))
    });
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out.dedup_by(|later, earlier| earlier.span.overlaps(later.span));
    out
}

/// "destroyed 40 homes and damaged 120 others": a number followed by
/// "others" counts the noun of the last count before it in its sentence
/// (`found` is one sentence's figures, in text order).
fn others_of_a_noun(text: &str, found: &mut [Figure]) {
    let mut last: Option<String> = None;
    for f in found.iter_mut() {
        if f.counts.is_some() {
            last = f.counts.clone();
            continue;
        }
        let after = text[f.span.end..].trim_start();
        let others = after.strip_prefix("others").is_some_and(|rest| {
            !rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
        });
        if others && f.unit.is_none() {
            f.counts = last.clone();
        }
    }
}

/// True when `before` ends with an abbreviation that names a number or a day
/// ("No.", "Vol.", "Oct.").
fn after_name_abbreviation(before: &str, lex: &Lexicon) -> bool {
    let Some(rest) = before.trim_end().strip_suffix('.') else {
        return false;
    };
    let word: String = rest
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.to_lowercase();
    !word.is_empty() && word.len() <= 4 && (lex.is(&word, "name") || lex.is(&word, "month"))
}

/// In a headline written in title case ("Strike Kills 85 People"), capitals say
/// nothing about names; read the words as lowercase.
fn uncap_title_case(toks: &mut [Tok]) {
    let words = toks.iter().filter(|t| t.is_word()).count();
    let caps = toks.iter().filter(|t| t.is_word() && t.cap).count();
    if words >= 4 && caps * 10 >= words * 7 {
        for t in toks.iter_mut() {
            t.cap = false;
        }
    }
}

/// A number's core wording, before qualifiers and units are looked at.
#[derive(Clone, Debug)]
struct Core {
    /// Token range `[start, end)`.
    start: usize,
    end: usize,
    /// Scaled value ("1.2 million" is 1.2e6); the low bound for vague quantities.
    value: f64,
    /// The scale word's factor, 1 when none.
    scale: f64,
    /// Written in words ("twelve", "a dozen", "several"), not digits.
    words: bool,
    /// A glued suffix only read as a multiplier with a currency ("$40m").
    money_only: bool,
    /// `[low, high]` of a vague quantity.
    vague: Option<(f64, f64)>,
    /// Four digits between 1000 and 2099, no separators: maybe a year (news style
    /// writes counts that size with a comma, "2,000").
    year_like: bool,
}

/// A figure plus the token positions needed to relate it to its neighbours.
struct Found {
    figure: Figure,
    /// First token of the wording (qualifier included).
    first: usize,
    /// Token after the counted noun phrase (or after the wording when none).
    np_end: usize,
}

fn in_sentence(toks: &[Tok], blocked: &[Span], lex: &Lexicon) -> Vec<Figure> {
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let core = vague_at(toks, i, lex).or_else(|| number_at(toks, i, lex));
        let Some(core) = core else {
            i += 1;
            continue;
        };
        let (f, resume) = build(toks, &core, blocked, lex);
        if let Some(f) = f {
            found.push(f);
        }
        i = resume.max(core.end).max(i + 1);
    }
    inherit(toks, &mut found, lex);
    parts_of_a_whole(toks, &mut found, lex);
    shares::find(toks, &mut found, lex);
    found.into_iter().map(|f| f.figure).collect()
}

struct NounPhrase {
    counts: Option<String>,
    /// Token index of the head noun.
    head: Option<usize>,
    /// From a casualty modifier ("12 missing children") or a casualty noun ("85 deaths").
    category: Option<Casualty>,
    /// Token after the phrase.
    end: usize,
}

struct Word {
    text: String,
    cap: bool,
    /// First and last token of the word (hyphen compounds span several).
    first: usize,
    last: usize,
}

/// "Nearly half of the 1,200 residents fled", "40% of the 300 workers were
/// laid off": the event befell the part, so the figure is the part (about 600
/// displaced), not the whole. When the casualty word sits inside the whole's
/// own noun phrase ("half of the 47 dead were children") the whole keeps it.
fn parts_of_a_whole(toks: &[Tok], found: &mut Vec<Found>, lex: &Lexicon) {
    let mut consumed: Vec<usize> = Vec::new();
    for n in 0..found.len() {
        let f = &found[n];
        if f.figure.unit.is_some() || f.figure.qualifier != Qualifier::Exact {
            continue;
        }
        let mut k = f.first;
        if k > 0 && lex.is(&toks[k - 1].lower, "definite") {
            k -= 1;
        }
        if k == 0 || !toks[k - 1].is("of") {
            continue;
        }
        let of = k - 1;
        // The share: a fraction word, or a percentage figure right before "of".
        let share = match lex.fractions.ending(toks, of) {
            Some((share, len)) => Some((share, of - len, None)),
            None => found.iter().enumerate().find_map(|(j, g)| {
                let ends_here = g.figure.span.end == toks[of].start
                    || of
                        .checked_sub(1)
                        .and_then(|p| toks.get(p))
                        .is_some_and(|t| t.end == g.figure.span.end);
                (g.figure.unit.as_deref() == Some("percent") && ends_here)
                    .then(|| (g.figure.value / 100.0, g.first, Some(j)))
            }),
        };
        let Some((share, mut first, pct)) = share else {
            continue;
        };
        // The casualty word must follow a counted noun ("residents fled"),
        // not be the whole's own noun or modifier ("the 47 dead").
        let cue_at = (f.first + 1..f.np_end).find(|&j| lex.post_cue.at(toks, j).is_some());
        let befell_the_part = f.figure.category.is_some()
            && f.figure.counts.is_some()
            && cue_at.is_some_and(|j| j >= f.first + 2 && toks[j - 1].is_word());
        if !befell_the_part {
            continue;
        }
        let value = f.figure.value * share;
        let (interval, qualifier) =
            match pct.map_or_else(|| lex.pre_qual.ending(toks, first), |_| None) {
                Some((rule, len)) => {
                    first -= len;
                    (apply(&rule, value), rule.qualifier)
                }
                None => match pct {
                    // a percentage carries its own qualifier ("about 40%")
                    Some(j) => {
                        let g = &found[j].figure;
                        (g.interval.times(f.figure.value / 100.0), g.qualifier)
                    }
                    None => (Interval::exact(value), Qualifier::Exact),
                },
            };
        let start = toks[first].start;
        let f = &mut found[n];
        f.figure.span = Span::new(start, f.figure.span.end);
        f.figure.value = value;
        f.figure.interval = interval;
        f.figure.qualifier = qualifier;
        f.first = first;
        consumed.extend(pct);
    }
    consumed.sort_unstable();
    for j in consumed.into_iter().rev() {
        found.remove(j);
    }
}

#[cfg(test)]
mod tests {
    use super::numbers::number_words;
    use super::*;

    #[test]
    fn number_words_parse() {
        let lex = lexicon();
        let v = |s: &str| {
            let t = tokenize(s, 0);
            number_words(&t, 0, lex).map(|c| (c.value, c.end))
        };
        assert_eq!(v("one hundred and twenty people"), Some((120.0, 4)));
        assert_eq!(v("eighty-five dead"), Some((85.0, 3)));
        assert_eq!(v("a dozen"), Some((12.0, 2)));
        assert_eq!(v("two million"), Some((2e6, 2)));
        assert_eq!(v("three thousand five hundred"), Some((3500.0, 4)));
        assert_eq!(v("hundred"), None);
        assert_eq!(v("one hundred and"), Some((100.0, 2)));
    }

    #[test]
    fn numbers_past_f64_are_no_figures() {
        let doc = |s: &str| Document::from_text("t.txt", s, None);
        let huge = format!("1{}", "0".repeat(320));
        let grouped = format!("999{}", ",999".repeat(103));
        for text in [
            format!("Officials said {huge} people were killed."),
            format!("At least {grouped} million homes were destroyed."),
            format!("Between 5 and {huge} people fled."),
        ] {
            let figs = find(&doc(&text), &[]);
            assert!(figs.iter().all(|f| f.value.is_finite()), "{text}: {figs:?}");
        }
        // Large but representable numbers stay.
        let figs = find(&doc("The debt reached 1,000,000,000,000,000 dollars."), &[]);
        assert_eq!(figs.len(), 1);
        assert_eq!(figs[0].value, 1e15);
    }
}
