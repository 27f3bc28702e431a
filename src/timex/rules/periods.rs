//! Rules for parts of a year: quarters and halves ("the third quarter",
//! "Q3", "the April-June quarter") and seasons.

use super::*;

/// Quarter `n` of year `y`, or half `n` when `half`.
fn part_of_year(y: i32, n: u32, half: bool) -> Point {
    if half {
        Point::Half(y, n)
    } else {
        Point::Quarter(y, n)
    }
}

/// Quarter (or half) `n` picked around the publication date by `dir`.
fn part_near(n: u32, half: bool, dir: Dir) -> Rel {
    if half {
        Rel::Half(n, dir)
    } else {
        Rel::Quarter(n, dir)
    }
}

/// Years from the publication year named by "last", "next", "this"/"the"
/// (as in "of last year").
pub(super) fn year_offset(w: &str) -> i64 {
    match w {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

pub(super) fn h_quarter(x: &Ctx, c: &Captures) -> Option<Cand> {
    let unit = key(g(c, "u")?);
    let half = unit == "half";
    if unit == "period" {
        // only the reporting periods of business news: "the latest period"
        return match g(c, "rel").map(key).as_deref() {
            Some("latest" | "most recent") if g(c, "ord").is_none() => {
                Some(x.cand(TimexType::Date, Meaning::Dct(Rel::LastQuarter(0))))
            }
            Some("year-ago" | "year-earlier") if g(c, "ord").is_none() => {
                Some(x.cand(TimexType::Date, Meaning::YearAgoQuarter))
            }
            Some("same") if g(c, "ord").is_none() => {
                Some(x.cand(TimexType::Date, Meaning::Prev(Unit::Year, -1)))
            }
            None if g(c, "ord").is_none() => {
                let y = year_of(g(c, "y0")?)?;
                Some(x.cand(TimexType::Date, Meaning::Dct(Rel::QuarterOfYear(y))))
            }
            _ => None,
        };
    }
    // "the second half of the month", "the first quarter of the match": a
    // part of something other than a year is no calendar half or quarter
    if g(c, "y").is_none() && g(c, "yr").is_none() && x.next_word() == "of" {
        let after = x.s.get(x.end..).unwrap_or("").to_lowercase();
        let mut words = after.split_whitespace().skip(1);
        let the = words.next().unwrap_or("");
        let mut noun = words.next().unwrap_or("");
        if matches!(noun, "fiscal" | "current" | "calendar" | "financial") {
            noun = words.next().unwrap_or("");
        }
        let of_a_year = matches!(the, "the" | "this" | "its" | "their")
            && noun.trim_end_matches(|ch: char| !ch.is_alphanumeric()) == "year";
        // "a loss for the third quarter of $226 million": the amount, not a part
        let of_an_amount = the.starts_with(|ch: char| !ch.is_alphabetic());
        if !of_a_year && !of_an_amount {
            return None;
        }
    }
    let mut ord = g(c, "ord").map(key);
    let mut rel = g(c, "rel").map(key);
    if ord.is_none() && rel.as_deref() == Some("last") && g(c, "y").is_some() {
        // "the last half of 1989", "the last quarter of 1990": an ordinal
        ord = rel.take();
    }
    let the = g(c, "the").is_some();
    if ord.is_none() && rel.is_none() && !the && g(c, "y0").is_none() && g(c, "yr0").is_none() {
        return None;
    }
    let n = match ord.as_deref() {
        Some("final") | Some("last") => Some(if half { 2 } else { 4 }),
        Some(o) => Some(*x.lex.ordinals.get(o)?),
        None => None,
    };
    if let Some(q) = n {
        if q == 0 || q > if half { 2 } else { 4 } {
            return None;
        }
    }
    let year = match (
        g(c, "y").or_else(|| g(c, "y0")),
        g(c, "yr")
            .or_else(|| g(c, "yr0"))
            .or_else(|| g(c, "ty").map(|_| "this"))
            .map(key),
    ) {
        (Some(y), _) => Some(Ok(year_of(y)?)),
        (None, Some(r)) => Some(Err(year_offset(&r))),
        _ => None,
    };
    let meaning = match (n, year) {
        (Some(q), Some(Ok(y))) => Meaning::Abs(part_of_year(y, q, half)),
        (Some(q), Some(Err(off))) => Meaning::Dct(Rel::QuarterIn(off, q, half)),
        (Some(q), None) => {
            let dir = match rel.as_deref() {
                Some("last" | "past" | "previous") => Dir::Last,
                Some("next" | "coming") => Dir::Next,
                Some("this" | "current") => Dir::This,
                Some("year-ago" | "year-earlier") => {
                    return Some(x.cand(TimexType::Date, Meaning::Dct(Rel::LastQuarter(1))))
                }
                _ => dir_from(x.tense(), Dir::Closest),
            };
            Meaning::Dct(part_near(q, half, dir))
        }
        (None, Some(Err(off))) if !half => {
            // "last year's quarter": the quarter just reported, that many years back
            Meaning::Dct(Rel::LastQuarter(-off))
        }
        (None, Some(Ok(y))) => {
            // "the 1988 quarter": the quarter just reported, in that year
            Meaning::Dct(Rel::QuarterOfYear(y))
        }
        (None, _) => {
            if half {
                return None;
            }
            match rel.as_deref() {
                Some("this" | "current") => Meaning::Dct(Rel::Offset(Unit::Quarter, 0)),
                Some("next" | "coming") => Meaning::Dct(Rel::Offset(Unit::Quarter, 1)),
                Some("year-ago" | "year-earlier") => Meaning::Dct(Rel::LastQuarter(1)),
                Some("same") => Meaning::Prev(Unit::Quarter, 0),
                _ => Meaning::Dct(Rel::LastQuarter(0)),
            }
        }
    };
    Some(x.cand(TimexType::Date, meaning))
}

/// "the first three months of the year", "the last six months of 2024": a
/// calendar quarter or half.
pub(super) fn h_months_of_year(x: &Ctx, c: &Captures) -> Option<Cand> {
    let half = matches!(g(c, "n")?, "six" | "6");
    let n = match (key(g(c, "fl")?).as_str(), half) {
        ("first", _) => 1,
        (_, true) => 2,
        (_, false) => 4,
    };
    let meaning = match (g(c, "y").and_then(year_of), g(c, "yr").map(key)) {
        (Some(y), _) => Meaning::Abs(part_of_year(y, n, half)),
        (None, Some(r)) => Meaning::Dct(Rel::QuarterIn(year_offset(&r), n, half)),
        _ => return None,
    };
    Some(x.cand(TimexType::Date, meaning))
}

/// "the April-June quarter", "the July-December period": months that make a
/// calendar quarter or half name it.
pub(super) fn h_month_span(x: &Ctx, c: &Captures) -> Option<Cand> {
    let (a, b) = (month_of(x.lex, g(c, "m1")?)?, month_of(x.lex, g(c, "m2")?)?);
    let (n, half) = match (a, b) {
        (1, 6) | (7, 12) => (a / 6 + 1, true),
        _ if a % 3 == 1 && b == a + 2 => (a / 3 + 1, false),
        _ => return None,
    };
    if half && key(g(c, "u")?) == "quarter" {
        return None;
    }
    let meaning = match g(c, "y").and_then(year_of) {
        Some(y) => Meaning::Abs(part_of_year(y, n, half)),
        None => Meaning::Dct(part_near(n, half, dir_from(x.tense(), Dir::Closest))),
    };
    Some(x.cand(TimexType::Date, meaning))
}

pub(super) fn h_qnotation(x: &Ctx, c: &Captures) -> Option<Cand> {
    let q: u32 = g(c, "q")?.parse().ok()?;
    let qh = g(c, "qh")?;
    if qh == "q" || qh == "h" {
        return None; // the notation is upper case
    }
    let half = qh == "H";
    if half && q > 2 {
        return None;
    }
    let meaning = match (g(c, "y").and_then(year_of), half) {
        (Some(y), _) => Meaning::Abs(part_of_year(y, q, half)),
        (None, true) => return None, // "H2" alone is too often something else
        (None, false) => Meaning::Dct(part_near(q, false, dir_from(x.tense(), Dir::Closest))),
    };
    Some(x.cand(TimexType::Date, meaning))
}

pub(super) fn h_season(x: &Ctx, c: &Captures) -> Option<Cand> {
    let sw = key(g(c, "s")?);
    let (code, _) = x.lex.seasons.get(&sw)?;
    let s = season_index(code)?;
    let rel = g(c, "rel").map(key);
    let pm = pmod(x.lex, c);
    let y = g(c, "y")
        .and_then(year_of)
        .or_else(|| g(c, "ys").and_then(|w| spelled_year(x.lex, w)));
    if rel.is_none()
        && pm.is_none()
        && y.is_none()
        && (sw == "fall" || sw == "spring")
        && !x.lex.season_cues.contains(&x.prev_word())
    {
        return None;
    }
    // "the fall of Kabul", "the Arab Spring", "the Summer Olympics"
    let word = c.name("s")?;
    let of_year = g(c, "ry").map(|w| year_offset(&key(w)));
    if let Some(n) = of_year {
        let mut k = x.cand(TimexType::Date, Meaning::Dct(Rel::SeasonOfYear(s, n)));
        k.modifier = pm;
        return Some(k);
    }
    if y.is_none() && (sw == "fall" || sw == "spring") && x.next_word() == "of" {
        return None;
    }
    let mid_sentence =
        x.s.get(..word.start())
            .is_some_and(|b| !b.trim().is_empty());
    let next_cap =
        x.s.get(word.end()..)
            .and_then(|t| t.strip_prefix(' '))
            .is_some_and(capitalized);
    if y.is_none() && mid_sentence && capitalized(word.as_str()) && next_cap {
        return None;
    }
    let meaning = match y {
        Some(y) => Meaning::Abs(Point::Season(y, s)),
        None => {
            let dir = match rel.as_deref().and_then(rel_dir) {
                Some(d) => d,
                None => dir_from(x.tense(), Dir::Closest),
            };
            Meaning::Dct(Rel::Season(s, dir))
        }
    };
    let mut k = x.cand(TimexType::Date, meaning);
    k.modifier = pm;
    Some(k)
}
