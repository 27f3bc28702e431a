//! Runs the extractors over parsed documents: dates, figures, actors, quotes
//! and attributions for each document (in parallel), makes actor names agree
//! across documents, then assembles claims. The two halves, around the
//! run's table of names, are [`actors::find`] and [`finish`]: a caller that
//! streams documents runs them in two passes.

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
    let found: Vec<(Document, Vec<ActorMention>)> = docs
        .into_par_iter()
        .map(|doc| {
            let actors = actors::find(&doc);
            (doc, actors)
        })
        .collect();
    let mut names = actors::Names::default();
    for (doc, actors) in &found {
        names.learn(doc, actors);
    }
    let table = names.table();
    found
        .into_par_iter()
        .map(|(doc, actors)| {
            let a = finish(doc, actors, &table);
            done();
            a
        })
        .collect()
}

/// The rest of the analysis of one document, once the run's actor names are
/// known: `actors` are the document's own ([`actors::find`]), `table` what
/// the run learnt from every document's ([`actors::Names::table`]).
pub fn finish(doc: Document, mut actors: Vec<ActorMention>, table: &actors::NameTable) -> Analysis {
    table.apply(&mut actors);
    let (quotes, attributions) = attribution::quotes_and_attributions(&doc, &actors);
    let mut a = Analysis {
        doc,
        timexes: Vec::new(),
        figures: Vec::new(),
        actors,
        quotes,
        attributions,
        claims: Vec::new(),
        facts: Facts::default(),
    };
    date_dependent(&mut a);
    a
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
