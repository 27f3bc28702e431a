//! Quotes, sources and modality: who said what, and how firmly.
//!
//! (Placeholder: finds nothing yet.)

use crate::document::Document;
use crate::model::{ActorMention, Attribution, Modality, Quote};

/// Quotations of `doc` with their speakers.
pub fn quotes(doc: &Document, actors: &[ActorMention]) -> Vec<Quote> {
    let _ = (doc, actors);
    Vec::new()
}

/// One attribution per sentence of `doc`, in order.
pub fn attribute(doc: &Document, actors: &[ActorMention], quotes: &[Quote]) -> Vec<Attribution> {
    let _ = (actors, quotes);
    doc.sentences
        .iter()
        .map(|&s| Attribution {
            sentence: s,
            source: None,
            modality: Modality::Asserted,
            cue: None,
        })
        .collect()
}
