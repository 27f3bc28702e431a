//! Runs the extractors over parsed documents: dates, figures, actors, quotes
//! and attributions for each document (in parallel), makes actor names agree
//! across documents, then assembles claims.

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::claims::{self, Claim};
use crate::document::{DateSource, Document};
use crate::facts::{self, Facts};
use crate::model::{ActorMention, Attribution, Figure, Quote, Span, Timex};
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
    pub claims: Vec<Claim>,
    /// Event-grounded facts and the event instances they belong to.
    pub facts: Facts,
}

/// Analyzes documents; the result is in the same order as the input, whatever
/// the number of threads.
pub fn analyze(docs: Vec<Document>) -> Vec<Analysis> {
    analyze_with(docs, &|| {})
}

/// [`analyze`], calling `done` as each document is finished (for a progress
/// bar).
pub fn analyze_with(docs: Vec<Document>, done: &(dyn Fn() + Sync)) -> Vec<Analysis> {
    let mut out: Vec<Analysis> = docs
        .into_par_iter()
        .map(|doc| {
            let actors = actors::find(&doc);
            Analysis {
                doc,
                timexes: Vec::new(),
                figures: Vec::new(),
                actors,
                quotes: Vec::new(),
                attributions: Vec::new(),
                claims: Vec::new(),
                facts: Facts::default(),
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
        (a.quotes, a.attributions) = attribution::quotes_and_attributions(&a.doc, &a.actors);
        date_dependent(a);
        done();
    });
    out
}

/// Gives an undated document a publication date found later (inferred from
/// its sibling versions) and redoes what depends on it.
pub fn redate(a: &mut Analysis, date: NaiveDate, source: DateSource) {
    a.doc.date = Some(date);
    a.doc.date_source = source;
    date_dependent(a);
}

/// Dates are normalized against the publication date, and figures, claims
/// and facts are built on the dates.
fn date_dependent(a: &mut Analysis) {
    let quoted: Vec<Span> = a.quotes.iter().map(|q| q.span).collect();
    a.timexes = timex::tag(&a.doc, &quoted);
    a.figures = figures::find(&a.doc, &a.timexes);
    a.claims = claims::build(a);
    a.facts = facts::build(a);
}
