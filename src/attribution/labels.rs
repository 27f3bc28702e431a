//! Quotations that are labels, not speech: what a quotation's own wording
//! and the words right before it say about whether anybody speaks it.
//!
//! A label names or tags something and has no speaker of its own, whoever
//! else speaks in the sentence:
//! - a term after a label cue: "the so-called “peace dividend”", "what
//!   critics call a “slush fund”", "dubbed Cuba's “boy hero”" (cues in
//!   `data/attribution/grammar.txt`, `[label_cues]`);
//! - a title inside a sentence: a few capitalized words, perhaps with "of",
//!   "the" ... between ("his famous “Iron Curtain” speech", "ABC's “This
//!   Week”", "a series of “Spring of Life” demonstrations"). A capitalized
//!   quotation that opens its sentence is speech when a reporting verb
//!   frames it ("“Hallelujah,” exclaimed Albright") and a title otherwise.

use super::lexicon::{Lexicon, Pattern};
use super::modality::match_at;
use super::tokens::{tokenize, Tok};
use crate::model::Span;

/// Longest title, in words.
const MAX_TITLE_WORDS: usize = 6;
/// A label cue ends at most this many words before the quotation ("what
/// critics call a", "dubbed Cuba's").
const MAX_CUE_GAP: usize = 2;
/// How far back from the opening mark a cue is looked for, in bytes ...
const CUE_WINDOW: usize = 120;
/// ... and in words: the longest cue ("what ... call" with its gap) and
/// [`MAX_CUE_GAP`].
const MAX_CUE_START: usize = 14;

/// Whether the quotation whose words are `inside` is a title: its words are
/// all capitalized but for a few function words, and there are few of them.
pub fn title(lex: &Lexicon, text: &str, inside: Span) -> bool {
    // most quotations are sentences: count their words before reading them
    if inside
        .of(text)
        .split_whitespace()
        .nth(MAX_TITLE_WORDS)
        .is_some()
    {
        return false;
    }
    let toks = tokenize(text, inside);
    let words: Vec<&Tok> = toks.iter().filter(|t| t.word).collect();
    let ended = toks
        .last()
        .is_some_and(|t| !t.word && matches!(t.norm.as_str(), "!" | "?"));
    !words.is_empty()
        && words.len() <= MAX_TITLE_WORDS
        && !ended
        && words.first().is_some_and(|t| t.cap)
        && words
            .iter()
            .all(|t| t.cap || t.digit() || lex.title_words.contains(&t.norm))
}

/// Whether a label cue ends right before the opening mark at `open` within
/// `sentence` ("so-called “...”").
pub fn after_cue(lex: &Lexicon, text: &str, sentence: Span, open: Span) -> bool {
    let mut from = open.start.saturating_sub(CUE_WINDOW).max(sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if from >= open.start {
        return false;
    }
    let toks = tokenize(text, Span::new(from, open.start));
    // the words between the cue and the mark: no punctuation among them
    let tail = toks
        .iter()
        .rev()
        .take_while(|t| t.word)
        .count()
        .min(toks.len());
    let first_word = toks.len() - tail;
    lex.label_cues
        .iter()
        .any(|cue| ends_near(cue, &toks, text, first_word))
}

/// Whether `cue` matches `toks` ending within [`MAX_CUE_GAP`] words of their
/// end, starting no earlier than `from` and within [`MAX_CUE_START`] words
/// of the end.
fn ends_near(cue: &Pattern, toks: &[Tok], text: &str, from: usize) -> bool {
    let from = from.max(toks.len().saturating_sub(MAX_CUE_START));
    (from..toks.len())
        .any(|i| match_at(cue, toks, text, i).is_some_and(|e| e + MAX_CUE_GAP >= toks.len()))
}
