//! Whether the words around a temporal expression report the past or speak
//! of the future: decides which Friday "on Friday" means.

use std::sync::OnceLock;

use regex::Regex;

use super::lexicon;
use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// How far from the expression we look (bytes): keeps the work per
/// expression constant however long the sentence is.
const WINDOW: usize = 240;

struct Cues {
    future: Regex,
    past: Regex,
}

fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let lex = lexicon::get();
        let alt = |ws: &[String]| {
            ws.iter()
                .map(|w| {
                    let e = regex::escape(w).replace(' ', r"\s+");
                    let lead = if w.starts_with(|c: char| c.is_alphanumeric()) {
                        r"\b"
                    } else {
                        ""
                    };
                    format!(r"{lead}{e}\b")
                })
                .collect::<Vec<_>>()
                .join("|")
        };
        Cues {
            future: Regex::new(&format!("(?i)(?:{})", alt(&lex.future_cues))).expect("future cues"),
            // Regular "-ed" forms only in lower case: "United", "Ted" are names.
            past: Regex::new(&format!(r"(?i:{})|\b[a-z]{{2,}}ed\b", alt(&lex.past_verbs)))
                .expect("past cues"),
        }
    })
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The tense of the cue nearest to `pos` in `text` (future cues win over
/// past ones on the same words: "planned", "scheduled").
fn nearest(text: &str, pos: usize) -> Tense {
    let c = cues();
    let mut best: Option<(usize, Tense)> = None;
    let mut fut: Vec<(usize, usize)> = Vec::new();
    let dist = |s: usize, e: usize| {
        if e <= pos {
            pos - e
        } else {
            s.saturating_sub(pos)
        }
    };
    for m in c.future.find_iter(text) {
        fut.push((m.start(), m.end()));
        // "had been scheduled to", "had planned to": a plan made in the past
        // for a time that is past too (it was since changed or carried out)
        let tense = if past_perfect_before(&text[..m.start()]) {
            Tense::Past
        } else {
            Tense::Future
        };
        let d = dist(m.start(), m.end());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, tense));
        }
    }
    for m in c.past.find_iter(text) {
        if fut.iter().any(|&(s, e)| s < m.end() && m.start() < e) {
            continue;
        }
        // "were planning", "was expected to": the auxiliary carries the future
        let aux = matches!(m.as_str().to_lowercase().as_str(), "was" | "were" | "had");
        if aux && fut.iter().any(|&(s, _)| s >= m.end() && s <= m.end() + 2) {
            continue;
        }
        // a participle after "be" is passive voice, not past tense: "will be signed"
        let lead = text[..m.start()].trim_end().to_lowercase();
        if lead.ends_with(" be") || lead.ends_with(" been") || lead.ends_with(" being") {
            continue;
        }
        if !is_past_verb(&text[..m.start()], m.as_str()) {
            continue;
        }
        let d = dist(m.start(), m.end());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, Tense::Past));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

fn is_clause_break(ch: char) -> bool {
    matches!(
        ch,
        ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”' | '`' | '.' | '!' | '?'
    )
}

/// Tense at `start..end` of sentence `s`: a past-tense verb right before the
/// expression ("said Friday") wins, then the nearest cue before it in its
/// clause, then the nearest in the clause, then in the sentence. `quote` is
/// the inside of the quotation holding the expression, if one does.
pub fn at(s: &str, start: usize, end: usize, quote: Option<Span>) -> Tense {
    // Words inside a quotation keep the speaker's own tense: in "“We need it
    // before summer,” he told reporters", "told" dates the telling only.
    let holding = quote.filter(|q| q.start <= start && end <= q.end);
    let (s, start, end) = match holding.and_then(|q| Some((s.get(q.start..q.end)?, q))) {
        Some((inside, q)) => (inside, start - q.start, end - q.start),
        None => (s, start, end),
    };
    let (before, after) = around(s, start, end);
    if let Some(t) = verb_before(before) {
        return t;
    }
    let t = in_clause(before, after);
    if t != Tense::Unknown {
        return t;
    }
    nearest(&format!("{before} {after}"), before.len())
}

/// As [`at`], but only from the expression's own clause: `Unknown` when the
/// clause has no cue (the sentence's main verb may belong to another event).
pub fn clause_at(s: &str, start: usize, end: usize) -> Tense {
    let (before, after) = around(s, start, end);
    verb_before(before).unwrap_or_else(|| in_clause(before, after))
}

/// Whether the sentence around `start..end` uses the past perfect ("had
/// not called"): a time it is measured against ("until Thursday") is past.
pub fn past_perfect_near(s: &str, start: usize, end: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)\bhad\s+(?:not\s+|never\s+|already\s+|yet\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|t))\b",
        )
        .expect("past perfect")
    });
    let (before, after) = around(s, start, end);
    re.is_match(before) || re.is_match(after)
}

/// Whether the clause before `start` holds a present-tense verb of schedules
/// ("Polls open at 8 a.m. on Friday", "stations close on Friday"), from
/// `schedule_verbs.txt`. Unlike [`in_clause`] a full stop does not end the
/// clause here: inside a sentence it is an abbreviation ("8 a.m.").
pub fn schedule_verb_before(s: &str, start: usize) -> bool {
    // Only the last words before the expression: a clause is short, and a
    // scan back over a long unit for every weekday would be quadratic.
    let mut from = start.saturating_sub(160);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let lead = s.get(from..start).unwrap_or("");
    let clause = lead
        .rsplit([',', ';', ':', '"', '“', '”', '(', ')'])
        .next()
        .unwrap_or(lead);
    let verbs = &lexicon::get().schedule_verbs;
    clause
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| verbs.contains(&w.to_lowercase()))
}

fn around(s: &str, start: usize, end: usize) -> (&str, &str) {
    let lo = floor(s, start.saturating_sub(WINDOW));
    let hi = floor(s, end.saturating_add(WINDOW));
    let (start, end) = (floor(s, start), floor(s.get(..hi).unwrap_or(s), end));
    (
        s.get(lo..start).unwrap_or(""),
        s.get(end.max(start)..hi).unwrap_or(""),
    )
}

/// The verb right before the expression, when it decides alone: a past verb
/// ("said Friday"), or a present-tense verb of schedules ("meet Monday",
/// "resumes separately Monday"), which news uses for what lies ahead.
fn verb_before(before: &str) -> Option<Tense> {
    let mut words = before.split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if w.eq_ignore_ascii_case("on") {
        w = words.next().unwrap_or("");
    }
    let mut w = w.trim_matches(|c: char| !c.is_alphanumeric());
    if w.eq_ignore_ascii_case("since") {
        return Some(Tense::Past); // "since March": always behind us
    }
    if w.len() > 4 && w.ends_with("ly") {
        // one adverb may sit between verb and date: "meet separately Monday"
        w = words
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric());
    }
    let lw = w.to_lowercase();
    if lexicon::get().schedule_verbs.contains(&lw) {
        // "had been due to expire Friday": a schedule of the past
        let lead = before.get(floor(before, before.len().saturating_sub(60))..);
        let had = lead.is_some_and(|l| {
            l.split(|c: char| !c.is_alphanumeric())
                .any(|x| x.eq_ignore_ascii_case("had"))
        });
        return if had { None } else { Some(Tense::Future) };
    }
    let aux = words.next().unwrap_or("").to_lowercase();
    let pair = format!("{aux} {lw}");
    if cues()
        .future
        .find(&pair)
        .is_some_and(|m| m.range() == (0..pair.len()))
    {
        return Some(Tense::Future); // "are expected Friday", "is due Monday"
    }
    let passive = matches!(aux.as_str(), "be" | "been" | "being");
    let rest_end = before.trim_end().len().saturating_sub(w.len());
    if !w.is_empty()
        && !passive
        && cues().past.is_match(w)
        && !cues().future.is_match(w)
        && is_past_verb(before.get(..rest_end).unwrap_or(""), w)
    {
        return Some(Tense::Past);
    }
    None
}

/// The tense from the expression's clause. An expression in parentheses
/// ("will leave at 4 (4 a.m. EDT Thursday)") belongs to the clause before them.
fn in_clause(before: &str, after: &str) -> Tense {
    let mut cstart = before.rfind(is_clause_break).map_or(0, |i| i + 1);
    if cstart > 0 && before.get(cstart - 1..cstart) == Some("(") {
        let outer = before.get(..cstart - 1).unwrap_or("");
        cstart = outer.rfind(is_clause_break).map_or(0, |i| i + 1);
    }
    let cend = after.find(is_clause_break).unwrap_or(after.len());
    let clause_before = before.get(cstart..).unwrap_or("");
    let clause_after = after.get(..cend).unwrap_or("");
    // The clause's verb before the expression governs it; a cue after it
    // usually sits in a phrase of its own ("arrested 40 on Tuesday after
    // protests against a plan to ..."), so it decides only when none precedes.
    let clause = format!("{clause_before} {clause_after}");
    [
        nearest(clause_before, clause_before.len()),
        nearest(&clause, clause_before.len()),
    ]
    .into_iter()
    .find(|t| *t != Tense::Unknown)
    .unwrap_or(Tense::Unknown)
}

/// Whether the "-ed" word `w` (after `lead`) is a verb in the past tense:
/// not a noun ("hundred"), nor a participle used as an adjective after a
/// determiner ("a still unspecified date", "the planned visit").
fn is_past_verb(lead: &str, w: &str) -> bool {
    let lw = w.to_lowercase();
    if lexicon::get().past_verbs.contains(&lw) {
        // "cut", "hit", "set" are past only where no infinitive or modal
        // form is asked for: "plans to cut", "will hit", "did not set";
        // an adverb in between ("will never cut") leaves the choice to the
        // word before it
        let lex = lexicon::get();
        let prev = lead
            .split_whitespace()
            .rev()
            .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
            .find(|w| !lex.verb_adverbs.contains(w))
            .unwrap_or_default();
        return !lex.bare_verb_before.contains(&prev);
    }
    if lexicon::get().not_past_ed.contains(&lw) {
        return false;
    }
    let prev = lead
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    !matches!(
        prev.as_str(),
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "still"
            | "newly"
            | "recently"
            | "so"
            | "very"
    )
}

/// Whether `lead` ends with "had" or "had been".
fn past_perfect_before(lead: &str) -> bool {
    let mut words = lead.split_whitespace().rev();
    let w = words.next().unwrap_or("").to_lowercase();
    w == "had" || (w == "been" && words.next().is_some_and(|x| x.eq_ignore_ascii_case("had")))
}
