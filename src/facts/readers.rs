//! Reading raw facts: a slot, a subject and a value at a span, before they are
//! placed in an event instance.
//!
//! Counts, money, percentages, distances and lengths of time come from the
//! figures stage (which already knows their intervals and counted nouns);
//! dates and clock times of an event from the date tagger
//! ([`super::event_times`]); magnitudes, ages,
//! ratings, ordinals and identifiers are read here, since no earlier stage
//! sees them as what they are ("a 5.6 magnitude quake", "Jorge Medina, 44,",
//! "Category 4", "the third floor", "Flight 9525").

use std::sync::OnceLock;

use regex::Regex;

use super::lexicon::lexicon;
use super::{Slot, Value, LOOSE};
use crate::analysis::Analysis;
use crate::model::{ActorKind, Figure, Interval, Qualifier, Span};

/// A fact before it is placed in an event instance.
#[derive(Clone, Debug)]
pub struct Raw {
    pub span: Span,
    pub sentence: Span,
    pub slot: Slot,
    pub subject: Option<String>,
    pub value: Value,
    pub round: bool,
    pub vague: bool,
    /// Written with no qualifier ("about", "almost", "more than").
    pub exact: bool,
    /// The figure it was read from.
    pub figure: Option<usize>,
}

/// Every raw fact of a document, in no particular order.
pub fn read(a: &Analysis) -> Vec<Raw> {
    let mut out = Vec::new();
    for (i, f) in a.figures.iter().enumerate() {
        if let Some(r) = from_figure(a, i, f) {
            out.push(r);
        }
    }
    out.extend(super::event_times::event_times(a));
    super::places::read(a, &mut out);
    for &s in &a.doc.sentences {
        magnitudes(a, s, &mut out);
        super::ages::ages(a, s, &mut out);
        ratings(a, s, &mut out);
        ordinals(a, s, &mut out);
        super::runs::ordinals(a, s, &mut out);
        identifiers(a, s, &mut out);
        super::lengths::kilometres(a, s, &mut out);
        super::measures::read(a, s, &mut out);
        super::states::read(a, s, &mut out);
        super::weapons::read(a, s, &mut out);
    }
    super::states::keep_latest(&mut out);
    super::money::read(a, &mut out);
    super::conditions::read(a, &mut out);
    // A number read here as a magnitude or an age is not also a count, nor
    // a speed ("80 km/h") a distance.
    let reads = |s: Slot| {
        matches!(
            s,
            Slot::Magnitude | Slot::Age | Slot::Rating | Slot::Speed | Slot::Area
        )
    };
    let taken: Vec<Span> = out
        .iter()
        .filter(|r| reads(r.slot))
        .map(|r| r.span)
        .collect();
    out.retain(|r| reads(r.slot) || !taken.iter().any(|t| t.overlaps(r.span)));
    out
}

pub(super) fn sentence_of(a: &Analysis, at: Span) -> Span {
    a.doc
        .sentence_at(at.start)
        .map(|i| a.doc.sentences[i])
        .unwrap_or(at)
}

/// "400", "30", "1,000": a number with trailing zeros and no qualifier is
/// written to a round figure and allows rounding.
fn is_round(f: &Figure) -> bool {
    f.qualifier == Qualifier::Exact && f.value >= 10.0 && f.value.fract() == 0.0 && {
        let v = f.value as u64;
        v % 10 == 0
    }
}

pub(super) fn number(interval: Interval, unit: Option<&str>) -> Value {
    Value::Number {
        interval,
        unit: unit.map(str::to_string),
    }
}

/// The slot and subject a figure fills.
fn from_figure(a: &Analysis, i: usize, f: &Figure) -> Option<Raw> {
    let lex = lexicon();
    let sentence = sentence_of(a, f.span);
    let raw = |slot: Slot, subject: Option<String>, value: Value| Raw {
        span: f.span,
        sentence,
        slot,
        subject,
        value,
        round: is_round(f),
        vague: f.qualifier == Qualifier::Vague,
        exact: f.qualifier == Qualifier::Exact,
        figure: Some(i),
    };
    if f.is_share() {
        return None;
    }
    // "over four nights of protesting": a run of days, not a length of time
    // nor a count of the people arrested in the sentence.
    if let Some(run) = super::runs::cardinal(&a.doc.text[f.span.end..]) {
        return Some(raw(Slot::Count, Some(run), number(f.interval, None)));
    }
    if kin_before(&a.doc.text[super::near(&a.doc.text, sentence, f.span).start..f.span.start]) {
        return Some(raw(
            Slot::Count,
            Some("children".into()),
            number(f.interval, None),
        ));
    }
    if let Some(place) = population_of(a, sentence, f.span) {
        return Some(raw(
            Slot::Count,
            Some(format!("people living in {place}")),
            number(f.interval, None),
        ));
    }
    let counted = f.counts.as_deref().map(str::to_lowercase);
    let head = counted
        .as_deref()
        .and_then(|c| c.split_whitespace().last())
        .unwrap_or("");
    if head == "times" || head == "time" {
        // "shot seven times", "was sued three times": the repetitions of the
        // verb the count stands by, never a toll, and nothing to compare
        // when no such verb is written.
        // "married two more times" adds to a count told before: no count
        // of its own.
        if a.doc.text[f.span.end..].trim_start().starts_with("more ") {
            return None;
        }
        let act = super::acts::repeated_act(a, sentence, f.span)?;
        return Some(raw(
            Slot::Count,
            Some(super::weapons::count_subject("times", &act)),
            number(f.interval, None),
        ));
    }
    if let Some(c) = f.category {
        // "Two officers suffered minor injuries": a narrower group's count
        // is its own, not the count of all the people hurt.
        let group = lex.groups.iter().find(|g| g.as_str() == head).cloned();
        // "arrested eight Albanian and six Turkish smugglers": a part of
        // the toll, not a toll.
        if super::parts::split_item(a, i, sentence)
            || super::parts::people_split_item(a, i, sentence)
            || unreal(a, sentence, f.span)
        {
            return None;
        }
        return Some(raw(Slot::Casualty(c), group, number(f.interval, None)));
    }
    // "climbed to 57, up from 31": the earlier value of the count just named.
    let before = &a.doc.text[super::near(&a.doc.text, sentence, f.span).start..f.span.start];
    if f.counts.is_none() && f.unit.is_none() && regex_from_before().is_match(before) {
        let earlier = a.figures[..i]
            .iter()
            .rev()
            .take_while(|g| sentence.contains(g.span))
            .find_map(|g| g.category);
        if let Some(c) = earlier {
            return Some(raw(Slot::Casualty(c), None, number(f.interval, None)));
        }
    }
    if f.unit.is_some() && converted(a, i) {
        // "$US1 million ($1.52 million)": the same sum in another currency.
        return None;
    }
    match f.unit.as_deref() {
        Some("percent") => {
            return Some(raw(
                Slot::Percent,
                f.counts.clone(),
                number(f.interval, None),
            ));
        }
        Some(cur) => {
            return Some(raw(
                Slot::Money,
                f.counts.clone(),
                number(f.interval, Some(cur)),
            ));
        }
        None => {}
    }
    // "20,000 people marched through Athens": one crowd's size, at one place
    // on one day ([`super::crowds`]).
    if let Some(crowd) = super::crowds::subject(a, sentence, f) {
        return Some(raw(Slot::Count, Some(crowd), number(f.interval, None)));
    }
    let counts = f.counts.as_deref()?;
    let lower = counts.to_lowercase();
    if let Some(unit) = crate::figures::time_units::unit(lower.split_whitespace().last()?) {
        // Every length in seconds, so that "72 hours" meets "three days"; the
        // rounding of "30 hours" is taken in hours, before the change of unit.
        let amount = if is_round(f) {
            super::rounded(f.interval, false)
        } else {
            f.interval
        };
        let seconds = crate::figures::time_units::Length::of(amount, unit).seconds;
        let span = with_unit(a, f.span);
        let mut r = raw(
            Slot::Duration,
            duration_subject(a, sentence, span),
            number(seconds, Some("s")),
        );
        r.round = false;
        r.span = span;
        return Some(r);
    }
    if let Some(&km) = lex.distance_units.get(&lower) {
        let mut r = super::lengths::length_fact(
            a,
            sentence,
            f.span,
            with_unit(a, f.span),
            f.interval.times(km),
        )?;
        r.round = is_round(f);
        r.vague = f.qualifier == Qualifier::Vague;
        r.exact = f.qualifier == Qualifier::Exact;
        r.figure = Some(i);
        return Some(r);
    }
    // The counted noun's head through the synonym table ("coaches" are
    // "carriages"), and what was done to them ("boats intercepted" is not
    // "boats spotted"): the event word of its stretch of the sentence.
    let last = lower.split_whitespace().last()?;
    if lex.people.iter().any(|p| p == last) {
        // "400 people on board" and "400 passengers" may be one count, or a
        // crowd and a part of it: a loose subject, never a contradiction.
        return Some(raw(
            Slot::Count,
            Some(format!("{LOOSE}people")),
            number(f.interval, None),
        ));
    }
    let noun = super::counted::subject(a, i, f, sentence, &lower);
    Some(raw(Slot::Count, Some(noun), number(f.interval, None)))
}

/// A sum in brackets right after another sum with a unit ("$US1 million
/// ($1.52 million)", "£2m ($2.5m)"): the first converted, not a figure of
/// its own.
fn converted(a: &Analysis, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &a.figures[p]) else {
        return false;
    };
    let f = &a.figures[i];
    prev.unit.is_some()
        && prev.span.end <= f.span.start
        && a.doc.text[prev.span.end..f.span.start]
            .trim_end()
            .ends_with('(')
        && a.doc.text[prev.span.end..f.span.start].len() <= 12
}

/// "a mother of 12", "father to two boys": the number counts children, whatever
/// happens to the parent later in the sentence.
fn kin_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?\s+(?:of|to)\s+$").unwrap()
    })
    .is_match(before)
}

/// Is the casualty count at `at` one that did not happen: a counterfactual
/// before it ("there might have been two people killed") or a near miss
/// ("two nearly killed", "three were almost killed"; `data/facts/unreal.tsv`)?
fn unreal(a: &Analysis, sentence: Span, at: Span) -> bool {
    static CUES: OnceLock<Vec<(Vec<String>, bool)>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        crate::table::rows(include_str!("../../data/facts/unreal.tsv"))
            .filter_map(|r| match r.as_slice() {
                [cue, side, ..] => Some((
                    cue.split_whitespace().map(str::to_lowercase).collect(),
                    *side == "before",
                )),
                _ => None,
            })
            .collect()
    });
    let text = &a.doc.text;
    let seg = super::stretch(text, sentence, at);
    let lower = |s: Span| -> Vec<String> {
        crate::words::scan(s.of(text))
            .map(|(_, w)| w.to_lowercase())
            .collect()
    };
    let before = lower(Span::new(seg.start, at.start));
    let after: Vec<String> = lower(Span::new(at.end, seg.end.max(at.end)))
        .into_iter()
        .take(3)
        .collect();
    cues.iter().any(|(cue, is_before)| {
        let ws = if *is_before { &before } else { &after };
        ws.windows(cue.len()).any(|w| w == cue.as_slice())
    })
}

/// The event word nearest a figure in its stretch between commas.
pub(super) fn segment_event(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    let text = &a.doc.text;
    crate::claims::find_events(text, super::stretch(text, sentence, at))
        .min_by_key(|e| {
            if e.trigger.end <= at.start {
                at.start - e.trigger.end
            } else {
                e.trigger.start.saturating_sub(at.end)
            }
        })
        .map(|e| e.kind)
}

/// A figure's span with the unit written right after it ("72" -> "72
/// hours", "three" -> "three-day"), so that a finding shows the measure.
fn with_unit(a: &Analysis, span: Span) -> Span {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^(?:\s+|-)((?:nautical\s+)?[A-Za-z]+)").unwrap());
    let Some(c) = re.captures(&a.doc.text[span.end..]) else {
        return span;
    };
    let word = c[1].to_lowercase();
    let is_unit = crate::figures::time_units::unit(&word).is_some()
        || lexicon().distance_units.contains_key(&word);
    if is_unit {
        Span::new(span.start, span.end + c.get(0).unwrap().end())
    } else {
        span
    }
}

/// What a length of time is the length of: the event word of "six weeks of
/// talks", else the nearest event word before it in its stretch of the
/// sentence ("a strike that halted traffic for 72 hours", "a strike of three
/// days"), else the first after it ("a three-day strike").
fn duration_subject(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    let text = &a.doc.text;
    let after = &text[at.end..super::near(text, sentence, at).end];
    if let Some(rest) = after.strip_prefix(" of ") {
        let end = at.end
            + 4
            + rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
        if let Some(e) = crate::claims::find_event(text, Span::new(at.end + 4, end)) {
            return Some(e.kind);
        }
    }
    // "a three-day strike", "a weeklong manhunt": a length written as a
    // modifier is its noun's.
    let written = at.of(text);
    if written.contains('-') || written.to_lowercase().ends_with("long") {
        let next = after.trim_start();
        let end = at.end
            + (after.len() - next.len())
            + next
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(next.len());
        if let Some(e) = crate::claims::find_event(text, Span::new(at.end, end)) {
            return Some(e.kind);
        }
    }
    let seg = super::stretch(text, sentence, at);
    let (seg_start, seg_end) = (seg.start, seg.end);
    crate::claims::find_events(text, Span::new(seg_start, at.start))
        .last()
        .or_else(|| crate::claims::find_event(text, Span::new(at.end, seg_end)))
        .map(|e| e.kind)
        .or_else(|| verb_before(&text[seg_start..at.start]))
}

/// The last content word before a length with no event word ("Rescuers
/// searched for 48 hours" -> "searched"): what was done for that long, as
/// its versions word it.
fn verb_before(before: &str) -> Option<String> {
    const SKIP: &[&str] = &[
        "for", "the", "and", "was", "were", "has", "had", "have", "been", "about", "nearly",
        "almost", "more", "than", "over", "some", "around", "roughly", "after", "only", "least",
        "off", "out", "on", "up", "down", "in", "at", "of", "a", "an", "by", "to", "just",
    ];
    crate::claims::word_re()
        .find_iter(before)
        .map(|m| m.as_str().to_lowercase())
        .filter(|w| !SKIP.contains(&w.as_str()) && !w.chars().any(|c| c.is_ascii_digit()))
        .last()
}

fn regex_from_before() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\b(?:up|down)\s+from\s*$").unwrap())
}

/// The place whose population a figure gives ("Qeshm island, home to
/// 120,000 people"; "its population of 80,000"): the last place named before
/// the cue in the sentence, without its type word ("Qeshm Island" and
/// "Qeshm" are one place). A count of residents who fled or were hurt is no
/// population, and "a town of 15,000" names a town of its own, so only these
/// cues count.
fn population_of(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)(?:\bhome\s+to|\bpopulation\s+(?:of|is|was|at|stands\s+at))\s+(?:about|around|some|roughly|nearly|almost|over|more\s+than|an\s+estimated)?\s*$").unwrap()
    });
    let before = &a.doc.text[sentence.start..at.start];
    let cue = re.find(before)?;
    let cue_at = sentence.start + cue.start();
    super::starting_in(&a.actors, |x| x.span, Span::new(sentence.start, cue_at))
        .iter()
        .filter(|x| x.span.end <= cue_at && matches!(x.kind, ActorKind::Place | ActorKind::Country))
        .max_by_key(|x| x.span.end)
        .map(|x| {
            let name = x.canonical.as_str();
            match name.rsplit_once(' ') {
                Some((head, kind)) if PLACE_TYPES.contains(&kind.to_lowercase().as_str()) => {
                    head.to_string()
                }
                _ => name.to_string(),
            }
        })
}

/// Type words a place's name may carry or not ("Qeshm Island", "Qeshm").
const PLACE_TYPES: &[&str] = &["island", "city", "town", "province", "county", "district"];

pub(super) fn push_number(
    a: &Analysis,
    out: &mut Vec<Raw>,
    span: Span,
    slot: Slot,
    subject: Option<String>,
    v: f64,
    round: bool,
) {
    out.push(Raw {
        span,
        sentence: sentence_of(a, span),
        slot,
        subject,
        value: number(Interval::exact(v), None),
        round,
        vague: false,
        exact: true,
        figure: None,
    });
}

/// "magnitude 6.1", "6.1-magnitude", "a magnitude of 6.1", "measured 6.1",
/// "a 6.1 quake", "6.1 on the Richter scale", "put the magnitude at 5.9, but
/// the USGS said it was 6.1".
fn magnitudes(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            \bmagnitude(?:\s*-\s*|\s+of\s+|\s+at\s+|\s+)(?:about\s+|around\s+)?(?P<a>\d{1,2}(?:\.\d{1,2})?)\b
            | \b(?P<b>\d{1,2}\.\d{1,2})(?:\s*-\s*|\s+)(?:magnitude|on\s+the\s+richter)
            | \b(?:measur(?:ed|ing)|registered|registering)\s+(?:a\s+)?(?:magnitude\s+)?(?P<c>\d{1,2}\.\d{1,2})\b
            | \b(?P<d>\d{1,2}\.\d{1,2})\s+(?:earthquake|quake|tremor|temblor|aftershock)s?\b
            | \b(?:said|says)\s+it\s+(?:was|measured)\s+(?P<e>\d\.\d)\b(?:\s*[.,;]|$)",
        )
        .unwrap()
    });
    let text = s.of(&a.doc.text);
    for c in re.captures_iter(text) {
        let Some(m) = ["a", "b", "c", "d", "e"].iter().find_map(|n| c.name(n)) else {
            continue;
        };
        // "... said it was 6.1." is a magnitude only in a sentence about one.
        if c.name("e").is_some() && !text.to_lowercase().contains("magnitude") {
            continue;
        }
        let Ok(v) = m.as_str().parse::<f64>() else {
            continue;
        };
        if !(1.0..=10.0).contains(&v) {
            continue;
        }
        let span = Span::new(s.start + m.start(), s.start + m.end());
        // "magnitude 6" is told to the unit, "6.1" to a tenth.
        let round = !m.as_str().contains('.');
        let agency = agency_of(a, s, span);
        push_number(a, out, span, Slot::Magnitude, agency, v, round);
    }
}

/// The agency whose reading a magnitude is (`agencies.tsv`): the one named in
/// the value's own stretch of the sentence (nearest first), else the nearest
/// named before it in the sentence ("Tehran's centre said 5.9, while the USGS
/// said 6.1"). `None` when the sentence names none.
fn agency_of(a: &Analysis, sentence: Span, at: Span) -> Option<String> {
    let text = &a.doc.text;
    // ASCII lower case keeps byte offsets.
    let lower = sentence.of(text).to_ascii_lowercase();
    let mut found: Vec<(Span, &str)> = Vec::new();
    for (phrase, agency) in &lexicon().agencies {
        for (i, _) in lower.match_indices(phrase.as_str()) {
            let span = Span::new(sentence.start + i, sentence.start + i + phrase.len());
            let bounded = !lower[..i].ends_with(|c: char| c.is_alphanumeric())
                && !lower[i + phrase.len()..].starts_with(|c: char| c.is_alphanumeric());
            // Longest phrases come first: a shorter one inside a longer is
            // the same mention.
            if bounded && !found.iter().any(|(s, _)| s.overlaps(span)) {
                found.push((span, agency.as_str()));
            }
        }
    }
    let gap = |s: Span| {
        if s.end <= at.start {
            at.start - s.end
        } else {
            s.start.saturating_sub(at.end)
        }
    };
    let own = super::stretch(text, sentence, at);
    let nearest = |keep: &dyn Fn(Span) -> bool| {
        found
            .iter()
            .filter(|(s, _)| keep(*s))
            .min_by_key(|(s, _)| (gap(*s), s.start))
            .map(|(_, agency)| agency.to_string())
    };
    nearest(&|s| own.contains(s)).or_else(|| nearest(&|s| s.end <= at.start))
}

/// A number written in digits or as one word.
pub(super) fn number_word(w: &str) -> Option<f64> {
    crate::figures::word_value(w).or_else(|| w.parse().ok())
}

/// "Category 4", "a category-four storm", "EF3", "level 2".
fn ratings(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?P<w>category|cat\.?|level|grade|ef-?)\s*-?\s*(?P<n>\d|one|two|three|four|five)\b").unwrap()
    });
    let lex = lexicon();
    for c in re.captures_iter(s.of(&a.doc.text)) {
        let (w, n) = (c.name("w").unwrap(), c.name("n").unwrap());
        let key = w.as_str().to_lowercase();
        let key = key.trim_end_matches('.');
        let Some(scale) = lex.ratings.get(key) else {
            continue;
        };
        // "EF3" is glued; "level" and "grade" are everyday words: only with a
        // capital or a hyphen ("Level 4", "level-four").
        let glued = w.end() == n.start();
        if key.starts_with("ef") && !glued && !w.as_str().ends_with('-') {
            continue;
        }
        if matches!(key, "level" | "grade") && !w.as_str().starts_with(['L', 'G']) {
            continue;
        }
        let Some(v) = number_word(n.as_str()) else {
            continue;
        };
        let span = Span::new(s.start + w.start(), s.start + n.end());
        push_number(a, out, span, Slot::Rating, Some(scale.clone()), v, false);
    }
}

/// The ordinal nouns that place something in a building: a person's own
/// floor is told apart from the event's ([`super::places::own_floor`]).
const FLOORS: &[&str] = &["floor", "storey", "story"];

/// "the third floor", "in the 6th round", "first-degree murder".
fn ordinals(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?P<o>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:\s*-\s*|\s+)(?P<n>[a-z]+)\b").unwrap()
    });
    let lex = lexicon();
    for c in re.captures_iter(s.of(&a.doc.text)) {
        let (o, n) = (c.name("o").unwrap(), c.name("n").unwrap());
        let noun = n.as_str().to_lowercase();
        if let Some(tally) = lex.ordinal_tallies.get(&noun) {
            ordinal_tally(
                a,
                s,
                Span::new(s.start + o.start(), s.start + n.end()),
                tally,
                out,
            );
            continue;
        }
        if !lex.ordinal_nouns.contains(&noun) {
            continue;
        }
        let ord = o.as_str().to_lowercase();
        let v = crate::timex::ordinal_value(&ord)
            .map(f64::from)
            .or_else(|| ord.trim_end_matches(char::is_alphabetic).parse().ok());
        let Some(v) = v else { continue };
        let span = Span::new(s.start + o.start(), s.start + n.end());
        // A floor where a witness is, lives or works is not the event's.
        if FLOORS.contains(&noun.as_str()) && super::places::own_floor(a, s, span) {
            continue;
        }
        push_number(a, out, span, Slot::Ordinal, Some(noun), v, false);
    }
}

/// "The sixth aftershock shook the island", "a second arrest": the count of
/// a running tally so far, at least the ordinal (more may follow), under the
/// tally's counted noun, so that it meets "at least four aftershocks" of
/// another version. "The first" counts nothing a reader compares.
fn ordinal_tally(a: &Analysis, s: Span, span: Span, tally: &str, out: &mut Vec<Raw>) {
    let ord = a.doc.text[span.start..span.end]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let v = crate::timex::ordinal_value(&ord)
        .map(f64::from)
        .or_else(|| ord.trim_end_matches(char::is_alphabetic).parse().ok());
    let Some(v) = v.filter(|&v| v >= 2.0) else {
        return;
    };
    // The noun is itself the act counted (an aftershock, an arrest): no
    // other act of the sentence qualifies it. A tally of people ("arrested")
    // is their casualty slot, as "two arrests" is.
    use crate::model::Casualty as C;
    let people = [C::Arrested, C::Missing, C::Displaced, C::Rescued]
        .into_iter()
        .find(|c| c.as_str() == tally);
    let (slot, subject) = match people {
        Some(c) => (Slot::Casualty(c), None),
        None => (Slot::Count, Some(tally.to_string())),
    };
    out.push(Raw {
        span,
        sentence: s,
        slot,
        subject,
        value: number(
            Interval {
                low: crate::model::Bound::Inclusive(v),
                high: crate::model::Bound::Unbounded,
            },
            None,
        ),
        round: false,
        vague: false,
        exact: false,
        figure: None,
    });
}

/// "Flight 9525", "Route 66", "Resolution 2231": a capitalized word from
/// `identifiers.txt` and a number.
fn identifiers(a: &Analysis, s: Span, out: &mut Vec<Raw>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"\b(?P<w>[A-Z][a-z]+)\s+(?:No\.?\s*)?(?P<n>[A-Z]{0,3}\d{1,5}[A-Z]?)\b").unwrap()
    });
    let lex = lexicon();
    for c in re.captures_iter(s.of(&a.doc.text)) {
        let (w, n) = (c.name("w").unwrap(), c.name("n").unwrap());
        let word = w.as_str().to_lowercase();
        if !lex.identifiers.contains(&word) {
            continue;
        }
        let span = Span::new(s.start + w.start(), s.start + n.end());
        out.push(Raw {
            span,
            sentence: s,
            slot: Slot::Identifier,
            subject: Some(word),
            value: Value::Text {
                text: n.as_str().to_string(),
            },
            round: false,
            vague: false,
            exact: true,
            figure: None,
        });
    }
}
