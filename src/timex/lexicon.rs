//! The temporal tagger's word lists, read once from `data/timex/`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::table::{rows, words};

/// Every table the rules consult.
pub struct Lexicon {
    /// month word -> (number, is full name)
    pub months: HashMap<String, (u32, bool)>,
    /// weekday word -> (ISO number, is full name)
    pub weekdays: HashMap<String, (u32, bool)>,
    /// number word -> value (None = vague, written X)
    pub numbers: HashMap<String, Option<f64>>,
    pub ordinals: HashMap<String, u32>,
    /// unit word -> (TIMEX3 unit, multiplier)
    pub units: HashMap<String, (String, u32)>,
    /// season word -> (code, first month)
    pub seasons: HashMap<String, (String, u32)>,
    pub parts_of_day: HashMap<String, String>,
    pub modifiers: HashMap<String, &'static str>,
    pub refs: HashMap<String, String>,
    /// Frequency words: their SET value, and whether only the adverb is one
    /// ("reviewed quarterly", not "a quarterly dividend").
    pub sets: HashMap<String, (String, bool)>,
    pub holidays: HashMap<String, String>,
    pub past_verbs: Vec<String>,
    pub future_cues: Vec<String>,
    /// Present-tense verbs of schedules: "meets Monday" speaks of the future.
    pub schedule_verbs: Vec<String>,
    /// Words ending in "-ed" that are not past-tense verbs ("hundred").
    pub not_past_ed: Vec<String>,
    pub not_year_before: Vec<String>,
    pub not_year_after: Vec<String>,
    /// Time-zone names written after a clock time.
    pub time_zones: Vec<String>,
    /// Words after which a verb is its bare form ("to cut", "will hit").
    pub bare_verb_before: Vec<String>,
    /// Adverbs between an auxiliary and its verb ("will never cut").
    pub verb_adverbs: Vec<String>,
    /// Last words of a street name ("Avenue", "St."): a number before is an address.
    pub street_types: Vec<String>,
    /// Words that make a bare colon clock time ("at 07:00") a time of day.
    pub clock_before: Vec<String>,
    /// Units of distance before "per hour" ("80 miles per hour"): a speed.
    pub speed_units: Vec<String>,
    /// Words before "a day" that keep it a length of time after a number.
    pub rate_breaks: Vec<String>,
    /// Words before a bare "May" or "March" that show it is the month.
    pub month_cues: Vec<String>,
    /// Words before a month and a capitalized word that show it is the
    /// month, not a name ("in June Congress", not "by June Almeida").
    pub strict_month_cues: Vec<String>,
    /// Words before a bare "fall" or "spring" that make it the season.
    pub season_cues: Vec<String>,
    /// Words before "a day", "a year" that make it a rate ("twice a day").
    pub rate_cues: Vec<String>,
}

/// TIMEX3 `mod` values are a closed set; map the table's text onto statics.
fn mod_static(s: &str) -> Option<&'static str> {
    const MODS: [&str; 10] = [
        "START",
        "MID",
        "END",
        "APPROX",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_MORE",
        "EQUAL_OR_LESS",
        "BEFORE",
        "AFTER",
    ];
    MODS.iter().copied().find(|m| *m == s)
}

fn table<V>(src: &'static str, f: impl Fn(&[&str]) -> Option<V>) -> HashMap<String, V> {
    rows(src)
        .filter_map(|r| {
            let key = r.first()?.to_string();
            f(&r[1..]).map(|v| (key, v))
        })
        .collect()
}

fn build() -> Lexicon {
    let full = |r: &[&str]| -> Option<(u32, bool)> {
        Some((r.first()?.parse().ok()?, r.get(1) == Some(&"full")))
    };
    Lexicon {
        months: table(include_str!("../../data/timex/months.tsv"), full),
        weekdays: table(include_str!("../../data/timex/weekdays.tsv"), full),
        numbers: table(include_str!("../../data/timex/numbers.tsv"), |r| {
            let v = *r.first()?;
            Some(if v == "X" { None } else { v.parse().ok() })
        }),
        ordinals: table(include_str!("../../data/timex/ordinals.tsv"), |r| {
            r.first()?.parse().ok()
        }),
        units: table(include_str!("../../data/timex/units.tsv"), |r| {
            Some((r.first()?.to_string(), r.get(1)?.parse().ok()?))
        }),
        seasons: table(include_str!("../../data/timex/seasons.tsv"), |r| {
            Some((r.first()?.to_string(), r.get(1)?.parse().ok()?))
        }),
        parts_of_day: table(include_str!("../../data/timex/parts_of_day.tsv"), |r| {
            Some(r.first()?.to_string())
        }),
        modifiers: table(include_str!("../../data/timex/modifiers.tsv"), |r| {
            mod_static(r.first()?)
        }),
        refs: table(include_str!("../../data/timex/refs.tsv"), |r| {
            Some(r.first()?.to_string())
        }),
        sets: table(include_str!("../../data/timex/sets.tsv"), |r| {
            Some((r.first()?.to_string(), r.get(1) == Some(&"adverb")))
        }),
        holidays: table(include_str!("../../data/timex/holidays.tsv"), |r| {
            Some(r.first()?.to_string())
        }),
        past_verbs: words(include_str!("../../data/timex/past_verbs.txt")),
        future_cues: words(include_str!("../../data/timex/future_cues.txt")),
        schedule_verbs: words(include_str!("../../data/timex/schedule_verbs.txt")),
        not_past_ed: words(include_str!("../../data/timex/not_past_ed.txt")),
        not_year_before: words(include_str!("../../data/timex/not_year_before.txt")),
        not_year_after: words(include_str!("../../data/timex/not_year_after.txt")),
        time_zones: words(include_str!("../../data/timex/time_zones.txt")),
        bare_verb_before: words(include_str!("../../data/timex/bare_verb_before.txt")),
        verb_adverbs: words(include_str!("../../data/timex/verb_adverbs.txt")),
        street_types: words(include_str!("../../data/timex/street_types.txt")),
        clock_before: words(include_str!("../../data/timex/clock_before.txt")),
        speed_units: words(include_str!("../../data/timex/speed_units.txt")),
        rate_breaks: words(include_str!("../../data/timex/rate_breaks.txt")),
        month_cues: words(include_str!("../../data/timex/month_cues.txt")),
        strict_month_cues: words(include_str!("../../data/timex/strict_month_cues.txt")),
        season_cues: words(include_str!("../../data/timex/season_cues.txt")),
        rate_cues: words(include_str!("../../data/timex/rate_cues.txt")),
    }
}

pub fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

/// A regex alternation of `keys` (longest first, so that the regex prefers
/// "a couple of" over "a"), with spaces matching any run of whitespace.
pub fn alternation<'a>(keys: impl Iterator<Item = &'a String>) -> String {
    let mut k: Vec<&String> = keys.collect();
    k.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    k.dedup();
    k.iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+").replace('\'', "['’]"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Normalizes a matched phrase for table look-up: lower case, single spaces,
/// typographic apostrophes made ASCII, trailing dot dropped.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase().replace('’', "'"));
    }
    while out.ends_with('.') {
        out.pop();
    }
    out
}
