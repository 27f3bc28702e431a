//! Publication dates written near the top of an article: a line that is
//! essentially a date ("Saturday, 28 September 2013 01:43", "Posted: Jan 7,
//! 2009", "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: ...", "By Jane Roe |
//! March 3, 2013") or a wire dateline opening a paragraph ("WASHINGTON, Nov. 7
//! (Reuters) -").
//!
//! A line counts only when nothing but date words is left once its date, clock
//! times, time zones, weekdays, labels ("Posted", "Updated", "on", "at"), a
//! byline and an agency are taken away: a story sentence that holds a date
//! ("Reid checked herself in on Tuesday, December 9, 2008.") is never read as
//! the publication date.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::model::Span;

/// A publication date read from the top of an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline's text: the whole line, or a wire dateline's lead-in
    /// ("WASHINGTON, Nov. 7 (Reuters) -").
    pub span: Span,
    pub date: DatelineDate,
}

/// What the dateline says about the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatelineDate {
    Full(NaiveDate),
    /// Month and day without a year ("WASHINGTON, Nov. 7 (Reuters) -"): it
    /// needs a reference date to give a day.
    MonthDay(u32, u32),
    /// A numeric date that reads both ways ("05/02/2013") with nothing in the
    /// article's top lines to tell the order: month first, then day first.
    Ambiguous(NaiveDate, NaiveDate),
}

impl DatelineDate {
    /// The day, taking a year-less dateline in the year that puts it nearest
    /// to `reference`.
    pub fn resolve(self, reference: Option<NaiveDate>) -> Option<NaiveDate> {
        match self {
            DatelineDate::Full(d) => Some(d),
            DatelineDate::MonthDay(m, d) => {
                let r = reference?;
                (r.year() - 1..=r.year() + 1)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .min_by_key(|x| (*x - r).num_days().abs())
            }
            DatelineDate::Ambiguous(..) => None,
        }
    }
}

/// How many non-empty lines at the top of the body are looked at.
const MAX_LINES: usize = 8;
/// How far into the body a dateline may start.
const MAX_OFFSET: usize = 2000;
/// Longest line read as a dateline (the wire form opens a paragraph of any length).
const MAX_LINE_BYTES: usize = 160;

/// A month's name, abbreviation, or a slip of the keyboard on its full name
/// ("Novemer 27, 2005"): any word on a month's first three letters, which
/// [`month_number`] then accepts or refuses.
const MONTH: &str = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\.?";
const DAY: &str = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:19|20)[0-9]{2}";

struct Res {
    mdy: Regex,
    dmy: Regex,
    iso: Regex,
    num: Regex,
    dotted: Regex,
    md: Regex,
    filler: Regex,
    byline: Regex,
    city_edge: Regex,
    wire: Regex,
    us_zone: Regex,
    day_first_zone: Regex,
    updated: Regex,
    label: Regex,
}

fn res() -> &'static Res {
    static RE: OnceLock<Res> = OnceLock::new();
    RE.get_or_init(|| {
        let r = |s: String| Regex::new(&s).unwrap();
        Res {
            // "May 2, 2013", "Dec 23 2012", "November 27-2005", "MAY. 3, 2013"
            mdy: r(format!(
                r"(?i)\b({MONTH})\s?({DAY})\b(?:\s?[,\-]\s?|\s)({YEAR})\b"
            )),
            // "14 June 2013", "27 NOVEMBER, 2005", "18th September 2013"
            dmy: r(format!(r"(?i)\b({DAY})\s({MONTH}),?\s({YEAR})\b")),
            // "2013-09-26", "2012.08.08"
            iso: r(format!(
                r"\b({YEAR})[-.](0[1-9]|1[0-2])[-.](0[1-9]|[12][0-9]|3[01])\b"
            )),
            // "05/02/2013", "12/16/08", "11/28 / 05"
            num: r(r"\b([0-9]{1,2})\s?/\s?([0-9]{1,2})\s?/\s?([0-9]{4}|[0-9]{2})\b".into()),
            // "08.07.2012": the European order, day first
            dotted: r(r"\b([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})\b".into()),
            // "Dec. 24", "APR 28" (no year)
            md: r(format!(r"(?i)\b({MONTH})\s?({DAY})\b")),
            filler: r([
                // clock times: "1:35 pm", "8: 41 p. m.", "05. 51AM", "6:07:15 PM", "5: 03p"
                r"(?i:\b[0-9]{1,2}\s?[:.]\s?[0-9]{2}(?:\s?:\s?[0-9]{2})?(?:\s?(?:[ap]\.\s?m\.?|[ap]m\b|[ap]\b))?)",
                r"(?i:\b[0-9]{1,2}\s?(?:[ap]\.\s?m\.|[ap]m\b))",
                // "1052 GMT"
                r"\b[0-2][0-9][0-5][0-9]\s(?:GMT|UTC|HKT|BST)\b",
                // time zones, "GMT+05: 00"
                r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKDT|AKST|HST|GMT|UTC|BST|CET|CEST|IST|HKT|JST|AEST|AEDT|WIB|UK)\b(?:\s?[+-]\s?[0-9]{1,2}(?:\s?:\s?[0-9]{1,2})?)?",
                // weekdays
                r"(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b)",
                // labels
                r"(?i:\b(?:published|posted|updated|update|modified|created|edited|story|article|time|on|at|first|originally|last|hrs|date|released?)\b|\bfor immediate release\b)",
                // agencies
                r"\b(?:Reuters|AP|AFP|UPI|TNN|PTI|IANS|ANI|CNA|Xinhua|dpa|DPA|Bloomberg|ITAR-TASS|RIA Novosti)\b",
            ]
            .join("|")),
            byline: r(
                r"\A\s*(?i:by)\s+(?:[A-Z][\w.'’\-]*\s?){1,4}(?:(?:,|&|and)\s?(?:[A-Z][\w.'’\-]*\s?){1,4})*\s?(?:[|,\-–—]|\z)"
                    .into(),
            ),
            city_edge: r(
                r"\A\s*(?:[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,2}\s?,\s?){1,2}|\A\s*[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,2}\s?[:,\-–—]|[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,2}\s?:\s*\z"
                    .into(),
            ),
            // "WASHINGTON, Nov. 7 (Reuters) -", "Mumbai, Nov 11 -", "WASHINGTON-April 27 -",
            // "BAGHDAD, Iraq, Jan. 3, 2008 (AP) —"
            wire: r(format!(
                r"\A((?:[A-Z][A-Za-z.'\-]*)(?:\s[A-Z][A-Za-z.'\-]*){{0,3}}(?:,\s[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){{0,2}})?)\s?[,\-–—]\s?(?i:({MONTH})\s?({DAY}))\b(?:,?\s({YEAR})\b)?\s?(?:\((?:Reuters|AP|AFP|UPI|IANS|PTI|Xinhua|dpa|Bloomberg|CNN|Reuters Health)\)\s?)?(?:-+|–|—|:)\s?"
            )),
            us_zone: r(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKDT|AKST)\b".into()),
            day_first_zone: r(r"\b(?:BST|UK|IST|CET|CEST|AEST|AEDT|WIB|HKT|JST)\b".into()),
            updated: r(r"(?i)\b(?:updat|modifi|edit)".into()),
            label: r(
                r"\A(?i:(?:first\s|last\s)?(?:published|posted|updated|modified)(?:\son)?\s?:)".into(),
            ),
        }
    })
}

/// Words that open a sentence rather than name a wire dateline's city.
const NOT_A_CITY: &[&str] = &[
    "On",
    "In",
    "At",
    "By",
    "The",
    "A",
    "An",
    "Since",
    "Until",
    "From",
    "Last",
    "Next",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Updated",
    "Posted",
    "Published",
    "Before",
    "After",
    "Through",
    "Between",
    "Early",
    "Late",
    "As",
    "Of",
    "For",
    "And",
    "But",
    "Or",
    "If",
    "When",
    "Then",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: its full name, its first three letters, "sept",
/// or its full name with one letter dropped, doubled, swapped or mistyped
/// (a dateline typed by hand). Words that only start like a month ("Mayor",
/// "Marching") are refused.
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let i = MONTHS.iter().position(|m| w.get(..3) == m.get(..3))?;
    let full = MONTHS[i];
    let ok = w == full
        || w.len() == 3
        || w == "sept"
        || (w.len() >= 5 && full.len() >= 5 && one_edit(&w, full));
    ok.then_some(i as u32 + 1)
}

/// `a` and `b` differ by one inserted, deleted or replaced letter, or by two
/// neighbouring letters swapped.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[pre..], &b[pre..]);
    let tail = |x: &[u8], y: &[u8]| x == y;
    match ra.len() as isize - rb.len() as isize {
        0 => {
            ra.is_empty()
                || tail(&ra[1..], &rb[1..])
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && tail(&ra[2..], &rb[2..]))
        }
        1 => tail(&ra[1..], rb),
        -1 => tail(ra, &rb[1..]),
        _ => false,
    }
}

/// A month's name or abbreviation, as a whole word.
fn is_month_word(word: &str) -> bool {
    month_number(word).is_some()
}

fn day_number(word: &str) -> Option<u32> {
    word.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

fn full_year(digits: &str) -> Option<i32> {
    let y: i32 = digits.parse().ok()?;
    Some(match digits.len() {
        2 if y < 70 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    })
}

/// Order of day and month in numeric dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    MonthFirst,
    DayFirst,
}

/// A date found in a line: where, and what it says.
#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    date: Parsed,
}

#[derive(Clone, Copy, Debug)]
enum Parsed {
    Full(NaiveDate),
    /// Month and day, no year.
    MonthDay(u32, u32),
    /// Numeric "a/b/year" with both a and b at most 12 and different.
    Numeric(u32, u32, i32),
}

/// Every full date in `line`, earliest first, not overlapping.
fn dates_in(line: &str) -> Vec<Found> {
    let re = res();
    let mut out: Vec<Found> = Vec::new();
    // The patterns that give a full date, each with how its groups read as
    // (year, month, day).
    type Fields = fn(&regex::Captures) -> Option<(i32, u32, u32)>;
    let full: [(&Regex, Fields); 4] = [
        (&re.mdy, |c| {
            Some((full_year(&c[3])?, month_number(&c[1])?, day_number(&c[2])?))
        }),
        (&re.dmy, |c| {
            Some((full_year(&c[3])?, month_number(&c[2])?, day_number(&c[1])?))
        }),
        (&re.iso, |c| {
            Some((full_year(&c[1])?, c[2].parse().ok()?, c[3].parse().ok()?))
        }),
        (&re.dotted, |c| {
            Some((full_year(&c[3])?, c[2].parse().ok()?, c[1].parse().ok()?))
        }),
    ];
    for (pattern, fields) in full {
        for c in pattern.captures_iter(line) {
            let Some(date) = fields(&c).and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            else {
                continue;
            };
            let w = c.get(0).unwrap();
            out.push(Found {
                start: w.start(),
                end: w.end(),
                date: Parsed::Full(date),
            });
        }
    }
    for c in re.num.captures_iter(line) {
        let (Ok(a), Ok(b), Some(y)) = (c[1].parse::<u32>(), c[2].parse::<u32>(), full_year(&c[3]))
        else {
            continue;
        };
        let w = c.get(0).unwrap();
        let date = if a == b || b > 12 {
            NaiveDate::from_ymd_opt(y, a, b).map(Parsed::Full)
        } else if a > 12 {
            NaiveDate::from_ymd_opt(y, b, a).map(Parsed::Full)
        } else {
            Some(Parsed::Numeric(a, b, y))
        };
        if let Some(date) = date {
            out.push(Found {
                start: w.start(),
                end: w.end(),
                date,
            });
        }
    }
    out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::new();
    for f in out {
        if kept.last().is_none_or(|k| f.start >= k.end) {
            kept.push(f);
        }
    }
    kept
}

/// The one year-less date in `line` ("Dec. 24 4:33 AM EST", "APR 28").
fn month_days_in(line: &str) -> Vec<Found> {
    let re = res();
    let found: Vec<Found> = re
        .md
        .captures_iter(line)
        .filter_map(|c| {
            let (m, d) = (month_number(&c[1])?, day_number(&c[2])?);
            NaiveDate::from_ymd_opt(2024, m, d)?;
            let w = c.get(0)?;
            Some(Found {
                start: w.start(),
                end: w.end(),
                date: Parsed::MonthDay(m, d),
            })
        })
        .collect();
    if found.len() == 1 {
        found
    } else {
        Vec::new()
    }
}

/// The order that the numeric dates of these lines show, if any: an
/// unambiguous numeric date ("11/27/2005"), or a time zone of a country that
/// writes the month first (US) or the day first.
fn numeric_order(lines: &[&str]) -> Option<Order> {
    let re = res();
    for line in lines {
        for c in re.num.captures_iter(line) {
            let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
                continue;
            };
            if a > 12 && b <= 12 {
                return Some(Order::DayFirst);
            }
            if b > 12 && a <= 12 {
                return Some(Order::MonthFirst);
            }
        }
    }
    let us = lines.iter().any(|l| re.us_zone.is_match(l));
    let day_first = lines.iter().any(|l| re.day_first_zone.is_match(l));
    match (us, day_first) {
        (true, false) => Some(Order::MonthFirst),
        (false, true) => Some(Order::DayFirst),
        _ => None,
    }
}

/// Whether a line holds nothing but its dates and date words.
fn only_date_words(line: &str, dates: &[Found]) -> bool {
    let re = res();
    let mut rest = String::with_capacity(line.len());
    let mut at = 0;
    for f in dates {
        rest.push_str(&line[at..f.start]);
        rest.push(' ');
        at = f.end;
    }
    rest.push_str(&line[at..]);
    let rest = re.byline.replace(&rest, " ");
    let rest = re.city_edge.replace_all(&rest, " ");
    let rest = re.filler.replace_all(&rest, " ");
    !rest.chars().any(char::is_alphanumeric)
}

/// A candidate line and its date.
struct Candidate {
    span: Span,
    found: Found,
    updated: bool,
    line_text: String,
}

/// A line of the top of the body, and whether it lies below the summary.
struct TopLine {
    span: Span,
    /// Below two sentence-like lines: only a line that opens on a label
    /// ("PUBLISHED:", "Posted:") is still a dateline there, since a summary
    /// of two or three sentences often stands between a title and its stamp.
    below_summary: bool,
}

/// The first non-empty lines of the body, as spans, up to the first line of
/// story prose after the summary.
fn top_lines(text: &str, body: Span) -> Vec<TopLine> {
    let mut out = Vec::new();
    let mut prose = 0;
    let mut pos = body.start;
    let limit = body.end.min(body.start.saturating_add(MAX_OFFSET));
    while pos < limit && out.len() < MAX_LINES {
        let rest = &text[pos..body.end];
        let len = rest.find('\n').unwrap_or(rest.len());
        let raw = &rest[..len];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            let span = Span::new(pos + lead, pos + lead + trimmed.len());
            let below_summary = prose >= 2;
            if below_summary && !labelled(trimmed) {
                // The story itself has begun: nothing below is a dateline.
                break;
            }
            out.push(TopLine {
                span,
                below_summary,
            });
            // Lines ending like sentences are a summary or the story itself.
            if trimmed.len() > 60 && trimmed.ends_with(['.', '!', '?', '"', '\u{201D}', '\'']) {
                prose += 1;
            }
        }
        pos += len + 1;
    }
    out
}

/// Whether a line opens on a publication label and a colon ("PUBLISHED:",
/// "Last updated:", "Posted on:"), which no story sentence does.
fn labelled(line: &str) -> bool {
    res().label.is_match(line)
}

/// The first full date written in `s` ("March 3, 2013", "3 March 2013",
/// "2013-03-03"; a numeric date only when it reads one way).
pub fn full_date(s: &str) -> Option<NaiveDate> {
    dates_in(s).into_iter().find_map(|f| match f.date {
        Parsed::Full(d) => Some(d),
        Parsed::Numeric(..) | Parsed::MonthDay(..) => None,
    })
}

/// Finds the dateline near the top of the body, if any.
pub fn find(text: &str, body: Span) -> Option<Dateline> {
    let lines = top_lines(text, body);
    let mut candidates: Vec<Candidate> = Vec::new();
    for top in &lines {
        let l = top.span;
        let line = l.of(text);
        // A wire dateline opens the story; below the summary only a labelled
        // stamp is looked for.
        if let Some(w) = wire(line).filter(|_| !top.below_summary) {
            return Some(Dateline {
                span: Span::new(l.start, l.start + w.0),
                date: w.1,
            });
        }
        if line.len() > MAX_LINE_BYTES {
            continue;
        }
        let mut dates = dates_in(line);
        if dates.is_empty() {
            dates = month_days_in(line);
        }
        let Some(&first) = dates.first() else {
            continue;
        };
        if !only_date_words(line, &dates) {
            continue;
        }
        // A line that gives both takes its first date not marked as an update.
        let pick = dates
            .iter()
            .find(|f| !is_update(&line[..f.start]))
            .copied()
            .unwrap_or(first);
        candidates.push(Candidate {
            span: l,
            found: pick,
            updated: is_update(&line[..pick.start]),
            line_text: line.to_string(),
        });
    }
    // Publication first: an "Updated" line yields to a "Published" one.
    let best = candidates
        .iter()
        .find(|c| !c.updated)
        .or(candidates.first())?;
    let date = match best.found.date {
        Parsed::Full(d) => DatelineDate::Full(d),
        Parsed::MonthDay(m, d) => DatelineDate::MonthDay(m, d),
        Parsed::Numeric(a, b, y) => {
            let texts: Vec<&str> = candidates.iter().map(|c| c.line_text.as_str()).collect();
            let month_first = NaiveDate::from_ymd_opt(y, a, b)?;
            let day_first = NaiveDate::from_ymd_opt(y, b, a)?;
            match numeric_order(&texts) {
                Some(Order::MonthFirst) => DatelineDate::Full(month_first),
                Some(Order::DayFirst) => DatelineDate::Full(day_first),
                None => DatelineDate::Ambiguous(month_first, day_first),
            }
        }
    };
    Some(Dateline {
        span: best.span,
        date,
    })
}

/// Whether the words before a date mark it as an update time rather than the
/// publication.
fn is_update(before: &str) -> bool {
    let re = res();
    // Only the label nearest the date counts ("Published ... | Updated: <date>").
    let tail = before.rsplit('|').next().unwrap_or(before);
    re.updated.is_match(tail)
}

/// A wire dateline opening a line: its length and date.
fn wire(line: &str) -> Option<(usize, DatelineDate)> {
    let re = res();
    let c = re.wire.captures(line)?;
    let city = c.get(1)?.as_str();
    let first = city.split([' ', ',']).next().unwrap_or("");
    if NOT_A_CITY.contains(&first) || is_month_word(first) {
        return None;
    }
    let m = month_number(c.get(2)?.as_str())?;
    let d = day_number(c.get(3)?.as_str())?;
    let date = match c.get(4) {
        Some(y) => DatelineDate::Full(NaiveDate::from_ymd_opt(full_year(y.as_str())?, m, d)?),
        None => {
            // Reject impossible days even without a year (2024 is a leap year).
            NaiveDate::from_ymd_opt(2024, m, d)?;
            DatelineDate::MonthDay(m, d)
        }
    };
    Some((c.get(0)?.as_str().trim_end().len(), date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(s: &str) -> Option<NaiveDate> {
        let body = Span::new(0, s.len());
        match find(s, body)?.date {
            DatelineDate::Full(d) => Some(d),
            _ => None,
        }
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn misspelt_months() {
        // fires: a slip on a full month name
        assert_eq!(full("Novemer 27, 2005"), d(2005, 11, 27));
        assert_eq!(full("27 Septmber 2013"), d(2013, 9, 27));
        assert_eq!(full("Janaury 7, 2009"), d(2009, 1, 7));
        // silent: words that only start like a month
        assert_eq!(full("Mayor 12, 2005"), None);
        assert_eq!(full("Marching 5, 2009"), None);
        assert_eq!(full("Augustine 3, 2001"), None);
    }

    #[test]
    fn line_forms() {
        for (line, want) in [
            ("Saturday, 28 September 2013 01:43", d(2013, 9, 28)),
            ("March 14, 2013 at 12:41 PM", d(2013, 3, 14)),
            ("Posted: Jan 7, 2009", d(2009, 1, 7)),
            ("on November 13, 2007", d(2007, 11, 13)),
            ("December 15th, 2008, 7:35 am", d(2008, 12, 15)),
            ("POSTED: 05/02/07, 9:00 PM PDT |", d(2007, 5, 2)),
            ("7:15 a. m. Dec. 7, 2009", d(2009, 12, 7)),
            ("AUGUST 2, 2013 | 08: 06AM PT", d(2013, 8, 2)),
            ("27 NOVEMBER, 2005", d(2005, 11, 27)),
            ("Published: Dec. 19, 2005 at 9:44 PM", d(2005, 12, 19)),
            ("Wednesday, July 28, 2004", d(2004, 7, 28)),
            ("2013-09-26", d(2013, 9, 26)),
            ("Published: 2012.08.08 09:01 AM", d(2012, 8, 8)),
            ("Last updated 13:26 14/09/2013", d(2013, 9, 14)),
            (
                "POSTED: 1052 GMT (1852 HKT), April 10, 2007",
                d(2007, 4, 10),
            ),
            ("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:", d(2011, 11, 12)),
            ("8: 05am UK, Monday 16 September 2013", d(2013, 9, 16)),
            ("Sunday, November 27-2005 at 16:12", d(2005, 11, 27)),
            ("(March 20, 2007) - -", d(2007, 3, 20)),
            ("By Jane Roe | March 3, 2013", d(2013, 3, 3)),
            ("By Dana Levin & Omar Haddad | March 4, 2025", d(2025, 3, 4)),
            (
                "By Dana Levin and Omar Haddad, March 4, 2025",
                d(2025, 3, 4),
            ),
            ("11/28 / 05", d(2005, 11, 28)),
            (
                "Posted on November 15, 2011 6:07:15 PM GMT+01: 0",
                d(2011, 11, 15),
            ),
            ("WASHINGTON, DC, April 28, 2009", d(2009, 4, 28)),
            (
                "Washington D. C., Jul 13, 2009/02:00 pm (CNA)",
                d(2009, 7, 13),
            ),
            ("FOR IMMEDIATE RELEASE July 13, 2009", d(2009, 7, 13)),
            ("Article posted on 08.07.2012", d(2012, 7, 8)),
            ("Release: 03/18/2013", d(2013, 3, 18)),
        ] {
            assert_eq!(full(&format!("{line}\n\nThe story.")), want, "{line}");
        }
    }

    #[test]
    fn a_dateline_below_the_title() {
        let t = "Obama overturns rule\n\nWEDNESDAY, MARCH 4, 2009, 10:53 AM\n\nThe president said.";
        let dl = find(t, Span::new(0, t.len())).unwrap();
        assert_eq!(dl.span.of(t), "WEDNESDAY, MARCH 4, 2009, 10:53 AM");
        assert_eq!(dl.date, DatelineDate::Full(d(2009, 3, 4).unwrap()));
    }

    #[test]
    fn year_less_lines_and_a_summary_above() {
        for (t, m, day) in [
            (
                "COLTS BEAT CHIEFS\n\nDec. 24 4:33 AM EST\n\nLuck smiled.",
                12,
                24,
            ),
            ("APR 28\n\nObama restores protections.", 4, 28),
        ] {
            assert_eq!(
                find(t, Span::new(0, t.len())).unwrap().date,
                DatelineDate::MonthDay(m, day),
                "{t}"
            );
        }
        let t = "Riot breaks out in Brooklyn\n\nMemorial for Kimani Gray, who was fatally wounded by police on Saturday night.\n\nPUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM\n\nAnger grew.";
        assert_eq!(full(t), d(2013, 3, 11));
    }

    #[test]
    fn a_labelled_stamp_below_a_summary_of_several_sentences() {
        let summary = "Angry crowds fought police in the streets of East Flatbush, and 46 were arrested overnight.\n\nOfficers struggled to hold back a crowd that broke away from a vigil for the teenager.\n\n";
        // Fires: the stamp is labelled.
        for (stamp, want) in [
            (
                "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM",
                d(2013, 3, 13),
            ),
            ("Last updated: 14 March 2013 09:31 GMT", d(2013, 3, 14)),
            ("Posted on: Jan 7, 2009", d(2009, 1, 7)),
        ] {
            let t = format!("Riot in Brooklyn\n\n{summary}{stamp}\n\nThe protests went on.");
            assert_eq!(full(&t), want, "{t}");
        }
        // Silent: below the summary, an unlabelled date line or a story
        // sentence is the story, not its stamp.
        for stamp in [
            "WEDNESDAY, MARCH 13, 2013, 2:29 PM",
            "The vigil was published on the family's page on March 12, 2013.",
        ] {
            let t = format!("Riot in Brooklyn\n\n{summary}{stamp}\n\nThe protests went on.");
            assert_eq!(find(&t, Span::new(0, t.len())), None, "{t}");
        }
    }

    #[test]
    fn published_wins_over_updated() {
        let t = "UPDATED 05/04/2013 at 11:00 AM EDT\n\nOriginally published 05/03/2013 at 10:20 AM EDT\n\nText.";
        assert_eq!(full(t), d(2013, 5, 3));
        let t = "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 13 March 2013\n\nText.";
        assert_eq!(full(t), d(2013, 3, 12));
    }

    #[test]
    fn wire_datelines() {
        let t = "WASHINGTON, Nov. 7 (Reuters) - The United States on Friday accused Iran.";
        let dl = find(t, Span::new(0, t.len())).unwrap();
        assert_eq!(dl.span.of(t), "WASHINGTON, Nov. 7 (Reuters) -");
        assert_eq!(dl.date, DatelineDate::MonthDay(11, 7));
        assert_eq!(
            dl.date.resolve(d(2025, 11, 20)),
            d(2025, 11, 7),
            "year from the reference"
        );
        assert_eq!(dl.date.resolve(d(2026, 1, 2)), d(2025, 11, 7));
        assert_eq!(dl.date.resolve(None), None);
        let t = "BAGHDAD, Iraq, Jan. 3, 2008 (AP) — A bomb exploded.";
        assert_eq!(full(t), d(2008, 1, 3));
        let t = "Mumbai, Nov 11 -\n\nThe navy said.";
        assert!(matches!(
            find(t, Span::new(0, t.len())).unwrap().date,
            DatelineDate::MonthDay(11, 11)
        ));
    }

    #[test]
    fn story_sentences_with_dates_are_not_datelines() {
        for t in [
            "Reid checked herself in on Tuesday, December 9, 2008.",
            "Voting for MPs to Majlis (Parliament) began in Turkmenistan on Dec.14.",
            "On Tuesday, Oct. 10, 1972, Washington awoke to this startling news:",
            "Interior and Commerce Secretaries Must Act by May 9",
            "Watergate figure Fred LaRue, July 24",
            "End of Watch: Friday, June 24, 2005",
            "The quake struck on November 27, 2005 at 1353 local time.",
            "27/09/2013-Turkmenistan to hold first-ever parliamentary elections",
            "On Friday, 36-year-old Duncan Rait died after slipping.",
            "On Dec. 14 voting began - the first since independence.",
            "Since Nov. 7 - the day of the raid - nobody has spoken.",
            "Monday, Dec. 14 - voters went to the polls.",
            "GRANDMOTHER KILLED BY DRUNK DRIVER IN QUEENS SEPTEMBER 19, 2013",
            "On behalf of Howard R. Sanders, Esq. posted in Accidents on Wednesday, September 18, 2013.",
            "Obama met Netanyahu, March 3, 2013, in Jerusalem",
            "Polls close at 8 p.m. on Nov. 7",
            "Until March 3 - and perhaps longer",
            "Deadline: July 13",
            "From July 13 to July 20",
            "By Tuesday, March 4, 2025 the dam had burst",
            "by the end of March 4, 2025",
        ] {
            let text = format!("{t}\n\nMore of the story follows here.");
            assert_eq!(find(&text, Span::new(0, text.len())), None, "{t}");
        }
    }

    #[test]
    fn only_the_top_of_the_article_is_read() {
        let long = "The storm hit the coast on Monday and flooded the streets of the town, officials said, adding that the toll might rise.";
        let t = format!("{long}\n\n{long}\n\nMarch 3, 2013\n\nMore.");
        assert_eq!(find(&t, Span::new(0, t.len())), None);
        let t = format!("Title\n\n{long}\n\n{long}\n\nMarch 3, 2013");
        assert_eq!(find(&t, Span::new(0, t.len())), None);
    }

    #[test]
    fn numeric_dates_take_their_order_from_a_cue_or_stay_ambiguous() {
        assert_eq!(
            full("Posted 08/02/2013 11:10 am EDT\n\nText."),
            d(2013, 8, 2)
        );
        assert_eq!(full("8: 44AM BST 09/08/2013\n\nText."), d(2013, 8, 9));
        assert_eq!(
            full("Posted 11/05/2005 7:21 AM\n\nUpdated 11/27/2005 3:41 PM\n\nText."),
            d(2005, 11, 5)
        );
        let t = "05/02/2013\n\nText.";
        assert!(matches!(
            find(t, Span::new(0, t.len())).unwrap().date,
            DatelineDate::Ambiguous(..)
        ));
    }
}
