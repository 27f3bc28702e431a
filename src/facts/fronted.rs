//! What a date that opens its sentence dates: "On Sunday, a 6.1-magnitude
//! quake struck", "On June 27, 1973, he pleaded guilty" — the incident or
//! act of the clause after the comma, unless that clause tells a statement,
//! a count or a moment reckoned from another event. The words are data
//! (`data/facts/date_openers.txt`, `data/facts/reckoned_moments.txt`).

use super::lexicon::lexicon;
use crate::model::Span;

/// Words that may stand before a date that opens its sentence
/// (`data/facts/date_openers.txt`).
fn date_openers() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/date_openers.txt"))
}

/// Words that make a fronted date the moment of something reckoned from
/// another event (`data/facts/reckoned_moments.txt`).
fn reckoned_moments() -> &'static [String] {
    crate::table::word_list!(include_str!("../../data/facts/reckoned_moments.txt"))
}

/// What a date that opens its sentence dates: "On Sunday, a 6.1-magnitude
/// quake struck", "On June 27, 1973, he pleaded guilty", "Late on Friday,
/// police arrested two men". The date stands first (after at most a word
/// of `date_openers`), a comma follows it, and the clause after the comma
/// names an incident or an act, which it dates. The class and the span of
/// the clause up to its trigger (for the act's subject) are returned.
///
/// Silent when the clause tells a statement ("On Monday, officials said
/// ..."), a count ("On Tuesday, the toll rose to 31") or a moment reckoned
/// from another ("On Sunday, a day after the quake struck, ..."), and when
/// the date is not the sentence's opening ("Rescuers, on Sunday, ...").
pub(super) fn fronted(
    text: &str,
    sentence: Span,
    seg_start: usize,
    date: Span,
    before: &[String],
) -> Option<(String, Span)> {
    let lex = lexicon();
    if !text[sentence.start..seg_start].trim().is_empty()
        || !before.iter().all(|w| date_openers().contains(w))
    {
        return None;
    }
    let rest = &text[date.end..sentence.end];
    let after_comma = rest.trim_start().strip_prefix(',')?;
    let start = sentence.end - after_comma.len();
    let end = after_comma
        .find([',', ';', ':'])
        .map_or(sentence.end, |i| start + i);
    let clause = Span::new(start, end);
    let scanned: Vec<(usize, String)> = crate::words::scan(clause.of(text))
        .map(|(at, w)| (start + at, w.to_lowercase()))
        .collect();
    let words: Vec<String> = scanned.iter().map(|(_, w)| w.clone()).collect();
    if words.iter().any(|w| {
        crate::actors::is_speech_verb(w)
            || lex.count_verbs.contains(w)
            || reckoned_moments().contains(w)
    }) {
        return None;
    }
    if let Some(i) = (0..words.len()).find(|&i| lex.incident_at(&words, i).is_some()) {
        let kind = lex.incident_at(&words, i)?.clone();
        return Some((kind, Span::new(start, scanned[i].0)));
    }
    crate::claims::find_events(text, clause)
        .next()
        .map(|e| (e.kind, Span::new(start, e.trigger.end)))
}
