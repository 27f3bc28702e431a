//! Runs the extractors over parsed documents: dates, figures, actors, quotes
//! and attributions for each document (in parallel), then makes actor names
//! agree across documents.

use rayon::prelude::*;

use crate::document::Document;
use crate::model::{ActorMention, Attribution, Figure, Quote, Timex};
use crate::{actors, attribution, figures, timex};

/// Everything extracted from one document.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub doc: Document,
    pub timexes: Vec<Timex>,
    pub figures: Vec<Figure>,
    pub actors: Vec<ActorMention>,
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
}

/// Analyzes documents; the result is in the same order as the input, whatever
/// the number of threads.
pub fn analyze(docs: Vec<Document>) -> Vec<Analysis> {
    let mut out: Vec<Analysis> = docs
        .into_par_iter()
        .map(|doc| {
            let timexes = timex::tag(&doc);
            let figures = figures::find(&doc, &timexes);
            let actors = actors::find(&doc);
            Analysis {
                doc,
                timexes,
                figures,
                actors,
                quotes: Vec::new(),
                attributions: Vec::new(),
            }
        })
        .collect();
    let docs: Vec<&Document> = out.iter().map(|a| &a.doc).collect();
    let mut mentions: Vec<Vec<ActorMention>> = out.iter().map(|a| a.actors.clone()).collect();
    actors::unify(&docs, &mut mentions);
    for (a, m) in out.iter_mut().zip(mentions) {
        a.actors = m;
    }
    out.par_iter_mut().for_each(|a| {
        a.quotes = attribution::quotes(&a.doc, &a.actors);
        a.attributions = attribution::attribute(&a.doc, &a.actors, &a.quotes);
    });
    out
}
