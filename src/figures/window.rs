//! The window around a number: qualifier and currency before; range, scale,
//! unit and trailing qualifier after; and whether the whole is a figure at
//! all (not a date, an age, a name or a modifier).

use super::*;

/// Reads the figure whose core is `core`. Returns it (or `None` when the number
/// is not a figure) and the token index to resume scanning at.
pub(super) fn build(
    toks: &[Tok],
    core: &Core,
    blocked: &[Span],
    lex: &Lexicon,
) -> (Option<Found>, usize) {
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
    // "Three of the wounded later died": the set the number is taken from
    // names what happened to all of them; the verb after it what happened
    // to these.
    if category.is_some() && np.counts.is_none() && lower(end) == "of" {
        if let Some((c, e)) = post_cue(toks, np.end, lex) {
            category = Some(c);
            np_end = e;
        }
    }
    if category.is_none() {
        if let Some((c, e)) = post_cue(toks, np.head.map_or(end, |h| h + 1), lex) {
            category = Some(c);
            np_end = e;
        }
    }
    // "killing all 150 people aboard": "all" stands between the verb and
    // the number without changing what is counted.
    let pre = lex
        .pre_cue
        .ending(toks, first)
        .or_else(|| {
            let k = first.checked_sub(1).filter(|&k| lower(k) == "all")?;
            lex.pre_cue.ending(toks, k)
        })
        .map(|c| c.0);
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
