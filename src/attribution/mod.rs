//! Quotes, sources and modality: who said what, and how firmly.
//!
//! [`quotes`] finds the words inside quotation marks and their speakers (a
//! quotation that is only a label or a title has none: `labels.rs`);
//! [`attribute`] gives every sentence its source (who the claim is attributed
//! to, possibly relayed by a second source) and its modality.
//!
//! Canonical names. A source's `canonical` (and a quote's `speaker`) is:
//! - the canonical name of the actor mention covering the phrase's head
//!   ("Prime Minister Anthony Albanese", "Iran denied");
//! - for an anonymous source, a normalized phrase: determiners dropped, actor
//!   names replaced by their canonical form, common nouns lowercased ("A US
//!   official" -> `US official`; with an actor mention `US` -> `United States`,
//!   `United States official`). "The official" later in the text takes the
//!   canonical name of the latest source with the same head noun;
//! - for a government body or organization without an actor head, the first
//!   actor named inside the phrase ("Tehran's embassy in Mexico" -> Tehran's
//!   actor), else `None`;
//! - otherwise `None` (a person, medium or document not known as an actor).
//!
//! Modality precedence is explained in `modality.rs`.

mod labels;
mod lexicon;
mod marks;
mod modality;
mod source;
mod tokens;

use std::collections::HashMap;

use crate::document::Document;
use crate::model::{ActorMention, Attribution, Modality, Quote, Source, SourceKind, Span};

use marks::{Piece, Quoted};
use source::{Cand, Ctx, Hist};

/// What one sentence yielded.
struct SentInfo {
    span: Span,
    cands: Vec<Cand>,
    /// Chosen source, its reporting cue and the spans muted for modality.
    chosen: Option<(Source, Span)>,
    cue: Option<(Modality, Span)>,
}

/// A quote with its speaker.
struct Resolved {
    quoted: Quoted,
    speaker: Option<Source>,
}

struct Analysis {
    sents: Vec<SentInfo>,
    quotes: Vec<Resolved>,
}

fn analyze(doc: &Document, actors: &[ActorMention]) -> Analysis {
    let lex = lexicon::lexicon();
    let text = doc.text.as_str();
    let mut actors: Vec<&ActorMention> = actors
        .iter()
        .filter(|a| !a.span.is_empty() && text.get(a.span.start..a.span.end).is_some())
        .collect();
    actors.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
    let paragraphs: Vec<Span> = doc
        .paragraphs
        .iter()
        .copied()
        .filter(|p| text.get(p.start..p.end).is_some())
        .collect();
    let raw = marks::find(text, &paragraphs);
    let mut quote_spans: Vec<Span> = raw
        .iter()
        .flat_map(|q| q.pieces.iter().map(|p| p.inside))
        .collect();
    quote_spans.sort();
    let ctx = Ctx {
        text,
        lex,
        actors,
        quotes: quote_spans,
        sentences: &doc.sentences,
    };

    let mut history: Vec<Hist> = Vec::new();
    let mut sents = Vec::with_capacity(doc.sentences.len());
    for &span in &doc.sentences {
        let toks = if text.get(span.start..span.end).is_some() {
            tokens::tokenize(text, span)
        } else {
            Vec::new()
        };
        let matches = modality::matches(lex, text, &toks);
        let cands = source::candidates(&ctx, &toks, &matches.exceptions, &mut history);
        let (chosen, mute) = match source::choose(&cands) {
            Some(c) => {
                let mut s = c.source.clone();
                let mut mute = c.mute.clone();
                if let Some(v) = source::relay(&cands, c) {
                    mute.push(v.span);
                    s.via = Some(Box::new(v));
                }
                (Some((s, c.verb)), mute)
            }
            None => (None, Vec::new()),
        };
        let cue = modality::cue(lex, &matches, &mute);
        sents.push(SentInfo {
            span,
            cands,
            chosen,
            cue,
        });
    }

    let quotes = resolve_speakers(doc, &paragraphs, &sents, raw);
    Analysis { sents, quotes }
}

/// Index of the sentence holding byte `offset`.
fn sentence_at(sents: &[SentInfo], offset: usize) -> Option<usize> {
    let i = sents.partition_point(|s| s.span.end <= offset);
    (i < sents.len() && sents[i].span.start <= offset).then_some(i)
}

fn paragraph_at(paragraphs: &[Span], offset: usize) -> usize {
    paragraphs.partition_point(|p| p.end <= offset)
}

/// Speakers of quotes: the nearest attribution in the quote's sentences that
/// governs it (see [`governs`]), else — for a quote that opens its sentence
/// or paragraph and is a whole utterance — the latest speaker of the same or
/// the previous paragraph (a quote paragraph following its attribution).
/// A label ("the so-called “peace dividend”", a quoted title) has no speaker
/// (see `labels.rs`).
fn resolve_speakers(
    doc: &Document,
    paragraphs: &[Span],
    sents: &[SentInfo],
    raw: Vec<Quoted>,
) -> Vec<Resolved> {
    let text = doc.text.as_str();
    let lex = lexicon::lexicon();
    // (position, source) of sentence sources, in order
    let sentence_events: Vec<(usize, &Source)> = sents
        .iter()
        .filter_map(|s| s.chosen.as_ref().map(|(src, _)| (src.span.end, src)))
        .collect();
    let mut quote_events: Vec<(usize, Source)> = Vec::new();
    let mut out = Vec::with_capacity(raw.len());
    for quoted in raw {
        let Some(&first) = quoted.pieces.first() else {
            continue;
        };
        let first_sent = sentence_at(sents, first.open.start);
        let opens = first_sent
            .and_then(|si| text.get(sents[si].span.start..first.open.start))
            .is_some_and(|before| before.trim().is_empty());
        let single = quoted.pieces.len() == 1;
        let title = single && labels::title(lex, text, first.inside);
        let cue = single
            && !opens
            && first_sent
                .is_some_and(|si| labels::after_cue(lex, text, sents[si].span, first.open));
        if cue || (title && !opens) {
            out.push(Resolved {
                quoted,
                speaker: None,
            });
            continue;
        }
        let mut best: Option<(usize, &Cand)> = None;
        let mut seen: Vec<usize> = Vec::new();
        for piece in &quoted.pieces {
            let ends = [
                piece.open.start,
                piece.inside.end,
                piece.inside.end.saturating_add(1),
            ];
            for at in ends {
                let Some(si) = sentence_at(sents, at) else {
                    continue;
                };
                if seen.contains(&si) {
                    continue;
                }
                seen.push(si);
                for c in &sents[si].cands {
                    // a title opening its sentence is speech only in a frame
                    // ("“Hallelujah,” exclaimed Albright")
                    let ok = if title {
                        c.verb.start >= piece.inside.end && frames(text, piece, c)
                    } else {
                        governs(text, piece, c)
                    };
                    if !ok {
                        continue;
                    }
                    let dist = if c.verb.start >= piece.inside.end {
                        c.verb.start - piece.inside.end
                    } else {
                        piece.open.start.saturating_sub(c.verb.end)
                    };
                    if best.is_none_or(|(d, _)| dist < d) {
                        best = Some((dist, c));
                    }
                }
            }
        }
        let mut speaker = best.map(|(_, c)| c.source.clone());
        if speaker.is_none() && opens && !title && utterance(text, sents, &quoted) {
            let para = paragraph_at(paragraphs, first.open.start);
            let pos = first.open.start;
            let s_ev = sentence_events
                .partition_point(|&(p, _)| p <= pos)
                .checked_sub(1)
                .map(|i| sentence_events[i]);
            let q_ev = quote_events
                .partition_point(|(p, _)| *p <= pos)
                .checked_sub(1)
                .map(|i| (quote_events[i].0, &quote_events[i].1));
            let latest = match (s_ev, q_ev) {
                (Some(s), Some(q)) => Some(if q.0 > s.0 { q } else { s }),
                (s, q) => s.or(q),
            };
            if let Some((p, src)) = latest {
                if paragraph_at(paragraphs, p.saturating_sub(1)) + 1 >= para {
                    speaker = Some(src.clone());
                }
            }
        }
        if let (Some(src), Some(last)) = (&speaker, quoted.pieces.last()) {
            quote_events.push((last.inside.end, src.clone()));
        }
        out.push(Resolved { quoted, speaker });
    }
    out
}

/// Whether the attribution `c` governs the quotation piece, so that its
/// source speaks the quoted words:
/// - "according to X" anywhere in the sentence;
/// - a reporting clause after the quote that frames it (“...,” the mayor
///   said) or attributes the whole sentence ("..., the mayor said." at its
///   end, "The plan, the mayor said, ..." between commas, "Officials said"
///   as its main clause) — not a reporting verb in some later clause;
/// - a reporting verb before the quote, which then stands in what it
///   reports ("Clark said there was “no question” that ..."), unless a
///   semicolon closes that clause first.
fn governs(text: &str, piece: &Piece, c: &Cand) -> bool {
    if c.pat == source::Pat::According {
        return true;
    }
    if c.verb.start >= piece.inside.end {
        return c.rank >= 1 || frames(text, piece, c);
    }
    c.verb.end <= piece.open.start
        && text
            .get(c.verb.end..piece.open.start)
            .is_some_and(|between| !between.contains(';'))
}

/// Whether the attribution `c` follows the quotation piece directly: only
/// closing marks and punctuation between them (“...,” said the mayor).
fn frames(text: &str, piece: &Piece, c: &Cand) -> bool {
    let from = piece.inside.end;
    let to = if c.source.span.start >= from {
        c.source.span.start.min(c.verb.start)
    } else {
        c.verb.start
    };
    to >= from
        && text
            .get(from..to)
            .is_some_and(|gap| gap.chars().all(punctuation))
}

/// Marks, spaces and the punctuation around a quotation.
fn punctuation(c: char) -> bool {
    c.is_whitespace() || marks::is_quote_char(c) || matches!(c, ',' | '.' | '!' | '?' | ':' | ';')
}

/// A quotation of this many words is a clause someone said, not a term.
const CLAUSE_WORDS: usize = 5;

/// Whether a quotation is an utterance rather than a term: a clause of
/// several words, or words after which nothing but punctuation follows in
/// their sentence ("“Nobody crosses.”"; not "“Tough love” is what the
/// mayor calls it").
fn utterance(text: &str, sents: &[SentInfo], quoted: &Quoted) -> bool {
    let Some(last) = quoted.pieces.last() else {
        return false;
    };
    let words: usize = quoted
        .pieces
        .iter()
        .map(|p| p.inside.of(text).split_whitespace().count())
        .sum();
    let Some(si) = sentence_at(sents, last.inside.end.saturating_sub(1)) else {
        return false;
    };
    let end = sents[si].span.end.max(last.inside.end);
    words >= CLAUSE_WORDS
        || text
            .get(last.inside.end..end)
            .is_some_and(|rest| rest.chars().all(punctuation))
}

/// The insides of `doc`'s quotations, one span per piece, in order, for a
/// stage that needs where quotations are but not who speaks them.
pub fn quote_spans(doc: &Document) -> Vec<Span> {
    marks::find(&doc.text, &doc.paragraphs)
        .iter()
        .flat_map(|q| q.pieces.iter().map(|p| p.inside))
        .collect()
}

/// Quotations of `doc` with their speakers: one [`Quote`] per paragraph a
/// quotation covers (its words inside the marks), sharing the speaker.
pub fn quotes(doc: &Document, actors: &[ActorMention]) -> Vec<Quote> {
    quotes_of(&analyze(doc, actors))
}

/// Quotes and attributions together, from one pass over the document (what
/// [`quotes`] and then [`attribute`] give, without analyzing it twice).
pub fn quotes_and_attributions(
    doc: &Document,
    actors: &[ActorMention],
) -> (Vec<Quote>, Vec<Attribution>) {
    let a = analyze(doc, actors);
    let quotes = quotes_of(&a);
    let attributions = attributions_of(&a, &quotes);
    (quotes, attributions)
}

fn quotes_of(a: &Analysis) -> Vec<Quote> {
    a.quotes
        .iter()
        .flat_map(|r| {
            let speaker = &r.speaker;
            r.quoted.pieces.iter().map(move |p| Quote {
                span: p.inside,
                speaker: speaker.as_ref().and_then(|s| s.canonical.clone()),
                speaker_span: speaker.as_ref().map(|s| s.span),
            })
        })
        .collect()
}

/// One attribution per sentence of `doc`, in order.
///
/// A sentence's source is the attribution found in it; failing that, the
/// speaker of a quote inside it. Its modality is the strongest cue found
/// (see `modality.rs`), else `reported` when it has a source, else `asserted`.
pub fn attribute(doc: &Document, actors: &[ActorMention], quotes: &[Quote]) -> Vec<Attribution> {
    attributions_of(&analyze(doc, actors), quotes)
}

fn attributions_of(a: &Analysis, quotes: &[Quote]) -> Vec<Attribution> {
    let mut given: Vec<&Quote> = quotes.iter().collect();
    given.sort_by_key(|q| q.span.start);
    // our own speakers, for the kind of a given quote's speaker
    let own: HashMap<Span, (&Source, Span)> = a
        .quotes
        .iter()
        .filter_map(|r| Some((r.speaker.as_ref()?, &r.quoted.pieces)))
        .flat_map(|(s, pieces)| pieces.iter().map(move |p| (p.inside, (s, p.open))))
        .collect();
    a.sents
        .iter()
        .map(|s| {
            let mut source = s.chosen.as_ref().map(|(src, _)| src.clone());
            let mut report_cue = s.chosen.as_ref().map(|(_, v)| *v);
            if source.is_none() {
                if let Some((src, cue)) = quote_source(&own, &given, s.span) {
                    source = Some(src);
                    report_cue = cue;
                }
            }
            let (modality, cue) = match (s.cue, &source) {
                (Some((m, c)), _) => (m, Some(c)),
                (None, Some(_)) => (Modality::Reported, report_cue),
                (None, None) => (Modality::Asserted, None),
            };
            Attribution {
                sentence: s.span,
                source,
                modality,
                cue,
            }
        })
        .collect()
}

/// The source a sentence gets from a quote with a known speaker inside it,
/// and the opening mark as the reporting cue.
fn quote_source(
    own: &HashMap<Span, (&Source, Span)>,
    given: &[&Quote],
    sentence: Span,
) -> Option<(Source, Option<Span>)> {
    let i = given.partition_point(|q| q.span.end <= sentence.start);
    for q in given[i..]
        .iter()
        .take_while(|q| q.span.start < sentence.end)
    {
        if !q.span.overlaps(sentence) || (q.speaker.is_none() && q.speaker_span.is_none()) {
            continue;
        }
        let (mut src, open) = match own.get(&q.span) {
            Some(&(s, open)) => (s.clone(), Some(open)),
            None => (
                Source {
                    span: q.span,
                    canonical: None,
                    kind: if q.speaker.is_some() {
                        SourceKind::Person
                    } else {
                        SourceKind::Anonymous
                    },
                    via: None,
                },
                None,
            ),
        };
        src.canonical = q.speaker.clone();
        if let Some(span) = q.speaker_span {
            src.span = span;
        }
        return Some((src, open));
    }
    None
}
