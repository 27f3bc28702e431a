//! The patterns: each rule is one compiled regex over a sentence and a
//! function that turns a match into a candidate (span, type, meaning, mod).
//! Overlapping candidates are settled later (leftmost, then longest).

use std::sync::OnceLock;

use regex::Regex;

use super::matcher::{self, Captures};

use super::lexicon::{self, alternation, key, Lexicon};
use super::resolve::{Dir, Meaning, Rel};
use super::tense::{self, Tense};
use super::value::{self, duration, season_index, Point, Unit};
use crate::model::{Span, TimexType};

/// One possible temporal expression, offsets relative to the sentence.
#[derive(Clone, Debug)]
pub struct Cand {
    pub start: usize,
    pub end: usize,
    pub prio: usize,
    pub ty: TimexType,
    pub meaning: Meaning,
    pub modifier: Option<&'static str>,
    /// Time of day to append to a day value: `MO`, `NI`, `15:30`.
    pub tod: Option<String>,
}

/// What a handler sees: the sentence, the match, and the tense there.
struct Ctx<'a> {
    s: &'a str,
    lex: &'static Lexicon,
    start: usize,
    end: usize,
    /// Insides of the quotations in `s`, sentence-relative, in order.
    quotes: &'a [Span],
    /// How the document writes numeric dates, when it shows it.
    order: SlashOrder,
}

/// A numeric date, "04/01/2024" or "4/1/24": read by [`h_slash`], and
/// scanned over the whole document by [`slash_order`].
const SLASH_DATE: &str = r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b";

/// The order of day and month in a document's numeric dates ("04/01/2024"),
/// known only when one of its dates cannot be read the other way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashOrder {
    MonthFirst,
    DayFirst,
    Unknown,
}

/// Reads the order from the numeric dates of `text`: a number above 12 can
/// only be the day, so "25/12/2023" shows day first and "12/25/2023" month
/// first. Conflicting evidence leaves it unknown.
pub fn slash_order(text: &str) -> SlashOrder {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(SLASH_DATE).expect("slash date"));
    let (mut day_first, mut month_first) = (false, false);
    for c in re.captures_iter(text) {
        let a: u32 = c["a"].parse().unwrap_or(0);
        let b: u32 = c["b"].parse().unwrap_or(0);
        day_first |= a > 12 && b <= 12;
        month_first |= b > 12 && a <= 12;
    }
    match (day_first, month_first) {
        (true, false) => SlashOrder::DayFirst,
        (false, true) => SlashOrder::MonthFirst,
        _ => SlashOrder::Unknown,
    }
}

impl Ctx<'_> {
    fn tense(&self) -> Tense {
        tense::at(self.s, self.start, self.end, self.quote())
    }
    /// The quotation holding the expression, if any.
    fn quote(&self) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.end < self.end);
        self.quotes
            .get(i)
            .copied()
            .filter(|q| q.start <= self.start && self.end <= q.end)
    }
    fn clause_tense(&self) -> Tense {
        tense::clause_at(self.s, self.start, self.end)
    }
    /// Whether a lower-case word follows (the expression modifies a noun).
    fn next_word_lower(&self) -> bool {
        let rest = self.s.get(self.end..).unwrap_or("");
        rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_lowercase())
    }
    fn prev_word(&self) -> String {
        prev_word(self.s, self.start)
    }
    fn next_word(&self) -> String {
        next_word(self.s, self.end)
    }
    fn next_char(&self) -> Option<char> {
        self.s.get(self.end..).and_then(|t| t.chars().next())
    }
    fn prev_char(&self) -> Option<char> {
        self.s.get(..self.start).and_then(|t| t.chars().next_back())
    }
    /// The day being narrated, for a time written without one; a clause
    /// that looks ahead cannot take a day already past.
    fn same_day(&self) -> Meaning {
        Meaning::SameDay(self.tense() == Tense::Future)
    }
    /// A candidate whose value needs no calendar (`P10Y`, `PAST_REF`).
    fn fixed(&self, ty: TimexType, value: impl Into<String>, relative: bool) -> Cand {
        self.cand(
            ty,
            Meaning::Fixed {
                value: value.into(),
                relative,
            },
        )
    }
    fn cand(&self, ty: TimexType, meaning: Meaning) -> Cand {
        Cand {
            start: self.start,
            end: self.end,
            prio: 0,
            ty,
            meaning,
            modifier: None,
            tod: None,
        }
    }
}

fn prev_word(s: &str, start: usize) -> String {
    let before = s.get(..start).unwrap_or("").trim_end();
    let w: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '%' || *c == '$')
        .collect();
    w.chars().rev().collect::<String>().to_lowercase()
}

fn next_word(s: &str, end: usize) -> String {
    let after = s.get(end..).unwrap_or("").trim_start();
    after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

fn capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

type Handler = fn(&Ctx, &Captures) -> Option<Cand>;

struct Rule {
    /// the pattern as compiled, for the rule set
    src: String,
    /// compiled when the rule set first finds the rule in a sentence: a
    /// short article needs a few of the rules, and compiling all of them
    /// was most of its run time
    re: OnceLock<regex_automata::meta::Regex>,
    handler: Handler,
}

impl Rule {
    fn re(&self) -> &regex_automata::meta::Regex {
        self.re
            .get_or_init(|| matcher::compile(&self.src, DFA_CACHE).expect("timex rule regex"))
    }
}

fn g<'a>(c: &'a Captures, name: &str) -> Option<&'a str> {
    c.name(name).map(|m| m.as_str())
}

fn month_of(lex: &Lexicon, w: &str) -> Option<u32> {
    lex.months.get(&key(w)).map(|x| x.0)
}

fn weekday_of(lex: &Lexicon, w: &str) -> Option<u32> {
    lex.weekdays.get(&key(w)).map(|x| x.0)
}

/// Value of a number phrase: Some(None) for vague ("several"), None if not a number.
fn number(lex: &Lexicon, w: &str) -> Option<Option<f64>> {
    let k = key(w).replace('-', " ");
    if let Some(v) = lex.numbers.get(&k) {
        return Some(*v);
    }
    let digits = k.replace(',', "");
    if let Some(rest) = digits.strip_suffix(" 1/2") {
        return rest.trim().parse::<f64>().ok().map(|v| Some(v + 0.5));
    }
    if let Some(rest) = digits.strip_suffix('½') {
        return rest.trim().parse::<f64>().ok().map(|v| Some(v + 0.5));
    }
    if let Ok(v) = digits.parse::<f64>() {
        return Some(Some(v));
    }
    // "twenty four", "twenty-four"
    let mut total = 0.0;
    for part in k.split(' ') {
        total += (*lex.numbers.get(part)?)?;
    }
    Some(Some(total))
}

fn unit_of(lex: &Lexicon, w: &str) -> Option<(String, u32)> {
    lex.units.get(&key(w)).cloned()
}

/// Position modifiers ("early", "the end of") as TIMEX3 mod.
fn pmod(lex: &Lexicon, c: &Captures) -> Option<&'static str> {
    g(c, "pm").and_then(|m| {
        lex.modifiers
            .get(key(m).trim_end_matches('-'))
            .or_else(|| lex.modifiers.get(&key(m)))
            .copied()
    })
}

fn dir_from(tense: Tense, default: Dir) -> Dir {
    match tense {
        Tense::Past => Dir::Past,
        Tense::Future => Dir::Future,
        Tense::Unknown => default,
    }
}

/// Calendar dates named without a year ("Dec. 7", "in January") are nearly
/// always the nearest such date; only an explicit future pushes them forward.
/// (Past-tense cues are unreliable here: "ordered returned by Jan. 14".)
/// As [`near_dir`], for a date right after a preposition: "by June 20",
/// "until March" set deadlines, which lie ahead unless the clause is past.
/// A deadline's own clause decides ("to pay down the loan by February" is
/// ahead even in a sentence that reports the past); "in March" after a
/// past-tense verb is the March behind us, however near the next one is.
fn near_dir_after(x: &Ctx, tense: Tense) -> Dir {
    let pw = x.prev_word();
    if matches!(pw.as_str(), "by" | "until" | "till" | "before") {
        // "extended the deadline until March 6": the verb is past, the
        // deadline usually ahead; only the nearest occurrence is safe
        match x.clause_tense() {
            Tense::Past if tense::past_perfect_near(x.s, x.start, x.end) => Dir::PastNear,
            Tense::Past => Dir::Closest,
            _ => Dir::Future,
        }
    } else if tense == Tense::Unknown && pw == "the" && x.next_word_lower() {
        // "the Oct. 23 slaying": a date naming an event is mostly one reported
        Dir::PastNear
    } else if tense == Tense::Past && fronted(x) {
        // "In January, the company hired ...": a date set before a past-tense
        // clause is the scene of the narrative, never a deadline ahead
        Dir::Past
    } else {
        near_dir(tense)
    }
}

/// Whether the expression opens its sentence after a preposition and ends
/// at a comma: "In January, ...", "On Dec. 7, ...".
fn fronted(x: &Ctx) -> bool {
    let lead = x.s.get(..x.start).unwrap_or("").trim_end();
    let Some(prep) = lead.rsplit(char::is_whitespace).next() else {
        return false;
    };
    let opening = lead[..lead.len() - prep.len()].trim_end();
    matches!(key(prep).as_str(), "in" | "on")
        && (opening.is_empty() || opening.ends_with(|ch: char| "\"“‘`'(".contains(ch)))
        && x.next_char() == Some(',')
}

/// Which occurrence a bare weekday means. A possessive ("Wednesday's
/// ruling", "Friday's close") names an event already reported, whatever the
/// clause's tense, unless it is announced as ahead ("ahead of Sunday's vote").
/// After "until" or "by" the day is a deadline ahead ("extended until
/// Tuesday"), unless the sentence measures the past against it ("until
/// Thursday, they had not ...").
fn weekday_dir(x: &Ctx, end: usize) -> Dir {
    let rest = x.s.get(end..).unwrap_or("");
    if rest.starts_with("'s ") || rest.starts_with("’s ") {
        let lead = x.s.get(..x.start).unwrap_or("").to_lowercase();
        let lead = lead.trim_end();
        return if ["ahead of", "upcoming", "until", "next"]
            .iter()
            .any(|p| lead.ends_with(p))
        {
            Dir::Future
        } else {
            Dir::Past
        };
    }
    if matches!(x.prev_word().as_str(), "until" | "till" | "by") {
        return if tense::past_perfect_near(x.s, x.start, x.end) {
            Dir::Past
        } else {
            Dir::Future
        };
    }
    match x.tense() {
        // "Polls open at 8 a.m. on Friday": no tense cue, but a verb of
        // schedules in the clause puts the day ahead
        Tense::Unknown if tense::schedule_verb_before(x.s, x.start) => Dir::Future,
        // with nothing to go by, the nearest such day
        t => dir_from(t, Dir::Closest),
    }
}

fn near_dir(tense: Tense) -> Dir {
    match tense {
        Tense::Future => Dir::Future,
        Tense::Past => Dir::PastNear,
        Tense::Unknown => Dir::Closest,
    }
}

fn rel_dir(rel: &str) -> Option<Dir> {
    Some(match rel {
        "last" | "this past" | "past" => Dir::Last,
        "next" | "this coming" | "coming" => Dir::Next,
        "this" => Dir::This,
        _ => return None,
    })
}

// ---------------------------------------------------------------- handlers

fn h_clock(x: &Ctx, c: &Captures) -> Option<Cand> {
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

/// "Friday", "today", "yesterday" as the day part of a longer expression.
fn day_word(x: &Ctx, w: &str) -> Option<Meaning> {
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

fn year_of(y: &str) -> Option<i32> {
    let v: i32 = y.parse().ok()?;
    (1000..=2999).contains(&v).then_some(v)
}

fn h_month_day(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_iso(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_slash(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_month_year(x: &Ctx, c: &Captures) -> Option<Cand> {
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

/// Words before a bare month name that show it is one ("in May", not "may").
const MONTH_CUES: &[&str] = &[
    "in",
    "of",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "early",
    "late",
    "mid",
    "to",
    "before",
    "after",
    "between",
    "and",
    "or",
    "last",
    "this",
    "next",
    "that",
    "each",
    "every",
    "for",
    "on",
    "around",
    "about",
    "end",
    "start",
    "beginning",
    "middle",
];

/// Before a month followed by a capitalized word ("in June Congress ..."),
/// only these show it is the month and not a name ("by June Almeida").
const STRICT_MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "during", "through", "early", "late", "mid", "last", "this",
    "next", "before", "after", "each", "every",
];

fn h_month(x: &Ctx, c: &Captures) -> Option<Cand> {
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
        if (k == "may" || k == "march") && !MONTH_CUES.contains(&pw.as_str()) {
            return None;
        }
        if name_follows && !STRICT_MONTH_CUES.contains(&pw.as_str()) {
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

fn h_year(x: &Ctx, c: &Captures) -> Option<Cand> {
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
fn spelled_year(lex: &Lexicon, w: &str) -> Option<i32> {
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

fn h_spelled_year(x: &Ctx, c: &Captures) -> Option<Cand> {
    let y = spelled_year(x.lex, c.get(0)?.as_str())?;
    if x.lex.not_year_after.contains(&x.next_word()) {
        return None;
    }
    Some(x.cand(TimexType::Date, Meaning::Abs(Point::Year(y))))
}

fn h_decade(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_century(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn pod_code(lex: &Lexicon, w: Option<&str>) -> Option<String> {
    w.and_then(|p| lex.parts_of_day.get(&key(p)).cloned())
}

fn h_relday(x: &Ctx, c: &Captures) -> Option<Cand> {
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

/// Hours written as words in "four in the morning".
const CLOCK_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// "4 in the morning", "ten at night": a clock time whose half of the day
/// is said in words; it belongs to the day being narrated.
fn h_clock_pod(x: &Ctx, c: &Captures) -> Option<Cand> {
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
fn h_pod_alone(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mut k = x.cand(TimexType::Time, x.same_day());
    k.tod = pod_code(x.lex, g(c, "pod"));
    k.tod.as_ref()?;
    Some(k)
}

fn h_this_pod(x: &Ctx, c: &Captures) -> Option<Cand> {
    let mut k = x.cand(TimexType::Time, Meaning::Dct(Rel::Offset(Unit::Day, 0)));
    k.tod = pod_code(x.lex, g(c, "pod"));
    Some(k)
}

/// The part of day of "and Tuesday nights" right after a weekday, if plural.
fn shared_plural_pod(x: &Ctx, end: usize) -> Option<String> {
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

fn h_weekday(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_relunit(x: &Ctx, c: &Captures) -> Option<Cand> {
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
fn h_day_of_month(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_year_end(x: &Ctx, _c: &Captures) -> Option<Cand> {
    let mut k = x.cand(TimexType::Date, Meaning::Dct(Rel::Offset(Unit::Year, 0)));
    k.modifier = Some("END");
    Some(k)
}

fn h_year_ago(x: &Ctx, c: &Captures) -> Option<Cand> {
    let meaning = match g(c, "u").map(key).as_deref() {
        Some("quarter" | "period") => Meaning::YearAgoQuarter,
        Some("month") => Meaning::Dct(Rel::Offset(Unit::Month, -12)),
        _ => Meaning::Ago(Unit::Year, -1),
    };
    Some(x.cand(TimexType::Date, meaning))
}

fn h_same_period(x: &Ctx, c: &Captures) -> Option<Cand> {
    // "the same month last year": this month (or week), a year back
    let unit = match key(g(c, "u")?).as_str() {
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return Some(x.cand(TimexType::Date, Meaning::YearAgoQuarter)),
    };
    Some(x.cand(TimexType::Date, Meaning::Dct(Rel::YearBack(unit))))
}

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
fn year_offset(w: &str) -> i64 {
    match w {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

fn h_quarter(x: &Ctx, c: &Captures) -> Option<Cand> {
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
fn h_months_of_year(x: &Ctx, c: &Captures) -> Option<Cand> {
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
fn h_month_span(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_qnotation(x: &Ctx, c: &Captures) -> Option<Cand> {
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

/// Words before a bare "fall"/"spring" that make it the season.
const SEASON_CUES: &[&str] = &[
    "in", "during", "by", "until", "till", "since", "through", "this", "that", "each", "every",
    "over", "last", "next", "the", "early", "late", "mid", "before", "after",
];

fn h_season(x: &Ctx, c: &Captures) -> Option<Cand> {
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
        && !SEASON_CUES.contains(&x.prev_word().as_str())
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

fn qmod(lex: &Lexicon, c: &Captures) -> Option<&'static str> {
    g(c, "q").and_then(|q| lex.modifiers.get(&key(q)).copied())
}

fn h_ago(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_duration(x: &Ctx, c: &Captures) -> Option<Cand> {
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
fn h_long(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_bare_plural(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_ref(x: &Ctx, c: &Captures) -> Option<Cand> {
    let w = key(g(c, "w")?);
    let v = x.lex.refs.get(&w)?;
    if w == "now" && x.next_char() == Some('-') {
        return None; // "now-defunct"
    }
    Some(x.fixed(TimexType::Date, v.clone(), true))
}

fn h_anchored(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_holiday(x: &Ctx, c: &Captures) -> Option<Cand> {
    let hw = g(c, "h")?;
    if !capitalized(hw.trim_start_matches("the ")) && !capitalized(hw) {
        return None;
    }
    let v = x.lex.holidays.get(&key(hw))?;
    let y = g(c, "y").and_then(year_of);
    let dir = near_dir(x.tense());
    let meaning = if v == "election" {
        match y {
            Some(y) => Meaning::Abs(Point::Day(super::resolve::election_day(y)?)),
            None => Meaning::Dct(Rel::ElectionDay(dir)),
        }
    } else if let Some((n, wd, m)) = nth_weekday_rule(x.lex, v) {
        match y {
            Some(y) => Meaning::Abs(Point::Day(super::resolve::nth_weekday(y, m, wd, n)?)),
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
            Some(y) => Meaning::Abs(Point::Day(super::resolve::easter(y, off)?)),
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

fn h_every(x: &Ctx, c: &Captures) -> Option<Cand> {
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

fn h_set_adverb(x: &Ctx, c: &Captures) -> Option<Cand> {
    let (v, adverb_only) = x.lex.sets.get(&key(g(c, "adv")?))?;
    if *adverb_only && x.next_word_lower() {
        return None;
    }
    Some(x.fixed(TimexType::Set, v.clone(), false))
}

/// Words after which "a year" is a rate ("$5 million a year", "twice a day").
fn is_rate_cue(w: &str) -> bool {
    const CUES: &[&str] = &[
        "times", "twice", "once", "thrice", "percent", "million", "billion", "thousand", "hundred",
        "dollars", "cents", "euros", "pounds", "yen", "barrels", "tons", "tonnes", "hours", "days",
        "meals", "visits", "trips", "flights", "pesos", "rupees", "yuan",
    ];
    w.ends_with(|ch: char| ch.is_ascii_digit() || ch == '%') || CUES.contains(&w)
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

fn h_per(x: &Ctx, c: &Captures) -> Option<Cand> {
    let pw = x.prev_word();
    if x.lex.speed_units.contains(&pw) {
        return None; // "80 miles per hour" is a speed
    }
    // "twice a week": the frequency is part of the expression
    let per = key(g(c, "a")?) == "per" || g(c, "f").is_some();
    let rate = is_rate_cue(&pw) || (after_a_quantity(x) && !x.lex.rate_breaks.contains(&pw));
    if !per && !rate {
        return None;
    }
    let (code, mult) = unit_of(x.lex, g(c, "u")?)?;
    Some(x.fixed(TimexType::Set, duration(Some(1.0), &code, mult), false))
}

// ------------------------------------------------------------------ rules

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(build)
}

/// Room for the lazily built automata: the case-insensitive rules have many
/// states, and with the default room the automaton keeps discarding and
/// rebuilding them.
const DFA_CACHE: usize = 64 << 20;

/// All rule patterns in a few automata: one pass over a sentence tells which
/// rules can match it at all, so the capturing search (much slower) runs only
/// for those.
///
/// Six rules to an automaton: in one automaton of all 70 rules, the lazily
/// built states (a set of rule positions each) kept multiplying across the
/// rules, and building them was an eighth of a whole run; in parts of six
/// (callgrind on the 908 KB of TimeBank text: 3.085 G instructions for one
/// automaton, 2.943 G for parts of 12, 2.938 G for 6, 2.992 G for 3).
const RULES_PER_AUTOMATON: usize = 6;

fn rule_set() -> &'static matcher::Set {
    static SET: OnceLock<matcher::Set> = OnceLock::new();
    SET.get_or_init(|| {
        let sources: Vec<&str> = rules().iter().map(|r| r.src.as_str()).collect();
        matcher::Set::new(&sources, RULES_PER_AUTOMATON, DFA_CACHE).expect("timex rule set")
    })
}

fn build() -> Vec<Rule> {
    let lex = lexicon::get();
    let months_full = alternation(lex.months.iter().filter(|(_, v)| v.1).map(|(k, _)| k));
    let wd = alternation(lex.weekdays.iter().filter(|(_, v)| v.1).map(|(k, _)| k));
    // only an abbreviation takes a dot: "Dec. 31", but "31 March." ends a sentence
    let months_abbr = alternation(lex.months.iter().filter(|(_, v)| !v.1).map(|(k, _)| k));
    let wd_abbr = alternation(lex.weekdays.iter().filter(|(_, v)| !v.1).map(|(k, _)| k));
    let mon = format!(r"(?:(?:{months_abbr})\b\.?|(?:{months_full})\b)");
    let wda = format!(r"(?:(?:{wd_abbr})\b\.?|(?:{wd})\b)");
    let nums = alternation(lex.numbers.keys());
    let tens = alternation(
        lex.numbers
            .iter()
            .filter(|(k, v)| !k.contains(' ') && v.is_some_and(|x| (20.0..100.0).contains(&x)))
            .map(|(k, _)| k),
    );
    let ones = alternation(
        lex.numbers
            .iter()
            .filter(|(k, v)| {
                !k.contains(' ') && k.len() > 2 && v.is_some_and(|x| (1.0..10.0).contains(&x))
            })
            .map(|(k, _)| k),
    );
    let num = format!(
        r"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2|½)?|(?:{tens})[\s-](?:{ones})|{nums})"
    );
    let units = alternation(lex.units.keys());
    let is_pos = |v: &&str| matches!(*v, "START" | "MID" | "END");
    let qmod = alternation(
        lex.modifiers
            .iter()
            .filter(|(_, v)| !is_pos(v))
            .map(|(k, _)| k),
    );
    let pmod = alternation(
        lex.modifiers
            .iter()
            .filter(|(_, v)| is_pos(v))
            .map(|(k, _)| k),
    );
    let pod = alternation(lex.parts_of_day.keys());
    let seasons = alternation(lex.seasons.keys());
    let refs = alternation(lex.refs.keys());
    let sets = alternation(lex.sets.keys());
    let hols = alternation(lex.holidays.keys());
    let ords = alternation(lex.ordinals.keys());
    let year = r"(?:1[5-9]|20)\d{2}";
    let pm = format!(r"(?:(?P<pm>{pmod})\s*)?");
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let spelled = format!(
        r"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))|two\s+thousand(?:\s+(?:and\s+)?(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|{ones}))?)"
    );

    let clock_words = CLOCK_WORDS.join("|");
    let zones = alternation(lex.time_zones.iter());
    let specs: Vec<(String, Handler)> = vec![
        (
            format!(
                r"\b(?:(?P<q>about|around|approximately|roughly)\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>[ap]\.\s?m\b\.?|[ap]m\b)|(?P<noon>noon|midday|midnight)|(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)(?:\s*(?:hours|hrs|h))?\s+(?P<tz24>{zones})\b|(?P<hc>[01]?\d|2[0-3]):(?P<mc>[0-5]\d)\b)(?:\s+\(?(?P<tz>{zones})\b\)?)?(?:,?\s+(?P<on>on\s+)?(?:(?P<day>{wd}|today|yesterday|tomorrow|tonight)|(?P<cmon>{mon})\s*(?P<cd>\d{{1,2}}))\b)?"
            ),
            h_clock,
        ),
        (
            format!(
                r"\b(?:(?P<wd>{wda}),?\s+)?(?P<mon>{mon})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
            h_month_day,
        ),
        (
            format!(
                r"\b(?:(?P<wd>{wda}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
            h_month_day,
        ),
        (
            r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b".to_string(),
            h_iso,
        ),
        (
            SLASH_DATE.to_string(),
            h_slash,
        ),
        (
            format!(r"\b{pm}(?P<mon>{mon}),?\s+(?:of\s+)?(?:(?P<y>{year})|(?P<ys>{spelled}))\b"),
            h_month_year,
        ),
        (
            format!(
                r"\b{pm}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|coming|past)\s+)?(?P<mon>{months_full})\b(?:,?\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b)?"
            ),
            h_month,
        ),
        (
            format!(
                r"\b{pm}(?:(?P<fy>fiscal(?:\s+year)?|FY|the\s+year|calendar(?:\s+year)?)\s*)?(?P<y>{year})\b"
            ),
            h_year,
        ),
        (format!(r"\b(?:the\s+year\s+)?{spelled}\b"), h_spelled_year),
        (
            format!(
                r"(?:\bthe\s+)?(?:\b(?P<pm>{pmod})\s*)?(?:\b(?P<dec>(?:1[5-9]|20)\d0)|['’](?P<d2>\d0))['’]?s\b"
            ),
            h_decade,
        ),
        (
            format!(r"\bthe\s+{pm}(?P<wdec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
            h_decade,
        ),
        (
            format!(r"\b(?:the\s+)?{pm}(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ords})\s+century\b"),
            h_century,
        ),
        (
            format!(
                r"\b(?:(?P<pre>{pod})\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|last\s+night|overnight)\b(?:\s+(?P<pod>{pod})\b)?"
            ),
            h_relday,
        ),
        (
            format!(
                r"\b(?P<h>\d{{1,2}}|{clock_words})(?::(?P<mi>\d{{2}}))?\s+(?:o['’]clock\s+)?(?:in\s+the\s+(?P<pp>morning|afternoon|evening)|at\s+(?P<night>night))\b"
            ),
            h_clock_pod,
        ),
        (
            r"\b(?P<pod>mid-?\s?(?:morning|afternoon))\b".to_string(),
            h_pod_alone,
        ),
        (r"\bthis\s+(?P<pod>morning|afternoon|evening)\b".to_string(), h_this_pod),
        (
            format!(
                r"\b(?:(?P<rel>the\s+(?:previous|following|preceding|next)|last|this\s+past|this\s+coming|this|next|coming|past|earlier|later|early|late)\s+)?(?P<wd>{wd})(?P<pl>s)?\b(?:\s+(?P<pod>{pod})(?P<podpl>s)?\b)?"
            ),
            h_weekday,
        ),
        (
            format!(
                r"\b{pm}(?P<rel>this|last|next|past|previous|coming|current|the\s+(?:past|last|next|coming|current|latest|present|full)|the)\s+(?:fiscal\s+|calendar\s+)?(?P<u>week|weekend|month|year|decade|century)\b"
            ),
            h_relunit,
        ),
        (r"\byear[-\s]end\b".to_string(), h_year_end),
        (
            r"\bthe\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b".to_string(),
            h_day_of_month,
        ),
        (
            r"\bthe\s+(?:same|corresponding|comparable|year-ago)\s+(?P<u>period|quarter|month|week)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)\b".to_string(),
            h_same_period,
        ),
        (
            r"\b(?:(?:the\s+)?(?:comparable\s+|same\s+)?year[-\s](?:ago|earlier)\s+(?P<u>quarter|period|month)|year-(?:ago|earlier))\b"
                .to_string(),
            h_year_ago,
        ),
        (
            format!(
                r"\b(?:(?P<yr0>this|last|next)\s+year['’]s\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next|latest|current|previous|same|coming|past|most\s+recent|fiscal|year-ago|year-earlier)\s+)?(?:(?P<y0>{year})\s+)?(?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?(?P<u>quarter|half|period)\b(?:\s+of\s+(?:(?P<y>{year})|(?P<yr>this|last|next)\s+year|(?P<ty>the\s+(?:current\s+|calendar\s+)?year))\b)?"
            ),
            h_quarter,
        ),
        (
            r"\b(?P<qh>Q|H)(?P<q>[1-4])(?:\s+(?P<y>\d{4}))?\b".to_string(),
            h_qnotation,
        ),
        (
            format!(
                r"\bthe\s+(?P<fl>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+(?:(?P<y>{year})|(?P<yr>this|last|next|the)\s+year)\b"
            ),
            h_months_of_year,
        ),
        (
            format!(
                r"\bthe\s+(?P<m1>{mon})\s*[-–]\s*(?P<m2>{mon})\s+(?P<u>quarter|half|period)\b(?:\s+of\s+(?P<y>{year})\b)?"
            ),
            h_month_span,
        ),
        (
            format!(
                r"\b{pm}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|the)\s+)?(?P<s>{seasons})\b(?:\s+(?:of\s+)?(?:(?P<y>{year})|(?P<ys>{spelled}))\b|\s+of\s+(?P<ry>this|last|next)\s+year\b)?"
            ),
            h_season,
        ),
        (
            format!(
                r"\b(?:(?P<q>{qmod})\s+)?(?:(?P<n>{num})[\s-]+(?:(?:more|additional|full)\s+)?)?(?P<u>{units})\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back)\b"
            ),
            h_ago,
        ),
        (
            format!(
                r"\b(?:(?P<e>every|each)\s+(?:single\s+)?(?:(?P<other>other)\s+)?(?:(?P<n>{num})\s+)?(?P<u>{units}|{wd}|{months_full}|{pod}|{seasons})s?)\b"
            ),
            h_every,
        ),
        (format!(r"\b(?P<adv>{sets})\b"), h_set_adverb),
        (
            format!(r"\b(?:(?P<f>once|twice|thrice|(?:{num})\s+times)\s+)?(?P<a>a|an|per)\s+(?P<u>year|month|week|day|hour|minute|night)\b"),
            h_per,
        ),
        (
            format!(
                r"\b(?:(?P<q>{qmod})\s+)?(?:(?P<det>(?:the\s+)?(?:past|last|next|first|final|previous|coming|following|latest|initial|remaining|entire|whole|full|better\s+part\s+of\s+the)|the)\s+)?(?P<n>{num})(?P<nh>\s+and\s+a\s+half)?(?:[\s-]+(?:more|additional|further|straight|consecutive|full|long|extra|trading|business|working)\b)?[\s-]+(?P<u>{units})(?P<old>-old)?\b(?P<uh>\s+and\s+a\s+half\b)?"
            ),
            h_duration,
        ),
        (
            r"\b(?:(?:for|within|in|over|after|during|from)\s+(?:the\s+)?(?P<sp>(?P<u>minutes|hours|days|weeks|months|years|decades|centuries))|(?P<sp2>(?:the\s+)?(?:recent|coming|past)\s+(?P<u2>days|weeks|months|years|decades)))\b"
                .to_string(),
            h_bare_plural,
        ),
        (r"\b(?P<u>day|week|month|year|hour|decade)(?P<pl>s)?[-\s]?long\b".to_string(), h_long),
        (format!(r"\b(?P<w>{refs})\b"), h_ref),
        (
            format!(
                r"\b(?:(?P<lm>later|earlier)\s+)?(?:(?:the\s+|that\s+)?(?P<rel>following|next|previous|prior|same|preceding)\s+(?P<u>day|week|month|quarter|year|{pod})|that\s+(?P<u2>day|week|month|quarter|year|{pod})|the\s+(?P<u3>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)(?P<that>\s+that)?|(?:the|that)\s+(?:very\s+)?same\s+day)\b"
            ),
            h_anchored,
        ),
        (
            format!(r"\b(?P<h>{hols})\b(?:,?\s+(?P<y>{year})\b)?"),
            h_holiday,
        ),
    ];
    specs
        .into_iter()
        .map(|(src, handler)| {
            // ASCII word boundaries: a Unicode `\b` makes the fast automaton
            // give up at the first non-ASCII byte (’ “ ” in every news story).
            let src = format!("(?i){}", src.replace(r"\b", r"(?-u:\b)"));
            Rule {
                src,
                re: OnceLock::new(),
                handler,
            }
        })
        .collect()
}

/// Every candidate in `s` (a sentence), offsets relative to `s`.
/// Candidates in sentence `s`; `quotes` are the insides of its quotations
/// (sentence-relative, in order), whose words set their own tense.
pub fn candidates(s: &str, quotes: &[Span], order: SlashOrder) -> Vec<Cand> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    let rules = rules();
    let headline = title_case(s);
    for prio in rule_set().which(s) {
        let rule = &rules[prio];
        for c in matcher::captures_iter(rule.re(), s) {
            let Some(m) = c.get(0) else { continue };
            if m.as_str().trim().is_empty() {
                continue;
            }
            let ctx = Ctx {
                s,
                lex,
                start: m.start(),
                end: m.end(),
                quotes,
                order,
            };
            if let Some(mut k) = (rule.handler)(&ctx, &c) {
                k.prio = prio;
                if k.start < k.end && (headline || !in_a_name(s, k.start, k.end, lex)) {
                    out.push(k);
                }
            }
        }
    }
    out
}

/// Whether most words of `s` are capitalized, as in a headline: there
/// capitals say nothing about names.
fn title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() >= 4)
        .collect();
    let caps = words.iter().filter(|w| capitalized(w)).count();
    words.len() >= 3 && caps * 20 >= words.len() * 17
}

/// Whether `s[start..end]` is part of a name, not a time: a word that running
/// text writes in lower case, capitalized where no sentence starts, inside a
/// run of capitalized words ("VOA Today", "High Noon", "the Prague Spring") or
/// as a title of its own ("ABC's \"This Week\"", "CBS's ``60 Minutes''").
/// Months, weekdays and holidays are capitalized anyway and never count.
fn in_a_name(s: &str, start: usize, end: usize, lex: &Lexicon) -> bool {
    let text = s.get(start..end).unwrap_or("");
    let words: Vec<&str> = text
        .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let calendar = |w: &str| {
        let k = key(w);
        month_of(lex, w).is_some()
            || lex.weekdays.contains_key(&k)
            || lex
                .holidays
                .keys()
                .any(|h| h.split(' ').next() == Some(k.as_str()))
    };
    if !words.iter().all(|w| capitalized(w)) || words.iter().any(|w| calendar(w)) {
        return false;
    }
    let lead = s.get(..start).unwrap_or("").trim_end();
    let quoted = lead.ends_with(|ch: char| "\"“‘`'".contains(ch));
    if quoted {
        // a title in quotes: the capitals run on to the closing quote
        let rest = s.get(end..).unwrap_or("");
        let closes = rest.starts_with(|ch: char| "\"”’'".contains(ch));
        let runs_on = rest.starts_with(' ') && capitalized(rest.trim_start());
        let punct_closes = rest
            .trim_start_matches(['.', ',', '!', '?'])
            .starts_with(|ch: char| "\"”’'".contains(ch));
        return closes || (text.split_whitespace().count() > 1 && (runs_on || punct_closes));
    }
    // nothing before, or a mark after which a sentence or quotation opens
    let opens = |t: &str| t.is_empty() || t.ends_with(|ch: char| "([:—–-_.!?;\"“‘`'".contains(ch));
    if opens(lead) || !capitalized(first) {
        return false;
    }
    let prev = lead.rsplit(char::is_whitespace).next().unwrap_or("");
    // the first word of a sentence is capitalized anyway: "The Q3 2023
    // numbers" starts no name
    let prev_opens = opens(lead[..lead.len() - prev.len()].trim_end());
    let letters = || prev.chars().filter(|ch| ch.is_alphabetic());
    // ... but an acronym is written in capitals wherever it stands ("USA Today")
    let acronym = letters().count() > 1 && letters().all(char::is_uppercase);
    let prev_capitalized = (!prev_opens || acronym) && capitalized(prev) && letters().count() > 0;
    // "Radio 4's Today programme", "NBC's Today": a capitalized word after
    // a possessive, mid-sentence, is a title ("Tesla's Q3" is no word)
    let word_title =
        first.chars().all(char::is_alphabetic) && first.chars().skip(1).all(char::is_lowercase);
    let possessive = (prev.ends_with("'s") || prev.ends_with("’s")) && word_title;
    prev_capitalized || possessive || words.len() > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules compile lazily, when a sentence first needs them; a broken
    /// pattern must still fail here rather than on some user's article.
    #[test]
    fn every_rule_compiles_and_the_set_finds_them() {
        for r in rules() {
            r.re();
        }
        let found = rule_set().which("on Monday, March 3, 2024, three weeks ago");
        assert!(found.len() >= 3, "{found:?}");
        assert!(found.windows(2).all(|w| w[0] < w[1]));
    }
}
