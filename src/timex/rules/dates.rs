//! Rules for calendar dates: month and day, numeric dates, months, years,
//! spelled years, decades and centuries.

use super::*;

/// "Friday", "today", "yesterday" as the day part of a longer expression.
pub(super) fn day_word(x: &Ctx, w: &str) -> Option<Meaning> {
    let k = key(w);
    Some(match k.as_str() {
        "today" | "tonight" => Meaning::Dct(Rel::Offset(Unit::Day, 0)),
        "yesterday" => Meaning::Dct(Rel::Offset(Unit::Day, -1)),
        "tomorrow" => Meaning::Dct(Rel::Offset(Unit::Day, 1)),
        _ => {
            if !capitalized(w) {
                return None;
            }
            let wd = weekday_of(x.lex, w)?;
            Meaning::Dct(Rel::Weekday(wd, weekday_dir(x, x.end)))
        }
    })
}

pub(super) fn year_of(y: &str) -> Option<i32> {
    let v: i32 = y.parse().ok()?;
    (1000..=2999).contains(&v).then_some(v)
}

pub(super) fn h_month_day(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mw = g(c, "mon")?;
    if !capitalized(mw) {
        return None;
    }
    let m = month_of(x.lex, mw)?;
    let d: u32 = g(c, "d")?.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let wd = match g(c, "wd") {
        Some(w) if capitalized(w) => weekday_of(x.lex, w),
        _ => None,
    };
    // "the week of March 6": the week that holds the date
    let week_lead = x.s.get(..x.start).and_then(|b| {
        let t = b.trim_end();
        let l = t.len().checked_sub("the week of".len())?;
        t.get(l..)
            .filter(|w| w.eq_ignore_ascii_case("the week of"))
            .map(|_| l)
    });
    let meaning = match (g(c, "y").and_then(year_of), week_lead) {
        (Some(y), None) => Meaning::Abs(Point::Day(value::ymd(y, m, d)?)),
        (Some(y), Some(_)) => Meaning::Abs(value::week_of(value::ymd(y, m, d)?)),
        (None, lead) => {
            value::ymd(2000, m, d)?; // day exists in a leap year
            let dir = near_dir_after(x, x.tense());
            if lead.is_some() && wd.is_none() {
                Meaning::Dct(Rel::WeekOf(m, d, dir))
            } else {
                Meaning::Dct(Rel::MonthDay(m, Some(d), dir, wd))
            }
        }
    };
    let mut k = x.cand(TimexType::Date, meaning);
    if let Some(l) = week_lead {
        k.start = l;
    }
    if g(c, "wd").is_some() && wd.is_none() {
        // a lower-case "sun" or similar was not a weekday: drop it from the span
        k.start = c.name("mon")?.start();
    }
    Some(k)
}

pub(super) fn h_iso(x: &Ctx, c: &Captures) -> Option<Cand> {
    let y = year_of(g(c, "y")?)?;
    // one separator throughout: "2024-04-01", "2024/04/01"
    let sep = g(c, "sep")?;
    let body = c.get(0)?.as_str();
    if body.matches(sep).count() != 2 {
        return None;
    }
    let after = x.s.get(x.end..).unwrap_or("");
    if after.starts_with(sep) && after[1..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return None; // "2024-1-2-3" is a version or a code
    }
    let m: u32 = g(c, "m")?.parse().ok()?;
    let d: u32 = g(c, "d")?.parse().ok()?;
    Some(x.cand(
        TimexType::Date,
        Meaning::Abs(Point::Day(value::ymd(y, m, d)?)),
    ))
}

pub(super) fn h_slash(x: &Ctx, c: &Captures) -> Option<Cand> {
    let a: u32 = g(c, "a")?.parse().ok()?;
    let b: u32 = g(c, "b")?.parse().ok()?;
    let yw = g(c, "y")?;
    let mut y: i32 = yw.parse().ok()?;
    if yw.len() == 2 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    if matches!(x.next_char(), Some('/')) || matches!(x.prev_char(), Some('/')) {
        return None;
    }
    // "04/01/2024" is April 1 in the US and 4 January elsewhere: unless the
    // numbers or the document's other dates settle it, only the year is
    // known, and saying more would be a guess a reader cannot see
    let (m, d) = match (a > 12, b > 12, x.order) {
        (true, false, _) => (b, a),
        (false, true, _) => (a, b),
        _ if a == b => (a, b),
        (false, false, SlashOrder::MonthFirst) => (a, b),
        (false, false, SlashOrder::DayFirst) => (b, a),
        (false, false, SlashOrder::Unknown) => {
            value::ymd(y, a, b)?;
            return Some(x.fixed(TimexType::Date, format!("{y:04}-XX-XX"), false));
        }
        (true, true, _) => return None,
    };
    Some(x.cand(
        TimexType::Date,
        Meaning::Abs(Point::Day(value::ymd(y, m, d)?)),
    ))
}

pub(super) fn h_month_year(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mw = g(c, "mon")?;
    if !capitalized(mw) {
        return None;
    }
    let m = month_of(x.lex, mw)?;
    let y = match g(c, "y") {
        Some(y) => year_of(y)?,
        None => spelled_year(x.lex, g(c, "ys")?)?,
    };
    let mut k = x.cand(TimexType::Date, Meaning::Abs(Point::Month(y, m)));
    k.modifier = pmod(x.lex, c);
    Some(k)
}

pub(super) fn h_month(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mw = g(c, "mon")?;
    if !capitalized(mw) {
        return None;
    }
    let m = month_of(x.lex, mw)?;
    let rel = g(c, "rel").map(key);
    let pm = pmod(x.lex, c);
    if rel.is_none() && pm.is_none() {
        // "May" and "March" are also a verb and a noun, and "June Carter" is
        // a name: then the month wants a preposition before it.
        let k = key(mw);
        let name_follows =
            x.s.get(x.end..)
                .and_then(|t| t.strip_prefix(' '))
                .is_some_and(capitalized);
        let pw = x.prev_word();
        if (k == "may" || k == "march") && !x.lex.month_cues.contains(&pw) {
            return None;
        }
        if name_follows && !x.lex.strict_month_cues.contains(&pw) {
            return None;
        }
        if x.next_char() == Some('-') {
            return None;
        }
    }
    let dir = match rel.as_deref().and_then(rel_dir) {
        Some(d) => d,
        None => near_dir_after(x, x.tense()),
    };
    if let Some(ry) = g(c, "ry").map(key) {
        let mut k = x.cand(
            TimexType::Date,
            Meaning::Dct(Rel::MonthOfYear(m, year_offset(&ry))),
        );
        k.modifier = pm;
        return Some(k);
    }
    let mut k = x.cand(
        TimexType::Date,
        Meaning::Dct(Rel::MonthDay(m, None, dir, None)),
    );
    k.modifier = pm;
    Some(k)
}

pub(super) fn h_year(x: &Ctx, c: &Captures) -> Option<Cand> {
    let y = year_of(g(c, "y")?)?;
    let fy = g(c, "fy").is_some();
    let pm = pmod(x.lex, c);
    let pw = x.prev_word();
    if !fy && pm.is_none() {
        // "1990-1995": the second year of a range is a year too
        let range_end = x.prev_char() == Some('-')
            && x.s
                .get(..x.start.saturating_sub(1))
                .and_then(|b| b.get(b.len().saturating_sub(4)..))
                .and_then(|p| p.parse::<i32>().ok())
                .is_some_and(|p| p < y && y - p < 100);
        // "post-1959", "pre-2020": the prefix does not make it a number
        let prefixed = x.prev_char() == Some('-')
            && matches!(
                prev_word(x.s, x.start.saturating_sub(1)).as_str(),
                "post" | "pre" | "mid" | "late" | "early"
            );
        if (!range_end
            && !prefixed
            && matches!(
                x.prev_char(),
                Some('$' | '£' | '€' | '#' | '/' | '-' | '.' | ',' | '+')
            ))
            || x.lex.not_year_before.contains(&pw)
        {
            return None;
        }
        let after = x.s.get(x.end..).unwrap_or("");
        let mut it = after.chars();
        match (it.next(), it.next()) {
            (Some(',' | '.' | ':' | '/'), Some(d)) if d.is_ascii_digit() => return None,
            (Some('%' | '/'), _) => return None,
            (Some('-'), Some(d)) if d.is_ascii_digit() => {
                // "2020-21", "1990-1995": a season, fiscal year or range starts that year
                let next: String = after[1..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let follows = match next.len() {
                    2 => next.parse::<i32>().ok() == Some((y + 1) % 100),
                    4 => next
                        .parse::<i32>()
                        .ok()
                        .is_some_and(|n| n > y && n - y < 100),
                    _ => false,
                };
                if !follows {
                    return None;
                }
            }
            _ => {}
        }
        if x.lex.not_year_after.contains(&x.next_word())
            || (!matches!(pw.as_str(), "in" | "since" | "by" | "until" | "the" | "of")
                && street_address(x.lex, after))
        {
            return None;
        }
        // "between 1500 and 2000 ...": a bare number in a range of numbers
        if pw.chars().all(|ch| ch.is_ascii_digit() || ch == ',') && !pw.is_empty() {
            return None;
        }
    }
    let mut k = x.cand(TimexType::Date, Meaning::Abs(Point::Year(y)));
    k.modifier = pm;
    Some(k)
}

/// Whether `after` (the text after a number) names a street: up to three
/// capitalized words, the last a street type ("1600 Pennsylvania Avenue").
fn street_address(lex: &Lexicon, after: &str) -> bool {
    after
        .split_whitespace()
        .take(3)
        .take_while(|w| w.starts_with(|ch: char| ch.is_uppercase()))
        .skip(1)
        .any(|w| {
            let w = w.trim_end_matches([',', '.', ';']).to_lowercase();
            lex.street_types.contains(&w)
        })
}

/// "nineteen ninety-six", "two thousand one", "twenty ten" as a year.
pub(super) fn spelled_year(lex: &Lexicon, w: &str) -> Option<i32> {
    let k = key(w).replace('-', " ");
    let k = k.strip_prefix("the year ").unwrap_or(&k).to_string();
    let word = |t: &str| -> Option<i32> { lex.numbers.get(t).copied().flatten().map(|v| v as i32) };
    let small = |t: &str| -> Option<i32> {
        // "ninety six", "twelve", "oh five"
        let parts: Vec<&str> = t
            .split(' ')
            .filter(|p| !p.is_empty() && *p != "and")
            .collect();
        match parts.as_slice() {
            [a] => word(a),
            ["oh", b] => word(b).filter(|v| *v < 10),
            [a, b] => {
                let (x, y) = (word(a)?, word(b)?);
                (x >= 20 && x % 10 == 0 && y < 10).then_some(x + y)
            }
            _ => None,
        }
    };
    if let Some(rest) = k.strip_prefix("two thousand") {
        let rest = rest.trim();
        return Some(2000 + if rest.is_empty() { 0 } else { small(rest)? });
    }
    let (head, rest) = k.split_once(' ')?;
    let century = match head {
        "eighteen" => 1800,
        "nineteen" => 1900,
        "twenty" => 2000,
        _ => return None,
    };
    let v = small(rest)?;
    (10..100).contains(&v).then_some(century + v)
}

pub(super) fn h_spelled_year(x: &Ctx, c: &Captures) -> Option<Cand> {
    let y = spelled_year(x.lex, c.get(0)?.as_str())?;
    if x.lex.not_year_after.contains(&x.next_word()) {
        return None;
    }
    Some(x.cand(TimexType::Date, Meaning::Abs(Point::Year(y))))
}

pub(super) fn h_decade(x: &Ctx, c: &Captures) -> Option<Cand> {
    let d = if let Some(d) = g(c, "dec") {
        d.parse::<i32>().ok()? / 10
    } else if let Some(d2) = g(c, "d2") {
        // '90s: the century of the publication date is a fair guess; 19 for 30s-90s
        let v: i32 = d2.parse().ok()?;
        if v >= 30 {
            190 + v / 10
        } else {
            200 + v / 10
        }
    } else {
        let w = key(g(c, "wdec")?);
        const WORDS: [&str; 8] = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        190 + 2 + WORDS.iter().position(|x| *x == w)? as i32
    };
    let mut k = x.cand(TimexType::Date, Meaning::Abs(Point::Decade(d)));
    k.modifier = pmod(x.lex, c);
    Some(k)
}

pub(super) fn h_century(x: &Ctx, c: &Captures) -> Option<Cand> {
    let n = g(c, "n")?;
    let k0 = key(n);
    let v: i32 = match x.lex.ordinals.get(&k0) {
        Some(v) => *v as i32,
        None => k0
            .trim_end_matches(|ch: char| ch.is_alphabetic())
            .parse()
            .ok()?,
    };
    if !(1..=30).contains(&v) {
        return None;
    }
    let mut k = x.cand(TimexType::Date, Meaning::Abs(Point::Century(v - 1)));
    k.modifier = pmod(x.lex, c);
    Some(k)
}
