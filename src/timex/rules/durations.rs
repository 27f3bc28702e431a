//! Rules for durations: "three years", "weeklong", "for months", and
//! "two weeks ago" (a duration back from the publication date).

use super::*;

pub(super) fn qmod(lex: &Lexicon, c: &Captures) -> Option<&'static str> {
    g(c, "q").and_then(|q| lex.modifiers.get(&key(q)).copied())
}

pub(super) fn h_ago(x: &Ctx, c: &Captures) -> Option<Cand> {
    let dir = key(g(c, "dir")?);
    let (ucode, mult) = unit_of(x.lex, g(c, "u")?)?;
    let amount = match g(c, "n") {
        Some(n) => number(x.lex, n)?,
        // without a number only a plural is a stretch of time ("weeks ago");
        // "the day before" is another rule's business
        None if key(g(c, "u")?).ends_with('s') => None,
        None => return None,
    };
    let unit = Unit::from_code(&ucode, 1);
    let q = qmod(x.lex, c);
    // Only the stretch of time is tagged, up to its unit ("two days" of "two
    // days after the attack").
    let stretch = |amount: Option<f64>| -> Option<Cand> {
        let mut k = x.fixed(TimexType::Duration, duration(amount, &ucode, mult), false);
        k.end = c.name("u")?.end();
        k.modifier = q;
        Some(k)
    };
    // "walk out for five days later this month": "later" starts the next
    // expression, the number is a stretch of time
    if (dir == "later" || dir == "earlier")
        && matches!(x.next_word().as_str(), "this" | "next" | "that")
    {
        return stretch(amount);
    }
    // "two days after the attack": the event is the anchor, not a date
    if dir == "after" || dir == "before" {
        let rest = x.s.get(x.end..).unwrap_or("").trim_start();
        if rest.chars().next().is_some_and(|ch| ch.is_alphanumeric()) {
            return stretch(amount);
        }
    }
    let sign: i64 = match dir.as_str() {
        "ago" | "earlier" | "before" | "back" | "previously" => -1,
        _ => 1,
    };
    let unit = match unit {
        Some(Unit::Decade) | Some(Unit::Century) => Some(Unit::Year),
        u => u,
    };
    if amount.is_none() && dir != "ago" && dir != "back" {
        // "a few days later": TimeBank marks the vague stretch, not a date
        return stretch(None);
    }
    let (Some(unit), Some(a)) = (unit, amount) else {
        // "weeks ago", "hours later": no calendar value to give
        let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        let mut k = x.fixed(TimexType::Date, v, true);
        k.modifier = q;
        return Some(k);
    };
    let n = (a * mult as f64).round() as i64 * sign;
    let meaning = match dir.as_str() {
        "ago" | "back" => Meaning::Ago(unit, n),
        "from now" | "hence" => Meaning::Dct(Rel::Offset(unit, n)),
        // "A week later", after a day, is a day: seven of them on
        _ if unit == Unit::Week => Meaning::Prev(Unit::Day, n.checked_mul(7)?),
        _ => Meaning::Prev(unit, n),
    };
    let mut k = x.cand(TimexType::Date, meaning);
    k.modifier = q;
    trim_qmod(c, &mut k);
    Some(k)
}

pub(super) fn h_duration(x: &Ctx, c: &Captures) -> Option<Cand> {
    // "gusts of 50 miles an hour": a speed, not a length of time
    if matches!(g(c, "n").map(key).as_deref(), Some("a" | "an"))
        && x.lex.speed_units.contains(&x.prev_word())
    {
        return None;
    }
    let mut after = x.s.get(x.end..).unwrap_or("").split_whitespace();
    let of_age = after.next() == Some("of") && after.next().is_some_and(|w| w.starts_with("age"));
    if g(c, "old").is_some() || x.next_word() == "old" || of_age {
        return None; // ages: "a 45-year-old man", "52 years old", "18 years of age"
    }
    let uw = key(g(c, "u")?);
    let nw = g(c, "n")?;
    let nk = key(nw);
    // "a second attack", "a quarter of the vote"
    if (uw == "second" || uw == "quarter") && !nk.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    if uw == "weekend" || uw == "weekends" {
        return None;
    }
    let mut rest = x.s.get(x.end..).unwrap_or("").chars();
    if rest.next() == Some('-')
        && rest.next().is_some_and(char::is_alphabetic)
        && g(c, "old").is_none()
    {
        // "a year-earlier figure", "a day-long meeting": another rule's word
        return None;
    }
    if (nk == "a" || nk == "an") && x.s.get(x.end..).is_some_and(|t| t.starts_with("-long")) {
        return None; // "a day-long meeting": the adjective alone is the duration
    }
    let nx = x.next_word();
    if uw.starts_with("quarter") && nx == "of" {
        return None; // "three-quarters of the vote"
    }
    if (uw == "second" || uw == "seconds") && (nx == "quarter" || nx == "half") {
        return None;
    }
    if nk.len() == 4 && nk.chars().all(|ch| ch.is_ascii_digit()) && !uw.ends_with('s') {
        return None; // "the 1988 second quarter"
    }
    let mut amount = number(x.lex, nw)?;
    if g(c, "nh").is_some() || g(c, "uh").is_some() {
        // "two and a half years", "a minute and a half"
        amount = amount.map(|a| a + 0.5);
    }
    let (ucode, mult) = unit_of(x.lex, &uw)?;
    let mut k = x.fixed(TimexType::Duration, duration(amount, &ucode, mult), false);
    k.modifier = qmod(x.lex, c);
    trim_qmod(c, &mut k);
    // "will return in two weeks": a date that far ahead, not a stretch of time
    if x.prev_word() == "in"
        && g(c, "q").is_none()
        && g(c, "det").is_none()
        && x.tense() == Tense::Future
    {
        if let (Some(a), Some(unit)) = (amount, Unit::from_code(&ucode, 1)) {
            let n = (a * mult as f64).round() as i64;
            let unit = match unit {
                Unit::Decade | Unit::Century => Unit::Year,
                u => u,
            };
            let mut d = x.cand(TimexType::Date, Meaning::Dct(Rel::Offset(unit, n)));
            d.start = k.start;
            return Some(d);
        }
    }
    // "the eight-year war", "the previous five-day strike": the determiner
    // belongs to the noun the duration modifies, not to the duration.
    let n = c.name("n")?;
    let u = c.name("u")?;
    let joined = x.s.get(n.end()..u.start()).unwrap_or("");
    let adjectival =
        joined.contains('-') || (!uw.ends_with('s') && amount.is_some_and(|a| a > 1.0));
    if adjectival && g(c, "det").is_some() && g(c, "q").is_none() {
        k.start = n.start();
    }
    Some(k)
}

/// TimeBank keeps "about" outside the span, and "over the past ..." is a
/// preposition, not "more than".
fn trim_qmod(c: &Captures, k: &mut Cand) {
    let Some(q) = c.name("q") else { return };
    let qk = key(q.as_str());
    let rest = c
        .name("det")
        .or_else(|| c.name("n"))
        .or_else(|| c.name("u"));
    if qk == "about" {
        if let Some(r) = rest {
            k.start = r.start();
        }
    } else if (qk == "over" || qk == "under") && c.name("det").is_some() {
        if let Some(r) = rest {
            k.start = r.start();
        }
        k.modifier = None;
    }
}

/// "weeklong", "day-long", "decades-long" (the plural is vague).
pub(super) fn h_long(x: &Ctx, c: &Captures) -> Option<Cand> {
    let (code, mult) = unit_of(x.lex, g(c, "u")?)?;
    let amount = if g(c, "pl").is_some() {
        None
    } else {
        Some(1.0)
    };
    let value = match (amount, mult) {
        (None, 10) => "PXDE".to_string(),
        _ => duration(amount, &code, mult),
    };
    Some(x.fixed(TimexType::Duration, value, false))
}

pub(super) fn h_bare_plural(x: &Ctx, c: &Captures) -> Option<Cand> {
    let (ucode, mult) = unit_of(x.lex, g(c, "u").or_else(|| g(c, "u2"))?)?;
    let sp = c.name("sp").or_else(|| c.name("sp2"))?;
    if let Some(sp2) = c.name("sp2") {
        // "the coming years" points ahead (FUTURE_REF); "in recent years" is
        // a vague stretch up to now: TimeBank gives it PX<unit> more often
        // than PAST_REF (7 to 4 in TempEval-3 train), so it is a duration.
        let t = key(sp2.as_str());
        if t.contains("recent") {
            let mut k = x.fixed(TimexType::Duration, duration(None, &ucode, mult), false);
            k.start = sp2.start();
            k.end = sp2.end();
            return Some(k);
        }
        let v = if t.contains("coming") {
            "FUTURE_REF"
        } else {
            "PAST_REF"
        };
        let mut k = x.fixed(TimexType::Date, v, true);
        if !t.contains("past") {
            k.start = sp2.start();
            k.end = sp2.end();
            return Some(k);
        }
    }
    let mut k = x.fixed(TimexType::Duration, duration(None, &ucode, 1), false);
    if mult == 10 {
        k.meaning = Meaning::Fixed {
            value: "PXDE".into(),
            relative: false,
        };
    } else if mult == 100 {
        k.meaning = Meaning::Fixed {
            value: "PXCE".into(),
            relative: false,
        };
    }
    k.start = sp.start();
    k.end = sp.end();
    Some(k)
}
