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

mod durations;
mod lexicon;
mod shares;
pub mod time_units;
mod tokens;

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

fn is_year_token(t: &Tok) -> bool {
    t.lower.len() == 4
        && t.lower.bytes().all(|b| b.is_ascii_digit())
        && t.num().is_some_and(|v| (1000.0..=2099.0).contains(&v))
}

/// Digits ("2,037", "1.2 million", "40bn") or number words ("one hundred and
/// twenty", "eighty-five", "a dozen") starting at token `i`.
fn number_at(toks: &[Tok], i: usize, lex: &Lexicon) -> Option<Core> {
    let t = toks.get(i)?;
    let mut core = Core {
        start: i,
        end: i + 1,
        value: 0.0,
        scale: 1.0,
        words: false,
        money_only: false,
        vague: None,
        year_like: false,
    };
    match t.kind {
        Kind::Num(v) => {
            core.value = v;
            core.year_like = is_year_token(t);
            if let Some(n) = toks.get(i + 1).filter(|n| n.is_word()) {
                let scale = match lex.numbers.get(&n.lower) {
                    Some(&(s, NumKind::Scale | NumKind::Hundred)) => Some(s),
                    _ if !n.glued => lex
                        .suffixes
                        .get(&n.lower)
                        .filter(|(_, money)| !money)
                        .map(|s| s.0),
                    _ => None,
                };
                if let Some(s) = scale {
                    core.value *= s;
                    core.scale = s;
                    core.end += 1;
                    core.year_like = false;
                }
            }
            Some(core)
        }
        Kind::Alnum => {
            if let Some(v) = tokens::parse_decimal_comma(&t.lower) {
                // "2,3 million": a decimal comma is trusted only before a scale
                // word, where "1,2" cannot be a list of two numbers
                let n = toks.get(i + 1).filter(|n| n.is_word())?;
                let &(s, NumKind::Scale) = lex.numbers.get(&n.lower)? else {
                    return None;
                };
                core.value = v * s;
                core.scale = s;
                core.end += 1;
                return Some(core);
            }
            let split = t
                .lower
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))?;
            let (digits, suffix) = t.lower.split_at(split);
            let v = tokens::parse_digits(digits)?;
            let &(s, money) = lex.suffixes.get(suffix)?;
            core.value = v * s;
            core.scale = s;
            core.money_only = money;
            Some(core)
        }
        Kind::Word => number_words(toks, i, lex),
        Kind::Punct => None,
    }
}

fn number_words(toks: &[Tok], i: usize, lex: &Lexicon) -> Option<Core> {
    let word = |j: usize| {
        toks.get(j)
            .filter(|t| t.is_word())
            .and_then(|t| lex.numbers.get(&t.lower))
            .copied()
    };
    let mut j = i;
    let (mut total, mut cur) = (0.0f64, 0.0f64);
    let mut last: Option<NumKind> = None;
    if toks.get(i)?.is("a")
        && matches!(
            word(i + 1),
            Some((_, NumKind::Hundred | NumKind::Scale | NumKind::Dozen))
        )
    {
        cur = 1.0;
        last = Some(NumKind::Unit);
        j += 1;
    }
    while let Some((v, k)) = word(j) {
        match k {
            NumKind::Unit | NumKind::Teen => {
                if matches!(last, Some(NumKind::Unit | NumKind::Teen)) {
                    break;
                }
                cur += v;
            }
            NumKind::Ten => {
                if matches!(last, Some(NumKind::Unit | NumKind::Teen | NumKind::Ten)) {
                    break;
                }
                cur += v;
            }
            // Multipliers need something to multiply: "hundred" alone is not a number.
            NumKind::Hundred | NumKind::Dozen => {
                if last.is_none() || last == Some(k) {
                    break;
                }
                cur = cur.max(1.0) * v;
            }
            NumKind::Scale => {
                if last.is_none() {
                    break;
                }
                total += cur.max(1.0) * v;
                cur = 0.0;
            }
        }
        last = Some(k);
        j += 1;
        let glued_hyphen = toks.get(j).is_some_and(|t| t.is("-") && t.glued)
            && toks.get(j + 1).is_some_and(|t| t.glued);
        // "eighty-five", "one hundred and twenty": step over the connector.
        let hyphenated =
            glued_hyphen && k == NumKind::Ten && matches!(word(j + 1), Some((_, NumKind::Unit)));
        let and = toks.get(j).is_some_and(|t| t.is("and"))
            && matches!(k, NumKind::Hundred | NumKind::Scale)
            && matches!(
                word(j + 1),
                Some((_, NumKind::Unit | NumKind::Teen | NumKind::Ten))
            );
        if hyphenated || and {
            j += 1;
        }
    }
    last?;
    // A connector consumed at the end ("hundred and" + non-number) is given back.
    while j > i && toks.get(j - 1).is_some_and(|t| t.is("and") || t.is("-")) {
        j -= 1;
    }
    Some(Core {
        start: i,
        end: j,
        value: total + cur,
        scale: 1.0,
        words: true,
        money_only: false,
        vague: None,
        year_like: false,
    })
}

/// "dozens", "hundreds of thousands", "several hundred", "a handful".
fn vague_at(toks: &[Tok], i: usize, lex: &Lexicon) -> Option<Core> {
    let (vg, n) = lex.vague.at(toks, i)?;
    let mut j = i + n;
    let (mut lo, mut hi) = (vg.low, vg.high);
    let is_of = |j: usize| toks.get(j).is_some_and(|t| t.is("of"));
    match vg.kind {
        VagueKind::Det => {
            let mut scaled = false;
            while let Some(&(s, k)) = toks.get(j).and_then(|t| lex.numbers.get(&t.lower)) {
                if !matches!(k, NumKind::Hundred | NumKind::Scale | NumKind::Dozen) {
                    break;
                }
                lo *= s;
                hi *= s;
                j += 1;
                scaled = true;
            }
            if vg.needs_of && !scaled && !is_of(j) {
                return None;
            }
        }
        VagueKind::Plural | VagueKind::ScaleOnly => {
            // "hundreds of thousands": the plural scale word multiplies.
            let scale = toks
                .get(j + 1)
                .filter(|_| is_of(j))
                .and_then(|t| t.lower.strip_suffix('s'))
                .and_then(|w| lex.numbers.get(w))
                .filter(|(_, k)| matches!(k, NumKind::Scale | NumKind::Hundred));
            if let Some(&(s, _)) = scale {
                lo *= s;
                hi = (hi + 1.0) * s - 1.0;
                j += 2;
            } else if vg.kind == VagueKind::ScaleOnly || (vg.needs_of && !is_of(j)) {
                return None;
            }
        }
    }
    Some(Core {
        start: i,
        end: j,
        value: lo,
        scale: 1.0,
        words: true,
        money_only: false,
        vague: Some((lo, hi)),
        year_like: false,
    })
}

fn scaled(e: End, v: f64) -> Bound {
    match e {
        End::Unbounded => Bound::Unbounded,
        End::Scaled {
            num,
            den,
            inclusive,
        } => {
            let x = v * num / den;
            if inclusive {
                Bound::Inclusive(x)
            } else {
                Bound::Exclusive(x)
            }
        }
    }
}

fn apply(rule: &QualRule, v: f64) -> Interval {
    Interval {
        low: scaled(rule.low, v),
        high: scaled(rule.high, v),
    }
}

fn is_dash(t: &Tok) -> bool {
    matches!(t.lower.as_str(), "-" | "–" | "—")
}

/// Reads the figure whose core is `core`. Returns it (or `None` when the number
/// is not a figure) and the token index to resume scanning at.
fn build(toks: &[Tok], core: &Core, blocked: &[Span], lex: &Lexicon) -> (Option<Found>, usize) {
    let tok = |j: usize| toks.get(j);
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let mut end = core.end;

    // Phone numbers: "555-123-4567", "+44 20 7946", "(020) 7946 0958".
    if core.vague.is_none() && !core.words {
        let num_at = |j: usize| tok(j).is_some_and(|t| t.num().is_some());
        let chained = |j: usize| {
            tok(j).is_some_and(|t| is_dash(t) && t.glued)
                && tok(j + 1).is_some_and(|t| t.glued && t.num().is_some())
        };
        let plain = |j: usize| tok(j).is_some_and(|t| !t.lower.contains(','));
        if chained(end) && chained(end + 2) {
            let mut k = end;
            while chained(k) {
                k += 2;
            }
            return (None, k);
        }
        let plus = core.start > 0 && tok(core.start - 1).is_some_and(|t| t.is("+"));
        let paren = core.start > 0 && lower(core.start - 1) == "(" && lower(end) == ")";
        let spaced = num_at(end) && plain(end) && plain(core.start) && core.scale == 1.0;
        if plus || paren || spaced {
            let mut k = end;
            while tok(k).is_some_and(|t| t.num().is_some() || t.lower == ")" || is_dash(t)) {
                k += 1;
            }
            return (None, k);
        }
    }

    // Ratios: "1 in 6 children".
    if core.vague.is_none() && tok(end).is_some_and(|t| t.is("in")) {
        if let Some(second) = number_at(toks, end + 1, lex) {
            if !second.year_like {
                return (None, second.end);
            }
        }
    }

    // Currency symbol or code, then qualifier, before the number.
    let mut first = core.start;
    let mut unit: Option<String> = None;
    let mut rule: Option<QualRule> = None;
    if core.vague.is_none() {
        if let Some((u, n)) = lex.pre_unit.ending(toks, first) {
            unit = Some(u);
            first -= n;
        }
        if let Some((r, n)) = lex.pre_qual.ending(toks, first) {
            let before = first.checked_sub(n + 1).map_or("", |j| lower(j));
            // "the past 24 hours" is a time window, not "more than 24".
            if !lex.is(before, "definite") && !lex.is(before, "window") {
                rule = Some(r);
                first -= n;
            }
        }
    }

    // Ranges: "between 150 and 200", "from 150 to 200", "150-200", "150 to 200".
    let mut range: Option<(f64, f64)> = None;
    if core.vague.is_none() {
        let prev = first.checked_sub(1).map_or("", |j| lower(j));
        let between = prev == "between";
        let from = prev == "from";
        let shifting = from
            && (first.saturating_sub(5)..first.saturating_sub(1))
                .any(|j| lex.is(lower(j), "shift"));
        if let Some(c) = tok(end) {
            let glued_dash = is_dash(c)
                && (c.lower != "-" || c.glued)
                && tok(end + 1).is_some_and(|t| c.lower != "-" || t.glued);
            // "five or six": a range when the second is larger.
            let ok = (c.is("and") && between)
                || c.is("or")
                || (c.is("to") && !shifting && !core.words)
                || (c.is("to") && from && !shifting)
                || glued_dash;
            let mut k = end + 1;
            if ok {
                if let Some((_, n)) = lex.pre_unit.at(toks, k) {
                    k += n;
                }
            }
            if let Some(second) = number_at(toks, k, lex).filter(|_| ok) {
                let mut lo = core.value;
                if core.scale == 1.0 && second.scale > 1.0 && lo * second.scale <= second.value {
                    lo *= second.scale;
                }
                if core.year_like || second.year_like {
                    // "2019-2021", "from 2019 to 2021": years, not a range of counts.
                    return (None, second.end);
                }
                if second.value > lo {
                    range = Some((lo, second.value));
                    end = second.end;
                    if between || (from && !shifting) {
                        first -= 1;
                    }
                } else if glued_dash {
                    // "2-1": a score.
                    return (None, second.end);
                }
            }
        }
    }

    let span_of = |a: usize, b: usize| -> Option<Span> {
        Some(Span::new(tok(a)?.start, tok(b.checked_sub(1)?)?.end))
    };
    let Some(core_span) = span_of(core.start, core.end) else {
        return (None, end);
    };
    let i = blocked.partition_point(|s| s.start < core_span.end);
    if blocked[i.saturating_sub(4)..i]
        .iter()
        .any(|s| s.overlaps(core_span))
    {
        return (None, end);
    }

    // After the number: unit, then a trailing qualifier.
    if unit.is_none() {
        if let Some((u, n)) = lex.post_unit.at(toks, end) {
            unit = Some(u);
            end += n;
        } else if core.vague.is_some() || core.scale > 1.0 {
            // "millions of dollars"
            let of = tok(end).is_some_and(|t| t.is("of"));
            if let Some((u, n)) = lex.post_unit.at(toks, end + 1).filter(|_| of) {
                unit = Some(u);
                end += 1 + n;
            }
        }
    }
    if rule.is_none() && range.is_none() {
        let hyphen = tok(end).is_some_and(|t| t.is("-") && t.glued);
        let at = if hyphen { end + 1 } else { end };
        if let Some((r, n)) = lex.post_qual.at(toks, at) {
            let glued = tok(at).is_some_and(|t| t.glued);
            if n > 1 || (glued && (hyphen || lower(at) == "+")) {
                rule = Some(r);
                end = at + n;
            }
        }
    }

    if !plausible(toks, core, unit.is_some(), rule.is_some(), lex) {
        return (None, end);
    }

    // What is counted, and the casualty kind.
    let np = if unit.is_some() {
        NounPhrase {
            counts: None,
            head: None,
            category: None,
            end,
        }
    } else {
        noun_phrase(toks, core, end, lex)
    };
    let mut category = np.category;
    let mut np_end = np.end;
    if category.is_none() {
        if let Some((c, e)) = post_cue(toks, np.head.map_or(end, |h| h + 1), lex) {
            category = Some(c);
            np_end = e;
        }
    }
    let pre = lex.pre_cue.ending(toks, first).map(|c| c.0);
    // "90 of its 200 residents were killed": 200 is the total, not the killed.
    let total_of = {
        let mut k = first;
        if k > 0 && lex.is(lower(k - 1), "definite") {
            k -= 1;
        }
        k >= 2
            && lower(k - 1) == "of"
            && tok(k - 2).is_some_and(|t| t.num().is_some() || lex.numbers.contains_key(&t.lower))
    };
    // ... but in "Eleven of the 40 dead" the casualty word is the total's own
    // noun: the 40 are the dead.
    if total_of && np.counts.is_some() {
        category = None;
    } else if category.is_none() {
        category = pre.or_else(|| toll_cue(toks, first, lex));
    }
    let counts = np.counts;
    // "$40m" is money and "2.5m people" a count, but a bare "40m" may be metres.
    if core.money_only && unit.is_none() && counts.is_none() {
        return (None, end);
    }
    let head_lower = np.head.map_or("", |h| lower(h));

    // Numbers that turn out to be something else once the noun is known.
    let prev = first.checked_sub(1).map_or("", |j| lower(j));
    let qualified = rule.is_some() || range.is_some();
    if core.year_like && unit.is_none() && !qualified && pre.is_none() {
        let yearish = counts.is_none() || lex.is(prev, "yearprep") || lex.is(prev, "month");
        if yearish {
            return (None, end);
        }
    }
    let time_unit = head_lower
        .strip_suffix('s')
        .is_some_and(|s| lex.is(s, "timeunit"));
    if time_unit {
        let after = np.head.map_or("", |h| lower(h + 1));
        // "for six hours before ...", "took three days after ...": the cue
        // makes it a stretch of time, whatever follows
        let stretch = durations::stretch_cues().contains(prev);
        if (lex.is(after, "reltime") && !stretch) || lex.is(prev, "window") {
            return (None, end);
        }
    }
    if core.words && core.vague.is_none() {
        let one = core.end - core.start == 1 && lower(core.start) == "one";
        let next = lower(core.end);
        if one && (lex.is(prev, "pronoun-before") || lex.is(next, "pronoun-after")) {
            return (None, end);
        }
        // "the two countries": a known set named again, not a count.
        if !qualified && category.is_none() && lex.is(prev, "definite") {
            return (None, end);
        }
    }
    if core.words && counts.is_none() && unit.is_none() && category.is_none() && !qualified {
        return (None, end);
    }
    // "One official said": a single unnamed person, not a count anyone compares.
    if core.words && core.value == 1.0 && category.is_none() && !qualified && unit.is_none() {
        return (None, end);
    }
    // "Flight 17", "Resolution 2334": a capitalized word names the number. Not when
    // a counted noun follows, which is how headlines in title case read.
    // Lowercase, only the listed words do it, and only without a counted noun:
    // "a level 4 alert", "on page 6".
    if first == core.start && first > 0 && !core.words {
        if let Some(p) = tok(first - 1).filter(|p| p.is_word()) {
            let listed = lex.is(&p.lower, "name") && !lex.is(&p.lower, "stop");
            let ordinary = lex.is(&p.lower, "month")
                || lex.is(&p.lower, "weekday")
                || lex.is(&p.lower, "stop")
                || lex.is(&p.lower, "link")
                || lex.is(&p.lower, "aux")
                || lex.pre_cue.ending(toks, first).is_some();
            let named = if p.cap {
                lex.is(&p.lower, "name") || (!ordinary && counts.is_none())
            } else {
                listed && counts.is_none()
            };
            if named {
                return (None, end);
            }
        }
    }

    let (interval, qualifier, value) = if let Some((lo, hi)) = core.vague {
        (
            Interval {
                low: Bound::Inclusive(lo),
                high: Bound::Inclusive(hi),
            },
            Qualifier::Vague,
            lo,
        )
    } else if let Some((lo, hi)) = range {
        (
            Interval {
                low: Bound::Inclusive(lo),
                high: Bound::Inclusive(hi),
            },
            Qualifier::Range,
            lo,
        )
    } else if let Some(r) = rule {
        (apply(&r, core.value), r.qualifier, core.value)
    } else {
        (Interval::exact(core.value), Qualifier::Exact, core.value)
    };
    let Some(span) = span_of(first, end) else {
        return (None, end);
    };
    let figure = Figure {
        span,
        value,
        interval,
        qualifier,
        unit,
        counts,
        category,
    };
    (
        Some(Found {
            figure,
            first,
            np_end,
        }),
        end,
    )
}

/// Rules out dates, clock times, ages, compound modifiers and number names from
/// the tokens right around the number.
fn plausible(toks: &[Tok], core: &Core, has_unit: bool, qualified: bool, lex: &Lexicon) -> bool {
    let tok = |j: usize| toks.get(j);
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let before = core.start.checked_sub(1);
    let prev = before.map_or("", |j| lower(j));
    let next = lower(core.end);
    let integer = core.value.fract() == 0.0;
    let day_like = integer && (1.0..=31.0).contains(&core.value) && core.vague.is_none();
    let cap_at = |j: Option<usize>, class: &str| {
        j.and_then(tok)
            .is_some_and(|t| t.cap && lex.is(&t.lower, class))
    };
    // "April 1", "Oct. 7", "7 October", "Friday, November 7".
    let abbreviated = prev == "." && cap_at(core.start.checked_sub(2), "month");
    if day_like
        && !has_unit
        && (cap_at(before, "month") || abbreviated || cap_at(Some(core.end), "month"))
    {
        return false;
    }
    if !core.words && core.vague.is_none() {
        // "COVID-19", "F-16", "#5", "'94".
        let glued_before = tok(core.start).is_some_and(|t| t.glued);
        if glued_before && (prev == "-" || prev == "#" || prev == "'" || prev == "’") {
            let named = core.start.checked_sub(2).and_then(tok).is_some_and(|t| {
                t.kind != Kind::Punct && tok(core.start - 1).is_some_and(|h| h.glued)
            });
            if prev != "-" || named {
                return false;
            }
        }
        // "No. 10", "Art. 5".
        if prev == "." && core.start >= 2 && lex.is(lower(core.start - 2), "name") {
            return false;
        }
        // "10:30", "10.30pm" (the latter is one token and never a number).
        let clock_after =
            next == ":" && tok(core.end + 1).is_some_and(|t| t.glued && t.num().is_some());
        let clock_before = prev == ":"
            && core.start >= 2
            && tok(core.start - 2).is_some_and(|t| t.num().is_some());
        if clock_after || clock_before {
            return false;
        }
        // "9/11", "24/7", "1/2": dates and fractions written with a slash.
        let slash_after = next == "/"
            && tok(core.end).is_some_and(|t| t.glued)
            && tok(core.end + 1).is_some_and(|t| t.glued && t.num().is_some());
        let slash_before = prev == "/"
            && glued_before
            && core.start >= 2
            && tok(core.start - 2).is_some_and(|t| t.num().is_some());
        if slash_after || slash_before {
            return false;
        }
    }
    if lex.time_of_day.at(toks, core.end).is_some() && !has_unit {
        return false;
    }
    // "45-year-old", "a 12-day war", "two-year": a hyphen compound modifier.
    let hyphen_word = tok(core.end).is_some_and(|t| t.is("-") && t.glued)
        && tok(core.end + 1).is_some_and(|t| t.glued && t.kind != Kind::Punct && t.num().is_none())
        && lex.post_qual.at(toks, core.end + 1).is_none();
    if hyphen_word && !has_unit {
        return false;
    }
    // "a 12 day war", "one year", "a 10 km stretch": a singular unit after the number.
    if !has_unit && core.vague.is_none() && (lex.is(next, "timeunit") || lex.is(next, "measure")) {
        return false;
    }
    // Ages: "45 years old", "aged 45", "John Smith, 45,".
    let after_unit = lower(core.end + 1);
    if (next == "years" || next == "year") && after_unit == "old" {
        return false;
    }
    let age_of = prev == "of" && core.start >= 2 && lex.is(lower(core.start - 2), "age");
    if (lex.is(prev, "age") || age_of) && !qualified {
        return false;
    }
    if prev == ","
        && next == ","
        && !qualified
        && core.start >= 2
        && tok(core.start - 2).is_some_and(|t| t.cap && t.is_word())
    {
        return false;
    }
    true
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

fn is_plural(w: &Word, lex: &Lexicon) -> bool {
    let s = w.text.as_str();
    if s.contains('\'') || s.contains('’') {
        return false;
    }
    if lex.plurals.contains(s) {
        return true;
    }
    let tail = s.rsplit('-').next().unwrap_or(s);
    if w.cap {
        // Capitalized plurals are demonyms ("Palestinians", "Israelis"), not names
        // that happen to end in s ("Buenos").
        return tail.ends_with("ans")
            || (tail.ends_with("is") && tail.len() > 4)
            || tail.ends_with("ers");
    }
    tail.len() >= 3
        && tail.ends_with('s')
        && !tail.ends_with("ss")
        && !tail.ends_with("us")
        && !tail.ends_with("is")
}

fn pluralize(w: &str, lex: &Lexicon) -> String {
    if let Some(p) = lex.plural_of.get(w) {
        return p.clone();
    }
    if lex.plurals.contains(w) || w.ends_with('s') {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') {
        return format!("{w}es");
    }
    format!("{w}s")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The noun phrase after the number ("people", "ballistic missiles").
fn noun_phrase(toks: &[Tok], core: &Core, from: usize, lex: &Lexicon) -> NounPhrase {
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let none = |end| NounPhrase {
        counts: None,
        head: None,
        category: None,
        end,
    };
    let mut j = from;
    let mut partitive = false;
    if lower(j) == "of" {
        partitive = true;
        let next = lower(j + 1);
        if core.vague.is_some() || core.scale > 1.0 {
            j += 1;
        } else if lex.is(next, "definite") && next != "both" {
            // Partitive: "85 of the victims".
            j += 2;
        } else if toks.get(j + 1).is_some_and(|t| t.num().is_some()) {
            j += 1;
        } else {
            return none(from);
        }
        // "90 of its 200 residents": the noun is the total's.
        if let Some(total) = number_at(toks, j, lex) {
            j = total.end;
        }
    }
    let mut words: Vec<Word> = Vec::new();
    let mut k = j;
    while let Some(t) = toks.get(k) {
        if words.len() >= 6
            || !t.is_word()
            || lex.is(&t.lower, "stop")
            || lex.numbers.contains_key(&t.lower)
        {
            break;
        }
        let mut w = Word {
            text: t.lower.clone(),
            cap: t.cap,
            first: k,
            last: k,
        };
        // "Iranian-backed", "long-range": one modifier.
        while toks.get(w.last + 1).is_some_and(|h| h.is("-") && h.glued)
            && toks.get(w.last + 2).is_some_and(|n| n.glued && n.is_word())
        {
            w.text.push('-');
            w.text.push_str(lower(w.last + 2));
            w.cap |= toks.get(w.last + 2).is_some_and(|n| n.cap);
            w.last += 2;
        }
        k = w.last + 1;
        words.push(w);
    }
    let is_cue = |w: &Word| lex.post_cue.at(toks, w.first).is_some();
    let singular = core.value == 1.0 && core.vague.is_none();
    let head = if singular {
        let lim = words.iter().position(is_cue).unwrap_or(words.len());
        lim.checked_sub(1)
    } else {
        words.iter().position(|w| is_plural(w, lex))
    };
    if head.is_none() && partitive {
        // "Eleven of the dead": the set named is the casualty.
        if let Some(&c) = words.first().and_then(|w| lex.noun_cue.get(&w.text)) {
            let last = words.first().map_or(j, |w| w.last);
            return NounPhrase {
                counts: None,
                head: Some(last),
                category: Some(c),
                end: last + 1,
            };
        }
    }
    let Some(mut h) = head else {
        if !singular && !words.is_empty() && !words.iter().any(is_cue) {
            if let Some(head) = coordinated_head(toks, k, lex) {
                // "twelve military, energy, and government sites": the shared head.
                let text = toks.get(head).map_or("", |t| t.lower.as_str());
                return NounPhrase {
                    counts: Some(text.to_string()),
                    head: Some(head),
                    category: lex.noun_cue.get(text).copied(),
                    end: head + 1,
                };
            }
        }
        return none(j);
    };
    // In a compound the last noun is the head: "staff members", "police officers".
    while !singular
        && words
            .get(h + 1)
            .is_some_and(|w| is_plural(w, lex) && !is_cue(w))
    {
        h += 1;
    }
    let head_word = &words[h];
    if lex.is(&head_word.text, "anaphor") {
        // "12 others": the noun is the one of the figure before.
        return NounPhrase {
            counts: None,
            head: Some(head_word.last),
            category: None,
            end: head_word.last + 1,
        };
    }
    let mut category = lex.noun_cue.get(&head_word.text).copied();
    let mut mods: Vec<&str> = Vec::new();
    for w in words[..h].iter().rev() {
        if lex.plurals.contains(&w.text) && !w.cap && mods.len() < 2 {
            // An invariant plural used as a modifier: "staff members".
            mods.push(&w.text);
            continue;
        }
        if let Some((c, _)) = lex.post_cue.at(toks, w.first) {
            category = category.or(Some(c));
            break;
        }
        let participle = w.text.ends_with("ed");
        if w.cap || participle || lex.is(&w.text, "drop") || mods.len() >= 2 {
            break;
        }
        mods.push(&w.text);
    }
    // Modifiers further left may still carry the casualty kind ("12 missing Iraqi children").
    if category.is_none() {
        category = words[..h]
            .iter()
            .find_map(|w| lex.post_cue.at(toks, w.first).map(|c| c.0));
    }
    mods.reverse();
    let mut noun = if singular {
        pluralize(&head_word.text, lex)
    } else {
        head_word.text.clone()
    };
    if head_word.cap {
        noun = capitalize(&noun);
    }
    mods.push(&noun);
    NounPhrase {
        counts: Some(mods.join(" ")),
        head: Some(head_word.last),
        category,
        end: head_word.last + 1,
    }
}

/// The plural noun ending a coordination of modifiers that starts at `at`
/// (", energy, and government sites"), looking at most 8 tokens ahead.
fn coordinated_head(toks: &[Tok], at: usize, lex: &Lexicon) -> Option<usize> {
    let mut saw_conjunction = false;
    for j in at..at + 8 {
        let t = toks.get(j)?;
        match t.lower.as_str() {
            "," => continue,
            "and" | "or" => {
                saw_conjunction = true;
                continue;
            }
            _ => {}
        }
        if !t.is_word() || t.cap || lex.is(&t.lower, "stop") {
            return None;
        }
        let w = Word {
            text: t.lower.clone(),
            cap: false,
            first: j,
            last: j,
        };
        if is_plural(&w, lex) {
            return (saw_conjunction && !lex.is(&w.text, "anaphor")).then_some(j);
        }
    }
    None
}

/// "85 people were killed", "85 dead", "2,037 wounded": a casualty word after
/// the counted phrase, past auxiliaries and adverbs.
fn post_cue(toks: &[Tok], mut at: usize, lex: &Lexicon) -> Option<(Casualty, usize)> {
    let mut skipped_aside = false;
    let mut skipped_place = false;
    for _ in 0..5 {
        if let Some((c, n)) = lex.post_cue.at(toks, at) {
            return Some((c, at + n));
        }
        // "600 residents of Oskeln fled", "12 people in the north were killed":
        // step once over a short phrase saying whose or where they are.
        if !skipped_place && toks.get(at).is_some_and(|t| lex.is(&t.lower, "np_prep")) {
            let mut k = at + 1;
            while k < at + 8
                && toks.get(k).is_some_and(|t| {
                    (t.is_word() && !lex.is(&t.lower, "aux") && !lex.is(&t.lower, "stop"))
                        || lex.is(&t.lower, "definite")
                        || lex.is(&t.lower, "np_prep")
                        || t.is("'s")
                        || (t.is("-") && t.glued)
                })
                && lex.post_cue.at(toks, k).is_none()
            {
                k += 1;
            }
            if k > at + 1 {
                skipped_place = true;
                at = k;
                continue;
            }
        }
        // "85 people, including 20 children, were killed": step over the aside once.
        let comma = toks.get(at).is_some_and(|t| t.is(","));
        let aside = if comma { at + 1 } else { at };
        if !skipped_aside && toks.get(aside).is_some_and(|t| t.is("including")) {
            skipped_aside = true;
            at = aside + 1;
            let limit = at + 6;
            while at < limit
                && toks.get(at).is_some_and(|t| {
                    t.num().is_some()
                        || (t.is_word()
                            && !lex.is(&t.lower, "aux")
                            && lex.post_cue.at(toks, at).is_none())
                })
            {
                at += 1;
            }
            if toks.get(at).is_some_and(|t| t.is(",")) {
                at += 1;
            }
            continue;
        }
        let t = toks.get(at)?;
        // The comma closing an aside: "20 children, were killed".
        let closing_comma = comma
            && toks
                .get(at + 1)
                .is_some_and(|n| n.is_word() && lex.is(&n.lower, "aux"));
        let skippable =
            closing_comma || (t.is_word() && (lex.is(&t.lower, "aux") || t.lower.ends_with("ly")));
        if !skippable {
            return None;
        }
        at += 1;
    }
    None
}

/// "the death toll rose to 57", "the deaths of 12 children", "the number of people
/// killed reached 40".
fn toll_cue(toks: &[Tok], first: usize, lex: &Lexicon) -> Option<Casualty> {
    let mut k = first;
    let mut changed = false;
    // Numbers may sit in the chain: "the toll climbed from 50 to 57".
    while k > 0
        && first - k < 6
        && toks
            .get(k - 1)
            .is_some_and(|t| lex.is(&t.lower, "link") || t.num().is_some())
    {
        changed |= toks.get(k - 1).is_some_and(|t| lex.is(&t.lower, "change"));
        k -= 1;
    }
    if k == first {
        return None;
    }
    if let Some((c, _)) = lex.toll_cue.ending(toks, k) {
        return Some(c);
    }
    if !changed {
        return None;
    }
    if let Some((c, _)) = lex.post_cue.ending(toks, k) {
        return Some(c);
    }
    // "The death toll from the quake in Morocco rose to 2,012": the subject of the
    // change verb is a few words further back, within the clause.
    let floor = k.saturating_sub(10);
    while k > floor {
        let t = toks.get(k - 1)?;
        if t.num().is_some() || matches!(t.lower.as_str(), ";" | ":" | "." | "(" | ")") {
            return None;
        }
        if let Some((c, _)) = lex.toll_cue.ending(toks, k) {
            return Some(c);
        }
        k -= 1;
    }
    None
}

/// Within a sentence: "at least 657 people killed and 2,037 wounded" gives the
/// second figure the first one's noun; "killed 20 soldiers and 5 civilians" gives
/// the second one the first one's casualty kind.
fn inherit(toks: &[Tok], found: &mut [Found], lex: &Lexicon) {
    // A list shares the noun named after its last member: "45, 30 and 25 seats".
    for n in (1..found.len()).rev() {
        let (done, rest) = found.split_at_mut(n);
        let (Some(prev), Some(cur)) = (done.last_mut(), rest.first()) else {
            continue;
        };
        let listed = cur.first > prev.np_end
            && cur.first - prev.np_end <= 2
            && (prev.np_end..cur.first).all(|j| {
                toks.get(j)
                    .is_some_and(|t| matches!(t.lower.as_str(), "," | "and" | "or"))
            });
        let p = &mut prev.figure;
        if listed && p.counts.is_none() && p.unit.is_none() && cur.figure.unit.is_none() {
            p.counts = cur.figure.counts.clone();
            p.category = p.category.or(cur.figure.category);
        }
    }
    for n in 1..found.len() {
        let (done, rest) = found.split_at_mut(n);
        let (Some(prev), Some(cur)) = (done.last(), rest.first_mut()) else {
            continue;
        };
        let near = cur.first >= prev.np_end && cur.first - prev.np_end <= 8;
        if !near {
            continue;
        }
        let p = &prev.figure;
        let c = &mut cur.figure;
        if c.counts.is_none() && c.unit.is_none() && c.category.is_some() && p.category.is_some() {
            c.counts = p.counts.clone();
        }
        let only_connectors = (prev.np_end..cur.first)
            .all(|j| toks.get(j).is_some_and(|t| lex.is(&t.lower, "connector")));
        if c.category.is_none() && p.category.is_some() && c.unit.is_none() && only_connectors {
            c.category = p.category;
        }
    }
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
