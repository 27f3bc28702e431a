//! Rules for sets (recurring times): "every Monday", "weekly", "twice a
//! day".

use super::*;

pub(super) fn h_every(x: &Ctx, c: &Captures) -> Option<Cand> {
    let u = g(c, "u")?;
    let other = g(c, "other").is_some();
    let amount = match g(c, "n") {
        Some(n) => number(x.lex, n)?,
        None => Some(if other { 2.0 } else { 1.0 }),
    };
    let k0 = key(u);
    let k1 = k0.trim_end_matches('s').to_string();
    let value = if let Some((code, mult)) = unit_of(x.lex, &k0) {
        if code == "WE" {
            "XXXX-WXX-WE".to_string()
        } else {
            duration(amount, &code, mult)
        }
    } else if let Some(wd) = weekday_of(x.lex, &k1).or_else(|| weekday_of(x.lex, &k0)) {
        format!("XXXX-WXX-{wd}")
    } else if let Some(m) = month_of(x.lex, &k0) {
        format!("XXXX-{m:02}")
    } else if let Some(p) = x.lex.parts_of_day.get(&k1).or(x.lex.parts_of_day.get(&k0)) {
        format!("XXXX-XX-XXT{p}")
    } else if let Some((code, _)) = x.lex.seasons.get(&k1).or(x.lex.seasons.get(&k0)) {
        format!("XXXX-{code}")
    } else {
        return None;
    };
    Some(x.fixed(TimexType::Set, value, false))
}

pub(super) fn h_set_adverb(x: &Ctx, c: &Captures) -> Option<Cand> {
    let (v, adverb_only) = x.lex.sets.get(&key(g(c, "adv")?))?;
    if *adverb_only && x.next_word_lower() {
        return None;
    }
    Some(x.fixed(TimexType::Set, v.clone(), false))
}

/// Words after which "a year" is a rate ("$5 million a year", "twice a day"):
/// a number, a percentage, or a word of `data/timex/rate_cues.txt`.
fn is_rate_cue(lex: &Lexicon, w: &str) -> bool {
    w.ends_with(|ch: char| ch.is_ascii_digit() || ch == '%') || lex.rate_cues.iter().any(|c| c == w)
}

/// Whether a number stands among the few words before the expression, so
/// that "a day" is how often ("300 samples a day", "hundreds of earthquakes
/// a year").
fn after_a_quantity(x: &Ctx) -> bool {
    x.s[..x.start].split_whitespace().rev().take(5).any(|w| {
        let w = w
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(w.as_str(), "dozens" | "hundreds" | "thousands" | "millions")
            || number(x.lex, &w).is_some_and(|n| n.is_some_and(|v| v >= 2.0))
    })
}

pub(super) fn h_per(x: &Ctx, c: &Captures) -> Option<Cand> {
    let pw = x.prev_word();
    if x.lex.speed_units.contains(&pw) {
        return None; // "80 miles per hour" is a speed
    }
    // "twice a week": the frequency is part of the expression
    let per = key(g(c, "a")?) == "per" || g(c, "f").is_some();
    let rate = is_rate_cue(x.lex, &pw) || (after_a_quantity(x) && !x.lex.rate_breaks.contains(&pw));
    if !per && !rate {
        return None;
    }
    let (code, mult) = unit_of(x.lex, g(c, "u")?)?;
    Some(x.fixed(TimexType::Set, duration(Some(1.0), &code, mult), false))
}
