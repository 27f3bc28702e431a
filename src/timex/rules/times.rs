//! Rules for times of day: clock times ("3:30 p.m.", "four in the
//! morning") and parts of the day ("by mid-afternoon", "this morning").

use super::*;

pub(super) fn h_clock(x: &Ctx, c: &Captures) -> Option<Cand> {
    // "ET", "IST" are zones only in capitals: "2010 et al." is a citation
    let lower_code = |z: &str| !z.contains(' ') && z.chars().any(|ch| ch.is_lowercase());
    if g(c, "tz24").is_some_and(lower_code) || g(c, "tz").is_some_and(lower_code) {
        return None;
    }
    let tod = if let Some(n) = g(c, "noon") {
        if key(n) == "midnight" {
            "24:00".to_string()
        } else {
            "12:00".to_string()
        }
    } else if let (Some(h), Some(m)) = (
        c.name("h24").or_else(|| c.name("hc")),
        c.name("m24").or_else(|| c.name("mc")),
    ) {
        // 24-hour clock with a time zone ("1500 GMT", "09:30 UTC"); a bare
        // colon time ("at 07:00", "until 17:30") only where a word asks for
        // a time of day, and not inside "2:05:33" or "3:16.5"
        if c.name("hc").is_some() {
            let asked = g(c, "q").is_some() || x.lex.clock_before.contains(&x.prev_word());
            let before = x.s[..h.start()].ends_with(|ch: char| ch == ':' || ch.is_ascii_digit());
            let mut after = x.s[m.end()..].chars();
            let more = matches!(after.next(), Some(':' | '.'))
                && after.next().is_some_and(|ch| ch.is_ascii_digit());
            if !asked || before || more {
                return None;
            }
        }
        let (h, m): (u32, u32) = (h.as_str().parse().ok()?, m.as_str().parse().ok()?);
        format!("{h:02}:{m:02}")
    } else {
        let mut h: u32 = g(c, "h")?.parse().ok()?;
        let mi: u32 = g(c, "mi").map_or(Some(0), |m| m.parse().ok())?;
        if !(1..=12).contains(&h) || mi > 59 {
            return None;
        }
        let pm = key(g(c, "ap")?).starts_with('p');
        if pm && h < 12 {
            h += 12;
        } else if !pm && h == 12 {
            h = 0;
        }
        format!("{h:02}:{mi:02}")
    };
    let meaning = match (g(c, "day"), g(c, "cmon"), g(c, "cd")) {
        // "07:00 on Monday 23 March": the day is tagged on its own, and dates
        // the time once resolved
        _ if c.name("on").is_some() => Meaning::DayWrittenAfter,
        (Some(d), _, _) => day_word(x, d)?,
        (None, Some(mw), Some(d)) if capitalized(mw) => {
            let m = month_of(x.lex, mw)?;
            let d: u32 = d.parse().ok()?;
            value::ymd(2000, m, d)?;
            Meaning::Dct(Rel::MonthDay(m, Some(d), near_dir(x.tense()), None))
        }
        (None, Some(_), _) => return None,
        _ => {
            // "Tuesday at 3 p.m.": the day is written just before
            let before = x.s.get(..x.start).unwrap_or("").trim_end();
            let mut words = before.rsplit(char::is_whitespace);
            match (words.next(), words.next()) {
                (Some(at), Some(day)) if at.eq_ignore_ascii_case("at") => {
                    let day = day.trim_matches(|ch: char| !ch.is_alphanumeric());
                    let is_day = weekday_of(x.lex, day).is_some_and(|_| capitalized(day))
                        || matches!(key(day).as_str(), "today" | "yesterday" | "tomorrow");
                    if is_day {
                        day_word(x, day)?
                    } else {
                        x.same_day()
                    }
                }
                _ => x.same_day(),
            }
        }
    };
    let mut k = x.cand(TimexType::Time, meaning);
    k.tod = Some(tod);
    k.modifier = qmod(x.lex, c);
    if let Some(on) = c.name("on") {
        // "9 p.m. on Sunday": the day still dates the time, but a
        // preposition is never inside an expression, so the day is tagged
        // on its own
        k.end = x.s[..on.start()].trim_end_matches([' ', ',']).len();
    }
    Some(k)
}

pub(super) fn pod_code(lex: &Lexicon, w: Option<&str>) -> Option<String> {
    w.and_then(|p| lex.parts_of_day.get(&key(p)).cloned())
}

/// Hours written as words in "four in the morning".
pub(super) const CLOCK_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// "4 in the morning", "ten at night": a clock time whose half of the day
/// is said in words; it belongs to the day being narrated.
pub(super) fn h_clock_pod(x: &Ctx, c: &Captures) -> Option<Cand> {
    let hw = key(g(c, "h")?);
    let mut h: u32 = match CLOCK_WORDS.iter().position(|w| *w == hw) {
        Some(i) => u32::try_from(i).ok()? + 1,
        None => hw.parse().ok()?,
    };
    let mi: u32 = g(c, "mi").map_or(Some(0), |m| m.parse().ok())?;
    if !(1..=12).contains(&h) || mi > 59 {
        return None;
    }
    let pm = match g(c, "pp").map(key).as_deref() {
        Some("morning") => false,
        Some("afternoon") => true,
        // "seven in the evening", "ten at night"; but "two at night" is early morning
        _ => h >= 5,
    };
    if pm && h < 12 {
        h += 12;
    } else if !pm && h == 12 {
        h = 0;
    }
    let mut k = x.cand(TimexType::Time, x.same_day());
    k.tod = Some(format!("{h:02}:{mi:02}"));
    Some(k)
}

/// "by mid-afternoon": a part of the day being narrated.
pub(super) fn h_pod_alone(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mut k = x.cand(TimexType::Time, x.same_day());
    k.tod = pod_code(x.lex, g(c, "pod"));
    k.tod.as_ref()?;
    Some(k)
}

pub(super) fn h_this_pod(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mut k = x.cand(TimexType::Time, Meaning::Dct(Rel::Offset(Unit::Day, 0)));
    k.tod = pod_code(x.lex, g(c, "pod"));
    Some(k)
}

/// The part of day of "and Tuesday nights" right after a weekday, if plural.
pub(super) fn shared_plural_pod(x: &Ctx, end: usize) -> Option<String> {
    let rest = x.s.get(end..)?;
    let mut words = rest.split_whitespace();
    if words.next()? != "and" {
        return None;
    }
    let day = words.next()?;
    weekday_of(x.lex, day).filter(|_| capitalized(day))?;
    let pod = words
        .next()?
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .strip_suffix('s')?;
    pod_code(x.lex, Some(pod))
}
