//! Modality cues of one sentence: denial, negation, allegation, hedging.
//!
//! Precedence when a sentence holds cues of several kinds, strongest first:
//! `denied` > `negated` > `alleged` > `hedged` > `reported` > `asserted`.
//! - A denial is a party's answer to a claim ("Iran denied plotting"); it is
//!   what a fact-checker most needs to see, and it usually comes with a
//!   negation or an allegation word that would otherwise mask it.
//! - A negation flips the polarity of the proposition: comparing "does not
//!   pose a threat" with "poses a threat" is only right if polarity wins over
//!   the softer epistemic marks.
//! - An allegation ("alleged plot", "accused of") marks a claim as unproven and
//!   names it as someone's charge, which is more specific than a hedge.
//! - A hedge ("may have", "could") only weakens the claim.
//! - Reported (attributed with a reporting verb) says who, not how firmly, so
//!   any cue above overrides it; the source is kept either way.

use super::lexicon::{Lexicon, PatTok, Pattern, MAX_GAP};
use super::tokens::Tok;
use crate::model::{Modality, Span};

/// End (exclusive token index) of a match of `pat` starting at token `i`.
pub(super) fn match_at(pat: &[PatTok], toks: &[Tok], text: &str, i: usize) -> Option<usize> {
    let Some((first, rest)) = pat.split_first() else {
        return Some(i);
    };
    match first {
        PatTok::Gap => (0..=MAX_GAP)
            .take_while(|g| i + g <= toks.len())
            .find_map(|g| match_at(rest, toks, text, i + g)),
        PatTok::Any(words) => {
            let t = toks.get(i)?;
            (t.word && words.contains(&t.norm))
                .then(|| match_at(rest, toks, text, i + 1))
                .flatten()
        }
        PatTok::Exact(w) => {
            let t = toks.get(i)?;
            (text.get(t.span.start..t.span.end) == Some(w.as_str()))
                .then(|| match_at(rest, toks, text, i + 1))
                .flatten()
        }
    }
}

fn pattern(lex: &Lexicon, cat: usize, i: usize) -> Option<&Pattern> {
    if cat < lex.modality.len() {
        lex.modality.get(cat).and_then(|(_, p)| p.get(i))
    } else {
        lex.exceptions.get(i)
    }
}

/// Cue and exception matches of one sentence.
pub struct Matches {
    found: Vec<(usize, Span)>,
    /// Exception phrases ("not only", "denied bail").
    pub exceptions: Vec<Span>,
}

/// Every cue and exception match of a sentence.
pub fn matches(lex: &Lexicon, text: &str, toks: &[Tok]) -> Matches {
    let (exceptions, found): (Vec<_>, Vec<_>) = all_matches(lex, text, toks)
        .into_iter()
        .partition(|&(cat, _)| cat >= lex.modality.len());
    Matches {
        found,
        exceptions: exceptions.into_iter().map(|(_, s)| s).collect(),
    }
}

/// Every cue and exception match: `(category, span)`.
fn all_matches(lex: &Lexicon, text: &str, toks: &[Tok]) -> Vec<(usize, Span)> {
    let mut found = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let Some(list) = lex.cue_index.get(&t.norm) else {
            continue;
        };
        for &(cat, p) in list {
            let Some(pat) = pattern(lex, cat, p) else {
                continue;
            };
            let Some(end) = match_at(pat, toks, text, i) else {
                continue;
            };
            let Some(last) = toks.get(end.saturating_sub(1)) else {
                continue;
            };
            found.push((cat, Span::new(t.span.start, last.span.end.max(t.span.end))));
        }
    }
    found
}

/// The deciding cue of a sentence, if any, ignoring cues that overlap `mute`
/// (the source's own phrase: "officials not authorized to speak") and cues
/// inside an exception phrase.
pub fn cue(lex: &Lexicon, m: &Matches, mute: &[Span]) -> Option<(Modality, Span)> {
    // per category: earliest, then longest match
    let mut best: Vec<Option<Span>> = vec![None; lex.modality.len()];
    for &(cat, span) in &m.found {
        if mute.iter().any(|x| x.overlaps(span)) || m.exceptions.iter().any(|e| e.contains(span)) {
            continue;
        }
        let Some(slot) = best.get_mut(cat) else {
            continue;
        };
        let better = match *slot {
            None => true,
            Some(b) => span.start < b.start || (span.start == b.start && span.end > b.end),
        };
        if better {
            *slot = Some(span);
        }
    }
    best.iter()
        .enumerate()
        .find_map(|(cat, s)| s.map(|s| (lex.modality[cat].0, s)))
}
