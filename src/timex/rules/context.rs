//! What every handler shares: the words around a match, lexicon lookups
//! (months, weekdays, numbers, units, modifiers), and which way an
//! unanchored date points from the publication date.

use super::*;

impl Ctx<'_> {
    pub(super) fn tense(&self) -> Tense {
        tense::at(self.s, self.start, self.end, self.quote())
    }
    /// The quotation holding the expression, if any.
    pub(super) fn quote(&self) -> Option<Span> {
        let i = self.quotes.partition_point(|q| q.end < self.end);
        self.quotes
            .get(i)
            .copied()
            .filter(|q| q.start <= self.start && self.end <= q.end)
    }
    pub(super) fn clause_tense(&self) -> Tense {
        tense::clause_at(self.s, self.start, self.end)
    }
    /// Whether a lower-case word follows (the expression modifies a noun).
    pub(super) fn next_word_lower(&self) -> bool {
        let rest = self.s.get(self.end..).unwrap_or("");
        rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_lowercase())
    }
    pub(super) fn prev_word(&self) -> String {
        prev_word(self.s, self.start)
    }
    pub(super) fn next_word(&self) -> String {
        next_word(self.s, self.end)
    }
    pub(super) fn next_char(&self) -> Option<char> {
        self.s.get(self.end..).and_then(|t| t.chars().next())
    }
    pub(super) fn prev_char(&self) -> Option<char> {
        self.s.get(..self.start).and_then(|t| t.chars().next_back())
    }
    /// The day being narrated, for a time written without one; a clause
    /// that looks ahead cannot take a day already past.
    pub(super) fn same_day(&self) -> Meaning {
        Meaning::SameDay(self.tense() == Tense::Future)
    }
    /// A candidate whose value needs no calendar (`P10Y`, `PAST_REF`).
    pub(super) fn fixed(&self, ty: TimexType, value: impl Into<String>, relative: bool) -> Cand {
        self.cand(
            ty,
            Meaning::Fixed {
                value: value.into(),
                relative,
            },
        )
    }
    pub(super) fn cand(&self, ty: TimexType, meaning: Meaning) -> Cand {
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

pub(super) fn prev_word(s: &str, start: usize) -> String {
    let before = s.get(..start).unwrap_or("").trim_end();
    let w: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '%' || *c == '$')
        .collect();
    w.chars().rev().collect::<String>().to_lowercase()
}

pub(super) fn next_word(s: &str, end: usize) -> String {
    let after = s.get(end..).unwrap_or("").trim_start();
    after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

pub(super) fn capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn g<'a>(c: &'a Captures, name: &str) -> Option<&'a str> {
    c.name(name).map(|m| m.as_str())
}

pub(super) fn month_of(lex: &Lexicon, w: &str) -> Option<u32> {
    lex.months.get(&key(w)).map(|x| x.0)
}

pub(super) fn weekday_of(lex: &Lexicon, w: &str) -> Option<u32> {
    lex.weekdays.get(&key(w)).map(|x| x.0)
}

/// Value of a number phrase: Some(None) for vague ("several"), None if not a number.
pub(super) fn number(lex: &Lexicon, w: &str) -> Option<Option<f64>> {
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

pub(super) fn unit_of(lex: &Lexicon, w: &str) -> Option<(String, u32)> {
    lex.units.get(&key(w)).cloned()
}

/// Position modifiers ("early", "the end of") as TIMEX3 mod.
pub(super) fn pmod(lex: &Lexicon, c: &Captures) -> Option<&'static str> {
    g(c, "pm").and_then(|m| {
        lex.modifiers
            .get(key(m).trim_end_matches('-'))
            .or_else(|| lex.modifiers.get(&key(m)))
            .copied()
    })
}

pub(super) fn dir_from(tense: Tense, default: Dir) -> Dir {
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
pub(super) fn near_dir_after(x: &Ctx, tense: Tense) -> Dir {
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
pub(super) fn weekday_dir(x: &Ctx, end: usize) -> Dir {
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

pub(super) fn near_dir(tense: Tense) -> Dir {
    match tense {
        Tense::Future => Dir::Future,
        Tense::Past => Dir::PastNear,
        Tense::Unknown => Dir::Closest,
    }
}

pub(super) fn rel_dir(rel: &str) -> Option<Dir> {
    Some(match rel {
        "last" | "this past" | "past" => Dir::Last,
        "next" | "this coming" | "coming" => Dir::Next,
        "this" => Dir::This,
        _ => return None,
    })
}
