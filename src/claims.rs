//! Claims: the extracted mentions of one sentence assembled into a statement —
//! an event (from the event lexicon in `data/claims/events.tsv`), its actors,
//! dates, figures and quotes, who it is attributed to and how firmly.
//!
//! A claim is one sentence that carries something checkable. The title of an
//! undated article is left out: it restates the lead, and comparing it would
//! count the same fact twice.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use crate::analysis::Analysis;
use crate::model::{Modality, Source, Span};

/// What happened, and the word that says so.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// The event type: the first column of the lexicon (`attack`, `accuse` ...).
    pub kind: String,
    pub trigger: Span,
}

/// One checkable statement. Mention lists hold indices into the owning
/// [`Analysis`]'s `actors`, `timexes`, `figures` and `quotes`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// `c1`, `c2` ... unique within the document.
    pub id: String,
    pub span: Span,
    pub event: Option<Event>,
    pub actors: Vec<usize>,
    pub timexes: Vec<usize>,
    pub figures: Vec<usize>,
    pub quotes: Vec<usize>,
    pub source: Option<Source>,
    pub modality: Modality,
}

/// Event word form (lower case) to event type.
fn event_lexicon() -> &'static HashMap<String, String> {
    static LEX: OnceLock<HashMap<String, String>> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut map = HashMap::new();
        for row in crate::table::rows(include_str!("../data/claims/events.tsv")) {
            let (Some(kind), Some(forms)) = (row.first(), row.get(1)) else {
                continue;
            };
            for form in forms.split_whitespace() {
                map.entry(form.to_string())
                    .or_insert_with(|| kind.to_string());
            }
        }
        map
    })
}

pub(crate) fn word_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*").unwrap())
}

/// Every event trigger of `span`, in text order.
pub fn find_events(text: &str, span: Span) -> impl Iterator<Item = Event> + '_ {
    let lex = event_lexicon();
    crate::words::scan(span.of(text)).filter_map(move |(at, word)| {
        let w = word.to_lowercase();
        lex.get(&w).map(|kind| Event {
            kind: kind.clone(),
            trigger: Span::new(span.start + at, span.start + at + word.len()),
        })
    })
}

/// The first event trigger of `span`, if any: the claim's event.
pub fn find_event(text: &str, span: Span) -> Option<Event> {
    find_events(text, span).next()
}

/// Indices of the items whose span overlaps `within`; items are sorted by
/// start (they may nest, so their ends need not be sorted).
fn inside<T>(items: &[T], span_of: impl Fn(&T) -> Span, within: Span) -> Vec<usize> {
    let first = items.partition_point(|x| span_of(x).start < within.start);
    items[first..]
        .iter()
        .enumerate()
        .take_while(|(_, x)| span_of(x).start < within.end)
        .filter(|(_, x)| within.overlaps(span_of(x)))
        .map(|(i, _)| first + i)
        .collect()
}

/// Builds the claims of one analyzed document, in text order.
pub fn build(a: &Analysis) -> Vec<Claim> {
    let doc = &a.doc;
    let mut claims = Vec::new();
    for (i, &sentence) in doc.sentences.iter().enumerate() {
        if doc.title == Some(sentence) {
            continue;
        }
        let event = find_event(&doc.text, sentence);
        let actors = inside(&a.actors, |m| m.span, sentence);
        let timexes = inside(&a.timexes, |t| t.span, sentence);
        let figures = inside(&a.figures, |f| f.span, sentence);
        let quotes = inside(&a.quotes, |q| q.span, sentence);
        if event.is_none()
            && actors.is_empty()
            && timexes.is_empty()
            && figures.is_empty()
            && quotes.is_empty()
        {
            continue;
        }
        let attribution = a.attributions.get(i).filter(|at| at.sentence == sentence);
        claims.push(Claim {
            id: format!("c{}", claims.len() + 1),
            span: sentence,
            event,
            actors,
            timexes,
            figures,
            quotes,
            source: attribution.and_then(|at| at.source.clone()),
            modality: attribution
                .map(|at| at.modality)
                .unwrap_or(Modality::Asserted),
        });
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(s: &str) -> Option<(String, String)> {
        find_event(s, Span::new(0, s.len())).map(|e| (e.kind, e.trigger.of(s).to_string()))
    }

    #[test]
    fn first_trigger_in_text_decides_the_event() {
        assert_eq!(
            event("Police arrested 40 protesters on Monday."),
            Some(("arrest".into(), "arrested".into()))
        );
        assert_eq!(
            event("The ministry denied plotting the attack."),
            Some(("deny".into(), "denied".into()))
        );
        assert_eq!(
            event("Rebels shelled the town overnight."),
            Some(("strike".into(), "shelled".into()))
        );
        assert_eq!(event("The weather was mild."), None);
    }

    #[test]
    fn triggers_match_whole_words_only() {
        // "firework" and "Killarney" contain trigger letters but are other words.
        assert_eq!(event("A firework show in Killarney."), None);
        assert_eq!(
            event("KILLED in the blast"),
            Some(("kill".into(), "KILLED".into()))
        );
    }
}
