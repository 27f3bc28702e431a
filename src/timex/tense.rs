//! Whether the words around a temporal expression report the past or speak
//! of the future: decides which Friday "on Friday" means.

use std::sync::OnceLock;

use regex::Regex;

use super::lexicon;

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
            past: Regex::new(&format!(
                r"(?i)(?:{}|\b[a-z]{{2,}}ed\b)",
                alt(&lex.past_verbs)
            ))
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
        let d = dist(m.start(), m.end());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, Tense::Future));
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
/// clause, then the nearest in the clause, then in the sentence.
pub fn at(s: &str, start: usize, end: usize) -> Tense {
    let lo = floor(s, start.saturating_sub(WINDOW));
    let hi = floor(s, end.saturating_add(WINDOW));
    let (start, end) = (floor(s, start), floor(s, end));
    let before = &s[lo..start];
    let after = &s[end..hi];

    let mut words = before.split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if w.eq_ignore_ascii_case("on") {
        w = words.next().unwrap_or("");
    }
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    if w.eq_ignore_ascii_case("since") {
        return Tense::Past; // "since March": always behind us
    }
    let aux = words.next().unwrap_or("").to_lowercase();
    let passive = matches!(aux.as_str(), "be" | "been" | "being");
    if !w.is_empty() && !passive && cues().past.is_match(w) && !cues().future.is_match(w) {
        return Tense::Past;
    }

    let cstart = before.rfind(is_clause_break).map_or(0, |i| i + 1);
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
    .unwrap_or_else(|| nearest(&format!("{before} {after}"), before.len()))
}
