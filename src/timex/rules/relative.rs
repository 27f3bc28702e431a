//! Rules for dates read against the publication date or another date:
//! "today", weekdays, "last week", "on the 15th", "a year ago",
//! anchored expressions and holidays.

use super::*;

pub(super) fn h_relday(x: &Ctx, c: &Captures) -> Option<Cand> {
    let w = key(g(c, "w")?);
    let (n, mut tod) = match w.as_str() {
        "today" => (0, None),
        "tonight" => (0, Some("NI".to_string())),
        "yesterday" => (-1, None),
        "tomorrow" => (1, None),
        "last night" | "overnight" => (-1, Some("NI".to_string())),
        "the day before yesterday" => (-2, None),
        "the day after tomorrow" => (2, None),
        _ => return None,
    };
    if let Some(p) = pod_code(x.lex, g(c, "pod")).or_else(|| pod_code(x.lex, g(c, "pre"))) {
        // "yesterday afternoon", "mid-afternoon yesterday"
        if g(c, "pod").is_some() && g(c, "pre").is_some() {
            return None;
        }
        tod = Some(p);
    }
    let mut k = x.cand(TimexType::Date, Meaning::Dct(Rel::Offset(Unit::Day, n)));
    if tod.is_some() {
        k.ty = TimexType::Time;
    }
    k.tod = tod;
    Some(k)
}

pub(super) fn h_weekday(x: &Ctx, c: &Captures) -> Option<Cand> {
    let w = g(c, "wd")?;
    if !capitalized(w) {
        return None;
    }
    let wd = weekday_of(x.lex, w)?;
    let mut tod = pod_code(x.lex, g(c, "pod"));
    // "on Monday and Tuesday nights": the plural part of the day makes both
    // weekdays recurring, the first one sharing the second one's part of day
    let shared = if g(c, "pod").is_none() && g(c, "pl").is_none() {
        shared_plural_pod(x, c.name("wd")?.end())
    } else {
        None
    };
    let is_shared = shared.is_some();
    if is_shared {
        tod = shared;
    }
    if g(c, "pl").is_some() || g(c, "podpl").is_some() || is_shared {
        // "on Mondays": every Monday
        let mut v = format!("XXXX-WXX-{wd}");
        if let Some(t) = &tod {
            v.push('T');
            v.push_str(t);
        }
        return Some(x.fixed(TimexType::Set, v, false));
    }
    let rel = g(c, "rel").map(key);
    if let Some(r) = rel.as_deref().and_then(|r| r.strip_prefix("the ")) {
        let dir = if r == "following" || r == "next" {
            Dir::Next
        } else {
            Dir::Last
        };
        return Some(x.cand(TimexType::Date, Meaning::PrevWeekday(wd, dir)));
    }
    let (dir, modifier) = match rel.as_deref() {
        Some(r) => match rel_dir(r) {
            Some(Dir::This) => (dir_from(x.tense(), Dir::Closest), None),
            Some(d) => (d, None),
            None => (
                weekday_dir(x, c.name("wd")?.end()),
                x.lex.modifiers.get(r).copied(),
            ),
        },
        None => (weekday_dir(x, c.name("wd")?.end()), None),
    };
    let mut k = x.cand(TimexType::Date, Meaning::Dct(Rel::Weekday(wd, dir)));
    // "late Sunday night", "early Monday": the modifier is part of the
    // expression and gives its `mod`, as the TimeML guidelines have it
    k.modifier = modifier;
    if tod.is_some() {
        k.ty = TimexType::Time;
    }
    k.tod = tod;
    Some(k)
}

pub(super) fn h_relunit(x: &Ctx, c: &Captures) -> Option<Cand> {
    if x.next_char() == Some('-') {
        return None; // "the year-ago quarter", "the week-long talks"
    }
    let rel = key(g(c, "rel")?);
    let u = key(g(c, "u")?);
    let n: i64 = match rel.as_str() {
        "this" | "current" | "the current" | "the present" | "the" | "the latest" | "the full" => 0,
        "last" | "past" | "previous" | "the past" | "the last" => -1,
        "next" | "coming" | "the next" | "the coming" => 1,
        _ => return None,
    };
    let pm = pmod(x.lex, c);
    // "the decade" alone is any decade; "the end of the decade" is this one
    let bare_the = rel == "the" && pm.is_none();
    let meaning = match u.as_str() {
        "week" => Rel::Offset(Unit::Week, n),
        "weekend" if n == 0 && rel != "this" => Rel::WeekendDir(dir_from(x.tense(), Dir::Past)),
        "weekend" => Rel::Weekend(n),
        "month" => Rel::Offset(Unit::Month, n),
        "year" => Rel::Offset(Unit::Year, n),
        "decade" if !bare_the => Rel::Offset(Unit::Decade, n),
        "century" if !bare_the => Rel::Offset(Unit::Century, n),
        _ => return None,
    };
    if rel == "the" && pm.is_none() && u != "year" && u != "weekend" {
        // "the week", "the month" alone are too often generic
        return None;
    }
    // "over the past decade" is the last ten years, not the 2010s; "the last
    // decade of the century" is an ordinal and stays out
    let stretch = matches!(rel.as_str(), "the past" | "past" | "the last");
    if stretch && (u == "decade" || u == "century") {
        if x.next_word() == "of" {
            return None;
        }
        let value = if u == "decade" { "P10Y" } else { "P100Y" };
        let mut k = x.fixed(TimexType::Duration, value, false);
        k.modifier = pm;
        return Some(k);
    }
    if rel == "the" && u == "year" && x.next_word() == "ended" {
        let mut k = x.fixed(TimexType::Duration, "P1Y", false);
        k.modifier = pm;
        return Some(k);
    }
    let mut k = x.cand(TimexType::Date, Meaning::Dct(meaning));
    k.modifier = pm;
    Some(k)
}

/// "on the 15th": a day of the month in hand. Only after a preposition of
/// dates and before the end of the phrase, so that "the 5th floor", "the
/// 19th century" and "the 3rd Battalion" stay what they are.
pub(super) fn h_day_of_month(x: &Ctx, c: &Captures) -> Option<Cand> {
    const BEFORE: [&str; 8] = [
        "on", "by", "until", "till", "since", "from", "before", "after",
    ];
    const AFTER: [&str; 5] = ["and", "or", "at", "when", "to"];
    if !BEFORE.contains(&x.prev_word().as_str()) {
        return None;
    }
    let rest = x.s.get(x.end..).unwrap_or("").trim_start();
    let ends_phrase = rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '—', '–'])
        || AFTER.contains(&x.next_word().as_str());
    if !ends_phrase {
        return None;
    }
    let d: u32 = g(c, "d")?.parse().ok()?;
    // a day of the month in hand sits within a month as a weekday sits
    // within a week: the same cues pick the occurrence
    let dir = weekday_dir(x, x.end);
    Some(x.cand(TimexType::Date, Meaning::Dct(Rel::DayOfMonth(d, dir))))
}

pub(super) fn h_year_end(x: &Ctx, _c: &Captures) -> Option<Cand> {
    let mut k = x.cand(TimexType::Date, Meaning::Dct(Rel::Offset(Unit::Year, 0)));
    k.modifier = Some("END");
    Some(k)
}

pub(super) fn h_year_ago(x: &Ctx, c: &Captures) -> Option<Cand> {
    let meaning = match g(c, "u").map(key).as_deref() {
        Some("quarter" | "period") => Meaning::YearAgoQuarter,
        Some("month") => Meaning::Dct(Rel::Offset(Unit::Month, -12)),
        _ => Meaning::Ago(Unit::Year, -1),
    };
    Some(x.cand(TimexType::Date, meaning))
}

pub(super) fn h_same_period(x: &Ctx, c: &Captures) -> Option<Cand> {
    // "the same month last year": this month (or week), a year back
    let unit = match key(g(c, "u")?).as_str() {
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return Some(x.cand(TimexType::Date, Meaning::YearAgoQuarter)),
    };
    Some(x.cand(TimexType::Date, Meaning::Dct(Rel::YearBack(unit))))
}

pub(super) fn h_ref(x: &Ctx, c: &Captures) -> Option<Cand> {
    let w = key(g(c, "w")?);
    let v = x.lex.refs.get(&w)?;
    if w == "now" && x.next_char() == Some('-') {
        return None; // "now-defunct"
    }
    Some(x.fixed(TimexType::Date, v.clone(), true))
}

pub(super) fn h_anchored(x: &Ctx, c: &Captures) -> Option<Cand> {
    let (u, n) = if let Some(u) = g(c, "u") {
        let n = match key(g(c, "rel")?).as_str() {
            "following" | "next" => 1,
            "previous" | "prior" | "preceding" => -1,
            _ => 0,
        };
        (key(u), n)
    } else if let Some(u) = g(c, "u2") {
        (key(u), 0)
    } else if let Some(u) = g(c, "u3") {
        // "the day before" — but "the day before the vote" is about an event
        let rest = x.s.get(x.end..).unwrap_or("").trim_start();
        if rest.chars().next().is_some_and(|ch| ch.is_alphanumeric()) && g(c, "that").is_none() {
            return None;
        }
        let n = match key(g(c, "dir")?).as_str() {
            "before" | "earlier" => -1,
            _ => 1,
        };
        (key(u), n)
    } else {
        ("day".to_string(), 0)
    };
    let (unit, tod) = match u.as_str() {
        "day" => (Unit::Day, None),
        "week" => (Unit::Week, None),
        "month" => (Unit::Month, None),
        "quarter" => (Unit::Quarter, None),
        "year" => (Unit::Year, None),
        p => (Unit::Day, x.lex.parts_of_day.get(p).cloned()),
    };
    let mut k = x.cand(
        if tod.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        },
        Meaning::Prev(unit, n),
    );
    k.tod = tod;
    // "later that month": inside the period, towards its end
    k.modifier = g(c, "lm").and_then(|m| x.lex.modifiers.get(&key(m)).copied());
    Some(k)
}

/// A holiday written in the table as "4-thursday-11" (the fourth Thursday of
/// November) or "last-monday-05": (n, weekday, month), n = 0 for the last.
fn nth_weekday_rule(lex: &Lexicon, v: &str) -> Option<(u8, u32, u32)> {
    let mut parts = v.split('-');
    let (n, wd, m) = (parts.next()?, parts.next()?, parts.next()?);
    let n = if n == "last" {
        0
    } else {
        n.parse().ok().filter(|n| (1..=5).contains(n))?
    };
    let wd = weekday_of(lex, wd)?;
    Some((n, wd - 1, m.parse().ok().filter(|m| (1..=12).contains(m))?))
}

pub(super) fn h_holiday(x: &Ctx, c: &Captures) -> Option<Cand> {
    let hw = g(c, "h")?;
    if !capitalized(hw.trim_start_matches("the ")) && !capitalized(hw) {
        return None;
    }
    let v = x.lex.holidays.get(&key(hw))?;
    let y = g(c, "y").and_then(year_of);
    let dir = near_dir(x.tense());
    let meaning = if v == "election" {
        match y {
            Some(y) => Meaning::Abs(Point::Day(crate::timex::resolve::election_day(y)?)),
            None => Meaning::Dct(Rel::ElectionDay(dir)),
        }
    } else if let Some((n, wd, m)) = nth_weekday_rule(x.lex, v) {
        match y {
            Some(y) => Meaning::Abs(Point::Day(crate::timex::resolve::nth_weekday(y, m, wd, n)?)),
            None => Meaning::Dct(Rel::NthWeekday(m, wd, n, dir)),
        }
    } else if let Some(off) = v.strip_prefix("easter") {
        // "Easter Island", "the Easter Rising": a name goes on capitalized
        let next = x.s.get(x.end..).unwrap_or("").trim_start();
        if capitalized(next) && weekday_of(x.lex, &next_word(x.s, x.end)).is_none() {
            return None;
        }
        let off: i64 = if off.is_empty() { 0 } else { off.parse().ok()? };
        match y {
            Some(y) => Meaning::Abs(Point::Day(crate::timex::resolve::easter(y, off)?)),
            None => Meaning::Dct(Rel::Easter(off, dir)),
        }
    } else {
        let (m, d) = v.split_once('-')?;
        let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
        match y {
            Some(y) => Meaning::Abs(Point::Day(value::ymd(y, m, d)?)),
            None => Meaning::Dct(Rel::MonthDay(m, Some(d), dir, None)),
        }
    };
    Some(x.cand(TimexType::Date, meaning))
}
