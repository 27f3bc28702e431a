//! The patterns: each rule is one compiled regex over a sentence and a
//! function that turns a match into a candidate (span, type, meaning, mod).
//! Overlapping candidates are settled later (leftmost, then longest).
//!
//! This file holds the types and the matcher (`candidates`: which rules
//! match a sentence, and which matches are names rather than times); the
//! rule table is in `table`, the handlers by family in `dates`, `times`,
//! `relative`, `periods`, `durations` and `sets`, and what they share in
//! `context`.

use std::sync::OnceLock;

use regex::Regex;

use super::matcher::{self, Captures};

use super::lexicon::{self, alternation, key, Lexicon};
use super::resolve::{Dir, Meaning, Rel};
use super::tense::{self, Tense};
use super::value::{self, duration, season_index, Point, Unit};
use crate::model::{Span, TimexType};

mod context;
mod dates;
mod durations;
mod periods;
mod relative;
mod sets;
mod table;
mod times;

use context::{
    capitalized, dir_from, g, month_of, near_dir, near_dir_after, next_word, number, pmod,
    prev_word, rel_dir, unit_of, weekday_dir, weekday_of,
};
use dates::{
    day_word, h_century, h_decade, h_iso, h_month, h_month_day, h_month_year, h_slash,
    h_spelled_year, h_year, spelled_year, year_of,
};
use durations::{h_ago, h_bare_plural, h_duration, h_long, qmod};
use periods::{h_month_span, h_months_of_year, h_qnotation, h_quarter, h_season, year_offset};
use relative::{
    h_anchored, h_day_of_month, h_holiday, h_ref, h_relday, h_relunit, h_same_period, h_weekday,
    h_year_ago, h_year_end,
};
use sets::{h_every, h_per, h_set_adverb};
use table::{rule_set, rules};
use times::{
    h_clock, h_clock_pod, h_pod_alone, h_this_pod, pod_code, shared_plural_pod, CLOCK_WORDS,
};

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
